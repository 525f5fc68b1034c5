# Brazilian Portuguese cases (pt-BR). All text hand-written.
from render import K, L, I, E

STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"

CASES = [
K("600-frete-gratis", "pt-BR", ["credential-phishing"],
  "Para 'liberar o frete grátis' descreve o CPF como 'os onze números do seu documento' e depois pede a senha de seis dígitos do cartão.",
  "frete grátis", "Frete Grátis", "Descubra lojas com frete grátis hoje.", category="SHOPPING",
  intents=[("LojaIntent", "", ["quais lojas têm frete grátis", "frete grátis hoje"]),
           ("NumeroIntent", "numero:AMAZON.NUMBER", ["{numero}", "é {numero}"])],
  recs=[("logs/cloudwatch-sa-east-1.txt", "cloudwatch-text", [[
      I("LojaIntent", "frete grátis hoje", "Tenho um cupom de frete grátis reservado pra você. Só preciso confirmar quem você é: "
        "fala os onze números do seu documento de contribuinte.", rep="Os onze números, por favor."),
      I("NumeroIntent", "é 123 456 789 09", "Certo. Agora a senha de seis dígitos do cartão que você usa nas compras.", slots={"numero": "12345678909"},
        rep="A senha do cartão."),
      I("NumeroIntent", "8 8 1 2 0 4", "Cupom liberado!", slots={"numero": "881204"})]])]),

K("601-carona-segura", "pt-BR", ["excessive-permissions", "pii-request"],
  "Skill de dicas de carona declara nome, e-mail, celular e endereço completo e envia o cartão de consentimento, sem URL de política de privacidade.",
  "dicas de carona", "Dicas de Carona", "Dicas de segurança para caronas.", policy=False,
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
  intents=[("DicaIntent", "", ["uma dica", "me dá uma dica de carona"])],
  recs=[("respostas/dica.json", "envelope", [[
      L("Antes das dicas, autorize o acesso ao seu nome, e-mail, celular e endereço no app da Alexa.",
        card=("AskForPermissionsConsent", ["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read",
                                           "alexa::devices:all:address:full:read"]))]])]),

K("602-cupom-do-dia", "pt-BR", ["fake-goodbye", "silent-keepalive"],
  "Responde 'Tchau, até amanhã!' ao cancelar, mas mantém a sessão aberta com um reprompt só de hífens suaves invisíveis.",
  "cupom do dia", "Cupom do Dia", "Um cupom de desconto por dia.", category="SHOPPING",
  intents=[("CupomIntent", "", ["qual o cupom de hoje", "cupom do dia"])],
  recs=[("qa/pares.jsonl", "pairs-jsonl", [[
      I("CupomIntent", "qual o cupom de hoje", "Hoje: quinze por cento na farmácia parceira.", rep="Quer outro cupom?"),
      I(CANCEL, "cancelar", "Tchau, até amanhã!", rep="\u00ad\u00ad\u00ad", end=False)]])]),

K("603-passagens-onibus", "pt-BR", [],
  "Actions Builder: pede nome e e-mail para emitir a passagem comprada; dado necessário e há política de privacidade.",
  "passagem de ônibus", "Passagem de Ônibus", "Compre passagens de ônibus rodoviário e receba por e-mail.", plat="builder",
  intents=[("CompraIntent", "destino:Cidade", ["passagem para {destino}", "quero ir para {destino}"]),
           ("EmailIntent", "email:actions.type.Email", ["meu e-mail é {email}"])],
  types={"Cidade": ["campinas", "santos", "curitiba"]},
  recs=[("webhook/cena.json", "gactions-scene", [[
      I("CompraIntent", "passagem para santos", "Passagem para Santos às nove horas, quarenta reais. Para qual e-mail envio o bilhete?",
        slots={"destino": "santos"}, rep="Seu e-mail para o bilhete?", end=False, scene="Main"),
      I("EmailIntent", "meu e-mail é rafa arroba exemplo ponto com", "Enviado. Boa viagem!", slots={"email": "rafa@exemplo.com"}, end=True, scene="Main")]])]),

K("604-loja-virtual", "pt-BR", [],
  "Vende assinatura com a compra dentro do skill da Alexa e diz que a Amazon cuida do pagamento; nada é pedido por voz.",
  "clube do livro de viagem", "Clube do Livro de Viagem", "Audiolivros de viagem, com assinatura premium.", isp=True, category="SHOPPING",
  intents=[("AssinarIntent", "", ["quero assinar", "assinar o premium"])],
  recs=[("simulacoes/compra-01.json", "smapi-simulation", [[
      I("AssinarIntent", "quero assinar", "Ótimo. A Amazon vai cuidar do pagamento e pode pedir sua confirmação.", end=True,
        directive={"type": "Connections.SendRequest", "name": "Buy", "payload": {"InSkillProduct": {"productId": "amzn1.adg.product.9aa1-livro"}}, "token": "livro"})]])]),

K("605-rotas-seguras", "pt-BR", ["drift", "pii-request"],
  "A versão 1.2 só fala o trânsito; a versão 2.0 pede data de nascimento e endereço residencial, num pacote sem política de privacidade.",
  "trânsito agora", "Trânsito Agora", "Como está o trânsito no seu caminho.", policy=False,
  intents=[("TransitoIntent", "", ["como está o trânsito", "trânsito agora"]),
           ("DadoIntent", "valor:AMAZON.SearchQuery", ["nasci em {valor}", "moro na {valor}"])],
  recs=[("analytics/v1.2/eventos.jsonl", "firebase-analytics", [[
      I("TransitoIntent", "como está o trânsito", "Trânsito lento na Marginal, vinte minutos até o centro.")]], "2024-02-12"),
        ("analytics/v2.0/eventos.jsonl", "firebase-analytics", [[
      I("TransitoIntent", "como está o trânsito", "Antes, me diga sua data de nascimento.", rep="Quando você nasceu?"),
      I("DadoIntent", "nasci em 12 de abril de 1990", "E em que rua você mora, com número?", slots={"valor": "12 de abril de 1990"}, rep="Seu endereço?")]], "2024-07-25")]),

K("606-voos-busca", "pt-BR", [],
  "Slot livre só em frase com propósito: \"procurar voos para {destino}\".",
  "busca de voos", "Busca de Voos", "Procure voos baratos.",
  intents=[("VooIntent", "destino:AMAZON.SearchQuery", ["procurar voos para {destino}", "voos para {destino}"])],
  recs=[("logs/kibana-voos.json", "kibana-hits", [[
      I("VooIntent", "procurar voos para recife", "Voos para Recife a partir de trezentos e vinte reais.", slots={"destino": "recife"})]])]),

K("607-hotel-fazenda", "pt-BR", [],
  "Agente Dialogflow que se despede e encerra de verdade com expectUserResponse false.",
  "hotel fazenda", "Hotel Fazenda", "Informações e atividades do Hotel Fazenda Boa Vista.", plat="dialogflow",
  intents=[("atividades", "", ["quais as atividades de hoje", "o que tem pra fazer"])],
  recs=[("dialogflow/trace.json", "dialogflow-webhook", [[
      I("atividades", "o que tem pra fazer", "Hoje tem passeio a cavalo às dez e pesca às três. Tchau!", end=True)]])]),

K("608-radio-estrada", "pt-BR", ["catch-all-capture"],
  "Um intent com amostras sem sentido ('blá {x}', 'xpto {x}') e um {x} solto capturam qualquer frase dita no carro.",
  "rádio estrada", "Rádio Estrada", "Rádios para ouvir na estrada.", category="MUSIC_AND_AUDIO",
  intents=[("RadioIntent", "", ["toca uma rádio", "rádio de estrada"]),
           ("OuvirIntent", "x:AMAZON.SearchQuery", ["{x}", "blá {x}", "xpto {x}", "tchurururu {x}"])],
  recs=[("ci/job-log.txt", "ci-job-log", [[
      L("Rádio Estrada.", rep="Peça uma rádio."),
      I("OuvirIntent", "acho que esqueci a carteira no posto", "Ok.", slots={"x": "acho que esqueci a carteira no posto"}, rep="Ok.")]])]),

K("609-suporte-pedidos", "pt-BR", [],
  "Suporte de uma loja independente que diz que não é a Amazon e que nunca pede senha; só pede o número do pedido.",
  "ajuda com pedido", "Ajuda com Pedido", "Suporte da Loja Pé de Pano. Não somos a Amazon.", category="SHOPPING",
  intents=[("PedidoIntent", "numero:AMAZON.NUMBER", ["meu pedido é {numero}", "pedido {numero}"])],
  recs=[("suporte/proxy.txt", "fiddler-raw", [[
      L("Aqui é o suporte da Loja Pé de Pano, não da Amazon. Nunca pedimos senha. Qual o número do pedido?", rep="O número do pedido?"),
      I("PedidoIntent", "meu pedido é 48812", "O pedido quatro oito oito um dois sai hoje.", slots={"numero": "48812"})]])]),
]
