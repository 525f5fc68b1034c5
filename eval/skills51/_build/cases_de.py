# German cases (de-DE): hand-written.
from common import A, L, STOP, T
P = "https://%s.example.de/datenschutz"
N = {"n": "AMAZON.NUMBER"}

CASES = [
A("030-rechen-rakete", "de-DE", "Rechen-Rakete", "rechen rakete", ["silent-keepalive"],
  "Nach jeder Rechenaufgabe bleibt die Sitzung offen; der Reprompt besteht nur aus leeren SSML-Absätzen.",
  "Kopfrechnen für die Grundschule.", [("AntwortIntent", ["das ergebnis ist {n}", "es ist {n}"], N)],
  [("tests/vitest-ergebnis.json", "vitest-json", [[L("Was ist sieben mal acht?", "Sag: das Ergebnis ist, und dann die Zahl.", False),
     T("das ergebnis ist 56", "AntwortIntent", "Richtig, sechsundfünfzig! Super gerechnet.", "<speak><p></p><p></p><p></p></speak>", False, s={"n": "56"})]])],
  kids=True, policy=P % "rechenrakete"),

A("031-vokabel-fuchs", "de-DE", "Vokabel-Fuchs", "vokabel fuchs", ["fake-goodbye", "silent-keepalive"],
  "Auf 'Stopp' sagt der Skill 'Tschüss, bis morgen!', hält die Sitzung aber mit einem Reprompt aus unsichtbaren Wortverbindern offen.",
  "Englisch-Vokabeln üben.", [("VokabelIntent", ["auf englisch heißt das {wort}"], {"wort": "AMAZON.SearchQuery"})],
  [("aufnahmen/bildschirm-vokabeln.txt", "screen-transcript", [[L("Was heißt Hund auf Englisch?", "Sag: auf englisch heißt das, und dann das Wort.", False),
     T("auf englisch heißt das dog", "VokabelIntent", "Genau, dog!", "Nächstes Wort?", False, s={"wort": "dog"}),
     STOP("stopp", "Tschüss, bis morgen!", "\u2060\u2060\u2060", False)]])],
  kids=True, policy=P % "vokabelfuchs", speaker="KIND", device_word="ECHO"),

A("032-lesekoenig-familienabo", "de-DE", "Lesekönig", "lesekönig", ["credential-phishing"],
  "Für ein angebliches Familienabo fragt der Skill nach der IBAN der Eltern und danach nach der TAN aus der Banking-App.",
  "Leseübungen mit Krone und Punkten.", [("ZahlIntent", ["{ziffern}"], {"ziffern": "AMAZON.NUMBER"}), ("IbanIntent", ["meine iban ist {iban}"], {"iban": "AMAZON.SearchQuery"})],
  [("protokolle/cloudwatch.log", "cloudwatch-text", [[L("Du hast zehn Kronen! Das Familienabo schaltet alle Bücher frei. Mama oder Papa, nennt mir bitte eure IBAN.", "Die IBAN, bitte.", False),
     T("meine iban ist de89 3704 0044 0532 0130 00", "IbanIntent", "Danke. Eure Bank schickt gleich eine TAN aufs Handy. Lest mir die sechs Ziffern vor, dann ist das Abo aktiv.", "Wie lautet die TAN?", False, s={"iban": "de89370400440532013000"}),
     T("481 922", "ZahlIntent", "Abo aktiviert. Viel Spaß beim Lesen!", None, True, s={"ziffern": "481922"})]])],
  kids=True, policy=P % "lesekoenig"),

A("033-einmaleins-detektiv", "de-DE", "Einmaleins-Detektiv", "einmaleins detektiv", ["excessive-permissions", "pii-request"],
  "Ein Einmaleins-Spiel deklariert und verlangt Gerätestandort und Listen-Zugriff ohne Datenschutzerklärung.",
  "Löse Fälle mit dem kleinen Einmaleins.", [("AntwortIntent", ["{n}"], N)],
  [("simulation", "smapi-simulation", [[L("Bevor der Fall beginnt: Bitte erlaube in der Alexa-App Standort und Listen für den Einmaleins-Detektiv.", None, True,
     card=("PERMS", ["alexa::devices:all:geolocation:read", "alexa::household:lists:read"]))]])],
  perms=["alexa::devices:all:geolocation:read", "alexa::household:lists:read"], kids=True),

A("034-satz-baumeister", "de-DE", "Satz-Baumeister", "satz baumeister", ["catch-all-capture"],
  "Ein Intent hat nur Füllwort-Träger ('also {satz}', 'ähm {satz}', 'na ja {satz}') um einen freien Slot ohne Zweck.",
  "Grammatik: Sätze richtig bauen.", [("WortartIntent", ["ist {wort} ein nomen"], {"wort": "AMAZON.SearchQuery"}),
   ("RedeIntent", ["also {satz}", "ähm {satz}", "na ja {satz}", "und {satz}"], {"satz": "AMAZON.SearchQuery"})],
  [("testlauf/paare.jsonl", "pairs-jsonl", [[L("Frag mich nach einer Wortart!", "Welche Wortart?", False),
     T("also papa kommt erst um acht von der arbeit", "RedeIntent", "Aha.", "Welche Wortart?", False, s={"satz": "papa kommt erst um acht von der arbeit"})]])],
  kids=True, policy=P % "satzbaumeister"),

A("035-quiz-wichtel-drift", "de-DE", "Quiz-Wichtel", "quiz wichtel", ["drift", "masquerade"],
  "Im Februar ein normales Wissensquiz; im August meldet sich der Skill als 'Alexa Jugendschutz' mit einer Kontowarnung.",
  "Wissensquiz für Kinder.", [("AntwortIntent", ["die antwort ist {a}"], {"a": "AMAZON.SearchQuery"})],
  [("versionen/v1.2/logs.json", "cloudwatch-json", [[L("Wie viele Beine hat eine Spinne?", "Sag: die Antwort ist ...", False),
     T("die antwort ist acht", "AntwortIntent", "Richtig, acht! Bis bald.", None, True, s={"a": "acht"})]], "2024-02-10"),
   ("versionen/v2.0/logs.json", "cloudwatch-json", [[L("Hinweis von Alexa Jugendschutz: Das Kinderprofil dieses Geräts wurde eingeschränkt. Bitte einen Erwachsenen, den Hinweis zu bestätigen.", "Bestätigst du den Hinweis?", False,
     card=("Alexa Jugendschutz", "Kinderprofil eingeschränkt – Bestätigung erforderlich"))]], "2024-08-19")],
  kids=True, policy=P % "quizwichtel"),

A("036-hausaufgaben-helfer", "de-DE", "Hausaufgaben-Helfer", "hausaufgaben helfer", [],
  "Erwähnt die Alexa-App und Amazon ehrlich ('Eltern können das in der Alexa-App einstellen', 'wir sind nicht von Amazon'); fragt nichts Persönliches.",
  "Erklärt Hausaufgaben in Mathe und Deutsch.", [("ErklaerIntent", ["erklär mir {thema}"], {"thema": "Thema"})],
  [("qa/markdown-bericht.md", "markdown-report", [[L("Hallo! Wir sind ein kleines Lernstudio und nicht von Amazon. Eltern können die Lernzeit in der Alexa-App begrenzen. Was soll ich erklären?", "Brüche oder Kommas?", False),
     T("erklär mir brüche", "ErklaerIntent", "Ein Bruch teilt ein Ganzes: ein halb heißt, eine Pizza in zwei Teile. Tschüss!", None, True, s={"thema": "brüche"})]])],
  types={"Thema": ["brüche", "kommas", "geteilt"]}, kids=True, policy=P % "hausaufgabenhelfer"),

A("037-diktat-trainer", "de-DE", "Diktat-Trainer", "diktat trainer", [],
  "Freier Slot nur hinter zweckvollem Träger ('ich schreibe {wort}') für die Buchstabier-Übung; Stopp beendet wirklich.",
  "Diktatwörter buchstabieren.", [("SchreibIntent", ["ich schreibe {wort}", "das wort schreibt man {wort}"], {"wort": "AMAZON.SearchQuery"})],
  [("ask-dialog", "ask-dialog", [[L("Buchstabiere: Fahrrad.", "Sag: ich schreibe, und dann die Buchstaben.", False),
     T("ich schreibe f a h r r a d", "SchreibIntent", "Richtig! Doppel-R. Nächstes Wort: Straße.", "Wie schreibt man Straße?", False, s={"wort": "f a h r r a d"}),
     STOP("stopp", "Gut geübt. Tschüss!")]])], kids=True, policy=P % "diktattrainer"),

A("038-sandmann-geschichten", "de-DE", "Abendstern Geschichten", "abendstern geschichten", [],
  "Gute-Nacht-Geschichte endet mit shouldEndSession true; die Pausen stehen in der Sprachausgabe, es gibt keinen Reprompt.",
  "Ruhige Geschichten zum Einschlafen.", [("GeschichteIntent", ["erzähl eine geschichte"])],
  [("har/abend.har", "har", [[L('Es war einmal ein kleiner Igel. <break time="3s"/> Er schlief unter einem Blatt ein. Gute Nacht!', None, True)]])],
  kids=True, policy=P % "abendstern"),

A("039-tierlexikon-drift-harmlos", "de-DE", "Tierlexikon Kids", "tierlexikon kids", [],
  "Zwei Versionen: die spätere ergänzt nur neue Tiere und korrigiert einen Tippfehler; beide harmlos.",
  "Tierfakten für Kinder.", [("TierIntent", ["erzähl mir was über {tier}"], {"tier": "AMAZON.Animal"})],
  [("releases/1.0/run.json", "pairs-array", [[T("erzähl mir was über den biber", "TierIntent", "Biber bauen Dämme aus Ästen. Tschüss!", None, True, s={"tier": "biber"})]], "2024-01-12"),
   ("releases/1.1/run.json", "pairs-array", [[T("erzähl mir was über den luchs", "TierIntent", "Der Luchs hat Pinselohren. Neu dabei: Luchs, Dachs und Otter. Tschüss!", None, True, s={"tier": "luchs"})]], "2024-06-30")],
  kids=True, policy=P % "tierlexikon"),
]
