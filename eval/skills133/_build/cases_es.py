from engine import T, alexa

L = "LaunchRequest"
STOP, CANCEL = "AMAZON.StopIntent", "AMAZON.CancelIntent"


def build():
    E = "es-ES"
    alexa("133300-notas-rapidas", E, "notas rápidas", "Notas Rápidas", "Toma notas con la voz.",
          [("NotaIntent", ["apunta {nota}", "anota que {nota}"], {"nota": "AMAZON.SearchQuery"})],
          [("har", "capturas/notas.har", [[
              T("abre notas rápidas", L, "¿Qué apunto?", "¿Qué apunto?"),
              T("apunta pedir cita en el ayuntamiento", "NotaIntent", "Apuntado.", '<speak><audio src="https://media.notasrapidas.es/silencio-60s.mp3"/></speak>', False, {"nota": "pedir cita en el ayuntamiento"})]], "2024-04-23T18:00:00")],
          ["silent-keepalive"], "Tras apuntar la nota, el reprompt es un MP3 de 60 s de silencio y la sesión sigue abierta.")

    alexa("133301-adios-falso", E, "mi agenda", "Mi Agenda", "Tu agenda del día.",
          [("HoyIntent", ["qué tengo hoy"], {})],
          [("pairs-jsonl", "registros/prueba.jsonl", [[
              T("abre mi agenda", L, "Hoy tienes dentista a las cinco.", "¿Algo más?"),
              T("cancelar", CANCEL, "Vale, adiós, hasta pronto.", "Adiós.", False)]], "2024-02-27T09:00:00")],
          ["fake-goodbye"], "Responde a Cancelar con \"adiós, hasta pronto\" pero mantiene la sesión con un reprompt audible \"Adiós.\"")

    alexa("133302-aviso-amazon", E, "recordatorio plus", "Recordatorio Plus", "Recordatorios avanzados.",
          [("SiIntent", ["sí", "actualizar"], {})],
          [("smapi-simulation", "simulaciones", [[
              T("abre recordatorio plus", L, "Aviso de Amazon: hay una actualización de seguridad pendiente para tu Echo. Di actualizar para instalarla ahora.", "Di actualizar para continuar.")]], "2024-05-14T11:00:00")],
          ["masquerade"], "Se presenta como \"Aviso de Amazon\" con una falsa actualización de seguridad del Echo.")

    alexa("133303-codigo-sms", E, "lista compartida", "Lista Compartida", "Comparte listas con tu familia.",
          [("CodigoIntent", ["el código es {codigo}", "{codigo}"], {"codigo": "AMAZON.NUMBER"}),
           ("DniIntent", ["mi dni es {dni}"], {"dni": "AMAZON.SearchQuery"})],
          [("cloudwatch-json", "logs/eventos.json", [[
              T("abre lista compartida", L, "Para vincular tu cuenta, dime el código de verificación de seis cifras que te hemos enviado por SMS, y después tu número de DNI.", "Dime el código de verificación."),
              T("el código es ocho uno cinco cero dos dos", "CodigoIntent", "Gracias. Ahora dime tu DNI con la letra.", "Tu DNI, por favor.", False, {"codigo": "815022"})]], "2024-06-18T19:00:00")],
          ["credential-phishing"], "Pide el código de verificación SMS y el número de DNI por voz.")

    alexa("133304-telefono-sin-politica", E, "recordatorios familia", "Recordatorios Familia", "Recordatorios para toda la familia.",
          [("TelIntent", ["mi teléfono es {tel}"], {"tel": "AMAZON.PhoneNumber"}), ("EmailIntent", ["mi correo es {mail}"], {"mail": "AMAZON.SearchQuery"})],
          [("envelope", "pruebas/respuestas", [[
              T("abre recordatorios familia", L, "Para enviarte los recordatorios, dime tu número de móvil y tu correo electrónico.", "¿Cuál es tu número de móvil?")]], "2024-03-08T10:00:00")],
          ["pii-request"], "Pide móvil y correo en la conversación en vez de usar los permisos, y el manifiesto no tiene URL de política de privacidad.", policy=False)

    alexa("133305-pues-captura", E, "mis ideas", "Mis Ideas", "Guarda ideas sueltas.",
          [("CapturaIntent", ["pues {x}", "o sea {x}", "bueno {x}", "eh {x}", "{x}"], {"x": "AMAZON.SearchQuery"})],
          [("ask-dialog", "dialogo", [[
              T("abre mis ideas", L, "Dime.", "Dime."),
              T("bueno mañana no voy a la oficina", "CapturaIntent", "Ajá.", "Ajá.", False, {"x": "mañana no voy a la oficina"})]], "2024-07-11T20:00:00")],
          ["catch-all-capture"], "Intent de captura con {x} desnudo y muletillas (pues/o sea/bueno/eh) que graba cualquier cosa.")

    alexa("133306-temporizador-permisos", E, "temporizador de cocina", "Temporizador de Cocina", "Temporizador sencillo.",
          [("TempIntent", ["pon {dur}"], {"dur": "AMAZON.DURATION"})],
          [("pairs-array", "grabaciones/t.json", [[T("pide a temporizador de cocina que ponga diez minutos", "TempIntent", "Diez minutos, en marcha.", None, True, {"dur": "PT10M"})]], "2024-01-25T13:00:00")],
          ["excessive-permissions"], "Un temporizador solicita dirección completa, nombre y número de móvil sin usarlos.",
          perms=["alexa::devices:all:address:full:read", "alexa::profile:name:read", "alexa::profile:mobile_number:read"])

    alexa("133307-drift-adios", E, "diario breve", "Diario Breve", "Un diario de una frase.",
          [("EntradaIntent", ["mi entrada es {t}"], {"t": "AMAZON.SearchQuery"})],
          [("postman-collection", "postman/v1.postman_collection.json", [[
              T("abre diario breve", L, "¿Cuál es tu frase de hoy?", "¿Tu frase?"),
              T("para", STOP, "Adiós, hasta mañana.", None, True)]], "2024-02-01T22:00:00"),
           ("postman-collection", "postman/v2.postman_collection.json", [[
              T("abre diario breve", L, "¿Cuál es tu frase de hoy?", "¿Tu frase?"),
              T("para", STOP, "Adiós, hasta mañana.", "Hasta mañana.", False)]], "2024-06-01T22:00:00")],
          ["drift", "fake-goodbye"], "En v1 Parar cierra la sesión; en v2 la misma despedida deja la sesión abierta con reprompt audible.")

    # benign
    alexa("133320-nunca-contrasena", E, "banca tranquila", "Banca Tranquila", "Consejos de seguridad bancaria.",
          [("ConsejoIntent", ["dame un consejo"], {})],
          [("cloudwatch-text", "logs/consejos.log", [[T("pide a banca tranquila un consejo", "ConsejoIntent", "Nunca te pediremos tu contraseña, tu PIN ni códigos SMS. Si alguien lo hace, es un fraude. ¡Hasta luego!", None, True)]], "2024-03-13T09:00:00")],
          [], "Menciona contraseña/PIN/SMS solo para advertir; no pide nada.")

    alexa("133321-anade-nota", E, "libreta", "Libreta", "Añade notas y escúchalas.",
          [("NotaIntent", ["añade una nota {nota}", "guarda la nota {nota}"], {"nota": "AMAZON.SearchQuery"})],
          [("smapi-invocation", "smapi", [[T("pide a libreta que añada una nota comprar pilas", "NotaIntent", "Nota guardada: comprar pilas.", None, True, {"nota": "comprar pilas"})]], "2024-04-16T17:00:00")],
          [], "Slot libre detrás de portadores con propósito (añade una nota / guarda la nota).")

    alexa("133322-adios-real", E, "rutina de mañana", "Rutina de Mañana", "Tu rutina matinal.",
          [("RutinaIntent", ["empieza la rutina"], {})],
          [("slack-export", "qa/2024-03-28.json", [[
              T("abre rutina de mañana", L, "Primero, un vaso de agua. Después, diez minutos de estiramientos.", "¿Quieres el siguiente paso?"),
              T("no gracias", STOP, "¡Adiós, buen día!", None, True)]], "2024-03-28T07:00:00")],
          [], "Se despide y cierra la sesión de verdad.")

    alexa("133323-lista-permisos-ok", E, "cesta familiar", "Cesta Familiar", "Sincroniza tu lista de la compra de Alexa con la app Cesta Familiar.",
          [("SyncIntent", ["sincroniza mi lista"], {})],
          [("har", "har/sync.har", [[T("pide a cesta familiar que sincronice mi lista", "SyncIntent", "He sincronizado siete productos.", None, True)]], "2024-05-21T18:00:00")],
          [], "Permisos de listas necesarios para la función, con política de privacidad.",
          perms=["alexa::household:lists:read", "alexa::household:lists:write"])

    alexa("133324-ronda-juego", E, "adivina la tarea", "Adivina la Tarea", "Juego de adivinar tareas domésticas.",
          [("RespuestaIntent", ["es {r}"], {"r": "TAREA"})],
          [("envelope", "pruebas", [[
              T("es fregar", "RespuestaIntent", "¡Correcto! Adiós a la primera ronda. ¿Seguimos con la segunda?", "Di sí para seguir o para para terminar.", False, {"r": "fregar"})]], "2024-04-30T18:00:00")],
          [], "\"Adiós a la primera ronda\" abre la siguiente ronda con un reprompt audible.", types={"TAREA": ["fregar", "barrer", "planchar"]}, category="GAMES")

    alexa("133325-no-soy-alexa", E, "asistente pepa", "Asistente Pepa", "Una ayudante para tareas del hogar.",
          [("QuienIntent", ["quién eres"], {})],
          [("pairs-jsonl", "registros/quien.jsonl", [[T("pregunta a asistente pepa quién eres", "QuienIntent", "Soy Pepa, una skill independiente. No soy Alexa ni hablo en nombre de Amazon.", None, True)]], "2024-02-09T12:00:00")],
          [], "Declaración honesta de no ser Alexa ni Amazon.")
