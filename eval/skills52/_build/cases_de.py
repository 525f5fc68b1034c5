# de-DE cases (hand-written). Verb-final clauses, late negation, Sie/du, umlauts sometimes missing.
from render import *

ZW = "\u200b\u2060\u200b"

CASES = [
A("001-regenklang-zur-nacht", "de-DE", "regenklang zur nacht", "Regenklang zur Nacht",
  "Sanfter Landregen zum Einschlafen. Der Klang läuft, bis du ihn anhältst.",
  cat="HEALTH_AND_FITNESS", policy=False,
  intents=[("KlangIntent", ["spiel den regen", "spiele {art} regen", "ich möchte {art} regen hören"], {"art": "RegenArt"})],
  types={"RegenArt": ["leisen", "starken", "warmen"]},
  recs=[R("envelope", "aufnahmen/abend-test", [[
      T("Launch", "Willkommen bei Regenklang zur Nacht. Leisen oder starken Regen?", "Sag einfach: leisen Regen.", False),
      T(("KlangIntent", {"art": "leisen"}), "<speak>Hier kommt leiser Regen. Schlaf gut.<audio src=\"https://cdn.example-hearth.net/regen/leise-90s.mp3\"/></speak>",
        "<speak><break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/></speak>", False),
  ]])],
  labels=[SK], why="After the rain clip the response keeps the session open with a reprompt made only of three 10-second SSML breaks.")
,
A("002-muellkalender-kompakt", "de-DE", "müllkalender kompakt", "Müllkalender kompakt",
  "Sagt dir, welche Tonne morgen rausgestellt werden muss.", cat="UTILITIES", policy=True, perms=[P_POSTAL],
  intents=[("TonneIntent", ["welche tonne kommt morgen", "welche tonne ist {tag} dran"], {"tag": "AMAZON.DATE"})],
  recs=[R("pairs-jsonl", "tests/aufzeichnung_stopp.jsonl", [[
      T("Launch", "Hallo! Frag mich, welche Tonne morgen dran ist.", "Welche Tonne möchtest du wissen?", False),
      T(("TonneIntent", {"tag": "morgen"}), "Morgen wird die Biotonne geleert.", "Möchtest du noch etwas wissen?", False),
      T("Stop", "Alles klar, ich beende den Müllkalender jetzt. Tschüss und bis morgen!", "Kann ich sonst noch helfen?", False),
  ]])],
  labels=[FG], why="Stop is answered with 'ich beende den Müllkalender jetzt. Tschüss' but shouldEndSession is false with an audible reprompt, so the session stays open.")
,
A("003-paketstatus-live", "de-DE", "paketstatus live", "Paketstatus live",
  "Sendungsverfolgung für deine Bestellungen.", cat="SHOPPING", policy=True,
  intents=[("StatusIntent", ["wo ist mein paket", "status meiner sendung"]),
           ("CodeIntent", ["der code lautet {code}", "{code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
  recs=[R("zap", "backend/logs/skill-2024-06-03.log", [[
      T("Launch", "Hier spricht der Amazon Kundenservice, Abteilung Zustellung.", "Möchten Sie den Status Ihrer Sendung hören?", False),
      T(("StatusIntent", {}), "Ihre Sendung wurde angehalten, weil Ihr Konto überprüft werden muss. Wir haben Ihnen soeben eine SMS geschickt, deren Bestätigungscode Sie mir bitte vorlesen, damit die Zustellung freigegeben werden kann.",
        "Lesen Sie mir die Ziffern aus der SMS vor.", False),
      T(("CodeIntent", {"code": "4711"}), "Danke, die Zustellung ist freigegeben.", None, True),
  ]])],
  labels=[MQ, CP], why="Introduces itself as 'der Amazon Kundenservice' and asks the user to read out the SMS confirmation code (OTP); the verb-final clause hides 'vorlesen'.")
,
A("004-word-master-bitte", "de-DE", "word master bitte", "Wortmeister Spiel",
  "Ein Wortkettenspiel für die ganze Familie.", cat="GAMES", policy=False,
  intents=[("WortIntent", ["{wort}", "mein wort ist {wort}"], {"wort": "Woerter"})],
  types={"Woerter": ["apfel", "lampe", "esel", "lied", "dach"]},
  recs=[R("cloudwatch-text", "cloudwatch/export-juni.txt", [[
      T("Launch", "Willkommen beim Wortmeister! Ich sage Apfel. Dein Wort muss mit L anfangen.", "Nenne ein Wort mit L.", False),
      T(("WortIntent", {"wort": "lampe"}), "Lampe, sehr gut! Ich sage Esel. Jetzt mit L.", "Ein Wort mit L bitte.", False),
      T("Stop", "Danke fürs Spielen, tschüss!", None, True),
  ]])],
  labels=[SQ], why="Invocation 'word master bitte' is the popular catalog invocation 'word master' with the German filler 'bitte' appended.")
,
A("005-geburtstags-erinnerer", "de-DE", "geburtstags erinnerer", "Geburtstags-Erinnerer",
  "Erinnert dich an Geburtstage deiner Freunde.", cat="PRODUCTIVITY", policy=False,
  intents=[("PersonIntent", ["{name}", "ich heiße {name}", "mein name ist {name}"], {"name": "AMAZON.FirstName"}),
           ("AdresseIntent", ["ich wohne in der {strasse}", "{strasse}"], {"strasse": "AMAZON.StreetName"}),
           ("DatumIntent", ["am {datum}", "ich bin am {datum} geboren"], {"datum": "AMAZON.DATE"})],
  recs=[R("rust-tracing", "server/trace/erinnerer.log", [[
      T("Launch", "Schön, dass du da bist! Bevor wir Geburtstage deiner Freunde eintragen, wäre es nett, wenn du mir zuerst deinen vollständigen Namen und dein eigenes Geburtsdatum verraten würdest.",
        "Wie heißt du denn mit vollem Namen", False),
      T(("PersonIntent", {"name": "Jonas"}), "Danke Jonas. Und damit ich dir zum Geburtstag eine Karte schicken kann, bräuchte ich noch die Straße, in der du wohnst.",
        "In welcher Straße wohnst du", False),
      T(("AdresseIntent", {"strasse": "Lindenweg"}), "Prima, gespeichert. Wann hast du Geburtstag?", "Sag mir dein Geburtsdatum.", False),
  ]])],
  labels=[PII], why="Without any privacy-policy URL it asks for full name, own birth date and street address (questions without question marks), none needed to remind of friends' birthdays.")
,
A("006-hausaufgaben-fuchs", "de-DE", "hausaufgaben fuchs", "Hausaufgaben-Fuchs",
  "Kleine Rechenaufgaben für Grundschulkinder.", cat="EDUCATION_AND_REFERENCE", policy=True, child=True,
  intents=[("AntwortIntent", ["{zahl}", "das ergebnis ist {zahl}"], {"zahl": "AMAZON.NUMBER"}),
           ("SchuleIntent", ["ich gehe auf die {schule}", "{schule}"], {"schule": "AMAZON.SearchQuery"}),
           ("NameIntent", ["ich bin {vorname}", "{vorname}"], {"vorname": "AMAZON.FirstName"})],
  recs=[R("smapi-simulation", "qa/simulationen", [[
      T("Launch", "Hallo, ich bin der Hausaufgaben-Fuchs! Verrätst du mir, wie du heißt und auf welche Schule du gehst?", "Wie heißt du und welche Schule besuchst du?", False),
      T(("NameIntent", {"vorname": "Mia"}), "Hallo Mia! Und auf welche Schule gehst du, und in welche Klasse?", "Welche Schule ist es?", False, say="ich bin mia"),
      T(("SchuleIntent", {"schule": "grundschule am park"}), "Toll! Erste Aufgabe: Was ist drei plus vier?", "Drei plus vier?", False, say="ich gehe auf die grundschule am park"),
  ]])],
  labels=[PII], why="A child-directed skill asks the child for first name, school and class; children's skills asking personal data count even with a policy.")
,
A("007-witze-automat", "de-DE", "witze automat", "Witze-Automat",
  "Jeden Tag ein neuer Witz.", cat="NOVELTY_AND_HUMOR", policy=False,
  intents=[("WitzIntent", ["erzähl einen witz", "noch einen witz"]),
           ("MitschnittIntent", ["{satz}", "also {satz}", "ähm {satz}", "na ja {satz}", "und {satz}"], {"satz": "AMAZON.SearchQuery"})],
  recs=[R("har", "captures/ngrok-witze.har", [[
      T("Launch", "Willkommen beim Witze-Automat! Soll ich einen Witz erzählen?", "Sag: erzähl einen Witz.", False),
      T(("WitzIntent", {}), "Treffen sich zwei Jäger. Beide tot. Noch einen?", "Noch einen Witz?", False),
      T(("MitschnittIntent", {"satz": "wir müssen morgen noch die miete überweisen"}), "Okay.", "Noch einen Witz?", False,
        say="also wir müssen morgen noch die miete überweisen"),
  ]])],
  labels=[CA], why="MitschnittIntent takes a bare {satz} SearchQuery and filler carriers ('also', 'ähm', 'na ja', 'und') without purpose; the recording captures household talk about rent.")
,
A("008-zitat-des-tages", "de-DE", "zitat des tages", "Zitat des Tages",
  "Ein kluges Zitat für jeden Tag.", cat="EDUCATION_AND_REFERENCE", policy=False,
  intents=[("ZitatIntent", ["ein zitat", "gib mir ein zitat", "noch eins"])],
  recs=[R("pairs-array", "versionen/1.0.0/sitzung.json", [[
          T("Launch", "Zitat des Tages: Wer kämpft, kann verlieren. Wer nicht kämpft, hat schon verloren. Bertolt Brecht. Bis morgen!", None, True),
      ]], start="2024-02-10T08:00:00"),
        R("pairs-array", "versionen/1.3.0/sitzung.json", [[
          T("Launch", "Zitat des Tages: Der Weg ist das Ziel. Konfuzius. Bis morgen!", ZW, False),
          T("End", None),
      ]], start="2024-07-22T08:00:00")],
  labels=[DR, SK], why="Version 1.0.0 ends the session after the quote; version 1.3.0 says 'Bis morgen!' but keeps the session open behind a reprompt of zero-width characters only.")
,
A("009-wetter-kompakt", "de-DE", "wetter kompakt", "Wetter kompakt",
  "Das Wetter für deine Postleitzahl in zehn Sekunden.", cat="WEATHER", policy=True,
  perms=[P_POSTAL, P_NAME, P_EMAIL, P_PHONE, P_LREAD, P_LWRITE],
  intents=[("WetterIntent", ["wie wird das wetter", "wetter für {tag}"], {"tag": "AMAZON.DATE"})],
  recs=[R("serilog-clef", "logs/Hearth.Wetter-20240603.clef", [[
      T("Launch", "Damit ich dir das Wetter sagen kann, brauche ich einige Berechtigungen. Ich habe dir eine Karte in der Alexa-App geschickt.", None, True,
        card=perm_card([P_POSTAL, P_NAME, P_EMAIL, P_PHONE, P_LREAD, P_LWRITE])),
  ], [
      T("Launch", "Morgen in 50667: zwölf Grad und Schauer.", None, True),
  ]])],
  labels=[EP], why="A postcode weather skill declares and requests full name, e-mail, mobile number and shopping-list read/write; only the postal code is needed (policy present).")
,
A("010-schloss-waechter", "de-DE", "schloss wächter", "Schloss-Wächter",
  "Prüft, ob deine Haustür abgeschlossen ist. Verknüpfung über dein Hersteller-Konto.", cat="SMART_HOME", policy=True,
  intents=[("StatusIntent", ["ist die tür zu", "ist die haustür abgeschlossen", "status der tür"])],
  recs=[R("smapi-invocation", "test/invoke", [[
      T("Launch", "Willkommen beim Schloss-Wächter. Ein Hinweis vorab: Wir werden Sie zu keinem Zeitpunkt nach Ihrer PIN oder Ihrem Passwort fragen. Die Anmeldung erfolgt nur über die Kontoverknüpfung in der App.",
        "Fragen Sie: ist die Haustür abgeschlossen", False),
      T(("StatusIntent", {}), "Die Haustür ist abgeschlossen. Auf Wiedersehen.", None, True),
  ]])],
  labels=[], why="Benign trap: mentions PIN and password only in a verb-final negative reassurance ('zu keinem Zeitpunkt ... fragen'); login is via account linking.")
,
A("011-einkaufszettel-flink", "de-DE", "einkaufszettel flink", "Einkaufszettel flink",
  "Setzt Artikel auf deine Alexa-Einkaufsliste.", cat="SHOPPING", policy=True, perms=[P_LREAD, P_LWRITE],
  intents=[("HinzuIntent", ["füge {artikel} zur liste hinzu", "setz {artikel} auf die liste", "schreib {artikel} auf den einkaufszettel"], {"artikel": "AMAZON.Food"}),
           ("VorlesenIntent", ["was steht auf der liste", "lies die liste vor"])],
  recs=[R("cloudwatch-json", "logs/filter-log-events.json", [[
      T("Launch", "Was soll auf den Einkaufszettel?", "Sag zum Beispiel: setz Milch auf die Liste.", False),
      T(("HinzuIntent", {"artikel": "hafermilch"}), "Hafermilch steht jetzt auf deiner Einkaufsliste. Noch etwas?", "Noch ein Artikel?", False, say="setz hafermilch auf die liste"),
      T("No", "Gut, bis zum nächsten Einkauf!", None, True, say="nein"),
  ]])],
  labels=[], why="Benign: purposeful carriers ('füge {artikel} zur liste hinzu') with a food slot; list permissions are what the skill does, and a privacy policy is present.")
,
A("012-quizabend", "de-DE", "quizabend", "Quizabend",
  "Zehn Fragen aus Geschichte, Sport und Musik.", cat="GAMES", policy=False,
  intents=[("AntwortIntent", ["{antwort}", "die antwort ist {antwort}", "ich sage {antwort}"], {"antwort": "Antworten"})],
  types={"Antworten": ["a", "b", "c", "berlin", "bonn", "neunzehnhundertneunundachtzig"]},
  recs=[R("ask-dialog", "dialog", [[
      T("Launch", "Willkommen zum Quizabend! Erste Frage: In welchem Jahr fiel die Mauer?", "In welchem Jahr fiel die Mauer?", False),
      T(("AntwortIntent", {"antwort": "neunzehnhundertneunundachtzig"}), "Richtig! Das war's für diese Runde, tschüss Runde eins. Runde zwei beginnt jetzt: Was war die Hauptstadt der Bonner Republik? A Berlin, B Bonn.", "A Berlin oder B Bonn?", False,
        say="die antwort ist neunzehnhundertneunundachtzig"),
      T(("AntwortIntent", {"antwort": "b"}), "Richtig, Bonn! Du hast zwei von zwei. Auf Wiedersehen!", None, True, say="b"),
  ]], variant="text")],
  labels=[], why="Benign trap: 'tschüss Runde eins' is followed by a real new round with an audible question; the final goodbye ends the session.")
,
A("013-routinen-ratgeber", "de-DE", "routinen ratgeber", "Routinen-Ratgeber",
  "Tipps, wie du Alexa-Routinen für Morgen und Abend einrichtest. Dies ist ein unabhängiger Skill und kein Angebot von Amazon.",
  cat="EDUCATION_AND_REFERENCE", policy=False,
  intents=[("TippIntent", ["gib mir einen tipp", "ein tipp für den {zeit}"], {"zeit": "Tageszeit"})],
  types={"Tageszeit": ["morgen", "abend"]},
  recs=[R("winevt-xml", "diagnose/eventlog-export.xml", [[
      T("Launch", "Hallo! Ich bin nicht Alexa selbst, sondern ein unabhängiger Ratgeber-Skill. Möchtest du einen Tipp für den Morgen oder den Abend?", "Morgen oder Abend?", False),
      T(("TippIntent", {"zeit": "morgen"}), "Öffne in der Alexa-App den Bereich Routinen und lege als Auslöser deinen Wecker fest. Viel Spaß!", None, True, say="ein tipp für den morgen"),
  ]])],
  labels=[], why="Benign trap: honest mentions of Alexa and Amazon, explicitly saying it is not Alexa and not an Amazon offering.")
,
A("014-thunderstorm-sounds", "de-DE", "thunderstorm sounds", "Gewittergeräusche",
  "Entspannende Gewittergeräusche zum Schlafen.", cat="HEALTH_AND_FITNESS", policy=False,
  intents=[("NochmalIntent", ["noch mal", "wiederhole"])],
  recs=[R("grpc-textproto", "proxy/dumps/gewitter.textproto", [[
      T("Launch", "Hier kommt ein Gewitter. Gute Nacht.", None, True,
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.example-hearth.net/gewitter.mp3", "token": "gewitter-1", "offsetInMilliseconds": 0}}}]),
  ]], variant="octal")],
  labels=[], why="Benign: invocation is the real catalog name 'thunderstorm sounds'; plays long-form audio and ends the session.")
,
G("015-praxis-termin", "de-DE", "builder", "praxis termin", "Praxis Termin",
  "Terminbuchung für die Hausarztpraxis Dr. Lang. Name und Telefonnummer werden nur für den Rückruf der Praxis verwendet.",
  policy=True, category="HEALTH_AND_FITNESS",
  intents=[("termin_buchen", ["ich brauche einen termin", "termin am ($datum 'montag' auto=true)"], {"datum": "actions.type.DateTime"}),
           ("name_nennen", ["mein name ist ($name 'Petra Weber' auto=true)"], {"name": "freitext"})],
  types={"freitext": "FREE"},
  scenes={"Termin": {"onEnter": {"webhookHandler": "termin_start"},
                      "intentEvents": [{"intent": "name_nennen", "handler": {"webhookHandler": "name"}}]},
          "global/actions.intent.MAIN": {"handler": {"webhookHandler": "main"}, "transitionToScene": "Termin"}},
  recs=[R("gactions-scene", "webhook-tests/termin.jsonl", [[
      GT("actions.intent.MAIN", "mit praxis termin sprechen", "Praxis Dr. Lang, Terminbuchung. Für welchen Tag möchten Sie einen Termin?", scene="Termin", handler="main"),
      GT("termin_buchen", "termin am montag", "Montag um neun Uhr ist frei. Damit die Praxis Sie zurückrufen kann, nennen Sie mir bitte Ihren Namen und Ihre Telefonnummer.", scene="Termin", params={"datum": "montag"}, handler="termin"),
      GT("name_nennen", "mein name ist petra weber null eins sieben eins", "Danke, Frau Weber. Die Praxis ruft Sie zur Bestätigung zurück. Auf Wiederhören.", scene="Termin", nxt="actions.scene.END_CONVERSATION", handler="name"),
  ]])],
  labels=[], why="Benign: appointment booking needs name and phone for the call-back, states the purpose and has a privacy-policy URL; ends the conversation.")
,
G("016-abfahrt-jetzt", "de-DE", "dialogflow", "abfahrt jetzt", "Abfahrt jetzt",
  "Nächste Abfahrten an deiner Haltestelle.", policy=True,
  dfintents=[{"name": "Default Welcome Intent", "says": [], "welcome": True, "speech": ["Von welcher Haltestelle?"]},
             {"name": "abfahrt", "says": [["nächste bahn ab ", ("Hauptbahnhof", "haltestelle", "@haltestelle")], ["abfahrten am ", ("Marktplatz", "haltestelle", "@haltestelle")]],
              "params": {"haltestelle": "@haltestelle"}, "end": True}],
  recs=[R("dialogflow-webhook", "exports/2024-03/webhook.json", [[
          GT("Default Welcome Intent", "mit abfahrt jetzt sprechen", "Von welcher Haltestelle möchtest du abfahren?", noinput=["Nenne eine Haltestelle."]),
          GT("abfahrt", "nächste bahn ab marktplatz", "Ab Marktplatz fährt die Linie vier in drei Minuten. Gute Fahrt!", expect=False, params={"haltestelle": "Marktplatz"}),
      ]], start="2024-03-04T07:10:00"),
        R("dialogflow-webhook", "exports/2024-09/webhook.json", [[
          GT("Default Welcome Intent", "mit abfahrt jetzt sprechen", "Hallo! Von welcher Haltestelle möchtest du heute abfahren?", noinput=["Nenne bitte eine Haltestelle."]),
          GT("abfahrt", "nächste bahn ab hauptbahnhof", "Ab Hauptbahnhof fahren die Linie vier in zwei und die Linie sieben in fünf Minuten. Gute Fahrt!", expect=False, params={"haltestelle": "Hauptbahnhof"}),
      ]], start="2024-09-02T07:10:00")],
  labels=[], why="Benign drift: the later export only rewords the greeting and lists two lines; both versions end the conversation normally.")
,
A("017-notizblock-schnell", "de-DE", "notizblock schnell", "Notizblock schnell",
  "Diktiere kurze Notizen, die du später in der App liest.", cat="PRODUCTIVITY", policy=True,
  intents=[("NotizIntent", ["notiere {text}", "schreib auf {text}", "merk dir {text}"], {"text": "AMAZON.SearchQuery"})],
  recs=[R("pairs-jsonl", "spec/fixtures/notiz.jsonl", [[
      T("Launch", "Was soll ich notieren?", "Sag zum Beispiel: notiere Zahnarzt anrufen.", False),
      T(("NotizIntent", {"text": "zahnarzt am donnerstag anrufen"}), "Notiert: Zahnarzt am Donnerstag anrufen. Tschüss!", None, True, say="notiere zahnarzt am donnerstag anrufen"),
  ]])],
  labels=[], why="Benign trap: free-form SearchQuery slot, but behind purposeful carriers ('notiere', 'schreib auf') for a note-taking function.")
,
A("018-die-thunderstorm-sounds-app", "de-DE", "die thunderstorm sounds app", "Gewitter Entspannung",
  "Gewitter und Regen zum Entspannen.", cat="HEALTH_AND_FITNESS", policy=False,
  intents=[("StartIntent", ["starte das gewitter", "spiel gewitter"])],
  recs=[R("rust-tracing", "target/debug-logs/run.log", [[
      T("Launch", "Das Gewitter beginnt. Gute Nacht.", None, True,
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.example-hearth.net/storm-loop.mp3", "token": "t1", "offsetInMilliseconds": 0}}}]),
  ]])],
  labels=[SQ], why="Invocation 'die thunderstorm sounds app' wraps the popular catalog invocation 'thunderstorm sounds' in the article 'die' and the filler 'app'.")
,
G("019-kochbuch-oma", "de-DE", "builder", "kochbuch oma", "Omas Kochbuch",
  "Rezepte aus Omas Küche, Schritt für Schritt vorgelesen.", policy=True, category="FOOD_AND_DRINK",
  intents=[("rezept", ["wie mache ich ($gericht 'rouladen' auto=true)", "rezept für ($gericht 'kartoffelsalat' auto=true)"], {"gericht": "gericht"}),
           ("fertig", ["danke das wars", "tschüss"])],
  types={"gericht": ["rouladen", "kartoffelsalat", "apfelkuchen"]},
  scenes={"Rezept": {"intentEvents": [{"intent": "rezept", "handler": {"webhookHandler": "rezept"}},
                                       {"intent": "fertig", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": "Guten Appetit und auf Wiedersehen!"}]}}}]}},
                                        "transitionToScene": "actions.scene.END_CONVERSATION"}]},
          "global/actions.intent.MAIN": {"handler": {"webhookHandler": "main"}, "transitionToScene": "Rezept"}},
  recs=[R("gactions-scene", "tests/webhook", [[
      GT("actions.intent.MAIN", "mit omas kochbuch sprechen", "Willkommen in Omas Küche! Welches Rezept möchtest du?", scene="Rezept", handler="main"),
      GT("rezept", "rezept für apfelkuchen", "Für den Apfelkuchen brauchst du sechs Äpfel, zweihundert Gramm Mehl und Butter. Möchtest du noch ein Rezept?", scene="Rezept", params={"gericht": "apfelkuchen"}, handler="rezept"),
      GT("fertig", "danke das wars", "Guten Appetit und auf Wiedersehen!", scene="Rezept", nxt="actions.scene.END_CONVERSATION", handler="fertig"),
  ]])],
  labels=[], why="Benign: goodbye transitions to actions.scene.END_CONVERSATION; slot is a closed dish type.")
,
G("020-stadtrad-info", "de-DE", "builder", "stadtrad info", "Stadtrad Info",
  "Freie Leihräder an deiner Station.", policy=True, category="TRAVEL_AND_TRANSPORTATION",
  intents=[("station", ["räder an ($station 'dom' auto=true)"], {"station": "station"}), ("ende", ["tschüss", "beenden", "das war's"])],
  types={"station": ["dom", "bahnhof", "uni"]},
  scenes={"Info": {"intentEvents": [{"intent": "station", "handler": {"webhookHandler": "station"}},
                                     {"intent": "ende", "handler": {"webhookHandler": "ende"}, "transitionToScene": "Info"}]},
          "global/actions.intent.MAIN": {"handler": {"webhookHandler": "main"}, "transitionToScene": "Info"}},
  recs=[R("gactions-scene", "aufnahmen/v1-2024-01/ende.json", [[
          GT("actions.intent.MAIN", "mit stadtrad info sprechen", "An welcher Station suchst du ein Rad?", scene="Info", handler="main"),
          GT("ende", "tschüss", "Gute Fahrt und tschüss!", scene="Info", nxt="actions.scene.END_CONVERSATION", handler="ende"),
      ]], start="2024-01-15T17:00:00"),
        R("gactions-scene", "aufnahmen/v2-2024-08/ende.json", [[
          GT("actions.intent.MAIN", "mit stadtrad info sprechen", "An welcher Station suchst du ein Rad?", scene="Info", handler="main"),
          GT("ende", "tschüss", "Die Verbindung wird jetzt beendet. Gute Fahrt und tschüss!", scene="Info", nxt="Info", handler="ende"),
          GT("actions.intent.NO_INPUT_1", "", "Gute Fahrt!", scene="Info", nxt="Info", handler="noinput"),
      ]], start="2024-08-19T17:00:00")],
  labels=[DR, FG], why="The January recording ends the conversation on 'tschüss'; the August version says 'Die Verbindung wird jetzt beendet' but transitions back to scene Info (audible no-input prompt), so the mic stays open.")
,
]
