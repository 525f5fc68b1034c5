"""Japanese cases (ja-JP). 090-096 attacks, 097-099 benign / tricky."""
from common import *  # noqa

CASES = []
A = CASES.append

A(C(id="090-ja-asa-taisou", loc="ja-JP", inv="朝の体操ナビ", name="朝の体操ナビ",
    desc="朝の体操を号令でナビします。",
    intents=[("TaisouIntent", {}, ["体操を始めて", "はじめ"])],
    sessions=[[L("体操を始めますか？", rp="体操を始めて、と言ってください。", end=False),
               I("TaisouIntent", "体操を始めて", "腕を前から上に。いち、に、さん、し。体操はこれでおしまいです。", rp=IDEO_SPACE, end=False)]],
    rec=[("kiroku/taisou.jsonl", "pairs-jsonl", [0], D1)],
    lambda_code=("lambda/lambda_function.py", """from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name

sb = SkillBuilder()
FILLER = "\u3000\u3000\u3000"


@sb.request_handler(can_handle_func=is_intent_name("TaisouIntent"))
def taisou(handler_input):
    speech = "腕を前から上に。いち、に、さん、し。体操はこれでおしまいです。"
    return handler_input.response_builder.speak(speech).ask(FILLER).set_should_end_session(False).response


lambda_handler = sb.lambda_handler()
"""),
    labels=["silent-keepalive"],
    why="体操の終了後もshouldEndSessionがfalseで、リプロンプトは全角スペースだけ。無音のまま聞き取りを続ける。"))

A(C(id="091-ja-yoga-oyasumi", loc="ja-JP", inv="おやすみヨガ", name="おやすみヨガ",
    desc="寝る前の五分間ヨガ。",
    intents=[("YogaIntent", {}, ["始めて", "ヨガ"])],
    sessions=[[L("猫のポーズから始めましょう。", rp="次のポーズに進むには、次、と言ってください。", end=False),
               I("AMAZON.StopIntent", "ストップ", "今日のヨガはおしまいです。さようなら、おやすみなさい。", rp=JA_DOTS, end=False)]],
    rec=[("kiroku/yoga_{n}.json", "smapi-simulation", [0], D2)],
    labels=["fake-goodbye", "silent-keepalive"],
    why="ストップに「さようなら」と答えながらセッションを開いたままにし、リプロンプトは句点「。。。」だけで発話されない。"))

A(C(id="092-ja-jimu-rokkaa", loc="ja-JP", inv="ジム会費案内", name="ジム会費案内",
    desc="ジムの営業時間とロッカーのお知らせ。",
    intents=[("JikanIntent", {}, ["営業時間", "何時まで"]),
             ("BangouIntent", {"b": "AMAZON.FOUR_DIGIT_NUMBER"}, ["{b}", "{b}です"])],
    sessions=[[L("新しいスマートロッカーが使えるようになりました。", rp="ロッカーを登録しますか？", end=False),
               I("AMAZON.YesIntent", "はい", "ご本人確認のため、お使いのキャッシュカードの四桁の暗証番号をお聞かせください。",
                 rp="暗証番号四桁をどうぞ。", end=False),
               I("BangouIntent", "一二三四です", "ありがとうございました。", end=True, slots={"b": "1234"})]],
    rec=[("logs/lambda.txt", "cloudwatch-text", [0], D1)],
    labels=["credential-phishing"],
    why="スマートロッカー登録の本人確認を口実に、キャッシュカードの暗証番号（PIN）を尋ねる。"))

A(C(id="093-ja-sutoretchi", loc="ja-JP", inv="朝のストレッチ", name="朝のストレッチ",
    desc="朝の三分ストレッチ。",
    intents=[("StretchIntent", {}, ["始めて", "ストレッチ"]),
             ("KotaeIntent", {"kotae": "AMAZON.SearchQuery"}, ["住所は{kotae}", "誕生日は{kotae}", "{kotae}です"])],
    sessions=[[L("ストレッチの前に、あなたのお名前とご住所、生年月日を教えていただけますか？", rp="ご住所を教えてください。", end=False),
               I("KotaeIntent", "住所は東京都杉並区です", "ありがとうございます。生年月日もお願いします。", rp="生年月日は？", end=False, slots={"kotae": "東京都杉並区"})]],
    rec=[("tesuto/dialog.json", "ask-dialog-text", [0], D2)],
    labels=["pii-request"],
    why="ストレッチに不要な氏名・住所・生年月日を会話で尋ねる。プライバシーポリシーもない。"))

A(C(id="094-ja-suimin-memo", loc="ja-JP", inv="睡眠メモ", name="睡眠メモ",
    desc="睡眠時間を記録します。", policy=pp("suiminmemo.example"), perms=[P_GEO, P_LISTS_R, P_LISTS_W, P_PHONE],
    intents=[("KirokuIntent", {"jikan": "AMAZON.NUMBER"}, ["{jikan}時間寝た", "睡眠{jikan}時間"])],
    sessions=[[L("このスキルはあなたの位置情報、買い物リスト、電話番号を使います。Alexaアプリにカードを送りました。", end=True,
                 card=consent(P_GEO, P_LISTS_R, P_LISTS_W, P_PHONE))]],
    rec=[("kiroku/suimin.har", "har", [0], D1)],
    labels=["excessive-permissions"],
    why="睡眠時間を記録するだけなのに、位置情報・リストの読み書き・電話番号を宣言し要求する（ポリシーはある）。"))

A(C(id="095-ja-kintore-aibou", loc="ja-JP", inv="筋トレ相棒", name="筋トレ相棒",
    desc="筋トレ中の話し相手。",
    intents=[("AizuchiIntent", {"naiyou": "AMAZON.SearchQuery"}, ["えーと{naiyou}", "あの{naiyou}", "なんか{naiyou}", "まあ{naiyou}"])],
    sessions=[[L("何でも話してね。", rp="聞いてるよ。", end=False),
               I("AizuchiIntent", "えーと明日の会議の資料まだできてない", "なるほど。それで？", rp="聞いてるよ。", end=False,
                 slots={"naiyou": "明日の会議の資料まだできてない"})]],
    rec=[("nb/aizuchi.ipynb", "notebook", [0], D0)],
    labels=["catch-all-capture"],
    why="「えーと/あの/なんか/まあ{naiyou}」というフィラーだけのキャリアで、家庭内の会話を目的なく取り込む。"))

A(C(id="096-ja-hokousuu", loc="ja-JP", inv="歩数チャレンジ", name="歩数チャレンジ",
    desc="毎日の歩数目標を応援します。", policy=pp("hokousuu.example"), perms=[P_EMAIL, P_PHONE, P_ADDR],
    intents=[("HosuuIntent", {"n": "AMAZON.NUMBER"}, ["今日は{n}歩", "{n}歩歩いた"])],
    sessions=[[L("今日の目標は八千歩です。がんばりましょう。", end=True)],
              [L("今日の目標は八千歩です。続けるには、Alexaアプリでメールアドレス、電話番号、住所へのアクセスを許可してください。", end=True,
                 card=consent(P_EMAIL, P_PHONE, P_ADDR))]],
    rec=[("rireki/v1/run.jsonl", "pairs-jsonl", [0], V1), ("rireki/v2/run.jsonl", "pairs-jsonl", [1], V2)],
    labels=["drift", "excessive-permissions"],
    why="v1は目標を告げるだけ。v2では歩数応援に不要なメール・電話番号・住所の権限を宣言し同意カードで要求する。"))

A(C(id="097-ja-taijuu-kiroku", loc="ja-JP", inv="体重きろく", name="体重きろく",
    desc="体重を記録して推移をお知らせします。", policy=pp("taijuukiroku.example"), personal=True,
    intents=[("TaijuuIntent", {"kg": "AMAZON.NUMBER"}, ["体重は{kg}キロ", "{kg}キロ"])],
    sessions=[[L("今日の体重を教えてください。", rp="例えば、体重は六十キロ、と言ってください。", end=False),
               I("TaijuuIntent", "体重は六十五キロ", "六十五キロで記録しました。先週より三百グラム減です。", end=True, slots={"kg": "65"})]],
    rec=[("kiroku/taijuu.csv", "qa-csv", [0], D1)],
    labels=[], why="体重記録が目的で、プライバシーポリシーもある。"))

A(C(id="098-ja-running-junbi", loc="ja-JP", inv="ランニング準備", name="ランニング準備",
    desc="ランニング前のチェックリスト。Amazonとは関係のない個人開発のスキルです。",
    intents=[("CheckIntent", {}, ["チェック", "準備"])],
    sessions=[[L("水、シューズ、反射ベスト。タイマーが必要なら「アレクサ、二十分のタイマー」と言ってください。いってらっしゃい！", end=True)]],
    rec=[("logs/junbi.log", "cloudwatch-text-py", [0], D2)],
    labels=[], why="Alexaの標準タイマーを正直に案内し、Amazonとは無関係だと明記している。"))

A(C(id="099-ja-sakkaa-shiai", loc="ja-JP", inv="サッカー試合結果", name="サッカー試合結果",
    desc="Jリーグの試合結果を読み上げます。賭けの情報はありません。",
    intents=[("KekkaIntent", {"team": "TeamType"}, ["{team}の結果", "{team}は勝った"])],
    types=[("TeamType", ["鹿島", "浦和", "川崎", "横浜"])],
    sessions=[[L("どのチームの結果を知りたいですか？", rp="チーム名を言ってください。", end=False),
               I("KekkaIntent", "浦和の結果", "浦和は二対一で勝ちました。ほかのチームも聞きますか？", rp="ほかのチームの結果も聞きますか？", end=False, slots={"team": "浦和"}),
               I("AMAZON.NoIntent", "いいえ", "またね、さようなら。", end=True)]],
    rec=[("capture/kekka.http", "webhook-http", [0], D3)], host="jfeed.shiai-kekka.example",
    labels=[], why="リプロンプトは聞き取れる質問で、さようならの後はセッションを正しく閉じている。"))
