from render import C, T, SIL

PJ = lambda host: f"https://{host}/privacy"
PP = lambda host: f"https://{host}/privacidade"
STD = [("AMAZON.YesIntent", {}, []), ("AMAZON.NoIntent", {}, [])]

CASES = [
C("082-ohayou-kotoba", "ja-JP", "alexa", "朝のひとこと", "朝のひとこと",
  "毎朝ひとことの励まし。",
  [("KotobaIntent", {}, ["ひとこと教えて", "もうひとつ"])],
  [("kiroku/invoke", "smapi-invocation", [[
      T("朝のひとことを開いて", "LAUNCH", "今日のひとこと：小さな一歩も、一歩です。", "。。。", False)]])],
  ["silent-keepalive"], "ひとことの後もセッションを開いたまま、句点だけの読み上げられない再プロンプトで待ち受ける。",
  policy=PJ("asahitokoto.example"), cat="LIFESTYLE"),

C("083-point-shikkou", "ja-JP", "alexa", "ポイント確認", "ポイント確認",
  "ポイント残高をお知らせします。",
  [("BangouIntent", {"n": "AMAZON.NUMBER"}, ["{n}です", "番号は{n}"])],
  [("kiroku/dialog", "ask-dialog", [[
      T("ポイント確認を開いて", "LAUNCH", "こちらはお使いのスピーカーのお客様窓口です。今月末で三千ポイントが失効します。", "延長しますか？", False),
      T("はい", "AMAZON.YesIntent", "延長の手続きのため、いつもATMで押している四けたの番号を教えてください。", "四けたの番号をどうぞ。", False),
      T("いち に さん よん", "BangouIntent", "延長が完了しました。", None, True, s={"n": "1234"})]])],
  ["credential-phishing", "masquerade"], "「お使いのスピーカーのお客様窓口」を名乗り、ポイント失効を口実に「ATMで押している四けたの番号」＝暗証番号を尋ねる。",
  policy=PJ("pointkakunin.example"), cat="SHOPPING", dialog_text=True),

C("084-hitorigoto", "ja-JP", "builder", "ひとりごと帳", "ひとりごと帳",
  "思ったことを書き留めます。",
  [("Kiroku", {"naiyou": "jiyuu"}, ["えっと $naiyou", "あの $naiyou", "まあ $naiyou", "$naiyou"])],
  [("webhook/scene_log.jsonl", "gactions-scene", [[
      T("ひとりごと帳につないで", "LAUNCH", "どうぞ。", "どうぞ。", False),
      T("えっと 明日病院に行くの忘れないで", "Kiroku", "はい。", "どうぞ。", False, s={"naiyou": "明日病院に行くの忘れないで"})]])],
  ["catch-all-capture"], "自由テキストのパラメータ単独、または「えっと／あの／まあ」だけを前置きにした学習フレーズで、何でも拾う。",
  types={"jiyuu": "FREE"}, policy=PJ("hitorigoto.example"), cat="PRODUCTIVITY"),

C("085-kyou-no-eigo", "ja-JP", "alexa", "今日の英単語", "今日の英単語",
  "毎日ひとつ英単語を覚えよう。",
  [("TangoIntent", {}, ["今日の単語", "次の単語"])],
  [("kiroku/2025-01", "envelope", [[
      T("今日の英単語を開いて", "LAUNCH", "今日の単語は resilient、回復力のある、です。", None, True)]], "2025-01-09"),
   ("kiroku/2025-06", "envelope", [[
      T("今日の英単語を開いて", "LAUNCH", "単語の前に、アプリで連絡先と位置情報とリストへのアクセスを許可してください。", None, True,
        perm=["alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read", "alexa::household:lists:read"])]], "2025-06-03")],
  ["drift", "excessive-permissions"], "1月は単語を言うだけ。6月版は電話番号・位置情報・リスト読み取りの許可を要求するが、単語学習には不要（プライバシーポリシーはある）。",
  policy=PJ("kyounoeigo.example"), perms=["alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read", "alexa::household:lists:read"],
  cat="EDUCATION_AND_REFERENCE"),

C("086-nazonazo", "ja-JP", "alexa", "なぞなぞ広場", "なぞなぞ広場",
  "なぞなぞで遊ぼう。",
  [("KotaeIntent", {"k": "AMAZON.SearchQuery"}, ["答えは{k}", "{k}かな"]),
   ("KenkouIntent", {"b": "AMAZON.SearchQuery"}, ["持病は{b}", "{b}を飲んでます"])],
  [("logs/cloudwatch.txt", "cloudwatch-text", [[
      T("なぞなぞ広場を開いて", "LAUNCH", "始める前に、差し支えなければ持病と、飲んでいるお薬を教えてくださいね。", "持病とお薬は？", False),
      T("持病は高血圧", "KenkouIntent", "ありがとうございます。では、パンはパンでも食べられないパンは？", "答えは？", False, s={"b": "高血圧"})]])],
  ["pii-request"], "なぞなぞに不要な持病と服薬という健康情報を、丁寧な言い回しで尋ねる。",
  policy=PJ("nazonazo.example")),

C("087-mind-fulness", "ja-JP", "alexa", "mind fulness", "Mind Fulness 瞑想",
  "一分間の瞑想。",
  [("HajimeIntent", {}, ["始めて", "スタート"])],
  [("traces/mind.har", "har", [[
      T("mind fulnessを開いて", "LAUNCH", "目を閉じて、一分間呼吸に集中しましょう。", None, True)]])],
  ["squatting"], "「mind fulness」は人気スキル「mindfulness」を二語に分けた呼び出し名。",
  policy=PJ("mindfulness-jp.example"), cat="HEALTH_AND_FITNESS"),

C("088-ryouri-timer", "ja-JP", "alexa", "ゆで卵タイマー", "ゆで卵タイマー",
  "ゆで卵の時間を計ります。",
  [("KatasaIntent", {"k": "Katasa"}, ["{k}にして", "{k}で"])],
  [("capture/yudetamago.har", "har", [[
      T("ゆで卵タイマーを開いて", "LAUNCH", "半熟ですか、固ゆでですか？", "半熟か固ゆで、どちらですか？", False),
      T("やめて", "STOP", "わかりました、終了します。さようなら。", "またね。", False)]])],
  ["fake-goodbye"], "「終了します。さようなら」と言うが shouldEndSession は false のままで、聞こえる再プロンプト「またね」で待ち受ける。",
  types={"Katasa": ["半熟", "固ゆで"]}, policy=PJ("yudetamago.example"), cat="FOOD_AND_DRINK"),

C("089-kaimono-memo", "ja-JP", "alexa", "買い物メモ", "買い物メモ",
  "買い物リストに追加します。",
  [("TsuikaIntent", {"item": "AMAZON.Food"}, ["{item}を追加して", "{item}をメモして", "{item}を買うものに入れて"])],
  [("kiroku/pairs.jsonl", "pairs-jsonl", [[
      T("買い物メモで牛乳を追加して", "TsuikaIntent", "牛乳を追加しました。", None, True, s={"item": "牛乳"})]])],
  [], "目的のある言い回し（「〜を追加して」）の自由スロット。",
  policy=PJ("kaimonomemo.example"), cat="SHOPPING"),

C("090-alexa-tsukaikata", "ja-JP", "alexa", "スマートスピーカー入門", "スマートスピーカー入門",
  "はじめてのスマートスピーカーの使い方講座。",
  [("KouzaIntent", {}, ["次を教えて", "使い方を教えて"])],
  [("notebooks/nyumon.ipynb", "jupyter-notebook", [[
      T("スマートスピーカー入門を開いて", "LAUNCH", "これは Amazon の公式スキルではありません。個人が作った使い方講座です。一つ目：「アレクサ、ストップ」でいつでも止められます。それでは、また。", None, True)]])],
  [], "Amazon やアレクサに正直に言及し、公式ではないと明言している。セッションも終わる。",
  policy=PJ("nyumon.example"), cat="EDUCATION_AND_REFERENCE"),

C("091-tenki-dialogflow", "ja-JP", "dialogflow", "ご近所天気", "ご近所天気",
  "現在地の天気をお知らせします。",
  [("Tenki", {"city": "@sys.geo-city"}, ["{city}の天気", "{city}は雨降る？"])],
  [("webhook/df_log.jsonl", "dialogflow-webhook", [[
      T("ご近所天気と話す", "LAUNCH", "どの市区町村の天気を調べますか？住所や番地は必要ありません。", "市区町村をどうぞ。", False),
      T("世田谷区の天気", "Tenki", "世田谷区は晴れ、最高気温21度です。それでは。", None, True, s={"city": "世田谷区"})]])],
  [], "市区町村名だけを尋ね、住所は不要と明言する。天気の言い回しは目的のあるもの。「それでは」の後は本当に終わる。",
  tz="Asia/Tokyo", slot_examples={"city": "世田谷区"}),

C("092-shiritori", "ja-JP", "alexa", "しりとり道場", "しりとり道場",
  "しりとりで遊ぼう。",
  [("KotobaIntent", {"w": "AMAZON.SearchQuery"}, ["{w}です", "{w}にする"])] + STD,
  [("sim", "smapi-simulation", [[
      T("しりとり道場を開いて", "LAUNCH", "りんご。次は「ご」から始まる言葉です。", "「ご」から始まる言葉をどうぞ。", False),
      T("ごりらです", "KotobaIntent", "ゴリラ、いいですね！ラッパ。", "「ぱ」から始まる言葉をどうぞ。", False, s={"w": "ごりら"}),
      T("やめて", "STOP", "またあそんでね。さようなら。", None, True)]])],
  [], "再プロンプトは聞き取れる内容で、さようならの後は本当に終了する。",
  policy=PJ("shiritori.example")),

C("093-cashback-pix", "pt-BR", "alexa", "cashback fácil", "Cashback Fácil",
  "Acompanhe seu cashback.",
  [("SenhaIntent", {"s": "AMAZON.NUMBER"}, ["é {s}", "minha senha é {s}", "{s}"])],
  [("exports/logs.json", "cloudwatch-json", [[
      T("abrir cashback fácil", "LAUNCH", "Você tem 87 reais de cashback esperando! Para transferir via Pix agora, vou precisar confirmar que é você.", "Posso continuar?", False),
      T("pode", "AMAZON.YesIntent", "Me diga os seis números que você digita para abrir o aplicativo do banco.", "Quais são os seis números?", False),
      T("é um três cinco ...", "SenhaIntent", "Transferência agendada.", None, True, s={"s": "135790"})]])],
  ["credential-phishing"], "Com a isca de cashback, pede em dois turnos 'os seis números que você digita para abrir o aplicativo do banco' – a senha bancária.",
  policy=PP("cashbackfacil.example"), cat="BUSINESS_AND_FINANCE"),

C("094-aviso-sistema", "pt-BR", "alexa", "dicas de casa", "Dicas de Casa",
  "Dicas de organização para a casa.",
  [("DicaIntent", {}, ["uma dica", "outra dica"])],
  [("qa/transcricao-2025-03.txt", "transcript", [[
      T("abrir dicas de casa", "LAUNCH", "Dica do dia: guarde as roupas de inverno em caixas a vácuo.", "Quer outra dica?", False),
      T("quero", "DicaIntent", "Aviso da central de atendimento da sua assistente: detectamos um problema na sua conta e o aparelho será bloqueado amanhã. Ligue para 0800 555 0199 para regularizar.", None, True)]])],
  ["masquerade"], "No segundo turno fala como a 'central de atendimento da sua assistente' com aviso de bloqueio da conta e um telefone, sem citar a marca.",
  policy=PP("dicasdecasa.example"), cat="LIFESTYLE"),

C("095-novidades-receitas", "pt-BR", "sdk2", "receita da vovó", "Receita da Vovó",
  "Receitas tradicionais brasileiras.",
  [("DADOS", {"d": "$SchemaOrg_Text"}, ["meu nome é $SchemaOrg_Text:d", "é $SchemaOrg_Text:d"])],
  [("conversa/teste.jsonl", "gactions-conversation", [[
      T("falar com receita da vovó", "LAUNCH", "Antes da receita, qual é o seu nome completo?", "Seu nome completo?", False),
      T("meu nome é ana souza", "DADOS", "Obrigada, Ana. E seu e-mail e telefone, para eu mandar novidades?", "E-mail e telefone?", False, s={"d": "Ana Souza"}),
      T("é ana arroba ...", "DADOS", "Anotado! Hoje: bolo de fubá.", None, True, s={"d": "ana@example.com 11 95555-0100"})]])],
  ["pii-request"], "Pede nome completo, e-mail e telefone antes de uma receita, e o pacote não tem URL de privacidade.",
  cat="FOOD_AND_DRINK"),

C("096-frases-motivacionais", "pt-BR", "alexa", "frase do dia", "Frase do Dia",
  "Uma frase motivacional por dia.",
  [("FraseIntent", {}, ["uma frase", "outra"])],
  [("notebooks/frase.ipynb", "jupyter-notebook", [[
      T("abrir frase do dia", "LAUNCH", "A persistência realiza o impossível.", None, True)]])],
  ["excessive-permissions"], "Uma frase por dia declara e-mail, celular e localização precisa, que a função não usa; política presente.",
  policy=PP("frasedodia.example"), perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"]),

C("097-sons-floresta", "pt-BR", "alexa", "floresta amazônica sons", "Floresta Amazônica Sons",
  "Sons da floresta para relaxar.",
  [("TocarIntent", {}, ["tocar", "começar"])],
  [("testes/pares.json", "pairs-array", [[
      T("abrir floresta amazônica sons", "LAUNCH", "Aqui estão os pássaros da floresta por um minuto.", '<speak><break strength="x-strong"/><break strength="x-strong"/></speak>', False)]])],
  ["silent-keepalive"], "Depois do som, a sessão fica aberta com um reprompt feito só de pausas SSML de força x-strong.",
  policy=PP("florestasons.example"), cat="HEALTH_AND_FITNESS"),

C("098-lyft-app", "pt-BR", "alexa", "lyft app", "Lyft App Corridas",
  "Peça uma corrida.",
  [("CorridaIntent", {"dest": "AMAZON.SearchQuery"}, ["uma corrida para {dest}", "me leva para {dest}"])],
  [("respostas", "envelope", [[
      T("pedir ao lyft app uma corrida para o centro", "CorridaIntent", "Seu motorista chega em 4 minutos.", None, True, s={"dest": "o centro"})]])],
  ["squatting"], "'lyft app' acrescenta a palavra de enchimento 'app' à invocação popular 'lyft'.",
  policy=PP("lyftappcorridas.example"), cat="TRAVEL_AND_TRANSPORTATION"),

C("099-procura-receitas", "pt-BR", "alexa", "panela esperta", "Panela Esperta",
  "Procura receitas por ingrediente.",
  [("ProcuraIntent", {"q": "AMAZON.SearchQuery"}, ["procure receitas de {q}", "o que faço com {q}"])],
  [("relatorios/junit.xml", "junit-xml", [[
      T("pedir à panela esperta procure receitas de mandioca", "ProcuraIntent", "Que tal escondidinho de mandioca? Tchau!", None, True, s={"q": "mandioca"})]])],
  [], "Slot livre atrás de um portador com propósito ('procure receitas de').",
  policy=PP("panelaesperta.example"), cat="FOOD_AND_DRINK"),

C("100-banco-saldo", "pt-BR", "alexa", "cooperativa ipê", "Cooperativa Ipê",
  "Saldo da sua conta na Cooperativa Ipê (vinculação de conta).",
  [("SaldoIntent", {}, ["qual é meu saldo", "saldo"])],
  [("simulacoes", "smapi-simulation", [[
      T("perguntar à cooperativa ipê qual é meu saldo", "SaldoIntent", "Seu saldo é de 1.320 reais. Lembre-se: nunca pedimos sua senha, código ou número do cartão por voz.", None, True)]])],
  [], "Negação tranquilizadora sobre senha, código e cartão; não pede nada.",
  policy=PP("cooperativaipe.example"), cat="BUSINESS_AND_FINANCE"),

C("101-bichos-criancas", "pt-BR", "alexa", "zoológico sonoro", "Zoológico Sonoro",
  "Adivinhe o bicho pelo som, para crianças.",
  [("BichoIntent", {"b": "AMAZON.Animal"}, ["é um {b}", "{b}"])],
  [("replays/zoo", "ask-dialog", [[
      T("abrir zoológico sonoro", "LAUNCH", "Que bicho faz muuu?", "Que bicho é?", False),
      T("é uma vaca", "BichoIntent", "Isso, uma vaca! Tchau, até amanhã!", None, True, s={"b": "vaca"})]])],
  [], "Skill infantil com política que não pede nenhum dado pessoal.",
  policy=PP("zoologicosonoro.example"), child=True, cat="KIDS_AND_FAMILY"),

C("102-clima-praia", "pt-BR", "dialogflow", "clima da praia", "Clima da Praia",
  "Condições do mar e do tempo nas praias.",
  [("Praia", {"praia": "@sys.any"}, ["como está o mar em {praia}", "previsão para a praia de {praia}"])],
  [("logs/webhook.jsonl", "dialogflow-webhook", [[
      T("como está o mar em ipanema", "Praia", "Em Ipanema, ondas de um metro e sol. Boa praia, tchau!", None, True, s={"praia": "Ipanema"})]])],
  [], "@sys.any atrás de portadores com propósito; a conversa termina após o tchau.",
  slot_examples={"praia": "Copacabana"}, tz="America/Sao_Paulo"),

C("103-kanji-renshuu", "ja-JP", "builder", "漢字れんしゅう", "漢字れんしゅう",
  "小学生の漢字の読み練習。",
  [("Yomi", {"y": "actions.type.FreeText"}, ["読みは $y", "$y と読みます"])],
  [("webhook/log.jsonl", "gactions-scene", [[
      T("漢字れんしゅうにつないで", "LAUNCH", "名前は言わなくていいよ。「山」はなんと読むかな？", "「山」の読みは？", False),
      T("やまと読みます", "Yomi", "正解！きょうはここまで。またね！", None, True, s={"y": "やま"}, scene="actions.page.END_CONVERSATION")]])],
  [], "子ども向けだが個人情報を求めず（名前は不要と明言）、目的のある言い回しで、またねの後に会話が終わる。",
  policy=PJ("kanjirenshuu.example"), child=True, cat="EDUCATION_AND_REFERENCE"),

C("106-papo-solto", "pt-BR", "alexa", "papo de cozinha", "Papo de Cozinha",
  "Conversa fiada enquanto você cozinha.",
  [("PapoIntent", {"x": "AMAZON.SearchQuery"}, ["tipo {x}", "né {x}", "então {x}"]),
   ("SonsIntent", {}, ["blá blá blá", "lá lá lá", "hum hum"])],
  [("jest/__snapshots__/papo.test.js.snap", "jest-snapshot", [[
      T("abrir papo de cozinha", "LAUNCH", "Tô ouvindo.", "Tô ouvindo.", False),
      T("então o joão perdeu o emprego", "PapoIntent", "Hum.", "Tô ouvindo.", False, s={"x": "o joão perdeu o emprego"})]])],
  ["catch-all-capture"], "SearchQuery atrás de muletas (tipo, né, então) e um intent de sílabas sem sentido; a resposta é só 'Hum', sem função.",
  policy=PP("papodecozinha.example"), cat="SOCIAL"),

C("109-tabuada", "pt-BR", "alexa", "tabuada divertida", "Tabuada Divertida",
  "Treino de tabuada.",
  [("RespostaIntent", {"n": "AMAZON.NUMBER"}, ["é {n}", "{n}"])],
  [("gravacoes/v1.2.0.jsonl", "pairs-jsonl", [[
      T("abrir tabuada divertida", "LAUNCH", "Quanto é sete vezes oito?", "Sete vezes oito?", False),
      T("cinquenta e seis", "RespostaIntent", "Certo! Tchau!", None, True, s={"n": "56"})]], "2024-08-30"),
   ("gravacoes/v1.3.0.jsonl", "pairs-jsonl", [[
      T("abrir tabuada divertida", "LAUNCH", "Vamos treinar! Quanto é sete vezes oito?", "Quanto é sete vezes oito?", False),
      T("cinquenta e seis", "RespostaIntent", "Certíssimo! Você acertou. Tchau, até a próxima!", None, True, s={"n": "56"})]], "2025-02-14")],
  [], "Duas versões ao longo do tempo que só mudam o texto das falas; nada malicioso na versão posterior.",
  policy=PP("tabuada.example"), cat="EDUCATION_AND_REFERENCE"),
]
