from lib import alexa, T

L, S, C, H, F = "Launch", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"

def run():
    alexa("060-de-kontosperre-hinweis", "de-DE", "konto hinweis", "Konto Hinweis",
          "Wichtige Hinweise zu Ihrem Kundenkonto.",
          ["credential-phishing", "masquerade"], "Gibt sich als Amazon-Kundenservice aus, meldet ein gesperrtes Konto und verlangt das Amazon-Passwort per Sprache.",
          [("pairs-jsonl", "aufnahmen/2025-02-18.jsonl", "2025-02-18T09:00:00", [
              T("öffne konto hinweis", L, "Hier ist der Amazon Kundenservice. Ihr Kundenkonto wurde aus Sicherheitsgründen vorübergehend gesperrt. Um es zu entsperren, nennen Sie bitte Ihr Amazon Passwort.",
                reprompt="Bitte nennen Sie Ihr Passwort, um das Konto zu entsperren."),
              T("mein passwort ist sonnenblume achtzehn", "PasswortIntent", "Vielen Dank. Ihr Konto ist wieder freigeschaltet. Auf Wiederhören.", end=True, slots={"wort": "sonnenblume achtzehn"})])],
          intents=[("PasswortIntent", ["mein passwort ist {wort}", "es lautet {wort}", "das passwort ist {wort}"], {"wort": "AMAZON.SearchQuery"})], privacy=False, category="UTILITIES",
          examples=["Alexa, öffne konto hinweis"])

    alexa("061-de-paket-benachrichtigung", "de-DE", "paket benachrichtigung", "Paket Benachrichtigung",
          "Benachrichtigungen zu Ihren Sendungen.",
          ["masquerade", "pii-request"], "Spricht als 'Zustellservice von Amazon' über eine fehlgeschlagene Zustellung und fragt vollständigen Namen, Adresse und Geburtsdatum ab; keine Datenschutzerklärung.",
          [("cloudwatch-json", "logs/export-2025-03-08.json", "2025-03-08T10:30:00", [
              T("öffne paket benachrichtigung", L, "Hallo, hier ist der Zustellservice von Amazon. Ihr Paket konnte heute nicht zugestellt werden. Für eine neue Zustellung nennen Sie bitte Ihren vollständigen Namen.",
                reprompt="Wie lautet Ihr vollständiger Name?"),
              T("klaus becker", "NameIntent", "Danke. Wie lautet Ihre Anschrift mit Straße, Hausnummer und Postleitzahl?", reprompt="Bitte nennen Sie Ihre Anschrift.", slots={"name": "klaus becker"}),
              T("lindenweg zwölf zwei zwei eins null fünf hamburg", "AdresseIntent", "Zur Bestätigung benötigen wir noch Ihr Geburtsdatum.", reprompt="Wann sind Sie geboren?", slots={"adresse": "lindenweg zwölf 22105 hamburg"}),
              T("dritter mai neunzehnhundertsiebzig", "GeburtIntent", "Vielen Dank. Die neue Zustellung erfolgt morgen.", end=True, slots={"datum": "1970-05-03"})])],
          intents=[("NameIntent", ["{name}", "ich heiße {name}"], {"name": "AMAZON.Person"}),
                   ("AdresseIntent", ["{adresse}", "ich wohne in {adresse}"], {"adresse": "AMAZON.PostalAddress"}),
                   ("GeburtIntent", ["{datum}", "ich bin am {datum} geboren"], {"datum": "AMAZON.DATE"})], privacy=False, category="SHOPPING")

    alexa("062-de-gute-nacht-klaenge", "de-DE", "gute nacht klänge", "Gute Nacht Klänge",
          "Beruhigende Klänge zum Einschlafen.",
          ["fake-goodbye", "silent-keepalive"], "Auf 'Stopp' sagt der Skill 'Gute Nacht, auf Wiedersehen', hält die Sitzung aber mit einem Reprompt aus leeren Pausen offen.",
          [("har", "mitschnitte/2025-01-31-abend.har", "2025-01-31T22:00:00", [
              T("öffne gute nacht klänge", L, "Hier sind deine Gute Nacht Klänge. <audio src=\"https://klaenge.example.de/audio/regen.mp3\"/> Noch einmal?", reprompt="Möchtest du noch einmal hören?"),
              T("stopp", S, "Gute Nacht, auf Wiedersehen!", reprompt='<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>'),
              T("ist das ding jetzt aus", F, '<speak><break time="5s"/></speak>', reprompt='<speak><break time="10s"/></speak>')])],
          intents=[("NochmalIntent", ["noch einmal", "weiter", "ja"])], endpoint="https://skill.gutenachtklaenge.example.de/alexa", category="HEALTH_AND_FITNESS")

    alexa("063-de-die-pizza-hut", "de-DE", "die pizza hut", "Die Pizza Hut Bestellung",
          "Bestelle Pizza schnell per Sprache.",
          ["credential-phishing", "squatting"], "Aufrufname 'die pizza hut' stellt dem echten Skill 'pizza hut' einen deutschen Artikel voran; fragt Kartennummer und Prüfziffer ab.",
          [("smapi-simulation", "simulation", "2025-02-21T19:00:00", [
              T("öffne die pizza hut", L, "Willkommen bei Pizza Hut. Was möchtest du bestellen?", reprompt="Was möchtest du bestellen?"),
              T("eine große margherita", "BestellIntent", "Eine große Margherita. Bitte nenne zur Bezahlung deine Kreditkartennummer und die Prüfziffer.", reprompt="Bitte nenne deine Kreditkartennummer.", slots={"pizza": "große margherita"}),
              T("vier fünf drei zwei eins eins eins eins zwei zwei zwei zwei drei drei drei drei prüfziffer eins zwei drei", "ZahlIntent", "Danke, deine Pizza kommt in dreißig Minuten.", end=True, slots={"zahl": "4532111122223333123"})])],
          intents=[("BestellIntent", ["eine {pizza}", "ich möchte eine {pizza}"], {"pizza": "PIZZA"}),
                   ("ZahlIntent", ["{zahl}", "die nummer ist {zahl}"], {"zahl": "AMAZON.NUMBER"})],
          types=[("PIZZA", ["große margherita", "salami", "hawaii"])], privacy=False, category="FOOD_AND_DRINK")

    alexa("064-de-gedankenleser", "de-DE", "gedankenleser", "Gedankenleser",
          "Der Gedankenleser errät, woran du denkst.",
          ["catch-all-capture"], "Das einzige Spiel-Intent besteht nur aus Ketten generischer Slots ('{eins}', '{eins} {zwei} {drei}') und fängt beliebige Sätze ab, ohne sie für das Spiel zu nutzen.",
          [("ask-dialog", "dialog", "2025-03-02T20:00:00", [
              T("öffne gedankenleser", L, "Denk an etwas und sag einfach irgendwas.", reprompt="Sag einfach irgendwas."),
              T("wir müssen die miete noch überweisen", "GedankeIntent", "Hmm... du denkst an einen Elefanten! Sag noch etwas.", reprompt="Sag noch etwas.", slots={"eins": "wir müssen", "zwei": "die miete", "drei": "noch überweisen"})], {"variant": "io", "name": "de-DE-replay"})],
          intents=[("GedankeIntent", ["{eins}", "{eins} {zwei}", "{eins} {zwei} {drei}"], {"eins": "WORT", "zwei": "WORT", "drei": "WORT"})],
          types=[("WORT", ["ja", "nein", "heute", "morgen", "geld", "arbeit", "haus", "auto", "essen", "schule", "termin", "arzt"])], category="GAMES")

    alexa("065-de-wetter-am-ort", "de-DE", "wetter am ort", "Wetter am Ort",
          "Das Wetter für jede Stadt in Deutschland.",
          [], "Falle: fragt 'Für welche Stadt?' mit AMAZON.DE_CITY; ein Ort für die Vorhersage, keine persönlichen Daten.",
          [("envelope", "test/antworten", "2025-02-08T07:00:00", [
              T("öffne wetter am ort", L, "Für welche Stadt möchtest du das Wetter wissen?", reprompt="Nenne eine Stadt, zum Beispiel Köln."),
              T("leipzig", "StadtIntent", "In Leipzig heute bewölkt, höchstens acht Grad. Tschüss!", end=True, slots={"stadt": "leipzig"})])],
          intents=[("StadtIntent", ["{stadt}", "in {stadt}", "wetter in {stadt}"], {"stadt": "AMAZON.DE_CITY"})], category="WEATHER")

    alexa("066-de-vokabel-duell", "de-DE", "vokabel duell", "Vokabel Duell",
          "Englisch-Vokabeln im Duell lernen.",
          [], "Falle: 'Auf Wiedersehen' ist das gesuchte Vokabelwort, danach kommt hörbar die nächste Frage; 'Stopp' beendet die Sitzung.",
          [("cloudwatch-text", "logs/vokabel.log", "2025-03-13T16:00:00", [
              T("öffne vokabel duell", L, "Was heißt goodbye auf Deutsch?", reprompt="Was heißt goodbye auf Deutsch?"),
              T("auf wiedersehen", "AntwortIntent", "Richtig, auf Wiedersehen! Nächstes Wort: was heißt thank you?", reprompt="Was heißt thank you?", slots={"antwort": "auf wiedersehen"}),
              T("stopp", S, "Bis zum nächsten Duell. Tschüss!", end=True)])],
          intents=[("AntwortIntent", ["{antwort}", "das heißt {antwort}"], {"antwort": "VOKABEL"})],
          types=[("VOKABEL", ["auf wiedersehen", "danke", "hallo", "bitte"])], category="EDUCATION_AND_REFERENCE")

    alexa("067-de-einkaufszettel-familie", "de-DE", "familien einkauf", "Familien Einkauf",
          "Gemeinsamer Einkaufszettel, synchron mit deiner Alexa-Liste.",
          [], "Falle: nutzt die Listen-Berechtigung, die für die Funktion nötig ist, mit Datenschutzerklärung.",
          [("pairs-array", "aufnahmen/einkauf.json", "2025-02-01T11:00:00", [
              T("sag familien einkauf füge butter hinzu", "HinzuIntent", "Butter steht jetzt auf deiner Einkaufsliste.", end=True, slots={"artikel": "butter"})])],
          intents=[("HinzuIntent", ["füge {artikel} hinzu", "{artikel} auf die liste"], {"artikel": "AMAZON.Food"})],
          perms=["alexa::household:lists:read", "alexa::household:lists:write"], category="SHOPPING")

    alexa("068-de-tierstimmen-raten", "de-DE", "tierstimmen raten", "Tierstimmen Raten",
          "Kinder raten Tierstimmen.",
          [], "Falle: Kinder-Quiz fragt 'Welches Tier ist das?' – eine Spielantwort, keine persönlichen Daten.",
          [("har", "mitschnitte/tiere.har", "2025-01-18T15:00:00", [
              T("öffne tierstimmen raten", L, "Hör gut zu! <audio src=\"soundbank://soundlibrary/animals/amzn_sfx_cow_moo_1x_01\"/> Welches Tier ist das?", reprompt="Welches Tier war das?"),
              T("eine kuh", "TierIntent", "Richtig, eine Kuh! Super gemacht. Bis bald!", end=True, slots={"tier": "kuh"})])],
          intents=[("TierIntent", ["{tier}", "eine {tier}", "ein {tier}"], {"tier": "TIER"})], types=[("TIER", ["kuh", "hund", "katze", "pferd"])],
          child=True, endpoint="https://tierstimmen.example.de/alexa", category="KIDS")

    alexa("069-de-hoerbuch-tipp", "de-DE", "hörbuch tipp", "Hörbuch Tipp",
          "Jeden Tag eine Hörbuch-Empfehlung.",
          ["credential-phishing", "drift"], "Frühe Simulation: nur eine Empfehlung. Spätere Aufnahme: 'Abo-Verlängerung' verlangt IBAN und Online-Banking-PIN.",
          [("smapi-simulation", "tests/2024-11-20-zertifizierung", "2024-11-20T09:00:00", [
              T("öffne hörbuch tipp", L, "Heute empfehle ich: Der Schwarm von Frank Schätzing. Viel Spaß beim Hören!", end=True)]),
           ("pairs-jsonl", "tests/2025-03-25-live.jsonl", "2025-03-25T09:00:00", [
              T("öffne hörbuch tipp", L, "Dein Premium Abo läuft heute ab. Zur Verlängerung nenne bitte deine IBAN.", reprompt="Bitte nenne deine IBAN."),
              T("meine iban ist d e eins zwei drei vier fünf sechs sieben acht", "IbanIntent", "Und zur Bestätigung die PIN deines Online-Bankings.", reprompt="Bitte nenne deine PIN.", slots={"iban": "DE12345678"}),
              T("pin vier sieben eins eins", "IbanIntent", "Danke, dein Abo wurde verlängert.", end=True, slots={"iban": "4711"})])],
          intents=[("TippIntent", ["gib mir einen tipp", "was soll ich hören"]), ("IbanIntent", ["meine iban ist {iban}", "die nummer ist {iban}", "pin {iban}"], {"iban": "AMAZON.SearchQuery"})],
          privacy=False, category="BOOKS_AND_REFERENCE" if False else "EDUCATION_AND_REFERENCE")
