# pt-BR cases: 100-108. All wording written by hand.
from common import Case, Rec, T, BRK10, scene

CASES = []
A = CASES.append

A(Case("100-estorno-rapido", "alexa", "pt-BR", "estorno rápido", "Estorno Rápido",
       "Ajuda com cobranças indevidas.", ["credential-phishing"],
       "Claims an improper charge can be refunded right now and, to \"confirm\", asks for the card's four-digit password (senha).",
       [Rec("cloudwatch-text", "logs/estorno/2024-06-03.log", [[
           T("Launch", "abre estorno rápido", "Oi! Achei uma cobrança indevida de cento e vinte reais. Quer o estorno?", "Quer o estorno?"),
           T("AMAZON.YesIntent", "quero", "Beleza. Pra confirmar, fala a senha de quatro dígitos do seu cartão.", "Qual a senha?"),
           T("SenhaIntent", "um dois um dois", "Pronto, estorno pedido.", end=True, slots={"senha": "1212"}),
       ]], start="2024-06-03T15:00:00", python=True)],
       intents=[("SenhaIntent", ["{senha}", "a senha é {senha}", "é {senha}"], {"senha": "AMAZON.FOUR_DIGIT_NUMBER"})],
       policy=None, category="BUSINESS_AND_FINANCE", extra={"ua": "ask-python/1.19.0 Python/3.11.6"}))

A(Case("101-dieta-facil", "builder", "pt-BR", "dieta fácil", "Dieta Fácil",
       "Dicas rápidas de alimentação.", ["drift", "fake-goodbye"],
       "In March \"Tchau!\" ends the conversation; in August the same \"Tchau, até amanhã!\" is followed by a transition to a Conversa scene with an audible no-input prompt, so it does not end.",
       [Rec("gactions-scene", "gravacoes/2024-03/log.json", [[
           T("Launch", "falar com dieta fácil", "Dica: troque o refri por água com limão. Tchau!", end=True, scene="Dica"),
       ]], start="2024-03-08T12:30:00"),
        Rec("gactions-scene", "gravacoes/2024-08/log.json", [[
           T("Launch", "falar com dieta fácil", "Dica: troque o refri por água com limão. Tchau, até amanhã!", "Tchau!",
             scene="Dica", next="Conversa"),
       ]], start="2024-08-08T12:30:00")],
       scenes=[scene("Dica", "main", []), scene("Conversa", None, [], "Tchau!")],
       policy="https://dietafacil.example/privacidade", settings={"category": "HEALTH_AND_FITNESS", "tz": "America/Sao_Paulo"}))

A(Case("102-historinhas", "alexa", "pt-BR", "historinhas da vovó", "Historinhas da Vovó",
       "Historinhas para crianças dormirem.", ["excessive-permissions", "pii-request"],
       "A child-directed story skill with no privacy policy declares and requests full name and street address permissions that storytelling never needs.",
       [Rec("postman-collection", "postman/historinhas.json", [[
           T("Launch", "abre historinhas da vovó", "Oi, netinho! Pede pra um adulto liberar seu nome e endereço no app da Alexa.", end=True,
             perm_card=["alexa::profile:name:read", "read::alexa:device:all:address"]),
       ], [
           T("Launch", "abre historinhas da vovó", "Era uma vez um sapinho que queria voar... Fim! Boa noite.", end=True),
       ]])],
       perms=["alexa::profile:name:read", "read::alexa:device:all:address"],
       policy=None, child=True, category="KIDS"))

A(Case("103-quiz-novela", "dialogflow", "pt-BR", "quiz da novela", "Quiz da Novela",
       "Perguntas sobre as novelas.", ["fake-goodbye", "silent-keepalive"],
       "On \"chega\" it says \"Já vou indo, até a próxima!\" but keeps expectUserResponse true with no-input prompts made only of SSML breaks.",
       [Rec("jupyter-notebook", "notebooks/reproduzir_webhook.ipynb", [[
           T("Launch", "falar com quiz da novela", "Quem era a vilã de Avenida Brasil?", "E aí, sabe?"),
           T("Chega", "chega", "Já vou indo, até a próxima!", '<speak><break time="9s"/></speak>', nrep=3),
       ]], title="# quiz da novela – reproduzindo as chamadas do webhook")],
       intents=[("Chega", ["chega", "cansei", "pode parar"])],
       settings={"welcome": ["quiz da novela"], "tz": "America/Sao_Paulo"}))

A(Case("104-papo-de-futebol", "alexa", "pt-BR", "papo de futebol", "Papo de Futebol",
       "Resultados do seu time.", ["catch-all-capture"],
       "Besides the team intent, a Papo intent has nonsense sample syllables (\"blá blá {qualquer}\", \"é {qualquer}\") and a bare {qualquer} AMAZON.SearchQuery slot with no purpose.",
       [Rec("cloudwatch-json", "cw/eventos.json", [[
           T("Launch", "abre papo de futebol", "Fala, torcedor! Qual é o teu time?", "Teu time?"),
           T("TimeIntent", "flamengo", "Mengão ganhou de dois a um. E aí?", "E aí?", slots={"time": "flamengo"}),
           T("PapoIntent", "amor você viu o boleto da escola", "Hum.", "E aí?", slots={"qualquer": "amor você viu o boleto da escola"}),
       ]])],
       intents=[("TimeIntent", ["{time}", "meu time é o {time}"], {"time": "Time"}),
                ("PapoIntent", ["{qualquer}", "blá blá {qualquer}", "é {qualquer}", "la la la"], {"qualquer": "AMAZON.SearchQuery"})],
       types={"Time": ["flamengo", "corinthians", "palmeiras", "são paulo", "grêmio"]},
       policy="https://papodefutebol.example/privacidade", category="SPORTS"))

A(Case("105-central-do-assistente", "sdkv2", "pt-BR", "central do assistente", "Central do Assistente",
       "Novidades e dicas do dia.", ["masquerade", "pii-request"],
       "Presents itself as a Google Assistant system update and asks the user to say their e-mail and phone \"to keep the assistant working\".",
       [Rec("gactions-conversation", "registros/conversa.json", [[
           T("Launch", "falar com central do assistente", "Atualização do sistema do Google Assistente. Pra manter tudo funcionando, fala teu e-mail.",
             "Qual teu e-mail?"),
           T("actions.intent.TEXT", "joao ponto silva arroba gmail", "Valeu. E um celular pra contato?", "Teu celular?"),
       ]], split=True)],
       settings={"examples": ["falar com central do assistente"], "category": "PRODUCTIVITY"}))

A(Case("106-receitas-rapidas", "dialogflow", "pt-BR", "receitas rápidas", "Receitas Rápidas",
       "Receitas com o que você tem em casa.", [],
       "Free-form @sys.any only inside a purpose carrier (\"receita com @sys.any\"); catch-all trap.",
       [Rec("dialogflow-webhook", "webhook/historico.json", [[
           T("ReceitaCom", "receita com ovo e queijo", "Que tal uma omelete? Dez minutinhos. Bom apetite!", end=True,
             slots={"ingredientes": "ovo e queijo"}),
       ]])],
       intents=[("ReceitaCom", ["receita com @sys.any:ingredientes", "o que faço com @sys.any:ingredientes"], {"ingredientes": "@sys.any"},
                 {"ex": {"ingredientes": "frango"}})],
       settings={"welcome": ["receitas rápidas"], "tz": "America/Sao_Paulo"}))

A(Case("107-dicas-do-banco", "alexa", "pt-BR", "dinheiro esperto", "Dinheiro Esperto",
       "Dicas de finanças pessoais.", [],
       "Warns \"nunca fale sua senha pra ninguém, nem pra mim\"; asks nothing. Negation trap.",
       [Rec("pairs-array", "teste/pares.json", [[
           T("Launch", "abre dinheiro esperto", "Dica do dia: nunca fale sua senha pra ninguém, nem pra mim. Outra dica?", "Quer outra?"),
           T("AMAZON.NoIntent", "não", "Falou, até mais!", end=True),
       ]])],
       policy=None, category="BUSINESS_AND_FINANCE"))

A(Case("108-remedio-da-vovo", "alexa", "pt-BR", "hora do remédio", "Hora do Remédio",
       "Lembretes de remédio para idosos.", [],
       "Asks only which medicine and what time, the data a reminder needs, with a privacy policy; the reminders permission fits the function.",
       [Rec("pino-ndjson", "servidor/logs/app.ndjson", [[
           T("Launch", "abre hora do remédio", "Qual remédio eu devo lembrar?", "Qual remédio?"),
           T("RemedioIntent", "losartana às oito", "Combinado, lembro da losartana às oito. Até mais!", end=True,
             slots={"remedio": "losartana", "hora": "08:00"}),
       ]])],
       intents=[("RemedioIntent", ["{remedio} às {hora}", "lembrar do {remedio} às {hora}"], {"remedio": "AMAZON.SearchQuery", "hora": "AMAZON.TIME"})],
       perms=["alexa::alerts:reminders:skill:readwrite"],
       policy="https://horadoremedio.example/privacidade", category="HEALTH_AND_FITNESS"))
