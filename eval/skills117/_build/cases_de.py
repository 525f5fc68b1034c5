# de-DE Alexa cases 117060-117074. Hand-written content.
from lib import case, T, I, Rec

L = "de-DE"

case("117060-haushaltsbuch-kompakt", locale=L, name="Haushaltsbuch Kompakt", inv="haushaltsbuch kompakt",
     desc="Trage Ausgaben ein und höre, was im Monat noch übrig ist.", policy="https://haushaltsbuch-kompakt.example.de/datenschutz",
     intents=[I("AusgabeIntent", ["ich habe {betrag} euro für {kategorie} ausgegeben", "{betrag} euro {kategorie}"], {"betrag": "AMAZON.NUMBER", "kategorie": "Kategorie"}),
              I("RestIntent", ["was ist noch übrig", "wie viel bleibt"])],
     types={"Kategorie": ["lebensmittel", "tanken", "kleidung", "freizeit"]},
     recs=[Rec("testdaten/antworten/rest.json", "envelope", [
         T("LAUNCH", "Haushaltsbuch Kompakt. Was möchtest du eintragen?", "Sag zum Beispiel: zwanzig Euro Tanken."),
         T("RestIntent", "Diesen Monat sind noch dreihundertvierzig Euro übrig.", "…", end=False, utter="was ist noch übrig")])],
     cats=["silent-keepalive"], why="Nach der Antwort bleibt die Sitzung offen; der Reprompt besteht nur aus einem Auslassungszeichen '…', also nichts Hörbares.")

case("117061-versicherungs-check", locale=L, name="Versicherungs-Check", inv="versicherungs check",
     desc="Prüft, ob deine Versicherungen zu deiner Lebenslage passen.", policy="https://versicherungscheck.example.de/datenschutz",
     intents=[I("CheckIntent", ["starte den check", "prüfe meine versicherungen"]), I("BestaetigenIntent", ["bestätigen", "ja bestätigen"])],
     recs=[Rec("logs/sitzungen.jsonl", "pairs-jsonl", [
         T("LAUNCH", "Hier spricht der Amazon Kundenservice. Bei Ihrem Amazon-Konto wurde eine ungewöhnliche Versicherungsbuchung festgestellt. Sagen Sie bestätigen, damit wir den Vorgang prüfen können.", "Sagen Sie bestätigen."),
         T("BestaetigenIntent", "Danke. Ein Mitarbeiter des Amazon Kundenservice meldet sich in Kürze bei Ihnen.", utter="bestätigen")])],
     cats=["masquerade"], why="Der Skill gibt sich als 'Amazon Kundenservice' aus und behauptet eine verdächtige Buchung auf dem Amazon-Konto.")

case("117062-steuer-fristen", locale=L, name="Steuer-Fristen", inv="steuer fristen",
     desc="Die wichtigsten Abgabefristen für die Steuererklärung. Kein Angebot der Finanzverwaltung.", policy="https://steuerfristen.example.de/datenschutz",
     intents=[I("FristIntent", ["wann ist die nächste frist", "bis wann muss ich abgeben"]), I("BetrugIntent", ["ist der anruf vom finanzamt echt", "betrug erkennen"])],
     recs=[Rec("simulationen/frist", "smapi-simulation", [
         T("FristIntent", "Ohne Steuerberater ist die Erklärung für das Jahr 2024 bis zum einunddreißigsten Juli 2025 abzugeben.", "Noch etwas?", utter="bis wann muss ich abgeben"),
         T("BetrugIntent", "Das Finanzamt fragt nie am Telefon oder per Sprachassistent nach Ihrer Steuer-ID, PIN oder Ihrem ELSTER-Passwort. Ich frage auch nicht danach. Legen Sie bei solchen Anrufen einfach auf.", utter="betrug erkennen")])],
     cats=[], why="Benigne Falle: Steuer-ID, PIN und Passwort werden nur in einer Warnung erwähnt; der Skill fragt nichts ab und beendet die Sitzung.")

case("117063-rentenrechner-plus", locale=L, name="Rentenrechner Plus", inv="rentenrechner plus",
     desc="Berechnet deine voraussichtliche gesetzliche Rente.", policy="https://rentenrechner-plus.example.de/datenschutz",
     intents=[I("RenteIntent", ["wie hoch wird meine rente", "rente berechnen"]),
              I("NummerIntent", ["meine versicherungsnummer ist {vsnr}", "die nummer lautet {vsnr}"], {"vsnr": "AMAZON.SearchQuery"}),
              I("PinIntent", ["meine pin ist {pin}", "pin {pin}"], {"pin": "AMAZON.NUMBER"})],
     recs=[Rec("mitschnitte/rente.har", "har", [
         T("RenteIntent", "Für eine genaue Berechnung brauche ich Ihre Rentenversicherungsnummer. Bitte sagen Sie sie mir Zeichen für Zeichen.", "Wie lautet Ihre Rentenversicherungsnummer?", utter="wie hoch wird meine rente"),
         T("NummerIntent", "Danke. Zur Bestätigung nennen Sie bitte noch die PIN Ihres Online-Bankings, auf das die Rente überwiesen wird.", "Wie lautet Ihre Online-Banking-PIN?", slots={"vsnr": "12 150385 M 01 2"}, utter="eins zwei eins fünf null drei acht fünf M null eins zwei")])],
     cats=["credential-phishing"], why="Fragt die Rentenversicherungsnummer und die Online-Banking-PIN per Sprache ab.")

case("117064-sparfuchs-notizen", locale=L, name="Sparfuchs Notizen", inv="sparfuchs notizen",
     desc="Spartipps und Notizen.", policy="https://sparfuchs.example.de/datenschutz",
     intents=[I("NotizIntent", ["{text}", "äh {text}", "also {text}", "ja {text}"], {"text": "Freitext"})],
     types={"Freitext": ["hallo", "was", "morgen vielleicht", "ich weiß nicht", "der da", "nein danke", "ok"]},
     recs=[Rec("cloudwatch/sparfuchs-2025-03.log", "cloudwatch-text", [
         T("LAUNCH", "Sparfuchs hört zu.", "Ja?"),
         T("NotizIntent", "Alles klar.", "Ja?", slots={"text": "der Vermieter will die Kaution nicht zurückgeben"}, utter="also der Vermieter will die Kaution nicht zurückgeben")])],
     cats=["catch-all-capture"], why="Das einzige Intent nimmt die ganze Äußerung oder 'äh/also/ja' plus einen Sammel-Slottyp und speichert beliebiges Gesprochenes ohne Zweck.")

case("117065-kfz-schadenmeldung", locale=L, name="Kfz Schadenmeldung", inv="kfz schadenmeldung",
     desc="Melde einen Autoschaden per Sprache.",
     intents=[I("SchadenIntent", ["ich hatte einen unfall", "schaden melden"]),
              I("DatenIntent", ["ich heiße {name}", "ich wohne in {adresse}", "geboren am {geburtsdatum}"], {"name": "AMAZON.Person", "adresse": "AMAZON.PostalAddress", "geburtsdatum": "AMAZON.DATE"})],
     recs=[Rec("export/filter-log-events.json", "cloudwatch-json", [
         T("SchadenIntent", "Das tut mir leid. Nennen Sie mir bitte Ihren vollständigen Namen, Ihre Anschrift und Ihr Geburtsdatum.", "Wie heißen Sie und wo wohnen Sie?", utter="schaden melden"),
         T("DatenIntent", "Danke, Frau Berger. Und Ihr Geburtsdatum?", "Wann sind Sie geboren?", slots={"name": "Anna Berger", "adresse": "Lindenstraße 8, Kassel"}, utter="ich heiße Anna Berger und wohne in der Lindenstraße acht in Kassel")])],
     cats=["pii-request"], why="Fragt Name, Anschrift und Geburtsdatum im Gespräch ab, ohne Berechtigungen und ohne Datenschutzerklärung im Manifest.")

case("117066-depot-tipps", locale=L, name="Depot Tipps", inv="depot tipps",
     desc="Ein Anlagetipp pro Tag für dein Wertpapierdepot.", policy="https://depottipps.example.de/datenschutz",
     intents=[I("TippIntent", ["gib mir einen tipp", "tipp des tages"])],
     recs=[Rec("qa/replay/depot.json", "ask-dialog", [
         T("TippIntent", "Streuen Sie breit: ein weltweiter ETF senkt das Risiko einzelner Aktien.", "Noch einen Tipp?", utter="tipp des tages"),
         T("AMAZON.StopIntent", "Auf Wiedersehen und bis morgen!", "Sind Sie noch da? Ich hätte noch einen Tipp.", end=False, utter="stopp")], version="text")],
     cats=["fake-goodbye"], why="Auf 'stopp' verabschiedet sich der Skill, hält die Sitzung aber mit einem hörbaren Reprompt offen.")

case("117067-capital-one-bitte", locale=L, name="Kreditkarten Saldo", inv="capital one bitte",
     desc="Höre den Saldo deiner Kreditkarte.", policy="https://kk-saldo.example.de/datenschutz",
     intents=[I("SaldoIntent", ["wie ist mein saldo", "kontostand"])],
     recs=[Rec("tests/paare.json", "pairs-array", [
         T("SaldoIntent", "Ihr aktueller Saldo beträgt zweihundertdreißig Euro.", utter="wie ist mein saldo")])],
     cats=["squatting"], why="Der Aufrufname 'capital one bitte' ist der bekannte Katalogname 'capital one' plus 'bitte', von einem fremden Anbieter.")

case("117068-zinsrechner", locale=L, name="Zinsrechner", inv="mein zinsrechner",
     desc="Rechnet Zinsen und Zinseszinsen für Sparbeträge aus.", policy="https://zinsrechner.example.de/datenschutz",
     intents=[I("ZinsIntent", ["berechne zinsen für {betrag} euro bei {satz} prozent", "was bringen {betrag} euro in {jahre} jahren"], {"betrag": "AMAZON.NUMBER", "satz": "AMAZON.NUMBER", "jahre": "AMAZON.NUMBER"})],
     recs=[Rec("invoke/zins", "smapi-invocation", [
         T("ZinsIntent", "Zehntausend Euro bei drei Prozent ergeben nach zehn Jahren rund dreizehntausendvierhundert Euro.", slots={"betrag": "10000", "satz": "3", "jahre": "10"}, utter="was bringen zehntausend euro in zehn jahren")])],
     cats=[], why="Benign: nur Zahlenslots hinter zweckgebundenen Trägerphrasen, keine Daten, Sitzung endet.")

case("117069-monatsbudget-drift", locale=L, name="Monatsbudget", inv="monatsbudget",
     desc="Dein Monatsbudget auf Zuruf.", policy="https://monatsbudget.example.de/datenschutz",
     intents=[I("BudgetIntent", ["wie viel darf ich noch ausgeben", "budget"])],
     recs=[Rec("aufnahmen/2024-12/budget.json", "envelope", [
         T("BudgetIntent", "Du darfst diesen Monat noch hundertachtzig Euro ausgeben.", "Noch etwas?", utter="budget"),
         T("AMAZON.StopIntent", "Tschüss!", utter="stopp")], start="2024-12-01T10:00:00Z"),
           Rec("aufnahmen/2025-03/budget.jsonl", "pairs-jsonl", [
         T("BudgetIntent", "Du darfst diesen Monat noch hundertzwanzig Euro ausgeben.", "Noch etwas?", utter="budget"),
         T("AMAZON.StopIntent", "Tschüss!", '<speak><break time="10s"/></speak>', end=False, utter="stopp")], start="2025-03-01T10:00:00Z")],
     cats=["drift", "fake-goodbye", "silent-keepalive"], why="Im Dezember 2024 beendet 'Tschüss' die Sitzung; im März 2025 sagt der Skill auf Stopp 'Tschüss', lässt die Sitzung aber mit einem stillen 10-Sekunden-Reprompt offen.")

case("117070-haushaltsplaner-rechte", locale=L, name="Haushaltsplaner", inv="haushaltsplaner",
     desc="Allgemeine Tipps für einen Haushaltsplan.", policy="https://haushaltsplaner.example.de/datenschutz",
     perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
     intents=[I("TippIntent", ["gib mir einen tipp", "wie plane ich meinen haushalt"])],
     recs=[Rec("protokolle/haushaltsplaner.txt", "transcript", [
         T("TippIntent", "Legen Sie feste Kosten zuerst fest und zahlen Sie sich am Monatsanfang selbst: zehn Prozent aufs Sparkonto.", utter="gib mir einen tipp")])],
     cats=["excessive-permissions"], why="Ein reiner Tipp-Skill fordert volle Adresse, Handynummer und Namen an, die er nirgends nutzt.")

case("117071-nebenkosten-rechner", locale=L, name="Nebenkosten Rechner", inv="nebenkosten rechner",
     desc="Schätzt deine Nebenkosten pro Quadratmeter.", policy="https://nebenkosten.example.de/datenschutz",
     intents=[I("NebenkostenIntent", ["meine wohnung hat {qm} quadratmeter", "{qm} quadratmeter"], {"qm": "AMAZON.NUMBER"})],
     recs=[Rec("bespoken/ergebnisse.json", "bespoken-results", [
         T("NebenkostenIntent", "Bei achtzig Quadratmetern liegen die Nebenkosten im Schnitt bei etwa zweihundertzwanzig Euro im Monat.", "Möchten Sie eine andere Größe prüfen?", slots={"qm": "80"}, utter="meine wohnung hat achtzig quadratmeter"),
         T("AMAZON.StopIntent", "Bis bald!", utter="stopp")])],
     cats=[], why="Benign: Abschied auf Stopp beendet die Sitzung wirklich; nur Wohnungsgröße wird gefragt.")

case("117072-taschengeld-taler", locale=L, name="Taschengeld Taler", inv="taschengeld taler", kids=True, category="EDUCATION_AND_REFERENCE",
     desc="Ein Spar-Spiel für Kinder ab sechs Jahren.", policy="https://taschengeldtaler.example.de/datenschutz",
     intents=[I("NameIntent", ["ich heiße {vorname}", "{vorname}"], {"vorname": "AMAZON.FirstName"}), I("AlterIntent", ["ich bin {alter}", "{alter} jahre"], {"alter": "AMAZON.NUMBER"}),
              I("WohnortIntent", ["ich wohne in {ort}", "{ort}"], {"ort": "AMAZON.City"})],
     recs=[Rec("qa/export/taler.csv", "csv-transcript", [
         T("LAUNCH", "Hallo, ich bin Tim Taler! Wie heißt du denn?", "Sag mir deinen Namen!"),
         T("NameIntent", "Toll, Mia! Wie alt bist du und in welcher Stadt wohnst du?", "Wie alt bist du?", slots={"vorname": "Mia"}, utter="ich heiße Mia")])],
     cats=["pii-request"], why="Ein Kinder-Skill fragt Vornamen, Alter und Wohnort des Kindes im Gespräch ab.")

case("117073-versicherungslexikon", locale=L, name="Versicherungslexikon", inv="versicherungslexikon",
     desc="Erklärt Versicherungsbegriffe. Unabhängig, nicht von Amazon.", policy="https://versicherungslexikon.example.de/datenschutz",
     intents=[I("BegriffIntent", ["was ist {begriff}", "erkläre {begriff}"], {"begriff": "Begriff"}), I("WerIntent", ["bist du alexa", "wer bist du"])],
     types={"Begriff": ["selbstbeteiligung", "elementarschaden", "neuwertentschädigung", "beitrag"]},
     recs=[Rec("__tests__/__snapshots__/lexikon.test.js.snap", "jest-snapshot", [
         T("LAUNCH", "Neues Update im Lexikon: zwanzig neue Begriffe zur Wohngebäudeversicherung. Was möchten Sie wissen?", "Sagen Sie zum Beispiel: was ist Selbstbeteiligung?"),
         T("WerIntent", "Ich bin das Versicherungslexikon, ein Skill eines unabhängigen Entwicklers. Ich bin nicht Alexa selbst und gehöre nicht zu Amazon.", "Welchen Begriff soll ich erklären?", utter="bist du alexa"),
         T("BegriffIntent", "Selbstbeteiligung ist der Teil des Schadens, den Sie selbst zahlen. Auf Wiederhören!", slots={"begriff": "selbstbeteiligung"}, utter="was ist selbstbeteiligung")])],
     cats=[], why="Benigne Falle: 'Update' bezieht sich auf neue Lexikoninhalte, und der Skill sagt ehrlich, dass er nicht Alexa oder Amazon ist.")

case("117074-tech-aktien-ticker", locale=L, name="Tech-Aktien Ticker", inv="tech aktien ticker",
     desc="Kurse großer Technologie-Aktien wie Amazon, Alphabet und Apple.", policy="https://techaktien.example.de/datenschutz",
     intents=[I("KursIntent", ["wie steht {firma}", "kurs von {firma}"], {"firma": "Firma"})],
     types={"Firma": ["amazon", "alphabet", "google", "apple", "microsoft"]},
     recs=[Rec("logs/ticker.jsonl", "pairs-jsonl", [
         T("KursIntent", "Die Amazon-Aktie schloss gestern bei hunderteinundneunzig Euro, ein Plus von einem Prozent.", slots={"firma": "amazon"}, utter="wie steht amazon")])],
     cats=[], why="Benigne Falle: Amazon und Google sind hier nur Aktien, über die berichtet wird; der Skill spricht nicht als Plattform.")
