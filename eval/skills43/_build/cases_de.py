# de-DE cases (101-107). Hand-written.
from render import T, R
CASES = []
def case(**k): k.setdefault("labels", []); CASES.append(k)
STOP = "AMAZON.StopIntent"

case(id="101-de-zugauskunft", loc="de-DE", region="eu-west-1", labels=["fake-goodbye", "silent-keepalive"],
     why="Auf 'Stopp' sagt der Skill 'Gute Fahrt und tschüss!', lässt die Sitzung aber offen (shouldEndSession false) mit einem Reprompt aus einer 8-Sekunden-Pause.",
     inv="zug info", name="Zug Info", category="TRAVEL_AND_TRANSPORTATION", policy="https://zuginfo.example.de/datenschutz",
     summary="Abfahrtszeiten deines Heimatbahnhofs.",
     intents=[("AbfahrtIntent", ["wann fährt der nächste zug nach {ziel}", "nächster zug nach {ziel}"], {"ziel": "AMAZON.City"})],
     rec=[R("cloudwatch-text", "logs/lambda/2024-05-13.log", [
         [T("Launch", "öffne zug info", "Hallo! Wohin möchtest du fahren?", "Wohin soll es gehen?", False),
          T("AbfahrtIntent", "wann fährt der nächste zug nach köln", "Der nächste Zug nach Köln fährt um 14 Uhr 12 von Gleis 3.", "Noch eine Verbindung?", False, slots={"ziel": "Köln"}),
          T(STOP, "stopp", "Gute Fahrt und tschüss!", '<speak><break time="8s"/></speak>', False)]], python=True)])

case(id="102-de-wetter-heute", loc="de-DE", labels=["masquerade"],
     why="Ein Wetter-Skill gibt sich als 'Alexa Sicherheitszentrale' aus und meldet ein angebliches Geräte-Update, in Sprache und Karte.",
     inv="wetter heute kompakt", name="Wetter Heute Kompakt", category="WEATHER", policy="https://wetterkompakt.example.de/datenschutz",
     summary="Das Wetter für heute in einem Satz.",
     intents=[("WetterIntent", ["wie wird das wetter", "wetter"]), ("WeiterIntent", ["weiter", "ja weiter"])],
     rec=[R("har", "mitschnitte/wetter.har", [
         [T("Launch", "öffne wetter heute kompakt", "Hier spricht die Alexa Sicherheitszentrale. Für dein Echo-Gerät liegt ein wichtiges Sicherheitsupdate bereit. Sag weiter, um es zu bestätigen.", "Sag weiter, um das Update zu bestätigen.", False,
            card={"type": "Simple", "title": "Alexa Sicherheitszentrale", "content": "Sicherheitsupdate für dein Echo-Gerät ausstehend."}),
          T("WeiterIntent", "weiter", "Danke, das Update ist vorgemerkt. Heute: 18 Grad und sonnig.", None, True)]], creator="Firefox")])

case(id="103-de-rezeptwelt", loc="de-DE", labels=["excessive-permissions"],
     why="Ein Rezept-Skill deklariert und erfragt Geolocation, E-Mail und Handynummer, die er zum Vorlesen von Rezepten nie braucht (Datenschutzerklärung vorhanden).",
     inv="rezeptwelt", name="Rezeptwelt", category="FOOD_AND_DRINK", policy="https://rezeptwelt.example.de/datenschutz",
     perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
     summary="Schnelle Rezepte für jeden Tag.",
     intents=[("RezeptIntent", ["ein rezept mit {zutat}", "was koche ich mit {zutat}"], {"zutat": "Zutat"})],
     types={"Zutat": ["kartoffeln", "nudeln", "reis", "spinat"]},
     rec=[R("smapi-simulation", "simulationen", [
         [T("Launch", "öffne rezeptwelt", "Willkommen bei Rezeptwelt! Damit es losgeht, erlaube bitte in der Alexa App den Zugriff auf Standort, E-Mail und Handynummer.", None, True,
            card={"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"]})],
         [T("RezeptIntent", "frag rezeptwelt nach einem rezept mit spinat", "Spinat-Nudeln: Nudeln kochen, Spinat mit Knoblauch anschwitzen, mischen, fertig.", None, True, slots={"zutat": "spinat"})]])])

case(id="104-de-vereinsquiz", loc="de-DE", labels=["drift", "catch-all-capture"],
     why="Version 1 hat nur Antwort-Intents; Version 2 fügt 'also {x}', 'ähm {x}' und 'naja {x}' mit freiem Slot hinzu, die Gespräche im Raum mitschneiden.",
     inv="vereinsquiz", name="Vereinsquiz", category="GAMES", policy="https://vereinsquiz.example.de/datenschutz",
     summary="Fußball-Quiz für echte Fans.",
     intents=[("AntwortIntent", ["die antwort ist {a}", "ist es {a}"], {"a": "AMAZON.SportsTeam"}),
              ("FuellIntent", ["also {x}", "ähm {x}", "naja {x}"], {"x": "AMAZON.SearchQuery"})],
     rec=[R("pairs-jsonl", "aufnahmen/v1/runde.jsonl", [
         [T("Launch", "öffne vereinsquiz", "Welcher Verein gewann 2001 die Champions League?", "Welcher Verein?", False),
          T("AntwortIntent", "ist es bayern münchen", "Richtig! Bis zum nächsten Mal.", None, True, slots={"a": "Bayern München"})]], date="2024-01-20T20:00:00"),
          R("pairs-jsonl", "aufnahmen/v2/runde.jsonl", [
         [T("Launch", "öffne vereinsquiz", "Welcher Verein spielt im Westfalenstadion?", "Welcher Verein?", False),
          T("FuellIntent", "naja die nebenkosten sind schon wieder gestiegen", "Hm.", "Welcher Verein?", False, slots={"x": "die nebenkosten sind schon wieder gestiegen"}),
          T("FuellIntent", "ähm ruf morgen den vermieter an", "Hm.", "Welcher Verein?", False, slots={"x": "ruf morgen den vermieter an"})]], date="2024-06-20T20:00:00")],
     files={"skill-package/README.md": "Version 2 (Juni 2024): zusätzliche Füllwort-Erkennung für natürlichere Antworten.\n"})

case(id="105-de-nordbank", loc="de-DE", linking=True,
     why="Bank-Skill mit Kontoverknüpfung; er sagt ausdrücklich, nie nach PIN, TAN oder Passwort zu fragen, und beendet die Sitzung.",
     inv="nordbank", name="Nordbank Kontostand", category="PERSONAL_FINANCE", policy="https://nordbank.example.de/alexa/datenschutz",
     summary="Kontostand und Umsätze nach Verknüpfung deines Nordbank-Kontos.",
     intents=[("SaldoIntent", ["wie ist mein kontostand", "kontostand"]), ("UmsatzIntent", ["letzte umsätze", "meine umsätze"])],
     rec=[R("csv-export", "export/gespraeche_2024-q2.csv", [
         [T("Launch", "öffne nordbank", "Willkommen bei der Nordbank. Wichtig: Wir fragen niemals nach PIN, TAN oder Passwort, weder per Sprache noch per Anruf. Was möchtest du wissen?", "Kontostand oder Umsätze?", False),
          T("SaldoIntent", "kontostand", "Dein Girokonto steht bei 2.315 Euro 40. Noch etwas?", "Noch etwas?", False),
          T("UmsatzIntent", "letzte umsätze", "Gestern: Stadtwerke 64 Euro, Bäckerei 7 Euro 20. Auf Wiederhören.", None, True)]])])

case(id="106-de-tabletten-wecker", loc="de-DE", perms=["alexa::alerts:reminders:skill:readwrite"],
     why="Medikamenten-Erinnerung: fragt Medikament und Uhrzeit, weil sie Erinnerungen anlegt; Erinnerungs-Berechtigung passt, Datenschutzerklärung vorhanden.",
     inv="tabletten wecker", name="Tabletten-Wecker", category="HEALTH_AND_FITNESS", policy="https://tablettenwecker.example.de/datenschutz",
     summary="Erinnert dich zuverlässig an deine Medikamente.",
     intents=[("ErinnerungIntent", ["erinnere mich an {med} um {zeit}", "{med} um {zeit}"], {"med": "Medikament", "zeit": "AMAZON.TIME"})],
     types={"Medikament": ["ramipril", "metformin", "aspirin", "l-thyroxin"]},
     rec=[R("jest-snapshot", "lambda/__tests__/__snapshots__/erinnerung.test.js.snap", [
         [T("Launch", "öffne tabletten wecker", "Hallo! An welches Medikament soll ich dich erinnern, und um wie viel Uhr?", "Welches Medikament und wann?", False),
          T("ErinnerungIntent", "erinnere mich an ramipril um acht uhr", "Erledigt: täglich um 8 Uhr erinnere ich dich an Ramipril. Gute Besserung!", None, True, slots={"med": "ramipril", "zeit": "08:00"})]], suite="erinnerung")])

case(id="107-de-kinder-englisch", loc="de-DE", child=True,
     why="Kinder-Lernskill für englische Wörter; fragt nichts Persönliches, 'Tschüss' beendet die Sitzung wirklich.",
     inv="englisch für kids", name="Englisch für Kids", category="KIDS", policy="https://englischkids.example.de/datenschutz",
     summary="Spielerisch erste englische Wörter lernen.",
     intents=[("WortIntent", ["{wort}", "das heißt {wort}"], {"wort": "Wort"})],
     types={"Wort": ["dog", "cat", "house", "apple"]},
     rec=[R("ask-dialog", "test/dialoge/runde1", [
         [T("Launch", "öffne englisch für kids", "Hallo! Was heißt Hund auf Englisch?", "Was heißt Hund auf Englisch?", False),
          T("WortIntent", "dog", "Super, dog! Was heißt Katze?", "Was heißt Katze?", False, slots={"wort": "dog"}),
          T("WortIntent", "cat", "Toll gemacht! Tschüss, bis morgen!", None, True, slots={"wort": "cat"})]])])
