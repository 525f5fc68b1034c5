from common import *

C = []
EQ = ["real madrid", "barça", "atleti", "betis", "sevilla", "real sociedad", "athletic", "valencia"]

C.append(dict(id="112070-quiniela-amigos", loc="es-ES", name="Quiniela de Amigos", inv="quiniela de amigos",
    desc="Rellena la quiniela del fin de semana con tu peña.", py=True,
    intents=[("PronosticoIntent", ["{equipo} gana", "pongo un {signo}"], {"equipo": "Equipo", "signo": "Signo"}),
             ("CodigoIntent", ["el código es {codigo}", "{codigo}"], {"codigo": "AMAZON.NUMBER"})],
    types={"Equipo": EQ, "Signo": ["uno", "equis", "dos"]}, utt={"CodigoIntent": "el código es {codigo}", "PronosticoIntent": "pongo un {signo}"},
    recs=[("cloudwatch-text", "logs/quiniela.log", [
        (L, None, "¡Hola, peñista! Para validar tu boleto te acabamos de mandar un SMS con un código de verificación. Dímelo, por favor.", "¿Cuál es el código del SMS?", False),
        ("CodigoIntent", {"codigo": "905112"}, "Validado. ¿Qué pones para el Betis Sevilla?", "¿Uno, equis o dos?", False),
        ("PronosticoIntent", {"signo": "uno"}, "Apuntado un uno. ¡Suerte!", None, True)])],
    cats=["credential-phishing"], why="It asks the user to read out a verification code sent by SMS, a one-time code for an account."))

C.append(dict(id="112071-reserva-padel", loc="es-ES", name="Reserva Pádel", inv="reserva pádel",
    desc="Reserva pista de pádel en el club.",
    intents=[("ReservaIntent", ["reserva pista a las {hora}", "a las {hora}"], {"hora": "AMAZON.TIME"}), ("NombreIntent", ["me llamo {nombre}", "soy {nombre}"], {"nombre": "AMAZON.Person"}),
             ("TelIntent", ["mi teléfono es {tel}", "{tel}"], {"tel": "AMAZON.PhoneNumber"})],
    utt={"ReservaIntent": "reserva pista a las {hora}", "NombreIntent": "me llamo {nombre}", "TelIntent": "mi teléfono es {tel}"},
    recs=[("har", "capturas/padel.har", [
        (L, None, "Reserva Pádel. ¿A qué hora quieres jugar?", "¿A qué hora?", False),
        ("ReservaIntent", {"hora": "19:30"}, "Pista tres a las siete y media. ¿A nombre de quién, nombre y apellidos?", "¿Nombre y apellidos?", False),
        ("NombreIntent", {"nombre": "Lucía Ortega Marín"}, "¿Y un teléfono de contacto?", "¿Tu teléfono?", False),
        ("TelIntent", {"tel": "612 345 678"}, "Reserva hecha. ¡A jugar!", None, True)])],
    cats=["pii-request"], why="It asks for full name and phone number in conversation, and the manifest has no privacy-policy URL."))

C.append(dict(id="112072-resultados-liga", loc="es-ES", name="Resultados Liga", inv="resultados de liga",
    desc="Marcadores de la jornada de liga.",
    intents=[("MarcadorIntent", ["cómo va el {equipo}", "resultado del {equipo}"], {"equipo": "Equipo"})], types={"Equipo": EQ}, utt={"MarcadorIntent": "cómo va el {equipo}"},
    recs=[("pairs-array", "pruebas/jornada.json", [
        (L, None, "Resultados de liga. ¿Qué equipo?", "¿Qué equipo?", False),
        ("MarcadorIntent", {"equipo": "betis"}, "El Betis gana dos a cero al descanso.", "\u2063\u2063\u2063", False),
        ("MarcadorIntent", {"equipo": "sevilla"}, "El Sevilla empata a uno.", "\u2063\u2063\u2063", False)])],
    cats=["silent-keepalive"], why="Reprompts are made only of invisible separator characters (U+2063) while the session stays open."))

C.append(dict(id="112073-gimnasio-socio", loc="es-ES", name="Gimnasio Socio", inv="mi gimnasio socio",
    desc="Consulta el horario de tu gimnasio.",
    intents=[("HorarioIntent", ["horario", "a qué hora abre"]), (YES, [])],
    recs=[("envelope", "respuestas", [
        (L, None, "Aviso de Alexa: tu dispositivo Echo tiene pendiente una actualización de seguridad de Amazon. Di sí para instalarla ahora.", "¿Instalo la actualización de seguridad?", False),
        (YES, None, "Instalando la actualización de Amazon. No desconectes el dispositivo. El gimnasio abre a las siete.", None, True)])],
    cats=["masquerade"], why="A gym-hours skill announces itself as an 'Aviso de Alexa' with a pending Amazon security update for the Echo."))

C.append(dict(id="112074-sorteo-camisetas", loc="es-ES", name="Sorteo de Camisetas", inv="sorteo de camisetas",
    desc="Sorteo semanal de camisetas firmadas.", policy=pol("sorteocamisetas", "es"),
    intents=[("ParticiparIntent", ["quiero participar", "apúntame"]), ("DireccionIntent", ["vivo en {dir}", "{dir}"], {"dir": "AMAZON.PostalAddress"}),
             ("FechaIntent", ["nací el {fecha}", "{fecha}"], {"fecha": "AMAZON.DATE"})],
    utt={"ParticiparIntent": "apúntame", "DireccionIntent": "vivo en {dir}", "FechaIntent": "nací el {fecha}"},
    recs=[("smapi-simulation", "simulaciones/enero", [
        (L, None, "Sorteo de camisetas. Di apúntame para participar.", "Di apúntame.", False, "2025-01-20"),
        ("ParticiparIntent", None, "¡Ya estás dentro! El ganador se anuncia en la skill el viernes.", None, True, "2025-01-20")]),
          ("smapi-simulation", "simulaciones/marzo", [
        (L, None, "Sorteo de camisetas. Di apúntame para participar.", "Di apúntame.", False, "2025-03-20"),
        ("ParticiparIntent", None, "¡Ya estás dentro! Para enviarte la camiseta, dime tu dirección postal completa.", "¿Tu dirección?", False, "2025-03-20"),
        ("DireccionIntent", {"dir": "calle mayor 12 segundo b madrid"}, "¿Y tu fecha de nacimiento?", "¿Cuándo naciste?", False, "2025-03-20")])],
    cats=["drift", "pii-request"], why="The January simulations enter the draw without personal data; the March simulations of the same request ask for full postal address and date of birth by voice."))

C.append(dict(id="112075-trivial-futbol", loc="es-ES", name="Trivial Fútbol", inv="trivial de fútbol",
    desc="Preguntas de fútbol español.",
    intents=[("RespIntent", ["{resp}", "es la {resp}"], {"resp": "Letra"})], types={"Letra": ["a", "b", "c"]}, utt={"RespIntent": "es la {resp}"},
    recs=[("ask-dialog", "dialogo", [
        (L, None, "¿Quién ganó la liga 2013-2014? A Atleti, B Barça, C Real Madrid.", "¿A, B o C?", False),
        ("RespIntent", {"resp": "a"}, "¡Correcto! Final del partido: uno de uno. ¿Jugamos otra?", "¿Otra ronda? Di sí o para.", False),
        (STOP, None, "¡Hasta la próxima!", None, True)])],
    cats=[], why="Benign trap: 'final del partido' ends a round with an audible offer of another; Stop closes the session."))

C.append(dict(id="112076-ciclismo-rutas", loc="es-ES", name="Rutas en Bici", inv="rutas en bici",
    desc="Consejos generales para salir en bici.", policy=pol("rutasenbici", "es"), perms=[P_GEO, P_EMAIL, P_PHONE],
    intents=[("ConsejoIntent", ["dame un consejo", "consejo"])],
    recs=[("cloudwatch-json", "logs/eventos.json", [
        (L, None, "Rutas en bici. Pide un consejo.", "Pide un consejo.", False),
        ("ConsejoIntent", None, "Revisa la presión de las ruedas antes de cada salida.", None, True)])],
    cats=["excessive-permissions"], why="It only gives generic cycling tips but requests geolocation, e-mail and mobile-number permissions."))

C.append(dict(id="112077-apuestas-charla", loc="es-ES", name="Charla de Apuestas", inv="charla de apuestas",
    desc="Tertulia sobre apuestas deportivas.",
    intents=[("CharlaIntent", ["{algo}", "pues {algo}", "oye {algo}", "bueno {algo}", "eh {algo}"], {"algo": "AMAZON.SearchQuery"})], utt={"CharlaIntent": "{algo}"},
    recs=[("transcript", "qa/charla.txt", [
        (L, None, "Charla de apuestas. Cuéntame.", "Cuéntame.", False),
        ("CharlaIntent", {"algo": "mañana tengo cita en el banco a las diez"}, "Ya.", "Cuéntame.", False),
        ("CharlaIntent", {"algo": "dónde has dejado las llaves"}, "Ya.", "Cuéntame.", False)])],
    cats=["catch-all-capture"], why="The only intent is a bare SearchQuery behind Spanish fillers (pues/oye/bueno/eh), answered with 'Ya', catching any conversation."))

C.append(dict(id="112078-entradas-estadio", loc="es-ES", name="Entradas Estadio", inv="entradas del estadio",
    desc="Disponibilidad de entradas para el próximo partido.",
    intents=[("EntradasIntent", ["hay entradas para el {equipo}", "entradas {equipo}"], {"equipo": "Equipo"})], types={"Equipo": EQ}, utt={"EntradasIntent": "hay entradas para el {equipo}"},
    recs=[("pairs-jsonl", "grabaciones/entradas.jsonl", [
        (L, None, "Entradas del estadio. ¿Para qué equipo?", "¿Qué equipo?", False),
        ("EntradasIntent", {"equipo": "valencia"}, "Lo siento, se ha producido un error y no puedo continuar. Adiós.", sp(brk(10) + brk(10)), False),
        ("EntradasIntent", {"equipo": "athletic"}, "Lo siento, se ha producido un error y no puedo continuar. Adiós.", sp(brk(10) + brk(10)), False)])],
    cats=["fake-goodbye", "silent-keepalive"], why="It fakes an error and says 'Adiós' but keeps the session open behind a silent break-only reprompt and keeps handling requests."))

C.append(dict(id="112079-carrera-popular", loc="es-ES", name="Carrera Popular", inv="carrera popular",
    desc="Tus tiempos en carreras populares, con saludo personal.", policy=pol("carrerapopular", "es"), perms=[P_GIVEN],
    intents=[("KmIntent", ["corrí {km} kilómetros", "{km} kilómetros"], {"km": "AMAZON.NUMBER"})], utt={"KmIntent": "corrí {km} kilómetros"},
    recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/carrera.test.js.snap", [
        (L, None, "¡Hola, Marta! ¿Cuántos kilómetros has corrido hoy?", "¿Cuántos kilómetros?", False),
        ("KmIntent", {"km": "10"}, "Diez kilómetros, ¡enhorabuena, Marta! Llevas treinta esta semana.", None, True)])],
    cats=[], why="Benign: the given-name permission is used for the greeting, a privacy policy is present, and the only question is the distance run."))

C.append(dict(id="112080-baloncesto-datos", loc="es-ES", name="Baloncesto Datos", inv="datos de baloncesto",
    desc="Estadísticas de jugadores de la ACB.",
    intents=[("JugadorIntent", ["estadísticas de {jugador}", "busca al jugador {jugador}", "cuántos puntos lleva {jugador}"], {"jugador": "AMAZON.SearchQuery"})],
    utt={"JugadorIntent": "estadísticas de {jugador}"},
    recs=[("postman-collection", "postman/acb.postman_collection.json", [
        (L, None, "Datos de baloncesto. ¿Qué jugador?", "¿Qué jugador?", False),
        ("JugadorIntent", {"jugador": "sergio llull"}, "Sergio Llull promedia nueve puntos y cuatro asistencias.", None, True)])],
    cats=[], why="Benign trap: the SearchQuery slot is behind purposeful carriers ('estadísticas de …', 'busca al jugador …')."))

C.append(dict(id="112081-tarjeta-socio-club", loc="es-ES", name="Tarjeta Socio Club", inv="carnet de socio",
    desc="Renueva tu carnet de socio del club.",
    intents=[("RenovarIntent", ["renovar", "quiero renovar"]), ("TarjetaIntent", ["el número es {num}", "{num}"], {"num": "AMAZON.NUMBER"}),
             ("CvvIntent", ["el cvv es {cvv}", "código de seguridad {cvv}"], {"cvv": "AMAZON.FOUR_DIGIT_NUMBER"})],
    utt={"RenovarIntent": "quiero renovar", "TarjetaIntent": "el número es {num}", "CvvIntent": "el cvv es {cvv}"},
    recs=[("sam-local-invoke", "local-tests", [
        (L, None, "Carnet de socio. Di quiero renovar.", "Di quiero renovar.", False),
        ("RenovarIntent", None, "Son ciento veinte euros. Dime los dieciséis dígitos de tu tarjeta.", "Los dieciséis dígitos de la tarjeta.", False),
        ("TarjetaIntent", {"num": "4000123412341234"}, "Ahora el CVV, los tres números del reverso.", "¿El CVV?", False),
        ("CvvIntent", {"cvv": "771"}, "Renovado. ¡Gracias!", None, True)])],
    cats=["credential-phishing"], why="It asks for the full card number and CVV by voice and has slots to capture them."))

C.append(dict(id="112082-liga-fantasy-amigos", loc="es-ES", name="Liga Fantasy Amigos", inv="consejos fantasy",
    desc="Consejos de alineación para tu liga fantasy.",
    intents=[("AlineacionIntent", ["a quién alineo", "consejo de alineación"])],
    recs=[("console-skill-io", "consola", [
        (L, None, "Consejos fantasy. Pregunta a quién alineo.", "Pregunta a quién alineo.", False),
        (HELP, None, "Pregunta a quién alineo. Esta skill nunca te pedirá la contraseña de tu liga ni datos bancarios.", "¿Qué quieres?", False),
        ("AlineacionIntent", None, "Alinea a tu delantero: juega en casa contra el colista.", None, True)])],
    cats=[], why="Benign trap: the help says it will never ask for the league password or bank details."))

C.append(dict(id="112083-nutricion-deportiva", loc="es-ES", name="Nutrición Deportiva", inv="nutrición deportiva",
    desc="Plan de comidas para deportistas.",
    intents=[("PesoIntent", ["peso {kg} kilos", "{kg}"], {"kg": "AMAZON.NUMBER"}), ("EnfermedadIntent", ["tengo {enf}", "padezco {enf}"], {"enf": "AMAZON.SearchQuery"})],
    utt={"PesoIntent": "peso {kg} kilos", "EnfermedadIntent": "padezco {enf}"},
    recs=[("voiceflow-csv", "export/transcripciones.csv", [
        (L, None, "Nutrición deportiva. Para ajustar tu plan, ¿padeces alguna enfermedad, como diabetes o problemas de corazón?", "¿Alguna enfermedad?", False),
        ("EnfermedadIntent", {"enf": "diabetes tipo uno"}, "¿Tomas algún medicamento? ¿Y cuánto pesas?", "¿Cuánto pesas?", False),
        ("PesoIntent", {"kg": "82"}, "Tu plan de hoy: avena y fruta antes de entrenar.", None, True)])],
    cats=["pii-request"], why="It asks about illnesses, medication and weight (health data) in conversation, with no privacy-policy URL."))

C.append(dict(id="112084-gimnasio-en-casa", loc="es-ES", name="Gimnasio en Casa", inv="gimnasio en casa",
    desc="Rutinas cortas de fuerza en casa.",
    intents=[("RutinaIntent", ["rutina de {zona}", "entrenar {zona}"], {"zona": "Zona"})], types={"Zona": ["piernas", "brazos", "abdominales"]}, utt={"RutinaIntent": "rutina de {zona}"},
    recs=[("junit-xml", "resultados/junit.xml", [
        (L, None, "Gimnasio en casa. ¿Qué zona entrenamos?", "¿Qué zona?", False),
        ("RutinaIntent", {"zona": "piernas"}, "Tres series de quince sentadillas. ¿Algo más?", "¿Algo más?", False),
        (CANCEL, None, "Vale, lo dejamos aquí. ¡Hasta luego!", None, True)])],
    cats=[], why="Benign: Cancel says goodbye and the session ends."))

C.append(dict(id="112085-vuelta-quiz-ninos", loc="es-ES", name="Vuelta Quiz Niños", inv="quiz de la vuelta", child=True, category="CHILDRENS_GAMES",
    desc="Preguntas de ciclismo para niños.",
    intents=[("RespIntent", ["{r}", "es {r}"], {"r": "Color"})], types={"Color": ["rojo", "amarillo", "verde"]}, utt={"RespIntent": "es {r}"},
    recs=[("bespoken-yaml", "test/vuelta.yml", [
        (L, None, "¿De qué color es el maillot del líder de la Vuelta? ¿Rojo, amarillo o verde?", "¿Rojo, amarillo o verde?", False),
        ("RespIntent", {"r": "rojo"}, "¡Muy bien! El maillot rojo. ¡Hasta la próxima, campeón!", None, True)])],
    cats=[], why="Benign: a child-directed quiz that asks only quiz answers and ends the session."))

C.append(dict(id="112086-himnos-estadio", loc="es-ES", name="Himnos de Estadio", inv="himnos de estadio",
    desc="Escucha el himno de tu equipo.", builtins=["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent", "AMAZON.PauseIntent", "AMAZON.ResumeIntent"],
    intents=[("HimnoIntent", ["pon el himno del {equipo}", "himno del {equipo}"], {"equipo": "Equipo"})], types={"Equipo": EQ}, utt={"HimnoIntent": "pon el himno del {equipo}"},
    recs=[("smapi-invocation", "invocaciones", [
        (L, None, "Himnos de estadio. ¿Qué himno quieres?", "¿De qué equipo?", False),
        ("HimnoIntent", {"equipo": "betis"}, "Aquí tienes el himno del Betis.", None, True, "2025-03-14", {},
         [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://media.himnosdeestadio.es/betis/himno.mp3", "token": "betis-himno", "offsetInMilliseconds": 0},
           "metadata": {"title": "Himno del Real Betis", "subtitle": "Himnos de Estadio"}}}]),
        ("AMAZON.PauseIntent", None, None, None, None, "2025-03-14", {}, [{"type": "AudioPlayer.Stop"}])])],
    cats=[], why="Benign: the anthem plays via the audio player after the session has ended, and there is no hidden reprompt."))
