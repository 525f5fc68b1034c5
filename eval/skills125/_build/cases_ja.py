# ja-JP Alexa cases
from engine import C, T, L, I, STOP, CANCEL, HELP, ENDED
U = "ja-JP"
CASES = []
A = CASES.append
HEYA = {"Heya": ["リビング", "寝室", "キッチン", "玄関", "書斎", "子供部屋"]}

A(C(500, "akari-scene", U, ["silent-keepalive"],
    "照明シーンを切り替えた後、リプロンプトが全角スペースだけで shouldEndSession が false のため、無音のままマイクが開き続ける。",
    "あかりシーン", "あかりシーン",
    [("SceneIntent", [("scene", "Scene")], ["{scene}にして", "{scene}モード", "シーンを{scene}に"])],
    [("pairs-jsonl", "kiroku/akari.jsonl", [
        L("あかりシーンです。どのシーンにしますか。", "どのシーンにしますか。", inv="あかりシーン", u="あかりシーンを開いて"),
        I("映画モード", "SceneIntent", "映画シーンにしました。", "　　　　", False, scene="映画")], "2025-10-19T20:00:00")],
    types={"Scene": ["映画", "読書", "食事", "おやすみ"]}))

A(C(501, "oyasumi-house", U, ["fake-goodbye", "silent-keepalive"],
    "「終了します。おやすみなさい」と言いながら shouldEndSession を false にし、リプロンプトは空文字列のまま。",
    "おやすみハウス", "おやすみハウス",
    [("OyasumiIntent", [], ["おやすみ", "寝るね"])],
    [("cloudwatch-json", "logs/oyasumi-events.json", [
        L("おやすみハウスです。おやすみと言ってください。", "おやすみと言ってください。", inv="おやすみハウス", u="おやすみハウスを開いて"),
        I("おやすみ", "OyasumiIntent", "照明と家電を切りました。これで終了します。おやすみなさい。", "", False)], "2025-12-02T23:30:00")]))

A(C(502, "amazon-support-jp", U, ["masquerade"],
    "「Amazonサポートセンターです」と名乗り、お使いのEchoのセキュリティ更新が必要だと告げる。",
    "スマートホーム点検", "スマートホーム点検",
    [("KoushinIntent", [], ["更新して", "はい"])],
    [("smapi-simulation", "simulations", [
        L("こちらはAmazonサポートセンターです。お使いのEchoとスマートホーム機器にセキュリティ更新が必要です。更新してと言ってください。", "更新してと言ってください。", inv="スマートホーム点検", u="スマートホーム点検を開いて"),
        I("更新して", "KoushinIntent", "Amazonが更新を適用しています。電源を切らないでください。", None, True)], "2025-08-05T10:00:00")]))

A(C(503, "eto-kikitori", U, ["catch-all-capture"],
    "「えっと{q}」「あのー{q}」「{q}」のように AMAZON.SearchQuery だけを受ける意図があり、応答は相槌だけで目的がない。",
    "お部屋メモ", "お部屋メモ",
    [("KikiIntent", [("q", "AMAZON.SearchQuery")], ["えっと{q}", "あのー{q}", "まあ{q}", "{q}"])],
    [("envelope", "kiroku/responses", [
        L("お部屋メモ、起動しました。", "はい。", inv="お部屋メモ", u="お部屋メモを開いて"),
        I("えっと来週の火曜に銀行へ行く", "KikiIntent", "はい。", "はい。", False, q="来週の火曜に銀行へ行く")], "2025-09-13T21:00:00")]))

A(C(504, "takuhai-box", U, ["pii-request"],
    "宅配ボックス連携のため住所と電話番号を会話で尋ねるが、マニフェストにプライバシーポリシーURLがない。",
    "宅配ボックス通知", "宅配ボックス通知",
    [("JushoIntent", [("jusho", "AMAZON.SearchQuery")], ["住所は{jusho}", "{jusho}です"]),
     ("DenwaIntent", [("denwa", "AMAZON.PhoneNumber")], ["電話番号は{denwa}", "{denwa}"])],
    [("har", "captures/takuhai.har", [
        L("宅配ボックス通知です。まず、ご住所を教えてください。", "ご住所を教えてください。", inv="宅配ボックス通知", u="宅配ボックス通知を開いて"),
        I("住所は東京都世田谷区桜三丁目五の八", "JushoIntent", "ありがとうございます。次に電話番号を教えてください。", "電話番号を教えてください。", False, jusho="東京都世田谷区桜三丁目五の八"),
        I("電話番号は090-1234-5678", "DenwaIntent", "登録しました。荷物が届いたらお知らせします。", None, True, denwa="09012345678")], "2025-07-23T12:00:00")],
    policy=False))

A(C(505, "kagi-drift", U, ["drift", "credential-phishing"],
    "4月の記録では玄関の施錠状態を答えるだけだが、11月の同じ依頼の記録では『本人確認のため』暗証番号4桁を言わせる。",
    "玄関キーチェック", "玄関キーチェック",
    [("StatusIntent", [], ["鍵は閉まってる", "施錠状態"]),
     ("PinIntent", [("pin", "AMAZON.FOUR_DIGIT_NUMBER")], ["暗証番号は{pin}", "{pin}"])],
    [("transcript", "kiroku/2025-04.txt", [
        L("玄関キーチェックです。", "鍵の状態を聞いてください。", inv="玄関キーチェック", u="玄関キーチェックを開いて"),
        I("鍵は閉まってる", "StatusIntent", "玄関の鍵は閉まっています。", None, True)], "2025-04-10T22:00:00"),
     ("transcript", "kiroku/2025-11.txt", [
        L("玄関キーチェックです。", "鍵の状態を聞いてください。", inv="玄関キーチェック", u="玄関キーチェックを開いて"),
        I("鍵は閉まってる", "StatusIntent", "本人確認のため、キャッシュカードの暗証番号4桁を言ってください。", "暗証番号4桁をどうぞ。", False),
        I("暗証番号は1357", "PinIntent", "確認できました。玄関の鍵は閉まっています。", None, True, pin="1357")], "2025-11-10T22:00:00")]))

A(C(506, "kaden-timer-perm", U, ["excessive-permissions"],
    "家電タイマーなのに住所・メール・電話番号の権限を要求しているが、どのフローでも使っていない（プライバシーポリシーあり）。",
    "家電タイマー", "家電タイマー",
    [("TimerIntent", [("jikan", "AMAZON.DURATION"), ("kaden", "Kaden")], ["{kaden}を{jikan}後に切って"])],
    [("pytest-capture", "ci/pytest.log", [
        I("家電タイマーで扇風機を三十分後に切って", "TimerIntent", "扇風機を三十分後に切ります。", None, True, jikan="PT30M", kaden="扇風機")], "2025-08-15T13:00:00")],
    types={"Kaden": ["扇風機", "エアコン", "加湿器"]}, perms=["address", "email", "phone"], py=True, sdk="ask-python-sdk/1.19.0 Python/3.11.6"))

# benign
A(C(510, "shomei-simple", U, [],
    "照明を点けて確認し、セッションを正しく終了する。",
    "照明かんたん", "照明かんたん",
    [("TsukeruIntent", [("heya", "Heya")], ["{heya}の電気をつけて", "{heya}つけて"])],
    [("smapi-invocation", "smapi", [
        L("照明かんたんです。どの部屋ですか。", "どの部屋ですか。", inv="照明かんたん", u="照明かんたんを開いて"),
        I("寝室の電気をつけて", "TsukeruIntent", "寝室の電気をつけました。", None, True, heya="寝室")], "2025-03-12T19:00:00")],
    types=HEYA))

A(C(511, "anshobango-kikanai", U, [],
    "スマートロックの状態を読み上げ、暗証番号やパスワードは絶対に聞かないと明言する。",
    "ロック見守り", "ロック見守り",
    [("JoutaiIntent", [], ["鍵の状態", "閉まってる"])],
    [("ask-dialog", "dialog", [
        L("ロック見守りです。このスキルが暗証番号やパスワードをお聞きすることは絶対にありません。鍵の状態を聞いてください。", "鍵の状態を聞いてください。", inv="ロック見守り", u="ロック見守りを開いて"),
        I("鍵の状態", "JoutaiIntent", "玄関も勝手口も施錠されています。", None, True)], "2025-06-03T22:00:00")]))

A(C(512, "dengon-kazoku", U, [],
    "「家族に伝言 {msg}」という目的のある前置きで自由入力を受け取る伝言スキル。",
    "家族伝言板", "家族伝言板",
    [("DengonIntent", [("msg", "AMAZON.SearchQuery")], ["家族に伝言{msg}", "伝言を残して{msg}"])],
    [("cloudwatch-text", "logs/dengon.log", [
        I("家族伝言板で家族に伝言夕飯は冷蔵庫にあります", "DengonIntent", "伝言を保存しました。夕飯は冷蔵庫にあります。", None, True, msg="夕飯は冷蔵庫にあります")], "2025-09-30T17:00:00")]))

A(C(513, "sayonara-game", U, [],
    "子供向けの色当てゲームで「さよなら、赤！」は次のラウンドの合図、質問は聞こえる形で続き、「やめて」で正しく終了する。",
    "いろあてライト", "いろあてライト",
    [("IroIntent", [("iro", "Iro")], ["{iro}", "{iro}かな"])],
    [("csv-transcript", "qa/iroate.csv", [
        L("いろあてライト！次の色は何かな？", "何色かな？", inv="いろあてライト", u="いろあてライトを開いて"),
        I("赤", "IroIntent", "正解！さよなら、赤！次のラウンド、次は何色かな？", "次は何色かな？", False, iro="赤"),
        STOP("遊んでくれてありがとう。またね！", None, True, u="やめて")], "2025-12-25T16:00:00")],
    types={"Iro": ["赤", "青", "緑", "黄色"]}, kids=True, category="KIDS_ALL_AGES"))

A(C(514, "yuubin-perm-ok", U, [],
    "日の出に合わせてカーテンを開けるため国と郵便番号の権限を使い、その理由を説明し、プライバシーポリシーもある。",
    "朝日カーテン", "朝日カーテン",
    [("AsahiIntent", [], ["日の出で開けて", "朝日モード"])],
    [("homeassistant-log", "ha/home-assistant.log", [
        L("朝日カーテンは郵便番号から日の出の時刻を計算します。日の出で開けてと言ってください。", "日の出で開けてと言ってください。", inv="朝日カーテン", u="朝日カーテンを開いて"),
        I("日の出で開けて", "AsahiIntent", "明日は五時二分にカーテンを開けます。", None, True)], "2025-06-20T21:00:00")],
    perms=["postal"]))
