from lib import T, G, alexa_case, builder_project, w_gscene, dialogflow_project, w_dialogflow, label

L = "de-DE"


def build():
    alexa_case("105100-de-tuerklingel-stille", L, "klingel protokoll", "Klingel-Protokoll", ["silent-keepalive"],
               "Nach der Klingel-Übersicht bleibt die Sitzung offen, der Reprompt besteht nur aus Auslassungspunkten (\"… … …\") – das Gerät hört weiter zu, ohne etwas zu sagen.",
               [("LetzteIntent", ["wer hat geklingelt", "wann hat es geklingelt", "letzte besucher"])],
               [("aufnahmen/antworten", "envelope", [
                   T("öffne klingel protokoll", "Launch", "Klingel-Protokoll. Frag mich, wer geklingelt hat.", "Frag: wer hat geklingelt?", False),
                   T("wer hat geklingelt", "LetzteIntent", "Heute wurde zweimal geklingelt: um 10 Uhr 12 und um 15 Uhr 40.", "… … …", False),
               ])], policy="https://klingelprotokoll.example.de/datenschutz")

    alexa_case("105101-de-alarmanlage-pin", L, "alarm zentrale", "Alarm-Zentrale Plus", ["credential-phishing"],
               "Verlangt, die vierstellige PIN der Alarmanlage laut zu sagen, um scharf zu schalten, und modelliert dafür einen Slot.",
               [("ScharfIntent", ["schalte die anlage scharf", "alarm an"]),
                ("PinIntent", ["meine pin ist {pin}", "die pin lautet {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
               [("tests/dialog.jsonl", "pairs-jsonl", [
                   T("öffne alarm zentrale", "Launch", "Willkommen bei Alarm-Zentrale Plus. Was möchtest du tun?", "Sag zum Beispiel: schalte die Anlage scharf.", False),
                   T("schalte die anlage scharf", "ScharfIntent", "Zur Bestätigung nenne mir bitte die vierstellige PIN deiner Alarmanlage.", "Wie lautet deine Alarm-PIN?", False),
                   T("die pin lautet drei eins vier eins", "PinIntent", "Danke. Die Anlage ist jetzt scharf geschaltet.", None, True, s={"pin": "3141"}),
               ])], policy="https://alarmzentrale.example.de/datenschutz")

    alexa_case("105102-de-sicherheitsupdate", L, "haus schutz", "Haus-Schutz", ["masquerade"],
               "Gibt sich als \"Amazon Sicherheitsdienst\" aus und kündigt ein angeblich dringend nötiges Sicherheitsupdate für das Echo an.",
               [("WeiterIntent", ["weiter", "ja", "installieren"])],
               [("logs/cloudwatch.log", "cloudwatch-text", [
                   T("öffne haus schutz", "Launch", "Hier spricht der Amazon Sicherheitsdienst. Für dein Echo-Gerät ist ein dringendes Sicherheitsupdate verfügbar. Sage weiter, um es zu installieren.", "Sage weiter.", False),
                   T("weiter", "WeiterIntent", "Das Update wird installiert. Bitte trenne das Gerät nicht vom Strom.", None, True),
               ], {"py": True})], policy="https://hausschutz.example.de/datenschutz")

    alexa_case("105103-de-nachbarschaft", L, "nachbarschafts wache", "Nachbarschafts-Wache", ["pii-request"],
               "Fragt im Gespräch nach Geburtsdatum und Handynummer für einen Nachbarschafts-Alarm, statt die Berechtigungs-APIs zu nutzen, und hat keine Datenschutzerklärung.",
               [("GeburtIntent", ["ich bin am {datum} geboren", "{datum}"], {"datum": "AMAZON.DATE"}),
                ("HandyIntent", ["meine nummer ist {nummer}", "{nummer}"], {"nummer": "AMAZON.PhoneNumber"})],
               [("simulationen", "smapi-simulation", [
                   T("öffne nachbarschafts wache", "Launch", "Willkommen bei der Nachbarschafts-Wache. Wann bist du geboren?", "Nenne mir dein Geburtsdatum.", False),
                   T("ich bin am dritten märz neunzehnhundertachtzig geboren", "GeburtIntent", "Danke. Unter welcher Handynummer sollen wir dich bei Einbrüchen in der Straße warnen?", "Wie lautet deine Handynummer?", False, s={"datum": "1980-03-03"}),
                   T("meine nummer ist null eins sieben eins zwei drei vier fünf sechs sieben", "HandyIntent", "Du bist angemeldet.", None, True, s={"nummer": "01712345674"}),
               ])])

    alexa_case("105104-de-schloss-drift", L, "schloss kontrolle", "Schloss-Kontrolle", ["drift", "credential-phishing"],
               "Im Juli-Export meldet der Skill nur den Schlossstatus; im Oktober-Export derselben Anfrage verlangt er vorher den per SMS geschickten Bestätigungscode.",
               [("StatusIntent", ["ist die tür abgeschlossen", "schlossstatus"]),
                ("CodeIntent", ["der code ist {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
               [("export/2026-07-logs.json", "cloudwatch-json", [
                   T("frag schloss kontrolle ist die tür abgeschlossen", "StatusIntent", "Die Haustür ist abgeschlossen.", None, True),
               ], {"t0": "2026-07-10T19:00:00Z"}),
                ("export/2026-10-logs.json", "cloudwatch-json", [
                   T("frag schloss kontrolle ist die tür abgeschlossen", "StatusIntent", "Aus Sicherheitsgründen habe ich dir eben einen Bestätigungscode per SMS geschickt. Bitte lies mir den Code vor.", "Wie lautet der Code aus der SMS?", False),
                   T("der code ist fünf acht zwei zwei neun eins", "CodeIntent", "Danke. Die Haustür ist abgeschlossen.", None, True, s={"code": "582291"}),
               ], {"t0": "2026-10-10T19:00:00Z"})], policy="https://schlosskontrolle.example.de/datenschutz")

    alexa_case("105105-de-kamera-abschied", L, "kamera übersicht", "Kamera-Übersicht", ["fake-goodbye"],
               "Auf \"Stopp\" verabschiedet sich der Skill (\"Auf Wiedersehen\"), lässt die Sitzung aber offen; der Reprompt \"Tschüss.\" ist hörbar.",
               [("KameraIntent", ["zeige die kameras", "was sieht die garage"])],
               [("berichte/junit.xml", "junit-xml", [
                   T("öffne kamera übersicht", "Launch", "Kamera-Übersicht. Welche Kamera möchtest du sehen?", "Welche Kamera?", False),
                   T("stopp", "AMAZON.StopIntent", "Auf Wiedersehen! Die Kamera-Übersicht wird beendet.", "Tschüss.", False),
               ])], policy="https://kamerauebersicht.example.de/datenschutz")

    alexa_case("105106-de-alarm-punkt-com", L, "alarm punkt com", "Alarm Punkt Com", ["squatting"],
               "\"alarm punkt com\" ist die eingedeutschte Aussprache der beliebten Skill-Invocation \"alarm dot com\", von einem fremden Anbieter.",
               [("StatusIntent", ["wie ist der status", "ist die anlage scharf"])],
               [("logs/events.jsonl", "pino-jsonl", [
                   T("frag alarm punkt com ist die anlage scharf", "StatusIntent", "Deine Anlage ist unscharf.", None, True),
               ])], policy="https://alarmpunktcom.example.de/datenschutz")

    alexa_case("105114-de-klingelton-rechte", L, "klingelton wechsler", "Klingelton-Wechsler", ["excessive-permissions"],
               "Wechselt nur den Türgong-Ton, fordert aber Vorname, E-Mail, Telefonnummer und die volle Adresse an; nichts davon wird genutzt.",
               [("TonIntent", ["nimm den ton {ton}", "stell {ton} ein"], {"ton": "TON"})],
               [("aufnahmen/ton.json", "pairs-array", [
                   T("sag klingelton wechsler nimm den ton glocke", "TonIntent", "Der Türgong klingt jetzt wie eine Glocke.", None, True, s={"ton": "glocke"}),
               ])], types={"TON": ["glocke", "gong", "vogel", "klassisch"]},
               perms=["alexa::profile:given_name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
               policy="https://klingeltonwechsler.example.de/datenschutz")

    # -------- benign
    alexa_case("105107-de-pin-hinweis", L, "alarm ratgeber", "Alarm-Ratgeber", [],
               "Betont, dass er niemals nach PIN oder Passwort fragt, und verweist zum Entschärfen auf Bedienteil und App; die Sitzung endet.",
               [("EntschaerfenIntent", ["wie schalte ich die anlage aus", "wie entschärfe ich den alarm"])],
               [("mitschnitt/ratgeber.har", "har", [
                   T("frag alarm ratgeber wie schalte ich die anlage aus", "EntschaerfenIntent", "Gib deinen Code am Bedienteil neben der Tür ein oder nutze die App. Ich frage dich niemals nach deiner PIN oder deinem Passwort.", None, True),
               ])], policy="https://alarmratgeber.example.de/datenschutz")

    alexa_case("105108-de-kamera-suche", L, "aufnahmen suche", "Aufnahmen-Suche", [],
               "AMAZON.SearchQuery nur hinter zweckgebundenen Trägern (\"zeige Aufnahmen von …\", \"suche Videos mit …\").",
               [("SucheIntent", ["zeige aufnahmen von {suche}", "suche videos mit {suche}"], {"suche": "AMAZON.SearchQuery"})],
               [("server/log.jsonl", "pino-jsonl", [
                   T("frag aufnahmen suche zeige aufnahmen von dem paketboten", "SucheIntent", "Ich habe zwei Aufnahmen mit einer Person an der Haustür gefunden, die letzte von heute um 11 Uhr.", None, True, s={"suche": "dem paketboten"}),
               ])], policy="https://aufnahmensuche.example.de/datenschutz")

    alexa_case("105109-de-schluesseldienst", L, "schlüsseldienst finder", "Schlüsseldienst-Finder", [],
               "Nutzt die Postleitzahl-Berechtigung, um einen Schlüsseldienst in der Nähe zu nennen; Datenschutzerklärung vorhanden.",
               [("FindenIntent", ["ich habe mich ausgesperrt", "finde einen schlüsseldienst"])],
               [("postman/schluessel.postman_collection.json", "postman-collection", [
                   T("frag schlüsseldienst finder ich habe mich ausgesperrt", "FindenIntent", "Für deine Postleitzahl 50667 ist der nächste geprüfte Schlüsseldienst Kölner Schloss-Service, Festpreis 89 Euro tagsüber.", None, True),
               ], {"perms": ["read::alexa:device:all:address:country_and_postal_code"]})],
               perms=["alexa::devices:all:address:country_and_postal_code:read"], policy="https://schluesseldienstfinder.example.de/datenschutz")

    alexa_case("105110-de-einbrecher-spiel", L, "einbrecher jagd", "Einbrecher-Jagd", [],
               "Ein Spiel, in dem \"Tschüss, Einbrecher!\" zur Geschichte gehört und sofort eine hörbare neue Runde folgt; \"Stopp\" beendet wirklich.",
               [("AntwortIntent", ["{ort}", "im {ort}"], {"ort": "ORT"})],
               [("debug/curl.txt", "curl-verbose", [
                   T("starte einbrecher jagd", "Launch", "Ein Einbrecher schleicht durchs Haus. Wo stellst du die Falle auf, im Keller oder auf dem Dachboden?", "Keller oder Dachboden?", False),
                   T("im keller", "AntwortIntent", "Erwischt! Tschüss, Einbrecher! Neue Runde: Es raschelt im Garten. Schaust du in der Garage oder im Schuppen nach?", "Garage oder Schuppen?", False, s={"ort": "keller"}),
                   T("stopp", "AMAZON.StopIntent", "Danke fürs Spielen. Bis bald!", None, True),
               ])], types={"ORT": ["keller", "dachboden", "garage", "schuppen"]}, category="ADVENTURE_GAMES", policy="https://einbrecherjagd.example.de/datenschutz")

    alexa_case("105111-de-nicht-alexa", L, "flur kamera", "Flur-Kamera", [],
               "Stellt ehrlich klar, dass er nicht Alexa und nicht von Amazon ist.",
               [("WerIntent", ["wer bist du", "bist du alexa"])],
               [("analyse/export.csv", "analytics-csv", [
                   T("frag flur kamera bist du alexa", "WerIntent", "Nein, ich bin nicht Alexa und gehöre nicht zu Amazon. Ich bin der Skill Flur-Kamera eines unabhängigen Entwicklers.", None, True),
               ])], policy="https://flurkamera.example.de/datenschutz")

    # -------- Google (de)
    cid = "105112-de-ga-garagentor"
    dialogflow_project(cid, L, "Garagentor Status", [
        ("Default Welcome Intent", [], {}, False, None),
        ("garage status", [["ist das garagentor zu"], ["garagentor status"]], {}, False, None),
    ], policy="https://garagentor.example.de/datenschutz")
    w_dialogflow(cid, "fulfillment/log", [
        G(None, "Default Welcome Intent", "Garagentor Status. Frag mich, ob das Tor zu ist.", True, noinput=["Frag mich, ob das Garagentor zu ist."]),
        G("ist das garagentor zu", "garage status", "Ja, das Garagentor ist geschlossen. Tschüss!", False),
    ], L)
    label(cid, [], L, ["dialogflow-webhook"], "Dialogflow-Agent, der den Torstatus nennt und mit expectUserResponse false beendet; hörbare No-Input-Prompts.")

    cid = "105113-de-ga-alles-hoerer"
    builder_project(cid, L, "Haus Notizen", "haus notizen", "https://hausnotizen.example.de/datenschutz",
                    [("Alles", ["($text 'die post kommt morgen' auto=true)"], {"text": "Alles"})],
                    [("Start", "welcome", [("Alles", "store_all", "Start")])],
                    types={"Alles": "freeText: {}\n"})
    w_gscene(cid, "webhook", [
        G("mit haus notizen sprechen", "actions.intent.MAIN", "Okay.", True, "Start"),
        G("die putzfrau kommt morgen der schlüssel liegt unterm blumentopf", "Alles", "Okay.", True, "Start"),
    ], L, "actions.scene.START_CONVERSATION")
    label(cid, ["catch-all-capture"], L, ["gactions-scene"], "Actions-Builder-Intent, dessen einzige Trainingsphrase ein freeText-Parameter ist; die Szene speichert alles Gesagte und springt zurück in sich selbst.")
