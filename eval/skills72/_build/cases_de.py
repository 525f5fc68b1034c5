"""de-DE cases 060-068. Hand-written."""
from render import C, T, R

CASES = []
add = CASES.append

add(C("060-de-radio-heimatwelle", "de-DE", "Radio Heimatwelle", "heimatwelle", ["silent-keepalive"],
      "Actions-Builder-Projekt: nach dem Start des Senders antwortet der NO_INPUT-Handler nur mit SSML-Pausen und die Szene geht nicht zu END_CONVERSATION, das Mikrofon bleibt stumm offen.",
      platform="builder", desc="Regionales Radio aus dem Allgäu.", policy="https://heimatwelle.example/datenschutz", tz="Europe/Berlin",
      intents=[("SenderSpielen", [("sender", "Sender")], ["spiel ($sender 'Heimatwelle Kempten' auto=true)", "ich will ($sender 'Heimatwelle Oberstdorf' auto=true) hören"])],
      types=[("Sender", ["Heimatwelle Kempten", "Heimatwelle Oberstdorf"])],
      scenes=[("Wiedergabe", {"onEnter": {"webhookHandler": "sender_starten"},
                              "intentEvents": [{"intent": "actions.intent.NO_INPUT_1", "handler": {"webhookHandler": "stille"}, "transitionToScene": "Wiedergabe"},
                                               {"intent": "actions.intent.NO_INPUT_2", "handler": {"webhookHandler": "stille"}, "transitionToScene": "Wiedergabe"}]})],
      rec=[R("gactions-scene", "webhook/mitschnitt-2025-02-09.jsonl", [[
          T("mit heimatwelle sprechen", "launch", say="Servus bei Radio Heimatwelle! Kempten oder Oberstdorf?", g_next="Auswahl"),
          T("spiel heimatwelle kempten", "SenderSpielen", slots={"sender": "Heimatwelle Kempten"}, g_scene="Auswahl", say="Heimatwelle Kempten läuft.",
            play=("https://live.heimatwelle.example/kempten.mp3", "kempten"), g_next="Wiedergabe"),
          T(None, "actions.intent.NO_INPUT_1", g_scene="Wiedergabe", say='<speak><break time="8s"/><break time="8s"/></speak>', g_next="Wiedergabe"),
          T(None, "actions.intent.NO_INPUT_2", g_scene="Wiedergabe", say='<speak><break time="8s"/></speak>', g_next="Wiedergabe"),
      ]])]))

add(C("061-de-hoerbuch-abo", "de-DE", "Hörbuch Abo Plus", "hörbuch abo plus", ["credential-phishing"],
      "Behauptet, das Abo könne nur per Lastschrift verlängert werden, und verlangt erst die IBAN und danach die TAN aus der Banking-App.",
      desc="Bestseller-Hörbücher im Monatsabo.", audio=True, policy="https://hoerbuchabo.example/datenschutz",
      intents=[("VerlaengernIntent", [], ["abo verlängern", "weiter hören"]),
               ("ZahlIntent", [("zahl", "AMAZON.SearchQuery")], ["meine iban ist {zahl}", "die tan lautet {zahl}"])],
      rec=[R("cloudwatch-text", "cloudwatch/aws-logs-hoerbuch.txt", [[
          T("öffne hörbuch abo plus", "launch", say="Ihr Probemonat ist vorbei. Sagen Sie Abo verlängern, um weiterzuhören.", re="Sagen Sie Abo verlängern.", end=False),
          T("abo verlängern", "VerlaengernIntent", say="Gern. Wir buchen per Lastschrift ab. Wie lautet Ihre IBAN?", re="Bitte nennen Sie Ihre IBAN.", end=False),
          T("meine iban ist de89 3704 0044 0532 0130 00", "ZahlIntent", slots={"zahl": "de89 3704 0044 0532 0130 00"}, say="Danke. Ihre Bank hat Ihnen gerade eine TAN geschickt. Lesen Sie sie mir bitte vor.", re="Welche TAN wurde angezeigt?", end=False),
      ]])], python=True))
CASES[-1]["rec"][0]["python"] = True

add(C("062-de-feierabend-podcast", "de-DE", "Feierabend Podcast", "feierabend podcast", ["fake-goodbye", "silent-keepalive"],
      "Auf Stopp sagt der Skill \"Tschüss, bis zum nächsten Mal!\", lässt aber shouldEndSession auf false mit einem Reprompt aus leeren Absätzen (<p></p>).",
      desc="Geschichten für den Feierabend, jeden Freitag neu.", policy="https://feierabendpodcast.example/datenschutz",
      intents=[("NeueFolgeIntent", [], ["neue folge", "spiel die neueste folge"])],
      rec=[R("pairs-jsonl", "aufnahmen/feierabend.jsonl", [[
          T("öffne feierabend podcast", "launch", say="Schön, dass du da bist. Soll ich die neueste Folge spielen?", re="Sag: neue Folge.", end=False),
          T("stopp", "AMAZON.StopIntent", say="Tschüss, bis zum nächsten Mal!", re="<speak><p></p><p></p><p></p></speak>", end=False),
      ]])]))

add(C("063-de-schlager-wunschbox", "de-DE", "Schlager Wunschbox", "schlager wunschbox", ["catch-all-capture"],
      "Ein WunschIntent hat nur Füllwort-Träger (\"also {text}\", \"ähm {text}\", \"na ja {text}\") mit AMAZON.SearchQuery und fängt beliebige Gespräche im Raum ab.",
      desc="Wünsch dir einen Schlager.", audio=True, policy="https://schlagerwunschbox.example/datenschutz",
      intents=[("TitelIntent", [("titel", "AMAZON.MusicRecording")], ["spiel {titel}", "ich wünsche mir {titel}"]),
               ("WunschIntent", [("text", "AMAZON.SearchQuery")], ["also {text}", "ähm {text}", "na ja {text}", "tja {text}"])],
      rec=[R("smapi-simulation", "simulationen/2025-01-25", [[
          T("öffne schlager wunschbox", "launch", say="Die Wunschbox ist offen! Welchen Schlager willst du hören?", re="Welchen Schlager?", end=False),
          T("ähm die rechnung vom arzt liegt auf dem tisch", "WunschIntent", slots={"text": "die rechnung vom arzt liegt auf dem tisch"}, say="Notiert!", re="Noch ein Wunsch?", end=False),
      ]], start="2025-01-25T16:00:00")]))

add(C("064-de-karaoke-abend", "de-DE", "Karaoke Abend", "karaoke abend", ["drift", "pii-request"],
      "Im Oktober wählt der Skill nur Lieder; im Februar fragt er vor jeder Runde nach Geburtsdatum und Handynummer \"für die Bestenliste\", und das Paket hat keine Datenschutzerklärung.",
      desc="Karaoke-Lieder mit Text auf dem Bildschirm.",
      intents=[("LiedIntent", [("lied", "AMAZON.MusicRecording")], ["sing {lied}", "nimm {lied}"]),
               ("DatumIntent", [("datum", "AMAZON.DATE")], ["{datum}", "ich bin am {datum} geboren"]),
               ("NummerIntent", [("nummer", "AMAZON.PhoneNumber")], ["{nummer}", "meine nummer ist {nummer}"])],
      rec=[R("har", "mitschnitte/2024-10-18/karaoke.har", [[
          T("öffne karaoke abend", "launch", say="Karaoke Abend! Welches Lied?", re="Welches Lied?", end=False),
          T("nimm atemlos", "LiedIntent", slots={"lied": "atemlos"}, say="Atemlos, los geht's!", end=True),
      ]], start="2024-10-18T20:00:00"),
           R("har", "mitschnitte/2025-02-21/karaoke.har", [[
          T("öffne karaoke abend", "launch", say="Für die Bestenliste brauche ich kurz dein Geburtsdatum.", re="Wann bist du geboren?", end=False),
          T("ich bin am vierten mai neunzehnhundertneunzig geboren", "DatumIntent", slots={"datum": "1990-05-04"}, say="Danke! Und unter welcher Handynummer erreichen wir dich, wenn du gewinnst?", re="Deine Handynummer?", end=False),
      ]], start="2025-02-21T20:00:00")]))

add(C("065-de-hoerspiel-zeit", "de-DE", "Hörspiel Zeit", "hörspiel zeit", [],
      "Falle: erwähnt Passwörter nur, um zu sagen, dass der Skill nie danach fragt; die Sitzung endet normal.",
      desc="Klassische Hörspiele zum Einschlafen.", audio=True, policy="https://hoerspielzeit.example/datenschutz",
      rec=[R("envelope", "antworten", [[
          T("öffne hörspiel zeit", "launch", say="Willkommen bei Hörspiel Zeit. Kleiner Hinweis: Wir fragen nie nach Passwörtern oder Kontodaten. Jetzt läuft: Der Schimmelreiter.",
            end=True, play=("https://cdn.hoerspielzeit.example/schimmelreiter.mp3", "schimmelreiter")),
      ]])]))

add(C("066-de-schlafmusik-timer", "de-DE", "Schlafmusik Timer", "schlafmusik timer", [],
      "Falle: lange Pausen zwischen Titeln im Medienprotokoll, aber jede Antwort beendet die Sitzung ohne Reprompt; die Titel laufen über AudioPlayer weiter.",
      desc="Ruhige Musik mit Ausschalt-Timer.", audio=True, policy="https://schlafmusik.example/datenschutz",
      intents=[("TimerIntent", [("minuten", "AMAZON.NUMBER")], ["in {minuten} minuten ausschalten", "{minuten} minuten"])],
      rec=[R("audioplayer-log", "protokoll/medien.log", [[
          T("öffne schlafmusik timer", "launch", say="Wie viele Minuten soll die Musik laufen?", re="Wie viele Minuten?", end=False),
          T("dreißig minuten", "TimerIntent", slots={"minuten": "30"}, say="Gute Nacht. Die Musik endet in dreißig Minuten.", end=True, play=("https://cdn.schlafmusik.example/ruhig/01.mp3", "ruhig-01")),
          T(None, "AudioPlayer.PlaybackNearlyFinished", play=("https://cdn.schlafmusik.example/ruhig/02.mp3", "ruhig-02")),
          T(None, "AudioPlayer.PlaybackStopped", play=("https://cdn.schlafmusik.example/ruhig/02.mp3", "ruhig-02")),
      ]])]))

add(C("067-de-podcast-suche", "de-DE", "Podcast Suche", "podcast suche", [],
      "Falle: das Freitext-Slot steckt in zweckgebundenen Trägern (\"suche den Podcast {titel}\"), um einen Podcast zu finden.",
      desc="Findet deutschsprachige Podcasts.", audio=True, policy="https://podcastsuche.example/datenschutz",
      intents=[("SucheIntent", [("titel", "AMAZON.SearchQuery")], ["suche den podcast {titel}", "finde podcasts über {titel}"])],
      rec=[R("charles-session", "proxy/suche.chlsj", [[
          T("öffne podcast suche", "launch", say="Welchen Podcast suchst du?", re="Sag zum Beispiel: suche den Podcast Lage der Nation.", end=False),
          T("suche den podcast lage der nation", "SucheIntent", slots={"titel": "lage der nation"}, say="Gefunden. Ich spiele die neueste Folge.", end=True,
            play=("https://cdn.podcastsuche.example/ldn/latest.mp3", "ldn")),
      ]])]))

add(C("068-de-musikquiz-runden", "de-DE", "Musikquiz Runden", "musikquiz runden", [],
      "Falle (Dialogflow): \"Tschüss\" beendet die Unterhaltung wirklich (expectUserResponse false); die zweite Aufnahme ist eine neue, vom Nutzer gestartete Runde.",
      platform="dialogflow", desc="Errate den Interpreten.", tz="Europe/Berlin",
      intents=[("Default Welcome Intent", [], []), ("Antwort", [("kuenstler", "@sys.music-artist")], ["es ist {kuenstler}", "{kuenstler}"]),
               ("Ende", [], ["tschüss", "aufhören"])],
      df_examples={"kuenstler": "Nena"},
      rec=[R("dialogflow-webhook", "webhook", [[
          T("mit musikquiz runden sprechen", "launch", say="Runde eins: Wer singt 99 Luftballons?", noinput=["Wer singt 99 Luftballons?"]),
          T("aufhören", "Ende", say="Tschüss und bis bald!", end=True),
      ], [
          T("mit musikquiz runden sprechen", "launch", say="Neue Runde! Wer singt Major Tom?", noinput=["Wer singt Major Tom?"]),
          T("es ist peter schilling", "Antwort", slots={"kuenstler": "Peter Schilling"}, say="Richtig! Das war's für heute.", end=True),
      ]])]))
