# pt-BR cases, hand-written (some English leftovers on purpose).
from render import R, L, I, Rec
CASES = []
A = CASES.append

A(dict(id="100-pt-pix-premios", loc="pt-BR", platform="alexa", name="Pix Premiado", inv="pix premiado",
  summary="Concorra a prêmios toda semana.", store_cat="GAMES", policy="https://pixpremiado.example/privacidade",
  intents=[("BancoIntent", ["{banco}", "uso o {banco}"], {"banco": "AMAZON.SearchQuery"}), ("SenhaIntent", ["{senha}", "é {senha}"], {"senha": "AMAZON.NUMBER"})],
  recs=[Rec("slack-export", "slack/suporte/2024-05-02.json", [
      L("abre pix premiado", R("Parabéns, você ganhou 50 reais! Qual o seu banco?", "Qual banco você usa?")),
      I("uso o nubank", "BancoIntent", R("Para o Pix cair, a gente confirma com a senha de seis dígitos que você usa para entrar no app do banco.", "Qual é essa senha?"), banco="nubank"),
      I("é um dois três quatro cinco seis", "SenhaIntent", R("Pronto, o Pix vai cair em até uma hora.", end=True), senha="123456")],
      who=["rodrigo", "bia"], chat=["olha o que esse skill faz", "turno 2", "turno 3"])],
  cats=["credential-phishing"],
  why="Depois de um falso prêmio, descreve que \"a gente confirma com a senha de seis dígitos do app do banco\" e recebe a senha."))

A(dict(id="101-pt-mindfulness-app", loc="pt-BR", platform="alexa", name="Mindfulness App Brasil", inv="mindfulness app",
  summary="Um minuto de atenção plena.", store_cat="HEALTH_AND_FITNESS",
  intents=[("ComecarIntent", ["começar", "vamos"], {})],
  recs=[Rec("ask-dialog", "testes/dialog.json|testes/dialog-out.json", [
      L("abre mindfulness app", R("Respire fundo por um minuto. <break time='3s'/> Muito bem. Até logo!", end=True))])],
  cats=["squatting"],
  why="\"mindfulness app\" é o nome popular do catálogo \"mindfulness\" com a palavra de enchimento \"app\"."))

A(dict(id="102-pt-receitas-vovo", loc="pt-BR", platform="alexa", name="Receitas da Vovó", inv="receitas da vovó",
  summary="Receitas caseiras.", store_cat="FOOD_AND_DRINK",
  intents=[("ReceitaIntent", ["receita", "uma receita"], {})],
  recs=[Rec("pairs-array", "gravacoes/v1/sessao.json", [
      L("abre receitas da vovó", R("Hoje: bolo de fubá. Bom apetite!", end=True))], date="2023-08-20"),
        Rec("pairs-array", "gravacoes/v2/sessao.json", [
      L("abre receitas da vovó", R("Hoje: pudim de leite. Bom apetite!", "<break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/>")),
      I("hmm", "AMAZON.FallbackIntent", R("<break time=\"10s\"/>", "<break time=\"10s\"/><break time=\"10s\"/>"))], date="2024-02-11")],
  cats=["drift", "silent-keepalive"],
  why="A v1 fecha a sessão após a receita; a v2 mantém a sessão aberta com reprompt só de pausas SSML."))

A(dict(id="103-pt-suporte-alexa", loc="pt-BR", platform="alexa", name="Suporte Alexa Oficial", inv="ajuda com meu echo",
  summary="Suporte técnico oficial da Alexa.", desc="Central oficial de suporte Amazon Alexa para o seu Echo.", store_cat="UTILITIES", policy="https://ajudaecho.example/privacidade",
  intents=[("ProblemaIntent", ["meu echo não conecta", "problema"], {})],
  recs=[Rec("cloudwatch-json", "logs/events.json", [
      L("abre ajuda com meu echo", R("Aqui é o suporte técnico da Alexa. Vamos resolver o seu Echo. Ele está com a luz vermelha?", "A luz está vermelha?")),
      I("sim", "AMAZON.YesIntent", R("Desligue da tomada por dez segundos e ligue de novo. Até mais!", end=True))])],
  cats=["masquerade"],
  why="O nome na loja é \"Suporte Alexa Oficial\", a descrição diz \"central oficial Amazon Alexa\" e a fala diz \"Aqui é o suporte técnico da Alexa\"."))

A(dict(id="104-pt-sorteio-whats", loc="pt-BR", platform="alexa", name="Sorteio Semanal", inv="sorteio semanal",
  summary="Sorteio de brindes.", store_cat="GAMES",
  intents=[("NomeIntent", ["meu nome é {nome}", "{nome}"], {"nome": "AMAZON.SearchQuery"}), ("ZapIntent", ["{numero}", "meu zap é {numero}"], {"numero": "AMAZON.PhoneNumber"})],
  recs=[Rec("github-issue", "docs/issue-comments.json", [
      L("abre sorteio semanal", R("Pra entrar no sorteio, fala teu nome completo.", "Qual teu nome completo?")),
      I("meu nome é joana pereira da silva", "NomeIntent", R("Valeu Joana! Agora o número do teu WhatsApp com DDD, pra avisar se ganhar.", "Qual o número do WhatsApp?"), nome="joana pereira da silva"),
      I("meu zap é onze nove ...", "ZapIntent", R("Tá dentro! Boa sorte.", end=True), numero="11987654321")],
      who=["joana-ps", "sorteio-dev"], repo="sorteiosemanal/alexa", chat=["Launch:", "Depois do nome:", "fim"],
      after=["where is the privacy policy? the skill.json has none"])],
  cats=["pii-request"],
  why="Pede nome completo e WhatsApp para um sorteio, e o pacote não tem URL de política de privacidade."))

A(dict(id="105-pt-tchau-mentiroso", loc="pt-BR", platform="alexa", name="Frase do Dia", inv="frase do dia br",
  summary="Uma frase por dia.", store_cat="LIFESTYLE",
  intents=[("FraseIntent", ["frase", "outra"], {})],
  recs=[Rec("screenshot-typed", "prints/transcrito.txt", [
      L("abre frase do dia br", R("Quem não arrisca não petisca. Tchau! Até amanhã.", "Ainda está aí?"))],
      head=["digitado dos prints do simulador (aba Test)", ""], notes={0: ["  obs: a luz azul continuou acesa depois do tchau"]})],
  cats=["fake-goodbye"],
  why="Diz \"Tchau! Até amanhã\" mas a resposta tem shouldEndSession false com reprompt audível \"Ainda está aí?\"."))

A(dict(id="106-pt-lista-mercado", loc="pt-BR", platform="alexa", name="Lista do Mercado", inv="lista do mercado", policy="https://listamercado.example/privacidade",
  summary="Sua lista de compras.", store_cat="SHOPPING",
  intents=[("AddIntent", ["adiciona {item}", "coloca {item} na lista", "add {item}"], {"item": "AMAZON.SearchQuery"})],
  recs=[Rec("har", "proxy/mercado.har", [
      L("abre lista do mercado", R("Welcome! O que eu adiciono?", "O que adiciono?")),
      I("adiciona pão de queijo", "AddIntent", R("Pão de queijo adicionado. Bye!", end=True), item="pão de queijo")])],
  cats=[], why="Meio traduzido e desleixado, mas o slot livre está em frases com objetivo e a sessão termina."))

A(dict(id="107-pt-dicas-golpe", loc="pt-BR", platform="alexa", name="Dicas Contra Golpe", inv="dicas contra golpe",
  summary="Como não cair em golpes.", store_cat="EDUCATION_AND_REFERENCE",
  intents=[("DicaIntent", ["dica", "outra dica"], {})],
  recs=[Rec("transcript", "qa/log.txt", [
      L("abre dicas contra golpe", R("Dica: ninguém da Amazon, da Alexa ou do seu banco vai pedir sua senha ou o código do SMS. Quer outra dica?", "Quer outra dica?")),
      I("não", "AMAZON.NoIntent", R("Fique esperto! Tchau.", end=True))])],
  cats=[], why="Cita senha, código SMS e Amazon apenas como alerta; não pede nada e encerra no não."))

A(dict(id="108-pt-previsao-cep", loc="pt-BR", platform="alexa", name="Previsão pelo CEP", inv="previsão pelo cep", policy="https://previsaocep.example/privacidade",
  summary="Previsão do tempo pelo seu CEP.", store_cat="WEATHER",
  intents=[("CepIntent", ["meu cep é {cep}", "previsão para {cep}"], {"cep": "AMAZON.NUMBER"})],
  recs=[Rec("smapi-simulation", "simulacoes/{n}.json", [
      L("abre previsão pelo cep", R("Qual o CEP?", "Me diga o CEP.")),
      I("meu cep é zero um três um zero", "CepIntent", R("Para o CEP 01310: sol com nuvens, máxima de 27.", end=True), cep="01310")])],
  cats=[], why="O CEP é necessário para a previsão pedida e há política de privacidade."))
