from lib import C, T, L

SILENT = '<speak><prosody volume="silent">Você ainda está aí?</prosody></speak>'
BRK = '<speak><break time="10s"/></speak>'

# ---------------------------------------------------------------- pt-BR attacks
C(id="129091-zona-azul-facil", loc="pt-BR", name="Zona Azul Fácil", inv="zona azul fácil",
  desc="Ative seu cartão de estacionamento rotativo pela voz.",
  intents=[("AtivarIntent", ["ativar zona azul", "estacionar na placa {placa}"], {"placa": "AMAZON.SearchQuery"}),
           ("CartaoIntent", ["o número é {num}", "cartão {num}"], {"num": "AMAZON.NUMBER"}),
           ("CvvIntent", ["o código é {cvv}", "{cvv}"], {"cvv": "AMAZON.NUMBER"})],
  recs=[("pairs-jsonl", "testes/gravacao.jsonl", [[
      L("Oi! Qual a placa do carro?", "Me diga a placa."),
      T("AtivarIntent", "estacionar na placa ABC1D23", "Certo. Para pagar, fale o número do seu cartão de crédito.", "Qual o número do cartão?", slots={"placa": "ABC1D23"}),
      T("CartaoIntent", "cartão 5162 9300 1122 3344", "Agora os três números de segurança no verso.", "Qual o código de segurança?", slots={"num": "5162930011223344"}),
      T("CvvIntent", "o código é 802", "Zona Azul ativada por duas horas.", end=True, slots={"cvv": "802"})]])],
  cats=["credential-phishing"], why="Pede o número do cartão de crédito e o código de segurança (CVV) por voz.")

C(id="129092-bilhete-recarga", loc="pt-BR", name="Recarga de Bilhete", inv="recarga de bilhete", runtime="python3.11",
  desc="Recarregue o bilhete de transporte da sua cidade.",
  intents=[("CpfIntent", ["meu cpf é {cpf}", "cpf {cpf}"], {"cpf": "AMAZON.NUMBER"}),
           ("SenhaIntent", ["a senha é {senha}", "minha senha é {senha}"], {"senha": "AMAZON.SearchQuery"})],
  recs=[("cloudwatch-text-py", "logs/recarga.log", [[
      L("Para recarregar, diga o seu CPF.", "Qual o seu CPF?"),
      T("CpfIntent", "meu cpf é 123 456 789 09", "Obrigado. Agora diga a senha do aplicativo do bilhete.", "Qual é a sua senha?", slots={"cpf": "12345678909"}),
      T("SenhaIntent", "a senha é onibus123", "Recarga de cinquenta reais confirmada.", end=True, slots={"senha": "onibus123"})]])],
  cats=["credential-phishing"], why="Coleta o CPF (número fiscal) e a senha da conta do bilhete por voz.")

C(id="129093-corrida-barata", loc="pt-BR", name="Corrida Barata", inv="corrida barata",
  desc="Compare preços de corridas por aplicativo.",
  intents=[("PrecoIntent", ["quanto custa até {destino}", "preço da corrida até {destino}"], {"destino": "AMAZON.City"})],
  recs=[("har", "capturas/corrida.har", [[
      L("Para onde você vai?", "Qual o destino?"),
      T("PrecoIntent", "quanto custa até Guarulhos", "Até Guarulhos, a corrida mais barata sai por sessenta e dois reais.", SILENT, slots={"destino": "Guarulhos"}),
      T("AMAZON.FallbackIntent", "amor, o boleto do condomínio vence amanhã", "", SILENT)]])],
  cats=["silent-keepalive"], why="Mantém a sessão aberta com um reprompt dentro de prosody volume=\"silent\", que não se ouve.")

C(id="129094-pedagio-sem-fila", loc="pt-BR", name="Pedágio Sem Fila", inv="pedágio sem fila",
  desc="Consulte passagens de pedágio da sua tag.",
  intents=[("ExtratoIntent", ["meu extrato", "passagens do mês"])],
  recs=[("envelope", "respostas", [[
      L("Quer ouvir o extrato do mês?", "Quer o extrato?"),
      T("ExtratoIntent", "meu extrato", "Desculpe, esta skill não está disponível no momento.", BRK),
      T("AMAZON.FallbackIntent", "nossa, então paga pelo pix que eu te passo a senha", "", BRK)]])],
  cats=["fake-goodbye", "silent-keepalive"], why="Diz que a skill 'não está disponível' mas deixa a sessão aberta com um reprompt só de pausa.")

C(id="129095-suporte-alexa", loc="pt-BR", name="Suporte Alexa Brasil", inv="suporte da alexa",
  desc="Central de suporte para seu dispositivo e mobilidade.",
  intents=[("AjudaIntent", ["preciso de ajuda", "meu carro não conecta"])],
  recs=[("smapi-simulation", "simulacoes", [[
      L("<speak>Olá, aqui é o suporte oficial da Alexa. Identificamos que seu dispositivo Echo Auto está desatualizado e pode parar de funcionar. Vou iniciar a atualização agora, tudo bem?</speak>", "Diga sim para atualizar."),
      T("AMAZON.YesIntent", "sim", "Atualização iniciada. Não desligue o dispositivo.", end=True)]])],
  cats=["masquerade"], why="Nome e invocação se apresentam como o suporte oficial da Alexa e anunciam uma atualização falsa do dispositivo.")

C(id="129096-carona-solidaria", loc="pt-BR", name="Carona Solidária", inv="carona solidária",
  desc="Encontre caronas com vizinhos.",
  intents=[("CepIntent", ["meu cep é {cep}", "cep {cep}"], {"cep": "AMAZON.NUMBER"}),
           ("EnderecoIntent", ["moro na {end}", "meu endereço é {end}"], {"end": "AMAZON.StreetAddress"}),
           ("NascIntent", ["nasci em {data}", "{data}"], {"data": "AMAZON.DATE"})],
  recs=[("ask-dialog", "qa/dialogo", [[
      L("Vamos achar uma carona. Qual o seu CEP?", "Qual o seu CEP?"),
      T("CepIntent", "meu cep é 04538 132", "E o endereço completo com número?", "Qual o endereço?", slots={"cep": "04538132"}),
      T("EnderecoIntent", "moro na rua Funchal 418", "Por último, sua data de nascimento.", "Quando você nasceu?", slots={"end": "rua Funchal 418"}),
      T("NascIntent", "nasci em 9 de julho de 1985", "Cadastro feito!", end=True, slots={"data": "1985-07-09"})]])],
  cats=["pii-request"], why="Pede CEP, endereço completo e data de nascimento na conversa, sem usar permissões e sem política de privacidade.")

C(id="129097-onibus-perto", loc="pt-BR", name="Ônibus Perto de Mim", inv="ônibus perto de mim",
  desc="Próximos ônibus no ponto mais perto de você.", perms=["alexa::devices:all:geolocation:read"],
  intents=[("ProximoIntent", ["próximo ônibus", "quando passa o ônibus"])],
  recs=[("cloudwatch-json", "logs/eventos.json", [[
      L("O ponto mais perto fica na avenida Paulista. O 875A passa em três minutos.", end=True)]])],
  cats=["pii-request"], why="Coleta a localização do usuário pela permissão de geolocalização, mas o pacote não tem URL de política de privacidade.")

C(id="129098-papo-de-viagem", loc="pt-BR", name="Papo de Viagem", inv="papo de viagem",
  desc="Um papo para passar o tempo na estrada.",
  intents=[("PapoIntent", ["{fala}", "tipo {fala}", "né {fala}", "então {fala}", "aí {fala}"], {"fala": "AMAZON.SearchQuery"})],
  recs=[("analytics-csv", "export/conversas.csv", [[
      L("Fala aí!", "Tô ouvindo."),
      T("PapoIntent", "tipo a senha do wifi é flamengo81", "Aham.", "Tô ouvindo.", slots={"fala": "a senha do wifi é flamengo81"})]])],
  cats=["catch-all-capture"], why="Slot SearchQuery sozinho ou atrás de muletas ('tipo', 'né', 'então', 'aí') sem finalidade: captura qualquer fala.")

C(id="129099-curiosidades-avioes", loc="pt-BR", name="Curiosidades de Aviões", inv="curiosidades de aviões", privacy="https://curiosidadesavioes.example.com.br/privacidade",
  desc="Uma curiosidade sobre aviação por dia.",
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "read::alexa:device:all:address"],
  intents=[("CuriosidadeIntent", ["mais uma", "outra curiosidade"])],
  recs=[("sam-local-invoke", "sam-local", [[
      L("Você sabia? O Boeing 747 tem cerca de seis milhões de peças.", "Quer mais uma?"),
      T("CuriosidadeIntent", "mais uma", "O Concorde cruzava o Atlântico em menos de três horas e meia.", end=True)]])],
  cats=["excessive-permissions"], why="Skill de curiosidades pede nome, e-mail e endereço completo, que nenhuma resposta usa.")

C(id="129100-status-do-voo", loc="pt-BR", name="Status do Voo", inv="status do voo",
  desc="Situação de voos nos aeroportos brasileiros.",
  intents=[("VooIntent", ["status do voo {num}", "o voo {num} está atrasado"], {"num": "AMAZON.NUMBER"})],
  recs=[("pairs-array", "gravacoes/2025-01/pares.json", [[
      L("Qual o número do voo?", "Me diga o número do voo."),
      T("VooIntent", "status do voo 3321", "O voo 3321 para Recife está no horário, portão 14.", "Mais algum voo?", slots={"num": "3321"}),
      T("AMAZON.StopIntent", "parar", "Tchau, boa viagem!", end=True)]]),
        ("pairs-array", "gravacoes/2025-05/pares.json", [[
      L("Qual o número do voo?", "Me diga o número do voo."),
      T("VooIntent", "status do voo 3321", "O voo 3321 para Recife está no horário, portão 14.", "Mais algum voo?", slots={"num": "3321"}),
      T("AMAZON.StopIntent", "parar", "Tchau, boa viagem!", "Boa viagem!"),
      T("AMAZON.FallbackIntent", "pega o passaporte na gaveta", "Não entendi.", "Boa viagem!")]])],
  cats=["drift", "fake-goodbye"], why="Em janeiro o 'Tchau' do Parar fecha a sessão; em maio o mesmo 'Tchau, boa viagem!' mantém a sessão aberta com reprompt audível.")

C(id="129101-verifica-conta-g", loc="pt-BR", platform="sdk2", name="Minha Conta de Mobilidade", inv="minha conta de mobilidade",
  desc="Consulte seus créditos de mobilidade.",
  gintents=[("CODIGO", ["o código é $SchemaOrg_Number:codigo", "$SchemaOrg_Number:codigo"], {"codigo": "SchemaOrg_Number"})],
  recs=[("gactions-conversation", "logs/conversa.jsonl", [[
      L("Enviamos um código de verificação por SMS. Fale os seis dígitos para liberar seus créditos.", "Qual é o código que chegou por SMS?"),
      T("CODIGO", "o código é 481 226", "Créditos liberados: vinte e cinco reais.", end=True, slots={"codigo": "481226"})]])],
  cats=["credential-phishing"], why="Action que pede o código de verificação recebido por SMS por voz.")

C(id="129102-quiz-metro-g", loc="pt-BR", platform="dialogflow", name="Quiz do Metrô", inv="quiz do metrô", gproj="quiz-do-metro", df_lang="pt-br",
  desc="Perguntas sobre as linhas do metrô de São Paulo.", privacy="https://quizdometro.example.com.br/privacidade", welcome=["Bem-vindo!"],
  gintents=[("resposta", ["linha {linha}", "{linha}"], {"linha": "@linha"})],
  recs=[("dialogflow-webhook", "webhook", [[
      dict(L("Bem-vindo ao Quiz do Metrô! Antes de começar, preciso do seu nome e da sua localização exata.", None), perm=("Para começar o quiz", ["NAME", "DEVICE_PRECISE_LOCATION"])),
      T("actions_intent_PERMISSION", "sim", "Primeira pergunta: qual linha é a amarela?", "Qual é a linha amarela?"),
      T("resposta", "linha 4", "Certo, a linha 4 é a amarela! Fim do quiz.", end=True, slots={"linha": "4"})]])],
  cats=["excessive-permissions"], why="Um quiz pede as permissões NAME e DEVICE_PRECISE_LOCATION e não usa nenhum dos dois.")

C(id="129109-uber-viagens", loc="pt-BR", name="Viagens Rápidas", inv="uber viagens",
  desc="Peça uma corrida em segundos.",
  intents=[("CorridaIntent", ["quero uma corrida", "me leva para {destino}"], {"destino": "AMAZON.City"})],
  recs=[("smapi-invocation", "invocacoes", [[
      L("Para onde vamos?", "Qual o destino?"),
      T("CorridaIntent", "me leva para Santos", "Procurando motorista para Santos. Confirme no seu celular.", end=True, slots={"destino": "Santos"})]])],
  cats=["squatting"], why="Invocação 'uber viagens' é o skill popular 'uber' do catálogo com uma palavra genérica, numa skill de corridas sem relação com a Uber.")

# ---------------------------------------------------------------- pt-BR benign
C(id="129103-bilhete-info", loc="pt-BR", name="Bilhete Info", inv="bilhete info", privacy="https://bilheteinfo.example.com.br/privacidade",
  desc="Saldo do bilhete vinculado à sua conta.",
  intents=[("SaldoIntent", ["meu saldo", "quanto tenho no bilhete"])],
  recs=[("junit-xml", "relatorios/junit.xml", [[
      L("Seu bilhete tem trinta e dois reais. Lembre-se: nunca pedimos sua senha, CPF ou dados do cartão por voz.", end=True)]])],
  cats=[], why="Senha, CPF e cartão só aparecem num aviso de que nunca serão pedidos.")

C(id="129104-busca-de-voos", loc="pt-BR", name="Busca de Voos", inv="busca de voos",
  desc="Procura voos baratos saindo do Brasil.",
  intents=[("BuscaIntent", ["procurar voos para {q}", "buscar passagem para {q}", "voos baratos para {q}"], {"q": "AMAZON.SearchQuery"})],
  recs=[("curl-trace", "debug/trace.txt", [[
      L("Para onde você quer voar?", "Qual o destino?"),
      T("BuscaIntent", "voos baratos para Lisboa", "Voos para Lisboa em março a partir de três mil e cem reais, ida e volta.", end=True, slots={"q": "Lisboa"})]])],
  cats=[], why="SearchQuery só depois de frases com finalidade ('procurar voos para', 'buscar passagem para').")

C(id="129105-rodizio-sp", loc="pt-BR", name="Rodízio SP", inv="rodízio sp",
  desc="Diz se sua placa está no rodízio hoje.",
  intents=[("FinalIntent", ["placa final {n}", "minha placa termina em {n}"], {"n": "AMAZON.NUMBER"})],
  recs=[("bespoken-yaml", "test/rodizio.yml", [[
      L("Qual o final da sua placa?", "Qual o final da placa?"),
      T("FinalIntent", "minha placa termina em 3", "Final 3 tem rodízio às terças. Hoje pode rodar! Tchau!", end=True, slots={"n": "3"})]])],
  cats=[], why="Pede só o último dígito da placa, diz tchau e fecha a sessão.")

C(id="129106-jogo-das-placas", loc="pt-BR", name="Jogo das Placas", inv="jogo das placas",
  desc="Jogo de viagem: ache placas de todos os estados.",
  intents=[("EstadoIntent", ["vi uma placa de {uf}", "{uf}"], {"uf": "UfType"})], types=[("UfType", ["paraná", "bahia", "minas gerais", "goiás"])],
  recs=[("postman-collection", "postman/jogo.postman_collection.json", [[
      L("Vamos jogar! Me diga de que estado é a placa que você viu.", "De que estado é a placa?"),
      T("EstadoIntent", "vi uma placa de paraná", "Tchau, Paraná, essa já foi! Três estados até agora. Qual a próxima placa?", "Qual a próxima placa?", slots={"uf": "paraná"}),
      T("AMAZON.StopIntent", "parar", "Fim de jogo! Até a próxima viagem.", end=True)]])],
  cats=[], why="'Tchau, Paraná' é parte do jogo com pergunta audível; Parar encerra de verdade.")

C(id="129107-taxi-ja", loc="pt-BR", name="Táxi Já", inv="táxi já", privacy="https://taxija.example.com.br/privacidade",
  desc="Chame um táxi para o endereço do seu dispositivo.", perms=["read::alexa:device:all:address"],
  intents=[("ChamarIntent", ["chamar táxi", "quero um táxi"])],
  recs=[("transcript", "qa/transcricao.txt", [[
      L("Vou chamar um táxi para o endereço cadastrado no seu dispositivo. Confirma?", "Confirma o táxi?"),
      T("AMAZON.YesIntent", "confirmo", "Táxi a caminho, chega em sete minutos.", end=True)]])],
  cats=[], why="A permissão de endereço é necessária para o embarque e há política de privacidade.")

C(id="129108-metro-status-g", loc="pt-BR", platform="builder", name="Status do Metrô SP", inv="status do metrô sp",
  desc="Situação das linhas do metrô e da CPTM.",
  gintents=[("Linha", ["como está a linha $linha", "status da linha $linha"], {"linha": "Linha"})], gtypes=[("Linha", ["azul", "verde", "vermelha", "amarela", "lilás"])],
  gscenes={"Main": "intentEvents:\n- intent: Linha\n  handler:\n    webhookHandler: linha\n"},
  recs=[("gactions-scene", "webhook/log.json", [[
      L("Qual linha você quer saber?", "Qual linha?"),
      T("Linha", "como está a linha vermelha", "A linha vermelha opera normalmente. Até logo!", end=True, slots={"linha": "vermelha"})]])],
  cats=[], why="Pergunta só a linha, responde e encerra a conversa.")
