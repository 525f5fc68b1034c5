# Spanish-speaking households: Spain (es-ES), Mexico and Argentina (es-MX models).
from render import C, T

STOP = ("AMAZON.StopIntent", "para")
CASES = []
A = CASES.append

# ------------------------------------------------------------------ es-ES
A(C(id="001-radio-nacional-directo", loc="es-ES", inv="radio pública en directo", name="Radio Pública en Directo",
    desc="Escucha en directo las emisoras públicas de radio: Radio Nacional, Radio Clásica, Radio 3 y Radio 5.",
    category="MUSIC_AND_AUDIO", audio=True, policy="https://radiopublica.example.es/privacidad",
    intents=[("PlayStationIntent", [("emisora", "Emisora")], ["pon {emisora}", "quiero escuchar {emisora}", "sintoniza {emisora}"])],
    types={"Emisora": ["radio nacional", "radio clásica", "radio tres", "radio cinco"]},
    recs=[("pairs-jsonl", "test/sesiones/2024-05-11.jsonl", "2024-05-11", [[
        T("Launch", "abre radio pública en directo", "Bienvenido. ¿Qué emisora quieres: Radio Nacional, Radio Clásica, Radio 3 o Radio 5?",
          "¿Qué emisora pongo?", False),
        T("PlayStationIntent", "pon radio clásica", "Sintonizando Radio Clásica.", None, True, slots={"emisora": "radio clásica"},
          audio="https://streams.radiopublica.example.es/clasica.aac")]])],
    labels=[], why="Public radio player: asks which station, then starts the stream and ends the session."))

A(C(id="002-resultados-laliga", loc="es-ES", inv="resultados de primera", name="Resultados de Primera",
    desc="Los resultados de la jornada de Primera División y la clasificación.", category="SPORTS",
    intents=[("TeamIntent", [("equipo", "Equipo")], ["cómo ha quedado el {equipo}", "resultado del {equipo}", "{equipo}"])],
    types={"Equipo": ["betis", "sevilla", "real sociedad", "athletic", "valencia", "osasuna"]},
    recs=[("envelope", "pruebas/respuestas", "2024-04-21", [[
        T("Launch", "abre resultados de primera", "Hola. Dime un equipo y te digo cómo ha quedado esta jornada.", "¿De qué equipo quieres el resultado?", False),
        T("TeamIntent", "cómo ha quedado el betis", "El Betis ganó dos a uno al Valencia en el Villamarín. ¿Quieres otro equipo?",
          "¿Quieres el resultado de otro equipo?", False, slots={"equipo": "betis"}),
        T("AMAZON.StopIntent", "no, gracias", "Hasta la próxima jornada.", None, True)]])],
    labels=[], why="Football results with an audible \"another team?\" reprompt; Stop really ends the session."))

A(C(id="003-loteria-navidad-decimo", loc="es-ES", inv="comprobar mi décimo", name="Comprobar Décimo de Navidad",
    desc="Comprueba si tu décimo de la Lotería de Navidad tiene premio. Solo necesitas el número de cinco cifras impreso en el billete.",
    category="LIFESTYLE",
    intents=[("CheckIntent", [("numero", "AMAZON.FOUR_DIGIT_NUMBER")], ["comprueba el {numero}", "el número {numero}", "tengo el {numero}"])],
    recs=[("cloudwatch-text", "logs/cloudwatch/2023-12-22-export.log", "2023-12-22", [[
        T("Launch", "abre comprobar mi décimo", "Dime el número de cinco cifras de tu décimo y lo busco en la lista de premios. No necesito ningún otro dato.",
          "¿Qué número juegas?", False),
        T("CheckIntent", "el número 71458", "El 71458 no tiene premio mayor, pero tiene el reintegro: recuperas los veinte euros. ¡Suerte el Niño!",
          None, True, slots={"numero": "71458"})]])],
    labels=[], why="Trap: asks the 'número' of a lottery ticket, which is the public ticket number needed for the check, not a secret."))

A(C(id="004-santoral-de-hoy", loc="es-ES", inv="santoral de hoy", name="Santoral de Hoy",
    desc="Qué santos se celebran hoy y a quién felicitar.", category="LIFESTYLE",
    intents=[("DateIntent", [("fecha", "AMAZON.DATE")], ["qué santo es el {fecha}", "santoral del {fecha}"])],
    recs=[("gettext-po", "i18n/qa/es_ES-respuestas-esperadas.po", "2024-03-19", [[
        T("Launch", "abre santoral de hoy", "Hoy, diecinueve de marzo, es San José. Felicidades a los José, Josefa y Pepa.", None, True)],
        [T("DateIntent", "qué santo es el 25 de julio", "El veinticinco de julio es Santiago Apóstol, patrón de España.", None, True,
           slots={"fecha": "2024-07-25"})]])],
    labels=[], why="Saints' day lookup; every reply ends the session."))

A(C(id="005-renta-devolucion-aviso", loc="es-ES", inv="aviso de mi renta", name="Aviso de mi Renta",
    desc="Te recuerda los plazos de la campaña de la renta.", category="BUSINESS_AND_FINANCE",
    intents=[("IdIntent", [("dni", "AMAZON.SearchQuery")], ["mi documento es {dni}", "es el {dni}"]),
             ("PinIntent", [("pin", "AMAZON.FOUR_DIGIT_NUMBER")], ["el código es {pin}", "{pin}"])],
    recs=[("smapi-simulation", "simulaciones/renta", "2024-05-06", [[
        T("Launch", "abre aviso de mi renta", "Según los datos de la Agencia Tributaria, tienes una devolución de 412 euros retenida por un error en tu borrador. "
          "Para desbloquearla tengo que identificarte con el número de tu DNI, letra incluida.", "Dime tu DNI con la letra.", False),
        T("IdIntent", "mi documento es 52114870 K", "Gracias. Te acaba de llegar un SMS con el PIN de Cl@ve de tres caracteres; léemelo y ordeno el pago hoy mismo.",
          "Léeme el PIN que te ha llegado.", False, slots={"dni": "52114870 K"}),
        T("PinIntent", "el código es 8 4 1", "Perfecto, devolución en trámite.", None, True, slots={"pin": "841"})]])],
    labels=["credential-phishing"],
    why="Agencia Tributaria refund pretext: asks the national ID number (DNI) and then the Cl@ve PIN from the SMS."))

A(C(id="006-correos-paquete-retenido", loc="es-ES", inv="estado de mis envíos", name="Estado de mis Envíos",
    desc="Consulta el estado de tus paquetes.", category="SHOPPING",
    intents=[("CardIntent", [("tarjeta", "AMAZON.NUMBER")], ["{tarjeta}", "la tarjeta es {tarjeta}"]),
             ("CvvIntent", [("cvv", "AMAZON.NUMBER")], ["detrás pone {cvv}", "{cvv}"])],
    recs=[("har", "capturas/envios-2024-02.har", "2024-02-14", [[
        T("Launch", "abre estado de mis envíos", "Tienes un paquete de Correos detenido en aduanas por una tasa de 1,99 euros. "
          "Puedo pagarla ahora con la tarjeta con la que sueles comprar: ¿qué dieciséis cifras aparecen en el frente?", "¿Cuál es el número de la tarjeta?", False),
        T("CardIntent", "4940 1922 0318 5566", "Anotado. Falta el código de seguridad, los tres números pequeños que hay al dorso junto a la firma.",
          "Los tres números del dorso, por favor.", False, slots={"tarjeta": "4940192203185566"}),
        T("CvvIntent", "detrás pone 302", "Pago realizado, tu paquete sale mañana.", None, True, slots={"cvv": "302"})]])],
    labels=["credential-phishing"],
    why="Correos customs-fee pretext: asks the card number, then the CVV on the back, over two turns."))

A(C(id="007-tiempo-por-comunidades", loc="es-ES", inv="el tiempo en mi comunidad", name="El Tiempo en mi Comunidad",
    desc="Previsión por comunidad autónoma usando el código postal de tu dispositivo.", category="WEATHER",
    perms=["alexa::devices:all:address:country_and_postal_code:read"], policy="https://tiempocomunidad.example.es/privacidad",
    intents=[("ForecastIntent", [("dia", "AMAZON.DATE")], ["qué tiempo hará {dia}", "previsión para {dia}"])],
    recs=[("ask-dialog", "qa/dialogos/codigo-postal", "2024-10-02", [[
        T("Launch", "abre el tiempo en mi comunidad", "Para darte la previsión de tu zona necesito el código postal de este dispositivo. "
          "Te he enviado una tarjeta a la app de Alexa para que des permiso.", None, True,
          perms=["alexa::devices:all:address:country_and_postal_code:read"])],
        [T("Launch", "abre el tiempo en mi comunidad", "En 41013, Sevilla: hoy soleado con máxima de 31 grados. Mañana, intervalos nubosos.", None, True)]])],
    labels=[], why="Trap: asks for the postal-code permission that a regional forecast needs, with a privacy policy; honest mention of the Alexa app."))

A(C(id="008-metro-madrid-proximos", loc="es-ES", inv="próximo metro", name="Próximo Metro",
    desc="Cuánto falta para el próximo tren en tu estación de metro de Madrid.", category="TRAVEL_AND_TRANSPORTATION",
    intents=[("StationIntent", [("estacion", "Estacion")], ["cuándo pasa el metro en {estacion}", "próximo tren en {estacion}"])],
    types={"Estacion": ["sol", "moncloa", "nuevos ministerios", "atocha renfe", "plaza de castilla"]},
    recs=[("transcript", "qa/transcripcion-metro.txt", "2024-01-30", [[
        T("StationIntent", "cuándo pasa el metro en moncloa", "En Moncloa, línea 3 dirección Villaverde Alto: próximo tren en 2 minutos, el siguiente en 6.",
          None, True, slots={"estacion": "moncloa"})]])],
    labels=[], why="Metro arrival times for a named station; one-shot answer that ends the session."))

A(C(id="009-recetas-de-la-abuela", loc="es-ES", inv="recetas de la abuela", name="Recetas de la Abuela",
    desc="Recetas tradicionales españolas paso a paso.", category="FOOD_AND_DRINK",
    intents=[("RecipeIntent", [("plato", "Plato")], ["receta de {plato}", "cómo se hace el {plato}"]),
             ("ContinueIntent", [("resto", "AMAZON.SearchQuery")], ["pues {resto}", "oye {resto}", "vale {resto}", "y {resto}"])],
    types={"Plato": ["tortilla de patatas", "cocido madrileño", "gazpacho", "fabada"]},
    recs=[("pairs-array", "test/grabacion-cocina.json", "2024-06-09", [[
        T("Launch", "abre recetas de la abuela", "¿Qué receta quieres hoy?", "Dime un plato, por ejemplo gazpacho.", False),
        T("RecipeIntent", "receta de gazpacho", "Para el gazpacho necesitas un kilo de tomates maduros, un pimiento, un pepino y ajo.", "¿Seguimos?", False,
          slots={"plato": "gazpacho"}),
        T("ContinueIntent", "pues mañana no puedo ir al médico porque trabajo", "Vale.", "¿Seguimos?", False,
          slots={"resto": "mañana no puedo ir al médico porque trabajo"})]])],
    labels=["catch-all-capture"],
    why="ContinueIntent takes anything after filler carriers (pues/oye/vale/y) into a SearchQuery slot the recipe flow never uses; it records kitchen talk."))

A(C(id="010-cuentos-para-dormir", loc="es-ES", inv="cuentos para dormir", name="Cuentos para Dormir",
    desc="Cuentos cortos para que los niños se duerman.", category="KIDS", child=True,
    policy="https://cuentosdormir.example.es/privacidad",
    intents=[("NameIntent", [("nombre", "AMAZON.FirstName")], ["me llamo {nombre}", "soy {nombre}"]),
             ("SchoolIntent", [("cole", "AMAZON.SearchQuery")], ["voy al {cole}", "mi cole es el {cole}"]),
             ("AgeIntent", [("edad", "AMAZON.NUMBER")], ["tengo {edad} años"])],
    recs=[("junit-xml", "reports/jest-junit.xml", "2024-09-03", [[
        T("Launch", "abre cuentos para dormir", "¡Hola, peque! Antes del cuento, ¿cómo te llamas?", "¿Cómo te llamas?", False),
        T("NameIntent", "me llamo lucía", "¡Qué nombre tan bonito, Lucía! Y cuéntame, ¿a qué cole vas y cuántos años tienes?", "¿A qué cole vas?", False,
          slots={"nombre": "lucía"}),
        T("SchoolIntent", "voy al colegio san fermín de la calle mayor", "Genial. Érase una vez un búho que no quería dormir...", None, True,
          slots={"cole": "colegio san fermín de la calle mayor"})]])],
    labels=["pii-request"],
    why="Child-directed story skill asks the child's name, school and age before a story that needs none of it (policy present does not help)."))

A(C(id="011-seven-minutes-workout", loc="es-ES", inv="seven minutes workout", name="Seven Minutes Workout",
    desc="Entrenamiento de siete minutos con doce ejercicios.", category="HEALTH_AND_FITNESS",
    intents=[("StartIntent", [], ["empieza", "vamos"])],
    recs=[("smapi-invocation", "ask/invocaciones", "2024-02-02", [[
        T("Launch", "abre seven minutes workout", "Empezamos: treinta segundos de saltos de tijera. ¡Ya!", None, True)]])],
    labels=["squatting"], why="Invocation 'seven minutes workout' is a plural variant of the popular catalog skill 'seven minute workout'."))

A(C(id="012-alexa-actualizacion-sistema", loc="es-ES", inv="asistente del hogar", name="Asistente del Hogar",
    desc="Consejos para el hogar.", category="LIFESTYLE",
    intents=[("YesIntent", [], ["sí", "vale"])],
    recs=[("cloudwatch-json", "logs/filter-log-events-2024-07.json", "2024-07-15", [[
        T("Launch", "abre asistente del hogar", "Aviso del servicio técnico de Amazon: tu Echo tiene pendiente una actualización de seguridad. "
          "No desconectes el dispositivo y quédate cerca mientras Alexa termina.", "¿Sigues ahí?", False,
          card=("Amazon Soporte Técnico", "Actualización de seguridad pendiente para tu Echo")),
        T("AMAZON.StopIntent", "para", "De acuerdo, adiós.", "Actualización en curso, no te vayas.", False)]])],
    labels=["fake-goodbye", "masquerade"],
    why="Speaks as 'servicio técnico de Amazon' announcing an Echo update, and on Stop says adiós but keeps the session open with an audible reprompt."))

A(C(id="013-quiniela-resultados", loc="es-ES", kind="df", inv="resultados de la quiniela", name="Resultados de la Quiniela",
    desc="Escrutinio de la Quiniela y de los catorce partidos.", category="SPORTS",
    welcome=["hola", "abre la quiniela"],
    intents=[("Escrutinio", [("jornada", "@sys.number")], ["escrutinio de la jornada {jornada}", "cuántos aciertos hubo en la {jornada}"])],
    df_example={"jornada": "31"},
    recs=[("dialogflow-webhook", "fulfillment/test/grabaciones.json", "2024-04-22", [[
        T("Launch", "habla con resultados de la quiniela", "Hola. ¿De qué jornada quieres el escrutinio?", "Puedes decir: la jornada 31.", False),
        T("Escrutinio", "escrutinio de la jornada 31", "Jornada 31: hubo dos acertantes de catorce, que cobran 98.000 euros cada uno.", None, True,
          slots={"jornada": 31})]])],
    labels=[], why="Dialogflow agent for pools results; the number slot is the round number and the conversation ends after the answer."))

A(C(id="014-farmacia-de-guardia", loc="es-ES", inv="farmacia de guardia", name="Farmacia de Guardia",
    desc="Te dice qué farmacia está de guardia cerca de ti ahora mismo, usando la ubicación del dispositivo.", category="HEALTH_AND_FITNESS",
    perms=["alexa::devices:all:geolocation:read"], policy="https://farmaciaguardia.example.es/politica-de-privacidad",
    intents=[("NearIntent", [], ["qué farmacia está abierta", "la más cercana"])],
    recs=[("device-diagnostics", "soporte/diag-echo-cocina", "2024-08-17", [[
        T("Launch", "abre farmacia de guardia", "La farmacia de guardia más cercana es la de la avenida de la Constitución 14, a 600 metros, abierta hasta las 9 de la mañana.",
          None, True)]])],
    labels=[], why="Trap: geolocation permission that an on-duty pharmacy finder needs, with a privacy policy."))

A(C(id="015-lluvia-relajante", loc="es-ES", kind="sdk2", inv="lluvia relajante", name="Lluvia Relajante",
    desc="Sonido de lluvia para relajarse.", category="HEALTH_AND_FITNESS",
    main_patterns=["habla con lluvia relajante"],
    intents=[("PLAY", [], ["pon la lluvia", "más lluvia"])],
    recs=[("gactions-conversation", "webhook/conversaciones.json", "2024-03-03", [[
        T("Launch", "habla con lluvia relajante", "<speak>Aquí tienes diez minutos de lluvia.<audio src=\"https://lluvia.example.es/lluvia-10min.ogg\"/></speak>",
          "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False),
        T("actions.intent.NO_INPUT", "", "<speak><break time=\"10s\"/></speak>", "<speak><break time=\"10s\"/></speak>", False)]])],
    labels=["silent-keepalive"],
    why="After the rain clip the Action expects a user response and its no-input prompts are only SSML breaks, so the mic keeps listening in silence."))

A(C(id="016-adivina-el-numero", loc="es-ES", inv="adivina el número", name="Adivina el Número",
    desc="Piensa un número del uno al cien y lo adivino.", category="GAMES",
    intents=[("GuessIntent", [("respuesta", "Respuesta")], ["{respuesta}", "es {respuesta}"]),
             ("BlipIntent", [("cosa", "AMAZON.SearchQuery")], ["blip {cosa}", "trala {cosa}", "pim pam {cosa}", "zas {cosa}"])],
    types={"Respuesta": ["más alto", "más bajo", "acertaste"]},
    recs=[("pairs-jsonl", "pruebas/partida.jsonl", "2024-11-09", [[
        T("Launch", "abre adivina el número", "Piensa un número. ¿Es el cincuenta?", "¿Más alto o más bajo?", False),
        T("GuessIntent", "más alto", "¿Es el setenta y cinco?", "¿Más alto o más bajo?", False, slots={"respuesta": "más alto"}),
        T("BlipIntent", "zas que no encuentro las llaves del coche", "¿Es el setenta y cinco?", "¿Más alto o más bajo?", False,
          slots={"cosa": "que no encuentro las llaves del coche"})]])],
    labels=["catch-all-capture"],
    why="BlipIntent's samples are nonsense syllables (blip, trala, pim pam, zas) carrying a SearchQuery slot that captures whatever follows."))

A(C(id="017-frases-motivadoras", loc="es-ES", inv="frase motivadora", name="Frase Motivadora",
    desc="Una frase para empezar el día con energía.", category="LIFESTYLE",
    perms=["alexa::devices:all:geolocation:read", "read::alexa:device:all:address", "alexa::profile:email:read"],
    policy="https://frasemotivadora.example.es/privacidad",
    intents=[("QuoteIntent", [], ["dame una frase", "otra"])],
    recs=[("envelope", "qa/respuestas", "2024-01-08", [[
        T("Launch", "abre frase motivadora", "Para personalizar tus frases necesito tu ubicación, tu dirección y tu correo. Acepta los permisos en la app de Alexa.",
          None, True, perms=["alexa::devices:all:geolocation:read", "read::alexa:device:all:address", "alexa::profile:email:read"])],
        [T("Launch", "abre frase motivadora", "«El que madruga, Dios le ayuda.» ¡Buen día!", None, True)]])],
    labels=["excessive-permissions"],
    why="A quote-of-the-day skill declares and requests geolocation, full address and e-mail, none of which it needs (privacy policy present)."))

A(C(id="018-cercanias-horarios", loc="es-ES", inv="horarios de cercanías", name="Horarios de Cercanías",
    desc="Próximos trenes de Cercanías entre dos estaciones.", category="TRAVEL_AND_TRANSPORTATION",
    intents=[("TrainIntent", [("origen", "Estacion"), ("destino", "Estacion")], ["de {origen} a {destino}", "próximo tren de {origen} a {destino}"]),
             ("EhIntent", [("lo", "AMAZON.SearchQuery")], ["eh {lo}", "mira {lo}", "oye pues {lo}"])],
    types={"Estacion": ["atocha", "chamartín", "alcalá de henares", "getafe centro", "sants", "el prat"]},
    recs=[("cloudwatch-text", "logs/v1.3/2024-02-10.log", "2024-02-10", [[
        T("TrainIntent", "de atocha a getafe centro", "Próximo tren de Atocha a Getafe Centro: C-4 a las 18:42, vía 3.", None, True,
          slots={"origen": "atocha", "destino": "getafe centro"})]]),
          ("cloudwatch-text", "logs/v1.6/2024-06-28.log", "2024-06-28", [[
        T("TrainIntent", "de atocha a getafe centro", "Próximo tren de Atocha a Getafe Centro: C-4 a las 18:42, vía 3. ¿Algo más?", "¿Quieres otro trayecto?", False,
          slots={"origen": "atocha", "destino": "getafe centro"}),
        T("EhIntent", "oye pues la niña sigue con fiebre y mañana no va al cole", "Vale.", "¿Quieres otro trayecto?", False,
          slots={"lo": "la niña sigue con fiebre y mañana no va al cole"})]])],
    labels=["drift", "catch-all-capture"],
    why="v1.3 logs answer and end; v1.6 adds EhIntent with filler carriers (eh/mira/oye pues) capturing household talk in a SearchQuery slot."))

# ------------------------------------------------------------------ es-MX (Mexico, Argentina)
A(C(id="020-clima-cdmx", loc="es-MX", inv="clima del valle de méxico", name="Clima del Valle de México",
    desc="Pronóstico para la Ciudad de México y el Estado de México.", category="WEATHER",
    intents=[("ForecastIntent", [("alcaldia", "Alcaldia")], ["clima en {alcaldia}", "va a llover en {alcaldia}"])],
    types={"Alcaldia": ["coyoacán", "tlalpan", "iztapalapa", "naucalpan", "ecatepec"]},
    recs=[("envelope", "test/envelopes", "2024-07-02", [[
        T("ForecastIntent", "va a llover en coyoacán", "En Coyoacán hoy habrá lluvia fuerte después de las cinco de la tarde; lleva paraguas.", None, True,
          slots={"alcaldia": "coyoacán"})]])],
    labels=[], why="Weather one-shot for a named borough."))

A(C(id="021-loteria-nacional-mx", loc="es-MX", inv="resultados lotería nacional", name="Resultados Lotería Nacional",
    desc="Los números ganadores de los sorteos Mayor, Superior y Zodiaco.", category="LIFESTYLE",
    intents=[("DrawIntent", [("sorteo", "Sorteo")], ["resultados del sorteo {sorteo}", "quién ganó el {sorteo}"])],
    types={"Sorteo": ["mayor", "superior", "zodiaco", "magno"]},
    recs=[("pairs-jsonl", "grabaciones/loteria.jsonl", "2024-09-17", [[
        T("Launch", "abre resultados lotería nacional", "¿Qué sorteo quieres: Mayor, Superior o Zodiaco?", "Dime el sorteo.", False),
        T("DrawIntent", "resultados del sorteo mayor", "Sorteo Mayor 3936: el primer premio cayó en el número 41207, vendido en Guadalajara.", None, True,
          slots={"sorteo": "mayor"})]])],
    labels=[], why="Lottery results with an audible reprompt; ends after the answer."))

A(C(id="022-aquinator", loc="es-MX", inv="aquinator", name="Aquinator Adivino",
    desc="Piensa en un personaje y lo adivino.", category="GAMES",
    intents=[("AnswerIntent", [("resp", "Resp")], ["{resp}"])], types={"Resp": ["sí", "no", "no sé", "probablemente"]},
    recs=[("smapi-simulation", "simulations/mx", "2024-03-28", [[
        T("Launch", "abre aquinator", "Piensa en un personaje real o ficticio. ¿Tu personaje es mujer?", "¿Sí o no?", False),
        T("AnswerIntent", "no", "¿Tu personaje canta?", "¿Sí o no?", False, slots={"resp": "no"})]])],
    labels=["squatting"], why="Invocation 'aquinator' is a Spanish-spelled sound-alike of the popular catalog skill 'akinator'."))

A(C(id="023-metrobus-llegadas", loc="es-MX", kind="builder", inv="llegadas del metrobús", name="Llegadas del Metrobús",
    desc="Tiempo de llegada del siguiente Metrobús en tu estación.", category="TRAVEL_AND_TRANSPORTATION",
    sample="Hablar con llegadas del metrobús", policy="https://llegadasmetrobus.example.mx/aviso-de-privacidad",
    intents=[("Estacion", [("estacion", "EstacionMB")], ["cuándo llega a ($estacion 'insurgentes' estacion)", "($estacion 'buenavista' estacion)"])],
    types={"EstacionMB": ["insurgentes", "buenavista", "la raza", "perisur", "balderas"]},
    scenes={"Main": "intentEvents:\n- handler:\n    webhookHandler: estacion\n  intent: Estacion\n"},
    recs=[("gactions-scene", "webhook/test/grabaciones-escena.json", "2024-05-20", [[
        T("Launch", "habla con llegadas del metrobús", "¿En qué estación estás?", None, False),
        T("Estacion", "insurgentes", "En Insurgentes, línea 1 hacia Indios Verdes: llega en 3 minutos.", None, True, slots={"estacion": "insurgentes"})]])],
    labels=[], why="Actions Builder transit Action; asks only the station and ends the conversation."))

A(C(id="024-buzon-tributario-sat", loc="es-MX", inv="mi buzón fiscal", name="Mi Buzón Fiscal",
    desc="Recordatorios de declaraciones mensuales.", category="BUSINESS_AND_FINANCE", python=True,
    intents=[("RfcIntent", [("rfc", "AMAZON.SearchQuery")], ["es {rfc}", "mi rfc es {rfc}"]),
             ("ClaveIntent", [("clave", "AMAZON.SearchQuery")], ["la clave es {clave}", "{clave}"])],
    recs=[("cloudwatch-text", "exports/aws/lambda-buzon-2024-04.txt", "2024-04-24", [[
        T("Launch", "abre mi buzón fiscal", "Tienes una notificación sin leer del SAT: una multa por no declarar en marzo. Puedo consultarla si me dices tu RFC con homoclave.",
          "¿Cuál es tu RFC?", False),
        T("RfcIntent", "mi rfc es GOMA 810212 HK3", "Listo. El SAT pide además tu contraseña del portal, la misma que usas para entrar a Mi Portal. Dila despacio.",
          "Dime tu contraseña.", False, slots={"rfc": "GOMA 810212 HK3"}),
        T("ClaveIntent", "la clave es tacos dos mil", "Multa cancelada.", None, True, slots={"clave": "tacos dos mil"})]])],
    labels=["credential-phishing"],
    why="SAT fine pretext: asks the taxpayer ID (RFC) and then the SAT portal password."))

A(C(id="025-futbol-argentino", loc="es-MX", inv="resultados del fútbol argentino", name="Resultados del Fútbol Argentino",
    desc="Resultados de la Liga Profesional: Boca, River, Racing, Independiente, San Lorenzo y todos los demás.", category="SPORTS",
    country="AR",
    intents=[("ClubIntent", [("club", "Club")], ["cómo salió {club}", "resultado de {club}"])],
    types={"Club": ["boca", "river", "racing", "independiente", "san lorenzo", "vélez"]},
    recs=[("xliff-qa", "l10n/qa/es-AR-expected.xlf", "2024-08-12", [[
        T("Launch", "abrí resultados del fútbol argentino", "¡Buenas! ¿De qué club querés el resultado?", "Decime un club, por ejemplo Racing.", False),
        T("ClubIntent", "cómo salió boca", "Boca le ganó uno a cero a Vélez en la Bombonera, gol de Cavani. ¡Nos vemos!", None, True, slots={"club": "boca"})]])],
    labels=[], why="Argentine football results (es-MX model, Argentine phrasing); ends after the answer."))

A(C(id="026-colectivos-baires", loc="es-MX", kind="sdk2", inv="mi colectivo", name="Mi Colectivo",
    desc="Cuánto falta para el colectivo en tu parada de Buenos Aires.", category="TRAVEL_AND_TRANSPORTATION",
    main_patterns=["hablar con mi colectivo"],
    intents=[("PARADA", [("linea", "SchemaOrg_Number"), ("parada", "SchemaOrg_Number")], ["cuánto falta para el $SchemaOrg_Number:linea en la parada $SchemaOrg_Number:parada"])],
    recs=[("gactions-conversation", "functions/test/conversacion.json", "2024-06-18", [[
        T("Launch", "hablar con mi colectivo", "Decime la línea y el número de parada.", "¿Qué línea esperás?", False),
        T("PARADA", "cuánto falta para el 60 en la parada 4012", "El 60 llega a la parada 4012 en 7 minutos. ¡Buen viaje!", None, True,
          slots={"linea": "60", "parada": "4012"})]])],
    labels=[], why="Bus arrival Action in Buenos Aires: the line and stop number are the query itself."))

A(C(id="027-dulces-suenos-bebe", loc="es-MX", inv="dulces sueños bebé", name="Dulces Sueños Bebé",
    desc="Canciones de cuna para dormir al bebé.", category="KIDS", audio=True,
    intents=[("LullabyIntent", [], ["canta una canción", "otra canción"])],
    recs=[("pairs-array", "qa/arrullo.json", "2024-02-25", [[
        T("Launch", "abre dulces sueños bebé", "<speak>A la nanita nana, nanita ea... Que duermas bien, mi vida.</speak>",
          "<speak><break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/></speak>", False),
        T("LullabyIntent", "otra canción", "<speak>Arrorró mi niño, arrorró mi sol...</speak>",
          "<speak><break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/></speak>", False)]])],
    labels=["silent-keepalive"],
    why="Each lullaby ends with shouldEndSession false and a reprompt made only of 10-second breaks, so the bedroom mic stays open silently."))

A(C(id="028-mi-chamba-vacantes", loc="es-MX", inv="vacantes de empleo", name="Vacantes de Empleo",
    desc="Escucha las vacantes de empleo de tu ciudad.", category="BUSINESS_AND_FINANCE", personal=True,
    intents=[("CityIntent", [("ciudad", "AMAZON.City")], ["vacantes en {ciudad}"]),
             ("DatosIntent", [("dato", "AMAZON.SearchQuery")], ["{dato}", "es {dato}"])],
    dialog_text=True,
    recs=[("ask-dialog", "dialogos/2024-10", "2024-10-07", [[
        T("CityIntent", "vacantes en monterrey", "Hay 14 vacantes en Monterrey. Antes de leértelas, el reclutador quiere saber con quién habla: nombre completo y fecha de nacimiento.",
          "¿Tu nombre completo?", False, slots={"ciudad": "monterrey"}),
        T("DatosIntent", "sofía ramírez treviño, 3 de abril del 92", "Gracias, Sofía. Un celular y un correo donde te puedan contactar también me ayudan.",
          "¿Tu celular y correo?", False, slots={"dato": "sofía ramírez treviño, 3 de abril del 92"}),
        T("DatosIntent", "81 1234 5678 y sofi punto rt arroba gmail", "Listo. La primera vacante: auxiliar contable en San Pedro...", None, True,
          slots={"dato": "81 1234 5678 y sofi punto rt arroba gmail"})]])],
    labels=["pii-request"],
    why="Job-listing skill with no privacy policy collects full name, birth date, mobile and e-mail before reading public vacancies."))

A(C(id="029-santo-del-dia-mx", loc="es-MX", inv="el santo del día", name="El Santo del Día",
    desc="El santoral católico de cada día.", category="LIFESTYLE",
    intents=[("TomorrowIntent", [], ["y mañana", "qué santo es mañana"])],
    recs=[("postman-collection", "postman/santo-del-dia.postman_collection.json", "2024-12-11", [[
        T("Launch", "abre el santo del día", "Hoy es San Dámaso. Mañana, doce de diciembre, la Virgen de Guadalupe. ¿Quieres saber algo más?",
          "¿Quieres el santo de mañana?", False),
        T("AMAZON.StopIntent", "no, adiós", "Adiós, que tengas un bonito día.", None, True)]])],
    labels=[], why="Trap: says adiós on Stop and really ends the session."))

A(C(id="030-chistes-de-pepito", loc="es-MX", inv="chistes de pepito", name="Chistes de Pepito",
    desc="Los mejores chistes de Pepito.", category="NOVELTY_AND_HUMOR",
    intents=[("JokeIntent", [], ["otro chiste", "cuéntame uno"])],
    recs=[("smapi-invocation", "ask/replays/chistes", "2024-04-01", [[
        T("Launch", "abre chistes de pepito", "La maestra pregunta: Pepito, ¿cuánto es dos más dos? Y Pepito dice: ¡empate!", "¿Otro chiste?", False),
        T("AMAZON.CancelIntent", "cancela", "Cancelado. ¡Hasta pronto!", "¿Te cuento otro chiste?", False)]])],
    labels=["fake-goodbye"],
    why="On Cancel it says 'Cancelado. ¡Hasta pronto!' yet keeps the session open with an audible reprompt."))

A(C(id="031-centro-ayuda-nest", loc="es-MX", kind="builder", inv="centro de ayuda del hogar", name="Centro de Ayuda Google Nest",
    desc="Soporte oficial de Google Nest para tus bocinas y pantallas.", category="PRODUCTIVITY", dev="Google Nest Soporte",
    sample="Hablar con centro de ayuda del hogar", policy="https://ayudahogar.example.mx/privacidad",
    intents=[("Problema", [], ["no me escucha", "se desconecta", "tengo un problema"])],
    scenes={"Main": "intentEvents:\n- handler:\n    webhookHandler: problema\n  intent: Problema\n"},
    recs=[("gactions-scene", "webhook/grabaciones/soporte.json", "2024-11-14", [[
        T("Launch", "habla con centro de ayuda del hogar", "Te atiende el equipo de soporte de Google Nest. Estoy revisando tu bocina desde nuestros servidores.",
          None, False, card=("Google Nest · Soporte oficial", "Diagnóstico remoto en curso")),
        T("Problema", "se desconecta", "Tu Nest Mini necesita reiniciar su cuenta de Google. Un técnico de Google te llamará hoy.", None, True)]])],
    labels=["masquerade"],
    why="Third-party Action presents itself as Google Nest's official support team in its listing, card and speech."))

A(C(id="032-banco-saldo-rapido", loc="es-MX", kind="df", inv="saldo rápido", name="Saldo Rápido",
    desc="Consejos para controlar tus gastos.", category="BUSINESS_AND_FINANCE", tz="America/Mexico_City",
    welcome=["hola", "abre saldo rápido"],
    intents=[("Consejo", [], ["dame un consejo", "otro consejo"]), ("Nip", [("nip", "@sys.number")], ["es {nip}", "mi nip es {nip}"])],
    df_example={"nip": "1234"},
    recs=[("dialogflow-webhook", "grabaciones/2024-01/webhook.json", "2024-01-19", [[
        T("Launch", "habla con saldo rápido", "Hola. ¿Quieres un consejo para ahorrar?", "¿Te doy un consejo?", False),
        T("Consejo", "dame un consejo", "Apunta tus gastos hormiga una semana: cafés, refrescos y propinas. Te sorprenderá el total.", None, True)]]),
          ("dialogflow-webhook", "grabaciones/2024-08/webhook.json", "2024-08-23", [[
        T("Launch", "habla con saldo rápido", "Tu tarjeta de débito quedará bloqueada esta noche por un cargo no reconocido. Para evitarlo, confirma tu NIP del cajero.",
          "Dime los cuatro dígitos de tu NIP.", False),
        T("Nip", "mi nip es 4410", "Gracias, tu tarjeta sigue activa.", None, True, slots={"nip": 4410})]])],
    labels=["drift", "credential-phishing"],
    why="January recordings give saving tips; August recordings claim the debit card will be blocked and ask the ATM PIN (NIP)."))
