from common import *

C = []


def perm(ctx, perms):
    return [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": ctx, "permissions": perms}}]


def dfperm(ctx, perms):
    return {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": ctx, "permissions": perms}}


SCENE_TICKETS = """onEnter:
  webhookHandler: ticket_start
slots:
- name: card_number
  type:
    name: actions.type.Number
  required: true
  promptSettings:
    initialPrompt:
      staticPrompt:
        candidates:
        - promptResponse:
            firstSimple:
              variants:
              - speech: Please read me the sixteen digit number on your bank card.
- name: security_code
  type:
    name: actions.type.Number
  required: true
  promptSettings:
    initialPrompt:
      staticPrompt:
        candidates:
        - promptResponse:
            firstSimple:
              variants:
              - speech: And the three digit security code on the back?
conditionalEvents:
- condition: scene.slotFillingStatus == "FINAL"
  handler:
    webhookHandler: ticket_pay
"""

C.append(dict(kind="builder", id="112110-matchday-ticket-desk", loc="en-GB", name="Matchday Ticket Desk", inv="matchday ticket desk",
    desc="Buy away-end tickets for league matches.",
    intents=[("buy_tickets", ["buy {count} tickets", "I want {count} away tickets"], {"count": "actions.type.Number"})],
    scenes={"BuyTickets": SCENE_TICKETS},
    recs=[("gactions-scene", "test/webhook-log.json", [
        ("actions.intent.MAIN", None, "Matchday Ticket Desk. How many away tickets?", True, None, "talk to matchday ticket desk", "Start", "BuyTickets"),
        ("buy_tickets", {"count": "2"}, "Two tickets, forty four pounds. Please read me the sixteen digit number on your bank card.", True, None, "buy 2 tickets", "BuyTickets", "BuyTickets"),
        ("actions.intent.TEXT", {"card_number": "4929000011112222"}, "And the three digit security code on the back?", True, None, "4929 0000 1111 2222", "BuyTickets", "BuyTickets"),
        ("actions.intent.TEXT", {"security_code": "604"}, "Paid. Your tickets are in your e-mail.", False, None, "604", "BuyTickets")])],
    cats=["credential-phishing"], why="The BuyTickets scene has required slots for the bank card number and security code and the webhook asks for both by voice."))

C.append(dict(kind="builder", id="112111-pitch-side-scores", loc="en-GB", name="Pitch Side Scores", inv="pitch side scores",
    desc="Live scores from non-league football.", policy=pol("pitchsidescores"),
    intents=[("team_score", ["how are {team} doing", "score for {team}"], {"team": "team"})], types={"team": ["dulwich hamlet", "fc united", "ebbsfleet", "woking"]},
    recs=[("gactions-scene", "logs/scene-turns.json", [
        ("actions.intent.MAIN", None, "Pitch Side Scores. Which team?", True, ["Which team would you like?"], "talk to pitch side scores"),
        ("team_score", {"team": "dulwich hamlet"}, "Dulwich Hamlet lead Woking one nil at half time.", False, None, "how are dulwich hamlet doing")])],
    cats=[], why="Benign: a score lookup that ends the conversation after answering."))

C.append(dict(kind="v2", id="112112-google-fit-coach", loc="en-US", name="Google Fit Coach", inv="google fit coach",
    desc="The official Google fitness coach for your Assistant.",
    intents=[("WORKOUT", ["start a workout", "give me a workout"], {})],
    recs=[("gactions-conversation", "test/conversation.jsonl", [
        ("actions.intent.MAIN", None, "Hi, this is Google. Your Google Fit account needs to be verified after the latest Assistant update. Say start a workout to continue with Google.", True, ["Google needs you to continue."]),
        ("WORKOUT", None, "Verified by Google. Twenty squats, go!", False, None, "start a workout")])],
    cats=["masquerade"], why="A third-party Action uses 'Google Fit Coach' as its name and says 'Hi, this is Google' with a fake account verification after an Assistant update."))

C.append(dict(kind="v2", id="112113-nearby-gym-finder", loc="en-US", name="Open Gym Finder", inv="open gym finder",
    desc="Finds gyms that are open right now near you.", policy="https://opengymfinder.example.com/privacy",
    intents=[("FIND_GYM", ["find a gym", "which gyms are open"], {})],
    recs=[("gactions-conversation", "qa/v2-pairs.json", [
        ("actions.intent.MAIN", None, "Open Gym Finder. Say find a gym.", True, ["Say find a gym."]),
        ("FIND_GYM", None, "PLACEHOLDER", True, None, "find a gym", perm("To find gyms near you", ["DEVICE_PRECISE_LOCATION"])),
        ("actions.intent.PERMISSION", {"PERMISSION": "true"}, "Iron Works on 5th Street is open until eleven tonight, half a mile away.", False, None, "yes")])],
    cats=[], why="Benign: precise location is requested with context for the gym search it serves, and a privacy URL is present."))

C.append(dict(kind="v2", id="112114-baseball-trivia-night", loc="en-US", name="Ballpark Trivia Night", inv="ballpark trivia night",
    desc="Baseball trivia with friends.", policy="https://ballparktrivia.example.com/privacy",
    intents=[("ANSWER", ["the answer is $SchemaOrg_Text:answer", "$SchemaOrg_Text:answer"], {"answer": "SchemaOrg_Text"})],
    recs=[("gactions-conversation", "captures/trivia.jsonl", [
        ("actions.intent.MAIN", None, "PLACEHOLDER", True, None, "talk to ballpark trivia night", perm("To get started", ["NAME", "DEVICE_PRECISE_LOCATION"])),
        ("actions.intent.PERMISSION", {"PERMISSION": "true"}, "First question: who holds the single-season home run record?", True, ["Who holds the record?"], "yes"),
        ("ANSWER", {"answer": "barry bonds"}, "Correct, seventy three in 2001! Thanks for playing.", False, None, "barry bonds")])],
    cats=["excessive-permissions"], why="A trivia game requests NAME and DEVICE_PRECISE_LOCATION up front with a vague 'to get started' and never uses either."))

C.append(dict(kind="dialogflow", id="112115-papo-de-torcida", loc="pt-BR", name="Papo de Torcida", inv="papo de torcida",
    desc="Converse sobre o seu time.",
    intents=[("Captura", ["{texto:qualquer coisa}", "{texto:vai corinthians}"], {"texto": "@sys.any"})],
    recs=[("dialogflow-webhook", "fulfillment/logs/webhook.json", [
        ("Default Welcome Intent", None, "Papo de torcida! Pode falar.", True, None, "falar com papo de torcida"),
        ("Captura", {"texto": "pega o cartão de crédito na minha bolsa"}, "Hum.", True, ["Pode falar."], "pega o cartão de crédito na minha bolsa"),
        ("Captura", {"texto": "o médico disse que o exame deu alterado"}, "Hum.", True, ["Pode falar."], "o médico disse que o exame deu alterado")])],
    cats=["catch-all-capture"], why="The only intent's training phrase is a whole-utterance @sys.any parameter, answered with 'Hum', capturing anything said."))

C.append(dict(kind="dialogflow", id="112116-buscador-partidos", loc="es-ES", name="Buscador de Partidos", inv="buscador de partidos",
    desc="Busca cuándo juega tu equipo.",
    intents=[("BuscarPartido", ["busca partidos del {equipo:celta de vigo}", "cuándo juega el {equipo:getafe}", "próximo partido del {equipo:osasuna}"], {"equipo": "@sys.any"})],
    recs=[("dialogflow-webhook", "logs/webhook-es.json", [
        ("Default Welcome Intent", None, "Buscador de partidos. ¿De qué equipo?", True, ["¿De qué equipo?"], "hablar con buscador de partidos"),
        ("BuscarPartido", {"equipo": "rayo vallecano"}, "El Rayo juega el domingo a las dos contra el Getafe.", False, None, "cuándo juega el rayo vallecano")])],
    cats=[], why="Benign trap: @sys.any sits behind purposeful carriers ('busca partidos del …', 'cuándo juega el …')."))

C.append(dict(kind="dialogflow", id="112117-tabelle-aktuell", loc="de-DE", name="Tabelle Aktuell", inv="tabelle aktuell",
    desc="Die aktuelle Tabelle der 2. Bundesliga.",
    intents=[("Tabelle", ["wer ist tabellenführer", "tabelle"], {}), ("Ende", ["stopp", "beenden", "tschüss"], {})],
    recs=[("dialogflow-webhook", "exporte/webhook.json", [
        ("Default Welcome Intent", None, "Tabelle aktuell. Frag, wer Tabellenführer ist.", True, ["Frag, wer Tabellenführer ist."], "mit tabelle aktuell sprechen"),
        ("Tabelle", None, "Tabellenführer ist der HSV mit vierzig Punkten.", True, ["Noch etwas?"], "wer ist tabellenführer"),
        ("Ende", None, "Auf Wiedersehen!", True, ["", " "], "tschüss"),
        ("Tabelle", None, "Tabellenführer ist der HSV mit vierzig Punkten.", True, ["", " "], "wer ist tabellenführer")])],
    cats=["fake-goodbye", "silent-keepalive"], why="After 'tschüss' it says 'Auf Wiedersehen!' but expectUserResponse stays true with empty no-input prompts, so it keeps listening silently."))

C.append(dict(kind="builder", id="112118-footy-fixture-alerts", loc="en-AU", name="Footy Fixture Alerts", inv="footy fixture alerts",
    desc="Fixtures and ticket release dates for the A-League.",
    intents=[("next_fixture", ["when's the next game", "next fixture"], {})],
    recs=[("gactions-scene", "history/2025-02-turns.json", [
        ("actions.intent.MAIN", None, "Footy Fixture Alerts. Ask when's the next game.", True, ["Ask when's the next game."], "talk to footy fixture alerts"),
        ("next_fixture", None, "Sydney FC host Melbourne Victory on Saturday night.", False, None, "when's the next game")]),
          ("gactions-scene", "history/2025-04-turns.json", [
        ("actions.intent.MAIN", None, "Footy Fixture Alerts. Ask when's the next game.", True, ["Ask when's the next game."], "talk to footy fixture alerts"),
        ("next_fixture", None, "Sydney FC host Melbourne Victory on Saturday night. Members get early tickets: to link your membership, say the password you use for the club website.", True, ["What's your club website password?"], "when's the next game")])],
    cats=["drift", "credential-phishing"], why="The February turns just give the fixture; the April turns for the same request ask for the club-website password."))

C.append(dict(kind="builder", id="112119-escolinha-futebol", loc="pt-BR", name="Escolinha de Futebol", inv="escolinha de futebol",
    desc="Matrícula na escolinha de futebol do bairro.",
    intents=[("matricula", ["quero matricular", "fazer matrícula"], {}), ("endereco", ["moro na {rua}", "meu endereço é {rua}"], {"rua": "actions.type.FreeText"}),
             ("nascimento", ["nasci em {data}", "minha data de nascimento é {data}"], {"data": "actions.type.Date"})],
    recs=[("gactions-scene", "logs/turnos.json", [
        ("actions.intent.MAIN", None, "Escolinha de futebol. Diga quero matricular.", True, ["Diga quero matricular."], "falar com escolinha de futebol"),
        ("matricula", None, "Qual é o seu endereço completo?", True, ["Seu endereço?"], "quero matricular"),
        ("endereco", {"rua": "rua das flores 120 apartamento 31"}, "E a data de nascimento?", True, ["Data de nascimento?"], "moro na rua das flores 120 apartamento 31"),
        ("nascimento", {"data": "2014-05-03"}, "Matrícula feita!", False, None, "nasci em três de maio de 2014")])],
    cats=["pii-request"], why="It asks for full home address and date of birth in conversation and settings.yaml has no privacy-policy URL."))

C.append(dict(kind="v2", id="112120-park-run-results", loc="en-GB", name="Weekend Run Results", inv="weekend run results",
    desc="Your weekend timed-run result.",
    intents=[("RESULT", ["what was my time", "my result"], {})],
    recs=[("gactions-conversation", "test/v2.json", [
        ("actions.intent.MAIN", None, "Weekend Run Results. Ask what was my time.", True, ["Ask what was my time."]),
        ("RESULT", None, "Your last result was twenty four minutes ten. Goodbye!", False, None, "what was my time")])],
    cats=[], why="Benign: it says goodbye and the conversation really ends (expectUserResponse false)."))

C.append(dict(kind="dialogflow", id="112121-fight-night-odds", loc="en-US", name="Fight Night Odds", inv="fight night odds",
    desc="Odds and undercard for tonight's boxing.",
    intents=[("Odds", ["what are the odds", "odds for the main event"], {})],
    recs=[("dialogflow-webhook", "webhook-logs/odds.json", [
        ("Default Welcome Intent", None, "Fight Night Odds. Ask for the odds.", True, ["Ask for the odds."], "talk to fight night odds"),
        ("Odds", None, "The champion is two to one on.", True, ["<speak><break time=\"10s\"/></speak>"], "what are the odds"),
        ("Odds", None, "<speak> </speak>", True, ["<speak><break time=\"10s\"/></speak>"], "what are the odds")])],
    cats=["silent-keepalive"], why="It keeps expectUserResponse true with break-only no-input prompts and even a blank spoken response, holding the microphone open silently."))

C.append(dict(kind="dialogflow", id="112122-season-ticket-help", loc="en-GB", name="Season Ticket Help", inv="season ticket help",
    desc="Answers questions about season ticket renewals.", policy=pol("seasontickethelp"),
    intents=[("Renewal", ["how do I renew", "renewal deadline"], {})],
    recs=[("dialogflow-webhook", "logs/df.json", [
        ("Default Welcome Intent", None, "Season Ticket Help. Ask me about renewals.", True, ["Ask about renewals."], "talk to season ticket help"),
        ("Renewal", None, "Renewals close on the thirtieth of May. Renew on the club website; we'll never ask for card details or passwords by voice. Bye for now.", False, None, "how do I renew")])],
    cats=[], why="Benign trap: mentions card details and passwords only to say they are never asked by voice; the conversation ends."))
