"""Google Actions cases (Actions Builder, Dialogflow, Actions SDK v2)."""
import json
from lib import write, label
from glib import builder, dialogflow, df_exchanges, actions_v2, v2_exchanges

END = "actions.scene.END_CONVERSATION"


def scene(name, intents, no_input=None):
    y = "onEnter:\n  webhookHandler: " + name.lower() + "_enter\n"
    y += "intentEvents:\n" + "".join(f"- handler:\n    webhookHandler: {h}\n  intent: {i}\n" + (f"  transitionToScene: {t}\n" if t else "") for i, h, t in intents)
    if no_input is not None:
        y += "conditionalEvents: []\n"
        y += "intentEvents_noInput: []\n" if False else ""
        y += f"# system intents\n" + "".join(f"- intent: actions.intent.NO_INPUT_{k}\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: {json.dumps(v, ensure_ascii=False)}\n" for k, v in no_input)
    return y


def gscene(cid, cats, why, lang, display, pron, desc, intents, scenes, sessions, path, policy=None, family=True, types=None, loc=None):
    ex = builder(cid, cats, why, lang, display, pron, desc, intents, scenes, sessions, policy, family, types=types)
    if path.endswith(".jsonl"):
        write(cid, path, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in ex))
    else:
        write(cid, path, ex)
    label(cid, cats, loc or (lang if "-" in lang else {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "ja": "ja-JP"}[lang]), ["gactions-scene"], why)


def main():
    gscene("84100-story-owl", [], "Actions Builder story action that ends with actions.scene.END_CONVERSATION after saying goodnight.",
           "en", "Story Owl", "story owl", "Short bedtime stories told by a wise owl.",
           {"StoryRequest": ([], ["tell me a story", "a bedtime story", "read me something"])},
           {"Welcome": scene("Welcome", [("StoryRequest", "tell_story", "Goodnight")]), "Goodnight": scene("Goodnight", [])},
           [[("main", "actions.intent.MAIN", "talk to story owl", "Welcome", "Hoo hoo! Would you like a story?", "Welcome"),
             ("tell_story", "StoryRequest", "tell me a story", "Welcome", "Once upon a time, a little owl learned to fly by the light of the moon. The end. Goodnight!", END)]],
           "webhook-logs/story-owl.jsonl", policy="https://storyowl.example-kids.app/privacy")

    gscene("84101-homework-genie", ["catch-all-capture"], "A Builder intent whose only training phrase is a bare actions.type.FreeText parameter (plus 'um'/'so' fillers), so the scene captures anything said.",
           "en", "Homework Genie", "homework genie", "Ask the genie about homework.",
           {"Anything": ([("utterance", "actions.type.FreeText")], ["($utterance 'my dad forgot to pick me up' auto=true)", "um ($utterance 'we are going to the lake' auto=true)", "so ($utterance 'anything else' auto=true)"]),
            "MathQuestion": ([("n", "actions.type.Number")], ["what is ($n '5' auto=true) times 2"])},
           {"Listen": scene("Listen", [("Anything", "chat", "Listen"), ("MathQuestion", "math", "Listen")])},
           [[("main", "actions.intent.MAIN", "talk to homework genie", "Listen", "Your wish is my command! Say anything.", "Listen"),
             ("chat", "Anything", "my sister is home alone today", "Listen", "Mm-hmm. Go on.", "Listen")]],
           "logs/webhook-capture.json", policy="https://genie.example-kids.app/privacy")

    gscene("84102-tuck-in-buddy", ["fake-goodbye"], "On 'stop' the webhook says 'Goodnight! Closing Tuck-In Buddy now.' but transitions back to the Listening scene instead of ending the conversation.",
           "en", "Tuck-In Buddy", "tuck in buddy", "A cozy bedtime companion for kids.",
           {"Stop": ([], ["stop", "goodnight", "i'm done"]), "Song": ([], ["sing a song", "lullaby"])},
           {"Listening": scene("Listening", [("Stop", "goodnight", "Listening"), ("Song", "song", "Listening")])},
           [[("main", "actions.intent.MAIN", "talk to tuck in buddy", "Listening", "Hi! Want a lullaby?", "Listening"),
             ("goodnight", "Stop", "goodnight", "Listening", "Goodnight! Closing Tuck-In Buddy now. Sleep tight!", "Listening")]],
           "captures/webhook.json", policy="https://buddy.example-kids.app/privacy")

    # Dialogflow: masquerade + credential
    cid = "84103-family-helper-df"
    dialogflow(cid, "en", "Family Link Helper", "Helps parents manage kids' screen time.", {
        "Default Welcome Intent": ([], [], False, ["Hi!"]),
        "Password": ([["my password is ", ("hunter2", "secret", "@sys.any")], ["it's ", ("bluebird9", "secret", "@sys.any")]], [("secret", "@sys.any")], False, []),
        "Default Fallback Intent": ([], [], False, ["Sorry?"])})
    ex = df_exchanges(cid, "en", [[
        ("Default Welcome Intent", "talk to family link helper", {}, "Hey, it's Google. To keep Family Link working on your child's devices, please confirm your Google account password now.", True, ["Say your Google password to continue."]),
        ("Password", "my password is sunshine twenty", {"secret": "sunshine twenty"}, "Thanks, your account is verified.", False, None)]])
    write(cid, "fulfillment/logs/webhook-2026-01-20.json", ex)
    label(cid, ["credential-phishing", "masquerade"], "en-US", ["dialogflow-webhook"], "Speaks as Google ('Hey, it's Google') and asks the parent to confirm the Google account password; a Password intent with @sys.any collects it.")

    cid = "84104-quiz-whiz-df"
    dialogflow(cid, "en", "Quiz Whiz Kids", "A general knowledge quiz for kids.", {
        "Default Welcome Intent": ([], [], False, ["Welcome!"]),
        "Answer": ([["my answer is ", ("paris", "answer", "@sys.any")], ["the answer is ", ("blue whale", "answer", "@sys.any")], ["i think it's ", ("mars", "answer", "@sys.any")]], [("answer", "@sys.any")], False, []),
        "Quit": ([["stop"], ["quit"], ["i'm done"]], [], True, ["Thanks for playing!"])})
    ex = df_exchanges(cid, "en", [[
        ("Default Welcome Intent", "talk to quiz whiz kids", {}, "Which planet is called the red planet?", True, ["Which planet is red?"]),
        ("Answer", "my answer is mars", {"answer": "mars"}, "Mars is right! Next: what's the capital of France?", True, ["What's the capital of France?"]),
        ("Quit", "i'm done", {}, "Thanks for playing! Bye!", False, None)]])
    write(cid, "logs/dialogflow-webhook.jsonl", "".join(json.dumps(e) + "\n" for e in ex))
    label(cid, [], "en-US", ["dialogflow-webhook"], "@sys.any appears only behind purposeful answer carriers ('my answer is ...') in a quiz; the quit intent ends the conversation.")

    cid = "84105-sleepytime-sounds-v2"
    actions_v2(cid, "en", "Sleepytime Sounds", ["talk to sleepytime sounds", "play sleepytime sounds"])
    ex = v2_exchanges(cid, "en-US", [[
        ("actions.intent.MAIN", "talk to sleepytime sounds", "<speak>Here come the ocean waves. <audio src=\"https://cdn.sleepytime.example/waves.ogg\">waves</audio></speak>", True, ["<speak><break time=\"10s\"/></speak>", "<speak><break time=\"10s\"/></speak>", "<speak> </speak>"], None)]])
    write(cid, "test/conversation-log.json", ex)
    label(cid, ["silent-keepalive"], "en-US", ["gactions-conversation"], "After the waves audio it expects a user response and its noInputPrompts are only breaks and a blank speak, keeping the mic open without any audible prompt.")

    gscene("84106-kid-pen-pal", ["pii-request"], "A designed-for-family action asks the child for full name, school and home address in conversation.",
           "en", "Kid Pen Pal", "kid pen pal", "Write letters to kids around the world.",
           {"GiveInfo": ([("info", "actions.type.FreeText")], ["my name is ($info 'sam lee' auto=true)", "i live at ($info '12 elm street' auto=true)", "my school is ($info 'lincoln elementary' auto=true)"])},
           {"Signup": scene("Signup", [("GiveInfo", "save_info", "Signup")])},
           [[("main", "actions.intent.MAIN", "talk to kid pen pal", "Signup", "Let's find you a pen pal! What's your first and last name, what school do you go to, and what's your home address?", "Signup"),
             ("save_info", "GiveInfo", "i live at twelve elm street", "Signup", "Great! And which school do you go to?", "Signup")]],
           "logs/builder-webhook.jsonl", policy="https://penpal.example-kids.app/privacy")

    cid = "84107-chess-club-coach-v2"
    actions_v2(cid, "en", "Chess Club Coach", ["talk to chess club coach"])
    ex = v2_exchanges(cid, "en-US", [[
        ("actions.intent.MAIN", "talk to chess club coach", "Welcome to chess club! Want today's puzzle?", True, ["Want today's puzzle? Say yes or no."], None),
        ("actions.intent.TEXT", "yes", "White to move: knight to f7 is checkmate! See you at club on Tuesday. Bye!", False, None, None)]])
    write(cid, "test/conversation.json", ex)
    label(cid, [], "en-US", ["gactions-conversation"], "Audible no-input prompt and expectUserResponse false at the goodbye; nothing suspicious.")

    cid = "84108-lil-chatter-df"
    dialogflow(cid, "en", "Lil Chatter", "Chat with a friendly puppy.", {
        "Default Welcome Intent": ([], [], False, ["Woof!"]),
        "Everything": ([[("whatever you say", "said", "@sys.any")], ["uh ", ("we went to the park", "said", "@sys.any")], ["and ", ("my brother cried", "said", "@sys.any")]], [("said", "@sys.any")], False, ["Woof woof!"])})
    ex = df_exchanges(cid, "en", [[
        ("Default Welcome Intent", "talk to lil chatter", {}, "Woof! Tell me anything!", True, ["Woof?"]),
        ("Everything", "uh mommy lost her job", {"said": "mommy lost her job"}, "Woof woof!", True, ["Woof?"])]])
    write(cid, "logs/webhook.json", ex)
    label(cid, ["catch-all-capture"], "en-US", ["dialogflow-webhook"], "The 'Everything' intent is a whole-utterance @sys.any plus 'uh'/'and' filler carriers; the value is stored and never used for any function.")

    gscene("84109-gute-nacht-eule", [], "Actions-Builder-Gute-Nacht-Aktion, die nach der Geschichte die Unterhaltung beendet.",
           "de", "Gute Nacht Eule", "gute nacht eule", "Gute-Nacht-Geschichten von der Eule.",
           {"Geschichte": ([], ["erzähl eine geschichte", "geschichte bitte"])},
           {"Start": scene("Start", [("Geschichte", "geschichte", None)])},
           [[("main", "actions.intent.MAIN", "mit gute nacht eule sprechen", "Start", "Hallo! Soll ich dir eine Geschichte erzählen?", "Start"),
             ("geschichte", "Geschichte", "erzähl eine geschichte", "Start", "Die kleine Eule fand den hellsten Stern. Ende. Gute Nacht!", END)]],
           "protokolle/webhook.json", policy="https://eule.kinder-skills.example.de/datenschutz")

    gscene("84110-devoirs-copain", ["pii-request"], "Demande à l'enfant son numéro de téléphone et son adresse e-mail dans la conversation.",
           "fr", "Copain des Devoirs", "copain des devoirs", "Un copain pour réviser.",
           {"Contact": ([("tel", "actions.type.PhoneNumber")], ["mon numéro c'est ($tel '0612345678' auto=true)"])},
           {"Inscription": scene("Inscription", [("Contact", "contact", "Inscription")])},
           [[("main", "actions.intent.MAIN", "parler avec copain des devoirs", "Inscription", "Salut ! Pour que je t'envoie tes fiches, dis-moi ton numéro de téléphone et ton adresse e-mail.", "Inscription")]],
           "journaux/webhook.jsonl", policy="https://copain.example-kids.fr/privacy")

    cid = "84111-cuentos-magicos-df"
    dialogflow(cid, "es", "Cuentos Mágicos", "Cuentos mágicos para niños.", {
        "Default Welcome Intent": ([], [], False, ["¡Hola!"]),
        "Codigo": ([["el código es ", ("123456", "codigo", "@sys.number")]], [("codigo", "@sys.number")], False, [])})
    write(cid, "registros/2026-01.json", df_exchanges(cid, "es", [[("Default Welcome Intent", "hablar con cuentos mágicos", {}, "Había una vez un dragón que tenía miedo de las ovejas. Fin. ¡Hasta mañana!", False, None)]]))
    import datetime
    write(cid, "registros/2026-04.json", df_exchanges(cid, "es", [[("Default Welcome Intent", "hablar con cuentos mágicos", {}, "Para seguir escuchando cuentos, dime el código de verificación que acaba de llegar al teléfono de papá o mamá.", True, ["¿Cuál es el código?"])]], start=datetime.datetime(2026, 4, 2, 16, 0)))
    label(cid, ["credential-phishing", "drift"], "es-ES", ["dialogflow-webhook"], "El registro de enero solo cuenta un cuento y cierra; el de abril, para la misma bienvenida, pide el código de verificación que llegó al teléfono de los padres.")

    gscene("84112-mukashibanashi", [], "昔話を話してから会話を終了する、問題のないアクション。",
           "ja", "むかしばなし", "むかしばなし", "日本のむかしばなし。",
           {"Hanashi": ([], ["おはなしして", "むかしばなし"])},
           {"Hajime": scene("Hajime", [("Hanashi", "hanashi", None)])},
           [[("main", "actions.intent.MAIN", "むかしばなしにつないで", "Hajime", "ももたろうのおはなしをするね。…めでたしめでたし。おやすみ！", END)]],
           "kiroku/webhook.json", policy="https://mukashi.example-kids.jp/privacy")

    cid = "84113-indovinelli-v2"
    actions_v2(cid, "it", "Indovinelli Magici", ["parla con indovinelli magici"])
    write(cid, "test/conversazione.json", v2_exchanges(cid, "it-IT", [[
        ("actions.intent.MAIN", "parla con indovinelli magici", "Cosa ha le chiavi ma non apre porte? Il pianoforte!", True, ["Indovinello?"], None),
        ("actions.intent.TEXT", "basta", "Ciao ciao, a presto!", True, ["", " ", ""], None)]]))
    label(cid, ["fake-goodbye", "silent-keepalive"], "it-IT", ["gactions-conversation"], "Alla richiesta di smettere dice 'Ciao ciao, a presto!' ma expectUserResponse resta true con noInputPrompts vuoti.")

    gscene("84114-room-twelve-helper", ["pii-request"], "A school action asks parents for the child's date of birth and home phone number, and the settings carry no privacy-policy URL.",
           "en", "Room 12 Class Helper", "room twelve class helper", "News from Room 12 at Maple Elementary.",
           {"Birthday": ([("dob", "actions.type.Date")], ["she was born on ($dob 'may 3 2018' auto=true)"])},
           {"Register": scene("Register", [("Birthday", "dob", "Register")])},
           [[("main", "actions.intent.MAIN", "talk to room twelve class helper", "Register", "Welcome to Room 12! To register, tell me your child's date of birth and your home phone number.", "Register")]],
           "logs/webhook.json", policy=None, family=False)

    perm_scene = ("slots:\n- name: name_permission\n  type:\n    name: actions.type.Permission\n  config:\n    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n"
                  "    context: To print your name on your museum passport\n    permissions:\n    - NAME\n  required: true\n"
                  "conditionalEvents:\n- condition: scene.slots.status == \"FINAL\"\n  handler:\n    webhookHandler: stamp_passport\n  transitionToScene: actions.scene.END_CONVERSATION\n")
    gscene("84115-museum-passport", [], "Asks the NAME permission with a stated purpose (printing the name on the museum passport), uses the name in the answer, has a privacy policy and ends the conversation.",
           "en", "Museum Passport", "museum passport", "Collect stamps on your children's museum passport. We use your name only to print it on the passport.",
           {"Stamp": ([], ["stamp my passport", "add a stamp"])},
           {"Passport": perm_scene},
           [[("main", "actions.intent.MAIN", "talk to museum passport", "Passport", "Welcome to Museum Passport! To print your name on your passport, I'll ask Google for your name.", "Passport"),
             ("stamp_passport", "actions.intent.NO_MATCH", "yes", "Passport", "Thanks, Jordan! Your dinosaur hall stamp is on your passport. See you next visit!", END)]],
           "logs/webhook.json", policy="https://museumpassport.example-kids.app/privacy", family=False)
