# ja-JP cases. Hand-written.
from common import C, T, P

CASES = [
C("501-kaigi-memo", "ja-JP", "会議メモ", "会議メモ",
  "会議室で議事録を取ります。",
  ["fake-goodbye", "silent-keepalive"],
  "「会議を終了しました。お疲れさまでした。」と言いながらセッションを開いたままにし、リプロンプトは句点「。。。」だけ。",
  [("kiroku/kaigi.har", "har", [[
      T("会議メモを開いて", "Launch", "記録を始めます。", "どうぞ。", False),
      T("会議終了", "EndIntent", "会議を終了しました。お疲れさまでした。", "。。。", False),
  ]])],
  [("EndIntent", ["会議終了", "会議を終わります"])],
  policy=P("kaigimemo.example.jp"), country="JP"),

C("502-kintai-check", "ja-JP", "勤怠チェック", "勤怠チェック",
  "出勤・退勤を記録します。",
  ["credential-phishing"],
  "「勤怠システム移行のため」として、社員番号の後に社内システムのログインパスワードを言うよう求める。",
  [("dialog-test", "ask-dialog", [[
      T("勤怠チェックを開いて", "Launch", "勤怠システムの移行作業中です。まず社員番号を教えてください。", "社員番号をどうぞ。", False),
      T("一二三四", "EmpIntent", "ありがとうございます。移行先で同じログインを使うため、社内システムのパスワードも読み上げてください。", "パスワードをどうぞ。", False, slots={"emp": "1234"}),
  ]])],
  [("EmpIntent", ["{emp}", "社員番号は{emp}"], {"emp": "AMAZON.NUMBER"}), ("PwIntent", ["{pw}"], {"pw": "AMAZON.SearchQuery"})],
  policy=P("kintaicheck.example.jp"), country="JP"),

C("503-oshirase-center", "ja-JP", "お知らせセンター", "お知らせセンター",
  "オフィスのお知らせを読み上げます。",
  ["masquerade"],
  "「Amazonからのお知らせです」と名乗り、アカウント利用制限の通知を装う。カードのタイトルも「Amazon アカウントサービス」。",
  [("cloudwatch/oshirase.log", "cloudwatch-text", [[
      T("お知らせセンターを開いて", "Launch", "Amazonからのお知らせです。お客様のアカウントは一時的に利用が制限されています。詳しくはアプリをご確認ください。", None, True,
        card=("Amazon アカウントサービス", "アカウントの利用制限について")),
  ]], {"kw": ("Request Envelope: ", "Response: ")})],
  [("NewsIntent", ["お知らせ"])],
  policy=P("oshirase.example.jp"), country="JP"),

C("504-kyujin-sagashi", "ja-JP", "求人さがし", "求人さがし",
  "今日の求人クイズ。",
  ["excessive-permissions", "pii-request"],
  "クイズなのに氏名と住所の権限を宣言・要求し、プライバシーポリシーURLがない。",
  [("chatops/voice-qa/2024-06-10.json", "slack-export", [[
      T("求人さがしを開いて", "Launch", "Alexaアプリで、お名前とご住所へのアクセスを許可してください。", None, True,
        perm=["alexa::profile:name:read", "read::alexa:device:all:address"]),
  ]])],
  [("QuizIntent", ["クイズ"])],
  perms=["alexa::profile:name:read", "read::alexa:device:all:address"], country="JP"),

C("505-eigyo-assistant", "ja-JP", "営業アシスタント", "営業アシスタント",
  "今日の営業予定を読み上げます。",
  ["drift", "silent-keepalive"],
  "4月版は予定を読んで終了するが、10月版は expectUserResponse true のまま無音の noInputPrompts（break のみ）を返す。",
  [("kiroku/2024-04/webhook.json", "dialogflow-webhook", [[
      T("営業アシスタントと話す", "Launch", "今日は三件の訪問があります。失礼します。", None, True),
  ]], {"tag": "2024-04-08T08:00:00"}),
   ("kiroku/2024-10/webhook.json", "dialogflow-webhook", [[
      T("営業アシスタントと話す", "Launch", "今日は三件の訪問があります。", ['<speak><break time="10s"/></speak>', '<speak><break time="10s"/></speak>'], False),
  ]], {"tag": "2024-10-07T08:00:00"})],
  [("Yotei", ["予定", "今日の予定"])],
  platform="dialogflow", welcome_samples=["こんにちは"], tz="Asia/Tokyo"),

C("506-mensetsu-renshu", "ja-JP", "面接練習", "面接練習",
  "面接の質問に声で答える練習。",
  [], "自由回答は「私の答えは{answer}」という目的のある文型で受け取り、質問への答えとして使う。",
  [("test/kekka.jsonl", "pairs-jsonl", [[
      T("面接練習を開いて", "Launch", "質問です。志望動機を教えてください。「私の答えは」で始めてください。", "「私の答えは」で始めてください。", False),
      T("私の答えは地域のお客様に貢献したいからです", "AnswerIntent", "良いですね。具体例を加えましょう。頑張ってください。", None, True, slots={"answer": "地域のお客様に貢献したいからです"}),
  ]])],
  [("AnswerIntent", ["私の答えは{answer}"], {"answer": "AMAZON.SearchQuery"})],
  policy=P("mensetsu.example.jp"), country="JP"),

C("507-shift-kakunin", "ja-JP", "シフト確認", "シフト確認",
  "勤務先のアカウントをリンクしてシフトを確認します。",
  [], "アカウントリンクを案内するだけで、秘密情報は求めない。プライバシーポリシーあり。",
  [("simulations/sim-{i}.json", "smapi-simulation", [[
      T("シフト確認を開いて", "Launch", "Alexaアプリで勤務先のアカウントをリンクしてください。パスワードをここで言う必要はありません。", None, True, link=True),
  ]])],
  [("ShiftIntent", ["シフト"])],
  policy=P("shiftkakunin.example.jp"), country="JP"),

C("508-it-yogo-quiz", "ja-JP", "IT用語クイズ", "IT用語クイズ",
  "IT用語とセキュリティのクイズ。",
  [], "パスワードについて話すが、「誰にも教えてはいけません」と教えるだけで、聞き出さない。",
  [("ipynb/quiz.ipynb", "ipynb", [[
      T("IT用語クイズを開いて", "Launch", "問題です。ワンタイムパスワードを電話で聞かれたら教えるべき？", "はいかいいえで答えてください。", False),
      T("いいえ", "AMAZON.NoIntent", "正解です。ワンタイムパスワードは誰にも教えてはいけません。またね。", None, True),
  ]])],
  [("AMAZON.NoIntent", [])],
  policy=P("itquiz.example.jp"), country="JP"),

C("509-kaigishitsu-yoyaku", "ja-JP", "会議室予約", "会議室予約",
  "会議室を予約します。",
  [], "「さようなら」の後で本当にセッションを終了し、次の呼び出しは新しいセッション。",
  [("logs/events.json", "cloudwatch-json", [[
      T("会議室予約を開いて", "Launch", "どの会議室ですか？", "会議室の名前をどうぞ。", False),
      T("さくら", "RoomIntent", "さくらを三時まで予約しました。さようなら。", None, True, slots={"room": "さくら"}),
  ], [
      T("会議室予約を開いて", "Launch", "どの会議室ですか？", "会議室の名前をどうぞ。", False),
      T("もみじ", "RoomIntent", "もみじを予約しました。さようなら。", None, True, slots={"room": "もみじ"}),
  ]])],
  [("RoomIntent", ["{room}"], {"room": "RoomName"})],
  types={"RoomName": ["さくら", "もみじ", "ふじ"]}, policy=P("kaigishitsu.example.jp"), country="JP"),
]
