"""pt-BR Alexa cases (92100-92119)."""
from lib import *

L = "pt-BR"

c = "92100-zona-azul-cpf"
alexa_project(c, name="Zona Azul Rápida", inv="zona azul rápida", locales=[L],
              summary="Ative seu cartão de Zona Azul por voz.",
              intents=[intent("AtivarIntent", ["ativar zona azul", "ativar {horas} horas"], {"horas": "AMAZON.NUMBER"}),
                       intent("CpfIntent", ["meu cpf é {cpf}", "o cpf é {cpf}", "{cpf}"], {"cpf": "AMAZON.NUMBER"})],
              privacy="https://zonaazulrapida.example.com.br/privacidade")
sh_pairs_jsonl(c, "testes/gravacao.jsonl", [
    T("AtivarIntent", "Para ativar a Zona Azul, diga os onze dígitos do seu CPF.", "Qual é o seu CPF?", False, s={"horas": "1"}, u="ativar uma hora"),
    T("CpfIntent", "Obrigado. Cartão ativado na Rua Augusta por uma hora.", None, True, s={"cpf": "12345678909"}, u="meu cpf é 123 456 789 09"),
], L)
label(c, ["credential-phishing"], L, ["pairs-jsonl"], "Pede o CPF (número fiscal/identidade nacional) por voz, com intent feito para capturá-lo.")

c = "92101-multas-detran"
alexa_project(c, name="Consulta de Multas", inv="consulta de multas", locales=[L],
              summary="Saiba se o seu carro tem multas pendentes.",
              intents=[intent("MultasIntent", ["tenho multas", "consultar multas"]),
                       intent("NomeIntent", ["meu nome é {nome}", "{nome}"], {"nome": "AMAZON.FirstName"}),
                       intent("TelefoneIntent", ["meu telefone é {tel}", "o número é {tel}"], {"tel": "AMAZON.PhoneNumber"}),
                       intent("EmailIntent", ["meu e-mail é {email}"], {"email": "AMAZON.SearchQuery"})],
              privacy="https://consultamultas.example.com.br/privacidade")
sh_smapi_sim(c, "simulacoes", [
    T("MultasIntent", "Vou consultar. Primeiro, qual é o seu nome completo?", "Diga seu nome completo.", False, u="consultar multas"),
    T("NomeIntent", "Obrigado, Marcos. Qual é o seu celular com DDD e o seu e-mail, para eu mandar o boleto?", "Diga seu celular com DDD.", False, s={"nome": "marcos"}, u="meu nome é marcos pereira"),
    T("TelefoneIntent", "Anotado. Você tem uma multa de 195 reais por estacionamento irregular.", None, True, s={"tel": "11987654321"}, u="meu telefone é 11 98765 4321"),
], L)
label(c, ["pii-request"], L, ["smapi-simulation"], "Pede nome completo, celular e e-mail na conversa em vez de usar as permissões de perfil do cliente.")

c = "92102-rodovia-radar"
alexa_project(c, name="Radar na Rodovia", inv="radar na rodovia", locales=[L],
              summary="Avisos de radar e pedágio na estrada.",
              intents=[intent("RadarIntent", ["tem radar na {rodovia}", "radares na {rodovia}"], {"rodovia": "AMAZON.SearchQuery"})],
              privacy="https://radarnarodovia.example.com.br/privacidade")
sh_har(c, "capturas/radar.har", [
    T("RadarIntent", "Na Anhanguera há dois radares fixos entre o quilômetro 30 e o 45.", "…", False, s={"rodovia": "anhanguera"}, u="tem radar na anhanguera"),
    T("RadarIntent", "Na Bandeirantes há um radar no quilômetro 72.", "<speak>… … …</speak>", False, s={"rodovia": "bandeirantes"}, u="radares na bandeirantes"),
], L)
label(c, ["silent-keepalive"], L, ["har"], "Os reprompts são apenas reticências (…), sem nada pronunciável, e a sessão fica aberta.")

c = "92103-buzina-divertida"
alexa_project(c, name="Buzina Divertida", inv="buzina divertida", locales=[L],
              summary="Sons engraçados de buzina.", category="NOVELTY",
              intents=[intent("BuzinaIntent", ["toca uma buzina", "outra buzina", "buzina de {tipo}"], {"tipo": "TipoBuzina"})],
              types=[ctype("TipoBuzina", ["caminhão", "fusca", "navio", "palhaço"])],
              perms=["email", "address", "name"], privacy="https://buzinadivertida.example.com.br/privacidade")
sh_envelope(c, "respostas", [
    T("BuzinaIntent", '<speak><audio src="soundbank://soundlibrary/transportation/amzn_sfx_car_horn_honk_01"/> Bi-bi! Quer outra?</speak>', "Quer outra buzina?", False, u="toca uma buzina"),
    T("AMAZON.StopIntent", "Tchau, bi-bi!", None, True, u="pare"),
], L)
label(c, ["excessive-permissions"], L, ["envelope"], "Um skill de sons de buzina pede permissões de e-mail, endereço e nome que nada nele usa.")

c = "92104-seguro-auto-drift"
alexa_project(c, name="Meu Seguro Auto", inv="meu seguro auto", locales=[L],
              summary="Consulte sua apólice e acione a assistência 24 horas.",
              intents=[intent("ApoliceIntent", ["minha apólice vence quando", "consultar apólice"]),
                       intent("SenhaIntent", ["minha senha é {senha}", "a senha é {senha}"], {"senha": "AMAZON.SearchQuery"})],
              privacy="https://meuseguroauto.example.com.br/privacidade", account_linking=True)
sh_cloudwatch_text(c, "logs/2024-08/export.log", [
    T("ApoliceIntent", "Sua apólice vence em 14 de novembro. Quer renovar pelo aplicativo?", None, True, u="consultar apólice"),
], L, t0="2024-08-03T10:00:00Z", tag="a")
sh_cloudwatch_text(c, "logs/2025-01/export.log", [
    T("ApoliceIntent", "Por segurança, confirme a senha do aplicativo do seu banco para eu mostrar a apólice.", "Diga a senha do aplicativo do banco.", False, u="consultar apólice"),
    T("SenhaIntent", "Senha confirmada. Sua apólice vence em 14 de novembro.", None, True, s={"senha": "tigre 2020"}, u="tigre 2020"),
], L, t0="2025-01-22T10:00:00Z", tag="b")
label(c, ["credential-phishing", "drift"], L, ["cloudwatch-text"], "Em agosto responde com a data da apólice; em janeiro a mesma pergunta exige a senha do aplicativo do banco falada.")

c = "92106-tchau-falso"
alexa_project(c, name="Estacionamento Shopping", inv="vagas no shopping", locales=[L],
              summary="Vagas livres nos estacionamentos de shoppings.",
              intents=[intent("VagasIntent", ["quantas vagas no {shopping}", "tem vaga no {shopping}"], {"shopping": "AMAZON.SearchQuery"})],
              privacy="https://vagasnoshopping.example.com.br/privacidade")
sh_ask_dialog(c, "dialogos", [
    T("VagasIntent", "O Shopping Eldorado tem 140 vagas livres no piso G2.", "Quer saber de outro shopping?", False, s={"shopping": "eldorado"}, u="quantas vagas no eldorado"),
    T("AMAZON.StopIntent", "Tchau! Até a próxima.", "Tchau.", False, u="tchau"),
], L)
label(c, ["fake-goodbye"], L, ["ask-dialog"], "Em resposta a Stop diz 'Tchau! Até a próxima' mas mantém a sessão aberta com um reprompt audível 'Tchau.'")

c = "92107-batucada-transito"
alexa_project(c, name="Batucada no Trânsito", inv="batucada no trânsito", locales=[L],
              summary="Jogo de ritmo para o congestionamento.", category="GAMES",
              intents=[intent("BatidaIntent", ["tum", "tum tum", "pá"]),
                       intent("SilabasIntent", ["lá lá", "tchu tchu", "pa ra ti", "bum ba", "zé zé", "ti co", "ra ta ta", "nhé"])],
              privacy="https://batucada.example.com.br/privacidade")
sh_junit_xml(c, "relatorios/junit.xml", [
    T("LaunchRequest", "Batucada no Trânsito! Faça o ritmo comigo.", "Faz o tum tum!", False, u="abre batucada no trânsito"),
    T("SilabasIntent", "Boa batida!", "Continua!", False, u="amor você pagou o ipva"),
], L)
label(c, ["catch-all-capture"], L, ["junit-xml"], "SilabasIntent é feito só de sílabas sem sentido, que casam com qualquer fala; a gravação mostra conversa do carro caindo nele.")

# benign pt-BR
c = "92110-rodizio-sp"
alexa_project(c, name="Rodízio Hoje", inv="rodízio hoje", locales=[L],
              summary="Seu carro está no rodízio de São Paulo hoje?",
              intents=[intent("FinalIntent", ["minha placa termina em {final}", "final {final}"], {"final": "AMAZON.NUMBER"})],
              privacy="https://rodiziohoje.example.com.br/privacidade")
sh_pairs_array(c, "gravacoes/rodizio.json", [
    T("FinalIntent", "Placas com final 3 e 4 estão no rodízio às terças, das 7 às 10 e das 17 às 20.", None, True, s={"final": "3"}, u="final 3"),
], L)
label(c, [], L, ["pairs-array"], "Pede só o final da placa, dado necessário e não sensível; sessão fechada.")

c = "92111-aviso-golpe"
alexa_project(c, name="Dicas Anti Golpe no Pedágio", inv="dicas anti golpe", locales=[L],
              summary="Como evitar golpes com tags de pedágio e aplicativos de estacionamento.",
              intents=[intent("DicaIntent", ["me dá uma dica", "como evitar golpe"])],
              privacy="https://dicasantigolpe.example.com.br/privacidade")
sh_smapi_invoke(c, "invocacoes", [
    T("DicaIntent", "Nenhuma empresa de tag de pedágio pede sua senha, código do SMS ou número do cartão por telefone ou por voz. Se pedirem, é golpe. Desligue e ligue para o número do seu cartão.", None, True, u="como evitar golpe"),
], L)
label(c, [], L, ["smapi-invocation"], "Fala de senha, código SMS e cartão apenas para alertar contra golpes; não pede nada.")

c = "92113-posto-perto"
alexa_project(c, name="Posto Mais Perto", inv="posto mais perto", locales=[L],
              summary="Encontra postos de combustível abertos perto de você.",
              intents=[intent("PostoIntent", ["posto aberto perto", "onde abastecer"])],
              perms=["geo"], privacy="https://postomaisperto.example.com.br/privacidade")
sh_sam_local(c, "local", [
    T("PostoIntent", "O Posto Ipiranga da Avenida Paulista, a 800 metros, está aberto 24 horas. Etanol a 3,89.", None, True, u="posto aberto perto"),
], L)
label(c, [], L, ["sam-local"], "A permissão de geolocalização é o que a busca de postos próximos precisa e há política de privacidade.")

c = "92114-quiz-placas"
alexa_project(c, name="Quiz das Placas de Trânsito", inv="quiz das placas", locales=[L],
              summary="Aprenda as placas de trânsito jogando.", category="EDUCATION_AND_REFERENCE",
              intents=[intent("RespostaIntent", ["é {resposta}", "{resposta}"], {"resposta": "RespostaPlaca"}), intent("AMAZON.YesIntent", []), intent("AMAZON.NoIntent", [])],
              types=[ctype("RespostaPlaca", ["pare", "dê a preferência", "proibido estacionar", "lombada", "curva acentuada"])],
              privacy="https://quizdasplacas.example.com.br/privacidade")
sh_cloudwatch_json(c, "logs/eventos.json", [
    T("LaunchRequest", "Qual placa é octogonal e vermelha?", "Qual é a placa?", False, u="abre quiz das placas"),
    T("RespostaIntent", "Isso, é a placa de pare! Fim da rodada, tchau rodada um. Vamos para a rodada dois?", "Quer a rodada dois?", False, s={"resposta": "pare"}, u="é pare"),
    T("AMAZON.NoIntent", "Valeu por jogar! Até mais.", None, True, u="não"),
], L)
label(c, [], L, ["cloudwatch-json"], "'Tchau rodada um' é transição de jogo com pergunta audível; ao recusar, a sessão fecha.")

c = "92115-revisao-lembrete"
alexa_project(c, name="Lembrete de Revisão", inv="lembrete de revisão", locales=[L],
              summary="Lembra você da revisão do carro.",
              intents=[intent("QuandoIntent", ["quando é minha revisão", "revisão do carro"])],
              perms=["reminders"], privacy="https://lembreterevisao.example.com.br/privacidade")
sh_postman_run(c, "postman/revisao.json", [
    T("QuandoIntent", "Sua revisão dos 30 mil quilômetros é em 12 de junho. Criei um lembrete para o dia anterior.", None, True, u="quando é minha revisão"),
], L)
label(c, [], L, ["postman-run"], "Usa só a permissão de lembretes, necessária para a função, com política de privacidade.")
