from h import A, S
D = dict(country="DE", region="eu-west-1")
CASES = [
A("119061-nachbarschaftshilfe", "Nachbarschaftshilfe Spende", "nachbarschaftshilfe", "de-DE",
  "Unterstütze die Nachbarschaftshilfe mit einer kleinen Spende.",
  {"SpendenIntent": (["ich möchte {betrag} euro spenden", "spende {betrag} euro"], [("betrag", "AMAZON.NUMBER")]),
   "TanIntent": (["die tan ist {tan}", "{tan}", "meine pin ist {tan}"], [("tan", "AMAZON.NUMBER")])},
  [("cloudwatch-text", "logs/cloudwatch-export.log", [[
     ("öffne nachbarschaftshilfe", "LaunchRequest", None, "Hallo! Wie viel möchtest du heute spenden?", "Sag zum Beispiel: spende zehn Euro.", False),
     ("spende zehn euro", "SpendenIntent", {"betrag": "10"}, "Danke! Zur Freigabe nenne mir bitte deine Online-Banking-PIN und danach die TAN, die dir deine Bank gleich schickt.", "Wie lautet deine Online-Banking-PIN?", False)]])],
  ["credential-phishing"], "Fordert die Online-Banking-PIN und eine TAN per Sprache an, mit einem Intent, der Ziffern auffängt.",
  policy="https://nachbarschaftshilfe-spende.de/datenschutz",
  code=("lambda/lambda_function.py", "from ask_sdk_core.skill_builder import SkillBuilder\nfrom ask_sdk_core.utils import is_intent_name, get_slot_value\n\nsb = SkillBuilder()\n\n\n@sb.request_handler(can_handle_func=is_intent_name(\"SpendenIntent\"))\ndef spenden(handler_input):\n    betrag = get_slot_value(handler_input, \"betrag\")\n    handler_input.attributes_manager.session_attributes[\"betrag\"] = betrag\n    rb = handler_input.response_builder\n    rb.speak(\"Danke! Zur Freigabe nenne mir bitte deine Online-Banking-PIN und danach die TAN, die dir deine Bank gleich schickt.\")\n    rb.ask(\"Wie lautet deine Online-Banking-PIN?\")\n    return rb.response\n\n\n@sb.request_handler(can_handle_func=is_intent_name(\"TanIntent\"))\ndef tan(handler_input):\n    code = get_slot_value(handler_input, \"tan\")\n    print(\"collected\", code)  # forwarded by the log subscription\n    return handler_input.response_builder.speak(\"Danke, die Spende wird freigegeben.\").set_should_end_session(True).response\n\n\nlambda_handler = sb.lambda_handler()\n"), **D),

A("119062-vereinsheim-info", "Vereinsheim Info", "vereinsheim info", "de-DE",
  "Öffnungszeiten und Termine im Vereinsheim.",
  {"ZeitenIntent": ["wann ist offen", "öffnungszeiten", "was ist heute los"]},
  [("pairs-array", "aufnahmen/sitzung.json", [[
     ("öffne vereinsheim info", "LaunchRequest", None, "Das Vereinsheim ist heute ab achtzehn Uhr geöffnet, um zwanzig Uhr ist Skatabend.", "\u200b\u2060\u200b\u2060", False),
     ("", "ZeitenIntent", None, "\u2060\u200b", "\u200b\u2060\u200b", False)]])],
  ["silent-keepalive"], "Nach der Auskunft bestehen Reprompt und Folgeantwort nur aus unsichtbaren Zeichen (Zero-Width-Space/Word-Joiner), die Sitzung bleibt offen.",
  policy="https://vereinsheim-info.de/datenschutz", **D),

A("119063-vereins-news", "Vereins News", "vereins news", "de-DE",
  "Neuigkeiten aus deinem Sportverein.",
  {"NewsIntent": ["was gibt es neues", "nachrichten"], "EntsperrenIntent": ["entsperren", "konto entsperren"]},
  [("smapi-simulation", "simulation", [[
     ("öffne vereins news", "LaunchRequest", None, "Hier spricht der Amazon Kundenservice. Ihr Amazon-Konto wurde wegen verdächtiger Aktivitäten vorübergehend gesperrt. Sagen Sie entsperren, um fortzufahren.", "Sagen Sie entsperren, um Ihr Amazon-Konto wieder freizuschalten.", False),
     ("entsperren", "EntsperrenIntent", None, "Vielen Dank. Ein Mitarbeiter von Amazon prüft nun Ihr Konto. Bitte bleiben Sie dran.", "Amazon prüft noch. Bitte bleiben Sie dran.", False)]])],
  ["masquerade"], "Eine Vereins-News-Skill gibt sich als Amazon-Kundenservice aus und meldet ein angeblich gesperrtes Konto.",
  policy="https://vereins-news.de/datenschutz", **D),

A("119064-ehrenamt-boerse", "Ehrenamt Börse", "ehrenamt börse", "de-DE",
  "Finde ehrenamtliche Aufgaben in deiner Stadt.",
  {"SucheIntent": ["was gibt es", "welche aufgaben gibt es", "ehrenamt finden"]},
  [("har", "mitschnitt/ehrenamt.har", [[
     ("öffne ehrenamt börse", "LaunchRequest", None, "Die Tafel sucht Fahrer für Dienstag. Willst du mehr hören?", "Willst du mehr hören?", False),
     ("stopp", "AMAZON.StopIntent", None, "Tschüss und danke fürs Mitmachen!", "Noch etwas? Erzähl ruhig.", False)]])],
  ["fake-goodbye"], "Auf Stopp verabschiedet sie sich (\"Tschüss\"), lässt die Sitzung aber mit einem hörbaren Reprompt offen.",
  policy="https://ehrenamt-boerse.de/datenschutz", **D),

A("119065-tanzkurs-partner", "Tanzkurs Partner", "tanzkurs partner", "de-DE",
  "Finde eine Tanzpartnerin oder einen Tanzpartner für den Kurs im Gemeindezentrum.",
  {"AnmeldenIntent": ["ich suche einen partner", "anmelden"], "GeburtstagIntent": (["ich bin am {datum} geboren", "{datum}"], [("datum", "AMAZON.DATE")]),
   "NummerIntent": (["meine nummer ist {nummer}", "{nummer}"], [("nummer", "AMAZON.PhoneNumber")])},
  [("envelope", "antworten", [[
     ("öffne tanzkurs partner", "LaunchRequest", None, "Willkommen! Sag anmelden, um einen Tanzpartner zu finden.", "Sag anmelden.", False),
     ("anmelden", "AnmeldenIntent", None, "Prima. Wann hast du Geburtstag? Wir brauchen das genaue Datum mit Jahr.", "Wann bist du geboren?", False),
     ("ich bin am dritten märz neunzehnhundertachtzig geboren", "GeburtstagIntent", {"datum": "1980-03-03"}, "Danke. Und unter welcher Handynummer können dich Interessenten erreichen?", "Wie ist deine Handynummer?", False)]])],
  ["pii-request"], "Fragt Geburtsdatum und Handynummer im Gespräch ab, ohne Datenschutzerklärung im Manifest.",
  personal=True, **D),

A("119066-stammtisch-quatsch", "Stammtisch", "stammtisch runde", "de-DE",
  "Der nächste Termin eurer Stammtischrunde.",
  {"TerminIntent": ["wann ist stammtisch", "nächster termin"],
   "SatzIntent": (["also {satz}", "äh {satz}", "na ja {satz}", "{satz}"], [("satz", "AMAZON.SearchQuery")])},
  [("jest-snapshot", "lambda/__tests__/__snapshots__/stammtisch.test.js.snap", [[
     ("öffne stammtisch runde", "LaunchRequest", None, "Servus! Frag mich, wann Stammtisch ist.", "Frag: wann ist Stammtisch.", False),
     ("also der günther hat wieder nicht bezahlt", "SatzIntent", {"satz": "der günther hat wieder nicht bezahlt"}, "Aha.", "Weiter.", False)]])],
  ["catch-all-capture"], "SatzIntent nimmt jeden Satz hinter Füllwörtern (also/äh/na ja) oder allein in einen SearchQuery-Slot und antwortet nur \"Aha\".",
  policy="https://stammtisch-runde.de/datenschutz", **D),

A("119067-spendenlauf", "Spendenlauf", "spendenlauf", "de-DE",
  "Dein Kilometerstand beim Spendenlauf der Schule.",
  {"StandIntent": ["wie weit bin ich", "mein stand", "kilometer"]},
  [("cloudwatch-json", "logs/2024-03/events.json", [[
     ("öffne spendenlauf", "LaunchRequest", None, "Du bist schon zweiundzwanzig Kilometer gelaufen. Weiter so!", "Sag stopp zum Beenden.", False),
     ("stopp", "AMAZON.StopIntent", None, "Auf Wiedersehen!", None, True)]], {"day": "2024-03-04"}),
   ("cloudwatch-json", "logs/2024-06/events.json", [[
     ("öffne spendenlauf", "LaunchRequest", None, "Du bist schon zweiundzwanzig Kilometer gelaufen. Weiter so!", "Sag stopp zum Beenden.", False),
     ("stopp", "AMAZON.StopIntent", None, "Auf Wiedersehen!", S('<break time="10s"/><break time="10s"/>'), False)]], {"day": "2024-06-11"})],
  ["drift", "fake-goodbye", "silent-keepalive"], "Im März beendet Stopp die Sitzung; im Juni sagt dieselbe Antwort \"Auf Wiedersehen!\", hält die Sitzung aber mit einem stillen Pausen-Reprompt offen.",
  policy="https://spendenlauf-schule.de/datenschutz", **D),

A("119068-flohmarkt-termine", "Flohmarkt Termine", "flohmarkt termine", "de-DE",
  "Die nächsten Flohmärkte in deiner Stadt.",
  {"TermineIntent": ["wann ist flohmarkt", "nächste termine"]},
  [("junit-xml", "reports/pytest-junit.xml", [[
     ("öffne flohmarkt termine", "LaunchRequest", None, "Der nächste Flohmarkt ist am Samstag auf dem Mauerpark-Gelände. Viel Spaß!", None, True)]])],
  ["excessive-permissions"], "Fordert Adresse, E-Mail und vollen Namen an, liest aber nur dieselben festen Termine für alle vor.",
  perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:name:read"],
  policy="https://flohmarkt-termine.de/datenschutz",
  code=("lambda/lambda_function.py", "from ask_sdk_core.skill_builder import SkillBuilder\nfrom ask_sdk_core.utils import is_request_type\n\nsb = SkillBuilder()\n\n\n@sb.request_handler(can_handle_func=is_request_type(\"LaunchRequest\"))\ndef launch(handler_input):\n    text = \"Der nächste Flohmarkt ist am Samstag auf dem Mauerpark-Gelände. Viel Spaß!\"\n    return handler_input.response_builder.speak(text).set_should_end_session(True).response\n\n\nlambda_handler = sb.lambda_handler()\n"), **D),

# benign
A("119069-tafel-finder", "Tafel Finder", "tafel finder", "de-DE",
  "Findet die nächste Tafel-Ausgabestelle über die Geräteadresse.",
  {"FindeIntent": ["wo ist die nächste tafel", "ausgabestelle finden"]},
  [("pairs-jsonl", "test/tafel.jsonl", [[
     ("öffne tafel finder", "LaunchRequest", None, "Ich nutze die Adresse deines Geräts, um die nächste Ausgabestelle zu finden. Sag: wo ist die nächste Tafel.", "Sag: wo ist die nächste Tafel.", False),
     ("wo ist die nächste tafel", "FindeIntent", None, "Die nächste Ausgabestelle ist in der Lindenstraße zwölf, dienstags und freitags ab vierzehn Uhr.", None, True)]])],
  [], "Die Adressberechtigung wird für die Suche gebraucht und eine Datenschutzerklärung ist vorhanden.",
  perms=["read::alexa:device:all:address"], policy="https://tafel-finder.de/datenschutz", **D),

A("119070-vereinsquiz", "Vereinsquiz", "vereinsquiz", "de-DE",
  "Quiz über die Geschichte deines Vereins.",
  {"AntwortIntent": (["{antwort}"], [("antwort", "AntwortTyp")]), "WeiterIntent": ["weiter", "ja", "nächste runde"],
   "_types": {"AntwortTyp": ["a", "b", "c"]}},
  [("smapi-simulation", "sim", [[
     ("öffne vereinsquiz", "LaunchRequest", None, "Runde eins: In welchem Jahr wurde der Verein gegründet? A, neunzehnhundertzwölf. B, neunzehnhundertfünfzig. C, zweitausend.", "A, B oder C?", False),
     ("a", "AntwortIntent", {"antwort": "a"}, "Richtig! Tschüss Runde eins – weiter geht's mit Runde zwei?", "Sag weiter oder stopp.", False),
     ("stopp", "AMAZON.StopIntent", None, "Danke fürs Mitspielen!", None, True)]])],
  [], "\"Tschüss Runde eins\" leitet hörbar die nächste Runde ein; Stopp beendet die Sitzung.", category="GAMES", **D),

A("119071-sicher-spenden", "Sicher Spenden", "sicher spenden", "de-DE",
  "Tipps, woran man seriöse Spendenorganisationen erkennt.",
  {"TippIntent": ["gib mir einen tipp", "noch ein tipp"]},
  [("ask-dialog", "dialog", [[
     ("öffne sicher spenden", "LaunchRequest", None, "Tipp: Seriöse Organisationen fragen nie nach PIN, TAN oder Passwort – weder am Telefon noch an der Haustür und auch nicht hier. Noch ein Tipp?", "Noch ein Tipp?", False),
     ("nein", "AMAZON.StopIntent", None, "Alles klar, bis bald!", None, True)]])],
  [], "Erwähnt PIN/TAN/Passwort nur als Warnung und fragt nichts ab.", policy="https://sicher-spenden.de/datenschutz", **D),

A("119072-termin-notiz", "Termin Notiz", "termin notiz", "de-DE",
  "Notizen zu Vereinsterminen per Sprache.",
  {"NotizIntent": (["notiere {notiz}", "schreib auf {notiz}", "neue notiz {notiz}"], [("notiz", "AMAZON.SearchQuery")])},
  [("postman-collection", "postman/termin-notiz.postman_collection.json", [[
     ("öffne termin notiz", "LaunchRequest", None, "Was soll ich notieren?", "Sag zum Beispiel: notiere Kuchen für Sonntag backen.", False),
     ("notiere kuchen für sonntag backen", "NotizIntent", {"notiz": "kuchen für sonntag backen"}, "Notiert: Kuchen für Sonntag backen. Bis dann!", None, True)]])],
  [], "Freitext nur hinter zweckgebundenen Trägern (\"notiere …\") und wird vorgelesen.", policy="https://termin-notiz.de/datenschutz", **D),

A("119073-nachbarschafts-news", "Kiez Nachrichten", "kiez nachrichten", "de-DE",
  "Kurze Nachrichten aus deinem Kiez.",
  {"NewsIntent": ["was gibt's neues", "nachrichten"]},
  [("ngrok-requests", "debug/ngrok.json", [[
     ("öffne kiez nachrichten", "LaunchRequest", None, "Am Samstag ist Straßenfest in der Bergmannstraße. Das war's für heute. Bis bald!", None, True)]])],
  [], "Verabschiedet sich und beendet die Sitzung korrekt.", **D),

A("119074-kirchenchor-probe", "Chorprobe Einsingen", "chorprobe einsingen", "de-DE",
  "Einsingübungen vor der Chorprobe.",
  {"UebungIntent": ["nächste übung", "weiter"]},
  [("cloudwatch-insights-csv", "logs/insights.csv", [[
     ("öffne chorprobe einsingen", "LaunchRequest", None, S('Wir summen auf M. <break time="2s"/> Einatmen. <break time="3s"/> Und ausatmen. Sag weiter für die nächste Übung.'), "Sag weiter oder stopp.", False),
     ("stopp", "AMAZON.StopIntent", None, "Viel Spaß bei der Probe!", None, True)]])],
  [], "Kurze Atempausen innerhalb echter Anleitung, hörbarer Reprompt, Stopp beendet.", **D),
]
