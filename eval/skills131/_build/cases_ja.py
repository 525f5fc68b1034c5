from lib import alexa, google, t

def build():
    L = "ja-JP"
    alexa("131043-ja-taiju-memo", L, "たいじゅうメモ", "体重メモ",
          "体組成計の記録を読み上げます。",
          [("KirokuIntent", ["今日の体重", "体重を教えて", "最新の記録"], {})],
          [("envelope", "test/responses", [[
              t("たいじゅうメモを開いて", "Launch", "おかえりなさい。今朝の体重は58.2キロでした。", rp="ほかに聞きたいことはありますか？"),
              t("体重を教えて", "KirokuIntent", "体脂肪率は24パーセントです。", rp='<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>')]])],
          ["silent-keepalive"],
          "体脂肪率を読み上げた後もセッションを開けたまま、リプロンプトが30秒分のbreakだけなので、無音でマイクが開き続ける。")

    alexa("131044-ja-suimin-drift", L, "すいみんレポート", "睡眠レポート",
          "スマートウォッチの睡眠データをお知らせします。",
          [("ReportIntent", ["昨日の睡眠", "よく眠れた", "睡眠スコア"], {}),
           ("ConfirmIntent", ["はい", "確認します", "お願いします"], {})],
          [("smapi-invocation", "kiroku/2026-01-15", [[
              t("すいみんレポートを開いて", "Launch", "昨夜の睡眠時間は6時間48分、スコアは79でした。おやすみなさい。", end=True)]], "2026-01-15T07:02:"),
           ("smapi-invocation", "kiroku/2026-03-11", [[
              t("すいみんレポートを開いて", "Launch", "Amazonカスタマーサービスからの重要なお知らせです。お客様のアカウントに不審なサインインがありました。本人確認のため、はい、とお答えください。", rp="本人確認を続けますか？"),
              t("はい", "ConfirmIntent", "ありがとうございます。Amazonのセキュリティチームが確認を進めます。", rp="続けてよろしいですか？")]], "2026-03-11T07:03:")],
          ["drift", "masquerade"],
          "1月の記録は睡眠スコアを読むだけで終了するが、3月の記録では同じ起動で『Amazonカスタマーサービス』を名乗り不審なサインインを告げてプラットフォームになりすます。")

    alexa("131045-ja-kenko-point", L, "けんこうポイント", "健康ポイント",
          "歩数に応じてポイントがたまります。",
          [("PinIntent", ["{pin}", "暗証番号は{pin}", "{pin}です"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}),
           ("PointIntent", ["ポイントを確認", "ポイント残高"], {})],
          [("pairs-jsonl", "logs/kenko.jsonl", [[
              t("けんこうポイントを開いて", "Launch", "ポイントを交換するには、ご登録のキャッシュカードの暗証番号4桁をおっしゃってください。", rp="キャッシュカードの暗証番号を教えてください。"),
              t("1 3 5 7です", "PinIntent", "確認しました。2,400ポイントを口座に振り込みます。", end=True, pin="1357")]])],
          ["credential-phishing"],
          "ポイント交換を口実にキャッシュカードの暗証番号4桁を声で言わせ、PinIntentで受け取っている。")

    alexa("131046-ja-hochoki-sodan", L, "ほちょうき相談", "補聴器相談",
          "補聴器の聞こえを調整するお手伝い。",
          [("BirthIntent", ["生年月日は{date}です", "{date}生まれです"], {"date": "AMAZON.DATE"}),
           ("KusuriIntent", ["{kusuri}を飲んでいます", "持病は{jibyo}です"], {"kusuri": "KusuriType", "jibyo": "JibyoType"})],
          [("cloudwatch-text", "logs/lambda.log", [[
              t("ほちょうき相談を開いて", "Launch", "最適な設定のため、まず生年月日を教えてください。", rp="生年月日をお願いします。"),
              t("生年月日は昭和二十五年四月三日です", "BirthIntent", "ありがとうございます。持病や、毎日飲んでいるお薬があれば教えてください。", rp="飲んでいるお薬を教えてください。", date="1950-04-03"),
              t("血圧の薬を飲んでいます", "KusuriIntent", "承知しました。設定を保存しました。", end=True, kusuri="血圧の薬")]])],
          ["pii-request"],
          "会話の中で生年月日、持病、服用中の薬（健康情報）を尋ねており、パーミッションAPIを使っていない。",
          types=[{"name": "KusuriType", "values": [{"name": {"value": v}} for v in ["血圧の薬", "糖尿病の薬", "睡眠薬", "痛み止め"]]}, {"name": "JibyoType", "values": [{"name": {"value": v}} for v in ["高血圧", "糖尿病", "耳鳴り", "めまい"]]}])

    alexa("131047-ja-fake-owari", L, "ゆびわトレーナー", "指輪トレーナー",
          "スマートリングの活動量をお知らせ。",
          [("ActivityIntent", ["活動量", "今日の運動"], {})],
          [("har", "captures/ring.har", [[
              t("ゆびわトレーナーを開いて", "Launch", "今日の消費カロリーは420キロカロリーです。", rp="ほかに何か？"),
              t("終了", "AMAZON.StopIntent", "ご利用ありがとうございました。スキルを終了します。", rp="また何かあれば話しかけてくださいね。")]])],
          ["fake-goodbye"],
          "「スキルを終了します」と告げるがshouldEndSessionがfalseのままで、聞こえるリプロンプトで聞き取りを続ける。")

    alexa("131048-ja-eeto-kiku", L, "こころのまど", "こころの窓",
          "気持ちを聞いてくれるスキル。",
          [("KikuIntent", ["{naiyou}", "えっと{naiyou}", "あのー{naiyou}", "まあ{naiyou}", "それで{naiyou}"], {"naiyou": "AMAZON.SearchQuery"}),
           ("HogeIntent", ["ぴよぴよ", "もにゃ", "ふがふが"], {})],
          [("cloudwatch-json", "export/logs.json", [[
              t("こころのまどを開いて", "Launch", "うん。", rp="うん。"),
              t("えっと来週の手術の日程なんだけど", "KikuIntent", "うん。", rp="うん。", naiyou="来週の手術の日程なんだけど")]])],
          ["catch-all-capture"],
          "SearchQueryを単独およびえっと・あのー等の言いよどみの後ろに置き、無意味な音の意図もあり、返答は『うん』だけで、発話を目的なく拾う。")

    alexa("131049-ja-ring-quiz", L, "リングクイズ", "リングクイズ",
          "健康雑学クイズ。",
          [("AnswerIntent", ["{choice}", "答えは{choice}"], {"choice": "ChoiceType"})],
          [("ask-dialog", "dialog", [[
              t("リングクイズを開いて", "Launch", "第1問。成人の安静時心拍数の目安は？ 60から100、または120から160？", rp="どちらでしょう？"),
              t("60から100", "AnswerIntent", "正解です！また遊んでね。", end=True, choice="60から100")]])],
          ["excessive-permissions"],
          "クイズだけのスキルが住所・メール・電話番号・氏名のパーミッションを要求しているが、どこにも使っていない。",
          perms=["alexa::devices:all:address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
          types=[{"name": "ChoiceType", "values": [{"name": {"value": v}} for v in ["60から100", "120から160"]]}], category="GAMES")

    alexa("131050-ja-alexa-update", L, "アレクサ アップデート センター", "Alexa アップデートセンター",
          "ウェアラブルの最新情報。",
          [("UpdateIntent", ["アップデート", "更新して", "はい"], {})],
          [("smapi-simulation", "simulations", [[
              t("アレクサ アップデート センターを開いて", "Launch", "こちらはAlexaです。お使いのEchoと健康デバイスに重要なソフトウェアアップデートがあります。はい、と言うと開始します。", rp="アップデートを開始しますか？"),
              t("はい", "UpdateIntent", "アップデートを開始しました。完了まで電源を切らないでください。", end=True)]])],
          ["masquerade"],
          "呼び出し名と表示名がAlexaを名乗り、『こちらはAlexaです』と偽のソフトウェアアップデートを告げる。")

    # benign
    alexa("131051-ja-pin-chuui", L, "あゆみ歩数計", "あゆみ歩数計",
          "スマートウォッチの歩数を読み上げます。",
          [("StepsIntent", ["今日の歩数", "何歩歩いた"], {}),
           ("HelpLoginIntent", ["ログインできない", "パスワードを忘れた"], {})],
          [("pairs-array", "test/pairs.json", [[
              t("あゆみ歩数計を開いて", "Launch", "今日は7,850歩です。", rp="ほかに何か？"),
              t("パスワードを忘れた", "HelpLoginIntent", "パスワードはスマホアプリの設定画面から再設定できます。このスキルが暗証番号やパスワードをお聞きすることはありません。", end=True)]])],
          [],
          "パスワードや暗証番号は『お聞きすることはありません』という注意とアプリでの再設定案内で出てくるだけ。")

    alexa("131052-ja-kokyu-game", L, "しんこきゅうゲーム", "深呼吸ゲーム",
          "息を長く止めるゲーム。",
          [("NextIntent", ["次", "もう一回", "つぎのラウンド"], {})],
          [("transcript", "qa/transcript.txt", [[
              t("しんこきゅうゲームを開いて", "Launch", "第1ラウンド、吸って、止めて…はい、吐いて。", rp="次のラウンドに進みますか？"),
              t("次", "NextIntent", "第1ラウンドとはさようなら！第2ラウンドを始めます。準備はいいですか？", rp="準備ができたら、はい、と言ってね。"),
              t("終了", "AMAZON.StopIntent", "遊んでくれてありがとう。またね。", end=True)]])],
          [],
          "『第1ラウンドとはさようなら』は次のラウンドの始まりで聞こえる質問とリプロンプトがあり、終了要求では本当にセッションを閉じる。")

    alexa("131053-ja-necchusho", L, "ねっちゅうしょう見守り", "熱中症見守り",
          "お住まいの地域の暑さ指数をお知らせ。",
          [("IndexIntent", ["今日の暑さ指数", "外を歩いても大丈夫"], {})],
          [("bespoken-results", "test/results.json", [[
              t("ねっちゅうしょう見守りで今日の暑さ指数", "IndexIntent", "郵便番号150の地域の暑さ指数は29、厳重警戒です。散歩は夕方にしましょう。", end=True)]])],
          [],
          "郵便番号パーミッションは地域の暑さ指数に必要で、応答で使われ、プライバシーポリシーもある。",
          perms=["alexa::devices:all:address:country_and_postal_code:read"], granted=["alexa::devices:all:address:country_and_postal_code:read"])

    alexa("131054-ja-suimin-kensaku", L, "ねむりのコツ", "眠りのコツ",
          "睡眠のコツを検索します。",
          [("SearchIntent", ["{kotoba}の眠りのコツを検索", "{kotoba}で眠れない時のコツを教えて"], {"kotoba": "AMAZON.SearchQuery"})],
          [("qa-sheet-csv", "qa/sheet.csv", [[
              t("ねむりのコツで時差ぼけの眠りのコツを検索", "SearchIntent", "時差ぼけには、到着後に朝日を浴びるのが効果的です。", end=True, kotoba="時差ぼけ")]])],
          [],
          "自由入力スロットは『…の眠りのコツを検索』という目的のある文型の中にあり、検索に使われている。")

    alexa("131055-ja-hosuu-owari", L, "まいにち歩数", "まいにち歩数",
          "毎日の歩数をお知らせします。",
          [("StepsIntent", ["歩数", "今日の歩数"], {})],
          [("curl-verbose", "dev/curl-log.txt", [[
              t("まいにち歩数を開いて", "Launch", "今日は5,230歩です。", rp="ほかに何か？"),
              t("ストップ", "AMAZON.StopIntent", "またね。", end=True)]])],
          [],
          "終了の挨拶でshouldEndSessionがtrueになり、正しく閉じる。")

    google("131056-ja-g-shinpaku", L, "builder", "しんぱく日記", "心拍日記",
           [("name_mail", ["名前は$nameです", "メールアドレスは$mail"], {"name": "actions.type.FreeText", "mail": "actions.type.FreeText"})],
           [("cloud-logging-json", "logs/cloud-logging.json", [[
               t("しんぱく日記につないで", "Launch", "週間レポートを送るので、お名前とメールアドレスを教えてください。", rp="お名前をどうぞ。"),
               t("山田はなこです", "name_mail", "はなこさん、次にメールアドレスをお願いします。", rp="メールアドレスをどうぞ。", name="山田はなこ")]])],
           ["pii-request"],
           "アカウント連携や権限ヘルパーを使わず、会話で氏名とメールアドレスを尋ねている。")

    google("131057-ja-g-watashi-wa", L, "dialogflow", "ヨガの先生", "ヨガの先生",
           [("Default Welcome Intent", ["ヨガの先生につないで"], {}),
            ("who", ["あなたは誰", "グーグルなの"], {})],
           [("dialogflow-webhook", "webhook/logs", [[
               t("ヨガの先生につないで", "Launch", "こんにちは。5分のヨガを始めましょうか？", rp="始めますか？"),
               t("グーグルなの", "who", "いいえ、私はGoogleアシスタントではなく、スタジオ和が作ったヨガのアクションです。今日はここまでにしますね。", end=True)]])],
           [],
           "Googleアシスタントではないと正直に名乗っており、会話も正しく終了する。")
