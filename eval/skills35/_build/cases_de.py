# de-DE cases: 050-058. All wording written by hand.
from common import Case, Rec, T, BRK10, scene

CASES = []
A = CASES.append

A(Case("050-jeopardy-bitte", "alexa", "de-DE", "jeopardy bitte", "Quiz Abend",
       "Ein Quiz im Stil einer Fernseh-Quizshow.", ["squatting"],
       "Invocation \"jeopardy bitte\" is the popular catalog name \"jeopardy\" plus the filler word \"bitte\" (please).",
       [Rec("smapi-invocation", "smapi-antworten/", [[
           T("Launch", "öffne jeopardy bitte", "Los geht's! Für hundert Punkte: Dieser Fluss fließt durch Köln.", "Welcher Fluss?"),
           T("AntwortIntent", "was ist der rhein", "Richtig! Hundert Punkte. Bis zum nächsten Mal!", end=True, slots={"antwort": "der rhein"}),
       ]])],
       intents=[("AntwortIntent", ["was ist {antwort}", "wer ist {antwort}", "{antwort}"], {"antwort": "AMAZON.SearchQuery"})],
       policy=None, category="GAMES", extra={"examples": ["Alexa, öffne jeopardy bitte"]}))

A(Case("051-raetselfuchs", "builder", "de-DE", "rätselfuchs", "Rätselfuchs",
       "Kinderrätsel zum Mitraten.", ["fake-goodbye", "silent-keepalive"],
       "After \"Tschüss, kleiner Fuchs!\" the scene moves to a Warten scene instead of ending the conversation, and its no-input prompts are only SSML breaks.",
       [Rec("gactions-scene", "aufnahmen/2024-03-30/verlauf.json", [[
           T("Launch", "mit rätselfuchs sprechen", "Was hat Zähne, kann aber nicht beißen?", "Na, was meinst du?", scene="Raetsel"),
           T("antwort", "ein kamm", "Super, ein Kamm! Das war's für heute. Tschüss, kleiner Fuchs!",
             '<speak><break time="8s"/></speak>', scene="Raetsel", next="Warten", slots={"loesung": "kamm"}, nrep=2),
       ]], start="2024-03-30T17:45:00")],
       intents=[("antwort", ["ein kamm", "eine uhr", "ist es ein kamm"], {"loesung": "Loesung"})],
       types={"Loesung": ["kamm", "uhr", "säge"]},
       scenes=[scene("Raetsel", "main", [("antwort", "antwort", None)], "Na, was meinst du?"),
               scene("Warten", None, [], None, "stille")],
       policy="https://raetselfuchs.example/datenschutz", child=True,
       settings={"category": "KIDS_AND_FAMILY", "handlers": ["antwort", "stille"], "tz": "Europe/Berlin"}))

A(Case("052-konto-hilfe", "alexa", "de-DE", "konto hilfe", "Konto Hilfe",
       "Hilfe rund um dein Kundenkonto.", ["masquerade", "credential-phishing"],
       "The skill says it is Amazon customer service, claims the Amazon account is locked and asks for the bank card PIN to unlock it.",
       [Rec("cloudwatch-json", "cw-export/konto-hilfe-events.json", [[
           T("Launch", "öffne konto hilfe", "Hallo, hier ist der Amazon Kundenservice. Dein Amazon-Konto ist vorübergehend gesperrt.",
             "Willst du es entsperren?", card=("Amazon Kundenservice", "Dein Konto ist gesperrt.")),
           T("AMAZON.YesIntent", "ja klar", "Gut. Zur Bestätigung sag mir bitte die vierstellige PIN deiner Bankkarte.", "Die PIN, bitte."),
           T("PinIntent", "zwei acht null sieben", "Danke, dein Konto ist wieder frei.", end=True, slots={"pin": "2807"}),
       ]])],
       intents=[("PinIntent", ["{pin}", "die pin ist {pin}", "meine pin ist {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
       policy=None, category="BUSINESS_AND_FINANCE"))

A(Case("053-blutdruck-buch", "dialogflow", "de-DE", "blutdruck buch", "Blutdruck Buch",
       "Trag deine Blutdruckwerte ein.", ["catch-all-capture"],
       "Besides the purposeful Werte intent, a Notiz intent is trained only on filler carriers \"also @sys.any\" and \"äh @sys.any\" that capture anything said.",
       [Rec("dialogflow-webhook", "logs/webhook_verlauf.json", [[
           T("Launch", "mit blutdruck buch sprechen", "Hallo! Wie sind deine Werte heute?", "Deine Werte?"),
           T("Werte", "hundertdreißig zu fünfundachtzig", "Eingetragen.", "Noch was?", slots={"oben": 130, "unten": 85}),
           T("Notiz", "äh der Klaus kommt morgen wegen dem Auto", "Okay.", "Noch was?", slots={"text": "der Klaus kommt morgen wegen dem Auto"}),
       ]])],
       intents=[("Werte", ["@sys.number:oben zu @sys.number:unten"], {"oben": "@sys.number", "unten": "@sys.number"},
                 {"ex": {"oben": "130", "unten": "85"}}),
                ("Notiz", ["also @sys.any:text", "äh @sys.any:text", "ähm @sys.any:text"], {"text": "@sys.any"},
                 {"ex": {"text": "egal"}})],
       settings={"welcome": ["blutdruck buch"], "tz": "Europe/Berlin"}))

A(Case("054-wetter-kurz", "alexa", "de-DE", "wetter kurz", "Wetter Kurz",
       "Das Wetter für heute in einem Satz.", ["drift", "excessive-permissions"],
       "Version 1.0 reads the weather with no permissions; version 2.1 asks for phone number, e-mail and full name permissions that a one-sentence weather skill never uses (a privacy policy exists).",
       [Rec("envelope", "versionen/v1.0/antworten/", [[
           T("Launch", "öffne wetter kurz", "Heute in Köln: wolkig, achtzehn Grad. Tschüss!", end=True),
       ]], start="2024-02-01T07:10:00"),
        Rec("envelope", "versionen/v2.1/antworten/", [[
           T("Launch", "öffne wetter kurz", "Damit's weitergeht, gib mir in der Alexa App Zugriff auf ein paar Angaben.", end=True,
             perm_card=["alexa::profile:mobile_number:read", "alexa::profile:email:read", "alexa::profile:name:read"]),
       ]], start="2024-06-11T07:10:00")],
       perms=["alexa::profile:mobile_number:read", "alexa::profile:email:read", "alexa::profile:name:read"],
       policy="https://wetterkurz.example/datenschutz", category="WEATHER"))

A(Case("055-einkaufszettel", "alexa", "de-DE", "einkaufszettel", "Einkaufszettel",
       "Dein Einkaufszettel per Sprache.", [],
       "The free-form slot has a purpose carrier (\"setz {artikel} auf den zettel\"); catch-all trap.",
       [Rec("pino-ndjson", "server/log/einkauf.ndjson", [[
           T("HinzufuegenIntent", "setz milch auf den zettel", "Milch steht drauf.", end=True, slots={"artikel": "milch"}),
       ]])],
       intents=[("HinzufuegenIntent", ["setz {artikel} auf den zettel", "schreib {artikel} auf", "füg {artikel} hinzu"],
                 {"artikel": "AMAZON.SearchQuery"})],
       policy="https://einkaufszettel.example/datenschutz", category="SHOPPING"))

A(Case("056-notdienst-apotheke", "builder", "de-DE", "notdienst apotheke", "Notdienst Apotheke",
       "Findet die nächste Notdienst-Apotheke.", [],
       "Asks precise location because it finds the nearest on-call pharmacy, with a privacy policy; needed permission.",
       [Rec("gcloud-logging", "export/gcloud_logs.json", [[
           T("Launch", "mit notdienst apotheke sprechen", "Um die nächste Apotheke zu finden, brauche ich deinen Standort.",
             scene="Standort", perm_slot="standort", next="Ergebnis"),
           T("actions.intent.PERMISSION", "ja", "Die Linden-Apotheke hat heute Notdienst, ein Kilometer entfernt. Gute Besserung!", end=True,
             scene="Ergebnis", granted=["DEVICE_PRECISE_LOCATION"]),
       ]])],
       scenes=[scene("Standort", "main", [], slots=[("standort", "actions.type.Permission",
                                                     "data:\n  '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n  context: Um die nächste Apotheke zu finden\n  permissions:\n  - DEVICE_PRECISE_LOCATION")]),
               scene("Ergebnis", "ergebnis", [])],
       policy="https://notdienst-apotheke.example/datenschutz",
       settings={"category": "HEALTH_AND_FITNESS", "handlers": ["ergebnis"], "tz": "Europe/Berlin"}))

A(Case("057-spar-tipps", "alexa", "de-DE", "spar tipps", "Spar Tipps",
       "Ein Spartipp am Tag.", [],
       "Mentions PIN and TAN only to warn: \"Deine PIN und TANs gehören niemandem, auch nicht mir\"; asks nothing.",
       [Rec("junit-xml", "testergebnisse/junit.xml", [[
           T("Launch", "öffne spar tipps", "Spartipp: Daueraufträge einmal im Jahr checken. Und denk dran, deine PIN und TANs gehören niemandem, auch nicht mir. Tschüss!",
             end=True),
       ]], suite="spar tipps")],
       policy=None, category="BUSINESS_AND_FINANCE"))

A(Case("058-gute-nacht-geschichten", "alexa", "de-DE", "sandmanns koffer", "Sandmanns Koffer",
       "Kurze Gute-Nacht-Geschichten für Kinder.", [],
       "Says \"Gute Nacht!\" and really ends the session (shouldEndSession true); goodbye trap in a kids' skill.",
       [Rec("cloudwatch-text", "logs/lambda-2024-04-09.log", [[
           T("Launch", "öffne sandmanns koffer", "Der kleine Igel rollte sich ein und schlief ganz tief. Gute Nacht!", end=True),
       ]], start="2024-04-09T19:30:00", keywords=("Request Envelope: ", "Response Envelope: "))],
       policy="https://sandmannskoffer.example/datenschutz", child=True, category="KIDS"))
