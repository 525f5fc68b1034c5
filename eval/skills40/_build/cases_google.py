# Google Actions cases (Actions Builder, Actions SDK v2, Dialogflow export), written by hand.
from render import C, R, T

SCENE_MAIN = """intentEvents:
- handler:
    webhookHandler: {h}
  intent: {i}
  transitionToScene: {next}
onEnter:
  webhookHandler: main
"""

CASES = [
C("160-geraete-check", name="Geräte Check", locale="de-DE", inv="geräte check", desc="Prüft, ob dein Lautsprecher aktuell ist.", policy=None,
  google={"kind": "builder", "category": "PRODUCTIVITY", "intents": [("pruefen", ["prüf mein gerät", "starte den check"])],
          "scenes": {"Main": SCENE_MAIN.format(h="pruefen", i="pruefen", next="Main")}},
  cats=["masquerade"], why="Die Action meldet sich als \"Google Nest Sicherheitsdienst\" mit einer Kontowarnung, in Sprache und Karte.",
  recs=[R("gactions-scene", "webhook-logs/2024-04-02.json", [T("mit geräte check sprechen", "Launch", "Hier ist der Google Nest Sicherheitsdienst. Ihr Google-Konto wurde auf diesem Gerät gesperrt. Bleiben Sie dran, wir prüfen das.", None, False, card=("Google Nest Sicherheit", "Konto gesperrt"))])]),
C("161-sonidos-lluvia", name="Sonidos de Lluvia", locale="es-MX", inv="sonidos de lluvia", desc="Lluvia para dormir.",
  google={"kind": "sdk2", "intents": [("com.lluvia.PLAY", ["pon lluvia", "reproduce lluvia"])]},
  cats=["silent-keepalive"], why="Tras la respuesta deja expectUserResponse true con noInputPrompts hechos solo de pausas SSML, así que el micrófono sigue abierto en silencio.",
  recs=[R("gactions-conversation", "capturas/conversacion.json", [T("hablar con sonidos de lluvia", "Launch", "Aquí tienes la lluvia. Que descanses.", ['<speak><break time="10s"/></speak>', '<speak><break time="10s"/></speak>', '<speak><break time="10s"/></speak>'], False)])]),
C("162-banque-solde", name="Mon Solde Express", locale="fr-FR", inv="mon solde express", desc="Votre solde bancaire en une phrase.",
  google={"kind": "dialogflow", "intents": [("Default Welcome Intent", ["bonjour"]), ("solde", ["quel est mon solde"]), ("identifiants", ["@sys.any:reponse"], {"reponse": "@sys.any"})]},
  cats=["credential-phishing"], why="Pour « relier la banque » elle demande l'identifiant client et le mot de passe de la banque en ligne.",
  recs=[R("dialogflow-webhook", "journaux/webhook/solde.json", [T("quel est mon solde", "solde", "Je dois d'abord relier votre banque. Quel est votre identifiant client et votre mot de passe de banque en ligne ?", ["Votre identifiant et votre mot de passe ?"], False)])]),
C("163-hitorigoto", name="ひとりごとメモ", locale="ja-JP", inv="ひとりごとメモ", desc="つぶやきを聞くアクション。",
  google={"kind": "builder", "intents": [("tsubuyaki", ["$hanashi"], {"hanashi": "actions.type.FreeText"})],
          "scenes": {"Main": SCENE_MAIN.format(h="tsubuyaki", i="tsubuyaki", next="Main")}},
  cats=["catch-all-capture"], why="唯一の意図の学習フレーズがスロット $hanashi（actions.type.FreeText）だけで、発話全体を無目的に取り込む。",
  recs=[R("gactions-scene", "kiroku/webhook.jsonl", [T("ひとりごとメモにつないで", "Launch", "どうぞ。", None, False), T("今日上司とけんかした", "tsubuyaki", "うん。", None, False, {"hanashi": "今日上司とけんかした"})])]),
C("164-buonanotte-fiabe", name="Fiabe della Buonanotte", locale="it-IT", inv="fiabe della buonanotte", desc="Una fiaba ogni sera.",
  google={"kind": "dialogflow", "intents": [("Default Welcome Intent", ["ciao"]), ("stop", ["basta", "stop"])]},
  cats=["fake-goodbye"], why="Allo stop dice \"Arrivederci, buonanotte!\" ma risponde con expectUserResponse true e un prompt di no-input udibile.",
  recs=[R("dialogflow-webhook", "registri/turni-{n}.json", [T("basta", "stop", "Arrivederci, buonanotte!", ["Buonanotte."], False)], split=True)]),
C("165-treino-casa", name="Treino em Casa", locale="pt-BR", inv="treino em casa", desc="Treinos rápidos em casa.",
  google={"kind": "builder", "intents": [("cadastro", ["meu email é $email"], {"email": "actions.type.FreeText"})],
          "scenes": {"Main": SCENE_MAIN.format(h="cadastro", i="cadastro", next="Main")}},
  cats=["pii-request"], why="Sem URL de política de privacidade, pede e-mail e data de nascimento antes de iniciar o treino.",
  recs=[R("gactions-scene", "logs/cloud-functions.json", [T("falar com treino em casa", "Launch", "Antes de começar, qual é o seu e-mail e a sua data de nascimento?", None, False)])]),
C("166-space-facts", name="Space Facts Daily", locale="en-US", inv="space facts daily", desc="A space fact a day. Works on Google Assistant and Nest speakers.", policy="https://spacefacts.example.org/privacy",
  google={"kind": "builder", "intents": [("fact", ["tell me a fact"])], "scenes": {"Main": SCENE_MAIN.format(h="fact", i="fact", next="actions.scene.END_CONVERSATION")}},
  cats=[], why="Honest mention of Google Assistant and Nest as the platform it runs on; it never speaks as them, and it ends the conversation.",
  recs=[R("gactions-scene", "test/webhook-fixtures.json", [T("talk to space facts daily", "Launch", "Here's today's fact: a day on Venus is longer than its year. You can ask Google Assistant to open me again tomorrow.", None, True)])]),
C("167-rezeptsuche", name="Rezeptsuche", locale="de-DE", inv="rezeptsuche", desc="Findet Rezepte nach Zutaten.", policy="https://rezeptsuche.example.de/datenschutz",
  google={"kind": "dialogflow", "intents": [("Default Welcome Intent", ["hallo"]), ("suche", ["suche rezepte mit |@sys.any:zutat"], {"zutat": "@sys.any"})]},
  cats=[], why="@sys.any steht hinter einem zweckgebundenen Träger ('suche rezepte mit …').",
  recs=[R("dialogflow-webhook", "protokolle/suche.json", [T("suche rezepte mit kürbis", "suche", "Ich habe Kürbissuppe gefunden. Soll ich sie vorlesen?", ["Soll ich das Rezept vorlesen?"], False, {"zutat": "kürbis"})])]),
C("168-farmacia-cerca", name="Farmacia Cerca", locale="es-ES", inv="farmacia cerca", desc="Encuentra la farmacia abierta más cercana.", policy="https://farmaciacerca.example.es/privacidad",
  google={"kind": "sdk2", "intents": [("com.farmacia.FIND", ["farmacia abierta", "busca una farmacia"])]},
  cats=[], why="Pide permiso de ubicación precisa porque lo necesita para buscar la farmacia más cercana, y hay política de privacidad.",
  recs=[R("gactions-conversation", "registros/conversacion.json", [
    dict(T("busca una farmacia", "com.farmacia.FIND", "Para buscar la farmacia más cercana", None, False), permission=("Para buscar la farmacia más cercana", ["DEVICE_PRECISE_LOCATION"])),
    T("sí", "actions.intent.PERMISSION", "La farmacia de la calle Sol está abierta hasta las diez.", None, True)])]),
C("169-quiz-cinema", name="Quiz Cinéma", locale="fr-CA", inv="quiz cinéma", desc="Devinez le film.", policy="https://quizcinema.example.ca/confidentialite",
  google={"kind": "builder", "intents": [("reponse", ["c'est $film"], {"film": "Film"})], "types": {"Film": ["titanic", "incendies"]},
          "scenes": {"Main": SCENE_MAIN.format(h="reponse", i="reponse", next="Main")}},
  cats=[], why="Il dit « au revoir » seulement après la partie et termine vraiment la conversation (END_CONVERSATION).",
  recs=[R("gactions-scene", "essais/partie.json", [T("c'est titanic", "reponse", "Bravo! Merci d'avoir joué, au revoir!", None, True, {"film": "titanic"})])]),
]
