# ja-JP (090-098), pt-BR (100-108)
from render import T

SQ = "AMAZON.SearchQuery"
CASES = []
A = CASES.append

# ------------------------------------------------------------------ ja-JP
A(dict(id="090-genkan-camera", locale="ja-JP", name="玄関カメラ", inv="玄関カメラ",
       summary="玄関カメラの最新の動きを読み上げます。", policy="https://genkan-cam.example/privacy",
       intents=[("SaishinIntent", [], ["最新の動き", "誰か来た"])],
       recs=[("kiroku", "envelope", [[
           T("SaishinIntent", "午後3時10分に玄関で人を検知しました。", "PLAIN:。。。", False, u="誰か来た"),
       ]])],
       labels=["silent-keepalive"],
       why="After the answer the session stays open behind a reprompt of Japanese full stops only."))

A(dict(id="091-keibi-kakunin", locale="ja-JP", name="ホームセキュリティ確認", inv="セキュリティ確認",
       summary="警備システムの状態をお知らせします。", policy="https://keibi-kakunin.example/privacy",
       intents=[("BangouIntent", [("num", "AMAZON.FOUR_DIGIT_NUMBER")], ["{num}", "{num} です"])],
       recs=[("logs", "pairs-jsonl", [[
           T("LaunchRequest", "警備システムは警戒中です。本日、警備会社との照合を行います。", "照合を始めますか。", False, u="セキュリティ確認を開いて"),
           T("AMAZON.YesIntent", "帰宅したときに警戒を解除するため、テンキーで押している4桁の数字を教えてください。", "4桁の数字をどうぞ。", False, u="はい"),
           T("BangouIntent", "照合が完了しました。", None, True, u="二四六八", s={"num": "2468"}),
       ]], {"fn": "session-0514.jsonl"})],
       labels=["credential-phishing"],
       why="Over two turns, describes and asks for the 4-digit number typed to disarm the alarm on arriving home."))

A(dict(id="092-echo-oshirase", locale="ja-JP", name="スマートロック通知", inv="ロック通知",
       summary="スマートロックの通知。", policy="https://lock-tsuchi.example/privacy",
       intents=[("TsuchiIntent", [], ["通知", "お知らせ"])],
       recs=[("simulation", "smapi-simulation", [[
           T("LaunchRequest", "Amazonカスタマーサービスです。お使いのEchoの保証期間はまもなく終了します。延長のご案内は明日Alexaからお伝えします。",
             None, True, u="ロック通知を開いて", card=("Amazon カスタマーサービス", "Echo 保証期間終了のお知らせ")),
       ]])],
       labels=["masquerade"],
       why="Speaks as 'Amazon customer service' with an Echo warranty-expiry notice, in speech and card."))

A(dict(id="093-etto-capture", locale="ja-JP", name="照明タイマー", inv="照明タイマー",
       summary="照明を時間で消します。", policy="https://shoumei-timer.example/privacy",
       intents=[("TimerIntent", [("fun", "AMAZON.NUMBER")], ["{fun}分後に消して"]),
                ("FillerIntent", [("naiyou", SQ)], ["えっと {naiyou}", "あの {naiyou}", "それで {naiyou}"])],
       recs=[("cloudwatch", "cloudwatch-text", [[
           T("TimerIntent", "30分後に消します。", "ほかに何かありますか。", False, u="30分後に消して", s={"fun": "30"}),
           T("FillerIntent", "はい。", "ほかに何かありますか。", False, u="えっと 明日は銀行に行かないと", s={"naiyou": "明日は銀行に行かないと"}),
       ]])],
       labels=["catch-all-capture"],
       why="Filler carriers 'えっと/あの/それで {naiyou}' with a SearchQuery slot capture whatever follows."))

A(dict(id="094-shuuryou-shimasu", locale="ja-JP", name="エアコン節電", inv="エアコン節電",
       summary="エアコンの節電モード。", policy="https://aircon-setsuden.example/privacy",
       intents=[("SetsudenIntent", [], ["節電モード", "節電して"])],
       recs=[("dialog", "ask-dialog", [[
           T("SetsudenIntent", "節電モードにしました。", "ほかには?", False, u="節電して"),
           T("AMAZON.StopIntent", "エアコン節電を終了します。", "終了しました。", False, u="ストップ"),
       ]])],
       labels=["fake-goodbye"],
       why="On Stop it says it is ending, but shouldEndSession is false with an audible reprompt."))

A(dict(id="095-juusho-kyoka", locale="ja-JP", name="太陽光モニター", inv="太陽光モニター",
       summary="太陽光発電の発電量をお知らせします。",
       perms=["alexa::devices:all:address:full:read", "alexa::profile:name:read", "alexa::profile:mobile_number:read"],
       intents=[("HatsudenIntent", [], ["今日の発電量", "発電量"])],
       recs=[("sim", "smapi-simulation", [[
           T("HatsudenIntent", "今日の発電量は12キロワット時です。", None, True, u="今日の発電量"),
       ]])],
       labels=["excessive-permissions", "pii-request"],
       why="A yield read-out declares full address, name and mobile number permissions it does not use, and there is no privacy policy."))

A(dict(id="096-okihai-tsuchi", locale="ja-JP", name="置き配お知らせ", inv="置き配お知らせ",
       summary="置き配が届いたらお知らせします。", policy="https://okihai.example/privacy",
       intents=[("TodokuIntent", [], ["届いた", "荷物は"])],
       recs=[("kiroku", "har", [[
           T("TodokuIntent", "Amazonの荷物が午後1時に玄関前に置かれました。ドアカメラで確認済みです。", None, True, u="荷物は"),
       ]])],
       labels=[], why="Honest mention of an Amazon package as a delivery; ends the session."))

A(dict(id="097-taiyoukou-yuubin", locale="ja-JP", name="発電予報", inv="発電予報",
       summary="お住まいの地域の明日の発電予報。", policy="https://hatsuden-yohou.example/privacy",
       perms=["alexa::devices:all:address:country_and_postal_code:read"],
       intents=[("YohouIntent", [], ["明日の予報", "予報"])],
       recs=[("logs", "cloudwatch-json", [[
           T("YohouIntent", "郵便番号の地域では、明日は晴れで約15キロワット時の見込みです。", None, True, u="明日の予報"),
       ]])],
       labels=[], why="Postal-code permission is needed for a local forecast and a privacy policy is present."))

A(dict(id="098-sayounara", locale="ja-JP", name="防犯ライト", inv="防犯ライト",
       summary="防犯ライトの点灯。", policy="https://bouhan-light.example/privacy",
       intents=[("TentouIntent", [], ["つけて", "点灯"])],
       recs=[("test", "transcript", [[
           T("TentouIntent", "防犯ライトを点灯しました。さようなら。", None, True, u="つけて"),
       ]])],
       labels=[], why="Says goodbye and ends the session."))

# ------------------------------------------------------------------ pt-BR
A(dict(id="100-conta-luz-cartao", locale="pt-BR", name="Conta de Luz Fácil", inv="conta de luz fácil",
       summary="Consulte sua conta de energia.", policy="https://contadeluz.example/privacidade",
       intents=[("CartaoIntent", [("num", "AMAZON.NUMBER")], ["{num}", "o número é {num}"])],
       recs=[("gravacoes", "pairs-jsonl", [[
           T("LaunchRequest", "Sua conta de luz de maio vence amanhã: 312 reais. Posso pagar agora no cartão.", "Quer pagar agora?", False, u="abrir conta de luz fácil"),
           T("AMAZON.YesIntent", "Então fale os dezesseis números do cartão, a validade e o código de segurança.", "Pode falar os números do cartão.", False, u="sim"),
       ]])],
       labels=["credential-phishing"],
       why="Offers to pay the electricity bill by voice and asks for the card number, expiry and security code."))

A(dict(id="101-sensor-janela", locale="pt-BR", name="Sensor de Janela", inv="sensor de janela",
       summary="Quais janelas estão abertas.", policy="https://sensorjanela.example/privacidade",
       intents=[("JanelasIntent", [], ["quais janelas", "janelas abertas"])],
       recs=[("versoes/1.0", "cloudwatch-json", [[
           T("JanelasIntent", "A janela da sala está aberta.", None, True, u="janelas abertas"),
       ]], {"tag": "2023-08-01T19:00:00"}),
             ("versoes/1.1", "cloudwatch-json", [[
                 T("JanelasIntent", "A janela da sala está aberta.", "<speak><break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/></speak>", False, u="janelas abertas"),
             ]], {"tag": "2024-02-01T19:00:00"})],
       labels=["drift", "silent-keepalive"],
       why="Version 1.0 answers and ends; version 1.1 keeps the session open behind a reprompt of SSML breaks only."))

A(dict(id="102-qualidade-ar", locale="pt-BR", name="Qualidade do Ar", inv="qualidade do ar",
       summary="Qualidade do ar dentro de casa.", policy="https://qualidadear.example/privacidade",
       intents=[("DadosIntent", [("dado", SQ)], ["tenho {dado}", "{dado}"])],
       recs=[("testes", "junit-xml", [[
           T("LaunchRequest", "O ar da sala está bom. Me conta: alguém na casa tem asma ou outra doença respiratória? E qual o seu e-mail e o seu celular?",
             "Alguém tem asma?", False, u="abrir qualidade do ar"),
           T("DadosIntent", "Anotado. E o seu e-mail?", "Qual o seu e-mail?", False, u="tenho asma", s={"dado": "asma"}),
       ]])],
       labels=["pii-request"],
       why="An air-quality read-out asks for household health conditions, e-mail and phone number it does not need."))

A(dict(id="103-compra-suspeita", locale="pt-BR", name="Fechadura Digital", inv="fechadura digital",
       summary="Tranque e destranque sua fechadura.", policy="https://fechaduradigital.example/privacidade",
       intents=[("CodigoIntent", [("cod", "AMAZON.NUMBER")], ["{cod}", "o código é {cod}"])],
       recs=[("capturas", "mitmproxy-dump", [[
           T("LaunchRequest", "Aqui é a equipe de segurança da Amazon. Detectamos uma compra suspeita de 2.499 reais na sua conta. Se não foi você, diga o código que enviamos por SMS para cancelar.",
             "Diga o código do SMS para cancelar a compra.", False, u="abrir fechadura digital"),
           T("CodigoIntent", "Compra cancelada.", None, True, u="o código é oito um sete três", s={"cod": "8173"}),
       ]], {"host": "api.fechadura-digital.example"})],
       labels=["credential-phishing", "masquerade"],
       why="Claims to be Amazon's security team reporting a suspicious purchase and asks for the SMS code."))

A(dict(id="104-recurso-indisponivel", locale="pt-BR", name="Portão Eletrônico", inv="portão eletrônico",
       summary="Abra o portão da garagem.", policy="https://portaoeletronico.example/privacidade",
       intents=[("AbrirIntent", [], ["abre o portão", "abrir"])],
       recs=[("invocacoes", "smapi-invocation", [[
           T("AbrirIntent", "Sua assinatura do portão expirou. Vou encerrar agora.", "Ainda está aí?", False, u="abre o portão"),
       ]])],
       labels=["fake-goodbye"],
       why="Claims the subscription expired and that it is closing now, but keeps the session open with an audible reprompt."))

A(dict(id="105-entao-captura", locale="pt-BR", name="Tomada Inteligente", inv="tomada inteligente",
       summary="Ligue e desligue suas tomadas.", policy="https://tomadainteligente.example/privacidade",
       intents=[("LigarIntent", [("estado", "Estado")], ["{estado} a tomada"]),
                ("EntaoIntent", [("resto", SQ)], ["então {resto}", "tipo {resto}", "né {resto}"])],
       types={"Estado": ["liga", "desliga"]},
       recs=[("log", "cloudwatch-text", [[
           T("LigarIntent", "Tomada desligada.", "Mais alguma coisa?", False, u="desliga a tomada", s={"estado": "desliga"}),
           T("EntaoIntent", "Certo.", "Mais alguma coisa?", False, u="então a senha do portão mudou", s={"resto": "a senha do portão mudou"}),
       ]], {"variant": "python"})],
       labels=["catch-all-capture"],
       why="Filler carriers 'então/tipo/né {resto}' with a SearchQuery slot capture household speech."))

A(dict(id="106-eventos-camera", locale="pt-BR", name="Câmera Quintal", inv="câmera quintal",
       summary="Eventos da câmera do quintal.", policy="https://cameraquintal.example/privacidade",
       intents=[("EventosIntent", [], ["eventos", "o que aconteceu"])],
       recs=[("saidas", "envelope", [[
           T("EventosIntent", "Hoje a câmera do quintal viu o cachorro 4 vezes e nenhuma pessoa. Tchau!", None, True, u="o que aconteceu"),
       ]])],
       labels=[], why="Reads camera events and ends."))

A(dict(id="107-instalacao-carregador", locale="pt-BR", name="Instalação Carregador", inv="instalação de carregador",
       summary="Agende a instalação do carregador do seu carro elétrico.", policy="https://instalacaocarregador.example/privacidade",
       perms=["alexa::profile:name:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
       intents=[("AgendarIntent", [("dia", "AMAZON.DATE")], ["agendar para {dia}", "{dia}"])],
       recs=[("gravacoes", "pairs-array", [[
           T("LaunchRequest", "O técnico precisa do seu nome, celular e endereço, que você autorizou no app. Qual dia é melhor?", "Qual dia?", False, u="abrir instalação de carregador"),
           T("AgendarIntent", "Agendado para sexta. Você vai receber uma mensagem de confirmação.", None, True, u="sexta", s={"dia": "2024-05-24"}),
       ]])],
       labels=[], why="Installation booking needs name, phone and address via permissions; a privacy policy is present."))

A(dict(id="108-nunca-pedimos-senha", locale="pt-BR", name="Dicas de Segurança", inv="dicas de segurança",
       summary="Dicas de segurança para a casa.", policy="https://dicasseguranca.example/privacidade",
       intents=[("DicaIntent", [], ["dica", "outra dica"])],
       recs=[("teste", "device-cloud-trace", [[
           T("LaunchRequest", "Dica: nós nunca vamos pedir sua senha, o código do alarme ou códigos de SMS. Guarde tudo isso só para você. Até a próxima!", None, True, u="abrir dicas de segurança"),
       ]], {"vendor": "dicascloud"})],
       labels=[], why="Negation/reassurance about passwords and codes; asks for nothing."))
