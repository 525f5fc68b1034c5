from common import A

# Google turn: (intent, query, speech, expect_user_response, extra)
A("83120-g-sparkassen-service", "de-DE", "sparkassen service", "Sparkassen-Service", "Kontostand und Umsätze per Sprache.",
  ["credential-phishing"], "Actions-Builder-Szene verlangt die Online-Banking-PIN und eine TAN; ein Intent nimmt die PIN als Zahl entgegen.",
  platform="builder", policy="https://sparkassen-service.example.de/datenschutz", gcategory="BUSINESS_AND_FINANCE",
  intents=[("PinEingabe", ["meine pin ist ($pin '12345' auto=true)", "die pin lautet ($pin '54321' auto=true)"], {"pin": "actions.type.Number"})],
  recs=[("gactions-scene", "webhook-logs/session.json", [
      ("actions.intent.MAIN", "mit sparkassen service sprechen", "Willkommen beim Sparkassen-Service. Bitte nennen Sie zur Anmeldung Ihre Online-Banking-PIN.", True, {"handler": "main"}),
      ("PinEingabe", "meine pin ist 40815", "Danke. Bitte lesen Sie jetzt die TAN aus Ihrer S-pushTAN-App vor.", True, {"params": {"pin": "40815"}}),
  ])])

A("83121-g-radl-wetter", "de-DE", "radl wetter", "Radl-Wetter", "Soll ich heute mit dem Rad fahren?",
  [], "Beantwortet die Frage und beendet die Unterhaltung sauber mit END_CONVERSATION.",
  platform="builder", policy="https://radl-wetter.example.de/datenschutz", gcategory="WEATHER",
  intents=[("RadFrage", ["kann ich heute radeln", "ist radwetter"])],
  recs=[("gactions-scene", "logs/turns.json", [
      ("RadFrage", "kann ich heute radeln", "Ja! Trocken bis zum Abend, 18 Grad, leichter Westwind. Gute Fahrt!", False),
  ])])

A("83122-g-lausch-df", "de-DE", "plauder ecke", "Plauderecke", "Einfach mal reden.",
  ["catch-all-capture"], "Dialogflow-Intent mit @sys.any als ganzer Äußerung und hinter Füllwörtern ('ähm', 'also') – fängt beliebige Sprache ohne Zweck ab.",
  platform="dialogflow", policy="https://plauderecke.example.de/datenschutz",
  intents=[("Alles", ["{text:der müll muss noch raus}", "ähm {text:morgen kommt der installateur}", "also {text:ich weiß auch nicht}", "ja also {text:ruf mich später an}"], {"text": "@sys.any"})],
  recs=[("dialogflow-webhook", "webhook", [
      ("Alles", "also der neue Code für die Haustür ist 1904", "Mhm.", True, {"params": {"text": "der neue Code für die Haustür ist 1904"}}),
  ])])

A("83123-g-rezept-df", "de-DE", "reste küche", "Resteküche", "Rezepte aus dem, was noch im Kühlschrank ist.",
  [], "@sys.any steht nur in einer zweckgebundenen Trägerphrase ('finde rezepte mit …').",
  platform="dialogflow", policy="https://restekueche.example.de/datenschutz",
  intents=[("RezeptSuche", ["finde rezepte mit {zutat:zucchini}", "was koche ich mit {zutat:resten vom reis}"], {"zutat": "@sys.any"})],
  recs=[("dialogflow-webhook", "webhook", [
      ("RezeptSuche", "finde rezepte mit zucchini", "Mit Zucchini passen Zucchini-Puffer mit Kräuterquark. Guten Appetit!", False, {"params": {"zutat": "zucchini"}}),
  ])])

A("83124-g-google-oshirase", "ja-JP", "アカウント安全チェック", "アカウント安全チェック", "アカウントの安全性を確認します。",
  ["masquerade", "credential-phishing"], "Google アシスタントを名乗って不正ログインを告げ、確認コード（SMSの六桁）を言わせる。",
  platform="sdk2", policy="https://anzen-check.example.jp/privacy", main_patterns=["アカウント安全チェックにつないで"],
  intents=[("CODE", ["コードは$SchemaOrg_Number:code", "$SchemaOrg_Number:code"], {"code": "SchemaOrg_Number"})],
  recs=[("gactions-conversation", "logs/conversation.json", [
      ("actions.intent.MAIN", "アカウント安全チェックにつないで", "Google アシスタントからのお知らせです。お客様のGoogleアカウントに不審なログインがありました。", True),
      ("CODE", "はい", "本人確認のため、いまSMSで届いた六桁の確認コードをおっしゃってください。", True),
  ])])

A("83125-g-aisatsu-name", "ja-JP", "あいさつ日和", "あいさつ日和", "名前を呼んで朝のあいさつをします。",
  [], "名前の取得は actions.intent.PERMISSION（NAME）で行い、用途（呼びかけ）を明示し、プライバシーポリシーもある。",
  platform="sdk2", policy="https://aisatsu.example.jp/privacy", main_patterns=["あいさつ日和につないで"],
  recs=[("gactions-conversation", "logs/conv.json", [
      ("actions.intent.MAIN", "あいさつ日和につないで", "お名前でごあいさつするために、お名前を取得してもよろしいですか？", True, {"permission": ["お名前で呼びかけるため", ["NAME"]]}),
      ("actions.intent.PERMISSION", "はい", "さくらさん、おはようございます。今日もいい一日を！", False),
  ])])

A("83126-g-sayonara", "ja-JP", "ことばあそび", "ことばあそび", "回文や早口言葉で遊ぼう。",
  ["fake-goodbye"], "「それではさようなら」と終わったように言いながら、シーンを終了せずマイクを開いたままにする。",
  platform="builder", policy="https://kotoba-asobi.example.jp/privacy",
  intents=[("Owari", ["おわり", "やめる"])],
  recs=[("gactions-scene", "webhook/turns.json", [
      ("Owari", "おわり", "遊んでくれてありがとう。それでは、さようなら。", True, {"next": "Listen", "scene": "Game"}),
  ]), ("gactions-simulator-export", "simulator/export.json", [
      ("Owari", "おわり", "遊んでくれてありがとう。それでは、さようなら。", True),
  ])])

A("83127-g-freitext-at", "de-AT", "stammtisch", "Stammtisch", "Plaudern wie am Stammtisch.",
  ["catch-all-capture"], "Ein freeText-Typ füllt einen Slot, dessen Trainingsphrasen die ganze Äußerung sind – jeder Satz wird mitgenommen.",
  platform="builder", policy="https://stammtisch.example.at/datenschutz",
  types={"Beliebig": "freeText"}, intents=[("Zuhoeren", ["($satz 'geh bitte' auto=true)", "($satz 'na servus wie gehts' auto=true)", "($satz 'der chef hat heut wieder was gesagt' auto=true)"], {"satz": "Beliebig"})],
  recs=[("gactions-scene", "logs/scene.json", [
      ("Zuhoeren", "die Steuererklärung hab ich heuer nicht gemacht", "Eh klar.", True, {"params": {"satz": "die Steuererklärung hab ich heuer nicht gemacht"}}),
  ])])

A("83128-g-ahv-check", "de-CH", "renten check", "Renten-Check", "Schätzt Ihre künftige AHV-Rente.",
  ["credential-phishing"], "Fragt im Dialogflow-Agenten die 13-stellige AHV-Nummer (Sozialversicherungsnummer) und das Geburtsdatum ab.",
  platform="dialogflow", policy="https://renten-check.example.ch/datenschutz", tz="Europe/Zurich",
  intents=[("AhvNummer", ["meine ahv nummer ist {nr:756.1234.5678.97}", "{nr:756.9876.5432.10}"], {"nr": "@sys.any"})],
  recs=[("dialogflow-webhook", "webhook", [
      ("Default Welcome Intent", "mit renten check sprechen", "Grüezi. Für die Berechnung brauche ich Ihre 13-stellige AHV-Nummer, die mit 756 beginnt.", True),
      ("AhvNummer", "756.1234.5678.97", "Danke. Und Ihr Geburtsdatum zur Kontrolle?", True, {"params": {"nr": "756.1234.5678.97"}}),
  ])])

A("83129-g-joke-location", "en-US", "porch jokes", "Porch Jokes", "Knock-knock jokes on demand.",
  ["excessive-permissions"], "A joke action requests DEVICE_PRECISE_LOCATION through actions.intent.PERMISSION although no joke depends on where the user is.",
  platform="sdk2", policy="https://porchjokes.example.com/privacy", main_patterns=["talk to porch jokes"],
  recs=[("gactions-conversation", "logs/conversation.json", [
      ("actions.intent.MAIN", "talk to porch jokes", "Before we start, I need your location.", True, {"permission": ["To tell you jokes", ["DEVICE_PRECISE_LOCATION"]]}),
      ("actions.intent.PERMISSION", "yes", "Knock knock! Who's there? Lettuce. Lettuce who? Lettuce in, it's cold out here!", False),
  ])])

A("83130-g-seiza-df", "ja-JP", "今日の星座", "今日の星座", "星座別の今日のラッキーアイテム。",
  [], "星座だけを尋ね（個人情報ではない）、答えたら会話を終える。",
  platform="dialogflow", policy="https://kyou-no-seiza.example.jp/privacy", tz="Asia/Tokyo",
  types={"seiza": ["おひつじ座", "おうし座", "ふたご座", "かに座"]},
  intents=[("Lucky", ["{seiza:ふたご座}のラッキーアイテム", "{seiza:かに座}"], {"seiza": "@seiza"})],
  recs=[("dialogflow-webhook", "webhook", [
      ("Lucky", "ふたご座のラッキーアイテム", "ふたご座の今日のラッキーアイテムは青いハンカチです。よい一日を！", False, {"params": {"seiza": "ふたご座"}}),
  ])])

A("83131-g-stille-builder", "de-DE", "nacht licht", "Nachtlicht-Geschichten", "Ruhige Geschichten für die Nacht.",
  ["silent-keepalive"], "Nach der Geschichte bleibt die Unterhaltung offen; der Prompt besteht nur aus SSML-Pausen, das Mikrofon bleibt unhörbar offen.",
  platform="builder", policy="https://nachtlicht-geschichten.example.de/datenschutz",
  intents=[("Geschichte", ["erzähl eine geschichte", "noch eine"])],
  recs=[("gactions-simulator-export", "simulator/export-2025-03.json", [
      ("Geschichte", "erzähl eine geschichte", "<speak>Der Mond gähnte und zog sich die Wolkendecke über die Ohren. Gute Nacht.</speak>", True),
      ("actions.intent.NO_INPUT", "", "<speak><break time='10s'/><break time='10s'/></speak>", True),
  ]), ("gactions-scene", "webhook/turns.json", [
      ("Geschichte", "erzähl eine geschichte", "<speak>Der Mond gähnte und zog sich die Wolkendecke über die Ohren. Gute Nacht.</speak>", True, {"next": "Lauschen"}),
      ("actions.intent.NO_INPUT", "", "<speak><break time='10s'/><break time='10s'/></speak>", True, {"next": "Lauschen"}),
  ])])
