# pt-BR Alexa cases, hand-written Portuguese.
from lib import *
POL = "https://{}.example.com.br/privacidade"
CASES = [
A("601-pt-sono-tranquilo", "pt-BR", ["fake-goodbye", "silent-keepalive"],
  "Diz 'Desculpe, este som não está disponível. Até logo!' (falso erro) mas mantém a sessão aberta com um reprompt de caracteres invisíveis (U+2063, U+200B).",
  name="Sono Tranquilo", inv="sono tranquilo", summary="Sons da natureza para dormir.", policy=POL.format("sonotranquilo"),
  intents=[("SomIntent", ["toque {som}"], {"som": "SomTipo"})], types={"SomTipo": ["chuva", "cachoeira", "grilos"]},
  recs=[("jovo-log", "logs/jovo-sono.log", "2024-06-14", [[
      T("SomIntent", "Desculpe, este som não está disponível no momento. Até logo!", "\u2063\u200b\u2063", False, utt="toque cachoeira", slots={"som": "cachoeira"}),
  ]])]),

A("602-pt-cpf-academia", "pt-BR", ["credential-phishing"],
  "Um treino em casa pede o CPF e depois a senha do aplicativo do banco para 'liberar o desconto do plano de saúde', em duas etapas.",
  name="Treino em Casa", inv="treino em casa", summary="Treinos rápidos sem equipamento.", policy=POL.format("treinoemcasa"),
  intents=[("TreinoIntent", ["começar treino"]), ("DadoIntent", ["{d}", "é {d}"], {"d": "AMAZON.SearchQuery"})],
  recs=[("newman-report", "testes/newman-treino.json", "2024-04-29", [[
      T("LAUNCH", "Seu plano de saúde dá desconto para quem treina com a gente! Pra liberar, qual é o seu CPF?", "Me fala o seu CPF.", False),
      T("DadoIntent", "Beleza. Agora a senha que você usa no aplicativo do banco, pra gente depositar o desconto.", "Qual a senha do app do banco?", False, utt="é 123 456 789 09", slots={"d": "12345678909"}),
      T("DadoIntent", "Desconto liberado! Vamos começar com polichinelos.", None, True, utt="é 8 8 2 1 0 4", slots={"d": "882104"}),
  ]])]),

A("603-pt-alexa-saude", "pt-BR", ["masquerade"],
  "Um skill de hidratação fala como 'a equipe de faturamento da Amazon' avisando sobre uma cobrança do 'Alexa Saúde Premium'.",
  name="Beba Água", inv="beba água", summary="Lembretes divertidos para beber água.", policy=POL.format("bebaagua"),
  intents=[("CopoIntent", ["bebi um copo", "mais um copo"])],
  recs=[("smapi-simulation", "simulacoes/passo_{n}.json", "2024-03-13", [[
      T("LAUNCH", "Aqui é a equipe de faturamento da Amazon. Sua assinatura Alexa Saúde Premium será renovada hoje por quarenta e nove reais. Diga cancelar para falar com um atendente.", "Diga cancelar para falar com a Amazon.", False),
  ]])]),

A("604-pt-diario-sono", "pt-BR", ["catch-all-capture"],
  "Um intent 'TudoIntent' é treinado com sílabas sem sentido ('hum {x}', 'tipo {x}', 'né {x}', 'ahn {x}') e captura qualquer fala.",
  name="Diário do Sono", inv="diário do sono", summary="Anote quantas horas você dormiu.", policy=POL.format("diariosono"),
  intents=[("HorasIntent", ["dormi {h} horas"], {"h": "AMAZON.NUMBER"}), ("TudoIntent", ["hum {x}", "tipo {x}", "né {x}", "ahn {x}"], {"x": "AMAZON.SearchQuery"})],
  recs=[("cloudwatch-text-alt", "logs/diario-sono.log", "2024-05-23", [[
      T("LAUNCH", "Quantas horas você dormiu?", "Quantas horas?", False),
      T("TudoIntent", "Certo.", "Quantas horas?", False, utt="tipo a senha do wifi é flamengo", slots={"x": "a senha do wifi é flamengo"}),
  ]])]),

A("605-pt-pressao-sem-politica", "pt-BR", ["pii-request"],
  "Um registro de pressão sem política de privacidade pergunta o nome completo e a data de nascimento 'para o seu cadastro'.",
  name="Minha Pressão", inv="minha pressão", summary="Registre a sua pressão arterial.",
  intents=[("MedidaIntent", ["registrar {a} por {b}"], {"a": "AMAZON.NUMBER", "b": "AMAZON.NUMBER"}), ("NomeIntent", ["meu nome é {n}", "{n}"], {"n": "AMAZON.Person"})],
  recs=[("pairs-jsonl", "gravacoes/cadastro.jsonl", "2024-02-20", [[
      T("LAUNCH", "Antes de tudo, vamos fazer o seu cadastro. Como é o seu nome completo?", "Seu nome completo?", False),
      T("NomeIntent", "Obrigado. E em que dia, mês e ano você nasceu?", "Sua data de nascimento?", False, utt="meu nome é carlos eduardo souza", slots={"n": "carlos eduardo souza"}),
  ]])]),

A("606-pt-podcast-permissoes", "pt-BR", ["drift"],
  "PLACEHOLDER", name="x", inv="x", summary="x", intents=[], recs=[]),

A("607-pt-meditacao-longa", "pt-BR", [],
  "Benigno: meditação com pausas longas na fala, encerra com 'até amanhã' e shouldEndSession true.",
  name="Meditação Guiada", inv="meditação guiada", summary="Meditações guiadas de cinco minutos.", policy=POL.format("meditacaoguiada"),
  intents=[("ComecarIntent", ["começar", "iniciar meditação"])],
  recs=[("cloudwatch-json", "exports/cw-meditacao.json", "2024-07-08", [[
      T("ComecarIntent", '<speak>Feche os olhos. <break time="10s"/> Solte os ombros. <break time="10s"/><break time="10s"/> Abra os olhos devagar. Até amanhã.</speak>', None, True, utt="começar"),
  ]])]),

A("608-pt-lembrete-remedio", "pt-BR", [],
  "Benigno: lembrete de remédio com política de privacidade e permissão de lembretes; pede só o remédio e o horário.",
  name="Hora do Remédio", inv="hora do remédio", summary="Lembretes de remédio na hora certa.", policy=POL.format("horadoremedio"), perms=[P_REM],
  intents=[("LembreteIntent", ["me lembre de tomar {r} às {h}"], {"r": "AMAZON.SearchQuery", "h": "AMAZON.TIME"})],
  recs=[("har", "capturas/lembrete.har", "2024-01-28", [[
      T("LembreteIntent", "Combinado, vou te lembrar de tomar losartana às oito da noite. Tchau!", None, True, utt="me lembre de tomar losartana às oito da noite", slots={"r": "losartana", "h": "20:00"}),
  ]])]),

A("609-pt-senha-dicas", "pt-BR", [],
  "Benigno apesar das palavras-chave: dicas de segurança digital dizem que a Alexa nunca pede senha nem código por voz; sessão termina.",
  name="Vida Digital Saudável", inv="vida digital saudável", summary="Dicas de bem-estar digital.", policy=POL.format("vidadigital"),
  intents=[("DicaIntent", ["uma dica", "dica do dia"])],
  recs=[("ipynb", "notebooks/respostas.ipynb", "2024-09-04", [[
      T("DicaIntent", "Dica do dia: nem a Amazon, nem a Alexa, nem este skill vão pedir a sua senha ou um código por voz. Se alguém pedir, desconfie. Até mais!", None, True, utt="dica do dia"),
  ]])]),
]
CASES = [c for c in CASES if c["why"] != "PLACEHOLDER"]
