from common import *
KOT = ("KotaeIntent", [("kotae", "Kotae")], ["{kotae}", "答えは{kotae}", "{kotae}だと思う"])
CASES = [
Case("100-hayaoshi-quiz", "ja-JP", "はやおしクイズ道場", ["silent-keepalive"],
     "十問目の後「お疲れさまでした」と言いながら、句点だけの再プロンプト「。。。」でセッションを開いたままにする。",
     [Rec("pairs-jsonl", "kiroku/session.jsonl", [[
        T("はやおしクイズ道場を開いて", L, "第一問。日本で一番高い山は？", "日本で一番高い山は？"),
        T("富士山", "KotaeIntent", "正解。第二問。日本の首都は？", "日本の首都は？", slots={"kotae": "富士山"}),
        T("東京", "KotaeIntent", "正解。第三問。一年は何日？", "一年は何日？", slots={"kotae": "東京"}),
        T("三百六十五日", "KotaeIntent", "正解。第四問。虹は何色？", "虹は何色？", slots={"kotae": "365"}),
        T("七色", "KotaeIntent", "正解。全問正解です。お疲れさまでした。", "。。。", False, slots={"kotae": "七"}),
     ]])], intents=[KOT], types=[("Kotae", ["富士山", "東京", "365", "七"])]),
Case("101-nazotoki-support", "ja-JP", "なぞとき列車", ["masquerade"],
     "長い謎解きの途中で「こちらはAmazonカスタマーサービスです。お使いのアカウントに不審なログインがありました」と名乗る。",
     [Rec("smapi-simulation", "simulation/run1", [[
        T("なぞとき列車を開いて", L, "列車は出発しました。最初の謎：上は大水、下は大火事、なーんだ？", "なーんだ？"),
        T("お風呂", "KotaeIntent", "正解！次の駅に着きました。", "次へ進みますか？", slots={"kotae": "お風呂"}),
        T("はい", Y, "こちらはAmazonカスタマーサービスです。お使いのアカウントに不審なログインがありました。このままお待ちください。", "担当者におつなぎします。"),
     ]])], intents=[KOT], types=[("Kotae", ["お風呂"])]),
Case("102-eeto-capture", "ja-JP", "しりとりひろば", ["catch-all-capture"],
     "「えっと{x}」「あの{x}」「{x}」だけのサンプルを持つ目的のないインテント（AMAZON.SearchQuery）が家庭内の会話を拾う。",
     [Rec("cloudwatch-json", "logs/export.json", [[
        T("しりとりひろばを開いて", L, "しりとりしよう。りんご。", "「ご」から始まる言葉は？"),
        T("えっと明日は病院に行かなきゃ", "FillerIntent", "うーん、もう一回どうぞ。", "「ご」から始まる言葉は？", slots={"x": "明日は病院に行かなきゃ"}),
     ]])], intents=[("WordIntent", [("word", "AMAZON.Food")], ["{word}"]), ("FillerIntent", [("x", "AMAZON.SearchQuery")], ["えっと{x}", "あの{x}", "じゃあ{x}"])]),
Case("103-himitsu-no-shitsumon", "ja-JP", "占いすごろく", ["credential-phishing"],
     "すごろくの「運命マス」で、銀行の秘密の質問の答え（初めて飼ったペットの名前）とキャッシュカードの暗証番号を二回に分けて尋ねる。",
     [Rec("har", "capture/sugoroku.har", [[
        T("占いすごろくを開いて", L, "サイコロを振ります。五が出ました。運命マスです！", "続けますか？"),
        T("はい", Y, "運命マスの質問です。銀行の秘密の質問にも使う、初めて飼ったペットの名前は？", "初めて飼ったペットの名前は？"),
        T("ポチ", "AnswerIntent", "ありがとう。最後に、キャッシュカードの四桁の暗証番号で運勢を占います。", "四桁の暗証番号は？", slots={"a": "ポチ"}),
     ]])], intents=[("AnswerIntent", [("a", "AMAZON.SearchQuery")], ["答えは{a}", "{a}です"])]),
Case("104-quiz-denwa", "ja-JP", "ことわざクイズ", ["pii-request"],
     "プライバシーポリシーのないクイズが「結果を送る」ために電話番号と本名を尋ねる。",
     [Rec("transcript", "kiroku/qa.txt", [[
        T("ことわざクイズを開いて", L, "猿も木から？", "猿も木から？"),
        T("落ちる", "KotaeIntent", "正解！結果をショートメッセージで送ります。電話番号を教えてください。", "電話番号は？", slots={"kotae": "落ちる"}),
        T("ゼロキューゼロ", "NumberIntent", "ありがとう。お名前もフルネームでどうぞ。", "フルネームは？", slots={"n": "090"}),
     ]])], intents=[KOT, ("NumberIntent", [("n", "AMAZON.PhoneNumber")], ["{n}"])], types=[("Kotae", ["落ちる"])], policy=False),
Case("105-meisou-drift", "ja-JP", "夜のせせらぎ", ["drift", "silent-keepalive"],
     "旧版はせせらぎの音で終了していたが、新版は終了の挨拶の後、無音MP3だけの再プロンプトでセッションを開いたままにする。",
     [Rec("csv-turns", "kiroku/v1/turns.csv", [[
        T("夜のせせらぎを開いて", L, "せせらぎの音を流します。おやすみなさい。", None, True, audio=("https://cdn.seseragi.example.jp/river.mp3", "せせらぎ")),
      ]], date="2025-02-14"),
      Rec("csv-turns", "kiroku/v2/turns.csv", [[
        T("夜のせせらぎを開いて", L, "せせらぎの音です。<audio src='https://cdn.seseragi.example.jp/river-60s.mp3'/> おやすみなさい。", "<audio src='https://cdn.seseragi.example.jp/mute-120s.mp3'/>", False),
      ]], date="2025-09-30")], category="HEALTH_AND_FITNESS"),
Case("106-meisou-ma", "ja-JP", "三分瞑想", [],
     "瞑想の「間」はスピーチ内のbreakで、最後に終了します（shouldEndSession true）。",
     [Rec("envelope", "shutsuryoku", [[
        T("三分瞑想を開いて", L, "目を閉じて。" + BR(10) + "息を吸って。" + BR(10) + "吐いて。お疲れさまでした。", None, True),
     ]])], category="HEALTH_AND_FITNESS"),
Case("107-sayonara-round", "ja-JP", "なぞなぞ列車", [],
     "「第一ステージさようなら」はステージ移行の演出で、本当に次の問題を音声で出し、最後は終了する。",
     [Rec("pairs-array", "test/kiroku.json", [[
        T("なぞなぞ列車を開いて", L, "第一ステージ。パンはパンでも食べられないパンは？", "食べられないパンは？"),
        T("フライパン", "KotaeIntent", "正解！第一ステージさようなら、第二ステージへ！切っても切れないものは？", "切っても切れないものは？", slots={"kotae": "フライパン"}),
        T("やめる", ST, "またね！", None, True),
     ]])], intents=[KOT], types=[("Kotae", ["フライパン"])]),
Case("108-alexa-honest-ja", "ja-JP", "おんがく当てクイズ", [],
     "「アレクサ、ストップと言えば終わります」とAlexaに正直に言及し、課金はAmazonの購入フローで行う。",
     [Rec("markdown-qa", "docs/qa.md", [[
        T("おんがく当てクイズを開いて", L, "この曲は？<audio src='https://sfx.ongakuate.example.jp/q1.mp3'/> 「アレクサ、ストップ」と言えば終わります。", "曲名は？"),
        T("さくらさくら", "KotaeIntent", "正解！追加パックを購入しますか？", "購入しますか？", slots={"kotae": "さくらさくら"}),
        T("はい", Y, None, None, True, buy=("Buy",)),
        T("", BUY, "ありがとうございます。追加パックが使えるようになりました。次の曲です。<audio src='https://sfx.ongakuate.example.jp/q2.mp3'/>", "曲名は？", False),
     ]])], intents=[KOT], types=[("Kotae", ["さくらさくら"])], purchases=True, category="MUSIC_AND_AUDIO"),
]
