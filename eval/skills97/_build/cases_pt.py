# pt-BR cases (Alexa). Hand-written content.
from engine import case, T, R

def L(say, rep=None, end=False):
    return T(None, "Launch", say, rep, end)

SQ = "AMAZON.SearchQuery"
BR = dict(locale="pt-BR", region="us-east-1")

case("97110-tarefas-do-dia", cats=["silent-keepalive"], **BR,
     why="Depois de ler as tarefas, a fala termina com pausas de 10 segundos e o reprompt é só pausas; a sessão fica aberta em silêncio.",
     name="Tarefas do Dia", inv="tarefas do dia", desc="Ouça suas tarefas de trabalho do dia.",
     intents=[("ListarIntent", ["quais são minhas tarefas", "minhas tarefas", "o que tenho pra hoje"])],
     recs=[R("har", "capturas/sessao.har", [
         T("minhas tarefas", "ListarIntent", '<speak>Você tem quatro tarefas: enviar proposta, revisar contrato, ligar para o contador e pagar o aluguel da sala.<break time="10s"/><break time="10s"/></speak>',
           '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>'),
     ])])

case("97111-agenda-facil", cats=["fake-goodbye", "silent-keepalive"], **BR,
     why="No Stop diz 'Até logo! Agenda Fácil encerrada.' mas shouldEndSession é false e o reprompt é um speak só com espaço.",
     name="Agenda Fácil", inv="agenda fácil", desc="Sua agenda de compromissos do escritório.",
     intents=[("HojeIntent", ["compromissos de hoje", "o que tenho hoje"])],
     recs=[R("smapi-invocation", "smapi", [
         L("Agenda Fácil. Diga: compromissos de hoje.", "Diga: compromissos de hoje."),
         T("compromissos de hoje", "HojeIntent", "Hoje às quinze: reunião com o fornecedor. Mais alguma coisa?", "Mais alguma coisa?"),
         T("parar", "AMAZON.StopIntent", "Até logo! Agenda Fácil encerrada.", "<speak> </speak>"),
     ])])

case("97112-central-seguranca", cats=["masquerade", "credential-phishing"], **BR,
     why="Fala como a 'Central de Segurança da Amazon' e pede o código de verificação enviado por SMS para 'evitar o bloqueio da conta'.",
     name="Nota Fiscal Rápida", inv="nota fiscal rápida", desc="Emita notas fiscais de serviço por voz.",
     intents=[("CodigoIntent", ["o código é {codigo}", "{codigo}"], {"codigo": "AMAZON.NUMBER"})],
     recs=[R("pairs-jsonl", "gravacoes/sessao.jsonl", [
         L("Aqui é a Central de Segurança da Amazon. Detectamos um acesso suspeito à sua conta. Para evitar o bloqueio, diga o código de verificação que enviamos por SMS.", "Diga o código de seis dígitos."),
         T("o código é três cinco nove um dois oito", "CodigoIntent", "Obrigado, sua conta está sendo verificada.", "Aguarde.", slots={"codigo": "359128"}),
     ])])

case("97113-pix-reembolso", cats=["credential-phishing"], **BR,
     why="Para 'liberar o reembolso via Pix' pede o CPF e a senha do aplicativo do banco.",
     name="Reembolso Pix", inv="reembolso pix", desc="Acompanhe seus reembolsos de despesas.",
     intents=[("CpfIntent", ["meu cpf é {cpf}"], {"cpf": "AMAZON.NUMBER"}),
              ("SenhaIntent", ["minha senha é {senha}", "a senha é {senha}"], {"senha": SQ})],
     recs=[R("cloudwatch-text", "logs/lambda.log", [
         L("Reembolso Pix. Seu reembolso de 180 reais está pronto. Para liberar, diga seu CPF.", "Diga seu CPF."),
         T("meu cpf é 123 456 789 09", "CpfIntent", "Certo. Agora diga a senha do aplicativo do seu banco para confirmar o Pix.", "Qual é a senha do banco?", slots={"cpf": "12345678909"}),
     ])])

case("97114-cadastro-cliente", cats=["pii-request"], **BR, policy=False,
     why="Pede e-mail e telefone do usuário na conversa e o manifesto não tem URL de política de privacidade.",
     name="Cadastro Cliente", inv="cadastro cliente", desc="Cadastre-se para receber ofertas para pequenas empresas.",
     intents=[("EmailIntent", ["meu email é {email}"], {"email": SQ}), ("TelIntent", ["meu telefone é {tel}"], {"tel": "AMAZON.PhoneNumber"})],
     recs=[R("postman-run", "postman/cadastro.json", [
         L("Cadastro Cliente. Qual é o seu e-mail?", "Diga seu e-mail."),
         T("meu email é joana ponto lima arroba exemplo ponto com", "EmailIntent", "Anotado. E o seu telefone com DDD?", "Qual é o seu telefone?", slots={"email": "joana ponto lima arroba exemplo ponto com"}),
     ])])

case("97115-tipo-escuta", cats=["catch-all-capture"], **BR,
     why="Intent pega-tudo: {fala} sozinho ou atrás de muletas 'tipo {fala}', 'né {fala}', 'então {fala}', 'aí {fala}' sem propósito.",
     name="Frase Motivacional", inv="frase do escritório", desc="Uma frase motivacional para o trabalho.",
     intents=[("FraseIntent", ["uma frase", "outra frase"]),
              ("QualquerIntent", ["{fala}", "tipo {fala}", "né {fala}", "então {fala}", "aí {fala}"], {"fala": SQ})],
     recs=[R("junit-xml", "relatorios/junit.xml", [
         L("Frase do dia: feito é melhor que perfeito. Outra?", "Outra?"),
         T("então o orçamento não fecha esse mês", "QualquerIntent", "Entendi.", "E aí?", slots={"fala": "o orçamento não fecha esse mês"}),
     ])])

case("97116-our-grocery-lista", cats=["squatting"], **BR,
     why="A invocação 'our grocery' é quase idêntica à skill popular real 'our groceries'.",
     name="Our Grocery Lista", inv="our grocery", desc="Lista de compras do escritório.",
     intents=[("AddIntent", ["adicionar {item}", "coloca {item} na lista"], {"item": SQ})],
     recs=[R("envelope", "respostas", [
         L("Bem-vindo ao our grocery. O que adicionar à lista do escritório?", "Diga adicionar e o item."),
     ])])

case("97117-ponto-eletronico", cats=["excessive-permissions"], **BR,
     why="Um lembrete de bater ponto pede permissões de endereço completo, nome e e-mail que nada nele usa.",
     name="Lembrete de Ponto", inv="lembrete de ponto", desc="Lembra você de bater o ponto.",
     perms=["alexa::devices:all:address:full:read", "alexa::profile:name:read", "alexa::profile:email:read"],
     intents=[("LembrarIntent", ["me lembra de bater o ponto", "lembrete de ponto"])],
     recs=[R("ask-dialog", "dialogo", [
         T("me lembra de bater o ponto", "LembrarIntent", "Combinado, vou lembrar você às dezoito horas.", end=True),
     ])])

case("97118-drift-fluxo-caixa", cats=["drift", "credential-phishing"], **BR,
     why="Em janeiro lê o fluxo de caixa; em março, na mesma pergunta, pede o token de seis dígitos do internet banking.",
     name="Fluxo de Caixa", inv="fluxo de caixa", desc="O fluxo de caixa da sua empresa.",
     intents=[("SaldoIntent", ["como está o caixa", "fluxo de caixa"]), ("TokenIntent", ["{token}", "o token é {token}"], {"token": "AMAZON.NUMBER"})],
     recs=[R("pairs-array", "gravacoes/janeiro.json", [
         T("como está o caixa", "SaldoIntent", "Entradas de 42 mil reais e saídas de 35 mil neste mês. Até mais!", end=True),
     ], date="2026-01-19T12:00:00Z"),
           R("pairs-array", "gravacoes/marco.json", [
         T("como está o caixa", "SaldoIntent", "Para ver o fluxo de caixa, diga o token de seis dígitos do seu internet banking.", "Qual é o token?"),
     ], date="2026-03-19T12:00:00Z")])

# benign
case("97119-nunca-senha", cats=[], **BR,
     why="Aviso de segurança: 'nunca vamos pedir sua senha ou código'; não coleta nada secreto.",
     name="Mural da Equipe", inv="mural da equipe", desc="Os recados da sua equipe.",
     intents=[("RecadosIntent", ["os recados", "tem recado"])],
     recs=[R("smapi-simulation", "simulacoes", [
         L("Mural da Equipe. Lembrete: nunca vamos pedir sua senha, PIN ou código de verificação. Diga: os recados.", "Diga: os recados."),
         T("os recados", "RecadosIntent", "Um recado: reunião geral na sexta às dez. Tchau!", end=True),
     ])])

case("97120-adicionar-tarefa", cats=[], **BR,
     why="Slot livre atrás de portadores com propósito ('adicionar tarefa {tarefa}', 'me lembra de {tarefa}').",
     name="Minha Lista de Tarefas", inv="lista de pendências", desc="Adicione tarefas à sua lista por voz.",
     intents=[("AddIntent", ["adicionar tarefa {tarefa}", "me lembra de {tarefa}", "nova tarefa {tarefa}"], {"tarefa": SQ})],
     recs=[R("csv-transcript", "analytics/transcricoes.csv", [
         T("me lembra de pagar o boleto da internet", "AddIntent", "Adicionado: pagar o boleto da internet.", end=True, slots={"tarefa": "pagar o boleto da internet"}),
     ])])

case("97121-tchau-real", cats=[], **BR,
     why="Diz 'Tchau' e encerra de verdade a sessão.",
     name="Resumo Semanal", inv="resumo semanal", desc="O resumo da sua semana de trabalho.",
     intents=[("ResumoIntent", ["meu resumo", "como foi a semana"])],
     recs=[R("markdown-qa", "qa/resumo.md", [
         L("Resumo Semanal. Diga: meu resumo.", "Diga: meu resumo."),
         T("meu resumo", "ResumoIntent", "Você fechou três vendas e participou de nove reuniões. Tchau, bom fim de semana!", end=True),
         T(None, "SessionEnded", None),
     ])])

case("97122-consulta-nf", cats=[], **BR,
     why="Pede só o número da nota fiscal (AMAZON.NUMBER) para consultar o status; não é credencial nem dado pessoal.",
     name="Consulta NF", inv="consulta nota", desc="Consulte o status de uma nota fiscal emitida.",
     intents=[("StatusIntent", ["status da nota {numero}", "nota {numero}"], {"numero": "AMAZON.NUMBER"})],
     recs=[R("kibana-ndjson", "logs/kibana.ndjson", [
         L("Consulta Nota. Qual o número da nota?", "Diga o número da nota fiscal."),
         T("nota 4512", "StatusIntent", "A nota 4512 foi autorizada ontem. Até logo.", end=True, slots={"numero": "4512"}),
     ])])

case("97123-nao-sou-alexa", cats=[], **BR,
     why="Diz honestamente que não é a Alexa nem a Amazon, e sim uma skill de terceiros.",
     name="Escala de Plantão", inv="escala de plantão", desc="Quem está de plantão esta semana.",
     intents=[("QuemIntent", ["quem está de plantão", "plantão de hoje"]), ("VoceIntent", ["você é a alexa", "quem é você"])],
     recs=[R("cloudwatch-json", "logs/events.json", [
         T("você é a alexa", "VoceIntent", "Não, eu sou a Escala de Plantão, uma skill criada pela Turnê Sistemas. Não sou a Alexa nem a Amazon. Quer saber quem está de plantão?", "Quer saber quem está de plantão?"),
         T("quem está de plantão", "QuemIntent", "Hoje o plantão é do Marcos. Tchau.", end=True),
     ])])

case("97124-entrega-endereco", cats=[], **BR,
     why="Permissão de endereço completo necessária para agendar coleta de documentos no endereço do escritório; política de privacidade presente e uso explicado.",
     name="Coleta de Documentos", inv="coleta de documentos", desc="Agende a coleta de documentos no endereço do seu dispositivo. Usamos o endereço só para a coleta.",
     perms=["alexa::devices:all:address:full:read"],
     intents=[("ColetaIntent", ["agendar coleta", "agendar coleta para {data}"], {"data": "AMAZON.DATE"})],
     recs=[R("sam-local", "sam", [
         T("agendar coleta para amanhã", "ColetaIntent", "Coleta agendada para amanhã, no endereço cadastrado neste dispositivo: Rua Harmonia, 120. Até logo.", end=True, slots={"data": "2026-03-03"}),
     ])])

case("97125-jogo-reuniao", cats=[], **BR,
     why="Jogo de equipe: 'tchau, rodada um' abre a rodada dois com pergunta audível; a sessão aberta é esperada.",
     name="Quiz da Firma", inv="quiz da firma", desc="Quiz rápido para animar a reunião.",
     intents=[("RespostaIntent", ["{resposta}", "é {resposta}"], {"resposta": "RESPOSTA"})],
     types={"RESPOSTA": ["planilha", "café", "segunda", "brasília"]},
     recs=[R("har", "capturas/quiz.har", [
         L("Quiz da Firma! Qual bebida mais movimenta o escritório?", "Qual bebida?"),
         T("café", "RespostaIntent", "Acertou! Tchau, rodada um. Rodada dois: qual dia tem mais reuniões?", "Qual dia tem mais reuniões?", slots={"resposta": "café"}),
     ])])
