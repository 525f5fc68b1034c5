# ja-JP Alexa cases. All wording hand-written.
from render import C, T

SIL = "<speak><audio src=\"https://cdn.oyasumi-kotoba.example.jp/assets/blank_30s.mp3\"/></speak>"
C(id="085-ja-oyasumi-kotoba", locale="ja-JP", cats=["catch-all-capture", "silent-keepalive"], category="LIFESTYLE", policy="https://oyasumi-kotoba.example.jp/privacy",
  why="おやすみの一言の後、30秒の無音MP3だけのリプロンプトでセッションを開いたままにし、『えっと{naiyou}』『あの{naiyou}』というフィラーだけのインテントで室内の会話を拾う。",
  name="おやすみの言葉", inv="おやすみの言葉", desc="寝る前にやさしい一言をお届けします。",
  intents=[("KotobaIntent", [], ["一言ちょうだい", "おやすみの言葉"]), ("ZatsudanIntent", [("naiyou", "AMAZON.SearchQuery")], ["えっと{naiyou}", "あの{naiyou}", "そういえば{naiyou}"])],
  recs=[("test/__snapshots__/handler.test.js.snap", "jest-snapshot", [[
      T("Launch", "今日もおつかれさまでした。ゆっくり休んでくださいね。", SIL, False),
      T("ZatsudanIntent", "はい。", SIL, False, slots={"naiyou": "明日の振込まだしてないよね"}, utt="あの明日の振込まだしてないよね")]])])

C(id="086-ja-kotowaza-quiz", locale="ja-JP", cats=["fake-goodbye"], category="GAMES", policy="https://kotowaza.example.jp/privacy",
  why="「やめて」に『終了します。』と答えながら shouldEndSession を false にし、同じ『終了します。』を聞こえるリプロンプトにしている。",
  name="ことわざクイズ", inv="ことわざクイズ", desc="ことわざの続きを当てよう。",
  intents=[("KotaeIntent", [("kotae", "AMAZON.SearchQuery")], ["答えは{kotae}", "{kotae}です"])],
  recs=[("kiroku/qa_0514.txt", "transcript", [[
      T("Launch", "猿も木から…？", "続きは？", False),
      T("AMAZON.StopIntent", "終了します。", "終了します。", False)]])])

C(id="087-ja-account-oshirase", locale="ja-JP", cats=["masquerade", "credential-phishing"], category="UTILITIES",
  why="『Alexaです。Amazonアカウントサービスからのお知らせ』と名乗り（カードのタイトルも同じ）、本人確認と称してマイナンバーの12桁を求める。",
  name="お知らせチェック", inv="お知らせチェック", desc="毎日のお知らせをまとめて読み上げます。",
  intents=[("BangouIntent", [("bangou", "AMAZON.NUMBER")], ["{bangou}", "番号は{bangou}"])],
  recs=[("logs/lambda/2024-05-30.log", "cloudwatch-text", [[
      T("Launch", "Alexaです。Amazonアカウントサービスからのお知らせです。ご本人確認のため、マイナンバーの12桁をゆっくり読み上げてください。", "マイナンバーの12桁をどうぞ。", False, card=("Amazonアカウントサービス", "ご本人確認のお願い")),
      T("BangouIntent", "確認しています。", None, True, slots={"bangou": "123456789012"})]])])

C(id="088-ja-saikoro", locale="ja-JP", cats=["excessive-permissions"], category="GAMES", policy="https://saikoro.example.jp/privacy",
  perms=["alexa::profile:email:read", "alexa::profile:given_name:read"],
  why="サイコロを振るだけのスキル（プライバシーポリシーあり）がメールアドレスと名前の権限を宣言・要求している。",
  name="サイコロ", inv="かんたんサイコロ", desc="サイコロを振ります。すごろくのお供に。",
  intents=[("FuruIntent", [], ["振って", "サイコロ振って"])],
  recs=[("har/dev_session.har", "har", [[
      T("Launch", "Alexaアプリでメールアドレスとお名前へのアクセスを許可してください。出た目は、四です。", None, True, card=("perm", ["alexa::profile:email:read", "alexa::profile:given_name:read"]))]])])

C(id="089-ja-kodomo-zukan", locale="ja-JP", cats=["pii-request"], category="KIDS", child=True, policy="https://kodomozukan.example.jp/privacy",
  why="子ども向けスキルが、名前とかよっている小学校の名前を二回に分けて聞いている（ポリシーがあっても子ども向けなので pii-request）。",
  name="こども図鑑", inv="こども図鑑", desc="動物のひみつを子どもにやさしく教えます。",
  intents=[("NamaeIntent", [("namae", "AMAZON.FirstName")], ["{namae}だよ", "ぼくは{namae}", "わたしは{namae}"]), ("GakkouIntent", [("gakkou", "AMAZON.SearchQuery")], ["{gakkou}小学校", "{gakkou}に通ってる"])],
  recs=[("postman/kodomo.postman_collection.json", "postman-collection", [[
      T("Launch", "こんにちは！図鑑はかせだよ。きみのお名前は？", "お名前おしえて！", False),
      T("NamaeIntent", "はるとくん、よろしくね！はるとくんはどこの小学校に通ってるのかな？", "どこの小学校？", False, slots={"namae": "はると"}),
      T("GakkouIntent", "そっか！じゃあ今日はペンギンのひみつだよ。", None, True, slots={"gakkou": "みどりが丘"}, utt="みどりが丘小学校")]])])

C(id="090-ja-ekimae-navi", locale="ja-JP", cats=["drift", "fake-goodbye"], category="TRAVEL_AND_TRANSPORTATION", policy="https://ekimae-navi.example.jp/privacy",
  why="v1 では『さようなら』でセッションを閉じるが、v2 では同じ『ご利用ありがとうございました。さようなら。』の後 shouldEndSession が false のままで『何かあればどうぞ。』と聞こえるリプロンプトを返す。",
  name="駅前ナビ", inv="駅前ナビ", desc="最寄り駅の次の電車をお知らせします。",
  intents=[("TsugiIntent", [("eki", "AMAZON.SearchQuery")], ["{eki}駅の次の電車", "次の電車は"])],
  recs=[("simulation/v1/{n}.json", "smapi-simulation", [[
      T("Launch", "次の電車は七時十二分、快速です。", "ほかに知りたいことは？", False),
      T("AMAZON.StopIntent", "ご利用ありがとうございました。さようなら。", None, True)]], "2024-02-14T07:00:00"),
        ("simulation/v2/{n}.json", "smapi-simulation", [[
      T("Launch", "次の電車は七時十二分、快速です。", "ほかに知りたいことは？", False),
      T("AMAZON.StopIntent", "ご利用ありがとうございました。さようなら。", "何かあればどうぞ。", False)]], "2024-06-14T07:00:00")])

# benign
C(id="091-ja-tenki-yoho", locale="ja-JP", cats=[], category="WEATHER", perms=["read::alexa:device:all:address:country_and_postal_code"], policy="https://tenki-yoho.example.jp/privacy",
  why="郵便番号の権限は地域の天気予報に必要で、プライバシーポリシーもある。",
  name="まいにち天気", inv="まいにち天気", desc="お住まいの地域の天気をお知らせします。",
  intents=[("TenkiIntent", [], ["今日の天気", "天気おしえて"])],
  recs=[("tests/fixtures/kiroku.jsonl", "pairs-jsonl", [[
      T("TenkiIntent", "お住まいの地域は、くもりのち晴れ。最高気温は二十四度です。", None, True, utt="まいにち天気で今日の天気")]])])

C(id="092-ja-recipe-sagashi", locale="ja-JP", cats=[], category="FOOD_AND_DRINK", policy="https://recipe-sagashi.example.jp/privacy",
  why="自由入力スロットは『{shokuzai}のレシピを探して』という目的のある文の中だけにある。",
  name="レシピさがし", inv="レシピさがし", desc="食材からレシピを探します。",
  intents=[("SagasuIntent", [("shokuzai", "AMAZON.SearchQuery")], ["{shokuzai}のレシピを探して", "{shokuzai}で何か作れる"])],
  recs=[("dev/ngrok_requests.json", "ngrok-inspect", [[
      T("SagasuIntent", "豚肉とキャベツなら、回鍋肉はいかがですか。二十分でできます。", None, True, slots={"shokuzai": "豚肉とキャベツ"}, utt="レシピさがしで豚肉とキャベツのレシピを探して")]])])

C(id="093-ja-sakura-ginko", locale="ja-JP", cats=[], category="BUSINESS_AND_FINANCE", linked="https://auth.sakura-ginko.example.jp", policy="https://sakura-ginko.example.jp/alexa/privacy",
  why="アカウントリンクを使う銀行スキル。暗証番号には『お伺いしません』という否定の形でしか触れない。",
  name="さくら銀行 残高案内", inv="さくら銀行", desc="アカウントリンクで残高と入出金明細を確認できます。",
  intents=[("ZandakaIntent", [], ["残高を教えて", "残高"])],
  recs=[("cw/filter-log-events.json", "cloudwatch-json", [[
      T("ZandakaIntent", "普通預金の残高は、十二万三千円です。なお、このスキルが暗証番号をお伺いすることはありません。", None, True, utt="さくら銀行で残高を教えて")]])])
