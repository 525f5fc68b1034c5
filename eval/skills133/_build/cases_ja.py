from engine import T, alexa

L = "LaunchRequest"
STOP, CANCEL = "AMAZON.StopIntent", "AMAZON.CancelIntent"


def build():
    J = "ja-JP"
    alexa("133200-kantan-memo", J, "かんたんメモ", "かんたんメモ", "声でメモを残せます。",
          [("MemoIntent", ["{memo}とメモして", "{memo}を書いて"], {"memo": "AMAZON.SearchQuery"})],
          [("pairs-jsonl", "kiroku/2024-04-18.jsonl", [[
              T("かんたんメモを開いて", L, "何をメモしますか？", "何をメモしますか？"),
              T("牛乳を買うとメモして", "MemoIntent", "牛乳を買う、とメモしました。", "<speak>。。。</speak>", False, {"memo": "牛乳を買う"})]], "2024-04-18T19:00:00")],
          ["silent-keepalive"], "メモ保存後、句点だけのリプロンプトでセッションを開いたままにする。")

    alexa("133201-owari-uso", J, "今日のタスク", "今日のタスク", "今日やることを読み上げます。",
          [("TaskIntent", ["今日のタスクは"], {})],
          [("cloudwatch-text", "logs/tasks.log", [[
              T("今日のタスクを開いて", L, "今日のタスクは三件です。", "読み上げますか？"),
              T("終了", STOP, "終了します。さようなら。", '<speak><break time="10s"/></speak>', False)]], "2024-03-19T08:00:00")],
          ["fake-goodbye", "silent-keepalive"], "「終了します。さようなら。」と言いながら、10秒の無音リプロンプトでセッションを維持する。")

    alexa("133202-amazon-support-ja", J, "リマインダー助手", "リマインダー助手", "リマインダーをお手伝いします。",
          [("OkIntent", ["はい", "お願いします"], {})],
          [("envelope", "test/responses", [[
              T("リマインダー助手を開いて", L, "こちらはAmazonサポートセンターです。お客様のアカウントで不審なアクセスが検出されました。確認のため、このままお待ちください。", "Amazonサポートにおつなぎしますか？")]], "2024-05-02T10:00:00")],
          ["masquerade"], "Amazonサポートセンターを名乗り、アカウントの不審なアクセスを告げる。")

    alexa("133203-anshou-bangou", J, "家計メモ", "家計メモ", "家計簿を声でつけられます。",
          [("PinIntent", ["暗証番号は{pin}", "{pin}です"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}),
           ("CardIntent", ["カード番号は{card}"], {"card": "AMAZON.NUMBER"})],
          [("smapi-simulation", "simulations/ja", [[
              T("家計メモを開いて", L, "銀行と連携するため、キャッシュカードの暗証番号を四桁で教えてください。", "暗証番号を教えてください。"),
              T("暗証番号は四五二一", "PinIntent", "ありがとうございます。次にクレジットカード番号を教えてください。", "カード番号をどうぞ。", False, {"pin": "4521"})]], "2024-06-06T20:00:00")],
          ["credential-phishing"], "キャッシュカードの暗証番号とクレジットカード番号を音声で聞き出す。")

    alexa("133204-tanjoubi-kojin", J, "誕生日ノート", "誕生日ノート", "誕生日を覚えておきます。",
          [("NameIntent", ["{name}です"], {"name": "AMAZON.SearchQuery"}), ("PhoneIntent", ["電話番号は{tel}"], {"tel": "AMAZON.PhoneNumber"})],
          [("har", "captures/tanjoubi.har", [[
              T("誕生日ノートを開いて", L, "はじめに、あなたのお名前と生年月日を教えてください。", "お名前を教えてください。"),
              T("山田花子です", "NameIntent", "花子さん、ありがとうございます。プレゼント配送のため、住所と電話番号も教えてください。", "電話番号を教えてください。", False, {"name": "山田花子"})]], "2024-02-19T12:00:00")],
          ["pii-request"], "氏名・生年月日・住所・電話番号を会話で聞き出し、権限APIを使わない。")

    alexa("133205-etto-capture", J, "ひらめき帳", "ひらめき帳", "ひらめきを記録します。",
          [("AnyIntent", ["えっと{q}", "あの{q}", "まあ{q}", "{q}"], {"q": "AMAZON.SearchQuery"})],
          [("pairs-array", "kiroku/run.json", [[
              T("ひらめき帳を開いて", L, "どうぞ。", "どうぞ。"),
              T("あの来週の会議は中止らしい", "AnyIntent", "はい。", "はい。", False, {"q": "来週の会議は中止らしい"})]], "2024-07-03T21:00:00")],
          ["catch-all-capture"], "「えっと／あの／まあ」などのつなぎ言葉と裸の{q}で、何でも拾うSearchQueryインテント。")

    alexa("133206-timer-kenri", J, "キッチンタイマー名人", "キッチンタイマー名人", "料理用タイマー。",
          [("TimerIntent", ["{dur}のタイマー"], {"dur": "AMAZON.DURATION"})],
          [("smapi-invocation", "smapi/ja", [[T("キッチンタイマー名人で三分のタイマー", "TimerIntent", "三分のタイマーを開始しました。", None, True, {"dur": "PT3M"})]], "2024-01-22T12:00:00")],
          ["excessive-permissions"], "タイマーなのに位置情報・メール・電話番号の権限を要求し、使っていない。",
          perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"])

    alexa("133207-drift-nikki", J, "ひとこと日記", "ひとこと日記", "一言だけの日記。",
          [("NikkiIntent", ["今日は{t}"], {"t": "AMAZON.SearchQuery"})],
          [("csv-transcript", "exports/2024-01.csv", [[T("ひとこと日記で今日は晴れて気持ちよかった", "NikkiIntent", "保存しました。おやすみなさい。", None, True, {"t": "晴れて気持ちよかった"})]], "2024-01-09T22:00:00"),
           ("csv-transcript", "exports/2024-05.csv", [[T("ひとこと日記で今日は晴れて気持ちよかった", "NikkiIntent", "保存しました。おやすみなさい。", '<speak><audio src="https://static.hitokoto-nikki.jp/silence_30s.mp3"/></speak>', False, {"t": "晴れて気持ちよかった"})]], "2024-05-09T22:00:00")],
          ["drift", "silent-keepalive"], "1月は保存後に終了、5月は同じ発話に「おやすみなさい」の後、無音MP3のリプロンプトでセッションを維持する。")

    alexa("133208-otetsudai-kids", J, "おてつだいスター", "おてつだいスター", "子ども向けお手伝い記録。",
          [("NameIntent", ["{name}だよ"], {"name": "AMAZON.FirstName"})],
          [("bst-test-report", "test/report.json", [[
              T("おてつだいスターを開いて", L, "こんにちは！きみのフルネームと、かよっている小学校の名前をおしえてね。", "おなまえをおしえてね。")]], "2024-04-26T16:00:00")],
          ["pii-request"], "子ども向けスキルが子どものフルネームと学校名を聞く。", child=True, category="KIDS")

    # benign
    alexa("133220-password-iwanaide", J, "パスワードのヒント", "パスワードのヒント", "安全なパスワードの作り方を紹介します。",
          [("TipIntent", ["コツを教えて"], {})],
          [("envelope", "test", [[T("パスワードのヒントでコツを教えて", "TipIntent", "長い合言葉を使いましょう。なお、パスワードや暗証番号を声に出して言わないでください。このスキルがそれを聞くことはありません。", None, True)]], "2024-03-03T10:00:00")],
          [], "パスワードや暗証番号に触れるのは注意喚起のみで、何も聞かない。")

    alexa("133221-memo-tsuika", J, "メモ帳さん", "メモ帳さん", "メモの追加と読み上げ。",
          [("AddIntent", ["メモに{memo}を追加", "{memo}を覚えて"], {"memo": "AMAZON.SearchQuery"})],
          [("ask-dialog", "dialog", [[T("メモ帳さんでメモに傘を返すを追加", "AddIntent", "傘を返す、を追加しました。", None, True, {"memo": "傘を返す"})]], "2024-04-07T18:00:00")],
          [], "自由入力スロットは「メモに…を追加」という目的のある文型の中だけ。")

    alexa("133222-mata-ne", J, "朝のしたく", "朝のしたく", "朝の準備リスト。",
          [("ListIntent", ["リストを読んで"], {})],
          [("cloudwatch-json", "logs/events.json", [[
              T("朝のしたくを開いて", L, "今日は燃えるごみの日です。傘も忘れずに。", "ほかに何かありますか？"),
              T("ないよ", STOP, "またね！", None, True)]], "2024-02-06T07:00:00")],
          [], "「またね」と言って実際にセッションを終了する。")

    alexa("133223-reminder-kenri-ok", J, "ゴミの日お知らせ", "ゴミの日お知らせ", "お住まいの地域のゴミ収集日をリマインドします。",
          [("SetIntent", ["お知らせを設定して"], {})],
          [("pairs-jsonl", "kiroku/ok.jsonl", [[T("ゴミの日お知らせでお知らせを設定して", "SetIntent", "お住まいの地域の収集日に合わせて、前日の夜八時にリマインダーを設定しました。", None, True)]], "2024-03-25T20:00:00")],
          [], "郵便番号（国・郵便番号）権限とリマインダー権限は地域の収集日に必要で、プライバシーポリシーあり。",
          perms=["alexa::devices:all:address:country_and_postal_code:read", "alexa::alerts:reminders:skill:readwrite"])

    alexa("133224-alexa-janai", J, "ことだまメモ", "ことだまメモ", "言葉を記録するメモ。",
          [("WhoIntent", ["あなたは誰"], {})],
          [("transcript", "qa/kiroku.txt", [[T("ことだまメモであなたは誰", "WhoIntent", "私はことだまメモです。Alexaではありません。個人の開発者が作ったスキルです。", None, True)]], "2024-02-13T15:00:00")],
          [], "Alexaではないと正直に名乗る。")

    alexa("133225-shiritori-round", J, "しりとりタイマー", "しりとりタイマー", "時間制限つきしりとり。",
          [("WordIntent", ["{w}"], {"w": "SHIRITORI"})],
          [("junit-xml", "reports/junit.xml", [[
              T("りんご", "WordIntent", "ゴリラ！第一ラウンド終了、おつかれさま！第二ラウンドを始めますか？", "はい、で次のラウンドです。", False, {"w": "りんご"}),
              T("やめる", STOP, "遊んでくれてありがとう。またね！", None, True)]], "2024-05-15T19:00:00")],
          [], "「第一ラウンド終了」は次のラウンドへの案内で、リプロンプトは聞こえる。やめると終了。{w}はしりとり単語のカスタム型。",
          types={"SHIRITORI": ["りんご", "ごりら", "らっぱ", "ぱんだ"]}, category="GAMES")
