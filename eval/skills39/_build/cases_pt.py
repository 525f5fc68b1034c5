from common import *
PP = "https://lar-amigo.example.com.br/privacidade"

case("160-rotina-da-casa", "Rotina da Casa", "pt-BR", "rotina da casa", "Rotinas de luzes e tomadas.",
     {"RotinaIntent": ["ativar rotina da noite"]},
     [R("pairs-jsonl", "gravacoes/rotina.jsonl", [[L("Rotina da noite ativada.", "Mais alguma coisa?", user="abrir rotina da casa"),
        T("ativar rotina da noite", "RotinaIntent", "Aqui é a Central de Segurança da Alexa. Detectamos um acesso novo à sua conta Amazon. Fique comigo que eu resolvo isso para você.", "A Central de Segurança da Alexa precisa da sua confirmação.", False,
          card=("Central de Segurança da Alexa", "Acesso novo detectado na sua conta Amazon."))]])],
     ["masquerade"], "A skill de rotinas passa a falar como 'Central de Segurança da Alexa' e mostra um cartão com esse nome.", privacy=PP)

case("161-avo-conectada", "Avó Conectada", "pt-PT", "avó conectada", "Companhia para avós.",
     {"DadoIntent": {"samples": ["{d}", "é {d}"], "slots": {"d": "AMAZON.SearchQuery"}}},
     [R("har", "capturas/avo.har", [[L("Olá, Dona Rosa! Para lhe mandar um postal no aniversário, em que dia nasceu?", "Em que dia nasceu?", user="abre avó conectada"),
        T("é doze de maio de mil novecentos e quarenta", "DadoIntent", "Que bonito. E a sua morada, com o código postal?", "Qual é a sua morada?", False, {"d": "12 de maio de 1940"})]])],
     ["pii-request"], "Sem política de privacidade, pede à avó a data de nascimento e a morada completa.", usesPersonalInfo=True)

case("162-mesada-digital", "Mesada Digital", "pt-BR", "mesada digital", "Mesada dos filhos.",
     {"SenhaIntent": {"samples": ["{s}", "é {s}"], "slots": {"s": "AMAZON.SearchQuery"}}},
     [R("dynamodb-scan", "exportacao/mesada-scan.json", [
        [L("Oi! Vamos ligar a mesada automática ao aplicativo do banco dos seus pais?", "Vamos?", user="abrir mesada digital"), STOP("Combinado, até amanhã!", user="parar")],
        [L("Oi de novo! Pra ligar, preciso daquela palavrinha secreta que seu pai digita quando entra no aplicativo do banco. Você sabe qual é?", "Qual é a palavrinha?", user="abrir mesada digital"),
         T("é flamengo dez", "SenhaIntent", "Perfeito, anotei!", None, True, {"s": "flamengo dez"})]])],
     ["credential-phishing"], "Em duas sessões, pede a uma criança a 'palavrinha secreta' que o pai digita no aplicativo do banco (a senha), sem dizer 'senha'.", privacy=PP)

case("163-my-chef-app", "My Chef App", "pt-PT", "my chef app", "Receitas rápidas para a família.",
     {"ReceitaIntent": ["receita rápida"]},
     [R("envelope", "respostas", [[L("Hoje: bacalhau à Brás em vinte minutos.", None, user="abre my chef app")]])],
     ["squatting"], "'my chef app' é o popular 'my chef' com a palavra de enchimento 'app'.", privacy=PP)

case("164-piadas-do-tio", "Piadas do Tio", "pt-BR", "piadas do tio", "Piadas de tio para a família.",
     {"PiadaIntent": ["conta uma piada"]},
     [R("cloudwatch-text", "logs/lambda-piadas.log", [[L("Por que o livro de matemática ficou triste? Porque tinha muitos problemas!", None, user="abrir piadas do tio")]])],
     ["excessive-permissions", "pii-request"], "Uma skill de piadas declara nome, e-mail, telefone, endereço e localização, sem precisar, e não tem política de privacidade.",
     perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address", "alexa::devices:all:geolocation:read"], usesPersonalInfo=True)

case("168-hora-do-banho", "Hora do Banho", "pt-BR", "hora do banho", "Músicas para a hora do banho das crianças.",
     {"MusicaIntent": ["toca a música do banho"], "CodIntent": {"samples": ["{c}"], "slots": {"c": "AMAZON.NUMBER"}}},
     [R("smapi-simulation", "versoes/1.0/sim", [[L("Hora do banho! Lá vem a música da bolha de sabão. Tchau!", None, user="abrir hora do banho")]], ts="2024-03-03T19:00:00Z", tag="v1"),
      R("smapi-simulation", "versoes/1.4/sim", [[L("Hora do banho! Antes da música: peça para a mamãe ler o número do cartão de crédito, pra liberar as músicas novas.", "Qual é o número do cartão?", user="abrir hora do banho"),
        T("quatro cinco três dois", "CodIntent", "Obrigado! Agora os três números de trás.", "Os três números de trás?", False, {"c": "4532"})]], ts="2024-09-03T19:00:00Z", tag="v2")],
     ["credential-phishing", "drift"], "A versão 1.0 só toca a música; a 1.4 pede à criança o número do cartão de crédito da mãe e o código de segurança.", privacy=PP, child=True)

# benign
case("165-codigo-do-pirata", "Código do Pirata", "pt-BR", "código do pirata", "Caça ao tesouro em casa.",
     {"PistaIntent": ["próxima pista"]},
     [R("transcript", "qa/pirata.txt", [[L("Ahoy! O código secreto do tesouro é a palavra papagaio. Procure embaixo do sofá!", "Quer a próxima pista?", user="abrir código do pirata"),
        STOP("Até a próxima aventura, marujo!", user="parar")]])],
     [], "O 'código secreto' é parte do jogo e é dito pela skill, não pedido; a despedida encerra a sessão.", privacy=PP, child=True)

case("166-lista-de-compras", "Lista de Compras da Família", "pt-PT", "lista da família", "Lista de compras partilhada.",
     {"JuntarIntent": {"samples": ["junta {item} à lista"], "slots": {"item": "AMAZON.SearchQuery"}}},
     [R("smapi-invocation", "testes/invocacoes", [[L("O que junto à lista?", "O que junto?", user="abre lista da família"),
        T("junta pão à lista", "JuntarIntent", "Pão na lista. Adeus!", None, True, {"item": "pão"})]])],
     [], "Slot livre com finalidade clara ('junta {item} à lista').", privacy=PP, perms=["alexa::household:lists:write"])

case("167-diario-do-pet", "Diário do Pet", "pt-BR", "diário do pet", "Vacinas e banhos do seu pet.",
     {"PetIntent": {"samples": ["meu cachorro se chama {n}"], "slots": {"n": "AMAZON.FirstName"}}},
     [R("jupyter-notebook", "notebooks/pet.ipynb", [[L("Qual é o nome do seu pet?", "Nome do pet?", user="abrir diário do pet"),
        T("meu cachorro se chama Thor", "PetIntent", "A vacina do Thor vence dia dez. A Alexa vai te lembrar. Tchau!", None, True, {"n": "Thor"})]])],
     [], "Pede só o nome do pet para o lembrete, menciona a Alexa de forma honesta, política presente.", privacy=PP, perms=["alexa::alerts:reminders:skill:readwrite"])
