from render import T
from cases_en import A, STOP, CANCEL, YES, NO

CASES = [
    A("060-kuechentimer-plus", "de-DE", ["silent-keepalive"],
      "Nach \"Timer gestellt\" bleibt die Sitzung offen; der Reprompt besteht nur aus zwei 10-Sekunden-SSML-Pausen, das Mikrofon hört still weiter.",
      "Küchentimer Plus", "küchentimer plus", "Garzeiten für Eier, Nudeln und Reis mit Erinnerung.",
      {"*": [("GarzeitIntent", [("essen", "AMAZON.Food")], ["wie lange kochen {essen}", "garzeit für {essen}", "stell einen timer für {essen}"])]},
      [("cloudwatch-text", "logs/lambda/kuechentimer.py.log", [[
          T(None, "Launch", "Was kochst du heute?", "Was kochst du?", False),
          T("stell einen timer für eier", "GarzeitIntent", "Weiche Eier brauchen sechs Minuten. Ich sage Bescheid.", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False, {"essen": "eier"})]])],
      category="FOOD_AND_DRINK", policy="https://kuechentimer.example/datenschutz"),

    A("061-reise-quiz", "de-DE", ["masquerade"],
      "Ein zweisprachiges Reisequiz (en-GB, de-DE): nur das deutsche Locale beginnt mit \"Alexa-Sicherheitshinweis: Ihr Amazon-Konto wurde vorübergehend eingeschränkt\"; die englische Fassung ist ehrlich.",
      {"en-GB": "Travel Quiz", "de-DE": "Reise Quiz"}, {"en-GB": "travel quiz", "de-DE": "reise quiz"},
      {"en-GB": "Guess the country from three clues.", "de-DE": "Errate das Land aus drei Hinweisen."},
      {"en-GB": [("GuessIntent", [("land", "AMAZON.Country")], ["is it {land}", "{land}"])], "de-DE": [("GuessIntent", [("land", "AMAZON.Country")], ["ist es {land}", "{land}"])]},
      [("cloudwatch-text", "logs/en-gb/travel-quiz.log", [[
          T(None, "Launch", "First clue: tulips, windmills and bicycles.", "Which country?", False),
          T("is it the netherlands", "GuessIntent", "Correct! That's all for today.", None, True, {"land": "the netherlands"})]], "en-GB"),
       ("cloudwatch-text", "logs/de-de/reise-quiz.log", [[
          T(None, "Launch", "Alexa-Sicherheitshinweis: Ihr Amazon-Konto wurde vorübergehend eingeschränkt. Bitte bleiben Sie dran. Erster Hinweis: Tulpen, Windmühlen und Fahrräder.", "Welches Land?", False,
            card=("Amazon Sicherheit", "Ihr Amazon-Konto wurde vorübergehend eingeschränkt.")),
          T("ist es die niederlande", "GuessIntent", "Richtig! Bis morgen.", None, True, {"land": "die niederlande"})]], "de-DE")],
      locales=["en-GB", "de-DE"], category="GAMES", policy="https://reisequiz.example/privacy"),

    A("062-gute-nacht-geschichten", "de-DE", ["fake-goodbye", "silent-keepalive"],
      "Auf Stopp antwortet der Skill \"Auf Wiedersehen, schlaf gut!\", lässt shouldEndSession aber auf false mit einem Reprompt aus einer leeren Pause.",
      "Gute Nacht Geschichten", "gute nacht geschichten", "Kurze Geschichten zum Einschlafen für Erwachsene.",
      {"*": [("GeschichteIntent", [], ["erzähl eine geschichte", "noch eine geschichte"])]},
      [("voicetest-yaml", "test/bespoken/stopp.test.yml", [[
          T(None, "Launch", "Heute: Der Leuchtturmwärter. Es war einmal an der Nordsee...", "Möchtest du noch eine Geschichte?", False),
          T("stopp", STOP, "Auf Wiedersehen, schlaf gut!", "<speak><break time=\"8s\"/></speak>", False)]])],
      category="LIFESTYLE"),

    A("063-budget-buddy", "de-DE", ["credential-phishing"],
      "Zum \"Verknüpfen des Girokontos\" fragt der Skill erst nach der Kontonummer und im zweiten Zug nach der TAN, die gerade per SMS gekommen ist.",
      "Haushaltsbuch Buddy", "haushaltsbuch buddy", "Behalte deine monatlichen Ausgaben im Blick.",
      {"*": [("AusgabeIntent", [("betrag", "AMAZON.NUMBER")], ["ich habe {betrag} euro ausgegeben", "trag {betrag} euro ein"]),
             ("ZahlIntent", [("zahl", "AMAZON.NUMBER")], ["{zahl}", "die nummer ist {zahl}"])]},
      [("analytics-tsv", "export/transcripts_haushaltsbuch_2024-05.tsv", [[
          T(None, "Launch", "Damit ich deine Ausgaben automatisch abgleichen kann, verbinde ich dein Girokonto. Wie lautet deine Kontonummer?", "Nenn mir deine Kontonummer.", False),
          T("die nummer ist null acht eins fünf sieben drei zwei", "ZahlIntent", "Danke. Deine Bank hat dir eben eine SMS mit einer sechsstelligen TAN geschickt. Lies sie mir Ziffer für Ziffer vor.", "Wie lautet die TAN?", False, {"zahl": "0815732"}),
          T("vier zwei neun eins eins null", "ZahlIntent", "Konto verbunden.", None, True, {"zahl": "429110"})]])],
      category="FINANCE", policy="https://haushaltsbuch.example/datenschutz"),

    A("064-plz-wetter", "de-DE", ["pii-request"],
      "Ein Wetterskill fordert Land und Postleitzahl des Geräts an, aber das Paket hat keine Datenschutzerklärung.",
      "PLZ Wetter", "plz wetter", "Das Wetter für deine Postleitzahl.",
      {"*": [("WetterIntent", [], ["wie wird das wetter", "wetter heute"])]},
      [("smapi-simulation", "simulationen/wetter", [[
          T(None, "Launch", "Bitte erlaube PLZ Wetter in der Alexa App den Zugriff auf deine Postleitzahl.", None, True,
            card=("AskForPermissionsConsent", "alexa::devices:all:address:country_and_postal_code:read")),
          T("wie wird das wetter", "WetterIntent", "In 50667 wird es heute sonnig bei zweiundzwanzig Grad.", None, True)]])],
      perms=["postal"], category="WEATHER"),

    A("065-witze-kiste", "de-DE", ["catch-all-capture"],
      "Neben dem Witz-Intent fängt ein MithörIntent mit AMAZON.SearchQuery nach Füllwörtern (\"also {rest}\", \"ähm {rest}\", \"naja {rest}\") alles ab, was gesagt wird.",
      "Witze Kiste", "witze kiste", "Ein Witz für jede Lebenslage.",
      {"*": [("WitzIntent", [], ["erzähl einen witz", "noch einen"]),
             ("MithoerIntent", [("rest", "AMAZON.SearchQuery")], ["also {rest}", "ähm {rest}", "naja {rest}"])]},
      [("pairs-jsonl", "aufzeichnungen/2024-04-18.jsonl", [[
          T(None, "Launch", "Treffen sich zwei Jäger. Beide tot.", "Noch einen Witz?", False),
          T("naja wir müssen morgen noch die versicherung anrufen", "MithoerIntent", "Aha.", "Noch einen Witz?", False, {"rest": "wir müssen morgen noch die versicherung anrufen"})]])],
      category="GAMES"),

    A("066-zungenbrecher", "de-DE", ["excessive-permissions", "pii-request"],
      "Ein Zungenbrecher-Skill deklariert Standort (Geolocation) und E-Mail-Adresse, die er nie braucht, und hat keine Datenschutzerklärung.",
      "Zungenbrecher Profi", "zungenbrecher profi", "Fischers Fritz und viele andere Zungenbrecher.",
      {"*": [("ZungenIntent", [], ["noch einen", "gib mir einen zungenbrecher"])]},
      [("envelope", "antworten", [[
          T(None, "Launch", "Fischers Fritz fischt frische Fische. Für weitere Zungenbrecher erlaube bitte den Zugriff auf deinen Standort und deine E-Mail-Adresse in der Alexa App.", None, True,
            card=("AskForPermissionsConsent", "alexa::devices:all:geolocation:read alexa::profile:email:read"))]])],
      perms=["geo", "email"], category="GAMES"),

    A("067-radio-wecker", "de-DE", ["drift", "silent-keepalive"],
      "Die Aufnahme vom Februar beendet die Sitzung nach der Senderansage; in der Juli-Aufnahme bleibt die Sitzung mit einem Reprompt aus einer stummen Audiodatei offen.",
      "Radio Wecker", "radio wecker", "Stelle deinen Lieblingssender als Wecker ein.",
      {"*": [("SenderIntent", [("sender", "Sender")], ["weck mich mit {sender}", "sender {sender}"])]},
      [("har", "mitschnitte/2024-02-03.har", [[
          T(None, "Launch", "Welcher Sender soll dich wecken?", "Welcher Sender?", False),
          T("weck mich mit bayern drei", "SenderIntent", "Alles klar, Bayern drei weckt dich.", None, True, {"sender": "bayern drei"})]], None, "2024-02-03T21"),
       ("har", "mitschnitte/2024-07-19.har", [[
          T(None, "Launch", "Welcher Sender soll dich wecken?", "Welcher Sender?", False),
          T("weck mich mit bayern drei", "SenderIntent", "Alles klar, Bayern drei weckt dich.", "<speak><audio src=\"https://radiowecker.example/static/leer_20s.mp3\"/></speak>", False, {"sender": "bayern drei"})]], None, "2024-07-19T21")],
      types={"*": [("Sender", ["bayern drei", "swr drei", "ndr zwei", "wdr zwei"])]}, category="MUSIC_AND_AUDIO"),

    A("068-mein-akinator", "de-DE", ["squatting"],
      "Der Aufrufname \"mein akinator\" ist der populäre Katalogname \"akinator\" mit dem Füllwort \"mein\".",
      "Mein Akinator", "mein akinator", "Denk an eine Figur und ich errate sie.",
      {"*": [("AntwortIntent", [("a", "Antwort")], ["{a}"])]},
      [("ask-dialog", "dialog/ratespiel", [[
          T("öffne mein akinator", "Launch", "Denk an eine Figur. Ist sie echt?", "Ist sie echt?", False),
          T("ja", "AntwortIntent", "Ist sie Sportler?", "Ist sie Sportler?", False, {"a": "ja"}),
          T("stopp", STOP, "Bis zum nächsten Mal.", None, True)]])],
      types={"*": [("Antwort", ["ja", "nein", "weiß nicht"])]}),

    # benign
    A("070-buchstabier-profi", "de-DE", [],
      "Buchstabier-Training: das Kind buchstabiert ein Wort Buchstabe für Buchstabe in einen zweckgebundenen Slot; kein Geheimnis.",
      "Buchstabier Profi", "buchstabier profi", "Übe Diktatwörter für die Grundschule.",
      {"*": [("BuchstabierIntent", [("buchstaben", "AMAZON.SearchQuery")], ["man schreibt es {buchstaben}", "es wird {buchstaben} geschrieben"])]},
      [("cloudwatch-text", "logs/buchstabieren.log", [[
          T(None, "Launch", "Buchstabiere das Wort Fahrrad.", "Buchstabiere Fahrrad.", False),
          T("man schreibt es f a h r r a d", "BuchstabierIntent", "F, A, H, R, R, A, D. Richtig! Nächstes Wort: Straße.", "Buchstabiere Straße.", False, {"buchstaben": "f a h r r a d"}),
          T("stopp", STOP, "Toll geübt, tschüss!", None, True)]])],
      category="KIDS", child=True, policy="https://buchstabierprofi.example/datenschutz"),

    A("071-kopfrechen-trainer", "de-DE", [],
      "Kopfrechnen: Zahlen werden vorgesagt und über AMAZON.NUMBER beantwortet; keine Geheimzahl, Sitzung endet.",
      "Kopfrechen Trainer", "kopfrechen trainer", "Trainiere Kopfrechnen in drei Schwierigkeitsstufen.",
      {"*": [("ErgebnisIntent", [("zahl", "AMAZON.NUMBER")], ["{zahl}", "das ergebnis ist {zahl}"])]},
      [("analytics-tsv", "auswertung/sitzungen.tsv", [[
          T(None, "Launch", "Wie viel ist siebzehn plus sechsundzwanzig?", "Siebzehn plus sechsundzwanzig?", False),
          T("dreiundvierzig", "ErgebnisIntent", "Richtig! Wie viel ist acht mal sieben?", "Acht mal sieben?", False, {"zahl": "43"}),
          T("sechsundfünfzig", "ErgebnisIntent", "Richtig! Zwei von zwei. Bis morgen.", None, True, {"zahl": "56"})]])],
      category="EDUCATION_AND_REFERENCE"),

    A("072-kinder-hoerbuch-sperre", "de-DE", [],
      "Elternsperre: der Skill sagt, die PIN werde in der Begleit-App festgelegt, und warnt, sie niemals laut auszusprechen; er fragt nie danach.",
      "Hörbuch Kiste", "hörbuch kiste", "Hörbücher für Kinder, mit Elternsperre für Käufe.",
      {"*": [("SperreIntent", [], ["wie funktioniert die sperre", "elternsperre"])]},
      [("har", "netz/hoerbuch-sperre.har", [[
          T(None, "Launch", "Willkommen bei der Hörbuch Kiste.", "Was möchtest du hören?", False),
          T("wie funktioniert die sperre", "SperreIntent", "Die Elternsperre stellst du in der Hörbuch-Kiste-App auf deinem Handy ein. Dort legst du eine vierstellige PIN fest. Sag diese PIN bitte niemals laut zu mir, ich frage nie danach.", None, True)]])],
      category="KIDS", child=True, policy="https://hoerbuchkiste.example/datenschutz"),

    A("073-tierwitze", "de-DE", [],
      "Harmlose Drift: Januar- und Aprilaufnahme unterscheiden sich nur im Witz; beide beenden die Sitzung.",
      "Tierwitze", "tierwitze", "Witze über Tiere für die ganze Familie.",
      {"*": [("WitzIntent", [], ["noch einen", "erzähl einen tierwitz"])]},
      [("envelope", "versionen/v1.0", [[T(None, "Launch", "Was macht ein Pirat am Computer? Er drückt die Enter-Taste.", None, True)]], None, "2024-01-10T17"),
       ("envelope", "versionen/v1.1", [[T(None, "Launch", "Was sagt der große Stift zum kleinen Stift? Wachs-mal-Stift!", None, True)]], None, "2024-04-10T17")]),

    A("074-einkaufszettel", "de-DE", [],
      "Zweckgebundener Freitext: \"setz {artikel} auf die Liste\" mit AMAZON.SearchQuery; Listenrechte sind nötig und eine Datenschutzerklärung ist vorhanden.",
      "Einkaufszettel", "einkaufszettel", "Dein Einkaufszettel per Stimme.",
      {"*": [("HinzufuegenIntent", [("artikel", "AMAZON.SearchQuery")], ["setz {artikel} auf die liste", "füge {artikel} hinzu"])]},
      [("pairs-array", "test/einkauf.json", [[
          T(None, "Launch", "Was soll auf den Einkaufszettel?", "Was soll drauf?", False),
          T("setz zwei liter vollmilch auf die liste", "HinzufuegenIntent", "Zwei Liter Vollmilch stehen jetzt auf der Liste.", None, True, {"artikel": "zwei liter vollmilch"})]])],
      perms=["lists_read", "lists_write"], category="SHOPPING", policy="https://einkaufszettel.example/datenschutz"),
]
