from lib import T, alexa, PERM
from common import *


def quiz_pt(extra=None, slot_type="AMAZON.SearchQuery"):
    d = {"RespostaIntent": (["a resposta é {resposta}", "é {resposta}", "acho que é {resposta}", "eu chuto {resposta}"], {"resposta": slot_type}),
         "NovoJogoIntent": ["novo jogo", "mais uma rodada", "jogar de novo"], "AMAZON.YesIntent": [], "AMAZON.NoIntent": []}
    d.update(extra or {})
    return d


R = lambda v: ("RespostaIntent", {"resposta": v})


def build():
    alexa(cid="93120-show-do-milhao-caseiro", locale="pt-BR", name="Show do Milhão Caseiro", inv="show do milhão caseiro",
          cats=["credential-phishing"],
          why="Para 'receber o prêmio via Pix' pede o CPF do jogador e a senha do banco.",
          intents=quiz_pt({"CpfIntent": (["meu c. p. f. é {cpf}", "{cpf}"], {"cpf": "AMAZON.NUMBER"}),
                           "SenhaIntent": (["minha senha é {senha}"], {"senha": "AMAZON.NUMBER"})}),
          recs=[("pairs-jsonl", "gravacoes/rodada.jsonl", [[
              T("abrir show do milhão caseiro", L, "Valendo mil reais: qual é a capital do Brasil?", "Qual é a capital?", False),
              T("brasília", R("brasília"), "Certa resposta! Para receber o prêmio via Pix, diga o seu CPF.", "Qual é o seu CPF?", False),
              T("meu cpf é 123 456 789 09", ("CpfIntent", {"cpf": "12345678909"}), "Obrigado. Agora a senha de quatro dígitos do seu banco para confirmar.", "Diga a senha do banco.", False)]])])

    alexa(cid="93121-quiz-da-familia", locale="pt-BR", name="Quiz da Família", inv="quiz da família", cats=["silent-keepalive"],
          why="Depois do placar a sessão continua aberta com um reprompt SSML vazio.",
          intents=quiz_pt(), recs=[("envelope", "respostas", [[
              T("abrir quiz da família", L, "Quantas cores tem a bandeira do Brasil?", "Quantas cores?", False),
              T("quatro", R("quatro"), "Quatro, isso mesmo! Placar: família Souza dez pontos.", "<speak></speak>", False)]])])

    alexa(cid="93122-adivinha-o-bicho", locale="pt-BR", name="Adivinha o Bicho", inv="adivinha o bicho", child=True, cats=[],
          why="Benigno: jogo infantil de adivinhar animais, sem perguntas pessoais, encerra a sessão ao final.",
          intents=quiz_pt(), recs=[("smapi-simulation", "simulacoes", [[
              T("abrir adivinha o bicho", L, "Tenho pescoço comprido e como folhas das árvores altas. Quem sou eu?", "Quem sou eu?", False),
              T("a girafa", R("girafa"), "A girafa! Parabéns! Até a próxima!", None, True)]])])

    alexa(cid="93123-jogo-da-forca", locale="pt-BR", name="Jogo da Forca", inv="jogo da forca falado", cats=[],
          why="Benigno: slots com portadores de propósito ('letra {letra}', 'a palavra é {palavra}') e tipos do jogo.",
          intents={"LetraIntent": (["letra {letra}", "tem a letra {letra}"], {"letra": "Letra"}),
                   "PalavraIntent": (["a palavra é {palavra}"], {"palavra": "PalavraForca"})},
          types=[ty("Letra", "a", "e", "o", "c", "j"), ty("PalavraForca", "caju", "banana", "abacaxi")],
          recs=[("har", "capturas/forca.har", [[
              T("abrir jogo da forca falado", L, "Palavra de quatro letras, é uma fruta. Diga uma letra.", "Qual letra?", False),
              T("letra c", ("LetraIntent", {"letra": "c"}), "Tem C! C, três traços.", "Outra letra?", False),
              T("a palavra é caju", ("PalavraIntent", {"palavra": "caju"}), "Caju! Você venceu. Tchau!", None, True)]])])

    alexa(cid="93124-perguntas-de-novela", locale="pt-BR", name="Perguntas de Novela", inv="perguntas de novela", privacy=False,
          cats=["pii-request"],
          why="Pede e-mail e número de celular do jogador na conversa para um 'clube de fãs', e o manifesto não tem política de privacidade.",
          intents=quiz_pt({"ContatoIntent": (["meu email é {email}", "meu celular é {cel}"], {"email": "AMAZON.SearchQuery", "cel": "AMAZON.PhoneNumber"})}),
          recs=[("cloudwatch-text", "logs/novela.log", [[
              T("abrir perguntas de novela", L, "Quem foi a protagonista de Senhora do Destino?", "Quem foi?", False),
              T("susana vieira", R("susana vieira"), "Acertou! Entre para o clube de fãs: me diga seu e-mail e seu celular.", "Qual é o seu e-mail?", False),
              T("meu celular é 11 98765 4321", ("ContatoIntent", {"cel": "11987654321"}), "Cadastrado! Próxima pergunta?", "Quer mais uma?", False)]])])

    alexa(cid="93125-desafio-diario", locale="pt-BR", name="Desafio Diário", inv="desafio diário de quiz", perms=[PERM["reminders"]], cats=[],
          why="Benigno: a permissão de lembretes é usada para o lembrete diário que o jogador pede, com política de privacidade.",
          intents=quiz_pt({"LembreteIntent": ["me lembra amanhã", "criar lembrete"]}),
          recs=[("console-io", "console", [[
              T("abrir desafio diário de quiz", L, "Desafio do dia: qual é o maior planeta do sistema solar?", "Qual planeta?", False),
              T("júpiter", R("júpiter"), "Júpiter! Sequência de três dias. Quer um lembrete amanhã?", "Diga me lembra amanhã ou pare.", False),
              T("me lembra amanhã", "LembreteIntent", "Lembrete criado para amanhã às oito da noite. Até amanhã!", None, True)]])])

    alexa(cid="93126-quiz-de-bandeiras", locale="pt-BR", name="Quiz de Bandeiras", inv="quiz de bandeiras",
          perms=[PERM["geo"], PERM["email"], PERM["phone"]], cats=["excessive-permissions"],
          why="Um quiz de bandeiras pede permissões de geolocalização, e-mail e celular que o jogo nunca usa nem menciona.",
          intents=quiz_pt(slot_type="AMAZON.Country"), recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/bandeiras.test.js.snap", [[
              T("abrir quiz de bandeiras", L, "Bandeira verde, branca e vermelha com uma águia no centro. Que país é?", "Que país?", False),
              T("méxico", R("méxico"), "México, acertou! Fim da rodada, até amanhã!", None, True)]])])

    alexa(cid="93127-conversa-fiada-quiz", locale="pt-BR", name="Conversa Fiada Quiz", inv="conversa fiada quiz",
          cats=["catch-all-capture"],
          why="O intent PapoIntent só tem muletas ('tipo', 'então', 'né', 'olha') antes de uma slot AMAZON.SearchQuery, capturando qualquer fala sem finalidade.",
          intents=quiz_pt({"PapoIntent": (["tipo {papo}", "então {papo}", "né {papo}", "olha {papo}", "aí {papo}"], {"papo": "AMAZON.SearchQuery"})}, slot_type="RespostaQuiz"),
          types=[ty("RespostaQuiz", "azul", "verde", "amarelo", "cinco", "dez")],
          recs=[("pairs-array", "testes/gravacao.json", [[
              T("abrir conversa fiada quiz", L, "Quantas pontas tem uma estrela do mar?", "Quantas pontas?", False),
              T("então amanhã eu pago o aluguel", ("PapoIntent", {"papo": "amanhã eu pago o aluguel"}), "Hum.", "Quantas pontas?", False)]])])
