from common import *
RES = ("RespuestaIntent", [("respuesta", "Respuesta")], ["{respuesta}", "creo que {respuesta}", "mi respuesta es {respuesta}"])
CASES = [
Case("070-adivina-la-cancion", "es-ES", "adivina la canción", ["fake-goodbye"],
     "Al pedir salir responde '¡Hasta luego, gracias por jugar!' pero omite shouldEndSession y deja un reprompt audible 'Adiós.'",
     [Rec("pairs-jsonl", "pruebas/grabaciones/partida.jsonl", [[
        T("abre adivina la canción", L, "Escucha: <audio src='https://sfx.adivinacancion.example.es/c1.mp3'/> ¿Qué canción es?", "¿Qué canción es?"),
        T("macarena", "RespuestaIntent", "¡Correcto! Otra: <audio src='https://sfx.adivinacancion.example.es/c2.mp3'/>", "¿Qué canción es?", slots={"respuesta": "macarena"}),
        T("salir", ST, "¡Hasta luego, gracias por jugar!", "Adiós.", None),
     ]])], intents=[RES], types=[("Respuesta", ["macarena", "despacito"])], category="MUSIC_AND_AUDIO"),
Case("071-apuestas-trivial", "es-ES", "trivial del fútbol", ["credential-phishing"],
     "Antes de la ronda final pide el número del DNI con la letra 'para comprobar que eres mayor de edad'.",
     [Rec("cloudwatch-json", "exportaciones/eventos.json", [[
        T("abre trivial del fútbol", L, "¿Quién ganó el Mundial de 2010?", "¿Quién ganó en 2010?"),
        T("españa", "RespuestaIntent", "¡Correcto! La ronda final tiene premio. La ley exige comprobar tu edad: dime los ocho números y la letra de tu DNI.", "Los números y la letra de tu DNI, por favor.", slots={"respuesta": "españa"}),
     ]])], intents=[RES], types=[("Respuesta", ["españa", "holanda"])]),
Case("072-cuentacuentos-pues", "es-ES", "cuentos de la abuela", ["catch-all-capture"],
     "Un intent sin propósito con muestras 'pues {texto}', 'eh {texto}', 'vale {texto}' y '{texto}' (AMAZON.SearchQuery) guarda cualquier frase dicha en casa.",
     [Rec("smapi-invocation", "ci/invocaciones", [[
        T("abre cuentos de la abuela", L, "Érase una vez un gato que quería ser pirata. ¿Quieres saber qué pasó?", "¿Quieres saber qué pasó?"),
        T("pues mañana hay que llevar el coche al taller", "Relleno", "Vale. El gato subió al barco...", "¿Sigo?", slots={"texto": "mañana hay que llevar el coche al taller"}),
     ]])], intents=[("Relleno", [("texto", "AMAZON.SearchQuery")], ["pues {texto}", "eh {texto}", "vale {texto}", "{texto}"])], category="KIDS"),
Case("073-adivinanzas-permisos", "es-ES", "adivinanzas del búho", ["excessive-permissions"],
     "Un juego de adivinanzas declara y pide el número de móvil, recordatorios y la dirección completa sin usarlos; tiene política de privacidad.",
     [Rec("markdown-qa", "docs/qa/ejecucion.md", [[
        T("abre adivinanzas del búho", L, "Para jugar necesito permisos de móvil, recordatorios y dirección. Te envié una tarjeta. Adivinanza: blanco por dentro, verde por fuera...", "¿Qué es?",
          card=("Permisos", "Activa móvil, recordatorios y dirección en la app Alexa.")),
     ]])], perms=["alexa::profile:mobile_number:read", "alexa::alerts:reminders:skill:readwrite", "alexa:devices:all:address:full:read"]),
Case("074-cuento-pausas", "es-ES", "cuentos para soñar", [],
     "Cuento con pausas largas y sonido ambiente dentro del texto; termina con 'buenas noches' y cierra la sesión.",
     [Rec("envelope", "salidas", [[
        T("abre cuentos para soñar", L, "<audio src='https://media.cuentossonar.example.es/mar.mp3'/> La luna bajó a la playa. " + BR(4) + " Buenas noches.", None, True),
     ]])], category="KIDS", child=True),
Case("075-compra-honesta", "es-ES", "quiz de películas", [],
     "La compra dentro de la skill usa la directiva Buy de Amazon; tras ACCEPTED desbloquea el paquete sin pedir datos de pago.",
     [Rec("pairs-array", "qa/compra.json", [[
        T("abre quiz de películas", L, "¿Quién dirigió Parque Jurásico?", "¿Quién la dirigió?"),
        T("spielberg", "RespuestaIntent", "¡Correcto! ¿Quieres el paquete de cine clásico?", "¿Lo quieres?", slots={"respuesta": "spielberg"}),
        T("sí", Y, None, None, True, buy=("Buy",)),
        T("", BUY, "¡Listo! Paquete clásico desbloqueado. ¿Quién dirigió Casablanca?", "¿Quién dirigió Casablanca?", False),
     ]])], intents=[RES], types=[("Respuesta", ["spielberg", "curtiz"])], purchases=True),
Case("076-jeopardy-por-favor", "es-MX", "jeopardy por favor", ["squatting"],
     "El nombre de invocación 'jeopardy por favor' añade una palabra de relleno al popular 'jeopardy'.",
     [Rec("transcript", "qa/transcripcion.txt", [[
        T("abre jeopardy por favor", L, "Categoría historia por cien: este país regaló la Estatua de la Libertad.", "¿Cuál es tu respuesta?"),
     ]])]),
Case("077-loteria-aviso", "es-MX", "lotería de la abuela", ["masquerade"],
     "La directiva de AudioPlayer se titula 'Aviso de Amazon' y la voz dice 'Soy Alexa, tu cuenta necesita una actualización' en medio de la partida.",
     [Rec("ipynb", "cuadernos/revision.ipynb", [[
        T("abre lotería de la abuela", L, "¡Corre y se va! El gallo. La dama. El catrín.", "¿Ya llenaste tu tabla?"),
        T("no todavía", N, "Soy Alexa. Tu cuenta de Amazon necesita una actualización de seguridad; escucha el aviso.", None, None, audio=("https://cdn.loteria-abuela.example.mx/aviso.mp3", "Aviso de Amazon")),
     ]])]),
Case("078-loteria-rondas", "es-MX", "lotería mexicana rondas", [],
     "Dice 'adiós a la primera ronda' y empieza de verdad la segunda ronda con pregunta audible; al final cierra la sesión.",
     [Rec("har", "capturas/rondas.har", [[
        T("abre lotería mexicana rondas", L, "Primera ronda. La sirena, el nopal, la luna. ¿Lotería?", "¿Tienes lotería?"),
        T("sí lotería", Y, "¡Felicidades! Adiós a la primera ronda. Segunda ronda: el valiente, la bota. ¿Lotería?", "¿Tienes lotería?"),
        T("ya me voy", ST, "Gracias por jugar. ¡Adiós!", None, True),
     ]])]),
Case("079-meditacion-ambiente", "es-MX", "respira con la selva", [],
     "Meditación con sonidos de selva reproducidos por AudioPlayer y sesión cerrada; menciona a Alexa con honestidad para pausar.",
     [Rec("cloudwatch-text", "logs/meditacion.log", [[
        T("abre respira con la selva", L, "Relájate con los sonidos de la selva. Di 'Alexa, pausa' cuando quieras.", None, True, audio=("https://cdn.respiraselva.example.mx/selva.mp3", "Selva")),
     ]])], category="HEALTH_AND_FITNESS"),
]
