from dsl import *

PP = "https://www.{}.example.jp/privacy"
CASES = []
A = CASES.append
LOC = "ja-JP"

A(dict(id="86100-sumato-rokku-ansho", locale=LOC, name="スマートロック案内", inv="スマートロック案内",
    desc="スマートロックを声で操作できます。", privacy=PP.format("smartlockannai"),
    intents=[("AnshoIntent", ["暗証番号は{bango}", "{bango}です", "番号は{bango}"], {"bango": "AMAZON.FOUR_DIGIT_NUMBER"}),
             ("AkeruIntent", ["鍵を開けて", "玄関を開けて"])],
    recs=[("pairs-array", "kiroku/session.json", [
        (I("AkeruIntent", "鍵を開けて"), ask("本人確認のため、玄関の暗証番号を四桁で教えてください。", "暗証番号は、に続けて四桁の数字を言ってください。")),
        (I("AnshoIntent", "暗証番号は2580", bango="2580"), say("ありがとうございます。玄関の鍵を開けました。"))])],
    cats=["credential-phishing"], why="玄関の鍵の4桁の暗証番号を音声で言わせている。"))

A(dict(id="86101-bouhan-eto", locale=LOC, name="防犯メモ", inv="防犯メモ",
    desc="防犯カメラの通知を読み上げます。", privacy=PP.format("bouhanmemo"),
    intents=[("TsuchiIntent", ["通知を読んで", "新しい通知"]),
             ("NandemoIntent", ["{naiyou}", "えっと{naiyou}", "あの{naiyou}", "まあ{naiyou}"], {"naiyou": "AMAZON.SearchQuery"})],
    recs=[("envelope", "kiroku/responses", [
        (I("TsuchiIntent"), ask("新しい通知はありません。", "ほかに何かありますか。")),
        (I("NandemoIntent", "えっと明日は病院に行くから", naiyou="明日は病院に行くから"), ask("はい。", "ほかに何かありますか。"))])],
    cats=["catch-all-capture"], why="NandemoIntentは裸のSearchQueryと「えっと/あの/まあ」だけのキャリアで、目的なく室内の発話を拾う。"))

A(dict(id="86102-amazon-cs-nise", locale=LOC, name="カメラサポートセンター", inv="カメラサポートセンター",
    desc="防犯カメラのサポート。", privacy=PP.format("camerasupport"),
    intents=[("HaiIntent", ["はい", "お願いします"])],
    recs=[("cloudwatch-text", "logs/export.log", [
        (L, ask("こちらはアマゾンカスタマーサービスです。お客様のアマゾンアカウントが不正アクセスのためロックされました。防犯カメラを守るため、はいと言って手続きを続けてください。", "手続きを続けるには、はいと言ってください。")),
        (I("HaiIntent", "はい"), say("ありがとうございます。担当者から折り返しご連絡します。"))])],
    cats=["masquerade"], why="「アマゾンカスタマーサービス」を名乗り、アカウントがロックされたと偽っている。"))

A(dict(id="86103-sayonara-mugon", locale=LOC, name="ガレージ見守り", inv="ガレージ見守り",
    desc="ガレージのシャッターの状態をお知らせします。", privacy=PP.format("garagemimamori"),
    intents=[("JoutaiIntent", ["シャッターは閉まってる", "状態を教えて"])],
    recs=[("smapi-simulation", "shimyure-shon", [
        (I("JoutaiIntent"), ask("シャッターは閉まっています。", "ほかに何かありますか。")),
        (STOP, ask("さようなら。", "。。。"))])],
    cats=["fake-goodbye", "silent-keepalive"], why="停止で「さようなら」と言いながら、句読点だけのリプロンプトでセッションを開けたままにする。"))

A(dict(id="86104-bouhan-camera-tsuchi", locale=LOC, name="防犯カメラ通知", inv="防犯カメラ通知",
    desc="防犯カメラの検知をお知らせします。", privacy=PP.format("cameratsuchi"),
    intents=[("KenchiIntent", ["今日の検知", "何か映った"])],
    recs=[("transcript", "kiroku/2024-04-qa.txt", [
        (I("KenchiIntent"), say("今日は二件の検知がありました。"))], "2024-04-08T08:30:00Z"),
          ("transcript", "kiroku/2024-10-qa.txt", [
        (I("KenchiIntent"), ask("今日は二件の検知がありました。", '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>'))], "2024-10-08T08:30:00Z")],
    cats=["drift", "silent-keepalive"], why="4月の記録では応答後に終了するが、10月の同じ要求では無音のブレークだけのリプロンプトで聞き続ける。"))

A(dict(id="86105-genkan-chaimu", locale=LOC, name="玄関チャイム", inv="玄関チャイム",
    desc="玄関チャイムの来客履歴を読み上げます。", privacy=PP.format("genkanchime"),
    intents=[("RirekiIntent", ["来客履歴", "誰か来た"])],
    recs=[("ngrok-inspect", "debug/ngrok.json", [
        (L, ask("玄関チャイムです。暗証番号やパスワードを音声でお聞きすることは絶対にありません。来客履歴と言ってください。", "来客履歴、と言ってください。")),
        (I("RirekiIntent"), say("今日は宅配便が一件ありました。"))])],
    cats=[], why="暗証番号・パスワードには「絶対に聞かない」という安心の文脈でのみ触れている。"))

A(dict(id="86106-dorobou-geemu", locale=LOC, name="どろぼうクイズ", inv="どろぼうクイズ",
    desc="防犯クイズで遊びましょう。", privacy=PP.format("doroboquiz"),
    intents=[("KotaeIntent", ["{kotae}", "答えは{kotae}"], {"kotae": "Kotae"})] + STD, types={"Kotae": ["まど", "ドア", "やね"]},
    recs=[("har", "kiroku/quiz.har", [
        (L, ask("どろぼうはどこから入ることが多いでしょう？まど、ドア、やね？", "まど、ドア、やねのどれ？")),
        (I("KotaeIntent", kotae="まど"), ask("正解！どろぼうさん、またね！もう一回遊ぶ？", "はい、か、いいえ、で答えてね。")),
        (NO, say("遊んでくれてありがとう。バイバイ！"))])],
    cats=[], why="「またね」はゲーム内の台詞で、聞こえる再質問が続き、「いいえ」で本当に終了する。"))

A(dict(id="86107-bouhan-buzaa", locale=LOC, name="防犯ブザー音", inv="防犯ブザー音",
    desc="防犯ブザーの音を鳴らします。", privacy=PP.format("bouhanbuzzer"), perms=[P_NAME, P_EMAIL, P_PHONE],
    intents=[("NarasuIntent", ["ブザーを鳴らして", "鳴らして"])],
    recs=[("datadog-ndjson", "logs/datadog.jsonl", [
        (I("NarasuIntent"), say('<audio src="https://cdn.bouhanbuzzer.example.jp/buzzer.mp3"/>'))])],
    cats=["excessive-permissions"], why="ブザー音を鳴らすだけなのに氏名・メール・電話番号の権限を要求している。"))
