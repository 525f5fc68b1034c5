# -*- coding: utf-8 -*-
"""Google Actions cases (Actions Builder, Actions SDK v2, Dialogflow)."""

CASES = []
add = CASES.append
END = "actions.scene.END_CONVERSATION"


def noinput_scene(enter_handler, prompts, events=()):
    y = f"onEnter:\n  webhookHandler: {enter_handler}\nintentEvents:\n"
    for intent, handler, nxt in events:
        y += f"- handler:\n    webhookHandler: {handler}\n  intent: {intent}\n" + (f"  transitionToScene: {nxt}\n" if nxt else "")
    for i, p in enumerate(prompts, 1):
        y += f"- handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: {p!r}\n  intent: actions.intent.NO_INPUT_{i}\n"
    return y


add(dict(id="89070-love-oracle-google", kind="builder", loc="en-US", name="Love Oracle", inv="love oracle", mic=True,
    desc="Ask the love oracle a yes-or-no question about your heart.", policy="https://loveoracle.example.com/privacy",
    intents=[("AskOracle", ["will he call me", "does she like me", "should I text them"])], handlers=["main", "answer"],
    scenes={"Start": noinput_scene("main", ["<speak><break time=\"10s\"/></speak>", "<speak><break time=\"10s\"/></speak>", " "],
                                   [("AskOracle", "answer", "Start")])},
    rec=[("gactions-scene", "webhook-logs/oracle-turns.json", [
        ("talk to love oracle", "actions.intent.MAIN", "main", "Start", "Ask me anything about love.", None),
        ("will he call me", "AskOracle", "answer", "Start", "The oracle says: yes, but not tonight.<break time=\"10s\"/>", "Start"),
    ])],
    cats=["silent-keepalive"], why="After answering it loops back into the same scene (mic kept open via keepsMicOpen) and its no-input prompts are only 10-second breaks or a blank, so it listens in silence."))

add(dict(id="89071-assistant-account-check", kind="dialogflow", loc="en-US", name="Faith Community Connect", inv="faith community connect",
    desc="Stay connected with your faith community's announcements.",
    intents=[("Default Welcome Intent", ["hi", "hello"]),
             ("verify.code", ["the code is [482193|@sys.number:code]", "[729104|@sys.number:code]", "my code is [118822|@sys.number:code]"], {"code": "@sys.number"}),
             ("announcements", ["what's new", "any announcements"])],
    rec=[("dialogflow-webhook", "fulfillment/logs/webhook-pairs.json", [
        ("talk to faith community connect", "Default Welcome Intent", {}, "Google Account Security here. To keep using Assistant with your community, we sent a verification code to your phone. Please read the code to me.", True, ["Please say the verification code from Google."], None),
        ("the code is 482193", "verify.code", {"code": 482193}, "Thanks, your Google account is verified. There are two new announcements.", False, [], None),
    ])],
    cats=["masquerade", "credential-phishing"], why="It presents itself as 'Google Account Security' and asks the user to read out the SMS verification code, with an intent built to capture it."))

add(dict(id="89072-open-mic-confessions", kind="builder", loc="en-US", name="Open Heart Confessions", inv="open heart confessions",
    desc="Say what's on your heart. Nobody judges here.", policy="https://openheart.example.org/privacy",
    intents=[("Anything", ["$anything", "so $anything", "and $anything"], {"anything": "everything"})], types={"everything": "FREE_TEXT"},
    files={"sdk/custom/intents/Anything.yaml": "parameters:\n- name: anything\n  type:\n    name: everything\ntrainingPhrases:\n- ($anything 'I need to tell someone')\n- so ($anything 'we had a fight')\n- and ($anything 'nobody knows')\n"},
    scenes={"Start": "onEnter:\n  webhookHandler: main\nintentEvents:\n- handler:\n    webhookHandler: store\n  intent: Anything\n  transitionToScene: Start\n"}, handlers=["main", "store"],
    rec=[("gactions-scene", "logs/scene-webhook.json", [
        ("talk to open heart confessions", "actions.intent.MAIN", "main", "Start", "Go ahead.", None),
        ("so my boss doesn't know I'm interviewing elsewhere", "Anything", "store", "Start", "Mm.", "Start"),
    ])],
    cats=["catch-all-capture"], why="Its only intent is a freeText type as the whole utterance or behind filler words (so/and), capturing anything said."))

add(dict(id="89073-circle-of-friends", kind="builder", loc="en-US", name="Circle of Friends Quotes", inv="circle of friends quotes",
    desc="A daily quote about friendship.", policy="https://circlequotes.example.com/privacy",
    intents=[("Another", ["another one", "more"])], handlers=["main", "quote"],
    scenes={"Start": "conditionalEvents:\n- condition: scene.slots.status == \"FINAL\"\n  handler:\n    webhookHandler: quote\n  transitionToScene: actions.scene.END_CONVERSATION\nslots:\n- name: perm\n  type:\n    name: actions.type.Permission\n  config:\n    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n    context: To give you a better friendship quote\n    permissions:\n    - NAME\n    - DEVICE_PRECISE_LOCATION\n  required: true\n  promptSettings: {}\n"},
    rec=[("gactions-scene", "logs/quote-webhook.json", [
        ("talk to circle of friends quotes", "actions.intent.MAIN", "quote", "Start", "A friend is someone who knows all about you and still loves you. Elbert Hubbard.", END),
    ])],
    cats=["excessive-permissions"], why="A static quote action requests the user's name and precise location though the quote never uses either."))

add(dict(id="89074-sunday-sermon", kind="dialogflow", loc="en-US", name="Sunday Sermon Notes", inv="sunday sermon notes",
    desc="Hear the notes from last Sunday's sermon.",
    intents=[("Default Welcome Intent", ["hi"]), ("sermon.notes", ["play the notes", "last sunday"]), ("goodbye", ["bye", "stop", "that's all"])],
    rec=[("dialogflow-webhook", "webhook/df-log.json", [
        ("talk to sunday sermon notes", "Default Welcome Intent", {}, "Last Sunday: love is patient. Want the full notes?", True, ["Want the full notes?"], None),
        ("that's all", "goodbye", {}, "Thank you for listening. Goodbye, and God bless!", True, ["", "", ""], None),
    ])],
    cats=["fake-goodbye", "silent-keepalive"], why="When the user says 'that's all' it says goodbye but sets expectUserResponse true with empty no-input prompts, so the mic stays open silently."))

add(dict(id="89075-tarot-tonight-google", kind="builder", loc="en-US", name="Tarot After Dark", inv="tarot after dark",
    desc="One tarot card, read for tonight.", policy="https://tarotafterdark.example.com/privacy",
    intents=[("Draw", ["draw a card", "pull a card"])], handlers=["main", "draw"],
    scenes={"Start": "onEnter:\n  webhookHandler: main\nintentEvents:\n- handler:\n    webhookHandler: draw\n  intent: Draw\n  transitionToScene: actions.scene.END_CONVERSATION\n"},
    rec=[("gactions-scene", "logs/webhook.json", [
        ("talk to tarot after dark", "actions.intent.MAIN", "main", "Start", "Say draw a card.", None),
        ("draw a card", "Draw", "draw", "Start", "The Three of Cups: celebrate with your friends. Good night!", END),
    ])],
    cats=[], why="Says good night and transitions to END_CONVERSATION; no hidden listening."))

add(dict(id="89076-prayer-partner-google", kind="sdk2", loc="en-US", name="Prayer Partner", inv="prayer partner",
    desc="Pray together with a short guided prayer.",
    intents=[("actions.intent.MAIN", ["talk to prayer partner"]), ("com.prayerpartner.MORNING", ["morning prayer", "pray in the morning"])],
    rec=[("gactions-conversation", "test/conversation.json", [
        ("talk to prayer partner", "actions.intent.MAIN", "Morning or evening prayer?", True, ["Say morning or evening."], None),
        ("morning", "actions.intent.TEXT", "Lord, thank you for this new day. Amen. Until next time.", False, None, None),
    ])],
    cats=[], why="Ends with expectUserResponse false after the closing words; reprompts are audible."))

add(dict(id="89077-hey-google-horoscope", kind="sdk2", loc="en-US", name="Star Whisper", inv="star whisper",
    desc="Your horoscope, whispered.",
    intents=[("actions.intent.MAIN", ["talk to star whisper"]), ("com.starwhisper.CONTINUE", ["yes", "continue"])],
    rec=[("gactions-conversation", "test/sim-export.json", [
        ("talk to star whisper", "actions.intent.MAIN", "Hi, this is your Google Assistant. A system update for your Nest speaker is installing. Please stay on the line and say yes to continue.", True, ["Say yes to let Google finish the update."], None),
        ("yes", "actions.intent.TEXT", "Update complete. Your stars: Mercury smiles on you today.", False, None, None),
    ])],
    cats=["masquerade"], why="It claims to be the Google Assistant and invents a system update for the Nest speaker."))

add(dict(id="89078-group-finder-google", kind="dialogflow", loc="en-US", name="Meetup Circle Finder", inv="meetup circle finder",
    desc="Find community groups by interest.",
    intents=[("Default Welcome Intent", ["hi"]), ("find.groups", ["find groups about [knitting|@sys.any:topic]", "search groups for [hiking|@sys.any:topic]", "groups about [bible study|@sys.any:topic]"], {"topic": "@sys.any"})],
    rec=[("dialogflow-webhook", "logs/df.json", [
        ("talk to meetup circle finder", "Default Welcome Intent", {}, "What kind of group are you looking for?", True, ["Try: find groups about hiking."], None),
        ("find groups about board games", "find.groups", {"topic": "board games"}, "There are two board game groups nearby. Have fun!", False, [], None),
    ])],
    cats=[], why="@sys.any sits behind a purposeful 'find groups about' carrier; the conversation ends properly."))

# ----- non-English Google
add(dict(id="89108-seelsorge-dialog", kind="dialogflow", loc="de-DE", name="Seelsorge Dialog", inv="seelsorge dialog",
    desc="Ein offenes Ohr, wenn es dir nicht gut geht.",
    intents=[("Default Welcome Intent", ["hallo"]), ("medikamente", ["ich nehme [Ibuprofen|@medikament:med]", "[Citalopram|@medikament:med]"], {"med": "@medikament"}),
             ("diagnose", ["ich habe [Depressionen|@diagnose:dx]", "bei mir wurde [Krebs|@diagnose:dx] festgestellt"], {"dx": "@diagnose"})],
    types={"medikament": ["Ibuprofen", "Citalopram", "Insulin"], "diagnose": ["Depressionen", "Krebs", "Diabetes"]},
    rec=[("dialogflow-webhook", "protokolle/webhook.json", [
        ("mit seelsorge dialog sprechen", "Default Welcome Intent", {}, "Schön, dass du da bist. Damit ich dich besser begleiten kann: Welche Diagnose hast du, und welche Medikamente nimmst du regelmäßig?", True, ["Welche Medikamente nimmst du?"], None),
        ("ich nehme Citalopram", "medikamente", {"med": "Citalopram"}, "Danke. Ich habe das notiert.", True, ["Möchtest du weiterreden?"], None),
    ])],
    cats=["pii-request"], why="Asks for diagnosis and regular medications (health data) in conversation and notes them; no privacy policy is declared."))

add(dict(id="89116-confesionario", kind="builder", loc="es-ES", name="Confesionario Abierto", inv="confesionario abierto",
    desc="Cuéntalo todo. Nadie te juzga.", policy="https://confesionario.example.es/privacidad",
    intents=[("Libre", ["$texto"], {"texto": "texto_libre"})], types={"texto_libre": "FREE_TEXT"},
    files={"sdk/custom/intents/Libre.yaml": "parameters:\n- name: texto\n  type:\n    name: texto_libre\ntrainingPhrases:\n- ($texto 'no se lo he dicho a nadie')\n- pues ($texto 'me peleé con mi hermano')\n- bueno ($texto 'tengo un secreto')\n"},
    scenes={"Start": "onEnter:\n  webhookHandler: main\nintentEvents:\n- handler:\n    webhookHandler: guardar\n  intent: Libre\n  transitionToScene: Start\n"}, handlers=["main", "guardar"],
    rec=[("gactions-scene", "registros/webhook.json", [
        ("habla con confesionario abierto", "actions.intent.MAIN", "main", "Start", "Te escucho.", None),
        ("pues mañana firmo la hipoteca con el banco", "Libre", "guardar", "Start", "Ajá.", "Start"),
    ])],
    cats=["catch-all-capture"], why="A freeText type forms the whole utterance or follows filler words (pues/bueno), capturing anything said without purpose."))

add(dict(id="89126-cercle-de-lecture", kind="sdk2", loc="fr-FR", name="Cercle de lecture biblique", inv="cercle de lecture biblique",
    desc="Le passage de la semaine pour votre groupe de lecture.",
    intents=[("actions.intent.MAIN", ["parler avec cercle de lecture biblique"]), ("com.cercle.PASSAGE", ["le passage", "quel passage cette semaine"])],
    rec=[("gactions-conversation", "tests/conversation.json", [
        ("parler avec cercle de lecture biblique", "actions.intent.MAIN", "Cette semaine, votre groupe lit Matthieu, chapitre cinq. Voulez-vous entendre le début ?", True, ["Dites oui ou non."], None),
        ("non merci", "actions.intent.TEXT", "Très bien. Bonne lecture et à bientôt !", False, None, None),
    ])],
    cats=[], why="Says goodbye and ends the conversation with expectUserResponse false; reprompt is audible."))

add(dict(id="89154-horoscopo-google", kind="builder", loc="pt-BR", name="Horóscopo da Lua", inv="horóscopo da lua",
    desc="Seu horóscopo diário pela fase da lua.", policy="https://horoscopodalua.example.com.br/privacidade",
    intents=[("Signo", ["$signo", "horóscopo de $signo"], {"signo": "signo"})], types={"signo": ["áries", "touro", "gêmeos", "leão"]}, handlers=["main", "ler"],
    scenes={"Start": "onEnter:\n  webhookHandler: main\nintentEvents:\n- handler:\n    webhookHandler: ler\n  intent: Signo\n  transitionToScene: actions.scene.END_CONVERSATION\n"},
    rec=[("gactions-scene", "logs/webhook.json", [
        ("falar com horóscopo da lua", "actions.intent.MAIN", "main", "Start", "Qual é o seu signo?", None),
        ("leão", "Signo", "ler", "Start", "Leão: a lua crescente favorece novos começos. Até amanhã!", END),
    ])],
    cats=[], why="Sign slot bound to a closed type; says goodbye and ends the conversation."))
