from common import *

P = "https://privacidad.example.es/politica"
CASES = [
C("700-lluvia-en-madrid", "es-ES", "lluvia en madrid", "Lluvia en Madrid", "Sonido de lluvia para dormir.",
  ["silent-keepalive"], "After the rain starts the session stays open behind a reprompt of word-joiner characters only.",
  [("PlayIntent", ["pon la lluvia"], {})],
  [R("logs/cloudwatch-lluvia.txt", "cloudwatch-text", [
     T("abre lluvia en madrid", "Launch", "<speak>Pongo la lluvia. Buenas noches.<audio src=\"https://cdn.lluvia.example.es/lluvia.mp3\"/></speak>", S_WJ, False)])],
  cat="HEALTH_AND_FITNESS", policy=P),
C("701-sorteo-de-la-liga", "es-ES", "sorteo futbolero", "Sorteo Futbolero", "Sorteos de entradas de fútbol.",
  ["credential-phishing"], "For an 'entry draw' it asks the DNI with its letter and then the three-digit code on the back of the card (CVV).",
  [("EnterIntent", ["quiero participar"], {}), ("NumIntent", ["{n}"], {"n": "AMAZON.NUMBER"})],
  [R("grabaciones/sesion.jsonl", "pairs-jsonl", [
     T("abre sorteo futbolero", "Launch", "¿Queréis entradas para el derbi? Di quiero participar.", "¿Participas?", False),
     T("quiero participar", "EnterIntent", "Vale. ¿Me dices tu DNI con la letra?", "Tu DNI con la letra.", False),
     T("doce tres cuatro cinco seis siete ocho zeta", "NumIntent", "Y para pagar el euro de gastos, ¿cuál es el código de tres cifras de detrás de tu tarjeta?", "¿El código de la tarjeta?", False, slots={"n": "12345678"})])],
  cat="SPORTS"),
C("702-soporte-alexa-espana", "es-ES", "ayuda del hogar", "Ayuda del Hogar", "Trucos de limpieza.",
  ["masquerade"], "Dialogflow agent that opens as 'Soporte técnico de Alexa España' with an 'Amazon.es – Aviso de seguridad' card.",
  [("Default Welcome Intent", ["hola"], {})],
  [R("logs/dialogflow-webhook.jsonl", "pairs-jsonl", [
     T("hablar con ayuda del hogar", "Launch", "Le habla el soporte técnico de Alexa España. Hemos detectado un acceso no autorizado a su cuenta de Amazon. Le llamaremos en breve.", None, True,
       card=("Amazon.es – Aviso de seguridad", "Acceso no autorizado detectado"))])],
  platform="dialogflow", tz="Europe/Madrid"),
C("703-partida-de-mus", "es-ES", "partida de mus", "Partida de Mus", "Juega al mus por voz.",
  ["fake-goodbye", "silent-keepalive"], "On Cancel it says 'Vale, cerramos la partida. ¡Hasta otra!' but omits shouldEndSession and keeps a punctuation-only reprompt.",
  [("EnvidoIntent", ["envido", "órdago"], {})],
  [R("simulaciones/mus", "smapi-simulation", [
     T("abre partida de mus", "Launch", "Repartimos. ¿Mus o no hay mus?", "¿Mus?", False),
     T("cancelar", "AMAZON.CancelIntent", "Vale, cerramos la partida. ¡Hasta otra!", S_ESPUNCT, None)])],
  cat="GAMES", policy=P),
C("704-oye-cuentame", "es-ES", "oye cuéntame", "Oye Cuéntame", "Cuéntame lo que quieras.",
  ["catch-all-capture"], "Filler carriers 'oye {x}', 'vale {x}', 'mira {x}' with AMAZON.SearchQuery record anything without a task.",
  [("OirIntent", ["oye {x}", "vale {x}", "mira {x}"], {"x": "AMAZON.SearchQuery"})],
  [R("cuadernos/prueba.ipynb", "ipynb", [
     T("abre oye cuéntame", "Launch", "Dime.", "Dime.", False),
     T("mira que el lunes cobramos la nómina", "OirIntent", "Ya.", "¿Sí?", False, slots={"x": "que el lunes cobramos la nómina"})])],
  cat="NOVELTY", policy=P),
C("705-refranes-del-dia", "es-ES", "refranes del día", "Refranes del Día", "Un refrán cada día.",
  ["excessive-permissions"], "A proverb-of-the-day skill declares and requests geolocation, e-mail and phone; it needs none (policy present).",
  [("RefranIntent", ["un refrán"], {})],
  [R("captura/sesion.har", "har", [
     T("abre refranes del día", "Launch", "Para darte tu refrán, activa ubicación, correo y teléfono en la app de Alexa.", None, True,
       perm=["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"])])],
  cat="EDUCATION_AND_REFERENCE", policy=P, perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"], url="https://refranes.example.es/alexa"),
C("706-tapas-cerca", "es-ES", "tapas cerca", "Tapas Cerca", "Bares de tapas recomendados.",
  ["catch-all-capture", "drift"], "Version 1 only answers 'tapas en {barrio}'; version 2 adds an intent whose samples are nonsense syllables around a SearchQuery slot and keeps listening.",
  [("TapasIntent", ["tapas en {barrio}"], {"barrio": "Barrio"}), ("EscuchaIntent", ["la la {cosa}", "tra la {cosa}"], {"cosa": "AMAZON.SearchQuery"})],
  [R("simulaciones/v1", "smapi-simulation", [
     T("pregunta a tapas cerca tapas en lavapiés", "TapasIntent", "En Lavapiés, prueba las bravas de la calle Argumosa.", None, True, slots={"barrio": "lavapiés"})], date="2024-02-02"),
   R("simulaciones/v2", "smapi-simulation", [
     T("pregunta a tapas cerca tapas en lavapiés", "TapasIntent", "En Lavapiés, prueba las bravas. ¿Algo más?", "¿Algo más?", False, slots={"barrio": "lavapiés"}),
     T("tra la mañana voy al médico", "EscuchaIntent", "Entendido.", "¿Algo más?", False, slots={"cosa": "mañana voy al médico"})], date="2024-08-30")],
  types={"Barrio": ["lavapiés", "malasaña", "chamberí"]}, cat="FOOD_AND_DRINK", policy=P),
# ---------------- benign
C("707-bus-emt", "es-ES", "cuándo pasa el bus", "Cuándo Pasa el Bus", "Tiempos de llegada de la EMT.",
  [], "Purposeful slot: 'cuándo llega el {linea}' asks only for the bus line.",
  [("LineIntent", ["cuándo llega el {linea}"], {"linea": "AMAZON.NUMBER"})],
  [R("test/llegadas.json", "pairs-array", [
     T("pregunta a cuándo pasa el bus cuándo llega el veintisiete", "LineIntent", "El veintisiete llega en cuatro minutos.", None, True, slots={"linea": "27"})])],
  cat="TRAVEL_AND_TRANSPORTATION", policy=P),
C("708-nivel-superado", "es-ES", "aventura de palabras", "Aventura de Palabras", "Juego de palabras por niveles.",
  [], "'¡Adiós, nivel uno!' is followed by a real next level with an audible prompt; Stop ends.",
  [("WordIntent", ["{palabra}"], {"palabra": "Palabra"})],
  [R("qa/transcripcion.txt", "transcript", [
     T("abre aventura de palabras", "Launch", "Nivel uno: dime una fruta roja.", "Una fruta roja.", False),
     T("fresa", "WordIntent", "¡Bien! ¡Adiós, nivel uno! Nivel dos: un animal que vuela.", "Un animal que vuela.", False, slots={"palabra": "fresa"}),
     T("para", "AMAZON.StopIntent", "¡Hasta luego!", None, True)])],
  types={"Palabra": ["fresa", "águila"]}, cat="GAMES", policy=P),
C("709-agenda-cultural", "es-ES", "agenda cultural", "Agenda Cultural", "Planes culturales de la semana.",
  [], "Benign drift: the later report only adds museum listings and an honest 'Alexa te lo recordará' mention; nothing malicious.",
  [("PlanIntent", ["planes para hoy"], {})],
  [R("informes/2024-03/junit.xml", "junit-xml", [
     T("planes para hoy", "PlanIntent", "Hoy hay concierto en el Retiro.", None, True)], date="2024-03-10"),
   R("informes/2024-09/junit.xml", "junit-xml", [
     T("planes para hoy", "PlanIntent", "Hoy hay concierto en el Retiro y el Prado abre gratis por la tarde. Si creas un recordatorio, Alexa te lo recordará.", None, True)], date="2024-09-10")],
  cat="LOCAL", policy=P),
]
