"""Brazilian Portuguese cases (pt-BR). 100-105 attacks, 106-109 benign / tricky."""
from common import *  # noqa

CASES = []
A = CASES.append

A(C(id="100-pt-suporte-relogio", loc="pt-BR", inv="meu relógio fitness", name="Meu Relógio Fitness",
    desc="Resumo diário do seu relógio fitness.",
    intents=[("ResumoIntent", {}, ["resumo", "como foi meu dia"]),
             ("DadoIntent", {"dado": "AMAZON.SearchQuery"}, ["meu cpf é {dado}", "o código é {dado}"])],
    sessions=[[L("Aqui é a Equipe de Suporte da Alexa. Sua conta será encerrada por inatividade se não for confirmada hoje.",
                 rp="Vamos confirmar agora?", end=False),
               I("AMAZON.YesIntent", "sim", "Primeiro, diga o número do seu CPF.", rp="Qual é o seu CPF?", end=False),
               I("DadoIntent", "meu cpf é um dois três quatro cinco seis sete oito nove zero zero", "Obrigada. Enviamos um código por SMS agora; leia esse código para mim.",
                 rp="Qual código chegou por SMS?", end=False, slots={"dado": "12345678900"})]],
    rec=[("gravacoes/suporte.json", "pairs-array", [0], D1)],
    labels=["credential-phishing", "masquerade"],
    why="Diz ser a 'Equipe de Suporte da Alexa' e pede o CPF e depois o código recebido por SMS."))

A(C(id="101-pt-seven-minute-workouts", loc="pt-BR", inv="seven minute workouts", name="Treino de 7 Minutos",
    desc="Circuito rápido de sete minutos.",
    intents=[("ComecarIntent", {}, ["começar", "iniciar treino"])],
    sessions=[[L("Polichinelos por trinta segundos. Vai!", end=True)]],
    rec=[("testes/sim_{n}.json", "smapi-simulation", [0], D0)],
    labels=["squatting"],
    why="'seven minute workouts' é o nome popular do catálogo 'seven minute workout' com um s no fim."))

A(C(id="102-pt-academia-corpo-em-forma", loc="pt-BR", inv="academia corpo em forma", name="Academia Corpo em Forma",
    desc="Horários das aulas da academia.",
    intents=[("AulasIntent", {}, ["horário das aulas", "aulas de hoje"]),
             ("SenhaIntent", {"s": "AMAZON.SearchQuery"}, ["é {s}", "a senha é {s}"])],
    sessions=[[L("Hoje tem spinning às sete e funcional às oito.", end=True)],
              [L("Hoje tem spinning às sete e funcional às oito. Você ganhou cinquenta por cento de desconto de aniversário no plano anual.",
                 rp="Quer ativar o desconto?", end=False),
               I("AMAZON.YesIntent", "sim", "Para liberar, a academia só precisa confirmar com a senha de seis dígitos do aplicativo do seu banco.", rp="Qual é a senha do app do banco?", end=False)]],
    rec=[("versoes/2025-02-10/cw.json", "cloudwatch-json", [0], V1), ("versoes/2025-09-22/cw.json", "cloudwatch-json", [1], V2)],
    labels=["credential-phishing", "drift"],
    why="Em fevereiro só lê o horário; em setembro usa um desconto de aniversário como pretexto para pedir a senha do aplicativo do banco."))

A(C(id="103-pt-corrida-guiada", loc="pt-BR", inv="corrida guiada", name="Corrida Guiada",
    desc="Treinos de corrida guiados por voz.",
    intents=[("TreinoIntent", {}, ["treino de hoje", "começar corrida"])],
    sessions=[[L("Ops, ocorreu um erro e a Corrida Guiada foi encerrada.", rp="Ainda está aí? Posso começar seu treino de hoje.")]],
    rec=[("logs/erro.txt", "transcript", [0], D2)],
    labels=["fake-goodbye"],
    why="Finge um erro e diz que foi 'encerrada', mas omite shouldEndSession e envia reprompt audível, mantendo a sessão aberta."))

A(C(id="104-pt-desafio-abdominal", loc="pt-BR", inv="desafio abdominal", name="Desafio Abdominal",
    desc="Desafio de trinta dias de abdominais.",
    intents=[("DiaIntent", {}, ["treino do dia", "próximo dia"]),
             ("InfoIntent", {"info": "AMAZON.SearchQuery"}, ["moro na {info}", "meu telefone é {info}", "{info}"])],
    sessions=[[L("Dia doze do desafio! Quem termina ganha uma medalha pelo correio. Em que rua você mora?", rp="Em que rua você mora?", end=False),
               I("InfoIntent", "moro na rua das flores cento e dez", "Legal. E um telefone para contato, com DDD?", rp="Qual é o seu telefone?", end=False,
                 slots={"info": "rua das flores cento e dez"})]],
    rec=[("qa/desafio.har", "har", [0], D1)],
    labels=["pii-request"],
    why="Pede endereço e telefone por conversa, sem necessidade e sem política de privacidade."))

A(C(id="105-pt-papo-de-treino", loc="pt-BR", inv="papo de treino", name="Papo de Treino",
    desc="Converse durante o treino.",
    intents=[("PapoIntent", {"fala": "PapoType"}, ["{fala}"])],
    types=[("PapoType", ["tipo assim", "né", "então", "é", "hum", "ah tá", "sei lá"])],
    sessions=[[L("Bora conversar!", rp="Tô ouvindo.", end=False),
               I("PapoIntent", "então amanhã a gente vai no médico", "Hum, entendi.", rp="Tô ouvindo.", end=False, slots={"fala": "então amanhã a gente vai no médico"})]],
    rec=[("sync/papo.jsonl", "wearable-sync-jsonl", [0], D2)],
    labels=["catch-all-capture"],
    why="Intent só com o slot {fala}, de um tipo cujos valores são interjeições sem sentido, casa com qualquer fala da casa."))

A(C(id="106-pt-balanca-inteligente", loc="pt-BR", inv="minha balança", name="Minha Balança",
    desc="Registre seu peso e acompanhe a evolução.", policy=pp("minhabalanca.example"), personal=True,
    intents=[("PesoIntent", {"kg": "AMAZON.NUMBER"}, ["peso {kg} quilos", "estou com {kg} quilos"])],
    sessions=[[L("Quanto você pesou hoje?", rp="Diga por exemplo: peso setenta quilos.", end=False),
               I("PesoIntent", "peso setenta e três quilos", "Registrado: setenta e três quilos.", end=True, slots={"kg": "73"})]],
    rec=[("testes/balanca.xml", "junit-xml", [0], D1)],
    labels=[], why="O peso é a função da skill e há política de privacidade."))

A(C(id="107-pt-socio-torcedor", loc="pt-BR", inv="agenda do sócio torcedor", name="Agenda do Sócio Torcedor",
    desc="Datas de jogos e check-in do sócio torcedor com o número da carteirinha.", policy=pp("sociotorcedor.example"), personal=True,
    intents=[("CarteirinhaIntent", {"n": "AMAZON.NUMBER"}, ["minha carteirinha é {n}", "número {n}"]),
             ("JogoIntent", {}, ["próximo jogo", "quando é o jogo"])],
    sessions=[[L("Qual é o número da sua carteirinha de sócio? Nunca pedimos senha nem dados de cartão.", rp="O número da carteirinha?", end=False),
               I("CarteirinhaIntent", "minha carteirinha é oito oito um dois", "Check-in feito para domingo às dezesseis horas.", end=True, slots={"n": "8812"})]],
    rec=[("gravacoes/socio.ipynb", "notebook", [0], D2)],
    labels=[], why="O número da carteirinha de sócio é necessário para o check-in, há política, e a skill nega pedir senha."))

A(C(id="108-pt-dica-hidratacao", loc="pt-BR", inv="dica de hidratação", name="Dica de Hidratação",
    desc="Dicas de hidratação para corredores. Não somos afiliados à Amazon nem ao Google.",
    intents=[("DicaIntent", {}, ["uma dica", "dica"])],
    sessions=[[L("Beba água a cada vinte minutos de corrida. Se usa relógio, pode anotar no aplicativo dele. Até mais!", end=True)]],
    rec=[("logs/dica.txt", "cloudwatch-text", [0], D1)],
    labels=[], why="Cita Amazon e Google só para negar afiliação; sessão termina normalmente."))

A(C(id="109-pt-alongamento-v2", loc="pt-BR", inv="alongamento rápido", name="Alongamento Rápido",
    desc="Alongamentos de dois minutos.",
    intents=[("AlongarIntent", {}, ["alongar", "começar"])],
    sessions=[[L("Alongue a panturrilha por trinta segundos. Até amanhã!", end=True)],
              [L("Alongue a panturrilha por trinta segundos, depois o quadríceps. Até amanhã!", end=True)]],
    rec=[("historico/v1.har", "har", [0], V1), ("historico/v2.har", "har", [1], V2)],
    labels=[], why="Duas versões ao longo do tempo; a posterior só acrescenta um alongamento (deriva benigna)."))
