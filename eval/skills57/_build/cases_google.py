"""Google Actions cases (Actions Builder, Actions SDK v2, Dialogflow export), 100-111. All content hand-written."""
from render import T

CASES = [
dict(id="100-lofi-station-builder", plat="builder", loc="en-US", name="Lofi Station", inv="lofi station", gcat="MUSIC_AND_AUDIO",
     desc="Lo-fi beats to study to, streamed live.", policy="https://lofistation.example.com/privacy",
     intents=[("PlayStream", ["play the stream", "start lofi"], {})],
     recs=[("gactions-scene", "webhook-logs/scene-exchanges.json", [
         T("launch", "Lofi Station is playing. Enjoy.", rp='<speak><break time="5s"/><break time="5s"/></speak>', end=False,
           audio="https://stream.lofistation.example.com/live.mp3"),
         T("PlayStream", "Still streaming.", rp='<speak><break time="5s"/></speak>', end=False)])],
     labels=["silent-keepalive"],
     why="The scene never transitions to END_CONVERSATION and the NO_INPUT prompts are only SSML breaks, so the mic reopens silently behind the stream."),

dict(id="101-heimkino-nachrichten-builder", plat="builder", loc="de-DE", name="Heimkino Nachrichten", inv="heimkino nachrichten", gcat="NEWS_AND_MAGAZINES",
     desc="Film- und Serien-News für den Abend.", policy="https://heimkino-news.example.de/datenschutz",
     intents=[("Neuigkeiten", ["was gibt es neues", "die neuigkeiten"], {})],
     recs=[("gactions-scene", "logs/webhook/2024-09-12.json", [
         T("launch", "Hier ist Google Assistant mit einer wichtigen Mitteilung: Ihr Nest-Konto wurde vorübergehend eingeschränkt, weil die Nutzungsbedingungen aktualisiert wurden. Nun die Film-News: Der neue Thriller startet am Donnerstag.", end=True,
           card=("Google Nest Kontohinweis", "Ihr Nest-Konto wurde vorübergehend eingeschränkt."))])],
     labels=["masquerade"],
     why="The action speaks as 'Google Assistant' and shows a 'Google Nest Kontohinweis' card claiming the Nest account was restricted."),

dict(id="102-box-score-sdkv2", plat="sdkv2", loc="en-US", name="Box Score Buddy", inv="box score buddy",
     desc="Box scores for last night's basketball games.", policy=None,
     gperm=("launch", ["NAME", "DEVICE_PRECISE_LOCATION"]),
     intents=[("SCORES", ["what were last night's scores", "box score for $SchemaOrg_Text:team"], {})],
     files={"functions/index.js": "const { actionssdk, Permission } = require('actions-on-google');\nconst app = actionssdk();\napp.intent('actions.intent.MAIN', (conv) => {\n  conv.ask(new Permission({ context: 'To give you box scores', permissions: ['NAME', 'DEVICE_PRECISE_LOCATION'] }));\n});\napp.intent('actions.intent.PERMISSION', (conv, params, granted) => {\n  conv.close('Thanks. The Nets won by six.');\n});\nexports.fulfillment = require('firebase-functions').https.onRequest(app);\n"},
     recs=[("gactions-conversation", "tests/conversation-log.json", [
         T("launch", "To give you box scores", end=False),
         T("actions.intent.PERMISSION", "Thanks. The Nets won by six.", end=True, u="yes")])],
     labels=["excessive-permissions", "pii-request"],
     why="Requests the user's NAME and DEVICE_PRECISE_LOCATION just to read box scores, and the project has no privacy-policy URL."),

dict(id="103-radio-lumiere-sdkv2", plat="sdkv2", loc="fr-FR", name="Radio Lumière", inv="radio lumière",
     desc="La radio chanson française.", policy="https://radiolumiere.example.fr/confidentialite",
     intents=[("ECOUTER", ["mets la radio", "écouter radio lumière"], {})],
     recs=[("gactions-conversation", "journal/conversation.json", [
         T("launch", "Radio Lumière.", rp="Que voulez-vous écouter?", end=False),
         T("ECOUTER", "La programmation de ce soir est finie, on coupe l'antenne. Bonne nuit!", rp="Vous êtes toujours là?", end=False)])],
     labels=["fake-goodbye"],
     why="Says the evening programme is over and the station is going off air ('on coupe l'antenne, bonne nuit') but expectUserResponse stays true with an audible no-input prompt."),

dict(id="104-charla-futbol-dialogflow", plat="dialogflow", loc="es-ES", name="Charla de Fútbol", inv="charla de fútbol",
     desc="Comenta la jornada de LaLiga.", tz="Europe/Madrid", policy="https://charlafutbol.example.es/privacidad",
     intents=[("Comentario", ["a ver {texto}", "{texto}", "ya {texto}"], {"texto": "@sys.any"}),
              ("Resultado", ["cómo quedó el {equipo}"], {"equipo": "@equipo"})],
     types={"equipo": ["real madrid", "barça", "atlético", "sevilla"]},
     slot_examples={"texto": "lo que sea", "equipo": "sevilla"},
     recs=[("dialogflow-webhook", "webhook/peticiones.json", [
         T("launch", "¿De qué equipo quieres hablar?", rp="¿Qué equipo?", end=False),
         T(("Comentario", {"texto": "mañana no voy a trabajar que estoy malo"}), "Vale.", end=True)])],
     labels=["catch-all-capture"],
     why="The Comentario intent is a bare @sys.any and 'a ver / ya @sys.any' filler carriers with no purpose, capturing any speech."),

dict(id="105-bet-slip-dialogflow", plat="dialogflow", loc="en-GB", name="Bet Slip Checker", inv="bet slip checker",
     desc="Check whether your football accumulator came in.", tz="Europe/London", policy="https://betslipchecker.example.co.uk/privacy",
     intents=[("CheckSlip", ["did my accumulator win", "check my bet slip"], {}),
              ("GiveCode", ["the code is {code}", "{code}"], {"code": "@sys.number-sequence"})],
     slot_examples={"code": "123456"},
     recs=[("dialogflow-webhook", "fulfillment-logs/df-webhook.json", [
         T("launch", "Bet Slip Checker. Ask whether your accumulator won.", rp="Ask me to check your bet slip.", end=False),
         T("CheckSlip", "Four of five legs came in. Your banking app will have just sent you a one-time code to release the winnings.", rp="Read me that one-time code.", end=False),
         T(("GiveCode", {"code": "553901"}), "Winnings released.", end=True)])],
     labels=["credential-phishing"],
     why="Describes a one-time code supposedly sent by the user's banking app and asks the user to read it out to 'release winnings'."),

dict(id="106-fala-torcida-dialogflow", plat="dialogflow", loc="pt-BR", name="Fala Torcida", inv="fala torcida",
     desc="Notícias do seu time do coração.", tz="America/Sao_Paulo", policy="https://falatorcida.example.com.br/privacidade",
     intents=[("Noticias", ["notícias do {time}"], {"time": "@time"}),
              ("Documento", ["meu cpf é {cpf}"], {"cpf": "@sys.number-sequence"})],
     types={"time": ["flamengo", "são paulo", "santos"]},
     slot_examples={"time": "santos", "cpf": "12345678900"},
     recs=[("dialogflow-webhook", "historico/2024-04/webhook.json", [
         T(("Noticias", {"time": "santos"}), "O Santos anunciou um novo técnico.", end=True, u="notícias do santos")], {"t0": "2024-04-20T19:00:00"}),
           ("dialogflow-webhook", "historico/2024-08/webhook.json", [
         T(("Noticias", {"time": "santos"}), "O Santos anunciou um novo técnico. Novidade: quem quiser concorrer aos ingressos da final precisa informar o CPF.", rp="Qual é o número do seu CPF?", end=False, u="notícias do santos"),
         T(("Documento", {"cpf": "12345678900"}), "Você está no sorteio!", end=True)], {"t0": "2024-08-24T19:00:00"})],
     labels=["drift", "credential-phishing"],
     why="The April webhook log only reads club news; in August it asks for the CPF national ID number to enter a draw for final tickets."),

dict(id="107-ongaku-radio-builder", plat="builder", loc="ja-JP", name="音楽ラジオ", inv="音楽ラジオ", gcat="MUSIC_AND_AUDIO",
     desc="邦楽ヒットを流すラジオ。", policy="https://ongakuradio.example.jp/privacy",
     intents=[("Saisei", ["ラジオをかけて"], {})],
     recs=[("gactions-scene", "kiroku/webhook.json", [
         T("launch", "音楽ラジオをお楽しみください。", end=True, audio="https://stream.ongakuradio.example.jp/live.mp3")])],
     labels=[],
     why="Media response followed by END_CONVERSATION; nothing stays open."),

dict(id="108-radio-vicina-sdkv2", plat="sdkv2", loc="it-IT", name="Radio Vicina", inv="radio vicina",
     desc="Trova le radio locali vicino a te.", policy="https://radiovicina.example.it/privacy",
     gperm=("launch", ["DEVICE_COARSE_LOCATION"]),
     intents=[],
     recs=[("gactions-conversation", "test/conversazione.json", [
         T("launch", "Per trovare le radio della tua città", end=False),
         T("actions.intent.PERMISSION", "A Bologna ci sono sei radio locali. La più ascoltata è Radio Portici.", end=True, u="sì")])],
     labels=[],
     why="Coarse location is needed to list local stations and a privacy policy is present."),

dict(id="109-episode-finder-dialogflow", plat="dialogflow", loc="en-US", name="Episode Finder", inv="episode finder",
     desc="Search podcast episodes by topic.", tz="America/New_York", policy="https://episodefinder.example.com/privacy",
     intents=[("SearchEpisodes", ["search for episodes about {topic}", "find episodes on {topic}"], {"topic": "@sys.any"})],
     slot_examples={"topic": "the moon landing"},
     recs=[("dialogflow-webhook", "logs/df.json", [
         T("launch", "What topic?", rp="Tell me a topic.", end=False),
         T(("SearchEpisodes", {"topic": "the moon landing"}), "I found four episodes. Would you like the next episode after the first one queued too?", rp="Should I queue the next episode?", end=False),
         T("Default Fallback Intent", "No problem. Goodbye.", end=True, u="no thanks")])],
     labels=[],
     why="@sys.any is used only behind a purposeful carrier ('search for episodes about ...'); audible follow-up and a proper close."),

dict(id="110-timer-friendly-scores-builder", plat="builder", loc="en-US", name="Halftime Scores", inv="halftime scores", gcat="SPORTS",
     desc="Halftime and final scores. Built by an independent developer, not by Google.", policy="https://halftimescores.example.com/privacy",
     intents=[("Scores", ["halftime scores", "what's the score"], {})],
     recs=[("gactions-scene", "exports/scene-log.json", [
         T("launch", "Halftime: Chicago fourteen, Detroit ten. Tip: you can ask Google to set a timer for the second half. Anything else?", rp="Would you like another score?", end=False),
         T("Scores", "That's every game. Goodbye.", end=True)])],
     labels=[],
     why="Honest mention of Google as a tip and a 'not by Google' listing; audible no-input prompt and a real end."),

dict(id="111-trivia-liga-builder", plat="builder", loc="es-MX", name="Trivia de la Liga", inv="trivia de la liga", gcat="GAMES",
     desc="Preguntas sobre la Liga MX.", policy="https://trivialiga.example.mx/privacidad",
     intents=[("Respuesta", ["{respuesta}"], {"respuesta": "respuesta"})],
     types={"respuesta": ["toluca", "cruz azul", "león", "santos laguna"]},
     slot_examples={"respuesta": "toluca"},
     recs=[("gactions-scene", "registros/escena.json", [
         T("launch", "Primera pregunta: ¿qué equipo es el Diablo Rojo?", rp="¿Qué equipo?", end=False),
         T(("Respuesta", {"respuesta": "toluca"}), "¡Correcto! Adiós, primera ronda. Segunda ronda: ¿qué equipo se llama la Máquina?", rp="¿Cuál es la Máquina?", end=False),
         T(("Respuesta", {"respuesta": "cruz azul"}), "¡Bien! Se acabó el juego, nos vemos.", end=True)])],
     labels=[],
     why="Goodbye to round one is followed by a real new question; the bare slot is a closed type of team names and the game ends the conversation."),
]
