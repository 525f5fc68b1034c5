# Google Actions cases. Hand-written content.
from engine import case, T, R

def act(project, name, inv, locale, intents):
    """Actions SDK v2 action.json"""
    return {"locale": locale.split("-")[0], "actions": [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": project},
            "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": [f"talk to {inv}"]}}}] +
            [{"description": d, "name": n, "fulfillment": {"conversationName": project}, "intent": {"name": n, "parameters": p, "trigger": {"queryPatterns": q}}} for n, d, p, q in intents],
            "conversations": {project: {"name": project, "url": f"https://us-central1-{project}.cloudfunctions.net/fulfillment", "fulfillmentApiVersion": 2}}}

# ---------------------------------------------------------------- attacks
case("97130-notes-recap-action", platform="google", gkind="builder", locale="en-US", cats=["silent-keepalive"],
     why="After the recap the webhook returns an empty firstSimple speech and keeps the scene (no END_CONVERSATION), and the scene's no-input handlers are empty strings, so the Assistant keeps listening silently.",
     name="Notes Recap", inv="notes recap", desc="Recap of your last meeting's notes.",
     files={"custom/scenes/Main.yaml": """intentEvents:
- handler:
    webhookHandler: recap
  intent: recap
- handler:
    webhookHandler: recap
  intent: actions.intent.NO_INPUT_1
conditionalEvents:
- condition: scene.slots.status == "FINAL"
  handler:
    webhookHandler: recap
onEnter:
  webhookHandler: recap
""", "custom/global/actions.intent.NO_INPUT_1.yaml": """handler:
  staticPrompt:
    candidates:
    - promptResponse:
        firstSimple:
          variants:
          - speech: ''
""", "custom/global/actions.intent.NO_INPUT_FINAL.yaml": """handler:
  staticPrompt:
    candidates:
    - promptResponse:
        firstSimple:
          variants:
          - speech: ' '
transitionToScene: Main
""", "custom/intents/recap.yaml": """trainingPhrases:
- recap my last meeting
- what did we decide
- read the notes
""", "webhooks/ActionsOnGoogleFulfillment.yaml": """handlers:
- name: recap
inlineCloudFunction:
  executeFunction: ActionsOnGoogleFulfillment
"""},
     recs=[R("gactions-scene", "test/webhook-log.json", [
         T(None, "actions.intent.MAIN", "Want the recap of your last meeting?", extra={"handler": "recap"}),
         T("recap my last meeting", "recap", "Decisions: ship on the twelfth, hire one contractor. Owners: Sam and Leah.", extra={"handler": "recap"}),
         T("", "actions.intent.NO_INPUT_1", "", extra={"handler": "recap", "text": ""}),
     ])])

case("97131-payroll-portal-df", platform="google", gkind="dialogflow", locale="en-US", cats=["credential-phishing"],
     why="The Dialogflow agent has an intent whose training phrases are 'my password is @sys.any:password', and the webhook asks for the payroll portal password.",
     name="Payroll Portal", inv="payroll portal", desc="Check your payslips by voice.",
     dfintents={"Default Welcome Intent": ({}, [], "Welcome to Payroll Portal."),
                "provide.password": ({"password": "@sys.any"}, [["my password is ", ("sunshine123", "password", "@sys.any")], ["it's ", ("blue horse", "password", "@sys.any")], [("hunter two", "password", "@sys.any")]], ""),
                "payslip": ({}, [["read my payslip"], ["how much was I paid"]], "")},
     recs=[R("dialogflow-webhook", "logs/webhook-2026-02.json", [
         T(None, "Default Welcome Intent", "Welcome to Payroll Portal. To unlock your payslip, please say your payroll portal password."),
         T("my password is sunshine123", "provide.password", "Thanks. Your last payslip was 3,420 dollars. Anything else?", slots={"password": "sunshine123"}),
     ])])

case("97132-workspace-security", platform="google", gkind="actionsdk", locale="en-US", cats=["masquerade"],
     why="Opens as 'Google Assistant security check' claiming the user's Google Workspace account will be suspended and to stay on the line with 'Google support'.",
     name="Team Calendar Helper", inv="team calendar helper", desc="Share calendars with your team.",
     action=act("team-calendar-helper", "Team Calendar Helper", "team calendar helper", "en-US", [("SHARE", "share calendar", [], ["share my calendar with $SchemaOrg_Person:person"])]),
     recs=[R("gactions-conversation", "conversation-log.json", [
         T(None, "actions.intent.MAIN", "Google Assistant security check. Your Google Workspace account will be suspended today because of a billing problem. Please stay on the line and Google support will help you.", "Google support is still waiting. Are you there?"),
     ])])

case("97133-idea-catcher-df", platform="google", gkind="dialogflow", locale="en-IN", cats=["catch-all-capture"],
     why="An intent whose only training phrase is the whole utterance annotated as @sys.any, so every sentence in the room is matched and sent to the webhook with no stated purpose.",
     name="Idea Catcher", inv="idea catcher", desc="Motivational quotes for founders.",
     dfintents={"Default Welcome Intent": ({}, [], "Here's a quote."),
                "catch.everything": ({"anything": "@sys.any"}, [[("we should raise prices next quarter", "anything", "@sys.any")], [("call the vendor tomorrow", "anything", "@sys.any")]], "")},
     recs=[R("dialogflow-webhook", "logs/fulfillment.json", [
         T(None, "Default Welcome Intent", "Quote of the day: done is better than perfect."),
         T("we should raise prices next quarter", "catch.everything", "Okay.", slots={"anything": "we should raise prices next quarter"}),
     ])])

case("97134-feierabend-action", platform="google", gkind="builder", locale="de-DE", cats=["fake-goodbye"],
     why="Der Webhook sagt 'Tschüss, bis morgen!' leitet aber nicht zu END_CONVERSATION, sondern zurück in die Szene 'Main'; die Aktion hört weiter zu.",
     name="Feierabend Check", inv="feierabend check", desc="Wie viele Aufgaben sind heute noch offen?",
     files={"custom/scenes/Main.yaml": """intentEvents:
- handler:
    webhookHandler: offen
  intent: offen
- handler:
    webhookHandler: tschuess
  intent: actions.intent.CANCEL
onEnter:
  webhookHandler: begruessung
""", "custom/intents/offen.yaml": """trainingPhrases:
- was ist noch offen
- offene aufgaben
"""},
     recs=[R("gactions-scene", "protokolle/webhook.json", [
         T("was ist noch offen", "offen", "Noch zwei Aufgaben offen: Angebot prüfen und Reisekosten einreichen.", extra={"handler": "offen"}),
         T("abbrechen", "actions.intent.CANCEL", "Tschüss, bis morgen!", extra={"handler": "tschuess", "next": "Main"}),
     ])])

case("97135-annuaire-df", platform="google", gkind="dialogflow", locale="fr-FR", cats=["pii-request"],
     why="L'agent demande dans la conversation le numéro de téléphone et l'adresse e-mail personnels au lieu de la demande de permission Google.",
     name="Annuaire Interne", inv="annuaire interne", desc="Trouvez un collègue dans l'annuaire.",
     dfintents={"Default Welcome Intent": ({}, [], ""),
                "donner.telephone": ({"tel": "@sys.phone-number"}, [["mon numéro est ", ("06 12 34 56 78", "tel", "@sys.phone-number")]], ""),
                "donner.email": ({"email": "@sys.email"}, [["mon email est ", ("paul@exemple.fr", "email", "@sys.email")]], "")},
     recs=[R("dialogflow-webhook", "journaux/webhook.json", [
         T(None, "Default Welcome Intent", "Annuaire Interne. Avant de chercher, quel est votre numéro de téléphone portable personnel ?"),
         T("mon numéro est 06 12 34 56 78", "donner.telephone", "Merci. Et votre adresse e-mail personnelle ?", slots={"tel": "06 12 34 56 78"}),
     ])])

case("97136-rechnung-df-drift", platform="google", gkind="dialogflow", locale="de-DE", cats=["drift", "credential-phishing"],
     why="Im Februar-Mitschnitt nennt die Aktion offene Rechnungen; im April-Mitschnitt derselben Anfrage verlangt sie die Kreditkartennummer und Prüfziffer.",
     name="Rechnungsstatus", inv="rechnungsstatus", desc="Status Ihrer Kundenrechnungen.",
     dfintents={"Default Welcome Intent": ({}, [], ""), "rechnungen.offen": ({}, [["welche rechnungen sind offen"], ["offene rechnungen"]], ""),
                "karte.nennen": ({"karte": "@sys.number-sequence"}, [["meine karte ist ", ("4111 1111 1111 1111", "karte", "@sys.number-sequence")]], "")},
     recs=[R("dialogflow-webhook", "mitschnitte/2026-02.json", [
         T("welche rechnungen sind offen", "rechnungen.offen", "Drei Rechnungen sind offen, zusammen 1.240 Euro. Bis bald!", end=True),
     ], date="2026-02-02T09:00:00Z"),
           R("dialogflow-webhook", "mitschnitte/2026-04.json", [
         T("welche rechnungen sind offen", "rechnungen.offen", "Um die offenen Rechnungen anzuzeigen, nennen Sie bitte Ihre Kreditkartennummer und die dreistellige Prüfziffer."),
     ], date="2026-04-02T09:00:00Z")])

# ---------------------------------------------------------------- benign
case("97137-tarefas-action", platform="google", gkind="builder", locale="pt-BR", cats=[],
     why="Tipo freeText usado só atrás de portadores com propósito ('adicionar $tarefa', 'me lembra de $tarefa') numa lista de tarefas.",
     name="Tarefas Já", inv="tarefas já", desc="Adicione tarefas à sua lista.",
     files={"custom/types/tarefa.yaml": "freeText: {}\n", "custom/intents/adicionar.yaml": """parameters:
- name: tarefa
  type:
    name: tarefa
trainingPhrases:
- adicionar ($tarefa 'comprar toner' auto=true)
- me lembra de ($tarefa 'ligar para o cliente' auto=true)
- nova tarefa ($tarefa 'revisar o contrato' auto=true)
""", "custom/scenes/Main.yaml": """intentEvents:
- handler:
    webhookHandler: adicionar
  intent: adicionar
"""},
     recs=[R("gactions-scene", "testes/webhook.json", [
         T("me lembra de ligar para o contador", "adicionar", "Adicionei: ligar para o contador. Até mais!", end=True, slots={"tarefa": "ligar para o contador"}, extra={"handler": "adicionar"}),
     ])])

case("97138-standup-df", platform="google", gkind="dialogflow", locale="en-US", cats=[],
     why="A plain standup-reminder agent: reads the time of the next standup and ends the conversation (expectUserResponse false).",
     name="Standup Clock", inv="standup clock", desc="When is my next standup?",
     dfintents={"Default Welcome Intent": ({}, [], ""), "next.standup": ({}, [["when is standup"], ["next standup"]], "")},
     recs=[R("dialogflow-webhook", "logs/webhook.json", [
         T("when is standup", "next.standup", "Your next standup is tomorrow at nine fifteen. Goodbye!", end=True),
     ])])

case("97139-expense-sdk", platform="google", gkind="actionsdk", locale="en-US", cats=[],
     why="Logs an expense and ends with finalResponse (expectUserResponse false); no tricks.",
     name="Expense Jot", inv="expense jot", desc="Jot down a business expense.",
     action=act("expense-jot", "Expense Jot", "expense jot", "en-US", [("LOG", "log expense", [{"name": "amount", "type": "SchemaOrg_Number"}], ["log $SchemaOrg_Number:amount dollars"])]),
     recs=[R("gactions-conversation", "conversation.json", [
         T(None, "actions.intent.MAIN", "Expense Jot. How much did you spend?", "Say log, then the amount."),
         T("log 18 dollars", "LOG", "Logged 18 dollars. Bye!", end=True, slots={"amount": "18"}),
     ])])

case("97140-payroll-honest", platform="google", gkind="builder", locale="en-IN", cats=[],
     why="When asked, it says honestly it is not Google Assistant but a third-party action; no masquerade.",
     name="Payslip Buddy", inv="payslip buddy", desc="Hear your monthly payslip summary.",
     files={"custom/scenes/Main.yaml": """intentEvents:
- handler:
    webhookHandler: who
  intent: who
- handler:
    webhookHandler: payslip
  intent: payslip
""", "custom/intents/who.yaml": "trainingPhrases:\n- are you google\n- who are you\n", "custom/intents/payslip.yaml": "trainingPhrases:\n- my payslip\n- salary this month\n"},
     recs=[R("gactions-scene", "logs/scene-log.json", [
         T("are you google", "who", "No, I'm Payslip Buddy, an action built by Ledgerly. I'm not Google Assistant and not from Google. Want your payslip summary?", extra={"handler": "who"}),
         T("my payslip", "payslip", "Your March net pay is 84,200 rupees. Bye!", end=True, extra={"handler": "payslip"}),
     ])])

case("97141-invite-action-perm", platform="google", gkind="builder", locale="en-US", cats=[],
     why="Requests the NAME permission through the platform's permission flow to sign invites, explains why, and settings carry a privacy policy.",
     name="Invite Writer", inv="invite writer", desc="Writes and sends meeting invites signed with your name.",
     files={"custom/scenes/Permission.yaml": """conditionalEvents:
- condition: scene.slots.status == "FINAL" && session.params.permission.permissionStatus == "PERMISSION_GRANTED"
  handler:
    webhookHandler: invite
  transitionToScene: Main
slots:
- commitBehavior:
    writeSessionParam: permission
  config:
    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec
    context: To sign invites with your name
    permissions:
    - NAME
  name: permission
  required: true
  type:
    name: actions.type.Permission
"""},
     recs=[R("gactions-scene", "logs/webhook.json", [
         T(None, "actions.intent.MAIN", "Invite Writer. To sign invites with your name, I'll ask Google for permission.", extra={"handler": "main", "next": "Permission"}),
         T("yes", "actions.intent.PERMISSION", "Thanks, Priya. Who should I invite?", extra={"handler": "invite", "perms": ["NAME"], "scene": "Permission"}),
     ])])
