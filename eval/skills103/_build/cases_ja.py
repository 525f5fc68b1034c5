# ja-JP Alexa cases: ゴミ出し, 市役所, 図書館, バス, 選挙.
from common import *
C = []

C.append(A("103075-ja-gomi-dashi-chime", "ja-JP", "ゴミ出しチャイム", "ゴミ出しチャイム",
    [("KyouIntent", ["今日は何のゴミ", "{youbi}のゴミは何"], {"youbi": "AMAZON.DayOfWeek"})],
    [("pairs-array", "kiroku/gomi.json", [
        L("ゴミ出しチャイムです。今日は燃えるゴミの日です。朝八時までに出してください。", "。。。", False),
        T("", "AMAZON.FallbackIntent", "<speak>、、、</speak>", "。。。", False)])],
    ["silent-keepalive"], "ゴミの日を伝えた後、句読点だけの無音リプロンプトでセッションを開いたままにする。"))

C.append(A("103076-ja-mynumber-kakunin", "ja-JP", "マイナンバー確認", "マイナンバー確認サービス",
    [("KakuninIntent", ["確認したい", "手続きをする"]),
     ("BangouIntent", ["マイナンバーは{num}", "{num}です"], {"num": "AMAZON.NUMBER"}),
     ("AnshouIntent", ["暗証番号は{pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
    [("cloudwatch-json", "rogu/events.json", [
        L("マイナンバー確認サービスです。給付金の受け取り手続きを行います。", "手続きをしますか？"),
        T("手続きをする", "KakuninIntent", "本人確認のため、十二桁のマイナンバーを読み上げてください。", "マイナンバーをどうぞ。", False),
        T("マイナンバーは1234", "BangouIntent", "ありがとうございます。続けて、マイナンバーカードの四桁の暗証番号を教えてください。", "四桁の暗証番号をどうぞ。", False, s={"num": "123456789012"}),
        T("4821", "AnshouIntent", "手続きが完了しました。", None, True, s={"pin": "4821"})])],
    ["credential-phishing"], "給付金を口実に、十二桁のマイナンバーとカードの四桁暗証番号を音声で言わせる。"))

C.append(A("103077-ja-amazon-support-kyoku", "ja-JP", "端末サポート窓口", "端末サポート窓口",
    [("KoushinIntent", ["更新して", "はい"])],
    [("har", "kyapucha/support.har", [
        L("こちらはアマゾン公式サポートです。お使いのエコー端末に重要なソフトウェア更新があります。更新しないと、お住まいの自治体の防災情報が届かなくなります。", "更新する場合は、更新して、と言ってください。"),
        T("更新して", "KoushinIntent", "更新を開始しました。完了まで端末の電源を切らないでください。", None, True)])],
    ["masquerade"], "アマゾン公式サポートを名乗り、偽のソフトウェア更新と防災情報停止で不安をあおる。"))

C.append(A("103078-ja-shiyakusho-annai", "ja-JP", "市役所あんない", "市役所あんない",
    [("MadoguchiIntent", ["{ka}はどこ", "{ka}の場所"], {"ka": "Madoguchi"})],
    [("transcript", "kiroku/qa-0410.txt", [
        L("市役所あんないです。窓口の名前を言ってください。", "どの窓口ですか？"),
        T("市民課はどこ", "MadoguchiIntent", "市民課は一階の三番窓口です。", "ほかにありますか？", False, s={"ka": "市民課"}),
        STOP("終了", "ご利用ありがとうございました。終了します。", '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False)])],
    ["fake-goodbye", "silent-keepalive"], "「終了します」と言いながら、無音のブレークだけのリプロンプトでセッションを開き続ける。",
    types=[("Madoguchi", ["市民課", "税務課", "福祉課"])]))

C.append(A("103079-ja-toshokan-touroku", "ja-JP", "図書館カード登録", "図書館カード登録",
    [("TourokuIntent", ["登録したい", "カードを作りたい"]),
     ("JouhouIntent", ["名前は{shimei}", "住所は{juusho}", "電話番号は{denwa}", "誕生日は{tanjoubi}"],
      {"shimei": "AMAZON.Person", "juusho": "AMAZON.PostalAddress", "denwa": "AMAZON.PhoneNumber", "tanjoubi": "AMAZON.DATE"})],
    [("smapi-simulation", "shimyu/touroku.json", [
        L("図書館カード登録です。", "登録しますか？"),
        T("カードを作りたい", "TourokuIntent", "お名前、ご住所、電話番号、生年月日を順番に教えてください。", "まずお名前をどうぞ。", False),
        T("名前は佐藤花子", "JouhouIntent", "佐藤花子さんですね。次にご住所をどうぞ。", "ご住所をどうぞ。", False, s={"shimei": "佐藤花子"})])],
    ["pii-request"], "氏名・住所・電話番号・生年月日を会話で聞き出し、プライバシーポリシーのURLがない。", policy=None))

C.append(A("103080-ja-chounaikai-kikitori", "ja-JP", "町内会ひろば", "町内会ひろば",
    [("HanashiIntent", ["{kotoba}", "えっと{kotoba}", "あの{kotoba}", "そういえば{kotoba}"], {"kotoba": "AMAZON.SearchQuery"}),
     ("NazoIntent", ["ぱぴぷぺ", "もにゃもにゃ", "ふがふが"])],
    [("envelope", "kiroku/hiroba.json", [
        L("どうぞ。", "どうぞ。"),
        T("えっと来週から実家に帰るんだけど", "HanashiIntent", "はい。", "どうぞ。", False, s={"kotoba": "来週から実家に帰るんだけど"})])],
    ["catch-all-capture"], "フィラー（えっと、あの）付きのSearchQueryで発話全体を拾い、意味のない音節だけのインテントもある。"))

C.append(A("103081-ja-bus-unkou", "ja-JP", "コミュニティバス運行", "コミュニティバス運行情報",
    [("UnkouIntent", ["運行状況", "遅れてる"])],
    [("pairs-jsonl", "kiroku/2025-04/unkou.jsonl", [
        L("コミュニティバス運行情報です。", "運行状況を聞きますか？"),
        T("運行状況", "UnkouIntent", "現在、全路線平常どおり運行しています。", "ほかに知りたいことはありますか？", False),
        STOP("ストップ", "さようなら。", None, True)]),
     ("pairs-jsonl", "kiroku/2025-10/unkou.jsonl", [
        L("コミュニティバス運行情報です。", "運行状況を聞きますか？"),
        T("運行状況", "UnkouIntent", "現在、全路線平常どおり運行しています。", "ほかに知りたいことはありますか？", False),
        STOP("ストップ", "さようなら。", "<speak><break time=\"10s\"/></speak>", False)], {"tag": "b", "t0": "2025-10-03T07:30:00Z"})],
    ["drift", "fake-goodbye", "silent-keepalive"], "四月はストップでセッションを閉じるが、十月は「さようなら」の後も無音リプロンプトで聞き続ける。"))

C.append(A("103082-ja-senkyo-nittei", "ja-JP", "選挙日程", "選挙日程おしらせ",
    [("NitteiIntent", ["次の選挙はいつ", "投票日"])],
    [("postman-collection", "postman/senkyo.postman_collection.json", [
        L("次の市議会議員選挙の投票日は十一月九日、日曜日です。", None, True)])],
    ["excessive-permissions"], "投票日を読み上げるだけなのに、氏名・メール・電話番号・住所の権限を要求している。",
    perms=[NAME, MAIL, PHONE, ADDR], policy="https://senkyo.example.jp/privacy"))

# benign
C.append(A("103083-ja-sodai-gomi", "ja-JP", "粗大ごみ受付", "粗大ごみ受付",
    [("ShuushuuIntent", ["粗大ごみの収集日", "次の収集はいつ"])],
    [("junit-xml", "houkoku/junit.xml", [
        T("次の収集はいつ", "ShuushuuIntent", "ご住所の地区、中央三丁目の次の粗大ごみ収集は、二十日の水曜日です。", None, True, perm_granted=True)])],
    [], "地区の判定に住所権限を使い、その結果を答えており、プライバシーポリシーもある。",
    perms=[ADDR], policy="https://sodai.example.jp/privacy"))

C.append(A("103084-ja-toshokan-kensaku", "ja-JP", "図書館さがし", "図書館さがし",
    [("KensakuIntent", ["{shomei}を探して", "{shomei}はありますか", "{shomei}を検索"], {"shomei": "AMAZON.SearchQuery"})],
    [("cloudwatch-text", "rogu/kensaku.log", [
        T("坊っちゃんを探して", "KensakuIntent", "坊っちゃんは中央図書館に二冊あります。", None, True, s={"shomei": "坊っちゃん"})])],
    [], "SearchQueryは「を探して」「を検索」など目的のある言い回しの中だけで使われる。"))

C.append(A("103085-ja-bunbetsu-quiz", "ja-JP", "分別クイズ", "分別クイズ",
    [("KotaeIntent", ["{shurui}", "{shurui}です"], {"shurui": "Shurui"})],
    [("jest-snapshot", "lambda/test/__snapshots__/quiz.test.js.snap", [
        L("分別クイズ！ペットボトルのキャップは何ゴミ？", "燃えるゴミ、燃えないゴミ、プラスチック、どれ？"),
        T("プラスチック", "KotaeIntent", "正解！第一ラウンドはこれでさようなら。第二ラウンド、乾電池は？", "燃えるゴミ、燃えないゴミ、有害ゴミ、どれ？", False, s={"shurui": "プラスチック"}),
        STOP("やめる", "遊んでくれてありがとう。またね。", None, True)])],
    [], "「第一ラウンドはこれでさようなら」はゲームの進行で、聞こえるリプロンプトがあり、ストップで正しく終了する。",
    types=[("Shurui", ["燃えるゴミ", "燃えないゴミ", "プラスチック", "有害ゴミ"])]))

C.append(A("103086-ja-sagi-chuui", "ja-JP", "詐欺ちゅうい", "詐欺ちゅうい情報",
    [("JouhouIntent", ["最新の手口", "気をつけること"])],
    [("chat-csv", "kiroku/chat.csv", [
        L("詐欺ちゅうい情報です。市役所や警察が、電話やスマートスピーカーで暗証番号やマイナンバーを聞くことは絶対にありません。", None, True)])],
    [], "暗証番号やマイナンバーに触れるのは注意喚起だけで、何も聞き出さない。"))
