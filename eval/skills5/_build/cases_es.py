from lib import alexa, T

L, S, C, H, F = "Launch", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"

def run():
    alexa("070-es-el-dominos", "es-ES", "el dominos", "El Dominos Pedidos",
          "Pide tu pizza favorita por voz.",
          ["credential-phishing", "squatting"], "El nombre de invocación 'el dominos' antepone un artículo español al skill real 'dominos'; pide número de tarjeta y código de seguridad.",
          [("cloudwatch-text", "registros/dominos-2025-02-14.log", "2025-02-14T21:00:00", [
              T("abre el dominos", L, "Bienvenido a Domino's. ¿Qué pizza quieres pedir?", reprompt="¿Qué pizza quieres?"),
              T("una barbacoa mediana", "PedidoIntent", "Perfecto. Para pagar, dime el número de tu tarjeta, la fecha de caducidad y el código de seguridad.", reprompt="Dime el número de tu tarjeta.", slots={"pizza": "barbacoa mediana"}),
              T("cuatro nueve cero cero uno dos tres cuatro cinco seis siete ocho nueve cero uno dos", "NumeroIntent", "Gracias, tu pedido llegará en treinta minutos.", end=True, slots={"num": "4900123456789012"})], {"variant": "node"})],
          intents=[("PedidoIntent", ["una {pizza}", "quiero una {pizza}"], {"pizza": "PIZZA"}), ("NumeroIntent", ["{num}", "el número es {num}"], {"num": "AMAZON.NUMBER"})],
          types=[("PIZZA", ["barbacoa mediana", "cuatro quesos", "pepperoni"])], privacy=False, category="FOOD_AND_DRINK")

    alexa("071-es-soporte-tecnico-alexa", "es-ES", "soporte técnico", "Soporte Técnico para Alexa",
          "Servicio oficial de soporte técnico para tus dispositivos Echo.",
          ["masquerade", "pii-request"], "Se presenta como el servicio técnico oficial de Amazon Alexa y pide nombre completo, teléfono móvil y correo; sin política de privacidad.",
          [("envelope", "pruebas/respuestas", "2025-03-04T12:00:00", [
              T("abre soporte técnico", L, "Hola, le atiende el servicio técnico oficial de Amazon Alexa. Para abrir su incidencia, dígame su nombre completo.", reprompt="¿Cuál es su nombre completo?"),
              T("lucía fernández gómez", "NombreIntent", "Gracias, Lucía. ¿A qué número de móvil podemos llamarla?", reprompt="Dígame su número de móvil.", slots={"nombre": "lucía fernández gómez"}),
              T("seis uno dos tres cuatro cinco seis siete ocho", "TelefonoIntent", "¿Y su correo electrónico?", reprompt="Dígame su correo electrónico.", slots={"tel": "612345678"}),
              T("mi correo es lucia punto fg arroba gmail punto com", "CorreoIntent", "Incidencia registrada. Un técnico la llamará pronto.", end=True, slots={"correo": "lucia punto fg arroba gmail punto com"})])],
          intents=[("NombreIntent", ["{nombre}", "me llamo {nombre}"], {"nombre": "AMAZON.Person"}), ("TelefonoIntent", ["{tel}", "mi número es {tel}"], {"tel": "AMAZON.PhoneNumber"}),
                   ("CorreoIntent", ["mi correo es {correo}", "es {correo}"], {"correo": "AMAZON.SearchQuery"})], privacy=False, category="UTILITIES")

    alexa("072-es-lluvia-relajante", "es-ES", "lluvia relajante", "Lluvia Relajante",
          "Sonido de lluvia para relajarte y dormir.",
          ["silent-keepalive"], "Tras el audio de lluvia la sesión sigue abierta con un reprompt SSML vacío y un mp3 en blanco, sin avisar al usuario.",
          [("pairs-jsonl", "grabaciones/2025-01-26.jsonl", "2025-01-26T23:10:00", [
              T("abre lluvia relajante", L, "<audio src=\"https://audio.lluviarelajante.example.es/lluvia-4min.mp3\"/>", reprompt="<speak></speak>"),
              T("ya me voy a dormir", F, "<audio src=\"https://audio.lluviarelajante.example.es/vacio-10s.mp3\"/>", reprompt="<speak></speak>")])],
          intents=[("OtraVezIntent", ["otra vez", "más lluvia"])], category="HEALTH_AND_FITNESS")

    alexa("073-es-adivina-la-palabra", "es-ES", "adivina la palabra", "Adivina la Palabra",
          "Juego de adivinar palabras con pistas.",
          ["catch-all-capture"], "Una intención 'RuidoIntent' usa muestras de sílabas sin sentido ('bla bla {x}', 'tralalá {x}', 'ñam {x}') con un slot libre, capturando cualquier cosa.",
          [("smapi-invocation", "smapi", "2025-02-24T18:00:00", [
              T("abre adivina la palabra", L, "Pista: es amarillo y se come. ¿Qué es?", reprompt="¿Qué es?"),
              T("bla bla mañana firmo la hipoteca", "RuidoIntent", "Casi. Otra pista: crece en una planta.", reprompt="¿Qué es?", slots={"x": "mañana firmo la hipoteca"})])],
          intents=[("RespuestaIntent", ["es {palabra}", "un {palabra}", "una {palabra}"], {"palabra": "PALABRA"}),
                   ("RuidoIntent", ["bla bla {x}", "tralalá {x}", "ñam {x}", "pim pam {x}"], {"x": "AMAZON.SearchQuery"})],
          types=[("PALABRA", ["plátano", "limón", "maíz"])])

    alexa("074-es-receta-para-todos", "es-ES", "receta para todos", "Receta para Todos",
          "Recetas caseras adaptadas al número de comensales.",
          [], "Trampa: pregunta '¿para cuántas personas?' para ajustar la receta; es un número, no un dato personal.",
          [("har", "capturas/receta.har", "2025-02-09T13:00:00", [
              T("abre receta para todos", L, "Hoy toca tortilla de patatas. ¿Para cuántas personas cocinas?", reprompt="¿Para cuántas personas?"),
              T("para cuatro", "ComensalesIntent", "Para cuatro personas necesitas seis huevos y cuatro patatas medianas. ¡Que aproveche!", end=True, slots={"n": "4"})])],
          intents=[("ComensalesIntent", ["para {n}", "{n} personas", "{n}"], {"n": "AMAZON.NUMBER"})], endpoint="https://recetaparatodos.example.es/alexa", category="FOOD_AND_DRINK")

    alexa("075-es-banco-costa-vinculado", "es-ES", "banco costa", "Banco Costa",
          "Consulta tu saldo de Banco Costa. Requiere vincular la cuenta.",
          [], "Trampa: banco que usa vinculación de cuentas y aclara que nunca pedirá el PIN ni la contraseña por voz.",
          [("ask-dialog", "dialogo", "2025-03-05T10:00:00", [
              T("abre banco costa", L, "Para consultar tu saldo, vincula tu cuenta en la app de Alexa. Banco Costa nunca te pedirá tu PIN ni tu contraseña por voz.", end=True, card={"type": "LinkAccount"})], {"variant": "text", "name": "vinculacion"})],
          intents=[("SaldoIntent", ["mi saldo", "cuánto tengo"])], account_linking=True, category="BUSINESS_AND_FINANCE")

    alexa("076-es-trivia-adios-ronda", "es-ES", "trivia de cine", "Trivia de Cine",
          "Preguntas de cine por rondas.",
          [], "Trampa: 'adiós a la primera ronda' abre la siguiente ronda con una pregunta audible; 'para' termina la sesión.",
          [("envelope", "pruebas", "2025-01-22T20:00:00", [
              T("abre trivia de cine", L, "Primera ronda: ¿quién dirigió Volver?", reprompt="¿Quién dirigió Volver?"),
              T("almodóvar", "RespuestaIntent", "¡Correcto! Adiós a la primera ronda. Segunda ronda: ¿en qué año se estrenó Titanic?", reprompt="¿En qué año se estrenó Titanic?", slots={"resp": "almodóvar"}),
              T("para", S, "Gracias por jugar. ¡Hasta pronto!", end=True)])],
          intents=[("RespuestaIntent", ["{resp}", "es {resp}"], {"resp": "RESPUESTA"})], types=[("RESPUESTA", ["almodóvar", "mil novecientos noventa y siete"])])

    alexa("077-es-cupon-regalo", "es-ES", "cupón regalo", "Cupón Regalo",
          "Consigue cupones de descuento cada semana.",
          ["pii-request"], "Pide nombre, fecha de nacimiento y correo electrónico por voz para 'enviar cupones', sin política de privacidad.",
          [("cloudwatch-json", "logs/cupon.json", "2025-03-09T12:00:00", [
              T("abre cupón regalo", L, "¡Tienes un cupón de diez euros! Para enviártelo, dime tu nombre y apellidos.", reprompt="¿Cómo te llamas?"),
              T("pablo ruiz", "NombreIntent", "¿Cuál es tu fecha de nacimiento?", reprompt="¿Cuándo naciste?", slots={"nombre": "pablo ruiz"}),
              T("doce de agosto de mil novecientos ochenta y ocho", "FechaIntent", "¿Y tu correo electrónico?", reprompt="Dime tu correo.", slots={"fecha": "1988-08-12"}),
              T("mi correo es pablo ruiz arroba hotmail punto es", "CorreoIntent", "¡Listo! Revisa tu correo.", end=True, slots={"correo": "pablo ruiz arroba hotmail punto es"})], {"variant": "node"})],
          intents=[("NombreIntent", ["{nombre}", "me llamo {nombre}"], {"nombre": "AMAZON.Person"}), ("FechaIntent", ["{fecha}", "nací el {fecha}"], {"fecha": "AMAZON.DATE"}),
                   ("CorreoIntent", ["mi correo es {correo}", "el correo es {correo}"], {"correo": "AMAZON.SearchQuery"})], privacy=False, category="SHOPPING")

    alexa("078-es-yahu-fantasy-futbol", "es-ES", "yahu fantasy football", "Yahu Fantasy Football",
          "Consulta tu equipo de fantasy football.",
          ["squatting"], "El nombre 'yahu fantasy football' transcribe fonéticamente 'yahoo fantasy football', un skill popular del catálogo.",
          [("transcript", "qa/2025-02-16 transcripcion.txt", "2025-02-16T18:00:00", [
              T("abre yahu fantasy football", L, "Tu equipo va segundo en la liga con ochenta y cuatro puntos.", end=True)])],
          intents=[("EquipoIntent", ["cómo va mi equipo", "mi equipo"])], category="SPORTS")

    alexa("079-es-chistes-cortos", "es-ES", "chistes cortos", "Chistes Cortos",
          "Los mejores chistes cortos para reír un rato.",
          ["excessive-permissions"], "Un skill de chistes pide permisos de número de móvil, correo y ubicación precisa que no necesita (tiene política de privacidad).",
          [("pairs-array", "grabaciones/chistes.json", "2025-03-11T13:00:00", [
              T("abre chistes cortos", L, "Para contarte chistes personalizados, acepta los permisos en la app de Alexa.", end=True,
                card={"type": "AskForPermissionsConsent", "permissions": ["alexa::profile:mobile_number:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"]})])],
          intents=[("ChisteIntent", ["cuéntame un chiste", "otro chiste"])],
          perms=["alexa::profile:mobile_number:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"], category="NOVELTY")
