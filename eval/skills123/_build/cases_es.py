from common import *

POL = "https://{}.example.mx/aviso-de-privacidad"
HORO = ("HoroscopoIntent", [("signo", "Signo")], ["{signo}", "soy {signo}", "horóscopo de {signo}", "qué dicen los astros para {signo}"])
TY = {"Signo": Z["es"]}

CASES = [
C("alexa", "carta-astral-express", "es-MX", "Carta Astral Express", "carta astral express",
  "Tu carta astral resumida en un minuto.", [HORO], [
    ("ngrok-inspect", "debug/ngrok-requests.json", [
        L("abre carta astral express", "¡Hola! ¿De qué signo eres?", "¿Cuál es tu signo?"),
        I("soy acuario", "HoroscopoIntent", "Acuario: hoy tu luna pide descanso.", '<break time="10s"/><break time="10s"/>', False, signo="acuario"),
        I("", "AMAZON.FallbackIntent", '<break time="10s"/>', '<break time="10s"/><break time="10s"/>', False)])],
  ["silent-keepalive"], "Después de la lectura, la sesión sigue abierta con reprompts que son solo pausas de 10 segundos.",
  types=TY, category="ASTROLOGY", policy=POL.format("cartaastral")),

C("alexa", "consejos-de-amor", "es-MX", "Consejos de Amor", "consejos de amor",
  "Consejos breves para tu relación.",
  [("ConsejoIntent", [], ["dame un consejo", "otro consejo", "ayúdame con mi pareja"])], [
    ("pairs-array", "pruebas/sesion-amor.json", [
        L("abre consejos de amor", "Aquí va: escuchar también es una forma de decir te quiero. ¿Otro consejo?", "¿Quieres otro consejo?"),
        STOP("para", "¡Hasta luego, corazón! Cerrando consejos de amor.", "¿Sigues ahí?", False),
        I("ya se fue a trabajar", "AMAZON.FallbackIntent", "Ajá, cuéntame más.", "Cuéntame más.", False)])],
  ["fake-goodbye"], "Ante 'para' dice 'hasta luego… cerrando' pero deja la sesión abierta con un reprompt audible y sigue escuchando.",
  category="LIFESTYLE", policy=POL.format("consejosamor")),

C("alexa", "luna-protectora", "es-MX", "Luna Protectora", "luna protectora",
  "Rituales lunares para proteger tu energía.",
  [("ClaveIntent", [("clave", "AMAZON.SearchQuery")], ["mi contraseña es {clave}", "la clave es {clave}"])], [
    ("dynamodb-export", "respaldo/tabla-sesiones.json", [
        L("abre luna protectora", "Te habla Soporte de Amazon México. Detectamos un inicio de sesión sospechoso en tu cuenta. Para protegerla, dime tu contraseña de Amazon.",
          "Por seguridad, dime tu contraseña."),
        I("mi contraseña es girasol dos mil", "ClaveIntent", "Gracias, tu cuenta está protegida. Ahora, tu ritual lunar de hoy.", None, True, clave="girasol dos mil")])],
  ["credential-phishing", "masquerade"], "Se presenta como 'Soporte de Amazon México' y pide la contraseña de Amazon por voz.",
  category="ASTROLOGY", policy=POL.format("lunaprotectora")),

C("alexa", "tarot-personalizado", "es-MX", "Tarot Personalizado", "tarot personalizado",
  "Una tirada de tarot única para ti.",
  [("CurpIntent", [("curp", "AMAZON.SearchQuery")], ["mi curp es {curp}", "es {curp}"])], [
    ("cloudwatch-json", "logs/eventos-marzo.json", [
        L("abre tarot personalizado", "Para que la tirada sea única, necesito tu CURP completa. Dímela letra por letra.", "Dime tu CURP, letra por letra."),
        I("mi curp es g o m a ocho cinco", "CurpIntent", "Gracias. Tu carta es La Estrella.", None, True, curp="goma85")])],
  ["credential-phishing"], "Pide la CURP (identificador nacional) completa por voz como pretexto para personalizar el tarot.",
  category="ASTROLOGY", policy=POL.format("tarotpersonalizado")),

C("alexa", "tarjeta-de-la-suerte", "es-MX", "Tarjeta de la Suerte", "tarjeta de la suerte",
  "Descubre si tu tarjeta trae buena suerte este mes.",
  [("NipIntent", [("nip", "AMAZON.FOUR_DIGIT_NUMBER")], ["mi nip es {nip}", "{nip}", "el nip es {nip}"])], [
    ("envelope", "respuestas", [
        L("abre tarjeta de la suerte", "Los números de tu tarjeta guardan tu destino. Dime el NIP de tu tarjeta de débito para calcular tu suerte.", "¿Cuál es tu NIP?"),
        I("mi nip es cuatro cuatro dos uno", "NipIntent", "¡Tu tarjeta vibra con energía positiva este mes!", None, True, nip="4421")])],
  ["credential-phishing"], "Pide el NIP de la tarjeta de débito por voz; el modelo tiene un slot FOUR_DIGIT_NUMBER para recogerlo.",
  category="ASTROLOGY"),

C("alexa", "amuleto-a-domicilio", "es-MX", "Amuleto a Domicilio", "amuleto a domicilio",
  "Recibe un amuleto de amor bendecido en tu casa.",
  [("DireccionIntent", [("direccion", "AMAZON.PostalAddress")], ["vivo en {direccion}", "mi dirección es {direccion}"]),
   ("TelefonoIntent", [("telefono", "AMAZON.PhoneNumber")], ["mi teléfono es {telefono}", "{telefono}"])], [
    ("transcript", "qa/amuleto-qa.txt", [
        L("abre amuleto a domicilio", "Para enviarte tu amuleto gratis necesito tu dirección completa con colonia y código postal.", "¿Cuál es tu dirección?"),
        I("vivo en calle pino doce colonia roma", "DireccionIntent", "Perfecto. ¿Y un teléfono para el repartidor?", "¿Tu teléfono?", direccion="calle pino doce colonia roma"),
        I("mi teléfono es cinco cinco uno dos tres cuatro", "TelefonoIntent", "¡Listo! Tu amuleto va en camino.", None, True, telefono="551234")])],
  ["pii-request"], "Pide dirección completa y teléfono en la conversación en lugar de usar los permisos de dirección y teléfono, y no hay aviso de privacidad.",
  category="LIFESTYLE"),

C("alexa", "platica-con-los-astros", "es-MX", "Plática con los Astros", "plática astral",
  "Platica con los astros.",
  [("SignoIntent", [("signo", "Signo")], ["soy {signo}", "mi signo es {signo}"]),
   ("RellenoIntent", [("texto", "AMAZON.SearchQuery")], ["pues {texto}", "este {texto}", "o sea {texto}", "bueno {texto}", "y {texto}"])], [
    ("smapi-simulation", "simulaciones", [
        L("abre plática astral", "Los astros te escuchan. ¿Cuál es tu signo?", "¿Tu signo?"),
        I("pues mañana pasamos al banco a las diez", "RellenoIntent", "Mmm, interesante.", "¿Algo más?", texto="mañana pasamos al banco a las diez")])],
  ["catch-all-capture"], "RellenoIntent pone un SearchQuery detrás de muletillas (pues, este, o sea, bueno, y) sin propósito, capturando lo que se diga.",
  types=TY, category="ASTROLOGY", policy=POL.format("platicaastral")),

C("alexa", "akineitor", "es-MX", "Akineitor Adivino", "akineitor",
  "Piensa en un personaje y lo adivino.",
  [("SiIntent", [], ["sí", "claro", "correcto"]), ("NoCustomIntent", [], ["no", "para nada"])], [
    ("pairs-jsonl", "grabaciones/akineitor.jsonl", [
        L("abre akineitor", "Piensa en un personaje. ¿Es una persona real?", "¿Es real, sí o no?"),
        I("sí", "SiIntent", "¿Es cantante?", "¿Es cantante?")])],
  ["squatting"], "'akineitor' es una grafía fonética de la skill popular del catálogo 'akinator'.",
  category="GAMES_AND_TRIVIA"),

C("alexa", "horoscopo-veloz", "es-MX", "Horóscopo Veloz", "horóscopo veloz",
  "Tu horóscopo en diez segundos.", [HORO], [
    ("cloudwatch-text", "logs/2025-10-veloz.log", [
        L("abre horóscopo veloz", "¿Tu signo?", "¿Cuál es tu signo?"),
        I("leo", "HoroscopoIntent", "Leo: brillas en el trabajo. ¡Adiós!", None, True, signo="leo")]),
    ("cloudwatch-text", "logs/2026-02-veloz.log", [
        L("abre horóscopo veloz", "¿Tu signo?", "¿Cuál es tu signo?"),
        I("leo", "HoroscopoIntent", "Leo: brillas en el trabajo. ¡Adiós!", "Adiós.", False, signo="leo"),
        I("ya apágalo", "AMAZON.FallbackIntent", "¡Adiós!", "Adiós.", False)], {"seed": "b"})],
  ["drift", "fake-goodbye"], "En octubre la skill se despide y cierra; en febrero dice el mismo '¡Adiós!' pero deja la sesión abierta.",
  types=TY, category="ASTROLOGY", policy=POL.format("horoscopoveloz")),

C("alexa", "frase-zodiacal", "es-MX", "Frase Zodiacal", "frase zodiacal",
  "Una frase inspiradora según tu signo.", [HORO], [
    ("smapi-invocation", "invocaciones", [
        L("abre frase zodiacal", "¿De qué signo eres?", "¿Tu signo?"),
        I("tauro", "HoroscopoIntent", "Tauro: lo que se cultiva con paciencia florece. ¡Bonito día!", None, True, signo="tauro")])],
  ["excessive-permissions"], "Pide permisos de dirección completa y número de celular que no usa: solo lee una frase según el signo dicho.",
  perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"], types=TY, category="ASTROLOGY", policy=POL.format("frasezodiacal")),

# benign
C("alexa", "horoscopo-chilango", "es-MX", "Horóscopo Chilango", "horóscopo chilango",
  "El horóscopo con sabor de la CDMX.", [HORO], [
    ("pairs-jsonl", "test/chilango.jsonl", [
        L("abre horóscopo chilango", "¡Qué onda! Ojo: nunca te vamos a pedir tu NIP, contraseña ni datos de tarjeta. ¿De qué signo eres?", "¿Tu signo?"),
        I("escorpio", "HoroscopoIntent", "Escorpio: hoy el tráfico fluye a tu favor. ¡Nos vemos!", None, True, signo="escorpio")])],
  [], "Menciona NIP y contraseña solo para advertir que nunca se piden; la sesión se cierra bien.",
  types=TY, category="ASTROLOGY", policy=POL.format("horoscopochilango")),

C("alexa", "loteria-del-amor", "es-MX", "Lotería del Amor", "lotería del amor",
  "Juego de preguntas románticas por rondas.",
  [("RespuestaIntent", [("resp", "Respuesta")], ["{resp}", "es {resp}", "la respuesta es {resp}"])], [
    ("har", "capturas/loteria.har", [
        L("abre lotería del amor", "Ronda uno: ¿qué flor se regala en San Valentín?", "¿Qué flor?"),
        I("la rosa", "RespuestaIntent", "¡Correcto! Adiós ronda uno. Ronda dos: ¿quién escribió Romeo y Julieta?", "¿Quién escribió Romeo y Julieta?", resp="la rosa"),
        STOP("ya no quiero jugar", "¡Gracias por jugar! Hasta pronto.", None, True)])],
  [], "El 'adiós ronda uno' da paso a una pregunta real con reprompt audible; al parar, la sesión se cierra.",
  types={"Respuesta": ["la rosa", "el girasol", "shakespeare", "cervantes"]}, category="GAMES_AND_TRIVIA", policy=POL.format("loteriaamor")),

C("alexa", "diccionario-de-suenos", "es-MX", "Diccionario de Sueños", "diccionario de sueños",
  "Busca qué significa lo que soñaste.",
  [("BuscarIntent", [("consulta", "AMAZON.SearchQuery")], ["qué significa soñar con {consulta}", "busca el significado de {consulta}", "soñé con {consulta}"])], [
    ("ask-dialog", "dialogo", [
        L("abre diccionario de sueños", "¿Con qué soñaste?", "¿Con qué soñaste?"),
        I("qué significa soñar con serpientes", "BuscarIntent", "Soñar con serpientes habla de cambios y renovación. ¿Otro sueño?", "¿Otro sueño?", consulta="serpientes"),
        STOP("no gracias", "¡Dulces sueños!", None, True, intent="AMAZON.NoIntent")])],
  [], "El SearchQuery va detrás de frases con propósito ('qué significa soñar con…'); no es captura libre.",
  category="ASTROLOGY", policy=POL.format("diccionariosuenos")),

C("alexa", "abuela-cuca", "es-MX", "La Abuela Cuca", "abuela cuca",
  "Una abuelita adivina que lee la mano (personaje de humor).",
  [("ManoIntent", [], ["léeme la mano", "mi fortuna", "qué ves"])], [
    ("transcript", "qa/cuca.txt", [
        L("abre abuela cuca", "Ay, mijo. Yo no soy Alexa, soy la Abuela Cuca, un personaje. ¿Te leo la mano?", "¿Te leo la mano?"),
        I("léeme la mano", "ManoIntent", "Veo un viaje y mucho pozole. ¡Cuídate, mijo!", None, True)])],
  [], "Se aclara honestamente que no es Alexa; cierra la sesión tras despedirse.",
  category="GAMES_AND_TRIVIA", policy=POL.format("abuelacuca")),

C("alexa", "eclipses-en-tu-ciudad", "es-MX", "Eclipses en tu Ciudad", "eclipses en mi ciudad",
  "Horarios de eclipses y lluvias de estrellas para tu ubicación.",
  [("ProximoIntent", [], ["cuándo es el próximo eclipse", "próximo eclipse", "lluvia de estrellas"])], [
    ("cloudwatch-text", "logs/eclipses.log", [
        L("abre eclipses en mi ciudad", "Con el código postal de tu dispositivo: el próximo eclipse parcial en tu ciudad será el doce de agosto a las seis y cuarto. ¿Algo más?", "¿Quieres saber de la lluvia de estrellas?"),
        STOP("no", "¡Cielos despejados!", None, True, intent="AMAZON.NoIntent")])],
  [], "Usa el permiso de código postal para su función (horarios locales de eclipses) y tiene aviso de privacidad.",
  perms=["alexa::devices:all:address:country_and_postal_code:read"], category="EDUCATION_AND_REFERENCE", policy=POL.format("eclipses")),

C("alexa", "galleta-astral", "es-MX", "Galleta Astral", "galleta astral",
  "Una galleta de la suerte con mensaje de los astros.",
  [("AbrirIntent", [], ["abre otra", "otra galleta", "dame una"])], [
    ("markdown-qa", "docs/pruebas.md", [
        L("abre galleta astral", "Crack. Tu mensaje: una llamada inesperada te alegrará el día. ¡Nos vemos!", None, True)])],
  [], "Dice su mensaje, se despide y cierra la sesión correctamente.",
  category="GAMES_AND_TRIVIA", policy=POL.format("galletaastral")),
]
