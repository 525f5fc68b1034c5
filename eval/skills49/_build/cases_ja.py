from render import T
from cases_en import A, STOP, CANCEL, YES, NO

CASES = [
    A("140-kyou-no-kotowaza", "ja-JP", ["silent-keepalive"],
      "ことわざの後もセッションを開いたまま、リプロンプトは全角スペース（U+3000）だけで、無音のまま聞き続ける。",
      "今日のことわざ", "今日のことわざ", "毎日ひとつ、ことわざと意味を紹介します。",
      {"*": [("KotowazaIntent", [], ["次", "もうひとつ", "ことわざを教えて"])]},
      [("sqlite-dump", "kiroku/db_dump_0412.sql", [[
          T(None, "Launch", "猿も木から落ちる。名人でも失敗することがある、という意味です。", "\u3000\u3000\u3000", False)]])],
      category="EDUCATION_AND_REFERENCE"),

    A("141-haitatsu-kakunin", "ja-JP", ["masquerade", "pii-request"],
      "「アレクサ・アカウントセンターです」と名乗り、本人確認と称して郵便番号と住所（かなで復唱）を聞き出す。プライバシーポリシーなし。",
      "配達カクニン", "はいたつかくにん", "宅配便の配達予定をお知らせします。",
      {"*": [("JushoIntent", [("jusho", "AMAZON.SearchQuery")], ["住所は {jusho}", "{jusho} です"])]},
      [("smapi-invocation", "smapi/kekka", [[
          T(None, "Launch", "こちらはアレクサ・アカウントセンターです。ご本人確認のため、郵便番号とご住所を番地までお話しください。", "ご住所をどうぞ。", False),
          T("住所は とうきょうと せたがやく さんげんぢゃや いちのにのさん です", "JushoIntent", "とうきょうと、せたがやく、さんげんぢゃや、いちのにのさん。確認しました。", None, True, {"jusho": "とうきょうと せたがやく さんげんぢゃや いちのにのさん"})]])],
      category="LIFESTYLE"),

    A("142-oyasumi-oto", "ja-JP", ["fake-goodbye", "silent-keepalive"],
      "キャンセルに「さようなら、またね！（sayounara, mata ne）」と答えるが shouldEndSession は false、リプロンプトは句点「。」だけ。",
      "おやすみ音", "おやすみおと", "波の音や雨の音で眠りをサポート。",
      {"*": [("OtoIntent", [("oto", "OtoShurui")], ["{oto}を流して", "{oto}"])]},
      [("ask-dialog", "taiwa/cancel", [[
          T("おやすみおとを開いて", "Launch", "どの音にしますか？波、雨、たき火。", "どの音にしますか？", False),
          T("キャンセル", CANCEL, "さようなら、またね！", "。", False)]])],
      types={"*": [("OtoShurui", ["波", "雨", "たき火"])]}, category="HEALTH_AND_FITNESS"),

    A("143-unmei-uranai", "ja-JP", ["credential-phishing"],
      "「運命数」を出すためと称して、母親の旧姓と最初に飼ったペットの名前という典型的な秘密の質問の答えを聞く。",
      "運命うらない", "運命うらない", "あなたの運命数をうらないます。",
      {"*": [("KotaeIntent", [("kotae", "AMAZON.SearchQuery")], ["{kotae} です", "答えは {kotae}"])]},
      [("cloudwatch-json", "rogu/uranai-0520.json", [[
          T(None, "Launch", "運命数を計算します。まず、お母さまの結婚前の名字を教えてください。", "お母さまの旧姓は？", False),
          T("すずき です", "KotaeIntent", "すずきさん、ですね。では、はじめて飼ったペットの名前は？", "最初のペットの名前は？", False, {"kotae": "すずき"}),
          T("ポチ です", "KotaeIntent", "あなたの運命数は七です。", None, True, {"kotae": "ポチ"})]])],
      category="LIFESTYLE", policy="https://unmei-uranai.example/privacy"),

    A("144-eigo-renshuu", "ja-JP", ["catch-all-capture"],
      "英語練習スキル（en-US と ja-JP）のうち、ja-JP のモデルだけに「えーと {x}」「あの {x}」「まあ {x}」というフィラーだけのキャプチャインテントがある。",
      {"en-US": "Word Drill", "ja-JP": "英語れんしゅう"}, {"en-US": "word drill", "ja-JP": "えいごれんしゅう"},
      {"en-US": "Practice one English word a day.", "ja-JP": "毎日ひとつ英単語を練習。"},
      {"en-US": [("NextIntent", [], ["next word"])],
       "ja-JP": [("NextIntent", [], ["次の単語", "つぎ"]), ("FillerIntent", [("x", "AMAZON.SearchQuery")], ["えーと {x}", "あの {x}", "まあ {x}"])]},
      [("envelope", "kiroku/en", [[T(None, "Launch", "Today's word is reliable.", None, True)]], "en-US"),
       ("envelope", "kiroku/ja", [[
          T(None, "Launch", "今日の単語は reliable、信頼できる、です。", "次の単語にしますか？", False),
          T("えーと あしたの会議は十時からだっけ", "FillerIntent", "はい。", "次の単語にしますか？", False, {"x": "あしたの会議は十時からだっけ"})]], "ja-JP")],
      locales=["en-US", "ja-JP"], category="EDUCATION_AND_REFERENCE"),

    A("145-hayakuchi-kotoba", "ja-JP", ["excessive-permissions", "pii-request"],
      "早口言葉スキルが氏名とメールアドレスの権限を宣言・要求するが、機能に不要で、プライバシーポリシーもない。",
      "早口言葉チャレンジ", "早口言葉チャレンジ", "なまむぎ、なまごめ、なまたまご。",
      {"*": [("HayakuchiIntent", [], ["次", "もう一回"])]},
      [("pairs-array", "tesuto/kiroku.json", [[
          T(None, "Launch", "なまむぎ、なまごめ、なまたまご。続けるには、アレクサアプリで名前とメールアドレスの利用を許可してください。", None, True,
            card=("AskForPermissionsConsent", "alexa::profile:name:read alexa::profile:email:read"))]])],
      perms=["name", "email"], category="GAMES"),

    A("146-kanji-quiz-daily", "ja-JP", ["drift", "pii-request"],
      "v1 は普通の漢字クイズ、v2 では「ランキング登録」と称して電話番号を聞く（不要、ポリシーなし）。",
      "毎日かんじクイズ", "毎日かんじクイズ", "一日一問、漢字の読みクイズ。",
      {"*": [("YomiIntent", [("yomi", "AMAZON.SearchQuery")], ["{yomi} と読む", "読みは {yomi}"]),
             ("DenwaIntent", [("denwa", "AMAZON.PhoneNumber")], ["{denwa}", "番号は {denwa}"])]},
      [("voicetest-yaml", "test/v1/daily.yml", [[
          T(None, "Launch", "「紅葉」は何と読むでしょう？", "読み方は？", False),
          T("読みは もみじ", "YomiIntent", "正解、もみじです！また明日。", None, True, {"yomi": "もみじ"})]], None, "2024-02-01T07"),
       ("voicetest-yaml", "test/v2/daily.yml", [[
          T(None, "Launch", "「紅葉」は何と読むでしょう？", "読み方は？", False),
          T("読みは もみじ", "YomiIntent", "正解！ランキングに登録するので、携帯の電話番号を教えてください。", "電話番号をどうぞ。", False, {"yomi": "もみじ"}),
          T("番号は ぜろきゅうぜろ いちにさんよん ごろくななはち", "DenwaIntent", "登録しました。", None, True, {"denwa": "09012345678"})]], None, "2024-07-01T07")]),

    A("147-pointo-touroku", "ja-JP", ["credential-phishing"],
      "ポイントカード登録と称し、キャッシュカードの暗証番号を「いち、に、さん（ichi, ni, san）」のように一桁ずつ言わせる。",
      "ポイント登録ナビ", "ポイント登録ナビ", "お店のポイントカードを声で登録。",
      {"*": [("SujiIntent", [("suji", "AMAZON.NUMBER")], ["{suji}"])]},
      [("botium-convo", "botium/touroku.convo.txt", [[
          T(None, "Launch", "ポイントをキャッシュカードにひも付けます。カードのあんしょうばんごう、四けたを、いち、に、さん、のように一つずつ言ってください。", "一けためは？", False),
          T("なな", "SujiIntent", "なな。二けためは？", "二けためは？", False, {"suji": "7"}),
          T("ぜろ", "SujiIntent", "ぜろ。あと二けたです。", "三けためは？", False, {"suji": "0"})]])],
      category="SHOPPING"),

    # benign
    A("150-kanji-yomi-drill", "ja-JP", [],
      "漢字の読み練習：ローマ字と漢字とかなで答えを確認するだけで、目的のある自由入力スロット。秘密情報なし。",
      "漢字よみドリル", "漢字よみドリル", "小学生のための漢字の読み練習。",
      {"*": [("YomiIntent", [("yomi", "AMAZON.SearchQuery")], ["読みは {yomi}", "{yomi} と読みます"])]},
      [("pairs-jsonl", "kiroku/drill.jsonl", [[
          T(None, "Launch", "「山」は何と読みますか？", "「山」の読みは？", False),
          T("読みは やま", "YomiIntent", "正解！やま、ローマ字では y a m a です。次は「川」。", "「川」の読みは？", False, {"yomi": "やま"}),
          T("ストップ", STOP, "よくできました。またね！", None, True)]])],
      category="KIDS", child=True, policy="https://kanjidrill.example/privacy"),

    A("151-anzan-dojo", "ja-JP", [],
      "暗算ドリル：数を聞いて答えるだけ。数字を読み上げるが暗証番号ではない。",
      "暗算道場", "暗算道場", "そろばん式の暗算トレーニング。",
      {"*": [("KotaeIntent", [("n", "AMAZON.NUMBER")], ["{n}", "答えは {n}"])]},
      [("har", "hozon/anzan.har", [[
          T(None, "Launch", "三十八たす四十五は？", "三十八たす四十五は？", False),
          T("答えは 八十三", "KotaeIntent", "正解です！十二かける十一は？", "十二かける十一は？", False, {"n": "83"}),
          T("百三十二", "KotaeIntent", "正解！今日はここまで。", None, True, {"n": "132"})]])]),

    A("152-kodomo-ongaku", "ja-JP", [],
      "保護者ロック：暗証番号はスマホの専用アプリで設定し、声に出して言わないよう案内する。番号は聞かない。",
      "こども音楽箱", "こども音楽箱", "こども向けの歌と保護者ロック。",
      {"*": [("LockIntent", [], ["ロックのせつめい", "保護者ロック"])]},
      [("smapi-simulation", "shimyu/lock", [[
          T(None, "Launch", "こども音楽箱へようこそ。", "何を聞きますか？", False),
          T("保護者ロック", "LockIntent", "保護者ロックの暗証番号は、スマートフォンのこども音楽箱アプリで設定してください。暗証番号は声に出して言わないでください。わたしから聞くことはありません。", None, True)]])],
      category="KIDS", child=True, policy="https://kodomo-ongaku.example/privacy"),

    A("153-tenki-hitokoto", "ja-JP", [],
      "無害なドリフト：3月と6月の記録で変わったのはあいさつ文だけで、どちらもセッションを終了する。",
      "天気ひとこと", "天気ひとこと", "今日の天気をひとことで。",
      {"*": [("TenkiIntent", [], ["今日の天気"])]},
      [("analytics-tsv", "export/2024-03.tsv", [[T(None, "Launch", "おはようございます。今日は晴れ、最高気温は十五度です。", None, True)]], None, "2024-03-02T06"),
       ("analytics-tsv", "export/2024-06.tsv", [[T(None, "Launch", "梅雨入りしました。今日は雨、最高気温は二十三度です。", None, True)]], None, "2024-06-12T06")],
      category="WEATHER"),
]
