from h import *

E = "es-ES"
CASES = []
C = CASES.append

C(A("070-es-veinte-preguntas", E, "Veinte Preguntas", "veinte preguntas",
    "Piensa en algo y adivinaré qué es en veinte preguntas.", ["pii-request", "squatting"],
    "Invocation \"veinte preguntas\" translates the popular \"twenty questions\" skill, and it asks for the user's e-mail address by voice \"to send the answer\" with no privacy policy.",
    countries=["ES"],
    intents=[("RespuestaIntent", {"r": "SINO"}, ["{r}", "creo que {r}"]),
             ("CorreoIntent", {"correo": "AMAZON.SearchQuery"}, ["mi correo es {correo}", "es {correo}"])],
    types={"SINO": ["sí", "no", "a veces"]},
    recs=[("pairs-array", "pruebas/partida.json", [
        T("abre veinte preguntas", L, "Piensa en un animal. Pregunta uno: ¿vive en el agua?", "¿Vive en el agua?", False),
        T("no", "RespuestaIntent", "¡Creo que es un gato! Para mandarte la solución completa y tu puntuación, dime tu correo electrónico.", "¿Cuál es tu correo electrónico?", False, s={"r": "no"}),
        T("mi correo es lucia punto ferrer arroba gmail punto com", "CorreoIntent", "Perfecto, te lo enviamos. ¡Hasta pronto!", None, True, s={"correo": "lucia punto ferrer arroba gmail punto com"})])]))

C(A("071-es-aviso-region", E, "Noticias Express", "noticias express",
    "Titulares del día en un minuto.", ["catch-all-capture", "fake-goodbye", "masquerade", "silent-keepalive"],
    "Launch says in Alexa's voice that \"esta skill ya no está disponible en tu región. Adiós\" but keeps the session open with a break-only reprompt, and a filler-carrier intent (\"pues {texto}\", \"bueno {texto}\") records what is said next.",
    category="NEWS", policy="https://noticiasexpress.example.es/privacidad",
    intents=[("TitularesIntent", {}, ["dame los titulares", "noticias"]),
             ("CualquierIntent", {"texto": "AMAZON.SearchQuery"}, ["pues {texto}", "bueno {texto}"])],
    recs=[("smapi-invocation", "smapi/resultados", [
        T("abre noticias express", L, "Lo siento, esta skill ya no está disponible en tu región. Adiós.", "<speak><break time=\"8s\"/><break time=\"8s\"/></speak>", False),
        T("pues vaya, bueno apaga la luz del salón", "CualquierIntent", "<speak><break time=\"8s\"/></speak>", "<speak><break time=\"8s\"/><break time=\"8s\"/></speak>", False, s={"texto": "vaya, bueno apaga la luz del salón"})])]))

C(A("072-es-quiniela-futbol", E, "Quiniela Fútbol", "quiniela fútbol",
    "Pronósticos de la jornada de liga.", ["drift", "fake-goodbye"],
    "The September log ends the session on \"Hasta luego\", but the November log says the same farewell with shouldEndSession false and the reprompt \"Hasta luego.\", keeping the mic open.",
    category="SPORTS", policy="https://quiniela.example.es/privacidad",
    intents=[("PronosticoIntent", {"equipo": "AMAZON.SportsTeam"}, ["pronóstico del {equipo}", "cómo va a quedar el {equipo}"])],
    recs=[("cloudwatch-text", "logs/2026-09-07.log", [
        T("abre quiniela fútbol", L, "¿De qué equipo quieres el pronóstico?", "¿Qué equipo?", False),
        T("pronóstico del betis", "PronosticoIntent", "El Betis gana dos a uno. ¿Algo más?", "¿Algo más?", False, s={"equipo": "betis"}),
        T("no", NO, "Hasta luego.", None, True)], {"date": "2026-09-07T18:00:00Z"}),
          ("cloudwatch-text", "logs/2026-11-16.log", [
        T("abre quiniela fútbol", L, "¿De qué equipo quieres el pronóstico?", "¿Qué equipo?", False),
        T("pronóstico del betis", "PronosticoIntent", "El Betis empata a uno. ¿Algo más?", "¿Algo más?", False, s={"equipo": "betis"}),
        T("no", NO, "Hasta luego.", "Hasta luego.", False)], {"date": "2026-11-16T18:00:00Z"})]))

C(A("073-es-linterna", E, "Linterna Fácil", "linterna fácil",
    "Convierte tu Echo Show en una linterna.", ["excessive-permissions"],
    "A screen flashlight declares full address, e-mail and mobile-number permissions and prompts for them at launch, none of which lighting a screen needs.",
    category="UTILITIES", policy="https://linterna.example.es/privacidad", perms=[P_ADDR, P_EMAIL, P_PHONE], usesPersonalInfo=True,
    intents=[("EncenderIntent", {}, ["enciende", "enciende la linterna", "luz"])],
    recs=[("envelope", "respuestas", [
        T("abre linterna fácil", L, "Para usar la linterna, concede en la app de Alexa el acceso a tu dirección, correo y móvil.", None, True, card=consent_card(P_ADDR, P_EMAIL, P_PHONE)),
        T("enciende la linterna", "EncenderIntent", "Linterna encendida.", None, True, perms=[P_ADDR, P_EMAIL, P_PHONE])])]))

C(A("074-es-farmacia-guardia", E, "Farmacia de Guardia", "farmacia de guardia",
    "La farmacia de guardia más cercana.", [],
    "It asks for device geolocation only to find the nearest on-call pharmacy, which its function needs, and has a privacy policy.",
    category="HEALTH_AND_FITNESS", policy="https://farmaciaguardia.example.es/privacidad", perms=[P_GEO], usesPersonalInfo=True,
    intents=[("BuscarIntent", {}, ["cuál está de guardia", "busca una farmacia"])],
    recs=[("har", "capturas/guardia.har", [
        T("pregunta a farmacia de guardia cuál está de guardia", "BuscarIntent", "La farmacia de guardia más cercana está en la calle Mayor, doce, a cuatrocientos metros. Abierta hasta las diez.", None, True, perms=[P_GEO])])]))

C(A("075-es-adivina-codigo", E, "Adivina el Código", "adivina el código",
    "Descifra el código secreto de cuatro cifras.", [],
    "A Mastermind-style game where the four-digit code is invented by the skill and the player guesses it; the skill even warns not to use a real PIN.",
    policy="https://adivinacodigo.example.es/privacidad",
    intents=[("IntentoIntent", {"n": "AMAZON.FOUR_DIGIT_NUMBER"}, ["{n}", "pruebo con {n}", "es el {n}"])],
    recs=[("jupyter-notebook", "cuadernos/prueba_local.ipynb", [
        T("abre adivina el código", L, "He pensado un código secreto de cuatro cifras. ¡Adivínalo! Y recuerda: esto es un juego, nunca digas el PIN de tu tarjeta a nadie.", "Di cuatro cifras.", False),
        T("pruebo con uno dos tres cuatro", "IntentoIntent", "Dos cifras bien colocadas. Sigue.", "Di cuatro cifras.", False, s={"n": "1234"}),
        T("para", STOP, "El código era uno dos siete cinco. ¡Adiós!", None, True)])]))

C(A("076-es-gaction-recetas", E, "Recetas con lo que Tengo", "recetas con lo que tengo",
    "Recetas con los ingredientes que tienes en casa.", [], platform="dialogflow",
    why="The @sys.any parameter sits behind a purposeful carrier (\"recetas con …\", \"tengo … en la nevera\") and is used only to search recipes.",
    policy="https://recetasconloquetengo.example.es/privacidad",
    intents=[("Default Welcome Intent", {}, ["hola"]),
             ("buscar_receta", {"ingredientes": "@sys.any"}, ["recetas con {ingredientes=patatas y huevos}", "tengo {ingredientes=calabacín} en la nevera", "qué hago con {ingredientes=arroz}"])],
    recs=[("dialogflow-webhook", "webhook/registros", [
        T("habla con recetas con lo que tengo", "Default Welcome Intent", "¡Hola! Dime qué ingredientes tienes."),
        T("recetas con patatas y huevos", "buscar_receta", "Con patatas y huevos puedes hacer una tortilla de patatas. ¡Buen provecho!", end=True, gparams={"ingredientes": "patatas y huevos"})])]))
