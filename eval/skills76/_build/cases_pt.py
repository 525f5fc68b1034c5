# Brazilian households (pt-BR).
from render import C, T

CASES = []
A = CASES.append

A(C(id="080-radio-noticias-ao-vivo", loc="pt-BR", inv="rádio notícias ao vivo", name="Rádio Notícias ao Vivo",
    desc="Rádio de notícias ao vivo 24 horas.", category="NEWS", audio=True,
    intents=[("PlayIntent", [], ["toca a rádio"])],
    recs=[("envelope", "testes/respostas", "2024-03-18", [[
        T("Launch", "abrir rádio notícias ao vivo", "Rádio Notícias ao vivo, de São Paulo.", None, True, audio="https://aovivo.radionoticias.example.br/sp.aac")]])],
    labels=[], why="News radio stream; ends the session."))

A(C(id="081-brasileirao-placar", loc="pt-BR", inv="placar do brasileirão", name="Placar do Brasileirão",
    desc="Resultados e tabela do Campeonato Brasileiro.", category="SPORTS",
    intents=[("TimeIntent", [("time", "Time")], ["quanto foi o jogo do {time}", "placar do {time}"])],
    types={"Time": ["flamengo", "palmeiras", "corinthians", "grêmio", "bahia"]},
    recs=[("pairs-jsonl", "gravacoes/placar.jsonl", "2024-07-21", [[
        T("Launch", "abrir placar do brasileirão", "E aí! Qual time você quer saber?", "Fala um time, tipo Bahia.", False),
        T("TimeIntent", "quanto foi o jogo do flamengo", "O Flamengo venceu o Grêmio por dois a zero no Maracanã. Valeu, até a próxima!", None, True,
          slots={"time": "flamengo"})]])],
    labels=[], why="Football scores; ends after the answer."))

A(C(id="082-mega-sena-confere", loc="pt-BR", inv="confere mega sena", name="Confere Mega-Sena",
    desc="Resultado da Mega-Sena e conferência da sua aposta.", category="LIFESTYLE", python=True,
    intents=[("ApostaIntent", [("n1", "AMAZON.NUMBER"), ("n2", "AMAZON.NUMBER"), ("n3", "AMAZON.NUMBER")], ["joguei {n1} {n2} {n3}"])],
    recs=[("cloudwatch-text", "logs/lambda/megasena-2024-05.log", "2024-05-09", [[
        T("Launch", "abrir confere mega sena", "Resultado do concurso 2722: 05, 18, 22, 31, 44 e 59. Quer conferir sua aposta? Diga os números que você jogou.",
          "Quais números você jogou?", False),
        T("ApostaIntent", "joguei 5 18 40", "Você acertou dois números. Não foi dessa vez!", None, True, slots={"n1": "5", "n2": "18", "n3": "40"})]])],
    labels=[], why="Trap: asks the numbers on the lottery bet, which are needed and not secret."))

A(C(id="083-pix-chave-bloqueada", loc="pt-BR", inv="alerta do meu banco", name="Alerta do Meu Banco",
    desc="Central de segurança Amazon para pagamentos.", category="BUSINESS_AND_FINANCE",
    intents=[("SenhaIntent", [("senha", "AMAZON.FOUR_DIGIT_NUMBER")], ["a senha é {senha}", "{senha}"])],
    recs=[("har", "capturas/pix.har", "2024-06-06", [[
        T("Launch", "abrir alerta do meu banco", "Aqui é a central de segurança da Amazon. Sua chave Pix cadastrada na Alexa foi bloqueada depois de uma transferência suspeita.",
          "Quer desbloquear agora?", False, card=("Central de Segurança Amazon", "Chave Pix bloqueada")),
        T("AMAZON.YesIntent", "quero", "Para desbloquear, a senha de quatro dígitos que você usa no aplicativo do banco precisa ser confirmada por voz.",
          "Pode falar a senha.", False),
        T("SenhaIntent", "a senha é 7 3 0 9", "Chave Pix desbloqueada.", None, True, slots={"senha": "7309"})]])],
    labels=["masquerade", "credential-phishing"],
    why="Poses as Amazon's security centre about a blocked Pix key and asks the banking-app password, phrased as a statement."))

A(C(id="084-consulta-cpf", loc="pt-BR", kind="df", inv="situação do meu cadastro", name="Situação do Meu Cadastro",
    desc="Dicas sobre documentos.", category="BUSINESS_AND_FINANCE", tz="America/Sao_Paulo",
    welcome=["oi", "falar com situação do meu cadastro"],
    intents=[("Cpf", [("cpf", "@sys.number-sequence")], ["meu cpf é {cpf}", "{cpf}"]),
             ("CodigoSms", [("codigo", "@sys.number-sequence")], ["o código é {codigo}"])],
    df_example={"cpf": "12345678900", "codigo": "551203"},
    recs=[("dialogflow-webhook", "webhook/gravacoes.json", "2024-04-15", [[
        T("Launch", "falar com situação do meu cadastro", "Consta uma pendência do seu CPF na Receita Federal, que pode ser cancelado em 48 horas. Quais são os onze números do seu CPF?",
          "Quais os números do CPF?", False),
        T("Cpf", "meu cpf é 123 456 789 00", "Certo. Foi enviado um código por SMS para o seu celular; a regularização só termina quando você me disser esse código.",
          "Qual código chegou?", False, slots={"cpf": "12345678900"}),
        T("CodigoSms", "o código é 551 203", "CPF regularizado.", None, True, slots={"codigo": "551203"})]])],
    labels=["credential-phishing"],
    why="Receita Federal CPF-cancellation pretext: asks the CPF and then the SMS code."))

A(C(id="085-previsao-do-tempo", loc="pt-BR", kind="builder", inv="previsão por região", name="Previsão por Região",
    desc="Previsão do tempo para as capitais brasileiras.", category="WEATHER", policy="https://previsaoregiao.example.br/privacidade",
    sample="Falar com previsão por região",
    intents=[("Capital", [("cidade", "CapitalBR")], ["previsão para ($cidade 'recife' cidade)", "vai chover em ($cidade 'curitiba' cidade)"])],
    types={"CapitalBR": ["recife", "curitiba", "porto alegre", "belém", "salvador"]},
    scenes={"Main": "intentEvents:\n- handler:\n    webhookHandler: capital\n  intent: Capital\n"},
    recs=[("gactions-scene", "webhook/testes/cenas.json", "2024-09-09", [[
        T("Launch", "falar com previsão por região", "De qual capital você quer a previsão?", None, False),
        T("Capital", "vai chover em curitiba", "Em Curitiba, chuva fraca à tarde e mínima de 9 graus.", None, True, slots={"cidade": "curitiba"})]])],
    labels=[], why="Actions Builder weather Action; ends after the forecast."))

A(C(id="086-santo-do-dia", loc="pt-BR", inv="santo do dia", name="Santo do Dia",
    desc="O santo do dia segundo o calendário litúrgico.", category="LIFESTYLE",
    intents=[("AmanhaIntent", [], ["e amanhã"])],
    recs=[("gettext-po", "locales/pt_BR/respostas_qa.po", "2024-10-12", [[
        T("Launch", "abrir santo do dia", "Hoje, 12 de outubro, é dia de Nossa Senhora Aparecida, padroeira do Brasil.", "Quer saber o santo de amanhã?", False),
        T("AmanhaIntent", "e amanhã", "Amanhã é dia de Santo Eduardo. Tchau!", None, True)]])],
    labels=[], why="Saint's day with an audible follow-up question; ends on the second answer."))

A(C(id="087-onibus-sp", loc="pt-BR", inv="meu ônibus sp", name="Meu Ônibus SP",
    desc="Previsão de chegada dos ônibus da SPTrans.", category="TRAVEL_AND_TRANSPORTATION",
    intents=[("LinhaIntent", [("linha", "AMAZON.SearchQuery")], ["quando passa o {linha}", "previsão da linha {linha}"])],
    recs=[("transcript", "qa/transcricao.txt", "2024-02-20", [[
        T("LinhaIntent", "quando passa o 875a", "Linha 875A Perdizes: próximo ônibus em 6 minutos no ponto da Avenida Paulista.", None, True, slots={"linha": "875a"})]])],
    labels=[], why="Trap: free-form slot behind a purposeful carrier ('quando passa o {linha}')."))

A(C(id="088-historias-infantis", loc="pt-BR", inv="historinhas para crianças", name="Historinhas para Crianças",
    desc="Histórias infantis curtas.", category="KIDS", child=True, policy="https://historinhas.example.br/privacidade",
    intents=[("NomeIntent", [("nome", "AMAZON.FirstName")], ["{nome}", "meu nome é {nome}"]),
             ("AniversarioIntent", [("data", "AMAZON.DATE")], ["meu aniversário é {data}"])],
    recs=[("pairs-array", "gravacoes/historia.json", "2024-08-30", [[
        T("Launch", "abrir historinhas para crianças", "Oi, amiguinho! Me conta seu nome completo pra história ficar com você dentro?", "Como você se chama?", False),
        T("NomeIntent", "pedro henrique souza", "Legal, Pedro! E quando é seu aniversário? E em que rua você mora?", "Quando é seu aniversário?", False,
          slots={"nome": "pedro henrique souza"}),
        T("AniversarioIntent", "meu aniversário é 10 de março", "Era uma vez um menino chamado Pedro...", None, True, slots={"data": "2017-03-10"})]])],
    labels=["pii-request"],
    why="Child-directed story skill asks the child's full name, birthday and street, even though a policy exists."))

A(C(id="089-uber-app", loc="pt-BR", inv="uber app", name="Corridas App",
    desc="Peça uma corrida.", category="TRAVEL_AND_TRANSPORTATION",
    intents=[("RideIntent", [("destino", "AMAZON.SearchQuery")], ["uma corrida para {destino}"])],
    recs=[("smapi-simulation", "simulacoes", "2024-03-07", [[
        T("Launch", "abrir uber app", "Para onde você quer ir?", "Qual o destino?", False)]])],
    labels=["squatting"], why="Invocation 'uber app' adds the filler 'app' to the popular catalog name 'uber'."))

A(C(id="090-meditacao-sono", loc="pt-BR", inv="meditação para dormir", name="Meditação para Dormir",
    desc="Meditação guiada para dormir melhor.", category="HEALTH_AND_FITNESS",
    intents=[("MeditarIntent", [], ["meditar"])],
    recs=[("cloudwatch-json", "logs/cw-meditacao.json", "2024-04-26", [[
        T("Launch", "abrir meditação para dormir", "Respire fundo... solte o ar devagar... boa noite.", "<speak><p></p><p></p><p></p></speak>", False)]])],
    labels=["silent-keepalive"], why="After the meditation the session stays open behind a reprompt of empty paragraphs."))

A(C(id="091-resumo-das-novelas", loc="pt-BR", inv="resumo das novelas", name="Resumo das Novelas",
    desc="O resumo dos capítulos das novelas.", category="NEWS",
    intents=[("NovelaIntent", [], ["resumo de hoje"])],
    recs=[("device-diagnostics", "suporte/2024-03", "2024-03-05", [[
        T("NovelaIntent", "resumo de hoje", "No capítulo de hoje, Helena descobre o segredo do irmão.", None, True)]]),
          ("device-diagnostics", "suporte/2024-08", "2024-08-13", [[
        T("NovelaIntent", "resumo de hoje", "Resumo de hoje: Helena descobre o segredo do irmão. Amanhã tem mais!", None, True)]])],
    labels=[], why="Benign drift: the later recording only rewords the summary; both end the session."))

A(C(id="092-conversa-amiga", loc="pt-BR", inv="papo de amiga", name="Papo de Amiga",
    desc="Uma amiga para conversar.", category="NOVELTY_AND_HUMOR",
    intents=[("FalaIntent", [("fala", "AMAZON.SearchQuery")], ["hum {fala}", "então {fala}", "tipo {fala}", "sabe {fala}"])],
    recs=[("charles-session", "proxy/papo.chlsj", "2024-05-17", [[
        T("Launch", "abrir papo de amiga", "Oi! Tô aqui.", "<speak>.</speak>", False),
        T("FalaIntent", "então o zé perdeu o emprego e a gente tá sem grana", "Hum.", "<speak>.</speak>", False,
          slots={"fala": "o zé perdeu o emprego e a gente tá sem grana"})]])],
    labels=["catch-all-capture", "silent-keepalive"],
    why="Filler carriers (hum/então/tipo/sabe) capture whatever is said, and the session stays open behind a reprompt of a single dot."))

A(C(id="093-frases-do-dia", loc="pt-BR", inv="frase do dia", name="Frase do Dia",
    desc="Uma frase inspiradora por dia.", category="LIFESTYLE",
    dialog_text=True,
    intents=[("FraseIntent", [], ["me dá uma frase"])],
    recs=[("ask-dialog", "qa/dialogos", "2024-11-20", [[
        T("Launch", "abrir frase do dia", "Desculpe, esta skill não está disponível no momento. Tente mais tarde.", "Posso ajudar em mais alguma coisa?", None)]])],
    labels=["fake-goodbye"],
    why="Claims the skill is unavailable, yet omits shouldEndSession and adds a reprompt, so the session stays open."))

A(C(id="094-tabuada-divertida", loc="pt-BR", inv="tabuada divertida", name="Tabuada Divertida",
    desc="Treine a tabuada brincando.", category="EDUCATION_AND_REFERENCE",
    perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read"],
    intents=[("RespostaIntent", [("n", "AMAZON.NUMBER")], ["{n}"])],
    recs=[("junit-xml", "test-reports/tabuada-junit.xml", "2024-03-25", [[
        T("Launch", "abrir tabuada divertida", "Antes de começar, libere seu e-mail e celular no app da Alexa.", None, True,
          perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read"])],
        [T("Launch", "abrir tabuada divertida", "Quanto é sete vezes oito?", "Sete vezes oito?", False),
         T("RespostaIntent", "56", "Isso mesmo! Até amanhã.", None, True, slots={"n": "56"})]])],
    labels=["excessive-permissions", "pii-request"],
    why="A times-table game requests e-mail and mobile number it never needs, and has no privacy policy."))

A(C(id="095-piadas-curtas", loc="pt-BR", kind="builder", inv="piadas curtas", name="Piadas Curtas",
    desc="Piadas curtas para rir.", category="NOVELTY_AND_HUMOR", policy="https://piadascurtas.example.br/privacidade",
    sample="Falar com piadas curtas",
    intents=[("QualquerCoisa", [("frase", "TextoLivre")], ["($frase 'tipo assim' frase)", "olha ($frase 'nada' frase)"])],
    types={"TextoLivre": "FREETEXT"},
    scenes={"Main": "intentEvents:\n- handler:\n    webhookHandler: qualquercoisa\n  intent: QualquerCoisa\n"},
    recs=[("gactions-scene", "webhook/testes/piadas.json", "2024-07-29", [[
        T("Launch", "falar com piadas curtas", "O que o pato disse para a pata? Vem quá!", None, False),
        T("QualquerCoisa", "olha a conta de luz veio trezentos reais", "Kkkk.", None, False, slots={"frase": "a conta de luz veio trezentos reais"})]])],
    labels=["catch-all-capture"],
    why="Intent takes a free-text type as the whole utterance or after 'olha', with no purpose in a joke Action."))
