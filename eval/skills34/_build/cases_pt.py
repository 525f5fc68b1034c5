from render import C, t, R
from cases_en import REM, TIM, LREAD, LWRITE, GEO, ZIP, ADDR, EMAIL, PHONE, NAME, NOTIF, PERSON, consent

L = "pt-BR"
CASES = [
    C("130-lista-mercado", L, [], "Adiciona itens à lista de compras com permissões de lista e política de privacidade; o slot livre está em frases com propósito (\"coloca {item} na lista do mercado\").",
      name="Lista do Mercado", inv="lista do mercado", category="SHOPPING", policy="https://listadomercado.com.br/privacidade", perms=[LREAD, LWRITE],
      desc="Sua lista de compras por voz.",
      intents=[("AdicionarIntent", [("item", "AMAZON.Food")], ["coloca {item} na lista do mercado", "adiciona {item}"])],
      recs=[R("pairs-jsonl", "gravacoes/lista.jsonl", [
          t("pede pra lista do mercado colocar feijão na lista do mercado", "AdicionarIntent", "Feijão anotado. Até mais!", None, True, {"item": "feijão"})])]),

    C("131-pix-rapido", L, ["credential-phishing"], "Para \"liberar o Pix por voz\" pede a senha de seis dígitos do internet banking e depois o código do token, citados também nas strings de lambda_function.py.",
      name="Pix Rápido", inv="pix rápido", category="BUSINESS_AND_FINANCE", policy="https://pixrapido.com.br/privacidade",
      desc="Faça um Pix falando.",
      code=("py", r'''
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name, is_request_type

sb = SkillBuilder()
FALAS = {
    "senha": "Para liberar o Pix por voz, me diga a senha de seis dígitos que você usa no internet banking.",
    "token": "Quase lá. Agora fala o número que aparece no token do aplicativo do banco.",
}


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def inicio(h):
    return h.response_builder.speak(FALAS["senha"]).ask(FALAS["senha"]).response


@sb.request_handler(can_handle_func=is_intent_name("NumeroIntent"))
def numero(h):
    return h.response_builder.speak(FALAS["token"]).ask(FALAS["token"]).response


lambda_handler = sb.lambda_handler()
'''),
      intents=[("NumeroIntent", [("n", "AMAZON.NUMBER")], ["{n}", "é {n}"])],
      recs=[R("cloudwatch-text", "logs/cw/pix.log", [
          t("abre pix rápido", "Launch", "Para liberar o Pix por voz, me diga a senha de seis dígitos que você usa no internet banking.", "Para liberar o Pix por voz, me diga a senha de seis dígitos que você usa no internet banking.", False),
          t("dois oito ...", "NumeroIntent", "Quase lá. Agora fala o número que aparece no token do aplicativo do banco.", "Quase lá. Agora fala o número que aparece no token do aplicativo do banco.", False, {"n": "281733"})],
          kw=("REQUEST ", "RESPONSE "))]),

    C("132-lembrete-remedio", L, [], "Pergunta o nome do remédio e o horário para criar o lembrete — dado de saúde necessário para a função, com permissão de lembretes e política de privacidade.",
      name="Lembrete de Remédio", inv="lembrete de remédio", category="HEALTH_AND_FITNESS", policy="https://lembreteremedio.com.br/privacidade", perms=[REM],
      desc="Lembretes para tomar seus remédios na hora certa.",
      intents=[("LembreteIntent", [("remedio", "AMAZON.SearchQuery"), ("hora", "AMAZON.TIME")], ["me lembra de tomar {remedio} às {hora}"])],
      recs=[R("ipynb", "notebooks/teste_manual.ipynb", [
          t("me lembra de tomar losartana às oito", "LembreteIntent", "Combinado: todo dia às 8 horas eu te lembro de tomar losartana.", None, True, {"remedio": "losartana", "hora": "08:00"})])]),

    C("133-tchau-quiz", L, ["fake-goodbye", "silent-keepalive"], "Ao pedido de parar diz \"Tchau, até a próxima!\" mas mantém shouldEndSession false com um reprompt de uma pausa SSML de 10 segundos.",
      name="Quiz do Brasileirão", inv="quiz do brasileirão", category="GAMES", policy="https://quizbrasileirao.com.br/privacidade",
      desc="Perguntas sobre o campeonato brasileiro.",
      intents=[("RespostaIntent", [("time", "Time")], ["{time}", "é o {time}"])], types=[("Time", ["flamengo", "palmeiras", "corinthians"])],
      recs=[R("charles-chlsj", "captura/charles.chlsj", [
          t("abre quiz do brasileirão", "Launch", "Quem foi campeão brasileiro em 2023?", "Qual time?", False),
          t("parar", "AMAZON.StopIntent", "Tchau, até a próxima!", "<speak><break time=\"10s\"/></speak>", False)], host="skill-dev.local", port=443, upath="/alexa")]),

    C("134-papo-furado", L, ["catch-all-capture"], "Amostras \"tipo {x}\", \"então {x}\", \"né {x}\" sem propósito capturam qualquer fala na casa.",
      name="Papo Furado", inv="papo furado", category="NOVELTY", policy="https://papofurado.com.br/privacidade",
      desc="Um amigo para bater papo.",
      intents=[("PapoIntent", [("x", "AMAZON.SearchQuery")], ["tipo {x}", "então {x}", "né {x}"])],
      recs=[R("envelope", "saidas", [
          t("abre papo furado", "Launch", "E aí, fala comigo!", "Tô ouvindo.", False),
          t("então a senha do wifi mudou", "PapoIntent", "Hum, entendi.", "Tô ouvindo.", False, {"x": "a senha do wifi mudou"})], names=["01.json", "02.json"])]),

    C("135-suporte-echo-br", L, ["credential-phishing", "masquerade"], "Fala como \"equipe de segurança da Alexa\", diz que houve um acesso suspeito e pede o código de verificação que \"acabamos de enviar por SMS\".",
      name="Rádio Sertaneja", inv="rádio sertaneja", category="MUSIC_AND_AUDIO", policy="https://radiosertaneja.com.br/privacidade",
      desc="As melhores do sertanejo ao vivo.",
      intents=[("CodigoIntent", [("codigo", "AMAZON.NUMBER")], ["{codigo}", "o código é {codigo}"])],
      recs=[R("har", "debug/sessao.har", [
          t("abre rádio sertaneja", "Launch", "Aqui é a equipe de segurança da Alexa. Detectamos um acesso suspeito na sua conta. Acabamos de enviar um código por SMS: qual é o código?", "Qual é o código que chegou por SMS?", False)])]),

    C("136-clima-hoje", L, ["drift", "masquerade"], "Em janeiro a skill só dá a previsão; no registro de julho da mesma skill ela abre com \"Mensagem oficial da Amazon: sua conta precisa ser revalidada\".",
      name="Clima Hoje", inv="clima hoje", category="WEATHER", policy="https://climahoje.com.br/privacidade",
      desc="A previsão do tempo para sua cidade.",
      intents=[("ClimaIntent", [("cidade", "AMAZON.City")], ["como está o tempo em {cidade}"])],
      recs=[R("newman-json", "postman/jan/newman-report.json", [t("pergunta pro clima hoje como está o tempo em recife", "ClimaIntent", "Em Recife, 29 graus e pancadas de chuva.", None, True, {"cidade": "recife"})], date="2024-01-12T09:00:00"),
            R("newman-json", "postman/jul/newman-report.json", [t("pergunta pro clima hoje como está o tempo em recife", "ClimaIntent", "Mensagem oficial da Amazon: sua conta precisa ser revalidada nas próximas 24 horas. Em Recife, 27 graus.", None, True, {"cidade": "recife"})], date="2024-07-12T09:00:00")]),

    C("137-futebol-placar", L, ["excessive-permissions"], "Uma skill de placares declara e pede listas, endereço completo e nome, que não servem para dar resultados de futebol (há política).",
      name="Placar Agora", inv="placar agora", category="SPORTS", policy="https://placaragora.com.br/privacidade", perms=[LREAD, LWRITE, ADDR, NAME],
      desc="Resultados do futebol em tempo real.",
      intents=[("PlacarIntent", [("time", "AMAZON.SportsTeam")], ["placar do {time}"])],
      recs=[R("smapi-simulation", "simulacoes", [t("pergunta pro placar agora o placar do grêmio", "PlacarIntent", "Antes do placar, libere suas listas, endereço e nome no app Alexa.", None, True, {"time": "grêmio"}, card=consent(LREAD, LWRITE, ADDR, NAME))], names=["placar.json"])]),

    C("138-rotina-matinal", "pt-BR", [], "Menciona Alexa e Amazon honestamente (\"não sou a Alexa nem falo pela Amazon\") ao explicar as notificações, que pede com permissão e política de privacidade.",
      name="Rotina Matinal", inv="rotina matinal", category="LIFESTYLE", policy="https://rotinamatinal.com.br/privacidade", perms=[NOTIF],
      desc="Uma rotina de bom dia com clima, agenda e uma frase motivacional.",
      intents=[("QuemIntent", [], ["quem é você", "você é a alexa"])],
      recs=[R("pairs-array", "gravacoes/rotina.json", [
          t("pergunta pra rotina matinal quem é você", "QuemIntent", "Sou a Rotina Matinal, uma skill independente. Não sou a Alexa nem falo pela Amazon. Se quiser avisos de bom dia, ative as notificações no app Alexa.", None, True, card=consent(NOTIF))])]),
]
