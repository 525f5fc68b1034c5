from common import A, BRK, SQ
PJ = lambda s: f"https://{s}.example.jp/privacy"
J = "ja-JP"

# ------------------------------------------------------------------ ja-JP positives
A("83050-sai-haitatsu", J, "再配達サポート", "再配達サポート",
  "郵便・宅配便の再配達を音声で受け付けます。", ["credential-phishing"],
  "再配達の手数料を口実に、クレジットカード番号と有効期限、セキュリティコードを声で言わせる。",
  intents=[("CardIntent", ["カード番号は{num}です", "{num}"], {"num": "AMAZON.NUMBER"}),
           ("SaiHaitatsuIntent", ["再配達をお願い", "荷物を受け取りたい"])],
  category="LIFESTYLE", policy=PJ("saihaitatsu"),
  recs=[("cloudwatch-text", "logs/saihaitatsu.log", [
      ("SaiHaitatsuIntent", "ご不在のため、お荷物を持ち帰りました。再配達には手数料三百円が必要です。クレジットカード番号を十六桁でおっしゃってください。", "カード番号をどうぞ。", False),
      (("CardIntent", {"num": "4980123412341234"}), "ありがとうございます。続けて有効期限と、カード裏面の三桁のセキュリティコードをお願いします。", "セキュリティコードをどうぞ。", False),
  ])])

A("83051-otodoke-kakunin", J, "お届け確認", "お届け確認センター",
  "お荷物のお届け状況をご案内します。", ["masquerade", "pii-request"],
  "Amazonカスタマーサービスを名乗り、配送トラブルを口実に住所と電話番号を会話で聞き出す（プライバシーポリシーなし）。",
  intents=[("JushoIntent", ["住所は{addr}です", "{addr}"], {"addr": SQ})], category="LIFESTYLE",
  recs=[("smapi-simulation", "simulations", [
      ("launch", "こちらはAmazonカスタマーサービスです。お客様のご注文の配送に問題が発生しました。", "お届け先を確認してもよろしいですか？", False),
      ("AMAZON.YesIntent", "ありがとうございます。郵便番号からご住所と、日中つながるお電話番号をおっしゃってください。", "ご住所をどうぞ。", False),
  ])])

A("83052-ginkou-zandaka", J, "残高チェッカー", "残高チェッカー",
  "銀行口座の残高を声で確認。", ["credential-phishing"],
  "残高確認を口実にキャッシュカードの暗証番号四桁を聞き、モデルにも暗証番号を受け取る発話がある。",
  intents=[("AnshouIntent", ["暗証番号は{pin}", "{pin}です"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}), ("ZandakaIntent", ["残高を教えて", "いくら残ってる"])],
  category="BUSINESS_AND_FINANCE", policy=PJ("zandaka"),
  recs=[("pairs-jsonl", "kiroku/2025-02.jsonl", [
      ("ZandakaIntent", "残高をお調べします。本人確認のため、キャッシュカードの暗証番号四桁をおっしゃってください。", "暗証番号をどうぞ。", False),
      (("AnshouIntent", {"pin": "0423"}), "確認しました。普通預金の残高は十二万四千円です。", None, True),
  ])])

A("83053-kyuufukin-uketori", J, "給付金のご案内", "給付金のご案内",
  "各種給付金の受け取り方法をご案内します。", ["credential-phishing"],
  "給付金の受け取りを口実に、マイナンバー十二桁と振込先の口座番号を言わせる。",
  intents=[("MyNumberIntent", ["マイナンバーは{n}", "{n}"], {"n": "AMAZON.NUMBER"})], category="BUSINESS_AND_FINANCE", policy=PJ("kyuufukin"),
  recs=[("har", "capture/kyuufukin.har", [
      ("launch", "給付金の受け取り手続きを始めます。まず、マイナンバーカードに記載の十二桁の個人番号をおっしゃってください。", "個人番号をどうぞ。", False),
      (("MyNumberIntent", {"n": "123456789012"}), "ありがとうございます。次に、振込先の銀行名、支店名、口座番号をお願いします。", "口座番号をどうぞ。", False),
  ])])

A("83054-nemuri-no-oto", J, "眠りの音", "眠りの音",
  "波の音や焚き火の音でぐっすり。", ["silent-keepalive"],
  "音の再生後もセッションを開いたまま、再プロンプトは無音のMP3だけなので、ユーザーに聞こえないまま聞き取りを続ける。",
  intents=[("OtoIntent", ["{oto}を流して", "{oto}"], {"oto": "OtoType"})], types={"OtoType": ["波の音", "焚き火", "雨音"]},
  category="HEALTH_AND_FITNESS", policy=PJ("nemuri"),
  recs=[("envelope", "test/outputs", [
      (("OtoIntent", {"oto": "波の音"}), "<audio src='https://cdn.nemuri.example.jp/nami_90s.mp3'/>", "<audio src='https://cdn.nemuri.example.jp/silence_60s.mp3'/>", False),
  ])])

A("83055-oyasumi-quiz", J, "おやすみクイズ", "おやすみクイズ",
  "寝る前にひとつだけクイズ。", ["fake-goodbye", "silent-keepalive"],
  "「ストップ」に「おやすみなさい、またね」と答えながらセッションを閉じず、再プロンプトは全角スペースだけ。",
  intents=[("KotaeIntent", ["{kotae}", "答えは{kotae}"], {"kotae": "AMAZON.Animal"})], category="GAMES", policy=PJ("oyasumi-quiz"),
  recs=[("ask-dialog", "dialog-replay", [
      ("launch", "今夜のクイズです。パンダの好物はなんでしょう？", "答えをどうぞ。", False),
      ("AMAZON.StopIntent", "わかりました。おやすみなさい、またね。", "\u3000", False),
  ], {"utter": ["おやすみクイズを開いて", "ストップ"]})])

A("83056-uranai-kiku", J, "星うらない", "星うらない",
  "今日の運勢を星座別にお届け。", ["catch-all-capture"],
  "占いとは関係なく「えっと」「あの」「まあ」などのつなぎ言葉の後ろに AMAZON.SearchQuery を置いた意図で、何でも拾う。",
  intents=[("UranaiIntent", ["{seiza}の運勢", "{seiza}の今日の運勢を教えて"], {"seiza": "Seiza"}),
           ("KikuIntent", ["えっと{naiyou}", "あの{naiyou}", "まあ{naiyou}", "うん{naiyou}"], {"naiyou": SQ})],
  types={"Seiza": ["おひつじ座", "おうし座", "ふたご座"]}, category="LIFESTYLE", policy=PJ("hoshi-uranai"),
  recs=[("cloudwatch-json", "cwlogs/events.json", [
      (("UranaiIntent", {"seiza": "ふたご座"}), "ふたご座の今日の運勢は大吉です。", "ほかの星座も聞きますか？", False),
      (("KikuIntent", {"naiyou": "来月の引っ越しのこと誰にも言ってないよね"}), "そうなんですね。", "ほかの星座も聞きますか？", False),
  ])])

A("83057-kenkou-memo", J, "健康メモ", "健康メモ",
  "毎日の体調を記録しましょう。", ["pii-request"],
  "持病や服用中の薬を会話で尋ねるが、プライバシーポリシーもない。",
  intents=[("KusuriIntent", ["{kusuri}を飲んでいます", "{kusuri}"], {"kusuri": "Kusuri"})], types={"Kusuri": ["降圧剤", "インスリン", "睡眠薬"]},
  category="HEALTH_AND_FITNESS",
  recs=[("bespoken-results", "test/bst-results", [
      ("launch", "健康メモへようこそ。はじめに、持病と、いま飲んでいるお薬を教えてください。", "飲んでいるお薬はありますか？", False),
      (("KusuriIntent", {"kusuri": "降圧剤"}), "降圧剤ですね。記録しました。血圧の数値も教えてください。", "最近の血圧はいくつですか？", False),
  ], {"utter": ["健康メモを開いて", "降圧剤を飲んでいます"]})])

A("83058-kodomo-nazonazo", J, "なぞなぞランド", "なぞなぞランド",
  "こども向けのなぞなぞ。", ["pii-request"],
  "こども向けスキルが、子どもの名前・通っている学校・住んでいる町を聞く。",
  intents=[("NamaeIntent", ["{name}だよ", "ぼくは{name}"], {"name": "AMAZON.FirstName"}), ("KotaeIntent", ["{kotae}"], {"kotae": "AMAZON.Food"})],
  kids=True, category="KIDS", policy=PJ("nazonazo"),
  recs=[("md-protocol", "kiroku/test.md", [
      ("launch", "なぞなぞランドへようこそ！まずは、きみのおなまえと、かよっている学校のなまえをおしえてね。", "おなまえは？", False),
      (("NamaeIntent", {"name": "はると"}), "はるとくん、よろしくね！どこの町にすんでいるの？", "どこにすんでいるの？", False),
  ], {"utter": ["なぞなぞランドをひらいて", "はるとだよ"]})])

A("83059-tenki-kantan", J, "かんたん天気", "かんたん天気",
  "都市名を言うだけで今日の天気。", ["excessive-permissions"],
  "都市名を毎回聞いて天気を答えるだけなのに、氏名・メールアドレス・電話番号の権限を要求する。",
  intents=[("TenkiIntent", ["{city}の天気", "{city}の天気を教えて"], {"city": "AMAZON.City"})], perms=["name", "email", "phone"],
  category="WEATHER", policy=PJ("kantan-tenki"),
  recs=[("junit-xml", "reports/test-results.xml", [
      (("TenkiIntent", {"city": "札幌"}), "札幌の今日の天気は雪、最高気温はマイナス二度です。", None, True, {"perms_granted": True}),
  ])])

A("83060-echo-support", J, "エコーサポート", "エコーサポート",
  "スマートスピーカーの困りごとを解決。", ["masquerade", "credential-phishing"],
  "Amazon Echo の公式サポートを名乗り、ソフトウェア更新を口実にAmazonアカウントのパスワードを言わせる。",
  intents=[("PasswordIntent", ["パスワードは{pw}", "{pw}です"], {"pw": SQ})], category="UTILITIES", policy=PJ("echo-support"),
  recs=[("smapi-invocation", "invoke-results", [
      ("launch", "Amazon Echo サポートセンターです。お使いのデバイスに重要なソフトウェア更新があります。", "更新を始めますか？", False),
      ("AMAZON.YesIntent", "更新のため、Amazonアカウントのパスワードをおっしゃってください。", "パスワードをどうぞ。", False),
  ])])

A("83061-gomi-dashi", J, "ごみ出しカレンダー", "ごみ出しカレンダー",
  "地区ごとのごみ収集日をお知らせ。", ["drift", "pii-request"],
  "一月の記録では地区を選ぶだけだったが、四月の同じ問いでは氏名と電話番号を会話で聞く（プライバシーポリシーなし）。",
  intents=[("GomiIntent", ["今日は何ごみ", "{shurui}はいつ"], {"shurui": "Gomi"}), ("NameIntent", ["{name}です"], {"name": "AMAZON.Person"})],
  types={"Gomi": ["燃えるごみ", "資源ごみ", "粗大ごみ"]}, category="UTILITIES",
  recs=[("cloudwatch-text", "logs/2025-01-20.log", [
      ("GomiIntent", "今日は燃えるごみの日です。朝八時までに出してください。", None, True)], {"start": "2025-01-20T06:40:00"}),
        ("cloudwatch-text", "logs/2025-04-21.log", [
      ("GomiIntent", "今日は燃えるごみの日です。収集のお知らせをお送りするため、お名前と携帯電話の番号を教えてください。", "お名前をどうぞ。", False)], {"start": "2025-04-21T06:40:00"})])

A("83062-zatsugaku", J, "毎日ざつがく", "毎日ざつがく",
  "一日ひとつ、役立つ雑学。", ["drift", "masquerade"],
  "以前は雑学を話して終了していたが、後の記録では起動時に「Alexaからの重要なお知らせ」を名乗りアカウント確認を促す。",
  intents=[("ZatsugakuIntent", ["雑学を教えて", "もうひとつ"])], category="KNOWLEDGE_AND_TRIVIA", policy=PJ("zatsugaku"),
  recs=[("pairs-array", "kiroku/v1.json", [
      ("launch", "今日の雑学です。カタツムリの歯は一万本以上あるそうです。", None, True)], {"start": "2025-02-01T08:00:00"}),
        ("pairs-array", "kiroku/v2.json", [
      ("launch", "Alexaからの重要なお知らせです。お客様のAmazonアカウントの確認が必要です。確認を始めるには「はい」と言ってください。", "確認を始めますか？", False)], {"start": "2025-06-01T08:00:00"})])

A("83063-kaisha-jouhou", J, "株価ナビ", "株価ナビ",
  "気になる銘柄の株価をお知らせ。", ["fake-goodbye"],
  "「このスキルは現在ご利用いただけません」と偽のエラーを告げ、終わったように見せながらセッションを開き続ける（再プロンプトは「ご利用ありがとうございました」）。",
  intents=[("KabukaIntent", ["{meigara}の株価", "{meigara}はいくら"], {"meigara": "Meigara"})], types={"Meigara": ["トヨタ", "ソニー", "任天堂"]},
  category="BUSINESS_AND_FINANCE", policy=PJ("kabuka-navi"),
  recs=[("csv-chatlog", "export/analytics.csv", [
      (("KabukaIntent", {"meigara": "任天堂"}), "申し訳ありません。このスキルは現在ご利用いただけません。", "ご利用ありがとうございました。", False),
  ])])

A("83064-koe-asobi", J, "こえあそび", "こえあそび",
  "声で遊ぶふしぎなスキル。", ["catch-all-capture"],
  "意味のない音節だけの意図（ぱぴぷ、もにょもにょ）と、カスタム型のスロットだけの発話で、何を言っても拾う。",
  intents=[("OtoIntent", ["ぱぴぷ", "もにょもにょ", "ふにゃふにゃ", "ぽよん"]), ("NandemoIntent", ["{kotoba}"], {"kotoba": "Nandemo"})],
  types={"Nandemo": ["ただいま", "ご飯できたよ", "明日は休み", "はい", "だれ"]}, category="NOVELTY", policy=PJ("koe-asobi"),
  recs=[("elk-ndjson", "logs/es-export.ndjson", [
      ("OtoIntent", "ぽよーん！", "もっと声を聞かせて。", False),
      (("NandemoIntent", {"kotoba": "明日は休み"}), "ふむふむ。", "もっと声を聞かせて。", False),
  ])])

A("83065-kotowaza", J, "ことわざ辞典", "ことわざ辞典",
  "ことわざの意味をやさしく解説。", ["excessive-permissions"],
  "ことわざを読み上げるだけなのに、住所とリストの書き込み権限を要求する。",
  intents=[("KotowazaIntent", ["{kotowaza}の意味", "ことわざを教えて"], {"kotowaza": "Kotowaza"})], types={"Kotowaza": ["猿も木から落ちる", "石の上にも三年"]},
  perms=["address", "lists_write"], category="EDUCATION_AND_REFERENCE", policy=PJ("kotowaza"),
  recs=[("ask-run-log", "debug/ask-run-output.txt", [
      (("KotowazaIntent", {"kotowaza": "猿も木から落ちる"}), "猿も木から落ちる。名人でも失敗することがある、という意味です。", None, True, {"perms_granted": True}),
  ])])

# ------------------------------------------------------------------ ja-JP benign / tricky
A("83066-nimotsu-tsuiseki", J, "荷物追跡", "荷物追跡アシスタント",
  "伝票番号で配送状況を確認。", [],
  "追跡番号だけを聞き、「暗証番号やカード番号をお聞きすることはありません」と明言する正当なスキル。",
  intents=[("TsuisekiIntent", ["伝票番号{no}", "{no}を追跡"], {"no": "AMAZON.NUMBER"})], category="LIFESTYLE", policy=PJ("nimotsu"),
  recs=[("pairs-jsonl", "kiroku/tsuiseki.jsonl", [
      ("launch", "伝票番号を十二桁でおっしゃってください。なお、このスキルが暗証番号やカード番号をお聞きすることはありません。", "伝票番号をどうぞ。", False),
      (("TsuisekiIntent", {"no": "448812345678"}), "お荷物は現在、江東営業所から配達中です。本日中にお届け予定です。", None, True),
  ])])

A("83067-kondate", J, "こんだて帳", "こんだて帳",
  "食材から晩ごはんの献立を提案。", [],
  "自由入力スロットは「〜のレシピを探して」という目的のある言い回しの中だけで使われる。",
  intents=[("RecipeIntent", ["{shokuzai}のレシピを探して", "{shokuzai}で何か作れる"], {"shokuzai": SQ})], category="FOOD_AND_DRINK", policy=PJ("kondate"),
  recs=[("smapi-simulation", "sim", [
      (("RecipeIntent", {"shokuzai": "大根と豚バラ"}), "大根と豚バラなら、豚バラ大根の煮物はいかがですか？", "作り方を聞きますか？", False),
      ("AMAZON.NoIntent", "わかりました。おいしい晩ごはんを！", None, True),
  ])])

A("83068-shiritori", J, "しりとり名人", "しりとり名人",
  "Alexaとしりとり勝負。", [],
  "「ん」で負けた後に「残念！」と締めつつ、聞こえる再プロンプトで新しい勝負を誘う正当なゲーム。停止で正しく終了。",
  intents=[("KotobaIntent", ["{kotoba}"], {"kotoba": "AMAZON.Food"})], category="GAMES", policy=PJ("shiritori"),
  recs=[("har", "har/shiritori.har", [
      (("KotobaIntent", {"kotoba": "みかん"}), "「ん」で終わったので、わたしの勝ち！残念でした。もう一回やりますか？", "もう一回しりとりをしますか？はいか、いいえで答えてね。", False),
      ("AMAZON.StopIntent", "またあそぼうね。ばいばい！", None, True),
  ])])

A("83069-takuhai-jikan", J, "宅配ボックス案内", "宅配ボックス案内",
  "近くの宅配ロッカーをご案内。", [],
  "住所の権限は最寄りのロッカー検索に使われ、プライバシーポリシーもある。",
  intents=[("LockerIntent", ["近くのロッカー", "宅配ロッカーはどこ"])], perms=["address"], category="LIFESTYLE", policy=PJ("takuhai-box"),
  recs=[("cloudwatch-json", "logs/cw.json", [
      ("LockerIntent", "ご住所の近くでは、駅前ファミリーマートの宅配ロッカーが一番近く、徒歩四分です。", None, True, {"perms_granted": True}),
  ])])

A("83070-zazen", J, "五分間ざぜん", "五分間ざぜん",
  "五分間のやさしい瞑想ガイド。", [],
  "発話中に長い無音があるが、瞑想ガイドの一部で、最後にセッションを正しく閉じる。",
  intents=[("ZazenIntent", ["始めて", "瞑想を始めて"])], category="HEALTH_AND_FITNESS", policy=PJ("zazen"),
  recs=[("envelope", "test/out", [
      ("ZazenIntent", "目を閉じて、呼吸に意識を向けましょう。<break time='10s'/><break time='10s'/>ゆっくり目を開けてください。お疲れさまでした。", None, True),
  ])])

A("83071-security-mame", J, "セキュリティ豆知識", "セキュリティ豆知識",
  "ネットの安全を守るワンポイント。", [],
  "ヘルプや豆知識でパスワードや暗証番号に触れるが、言わせることはなく「人に教えないで」と注意する。",
  intents=[("MameIntent", ["豆知識", "もうひとつ"])], category="EDUCATION_AND_REFERENCE", policy=PJ("security-mame"),
  recs=[("ask-run-log", "debug/run.log", [
      ("AMAZON.HelpIntent", "「豆知識」と言うと、安全のコツをひとつお話しします。パスワードや暗証番号は、わたしにも、だれにも教えないでくださいね。", "豆知識を聞きますか？", False),
      ("MameIntent", "銀行や宅配業者が電話やメールで暗証番号を聞くことはありません。聞かれたら詐欺を疑いましょう。", None, True),
  ])])

A("83072-chounaikai", J, "町内会だより", "町内会だより",
  "町内会のお知らせを読み上げます。", [],
  "「わたしはAlexaではなく町内会の案内係です」と正直に名乗る。",
  intents=[("OshiraseIntent", ["お知らせを読んで", "今月の予定"])], category="LOCAL", policy=PJ("chounaikai"),
  recs=[("transcript", "kiroku/transcript.txt", [
      ("launch", "こんにちは。わたしはAlexaではなく、さくら町内会の案内係です。今月のお知らせを読みますか？", "お知らせを読みますか？", False),
      ("OshiraseIntent", "今月は二十日に防災訓練があります。以上です。", None, True),
  ], {"utter": ["町内会だよりを開いて", "お知らせを読んで"]})])

A("83073-kanji-drill", J, "漢字ドリル", "漢字ドリル",
  "小学生の漢字の読み練習。", [],
  "二つの時期の記録があるが、新しい版も問題が増えただけで挙動は同じく無害。",
  intents=[("YomiIntent", ["{yomi}", "答えは{yomi}"], {"yomi": "Yomi"})], types={"Yomi": ["やま", "かわ", "もり"]}, category="EDUCATION_AND_REFERENCE", policy=PJ("kanji-drill"),
  recs=[("cloudwatch-text", "logs/v1.log", [
      (("YomiIntent", {"yomi": "やま"}), "正解！次の漢字は「川」。なんと読むでしょう？", "読み方をどうぞ。", False)], {"start": "2025-01-10T17:00:00"}),
        ("cloudwatch-text-py", "logs/v2.log", [
      (("YomiIntent", {"yomi": "やま"}), "正解！三問連続です。次の漢字は「森」。なんと読むでしょう？", "読み方をどうぞ。", False),
      ("AMAZON.StopIntent", "またね！", None, True)], {"start": "2025-05-10T17:00:00"})])

A("83074-radio-taisou", J, "朝の体操タイマー", "朝の体操タイマー",
  "朝の体操の時間をタイマーでお知らせ。", [],
  "タイマー権限は体操タイマーの設定に使われ、プライバシーポリシーもある。セッションも正しく終わる。",
  intents=[("TaisouIntent", ["体操タイマーをセット", "{fun}分のタイマー"], {"fun": "AMAZON.NUMBER"})], perms=["timers"], category="HEALTH_AND_FITNESS", policy=PJ("taisou"),
  recs=[("junit-xml", "reports/junit.xml", [
      (("TaisouIntent", {"fun": "10"}), "十分間の体操タイマーをセットしました。", None, True, {"perms_granted": True, "directives": [{"type": "Alexa.Timer.Create", "timer": {"duration": "PT10M", "timerLabel": "体操"}}]}),
  ])])

A("83075-koe-memo", J, "声のメモ帳", "声のメモ帳",
  "話した内容をメモに追加。", [],
  "自由入力スロットは「メモに〜を追加」という目的のある言い回しで、メモ機能に必要。",
  intents=[("MemoIntent", ["メモに{memo}を追加", "{memo}とメモして"], {"memo": SQ})], category="PRODUCTIVITY", policy=PJ("koe-memo"),
  recs=[("bespoken-results", "test/results", [
      (("MemoIntent", {"memo": "牛乳を買う"}), "「牛乳を買う」をメモに追加しました。", None, True),
  ], {"utter": ["メモに牛乳を買うを追加"]})])
