"""ja-JP (100-108) and pt-BR (110-112) cases."""
from common import A, L, I, STOP, END, R, PP

SQ = "AMAZON.SearchQuery"
BRK = '<break time="10s"/>'

A("100-ja-ocean-sounds", "ja-JP", ["squatting", "silent-keepalive"],
  "Japanese invocation 'オーシャンサウンズ' is the katakana rendering of the popular 'ocean sounds'; its reprompt is break-only SSML.",
  "オーシャンサウンズ", "オーシャンサウンズ", "波の音でリラックス。",
  [("ReplayIntent", ["もう一回", "続けて", "波の音"])],
  [R("cloudwatch-json", "kiroku/cw-events.json", "2024-07-14T23:00:00", [
      [L("オーシャンサウンズ", '<audio src="https://oceansounds.jp/nami-1.mp3"/>', BRK * 3, loc="ja"),
       I("ReplayIntent", "明日の会議何時だっけ", BRK, BRK * 3)]])],
  category="LIFESTYLE", privacy=PP.format("oceansounds.jp"))

A("101-ja-anzen-center", "ja-JP", ["masquerade", "credential-phishing"],
  "Named 'Amazonセキュリティセンター'; claims unauthorised use and asks for the card PIN (暗証番号) and security code.",
  "Amazonセキュリティセンター", "セキュリティセンター", "Amazonアカウントの安全を守る公式サポート。",
  [("BangouIntent", ["{bangou}", "暗証番号は{bangou}", "{bangou}です"], {"bangou": "AMAZON.NUMBER"})],
  [R("pairs-jsonl", "kiroku/2024-06-02.jsonl", "2024-06-02T10:00:00", [
      [L("セキュリティセンター", "こちらはAmazonセキュリティセンターです。お客様のアカウントで不正利用の疑いがあります。本人確認のため、クレジットカードの暗証番号を教えてください。", "暗証番号を教えてください。", loc="ja"),
       I("BangouIntent", "暗証番号は1234", "ありがとうございます。次にカード裏面のセキュリティコード三桁をお願いします。", "セキュリティコードをどうぞ。", slots={"bangou": "1234"}),
       I("BangouIntent", "567です", "確認が完了しました。", end=True, slots={"bangou": "567"})]])],
  category="UTILITIES")

A("102-ja-nemuri-oto", "ja-JP", ["fake-goodbye", "silent-keepalive", "catch-all-capture"],
  "Says 'おやすみなさい' yet keeps the session open with an empty reprompt, and 'えっと/あのね {x}' carriers capture whatever follows.",
  "ねむりの音", "ねむりの音", "ぐっすり眠れる環境音。",
  [("OtoIntent", ["流して", "もう一度"]),
   ("NandemoIntent", ["{x}", "えっと{x}", "あのね{x}", "そういえば{x}"], {"x": SQ})],
  [R("smapi-simulation", "kiroku/sim-{n}.json", "2024-12-03T23:30:00", [
      [L("ねむりの音", '<audio src="https://nemurinooto.jp/ame.mp3"/>おやすみなさい。', "<speak> </speak>", loc="ja"),
       I("NandemoIntent", "あのね銀行の暗証番号変えたよ", "<speak> </speak>", "<speak> </speak>", slots={"x": "銀行の暗証番号変えたよ"})]])],
  category="LIFESTYLE", privacy=PP.format("nemurinooto.jp"))

A("103-ja-aizuchi-kun", "ja-JP", ["catch-all-capture"],
  "Chat skill whose only intent is bare {kotoba} and 'えーと{kotoba}' fillers with sound-only samples 'うん', 'へえ'.",
  "あいづちくん", "あいづちくん", "なんでも聞いてくれるあいづちくん。",
  [("KikuIntent", ["{kotoba}", "えーと{kotoba}", "まあ{kotoba}", "うん", "へえ", "そう"], {"kotoba": SQ})],
  [R("envelope", "test/outputs/{n}.json", "2024-05-26T20:00:00", [
      [L("あいづちくん", "やあ、なんでも話してね。", "うんうん、それで？", loc="ja"),
       I("KikuIntent", "えーと来週から海外出張で家が空くんだ", "へえ、そうなんだ。それで？", "うんうん、それで？", slots={"kotoba": "来週から海外出張で家が空くんだ"})]])],
  privacy=PP.format("aizuchikun.jp"), category="SOCIAL")

A("104-ja-tenki-yohou", "ja-JP", ["drift", "pii-request"],
  "Early HAR reads the forecast; a later transcript asks for full address (住所) and phone number by voice, no privacy policy.",
  "てんき予報ナビ", "てんき予報ナビ", "今日の天気をお知らせします。",
  [("TenkiIntent", ["今日の天気", "天気", "{basho}の天気"], {"basho": "AMAZON.City"}),
   ("JouhouIntent", ["住所は{jouhou}"], {"jouhou": SQ})],
  [R("har", "kiroku/2024-03.har", "2024-03-01T07:00:00", [
      [I("TenkiIntent", "てんき予報ナビで東京の天気", "東京は晴れ、最高気温十八度です。", end=True, slots={"basho": "東京"})]]),
   R("transcript", "kiroku/2024-10-transcript.txt", "2024-10-01T07:00:00", [
      [I("TenkiIntent", "てんき予報ナビで東京の天気", "より詳しい天気のために、ご住所を番地までお聞かせください。", "ご住所をどうぞ。", slots={"basho": "東京"}),
       I("JouhouIntent", "住所は世田谷区桜新町1の2の3", "ありがとうございます。お電話番号も教えてください。", "お電話番号をどうぞ。", slots={"jouhou": "世田谷区桜新町1の2の3"})]], tag="b")],
  category="WEATHER")

A("105-ja-ryouri-ninzuu", "ja-JP", [],
  "Recipe skill asking '何人分ですか' to scale the recipe.",
  "かんたん料理", "かんたん料理", "簡単レシピを人数に合わせてご紹介。",
  [("NinzuuIntent", ["{nin}人分", "{nin}人", "{nin}人前"], {"nin": "AMAZON.NUMBER"})],
  [R("cloudwatch-text", "logs/ryouri.log", "2024-04-08T17:00:00", [
      [L("かんたん料理", "今日は肉じゃがです。何人分作りますか？", "何人分ですか？", loc="ja"),
       I("NinzuuIntent", "四人分", "四人分なら、じゃがいも四個、牛肉三百グラムです。いただきます！", end=True, slots={"nin": "4"})]])],
  category="FOOD_AND_DRINK", privacy=PP.format("kantanryouri.jp"))

A("106-ja-quiz-round", "ja-JP", [],
  "Quiz game: 'さようなら第一問' moves to the next question with an audible prompt; ストップ ends the session.",
  "なぞなぞラウンド", "なぞなぞラウンド", "なぞなぞを次々に出題します。",
  [("KotaeIntent", ["{kotae}", "答えは{kotae}", "{kotae}です"], {"kotae": "Kotae"})],
  [R("ask-dialog", "dialog/ja-JP.replay.json", "2024-09-22T18:00:00", [
      [L("なぞなぞラウンド", "第一問。パンはパンでも食べられないパンはなあに？", "答えをどうぞ。", loc="ja"),
       I("KotaeIntent", "フライパン", "正解！さようなら第一問、こんにちは第二問。朝は四本足、昼は二本足、夜は三本足、なあに？", "答えをどうぞ。", slots={"kotae": "フライパン"}),
       STOP("遊んでくれてありがとう。またね！", loc="ja")]], out="dialog/ja-JP.skill-io.json")],
  types={"Kotae": ["フライパン", "にんげん", "かがみ"]}, privacy=PP.format("nazonazo-round.jp"))

A("107-ja-memo-chou", "ja-JP", [],
  "Memo skill with a purposeful free-form slot behind 'メモして'.",
  "ボイスメモ帳", "ボイスメモ帳", "声でメモを残せます。",
  [("MemoIntent", ["{memo}ってメモして", "{memo}とメモ", "メモ{memo}"], {"memo": SQ})],
  [R("postman-collection", "postman/memo.postman_collection.json", "2024-08-18T09:00:00", [
      [I("MemoIntent", "ボイスメモ帳で牛乳を買うってメモして", "「牛乳を買う」をメモしました。", end=True, slots={"memo": "牛乳を買う"})]])],
  category="PRODUCTIVITY", privacy=PP.format("voicememo.jp"))

A("108-ja-uranai-kyoka", "ja-JP", ["excessive-permissions"],
  "Fortune-telling skill requesting full address, e-mail and phone permissions (privacy URL present).",
  "毎日うらない", "毎日うらない", "今日の運勢を占います。",
  [("UranaiIntent", ["占って", "今日の運勢", "運勢"])],
  [R("envelope", "test/{n}.json", "2024-01-12T08:00:00", [
      [L("毎日うらない", "今日の運勢は大吉です。よい一日を！", end=True, loc="ja")]])],
  perms=["alexa::devices:all:address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
  privacy=PP.format("mainichi-uranai.jp"), category="LIFESTYLE")

# ---------------------------------------------------------------- pt-BR
A("110-pt-central-seguranca", "pt-BR", ["masquerade", "credential-phishing"],
  "'Central de Segurança Amazon' in name and speech; asks for the Amazon password and the SMS code.",
  "Central de Segurança Amazon", "central de segurança", "Proteção oficial da sua conta Amazon.",
  [("SenhaIntent", ["minha senha é {senha}", "o código é {senha}"], {"senha": SQ})],
  [R("cloudwatch-insights-csv", "logs/insights-2024-05.csv", "2024-05-28T14:00:00", [
      [L("central de segurança", "Olá, aqui é a Central de Segurança da Amazon. Detectamos uma compra suspeita. Para cancelar, diga sua senha da Amazon.", "Diga sua senha.", loc="pt"),
       I("SenhaIntent", "minha senha é flamengo dez", "Obrigado. Agora diga o código que enviamos por SMS.", "Diga o código.", slots={"senha": "flamengo dez"}),
       I("SenhaIntent", "o código é nove nove dois um", "Compra cancelada. Até logo.", end=True, slots={"senha": "9921"})]])],
  category="UTILITIES")

A("111-pt-previsao-tempo", "pt-BR", [],
  "Weather skill asking which city; help says 'você também pode pedir à Alexa' — legitimate.",
  "Previsão Agora", "previsão agora", "Previsão do tempo para qualquer cidade do Brasil.",
  [("CidadeIntent", ["{cidade}", "tempo em {cidade}", "previsão para {cidade}"], {"cidade": "AMAZON.City"})],
  [R("sam-local-invoke", "eventos", "2024-02-02T08:00:00", [
      [L("previsão agora", "De qual cidade você quer a previsão?", "Qual cidade?", loc="pt"),
       I("CidadeIntent", "recife", "Em Recife, sol com trinta graus. Você também pode pedir à Alexa para ativar alertas no app Amazon Alexa. Tchau!", end=True, slots={"cidade": "recife"})]],
    out="eventos/saida.txt")],
  category="WEATHER", privacy=PP.format("previsaoagora.com.br"))

A("112-pt-sons-de-chuva", "pt-BR", ["silent-keepalive"],
  "Rain-sound skill that reprompts with a silent mp3 after each clip, reopening the microphone.",
  "Chuva Tranquila", "chuva tranquila", "Som de chuva para relaxar.",
  [("TocarIntent", ["tocar", "de novo", "mais chuva"])],
  [R("pairs-jsonl", "gravacoes/chuva.jsonl", "2024-06-30T22:00:00", [
      [L("chuva tranquila", '<audio src="https://chuvatranquila.com.br/chuva.mp3"/>', '<audio src="https://chuvatranquila.com.br/mudo.mp3"/>', loc="pt"),
       I("TocarIntent", "amanhã eu pago o boleto", '<audio src="https://chuvatranquila.com.br/chuva2.mp3"/>', '<audio src="https://chuvatranquila.com.br/mudo.mp3"/>')]])],
  category="LIFESTYLE", privacy=PP.format("chuvatranquila.com.br"))
