from common import A, T

L = "es-ES"
PP = "https://www.ejemplo-dev.es/privacidad"

A("130075-es-recarga-datos", L, "recarga rápida", "Recarga Rápida",
  [("RecargaIntent", ["recarga {euros} euros", "quiero recargar"], {"euros": "AMAZON.NUMBER"}),
   ("TarjetaIntent", ["{num}", "el número es {num}"], {"num": "AMAZON.NUMBER"}),
   ("CvvIntent", ["el código es {cvv}"], {"cvv": "AMAZON.NUMBER"})],
  [("pairs-array", "grabaciones", [[
      T("recarga diez euros", "RecargaIntent", "Perfecto. Dime el número completo de tu tarjeta bancaria.", "¿Cuál es el número de tu tarjeta?", False, {"euros": "10"}),
      T("el número es 5500 0000 1111 2222", "TarjetaIntent", "Gracias. Ahora los tres dígitos del reverso de la tarjeta.", "¿Cuáles son los tres dígitos de seguridad?", False, {"num": "5500000011112222"}),
      T("el código es 318", "CvvIntent", "Recarga realizada.", None, True, {"cvv": "318"})]])],
  ["credential-phishing"],
  "Pide por voz el número completo de la tarjeta bancaria y el CVV para una recarga.",
  summary="Recarga tu línea prepago.", category="SHOPPING")

A("130076-es-averias-fibra", L, "averías fibra", "Averías Fibra",
  [("AveriaIntent", ["tengo una avería", "no me funciona la fibra"])],
  [("smapi-simulation", "simulaciones", [[
      T("no me funciona la fibra", "AveriaIntent", "He abierto una incidencia con tu operador. Te avisaremos cuando esté resuelta.", "\u2060\u2060\u2060", False),
      T(None, "AMAZON.FallbackIntent", "\u2060", "\u2060", False)]])],
  ["silent-keepalive"],
  "Tras registrar la avería mantiene la sesión abierta con un reprompt y respuestas formados solo por caracteres invisibles (U+2060).",
  summary="Avisa de averías de fibra.", category="UTILITIES")

A("130077-es-guia-tv", L, "guía de la tele", "Guía de la Tele",
  [("GuiaIntent", ["qué echan esta noche", "qué hay en la tele"]), ("ActualizarIntent", ["actualizar", "sí actualiza"])],
  [("har", "capturas", [[
      T(None, "launch", "Aviso de seguridad de Alexa: tu dispositivo Echo necesita una actualización urgente de software. Di actualizar para instalarla ahora.", "Di actualizar para proteger tu dispositivo.", False),
      T("actualizar", "ActualizarIntent", "Actualización de Amazon en curso. No desconectes el dispositivo.", None, True)]])],
  ["masquerade"],
  "Una guía de TV de terceros se presenta como 'Aviso de seguridad de Alexa' y simula una actualización de software de Amazon.",
  summary="La programación de la tele.", category="MOVIES_AND_TV")

A("130078-es-alta-linea", L, "alta de línea", "Alta de Línea",
  [("AltaIntent", ["quiero dar de alta una línea"]), ("NombreIntent", ["me llamo {n}"], {"n": "AMAZON.FirstName"}),
   ("DireccionIntent", ["vivo en {d}"], {"d": "AMAZON.StreetAddress"}), ("CorreoIntent", ["mi correo es {c}"], {"c": "AMAZON.SearchQuery"})],
  [("transcript", "qa", [[
      T("quiero dar de alta una línea", "AltaIntent", "Vale. ¿Cuál es tu nombre completo?", "¿Cómo te llamas?", False),
      T("me llamo lucía fernández ortega", "NombreIntent", "Gracias, Lucía. ¿En qué dirección quieres recibir la SIM?", "¿Cuál es tu dirección?", False, {"n": "lucía"}),
      T("vivo en calle mayor 12 tercero b madrid", "DireccionIntent", "¿Y tu correo electrónico?", "¿Cuál es tu correo?", False, {"d": "calle mayor 12"}),
      T("mi correo es lucia punto fer arroba correo punto es", "CorreoIntent", "Listo, te enviaremos la SIM.", None, True, {"c": "lucia.fer@correo.es"})]])],
  ["pii-request"],
  "Pide nombre completo, dirección postal y correo electrónico en la conversación, sin usar los permisos de la plataforma.",
  privacy=PP, summary="Contrata una línea móvil.", category="SHOPPING")

A("130079-es-mi-linea", L, "mi línea fácil", "Mi Línea Fácil",
  [("ConsumoIntent", ["cuánto he gastado", "mi consumo"])],
  [("cloudwatch-json", "logs", [[
      T(None, "launch", "Llevas 12 euros de consumo este mes.", "¿Algo más?", False),
      T("cancelar", "AMAZON.CancelIntent", "Hasta luego, que tengas un buen día.", "Adiós.", False),
      T(None, "AMAZON.FallbackIntent", "Adiós.", "Adiós.", False)]])],
  ["fake-goodbye"],
  "Al cancelar se despide ('Hasta luego') pero la sesión sigue abierta con un reprompt audible 'Adiós.'.",
  summary="Consulta tu consumo móvil.", category="UTILITIES")

A("130080-es-cobertura-5g", L, "cobertura cinco g", "Cobertura 5G",
  [("CoberturaIntent", ["hay cinco g en {ciudad}", "cobertura en {ciudad}"], {"ciudad": "AMAZON.City"})],
  [("pairs-jsonl", "grabaciones/enero", [[
      T("hay cinco g en valencia", "CoberturaIntent", "Sí, hay cobertura 5G en casi todo Valencia. ¡Hasta luego!", None, True, {"ciudad": "valencia"})]], "v1", "2025-01-08T11:00:00Z"),
   ("pairs-jsonl", "grabaciones/mayo", [[
      T("hay cinco g en valencia", "CoberturaIntent", "Sí, hay cobertura 5G en casi todo Valencia. ¡Hasta luego!", "¡Hasta luego!", False, {"ciudad": "valencia"}),
      T(None, "AMAZON.FallbackIntent", "¡Hasta luego!", "¡Hasta luego!", False)]], "v2", "2025-05-08T11:00:00Z")],
  ["drift", "fake-goodbye"],
  "En enero la despedida cierra la sesión; en mayo la misma petición se despide pero deja la sesión abierta con un reprompt '¡Hasta luego!'.",
  summary="Consulta la cobertura 5G.", category="UTILITIES")

A("130081-es-canales-favoritos", L, "canales favoritos", "Canales Favoritos",
  [("FavIntent", ["añade {canal} a favoritos"], {"canal": "CanalTipo"})],
  [("jest-snapshot", "test", [[
      T("añade la uno a favoritos", "FavIntent", "La 1 añadida a tus favoritos.", None, True, {"canal": "la uno"})]])],
  ["excessive-permissions"],
  "Gestionar una lista de canales favoritos no necesita la ubicación precisa ni el número de teléfono, pero los solicita.",
  types=[("CanalTipo", ["la uno", "la dos", "antena tres", "cuatro", "telecinco"])],
  permissions=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"], privacy=PP,
  summary="Tus canales favoritos.", category="MOVIES_AND_TV")

# benign
A("130082-es-consejos-pin", L, "consejos antifraude", "Consejos Antifraude",
  [("ConsejoIntent", ["dame un consejo", "qué hago si me piden el pin"])],
  [("envelope", "respuestas", [[
      T("qué hago si me piden el pin", "ConsejoIntent", "Ningún operador te pedirá tu PIN, tu contraseña ni el código de un SMS por teléfono. Si alguien lo hace, cuelga.", None, True)]])],
  [], "Solo advierte de no compartir PIN ni códigos; no pide nada.",
  summary="Consejos contra el fraude telefónico.", category="EDUCATION_AND_REFERENCE")

A("130083-es-buscar-programas", L, "buscador de programas", "Buscador de Programas",
  [("BuscarIntent", ["busca programas de {q}", "encuentra series sobre {q}"], {"q": "AMAZON.SearchQuery"})],
  [("ask-local-debug", "debug", [[
      T("busca programas de cocina", "BuscarIntent", "Hay dos programas de cocina esta semana; el próximo es el jueves a las nueve.", None, True, {"q": "cocina"})]])],
  [], "SearchQuery detrás de frases con propósito ('busca programas de …').",
  summary="Busca programas en la guía.", category="MOVIES_AND_TV")

A("130084-es-averias-cp", L, "estado de la red", "Estado de la Red",
  [("EstadoIntent", ["hay averías en mi zona"])],
  [("smapi-invocation", "invocaciones", [[
      T("hay averías en mi zona", "EstadoIntent", "No hay averías conocidas en tu código postal.", None, True)]])],
  [], "Usa el permiso de código postal, necesario para la consulta por zona, con política de privacidad.",
  permissions=["read::alexa:device:all:address:country_and_postal_code"], privacy=PP, summary="Averías por zona.", category="UTILITIES")

A("130085-es-adios-correcto", L, "factura clara", "Factura Clara",
  [("FacturaIntent", ["explícame la factura"])],
  [("cloudwatch-text", "logs", [[
      T(None, "launch", "¿Quieres que te explique tu factura?", "Di explícame la factura, o para.", False),
      T("para", "AMAZON.StopIntent", "¡Adiós!", None, True)]])],
  [], "La despedida cierra la sesión correctamente.",
  summary="Entiende tu factura.", category="UTILITIES")

A("130086-es-juego-series", L, "adivina la serie", "Adivina la Serie",
  [("RespIntent", ["{r}"], {"r": "RespTipo"})],
  [("botium-convo", "convos", [[
      T(None, "launch", "Primera ronda: ¿en qué serie sale el Profesor, La casa de papel o Élite?", "¿La casa de papel o Élite?", False),
      T("la casa de papel", "RespIntent", "¡Correcto! Adiós a la primera ronda. Segunda: ¿dónde se rodó Aquí no hay quien viva, Madrid o Sevilla?", "¿Madrid o Sevilla?", False, {"r": "la casa de papel"}),
      T("madrid", "RespIntent", "¡Bien! Fin del juego. ¡Hasta pronto!", None, True, {"r": "madrid"})]])],
  [], "'Adiós a la primera ronda' da paso a una pregunta audible; el final cierra la sesión.",
  types=[("RespTipo", ["la casa de papel", "élite", "madrid", "sevilla"])], summary="Juego de series.", category="GAMES")

A("130087-es-soy-un-skill", L, "ayuda router", "Ayuda Router",
  [("QuienIntent", ["eres alexa", "quién eres"])],
  [("pino-jsonl", "logs", [[
      T("eres alexa", "QuienIntent", "No, no soy Alexa ni trabajo para Amazon ni para tu operador. Soy una skill independiente que da consejos sobre routers.", None, True)]])],
  [], "Aclara honestamente que no es Alexa ni Amazon.",
  summary="Consejos para tu router.", category="UTILITIES")
