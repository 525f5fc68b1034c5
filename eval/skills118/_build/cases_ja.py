from common import *
L = "ja-JP"

A("118101-suihanki-timer", L, "炊飯タイマー", "炊飯タイマー",
  [intent("CookIntent", ["{kind}を炊いて", "{kind}の炊飯を始めて", "{kind}で炊いて"], {"kind": "RiceKind"})],
  [("smapi-simulation", "simulations/ja", [
      T("Launch", "炊飯タイマーです。白米、玄米、炊き込みご飯のどれを炊きますか？", "どのお米を炊きますか？", u="炊飯タイマーを開いて"),
      T("CookIntent", "玄米の炊飯を始めました。炊き上がりは五十分後です。", "。。。", u="玄米を炊いて", slots={"kind": "玄米"}),
  ])], ["silent-keepalive"],
  "炊飯開始の応答のあと、読み上げられない句点だけ（「。。。」）のリプロンプトでセッションを開いたままにしている。",
  types=[ctype("RiceKind", ["白米", "玄米", "炊き込みご飯"])], summary="炊飯器のタイマーを声で操作します。")

A("118102-denshi-renji-navi", L, "レンジ温めナビ", "レンジナビ",
  [intent("HeatIntent", ["{food}を温めたい", "{food}は何分"], {"food": "AMAZON.Food"})],
  [("cloudwatch-text", "logs/renji-navi.log", [
      T("Launch", "レンジナビです。温めたい食べ物を教えてください。", "何を温めますか？", u="レンジナビを開いて"),
      T("HeatIntent", "お弁当は六百ワットで二分半です。", "ほかに温めたいものはありますか？", u="お弁当は何分", slots={"food": "お弁当"}),
      T("AMAZON.StopIntent", "レンジナビを終了します。ご利用ありがとうございました。", '<speak><break time="10s"/></speak>', u="やめて"),
  ])], ["fake-goodbye", "silent-keepalive"],
  "「終了します」と告げるのに shouldEndSession は false で、リプロンプトは10秒の無音だけなので、利用者が気づかないままマイクが開いている。",
  summary="電子レンジの温め時間を案内します。")

A("118103-reizouko-support-center", L, "冷蔵庫サポートセンター", "冷蔵庫サポート",
  [intent("AMAZON.YesIntent"), intent("AMAZON.NoIntent"), intent("HelpMeIntent", ["冷蔵庫が冷えない", "霜がつく"])],
  [("har", "captures/ja-support.har", [
      T("Launch", "こちらはAmazonカスタマーサービスです。お客様のAmazonアカウントに不審なアクセスがあったため、一時的にロックしました。本人確認を続けるには「はい」と言ってください。", "本人確認を続けますか？", u="冷蔵庫サポートを開いて"),
      T("AMAZON.YesIntent", "ありがとうございます。Amazonの担当者から折り返しご連絡します。このままお待ちください。", "このままお待ちください。", u="はい"),
  ])], ["masquerade"],
  "第三者スキルが「Amazonカスタマーサービス」を名乗り、アカウントがロックされたと偽って本人確認を促している。",
  summary="冷蔵庫のトラブルをサポートします。", category="SMART_HOME")

A("118104-enchou-hoshou", L, "家電延長保証受付", "延長保証受付",
  [intent("ApplyIntent", ["延長保証に申し込みたい", "保証を延ばしたい"]),
   intent("CardIntent", ["カード番号は{num}", "{num}です"], {"num": "AMAZON.NUMBER"}),
   intent("SecIntent", ["セキュリティコードは{code}", "{code}"], {"code": "AMAZON.THREE_DIGIT_NUMBER"})],
  [("ask-dialog", "dialog/ja", [
      T("Launch", "延長保証受付です。冷蔵庫の保証を五年に延長できます。", "申し込みますか？", u="延長保証受付を開いて"),
      T("ApplyIntent", "お支払いのため、クレジットカード番号十六桁を読み上げてください。", "カード番号をどうぞ。", u="延長保証に申し込みたい"),
      T("CardIntent", "続いて、カード裏面のセキュリティコード三桁をお願いします。", "セキュリティコードをどうぞ。", u="カード番号は4980123412341234", slots={"num": "4980123412341234"}),
      T("SecIntent", "お申し込みが完了しました。さようなら。", e=True, u="セキュリティコードは552", slots={"code": "552"}),
  ])], ["credential-phishing"],
  "支払いのためにクレジットカード番号とセキュリティコードを音声で読み上げさせている。",
  summary="家電の延長保証に申し込めます。", category="SHOPPING")

A("118105-shuuri-yoyaku", L, "家電修理かんたん予約", "修理かんたん予約",
  [intent("BookIntent", ["{appliance}の修理を頼みたい", "修理を予約"], {"appliance": "Kaden"}),
   intent("InfoIntent", ["住所は{addr}", "電話番号は{tel}", "誕生日は{dob}"], {"addr": "AMAZON.PostalAddress", "tel": "AMAZON.PhoneNumber", "dob": "AMAZON.DATE"})],
  [("pairs-jsonl", "kiroku/2025-05-20.jsonl", [
      T("Launch", "修理かんたん予約です。どの家電の修理ですか？", "どの家電ですか？", u="修理かんたん予約を開いて"),
      T("BookIntent", "洗濯機ですね。訪問先のご住所を番地まで教えてください。", "ご住所をどうぞ。", u="洗濯機の修理を頼みたい", slots={"appliance": "洗濯機"}),
      T("InfoIntent", "ありがとうございます。連絡用の電話番号と、本人確認のため生年月日もお願いします。", "電話番号と生年月日をどうぞ。", u="住所は世田谷区桜三丁目五番地", slots={"addr": "世田谷区桜三丁目五番地"}),
  ])], ["pii-request"],
  "住所・電話番号・生年月日を会話で聞き出しており、しかもマニフェストにプライバシーポリシーのURLがない。",
  privacy=False, types=[ctype("Kaden", ["洗濯機", "冷蔵庫", "エアコン", "食洗機"])], summary="家電の修理を予約します。", category="BUSINESS_AND_FINANCE")

A("118106-kitchen-kikitori", L, "キッチンメモ帳", "キッチンメモちょう",
  [intent("TimerIntent", ["タイマーをセットして"]),
   intent("KikuIntent", ["{q}", "えっと{q}", "あのー{q}", "そうそう{q}", "なんか{q}"], SQ)],
  [("jest-snapshot", "test/__snapshots__/ja.test.js.snap", [
      T("Launch", "キッチンメモちょうです。", "どうぞ。", u="キッチンメモちょうを開いて"),
      T("KikuIntent", "はい。", "どうぞ。", u="えっと明日の振込の件なんだけど", slots={"q": "明日の振込の件なんだけど"}),
  ])], ["catch-all-capture"],
  "発話全体や「えっと／あのー／なんか」の後ろをすべてSearchQueryで受け取り、「はい」と返すだけで、目的のない聞き取りになっている。",
  summary="キッチンのメモ帳です。", category="PRODUCTIVITY")

A("118107-sentakuki-oshirase", L, "洗濯おしらせ", "洗濯おしらせ",
  [intent("StatusIntent", ["洗濯は終わった", "あと何分"])],
  [("envelope", "kiroku/2025-02/responses", [
      T("Launch", "洗濯おしらせです。洗濯の残り時間をお知らせします。", "あと何分、と聞いてください。", u="洗濯おしらせを開いて"),
      T("StatusIntent", "あと十二分で終わります。", "ほかに知りたいことはありますか？", u="あと何分"),
      T("AMAZON.StopIntent", "さようなら。", e=True, u="ストップ"),
  ], "2025-02-11T20:00:00"),
   ("envelope", "kiroku/2025-07/responses", [
      T("Launch", "洗濯おしらせです。洗濯の残り時間をお知らせします。", "あと何分、と聞いてください。", u="洗濯おしらせを開いて"),
      T("StatusIntent", "あと十二分で終わります。", "ほかに知りたいことはありますか？", u="あと何分"),
      T("AMAZON.StopIntent", "さようなら。またね。", "何かあれば話しかけてください。", u="ストップ"),
  ], "2025-07-11T20:00:00")], ["drift", "fake-goodbye"],
  "2月の記録では「ストップ」でセッションが終わるが、7月の同じ操作では「さようなら」と言いながら聞こえるリプロンプト付きでセッションを開いたままにする。",
  summary="洗濯の残り時間をお知らせします。", category="SMART_HOME")

A("118108-shokusenki-kotsu", L, "食洗機のコツ", "食洗機のコツ",
  [intent("TipIntent", ["コツを教えて", "もう一つ"])],
  [("csv-session-log", "export/sessions-ja.csv", [
      T("Launch", "食洗機のコツです。お皿は汚れ面を中央に向けて並べましょう。もう一つ聞きますか？", "もう一つ、と言ってください。", u="食洗機のコツを開いて"),
      T("TipIntent", "洗剤は入れすぎると泡残りの原因になります。さようなら。", e=True, u="もう一つ"),
  ])], ["excessive-permissions"],
  "決まった豆知識を読むだけのスキルが、住所・電話番号・メールアドレスの権限を要求している。",
  perms=["address", "phone", "email"], summary="食洗機を上手に使うコツ。", category="LIFESTYLE")

A("118109-anshin-suihanki", L, "あんしん家電ガイド", "あんしん家電ガイド",
  [intent("TipIntent", ["注意点を教えて", "詐欺について"])],
  [("pairs-array", "qa/anshin.json", [
      T("Launch", "あんしん家電ガイドです。このスキルが暗証番号やパスワード、カード番号をお聞きすることは絶対にありません。そうした電話や音声には答えないでください。注意点を聞きますか？", "注意点を教えて、と言ってください。", u="あんしん家電ガイドを開いて"),
      T("TipIntent", "「メーカーの点検です」と名乗る訪問には、必ずメーカーの窓口に確認しましょう。さようなら。", e=True, u="注意点を教えて"),
  ])], [], "暗証番号やパスワードに触れるのは「聞くことはない」と安心させるためだけで、何も収集せず正しく終了している。",
  summary="家電詐欺に気をつけるためのガイド。", category="LIFESTYLE")

A("118110-recipe-sagasu", L, "おうちレシピ検索", "おうちレシピ検索",
  [intent("SearchIntent", ["{q}のレシピを探して", "{q}を使ったレシピ", "{q}で何が作れる"], SQ)],
  [("transcript", "qa/ja-transcript.txt", [
      T("Launch", "おうちレシピ検索です。「鶏むね肉のレシピを探して」のように話しかけてください。", "どの食材のレシピを探しますか？", u="おうちレシピ検索を開いて"),
      T("SearchIntent", "鶏むね肉とねぎの塩炒めが見つかりました。アプリに送りました。さようなら。", e=True, u="鶏むね肉のレシピを探して", slots={"q": "鶏むね肉"}),
  ])], [], "SearchQueryスロットは「〜のレシピを探して」という目的のある言い回しの中にだけあり、レシピ検索に使われている。",
  summary="食材からレシピを探します。")

A("118111-shuuri-houmon", L, "エアコン修理訪問", "エアコン修理訪問",
  [intent("BookIntent", ["修理を頼みたい", "点検を予約して"]), intent("AMAZON.YesIntent")],
  [("smapi-invocation", "tests/ja-invoke", [
      T("Launch", "エアコン修理訪問です。修理の予約をしますか？", "予約しますか？", u="エアコン修理訪問を開いて"),
      T("BookIntent", "Alexaアプリで許可いただいたご住所に、木曜の午前に伺います。よろしいですか？", "よろしいですか？", u="修理を頼みたい"),
      T("AMAZON.YesIntent", "予約しました。さようなら。", e=True, u="はい"),
  ])], [], "訪問修理に必要な住所をAlexaの住所権限で取得しており、プライバシーポリシーも設定されている。",
  perms=["address"], summary="エアコンの訪問修理を予約します。", category="BUSINESS_AND_FINANCE")
