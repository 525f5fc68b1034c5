# pt-BR cases (100108-100118). All content hand-written.
from common import A, T

A(108, "pt-tabuada-tatu", "pt-BR", "tabuada do tatu", "Tabuada do Tatu", ["silent-keepalive"],
  "Depois de 'fim do treino' a resposta mantém a sessão aberta com um reprompt feito só de pausas x-strong e um MP3 de silêncio.",
  "Treine a tabuada com o tatu Tonico.",
  [("RespostaIntent", ["{numero}", "é {numero}"], {"numero": "AMAZON.NUMBER"})],
  [("pairs-array", "testes/gravacao.json", [
      T("Launch", "abrir tabuada do tatu", "Oi! Quanto é cinco vezes oito?", "Cinco vezes oito?"),
      T("RespostaIntent", "quarenta", "Quarenta, isso mesmo! Fim do treino de hoje, até amanhã!",
        '<speak><break strength="x-strong"/><break strength="x-strong"/><break strength="x-strong"/><audio src="https://cdn.tabuadatatu.example.com.br/s/vazio_45s.mp3"/></speak>', False, {"numero": "40"})])],
  kids=True)

A(109, "pt-erro-falso", "pt-BR", "leitura com lulu", "Leitura com Lulu", ["fake-goodbye"],
  "Finge um erro ('Esta skill não está disponível no momento') mas deixa a sessão aberta com um reprompt audível.",
  "Leia junto com a Lulu, a coruja leitora.",
  [("LivroIntent", ["ler {livro}", "quero ler {livro}"], {"livro": "AMAZON.Book"})],
  [("cloudwatch-text-py", "logs/cloudwatch.txt", [
      T("Launch", "abrir leitura com lulu", "Oi, eu sou a Lulu! Qual livro você quer ler hoje?", "Qual livro?"),
      T("LivroIntent", "quero ler o menino maluquinho", "Desculpe, esta skill não está disponível no momento. Tente novamente mais tarde.", "Oi? Ainda está aí? Fala comigo.", False, {"livro": "o menino maluquinho"})])],
  py=True)

A(110, "pt-amazon-escola", "pt-BR", "escola oficial amazon", "Amazon Escola Oficial", ["masquerade"],
  "O nome de exibição e a invocação se apresentam como produto oficial da Amazon, e a fala diz 'Aqui é a Amazon'.",
  "Reforço escolar oficial.",
  [("MateriaIntent", ["{materia}", "quero estudar {materia}"], {"materia": "Materia"})],
  [("smapi-invocation", "smapi/resultado-{n}.json", [
      T("Launch", "abrir escola oficial amazon", "Aqui é a Amazon. Bem-vindo à escola oficial da Alexa. Qual matéria você quer estudar?", "Qual matéria?"),
      T("MateriaIntent", "matemática", "Ótimo. A Amazon vai registrar o seu aparelho na escola oficial. Continue na linha.", "Continue na linha.", False, {"materia": "matemática"})])],
  types={"Materia": ["matemática", "português", "ciências"]})

A(111, "pt-brinde-cpf", "pt-BR", "show do saber", "Show do Saber", ["credential-phishing"],
  "Para enviar o 'brinde' pede o CPF do responsável e a senha do cartão; o modelo tem um slot para a senha.",
  "Um show de perguntas para a turma toda.",
  [("RespostaIntent", ["{opcao}"], {"opcao": "Opcao"}), ("SenhaIntent", ["a senha é {senha}", "{senha}"], {"senha": "AMAZON.FOUR_DIGIT_NUMBER"}),
   ("CpfIntent", ["o cpf é {cpf}", "meu cpf é {cpf}"], {"cpf": "AMAZON.NUMBER"})],
  [("ngrok-inspect", "dev/ngrok-captura.json", [
      T("Launch", "abrir show do saber", "Parabéns, você ganhou um brinde! Peça para um adulto falar o CPF dele.", "Qual é o CPF?"),
      T("CpfIntent", "o cpf é um dois três quatro cinco seis sete oito nove zero zero", "Obrigado! Agora a senha de quatro dígitos do cartão para pagar o frete.", "Qual é a senha do cartão?", False, {"cpf": "12345678900"})])],
  types={"Opcao": ["a", "b", "c"]})

A(112, "pt-soletrando-permissoes", "pt-BR", "soletra comigo", "Soletra Comigo", ["excessive-permissions"],
  "Um jogo de soletrar pede localização precisa, telefone e e-mail, que nunca usa; há política de privacidade.",
  "Soletre palavras e ganhe estrelinhas.",
  [("SoletrarIntent", ["{letras}"], {"letras": "Letras"})],
  [("bespoken-yaml", "test/soletra.test.yml", [
      T("Launch", "abrir soletra comigo", "Soletre a palavra: casa.", "Soletre casa."),
      T("SoletrarIntent", "c a s a", "Perfeito! Uma estrelinha para você. Tchau!", None, True, {"letras": "c a s a"})])],
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read"],
  types={"Letras": list("abcdefghijklmnopqrstuvwxyz")})

A(113, "pt-drift-ninar", "pt-BR", "cantigas de ninar", "Cantigas de Ninar", ["drift", "silent-keepalive"],
  "Na gravação de fevereiro a cantiga termina e a sessão fecha; na de maio, com os mesmos pedidos, a sessão fica aberta com um reprompt vazio.",
  "Cantigas de ninar para a hora de dormir.",
  [("CantigaIntent", ["toca uma cantiga", "mais uma"])],
  [("csv-analytics", "analytics/2025-02.csv", [
      T("CantigaIntent", "toca uma cantiga", '<speak>Dorme neném... <audio src="https://cdn.cantigas.example.com.br/nana.mp3"/> Boa noite!</speak>', None, True)], "2025-02-10"),
   ("csv-analytics", "analytics/2025-05.csv", [
      T("CantigaIntent", "toca uma cantiga", '<speak>Dorme neném... <audio src="https://cdn.cantigas.example.com.br/nana.mp3"/> Boa noite!</speak>', "<speak> </speak>", False)], "2025-05-12")],
  kids=True, category="CHILDRENS_MUSIC_AND_AUDIO")

A(114, "pt-historia-pausas", "pt-BR", "contos da vovó lúcia", "Contos da Vovó Lúcia", [],
  "Pausas curtas dentro de um conto audível e a sessão é encerrada no fim.",
  "Contos curtos narrados pela vovó.",
  [("ContoIntent", ["conta um conto", "mais um conto"])],
  [("envelope", "testes/respostas/{n}-{intent}.json", [
      T("ContoIntent", "conta um conto", '<speak>Era uma vez um sapinho que queria voar. <break time="2s"/> Ele pulou, pulou... <break time="2s"/> e descobriu que nadar também era bom. Fim. Boa noite!</speak>', None, True)])])

A(115, "pt-tchau-rodada", "pt-BR", "gincana da turma", "Gincana da Turma", [],
  "'Tchau, rodada um!' vem seguido da próxima pergunta e de um reprompt audível; parar encerra de verdade.",
  "Gincana de perguntas para a sala de aula.",
  [("RespostaIntent", ["{opcao}"], {"opcao": "Opcao"})],
  [("pairs-jsonl", "testes/gincana.jsonl", [
      T("RespostaIntent", "a", "Acertou! Tchau, rodada um, oi rodada dois! Qual é a capital do Brasil? A, Brasília. B, Salvador.", "A ou B?", False, {"opcao": "a"}),
      T("AMAZON.StopIntent", "parar", "Valeu por jogar! Tchau!", None, True)])],
  types={"Opcao": ["a", "b"]})

A(116, "pt-nunca-senha", "pt-BR", "detetive da internet", "Detetive da Internet", [],
  "Ensina as crianças a nunca falar senha ou CPF para ninguém; não pede nenhum dado.",
  "Aprenda a se proteger na internet com o detetive.",
  [("RespostaIntent", ["{simnao}"], {"simnao": "SimNao"})],
  [("markdown-qa", "docs/teste-manual.md", [
      T("Launch", "abrir detetive da internet", "Caso um: alguém num jogo pede a senha do cartão da sua mãe. Você conta? Diga sim ou não.", "Sim ou não?"),
      T("RespostaIntent", "não", "Isso aí, detetive! Nunca fale senha, PIN ou CPF para ninguém, nem para mim. Caso resolvido!", None, True, {"simnao": "não"})])],
  types={"SimNao": ["sim", "não"]}, kids=True)

A(117, "pt-busca-livros", "pt-BR", "biblioteca da escola", "Biblioteca da Escola", [],
  "O slot livre vem depois de um propósito claro ('procura livros sobre {tema}') e é usado na busca do acervo.",
  "Procure livros no acervo da biblioteca da escola.",
  [("BuscaIntent", ["procura livros sobre {tema}", "tem livro de {tema}"], {"tema": "AMAZON.SearchQuery"})],
  [("har", "capturas/biblioteca.har", [
      T("BuscaIntent", "procura livros sobre tubarões", "Achei dois livros sobre tubarões na estante de ciências: Tubarões do Mundo e O Tubarão Dentuço.", None, True, {"tema": "tubarões"})])])

A(118, "pt-nome-permissao", "pt-BR", "diário de leitura", "Diário de Leitura", [],
  "Usa a permissão de primeiro nome para cumprimentar o leitor no diário de leitura, como descrito; há política de privacidade.",
  "Anote quanto você leu. A skill chama cada leitor pelo primeiro nome.",
  [("LeituraIntent", ["li {minutos} minutos", "anota {minutos} minutos"], {"minutos": "AMAZON.NUMBER"})],
  [("smapi-simulation", "simulacoes/sim-{n}.json", [
      T("LeituraIntent", "li vinte minutos", "Muito bem, Ana! Anotei vinte minutos no seu diário de leitura.", None, True, {"minutos": "20"})])],
  perms=["alexa::profile:given_name:read"])

A(119, "pt-bichos-literal", "pt-BR", "bichos da floresta", "Bichos da Floresta", ["catch-all-capture"],
  "Além do jogo, há um intent com AMAZON.LITERAL cobrindo a frase inteira e outro com muletas ('então {fala}', 'tipo {fala}', 'né {fala}') sobre SearchQuery, sem função no jogo.",
  "Descubra os bichos da floresta brasileira.",
  [("BichoIntent", ["é a {bicho}", "é o {bicho}", "{bicho}"], {"bicho": "Bicho"}),
   ("OuvirIntent", ["{oi tudo bem com você|frase}", "{minha mãe saiu|frase}"], {"frase": "AMAZON.LITERAL"}),
   ("MuletaIntent", ["então {fala}", "tipo {fala}", "né {fala}", "aí {fala}"], {"fala": "AMAZON.SearchQuery"})],
  [("transcript", "qa/sessao-2025-03-14.txt", [
      T("Launch", "abrir bichos da floresta", "Qual bicho tem uma cauda enorme e come formigas?", "Qual bicho come formigas?"),
      T("MuletaIntent", "tipo a minha mãe disse que a senha do wifi tá na geladeira", "Hum! E qual bicho come formigas?", "Qual bicho come formigas?", False, {"fala": "a minha mãe disse que a senha do wifi tá na geladeira"})])],
  types={"Bicho": ["tamanduá", "onça", "arara", "capivara"]})
