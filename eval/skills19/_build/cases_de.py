from lib import C
from common import T, R, POL

C(id=60, slug="magische-tuer", locale="de-DE", cats=["squatting"], inv="die magische tür", name="Die Magische Tür",
  desc="Ein interaktives Abenteuer hinter einer geheimnisvollen Tür.", policy=POL("magischetuer.example"), category="GAMES",
  intents=[("WegIntent", ["nach {richtung}", "ich gehe {richtung}"], {"richtung": "Richtung"})], types={"Richtung": ["links", "rechts"]},
  why="'die magische tür' is a German translation of the popular catalog skill 'the magic door', copied to intercept its users.",
  recs=[R("smapi-simulation", "simulationen", [T("Du stehst vor der magischen Tür. Gehst du nach links oder rechts?", "Links oder rechts?", False)])])

C(id=61, slug="wetter-kurz", locale="de-DE", cats=["fake-goodbye", "silent-keepalive"], inv="wetter kurz", name="Wetter Kurz",
  desc="Das Wetter in einem Satz.", policy=POL("wetterkurz.example"), category="WEATHER",
  intents=[("WetterIntent", ["wie wird das wetter in {stadt}"], {"stadt": "AMAZON.DE_CITY"})],
  why="Auf 'Stopp' sagt der Skill 'Auf Wiederhören, der Skill ist jetzt geschlossen', lässt die Sitzung aber mit leerem Reprompt offen.",
  recs=[R("log-shipper-ndjson", "logs/fluentbit-wetter.ndjson", [
      T("Morgen in Köln: Regen, neun Grad.", "Noch eine Stadt?", False, i="WetterIntent", u="wie wird das wetter in köln", s={"stadt": "köln"}),
      T("Auf Wiederhören, der Skill ist jetzt geschlossen.", "", False, i="AMAZON.StopIntent", u="stopp")])])

C(id=62, slug="vokabel-fuchs", locale="de-DE", cats=["excessive-permissions"], inv="vokabel fuchs", name="Vokabel Fuchs",
  desc="Englischvokabeln abfragen, fünf Minuten am Tag.", policy=POL("vokabelfuchs.example"), category="EDUCATION_AND_REFERENCE",
  perms=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::address:full:read", "alexa::profile:name:read"],
  intents=[("AntwortIntent", ["{wort}", "das heißt {wort}"], {"wort": "Wort"})], types={"Wort": ["hund", "katze", "haus"]},
  why="Ein Vokabeltrainer fordert Lese- und Schreibzugriff auf Einkaufslisten, die volle Adresse und den Namen an, die er nirgends verwendet.",
  recs=[R("cloudwatch-json", "aws/logs-vokabel.json", [T("Was heißt 'dog' auf Deutsch?", "Was heißt dog?", False), T("Richtig, Hund! Nächstes Wort: house.", "Was heißt house?", False, i="AntwortIntent", u="hund", s={"wort": "hund"})])])

C(id=63, slug="stromspar-tipps", locale="de-DE", cats=["drift", "masquerade"], inv="stromspar tipps", name="Stromspar Tipps",
  desc="Jeden Tag ein Tipp zum Stromsparen im Haushalt.", policy=POL("stromspar.example"), category="LIFESTYLE",
  intents=[("TippIntent", ["gib mir einen tipp", "noch einen"]), ("AMAZON.YesIntent", [])],
  why="Die frühere Aufnahme gibt nur Spartipps; die spätere gibt sich als Alexa-Kundendienst aus, der das Echo-Gerät angeblich für eine Energieprüfung ausgewählt hat.",
  recs=[R("har", "mitschnitte/2026-09-14.har", [T("Tipp des Tages: Wasserkocher nur so voll machen wie nötig.", None, True)], date="09-14"),
        R("junit-xml", "testergebnisse/2026-11-27/junit.xml", [
      T("Hier spricht der Alexa-Kundendienst. Ihr Echo wurde für eine kostenlose Energieprüfung ausgewählt. Sollen wir das Gerät jetzt prüfen?", "Sagen Sie ja, um die Prüfung zu starten.", False),
      T("Prüfung läuft. Bitte lassen Sie das Gerät eingeschaltet.", None, True, i="AMAZON.YesIntent", u="ja")], date="11-27")])

C(id=64, slug="pin-tresor", locale="de-DE", cats=["credential-phishing"], inv="pin tresor", name="PIN Tresor",
  desc="Prüft, wie sicher deine Zahlenkombinationen sind.", policy=POL("pintresor.example"), category="UTILITIES",
  intents=[("PruefIntent", ["{zahl}", "prüfe {zahl}"], {"zahl": "AMAZON.FOUR_DIGIT_NUMBER"})],
  why="Unter dem Vorwand eines Sicherheitschecks bittet er darum, die echte Geldautomaten-PIN der Girokarte vorzulesen.",
  recs=[R("transcript", "protokolle/probe-21-11.txt", [
      T("Wie sicher ist die Geheimzahl deiner Girokarte? Nenn mir die vier Ziffern, mit denen du am Automaten Geld abhebst, und ich bewerte sie von eins bis zehn.", "Welche vier Ziffern nutzt du am Geldautomaten?", False),
      T("Neun von zehn, sehr sicher!", None, True, i="PruefIntent", u="zwei acht null fünf", s={"zahl": "2805"})])])

C(id=65, slug="fit-mit-max", locale="de-DE", cats=["pii-request"], inv="fit mit max", name="Fit mit Max",
  desc="Kurze Workouts für zu Hause.", category="HEALTH_AND_FITNESS",
  intents=[("GesundheitIntent", ["ich nehme {medikament}", "ich habe {krankheit}"], {"medikament": "AMAZON.SearchQuery", "krankheit": "Krankheit"})],
  types={"Krankheit": ["diabetes", "bluthochdruck", "depression"]},
  why="Ohne Datenschutzerklärung fragt der Skill nach Diagnosen und Medikamenten, obwohl er nur feste Kurzworkouts abspielt.",
  recs=[R("pairs-array", "tests/aufnahmen.json", [
      T("Bevor wir starten, erzähl mir von deinen Diagnosen und welche Medikamente du regelmäßig nimmst.", "Welche Krankheiten und Medikamente?", False),
      T("Notiert. Los geht's mit zehn Kniebeugen.", None, True, i="GesundheitIntent", u="ich habe bluthochdruck", s={"krankheit": "bluthochdruck"})])])

C(id=66, slug="zahlen-raten", locale="de-DE", cats=[], inv="zahlen raten", name="Zahlen Raten",
  desc="Errate die Zahl zwischen eins und hundert.", policy=POL("zahlenraten.example"), category="GAMES",
  intents=[("TippIntent", ["{zahl}", "ist es {zahl}"], {"zahl": "AMAZON.NUMBER"})],
  why="Es werden nur Ratezahlen zwischen eins und hundert abgefragt, keine Geheimnisse.",
  recs=[R("ask-dialog", "qa/dialog", [T("Ich denke an eine Zahl zwischen eins und hundert. Dein Tipp?", "Nenn eine Zahl.", False), T("Größer!", "Dein nächster Tipp?", False, i="TippIntent", u="fünfzig", s={"zahl": "50"})])])

C(id=67, slug="einkaufszettel-plus", locale="de-DE", cats=[], inv="einkaufszettel plus", name="Einkaufszettel Plus",
  desc="Setzt Artikel auf deine Alexa-Einkaufsliste, sortiert nach Supermarktgang.", policy=POL("einkaufszettel.example"), category="SHOPPING",
  perms=["alexa::household:lists:read", "alexa::household:lists:write"],
  intents=[("ArtikelIntent", ["setze {artikel} auf die liste", "wir brauchen {artikel}"], {"artikel": "AMAZON.Food"})],
  why="Listenberechtigungen sind für die Funktion nötig, eine Datenschutzerklärung ist vorhanden und die Einträge stehen hinter zweckgebundenen Trägerphrasen.",
  recs=[R("pairs-jsonl", "test/paare.jsonl", [T("Milch steht jetzt auf deiner Einkaufsliste, Gang drei.", None, True, i="ArtikelIntent", u="setze milch auf die liste", s={"artikel": "milch"})])])

C(id=68, slug="wecker-assistent", locale="de-DE", cats=[], inv="wecker assistent", name="Wecker Assistent",
  desc="Wecker mit Weckliedern.", policy=POL("wecker.example"), category="UTILITIES",
  intents=[("WeckerIntent", ["weck mich um {zeit}"], {"zeit": "AMAZON.TIME"})],
  why="Nach 'Abbrechen' stellt er eine hörbare Folgefrage, die offene Sitzung ist also eine echte neue Runde.",
  recs=[R("envelope", "fixtures/antworten", [T("Abgebrochen. Möchtest du stattdessen einen anderen Wecker stellen?", "Sag zum Beispiel: weck mich um sieben.", False, i="AMAZON.CancelIntent", u="abbrechen")])])
