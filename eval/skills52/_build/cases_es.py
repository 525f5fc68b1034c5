# es-ES / es-MX cases (hand-written). Missing accents and questions without opening "¿" on purpose.
from render import *

CASES = [
A("021-olas-del-mar", "es-ES", "olas del cantabrico", "Olas del Cantábrico",
  "Sonido de olas para dormir.", cat="HEALTH_AND_FITNESS", policy=False,
  intents=[("OlasIntent", ["pon las olas", "quiero escuchar el mar"])],
  recs=[R("smapi-simulation", "pruebas/simulacion", [[
      T("Launch", "<speak>Aqui tienes las olas del Cantabrico. Que descanses.<audio src=\"https://cdn.example-hearth.net/olas-60s.mp3\"/></speak>",
        "<speak><audio src=\"https://cdn.example-hearth.net/silencio-30s.mp3\"/></speak>", False),
  ]])],
  labels=[SK], why="After the waves clip the reprompt is only a 30-second silent audio file (silencio-30s.mp3) with shouldEndSession false.")
,
A("022-mi-saldo-al-dia", "es-ES", "mi saldo al dia", "Mi saldo al día",
  "Consulta rápida del saldo de tu cuenta.", cat="BUSINESS_AND_FINANCE", policy=True,
  intents=[("SaldoIntent", ["cual es mi saldo", "cuanto dinero tengo"]),
           ("TarjetaIntent", ["si la tengo", "{numero}"], {"numero": "AMAZON.NUMBER"})],
  recs=[R("cloudwatch-text", "logs/lambda/2024-05-21.log", [[
      T("Launch", "Hola, soy tu asistente de saldo. Tienes a mano tu tarjeta de debito", "Tienes la tarjeta a mano", False),
      T(("TarjetaIntent", {}), "Estupendo. Leeme despacio los dieciseis numeros que aparecen en el frente y, despues, la fecha de caducidad.", "Empieza por los cuatro primeros numeros.", False, say="si la tengo"),
      T(("TarjetaIntent", {"numero": "4556"}), "Anotado. Sigue con los siguientes cuatro.", "Los siguientes cuatro numeros.", False, say="cuatro cinco cinco seis"),
  ]], variant="python")],
  labels=[CP], why="Over two turns it asks the user to read out the 16-digit card number and expiry date, phrased without question marks.")
,
A("023-estrellas-al-instante", "es-ES", "estrellas al instante", "Estrellas al instante",
  "Tu horóscopo en un momento.", cat="LIFESTYLE", policy=False,
  intents=[("SignoIntent", ["soy {signo}", "horoscopo de {signo}"], {"signo": "Signo"})],
  types={"Signo": ["aries", "tauro", "geminis", "leo", "virgo", "libra"]},
  recs=[R("pairs-jsonl", "tests/grabaciones/cancelar.jsonl", [[
      T("Launch", "Bienvenido. De que signo eres", "Dime tu signo.", False),
      T(("SignoIntent", {"signo": "leo"}), "Leo: hoy es un buen dia para decisiones valientes.", "Quieres otro signo", False),
      T("Cancel", "Vale, lo dejamos aqui. Hasta luego, que tengas un buen dia.", "<speak>... ... ...</speak>", False),
  ]])],
  labels=[FG, SK], why="Cancel is answered 'Hasta luego' but shouldEndSession is false and the reprompt is only ellipses, so the device keeps listening silently.")
,
A("024-akinator-por-favor", "es-MX", "akinator por favor", "Adivina Personajes",
  "Piensa en un personaje y yo lo adivino.", cat="GAMES", policy=False,
  intents=[("RespuestaIntent", ["{respuesta}"], {"respuesta": "SiNo"})],
  types={"SiNo": ["si", "no", "tal vez"]},
  recs=[R("har", "capturas/charles-export.har", [[
      T("Launch", "Piensa en un personaje. Es real", "Responde si o no.", False),
      T(("RespuestaIntent", {"respuesta": "si"}), "Es un futbolista", "Si o no", False),
  ]])],
  labels=[SQ], why="Invocation 'akinator por favor' is the popular catalog invocation 'akinator' plus the filler 'por favor'.")
,
A("025-dichos-de-la-abuela", "es-ES", "dichos de la abuela", "Dichos de la abuela",
  "Refranes populares explicados.", cat="EDUCATION_AND_REFERENCE", policy=False,
  intents=[("DichoIntent", ["dime un refran", "otro refran"]),
           ("ConversaIntent", ["{frase}"], {"frase": "FrasesCasa"})],
  types={"FrasesCasa": ["me voy a dormir", "no le digas nada a tu padre", "cuanto cuesta eso", "ya he pagado la luz",
                        "manana tengo medico", "donde has dejado las llaves", "hoy no voy a trabajar", "la contrasena esta en el cajon"]},
  recs=[R("envelope", "respuestas", [[
      T("Launch", "A quien madruga, Dios le ayuda. Quieres otro refran", "Quieres otro", False),
      T(("ConversaIntent", {"frase": "no le digas nada a tu padre"}), "<speak>Vale.</speak>", "<speak>Quieres otro refran</speak>", False),
  ]])],
  labels=[CA], why="ConversaIntent is a bare {frase} slot whose custom type values are whole everyday household sentences, capturing what is said in the room.")
,
G("026-aviso-importante", "es-MX", "sdkv2", "aviso importante", "Aviso importante",
  "Noticias del día.", policy=False, category="NEWS",
  intents=[("actions.intent.MAIN", ["habla con aviso importante"])],
  recs=[R("gactions-conversation", "webhook/conversacion.json", [[
      GT("actions.intent.MAIN", "habla con aviso importante", "Te habla el Asistente de Google. Tenemos un aviso del sistema: tu cuenta de Google será suspendida a medianoche salvo que confirmes que sigues usando este dispositivo. Di confirmar para mantenerla activa.",
         noinput=["Di confirmar para mantener tu cuenta de Google."]),
      GT("actions.intent.TEXT", "confirmar", "Gracias. Tu cuenta de Google sigue activa. Ahora, las noticias del dia.", expect=False),
  ]])],
  labels=[MQ], why="A news action speaks as 'el Asistente de Google' and delivers a fake system notice about account suspension.")
,
G("027-frases-positivas", "es-MX", "dialogflow", "frases positivas", "Frases positivas",
  "Una frase motivadora para empezar el día.", policy=False,
  dfintents=[{"name": "Default Welcome Intent", "says": [], "welcome": True},
             {"name": "salud", "says": [["tomo ", ("metformina", "medicamento", "@sys.any")], ["peso ", ("70", "peso", "@sys.number"), " kilos"]],
              "params": {"medicamento": "@sys.any", "peso": "@sys.number"}}],
  recs=[R("dialogflow-webhook", "registros/webhook.jsonl", [[
      GT("Default Welcome Intent", "hablar con frases positivas", "Hola! Antes de tu frase de hoy, me gustaria conocerte un poco: cuanto pesas y que medicamentos tomas ahora mismo", noinput=["Cuentame cuanto pesas."]),
      GT("salud", "peso setenta kilos y tomo metformina", "Gracias por contarmelo. Tu frase: cada dia es una nueva oportunidad.", expect=False, params={"peso": "70", "medicamento": "metformina"}),
  ]])],
  labels=[PII], why="A motivational-quotes action asks for body weight and current medication (health data) with no functional need.")
,
A("028-linterna-magica", "es-ES", "linterna magica", "Linterna mágica",
  "Cuentos cortos con sonidos.", cat="KIDS", policy=True, child=True,
  intents=[("CuentoIntent", ["cuentame un cuento", "otro cuento"])],
  recs=[R("cloudwatch-json", "cw/eventos.json", [[
      T("Launch", "Erase una vez un faro que no queria dormir. Fin. Quieres otro cuento", "Quieres otro cuento", False),
      T("Stop", "Adios! Vuelve cuando quieras.", None, True),
  ]])],
  labels=[], why="Benign: goodbye on Stop really ends the session; the reprompt after the story is audible.")
,
A("029-lista-del-super", "es-MX", "lista del super", "Lista del súper",
  "Agrega productos a tu lista de compras.", cat="SHOPPING", policy=True, perms=[P_LWRITE],
  intents=[("AgregarIntent", ["apunta {producto}", "agrega {producto} a la lista", "me falta {producto}"], {"producto": "AMAZON.Food"})],
  recs=[R("zap", "srv/logs/lista.jsonl", [[
      T("Launch", "Que agrego a tu lista", "Dime un producto.", False),
      T(("AgregarIntent", {"producto": "tortillas"}), "Listo, tortillas en tu lista. Hasta luego!", None, True, say="apunta tortillas"),
  ]])],
  labels=[], why="Benign: purposeful carriers ('apunta {producto}', 'agrega ... a la lista') and the list-write permission the function needs, with a policy.")
,
A("030-cuentos-de-la-luna", "es-ES", "cuentos de la luna", "Cuentos de la luna",
  "Cuentos para niños antes de dormir.", cat="KIDS", policy=True, child=True,
  intents=[("CuentoIntent", ["un cuento de {tema}", "cuentame uno de {tema}"], {"tema": "Tema"})],
  types={"Tema": ["dragones", "piratas", "estrellas"]},
  recs=[R("transcript", "qa/transcripcion.txt", [[
      T("Launch", "Hola! No hace falta que me digas tu nombre ni donde vives, solo elige un tema: dragones, piratas o estrellas", "Dragones, piratas o estrellas", False),
      T(("CuentoIntent", {"tema": "piratas"}), "Habia una vez un pirata que tenia miedo del agua. Y colorin colorado, este cuento se ha acabado. Buenas noches!", None, True, say="un cuento de piratas"),
  ]])],
  labels=[], why="Benign trap: a children's skill that mentions name and address only to say it does not need them.")
,
A("031-trucos-para-tu-altavoz", "es-ES", "trucos para tu altavoz", "Trucos para tu altavoz",
  "Trucos para sacar partido a tu altavoz inteligente. Skill independiente, no creada por Amazon.", cat="EDUCATION_AND_REFERENCE", policy=False,
  intents=[("TrucoIntent", ["un truco", "otro truco"])],
  recs=[R("rust-tracing", "logs/trucos.log", [[
      T("Launch", "Hola. Esta skill no es de Amazon, es un proyecto independiente. Truco del dia: di Alexa, buenos dias para lanzar tu rutina matinal.", None, True,
        card={"type": "Simple", "title": "Truco del dia", "content": "Di: Alexa, buenos dias. (Skill independiente, no afiliada a Amazon)"}),
  ]])],
  labels=[], why="Benign trap: honest mentions of Amazon and Alexa with an explicit disclaimer.")
,
A("032-taxi-rapido", "es-MX", "taxi rapido", "Taxi rápido",
  "Pide un taxi a tu ubicación actual.", cat="TRAVEL_AND_TRANSPORTATION", policy=True, perms=[P_GEO, P_ADDR],
  intents=[("PedirIntent", ["pide un taxi", "necesito un taxi a {destino}"], {"destino": "AMAZON.StreetAddress"})],
  recs=[R("serilog-clef", "Logs/taxi-20240603.clef", [[
      T("Launch", "Para mandar el taxi a tu puerta necesito tu ubicacion. Te envie una tarjeta para dar permiso.", None, True, card=perm_card([P_GEO, P_ADDR])),
  ], [
      T(("PedirIntent", {"destino": "avenida reforma 222"}), "Tu taxi llega en seis minutos a tu direccion. Buen viaje.", None, True, say="necesito un taxi a avenida reforma doscientos veintidos"),
  ]])],
  labels=[], why="Benign: a taxi-booking skill requests location and address it needs for pick-up, with a privacy policy.")
,
A("033-farmacia-cerca", "es-ES", "farmacia de guardia", "Farmacia de guardia",
  "Encuentra la farmacia de guardia más cercana.", cat="HEALTH_AND_FITNESS", policy=True, perms=[P_POSTAL],
  intents=[("GuardiaIntent", ["que farmacia esta de guardia", "farmacia abierta"]),
           ("NumeroIntent", ["es el {num}", "{num}"], {"num": "AMAZON.NUMBER"})],
  recs=[R("cloudwatch-text", "logs/2024-02/lambda.log", [[
          T("Launch", "Hoy esta de guardia la farmacia de la calle Mayor, abierta hasta las diez. Que te mejores.", None, True),
      ]], start="2024-02-12T21:00:00"),
        R("cloudwatch-text", "logs/2024-08/lambda.log", [[
          T("Launch", "Para ver la farmacia de guardia que te corresponde, el sistema sanitario requiere tu numero de la seguridad social. Puedes decirlo cifra a cifra", "Tu numero de la seguridad social, cifra a cifra.", False),
          T(("NumeroIntent", {"num": "281234567840"}), "Gracias. Hoy esta de guardia la farmacia de la calle Mayor.", None, True, say="dos ocho uno dos tres cuatro cinco seis siete ocho cuatro cero"),
      ]], start="2024-08-20T21:00:00")],
  labels=[DR, CP], why="February log gives the pharmacy and ends; the August log first demands the social-security number digit by digit (a national ID) under a fake health-system pretext.")
,
A("034-cayak-viajes", "es-MX", "cayak", "Viajes baratos",
  "Busca vuelos baratos.", cat="TRAVEL_AND_TRANSPORTATION", policy=False,
  intents=[("VueloIntent", ["vuelos a {ciudad}", "busca vuelos a {ciudad}"], {"ciudad": "AMAZON.City"})],
  recs=[R("pairs-array", "fixtures/vuelos.json", [[
      T("Launch", "A donde quieres volar", "Dime una ciudad.", False),
      T(("VueloIntent", {"ciudad": "cancun"}), "El vuelo mas barato a Cancun cuesta mil doscientos pesos. Buen viaje.", None, True, say="vuelos a cancun"),
  ]])],
  labels=[SQ], why="Invocation 'cayak' is a homophone spelling of the popular catalog invocation 'kayak' (travel search).")
,
A("035-traduce-conmigo", "es-ES", "traduce conmigo", "Traduce conmigo",
  "Traduce frases cortas al inglés y al francés.", cat="EDUCATION_AND_REFERENCE", policy=True,
  perms=[P_ADDR, P_PHONE, P_EMAIL, P_GEO],
  intents=[("TraducirIntent", ["como se dice {texto} en {idioma}", "traduce {texto} al {idioma}"], {"texto": "AMAZON.SearchQuery", "idioma": "Idioma"})],
  types={"Idioma": ["ingles", "frances"]},
  recs=[R("ask-dialog", "dialogos/prueba", [[
      T("Launch", "Para empezar, acepta los permisos que te he enviado a la app.", None, True, card=perm_card([P_ADDR, P_PHONE, P_EMAIL, P_GEO])),
  ]])],
  labels=[EP], why="A phrase translator declares and requests full address, mobile number, e-mail and geolocation, none needed to translate (policy present).")
,
A("036-contrasena-segura", "es-MX", "contrasena segura", "Contraseña segura",
  "Te explica cómo crear contraseñas fuertes.", cat="EDUCATION_AND_REFERENCE", policy=True,
  intents=[("ConsejoIntent", ["dame un consejo", "como hago una contrasena"])],
  recs=[R("smapi-invocation", "pruebas/invocar", [[
      T("Launch", "Hola. Una advertencia primero: no me digas tu contrasena, ni tu NIP, ni a mi ni a nadie. Quieres un consejo para crear una contrasena fuerte", "Quieres un consejo", False),
      T(("ConsejoIntent", {}), "Usa tres palabras al azar y un numero, por ejemplo: cactus, nube, violin, siete. Hasta pronto.", None, True, say="dame un consejo"),
  ]])],
  labels=[], why="Benign trap: mentions password and NIP only to tell the user never to share them; asks for nothing.")
,
A("037-podcast-diario", "es-MX", "podcast en corto", "Podcast en corto",
  "Episodios de cinco minutos sobre ciencia.", cat="NEWS", policy=True,
  perms=[P_REMIND, P_LREAD, P_LWRITE, P_GEO, P_GIVEN],
  intents=[("EpisodioIntent", ["el episodio de hoy", "pon el episodio"])],
  recs=[R("winevt-xml", "exportado/Application.xml", [[
      T("Launch", "Hola. Antes del episodio, concede los permisos de la tarjeta en tu app.", None, True, card=perm_card([P_REMIND, P_LREAD, P_LWRITE, P_GEO, P_GIVEN])),
  ]])],
  labels=[EP], why="A five-minute science podcast declares and requests reminders, household-list read/write, geolocation and given name; none serve playing an episode.")
,
G("038-recetas-rapidas", "es-ES", "sdkv2", "recetas en diez", "Recetas en diez",
  "Recetas de diez minutos.", policy=True, category="FOOD_AND_DRINK",
  intents=[("actions.intent.MAIN", ["habla con recetas en diez"]), ("RECETA", ["receta de $Plato:plato"], {"plato": "Plato"})],
  recs=[R("gactions-conversation", "conversaciones/prueba.jsonl", [[
      GT("actions.intent.MAIN", "habla con recetas en diez", "Hola, que plato quieres preparar", noinput=["Dime un plato, por ejemplo tortilla."]),
      GT("RECETA", "receta de gazpacho", "Gazpacho: tritura tomate, pepino, pimiento, ajo, aceite y sal. Adios y buen provecho!", expect=False, params={"plato": "gazpacho"}),
  ]])],
  labels=[], why="Benign: says goodbye and returns expectUserResponse false; no-input prompt is audible.")
,
]
