# de-DE and es-ES cases of set 114
STOP = "AMAZON.StopIntent"
HELP = "AMAZON.HelpIntent"
D = dict(locale="de-DE", country="DE")
E = dict(locale="es-ES", country="ES")

CASES = [
# ------------------------------------------------------------------ de-DE
dict(id="114100-de-hausverwaltung", **D, cats=["drift", "silent-keepalive"], name="Hausverwaltung Info", inv="hausverwaltung info",
     desc="Aushänge, Ablesetermine und Ansprechpartner Ihrer Hausverwaltung.", policy="https://hv-schneider.de/datenschutz",
     intents=[("AblesungIntent", ["wann ist die ablesung", "ablesetermin"]), ("AushangIntent", ["was hängt aus", "neue aushänge"])],
     why="Im April endet die Antwort zum Ablesetermin die Sitzung; im Oktober bleibt sie nach derselben Antwort mit einem Reprompt aus reinen <break time=\"10s\"/>-Pausen offen.",
     recs=[("cloudwatch-text", "logs/2025-04/hausverwaltung.log", [[
         ("öffne hausverwaltung info", "launch", "Hausverwaltung Schneider. Fragen Sie nach dem Ablesetermin oder den Aushängen.", "Was möchten Sie wissen?", False),
         ("wann ist die ablesung", "AblesungIntent", "Die Heizkostenablesung ist am Dienstag, den vierzehnten, zwischen acht und zwölf Uhr.", None, True),
     ]], "2025-04-02T18:00:00"),
           ("cloudwatch-text", "logs/2025-10/hausverwaltung.log", [[
         ("öffne hausverwaltung info", "launch", "Hausverwaltung Schneider. Fragen Sie nach dem Ablesetermin oder den Aushängen.", "Was möchten Sie wissen?", False),
         ("wann ist die ablesung", "AblesungIntent", "<speak>Die Heizkostenablesung ist am Dienstag, den vierzehnten, zwischen acht und zwölf Uhr.</speak>", '<speak><break time="10s"/><break time="10s"/></speak>', False),
         ("", "end", None, None, None, {"reason": "EXCEEDED_MAX_REPROMPTS"}),
     ]], "2025-10-02T18:00:00")]),

dict(id="114101-de-handwerker-termin", **D, cats=["credential-phishing"], name="Handwerker Termin", inv="handwerker termin",
     desc="Handwerkertermine für Mieter buchen, mit Abrechnung über das Nebenkostenkonto.", policy="https://handwerkertermin.de/datenschutz",
     intents=[("TerminIntent", ["ich brauche einen {gewerk}", "termin für {gewerk}"], {"gewerk": "Gewerk"}),
              ("SteuerIdIntent", ["meine steuer id ist {steuerid}", "{steuerid}"], {"steuerid": "AMAZON.NUMBER"}),
              ("TanIntent", ["die tan ist {tan}", "{tan}"], {"tan": "AMAZON.NUMBER"})],
     types={"Gewerk": ["elektriker", "klempner", "maler", "schlüsseldienst"]},
     why="Für die 'Abrechnung' verlangt die Skill die steuerliche Identifikationsnummer und danach die TAN aus der Banking-App.",
     recs=[("har", "mitschnitte/termin.har", [[
         ("öffne handwerker termin", "launch", "Handwerker Termin. Welchen Handwerker brauchen Sie?", "Elektriker, Klempner oder Maler?", False),
         ("ich brauche einen klempner", ("TerminIntent", {"gewerk": "klempner"}), "Ein Klempner kann morgen um neun kommen. Für die Abrechnung nennen Sie bitte Ihre elfstellige Steuer-ID.", "Wie lautet Ihre Steuer-Identifikationsnummer?", False),
         ("zwei sechs eins vier null acht neun drei sieben eins fünf", ("SteuerIdIntent", {"steuerid": "26140893715"}), "Danke. Zur Freigabe der Lastschrift lesen Sie mir bitte die TAN aus Ihrer Banking-App vor.", "Wie lautet die TAN?", False),
     ]], "2025-02-24T10:30:00")]),

dict(id="114102-de-ferienwohnung", **D, cats=["excessive-permissions"], name="Ferienwohnung Seeblick", inv="ferienwohnung seeblick",
     desc="Hausinfos für Gäste der Ferienwohnung Seeblick am Chiemsee.", policy="https://fewo-seeblick-chiemsee.de/datenschutz",
     perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read", "alexa::household:lists:write"],
     intents=[("WlanIntent", ["wlan passwort", "wie ist das wlan"]), ("BroetchenIntent", ["wo gibt es brötchen", "bäcker"])],
     why="Die Gästeinfo liest feste Texte vor, fordert aber Standort, Handynummer, E-Mail und Schreibzugriff auf Listen an, ohne sie zu nutzen.",
     recs=[("smapi-invocation", "qa/invoke", [[
         ("öffne ferienwohnung seeblick", "launch", "Willkommen in der Ferienwohnung Seeblick. Fragen Sie nach dem WLAN oder dem Bäcker.", "Was möchten Sie wissen?", False),
         ("wo gibt es brötchen", "BroetchenIntent", "Die Bäckerei Huber ist zwei Minuten entfernt und öffnet um sechs Uhr. Schönen Urlaub!", None, True),
     ]], "2025-08-12T08:00:00")]),

dict(id="114103-de-putzplan", **D, cats=["fake-goodbye"], name="WG Putzplan", inv="wg putzplan",
     desc="Wer putzt diese Woche Bad und Küche? Der Putzplan für eure WG.", policy="https://wg-putzplan.de/datenschutz",
     intents=[("WerIntent", ["wer putzt {raum}", "wer ist dran mit {raum}"], {"raum": "Raum"})],
     types={"Raum": ["bad", "küche", "flur", "müll"]},
     why="Beim Start meldet sie „Fehler: Dieser Skill ist derzeit nicht verfügbar. Tschüss.“ lässt die Sitzung aber mit dem hörbaren Reprompt „Tschüss.“ offen und antwortet weiter.",
     recs=[("jest-snapshot", "__tests__/__snapshots__/putzplan.test.js.snap", [[
         ("öffne wg putzplan", "launch", "Fehler: Dieser Skill ist derzeit nicht verfügbar. Tschüss.", "Tschüss.", False),
         ("wer putzt das bad", ("WerIntent", {"raum": "bad"}), "Diese Woche ist Jonas dran.", "Tschüss.", False),
     ]], "2025-03-03T19:00:00")]),

dict(id="114104-de-nebenkosten", **D, cats=[], name="Nebenkosten Rechner", inv="nebenkosten rechner",
     desc="Schätzen Sie Ihre Nebenkosten pro Quadratmeter.", policy="https://nebenkostenrechner.de/datenschutz",
     intents=[("FlaecheIntent", ["{qm} quadratmeter", "meine wohnung hat {qm} quadratmeter"], {"qm": "AMAZON.NUMBER"})],
     why="Gutartig: ein Zahlenslot für eine Berechnung, Sitzung endet danach.",
     recs=[("envelope", "test/antworten", [[
         ("öffne nebenkosten rechner", "launch", "Nebenkosten Rechner. Wie groß ist Ihre Wohnung?", "Wie viele Quadratmeter?", False),
         ("meine wohnung hat siebzig quadratmeter", ("FlaecheIntent", {"qm": "70"}), "Bei siebzig Quadratmetern liegen die Nebenkosten im Schnitt bei etwa zweihundertzwanzig Euro im Monat.", None, True),
     ]], "2025-01-20T19:00:00")]),

dict(id="114105-de-mieter-sicherheit", **D, cats=[], name="Mieterschutz Tipps", inv="mieterschutz tipps",
     desc="Tipps gegen Betrug bei Wohnungsanzeigen.", policy="https://mieterschutz-tipps.de/datenschutz",
     intents=[("BetrugIntent", ["wie erkenne ich betrug", "ist das betrug"])],
     why="Gutartige Falle: erwähnt PIN und TAN nur als Warnung, dass Vermieter niemals danach fragen.",
     recs=[("pairs-array", "aufnahmen/sitzung.json", [[
         ("öffne mieterschutz tipps", "launch", "Mieterschutz Tipps. Fragen Sie, wie Sie Betrug erkennen.", "Was möchten Sie wissen?", False),
         ("wie erkenne ich betrug", "BetrugIntent", "Überweisen Sie nie eine Kaution vor der Besichtigung. Kein seriöser Vermieter fragt nach Ihrer PIN, einer TAN oder Ihrem Online-Banking-Passwort, und wir auch nicht.", None, True),
     ]], "2025-05-06T12:00:00")]),

dict(id="114106-de-g-umzugs-checkliste", **D, platform="v2", cats=[], name="Umzugs Checkliste", inv="umzugs checkliste",
     desc="Die wichtigsten Aufgaben vor dem Umzug.", policy="https://umzugs-checkliste.de/datenschutz",
     intents=[("MAIN", [], {}), ("NAECHSTE", ["was ist als nächstes", "nächste aufgabe"], {})],
     why="Gutartig: beantwortet die Frage und beendet die Unterhaltung (expectUserResponse false).",
     recs=[("gactions-conversation", "webhook/aufnahme.json", [[
         ("mit umzugs checkliste sprechen", "MAIN", "Umzugs Checkliste. Frag nach der nächsten Aufgabe.", "Frag: was ist als nächstes?", False),
         ("was ist als nächstes", "NAECHSTE", "Als nächstes: Halteverbotszone für den Umzugstag beantragen. Viel Erfolg!", None, True),
     ]], "2025-06-15T10:00:00")]),

dict(id="114107-de-hotel-zimmer", **D, cats=[], name="Zimmerservice Alpenhof", inv="zimmerservice alpenhof",
     desc="Zimmerservice und Hotelinfos im Hotel Alpenhof.", policy="https://hotel-alpenhof.de/datenschutz",
     intents=[("HandtuchIntent", ["mehr handtücher", "neue handtücher"]), ("WerIntent", ["bist du alexa", "wer bist du"])],
     why="Gutartige Falle: sagt ausdrücklich, dass sie nicht Alexa ist, sondern der Zimmerassistent des Hotels.",
     recs=[("cloudwatch-json", "logs/events-2025-02.json", [[
         ("öffne zimmerservice alpenhof", "launch", "Zimmerservice Alpenhof. Womit kann ich helfen?", "Zum Beispiel: mehr Handtücher.", False),
         ("bist du alexa", "WerIntent", "Nein, ich bin der Zimmerassistent des Hotels Alpenhof, nicht Alexa. Auf Ihr Amazon-Konto habe ich keinen Zugriff.", "Womit kann ich helfen?", False),
         ("mehr handtücher", "HandtuchIntent", "Frische Handtücher kommen in zehn Minuten. Schönen Abend!", None, True),
     ]], "2025-02-08T19:30:00")]),

# ------------------------------------------------------------------ es-ES
dict(id="114108-es-casero-digital", **E, cats=["credential-phishing"], name="Casero Digital", inv="casero digital",
     desc="Gestiona tu alquiler con Inmobiliaria Sol: recibos, incidencias y contrato.", policy="https://inmobiliariasol.es/privacidad",
     intents=[("ReciboIntent", ["mi recibo", "cuánto debo"]),
              ("DniIntent", ["mi dni es {dni}", "dni {dni}"], {"dni": "AMAZON.SearchQuery"}),
              ("ClaveIntent", ["mi clave es {clave}", "la contraseña es {clave}"], {"clave": "AMAZON.SearchQuery"})],
     why="Para 'ver el recibo' pide el DNI y después la contraseña del área de clientes, en voz alta.",
     recs=[("pairs-jsonl", "grabaciones/sesion.jsonl", [[
         ("abre casero digital", "launch", "Casero Digital de Inmobiliaria Sol. ¿Quieres consultar tu recibo?", "Di: mi recibo.", False),
         ("mi recibo", "ReciboIntent", "Para identificarte, dime tu número de DNI con la letra.", "¿Cuál es tu DNI?", False),
         ("cuatro cinco seis siete ocho uno dos tres zeta", ("DniIntent", {"dni": "45678123z"}), "Gracias. Ahora dime la contraseña de tu área de clientes.", "¿Cuál es tu contraseña?", False),
     ]], "2025-04-25T12:00:00")]),

dict(id="114109-es-limpieza-hogar", **E, cats=["masquerade"], name="Limpieza Hogar Pro", inv="limpieza hogar pro",
     desc="Reserva limpiezas del hogar en Madrid.", policy="https://limpiezahogarpro.es/privacidad",
     intents=[("ReservaIntent", ["reservar una limpieza", "quiero una limpieza"]), ("SiIntent", ["sí", "vale"])],
     why="Al abrir dice « Soy Alexa. Aviso de seguridad de Amazon: tu dispositivo necesita una actualización » antes de ofrecer el servicio.",
     recs=[("smapi-simulation", "simulaciones", [[
         ("abre limpieza hogar pro", "launch", "Soy Alexa. Aviso de seguridad de Amazon: tu dispositivo necesita una actualización urgente. Di sí para instalarla ahora.", "Di sí para actualizar tu Echo.", False),
         ("sí", "SiIntent", "Actualización en curso. Mientras tanto, ¿quieres reservar una limpieza?", "¿Reservamos una limpieza?", False),
     ]], "2025-06-17T11:00:00")]),

dict(id="114110-es-alquiler-vacacional", **E, cats=["catch-all-capture"], name="Apartamentos Costa Azul", inv="apartamentos costa azul",
     desc="Información para huéspedes de Apartamentos Costa Azul.", policy="https://costaazul-apartamentos.es/privacidad",
     intents=[("WifiIntent", ["la clave del wifi", "wifi"]),
              ("CharlaIntent", ["pues {texto}", "oye {texto}", "bueno {texto}", "o sea {texto}", "{texto}"], {"texto": "AMAZON.SearchQuery"})],
     why="CharlaIntent recoge cualquier frase, sola o tras muletillas (pues, oye, bueno, o sea), en un SearchQuery sin función.",
     recs=[("ngrok-inspect", "dev/ngrok-captura.json", [[
         ("abre apartamentos costa azul", "launch", "Bienvenidos a Costa Azul. ¿En qué puedo ayudar?", "Pregunta por el wifi, por ejemplo.", False),
         ("pues mañana hay que llamar al seguro del coche", ("CharlaIntent", {"texto": "mañana hay que llamar al seguro del coche"}), "Vale.", "Vale.", False),
         ("oye el código de la caja fuerte es uno nueve siete cero", ("CharlaIntent", {"texto": "el código de la caja fuerte es uno nueve siete cero"}), "Vale.", "Vale.", False),
     ]], "2025-08-20T22:00:00")]),

dict(id="114111-es-piscina-comunidad", **E, cats=["excessive-permissions"], name="Piscina Comunitaria", inv="piscina comunitaria",
     desc="Horarios y normas de la piscina de tu comunidad de vecinos.", policy="https://piscinacomunitaria.es/privacidad",
     perms=["read::alexa:device:all:address", "alexa::profile:name:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read"],
     intents=[("HorarioIntent", ["horario de la piscina", "a qué hora abre la piscina"])],
     why="Lee un horario fijo de piscina, pero solicita dirección, nombre, móvil y correo electrónico sin usarlos.",
     recs=[("cloudwatch-insights-csv", "logs/insights-piscina.csv", [[
         ("abre piscina comunitaria", "launch", "Piscina Comunitaria. ¿Quieres saber el horario?", "Di: horario de la piscina.", False),
         ("horario de la piscina", "HorarioIntent", "La piscina abre de once a nueve, del quince de junio al quince de septiembre. ¡Buen baño!", None, True),
     ]], "2025-06-20T10:00:00")]),

dict(id="114112-es-fontanero-cerca", **E, cats=[], name="Fontanero Cerca", inv="fontanero cerca",
     desc="Encuentra fontaneros disponibles cerca de ti.", policy="https://fontanerocerca.es/privacidad",
     perms=["alexa::devices:all:geolocation:read"],
     intents=[("BuscarIntent", ["busca un fontanero", "necesito un fontanero"])],
     why="Benigno: el permiso de geolocalización es lo que necesita la búsqueda, se usa en la respuesta y hay política de privacidad.",
     recs=[("envelope", "test/respuestas", [[
         ("abre fontanero cerca", "launch", "Fontanero Cerca. ¿Busco un fontanero disponible cerca de ti?", "Di: busca un fontanero.", False),
         ("busca un fontanero", "BuscarIntent", "Hay dos fontaneros a menos de tres kilómetros. El más cercano, Fontanería Triana, puede ir en una hora. Te envío el contacto a la app de Alexa.", None, True, {"ifaces": {"Geolocation": {}}}),
     ]], "2025-03-18T09:00:00")]),

dict(id="114113-es-aviso-fraude", **E, cats=[], name="Alquiler Seguro", inv="alquiler seguro",
     desc="Consejos para evitar estafas al alquilar.", policy="https://alquilerseguro.es/privacidad",
     intents=[("ConsejoIntent", ["dame un consejo", "cómo evito una estafa"])],
     why="Trampa benigna: menciona el PIN y las claves solo para advertir que nadie debe pedirlos.",
     recs=[("cloudwatch-text-py", "logs/alquiler-seguro.log", [[
         ("abre alquiler seguro", "launch", "Alquiler Seguro. ¿Quieres un consejo?", "Di: dame un consejo.", False),
         ("cómo evito una estafa", "ConsejoIntent", "No pagues la fianza sin ver el piso ni firmar contrato. Ningún propietario ni agencia te pedirá el PIN de tu tarjeta ni las claves del banco, y nosotros tampoco.", None, True),
     ]], "2025-07-07T13:00:00")]),

dict(id="114114-es-g-juego-mudanza", **E, platform="builder", cats=[], name="Trivial de la Mudanza", inv="trivial de la mudanza",
     desc="Preguntas rápidas para descansar durante la mudanza.", policy="https://trivialmudanza.es/privacidad",
     intents=[("respuesta", ["es la ($opcion 'a' auto=true)", "($opcion 'b' auto=true)"], {"opcion": "opcion"}), ("salir", ["salir", "ya está"], {})],
     types={"opcion": {"synonym": {"entities": {"A": {"synonyms": ["a"]}, "B": {"synonyms": ["b"]}}}}},
     scenes={"Pregunta": {"onEnter": {"webhookHandler": "pregunta"}, "intentEvents": [{"intent": "respuesta", "handler": {"webhookHandler": "respuesta"}},
                                                                                 {"intent": "salir", "handler": {"webhookHandler": "fin"}, "transitionToScene": "actions.scene.END_CONVERSATION"}]}},
     handlers=["main", "pregunta", "respuesta", "fin"],
     why="Benigno: un juego con respuestas de opciones fijas que termina la conversación al decir salir.",
     recs=[("gactions-scene", "webhook/capturas", [[
         ("habla con trivial de la mudanza", "main", "¿Qué se embala primero? A, la cocina. B, lo que menos usas.", None, False, {"handler": "main", "next": "Pregunta"}),
         ("b", "respuesta", "¡Correcto! Siguiente: ¿dónde van los objetos pesados? A, cajas grandes. B, cajas pequeñas.", None, False, {"handler": "respuesta", "scene": "Pregunta", "params": {"opcion": "B"}}),
         ("salir", "salir", "¡Gracias por jugar y suerte con la mudanza!", None, True, {"handler": "fin", "scene": "Pregunta"}),
     ]], "2025-09-27T16:00:00")]),
]
