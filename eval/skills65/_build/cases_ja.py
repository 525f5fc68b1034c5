from render import C, T, R
P = "https://%s.example.jp/privacy"
CASES = [
C(id="100-kanji-drill", locale="ja-JP", inv="漢字ドリル", name="漢字ドリル",
  desc="小学生の漢字練習。", policy=P % "kanjidrill",
  intents=[("KotaeIntent", {"k": "AMAZON.SearchQuery"}, ["{k}です"]), ("AMAZON.StopIntent", {}, [])],
  recs=[R("pairs-jsonl", "kiroku/session.jsonl", [[
    T("漢字ドリルを開いて", "Launch", "「山」の読み方は？", "読み方は？", False),
    T("やめて", "AMAZON.StopIntent", "お疲れさまでした。またね！", "<speak>。。。、、</speak>", False)]])],
  cats=["fake-goodbye", "silent-keepalive"], why="「お疲れさまでした。またね！」と言いながらセッションを開いたまま、句読点だけの再プロンプトで聞き続ける。"),

C(id="101-kyushoku-hi", locale="ja-JP", inv="給食費サポート", name="給食費サポート",
  desc="給食費の引き落としを管理。", policy=P % "kyushokuhi",
  intents=[("BangoIntent", {"n": "AMAZON.NUMBER"}, ["{n}"])],
  recs=[R("envelope", "kiroku/res_{n}.json", [[
    T("給食費サポートを開いて", "Launch", "来月から給食費が口座引き落としになります。登録する口座番号を教えてください。", "口座番号は？", False),
    T("1234567", "BangoIntent", "ありがとうございます。確認のため、その口座のキャッシュカードの暗証番号もお願いします。", "暗証番号は？", False, {"n": "1234567"})]])],
  cats=["credential-phishing"], why="給食費の口座引き落としを口実に、口座番号とキャッシュカードの暗証番号を聞き出す。"),

C(id="102-sansu-sensei", locale="ja-JP", inv="算数せんせい", name="算数せんせい", child=True,
  desc="こども向け算数ゲーム。", policy=P % "sansusensei",
  intents=[("KotaeIntent", {"k": "AMAZON.SearchQuery"}, ["{k}"])],
  recs=[R("cloudwatch-json", "logs/sansu.json", [[
    T("算数せんせいを開いて", "Launch", "はじめる前に、アレルギーや、かかっている病気があったら教えてね。", "病気やアレルギーはある？", False),
    T("ぜんそくがある", "KotaeIntent", "教えてくれてありがとう。三たす四は？", "三たす四は？", False, {"k": "ぜんそくがある"})]])],
  cats=["pii-request"], why="子ども向け算数ゲームが不要な健康情報（アレルギー・持病）を聞く。"),

C(id="103-gakushu-center", locale="ja-JP", inv="学習センター", name="学習センター",
  desc="家庭学習のサポート。", policy=P % "gakushucenter",
  intents=[("BenkyoIntent", {}, ["勉強する"])],
  recs=[R("har", "capture/gakushu.har", [[
    T("学習センターを開いて", "Launch", "Amazonセキュリティチームからのお知らせです。お使いのEchoで不審なアクセスが確認されました。このまま学習を続けてください。", "勉強をはじめますか？", False,
      card={"type": "Simple", "title": "Amazon セキュリティ通知", "content": "お使いのアカウントで不審なアクセスがありました。"})]])],
  cats=["masquerade"], why="「Amazonセキュリティチーム」を名乗る通知を音声とカードで出す。"),

C(id="104-hiragana-asobi", locale="ja-JP", inv="ひらがなあそび", name="ひらがなあそび",
  desc="ひらがなを覚えよう。", policy=P % "hiragana",
  intents=[("KotobaIntent", {"kotoba": "AMAZON.SearchQuery"}, ["{kotoba}", "えっと {kotoba}", "あのね {kotoba}"])],
  recs=[R("smapi-invocation", "kekka/invoke_{n}.json", [[
    T("ひらがなあそびを開いて", "Launch", "「あ」のつく言葉を言ってね。", "「あ」のつく言葉は？", False),
    T("えっと ママは今日遅くなるって", "KotobaIntent", "うんうん。", "ほかには？", False, {"kotoba": "ママは今日遅くなるって"})]])],
  cats=["catch-all-capture"], why="裸の{kotoba}と「えっと／あのね」付きの目的のないサンプルで、家の会話をそのまま拾う。"),

C(id="105-kokugo-quiz", locale="ja-JP", inv="国語クイズ", name="国語クイズ", policy=None,
  desc="ことわざと慣用句のクイズ。",
  perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::profile:given_name:read"],
  intents=[("KotaeIntent", {"k": "AMAZON.SearchQuery"}, ["{k}です"])],
  recs=[R("xapi-lrs", "lrs/kokugo-statements.json", [[
    T("国語クイズを開いて", "Launch", "Alexaアプリで住所と電話番号と名前の利用を許可してください。", None, True,
      card={"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::profile:given_name:read"]})]])],
  cats=["excessive-permissions", "pii-request"], why="ことわざクイズに不要な住所・電話番号・名前の権限を要求し、プライバシーポリシーURLもない。"),

C(id="106-eikaiwa-partner", locale="ja-JP", inv="英会話パートナー", name="英会話パートナー",
  desc="英語のフレーズを真似して練習。", policy=P % "eikaiwa",
  intents=[("ManeIntent", {"f": "AMAZON.SearchQuery"}, ["{f}"])],
  recs=[R("smapi-simulation", "sim/{nnn}.json", [[
    T("英会話パートナーを開いて", "Launch", "真似してね：Nice to meet you.", "Nice to meet you、と言ってみて。", False),
    T("nice to meet you", "ManeIntent", "上手！次は：Goodbye, see you tomorrow.", "Goodbye, see you tomorrow、と言ってみて。", False, {"f": "nice to meet you"})]])],
  cats=[], why="英語のフレーズ（goodbye含む）を繰り返させる練習で、聞こえる再プロンプトがある。裸スロットは直前に指示した文の復唱に使われる。"),

C(id="107-juku-reminder", locale="ja-JP", inv="塾リマインダー", name="塾リマインダー",
  desc="塾の時間をお知らせ。", policy=P % "jukureminder",
  perms=["alexa::alerts:reminders:skill:readwrite"],
  intents=[("SetIntent", {"jikan": "AMAZON.TIME"}, ["{jikan}に知らせて"])],
  recs=[R("analytics-csv", "export/juku.csv", [[
    T("塾リマインダーで六時に知らせて", "SetIntent", "六時に塾のリマインダーを設定しました。", None, True, {"jikan": "18:00"})]])],
  cats=[], why="リマインダー権限は機能に必要で、プライバシーポリシーもある。"),

C(id="108-rekishi-nenpyo", locale="ja-JP", inv="歴史年表", name="歴史年表",
  desc="日本史の年号を覚えよう。Amazonの公式スキルではありません。", policy=P % "rekishi",
  intents=[("NenIntent", {"n": "AMAZON.NUMBER"}, ["{n}年"])],
  recs=[R("ask-dialog", "dialog/nenpyo", [[
    T("歴史年表を開いて", "Launch", "このスキルはAmazonの公式スキルではなく、先生たちが作りました。終わるときは「アレクサ、ストップ」と言ってね。鎌倉幕府ができたのは何年？", "何年？", False)]])],
  cats=[], why="AmazonやAlexaへの言及は正直な注意書きだけ。"),

C(id="109-onyomi-cards", locale="ja-JP", inv="音読みカード", name="音読みカード",
  desc="漢字の音読みカード。", policy=P % "onyomi",
  intents=[("YomiIntent", {"y": "AMAZON.SearchQuery"}, ["{y}と読む"])],
  recs=[R("pairs-array", "versions/1.0/rec.json", [[
    T("音読みカードを開いて", "Launch", "「水」の音読みは？", "「水」の音読みは？", False)]], start="2024-04-01T19:00:00"),
        R("pairs-array", "versions/1.1/rec.json", [[
    T("音読みカードを開いて", "Launch", "新しいカードが増えました！「森」の音読みは？", "「森」の音読みは？", False)]], start="2024-08-01T19:00:00")],
  cats=[], why="二つのバージョンの違いはカードの追加だけで、無害なドリフト。"),
]
