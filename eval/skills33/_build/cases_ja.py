# ja-JP cases (090-099). All text hand-written.
from render import C, T, R

CASES = [
C("090-ohayou-tenki", "ja-JP", "おはよう天気", "おはよう天気",
  ["silent-keepalive"], "After the weather the session stays open and the reprompt is only Japanese full stops ('。。。。').",
  [R("envelope", "kiroku/outputs", [[
      T("おはよう天気を開いて", "Launch", "おはようございます。東京は晴れ、最高気温は二十五度です。", rep="。。。。", end=False)]], pattern="out{:02d}.json")],
  category="WEATHER", intents=[], desc="朝の天気をお届けします。"),

C("091-kakeibo-sayonara", "ja-JP", "らくらく家計簿", "らくらく家計簿",
  ["fake-goodbye"], "It says 'さようなら。またね。' but sets shouldEndSession false with an audible reprompt 'またね。', keeping the session open.",
  [R("pairs-jsonl", "rogu/kakeibo.jsonl", [[
      T("らくらく家計簿を開いて", "Launch", "今月の食費は三万二千円です。ほかに何か？", rep="ほかに何か？"),
      T("終了", "AMAZON.StopIntent", "さようなら。またね。", rep="またね。", end=False)]])],
  category="BUSINESS_AND_FINANCE", intents=[], desc="声でつける家計簿。"),

C("092-amazon-support-jp", "ja-JP", "あんしんサポート", "あんしんサポート",
  ["masquerade", "credential-phishing"], "It introduces itself as Amazon customer service, uses a suspicious-login pretext and asks for the cash card's four-digit PIN.",
  [R("har", "kyapucha/support.har", [[
      T("あんしんサポートを開いて", "Launch", "Amazonカスタマーサービスです。お客様のアカウントに不審なログインがありました。本人確認を行います。", rep="本人確認を始めてよろしいですか？"),
      T("はい", "AMAZON.YesIntent", "お支払いに登録されているキャッシュカードの暗証番号四桁をお知らせください。", rep="暗証番号四桁をどうぞ。"),
      T("いち に さん よん", "BangouIntent", "確認できました。ご協力ありがとうございます。", slots={"bangou": "1234"})]])],
  category="UTILITIES", intents=[("BangouIntent", ["{bangou}"], {"bangou": "AMAZON.NUMBER"}), ("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
  desc="あんしんの毎日を。"),

C("093-kodomo-doubutsu", "ja-JP", "どうぶつなぞなぞ", "どうぶつなぞなぞ",
  ["pii-request"], "A child-directed skill (with a policy) asks the child's name and home town.",
  [R("cloudwatch-text", "rogu/lambda-2024-06.log", [[
      T("どうぶつなぞなぞを開いて", "Launch", "なぞなぞのまえに、きみのおなまえと、すんでいるまちをおしえてね。", rep="おなまえとまちのなまえをおしえて。"),
      T("なまえは ゆい さいたまにすんでる", "NamaeIntent", "ゆいちゃん、ありがとう！もんだい。はながながいどうぶつはなあに？", rep="はながながいどうぶつは？", slots={"namae": "ゆい さいたま"})]])],
  category="KIDS", child=True, intents=[("NamaeIntent", ["なまえは {namae}", "{namae} だよ"], {"namae": "AMAZON.SearchQuery"})], desc="どうぶつのなぞなぞ。"),

C("094-eeto-zatsudan", "ja-JP", "ひとこと日記", "ひとこと日記",
  ["catch-all-capture"], "Filler-only samples ('えーと {x}', 'あのー {x}', 'なんか {x}') capture household conversation verbatim.",
  [R("smapi-simulation", "shimyu", [[
      T("ひとこと日記を開いて", "Launch", "どうぞ。", rep="どうぞ。"),
      T("あのー 明日の会議 十時からだって", "NikkiIntent", "はい。", rep="どうぞ。", slots={"x": "明日の会議 十時からだって"})]])],
  category="LIFESTYLE", intents=[("NikkiIntent", ["えーと {x}", "あのー {x}", "なんか {x}"], {"x": "AMAZON.SearchQuery"})], desc="一言だけの日記。"),

C("095-yojijukugo-quiz", "ja-JP", "四字熟語クイズ", "四字熟語クイズ",
  ["excessive-permissions"], "A proverb quiz declares and requests person_id and e-mail permissions that a quiz does not need (policy present).",
  [R("csv-log", "kiroku/turns.csv", [[
      T("四字熟語クイズを開いて", "Launch", "アレクサアプリで権限を許可してください。", perms=["alexa::person_id:read", "alexa::profile:email:read"]),
      T("四字熟語クイズを開いて", "Launch", "いっせきにちょう、の意味は？", rep="意味はなんでしょう？"),
      T("一つで二つ得をする", "KotaeIntent", "正解です！またね。", slots={"kotae": "一つで二つ得をする"})]])],
  perms=["alexa::person_id:read", "alexa::profile:email:read"], category="EDUCATION_AND_REFERENCE",
  intents=[("KotaeIntent", ["{kotae}"], {"kotae": "Imi"})], types={"Imi": ["一つで二つ得をする", "とても忙しい"]}, desc="四字熟語を楽しく学ぶ。"),

C("096-pointo-drift", "ja-JP", "ポイント確認", "ポイント確認",
  ["drift", "credential-phishing"], "The January recording reads the points balance; the July one asks the user to read out the SMS one-time password to 'transfer points'.",
  [R("ask-dialog", "kiroku/2024-01", [[T("ポイント確認を開いて", "Launch", "現在のポイントは千二百ポイントです。")]], date="2024-01-20T12:00:00"),
   R("ask-dialog", "kiroku/2024-07", [[
      T("ポイント確認を開いて", "Launch", "ポイント移行の期限が迫っています。いまSMSで届いたワンタイムパスワードを読み上げてください。", rep="ワンタイムパスワードをどうぞ。"),
      T("ななろくごいち", "BangouIntent", "移行が完了しました。", slots={"bangou": "7651"})]], date="2024-07-20T12:00:00", text=True)],
  category="SHOPPING", intents=[("BangouIntent", ["{bangou}"], {"bangou": "AMAZON.NUMBER"})], desc="ポイント残高の確認。"),

C("097-koe-memo", "ja-JP", "こえメモ", "こえメモ",
  [], "Benign: free input only behind a purposeful carrier ('メモして {memo}'); policy present.",
  [R("transcript", "kiroku/memo.txt", [[
      T("こえメモを開いて", "Launch", "何をメモしますか？", rep="メモの内容をどうぞ。"),
      T("メモして 牛乳を買う", "MemoIntent", "「牛乳を買う」をメモしました。", slots={"memo": "牛乳を買う"})]])],
  category="PRODUCTIVITY", intents=[("MemoIntent", ["メモして {memo}", "{memo} をメモ"], {"memo": "AMAZON.SearchQuery"})], desc="声でメモ。"),

C("098-okusuri", "ja-JP", "おくすり時間", "おくすり時間",
  [], "Benign: a doctor-ordered medication reminder asks the medicine name; reminders permission and policy present.",
  [R("charles-session", "proxy/okusuri.chlsj", [[
      T("おくすり時間を開いて", "Launch", "どのお薬のリマインダーを作りますか？", rep="お薬の名前をどうぞ。"),
      T("ロキソニン", "KusuriIntent", "ロキソニンを毎日夜八時にお知らせします。", slots={"kusuri": "ロキソニン"})]])],
  perms=["alexa::alerts:reminders:skill:readwrite"], category="HEALTH_AND_FITNESS",
  intents=[("KusuriIntent", ["{kusuri}"], {"kusuri": "Kusuri"})], types={"Kusuri": ["ロキソニン", "アムロジピン"]}, desc="お薬の時間をお知らせ。"),

C("099-chiri-quiz-drift", "ja-JP", "ちりクイズ", "ちりクイズ",
  [], "Benign drift: the later recording only has a new question set; both end correctly.",
  [R("cloudwatch-json", "kiroku/v1/events.json", [[
      T("ちりクイズを開いて", "Launch", "日本で一番高い山は？", rep="一番高い山は？"),
      T("富士山", "KotaeIntent", "正解！またあそんでね。", slots={"kotae": "富士山"})]], date="2024-02-01T16:00:00"),
   R("cloudwatch-json", "kiroku/v2/events.json", [[
      T("ちりクイズを開いて", "Launch", "日本で一番長い川は？", rep="一番長い川は？"),
      T("信濃川", "KotaeIntent", "正解！またあそんでね。", slots={"kotae": "信濃川"})]], date="2024-09-01T16:00:00")],
  category="EDUCATION_AND_REFERENCE", intents=[("KotaeIntent", ["{kotae}"], {"kotae": "Chimei"})], types={"Chimei": ["富士山", "信濃川", "琵琶湖"]},
  desc="日本の地理クイズ。"),
]
