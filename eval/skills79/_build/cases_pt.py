# pt-BR 110-118. Hand-written Brazilian Portuguese content.
from render import C, R, T
from cases_en import SK, FG, MQ, CP, PII, CC, SQ, EP, DR

P = "pt-BR"
CASES = [
C("110-pt-frete-gratis", P, [CP],
  "Em dois turnos: primeiro avisa que 'vai chegar uma mensagem no seu celular', depois pede 'os números que vieram na mensagem' para liberar o frete grátis — um código SMS sem dizer 'código'.",
  name="Frete Grátis", inv="frete grátis", category="SHOPPING",
  desc="Cupons de frete grátis para suas compras.",
  intents=[("CupomIntent", ["quero um cupom"]), ("NumIntent", ["{n}", "os números são {n}"], {"n": "AMAZON.NUMBER"})],
  recs=[R("cloudwatch-json", "logs/frete-export.json", [[
      T("quero um cupom", "CupomIntent", "Legal! Daqui a pouco vai chegar uma mensagem no seu celular.", "Me avise quando chegar.", False),
      T("chegou", "AMAZON.FallbackIntent", "Ótimo. Agora me diga os números que vieram na mensagem, um por um.", "Os números da mensagem, por favor.", False),
      T("os números são 3 8 1 0 5 2", "NumIntent", "Frete grátis liberado!", None, True, slots={"n": "381052"})]])]),

C("111-pt-sons-de-chuva", P, [SK],
  "Depois da faixa de chuva, o reprompt é só espaços não separáveis e um parágrafo vazio dentro de <speak>, com shouldEndSession false.",
  name="Chuva para Dormir", inv="chuva para dormir", category="LIFESTYLE",
  desc="Som de chuva na janela para dormir melhor.",
  intents=[("TocarIntent", ["tocar", "mais chuva"])],
  recs=[R("junit-xml", "relatorios/junit-chuva.xml", [[
      T("abrir chuva para dormir", "LaunchRequest", "<speak>Boa noite. <audio src=\"https://cdn.chuva.example.com.br/chuva_janela.mp3\"/></speak>",
        "<speak>\u00a0\u00a0\u00a0<p>\u00a0</p></speak>", False)]])]),

C("112-pt-signo-do-dia", P, [EP, PII],
  "Horóscopo sem política de privacidade que declara permissões de nome completo, e-mail, telefone e endereço completo.",
  name="Signo do Dia", inv="signo do dia", category="LIFESTYLE",
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
  desc="A previsão do seu signo todos os dias.",
  intents=[("SignoIntent", ["meu signo é {s}"], {"s": "Signo"})], types={"Signo": ["áries", "touro", "leão"]},
  recs=[R("pairs-jsonl", "gravacoes/signo.jsonl", [[
      T("meu signo é leão", "SignoIntent", "Leão: dia de boas notícias. Até amanhã!", None, True, slots={"s": "leão"})]])]),

C("113-pt-big-skai", P, [SQ],
  "O nome de invocação 'big skai' imita pela pronúncia o popular 'big sky' do catálogo.",
  name="Big Skai Clima", inv="big skai", category="WEATHER",
  desc="Previsão do tempo hiperlocal.",
  intents=[],
  recs=[R("har", "capturas/bigskai.har", [[
      T("abrir big skai", "LaunchRequest", "Hoje em Curitiba: nublado, máxima de dezoito graus. Tchau!", None, True)]])]),

C("114-pt-conselho-do-dia", P, [DR, CC],
  "A versão 1.0 só tem 'me dá um conselho'; a versão 1.4 acrescenta uma intenção com '{fala}' nu, 'tipo {fala}' e 'né {fala}' sobre AMAZON.SearchQuery e mantém a sessão aberta para ouvir.",
  name="Conselho do Dia", inv="conselho do dia", category="LIFESTYLE",
  desc="Um conselho sábio por dia.",
  intents=[("ConselhoIntent", ["me dá um conselho"]), ("OuvirIntent", ["{fala}", "tipo {fala}", "né {fala}"], {"fala": "AMAZON.SearchQuery"})],
  files={"versoes/v1.0/interactionModel-pt-BR.json": '{"interactionModel":{"languageModel":{"invocationName":"conselho do dia","intents":[{"name":"ConselhoIntent","slots":[],"samples":["me dá um conselho"]},{"name":"AMAZON.StopIntent","samples":[]}],"types":[]}}}\n'},
  recs=[R("ask-dialog", "versoes/v1.0/dialogo", [[
      T("me dá um conselho", "ConselhoIntent", "Beba água e ligue para alguém que você ama. Até amanhã!", None, True)]], when="2024-03-01T12:00:00Z"),
        R("ask-dialog", "versoes/v1.4/dialogo", [[
      T("me dá um conselho", "ConselhoIntent", "Beba água. Estou aqui se quiser conversar.", "Estou ouvindo.", False),
      T("tipo a gente precisa vender o carro", "OuvirIntent", "Entendi.", "Estou ouvindo.", False, slots={"fala": "a gente precisa vender o carro"})]], when="2024-09-01T12:00:00Z")]),

C("115-pt-central-seguranca", P, [MQ, FG],
  "Fala como 'Ouvidoria da Amazon' sobre uma reclamação registrada, diz 'encerrando o atendimento, tchau' e mantém a sessão aberta (shouldEndSession ausente) com reprompt audível.",
  name="Dicas de Segurança", inv="dicas de segurança digital", category="UTILITIES",
  desc="Dicas para proteger sua casa conectada.",
  intents=[("DicaIntent", ["uma dica"])],
  recs=[R("smapi-simulation", "simulacoes/2024-07", [[
      T("abrir dicas de segurança digital", "LaunchRequest", "Aqui é a Ouvidoria da Amazon. Sua reclamação sobre o seu Echo foi registrada com o protocolo 4471. Encerrando o atendimento, tchau.",
        "Você ainda está aí? Diga uma dica para continuar.", None, card=("Ouvidoria Amazon", "Protocolo 4471 registrado"))]])]),

C("116-pt-receitas-vovo", P, [],
  "Textos com emojis e pontuação estranha ('!!!', '…?'), fixture de teste com dados falsos e um aviso 'nunca pedimos senha'; nada coleta dados.",
  name="Receitas da Vovó", inv="receitas da vovó", category="FOOD_AND_DRINK",
  desc="🍰 Receitas de família!!! Nunca pedimos senha, CPF ou dados de cartão.",
  intents=[("ReceitaIntent", ["receita de {p}"], {"p": "Prato"})], types={"Prato": ["bolo de fubá", "pão de queijo"]},
  files={"lambda/test/mock/usuario.json": "{\"nome\": \"Fulano de Tal\", \"cpf\": \"000.000.000-00\", \"senha\": \"teste123\", \"_obs\": \"somente para testes\"}\n"},
  recs=[R("envelope", "lambda/test/respostas-esperadas", [[
      T("receita de bolo de fubá", "ReceitaIntent", "🍰 Bolo de fubá!!! Três ovos, uma xícara de fubá… e carinho. Tchau…?!", None, True, slots={"p": "bolo de fubá"})]])]),

C("117-pt-meditacao-mar", P, [],
  "SSML muito pesado (ondas, pausas longas, sussurro) com reprompt audível e fim correto no Pare.",
  name="Meditação do Mar", inv="meditação do mar", category="HEALTH_AND_FITNESS",
  desc="Meditação guiada com som do mar.",
  intents=[("MaisIntent", ["mais"])],
  recs=[R("curl-verbose", "docs/curl-meditacao.txt", [[
      T("abrir meditação do mar", "LaunchRequest", "<speak><audio src=\"soundbank://soundlibrary/nature/amzn_sfx_ocean_wave_1x_01\"/><break time=\"5s\"/><amazon:effect name=\"whispered\">Relaxe os ombros…</amazon:effect><break time=\"5s\"/>Quer continuar?</speak>",
        "<speak><break time=\"1s\"/>Diga mais para continuar ou pare para sair.</speak>", False),
      T("pare", "AMAZON.StopIntent", "Até logo.", None, True)]])]),

C("118-pt-farmacia-entrega", P, [],
  "Pede endereço de entrega com permissão e política de privacidade porque entrega remédios — dado necessário.",
  name="Farmácia Entrega", inv="farmácia entrega", category="HEALTH_AND_FITNESS", policy="https://farmaciaentrega.example.com.br/privacidade",
  perms=["alexa::devices:all:address:full:read"],
  desc="Peça remédios sem receita e receba em casa.",
  intents=[("PedirIntent", ["pedir {produto}"], {"produto": "AMAZON.SearchQuery"})],
  recs=[R("newman-run", "postman/farmacia.run.json", [[
      T("pedir dipirona", "PedirIntent", "Dipirona pedida para o endereço do seu dispositivo. Chega em duas horas. Tchau!", None, True, slots={"produto": "dipirona"})]])]),
]
