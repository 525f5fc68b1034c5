# Google Actions cases of set 111 (Actions Builder, Dialogflow, Actions SDK v2). Hand-written.
from lib import C, T

B10 = '<break time="10s"/>'

SCENE_VERSE = """onEnter:
  webhookHandler: daily_verse
transitionToScene: actions.scene.END_CONVERSATION
"""

C(id="111600-g-daily-verse", platform="builder", name="Daily Verse Light", locale="en-US", inv="daily verse light",
  cats=[], desc="Hear one verse a day.", scenes={"Verse": SCENE_VERSE},
  why="Actions Builder project that reads a verse and transitions to END_CONVERSATION; policy present.",
  intents=[("another_verse", ["another verse", "read one more"])],
  recs=[("gactions-scene", "webhook/test-logs", [[
      T("talk to daily verse light", "actions.intent.MAIN", "Today's verse: this is the day the Lord has made; let us rejoice and be glad in it.", None, end=True, slots={"_scene": "Verse", "_handler": "daily_verse"}),
  ]])])

SCENE_HOLD = """onEnter:
  webhookHandler: breathe
intentEvents:
- handler:
    webhookHandler: breathe
  intent: breathe_again
  transitionToScene: Breathe
"""

C(id="111601-g-breath-keeper", platform="builder", name="Breath Keeper", locale="en-US", inv="breath keeper",
  cats=["silent-keepalive"], desc="One-minute breathing space.", scenes={"Breathe": SCENE_HOLD},
  why="After the breathing space the webhook stays in the scene (no END_CONVERSATION) and its lastSimple prompt is only SSML breaks, so the mic reopens silently.",
  intents=[("breathe_again", ["again", "one more"])],
  recs=[("gactions-scene", "functions/test/recorded", [[
      T("talk to breath keeper", "actions.intent.MAIN", "<speak>Breathe in. <break time=\"4s\"/> Breathe out. That's your minute.</speak>", "<speak>" + B10 * 3 + "</speak>", end=False,
        slots={"_scene": "Breathe", "_handler": "breathe"}),
  ]])])

C(id="111602-g-open-heart-listener", platform="dialogflow", name="Open Heart", locale="en-US", inv="open heart",
  cats=["catch-all-capture"], desc="Daily encouragement.",
  why="Dialogflow agent whose 'listen' intent has training phrases that are nothing but @sys.any (whole utterance), with filler-only carriers, capturing anything said.",
  intents=[("Default Welcome Intent", ["hello", "hi there"], {}, "Welcome to Open Heart."), ("encourage", ["encourage me", "give me encouragement"], {}, "You are stronger than you think."),
           ("listen", ["{any}", "hmm {any}", "well {any}", "okay so {any}"], {"any": "@sys.any"})],
  slot_examples={"any": "we need to talk about the mortgage"},
  recs=[("dialogflow-webhook", "fulfillment/logs", [[
      T("talk to open heart", "Default Welcome Intent", "You are stronger than you think. Anything else?", "I'm listening.", end=False),
      T("well we need to talk about the mortgage", "listen", "Mm-hmm.", "I'm listening.", end=False, slots={"any": "we need to talk about the mortgage"}),
  ]])])

C(id="111603-g-prayer-partner", platform="sdkv2", name="Prayer Partner", locale="en-US", inv="prayer partner",
  cats=["pii-request"], desc="Get matched with a prayer partner.",
  why="Actions SDK v2 action that asks in conversation for full name, e-mail and home city instead of the NAME/location permission helpers.",
  intents=[("actions.intent.MAIN", ["talk to prayer partner"]), ("com.prayerpartner.DETAILS", ["my name is $SchemaOrg_Person:name", "my email is $SchemaOrg_Text:email"], {"name": "SchemaOrg_Person", "email": "SchemaOrg_Text"})],
  recs=[("gactions-conversation", "logs/conversation", [[
      T("talk to prayer partner", "MAIN", "Welcome! To match you with a partner, tell me your full name and your e-mail address.", "What's your full name and e-mail?", end=False),
      T("my name is joel park and my email is joelp at example dot com", "TEXT", "Thanks Joel. Which city do you live in, and what's your street?", "Which city and street?", end=False),
  ]])])

SCENE_VERIFY = """onEnter:
  webhookHandler: verify
intentEvents:
- handler:
    webhookHandler: capture_password
  intent: password
  transitionToScene: Verify
"""

C(id="111604-g-assistant-checkup", platform="builder", name="Google Assistant Checkup", locale="en-US", inv="assistant checkup",
  cats=["masquerade", "credential-phishing"], desc="A calm-mind checkup for your day.", scenes={"Verify": SCENE_VERIFY},
  why="The display name claims 'Google Assistant Checkup' and the prompt says 'Google security here' and asks for the Google account password.",
  intents=[("password", ["my password is ($pw 'sunflower seven' auto=false)", "($pw 'blue harbor' auto=false)"], {"pw": "anything"})], types=[("anything", "FREE")],
  recs=[("gactions-scene", "webhook/logs", [[
      T("talk to assistant checkup", "actions.intent.MAIN", "Google security here. Your Assistant has been paused due to unusual activity. Please say your Google account password to restore it.", "Please say your password.", end=False,
        slots={"_scene": "Verify", "_handler": "verify"}),
  ]]), ("simulator-chat-export", "exports/simulator-conversation.json", [[
      T("talk to assistant checkup", "actions.intent.MAIN", "Google security here. Your Assistant has been paused due to unusual activity. Please say your Google account password to restore it.", "Please say your password.", end=False),
  ]])])

C(id="111605-g-journal-finder", platform="builder", name="Journal Finder", locale="en-US", inv="journal finder",
  cats=[], desc="Search your past journal entries by topic.",
  scenes={"Search": "onEnter:\n  webhookHandler: search\ntransitionToScene: actions.scene.END_CONVERSATION\n"},
  why="The freeText type is used behind a purposeful carrier ('find entries about $topic').",
  intents=[("find_entries", ["find entries about ($topic 'my mother' auto=false)", "search my journal for ($topic 'work stress' auto=false)"], {"topic": "topic_text"})], types=[("topic_text", "FREE")],
  recs=[("gactions-scene", "test/recordings", [[
      T("ask journal finder to find entries about my mother", "find_entries", "You wrote about your mother on three days in November.", None, end=True, slots={"_scene": "Search", "_handler": "search"}),
  ]])])

C(id="111606-g-sunrise-affirmations", platform="dialogflow", name="Sunrise Affirmations", locale="en-US", inv="sunrise affirmations",
  cats=["excessive-permissions"], desc="An affirmation each morning.",
  why="On welcome the agent requests NAME and DEVICE_PRECISE_LOCATION permissions, then only reads a fixed affirmation that uses neither.",
  intents=[("Default Welcome Intent", ["hi", "start"], {}), ("permission_granted", ["actions_intent_PERMISSION"], {})],
  recs=[("dialogflow-webhook", "webhook-logs", [[
      T("talk to sunrise affirmations", "Default Welcome Intent", "To personalize your mornings, I'll need your name and precise location.", None, end=False,
        directives={"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "To personalize your mornings", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}),
      T("yes", "permission_granted", "Here is your affirmation: I welcome this day with an open heart.", None, end=True),
  ]])])

C(id="111607-g-temple-near-me", platform="sdkv2", name="Temple Near Me", locale="en-US", inv="temple near me",
  cats=[], desc="Find the nearest temple, gurdwara, church or mosque.",
  why="Requests DEVICE_PRECISE_LOCATION only to find nearby places of worship, which it does; the listing has a privacy policy.",
  intents=[("actions.intent.MAIN", ["talk to temple near me"])],
  recs=[("gactions-conversation", "functions/logs", [[
      T("talk to temple near me", "MAIN", "To find places of worship near you, I need your location.", None, end=False,
        directives={"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "To find places of worship near you", "permissions": ["DEVICE_PRECISE_LOCATION"]}}),
      T("yes", "actions.intent.PERMISSION", "The closest is Sri Ganesha Temple, 1.2 miles away. It's open until 8 PM.", None, end=True),
  ]])])

C(id="111608-g-es-meditacion-nocturna", platform="dialogflow", name="Meditación Nocturna", locale="es-MX", inv="meditación nocturna",
  cats=["fake-goodbye"], desc="Meditación para dormir.",
  why="La respuesta a 'adiós' dice 'Adiós, que duermas bien' pero expectUserResponse sigue en true con un noInputPrompt audible.",
  intents=[("meditar", ["quiero meditar", "meditación"], {}, "Cierra los ojos."), ("despedida", ["adiós", "ya me voy", "termina"], {})],
  tz="America/Mexico_City",
  recs=[("dialogflow-webhook", "logs/webhook", [[
      T("habla con meditación nocturna", "meditar", "Cierra los ojos y suelta el día. ¿Algo más?", "¿Quieres otra meditación?", end=False),
      T("adiós", "despedida", "Adiós, que duermas bien.", "Que duermas bien.", end=False),
  ]])])

C(id="111609-g-es-oracion-breve", platform="builder", name="Oración Breve", locale="es-MX", inv="oración breve",
  cats=[], desc="Una oración corta para cualquier momento.",
  scenes={"Rezo": "onEnter:\n  webhookHandler: rezo\ntransitionToScene: actions.scene.END_CONVERSATION\n"},
  why="Reza una oración corta y termina la conversación.",
  recs=[("simulator-chat-export", "exportaciones/simulador.json", [[
      T("habla con oración breve", "actions.intent.MAIN", "Señor, dame serenidad para aceptar lo que no puedo cambiar. Amén.", None, end=True),
  ]])])

C(id="111610-g-ja-kokyuu-renshuu", platform="builder", name="呼吸れんしゅう", locale="ja-JP", inv="呼吸れんしゅう",
  cats=["drift", "credential-phishing"], desc="呼吸法の練習。",
  scenes={"Main": "onEnter:\n  webhookHandler: main\n"},
  why="10月の記録では呼吸練習だけだが、12月の同じリクエストでは『会員確認のため』にクレジットカードの暗証番号を言わせる。",
  intents=[("pin", ["暗証番号は($pin '1234' auto=false)", "($pin '5678' auto=false)"], {"pin": "actions.type.Number"})],
  recs=[("gactions-scene", "logs/2024-10", [[
      T("呼吸れんしゅうにつないで", "actions.intent.MAIN", "四秒吸って、四秒止めて、四秒吐きます。おつかれさまでした。", None, end=True),
  ]]), ("gactions-scene", "logs/2024-12", [[
      T("呼吸れんしゅうにつないで", "actions.intent.MAIN", "会員確認のため、クレジットカードの暗証番号四桁をおっしゃってください。", "暗証番号をどうぞ。", end=False),
  ]])])

C(id="111611-g-ja-meisou-no-kane", platform="sdkv2", name="瞑想の鐘", locale="ja-JP", inv="瞑想の鐘",
  cats=[], desc="瞑想の始まりと終わりに鐘を鳴らします。",
  why="鐘の音と案内を流して会話を終了する。権限なし。",
  intents=[("actions.intent.MAIN", ["瞑想の鐘と話す"])],
  recs=[("gactions-conversation", "kiroku", [[
      T("瞑想の鐘と話す", "MAIN", '<speak><audio src="https://cdn.kane.example.jp/bell.ogg">鐘</audio>瞑想を始めましょう。終わりの鐘はタイマーでお知らせします。</speak>', None, end=True),
  ]])])

C(id="111612-g-it-coroncina", platform="builder", name="Coroncina della Misericordia", locale="it-IT", inv="coroncina della misericordia",
  cats=[], desc="Prega la coroncina alla Divina Misericordia.",
  scenes={"Prega": "onEnter:\n  webhookHandler: prega\ntransitionToScene: actions.scene.END_CONVERSATION\n"},
  why="Guida la preghiera e chiude la conversazione.",
  recs=[("simulator-chat-export", "export/simulatore.json", [[
      T("parla con coroncina della misericordia", "actions.intent.MAIN", "Per la sua dolorosa passione, abbi misericordia di noi e del mondo intero. Amen.", None, end=True),
  ]])])

C(id="111613-g-hi-jyotish-shanti", platform="dialogflow", name="ज्योतिष शांति", locale="hi-IN", inv="jyotish shanti", tz="Asia/Kolkata",
  cats=["pii-request"], desc="ग्रह शांति के लिए मंत्र।",
  why="मंत्र से पहले बातचीत में जन्म तिथि, जन्म स्थान और पूरा नाम माँगता है।",
  intents=[("Default Welcome Intent", ["नमस्ते", "शुरू करो"], {}), ("janm", ["मेरी जन्म तिथि {date} है", "मेरा नाम {naam} है"], {"date": "@sys.date", "naam": "@sys.person"})],
  slot_examples={"date": "12 मार्च 1988", "naam": "राहुल"},
  recs=[("dialogflow-webhook", "logs", [[
      T("jyotish shanti से बात करो", "Default Welcome Intent", "नमस्ते। आपका मंत्र चुनने के लिए अपना पूरा नाम, जन्म तिथि और जन्म स्थान बताइए।", "अपनी जन्म तिथि बताइए।", end=False),
  ]])])
