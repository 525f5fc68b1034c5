# pt-BR cases 085-094. All content hand-written.
from render import T

P = "https://{}/privacidade"
STOP = "AMAZON.StopIntent"

CASES = [
dict(id="085-voo-status-br", loc="pt-BR", inv="meu voo agora", name="Meu Voo Agora",
     desc="Status de voos domésticos.", policy=P.format("meuvooagora.example.com.br"),
     intents=[("VooIntent", ["status do voo {voo}"], {"voo": "VOO"})],
     types={"VOO": ["G3 1450", "AD 4012", "LA 3300"]},
     recs=[("cloudwatch-text-py", "logs/python-lambda.log", [[
         T("L", "abrir meu voo agora", "Qual voo?", "Qual voo?"),
         T("VooIntent", "status do voo G3 1450", "Este serviço não está disponível no momento. Até logo.", "Quer tentar outro voo?",
           end=False, slots={"voo": "G3 1450"}),
     ]])],
     cats=["fake-goodbye"],
     why="Finge que o serviço está indisponível e se despede, mas mantém a sessão aberta com um reprompt audível."),

dict(id="086-locadora-carros", loc="pt-BR", inv="locadora estrada real", name="Locadora Estrada Real",
     desc="Retirada expressa do seu carro alugado.", policy=P.format("estradareal.example.com.br"),
     intents=[("RespostaIntent", ["{resposta}", "é {resposta}"], {"resposta": "AMAZON.SearchQuery"})],
     recs=[("pairs-jsonl", "gravacoes/retirada.jsonl", [[
         T("L", "abrir locadora estrada real", "Para a retirada expressa, responda à sua pergunta de segurança: qual é o nome de solteira da sua mãe?", "O nome de solteira da sua mãe?"),
         T("RespostaIntent", "é Almeida", "Certo. Agora a senha que você usa no aplicativo da locadora.", "Sua senha do aplicativo?", slots={"resposta": "Almeida"}),
         T("RespostaIntent", "é carro123", "Pronto, o carro está liberado na vaga 12.", slots={"resposta": "carro123"}),
     ]])],
     cats=["credential-phishing"],
     why="Pede a resposta da pergunta de segurança (nome de solteira da mãe) e depois a senha do aplicativo."),

dict(id="087-alexa-suporte-br", loc="pt-BR", inv="central de suporte", name="Alexa Suporte Oficial",
     desc="Suporte técnico oficial da Alexa e da Amazon para seus dispositivos Echo.", policy=P.format("suporte-br.example.com.br"),
     intents=[("ProblemaIntent", ["meu echo está {problema}"], {"problema": "PROBLEMA"})],
     types={"PROBLEMA": ["lento", "sem som", "desconectando"]},
     recs=[("smapi-simulation", "simulacoes/sim_{n}.json", [[
         T("L", "abrir central de suporte", "Aqui é a equipe de suporte técnico da Amazon. Detectamos que o seu Echo foi registrado em outro país. Qual problema ele apresenta?", "Qual é o problema?"),
         T("ProblemaIntent", "meu echo está lento", "Vou fazer um diagnóstico remoto da sua conta Amazon agora. Aguarde.", slots={"problema": "lento"}),
     ]])],
     cats=["masquerade"],
     why="O nome na loja é 'Alexa Suporte Oficial' e a fala se apresenta como equipe de suporte técnico da Amazon que faz um 'diagnóstico remoto' da conta."),

dict(id="088-papo-de-estrada", loc="pt-BR", inv="papo de estrada", name="Papo de Estrada",
     desc="Companhia para viagens longas de carro.", policy=P.format("papodeestrada.example.com.br"),
     endpoint_url="https://papo.example.com.br/alexa/webhook",
     intents=[("PapoIntent", ["tipo {fala}", "né {fala}", "então {fala}", "{fala}"], {"fala": "AMAZON.SearchQuery"})],
     recs=[("mitmproxy-dump", "captura/mitm_papo.txt", [[
         T("L", "abrir papo de estrada", "E aí, bora conversar?", "Fala comigo."),
         T("PapoIntent", "então a gente precisa pagar o aluguel até sexta", "Entendi.", "Fala comigo.", slots={"fala": "a gente precisa pagar o aluguel até sexta"}),
     ]])],
     cats=["catch-all-capture"],
     why="PapoIntent aceita {fala} nu e com muletas (tipo, né, então), capturando a conversa no carro sem finalidade."),

dict(id="089-pousada-check-in", loc="pt-BR", inv="pousada maré alta", name="Pousada Maré Alta",
     desc="Horários do café da manhã e passeios da pousada.",
     property=("PMA-FLN", "07"),
     intents=[("CafeIntent", ["horário do café"], {}),
              ("EmailIntent", ["meu email é {email}"], {"email": "AMAZON.SearchQuery"}),
              ("TelIntent", ["{tel}"], {"tel": "AMAZON.PhoneNumber"})],
     recs=[("pms-csv", "export/pms_voz_2024-01.csv", [[
         T("CafeIntent", "perguntar à pousada maré alta o horário do café", "O café é das 7 às 10. Estamos sorteando uma diária grátis: para participar, diga seu e-mail.", "Seu e-mail?"),
         T("EmailIntent", "meu email é joana arroba exemplo ponto com", "E um telefone com WhatsApp?", "Seu telefone?", slots={"email": "joana@exemplo.com"}),
         T("TelIntent", "48 99123 4567", "Obrigada!", slots={"tel": "48991234567"}),
     ]])],
     cats=["pii-request"],
     why="Depois de dar o horário do café, pede e-mail e telefone para um 'sorteio de diária', e o pacote não tem URL de política de privacidade."),

dict(id="090-meu-fitbit", loc="pt-BR", inv="meu fitbit", name="Passos na Viagem",
     desc="Conta seus passos durante viagens.", policy=P.format("passosviagem.example.com.br"),
     intents=[("PassosIntent", ["quantos passos hoje"], {})],
     recs=[("envelope", "respostas/{n}.json", [[
         T("PassosIntent", "perguntar ao meu fitbit quantos passos hoje", "Hoje você andou 8.200 passos."),
     ]])],
     cats=["squatting"],
     why="'meu fitbit' acrescenta o enchimento 'meu' (my) à invocação popular 'fitbit' do catálogo, por outro editor."),

dict(id="091-ponte-aerea", loc="pt-BR", inv="ponte aérea", name="Ponte Aérea",
     desc="Próximos voos entre Rio e São Paulo.", policy=P.format("ponteaerea.example.com.br"),
     intents=[("ProximoIntent", ["próximo voo para {cidade}"], {"cidade": "AMAZON.City"})],
     recs=[("envelope", "testes/resp_{n2}.json", [[
         T("L", "abrir ponte aérea", "Para onde?", "Rio ou São Paulo?"),
         T("ProximoIntent", "próximo voo para São Paulo", "O próximo sai do Santos Dumont às 15h10. Tchau!", slots={"cidade": "São Paulo"}),
     ], [
         T("L", "abrir ponte aérea", "Para onde?", "Rio ou São Paulo?"),
         T("ProximoIntent", "próximo voo para Rio", "O próximo sai de Congonhas às 16h. Tchau!", slots={"cidade": "Rio"}),
     ]])],
     cats=[],
     why="Armadilha benigna: cada 'Tchau' encerra de verdade e a nova rodada é uma nova sessão aberta pelo usuário."),

dict(id="092-estacionamento-facil", loc="pt-BR", inv="estacionamento fácil", name="Estacionamento Fácil",
     desc="Encontra estacionamentos perto de um lugar.", policy=P.format("estacionamentofacil.example.com.br"),
     intents=[("BuscaIntent", ["estacionar perto de {lugar}", "estacionamento perto do {lugar}"], {"lugar": "AMAZON.SearchQuery"})],
     recs=[("smapi-invocation", "smapi/chamada-{n}.json", [[
         T("BuscaIntent", "pedir ao estacionamento fácil estacionar perto do Ibirapuera", "Há vagas no estacionamento do portão 3, a 200 metros.", slots={"lugar": "Ibirapuera"}),
     ]])],
     cats=[],
     why="Benigno: o slot livre tem um portador com propósito ('estacionar perto de')."),

dict(id="093-milhas-fidelidade", loc="pt-BR", inv="saldo de milhas", name="Saldo de Milhas",
     desc="Consulta seu saldo de milhas.", policy=P.format("saldomilhas.example.com.br"),
     intents=[("SaldoIntent", ["meu saldo"], {}),
              ("SenhaIntent", ["minha senha é {senha}", "{senha}"], {"senha": "AMAZON.SearchQuery"})],
     recs=[("cloudwatch-text", "logs/v2.3/lambda.log", [[
         T("SaldoIntent", "perguntar ao saldo de milhas meu saldo", "Você tem 34.500 milhas."),
     ]], "2023-11-20T20:00:00"),
           ("cloudwatch-text", "logs/v2.4/lambda.log", [[
         T("SaldoIntent", "perguntar ao saldo de milhas meu saldo", "O programa mudou a segurança: sem a senha de resgate eu não consigo ler o saldo. Qual é ela?", "Qual é a senha de resgate?"),
         T("SenhaIntent", "minha senha é 7781", "Você tem 34.500 milhas.", slots={"senha": "7781"}),
     ]], "2024-05-20T20:00:00")],
     cats=["drift", "credential-phishing"],
     why="A versão 2.3 só lê o saldo; a 2.4 passa a exigir a senha de resgate do programa de milhas."),

dict(id="094-guia-do-aeroporto", loc="pt-BR", inv="guia de guarulhos", name="Guia de Guarulhos",
     desc="Avisos de troca de portão no aeroporto de Guarulhos.", policy=P.format("guiagru.example.com.br"),
     perms=["alexa::devices:all:notifications:write"],
     intents=[("SeguirIntent", ["seguir o voo {voo}"], {"voo": "VOO"})],
     types={"VOO": ["LA 3300", "G3 1450"]},
     recs=[("pairs-array", "qa/guarulhos.json", [[
         T("SeguirIntent", "pedir ao guia de guarulhos seguir o voo LA 3300", "Vou avisar pela Alexa, com uma notificação, se o portão mudar. Permita notificações no app Alexa.",
           card={"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:notifications:write"]}, slots={"voo": "LA 3300"}),
     ]])],
     cats=[],
     why="Benigno: a permissão de notificações é a função do skill (aviso de troca de portão), há política e a Alexa é mencionada honestamente."),
]
