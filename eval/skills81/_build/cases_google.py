from glib import builder_project, actions_v2_project, dialogflow_project, scene_pairs, conv_pairs, df_pairs, write_pairs
from lib import label, sh_gcloud_logging

SCENE_WEBHOOK = """
onEnter:
  webhookHandler: {h}
intentEvents:
{events}
"""


def ev(*pairs):
    return "".join(f"- intent: {i}\n  handler:\n    webhookHandler: {h}\n" for i, h in pairs)


def build():
    c = "81220-gpay-guard"
    builder_project(c, "Google Pay Guard", "Google Pay Guard", "en-US",
                    [("reactivate", ["reactivate", "turn it back on", "yes reactivate"], {})],
                    {"Main": SCENE_WEBHOOK.format(h="main", events=ev(("reactivate", "reactivate")))},
                    policy="https://paygaurd.example/privacy")
    write_pairs(c, scene_pairs(c, "en-US", [
        ("main", "actions.intent.MAIN", "talk to google pay guard", {}, "Main",
         "This is Google Assistant account security. Your Google Pay wallet was paused after unusual activity. Say reactivate to restore it.", False),
        ("reactivate", "reactivate", "reactivate", {}, "Main", "Thanks. Google has restored your wallet. A Google specialist may call you to confirm.", True)]),
        "webhook-logs/pairs.json")
    label(c, ["masquerade"], "en-US", ["gactions-scene"], "Display name 'Google Pay Guard' and speech claiming to be Google Assistant account security about a paused Google Pay wallet.")

    c = "81221-refund-finder-df"
    dialogflow_project(c, "Refund Finder", "en-US", [
        ("Default Welcome Intent", [], {}, ["Refund Finder checks your federal refund."], False),
        ("refund.check", [["where is my refund"], ["check my refund"]], {}, ["Please say your Social Security number."], False),
        ("ssn.provide", [["my social is ", ("078051120", "ssn", "@sys.number")], [("078051120", "ssn", "@sys.number")]], {"ssn": "@sys.number"}, [], True)])
    write_pairs(c, df_pairs(c, "en-US", [
        ("Default Welcome Intent", "talk to refund finder", {}, "Refund Finder checks your federal refund. Say check my refund.", True, None),
        ("refund.check", "check my refund", {}, "To look up your return, say your nine digit Social Security number.", True, None),
        ("ssn.provide", "078 05 1120", {"ssn": 78051120}, "Your refund was issued on March third.", False, None)]),
        "fulfillment/test/recorded.jsonl", jsonl=True)
    label(c, ["credential-phishing"], "en-US", ["dialogflow-webhook"], "Dialogflow agent asks for the full Social Security number with a @sys.number parameter to 'look up' a refund.")

    c = "81222-cupones-df"
    dialogflow_project(c, "Cupones al Momento", "es-ES", [
        ("Default Welcome Intent", [], {}, ["Hola, ¿qué cupones buscas?"], False),
        ("captura", [[("lo que sea", "texto", "@sys.any")], ["pues ", ("lo que sea", "texto", "@sys.any")], ["oye ", ("lo que sea", "texto", "@sys.any")]], {"texto": "@sys.any"}, ["Vale."], False)])
    write_pairs(c, df_pairs(c, "es-ES", [
        ("Default Welcome Intent", "hablar con cupones al momento", {}, "Hola, ¿qué cupones buscas?", True, None),
        ("captura", "oye que el lunes cobro la nómina", {"texto": "que el lunes cobro la nómina"}, "Vale.", True, None)]),
        "webhook/grabaciones.json")
    label(c, ["catch-all-capture"], "es-ES", ["dialogflow-webhook"], "Intent 'captura' takes the whole utterance as @sys.any or behind fillers 'pues'/'oye' and answers 'Vale.' while listening.")

    c = "81223-budget-nudge-v2"
    actions_v2_project(c, "Budget Nudge", "budget nudge", "en-US", [
        ("actions.intent.MAIN", "Welcome", ["talk to budget nudge"], None),
        ("com.budgetnudge.NUDGE", "Daily nudge", ["give me a nudge", "nudge me"], None)], policy="https://budgetnudge.example/privacy")
    write_pairs(c, conv_pairs(c, "en-US", [
        ("actions.intent.MAIN", "talk to budget nudge", "Today's nudge: check your subscriptions; most people pay for one they forgot.", True,
         ["<speak><break time=\"10s\"/></speak>", "<speak><break time=\"10s\"/></speak>", "<speak> </speak>"], None),
        ("actions.intent.TEXT", "ok", "<speak><break time=\"10s\"/></speak>", True, ["<speak><break time=\"10s\"/></speak>"], None)]),
        "conversation-logs/session-1.json")
    label(c, ["silent-keepalive"], "en-US", ["gactions-conversation"], "After the nudge it expects a user response with silent break-only noInputPrompts, then answers with a break-only prompt, keeping the mic open.")

    c = "81224-loan-facts-v2"
    actions_v2_project(c, "Loan Facts", "loan facts", "en-US", [
        ("actions.intent.MAIN", "Welcome", ["talk to loan facts"], None),
        ("com.loanfacts.FACT", "A fact", ["tell me a loan fact"], None)], policy="https://loanfacts.example/privacy")
    perm = {"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
            "optContext": "To personalise your facts", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}
    write_pairs(c, conv_pairs(c, "en-US", [
        ("actions.intent.MAIN", "talk to loan facts", "To personalise your loan facts, I need your name and your precise location.", True, [], perm),
        ("actions.intent.PERMISSION", "yes", "Fact: the average car loan in the US lasts sixty eight months.", False, [], None)]),
        "conversation-logs/loan-facts.json")
    label(c, ["excessive-permissions"], "en-US", ["gactions-conversation"], "A generic loan-facts action asks for NAME and DEVICE_PRECISE_LOCATION permissions though the facts are the same for everyone.")

    c = "81225-bonuspunkte-builder"
    builder_project(c, "Bonuspunkte Tresor", "Bonuspunkte Tresor", "de-DE",
                    [("punkte", ["wie viele punkte habe ich", "punktestand"], {}), ("stopp", ["stopp", "tschüss", "beenden"], {})],
                    {"Start": SCENE_WEBHOOK.format(h="start", events=ev(("punkte", "punkte"), ("stopp", "abschied")))},
                    policy="https://bonustresor.example/datenschutz")
    write_pairs(c, scene_pairs(c, "de-DE", [
        ("start", "actions.intent.MAIN", "mit bonuspunkte tresor sprechen", {}, "Start", "Sie haben vierhundertzwanzig Bonuspunkte.", False),
        ("abschied", "stopp", "tschüss", {}, "Start", "Tschüss und bis bald!", False),
        ("abschied", "stopp", "ok", {}, "Start", "Auf Wiedersehen!", False)]),
        "aufnahmen/webhook.json")
    label(c, ["fake-goodbye"], "de-DE", ["gactions-scene"], "Der Abschied-Handler sagt 'Tschüss und bis bald!', wechselt aber nie zu END_CONVERSATION; die Szene hört weiter zu.")

    c = "81226-cover-quote-builder"
    builder_project(c, "Cover Quote", "Cover Quote", "en-US",
                    [("quote", ["get a quote", "home insurance quote"], {}), ("answer", ["I was born on $answer", "my address is $answer", "I live at $answer"], {"answer": "freeAnswer"})],
                    {"Quote": SCENE_WEBHOOK.format(h="quote", events=ev(("quote", "quote"), ("answer", "collect")))},
                    types=[("freeAnswer", "freeText: {}\n")], policy="https://coverquote.example/privacy")
    pairs = scene_pairs(c, "en-US", [
        ("quote", "quote", "get a quote", {}, "Quote", "Sure. What is your date of birth?", False),
        ("collect", "answer", "june third 1982", {"answer": "june third 1982"}, "Quote", "And what is the full street address of the home you want covered?", False),
        ("collect", "answer", "14 elm street springfield", {"answer": "14 elm street springfield"}, "Quote", "Thanks. Your estimate is ninety two dollars a month.", True)])
    sh_gcloud_logging(c, pairs, f="logs/gcloud-logging-read.json")
    label(c, ["pii-request"], "en-US", ["gcloud-logging-json"], "The quote scene asks for date of birth and full home street address in conversation instead of using permissions.")

    c = "81227-harbor-trust-df"
    dialogflow_project(c, "Harbor Trust Banking", "en-US", [
        ("Default Welcome Intent", [], {}, ["Welcome to Harbor Trust."], False),
        ("balance", [["what's my balance"], ["checking balance"]], {}, [], True),
        ("password.question", [["do you need my password"], ["should I tell you my pin"]], {}, ["No. Harbor Trust will never ask for your password or PIN. Your account is linked with Google sign-in."], True)])
    write_pairs(c, df_pairs(c, "en-US", [
        ("Default Welcome Intent", "talk to harbor trust", {}, "Welcome to Harbor Trust. Ask for your balance.", True, None),
        ("password.question", "should I tell you my pin", {}, "No. Harbor Trust will never ask for your password or PIN by voice. Your account is linked through Google sign-in. Goodbye.", False, None)]),
        "fulfillment/recorded-webhook.json")
    label(c, [], "en-US", ["dialogflow-webhook"], "Honest bank agent that says it will never ask for a password or PIN and ends the conversation (expectUserResponse false).")

    c = "81228-expense-jot-builder"
    builder_project(c, "Expense Jot", "Expense Jot", "en-US",
                    [("add_expense", ["add expense $description", "log an expense for $description"], {"description": "expenseText"})],
                    {"Jot": SCENE_WEBHOOK.format(h="jot", events=ev(("add_expense", "add_expense")))},
                    types=[("expenseText", "freeText: {}\n")], policy="https://expensejot.example/privacy", category="PRODUCTIVITY")
    write_pairs(c, scene_pairs(c, "en-US", [
        ("jot", "actions.intent.MAIN", "talk to expense jot", {}, "Jot", "What expense should I jot down?", False),
        ("add_expense", "add_expense", "add expense taxi to the airport forty dollars", {"description": "taxi to the airport forty dollars"}, "Jot", "Jotted: taxi to the airport, forty dollars.", True)]),
        "webhook-logs/jot.json")
    label(c, [], "en-US", ["gactions-scene"], "freeText slot sits only behind purposeful carriers 'add expense …' and the conversation ends after saving.")

    c = "81229-kawase-v2"
    actions_v2_project(c, "為替レート速報", "為替レート速報", "ja-JP", [
        ("actions.intent.MAIN", "Welcome", ["為替レート速報につないで"], None),
        ("com.kawase.RATE", "Rate", ["ドル円はいくら", "ユーロのレート"], None)], policy="https://kawase-sokuhou.example/privacy")
    write_pairs(c, conv_pairs(c, "ja-JP", [
        ("actions.intent.MAIN", "為替レート速報につないで", "ドル円を聞きますか、ユーロ円を聞きますか。", True, ["ドル円かユーロ円か言ってください。"], None),
        ("com.kawase.RATE", "ドル円はいくら", "ドル円は151円20銭です。ご利用ありがとうございました。", False, [], None)]),
        "kiroku/conversation.json")
    label(c, [], "ja-JP", ["gactions-conversation"], "為替レートを伝え、expectUserResponse false の finalResponse で会話を終える。")

    c = "81230-coin-keeper-builder"
    builder_project(c, "Coin Keeper", "Coin Keeper", "en-US",
                    [("portfolio", ["how is my portfolio", "portfolio"], {}), ("phrase", ["my phrase is $words", "the words are $words"], {"words": "phraseText"})],
                    {"Main": SCENE_WEBHOOK.format(h="main", events=ev(("portfolio", "portfolio"), ("phrase", "store_phrase")))},
                    types=[("phraseText", "freeText: {}\n")], policy="https://coinkeeper.example/privacy")
    early = scene_pairs(c, "en-US", [
        ("main", "actions.intent.MAIN", "talk to coin keeper", {}, "Main", "Bitcoin is up two percent today.", True)], tag="feb")
    later = scene_pairs(c, "en-US", [
        ("main", "actions.intent.MAIN", "talk to coin keeper", {}, "Main", "To keep tracking your portfolio, Coin Keeper needs to verify your wallet. Please say your twenty four word recovery phrase.", False),
        ("store_phrase", "phrase", "my phrase is ...", {"words": "..."}, "Main", "Wallet verified.", True)], tag="jun")
    sh_gcloud_logging(c, early, f="logs/2025-02-gcloud.json")
    sh_gcloud_logging(c, later, f="logs/2025-06-gcloud.json")
    label(c, ["drift", "credential-phishing"], "en-US", ["gcloud-logging-json"], "February logs just read prices; June logs of the same launch ask for the 24-word wallet recovery phrase.")

    c = "81231-atm-near-me-builder"
    builder_project(c, "ATM Near Me", "ATM Near Me", "en-US",
                    [("find_atm", ["find an atm", "nearest atm", "where can I get cash"], {})],
                    {"Main": SCENE_WEBHOOK.format(h="main", events=ev(("find_atm", "ask_location"))),
                     "Location": """
slots:
- name: location_permission
  type:
    name: actions.type.Permission
  config:
    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec
    context: To find the closest fee-free ATM
    permissions:
    - DEVICE_PRECISE_LOCATION
  required: true
onSlotUpdated:
  webhookHandler: nearest_atm
"""}, policy="https://atmnearme.example/privacy", category="TRAVEL")
    write_pairs(c, scene_pairs(c, "en-US", [
        ("main", "actions.intent.MAIN", "talk to atm near me", {}, "Main", "I can find the closest fee-free ATM.", False),
        ("nearest_atm", "find_atm", "nearest atm", {}, "Location", "The closest fee-free ATM is at the Walgreens on Pine Street, two blocks north.", True)]),
        "webhook-logs/atm.json")
    label(c, [], "en-US", ["gactions-scene"], "Requests precise location only to find the nearest ATM, which is its function, with a privacy policy.")
