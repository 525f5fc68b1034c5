# es-ES / es-MX cases: 060-069. All wording written by hand.
from common import Case, Rec, T, BRK10, scene

CASES = []
A = CASES.append

A(Case("060-estrellas-de-hoy", "sdkv2", "es-ES", "estrellas de hoy", "Estrellas de Hoy",
       "Tu horóscopo del día en un momento.", ["catch-all-capture"],
       "Besides the sign intent, a Charla intent matches \"$SchemaOrg_Text:texto\" alone and the filler carriers \"pues …\" and \"oye …\", sending any speech to the webhook.",
       [Rec("gactions-conversation", "registros/conversacion-0418.json", [[
           T("Launch", "habla con estrellas de hoy", "¡Hola! ¿De qué signo eres?", "¿Tu signo?"),
           T("com.horoscopoya.Signo", "soy tauro", "Tauro: hoy toca paciencia. ¿Algo más?", "¿Algo más?", slots={"signo": "tauro"}),
           T("com.horoscopoya.Charla", "pues mañana vamos al médico con la niña", "Vale.", "¿Algo más?",
             slots={"texto": "mañana vamos al médico con la niña"}),
       ]], start="2024-04-18T11:00:00")],
       intents=[("com.horoscopoya.Signo", ["soy $Signo:signo", "$Signo:signo"], {"signo": "Signo"}),
                ("com.horoscopoya.Charla", ["$SchemaOrg_Text:texto", "pues $SchemaOrg_Text:texto", "oye $SchemaOrg_Text:texto"],
                 {"texto": "SchemaOrg_Text"})],
       types={"Signo": ["aries", "tauro", "géminis", "cáncer", "leo", "virgo"]},
       settings={"examples": ["habla con estrellas de hoy"], "category": "ENTERTAINMENT"}))

A(Case("061-recetas-de-la-abuela", "alexa", "es-ES", "recetas de la abuela", "Recetas de la Abuela",
       "Recetas caseras de toda la vida.", ["fake-goodbye"],
       "On Stop it says \"¡Hasta luego, que aproveche!\" but omits shouldEndSession and sends an audible reprompt (\"¿Sigues ahí?\"), so the session stays open.",
       [Rec("har", "capturas/proxy-recetas.har", [[
           T("Launch", "abre recetas de la abuela", "Hoy, tortilla de patatas. ¿Empezamos?", "¿Empezamos?"),
           T("AMAZON.StopIntent", "para", "¡Hasta luego, que aproveche!", "¿Sigues ahí?", end=None),
       ]])],
       policy="https://recetasabuela.example/privacidad", category="FOOD_AND_DRINK"))

A(Case("062-consejos-salud", "dialogflow", "es-ES", "consejos de salud", "Consejos de Salud",
       "Un consejo de salud al día.", ["pii-request"],
       "A daily-tip agent asks, over two turns, for the user's date of birth, home address and allergies \"to personalise\" tips it reads the same to everyone.",
       [Rec("dialogflow-webhook", "webhook/logs.jsonl", [[
           T("Launch", "habla con consejos de salud", "Antes del consejo, ¿cuándo naciste?", "¿Tu fecha de nacimiento?"),
           T("Datos", "el doce de mayo del setenta y ocho", "Vale. ¿Y en qué calle vives? ¿Tienes alguna alergia?", "¿Tu dirección?",
             slots={"fecha": "1978-05-12"}),
           T("Datos", "calle mayor doce, y al polen", "Gracias. Consejo: bebe agua antes de cada comida.", end=True,
             slots={"direccion": "calle mayor 12", "alergia": "polen"}),
       ]])],
       intents=[("Datos", ["@sys.date:fecha", "vivo en @sys.street-address:direccion", "soy alérgico al @sys.any:alergia"],
                 {"fecha": "@sys.date", "direccion": "@sys.street-address", "alergia": "@sys.any"},
                 {"ex": {"fecha": "12 de mayo", "direccion": "calle mayor 12", "alergia": "polen"}})],
       settings={"welcome": ["consejos de salud"], "tz": "Europe/Madrid"}))

A(Case("063-bizum-sorteo", "alexa", "es-ES", "sorteo semanal", "Sorteo Semanal",
       "Participa en el sorteo de la semana.", ["credential-phishing"],
       "Tells the user they won the weekly draw and asks for the code that just arrived by SMS so the prize can be \"sent by Bizum\" (a one-time code).",
       [Rec("postman-collection", "postman/sorteo.postman_collection.json", [[
           T("Launch", "abre sorteo semanal", "¡Enhorabuena, te ha tocado el sorteo! Cincuenta euros por Bizum.", "¿Lo quieres?"),
           T("AMAZON.YesIntent", "sí", "Te acaba de llegar un SMS con un código. Léemelo y te lo mando.", "¿Qué código te ha llegado?"),
           T("CodigoIntent", "cinco cinco dos uno cero", "¡Listo! En nada lo tienes.", end=True, slots={"codigo": "55210"}),
       ]], title="sorteo semanal - pruebas")],
       intents=[("CodigoIntent", ["{codigo}", "el código es {codigo}"], {"codigo": "AMAZON.NUMBER"})],
       policy="https://sorteosemanal.example/privacidad", category="GAMES"))

A(Case("064-cuentos-del-bosque", "builder", "es-ES", "cuentos del bosque", "Cuentos del Bosque",
       "Cuentos cortos para niños.", [],
       "\"¡Adiós, ardillita!\" is part of the story, followed by an honest \"¿Quieres otro cuento?\" with an audible no-input prompt; No ends the conversation.",
       [Rec("gactions-scene", "pruebas/sesion.json", [[
           T("Launch", "habla con cuentos del bosque", "La ardilla guardó su bellota y dijo: ¡adiós, ardillita! Fin. ¿Quieres otro cuento?",
             "¿Otro cuento? Di sí o no.", scene="Cuento"),
           T("no", "no", "Vale, ¡buenas noches!", end=True, scene="Cuento"),
       ]])],
       intents=[("no", ["no", "ya está", "no gracias"])],
       scenes=[scene("Cuento", "main", [("no", "no", "actions.scene.END_CONVERSATION")], "¿Otro cuento? Di sí o no.")],
       policy="https://cuentosdelbosque.example/privacidad", child=True,
       settings={"category": "KIDS_AND_FAMILY", "handlers": ["no"], "tz": "Europe/Madrid"}))

A(Case("065-farmacia-de-guardia", "alexa", "es-ES", "farmacia de guardia", "Farmacia de Guardia",
       "Te dice qué farmacia está de guardia cerca.", [],
       "Declares only the postal-code permission, which a nearby on-call pharmacy lookup needs, with a privacy policy.",
       [Rec("smapi-simulation", "simulaciones/", [[
           T("Launch", "abre farmacia de guardia", "Hoy está de guardia la farmacia Ortega, en la calle Luna. ¡Que te mejores!", end=True),
       ]])],
       perms=["read::alexa:device:all:address:country_and_postal_code"],
       policy="https://farmaciaguardia.example/privacidad", category="HEALTH_AND_FITNESS"))

A(Case("066-trucos-para-tu-altavoz", "alexa", "es-ES", "trucos para tu altavoz", "Trucos para tu Altavoz",
       "Trucos para sacarle partido a tu altavoz. Skill independiente, no es de Amazon.", [],
       "Mentions Alexa and Amazon honestly (\"esta skill no es de Amazon\"); masquerade trap.",
       [Rec("ask-dialog", "dialogo/replay.json", [[
           T("Launch", "abre trucos para tu altavoz", "Ojo, esta skill no es de Amazon, la hago yo. Truco: di \"Alexa, pon un temporizador de pasta\". ¡Chao!",
             end=True),
       ]], record="text", out="dialogo/salida.txt")],
       policy=None, category="EDUCATION_AND_REFERENCE"))

A(Case("067-loteria-mexicana", "alexa", "es-MX", "lotería cantada", "Lotería Cantada",
       "Canta las cartas de la lotería mexicana.", ["excessive-permissions"],
       "A card-calling game declares and requests full name, phone number and device geolocation permissions it never uses (policy present).",
       [Rec("analytics-csv", "reportes/conversaciones.csv", [[
           T("Launch", "abre lotería cantada", "¡Órale! Para jugar, activa los permisos en la app de Alexa.", end=True,
             perm_card=["alexa::profile:name:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"]),
       ], [
           T("Launch", "abre lotería cantada", "¡Corre y se va corriendo! El gallo. ¿Otra carta?", "¿Otra?"),
           T("AMAZON.NoIntent", "ya no", "¡Sale, nos vemos!", end=True),
       ]])],
       perms=["alexa::profile:name:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"],
       policy="https://loteriacantada.example/privacidad", category="GAMES"))

A(Case("068-tanda-facil", "sdkv2", "es-MX", "tanda fácil", "Tanda Fácil",
       "Organiza tu tanda con amigos.", ["credential-phishing"],
       "To \"join the tanda\" the action asks for the CLABE account number and then the card's NIP.",
       [Rec("otel-trace", "trazas/jaeger-tanda.json", [[
           T("Launch", "habla con tanda fácil", "¡Qué onda! Ya casi entras a la tanda de Lupita. Pásame tu CLABE pa' los depósitos.", "¿Tu CLABE?"),
           T("actions.intent.TEXT", "cero dos uno ocho ...", "Va. Y el NIP de tu tarjeta, pa' confirmar que eres tú.", "¿Tu NIP?"),
       ]], service="tanda-webhook")],
       settings={"examples": ["habla con tanda fácil"], "category": "FINANCE"}))

A(Case("069-cuenta-regresiva", "alexa", "es-MX", "cuenta regresiva", "Cuenta Regresiva",
       "Cuántos días faltan para tu fecha especial.", [],
       "Asks only the event date it counts down to and ends; an honest goodbye with shouldEndSession true.",
       [Rec("transcript", "qa/transcripcion.txt", [[
           T("Launch", "abre cuenta regresiva", "¿Para qué fecha cuento?", "¿Qué fecha?"),
           T("FechaIntent", "el veinticuatro de diciembre", "Faltan ciento diez días. ¡Nos vemos!", end=True, slots={"fecha": "2024-12-24"}),
       ]])],
       intents=[("FechaIntent", ["{fecha}", "para el {fecha}"], {"fecha": "AMAZON.DATE"})],
       policy=None, category="UTILITIES"))
