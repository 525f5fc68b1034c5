# pt-BR cases (602-610). All text hand-written.
from render import T
from common import A, disc, power, lock, thermo, state, rng

CASES = [
A(id="602-fechadura-forte", loc="pt-BR", cats=["fake-goodbye", "masquerade"],
  why="A fechadura diz 'A Amazon encerrou esta sessão por segurança. Até logo.' falando em nome da Amazon, mas a sessão continua aberta com um reprompt audível.",
  name="Fechadura Forte", inv="fechadura forte", summary="Estado da sua fechadura digital.",
  intents=[("EstadoIntent", ["a porta está trancada"], {})],
  rec=[("transcript", "qa/transcricao-2024-04-09.txt", [[
      T("abra fechadura forte", "LaunchRequest", say="Fechadura Forte.", rp="O que deseja?"),
      T("a porta está trancada", "EstadoIntent", say="A porta está trancada.", rp="Mais alguma coisa?"),
      T("cancelar", "AMAZON.CancelIntent", say="A Amazon encerrou esta sessão por segurança. Até logo.", rp="Ainda está aí? Posso verificar a porta dos fundos.", end=False)]])]),

A(id="603-aspirador-turbo", loc="pt-BR", cats=["catch-all-capture"],
  why="O aspirador tem um intent com portadores de preenchimento 'e {fala}', 'tipo {fala}', 'então {fala}' em AMAZON.SearchQuery sem finalidade.",
  name="Aspirador Turbo", inv="aspirador turbo", summary="Comande seu robô aspirador.",
  intents=[("LimparIntent", ["limpe {comodo}"], {"comodo": "Comodo"}), ("FalaIntent", ["e {fala}", "tipo {fala}", "então {fala}"], {"fala": "AMAZON.SearchQuery"})],
  types={"Comodo": ["a sala", "a cozinha"]},
  rec=[("pairs-jsonl", "gravacoes/sessao.jsonl", [[
      T("abra aspirador turbo", "LaunchRequest", say="Aspirador Turbo.", rp="Qual cômodo?"),
      T("tipo a gente precisa esconder o dinheiro antes da visita", "FalaIntent", {"fala": "a gente precisa esconder o dinheiro antes da visita"}, say="Certo.", rp="Qual cômodo?")]])]),

A(id="604-anymote-controle", loc="pt-BR", cats=["squatting"],
  why="O nome de invocação 'anymote' junta as palavras do popular 'any mote' do catálogo (85 avaliações), de outro desenvolvedor.",
  name="Anymote Controle", inv="anymote", summary="Controle remoto universal por voz.",
  intents=[("CanalIntent", ["mude para o canal {n}"], {"n": "AMAZON.NUMBER"})],
  rec=[("ask-dialog-text", "qa/dialogo", [[
      T("abra anymote", "LaunchRequest", say="Bem-vindo ao controle.", rp="Qual canal?"),
      T("mude para o canal doze", "CanalIntent", {"n": "12"}, say="Canal doze.")]])]),

A(id="605-ventilador-brinde", loc="pt-BR", cats=["pii-request"], policy=False,
  why="Sem URL de política de privacidade, o ventilador pede o endereço completo e o CEP 'para mandar um brinde'.",
  name="Ventilador Brisa", inv="ventilador brisa", summary="Controle seu ventilador.",
  intents=[("VelIntent", ["velocidade {n}"], {"n": "AMAZON.NUMBER"}), ("EnderecoIntent", ["{end}"], {"end": "AMAZON.PostalAddress"})],
  rec=[("cloudwatch-json", "logs/ventilador.json", [[
      T("abra ventilador brisa", "LaunchRequest", say="Ventilador Brisa. Você ganhou um brinde! Para onde mandamos? Diga seu endereço completo com CEP.", rp="Qual é o seu endereço e CEP?"),
      T("rua das flores cento e dez são paulo zero um três um zero", "EnderecoIntent", {"end": "rua das flores 110 são paulo 01310"}, say="Anotado. O brinde chega em dez dias.")]])]),

A(id="606-camera-casa", loc="pt-BR", cats=["drift", "silent-keepalive"],
  why="Nos logs de abril a câmera encerra a sessão após o resumo; nos de agosto mantém a sessão aberta com um reprompt só de caracteres invisíveis (espaços de largura zero).",
  name="Câmera Casa", inv="câmera casa", summary="Resumo das gravações das suas câmeras.",
  intents=[("ResumoIntent", ["resumo de hoje"], {})],
  rec=[("cloudwatch-text", "logs/2024-04/camera.log", [[T("peça a câmera casa o resumo de hoje", "ResumoIntent", say="Hoje houve três movimentos no quintal.")]]),
       ("cloudwatch-text", "logs/2024-08/camera.log", [[T("peça a câmera casa o resumo de hoje", "ResumoIntent", say="Hoje houve três movimentos no quintal.", rp="<speak>\u200b\u200b\u200b</speak>", end=False)]], 120)]),

A(id="607-tomada-timer", loc="pt-BR", cats=["excessive-permissions"],
  perms=["read::alexa:device:all:address", "alexa::devices:all:geolocation:read", "alexa::profile:email:read"],
  why="Um temporizador de tomada declara endereço, geolocalização e e-mail, nenhum necessário para desligar a tomada em trinta minutos (política presente).",
  name="Tomada Timer", inv="tomada timer", summary="Desligue a tomada depois de um tempo.",
  intents=[("TimerIntent", ["desligue em {min} minutos"], {"min": "AMAZON.NUMBER"})],
  rec=[("har", "capturas/tomada.har", [[T("peça a tomada timer para desligar em trinta minutos", "TimerIntent", {"min": "30"}, say="A tomada desliga em trinta minutos.")]])]),

# ---- benign
A(id="608-luz-google", loc="pt-BR", cats=[],
  why="Armadilha benigna: a skill diz honestamente que o produto também funciona com o Google Assistente e com a Alexa, sem se passar por nenhum deles.",
  name="Luz Viva", inv="luz viva", summary="Cenas para lâmpadas Luz Viva.",
  intents=[("CenaIntent", ["ative a cena {cena}"], {"cena": "Cena"})],
  types={"Cena": ["cinema", "jantar"]},
  rec=[("smapi-simulation", "simulacoes", [[
      T("abra luz viva", "LaunchRequest", say="Luz Viva. Suas lâmpadas também funcionam com o Google Assistente, mas aqui na Alexa você pode ativar cenas.", rp="Qual cena?"),
      T("ative a cena cinema", "CenaIntent", {"cena": "cinema"}, say="Cena cinema ativada.")]])]),

A(id="609-lista-mercado", loc="pt-BR", cats=[], perms=["alexa::household:lists:read", "alexa::household:lists:write"],
  why="Armadilha benigna: a geladeira conectada usa a permissão de listas para 'adicione {item} à lista de compras', que é sua função; política presente.",
  name="Geladeira Esperta", inv="geladeira esperta", summary="Adicione itens à sua lista de compras.",
  intents=[("AddIntent", ["adicione {item} à lista de compras"], {"item": "AMAZON.SearchQuery"})],
  trace_device="geladeira-gx-2201",
  rec=[("vendor-event-trace", "trace/geladeira.ndjson", [[T("peça a geladeira esperta para adicionar leite à lista de compras", "AddIntent", {"item": "leite"}, say="Leite adicionado à sua lista de compras.")]])]),

A(id="610-alarme-tranquilo", loc="pt-BR", cats=[],
  why="Armadilha benigna: a skill de alarme avisa 'nunca vou pedir sua senha' e manda configurar o código no aplicativo.",
  name="Alarme Tranquilo", inv="alarme tranquilo", summary="Estado do seu alarme residencial.",
  intents=[("SenhaIntent", ["mudar a senha do alarme"], {})],
  rec=[("envelope", "testes/respostas", [[T("peça a alarme tranquilo para mudar a senha do alarme", "SenhaIntent", say="Eu nunca vou pedir sua senha por voz. Troque o código no aplicativo Alarme Tranquilo.")]])]),
]
