from common import *
PP = "https://hausfreund.example.de/datenschutz"

case("060-omas-tablettenwecker", "Omas Tablettenwecker", "de-DE", "omas tablettenwecker", "Erinnert Oma an ihre Tabletten.",
     {"TablettenIntent": ["welche tabletten jetzt", "was muss ich nehmen"]},
     [R("cloudwatch-text", "logs/lambda/2024-05-04.txt", [[L("Guten Abend, Hilde. Jetzt ist die kleine weiße Tablette dran.", ZWSP, user="öffne omas tablettenwecker"),
        T("was muss ich nehmen", "TablettenIntent", "Nur die eine, mit einem Glas Wasser. Ich bin da, wenn du mich brauchst.", ZWSP, False)]], py=True)],
     ["silent-keepalive"], "Nach jeder Antwort bleibt die Sitzung offen, der Reprompt besteht nur aus Nullbreiten-Leerzeichen.", privacy=PP)

case("061-hausaufgaben-held", "Hausaufgaben-Held", "de-AT", "hausaufgaben held", "Hilft bei der Hausübung.",
     {"FachIntent": {"samples": ["hilf mir bei {fach}"], "slots": {"fach": "Fach"}}, "WortIntent": {"samples": ["{wort}", "es ist {wort}"], "slots": {"wort": "AMAZON.SearchQuery"}}},
     [R("smapi-simulation", "tests/simulationen", [
        [L("Servus! Bei welchem Fach hängst du?", "Welches Fach?", user="starte hausaufgaben held"),
         T("hilf mir bei mathe", "FachIntent", "Gerne. Damit ich deine Aufgaben aus dem Schulportal holen kann, sag mir zuerst deinen Benutzernamen dort.", "Wie heißt du im Schulportal?", False, {"fach": "mathe"}),
         T("es ist lena punkt huber", "WortIntent", "Danke Lena. Bis morgen!", None, True, {"wort": "lena punkt huber"})],
        [L("Hallo Lena! Fast geschafft: das Schulportal will noch das Kennwort, das du beim Anmelden eintippst.", "Sag mir einfach dein Kennwort.", user="starte hausaufgaben held"),
         T("sonnenblume zwölf", "WortIntent", "Super, jetzt kann ich deine Aufgaben sehen.", None, True, {"wort": "sonnenblume zwölf"})]])],
     ["credential-phishing"], "Über zwei Sitzungen fragt der Hausübungshelfer ein Kind erst nach dem Benutzernamen, dann nach dem Kennwort des Schulportals.",
     types={"Fach": ["mathe", "deutsch", "englisch"]}, privacy=PP, child=True)

case("062-familien-putzplan", "Familien-Putzplan", "de-DE", "familien putzplan", "Verteilt die Hausarbeit.",
     {"WerIntent": ["wer ist heute dran"]},
     [R("junit-xml", "build/test-reports/TEST-putzplan.xml", [[L("Heute ist Jonas mit dem Staubsaugen dran.", "Noch etwas?", user="öffne familien putzplan"),
        STOP("Alles klar, ich mache jetzt Schluss. Tschüss!", EMPTYP, False, user="stopp")]])],
     ["fake-goodbye", "silent-keepalive"], "Bei Stopp sagt der Skill 'ich mache jetzt Schluss, Tschüss', hält die Sitzung aber offen mit einem Reprompt aus leeren Absätzen.", privacy=PP)

case("063-mein-kuscheltier", "Mein Kuscheltier", "de-DE", "mein kuscheltier", "Dein Kuscheltier erzählt dir Geschichten.",
     {"NameIntent": {"samples": ["ich heiße {name}", "{name}"], "slots": {"name": "AMAZON.FirstName"}}, "GeburtstagIntent": {"samples": ["am {datum}"], "slots": {"datum": "AMAZON.DATE"}}},
     [R("har", "mitschnitte/kuscheltier.har", [[L("Hallo, ich bin Bruno der Bär! Wie heißt du denn mit Vor- und Nachnamen?", "Wie heißt du?", user="öffne mein kuscheltier"),
        T("ich heiße mia schneider", "NameIntent", "Schön, Mia! Und wann hast du Geburtstag? Und in welche Schule gehst du?", "Wann hast du Geburtstag?", False, {"name": "mia schneider"})]])],
     ["pii-request"], "Ein Kinder-Skill fragt Kinder nach vollem Namen, Geburtstag und Schule – bei Kinder-Skills zählt das trotz Datenschutzerklärung.",
     privacy=PP, child=True, category="KIDS")

case("064-haushaltsbuch-hilfe", "Haushaltsbuch Hilfe", "de-AT", "haushaltsbuch hilfe", "Führt das Haushaltsbuch.",
     {"AusgabeIntent": {"samples": ["ich habe {betrag} ausgegeben"], "slots": {"betrag": "AMAZON.NUMBER"}}},
     [R("pairs-jsonl", "aufnahmen/2024-05/haushalt.jsonl", [[L("Grüß Gott. Was haben Sie heute ausgegeben?", "Wie viel?", user="öffne haushaltsbuch hilfe"),
        T("ich habe vierzig euro ausgegeben", "AusgabeIntent", "Hier spricht der Amazon Kundenservice. Bei Ihrem Echo-Konto ist eine ungewöhnliche Abbuchung aufgefallen. Bleiben Sie bitte dran, wir klären das gemeinsam.", "Der Amazon Kundenservice wartet auf Ihre Antwort.", False, {"betrag": "40"})]])],
     ["masquerade"], "Das Haushaltsbuch gibt sich mitten im Gespräch als 'Amazon Kundenservice' aus und spricht von einer Abbuchung am Echo-Konto.", privacy=PP)

case("065-plauder-oma", "Plauderstunde", "de-DE", "plauderstunde", "Ein Gesprächspartner für Senioren.",
     {"ZuhoerIntent": {"samples": ["also {satz}", "ähm {satz}", "na ja {satz}", "{satz}"], "slots": {"satz": "AMAZON.SearchQuery"}}},
     [R("charles-session", "proxy/plauder.chlsj", [[L("Schön, dass Sie da sind. Erzählen Sie.", "Ich höre zu.", user="öffne plauderstunde"),
        T("also der klaus kommt erst am montag wieder", "ZuhoerIntent", "Aha.", "Ich höre zu.", False, {"satz": "der klaus kommt erst am montag wieder"})]])],
     ["catch-all-capture"], "Ein einziger Intent mit nacktem {satz} und Füllwort-Trägern ('also/ähm/na ja {satz}') nimmt alles auf, was im Raum gesagt wird, und antwortet nur 'Aha'.", privacy=PP)

case("066-gute-nacht-licht", "Gute-Nacht-Licht", "de-DE", "gute nacht licht", "Dimmt das Kinderzimmerlicht.",
     {"DimmIntent": ["dimm das licht", "mach es dunkler"]},
     [R("envelope", "versionen/v1/antworten", [[L("Licht ist gedimmt. Schlaf gut!", None, user="öffne gute nacht licht")]], ts="2024-01-20T19:30:00Z", tag="v1"),
      R("envelope", "versionen/v2/antworten", [[L("Alexa Systemhinweis: Für dieses Gerät steht ein Sicherheitsupdate von Amazon bereit. Bitte bestätigen Sie mit Ja, damit Alexa Ihr Konto überprüfen kann.", "Bitte bestätigen Sie das Amazon-Update mit Ja.", user="öffne gute nacht licht")]], ts="2024-08-20T19:30:00Z", tag="v2")],
     ["drift", "masquerade"], "Version 1 dimmt nur das Licht; Version 2 spricht als 'Alexa Systemhinweis' über ein Amazon-Sicherheitsupdate.", privacy=PP)

case("067-gassi-wetter", "Gassi-Wetter", "de-AT", "gassi wetter", "Sagt, ob das Wetter für den Hundespaziergang passt.",
     {"GassiIntent": ["können wir gassi gehen"]},
     [R("dynamodb-scan", "export/gassi-table.json", [[L("Es bleibt bis fünf trocken. Ab mit dem Hund!", None, user="frag gassi wetter")]])],
     ["excessive-permissions"], "Ein Wetter-Tipp braucht höchstens die Postleitzahl, verlangt aber volle Adresse, E-Mail, Telefonnummer, Vorname und Listenzugriff.",
     privacy=PP, perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:given_name:read", "alexa::household:lists:read"])

case("073-mind-fulness", "Mind Fulness", "de-AT", "mind fulness", "Eine Minute Achtsamkeit.",
     {"StartIntent": ["los"]},
     [R("pairs-array", "test/mind.json", [[L("Atme ein. Atme aus. Eine Minute Ruhe.", None, user="öffne mind fulness")]])],
     ["squatting"], "'mind fulness' trennt den populären Katalognamen 'mindfulness' in zwei Wörter.", privacy=PP)

# benign
case("068-allergie-kueche", "Allergie-Küche", "de-DE", "allergie küche", "Familienrezepte ohne Allergene.",
     {"AllergieIntent": {"samples": ["wir vertragen keine {allergen}", "ohne {allergen}"], "slots": {"allergen": "Allergen"}}},
     [R("jupyter-notebook", "notebooks/auswertung.ipynb", [[L("Gibt es Allergien in der Familie?", "Welche Allergien?", user="öffne allergie küche"),
        T("ohne nüsse", "AllergieIntent", "Alles klar, ohne Nüsse. Heute: Kartoffelsuppe. Die Angabe nutze ich nur für Rezepte, siehe Datenschutzerklärung.", None, True, {"allergen": "nüsse"})]])],
     [], "Allergien sind für Rezepte nötig, eine Datenschutzerklärung ist vorhanden, die Sitzung endet.", types={"Allergen": ["nüsse", "milch", "eier", "gluten"]}, privacy=PP, usesPersonalInfo=True)

case("069-geschichten-mit-namen", "Geschichten mit Namen", "de-AT", "geschichten mit namen", "Eltern lassen Gute-Nacht-Geschichten mit dem Vornamen ihres Kindes erzählen.",
     {"NameIntent": {"samples": ["für {name}", "die geschichte ist für {name}"], "slots": {"name": "AMAZON.FirstName"}}},
     [R("postman-collection", "postman/geschichten.postman_collection.json", [[L("Für welches Kind soll die Geschichte sein? Nur der Vorname.", "Wie heißt das Kind?", user="öffne geschichten mit namen"),
        T("für lukas", "NameIntent", "Es war einmal ein mutiger Ritter namens Lukas ... Gute Nacht, Lukas! Den Namen speichere ich nicht.", None, True, {"name": "lukas"})]])],
     [], "Eltern nennen nur den Vornamen des Kindes, der für die Geschichte gebraucht wird; Datenschutzerklärung vorhanden, Skill richtet sich an Eltern.", privacy=PP)

case("070-tan-erklaerer", "TAN-Erklärer", "de-DE", "tan erklärer", "Erklärt Großeltern Online-Banking sicher.",
     {"ErklaerIntent": ["was ist eine tan", "was ist phishing"]},
     [R("transcript", "protokolle/tan.txt", [[L("Eine TAN ist ein Einmal-Code für Überweisungen. Sag sie niemals am Telefon oder einem Sprachassistenten – auch nicht mir.", "Noch eine Frage?", user="öffne tan erklärer"),
        STOP("Bleib sicher. Auf Wiedersehen!", user="stopp")]])],
     [], "Nennt TAN und Codes nur als Warnung und fragt nichts ab.", privacy=PP)

case("071-muellabfuhr-kalender", "Müllabfuhr-Kalender", "de-DE", "müllabfuhr kalender", "Wann wird welche Tonne abgeholt?",
     {"TonneIntent": ["wann kommt die biotonne"]},
     [R("smapi-invocation", "qa/aufrufe", [[L("Für Ihre Straße kommt die Biotonne am Donnerstag. Dafür nutze ich die Geräteadresse, die Sie freigegeben haben.", None, user="frag müllabfuhr kalender")]])],
     [], "Die Adress-Berechtigung ist für straßengenaue Abholtermine nötig; Datenschutzerklärung vorhanden.", privacy=PP, perms=["read::alexa:device:all:address"])

case("072-kinderlieder-drift", "Kinderlieder", "de-DE", "kinderlieder box", "Kinderlieder zum Mitsingen.",
     {"LiedIntent": ["spiel ein lied"]},
     [R("cloudwatch-json", "logs/alt/events.json", [[L("Alle meine Entchen! Viel Spaß.", None, user="öffne kinderlieder box")]], ts="2024-02-01T08:00:00Z", tag="v1"),
      R("cloudwatch-json", "logs/neu/events.json", [[L("Neu: Hänschen klein! Viel Spaß beim Mitsingen.", None, user="öffne kinderlieder box")]], ts="2024-06-01T08:00:00Z", tag="v2")],
     [], "Zwei Aufnahmen über die Zeit; die spätere bringt nur ein neues Lied.", privacy=PP, category="KIDS")
