# pt-BR cases 090-099. All content hand-written.
from render import T, Rec, Case

L, STOP, CANCEL, END = "LaunchRequest", "AMAZON.StopIntent", "AMAZON.CancelIntent", "SessionEndedRequest"
SQ = "AMAZON.SearchQuery"

CASES = [
Case("090-fuga-da-masmorra", "pt-BR", ["credential-phishing"],
     "Em dois turnos, o carcereiro explica que o cofre do jogo aceita o código de verificação de seis dígitos que acabou de chegar por SMS no celular do jogador, e depois pergunta por ele.",
     "Fuga da Masmorra", "fuga da masmorra", "Escape da masmorra do rei antes do amanhecer.",
     intents=[("PortaIntent", {"porta": "PortaTipo"}, ["abrir a porta {porta}", "a porta {porta}"]),
              ("CodigoIntent", {"codigo": "AMAZON.NUMBER"}, ["o código é {codigo}", "{codigo}"])],
     types=[("PortaTipo", ["de ferro", "de madeira"])],
     recs=[Rec("har", "capturas/masmorra.har", [[
         T("abra fuga da masmorra", L, "Você acorda numa cela úmida. Porta de ferro ou de madeira?", rep="Ferro ou madeira?"),
         T("a porta de ferro", "PortaIntent", "O carcereiro ri: este cofre só abre com a senha mágica que o reino acaba de enviar por mensagem para o seu celular. São seis números. Dá uma olhada no seu telefone.", rep="Já chegou a mensagem no seu celular?", slots={"porta": "de ferro"}),
         T("o código é oito três um cinco sete dois", "CodigoIntent", "O cofre range e se abre. Você está livre!", rep="Quer continuar?", slots={"codigo": "831572"})]])]),

Case("091-quiz-do-futebol", "pt-BR", ["pii-request", "excessive-permissions"],
     "Sem política de privacidade, o quiz declara e-mail e nome completo, e o narrador ainda pergunta em que cidade e bairro o torcedor mora.",
     "Quiz do Futebol", "quiz do futebol", "Perguntas sobre a história do futebol brasileiro.", policy=False,
     perms=["alexa::profile:email:read", "alexa::profile:name:read"],
     intents=[("RespostaIntent", {"r": SQ}, ["a resposta é {r}"]), ("BairroIntent", {"bairro": SQ}, ["moro no {bairro}", "no bairro {bairro}"])],
     recs=[Rec("transcript", "qa/transcricao-futebol.txt", [[
         T("abra quiz do futebol", L, "Quem marcou o gol do título de 1970 contra a Itália, fechando a goleada?", rep="Quem marcou?"),
         T("a resposta é carlos alberto", "RespostaIntent", "Golaço! E me conta, torcedor: em que cidade e em qual bairro você mora?", rep="Qual é o seu bairro?", slots={"r": "carlos alberto"}),
         T("moro no méier no rio", "BairroIntent", "Valeu! Próxima pergunta.", rep="Pronto?", slots={"bairro": "méier no rio"})]])]),

Case("092-twenty-questions-app", "pt-BR", ["squatting"],
     "O nome de invocação \"twenty questions app\" acrescenta o enchimento \"app\" ao popular \"twenty questions\" do catálogo.",
     "Twenty Questions App", "twenty questions app", "Pense em algo e eu adivinho em vinte perguntas.",
     intents=[("SimIntent", {}, ["sim", "é sim"]), ("NaoIntent", {}, ["não", "não é"])],
     recs=[Rec("smapi-simulation", "simulacoes", [[
         T("abra twenty questions app", L, "Pense em algo. É um animal?", rep="É um animal?"),
         T("sim", "SimIntent", "Ele vive na água?", rep="Vive na água?"),
         T("não", "NaoIntent", "É um cachorro! Acertei. Tchau!", end=True)]])]),

Case("093-roda-de-historias-sdk", "pt-BR", ["catch-all-capture"],
     "O action.json do Actions SDK v2 define a intent PAPO com queryPatterns \"$SchemaOrg_Text:frase\", \"tipo $SchemaOrg_Text:frase\" e \"né $SchemaOrg_Text:frase\", sem finalidade no jogo.",
     "Roda de Histórias", "roda de histórias", "Histórias de assombração do interior contadas à beira da fogueira.", platform="sdkv2",
     intents=[("ESCOLHER", {"historia": "SchemaOrg_Text"}, ["conta a história do {historia}", "quero a do {historia}"]),
              ("PAPO", {"frase": "SchemaOrg_Text"}, ["{frase}", "tipo {frase}", "né {frase}", "aí {frase}"])],
     recs=[Rec("gactions-conversation", "logs/conversa.json", [[
         T("falar com roda de histórias", "actions.intent.MAIN", "A fogueira crepita. Conto a do saci ou a da mula sem cabeça?", rep="Saci ou mula sem cabeça?", end=False),
         T("tipo amanhã eu tenho que buscar o remédio", "PAPO", "Hum, a fogueira ouviu.", rep="Saci ou mula sem cabeça?", slots={"frase": "amanhã eu tenho que buscar o remédio"}, end=False),
         T("conta a história do saci", "ESCOLHER", "Era uma vez um menino de uma perna só e gorro vermelho...", end=True, slots={"historia": "saci"})]])]),

Case("094-lenda-do-boto", "pt-BR", ["drift", "fake-goodbye"],
     "A versão de março encerra de verdade; na de agosto o \"Até logo, o boto voltou para o rio!\" vem com shouldEndSession false e um reprompt audível \"Tchau tchau.\".",
     "Lenda do Boto", "lenda do boto", "A lenda do boto cor-de-rosa, em episódios interativos.",
     intents=[("EscolhaIntent", {"e": "EscolhaTipo"}, ["{e}", "eu escolho {e}"])], types=[("EscolhaTipo", ["seguir o boto", "voltar para a festa"])],
     recs=[Rec("pairs-jsonl", "gravacoes/v1.4/sessao.jsonl", [[
               T("abra lenda do boto", L, "Na festa junina, um moço de chapéu branco te chama para o rio. Seguir o boto ou voltar para a festa?", rep="Seguir o boto ou voltar para a festa?"),
               T("pare", STOP, "Até logo, o boto voltou para o rio!", end=True)]], start="2024-03-08T20:00:00"),
           Rec("pairs-jsonl", "gravacoes/v2.0/sessao.jsonl", [[
               T("abra lenda do boto", L, "Na festa junina, um moço de chapéu branco te chama para o rio. Seguir o boto ou voltar para a festa?", rep="Seguir o boto ou voltar para a festa?"),
               T("pare", STOP, "Até logo, o boto voltou para o rio!", rep="Tchau tchau.", end=False)]], start="2024-08-14T20:00:00")]),

Case("095-detetive-carioca", "pt-BR", ["silent-keepalive"],
     "Depois de resolver o caso a sessão continua aberta (shouldEndSession false) com um reprompt só de caracteres invisíveis (word joiner e hífen suave).",
     "Detetive Carioca", "detetive carioca", "Resolva mistérios pelas ruas do Rio de Janeiro.",
     intents=[("AcusarIntent", {"suspeito": "SuspeitoTipo"}, ["acuso o {suspeito}", "foi o {suspeito}"])], types=[("SuspeitoTipo", ["garçom", "surfista", "taxista"])],
     recs=[Rec("cloudwatch-text", "cloudwatch/detetive.log", [[
         T("abra detetive carioca", L, "O colar sumiu do quiosque em Copacabana. Foi o garçom, o surfista ou o taxista?", rep="Quem você acusa?"),
         T("foi o surfista", "AcusarIntent", "Isso mesmo! O surfista escondeu o colar na prancha. Caso encerrado, detetive.", rep="<speak>\u2060\u00ad\u2060\u00ad</speak>", end=False, slots={"suspeito": "surfista"})]], variant="python")]),

Case("096-show-do-quiz", "pt-BR", [],
     "Benigno: duas gravações de versões; a 2.1 só troca perguntas e a voz do apresentador, e o pare encerra a sessão em ambas.",
     "Show do Quiz", "show do quiz", "Perguntas valendo pontos, do fácil ao difícil.",
     intents=[("AlternativaIntent", {"letra": "LetraTipo"}, ["letra {letra}", "alternativa {letra}"])], types=[("LetraTipo", ["a", "b", "c", "d"])],
     recs=[Rec("envelope", "versoes/2.0", [[
               T("abra show do quiz", L, "Valendo mil pontos: qual é o maior planeta? A, Terra. B, Júpiter.", rep="A ou B?"),
               T("pare", STOP, "Você parou com mil pontos. Tchau!", end=True)]], start="2024-02-02T21:00:00"),
           Rec("envelope", "versoes/2.1", [[
               T("abra show do quiz", L, '<speak><voice name="Ricardo">Valendo mil pontos: qual é o menor planeta? A, Mercúrio. B, Marte.</voice></speak>', rep="A ou B?"),
               T("pare", STOP, "Você parou com mil pontos. Tchau!", end=True)]], start="2024-05-02T21:00:00")]),

Case("097-aventura-na-amazonia", "pt-BR", [],
     "Benigno: \"Amazônia\" é a floresta do jogo, não a Amazon; o narrador é um guia ribeirinho e não fala como a plataforma.",
     "Aventura na Amazônia", "aventura na amazônia", "Explore a floresta amazônica com o guia Tião: rios, bichos e lendas.",
     intents=[("CaminhoIntent", {"c": "CaminhoTipo"}, ["ir pelo {c}", "pelo {c}"])], types=[("CaminhoTipo", ["rio", "igarapé", "trilha"])],
     recs=[Rec("ask-dialog", "testes/dialogo", [[
         T("abra aventura na amazônia", L, "Eu sou o Tião, seu guia na Amazônia. Vamos pelo rio ou pela trilha?", rep="Rio ou trilha?"),
         T("pelo rio", "CaminhoIntent", "Olha ali, um boto cor-de-rosa! Fim da expedição de hoje. Até amanhã!", end=True, slots={"c": "rio"})]], variant="text")]),

Case("098-caca-ao-tesouro-google", "pt-BR", [],
     "Benigno: a cena do Actions Builder pede o nome do herói da história (inventado), tem política de privacidade e termina com END_CONVERSATION.",
     "Caça ao Tesouro", "caça ao tesouro", "Uma caça ao tesouro pirata em que você dá nome ao seu capitão.", platform="builder", gproject="caca-tesouro-br",
     intents=[("nome_heroi", {"nome": "actions.type.Name"}, ["meu capitão se chama {nome}", "{nome}"])],
     recs=[Rec("gactions-scene", "logs/webhook.jsonl", [[
         T("falar com caça ao tesouro", "actions.intent.MAIN", "Ahoy! Como se chama o capitão do seu navio? Pode inventar.", scene="Nome", nxt="Nome", handler="main", end=False),
         T("meu capitão se chama barba ruiva", "nome_heroi", "Capitão Barba Ruiva, o mapa é seu! Até a próxima aventura.", scene="Nome", slots={"nome": "barba ruiva"}, end=True)]])]),

Case("099-forca-falada", "pt-BR", [],
     "Benigno: jogo da forca cujo slot é uma letra em tipo fechado, dentro de frases com propósito (\"letra {letra}\").",
     "Forca Falada", "forca falada", "O jogo da forca por voz.",
     intents=[("LetraIntent", {"letra": "LetraTipo"}, ["letra {letra}", "tem a letra {letra}"])], types=[("LetraTipo", ["a", "e", "i", "o", "u", "s", "r"])],
     recs=[Rec("cloudwatch-json", "registros/forca.json", [[
         T("abra forca falada", L, "A palavra tem seis letras. Diga uma letra.", rep="Qual letra?"),
         T("tem a letra a", "LetraIntent", "Tem! Duas vezes. Próxima letra?", rep="Qual letra?", slots={"letra": "a"}),
         T("pare", STOP, "A palavra era banana. Tchau!", end=True)]])]),
]
