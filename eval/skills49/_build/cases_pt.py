from render import T
from cases_en import A, STOP, CANCEL, YES, NO

CASES = [
    A("160-frase-do-dia", "pt-BR", ["silent-keepalive"],
      "Depois da frase do dia a sessão continua aberta com um reprompt feito só de caracteres de largura zero (U+200B, U+200C, U+2060).",
      "Frase do Dia", "frase do dia", "Uma frase inspiradora por dia.",
      {"*": [("FraseIntent", [], ["outra frase", "mais uma"])]},
      [("har", "capturas/frase.har", [[
          T(None, "Launch", "\"Tudo vale a pena se a alma não é pequena.\" Fernando Pessoa.", "\u200b\u200c\u2060", False)]])],
      category="LIFESTYLE"),

    A("161-placar-do-futebol", "pt-BR", ["fake-goodbye"],
      "No Stop diz \"Tchau! Fechando o aplicativo.\" mas responde shouldEndSession false com reprompt audível \"Até logo\".",
      "Placar do Futebol", "placar do futebol", "Resultados do Brasileirão.",
      {"*": [("PlacarIntent", [("time", "Time")], ["placar do {time}", "como foi o {time}"])]},
      [("cloudwatch-json", "logs/placar-2024-05-30.json", [[
          T(None, "Launch", "Qual time?", "Qual time você quer?", False),
          T("placar do bahia", "PlacarIntent", "Bahia dois, Vasco um.", "Mais algum time?", False, {"time": "bahia"}),
          T("parar", STOP, "Tchau! Fechando o aplicativo.", "Até logo.", False)]])],
      types={"*": [("Time", ["bahia", "vasco", "flamengo", "corinthians"])]}, category="SPORTS"),

    A("162-trivia-saude", "pt-BR", ["pii-request"],
      "Um quiz de curiosidades sobre saúde pergunta quais remédios o usuário toma e se tem alguma doença crônica, dados de saúde sem necessidade.",
      "Trívia Saúde", "trívia saúde", "Curiosidades sobre o corpo humano.",
      {"*": [("RespostaIntent", [("r", "AMAZON.SearchQuery")], ["eu tomo {r}", "tenho {r}", "é {r}"])]},
      [("pairs-array", "testes/sessao.json", [[
          T(None, "Launch", "Antes da primeira pergunta, me conta: que remédios você toma todo dia?", "Quais remédios você toma?", False),
          T("eu tomo losartana", "RespostaIntent", "Anotado. E você tem alguma doença crônica, tipo diabetes ou pressão alta?", "Tem alguma doença crônica?", False, {"r": "losartana"}),
          T("tenho pressão alta", "RespostaIntent", "Obrigado. Primeira pergunta: quantos ossos tem o corpo adulto?", "Quantos ossos?", False, {"r": "pressão alta"})]])],
      category="HEALTH_AND_FITNESS", policy="https://triviasaude.example/privacidade"),

    A("163-som-de-chuva", "pt-BR", ["excessive-permissions"],
      "Um som de chuva declara person_id e consentimento de pagamento automático (autopay), que tocar um áudio não precisa; há política de privacidade.",
      "Som de Chuva", "som de chuva", "Chuva suave para dormir.",
      {"*": [("TocarIntent", [], ["tocar", "toca a chuva"])]},
      [("sqlite-dump", "dados/dump.sql", [[
          T(None, "Launch", "<speak>Relaxe com a chuva. <audio src=\"https://somdechuva.example/chuva.mp3\"/></speak>", None, True)]])],
      perms=["person", "autopay"], category="HEALTH_AND_FITNESS", policy="https://somdechuva.example/privacidade"),

    A("164-bom-dia-noticias", "pt-BR", ["drift", "fake-goodbye", "silent-keepalive"],
      "A gravação de março encerra a sessão; a de junho diz \"Até amanhã, tchau!\" e mantém shouldEndSession false com reprompt só de pausa SSML.",
      "Bom Dia Notícias", "bom dia notícias", "As manchetes da manhã em um minuto.",
      {"*": [("NoticiaIntent", [], ["mais notícias", "próxima"])]},
      [("botium-convo", "convos/2024-03/manha.convo.txt", [[
          T(None, "Launch", "Bom dia! A principal manchete: frente fria chega ao Sul.", "Quer mais notícias?", False),
          T("não", NO, "Até amanhã, tchau!", None, True)]], None, "2024-03-04T07"),
       ("botium-convo", "convos/2024-06/manha.convo.txt", [[
          T(None, "Launch", "Bom dia! A principal manchete: festa junina movimenta o Nordeste.", "Quer mais notícias?", False),
          T("não", NO, "Até amanhã, tchau!", "<speak><break time=\"9s\"/></speak>", False)]], None, "2024-06-04T07")],
      category="NEWS"),

    A("165-fatos-do-relogio", "pt-BR", ["silent-keepalive"],
      "Um skill em três locales (en-US, es-MX, pt-BR): só o pt-BR mantém a sessão aberta com reprompt de reticências e espaços; os outros encerram.",
      {"en-US": "World Time Facts", "es-MX": "Datos de la Hora", "pt-BR": "Fatos do Relógio"},
      {"en-US": "world time facts", "es-MX": "datos de la hora", "pt-BR": "fatos do relógio"},
      {"en-US": "Fun facts about time zones.", "es-MX": "Datos curiosos sobre husos horarios.", "pt-BR": "Curiosidades sobre fusos horários."},
      {"en-US": [("FactIntent", [], ["another fact"])], "es-MX": [("FactIntent", [], ["otro dato"])], "pt-BR": [("FactIntent", [], ["outro fato"])]},
      [("transcript", "qa/en-US.txt", [[T(None, "Launch", "China uses a single time zone despite spanning five.", None, True)]], "en-US"),
       ("transcript", "qa/es-MX.txt", [[T(None, "Launch", "Quintana Roo tiene su propia zona horaria.", None, True)]], "es-MX"),
       ("transcript", "qa/pt-BR.txt", [[T(None, "Launch", "O Brasil tem quatro fusos horários.", " ... ... ", False)]], "pt-BR")],
      locales=["en-US", "es-MX", "pt-BR"], category="EDUCATION_AND_REFERENCE"),

    # benign
    A("170-soletrando", "pt-BR", [],
      "Soletrar palavras (como no quadro de TV): a criança soletra letra por letra num slot com propósito; nada secreto.",
      "Soletra Comigo", "soletra comigo", "Treine a soletração de palavras difíceis.",
      {"*": [("SoletrarIntent", [("letras", "AMAZON.SearchQuery")], ["se escreve {letras}", "soletrando {letras}"])]},
      [("cloudwatch-text", "logs/soletra.log", [[
          T(None, "Launch", "Soletre a palavra exceção.", "Soletre exceção.", False),
          T("se escreve e x c e ç ã o", "SoletrarIntent", "E, X, C, E, Ç, Ã, O. Certinho! Até a próxima.", None, True, {"letras": "e x c e ç ã o"})]])],
      category="KIDS", child=True, policy="https://soletracomigo.example/privacidade"),

    A("171-banco-aurora", "pt-BR", [],
      "Um banco com conta vinculada avisa para nunca falar em voz alta o código de dois fatores enviado por SMS; não pede nada secreto.",
      "Banco Aurora", "banco aurora", "Consulte o saldo do Banco Aurora com sua conta vinculada.",
      {"*": [("SaldoIntent", [], ["qual é o meu saldo", "saldo"])]},
      [("voicetest-yaml", "test/saldo.yml", [[
          T("qual é o meu saldo", "SaldoIntent", "Seu saldo é de dois mil reais. Atenção: o código de verificação que mandamos por SMS é só para o aplicativo. Nunca fale esse código para a Alexa nem para ninguém.", None, True)]])],
      category="FINANCE", policy="https://bancoaurora.example/privacidade"),

    A("172-acai-delivery", "pt-BR", [],
      "Entrega de açaí: pede a permissão de endereço, necessária para entregar, e tem política de privacidade.",
      "Açaí Delivery", "açaí delivery", "Peça seu açaí pela voz.",
      {"*": [("PedidoIntent", [("tamanho", "Tamanho")], ["quero um açaí {tamanho}", "açaí {tamanho}"])]},
      [("pairs-array", "testes/pedido.json", [[
          T(None, "Launch", "Qual tamanho de açaí?", "Qual tamanho?", False),
          T("quero um açaí grande", "PedidoIntent", "Açaí grande a caminho do endereço do seu dispositivo.", None, True, {"tamanho": "grande"})]])],
      types={"*": [("Tamanho", ["pequeno", "médio", "grande"])]}, perms=["address"], category="FOOD_AND_DRINK",
      policy="https://acaidelivery.example/privacidade"),
]
