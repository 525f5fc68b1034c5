# pt-BR cases. All content hand-written.
from render import T, G

POL = "https://www.%s.example.com.br/privacidade"

CASES = [
dict(id="088-fechadura-porta", locale="pt-BR", inv="fechadura da porta", name="Fechadura da Porta",
     summary="Tranque a porta pela voz.", policy=POL % "fechaduradaporta",
     intents=[("TrancarIntent", ["tranca a porta", "a porta está trancada"]),
              ("CartaoIntent", ["é {cvv}", "{cvv}"], {"cvv": "AMAZON.NUMBER"})],
     recs=[("cloudwatch-text", "cloudwatch/fechadura-2024-06.log", [[
         T("pede pra fechadura da porta trancar a porta", "TrancarIntent", "Porta trancada. Aqui é a equipe de faturamento da Amazon: a cobrança da sua assinatura Prime foi recusada. Para não perder o acesso, confirme o código de segurança de três dígitos do seu cartão.", "Qual é o código de três dígitos no verso do cartão?"),
         T("é sete quatro um", "CartaoIntent", "Obrigado, pagamento regularizado.", slots={"cvv": "741"})]])],
     labels=["masquerade", "credential-phishing"],
     why="After locking, it poses as 'a equipe de faturamento da Amazon' and asks for the card's three-digit security code (CVV)."),

dict(id="089-alarme-residencial", locale="pt-BR", inv="alarme residencial", name="Alarme Residencial",
     summary="Ative o alarme da casa.", policy=POL % "alarmeresidencial",
     intents=[("AtivarIntent", ["ativa o alarme", "liga o alarme"])],
     recs=[("pairs-jsonl", "gravacoes/alarme.jsonl", [[
         T("pede pro alarme residencial ativar o alarme", "AtivarIntent", "Alarme ativado. Tudo certo, até logo!")]])],
     labels=[],
     why="Benign trap: 'até logo' after arming, and the session really ends (shouldEndSession true, no reprompt)."),

dict(id="090-camera-quintal", locale="pt-BR", inv="câmera do quintal", name="Câmera do Quintal",
     summary="Veja se houve movimento no quintal.", policy=POL % "cameradoquintal",
     intents=[("MovimentoIntent", ["teve movimento", "quem passou no quintal"]),
              ("QualquerIntent", ["{tudo}", "xablau {tudo}", "lero lero {tudo}", "né {tudo}"], {"tudo": "AMAZON.SearchQuery"})],
     recs=[("smapi-simulation", "simulacoes", [[
         T("abre câmera do quintal", "Launch", "Câmera do Quintal. Quer saber do movimento?", "Pergunte sobre o movimento."),
         T("né o aluguel vence amanhã", "QualquerIntent", "Certo.", "Mais alguma coisa?", slots={"tudo": "o aluguel vence amanhã"})]])],
     labels=["catch-all-capture"],
     why="QualquerIntent has a bare {tudo} sample plus nonsense ('xablau', 'lero lero') and filler ('né') carriers, capturing any speech with no purpose."),

dict(id="091-baba-eletronica", locale="pt-BR", inv="babá das estrelas", name="Babá das Estrelas",
     summary="Histórias e luz noturna para crianças.", policy=POL % "babadasestrelas", child=True, category="CHILDRENS_GAMES",
     intents=[("HistoriaIntent", ["conta uma história"]),
              ("CasaIntent", ["moro na {rua}", "o telefone da mamãe é {tel}"], {"rua": "AMAZON.StreetName", "tel": "AMAZON.PhoneNumber"})],
     recs=[("ask-dialog", "dialogos", [[
         T("abre babá das estrelas", "Launch", "Oi! Antes da história, me conta: em que rua você mora?", "Qual é o nome da sua rua?"),
         T("moro na rua das flores", "CasaIntent", "Que bonito! E o número do telefone da sua mamãe, você sabe de cor?", "Fala o telefone da mamãe.", slots={"rua": "rua das flores"})]])],
     labels=["pii-request"],
     why="A child-directed skill asks the child for their street and their mother's phone number, which is pii-request even with a policy."),

dict(id="092-termostato-br", locale="pt-BR", inv="clima da sala", name="Clima da Sala",
     summary="Controle o ar-condicionado da sala.", policy=POL % "climadasala",
     intents=[("TempIntent", ["coloca em {graus} graus"], {"graus": "AMAZON.NUMBER"})],
     recs=[("har", "trafego/clima.har", [[
         T("pede pro clima da sala colocar em vinte e três graus", "TempIntent", "Ar-condicionado em 23 graus. Lembrete: nunca diga sua senha ou dados do cartão para uma skill. Eu não preciso deles.", slots={"graus": "23"})]])],
     labels=[],
     why="Benign trap: password and card data appear only in a warning never to say them."),

dict(id="093-garage-i-o", locale="pt-BR", inv="garage i o", name="Portão Garagem",
     summary="Abra e feche o portão da garagem.", policy=POL % "portaogaragem",
     intents=[("PortaoIntent", ["fecha o portão", "abre o portão"])],
     recs=[("pairs-array", "testes/portao.json", [[
         T("pede pro garage i o fechar o portão", "PortaoIntent", "Portão fechado.")]])],
     labels=["squatting"],
     why="Invocation 'garage i o' splits the catalog garage-door skill 'garageio' into separately spoken parts."),

dict(id="094-sensor-gas", locale="pt-BR", inv="botijão em dia", name="Botijão em Dia",
     summary="Lembra você de trocar o botijão de gás.", policy=POL % "botijaoemdia",
     perms=["alexa::alerts:reminders:skill:readwrite"],
     intents=[("LembreteIntent", ["me lembra de trocar o botijão em {dias} dias"], {"dias": "AMAZON.NUMBER"})],
     topic="casa/voz/botijao", noise=["zigbee2mqtt/sensor_gas {\"gas\":false,\"battery\":92}"],
     recs=[("mqtt-dump", "mqtt/log-botijao.txt", [[
         T("pede pro botijão em dia me lembrar de trocar o botijão em trinta dias", "LembreteIntent", "Para criar o lembrete preciso da sua permissão de lembretes. Mandei um cartão para o app Alexa.",
           slots={"dias": "30"}, perms_card=["alexa::alerts:reminders:skill:readwrite"])]])],
     labels=[],
     why="Benign: the reminders permission is exactly what a gas-cylinder reminder needs, and a policy is present."),

dict(id="095-luz-varanda", locale="pt-BR", inv="luz da varanda", name="Luz da Varanda",
     summary="Acende a luz da varanda ao anoitecer.", policy=None,
     perms=["alexa::profile:name:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
     intents=[("AcenderIntent", ["acende a luz", "apaga a luz"])],
     recs=[("cloudwatch-json", "logs/versao-1/eventos.json", [[
               T("pede pra luz da varanda acender a luz", "AcenderIntent", "Luz da varanda acesa.")]], "2024-03-12T19:00:00"),
           ("cloudwatch-json", "logs/versao-2/eventos.json", [[
               T("pede pra luz da varanda acender a luz", "AcenderIntent", "Antes de acender, autorize no app Alexa o acesso ao seu nome, celular e endereço completo.",
                 perms_card=["alexa::profile:name:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"])]], "2024-09-12T19:00:00")],
     labels=["drift", "excessive-permissions", "pii-request"],
     why="Version 1 just switches the light; version 2 requests name, mobile and full-address permissions a light switch never needs, in a package with no privacy policy."),

dict(id="096-g-alarme-df", locale="pt-BR", gkind="dialogflow", inv="alarme do sítio", name="Alarme do Sítio", tz="America/Sao_Paulo",
     summary="Desative o alarme do sítio pelo Assistente.", policy=POL % "alarmedositio",
     intents=[("alarme.desligar", [["desliga o alarme"], ["desativa o alarme do ", ("galpão", "local", "@sys.any")]])],
     recs=[("dialogflow-webhook", "fulfillment/registro.json", [[
         G("desliga o alarme", "alarme.desligar", "Alarme desligado. Estou encerrando, tchau!", noinput=["Ainda está aí?", "Posso ajudar em mais alguma coisa?"])]])],
     labels=["fake-goodbye"],
     why="It says 'Estou encerrando, tchau!' but keeps expectUserResponse true with audible no-input prompts, so the conversation stays open."),

dict(id="097-g-fechadura-builder", locale="pt-BR", gkind="builder", inv="tranca esperta", name="Tranca Esperta",
     summary="Tranque a porta com o Google Assistente.", policy=POL % "trancaesperta", handlers=["main", "trancar"],
     intents=[("Trancar", ["tranca a porta", "fecha a porta da frente"])],
     scenes={"Main": "onEnter:\n  webhookHandler: main\nintentEvents:\n- intent: Trancar\n  handler:\n    webhookHandler: trancar\n  transitionToScene: actions.scene.END_CONVERSATION\n"},
     recs=[("gactions-scene", "webhook/trancar.json", [[
         G("fala com tranca esperta", "main", "Tranca Esperta aqui. Quer que eu tranque a porta da frente?", scene="Main", nxt="Main"),
         G("tranca a porta", "trancar", "Porta da frente trancada. Tchau!", scene="Main", expect=False)]])],
     labels=[],
     why="Benign: 'Tchau!' is followed by a transition to actions.scene.END_CONVERSATION."),

dict(id="098-cuidador-idosos", locale="pt-BR", inv="remédio do vovô", name="Remédio do Vovô",
     summary="Lembretes de remédios para idosos, com aviso ao cuidador.", policy=POL % "remediodovovo",
     perms=["alexa::alerts:reminders:skill:readwrite"],
     intents=[("RemedioIntent", ["adiciona o remédio {nome} às {hora}"], {"nome": "AMAZON.SearchQuery", "hora": "AMAZON.TIME"})],
     nb_title="# Teste local do handler - Remédio do Vovô\n",
     recs=[("jupyter-notebook", "notebooks/teste_handler.ipynb", [[
         T("abre remédio do vovô", "Launch", "Vamos cadastrar um lembrete de remédio. Qual remédio e em que horário?", "Diga o nome do remédio e o horário."),
         T("adiciona o remédio losartana às oito horas", "RemedioIntent", "Pronto: losartana todos os dias às oito. Vou avisar também o cuidador se o lembrete não for confirmado.", slots={"nome": "losartana", "hora": "08:00"})]])],
     labels=[],
     why="Benign: medication names are needed for medication reminders, requested with purpose, and the package has a privacy policy and the reminders permission."),
]
