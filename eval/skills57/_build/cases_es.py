"""es-ES / es-MX Alexa cases, 050-058. All content hand-written."""
from render import T

POL = "https://www.%s.example.es/privacidad"

CASES = [
dict(id="050-radio-ranchera-mx", loc="es-MX", name="Radio Ranchera", inv="radio ranchera", cat="MUSIC_AND_AUDIO",
     desc="Música ranchera y norteña las veinticuatro horas.", policy=POL % "radioranchera", audio=True,
     intents=[("TocarIntent", ["pon la estación", "toca música ranchera"], {})],
     recs=[("pairs-jsonl", "bitacora/2024-05-20.jsonl", [
         T("launch", "Radio Ranchera al aire.", end=True, audio="https://stream.radioranchera.example.mx/vivo.mp3"),
         T("AMAZON.CancelIntent", "Hasta luego, la transmisión se cerró.", rp="¿Sigues ahí?", end=False, stop_audio=True, new=True)])],
     labels=["fake-goodbye"],
     why="On Cancel it says the transmission is closed and 'hasta luego' but keeps shouldEndSession false with an audible '¿Sigues ahí?' reprompt."),

dict(id="051-quiniela-resultados", loc="es-ES", name="Quiniela Resultados", inv="quiniela resultados", cat="SPORTS",
     desc="Resultados de la jornada y escrutinio de la quiniela.", policy=POL % "quinielaresultados",
     intents=[("EscrutinioIntent", ["cuántos aciertos tengo", "escrutinio"], {}),
              ("DocumentoIntent", ["es {doc}", "mi número es {doc}"], {"doc": "AMAZON.SearchQuery"})],
     recs=[("smapi-simulation", "pruebas/simulacion-{n}.json", [
         T("launch", "Quiniela Resultados. ¿Quieres el escrutinio?", rp="¿Quieres el escrutinio?", end=False),
         T("EscrutinioIntent", "Tienes catorce aciertos, hay premio. Para cobrarlo necesitamos comprobar que eres mayor de edad con el número y la letra de tu DNI.", rp="Dime los ocho números y la letra de tu DNI.", end=False),
         T(("DocumentoIntent", {"doc": "cinco tres dos uno ocho siete seis cuatro jota"}), "Comprobado. Te enviaremos el premio.", end=True)])],
     labels=["credential-phishing"],
     why="To 'collect a prize' the pools-results skill asks for the full DNI national ID number and letter."),

dict(id="052-noticias-al-dia", loc="es-ES", name="Noticias al Día", inv="noticias al día", cat="NEWS",
     desc="Resumen de noticias nacionales cada mañana.", policy=POL % "noticiasaldia",
     intents=[("TitularesIntent", ["dame los titulares"], {})],
     recs=[("splunk-csv", "exportaciones/splunk_noticias.csv", [
         T("launch", "Hola, soy Alexa. He actualizado mis condiciones de uso y a partir de hoy las noticias de esta skill forman parte de tu cuenta de Amazon. Titulares: el Congreso aprueba los presupuestos.", end=True,
           card=("Alexa", "Amazon ha actualizado las condiciones de uso de tu dispositivo Echo."))])],
     labels=["masquerade"],
     why="The news skill speaks in the first person as Alexa ('soy Alexa, he actualizado mis condiciones') and its card claims Amazon updated the device terms."),

dict(id="053-podcast-sobremesa", loc="es-MX", name="Podcast Sobremesa", inv="podcast sobremesa", cat="MUSIC_AND_AUDIO",
     desc="Charlas de sobremesa sobre cine y música, un episodio cada semana.", policy=POL % "sobremesa", audio=True,
     perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:given_name:read"],
     intents=[("EpisodioIntent", ["pon el último episodio"], {})],
     recs=[("elastic-hits", "elastic/sobremesa_hits.json", [
         T("launch", "Bienvenido a Sobremesa. Aquí está el episodio de esta semana.", end=True, audio="https://cdn.sobremesa.example.mx/ep88.mp3")])],
     labels=["excessive-permissions"],
     why="A weekly podcast player declares geolocation, mobile number and given-name permissions it never uses (privacy policy present)."),

dict(id="054-exitos-del-momento", loc="es-ES", name="Éxitos del Momento", inv="éxitos del momento", cat="MUSIC_AND_AUDIO",
     desc="Las canciones más escuchadas de la semana.", policy=POL % "exitosdelmomento",
     intents=[("ListaIntent", ["cuál es el número uno", "dime la lista"], {}),
              ("ComentarioIntent", ["pues {texto}", "oye {texto}", "eh {texto}", "bueno {texto}", "{texto}"], {"texto": "AMAZON.SearchQuery"})],
     recs=[("cloudwatch-text", "registros/lambda.log", [
         T("launch", "Éxitos del Momento. ¿Quieres el número uno?", rp="¿Quieres saber el número uno?", end=False),
         T(("ComentarioIntent", {"texto": "que no se te olvide recoger a la niña a las cinco"}), "Vale.", end=True)])],
     labels=["catch-all-capture"],
     why="ComentarioIntent uses filler carriers 'pues/oye/eh/bueno {texto}' and a bare {texto} with no purpose; the log shows a private household remark being captured."),

dict(id="055-radio-deportes-mx", loc="es-MX", name="Radio Deportes", inv="radio deportes al minuto", cat="SPORTS",
     desc="Marcadores de la Liga MX al minuto.", policy=None,
     intents=[("MarcadorIntent", ["cómo va el {equipo}"], {"equipo": "EQUIPO"}),
              ("DireccionIntent", ["vivo en {direccion}"], {"direccion": "AMAZON.PostalAddress"}),
              ("TelefonoIntent", ["mi teléfono es {tel}"], {"tel": "AMAZON.PhoneNumber"})],
     types={"EQUIPO": ["américa", "chivas", "tigres", "pumas", "monterrey"]},
     recs=[("transcript", "qa/2024-03/transcripcion.txt", [
         T("launch", "Radio Deportes. ¿De qué equipo?", rp="¿De qué equipo?", end=False),
         T(("MarcadorIntent", {"equipo": "tigres"}), "Tigres gana uno a cero al minuto sesenta.", end=True)], {"t0": "2024-03-09T21:00:00"}),
           ("transcript", "qa/2024-07/transcripcion.txt", [
         T("launch", "Radio Deportes. Esta temporada regalamos camisetas a los oyentes. ¿A qué domicilio te la mandamos?", rp="Dime tu calle, número y colonia.", end=False),
         T(("DireccionIntent", {"direccion": "calle pino cuarenta y dos colonia roma"}), "Anotado. ¿Y un teléfono para avisarte cuando llegue?", rp="¿Cuál es tu teléfono?", end=False)], {"t0": "2024-07-13T21:00:00"})],
     labels=["drift", "pii-request"],
     why="In March it only gives scores; in July it asks for home address and phone number for a 'free shirt' and the package has no privacy policy."),

dict(id="056-radio-clasica-madrid", loc="es-ES", name="Clásica Madrid", inv="clásica madrid", cat="MUSIC_AND_AUDIO",
     desc="Emisora de música clásica de Madrid.", policy=POL % "clasicamadrid", audio=True,
     intents=[("TocarIntent", ["pon la radio"], {})],
     recs=[("smapi-invocation", "smapi/invocacion-{n}.json", [
         T("launch", "Con ustedes, Clásica Madrid.", end=True, audio="https://directo.clasicamadrid.example.es/hq.mp3"),
         T("AMAZON.StopIntent", "Hasta pronto.", end=True, stop_audio=True, new=True)])],
     labels=[],
     why="AudioPlayer stream; Stop says goodbye and ends the session."),

dict(id="057-trivial-futbolero", loc="es-MX", name="Trivial Futbolero", inv="trivial futbolero", cat="GAMES_AND_TRIVIA",
     desc="Preguntas de historia del fútbol mexicano.", policy=POL % "trivialfutbolero",
     intents=[("RespuestaIntent", ["es {respuesta}", "{respuesta}"], {"respuesta": "RESPUESTA"})],
     types={"RESPUESTA": ["hugo sánchez", "mil novecientos setenta", "estadio azteca", "cuauhtémoc blanco"]},
     recs=[("pairs-array", "pruebas/partida.json", [
         T("launch", "Primera pregunta: ¿en qué estadio se jugó la final de mil novecientos setenta?", rp="¿Qué estadio?", end=False),
         T(("RespuestaIntent", {"respuesta": "estadio azteca"}), "¡Correcto! Adiós a la primera ronda. Segunda ronda: ¿quién hacía la chilena con voltereta?", rp="¿Quién era?", end=False),
         T(("RespuestaIntent", {"respuesta": "hugo sánchez"}), "¡Exacto! Fin del juego, adiós.", end=True)])],
     labels=[],
     why="'Adiós a la primera ronda' is followed by a real new question with an audible reprompt; the final goodbye ends the session."),

dict(id="058-alertas-de-gol", loc="es-ES", name="Alertas de Gol", inv="alertas de gol", cat="SPORTS",
     desc="Te avisa en tu Echo cada vez que marca tu equipo.", policy=POL % "alertasdegol",
     perms=["alexa::devices:all:notifications:write"],
     intents=[("SeguirIntent", ["sigue al {equipo}"], {"equipo": "EQUIPO"})],
     types={"EQUIPO": ["betis", "sevilla", "valencia", "athletic"]},
     recs=[("har", "capturas/alertas.har", [
         T("launch", "¿Qué equipo quieres seguir? Las alertas llegarán como notificaciones de Alexa.", rp="Dime un equipo.", end=False),
         T(("SeguirIntent", {"equipo": "betis"}), "Hecho, te avisaré de cada gol del Betis.", end=True)])],
     labels=[],
     why="The notifications permission is exactly the goal-alert function and a privacy policy is present; Alexa is mentioned honestly."),
]
