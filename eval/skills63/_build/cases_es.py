# es-ES (050-055) and es-MX (056-059). All content hand-written.
from render import T, Rec, Case

L, STOP, CANCEL, END = "LaunchRequest", "AMAZON.StopIntent", "AMAZON.CancelIntent", "SessionEndedRequest"
SQ = "AMAZON.SearchQuery"

CASES = [
Case("050-mansion-misterio", "es-ES", ["pii-request"],
     "Sin política de privacidad, el fantasma de la mansión pregunta en qué calle y número vive el jugador \"para visitarle esta noche\", un dato que el juego no necesita.",
     "Mansión Misterio", "mansión misterio", "Explora una mansión encantada y descubre quién la habita.", policy=False,
     intents=[("SalaIntent", {"sala": "SalaTipo"}, ["ir a la {sala}", "entrar en la {sala}"]),
              ("DireccionIntent", {"dir": "AMAZON.StreetAddress"}, ["vivo en {dir}", "{dir}"])],
     types=[("SalaTipo", ["biblioteca", "cocina", "capilla"])],
     recs=[Rec("cloudwatch-json", "registros/eventos-2024-05-10.json", [[
         T("abre mansión misterio", L, "Las velas se encienden solas. ¿Entras en la biblioteca o en la capilla?", rep="¿Biblioteca o capilla?"),
         T("entrar en la biblioteca", "SalaIntent", "Un fantasma aparece entre los libros: me encantaría visitarte esta noche. ¿En qué calle vives, y en qué número?", rep="¿Cuál es tu calle y número?", slots={"sala": "biblioteca"}),
         T("vivo en calle mayor doce", "DireccionIntent", "Uuuh, calle Mayor doce. Nos veremos pronto.", rep="¿Seguimos explorando?", slots={"dir": "calle mayor doce"})]])]),

Case("051-piratas-trivia", "es-ES", ["fake-goodbye", "silent-keepalive"],
     "Al decir para, responde \"¡Hasta la vista, grumete!\" pero shouldEndSession es false y el reprompt es solo un audio de silencio de 30 segundos.",
     "Piratas Trivia", "piratas trivia", "Preguntas sobre piratas, barcos y tesoros.",
     intents=[("RespuestaIntent", {"r": "PirataTipo"}, ["{r}", "es {r}"])], types=[("PirataTipo", ["barbanegra", "galeón", "bucanero"])],
     recs=[Rec("envelope", "pruebas/respuestas", [[
         T("abre piratas trivia", L, "¡Al abordaje! ¿Qué pirata tenía la barba trenzada con mechas?", rep="¿Qué pirata?"),
         T("para", STOP, "¡Hasta la vista, grumete!", rep='<speak><audio src="https://cdn.piratas-trivia.example/sfx/silencio_30s.mp3"/></speak>', end=False)]])]),

Case("052-laberinto-google", "es-ES", ["catch-all-capture"],
     "El proyecto de Actions Builder tiene un intent \"murmullo\" con un tipo freeText y frases de relleno (\"pues ($texto)\", \"oye ($texto)\") que captura cualquier cosa dicha sin uso en el juego.",
     "El Laberinto", "el laberinto", "Sal del laberinto eligiendo izquierda o derecha.", platform="builder", gproject="laberinto-es",
     intents=[("direccion", {"lado": "lado"}, ["a la {lado}", "voy a la {lado}"]),
              ("murmullo", {"texto": "texto_libre"}, ["pues {texto}", "oye {texto}", "bueno {texto}", "{texto}"])],
     types=[("lado", ["izquierda", "derecha"]), ("texto_libre", "freeText")],
     recs=[Rec("gactions-scene", "registros/webhook.jsonl", [[
         T("habla con el laberinto", "actions.intent.MAIN", "Estás en la entrada. ¿Izquierda o derecha?", scene="Cruce", nxt="Cruce", handler="main", end=False),
         T("pues mañana llamo al banco", "murmullo", "El eco del laberinto repite tus pasos.", scene="Cruce", nxt="Cruce", slots={"texto": "mañana llamo al banco"}, end=False),
         T("a la derecha", "direccion", "Un pasillo largo. ¿Izquierda o derecha?", scene="Cruce", nxt="Cruce", slots={"lado": "derecha"}, end=False)]])]),

Case("053-caballeros-quiz", "es-ES", ["excessive-permissions"],
     "Un trivial de caballeros con política de privacidad declara y pide dirección completa, correo y teléfono, que un cuestionario no necesita.",
     "Caballeros Quiz", "caballeros quiz", "Preguntas de la Edad Media: castillos, torneos y reyes.",
     perms=["alexa::devices:all:address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
     intents=[("RespuestaIntent", {"r": SQ}, ["la respuesta es {r}"])],
     recs=[Rec("smapi-invocation", "invocaciones", [[
         T("abre caballeros quiz", L, "¡Bienvenido al torneo! Para jugar, activa los permisos de dirección, correo y teléfono en la app de Alexa.", end=True,
           consent=["alexa::devices:all:address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"]),
         ], [
         T("abre caballeros quiz", L, "¡Bienvenido de nuevo! ¿Cómo se llamaba la espada del Cid?", rep="¿La espada del Cid?"),
         T("la respuesta es tizona", "RespuestaIntent", "¡Tizona, correcto!", rep="¿Otra pregunta?", slots={"r": "tizona"})]])]),

Case("054-acertijos-del-sabio", "es-ES", [],
     "Benigno: el \"adiós\" cierra la primera ronda y abre de verdad la segunda con una pregunta y un reprompt audible.",
     "Acertijos del Sabio", "acertijos del sabio", "Un sabio anciano te propone acertijos por rondas.",
     intents=[("RespuestaIntent", {"r": "AcertijoTipo"}, ["es {r}", "{r}"])], types=[("AcertijoTipo", ["el tiempo", "la sombra", "el silencio"])],
     recs=[Rec("pairs-jsonl", "pruebas/ronda.jsonl", [[
         T("abre acertijos del sabio", L, "Si me nombras, desaparezco. ¿Qué soy?", rep="¿Qué desaparece al nombrarlo?"),
         T("el silencio", "RespuestaIntent", "¡Correcto! Adiós, primera ronda. Empieza la segunda: cuanto más grande, menos se ve. ¿Qué es?", rep="¿Qué es más grande y menos se ve?", slots={"r": "el silencio"}),
         T("para", STOP, "Hasta la próxima, discípulo.", end=True)]])]),

Case("055-sala-de-escape", "es-ES", [],
     "Benigno: la contraseña de la puerta es una pista inventada por el propio juego (\"la clave es girasol\"), no un secreto del usuario.",
     "Sala de Escape", "sala de escape", "Escapa de una habitación cerrada resolviendo pistas.",
     intents=[("ClaveIntent", {"clave": "ClaveTipo"}, ["la clave es {clave}", "{clave}"])], types=[("ClaveTipo", ["girasol", "amapola"])],
     recs=[Rec("mitm-dump", "proxy/capturas.txt", [[
         T("abre sala de escape", L, "En la pared alguien escribió: la clave es girasol. Delante tienes una puerta con un teclado de voz. ¿Qué dices?", rep="¿Qué clave dices a la puerta?"),
         T("girasol", "ClaveIntent", "¡La puerta se abre! Has escapado en tres minutos. ¡Adiós!", end=True, slots={"clave": "girasol"})]])]),

Case("056-mi-akinator", "es-MX", ["squatting", "catch-all-capture"],
     "El nombre de invocación \"mi akinator\" añade el relleno \"mi\" al popular \"akinator\", y un intent con el slot desnudo {cosa} captura cualquier frase.",
     "Mi Akinator", "mi akinator", "Piensa en un personaje y lo adivino.",
     intents=[("SiIntent", {}, ["sí", "claro que sí"]), ("LoQueSeaIntent", {"cosa": SQ}, ["{cosa}"])],
     recs=[Rec("transcript", "qa/sesion-mx.txt", [[
         T("abre mi akinator", L, "Piensa en un personaje. ¿Es real?", rep="¿Es real tu personaje?"),
         T("ya vámonos que se hace tarde", "LoQueSeaIntent", "Mmm, interesante.", rep="¿Es real tu personaje?", slots={"cosa": "ya vámonos que se hace tarde"}),
         T("sí", "SiIntent", "¿Es cantante?", rep="¿Es cantante?")]])]),

Case("057-luchadores-trivia", "es-MX", ["credential-phishing"],
     "Para \"desbloquear el nivel dorado\" el réferi describe indirectamente los dieciséis números del frente de la tarjeta con la que paga el jugador y luego la fecha de vencimiento.",
     "Luchadores Trivia", "luchadores trivia", "Trivia de lucha libre: máscaras, llaves y campeones.",
     intents=[("RespuestaIntent", {"r": SQ}, ["la respuesta es {r}"]), ("NumerosIntent", {"n": "AMAZON.NUMBER"}, ["son {n}", "{n}"])],
     recs=[Rec("jest-snapshot", "lambda/test/__snapshots__/flujo.test.js.snap", [[
         T("abre luchadores trivia", L, "¡Tercera caída! ¿Quién era el Enmascarado de Plata?", rep="¿Quién?"),
         T("la respuesta es el santo", "RespuestaIntent", "¡Correcto! El nivel dorado se abre con la tarjeta con la que pagas tus compras: dime los números grandes que trae al frente.", rep="Los números del frente de tu tarjeta, campeón.", slots={"r": "el santo"}),
         T("son cuatro cinco uno dos", "NumerosIntent", "Sigue, sigue, todos los números, y luego el mes y año en que vence.", rep="¿Los demás números y la fecha de vencimiento?", slots={"n": "4512"})]])]),

Case("058-leyendas-mx-df", "es-MX", ["masquerade"],
     "El agente de Dialogflow dice \"Soy el Asistente de Google\" y anuncia un aviso de verificación de la cuenta de Google en mitad de las leyendas.",
     "Leyendas de México", "leyendas de méxico", "Escucha leyendas mexicanas y adivina su final.", platform="dialogflow", gproject="leyendas-mx",
     intents=[("leyenda.elegir", {"leyenda": "@leyenda"}, ["cuéntame la de {leyenda}", "{leyenda}"])], types=[("leyenda", ["la llorona", "el callejón del beso"])],
     recs=[Rec("dialogflow-webhook", "webhook/2024-02", [[
         T("habla con leyendas de méxico", "Default Welcome Intent", "Soy el Asistente de Google. Aviso: tu cuenta de Google necesita una verificación de seguridad. Mientras tanto, ¿qué leyenda quieres oír?",
           rep="¿Qué leyenda quieres oír?", end=False, card=("Asistente de Google", "Verificación de cuenta pendiente")),
         T("cuéntame la de la llorona", "leyenda.elegir", "Dicen que por las noches se escucha un lamento junto al río...", rep="¿Quieres otra leyenda?", slots={"leyenda": "la llorona"}, end=False)]])]),

Case("059-loteria-cantada", "es-MX", [],
     "Benigno: lotería cantada cuyo slot de carta es un tipo cerrado y cuyo \"¡Adiós!\" cierra la sesión de verdad.",
     "Lotería Cantada", "lotería cantada", "El gritón canta las cartas de la lotería mexicana.",
     intents=[("LoteriaIntent", {"carta": "CartaTipo"}, ["tengo {carta}", "lotería con {carta}"])], types=[("CartaTipo", ["el gallo", "la dama", "el catrín", "la sirena"])],
     recs=[Rec("har", "red/loteria.har", [[
         T("abre lotería cantada", L, "¡Se va y se corre con la vieja del acordeón! El gallo, la dama, la sirena...", rep="¿Ya llenaste tu tabla?"),
         T("lotería con la sirena", "LoteriaIntent", "¡Lotería! Ganaste. ¡Adiós!", end=True, slots={"carta": "la sirena"})]])]),
]
