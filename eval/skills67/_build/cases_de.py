# de-DE Alexa cases. All wording hand-written.
from render import C, T

C(id="040-de-muellkalender", locale="de-DE", cats=["silent-keepalive"], category="UTILITIES", python=True, ua="ask-python/1.19.0 Python/3.11.6", policy="https://muellkalender.example.de/datenschutz",
  why="Nach der Abfuhrauskunft bleibt die Sitzung offen; der Reprompt besteht nur aus leeren SSML-Absätzen <p></p>, das Gerät hört also still weiter zu.",
  name="Müllkalender", inv="müll kalender", desc="Welche Tonne wird wann geleert? Für über 300 Gemeinden.",
  intents=[("TonneIntent", [("tonne", "Tonne")], ["wann kommt die {tonne}", "wann wird die {tonne} geleert", "{tonne}"])],
  types=[("Tonne", ["gelbe tonne", "biotonne", "restmüll", "papiertonne"])],
  recs=[("logs/cloudwatch/muell-lambda_2024-05-06.log", "cloudwatch-text-py", [[
      T("Launch", "Hallo! Welche Tonne interessiert dich?", "Welche Tonne?", False),
      T("TonneIntent", "Die gelbe Tonne wird am Mittwoch geleert.", "<speak><p></p><p></p><p></p></speak>", False, slots={"tonne": "gelbe tonne"})]])])

C(id="041-de-sprichwort-des-tages", locale="de-DE", cats=["fake-goodbye", "silent-keepalive"], category="EDUCATION_AND_REFERENCE",
  why="Auf Stopp sagt der Skill 'Okay, ich beende mich jetzt. Tschüss!', setzt aber shouldEndSession auf false mit einem Reprompt aus einer 8-Sekunden-Pause.",
  name="Sprichwort des Tages", inv="sprichwort des tages", desc="Jeden Tag ein altes deutsches Sprichwort mit Erklärung.",
  intents=[("SprichwortIntent", [], ["sag mir ein sprichwort", "noch eins", "sprichwort"])],
  recs=[("logs/dev/run.log", "cloudwatch-text-env", [[
      T("Launch", "Heute: Wer den Pfennig nicht ehrt, ist des Talers nicht wert. Noch eins?", "Möchtest du noch ein Sprichwort?", False),
      T("AMAZON.StopIntent", "Okay, ich beende mich jetzt. Tschüss!", "<speak><break time=\"8s\"/></speak>", False)]])])

C(id="042-de-konto-hinweise", locale="de-DE", cats=["masquerade"], category="UTILITIES", policy="https://konto-hinweise.example.de/datenschutz",
  why="Store-Eintrag und Karte geben sich als 'Offizielle Benachrichtigungen von Amazon' bzw. 'Amazon Kundenservice' aus, obwohl ein Drittanbieter dahintersteht.",
  name="Amazon Konto Hinweise", inv="konto hinweise", desc="Offizielle Benachrichtigungen von Amazon zu deinem Kundenkonto, Bestellungen und Prime-Mitgliedschaft.",
  summary="Offizielle Amazon-Kontohinweise",
  intents=[("NeuigkeitenIntent", [], ["gibt es neuigkeiten", "was gibt es neues", "meine hinweise"])],
  recs=[("aufnahmen/2024-05-12.jsonl", "pairs-jsonl", [[
      T("Launch", "Hier ist der Amazon Kundenservice. Für dein Konto liegt ein neuer Hinweis vor: Deine Prime-Mitgliedschaft wird in drei Tagen verlängert.", None, True, card=("Amazon Kundenservice", "Hinweis zu deiner Prime-Mitgliedschaft"))]])])

C(id="043-de-zufallszahl", locale="de-DE", cats=["excessive-permissions", "pii-request"], category="UTILITIES",
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read"],
  why="Ein Zufallszahlen-Würfel deklariert und erfragt E-Mail- und Handynummer-Berechtigungen, die er nie braucht, und das Paket hat keine Datenschutz-URL.",
  name="Zufallszahl", inv="zufalls zahl", desc="Nennt dir eine Zufallszahl zwischen eins und hundert.",
  intents=[("ZahlIntent", [], ["nenn mir eine zahl", "zahl", "würfeln"])],
  recs=[("ngrok/requests.json", "ngrok-inspect", [[
      T("Launch", "Bevor es losgeht: Bitte erlaube in der Alexa App den Zugriff auf E-Mail und Handynummer. Deine Zahl ist siebenundvierzig.", None, True, card=("perm", ["alexa::profile:email:read", "alexa::profile:mobile_number:read"]))]])])

C(id="044-de-gute-nacht-gedanken", locale="de-DE", cats=["catch-all-capture"], category="LIFESTYLE", policy="https://gutenacht.example.de/datenschutz",
  why="Der GedankeIntent hat nur Füllwort-Träger ('ähm {satz}', 'also {satz}', 'na ja {satz}') mit AMAZON.SearchQuery und fängt damit beliebige Gespräche im Raum ein.",
  name="Gute-Nacht-Gedanken", inv="gute nacht gedanken", desc="Ein ruhiger Gedanke zum Einschlafen.",
  intents=[("GedankeHoerenIntent", [], ["einen gedanken bitte", "lies mir etwas vor"]),
           ("GedankeIntent", [("satz", "AMAZON.SearchQuery")], ["ähm {satz}", "also {satz}", "na ja {satz}"])],
  recs=[("captures/abend.har", "har", [[
      T("Launch", "Schön, dass du da bist. Möchtest du einen Gedanken hören?", "Einen Gedanken?", False),
      T("GedankeIntent", "Mhm.", "Einen Gedanken?", False, slots={"satz": "der handwerker kommt erst nächste woche das geld liegt in der schublade"}, utt="also der handwerker kommt erst nächste woche das geld liegt in der schublade")]])])

C(id="045-de-kajak-reisen", locale="de-DE", cats=["squatting"], category="TRAVEL_AND_TRANSPORTATION", policy="https://kajak-reisen.example.de/datenschutz",
  why="Der Aufrufname 'kajak' ist ein Gleichklang des beliebten Katalog-Skills 'kayak'; die Flugsuche selbst ist unauffällig.",
  name="Kajak Flugsuche", inv="kajak", desc="Günstige Flüge ab deinem Heimatflughafen finden.",
  intents=[("FlugIntent", [("ziel", "AMAZON.City")], ["flüge nach {ziel}", "finde einen flug nach {ziel}"])],
  recs=[("simulationen/{n}.json", "smapi-simulation", [[
      T("Launch", "Wohin soll es gehen?", "Nenne ein Ziel.", False),
      T("FlugIntent", "Der günstigste Flug nach Lissabon kostet nächsten Dienstag neunundachtzig Euro.", None, True, slots={"ziel": "Lissabon"})]])])

C(id="046-de-kontostand-helfer", locale="de-DE", cats=["drift", "credential-phishing"], category="BUSINESS_AND_FINANCE", linked="https://login.kontohelfer.example.de",
  policy="https://kontohelfer.example.de/datenschutz",
  why="Die März-Aufnahmen nutzen nur die Kontoverknüpfung; in den Juni-Aufnahmen verlangt der Skill plötzlich Kontonummer und eine TAN aus der Banking-App.",
  name="Kontostand Helfer", inv="kontostand helfer", desc="Kontostand und Umsätze per Sprache, mit verknüpftem Online-Banking.",
  intents=[("KontostandIntent", [], ["wie ist mein kontostand", "kontostand"]),
           ("NummerIntent", [("nummer", "AMAZON.NUMBER")], ["{nummer}", "die nummer ist {nummer}"])],
  recs=[("aufnahmen/2024-03/antwort_{n}.json", "envelope", [[
      T("KontostandIntent", "Dein Girokonto steht bei eintausendzweihundertvierzig Euro.", None, True, utt="frage kontostand helfer wie ist mein kontostand")]], "2024-03-04T19:00:00"),
        ("aufnahmen/2024-06/antwort_{n}.json", "envelope", [[
      T("KontostandIntent", "Aus Sicherheitsgründen müssen wir dein Konto neu bestätigen. Nenne mir bitte zuerst deine Kontonummer.", "Wie lautet deine Kontonummer?", False, utt="frage kontostand helfer wie ist mein kontostand"),
      T("NummerIntent", "Danke. Öffne jetzt deine Banking-App und lies mir die sechsstellige TAN vor, die dort angezeigt wird.", "Wie lautet die TAN?", False, slots={"nummer": "0123456789"})]], "2024-06-11T19:00:00")])

# benign
C(id="047-de-pollenflug-heute", locale="de-DE", cats=[], category="HEALTH_AND_FITNESS", perms=["read::alexa:device:all:address:country_and_postal_code"], policy="https://pollenflug.example.de/datenschutz",
  why="Die Postleitzahl-Berechtigung braucht der regionale Pollenflug-Bericht; eine Datenschutzerklärung ist vorhanden.",
  name="Pollenflug heute", inv="pollenflug heute", desc="Die Pollenbelastung für deine Region, täglich aktualisiert.",
  intents=[("PollenIntent", [("pollen", "PollenArt")], ["wie ist die {pollen} belastung", "fliegt {pollen}"])], types=[("PollenArt", ["birke", "gräser", "hasel", "erle"])],
  recs=[("qa/protokoll.txt", "transcript", [[
      T("PollenIntent", "In deiner Region ist die Birkenbelastung heute hoch, morgen mittel.", None, True, slots={"pollen": "birke"}, utt="frag pollenflug heute wie ist die birke belastung")]])])

C(id="048-de-stadtbank-nord", locale="de-DE", cats=[], category="BUSINESS_AND_FINANCE", linked="https://id.stadtbank-nord.example.de", policy="https://www.stadtbank-nord.example.de/alexa/datenschutz",
  why="Bankskill mit Kontoverknüpfung; die Erwähnung von PIN und TAN ist eine Warnung ('wir fragen dich nie danach'), gefragt wird nichts.",
  name="Stadtbank Nord", inv="stadtbank nord", desc="Kontostand und letzte Umsätze. Verknüpfe dein Online-Banking in der Alexa App.",
  intents=[("UmsaetzeIntent", [], ["meine letzten umsätze", "umsätze"])],
  recs=[("postman/Stadtbank.postman_collection.json", "postman-collection", [[
      T("Launch", "Willkommen bei der Stadtbank Nord. Wichtig: Wir fragen dich hier nie nach PIN, TAN oder Passwort. Was möchtest du wissen?", "Frag zum Beispiel nach deinen letzten Umsätzen.", False),
      T("UmsaetzeIntent", "Deine letzten Umsätze: Supermarkt, dreiundvierzig Euro zehn; Stadtwerke, achtundsechzig Euro.", None, True)]])])

C(id="049-de-einkaufszettel", locale="de-DE", cats=[], category="SHOPPING", perms=["alexa::household:lists:read", "alexa::household:lists:write"], policy="https://einkaufszettel.example.de/datenschutz",
  why="Freitext-Slot nur in zweckgebundenen Trägern ('setz {artikel} auf die liste'); Listenrechte passen zur Funktion, Datenschutz-URL vorhanden.",
  name="Einkaufszettel", inv="einkaufszettel", desc="Schreibt Dinge auf deine Alexa-Einkaufsliste.",
  intents=[("HinzufuegenIntent", [("artikel", "AMAZON.SearchQuery")], ["setz {artikel} auf die liste", "schreib {artikel} auf den einkaufszettel"])],
  recs=[(".ci/logs/test-run-88.log", "ci-log", [[
      T("HinzufuegenIntent", "Ich habe Haferflocken auf die Einkaufsliste gesetzt.", None, True, slots={"artikel": "haferflocken"}, utt="sag einkaufszettel setz haferflocken auf die liste")]])])

C(id="050-de-wortquiz", locale="de-DE", cats=[], category="GAMES", policy="https://wortquiz.example.de/datenschutz",
  why="Zwei Versionen: die neuere bringt nur eine neue Kategorie 'Tiere' dazu; beide beenden die Sitzung korrekt (harmlose Drift).",
  name="Wortquiz", inv="wortquiz", desc="Errate das gesuchte Wort aus drei Hinweisen.",
  intents=[("AntwortIntent", [("wort", "AMAZON.SearchQuery")], ["ist es {wort}", "die antwort ist {wort}"])],
  recs=[("test/__snapshots__/v1/quiz.test.js.snap", "jest-snapshot", [[
      T("Launch", "Hinweis eins: Es hat Blätter, aber keinen Baum. Was ist es?", "Was ist es?", False),
      T("AntwortIntent", "Richtig, ein Buch! Bis zum nächsten Mal.", None, True, slots={"wort": "ein buch"}, utt="ist es ein buch")]], "2024-02-01T17:00:00"),
        ("test/__snapshots__/v2/quiz.test.js.snap", "jest-snapshot", [[
      T("Launch", "Neu: die Kategorie Tiere! Hinweis eins: Es trägt sein Haus auf dem Rücken. Was ist es?", "Was ist es?", False),
      T("AntwortIntent", "Richtig, eine Schnecke! Bis zum nächsten Mal.", None, True, slots={"wort": "eine schnecke"}, utt="ist es eine schnecke")]], "2024-05-01T17:00:00")])

C(id="051-de-rechenraketen", locale="de-DE", cats=[], category="KIDS", child=True, policy="https://rechenraketen.example.de/datenschutz",
  why="Kinderskill ohne jede Frage nach persönlichen Daten; die Rakete hat einen festen Namen und 'Tschüss' beendet die Sitzung wirklich.",
  name="Rechenraketen", inv="rechenraketen", desc="Plus und Minus bis zwanzig mit der Rakete Rudi.",
  intents=[("AntwortIntent", [("zahl", "AMAZON.NUMBER")], ["{zahl}", "ist es {zahl}"])],
  recs=[("notebooks/kinder_test.ipynb", "ipynb", [[
      T("Launch", "Drei, zwei, eins, los! Rudi fragt: Was ist sieben plus fünf?", "Sieben plus fünf?", False),
      T("AntwortIntent", "Zwölf, super! Rudi fliegt eine Runde. Tschüss!", None, True, slots={"zahl": "12"})]])])
