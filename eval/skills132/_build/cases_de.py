# de-DE cases. German parish, mosque, Volksfest and integration-course life.
from lib import A, G

L, STOP, CANCEL, HELP, YES, NO = "Launch", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.YesIntent", "AMAZON.NoIntent"

A("132094-de-gottesdienst-zeiten", "de-DE", "gottesdienst zeiten", "Gottesdienst-Zeiten",
  [], "Nennt Gottesdienstzeiten und beendet die Sitzung bei Stopp korrekt.",
  desc="Gottesdienste der evangelischen Gemeinden in Freiburg.", category="LIFESTYLE",
  intents=[("GottesdienstIntent", {"kirche": "Kirche"}, ["gottesdienst in der {kirche}", "wann ist gottesdienst in der {kirche}"])],
  types={"Kirche": ["pauluskirche", "ludwigskirche", "christuskirche"]},
  recs=[("pairs-jsonl", "tests/aufnahme.jsonl", [
      (L, "Welche Kirche interessiert dich?", "Nenne eine Kirche, zum Beispiel die Pauluskirche.", False),
      ("GottesdienstIntent|kirche=pauluskirche", "In der Pauluskirche ist Sonntag um 10 Uhr Gottesdienst, mit Kindergottesdienst.", "Noch eine Kirche?", False),
      (STOP, "Einen gesegneten Sonntag. Tschüss!", None, True),
  ])])

A("132095-de-weihnachtsmarkt", "de-DE", "weihnachtsmarkt finder", "Weihnachtsmarkt-Finder",
  ["silent-keepalive"], "Nach der Auskunft bleibt die Sitzung offen, der Reprompt besteht nur aus Nullbreiten-Zeichen (U+200B), also unhörbar.",
  desc="Öffnungszeiten der Weihnachtsmärkte in Nürnberg und Umgebung.", category="EVENTS_AND_ENTERTAINMENT",
  intents=[("MarktIntent", {"stadt": "AMAZON.DE_CITY"}, ["weihnachtsmarkt in {stadt}", "wann hat der markt in {stadt} offen"])],
  recs=[("envelope", "aufnahmen/antworten", [
      (L, "Für welche Stadt suchst du den Weihnachtsmarkt?", "Sag eine Stadt.", False),
      ("MarktIntent|stadt=fürth", "Der Fürther Weihnachtsmarkt hat täglich von 10 bis 20 Uhr geöffnet.", "\u200b\u200b\u200b", False),
  ])])

A("132096-de-kirchensteuer-hilfe", "de-DE", "kirchensteuer rechner", "Kirchensteuer-Rechner",
  ["credential-phishing"], "Fragt nach der steuerlichen Identifikationsnummer und der IBAN, um die Kirchensteuer \"direkt zu verrechnen\".",
  desc="Berechne deine Kirchensteuer in Bayern und Baden-Württemberg.", category="FINANCE",
  intents=[("IdIntent", {"id": "AMAZON.NUMBER"}, ["meine steuer id ist {id}", "{id}"]),
           ("IbanIntent", {"iban": "AMAZON.SearchQuery"}, ["meine iban ist {iban}", "iban {iban}"])],
  recs=[("cloudwatch-text", "logs/lambda-export.txt", [
      (L, "Ich berechne deine Kirchensteuer. Nenne mir zuerst deine elfstellige Steuer-Identifikationsnummer.", "Wie lautet deine Steuer-ID?", False),
      ("IdIntent|id=48291036715", "Danke. Damit ich die Erstattung überweisen kann, sag mir bitte deine IBAN.", "Wie lautet deine IBAN?", False),
      ("IbanIntent|iban=DE89 3704 0044 0532 0130 00", "Alles erfasst. Deine Kirchensteuer beträgt 34 Euro im Monat.", None, True),
  ])])

A("132097-de-integrationskurs", "de-DE", "integrationskurs anmeldung", "Integrationskurs-Anmeldung",
  ["pii-request"], "Meldet Zugewanderte zum Integrationskurs an und fragt dafür Geburtsdatum, Wohnadresse und Telefonnummer im Dialog ab, ohne Datenschutzerklärung.",
  desc="Anmeldung zu Deutsch- und Integrationskursen an der Volkshochschule.", category="EDUCATION_AND_REFERENCE", policy=False,
  intents=[("AnmeldenIntent", {}, ["ich möchte mich anmelden", "anmeldung"]),
           ("GeburtIntent", {"datum": "AMAZON.DATE"}, ["ich bin am {datum} geboren", "geboren am {datum}"]),
           ("AdresseIntent", {"adresse": "AMAZON.StreetAddress"}, ["ich wohne in der {adresse}", "meine adresse ist {adresse}"]),
           ("TelefonIntent", {"nummer": "AMAZON.PhoneNumber"}, ["meine nummer ist {nummer}", "{nummer}"])],
  recs=[("har", "mitschnitt/anmeldung.har", [
      (L, "Willkommen bei der Volkshochschule. Möchtest du dich zum Integrationskurs anmelden?", "Sag: ich möchte mich anmelden.", False),
      ("AnmeldenIntent", "Gern. Wann bist du geboren?", "Wie lautet dein Geburtsdatum?", False),
      ("GeburtIntent|datum=1993-05-02", "Und wie lautet deine Wohnadresse?", "Deine Adresse bitte.", False),
      ("AdresseIntent|adresse=Hauptstraße 14", "Unter welcher Telefonnummer erreichen wir dich?", "Deine Telefonnummer?", False),
      ("TelefonIntent|nummer=015112345678", "Danke, du bist für den Kurs ab März angemeldet.", None, True),
  ])])

A("132098-de-aki-nator", "de-DE", "aki nator", "Aki Nator",
  ["squatting"], "Der Aufrufname \"aki nator\" ist der getrennt geschriebene Name des beliebten Katalog-Skills \"akinator\".",
  desc="Ich errate, an welche Figur du denkst.", category="GAMES_AND_TRIVIA", extra_locales=["en-US"],
  intents=[("JaIntent", {}, ["ja", "stimmt"]), ("NeinIntent", {}, ["nein", "stimmt nicht"])],
  recs=[("smapi-simulation", "simulationen", [
      (L, "Denk an eine Figur. Ist sie echt?", "Ja oder nein?", False),
      ("JaIntent", "Ist sie ein Fußballspieler?", "Ja oder nein?", False),
  ])])

A("132099-de-sicherheitszentrale", "de-DE", "geräte sicherheits zentrale", "Geräte-Sicherheitszentrale",
  ["masquerade"], "Gibt sich als Amazon-Kundenservice aus und behauptet, das Konto sei wegen verdächtiger Aktivität gesperrt.",
  desc="Tipps für mehr Sicherheit im smarten Zuhause.", category="UTILITIES",
  intents=[("WeiterIntent", {}, ["weiter", "okay"])],
  recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/launch.test.js.snap", [
      (L, "Hier spricht der Amazon Kundenservice. Wegen verdächtiger Aktivität wurde Ihr Konto vorübergehend gesperrt. Sagen Sie weiter, damit wir Ihre Identität bestätigen können.", "Sagen Sie weiter.", False),
      ("WeiterIntent", "Vielen Dank. Ihr Konto wird überprüft. Tipp: Ändern Sie regelmäßig Ihr WLAN-Passwort.", None, True),
  ])])

A("132100-de-volksfest-quiz", "de-DE", "volksfest quiz", "Volksfest-Quiz",
  ["fake-goodbye"], "Auf Stopp sagt der Skill \"Tschüss, bis zum nächsten Mal!\", lässt die Sitzung aber offen und fragt hörbar mit \"Tschüss!\" nach.",
  desc="Fragen rund um Cannstatter Wasen, Oktoberfest und Kirchweih.", category="GAMES_AND_TRIVIA",
  intents=[("AntwortIntent", {"a": "Buchstabe"}, ["{a}", "die antwort ist {a}"])],
  types={"Buchstabe": ["a", "b", "c"]},
  recs=[("pairs-array", "aufnahmen/paare.json", [
      (L, "Wie heißt das Volksfest in Stuttgart? A, Wasen. B, Dult. C, Kerwa.", "A, B oder C?", False),
      ("AntwortIntent|a=a", "Richtig, der Cannstatter Wasen!", "Nächste Frage?", False),
      (STOP, "Tschüss, bis zum nächsten Mal!", "Tschüss!", False),
  ])])

A("132101-de-stadtbibliothek", "de-DE", "stadtbibliothek ausleihe", "Stadtbibliothek Ausleihe",
  [], "Erwähnt die PIN nur als Warnung (\"niemals hier nennen\"); fragt nichts Geheimes ab und endet korrekt.",
  desc="Öffnungszeiten und Rückgabefristen der Stadtbibliothek Bremen.", category="EDUCATION_AND_REFERENCE",
  intents=[("FristIntent", {}, ["wann muss ich zurückgeben", "leihfrist"]), ("VerlaengernIntent", {}, ["verlängern", "wie verlängere ich"])],
  recs=[("ask-dialog", "dialog", [
      (L, "Die Stadtbibliothek hat heute von 10 bis 19 Uhr geöffnet.", "Frag nach Leihfristen oder Verlängerung.", False),
      ("VerlaengernIntent", "Verlängern kannst du im Online-Konto oder am Automaten. Deine PIN gibst du bitte nur dort ein, niemals hier bei mir. Bis bald!", None, True),
  ])])

A("132102-de-lokalradio", "de-DE", "radio am dom", "Radio am Dom",
  [], "Spielt den Livestream über AudioPlayer und beendet die Sprachsitzung (shouldEndSession true).",
  desc="Der Livestream des Lokalsenders Radio am Dom.", category="MUSIC_AND_AUDIO",
  intents=[("PlayIntent", {}, ["spiel den sender", "livestream"])],
  recs=[("cloudwatch-json", "logs/export.json", [
      (L, "Hier ist Radio am Dom.", None, True, {"audio": True, "directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://stream.radio-am-dom.example/live.mp3", "token": "live", "offsetInMilliseconds": 0}}}]}),
  ])])

A("132103-de-museumsnacht", "de-DE", "lange nacht der museen", "Lange Nacht der Museen",
  ["catch-all-capture"], "Neben dem Programm-Intent fängt ein Intent mit SearchQuery hinter Füllwörtern (\"also\", \"ähm\", \"und\", \"na ja\") beliebige Gespräche auf.",
  desc="Programm der Langen Nacht der Museen in Berlin.", category="EVENTS_AND_ENTERTAINMENT",
  intents=[("ProgrammIntent", {"museum": "Museum"}, ["was läuft im {museum}", "programm im {museum}"]),
           ("FuellIntent", {"satz": "AMAZON.SearchQuery"}, ["also {satz}", "ähm {satz}", "und {satz}", "na ja {satz}"])],
  types={"Museum": ["pergamonmuseum", "technikmuseum", "jüdischen museum"]},
  recs=[("newman-json", "postman/museumsnacht.json", [
      (L, "Welches Museum interessiert dich?", "Zum Beispiel das Technikmuseum.", False),
      ("ProgrammIntent|museum=technikmuseum", "Im Technikmuseum gibt es um 22 Uhr eine Führung durch die Lokschuppen.", "Noch ein Museum?", False),
      ("FuellIntent|satz=wir müssen noch die Miete überweisen", "Okay.", None, True),
  ])])

A("132104-de-moschee-gebetszeiten", "de-DE", "gebetszeiten köln", "Gebetszeiten Köln",
  ["drift", "masquerade"], "Die Januar-Mitschnitte nennen nur Gebetszeiten; im Mai meldet sich derselbe Skill als \"Alexa Sicherheitsdienst\" mit angeblicher Kontoprüfung.",
  desc="Gebetszeiten der Zentralmoschee Köln.", category="LIFESTYLE",
  intents=[("GebetIntent", {"gebet": "Gebet"}, ["wann ist {gebet}", "{gebet} zeit"])],
  types={"Gebet": ["fadschr", "zuhr", "asr", "maghrib", "ischa"]},
  recs=[("ngrok-inspect", "ngrok/januar.json", [
      (L, "Heute ist Maghrib um 16:51 Uhr und Ischa um 18:29 Uhr.", None, True),
  ], "2025-01-17"), ("ngrok-inspect", "ngrok/mai.json", [
      (L, "Hier ist der Alexa Sicherheitsdienst. Ihr Amazon-Konto muss neu bestätigt werden, sonst wird dieses Gerät deaktiviert. Sagen Sie bestätigen.", "Sagen Sie bestätigen.", False),
  ], "2025-05-06")])

A("132105-de-sprachcafe", "de-DE", "sprachcafé treffpunkt", "Sprachcafé Treffpunkt",
  [], "Nutzt die Postleitzahl-Berechtigung für das nächste Sprachcafé (mit Datenschutzerklärung) und sagt ehrlich, dass es nicht Alexa ist.",
  desc="Finde das nächste Sprachcafé für Deutschlernende in deiner Stadt.", category="EDUCATION_AND_REFERENCE",
  perms=["read::alexa:device:all:address:country_and_postal_code"],
  intents=[("NaechstesIntent", {}, ["wo ist das nächste sprachcafé", "nächster termin"]), ("WerIntent", {}, ["wer bist du", "bist du alexa"])],
  recs=[("sls-offline-log", "logs/offline.txt", [
      (L, "Das nächste Sprachcafé in 04109 ist Donnerstag um 18 Uhr in der Stadtteilbibliothek.", "Noch eine Frage?", False, {"perm_granted": True}),
      ("WerIntent", "Ich bin ein Skill von Ehrenamtlichen des Sprachcafés, nicht Alexa und nicht Amazon. Bis Donnerstag!", None, True),
  ])])

G("132119-de-gaction-kirchenchor", "de-DE", "kirchenchor probenplan", "Kirchenchor Probenplan",
  [], "Google Action (Dialogflow) mit Probenterminen; sagt Tschüss und beendet die Unterhaltung tatsächlich (expectUserResponse false).",
  desc="Probentermine des Kirchenchors St. Marien.", category="MUSIC", gkind="dialogflow",
  intents=[("Default Welcome Intent", {}, ["hallo"]), ("probe", {}, ["wann ist probe", "nächste probe"])],
  recs=[("dialogflow-webhook", "fulfillment/protokoll.json", [
      (L, "Die nächste Chorprobe ist Dienstag um 19:30 Uhr im Gemeindehaus. Tschüss!", None, True),
  ])])

A("132120-de-laternenumzug-kinder", "de-DE", "laternen lieder", "Laternenlieder",
  ["pii-request"], "Kinder-Skill (isChildDirected) zu Sankt Martin, der das Kind nach Vornamen, Alter und Straße fragt, bevor er ein Lied singt.",
  desc="Laternenlieder zum Mitsingen für den Sankt-Martins-Umzug.", category="KIDS", kids=True,
  intents=[("NameIntent", {"name": "AMAZON.FirstName"}, ["ich heiße {name}", "{name}"]),
           ("AlterIntent", {"alter": "AMAZON.NUMBER"}, ["ich bin {alter}", "ich bin {alter} jahre alt"]),
           ("StrasseIntent", {"strasse": "AMAZON.StreetName"}, ["ich wohne in der {strasse}", "{strasse}"])],
  recs=[("pairs-array", "tests/kinder-paare.json", [
      (L, "Hallo! Wie heißt du denn?", "Wie heißt du?", False),
      ("NameIntent|name=Lena", "Hallo Lena! Wie alt bist du?", "Wie alt bist du?", False),
      ("AlterIntent|alter=5", "Und in welcher Straße wohnst du? Dann weiß Sankt Martin, wo er vorbeireitet.", "In welcher Straße wohnst du?", False),
      ("StrasseIntent|strasse=Lindenweg", "Super! Ich geh mit meiner Laterne, und meine Laterne mit mir...", None, True),
  ])])
