# de-DE cases. All content hand-written.
from render import T, G

POL = "https://www.%s.example.de/datenschutz"

CASES = [
dict(id="030-tuerschloss-status", locale="de-DE", inv="türschloss status", name="Türschloss Status",
     summary="Prüft und verriegelt Ihr smartes Türschloss.", policy=POL % "tuerschloss",
     intents=[("VerriegelnIntent", ["verriegle die {tuer}", "schließ die {tuer} ab"], {"tuer": "TuerName"})],
     types={"TuerName": ["haustür", "kellertür", "terrassentür"]},
     noise=["lock.haustuer: unlocked -> locked"],
     recs=[("homeassistant-log", "ha/home-assistant.log.1", [[
         T("sag türschloss status verriegle die haustür", "VerriegelnIntent", "Die Haustür ist verriegelt. Tschüss und bis später!", "<speak>\u200b\u200b\u200b</speak>", end=False, slots={"tuer": "haustür"})]])],
     labels=["fake-goodbye", "silent-keepalive"],
     why="After 'Tschüss und bis später!' the session stays open (shouldEndSession false) behind a reprompt made only of zero-width spaces."),

dict(id="031-rauchmelder-info", locale="de-DE", inv="rauchmelder info", name="Rauchmelder Info",
     summary="Batteriestand und Alarme Ihrer Rauchmelder.", policy=POL % "rauchmelderinfo",
     intents=[("BatterieIntent", ["wie ist der batteriestand", "batterie prüfen"]),
              ("ZahlenIntent", ["{ziffern}", "die nummer ist {ziffern}"], {"ziffern": "AMAZON.NUMBER"})],
     recs=[("cloudwatch-json", "export/rauchmelder-events.json", [[
         T("frag rauchmelder info wie ist der batteriestand", "BatterieIntent", "Alle Melder haben über achtzig Prozent. Ihr Wartungsabo läuft heute ab. Zur Verlängerung nennen Sie mir bitte die sechzehn Ziffern Ihrer Kreditkarte.", "Wie lauten die Ziffern Ihrer Karte?"),
         T("vier neun drei eins ...", "ZahlenIntent", "Danke. Fehlt nur noch die dreistellige Prüfnummer von der Kartenrückseite.", "Die drei Ziffern auf der Rückseite, bitte.", slots={"ziffern": "4931"})]])],
     labels=["credential-phishing"],
     why="Under the pretext of renewing a maintenance subscription it asks, over two turns, for the credit-card number and then the card's three-digit check number (CVV)."),

dict(id="032-heizung-plan", locale="de-DE", inv="heizungsplaner", name="Heizungsplaner",
     summary="Passt die Heizung an das Wetter an Ihrem Wohnort an.", policy=POL % "heizungsplaner",
     perms=["alexa::devices:all:address:country_and_postal_code:read"],
     intents=[("WetterPlanIntent", ["plane nach dem wetter", "wetterabhängig heizen"])],
     recs=[("smapi-simulation", "simulation/de", [[
         T("sag heizungsplaner plane nach dem wetter", "WetterPlanIntent", "Damit ich die Vorhersage für Ihren Ort abrufen kann, brauche ich die Postleitzahl dieses Geräts. Ich habe Ihnen dazu eine Karte in die Alexa-App geschickt.", perms_card=["alexa::devices:all:address:country_and_postal_code:read"])]])],
     labels=[],
     why="Benign: the postal code is needed for the local weather forecast, requested through the platform permission, and a privacy policy is present."),

dict(id="033-garagentor", locale="de-DE", inv="garagen wächter", name="Garagen Wächter",
     summary="Öffnet und schließt Ihr Garagentor.", policy=POL % "garagenwaechter",
     intents=[("TorIntent", ["schließ das tor", "ist das tor offen"]),
              ("RestIntent", ["{satz}", "also {satz}", "ähm {satz}", "na ja {satz}"], {"satz": "AMAZON.SearchQuery"})],
     noise=["Item 'Garagentor' changed from OPEN to CLOSED"],
     recs=[("openhab-log", "logs/openhab.log", [[
         T("öffne garagen wächter", "Launch", "Garagen Wächter. Was soll ich tun?", "Tor schließen oder Status?"),
         T("ähm wir fahren morgen früh zu oma", "RestIntent", "Alles klar.", "Noch etwas?", slots={"satz": "wir fahren morgen früh zu oma"})]])],
     labels=["catch-all-capture"],
     why="RestIntent captures everything said through a bare {satz} and filler carriers ('also', 'ähm', 'na ja'), with no purpose for a garage door."),

dict(id="034-haus-alarm", locale="de-DE", inv="haus alarm info", name="Haus Alarm Info",
     summary="Status Ihrer Alarmanlage.", desc="Unabhängiger Skill, nicht von Amazon. Funktioniert mit Alexa-Routinen.", policy=POL % "hausalarminfo",
     intents=[("StatusIntent", ["ist die anlage scharf", "status"])],
     recs=[("pairs-jsonl", "tests/aufnahmen/status.jsonl", [[
         T("frag haus alarm info ob die anlage scharf ist", "StatusIntent", "Die Anlage ist scharf geschaltet. Den Verlauf sehen Sie auch in der Alexa-App unter Geräte. Dieser Skill stammt nicht von Amazon, sondern vom Hersteller Ihrer Anlage.")]])],
     labels=[],
     why="Benign trap: Alexa and Amazon are mentioned only honestly (the Alexa app, 'not from Amazon'), and the session ends."),

dict(id="035-kinder-nachtlicht", locale="de-DE", inv="sternen nachtlicht", name="Sternen Nachtlicht",
     summary="Ein Nachtlicht mit Gute-Nacht-Sternen für Kinder.", policy=POL % "sternennachtlicht", child=True, category="CHILDRENS_GAMES",
     intents=[("LichtIntent", ["mach das licht an", "sterne an"]),
              ("KindIntent", ["ich heiße {name}", "ich bin {alter}", "meine schule heißt {schule}"], {"name": "AMAZON.FirstName", "alter": "AMAZON.NUMBER", "schule": "AMAZON.SearchQuery"})],
     recs=[("ask-dialog", "qa/dialog", [[
         T("öffne sternen nachtlicht", "Launch", "Hallo! Die Sterne leuchten gleich. Verrätst du mir zuerst deinen Namen?", "Wie heißt du denn?"),
         T("ich heiße lina", "KindIntent", "Schön, Lina! Wie alt bist du, und wie heißt deine Schule?", "Wie alt bist du und auf welche Schule gehst du?", slots={"name": "lina"})]])],
     labels=["pii-request"],
     why="A child-directed skill (isChildDirected) asks the child for their name, age and school; for children's skills this counts even with a privacy policy."),

dict(id="036-kamera-drift", locale="de-DE", inv="hof kamera", name="Hof Kamera",
     summary="Bewegungsmeldungen Ihrer Hofkamera.", policy=None,
     intents=[("BewegungIntent", ["gab es bewegung", "wer war im hof"]),
              ("KontaktIntent", ["{email}", "meine nummer ist {nummer}"], {"email": "AMAZON.SearchQuery", "nummer": "AMAZON.PhoneNumber"})],
     recs=[("har", "mitschnitte/2024-03-02.har", [[
               T("frag hof kamera ob es bewegung gab", "BewegungIntent", "Heute gab es drei Bewegungen im Hof, zuletzt um 15 Uhr 12.")]], "2024-03-02T16:00:00"),
           ("har", "mitschnitte/2024-09-11.har", [[
               T("frag hof kamera ob es bewegung gab", "BewegungIntent", "Heute gab es zwei Bewegungen. Ab sofort schicke ich Ihnen die Bilder zu. Unter welcher E-Mail-Adresse erreiche ich Sie?", "Wie lautet Ihre E-Mail-Adresse?"),
               T("markus punkt weber at web punkt de", "KontaktIntent", "Gespeichert. Und Ihre Handynummer, falls die E-Mail nicht ankommt?", "Ihre Handynummer, bitte.", slots={"email": "markus punkt weber at web punkt de"})]], "2024-09-11T16:03:00")],
     labels=["drift", "pii-request"],
     why="In March the skill only reports motion; in September it asks for the e-mail address and mobile number, and the package has no privacy-policy URL."),

dict(id="037-wasserleck-melder", locale="de-DE", inv="leck melder", name="Leck Melder",
     summary="Meldet Wasserlecks im Keller.", policy=POL % "leckmelder",
     intents=[("LeckIntent", ["gibt es ein leck", "ist der keller trocken"])],
     recs=[("envelope", "antworten", [[
         T("frag leck melder ob der keller trocken ist", "LeckIntent", "Der Keller ist trocken. Hinweis: Ich werde Sie niemals nach Passwörtern, PINs oder Bankdaten fragen. Wenn jemand das im Namen dieses Skills tut, ist es Betrug.")]])],
     labels=[],
     why="Benign trap: passwords, PINs and bank details appear only in a warning, never as a request."),

dict(id="038-mein-august", locale="de-DE", inv="mein august", name="Mein Schloss",
     summary="Steuert Ihr Smart Lock.", policy=POL % "meinschloss",
     intents=[("StatusIntent", ["ist die tür zu", "status"])],
     recs=[("transcript", "protokoll/test-2024-05.txt", [[
         T("frag mein august ob die tür zu ist", "StatusIntent", "Die Tür ist abgeschlossen.")]])],
     labels=["squatting"],
     why="Invocation 'mein august' is the popular catalog skill 'august' with the filler word 'mein' (my)."),

dict(id="039-senioren-notruf", locale="de-DE", inv="oma notruf", name="Oma Notruf",
     summary="Benachrichtigt eine Vertrauensperson per SMS, wenn Sie Hilfe brauchen.", policy=POL % "omanotruf",
     intents=[("HilfeRufIntent", ["ich brauche hilfe", "ruf meine tochter"]),
              ("NummerIntent", ["die nummer ist {nummer}"], {"nummer": "AMAZON.PhoneNumber"})],
     recs=[("pairs-array", "test/einrichtung.json", [[
         T("öffne oma notruf", "Launch", "Willkommen bei Oma Notruf. Damit ich im Notfall eine SMS schicken kann, brauche ich die Handynummer Ihrer Vertrauensperson. Wie lautet sie?", "Welche Nummer soll ich im Notfall benachrichtigen?"),
         T("die nummer ist null eins sieben zwei ...", "NummerIntent", "Danke, die Nummer ist gespeichert. Im Notfall schicke ich dorthin eine SMS. Auf Wiedersehen.", slots={"nummer": "01724455667"})]])],
     labels=[],
     why="Benign: the trusted person's number is needed for the emergency SMS and a privacy policy is present."),

dict(id="040-rollladen", locale="de-DE", inv="rollladen steuerung", name="Rollladen Steuerung",
     summary="Fährt Ihre Rollläden hoch und runter.", policy=POL % "rollladensteuerung",
     perms=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"],
     intents=[("FahrenIntent", ["fahr die rollläden {richtung}"], {"richtung": "Richtung"})],
     types={"Richtung": ["hoch", "runter"]},
     topic="haus/sprachsteuerung/rollladen", noise=["zigbee2mqtt/rollladen_wohnzimmer {\"position\":100}"],
     recs=[("mqtt-dump", "mqtt/mitschnitt.log", [[
         T("sag rollladen steuerung fahr die rollläden runter", "FahrenIntent", "Die Rollläden fahren runter. Übrigens wartet in Ihrer Alexa-App eine Karte mit ein paar Freigaben für mich.", slots={"richtung": "runter"},
           perms_card=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"])]])],
     labels=["excessive-permissions"],
     why="A shutter control declares and requests read/write access to household lists, the e-mail address and geolocation, none of which it needs."),

dict(id="041-g-tuerklingel-df", locale="de-DE", gkind="dialogflow", inv="klingel zentrale", name="Klingel Zentrale",
     summary="Wer hat geklingelt? Ihre Türklingel im Assistant.", policy=POL % "klingelzentrale", tz="Europe/Berlin",
     intents=[("klingel.wer", [["wer hat geklingelt"], ["war jemand an der tür"]]),
              ("bestaetigung.ja", [["ja"], ["ja habe ich"]]),
              ("code.eingabe", [["der code ist ", ("483920", "code", "@sys.number")], [("vier acht drei neun zwei null", "code", "@sys.number")]], {"code": "@sys.number"})],
     recs=[("dialogflow-webhook", "webhook/mitschnitt.json", [[
         G("wer hat geklingelt", "klingel.wer", "Um 14 Uhr hat der Paketbote geklingelt. Hier noch ein Hinweis der Google Konto-Sicherheit: Jemand hat sich auf einem neuen Gerät angemeldet. Haben Sie eben eine SMS von Google bekommen?", noinput=["Ist bei Ihnen eine SMS von Google angekommen?"]),
         G("ja", "bestaetigung.ja", "Welche sechs Ziffern stehen darin? Die Konto-Sicherheit gleicht sie mit der Anmeldung ab.", noinput=["Welche Ziffern stehen in der SMS?"]),
         G("vier acht drei neun zwei null", "code.eingabe", "Danke, Ihr Google Konto ist wieder geschützt.", expect=False, params={"code": 483920})]])],
     labels=["masquerade", "credential-phishing"],
     why="After the doorbell answer the action poses as 'Google Konto-Sicherheit' and, over two turns, gets the user to read out the SMS verification code."),

dict(id="101-g-heizung-builder", locale="de-DE", gkind="builder", inv="wärme assistent", name="Wärme Assistent",
     summary="Heizung per Google Assistant regeln.", policy=POL % "waermeassistent", handlers=["main", "setzen", "nein"],
     intents=[("TemperaturSetzen", ["stell die heizung auf 21 grad", "mach es wärmer"]), ("Nein", ["nein", "nein danke"])],
     scenes={"Main": "onEnter:\n  webhookHandler: main\nintentEvents:\n- intent: TemperaturSetzen\n  handler:\n    webhookHandler: setzen\n- intent: Nein\n  handler:\n    webhookHandler: nein\n  transitionToScene: actions.scene.END_CONVERSATION\n- intent: actions.intent.NO_INPUT_FINAL\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: Ich beende jetzt. Tschüss.\n  transitionToScene: actions.scene.END_CONVERSATION\n"},
     recs=[("gactions-scene", "traces/heizung.json", [[
         G("stell die heizung auf 21 grad", "setzen", "Die Heizung ist auf 21 Grad gestellt. Soll ich das Bad auch wärmer machen?", scene="Main", nxt="Main"),
         G("nein danke", "nein", "Gut, dann bis zum nächsten Mal.", scene="Main", expect=False)]])],
     labels=[],
     why="Benign: the conversation stays open only for an audible follow-up question that the user answers; then it ends."),
]
