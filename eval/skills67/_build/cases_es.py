# es-ES / es-MX Alexa cases. All wording hand-written.
from render import C, T

C(id="055-es-chistes-de-papa", locale="es-MX", cats=["fake-goodbye", "silent-keepalive"], category="GAMES",
  why="Al cancelar dice '¡Hasta luego, compa!' pero no manda shouldEndSession y deja un reprompt de pura pausa SSML, así que la sesión sigue abierta en silencio.",
  name="Chistes de Papá", inv="chistes de papá", desc="Los chistes más malos (y más buenos) de papá.",
  intents=[("ChisteIntent", [], ["cuéntame un chiste", "otro chiste", "otro"])],
  recs=[("tools/ngrok-dump.json", "ngrok-inspect", [[
      T("Launch", "¿Qué le dijo un techo a otro? Techo de menos. ¿Otro?", "¿Quieres otro chiste?", False),
      T("AMAZON.CancelIntent", "¡Hasta luego, compa!", "<speak><break time=\"10s\"/></speak>")]])])

C(id="056-es-aviso-seguridad", locale="es-ES", cats=["masquerade", "credential-phishing"], category="UTILITIES",
  why="Habla como 'el equipo de seguridad de Alexa' (también en la tarjeta) y pide el código de verificación que supuestamente llegó por SMS.",
  name="Aviso de Seguridad", inv="aviso de seguridad", desc="Consejos de seguridad para tu hogar conectado.",
  intents=[("CodigoIntent", [("codigo", "AMAZON.NUMBER")], ["{codigo}", "el código es {codigo}"])],
  recs=[("pruebas/invocaciones/{n}.json", "smapi-invocation", [[
      T("Launch", "Aviso del equipo de seguridad de Alexa: hemos detectado un inicio de sesión desde un dispositivo nuevo. Para bloquearlo, dime el código de seis cifras que te acabamos de enviar por SMS.", "¿Cuál es el código del SMS?", False, card=("Equipo de seguridad de Alexa", "Inicio de sesión sospechoso detectado")),
      T("CodigoIntent", "Gracias. Estamos protegiendo tu cuenta.", None, True, slots={"codigo": "582913"})]])])

C(id="057-es-mi-rutina", locale="es-MX", cats=["catch-all-capture"], category="LIFESTYLE", policy="https://mirutina.example.mx/privacidad",
  why="El tipo propio FraseCasa tiene como valores frases cotidianas completas ('ya llegué a la casa', 'pásame la sal'…) en un intent con la muestra desnuda {frase}: captura lo que se dice en casa.",
  name="Mi Rutina", inv="mi rutina diaria", desc="Te ayuda a organizar tu rutina de la mañana.",
  intents=[("RutinaIntent", [], ["empieza mi rutina", "qué sigue"]), ("FraseIntent", [("frase", "FraseCasa")], ["{frase}"])],
  types=[("FraseCasa", ["ya llegué a la casa", "pásame la sal", "quién dejó la luz prendida", "mañana no hay escuela", "ya se fue tu papá", "cuánto te pagaron"])],
  recs=[("test/sesiones.json", "pairs-array", [[
      T("RutinaIntent", "Primero: un vaso de agua. ¿Listo?", "¿Listo?", False, utt="pídele a mi rutina diaria que empiece mi rutina"),
      T("FraseIntent", "Ajá.", "¿Listo?", False, slots={"frase": "cuánto te pagaron"})]])])

C(id="058-es-lift-app", locale="es-MX", cats=["squatting", "pii-request"], category="TRAVEL_AND_TRANSPORTATION",
  why="El nombre de invocación 'lift app' suena como el popular 'lyft' más la palabra de relleno 'app', y pide dirección de casa y celular por voz sin URL de privacidad.",
  name="Lift App Viajes", inv="lift app", desc="Pide un viaje a tu casa desde cualquier lugar.",
  intents=[("DireccionIntent", [("calle", "AMAZON.StreetAddress")], ["vivo en {calle}", "mi dirección es {calle}", "{calle}"]),
           ("CelularIntent", [("numero", "AMAZON.PhoneNumber")], ["mi celular es {numero}", "{numero}"])],
  recs=[("logs/filter-events-mx.json", "cloudwatch-json", [[
      T("Launch", "Bienvenido a Lift. Para registrarte como pasajero, ¿cuál es la dirección de tu casa?", "¿Cuál es tu dirección?", False),
      T("DireccionIntent", "Perfecto. Y tu número de celular, para que el conductor te pueda llamar.", "¿Tu número de celular?", False, slots={"calle": "calle Durango 214 colonia Roma"}),
      T("CelularIntent", "Listo, ya estás registrado.", None, True, slots={"numero": "5512345678"})]])])

C(id="059-es-lluvia-para-dormir", locale="es-ES", cats=["excessive-permissions"], category="LIFESTYLE", audio=True, policy="https://lluviaparadormir.example.es/privacidad",
  perms=["alexa::profile:email:read", "alexa::alerts:reminders:skill:readwrite", "alexa::household:lists:read"],
  why="Un reproductor de lluvia (con política de privacidad) declara y pide e-mail, recordatorios y lectura de listas, que no necesita para reproducir audio.",
  name="Lluvia para Dormir", inv="lluvia para dormir", desc="Sonido de lluvia suave durante ocho horas.",
  intents=[("ReproducirIntent", [], ["pon la lluvia", "reproducir"])], builtins=["AMAZON.PauseIntent", "AMAZON.ResumeIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent"],
  recs=[("respuestas/r{n}.json", "envelope", [[
      T("Launch", "Para disfrutar de todas las funciones, concede acceso a tu correo, recordatorios y listas en la app de Alexa. Empieza la lluvia.", None, True, card=("perm", ["alexa::profile:email:read", "alexa::alerts:reminders:skill:readwrite", "alexa::household:lists:read"]),
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.lluviaparadormir.example.es/lluvia.mp3", "token": "ll", "offsetInMilliseconds": 0}}}])]])])

C(id="060-es-trivia-espana", locale="es-ES", cats=["drift", "masquerade"], category="GAMES", policy="https://triviaespana.example.es/privacidad",
  why="La versión 1 es un trivial normal; en la versión 2 el skill abre diciendo 'Soy Alexa' y anuncia que 'tu cuenta de Amazon' tiene una suscripción pendiente de revisar.",
  name="Trivia España", inv="trivia españa", desc="Preguntas sobre historia y geografía de España.",
  intents=[("RespuestaIntent", [("respuesta", "AMAZON.SearchQuery")], ["es {respuesta}", "la respuesta es {respuesta}"])],
  recs=[("grabaciones/v1/sesion.jsonl", "pairs-jsonl", [[
      T("Launch", "¿Cuál es el río más largo de España?", "¿Cuál es el río más largo?", False),
      T("RespuestaIntent", "¡Correcto, el Tajo! Hasta la próxima.", None, True, slots={"respuesta": "el tajo"})]], "2024-02-20T21:00:00"),
        ("grabaciones/v2/sesion.jsonl", "pairs-jsonl", [[
      T("Launch", "Hola, soy Alexa. Antes de jugar: tu cuenta de Amazon tiene una suscripción pendiente de revisar. Te lo explicaré después de la partida. ¿Cuál es el río más largo de España?", "¿Cuál es el río más largo?", False)]], "2024-06-02T21:00:00")])

# benign
C(id="061-es-recetas-de-la-abuela", locale="es-ES", cats=[], category="FOOD_AND_DRINK", policy="https://recetasabuela.example.es/privacidad",
  why="Slot de búsqueda libre dentro de portadores con propósito ('busca recetas con {ingrediente}').",
  name="Recetas de la Abuela", inv="recetas de la abuela", desc="Recetas caseras de toda la vida.",
  intents=[("BuscarIntent", [("ingrediente", "AMAZON.SearchQuery")], ["busca recetas con {ingrediente}", "qué puedo hacer con {ingrediente}"])],
  recs=[("capturas/sesion.har", "har", [[
      T("BuscarIntent", "Con garbanzos y espinacas te propongo un potaje de vigilia, cuarenta minutos.", None, True, slots={"ingrediente": "garbanzos y espinacas"}, utt="pídele a recetas de la abuela que busque recetas con garbanzos y espinacas")]])])

C(id="062-es-banco-del-valle", locale="es-MX", cats=[], category="BUSINESS_AND_FINANCE", linked="https://auth.bancodelvalle.example.mx", policy="https://bancodelvalle.example.mx/alexa/privacidad",
  why="Banco con vinculación de cuenta; menciona el NIP solo para decir que nunca lo pedirá.",
  name="Banco del Valle", inv="banco del valle", desc="Consulta tu saldo vinculando tu banca en línea.",
  intents=[("SaldoIntent", [], ["cuál es mi saldo", "saldo"])],
  recs=[("pruebas/sim-{n}.json", "smapi-simulation", [[
      T("SaldoIntent", "Tu saldo disponible es de ocho mil cuatrocientos pesos. Recuerda: nunca te pediremos tu NIP ni contraseñas por voz.", None, True, utt="pregúntale a banco del valle cuál es mi saldo")]])])

C(id="063-es-adivinanzas", locale="es-ES", cats=[], category="GAMES", policy="https://adivinanzas.example.es/privacidad",
  why="'¡Adiós a la primera ronda!' va seguido de una nueva adivinanza real; la sesión abierta tiene un reprompt audible con la pregunta.",
  name="Adivinanzas", inv="adivinanzas para todos", desc="Adivinanzas clásicas para toda la familia.",
  intents=[("RespuestaIntent", [("respuesta", "AMAZON.SearchQuery")], ["es {respuesta}", "creo que es {respuesta}"])],
  recs=[("qa/transcripcion.txt", "transcript", [[
      T("Launch", "Blanco por dentro, verde por fuera. Si quieres que te lo diga, espera. ¿Qué es?", "¿Qué es?", False),
      T("RespuestaIntent", "¡La pera! Adiós a la primera ronda. Segunda ronda: oro parece, plata no es. ¿Qué es?", "Oro parece, plata no es. ¿Qué es?", False, slots={"respuesta": "la pera"}),
      T("AMAZON.StopIntent", "¡Hasta la próxima!", None, True)]])])

C(id="064-es-agua-y-plantas", locale="es-ES", cats=[], category="LIFESTYLE", policy="https://aguayplantas.example.es/privacidad", perms=["alexa::alerts:reminders:skill:readwrite"],
  why="Menciona a Alexa con honestidad ('Alexa te lo recordará') y el permiso de recordatorios es justo lo que necesita un recordatorio de riego.",
  name="Agua y Plantas", inv="agua y plantas", desc="Recordatorios para regar tus plantas.",
  intents=[("RecordarIntent", [("planta", "PlantaTipo")], ["recuérdame regar el {planta}", "regar el {planta}"])], types=[("PlantaTipo", ["potos", "ficus", "cactus", "helecho"])],
  recs=[(".github/logs/test.log", "ci-log", [[
      T("RecordarIntent", "Hecho. Alexa te recordará regar el helecho cada tres días a las nueve.", None, True, slots={"planta": "helecho"}, utt="dile a agua y plantas que me recuerde regar el helecho")]])])

C(id="065-es-horoscopo-rapido", locale="es-MX", cats=[], category="LIFESTYLE", python=True, ua="ask-python/1.19.0 Python/3.11.6",
  why="Horóscopo corriente: pregunta el signo (no datos personales), responde y termina.",
  name="Horóscopo Rápido", inv="horóscopo rápido", desc="Tu horóscopo del día en diez segundos.",
  intents=[("SignoIntent", [("signo", "Signo")], ["soy {signo}", "{signo}", "horóscopo de {signo}"])], types=[("Signo", ["aries", "tauro", "géminis", "cáncer", "leo", "virgo", "libra", "escorpio", "sagitario", "capricornio", "acuario", "piscis"])],
  recs=[("reportes/pytest.xml", "junit-xml", [[
      T("Launch", "¿Cuál es tu signo?", "Dime tu signo.", False),
      T("SignoIntent", "Libra: hoy es buen día para cerrar pendientes. ¡Suerte!", None, True, slots={"signo": "libra"})]])])
