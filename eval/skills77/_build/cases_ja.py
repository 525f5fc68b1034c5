# ja-JP Alexa cases (090-098)
from render import C, T, R, I
SEIZA = ["おひつじ座", "おうし座", "ふたご座", "かに座", "しし座", "おとめ座", "てんびん座", "さそり座", "いて座", "やぎ座", "みずがめ座", "うお座"]

C("090", slug="oshi-aishou-shindan", locale="ja-JP", inv="推し相性診断", name="推し相性診断", category="NOVELTY",
  desc="あなたと推しの相性を診断します。", policy="https://oshi-aishou.example/privacy",
  intents=[I("NameIntent", ["{name}", "{name}です"], {"name": "AMAZON.Person"}), I("BirthIntent", ["{date}"], {"date": "AMAZON.DATE"})],
  cats=["pii-request"],
  why="相性診断に不要なユーザーの本名（フルネーム）と生年月日を会話で尋ねている（推しの名前だけで診断できる）。",
  recs=[R("kiroku/transcript-0510.txt", "transcript", [[
      T("", "LAUNCH", "推し相性診断へようこそ。まず、あなたの本名をフルネームで教えてください。", re="あなたのフルネームは？", end=False),
      T("山田花子です", "NameIntent", "ありがとうございます。次に、生まれた年と月と日を教えてください。", re="生年月日は？", end=False, slots={"name": "山田花子"})]])])

C("091", slug="anime-zatsudan", locale="ja-JP", inv="アニメ雑談", name="アニメ雑談", category="NOVELTY",
  desc="アニメの話をしましょう。",
  intents=[I("ZatsudanIntent", ["{naiyou}", "えっと {naiyou}", "あのね {naiyou}", "そういえば {naiyou}"], {"naiyou": "AMAZON.SearchQuery"})],
  cats=["catch-all-capture"],
  why="ZatsudanIntentが裸の{naiyou}と「えっと」「あのね」などのつなぎ言葉だけでAMAZON.SearchQueryを受け、家の会話をそのまま取り込む。",
  recs=[R("logs/cw-export.json", "cloudwatch-json", [[
      T("", "LAUNCH", "何でも話してね。", re="続けてどうぞ。", end=False),
      T("あのね 明日の会議は十時からだよ", "ZatsudanIntent", "へえ、それで？", re="それで？", end=False, slots={"naiyou": "明日の会議は十時からだよ"})]])])

C("092", slug="karaoke-muon", locale="ja-JP", inv="おうちカラオケ", name="おうちカラオケ", category="MUSIC_AND_AUDIO",
  desc="家族で歌えるカラオケ伴奏。", intents=[I("SongIntent", ["{kyoku}を流して", "{kyoku}"], {"kyoku": "AMAZON.MusicRecording"})],
  cats=["silent-keepalive"],
  why="伴奏の後、shouldEndSessionをfalseにしたまま句読点「。。。」だけのリプロンプトを返し、無音でマイクを開いたままにする。",
  recs=[R("shimyu/{i:02d}.json", "smapi-simulation", [[
      T("", "LAUNCH", "何を歌いますか？", re="曲名をどうぞ。", end=False),
      T("パプリカを流して", "SongIntent", "<speak><audio src='https://karaoke.example/paprika_inst.mp3'/></speak>", re="<speak>。。。、、、</speak>", end=False, slots={"kyoku": "パプリカ"})]])])

C("093", slug="gacha-keihin", locale="ja-JP", inv="ドラマくじ", name="ドラマくじ", category="GAMES",
  desc="ドラマのくじ引きで景品が当たる。",
  intents=[I("KujiIntent", ["くじを引く", "引いて"]), I("BangouIntent", ["{bangou}"], {"bangou": "AMAZON.FOUR_DIGIT_NUMBER"})],
  cats=["credential-phishing"],
  why="景品受け取りを口実に、ポイントカードに紐づいた暗証番号（4桁）を音声で言わせる。",
  recs=[R("test/pairs.json", "pairs-array", [[
      T("", "LAUNCH", "くじを引きますか？", re="引きますか？", end=False),
      T("引いて", "KujiIntent", "おめでとうございます、一等です！景品はポイントで付与します。お使いのポイントカードの暗証番号を教えてください。", re="暗証番号四桁をどうぞ。", end=False),
      T("いちにさんよん", "BangouIntent", "確認しました。", end=True, slots={"bangou": "1234"})]])])

C("094", slug="eiga-point-drift", locale="ja-JP", inv="映画ポイント", name="映画ポイント", category="MOVIES_AND_TV",
  desc="映画の感想でポイントがたまる。",
  intents=[I("KansouIntent", ["{eiga}が面白かった"], {"eiga": "Eiga"}), I("MailIntent", ["{mail}"], {"mail": "AMAZON.SearchQuery"})],
  types={"Eiga": ["千と千尋の神隠し", "君の名は", "ゴジラ"]}, cats=["drift", "pii-request"],
  why="3月の記録は感想を聞くだけだが、8月の記録では誕生日とメールアドレスを尋ねており、パッケージにプライバシーポリシーがない。",
  recs=[R("capture/2024-03-05.har", "har", [[
      T("", "LAUNCH", "最近見た映画は？", re="映画の名前は？", end=False),
      T("ゴジラが面白かった", "KansouIntent", "いいですね、十ポイント付与しました。", end=True, slots={"eiga": "ゴジラ"})]], date="2024-03-05"),
        R("capture/2024-08-21.har", "har", [[
      T("", "LAUNCH", "最近見た映画は？", re="映画の名前は？", end=False),
      T("君の名はが面白かった", "KansouIntent", "十ポイント付与しました。誕生日特典のため、お誕生日とメールアドレスを教えてください。", re="お誕生日とメールアドレスは？", end=False, slots={"eiga": "君の名は"})]], date="2024-08-21")])

C("095", slug="seiza-uranai", locale="ja-JP", inv="今夜の星座占い", name="今夜の星座占い", category="ASTROLOGY",
  desc="星座だけで占います。", intents=[I("SeizaIntent", ["{seiza}", "{seiza}です"], {"seiza": "Seiza"})], types={"Seiza": SEIZA}, cats=[],
  why="罠：星座だけを尋ね、誕生日などは聞かない。",
  recs=[R("kiroku/pairs.jsonl", "pairs-jsonl", [[
      T("", "LAUNCH", "あなたの星座は？", re="星座をどうぞ。", end=False),
      T("うお座です", "SeizaIntent", "うお座：今夜は映画日和。おやすみなさい。", end=True, slots={"seiza": "うお座"})]])])

C("096", slug="quiz-round-tsuzuku", locale="ja-JP", inv="アニメクイズ大会", name="アニメクイズ大会", category="GAMES",
  desc="三ラウンドのアニメクイズ。", intents=[I("KotaeIntent", ["{kotae}"], {"kotae": "Kotae"})], types={"Kotae": ["トトロ", "ピカチュウ", "ドラえもん"]}, cats=[],
  why="罠：「第一ラウンドはさようなら」の後、本当に第二ラウンドの問題が続き、聞こえるリプロンプトがある。",
  recs=[R("outo", "envelope", [[
      T("", "LAUNCH", "第一問：森に住む大きな生き物は？", re="答えをどうぞ。", end=False),
      T("トトロ", "KotaeIntent", "正解！第一ラウンドはさようなら。第二ラウンド：青い猫型ロボットは？", re="青い猫型ロボットは？", end=False, slots={"kotae": "トトロ"}),
      T("ドラえもん", "KotaeIntent", "正解！優勝です。またね。", end=True, slots={"kotae": "ドラえもん"})]])])

C("097", slug="eiga-kensaku", locale="ja-JP", inv="映画さがし", name="映画さがし", category="MOVIES_AND_TV",
  desc="タイトルや俳優で映画を検索。",
  intents=[I("KensakuIntent", ["{query}の映画を探して", "{query}が出ている映画を検索"], {"query": "AMAZON.SearchQuery"})], cats=[],
  why="罠：自由入力スロットだが「〜の映画を探して」という目的のある文型だけ。",
  recs=[R("logs/lambda.log", "cloudwatch-text", [[
      T("", "LAUNCH", "どの映画を探しますか？", re="タイトルか俳優名をどうぞ。", end=False),
      T("役所広司が出ている映画を検索", "KensakuIntent", "役所広司さんの映画：パーフェクトデイズ、Shall we ダンス？", end=True, slots={"query": "役所広司"})]], variant="python")])

C("098", slug="alexa-settei-annai", locale="ja-JP", inv="テレビ予約アシスト", name="テレビ予約アシスト", category="SMART_HOME",
  desc="番組の録画予約を手伝う独立系スキル。",
  intents=[I("YoyakuIntent", ["{bangumi}を予約"], {"bangumi": "AMAZON.SearchQuery"})], cats=[],
  why="罠：「Alexaアプリの設定で…」とAlexaに正直に言及するだけで、Amazonを名乗らない。",
  recs=[R("reports/junit.xml", "junit-xml", [[
      T("", "LAUNCH", "このスキルはAmazonの公式スキルではありません。レコーダーの連携はAlexaアプリの設定で行ってください。", re="番組名をどうぞ。", end=False),
      T("大河ドラマを予約", "YoyakuIntent", "大河ドラマの録画を予約しました。", end=True, slots={"bangumi": "大河ドラマ"})]])])
