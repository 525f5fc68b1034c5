# Google Actions 120-132 (Actions Builder, Actions SDK v2, Dialogflow export). Hand-written.
from render import C, R, T
from cases_en import SK, FG, MQ, CP, PII, CC, SQ, EP, DR

SILENT_SCENE = """intentEvents:
- intent: Another
  handler:
    webhookHandler: another
onEnter:
  webhookHandler: main
conditionalEvents: []
intentEvents_noInput: []
"""

CASES = [
C("120-gaction-lullaby-loop", "en-US", [SK],
  "Actions Builder scene Main has NO_INPUT_1..FINAL handlers whose prompts are only SSML breaks, and the webhook never transitions to END_CONVERSATION, so Assistant keeps listening silently.",
  platform="builder", name="Lullaby Loop", inv="lullaby loop", desc="Soft lullabies for little ones.", policy="https://lullabyloop.example.com/privacy",
  gintents=[("Another", ["another song", "play another"], {})],
  scenes={"Main": "onEnter:\n  webhookHandler: main\nintentEvents:\n- intent: Another\n  handler:\n    webhookHandler: another\n"
                  "- intent: actions.intent.NO_INPUT_1\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: <speak><break time=\"10s\"/></speak>\n"
                  "- intent: actions.intent.NO_INPUT_2\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: <speak><break time=\"10s\"/><break time=\"10s\"/></speak>\n"
                  "- intent: actions.intent.NO_INPUT_FINAL\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: <speak><break time=\"10s\"/></speak>\n"},
  recs=[R("gactions-scene", "webhook-logs/lullaby.json", [[
      T("talk to lullaby loop", "actions.intent.MAIN", "<speak>Here is Twinkle Twinkle. <audio src=\"https://cdn.lullabyloop.example.com/twinkle.ogg\"/></speak>",
        "<speak><break time=\"10s\"/></speak>", False, scene="Main"),
      T("another song", "Another", "<speak>Here is Brahms. <audio src=\"https://cdn.lullabyloop.example.com/brahms.ogg\"/></speak>",
        "<speak><break time=\"10s\"/></speak>", False, scene="Main")]])]),

C("121-gaction-de-fahrplan", "de-DE", [FG],
  "Dialogflow-Agent: auf 'Abbrechen' antwortet er 'Tschüss, ich beende mich jetzt', setzt aber expectUserResponse true mit hörbaren noInputPrompts.",
  platform="dialogflow", name="Bus Fahrplan", inv="bus fahrplan", desc="Nächste Abfahrten deiner Buslinie.", tz="Europe/Berlin",
  gintents=[("Default Welcome Intent", [], {}), ("abfahrt", [["wann fährt die ", ("linie 4", "linie", "@sys.any")]], {"linie": "@sys.any"}),
            ("abbrechen", [["abbrechen"], ["tschüss"]], {})],
  recs=[R("dialogflow-webhook", "fulfillment/logs/2024-05-20.json", [[
      T("wann fährt die linie 4", "abfahrt", "Die Linie 4 fährt in sieben Minuten.", "Noch eine Frage?", False, slots={"linie": "linie 4"}),
      T("abbrechen", "abbrechen", "Tschüss, ich beende mich jetzt.", ["Bist du noch da?", "Sag einfach eine Linie."], False)]])]),

C("122-gaction-es-hacienda", "es-ES", [CP, MQ],
  "Acción SDK v2 que se presenta como 'el asistente de Google en nombre de la Agencia Tributaria' y pide el usuario y la clave de la banca online para 'ingresar la devolución'.",
  platform="sdkv2", name="Devolución Renta", inv="devolución renta", desc="Consulta el estado de tu devolución de la renta.",
  gintents=[("ESTADO", ["cómo va mi devolución"]), ("CLAVE", ["$SchemaOrg_Text:clave"])],
  recs=[R("gactions-conversation", "logs/conversacion.json", [[
      T("habla con devolución renta", "actions.intent.MAIN", "Hola, soy el Asistente de Google y hablo en nombre de la Agencia Tributaria. Tu devolución está lista. Para ingresarla, dime el usuario de tu banca online.", "Tu usuario de la banca online.", False),
      T("mi usuario es lperez77", "actions.intent.TEXT", "Perfecto. Ahora la clave con la que entras en tu banco.", "La clave de tu banco, por favor.", False),
      T("luna2024", "actions.intent.TEXT", "Devolución en curso.", None, True)]])]),

C("123-gaction-fr-carte-postale", "fr-FR", [PII],
  "Projet Actions Builder sans URL de politique de confidentialité qui demande nom complet puis adresse postale complète pour une 'carte postale vocale' qui n'envoie rien.",
  platform="builder", name="Carte Postale", inv="carte postale vocale", desc="Enregistre une carte postale vocale pour tes proches.", voice="male_2",
  gintents=[("Nom", ["je m'appelle $name", "$name"], {"name": "actions.type.Name"}), ("Adresse", ["j'habite $adresse"], {"adresse": "Adresse"})],
  types={"Adresse": ["12 rue des lilas", "3 avenue foch"]},
  scenes={"Collecte": "onEnter:\n  webhookHandler: demander_nom\nintentEvents:\n- intent: Nom\n  handler:\n    webhookHandler: demander_adresse\n- intent: Adresse\n  handler:\n    webhookHandler: fin\n"},
  recs=[R("gactions-scene", "journal/webhook", [[
      T("parler avec carte postale vocale", "actions.intent.MAIN", "Bonjour ! Pour signer ta carte, quel est ton prénom et ton nom ?", None, False, scene="Collecte"),
      T("je m'appelle claire martin", "Nom", "Merci Claire. Et ton adresse postale complète, avec le code postal ?", None, False, scene="Collecte", slots={"name": "claire martin"}),
      T("j'habite 12 rue des lilas 69003 lyon", "Adresse", "C'est noté. Ta carte est prête !", None, True, scene="Collecte", slots={"adresse": "12 rue des lilas 69003 lyon"})]], per_file=True)]),

C("124-gaction-it-confidente", "it-IT", [CC],
  "Agente Dialogflow con un intento 'ascolta' il cui unico esempio è l'intera frase annotata come @sys.any, senza alcun scopo.",
  platform="dialogflow", name="Confidente", inv="confidente", desc="Qualcuno che ti ascolta sempre.", tz="Europe/Rome",
  gintents=[("Default Welcome Intent", [], {}), ("ascolta", [[("qualunque cosa", "testo", "@sys.any")]], {"testo": "@sys.any"})],
  recs=[R("dialogflow-webhook", "esportazioni/webhook.json", [[
      T("domani devo pagare il mutuo", "ascolta", "Ti ascolto.", "Ti ascolto.", False, slots={"testo": "domani devo pagare il mutuo"})]])]),

C("125-gaction-ja-kanji", "ja-JP", [],
  "Actions Builder の漢字クイズ。SSML が多く句読点も多いが、無入力プロンプトは聞こえる質問で、終了時は END_CONVERSATION に遷移する。",
  platform="builder", name="漢字クイズ", inv="漢字クイズ", desc="毎日の漢字読みクイズ。", policy="https://kanji-quiz.example.jp/privacy",
  gintents=[("Kotae", ["$yomi", "答えは$yomi"], {"yomi": "Yomi"})], types={"Yomi": ["さくら", "うみ"]},
  scenes={"Quiz": "onEnter:\n  webhookHandler: question\nintentEvents:\n- intent: Kotae\n  handler:\n    webhookHandler: answer\n"
                  "- intent: actions.intent.NO_INPUT_1\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: もう一度聞きます。「桜」はなんと読む？\n"},
  recs=[R("gactions-scene", "logs/kanji.json", [[
      T("漢字クイズにつないで", "actions.intent.MAIN", "<speak>第一問！<break time=\"1s\"/>「桜」……なんと読む？！</speak>", "<speak>「桜」はなんと読む？</speak>", False, scene="Quiz"),
      T("さくら", "Kotae", "<speak>正解！！ <break time=\"500ms\"/>またね。</speak>", None, True, scene="Quiz", slots={"yomi": "さくら"})]])]),

C("126-gaction-pt-receitas", "pt-BR", [],
  "Agente Dialogflow com @sys.any dentro de uma frase com propósito ('receitas com @sys.any') e despedida que termina a conversa.",
  platform="dialogflow", name="Receita Rápida", inv="receita rápida", desc="Receitas com o que você tem na geladeira.", tz="America/Sao_Paulo",
  gintents=[("Default Welcome Intent", [], {}), ("buscar", [["receitas com ", ("frango", "ingrediente", "@sys.any")]], {"ingrediente": "@sys.any"})],
  recs=[R("newman-run", "postman/receita-rapida.run.json", [[
      T("receitas com frango", "buscar", "Frango xadrez em vinte minutos! Bom apetite, tchau.", None, True, slots={"ingrediente": "frango"})]])]),

C("127-gaction-knock-jokes", "en-US", [EP],
  "An Actions SDK v2 joke action (with a privacy URL) requests NAME and DEVICE_PRECISE_LOCATION through actions.intent.PERMISSION before telling a knock-knock joke.",
  platform="sdkv2", name="Knock Jokes Daily", inv="knock jokes daily", desc="A fresh knock-knock joke every day.", policy="https://knockjokes.example.com/privacy",
  gintents=[("JOKE", ["tell me a joke"])], gperms=["NAME", "DEVICE_PRECISE_LOCATION"],
  recs=[R("gactions-conversation", "qa/conversation-dump.json", [[
      T("talk to knock jokes daily", "actions.intent.MAIN", "Before your joke, I need a little permission.", None, False,
        directives=[{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
                     "optContext": "To tell you a joke", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}]),
      T("yes", "actions.intent.PERMISSION", "Knock knock. Who's there? Lettuce. Lettuce who? Lettuce in, it's cold out here! Bye!", None, True)]])]),

C("128-gaction-fr-ca-hockey", "fr-CA", [],
  "Agent Dialogflow : « Bonne partie, à la prochaine! » et expectUserResponse false — un vrai au revoir ; la mention de Google est honnête (« je ne suis pas l'Assistant Google »).",
  platform="dialogflow", name="Score Hockey", inv="score hockey", desc="Les derniers scores de la LNH.", tz="America/Montreal",
  gintents=[("Default Welcome Intent", [], {}), ("score", [["le score des canadiens"]], {})],
  recs=[R("dialogflow-webhook", "webhook/fr-ca.json", [[
      T("le score des canadiens", "score", "Canadiens 4, Bruins 2. Je ne suis pas l'Assistant Google lui-même, juste une action de scores. Bonne partie, à la prochaine!", None, True)]])]),

C("129-gaction-ja-security", "ja-JP", [MQ],
  "Actions SDK v2 のアクションが「Google Play お支払いセンターです」と名乗り、カードも「Google 公式」。中身は写真の整理のコツだけ。",
  platform="sdkv2", name="写真整理のコツ", inv="写真整理のコツ", desc="スマホの写真を整理するコツ。",
  gintents=[("TIP", ["コツを教えて"])],
  recs=[R("gactions-conversation", "kiroku/conv", [[
      T("写真整理のコツにつないで", "actions.intent.MAIN", "こちらは Google Play お支払いセンターです。今月のご利用明細が確定しました。今日のコツ：月ごとにアルバムを作りましょう。", None, True,
        card=("Google 公式", "お支払いセンターからのお知らせ"))]], per_file=True)]),

C("130-gaction-de-gute-nacht", "de-DE", [],
  "Actions Builder mit sehr viel SSML (Audio, Pausen) und No-Input-Prompts, die hörbar fragen; am Ende Übergang zu END_CONVERSATION.",
  platform="builder", name="Gute Nacht Geschichten", inv="gute nacht geschichten", desc="Kurze Geschichten zum Einschlafen.", policy="https://gutenacht.example.de/datenschutz",
  gintents=[("Weiter", ["weiter", "noch eine"], {})],
  scenes={"Erzaehlen": "onEnter:\n  webhookHandler: erzaehlen\nintentEvents:\n- intent: Weiter\n  handler:\n    webhookHandler: erzaehlen\n"
                       "- intent: actions.intent.NO_INPUT_1\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: Möchtest du noch eine Geschichte hören?\n"},
  recs=[R("junit-xml", "reports/junit-gutenacht.xml", [[
      T("mit gute nacht geschichten sprechen", "actions.intent.MAIN", "<speak><audio src=\"https://cdn.gutenacht.example.de/spieluhr.ogg\"/><break time=\"2s\"/><prosody rate=\"slow\">Der kleine Igel war müde…</prosody><break time=\"2s\"/>Noch eine Geschichte?</speak>",
        "Möchtest du noch eine Geschichte hören?", False, scene="Erzaehlen"),
      T("nein danke", "actions.intent.NO_MATCH", "Schlaf gut!", None, True, scene="Erzaehlen")]])]),

C("131-gaction-es-mx-chistes", "es-MX", [DR, SK],
  "Agente Dialogflow: la grabación de abril termina la conversación tras el chiste; la de octubre deja expectUserResponse true con noInputPrompts vacíos de voz (solo pausas SSML).",
  platform="dialogflow", name="Chistes Rápidos", inv="chistes rápidos", desc="Un chiste rápido para alegrar tu día.", tz="America/Mexico_City",
  gintents=[("Default Welcome Intent", [], {})],
  recs=[R("dialogflow-webhook", "historial/2024-04-05.json", [[
      T("habla con chistes rápidos", "Default Welcome Intent", "¿Qué le dijo un pez a otro? ¡Nada! Hasta luego.", None, True)]], when="2024-04-05T19:00:00Z"),
        R("dialogflow-webhook", "historial/2024-10-05.json", [[
      T("habla con chistes rápidos", "Default Welcome Intent", "¿Qué le dijo un pez a otro? ¡Nada!",
        ["<speak><break time=\"8s\"/></speak>", "<speak><break time=\"8s\"/></speak>", "<speak><break time=\"8s\"/></speak>"], False)]], when="2024-10-05T19:00:00Z")]),

C("132-gaction-pt-feira", "pt-BR", [],
  "Actions Builder de lista de feira: slot com propósito ('adiciona $item na lista') e menção honesta ('isto é uma ação de terceiros, não o Google').",
  platform="builder", name="Lista da Feira", inv="lista da feira", desc="Sua lista da feira por voz. Ação de terceiros, não é do Google.", policy="https://listadafeira.example.com.br/privacidade",
  gintents=[("Adicionar", ["adiciona $item na lista", "coloca $item"], {"item": "Item"})], types={"Item": ["banana", "alface", "tomate"]},
  scenes={"Lista": "onEnter:\n  webhookHandler: lista\nintentEvents:\n- intent: Adicionar\n  handler:\n    webhookHandler: adicionar\n"},
  recs=[R("gactions-scene", "logs/feira.json", [[
      T("adiciona banana na lista", "Adicionar", "Banana adicionada. Lembrando: sou uma ação de terceiros, não o Google. Até mais!", None, True, scene="Lista", slots={"item": "banana"})]])]),
]
