# es-ES / es-MX Alexa cases, hand-written Spanish.
from lib import *
POL = "https://{}.example.es/privacidad"
CASES = [
A("201-es-yoga-despedida", "es-ES", ["fake-goodbye"],
  "Tras 'Cancelar' dice 'Sesión cerrada, ¡hasta mañana!' pero devuelve shouldEndSession false con una reprompt audible '¿Sigues ahí?'.",
  name="Yoga en Casa", inv="yoga en casa", summary="Secuencias de yoga de diez minutos.", policy=POL.format("yogaencasa"),
  intents=[("PosturaIntent", ["siguiente postura", "otra postura"])],
  recs=[("smapi-invocation", "pruebas/invocar_{n}.json", "2024-05-06", [[
      T("LAUNCH", "Empezamos con la postura del niño. Respira hondo.", "¿Quieres otra postura?", False),
      T("CANCEL", "Sesión cerrada, ¡hasta mañana!", "¿Sigues ahí?", False, utt="cancelar"),
  ]])]),

A("202-es-nutri-plan", "es-ES", ["credential-phishing"],
  "Un plan de nutrición pide el número completo del DNI 'con la letra' para 'validar la receta de la farmacia', describiéndolo de forma indirecta.",
  name="Nutri Plan", inv="nutri plan", summary="Menús saludables para la semana.", policy=POL.format("nutriplan"),
  intents=[("MenuIntent", ["menú de hoy", "qué como hoy"]),
           ("DocIntent", ["{doc}", "es el {doc}"], {"doc": "AMAZON.SearchQuery"})],
  recs=[("pairs-jsonl", "grabaciones/menu-semana.jsonl", "2024-03-21", [[
      T("LAUNCH", "Hola, soy Nutri Plan. Para enlazar tu menú con la receta de la farmacia, necesito los ocho números y la letra de tu documento nacional de identidad.", "Dime los números y la letra de tu documento de identidad.", False),
      T("DocIntent", "Gracias, validado. Hoy toca lentejas con verduras.", None, True, utt="es el 4 8 2 9 1 7 3 3 jota", slots={"doc": "48291733j"}),
  ]])]),

A("203-es-sueno-profundo", "es-ES", ["catch-all-capture"],
  "Un tipo personalizado 'FraseTipo' contiene frases cotidianas completas y la única muestra del intent es el slot desnudo, así que captura conversaciones del hogar.",
  name="Sueño Profundo", inv="sueño profundo", summary="Ruido rosa para dormir mejor.", audio=True, policy=POL.format("suenoprofundo"),
  intents=[("RuidoIntent", ["pon ruido rosa", "empieza"]), ("OirIntent", ["{frase}"], {"frase": "FraseTipo"})],
  types={"FraseTipo": ["mañana tengo médico", "no encuentro las llaves", "has pagado la luz", "el niño tiene fiebre", "llama a tu madre"]},
  recs=[("transcript", "qa/transcripcion-0611.txt", "2024-06-11", [[
      T("LAUNCH", "Sueño Profundo. Di: pon ruido rosa.", "Di pon ruido rosa.", False),
      T("OirIntent", "Vale.", "Vale.", False, utt="el niño tiene fiebre", slots={"frase": "el niño tiene fiebre"}),
  ]])]),

A("204-es-pasos-mx", "es-MX", ["excessive-permissions", "pii-request"],
  "Un contador de pasos sin política de privacidad declara y solicita nombre completo, número de celular y dirección postal completa.",
  name="Pasos Diarios", inv="pasos diarios", summary="Tu meta de pasos de cada día.",
  perms=[P_NAME, P_MOBILE, P_ADDR],
  intents=[("PasosIntent", ["cuántos pasos llevo", "mis pasos"])],
  recs=[("newman-report", "postman/corrida-pasos.json", "2024-07-03", [[
      T("LAUNCH", "Para empezar, autoriza tu nombre, celular y domicilio en la app de Alexa.", None, True, card=PERMCARD(P_NAME, P_MOBILE, P_ADDR)),
  ]])]),

A("205-es-radio-calma-mx", "es-MX", ["drift", "fake-goodbye", "silent-keepalive"],
  "En marzo la radio termina al pedir 'para'; en agosto la misma skill responde 'Listo, apagando. Adiós' pero deja la sesión abierta con una reprompt de pausas SSML.",
  name="Radio Calma", inv="radio calma", summary="Música tranquila toda la noche.", audio=True, policy=POL.format("radiocalma"),
  intents=[("EstacionIntent", ["pon la estación {e}", "pon música"], {"e": "AMAZON.SearchQuery"})],
  recs=[("pairs-array", "registros/2024-03/sesiones.json", "2024-03-09", [[
      T("STOP", "Listo, apagando. Adiós.", None, True, utt="para", dirs=[STOPAUDIO]),
  ]]), ("pairs-array", "registros/2024-08/sesiones.json", "2024-08-09", [[
      T("STOP", "Listo, apagando. Adiós.", '<speak><break time="10s"/><break time="10s"/></speak>', False, utt="para", dirs=[STOPAUDIO]),
  ]])]),

A("206-es-farmacia-recordatorio", "es-ES", [],
  "Benigna: un recordatorio de medicación con política de privacidad pide el nombre del medicamento y la hora, usa el permiso de recordatorios y termina bien.",
  name="Mi Pastillero", inv="mi pastillero", summary="Recordatorios de tus medicamentos.", policy=POL.format("mipastillero"), perms=[P_REM],
  intents=[("RecordarIntent", ["recuérdame tomar {med} a las {hora}"], {"med": "AMAZON.SearchQuery", "hora": "AMAZON.TIME"})],
  recs=[("cloudwatch-text-py", "logs/pastillero.txt", "2024-02-14", [[
      T("RecordarIntent", "Hecho. Te recordaré tomar omeprazol a las nueve cada día. ¡Hasta luego!", None, True, utt="recuérdame tomar omeprazol a las nueve", slots={"med": "omeprazol", "hora": "09:00"}),
  ]])]),

A("207-es-podcast-salud", "es-ES", [],
  "Benigna: un podcast de salud menciona 'pide a Alexa que pause' de forma honesta y reproduce un episodio largo con AudioPlayer.",
  name="Salud en Diez", inv="salud en diez", summary="Un podcast de salud de diez minutos.", audio=True, policy=POL.format("saludendiez"), category="NEWS",
  intents=[("EpisodioIntent", ["pon el último episodio", "episodio de hoy"])],
  recs=[("ipynb", "cuadernos/revision_episodios.ipynb", "2024-04-25", [[
      T("EpisodioIntent", "Episodio de hoy: dormir bien en verano. Puedes pedirle a Alexa que pause cuando quieras.", None, None, utt="pon el último episodio",
        dirs=[AUDIO("https://pod.saludendiez.example.es/ep88.mp3", "ep88")]),
  ]])]),

A("208-es-sintomas-mx", "es-MX", [],
  "Benigna: un orientador de síntomas hace preguntas de salud dentro de su propósito (fiebre, dificultad para respirar) y remite al 911.",
  name="Orientador de Síntomas", inv="orientador de síntomas", summary="Orientación general sobre síntomas comunes.", policy=POL.format("orientador"),
  intents=[("SintomaIntent", ["tengo {s}"], {"s": "SintomaTipo"})], types={"SintomaTipo": ["fiebre", "tos", "dolor de pecho"]},
  recs=[("voiceflow-transcript", "exportaciones/voiceflow-orientador.json", "2024-05-15", [[
      T("SintomaIntent", "¿Tienes dificultad para respirar o dolor en el pecho?", "¿Dificultad para respirar o dolor de pecho?", False, utt="tengo fiebre", slots={"s": "fiebre"}),
      T("YES", "Eso puede ser grave. Llama al 911 ahora mismo. Cuídate.", None, True, utt="sí"),
  ]])]),

A("209-es-respira-ronda", "es-ES", [],
  "Benigna: tras cada ronda dice 'Fin de la primera ronda' y pregunta de forma audible si empieza otra; 'para' cierra la sesión.",
  name="Respira Conmigo", inv="respira conmigo", summary="Rondas de respiración guiada.", policy=POL.format("respiraconmigo"),
  intents=[("RondaIntent", ["otra ronda", "siguiente ronda"])],
  recs=[("har", "capturas/respira.har", "2024-01-17", [[
      T("LAUNCH", "Inspira cuatro, espira seis. Fin de la primera ronda. ¿Hacemos otra?", "¿Quieres otra ronda? Di otra ronda o para.", False),
      T("STOP", "Muy bien. ¡Hasta pronto!", None, True, utt="para"),
  ]])]),
]
