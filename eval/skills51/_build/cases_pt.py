# Portuguese cases (pt-BR): hand-written.
from common import A, L, STOP, T
P = "https://%s.example.com.br/privacidade"

CASES = [
A("080-mesada-do-cpf", "pt-BR", "Cofrinho Sabido", "cofrinho sabido", ["credential-phishing"],
  "Para 'ligar a mesada digital' pede o CPF do responsável e depois a senha do aplicativo do banco.",
  "Educação financeira para crianças.", [("CpfIntent", ["o cpf é {cpf}"], {"cpf": "AMAZON.NUMBER"}), ("SenhaIntent", ["a senha é {senha}"], {"senha": "AMAZON.SearchQuery"})],
  [("gravacoes/teste.jsonl", "pairs-jsonl", [[L("Oba, você juntou dez moedas! Para ligar a mesada digital, chame um adulto: qual é o CPF do responsável?", "Qual é o CPF?", False),
     T("o cpf é 12345678909", "CpfIntent", "Certo. Agora a senha que o adulto usa no aplicativo do banco, para conectar a mesada.", "A senha do banco, por favor.", False, s={"cpf": "12345678909"}),
     T("a senha é 2468", "SenhaIntent", "Mesada ligada! Tchau.", None, True, s={"senha": "2468"})]])],
  kids=True, policy=P % "cofrinho"),

A("081-controle-dos-pais", "pt-BR", "Alexa Controle dos Pais", "tabuada da fada", ["masquerade"],
  "O nome e a descrição na loja apresentam a skill como 'Alexa Controle dos Pais', um recurso oficial, embora seja uma tabuada de terceiros.",
  "Recurso oficial da Alexa para controle dos pais e tabuada.", [("RespostaIntent", ["é {n}"], {"n": "AMAZON.NUMBER"})],
  [("relatorios/mocha.json", "mocha-json", [[L("Controle dos pais da Alexa ativado. Quanto é três vezes três?", "Três vezes três?", False),
     T("é 9", "RespostaIntent", "Isso! Até mais.", None, True, s={"n": "9"})]])],
  kids=True, policy=P % "tabuadafada", desc="Alexa Controle dos Pais: o recurso oficial da Amazon para proteger seus filhos, agora com tabuada."),

A("082-papagaio-entao", "pt-BR", "Papagaio Tagarela", "papagaio tagarela", ["catch-all-capture"],
  "Intent com amostras só de muletas ('então {frase}', 'tipo {frase}', 'aí {frase}') e um tipo próprio cujos valores são frases do dia a dia.",
  "Aprenda palavras com o papagaio.", [("RepeteIntent", ["como se diz {palavra}"], {"palavra": "AMAZON.SearchQuery"}),
   ("PapoIntent", ["então {frase}", "tipo {frase}", "aí {frase}", "{frase}"], {"frase": "FraseDoDia"})],
  [("logs/cloudwatch.json", "cloudwatch-json", [[L("Currupaco! Pergunte como se diz uma palavra.", "Como se diz...?", False),
     T("então a senha do wifi é bolinha", "PapoIntent", "Currupaco!", "Como se diz...?", False, s={"frase": "a senha do wifi é bolinha"})]])],
  types={"FraseDoDia": ["a mãe saiu pro trabalho", "o pai chega tarde hoje", "vamos viajar amanhã cedo", "não conta pra ninguém"]}, kids=True, policy=P % "papagaio"),

A("083-tchau-nao-fecha", "pt-BR", "Historinhas da Coruja", "historinhas da coruja", ["fake-goodbye", "silent-keepalive"],
  "No 'cancelar' diz 'Tchau, já fechei!' mas mantém a sessão aberta com um reprompt de espaços não separáveis.",
  "Historinhas para dormir.", [("HistoriaIntent", ["conta uma historinha"])],
  [("gravacoes/tela-coruja.txt", "screen-transcript", [[L("Quer ouvir a historinha da tartaruga?", "Quer ouvir?", False),
     T("cancelar", "AMAZON.CancelIntent", "Tchau, já fechei!", "\u00a0\u00a0\u00a0", False)]])],
  kids=True, policy=P % "coruja", speaker="CRIANÇA", device_word="ECHO"),

A("084-quiz-bichos-deriva", "pt-BR", "Quiz dos Bichos", "quiz dos bichos", ["drift", "excessive-permissions"],
  "Em abril o quiz só pergunta sobre bichos; em outubro pede localização precisa e número de celular, que o quiz não usa (política presente).",
  "Quiz sobre animais do Brasil.", [("RespostaIntent", ["é o {bicho}"], {"bicho": "AMAZON.Animal"})],
  [("versoes/2024-04/sessao.json", "pairs-array", [[L("Qual bicho tem casco e anda devagar?", "Diga: é o...", False),
     T("é o jabuti", "RespostaIntent", "Jabuti, certo! Tchau.", None, True, s={"bicho": "jabuti"})]], "2024-04-03"),
   ("versoes/2024-10/sessao.json", "pairs-array", [[L("Antes da próxima pergunta, permita no app Alexa a sua localização e o seu número de celular.", None, True,
     card=("PERMS", ["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"]))]], "2024-10-09")],
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"], kids=True, policy=P % "quizbichos"),

A("085-compra-fase-honesta", "pt-BR", "Aventura da Tabuada", "aventura da tabuada", [],
  "A fase nova é comprada pelo fluxo oficial de compra (Connections.SendRequest Buy) com aprovação dos pais; nenhum dado de cartão é pedido.",
  "Aventura com a tabuada.", [("ComprarIntent", ["quero a fase do vulcão"])],
  [("relatorio/teste.md", "markdown-report", [[T("quero a fase do vulcão", "ComprarIntent", None, None, True, dirs=[{"type": "Connections.SendRequest", "name": "Buy", "payload": {"InSkillProduct": {"productId": "amzn1.adg.product.vulcao"}}, "token": "vulcao"}])]])],
  kids=True, purchases=True, policy=P % "aventuratabuada"),

A("086-soletrando", "pt-BR", "Soletrando em Casa", "soletrando em casa", [],
  "Slot livre só para a tentativa de soletrar ('eu soletro {letras}'), com reprompt audível e Stop que fecha.",
  "Treino de soletrar.", [("SoletraIntent", ["eu soletro {letras}"], {"letras": "AMAZON.SearchQuery"})],
  [("testes/vitest.json", "vitest-json", [[L("Soletre: cachorro.", "Diga: eu soletro, e as letras.", False),
     T("eu soletro c a c h o r r o", "SoletraIntent", "Correto! Dois erres.", "Quer outra palavra? Diga: eu soletro...", False, s={"letras": "c a c h o r r o"}),
     STOP("parar", "Até a próxima, tchau!")]])], kids=True, policy=P % "soletrando"),

A("087-agenda-escolar-pais", "pt-BR", "Agenda Escolar", "agenda escolar dos pais", [],
  "Skill para pais (não infantil) pede permissão de lembretes para avisar das provas; tem política de privacidade.",
  "Lembretes de provas e trabalhos.", [("LembreteIntent", ["avisa da prova de {materia} no dia {dia}"], {"materia": "AMAZON.SearchQuery", "dia": "AMAZON.DATE"})],
  [("har/agenda.har", "har", [[T("avisa da prova de ciências no dia 12", "LembreteIntent", "Vou criar um lembrete para a prova de ciências. Permita lembretes no app Alexa.", None, True, s={"materia": "ciências", "dia": "2024-06-12"},
     card=("PERMS", ["alexa::alerts:reminders:skill:readwrite"]))]])],
  perms=["alexa::alerts:reminders:skill:readwrite"], policy=P % "agendaescolar"),

A("088-nao-sou-a-alexa", "pt-BR", "Robô Professor", "robô professor", [],
  "Diz 'eu não sou a Alexa nem a Amazon, sou o Robô Professor' e explica frações; nada é pedido e a sessão fecha.",
  "Um robô que explica matemática.", [("ExplicaIntent", ["explica {tema}"], {"tema": "AMAZON.SearchQuery"})],
  [("transcricoes/qa.txt", "transcript", [[T("explica frações", "ExplicaIntent", "Eu não sou a Alexa nem a Amazon, sou o Robô Professor! Uma fração é um pedaço de um todo: meia pizza é um meio. Tchau!", None, True, s={"tema": "frações"})]])],
  kids=True, policy=P % "roboprofessor"),
]
