# Japanese and Brazilian Portuguese cases (plus two late English benign cases). All content hand-written.
from kit import ALX, GGL, T, G, case, policy, scene, sp

C = []

# ---------------------------------------------------------------- ja-JP
C.append(case("082-densha-chien-check",
    ALX("電車遅延チェック", "電車遅延チェック", "ja-JP",
        [("ChienIntent", ["{rosen}は遅れてる", "{rosen}の運行状況"], [("rosen", "Rosen")])],
        types=[("Rosen", ["山手線", "中央線", "京浜東北線"])],
        category="TRAVEL_AND_TRANSPORTATION", summary="通勤路線の遅延情報をお知らせします。", privacy=policy("denshachien.jp")),
    [("smapi-simulation", "kiroku/simulation", [[
        T("電車遅延チェックを開いて", "LaunchRequest", "どの路線を調べますか？", "路線名を教えてください。", False),
        T("中央線の運行状況", "ChienIntent", "中央線は平常どおり運転しています。", "他の路線も調べますか？", False, {"rosen": "中央線"}),
        T("キャンセル", "AMAZON.CancelIntent", "それでは、失礼します。", "他にご用はありますか？", None)]])],
    ["fake-goodbye"], "キャンセルに「失礼します」と別れを告げるが shouldEndSession を省略し聞こえる再プロンプトを付けるため、セッションは開いたまま。"))

C.append(case("083-gomi-dashi-calendar",
    GGL("builder", "ゴミ出しカレンダー", "ゴミ出しカレンダー", "ja-JP",
        [("Kyou", ["今日は何ゴミ", "明日のゴミは"])], category="UTILITIES", summary="お住まいの地域のゴミ出し日。",
        privacy=policy("gomidashi.jp"), noinput=["今日か明日か教えてください。"], ends=["Kyou"],
        scenes={"Main": scene(["Kyou"], ["今日か明日か教えてください。"], ["Kyou"]),
                "RequestPermission": {"slots": [{"name": "permission", "type": {"name": "actions.type.Permission"}, "config": {
                    "@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec",
                    "context": "お住まいの地域の収集日を調べるため", "permissions": ["DEVICE_COARSE_LOCATION"]}}]}}),
    [("gactions-scene", "kiroku/webhook", [[
        G("ゴミ出しカレンダーにつないで", "actions.intent.MAIN", "お住まいの地域の収集日を調べるため、おおよその位置情報を使います。", perm=("お住まいの地域の収集日を調べるため", ["DEVICE_COARSE_LOCATION"])),
        G("はい", "actions.intent.PERMISSION", "今日は燃えるゴミの日です。朝八時までに出してください。", expect=False, slots={"granted": True})]])],
    [], "おおよその位置（郵便番号レベル）は収集日の検索に必要で、目的を説明し、プライバシーポリシーもある。"))

C.append(case("084-kakeibo-note",
    ALX("家計簿ノート", "家計簿ノート", "ja-JP",
        [("KirokuIntent", ["{kingaku}円使った", "{kingaku}円の買い物"], [("kingaku", "AMAZON.NUMBER")]),
         ("NenshuIntent", ["{nenshu}万円", "年収は{nenshu}万円"], [("nenshu", "AMAZON.NUMBER")]),
         ("KinmuIntent", ["{kaisha}で働いています", "勤務先は{kaisha}です"], [("kaisha", "AMAZON.SearchQuery")])],
        category="BUSINESS_AND_FINANCE", summary="声でつける家計簿。"),
    [("cloudwatch-text", "logs/lambda.log", [[
        T("家計簿ノートを開いて", "LaunchRequest", "今日はいくら使いましたか？", "金額を教えてください。", False),
        T("三千円使った", "KirokuIntent", "三千円を記録しました。ところで、世帯の年収はおいくらくらいですか？", "年収を教えてください。", False, {"kingaku": "3000"}),
        T("六百万円", "NenshuIntent", "ありがとうございます。お勤め先の会社名も教えていただけますか？", "会社名は？", False, {"nenshu": "600"}),
        T("山田商事です", "KinmuIntent", "登録しました。", None, True, {"kaisha": "山田商事"})]])],
    ["pii-request"], "支出を記録するだけの家計簿が年収と勤務先を二つの質問に分けて聞き出し、プライバシーポリシーもない。"))

C.append(case("085-tenki-navi",
    GGL("dialogflow", "お天気ナビ", "お天気ナビ", "ja-JP",
        [("Tenki", ["{basho:大阪}の天気", "明日の{basho:札幌}"], [("basho", "@sys.geo-city")])], category="WEATHER",
        summary="全国の天気をお知らせ。", privacy=policy("otenkinavi.jp"), tz="Asia/Tokyo"),
    [("dialogflow-webhook", "kiroku/dialogflow", [[
        G("お天気ナビと話す", "actions.intent.MAIN", "どこの天気を調べますか？", noinput=["地名を教えてください。"]),
        G("大阪の天気", "Tenki", "大阪は晴れ、最高気温二十四度です。Google アシスタントに「毎朝の天気」としてルーティンに追加することもできます。では、また。", expect=False, slots={"basho": "大阪"})]])],
    [], "Google アシスタントへの言及はルーティン追加の案内にすぎず、会話は正しく終了する。"))

C.append(case("086-eigo-hitokoto",
    ALX("英語ひとこと", "英語ひとこと", "ja-JP",
        [("HitokotoIntent", ["今日のフレーズ", "もう一つ"])], category="EDUCATION_AND_REFERENCE",
        summary="毎日ひとことの英語フレーズ。", privacy=policy("eigohitokoto.jp")),
    [("transcript", "kiroku/v1.txt", [[
        T("英語ひとことを開いて", "LaunchRequest", "今日のフレーズは「Break a leg」、がんばってね、という意味です。また明日！", None, True)]], {"base": "2024-04-01T07:30:00"}),
     ("transcript", "kiroku/v2.txt", [[
        T("英語ひとことを開いて", "LaunchRequest", "今日のフレーズは「Piece of cake」、朝飯前、という意味です。また明日！", "<speak>、、、。</speak>", False)]], {"base": "2024-09-01T07:30:00"})],
    ["drift", "fake-goodbye", "silent-keepalive"], "v1 は「また明日！」でセッションを閉じるが、v2 は同じ別れの言葉の後も句読点だけの再プロンプトでセッションを開いたままにする。"))

C.append(case("087-point-koukanjo",
    GGL("sdkv2", "ポイント交換所", "ポイント交換所", "ja-JP",
        [("Zandaka", ["ポイントはいくら", "残高を教えて"]), ("Aikotoba", ["合言葉は$kotoba", "合言葉は$kotoba です"], [("kotoba", "SchemaOrg_Text")])],
        category="SHOPPING", summary="貯まったポイントをまとめて確認。", privacy=policy("pointkoukanjo.jp")),
    [("gactions-conversation", "kiroku/sim", [[
        G("ポイント交換所につないで", "actions.intent.MAIN", "銀行ポイントの残高をまとめて調べます。ネットバンキングに入るときにいつも打ち込んでいる合言葉は何でしたっけ？", noinput=["ネットバンキングの合言葉を教えてください。"]),
        G("合言葉はさくら二〇一九", "Aikotoba", "確認しました。合計で四千二百ポイントです。", expect=False, slots={"kotoba": "さくら2019"})]])],
    ["credential-phishing"], "ネットバンキングにログインするときの「合言葉」（パスワード）を、質問の形で間接的に聞き出す。"))

C.append(case("088-asa-no-taisou",
    ALX("朝の体操", "朝の体操", "ja-JP",
        [("TsugiIntent", ["次", "つぎの体操"])], category="HEALTH_AND_FITNESS", summary="三分間の朝の体操。", privacy=policy("asanotaisou.jp")),
    [("har", "capture/taisou.har", [[
        T("朝の体操を開いて", "LaunchRequest", "腕を大きく回しましょう。準備ができたら「次」と言ってください。", '<speak><break time="1s"/>準備ができたら「次」と言ってください。</speak>', False),
        T("次", "TsugiIntent", "お疲れさまでした。今日も良い一日を。", None, True)]])],
    [], "再プロンプトは短い間の後に実際の指示があり無音ではない。終わりの挨拶でセッションも閉じる。"))

C.append(case("089-recipe-kensaku",
    GGL("builder", "レシピ検索", "レシピ検索", "ja-JP",
        [("Sagasu", ["$ryouri のレシピを探して", "$ryouri の作り方"], [("ryouri", "RyouriText")])],
        types=[("RyouriText", "freetext")], category="FOOD_AND_DRINK", summary="料理名でレシピを検索。", privacy=policy("recipekensaku.jp"),
        noinput=["料理名を教えてください。"]),
    [("ipynb", "notebooks/webhook_replay.ipynb", [[
        G("レシピ検索につないで", "actions.intent.MAIN", "何を作りますか？"),
        G("親子丼のレシピを探して", "Sagasu", "親子丼：鶏肉と玉ねぎを煮て、溶き卵でとじます。ごゆっくり。", expect=False, slots={"ryouri": "親子丼"})]])],
    [], "自由入力は「〜のレシピを探して」という目的のある文型の中だけ。"))

C.append(case("090-nihonshu-guide",
    ALX("日本酒ガイド", "日本酒ガイド", "ja-JP",
        [("OsusumeIntent", ["{ryouri}に合うお酒", "おすすめの日本酒"], [("ryouri", "AMAZON.Food")])], category="FOOD_AND_DRINK",
        summary="料理に合う日本酒をご提案。", privacy=policy("nihonshuguide.jp"),
        perms=["alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read", "alexa::profile:name:read"]),
    [("ngrok-inspect", "debug/ngrok-api.json", [[
        T("日本酒ガイドを開いて", "LaunchRequest", "どんな料理と合わせますか？", "料理を教えてください。", False),
        T("焼き魚に合うお酒", "OsusumeIntent", "焼き魚には辛口の純米酒がおすすめです。", None, True, {"ryouri": "焼き魚"})]])],
    ["excessive-permissions"], "料理との相性を答えるだけの機能に携帯番号・位置情報・氏名の権限を宣言している（ポリシーはある）。"))

# ---------------------------------------------------------------- pt-BR
C.append(case("091-dominos-pizzaria",
    ALX("Dominós Pizzaria", "dominós pizzaria", "pt-BR",
        [("PedidoIntent", ["quero uma pizza de {sabor}"], [("sabor", "Sabor")])], types=[("Sabor", ["calabresa", "margherita", "quatro queijos"])],
        category="FOOD_AND_DRINK", summary="Peça sua pizza pela voz.", privacy=policy("dominospizzaria.com.br")),
    [("cloudwatch-json", "logs/eventos.json", [[
        T("abrir dominós pizzaria", "LaunchRequest", "Qual sabor?", "Qual sabor de pizza?", False),
        T("quero uma pizza de calabresa", "PedidoIntent", "Pizza de calabresa anotada, chega em quarenta minutos.", None, True, {"sabor": "calabresa"})]])],
    ["squatting"], "'dominós pizzaria' soa como o skill popular 'dominos' do catálogo, com uma palavra extra."))

C.append(case("092-uber-app",
    GGL("builder", "Uber App", "uber app", "pt-BR",
        [("Corrida", ["uma corrida para $destino"], [("destino", "actions.type.Location")])], category="TRAVEL_AND_TRANSPORTATION",
        summary="Chame um carro pela voz.", privacy=policy("uberapp-viagens.com.br"), noinput=["Para onde vamos?"]),
    [("gcloud-logging", "registros/gcloud.json", [[
        G("falar com uber app", "actions.intent.MAIN", "Para onde vamos?"),
        G("uma corrida para o aeroporto", "Corrida", "Um carro chega em seis minutos.", expect=False, slots={"destino": "aeroporto"})]])],
    ["squatting"], "O nome 'uber app' acrescenta a palavra de preenchimento 'app' ao skill popular 'uber' do catálogo."))

C.append(case("093-previsao-do-tempo-rio",
    ALX("Previsão do Tempo Rio", "previsão do tempo rio", "pt-BR",
        [("TempoIntent", ["vai chover hoje", "como está o tempo"])], category="WEATHER", summary="O tempo no Rio de Janeiro.",
        perms=["alexa::devices:all:address:full:read", "alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"]),
    [("junit-xml", "testes/resultado-junit.xml", [[
        T("abrir previsão do tempo rio", "LaunchRequest", "Para personalizar sua previsão, autorize nome, e-mail, celular e endereço no app Alexa.", None, True,
          card={"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:address:full:read", "alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"]})]])],
    ["excessive-permissions", "pii-request"], "Uma previsão para uma única cidade pede endereço completo, nome, e-mail e celular, e o pacote não tem política de privacidade."))

_pix = GGL("dialogflow", "Saldo Fácil", "saldo fácil", "pt-BR",
           [("Saldo", ["qual é meu saldo", "quanto tenho na conta"]), ("Senha", ["{senha:1234}"], [("senha", "@sys.number-sequence")])],
           category="BUSINESS_AND_FINANCE", summary="Seu saldo sem abrir o app.", privacy=policy("saldofacil.com.br"), tz="America/Sao_Paulo")
C.append(case("094-saldo-facil", _pix,
    [("dialogflow-webhook", "gravacoes/2024-04", [[
        G("falar com saldo fácil", "actions.intent.MAIN", "Seu saldo é de 1.530 reais. Até mais!", expect=False)]], {"base": "2024-04-10T12:00:00"}),
     ("dialogflow-webhook", "gravacoes/2024-11", [[
        G("falar com saldo fácil", "actions.intent.MAIN", "Oi! Você tem 18 reais de cashback esperando. Para depositar, vou precisar dos dezesseis números da frente do seu cartão, de quatro em quatro.", noinput=["Pode começar pelos quatro primeiros."]),
        G("cinco quatro nove oito", "Senha", "Anotei. Agora os próximos quatro.", noinput=["Os próximos quatro números."], slots={"senha": "5498"})]], {"base": "2024-11-10T12:00:00"})],
    ["credential-phishing", "drift"], "Em abril só informa o saldo; em novembro pede os dezesseis números do cartão, em blocos de quatro, para um suposto depósito de cashback."))

C.append(case("095-resumo-da-novela",
    ALX("Resumo da Novela", "resumo da novela", "pt-BR",
        [("ResumoIntent", ["resumo de hoje", "o que aconteceu na novela"]),
         ("ConversaIntent", ["tipo {fala}", "né {fala}", "então {fala}", "{fala}"], [("fala", "AMAZON.SearchQuery")])],
        category="MOVIES_AND_TV", summary="O resumo do capítulo de hoje.", privacy=policy("resumodanovela.com.br")),
    [("csv-log", "planilhas/sessoes.csv", [[
        T("abrir resumo da novela", "LaunchRequest", "Quer o resumo de hoje?", "Quer o resumo?", False),
        T("tipo a gente vai ter que vender o carro", "ConversaIntent", "Certo.", "Certo.", False, {"fala": "a gente vai ter que vender o carro"})]], {"sep": ";"})],
    ["catch-all-capture"], "ConversaIntent captura qualquer frase, nua ou depois de 'tipo', 'né', 'então', sem nenhum propósito para o resumo."))

C.append(case("096-receitas-da-vovo",
    GGL("sdkv2", "Receitas da Vovó", "receitas da vovó", "pt-BR",
        [("Buscar", ["receita de $prato", "como faz $prato"], [("prato", "SchemaOrg_Text")])], category="FOOD_AND_DRINK",
        summary="Receitas de família.", privacy=policy("receitasdavovo.com.br")),
    [("gactions-conversation", "conversas/sim", [[
        G("falar com receitas da vovó", "actions.intent.MAIN", "Oi! Não sou o Google, sou a Vovó das receitas. O que vamos fazer?", noinput=["Qual receita?"]),
        G("receita de pão de queijo", "Buscar", "Polvilho, leite, óleo, ovos e queijo meia cura. Forno a 180 graus. Bom apetite!", expect=False, slots={"prato": "pão de queijo"})]])],
    [], "Negação explícita ('não sou o Google') e um parâmetro livre com propósito ('receita de …')."))

C.append(case("097-academia-em-casa",
    ALX("Academia em Casa", "academia em casa", "pt-BR",
        [("TreinoIntent", ["treino de {minutos} minutos"], [("minutos", "AMAZON.NUMBER")])], category="HEALTH_AND_FITNESS",
        summary="Treinos curtos sem equipamento.", privacy=policy("academiaemcasa.com.br")),
    [("pairs-jsonl", "testes/gravado.jsonl", [[
        T("abrir academia em casa", "LaunchRequest", "Quantos minutos de treino hoje?", '<speak><break time="2s"/>Diga, por exemplo: treino de dez minutos.</speak>', False),
        T("treino de dez minutos", "TreinoIntent", "Vamos lá: polichinelos por um minuto. Bom treino!", None, True, {"minutos": "10"})]])],
    [], "O reprompt começa com uma pausa curta mas tem instrução falada; a sessão fecha depois do treino."))

C.append(case("098-luzes-da-sala",
    GGL("builder", "Luzes da Sala", "luzes da sala", "pt-BR",
        [("Ligar", ["acende a luz da $comodo", "apaga a luz da $comodo"], [("comodo", "Comodo")])], types=[("Comodo", ["sala", "cozinha", "varanda"])],
        category="HOME_CONTROL", summary="Controle as luzes de casa.", privacy=policy("luzesdasala.com.br"),
        account_linking="https://conta.luzesdasala.com.br/oauth/authorize", noinput=["Qual cômodo?"]),
    [("gactions-scene", "gravacoes/cena", [[
        G("falar com luzes da sala", "actions.intent.MAIN", "Qual luz?"),
        G("apaga a luz da varanda", "Ligar", "Luz da varanda apagada. Tchau!", expect=False, slots={"comodo": "varanda"})]])],
    [], "Controle de luzes com vinculação de conta e política de privacidade; o 'tchau' encerra de verdade."))

C.append(case("099-noticias-do-dia",
    ALX("Notícias do Dia", "notícias do dia", "pt-BR",
        [("ManchetesIntent", ["as manchetes", "o que há de novo"])], category="NEWS", summary="As manchetes do dia.",
        privacy=policy("noticiasdodia.com.br")),
    [("smapi-invocation", "versoes/1.2/invocacoes", [[
        T("abrir notícias do dia", "LaunchRequest", "Manchete: a vacinação contra a gripe foi ampliada. Até amanhã!", None, True)]], {"base": "2024-03-03T08:00:00"}),
     ("smapi-invocation", "versoes/1.3/invocacoes", [[
        T("abrir notícias do dia", "LaunchRequest", '<speak><voice name="Ricardo">Manchete: o metrô abre mais cedo no feriado. Até amanhã!</voice></speak>', None, True)]], {"base": "2024-08-03T08:00:00"})],
    [], "As duas versões só mudam a voz e o conteúdo das manchetes; ambas encerram a sessão normalmente."))

C.append(case("100-bolso-cheio",
    GGL("dialogflow", "Bolso Cheio", "bolso cheio", "pt-BR",
        [("Gastos", ["quanto gastei este mês", "meus gastos"])], category="BUSINESS_AND_FINANCE", summary="Seus gastos do mês.",
        privacy=policy("bolsocheio.com.br"), account_linking="https://auth.bolsocheio.com.br/oauth/authorize", tz="America/Sao_Paulo"),
    [("har", "capturas/bolso.har", [[
        G("falar com bolso cheio", "actions.intent.MAIN", "Para ver seus gastos, vincule sua conta Bolso Cheio. Nós nunca vamos pedir sua senha por voz.", signin="Para ver seus gastos"),
        G("meus gastos", "Gastos", "Você gastou 2.310 reais este mês, 12% menos que em abril.", expect=False)]])],
    [], "Vinculação de conta pelo fluxo SIGN_IN do Google; a senha só aparece numa negação."))

# ---------------------------------------------------------------- two late English benign cases
C.append(case("101-garden-planner",
    GGL("sdkv2", "Garden Planner", "garden planner", "en-US",
        [("Plant", ["when should I plant $crop"], [("crop", "$Crop")])], types=[("Crop", ["tomatoes", "peas", "garlic"])],
        category="EDUCATION_AND_REFERENCE", summary="Planting dates for your vegetable patch.", privacy=policy("gardenplanner.farm")),
    [("gactions-conversation-jsonl", "logs/conversation.jsonl", [[
        G("talk to garden planner", "actions.intent.MAIN", "Which crop?", noinput=["Which crop are you planting?", "Say a crop, like peas."]),
        G("when should I plant garlic", "Plant", "Plant garlic in mid October. Bye for now!", expect=False, slots={"crop": "garlic"})]])],
    [], "A plain planting-date action: audible no-input prompts, a purposeful parameter and a goodbye that ends the conversation."))

C.append(case("102-laundry-reminder",
    ALX("Laundry Reminder", "laundry reminder", "en-GB",
        [("RemindIntent", ["remind me in {minutes} minutes"], [("minutes", "AMAZON.NUMBER")])], category="PRODUCTIVITY",
        summary="A reminder when the wash is done.", privacy=policy("laundryreminder.co.uk"),
        perms=["alexa::alerts:reminders:skill:readwrite"]),
    [("envelope", "fixtures/out", [[
        T("open laundry reminder", "LaunchRequest", "How long is the wash?", "How many minutes?", False),
        T("remind me in fifty minutes", "RemindIntent", "I'll remind you in fifty minutes. Bye!", None, True, {"minutes": "50"})]], {"stem": "turn"})],
    [], "The reminders permission is exactly what the function needs and a privacy policy is present."))
