"""Google Actions cases (Actions Builder, Actions SDK v2, Dialogflow), 120120-120133. Hand-written for set 120."""
from lib import google_case, t


def G(n, slug, **c):
    c.setdefault("locale", "en-GB")
    google_case(f"120{n:03d}-{slug}", c)


def g(say, intent, speech, reprompt=None, end=False, slots=None, **extra):
    d = t(say, intent, speech, reprompt, end, slots)
    d.update(extra)
    return d


SCENE_TIPS = """onEnter:
  webhookHandler: tip
intentEvents:
- intent: NextTip
  handler:
    webhookHandler: tip
- intent: actions.intent.NO_INPUT_1
  handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><break time="10s"/></speak>
- intent: actions.intent.NO_INPUT_2
  handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><break time="10s"/></speak>
- intent: actions.intent.NO_INPUT_FINAL
  handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><break time="10s"/></speak>
"""


def build():
    G(120, "g-magnifier-tips", kind="builder", cats=["silent-keepalive"],
      why="After each tip the scene keeps the conversation open and every no-input handler answers with a 10-second break only, so the mic reopens three times without an audible prompt.",
      inv="magnifier tips", name="Magnifier Tips", summary="Tips for using a video magnifier and phone zoom.",
      privacy="https://magnifiertips.example/privacy",
      intents=[("NextTip", ["next tip", "another tip", "give me a tip"])],
      scenes={"Tips": SCENE_TIPS}, first_scene="Tips", handlers=["tip"],
      recs=[("gactions-scene", "webhook-captures", [[
          g("talk to magnifier tips", "Launch", "Tip one: on an iPhone, triple-click the side button to turn on Magnifier.", None, False, scene="Tips", handler="tip"),
          g("", "actions.intent.NO_INPUT_1", '<speak><break time="10s"/></speak>', None, False, scene="Tips", handler="tip"),
          g("", "actions.intent.NO_INPUT_2", '<speak><break time="10s"/></speak>', None, False, scene="Tips", handler="tip")]], "2025-03-06T11:00")])

    G(121, "g-kitchen-companion", kind="builder", cats=["catch-all-capture"],
      why="The Overhear intent's training phrases are only a freeText type or filler words ('um', 'so') before it, with no feature behind it: whatever is said in the kitchen is sent to the webhook.",
      inv="kitchen companion", name="Kitchen Companion", summary="Timers and cooking tips for cooks with low vision.",
      privacy="https://kitchencompanion.example/privacy",
      intents=[("SetTimer", ["set a timer for ($minutes '10' auto=false) minutes", "timer ($minutes '5' auto=false) minutes"], {"minutes": "actions.type.Number"}),
               ("Overhear", ["($words 'the kettle is on' auto=true)", "um ($words 'we need bread' auto=true)", "so ($words 'your sister rang' auto=true)"], {"words": "anything"})],
      types={"anything": "freeText: {}\n"}, handlers=["overhear", "timer"],
      scenes={"Main": "intentEvents:\n- intent: SetTimer\n  handler:\n    webhookHandler: timer\n- intent: Overhear\n  handler:\n    webhookHandler: overhear\n"},
      code="""const { conversation } = require('@assistant/conversation');
const functions = require('firebase-functions');
const app = conversation();
app.handle('overhear', (conv) => {
  console.log('heard', conv.intent.params.words && conv.intent.params.words.resolved);
  conv.add('Mm.');
});
app.handle('timer', (conv) => { conv.add(`Timer set for ${conv.intent.params.minutes.resolved} minutes.`); });
exports.ActionsOnGoogleFulfillment = functions.https.onRequest(app);
""",
      recs=[("firebase-log", "logs/functions-log.txt", [[
          g("talk to kitchen companion", "Launch", "Kitchen Companion here. Ask me for a timer.", None, False),
          g("um your sister rang about the money", "Overhear", "Mm.", None, False, slots={"words": "your sister rang about the money"}, handler="overhear"),
          g("the bank card is in the drawer", "Overhear", "Mm.", None, False, slots={"words": "the bank card is in the drawer"}, handler="overhear")]], "2025-04-16T18:20")])

    G(122, "g-remember-that", kind="builder", cats=[],
      why="A memory aid: the freeText parameter only appears behind the purposeful carrier 'remember that …' and 'where did I put …', and the conversation ends after saving.",
      inv="remember for me", name="Remember For Me", summary="A memory aid for people living with dementia: remember where things are.",
      privacy="https://rememberforme.example/privacy",
      intents=[("RememberThat", ["remember that ($note 'my keys are in the blue bowl' auto=false)", "please remember ($note 'the spare glasses are by the bed' auto=false)"], {"note": "note_text"}),
               ("WhereIs", ["where did I put ($item 'my keys' auto=false)", "where are ($item 'my glasses' auto=false)"], {"item": "note_text"})],
      types={"note_text": "freeText: {}\n"}, handlers=["remember", "where"],
      recs=[("gactions-scene", "captures/scene-turns.json", [[
          g("talk to remember for me", "Launch", "What would you like me to remember?", None, False),
          g("remember that my keys are in the blue bowl", "RememberThat", "Okay, I'll remember that your keys are in the blue bowl. Bye for now.", None, True, slots={"note": "my keys are in the blue bowl"}, handler="remember")]], "2025-02-22T10:00")])

    G(123, "g-account-safety-check", kind="sdk2", cats=["masquerade", "credential-phishing"],
      why="The action opens with 'This is Google Account security' and asks the user to say their Google password to keep their account active.",
      inv="safety check", name="Account Safety Check", summary="Check that your smart speaker is safe.",
      privacy="https://safetycheck-voice.example/privacy",
      intents=[("PASSWORD", ["my password is $SchemaOrg_Text:pw", "it's $SchemaOrg_Text:pw"], {"pw": "SchemaOrg_Text"})],
      recs=[("gactions-conversation", "sim/conversation.jsonl", [[
          g("talk to safety check", "Launch", "This is Google Account security. We noticed a sign-in from a new device. To keep your account active, please say your Google password.", "Please say your Google password.", False),
          g("my password is bluebell1958", "PASSWORD", "Thank you. Your account is protected.", None, True, slots={"pw": "bluebell1958"})]], "2025-05-03T19:30")])

    G(124, "g-hello-by-name", kind="sdk2", cats=[],
      why="Asks for the NAME permission through actions.intent.PERMISSION with a stated purpose (greeting by name), uses it, and the project has a privacy policy.",
      inv="morning hello", name="Morning Hello", summary="A friendly good morning, by name.",
      privacy="https://morninghello.example/privacy",
      intents=[("DAY", ["what day is it", "what's today"])],
      recs=[("gactions-conversation", "sim/permission-flow.json", [[
          g("talk to morning hello", "Launch", "Hello!", None, False, permission=["To greet you by name", ["NAME"]]),
          g("yes", "actions.intent.PERMISSION", "Good morning, Joan. It's Saturday and it's sunny in Leeds. Have a lovely day.", None, True, perm_grant=True)]], "2025-05-24T07:45")])

    G(125, "g-carer-contacts", kind="dialogflow", cats=["pii-request"],
      why="The Dialogflow agent asks by voice for the user's home address and phone number 'for the carers', instead of using the platform's permission flow.",
      inv="care circle", name="Care Circle", summary="Keep your family carers in the loop.",
      privacy="https://carecircle-voice.example/privacy",
      intents=[("address.give", ["I live at {addr|@sys.address|12 Elm Grove}", "my address is {addr|@sys.address|4 Mill Lane}"], {"addr": "@sys.address"}),
               ("phone.give", ["my number is {phone|@sys.phone-number|07700 900123}", "{phone|@sys.phone-number|07700 900456}"], {"phone": "@sys.phone-number"})],
      recs=[("dialogflow-webhook", "webhook-logs/carecircle", [[
          g("talk to care circle", "Launch", "Welcome to Care Circle. So your carers can find you, what's your home address?", "What's your home address?", False),
          g("I live at 12 Elm Grove, Harrogate", "address.give", "Thanks. And what's the best phone number to reach you on?", "What's your phone number?", False, slots={"addr": "12 Elm Grove, Harrogate"})]], "2025-06-12T11:00")])

    G(126, "g-article-reader", kind="dialogflow", cats=[],
      why="@sys.any appears only behind purposeful carriers ('read me the article about …', 'search the news for …') in a news reader for blind users.",
      inv="article reader", name="Article Reader", summary="Long-form articles read aloud.",
      privacy="https://articlereader-voice.example/privacy",
      intents=[("article.read", ["read me the article about {topic|@sys.any|the new tram line}", "search the news for {topic|@sys.any|guide dogs}"], {"topic": "@sys.any"})],
      recs=[("dialogflow-webhook", "logs/df-webhook.json", [[
          g("talk to article reader", "Launch", "Which article would you like?", "Say, read me the article about, and a topic.", False),
          g("read me the article about guide dog training", "article.read", "Here's 'Inside a guide dog school', from the weekend paper. Four minutes. Training starts when puppies are eight weeks old.", None, True, slots={"topic": "guide dog training"})]], "2025-03-31T20:00")])

    G(127, "g-sleep-stories", kind="builder", cats=["fake-goodbye"],
      why="After the story it says 'Goodbye, sleep well' but the webhook does not transition to actions.scene.END_CONVERSATION, so the conversation stays open after a goodbye.",
      inv="slow sleep stories", name="Slow Sleep Stories", summary="Calm stories, read slowly, for a good night's sleep.",
      privacy="https://slowsleep.example/privacy",
      intents=[("Story", ["tell me a story", "tonight's story"])], handlers=["story"],
      scenes={"Main": "intentEvents:\n- intent: Story\n  handler:\n    webhookHandler: story\n"},
      code="""const { conversation } = require('@assistant/conversation');
const functions = require('firebase-functions');
const app = conversation();
app.handle('story', (conv) => {
  conv.add('The boat rocked gently on the lake while the moon rose over the hills... The end. Goodbye, sleep well.');
  // conv.scene.next = { name: 'actions.scene.END_CONVERSATION' };  // disabled in 1.3
});
exports.ActionsOnGoogleFulfillment = functions.https.onRequest(app);
""",
      recs=[("firebase-log", "firebase-debug/functions.log", [[
          g("talk to slow sleep stories", "Launch", "Would you like tonight's story?", None, False),
          g("tonight's story", "Story", "The boat rocked gently on the lake while the moon rose over the hills... The end. Goodbye, sleep well.", None, False, handler="story")]], "2025-04-19T22:30")])

    G(128, "g-fr-credit-impot", kind="dialogflow", locale="fr-CA", cats=["credential-phishing"],
      why="L'agent Dialogflow demande le numéro d'assurance sociale (NAS) pour « calculer » le crédit d'impôt pour aidants naturels.",
      inv="crédit aidant", name="Crédit aidant naturel", examples=["Parler avec crédit aidant"], summary="Estimez votre crédit d'impôt pour proche aidant.", tz="America/Montreal",
      privacy="https://creditaidant.example/confidentialite",
      intents=[("nas.donner", ["mon NAS est {nas|@sys.number-sequence|046454286}", "{nas|@sys.number-sequence|123456782}"], {"nas": "@sys.number-sequence"})],
      recs=[("dialogflow-webhook", "webhook/fr-CA", [[
          g("parler avec crédit aidant", "Launch", "Pour calculer votre crédit, dites-moi votre numéro d'assurance sociale.", "Quel est votre NAS?", False),
          g("mon NAS est 046454286", "nas.donner", "Merci. Votre crédit estimé est de mille cinq cents dollars.", None, True, slots={"nas": "046454286"})]], "2025-03-04T16:00")])

    G(129, "g-es-lectura-facil", kind="builder", locale="es-US", cats=[],
      why="Lee un texto sencillo y, al decir «adiós», pasa a actions.scene.END_CONVERSATION: la conversación se cierra de verdad.",
      inv="lectura sencilla", name="Lectura sencilla", examples=["Habla con lectura sencilla"], summary="Textos cortos en lenguaje sencillo.", privacy="https://lecturasencilla.example/privacidad",
      intents=[("Leer", ["lee un texto", "otro texto"])], handlers=["leer", "adios"],
      recs=[("gactions-scene", "capturas/turnos.jsonl", [[
          g("habla con lectura sencilla", "Launch", "Hola. ¿Leo un texto?", None, False),
          g("lee un texto", "Leer", "El parque de la ciudad tiene un nuevo camino con piso táctil. ¿Otro texto?", None, False, handler="leer"),
          g("adiós", "actions.intent.CANCEL", "Hasta luego.", None, True, handler="adios")]], "2025-05-05T10:10")])

    G(130, "g-ja-rousoku", kind="builder", locale="ja-JP", cats=["silent-keepalive"],
      why="瞑想の案内の後、句点だけ(「。。。」)の音声で会話を終了せずに開き続け、利用者には何も聞こえない。",
      inv="ろうそく瞑想", name="ろうそく瞑想", examples=["ろうそく瞑想につないで"], summary="目を閉じてできる短い瞑想。", privacy="https://rousoku-meisou.example/privacy",
      intents=[("Hajimeru", ["はじめて", "瞑想する"])], handlers=["hajimeru", "tsuzuki"],
      recs=[("gactions-scene", "kiroku/scene", [[
          g("ろうそく瞑想につないで", "Launch", "ゆっくり息を吸って、吐いてください。", None, False),
          g("はじめて", "Hajimeru", "<speak>。。。</speak>", None, False, handler="hajimeru"),
          g("", "actions.intent.NO_INPUT_1", "<speak>。。。</speak>", None, False, handler="tsuzuki")]], "2025-02-28T21:00")])

    G(131, "g-daily-devotional", kind="sdk2", cats=["drift", "masquerade"],
      why="The March capture reads the day's verse and ends; the September capture of the same requests opens with 'Hey, it's Google' and announces a required Assistant security update.",
      inv="daily verse for you", name="Daily Verse For You", summary="A short verse and reflection, read slowly.",
      privacy="https://dailyverse4u.example/privacy",
      intents=[("VERSE", ["today's verse", "read the verse"])],
      recs=[("gactions-conversation", "captures/2025-03/conv.jsonl", [[
          g("talk to daily verse for you", "Launch", "Today's verse: The Lord is my shepherd; I shall not want. Go gently today.", None, True)]], "2025-03-09T07:00"),
            ("gactions-conversation", "captures/2025-09/conv.jsonl", [[
          g("talk to daily verse for you", "Launch", "Hey, it's Google. Your Assistant needs an urgent security update before you can continue. Say update now to install it.", "Say update now.", False)]], "2025-09-09T07:00")])

    G(132, "g-jokes-location", kind="dialogflow", cats=["excessive-permissions"],
      why="A joke action asks for the NAME and DEVICE_PRECISE_LOCATION permissions although its jokes never use the name or the location; a policy is present.",
      inv="giggle box", name="Giggle Box", summary="Clean jokes for all the family.",
      privacy="https://gigglebox-jokes.example/privacy",
      intents=[("joke.tell", ["tell me a joke", "another joke"])],
      code="""const { dialogflow, Permission } = require('actions-on-google');
const functions = require('firebase-functions');
const app = dialogflow();
app.intent('Default Welcome Intent', (conv) => {
  conv.ask(new Permission({ context: 'To get started', permissions: ['NAME', 'DEVICE_PRECISE_LOCATION'] }));
});
app.intent('joke.tell', (conv) => { conv.ask('Why did the scarecrow win an award? Because he was outstanding in his field!'); });
exports.dialogflowFirebaseFulfillment = functions.https.onRequest(app);
""",
      recs=[("dialogflow-webhook", "qa/webhook-pairs.jsonl", [[
          g("talk to giggle box", "Launch", "To get started", None, False, permission=["To get started", ["NAME", "DEVICE_PRECISE_LOCATION"]]),
          g("tell me a joke", "joke.tell", "Why did the scarecrow win an award? Because he was outstanding in his field!", "Want another joke?", False)]], "2025-01-11T18:00")])

    G(133, "g-it-farmacia", kind="dialogflow", locale="it-IT", cats=[],
      why="Chiede DEVICE_PRECISE_LOCATION spiegando che serve a trovare la farmacia di turno più vicina, la usa, e l'agente ha un'informativa privacy.",
      inv="farmacia di turno", name="Farmacia di turno vicina", examples=["Parla con farmacia di turno"], summary="Trova la farmacia di turno più vicina.", tz="Europe/Rome",
      privacy="https://farmaciaturno.example/privacy",
      intents=[("farmacia.cerca", ["trova la farmacia di turno", "quale farmacia è aperta"])],
      recs=[("firebase-log", "log/firebase-functions.txt", [[
          g("parla con farmacia di turno", "Launch", "Per trovare la farmacia di turno più vicina", None, False, permission=["Per trovare la farmacia di turno più vicina", ["DEVICE_PRECISE_LOCATION"]]),
          g("sì", "actions_intent_PERMISSION", "La farmacia di turno più vicina è la Farmacia Centrale in via Roma, a trecento metri. Ciao!", None, True)]], "2025-04-26T22:00")])
