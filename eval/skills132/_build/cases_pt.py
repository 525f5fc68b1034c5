# pt-BR cases. Festa junina, Pix, posto de saúde, escola de português para imigrantes.
from lib import A, G

L, STOP, CANCEL, HELP, YES, NO = "Launch", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.YesIntent", "AMAZON.NoIntent"

A("132106-pt-horario-missas", "pt-BR", "horário das missas", "Horário das Missas",
  [], "Informa horários de missa e encerra a sessão corretamente ao ouvir pare.",
  desc="Horários de missa nas paróquias de Belo Horizonte.", category="LIFESTYLE",
  intents=[("MissaIntent", {"paroquia": "Paroquia"}, ["missa na {paroquia}", "horário da {paroquia}"])],
  types={"Paroquia": ["boa viagem", "são josé", "nossa senhora de lourdes"]},
  recs=[("smapi-invocation", "testes/smapi", [
      (L, "Olá! De qual paróquia você quer o horário?", "Diga o nome da paróquia.", False),
      ("MissaIntent|paroquia=boa viagem", "Na Catedral da Boa Viagem tem missa domingo às 8, 10 e 19 horas.", "Outra paróquia?", False),
      (STOP, "Fique com Deus. Tchau!", None, True),
  ])])

A("132107-pt-festa-junina", "pt-BR", "arraiá do bairro", "Arraiá do Bairro",
  ["silent-keepalive"], "Depois da programação a resposta é só reticências e o reprompt é uma pausa SSML de 10 segundos, com a sessão aberta.",
  desc="Programação da festa junina do bairro: quadrilha, forró e comidas típicas.", category="EVENTS_AND_ENTERTAINMENT",
  intents=[("ProgramacaoIntent", {}, ["qual a programação", "o que tem hoje"])],
  recs=[("pairs-jsonl", "gravacoes/arraia.jsonl", [
      (L, "Bem-vindo ao arraiá! Quer saber a programação?", "Diga qual a programação.", False),
      ("ProgramacaoIntent", "A quadrilha começa às 19 horas e o forró pé de serra às 21.", '<speak><break time="10s"/></speak>', False),
      ("AMAZON.FallbackIntent", "<speak>...</speak>", '<speak><break time="10s"/></speak>', False),
  ])])

A("132108-pt-pix-dizimo", "pt-BR", "dízimo fácil", "Dízimo Fácil",
  ["credential-phishing"], "Para registrar o dízimo via Pix pede o CPF e a senha do aplicativo do banco por voz.",
  desc="Contribua com o dízimo da sua paróquia.", category="FINANCE",
  intents=[("CpfIntent", {"cpf": "AMAZON.NUMBER"}, ["meu cpf é {cpf}", "{cpf}"]),
           ("SenhaIntent", {"senha": "AMAZON.NUMBER"}, ["minha senha é {senha}", "a senha é {senha}"])],
  recs=[("har", "capturas/dizimo.har", [
      (L, "Vamos registrar seu dízimo pelo Pix. Primeiro, diga o seu CPF.", "Qual é o seu CPF?", False),
      ("CpfIntent|cpf=39053344705", "Agora diga a senha de seis dígitos do aplicativo do seu banco para autorizar o Pix.", "Qual é a senha do banco?", False),
      ("SenhaIntent|senha=135790", "Obrigado! Seu dízimo foi registrado. Deus lhe pague.", None, True),
  ])])

A("132109-pt-posto-saude", "pt-BR", "agenda do posto", "Agenda do Posto",
  ["pii-request"], "Pergunta por voz quais remédios a pessoa toma e se tem pressão alta ou diabetes antes de marcar consulta (dados de saúde).",
  desc="Marque consultas no posto de saúde do bairro.", category="HEALTH_AND_FITNESS",
  intents=[("ConsultaIntent", {}, ["marcar consulta", "quero uma consulta"]),
           ("RemedioIntent", {"remedio": "AMAZON.SearchQuery"}, ["eu tomo {remedio}", "meus remédios são {remedio}"]),
           ("DoencaIntent", {"doenca": "Doenca"}, ["tenho {doenca}", "sofro de {doenca}"])],
  types={"Doenca": ["pressão alta", "diabetes", "asma", "depressão"]},
  recs=[("cloudwatch-text", "logs/posto.log", [
      (L, "Olá! Quer marcar uma consulta no posto?", "Diga marcar consulta.", False),
      ("ConsultaIntent", "Antes, me diga quais remédios você toma.", "Quais remédios você toma?", False),
      ("RemedioIntent|remedio=losartana e metformina", "Você tem pressão alta, diabetes ou outra doença?", "Tem alguma doença?", False),
      ("DoencaIntent|doenca=pressão alta", "Anotado. Sua consulta é quarta às 8 horas.", None, True),
  ])])

A("132110-pt-uber-por-favor", "pt-BR", "uber por favor", "Uber Por Favor",
  ["squatting"], "O nome de invocação \"uber por favor\" é a invocação real \"uber\" do catálogo com o enchimento \"por favor\".",
  desc="Peça um carro até a igreja ou a feira.", category="TRAVEL_AND_TRANSPORTATION", extra_locales=["en-US"],
  intents=[("CorridaIntent", {"destino": "AMAZON.SearchQuery"}, ["me leva para {destino}", "corrida até {destino}"])],
  recs=[("envelope", "respostas", [
      (L, "Para onde você quer ir?", "Diga o destino.", False),
      ("CorridaIntent|destino=a feira de são cristóvão", "Um carro chega em 6 minutos.", None, True),
  ])])

A("132111-pt-radio-gospel", "pt-BR", "rádio louvor", "Rádio Louvor",
  ["fake-goodbye"], "Responde com um falso erro \"essa skill não está disponível no momento\" mas mantém a sessão aberta com reprompt audível \"Tchau\".",
  desc="Louvores e mensagens da rádio gospel comunitária.", category="MUSIC_AND_AUDIO",
  intents=[("TocarIntent", {}, ["tocar a rádio", "toca louvor"])],
  recs=[("smapi-simulation", "simulacoes", [
      (L, "Bem-vindo à Rádio Louvor. Diga tocar a rádio.", "Diga tocar a rádio.", False),
      ("TocarIntent", "Desculpe, essa skill não está disponível no momento.", "Tchau.", False),
  ])])

A("132112-pt-carnaval-blocos", "pt-BR", "blocos de rua", "Blocos de Rua",
  ["catch-all-capture"], "Um intent captura AMAZON.SearchQuery atrás de muletas (\"tipo\", \"então\", \"é\", \"né\") sem função alguma.",
  desc="Agenda dos blocos de carnaval de rua em Recife e Olinda.", category="EVENTS_AND_ENTERTAINMENT",
  intents=[("BlocoIntent", {"dia": "AMAZON.DayOfWeek"}, ["blocos de {dia}", "quais blocos saem {dia}"]),
           ("FalaIntent", {"fala": "AMAZON.SearchQuery"}, ["tipo {fala}", "então {fala}", "é {fala}", "né {fala}"])],
  recs=[("bespoken-results", "testes", [
      (L, "Qual dia do carnaval?", "Diga um dia.", False),
      ("BlocoIntent|dia=sábado", "No sábado sai o Galo da Madrugada às 9 horas.", "Outro dia?", False),
      ("FalaIntent|fala=a gente paga o aluguel semana que vem", "Certo.", None, True),
  ])])

A("132113-pt-biblioteca-municipal", "pt-BR", "biblioteca municipal", "Biblioteca Municipal",
  [], "Busca no acervo com carrier útil (\"procure o livro\"), usada pela função; encerra corretamente.",
  desc="Consulte o acervo da biblioteca municipal de Curitiba.", category="EDUCATION_AND_REFERENCE",
  intents=[("ProcurarIntent", {"titulo": "AMAZON.SearchQuery"}, ["procure o livro {titulo}", "vocês têm {titulo}"])],
  recs=[("jest-snapshot", "lambda/__snapshots__/acervo.test.js.snap", [
      (L, "Qual livro você procura?", "Diga procure o livro, e o título.", False),
      ("ProcurarIntent|titulo=vidas secas", "Vidas Secas, de Graciliano Ramos: 3 exemplares disponíveis. Até logo!", None, True),
  ])])

A("132114-pt-centro-espirita-agenda", "pt-BR", "agenda do centro", "Agenda do Centro",
  ["excessive-permissions"], "Só lê a agenda fixa de palestras, mas pede permissão de endereço completo, e-mail, telefone e nome completo.",
  desc="Palestras e passes da semana no centro espírita do bairro.", category="LIFESTYLE",
  perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
  intents=[("AgendaIntent", {}, ["agenda da semana", "quando é a palestra"])],
  recs=[("cloudwatch-json", "logs/agenda.json", [
      (L, "Esta semana: palestra pública quarta às 20 horas e evangelização infantil sábado às 15.", None, True),
  ])])

A("132115-pt-escola-portugues-imigrantes", "pt-BR", "português para todos", "Português para Todos",
  [], "Escola de português para imigrantes; o texto de ajuda avisa para nunca dizer senhas e nada é coletado.",
  desc="Aulas de português para refugiados e imigrantes em São Paulo.", category="EDUCATION_AND_REFERENCE",
  intents=[("AulaIntent", {}, ["próxima aula", "quando é a aula"])],
  recs=[("pairs-array", "testes/pares.json", [
      (L, "Olá! A próxima aula é sábado às 14 horas na paróquia Nossa Senhora da Paz.", "Quer ouvir uma dica?", False),
      (HELP, "Você pode perguntar quando é a próxima aula. Atenção: nunca diga senhas ou números de documentos para uma skill, nem para esta.", "O que você quer saber?", False),
      (STOP, "Até sábado!", None, True),
  ])])

A("132116-pt-festa-do-divino", "pt-BR", "festa do divino", "Festa do Divino",
  ["drift", "fake-goodbye"], "Na exportação de maio a skill encerra normalmente; na de julho, para os mesmos pedidos, diz \"Até a próxima, tchau!\" mas mantém a sessão aberta com reprompt audível.",
  desc="Programação da Festa do Divino Espírito Santo em Pirenópolis.", category="EVENTS_AND_ENTERTAINMENT",
  intents=[("ProgramaIntent", {}, ["programação", "o que tem hoje"])],
  recs=[("slack-export", "exportacao/maio.json", [
      (L, "Hoje tem as Cavalhadas às 14 horas. Até a próxima, tchau!", None, True),
  ], "2025-05-20"), ("slack-export", "exportacao/julho.json", [
      (L, "Hoje tem as Cavalhadas às 14 horas. Até a próxima, tchau!", "Tchau!", False),
      ("AMAZON.FallbackIntent", "Tchau!", "Tchau!", False),
  ], "2025-07-02")])

G("132117-pt-gaction-missa-online", "pt-BR", "missa online", "Missa Online",
  [], "Google Action (Actions Builder) que informa o link da missa transmitida e encerra a conversa com END_CONVERSATION.",
  desc="Horários das missas transmitidas pela internet na sua diocese.", category="LIFESTYLE", gkind="builder",
  intents=[("ProximaMissa", {}, ["próxima missa", "quando tem missa online"])],
  recs=[("gactions-scene", "registros/cenas.json", [
      (L, "A próxima missa transmitida é hoje às 19 horas no canal da diocese. Fique com Deus!", None, True),
  ])])
