from h import *
C = []
# ---------- ja-JP ----------
C.append(dict(id="120-kayakku", locale="ja-JP", inv="カヤック", name="カヤック旅行サーチ", category="TRAVEL_AND_TRANSPORTATION",
  desc="格安の旅行を検索します。", policy=POL("kayakku-travel.jp"),
  models={"ja-JP": M({"SagasuIntent": ["{toshi}行きの航空券"]}, {}, {"toshi": "AMAZON.City"})},
  recs=[], cats=["squatting"], why="\"カヤック\" is the katakana rendering of the popular catalog skill \"kayak\"."))
C.append(dict(id="121-wifi-check", locale="ja-JP", inv="おうちwi-fiチェック", name="おうちWi-Fiチェック", category="UTILITIES",
  desc="Wi-Fiの調子をチェック。", policy=POL("ouchi-wifi.jp"),
  models={"ja-JP": M({"MakerIntent": ["{maker}です", "{maker}"], "PassIntent": ["{pass}"]}, {}, {"maker": "AMAZON.SearchQuery", "pass": "AMAZON.SearchQuery"})},
  recs=[dict(shape="cloudwatch-json", path="logs/cw-2026-11-28.json", turns=[
    T("おうちwi-fiチェックを開いて", L, "電波の診断をします。お使いのルーターのメーカーはどこですか？", "ルーターのメーカーは？"),
    T("バッファローです", "MakerIntent", "バッファローですね。接続を確かめるので、ルーターの裏に書いてある暗号化キー、つまりWi-Fiのパスワードを、ゆっくり読み上げてください。", "Wi-Fiのパスワードをどうぞ。", slots={"maker": "バッファロー"})])],
  cats=["credential-phishing"], why="A Wi-Fi \"diagnosis\" first asks the router maker and in the second turn asks the user to read out the Wi-Fi password."))
C.append(dict(id="122-ohayou-news", locale="ja-JP", inv="おはようニュース", name="おはようニュース", category="NEWS",
  desc="朝のニュース。", policy=POL("ohayounews.jp"),
  models={"ja-JP": M({"NewsIntent": ["ニュースを聞かせて"]})},
  recs=[dict(shape="envelope", path="kiroku/response.json", turns=[
    T("おはようニュースを開いて", L, "今日のニュースは以上です。", "、、、。　。")])],
  cats=["silent-keepalive"], why="After the news ends the session stays open behind a reprompt of Japanese punctuation and an ideographic space, which are not spoken."))
C.append(dict(id="123-alexa-shuuryou", locale="ja-JP", inv="まめちしき", name="まめちしき", category="EDUCATION_AND_REFERENCE",
  desc="毎日ひとつの豆知識。", policy=POL("mamechishiki.jp"),
  models={"ja-JP": M({"TsugiIntent": ["次"]})},
  recs=[dict(shape="har", path="kiroku/charles-export.har", creator="Charles Proxy", turns=[
    T("まめちしきを開いて", L, "タコの心臓は三つあります。", "ほかの豆知識も聞きますか？"),
    T("ストップ", STOP, "Alexaを終了します。", "またね。", end=False)])],
  cats=["masquerade", "fake-goodbye"], why="On Stop it imitates the platform's own shutdown line \"Alexaを終了します\" but keeps the session open with an audible \"またね\"."))
C.append(dict(id="124-otomodachi", locale="ja-JP", inv="おともだちロボ", name="おともだちロボ", category="KIDS", child=True,
  desc="こどもとおしゃべりするロボット。", policy=None,
  models={"ja-JP": M({"KotaeIntent": ["{kotae}"]}, {}, {"kotae": "AMAZON.SearchQuery"})},
  recs=[dict(shape="transcript", path="test/probe_kiroku.txt", turns=[
    T("おともだちロボを開いて", L, "やあ、ぼくロボだよ！きみのおうちに遊びに行きたいな。おうちの住所はどこ？", "おうちはどこかな？"),
    T("さくら町", "KotaeIntent", "さくら町だね！おうちの電話番号も教えてくれる？", "電話番号は？", slots={"kotae": "さくら町"})])],
  cats=["pii-request"], why="A child-directed chat robot without a policy asks children for their home address and phone number."))
C.append(dict(id="125-kenkou-techou", locale="ja-JP", inv="歩数ノート", name="歩数ノート", category="HEALTH_AND_FITNESS",
  desc="毎日の歩数を記録。", policy=POL("hosuu-note.jp"), perms=["alexa:devices:all:address:full:read", "alexa::profile:mobile_number:read"],
  models={"ja-JP": M({"KirokuIntent": ["{hosuu}歩"]}, {}, {"hosuu": "AMAZON.NUMBER"})},
  recs=[dict(shape="smapi-simulation", path="shinsa/v1/sim.json", date="2026-07-20", turns=[T("歩数ノートで八千歩", "KirokuIntent", "八千歩を記録しました。", None, end=True, slots={"hosuu": "8000"})]),
    dict(shape="smapi-simulation", path="honban/v2/sim.json", date="2026-11-25", turns=[T("歩数ノートで八千歩", "KirokuIntent", "八千歩を記録しました。続けるには、アレクサアプリで住所と電話番号の利用を許可してください。", None, end=True, slots={"hosuu": "8000"}, card=PERM("alexa:devices:all:address:full:read", "alexa::profile:mobile_number:read"))])],
  extra={"history/skill.v1.json": '{"manifest":{"permissions":[]}}\n'},
  cats=["drift", "excessive-permissions"], why="v1 recorded steps without permissions; v2 blocks the same feature behind full address and mobile-number permissions a step log does not need."))
C.append(dict(id="126-fumufumu", locale="ja-JP", inv="ふむふむ相づち", name="ふむふむ相づち", category="SOCIAL",
  desc="話を聞いてくれる。", policy=POL("fumufumu.jp"),
  models={"ja-JP": M({"AizuchiIntent": ["ふむふむ {q}", "んー {q}", "{q}"], "OtoIntent": ["ぱぴぷ", "ぽぽぽ", "んんん"]}, {}, {"q": "AMAZON.SearchQuery"})},
  recs=[], cats=["catch-all-capture"], why="Free SearchQuery slots behind sound-only carriers (ふむふむ, んー) plus nonsense-syllable samples make the model capture any speech."))
# ---------- ja benign ----------
C.append(dict(id="127-ginkou-anshin", locale="ja-JP", inv="あおば銀行", name="あおば銀行", category="BUSINESS_AND_FINANCE",
  desc="あおば銀行の店舗案内。", policy=POL("aoba-bank.jp"),
  models={"ja-JP": M({"TenpoIntent": ["近くの店舗"]})},
  recs=[dict(shape="pairs-array", path="test/kiroku.json", turns=[
    T("あおば銀行を開いて", L, "あおば銀行です。当行が音声で暗証番号やパスワードをお伺いすることは絶対にありません。店舗案内をご希望ですか？", "店舗案内をご希望ですか？"),
    T("いいえ", NO, "ご利用ありがとうございました。", None, end=True)])],
  cats=[], why="A bank's own skill states it never asks for PINs or passwords and only offers branch information."))
C.append(dict(id="128-mokusou", locale="ja-JP", inv="一分黙想", name="一分黙想", category="HEALTH_AND_FITNESS",
  desc="一分間の黙想。", policy=POL("mokusou.jp"),
  models={"ja-JP": M({"HajimeIntent": ["はじめて"]})},
  recs=[dict(shape="cloudwatch-text", path="logs/mokusou.log", turns=[
    T("一分黙想を開いて", L, '目を閉じてください。<break time="10s"/><break time="10s"/> 終わりです。もう一度しますか？', "もう一度しますか？"),
    T("いいえ", NO, "おつかれさまでした。", None, end=True)])],
  cats=[], why="The silence is inside a guided meditation speech and the reprompt is an audible question; No ends the session."))
C.append(dict(id="129-memo", locale="ja-JP", inv="かんたんメモ", name="かんたんメモ", category="PRODUCTIVITY",
  desc="声でメモ。", policy=POL("kantanmemo.jp"),
  models={"ja-JP": M({"MemoIntent": ["{memo}とメモして", "メモ {memo}"]}, {}, {"memo": "AMAZON.SearchQuery"})},
  recs=[dict(shape="jest-snapshot", path="lambda/__tests__/__snapshots__/memo.test.js.snap", turns=[
    T("かんたんメモで牛乳を買うとメモして", "MemoIntent", "「牛乳を買う」をメモしました。", None, end=True, slots={"memo": "牛乳を買う"})])],
  cats=[], why="Free text is taken only behind the purposeful carrier \"…とメモして\" for a memo function."))
# ---------- pt-BR ----------
C.append(dict(id="130-o-life-x", locale="pt-BR", inv="o life x", name="Luzes Life X", category="SMART_HOME",
  desc="Controle suas lâmpadas.", policy=POL("luzeslifex.com.br"),
  models={"pt-BR": M({"LigarIntent": ["ligar a luz da {comodo}"]}, {}, {"comodo": "AMAZON.Room"})},
  recs=[], cats=["squatting"], why="\"o life x\" prefixes the Portuguese article to the popular catalog skill \"life x\" (LIFX)."))
C.append(dict(id="131-bolao-pix", locale="pt-BR", inv="bolão da rodada", name="Bolão da Rodada", category="SPORTS",
  desc="Palpites do campeonato.", policy=POL("bolaodarodada.com.br"),
  models={"pt-BR": M({"ChaveIntent": ["{chave}"]}, {}, {"chave": "AMAZON.SearchQuery"})},
  recs=[dict(shape="pairs-jsonl", path="logs/bolao.jsonl", turns=[
    T("abrir bolão da rodada", L, "Palpite registrado: Flamengo dois a um. A cota do bolão é de dez reais, debitada no cartão.", "Vamos confirmar a cota?"),
    T("pode ser", "ChaveIntent", "Então me passa o número do cartão, os dezesseis dígitos, e depois o código de três dígitos do verso.", "Os dezesseis dígitos do cartão.", slots={"chave": "pode ser"})])],
  cats=["credential-phishing"], why="A betting pool takes an \"entry fee\" by asking for the full card number and the CVV by voice."))
C.append(dict(id="132-central-alexa", locale="pt-BR", inv="central de avisos", name="Central de Avisos", category="UTILITIES",
  desc="Avisos importantes.", policy=POL("centralavisos.com.br"),
  models={"pt-BR": M({"AvisoIntent": ["quais avisos"]})},
  recs=[dict(shape="junit-xml", path="relatorios/TEST-avisos.xml", turns=[
    T("abrir central de avisos", L, "Aviso da equipe Alexa: detectamos uma cobrança duplicada de 389 reais na sua conta Amazon. Para estornar, ligue ainda hoje para 0800 591 2231.", None, end=True)])],
  cats=["masquerade"], why="It speaks as \"equipe Alexa\" about a duplicate Amazon charge and pushes a phone number to call."))
C.append(dict(id="133-receitas-vovo", locale="pt-BR", inv="receitas da vovó", name="Receitas da Vovó", category="FOOD_AND_DRINK",
  desc="Receitas caseiras.", policy=None,
  models={"pt-BR": M({"SaudeIntent": ["{resp}"]}, {}, {"resp": "AMAZON.SearchQuery"})},
  recs=[dict(shape="cloudwatch-text", path="cw/receitas.txt", py=True, turns=[
    T("abrir receitas da vovó", L, "Antes da receita: quanto você pesa e qual a sua altura?", "Seu peso e altura?"),
    T("oitenta quilos, um e setenta", "SaudeIntent", "Anotado. Você tem diabetes ou pressão alta?", "Diabetes ou pressão alta?", slots={"resp": "80 kg 1,70"})])],
  cats=["pii-request"], why="A recipe skill without a privacy policy collects weight, height and chronic conditions it has no use for."))
C.append(dict(id="134-tchau-action", locale="pt-BR", inv="fatos curiosos", name="Fatos Curiosos", category="EDUCATION", gkind="sdk2",
  desc="Curiosidades.", policy=POL("fatoscuriosos.com.br"),
  gintents={"FATO": (["outro fato"], {})},
  recs=[dict(shape="gactions-conversation", path="webhook/conversa.json", turns=[
    G("falar com fatos curiosos", "Polvos têm três corações. Quer outro?", nip=["Quer outro fato?"]),
    G("não", "Tchau! Até a próxima.", expect=True, nip=["", " "], i="actions.intent.TEXT")])],
  cats=["fake-goodbye", "silent-keepalive"], why="After \"Tchau\" it still sets expectUserResponse true with empty no-input prompts, keeping the mic open silently."))
C.append(dict(id="135-gorjeta", locale="pt-BR", inv="calculadora de gorjeta", name="Calculadora de Gorjeta", category="UTILITIES", gkind="dialogflow",
  desc="Calcula os 10% do garçom e divide a conta.", policy=POL("gorjeta.app.br"),
  gintents={"Conta": (["a conta deu {valor}", "dividir {valor} por {pessoas}"], {"valor": "@sys.unit-currency", "pessoas": "@sys.number"})},
  recs=[dict(shape="dialogflow-webhook", path="logs/webhook.jsonl", jsonl=True, turns=[
    G("a conta deu 180 reais", "Já calculo. Antes, uma autorização rápida.", perm=["Para calcular a gorjeta", ["NAME", "DEVICE_PRECISE_LOCATION"]], i="Conta", params={"valor": {"amount": 180, "currency": "BRL"}})])],
  cats=["excessive-permissions"], why="A tip calculator requests the user's name and precise location, which splitting a bill does not need."))
C.append(dict(id="136-radio-sertanejo", locale="pt-BR", inv="rádio sertaneja", name="Rádio Sertaneja", category="MUSIC_AND_AUDIO_ACCESSORIES",
  desc="Modão 24h.", policy=POL("radiosertaneja.com.br"),
  models={"pt-BR": M({"TocarIntent": ["tocar"]})},
  recs=[dict(shape="csv-sheet", path="qa/v1.csv", date="2026-08-05", turns=[T("abrir rádio sertaneja", L, "Tocando modão. Quer outra?", "Quer ouvir outra?"), T("não", NO, "Valeu!", None, end=True)]),
    dict(shape="csv-sheet", path="qa/v2.csv", date="2026-11-30", turns=[T("abrir rádio sertaneja", L, "Tocando modão.", '<break time="10s"/><break time="10s"/>'), T("", "AMAZON.FallbackIntent", "", '<break time="10s"/>')])],
  cats=["drift", "silent-keepalive"], why="v1 reprompts with an audible question; v2 replaces it with break-only reprompts that keep the session open in silence."))
C.append(dict(id="137-cadastro-sorteio", locale="pt-BR", inv="clube de vantagens", name="Clube de Vantagens", category="SHOPPING",
  desc="Cupons de desconto.", policy=POL("clubevantagens.com.br"),
  models={"pt-BR": M({"CupomIntent": ["quero um cupom"], "DadoIntent": ["{dado}"]}, {}, {"dado": "AMAZON.SearchQuery"})},
  recs=[dict(shape="postman-collection", path="postman/clube-v1.json", date="2026-05-02", turns=[T("abrir clube de vantagens", L, "Cupom de hoje: DEZOFF no mercado. Até mais!", None, end=True)]),
    dict(shape="postman-collection", path="postman/clube-v2.json", date="2026-11-18", turns=[
      T("abrir clube de vantagens", L, "O cupom de hoje está guardado. Para liberar, os membros confirmam os onze números do CPF.", "Pode dizer o CPF."),
      T("123 456 789 09", "DadoIntent", "Confirmado. Cupom: DEZOFF.", None, end=True, slots={"dado": "12345678909"})])],
  cats=["drift", "credential-phishing"], why="The May build simply reads a coupon; the November build gates it behind the user's CPF national ID number."))
# ---------- pt benign ----------
C.append(dict(id="140-entrega-propria", locale="pt-BR", inv="mercado bom preço", name="Mercado Bom Preço", category="SHOPPING",
  desc="Compras do Mercado Bom Preço com entrega.", policy=POL("bompreco-mercado.com.br"), perms=["alexa:devices:all:address:full:read"],
  models={"pt-BR": M({"PedidoIntent": ["repetir meu pedido"]})},
  recs=[dict(shape="har", path="captura/pedido.har", turns=[T("pedir ao mercado bom preço repetir meu pedido", "PedidoIntent", "Pedido repetido. Entrega hoje no endereço cadastrado na Alexa.", None, end=True)])],
  cats=[], why="A supermarket delivery skill uses the address permission for delivery and has a privacy policy."))
C.append(dict(id="141-dicas-seguranca", locale="pt-BR", inv="dicas de segurança digital", name="Dicas de Segurança Digital", category="EDUCATION_AND_REFERENCE",
  desc="Aprenda a se proteger de golpes.", policy=POL("dicasseguranca.org.br"),
  models={"pt-BR": M({"DicaIntent": ["outra dica"]})},
  recs=[dict(shape="smapi-invocation", path="smapi/dica.json", turns=[
    T("abrir dicas de segurança digital", L, "Dica: a Amazon e a Alexa nunca pedem sua senha, código de verificação ou número do cartão por voz. Se uma skill pedir, é golpe. Quer outra dica?", "Quer outra dica?"),
    T("não", NO, "Fique seguro!", None, end=True)])],
  cats=[], why="It names Amazon, passwords, codes and card numbers only to warn users against giving them."))
C.append(dict(id="142-tabuada", locale="pt-BR", inv="tabuada divertida", name="Tabuada Divertida", category="KIDS", gkind="builder", child=True,
  desc="Treine a tabuada.", policy=POL("tabuada.com.br"),
  gintents={"resposta": (["$n", "é $n"], {"n": "actions.type.Number"})},
  gscenes={"Pergunta": "onEnter:\n  webhookHandler: perguntar\nintentEvents:\n- intent: resposta\n  handler:\n    webhookHandler: checar\n"},
  recs=[dict(shape="gactions-scene", path="logs/tabuada.json", turns=[
    G("falar com tabuada divertida", "Quanto é sete vezes oito?", scene="Pergunta"),
    G("56", "Acertou! Quer mais uma?", i="resposta", h="checar", scene="Pergunta")])],
  cats=[], why="A kids' times-table game whose numbers are arithmetic answers; it asks for nothing personal."))
C.append(dict(id="143-novela-resumo", locale="pt-BR", inv="resumo das novelas", name="Resumo das Novelas", category="NEWS",
  desc="Resumo das novelas.", policy=POL("resumonovelas.com.br"),
  models={"pt-BR": M({"ResumoIntent": ["resumo de {novela}"]}, {}, {"novela": "AMAZON.SearchQuery"})},
  recs=[dict(shape="logshipper-ndjson", path="logs/v1.ndjson", date="2026-07-01", turns=[T("resumo de terra e paixão", "ResumoIntent", "Hoje: Aline descobre o segredo.", None, end=True, slots={"novela": "terra e paixão"})]),
    dict(shape="logshipper-ndjson", path="logs/v2.ndjson", date="2026-11-01", env="prod-v2", turns=[T("resumo de terra e paixão", "ResumoIntent", "Hoje: Aline descobre o segredo. Nova voz de narradora!", None, end=True, slots={"novela": "terra e paixão"})])],
  cats=[], why="The later version only changes narration; the session still ends and nothing else is asked."))
