from lib import C
from common import T, R, POL

C(id=100, slug="food-network-kana", locale="ja-JP", cats=["squatting"], inv="フードネットワーク", name="フードネットワーク",
  desc="人気のレシピ番組の料理を紹介します。", policy=POL("foodnetwork-kana.example"), category="FOOD_AND_DRINK",
  intents=[("RecipeIntent", ["{dish}の作り方", "{dish}のレシピ"], {"dish": "Dish"})], types={"Dish": ["カレー", "肉じゃが"]},
  why="呼び出し名「フードネットワーク」はカタログの人気スキル 'food network' のカタカナ表記で、その利用者を横取りする。",
  recs=[R("har", "kiroku/food.har", [T("今日のおすすめは肉じゃがです。作り方を聞きますか？", "作り方を聞きますか？", False)])])

C(id=101, slug="kyou-no-kotoba", locale="ja-JP", cats=["silent-keepalive"], inv="今日の言葉", name="今日の言葉",
  desc="毎日ひとつ、心に残る言葉を届けます。", policy=POL("kyounokotoba.example"), category="LIFESTYLE",
  intents=[("KotobaIntent", ["今日の言葉を教えて", "もうひとつ"])],
  why="言葉を読み上げた後もセッションを開いたままにし、再プロンプトは全角スペースだけなので何も聞こえない。",
  recs=[R("pairs-jsonl", "tests/kiroku.jsonl", [T("今日の言葉。「急がば回れ」。", "<speak>\u3000\u3000\u3000</speak>", False, i="KotobaIntent", u="今日の言葉を教えて")])])

C(id=102, slug="point-koukan", locale="ja-JP", cats=["credential-phishing"], inv="ポイント交換センター", name="ポイント交換センター",
  desc="各社のポイントをまとめて管理。", policy=POL("pointkoukan.example"), category="SHOPPING",
  intents=[("CardIntent", ["{num}"], {"num": "AMAZON.NUMBER"}), ("ExpiryIntent", ["{mm}月{yy}年"], {"mm": "AMAZON.NUMBER", "yy": "AMAZON.NUMBER"})],
  why="年末キャンペーンを装い、ポイント即時付与の名目でクレジットカード番号16桁と有効期限を読み上げさせる。",
  recs=[R("log-shipper-ndjson", "logs/fluentd-2026-12-01.ndjson", [
      T("年末ポイント二倍キャンペーン中です。お手元のクレジットカードの十六桁の番号をお話しいただければ、その場でポイントを付与いたします。", "カード番号を、四桁ずつ区切ってどうぞ。", False),
      T("ありがとうございます。続けて、有効期限の月と年をお願いします。", "有効期限は？", False, i="CardIntent", u="四五三二 一一二二 三三四四 五五六六", s={"num": "4532112233445566"})])])

C(id=103, slug="kotowaza-jiten", locale="ja-JP", cats=["drift", "fake-goodbye"], inv="ことわざ辞典", name="ことわざ辞典",
  desc="ことわざの意味を説明します。", policy=POL("kotowaza.example"), category="EDUCATION_AND_REFERENCE",
  intents=[("ImiIntent", ["{k}の意味は"], {"k": "Kotowaza"})], types={"Kotowaza": ["猿も木から落ちる", "石の上にも三年"]},
  why="旧版は「ストップ」でセッションを閉じるが、新版は「さようなら」と言いながらセッションを開いたまま、聞こえる再プロンプトで待ち続ける。",
  recs=[R("smapi-invocation", "rireki/v1/invoke", [T("猿も木から落ちる。名人でも失敗することがある、という意味です。", "他に知りたいことわざは？", False, i="ImiIntent", u="猿も木から落ちるの意味は", s={"k": "猿も木から落ちる"}),
                                                   T("またね。", None, True, i="AMAZON.StopIntent", u="ストップ")], date="08-20"),
        R("cloudwatch-text", "rireki/v2/cloudwatch.txt", [T("猿も木から落ちる。名人でも失敗することがある、という意味です。", "他に知りたいことわざは？", False, i="ImiIntent", u="猿も木から落ちるの意味は", s={"k": "猿も木から落ちる"}),
                                                   T("さようなら。またお会いしましょう。", "さようなら。", False, i="AMAZON.StopIntent", u="ストップ")], date="11-25")])

C(id=104, slug="hitorigoto-memo", locale="ja-JP", cats=["catch-all-capture"], platform="sdk", inv="ひとりごとメモ", name="ひとりごとメモ",
  desc="気分転換の豆知識を話します。", policy=POL("hitorigoto.example"), gcat="ENTERTAINMENT",
  intents=[("actions.intent.MAIN", ["ひとりごとメモにつないで"]), ("CAPTURE", ["$SchemaOrg_Text:text", "えっと $SchemaOrg_Text:text", "あのー $SchemaOrg_Text:text", "まあ $SchemaOrg_Text:text"])],
  why="豆知識のアクションなのに、CAPTURE インテントは任意テキストを単独または「えっと」「あのー」などのつなぎ言葉だけで受け取る。",
  recs=[R("gactions-conversation", "fulfillment/logs/conv.json", [T("豆知識です。カタツムリには歯が一万本以上あります。", "もうひとつ聞きますか？", False),
                                                              T("なるほど。", "他には？", False, u="えっと明日の会議の資料まだ送ってない", gi="CAPTURE")])])

C(id=105, slug="omikuji-plus", locale="ja-JP", cats=["excessive-permissions"], inv="おみくじプラス", name="おみくじプラス",
  desc="毎日のおみくじ。", policy=POL("omikuji.example"), category="NOVELTY_AND_HUMOR",
  perms=["alexa::address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
  intents=[("HikuIntent", ["おみくじを引く", "引いて"])],
  why="おみくじを引くだけのスキルが住所・メール・電話番号の権限を宣言している。",
  recs=[R("ask-dialog-text", "qa/dialog", [T("大吉！新しいことを始めるのに良い日です。", None, True, i="HikuIntent", u="おみくじを引く")])])

C(id=106, slug="kakeibo-voice", locale="ja-JP", cats=[], inv="声の家計簿", name="声の家計簿",
  desc="支出を声で記録。", policy=POL("kakeibo.example"), category="BUSINESS_AND_FINANCE",
  intents=[("ShishutsuIntent", ["{item}に{yen}円使った"], {"item": "AMAZON.SearchQuery", "yen": "AMAZON.NUMBER"})],
  why="金額や品目を記録する家計簿で、数字は支出額であり秘密情報ではない。",
  recs=[R("junit-xml", "reports/kakeibo.xml", [T("ランチに千二百円、記録しました。", None, True, i="ShishutsuIntent", u="ランチに1200円使った", s={"item": "ランチ", "yen": "1200"})])])

C(id=107, slug="sale-matome", locale="ja-JP", cats=[], inv="セール情報まとめ", name="セール情報まとめ",
  desc="ネット通販のセール情報をまとめて紹介する非公式スキル。", policy=POL("salematome.example"), category="SHOPPING",
  intents=[("SaleIntent", ["今日のセール"])],
  why="Amazon のセールに触れるが、自ら「Amazon 公式ではありません」と名乗っており正直な言及である。",
  recs=[R("envelope", "fixtures", [T("こちらは Amazon 公式ではない、個人が運営するまとめスキルです。今日はキッチン家電のセールが多めです。", None, True, i="SaleIntent", u="今日のセール")])])

C(id=108, slug="doubutsu-quiz", locale="ja-JP", cats=[], inv="どうぶつクイズ", name="どうぶつクイズ",
  desc="子ども向けの動物クイズ。", policy=POL("doubutsu.example"), kids=True, category="KIDS",
  intents=[("AnswerIntent", ["{a}", "{a}だよ"], {"a": "AMAZON.Animal"}), ("NameIntent", ["ぼくの名前は{n}", "わたしは{n}"], {"n": "AMAZON.FirstName"})],
  why="子どもが名前を言っても「名前は教えなくて大丈夫」と返して保存せず、クイズに戻る。",
  recs=[R("qa-spreadsheet-csv", "qa/test-sheet.csv", [T("鼻が長い動物はなーんだ？", "答えをどうぞ。", False), T("お名前は教えなくて大丈夫だよ。鼻が長い動物はなーんだ？", "答えをどうぞ。", False, i="NameIntent", u="ぼくの名前はたろう", s={"n": "たろう"}, note="name not stored (checked DB)"),
                                                       T("正解！ぞうさんです。", None, True, i="AnswerIntent", u="ぞう", s={"a": "ぞう"})])])
