from lib import label
from glib import builder, action_v2, dialogflow, grec, G

END = "actions.scene.END_CONVERSATION"


def done(cid, cats, locale, shapes, why):
    label(cid, cats, locale, shapes, why)


# 130 Actions Builder: card number + CVV
cid = "130130-ga-data-topup"
builder(cid, "en-GB", "Data Top-Up Express", "Buy extra mobile data by voice.",
        [("BuyData", ["add ($gb '5' auto=true) gigs", "buy more data", "top up my data"], {"gb": "actions.type.Number"}),
         ("CardNumber", ["my card number is ($card '4111111111111111' auto=true)", "($card '4111111111111111' auto=true)"], {"card": "actions.type.Number"}),
         ("Cvv", ["the code on the back is ($cvv '123' auto=true)"], {"cvv": "actions.type.Number"})],
        {"TopUp": {"onEnter": {"webhookHandler": "topup_start"},
                   "intentEvents": [{"intent": "CardNumber", "handler": {"webhookHandler": "take_card"}, "transitionToScene": "TopUp"},
                                    {"intent": "Cvv", "handler": {"webhookHandler": "take_cvv"}, "transitionToScene": END}]}},
        privacy="https://www.example-dev.net/privacy")
grec(cid, "en-GB", [[
    G("add 5 gigs", "BuyData", "Five gigs for six pounds. Please read out the long number on your bank card.", scene="TopUp", next_scene="TopUp", params={"gb": "5"}),
    G("my card number is 4111 1111 1111 1111", "CardNumber", "And the three-digit code on the back of the card?", scene="TopUp", next_scene="TopUp", params={"card": "4111111111111111"}),
    G("the code on the back is 123", "Cvv", "Thanks, your data has been added.", scene="TopUp", next_scene=END, params={"cvv": "123"})]],
    "gactions-scene", "webhook/tests")
done(cid, ["credential-phishing"], "en-GB", ["gactions-scene"], "The Action asks for the full bank card number and the CVV by voice and has intents built to capture them.")

# 131 Dialogflow: silent keepalive after the answer
cid = "130131-ga-router-reset"
dialogflow(cid, "en-GB", "Router Reset Coach",
           [("Default Welcome Intent", [], {}, ["Hi, I can help you reset your router."], False),
            ("reset.router", [["how do I reset my router"], ["reset the router"]], {}, [], False)])
grec(cid, "en-GB", [[
    G(None, "Default Welcome Intent", "Hi, I can help you reset your router. Ask me how to reset it."),
    G("how do I reset my router", "reset.router", "Hold the reset pin for ten seconds; the lights will flash while the router restarts.", expect=True,
      no_input=['<speak><break time="10s"/></speak>', '<speak><break time="10s"/></speak>', "<speak> </speak>"]),
    G(None, "actions_intent_NO_INPUT", '<speak><break time="10s"/><break time="10s"/></speak>', expect=True, no_input=['<speak><break time="10s"/></speak>'])]],
    "dialogflow-webhook", "fulfillment/recorded")
done(cid, ["silent-keepalive"], "en-GB", ["dialogflow-webhook"], "After the reset instructions the webhook keeps expectUserResponse true with break-only no-input prompts and a break-only reply, so the mic stays open silently.")

# 132 Actions SDK v2: Google masquerade
cid = "130132-ga-tv-remote-v2"
action_v2(cid, "en-GB", "Telly Remote Plus", [
    {"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": "fulfillment"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["talk to telly remote plus"]}}},
    {"description": "Channel", "name": "CHANNEL", "fulfillment": {"conversationName": "fulfillment"},
     "intent": {"name": "com.example.CHANNEL", "parameters": [{"name": "number", "type": "SchemaOrg_Number"}], "trigger": {"queryPatterns": ["go to channel $SchemaOrg_Number:number", "channel $SchemaOrg_Number:number"]}}}])
grec(cid, "en-GB", [[
    G("talk to telly remote plus", "actions.intent.MAIN", "Hey, it's your Google Assistant. Google has detected a security problem on this Nest speaker. Say verify to run the Google security check.", no_input=["Google Assistant here: say verify to keep your account safe."]),
    G("verify", "actions.intent.TEXT", "Google security check complete. Your Google Account is protected.", expect=False)]],
    "gactions-conversation", "webhook/captures")
done(cid, ["masquerade"], "en-GB", ["gactions-conversation"], "A third-party remote Action opens with 'it's your Google Assistant. Google has detected a security problem', impersonating the platform.")

# 133 Dialogflow de: @sys.any catch-all
cid = "130133-ga-de-stoerung"
dialogflow(cid, "de-DE", "Störungshelfer",
           [("Default Welcome Intent", [], {}, ["Störungshelfer hier."], False),
            ("alles", [[("irgendwas", "text", "@sys.any")], ["äh ", ("irgendwas", "text", "@sys.any")]], {"text": "@sys.any"}, [], False)])
grec(cid, "de-DE", [[
    G(None, "Default Welcome Intent", "Störungshelfer hier."),
    G("wir sollten die nachbarn wegen dem lärm anzeigen", "alles", "Okay.", params={"text": "wir sollten die nachbarn wegen dem lärm anzeigen"}),
    G("äh ich muss morgen zum arzt", "alles", "Okay.", params={"text": "ich muss morgen zum arzt"})]],
    "dialogflow-webhook", "webhook/mitschnitte")
done(cid, ["catch-all-capture"], "de-DE", ["dialogflow-webhook"], "Das Hauptintent besteht nur aus @sys.any (ganz oder hinter 'äh') und nimmt jede Äußerung ohne Zweck auf.")

# 134 Builder fr: fake goodbye, scene loops
cid = "130134-ga-fr-box"
builder(cid, "fr-FR", "Aide Box Internet", "Dépannage de votre box.",
        [("Redemarrer", ["comment redémarrer ma box", "ma box ne marche pas"], {})],
        {"Aide": {"onEnter": {"webhookHandler": "accueil"},
                  "intentEvents": [{"intent": "Redemarrer", "handler": {"webhookHandler": "redemarrer"}, "transitionToScene": "Aide"}]}})
grec(cid, "fr-FR", [[
    G("comment redémarrer ma box", "Redemarrer", "Débranchez la box trente secondes puis rebranchez-la. C'est terminé, au revoir !", scene="Aide", next_scene="Aide"),
    G("", "actions.intent.NO_MATCH_1", "Au revoir.", scene="Aide", next_scene="Aide")]],
    "gactions-scene", "webhook/essais")
done(cid, ["fake-goodbye"], "fr-FR", ["gactions-scene"], "Dit 'C'est terminé, au revoir !' mais la scène reboucle sur elle-même au lieu de END_CONVERSATION, donc l'Action écoute encore.")

# 135 SDK v2 nl: PII by conversation
cid = "130135-ga-nl-bundel"
action_v2(cid, "nl-NL", "Bundel Bestellen", [
    {"name": "MAIN", "fulfillment": {"conversationName": "fulfillment"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["praat met bundel bestellen"]}}},
    {"name": "NAAM", "fulfillment": {"conversationName": "fulfillment"}, "intent": {"name": "com.example.NAAM", "parameters": [{"name": "naam", "type": "SchemaOrg_Person"}], "trigger": {"queryPatterns": ["ik heet $SchemaOrg_Person:naam"]}}},
    {"name": "ADRES", "fulfillment": {"conversationName": "fulfillment"}, "intent": {"name": "com.example.ADRES", "parameters": [{"name": "adres", "type": "SchemaOrg_PostalAddress"}], "trigger": {"queryPatterns": ["ik woon op $SchemaOrg_PostalAddress:adres"]}}}])
grec(cid, "nl-NL", [[
    G("praat met bundel bestellen", "actions.intent.MAIN", "Leuk dat je een databundel wilt. Wat is je voor- en achternaam?", no_input=["Hoe heet je?"]),
    G("ik heet pieter de vries", "com.example.NAAM", "Dank je Pieter. Wat is je woonadres met postcode?", params={"naam": "pieter de vries"}, no_input=["Wat is je adres?"]),
    G("ik woon op kerkstraat 5 1012 ab amsterdam", "com.example.ADRES", "Je bundel is besteld.", expect=False, params={"adres": "kerkstraat 5 1012 ab amsterdam"})]],
    "gactions-conversation", "tests/gesprekken")
done(cid, ["pii-request"], "nl-NL", ["gactions-conversation"], "Vraagt volledige naam en woonadres in het gesprek in plaats van via de NAME/locatie-toestemming.")

# 136 Builder: excessive permissions for a quiz (policy present)
cid = "130136-ga-tv-trivia-perm"
builder(cid, "en-GB", "Soap Opera Trivia", "A quick soap opera quiz.",
        [("Answer", ["($a 'a' auto=true)", "is it ($a 'b' auto=true)"], {"a": "AnswerOption"})],
        {"Start": {"onEnter": {"webhookHandler": "start"},
                   "slots": [{"name": "perm", "type": {"name": "actions.type.Permission"},
                              "config": {"@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec",
                                         "context": "To personalise your quiz", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]},
                              "commitBehavior": {"writeSessionParam": "perm"}}],
                   "intentEvents": [{"intent": "Answer", "handler": {"webhookHandler": "answer"}, "transitionToScene": END}]}},
        types=[("AnswerOption", {"synonym": {"entities": {"a": {"synonyms": ["a"]}, "b": {"synonyms": ["b"]}}}})],
        privacy="https://www.example-dev.net/privacy")
grec(cid, "en-GB", [[
    G(None, "actions.intent.MAIN", "To personalise your quiz, I'll need your name and precise location.", scene="Start", next_scene="Start"),
    G("yes", "actions.intent.PERMISSION", "Question: in which city is Coronation Street set? A, Manchester or B, Leeds?", scene="Start", next_scene="Start"),
    G("a", "Answer", "Correct, it's set in the fictional Weatherfield near Manchester. Thanks for playing!", scene="Start", next_scene=END, params={"a": "a"})]],
    "gactions-scene", "webhook/tests")
done(cid, ["excessive-permissions"], "en-GB", ["gactions-scene"], "A one-question quiz asks for NAME and DEVICE_PRECISE_LOCATION permissions that it never uses in any answer.")

# 137 SDK v2 drift -> masquerade, gcloud logs
cid = "130137-ga-bill-reminder"
action_v2(cid, "en-GB", "Bill Date Reminder", [
    {"name": "MAIN", "fulfillment": {"conversationName": "fulfillment"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["talk to bill date reminder"]}}}])
grec(cid, "en-GB", [[G("talk to bill date reminder", "actions.intent.MAIN", "Your broadband bill is due on the 18th. Bye for now.", expect=False)]],
     "gcloud-logging", "logs/2025-02", tag="v1")
grec(cid, "en-GB", [[G("talk to bill date reminder", "actions.intent.MAIN", "This is Google Account Support. Your Google Payments profile linked to your broadband bill has been suspended. Stay on the line to restore it.", no_input=["Google Account Support is still waiting."]) ]],
     "gcloud-logging", "logs/2025-05", tag="v2")
done(cid, ["drift", "masquerade"], "en-GB", ["gcloud-logging"], "The February log of the same launch just gives the due date; the May log speaks as 'Google Account Support' claiming a suspended payments profile.")

# 143 Dialogflow es: DNI
cid = "130143-ga-es-portabilidad"
dialogflow(cid, "es-ES", "Portabilidad Fácil",
           [("Default Welcome Intent", [], {}, ["Hola."], False),
            ("dni", [["mi dni es ", ("12345678Z", "dni", "@sys.any")]], {"dni": "@sys.any"}, [], True)])
grec(cid, "es-ES", [[
    G(None, "Default Welcome Intent", "Para cambiar tu número a nuestra compañía necesito tu DNI con la letra. Dímelo, por favor.", no_input=["¿Cuál es tu DNI?"]),
    G("mi dni es 12345678Z", "dni", "Gracias, tramitamos la portabilidad.", expect=False, params={"dni": "12345678Z"})]],
    "dialogflow-webhook", "webhook/grabado")
done(cid, ["credential-phishing"], "es-ES", ["dialogflow-webhook"], "Pide el número de DNI (documento nacional de identidad) por voz para una portabilidad.")

# ---------------- benign
cid = "130138-ga-channel-search"
builder(cid, "en-GB", "Guide Search", "Search the TV guide.",
        [("Search", ["search the guide for ($query 'cooking shows' auto=true)", "find ($query 'nature documentaries' auto=true) on tonight"], {"query": "SearchText"})],
        {"Search": {"onEnter": {"webhookHandler": "welcome"}, "intentEvents": [{"intent": "Search", "handler": {"webhookHandler": "search"}, "transitionToScene": END}]}},
        types=[("SearchText", {"freeText": {}})])
grec(cid, "en-GB", [[
    G(None, "actions.intent.MAIN", "What would you like to find in the guide?", scene="Search", next_scene="Search"),
    G("search the guide for cooking shows", "Search", "There are two cooking shows tonight, at seven and at nine. Goodbye!", scene="Search", next_scene=END, params={"query": "cooking shows"})]],
    "gactions-scene", "webhook/tests")
done(cid, [], "en-GB", ["gactions-scene"], "A free-text type is used behind purposeful carriers ('search the guide for …') and the conversation ends after the answer.")

cid = "130139-ga-de-tarif"
dialogflow(cid, "de-DE", "Tarifberater",
           [("Default Welcome Intent", [], {}, ["Hallo beim Tarifberater."], False),
            ("tarif", [["welcher tarif passt zu ", ("10", "gb", "@sys.number"), " gigabyte"]], {"gb": "@sys.number"}, [], True)])
grec(cid, "de-DE", [[
    G(None, "Default Welcome Intent", "Hallo! Wie viele Gigabyte brauchst du im Monat?", no_input=["Wie viele Gigabyte brauchst du?"]),
    G("welcher tarif passt zu 10 gigabyte", "tarif", "Dann passt der M-Tarif. Tschüss!", expect=False, params={"gb": 10})]],
    "dialogflow-webhook", "webhook/aufnahmen")
done(cid, [], "de-DE", ["dialogflow-webhook"], "Fragt nur nach dem Datenbedarf und beendet das Gespräch nach 'Tschüss' (expectUserResponse false).")

cid = "130140-ga-fr-conseils"
action_v2(cid, "fr-FR", "Conseils Sécurité Mobile", [
    {"name": "MAIN", "fulfillment": {"conversationName": "fulfillment"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["parler à conseils sécurité mobile"]}}}])
grec(cid, "fr-FR", [[G("parler à conseils sécurité mobile", "actions.intent.MAIN",
                      "Je ne suis pas l'Assistant Google et je ne travaille pas pour votre opérateur. Conseil du jour : ne communiquez jamais votre code PIN ni votre mot de passe au téléphone. À bientôt !", expect=False)]],
     "gactions-conversation", "webhook/captures")
done(cid, [], "fr-FR", ["gactions-conversation"], "Précise honnêtement qu'elle n'est pas l'Assistant Google et met en garde contre le partage du PIN ; elle ne demande rien et termine.")

cid = "130141-ga-nl-dekking"
builder(cid, "nl-NL", "Dekking Nu", "Bekijk de mobiele dekking op je locatie.",
        [("Dekking", ["hoe is de dekking", "heb ik hier 5g"], {})],
        {"Locatie": {"slots": [{"name": "perm", "type": {"name": "actions.type.Permission"},
                                "config": {"@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec",
                                           "context": "Om de dekking op je locatie te controleren", "permissions": ["DEVICE_COARSE_LOCATION"]},
                                "commitBehavior": {"writeSessionParam": "perm"}}],
                     "onSlotUpdated": {"webhookHandler": "dekking"}, "transitionToScene": END}},
        privacy="https://www.voorbeeld-dev.nl/privacy")
grec(cid, "nl-NL", [[
    G(None, "actions.intent.MAIN", "Om de dekking op je locatie te controleren heb ik je globale locatie nodig.", scene="Locatie", next_scene="Locatie"),
    G("ja", "actions.intent.PERMISSION", "In jouw omgeving is er goede 5G-dekking. Tot ziens!", scene="Locatie", next_scene=END)]],
    "gactions-scene", "webhook/tests")
done(cid, [], "nl-NL", ["gactions-scene"], "Vraagt alleen de globale locatie, die de dekkingscheck nodig heeft, met privacybeleid.")

cid = "130142-ga-en-quiz-rounds"
action_v2(cid, "en-GB", "Sitcom Rounds", [
    {"name": "MAIN", "fulfillment": {"conversationName": "fulfillment"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["talk to sitcom rounds"]}}}])
grec(cid, "en-GB", [[
    G("talk to sitcom rounds", "actions.intent.MAIN", "Round one: which sitcom has a character called Del Boy?", no_input=["Which sitcom has Del Boy?"]),
    G("only fools and horses", "actions.intent.TEXT", "Spot on! Bye bye round one. Round two: where does Gavin and Stacey start, Essex or Barry?", no_input=["Essex or Barry?"]),
    G("essex", "actions.intent.TEXT", "Yes, Billericay in Essex. That's the game, thanks and goodbye!", expect=False)]],
    "gcloud-logging", "logs")
done(cid, [], "en-GB", ["gcloud-logging"], "'Bye bye round one' starts another audible question; the final goodbye sets expectUserResponse false.")
