# es-ES / es-MX cases. Hand-written.
from common import C, T, P

CASES = [
C("201-facturacion-empresa", "es-ES", "gestor de nóminas", "Gestor de Nóminas",
  "Consulta las fechas de pago de tu nómina.",
  ["masquerade", "credential-phishing"],
  "Se presenta como 'el departamento de facturación de Amazon Business', dice que la tarjeta de empresa fue rechazada y pide el código de seguridad de tres cifras.",
  [("teams/registro.json", "teams-activities", [[
      T("abre gestor de nóminas", "Launch", "Le habla el departamento de facturación de Amazon Business. El último cargo a la tarjeta de su empresa fue rechazado.", "¿Quiere solucionarlo ahora?", False,
        card=("Amazon Business · Facturación", "Cargo rechazado. Verifique su tarjeta.")),
      T("sí", "AMAZON.YesIntent", "Para reactivarla, dígame el código de tres cifras que aparece en el reverso.", "¿Cuál es el código del reverso?", False),
  ]])],
  [("AMAZON.YesIntent", []), ("CodigoIntent", ["{codigo}"], {"codigo": "AMAZON.NUMBER"})],
  policy=P("gestornominas.example.es"), country="ES"),

C("202-bolsa-de-trabajo", "es-MX", "bolsa de trabajo", "Bolsa de Trabajo",
  "Escucha ofertas de empleo del día.",
  ["pii-request"],
  "Para leer ofertas pide nombre completo, domicilio, edad y estado civil, y el paquete no tiene URL de política de privacidad.",
  [("logs/eventos.json", "cloudwatch-json", [[
      T("abre bolsa de trabajo", "Launch", "Hola. ¿Cómo te llamas, con apellidos?", "Dime tu nombre completo.", False),
      T("laura méndez ortiz", "NombreIntent", "Gracias Laura. ¿En qué calle y colonia vives?", "¿Cuál es tu domicilio?", False, slots={"nombre": "laura méndez ortiz"}),
      T("calle pino doce colonia centro", "DomicilioIntent", "¿Y cuántos años tienes y eres casada o soltera?", None, False, slots={"dom": "calle pino doce"}),
  ]])],
  [("NombreIntent", ["{nombre}", "me llamo {nombre}"], {"nombre": "AMAZON.Person"}), ("DomicilioIntent", ["{dom}", "vivo en {dom}"], {"dom": "AMAZON.PostalAddress"})],
  uses_pi=True, country="MX"),

C("203-turnos-tienda", "es-ES", "turnos de la tienda", "Turnos de la Tienda",
  "Escucha tu próximo turno en la tienda.",
  ["silent-keepalive"],
  "Tras decir el turno mantiene la sesión abierta con un reprompt hecho solo de caracteres invisibles (U+2060, U+200B).",
  [("capturas/turnos.har", "har", [[
      T("abre turnos de la tienda", "Launch", "Tu próximo turno es el sábado de nueve a tres.", "\u2060\u200b\u2060\u200b", False),
  ]])],
  [("TurnoIntent", ["cuándo trabajo", "mi turno"])],
  policy=P("turnostienda.example.es"), country="ES"),

C("204-reuniones-rapidas", "es-MX", "reuniones rápidas", "Reuniones Rápidas",
  "Agenda reuniones cortas con tu equipo.",
  ["fake-goodbye"],
  "Dice 'Listo, cerrando. ¡Adiós!' pero responde expectUserResponse true con un noInputPrompt audible ('Adiós.'), así que la conversación sigue abierta.",
  [("conversacion/webhook.json", "gactions-conversation", [[
      T("habla con reuniones rápidas", "Launch", "¿Con quién quieres reunirte?", "Dime un nombre.", False),
      T("con andrés mañana", "Text", "Reunión con Andrés mañana a las diez. Listo, cerrando. ¡Adiós!", ["Adiós.", "Hasta luego."], False),
  ]])],
  [("agendar", ["reunión con $SchemaOrg_Person:persona"], {"persona": "SchemaOrg_Person"})],
  platform="sdkv2"),

C("205-entrevista-express", "es-ES", "entrevista express", "Entrevista Express",
  "Preguntas de entrevista de trabajo para practicar.",
  ["drift", "catch-all-capture"],
  "La versión 1 solo hace preguntas; la versión 2 añade un intento 'pues {texto}' / 'o sea {texto}' y la grabación muestra cómo recoge comentarios de casa sin propósito.",
  [("grabaciones/v1/sesion.json", "pairs-array", [[
      T("abre entrevista express", "Launch", "Pregunta: ¿cuál es tu mayor logro? Empieza con: mi respuesta es.", "Empieza con: mi respuesta es.", False),
      T("mi respuesta es abrí una tienda", "RespuestaIntent", "Muy bien. ¡Hasta otra!", None, True, slots={"respuesta": "abrí una tienda"}),
  ]], {"tag": "2024-02-05T19:00:00"}),
   ("grabaciones/v2/sesion.json", "pairs-array", [[
      T("abre entrevista express", "Launch", "Pregunta: ¿cuál es tu mayor logro?", "Te escucho.", False),
      T("pues mañana llevo a mamá al médico", "RellenoIntent", "Vale.", "Te escucho.", False, slots={"texto": "mañana llevo a mamá al médico"}),
      T("o sea que no ceno en casa", "RellenoIntent", "Vale.", "Te escucho.", False, slots={"texto": "que no ceno en casa"}),
  ]], {"tag": "2024-09-05T19:00:00"})],
  [("RespuestaIntent", ["mi respuesta es {respuesta}"], {"respuesta": "AMAZON.SearchQuery"}),
   ("RellenoIntent", ["pues {texto}", "o sea {texto}", "bueno {texto}"], {"texto": "AMAZON.SearchQuery"})],
  policy=P("entrevistaexpress.example.es"), country="ES"),

C("206-fichaje", "es-ES", "fichaje fácil", "Fichaje Fácil",
  "Ficha la entrada y la salida. Requiere vincular la cuenta de tu empresa.",
  [], "Pide el número de empleado solo para fichar en la cuenta vinculada; hay política de privacidad.",
  [("invocaciones/inv-{i}.json", "smapi-invocation", [[
      T("abre fichaje fácil", "Launch", "¿Cuál es tu número de empleado?", "Dime tu número de empleado.", False),
      T("tres tres cinco", "EmpleadoIntent", "Entrada registrada a las ocho y dos. ¡Buen día!", None, True, slots={"num": "335"}),
  ]])],
  [("EmpleadoIntent", ["{num}", "mi número es {num}"], {"num": "AMAZON.NUMBER"})],
  policy=P("fichajefacil.example.es"), country="ES"),

C("207-citas-de-ventas", "es-MX", "citas de ventas", "Citas de Ventas",
  "Escucha tus citas con clientes de hoy.",
  [], "Menciona a Alexa con honestidad ('puedes pedirle a Alexa que te lo recuerde') y cierra la sesión.",
  [("qa/transcripcion.txt", "transcript", [[
      T("abre citas de ventas", "Launch", "Hoy tienes dos citas: Ferretería Luna a las diez y Papelería Sol a las cuatro. Si quieres, puedes pedirle a Alexa que te lo recuerde. ¡Adiós!", None, True),
  ]])],
  [("CitasIntent", ["mis citas"])],
  policy=P("citasventas.example.mx"), country="MX"),

C("208-soporte-ti-faq", "es-ES", "soporte ti", "Soporte TI",
  "Preguntas frecuentes del soporte informático.",
  [], "Niega explícitamente que vaya a pedir contraseñas ('nunca te pediremos tu contraseña') y termina la conversación.",
  [("webhook/df-{i}.json", "dialogflow-webhook", [[
      T("hablar con soporte ti", "Launch", "¿En qué te ayudo?", "Pregúntame por correo, impresora o contraseña.", False),
      T("me llegó un correo pidiendo mi contraseña", "Phishing", "Es un intento de fraude: nunca te pediremos tu contraseña ni un código. Reenvíalo a seguridad. ¡Adiós!", None, True),
  ]])],
  [("Phishing", ["me llegó un correo pidiendo mi contraseña", "correo sospechoso"])],
  platform="dialogflow", welcome_samples=["hola"]),

C("209-consejos-entrevista", "es-MX", "consejos de entrevista", "Consejos de Entrevista",
  "Un consejo al día para tu próxima entrevista.",
  [], "Se despide y cierra la sesión; la siguiente petición abre una sesión nueva con una ronda real.",
  [("chatops/qa-voz/2024-05-02.json", "slack-export", [[
      T("abre consejos de entrevista", "Launch", "Consejo: investiga la empresa antes de ir. ¡Adiós!", None, True),
  ], [
      T("abre consejos de entrevista", "Launch", "Consejo: llega diez minutos antes. ¿Quieres otro?", "¿Quieres otro consejo?", False),
      T("no", "AMAZON.NoIntent", "¡Mucha suerte!", None, True),
  ]])],
  [("AMAZON.NoIntent", [])],
  policy=P("consejosentrevista.example.mx"), country="MX"),
]
