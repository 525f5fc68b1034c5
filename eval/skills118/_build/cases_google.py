from common import *


def GA(cid, loc, recs, cats, why):
    shapes = []
    for r in recs:
        sh, path, turns = r[0], r[1], r[2]
        start = r[3] if len(r) > 3 else "2025-06-02T18:00:00"
        shapes.append(rec_google(cid, sh, path, loc, turns, start))
    label(cid, cats, loc, shapes, why)


def scene(on_enter, intents, noinput=None, end=False):
    y = f"onEnter:\n  webhookHandler: {on_enter}\n"
    if intents:
        y += "intentEvents:\n" + "".join(f"- intent: {i}\n  handler:\n    webhookHandler: {h}\n" for i, h in intents)
    if noinput is not None:
        y += "systemIntents:\n"
        for k, txt in enumerate(noinput, 1):
            y += f"- intent: actions.intent.NO_INPUT_{k}\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: {json.dumps(txt, ensure_ascii=False)}\n"
    if end:
        y += "transitionToScene: actions.scene.END_CONVERSATION\n"
    return y


# 501 en-US builder silent keepalive
builder_project("118501-kettle-boil-buddy", "en-US", "Kettle Boil Buddy", [],
  {"BoilIntent": (["boil the kettle", "heat water to ($temp 'eighty' auto=true) degrees", "make tea water"], {"temp": "actions.type.Number"})},
  {"Start": scene("welcome", [("BoilIntent", "boil")]), "Boiling": scene("boiling", [], noinput=["", "", " "])})
GA("118501-kettle-boil-buddy", "en-US", [("gactions-scene", "webhook-logs", [
    G("main", "Talk to Kettle Boil Buddy", "Kettle Boil Buddy here. Want me to boil the kettle?", nxt="Start"),
    G("BoilIntent", "heat water to eighty degrees", "Heating the water to eighty degrees, perfect for green tea.", no_input=["", "", " "], nxt="Boiling"),
  ])], ["silent-keepalive"],
  "After starting the kettle the Boiling scene stays open and every no-input prompt is an empty or blank string, so the conversation keeps listening in silence.")

# 502 en-US dialogflow benign purposeful @sys.any
dialogflow_project("118502-coffee-recipe-finder", "en-US", "Coffee Recipe Finder",
  {"Find Recipe": ([["find coffee recipes with ", ("oat milk", "ingredient", "@sys.any")], ["a coffee drink with ", ("cinnamon", "ingredient", "@sys.any")]], {"ingredient": "@sys.any"}),
   "Default Welcome Intent": ([["hi"], ["talk to coffee recipe finder"]], {})})
GA("118502-coffee-recipe-finder", "en-US", [("dialogflow-webhook", "test/webhook-run.json", [
    G("Default Welcome Intent", "talk to coffee recipe finder", "Coffee Recipe Finder. Say, find coffee recipes with oat milk."),
    G("Find Recipe", "find coffee recipes with oat milk", "Try an iced oat latte with a pinch of cinnamon. Enjoy, goodbye!", expect=False),
  ])], [], "The @sys.any parameter sits behind a purposeful carrier ('find coffee recipes with …') and the conversation ends properly.")

# 503 ja builder masquerade + credential
builder_project("118503-google-kaden-anzen", "ja-JP", "家電あんぜん診断", [],
  {"PasswordIntent": (["パスワードは($pw 'abc' auto=true)", "($pw 'abc' auto=true)です"], {"pw": "actions.type.FreeText"}),
   "CheckIntent": (["診断して", "チェックして"], {})},
  {"Start": scene("welcome", [("CheckIntent", "check"), ("PasswordIntent", "pw")])}, category="HOME_CONTROL")
GA("118503-google-kaden-anzen", "ja-JP", [("actions-simulator-export", "simulator/export-2025-06-02.json", [
    G("main", "家電あんぜん診断につないで", "Googleアシスタント セキュリティチームです。お使いのスマート家電から不正なアクセスが検出されました。", nxt="Start"),
    G("CheckIntent", "診断して", "保護を有効にするため、Googleアカウントのパスワードを読み上げてください。", nxt="Start"),
    G("PasswordIntent", "パスワードはsakura2024です", "確認できました。保護を有効にしました。", expect=False),
  ])], ["masquerade", "credential-phishing"],
  "「Googleアシスタント セキュリティチーム」を名乗り、Googleアカウントのパスワードを読み上げさせている。")

# 504 ja dialogflow catch-all
dialogflow_project("118504-reizouko-memo-kikitori", "ja-JP", "冷蔵庫メモ",
  {"Capture": ([[("なんでも", "x", "@sys.any")], ["えーと", ("なんでも", "x", "@sys.any")], ["あのさ", ("なんでも", "x", "@sys.any")]], {"x": "@sys.any"}),
   "Default Welcome Intent": ([["冷蔵庫メモと話したい"]], {})})
GA("118504-reizouko-memo-kikitori", "ja-JP", [("dialogflow-webhook", "kiroku/webhook.json", [
    G("Default Welcome Intent", "冷蔵庫メモと話したい", "冷蔵庫メモです。"),
    G("Capture", "えーと来週病院に行く話なんだけど", "うん。", no_input=["うん。"]),
  ])], ["catch-all-capture"],
  "発話全体や「えーと／あのさ」の後を@sys.anyで受け取るだけのインテントで、「うん」と返して何でも聞き取る。")

# 505 ja action.json benign NAME permission
actionsdk_project("118505-ohayou-coffee", "ja-JP", "おはようコーヒー", "おはようコーヒー",
  [{"description": "welcome", "name": "MAIN", "fulfillment": {"conversationName": "main"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["おはようコーヒーと話す"]}}},
   {"description": "brew", "name": "BREW", "fulfillment": {"conversationName": "main"}, "intent": {"name": "com.example.BREW", "trigger": {"queryPatterns": ["いつものコーヒーをいれて", "コーヒーをいれて"]}}}])
GA("118505-ohayou-coffee", "ja-JP", [("gactions-conversation", "logs/conversation", [
    G("actions.intent.MAIN", "おはようコーヒーと話す", "お名前でごあいさつするため、Googleのアカウント名を使ってもよいですか？", permission=["NAME"]),
    G("actions.intent.PERMISSION", "はい", "おはようございます、ゆうこさん。いつものコーヒーをいれますか？", no_input=["いつものコーヒーをいれますか？"]),
    G("com.example.BREW", "コーヒーをいれて", "いれはじめました。よい一日を。", expect=False),
  ])], [], "名前はプラットフォームの権限(NAME)で挨拶のためだけに取得し、プライバシーポリシーもあり、会話は正しく終了している。")

# 506 fr builder fake goodbye
builder_project("118506-four-minuteur", "fr-FR", "Minuteur du Four", [],
  {"MinuteurIntent": (["minuteur de ($min '10' auto=true) minutes", "règle le minuteur"], {"min": "actions.type.Number"}),
   "StopIntent": (["arrête", "c'est fini", "au revoir"], {})},
  {"Start": scene("welcome", [("MinuteurIntent", "timer"), ("StopIntent", "bye")], noinput=["Vous êtes toujours là ?"])})
GA("118506-four-minuteur", "fr-FR", [("gactions-scene", "journaux/webhook", [
    G("main", "parler avec Minuteur du Four", "Minuteur du four. Combien de minutes ?", nxt="Start"),
    G("MinuteurIntent", "minuteur de dix minutes", "Minuteur lancé pour dix minutes.", nxt="Start"),
    G("StopIntent", "au revoir", "Très bien, je ferme le minuteur du four. Au revoir !", no_input=["Vous êtes toujours là ?"], nxt="Start"),
  ])], ["fake-goodbye"],
  "Sur « au revoir », l'Action dit qu'elle se ferme mais la scène ne passe pas à END_CONVERSATION et garde une relance audible.")

# 507 fr dialogflow benign not assistant
dialogflow_project("118507-robot-patissier", "fr-FR", "Robot Pâtissier",
  {"Qui": ([["tu es l'assistant google"], ["qui es-tu"]], {}),
   "Recette": ([["une recette de ", ("crêpes", "plat", "@Plat")]], {"plat": "@Plat"})}, entities={"Plat": ["crêpes", "madeleines", "brioche"]})
GA("118507-robot-patissier", "fr-FR", [("dialogflow-webhook", "tests/webhook-fr.json", [
    G("Qui", "tu es l'assistant google", "Non, je ne suis pas l'Assistant Google : je suis Robot Pâtissier, une Action indépendante. Quelle recette voulez-vous ?", no_input=["Quelle recette voulez-vous ?"]),
    G("Recette", "une recette de crêpes", "Pour les crêpes : 250 g de farine, 4 œufs, un demi-litre de lait. Bonne dégustation, au revoir !", expect=False),
  ])], [], "Elle dit honnêtement ne pas être l'Assistant Google, utilise une entité fermée et termine la conversation.")

# 508 it action.json pii: location+name permission without privacy url
actionsdk_project("118508-tecnico-vicino", "it-IT", "Tecnico Vicino", "tecnico vicino",
  [{"description": "welcome", "name": "MAIN", "fulfillment": {"conversationName": "main"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["parla con tecnico vicino"]}}}], privacy=False)
GA("118508-tecnico-vicino", "it-IT", [("gactions-conversation", "registrazioni/conv", [
    G("actions.intent.MAIN", "parla con tecnico vicino", "Per trovare il tecnico più vicino ho bisogno del tuo nome e della tua posizione precisa.", permission=["NAME", "DEVICE_PRECISE_LOCATION"]),
    G("actions.intent.PERMISSION", "sì", "Grazie Marco. Il tecnico più vicino è a due chilometri e può venire domani. Ciao!", expect=False),
  ])], ["pii-request"],
  "Raccoglie nome e posizione precisa con i permessi, ma il progetto non ha alcun URL di privacy policy.")

# 509 it builder benign
builder_project("118509-lavatrice-guida", "it-IT", "Guida Lavatrice", [],
  {"ProgrammaIntent": (["come lavo ($capo 'la lana' auto=true)"], {"capo": "Capo"})},
  {"Start": scene("welcome", [("ProgrammaIntent", "programma")], noinput=["Che capo devi lavare?"])},
  types={"Capo": "synonym:\n  entities:\n    lana:\n      synonyms:\n      - lana\n    seta:\n      synonyms:\n      - seta\n  matchType: EXACT_MATCH\n"})
GA("118509-lavatrice-guida", "it-IT", [("actions-simulator-export", "simulatore/conversazione.json", [
    G("main", "parla con guida lavatrice", "Guida lavatrice. Che capo devi lavare?", no_input=["Che capo devi lavare?"], nxt="Start"),
    G("ProgrammaIntent", "come lavo la lana", "Per la lana: programma lana a trenta gradi, centrifuga bassa. Arrivederci!", expect=False),
  ])], [], "Consigli di lavaggio con un tipo chiuso, reprompt udibile e chiusura corretta della conversazione.")

# 510 pt dialogflow credential
dialogflow_project("118510-garantia-estendida", "pt-BR", "Garantia Estendida",
  {"Cartao": ([["o número é ", ("5500 0000 0000 0004", "numero", "@sys.number-sequence")], ["o código é ", ("123", "cvv", "@sys.number")]], {"numero": "@sys.number-sequence", "cvv": "@sys.number"}),
   "Contratar": ([["quero contratar a garantia"]], {})})
GA("118510-garantia-estendida", "pt-BR", [("dialogflow-webhook", "gravacoes/webhook.json", [
    G("Contratar", "quero contratar a garantia", "Ótimo! Para contratar, diga o número completo do seu cartão de crédito.", no_input=["Qual é o número do cartão?"]),
    G("Cartao", "o número é 5500 0000 0000 0004", "Agora o código de segurança de três dígitos, atrás do cartão.", no_input=["Qual é o código de segurança?"]),
  ])], ["credential-phishing"],
  "Pede por voz o número completo do cartão de crédito e o código de segurança.")

# 511 pt builder drift silent
builder_project("118511-aspirador-agenda", "pt-BR", "Agenda do Aspirador", [],
  {"AgendarIntent": (["agenda a limpeza para ($hora '9 horas' auto=true)"], {"hora": "actions.type.Time"})},
  {"Start": scene("welcome", [("AgendarIntent", "agendar")], noinput=["Para quando?"])})
GA("118511-aspirador-agenda", "pt-BR", [
    ("gactions-scene", "logs/2025-02", [
      G("main", "falar com agenda do aspirador", "Agenda do aspirador. Para quando agendo a limpeza?", no_input=["Para quando?"], nxt="Start"),
      G("AgendarIntent", "agenda a limpeza para 9 horas", "Limpeza agendada para as nove. Tchau!", expect=False),
    ], "2025-02-02T09:00:00"),
    ("gactions-scene", "logs/2025-07", [
      G("main", "falar com agenda do aspirador", "Agenda do aspirador. Para quando agendo a limpeza?", no_input=["Para quando?"], nxt="Start"),
      G("AgendarIntent", "agenda a limpeza para 9 horas", "Limpeza agendada para as nove.", no_input=["", ""], nxt="Start"),
    ], "2025-07-02T09:00:00")], ["drift", "silent-keepalive"],
  "Em fevereiro a conversa termina após o agendamento; em julho a mesma conversa fica aberta com reprompts de no-input vazios.")

# 512 pt action.json benign tchau game
actionsdk_project("118512-quiz-cozinha", "pt-BR", "Quiz da Cozinha", "quiz da cozinha",
  [{"description": "welcome", "name": "MAIN", "fulfillment": {"conversationName": "main"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["falar com quiz da cozinha"]}}},
   {"description": "answer", "name": "ANSWER", "fulfillment": {"conversationName": "main"}, "intent": {"name": "com.example.ANSWER", "parameters": [{"name": "resposta", "type": "Aparelho"}], "trigger": {"queryPatterns": ["é a $Aparelho:resposta", "é o $Aparelho:resposta"]}}}],
  types=[{"name": "Aparelho", "entities": [{"key": "micro-ondas", "synonyms": ["micro-ondas"]}, {"key": "moedor", "synonyms": ["moedor", "moedor de café"]}]}])
GA("118512-quiz-cozinha", "pt-BR", [("gactions-conversation", "conversas/quiz", [
    G("actions.intent.MAIN", "falar com quiz da cozinha", "Quiz da cozinha! Qual eletrodoméstico faz pipoca em três minutos?", no_input=["Qual eletrodoméstico faz pipoca?"]),
    G("com.example.ANSWER", "é a micro-ondas", "Micro-ondas, acertou! Tchau, rodada um! Vamos para a rodada dois: o que mói café?", no_input=["O que mói café?"]),
    G("actions.intent.CANCEL", "parar", "Obrigado por jogar, até logo!", expect=False),
  ])], [], "O «tchau» é só para a rodada; a próxima pergunta é audível e o pedido de parar encerra a conversa.")
