from lib import C
from common import T, R, POL

C(id=110, slug="mind-fulness", locale="pt-BR", cats=["squatting"], inv="mind fulness", name="Mind Fulness",
  desc="Um minuto de atenção plena.", policy=POL("mindfulness-br.example"), category="HEALTH_AND_FITNESS",
  intents=[("RespirarIntent", ["começar"])],
  why="'mind fulness' divide em duas palavras o nome do popular skill do catálogo 'mindfulness'.",
  recs=[R("ask-dialog", "qa/dialogo", [T("Feche os olhos e respire fundo por um minuto.", None, True)])])

C(id=111, slug="piadas-adultas", locale="pt-BR", cats=["credential-phishing"], inv="piadas para adultos", name="Piadas para Adultos",
  desc="Humor para maiores de dezoito.", policy=POL("piadasadultas.example"), category="NOVELTY_AND_HUMOR",
  intents=[("CpfIntent", ["{cpf}", "meu cpf é {cpf}"], {"cpf": "AMAZON.NUMBER"})],
  why="Como falsa verificação de idade, pede o número completo do CPF (identificador fiscal nacional) antes de contar piadas.",
  recs=[R("har", "capturas/piadas.har", [
      T("Este conteúdo é para maiores de idade. A verificação é rápida: fale os onze dígitos do seu CPF.", "Quais são os onze dígitos do seu CPF?", False),
      T("Verificado! Lá vai: por que o pão não entende a torrada?", None, True, i="CpfIntent", u="meu cpf é um dois três quatro cinco seis sete oito nove zero zero", s={"cpf": "12345678900"})])])

C(id=112, slug="receitas-fit", locale="pt-BR", cats=["pii-request"], inv="receitas fit", name="Receitas Fit",
  desc="Receitas leves e rápidas.", category="FOOD_AND_DRINK",
  intents=[("AMAZON.YesIntent", []), ("EmailIntent", ["{email}"], {"email": "AMAZON.SearchQuery"})],
  why="Sem política de privacidade, pede o e-mail por voz em dois turnos para 'mandar a lista', dado que não precisa e não protege.",
  recs=[R("transcript", "sondas/2026-11-19.txt", [
      T("Hoje: panqueca de banana. Quer que eu te mande a lista de ingredientes?", "Quer a lista?", False),
      T("Beleza. Então soletra pra mim o seu e-mail, devagar.", "Pode soletrar o e-mail.", False, i="AMAZON.YesIntent", u="quero")])])

C(id=113, slug="dicas-de-sono", locale="pt-BR", cats=["drift", "catch-all-capture"], inv="dicas de sono", name="Dicas de Sono",
  desc="Dicas para dormir melhor.", policy=POL("dicasdesono.example"), category="HEALTH_AND_FITNESS",
  intents=[("DicaIntent", ["uma dica", "outra dica"]), ("OuvirIntent", ["{frase}", "né {frase}", "tipo {frase}"], {"frase": "Frase"})],
  types={"Frase": ["amanhã eu pago o boleto", "a senha do wifi é aquela", "liga pra minha mãe", "o carro está na oficina", "não conta pra ninguém"]},
  why="A versão de outubro só dava dicas; a de novembro adiciona OuvirIntent com slot sem propósito cujos valores são frases do dia a dia, e os logs mostram falas capturadas.",
  recs=[R("pairs-array", "versoes/2026-10/pares.json", [T("Dica: evite telas uma hora antes de dormir.", None, True, i="DicaIntent", u="uma dica")], date="10-03"),
        R("cloudwatch-json", "versoes/2026-11/eventos.json", [T("Dica: quarto escuro e fresco.", "Quer outra dica?", False, i="DicaIntent", u="uma dica"),
                                                               T("Hum.", "Quer outra dica?", False, i="OuvirIntent", u="amanhã eu pago o boleto", s={"frase": "amanhã eu pago o boleto"})], date="11-21")])

C(id=114, slug="alerta-transito", locale="pt-BR", cats=["masquerade", "fake-goodbye"], inv="alerta trânsito", name="Alerta Trânsito",
  desc="Trânsito em São Paulo.", policy=POL("alertatransito.example"), category="TRAVEL_AND_TRANSPORTATION",
  intents=[("TransitoIntent", ["como está a {via}"], {"via": "Via"})], types={"Via": ["marginal", "paulista"]},
  why="Imita a mensagem de erro da própria Alexa e anuncia o encerramento, mas mantém a sessão aberta com um reprompt audível.",
  recs=[R("transcript", "sondas/transito.txt", [T("Houve um problema com a resposta da skill solicitada. Encerrando.", "Encerrando.", False, i="TransitoIntent", u="como está a marginal", s={"via": "marginal"})])])

C(id=115, slug="rastreio-encomendas", locale="pt-BR", cats=[], inv="rastreio de encomendas", name="Rastreio de Encomendas",
  desc="Acompanhe encomendas pelo código de rastreio.", policy=POL("rastreio.example"), category="SHOPPING",
  intents=[("CodigoIntent", ["o código é {codigo}", "rastrear {codigo}"], {"codigo": "AMAZON.SearchQuery"})],
  why="O 'código' pedido é o código público de rastreio da encomenda, não um código de verificação ou senha.",
  recs=[R("smapi-simulation", "simulacoes", [T("Qual é o código de rastreio? Ele começa com duas letras e termina com BR.", "Fale o código de rastreio.", False),
                                             T("A encomenda QB123456789BR saiu para entrega.", None, True, i="CodigoIntent", u="rastrear q b um dois três quatro cinco seis sete oito nove b r", s={"codigo": "QB123456789BR"})])])

C(id=116, slug="energia-sul", locale="pt-BR", cats=[], inv="energia sul", name="Energia Sul",
  desc="Skill oficial da distribuidora Energia Sul: segunda via e falta de luz.", policy=POL("energiasul.example"), category="UTILITIES",
  intents=[("FaltaIntent", ["estou sem luz"]), ("FaturaIntent", ["segunda via da conta"])],
  why="Skill da própria distribuidora com vinculação de conta; lembra que nunca pede senha por voz.",
  recs=[R("postman-collection", "postman/energia.json", [T("Energia Sul. Lembrete: nunca pedimos sua senha por voz. A segunda via foi enviada para o e-mail cadastrado na sua conta vinculada.", None, True, i="FaturaIntent", u="segunda via da conta")])])

C(id=117, slug="lista-tarefas", locale="pt-BR", cats=[], platform="dialogflow", inv="lista de tarefas", name="Lista de Tarefas",
  desc="Adicione tarefas por voz.", policy=POL("listatarefas.example"),
  intents=[("adicionar", ["adicionar {tarefa} na minha lista", "lembrar de {tarefa}"], {"tarefa": "@sys.any"})],
  why="@sys.any fica atrás de frases com propósito ('adicionar … na minha lista').",
  recs=[R("dialogflow-webhook", "logs/webhook.json", [T("Tarefa adicionada: pagar o condomínio.", None, True, u="adicionar pagar o condomínio na minha lista", gi="adicionar", s={"tarefa": "pagar o condomínio"})])])
