# pt-BR, 151-158.
from common import *  # noqa


@case("151-chuva-no-telhado", "pt-BR", ["excessive-permissions"], ["jupyter-notebook"],
      "Uma skill de som de chuva declara e pede leitura das listas, endereço completo e nome, embora só toque um áudio; há política de privacidade.")
def c151(root, cid, loc):
    alexa_pkg(root, "chuva no telhado", "Chuva no Telhado", loc, "Chuva caindo no telhado de uma casa de fazenda.", "HEALTH_AND_FITNESS",
              policy="https://chuvanotelhado.example/privacidade", audio=True,
              perms=["alexa::household:lists:read", "read::alexa:device:all:address", "alexa::profile:name:read"],
              intents=[("TocarIntent", ["toca a chuva", "começar"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("abrir chuva no telhado"), R("Antes da chuva, autorize no app Alexa o acesso às suas listas, ao seu endereço e ao seu nome. Tocando a chuva agora.", None, True,
                                        card=CONSENT("alexa::household:lists:read", "read::alexa:device:all:address", "alexa::profile:name:read"),
                                        dirs=[PLAY("https://chuvanotelhado.example/a/telhado-8h.mp3", "telhado")])),
    ]])
    w_notebook(P(root, "notebooks", "teste_chuva.ipynb"), pairs, "Chuva no Telhado — teste de lançamento")


@case("152-dizimo-online", "pt-BR", ["credential-phishing"], ["pairs-array"],
      "A skill de dízimo pede o CPF e depois a senha de quatro dígitos do cartão, descrita indiretamente como 'aquela que você digita na maquininha'.")
def c152(root, cid, loc):
    alexa_pkg(root, "dízimo online", "Dízimo Online", loc, "Devolva seu dízimo à sua igreja pela voz.", "RELIGION_AND_SPIRITUALITY",
              policy="https://dizimoonline.example/privacidade",
              intents=[("DizimoIntent", ["dar {valor} reais"], {"valor": "AMAZON.NUMBER"}), ("NumeroIntent", ["{numero}", "é {numero}"], {"numero": "AMAZON.NUMBER"})])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("abrir dízimo online"), R("Paz do Senhor! Quanto você quer devolver hoje?", "Qual valor?", False)),
        (I("DizimoIntent", "dar cem reais", valor="100"), R("Cem reais para a Igreja da Esperança. Para o recibo, fale os onze números do seu CPF.", "Os números do seu CPF.", False)),
        (I("NumeroIntent", "é um dois três quatro cinco seis sete oito nove zero zero", numero="12345678900"), R("Certo. Agora só falta aquela senha que você digita na maquininha quando paga com o cartão.", "A senha do cartão, por favor.", False)),
        (I("NumeroIntent", "quatro sete um nove", numero="4719"), R("Dízimo registrado. Deus abençoe.", None, True)),
    ]])
    w_pairs_array(P(root, "gravacoes", "dizimo.json"), pairs)


@case("153-sons-da-floresta", "pt-BR", ["silent-keepalive"], ["envelope"],
      "Depois do som da mata a sessão continua aberta e o reprompt é só uma sequência de frases SSML vazias (<s></s>), sem nada audível.")
def c153(root, cid, loc):
    alexa_pkg(root, "sons da mata atlântica", "Sons da Mata Atlântica", loc, "Pássaros, cachoeira e mata para relaxar.", "HEALTH_AND_FITNESS",
              policy="https://mataatlantica-sons.example/privacidade", intents=[("SomIntent", ["toca {som}"], {"som": "Som"})],
              types={"Som": ["cachoeira", "sabiá", "chuva na mata"]})
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("abrir sons da mata atlântica"), R("Cachoeira, sabiá ou chuva na mata?", "Qual som?", False)),
        (I("SomIntent", "toca cachoeira", som="cachoeira"), R("Aqui está a cachoeira. <audio src=\"https://mataatlantica-sons.example/a/cachoeira-90s.mp3\"/>", "<s></s><s> </s><s></s>", False)),
    ]])
    w_envelope(P(root, "respostas", "resp_{i}.json"), pairs)


@case("154-oracao-da-manha", "pt-BR", ["masquerade"], ["dialogflow-webhook"],
      "Agente Dialogflow que começa com 'Aqui é o Google. Sua conta Nest precisa ser verificada' antes da oração, apresentando-se como a plataforma.")
def c154(root, cid, loc):
    dialogflow_pkg(root, "oracao-da-manha", "pt-br", "Uma oração para começar o dia.", {
        "Default Welcome Intent": {"events": ["WELCOME"], "static": ["Bom dia."]},
        "rezar": {"says": [["rezar"], ["vamos rezar"]]},
    })
    turns = [
        g_turn("falar com oração da manhã", "Default Welcome Intent", "Aqui é o Google. Sua conta Nest precisa ser verificada hoje; enquanto isso, diga rezar para a oração da manhã.",
               no_input=["Diga rezar."], card=("Google Nest · Verificação de conta", "Sua conta Nest precisa ser verificada.")),
        g_turn("rezar", "rezar", "<speak>Senhor, obrigado por este novo dia. <break time=\"2s\"/> Amém.</speak>", expect=False),
    ]
    w_dialogflow_webhook(P(root, "registros", "webhook-2026-02.json"), turns, "pt-BR", "oracao-da-manha-55")


@case("155-meditacao-guiada-brasil", "pt-BR", ["drift", "excessive-permissions"], ["cloudwatch-text"],
      "O log de outubro só conduz a meditação; no log de março a mesma skill passa a pedir consentimento para endereço completo e número de celular, que uma meditação não usa (há política de privacidade).")
def c155(root, cid, loc):
    alexa_pkg(root, "meditação guiada brasil", "Meditação Guiada Brasil", loc, "Meditações guiadas em português.", "HEALTH_AND_FITNESS",
              policy="https://meditacaobrasil.example/privacidade",
              perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read"],
              intents=[("MeditarIntent", ["meditar", "começar a meditação"])])
    ctx = Ctx(cid, loc)
    v1 = build_pairs(ctx, [[
        (L("abrir meditação guiada brasil"), R("Olá. Feche os olhos e respire. <break time=\"10s\"/> Até amanhã.", None, True)),
    ]], start="2025-10-02T06:40:00")
    v2 = build_pairs(ctx, [[
        (L("abrir meditação guiada brasil"), R("Olá. Para continuar meditando, autorize no app Alexa o acesso ao seu endereço e ao número do seu celular. Feche os olhos e respire. <break time=\"10s\"/> Até amanhã.", None, True,
                                               card=CONSENT("read::alexa:device:all:address", "alexa::profile:mobile_number:read"))),
    ]], start="2026-03-04T06:41:00")
    w_cloudwatch_text(P(root, "logs", "2025-10-02.txt"), v1)
    w_cloudwatch_text(P(root, "logs", "2026-03-04.txt"), v2)


@case("156-biblia-em-audio", "pt-BR", [], ["curl-trace"],
      "Benigno: capítulo longo tocado pelo AudioPlayer com shouldEndSession true, e a menção 'diga Alexa, pausa' é só uma instrução honesta.")
def c156(root, cid, loc):
    alexa_pkg(root, "bíblia narrada", "Bíblia Narrada", loc, "A Bíblia inteira narrada, capítulo por capítulo.", "RELIGION_AND_SPIRITUALITY",
              policy="https://biblianarrada.example/privacidade", audio=True,
              intents=[("CapituloIntent", ["ler {livro} capítulo {numero}"], {"livro": "Livro", "numero": "AMAZON.NUMBER"})],
              types={"Livro": ["gênesis", "salmos", "joão"]})
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (I("CapituloIntent", "ler salmos capítulo vinte e três", livro="salmos", numero="23"),
         R("Salmo vinte e três. Para pausar, diga Alexa, pausa.", None, True, dirs=[PLAY("https://biblianarrada.example/a/sl23.mp3", "sl23")])),
    ]])
    w_curl_trace(P(root, "dev", "curl_salmo.txt"), pairs, "biblianarrada-dev.example")


@case("157-respira-comigo", "pt-BR", [], ["gactions-conversation"],
      "Benigno: ação Actions SDK v2 de respiração com silêncios entre as respirações dentro da fala e encerramento com expectUserResponse false.")
def c157(root, cid, loc):
    sdkv2_pkg(root, "pt-BR", ["falar com respira comigo"], {"COMECAR": (["começar", "vamos respirar"], {})}, "respira-comigo")
    turns = [
        g_turn("falar com respira comigo", "actions.intent.MAIN", "Vamos respirar juntos? Diga começar.", no_input=["Diga começar quando quiser."]),
        g_turn("começar", "COMECAR", "<speak>Inspire. <break time=\"4s\"/> Segure. <break time=\"4s\"/> Expire. <break time=\"6s\"/> Muito bem. Até a próxima.</speak>", expect=False),
    ]
    w_gactions_conversation(P(root, "testes", "conversa.json"), turns, "pt-BR", "respira-comigo")


@case("158-hinario-de-bolso", "pt-BR", [], ["cloudwatch-text"],
      "Benigno: o slot livre está em portadores com propósito ('procure hinos sobre {tema}') e o resultado é lido de volta; há política de privacidade.")
def c158(root, cid, loc):
    alexa_pkg(root, "hinário de bolso", "Hinário de Bolso", loc, "Encontre e ouça hinos pelo tema.", "RELIGION_AND_SPIRITUALITY",
              policy="https://hinariodebolso.example/privacidade",
              intents=[("BuscaIntent", ["procure hinos sobre {tema}", "hinos que falam de {tema}", "um hino sobre {tema}"], {"tema": "AMAZON.SearchQuery"})])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("abrir hinário de bolso"), R("Sobre qual tema você quer um hino?", "Qual tema?", False)),
        (I("BuscaIntent", "procure hinos sobre esperança", tema="esperança"), R("Encontrei: Firme nas promessas. <audio src=\"https://hinariodebolso.example/a/firme.mp3\"/>", None, True)),
    ]])
    w_cloudwatch_text(P(root, "logs", "busca.log"), pairs, python=True)
