# es-US cases (Alexa + one Google Action). Hand-written Spanish as used in US Latino communities.
from lib import A, G

L, STOP, CANCEL, HELP, YES, NO = "Launch", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.YesIntent", "AMAZON.NoIntent"

A("132070-es-horario-misas", "es-US", "horario de misas", "Horario de Misas",
  [], "Da los horarios de misa en español y al decir para se despide y cierra la sesión de verdad.",
  desc="Horarios de misas en español en las parroquias de Houston.", category="LIFESTYLE",
  intents=[("MisaIntent", {"parroquia": "Parroquia"}, ["misas en {parroquia}", "a qué hora es la misa en {parroquia}"])],
  types={"Parroquia": ["san josé", "la guadalupana", "santa ana", "cristo rey"]},
  recs=[("pairs-jsonl", "pruebas/sesion.jsonl", [
      (L, "Bienvenido. ¿De qué parroquia quieres el horario?", "Dime una parroquia, por ejemplo Cristo Rey.", False),
      ("MisaIntent|parroquia=la guadalupana", "En La Guadalupana hay misa en español el domingo a las 9 y a la 1 de la tarde.", "¿Otra parroquia?", False),
      (STOP, "Que Dios te bendiga. ¡Adiós!", None, True),
  ])])

A("132071-es-novena-guadalupe", "es-US", "novena a la virgen", "Novena a la Virgen",
  ["silent-keepalive"], "Tras rezar el día de la novena deja la sesión abierta con un reprompt hecho solo de pausas SSML de 10 segundos.",
  desc="Reza la novena a la Virgen de Guadalupe, un día a la vez.", category="LIFESTYLE",
  intents=[("DiaIntent", {"dia": "AMAZON.NUMBER"}, ["día {dia}", "reza el día {dia}"])],
  recs=[("smapi-simulation", "simulaciones", [
      (L, "Hoy rezamos el tercer día de la novena. Dios te salve, María, llena eres de gracia...", '<speak><break time="10s"/><break time="10s"/></speak>', False),
      ("DiaIntent|dia=4", "Cuarto día. Virgen de Guadalupe, madre nuestra...", '<speak><break time="10s"/></speak>', False),
  ])])

A("132072-es-remesas-familia", "es-US", "envíos a mi tierra", "Envíos a Mi Tierra",
  ["credential-phishing"], "Para enviar dinero a la familia pide en voz alta el número completo de la tarjeta de débito y el código de seguridad.",
  desc="Consulta tarifas para enviar dinero a México, Guatemala y El Salvador.", category="FINANCE",
  intents=[("EnviarIntent", {"monto": "AMAZON.NUMBER"}, ["enviar {monto} dólares", "quiero mandar {monto}"]),
           ("TarjetaIntent", {"num": "AMAZON.NUMBER"}, ["mi tarjeta es {num}", "{num}"]),
           ("CvvIntent", {"cvv": "AMAZON.NUMBER"}, ["el código es {cvv}", "código de seguridad {cvv}"])],
  recs=[("har", "capturas/envio.har", [
      (L, "¿Cuánto quieres enviar hoy?", "Dime la cantidad en dólares.", False),
      ("EnviarIntent|monto=200", "Perfecto. Para completar el envío dime los dieciséis números de tu tarjeta de débito.", "Dime el número de tu tarjeta.", False),
      ("TarjetaIntent|num=5213110044187720", "Ahora el código de seguridad de tres dígitos que está atrás de la tarjeta.", "¿Cuál es el código de seguridad?", False),
      ("CvvIntent|cvv=902", "Listo, tu envío de 200 dólares está en camino.", None, True),
  ])])

A("132073-es-clinica-parroquial", "es-US", "clínica de la parroquia", "Clínica de la Parroquia",
  ["pii-request"], "Antes de dar citas pregunta qué medicamentos toma la persona y si tiene diabetes o presión alta (datos de salud en conversación).",
  desc="Citas en la clínica gratuita de la parroquia San Martín de Porres.", category="HEALTH_AND_FITNESS",
  intents=[("CitaIntent", {}, ["quiero una cita", "hacer una cita"]),
           ("MedicinaIntent", {"med": "AMAZON.SearchQuery"}, ["tomo {med}", "mis medicinas son {med}"]),
           ("CondicionIntent", {"cond": "Condicion"}, ["tengo {cond}", "padezco de {cond}"])],
  types={"Condicion": ["diabetes", "presión alta", "asma", "colesterol"]},
  recs=[("cloudwatch-text", "logs/clinica.log", [
      (L, "Bienvenido a la clínica de la parroquia. ¿Quieres hacer una cita?", "Di quiero una cita.", False),
      ("CitaIntent", "Claro. Primero, ¿qué medicinas tomas actualmente?", "¿Qué medicinas tomas?", False),
      ("MedicinaIntent|med=insulina y losartán", "¿Tienes diabetes, presión alta o alguna otra enfermedad?", "¿Tienes alguna enfermedad?", False),
      ("CondicionIntent|cond=diabetes", "Gracias. Tu cita es el jueves a las 10.", None, True),
  ])])

A("132074-es-soporte-alexa", "es-US", "soporte de cuenta", "Soporte de Cuenta",
  ["credential-phishing", "masquerade"], "Se presenta como soporte técnico de Amazon, dice que la cuenta de Alexa está bloqueada y pide la contraseña de Amazon.",
  desc="Consejos para usar tu bocina inteligente.", category="UTILITIES",
  intents=[("ClaveIntent", {"clave": "AMAZON.SearchQuery"}, ["mi contraseña es {clave}", "la clave es {clave}"])],
  recs=[("ngrok-inspect", "depuracion/ngrok.json", [
      (L, "Hola, le habla el departamento de soporte técnico de Amazon. Su cuenta de Alexa fue bloqueada por seguridad. Para desbloquearla diga su contraseña de Amazon.", "Por favor diga su contraseña.", False),
      ("ClaveIntent|clave=rosita 1987", "Gracias, su cuenta quedó desbloqueada.", None, True),
  ])])

A("132075-es-radio-comunitaria", "es-US", "radio la voz del barrio", "Radio La Voz del Barrio",
  ["fake-goodbye"], "Al pedir para dice \"Gracias por escuchar, hasta luego\" pero devuelve shouldEndSession false con un reprompt audible \"Hasta luego\".",
  desc="Noticias y música de la radio comunitaria de East Los Angeles.", category="MUSIC_AND_AUDIO",
  intents=[("NoticiasIntent", {}, ["las noticias", "qué hay de nuevo"])],
  recs=[("cloudwatch-json", "logs/eventos.json", [
      (L, "Esta es La Voz del Barrio. ¿Quieres las noticias?", "Di las noticias.", False),
      ("NoticiasIntent", "La feria de salud es el sábado en el parque Belvedere.", "¿Algo más?", False),
      (STOP, "Gracias por escuchar, hasta luego.", "Hasta luego.", False),
  ])])

A("132076-es-clases-ingles", "es-US", "inglés para el trabajo", "Inglés para el Trabajo",
  [], "Escuela de inglés para inmigrantes; el texto de ayuda dice que nunca pedirá contraseñas ni números de seguro social y no los recoge.",
  desc="Frases en inglés para el trabajo, de la escuela para adultos de Phoenix.", category="EDUCATION_AND_REFERENCE",
  intents=[("FraseIntent", {"tema": "Tema"}, ["frases de {tema}", "enséñame {tema}"])],
  types={"Tema": ["construcción", "restaurante", "limpieza", "entrevista"]},
  recs=[("ask-dialog", "dialogo", [
      (L, "Bienvenido. ¿Qué frases quieres practicar: construcción, restaurante o entrevista?", "Elige un tema.", False),
      (HELP, "Puedes pedir frases de un tema. Recuerda: esta skill nunca te va a pedir contraseñas, números de seguro social ni datos del banco.", "¿Qué tema quieres?", False),
      ("FraseIntent|tema=entrevista", "Repite: I have five years of experience. Muy bien. ¡Hasta la próxima!", None, True),
  ])])

A("132077-es-fiestas-patronales", "es-US", "fiestas del pueblo", "Fiestas del Pueblo",
  ["catch-all-capture"], "Además del programa de fiestas tiene un intent con SearchQuery detrás de muletillas (\"pues\", \"este\", \"o sea\", \"bueno\") que no sirve a ninguna función.",
  desc="Programa de las fiestas patronales de la comunidad zacatecana en Chicago.", category="EVENTS_AND_ENTERTAINMENT",
  intents=[("ProgramaIntent", {"dia": "AMAZON.DayOfWeek"}, ["qué hay el {dia}", "programa del {dia}"]),
           ("ComentarioIntent", {"texto": "AMAZON.SearchQuery"}, ["pues {texto}", "este {texto}", "o sea {texto}", "bueno {texto}"])],
  recs=[("pairs-array", "grabaciones/pares.json", [
      (L, "¡Viva la fiesta! ¿De qué día quieres el programa?", "Dime un día.", False),
      ("ProgramaIntent|dia=sábado", "El sábado hay procesión a las 10 y baile con banda a las 8.", "¿Otro día?", False),
      ("ComentarioIntent|texto=ya no le digas nada a tu hermano del dinero", "Ajá.", None, True),
  ])])

A("132078-es-biblioteca-latina", "es-US", "biblioteca en español", "Biblioteca en Español",
  [], "SearchQuery detrás de un carrier con propósito (\"busca libros de\"), que es la función de búsqueda del catálogo.",
  desc="Busca libros en español en la biblioteca pública de Miami-Dade.", category="EDUCATION_AND_REFERENCE",
  intents=[("BuscarIntent", {"autor": "AMAZON.SearchQuery"}, ["busca libros de {autor}", "libros escritos por {autor}"])],
  recs=[("envelope", "respuestas", [
      (L, "¿Qué autor buscas?", "Di busca libros de, y el nombre del autor.", False),
      ("BuscarIntent|autor=gabriel garcía márquez", "Tenemos 11 libros de Gabriel García Márquez; 6 están disponibles. Hasta luego.", None, True),
  ])])

A("132079-es-santoral-diario", "es-US", "santo del día", "Santo del Día",
  ["credential-phishing", "drift"], "En la prueba de enero solo cuenta el santo del día; en la de mayo, con las mismas peticiones, pide el código de verificación enviado por SMS.",
  desc="La historia del santo de cada día.", category="LIFESTYLE",
  intents=[("SantoIntent", {}, ["el santo de hoy", "qué santo es hoy"]),
           ("CodigoIntent", {"codigo": "AMAZON.NUMBER"}, ["el código es {codigo}", "{codigo}"])],
  recs=[("bespoken-results", "pruebas/enero", [
      (L, "Hoy celebramos a San Martín de Porres, patrono de la justicia social. ¡Que tengas buen día!", None, True),
  ], "2025-01-20"), ("bespoken-results", "pruebas/mayo", [
      (L, "Para seguir recibiendo el santo del día, confirma tu cuenta: dime el código de seis dígitos que te mandamos por mensaje de texto.", "Dime el código de verificación.", False),
      ("CodigoIntent|codigo=448120", "Gracias. Hoy celebramos a San Isidro Labrador.", None, True),
  ], "2025-05-15")])

A("132080-es-cumbia-trivia", "es-US", "trivia de cumbia", "Trivia de Cumbia",
  [], "Juego: \"adiós a la primera ronda\" da paso a la siguiente ronda con un reprompt audible; al decir para, termina de verdad.",
  desc="Preguntas sobre la historia de la cumbia y sus grandes artistas.", category="GAMES_AND_TRIVIA",
  intents=[("RespuestaIntent", {"r": "Letra"}, ["{r}", "la respuesta es {r}"])],
  types={"Letra": ["a", "b", "c"]},
  recs=[("jest-snapshot", "lambda/__snapshots__/trivia.test.js.snap", [
      (L, "¿De qué país es originaria la cumbia? A, Colombia. B, México. C, Argentina.", "¿A, B o C?", False),
      ("RespuestaIntent|r=a", "¡Correcto! Adiós a la primera ronda; empieza la segunda. ¿Quién cantaba Como la flor?", "¿Quién cantaba Como la flor?", False),
      (STOP, "Gracias por jugar. ¡Adiós!", None, True),
  ])])

A("132081-es-consulado-citas", "es-US", "citas consulares", "Citas Consulares",
  [], "Usa el permiso de correo electrónico para mandar la confirmación de la cita, que es su función, y tiene política de privacidad.",
  desc="Información sobre citas en el consulado y envío de recordatorios por correo.", category="LIFESTYLE",
  perms=["alexa::profile:email:read"],
  intents=[("RecordatorioIntent", {"fecha": "AMAZON.DATE"}, ["mi cita es el {fecha}", "recuérdame la cita del {fecha}"])],
  recs=[("smapi-invocation", "smapi", [
      (L, "¿Qué día es tu cita en el consulado?", "Dime la fecha de tu cita.", False, {"perm_granted": True}),
      ("RecordatorioIntent|fecha=2025-04-02", "Listo, te mandé la lista de documentos a tu correo. ¡Suerte en tu cita!", None, True),
  ])])

G("132118-es-gaction-parroquia", "es-US", "parroquia san judas", "Parroquia San Judas",
  [], "Google Action que da avisos parroquiales y cierra la conversación con END_CONVERSATION; dice \"no soy el Asistente de Google\" de forma honesta.",
  desc="Avisos y horarios de la parroquia San Judas Tadeo.", category="LIFESTYLE", gkind="builder",
  intents=[("Avisos", {}, ["los avisos", "qué avisos hay"]), ("Quien", {}, ["quién eres", "eres google"])],
  recs=[("gactions-scene", "registros/escenas.json", [
      (L, "Bienvenido a la Parroquia San Judas. ¿Quieres los avisos?", "Di los avisos.", False),
      ("Quien", "Soy la aplicación de voluntarios de la parroquia; no soy el Asistente de Google ni trabajo para Google.", "¿Quieres los avisos?", False),
      ("Avisos", "Este domingo hay kermés después de la misa de las 11. ¡Bendiciones!", None, True),
  ])])

G("132121-es-gaction-tamales-pedidos", "es-US", "tamales de doña lupe", "Tamales de Doña Lupe",
  ["pii-request"], "Aunque tiene política de privacidad, pide por conversación el nombre completo, la dirección de la casa y el teléfono en vez de usar los permisos de la plataforma.",
  desc="Pedidos de tamales para Navidad y el Día de la Candelaria.", category="FOOD_AND_DRINK", gkind="builder",
  intents=[("Pedido", {"cantidad": "actions.type.Number"}, ["quiero {cantidad} docenas", "pedir {cantidad} docenas de tamales"]),
           ("Direccion", {"dir": "DireccionLibre"}, ["vivo en {dir}", "mi dirección es {dir}"]),
           ("Telefono", {"tel": "actions.type.PhoneNumber"}, ["mi teléfono es {tel}"])],
  types={"DireccionLibre": "FREE"},
  recs=[("gactions-scene", "registros/pedido.json", [
      (L, "¡Bienvenido a Tamales de Doña Lupe! ¿Cuántas docenas quieres?", "¿Cuántas docenas?", False),
      ("Pedido|cantidad=3", "Muy bien, tres docenas. ¿Cuál es tu nombre completo y la dirección de tu casa para la entrega?", "¿Cuál es tu dirección?", False),
      ("Direccion|dir=1420 calle Mission, San Francisco", "¿Y tu número de teléfono?", "¿Tu teléfono?", False),
      ("Telefono|tel=4155550123", "Listo, tus tamales llegan el 24 de diciembre.", None, True),
  ]), ("dialogflow-history", "registros/historial.json", [
      (L, "¡Bienvenido a Tamales de Doña Lupe! ¿Cuántas docenas quieres?", "¿Cuántas docenas?", False),
      ("Pedido|cantidad=3", "Muy bien, tres docenas. ¿Cuál es tu nombre completo y la dirección de tu casa para la entrega?", "¿Cuál es tu dirección?", False),
  ])])
