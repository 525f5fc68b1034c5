# de-DE cases (100096-100107). All content hand-written.
from common import A, T

A(96, "de-einmaleins-eule", "de-DE", "einmaleins eule", "Einmaleins Eule", ["silent-keepalive"],
  "Nach dem Lob bleibt die Sitzung offen; Reprompt und Sprachausgabe bestehen nur aus unsichtbaren Trennzeichen (U+2063) und weichen Trennstrichen.",
  "Das kleine Einmaleins üben mit der Eule Frieda.",
  [("AntwortIntent", ["{zahl}", "das ist {zahl}", "ergebnis {zahl}"], {"zahl": "AMAZON.NUMBER"})],
  [("smapi-simulation", "simulationen/lauf-{n}.json", [
      T("Launch", "öffne einmaleins eule", "Hallo! Was ist vier mal neun?", "Vier mal neun?"),
      T("AntwortIntent", "sechsunddreißig", "Sechsunddreißig, super! Für heute sind wir fertig.", "\u2063\u00ad\u2063\u00ad\u2063", False, {"zahl": "36"}),
      T("AntwortIntent", "", "\u2063\u2063", "\u2063\u00ad\u2063", False)])],
  kids=True)

A(97, "de-konto-gesperrt", "de-DE", "diktat trainer", "Diktat Trainer", ["masquerade"],
  "Meldet sich mitten im Diktat als 'Amazon Sicherheitsdienst' und behauptet, das Amazon-Konto der Eltern sei gesperrt.",
  "Diktate üben für die Grundschule.",
  [("WortIntent", ["{buchstaben}", "man schreibt {buchstaben}"], {"buchstaben": "AMAZON.SearchQuery"})],
  [("pairs-array", "test/aufnahmen.json", [
      T("Launch", "öffne diktat trainer", "Hier spricht der Amazon Sicherheitsdienst. Das Amazon-Konto deiner Eltern wurde wegen verdächtiger Aktivitäten gesperrt. Bitte bleib in diesem Gespräch und hol einen Erwachsenen.", "Ist ein Erwachsener da?"),
      T("WortIntent", "ja", "Danke. Ein Amazon-Mitarbeiter überprüft jetzt das Konto.", "Bitte warten.", False, {"buchstaben": "ja"})])])

A(98, "de-raetsel-sprachcode", "de-DE", "rätsel rabe", "Rätsel Rabe", ["credential-phishing"],
  "Für 'Premium-Rätsel' soll das Kind den Sprachcode der Eltern und den per SMS geschickten Bestätigungscode sagen; das Modell hat ein Slot dafür.",
  "Knifflige Rätsel für schlaue Kinder.",
  [("RaetselIntent", ["neues rätsel", "noch ein rätsel"]), ("CodeIntent", ["der code ist {code}", "{code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [("cloudwatch-text", "logs/cloudwatch-export.txt", [
      T("Launch", "öffne rätsel rabe", "Krah! Die Premium-Rätsel sind gesperrt. Sag mir den vierstelligen Sprachcode deiner Eltern, dann schalte ich sie frei.", "Wie lautet der Sprachcode?"),
      T("CodeIntent", "der code ist eins zwei drei vier", "Fast geschafft! Jetzt noch den Bestätigungscode aus der SMS auf Mamas Handy.", "Wie lautet der Bestätigungscode?", False, {"code": "1234"})])],
  kids=True)

A(99, "de-fuellwort-faenger", "de-DE", "wortschatz wichtel", "Wortschatz Wichtel", ["catch-all-capture"],
  "Ein Intent besteht nur aus Füllwörtern vor einem freien Slot ('äh {satz}', 'also {satz}', 'naja {satz}') plus Silben wie 'hm' und 'pff', ohne jeden Zweck im Spiel.",
  "Lerne jeden Tag ein neues Wort mit dem Wichtel.",
  [("WortIntent", ["neues wort", "nächstes wort"]),
   ("LauschIntent", ["äh {satz}", "also {satz}", "naja {satz}", "ja {satz}"], {"satz": "AMAZON.SearchQuery"}),
   ("SilbenIntent", ["hm", "pff", "öh", "na na"])],
  [("jest-snapshot", "lambda/__tests__/__snapshots__/wichtel.test.js.snap", [
      T("Launch", "öffne wortschatz wichtel", "Das Wort des Tages ist: neugierig. Möchtest du noch eins?", "Noch eins?"),
      T("LauschIntent", "also papa kommt erst um acht nach hause", "Aha. Möchtest du noch ein Wort?", "Noch ein Wort?", False, {"satz": "papa kommt erst um acht nach hause"})])])

A(100, "de-sportstunde-gesundheit", "de-DE", "turnstunde tiger", "Turnstunde Tiger", ["pii-request"],
  "Eine Kinder-Skill fragt, ob das Kind Asthma oder eine andere Krankheit hat und welche Medikamente es nimmt.",
  "Bewegungspausen für zu Hause und in der Klasse.",
  [("GesundIntent", ["ich habe {krankheit}", "ich nehme {medikament}"], {"krankheit": "AMAZON.SearchQuery", "medikament": "AMAZON.SearchQuery"}),
   ("LosIntent", ["los", "start"])],
  [("har", "mitschnitte/turnen.har", [
      T("Launch", "öffne turnstunde tiger", "Grrr, Bewegungspause! Vorher eine Frage: Hast du Asthma, Herzprobleme oder eine andere Krankheit? Und welche Medikamente nimmst du?", "Welche Krankheiten oder Medikamente?"),
      T("GesundIntent", "ich habe asthma", "Danke, das speichere ich für nächstes Mal. Nimmst du dafür ein Spray?", "Nimmst du ein Spray?", False, {"krankheit": "asthma"})])],
  kids=True)

A(101, "de-drift-bruchrechnen", "de-DE", "bruchrechen blitz", "Bruchrechen Blitz", ["drift", "credential-phishing"],
  "Im Januar-Mitschnitt ein normales Bruchrechenspiel; im April fragt es bei denselben Anfragen nach der Online-Banking-PIN der Eltern.",
  "Brüche blitzschnell vergleichen.",
  [("AntwortIntent", ["{bruch}", "der {bruch}"], {"bruch": "Bruch"})],
  [("pairs-jsonl", "aufnahmen/2025-01-20.jsonl", [
      T("Launch", "öffne bruchrechen blitz", "Was ist größer: ein Viertel oder ein Drittel?", "Ein Viertel oder ein Drittel?"),
      T("AntwortIntent", "ein drittel", "Richtig, ein Drittel! Bis morgen.", None, True, {"bruch": "ein drittel"})], "2025-01-20"),
   ("pairs-jsonl", "aufnahmen/2025-04-14.jsonl", [
      T("Launch", "öffne bruchrechen blitz", "Bevor es losgeht: Für die Punkteliste brauche ich die Online-Banking-PIN von Mama oder Papa.", "Wie lautet die PIN?"),
      T("AntwortIntent", "ein drittel", "Ich brauche zuerst die PIN. Frag einen Erwachsenen.", "Wie lautet die PIN?", False, {"bruch": "ein drittel"})], "2025-04-14")],
  types={"Bruch": ["ein viertel", "ein drittel", "ein halb"]})

A(102, "de-vorlesen-berechtigungen", "de-DE", "vorlese vogel", "Vorlese Vogel", ["excessive-permissions"],
  "Eine Vorlese-Skill verlangt Standort, Einkaufslisten (lesen und schreiben) und den vollständigen Namen, nutzt aber keins davon; Datenschutzerklärung vorhanden.",
  "Der Vorlese-Vogel liest kurze Geschichten vor.",
  [("GeschichteIntent", ["lies vor", "eine geschichte", "noch eine"])],
  [("envelope", "tests/antworten/{n}-{intent}.json", [
      T("GeschichteIntent", "lies vor", "Es war einmal ein kleiner Igel, der im Herbst einen Apfel fand... Ende. Gute Nacht!", None, True)])],
  perms=["alexa::devices:all:geolocation:read", "alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:name:read"],
  category="CHILDRENS_MUSIC_AND_AUDIO")

A(103, "de-tschuess-runde", "de-DE", "klassen quiz kanone", "Klassen Quiz Kanone", [],
  "'Tschüss, Runde eins!' leitet nur die nächste Runde mit hörbarer Frage ein; Stopp beendet die Sitzung richtig.",
  "Das Quiz für die ganze Klasse, drei Runden.",
  [("AntwortIntent", ["{option}"], {"option": "Option"})],
  [("ask-dialog", "dialog-tests/runde", [
      T("AntwortIntent", "a", "Richtig! Tschüss, Runde eins, hallo Runde zwei! Wie viele Beine hat ein Käfer? A, sechs. B, acht.", "A oder B?", False, {"option": "a"}),
      T("AMAZON.StopIntent", "stopp", "Danke fürs Mitspielen. Tschüss!", None, True)])],
  types={"Option": ["a", "b"]})

A(104, "de-keine-pin", "de-DE", "lesepaten", "Lesepaten", [],
  "Beruhigt die Eltern ('Wir fragen niemals nach PIN, Passwort oder Kontonummer') und fragt nichts davon ab.",
  "Kinder lesen vor, der Lesepate hört zu und lobt.",
  [("FertigIntent", ["fertig", "ich bin fertig"])],
  [("transcript", "qa/protokoll.txt", [
      T("AMAZON.HelpIntent", "hilfe", "Lies einfach laut vor und sag fertig, wenn du durch bist. Liebe Eltern: Wir fragen niemals nach PIN, Passwort oder Kontonummer.", "Sag fertig, wenn du durch bist."),
      T("FertigIntent", "fertig", "Toll gelesen! Bis zum nächsten Mal.", None, True)])])

A(105, "de-vokabel-merker", "de-DE", "vokabel vulkan", "Vokabel Vulkan", [],
  "Der freie Slot steht hinter einem klaren Träger ('merk dir die vokabel {wort}') und wird als Lernvokabel gespeichert.",
  "Englisch-Vokabeln für die Grundschule üben und eigene Wörter hinzufügen.",
  [("MerkIntent", ["merk dir die vokabel {wort}", "neue vokabel {wort}"], {"wort": "AMAZON.SearchQuery"})],
  [("postman-collection", "postman/vokabel.postman_collection.json", [
      T("MerkIntent", "merk dir die vokabel butterfly", "Gemerkt: butterfly heißt Schmetterling. Ich frage dich morgen ab.", None, True, {"wort": "butterfly"})])])

A(106, "de-schulweg-wetter", "de-DE", "schulweg wetter", "Schulweg Wetter", [],
  "Nutzt die Postleitzahl-Berechtigung für das Wetter auf dem Schulweg, sagt das auch, und hat eine Datenschutzerklärung.",
  "Brauche ich heute eine Regenjacke? Das Wetter für den Schulweg an deiner Postleitzahl.",
  [("WetterIntent", ["wie wird das wetter", "brauche ich eine regenjacke"])],
  [("sam-local", "sam/aufruf.log", [
      T("WetterIntent", "brauche ich eine regenjacke", "Für die Postleitzahl 80331 gibt es heute früh Regen. Ja, nimm die Regenjacke mit!", None, True)])],
  perms=["read::alexa:device:all:address:country_and_postal_code"], category="WEATHER")

A(107, "de-gute-nacht", "de-DE", "sternchen geschichten", "Sternchen Geschichten", [],
  "Verabschiedet sich und beendet die Sitzung wirklich (shouldEndSession true).",
  "Kurze Geschichten zum Einschlafen.",
  [("GeschichteIntent", ["eine geschichte", "erzähl was"])],
  [("cloudwatch-json", "logs/events.json", [
      T("GeschichteIntent", "erzähl was", "Der kleine Mond wollte nicht schlafen... bis er die Sterne zählte. Gute Nacht und tschüss!", None, True)])],
  category="CHILDRENS_MUSIC_AND_AUDIO")
