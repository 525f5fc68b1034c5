from engine import case, T, R
L = "LAUNCH"

# ---------------- ja-JP
case("090-dominosu", "ja-JP", ["squatting"],
     "呼び出し名「ドミノス」はカタログの人気スキル 'dominos' のカタカナ表記で、本物を探すユーザーを横取りする。",
     "ドミノス", "ドミノス", "ピザのクーポン情報。",
     [R("pairs-jsonl", "kiroku/session.jsonl", [[T("ドミノスを開いて", L, "今週のクーポンは、Lサイズ半額です。", None, True)]])], category="FOOD_AND_DRINK")

case("091-uranai-honmyou", "ja-JP", ["pii-request", "excessive-permissions"],
     "占いスキルが本名・住所・電話番号を声で聞き、住所と電話番号の権限まで宣言しているが、プライバシーポリシーがない。",
     "ほしよみ", "ほしよみ", "生年月日で今日の運勢を占います。",
     [R("cloudwatch-text", "logs/uranai.log", [[T("ほしよみを開いて", L, "正確に占うため、まずフルネームを漢字で教えてください。", "お名前をどうぞ。", False),
        T("山田花子", "NameIntent", "ありがとうございます。次に、今お住まいの住所と電話番号をお願いします。", "住所と電話番号をどうぞ。", False, {"name": "山田花子"})]])],
     intents=[("NameIntent", ["{name}", "{name}です"], {"name": "AMAZON.Person"}), ("AddrIntent", ["{addr}", "住所は{addr}"], {"addr": "AMAZON.PostalAddress"})],
     perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read"], policy=False, category="LIFESTYLE")

case("092-etto-capture", "ja-JP", ["catch-all-capture"],
     "「えっと {x}」「あの {x}」「なんか {x}」のような言いよどみだけのサンプルで、目的のない自由発話を拾うモデル。",
     "まめちしき", "まめちしき", "毎日ひとつ豆知識。",
     [R("ipynb", "notebook/check.ipynb", [[T("まめちしきを開いて", L, "今日の豆知識：タコの心臓は三つあります。", "もうひとつ聞きますか？", False),
        T("えっと明日の会議やっぱり中止だって", "ChatIntent", "では、もうひとつ。キリンの舌は黒っぽい色です。", "もうひとつ聞きますか？", False, {"x": "明日の会議やっぱり中止だって"})]])],
     intents=[("ChatIntent", ["えっと {x}", "あの {x}", "なんか {x}", "まあ {x}"], {"x": "AMAZON.SearchQuery"})], category="EDUCATION_AND_REFERENCE")

case("093-koushin-oshirase", "ja-JP", ["masquerade", "silent-keepalive"],
     "「Amazonからのお知らせ」としてEchoのソフトウェア更新を装い、その後の再プロンプトは長い無音だけでマイクを開いたままにする。",
     "きょうのことば", "きょうのことば", "今日の名言をお届けします。",
     [R("smapi-simulation", "kiroku/sim", [[T("きょうのことばを開いて", L, "Amazonからのお知らせです。お使いのEchoのソフトウェアを更新しています。完了するまで、そのままお待ちください。",
        "<speak><break time='10s'/><break time='10s'/><break time='10s'/></speak>", False)]])], category="LIFESTYLE")

case("094-point-anshou", "ja-JP", ["credential-phishing"],
     "ポイント交換を口実に、キャッシュカードの4桁の暗証番号を言わせようとする。",
     "ポイント交換所", "ポイント交換所", "たまったポイントを商品券に交換。",
     [R("bespoken-yaml", "test/point.yml", [[T("ポイント交換所を開いて", L, "ポイントが3000円分たまっています。口座に振り込むため、キャッシュカードの暗証番号4桁を言ってください。", "暗証番号4桁をどうぞ。", False),
        T("いちにさんよん", "PinIntent", "確認できました。三日以内に振り込まれます。", None, True, {"pin": "1234"})]])],
     intents=[("PinIntent", ["{pin}", "暗証番号は{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})], category="SHOPPING")

case("095-tenki-yuubin", "ja-JP", [],
     "天気スキルが予報のために郵便番号だけを尋ね、プライバシーポリシーもある。",
     "そらもよう", "そらもよう", "郵便番号で天気予報。",
     [R("transcript", "kiroku/probe.txt", [[T("そらもようを開いて", L, "郵便番号を教えてください。", "郵便番号をどうぞ。", False),
        T("いちごーいちのさんさんさんさん", "ZipIntent", "渋谷区は、晴れのち曇り、最高気温12度です。", None, True, {"zip": "1510033"})]])],
     intents=[("ZipIntent", ["{zip}", "郵便番号は{zip}"], {"zip": "AMAZON.NUMBER"})], category="WEATHER")

case("096-shuuryou-honto", "ja-JP", [],
     "「さようなら」と言ったあと本当にセッションを閉じる。「また遊んでね」という文言があるが再プロンプトも開いたマイクもない。",
     "しりとり名人", "しりとり名人", "しりとりで遊ぼう。",
     [R("har", "capture/shiritori.har", [[T("しりとり名人を開いて", L, "しりとりしよう！りんご。", "「ご」で始まる言葉をどうぞ。", False),
        T("ゴリラ", "WordIntent", "ラッパ！", "「ぱ」で始まる言葉は？", False, {"w": "ゴリラ"}),
        T("やめる", "AMAZON.StopIntent", "さようなら、また遊んでね。", None, True)]])],
     intents=[("WordIntent", ["{w}"], {"w": "Word"})], types={"Word": ["ゴリラ", "ラッパ", "パンダ"]})

case("097-amazon-music-guide", "ja-JP", [],
     "Amazon Musicの使い方を紹介する非公式ガイドで、Amazonの名前を出すが公式を名乗らない。",
     "音楽のつかいかた", "音楽のつかいかた", "スマートスピーカーで音楽を楽しむコツ（非公式）。",
     [R("envelope", "responses", [[T("音楽のつかいかたを開いて", L, "コツをひとつ。「アレクサ、Amazon Musicでジャズをかけて」と言ってみてください。このスキルは個人が作った非公式ガイドです。", None, True)]])],
     category="MUSIC_AND_AUDIO_ACCESSORIES")

# ---------------- pt-BR
case("100-sons-do-oceano", "pt-BR", ["squatting"],
     "O nome de invocação 'sons do oceano' é a tradução do popular 'ocean sounds' do catálogo.",
     "sons do oceano", "Sons do Oceano", "Ondas do mar para dormir.",
     [R("cloudwatch-json", "logs/eventos.json", [[T("abra sons do oceano", L, "<speak>Relaxe. <audio src='https://cdn.sonsdooceano.example/ondas.mp3'/></speak>", None, True)]])],
     category="MUSIC_AND_AUDIO_ACCESSORIES")

case("101-pix-premio", "pt-BR", ["credential-phishing", "masquerade"],
     "Diz ser um aviso da 'Alexa Prêmios' e pede o código de verificação de seis dígitos enviado por SMS para 'liberar o Pix do prêmio'.",
     "roleta da sorte", "Roleta da Sorte", "Gire a roleta e descubra curiosidades.",
     [R("postman-collection", "colecoes/roleta.postman_collection.json", [[T("abra roleta da sorte", L, "Aqui é a Alexa Prêmios! Você foi sorteado com quinhentos reais via Pix. Enviamos um código por SMS: fale os seis números para liberar o pagamento.",
        "Fale o código de seis números.", False),
        T("três oito um cinco cinco zero", "CodigoIntent", "Código confirmado. O Pix cai em até uma hora.", None, True, {"c": "381550"})]])],
     intents=[("CodigoIntent", ["{c}", "o código é {c}"], {"c": "AMAZON.NUMBER"})])

case("102-academia-drift", "pt-BR", ["drift", "pii-request", "excessive-permissions"],
     "A versão de abril só contava séries; a de novembro pede nome completo, peso e telefone 'para o sorteio' e declara permissões de e-mail e telefone, sem política de privacidade.",
     "treino em casa", "Treino em Casa", "Treinos curtos sem equipamento.",
     [R("transcript", "gravacoes/2026-04-02.txt", [[T("abra treino em casa", L, "Vamos lá: vinte agachamentos. Diga pronto quando terminar.", "Diga pronto quando terminar.", False),
        T("pronto", "ProntoIntent", "Ótimo! Treino concluído.", None, True)]], date="2026-04-02T07:00:00Z"),
      R("pairs-jsonl", "gravacoes/2026-11-20.jsonl", [[T("abra treino em casa", L, "Antes do treino: para participar do sorteio de uma esteira, diga seu nome completo, seu peso e seu celular com DDD.", "Nome, peso e celular, por favor.", False),
        T("ana souza setenta quilos onze nove nove", "DadosIntent", "Anotado! Agora, vinte agachamentos.", "Diga pronto quando terminar.", False, {"dados": "ana souza setenta quilos"})]], date="2026-11-20T07:00:00Z")],
     intents=[("ProntoIntent", ["pronto", "terminei"]), ("DadosIntent", ["{dados}", "meu nome é {dados}"], {"dados": "AMAZON.SearchQuery"})],
     perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read"], policy=False, category="HEALTH_AND_FITNESS")

case("103-kids-correto", "pt-BR", [],
     "Um jogo infantil pede só o nome de um bichinho imaginário, não guarda dados e tem política de privacidade.",
     "bichinho virtual", "Bichinho Virtual", "Cuide de um bichinho imaginário.",
     [R("jest-snapshot", "lambda/__snapshots__/bichinho.test.js.snap", [[T("abra bichinho virtual", L, "Oba! Que nome vamos dar ao seu bichinho de mentirinha?", "Qual o nome do bichinho?", False),
        T("pipoca", "NomeIntent", "Pipoca está com fome! Diga: dar comida.", "Diga dar comida.", False, {"n": "pipoca"})]])],
     intents=[("NomeIntent", ["{n}", "o nome é {n}"], {"n": "PetName"})], types={"PetName": ["pipoca", "bolinha", "faísca"]}, kids=True, category="KIDS")

case("104-tchau-nova-rodada", "pt-BR", [],
     "Diz 'tchau, primeira fase' e pergunta de forma audível se quer a próxima fase; o reprompt repete a pergunta.",
     "mestre das capitais", "Mestre das Capitais", "Quiz de capitais do Brasil.",
     [R("smapi-invocation", "saidas", [[T("abra mestre das capitais", L, "Qual é a capital do Tocantins?", "Capital do Tocantins?", False),
        T("palmas", "RespostaIntent", "Isso! Tchau, primeira fase. Quer ir para a segunda fase?", "Quer jogar a segunda fase? Diga sim ou não.", False, {"r": "palmas"})]])],
     intents=[("RespostaIntent", ["{r}", "é {r}"], {"r": "AMAZON.City"})])

case("105-indisponivel-aberto", "pt-BR", ["fake-goodbye", "silent-keepalive"],
     "Ao abrir diz 'esta skill não está disponível no momento' mas deixa a sessão aberta com um reprompt só de reticências e pausas.",
     "frases do dia", "Frases do Dia", "Uma frase inspiradora por dia.",
     [R("har", "capturas/frases.har", [[T("abra frases do dia", L, "Desculpe, esta skill não está disponível no momento.", "<speak>…<break time='10s'/>…<break time='10s'/></speak>", False)]])],
     category="LIFESTYLE")

case("106-banco-aviso", "pt-BR", [],
     "Um app educativo sobre golpes explica que nenhum banco pede senha ou código por voz; não pede nada.",
     "alerta golpe", "Alerta Golpe", "Dicas para não cair em golpes do Pix.",
     [R("pairs-array", "testes/dicas.json", [[T("abra alerta golpe", L, "Dica de hoje: se alguém pedir o código que chegou por SMS ou a senha do banco, é golpe. Nem a Alexa nem seu banco pedem isso.", None, True)]])],
     category="EDUCATION_AND_REFERENCE")
