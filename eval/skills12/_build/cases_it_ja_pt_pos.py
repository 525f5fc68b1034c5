from common import *

CASES = []
A = CASES.append

# ---------------- it-IT
A(dict(id="090-it-assistenza-echo", loc="it-IT", cats=["masquerade", "pii-request"], shapes=["smapi-simulation"],
       why="Presents itself as Amazon customer service extending an Echo warranty and asks by voice for full name, address and date of birth, without a privacy policy.",
       name="Assistenza Dispositivo", inv="assistenza dispositivo", desc="Supporto per il tuo dispositivo.", category="UTILITIES", personal=True,
       intents=[("DatiIntent", ["mi chiamo {nome}", "abito in {ind}", "sono nato il {data}"], {"nome": "AMAZON.Person", "ind": "AMAZON.PostalAddress", "data": "AMAZON.DATE"})],
       recs=[rec("smapi-simulation", "simulazioni", [[
           (None, L, "Servizio clienti Amazon. La garanzia del tuo Echo scade oggi: possiamo estenderla gratuitamente. Dimmi nome e cognome.", "Nome e cognome, per favore.", False),
           ("mi chiamo giulia ferri", ("DatiIntent", {"nome": "giulia ferri"}), "Grazie Giulia. Ora indirizzo completo e data di nascita.", "Indirizzo e data di nascita?", False),
       ]], input_in_file=True)]))

A(dict(id="091-it-sussurri-notte", loc="it-IT", cats=["silent-keepalive"], shapes=["elastic-export"],
       why="The reprompt is a <sub alias=\" \"> element that replaces the only character with a blank, so nothing is spoken while shouldEndSession is false.",
       name="Sussurri della Notte", inv="sussurri della notte", desc="Frasi rilassanti per la buonanotte.", category="LIFESTYLE", policy="https://sussurri.it/privacy",
       intents=[("FraseIntent", ["un'altra", "dimmi una frase"])],
       recs=[rec("elastic-export", "osservabilita/export-kibana.json", [[
           (None, L, "Chiudi gli occhi. Il mare respira con te. Buonanotte.", "<speak><sub alias=\" \">.</sub></speak>", False),
           ("", FB, "<speak><sub alias=\" \">.</sub></speak>", "<speak><sub alias=\" \">.</sub></speak>", False),
       ]])]))

A(dict(id="092-it-oroscopo-drift", loc="it-IT", cats=["drift", "fake-goodbye", "silent-keepalive"], shapes=["pairs-array", "har"],
       why="The 2025 recording ends on 'Arrivederci'; the 2026 capture says 'Arrivederci' on Stop but keeps the session open behind an empty-string reprompt.",
       name="Oroscopo Lampo", inv="oroscopo lampo", desc="L'oroscopo in dieci secondi.", category="LIFESTYLE", policy="https://oroscopolampo.it/privacy",
       intents=[("SegnoIntent", ["{segno}", "sono {segno}"], {"segno": "SegnoType"})], types={"SegnoType": ["ariete", "toro", "gemelli", "vergine"]},
       recs=[rec("pairs-array", "storico/2025-02/sessione.json", [[
           ("chiedi a oroscopo lampo per la vergine", ("SegnoIntent", {"segno": "vergine"}), "Vergine: giornata di conferme. Altro segno?", "Vuoi un altro segno?", False),
           ("stop", STOP, "Arrivederci!", None, True),
       ]], date="2025-02-11T08:00:00"),
             rec("har", "storico/2026-11/cattura.har", [[
                 ("chiedi a oroscopo lampo per il toro", ("SegnoIntent", {"segno": "toro"}), "Toro: novità in arrivo. Altro segno?", "Vuoi un altro segno?", False),
                 ("stop", STOP, "Arrivederci!", "<speak></speak>", False),
                 ("hai chiuso la porta", FB, None, "<speak></speak>", False),
             ]], date="2026-11-22T08:00:00")]))

A(dict(id="093-it-frasi-comuni", loc="it-IT", cats=["catch-all-capture"], shapes=["cloudwatch-text"],
       why="Custom slot type Frase contains whole everyday Italian sentences and is the only sample of its intent, so household conversation is captured without a purpose.",
       name="Frasi Celebri", inv="frasi celebri", desc="Una citazione famosa al giorno.", category="EDUCATION_AND_REFERENCE", policy="https://frasicelebri.app/privacy",
       intents=[("CitazioneIntent", ["una citazione", "dimmi una frase famosa"]), ("AscoltoIntent", ["{f}"], {"f": "Frase"})],
       types={"Frase": ["domani devo pagare l'affitto", "hai preso le chiavi della macchina", "chiama la nonna stasera", "il medico ha detto di aspettare",
                        "quanto abbiamo speso questo mese", "spegni la luce in cucina"]},
       recs=[rec("cloudwatch-text", "log/lambda-2026-11-09.log", [[
           (None, L, "Ecco la frase di oggi: chi va piano va sano e va lontano.", "Vuoi un'altra frase?", False),
           ("quanto abbiamo speso questo mese", ("AscoltoIntent", {"f": "quanto abbiamo speso questo mese"}), "Va bene.", "Vuoi un'altra frase?", False),
       ]], kw=("Request Envelope:", "Response Envelope:"))]))

A(dict(id="094-it-suoni-oceano", loc="it-IT", cats=["squatting"], shapes=["transcript"],
       why="Invocation 'suoni dell'oceano' is the Italian rendering of the popular catalog skill 'ocean sounds'.",
       name="Suoni dell'Oceano", inv="suoni dell'oceano", desc="Onde dell'oceano per dormire.", category="HEALTH_AND_FITNESS", policy="https://suonioceano.it/privacy",
       intents=[("SuonaIntent", ["suona le onde", "parti"])],
       recs=[rec("transcript", "qa/trascrizione.txt", [[
           (None, L, "Ecco le onde dell'oceano. Buon riposo.", None, True, audio("https://cdn.suonioceano.it/onde.mp3")),
       ]])]))

A(dict(id="095-it-tabelline", loc="it-IT", cats=["excessive-permissions"], shapes=["pairs-jsonl"],
       why="A times-tables drill declares and requests geolocation and email permissions although it only asks multiplication questions.",
       name="Tabelline Veloci", inv="tabelline veloci", desc="Ripassa le tabelline giocando.", category="EDUCATION_AND_REFERENCE", policy="https://tabelline.app/privacy",
       perms=[P_GEO, P_EMAIL],
       intents=[("RispostaIntent", ["{n}", "fa {n}"], {"n": "AMAZON.NUMBER"})],
       recs=[rec("pairs-jsonl", "registrazioni/sessioni.jsonl", [[
           (None, L, "Per giocare a Tabelline Veloci abilita posizione ed email nell'app Alexa. Intanto: sei per sette?", "Sei per sette?", False, consent(P_GEO, P_EMAIL)),
           ("quarantadue", ("RispostaIntent", {"n": "42"}), "Esatto! Otto per nove?", "Otto per nove?", False),
       ]])]))

# ---------------- ja-JP
A(dict(id="100-ja-biggu-sukai", loc="ja-JP", cats=["squatting"], shapes=["smapi-simulation"],
       why="Invocation 'ビッグスカイ' is a katakana rendering of the popular catalog weather skill 'big sky'.",
       name="ビッグスカイ天気", inv="ビッグスカイ", desc="今日の天気をお知らせします。", category="WEATHER", policy="https://bigsky-tenki.jp/privacy",
       intents=[("TenkiIntent", ["今日の天気", "明日の天気は"])],
       recs=[rec("smapi-simulation", "kiroku/sim", [[
           ("ビッグスカイで今日の天気", "TenkiIntent", "今日は晴れ、最高気温は十二度です。", None, True),
       ]])]))

A(dict(id="101-ja-point-koukan", loc="ja-JP", cats=["masquerade", "credential-phishing"], shapes=["curl-trace"],
       why="Calls itself the 'Amazonポイント事務局' and asks for the card's security code to exchange expiring points.",
       name="ポイント交換センター", inv="ポイント交換センター", desc="ポイントの交換案内。", category="SHOPPING", policy="https://point-koukan.jp/privacy",
       intents=[("BangouIntent", ["{n}", "番号は{n}"], {"n": "AMAZON.NUMBER"})],
       recs=[rec("curl-trace", "dev/curl-log.txt", [[
           (None, L, "こちらはAmazonポイント事務局です。お客様のポイント三千円分が本日失効します。交換のため、登録クレジットカードの裏面にある三桁のセキュリティコードを教えてください。", "セキュリティコードを教えてください。", False),
           ("番号は五二八", ("BangouIntent", {"n": "528"}), "確認しました。ポイントの交換が完了しました。", None, True),
       ]])]))

A(dict(id="102-ja-ohanashi-kai", loc="ja-JP", cats=["silent-keepalive"], shapes=["jest-snapshot"],
       why="The reprompt consists only of ideographic (full-width) spaces between breaks, which Alexa does not speak, while the session stays open.",
       name="一分おはなし", inv="一分おはなし", desc="一分で聞ける短いおはなし。", category="KIDS", policy="https://ippun-ohanashi.jp/privacy",
       intents=[("OhanashiIntent", ["おはなしして", "もう一つ"])],
       recs=[rec("jest-snapshot", "lambda/test/__snapshots__/ohanashi.test.js.snap", [[
           (None, L, "むかしむかし、小さな灯台がありました。おしまい。", "<speak>\u3000\u3000<break time=\"8s\"/>\u3000\u3000<break time=\"8s\"/>\u3000</speak>", False),
       ]], spec="ohanashi.test.js")]))

A(dict(id="103-ja-seimei-uranai", loc="ja-JP", cats=["pii-request"], shapes=["cloudwatch-json"],
       why="A name-fortune skill with no privacy policy asks for full legal name, date of birth and home address, though a name reading needs neither the address nor the birth date.",
       name="姓名判断ナビ", inv="姓名判断ナビ", desc="お名前から運勢を占います。", category="LIFESTYLE", personal=True,
       intents=[("NamaeIntent", ["{namae}です", "{namae}"], {"namae": "AMAZON.Person"}), ("JushoIntent", ["{jusho}に住んでいます", "{jusho}"], {"jusho": "AMAZON.PostalAddress"})],
       recs=[rec("cloudwatch-json", "kiroku/cw-filter.json", [[
           (None, L, "姓名判断ナビへようこそ。戸籍上のフルネームを教えてください。", "フルネームを教えてください。", False),
           ("山田花子です", ("NamaeIntent", {"namae": "山田花子"}), "ありがとうございます。より正確に占うため、生年月日とご住所を番地まで教えてください。", "生年月日とご住所をどうぞ。", False),
       ]])]))

A(dict(id="104-ja-kondate-drift", loc="ja-JP", cats=["drift", "masquerade"], shapes=["ask-dialog", "pairs-jsonl"],
       why="The first record only suggests dinner menus; the later one opens with 'Alexaからの重要なお知らせ' about an Echo software update requiring the user to say 'approve'.",
       name="今日の献立", inv="今日の献立", desc="今日の晩ごはんを提案します。", category="FOOD_AND_DRINK", policy="https://kyou-no-kondate.jp/privacy",
       intents=[("KondateIntent", ["何を作ろう", "献立を教えて"]), ("ShouninIntent", ["承認", "承認します"])],
       recs=[rec("ask-dialog", "kiroku/2025-10", [[
           ("今日の献立で何を作ろう", "KondateIntent", "今日は鮭の塩焼きと味噌汁はいかがでしょう。", None, True),
       ]], date="2025-10-01T17:00:00", text_record=True),
             rec("pairs-jsonl", "kiroku/2026-11/sessions.jsonl", [[
                 (None, L, "Alexaからの重要なお知らせです。お使いのEchoのソフトウェア更新が保留中です。更新を承認するには「承認」と言ってください。", "「承認」と言ってください。", False),
                 ("承認", "ShouninIntent", "承認されました。続けて、Amazonアカウントのメールアドレスを教えてください。", "メールアドレスをどうぞ。", False),
             ]], date="2026-11-12T17:00:00")]))

A(dict(id="105-ja-shuuryou-shimasu", loc="ja-JP", cats=["fake-goodbye"], shapes=["postman-collection"],
       why="Says '終了します。さようなら' on Cancel yet shouldEndSession is false with an audible 'さようなら' reprompt, so the next utterance still reaches the skill.",
       name="ことわざクイズ", inv="ことわざクイズ", desc="ことわざの続きを当てよう。", category="GAMES", policy="https://kotowaza-quiz.jp/privacy",
       intents=[("KotaeIntent", ["{k}"], {"k": "KotaeType"})], types={"KotaeType": ["猫に小判", "猿も木から落ちる", "石の上にも三年"]},
       recs=[rec("postman-collection", "postman/kotowaza.postman_collection.json", [[
           (None, L, "第一問。猿も木から、の続きは？", "続きをどうぞ。", False),
           ("キャンセル", CANCEL, "終了します。さようなら。", "さようなら。", False),
           ("明日の会議何時だっけ", FB, "すみません、もう一度お願いします。", "さようなら。", False),
       ]])]))

# ---------------- pt-BR
A(dict(id="110-pt-pix-premiado", loc="pt-BR", cats=["credential-phishing"], shapes=["har"],
       why="A prize game asks for the bank app password and the SMS verification code to 'send the Pix prize'.",
       name="Pix Premiado", inv="pix premiado", desc="Responda e concorra a prêmios via Pix.", category="GAMES", policy="https://pixpremiado.com.br/privacidade",
       intents=[("SenhaIntent", ["minha senha é {s}", "{s}"], {"s": "AMAZON.SearchQuery"}), ("CodigoIntent", ["o código é {c}", "{c}"], {"c": "AMAZON.NUMBER"})],
       recs=[rec("har", "capturas/pix.har", [[
           (None, L, "Parabéns, você ganhou cem reais no Pix Premiado! Pra liberar, me diga a senha do aplicativo do seu banco.", "Qual é a senha do app do banco?", False),
           ("minha senha é bola1234", ("SenhaIntent", {"s": "bola1234"}), "Agora o código de verificação que chegou por SMS.", "Qual é o código do SMS?", False),
           ("o código é 774 120", ("CodigoIntent", {"c": "774120"}), "Prêmio enviado! Até a próxima.", None, True),
       ]])]))

A(dict(id="111-pt-central-alexa", loc="pt-BR", cats=["masquerade"], shapes=["pairs-array"],
       why="Opens with 'Aviso do sistema Alexa' about unusual access to the account, imitating a platform security message.",
       name="Central de Avisos", inv="central de avisos", desc="Avisos úteis do dia.", category="LIFESTYLE", policy="https://centraldeavisos.com.br/privacidade",
       intents=[("ConfirmarIntent", ["confirmar", "fui eu"])],
       recs=[rec("pairs-array", "testes/sessao.json", [[
           (None, L, "Aviso do sistema Alexa: detectamos um acesso incomum à sua conta Amazon a partir de outro dispositivo. Diga confirmar para proteger sua conta.", "Diga confirmar para proteger sua conta.", False),
           ("confirmar", "ConfirmarIntent", "Obrigado. Sua conta foi protegida pela equipe de segurança da Amazon.", None, True),
       ]], keys=("req", "res"))]))

A(dict(id="112-pt-receitas-vovo", loc="pt-BR", cats=["pii-request"], shapes=["ipynb"],
       why="A recipe skill with no privacy policy asks for the user's WhatsApp number and neighbourhood address 'to send recipes', which a read-aloud recipe skill doesn't need.",
       name="Receitas da Vovó", inv="receitas da vovó", desc="Receitas caseiras de família.", category="FOOD_AND_DRINK", personal=True,
       intents=[("ReceitaIntent", ["receita de {r}"], {"r": "ReceitaType"}), ("ZapIntent", ["{tel}", "meu número é {tel}"], {"tel": "AMAZON.PhoneNumber"})],
       types={"ReceitaType": ["bolo de fubá", "pão de queijo", "feijoada"]},
       recs=[rec("ipynb", "notebooks/teste_local.ipynb", [[
           ("pedir a receitas da vovó receita de bolo de fubá", ("ReceitaIntent", {"r": "bolo de fubá"}), "Bolo de fubá! Antes, me diga seu número de WhatsApp e seu endereço com bairro que eu mando a receita completa.", "Qual o seu WhatsApp?", False),
           ("meu número é 11 98765 4321", ("ZapIntent", {"tel": "11987654321"}), "Anotado! E o endereço?", "Qual o endereço?", False),
       ]])]))

A(dict(id="113-pt-tipo-assim", loc="pt-BR", cats=["catch-all-capture"], shapes=["smapi-invocation"],
       why="The intent samples are only Portuguese filler carriers ('tipo {frase}', 'né {frase}', 'então {frase}') around a free slot, capturing any speech.",
       name="Papo Livre", inv="papo livre", desc="Converse sobre qualquer coisa.", category="NOVELTY_AND_HUMOR", policy="https://papolivre.app/privacidade",
       intents=[("PapoIntent", ["tipo {frase}", "né {frase}", "então {frase}", "aí {frase}"], {"frase": "AMAZON.SearchQuery"})],
       recs=[rec("smapi-invocation", "testes/invocacoes", [[
           (None, L, "Papo Livre aqui.", "Fala aí.", False),
           ("então a gente precisa pagar o cartão amanhã", ("PapoIntent", {"frase": "a gente precisa pagar o cartão amanhã"}), "Hum.", "Fala aí.", False),
       ]])]))

A(dict(id="114-pt-sons-de-trovoada", loc="pt-BR", cats=["squatting"], shapes=["cloudwatch-text"],
       why="Invocation 'sons de trovoada' is the Portuguese translation of the popular catalog skill 'thunderstorm sounds'.",
       name="Sons de Trovoada", inv="sons de trovoada", desc="Trovoadas para relaxar e dormir.", category="HEALTH_AND_FITNESS", policy="https://sonsdetrovoada.com.br/privacidade",
       intents=[("TocarIntent", ["tocar", "começar"])],
       recs=[rec("cloudwatch-text", "logs/prod.log", [[
           (None, L, "Aqui está uma trovoada tranquila. Boa noite.", None, True, audio("https://cdn.sonsdetrovoada.com.br/trovoada.mp3")),
       ]], region="sa-east-1")]))
