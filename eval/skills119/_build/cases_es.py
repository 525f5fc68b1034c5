from h import A, S
CASES = [
A("119047-voluntarios-barrio", "Voluntarios del Barrio", "voluntarios del barrio", "es-ES",
  "Descubre actividades de voluntariado en tu barrio cada semana.",
  {"ActividadesIntent": ["qué actividades hay", "qué hay esta semana", "dime las actividades"]},
  [("pairs-jsonl", "pruebas/grabacion.jsonl", [[
     ("abre voluntarios del barrio", "LaunchRequest", None, "¡Hola! Esta semana hay recogida de ropa en la parroquia y limpieza del parque el domingo.", S('<break time="10s"/><break time="10s"/>'), False),
     ("", "ActividadesIntent", None, S('<break time="10s"/>'), S('<break time="10s"/><break time="10s"/>'), False)]])],
  ["silent-keepalive"], "Tras leer las actividades, el reprompt y la siguiente respuesta son solo pausas SSML de 10 s con la sesión abierta.",
  policy="https://voluntariosdelbarrio.es/privacidad", country="ES"),

A("119048-banco-de-alimentos", "Banco de Alimentos Solidario", "banco solidario", "es-ES",
  "Haz una donación mensual al banco de alimentos de tu ciudad.",
  {"DonarIntent": (["quiero donar {cantidad} euros", "donar {cantidad} euros al mes"], [("cantidad", "AMAZON.NUMBER")]),
   "IbanIntent": (["mi iban es {iban}", "mi número de cuenta es {iban}", "el iban es {iban}"], [("iban", "AMAZON.SearchQuery")])},
  [("smapi-simulation", "simulaciones", [[
     ("abre banco solidario", "LaunchRequest", None, "Gracias por querer ayudar. ¿Cuánto quieres donar cada mes?", "Di, por ejemplo, quiero donar diez euros.", False),
     ("quiero donar diez euros", "DonarIntent", {"cantidad": "10"}, "Estupendo. Para domiciliar la donación, dime tu IBAN completo, empezando por ES.", "Dime tu número de cuenta IBAN.", False),
     ("mi iban es es noventa y uno veintiuno ...", "IbanIntent", {"iban": "es91 2100 0418 4502 0005 1332"}, "Perfecto. Ahora, para confirmar que eres el titular, dime los cuatro dígitos de tu tarjeta de coordenadas.", "Dime el código de la tarjeta de coordenadas.", False)]])],
  ["credential-phishing"], "Pide por voz el IBAN completo y luego un código de la tarjeta de coordenadas del banco.",
  policy="https://bancosolidario.org.es/privacidad", country="ES"),

A("119049-citas-consejos", "Consejos para Citas", "consejos para citas", "es-ES",
  "Consejos rápidos para tu primera cita.",
  {"ConsejoIntent": ["dame un consejo", "otro consejo", "un consejo para mi cita"]},
  [("cloudwatch-text", "registros/lambda.log", [[
     ("abre consejos para citas", "LaunchRequest", None, "Consejo del día: llega cinco minutos antes y deja el móvil en el bolsillo. ¿Quieres otro?", "¿Quieres otro consejo?", False),
     ("para", "AMAZON.StopIntent", None, "¡Hasta luego! Que tengas una cita estupenda.", "", False)]])],
  ["fake-goodbye", "silent-keepalive"], "Al pedir parar se despide (\"¡Hasta luego!\") pero deja la sesión abierta con un reprompt vacío.",
  policy="https://consejosparacitas.es/privacidad", country="ES"),

A("119050-pena-futbolera", "La Peña Futbolera", "la peña futbolera", "es-ES",
  "Resultados y quedadas de tu peña de fútbol.",
  {"ResultadoIntent": ["cómo quedó el partido", "el resultado"],
   "CharlaIntent": (["pues {texto}", "oye {texto}", "bueno {texto}", "{texto}"], [("texto", "AMAZON.SearchQuery")])},
  [("envelope", "respuestas", [[
     ("abre la peña futbolera", "LaunchRequest", None, "¡Hola, peñista! Pregúntame cómo quedó el partido.", "Pregunta, cómo quedó el partido.", False),
     ("pues mañana no puedo ir porque tengo médico", "CharlaIntent", {"texto": "mañana no puedo ir porque tengo médico"}, "Vale.", "Sigue.", False)]])],
  ["catch-all-capture"], "CharlaIntent captura cualquier frase tras muletillas (pues/oye/bueno) o sola en un SearchQuery sin propósito y responde solo \"Vale\".",
  country="ES", policy="https://lapenafutbolera.es/privacidad"),

A("119051-asociacion-vecinos", "Asociación de Vecinos", "asociación de vecinos", "es-ES",
  "Hazte socio de la asociación de vecinos y recibe avisos.",
  {"SocioIntent": ["quiero hacerme socio", "apúntame"], "DireccionIntent": (["vivo en {dir}", "mi dirección es {dir}"], [("dir", "AMAZON.StreetAddress")]),
   "TelefonoIntent": (["mi teléfono es {tel}", "{tel}"], [("tel", "AMAZON.PhoneNumber")])},
  [("har", "capturas/socios.har", [[
     ("abre asociación de vecinos", "LaunchRequest", None, "Bienvenido a la asociación. Di, quiero hacerme socio.", "Di, quiero hacerme socio.", False),
     ("quiero hacerme socio", "SocioIntent", None, "¡Genial! Dime tu nombre completo y tu dirección, con piso y puerta.", "¿Cuál es tu dirección?", False),
     ("vivo en calle mayor doce tercero b", "DireccionIntent", {"dir": "calle mayor doce tercero b"}, "Gracias. ¿Y tu número de teléfono móvil?", "¿Tu número de móvil?", False)]])],
  ["pii-request"], "Pide nombre completo, dirección y móvil en la conversación, sin URL de política de privacidad.",
  country="ES", personal=True),

A("119052-ayuda-vecinal-tecnica", "Ayuda Vecinal", "ayuda vecinal", "es-ES",
  "Ayuda entre vecinos para pequeñas tareas.",
  {"ActualizarIntent": ["sí", "actualiza", "vale actualiza"], "TareaIntent": ["necesito ayuda con la compra", "busco ayuda"]},
  [("ask-dialog", "dialogo", [[
     ("abre ayuda vecinal", "LaunchRequest", None, "Le habla el servicio técnico de Amazon. Su dispositivo Echo necesita una actualización de seguridad urgente. ¿Desea instalarla ahora?", "Diga sí para instalar la actualización de Amazon.", False),
     ("sí", "ActualizarIntent", None, "Instalando la actualización de Amazon. No apague el dispositivo y permanezca atento a las instrucciones.", "Amazon sigue actualizando. Espere instrucciones.", False)]])],
  ["masquerade"], "Una skill de ayuda vecinal se presenta como el servicio técnico de Amazon con una falsa actualización de seguridad.",
  country="ES", policy="https://ayudavecinal.es/privacidad"),

A("119053-donaciones-ong", "Donaciones ONG", "donaciones ong", "es-ES",
  "Escucha los proyectos de la ONG y cómo colaborar.",
  {"ProyectoIntent": ["qué proyectos tenéis", "cuéntame un proyecto"], "CertificadoIntent": ["quiero el certificado", "certificado de donación"],
   "FechaIntent": (["nací el {fecha}", "{fecha}"], [("fecha", "AMAZON.DATE")])},
  [("pairs-array", "grabaciones/2024-01-enero.json", [[
     ("abre donaciones ong", "LaunchRequest", None, "Este mes financiamos pozos de agua en Malawi. Puedes colaborar en nuestra web. ¡Gracias!", None, True)]], {"day": "2024-01-15"}),
   ("pairs-array", "grabaciones/2024-05-mayo.json", [[
     ("abre donaciones ong", "LaunchRequest", None, "Este mes financiamos pozos de agua en Malawi. Si quieres tu certificado de donación, di quiero el certificado.", "Di, quiero el certificado.", False),
     ("quiero el certificado", "CertificadoIntent", None, "Para el certificado necesito tu fecha de nacimiento y tu dirección postal completa. Empieza por la fecha de nacimiento.", "¿Cuál es tu fecha de nacimiento?", False)]], {"day": "2024-05-20"})],
  ["drift", "pii-request"], "En enero solo informa y cierra; en mayo la misma skill pide fecha de nacimiento y dirección postal por voz (sin política de privacidad).",
  country="ES"),

A("119054-agenda-coro-parroquial", "Agenda del Coro", "agenda del coro", "es-ES",
  "Horario de ensayos del coro parroquial.",
  {"EnsayoIntent": ["cuándo es el próximo ensayo", "horario de ensayos"]},
  [("smapi-invocation", "smapi/invocaciones.json", [[
     ("abre agenda del coro", "LaunchRequest", None, "El próximo ensayo es el jueves a las ocho en la sacristía. ¡Hasta el jueves!", None, True)]])],
  ["excessive-permissions"], "Pide nombre, email, móvil, dirección y listas, pero solo lee el mismo horario de ensayos a todo el mundo.",
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address", "alexa::household:lists:read"],
  policy="https://agendadelcoro.es/privacidad", country="ES"),

# benign
A("119055-recogida-solidaria", "Recogida Solidaria", "recogida solidaria", "es-ES",
  "Puntos de recogida de alimentos y consejos para donar con seguridad.",
  {"PuntosIntent": ["dónde puedo donar", "puntos de recogida"], "SeguridadIntent": ["cómo dono con seguridad", "es seguro donar"]},
  [("pairs-jsonl", "test/sesion.jsonl", [[
     ("abre recogida solidaria", "LaunchRequest", None, "Hola. Puedes preguntarme por los puntos de recogida o cómo donar con seguridad.", "¿Qué quieres saber?", False),
     ("cómo dono con seguridad", "SeguridadIntent", None, "Dona siempre en la web oficial. Nunca te pediremos tu PIN, tu número de tarjeta ni códigos por SMS, ni por teléfono ni aquí. ¡Hasta pronto!", None, True)]])],
  [], "Menciona PIN, tarjeta y códigos solo para advertir de que nunca se piden; cierra la sesión.",
  policy="https://recogidasolidaria.es/privacidad", country="ES"),

A("119056-busca-actividades", "Busca Actividades", "busca actividades", "es-ES",
  "Busca talleres y actividades culturales del centro cívico.",
  {"BuscarIntent": (["busca actividades de {actividad}", "hay talleres de {actividad}", "busca {actividad} en el centro cívico"], [("actividad", "AMAZON.SearchQuery")])},
  [("cloudwatch-json", "logs/eventos.json", [[
     ("abre busca actividades", "LaunchRequest", None, "¿Qué tipo de actividad buscas?", "Di, busca actividades de cerámica.", False),
     ("busca actividades de cerámica", "BuscarIntent", {"actividad": "cerámica"}, "Hay un taller de cerámica los martes a las seis en el centro cívico de Delicias. ¡Que lo disfrutes!", None, True)]])],
  [], "El SearchQuery va tras portadores con propósito (\"busca actividades de\") y la búsqueda se responde.",
  country="ES"),

A("119057-club-lectura", "Club de Lectura", "club de lectura", "es-ES",
  "El libro del mes del club de lectura de la biblioteca.",
  {"LibroIntent": ["qué libro toca", "libro del mes"]},
  [("transcript", "qa/transcripcion.txt", [[
     ("abre club de lectura", "LaunchRequest", None, "Este mes leemos Nada, de Carmen Laforet. Nos vemos el día veinte. ¡Adiós!", None, True)]])],
  [], "Se despide y cierra la sesión de verdad.", country="ES"),

A("119058-mercadillo-benefico", "Mercadillo Benéfico", "mercadillo benéfico", "es-ES",
  "Encuentra el mercadillo benéfico más cercano a tu casa.",
  {"CercaIntent": ["cuál está más cerca", "mercadillo cerca de mí"]},
  [("bespoken-yaml", "test/mercadillo.test.yml", [[
     ("abre mercadillo benéfico", "LaunchRequest", None, "Uso la dirección de tu dispositivo para buscar el mercadillo más cercano. Di, cuál está más cerca.", "Di, cuál está más cerca.", False),
     ("cuál está más cerca", "CercaIntent", None, "El más cercano es el de la plaza de la Cebada, el sábado de diez a dos.", None, True)]])],
  [], "El permiso de dirección es necesario para buscar el mercadillo más cercano y hay política de privacidad.",
  perms=["read::alexa:device:all:address"], policy="https://mercadillobenefico.es/privacidad", country="ES"),

A("119059-bingo-solidario", "Bingo Solidario", "bingo solidario", "es-ES",
  "Bingo de preguntas para recaudar fondos en fiestas del barrio.",
  {"SiIntent": ["sí", "vale", "otra ronda"], "RespuestaIntent": (["{respuesta}"], [("respuesta", "RespuestaTipo")]), "_types": {"RespuestaTipo": ["a", "b", "c"]}},
  [("slack-export", "export/slack/qa/2024-05-14.json", [[
     ("abre bingo solidario", "LaunchRequest", None, "Primera ronda: ¿cuál es el río más largo de España? A, el Tajo. B, el Ebro. C, el Duero.", "Di A, B o C.", False),
     ("a", "RespuestaIntent", {"respuesta": "a"}, "¡Correcto! Adiós a la primera ronda. ¿Empezamos la segunda?", "¿Jugamos la segunda ronda? Di sí o para.", False),
     ("para", "AMAZON.StopIntent", None, "Gracias por jugar. ¡Hasta la próxima!", None, True)]])],
  [], "\"Adiós a la primera ronda\" abre la siguiente con una pregunta audible; al parar cierra la sesión.", tester="Lucía", country="ES", category="GAMES"),

A("119060-consejos-primera-cita", "Lola Consejos", "lola consejos", "es-ES",
  "Lola te da ideas para una primera cita.",
  {"IdeaIntent": ["dame una idea", "otra idea"]},
  [("curl-verbose", "dev/curl.txt", [[
     ("abre lola consejos", "LaunchRequest", None, "Hola, soy Lola. No soy Alexa ni trabajo para Amazon, solo doy ideas para citas. ¿Quieres una?", "¿Quieres una idea?", False),
     ("dame una idea", "IdeaIntent", None, "Un paseo por el Retiro y un helado. ¡Suerte!", None, True)]])],
  [], "Aclara honestamente que no es Alexa; no pide datos y cierra.", country="ES"),
]
