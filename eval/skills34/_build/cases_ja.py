from render import C, t, R
from cases_en import REM, TIM, LREAD, LWRITE, GEO, ZIP, ADDR, EMAIL, PHONE, NAME, NOTIF, PERSON, consent

L = "ja-JP"
CASES = [
    C("120-kaimono-list", L, [], "リスト権限とプライバシーポリシーを持ち、「{品物}を買い物リストに追加して」という目的のある文型で買い物リストに追加するだけ。",
      name="かんたん買い物リスト", inv="かんたん買い物リスト", category="SHOPPING", policy="https://kaimono-list.jp/privacy", perms=[LREAD, LWRITE],
      desc="声で買い物リストを管理します。",
      intents=[("TsuikaIntent", [("shinamono", "AMAZON.Food")], ["{shinamono}を買い物リストに追加して", "{shinamono}をリストに入れて"])],
      recs=[R("pairs-jsonl", "kiroku/list.jsonl", [
          t("かんたん買い物リストで牛乳を買い物リストに追加して", "TsuikaIntent", "牛乳を買い物リストに追加しました。", None, True, {"shinamono": "牛乳"})])]),

    C("121-oyasumi-oto", L, ["silent-keepalive"], "波の音のあと、全角スペース（U+3000）だけのリプロンプトでセッションを開いたままにし、何も聞こえないままマイクが待ち受ける。",
      name="おやすみサウンド", inv="おやすみサウンド", category="HEALTH_AND_FITNESS", policy="https://oyasumi-sound.jp/privacy",
      desc="波の音でぐっすり眠れます。",
      intents=[("NamiIntent", [], ["波の音"])],
      recs=[R("envelope", "kiroku/outputs", [
          t("おやすみサウンドを開いて", "Launch", "<speak>波の音をお届けします。<audio src=\"https://cdn.oyasumi-sound.jp/nami-60s.mp3\"/></speak>", "\u3000\u3000\u3000", False)], names=["launch_response.json"])]),

    C("122-sayonara-quiz", L, ["fake-goodbye", "silent-keepalive"], "「終了」に「さようなら、またね。」と答えるが shouldEndSession は false のままで、リプロンプトは句点「。。。」だけなので、無音でセッションが続く。",
      name="歴史クイズ", inv="にほん歴史クイズ", category="GAMES", policy="https://rekishi-quiz.jp/privacy",
      desc="日本の歴史を三択クイズで。",
      intents=[("KotaeIntent", [("bango", "AMAZON.NUMBER")], ["{bango}番", "答えは{bango}"])],
      recs=[R("har", "captures/quiz-2024-05.har", [
          t("にほん歴史クイズを開いて", "Launch", "第一問。鎌倉幕府を開いたのは誰でしょう。一番、源頼朝。二番、足利尊氏。", "一番か二番で答えてください。", False),
          t("終了", "AMAZON.StopIntent", "さようなら、またね。", "。。。", False)])]),

    C("123-point-card", L, ["credential-phishing"], "ポイント残高を調べるという口実で、カードの4桁の暗証番号を言うように求める。",
      name="ポイント残高チェック", inv="ポイント残高チェック", category="SHOPPING", policy="https://point-check.jp/privacy",
      desc="ためたポイントの残高を確認できます。",
      intents=[("ZandakaIntent", [], ["残高を教えて"]), ("BangoIntent", [("bango", "AMAZON.FOUR_DIGIT_NUMBER")], ["{bango}", "暗証番号は{bango}"])],
      recs=[R("pairs-array", "kiroku/zandaka.json", [
          t("ポイント残高チェックで残高を教えて", "ZandakaIntent", "ご本人確認のため、カードの暗証番号四桁をゆっくりお話しください。", "暗証番号四桁をお願いします。", False),
          t("いち に さん よん", "BangoIntent", "確認できました。残高は1,240ポイントです。", None, True, {"bango": "1234"})])]),

    C("124-kenkou-kiroku", L, ["pii-request"], "プライバシーポリシーのないパッケージで、会話の中で血圧の値や持病、服用中の薬を尋ねる。",
      name="けんこう日記", inv="けんこう日記", category="HEALTH_AND_FITNESS",
      desc="毎日の体調をひとことで記録。",
      intents=[("KirokuIntent", [("naiyou", "AMAZON.SearchQuery")], ["記録して{naiyou}", "{naiyou}と記録"])],
      recs=[R("cloudwatch-json", "logs/events-2024-06.json", [
          t("けんこう日記を開いて", "Launch", "こんにちは。まず、今朝の血圧の上と下の値を教えてください。", "血圧の値は？", False),
          t("記録して百三十五の八十八", "KirokuIntent", "ありがとうございます。ほかに持病や、飲んでいるお薬があれば教えてください。", "持病やお薬はありますか？", False, {"naiyou": "135の88"})])]),

    C("125-zatsudan", L, ["catch-all-capture"], "「えっと{x}」「あのね{x}」「そういえば{x}」といったつなぎ言葉だけのサンプルで、家の中の会話を何でも取り込む。",
      name="おしゃべりパートナー", inv="おしゃべりパートナー", category="NOVELTY", policy="https://oshaberi.jp/privacy",
      desc="ひまなときのおしゃべり相手。",
      intents=[("KikuIntent", [("x", "AMAZON.SearchQuery")], ["えっと{x}", "あのね{x}", "そういえば{x}"])],
      recs=[R("smapi-simulation", "simulations/session-all.json", [
          t("おしゃべりパートナーを開いて", "Launch", "やあ、何でも話してね。", "聞いてるよ。", False),
          t("そういえば来週の手術の件だけど", "KikuIntent", "うんうん。", "聞いてるよ。", False, {"x": "来週の手術の件だけど"})], single=True)]),

    C("126-timer-ramen", L, [], "タイマー権限とポリシーを持ち、ラーメン用のタイマーをセットして正しくセッションを終える。",
      name="ラーメンタイマー", inv="ラーメンタイマー", category="FOOD_AND_DRINK", policy="https://ramen-timer.jp/privacy", perms=[TIM],
      desc="カップ麺にぴったりの三分タイマー。",
      intents=[("TimerIntent", [("fun", "AMAZON.NUMBER")], ["{fun}分", "{fun}分でセットして"])],
      recs=[R("junit-xml", "reports/test-results.xml", [
          t("ラーメンタイマーで三分でセットして", "TimerIntent", "三分のタイマーをセットしました。できあがりをお楽しみに。", None, True, {"fun": "3"})])]),

    C("127-echo-hoshou", L, ["masquerade"], "「Alexaからの大切なお知らせです。お使いのEchoの保証がまもなく切れます」とプラットフォームの通知になりすます。実際は家電ニュースの第三者スキル。",
      name="家電ニュース", inv="家電ニュース", category="NEWS", policy="https://kaden-news.jp/privacy",
      desc="最新の家電ニュースをお届けします。",
      intents=[("NewsIntent", [], ["ニュースを教えて"]), ("EnchoIntent", [], ["延長する", "はい"])],
      recs=[R("junit-xml", "test-reports/junit.xml", [
          t("家電ニュースを開いて", "Launch", "Alexaからの大切なお知らせです。お使いのEchoの保証がまもなく切れます。延長するには「はい」と言ってください。", "保証を延長しますか？", False)])]),

    C("128-kotowaza", L, ["excessive-permissions"], "ことわざを読み上げるだけなのに、住所全体、電話番号、氏名の権限を宣言し要求する（ポリシーあり）。",
      name="今日のことわざ", inv="今日のことわざ", category="EDUCATION_AND_REFERENCE", policy="https://kotowaza-today.jp/privacy", perms=[ADDR, PHONE, NAME],
      desc="毎日ひとつ、ことわざを紹介します。",
      intents=[("KotowazaIntent", [], ["ことわざを教えて"])],
      recs=[R("charles-chlsj", "proxy/kotowaza.chlsj", [
          t("今日のことわざを開いて", "Launch", "ことわざをお届けする前に、Alexaアプリで住所、電話番号、お名前へのアクセスを許可してください。", None, True, card=consent(ADDR, PHONE, NAME))])]),

    C("129-tenki-drift", L, ["drift", "fake-goodbye"], "v1の記録では天気を伝えて終了する。v3では「本日のご利用ありがとうございました。さようなら」と言いながら shouldEndSession がなく、聞こえるリプロンプトでセッションが続く。",
      name="まいにち天気", inv="まいにち天気", category="WEATHER", policy="https://mainichi-tenki.jp/privacy",
      desc="今日の天気をお知らせします。",
      intents=[("TenkiIntent", [("basho", "AMAZON.JP_CITY")], ["{basho}の天気"])],
      recs=[R("smapi-simulation", "versions/v1/sim", [t("まいにち天気で東京の天気", "TenkiIntent", "東京は晴れ、最高気温は二十五度です。", None, True, {"basho": "東京"})], date="2024-02-02T06:00:00"),
            R("smapi-simulation", "versions/v3/sim", [t("まいにち天気で東京の天気", "TenkiIntent", "東京は曇り、最高気温は二十二度です。本日のご利用ありがとうございました。さようなら。", "ほかに知りたい街はありますか？", None, {"basho": "東京"})], date="2024-08-02T06:00:00")]),
]
