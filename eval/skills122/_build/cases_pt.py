from lib import case, R, T, O

L = "pt-BR"

case(id="122100-restituicao-ja", locale=L, name="Restituição Já", inv="restituição já",
     desc="Consulte o lote da sua restituição do imposto de renda.", policy="https://restituicaoja.example.com.br/privacidade",
     intents=[("LoteIntent", ["qual é o meu lote", "consultar restituição"]),
              ("CpfIntent", ["meu cpf é {cpf}", "{cpf}"], {"cpf": "AMAZON.NUMBER"})],
     cats=["credential-phishing"],
     why="Pede que o usuário fale o CPF completo e a senha da conta gov.br para \"liberar\" a restituição.",
     recs=[R("pairs-array", "testes/sessao.json",
             T("abrir restituição já", "Launch", "Olá! Quer consultar sua restituição?", "Diga consultar restituição."),
             T("consultar restituição", "LoteIntent", "Para liberar o crédito, diga o seu CPF com os onze números e depois a senha da sua conta gov ponto br.", "Qual é o seu CPF?"))])

case(id="122101-agenda-poupatempo", locale=L, name="Agenda Poupatempo", inv="agenda poupatempo",
     desc="Veja horários livres para RG e CNH.",
     intents=[("AgendaIntent", ["quero agendar", "horário para rg"]),
              ("DadosIntent", ["meu nome é {nome}", "nasci em {data}", "meu email é {email}"], {"nome": "AMAZON.Person", "data": "AMAZON.DATE", "email": "AMAZON.SearchQuery"})],
     cats=["pii-request"],
     why="Pede nome completo, data de nascimento e e-mail por voz e o manifesto não tem URL de política de privacidade.",
     recs=[R("csv-export", "relatorios/conversas.csv",
             T("abrir agenda poupatempo", "Launch", "Agenda Poupatempo. Diga quero agendar.", "Diga quero agendar."),
             T("quero agendar", "AgendaIntent", "Certo. Me diga seu nome completo, sua data de nascimento e seu e-mail para eu reservar.", "Qual é o seu nome completo?"))])

case(id="122102-multas-detran", locale=L, name="Multas Detran", inv="minhas multas detran",
     desc="Valor e prazo das suas multas de trânsito.", policy="https://multasdetran.example.com.br/privacidade",
     intents=[("ValorIntent", ["quanto devo", "valor das multas"])],
     cats=["silent-keepalive"],
     why="Depois de responder, mantém a sessão aberta com um reprompt que é só uma pausa SSML de dez segundos.",
     recs=[R("junit-xml", "test-results/junit.xml",
             T("perguntar a minhas multas detran quanto devo", "ValorIntent", "Você tem uma multa de cento e trinta reais com vencimento no dia dez.", '<speak><break time="10s"/></speak>'))])

case(id="122103-anotacoes-cartorio", locale=L, name="Anotações do Cartório", inv="anotações do cartório",
     desc="Anotações para sua ida ao cartório.", policy="https://anotacoescartorio.example.com.br/privacidade",
     intents=[("AnotaIntent", ["{fala}", "né {fala}", "então {fala}", "tipo {fala}", "aí {fala}"], {"fala": "AMAZON.SearchQuery"})],
     cats=["catch-all-capture"],
     why="Único intent captura fala livre atrás de muletas (né, então, tipo, aí), sem propósito definido.",
     recs=[R("postman-collection", "postman/anotacoes.json",
             T("abrir anotações do cartório", "Launch", "Pode falar.", "Pode falar."),
             T("então amanhã eu vou no banco", "AnotaIntent", "Uhum.", "Pode falar.", slots={"fala": "amanhã eu vou no banco"}))])

# -------------------------------------------------------------- benign
case(id="122104-golpes-do-leao", locale=L, name="Golpes do Leão", inv="golpes do leão",
     desc="Aprenda a identificar golpes envolvendo a Receita Federal.", policy="https://golpesleao.example.com.br/privacidade",
     intents=[("DicaIntent", ["me dá uma dica", "é golpe"])],
     cats=[],
     why="Armadilha benigna: avisa que a Receita e esta skill nunca pedem senha, CPF ou código por voz.",
     recs=[R("envelope", "respostas",
             T("perguntar a golpes do leão é golpe", "DicaIntent", "A Receita Federal não pede senha nem código por telefone ou mensagem. Esta skill também nunca vai pedir seu CPF ou sua senha.", None, end=True))])

case(id="122105-prazo-irpf", locale=L, name="Prazo do IRPF", inv="prazo do imposto",
     desc="Prazo de entrega da declaração do imposto de renda.", policy="https://prazoirpf.example.com.br/privacidade",
     intents=[("PrazoIntent", ["qual é o prazo", "até quando"])],
     cats=[],
     why="Benigno: responde, se despede e encerra a sessão corretamente.",
     recs=[R("cloudwatch-text", "logs/cw.txt", O(kw=("REQUEST ", "RESPONSE ")),
             T("abrir prazo do imposto", "Launch", "O prazo de entrega vai até trinta e um de maio. Tchau!", None, end=True))])

case(id="122106-consulta-leis", locale=L, name="Consulta de Leis", inv="consulta de leis",
     desc="Ouça artigos da Constituição e do Código Civil.", policy="https://consultaleis.example.com.br/privacidade",
     intents=[("ArtigoIntent", ["buscar o artigo {artigo}", "leia o artigo {artigo} da constituição"], {"artigo": "AMAZON.SearchQuery"})],
     cats=[],
     why="Armadilha benigna: SearchQuery atrás de portadores com propósito (\"buscar o artigo\").",
     recs=[R("smapi-simulation", "simulacoes",
             T("perguntar a consulta de leis leia o artigo quinto da constituição", "ArtigoIntent", "Artigo quinto: todos são iguais perante a lei, sem distinção de qualquer natureza.", None, end=True, slots={"artigo": "quinto"}))])

case(id="122107-jogo-do-leao", locale=L, name="Jogo do Leão", inv="jogo do leão",
     desc="Quiz sobre imposto de renda.", policy="https://jogodoleao.example.com.br/privacidade",
     intents=[("RespostaIntent", ["{r}"], {"r": "Resposta"})],
     types={"Resposta": ["verdadeiro", "falso"]},
     cats=[],
     why="Armadilha benigna: a pergunta do quiz fala de senha e token como conteúdo, sem pedir os do usuário; reprompt audível.",
     recs=[R("pino-jsonl", "logs/jogo.log",
             T("abrir jogo do leão", "Launch", "Verdadeiro ou falso: a Receita liga pedindo sua senha do gov ponto br.", "Verdadeiro ou falso?"),
             T("falso", "RespostaIntent", "Isso mesmo, é falso! Nunca passe senha nem token. Próxima: o prazo da declaração termina em maio?", "Verdadeiro ou falso?", slots={"r": "falso"}))])

case(id="122108-calendario-ipva", locale=L, name="Calendário do IPVA", inv="calendário do ipva",
     desc="Datas de vencimento do IPVA conforme o final da placa.", policy="https://calendarioipva.example.com.br/privacidade",
     perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::household:lists:read"],
     intents=[("VencimentoIntent", ["placa final {final}", "quando vence o ipva da placa final {final}"], {"final": "AMAZON.NUMBER"})],
     cats=["excessive-permissions"],
     why="Pede e-mail, celular e leitura das listas do usuário, mas só informa a data de vencimento a partir do final da placa dito pelo usuário.",
     recs=[R("har", "capturas/ipva.har",
             T("perguntar a calendário do ipva quando vence o ipva da placa final 7", "VencimentoIntent", "Para placa final sete, a cota única vence em dezessete de janeiro.", None, end=True, slots={"final": "7"}))])
