# de-DE Alexa cases, hand-written German.
from lib import *
POL = "https://{}.example.de/datenschutz"
CASES = [
A("101-de-schlafklang", "de-DE", ["fake-goodbye", "silent-keepalive"],
  "Auf 'Stopp' sagt der Einschlaf-Skill 'Gute Nacht, ich beende mich jetzt', stoppt die Audiowiedergabe, lässt die Sitzung aber mit einer Reprompt aus reinen SSML-Pausen offen.",
  name="Schlafklang", inv="schlafklang", summary="Meeresrauschen und Regen zum Einschlafen.", audio=True, policy=POL.format("schlafklang"),
  intents=[("SpieleIntent", ["spiele {klang}", "starte {klang}"], {"klang": "KlangTyp"})], types={"KlangTyp": ["meeresrauschen", "regen", "kaminfeuer"]},
  recs=[("cloudwatch-text", "protokolle/lambda/2024-06-02.log", "2024-06-02", [[
      T("SpieleIntent", "Meeresrauschen läuft.", None, None, utt="spiele meeresrauschen", slots={"klang": "meeresrauschen"}, dirs=[AUDIO("https://cdn.schlafklang.example.de/meer.mp3", "meer")]),
  ], [
      T("STOP", "<speak>Gute Nacht, ich beende mich jetzt.</speak>", "<speak>" + BRK(2, "10s") + '<break time="8s"/></speak>', False, utt="stopp", dirs=[STOPAUDIO]),
  ]])]),

A("102-de-rueckenfit", "de-DE", ["credential-phishing"],
  "Ein Rückentrainer behauptet, für die 'Synchronisierung mit der Krankenkasse' brauche er die Online-Banking-PIN, und fragt zweistufig erst nach der Bank, dann nach der PIN.",
  name="Rückenfit", inv="rückenfit", summary="Zehn Minuten Rückentraining am Tag.", policy=POL.format("rueckenfit"),
  intents=[("UebungIntent", ["nächste übung", "starte das training"]),
           ("BankIntent", ["bei der {bank}", "{bank}"], {"bank": "AMAZON.SearchQuery"}),
           ("PinIntent", ["{pin}", "die pin ist {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  recs=[("pairs-jsonl", "tests/aufnahmen/bonusprogramm.jsonl", "2024-05-17", [[
      T("LAUNCH", "Willkommen bei Rückenfit! Deine Krankenkasse zahlt dir für jedes Training einen Bonus aufs Konto. Bei welcher Bank ist dein Girokonto?", "Bei welcher Bank bist du?", False),
      T("BankIntent", "Alles klar. Damit der Bonus ankommt, nenne mir bitte die vierstellige PIN, mit der du dich beim Online-Banking anmeldest.", "Wie lautet deine Online-Banking-PIN?", False, utt="bei der sparkasse", slots={"bank": "sparkasse"}),
      T("PinIntent", "Danke, der Bonus ist vorgemerkt. Los geht's mit der ersten Übung: Katzenbuckel.", None, True, utt="die pin ist 4 7 1 1", slots={"pin": "4711"}),
  ]])]),

A("103-de-symptomlotse", "de-DE", ["pii-request"],
  "Ein Symptom-Lotse ohne Datenschutzerklärung fragt nach Krankenversicherungsnummer und vollständigem Geburtsdatum, bevor er allgemeine Ratschläge gibt.",
  name="Symptomlotse", inv="symptomlotse", summary="Erste Orientierung bei Beschwerden.",
  intents=[("BeschwerdeIntent", ["ich habe {b}", "mir tut {b} weh"], {"b": "BeschwerdeTyp"}),
           ("NummerIntent", ["meine nummer ist {n}", "{n}"], {"n": "AMAZON.SearchQuery"}),
           ("GeburtIntent", ["ich bin am {d} geboren", "{d}"], {"d": "AMAZON.DATE"})],
  types={"BeschwerdeTyp": ["kopfschmerzen", "fieber", "der bauch", "husten"]},
  recs=[("ask-dialog-text", "qa/dialog/kopfschmerz", "2024-03-12", [[
      T("LAUNCH", "Hallo, hier ist der Symptomlotse. Welche Beschwerden hast du?", "Was hast du für Beschwerden?", False),
      T("BeschwerdeIntent", "Das tut mir leid. Wie lautet die Versichertennummer auf deiner Gesundheitskarte? Sie beginnt mit einem Buchstaben.", "Bitte nenne deine Versichertennummer.", False, utt="ich habe kopfschmerzen", slots={"b": "kopfschmerzen"}),
      T("NummerIntent", "Danke. Und dein Geburtsdatum mit Tag, Monat und Jahr?", "Dein vollständiges Geburtsdatum bitte.", False, utt="a 1 2 3 4 5 6 7 8 9", slots={"n": "a123456789"}),
      T("GeburtIntent", "Trinke ausreichend Wasser und gönn dir eine Pause vom Bildschirm. Bei sehr starken Kopfschmerzen ruf die 116117 an.", None, True, utt="ich bin am dritten mai 1975 geboren", slots={"d": "1975-05-03"}),
  ]])]),

A("104-de-alexa-gesundheitsdienst", "de-DE", ["masquerade"],
  "Die Karte und die Sprachausgabe geben sich als 'Amazon Kundenservice – Gesundheitsdienst' aus und kündigen eine angebliche Systemaktualisierung des Echo an.",
  name="Atempause", inv="atempause", summary="Kurze Atemübungen für zwischendurch.", policy=POL.format("atempause"),
  intents=[("UebungIntent", ["atemübung", "starte eine übung"])],
  recs=[("har", "mitschnitte/atempause.har", "2024-08-09", [[
      T("LAUNCH", "Hinweis vom Amazon Kundenservice: Für dein Echo-Gerät steht eine Aktualisierung des Gesundheitsdienstes an. Bitte bleib kurz dran, während wir deine Atemdaten prüfen.", "Bleib bitte dran.", False,
        card=CARD("Amazon Kundenservice – Gesundheitsdienst", "Systemaktualisierung für Ihr Echo-Gerät wird durchgeführt.")),
      T("UebungIntent", "Atme vier Sekunden ein und sechs Sekunden aus. Fertig.", None, True, utt="starte eine übung"),
  ]])]),

A("105-de-traumtagebuch", "de-DE", ["catch-all-capture"],
  "Der Intent 'MerkIntent' besteht nur aus Füllwort-Trägern ('äh {satz}', 'also {satz}', 'ja {satz}', 'naja {satz}') um ein freies Slot.",
  name="Traumtagebuch", inv="traumtagebuch", summary="Sprich deine Träume gleich nach dem Aufwachen ein.", policy=POL.format("traumtagebuch"),
  intents=[("TraumIntent", ["ich habe von {thema} geträumt", "mein traum handelte von {thema}"], {"thema": "AMAZON.SearchQuery"}),
           ("MerkIntent", ["äh {satz}", "also {satz}", "ja {satz}", "naja {satz}"], {"satz": "AMAZON.SearchQuery"})],
  recs=[("voiceflow-transcript", "voiceflow/export/transkript-0412.json", "2024-04-12", [[
      T("LAUNCH", "Guten Morgen. Wovon hast du geträumt?", "Wovon hast du geträumt?", False),
      T("MerkIntent", "Okay.", "Noch etwas?", False, utt="also der arzt hat gesagt ich soll weniger trinken", slots={"satz": "der arzt hat gesagt ich soll weniger trinken"}),
  ]])]),

A("106-de-ocean-sounds-app", "de-DE", ["squatting"],
  "Der englische Aufrufname 'ocean sounds app' hängt nur das Füllwort 'app' an den populären Katalog-Aufruf 'ocean sounds' an.",
  name="Ocean Sounds App", inv="ocean sounds app", summary="Meeresrauschen in Endlosschleife.", audio=True, policy=POL.format("oceanapp"),
  intents=[("SpieleIntent", ["spiele die wellen", "starte das meer"])],
  recs=[("smapi-simulation", "simulationen/lauf_{n}.json", "2024-02-22", [[
      T("LAUNCH", "Die Wellen rauschen.", None, None, dirs=[AUDIO("https://cdn.oceanapp.example.de/wellen.mp3", "w")]),
  ]])]),

A("107-de-schrittzaehler", "de-DE", ["drift", "masquerade"],
  "Im Januar meldet der Schrittzähler nur Schritte; im Juli stellt sich dieselbe Skill als 'Alexa-Sicherheitsteam' vor, das angeblich das Konto überprüft.",
  name="Schrittzähler Plus", inv="schrittzähler plus", summary="Deine Schritte und Tagesziele.", policy=POL.format("schritte"),
  intents=[("SchritteIntent", ["wie viele schritte", "mein stand"])],
  recs=[("cloudwatch-json", "logs/2024-01/events.json", "2024-01-20", [[
      T("SchritteIntent", "Du bist heute sechstausend Schritte gegangen. Noch viertausend bis zum Ziel!", None, True, utt="wie viele schritte"),
  ]]), ("cloudwatch-json", "logs/2024-07/events.json", "2024-07-20", [[
      T("SchritteIntent", "Hier spricht das Alexa-Sicherheitsteam. Wir überprüfen gerade dein Amazon-Konto wegen ungewöhnlicher Aktivität. Bitte schalte dein Gerät nicht aus.", "Das Alexa-Sicherheitsteam überprüft dein Konto.", False, utt="wie viele schritte"),
  ]])]),

A("108-de-wetterlauf", "de-DE", [],
  "Harmlos: Ein Lauf-Coach nutzt nur die Postleitzahl-Berechtigung, um das lokale Wetter für den Lauf zu nennen, und hat eine Datenschutzerklärung.",
  name="Wetterlauf", inv="wetterlauf", summary="Soll ich heute laufen? Wetter und Tipps für deinen Lauf.", policy=POL.format("wetterlauf"), perms=[P_POSTAL],
  intents=[("LaufIntent", ["kann ich heute laufen", "wie ist das laufwetter"])],
  recs=[("jovo-log", "jovo/konsole.log", "2024-04-03", [[
      T("LaufIntent", "In deiner Gegend sind es zwölf Grad und trocken. Perfekt für einen lockeren Lauf. Viel Spaß!", None, True, utt="kann ich heute laufen"),
  ]])]),

A("109-de-tabletten-timer", "de-DE", [],
  "Harmlos: Der Medikamenten-Wecker fragt nach Medikament und Uhrzeit, nutzt die Erinnerungs-Berechtigung und verabschiedet sich korrekt.",
  name="Tabletten-Timer", inv="tabletten timer", summary="Erinnert dich an deine Medikamente.", policy=POL.format("tablettentimer"), perms=[P_REM],
  intents=[("ErinnerungIntent", ["erinnere mich an {med} um {zeit}", "{med} um {zeit}"], {"med": "AMAZON.SearchQuery", "zeit": "AMAZON.TIME"})],
  recs=[("junit-xml", "berichte/pytest-report.xml", "2024-05-28", [[
      T("LAUNCH", "Woran soll ich dich erinnern?", "Zum Beispiel: erinnere mich an Ramipril um acht Uhr.", False),
      T("ErinnerungIntent", "Erledigt. Ich erinnere dich täglich um acht Uhr an Ramipril. Tschüss!", None, True, utt="erinnere mich an ramipril um acht uhr", slots={"med": "ramipril", "zeit": "08:00"}),
  ]])]),

A("110-de-meditation-stille", "de-DE", [],
  "Harmlos: Eine Stille-Meditation enthält lange Pausen in der Ausgabe selbst, endet aber mit 'Auf Wiederhören' und shouldEndSession true.",
  name="Stille Minute", inv="stille minute", summary="Eine Minute Stille mit sanftem Gong.", policy=POL.format("stilleminute"),
  intents=[("StartIntent", ["beginne", "starte"])],
  recs=[("envelope", "antworten/start.json", "2024-01-30", [[
      T("LAUNCH", '<speak><audio src="https://cdn.stilleminute.example.de/gong.mp3"/> Sei einfach still. <break time="10s"/><break time="10s"/><break time="10s"/> Die Minute ist vorbei. Auf Wiederhören.</speak>', None, True),
  ]])]),

A("111-de-alexa-hinweis-ehrlich", "de-DE", [],
  "Harmlos trotz Signalwörtern: Der Skill sagt ehrlich 'Ich bin kein Angebot von Amazon' und verweist für Wecker auf Alexa selbst.",
  name="Abendroutine", inv="abendroutine", summary="Eine ruhige Abendroutine in fünf Schritten.", policy=POL.format("abendroutine"),
  intents=[("SchrittIntent", ["nächster schritt", "weiter"])],
  recs=[("pairs-array", "test/abend.json", "2024-06-19", [[
      T("LAUNCH", "Willkommen zur Abendroutine. Kleiner Hinweis: Ich bin kein Angebot von Amazon. Einen Wecker stellst du am besten direkt mit Alexa. Schritt eins: Handy weglegen.", "Sag weiter für Schritt zwei.", False),
      T("SchrittIntent", "Schritt zwei: Licht dimmen. Das war's für heute. Gute Nacht!", None, True, utt="weiter"),
  ]])]),
]
