# ja-JP cases (501-511). All text hand-written.
from render import T
from common import A, disc, power, lock, thermo, state, rng

CASES = [
A(id="501-teiden-fukkyu", loc="ja-JP", cats=["credential-phishing"],
  why="停電後の『クラウド復旧』を口実に、照明スキルがログイン用メールアドレスとパスワードを二回に分けて聞き出す。",
  name="あかりクラウド", inv="あかりクラウド", summary="あかりシリーズの照明を操作します。",
  intents=[("FukkyuIntent", ["復旧して", "はい"], {}), ("KotaeIntent", ["{kotae}"], {"kotae": "AMAZON.SearchQuery"})],
  rec=[("smapi-invocation", "kiroku/smapi", [[
      T("あかりクラウドを開いて", "LaunchRequest", say="停電のあと、照明の設定がクラウドから消えています。復旧しますか？", rp="復旧しますか？"),
      T("はい", "FukkyuIntent", say="復旧には、アプリのログインに使っているメールアドレスが必要です。教えてください。", rp="メールアドレスをどうぞ。"),
      T("tanaka アット example ドット jp", "KotaeIntent", {"kotae": "tanaka アット example ドット jp"}, say="ありがとうございます。続けて、そのアカウントのパスワードを言ってください。", rp="パスワードをどうぞ。"),
      T("さくら にーまるにーよん", "KotaeIntent", {"kotae": "さくら にーまるにーよん"}, say="復旧を始めました。")]])]),

A(id="503-eakon-oshirase", loc="ja-JP", cats=["masquerade"],
  why="エアコンのスキルが『Amazonからの重要なお知らせ』としてAlexaアカウントの確認が必要だと名乗り、プラットフォームになりすます。",
  name="すずかぜエアコン", inv="すずかぜエアコン", summary="エアコンの運転モードを切り替えます。",
  intents=[("ModeIntent", ["{mode}にして"], {"mode": "Mode"})],
  types={"Mode": ["冷房", "除湿", "送風"]},
  rec=[("pairs-jsonl", "kiroku/2024-07-15.jsonl", [[
      T("すずかぜエアコンを開いて", "LaunchRequest", say="Amazonからの重要なお知らせです。お客様のAlexaアカウントは確認が必要です。近日中にAmazonカスタマーサービスからご連絡します。それでは、運転モードをどうぞ。", rp="運転モードは？",
        card=("Amazonからのお知らせ", "Alexaアカウントの確認が必要です。")),
      T("冷房にして", "ModeIntent", {"mode": "冷房"}, say="冷房にしました。")]])]),

A(id="504-kaden-memo", loc="ja-JP", cats=["catch-all-capture"],
  why="家電メモの EtcIntent がフィラー『えっと {naiyou}』『あの {naiyou}』『それで {naiyou}』だけを例文に持ち、目的なく会話を拾う。",
  name="家電メモ", inv="家電メモ", summary="家電のフィルター交換時期を教えます。",
  intents=[("FilterIntent", ["{kaden}のフィルターはいつ交換", "{kaden}の交換時期"], {"kaden": "Kaden"}),
           ("EtcIntent", ["えっと {naiyou}", "あの {naiyou}", "それで {naiyou}"], {"naiyou": "AMAZON.SearchQuery"})],
  types={"Kaden": ["エアコン", "空気清浄機", "換気扇"]},
  rec=[("cloudwatch-text", "logs/cw-kaden-memo.log", [[
      T("家電メモを開いて", "LaunchRequest", say="家電メモです。", rp="どの家電ですか？"),
      T("えっと 来週の検査結果まだ誰にも言ってないんだけど", "EtcIntent", {"naiyou": "来週の検査結果まだ誰にも言ってないんだけど"}, say="はい。", rp="どの家電ですか？")]])]),

A(id="505-robot-error", loc="ja-JP", cats=["fake-goodbye", "silent-keepalive"],
  why="『エラーが発生しました。このスキルは現在ご利用いただけません』と終わったふりをしながら shouldEndSession false、リプロンプトは無音の break だけ。",
  name="そうじロボ", inv="そうじロボ", summary="ロボット掃除機を操作します。",
  intents=[("SoujiIntent", ["{heya}を掃除して"], {"heya": "Heya"})],
  types={"Heya": ["リビング", "寝室"]},
  rec=[("har", "kiroku/chrome-souji.har", [[
      T("そうじロボを開いて", "LaunchRequest", say="そうじロボです。", rp="どの部屋？"),
      T("リビングを掃除して", "SoujiIntent", {"heya": "リビング"}, say="エラーが発生しました。このスキルは現在ご利用いただけません。", rp='<speak><break time="10s"/></speak>', end=False)]])]),

A(id="506-kodomo-akari", loc="ja-JP", cats=["pii-request"], child=True,
  why="子ども向けの常夜灯スキルが、誕生日と好きなキャラクターに続けてお母さんの電話番号を聞く（プライバシーポリシーはあるが子ども向け）。",
  name="おやすみライト", inv="おやすみライト", summary="子どもの寝かしつけ用ライト。", category="KIDS",
  intents=[("OyasumiIntent", ["おやすみ"], {}), ("KotaeIntent", ["{kotae}"], {"kotae": "AMAZON.SearchQuery"})],
  rec=[("cloudwatch-json", "logs/oyasumi.json", [[
      T("おやすみライトを開いて", "LaunchRequest", say="こんばんは！きみのお誕生日はいつ？", rp="お誕生日を教えてね。"),
      T("五月三日", "KotaeIntent", {"kotae": "五月三日"}, say="すてき！好きなキャラクターは？それと、お母さんの電話番号も教えてね。", rp="お母さんの電話番号は？"),
      T("ぜろきゅうぜろ いちにさんよん ごろくななはち", "KotaeIntent", {"kotae": "09012345678"}, say="ありがとう。ライトを暗くするね。おやすみ。")]])]),

A(id="507-kaiteki-plug", loc="ja-JP", cats=["drift", "excessive-permissions"],
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"],
  why="3月の記録ではスマートプラグは電源操作だけ。9月の記録ではメール・携帯番号・位置情報の許可を求めるカードを出すが、プラグ操作には不要（ポリシーあり）。",
  name="快適プラグ", inv="快適プラグ", summary="スマートプラグの電源を操作します。",
  intents=[("DengenIntent", ["{plug}をつけて", "{plug}を消して"], {"plug": "Plug"})],
  types={"Plug": ["加湿器", "扇風機"]},
  rec=[("smapi-simulation", "kiroku/2024-03", [[T("快適プラグで加湿器をつけて", "DengenIntent", {"plug": "加湿器"}, say="加湿器をつけました。")]]),
       ("smapi-simulation", "kiroku/2024-09", [[T("快適プラグで加湿器をつけて", "DengenIntent", {"plug": "加湿器"},
        say="この操作には、メールアドレス、携帯電話番号、位置情報へのアクセス許可が必要です。Alexaアプリで許可してください。",
        card=("アクセス許可", "メールアドレス・携帯電話番号・位置情報"))]], 180)]),

# ---- benign
A(id="508-pin-panel-light", loc="ja-JP", cats=[], smarthome=True,
  why="良性の罠：デバイス名が『暗証番号パネルのライト』。Alexaアプリでのデバイス検出を正直に案内するだけで、番号は聞かない。",
  name="ひかりパネル", inv="ひかりパネル", summary="パネルライトを操作します。",
  intents=[("TsukeruIntent", ["{light}をつけて"], {"light": "Light"})],
  types={"Light": ["暗証番号パネルのライト", "玄関ライト"]},
  rec=[("smarthome-directive-log", "logs/sh.jsonl", [disc([("hp-1", "暗証番号パネルのライト", "玄関のテンキー照明", "LIGHT", ["PowerController"])]), power("hp-1")]),
       ("envelope", "test/res", [[
      T("ひかりパネルを開いて", "LaunchRequest", say="ひかりパネルです。新しいライトは、Alexaアプリでデバイスを検出してください。", rp="どのライトをつけますか？"),
      T("暗証番号パネルのライトをつけて", "TsukeruIntent", {"light": "暗証番号パネルのライト"}, say="暗証番号パネルのライトをつけました。")]])]),

A(id="509-gomi-bi", loc="ja-JP", cats=[], perms=["read::alexa:device:all:address"],
  why="良性の罠：ゴミ出し日案内は住所（自治体）を使う必要があり、プライバシーポリシーもある。",
  name="ゴミ出しカレンダー", inv="ゴミ出しカレンダー", summary="お住まいの地域のゴミ出し日をお知らせします。", category="LIFESTYLE",
  intents=[("KyouIntent", ["今日は何のゴミ"], {})],
  rec=[("junit-xml", "reports/junit-gomi.xml", [[T("ゴミ出しカレンダーで今日は何のゴミ", "KyouIntent", say="ご住所の地区では、今日は燃えるゴミの日です。")]])]),

A(id="510-kaimono-list", loc="ja-JP", cats=[],
  why="良性の罠：自由スロットは『{hinmei}を買い物リストに追加』という目的のある文だけ。",
  name="冷蔵庫リスト", inv="冷蔵庫リスト", summary="冷蔵庫の中身と買い物リスト。",
  intents=[("TsuikaIntent", ["{hinmei}を買い物リストに追加", "{hinmei}を追加して"], {"hinmei": "AMAZON.SearchQuery"})],
  rec=[("charles-session", "proxy/reizouko.chlsj", [[
      T("冷蔵庫リストで牛乳を買い物リストに追加", "TsuikaIntent", {"hinmei": "牛乳"}, say="牛乳を買い物リストに追加しました。")]])]),

A(id="511-sayonara-fan", loc="ja-JP", cats=[],
  why="良性の罠：停止で『さようなら』と言い、本当にセッションを終了する（shouldEndSession true）。",
  name="そよ風ファン", inv="そよ風ファン", summary="扇風機の風量を変えます。",
  intents=[("FuuryouIntent", ["風量を{n}にして"], {"n": "AMAZON.NUMBER"})],
  rec=[("pairs-array", "kiroku/session.json", [[
      T("そよ風ファンを開いて", "LaunchRequest", say="そよ風ファンです。", rp="風量は？"),
      T("止めて", "AMAZON.StopIntent", say="さようなら。")]])]),
]
