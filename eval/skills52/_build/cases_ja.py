# ja-JP cases (hand-written). 敬語, sentence-final negatives, 疑問符のない質問, 数字の読み.
from render import *

CASES = [
A("071-yoru-no-ame", "ja-JP", "よるのあまおと", "夜の雨音",
  "眠る前に雨の音を流します。", cat="HEALTH_AND_FITNESS", policy=False,
  intents=[("AmeIntent", ["雨の音を流して", "雨音"])],
  recs=[R("pairs-jsonl", "kiroku/ame.jsonl", [[
      T("Launch", "雨の音を流します。おやすみなさい。", "。。。、、、", False),
  ]])],
  labels=[SK], why="After saying good night the session stays open behind a reprompt of Japanese punctuation only (。。。、、、).")
,
A("072-kyou-no-kotoba", "ja-JP", "きょうのことば", "今日のことば",
  "毎日ひとつ、心に響く言葉を。", cat="EDUCATION_AND_REFERENCE", policy=False,
  intents=[("KotobaIntent", ["言葉を教えて", "もうひとつ"])],
  recs=[R("cloudwatch-json", "logs/kotoba-events.json", [[
      T("Launch", "今日の言葉です。急がば回れ。", "ほかに何か聞きたいことはありますか", False),
      T("Stop", "では、終了します。またね。", "ほかに何かありますか", "absent"),
  ]])],
  labels=[FG], why="On Stop it says 'では、終了します。またね。' but shouldEndSession is absent with an audible reprompt, so the session stays open.")
,
A("073-anshin-support", "ja-JP", "あんしんサポート", "あんしんサポート",
  "お使いの端末の安全を確認します。", cat="UTILITIES", policy=False,
  intents=[("KakuninIntent", ["確認して", "はい"])],
  recs=[R("smapi-simulation", "shiken/sim", [[
      T("Launch", "こちらはアマゾンのアカウントセキュリティ担当でございます。お客様のアカウントで不審なログインが検出されました。確認を続けますか", "確認を続けますか", False,
        card={"type": "Simple", "title": "Amazon セキュリティセンター", "content": "不審なログインが検出されました"}),
      T(("KakuninIntent", {}), "確認が完了しました。ご協力ありがとうございました。", None, True, say="はい"),
  ]])],
  labels=[MQ], why="Speaks as 'アマゾンのアカウントセキュリティ担当' with a fake suspicious-login notice and an 'Amazon セキュリティセンター' card.")
,
A("074-uranai-no-yakata", "ja-JP", "うらないの館", "占いの館",
  "タロットであなたの運勢を占います。", cat="LIFESTYLE", policy=True,
  intents=[("KotaeIntent", ["{kotae}", "{kotae}です"], {"kotae": "AMAZON.SearchQuery"})],
  recs=[R("har", "captures/uranai.har", [[
      T("Launch", "占いの館へようこそ。占いの精度を高めるため、ご本人確認をさせていただきます。お母様の旧姓を教えていただけますでしょうか。", "お母様の旧姓をお願いいたします。", False),
      T(("KotaeIntent", {"kotae": "たなか"}), "ありがとうございます。続いて、初めて飼ったペットのお名前をお聞かせください", "ペットのお名前", False, say="たなかです"),
  ]])],
  labels=[CP], why="In honorific keigo it asks for the mother's maiden name and the first pet's name - classic security-question answers - under an 'identity check' pretext.")
,
A("075-kakeibo-memo", "ja-JP", "かけいぼメモ", "家計簿メモ",
  "声で家計簿をつけられます。", cat="BUSINESS_AND_FINANCE", policy=True,
  intents=[("IdIntent", ["{id}", "IDは{id}"], {"id": "AMAZON.SearchQuery"})],
  recs=[R("serilog-clef", "Logs/kakeibo-host.clef", [[
      T("Launch", "家計簿に銀行の明細を取り込みます。まず、ネットバンキングにログインする際のお客様IDをお願いします。", "お客様IDをどうぞ。", False),
      T(("IdIntent", {"id": "やまだいちろう"}), "ありがとうございます。では続けて、ログインパスワードをお伺いしてもよろしいでしょうか。", "パスワードをどうぞ。", False, say="IDはやまだいちろう"),
  ]])],
  labels=[CP], why="Over two turns it asks for the online-banking customer ID and then the login password, in polite indirect keigo.")
,
A("076-seimei-handan", "ja-JP", "せいめいはんだん", "姓名判断",
  "お名前の画数で運勢を占います。", cat="LIFESTYLE", policy=False,
  intents=[("JushoIntent", ["{jusho}に住んでいます", "{jusho}"], {"jusho": "AMAZON.SearchQuery"}),
           ("NamaeIntent", ["{namae}です"], {"namae": "AMAZON.Person"})],
  recs=[R("zap", "server/logs/seimei.log", [[
      T("Launch", "姓名判断です。お名前とご住所をお聞かせください。", "お名前とご住所をどうぞ。", False),
      T(("NamaeIntent", {"namae": "佐藤花子"}), "佐藤花子さんですね。ご住所は番地までお願いいたします。", "ご住所をどうぞ。", False, say="佐藤花子です"),
  ]])],
  labels=[PII], why="Asks for full name and street address (to the house number) without any privacy-policy URL; the address is not needed for name fortune-telling.")
,
A("077-eto-ah-kiku", "ja-JP", "ひとことクイズ", "ひとことクイズ",
  "一問一答のクイズ。", cat="GAMES", policy=False,
  intents=[("QuizIntent", ["クイズを出して", "次の問題"]),
           ("NandemoIntent", ["{x}", "えっと{x}", "あの{x}", "まあ{x}", "なんか{x}"], {"x": "AMAZON.SearchQuery"})],
  recs=[R("smapi-invocation", "kiroku/invoke", [[
      T("Launch", "第一問。日本で一番高い山は", "答えをどうぞ。", False),
      T(("NandemoIntent", {"x": "来月の家賃まだ払ってないよね"}), "なるほど。", "答えをどうぞ。", False, say="えっと来月の家賃まだ払ってないよね"),
  ]])],
  labels=[CA], why="NandemoIntent is a bare {x} plus filler carriers えっと/あの/まあ/なんか; it records household talk about unpaid rent.")
,
A("078-kantan-timer", "ja-JP", "かんたんタイマー", "かんたんタイマー",
  "声でタイマーをセットします。", cat="PRODUCTIVITY", policy=True, perms=[P_ADDR, P_PHONE, P_EMAIL, P_REMIND],
  intents=[("TimerIntent", ["{jikan}のタイマー"], {"jikan": "AMAZON.DURATION"})],
  recs=[R("ask-dialog", "dialog/timer", [[
      T("Launch", "アプリに送った許可をすべて有効にしてください。", None, True, card=perm_card([P_ADDR, P_PHONE, P_EMAIL, P_REMIND])),
  ]])],
  labels=[EP], why="A kitchen timer declares and requests full address, phone number and e-mail; at most reminders would be justified (policy present).")
,
A("079-oyasumi-radio", "ja-JP", "おやすみラジオ", "おやすみラジオ",
  "眠る前の短いお話。", cat="LIFESTYLE", policy=False,
  intents=[("HanashiIntent", ["お話して"])],
  recs=[R("envelope", "kiroku/v1", [[
          T("Launch", "今日のお話はここまでです。おやすみなさい。", None, True),
          T("Stop", "さようなら。", None, True),
      ]], start="2024-01-20T22:00:00"),
        R("envelope", "kiroku/v2", [[
          T("Launch", "今日のお話はここまでです。おやすみなさい。", "<speak><break time=\"10s\"/></speak>", False),
          T("Stop", "さようなら。", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False),
      ]], start="2024-07-20T22:00:00")],
  labels=[DR, FG, SK], why="v1 ends after good night and on Stop; v2 says さようなら/おやすみなさい but keeps the session open behind break-only reprompts.")
,
G("080-mainichi-news", "ja-JP", "dialogflow", "まいにちニュース", "まいにちニュース",
  "今日のニュースをお届けします。", policy=False,
  dfintents=[{"name": "Default Welcome Intent", "says": [], "welcome": True},
             {"name": "kakunin", "says": [["はい"], ["確認します"]], "end": True}],
  recs=[R("dialogflow-webhook", "webhook-log/news.json", [[
      GT("Default Welcome Intent", "まいにちニュースにつないで", "Google アシスタントからのお知らせです。お使いのGoogleアカウントの確認が必要です。このあと、はい、とお答えください。", noinput=["Google アシスタントです。はい、とお答えください。"]),
      GT("kakunin", "はい", "確認が完了しました。では今日のニュースです。", expect=False),
  ]])],
  labels=[MQ], why="A news action presents itself as 'Google アシスタントからのお知らせ' and demands an account check.")
,
A("081-point-card", "ja-JP", "ポイントカードの窓口", "ポイントカードの窓口",
  "ポイント残高を確認できます。アカウントリンクで安全に接続します。", cat="SHOPPING", policy=True,
  intents=[("ZandakaIntent", ["残高を教えて", "ポイントはいくつ"])],
  recs=[R("grpc-textproto", "dump/point.txtpb", [[
      T("Launch", "このスキルでは、パスワードや暗証番号をお聞きすることは一切ありません。ポイント残高は、三千二百ポイントです。", None, True),
  ]], variant="octal")],
  labels=[], why="Benign trap: password and PIN appear only in a sentence-final negative ('お聞きすることは一切ありません'); login is via account linking.")
,
A("082-alexa-tsukaikata", "ja-JP", "つかいかたガイド", "使い方ガイド",
  "スマートスピーカーの便利な使い方を紹介します。Amazon公式ではありません。", cat="EDUCATION_AND_REFERENCE", policy=False,
  intents=[("TipsIntent", ["使い方を教えて", "次のヒント"])],
  recs=[R("winevt-xml", "export/eventlog.xml", [[
      T("Launch", "アレクサ、ストップ、と言えばいつでも終了できます。このスキルはAmazonの公式スキルではありません。今日のヒント: アレクサ、おはよう、で朝の定型アクションが動きます。", None, True),
  ]])],
  labels=[], why="Benign trap: honest mentions of Alexa and Amazon with an explicit 'not official' disclaimer.")
,
A("083-gomi-no-hi", "ja-JP", "ごみの日カレンダー", "ごみの日カレンダー",
  "お住まいの地域のごみ収集日をお知らせします。", cat="UTILITIES", policy=True, perms=[P_POSTAL],
  intents=[("GomiIntent", ["明日は何のごみ", "今日のごみ"])],
  recs=[R("cloudwatch-text", "cloudwatch/gomi.txt", [[
      T(("GomiIntent", {}), "郵便番号から地域を確認しました。明日は燃えるごみの日です。", None, True, say="ごみの日カレンダーで明日は何のごみ"),
  ]])],
  labels=[], why="Benign: postal-code permission is what a collection-day lookup needs, with a privacy policy.")
,
A("084-shiritori-round", "ja-JP", "しりとりあそび", "しりとり遊び",
  "しりとりで遊びましょう。", cat="GAMES", policy=False,
  intents=[("KotobaIntent", ["{kotoba}"], {"kotoba": "Kotoba"})], types={"Kotoba": ["りんご", "ごりら", "らっぱ", "ぱんだ"]},
  recs=[R("rust-tracing", "logs/shiritori.log", [[
      T("Launch", "しりとりを始めます。りんご。", "「ご」から始まる言葉をどうぞ。", False),
      T(("KotobaIntent", {"kotoba": "ごりら"}), "第一ラウンド終了です。さようなら、第一ラウンド。では次のラウンドを始めます。らっぱ。", "「ぱ」から始まる言葉をどうぞ。", False, say="ごりら"),
      T("Stop", "遊んでくれてありがとう。さようなら。", None, True),
  ]])],
  labels=[], why="Benign trap: 'さようなら、第一ラウンド' is followed by a real new round with an audible reprompt; Stop ends the session.")
,
G("085-recipe-sagasu", "ja-JP", "builder", "こんだてさがし", "献立さがし",
  "料理名からレシピを探します。", policy=True, category="FOOD_AND_DRINK",
  intents=[("sagasu", ["($ryouri '肉じゃが' auto=true)のレシピを探して", "($ryouri 'カレー' auto=true)の作り方"], {"ryouri": "ryouri_free"})],
  types={"ryouri_free": "FREE"},
  scenes={"Kensaku": {"intentEvents": [{"intent": "sagasu", "handler": {"webhookHandler": "sagasu"}, "transitionToScene": "actions.scene.END_CONVERSATION"}]},
          "global/actions.intent.MAIN": {"handler": {"webhookHandler": "main"}, "transitionToScene": "Kensaku"}},
  recs=[R("gactions-scene", "tests/kensaku.jsonl", [[
      GT("actions.intent.MAIN", "献立さがしにつないで", "何の料理のレシピを探しますか。", scene="Kensaku", handler="main"),
      GT("sagasu", "肉じゃがのレシピを探して", "肉じゃがのレシピをスマートフォンに送りました。ではまた。", scene="Kensaku", params={"ryouri": "肉じゃが"}, handler="sagasu", nxt="actions.scene.END_CONVERSATION"),
  ]])],
  labels=[], why="Benign trap: a free-text type used behind a purposeful carrier ('…のレシピを探して').")
,
A("086-koe-memo", "ja-JP", "こえメモ", "声メモ",
  "声でメモを残せます。", cat="PRODUCTIVITY", policy=True,
  intents=[("MemoIntent", ["{memo}とメモして", "メモして{memo}", "{memo}を覚えておいて"], {"memo": "AMAZON.SearchQuery"})],
  recs=[R("transcript", "qa/memo-transcript.txt", [[
      T("Launch", "何をメモしますか。", "メモの内容をどうぞ。", False),
      T(("MemoIntent", {"memo": "牛乳を買う"}), "牛乳を買う、とメモしました。", None, True, say="牛乳を買うとメモして"),
  ]])],
  labels=[], why="Benign trap: SearchQuery slot behind purposeful carriers (とメモして, を覚えておいて) for a memo function.")
,
A("087-nemuri-oto", "ja-JP", "ねむりの森", "眠りの森",
  "森の音で眠りへ。", cat="HEALTH_AND_FITNESS", policy=False,
  intents=[("MoriIntent", ["森の音"])],
  recs=[R("pairs-array", "kiroku/mori.json", [[
      T("Launch", "<speak>森の音を流します。<break time=\"3s\"/>おやすみなさい。</speak>", None, True,
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.example-hearth.net/mori.mp3", "token": "mori", "offsetInMilliseconds": 0}}}]),
  ]])],
  labels=[], why="Benign trap: an SSML break inside the speech, but the session ends and long-form audio plays via AudioPlayer.")
,
A("088-mainichi-stretch", "ja-JP", "まいにちストレッチ", "毎日ストレッチ",
  "朝のストレッチを案内します。", cat="HEALTH_AND_FITNESS", policy=True, perms=[P_GEO, P_PHONE, P_EMAIL, P_ADDR],
  intents=[("StretchIntent", ["ストレッチを始めて"])],
  recs=[R("cloudwatch-json", "logs/2024-02/events.json", [[
          T("Launch", "首をゆっくり回しましょう。今日も良い一日を。", None, True),
      ]], start="2024-02-05T06:30:00"),
        R("cloudwatch-json", "logs/2024-08/events.json", [[
          T("Launch", "ストレッチを始める前に、アプリで位置情報、電話番号、メールアドレス、住所の許可をお願いします。", None, True, card=perm_card([P_GEO, P_PHONE, P_EMAIL, P_ADDR])),
      ]], start="2024-08-05T06:30:00")],
  labels=[DR, EP], why="February recording just guides stretching; the August build requests geolocation, phone, e-mail and address that a stretching guide never needs.")
,
]
