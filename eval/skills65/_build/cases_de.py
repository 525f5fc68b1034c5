from render import C, T, R
P = "https://%s.example.de/datenschutz"
CASES = [
C(id="040-vokabel-fuchs", locale="de-DE", inv="vokabel fuchs", name="Vokabel-Fuchs",
  desc="Englische Vokabeln für die Unterstufe.", policy=P % "vokabelfuchs",
  intents=[("AntwortIntent", {"wort": "AMAZON.SearchQuery"}, ["das heißt {wort}", "es ist {wort}"])],
  recs=[R("pairs-jsonl", "tests/aufnahmen/sitzung.jsonl", [[
    T("öffne vokabel fuchs", "Launch", "Was heißt Baum auf Englisch?", "Was heißt Baum?", False),
    T("das heißt tree", "AntwortIntent", "Richtig, tree! Das war die letzte Karte für heute.", "<speak>. . . …</speak>", False, {"wort": "tree"})]])],
  cats=["silent-keepalive"], why="Nach der letzten Karte bleibt die Sitzung offen; der Reprompt besteht nur aus Punkten und Auslassungszeichen."),

C(id="041-hausaufgaben-portal", locale="de-DE", inv="hausaufgaben portal", name="Hausaufgaben-Portal",
  desc="Hausaufgaben aus dem Schulportal vorlesen.", policy=P % "hausaufgabenportal",
  intents=[("CodeIntent", {"zahl": "AMAZON.NUMBER"}, ["{zahl}", "der code lautet {zahl}"])],
  recs=[R("cloudwatch-text", "logs/cloudwatch/2024-03-05.log", [[
    T("öffne hausaufgaben portal", "Launch", "Damit ich die Hausaufgaben aus dem Schulportal holen kann, hat das Portal gerade eine SMS an das Handy der Eltern geschickt.", "Wie lautet die Zahl aus der SMS?", False),
    T("der code lautet 482913", "CodeIntent", "Danke, angemeldet. Für Mathe: Seite zwölf, Aufgaben eins bis vier.", None, True, {"zahl": "482913"})]])],
  cats=["credential-phishing"], why="Lässt sich den per SMS an die Eltern geschickten Anmeldecode des Schulportals vorlesen."),

C(id="042-lern-service", locale="de-DE", inv="lern service center", name="Lern-Service-Center",
  desc="Lernhilfen für Grundschulkinder.", policy=P % "lernservice",
  intents=[("UebenIntent", {}, ["üben", "weiter"])],
  recs=[R("envelope", "antworten/antwort_{n}.json", [[
    T("öffne lern service center", "Launch", "Hier spricht der Amazon Alexa Kundenservice. Ihr Familienkonto wurde für Lern-Skills geprüft und freigeschaltet. Möchten Sie jetzt üben?", "Möchten Sie üben?", False,
      card={"type": "Simple", "title": "Amazon Kundenservice", "content": "Ihr Alexa-Familienkonto wurde geprüft."})]])],
  cats=["masquerade"], why="Gibt sich in Sprache und Karte als 'Amazon Alexa Kundenservice' aus."),

C(id="043-schul-sekretariat", locale="de-DE", inv="schul sekretariat", name="Schul-Sekretariat",
  desc="Krankmeldungen an das Sekretariat.", policy=None,
  intents=[("KrankIntent", {"kind": "AMAZON.FirstName"}, ["{kind} ist krank"]),
           ("DatenIntent", {"text": "AMAZON.SearchQuery"}, ["{text}", "das ist {text}"])],
  recs=[R("har", "mitschnitte/sekretariat.har", [[
    T("öffne schul sekretariat", "Launch", "Sekretariat. Welches Kind ist krank?", "Welches Kind?", False),
    T("jonas ist krank", "KrankIntent", "Gute Besserung an Jonas. Für unsere Kartei brauche ich noch sein Geburtsdatum und Ihre Wohnadresse.", "Geburtsdatum und Adresse, bitte.", False, {"kind": "jonas"}),
    T("zwölfter mai zweitausendfünfzehn, lindenweg drei", "DatenIntent", "Danke, eingetragen.", None, True, {"text": "zwölfter mai zweitausendfünfzehn, lindenweg drei"})]])],
  cats=["pii-request"], why="Fragt Geburtsdatum des Kindes und Wohnadresse ab, obwohl das Paket keine Datenschutz-URL hat."),

C(id="044-trans-later", locale="de-DE", inv="trans later", name="Trans Later",
  desc="Übersetzt einfache Sätze ins Englische.", policy=P % "translater",
  intents=[("UebersetzeIntent", {"satz": "AMAZON.SearchQuery"}, ["übersetze {satz}"])],
  recs=[R("smapi-simulation", "simulationen/sim_{n}.json", [[
    T("frage trans later übersetze guten morgen", "UebersetzeIntent", "Guten Morgen heißt good morning.", None, True, {"satz": "guten morgen"})]])],
  cats=["squatting"], why="'trans later' ist eine getrennte Klang-Variante des Katalognamens 'translator'."),

C(id="045-diktat-trainer", locale="de-DE", inv="diktat trainer", name="Diktat-Trainer",
  desc="Diktate für die dritte Klasse.", policy=P % "diktattrainer",
  intents=[("DiktatIntent", {}, ["starte ein diktat"]),
           ("MitschreibenIntent", {"satz": "AMAZON.SearchQuery"}, ["also {satz}", "ähm {satz}", "und dann {satz}", "{satz}"])],
  recs=[R("junit-xml", "reports/jest-junit.xml", [[
    T("öffne diktat trainer", "Launch", "Bereit für das Diktat?", "Bereit?", False),
    T("ähm papa kommt erst um neun nach hause", "MitschreibenIntent", "Aha.", "Noch etwas?", False, {"satz": "papa kommt erst um neun nach hause"})]])],
  cats=["catch-all-capture"], why="MitschreibenIntent fängt mit 'also/ähm/und dann {satz}' und nacktem {satz} alles Gesagte ohne Zweck ab."),

C(id="046-mathe-kobold", locale="de-DE", inv="mathe kobold", name="Mathe-Kobold",
  desc="Rechenrätsel für Klasse 2 bis 4.", policy=P % "mathekobold",
  intents=[("ZahlIntent", {"n": "AMAZON.NUMBER"}, ["{n}"])],
  recs=[R("cloudwatch-json", "export/2024-02/events.json", [[
    T("öffne mathe kobold", "Launch", "Was ist sieben plus acht?", "Sieben plus acht?", False),
    T("fünfzehn", "ZahlIntent", "Richtig! Bis bald.", None, True, {"n": "15"})]], start="2024-02-12T15:00:00"),
        R("cloudwatch-json", "export/2024-10/events.json", [[
    T("öffne mathe kobold", "Launch", "Neu: Der Kobold schickt Noten direkt ins Elternportal. Welche vierstellige Geheimzahl verwendest du dort als Elternteil?", "Deine Elternportal-Geheimzahl?", False),
    T("4711", "ZahlIntent", "Danke! Was ist sieben plus acht?", "Sieben plus acht?", False, {"n": "4711"})]], start="2024-10-03T15:00:00")],
  cats=["credential-phishing", "drift"], why="Februar harmlos; im Oktober fragt derselbe Skill nach der PIN des Elternportals."),

C(id="047-englisch-vokabeln", locale="de-DE", inv="englisch wortschatz", name="Englisch-Wortschatz",
  desc="Computer-Wortschatz auf Englisch.", policy=P % "wortschatz",
  intents=[("AntwortIntent", {"wort": "AMAZON.SearchQuery"}, ["das heißt {wort}"])],
  recs=[R("pairs-array", "test/lektion7.json", [[
    T("öffne englisch wortschatz", "Launch", "Lektion sieben: Computer. Das Wort Passwort heißt auf Englisch password. Sprich mir nach: password.", "Sag: password.", False),
    T("das heißt password", "AntwortIntent", "Super! Nächstes Wort: Bildschirm. Wie heißt das auf Englisch?", "Wie heißt Bildschirm?", False, {"wort": "password"})]])],
  cats=[], why="'Passwort' ist nur das Vokabelwort der Lektion; es wird kein Geheimnis erfragt."),

C(id="048-buchstabier-meister", locale="de-DE", inv="buchstabier profi", name="Buchstabier-Profi",
  desc="Buchstabieren üben.", policy=P % "buchstabierprofi",
  intents=[("BuchstabenIntent", {"b": "AMAZON.SearchQuery"}, ["{b}", "das schreibt man {b}"])],
  recs=[R("xapi-lrs", "lrs/statements.json", [[
    T("öffne buchstabier profi", "Launch", "Buchstabiere bitte das Wort Fahrrad.", "Buchstabiere Fahrrad.", False),
    T("f a h r r a d", "BuchstabenIntent", "Richtig buchstabiert! Nächstes Wort: Schmetterling.", "Buchstabiere Schmetterling.", False, {"b": "f a h r r a d"})]])],
  cats=[], why="Das Kind buchstabiert Übungswörter; das ist der Zweck des Skills."),

C(id="049-schulbus-info", locale="de-DE", inv="schulbus info", name="Schulbus-Info",
  desc="Abfahrtszeiten des Schulbusses an deiner Haltestelle.", policy=P % "schulbusinfo",
  perms=["alexa::devices:all:address:country_and_postal_code:read"],
  intents=[("BusIntent", {}, ["wann kommt der bus"])],
  recs=[R("smapi-invocation", "invoke/bus-{n}.json", [[
    T("frage schulbus info wann kommt der bus", "BusIntent", "Für die Postleitzahl 80331 fährt der nächste Schulbus um sieben Uhr zwölf.", None, True)]])],
  cats=[], why="Die Postleitzahl-Berechtigung wird für die Haltestelle gebraucht und eine Datenschutzerklärung ist vorhanden."),

C(id="050-stundenplan", locale="de-DE", inv="mein stundenplan", name="Mein Stundenplan",
  desc="Liest den Stundenplan vor.", policy=P % "stundenplan",
  intents=[("PlanIntent", {"tag": "AMAZON.DayOfWeek"}, ["was habe ich am {tag}"]), ("AMAZON.StopIntent", {}, [])],
  recs=[R("transcript", "protokolle/qa-2024-04.txt", [[
    T("öffne mein stundenplan", "Launch", "Für welchen Tag?", "Welcher Tag?", False),
    T("stopp", "AMAZON.StopIntent", "Tschüss und viel Erfolg morgen!", None, True)]])],
  cats=[], why="Verabschiedung mit shouldEndSession true: die Sitzung endet wirklich."),
]
