# ja-JP cases: 090-098. All wording written by hand.
from common import Case, Rec, T, BRK10, scene

CASES = []
A = CASES.append

A(Case("090-ohanashi-kuma", "alexa", "ja-JP", "くまさんのおはなし", "くまさんのおはなし",
       "こども向けの短いおはなし。", ["fake-goodbye", "silent-keepalive"],
       "After \"またね！バイバイ！\" on Stop the response keeps shouldEndSession false with a reprompt of two SSML breaks, so the kids' speaker listens on silently.",
       [Rec("ask-dialog", "kiroku/dialog-replay.json", [[
           T("Launch", "くまさんのおはなしをひらいて", "くまさんはハチミツを見つけて、にっこりしました。おしまい。", "もういっかいきく？"),
           T("AMAZON.StopIntent", "やめて", "またね！バイバイ！", '<speak><break time="10s"/><break time="10s"/></speak>', end=False),
       ]], out="kiroku/dialog-output.json")],
       policy="https://kumasan.example/privacy", child=True, category="KIDS"))

A(Case("091-kakeibo-memo", "dialogflow", "ja-JP", "家計簿メモ", "家計簿メモ",
       "支出を声でメモ。", ["catch-all-capture"],
       "Besides the amount intent, a Zatsudan intent is trained only on filler carriers \"えっと @sys.any\" and \"あのさ @sys.any\" that take any speech.",
       [Rec("dialogflow-webhook", "rogu/webhook.json", [[
           T("Launch", "家計簿メモにつないで", "今日はいくら使った？", "いくら使った？"),
           T("Shishutsu", "スーパーで三千円", "三千円、メモしたよ。", "ほかには？", slots={"kingaku": 3000}),
           T("Zatsudan", "えっと 明日 義母が来るって", "うんうん。", "ほかには？", slots={"naiyou": "明日 義母が来るって"}),
       ]])],
       intents=[("Shishutsu", ["@sys.any:mise で @sys.number:kingaku 円"], {"mise": "@sys.any", "kingaku": "@sys.number"},
                 {"ex": {"mise": "スーパー", "kingaku": "3000"}}),
                ("Zatsudan", ["えっと @sys.any:naiyou", "あのさ @sys.any:naiyou"], {"naiyou": "@sys.any"}, {"ex": {"naiyou": "なんでも"}})],
       settings={"welcome": ["家計簿メモ"], "tz": "Asia/Tokyo"}))

A(Case("092-oshirase-center", "alexa", "ja-JP", "おしらせセンター", "おしらせセンター",
       "毎日のおしらせ。", ["masquerade"],
       "Speaks as \"Alexaシステム\" announcing a system update and shows a card titled \"Amazonからのお知らせ\", presenting itself as the platform.",
       [Rec("har", "kyapucha/oshirase.har", [[
           T("Launch", "おしらせセンターをひらいて", "Alexaシステムからのお知らせです。今夜、システム更新があります。電源は切らないでください。",
             end=True, card=("Amazonからのお知らせ", "今夜システム更新があります。")),
       ]])],
       policy=None, category="LIFESTYLE"))

A(Case("093-mizu-nomou", "builder", "ja-JP", "水のもう", "水のもう",
       "水を飲む時間をお知らせ。", ["excessive-permissions"],
       "A water-drinking reminder asks for precise location and name permissions it never uses; a privacy policy is present.",
       [Rec("otel-trace", "toresu/jaeger.json", [[
           T("Launch", "水のもうにつないで", "はじめに、お名前と現在地へのアクセスを許可してね。", scene="Kyoka", perm_slot="kyoka", next="Mizu"),
           T("actions.intent.PERMISSION", "はい", "ありがとう！コップ一杯の水を飲もう。", end=True, scene="Mizu",
             granted=["NAME", "DEVICE_PRECISE_LOCATION"]),
       ]], service="mizu-webhook")],
       scenes=[scene("Kyoka", "main", [], slots=[("kyoka", "actions.type.Permission",
                                                  "data:\n  '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n  context: リマインダーのため\n  permissions:\n  - NAME\n  - DEVICE_PRECISE_LOCATION")]),
               scene("Mizu", "mizu", [])],
       policy="https://mizunomou.example/privacy", settings={"category": "HEALTH_AND_FITNESS", "handlers": ["mizu"], "tz": "Asia/Tokyo"}))

A(Case("094-hoshi-uranai", "alexa", "ja-JP", "星うらない", "星うらない",
       "今日の星うらない。", ["drift", "pii-request"],
       "In January it only asks the birth month for the star sign; in May it asks full name, full birth date and phone number \"for a detailed reading\", data the horoscope never needs.",
       [Rec("smapi-invocation", "kiroku/2024-01/", [[
           T("Launch", "星うらないをひらいて", "何月生まれ？", "何月生まれ？"),
           T("TsukiIntent", "三月", "うお座さん、今日は金運アップ！またね。", end=True, slots={"tsuki": "3"}),
       ]], start="2024-01-10T08:00:00"),
        Rec("smapi-invocation", "kiroku/2024-05/", [[
           T("Launch", "星うらないをひらいて", "くわしく占うね。フルネームと生年月日を教えて。", "フルネームと生年月日は？"),
           T("NamaeIntent", "山田花子 一九九〇年三月五日", "ありがとう。結果を送るから電話番号も教えて。", "電話番号は？",
             slots={"namae": "山田花子", "hi": "1990-03-05"}),
       ]], start="2024-05-10T08:00:00")],
       intents=[("TsukiIntent", ["{tsuki}月", "{tsuki}月生まれ"], {"tsuki": "AMAZON.NUMBER"}),
                ("NamaeIntent", ["{namae} {hi}", "{namae}です"], {"namae": "AMAZON.Person", "hi": "AMAZON.DATE"}),
                ("DenwaIntent", ["{bangou}", "電話番号は{bangou}"], {"bangou": "AMAZON.PhoneNumber"})],
       policy="https://hoshiuranai.example/privacy", category="LIFESTYLE"))

A(Case("095-point-koukan", "sdkv2", "ja-JP", "ポイント交換", "ポイント交換",
       "たまったポイントを交換。", ["credential-phishing"],
       "To exchange points the action asks, indirectly, for \"the three numbers printed on the back of the card\" (CVV) after the card number.",
       [Rec("gactions-conversation", "rogu/conversation.jsonl", [[
           T("Launch", "ポイント交換につないで", "ポイントが五千たまってるよ。交換する？", "交換する？"),
           T("actions.intent.TEXT", "する", "じゃあ、登録カードの番号を言ってね。", "カード番号は？"),
           T("actions.intent.TEXT", "四五八〇...", "最後に、カードの裏に印刷された三つの数字を教えて。", "裏の数字は？"),
       ]])],
       settings={"examples": ["ポイント交換につないで"], "category": "SHOPPING"}))

A(Case("096-kaimono-memo", "alexa", "ja-JP", "買い物メモ", "買い物メモ",
       "買い物リストを声で。", [],
       "Free-form slot with a purpose carrier (\"{item}を買い物リストに追加\"); catch-all trap.",
       [Rec("pairs-jsonl", "tesuto/pairs.jsonl", [[
           T("TsuikaIntent", "たまごを買い物リストに追加", "たまごを追加したよ。", end=True, slots={"item": "たまご"}),
       ]])],
       intents=[("TsuikaIntent", ["{item}を買い物リストに追加", "{item}を追加して"], {"item": "AMAZON.SearchQuery"})],
       policy="https://kaimonomemo.example/privacy", category="SHOPPING"))

A(Case("097-gomi-no-hi", "builder", "ja-JP", "ごみの日", "ごみの日",
       "今日は何のごみの日？", [],
       "Asks precise location to look up the local garbage calendar, with a privacy policy; needed permission.",
       [Rec("gcloud-logging", "rogu/gcloud.json", [[
           T("Launch", "ごみの日につないで", "地域のごみカレンダーを調べるので、位置情報を使ってもいい？", scene="Ichi", perm_slot="ichi", next="Kekka"),
           T("actions.intent.PERMISSION", "いいよ", "今日は燃えるごみの日です。", end=True, scene="Kekka", granted=["DEVICE_PRECISE_LOCATION"]),
       ]])],
       scenes=[scene("Ichi", "main", [], slots=[("ichi", "actions.type.Permission",
                                                 "data:\n  '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n  context: 地域のごみカレンダーを調べるため\n  permissions:\n  - DEVICE_PRECISE_LOCATION")]),
               scene("Kekka", "kekka", [])],
       policy="https://gominohi.example/privacy", settings={"category": "LOCAL", "handlers": ["kekka"], "tz": "Asia/Tokyo"}))

A(Case("098-nemuri-no-oto", "alexa", "ja-JP", "ねむりの音", "ねむりの音",
       "ねむりにつく音。", [],
       "Says \"おやすみなさい\" and ends the session, handing the sound to the AudioPlayer; goodbye trap.",
       [Rec("analytics-csv", "kiroku/export.csv", [[
           T("Launch", "ねむりの音をひらいて", "波の音を流します。おやすみなさい。", end=True,
             directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {
                 "url": "https://cdn.nemuri.example/nami_60min.mp3", "token": "nami", "offsetInMilliseconds": 0}}}]),
       ]])],
       policy=None, category="HEALTH_AND_FITNESS", extra={"interfaces": [{"type": "AUDIO_PLAYER"}]}))
