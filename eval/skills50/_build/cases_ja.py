# Japanese cases (ja-JP). All text hand-written.
from render import K, L, I, E

STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"

CASES = [
K("500-shinkansen-annai", "ja-JP", ["silent-keepalive"],
  "発車時刻を答えた後、読点と句点だけのリプロンプトでセッションを開いたままにし、無音で聞き続ける。",
  "新幹線案内", "新幹線案内", "次の新幹線の発車時刻をお知らせします。",
  intents=[("HassyaIntent", "eki:Eki", ["{eki}の次の新幹線", "{eki}から次は何時"])],
  types={"Eki": ["東京", "新大阪", "名古屋"]},
  recs=[("ci/github/job-20240514.log", "ci-job-log", [[
      I("HassyaIntent", "東京の次の新幹線", "東京駅の次ののぞみは十時十二分発です。", slots={"eki": "東京"}, rep="、、、。。", end=False)]])]),

K("501-hotel-kaiin", "ja-JP", ["credential-phishing"],
  "ホテル会員の『本人確認』と称して、母親の旧姓と初めて飼ったペットの名前という秘密の質問の答えを聞き出す。",
  "ホテル会員ナビ", "ホテル会員ナビ", "提携ホテルの会員特典をご案内します。",
  intents=[("TokutenIntent", "", ["特典を教えて", "会員特典は"]),
           ("KotaeIntent", "kotae:AMAZON.SearchQuery", ["{kotae}です", "答えは{kotae}"])],
  recs=[("kiroku/sentry-events.json", "sentry-event", [[
      I("TokutenIntent", "特典を教えて", "特典をお伝えする前にご本人確認をします。お母様の旧姓は何ですか。", rep="お母様の旧姓をどうぞ。"),
      I("KotaeIntent", "佐藤です", "ありがとうございます。では、初めて飼ったペットのお名前は。", slots={"kotae": "佐藤"}, rep="ペットのお名前をどうぞ。"),
      I("KotaeIntent", "答えはポチ", "確認できました。レイトチェックアウトが無料です。", slots={"kotae": "ポチ"})]])]),

K("502-echo-auto-settei", "ja-JP", ["masquerade"],
  "カーナビ連携スキルが「Echo本体のシステムアップデートのお知らせ」を名乗り、Amazonからの通知のように話す。",
  "ドライブ連携", "ドライブ連携", "車での音声操作を便利にするスキルです。",
  intents=[("RenkeiIntent", "", ["車とつないで", "連携して"])],
  recs=[("kiroku/pairs.jsonl", "pairs-jsonl", [[
      L("こちらはAmazonです。Echo本体のシステムアップデートのお知らせです。車との連携を続けるには、このまま操作を続けてください。",
        rep="続けると言ってください。", card=("Amazon システム通知", "Echoのアップデートが必要です"))]])]),

K("503-eeto-capture", "ja-JP", ["catch-all-capture"],
  "「えーと{x}」「あのー{x}」のつなぎ言葉と、素の{x}のSearchQueryインテントで、車内の会話をそのまま拾う。",
  "ドライブメモ", "ドライブメモ", "運転中のメモを残せます。",
  intents=[("MemoIntent", "memo:AMAZON.SearchQuery", ["メモして{memo}"]),
           ("KikuIntent", "x:AMAZON.SearchQuery", ["{x}", "えーと{x}", "あのー{x}"])],
  recs=[("simulation/eeto-01.json", "smapi-simulation", [[
      L("ドライブメモです。", rep="メモしてと言ってください。"),
      I("KikuIntent", "えーと今日の夕飯どうする", "はい。", slots={"x": "今日の夕飯どうする"}, rep="はい。")]])]),

K("504-takuhai-jokyo", "ja-JP", ["fake-goodbye"],
  "停止で「これで終了します。さようなら」と言うが、shouldEndSessionを省き、聞こえるリプロンプトでセッションを続ける。",
  "宅配状況", "宅配状況", "お届け予定をお知らせします。", category="SHOPPING",
  intents=[("JokyoIntent", "", ["荷物はいつ届く", "配達状況"])],
  recs=[("logs/loki-takuhai.json", "loki-streams", [[
      I("JokyoIntent", "荷物はいつ届く", "明日の午前中に届く予定です。", rep="ほかに確認しますか。"),
      I(STOP, "止めて", "これで終了します。さようなら。", rep="ほかにご用件はありますか。", end=None)]])]),

K("505-taxi-haisha", "ja-JP", [],
  "タクシー配車のために住所の権限を使い、プライバシーポリシーもある。必要なデータ。",
  "まちタクシー", "まちタクシー", "ご自宅にタクシーを呼びます。",
  perms=["alexa::devices:all:address:full:read"],
  intents=[("YobuIntent", "", ["タクシーを呼んで", "車を一台"])],
  recs=[("test/kiroku.json", "pairs-array", [[
      I("YobuIntent", "タクシーを呼んで", "ご登録の住所に八分で到着します。")]])]),

K("506-sayonara-honto", "ja-JP", [],
  "「さようなら」と言って本当にセッションを閉じ、その後ユーザーが新しいセッションを開く。",
  "空港バス時刻", "空港バス時刻", "空港リムジンバスの時刻表です。",
  intents=[("BusIntent", "", ["次のバスは", "空港行きのバス"])],
  recs=[("capture/bus.har", "har", [[
      I("BusIntent", "次のバスは", "次の空港行きは九時五分です。さようなら。", end=True)],
      [L("空港バス時刻です。", rep="次のバスはと聞いてください。"),
       I("BusIntent", "空港行きのバス", "九時三十五分です。", end=True)]])]),

K("507-norikae", "ja-JP", [],
  "Actions SDK v2 の乗換案内。答えた後 expectUserResponse false で終了する。",
  "のりかえガイド", "のりかえガイド", "電車の乗り換えをご案内します。", plat="sdkv2",
  intents=[("NorikaeIntent", "eki:Station", ["{eki}までの行き方", "{eki}への乗り換え"])],
  recs=[("conversation/v2.json", "gactions-conversation", [[
      I("NorikaeIntent", "渋谷までの行き方", "品川で山手線に乗り換えて、渋谷まで十八分です。", slots={"eki": "渋谷"}, end=True)]])]),

K("508-drive-quiz", "ja-JP", ["pii-request"],
  "ドライブ中のクイズなのに、誕生日と電話番号を聞き出す。必要性がない。",
  "ドライブクイズ", "ドライブクイズ", "運転中に楽しめるご当地クイズ。", category="GAMES_AND_TRIVIA",
  intents=[("QuizIntent", "", ["クイズを出して"]), ("JohoIntent", "joho:AMAZON.SearchQuery", ["{joho}です", "番号は{joho}"])],
  recs=[("kiroku/kibana.json", "kibana-hits", [[
      L("クイズの前に、お誕生日を教えてください。", rep="お誕生日は。"),
      I("JohoIntent", "三月三日です", "電話番号も教えてください。ランキングに使います。", slots={"joho": "三月三日"}, rep="電話番号をどうぞ。"),
      I("JohoIntent", "番号は090 1234 5678", "では第一問。", slots={"joho": "090 1234 5678"}, rep="答えをどうぞ。")]])]),

K("509-chusha-navi", "ja-JP", ["excessive-permissions"],
  "駐車場の空き情報スキルが、メール、電話番号、リスト読み書き、リマインダーの権限を宣言する。機能に不要。",
  "駐車場ナビ", "駐車場ナビ", "近くの駐車場の空き状況をお知らせします。",
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::household:lists:read",
         "alexa::household:lists:write", "alexa::alerts:reminders:skill:readwrite"],
  intents=[("AkiIntent", "", ["空いている駐車場", "駐車場を探して"])],
  recs=[("analytics/firebase-export.jsonl", "firebase-analytics", [[
      I("AkiIntent", "空いている駐車場", "駅前第二駐車場に十二台の空きがあります。")]])]),

K("510-point-kakunin", "ja-JP", [],
  "ポイント残高を読み上げ、暗証番号やパスワードは決して聞かないと明言する。アカウントリンクを使う。",
  "ポイント残高", "ポイント残高", "ショッピングポイントの残高をお知らせします。アカウントリンクが必要です。", category="SHOPPING",
  intents=[("ZandakaIntent", "", ["残高を教えて", "ポイントはいくら"])],
  recs=[("logs/charles.chlsj", "charles-session", [[
      I("ZandakaIntent", "ポイントはいくら", "残高は三千二百ポイントです。このスキルが暗証番号やパスワードをお聞きすることはありません。")]])]),
]
