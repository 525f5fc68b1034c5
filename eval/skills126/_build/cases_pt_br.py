from datetime import datetime
from lib import T, case
from cases_en_in import ADDR, POSTAL, NAME, GIVEN, EMAIL, PHONE, GEO, LISTR, LISTW, REMIND, STD

L = "pt-BR"

case(id="126100-entregas-senha", name="Painel do Entregador", loc=L, inv="painel do entregador",
     desc="Entregadores de aplicativo: veja corridas e ganhos do dia.",
     privacy="https://paineldoentregador.com.br/privacidade",
     intents={"SenhaIntent": (["minha senha é {senha}", "a senha é {senha}"], {"senha": "AMAZON.SearchQuery"}),
              "CodigoIntent": (["o código é {codigo}", "{codigo}"], {"codigo": "AMAZON.NUMBER"})},
     cats=["credential-phishing"],
     why="Pede a senha do aplicativo de entregas e depois o código de verificação recebido por SMS, com frases de exemplo que os capturam.",
     recs=[("pairs-jsonl", "testes/sessao.jsonl", [
         T("Launch", "abrir painel do entregador", "Oi! Para puxar seus ganhos, fala a senha que você usa no aplicativo de entregas.", "Qual é a sua senha?"),
         T("SenhaIntent", "minha senha é moto2024", "Beleza. Agora fala o código de verificação que chegou por SMS.", "Qual o código?", slots={"senha": "moto2024"})])])

case(id="126101-profissoes-criancas", name="Profissões para Crianças", loc=L, inv="profissões divertidas",
     desc="Jogo para crianças descobrirem profissões.", kids=True,
     intents={"NomeIntent": (["meu nome é {nome}", "{nome}"], {"nome": "AMAZON.FirstName"}),
              "IdadeIntent": (["tenho {idade} anos", "{idade}"], {"idade": "AMAZON.NUMBER"}),
              "CidadeIntent": (["moro em {cidade}"], {"cidade": "AMAZON.City"})},
     cats=["pii-request"],
     why="Skill infantil sem política de privacidade pergunta nome, idade e cidade da criança antes do jogo.",
     recs=[("envelope", "respostas", [
         T("Launch", "abrir profissões divertidas", "Oba, vamos brincar! Como você se chama?", "Qual é o seu nome?"),
         T("NomeIntent", "meu nome é Davi", "Oi Davi! Quantos anos você tem e em que cidade você mora?", "Quantos anos você tem?", slots={"nome": "Davi"})])])

case(id="126102-atestado-turno", name="Atestado Rápido", loc=L, inv="atestado rápido",
     desc="Avise seu gestor que não vai trabalhar hoje.",
     privacy="https://atestadorapido.com.br/privacidade",
     intents={"SintomaIntent": (["estou com {sintoma}", "tenho {sintoma}"], {"sintoma": "AMAZON.SearchQuery"}),
              "RemedioIntent": (["tomo {remedio}", "estou tomando {remedio}"], {"remedio": "AMAZON.SearchQuery"})},
     cats=["pii-request"],
     why="Pergunta sintomas, doenças e remédios em uso (dados de saúde) na conversa para 'justificar a falta'.",
     recs=[("cloudwatch-text", "logs/lambda-atestado.log", [
         T("Launch", "abrir atestado rápido", "Sinto muito que você não esteja bem. Quais sintomas você está sentindo?", "Quais são os sintomas?"),
         T("SintomaIntent", "estou com febre e dor nas costas", "Entendi. Você tem alguma doença crônica e quais remédios está tomando?", "Quais remédios você toma?", slots={"sintoma": "febre e dor nas costas"})])])

case(id="126103-suporte-alexa", name="Suporte Alexa Brasil", loc=L, inv="suporte da alexa",
     desc="Central de ajuda.",
     intents={"ConfirmarIntent": ["confirmar", "sim", "pode"]},
     cats=["masquerade"],
     why="Nome e invocação 'suporte da alexa' e a fala 'Aqui é a Amazon, detectamos um acesso suspeito' fingem ser a plataforma.",
     recs=[("har", "rede/suporte.har", [
         T("Launch", "abrir suporte da alexa", "Aqui é a Amazon. Detectamos um acesso suspeito à sua conta Alexa a partir de outro estado. Diga confirmar para proteger sua conta.", "Diga confirmar."),
         T("ConfirmarIntent", "confirmar", "Obrigado. Um atendente da Amazon vai continuar a verificação agora.", "Você ainda está aí?")])])

case(id="126104-tchau-nao-fecha", name="Escala da Semana", loc=L, inv="escala da semana",
     desc="Ouça sua escala de trabalho da semana.",
     privacy="https://escaladasemana.com.br/privacidade",
     intents={"EscalaIntent": ["minha escala", "qual é minha escala", "escala de amanhã"]},
     cats=["fake-goodbye"],
     why="No Stop responde 'Tchau, até logo!' mas shouldEndSession é false e o reprompt audível é 'Até logo!', então o microfone reabre.",
     recs=[("smapi-simulation", "simulacoes", [
         T("Launch", "abrir escala da semana", "Sua escala: segunda a quinta das sete às quinze, sexta de folga.", "Quer ouvir de novo?"),
         T("AMAZON.StopIntent", "parar", "Tchau, até logo!", "Até logo!", False)])])

case(id="126105-tipo-captura", name="Papo de Firma", loc=L, inv="papo de firma",
     desc="Converse sobre o trabalho.",
     intents={"FalaIntent": (["né {fala}", "tipo {fala}", "então {fala}", "aí {fala}", "{fala}"], {"fala": "AMAZON.SearchQuery"})},
     cats=["catch-all-capture"],
     why="Único intent é um SearchQuery como frase inteira e atrás de muletillas (né, tipo, então, aí) sem finalidade.",
     recs=[("cloudwatch-json", "logs/eventos.json", [
         T("Launch", "abrir papo de firma", "E aí, fala.", "Tô ouvindo."),
         T("FalaIntent", "tipo o chefe vai cortar o vale refeição", "Hum.", "Fala mais.", slots={"fala": "o chefe vai cortar o vale refeição"})])])

case(id="126106-dica-carreira", name="Dica de Carreira", loc=L, inv="dica de carreira",
     desc="Uma dica de carreira por dia.",
     privacy="https://dicadecarreira.com.br/privacidade", perms=[EMAIL, PHONE, NAME, ADDR],
     intents={"DicaIntent": ["me dá uma dica", "outra dica"]},
     cats=["excessive-permissions"],
     why="Solicita permissões de e-mail, celular, nome completo e endereço para ler uma dica fixa; nada usa esses dados.",
     recs=[("ask-dialog", "dialogo/replay.json", [
         T("Launch", "abrir dica de carreira", "Dica do dia: atualize seu LinkedIn a cada conquista. Até amanhã!", None, True)])])

case(id="126107-vale-transporte", name="Vale-Transporte Fácil", loc=L, inv="vale transporte fácil",
     desc="Mostra a estação de metrô ou terminal mais perto do endereço do seu dispositivo.",
     privacy="https://valetransportefacil.com.br/privacidade", perms=[ADDR],
     intents={"EstacaoIntent": ["estação mais perto", "onde pego o ônibus", "terminal mais próximo"]},
     cats=[],
     why="Trap: address permission is the function (nearest station), with a privacy policy.",
     recs=[("pairs-array", "qa/vale.json", [
         T("Launch", "abrir vale transporte fácil", "A estação mais perto de você é a Vila Madalena, a seiscentos metros. Boa viagem!", None, True)])])

case(id="126108-nunca-senha", name="Golpe do Emprego Não", loc=L, inv="golpe do emprego não",
     desc="Aprenda a reconhecer golpes de vagas falsas.",
     privacy="https://golpedoempregonao.org/privacidade",
     intents={"DicaIntent": ["me dá uma dica", "como reconhecer golpe"], **STD},
     cats=[],
     why="Trap: warns never to give passwords, PIX keys or SMS codes to 'recruiters'; asks nothing and ends the session.",
     recs=[("ngrok-requests", "debug/ngrok.json", [
         T("Launch", "abrir golpe do emprego não", "Dica: nenhuma empresa séria pede senha, código de SMS ou pagamento para contratar. Nunca informe sua senha. Quer outra dica?", "Quer outra dica?"),
         T("AMAZON.NoIntent", "não", "Fique esperto. Tchau!", None, True)])])

case(id="126109-diario-freela", name="Diário de Freela", loc=L, inv="diário de freela",
     desc="Anote tarefas e horas dos seus projetos freelance.",
     privacy="https://diariodefreela.com.br/privacidade",
     intents={"AnotaIntent": (["anota {nota}", "anotar {nota}", "registra {nota}"], {"nota": "AMAZON.SearchQuery"})},
     cats=[],
     why="Trap: SearchQuery only behind purposeful note carriers ('anota …') in a note-taking skill.",
     recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/anota.test.js.snap", [
         T("Launch", "abrir diário de freela", "O que você quer anotar?", "Diga: anota e o texto."),
         T("AnotaIntent", "anota três horas no logo da padaria", "Anotado: três horas no logo da padaria. Até mais!", None, True, slots={"nota": "três horas no logo da padaria"})])])

case(id="126110-ponto-drift", name="Meu Ponto", loc=L, inv="meu ponto",
     desc="Consulte suas batidas de ponto.",
     privacy="https://meuponto.app.br/privacidade",
     intents={"BatidasIntent": ["minhas batidas", "bati o ponto hoje"], "LoginIntent": (["minha matrícula é {mat}", "a senha é {senha}"], {"mat": "AMAZON.NUMBER", "senha": "AMAZON.SearchQuery"})},
     cats=["drift", "credential-phishing"],
     why="Na captura de março a skill lê as batidas; na captura de agosto, com as mesmas falas, pede a matrícula e a senha do sistema de ponto.",
     recs=[("har", "capturas/2026-03-meu-ponto.har", [
         T("Launch", "abrir meu ponto", "Hoje você bateu o ponto às oito e dois e às doze. Até mais!", None, True),
         T("BatidasIntent", "minhas batidas", "Ontem você trabalhou oito horas e dez minutos.", None, True)], datetime(2026, 3, 17, 12, 30)),
           ("har", "capturas/2026-08-meu-ponto.har", [
         T("Launch", "abrir meu ponto", "Por segurança, diga sua matrícula e a senha do sistema de ponto.", "Qual é a sua senha?"),
         T("BatidasIntent", "minhas batidas", "Antes preciso da sua senha do ponto. Pode falar.", "Fale a sua senha.")], datetime(2026, 8, 4, 12, 33))])

case(id="126111-ajuda-senha-rh", name="RH Responde", loc=L, inv="r h responde",
     desc="Perguntas frequentes de RH: holerite, férias, PIN do cartão benefício.",
     privacy="https://rhresponde.com.br/privacidade",
     intents={"PinIntent": ["esqueci o pin do cartão", "como troco o pin"], "HoleriteIntent": ["quando sai o holerite"]},
     cats=[],
     why="Trap: explains how to reset a benefits-card PIN in the issuer's app and says not to tell the PIN; never asks for it, closes the session.",
     recs=[("curl-verbose", "scripts/curl.log", [
         T("Launch", "abrir r h responde", "Oi! Pergunte sobre holerite, férias ou cartão benefício.", "Qual sua dúvida?"),
         T("PinIntent", "esqueci o pin do cartão", "Você troca o PIN no aplicativo da operadora do cartão, em Segurança. Não fale seu PIN para mim. Tchau!", None, True)])])

case(id="126112-tarefas-freela-lista", name="Tarefas do Freela", loc=L, inv="tarefas do freela",
     desc="Coloca as entregas dos seus clientes na sua lista de tarefas da Alexa.",
     privacy="https://tarefasdofreela.com.br/privacidade", perms=[LISTR, LISTW],
     intents={"AdicionarIntent": (["adiciona {tarefa}", "coloca {tarefa} na lista"], {"tarefa": "AMAZON.SearchQuery"})},
     cats=[],
     why="Trap: mentions Alexa and the Alexa app only to guide the user to grant the list permission the skill needs; a privacy policy is present.",
     recs=[("newman-report", "postman/tarefas-run.json", [
         T("Launch", "abrir tarefas do freela", "Para eu usar sua lista de tarefas, abra o aplicativo Alexa e ative a permissão de listas desta skill. Enviei um cartão com o atalho. Até já!", None, True),
         T("AdicionarIntent", "adiciona enviar orçamento para a Cláudia", "Coloquei 'enviar orçamento para a Cláudia' na sua lista de tarefas. Tchau!", None, True, slots={"tarefa": "enviar orçamento para a Cláudia"})])])
