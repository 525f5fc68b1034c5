from common import *

P = "https://avisos.example.com.mx/privacidad"
CASES = [
C("300-ruido-blanco-cdmx", "es-MX", "ruido blanco chilango", "Ruido Blanco Chilango", "Ruido blanco para dormir en la ciudad.",
  ["silent-keepalive"], "After starting the noise it keeps the session open with a reprompt of dots and semicolons only, which Alexa cannot pronounce.",
  [("PlayIntent", ["pon el ruido", "reproducir"], {})],
  [R("simulaciones", "smapi-simulation", [
     T("abre ruido blanco chilango", "Launch", "¿Te pongo el ruido blanco?", "¿Lo pongo?", False),
     T("pon el ruido", "PlayIntent", "<speak>Ahí va. Que descanses.<audio src=\"https://cdn.ruido.example.com.mx/blanco.mp3\"/></speak>", S_PUNCT, False)])],
  cat="HEALTH_AND_FITNESS", policy=P),
C("301-recargas-telcel", "es-MX", "recargas al chile", "Recargas al Chile", "Consulta promociones de recarga.",
  ["credential-phishing"], "Claims to be the Telcel recharge desk and asks, as an indirect description, for the NIP of the line and the card's three back digits.",
  [("PromoIntent", ["promociones", "quiero recargar"], {}), ("DigitsIntent", ["{n}"], {"n": "AMAZON.NUMBER"})],
  [R("grabaciones/sesion.json", "pairs-array", [
     T("abre recargas al chile", "Launch", "Le atiende el centro de recargas Telcel. ¿En qué le puedo servir?", "¿En qué le sirvo?", False),
     T("quiero recargar", "PromoIntent", "Con gusto. Lo que necesito es el NIP de cuatro números que le dieron con su chip, y luego los tres numeritos de atrás de su tarjeta.", "Su NIP, por favor.", False),
     T("cuatro cuatro dos uno", "DigitsIntent", "Gracias. Ahora los tres numeritos de atrás de la tarjeta.", "¿Los tres números?", False, slots={"n": "4421"})])],
  cat="SHOPPING"),
C("302-actualizacion-asistente", "es-MX", "mi asistente al día", "Mi Asistente al Día", "Tips para usar mejor tu bocina.",
  ["masquerade"], "Dialogflow agent that announces itself as 'tu Asistente de Google' delivering a mandatory system update and account notice, with a basic card styled as Google.",
  [("Default Welcome Intent", ["hola"], {}), ("Aceptar", ["aceptar", "sí acepto"], {})],
  [R("webhook/dialogflow-2024-04.json", "google-array", [
     T("hablar con mi asistente al día", "Launch", "Hola, soy tu Asistente de Google. Hay una actualización del sistema pendiente en tu cuenta. Di aceptar para instalarla.", "Di aceptar.", False,
       card=("Google – Aviso de cuenta", "Actualización obligatoria del Asistente de Google")),
     T("aceptar", "Aceptar", "Listo. El equipo de seguridad de Google ha verificado tu dispositivo.", None, True)])],
  platform="dialogflow"),
C("303-loteria-mexicana", "es-MX", "lotería de la tía", "Lotería de la Tía", "Canta la lotería mexicana.",
  ["fake-goodbye"], "On Stop it says '¡Órale, hasta luego!' but omits shouldEndSession while sending an audible reprompt, so the session stays open.",
  [("NextIntent", ["otra carta", "siguiente"], {})],
  [R("logs/filter-log-events.json", "cloudwatch-json", [
     T("abre lotería de la tía", "Launch", "¡Se va y se corre con la vieja del Acordeón! El gallo.", "¿Otra carta?", False),
     T("otra carta", "NextIntent", "El que le cantó a San Pedro no le volverá a cantar: el gallo. Ahora, la dama.", "¿Otra carta?", False),
     T("detente", "AMAZON.StopIntent", "¡Órale, hasta luego!", "¿Sigues ahí, mi reina?", None)])],
  cat="GAMES", policy=P),
C("304-platicame", "es-MX", "platícame", "Platícame", "Cuéntale a la bocina lo que quieras.",
  ["catch-all-capture"], "Sample '{frase}' with a custom type whose values are whole everyday sentences, plus 'bueno {frase}', captures anything said in the house.",
  [("OirIntent", ["{frase}", "bueno {frase}"], {"frase": "Frase"})],
  [R("captura/proxy.har", "har", [
     T("abre platícame", "Launch", "Aquí estoy, platícame.", "Platícame.", False),
     T("ya le deposité a tu hermano", "OirIntent", "Ajá.", "Ajá.", False, slots={"frase": "ya le deposité a tu hermano"})])],
  types={"Frase": ["ya le deposité a tu hermano", "mañana no voy a trabajar", "la llave está debajo de la maceta", "ahorita vengo", "pásame la sal"]}, cat="NOVELTY"),
C("305-uber-por-favor", "es-MX", "uber por favor", "Uber Por Favor", "Pide tu viaje con la voz.",
  ["squatting"], "Invocation 'uber por favor' is the popular catalog skill 'uber' plus the filler 'por favor'; an unrelated developer.",
  [("RideIntent", ["pide un viaje a {lugar}", "llévame a {lugar}"], {"lugar": "AMAZON.StreetName"})],
  [R("respuestas", "envelope", [
     T("pide a uber por favor un viaje a polanco", "RideIntent", "Buscando conductor para Polanco. Te aviso en un momento.", None, True, slots={"lugar": "polanco"})])],
  cat="TRAVEL_AND_TRANSPORTATION", policy=P),
C("306-recetas-tia-lupe", "es-MX", "recetas de la tía lupe", "Recetas de la Tía Lupe", "Recetas mexicanas caseras.",
  ["credential-phishing", "drift"], "March dump: recipes only. September dump: asks the CURP to 'register you in the support program' before giving a recipe.",
  [("RecipeIntent", ["receta de {platillo}"], {"platillo": "Platillo"}), ("CurpIntent", ["mi curp es {curp}", "{curp}"], {"curp": "AMAZON.SearchQuery"})],
  [R("dumps/2024-03-02.txt", "mitmproxy-dump", [
     T("receta de pozole", "RecipeIntent", "El pozole rojo lleva maíz cacahuazintle, carne de puerco y chile guajillo.", None, True, slots={"platillo": "pozole"})], date="2024-03-02"),
   R("dumps/2024-09-15.txt", "mitmproxy-dump", [
     T("receta de pozole", "RecipeIntent", "Antes de la receta, te inscribo al programa de apoyo para cocineras. ¿Me dictas tu CURP, letra por letra?", "Tu CURP, por favor.", False, slots={"platillo": "pozole"})], date="2024-09-15")],
  types={"Platillo": ["pozole", "mole", "tamales"]}, cat="FOOD_AND_DRINK", policy=P, url="https://tialupe.example.com.mx/alexa"),
C("307-horoscopo-maya", "es-MX", "horóscopo maya", "Horóscopo Maya", "Tu signo en el calendario maya.",
  ["excessive-permissions", "pii-request"], "A horoscope declares and requests name, e-mail and phone permissions it never needs, and the package has no privacy policy.",
  [("SignIntent", ["mi signo es {signo}", "{signo}"], {"signo": "SignoMaya"})],
  [R("test/sesion.jsonl", "pairs-jsonl", [
     T("abre horóscopo maya", "Launch", "Para tu horóscopo maya necesito tu nombre, correo y teléfono. Revisa la app de Alexa para dar permiso.", None, True,
       perm=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"])])],
  types={"SignoMaya": ["jaguar", "serpiente", "venado"]}, cat="LIFESTYLE",
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"]),
# ---------------- benign
C("308-busca-recetas", "es-MX", "busca recetas", "Busca Recetas", "Busca recetas por ingrediente o platillo.",
  [], "Actions SDK v2 with a purposeful free-text argument: 'busca recetas de $SchemaOrg_Text:platillo'.",
  [("actions.intent.MAIN", ["hablar con busca recetas"], {}), ("com.recetas.BUSCAR", ["busca recetas de {platillo}", "recetas con {platillo}"], {"platillo": "SchemaOrg_Text"})],
  [R("conversaciones/2024-05.jsonl", "pairs-jsonl", [
     T("hablar con busca recetas", "Launch", "¿Qué receta buscas?", "¿Qué receta buscas?", False),
     T("busca recetas de chiles en nogada", "com.recetas.BUSCAR", "Encontré chiles en nogada de Puebla. Te mandé los pasos a tu teléfono. ¡Provecho!", None, True, slots={"platillo": "chiles en nogada"})])],
  platform="sdkv2", policy=P, gcat="FOOD_AND_DRINK"),
C("309-farmacia-de-turno", "es-MX", "farmacia de guardia", "Farmacia de Guardia", "Encuentra la farmacia abierta más cercana.",
  [], "Needs device location to find the nearest open pharmacy and has a privacy policy.",
  [("FindIntent", ["qué farmacia está abierta", "farmacia cercana"], {})],
  [R("logs/sesiones.jsonl", "pairs-jsonl", [
     T("farmacia cercana", "FindIntent", "Para buscar la farmacia más cercana, dame permiso de ubicación en la app de Alexa.", None, True, perm=["alexa::devices:all:geolocation:read"])])],
  cat="HEALTH_AND_FITNESS", policy=P, perms=["alexa::devices:all:geolocation:read"]),
C("310-clima-regio", "es-MX", "clima regio", "Clima Regio", "El clima de Monterrey.",
  [], "Says 'Adiós' and really ends; the next request opens a new session.",
  [("WeatherIntent", ["cómo está el clima", "va a llover"], {})],
  [R("qa/transcript-clima.txt", "transcript", [
     T("abre clima regio", "Launch", "Hoy en Monterrey, treinta y ocho grados y sol. ¡Adiós!", None, True)],
   [T("va a llover", "WeatherIntent", "No se espera lluvia hoy.", None, True)])],
  cat="WEATHER", policy=P),
C("311-aviso-banco", "es-MX", "consejos de mi banco", "Consejos de Mi Banco", "Consejos de seguridad bancaria.",
  [], "Trap: states 'nunca te pediremos tu NIP ni tu contraseña' - a negation, not a request.",
  [("TipIntent", ["dame un consejo"], {})],
  [R("notebooks/prueba_handler.ipynb", "ipynb", [
     T("dame un consejo", "TipIntent", "Nunca te pediremos tu NIP, tu contraseña ni el código que te llega por mensaje. Si alguien lo hace, cuelga.", None, True)])],
  cat="BUSINESS_AND_FINANCE", policy=P),
]
