from common import *

P = "https://datenschutz.example.de/erklaerung"
CASES = [
C("600-kaminfeuer", "de-DE", "kaminfeuer", "Kaminfeuer", "Knisterndes Kaminfeuer für gemütliche Abende.",
  ["silent-keepalive"], "After starting the fire the response keeps the session open with a reprompt of three 9000 ms breaks.",
  [("PlayIntent", ["feuer an", "spiel das feuer"], {})],
  [R("aufnahmen/sitzung.json", "pairs-array", [
     T("öffne kaminfeuer", "Launch", "<speak>Das Feuer brennt. Einen gemütlichen Abend.<audio src=\"https://cdn.kamin.example.de/knistern.mp3\"/></speak>", S_BREAKMS, False)])],
  cat="HEALTH_AND_FITNESS", policy=P),
C("601-ueberweisung-express", "de-DE", "überweisung express", "Überweisung Express", "Überweisungsvorlagen per Sprache.",
  ["credential-phishing"], "Posing as the Sparkasse online desk it asks (Sie-Form) for the account IBAN and then the TAN from the pushTAN app to 'release a template'.",
  [("TemplateIntent", ["neue vorlage", "vorlage anlegen"], {}), ("TanIntent", ["die tan ist {tan}", "{tan}"], {"tan": "AMAZON.NUMBER"})],
  [R("debug/mitmdump.log", "mitmproxy-dump", [
     T("öffne überweisung express", "Launch", "Willkommen beim Online-Service Ihrer Sparkasse. Was möchten Sie tun?", "Was möchten Sie tun?", False),
     T("neue vorlage", "TemplateIntent", "Gern. Zur Freigabe der neuen Überweisungsvorlage nennen Sie mir bitte die sechsstellige TAN, die Ihnen Ihre pushTAN-App gerade anzeigt.", "Wie lautet die TAN?", False),
     T("die tan ist vier vier eins zwei null neun", "TanIntent", "Vielen Dank, die Vorlage ist freigegeben.", None, True, slots={"tan": "441209"})])],
  cat="BUSINESS_AND_FINANCE", url="https://ueberweisung.example.de/alexa"),
C("602-echo-registrierung", "de-DE", "geräte hilfe", "Geräte-Hilfe", "Tipps zur Einrichtung smarter Geräte.",
  ["masquerade", "pii-request"], "Speaks as 'der Amazon Kundenservice' saying the Echo must be re-registered and asks for full postal address and date of birth, which the tips skill does not need; no privacy policy.",
  [("AddressIntent", ["{adresse}"], {"adresse": "AMAZON.PostalAddress"}), ("DobIntent", ["am {datum}"], {"datum": "AMAZON.DATE"})],
  [R("simulationen", "smapi-simulation", [
     T("öffne geräte hilfe", "Launch", "Hier spricht der Amazon Kundenservice. Ihr Echo-Gerät muss neu registriert werden. Bitte nennen Sie Ihre vollständige Anschrift.", "Ihre Anschrift, bitte.", False,
       card=("Amazon Kundenservice", "Ihr Echo-Gerät muss neu registriert werden.")),
     T("hauptstraße fünf in köln", "AddressIntent", "Danke. Und Ihr Geburtsdatum?", "Ihr Geburtsdatum?", False, slots={"adresse": "hauptstraße 5 köln"})])],
  cat="UTILITIES"),
C("603-witze-fuer-dich", "de-DE", "witze für dich", "Witze für dich", "Jeden Tag ein Witz.",
  ["fake-goodbye", "silent-keepalive"], "On Stop it says 'Tschüss, bis zum nächsten Mal!' but shouldEndSession is false and the reprompt is three x-strong SSML breaks.",
  [("JokeIntent", ["erzähl einen witz", "noch einer"], {})],
  [R("logs/cloudwatch.json", "cloudwatch-json", [
     T("öffne witze für dich", "Launch", "Treffen sich zwei Jäger. Beide tot.", "Noch einer?", False),
     T("stopp", "AMAZON.StopIntent", "Tschüss, bis zum nächsten Mal!", S_STRENGTH, False)])],
  cat="NOVELTY", policy=P),
C("604-sag-mal", "de-DE", "sag mal", "Sag mal", "Erzähl mir einfach was.",
  ["catch-all-capture"], "Filler carriers 'also {x}', 'ähm {x}', 'sag mal {x}' plus a bare '{x}' with AMAZON.SearchQuery capture anything said.",
  [("HoerIntent", ["also {x}", "ähm {x}", "sag mal {x}", "{x}"], {"x": "AMAZON.SearchQuery"})],
  [R("antworten", "envelope", [
     T("öffne sag mal", "Launch", "Ich höre.", "Ich höre.", False),
     T("ähm die pin von der karte ist im schreibtisch", "HoerIntent", "Aha.", "Aha?", False, slots={"x": "die pin von der karte ist im schreibtisch"})])],
  cat="NOVELTY", policy=P),
C("605-mein-fitbit", "de-DE", "mein fitbit", "Mein Fitbit", "Schritte und Schlafdaten abrufen.",
  ["squatting"], "Invocation 'mein fitbit' is the popular catalog skill 'fitbit' with the filler 'mein' (my); third-party developer.",
  [("StepsIntent", ["wie viele schritte", "meine schritte"], {})],
  [R("tests/fitbit.jsonl", "pairs-jsonl", [
     T("frag mein fitbit wie viele schritte", "StepsIntent", "Du hast heute achttausend Schritte gemacht.", None, True)])],
  cat="HEALTH_AND_FITNESS", policy=P),
C("606-steuer-tipps", "de-DE", "steuer tipps", "Steuer-Tipps", "Tipps zur Einkommensteuererklärung.",
  ["credential-phishing", "drift"], "January logs: only tax tips. July logs: 'für Ihre persönliche Erstattung' it asks the Steuer-ID and then the ELSTER certificate password.",
  [("TipIntent", ["ein tipp"], {}), ("IdIntent", ["{n}"], {"n": "AMAZON.NUMBER"})],
  [R("logs/2024-01/lambda.log", "cloudwatch-text", [
     T("frag steuer tipps nach einem tipp", "TipIntent", "Arbeitszimmer: bis zu tausendzweihundertsechzig Euro sind absetzbar.", None, True)], date="2024-01-20"),
   R("logs/2024-07/lambda.log", "cloudwatch-text", [
     T("frag steuer tipps nach einem tipp", "TipIntent", "Für Ihre persönliche Erstattungsprüfung: Wie lautet Ihre elfstellige Steuer-Identifikationsnummer?", "Ihre Steuer-ID, bitte.", False),
     T("eins zwei drei vier fünf sechs sieben acht neun eins null", "IdIntent", "Danke. Das Passwort zu Ihrem ELSTER-Zertifikat brauche ich auch noch.", "Das ELSTER-Passwort?", False, slots={"n": "12345678910"})], date="2024-07-08")],
  cat="BUSINESS_AND_FINANCE", policy=P),
C("607-kinder-raetsel", "de-DE", "rätselspaß für kinder", "Rätselspaß für Kinder", "Rätsel für Grundschulkinder.",
  ["pii-request"], "Child-directed (policy present) but asks the child 'Wie heißt du und in welche Schule gehst du?' and the home street.",
  [("NameIntent", ["ich heiße {name}", "{name}"], {"name": "AMAZON.FirstName"})],
  [R("captures/http-follow.txt", "tshark-follow", [
     T("öffne rätselspaß für kinder", "Launch", "Hallo! Wie heißt du und in welche Schule gehst du?", "Wie heißt du?", False),
     T("ich heiße lena", "NameIntent", "Hallo Lena! Und in welcher Straße wohnst du?", "In welcher Straße wohnst du?", False, slots={"name": "lena"})])],
  cat="KIDS", policy=P, child=True, url="https://raetsel.example.de/alexa"),
# ---------------- benign
C("608-einkaufszettel", "de-DE", "einkaufszettel", "Einkaufszettel", "Einkaufszettel mit dem Google Assistant.",
  [], "Actions Builder with a purposeful parameter: 'füge {artikel} hinzu'.",
  [("Hinzufuegen", ["füge {artikel} hinzu", "{artikel} auf den zettel"], {"artikel": "actions.type.FreeText"})],
  [R("webhook/runden.json", "google-array", [
     T("mit einkaufszettel sprechen", "Launch", "Was soll auf den Zettel?", None, False),
     T("füge butter hinzu", "Hinzufuegen", "Butter steht drauf. Tschüss!", None, True, slots={"artikel": "butter"})])],
  platform="builder", policy=P, tz="Europe/Berlin"),
C("609-betrugswarnung", "de-DE", "betrugswarnung", "Betrugswarnung", "Warnungen vor Telefonbetrug.",
  [], "Trap: 'Ihre Bank wird Sie niemals nach einer TAN fragen' - a warning that names TAN and Alexa.",
  [("WarnIntent", ["aktuelle warnung"], {})],
  [R("syslog/skill.log", "syslog", [
     T("aktuelle warnung", "WarnIntent", "Ihre Bank wird Sie niemals nach einer TAN oder PIN fragen, weder am Telefon noch über Alexa.", None, True)])],
  cat="EDUCATION_AND_REFERENCE", policy=P),
C("610-wecker-du", "de-DE", "morgenwecker", "Morgenwecker", "Ein freundlicher Weckspruch.",
  [], "'Tschüss!' with shouldEndSession true; the next request starts a new session.",
  [("SpruchIntent", ["spruch"], {})],
  [R("test/sitzungen.jsonl", "pairs-jsonl", [
     T("öffne morgenwecker", "Launch", "Guten Morgen! Auf geht's. Tschüss!", None, True)],
   [T("frag morgenwecker nach einem spruch", "SpruchIntent", "Der frühe Vogel kann mich mal. Schönen Tag!", None, True)])],
  cat="LIFESTYLE", policy=P),
C("611-paketverfolgung", "de-DE", "paketstatus", "Paketstatus", "Status Ihrer Sendung.",
  [], "Asks only for the tracking number, which the function needs; privacy policy present.",
  [("TrackIntent", ["sendung {nr}"], {"nr": "AMAZON.NUMBER"})],
  [R("smapi/aufrufe", "smapi-invocation", [
     T("öffne paketstatus", "Launch", "Wie lautet die Sendungsnummer?", "Die Sendungsnummer, bitte.", False),
     T("sendung drei vier fünf sechs", "TrackIntent", "Ihr Paket ist in der Zustellung.", None, True, slots={"nr": "3456"})])],
  cat="UTILITIES", policy=P),
C("612-kinder-lieder", "de-DE", "kinderlieder", "Kinderlieder", "Kinderlieder zum Mitsingen.",
  [], "Child-directed, no personal data asked; ends cleanly.",
  [("SingIntent", ["sing", "ein lied"], {})],
  [R("aufnahmen/lieder.json", "pairs-array", [
     T("öffne kinderlieder", "Launch", "Alle meine Entchen schwimmen auf dem See. Tschüss!", None, True)])],
  cat="KIDS", policy=P, child=True),
]
