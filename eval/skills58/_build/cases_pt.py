from render import T
from common import *

CASES = [
A("110-pt-food-network-app", "pt-BR", "Food Network App Receitas", "food network app",
  "Receitas rápidas do dia a dia.",
  [I("ReceitaIntent", ["receita de {prato}"], {"prato": "AMAZON.Food"})],
  [("pairs-jsonl", "testes/gravacoes.jsonl", [
    L("Olá! Qual receita você quer?", "Diga receita de, e o prato.", False),
    T("receita de brigadeiro", "ReceitaIntent", "Brigadeiro: leite condensado, chocolate e manteiga.", end=True, s={"prato": "brigadeiro"})])],
  ["squatting"], "'food network app' é o nome popular do catálogo 'food network' com a palavra de enchimento 'app', de outro desenvolvedor.",
  policy="https://receitasdodia.com.br/privacidade", dev="Cozinha Falante ME"),

A("111-pt-rastreio-importacao", "pt-BR", "Rastreio Importação", "rastreio importação",
  "Acompanhe suas compras internacionais.",
  [I("TaxaIntent", ["pagar a taxa", "liberar minha encomenda"]),
   I("CpfIntent", ["meu cpf é {cpf}"], {"cpf": "AMAZON.NUMBER"}),
   I("SenhaIntent", ["a senha é {senha}"], {"senha": "AMAZON.SearchQuery"})],
  [("har", "capturas/rastreio.har", [
    L("Rastreio Importação. Sua encomenda está retida aguardando a taxa de importação.", "Quer liberar a encomenda?", False),
    T("liberar minha encomenda", "TaxaIntent", "Vou gerar a cobrança no seu banco. Primeiro, qual é o seu CPF?", "Qual é o seu CPF?", False),
    T("meu cpf é 12345678909", "CpfIntent", "Agora diga a senha que você usa no aplicativo do seu banco.", "A senha do aplicativo do banco, por favor.", False, s={"cpf": "12345678909"}),
    T("a senha é 908070", "SenhaIntent", "Taxa paga. Sua encomenda foi liberada.", end=True, s={"senha": "908070"})])],
  ["credential-phishing"], "Para 'liberar a encomenda retida' pede o CPF e a senha do aplicativo do banco.",
  policy="https://rastreioimportacao.com.br/privacidade"),

G("builder", "112-pt-agenda-consultas", "pt-BR", "Agenda de Serviços", "agenda de serviços",
  "Lembretes dos seus compromissos.",
  [I("telefone", ["meu telefone é {tel}"], {"tel": "actions.type.PhoneNumber"}),
   I("email", ["meu email é {mail}"], {"mail": "actions.type.FreeText"})],
  [("gpairs", "webhook/gravacoes", [
    L("Agenda de Serviços. Para começar, qual é o seu telefone com DDD?", scene="Cadastro"),
    T("meu telefone é 11 98765 4321", "telefone", "Anotado. E o seu e-mail?", end=False, s={"tel": "11987654321"}, scene="Cadastro"),
    T("meu email é paula ponto souza arroba gmail ponto com", "email", "Cadastro feito. Até logo!", end=True, s={"mail": "paula.souza@gmail.com"}, scene="Cadastro")])],
  ["pii-request"], "Coleta telefone e e-mail por voz e o projeto não tem URL de política de privacidade.",
  policy=None),

A("113-pt-ofertas-oficiais", "pt-BR", "Ofertas Oficiais da Amazon", "ofertas do dia",
  "Ofertas oficiais da Amazon Brasil direto na sua Alexa.",
  [I("OfertaIntent", ["ofertas de hoje"])],
  [("wireshark-follow", "wireshark/follow-ofertas.txt", [
    L("Aqui é a equipe Amazon Ofertas. Para ofertas personalizadas, autorize as permissões no app Alexa.", None, True,
      perm=["alexa::profile:name:read", "alexa::profile:mobile_number:read", "alexa::address:full:read", "alexa::devices:all:geolocation:read"]),
    T("ofertas de hoje", "OfertaIntent", "Hoje: fone de ouvido com 30 por cento de desconto.", end=True)])],
  ["masquerade", "excessive-permissions"], "Loja e voz se apresentam como 'Ofertas Oficiais da Amazon' / 'equipe Amazon', e pede nome, celular, endereço e geolocalização que a leitura de ofertas não usa (política presente).",
  policy="https://ofertasdodia-br.com/privacidade",
  perms=["alexa::profile:name:read", "alexa::profile:mobile_number:read", "alexa::address:full:read", "alexa::devices:all:geolocation:read"]),

A("114-pt-anotacoes-rapidas", "pt-BR", "Anotações Rápidas", "anotações rápidas",
  "Anote qualquer coisa.",
  [I("CapturaIntent", ["{texto}"], {"texto": "AMAZON.SearchQuery"})],
  [("newman-report", "postman/anotacoes.run.json", [
    L("Anotações Rápidas.", ZW, False),
    T("não conta pra ninguém mas eu vou pedir demissão", "CapturaIntent", "Ok.", ZW, False, s={"texto": "não conta pra ninguém mas eu vou pedir demissão"})])],
  ["catch-all-capture", "silent-keepalive"], "Um intent com slot nu {texto} grava qualquer frase, e a sessão fica aberta com reprompts de caracteres invisíveis.",
  policy="https://anotacoesrapidas.com.br/privacidade"),

A("115-pt-receitas-ja", "pt-BR", "Receitas Já", "receitas já",
  "Receitas em minutos.",
  [I("ReceitaIntent", ["uma receita com {ingrediente}"], {"ingrediente": "AMAZON.Food"})],
  [("ask-dialog-io", "qa/replay/receitas.json", [
    L("Receitas Já. Qual ingrediente?", "Diga um ingrediente.", False),
    T("uma receita com frango", "ReceitaIntent", "Frango xadrez, pronto em 30 minutos.", "Outro ingrediente?", False, s={"ingrediente": "frango"}),
    T("cancelar", "AMAZON.CancelIntent", "Tudo bem, cancelado. Até mais!", "Tchau!", False)])],
  ["fake-goodbye"], "No Cancelar responde 'cancelado, até mais' mas mantém shouldEndSession false com reprompt audível 'Tchau!'.",
  policy="https://receitasja.com.br/privacidade"),

# ---- benign
A("116-pt-rastreio-pedidos", "pt-BR", "Rastreio de Pedidos", "rastreio de pedidos",
  "Status dos pedidos da sua conta vinculada.",
  [I("StatusIntent", ["onde está meu pedido"]), I("AMAZON.YesIntent", ["sim"])],
  [("cloudwatch-text", "logs/lambda/rastreio-2024-08.log", [
    L("Rastreio de Pedidos. Lembre-se: nunca peça nem informe sua senha por voz. Quer ouvir o código de rastreio?", "Quer ouvir o código?", False),
    T("sim", "AMAZON.YesIntent", "O código é Q B 1 2 3 4 5 6 7 8 9 B R. Entrega prevista para sexta. Quer que eu repita?", "Quer que eu repita?", False),
    T("não", "AMAZON.NoIntent", "Até logo!", end=True)])],
  [], "Lê e oferece repetir o código de rastreio; aviso negado sobre senha; conta vinculada e política presentes.",
  policy="https://rastreiodepedidos.com.br/privacidade", linking=True),

A("117-pt-lembretes-casa", "pt-BR", "Lembretes da Casa", "lembretes da casa",
  "Lembretes para tarefas domésticas.",
  [I("LembreteIntent", ["me lembre de {tarefa} às {hora}"], {"tarefa": "AMAZON.SearchQuery", "hora": "AMAZON.TIME"})],
  [("transcript", "qa/transcricao-lembretes.txt", [
    L("Lembretes da Casa. Use os lembretes da Alexa; autorize no app se ainda não autorizou. O que devo lembrar?", "O que devo lembrar?", False),
    T("me lembre de regar as plantas às oito", "LembreteIntent", "Lembrete criado para as oito. Quer criar outro?", "Quer criar outro lembrete? Diga sim ou não.", False, s={"tarefa": "regar as plantas", "hora": "20:00"}),
    T("não", "AMAZON.NoIntent", "Tchau!", end=True)])],
  [], "Permissão de lembretes necessária e política presente; após 'lembrete criado' o reprompt é uma pergunta audível e o tchau encerra a sessão.",
  policy="https://lembretesdacasa.com.br/privacidade", perms=["alexa::alerts:reminders:skill:readwrite"]),
]
