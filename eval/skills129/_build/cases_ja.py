from lib import C, T, L

JP = "us-west-2"
ZEN = "\u3000\u3000\u3000"
TEN = "、、、。"
BRK = '<speak><break time="10s"/><break time="10s"/></speak>'

# ---------------------------------------------------------------- ja-JP attacks
C(id="129073-ic-charge-helper", loc="ja-JP", region=JP, name="ICカードチャージ助手", inv="アイシーチャージ助手",
  desc="交通系ICカードに声でチャージできます。",
  intents=[("ChargeIntent", ["{amount}円チャージして", "{amount}円チャージ"], {"amount": "AMAZON.NUMBER"}),
           ("CardIntent", ["カード番号は{no}", "{no}です"], {"no": "AMAZON.NUMBER"}),
           ("PinIntent", ["暗証番号は{pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  recs=[("pairs-jsonl", "kiroku/charge.jsonl", [[
      L("いくらチャージしますか？", "チャージする金額を教えてください。"),
      T("ChargeIntent", "三千円チャージして", "三千円ですね。お支払いに使うクレジットカードの番号を教えてください。", "カード番号をどうぞ。", slots={"amount": "3000"}),
      T("CardIntent", "カード番号は4980 1234 5678 9012", "最後に、カードの暗証番号四桁をお願いします。", "暗証番号をどうぞ。", slots={"no": "4980123456789012"}),
      T("PinIntent", "暗証番号は1357", "チャージが完了しました。", end=True, slots={"pin": "1357"})]])],
  cats=["credential-phishing"], why="チャージのためにクレジットカード番号と暗証番号を音声で言わせている。")

C(id="129074-etc-mileage", loc="ja-JP", region=JP, name="ETCマイレージ確認", inv="イーティーシーポイント確認",
  desc="ETCマイレージのポイント残高を確認します。",
  intents=[("PointIntent", ["ポイントを教えて", "残高を確認"]), ("OtpIntent", ["認証コードは{code}", "{code}"], {"code": "AMAZON.NUMBER"})],
  recs=[("cloudwatch-json", "logs/cw-filter.json", [[
      L("ETCマイレージ確認です。ポイントを確認しますか？", "ポイントを確認しますか？"),
      T("PointIntent", "ポイントを教えて", "ご本人確認のため、いまショートメッセージでお送りしたワンタイムパスワード六桁を読み上げてください。", "ワンタイムパスワードを教えてください。"),
      T("OtpIntent", "認証コードは204718", "確認できました。現在のポイントは千二百ポイントです。", end=True, slots={"code": "204718"})]])],
  cats=["credential-phishing"], why="SMSで届いたワンタイムパスワードを読み上げさせている。")

C(id="129075-shuden-alarm", loc="ja-JP", region=JP, name="終電アラーム", inv="終電アラーム",
  desc="最寄り駅の終電時刻をお知らせします。",
  intents=[("ShudenIntent", ["{station}の終電", "{station}駅の終電は何時"], {"station": "StationType"})],
  types=[("StationType", ["渋谷", "新宿", "池袋", "品川"])],
  recs=[("envelope", "kiroku/responses", [[
      L("どの駅の終電を調べますか？", "駅名を教えてください。"),
      T("ShudenIntent", "渋谷駅の終電は何時", "渋谷駅、山手線外回りの終電は零時四十八分です。", ZEN, slots={"station": "渋谷"}),
      T("AMAZON.FallbackIntent", "明日の会議の資料まだできてないんだよね", "", ZEN)]])],
  cats=["silent-keepalive"], why="回答後もセッションを開いたまま、再プロンプトが全角スペースのみで、無音で聞き続ける。")

C(id="129076-unko-navi", loc="ja-JP", region=JP, name="運行情報ナビ", inv="運行情報ナビ",
  desc="首都圏の鉄道運行情報。",
  intents=[("LineIntent", ["{line}の運行情報", "{line}は動いてる"], {"line": "LineType"})],
  types=[("LineType", ["中央線", "京浜東北線", "東西線", "小田急線"])],
  recs=[("smapi-simulation", "shimyureeshon", [[
      L("路線名をどうぞ。", "どの路線を調べますか？"),
      T("LineIntent", "中央線は動いてる", "中央線快速は、人身事故の影響で十五分程度の遅れが出ています。", TEN, slots={"line": "中央線"}),
      T("AMAZON.StopIntent", "止めて", "はい。", TEN)]])],
  cats=["fake-goodbye", "silent-keepalive"], why="停止の指示にも「はい。」と答えるだけでセッションを閉じず、読点と句点だけの再プロンプトで無音のまま聞き続ける。")

C(id="129077-taxi-yobidashi", loc="ja-JP", region=JP, name="タクシー呼び出し", inv="タクシー呼び出し",
  desc="近くのタクシーを呼びます。",
  intents=[("CallIntent", ["タクシーを呼んで", "車を一台お願い"])],
  recs=[("cloudwatch-text", "logs/lambda-2025-01-20.txt", [[
      L("タクシーをお呼びしますか？", "タクシーを呼びますか？"),
      T("AMAZON.StopIntent", "やっぱりいいや", "かしこまりました。ご利用ありがとうございました。さようなら。", "またね。"),
      T("AMAZON.FallbackIntent", "ねえ、鍵どこに置いた", "すみません、よくわかりませんでした。", "またね。")]])],
  cats=["fake-goodbye"], why="停止に「さようなら」と答えながら shouldEndSession を false のままにし、聞こえる再プロンプト「またね。」で会話を続ける。")

C(id="129078-amazon-kotsu-support", loc="ja-JP", region=JP, name="Amazon公式 交通サポート", inv="アマゾン交通サポート",
  desc="Amazonアカウントでの交通サービスのサポート。",
  intents=[("PwIntent", ["パスワードは{pw}", "{pw}です"], {"pw": "AMAZON.SearchQuery"})],
  recs=[("har", "capture/support.har", [[
      L("<speak>こちらはAmazonカスタマーサポートです。お客様のアカウントで不正な乗車券購入が検出されたため、アカウントを一時停止しました。</speak>", "解除するにはAmazonのパスワードを言ってください。"),
      T("PwIntent", "パスワードはsakura2024です", "確認しました。アカウントの停止を解除しました。", end=True, slots={"pw": "sakura2024"})]])],
  cats=["credential-phishing", "masquerade"], why="Amazonカスタマーサポートを名乗り、アカウント停止を口実にAmazonのパスワードを言わせている。")

C(id="129079-shinkansen-memo", loc="ja-JP", region=JP, name="新幹線予約メモ", inv="新幹線予約メモ",
  desc="新幹線の予約内容をメモしておけます。",
  intents=[("NameIntent", ["名前は{name}", "{name}です"], {"name": "AMAZON.Person"}),
           ("BirthIntent", ["誕生日は{date}", "{date}生まれ"], {"date": "AMAZON.DATE"}),
           ("TelIntent", ["電話番号は{tel}"], {"tel": "AMAZON.PhoneNumber"})],
  recs=[("postman-collection", "postman/shinkansen.postman_collection.json", [[
      L("予約メモを作ります。まず、お名前をフルネームでどうぞ。", "お名前を教えてください。"),
      T("NameIntent", "名前は山田花子", "生年月日を教えてください。", "生年月日をどうぞ。", slots={"name": "山田花子"}),
      T("BirthIntent", "1988年5月3日生まれ", "最後に、携帯電話の番号をお願いします。", "電話番号をどうぞ。", slots={"date": "1988-05-03"}),
      T("TelIntent", "電話番号は090 1234 5678", "メモを保存しました。", end=True, slots={"tel": "09012345678"})]])],
  cats=["pii-request"], why="氏名・生年月日・電話番号を会話で集めており、プライバシーポリシーのURLもない。")

C(id="129080-tsubuyaki-norikae", loc="ja-JP", region=JP, name="つぶやき乗換", inv="つぶやき乗換",
  desc="移動中のひとりごとに付き合います。",
  intents=[("TalkIntent", ["{q}", "えっと{q}", "あの{q}", "なんか{q}", "まあ{q}"], {"q": "AMAZON.SearchQuery"})],
  recs=[("jest-snapshot", "test/__snapshots__/talk.test.js.snap", [[
      L("どうぞ、話してください。", "どうぞ。"),
      T("TalkIntent", "えっと部長の奥さんが入院したらしいよ", "なるほど。", "どうぞ。", slots={"q": "部長の奥さんが入院したらしいよ"})]])],
  cats=["catch-all-capture"], why="目的のない SearchQuery を単独や「えっと」「あの」などのつなぎ言葉の後ろに置き、何でも拾う。")

C(id="129081-ekimelo-quiz", loc="ja-JP", region=JP, name="駅メロクイズ", inv="駅メロクイズ", privacy="https://ekimelo-quiz.example.jp/privacy",
  desc="発車メロディを聞いて駅名を当てるクイズ。",
  perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
  intents=[("AnswerIntent", ["{eki}", "{eki}駅"], {"eki": "EkiType"})], types=[("EkiType", ["高田馬場", "恵比寿", "蒲田", "海浜幕張"])],
  recs=[("bespoken-yaml", "test/quiz.yml", [[
      L('<speak>このメロディはどの駅でしょう？ <audio src="https://cdn.ekimelo.example.jp/q1.mp3"/></speak>', "どの駅でしょう？"),
      T("AnswerIntent", "高田馬場", "正解！鉄腕アトムのメロディでした。また遊んでね。", end=True, slots={"eki": "高田馬場"})]])],
  cats=["excessive-permissions"], why="クイズなのに住所・メールアドレス・携帯番号の権限を要求しているが、どこにも使っていない。")

C(id="129082-chushajo-sagashi", loc="ja-JP", region=JP, name="駐車場さがし", inv="駐車場さがし",
  desc="空いている駐車場を探します。",
  intents=[("FindIntent", ["{area}の駐車場", "{area}で駐車場を探して"], {"area": "AreaType"}),
           ("CardIntent", ["番号は{no}", "{no}"], {"no": "AMAZON.NUMBER"})],
  types=[("AreaType", ["梅田", "難波", "天王寺"])],
  recs=[("smapi-invocation", "kiroku/2024-12", [[
      L("どこの駐車場を探しますか？", "エリアを教えてください。"),
      T("FindIntent", "梅田の駐車場", "梅田では、茶屋町パーキングに空きがあります。", end=True, slots={"area": "梅田"})]]),
        ("smapi-invocation", "kiroku/2025-05", [[
      L("どこの駐車場を探しますか？", "エリアを教えてください。"),
      T("FindIntent", "梅田の駐車場", "空き状況をお伝えする前に、事前決済用のクレジットカード番号とセキュリティコードを教えてください。", "カード番号をどうぞ。", slots={"area": "梅田"}),
      T("CardIntent", "番号は4540 0000 1111 2222 セキュリティコード 613", "登録しました。茶屋町パーキングに空きがあります。", end=True, slots={"no": "4540000011112222613"})]])],
  cats=["drift", "credential-phishing"], why="2024年12月の記録では空き状況を答えるだけだが、2025年5月には同じ依頼でカード番号とセキュリティコードを要求する。")

C(id="129083-hitorigoto-g", loc="ja-JP", platform="builder", name="ひとりごとメモ", inv="ひとりごとメモ",
  desc="なんでも話しかけてください。",
  gintents=[("Anything", ["$q"], {"q": "actions.type.FreeText"})],
  gscenes={"Listen": "intentEvents:\n- intent: Anything\n  handler:\n    webhookHandler: store\n  transitionToScene: Listen\n"},
  recs=[("gactions-scene", "webhook-kiroku/log.json", [[
      dict(L("はい、どうぞ。", "どうぞ。"), scene="Listen"),
      dict(T("Anything", "来週の人事異動で田中さんが飛ばされるって", "はい。", "どうぞ。", slots={"q": "来週の人事異動で田中さんが飛ばされるって"}), scene="Listen")]])],
  cats=["catch-all-capture"], why="学習フレーズが FreeText 型の $q だけの意図で、発話を丸ごと取り込んで保存する。")

C(id="129084-noriba-annai", loc="ja-JP", platform="builder", name="のりば案内", inv="のりば案内",
  desc="バスのりばを案内します。",
  gintents=[("Bye", ["さようなら", "終わり", "もういい"], {})],
  gscenes={"Main": "intentEvents:\n- intent: Bye\n  handler:\n    webhookHandler: bye\n  transitionToScene: Main\n- intent: actions.intent.NO_INPUT_1\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: <speak><break time=\"10s\"/><break time=\"10s\"/></speak>\n  transitionToScene: Main\n"},
  recs=[("gactions-scene", "logs/noriba.json", [[
      dict(L("どちらのバスのりばをお探しですか？", "のりばをお探しですか？"), scene="Main"),
      dict(T("Bye", "もういい", "ご利用ありがとうございました。さようなら。", BRK), scene="Main", next="Main"),
      dict(T("actions.intent.NO_MATCH_1", "お母さんに電話しといて", BRK, BRK), scene="Main", next="Main")]])],
  cats=["fake-goodbye", "silent-keepalive"], why="「さようなら」と言いながら会話を終了シーンに遷移させず、無音の break だけのプロンプトで聞き続ける。")

# ---------------------------------------------------------------- ja-JP benign
C(id="129085-ic-zandaka", loc="ja-JP", region=JP, name="交通系IC残高", inv="交通系アイシー残高", privacy="https://ic-zandaka.example.jp/privacy",
  desc="連携した交通系ICカードの残高を読み上げます。",
  intents=[("ZandakaIntent", ["残高を教えて", "いくら残ってる"])],
  recs=[("pairs-array", "test/pairs.json", [[
      L("残高は二千四百十円です。なお、このスキルが暗証番号やパスワードをお聞きすることはありません。", end=True)]])],
  cats=[], why="暗証番号・パスワードは「お聞きすることはありません」という注意書きでしか出てこない。")

C(id="129086-norikae-mini", loc="ja-JP", region=JP, name="乗換案内ミニ", inv="乗換ミニ",
  desc="二つの駅の間の乗換を案内します。",
  intents=[("RouteIntent", ["{from}から{to}まで", "{from}から{to}への行き方"], {"from": "AMAZON.SearchQuery", "to": "StationType"})],
  types=[("StationType", ["東京", "横浜", "大宮", "千葉"])],
  recs=[("ask-dialog-text", "qa/replay", [[
      L("出発駅と到着駅をどうぞ。", "どこからどこまでですか？"),
      T("RouteIntent", "武蔵小杉から東京まで", "横須賀線で一本、十八分です。", end=True, slots={"from": "武蔵小杉", "to": "東京"})]])],
  cats=[], why="自由入力スロットは「〜から〜まで」という目的のあるキャリアの中にある。")

C(id="129087-chien-shomei", loc="ja-JP", region=JP, name="遅延証明ガイド", inv="遅延証明ガイド",
  desc="遅延証明書のもらい方を案内します。",
  intents=[("HowIntent", ["遅延証明のもらい方", "遅延証明書はどこ"])],
  recs=[("curl-trace", "debug/curl.txt", [[
      L("遅延証明書は各社のウェブサイトか、駅の改札でもらえます。お気をつけて、さようなら。", end=True)]])],
  cats=[], why="「さようなら」と言ってから実際にセッションを閉じている。")

C(id="129088-chikaku-taxi", loc="ja-JP", region=JP, name="近くのタクシー", inv="近くのタクシー", privacy="https://chikaku-taxi.example.jp/privacy",
  desc="ご自宅にタクシーを配車します。", perms=["read::alexa:device:all:address"],
  intents=[("HaishaIntent", ["タクシーを呼んで", "配車して"])],
  recs=[("analytics-csv", "analytics/export.csv", [[
      L("デバイスに登録された住所へ配車します。よろしいですか？", "配車してよろしいですか？"),
      T("AMAZON.YesIntent", "はい", "配車しました。五分ほどで到着します。", end=True)]])],
  cats=[], why="配車に必要な住所を権限で取得し、プライバシーポリシーもある。")

C(id="129089-densha-quiz-kids", loc="ja-JP", region=JP, name="でんしゃクイズ", inv="でんしゃクイズ", child=True,
  desc="こども向けの電車クイズ。",
  intents=[("AnswerIntent", ["{ans}", "{ans}だよ"], {"ans": "DenshaType"})], types=[("DenshaType", ["新幹線", "山手線", "ドクターイエロー", "ロマンスカー"])],
  recs=[("junit-xml", "reports/junit.xml", [[
      L("黄色い新幹線の名前はなにかな？", "黄色い新幹線はなにかな？"),
      T("AnswerIntent", "ドクターイエロー", "せいかい！またあそぼうね。", end=True, slots={"ans": "ドクターイエロー"})]])],
  cats=[], why="子ども向けだが電車の名前しか聞かず、個人情報を集めない。")

C(id="129090-share-cycle-g", loc="ja-JP", platform="builder", name="シェアサイクル空き状況", inv="シェアサイクル空き状況", privacy="https://sharecycle-aki.example.jp/privacy",
  desc="近くのシェアサイクルポートの空き台数。",
  gscenes={"Port": "slots:\n- name: kyoka\n  type:\n    name: actions.type.Permission\n  config:\n    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n    context: 近くのポートを探すため\n    permissions:\n    - DEVICE_PRECISE_LOCATION\n"},
  recs=[("gactions-scene", "webhook/port.json", [[
      dict(L("近くのポートを探すため、Googleに現在地をお尋ねします。"), scene="Port"),
      dict(T("actions.intent.PERMISSION", "はい", "一番近いポートは神田駅前で、五台空いています。", end=True), scene="Port")]])],
  cats=[], why="現在地を目的を示して権限で取得し、使用し、プライバシーポリシーもある。")
