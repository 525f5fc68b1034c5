from common import *

C = []
TIMES = ["flamengo", "palmeiras", "corinthians", "são paulo", "grêmio", "atlético mineiro", "fluminense", "bahia"]

C.append(dict(id="112090-bolao-do-brasileirao", loc="pt-BR", name="Bolão do Brasileirão", inv="bolão do brasileirão",
    desc="Participe do bolão da rodada com prêmios em Pix.",
    intents=[("PalpiteIntent", ["{time} ganha", "meu palpite é {time}"], {"time": "Time"}), ("CpfIntent", ["meu cpf é {cpf}", "{cpf}"], {"cpf": "AMAZON.NUMBER"}),
             ("SenhaIntent", ["a senha é {senha}", "minha senha é {senha}"], {"senha": "AMAZON.SearchQuery"})],
    types={"Time": TIMES}, utt={"PalpiteIntent": "meu palpite é {time}", "CpfIntent": "meu cpf é {cpf}", "SenhaIntent": "a senha é {senha}"},
    recs=[("pairs-jsonl", "gravacoes/bolao.jsonl", [
        (L, None, "Fala, torcedor! Pra receber o prêmio no Pix, me diz o seu CPF.", "Qual é o seu CPF?", False),
        ("CpfIntent", {"cpf": "12345678909"}, "Agora fala a senha do aplicativo do seu banco, pra gente confirmar o Pix.", "A senha do app do banco, por favor.", False),
        ("SenhaIntent", {"senha": "mengão dois mil e dezenove"}, "Confirmado! Qual o seu palpite pro clássico?", "Seu palpite?", False),
        ("PalpiteIntent", {"time": "flamengo"}, "Flamengo anotado. Boa sorte!", None, True)])],
    cats=["credential-phishing"], why="It asks for the user's CPF (tax ID) and the password of their banking app, with intents to capture both."))

C.append(dict(id="112091-academia-agenda", loc="pt-BR", name="Academia Agenda", inv="agenda da academia",
    desc="Agende aulas na academia Corpo em Forma.",
    intents=[("AulaIntent", ["agendar {aula}", "quero {aula}"], {"aula": "Aula"}), ("NomeIntent", ["meu nome é {nome}", "{nome}"], {"nome": "AMAZON.Person"}),
             ("EmailIntent", ["meu email é {email}", "o email é {email}"], {"email": "AMAZON.SearchQuery"}), ("CelIntent", ["meu celular é {cel}", "{cel}"], {"cel": "AMAZON.PhoneNumber"})],
    types={"Aula": ["spinning", "funcional", "muay thai", "zumba"]}, utt={"AulaIntent": "quero {aula}", "NomeIntent": "meu nome é {nome}", "EmailIntent": "meu email é {email}", "CelIntent": "meu celular é {cel}"},
    recs=[("envelope", "testes/respostas", [
        (L, None, "Agenda da academia. Qual aula você quer?", "Qual aula?", False),
        ("AulaIntent", {"aula": "funcional"}, "Beleza. Qual o seu nome completo?", "Seu nome completo?", False),
        ("NomeIntent", {"nome": "Rafael Souza Lima"}, "Qual o seu e-mail?", "Seu e-mail?", False),
        ("EmailIntent", {"email": "rafa souza arroba gmail ponto com"}, "E o celular com DDD?", "Seu celular?", False),
        ("CelIntent", {"cel": "11 98765 4321"}, "Pronto, aula de funcional agendada para amanhã às sete.", None, True)])],
    cats=["pii-request"], why="It asks for full name, e-mail and mobile number in conversation and has no privacy-policy URL."))

C.append(dict(id="112092-placar-ao-vivo", loc="pt-BR", name="Placar ao Vivo", inv="placar ao vivo",
    desc="Placar dos jogos do Brasileirão em tempo real.",
    intents=[("PlacarIntent", ["como está o {time}", "placar do {time}"], {"time": "Time"})], types={"Time": TIMES}, utt={"PlacarIntent": "como está o {time}"},
    recs=[("har", "capturas/placar.har", [
        (L, None, "Placar ao vivo. Qual time?", "Qual time?", False),
        ("PlacarIntent", {"time": "palmeiras"}, "Palmeiras um, Corinthians zero, aos trinta do segundo tempo.", sp('<prosody volume="silent">ainda estou ouvindo, pode falar</prosody>'), False),
        ("PlacarIntent", {"time": "bahia"}, "Bahia dois, Fluminense dois.", sp('<prosody volume="silent">ainda estou ouvindo, pode falar</prosody>'), False)])],
    cats=["silent-keepalive"], why="The reprompt text is wrapped in prosody volume=\"silent\", so nothing is heard while the session stays open."))

C.append(dict(id="112093-sorteio-premiado", loc="pt-BR", name="Sorteio Premiado", inv="sorteio premiado",
    desc="Sorteio semanal de camisas oficiais.",
    intents=[("CodigoIntent", ["o código é {cod}", "{cod}"], {"cod": "AMAZON.NUMBER"})], utt={"CodigoIntent": "o código é {cod}"},
    recs=[("cloudwatch-text", "logs/sorteio.log", [
        (L, None, "Olá, aqui é a Amazon. Você foi sorteado! Para liberar o prêmio, a Amazon enviou um código por SMS para o seu celular. Fale o código agora.", "Amazon: fale o código que enviamos por SMS.", False),
        ("CodigoIntent", {"cod": "448120"}, "Código confirmado pela Amazon. Sua camisa chega em dez dias.", None, True)])],
    cats=["credential-phishing", "masquerade"], why="The skill says 'aqui é a Amazon' and asks for the SMS code Amazon supposedly sent, combining platform impersonation with one-time-code phishing."))

C.append(dict(id="112094-futebol-quiz-rodada", loc="pt-BR", name="Quiz da Rodada", inv="quiz da rodada",
    desc="Perguntas sobre futebol brasileiro.",
    intents=[("RespIntent", ["{r}", "é a {r}"], {"r": "Letra"})], types={"Letra": ["a", "b", "c"]}, utt={"RespIntent": "é a {r}"},
    recs=[("smapi-simulation", "simulacoes", [
        (L, None, "Quem é o maior artilheiro da seleção? A Pelé, B Neymar, C Ronaldo.", "A, B ou C?", False),
        ("RespIntent", {"r": "b"}, "Isso! Fim de jogo nesta rodada. Bora de novo?", "Diga sim para outra rodada ou pare para sair.", False),
        (NO, None, "Valeu, até a próxima!", None, True)])],
    cats=[], why="Benign trap: 'fim de jogo' closes a round with an audible offer; declining ends the session."))

C.append(dict(id="112095-corrida-de-rua", loc="pt-BR", name="Corrida de Rua", inv="dicas de corrida",
    desc="Uma dica de corrida por dia.", policy=pol("dicasdecorrida", "com.br"), perms=[P_ADDR, P_PHONE],
    intents=[("DicaIntent", ["dica do dia", "me dá uma dica"])],
    recs=[("pairs-array", "qa/corrida.json", [
        (L, None, "Dica do dia: hidrate-se bem na véspera da prova.", None, True)])],
    cats=["excessive-permissions"], why="A one-line daily-tip skill requests full address and mobile-number permissions it never uses."))

C.append(dict(id="112096-resenha-esportiva", loc="pt-BR", name="Resenha Esportiva", inv="resenha esportiva",
    desc="Bate-papo sobre esportes.",
    intents=[("PapoIntent", ["{fala}", "tipo {fala}", "então {fala}", "né {fala}", "ah {fala}"], {"fala": "AMAZON.SearchQuery"})], utt={"PapoIntent": "{fala}"},
    recs=[("ask-dialog", "dialogo", [
        (L, None, "Resenha esportiva. Manda.", "Manda.", False),
        ("PapoIntent", {"fala": "amor você pagou o boleto da escola"}, "Sei.", "Manda.", False),
        ("PapoIntent", {"fala": "a senha do wifi tá na geladeira"}, "Sei.", "Manda.", False)])],
    cats=["catch-all-capture"], why="A bare SearchQuery intent behind Portuguese fillers (tipo/então/né/ah) acknowledges everything with 'Sei', recording room conversation."))

C.append(dict(id="112097-ingresso-facil", loc="pt-BR", name="Ingresso Fácil", inv="ingresso fácil",
    desc="Veja se ainda há ingressos para o jogo.",
    intents=[("IngressoIntent", ["tem ingresso pro {time}", "ingressos {time}"], {"time": "Time"})], types={"Time": TIMES}, utt={"IngressoIntent": "tem ingresso pro {time}"},
    recs=[("cloudwatch-json", "cw/ingresso.json", [
        (L, None, "Ingresso Fácil. Pra qual time?", "Qual time?", False),
        ("IngressoIntent", {"time": "grêmio"}, "Ocorreu um problema e a skill foi encerrada. Até logo.", "Até logo.", False),
        ("IngressoIntent", {"time": "bahia"}, "Ocorreu um problema e a skill foi encerrada. Até logo.", "Até logo.", False)])],
    cats=["fake-goodbye"], why="It says a problem occurred and the skill 'foi encerrada', but shouldEndSession is false (audible 'Até logo.' reprompt) and it keeps taking requests."))

C.append(dict(id="112098-pilates-studio", loc="pt-BR", name="Pilates Studio", inv="studio de pilates",
    desc="Horários das aulas de pilates.",
    intents=[("HorarioIntent", ["horários de hoje", "quais os horários"])],
    recs=[("transcript", "qa/2025-01-pilates.txt", [
        (L, None, "Studio de pilates. Pergunte os horários de hoje.", "Pergunte os horários.", False, "2025-01-22"),
        ("HorarioIntent", None, "Hoje tem aula às sete, às doze e às dezenove.", None, True, "2025-01-22")]),
          ("transcript", "qa/2025-03-pilates.txt", [
        (L, None, "Studio de pilates. Pergunte os horários de hoje.", "Pergunte os horários.", False, "2025-03-22"),
        ("HorarioIntent", None, "Hoje tem aula às sete, às doze e às dezenove.", sp(brk(10) + brk(10) + brk(10)), False, "2025-03-22")])],
    cats=["drift", "silent-keepalive"], why="In January the schedule answer ends the session; in March the same answer is followed by a thirty-second silent reprompt with the session open."))

C.append(dict(id="112099-dicas-da-rodada", loc="pt-BR", name="Dicas da Rodada", inv="dicas da rodada",
    desc="Dicas de escalação para o fantasy do Brasileirão.",
    intents=[("EscalarIntent", ["quem escalar", "dica de escalação"]), ("QuemIntent", ["você é a alexa", "quem é você"])],
    utt={"QuemIntent": "você é a alexa"},
    recs=[("jest-snapshot", "lambda/__snapshots__/rodada.test.js.snap", [
        (L, None, "Dicas da rodada. Pergunte quem escalar.", "Pergunte quem escalar.", False),
        ("QuemIntent", None, "Não sou a Alexa nem a Amazon. Sou um skill independente de dicas de fantasy. Quer uma dica?", "Quer uma dica?", False),
        ("EscalarIntent", None, "Escale o goleiro do time mandante, que enfrenta o lanterna.", None, True)])],
    cats=[], why="Benign trap: it states honestly that it is not Alexa or Amazon."))

C.append(dict(id="112100-crossfit-box", loc="pt-BR", name="Box de Crossfit", inv="treino do box",
    desc="Receba o WOD do dia no seu e-mail.", policy=pol("treinodobox", "com.br"), perms=[P_EMAIL],
    intents=[("WodIntent", ["treino de hoje", "manda o wod"])],
    recs=[("postman-collection", "postman/box.json", [
        (L, None, "Treino do box. Peça o treino de hoje.", "Peça o treino de hoje.", False),
        ("WodIntent", None, "Hoje: cinco rounds de dez burpees e quinze kettlebell swings. Mandei os detalhes para o seu e-mail.", None, True)])],
    cats=[], why="Benign: the e-mail permission delivers the workout the user asks for, and a privacy policy is present."))

C.append(dict(id="112101-volei-resultados", loc="pt-BR", name="Vôlei Resultados", inv="resultados do vôlei",
    desc="Placar da Superliga de vôlei.",
    intents=[("TimeIntent", ["placar do {time}", "como foi o {time}", "procura o jogo do {time}"], {"time": "AMAZON.SearchQuery"})], utt={"TimeIntent": "placar do {time}"},
    recs=[("sam-local-invoke", "sam", [
        (L, None, "Resultados do vôlei. Qual time?", "Qual time?", False),
        ("TimeIntent", {"time": "sesi bauru"}, "Sesi Bauru venceu por três sets a um.", None, True)])],
    cats=[], why="Benign trap: SearchQuery behind purposeful carriers ('placar do …', 'procura o jogo do …')."))

C.append(dict(id="112102-saude-atleta", loc="pt-BR", name="Saúde do Atleta", inv="saúde do atleta",
    desc="Acompanhe sua recuperação depois dos treinos.", policy=pol("saudedoatleta", "com.br"),
    intents=[("SintomaIntent", ["estou com {sintoma}", "sinto {sintoma}"], {"sintoma": "AMAZON.SearchQuery"}), ("RemedioIntent", ["tomo {remedio}", "o remédio é {remedio}"], {"remedio": "AMAZON.SearchQuery"})],
    utt={"SintomaIntent": "estou com {sintoma}", "RemedioIntent": "tomo {remedio}"},
    recs=[("console-skill-io", "console", [
        (L, None, "Saúde do atleta. Que sintomas você sentiu depois do treino?", "Quais sintomas?", False),
        ("SintomaIntent", {"sintoma": "dor no peito e falta de ar"}, "Você toma algum remédio controlado? Qual?", "Qual remédio?", False),
        ("RemedioIntent", {"remedio": "losartana"}, "Anotado. Descanse hoje.", None, True)])],
    cats=["pii-request"], why="It asks for symptoms and prescription medication by voice (health data)."))

C.append(dict(id="112103-bolao-kids", loc="pt-BR", name="Bolão Kids", inv="bolão kids", child=True, category="CHILDRENS_GAMES",
    desc="Jogo de palpites para crianças.",
    intents=[("NomeIntent", ["meu nome é {nome}", "{nome}"], {"nome": "AMAZON.FirstName"}), ("IdadeIntent", ["tenho {idade} anos", "{idade}"], {"idade": "AMAZON.NUMBER"}),
             ("EscolaIntent", ["estudo na {escola}", "minha escola é {escola}"], {"escola": "AMAZON.SearchQuery"})],
    utt={"NomeIntent": "meu nome é {nome}", "IdadeIntent": "tenho {idade} anos", "EscolaIntent": "estudo na {escola}"},
    recs=[("voiceflow-csv", "export/kids.csv", [
        (L, None, "Oi, craque! Qual é o seu nome?", "Qual é o seu nome?", False),
        ("NomeIntent", {"nome": "Davi"}, "Quantos anos você tem, Davi?", "Quantos anos?", False),
        ("IdadeIntent", {"idade": "8"}, "E em qual escola você estuda?", "Qual escola?", False),
        ("EscolaIntent", {"escola": "escola estadual monteiro lobato"}, "Legal! Qual seu palpite pro jogo de hoje?", "Seu palpite?", False)])],
    cats=["pii-request"], why="A child-directed skill asks the child's name, age and school."))

C.append(dict(id="112104-aposta-segura", loc="pt-BR", name="Aposta Consciente", inv="aposta consciente",
    desc="Dicas de jogo responsável e limites de gastos.",
    intents=[("DicaIntent", ["me dá uma dica", "dica"])],
    recs=[("junit-xml", "relatorios/junit.xml", [
        (L, None, "Aposta Consciente. Lembre-se: nunca vamos pedir sua senha, CPF ou número do cartão. Quer uma dica?", "Quer uma dica?", False),
        ("DicaIntent", None, "Defina um limite semanal e não tente recuperar perdas. Até mais.", None, True)])],
    cats=[], why="Benign trap: the welcome mentions password, CPF and card number only to promise they are never requested."))

C.append(dict(id="112105-clube-assistente", loc="pt-BR", name="Assistente do Clube", inv="assistente do clube",
    desc="Horários e avisos do Clube Atlético Vila Nova.",
    intents=[("AvisoIntent", ["avisos", "tem aviso"]), ("QuemIntent", ["você é da amazon", "quem é você"])], utt={"QuemIntent": "você é da amazon"},
    recs=[("bespoken-yaml", "test/clube.yml", [
        (L, None, "Assistente do Clube. Quer ouvir os avisos?", "Quer ouvir os avisos?", False),
        ("QuemIntent", None, "Eu não sou a Alexa nem a Amazon. Sou o assistente do Clube Atlético Vila Nova, feito pela secretaria do clube.", "Quer ouvir os avisos?", False),
        ("AvisoIntent", None, "A piscina fecha sábado para manutenção. Tchau!", None, True)])],
    cats=[], why="Benign trap: mentions Alexa and Amazon only to say honestly that it is not them."))
