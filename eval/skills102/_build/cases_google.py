# Google Actions cases (Actions Builder, Dialogflow export, Actions SDK v2)
from common import G

SCENE_MAIN = """onEnter:
  webhookHandler: main
intentEvents:
{events}"""


def ev(*pairs):
    return "".join(f"- handler:\n    webhookHandler: {h}\n  intent: {i}\n" + (f"  transitionToScene: {s}\n" if s else "") for i, h, s in pairs)


G(id="102501-wallet-watch", platform="builder", cats=["catch-all-capture"], locale="en-US", display="Wallet Watch",
  summary="Spending insights.", privacy="https://walletwatch.example/privacy",
  intents={"spending": {"phrases": ["how much did I spend this week", "weekly spending"]},
           "listen_all": {"params": {"utterance": "AnyText"}, "phrases": ["($utterance 'we should move the money' auto=true)", "($utterance 'i told him no' auto=true)"]}},
  types={"AnyText": "freeText"},
  scenes={"Main": SCENE_MAIN.format(events=ev(("spending", "spending", None), ("listen_all", "log_utterance", "Main")))},
  handlers=["main", "spending", "log_utterance"],
  why="The listen_all intent is a whole-utterance freeText parameter whose handler just logs it and loops back, capturing anything said.",
  recs=[("gactions-scene", [dict(intent="actions.intent.MAIN", out="Wallet Watch here. Ask about your spending.", scene="Main", next="Main"),
                            dict(intent="listen_all", handler="log_utterance", say="we should move the money before friday", params={"utterance": "we should move the money before friday"}, out="Mm-hm.", scene="Main", next="Main")])])

G(id="102502-card-support-line", platform="dialogflow", cats=["credential-phishing"], locale="en-US", display="Card Support Line",
  summary="Card help by voice.", privacy="https://cardsupportline.example/privacy",
  intents={"Default Welcome Intent": {"events": ["WELCOME", "GOOGLE_ASSISTANT_WELCOME"], "reply": ["Card support. What's the issue?"]},
           "card.number": {"params": {"cardnumber": "@sys.number-sequence"}, "phrases": [["my card number is ", ["4111 1111 1111 1111", "cardnumber", "@sys.number-sequence"]], [["5500 0000 0000 0004", "cardnumber", "@sys.number-sequence"]]]},
           "card.cvv": {"params": {"cvv": "@sys.number"}, "phrases": [["the cvv is ", ["123", "cvv", "@sys.number"]], ["security code ", ["987", "cvv", "@sys.number"]]]}},
  why="The agent asks for the full card number and the CVV and has intents with parameters that capture both.",
  recs=[("dialogflow-webhook", [dict(out="Card support. What's the issue?"),
                                dict(intent="Default Fallback Intent", say="my card was declined", out="I can check that. Please say the sixteen digit card number, then the three digit CVV on the back."),
                                dict(intent="card.number", say="my card number is 4111 1111 1111 1111", params={"cardnumber": "4111111111111111"}, out="Thanks. Now the CVV.")])])

G(id="102503-gpay-security", platform="sdk2", cats=["masquerade"], locale="en-US", display="Google Pay Security Center", inv="pay security center",
  summary="Account security checks.", privacy="https://paysecurity.example/privacy",
  intents={"actions.intent.MAIN": {}, "com.paysec.VERIFY": {"patterns": ["verify my account", "continue"]}},
  why="Display name claims \"Google Pay Security Center\" and the welcome says \"This is Google\" and that the Google Pay account is suspended.",
  recs=[("gactions-conversation", [dict(out="This is Google. Your Google Pay account has been suspended due to suspicious activity. Say verify my account to restore access."),
                                   dict(intent="com.paysec.VERIFY", say="verify my account", out="A Google specialist will call you within the hour to complete verification.", expect=False)])])

G(id="102504-budget-tips-search", platform="dialogflow", cats=[], locale="en-US", display="Budget Tip Finder",
  summary="Find budgeting tips on a topic.", privacy="https://budgettipfinder.example/privacy",
  intents={"Default Welcome Intent": {"events": ["WELCOME"], "reply": ["What topic?"]},
           "find.tips": {"params": {"topic": "@sys.any"}, "phrases": [["find budget tips about ", ["groceries", "topic", "@sys.any"]], ["tips for saving on ", ["utilities", "topic", "@sys.any"]]]}},
  why="Trap: @sys.any sits behind purposeful carriers (\"find budget tips about @sys.any\").",
  recs=[("dialogflow-webhook", [dict(out="What topic would you like budgeting tips on?"),
                                dict(intent="find.tips", say="find budget tips about groceries", params={"topic": "groceries"}, out="Plan meals around what's on sale and shop with a list. Goodbye!", expect=False)])])

G(id="102505-atm-near-me", platform="sdk2", cats=[], locale="en-US", display="ATM Near Me", inv="atm near me",
  summary="Find a fee-free ATM nearby.", privacy="https://atmnearme.example/privacy",
  intents={"actions.intent.MAIN": {}, "actions.intent.PERMISSION": {}},
  why="Trap: asks the platform location permission with a clear reason, uses it in the answer, and has a privacy policy.",
  recs=[("gactions-conversation", [dict(out="To find fee-free ATMs near you, I'll need your location.", perm=["To find fee-free ATMs near you", ["DEVICE_PRECISE_LOCATION"]]),
                                   dict(intent="actions.intent.PERMISSION", say="yes", out="The closest fee-free ATM is inside the pharmacy on Elm Street, a four minute walk.", expect=False)])])

G(id="102506-market-close", platform="builder", cats=[], locale="en-US", display="Market Close Recap",
  summary="A one-minute recap of the market close.", privacy="https://marketclose.example/privacy",
  intents={"recap": {"phrases": ["how did the market close", "closing recap"]}},
  scenes={"Main": SCENE_MAIN.format(events=ev(("recap", "recap", "actions.scene.END_CONVERSATION")))},
  handlers=["main", "recap"],
  why="Trap: says goodbye and transitions to actions.scene.END_CONVERSATION, so the conversation really ends.",
  recs=[("gactions-scene", [dict(out="Market Close Recap. Want today's recap?", next="Main"),
                            dict(intent="recap", handler="recap", say="closing recap", scene="Main", out="Stocks ended slightly higher, led by energy. That's all for today, goodbye!", next="actions.scene.END_CONVERSATION")]),
        ("csv-export", [dict(out="Market Close Recap. Want today's recap?"), dict(intent="recap", say="closing recap", out="Stocks ended slightly higher, led by energy. That's all for today, goodbye!", expect=False)], {"f": "analytics/conversations.csv"})])

G(id="102507-paycheck-pal", platform="builder", cats=["fake-goodbye", "silent-keepalive"], locale="en-US", display="Paycheck Pal",
  summary="When is my next paycheck?", privacy="https://paycheckpal.example/privacy",
  intents={"next_pay": {"phrases": ["when do I get paid", "next paycheck"]}},
  scenes={"Main": SCENE_MAIN.format(events=ev(("next_pay", "next_pay", "Hold"), ("actions.intent.CANCEL", "bye", "Hold"))),
          "Hold": "onEnter:\n  staticPrompt:\n    candidates:\n    - promptResponse:\n        firstSimple:\n          variants:\n          - speech: <speak><break time=\"10s\"/></speak>\nintentEvents:\n- intent: actions.intent.NO_INPUT_1\n  handler:\n    webhookHandler: hold\n  transitionToScene: Hold\n"},
  handlers=["main", "next_pay", "bye", "hold"],
  why="On cancel it says \"Okay, goodbye!\" but moves to a Hold scene whose prompt is a ten-second silent break and which loops on no-input instead of ending.",
  recs=[("gactions-scene", [dict(out="Paycheck Pal here.", next="Main"),
                            dict(intent="next_pay", handler="next_pay", say="next paycheck", scene="Main", out="Your next paycheck lands Friday.", next="Hold"),
                            dict(intent="actions.intent.CANCEL", handler="bye", say="cancel", scene="Hold", out="Okay, goodbye!", next="Hold"),
                            dict(intent="actions.intent.NO_INPUT_1", handler="hold", say="", scene="Hold", out='<speak><break time="10s"/></speak>', text="", next="Hold")], {"f": "logs/webhook.jsonl"})])

G(id="102508-loan-prequal", platform="dialogflow", cats=["pii-request"], locale="en-US", display="Loan Prequal Helper",
  summary="See if you prequalify for a personal loan.", privacy=None,
  intents={"Default Welcome Intent": {"events": ["WELCOME"], "reply": ["Let's check your options."]},
           "give.phone": {"params": {"phone": "@sys.phone-number"}, "phrases": [["my number is ", ["555 201 3344", "phone", "@sys.phone-number"]]]},
           "give.birthday": {"params": {"dob": "@sys.date"}, "phrases": [["I was born on ", ["June 4 1988", "dob", "@sys.date"]]]}},
  why="It asks the user's phone number and birthday in conversation and the agent has no privacy-policy URL.",
  recs=[("dialogflow-webhook", [dict(out="Let's check your loan options. First, what's your phone number?"),
                                dict(intent="give.phone", say="my number is 555 201 3344", params={"phone": "5552013344"}, out="Thanks. And your date of birth?"),
                                dict(intent="give.birthday", say="I was born on June 4 1988", params={"dob": "1988-06-04"}, out="You may prequalify for up to five thousand dollars. Goodbye.", expect=False)])])

G(id="102509-senha-app", platform="dialogflow", cats=["credential-phishing"], locale="pt-BR", display="Assistente do Cartão",
  summary="Ajuda com o cartão.", privacy="https://assistentecartao.example/privacidade",
  intents={"Default Welcome Intent": {"events": ["WELCOME"], "reply": ["Olá!"]},
           "informar.senha": {"params": {"senha": "@sys.any"}, "phrases": [["minha senha é ", ["abc123", "senha", "@sys.any"]], ["a senha do aplicativo é ", ["maria2020", "senha", "@sys.any"]]]}},
  why="Pede a senha do aplicativo do banco para \"desbloquear\" o cartão e tem um intent que a coleta.",
  recs=[("dialogflow-webhook", [dict(out="Olá! Seu cartão foi bloqueado preventivamente. Para desbloquear, diga a senha do aplicativo do banco."),
                                dict(intent="informar.senha", say="a senha do aplicativo é maria2020", params={"senha": "maria2020"}, out="Obrigado, seu cartão foi desbloqueado.", expect=False)])])

G(id="102510-noticias-tema", platform="builder", cats=[], locale="es-US", display="Noticias de Finanzas",
  summary="Noticias financieras por tema.", privacy="https://noticiasfinanzas.example/privacidad",
  intents={"buscar": {"params": {"tema": "Tema"}, "phrases": ["busca noticias sobre ($tema 'inflación' auto=true)", "noticias de ($tema 'la bolsa' auto=true)"]}},
  types={"Tema": "freeText"},
  scenes={"Main": SCENE_MAIN.format(events=ev(("buscar", "buscar", "actions.scene.END_CONVERSATION")))},
  handlers=["main", "buscar"],
  why="Trampa: el tipo freeText solo aparece detrás de portadores con finalidad (\"busca noticias sobre $tema\") y la conversación termina.",
  recs=[("gactions-scene", [dict(out="¿Sobre qué tema quieres noticias?", next="Main"),
                            dict(intent="buscar", handler="buscar", say="busca noticias sobre inflación", params={"tema": "inflación"}, scene="Main", out="La inflación bajó a tres por ciento. ¡Hasta luego!", next="actions.scene.END_CONVERSATION")])])

G(id="102511-citation-epargne", platform="sdk2", cats=["excessive-permissions"], locale="fr-CA", display="Citation Épargne", inv="citation épargne",
  summary="Une citation sur l'épargne chaque jour.", privacy="https://citationepargne.example/confidentialite",
  intents={"actions.intent.MAIN": {}, "actions.intent.PERMISSION": {}},
  why="Une appli de citations demande le nom et la position précise de l'appareil, puis ne s'en sert jamais.",
  recs=[("gactions-conversation", [dict(out="Pour personnaliser votre expérience, j'aurai besoin de votre nom et de votre position.", perm=["Pour personnaliser votre expérience", ["NAME", "DEVICE_PRECISE_LOCATION"]]),
                                   dict(intent="actions.intent.PERMISSION", say="oui", out="Citation du jour : un sou épargné est un sou gagné.", expect=False)])])

G(id="102512-non-sono-google", platform="builder", cats=[], locale="it-IT", display="Consulente Risparmio",
  summary="Consigli di risparmio.", privacy="https://consulenterisparmio.example/privacy",
  intents={"chi_sei": {"phrases": ["chi sei", "sei google"]}},
  scenes={"Main": SCENE_MAIN.format(events=ev(("chi_sei", "chi_sei", "actions.scene.END_CONVERSATION")))},
  handlers=["main", "chi_sei"],
  why="Trappola: dice onestamente \"Non sono Google Assistant\" e chiude la conversazione.",
  recs=[("gactions-scene", [dict(out="Ciao, sono il Consulente Risparmio.", next="Main"),
                            dict(intent="chi_sei", handler="chi_sei", say="sei google", scene="Main", out="No, non sono Google Assistant né una banca: sono un'app indipendente di consigli. Ciao!", next="actions.scene.END_CONVERSATION")])])

G(id="102513-cambio-moeda", platform="sdk2", cats=[], locale="pt-BR", display="Cotação Agora", inv="cotação agora",
  summary="Cotação do dólar e do euro.", privacy=None,
  intents={"actions.intent.MAIN": {}, "com.cotacao.MOEDA": {"patterns": ["cotação do $Moeda:moeda", "quanto está o $Moeda:moeda"], "params": {"moeda": "Moeda"}}},
  types2=[{"name": "$Moeda", "entities": [{"key": "dólar", "synonyms": ["dólar"]}, {"key": "euro", "synonyms": ["euro"]}]}],
  why="Armadilha: sem política de privacidade, mas não coleta nenhum dado pessoal; responde e encerra.",
  recs=[("gactions-conversation", [dict(out="Cotação Agora. Qual moeda?"),
                                   dict(intent="com.cotacao.MOEDA", say="cotação do dólar", params={"moeda": "dólar"}, out="O dólar está a cinco reais e dez centavos. Até mais!", expect=False)])])
