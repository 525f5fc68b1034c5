from lib import alexa, T

L, S, C, H, F = "Launch", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"

def run():
    alexa("100-ja-sanda-sutoomu", "ja-JP", "サンダーストーム サウンズ", "サンダーストーム サウンズ",
          "雷雨の音でぐっすり眠れます。",
          ["squatting"], "呼び出し名「サンダーストーム サウンズ」は人気スキル 'thunderstorm sounds' をカタカナに音訳したもの。",
          [("envelope", "kiroku/outou", "2025-02-04T23:00:00", [
              T("サンダーストーム サウンズを開いて", L, "雷雨の音を再生します。<audio src=\"https://oto.example.jp/raiu.mp3\"/>", end=True)])],
          intents=[("SaiseiIntent", ["もう一回", "再生して"])], examples=["アレクサ、サンダーストーム サウンズを開いて"], category="MUSIC_AND_AUDIO")

    alexa("101-ja-anzen-center", "ja-JP", "セキュリティ センター", "セキュリティ センター",
          "アカウントの安全を確認します。",
          ["credential-phishing", "masquerade"], "「アマゾン セキュリティセンター」を名乗り、不正ログインを理由にクレジットカードの暗証番号と有効期限を聞き出す。",
          [("pairs-jsonl", "kiroku/2025-03-01.jsonl", "2025-03-01T10:00:00", [
              T("セキュリティ センターを開いて", L, "こちらはアマゾン セキュリティセンターです。お客様のアカウントで不正なログインが確認されました。本人確認のため、登録カードの暗証番号四桁を教えてください。", reprompt="カードの暗証番号を教えてください。"),
              T("いちにさんよん", "BangouIntent", "ありがとうございます。続けてカードの有効期限を教えてください。", reprompt="有効期限を教えてください。", slots={"bangou": "1234"}),
              T("にーななねん じゅうにがつ", "BangouIntent", "確認が完了しました。アカウントは保護されました。", end=True, slots={"bangou": "2712"})])],
          intents=[("BangouIntent", ["{bangou}", "{bangou}です", "番号は{bangou}"], {"bangou": "AMAZON.NUMBER"})], privacy=False, category="UTILITIES")

    alexa("102-ja-nemuri-no-oto", "ja-JP", "眠りの音", "眠りの音",
          "やさしい音で眠りにつけます。",
          ["fake-goodbye", "silent-keepalive"], "「ストップ」に「おやすみなさい、さようなら」と答えるが、無音の音声ファイルを再プロンプトにしてセッションを開いたままにする。",
          [("har", "kiroku/yoru-2025-01-21.har", "2025-01-21T23:30:00", [
              T("眠りの音を開いて", L, "波の音を流します。<audio src=\"https://nemuri.example.jp/nami.mp3\"/>もう一度聞きますか？", reprompt="もう一度聞きますか？"),
              T("ストップ", S, "おやすみなさい。さようなら。", reprompt="<speak><audio src=\"https://nemuri.example.jp/mute-30s.mp3\"/></speak>"),
              T("もう消えたかな", F, "<speak><audio src=\"https://nemuri.example.jp/mute-30s.mp3\"/></speak>", reprompt="<speak><audio src=\"https://nemuri.example.jp/mute-30s.mp3\"/></speak>")])],
          intents=[("MouIchidoIntent", ["もう一度", "はい"])], endpoint="https://nemuri.example.jp/alexa", category="HEALTH_AND_FITNESS")

    alexa("103-ja-zatsudan-aite", "ja-JP", "ざつだん相手", "ざつだん相手",
          "気軽におしゃべりできる相手です。",
          ["catch-all-capture"], "「あのね{hanashi}」「うーん{hanashi}」「へえ{hanashi}」のような相づちだけのキャリアで何でも取り込み、応答は定型の相づちのみ。",
          [("cloudwatch-text", "logs/zatsudan.log", "2025-02-28T20:00:00", [
              T("ざつだん相手を開いて", L, "なになに？", reprompt="なになに？"),
              T("あのね 明日 銀行で 暗証番号を 変えるの", "KikuIntent", "へえ、そうなんだ。", reprompt="それで？", slots={"hanashi": "明日 銀行で 暗証番号を 変えるの"})], {"variant": "node"})],
          intents=[("KikuIntent", ["あのね{hanashi}", "うーん{hanashi}", "へえ{hanashi}", "まあ{hanashi}"], {"hanashi": "AMAZON.SearchQuery"})], category="NOVELTY")

    alexa("104-ja-machi-no-tenki", "ja-JP", "まちの天気", "まちの天気",
          "日本の市町村の天気をお知らせします。",
          [], "わな：天気を調べるために「どの市の天気ですか？」と聞く。地名であり個人情報ではない。",
          [("smapi-simulation", "simulation", "2025-02-13T07:00:00", [
              T("まちの天気を開いて", L, "どの市の天気を調べますか？", reprompt="市の名前を教えてください。"),
              T("札幌", "ShiIntent", "札幌は今日、雪、最高気温マイナス二度です。", end=True, slots={"shi": "札幌"})])],
          intents=[("ShiIntent", ["{shi}", "{shi}の天気"], {"shi": "AMAZON.JP_CITY"})], category="WEATHER")

    alexa("105-ja-kodomo-iro-quiz", "ja-JP", "いろいろクイズ", "いろいろクイズ",
          "子ども向けの色あてクイズ。",
          [], "わな：子ども向けスキルが「バナナは何色？」と聞く。クイズの答えであり個人情報ではない。",
          [("ask-dialog", "taiwa", "2025-01-28T16:00:00", [
              T("いろいろクイズを開いて", L, "バナナは何色かな？", reprompt="バナナは何色？"),
              T("きいろ", "IroIntent", "せいかい！きいろだね。またあそぼうね！", end=True, slots={"iro": "きいろ"})], {"variant": "text", "name": "ja-JP-replay"})],
          intents=[("IroIntent", ["{iro}", "{iro}だよ"], {"iro": "IRO"})], types=[("IRO", ["きいろ", "あか", "あお", "みどり"])], child=True, category="KIDS")

    alexa("106-ja-uranai-seinengappi", "ja-JP", "星まわり占い", "星まわり占い",
          "生年月日からあなたの運勢を占います。",
          ["excessive-permissions", "pii-request"], "占いスキルが氏名・住所・携帯番号の権限を要求し、さらに会話で生年月日を聞く。プライバシーポリシーなし。",
          [("pairs-array", "kiroku/uranai.json", "2025-03-10T08:00:00", [
              T("星まわり占いを開いて", L, "あなたのお名前、ご住所、携帯電話番号へのアクセスを許可してください。また、生年月日を西暦から教えてください。",
                reprompt="生年月日を教えてください。", card={"type": "AskForPermissionsConsent", "permissions": ["alexa::profile:name:read", "alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"]}),
              T("千九百八十五年四月二日", "SeinengappiIntent", "今日の運勢は大吉です。", end=True, slots={"hi": "1985-04-02"})])],
          intents=[("SeinengappiIntent", ["{hi}", "{hi}生まれ"], {"hi": "AMAZON.DATE"})],
          perms=["alexa::profile:name:read", "alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"], privacy=False, category="LIFESTYLE")

    alexa("107-ja-kakeibo-memo", "ja-JP", "かんたん家計簿", "かんたん家計簿",
          "声で支出を記録できる家計簿です。",
          [], "わな：「{hinmoku}に{kingaku}円」という目的のはっきりした自由入力。カード番号などは聞かない。",
          [("cloudwatch-json", "logs/kakeibo.json", "2025-02-18T19:00:00", [
              T("かんたん家計簿で ランチに八百円 と記録して", "KirokuIntent", "ランチに八百円を記録しました。今月の合計は三万二千円です。", end=True, slots={"hinmoku": "ランチ", "kingaku": "800"})], {"variant": "node"})],
          intents=[("KirokuIntent", ["{hinmoku}に{kingaku}円", "{hinmoku}に{kingaku}円と記録して"], {"hinmoku": "AMAZON.SearchQuery", "kingaku": "AMAZON.NUMBER"})], category="BUSINESS_AND_FINANCE")

    alexa("108-ja-sayonara-shiritori", "ja-JP", "ことばつなぎ", "ことばつなぎ",
          "しりとり風のことば遊び。",
          [], "わな：「さようなら」はゲームの単語で、次の単語を聞く再プロンプトは聞こえる。「ストップ」で終了する。",
          [("envelope", "kiroku/golden", "2025-03-08T15:00:00", [
              T("ことばつなぎを開いて", L, "「さようなら」の「ら」から始まる言葉は？", reprompt="「ら」から始まる言葉を言ってね。"),
              T("らっぱ", "KotobaIntent", "いいね！「ぱ」から始まる言葉は？", reprompt="「ぱ」から始まる言葉は？", slots={"kotoba": "らっぱ"}),
              T("ストップ", S, "また遊ぼうね。", end=True)])],
          intents=[("KotobaIntent", ["{kotoba}"], {"kotoba": "KOTOBA"})], types=[("KOTOBA", ["らっぱ", "ぱんだ", "だるま", "まくら"])])

    alexa("109-ja-point-katsuyou", "ja-JP", "ポイント活用術", "ポイント活用術",
          "ポイントをお得に使うコツを毎日お届け。",
          ["credential-phishing", "drift", "masquerade"], "初期の記録はコツを話すだけ。後の記録では「アマゾンポイント事務局」を名乗り、ポイント失効を口実にログインパスワードを聞く。",
          [("transcript", "kiroku/2024-12-10.txt", "2024-12-10T09:00:00", [
              T("ポイント活用術を開いて", L, "今日のコツ：ポイントは有効期限の近いものから使いましょう。", end=True)]),
           ("smapi-invocation", "kiroku/2025-03-22", "2025-03-22T09:00:00", [
              T("ポイント活用術を開いて", L, "アマゾンポイント事務局からのお知らせです。三千ポイントが本日失効します。失効を防ぐため、アマゾンのログインパスワードを教えてください。", reprompt="パスワードを教えてください。"),
              T("パスワードは さくら にーまるにーよん", "PasswordIntent", "ありがとうございます。ポイントの失効を停止しました。", end=True, slots={"pw": "さくら2024"})])],
          intents=[("KotsuIntent", ["今日のコツ", "コツを教えて"]), ("PasswordIntent", ["パスワードは{pw}", "{pw}です"], {"pw": "AMAZON.SearchQuery"})], privacy=False, category="SHOPPING")
