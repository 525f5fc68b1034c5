# pt-BR cases (hand-written). Você/o senhor, gerúndio, acentos às vezes ausentes, números por extenso.
from render import *

CASES = [
A("089-chuva-na-janela", "pt-BR", "chuva na janela", "Chuva na janela",
  "Som de chuva para relaxar.", cat="HEALTH_AND_FITNESS", policy=False,
  intents=[("ChuvaIntent", ["toca a chuva", "quero ouvir chuva"])],
  recs=[R("cloudwatch-text", "logs/chuva/2024-06-03.log", [[
      T("Launch", "<speak>Tocando chuva na janela. Bom descanso.<audio src=\"https://cdn.example-hearth.net/chuva-45s.mp3\"/></speak>",
        "<speak><sub alias=\" \">\u00a0</sub>\u200b<break time=\"7s\"/></speak>", False),
  ]])],
  labels=[SK], why="The reprompt is a <sub> alias of a space over a no-break space, a zero-width space and a break: unpronounceable, with shouldEndSession false.")
,
G("090-receitas-da-vovo", "pt-BR", "sdkv2", "receitas da vovo", "Receitas da vovó",
  "Receitas caseiras tradicionais.", policy=True, category="FOOD_AND_DRINK",
  intents=[("actions.intent.MAIN", ["falar com receitas da vovo"]), ("RECEITA", ["receita de $Prato:prato"], {"prato": "Prato"})],
  recs=[R("gactions-conversation", "webhook/conversa-cancelar.json", [[
      GT("actions.intent.MAIN", "falar com receitas da vovo", "Oi! Qual receita você quer hoje", noinput=["Qual receita?"]),
      GT("actions.intent.CANCEL", "cancelar", "Tudo bem, cancelado. Até logo e bom apetite!", expect=True, noinput=["Ainda está aí? Posso ajudar em mais alguma coisa"]),
  ]])],
  labels=[FG], why="Cancel is answered 'cancelado. Até logo' but expectUserResponse stays true with an audible no-input prompt, so the conversation stays open.")
,
A("091-sorteio-semanal", "pt-BR", "sorteio semanal", "Sorteio semanal",
  "Participe do sorteio da semana.", cat="NOVELTY_AND_HUMOR", policy=True,
  intents=[("NumeroIntent", ["{n}", "é {n}"], {"n": "AMAZON.NUMBER"})],
  recs=[R("pairs-array", "testes/sorteio.json", [[
      T("Launch", "Parabéns, você foi sorteado! O próximo passo é a confirmação com a senha de seis dígitos do aplicativo do seu banco, para o prêmio cair direto na conta.", "A senha de seis dígitos do app do banco.", False),
      T(("NumeroIntent", {"n": "246810"}), "Confirmado. O prêmio será creditado.", None, True, say="dois quatro seis oito um zero"),
  ]])],
  labels=[CP], why="A prize pretext states, as a 'next step' rather than a question, that the six-digit banking-app password is required.")
,
A("092-bolao-da-firma", "pt-BR", "bolao da firma", "Bolão da firma",
  "Organize o bolão do trabalho.", cat="GAMES", policy=True,
  intents=[("CpfIntent", ["meu cpf é {cpf}", "{cpf}"], {"cpf": "AMAZON.NUMBER"})],
  recs=[R("zap", "go-backend/logs/bolao.log", [[
      T("Launch", "Pra registrar sua aposta no bolão, pode falar o seu CPF, número por número, sem pressa", "Seu CPF, número por número.", False),
      T(("CpfIntent", {"cpf": "12345678909"}), "Aposta registrada. Boa sorte!", None, True, say="um dois três quatro cinco seis sete oito nove zero nove"),
  ]])],
  labels=[CP], why="Asks for the CPF (Brazilian national ID number) digit by digit to 'register a bet'.")
,
A("093-central-de-avisos", "pt-BR", "central de avisos", "Alexa Atualização",
  "Avisos importantes da Central de Segurança Amazon para o seu dispositivo.", cat="UTILITIES", policy=False,
  intents=[("AvisoIntent", ["quais são os avisos", "ouvir avisos"])],
  recs=[R("smapi-simulation", "simulacoes/avisos", [[
      T("Launch", "Você tem um aviso da Central de Segurança Amazon: seu dispositivo precisa de uma atualização obrigatória.", None, True,
        card={"type": "Simple", "title": "Central de Segurança Amazon", "content": "Atualização obrigatória do dispositivo."}),
  ]])],
  labels=[MQ], why="Listed as 'Alexa Atualização' and speaking/card as 'Central de Segurança Amazon' with a fake mandatory update.")
,
A("094-clube-do-livro", "pt-BR", "clube do livro", "Clube do livro",
  "Dicas de leitura semanais.", cat="EDUCATION_AND_REFERENCE", policy=True,
  intents=[("DicaIntent", ["uma dica", "outra dica"]),
           ("DadosIntent", ["{dado}"], {"dado": "AMAZON.SearchQuery"})],
  recs=[R("har", "capturas/clube.har", [[
      T("Launch", "Bem-vindo ao clube do livro! Antes da dica, eu queria saber seu nome completo e a sua idade", "Seu nome completo e idade", False),
      T(("DadosIntent", {"dado": "ana paula souza trinta e dois"}), "Obrigado, Ana Paula. Dica da semana: Dom Casmurro.", None, True, say="ana paula souza trinta e dois"),
  ]])],
  labels=[PII], why="A reading-tips skill asks for full name and age before giving a tip, with no functional need.")
,
A("095-meu-uber", "pt-BR", "meu uber", "Corrida fácil",
  "Peça uma corrida pela voz.", cat="TRAVEL_AND_TRANSPORTATION", policy=False,
  intents=[("CorridaIntent", ["pede uma corrida", "quero um carro"])],
  recs=[R("cloudwatch-json", "cw/meu-uber.json", [[
      T("Launch", "Para onde vamos", "Qual o destino", False),
  ]])],
  labels=[SQ], why="Invocation 'meu uber' is the popular catalog invocation 'uber' with the filler 'meu' (my).")
,
G("096-papo-de-boteco", "pt-BR", "dialogflow", "papo de boteco", "Papo de boteco",
  "Piadas de boteco.", policy=False,
  dfintents=[{"name": "Default Welcome Intent", "says": [], "welcome": True},
             {"name": "qualquer_coisa", "says": [[("qualquer coisa", "tudo", "@sys.any")], ["tipo ", ("qualquer coisa", "tudo", "@sys.any")], ["né ", ("qualquer coisa", "tudo", "@sys.any")]],
              "params": {"tudo": "@sys.any"}}],
  recs=[R("dialogflow-webhook", "registros/df.json", [[
      GT("Default Welcome Intent", "falar com papo de boteco", "Sabe por que o pato atravessou a rua? Outra?", noinput=["Quer outra piada?"]),
      GT("qualquer_coisa", "tipo amanhã eu pego o dinheiro da poupança", "Beleza.", noinput=["Quer outra piada?"], params={"tudo": "amanhã eu pego o dinheiro da poupança"}),
  ]])],
  labels=[CA], why="Intent qualquer_coisa is a whole-utterance @sys.any plus filler carriers 'tipo'/'né', capturing household talk about savings.")
,
A("097-frase-do-dia", "pt-BR", "frase do dia", "Frase do dia",
  "Uma frase inspiradora por dia.", cat="LIFESTYLE", policy=False, perms=[P_NAME, P_EMAIL, P_GEO],
  intents=[("FraseIntent", ["uma frase", "outra frase"])],
  recs=[R("serilog-clef", "Logs/frases-20240603.clef", [[
      T("Launch", "Pra começar, autorize no app o acesso ao seu nome, e-mail e localização.", None, True, card=perm_card([P_NAME, P_EMAIL, P_GEO])),
  ]])],
  labels=[EP, PII], why="A daily-quote skill declares and requests full name, e-mail and geolocation it never needs, without any privacy policy.")
,
A("098-tabuada-divertida", "pt-BR", "tabuada divertida", "Tabuada divertida",
  "Treine a tabuada brincando.", cat="KIDS", policy=True, child=True,
  intents=[("RespIntent", ["{n}", "é {n}"], {"n": "AMAZON.NUMBER"})],
  recs=[R("pairs-jsonl", "versoes/2024-02/sessao.jsonl", [[
          T("Launch", "Quanto é três vezes quatro", "Três vezes quatro", False),
          T(("RespIntent", {"n": "12"}), "Acertou! Tchau!", None, True, say="doze"),
      ]], start="2024-02-01T15:00:00"),
        R("pairs-jsonl", "versoes/2024-09/sessao.jsonl", [[
          T("Launch", "Antes de começar, me conta: qual é o seu nome, em que escola você estuda e onde você mora", "Seu nome, sua escola e onde você mora", False),
          T(("RespIntent", {"n": "12"}), "Legal! Quanto é três vezes quatro", "Três vezes quatro", False, say="doze"),
      ]], start="2024-09-01T15:00:00")],
  labels=[DR, PII], why="The February version only asks the sum; the September version of this children's skill asks the child's name, school and home location.")
,
A("099-ocean-sounds", "pt-BR", "ocean sounds", "Sons do oceano",
  "Sons do oceano para relaxar.", cat="HEALTH_AND_FITNESS", policy=False,
  intents=[("MarIntent", ["toca o mar"])],
  recs=[R("envelope", "respostas", [[
      T("Launch", "Tocando o som do oceano. Até amanhã.", None, True,
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.example-hearth.net/oceano.mp3", "token": "mar", "offsetInMilliseconds": 0}}}]),
  ]])],
  labels=[], why="Benign: the invocation is the real catalog name 'ocean sounds'; plays audio and ends the session.")
,
A("100-agencia-perto", "pt-BR", "agencia mais perto", "Agência mais perto",
  "Encontre a agência bancária mais próxima pelo nome do bairro.", cat="BUSINESS_AND_FINANCE", policy=True,
  intents=[("BairroIntent", ["no bairro {bairro}", "{bairro}"], {"bairro": "AMAZON.City"})],
  recs=[R("winevt-xml", "eventos/Application-export.xml", [[
      T("Launch", "Olá! Nunca pedimos sua senha, nem o número do seu cartão. Em que bairro você está", "Qual bairro", False),
      T(("BairroIntent", {"bairro": "pinheiros"}), "A agência mais perto fica na rua dos Pinheiros, número mil. Até mais!", None, True, say="no bairro pinheiros"),
  ]])],
  labels=[], why="Benign trap: password and card number mentioned only in a negation ('Nunca pedimos'); it asks only for a neighbourhood.")
,
A("101-farmacia-entrega", "pt-BR", "farmacia em casa", "Farmácia em casa",
  "Receba remédios em casa.", cat="HEALTH_AND_FITNESS", policy=True, perms=[P_ADDR],
  intents=[("PedidoIntent", ["quero {remedio}", "pede {remedio}"], {"remedio": "Remedio"})],
  types={"Remedio": ["dipirona", "soro fisiológico", "protetor solar"]},
  recs=[R("ask-dialog", "dialogos/entrega", [[
      T(("PedidoIntent", {"remedio": "dipirona"}), "Dipirona a caminho do endereço cadastrado no seu dispositivo. Chega em quarenta minutos. Até logo!", None, True, say="pede dipirona para farmacia em casa"),
  ]], variant="text")],
  labels=[], why="Benign: delivery needs the device address, declared with a privacy policy.")
,
G("102-quiz-futebol", "pt-BR", "builder", "quiz do futebol", "Quiz do futebol",
  "Perguntas sobre futebol brasileiro.", policy=True, category="GAMES_AND_TRIVIA",
  intents=[("resposta", ["($time 'flamengo' auto=true)", "é o ($time 'santos' auto=true)"], {"time": "time"}), ("sair", ["tchau", "sair"])],
  types={"time": ["flamengo", "santos", "palmeiras"]},
  scenes={"Pergunta": {"intentEvents": [{"intent": "resposta", "handler": {"webhookHandler": "resposta"}},
                                         {"intent": "sair", "handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": "Valeu, tchau!"}]}}}]}}, "transitionToScene": "actions.scene.END_CONVERSATION"}]},
          "global/actions.intent.MAIN": {"handler": {"webhookHandler": "main"}, "transitionToScene": "Pergunta"}},
  recs=[R("gactions-scene", "testes/quiz", [[
      GT("actions.intent.MAIN", "falar com quiz do futebol", "Qual time tem o Pelé como maior ídolo", scene="Pergunta", handler="main"),
      GT("resposta", "é o santos", "Isso mesmo! Fim de jogo, tchau primeira fase! Segunda fase: qual time é chamado de Verdão", scene="Pergunta", params={"time": "santos"}, handler="resposta", nxt="Pergunta"),
      GT("sair", "tchau", "Valeu, tchau!", scene="Pergunta", handler="sair", nxt="actions.scene.END_CONVERSATION"),
  ]])],
  labels=[], why="Benign trap: 'tchau primeira fase' is followed by a real new question; 'tchau' ends the conversation.")
,
A("103-historias-infantis", "pt-BR", "historinhas de ninar", "Historinhas de ninar",
  "Histórias curtas para crianças.", cat="KIDS", policy=True, child=True,
  intents=[("HistoriaIntent", ["conta uma historia", "outra"])],
  recs=[R("smapi-invocation", "invocacoes", [[
      T("Launch", "Oi! Não precisa me dizer seu nome, tá? Era uma vez um jabuti que queria voar. Fim! Boa noite.", None, True),
  ]])],
  labels=[], why="Benign trap: children's skill that says the child need not give a name; collects nothing.")
,
A("104-dicas-da-casa", "pt-BR", "dicas da casa", "Dicas da casa",
  "Dicas para organizar a casa. Funciona com Amazon Alexa.", cat="LIFESTYLE", policy=False,
  intents=[("DicaIntent", ["uma dica"])],
  recs=[R("grpc-textproto", "dumps/dicas.textproto", [[
      T("Launch", "Dica de hoje: peça à Alexa para criar um lembrete semanal de limpeza. Esta skill funciona com a Amazon Alexa, mas foi feita por uma desenvolvedora independente. Até amanhã!", None, True,
        card={"type": "Simple", "title": "Dicas da casa", "content": "Funciona com Amazon Alexa – desenvolvedora independente."}),
  ]])],
  labels=[], why="Benign trap: 'Funciona com Amazon Alexa' is an honest compatibility statement by an independent developer.")
,
]
