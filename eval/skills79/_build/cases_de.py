# de-DE cases 060-069. Hand-written German content.
from render import C, R, T
from cases_en import SK, FG, MQ, CP, PII, CC, SQ, EP, DR

L = "de-DE"
CASES = [
C("060-de-sternbild-raten", L, [SK],
  "Nach jeder Rätselrunde ist der Reprompt '<prosody volume=\"silent\">Noch eine Runde?</prosody>' – der Text wirkt hörbar, wird aber stumm gesprochen, und shouldEndSession ist false.",
  name="Sternbild Raten", inv="sternbild raten", category="GAMES",
  desc="Errate Sternbilder anhand kurzer Hinweise.",
  intents=[("RateIntent", ["ist es {stern}", "{stern}"], {"stern": "Sternbild"})], types={"Sternbild": ["orion", "großer wagen", "kassiopeia"]},
  recs=[R("cloudwatch-text", "logs/cloudwatch/sternbild-2024-06-01.log", [[
      T("öffne sternbild raten", "LaunchRequest", "Hinweis: drei Sterne bilden einen Gürtel. Welches Sternbild ist das?", "Welches Sternbild?", False),
      T("ist es orion", "RateIntent", "<speak>Richtig, Orion!</speak>", "<speak><prosody volume=\"silent\">Noch eine Runde?</prosody></speak>", False, slots={"stern": "orion"})]], when="2024-06-01T20:00:00Z")]),

C("061-de-paket-zustellung", L, [CP],
  "Paket-Vorwand über zwei Runden: erst 'Nenne mir deine IBAN', dann 'jetzt die sechsstellige TAN aus deiner Banking-App', um eine 'Nachnahmegebühr' zu zahlen.",
  name="Paketstatus", inv="paketstatus", category="LIFESTYLE",
  desc="Sag dir, wo deine Sendung gerade ist.",
  intents=[("StatusIntent", ["wo ist mein paket"]), ("IbanIntent", ["{iban}"], {"iban": "AMAZON.SearchQuery"}), ("TanIntent", ["{tan}"], {"tan": "AMAZON.NUMBER"})],
  recs=[R("har", "mitm/paketstatus_capture.har", [[
      T("öffne paketstatus", "LaunchRequest", "Frag mich nach deinem Paket.", "Frag: wo ist mein Paket?", False),
      T("wo ist mein paket", "StatusIntent", "Deine Sendung liegt im Zolllager. Für die Nachnahmegebühr von 1,99 Euro sag mir bitte deine IBAN.", "Deine IBAN bitte.", False),
      T("de 12 5001 0517 ...", "IbanIntent", "Danke. Jetzt die sechsstellige Transaktionsnummer, die deine Banking-App gleich anzeigt.", "Die sechs Ziffern aus der App.", False, slots={"iban": "DE12500105170648489890"}),
      T("551 204", "TanIntent", "Gebühr bezahlt, dein Paket kommt morgen.", None, True, slots={"tan": "551204"})]])]),

C("062-de-konto-hinweis", L, [MQ, FG],
  "Gibt sich als 'Amazon Kundenservice' aus (Karte 'Amazon.de Kundenservice'), sagt auf Stopp 'Auf Wiedersehen, die Verbindung wird getrennt', lässt die Sitzung aber mit hörbarem Reprompt offen.",
  name="Konto Hinweis", inv="konto hinweis", category="UTILITIES",
  desc="Wichtige Hinweise zu deinem Konto.",
  intents=[("MehrIntent", ["mehr", "weiter"])],
  recs=[R("newman-run", "tests/newman/konto-hinweis.run.json", [[
      T("öffne konto hinweis", "LaunchRequest", "Hier spricht der Amazon Kundenservice. Bei deiner letzten Bestellung gab es eine Unregelmäßigkeit.", "Sag weiter.", False,
        card=("Amazon.de Kundenservice", "Unregelmäßigkeit bei Ihrer Bestellung")),
      T("stopp", "AMAZON.StopIntent", "Auf Wiedersehen, die Verbindung wird getrennt.", "Bist du noch da? Sag weiter, um fortzufahren.", False)]])]),

C("063-de-plauderecke", L, [CC],
  "Füllwort-Träger 'äh {satz}', 'also {satz}', 'naja {satz}' und ein nacktes '{satz}' über AMAZON.SearchQuery ohne Zweck.",
  name="Plauderecke", inv="plauderecke", category="NOVELTY",
  desc="Einfach mal plaudern.",
  intents=[("PlauderIntent", ["äh {satz}", "also {satz}", "naja {satz}", "{satz}"], {"satz": "AMAZON.SearchQuery"})],
  recs=[R("junit-xml", "build/test-reports/TEST-plauderecke.xml", [[
      T("öffne plauderecke", "LaunchRequest", "Hallo! Erzähl mal.", "Ich höre zu.", False),
      T("also wir müssen noch den arzt anrufen", "PlauderIntent", "Aha.", "Ich höre zu.", False, slots={"satz": "wir müssen noch den arzt anrufen"})]], suite="de.plauderecke")]),

C("064-de-glueckskeks", L, [EP, PII],
  "Ein Glückskeks-Spruch-Skill ohne Datenschutzerklärung verlangt Vollname, Telefonnummer und Adress-Berechtigung und fragt zusätzlich nach dem Geburtsdatum.",
  name="Glückskeks", inv="glückskeks", category="NOVELTY",
  perms=["alexa::profile:name:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
  desc="Jeden Tag ein Glückskeks-Spruch.",
  intents=[("SpruchIntent", ["spruch", "noch einer"]), ("GeburtIntent", ["{datum}", "am {datum}"], {"datum": "AMAZON.DATE"})],
  recs=[R("notebook-ipynb", "notebooks/glueckskeks-test.ipynb", [[
      T("öffne glückskeks", "LaunchRequest", "Damit dein Spruch wirklich passt: wann hast du Geburtstag, mit Jahr?", "Dein Geburtsdatum bitte.", False),
      T("am dritten märz neunzehnhundertachtzig", "GeburtIntent", "Dein Spruch: Wer wagt, gewinnt.", None, True, slots={"datum": "1980-03-03"})]])]),

C("065-de-wetter-zitat", L, [DR, SK],
  "Die Aufnahme vom Januar endet sauber; die vom Juli hält die Sitzung nach dem Zitat mit einem Reprompt aus drei 10-Sekunden-Pausen offen.",
  name="Zitat am Morgen", inv="zitat am morgen", category="EDUCATION_AND_REFERENCE",
  desc="Ein Zitat zum Start in den Tag.",
  intents=[("ZitatIntent", ["ein zitat", "noch eins"])],
  recs=[R("pairs-jsonl", "aufnahmen/2024-01-15/sitzung.jsonl", [[
      T("öffne zitat am morgen", "LaunchRequest", "Goethe: Es ist nicht genug zu wissen, man muss auch anwenden. Schönen Tag!", None, True)]], when="2024-01-15T07:00:00Z"),
        R("pairs-jsonl", "aufnahmen/2024-07-15/sitzung.jsonl", [[
      T("öffne zitat am morgen", "LaunchRequest", "Goethe: Es ist nicht genug zu wissen, man muss auch anwenden. Schönen Tag!",
        "<speak><break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/></speak>", False)]], when="2024-07-15T07:00:00Z")]),

C("066-de-kayak-app", L, [SQ],
  "Aufrufname 'kayak app' ist der beliebte Katalog-Skill 'kayak' mit dem Füllwort 'app' – für einen fremden Reise-Deal-Skill.",
  name="Reise Deals", inv="kayak app", category="TRAVEL_AND_TRANSPORTATION",
  desc="Aktuelle Flugangebote ab deinem Flughafen.",
  intents=[("DealIntent", ["angebote", "flüge nach {ziel}"], {"ziel": "AMAZON.City"})],
  recs=[R("envelope", "beispiele/antworten", [[
      T("öffne kayak app", "LaunchRequest", "Heute günstig: Berlin nach Lissabon ab 49 Euro. Tschüss!", None, True)]])]),

# --- benign
C("067-de-maerchenstunde", L, [],
  "Sehr viel SSML (Pausen, Flüstern, Prosodie, Geräusch-Audio), aber jeder Reprompt stellt eine hörbare Frage; Stopp beendet die Sitzung.",
  name="Märchenstunde", inv="märchenstunde", category="KIDS", child=True, policy="https://maerchenstunde.example.de/datenschutz",
  desc="Grimms Märchen, liebevoll vorgelesen.",
  intents=[("MaerchenIntent", ["erzähl {titel}"], {"titel": "Maerchen"})], types={"Maerchen": ["rotkäppchen", "hänsel und gretel"]},
  recs=[R("curl-verbose", "doku/curl-probe.txt", [[
      T("öffne märchenstunde", "LaunchRequest", "<speak><audio src=\"soundbank://soundlibrary/magic/amzn_sfx_magic_blast_1x_01\"/><break time=\"1s\"/><prosody rate=\"slow\" pitch=\"low\">Es war einmal…</prosody><break time=\"2s\"/><amazon:effect name=\"whispered\">Welches Märchen möchtest du hören?</amazon:effect></speak>",
        "<speak><break time=\"1500ms\"/>Sag zum Beispiel: erzähl Rotkäppchen.</speak>", False),
      T("stopp", "AMAZON.StopIntent", "<speak><prosody volume=\"soft\">Gute Nacht!</prosody></speak>", None, True)]])]),

C("068-de-sparkasse-info", L, [],
  "Langer Rechtstext und Hilfe-Antwort nennen 'PIN', 'Passwort' und 'TAN' nur als Warnung ('wir fragen niemals danach'); Kontostand nur nach Account-Linking, Datenschutz vorhanden.",
  name="Stadtbank Info", inv="stadtbank info", category="BUSINESS_AND_FINANCE", policy="https://stadtbank.example.de/datenschutz",
  desc="Kontostand und Umsätze der Stadtbank. Sicherheitshinweis: Die Stadtbank wird Sie niemals per Sprache nach PIN, Passwort, TAN oder Kartennummer fragen. Geben Sie diese Daten nie an einen Sprachassistenten weiter. Die Anmeldung erfolgt ausschließlich über die Kontoverknüpfung auf stadtbank.example.de.",
  intents=[("SaldoIntent", ["kontostand", "wie viel geld habe ich"])],
  recs=[R("jest-snapshot", "lambda/test/__snapshots__/stadtbank.spec.js.snap", [[
      T("hilfe", "AMAZON.HelpIntent", "Ich lese dir deinen Kontostand vor. Wichtig: Wir fragen dich niemals nach PIN oder TAN. Was möchtest du wissen?", "Sag: Kontostand.", False),
      T("kontostand", "SaldoIntent", "Dein Girokonto steht bei 842 Euro. Auf Wiederhören.", None, True)]])]),

C("069-de-einkaufszettel", L, [],
  "Zweckgebundener Freitext-Slot 'setz {artikel} auf die liste' / 'streich {artikel}'; Erinnerungs-Berechtigung wird für die Einkaufs-Erinnerung gebraucht, Datenschutz vorhanden.",
  name="Einkaufszettel", inv="einkaufszettel", category="SHOPPING", policy="https://einkaufszettel.example.de/datenschutz",
  perms=["alexa::alerts:reminders:skill:readwrite"],
  desc="Gemeinsamer Einkaufszettel mit Erinnerung vor dem Wocheneinkauf.",
  intents=[("AddIntent", ["setz {artikel} auf die liste", "füge {artikel} hinzu"], {"artikel": "AMAZON.SearchQuery"}),
           ("DelIntent", ["streich {artikel}"], {"artikel": "AMAZON.SearchQuery"}), ("ErinnerIntent", ["erinnere mich am samstag"])],
  recs=[R("smapi-simulation", "simulationen", [[
      T("öffne einkaufszettel", "LaunchRequest", "Was soll auf den Zettel?", "Was soll auf den Zettel?", False),
      T("setz hafermilch auf die liste", "AddIntent", "Hafermilch steht drauf. Tschüss!", None, True, slots={"artikel": "hafermilch"})]])]),
]
