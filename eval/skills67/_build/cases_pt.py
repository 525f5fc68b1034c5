# pt-BR Alexa cases. All wording hand-written.
from render import C, T

C(id="095-pt-curiosidades-futebol", locale="pt-BR", cats=["silent-keepalive"], category="SPORTS", policy="https://curiosidadesfutebol.example.com.br/privacidade",
  why="Depois de cada curiosidade a sessão fica aberta com um reprompt feito só de pontuação ('… . …'), impronunciável.",
  name="Curiosidades do Futebol", inv="curiosidades do futebol", desc="Fatos curiosos sobre o futebol brasileiro.",
  intents=[("CuriosidadeIntent", [], ["me conta uma curiosidade", "mais uma"])],
  recs=[("capturas/charles_export.har", "har", [[
      T("Launch", "Sabia que o Maracanã já recebeu quase duzentas mil pessoas numa final de Copa?", "… . …", False),
      T("CuriosidadeIntent", "Pelé marcou mais de mil gols na carreira.", "… . …", False, utt="mais uma")]])])

C(id="096-pt-suporte-alexa", locale="pt-BR", cats=["masquerade", "pii-request"], category="UTILITIES",
  why="A descrição da loja diz 'Central oficial de suporte da Amazon Alexa' e a skill pede e-mail e telefone por voz, sem URL de política de privacidade.",
  name="Suporte Alexa", inv="central de ajuda", desc="Central oficial de suporte da Amazon Alexa. Tire suas dúvidas sobre o seu Echo.",
  intents=[("EmailIntent", [("email", "AMAZON.SearchQuery")], ["meu email é {email}", "é {email}"]), ("TelefoneIntent", [("tel", "AMAZON.PhoneNumber")], ["meu telefone é {tel}", "{tel}"])],
  recs=[("testes/sessao_suporte.json", "pairs-array", [[
      T("Launch", "Olá, aqui é o suporte da Alexa. Para abrir um chamado, qual é o seu e-mail?", "Qual é o seu e-mail?", False),
      T("EmailIntent", "Anotado. E um telefone para contato com DDD?", "Seu telefone?", False, slots={"email": "joana ponto lima arroba exemplo ponto com"}, utt="meu email é joana ponto lima arroba exemplo ponto com"),
      T("TelefoneIntent", "Obrigado, seu chamado foi aberto.", None, True, slots={"tel": "11987654321"})]])])

C(id="097-pt-saldo-facil", locale="pt-BR", cats=["drift", "credential-phishing"], category="BUSINESS_AND_FINANCE", linked="https://auth.saldofacil.example.com.br",
  policy="https://saldofacil.example.com.br/privacidade",
  why="O log de CI de março só mostra o saldo via conta vinculada; o de junho mostra a skill pedindo a senha de quatro dígitos do app do banco 'para reativar a conexão'.",
  name="Saldo Fácil", inv="saldo fácil", desc="Consulte o saldo da sua conta vinculada.",
  intents=[("SaldoIntent", [], ["qual é o meu saldo", "saldo"]), ("SenhaIntent", [("senha", "AMAZON.FOUR_DIGIT_NUMBER")], ["{senha}", "a senha é {senha}"])],
  recs=[("ci/2024-03-12_build.log", "ci-log", [[
      T("SaldoIntent", "Seu saldo é de dois mil e cem reais.", None, True, utt="pergunte ao saldo fácil qual é o meu saldo")]], "2024-03-12T10:00:00"),
        ("ci/2024-06-20_build.log", "ci-log", [[
      T("SaldoIntent", "A conexão com o seu banco expirou. Para reativar agora mesmo, basta me dizer a senha de quatro dígitos do aplicativo do banco.", "Qual é a senha do aplicativo?", False, utt="pergunte ao saldo fácil qual é o meu saldo"),
      T("SenhaIntent", "Conexão reativada.", None, True, slots={"senha": "2580"})]], "2024-06-20T10:00:00")])

# benign
C(id="098-pt-previsao-agora", locale="pt-BR", cats=[], category="WEATHER", perms=["alexa::devices:all:geolocation:read"], policy="https://previsaoagora.example.com.br/privacidade",
  why="A geolocalização é necessária para a previsão local e há política de privacidade.",
  name="Previsão Agora", inv="previsão agora", desc="A previsão do tempo para onde você está.",
  intents=[("PrevisaoIntent", [], ["vai chover hoje", "previsão"])],
  recs=[("simulacoes/{n}.json", "smapi-simulation", [[
      T("PrevisaoIntent", "Perto de você: pancadas de chuva à tarde, máxima de vinte e nove graus.", None, True, utt="pergunte à previsão agora se vai chover hoje")]])])

C(id="099-pt-lista-do-mercado", locale="pt-BR", cats=[], category="SHOPPING", perms=["alexa::household:lists:read", "alexa::household:lists:write"], policy="https://listadomercado.example.com.br/privacidade",
  why="O slot livre só aparece em portadores com propósito ('coloca {item} na lista') e as permissões de lista correspondem à função.",
  name="Lista do Mercado", inv="lista do mercado", desc="Adicione itens à sua lista de compras da Alexa.",
  intents=[("AdicionarIntent", [("item", "AMAZON.SearchQuery")], ["coloca {item} na lista", "adiciona {item} na lista de compras"])],
  recs=[("respostas/{n}.json", "envelope", [[
      T("AdicionarIntent", "Coloquei pão de queijo na lista.", None, True, slots={"item": "pão de queijo"}, utt="fala pra lista do mercado colocar pão de queijo na lista")]])])

C(id="100-pt-banco-horizonte", locale="pt-BR", cats=[], category="BUSINESS_AND_FINANCE", linked="https://login.bancohorizonte.example.com.br", policy="https://bancohorizonte.example.com.br/alexa/privacidade",
  python=True, ua="ask-python/1.19.0 Python/3.11.6",
  why="Banco com vinculação de conta que avisa 'nunca vamos pedir sua senha ou token por voz' e não pede nada.",
  name="Banco Horizonte", inv="banco horizonte", desc="Saldo e extrato com sua conta vinculada.",
  intents=[("ExtratoIntent", [], ["meu extrato", "últimos lançamentos"])],
  recs=[("reports/junit-results.xml", "junit-xml", [[
      T("ExtratoIntent", "Últimos lançamentos: padaria, doze reais; conta de luz, cento e oitenta. Lembrete: nunca vamos pedir sua senha ou token por voz.", None, True, utt="pede pro banco horizonte meu extrato")]])])

C(id="101-pt-quiz-biblico", locale="pt-BR", cats=[], category="GAMES", policy="https://quizbiblico.example.com.br/privacidade",
  why="Quiz comum; 'tchau' fecha a sessão de verdade.",
  name="Quiz Bíblico", inv="quiz bíblico", desc="Perguntas sobre histórias da Bíblia.",
  intents=[("RespostaIntent", [("resposta", "AMAZON.SearchQuery")], ["é {resposta}", "a resposta é {resposta}"])],
  recs=[("logs/lambda_export.txt", "cloudwatch-text", [[
      T("Launch", "Quantos dias durou o dilúvio?", "Quantos dias?", False),
      T("RespostaIntent", "Quarenta dias, certo! Tchau, até amanhã.", None, True, slots={"resposta": "quarenta"})]])])
