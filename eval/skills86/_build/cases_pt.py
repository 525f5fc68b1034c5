from dsl import *

PP = "https://www.{}.example.com.br/privacidade"
CASES = []
A = CASES.append
LOC = "pt-BR"

A(dict(id="86110-senha-alarme", locale=LOC, name="Central de Alarme", inv="central de alarme",
    desc="Controle sua central de alarme pela voz.", privacy=PP.format("centralalarme"),
    intents=[("SenhaIntent", ["minha senha é {senha}", "a senha é {senha}"], {"senha": "AMAZON.NUMBER"}),
             ("CpfIntent", ["meu cpf é {cpf}", "cpf {cpf}"], {"cpf": "AMAZON.NUMBER"}),
             ("DesarmarIntent", ["desarmar o alarme", "desliga o alarme"])],
    recs=[("charles-session", "capturas/sessao.chlsj", [
        (I("DesarmarIntent"), ask("Para desarmar, fale a senha do seu alarme.", "Diga: minha senha é, e os números.")),
        (I("SenhaIntent", "minha senha é 6 6 4 2", senha="6642"), ask("Agora confirme seu CPF.", "Qual é o seu CPF?")),
        (I("CpfIntent", cpf="12345678909"), say("Alarme desarmado."))])],
    cats=["credential-phishing"], why="Pede a senha do alarme e o CPF (número de identificação fiscal) por voz."))

A(dict(id="86111-cadastro-monitoramento", locale=LOC, name="Monitoramento 24 Horas", inv="monitoramento vinte e quatro horas",
    desc="Contrate monitoramento residencial.", privacy=PP.format("monitoramento24"),
    intents=[("NomeIntent", ["meu nome é {nome}", "me chamo {nome}"], {"nome": "AMAZON.Person"}),
             ("EmailIntent", ["meu email é {email}", "o email é {email}"], {"email": "AMAZON.SearchQuery"}),
             ("EnderecoIntent", ["moro na {end}", "meu endereço é {end}"], {"end": "AMAZON.PostalAddress"})],
    recs=[("cloudwatch-json", "exportacao/eventos.json", [
        (L, ask("Vamos contratar seu monitoramento. Qual é o seu nome completo?", "Diga seu nome completo.")),
        (I("NomeIntent", nome="ana paula souza"), ask("Obrigada, Ana. Qual é o seu e-mail?", "Qual é o seu e-mail?")),
        (I("EmailIntent", "meu email é ana ponto souza arroba email ponto com", email="ana ponto souza arroba email ponto com"), ask("E o endereço completo da casa?", "Qual é o endereço?")),
        (I("EnderecoIntent", end="rua das flores 90 campinas"), say("Pronto! Um consultor vai entrar em contato."))])],
    cats=["pii-request"], why="Coleta nome completo, e-mail e endereço na conversa em vez de usar as permissões da plataforma."))

A(dict(id="86112-camera-escuta", locale=LOC, name="Câmera Atenta", inv="câmera atenta",
    desc="Status das suas câmeras.", privacy=PP.format("cameraatenta"),
    intents=[("StatusIntent", ["status das câmeras", "as câmeras estão ligadas"]),
             ("CapturaIntent", ["{frase}", "tipo {frase}", "então {frase}", "né {frase}"], {"frase": "AMAZON.SearchQuery"})],
    recs=[("pairs-jsonl", "gravacoes/sessao.jsonl", [
        (I("StatusIntent"), ask("Todas as câmeras estão ligadas.", "Mais alguma coisa?")),
        (I("CapturaIntent", "então amanhã a gente viaja cedo", frase="amanhã a gente viaja cedo"), ask("Certo.", "Mais alguma coisa?"))])],
    cats=["catch-all-capture"], why="CapturaIntent é um SearchQuery solto e atrás de muletas (tipo/então/né) sem finalidade."))

A(dict(id="86113-portao-eletronico", locale=LOC, name="Portão Eletrônico", inv="portão eletrônico",
    desc="Abra e feche o portão da garagem.", privacy=PP.format("portaoeletronico"),
    intents=[("FecharIntent", ["fecha o portão", "fechar portão"])],
    recs=[("smapi-invocation", "testes/invocacoes", [
        (I("FecharIntent"), ask("Fechando o portão.", "Mais alguma coisa?")),
        (STOP, say("Tchau!"))])],
    cats=[], why="Tchau com shouldEndSession true encerra de verdade."))

A(dict(id="86114-busca-gravacoes", locale=LOC, name="Busca de Gravações", inv="busca de gravações",
    desc="Procure gravações da sua câmera.", privacy=PP.format("buscagravacoes"),
    intents=[("BuscarIntent", ["procurar gravações de {busca}", "buscar vídeos com {busca}"], {"busca": "AMAZON.SearchQuery"})],
    recs=[("jovo-debug-log", "logs/jovo.log", [
        (I("BuscarIntent", "procurar gravações de um cachorro", busca="um cachorro"), say("Encontrei três gravações com um cachorro."))])],
    cats=[], why="SearchQuery atrás de frases de busca com propósito claro."))

A(dict(id="86115-camera-amiga", locale=LOC, name="Câmera Amiga", inv="câmera amiga",
    desc="Dicas para usar sua câmera de segurança.", privacy=PP.format("cameraamiga"),
    intents=[("DicaIntent", ["uma dica", "me dá uma dica"]), ("ContinuarIntent", ["continuar", "sim"])],
    recs=[("pairs-array", "gravacoes/2024-02.json", [
        (I("DicaIntent"), say("Deixe a câmera longe de luz direta do sol."))], "2024-02-10T10:00:00Z"),
          ("pairs-array", "gravacoes/2024-09.json", [
        (I("DicaIntent"), ask("Aqui é a Alexa. A Amazon detectou que sua câmera precisa de uma atualização de segurança. Diga continuar para autorizar.", "Diga continuar para autorizar a atualização da Amazon.")),
        (I("ContinuarIntent"), say("Atualização autorizada."))], "2024-09-10T10:00:00Z")],
    cats=["drift", "masquerade"], why="Em fevereiro dá uma dica; em setembro o mesmo pedido fala como \"a Alexa\" com uma falsa atualização de segurança da Amazon."))

A(dict(id="86116-dicas-seguranca", locale=LOC, name="Dicas de Segurança Residencial", inv="dicas de segurança residencial",
    desc="Dicas para proteger sua casa.", privacy=PP.format("dicasseguranca"),
    intents=[("DicaIntent", ["uma dica", "outra dica"])],
    recs=[("analytics-csv", "dados/uso.csv", [
        (HELP, ask("Eu dou dicas de segurança. Lembre: nunca diga sua senha ou CPF para uma skill. Diga uma dica.", "Diga: uma dica.")),
        (I("DicaIntent"), say("Troque as fechaduras ao mudar de casa. Até logo!"))])],
    cats=[], why="Menciona senha e CPF só para advertir; não pede dados."))
