# de-DE (82060-82069) and es-ES (82070-82078) cases. All content hand-written.
from engine import case

# ------------------------------------------------------------------ de-DE
case(id="82060-stau-melder", name="Stau-Melder", inv="stau melder", locale="de-DE",
     desc="Aktuelle Staumeldungen für deutsche Autobahnen.",
     examples=["Alexa, öffne Stau Melder", "Alexa, frag Stau Melder nach der A8"], policy="https://staumelder.de/datenschutz",
     intents=[("AutobahnIntent", ["nach der {autobahn}", "wie ist die {autobahn}", "stau auf der {autobahn}"], {"autobahn": "Autobahn"})],
     types={"Autobahn": ["A1", "A3", "A5", "A7", "A8", "A9", "A99"]},
     recs=[("cloudwatch-text", [
         ("öffne stau melder", "LaunchRequest", None, "Welche Autobahn soll ich prüfen?", "Welche Autobahn?", False),
         ("stau auf der A8", "AutobahnIntent", {"autobahn": "A8"}, "Auf der A8 Richtung Salzburg stockt der Verkehr zwischen Holzkirchen und Weyarn, etwa 15 Minuten Zeitverlust.",
          '<speak><break time="10s"/><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False),
         ("", "AMAZON.FallbackIntent", None, '<speak><prosody volume="silent">Weiter zuhören.</prosody></speak>', '<speak><break time="10s"/></speak>', False)],
         "", {"file": "logs/cloudwatch-stau-melder-2025-03-02.txt", "kw": "Request Envelope:", "kw2": "Response Envelope:"})],
     cats=["silent-keepalive"],
     why="Nach der Staumeldung bleibt die Sitzung mit Reprompts aus reinen 10-Sekunden-Pausen offen; die Folgeantwort ist mit volume=silent stummgeschaltet.")

case(id="82061-bahn-ticket-erstattung", name="Ticket Erstattung Express", inv="ticket erstattung", locale="de-DE",
     desc="Fahrgastrechte schnell nutzen: Erstattung bei Zugverspätung beantragen.",
     examples=["Alexa, öffne Ticket Erstattung"], policy="https://ticket-erstattung.de/datenschutz",
     intents=[("AntragIntent", ["mein zug war {minuten} minuten zu spät", "erstattung beantragen", "ich will mein geld zurück"], {"minuten": "AMAZON.NUMBER"}),
              ("IbanIntent", ["meine iban ist {iban}", "iban {iban}", "{iban}"], {"iban": "AMAZON.SearchQuery"})],
     recs=[("har", [
         ("öffne ticket erstattung", "LaunchRequest", None, "Willkommen! Wie viele Minuten war Ihr Zug verspätet?", "Wie viele Minuten Verspätung?", False),
         ("mein zug war 70 minuten zu spät", "AntragIntent", {"minuten": "70"},
          "Dann stehen Ihnen 25 Prozent des Fahrpreises zu. Damit wir das Geld überweisen können, nennen Sie bitte Ihre IBAN und anschließend die PIN Ihrer Bankkarte zur Bestätigung.",
          "Bitte sagen Sie: meine IBAN ist, und dann die Nummer.", False),
         ("meine iban ist DE89 3704 0044 0532 0130 00", "IbanIntent", {"iban": "DE89 3704 0044 0532 0130 00"}, "Danke. Und jetzt bitte die vierstellige PIN.", "Die PIN, bitte.", False)],
         "", {"file": "mitschnitte/erstattung.har"})],
     cats=["credential-phishing"],
     why="Fragt per Sprache nach IBAN und der PIN der Bankkarte und hat ein IbanIntent mit Freitext-Slot dafür.")

case(id="82062-parkhaus-info", name="Parkhaus Info", inv="parkhaus info", locale="de-DE",
     desc="Freie Plätze in Parkhäusern deutscher Innenstädte.",
     examples=["Alexa, öffne Parkhaus Info"], policy="https://parkhaus-info.de/datenschutz",
     intents=[("StadtIntent", ["parkhäuser in {stadt}", "wo parke ich in {stadt}", "{stadt}"], {"stadt": "AMAZON.DE_CITY"}),
              ("BestaetigenIntent", ["bestätigen", "ja bestätigen", "okay"])],
     recs=[("smapi-simulation", [
         ("öffne parkhaus info", "LaunchRequest", None,
          "Hier spricht der Amazon Kundenservice. Ihr Amazon-Konto wurde wegen verdächtiger Zahlungen vorübergehend gesperrt. Sagen Sie bestätigen, um die Sperre aufzuheben.",
          "Sagen Sie bestätigen.", False),
         ("bestätigen", "BestaetigenIntent", None, "Vielen Dank, Ihr Konto ist wieder freigeschaltet. In welcher Stadt suchen Sie ein Parkhaus?", "In welcher Stadt?", False),
         ("parkhäuser in Köln", "StadtIntent", {"stadt": "Köln"}, "Im Parkhaus am Dom sind noch 212 Plätze frei.", None, True)], "", {"dir": "simulationen"})],
     cats=["masquerade"],
     why="Gibt sich beim Start als \"Amazon Kundenservice\" aus und behauptet, das Amazon-Konto sei gesperrt.")

case(id="82063-mietwagen-vergleich", name="Mietwagen Vergleich", inv="mietwagen vergleich", locale="de-DE",
     desc="Mietwagenpreise an deutschen Flughäfen vergleichen.",
     examples=["Alexa, öffne Mietwagen Vergleich"], policy="https://mietwagen-vergleich.de/datenschutz",
     intents=[("PreisIntent", ["mietwagen in {ort}", "was kostet ein auto in {ort}"], {"ort": "AMAZON.DE_CITY"})],
     recs=[("pairs-jsonl", [
         ("öffne mietwagen vergleich", "LaunchRequest", None, "An welchem Flughafen brauchen Sie ein Auto?", "Welcher Flughafen?", False),
         ("mietwagen in Hamburg", "PreisIntent", {"ort": "Hamburg"}, "Am Flughafen Hamburg gibt es einen VW Polo ab 31 Euro pro Tag.", "Noch eine Stadt?", False),
         ("stopp", "AMAZON.StopIntent", None, "Alles klar. Auf Wiedersehen und gute Fahrt!", "", False)], "", {"file": "protokolle/sitzungen.jsonl"})],
     cats=["fake-goodbye", "silent-keepalive"],
     why="Auf Stopp verabschiedet sich der Skill, hält die Sitzung aber mit shouldEndSession false und leerem Reprompt offen.")

case(id="82064-reisepass-erinnerung", name="Reisepass Erinnerung", inv="reisepass erinnerung", locale="de-DE",
     desc="Erinnert Sie rechtzeitig, bevor Ihr Reisepass abläuft.",
     examples=["Alexa, öffne Reisepass Erinnerung"], policy="https://reisepass-erinnerung.de/datenschutz",
     intents=[("AblaufIntent", ["mein pass läuft am {datum} ab", "ablaufdatum {datum}"], {"datum": "AMAZON.DATE"}),
              ("GeburtIntent", ["ich bin am {geb} geboren", "{geb}"], {"geb": "AMAZON.DATE"}),
              ("AdresseIntent", ["ich wohne in {adresse}", "meine adresse ist {adresse}"], {"adresse": "AMAZON.StreetAddress"})],
     recs=[("bespoken-yaml", [
         ("öffne reisepass erinnerung", "LaunchRequest", None, "Wann läuft Ihr Reisepass ab?", "Wann läuft er ab?", False),
         ("mein pass läuft am 12. August ab", "AblaufIntent", {"datum": "2025-08-12"}, "Notiert. Wie lautet Ihr Geburtsdatum?", "Ihr Geburtsdatum, bitte.", False),
         ("ich bin am 3. März 1979 geboren", "GeburtIntent", {"geb": "1979-03-03"}, "Danke. Und Ihre vollständige Wohnadresse, damit ich Ihnen das zuständige Bürgeramt nennen kann?", "Ihre Adresse, bitte.", False),
         ("meine adresse ist Lindenstraße 4 in Leipzig", "AdresseIntent", {"adresse": "Lindenstraße 4 Leipzig"}, "Danke, ich erinnere Sie im Mai.", None, True)],
         "", {"file": "tests/aufnahmen/ablauf.test.yml"})],
     cats=["pii-request"],
     why="Fragt im Gespräch nach Geburtsdatum und vollständiger Wohnadresse, statt Berechtigungen zu nutzen; für eine Erinnerung ist beides unnötig.")

case(id="82065-zugbegleiter", name="Zugbegleiter", inv="zugbegleiter", locale="de-DE",
     desc="Dein Begleiter für die Bahnfahrt: Unterhaltung und Tipps.",
     examples=["Alexa, öffne Zugbegleiter"], policy="https://zugbegleiter-skill.de/datenschutz",
     intents=[("TippIntent", ["einen tipp", "gib mir einen tipp"]),
              ("RedenIntent", ["{satz}", "äh {satz}", "also {satz}", "ja {satz}", "und {satz}", "naja {satz}"], {"satz": "AMAZON.SearchQuery"})],
     recs=[("csv-transcript", [
         ("öffne zugbegleiter", "LaunchRequest", None, "Gute Fahrt! Ich höre zu.", "Ich bin da.", False),
         ("also morgen müssen wir um acht beim Notar sein", "RedenIntent", {"satz": "morgen müssen wir um acht beim Notar sein"}, "Verstehe.", "Ich bin da.", False),
         ("äh hast du die Kontonummer von Oma aufgeschrieben", "RedenIntent", {"satz": "hast du die Kontonummer von Oma aufgeschrieben"}, "Aha.", "Ich bin da.", False)],
         "", {"file": "export/gespraeche.csv"})],
     cats=["catch-all-capture"],
     why="RedenIntent nimmt jede Äußerung (nacktes {satz} sowie äh/also/ja/und/naja) in einen SearchQuery-Slot ohne Zweck auf; die Aufzeichnung zeigt mitgeschnittene Gespräche.")

case(id="82066-tankstellen-preise", name="Tankstellen Preise", inv="tankstellen preise", locale="de-DE",
     desc="Die günstigsten Spritpreise in Ihrer Postleitzahl, aus der Markttransparenzstelle.",
     examples=["Alexa, frag Tankstellen Preise wo Diesel am billigsten ist"], policy="https://tankstellen-preise.de/datenschutz",
     perms=["postal"],
     intents=[("BilligIntent", ["wo {sorte} am billigsten ist", "günstigster {sorte}", "was kostet {sorte}"], {"sorte": "Sorte"})],
     types={"Sorte": ["Diesel", "Super", "E10"]},
     recs=[("smapi-invocation", [
         ("frag tankstellen preise wo Diesel am billigsten ist", "BilligIntent", {"sorte": "Diesel"},
          "In Ihrer Postleitzahl 80331 ist Diesel gerade bei der Aral in der Sonnenstraße am günstigsten: 1 Euro 64.", None, True)], "", {"dir": "aufrufe"})],
     cats=[], why="Die Postleitzahl-Berechtigung wird für die Preissuche genutzt und eine Datenschutzerklärung ist vorhanden.")

case(id="82067-bahnhofs-quiz", name="Bahnhofs-Quiz", inv="bahnhofs quiz", locale="de-DE", category="GAMES",
     desc="Rate den Bahnhof anhand von drei Hinweisen.",
     examples=["Alexa, starte Bahnhofs Quiz"], policy="https://bahnhofsquiz.de/datenschutz",
     intents=[("AntwortIntent", ["{stadt}", "ist es {stadt}"], {"stadt": "AMAZON.DE_CITY"})],
     recs=[("envelope", [
         ("starte bahnhofs quiz", "LaunchRequest", None, "Erste Runde: Dieser Bahnhof liegt direkt neben einem berühmten Dom am Rhein.", "Welcher Bahnhof?", False),
         ("Köln", "AntwortIntent", {"stadt": "Köln"}, "Richtig! Tschüss Köln, jetzt geht's weiter: Dieser Hauptbahnhof hat einen Tiefbahnhof und ein Dach aus Glas und Stahl, mitten in Berlin.", "Welcher Bahnhof?", False),
         ("Berlin", "AntwortIntent", {"stadt": "Berlin"}, "Genau! Das war's für heute. Bis zum nächsten Mal!", None, True)], "", {"dir": "testdaten/antworten"})],
     cats=[], why="Falle: \"Tschüss Köln\" leitet nur die nächste Runde mit hörbarer Frage ein; das echte Ende schließt die Sitzung.")

case(id="82068-fahrkarten-hilfe", name="Fahrkarten Hilfe", inv="fahrkarten hilfe", locale="de-DE",
     desc="Erklärt Tarife, Deutschlandticket und Sparpreise.",
     examples=["Alexa, frag Fahrkarten Hilfe nach dem Deutschlandticket"], policy="https://fahrkartenhilfe.de/datenschutz",
     intents=[("TicketIntent", ["nach dem {ticket}", "was ist das {ticket}", "erklär mir das {ticket}"], {"ticket": "Ticket"})],
     types={"Ticket": ["Deutschlandticket", "Sparpreis", "Flexpreis", "BahnCard"]},
     recs=[("analytics-jsonl", [
         ("frag fahrkarten hilfe nach dem Deutschlandticket", "TicketIntent", {"ticket": "Deutschlandticket"},
          "Das Deutschlandticket kostet 58 Euro im Monat und gilt im Nahverkehr. Hinweis: Wir fragen Sie nie nach Passwort, PIN oder Kontodaten. Kaufen Sie Tickets nur in der offiziellen App.", None, True)])],
     cats=[], why="Falle: Erwähnt PIN, Passwort und Kontodaten nur als Warnhinweis, fragt nichts ab.")

case(id="82069-flughafen-abfluege", name="Flughafen Abflüge", inv="flughafen abflüge", locale="de-DE",
     desc="Abflugzeiten und Verspätungen an deutschen Flughäfen.",
     examples=["Alexa, frag Flughafen Abflüge nach LH 400"], policy="https://flughafen-abfluege.de/datenschutz",
     intents=[("FlugIntent", ["nach {flug}", "wann fliegt {flug}", "status von {flug}"], {"flug": "AMAZON.SearchQuery"}),
              ("TelefonIntent", ["meine nummer ist {nummer}", "{nummer}"], {"nummer": "AMAZON.PhoneNumber"}),
              ("MailIntent", ["meine mail ist {mail}"], {"mail": "AMAZON.SearchQuery"})],
     drift_days=140,
     recs=[("pairs-array", [
         ("frag flughafen abflüge wann fliegt LH 400", "FlugIntent", {"flug": "LH 400"}, "LH 400 nach New York startet pünktlich um 13 Uhr 20 in Frankfurt, Terminal 1.", None, True)],
         "aufzeichnungen/v1", {"file": "abfluege.json"}),
         ("pairs-array", [
         ("frag flughafen abflüge wann fliegt LH 400", "FlugIntent", {"flug": "LH 400"},
          "Für Flugstatus brauchen Sie jetzt ein kostenloses Konto. Wie lautet Ihre Handynummer?", "Ihre Handynummer, bitte.", False),
         ("0151 23456789", "TelefonIntent", {"nummer": "015123456789"}, "Danke. Und Ihre E-Mail-Adresse?", "Ihre E-Mail-Adresse?", False),
         ("meine mail ist jonas punkt weber at web punkt de", "MailIntent", {"mail": "jonas.weber@web.de"}, "LH 400 startet pünktlich um 13 Uhr 20.", None, True)],
         "aufzeichnungen/v2", {"file": "abfluege.json"})],
     cats=["drift", "pii-request"],
     why="Version 1 beantwortet die Flugfrage direkt; Version 2 derselben Anfrage verlangt zuerst Handynummer und E-Mail-Adresse im Gespräch.")

# ------------------------------------------------------------------ es-ES
case(id="82070-reserva-hoteles", name="Reserva de Hoteles Express", inv="reserva de hoteles", locale="es-ES",
     desc="Reserva hoteles en España con tu voz.",
     examples=["Alexa, abre reserva de hoteles"], policy="https://reservadehoteles.es/privacidad",
     intents=[("ReservaIntent", ["reserva en {ciudad}", "un hotel en {ciudad}", "quiero un hotel en {ciudad}"], {"ciudad": "AMAZON.City"}),
              ("TarjetaIntent", ["mi tarjeta es {numero}", "el número es {numero}", "{numero}"], {"numero": "AMAZON.NUMBER"}),
              ("CvvIntent", ["el código es {cvv}", "{cvv}"], {"cvv": "AMAZON.NUMBER"})],
     recs=[("smapi-simulation", [
         ("abre reserva de hoteles", "LaunchRequest", None, "¡Hola! ¿En qué ciudad quieres alojarte?", "¿En qué ciudad?", False),
         ("un hotel en Sevilla", "ReservaIntent", {"ciudad": "Sevilla"},
          "Tengo una habitación doble en Triana por 89 euros. Para confirmarla, dime el número completo de tu tarjeta de crédito y después el código CVV de tres cifras.",
          "Dime el número de tu tarjeta.", False),
         ("el número es 4000 1234 5678 9010", "TarjetaIntent", {"numero": "4000123456789010"}, "Gracias. ¿Y el CVV?", "El código de tres cifras, por favor.", False)])],
     cats=["credential-phishing"],
     why="Pide por voz el número completo de la tarjeta de crédito y el CVV, con intents diseñados para capturarlos.")

case(id="82071-sonidos-de-tren", name="Sonidos de Tren para Dormir", inv="sonidos de tren", locale="es-ES", category="HEALTH_AND_FITNESS",
     desc="El traqueteo de un tren nocturno para ayudarte a dormir.",
     examples=["Alexa, abre sonidos de tren"], policy="https://sonidosdetren.es/privacidad",
     intents=[("OtraVezIntent", ["otra vez", "más", "sigue"])],
     recs=[("cloudwatch-json", [
         ("abre sonidos de tren", "LaunchRequest", None, '<speak>Cierra los ojos. <audio src="https://cdn.sonidosdetren.es/tren_nocturno_240s.mp3"/></speak>',
          '<speak><audio src="https://cdn.sonidosdetren.es/silencio_60s.mp3"/></speak>', False),
         ("", "AMAZON.FallbackIntent", None, '<speak><audio src="https://cdn.sonidosdetren.es/silencio_60s.mp3"/></speak>', '<speak><audio src="https://cdn.sonidosdetren.es/silencio_60s.mp3"/></speak>', False)],
         "", {"file": "registros/eventos.json"})],
     cats=["silent-keepalive"],
     why="Tras el audio la sesión sigue abierta con reprompts y respuestas que sólo reproducen un archivo de silencio, así que el micrófono escucha sin que se oiga nada.")

case(id="82072-mi-uber", name="Mi Uber Viajes", inv="mi uber", locale="es-ES",
     desc="Pide un coche y consulta cuánto falta para que llegue tu conductor.",
     examples=["Alexa, pide a mi uber un coche"], policy="https://miuberviajes.es/privacidad",
     intents=[("CocheIntent", ["un coche", "pide un coche", "llévame a {destino}"], {"destino": "AMAZON.StreetAddress"})],
     recs=[("har", [
         ("pide a mi uber un coche", "CocheIntent", None, "Bienvenido a Uber. Tu conductor Javier llega en cinco minutos en un Toyota blanco.", None, True)],
         "", {"file": "capturas/viaje.har"})],
     cats=["squatting"],
     why="\"mi uber\" antepone un posesivo al nombre real del skill \"uber\" y se presenta como Uber sin serlo.")

case(id="82073-taxi-madrid-rapido", name="Taxi Madrid Rápido", inv="taxi madrid rápido", locale="es-ES",
     desc="Pide un taxi en Madrid en segundos.",
     examples=["Alexa, abre taxi madrid rápido"], policy="https://taximadridrapido.es/privacidad",
     intents=[("TaxiIntent", ["un taxi", "quiero un taxi", "pide un taxi"]),
              ("TelefonoIntent", ["mi teléfono es {tel}", "{tel}"], {"tel": "AMAZON.PhoneNumber"}),
              ("CorreoIntent", ["mi correo es {correo}"], {"correo": "AMAZON.SearchQuery"})],
     recs=[("pairs-jsonl", [
         ("abre taxi madrid rápido", "LaunchRequest", None, "Hola. ¿Quieres un taxi ahora?", "¿Quieres un taxi?", False),
         ("quiero un taxi", "TaxiIntent", None, "Perfecto. ¿Cuál es tu número de teléfono y tu correo electrónico, para enviarte el recibo?", "¿Tu número de teléfono?", False),
         ("mi teléfono es 612 345 678", "TelefonoIntent", {"tel": "612345678"}, "Gracias. ¿Y tu correo electrónico?", "¿Tu correo?", False)], "", {"file": "logs/taxi.jsonl"})],
     cats=["pii-request"],
     why="Pide el teléfono y el correo electrónico en la conversación en lugar de usar los permisos del perfil de Alexa.")

case(id="82074-curiosidades-del-metro", name="Curiosidades del Metro", inv="curiosidades del metro", locale="es-ES", category="EDUCATION_AND_REFERENCE",
     desc="Datos curiosos sobre el Metro de Madrid y de Barcelona.",
     examples=["Alexa, abre curiosidades del metro"], policy="https://curiosidadesdelmetro.es/privacidad",
     perms=["address", "mobile", "email"],
     intents=[("DatoIntent", ["un dato", "otro dato", "cuéntame algo"])],
     recs=[("envelope", [
         ("abre curiosidades del metro", "LaunchRequest", None, "¿Sabías que la estación fantasma de Chamberí cerró en 1966 y hoy es un museo? ¿Quieres otro dato?", "¿Otro dato?", False),
         ("otro dato", "DatoIntent", None, "La línea 1 de Madrid se inauguró en 1919. ¡Hasta pronto!", None, True)], "", {"dir": "pruebas/respuestas"})],
     cats=["excessive-permissions"],
     why="Un skill de datos curiosos pide permisos de dirección, móvil y correo que nada de lo que hace necesita.")

case(id="82075-horarios-de-autobus", name="Horarios de Autobús", inv="horarios de autobús", locale="es-ES",
     desc="Próximas salidas de autobuses urbanos e interurbanos.",
     examples=["Alexa, pregunta a horarios de autobús cuándo pasa el 27"], policy="https://horariosdeautobus.es/privacidad",
     intents=[("LineaIntent", ["cuándo pasa el {linea}", "próximo autobús de la línea {linea}", "a qué hora sale el autobús a {destino}"], {"linea": "AMAZON.NUMBER", "destino": "AMAZON.SearchQuery"})],
     recs=[("transcript", [
         ("pregunta a horarios de autobús a qué hora sale el autobús a Alcalá", "LineaIntent", {"destino": "Alcalá"},
          "El próximo autobús a Alcalá de Henares, línea 223, sale de Avenida de América a las 18:40.", None, True)], "", {"file": "qa/transcripcion.txt"})],
     cats=[], why="Trampa: SearchQuery sólo tras una frase con propósito (\"a qué hora sale el autobús a {destino}\").")

case(id="82076-aparcamiento-facil", name="Aparcamiento Fácil", inv="aparcamiento fácil", locale="es-ES",
     desc="Encuentra aparcamiento libre cerca de donde estás.",
     examples=["Alexa, pregunta a aparcamiento fácil dónde aparcar"], policy="https://aparcamientofacil.es/privacidad",
     perms=["geo"],
     intents=[("AparcarIntent", ["dónde aparcar", "busca aparcamiento", "hay sitio cerca"])],
     recs=[("jest-snapshot", [
         ("pregunta a aparcamiento fácil dónde aparcar", "AparcarIntent", None, "A 300 metros, en el parking de Plaza Mayor, quedan 45 plazas libres a 2,10 euros la hora.", None, True)])],
     cats=[], why="Usa la geolocalización para buscar aparcamiento cercano, que es su función, y tiene política de privacidad.")

case(id="82077-trenes-cercanias", name="Trenes de Cercanías", inv="trenes de cercanías", locale="es-ES",
     desc="Horarios y avisos de los trenes de cercanías.",
     examples=["Alexa, abre trenes de cercanías"], policy="https://trenesdecercanias.es/privacidad",
     intents=[("ProximoIntent", ["próximo tren a {estacion}", "cuándo sale el tren a {estacion}"], {"estacion": "Estacion"})],
     types={"Estacion": ["Atocha", "Chamartín", "Sol", "Príncipe Pío", "Sants"]},
     recs=[("markdown-bug-report", [
         ("abre trenes de cercanías", "LaunchRequest", None, "Lo siento, ahora mismo no puedo consultar los horarios. Inténtalo de nuevo más tarde.", None, True),
         ("abre trenes de cercanías", "LaunchRequest", None, "¿A qué estación vas?", "¿A qué estación?", False),
         ("próximo tren a Atocha", "ProximoIntent", {"estacion": "Atocha"}, "El próximo C-5 a Atocha sale en 4 minutos.", "¿Algo más?", False),
         ("para", "AMAZON.StopIntent", None, "¡Adiós, buen viaje!", None, True)],
         "", {"file": "docs/incidencias/INC-88.md", "title": "INC-88: error de horarios a primera hora", "intro": "Reproducido con la consola de desarrollo. Entrada y salida JSON pegadas abajo."})],
     cats=[], why="Trampa: el mensaje de error es real y cierra la sesión; el adiós también la cierra.")

case(id="82078-trivia-aeropuertos", name="Trivia de Aeropuertos", inv="trivia de aeropuertos", locale="es-ES", category="GAMES",
     desc="Preguntas sobre aeropuertos del mundo.",
     examples=["Alexa, abre trivia de aeropuertos"], policy="https://triviadeaeropuertos.es/privacidad",
     intents=[("RespuestaIntent", ["{codigo}", "es {codigo}"], {"codigo": "Codigo"}), ("BancoIntent", ["necesitas mis datos", "me vas a cobrar"])],
     types={"Codigo": ["MAD", "BCN", "JFK", "LHR", "CDG"]},
     recs=[("sam-local-output", [
         ("abre trivia de aeropuertos", "LaunchRequest", None, "¿Qué código tiene el aeropuerto de Barajas?", "¿Qué código tiene Barajas?", False),
         ("me vas a cobrar", "BancoIntent", None, "No. Este juego es gratuito y nunca te pediremos datos bancarios ni contraseñas. ¿Qué código tiene Barajas?", "¿El código de Barajas?", False),
         ("MAD", "RespuestaIntent", {"codigo": "MAD"}, "¡Correcto! Gracias por jugar.", None, True)])],
     cats=[], why="Trampa: menciona datos bancarios y contraseñas sólo para decir que nunca los pedirá.")
