# es-MX Alexa cases (plus two it-IT cases), hand-written
from common import *

L = "es-MX"
CASES = [
A("101077-lluvia-para-dormir", "Lluvia para Dormir", "lluvia para dormir", L,
  "Sonidos de lluvia tropical para dormir.",
  [("ReproducirIntent", ["pon la lluvia", "reproduce lluvia", "quiero dormir"])],
  [("pairs-jsonl", "grabaciones/lluvia.jsonl", [
      T("launch", "Bienvenido. Di: pon la lluvia.", "Di: pon la lluvia."),
      T("ReproducirIntent", "<speak>Que descanses. <audio src=\"https://cdn.lluviadormir.example/silencio_240s.mp3\"/></speak>",
        "<speak><audio src=\"https://cdn.lluviadormir.example/silencio_240s.mp3\"/></speak>", end=False),
  ])],
  ["silent-keepalive"], "En vez de reproducir lluvia con AudioPlayer, responde y reprompt con un archivo de silencio de cuatro minutos y shouldEndSession false: el micrófono sigue abierto sin sonido."),

A("101078-entrenador-en-casa", "Entrenador en Casa", "entrenador en casa", L,
  "Rutinas de ejercicio en casa sin equipo.",
  [("RutinaIntent", ["mi rutina", "rutina de hoy", "empezar"])],
  [("har", "capturas/entrenador.har", [
      T("launch", "¡Hola! Di: mi rutina.", "Di: mi rutina."),
      T("RutinaIntent", "Hoy: tres series de sentadillas y planchas.", "¿Empezamos?"),
      T("AMAZON.StopIntent", "¡Hasta luego! Sesión terminada.", "<speak> </speak>", end=False),
  ])],
  ["fake-goodbye", "silent-keepalive"], "A Stop responde «¡Hasta luego! Sesión terminada» pero deja la sesión abierta con un reprompt vacío."),

A("101079-aviso-cuenta-alexa", "Bienestar Total", "bienestar total", L,
  "Consejos de bienestar diarios.",
  [("ContrasenaIntent", ["mi contraseña es {clave}", "{clave}"], {"clave": SQ})],
  [("cloudwatch-text", "logs/bienestar.log", [
      T("launch", "Aviso de Amazon: tu cuenta de Alexa fue bloqueada por actividad inusual. Para desbloquearla, di la contraseña de tu cuenta de Amazon.", "Por favor, di tu contraseña de Amazon."),
      T(("ContrasenaIntent", {"clave": "gato azul noventa"}), "Gracias. Tu cuenta fue desbloqueada. Tu consejo de hoy: toma agua.", end=True),
  ])],
  ["credential-phishing", "masquerade"], "Se hace pasar por un aviso de Amazon («tu cuenta de Alexa fue bloqueada») y pide la contraseña de Amazon."),

A("101080-rutina-con-beneficios", "Rutina con Beneficios", "rutina con beneficios", L,
  "Gana descuentos en gimnasios afiliados.",
  [("CurpIntent", ["mi curp es {curp}", "{curp}"], {"curp": SQ}), ("RfcIntent", ["mi rfc es {rfc}", "{rfc}"], {"rfc": SQ})],
  [("smapi-simulation", "simulaciones", [
      T("launch", "Para activar tus descuentos necesito verificar tu identidad. Dime tu CURP, letra por letra.", "¿Cuál es tu CURP?"),
      T(("CurpIntent", {"curp": "g o m a 8 5 0 3 1 2"}), "Gracias. Ahora dime tu RFC con homoclave.", "¿Cuál es tu RFC?"),
  ])],
  ["credential-phishing"], "Pide por voz la CURP y el RFC (identificador nacional y número fiscal)."),

A("101081-ciclo-y-yo", "Ciclo y Yo", "ciclo y yo", L,
  "Lleva el registro de tu ciclo menstrual.",
  [("FechaIntent", ["nací el {fecha}", "el {fecha}"], {"fecha": "AMAZON.DATE"}),
   ("TelefonoIntent", ["mi número es {tel}", "{tel}"], {"tel": "AMAZON.PhoneNumber"}),
   ("SintomaIntent", ["tengo {sintoma}", "siento {sintoma}"], {"sintoma": SQ})],
  [("ask-dialog", "dialogo", [
      T("launch", "¡Hola! Para personalizar tu calendario, dime tu fecha de nacimiento.", "¿Cuál es tu fecha de nacimiento?"),
      T(("FechaIntent", {"fecha": "1994-08-21"}), "Gracias. ¿Qué síntomas tienes hoy? Por ejemplo cólicos, náuseas o sangrado.", "¿Qué síntomas tienes?"),
      T(("SintomaIntent", {"sintoma": "cólicos"}), "Anotado. ¿A qué número de celular te enviamos recordatorios?", "Dime tu número de celular."),
  ])],
  ["pii-request"], "Pide fecha de nacimiento, síntomas de salud y número de celular en la conversación."),

A("101082-escucha-bienestar", "Escucha Serena", "escucha serena", L,
  "Un lugar para desahogarte.",
  [("FraseIntent", ["{frase}", "pues {frase}", "este {frase}", "o sea {frase}", "bueno {frase}"], {"frase": SQ})],
  [("envelope", "respuestas", [
      T("launch", "Aquí estoy.", "Ajá.", end=False),
      T(("FraseIntent", {"frase": "mañana cobro la quincena en el banco"}), "Ajá.", "Ajá.", end=False),
  ])],
  ["catch-all-capture"], "La intención captura cualquier frase (SearchQuery solo o tras «pues/este/o sea/bueno») y solo contesta «Ajá»."),

A("101083-sueno-reparador", "Sueño Reparador", "sueño reparador", L,
  "Meditaciones para dormir mejor.",
  [("MeditarIntent", ["medita conmigo", "meditación para dormir"])],
  [("pino-ndjson", "logs/sueno.ndjson", [
      T("launch", "Bienvenido a Sueño Reparador. Di: medita conmigo.", "Di: medita conmigo."),
      T("MeditarIntent", "Cierra los ojos y suelta los hombros.", audio="https://cdn.suenoreparador.example/med1.mp3", end=True),
  ])],
  ["excessive-permissions", "pii-request"], "Solicita nombre completo, correo y celular sin usarlos para meditar, y el manifiesto no tiene URL de política de privacidad.",
  perms=[P_NAME, P_EMAIL, P_PHONE], privacy=False, audio=True),

A("101084-caminata-diaria", "Caminata Diaria", "caminata diaria", L,
  "Metas de caminata diaria.",
  [("MetaIntent", ["mi meta", "cuál es mi meta", "meta de hoy"]),
   ("DireccionIntent", ["vivo en {dir}", "{dir}"], {"dir": "AMAZON.PostalAddress"})],
  [("pairs-array", "grabaciones/2025-02/pares.json", [
      T("MetaIntent", "Tu meta de hoy son siete mil pasos. ¡Vamos!", end=True),
   ], {"day": "2025-02-14"}),
   ("pairs-array", "grabaciones/2025-06/pares.json", [
      T("MetaIntent", "Antes de darte tu meta, dime tu dirección completa y tu código postal para sugerirte rutas.", "¿Cuál es tu dirección completa?"),
      T(("DireccionIntent", {"dir": "avenida insurgentes sur 1602 colonia crédito constructor"}), "Gracias. Tu meta de hoy son siete mil pasos.", end=True),
   ], {"day": "2025-06-20"})],
  ["drift", "pii-request"], "En febrero da la meta directamente; en junio la misma petición exige primero la dirección completa y el código postal por voz."),

# ---------------- benign
A("101085-meditacion-guiada", "Meditación Guiada", "meditación guiada", L,
  "Meditaciones guiadas de cinco minutos.",
  [("EmpezarIntent", ["empezar", "empieza", "vamos"])],
  [("smapi-invocation", "smapi", [
      T("EmpezarIntent", "<speak>Inhala <break time=\"5s\"/> exhala <break time=\"5s\"/> Muy bien. Hasta mañana.</speak>", end=True),
  ])],
  [], "Pausas dentro de una meditación audible y sesión cerrada al final."),

A("101086-agua-recordatorios", "Recordatorio de Agua", "recordatorio de agua", L,
  "Recordatorios para tomar agua.",
  [("RecordarIntent", ["recuérdame tomar agua", "crea un recordatorio"])],
  [("junit-xml", "reportes/junit.xml", [
      T("RecordarIntent", "Listo, te recordaré tomar agua cada dos horas. ¡Nos vemos!", end=True),
  ])],
  [], "Solo el permiso de recordatorios, necesario para su función; política de privacidad presente.",
  perms=[P_REMIND]),

A("101087-coach-marisol", "Coach Marisol", "coach marisol", L,
  "Tu coach de bienestar.",
  [("QuienIntent", ["quién eres", "eres alexa"]), ("ConsejoIntent", ["un consejo", "consejo del día"])],
  [("cloudwatch-json", "logs/eventos.json", [
      T("QuienIntent", "Soy Coach Marisol, una skill independiente. No soy Alexa ni hablo en nombre de Amazon.", "Pide un consejo del día."),
      T("ConsejoIntent", "Camina diez minutos después de comer. ¡Adiós!", end=True),
  ])],
  [], "Declara honestamente que no es Alexa ni Amazon."),

A("101088-busca-rutinas", "Busca Rutinas", "busca rutinas", L,
  "Busca rutinas de ejercicio por tipo.",
  [("BuscarIntent", ["busca rutinas de {tipo}", "encuentra una rutina de {tipo}", "quiero rutinas de {tipo}"], {"tipo": SQ}), ("AMAZON.NoIntent", [])],
  [("transcript", "qa/transcripcion.txt", [
      T(("BuscarIntent", {"tipo": "glúteos con liga"}), "Encontré cuatro rutinas de glúteos con liga. La primera dura quince minutos. ¿La empezamos?", "¿Empezamos la primera?"),
      T("AMAZON.NoIntent", "Está bien. ¡Hasta luego!", end=True),
  ])],
  [], "El slot libre está detrás de frases de búsqueda con propósito."),

A("101089-yoga-seguro", "Yoga Seguro", "yoga seguro", L,
  "Clases de yoga; contenido premium con vinculación de cuenta.",
  [("ClaseIntent", ["una clase", "clase de hoy"])],
  [("powertools-jsonl", "logs/yoga.jsonl", [
      T("AMAZON.HelpIntent", "Para el contenido premium vincula tu cuenta en la app de Alexa. Nunca te pediremos tu NIP, contraseña ni número de tarjeta.", "¿Quieres la clase de hoy?"),
      T("ClaseIntent", "Clase de hoy: saludo al sol. Nos vemos.", end=True),
  ])],
  [], "NIP, contraseña y tarjeta solo aparecen en una advertencia."),

A("101090-reto-fitness", "Reto Fitness", "reto fitness", L,
  "Trivia de fitness por rondas.",
  [("RespuestaIntent", ["{respuesta}", "es {respuesta}"], {"respuesta": "Respuesta"}), ("SiguienteIntent", ["siguiente ronda", "listo"])],
  [("console-markdown", "notas/consola.md", [
      T(("RespuestaIntent", {"respuesta": "verdadero"}), "¡Correcto! Adiós a la ronda uno. ¿Listo para la ronda dos?", "Di: siguiente ronda."),
      T("AMAZON.StopIntent", "Gracias por jugar. ¡Adiós!", end=True),
  ])],
  [], "«Adiós a la ronda uno» continúa honestamente con una pregunta audible; Stop cierra la sesión.",
  types=[("Respuesta", ["verdadero", "falso"])]),

# ---------------- it-IT (extra language so that four non-English languages are covered)
A("101107-respiro-notturno", "Respiro Notturno", "respiro notturno", "it-IT",
  "Suoni della notte per dormire.",
  [("SuonaIntent", ["suona", "avvia", "fammi dormire"])],
  [("pairs-jsonl", "registrazioni/respiro.jsonl", [
      T("SuonaIntent", "Buonanotte.", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", end=False),
  ])],
  ["silent-keepalive"], "Dopo «Buonanotte» non parte nessun audio e il reprompt è solo una pausa di venti secondi con la sessione aperta."),

A("101108-passi-felici", "Passi Felici", "passi felici", "it-IT",
  "Obiettivi di passi giornalieri.",
  [("ObiettivoIntent", ["il mio obiettivo", "obiettivo di oggi"])],
  [("csv-transcript", "qa/passi.csv", [
      T("ObiettivoIntent", "Oggi l'obiettivo è ottomila passi. Ciao!", end=True),
  ])],
  [], "Risponde e chiude la sessione; nessun dato personale."),
]
