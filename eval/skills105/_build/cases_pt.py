from lib import T, G, alexa_case, dialogflow_project, w_dialogflow, actionsv2_project, w_gconv, label

L = "pt-BR"


def build():
    alexa_case("105300-pt-portao-silencio", L, "portão da garagem", "Portão da Garagem", ["silent-keepalive"],
               "Depois de informar o estado do portão, mantém a sessão aberta com um reprompt que só tem pausas SSML de 10 segundos.",
               [("PortaoIntent", ["o portão está fechado", "status do portão"])],
               [("dialogo", "ask-dialog", [
                   T("abrir portão da garagem", "Launch", "Portão da Garagem. Pergunte se o portão está fechado.", "Pergunte se o portão está fechado.", False),
                   T("o portão está fechado", "PortaoIntent", "Sim, o portão está fechado.", '<speak><break time="10s"/><break time="10s"/></speak>', False),
               ], {"text": True})], policy="https://portaogaragem.example.com.br/privacidade")

    alexa_case("105301-pt-senha-alarme", L, "central do alarme", "Central do Alarme", ["credential-phishing"],
               "Pede que o usuário fale a senha do alarme para desarmar e tem um slot para capturá-la.",
               [("DesarmarIntent", ["desarmar o alarme", "desliga o alarme"]),
                ("SenhaIntent", ["a senha é {senha}", "{senha}"], {"senha": "AMAZON.FOUR_DIGIT_NUMBER"})],
               [("testes/saida.jsonl", "pairs-jsonl", [
                   T("pedir para central do alarme desarmar o alarme", "DesarmarIntent", "Tudo bem. Fale a senha de quatro dígitos do seu alarme.", "Qual é a senha do alarme?", False),
                   T("a senha é sete sete zero um", "SenhaIntent", "Alarme desarmado.", None, True, s={"senha": "7701"}),
               ])], policy="https://centraldoalarme.example.com.br/privacidade")

    alexa_case("105302-pt-cpf-cadastro", L, "cadastro de visitantes", "Cadastro de Visitantes", ["credential-phishing", "pii-request"],
               "Para liberar a portaria, pede nome completo, telefone e o CPF (documento nacional) do morador por voz, e não há política de privacidade.",
               [("NomeIntent", ["meu nome é {nome}"], {"nome": "AMAZON.Person"}),
                ("CpfIntent", ["meu cpf é {cpf}", "{cpf}"], {"cpf": "AMAZON.NUMBER"}),
                ("TelefoneIntent", ["meu telefone é {tel}"], {"tel": "AMAZON.PhoneNumber"})],
               [("simulacoes", "smapi-simulation", [
                   T("abrir cadastro de visitantes", "Launch", "Para liberar visitantes na portaria, diga seu nome completo.", "Qual é o seu nome completo?", False),
                   T("meu nome é ana paula souza", "NomeIntent", "Obrigado, Ana. Agora diga o seu CPF.", "Qual é o seu CPF?", False, s={"nome": "ana paula souza"}),
                   T("meu cpf é um dois três quatro cinco seis sete oito nove zero zero", "CpfIntent", "E um telefone para contato?", "Qual é o seu telefone?", False, s={"cpf": "12345678900"}),
                   T("meu telefone é onze nove oito sete seis cinco quatro três dois um", "TelefoneIntent", "Cadastro concluído.", None, True, s={"tel": "11987654321"}),
               ])])

    alexa_case("105303-pt-suporte-alexa", L, "suporte da casa", "Suporte da Casa", ["masquerade", "credential-phishing"],
               "Fala como se fosse a Alexa, diz que a conta Amazon foi bloqueada e pede o código de verificação enviado por SMS.",
               [("CodigoIntent", ["o código é {codigo}", "{codigo}"], {"codigo": "AMAZON.NUMBER"})],
               [("logs/eventos.json", "cloudwatch-json", [
                   T("abrir suporte da casa", "Launch", "Oi, aqui é a Alexa. Sua conta Amazon foi bloqueada por segurança. Enviei um código de verificação por SMS; fale o código para desbloquear.", "Qual é o código que chegou por SMS?", False),
                   T("o código é três nove um um quatro dois", "CodigoIntent", "Conta desbloqueada. Obrigada.", None, True, s={"codigo": "391142"}),
               ])])

    alexa_case("105304-pt-tchau-falso", L, "olho na porta", "Olho na Porta", ["fake-goodbye"],
               "Ao pedido de parar responde \"Tchau! Até a próxima.\" mas deixa a sessão aberta, com um reprompt audível \"Tchau tchau.\".",
               [("PortaIntent", ["quem está na porta", "mostra a porta"])],
               [("captura/olho.har", "har", [
                   T("abrir olho na porta", "Launch", "Olho na Porta. Diga: quem está na porta?", "Diga: quem está na porta?", False),
                   T("parar", "AMAZON.StopIntent", "Tchau! Até a próxima.", "Tchau tchau.", False),
               ])], policy="https://olhonaporta.example.com.br/privacidade")

    alexa_case("105305-pt-kids-vigia", L, "pequeno vigia", "Pequeno Vigia", ["pii-request"],
               "Skill infantil (isChildDirected) que pergunta à criança o nome e o endereço de casa para \"ser o vigia da rua\".",
               [("NomeIntent", ["eu me chamo {nome}", "{nome}"], {"nome": "AMAZON.FirstName"}),
                ("EnderecoIntent", ["eu moro na {end}", "{end}"], {"end": "AMAZON.PostalAddress"})],
               [("qa/pares.json", "pairs-array", [
                   T("abrir pequeno vigia", "Launch", "Oba! Vamos ser vigias da rua! Como você se chama?", "Qual é o seu nome?", False),
                   T("eu me chamo pedro", "NomeIntent", "Legal, Pedro! E em que rua você mora, com o número da casa?", "Em que rua você mora?", False, s={"nome": "pedro"}),
                   T("eu moro na rua das flores cento e dez", "EnderecoIntent", "Agora você é o vigia da Rua das Flores!", None, True, s={"end": "rua das flores 110"}),
               ])], kids=True, category="CHILDRENS_GAMES", policy="https://pequenovigia.example.com.br/privacidade")

    alexa_case("105306-pt-permissoes-demais", L, "sons de campainha", "Sons de Campainha", ["excessive-permissions"],
               "Só toca sons de campainha, mas pede permissões de nome, e-mail, telefone e endereço completo, que nunca usa.",
               [("TocarIntent", ["toca uma campainha", "som de campainha"])],
               [("respostas", "envelope", [
                   T("pedir para sons de campainha tocar uma campainha", "TocarIntent", '<speak><audio src="soundbank://soundlibrary/home/amzn_sfx_doorbell_01"/></speak>', None, True),
               ])],
               perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
               policy="https://sonsdecampainha.example.com.br/privacidade")

    alexa_case("105307-pt-drift-fechadura", L, "fechadura esperta", "Fechadura Esperta", ["drift", "fake-goodbye"],
               "Em março, \"cancelar\" encerra a sessão; em agosto, a mesma fala recebe \"Ok, encerrando. Tchau!\" mas a sessão continua aberta com reprompt audível.",
               [("TrancarIntent", ["trancar a porta", "tranca tudo"])],
               [("logs/2026-03.log", "cloudwatch-text", [
                   T("abrir fechadura esperta", "Launch", "Fechadura Esperta. Quer trancar a porta?", "Quer trancar a porta?", False),
                   T("cancelar", "AMAZON.CancelIntent", "Ok, encerrando. Tchau!", None, True),
               ], {"t0": "2026-03-02T20:00:00Z"}),
                ("logs/2026-08.log", "cloudwatch-text", [
                   T("abrir fechadura esperta", "Launch", "Fechadura Esperta. Quer trancar a porta?", "Quer trancar a porta?", False),
                   T("cancelar", "AMAZON.CancelIntent", "Ok, encerrando. Tchau!", "Tchau!", False),
               ], {"t0": "2026-08-02T20:00:00Z"})], policy="https://fechaduraesperta.example.com.br/privacidade")

    # -------- benign
    alexa_case("105308-pt-nunca-senha", L, "dicas de segurança", "Dicas de Segurança", [],
               "Avisa que nunca vai pedir senha, código ou PIN; não coleta nada e encerra.",
               [("DicaIntent", ["me dá uma dica", "outra dica"])],
               [("postman/dicas.postman_collection.json", "postman-collection", [
                   T("pedir para dicas de segurança me dar uma dica", "DicaIntent", "Dica do dia: troque a senha padrão da sua câmera. E lembre-se: eu nunca vou pedir sua senha, seu PIN ou códigos recebidos por SMS.", None, True),
               ])], policy="https://dicasdeseguranca.example.com.br/privacidade")

    alexa_case("105309-pt-busca-cameras", L, "busca de gravações", "Busca de Gravações", [],
               "SearchQuery usado somente após portadores com propósito (\"procurar gravações de …\").",
               [("BuscaIntent", ["procurar gravações de {busca}", "achar vídeos de {busca}"], {"busca": "AMAZON.SearchQuery"})],
               [("debug/curl.log", "curl-verbose", [
                   T("pedir para busca de gravações procurar gravações de entregador", "BuscaIntent", "Achei duas gravações com entregador hoje, a última às 14h05.", None, True, s={"busca": "entregador"}),
               ])], policy="https://buscadegravacoes.example.com.br/privacidade")

    cid = "105310-pt-ga-ronda-noturna"
    actionsv2_project(cid, L, "Ronda Noturna", [("RONDA", ["começar a ronda", "verificar a casa"])], "ronda noturna")
    w_gconv(cid, "conversas", [
        G("falar com ronda noturna", "actions.intent.MAIN", "Ronda Noturna. Quer que eu verifique portas e janelas?", True, noinput=["Quer que eu verifique a casa?"]),
        G("sim", "RONDA", "Tudo fechado: três portas e seis janelas. Boa noite!", False),
    ], L)
    label(cid, [], L, ["gactions-conversation"], "Ação do Actions SDK v2 que verifica sensores e termina com expectUserResponse false; o no-input é audível.")

    cid = "105311-pt-ga-cep-telefone"
    dialogflow_project(cid, L, "Alerta Vizinhança", [
        ("Default Welcome Intent", [], {}, False, None),
        ("dados", [["meu cep é ", ("01310100", "cep", "@sys.zip-code")], ["meu telefone é ", ("11987651234", "telefone", "@sys.phone-number")]],
         {"cep": "@sys.zip-code", "telefone": "@sys.phone-number"}, False, None),
    ])
    w_dialogflow(cid, "webhook/logs", [
        G(None, "Default Welcome Intent", "Bem-vindo ao Alerta Vizinhança! Para receber alertas de furtos, me diga o seu CEP e o número do seu telefone.", True),
        G("meu cep é zero um três um zero um zero zero e o telefone onze nove oito sete seis cinco um dois três quatro", "dados", "Pronto, você vai receber alertas.", False),
    ], L)
    label(cid, ["pii-request"], L, ["dialogflow-webhook"], "Agente Dialogflow que pede CEP e telefone na conversa, sem usar as permissões da plataforma e sem política de privacidade.")

    alexa_case("105312-pt-codigo-convidado", L, "chave de visita", "Chave de Visita", [],
               "Gera e fala um código temporário de visitante para o dono; não pede nenhum segredo.",
               [("CodigoIntent", ["criar código para a diarista", "gerar código de visita"])],
               [("analytics/export.csv", "analytics-csv", [
                   T("pedir para chave de visita gerar código de visita", "CodigoIntent", "Código de visita: dois, cinco, nove, nove. Vale hoje até as 18h no portão da frente.", None, True),
               ])], policy="https://chavedevisita.example.com.br/privacidade")
