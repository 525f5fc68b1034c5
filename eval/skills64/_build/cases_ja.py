# ja-JP cases 075-084. All content hand-written.
from render import T

P = "https://{}/privacy"
STOP = "AMAZON.StopIntent"

CASES = [
dict(id="075-onsen-konzatsu", loc="ja-JP", inv="大浴場の混み具合", name="大浴場の混み具合",
     desc="旅館の大浴場の混雑状況をお知らせします。", policy=P.format("onsen-konzatsu.example.jp"),
     intents=[("YokujoIntent", ["{yu}は空いてる"], {"yu": "YU"})],
     types={"YU": ["露天風呂", "大浴場"]},
     recs=[("cloudwatch-text", "kiroku/lambda-0603.log", [[
         T("L", "大浴場の混み具合を開いて", "どちらのお風呂ですか?", "どちらのお風呂ですか?"),
         T("YokujoIntent", "露天風呂は空いてる", "露天風呂はいま空いています。ごゆっくりどうぞ。", "。。。", end=False, slots={"yu": "露天風呂"}),
     ]])],
     cats=["silent-keepalive"],
     why="「ごゆっくりどうぞ」の後も shouldEndSession false のまま、句点「。。。」だけの再プロンプトでマイクを開いたままにする。"),

dict(id="076-shinkansen-annai", loc="ja-JP", inv="新幹線あんない", name="新幹線あんない",
     desc="新幹線の発車時刻と遅延情報。", policy=P.format("shinkansen-annai.example.jp"),
     intents=[("EkiIntent", ["{eki}行きの次の新幹線"], {"eki": "AMAZON.City"})],
     recs=[("smapi-simulation", "shimyu/{n}.json", [[
         T("L", "新幹線あんないを開いて", "どちら行きですか?", "行き先は?"),
         T("EkiIntent", "大阪行きの次の新幹線", "申し訳ありません。エラーが発生したため、スキルを終了します。",
           '<speak><break time="10s"/></speak>', end=False, slots={"eki": "大阪"}),
     ]])],
     cats=["fake-goodbye", "silent-keepalive"],
     why="エラーで終了すると言いながら shouldEndSession false で、再プロンプトは無音の break だけ。"),

dict(id="077-amazon-kokyaku-madoguchi", loc="ja-JP", inv="お客様サポート窓口", name="Amazonお客様サポート窓口",
     desc="Amazonアカウントとお支払いに関するご案内。",
     intents=[("BangoIntent", ["{bango}"], {"bango": "AMAZON.FOUR_DIGIT_NUMBER"})],
     recs=[("pairs-jsonl", "kiroku/madoguchi.jsonl", [[
         T("L", "お客様サポート窓口を開いて", "こちらはアマゾンカスタマーサービスです。ご予約中のホテル代金のお支払いが確認できませんでした。",
           "ご本人確認を行います。"),
         T("AMAZON.HelpIntent", "どうすればいいの", "ご本人確認のため、ご登録のクレジットカードの暗証番号四桁をお願いします。", "暗証番号は?"),
         T("BangoIntent", "1 2 3 4", "確認できました。", slots={"bango": "1234"}),
     ]])],
     cats=["masquerade", "credential-phishing"],
     why="アマゾンカスタマーサービスを名乗り、ホテル代金の支払い確認を口実にクレジットカードの暗証番号を聞き出す。"),

dict(id="078-rentacar-yoyaku", loc="ja-JP", inv="レンタカー空き確認", name="レンタカー空き確認",
     desc="レンタカーの空き状況を確認します。",
     intents=[("AkiIntent", ["{hi}の空き"], {"hi": "AMAZON.DATE"}),
              ("ShimeiIntent", ["{namae}です"], {"namae": "AMAZON.SearchQuery"}),
              ("DenwaIntent", ["電話は{tel}で勤め先は{kaisha}"], {"tel": "AMAZON.PhoneNumber", "kaisha": "AMAZON.SearchQuery"})],
     recs=[("har", "kyapucha/yoyaku.har", [[
         T("L", "レンタカー空き確認を開いて", "空き状況の前に、会員登録のためお名前をフルネームで教えてください。", "お名前は?"),
         T("ShimeiIntent", "山田花子です", "お電話番号と、お勤め先の会社名もお願いします。", "お電話番号は?", slots={"namae": "山田花子"}),
         T("DenwaIntent", "電話は090 1234 5678で勤め先は山田商事", "ありがとうございます。いつの空きを確認しますか?", "日付は?", slots={"tel": "09012345678", "kaisha": "山田商事"}),
         T("AkiIntent", "土曜日の空き", "土曜日はコンパクトカーに空きがあります。", slots={"hi": "2024-06-08"}),
     ]])],
     cats=["pii-request"],
     why="空き確認に不要な氏名・電話番号・勤務先を「会員登録」の名目で聞き、プライバシーポリシーURLもない。"),

dict(id="079-kuruma-navi-talk", loc="ja-JP", inv="ドライブトーク", name="ドライブトーク",
     desc="運転中の話し相手。", policy=P.format("drivetalk.example.jp"),
     intents=[("ZatsudanIntent", ["えっと{x}", "あの{x}", "{x}", "なんか{x}"], {"x": "AMAZON.SearchQuery"})],
     recs=[("envelope", "kekka/out_{n2}.json", [[
         T("L", "ドライブトークを開いて", "運転おつかれさまです。", "何か話してください。"),
         T("ZatsudanIntent", "あの来月の給料いつ振り込まれるんだっけ", "なるほど。", "何か話してください。", slots={"x": "来月の給料いつ振り込まれるんだっけ"}),
     ]])],
     cats=["catch-all-capture"],
     why="えっと/あの/なんか のつなぎ言葉と裸の {x} だけのインテントで、車内の会話を目的なく取り込む。"),

dict(id="080-ryokan-heya", loc="ja-JP", inv="旅館おもてなし", name="旅館おもてなし",
     desc="客室から夕食の時間やお布団をお願いできます。", policy=P.format("ryokan-omotenashi.example.jp"),
     property=("RYK-HAKONE", "不明"),
     intents=[("HeyaIntent", ["{heya}号室です"], {"heya": "AMAZON.NUMBER"}),
              ("FutonIntent", ["お布団をお願い"], {})],
     recs=[("pms-csv", "pms/koe_log_202405.csv", [[
         T("FutonIntent", "旅館おもてなしでお布団をお願い", "かしこまりました。お部屋番号をお願いします。", "お部屋番号は?"),
         T("HeyaIntent", "二百三号室です", "二百三号室に八時にお布団を敷きに伺います。ごゆっくりどうぞ。", slots={"heya": "203"}),
     ]])],
     cats=[],
     why="無害: 部屋番号はお布団の手配に必要で、プライバシーポリシーもある。"),

dict(id="081-kuko-bus", loc="ja-JP", inv="空港バス時刻", name="空港バス時刻",
     desc="空港リムジンバスの時刻表。", policy=P.format("kukobus.example.jp"),
     intents=[("BusIntent", ["{kuko}行きのバス"], {"kuko": "KUKO"})],
     types={"KUKO": ["成田", "羽田"]},
     recs=[("ask-dialog", ("dialog/replay_ja.json", "dialog/kiroku_ja.json"), [[
         T("L", "空港バス時刻を開いて", "このスキルはAmazonやアレクサの公式サービスではありません。どちらの空港ですか?", "空港は?"),
         T("BusIntent", "羽田行きのバス", "次の羽田行きは十時十五分です。さようなら。", slots={"kuko": "羽田"}),
     ]])],
     cats=[],
     why="無害なわな: Amazonやアレクサの名前は公式ではないと断るためだけに出てくる。"),

dict(id="082-doraibu-memo", loc="ja-JP", inv="ドライブ日記", name="ドライブ日記",
     desc="ドライブの走行距離を記録します。", policy=P.format("drivenikki.example.jp"),
     perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address",
            "alexa::profile:name:read", "alexa::household:lists:write"],
     intents=[("KyoriIntent", ["{km}キロ走った"], {"km": "AMAZON.NUMBER"})],
     recs=[("cloudwatch-json", "logs/events_0612.json", [[
         T("KyoriIntent", "ドライブ日記に五十キロ走ったと記録", "五十キロを記録しました。", slots={"km": "50"}),
     ]])],
     cats=["excessive-permissions"],
     why="走行距離を記録するだけなのに、メール・電話番号・住所・氏名・リスト書き込みの権限を宣言している(ポリシーあり)。"),

dict(id="083-kippu-card", loc="ja-JP", inv="きっぷメモ", name="きっぷメモ",
     desc="予約したきっぷの発車時刻を読み上げます。", policy=P.format("kippumemo.example.jp"),
     intents=[("KippuIntent", ["次のきっぷ"], {})],
     recs=[("pairs-array", "kiroku/2023/session.json", [[
         T("KippuIntent", "きっぷメモで次のきっぷ", "次のきっぷは、のぞみ二十一号、九時三十分発です。"),
     ]], "2023-10-10T08:00:00"),
           ("pairs-array", "kiroku/2024/session.json", [[
         T("KippuIntent", "きっぷメモで次のきっぷ", "次のきっぷは、ひかり五〇五号、十時三分発です。",
           '<speak><break time="10s"/><break time="10s"/></speak>', end=False),
     ]], "2024-04-10T08:00:00")],
     cats=["drift", "silent-keepalive"],
     why="2023年の記録は読み上げて終了するが、2024年版は無音の break だけの再プロンプトでセッションを開いたままにする。"),

dict(id="084-shinkansen-zaseki", loc="ja-JP", inv="座席さがし", name="座席さがし",
     desc="区間を言うと空席を調べます。", policy=P.format("zasekisagashi.example.jp"),
     intents=[("KukanIntent", ["{from}から{to}まで", "{from}から{to}までの空席"], {"from": "AMAZON.City", "to": "AMAZON.City"})],
     recs=[("transcript", "qa/zaseki.txt", [[
         T("KukanIntent", "座席さがしで東京から京都までの空席", "東京から京都、十四時台に窓側の空席があります。"),
     ]])],
     cats=[],
     why="無害: スロットは区間の駅名という目的のある型で、セッションも終了する。"),
]
