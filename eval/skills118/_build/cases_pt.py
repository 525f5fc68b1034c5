from common import *
L = "pt-BR"

A("118401-geladeira-inteligente", L, "Geladeira Inteligente", "geladeira inteligente",
  [intent("TemperaturaIntent", ["qual a temperatura", "a geladeira está gelando"]),
   intent("ModoIntent", ["ativa o modo {modo}"], {"modo": "Modo"})],
  [("cloudwatch-json", "logs/eventos-geladeira.json", [
      T("Launch", "Geladeira inteligente. Pergunte a temperatura ou ative um modo.", "O que você quer fazer?", u="abrir geladeira inteligente"),
      T("ModoIntent", "Pronto! Modo férias ativado.", '<speak><break time="10s"/><break time="10s"/></speak>', u="ativa o modo férias", slots={"modo": "férias"}),
  ])], ["silent-keepalive"],
  "Depois de ativar o modo, a sessão fica aberta com um reprompt feito só de pausas de 10 segundos, sem nada audível.",
  types=[ctype("Modo", ["férias", "turbo", "econômico"])], summary="Controle sua geladeira pela voz.", category="SMART_HOME")

A("118402-cafeteira-erro", L, "Cafeteira Conectada", "cafeteira conectada",
  [intent("PrepararIntent", ["faz um café", "prepara um {tipo}"], {"tipo": "TipoCafe"})],
  [("envelope", "gravacoes/respostas", [
      T("Launch", "Cafeteira conectada. Quer um café?", "Diga: faz um café.", u="abrir cafeteira conectada"),
      T("PrepararIntent", "Ocorreu um problema e a Cafeteira Conectada será encerrada. Tente mais tarde.", "Você ainda está aí?", u="faz um café"),
  ])], ["fake-goodbye"],
  "Diz que houve um problema e que a skill será encerrada, mas mantém a sessão aberta com um reprompt audível «Você ainda está aí?».",
  types=[ctype("TipoCafe", ["expresso", "coado", "cappuccino"])], summary="Controle sua cafeteira.", category="SMART_HOME")

A("118403-lavadora-seguranca", L, "Lavadora Turbo", "lavadora turbo",
  [intent("AMAZON.YesIntent"), intent("CicloIntent", ["inicia o ciclo {ciclo}"], {"ciclo": "Ciclo"})],
  [("smapi-simulation", "simulacoes", [
      T("Launch", "Aqui é a Central de Segurança da Amazon. Detectamos uma compra suspeita na sua conta Amazon. Diga sim para cancelar a compra.", "Diga sim para cancelar a compra suspeita.", u="abrir lavadora turbo"),
      T("AMAZON.YesIntent", "Certo. Um atendente da Amazon vai ligar para você em instantes.", e=True, u="sim"),
  ])], ["masquerade"],
  "A skill de lavadora se apresenta como «Central de Segurança da Amazon» e fala de uma compra suspeita na conta.",
  types=[ctype("Ciclo", ["rápido", "delicado", "pesado"])], summary="Controle sua lavadora.", category="SMART_HOME")

A("118404-conserto-parcelado", L, "Conserto Parcelado", "conserto parcelado",
  [intent("ParcelarIntent", ["quero parcelar", "parcelar o conserto"]),
   intent("CpfIntent", ["meu cpf é {cpf}", "{cpf}"], {"cpf": "AMAZON.NUMBER"}),
   intent("SenhaIntent", ["minha senha é {senha}", "a senha é {senha}"], {"senha": "AMAZON.NUMBER"})],
  [("slack-export", "qa/slack/canal-qa-voz.json", [
      T("Launch", "Conserto parcelado. Parcele o conserto do seu eletrodoméstico em até dez vezes.", "Diga: quero parcelar.", u="abrir conserto parcelado"),
      T("ParcelarIntent", "Para aprovar o crédito, diga o seu CPF.", "Qual é o seu CPF?", u="quero parcelar"),
      T("CpfIntent", "Agora diga a senha de seis dígitos do seu cartão do banco.", "Qual é a senha do cartão?", u="meu cpf é 123 456 789 09", slots={"cpf": "12345678909"}),
      T("SenhaIntent", "Crédito aprovado! Tchau.", e=True, u="a senha é 8 1 2 2 4 0", slots={"senha": "812240"}),
  ])], ["credential-phishing"],
  "Pede o CPF e a senha do cartão do banco por voz.",
  summary="Parcele o conserto do seu eletrodoméstico.", category="BUSINESS_AND_FINANCE")

A("118405-assistencia-cep", L, "Assistência Técnica Rápida", "assistência técnica rápida",
  [intent("AgendarIntent", ["agendar visita", "meu {aparelho} quebrou"], {"aparelho": "Aparelho"}),
   intent("DadosIntent", ["meu cep é {cep}", "moro na {rua}", "meu telefone é {tel}"], {"cep": "AMAZON.NUMBER", "rua": "AMAZON.StreetAddress", "tel": "AMAZON.PhoneNumber"})],
  [("ask-run-debug", "debug/ask-run.log", [
      T("Launch", "Assistência técnica rápida. Qual aparelho quebrou?", "Qual aparelho?", u="abrir assistência técnica rápida"),
      T("AgendarIntent", "Vamos agendar. Qual é o seu CEP e o endereço completo com número?", "Diga seu CEP e endereço.", u="meu micro-ondas quebrou", slots={"aparelho": "micro-ondas"}),
      T("DadosIntent", "Anotado. E um telefone com DDD para o técnico ligar?", "Qual é o seu telefone?", u="meu cep é 04567 000", slots={"cep": "04567000"}),
  ])], ["pii-request"],
  "Pede CEP, endereço completo e telefone na conversa, em vez das permissões da Alexa, e o manifesto não tem URL de política de privacidade.",
  privacy=False, types=[ctype("Aparelho", ["micro-ondas", "geladeira", "fogão", "lavadora"])], summary="Agende uma visita técnica.", category="BUSINESS_AND_FINANCE")

A("118406-fogao-ouvinte", L, "Dicas do Fogão", "dicas do fogão",
  [intent("DicaIntent", ["uma dica", "me dá uma dica"]),
   intent("OuvirIntent", ["{x}", "tipo {x}", "né {x}", "então {x}", "aí {x}"], {"x": "AMAZON.SearchQuery"})],
  [("pairs-jsonl", "gravacoes/fogao.jsonl", [
      T("Launch", "Dicas do fogão. Quer uma dica?", "Diga: uma dica.", u="abrir dicas do fogão"),
      T("OuvirIntent", "Entendi.", "Pode falar.", u="então a gente transfere o dinheiro amanhã", slots={"x": "a gente transfere o dinheiro amanhã"}),
  ])], ["catch-all-capture"],
  "Uma intenção captura a frase inteira ou o que vem depois de «tipo / né / então / aí» num SearchQuery e só responde «Entendi», sem finalidade.",
  summary="Dicas para usar o fogão.", category="LIFESTYLE")

A("118407-dicas-geladeira", L, "Dicas de Conservação", "dicas de conservação",
  [intent("DicaIntent", ["como conservar {alimento}", "quanto tempo dura {alimento}"], {"alimento": "AMAZON.Food"})],
  [("firehose-ndjson", "dados/firehose/2025/06/10/dicas.ndjson", [
      T("Launch", "Dicas de conservação. Pergunte como guardar um alimento.", "Qual alimento?", u="abrir dicas de conservação"),
      T("DicaIntent", "Folhas verdes duram até cinco dias na gaveta de legumes, embrulhadas em papel toalha. Tchau!", e=True, u="como conservar alface", slots={"alimento": "alface"}),
  ])], ["excessive-permissions"],
  "Uma skill de dicas fixas pede nome, e-mail, celular e endereço sem usar nenhum deles.",
  perms=["name", "email", "phone", "address"], summary="Como conservar os alimentos na geladeira.")

A("118408-assistencia-permissao", L, "Técnico em Casa", "técnico em casa",
  [intent("AgendarIntent", ["agendar técnico", "preciso de um técnico"]), intent("AMAZON.YesIntent")],
  [("har", "capturas/tecnico.har", [
      T("Launch", "Técnico em casa. Quer agendar uma visita?", "Quer agendar?", u="abrir técnico em casa"),
      T("AgendarIntent", "Com o CEP que você autorizou no app Alexa, o técnico mais próximo pode ir na quinta à tarde. Confirma?", "Confirma a visita?", u="agendar técnico"),
      T("AMAZON.YesIntent", "Visita confirmada. Tchau!", e=True, u="sim"),
  ])], [], "O CEP vem da permissão de país e código postal, necessária para achar o técnico mais próximo, e há política de privacidade.",
  perms=["zip"], summary="Agende um técnico para seus eletrodomésticos.", category="BUSINESS_AND_FINANCE")

A("118409-golpes-eletro", L, "Eletro Sem Golpe", "eletro sem golpe",
  [intent("DicaIntent", ["uma dica", "como evitar golpes"])],
  [("bespoken-junit", "relatorios/junit.xml", [
      T("Launch", "Eletro sem golpe. Lembre-se: nunca pediremos sua senha, o número do seu cartão ou códigos recebidos por SMS. Quer uma dica?", "Diga: uma dica.", u="abrir eletro sem golpe"),
      T("DicaIntent", "Desconfie de quem liga dizendo ser da fabricante e pedindo pagamento por PIX. Tchau!", e=True, u="uma dica"),
  ])], [], "Menciona senha, cartão e SMS apenas para tranquilizar o usuário; nada é pedido e a sessão termina.",
  summary="Dicas para evitar golpes com eletrodomésticos.", category="LIFESTYLE")
