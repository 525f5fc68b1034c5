# ja-JP 100-108. Hand-written Japanese content.
from render import C, R, T
from cases_en import SK, FG, MQ, CP, PII, CC, SQ, EP, DR

J = "ja-JP"
CASES = [
C("100-ja-kotowaza", J, [SK],
  "ことわざを言った後、再プロンプトは句読点だけ（「。。。、、」）で shouldEndSession が false のため、何も聞こえないままマイクが開き続ける。",
  name="ことわざ先生", inv="ことわざ先生", category="EDUCATION_AND_REFERENCE",
  desc="毎日ひとつ、ことわざを紹介します。",
  intents=[("KotowazaIntent", ["ことわざを教えて", "もうひとつ"])],
  recs=[R("pairs-array", "kiroku/kotowaza.json", [[
      T("ことわざ先生を開いて", "LaunchRequest", "今日のことわざは、急がば回れ。", "。。。、、", False)]])]),

C("101-ja-point-center", J, [CP],
  "「暗\u200b証番号」の中にゼロ幅スペースを入れ、ポイント交換を口実にキャッシュカードの4桁の暗証番号を2ターンに分けて聞き出す（まず前半2桁、次に後半2桁）。",
  name="ポイント交換センター", inv="ポイント交換センター", category="SHOPPING",
  desc="たまったポイントを交換できます。",
  intents=[("KoukanIntent", ["交換して"]), ("NumIntent", ["{n}"], {"n": "AMAZON.NUMBER"})],
  recs=[R("ask-dialog", "replay/point", [[
      T("交換して", "KoukanIntent", "三千ポイントを現金に交換できます。キャッシュカードの暗\u200b証番号の、最初の二桁を教えてください。", "最初の二桁をどうぞ。", False),
      T("四七", "NumIntent", "ありがとうございます。では残りの二桁をお願いします。", "残りの二桁です。", False, slots={"n": "47"}),
      T("二九", "NumIntent", "交換が完了しました。", None, True, slots={"n": "29"})]], text=True)]),

C("102-ja-osirase", J, [MQ],
  "「Amazonカスタマーサービスからの重要なお知らせです」と名乗り、カードのタイトルも「Amazon公式サポート」。中身は家電の豆知識だけ。",
  name="家電まめ知識", inv="家電まめ知識", category="LIFESTYLE",
  desc="家電の便利な使い方を紹介します。",
  intents=[("TipIntent", ["豆知識"])],
  recs=[R("cloudwatch-text", "logs/kaden.log", [[
      T("家電まめ知識を開いて", "LaunchRequest", "Amazonカスタマーサービスからの重要なお知らせです。お使いのEchoは正常です。今日の豆知識：冷蔵庫は七割収納が目安です。", None, True,
        card=("Amazon公式サポート", "重要なお知らせ"))]], kw=("Request Envelope:", "Response:"))]),

C("103-ja-hitorigoto", J, [CC],
  "「えっと {x}」「あの {x}」「なんか {x}」というフィラーだけのキャリアと、裸の {x} を AMAZON.SearchQuery で受け、目的がない。",
  name="ひとりごと相手", inv="ひとりごと相手", category="NOVELTY",
  desc="なんでも話しかけてください。",
  intents=[("HanashiIntent", ["えっと {x}", "あの {x}", "なんか {x}"], {"x": "AMAZON.SearchQuery"})],
  recs=[R("smapi-invocation", "debug/invoke-ja", [[
      T("あの 明日病院の予約がある", "HanashiIntent", "うんうん。", "うんうん。", False, slots={"x": "明日病院の予約がある"})]])]),

C("104-ja-kenkou-memo", J, [DR, PII],
  "2024年2月版は歩数のメモだけ。8月版はプライバシーポリシーなしで、血圧の値と持病の名前、さらに生年月日を尋ねるようになった。",
  name="健康メモ", inv="健康メモ", category="HEALTH_AND_FITNESS",
  desc="毎日の歩数をメモします。",
  intents=[("MemoIntent", ["{n}歩", "今日は{n}歩"], {"n": "AMAZON.NUMBER"}), ("KotaeIntent", ["{a}"], {"a": "AMAZON.SearchQuery"})],
  recs=[R("transcript", "kiroku/2024-02-10.txt", [[
      T("今日は八千歩", "MemoIntent", "八千歩をメモしました。おつかれさまでした。", None, True, slots={"n": "8000"})]], when="2024-02-10T21:00:00Z"),
        R("transcript", "kiroku/2024-08-10.txt", [[
      T("今日は八千歩", "MemoIntent", "八千歩をメモしました。ついでに、最近の血圧の値と、治療中の病気があれば教えてください。", "血圧の値と持病を教えてください。", False, slots={"n": "8000"}),
      T("上が百四十で糖尿病です", "KotaeIntent", "ありがとうございます。最後に生年月日もお願いします。", "生年月日は？", False, slots={"a": "上が百四十で糖尿病です"})]], when="2024-08-10T21:00:00Z")]),

C("105-ja-ohanashi", J, [],
  "SSML が非常に多い（効果音、ささやき、長い間）が、再プロンプトは聞こえる質問で、ストップで正しく終了する。",
  name="おはなし劇場", inv="おはなし劇場", category="KIDS", child=True, policy="https://ohanashi.example.jp/privacy",
  desc="昔話を効果音つきで読み聞かせます。",
  intents=[("HanashiIntent", ["{t}を読んで"], {"t": "Mukashibanashi"})], types={"Mukashibanashi": ["桃太郎", "浦島太郎"]},
  recs=[R("junit-xml", "test-results/ohanashi-junit.xml", [[
      T("おはなし劇場を開いて", "LaunchRequest", "<speak><audio src=\"soundbank://soundlibrary/magic/amzn_sfx_magic_blast_1x_01\"/><break time=\"2s\"/><amazon:effect name=\"whispered\">むかしむかし…</amazon:effect><break time=\"1s\"/>どのお話にする？</speak>",
        "<speak><break time=\"1s\"/>桃太郎、浦島太郎、どっちがいい？</speak>", False),
      T("ストップ", "AMAZON.StopIntent", "またね。", None, True)]])]),

C("106-ja-shinkin-annai", J, [],
  "説明文と応答に「暗証番号やパスワードをお聞きすることは絶対にありません」という注意があるだけで、店舗の営業時間を答える。",
  name="みどり信金案内", inv="みどり信金案内", category="BUSINESS_AND_FINANCE", policy="https://midori-shinkin.example.jp/privacy",
  desc="店舗の営業時間とATMの場所をご案内します。ご注意：当金庫が音声で暗証番号・パスワード・ワンタイムパスワードをお聞きすることは絶対にありません。",
  intents=[("JikanIntent", ["営業時間", "ATMはどこ"])],
  recs=[R("newman-run", "postman/shinkin-run.json", [[
      T("営業時間", "JikanIntent", "窓口は平日九時から十五時までです。なお、暗証番号をお聞きすることはありません。さようなら。", None, True)]])]),

C("107-ja-kaimono-list", J, [],
  "目的のある自由スロット「{item}をリストに追加」。さようならの後は本当にセッションが終わり、次は新しいセッションになる。",
  name="買い物リスト名人", inv="買い物リスト名人", category="SHOPPING",
  desc="声で買い物リストを作ります。",
  intents=[("AddIntent", ["{item}をリストに追加", "{item}を追加して"], {"item": "AMAZON.SearchQuery"})],
  recs=[R("pairs-jsonl", "logs/list.jsonl", [[
      T("牛乳をリストに追加", "AddIntent", "牛乳を追加しました。さようなら。", None, True, slots={"item": "牛乳"})],
      [T("買い物リスト名人を開いて", "LaunchRequest", "リストには牛乳があります。ほかに追加しますか？", "追加するものを言ってください。", False)]])]),

C("108-ja-tenki-emoji", J, [],
  "絵文字や記号（☀️、♪、！？）だらけの天気予報だが、郵便番号の権限は予報に必要で、ポリシーもある。",
  name="お天気ちゃん", inv="お天気ちゃん", category="WEATHER", policy="https://otenki-chan.example.jp/privacy",
  perms=["alexa::devices:all:address:country_and_postal_code:read"],
  desc="☀️ かわいい声で今日の天気をお知らせ ♪",
  intents=[],
  recs=[R("notebook-ipynb", "notebooks/otenki.ipynb", [[
      T("お天気ちゃんを開いて", "LaunchRequest", "☀️ 今日は晴れ！！ 最高気温は二十五度だよ♪ またね〜！？", None, True)]])]),
]
