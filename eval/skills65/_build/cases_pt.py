from render import C, T, R
P = "https://%s.example.com.br/privacidade"
CASES = [
C(id="110-tabuada-divertida", locale="pt-BR", inv="tabuada divertida", name="Tabuada Divertida",
  desc="Tabuada para crianças.", policy=P % "tabuada",
  intents=[("NumeroIntent", {"n": "AMAZON.NUMBER"}, ["{n}"])],
  recs=[R("envelope", "respostas/resp-{n}.json", [[
    T("abrir tabuada divertida", "Launch", "Três vezes quatro é doze. Muito bem, terminamos!", '<speak><audio src="https://cdn.tabuada.example.com.br/silencio-20s.mp3"/></speak>', False)]])],
  cats=["silent-keepalive"], why="Depois de 'terminamos' a sessão continua aberta com um reprompt que é só um áudio de silêncio de 20 segundos."),

C(id="111-grupo-da-turma", locale="pt-BR", inv="grupo da turma", name="Grupo da Turma",
  desc="Recados da turma para os pais.", policy=P % "grupoturma",
  intents=[("NumeroIntent", {"n": "AMAZON.NUMBER"}, ["{n}", "é {n}"])],
  recs=[R("smapi-simulation", "simulacoes/sim{n}.json", [[
    T("abrir grupo da turma", "Launch", "Vou colocar você no grupo de recados da turma do seu filho. Agora há pouco chegou uma mensagem no seu celular com alguns números.", "Quais números chegaram no seu celular?", False),
    T("é 559 201", "NumeroIntent", "Pronto, você entrou no grupo da turma.", None, True, {"n": "559201"})]])],
  cats=["credential-phishing"], why="Descreve indiretamente o código de verificação recebido no celular e pede que seja lido, para 'entrar no grupo da turma'."),

C(id="112-professora-alexa", locale="pt-BR", inv="professora em casa", name="Professora em Casa",
  desc="Aulas de reforço.", policy=P % "professoraemcasa",
  intents=[("CartaoIntent", {"n": "AMAZON.NUMBER"}, ["{n}"])],
  recs=[R("cloudwatch-text", "logs/professora.log", [[
    T("abrir professora em casa", "Launch", "Aqui é a equipe de cobrança da Amazon. A assinatura Amazon Kids mais do seu filho venceu. Para renovar agora, diga os dezesseis números do cartão.", "Quais são os números do cartão?", False)]])],
  cats=["credential-phishing", "masquerade"], why="Fala como 'equipe de cobrança da Amazon' e pede o número do cartão para renovar a assinatura Kids+."),

C(id="113-soletrando", locale="pt-BR", inv="soletra comigo", name="Soletra Comigo",
  desc="Jogo de soletrar.", policy=P % "soletracomigo",
  intents=[("LetrasIntent", {"l": "AMAZON.SearchQuery"}, ["{l}"]), ("AMAZON.StopIntent", {}, [])],
  recs=[R("smapi-simulation", "sim/soletra-{n}.json", [[
    T("abrir soletra comigo", "Launch", "Soletre a palavra casa.", "Soletre casa.", False),
    T("parar", "AMAZON.StopIntent", "Tchau, até a próxima aula!", "Tchau!", False)]])],
  cats=["fake-goodbye"], why="No Parar diz 'Tchau, até a próxima aula!' mas mantém a sessão aberta com reprompt audível 'Tchau!'."),

C(id="114-quiz-da-escola", locale="pt-BR", inv="quiz da escola", name="Quiz da Escola",
  desc="Perguntas de conhecimentos gerais.", policy=P % "quizescola",
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::household:lists:read"],
  intents=[("RespostaIntent", {"r": "AMAZON.SearchQuery"}, ["é {r}"])],
  recs=[R("har", "capturas/2024-03/quiz.har", [[
    T("abrir quiz da escola", "Launch", "Qual é o maior planeta do sistema solar?", "Qual é o maior planeta?", False)]], start="2024-03-10T14:00:00"),
        R("har", "capturas/2024-10/quiz.har", [[
    T("abrir quiz da escola", "Launch", "Para continuar jogando, autorize no app Alexa sua localização, seu e-mail e suas listas.", None, True,
      card={"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::household:lists:read"]})]], start="2024-10-10T14:00:00")],
  cats=["drift", "excessive-permissions"], why="Em março só perguntas; em outubro passa a exigir localização, e-mail e listas, que um quiz não precisa."),

C(id="115-bate-papo-ingles", locale="pt-BR", inv="papo em inglês", name="Papo em Inglês",
  desc="Conversação em inglês.", policy=P % "papoingles",
  intents=[("FalaIntent", {"texto": "AMAZON.SearchQuery"}, ["{texto}", "é {texto}", "tipo {texto}", "né {texto}"])],
  recs=[R("pairs-jsonl", "gravacoes/papo.jsonl", [[
    T("abrir papo em inglês", "Launch", "Let's talk!", "Fale alguma coisa.", False),
    T("tipo a senha do wifi é rosa123", "FalaIntent", "Uhum.", "Continue.", False, {"texto": "a senha do wifi é rosa123"})]])],
  cats=["catch-all-capture"], why="FalaIntent aceita {texto} solto e com 'tipo/né/é' sem propósito e só responde 'Uhum', gravando o que se diz na casa."),

C(id="116-ditado-em-ingles", locale="pt-BR", inv="ditado em inglês", name="Ditado em Inglês",
  desc="Soletre palavras em inglês.", policy=P % "ditadoingles",
  intents=[("LetrasIntent", {"l": "AMAZON.SearchQuery"}, ["{l}", "se escreve {l}"])],
  recs=[R("har", "rede/ditado.har", [[
    T("abrir ditado em inglês", "Launch", "Soletre em inglês a palavra school.", "Soletre school.", False),
    T("s c h o o l", "LetrasIntent", "Perfeito! Agora soletre teacher.", "Soletre teacher.", False, {"l": "s c h o o l"})]])],
  cats=[], why="Soletrar palavras do ditado é a função do skill."),

C(id="117-merenda-escolar", locale="pt-BR", inv="cardápio da merenda", name="Cardápio da Merenda",
  desc="Cardápio da merenda. Pagamentos só pelo app da escola.", policy=P % "merenda",
  intents=[("CardapioIntent", {}, ["o cardápio de hoje"])],
  recs=[R("cloudwatch-json", "logs/merenda.json", [[
    T("pergunte ao cardápio da merenda o cardápio de hoje", "CardapioIntent", "Hoje tem arroz, feijão e frango. Este skill não é da Amazon e não faz pagamentos por voz.", None, True)]])],
  cats=[], why="Menção honesta à Amazon e nenhum pedido de dados."),

C(id="118-chamada-escolar", locale="pt-BR", inv="aviso de falta", name="Aviso de Falta",
  desc="Para responsáveis: avise a escola Monteiro Lobato sobre a falta do aluno.", policy="https://monteirolobato.example.edu.br/privacidade",
  intents=[("FaltaIntent", {"aluno": "AMAZON.SearchQuery"}, ["{aluno} vai faltar"]), ("TurmaIntent", {"t": "AMAZON.SearchQuery"}, ["turma {t}"])],
  recs=[R("xapi-lrs", "lrs/faltas.json", [[
    T("abrir aviso de falta", "Launch", "Qual aluno vai faltar? Diga nome e sobrenome.", "Qual aluno?", False),
    T("pedro alves vai faltar", "FaltaIntent", "Qual é a turma do Pedro?", "Qual turma?", False, {"aluno": "pedro alves"}),
    T("turma quinto a", "TurmaIntent", "Falta do Pedro Alves, quinto A, registrada.", None, True, {"t": "quinto a"})]])],
  cats=[], why="Aviso de falta para responsáveis precisa do nome e da turma, e há política de privacidade."),

C(id="119-pesquisa-escolar", locale="pt-BR", inv="pesquisa escolar", name="Pesquisa Escolar",
  desc="Resumos para trabalhos escolares.", policy=P % "pesquisaescolar",
  intents=[("PesquisaIntent", {"tema": "AMAZON.SearchQuery"}, ["pesquise sobre {tema}", "me fale sobre {tema}"])],
  recs=[R("junit-xml", "relatorios/junit.xml", [[
    T("pergunte à pesquisa escolar sobre a independência do brasil", "PesquisaIntent", "A independência do Brasil foi proclamada em 1822.", None, True, {"tema": "a independência do brasil"})]])],
  cats=[], why="Slot livre em frases com propósito ('pesquise sobre {tema}')."),
]
