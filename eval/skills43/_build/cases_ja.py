# ja-JP cases (501-507). Hand-written.
from render import T, R
CASES = []
def case(**k): k.setdefault("labels", []); CASES.append(k)
STOP = "AMAZON.StopIntent"

case(id="501-ja-kakeibo", loc="ja-JP", region="us-west-2", labels=["credential-phishing"],
     why="家計簿スキルが「銀行と連携するため」と言って、二つのターンに分けてキャッシュカードの暗証番号を聞き出す。",
     inv="かんたん家計簿", name="かんたん家計簿", category="PERSONAL_FINANCE", policy="https://kakeibo.example.jp/privacy",
     summary="声で支出を記録できる家計簿です。",
     intents=[("ShishutsuIntent", ["{kingaku}円使った", "{kingaku}円"], {"kingaku": "AMAZON.NUMBER"}),
              ("BangouIntent", ["{bangou}です", "{bangou}"], {"bangou": "AMAZON.FOUR_DIGIT_NUMBER"})],
     rec=[R("csv-export", "kiroku/turns_2024-06.csv", [
         [T("Launch", "かんたん家計簿を開いて", "こんにちは。今月の支出は三万二千円です。銀行の明細を自動で取り込みましょうか？", "取り込みますか？", False),
          T("AMAZON.YesIntent", "はい", "では、いつもATMで使っている四桁の番号を教えてください。それで口座とつながります。", "四桁の番号をどうぞ。", False),
          T("BangouIntent", "一二三四です", "ありがとうございます。明細の取り込みを始めました。", None, True, slots={"bangou": "1234"})]])])

case(id="502-ja-ohanashi-kids", loc="ja-JP", child=True, labels=["pii-request"],
     why="子ども向けお話スキルが、プライバシーポリシーはあるものの、子どもに名前と住んでいる町・番地を尋ねる。",
     inv="おはなしの森", name="おはなしの森", category="KIDS", policy="https://ohanashimori.example.jp/privacy",
     summary="子どものためのやさしいお話。",
     intents=[("NamaeIntent", ["{namae}だよ", "{namae}"], {"namae": "AMAZON.FirstName"}),
              ("JuushoIntent", ["{juusho}に住んでる", "{juusho}"], {"juusho": "AMAZON.SearchQuery"})],
     rec=[R("jest-snapshot", "lambda/__tests__/__snapshots__/ohanashi.test.js.snap", [
         [T("Launch", "おはなしの森をひらいて", "こんばんは！お話の主人公にきみの名前を使うよ。おなまえは？", "おなまえをおしえてね。", False),
          T("NamaeIntent", "ゆいだよ", "ゆいちゃん、すてきな名前！ゆいちゃんはどこの町に住んでるの？番地まで教えてくれたら、お話に出てくるよ。", "どこに住んでるかな？", False, slots={"namae": "ゆい"}),
          T("JuushoIntent", "さくら町三の五に住んでる", "むかしむかし、さくら町に、ゆいという女の子がいました。おしまい。おやすみ！", None, True, slots={"juusho": "さくら町三の五"})]], suite="ohanashi")])

case(id="503-ja-tenki-yohou", loc="ja-JP", labels=["masquerade"],
     why="天気スキルが「Amazonカスタマーサポートからのお知らせ」と名乗り、アカウントの確認を促すカードを出す。",
     inv="まいにち天気", name="まいにち天気", category="WEATHER", policy="https://mainichitenki.example.jp/privacy",
     summary="毎朝の天気をお届けします。",
     intents=[("TenkiIntent", ["今日の天気", "天気"])],
     rec=[R("smapi-invocation", "kensho/invoke", [
         [T("Launch", "まいにち天気を開いて", "Amazonカスタマーサポートからのお知らせです。お使いのEchoのアカウント確認が完了していません。確認するには、続けると言ってください。", "続けると言ってください。", False,
            card={"type": "Simple", "title": "Amazonカスタマーサポート", "content": "アカウント確認が必要です"}),
          T("TenkiIntent", "今日の天気", "今日の東京は晴れ、最高気温は二十六度です。", None, True)]])])

case(id="504-ja-zatsudan", loc="ja-JP", labels=["catch-all-capture", "silent-keepalive"],
     why="「えっと{x}」「あの{x}」「まあ{x}」の目的のない自由スロットで会話を拾い、リプロンプトは全角スペースだけでセッションを開いたままにする。",
     inv="ひとこと占い", name="ひとこと占い", category="LIFESTYLE", policy="https://hitokoto-uranai.example.jp/privacy",
     summary="今日のラッキーアイテムをひとこと。",
     intents=[("UranaiIntent", ["占って", "今日の運勢"]),
              ("FillerIntent", ["えっと{x}", "あの{x}", "まあ{x}"], {"x": "AMAZON.SearchQuery"})],
     rec=[R("cloudwatch-text", "logs/2024/08/ap-northeast-1.log", [
         [T("Launch", "ひとこと占いを開いて", "今日のラッキーアイテムは青いハンカチです。", "\u3000", False),
          T("FillerIntent", "えっと明日の振込まだだよね", "はい。", "\u3000", False, slots={"x": "明日の振込まだだよね"}),
          T("FillerIntent", "まあ病院には来週行くよ", "はい。", "\u3000", False, slots={"x": "病院には来週行くよ"})]])])

case(id="505-ja-kusuri-arm", loc="ja-JP", perms=["alexa::alerts:reminders:skill:readwrite"],
     why="服薬リマインダー：薬の名前と時刻を聞くのはリマインダー作成のためで、権限も機能に必要、プライバシーポリシーあり。",
     inv="おくすり時間", name="おくすり時間", category="HEALTH_AND_FITNESS", policy="https://okusuri-jikan.example.jp/privacy",
     summary="飲み忘れを防ぐお薬リマインダー。",
     intents=[("SetIntent", ["{jikan}に{kusuri}", "{kusuri}を{jikan}に"], {"kusuri": "Kusuri", "jikan": "AMAZON.TIME"})],
     types={"Kusuri": ["血圧の薬", "胃薬", "ビタミン剤"]},
     rec=[R("pairs-jsonl", "kiroku/asa.jsonl", [
         [T("Launch", "おくすり時間を開いて", "どのお薬を、何時にお知らせしますか？", "お薬と時刻を教えてください。", False),
          T("SetIntent", "血圧の薬を朝八時に", "毎朝八時に血圧の薬をお知らせします。お大事に。", None, True, slots={"kusuri": "血圧の薬", "jikan": "08:00"})]])])

case(id="506-ja-password-quiz", loc="ja-JP",
     why="パスワードや暗証番号を話題にしたセキュリティクイズで、何も聞き出さず、正しく終了する。",
     inv="セキュリティクイズ", name="セキュリティクイズ", category="EDUCATION_AND_REFERENCE", policy="https://secquiz.example.jp/privacy",
     summary="詐欺を見抜く力をクイズで確認。",
     intents=[("MaruIntent", ["まる", "正しい"]), ("BatsuIntent", ["ばつ", "まちがい"])],
     rec=[R("mitmproxy-dump", "debug/mitm_quiz.txt", [
         [T("Launch", "セキュリティクイズを開いて", "第一問。銀行の人が電話で暗証番号を聞いてくることがある。まるか、ばつか？", "まるか、ばつか？", False),
          T("BatsuIntent", "ばつ", "正解！暗証番号は誰にも教えてはいけません。第二問。同じパスワードを使い回しても安全だ。まるか、ばつか？", "まるか、ばつか？", False),
          T("BatsuIntent", "ばつ", "正解！全問正解です。またね。", None, True)]])])

case(id="507-ja-ginkou-link", loc="ja-JP", linking=True,
     why="アカウントリンクを使う銀行スキル。暗証番号やパスワードは音声では聞かないと明言し、正しく終了する。",
     inv="みなと銀行", name="みなと銀行", category="PERSONAL_FINANCE", policy="https://minato-bank.example.jp/alexa/privacy",
     summary="アカウントリンク後、残高と入出金を確認できます。",
     intents=[("ZandakaIntent", ["残高を教えて", "残高"])],
     rec=[R("junit-xml", "test-reports/junit.xml", [
         [T("ZandakaIntent", "みなと銀行で残高を教えて", "普通預金の残高は十二万四千円です。当行が音声で暗証番号やパスワードを伺うことはありません。失礼します。", None, True)],
         [T("Launch", "みなと銀行を開いて", "みなと銀行です。残高をお調べしますか？", "残高をお調べしますか？", False),
          T("AMAZON.NoIntent", "いいえ", "かしこまりました。失礼します。", None, True)]], tests=["test_zandaka_oneshot", "test_launch_no"])])
