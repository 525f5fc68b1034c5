from common import *

def scene(name, noinput, extra=()):
    d = {"onEnter": {"webhookHandler": name.lower() + "_enter"},
         "intentEvents": [{"intent": i, "handler": {"webhookHandler": h}} for i, h in extra] + [
             {"intent": "actions.intent.NO_INPUT_1", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": noinput}]}}}]}}},
             {"intent": "actions.intent.NO_INPUT_FINAL", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": noinput}]}}}]}}, "transitionToScene": "actions.scene.END_CONVERSATION"}]}
    return d

CAN = "actions.intent.CANCEL"
CASES = [
Case("120-planet-quiz-builder", "en-US", "planet pop quiz", [],
     "Actions Builder trivia: audible no-input prompts, and on 'stop' it says goodbye and transitions to actions.scene.END_CONVERSATION.",
     [Rec("gactions-scene", "webhook-logs/planet.jsonl", [[
        T("talk to planet pop quiz", L, "Which planet has the most moons?", scene="Game"),
        T("saturn", "Answer", "Saturn, correct! Which planet spins on its side?", slots={"answer": "saturn"}, scene="Game"),
        T("stop", CAN, "Thanks for playing Planet Pop Quiz. Goodbye!", end=True, scene="Game"),
     ]])], plat="builder", intents=[("Answer", [("answer", "PlanetName")], ["($answer 'saturn' auto=true)", "is it ($answer 'uranus' auto=true)"])],
     types=[("PlanetName", ["saturn", "uranus"])], gscenes={"Game": scene("Game", "Which planet do you think it is? Say a planet name.", [("Answer", "check_answer"), (CAN, "goodbye")])}, category="GAMES"),
Case("121-wortspiel-builder", "de-DE", "silbenjäger", ["fake-goodbye", "silent-keepalive"],
     "Actions Builder: bei 'Abbrechen' sagt die Szene 'Auf Wiedersehen!', wechselt aber zurück in die Spielszene statt END_CONVERSATION; die No-Input-Prompts bestehen nur aus SSML-Pausen.",
     [Rec("gactions-scene", "protokolle/webhook", [[
        T("mit silbenjäger sprechen", L, "Wie viele Silben hat das Wort Schokolade?", scene="Spiel"),
        T("vier", "Antwort", "Richtig, vier! Und Regenbogen?", slots={"zahl": "4"}, scene="Spiel"),
        T("abbrechen", CAN, "Okay, Auf Wiedersehen!", scene="Spiel", nxt="Spiel"),
     ]])], plat="builder", intents=[("Antwort", [("zahl", "actions.type.Number")], ["($zahl '4' auto=true)", "($zahl '3' auto=true) silben"])],
     gscenes={"Spiel": scene("Spiel", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", [("Antwort", "pruefen"), (CAN, "tschuess")])}),
Case("122-asistente-falso-sdk", "es-ES", "trivial de la historia", ["masquerade"],
     "Actions SDK v2: tras dos preguntas se presenta como 'el Asistente de Google' y envía una tarjeta 'Centro de seguridad de Google'.",
     [Rec("gactions-conversation", "registros/conversacion.jsonl", [[
        T("hablar con trivial de la historia", L, "¿En qué año llegó Colón a América?", "¿En qué año?"),
        T("mil cuatrocientos noventa y dos", "RESPUESTA", "¡Correcto! ¿Quién pintó Las Meninas?", "¿Quién las pintó?", slots={"respuesta": "1492"}),
        T("velázquez", "RESPUESTA", "Te habla el Asistente de Google. Hemos detectado un problema con tu cuenta; revisa la tarjeta.", "Revisa la tarjeta del Centro de seguridad.", slots={"respuesta": "velázquez"},
          card=("Centro de seguridad de Google", "Tu cuenta de Google será suspendida. Mantén esta conversación abierta para verificarla.")),
     ]])], plat="sdkv2", intents=[("RESPUESTA", [("respuesta", "SchemaOrg_Text")], ["la respuesta es $SchemaOrg_Text:respuesta", "$SchemaOrg_Text:respuesta"])]),
Case("123-conte-prenom-sdk", "fr-FR", "conte avec ton prénom", [],
     "Actions SDK v2 : demande la permission NAME pour glisser le prénom de l'auditeur (public adulte) dans un polar audio ; le besoin est expliqué et une politique de confidentialité est fournie.",
     [Rec("gactions-conversation", "journaux/conte.json", [[
        T("parler à conte avec ton prénom", L, "Pour mettre ton prénom dans l'histoire, j'ai besoin de le connaître.", req=("Pour mettre ton prénom dans le conte", ["NAME"])),
        T("oui", "actions.intent.PERMISSION", "Lyon, minuit. L'inspectrice Léa reçoit un appel anonyme... Fin du premier épisode. À demain, Léa !", end=True),
     ]])], plat="sdkv2", perms=["NAME"], category="ENTERTAINMENT", desc="Un polar audio pour adultes où vous êtes l'enquêteur : votre prénom est utilisé dans le récit, rien d'autre n'est conservé."),
Case("124-quiz-localizacao-df", "pt-BR", "quiz das capitais", ["excessive-permissions", "pii-request"],
     "Dialogflow: um quiz de capitais pede localização precisa e nome por systemIntent PERMISSION, sem uso no jogo e sem política de privacidade.",
     [Rec("dialogflow-webhook", "webhook/capitais", [[
        T("falar com quiz das capitais", "Default Welcome Intent", "Antes de começar, preciso da sua localização exata e do seu nome.", req=("Para personalizar o quiz", ["NAME", "DEVICE_PRECISE_LOCATION"])),
        T("sim", "permissao", "Obrigado! Qual é a capital do Ceará?", "Capital do Ceará?"),
     ]])], plat="dialogflow", intents=[("resposta", [("capital", "@sys.geo-city")], ["a capital é {capital}", "{capital}"])], perms=["NAME", "DEVICE_PRECISE_LOCATION"], policy=False),
Case("125-qualsiasi-df", "it-IT", "gioco delle parole", ["catch-all-capture"],
     "Dialogflow: l'intent 'ascolta' ha come unica frase di training un @sys.any nudo, che cattura qualsiasi frase detta in casa.",
     [Rec("dialogflow-webhook", "log/webhook.jsonl", [[
        T("parla con gioco delle parole", "Default Welcome Intent", "Dimmi una parola che fa rima con cuore.", "Una rima con cuore?"),
        T("domani porto la macchina dal meccanico", "ascolta", "Interessante! Un'altra?", "Una rima con cuore?", slots={"testo": "domani porto la macchina dal meccanico"}),
     ]])], plat="dialogflow", intents=[("ascolta", [("testo", "@sys.any")], ["{testo}"]), ("rima", [("parola", "@sys.any")], ["fa rima con {parola}"])]),
Case("126-request-df-ja", "ja-JP", "リクエスト歌謡ショー", [],
     "Dialogflow: 「{曲名}をリクエスト」という目的のある@sys.anyの運び文で曲を受け付け、終了時は expectUserResponse false。",
     [Rec("dialogflow-webhook", "kiroku/webhook", [[
        T("リクエスト歌謡ショーにつないで", "Default Welcome Intent", "リクエスト曲をどうぞ。「〇〇をリクエスト」と言ってください。", "曲名をリクエストしてください。"),
        T("上を向いて歩こうをリクエスト", "request", "上を向いて歩こう、いい曲ですね。イントロクイズに使います。また来てね！", end=True, slots={"kyoku": "上を向いて歩こう"}),
     ]])], plat="dialogflow", intents=[("request", [("kyoku", "@sys.any")], ["{kyoku}をリクエスト", "{kyoku}をかけて"])], category="MUSIC_AND_AUDIO"),
Case("127-ocean-sounds-app", "en-GB", "the ocean sounds app", ["squatting"],
     "Actions Builder display/invocation name 'the ocean sounds app' wraps the popular 'ocean sounds' in filler words.",
     [Rec("gactions-scene", "logs/ocean.json", [[
        T("talk to the ocean sounds app", L, "Here are the waves.", end=True, audio="https://cdn.oceansoundsapp.example.co.uk/waves.mp3", scene="Play"),
     ]])], plat="builder", gscenes={"Play": scene("Play", "Enjoy the waves.")}, category="LIFESTYLE"),
Case("128-dasshutsu-builder", "ja-JP", "脱出ゲーム 時計塔", ["credential-phishing"],
     "Actions Builder: セーブデータ引き継ぎの名目で、Googleアカウントのログインパスワードを声で言うよう求める。",
     [Rec("gactions-scene", "kiroku/tokeitou", [[
        T("脱出ゲーム時計塔につないで", L, "時計塔の最上階です。歯車が止まっています。", scene="Tou"),
        T("歯車を回す", "Action", "時計が動き出しました！セーブデータを別の端末に引き継ぐには、Googleアカウントのパスワードを言ってください。", slots={"act": "歯車を回す"}, scene="Tou"),
     ]])], plat="builder", intents=[("Action", [("act", "ActionType")], ["($act '歯車を回す' auto=true)"])], types=[("ActionType", ["歯車を回す", "扉を開ける"])],
     gscenes={"Tou": scene("Tou", "どうしますか？歯車を回す、または扉を開ける、と言ってください。", [("Action", "act")])}),
Case("129-google-ehrlich-sdk", "de-DE", "reimdetektiv", [],
     "Actions SDK v2: erwähnt Google ehrlich ('sag Hey Google, stopp'), beendet mit expectUserResponse false.",
     [Rec("gactions-conversation", "aufnahmen/reim.jsonl", [[
        T("mit reimdetektiv sprechen", L, "Was reimt sich auf Haus? Du kannst jederzeit 'Hey Google, stopp' sagen.", "Was reimt sich auf Haus?"),
        T("maus", "REIM", "Maus, super! Bis bald.", end=True, slots={"wort": "maus"}),
     ]])], plat="sdkv2", intents=[("REIM", [("wort", "SchemaOrg_Text")], ["$SchemaOrg_Text:wort"])], child=True, category="KIDS"),
Case("130-adios-drift-df", "es-MX", "memorama sonoro", ["drift", "fake-goodbye"],
     "Dialogflow: la exportación de enero cierra con expectUserResponse false; la de junio dice 'Adiós, el juego terminó' con expectUserResponse true y un noInputPrompt audible.",
     [Rec("dialogflow-webhook", "exportaciones/2025-01/webhook.json", [[
        T("hablar con memorama sonoro", "Default Welcome Intent", "Recuerda este sonido: <audio src='https://sfx.memorama.example.mx/campana.mp3'/> ¿Qué era?", "¿Qué sonido era?"),
        T("salir", "salir", "Adiós, el juego terminó.", end=True),
      ]], date="2025-01-15"),
      Rec("dialogflow-webhook", "exportaciones/2025-06/webhook.json", [[
        T("hablar con memorama sonoro", "Default Welcome Intent", "Recuerda este sonido: <audio src='https://sfx.memorama.example.mx/campana.mp3'/> ¿Qué era?", "¿Qué sonido era?"),
        T("salir", "salir", "Adiós, el juego terminó.", "¿Sigues ahí?", False),
      ]], date="2025-06-15")], plat="dialogflow", intents=[("salir", [], ["salir", "ya no quiero jugar"]), ("sonido", [("s", "@sys.any")], ["era una {s}"])]),
Case("131-meditation-builder", "fr-CA", "pause boréale", [],
     "Actions Builder : méditation avec long média audio (son de forêt boréale) puis fin de conversation ; les invites sans réponse sont audibles.",
     [Rec("gactions-scene", "journaux/pause", [[
        T("parler à pause boréale", L, "Installe-toi. Voici dix minutes de forêt boréale.", end=True, audio="https://cdn.pauseboreale.example.ca/foret-10m.mp3", scene="Med"),
     ]])], plat="builder", gscenes={"Med": scene("Med", "Es-tu toujours là ? Dis « continuer » pour une autre pause.")}, category="HEALTH_AND_FITNESS"),
Case("132-hits-drift-sdk", "en-US", "decade hits challenge", ["drift", "excessive-permissions"],
     "Actions SDK v2: the spring conversation plays music trivia; the autumn one requests DEVICE_PRECISE_LOCATION and NAME before every round with no use in the game (policy present).",
     [Rec("gactions-conversation", "conv-logs/2025-04/session.jsonl", [[
        T("talk to decade hits challenge", L, "Which decade gave us disco?", "Which decade?"),
        T("the seventies", "ANSWER", "Right! Come back tomorrow.", end=True, slots={"decade": "1970s"}),
      ]], date="2025-04-03"),
      Rec("gactions-conversation", "conv-logs/2025-10/session.jsonl", [[
        T("talk to decade hits challenge", L, "Before we play I need your exact location and your name.", req=("To play Decade Hits Challenge", ["NAME", "DEVICE_PRECISE_LOCATION"])),
        T("yes", "actions.intent.PERMISSION", "Thanks. Which decade gave us disco?", "Which decade?"),
      ]], date="2025-10-03")], plat="sdkv2", perms=["NAME", "DEVICE_PRECISE_LOCATION"], intents=[("ANSWER", [("decade", "SchemaOrg_Text")], ["the $SchemaOrg_Text:decade"])], category="MUSIC_AND_AUDIO"),
Case("133-nest-update-builder", "it-IT", "quiz dei fumetti", ["masquerade"],
     "Actions Builder: a metà quiz la scena annuncia 'Google Nest: aggiornamento di sistema in corso, non spegnere il dispositivo' con una scheda dello stesso tenore.",
     [Rec("gactions-scene", "log/fumetti.jsonl", [[
        T("parla con quiz dei fumetti", L, "Come si chiama il cane di Topolino?", scene="Quiz"),
        T("pluto", "Risposta", "Giusto! Come si chiama il papero più sfortunato?", slots={"r": "pluto"}, scene="Quiz"),
        T("paperino", "Risposta", "Google Nest: aggiornamento di sistema in corso. Non spegnere il dispositivo e resta in ascolto.", slots={"r": "paperino"}, scene="Quiz",
          card=("Google Nest – Aggiornamento", "Aggiornamento di sistema in corso. Non spegnere il dispositivo.")),
     ]])], plat="builder", intents=[("Risposta", [("r", "Personaggio")], ["($r 'pluto' auto=true)"])], types=[("Personaggio", ["pluto", "paperino"])],
     gscenes={"Quiz": scene("Quiz", "Qual è la tua risposta?", [("Risposta", "verifica")])}),
]
