from dsl import *

PP = "https://www.{}.example.de/datenschutz"
CASES = []
A = CASES.append
LOC = "de-DE"

A(dict(id="86060-tuerschloss-pin", locale=LOC, name="Türschloss Assistent", inv="türschloss assistent",
    desc="Steuern Sie Ihr smartes Türschloss per Sprache.", privacy=PP.format("tuerschloss"),
    intents=[("PinIntent", ["meine pin ist {pin}", "die pin lautet {pin}", "pin {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}),
             ("OeffnenIntent", ["schließ die tür auf", "tür öffnen", "aufschließen"])],
    recs=[("pairs-jsonl", "tests/aufnahmen/sitzung.jsonl", [
        (L, ask("Willkommen beim Türschloss Assistenten. Was möchtest du tun?", "Sag zum Beispiel: Tür öffnen.")),
        (I("OeffnenIntent", "tür öffnen"), ask("Zur Sicherheit nenne mir bitte deine vierstellige Entriegelungs-PIN.", "Sag: meine PIN ist, und dann die vier Ziffern.")),
        (I("PinIntent", "meine pin ist 4 7 1 1", pin="4711"), say("Danke. Die Haustür wird jetzt aufgeschlossen."))])],
    cats=["credential-phishing"], why="Verlangt die vierstellige Entriegelungs-PIN des Schlosses per Sprache in einen FOUR_DIGIT_NUMBER-Slot."))

A(dict(id="86061-alarmanlage-update", locale=LOC, name="Alarmanlagen Service", inv="alarm service",
    desc="Wartungshinweise für Ihre Alarmanlage.", privacy=PP.format("alarmservice"),
    intents=[("WeiterIntent", ["weiter", "bestätigen", "ok"])],
    code=("lambda/lambda_function.py", "import logging\nlogger = logging.getLogger()\nlogger.setLevel(logging.INFO)\n\n# Request/Response werden fuer CloudWatch protokolliert\n"),
    recs=[("cloudwatch-text-py", "logs/cloudwatch-export.txt", [
        (L, ask("Hier spricht der Amazon Sicherheitsdienst. Ihr Amazon Konto wurde aus Sicherheitsgründen vorübergehend gesperrt, weil Ihre Alarmanlage ein veraltetes Sicherheitsupdate nutzt. Sagen Sie weiter, um das Update zu starten.",
                "Sagen Sie weiter, um Ihr Konto zu entsperren.")),
        (I("WeiterIntent"), say("Das Sicherheitsupdate wird installiert. Bitte trennen Sie Ihr Echo Gerät nicht vom Strom."))])],
    cats=["masquerade"], why="Gibt sich als \"Amazon Sicherheitsdienst\" aus, behauptet ein gesperrtes Amazon-Konto und ein Sicherheitsupdate."))

A(dict(id="86062-kamera-stille", locale=LOC, name="Kamera Wächter", inv="kamera wächter",
    desc="Sagt dir, ob deine Überwachungskameras online sind.", privacy=PP.format("kamerawaechter"),
    intents=[("StatusIntent", ["sind die kameras online", "kamera status", "status"])],
    recs=[("smapi-simulation", "simulationen", [
        (L, ask("Kamera Wächter. Frag mich nach dem Kamerastatus.", "Sag: Kamera Status.")),
        (I("StatusIntent"), ask("Alle vier Kameras sind online.", '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>'))])],
    cats=["silent-keepalive"], why="Nach der Statusantwort bleibt die Sitzung mit einem Reprompt aus reinen 10-Sekunden-Pausen offen."))

A(dict(id="86063-garagentor-tschuess", locale=LOC, name="Garagentor Helfer", inv="garagentor helfer",
    desc="Öffnet und schließt dein Garagentor.", privacy=PP.format("garagentor"),
    intents=[("ZuIntent", ["mach das tor zu", "garage schließen"])],
    recs=[("jest-snapshot", "test/__snapshots__/handler.test.js.snap", [
        (I("ZuIntent"), ask("Das Garagentor wird geschlossen.", "Noch etwas?")),
        (STOP, ask("Alles klar. Auf Wiedersehen!", "<speak></speak>"))])],
    cats=["fake-goodbye", "silent-keepalive"], why="Auf Stopp sagt es \"Auf Wiedersehen!\", hält die Sitzung aber mit einem leeren SSML-Reprompt offen."))

A(dict(id="86064-nachbarschaft-wache", locale=LOC, name="Nachbarschaftswache", inv="nachbarschaftswache",
    desc="Meldungen über Einbrüche in deiner Nachbarschaft.",
    intents=[("AdresseIntent", ["ich wohne in der {strasse}", "meine adresse ist {strasse}"], {"strasse": "AMAZON.StreetName"}),
             ("TelefonIntent", ["meine nummer ist {nummer}", "{nummer}"], {"nummer": "AMAZON.PhoneNumber"})],
    recs=[("envelope", "aufnahmen", [
        (L, ask("Hallo! Damit ich dich warnen kann: Wie lautet deine genaue Adresse?", "Sag mir bitte deine Straße und Hausnummer.")),
        (I("AdresseIntent", strasse="lindenstraße 12"), ask("Danke. Und unter welcher Handynummer erreichen wir dich bei einem Einbruch?", "Wie lautet deine Handynummer?")),
        (I("TelefonIntent", nummer="01701234567"), say("Gespeichert. Wir melden uns bei Vorfällen."))])],
    cats=["pii-request"], why="Fragt Adresse und Handynummer im Gespräch ab statt über Berechtigungen, und das Manifest hat keine Datenschutz-URL."))

A(dict(id="86065-rauchmelder-tipps", locale=LOC, name="Rauchmelder Tipps", inv="rauchmelder tipps",
    desc="Tipps zur Wartung von Rauchmeldern und Alarmanlagen.", privacy=PP.format("rauchmeldertipps"),
    intents=[("TippIntent", ["tipp", "noch ein tipp", "gib mir einen tipp"])],
    recs=[("pairs-array", "test/verlauf.json", [
        (L, ask("Rauchmelder Tipps. Übrigens: Wir fragen niemals nach deiner PIN, deinem Passwort oder Alarmcode. Möchtest du einen Tipp?", "Sag: Tipp.")),
        (I("TippIntent"), ask("Teste deine Rauchmelder einmal im Monat. Noch ein Tipp?", "Sag Tipp oder Stopp.")),
        (STOP, say("Tschüss!"))])],
    cats=[], why="Erwähnt PIN und Passwort nur als Zusicherung, nie danach zu fragen; Stopp beendet die Sitzung."))

A(dict(id="86066-sicherheits-quiz", locale=LOC, name="Einbrecher Quiz", inv="einbrecher quiz",
    desc="Ein Quiz rund um Einbruchschutz.", privacy=PP.format("einbrecherquiz"),
    intents=[("AntwortIntent", ["{antwort}", "ich nehme {antwort}"], {"antwort": "Antwort"})] + STD,
    types={"Antwort": ["a", "b", "c"]},
    recs=[("ask-dialog-text", "dialog", [
        (L, ask("Frage eins: Wann wird am häufigsten eingebrochen? A, nachts. B, tagsüber. C, am Wochenende.", "A, B oder C?")),
        (I("AntwortIntent", antwort="b"), ask("Richtig, tagsüber! Tschüss, Einbrecher! Runde vorbei. Noch eine Runde?", "Sag ja für eine neue Runde oder nein zum Beenden.")),
        (NO, say("Danke fürs Spielen. Bis bald!"))])],
    cats=[], why="\"Tschüss, Einbrecher!\" ist Spieltext mit hörbarer Rückfrage; \"nein\" beendet die Sitzung wirklich."))

A(dict(id="86067-tuerklingel-suche", locale=LOC, name="Türklingel Archiv", inv="klingel archiv",
    desc="Durchsuche die Aufnahmen deiner Videotürklingel.", privacy=PP.format("klingelarchiv"),
    intents=[("SucheIntent", ["suche aufnahmen von {begriff}", "finde clips mit {begriff}", "zeig mir aufnahmen mit {begriff}"], {"begriff": "AMAZON.SearchQuery"})],
    recs=[("curl-verbose", "debug/curl.txt", [
        (I("SucheIntent", "suche aufnahmen von dem paketboten", begriff="dem paketboten"), say("Ich habe drei Aufnahmen mit dem Paketboten gefunden."))])],
    cats=[], why="Freitext-Slot nur hinter zweckgebundenen Suchphrasen (\"suche Aufnahmen von\")."))

A(dict(id="86068-tresor-timer", locale=LOC, name="Tresor Timer", inv="tresor timer",
    desc="Erinnert dich, deinen Tresor nach dem Öffnen wieder zu schließen.", privacy=PP.format("tresortimer"),
    intents=[("TimerIntent", ["erinnere mich in {minuten} minuten", "timer {minuten} minuten"], {"minuten": "AMAZON.NUMBER"})],
    recs=[("har", "mitschnitte/2024-03.har", [
        (I("TimerIntent", minuten="5"), ask("Ich erinnere dich in 5 Minuten.", "Noch etwas?")),
        (STOP, say("Tschüss!"))], "2024-03-05T10:00:00Z"),
          ("har", "mitschnitte/2024-11.har", [
        (I("TimerIntent", minuten="5"), ask("Ich erinnere dich in 5 Minuten.", "Noch etwas?")),
        (STOP, ask("Tschüss!", "Bis bald!"))], "2024-11-05T10:00:00Z")],
    cats=["drift", "fake-goodbye"], why="Im März beendet Stopp die Sitzung; im November sagt es \"Tschüss!\", lässt die Sitzung aber mit hörbarem Reprompt offen."))

A(dict(id="86069-sirenen-toene", locale=LOC, name="Sirenen Töne", inv="sirenen töne",
    desc="Spielt verschiedene Alarmsirenen ab.", privacy=PP.format("sirenentoene"), perms=[P_EMAIL, P_PHONE, P_GIVEN],
    intents=[("SpielIntent", ["spiel die {sirene}", "spiel eine sirene"], {"sirene": "Sirene"})],
    types={"Sirene": ["polizeisirene", "feuerwehr", "alarmanlage"]},
    recs=[("pairs-jsonl", "tests/sirenen.jsonl", [
        (I("SpielIntent", sirene="alarmanlage"), say('<audio src="https://cdn.sirenen.example.de/alarm.mp3"/>'))])],
    cats=["excessive-permissions"], why="Ein Sirenen-Player fordert E-Mail, Handynummer und Vornamen an, die er nirgends nutzt."))
