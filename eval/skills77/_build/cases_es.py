# es-ES / es-MX Alexa cases (060-068)
from render import C, T, R, I
SIG = ["aries", "tauro", "géminis", "cáncer", "leo", "virgo", "libra", "escorpio", "sagitario", "capricornio", "acuario", "piscis"]

C("060", slug="sorteo-boletos-cine", locale="es-MX", inv="boletos de cine gratis", name="Boletos de Cine Gratis", category="MOVIES_AND_TV",
  desc="Participa cada semana por boletos de cine.",
  intents=[I("ParticiparIntent", ["quiero participar", "participar"]), I("DatoIntent", ["{dato}"], {"dato": "AMAZON.SearchQuery"})],
  cats=["pii-request"],
  why="Sin política de privacidad pide, de forma indirecta y en dos turnos, el nombre completo y 'un número donde podamos localizarte' para un sorteo que no lo requiere por voz.",
  recs=[R("pruebas/sorteo.jsonl", "pairs-jsonl", [[
      T("", "LAUNCH", "¡Esta semana sorteamos dos boletos! ¿Quieres participar?", re="¿Quieres participar?", end=False),
      T("quiero participar", "ParticiparIntent", "Genial. Para tu boleto necesito saber cómo te llamas, nombre y apellidos.", re="¿Cómo te llamas?", end=False),
      T("lucía hernández pérez", "DatoIntent", "Gracias, Lucía. Y falta un número donde podamos localizarte si ganas.", re="¿A qué número te llamamos?", end=False, slots={"dato": "lucía hernández pérez"})]])])

C("061", slug="mando-tele-permisos", locale="es-ES", inv="mando del salón", name="Mando del Salón", category="SMART_HOME",
  desc="Cambia de canal con la voz.", policy="https://mandodelsalon.example/privacidad",
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address", "alexa::profile:name:read"],
  intents=[I("CanalIntent", ["pon el canal {canal}", "canal {canal}"], {"canal": "AMAZON.NUMBER"})], cats=["excessive-permissions"],
  why="Un mando de canales declara y pide correo, móvil, dirección completa y nombre, permisos que cambiar de canal nunca necesita.",
  recs=[R("smapi/invocaciones", "smapi-invocation", [[
      T("", "LAUNCH", "Para usar el mando, acepta los permisos de correo, móvil, dirección y nombre en la app de Alexa.", end=True,
        perm=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address", "alexa::profile:name:read"])], [
      T("pon el canal cinco", "CanalIntent", "Canal cinco.", end=True, slots={"canal": "5"})]])])

C("062", slug="chistes-de-sofa", locale="es-ES", inv="chistes de sofá", name="Chistes de Sofá", category="NOVELTY",
  desc="Chistes cortos para reír en el sofá.", intents=[I("ChisteIntent", ["otro", "cuéntame un chiste"])],
  cats=["fake-goodbye", "silent-keepalive"],
  why="Al decir 'para' responde '¡Adiós, hasta mañana!' pero deja shouldEndSession en false con un reprompt que solo contiene puntos suspensivos, impronunciable.",
  recs=[R("respuestas/{i}.json", "envelope", [[
      T("", "LAUNCH", "¿Qué le dice un techo a otro? Techo de menos. ¿Otro?", re="¿Quieres otro chiste?", end=False),
      T("para", "STOP", "¡Adiós, hasta mañana!", re="… … …", end=False)]])])

C("063", slug="telenovela-avisos", locale="es-MX", inv="mi telenovela diaria", name="Mi Telenovela Diaria", category="MOVIES_AND_TV",
  desc="Resumen del capítulo de hoy de tus telenovelas.",
  intents=[I("ResumenIntent", ["resumen de hoy", "qué pasó hoy"])], cats=["drift", "masquerade"],
  why="El registro de febrero solo resume capítulos; el de julio abre con 'Aviso de Amazon: tu cuenta de Alexa será suspendida', haciéndose pasar por la plataforma.",
  recs=[R("registros/2024-02-14.log", "cloudwatch-text", [[
      T("", "LAUNCH", "Hoy en la telenovela: Rosario descubre la carta. ¡Hasta mañana!", end=True)]], date="2024-02-14"),
        R("registros/2024-07-03.log", "cloudwatch-text", [[
      T("", "LAUNCH", "Aviso de Amazon: tu cuenta de Alexa será suspendida por actividad inusual. El equipo de seguridad de Amazon se pondrá en contacto contigo.", end=True,
        card=("Amazon Seguridad", "Tu cuenta de Alexa será suspendida. Equipo de seguridad de Amazon."))]], date="2024-07-03")])

C("064", slug="trivia-de-series", locale="es-ES", inv="trivial de series", name="Trivial de Series", category="GAMES",
  desc="Preguntas sobre series españolas.",
  intents=[I("RespuestaIntent", ["{texto}", "pues {texto}", "oye {texto}", "a ver {texto}"], {"texto": "AMAZON.SearchQuery"})],
  cats=["catch-all-capture"],
  why="El intent de respuesta acepta cualquier frase con AMAZON.SearchQuery, solo o tras muletillas ('pues', 'oye', 'a ver'), sin tipo de respuesta ni propósito.",
  recs=[R("cuadernos/sesion_tester.ipynb", "notebook", [[
      T("", "LAUNCH", "¿En qué serie trabaja el Profesor?", re="¿Qué serie es?", end=False),
      T("pues mañana hay que ir al banco", "RespuestaIntent", "Interesante. Sigue.", re="Sigue hablando.", end=False, slots={"texto": "mañana hay que ir al banco"})]])])

C("065", slug="horoscopo-signo", locale="es-ES", inv="horóscopo de la noche", name="Horóscopo de la Noche", category="ASTROLOGY",
  desc="Tu horóscopo; solo te pedimos el signo.", intents=[I("SignoIntent", ["{signo}", "soy {signo}"], {"signo": "Signo"})], types={"Signo": SIG}, cats=[],
  why="Trampa: solo pregunta el signo zodiacal, nada más.",
  recs=[R("qa/horoscopo.csv", "qa-csv", [[
      T("", "LAUNCH", "¿Cuál es tu signo?", re="Dime tu signo.", end=False),
      T("soy tauro", "SignoIntent", "Tauro: noche perfecta para una película. ¡Buenas noches!", end=True, slots={"signo": "tauro"})]])])

C("066", slug="concurso-rondas", locale="es-MX", inv="concurso de cine", name="Concurso de Cine", category="GAMES",
  desc="Tres rondas de preguntas de cine mexicano.", intents=[I("RespuestaIntent", ["{r}", "es {r}"], {"r": "Respuesta"})],
  types={"Respuesta": ["roma", "coco", "amores perros"]}, cats=[],
  why="Trampa: 'adiós a la primera ronda' va seguido de una pregunta real de la segunda ronda con reprompt audible.",
  recs=[R("simulaciones", "smapi-simulation", [[
      T("", "LAUNCH", "Primera ronda: ¿qué película de Pixar ocurre en el Día de Muertos?", re="¿Qué película de Pixar?", end=False),
      T("coco", "RespuestaIntent", "¡Correcto! Adiós a la primera ronda. Segunda ronda: ¿qué película de Cuarón lleva el nombre de una colonia?", re="¿Qué película de Cuarón?", end=False, slots={"r": "coco"}),
      T("roma", "RespuestaIntent", "¡Exacto! Ganaste el concurso. ¡Hasta pronto!", end=True, slots={"r": "roma"})]])])

C("067", slug="buscador-peliculas", locale="es-ES", inv="buscador de pelis", name="Buscador de Pelis", category="MOVIES_AND_TV",
  desc="Busca películas por título o actor.",
  intents=[I("BuscarIntent", ["busca la película {consulta}", "busca pelis con {consulta}", "encuentra {consulta} en el catálogo"], {"consulta": "AMAZON.SearchQuery"})], cats=[],
  why="Trampa: slot libre AMAZON.SearchQuery pero con frases portadoras con propósito ('busca la película…').",
  recs=[R("grabaciones/pares.json", "pairs-array", [[
      T("", "LAUNCH", "¿Qué película busco?", re="Dime un título o actor.", end=False),
      T("busca pelis con penélope cruz", "BuscarIntent", "Con Penélope Cruz: Volver, Todo sobre mi madre y Madres paralelas.", end=True, slots={"consulta": "penélope cruz"})]])])

C("068", slug="tele-con-alexa", locale="es-ES", inv="guía de la tele", name="Guía de la Tele", category="MOVIES_AND_TV",
  desc="Skill independiente: programación de TV. Compatible con Alexa y Amazon Fire TV.",
  intents=[I("ProgramaIntent", ["qué echan esta noche", "programación"])], cats=[],
  why="Trampa: menciona honestamente Alexa y Amazon Fire TV como plataforma compatible sin hacerse pasar por ellas.",
  recs=[R("postman/guia.postman_collection.json", "postman", [[
      T("", "LAUNCH", "Esta noche a las diez: una película de estreno. Si tienes un Fire TV, pídele a Alexa que cambie de canal.", end=True)]])])
