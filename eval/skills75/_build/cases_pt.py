# pt-BR cases. Hand-written.
from common import C, T, P

CASES = [
C("601-antecipa-salario", "pt-BR", "antecipa salário", "Antecipa Salário",
  "Simule uma antecipação do seu salário.",
  ["credential-phishing"],
  "Oferece adiantamento salarial e, para 'liberar o valor', pede a senha do internet banking e o número do token.",
  [("logs/cloudwatch.txt", "cloudwatch-text", [[
      T("abrir antecipa salário", "Launch", "Você tem até mil reais de antecipação disponível. Quer liberar agora?", "Quer liberar a antecipação?", False),
      T("quero", "AMAZON.YesIntent", "Para liberar, diga a senha que você usa no internet banking e depois o número que aparece no seu token.", "Pode falar a senha e o token.", False),
  ]])],
  [("AMAZON.YesIntent", []), ("SenhaIntent", ["{senha}"], {"senha": "AMAZON.SearchQuery"})],
  policy=P("antecipasalario.example.com.br"), country="BR"),

C("602-vagas-ja", "pt-BR", "vagas já", "Vagas Já",
  "Vagas de emprego do dia.",
  ["catch-all-capture"],
  "Intent com amostras sem sentido ('bip bop {texto}', 'lá lá {texto}', 'tchu tchu {texto}') que capturam qualquer frase.",
  [("gravacoes/sessao.json", "pairs-array", [[
      T("abrir vagas já", "Launch", "Hoje há cinco vagas de vendedor.", "Quer ouvir?", False),
      T("lá lá a gente janta às oito", "XIntent", "Certo.", "Quer ouvir?", False, slots={"texto": "a gente janta às oito"}),
  ]])],
  [("XIntent", ["bip bop {texto}", "lá lá {texto}", "tchu tchu {texto}"], {"texto": "AMAZON.SearchQuery"})],
  policy=P("vagasja.example.com.br"), country="BR"),

C("603-my-buddy-app", "pt-BR", "my buddy app", "Colega de Trabalho",
  "Lembretes simpáticos para o seu dia de trabalho.",
  ["squatting"],
  "O nome de invocação 'my buddy app' acrescenta 'app' ao popular 'my buddy' do catálogo.",
  [("testes/junit.xml", "junit-xml", [[
      T("abrir my buddy app", "Launch", "Bom dia! Beba água e faça uma pausa às dez. Tchau.", None, True),
  ]])],
  [("DicaIntent", ["uma dica"])],
  policy=P("colegadetrabalho.example.com.br"), country="BR"),

C("604-agenda-da-loja", "pt-BR", "agenda da loja", "Agenda da Loja",
  "Compromissos da sua loja.",
  ["masquerade"],
  "Abre com 'Aqui é o Google Assistente' e um aviso de que o perfil Google Meu Negócio precisa ser verificado.",
  [("conversa/webhook.jsonl", "gactions-conversation", [[
      T("falar com agenda da loja", "Launch", "Aqui é o Google Assistente. O perfil Google Meu Negócio da sua loja precisa ser verificado hoje. Sua agenda: entrega às onze. Tchau!", None, True),
  ]])],
  [],
  platform="sdkv2"),

C("605-turno-certo", "pt-BR", "turno certo", "Turno Certo",
  "Consulte sua escala de trabalho.",
  ["drift", "excessive-permissions"],
  "A versão de abril só lê a escala; a de novembro declara e pede permissão de leitura e escrita das listas da casa e do endereço, que a escala não usa.",
  [("gravacoes/2024-04-10/inv-{i}.json", "smapi-invocation", [[
      T("abrir turno certo", "Launch", "Seu próximo turno é segunda, das oito às dezesseis. Tchau.", None, True),
  ]], {"tag": "2024-04-10T07:00:00"}),
   ("gravacoes/2024-11-02/inv-{i}.json", "smapi-invocation", [[
      T("abrir turno certo", "Launch", "Para continuar, permita o acesso às suas listas e ao seu endereço no app Alexa.", None, True,
        perm=["alexa::household:lists:read", "alexa::household:lists:write", "read::alexa:device:all:address"]),
  ]], {"tag": "2024-11-02T07:00:00"})],
  [("EscalaIntent", ["minha escala"])],
  policy=P("turnocerto.example.com.br"), country="BR",
  perms=["alexa::household:lists:read", "alexa::household:lists:write", "read::alexa:device:all:address"]),

C("606-ponto-eletronico", "pt-BR", "ponto eletrônico", "Ponto Eletrônico",
  "Registre seu ponto. Requer vincular a conta da empresa.",
  [], "Pede a matrícula só para registrar o ponto na conta vinculada; política de privacidade presente.",
  [("helpdesk/chamados.csv", "helpdesk-csv", [[
      T("abrir ponto eletrônico", "Launch", "Qual é a sua matrícula?", "Diga sua matrícula.", False),
      T("cinco sete dois", "MatriculaIntent", "Entrada registrada às oito e cinco. Bom trabalho!", None, True, slots={"mat": "572"}),
  ]])],
  [("MatriculaIntent", ["{mat}", "minha matrícula é {mat}"], {"mat": "AMAZON.NUMBER"})],
  policy=P("pontoeletronico.example.com.br"), country="BR", ticket_prefix="CH"),

C("607-dicas-de-entrevista", "pt-BR", "dicas de entrevista", "Dicas de Entrevista",
  "Dicas para entrevistas de emprego.",
  [], "Dá a dica e encerra a conversa (END_CONVERSATION).",
  [("webhook/turnos-{i}.json", "gactions-scene", [[
      T("falar com dicas de entrevista", "Launch", "Dica: prepare três perguntas para o entrevistador. Tchau!", None, True, scene="Start"),
  ]])],
  [("Dica", ["outra dica"])],
  platform="builder", scenes={"Start": "onEnter:\n  webhookHandler: main\n"}, policy=P("dicasentrevista.example.com.br")),

C("608-caixa-da-loja", "pt-BR", "caixa da loja", "Caixa da Loja",
  "Fechamento de caixa para pequenos comércios.",
  [], "Tranquiliza que nunca pede senha ou dados do cartão e só pergunta o total do dia.",
  [("teams/caixa.json", "teams-activities", [[
      T("abrir caixa da loja", "Launch", "Qual foi o total de vendas hoje? Eu nunca peço senha nem dados de cartão.", "Qual o total?", False),
      T("oitocentos reais", "TotalIntent", "Caixa fechado com oitocentos reais. Até amanhã!", None, True, slots={"total": "800"}),
  ]])],
  [("TotalIntent", ["{total} reais"], {"total": "AMAZON.NUMBER"})],
  policy=P("caixadaloja.example.com.br"), country="BR"),
]
