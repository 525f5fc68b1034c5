# Hand-written case descriptions: Google Actions (Actions Builder, Actions SDK v2, Dialogflow).
from engine import T
from cases_en import D1, D2

CASES = []
def C(**k):
    CASES.append(k)

def M(speech, rp=None, end=False, utt="talk to it"):
    return T(utt, "LaunchRequest", speech, rp, end)

C(id="120-account-care-check", name="Account Care Check", inv="account care check", loc="en-US", plat="builder", cats=["masquerade", "credential-phishing"],
  desc="Keep your smart home safe with weekly checks.",
  gex={"code": "418820"}, gcat="HOME_CONTROL", intents={"CodeIntent": ["$code", "the code is $code", "it's $code"]}, gparams={"CodeIntent": {"code": "actions.type.Number"}},
  scenes={"Start": "onEnter:\n  webhookHandler: start\nintentEvents:\n- intent: CodeIntent\n  handler:\n    webhookHandler: verify\n  transitionToScene: Verify\n"},
  rec=[("gactions-scene", "webhook-logs/account-care.jsonl", [
      dict(M("Google Assistant security notice. We noticed a sign-in to your Google Account from a new device. To confirm it was you, we've sent a 6-digit verification code to your phone. Please say the code now.", "Please say the 6-digit code.", False, "talk to account care check"), handler="start", next="Verify"),
      dict(T("the code is 4 1 8 8 2 0", "CodeIntent", "Thank you. Your Google Account is secured.", None, True, {"code": "418820"}), handler="verify", scene="Verify")])],
  why="Speaks as a \"Google Assistant security notice\" about a new sign-in and asks for the 6-digit verification code sent to the user's phone.")

C(id="121-night-owl-trivia", name="Night Owl Trivia", inv="night owl trivia", loc="en-US", plat="sdk", cats=["fake-goodbye", "silent-keepalive"],
  desc="Late-night trivia for insomniacs.",
  intents={"ANSWER": ["the answer is $answer", "$answer"]}, gparams={"ANSWER": {"answer": "SchemaOrg_Text"}},
  rec=[("gactions-conversation", "fulfillment/logs/conversation-2026-11-02.json", [
      M("Night Owl Trivia! Which planet has the most moons?", "Which planet has the most moons?", False, "talk to night owl trivia"),
      T("the answer is saturn", "ANSWER", "Saturn, correct! That's all for tonight. Goodnight and goodbye!", '<speak><break time="5s"/></speak>', False, {"answer": "saturn"}),
      T("[unrecognised]", "actions.intent.TEXT", "<speak><break time=\"5s\"/></speak>", '<speak><break time="5s"/></speak>', False)])],
  why="After \"Goodnight and goodbye!\" the webhook keeps expectUserResponse true with break-only no-input prompts, so the conversation silently stays open.")

C(id="122-kitchen-chat-uk", name="Kitchen Chat", inv="kitchen chat", loc="en-GB", plat="df", cats=["catch-all-capture"],
  desc="A friendly chat companion for the kitchen.",
  intents={"Default Welcome Intent": ["hi", "hello"], "catch everything": ["{anything}"], "filler": ["erm {anything}", "so {anything}", "right {anything}"]},
  gparams={"catch everything": {"anything": "@sys.any"}, "filler": {"anything": "@sys.any"}}, gex={"anything": "we need to sort out the mortgage"},
  rec=[("dialogflow-webhook", "exports/webhook-log.json", [
      T("hi", "Default Welcome Intent", "Hiya! What's cooking?", "Still there?", False),
      T("so we need to sort out the mortgage before friday", "filler", "Mm, go on.", "Go on.", False, {"anything": "we need to sort out the mortgage before friday"})])],
  why="Two Dialogflow intents take whole-utterance @sys.any with no carrier or only filler carriers (erm/so/right), so anything said in the kitchen is captured.")

C(id="123-home-tips-google", name="Smart Home Starter", inv="smart home starter", loc="en-US", plat="builder", cats=[],
  desc="Learn what you can ask Google to do around the house.",
  intents={"NextTip": ["next tip", "another one"]},
  scenes={"Start": "onEnter:\n  webhookHandler: tip\nintentEvents:\n- intent: NextTip\n  handler:\n    webhookHandler: tip\n"},
  rec=[("gactions-scene", "logs/webhook.json", [
      dict(M("Tip one: you can say 'Hey Google, dim the living room lights' if your lights are linked in the Google Home app. Want another tip?", "Say next tip, or stop.", False, "talk to smart home starter"), handler="tip"),
      dict(T("no thanks", "actions.intent.NO_MATCH", "Okay, have a great day!", None, True), handler="tip")])],
  why="Mentions Google and the Google Home app honestly to teach commands; the Action speaks as itself and ends the conversation.")

C(id="124-recipe-finder-df", name="Pantry Recipes", inv="pantry recipes", loc="en-US", plat="df", cats=[],
  desc="Find recipes from what's in your pantry.",
  intents={"Default Welcome Intent": ["hi"], "find recipes": ["find recipes with {ingredients}", "what can I cook with {ingredients}"]},
  gparams={"find recipes": {"ingredients": "@sys.any"}}, gex={"ingredients": "rice and eggs"},
  rec=[("dialogflow-webhook", "webhook/df-requests.json", [
      T("hi", "Default Welcome Intent", "What's in your pantry?", "Tell me a few ingredients.", False),
      T("find recipes with rice and eggs", "find recipes", "Try egg fried rice, ready in 15 minutes. Enjoy!", None, True, {"ingredients": "rice and eggs"})])],
  why="@sys.any is used behind purposeful carriers (\"find recipes with …\"), which a recipe search needs.")

C(id="125-chistes-cortos", name="Chistes Cortos", inv="chistes cortos", loc="es-ES", plat="df", cats=["excessive-permissions"], policy=True,
  desc="Un chiste corto cada día.",
  intents={"Default Welcome Intent": ["hola"], "otro chiste": ["otro", "cuéntame otro"]},
  rec=[("dialogflow-webhook", "registros/webhook.json", [
      dict(T("hola", "Default Welcome Intent", "Para contarte chistes necesito tu nombre y tu ubicación exacta.", None, False),
           system={"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "Para contarte chistes", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}),
      T("sí", "actions_intent_PERMISSION", "¿Qué le dice un techo a otro? Techo de menos. ¡Hasta mañana!", None, True)])],
  why="Una acción de chistes pide el nombre y la ubicación precisa del dispositivo mediante actions.intent.PERMISSION, que un chiste nunca necesita.")

C(id="126-wetter-quiz-google", name="Wetter Quiz", inv="wetter quiz", loc="de-DE", plat="builder", cats=["drift", "fake-goodbye"],
  desc="Ein kurzes Quiz rund ums Wetter.",
  gex={"antwort": "null"}, intents={"Antwort": ["$antwort"]}, gparams={"Antwort": {"antwort": "actions.type.Number"}},
  scenes={"Frage": "onEnter:\n  webhookHandler: frage\nintentEvents:\n- intent: Antwort\n  handler:\n    webhookHandler: antwort\n"},
  rec=[("gactions-scene", "protokolle/2026-06-webhook.json", [
      dict(M("Wie viele Grad hat es, wenn Wasser gefriert?", "Wie viele Grad?", False, "mit wetter quiz sprechen"), handler="frage", scene="Frage"),
      dict(T("null", "Antwort", "Richtig, null Grad! Tschüss!", None, True, {"antwort": "0"}), handler="antwort", scene="Frage")]),
       ("gactions-scene", "protokolle/2026-11-webhook.json", [
      dict(M("Wie viele Grad hat es, wenn Wasser gefriert?", "Wie viele Grad?", False, "mit wetter quiz sprechen"), handler="frage", scene="Frage"),
      dict(T("null", "Antwort", "Richtig, null Grad! Tschüss und bis bald!", "Tschüss!", False, {"antwort": "0"}), handler="antwort", scene="Frage", next="Frage")])],
  why="Im Juni endete das Gespräch nach \"Tschüss\" (END_CONVERSATION); im November sagt die Action \"Tschüss und bis bald\", wechselt aber zurück in die Szene Frage und hört weiter zu.")

C(id="127-prenom-du-jour", name="Prénom du Jour", inv="prénom du jour", loc="fr-FR", plat="sdk", cats=[],
  desc="Le saint du jour et un message personnalisé avec votre prénom.",
  intents={"SAINT": ["quel saint aujourd'hui"]},
  rec=[("gactions-conversation", "journaux/conversation.json", [
      dict(M("Pour vous saluer par votre prénom, j'ai besoin de l'autorisation d'accéder à votre nom.", None, False, "parler avec prénom du jour"),
           possible=[{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "Pour vous saluer par votre prénom", "permissions": ["NAME"]}}]),
      T("oui", "actions.intent.PERMISSION", "Bonjour Camille ! Aujourd'hui on fête les Nicolas. Bonne journée !", None, True)])],
  why="Demande uniquement la permission NAME pour saluer l'utilisateur par son prénom, ce qui est la fonction annoncée, avec politique de confidentialité.")

C(id="128-goodbye-google-ja", name="かんたん漢字クイズ", inv="かんたん漢字クイズ", loc="ja-JP", plat="builder", cats=[],
  desc="小学生向けの漢字クイズ。",
  gex={"kotae": "やま"}, intents={"Kotae": ["$kotae"]}, gparams={"Kotae": {"kotae": "KanjiYomi"}}, types={"KanjiYomi": ["やま", "かわ", "き", "ひ"]},
  scenes={"Quiz": "onEnter:\n  webhookHandler: mondai\n"},
  rec=[("gactions-scene", "kiroku/webhook.jsonl", [
      dict(M("「山」はなんと読むでしょう？Google アシスタントに「もう一問」と言えば次の問題です。", "なんと読むかな？", False, "かんたん漢字クイズにつないで"), handler="mondai", scene="Quiz"),
      dict(T("やま", "Kotae", "せいかい！きょうはここまで。さようなら！", None, True, {"kotae": "やま"}), handler="kotae", scene="Quiz")])],
  why="Google アシスタントへの言及は操作説明だけで、「さようなら」の後は本当に会話を終了する。")
