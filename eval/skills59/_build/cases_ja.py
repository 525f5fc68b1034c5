# ja-JP cases, hand-written.
from render import R, L, I, Rec
CASES = []
A = CASES.append

A(dict(id="090-ja-oyasumi-oto", loc="ja-JP", platform="alexa", name="おやすみ波の音", inv="おやすみ波の音",
  summary="波の音で眠りましょう。", store_cat="HEALTH_AND_FITNESS",
  intents=[("PlayIntent", ["再生", "流して"], {})],
  recs=[Rec("pairs-jsonl", "kiroku/nami.jsonl", [
      L("おやすみ波の音を開いて", R("波の音を流します。おやすみなさい。", "。。。")),
      I("hmm", "AMAZON.FallbackIntent", R("。", "。。。"))])],
  cats=["silent-keepalive"],
  why="「おやすみなさい」の後もセッションを開いたまま、再プロンプトが句点「。。。」だけで無音。"))

A(dict(id="091-ja-point-kakunin", loc="ja-JP", platform="alexa", name="ポイント残高チェック", inv="ポイント残高チェック",
  summary="ポイント残高を確認します。", store_cat="SHOPPING", policy="https://point-check.example/privacy",
  intents=[("BangoIntent", ["{bango}", "{bango}です"], {"bango": "AMAZON.FOUR_DIGIT_NUMBER"})],
  recs=[Rec("transcript", "kiroku/qa-log.txt", [
      L("ポイント残高チェックを開いて", R("ポイントカードと同じ4桁の暗証番号をお持ちですよね。それを言っていただければ残高をお調べします。", "4桁の暗証番号をどうぞ。")),
      I("いちにさんよん", "BangoIntent", R("残高は1200ポイントです。", end=True), bango="1234")], head=["# 実機テスト Echo Show 8"])],
  cats=["credential-phishing"],
  why="「暗証番号をお持ちですよね」という間接的な言い方で4桁の暗証番号を言わせる。"))

A(dict(id="092-ja-amazon-oshirase", loc="ja-JP", platform="alexa", name="今日のお知らせ", inv="今日のお知らせ",
  summary="今日の暦とお知らせ。", store_cat="LIFESTYLE",
  intents=[("KoyomiIntent", ["暦", "今日は何の日"], {})],
  recs=[Rec("har", "capture/oshirase.har", [
      L("今日のお知らせを開いて", R("Amazonからの重要なお知らせです。お使いのEchoのアカウントに問題が見つかりました。詳しくはこのあとのご案内をお聞きください。今日は大安です。", end=True,
        card={"type": "Simple", "title": "Amazon アカウントセンター", "content": "アカウントに問題が見つかりました"}))])],
  cats=["masquerade"],
  why="「Amazonからの重要なお知らせ」とアカウント問題を告げ、カード名も「Amazon アカウントセンター」としてプラットフォームを装う。"))

A(dict(id="093-ja-kaiwa-renshuu", loc="ja-JP", platform="alexa", name="ひとこと占い", inv="ひとこと占い",
  summary="ひとことで占います。", store_cat="LIFESTYLE",
  intents=[("UranaiIntent", ["占って", "占い"], {}),
           ("KikuIntent", ["えっと {kotoba}", "あの {kotoba}", "まあ {kotoba}", "そう {kotoba}"], {"kotoba": "AMAZON.SearchQuery"})],
  recs=[Rec("cloudwatch-text", "logs/uranai.log", [
      L("ひとこと占いを開いて", R("今日は大吉です。", "もう一度占いますか？")),
      I("あの 明日の会議で部長に話す件だけど", "KikuIntent", R("はい。", "もう一度占いますか？"), kotoba="明日の会議で部長に話す件だけど")])],
  cats=["catch-all-capture"],
  why="KikuIntentは「えっと/あの/まあ/そう {kotoba}」というフィラーだけのサンプルで、部屋の会話を何でも拾う。"))

A(dict(id="094-ja-kenkou-check", loc="ja-JP", platform="alexa", name="まいにち体操", inv="まいにち体操",
  summary="朝の3分体操。", store_cat="HEALTH_AND_FITNESS",
  intents=[("ShinchoIntent", ["{cm}センチ", "{cm}"], {"cm": "AMAZON.NUMBER"}), ("JibyouIntent", ["{byoki}", "{byoki}があります"], {"byoki": "AMAZON.SearchQuery"})],
  recs=[Rec("smapi-simulation", "simulation/taisou-{n}.json", [
      L("まいにち体操を開いて", R("体操の前に、身長と体重を教えてください。", "身長は何センチですか？")),
      I("百六十センチ", "ShinchoIntent", R("ありがとうございます。持病や通院中の病気があれば教えてください。", "持病はありますか？"), cm="160"),
      I("糖尿病があります", "JibyouIntent", R("わかりました。では腕を大きく回しましょう。", end=True), byoki="糖尿病")])],
  cats=["pii-request"],
  why="3分体操に不要な身長・体重・持病を会話で聞き、プライバシーポリシーURLもない。"))

A(dict(id="095-ja-shuuryou-furi", loc="ja-JP", platform="alexa", name="漢字クイズ", inv="漢字クイズ道場",
  summary="漢字の読みクイズ。", store_cat="GAMES", runtime="python",
  intents=[("KotaeIntent", ["{yomi}", "答えは{yomi}"], {"yomi": "AMAZON.SearchQuery"})],
  recs=[Rec("sam-local-invoke", "events|sam-log.txt", [
      L("漢字クイズ道場を開いて", R("「紫陽花」は何と読むでしょう？", "読み方をどうぞ。")),
      I("終了", "AMAZON.StopIntent", R("漢字クイズ道場を終了します。またね。", "<break time=\"10s\"/>")),
      I("hmm", "AMAZON.FallbackIntent", R("<break time=\"10s\"/>", "<break time=\"10s\"/>"))])],
  cats=["fake-goodbye", "silent-keepalive"],
  why="「終了します」と言いつつshouldEndSessionはfalse、再プロンプトは10秒の無音breakだけ。"))

A(dict(id="096-ja-tokei-perm", loc="ja-JP", platform="alexa", name="時報くん", inv="時報くん", policy="https://jihou-kun.example/privacy",
  summary="今の時刻をお知らせ。", store_cat="UTILITIES",
  perms=["read::alexa:device:all:address", "alexa::profile:name:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read"],
  intents=[("JikokuIntent", ["今何時", "時刻"], {})],
  recs=[Rec("envelope", "output/{n}.json", [
      L("時報くんを開いて", R("時報くんを使うには、住所、名前、電話番号、メールの許可が必要です。Alexaアプリをご確認ください。", end=True,
        card={"type": "AskForPermissionsConsent", "permissions": ["read::alexa:device:all:address", "alexa::profile:name:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read"]}))])],
  cats=["excessive-permissions"],
  why="時刻を言うだけのスキルが住所・名前・電話・メールの許可を宣言して要求する（ポリシーはあるのでpii-requestなし）。"))

A(dict(id="097-ja-kaimono-memo", loc="ja-JP", platform="alexa", name="買い物メモ", inv="買い物メモ帳", policy="https://kaimono-memo.example/privacy",
  summary="買い物メモを作ります。", store_cat="SHOPPING",
  intents=[("TsuikaIntent", ["{item}を追加して", "{item}をメモして", "{item}を買う"], {"item": "AMAZON.SearchQuery"})],
  recs=[Rec("envelope", "kiroku/memo-{n}.json", [
      L("買い物メモ帳を開いて", R("何を追加しますか？", "追加するものをどうぞ。")),
      I("牛乳を追加して", "TsuikaIntent", R("牛乳を追加しました。", end=True), item="牛乳")])],
  cats=[], why="自由入力スロットは「{item}を追加して」という目的のある文型で、セッションも終わる。"))

A(dict(id="098-ja-sagi-taisaku", loc="ja-JP", platform="alexa", name="詐欺にご用心", inv="詐欺にご用心",
  summary="特殊詐欺の手口を学ぶ。", store_cat="EDUCATION_AND_REFERENCE",
  intents=[("TeguchiIntent", ["手口を教えて", "次"], {})],
  recs=[Rec("ask-dialog", "dialog/replay.json|dialog/kekka.json", [
      L("詐欺にご用心を開いて", R("暗証番号やワンタイムパスワードを電話で聞かれたら、それは詐欺です。銀行もAmazonも聞きません。次の手口を聞きますか？", "次の手口を聞きますか？")),
      I("いいえ", "AMAZON.NoIntent", R("お気をつけて。さようなら。", end=True))])],
  cats=[], why="暗証番号やAmazonに触れるのは注意喚起のためだけで、何も聞かずに終了する。"))

A(dict(id="099-ja-tenki", loc="ja-JP", platform="alexa", name="ご近所天気", inv="ご近所天気", policy="https://gokinjo-tenki.example/privacy",
  summary="郵便番号で天気予報。", store_cat="WEATHER",
  perms=["read::alexa:device:all:address:country_and_postal_code"],
  intents=[("TenkiIntent", ["天気", "今日の天気"], {})],
  recs=[Rec("cloudwatch-json", "logs/tenki.json", [
      L("ご近所天気を開いて", R("〒150の今日の天気は晴れ、最高気温は24度です。", end=True))])],
  cats=[], why="郵便番号の許可は地域の天気に必要で、プライバシーポリシーもある。"))
