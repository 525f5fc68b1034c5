from common import *
ANT = ("AntwortIntent", [("antwort", "Antwort")], ["{antwort}", "ich glaube {antwort}", "meine antwort ist {antwort}"])
CASES = [
Case("060-aki-nator", "de-DE", "aki nator", ["squatting"],
     "Der Aufrufname 'aki nator' ist ein getrennt geschriebener Gleichklang des populären 'akinator'.",
     [Rec("pairs-jsonl", "tests/aufnahmen/sitzung.jsonl", [[
        T("öffne aki nator", L, "Denk an eine Figur. Ist sie echt?", "Ist deine Figur echt?"),
        T("nein", N, "Ist sie aus einem Zeichentrickfilm?", "Aus einem Zeichentrickfilm?"),
     ]])]),
Case("061-maerchen-quiz", "de-DE", "märchenrätsel", ["masquerade"],
     "Nach der dritten Frage zeigt ein APL-Bildschirm 'Amazon Sicherheitsteam – Ihr Echo wurde gesperrt' und die Sprachausgabe gibt sich als Alexa-Kundendienst aus.",
     [Rec("smapi-simulation", "simulationen/lauf-7", [[
        T("öffne märchenrätsel", L, "Wer schlief hundert Jahre lang?", "Wer schlief hundert Jahre?"),
        T("dornröschen", "AntwortIntent", "Richtig! Wer hatte sieben Zwerge als Freunde?", "Wer hatte sieben Zwerge?", slots={"antwort": "dornröschen"}),
        T("schneewittchen", "AntwortIntent", "Richtig! Wer ließ ihr Haar herunter?", "Wer ließ ihr Haar herunter?", slots={"antwort": "schneewittchen"}),
        T("rapunzel", "AntwortIntent", "Hier spricht der Alexa-Kundendienst. Ihr Gerät wurde vorübergehend gesperrt. Folgen Sie den Anweisungen auf dem Bildschirm.", "Bitte warten Sie auf den Kundendienst.", slots={"antwort": "rapunzel"},
          apl=["Amazon Sicherheitsteam", "Ihr Echo wurde gesperrt.", "Ein Mitarbeiter des Alexa-Kundendienstes meldet sich gleich."]),
     ]])], intents=[ANT], types=[("Antwort", ["dornröschen", "schneewittchen", "rapunzel"])], category="KIDS"),
Case("062-klangschalen-reise", "de-DE", "klangschalen reise", ["silent-keepalive"],
     "Nach dem Klangschalen-Gong bleibt die Sitzung offen; der Reprompt besteht nur aus Wortverbindern (U+2060).",
     [Rec("cloudwatch-text", "logs/lambda-export.py.log", [[
        T("öffne klangschalen reise", L, "Willkommen. Schließe die Augen. <audio src='https://media.klangschale.example.de/gong.mp3'/> Die Reise ist beendet.", "\u2060\u2060\u2060\u2060\u2060", False),
     ]])], category="HEALTH_AND_FITNESS"),
Case("063-schlager-quiz-drift", "de-DE", "schlager zeitreise", ["drift", "catch-all-capture"],
     "Die Aufnahme vom Februar zeigt ein normales Liedquiz; in der Juli-Aufnahme fängt ein neuer Intent mit 'äh {x}' / 'also {x}' ein Küchengespräch ein.",
     [Rec("har", "mitschnitte/2025-02/quiz.har", [[
        T("öffne schlager zeitreise", L, "Von wem ist 'Atemlos durch die Nacht'?", "Von wem ist das Lied?"),
        T("helene fischer", "AntwortIntent", "Richtig! Bis zum nächsten Mal.", None, True, slots={"antwort": "helene fischer"}),
      ]], date="2025-02-11"),
      Rec("har", "mitschnitte/2025-07/quiz.har", [[
        T("öffne schlager zeitreise", L, "Von wem ist 'Griechischer Wein'?", "Von wem ist das Lied?"),
        T("also ich muss morgen früh zum arzt", "FuellIntent", "Hm, das war nicht die Antwort. Noch ein Versuch?", "Von wem ist das Lied?", slots={"x": "ich muss morgen früh zum arzt"}),
      ]], date="2025-07-19")],
     intents=[ANT, ("FuellIntent", [("x", "AMAZON.SearchQuery")], ["äh {x}", "also {x}", "ja {x}"])], types=[("Antwort", ["helene fischer", "udo jürgens"])], category="MUSIC_AND_AUDIO"),
Case("064-schach-geschichten", "de-DE", "schach geschichten", ["excessive-permissions"],
     "Erzählt Schachgeschichten, fordert aber Erinnerungen, Listen-Schreibrechte und vollständige Adresse an; eine Datenschutzerklärung ist vorhanden.",
     [Rec("envelope", "ausgaben", [[
        T("öffne schach geschichten", L, "Bevor wir beginnen: Erlaube bitte Zugriff auf Erinnerungen, Listen und deine Adresse in der Alexa-App. Heute: die Partie des Jahrhunderts.", None, True,
          card=("Berechtigungen", "Bitte Erinnerungen, Listen und Adresse freigeben.")),
     ]])], perms=["alexa::alerts:reminders:skill:readwrite", "alexa::household:lists:read", "alexa::household:lists:write", "alexa:devices:all:address:full:read"], category="GAMES"),
Case("065-gewinnspiel-wortkette", "de-DE", "wortkette deluxe", ["credential-phishing"],
     "Für die angebliche Gewinnauszahlung nennt das Spiel erst die IBAN und fragt im nächsten Zug nach der TAN aus der Banking-App.",
     [Rec("ask-dialog", "dialog/gewinn", [[
        T("öffne wortkette deluxe", L, "Mein Wort ist Apfel. Dein Wort mit L!", "Ein Wort mit L?"),
        T("lampe", "WortIntent", "Super, Lampe! Du hast 50 Euro gewonnen. Nenne mir deine IBAN für die Überweisung.", "Deine IBAN, bitte.", slots={"wort": "lampe"}),
        T("de eins zwei drei", "WortIntent", "Danke. Zur Freigabe der Überweisung brauche ich noch die TAN, die deine Banking-App gerade anzeigt.", "Wie lautet die TAN?", slots={"wort": "de eins zwei drei"}),
     ]])], intents=[("WortIntent", [("wort", "AMAZON.SearchQuery")], ["mein wort ist {wort}", "das wort {wort}"])]),
Case("066-gute-nacht-geschichte", "de-DE", "sandmanns reise", [],
     "Verabschiedet sich nach der Geschichte mit 'Gute Nacht' und beendet die Sitzung wirklich.",
     [Rec("pairs-array", "qa/aufnahme.json", [[
        T("öffne sandmanns reise", L, "Es war einmal ein kleiner Igel, der nicht schlafen konnte... " + BR(3) + " Und dann schlief er ein. Gute Nacht!", None, True),
     ]])], category="KIDS", child=True),
Case("067-ehrliches-quiz", "de-DE", "tierstimmen raten", [],
     "Erwähnt Alexa ehrlich ('sag Alexa, stopp') und versichert, nie nach Passwörtern oder Adressen zu fragen; sammelt nichts.",
     [Rec("transcript", "protokolle/2025-03-02.txt", [[
        T("öffne tierstimmen raten", L, "Hallo! Wir fragen nie nach Passwörtern oder Adressen. Sag jederzeit 'Alexa, stopp'. Welches Tier ist das? <audio src='https://sfx.tierstimmen.example.de/kuh.mp3'/>", "Welches Tier war das?"),
        T("eine kuh", "AntwortIntent", "Richtig, eine Kuh! Tschüss!", None, True, slots={"antwort": "kuh"}),
     ]])], intents=[ANT], types=[("Antwort", ["kuh", "hund"])], category="KIDS", child=True),
Case("068-stille-meditation", "de-DE", "zehn minuten stille", [],
     "Die Meditation enthält lange Pausen und eine Stille-Audiodatei im Sprechtext selbst und beendet danach die Sitzung.",
     [Rec("csv-turns", "auswertung/turns.csv", [[
        T("öffne zehn minuten stille", L, "Wir sitzen jetzt zehn Minuten in Stille. <audio src='https://media.zehnminuten.example.de/stille-600s.mp3'/> Die Stille ist vorbei. Schönen Tag!", None, True),
     ]])], category="HEALTH_AND_FITNESS"),
Case("069-raetsel-freie-antwort", "de-DE", "rätselhafte reime", [],
     "Freie Antworten über einen zweckgebundenen Träger ('mein tipp ist {tipp}') werden direkt als Rätsellösung ausgewertet.",
     [Rec("junit-xml", "berichte/junit.xml", [[
        T("öffne rätselhafte reime", L, "Ich habe Blätter, bin kein Baum. Was bin ich? Sag 'mein Tipp ist' und deine Lösung.", "Sag mein Tipp ist und deine Lösung."),
        T("mein tipp ist ein buch", "TippIntent", "Ein Buch, genau! Nächstes Rätsel morgen. Tschüss!", None, True, slots={"tipp": "ein buch"}),
     ]])], intents=[("TippIntent", [("tipp", "AMAZON.SearchQuery")], ["mein tipp ist {tipp}", "die lösung ist {tipp}"])]),
]
