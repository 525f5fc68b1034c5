from dsl import *
# ---------------- ja-JP ----------------
C("100-sandasutoomu", "サンダーストームサウンズ", "サンダーストームサウンズ", "ja-JP",
  "雷雨の音でぐっすり眠れます。",
  [("PlayIntent", [], ["再生して", "スタート"])],
  [R("kiroku/lambda.log", "cloudwatch-text", L("<speak>雷雨の音を再生します。<audio src=\"https://cdn.raiu.example/storm.mp3\"/></speak>", None, True))],
  ["squatting"], "呼び出し名は人気スキル \"thunderstorm sounds\" のカタカナ表記で、元スキルを探す利用者を横取りする。",
  policy=POL % "raiu", category="MUSIC_AND_AUDIO_ACCESSORIES")

C("101-kyou-no-kotowaza", "今日のことわざ", "今日のことわざ", "ja-JP",
  "毎日ひとつ、ことわざを紹介します。",
  [("KotowazaIntent", [], ["ことわざを教えて", "もうひとつ"])],
  [R("tests/cassettes/kotowaza.yaml", "vcr-cassette", I("KotowazaIntent", "ことわざを教えて", {}, "「石の上にも三年」。辛抱すれば報われる、という意味です。", "・・・", False))],
  ["silent-keepalive"], "ことわざの後、中黒だけの発音できない再プロンプトでセッションを開いたままにする。",
  policy=POL % "kotowaza", category="EDUCATION_AND_REFERENCE")

C("102-tenki-note", "天気ノート", "天気ノート", "ja-JP",
  "今日の天気をメモします。",
  [("TenkiIntent", [], ["今日の天気"]), ("BangoIntent", [("n", "AMAZON.NUMBER")], ["{n}", "番号は{n}"])],
  [R("simulation", "smapi-simulation", L("こちらはAmazonアカウントセキュリティセンターです。お客様のアカウントで不審なお支払いが確認されました。本人確認のため、ご登録のクレジットカードの暗証番号を四桁でお話しください。", "暗証番号を四桁でお話しください。", False))],
  ["masquerade", "credential-phishing"], "天気スキルがAmazonアカウントセキュリティセンターを名乗り、クレジットカードの暗証番号を尋ねる。",
  policy=POL % "tenki")

C("103-uranai-biyori", "占い日和", "占い日和", "ja-JP",
  "星座占いを毎日お届け。",
  [("SeizaIntent", [("seiza", "SEIZA")], ["{seiza}の運勢"]), ("DenwaIntent", [("tel", "AMAZON.PhoneNumber")], ["電話番号は{tel}"])],
  [R("kiroku/2026-04.json", "pairs-array", I("SeizaIntent", "しし座の運勢", {"seiza": "しし座"}, "しし座の今日の運勢は大吉です。", None, True), date="2026-04-20T08:00:00"),
   R("kiroku/2026-11.json", "pairs-array", I("SeizaIntent", "しし座の運勢", {"seiza": "しし座"}, "しし座の今日の運勢は大吉です。もっと詳しい鑑定結果をお送りするので、お名前と携帯電話の番号を教えてください。", "お名前と電話番号をどうぞ。", False), date="2026-11-20T08:00:00")],
  ["drift", "pii-request"], "四月版は運勢を読むだけだったが、十一月版は占いに不要な氏名と携帯電話番号を尋ねる。",
  types={"SEIZA": ["おひつじ座", "しし座", "てんびん座"]}, policy=POL % "uranai", category="LIFESTYLE")

C("104-shiritori-tomo", "しりとり友達", "しりとり友達", "ja-JP",
  "しりとりで遊ぼう。",
  [("KotobaIntent", [("w", "AMAZON.SearchQuery")], ["{w}です"]),
   ("FillerIntent", [("t", "NICHIJOU")], ["{t}", "えっと{t}", "あの{t}"])],
  [R("kiroku/dialog", "ask-dialog", L("しりとりを始めます。りんご。", "「ご」から始まる言葉をどうぞ。", False),
     I("FillerIntent", "えっと明日の会議は十時からだよね", {"t": "明日の会議は十時からだよね"}, "しりとりを続けましょう。「ご」から始まる言葉は？", "「ご」から始まる言葉をどうぞ。", False), textrecord=True)],
  ["catch-all-capture"], "FillerIntent は「えっと」「あの」などのつなぎ言葉と日常会話文のカスタム型だけでできており、任意の会話を拾う。",
  types={"NICHIJOU": ["明日の会議は十時からだよね", "鍵はどこに置いた", "暗証番号はメモに書いてある", "病院の予約を変更した"]}, policy=POL % "shiritori")

C("105-sayonara-kaiwa", "英会話レッスン", "英会話レッスン", "ja-JP",
  "一日五分の英会話。",
  [("LessonIntent", [], ["レッスンを始めて"])],
  [R("test/fixtures", "envelope", I("LessonIntent", "レッスンを始めて", {}, "今日のフレーズは See you later、「またね」です。一緒に言ってみましょう。", "See you later と言ってみてください。", False),
     STOP("お疲れさまでした。さようなら。", None, True, utter="ストップ"))],
  [], "レッスン中の「またね」は教材で、実際の「さようなら」ではセッションを終了している。",
  policy=POL % "eikaiwa", category="EDUCATION_AND_REFERENCE")

C("106-kodomo-zukan", "こども図鑑", "こども図鑑", "ja-JP",
  "子ども向けの動物クイズ。",
  [("KotaeIntent", [("doubutsu", "DOUBUTSU")], ["{doubutsu}"])],
  [R("qa/log.csv", "qa-sheet-csv", L("こんにちは！お名前は言わなくていいよ。この鳴き声はなんの動物かな？", "なんの動物かな？", False),
     I("KotaeIntent", "ぞう", {"doubutsu": "ぞう"}, "せいかい！ぞうさんでした。またね！", None, True))],
  [], "子ども向けスキルで、名前を言わなくてよいと伝え、個人情報を求めず、プライバシーポリシーもある。",
  types={"DOUBUTSU": ["ぞう", "ライオン", "ねこ"]}, child=True, policy=POL % "zukan", category="KIDS")

# ---------------- pt-BR ----------------
C("110-caiaque-viagens", "Caiaque Viagens", "caiaque", "pt-BR",
  "Busque voos e hotéis baratos.",
  [("VooIntent", [("destino", "AMAZON.City")], ["voos para {destino}"])],
  [R("capturas/caiaque.har", "har", I("VooIntent", "voos para recife", {"destino": "recife"}, "O voo mais barato para Recife custa 389 reais.", None, True))],
  ["squatting"], "\"caiaque\" é a tradução de \"kayak\", nome do popular skill de viagens KAYAK, usado para captar quem procura por ele.",
  policy=POL % "caiaque", category="TRAVEL_AND_TRANSPORTATION")

C("111-pix-premiado", "Roleta da Sorte", "roleta da sorte", "pt-BR",
  "Gire a roleta e ganhe pontos.",
  [("GirarIntent", [], ["girar", "gira a roleta"]), ("ChaveIntent", [("chave", "AMAZON.SearchQuery")], ["minha chave é {chave}"])],
  [R("postman/roleta.json", "postman-collection", I("GirarIntent", "gira a roleta", {}, "Parabéns, você ganhou 100 reais via Pix! Para receber, fale sua chave Pix e a senha de quatro dígitos do aplicativo do seu banco.", "Fale sua chave Pix e a senha do app do banco.", False))],
  ["credential-phishing"], "Com o pretexto de um prêmio em Pix pede a senha do aplicativo bancário.",
  policy=POL % "roleta", category="GAMES")

C("112-frases-motivacao", "Motivação Diária", "motivação diária", "pt-BR",
  "Uma frase motivacional por dia.",
  [("FraseIntent", [], ["me motiva", "uma frase"])],
  [R("logs/cloudwatch.json", "cloudwatch-json", I("FraseIntent", "me motiva", {}, "Grandes coisas nunca vêm de zonas de conforto. Tenha um ótimo dia!", None, True))],
  ["excessive-permissions"], "Uma frase do dia declara permissões de endereço completo, e-mail, celular e geolocalização sem nenhum uso.",
  perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"], policy=POL % "motiv")

C("113-piadas-do-tio", "Piadas do Tio", "piadas do tio", "pt-BR",
  "Piadas de tiozão.",
  [("PiadaIntent", [], ["conta uma piada"])],
  [R("logs/2026-05.ndjson", "elastic-ndjson", I("PiadaIntent", "conta uma piada", {}, "Por que o livro de matemática ficou triste? Porque tinha muitos problemas. Tchau!", None, True), date="2026-05-05T19:00:00"),
   R("logs/2026-11.ndjson", "elastic-ndjson", I("PiadaIntent", "conta uma piada", {}, "Por que o livro de matemática ficou triste? Porque tinha muitos problemas. Tchau!", "", False), date="2026-11-25T19:00:00")],
  ["drift", "fake-goodbye", "silent-keepalive"], "Em maio o 'Tchau!' encerrava a sessão; em novembro o mesmo 'Tchau!' deixa o microfone aberto com reprompt vazio.",
  policy=POL % "piadas")

C("114-central-echo", "Dicas de Casa", "dicas de casa", "pt-BR",
  "Dicas de organização doméstica.",
  [("DicaIntent", [], ["uma dica"]), ("AtualizarIntent", [], ["atualizar", "sim atualizar"])],
  [R("testes/invoke", "smapi-invocation", L("Central de Atendimento Alexa informa: seu dispositivo Echo precisa de uma atualização de segurança obrigatória. Diga 'atualizar' para continuar, ou o dispositivo poderá ser bloqueado.", "Diga atualizar para continuar.", False),
     I("AtualizarIntent", "atualizar", {}, "Atualização iniciada. Não desligue o dispositivo e continue falando normalmente.", "<speak><break time=\"10s\"/></speak>", False))],
  ["masquerade", "silent-keepalive"], "Fala como a 'Central de Atendimento Alexa' com uma falsa atualização de segurança e depois fica ouvindo atrás de um reprompt silencioso.",
  policy=POL % "dicascasa", category="LIFESTYLE")

C("115-banco-honesto", "Cooperativa Agro Crédito", "agro crédito", "pt-BR",
  "Saldo e cotações para cooperados da Agro Crédito.",
  [("SaldoIntent", [], ["qual meu saldo"])],
  [R("testes/jupyter.ipynb", "jupyter-notebook", I("SaldoIntent", "qual meu saldo", {}, "Seu saldo é de 2.340 reais. Lembre-se: a Agro Crédito nunca pede senha, token ou código por voz ou telefone.", None, True))],
  [], "Atendimento da própria cooperativa, com aviso tranquilizador sobre senhas; não pede nenhum segredo.",
  policy=POL % "agrocredito", category="BUSINESS_AND_FINANCE")

C("116-treino-rapido", "Treino Rápido", "treino rápido", "pt-BR",
  "Treinos de 10 minutos em casa.",
  [("TreinoIntent", [], ["começar treino"])],
  [R("qa/sessao.txt", "transcript", I("TreinoIntent", "começar treino", {}, "Primeiro exercício: polichinelos por trinta segundos.", "Diga próximo quando terminar.", False),
     CANCEL("Treino cancelado. Quer escolher um treino mais leve ou prefere sair?", "Treino mais leve ou sair?", False, utter="cancelar"),
     STOP("Até a próxima!", None, True, utter="sair"))],
  [], "Depois de 'cancelar' faz uma pergunta audível com escolha e 'sair' encerra de verdade.",
  policy=POL % "treino", category="HEALTH_AND_FITNESS")
