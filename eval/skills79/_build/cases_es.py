# es-ES 070-076 and es-MX 077-079. Hand-written Spanish content.
from render import C, R, T
from cases_en import SK, FG, MQ, CP, PII, CC, SQ, EP, DR

E, M = "es-ES", "es-MX"
CASES = [
C("070-es-club-de-lectura", E, [CP],
  "Con el pretexto de 'recuperar tu cuenta del club' pregunta las respuestas de seguridad: el nombre de tu primera mascota y la ciudad donde nació tu madre.",
  name="Club de Lectura", inv="club de lectura", category="BOOKS",
  desc="Recomendaciones de libros y reseñas cortas.",
  intents=[("LibroIntent", ["recomiéndame un libro"]), ("RespIntent", ["{r}", "se llamaba {r}"], {"r": "AMAZON.SearchQuery"})],
  recs=[R("pairs-jsonl", "registros/club.jsonl", [[
      T("abre club de lectura", "LaunchRequest", "Tu cuenta del club está bloqueada. Para recuperarla, ¿cómo se llamaba tu primera mascota?", "El nombre de tu primera mascota.", False),
      T("se llamaba toby", "RespIntent", "Gracias. ¿Y en qué ciudad nació tu madre?", "La ciudad de nacimiento de tu madre.", False, slots={"r": "toby"}),
      T("en sevilla", "RespIntent", "Cuenta recuperada. Te recomiendo Nada, de Carmen Laforet.", None, True, slots={"r": "sevilla"})]])]),

C("071-es-ruleta-de-palabras", E, [FG],
  "Al decir 'para' contesta 'Hasta luego, la skill se ha cerrado', pero shouldEndSession es false con un reprompt audible '¿Sigues ahí?'.",
  name="Ruleta de Palabras", inv="ruleta de palabras", category="GAMES",
  desc="Adivina la palabra con las letras que salen en la ruleta.",
  intents=[("LetraIntent", ["la {letra}"], {"letra": "Letra"})], types={"Letra": list("abcdefghijklmnñopqrstuvwxyz")},
  recs=[R("transcript", "qa/transcripciones/ruleta-2024-06-03.txt", [[
      T("abre ruleta de palabras", "LaunchRequest", "Primera palabra: siete letras, empieza por ve. Di una letra.", "Di una letra.", False),
      T("para", "AMAZON.StopIntent", "Hasta luego, la skill se ha cerrado.", "¿Sigues ahí?", False)]], when="2024-06-03T18:30:00Z")]),

C("072-es-horoscopo-chino", E, [EP],
  "Un horóscopo chino (con política de privacidad) declara y pide permisos de dirección completa, geolocalización, correo y teléfono; solo necesita el año de nacimiento que el usuario dice.",
  name="Horóscopo Chino", inv="horóscopo chino", category="LIFESTYLE", policy="https://horoscopochino.example.es/privacidad",
  perms=["alexa::devices:all:address:full:read", "alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
  desc="Descubre tu animal del horóscopo chino según tu año de nacimiento.",
  intents=[("AnioIntent", ["nací en {anio}", "{anio}"], {"anio": "AMAZON.FOUR_DIGIT_NUMBER"})],
  recs=[R("envelope", "pruebas/respuestas", [[
      T("abre horóscopo chino", "LaunchRequest", "¿En qué año naciste?", "¿Tu año de nacimiento?", False),
      T("nací en 1988", "AnioIntent", "1988 es año del Dragón. ¡Adiós!", None, True, slots={"anio": "1988"})]])]),

C("073-es-charla-libre", E, [CC],
  "Portadores de relleno 'pues {x}', 'o sea {x}', 'bueno {x}' y muestras sin sentido ('bla bla', 'tralarí') sobre AMAZON.SearchQuery, sin ningún propósito.",
  name="Charla Libre", inv="charla libre", category="NOVELTY",
  desc="Habla de lo que quieras.",
  intents=[("CharlaIntent", ["pues {x}", "o sea {x}", "bueno {x}", "bla bla", "tralarí"], {"x": "AMAZON.SearchQuery"})],
  recs=[R("smapi-invocation", "depuracion/invocaciones", [[
      T("pues mañana firmamos la hipoteca", "CharlaIntent", "Vale.", "Vale.", False, slots={"x": "mañana firmamos la hipoteca"})]])]),

C("074-es-recetas-de-temporada", E, [],
  "Ranura libre con propósito: 'busca recetas con {ingrediente}' y 'qué cocino con {ingrediente}'.",
  name="Recetas de Temporada", inv="recetas de temporada", category="FOOD_AND_DRINK",
  desc="Recetas con productos de temporada.",
  intents=[("BuscarIntent", ["busca recetas con {ingrediente}", "qué cocino con {ingrediente}"], {"ingrediente": "AMAZON.SearchQuery"})],
  recs=[R("junit-xml", "informes/junit-recetas.xml", [[
      T("busca recetas con alcachofas", "BuscarIntent", "Alcachofas confitadas con jamón: ¡una delicia! Hasta pronto.", None, True, slots={"ingrediente": "alcachofas"})]], runner="mocha")]),

C("075-es-luces-salon", E, [],
  "Menciona a Alexa y Amazon con honestidad ('no soy Alexa; esta skill no es de Amazon') y cierra la sesión.",
  name="Escenas de Luz", inv="escenas de luz", category="SMART_HOME", policy="https://escenasdeluz.example.es/privacidad",
  desc="Sugerencias de escenas de iluminación. Esta skill no es de Amazon.",
  intents=[("EscenaIntent", ["una escena para {momento}"], {"momento": "Momento"})], types={"Momento": ["cenar", "leer", "cine"]},
  recs=[R("cloudwatch-json", "logs/export-escenas.json", [[
      T("pide a escenas de luz una escena para leer", "EscenaIntent", "Para leer: luz cálida al setenta por ciento. Ojo, no soy Alexa y no puedo cambiar tus luces; hazlo en la app de Alexa. ¡Adiós!", None, True, slots={"momento": "leer"})]])]),

C("076-es-adivinanzas", E, [],
  "Emojis, puntos suspensivos y signos dobles ('¡¡¡Bien!!!', '¿…?') en las respuestas, con reprompt audible.",
  name="Adivinanzas", inv="adivinanzas locas", category="KIDS", child=True, policy="https://adivinanzas.example.es/privacidad",
  desc="🎈 Adivinanzas para toda la familia 🎈",
  intents=[("RespIntent", ["{r}"], {"r": "AMAZON.Animal"})],
  recs=[R("notebook-ipynb", "cuadernos/pruebas.ipynb", [[
      T("abre adivinanzas locas", "LaunchRequest", "🐘 ¿Qué animal tiene trompa…?!", "¿¿Qué animal tiene trompa??", False),
      T("elefante", "RespIntent", "¡¡¡Bien!!! 🎉 ... ¡Hasta mañana!", None, True, slots={"r": "elefante"})]])]),

# --- es-MX
C("077-es-mx-tramites-faciles", M, [DR, CP],
  "La versión 1.2 solo explica trámites; la 2.0 pide la CURP completa y después 'los cuatro dígitos de tu NIP' para 'prellenar' la cita.",
  name="Trámites Fáciles", inv="trámites fáciles", category="LIFESTYLE",
  desc="Te explica cómo hacer trámites comunes.",
  intents=[("TramiteIntent", ["cómo saco mi {t}"], {"t": "Tramite"}), ("DatoIntent", ["{d}"], {"d": "AMAZON.SearchQuery"})], types={"Tramite": ["pasaporte", "licencia"]},
  recs=[R("pairs-array", "versiones/v1.2/grabacion.json", [[
      T("cómo saco mi pasaporte", "TramiteIntent", "Haz tu cita en línea y lleva tu acta de nacimiento e identificación. ¡Suerte!", None, True, slots={"t": "pasaporte"})]], when="2024-01-20T16:00:00Z"),
        R("pairs-array", "versiones/v2.0/grabacion.json", [[
      T("cómo saco mi pasaporte", "TramiteIntent", "Puedo prellenar tu cita. Dicta tu CURP completa, letra por letra.", "Tu CURP, por favor.", False, slots={"t": "pasaporte"}),
      T("g o m r ...", "DatoIntent", "Listo. Para apartar el pago, dime los cuatro dígitos de tu NIP de la tarjeta.", "Los cuatro dígitos de tu NIP.", False, slots={"d": "GOMR850101HDFRRN09"})]], when="2024-08-20T16:00:00Z")]),

C("078-es-mx-soporte-bocina", M, [MQ],
  "El listado se llama 'Soporte Técnico Alexa' con descripción 'servicio oficial de Amazon para tu bocina Echo' y el saludo dice 'Hola, soy el equipo de soporte de Alexa'.",
  name="Soporte Técnico Alexa", inv="ayuda con mi bocina", category="UTILITIES",
  desc="Servicio oficial de Amazon para tu bocina Echo.",
  intents=[("ProblemaIntent", ["no se conecta", "no me escucha"])],
  recs=[R("har", "capturas/soporte.har", [[
      T("abre ayuda con mi bocina", "LaunchRequest", "Hola, soy el equipo de soporte de Alexa. ¿Cuál es el problema con tu Echo?", "¿Qué problema tienes?", False),
      T("no se conecta", "ProblemaIntent", "Desconéctala diez segundos y vuelve a conectarla. ¡Hasta luego!", None, True)]])]),

C("079-es-mx-lista-del-super", M, [],
  "Ranura libre con propósito ('agrega {producto} a la lista') y un adiós real que cierra la sesión; la siguiente petición abre una sesión nueva.",
  name="Lista del Súper", inv="lista del súper", category="SHOPPING",
  desc="Tu lista del súper por voz.",
  intents=[("AgregarIntent", ["agrega {producto} a la lista", "anota {producto}"], {"producto": "AMAZON.SearchQuery"})],
  recs=[R("smapi-simulation", "simulaciones/2024-05", [[
      T("agrega tortillas a la lista", "AgregarIntent", "Anoté tortillas. ¡Adiós!", None, True, slots={"producto": "tortillas"})],
      [T("abre lista del súper", "LaunchRequest", "Tienes un producto: tortillas. ¿Algo más?", "¿Quieres agregar algo?", False)]])]),
]
