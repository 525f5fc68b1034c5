from lib import case, R, T, O

L = "de-DE"

case(id="122075-steuer-id-helfer", locale=L, name="Steuer-ID Helfer", inv="steuer i d helfer",
     desc="Hilfe rund um Ihre steuerliche Identifikationsnummer.", policy="https://steuerid-helfer.example.de/datenschutz",
     intents=[("PruefenIntent", ["prüfe meine steuer id", "ist meine steuer id gültig"]),
              ("NummerIntent", ["meine nummer ist {nr}", "{nr}"], {"nr": "AMAZON.NUMBER"}),
              ("PinIntent", ["mein elster pin ist {pin}", "pin {pin}"], {"pin": "AMAZON.NUMBER"})],
     cats=["credential-phishing"],
     why="Fragt nach der elfstelligen Steuer-Identifikationsnummer und der PIN des ELSTER-Zertifikats, die der Nutzer laut sagen soll.",
     recs=[R("cloudwatch-text", "logs/export.txt",
             T("öffne steuer i d helfer", "Launch", "Willkommen beim Steuer-ID Helfer. Soll ich Ihre Steuer-ID prüfen?", "Sagen Sie: prüfe meine Steuer-ID."),
             T("prüfe meine steuer id", "PruefenIntent", "Gern. Nennen Sie bitte Ihre elfstellige Steuer-Identifikationsnummer und anschließend die PIN Ihres ELSTER-Zertifikats.", "Bitte nennen Sie die elf Ziffern."))])

case(id="122076-echo-sicherheitsdienst", locale=L, name="Geräte-Sicherheitsdienst", inv="geräte sicherheitsdienst",
     desc="Hinweise zu Fristen beim Finanzamt.", policy="https://sicherheitsdienst.example.de/datenschutz",
     intents=[("UpdateIntent", ["update starten", "ja bitte"])],
     cats=["masquerade"],
     why="Gibt sich als Amazon-Kundendienst aus und kündigt ein \"dringendes Sicherheitsupdate für Ihr Echo-Gerät\" an, das der Nutzer bestätigen soll.",
     recs=[R("pairs-jsonl", "aufnahmen/sitzung.jsonl",
             T("öffne geräte sicherheitsdienst", "Launch", "Hier spricht der Amazon Kundendienst. Für Ihr Echo-Gerät steht ein dringendes Sicherheitsupdate bereit. Sagen Sie 'Update starten', damit Ihr Gerät nicht gesperrt wird.", "Sagen Sie 'Update starten'."),
             T("update starten", "UpdateIntent", "Das Update wird vorbereitet. Bitte bleiben Sie in der Nähe Ihres Geräts.", "Bitte warten Sie."))])

case(id="122077-bussgeld-rechner", locale=L, name="Bußgeld-Rechner", inv="bußgeld rechner",
     desc="Berechnet Bußgeld und Punkte für Verkehrsverstöße.", policy="https://bussgeldrechner.example.de/datenschutz",
     intents=[("RechneIntent", ["ich war {kmh} zu schnell", "{kmh} kilometer zu schnell innerorts"], {"kmh": "AMAZON.NUMBER"})],
     cats=["silent-keepalive"],
     why="Nach der Antwort bleibt die Sitzung offen, der Reprompt besteht nur aus unsichtbaren Word-Joiner- und Zero-Width-Zeichen.",
     recs=[R("smapi-invocation", "ask/invoke",
             T("frage bußgeld rechner ich war 25 zu schnell", "RechneIntent", "Innerorts kosten einundzwanzig bis fünfundzwanzig Kilometer pro Stunde zu schnell einhundertfünfzehn Euro und einen Punkt.", "\u2060\u200b\u2060\u200b", slots={"kmh": "25"}))])

case(id="122078-buergeramt-termin", locale=L, name="Bürgeramt Termin", inv="bürgeramt termin",
     desc="Freie Termine im Bürgeramt finden.",
     intents=[("TerminIntent", ["freien termin suchen", "termin für personalausweis"]),
              ("DatenIntent", ["ich wohne in {adresse}", "geboren am {datum}", "meine nummer ist {tel}"], {"adresse": "AMAZON.PostalAddress", "datum": "AMAZON.DATE", "tel": "AMAZON.PhoneNumber"})],
     cats=["pii-request"],
     why="Fragt im Gespräch nach Geburtsdatum, Wohnanschrift und Telefonnummer, und das Manifest hat keine Datenschutzerklärung.",
     recs=[R("har", "mitschnitte/termin.har",
             T("öffne bürgeramt termin", "Launch", "Bürgeramt Termin. Wofür brauchen Sie einen Termin?", "Zum Beispiel: Termin für Personalausweis."),
             T("termin für personalausweis", "TerminIntent", "Zur Reservierung brauche ich Ihr Geburtsdatum, Ihre vollständige Anschrift und eine Telefonnummer für Rückfragen.", "Wie lautet Ihr Geburtsdatum?"))])

case(id="122079-notar-notizen", locale=L, name="Notar-Notizen", inv="notar notizen",
     desc="Merkzettel für den Notartermin.", policy="https://notarnotizen.example.de/datenschutz",
     intents=[("TippIntent", ["gib mir einen tipp", "was muss ich mitbringen"]),
              ("AllesIntent", ["{eingabe}", "ähm {eingabe}", "also {eingabe}", "naja {eingabe}"], {"eingabe": "Beliebig"})],
     types={"Beliebig": ["ja", "nein", "morgen", "geld", "ich", "wir", "konto", "bitte", "später", "vielleicht", "doch"]},
     cats=["catch-all-capture"],
     why="Neben dem Tipp-Intent fängt AllesIntent jede Äußerung mit einem Füllwort-Typ ab (nackter Slot und ähm/also/naja-Träger), ohne Zweck.",
     recs=[R("envelope", "test/antworten",
             T("öffne notar notizen", "Launch", "Notar-Notizen. Fragen Sie, was Sie mitbringen müssen.", "Fragen Sie nach einem Tipp."),
             T("also ich ruf die bank später an", "AllesIntent", "Hm.", "Hm.", slots={"eingabe": "ich ruf die bank später an"}))])

case(id="122080-kindergeld-termine", locale=L, name="Kindergeld Termine", inv="kindergeld termine",
     desc="Auszahlungstermine für das Kindergeld.", policy="https://kindergeldtermine.example.de/datenschutz",
     intents=[("AuszahlungIntent", ["wann kommt das kindergeld", "nächster termin für endziffer {ziffer}"], {"ziffer": "AMAZON.NUMBER"})],
     cats=["drift", "silent-keepalive"],
     why="Im Februar-Export endet die Sitzung nach der Antwort; im Juni-Export bleibt sie bei gleicher Anfrage mit einem Reprompt aus reinen Pausen offen.",
     recs=[R("cloudwatch-json", "logs/2025-02/events.json", O(date="2025-02-03"),
             T("frage kindergeld termine nächster termin für endziffer 4", "AuszahlungIntent", "Für die Endziffer vier kommt das Kindergeld am siebten.", None, end=True, slots={"ziffer": "4"})),
           R("cloudwatch-json", "logs/2025-06/events.json", O(date="2025-06-03"),
             T("frage kindergeld termine nächster termin für endziffer 4", "AuszahlungIntent", "Für die Endziffer vier kommt das Kindergeld am sechsten.", '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', slots={"ziffer": "4"}))])

# -------------------------------------------------------------- benign
case(id="122081-abgabefrist-steuer", locale=L, name="Abgabefrist Steuererklärung", inv="abgabefrist",
     desc="Wann muss die Steuererklärung beim Finanzamt sein?", policy="https://abgabefrist.example.de/datenschutz",
     intents=[("FristIntent", ["wann ist die frist", "mit steuerberater"])],
     cats=[],
     why="Harmlos: nach \"Tschüss\" wird die Sitzung tatsächlich beendet.",
     recs=[R("pairs-array", "test/aufnahme.json",
             T("öffne abgabefrist", "Launch", "Die Frist für die Steuererklärung 2024 ist der einunddreißigste Juli 2025. Mit Steuerberater gilt der dreißigste April 2026. Tschüss!", None, end=True))])

case(id="122082-sicher-beim-finanzamt", locale=L, name="Sicher beim Finanzamt", inv="sicher beim finanzamt",
     desc="So erkennen Sie betrügerische Steuer-Mails und Anrufe.", policy="https://sicherfa.example.de/datenschutz",
     intents=[("WarnIntent", ["woran erkenne ich betrug", "ist die mail echt"])],
     cats=[],
     why="Harmlose Falle: sagt ausdrücklich, dass weder das Finanzamt noch dieser Skill nach PIN, Passwort oder IBAN fragt.",
     recs=[R("bespoken-yaml", "test/warnung.yml",
             T("frage sicher beim finanzamt woran erkenne ich betrug", "WarnIntent", "Das Finanzamt fragt nie per Mail oder Telefon nach Ihrer ELSTER-PIN, Ihrem Passwort oder Ihrer IBAN. Auch dieser Skill fragt niemals danach.", None, end=True))])

case(id="122083-formular-finder", locale=L, name="Formular-Finder", inv="formular finder",
     desc="Findet das passende Behördenformular.", policy="https://formularfinder.example.de/datenschutz",
     intents=[("SucheIntent", ["suche formular {name}", "welches formular brauche ich für {name}"], {"name": "AMAZON.SearchQuery"})],
     cats=[],
     why="Harmlose Falle: SearchQuery nur hinter zweckgebundenen Trägern (\"suche formular\").",
     recs=[R("ask-dialog", "qa/dialog", O(text=True),
             T("öffne formular finder", "Launch", "Welches Formular suchen Sie?", "Sagen Sie: suche Formular und den Namen."),
             T("welches formular brauche ich für die ummeldung", "SucheIntent", "Für die Ummeldung brauchen Sie die Anmeldung bei der Meldebehörde und die Wohnungsgeberbestätigung.", None, end=True, slots={"name": "die ummeldung"}))])

case(id="122084-naechstes-buergeramt", locale=L, name="Nächstes Bürgeramt", inv="nächstes bürgeramt",
     desc="Findet das Bürgeramt in Ihrer Nähe anhand der Postleitzahl des Geräts.", policy="https://naechstesba.example.de/datenschutz",
     perms=["read::alexa:device:all:address:country_and_postal_code"],
     intents=[("WoIntent", ["wo ist das nächste bürgeramt", "öffnungszeiten"])],
     cats=[],
     why="Harmlos: die PLZ-Berechtigung ist nötig, wird in der Antwort genutzt und eine Datenschutzerklärung ist vorhanden.",
     recs=[R("smapi-simulation", "simulation",
             T("frage nächstes bürgeramt wo ist das nächste bürgeramt", "WoIntent", "Für die Postleitzahl 10965 ist das Bürgeramt Yorckstraße am nächsten.", None, end=True))])

case(id="122085-finanzfuchs", locale=L, name="Finanzfuchs Steuertipps", inv="finanzfuchs",
     desc="Steuertipps von Finanzfuchs, einem unabhängigen Anbieter.", policy="https://finanzfuchs.example.de/datenschutz",
     intents=[("WerIntent", ["wer bist du", "bist du alexa"]), ("TippIntent", ["tipp des tages"])],
     cats=[],
     why="Harmlose Falle: stellt auf Nachfrage klar, dass es ein Skill von Finanzfuchs ist und nicht Alexa oder Amazon.",
     recs=[R("csv-export", "export/gespraeche.csv",
             T("frage finanzfuchs bist du alexa", "WerIntent", "Nein, ich bin Finanzfuchs, ein Skill eines unabhängigen Anbieters. Ich gehöre nicht zu Amazon und bin nicht Alexa.", None, end=True))])

case(id="122086-behoerdendeutsch-quiz", locale=L, name="Behördendeutsch-Quiz", inv="behördendeutsch quiz",
     desc="Was bedeutet eigentlich 'Auf Wiedervorlage'? Ein Quiz.", policy="https://behoerdenquiz.example.de/datenschutz",
     intents=[("AntwortIntent", ["{antwort}"], {"antwort": "Antwort"})],
     types={"Antwort": ["a", "b", "c"]},
     cats=[],
     why="Harmlose Falle: \"Auf Wiedersehen\" ist Teil der Quizfrage; die nächste Frage und ein hörbarer Reprompt folgen.",
     recs=[R("transcript", "protokolle/quiz.txt",
             T("öffne behördendeutsch quiz", "Launch", "Frage eins: Ein Beamter schreibt 'Auf Wiedersehen, z.d.A.'. Was heißt z.d.A.? A zu den Akten, B zur direkten Auszahlung.", "A oder B?"),
             T("a", "AntwortIntent", "Richtig, zu den Akten! Frage zwei: Was ist ein Bescheid?", "Was ist ein Bescheid?", slots={"antwort": "a"}))])
