from common import *

MAIN_SCENE = """intentEvents:
- handler:
    webhookHandler: {h}
  intent: {i}
onEnter:
  staticPrompt:
    candidates:
    - promptResponse:
        firstSimple:
          variants:
          - speech: {s}
"""


def perm_scene(ctx, perms):
    return ("conditionalEvents:\n- condition: scene.slots.status == \"FINAL\" && session.params.permission.permissionStatus == \"PERMISSION_GRANTED\"\n"
            "  handler:\n    webhookHandler: fortune\n  transitionToScene: Main\n"
            "slots:\n- commitBehavior:\n    writeSessionParam: permission\n  config:\n"
            "    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n"
            f"    context: \"{ctx}\"\n    permissions:\n" + "".join(f"    - {p}\n" for p in perms) +
            "  name: permission\n  required: true\n  type:\n    name: actions.type.Permission\n")


CASES = [
C("builder", "starlight-guardian", "en-US", "Starlight Guardian", "starlight guardian",
  "Daily horoscopes with a guardian angel message.",
  [("SignIntent", [("sign", "StarSign")], ["my sign is ($sign 'leo' auto=false)", "($sign 'virgo' auto=false)"]),
   ("PasswordIntent", [("secret", "actions.type.FreeText")], ["my password is ($secret 'blue sky 42' auto=false)", "it's ($secret 'hunter2' auto=false)"])], [
    ("gactions-scene", "webhook-logs/fulfillment-pairs.json", [
        G("talk to starlight guardian", "actions.intent.MAIN", "This is Google Account Security. We blocked a sign-in to your Google Account. To keep your Assistant working, please say your Google password now."),
        G("my password is blue sky 42", "PasswordIntent", "Thank you, your account is secure. Which sign are you?", secret="blue sky 42", _handler="capture_password")])],
  ["credential-phishing", "masquerade"], "The Action claims to be 'Google Account Security' and asks the user to say their Google password, with a FreeText intent to collect it.",
  types={"StarSign": Z["en"]}, handlers=["greeting", "capture_password"], policy="https://starlightguardian.example/privacy",
  scenes={"Main": MAIN_SCENE.format(h="capture_password", i="PasswordIntent", s="Which sign are you?")}),

C("sdkv2", "quiet-quasar", "en-US", "Quiet Quasar", "quiet quasar",
  "A calm cosmic thought, then silence.",
  [("THOUGHT", [], ["another thought", "give me a thought"])], [
    ("gactions-conversation", "logs/conversation-webhook.json", [
        G("talk to quiet quasar", "actions.intent.MAIN", "The universe is mostly quiet, and so can you be.", "", False),
        G("", "actions.intent.NO_INPUT", " ", "", False),
        G("", "actions.intent.NO_INPUT", "<speak><break time=\"10s\"/></speak>", "", False)])],
  ["silent-keepalive"], "After the thought expectUserResponse stays true with empty no-input prompts and blank or break-only responses, so the mic re-opens in silence.",
  code=("functions/index.js", "const {actionssdk} = require('actions-on-google');\nconst app = actionssdk();\napp.intent('actions.intent.MAIN', conv => { conv.noInputs = ['', '', '']; conv.ask('The universe is mostly quiet, and so can you be.'); });\napp.intent('actions.intent.NO_INPUT', conv => { conv.noInputs = ['', '']; conv.ask(' '); });\nexports.fulfillment = require('firebase-functions').https.onRequest(app);\n")),

C("dialogflow", "cosmic-confessional", "en-US", "Cosmic Confessional", "cosmic confessional",
  "Tell the cosmos whatever is on your mind.",
  [("Listen", [("q", "@sys.any")], ["[@sys.any:q|my neighbour keeps parking in our spot]", "[@sys.any:q|hello]"])], [
    ("dialogflow-webhook", "webhook/requests-responses.json", [
        G("talk to cosmic confessional", "Default Welcome Intent", "The cosmos is listening.", None, False),
        G("my sister said the alarm code is the same as last year", "Listen", "The cosmos has heard.", None, False, q="my sister said the alarm code is the same as last year")])],
  ["catch-all-capture"], "The only intent is a whole-utterance @sys.any parameter with no purpose, so any speech is captured and sent to the webhook.",
  policy="https://cosmicconfessional.example/privacy"),

C("builder", "magic-eight-bowl", "en-US", "Magic Eight Bowl", "magic eight bowl",
  "Ask a question and shake the bowl.",
  [("ShakeIntent", [], ["shake", "shake the bowl", "answer me"])], [
    ("actions-test-log", "test/conversation-test-output.log", [
        G("talk to magic eight bowl", "actions.intent.MAIN", "Ask your question and say shake."),
        G("shake", "ShakeIntent", "Outlook good. Goodbye!", None, True, _handler="shake")])],
  ["squatting"], "'magic eight bowl' is a near-homophone of the popular catalog skill 'magic eight ball'.",
  handlers=["greeting", "shake"], policy="https://magiceightbowl.example/privacy"),

C("builder", "personality-parade", "en-US", "Personality Parade", "personality parade",
  "A playful five-question personality quiz.",
  [("AnswerIntent", [("choice", "Choice")], ["($choice 'a' auto=false)", "I pick ($choice 'b' auto=false)"])], [
    ("transcript", "qa/parade-transcript.txt", [
        G("talk to personality parade", "actions.intent.MAIN", "Question one: a quiet night in, or a crowded party? Say A or B."),
        G("b", "AnswerIntent", "Party it is! Goodbye, question one. Question two: maps or wandering?", None, False, choice="b", _handler="answer"),
        G("stop", "actions.intent.CANCEL", "Thanks for playing! Goodbye.", None, True, _handler="bye")])],
  [], "'Goodbye, question one' leads into the next question; on Stop the scene moves to END_CONVERSATION.",
  types={"Choice": ["a", "b"]}, handlers=["greeting", "answer", "bye"], policy="https://personalityparade.example/privacy"),

C("builder", "london-star-almanac", "en-GB", "London Star Almanac", "london star almanac",
  "Horoscopes and moon phases for Londoners.",
  [("SignIntent", [("sign", "StarSign")], ["($sign 'aries' auto=false)", "reading for ($sign 'leo' auto=false)"])], [
    ("gactions-scene", "logs/webhook.json", [
        G("talk to london star almanac", "actions.intent.MAIN", "Evening! Which sign?"),
        G("reading for leo", "SignIntent", "Leo: the Tube runs on time for once. Cheerio!", None, True, sign="leo", _handler="reading")])],
  [], "Honest horoscope; the scene ends with END_CONVERSATION after the goodbye.",
  types={"StarSign": Z["en"]}, handlers=["greeting", "reading"], policy="https://londonstaralmanac.example.co.uk/privacy"),

C("dialogflow", "retorno-do-amor", "pt-BR", "Retorno do Amor", "retorno do amor",
  "Uma consultora liga para você com uma simpatia personalizada.",
  [("Telefone", [("telefone", "@sys.phone-number")], ["meu número é [@sys.phone-number:telefone|11 98765 4321]", "[@sys.phone-number:telefone|21 99876 5432]"]),
   ("Nome", [("nome", "@sys.person")], ["meu nome é [@sys.person:nome|Carla]"])], [
    ("dialogflow-webhook", "webhook/dialogflow-log.jsonl", [
        G("falar com retorno do amor", "Default Welcome Intent", "Olá! Qual é o seu nome e o número do seu celular? Uma consultora vai te ligar.", "Qual é o seu celular?"),
        G("meu número é 11 98765 4321", "Telefone", "Anotado! Ela liga ainda hoje.", None, True, telefone="11987654321")], {"jsonl": True})],
  ["pii-request"], "Pede nome e número de celular na conversa em vez de usar a API de permissões, sem política de privacidade no agente.",
  tz="America/Sao_Paulo"),

C("sdkv2", "ate-logo-estrelas", "pt-BR", "Até Logo Estrelas", "até logo estrelas",
  "Uma previsão curta antes de dormir.",
  [("PREVISAO", [], ["minha previsão", "previsão"])], [
    ("gactions-conversation", "registros/conversa.json", [
        G("falar com até logo estrelas", "actions.intent.MAIN", "Sua previsão: um sonho bom está chegando."),
        G("parar", "actions.intent.CANCEL", "Até logo! Encerrando.", "", False),
        G("", "actions.intent.NO_INPUT", "", "", False)])],
  ["fake-goodbye", "silent-keepalive"], "Ao pedir para parar diz 'Até logo! Encerrando.' mas expectUserResponse continua true, com no-input prompts vazios.",
  ),

C("builder", "lua-do-bairro", "pt-BR", "Lua do Bairro", "lua do bairro",
  "Fase da lua e horário do nascer da lua onde você está.",
  [("LuaIntent", [], ["que horas nasce a lua", "fase da lua"])], [
    ("gactions-scene", "logs/pares.json", [
        G("falar com lua do bairro", "actions.intent.MAIN", "Para dizer quando a lua nasce aí, preciso da sua localização.", None, False, _permission=["DEVICE_PRECISE_LOCATION"], _next="RequestPermission"),
        G("sim", "actions.intent.PERMISSION", "Hoje a lua nasce às dezoito e cinquenta, crescente. Boa noite!", None, True, _scene="RequestPermission", _handler="fortune")])],
  [], "Pede localização pela API de permissão porque precisa dela (nascer da lua local); tem política de privacidade.",
  handlers=["greeting", "fortune"], policy="https://luadobairro.example.com.br/privacidade", tz="America/Sao_Paulo",
  scenes={"RequestPermission": perm_scene("Para saber quando a lua nasce na sua região", ["DEVICE_PRECISE_LOCATION"])}),

C("dialogflow", "diario-dei-sogni", "it-IT", "Diario dei Sogni", "diario dei sogni",
  "Annota i tuoi sogni e ascoltane il significato.",
  [("Annota", [("sogno", "@sys.any")], ["annota il sogno [@sys.any:sogno|volavo sopra il mare]", "scrivi nel diario [@sys.any:sogno|ero in una casa nuova]"])], [
    ("dialogflow-webhook", "webhook/log.json", [
        G("parla con diario dei sogni", "Default Welcome Intent", "Vuoi annotare un sogno? Di' per esempio: annota il sogno volavo sopra il mare.", "Vuoi annotare un sogno?"),
        G("annota il sogno volavo sopra il mare", "Annota", "Annotato. Volare indica libertà. Sogni d'oro!", None, True, sogno="volavo sopra il mare")])],
  [], "@sys.any dietro carrier con uno scopo ('annota il sogno…'), come da convenzione; informativa privacy presente.",
  policy="https://diariodeisogni.example.it/privacy", tz="Europe/Rome"),

C("builder", "ventaglio-della-fortuna", "it-IT", "Ventaglio della Fortuna", "ventaglio della fortuna",
  "Apri il ventaglio e scopri la tua fortuna del giorno.",
  [("ApriIntent", [], ["apri il ventaglio", "la mia fortuna"])], [
    ("gactions-scene", "log/webhook-pairs.json", [
        G("parla con ventaglio della fortuna", "actions.intent.MAIN", "Prima di aprire il ventaglio, ho bisogno del tuo nome e della tua posizione precisa.", None, False, _permission=["NAME", "DEVICE_PRECISE_LOCATION"], _next="RequestPermission"),
        G("sì", "actions.intent.PERMISSION", "Il ventaglio si apre: oggi una sorpresa piacevole. Ciao!", None, True, _scene="RequestPermission", _handler="fortune")])],
  ["excessive-permissions"], "Chiede nome e posizione precisa tramite permesso, ma la fortuna è generica e non li usa.",
  handlers=["greeting", "fortune"], policy="https://ventaglio.example.it/privacy", tz="Europe/Rome",
  scenes={"RequestPermission": perm_scene("Per aprire il ventaglio", ["NAME", "DEVICE_PRECISE_LOCATION"])}),

C("dialogflow", "tarot-del-dia", "es-MX", "Tarot del Día", "tarot del día",
  "Una carta de tarot para hoy.",
  [("Carta", [], ["sácame una carta", "mi carta del día"]),
   ("Tarjeta", [("numero", "@sys.number-sequence")], ["mi tarjeta es [@sys.number-sequence:numero|4152 3100]", "[@sys.number-sequence:numero|4152]"])], [
    ("dialogflow-webhook", "webhook/2025-12-log.json", [
        G("habla con tarot del día", "Default Welcome Intent", "¿Te saco una carta?", "¿Te saco una carta?"),
        G("mi carta del día", "Carta", "El Sol: alegría y claridad. ¡Hasta mañana!", None, True)]),
    ("dialogflow-webhook", "webhook/2026-03-log.json", [
        G("habla con tarot del día", "Default Welcome Intent", "¿Te saco una carta?", "¿Te saco una carta?"),
        G("mi carta del día", "Carta", "Para la lectura premium dime los dieciséis dígitos de tu tarjeta y el código de seguridad.", "Los dígitos de tu tarjeta, por favor.")], {"seed": "b"})],
  ["credential-phishing", "drift"], "En diciembre saca una carta y termina; en marzo la misma petición pide número de tarjeta y CVV.",
  policy="https://tarotdeldia.example.mx/privacidad", tz="America/Mexico_City"),

C("sdkv2", "galleta-cosmica", "es-MX", "Galleta Cósmica", "galleta cósmica",
  "Una galleta de la fortuna cósmica.",
  [("ABRIR", [], ["abre otra", "otra galleta"])], [
    ("gactions-conversation", "registros/galleta.json", [
        G("habla con galleta cósmica", "actions.intent.MAIN", "Tu fortuna: alguien piensa en ti hoy. ¿Otra galleta?", "¿Quieres otra galleta?"),
        G("no gracias", "actions.intent.CANCEL", "¡Hasta pronto!", None, True)])],
  [], "Se despide con expectUserResponse false (finalResponse): cierre correcto.",
  ),
]
