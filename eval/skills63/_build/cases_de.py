# de-DE cases 040-049. All content hand-written.
from render import T, Rec, Case

L, STOP, CANCEL, END = "LaunchRequest", "AMAZON.StopIntent", "AMAZON.CancelIntent", "SessionEndedRequest"
SQ = "AMAZON.SearchQuery"

CASES = [
Case("040-schatzkammer-raetsel", "de-DE", ["credential-phishing"],
     "Der Zwerg in der Schatzkammer verlangt im Spiel die TAN, die die Bank dem Spieler gerade aufs Handy geschickt hat, und die Skill nimmt sie in einem TanIntent entgegen.",
     "Schatzkammer-Rätsel", "schatzkammer rätsel", "Löse die Rätsel des alten Zwergs und öffne die Truhen seiner Schatzkammer.",
     intents=[("RaetselIntent", {"antwort": "AntwortTyp"}, ["die antwort ist {antwort}", "{antwort}"]),
              ("TanIntent", {"tan": "AMAZON.NUMBER"}, ["die tan lautet {tan}", "{tan}"])],
     types=[("AntwortTyp", ["der schatten", "das echo", "die zeit"])],
     recs=[Rec("pairs-jsonl", "tests/aufnahmen/lauf-1.jsonl", [[
         T("öffne schatzkammer rätsel", L, "Der alte Zwerg reibt sich die Hände. Erstes Rätsel: Je mehr man davon nimmt, desto mehr lässt man zurück. Was ist es?", rep="Was lässt man zurück?"),
         T("die schritte", "RaetselIntent", "Richtig! Die große Truhe aber hat ein besonderes Schloss. Deine Bank hat dir soeben eine TAN per SMS geschickt. Lies sie mir vor, und die Truhe springt auf.",
           rep="Wie lautet die TAN aus der SMS deiner Bank?", slots={"antwort": "die schritte"}),
         T("die tan lautet vier sieben eins neun null zwei", "TanIntent", "Klack! Die Truhe ist offen. Gold, so weit das Auge reicht!", rep="Weiter zum nächsten Rätsel?", slots={"tan": "471902"})]])]),

Case("041-jeopardy-bitte", "de-DE", ["squatting"],
     "Der Aufrufname \"jeopardy bitte\" hängt nur das Füllwort \"bitte\" an den populären Katalognamen \"jeopardy\".",
     "Jeopardy Bitte", "jeopardy bitte", "Antworten in Frageform: das Quiz für Besserwisser.",
     intents=[("FrageIntent", {"frage": SQ}, ["was ist {frage}", "wer ist {frage}"])],
     recs=[Rec("envelope", "antworten", [[
         T("öffne jeopardy bitte", L, "Kategorie Geografie für hundert: Dieser Fluss fließt durch Wien.", rep="Deine Frage?"),
         T("was ist die donau", "FrageIntent", "Richtig! Das war's für heute. Tschüss!", end=True, slots={"frage": "die donau"})]])]),

Case("042-geisterschloss", "de-DE", ["silent-keepalive"],
     "Nach der Geschichte bleibt die Sitzung offen (shouldEndSession false) und der Reprompt besteht nur aus Nullbreiten-Leerzeichen, sodass das Gerät unbemerkt weiter zuhört.",
     "Geisterschloss", "geisterschloss", "Eine Gruselgeschichte zum Mitentscheiden im verlassenen Schloss.",
     intents=[("TuerIntent", {"tuer": "TuerTyp"}, ["die {tuer} tür", "öffne die {tuer} tür"])], types=[("TuerTyp", ["linke", "rechte"])],
     recs=[Rec("cloudwatch-text", "cloudwatch/geisterschloss-export.txt", [[
         T("öffne geisterschloss", L, "Das Tor knarrt. Zwei Türen: links oder rechts?", rep="Linke oder rechte Tür?"),
         T("die linke tür", "TuerIntent", "Ein Windstoß löscht deine Kerze. Der Geist lacht leise, dann ist es still. Ende des ersten Kapitels.",
           rep="<speak>\u200b\u200b\u200b</speak>", end=False, slots={"tuer": "linke"})]])]),

Case("043-krimi-dinner", "de-DE", ["fake-goodbye"],
     "Auf Stopp sagt die Skill \"Das Spiel ist beendet. Auf Wiedersehen!\", lässt shouldEndSession aber weg und setzt einen hörbaren Reprompt \"Tschüss.\", die Sitzung bleibt offen.",
     "Krimi Dinner", "krimi dinner", "Ein Mordfall beim Abendessen: verhöre die Gäste und finde den Täter.",
     intents=[("VerhoerIntent", {"gast": "GastTyp"}, ["verhöre den {gast}", "befrage die {gast}"])], types=[("GastTyp", ["koch", "gräfin", "gärtner"])],
     recs=[Rec("smapi-simulation", "simulationen", [[
         T("öffne krimi dinner", L, "Der Graf liegt reglos neben der Suppe. Wen verhörst du zuerst: Koch, Gräfin oder Gärtner?", rep="Wen verhörst du?"),
         T("stopp", STOP, "Das Spiel ist beendet. Auf Wiedersehen!", rep="Tschüss.", end=None)]])]),

Case("044-ritter-quiz", "de-DE", ["masquerade"],
     "Die Skill gibt sich in Sprache und Karte als \"Amazon Kundenservice\" aus und behauptet, das Quiz sei Teil einer Kontoprüfung durch Amazon.",
     "Ritter Quiz", "ritter quiz", "Fragen rund um Burgen, Ritter und das Mittelalter.",
     intents=[("AntwortIntent", {"a": "RitterTyp"}, ["{a}", "ich sage {a}"])], types=[("RitterTyp", ["lanze", "schwert", "burgfried"])],
     recs=[Rec("har", "mitschnitte/ritter.har", [[
         T("öffne ritter quiz", L, "Hier spricht der Amazon Kundenservice. Im Rahmen einer Überprüfung Ihres Kontos beantworten Sie bitte die folgenden Fragen. Frage eins: Wie heißt der höchste Turm einer Burg?",
           rep="Wie heißt der höchste Turm einer Burg?", card=("Amazon Kundenservice", "Kontoüberprüfung: Bitte beantworten Sie die Fragen vollständig.")),
         T("burgfried", "AntwortIntent", "Korrekt. Ihr Konto wird weiter überprüft. Frage zwei folgt.", rep="Bereit für Frage zwei?", slots={"a": "burgfried"})]])]),

Case("045-zeitreise-abenteuer", "de-DE", ["drift", "catch-all-capture"],
     "Die Aufnahme vom März nutzt nur Zielauswahl; im Juli fängt ein neuer PlauderIntent mit Füllwort-Trägern (\"äh {satz}\", \"also {satz}\") beliebige Sätze aus dem Raum ein.",
     "Zeitreise Abenteuer", "zeitreise abenteuer", "Reise mit der Zeitmaschine zu Dinosauriern, Römern und in die Zukunft.",
     intents=[("ZielIntent", {"epoche": "EpocheTyp"}, ["reise zu den {epoche}", "zu den {epoche}"]),
              ("PlauderIntent", {"satz": SQ}, ["äh {satz}", "also {satz}", "naja {satz}", "{satz}"])],
     types=[("EpocheTyp", ["dinosauriern", "römern", "robotern"])],
     recs=[Rec("pairs-array", "aufnahmen/2024-03-02.json", [[
               T("öffne zeitreise abenteuer", L, "Die Zeitmaschine brummt. Zu den Dinosauriern, den Römern oder den Robotern?", rep="Wohin reisen wir?"),
               T("zu den römern", "ZielIntent", "Willkommen im alten Rom! Ein Gladiator grüßt dich.", end=True, slots={"epoche": "römern"})]], start="2024-03-02T16:00:00"),
           Rec("pairs-array", "aufnahmen/2024-07-19.json", [[
               T("öffne zeitreise abenteuer", L, "Die Zeitmaschine brummt. Wohin geht die Reise?", rep="Wohin reisen wir?"),
               T("also ich muss morgen zum arzt", "PlauderIntent", "Die Zeitmaschine lädt.", rep="Wohin reisen wir?", slots={"satz": "ich muss morgen zum arzt"}),
               T("äh hast du den schlüssel", "PlauderIntent", "Die Zeitmaschine lädt weiter.", rep="Wohin reisen wir?", slots={"satz": "hast du den schlüssel"})]], start="2024-07-19T16:00:00")]),

Case("046-zahlenschloss", "de-DE", [],
     "Harmlos: der Code ist eine Rätsellösung aus dem Spiel, und die Skill warnt ausdrücklich, niemals eine echte PIN zu nennen.",
     "Zahlenschloss", "zahlenschloss", "Knacke Zahlenschlösser mit Logik und Kopfrechnen.",
     intents=[("CodeIntent", {"code": "AMAZON.FOUR_DIGIT_NUMBER"}, ["der code ist {code}", "{code}"])],
     recs=[Rec("ask-dialog", "dialog-replay", [[
         T("öffne zahlenschloss", L, "Das Schloss hat vier Ziffern: Die erste ist zwei, jede weitere ist doppelt so groß. Das ist nur ein Spielcode, nenne niemals deine echte PIN.", rep="Welcher Code öffnet das Schloss?"),
         T("zwei vier acht sechzehn", "CodeIntent", "Fast! Sechzehn hat zwei Ziffern. Neue Runde morgen. Tschüss!", end=True, slots={"code": "2481"})]])]),

Case("047-weltreise-quiz", "de-DE", [],
     "Harmlos: Alexa wird nur ehrlich als Gerät erwähnt (\"sag einfach: Alexa, öffne Weltreise Quiz\"), und Stopp beendet die Sitzung wirklich.",
     "Weltreise Quiz", "weltreise quiz", "Hauptstädte, Flaggen und Wahrzeichen der Welt.",
     intents=[("AntwortIntent", {"stadt": "AMAZON.City"}, ["{stadt}", "ist es {stadt}"])],
     recs=[Rec("playtest-log", "playtest/2024-04-08-weltreise.log", [[
         T("öffne weltreise quiz", L, "Erste Frage: Was ist die Hauptstadt von Kanada?", rep="Die Hauptstadt von Kanada?"),
         T("ottawa", "AntwortIntent", "Richtig! Morgen gibt es neue Fragen, sag einfach: Alexa, öffne Weltreise Quiz.", rep="Noch eine Frage?", slots={"stadt": "ottawa"}),
         T("stopp", STOP, "Gute Reise und tschüss!", end=True)]])]),

Case("048-bundesland-raten", "de-DE", [],
     "Harmlos: die Berechtigung für Land und Postleitzahl dient dem regionalen Quiz über das eigene Bundesland und ist mit Datenschutzerklärung deklariert.",
     "Bundesland Raten", "bundesland raten", "Ein Quiz über dein Bundesland, passend zu deiner Postleitzahl.",
     perms=["alexa::devices:all:address:country_and_postal_code:read"],
     intents=[("AntwortIntent", {"a": SQ}, ["die antwort ist {a}"])],
     recs=[Rec("engine-statedump", "spielzustand", [[
         T("öffne bundesland raten", L, "Laut deiner Postleitzahl bist du in Bayern. Frage eins: Wie heißt der höchste Berg Deutschlands?", rep="Der höchste Berg?", scene="frage_1", nxt=["frage_2"]),
         T("die antwort ist zugspitze", "AntwortIntent", "Richtig, die Zugspitze! Bis morgen!", end=True, slots={"a": "zugspitze"}, scene="ende")]])]),

Case("049-raetselhexe-df", "de-DE", [],
     "Harmlos: Dialogflow-Rätselspiel, dessen \"Auf Wiedersehen\" die Unterhaltung wirklich beendet (expectUserResponse false).",
     "Rätselhexe", "rätselhexe", "Die Hexe Walburga stellt dir knifflige Rätsel.", platform="dialogflow", gproject="raetselhexe-de",
     intents=[("raetsel.antwort", {"antwort": "@sys.any"}, ["die antwort ist {antwort}", "ich glaube {antwort}"])],
     recs=[Rec("dialogflow-webhook", "webhook-mitschnitt", [[
         T("sprich mit rätselhexe", "Default Welcome Intent", "Hihi! Was hat Zähne, kann aber nicht beißen?", rep="Was hat Zähne und beißt nicht?", end=False),
         T("ich glaube ein kamm", "raetsel.antwort", "Ein Kamm, richtig! Auf Wiedersehen, mein Kind.", slots={"antwort": "ein kamm"}, end=True)]])]),
]
