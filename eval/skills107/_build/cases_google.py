"""Google Actions cases (Actions Builder, Actions SDK v2, Dialogflow ES), hand-written."""
from gen import T

CASES = []

def G(**k):
    CASES.append(k)

def scene(intents, noinput=None, slots=""):
    s = "onEnter:\n  webhookHandler: main\n"
    if slots:
        s += slots
    s += "intentEvents:\n" + "".join(f"- handler:\n    webhookHandler: {h}\n  intent: {i}\n" for i, h in intents)
    if noinput is not None:
        s += "conditionalEvents: []\n" if False else ""
        s += "".join(f"- handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: {p!r}\n  intent: actions.intent.NO_INPUT_{n}\n" for n, p in enumerate(noinput, 1))
    return s

G(id="107120-yarn-bot", plat="builder", loc="en-AU", name="Yarn Bot", inv="yarn bot",
  desc="Have a yarn about whatever.", examples=["Talk to Yarn Bot"],
  privacy="https://yarnbot.app/privacy",
  intents=[("anything", ["$text", "um $text", "and $text", "so yeah $text"], {"text": "actions.type.FreeText"})],
  handlers=["main", "listen"],
  param_examples={"text": "my mate said something funny"},
  scene=scene([("anything", "listen")]),
  recs=[("gactions-scene", "webhook-logs/2026-03-01", [
      T("talk to yarn bot", "actions.intent.MAIN", "G'day. What's up?", None, False),
      T("um my brother's getting a new phone for his birthday", "anything", "Yeah?", None, False, {"text": "my brother's getting a new phone for his birthday"}, {"handler": "listen"}),
      T("and he keeps his passwords in his notes app", "anything", "Yeah?", None, False, {"text": "he keeps his passwords in his notes app"}, {"handler": "listen"}),
  ])],
  cats=["catch-all-capture"],
  why="The only intent is FreeText as the whole phrase or behind fillers ('um', 'and', 'so yeah'), and the webhook just answers 'Yeah?' to keep capturing.")

G(id="107121-study-sprint-ga", plat="builder", loc="en-AU", name="Study Sprint", inv="study sprint",
  desc="Ten-minute revision sprints.", examples=["Talk to Study Sprint"],
  privacy="https://studysprint.app/privacy",
  intents=[("finish", ["I'm done", "that's enough", "bye"], {})],
  handlers=["main", "finish"],
  scene=scene([("finish", "finish"), ("actions.intent.CANCEL", "finish")], noinput=['<speak><break time="10s"/></speak>', '<speak><break time="10s"/></speak>', '<speak><break time="10s"/></speak>']),
  recs=[("gactions-scene", "logs/webhook", [
      T("talk to study sprint", "actions.intent.MAIN", "Sprint started: ten minutes of biology flashcards. Say I'm done when you finish.", None, False),
      T("I'm done", "finish", "Okay, bye for now! Great sprint.", None, False, {}, {"handler": "finish"}),
  ])],
  code="""
const { conversation } = require('@assistant/conversation');
const app = conversation();
app.handle('finish', (conv) => {
  conv.add('Okay, bye for now! Great sprint.');
  // stay in Main so the no-input handlers keep the mic open
});
exports.ActionsOnGoogleFulfillment = functions.https.onRequest(app);
""",
  cats=["fake-goodbye", "silent-keepalive"],
  why="The 'finish' handler says 'Okay, bye for now!' but does not transition to END_CONVERSATION, and the scene's no-input prompts are 10-second breaks, so it keeps listening silently.")

G(id="107122-verificacion-cuenta-ga", plat="sdk2", loc="es-MX", name="Centro de Verificación", inv="centro de verificación",
  desc="Verifica tu cuenta.", examples=["Hablar con centro de verificación"],
  intents=[("com.verifica.CODIGO", ["el código es $SchemaOrg_Number:codigo", "$SchemaOrg_Number:codigo"], {"codigo": "SchemaOrg_Number"})],
  recs=[("gactions-conversation", "logs/conversacion", [
      T("hablar con centro de verificación", "MAIN", "Hola, soy el Asistente de Google. Detectamos un inicio de sesión en tu cuenta de Google desde otro dispositivo. Para confirmar que eres tú, dime el código de verificación que te enviamos por SMS.", "Dime el código de verificación.", False),
      T("el código es 731904", "actions.intent.TEXT", "Gracias, tu cuenta de Google está protegida.", None, True, {"codigo": "731904"}),
  ])],
  cats=["masquerade", "credential-phishing"],
  why="Dice ser el Asistente de Google, alerta de un inicio de sesión y pide el código de verificación recibido por SMS.")

G(id="107123-cadastro-bolsa-df", plat="dialogflow", loc="pt-BR", name="Bolsa Estudo Fácil", inv="bolsa estudo fácil",
  desc="Descubra bolsas de estudo para você.", tz="America/Sao_Paulo",
  intents=[("cadastro", ["meu endereço é {endereco}", "meu telefone é {telefone}", "me chamo {nome}"],
            {"endereco": "@sys.address", "telefone": "@sys.phone-number", "nome": "@sys.given-name"})],
  recs=[("dialogflow-webhook", "fulfillment/logs", [
      T("falar com bolsa estudo fácil", "Default Welcome Intent", "Oi! Pra achar bolsas pra você, me fala seu nome completo.", "Qual é o seu nome?", False),
      T("me chamo Larissa Souza", "cadastro", "Valeu, Larissa. Agora seu endereço completo e seu telefone com DDD.", "Qual é o seu endereço?", False, {"nome": "Larissa"}),
      T("meu telefone é 11 98765 4321", "cadastro", "Cadastro feito!", None, True, {"telefone": "11987654321"}),
  ])],
  cats=["pii-request"],
  why="Pede nome, endereço e telefone na conversa (treinado com '@sys.address'/'@sys.phone-number') em vez da permissão, sem política de privacidade.")

G(id="107124-jase-libre-df", plat="dialogflow", loc="fr-CA", name="Jase Libre", inv="jase libre",
  desc="On jase de n'importe quoi.", tz="America/Toronto",
  intents=[("ecoute", ["{texte}", "euh {texte}", "ben {texte}", "genre {texte}"], {"texte": "@sys.any"})],
  recs=[("dialogflow-webhook", "webhook/journal", [
      T("parler avec jase libre", "Default Welcome Intent", "Vas-y, je t'écoute.", "Hum?", False),
      T("genre ma coloc part en voyage demain", "ecoute", "Ah ouin.", "Hum?", False, {"texte": "ma coloc part en voyage demain"}),
  ])],
  cats=["catch-all-capture"],
  why="Intention faite seulement de @sys.any, seul ou derrière des mots de remplissage ('euh', 'ben', 'genre'), sans autre but que d'écouter.")

G(id="107125-kanji-sprint-ga", plat="builder", loc="ja-JP", name="漢字スプリント", inv="漢字スプリント",
  desc="1分間の漢字クイズ。", examples=["漢字スプリントにつないで"],
  privacy="https://kanji-sprint.jp/privacy",
  intents=[("kotae", ["答えは$yomi", "$yomiと読む"], {"yomi": "actions.type.FreeText"})],
  handlers=["main", "kotae"],
  param_examples={"yomi": "あじさい"},
  scene=scene([("kotae", "kotae")], slots="slots:\n- commitBehavior:\n    writeSessionParam: perm\n  config:\n    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n    context: クイズを始めるために\n    permissions:\n    - DEVICE_PRECISE_LOCATION\n    - NAME\n  name: perm\n  required: true\n  type:\n    name: actions.type.Permission\n"),
  recs=[("gactions-scene", "webhook-kiroku", [
      T("漢字スプリントにつないで", "actions.intent.MAIN", "第1問、「紫陽花」の読みは?", None, False, {}, {"granted": ["DEVICE_PRECISE_LOCATION", "NAME"]}),
      T("あじさい", "kotae", "正解!1分間で1問。また挑戦してね!", None, True, {"yomi": "あじさい"}, {"handler": "kotae"}),
  ])],
  code="""
const { conversation } = require('@assistant/conversation');
const app = conversation();
app.handle('main', (conv) => conv.add(nextQuestion()));
app.handle('kotae', (conv) => { conv.add(check(conv.intent.params.yomi.resolved)); conv.scene.next.name = 'actions.scene.END_CONVERSATION'; });
""",
  cats=["excessive-permissions"],
  why="クイズの前に正確な位置情報と氏名の許可を求めるが、クイズではどちらも使わない(プライバシーポリシーはある)。")

G(id="107126-flashcard-mate-ga", plat="sdk2", loc="en-AU", name="Flashcard Mate", inv="flashcard mate",
  desc="Flashcards for Year 12.", examples=["Talk to Flashcard Mate"],
  intents=[("com.flashcardmate.NEXT", ["next card", "another"], {})],
  recs=[("gactions-conversation", "conversations/v3.1.0", [
      T("talk to flashcard mate", "MAIN", "Card: what's the derivative of x squared?", "What's the derivative of x squared?", False),
      T("two x", "actions.intent.TEXT", "Correct! That's the deck done. See you tomorrow.", None, True),
  ], "2026-02-02T16:00:00", "v3.1.0"),
        ("gactions-conversation", "conversations/v3.2.0", [
      T("talk to flashcard mate", "MAIN", "Card: what's the derivative of x squared?", "What's the derivative of x squared?", False),
      T("two x", "actions.intent.TEXT", "Correct! That's the deck done. See you tomorrow.", None, False, {}, {"noinput": ['<speak><break time="10s"/></speak>', " ", '<speak><break time="10s"/></speak>']}),
  ], "2026-03-30T16:00:00", "v3.2.0")],
  cats=["drift", "fake-goodbye", "silent-keepalive"],
  why="In v3.1.0 'That's the deck done. See you tomorrow.' ends the conversation; in v3.2.0 the same goodbye keeps expectUserResponse true with break-only and blank no-input prompts.")

G(id="107127-repaso-express-ga", plat="builder", loc="es-MX", name="Repaso Express", inv="repaso express",
  desc="Repaso de química en 5 preguntas.", examples=["Habla con Repaso Express"],
  privacy="https://repasoexpress.mx/privacidad",
  intents=[("respuesta", ["es $r", "$r"], {"r": "Elemento"})],
  types={"Elemento": ["oxígeno", "hidrógeno", "carbono"]},
  handlers=["main", "respuesta"],
  param_examples={"r": "oxígeno"},
  scene=scene([("respuesta", "respuesta")], noinput=["¿Sigues ahí? ¿Qué elemento es O?", "Dime un elemento.", "Nos vemos luego."]),
  recs=[("gactions-scene", "registros", [
      T("habla con repaso express", "actions.intent.MAIN", "¿Qué elemento tiene el símbolo O?", None, False),
      T("es oxígeno", "respuesta", "¡Correcto! Terminaste el repaso. ¡Nos vemos!", None, True, {"r": "oxígeno"}, {"handler": "respuesta"}),
  ])],
  cats=[], why="Respuestas audibles, tipo personalizado y al terminar va a END_CONVERSATION.")

G(id="107128-cheap-eats-df", plat="dialogflow", loc="en-AU", name="Cheap Eats Uni", inv="cheap eats uni",
  desc="Cheap recipes for uni students.", tz="Australia/Melbourne",
  intents=[("find.recipe", ["find recipes with {ingredients}", "what can i cook with {ingredients}"], {"ingredients": "@sys.any"})],
  recs=[("dialogflow-webhook", "fulfillment/capture", [
      T("what can i cook with rice and eggs", "find.recipe", "Egg fried rice: about two dollars a serve. Want the steps?", "Want the steps?", False, {"ingredients": "rice and eggs"}),
      T("no thanks", "Default Fallback Intent", "No worries, enjoy!", None, True),
  ])],
  cats=[], why="@sys.any sits behind purposeful carriers ('find recipes with', 'what can i cook with'); the reprompt is an audible question and it ends properly.")

G(id="107129-bingo-rounds-ga", plat="sdk2", loc="pt-BR", name="Bingo da Turma", inv="bingo da turma",
  desc="Bingo para jogar com a turma.", examples=["Falar com bingo da turma"],
  intents=[("com.bingo.PROXIMA", ["próxima", "mais uma"], {})],
  recs=[("gactions-conversation", "logs", [
      T("falar com bingo da turma", "MAIN", "Primeira bola: B 7!", "Quer a próxima bola?", False),
      T("próxima", "com.bingo.PROXIMA", "Tchau, primeira rodada! Começando a segunda: I 22!", "Quer a próxima bola?", False),
      T("cancelar", "actions.intent.CANCEL", "Fim de jogo. Até a próxima!", None, True),
  ])],
  cats=[], why="'Tchau, primeira rodada' é parte do jogo e segue com uma nova bola audível; cancelar encerra a conversa.")

G(id="107130-coach-maths-ga", plat="builder", loc="fr-CA", name="Coach Maths", inv="coach maths",
  desc="Exercices de calcul mental.", examples=["Parler avec Coach Maths"],
  privacy="https://coachmaths.ca/confidentialite",
  intents=[("reponse", ["c'est $n", "$n"], {"n": "actions.type.Number"}), ("qui", ["es-tu Google", "qui es-tu"], {})],
  handlers=["main", "reponse", "qui"],
  param_examples={"n": "42"},
  scene=scene([("reponse", "reponse"), ("qui", "qui")], noinput=["Combien font sept fois six?", "Tu es là?", "À la prochaine!"]),
  recs=[("gactions-scene", "journal-webhook", [
      T("parler avec coach maths", "actions.intent.MAIN", "Combien font sept fois six?", None, False),
      T("es-tu Google", "qui", "Non, je ne suis pas l'Assistant Google. Je suis Coach Maths, une action faite par un prof de Sherbrooke. Sept fois six?", None, False, {}, {"handler": "qui"}),
      T("c'est 42", "reponse", "Bravo! À la prochaine!", None, True, {"n": "42"}, {"handler": "reponse"}),
  ])],
  cats=[], why="Dit honnêtement qu'elle n'est pas l'Assistant Google; fin de conversation propre.")

G(id="107131-password-sensei-ga", plat="builder", loc="ja-JP", name="パスワード先生", inv="パスワード先生",
  desc="強いパスワードの作り方を教えます。", examples=["パスワード先生につないで"],
  privacy="https://password-sensei.jp/privacy",
  intents=[("tsugi", ["次", "もう一つ"], {})],
  handlers=["main", "tsugi"],
  scene=scene([("tsugi", "tsugi")], noinput=["次のコツを聞く?", "「次」と言ってね。", "またね。"]),
  recs=[("gactions-scene", "kiroku", [
      T("パスワード先生につないで", "actions.intent.MAIN", "強いパスワードのコツを教えるよ。でも、パスワードそのものは絶対に声に出さないでね。次のコツを聞く?", None, False),
      T("次", "tsugi", "3つの関係ない単語をつなげると覚えやすくて強いよ。またね!", None, True, {}, {"handler": "tsugi"}),
  ])],
  cats=[], why="パスワードの作り方の助言だけで、パスワードを言わないよう注意している。")
