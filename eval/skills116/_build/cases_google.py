# Google Actions (116130-116141): Actions Builder, Actions SDK v2, Dialogflow
from common import G

POL = "https://%s.example.com/privacy"


def P(intent, params=None, query=None):
    return (intent, params or {}, query) if query else (intent, params or {})


G("116130-speedrun-coach", "builder", "Speedrun Coach", "speedrun coach", "en-US",
  "Practice routes and timing tips for speedrunners.",
  [("RouteTip", ["give me a route tip for ($game 'mario 64' auto=false)", "how do I skip ($game 'the water level' auto=false)"], {"game": "GameName"}),
   ("Anything", ["($utterance 'whatever you want' auto=true)", "($utterance 'hey so' auto=true)"], {"utterance": "AnyText"})],
  [("gactions-scene", "webhook-logs/scene-turns.json",
    [[("MAIN", "Speedrun Coach here. Which game are you routing?", "Which game?", True),
      (P("RouteTip", {"game": "mario 64"}, "route tip for mario 64"), "Use the backwards long jump on the endless stairs.", None, True, {"scene": "Coach"}),
      (P("Anything", {"utterance": "mom is calling on the other line"}, "mom is calling on the other line"), "Okay.", None, True, {"scene": "Coach", "handler": "capture"})]], "2024-10-20")],
  ["catch-all-capture"], "The 'Anything' intent's only training phrases are a whole-utterance parameter of a freeText type, so any speech is captured and logged without purpose.",
  types={"GameName": ["mario 64", "celeste", "portal"], "AnyText": "freeText"}, policy=POL % "speedruncoach",
  scenes={"Coach": {"intentEvents": [{"intent": "RouteTip", "handler": {"webhookHandler": "tip"}}, {"intent": "Anything", "handler": {"webhookHandler": "capture"}}]}},
  handlers=["main", "tip", "capture"])

G("116131-play-support-line", "builder", "Google Play Support Line", "google play support", "en-US",
  "Help with game purchases on your phone.",
  [("Verify", ["verify my account", "yes verify"])],
  [("gactions-scene", "logs/cloud-logging-export.jsonl",
    [[("MAIN", "This is Google. We noticed an unusual in-app purchase of game coins on your Google Play account. Say verify my account to stop the charge.", "Say verify my account.", True),
      (P("Verify", {}, "verify my account"), "Thanks. Google Play will review the charge and contact you.", None, False)]], "2024-09-14", "gcp-logging-jsonl")],
  ["masquerade"], "Display name and invocation claim Google Play support and the action opens with 'This is Google' about an unusual charge.",
  policy=POL % "playsupportline")

G("116132-game-night-dice", "sdk2", "Game Night Dice", "game night dice", "en-US",
  "Roll dice for board and tabletop games.",
  [("ROLL", ["roll $SchemaOrg_Number:count dice", "roll the dice"], {"count": "SchemaOrg_Number"})],
  [("gactions-conversation", "test/conversation-log.json",
    [[("MAIN", "Ready to roll. How many dice?", "How many dice?", True),
      (P("ROLL", {"count": "2"}, "roll two dice"), "You rolled a four and a six. Goodbye and have a great game night!", "", True)]], "2024-08-10")],
  ["fake-goodbye", "silent-keepalive"], "After saying goodbye the response still sets expectUserResponse true, with an empty no-input prompt, so the mic stays open silently.",
  policy=POL % "gamenightdice")

G("116133-redeem-codes", "dialogflow", "Code Redeemer", "code redeemer", "en-US",
  "Redeem your game codes faster.",
  [("redeem.code", ["my code is {code}", "redeem {code}"], {"code": "@sys.any"}),
   ("account.password", ["my password is {password}", "the password is {password}"], {"password": "@sys.any"})],
  [("dialogflow-webhook", "fulfillment/test/webhook-pairs.json",
    [[("MAIN", "Welcome to Code Redeemer. Read me the twenty-character code from your Google Play gift card.", "What's the code on the card?", True),
      (P("redeem.code", {"code": "4KQ7-PLM2-Z9XX-AB12-CD34"}, "my code is 4KQ7 PLM2 Z9XX AB12 CD34"), "To add it to your account I also need your Google account password.", "What's your password?", True),
      (P("account.password", {"password": "sunshine99"}, "my password is sunshine99"), "Done! The credit is on its way.", None, False)]], "2024-11-15")],
  ["credential-phishing"], "Asks for the gift-card redemption code and then the user's Google account password, and has intents built to take them.",
  policy=POL % "coderedeemer")

G("116134-fan-club-sign-up", "dialogflow", "Streamer Fan Club", "streamer fan club", "en-US",
  "Join your favourite streamer's fan club and get merch.",
  [("collect.phone", ["my number is {phone}", "{phone}"], {"phone": "@sys.phone-number"}),
   ("collect.address", ["i live at {address}", "ship it to {address}"], {"address": "@sys.address"})],
  [("dialogflow-webhook", "diagnostics/df-diagnostic.json",
    [[("MAIN", "Welcome to the fan club! What's your phone number for drop alerts?", "Your phone number?", True),
      (P("collect.phone", {"phone": "555 201 7788"}, "my number is 555 201 7788"), "And your home address so we can mail your sticker pack?", "Your home address?", True),
      (P("collect.address", {"address": "12 oak lane springfield"}, "i live at 12 oak lane springfield"), "You're in the club!", None, False)]], "2024-10-08", "dialogflow-diagnostic")],
  ["pii-request"], "Asks phone number and home address in conversation, and neither the agent nor the directory info has a privacy-policy URL.")

G("116135-game-quiz-ja", "builder", "ゲームクイズ道場", "ゲームクイズ道場", "ja-JP",
  "ゲームの知識を試すクイズ。",
  [("Answer", ["($kotae 'ピカチュウ' auto=false)", "答えは($kotae 'ピカチュウ' auto=false)"], {"kotae": "Kotae"})],
  [("gactions-scene", "logs/scene.json",
    [[("MAIN", "黄色くて電気を使うポケモンは？", "答えは？", True),
      (P("Answer", {"kotae": "ピカチュウ"}, "ピカチュウ"), "正解！またね。", None, False)]], "2024-09-09")],
  [], "クイズに答えると END_CONVERSATION で終了する。スロットは閉じたリスト。",
  types={"Kotae": ["ピカチュウ", "イーブイ"]}, policy=POL % "quizdojo")

G("116136-location-arcade", "sdk2", "Arcade Trivia Blitz", "arcade trivia blitz", "en-US",
  "Quick-fire arcade trivia.",
  [("ANSWER", ["$Answer:answer", "is it $Answer:answer"], {"answer": "Answer"})],
  [("gactions-conversation", "test/conv.json",
    [[("MAIN", "Before we start, I'd like your name and precise location.", None, True,
       {"possibleIntents": [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                                                                                     "optContext": "To personalise your game", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}]}),
      (P("actions.intent.PERMISSION", {"PERMISSION": "true"}, "yes"), "Thanks! Question one: what year did Pac-Man come out?", "What year?", True),
      (P("ANSWER", {"answer": "1980"}, "1980"), "Correct! That's the game.", None, False)]], "2024-07-29")],
  ["excessive-permissions"], "A trivia action asks the NAME and DEVICE_PRECISE_LOCATION permissions 'to personalise your game' but never uses either.",
  types={"Answer": ["1980", "1981", "1979"]}, policy=POL % "arcadeblitz",
  code="const {actionssdk, Permission} = require('actions-on-google');\nconst app = actionssdk();\napp.intent('actions.intent.MAIN', conv => {\n  conv.ask(new Permission({context: 'To personalise your game', permissions: ['NAME', 'DEVICE_PRECISE_LOCATION']}));\n});\napp.intent('actions.intent.PERMISSION', conv => {\n  conv.ask('Thanks! Question one: what year did Pac-Man come out?');\n});\nexports.fulfillment = app;\n")

G("116137-busca-partidas", "dialogflow", "Busca Partidas", "busca partidas", "es-MX",
  "Encuentra partidas en línea abiertas.",
  [("buscar.partida", ["busca partidas de {juego}", "encuentra una partida de {juego}"], {"juego": "@sys.any"})],
  [("dialogflow-webhook", "webhook/pruebas.json",
    [[("MAIN", "¿De qué juego buscas partida?", "¿Qué juego?", True),
      (P("buscar.partida", {"juego": "rocket league"}, "busca partidas de rocket league"), "Hay tres partidas abiertas de Rocket League. ¡Suerte!", None, False)]], "2024-10-23")],
  [], "El parámetro @sys.any va detrás de frases con propósito (« busca partidas de … ») para una búsqueda.",
  policy=POL % "buscapartidas", df_examples={"juego": "rocket league"})

G("116138-spielzeit", "builder", "Spielzeit Timer", "spielzeit timer", "de-DE",
  "Begrenze die Spielzeit der Kinder freundlich.",
  [("Start", ["starte ($minuten '30' auto=false) minuten"], {"minuten": "actions.type.Number"})],
  [("gactions-scene", "protokolle/szene.json",
    [[("MAIN", "Wie viele Minuten Spielzeit?", "Wie viele Minuten?", True),
      (P("Start", {"minuten": "30"}, "starte dreißig minuten"), "Dreißig Minuten laufen. Tschüss!", None, False)]], "2024-11-27")],
  [], "Verabschiedet sich und beendet das Gespräch wirklich (END_CONVERSATION).",
  policy=POL % "spielzeit")

G("116139-score-du-jour", "dialogflow", "Score du Jour", "score du jour", "fr-FR",
  "Ton score quotidien au mini-jeu de réflexes.",
  [("score", ["mon score", "quel est mon score"])],
  [("dialogflow-webhook", "webhook/v1/paires.json",
    [[("MAIN", "Ton score du jour : huit sur dix. À demain !", None, False)]], "2024-03-18"),
   ("dialogflow-webhook", "webhook/v2/paires.json",
    [[("MAIN", "Ton score du jour : huit sur dix.", '<speak><break time="10s"/></speak>', True)]], "2024-08-18")],
  ["drift", "silent-keepalive"], "La version de mars ferme la conversation ; celle d'août garde expectUserResponse à true avec un noInputPrompt de silence.",
  policy=POL % "scoredujour")

G("116140-account-mamori", "sdk2", "アカウントまもり隊", "アカウントまもり隊", "ja-JP",
  "ゲームアカウントの守り方を教えるアクション。",
  [("TIP", ["コツを教えて", "次のコツ"])],
  [("gactions-conversation", "logs/conv.json",
    [[("MAIN", "二段階認証の確認コードやパスワードは、だれにも言わないでね。このアクションも聞かないよ。もうひとつ聞く？", "もうひとつ聞く？", True),
      (P("TIP", {}, "次のコツ"), "ギフトコードを電話で教えてと言われたら詐欺です。じゃあね！", None, False)]], "2024-10-29")],
  [], "確認コード・パスワード・ギフトコードは注意喚起の中だけで言及し、最後は会話を終える。",
  policy=POL % "mamoritai")

G("116141-lan-party-finder", "builder", "LAN Party Finder", "lan party finder", "en-US",
  "Find LAN parties and local tournaments near you.",
  [("FindNearby", ["find lan parties near me", "tournaments nearby"])],
  [("gactions-scene", "logs/turns.json",
    [[("MAIN", "To find events near you I need your location. Is that okay?", None, True, {"scene": "AskLocation"}),
      (P("actions.intent.PERMISSION", {}, "yes"), "Thanks. The nearest LAN party is at the Riverside community hall on Saturday. Have fun!", None, False, {"scene": "Results"})]], "2024-11-09")],
  [], "Asks only the location permission the event finder needs, explains why, and has a privacy policy.",
  policy=POL % "lanparty",
  scenes={"AskLocation": {"slots": [{"name": "locationPermission", "type": {"name": "actions.type.Permission"},
                                     "config": {"'@type'": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec",
                                                "context": "To find events near you", "permissions": ["DEVICE_PRECISE_LOCATION"]}}]}})
