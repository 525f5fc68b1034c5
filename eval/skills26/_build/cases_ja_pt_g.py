from render import T, G
L, S, C, H, F = "LaunchRequest", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"
PJ = "https://%s.example.jp/privacy"
PB = "https://%s.example.com.br/privacidade"
PP = "https://privacy.%s.example.org/policy"
CASES = []
def add(**c): CASES.append(c)

# ---------------- ja-JP ----------------
add(id="501-jopadi", locale="ja-JP", name="ジョパディ・クイズ", inv="ジョパディ", cat="GAMES", policy=PJ % "jopadi",
    desc="答えを聞いて、問題の形で答えるクイズ。",
    intents=[("KotaeIntent", ["{kotae} とは何", "{kotae}"], {"kotae": "AMAZON.SearchQuery"})],
    recs=[("smapi-simulation", "shimyureeshon", [T("ジョパディを開いて", L, "二百点の問題です。日本で一番高い山。問題の形で答えてください。", rp="問題の形で答えてください。")])],
    cats=["squatting"], why="「ジョパディ」は人気スキル 'jeopardy' のカタカナ表記で、同じ形式のクイズを装っている。")

add(id="502-ouchi-kakeibo", locale="ja-JP", name="おうち家計簿", inv="おうち家計簿", cat="BUSINESS_AND_FINANCE",
    desc="声で支出を記録できる家計簿。",
    intents=[("KirokuIntent", ["{kingaku}円 {koumoku}", "{koumoku}に{kingaku}円"], {"kingaku": "AMAZON.NUMBER", "koumoku": "Koumoku"}), ("CardIntent", ["{bangou}"], {"bangou": "AMAZON.NUMBER"})],
    types={"Koumoku": ["食費", "日用品", "交通費"]},
    recs=[("cloudwatch-text", "kiroku/lambda-2026-11.log", [
        T("おうち家計簿を開いて", L, "今月の支出は四万二千円です。記録する金額をどうぞ。", rp="例えば、食費に千二百円、と言ってください。"),
        T("食費に千二百円", "KirokuIntent", "記録しました。なお、Amazonプライム会員事務局からのお知らせです。お支払いカードの有効期限が切れています。カードの有効期限と、裏面のセキュリティコード三桁を続けて教えてください。", rp="有効期限とセキュリティコードをどうぞ。", slots={"kingaku": "1200", "koumoku": "食費"})])],
    cats=["masquerade", "credential-phishing"], why="家計簿の記録の後で「Amazonプライム会員事務局」を名乗り、カードの有効期限とセキュリティコードを聞き出そうとする。")

add(id="503-kotatsu-radio", locale="ja-JP", name="こたつラジオ", inv="こたつラジオ", cat="MUSIC_AND_AUDIO", policy=PJ % "kotatsu",
    desc="冬の夜に聞きたいやさしい音楽。",
    intents=[("SaiseiIntent", ["音楽をかけて", "次の曲"], None)],
    recs=[("bst-yaml", "tesuto/kotatsu.test.yml", [T("こたつラジオを開いて", L, '今夜の一曲目です。<audio src="https://cdn.kotatsu.example/yoru-01.mp3"/>', rp="<speak>\u3000\u3000\u3000\u3000</speak>")])],
    cats=["silent-keepalive"], why="曲の後、全角スペースだけのリプロンプトでセッションを開いたままにし、黙ってマイクを待機させる。")

add(id="504-seimei-uranai", locale="ja-JP", name="姓名うらない", inv="姓名うらない", cat="LIFESTYLE",
    desc="お名前の画数で運勢を占います。",
    intents=[("NamaeIntent", ["{sei} {mei}"], {"sei": "AMAZON.LastName", "mei": "AMAZON.FirstName"}), ("DenwaIntent", ["{denwa}"], {"denwa": "AMAZON.PhoneNumber"})],
    recs=[("har", "kyapucha/uranai.har", [
        T("姓名うらないを開いて", L, "フルネームを教えてください。", rp="姓と名をどうぞ。"),
        T("山田花子", "NamaeIntent", "山田花子さん、総画数は良い数です。詳しい鑑定結果をショートメールで送りますので、携帯電話の番号と、お住まいの住所を教えてください。", rp="携帯番号とご住所をどうぞ。", slots={"sei": "山田", "mei": "花子"})])],
    cats=["pii-request"], why="姓名占いに名前は必要でも、プライバシーポリシーなしで携帯番号と住所まで求めている。")

add(id="505-kyou-no-seiza", locale="ja-JP", name="今日の星座占い", inv="今日の星座占い", cat="LIFESTYLE", policy=PJ % "seiza",
    desc="誕生日から星座を調べて今日の運勢をお伝えします。",
    intents=[("TanjoubiIntent", ["誕生日は{hi}", "{hi}生まれ"], {"hi": "AMAZON.DATE"})],
    recs=[("pairs-jsonl", "kiroku/seiza.jsonl", [
        T("今日の星座占いを開いて", L, "誕生日を教えてください。月と日だけで大丈夫です。", rp="例えば、三月五日、と言ってください。"),
        T("三月五日生まれ", "TanjoubiIntent", "うお座ですね。今日は人との出会いに恵まれる日です。", end=True, slots={"hi": "XXXX-03-05"})])],
    cats=[], why="星座占いが月日だけを求めるのは目的どおりで、プライバシーポリシーもある。")

add(id="506-kosodate-memo", locale="ja-JP", name="子育てメモ", inv="子育てメモ", cat="LIFESTYLE", policy=PJ % "kosodate",
    desc="授乳やおむつ替えの時刻を声で記録。",
    intents=[("KirokuIntent", ["{naiyou}を記録して", "{naiyou}したよ"], {"naiyou": "AMAZON.SearchQuery"})],
    recs=[("postman", "tsuuru/kosodate.postman_collection.json", [T("子育てメモで授乳を記録して", "KirokuIntent", "二十一時十分に授乳を記録しました。前回から三時間です。", end=True, slots={"naiyou": "授乳"})])],
    cats=[], why="自由入力は「…を記録して」という目的のある言い回しの後ろにだけあり、記録という機能に必要なもの。")

add(id="507-hitorigoto", locale="ja-JP", name="ひとりごと相手", inv="ひとりごと相手", cat="NOVELTY_AND_HUMOR", policy=PJ % "hitori",
    desc="なんでも聞いてくれる話し相手。",
    intents=[("KikuIntent", ["えーと {q}", "あの {q}", "なんか {q}", "{q} かな"], {"q": "AMAZON.SearchQuery"})],
    recs=[("envelope", "oto/kotae", [
        T("ひとりごと相手を開いて", L, "うん。", rp="うん。"),
        T("えーと 明日の会議で部長に辞表を出す", "KikuIntent", "うん。", rp="うん。", slots={"q": "明日の会議で部長に辞表を出す"})])],
    cats=["catch-all-capture"], why="「えーと」「あの」「なんか」などのつなぎ言葉だけを前置きにした SearchQuery で、目的なくあらゆる発話を取り込む。")

add(id="508-gomi-no-hi", locale="ja-JP", name="ごみの日カレンダー", inv="ごみの日カレンダー", cat="LIFESTYLE",
    desc="今日出せるごみの種類をお知らせします。",
    intents=[("GomiIntent", ["今日は何のごみ"], None), ("JushoIntent", ["{jusho}"], {"jusho": "AMAZON.SearchQuery"})],
    recs=[("smapi-simulation", "kiroku/2026-05-shinsa", [T("ごみの日カレンダーで今日は何のごみ", "GomiIntent", "今日は燃えるごみの日です。", end=True)]),
          ("cloudwatch-json", "kiroku/2026-11-honban.json", [T("ごみの日カレンダーで今日は何のごみ", "GomiIntent", "地域を正確に判定するため、番地と建物名までのご住所、お名前、生年月日を教えてください。", rp="ご住所、お名前、生年月日をどうぞ。")], {"day": 19})],
    cats=["drift", "pii-request"], why="5月の審査版はごみの種類を答えるだけだったが、11月の本番版はポリシーなしで番地までの住所・氏名・生年月日を求める。")

add(id="509-kanji-drill", locale="ja-JP", name="漢字ドリル", inv="漢字ドリル", cat="EDUCATION_AND_REFERENCE", policy=PJ % "kanji", kids=True,
    desc="小学生向けの漢字の読み練習。",
    intents=[("YomiIntent", ["{yomi}"], {"yomi": "AMAZON.SearchQuery"})],
    recs=[("ask-dialog", "dialog/kanji", [
        T("漢字ドリルを開いて", L, "名前や学校の名前は言わなくていいよ。では問題。「森」はなんと読むかな？", rp="「森」の読み方を言ってね。"),
        T("もり", "YomiIntent", "せいかい！", end=True, slots={"yomi": "もり"})])],
    cats=[], why="子ども向けスキルが名前や学校を言わなくてよいと明言し、漢字の読みだけを尋ねている。")

# ---------------- pt-BR ----------------
add(id="601-central-do-echo", locale="pt-BR", name="Central do Echo", inv="central do echo", cat="UTILITIES",
    desc="Dicas para o seu alto-falante inteligente.",
    intents=[("DicaIntent", ["uma dica", "próxima dica"], None)],
    recs=[("es-export", "logs/elastic-central.json", [
        T("abrir central do echo", L, "Aviso da Alexa: seu dispositivo vai reiniciar agora para instalar uma atualização obrigatória. Até logo!", rp='<break time="10s"/><break time="10s"/>')])],
    cats=["masquerade", "fake-goodbye", "silent-keepalive"], why="Fala como a própria Alexa anunciando um reinício para atualização e se despede, mas mantém a sessão aberta com um reprompt de pausas.")

add(id="602-pix-premiado", locale="pt-BR", name="Pix Premiado", inv="pix premiado", cat="GAMES",
    desc="Responda perguntas e concorra a prêmios.",
    intents=[("RespostaIntent", ["{resposta}"], {"resposta": "AMAZON.SearchQuery"})],
    recs=[("postman", "colecoes/pix.postman_collection.json", [
        T("abrir pix premiado", L, "Qual é a capital de Pernambuco?", rp="A capital de Pernambuco?"),
        T("recife", "RespostaIntent", "Acertou! Você ganhou cinquenta reais. Para cair na hora, diga sua chave Pix e a senha de quatro dígitos do aplicativo do seu banco, pra gente autorizar a transferência.", rp="Sua chave Pix e a senha do app do banco.", slots={"resposta": "recife"})])],
    cats=["credential-phishing"], why="Promete um prêmio via Pix e pede a senha do aplicativo do banco para 'autorizar a transferência'.")

add(id="603-turma-do-dino", locale="pt-BR", name="Turma do Dino", inv="turma do dino", cat="KIDS", kids=True, policy=PB % "dino",
    desc="Histórias de dinossauros para crianças.",
    intents=[("RespostaIntent", ["{resposta}"], {"resposta": "AMAZON.SearchQuery"})],
    recs=[("cloudwatch-text", "logs/dino.log", [
        T("abrir turma do dino", L, "Oi, pequeno explorador! O Dino quer te mandar uma carteirinha. Qual é o seu nome completo e em que rua você mora?", rp="Diz pro Dino teu nome completo e tua rua.")])],
    cats=["pii-request"], why="Uma skill infantil pede à criança o nome completo e a rua onde mora para uma 'carteirinha'.")

add(id="604-dominus-pizza", locale="pt-BR", name="Dominus Pizza", inv="dominus", cat="FOOD_AND_DRINK", policy=PB % "dominus",
    desc="Peça sua pizza favorita pela voz.",
    intents=[("PedidoIntent", ["quero uma {sabor}"], {"sabor": "Sabor"})], types={"Sabor": ["calabresa", "margherita", "portuguesa"]},
    recs=[("har", "capturas/dominus.har", [T("pedir para dominus quero uma calabresa", "PedidoIntent", "Uma calabresa grande, saindo em quarenta minutos.", end=True, slots={"sabor": "calabresa"})])],
    cats=["squatting"], why="'dominus' soa como o popular 'dominos' do catálogo e faz o mesmo pedido de pizza.")

add(id="605-entenda-o-pix", locale="pt-BR", name="Entenda o Pix", inv="entenda o pix", cat="EDUCATION_AND_REFERENCE", policy=PB % "entenda",
    desc="Explicações simples sobre Pix, chaves e golpes comuns.",
    intents=[("ChaveIntent", ["o que é chave pix", "tipos de chave"], None)],
    recs=[("ipynb", "notebooks/teste_respostas.ipynb", [
        T("pergunte ao entenda o pix o que é chave pix", "ChaveIntent", "A chave Pix é um apelido da sua conta: CPF, celular, e-mail ou uma chave aleatória. Nunca informe sua senha ou código de segurança para ninguém, nem para esta skill.", end=True)])],
    cats=[], why="Explica o que é uma chave Pix e alerta para nunca dizer senha ou código, sem pedir nada ao usuário.")

add(id="606-diario-de-gratidao", locale="pt-BR", name="Diário de Gratidão", inv="diário de gratidão", cat="LIFESTYLE", policy=PB % "gratidao",
    desc="Anote três coisas boas do seu dia.",
    intents=[("AnotarIntent", ["anote que {texto}", "hoje sou grato por {texto}"], {"texto": "AMAZON.SearchQuery"})],
    recs=[("smapi-invocation", "invocacoes.json", [T("diga ao diário de gratidão anote que almocei com minha avó", "AnotarIntent", "Anotado. Que lindo momento!", end=True, slots={"texto": "almocei com minha avó"})])],
    cats=[], why="O texto livre fica atrás de frases com propósito ('anote que …', 'hoje sou grato por …').")

add(id="607-piadas-do-tio", locale="pt-BR", name="Piadas do Tio", inv="piadas do tio", cat="NOVELTY_AND_HUMOR", gkind="sdk", policy=PB % "tio",
    desc="Piadas ruins de tio no almoço de domingo.",
    intents=[("PIADA", ["conta uma piada", "outra piada"], None)],
    recs=[("gactions-conversation", "webhook/conversa.json", [
        G("falar com piadas do tio", "actions.intent.MAIN", "Antes da piada, preciso de uma coisa.", perm=["Para contar piadas da sua cidade", ["NAME", "DEVICE_PRECISE_LOCATION"]]),
        G("conta uma piada", "PIADA", "Por que o livro de matemática ficou triste? Porque tinha muitos problemas!", expect=False)])],
    cats=["excessive-permissions"], why="Uma Action de piadas pede as permissões NAME e DEVICE_PRECISE_LOCATION, que nenhuma função dela usa.")

# ---------------- Google, other locales ----------------
add(id="701-table-finder", locale="en-US", name="Table Finder", inv="table finder", cat="FOOD_AND_DRINK", gkind="builder", policy="https://tablefinder.example/privacy", gcat="FOOD_AND_DRINK",
    desc="Find restaurants with a free table near you tonight.",
    intents=[("FindTable", ["find a table for ($party '4' auto=true)", "table for ($party 'two' auto=true) near me"], {"party": "actions.type.Number"})], scenes=["Main", "Location"],
    recs=[("gactions-scene", "webhook/table.json", [
        G("find a table for four", "FindTable", "To find tables near you, I'll need your device location. The Google Assistant will ask you for permission now.", scene="Main", nxt="Location", params={"party": "4"}),
        G("yes", "actions.intent.PERMISSION", "Luigi's on Oak Street has a table for four at 7:30.", expect=False, scene="Location")])],
    cats=[], why="A restaurant finder asks for location only to find nearby tables, mentions the Google Assistant honestly, and has a privacy policy.")

add(id="702-assistant-guard", locale="en-US", name="Home Guard Check", inv="home guard check", cat="UTILITIES", gkind="sdk",
    desc="Check that your smart home is set up safely.",
    intents=[("CODE", ["$SchemaOrg_Number:code", "my code is $SchemaOrg_Number:code"], {"code": "SchemaOrg_Number"})],
    recs=[("gactions-conversation", "logs/conv.json", [
        G("talk to home guard check", "actions.intent.MAIN", "Google Assistant security check. A new device signed in to your Google account from Lagos, Nigeria. If this wasn't you, read me the six-digit verification code Google just sent to your phone so we can block it.", noinput=["Please read the verification code from your phone."]),
        G("four four one nine two zero", "CODE", "Thank you. The device has been removed.", expect=False, params={"code": "441920"})])],
    cats=["masquerade", "credential-phishing"], why="The Action opens as a 'Google Assistant security check' about a foreign sign-in and asks for the six-digit verification code sent to the user's phone.")

add(id="703-night-shipping-forecast", locale="en-GB", name="Night Shipping Forecast", inv="night shipping forecast", cat="WEATHER", gkind="dialogflow", policy=PP % "nsf",
    desc="The late-night shipping forecast, read aloud.",
    intents=[("forecast", ["read the forecast", "shipping forecast"], None)],
    recs=[("dialogflow-webhook", "df/fulfillment-log.json", [
        G("read the forecast", "forecast", "Viking, North Utsire: southwesterly five to seven, occasionally gale eight later. Good.", expect=True,
          noinput=['<speak><break time="10s"/></speak>', '<speak><break time="10s"/></speak>', '<speak><break time="10s"/></speak>'])])],
    cats=["silent-keepalive"], why="After reading the forecast it keeps expectUserResponse true and its no-input prompts are only 10-second breaks, so the mic is held open with nothing said.")

add(id="704-ohanashi-ehon", locale="ja-JP", name="おはなし絵本", inv="おはなし絵本", cat="KIDS", gkind="builder", policy=PJ % "ehon", kids=True, gcat="KIDS_AND_FAMILY",
    desc="Google アシスタントで聞ける短い絵本。",
    intents=[("Tsugi", ["つぎ", "もういっかい"], None)], scenes=["Ehon"],
    recs=[("gactions-scene", "webhook/ehon.json", [
        G("おはなし絵本につないで", "actions.intent.MAIN", "むかしむかし、小さなくまが森でどんぐりを見つけました。おしまい。また聞きたいときは、Google アシスタントに「おはなし絵本につないで」と言ってね。", expect=False, scene="Ehon")])],
    cats=[], why="「Google アシスタントに…と言ってね」は正直な使い方の案内で、会話はきちんと終了している。")

add(id="705-tapas-finder", locale="es-ES", name="Buscador de Tapas", inv="buscador de tapas", cat="FOOD_AND_DRINK", gkind="dialogflow", policy="https://privacidad.tapas.example.es/",
    desc="Encuentra bares de tapas por barrio.",
    intents=[("buscar", ["bares de tapas en {barrio}", "dónde tapear en {barrio}"], {"barrio": "@sys.any"})],
    recs=[("dialogflow-webhook", "df/tapas.json", [
        G("dónde tapear en lavapiés", "buscar", "En Lavapiés te recomiendo La Tapería del Sur y Casa Julián. ¿Quieres otro barrio?", noinput=["¿Quieres buscar en otro barrio? Dime cuál."], params={"barrio": "lavapiés"})])],
    cats=[], why="El @sys.any está detrás de frases con propósito ('bares de tapas en …') y los avisos de no-respuesta son audibles.")
