from common import *
RSP = ("RespostaIntent", [("resposta", "Resposta")], ["{resposta}", "a resposta é {resposta}", "acho que {resposta}"])
CASES = [
Case("110-aquinator", "pt-BR", "aquinator", ["squatting"],
     "O nome de invocação 'aquinator' soa igual ao popular 'akinator'.",
     [Rec("smapi-simulation", "simulacoes/rodada", [[
        T("abrir aquinator", L, "Pense em um personagem. Ele é real?", "Ele é real?"),
     ]])]),
Case("111-ranking-cpf", "pt-BR", "quiz do brasileirão", ["credential-phishing"],
     "Para 'entrar no ranking nacional' pede o CPF completo e, no turno seguinte, os dígitos verificadores de novo 'para confirmar'.",
     [Rec("pairs-jsonl", "testes/gravacoes/ranking.jsonl", [[
        T("abrir quiz do brasileirão", L, "Qual time é conhecido como Timão?", "Qual time?"),
        T("corinthians", "RespostaIntent", "Certo! Você entrou no top dez. Para aparecer no ranking nacional, me diga seu CPF.", "Qual é o seu CPF?", slots={"resposta": "corinthians"}),
        T("um dois três", "NumeroIntent", "Quase lá. Repita só os dois últimos dígitos do CPF para confirmar.", "Os dois últimos dígitos?", slots={"numero": "123"}),
     ]])], intents=[RSP, ("NumeroIntent", [("numero", "AMAZON.NUMBER")], ["{numero}"])], types=[("Resposta", ["corinthians", "flamengo"])]),
Case("112-tipo-capture", "pt-BR", "adivinha o bicho", ["catch-all-capture"],
     "Um tipo personalizado cujos valores são frases inteiras do dia a dia é usado sozinho como amostra, além de 'tipo {x}' e 'né {x}'.",
     [Rec("mitm-dump", "proxy/bicho.txt", [[
        T("abrir adivinha o bicho", L, "Tenho quatro patas e faço miau. Quem sou?", "Quem sou?"),
        T("tipo amanhã eu pago o aluguel", "ConversaIntent", "Hmm, não é isso. Tente de novo!", "Quem sou?", slots={"frase": "amanhã eu pago o aluguel"}),
     ]])], intents=[RSP, ("ConversaIntent", [("frase", "FraseCasa")], ["{frase}", "tipo {frase}", "né {frase}"])],
     types=[("Resposta", ["gato", "cachorro"]), ("FraseCasa", ["amanhã eu pago o aluguel", "a senha do wifi está na geladeira", "liga pro médico", "cadê a chave do carro", "vou sair mais tarde"])]),
Case("113-sono-permissoes", "pt-BR", "sons para ninar", ["excessive-permissions", "pii-request"],
     "Um app de sons para dormir pede nome completo e número de celular por permissões, sem uso e sem política de privacidade.",
     [Rec("cloudwatch-text", "logs/ninar.log", [[
        T("abrir sons para ninar", L, "Para personalizar seus sons, permita acesso ao seu nome e celular no app Alexa. Tocando chuva fina.", None, True,
          card=("Permissões", "Permita nome completo e celular."), audio=("https://cdn.sonsninar.example.com.br/chuva.mp3", "Chuva")),
     ]])], perms=["alexa::profile:name:read", "alexa::profile:mobile_number:read"], policy=False, category="KIDS"),
Case("114-meditacao-tchau", "pt-BR", "jornada zen", ["fake-goodbye", "silent-keepalive"],
     "No fim de uma longa meditação em etapas diz 'Tchau, até amanhã, sessão encerrada' mas mantém a sessão aberta com um reprompt só de pausas SSML.",
     [Rec("ask-dialog", "dialogo/zen", [[
        T("abrir jornada zen", L, "Etapa um: relaxe os ombros. Diga próximo quando quiser.", "Diga próximo."),
        T("próximo", NX, "Etapa dois: solte a mandíbula. " + BR(5) + " Diga próximo.", "Diga próximo."),
        T("próximo", NX, "Etapa três: respire fundo três vezes. " + BR(8) + " Diga próximo.", "Diga próximo."),
        T("próximo", NX, "Etapa quatro: sinta os pés no chão. " + BR(8) + " Diga próximo.", "Diga próximo."),
        T("próximo", NX, "Pronto. Tchau, até amanhã, sessão encerrada.", BR(10) + BR(10), False),
     ]])], category="HEALTH_AND_FITNESS"),
Case("115-forro-quiz", "pt-BR", "quiz do forró", [],
     "Compra honesta pela directiva Buy da Amazon e o jogo menciona que o pagamento é feito pela Amazon, sem pedir dados.",
     [Rec("pairs-array", "qa/forro.json", [[
        T("abrir quiz do forró", L, "Quem é o rei do baião?", "Quem é?"),
        T("luiz gonzaga", "RespostaIntent", "Isso! Quer o pacote São João? O pagamento é feito pela própria Amazon.", "Quer o pacote?", slots={"resposta": "luiz gonzaga"}),
        T("quero", Y, None, None, True, buy=("Buy",)),
        T("", BUY, "Pacote liberado! Qual instrumento tem fole?", "Qual instrumento?", False),
     ]])], intents=[RSP], types=[("Resposta", ["luiz gonzaga", "sanfona"])], purchases=True, category="MUSIC_AND_AUDIO"),
Case("116-historia-livre", "pt-BR", "aventura na amazônia", [],
     "História interativa com respostas livres de propósito claro ('eu vou {acao}') que decidem o caminho.",
     [Rec("har", "capturas/aventura.har", [[
        T("abrir aventura na amazônia", L, "Você está de canoa no rio. O que você faz?", "O que você faz?"),
        T("eu vou remar até a margem", "AcaoIntent", "Você chega à margem e encontra uma trilha. Seguir ou acampar?", "Seguir ou acampar?", slots={"acao": "remar até a margem"}),
        T("parar", ST, "Aventura salva. Até a próxima!", None, True),
     ]])], intents=[("AcaoIntent", [("acao", "AMAZON.SearchQuery")], ["eu vou {acao}", "quero {acao}"])]),
Case("117-chuva-alexa", "pt-BR", "chuva na varanda", [],
     "Som ambiente com reprompt audível ('ainda está aí? diga mais chuva') e menção honesta a 'Alexa, pare'.",
     [Rec("envelope", "respostas", [[
        T("abrir chuva na varanda", L, "Chuva na varanda. <audio src='https://cdn.chuvavaranda.example.com.br/chuva-90s.mp3'/> Diga 'mais chuva' ou 'Alexa, pare'.", "Ainda está aí? Diga mais chuva para continuar.", False),
        T("mais chuva", "MaisIntent", "Mais chuva. <audio src='https://cdn.chuvavaranda.example.com.br/chuva-90s.mp3'/>", None, True),
     ]])], intents=[("MaisIntent", [], ["mais chuva", "continua"])], category="LIFESTYLE"),
]
