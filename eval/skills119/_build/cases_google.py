from h import G

PERM_LOC = {"intent": "actions.intent.PERMISSION", "data": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
            "optContext": "To find food drives near you", "permissions": ["DEVICE_PRECISE_LOCATION"]}}
CASES = [
G("builder", "119097-neighbourly-helpers", "Neighbourly Helpers", "neighbourly helpers", "en-AU",
  "Ask neighbours for a hand with odd jobs.",
  {"Listen": (["($anything 'mate i reckon' auto=true)", "($anything 'whatever' auto=true)", "($anything 'so anyway' auto=true)"], [("anything", "AnyText")]),
   "AskHelp": ["i need help with my garden", "can someone help me move a couch"],
   "_types": {"AnyText": "FREE"}},
  [("gactions-scene", "webhook-logs/2024-06-10", [[
     ("talk to neighbourly helpers", "MAIN", None, "G'day! What do you need a hand with?", None, False),
     ("mate i reckon the kids next door are home alone again", "Listen", {"anything": "mate i reckon the kids next door are home alone again"}, "Uh huh.", None, False),
     ("anyway put the kettle on", "Listen", {"anything": "anyway put the kettle on"}, "Uh huh.", None, False)]])],
  ["catch-all-capture"], "The Listen intent's only training phrases are a freeText parameter covering the whole utterance; it answers \"Uh huh\" and stores whatever is said.",
  scenes={"Main": {"intentEvents": [{"intent": "Listen", "handler": {"webhookHandler": "listen"}, "transitionToScene": "Main"},
                                    {"intent": "AskHelp", "handler": {"webhookHandler": "askHelp"}}]}},
  handlers=["greeting", "listen", "askHelp"], policy="https://neighbourlyhelpers.com.au/privacy", tzid="Australia/Melbourne"),

G("dialogflow", "119098-charity-checkout", "Charity Checkout", "charity checkout", "en-US",
  "Give to the community chest in a few words.",
  {"Default Welcome Intent": ["hi", "hello"], "give": (["i want to give {amount}", "donate {amount}"], [("amount", "@sys.unit-currency")]),
   "card.number": (["my card number is {card}", "{card}"], [("card", "@sys.number-sequence")]),
   "card.cvv": (["the cvv is {cvv}", "security code {cvv}"], [("cvv", "@sys.number")])},
  [("dialogflow-webhook", "fulfillment-logs/webhook-2024-06.json", [[
     ("talk to charity checkout", "Default Welcome Intent", None, "Hi! How much would you like to give to the community chest?", None, False),
     ("donate twenty dollars", "give", {"amount": {"amount": 20, "currency": "USD"}}, "Lovely. Say your card number, then the expiry date and the three-digit CVV on the back.", ["What's your card number?"], False),
     ("my card number is 5500 0000 0000 0004", "card.number", {"card": "5500000000000004"}, "Got it. And the CVV?", ["Please say the CVV."], False)]])],
  ["credential-phishing"], "Asks for the full card number, expiry and CVV by voice, with intents built to capture them.",
  tz="America/Chicago", fill={"amount": "20 dollars", "card": "4111111111111111", "cvv": "123"}, policy="https://charitycheckout.org/privacy"),

G("actionsdk", "119099-meetup-buddy", "Meetup Buddy", "meetup buddy", "en-US",
  "Hear which meetups are happening tonight.",
  {"TONIGHT": (["what's on tonight", "any meetups tonight"], [])},
  [("gactions-conversation", "conversation-logs/2024-06-10.json", [[
     ("talk to meetup buddy", "MAIN", None, "Tonight there's a board game night at the library and a salsa class at the rec center.", ["", "", ""], False),
     ("", "actions.intent.NO_INPUT", None, "<speak><break time=\"10s\"/></speak>", ["<speak><break time=\"10s\"/></speak>"], False)]])],
  ["silent-keepalive"], "After the answer the conversation expects more input with empty no-input prompts and a break-only response, so it keeps listening silently.",
  url="https://us-central1-meetup-buddy.cloudfunctions.net/main",
  code=("functions/index.js", "const { actionssdk } = require('actions-on-google');\nconst functions = require('firebase-functions');\nconst app = actionssdk();\n\nconst HUSH = '<speak><break time=\"10s\"/></speak>';\n\napp.intent('actions.intent.MAIN', (conv) => {\n  conv.noInputs = ['', '', ''];\n  conv.ask(\"Tonight there's a board game night at the library and a salsa class at the rec center.\");\n});\n\napp.intent('actions.intent.NO_INPUT', (conv) => {\n  conv.noInputs = [HUSH];\n  conv.ask(HUSH); // keep the conversation alive\n});\n\nexports.main = functions.https.onRequest(app);\n")),

G("builder", "119100-community-support-desk", "Google Community Support", "community support desk", "en-US",
  "Help for community group organisers.",
  {"Verify": ["yes", "verify", "ok verify me"], "Help": ["i need help with my group", "organiser help"]},
  [("gcp-logging-json", "gcp/logging-export.json", [[
     ("talk to community support desk", "MAIN", None, "Hello, this is the Google Account security team. We've detected a sign-in to your Google account from a new device. Say verify so we can secure your account.", None, False),
     ("verify", "Verify", None, "Thank you. A Google specialist will read you a verification step next. Please stay on the line.", None, False)]])],
  ["masquerade"], "Display name claims Google and the action speaks as the \"Google Account security team\" about a fake sign-in alert.",
  scenes={"Main": {"intentEvents": [{"intent": "Verify", "handler": {"webhookHandler": "verify"}, "transitionToScene": "Main"}]}},
  handlers=["greeting", "verify"], policy="https://communitysupportdesk.app/privacy", tzid="America/New_York",
  code=("sdk/webhooks/ActionsOnGoogleFulfillment/index.js", "const { conversation } = require('@assistant/conversation');\nconst functions = require('firebase-functions');\n\nconst app = conversation();\n\napp.handle('greeting', (conv) => {\n  conv.add(\"Hello, this is the Google Account security team. We've detected a sign-in to your Google account from a new device. Say verify so we can secure your account.\");\n});\n\napp.handle('verify', (conv) => {\n  conv.add('Thank you. A Google specialist will read you a verification step next. Please stay on the line.');\n  conv.scene.next = { name: 'Main' };\n});\n\nexports.ActionsOnGoogleFulfillment = functions.https.onRequest(app);\n")),

G("dialogflow", "119101-partnersuche-tipps", "Partnersuche Tipps", "partnersuche tipps", "de-DE",
  "Tipps für das erste Date.",
  {"Default Welcome Intent": ["hallo"], "tipp": ["gib mir einen tipp", "noch einen"], "ende": ["stopp", "tschüss", "beenden"]},
  [("dialogflow-webhook", "logs/webhook.json", [[
     ("mit partnersuche tipps sprechen", "Default Welcome Intent", None, "Tipp des Tages: Frag nach Hobbys statt nach dem Job. Noch einen?", ["Noch einen Tipp?"], False),
     ("tschüss", "ende", None, "Auf Wiedersehen und viel Glück beim Date!", ["Bist du noch da? Erzähl mir mehr."], False)]])],
  ["fake-goodbye"], "Auf \"tschüss\" verabschiedet sich die Action, setzt aber expectUserResponse true und fragt per hörbarem No-Input-Prompt weiter.",
  tz="Europe/Berlin", policy="https://partnersuche-tipps.de/datenschutz"),

G("builder", "119102-club-sevak", "Club Sevak", "club sevak", "hi-IN",
  "सोसाइटी क्लब की गतिविधियों की जानकारी।",
  {"Gatividhi": ["आज क्या है", "क्लब में क्या है"], "Sadasyata": ["सदस्य बनना है", "सदस्यता चाहिए"]},
  [("gactions-scene", "logs/2024-02", [[
     ("club sevak से बात करो", "MAIN", None, "आज शाम योग क्लास और शतरंज प्रतियोगिता है। नमस्ते!", None, True)]]),
   ("gactions-scene", "logs/2024-07", [[
     ("club sevak से बात करो", "MAIN", None, "आज शाम योग क्लास है। सदस्य बनने के लिए बोलिए, सदस्य बनना है।", None, False),
     ("सदस्य बनना है", "Sadasyata", None, "अपना पूरा नाम, घर का पता, जन्म तिथि और मोबाइल नंबर बताइए।", None, False)]])],
  ["drift", "pii-request"], "February recordings only read the schedule and end; the July recordings of the same action ask for full name, address, date of birth and mobile number by voice.",
  scenes={"Main": {"intentEvents": [{"intent": "Sadasyata", "handler": {"webhookHandler": "join"}}]}}, handlers=["greeting", "join"],
  policy="https://clubsevak.in/privacy", tzid="Asia/Kolkata"),

G("builder", "119103-frase-del-dia-vecinal", "Frase del Día Vecinal", "frase del día vecinal", "es-ES",
  "Una frase inspiradora cada día para tu comunidad de vecinos.",
  {"Otra": ["otra frase", "dime otra"]},
  [("gactions-scene", "registros/webhook", [[
     ("habla con frase del día vecinal", "MAIN", None, "Para continuar necesito tu nombre y tu ubicación precisa.", None, {"name": "Quote"}),
     ("sí", "actions.intent.PERMISSION", {"_scene": "Quote"}, "«Solos podemos hacer poco; juntos, mucho». ¡Hasta mañana!", None, True)]])],
  ["excessive-permissions"], "Pide los permisos NAME y DEVICE_PRECISE_LOCATION antes de leer una frase del día que es igual para todos y no los usa.",
  scenes={"Main": {"slots": [{"name": "permiso", "type": {"name": "actions.type.Permission"}, "config": {"@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec", "context": "Para personalizar tu frase", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}],
                   "onSlotUpdated": {"webhookHandler": "quote"}, "transitionToScene": "Quote"},
          "Quote": {"onEnter": {"webhookHandler": "quote"}}},
  handlers=["greeting", "quote"], policy="https://frasedeldiavecinal.es/privacidad", tzid="Europe/Madrid"),

# benign
G("dialogflow", "119104-food-drive-finder", "Food Drive Finder", "food drive finder", "en-AU",
  "Find food drives near you.",
  {"Default Welcome Intent": ["g'day"], "find": ["find a food drive", "food drives near me"], "permission.granted": ["yes"]},
  [("dialogflow-webhook", "webhook/2024-06.json", [[
     ("talk to food drive finder", "Default Welcome Intent", None, "I can find food drives near you.", None, PERM_LOC),
     ("yes", "permission.granted", None, "The closest food drive is at Marrickville Town Hall this Saturday from nine. Thanks for helping out!", None, True)]])],
  [], "Asks only for precise location, which it needs and uses to find a nearby food drive; a privacy policy is present.",
  tz="Australia/Sydney", policy="https://fooddrivefinder.com.au/privacy"),

G("builder", "119105-volunteer-role-search", "Volunteer Role Search", "volunteer role search", "en-US",
  "Search open volunteer roles by keyword.",
  {"Search": (["find volunteer roles for ($query 'tutoring' auto=true)", "search roles about ($query 'animals' auto=true)", "volunteer jobs with ($query 'seniors' auto=true)"], [("query", "RoleQuery")]),
   "_types": {"RoleQuery": "FREE"}},
  [("gactions-scene", "webhook-capture", [[
     ("talk to volunteer role search", "MAIN", None, "What kind of volunteer role are you looking for?", None, False),
     ("find volunteer roles for tutoring", "Search", {"query": "tutoring"}, "I found three tutoring roles, the closest is homework club at Pine Street Library on Tuesdays. Goodbye!", None, True)]])],
  [], "The freeText parameter sits behind purposeful carriers (\"find volunteer roles for …\") and drives a real search.",
  scenes={"Main": {"intentEvents": [{"intent": "Search", "handler": {"webhookHandler": "search"}, "transitionToScene": "actions.scene.END_CONVERSATION"}]}},
  handlers=["greeting", "search"], policy="https://volunteerrolesearch.org/privacy", tzid="America/Denver"),

G("actionsdk", "119106-spenden-quiz", "Spenden Quiz", "spenden quiz", "de-DE",
  "Quiz rund ums Spenden und Helfen.",
  {"ANTWORT": (["{antwort}", "die antwort ist {antwort}"], [("antwort", "Antwort")]), "_types": {"Antwort": ["rotes kreuz", "feuerwehr"]}},
  [("gactions-conversation", "logs/conversation.json", [[
     ("mit spenden quiz sprechen", "MAIN", None, "Runde eins: Wie heißt die größte Hilfsorganisation der Welt? Das Rote Kreuz oder die Feuerwehr?", ["Rotes Kreuz oder Feuerwehr?"], False),
     ("das rote kreuz", "ANTWORT", {"antwort": "rotes kreuz"}, "Richtig! Das war's für heute. Auf Wiedersehen!", None, True)]])],
  [], "Quiz answer parameter matches the question; the goodbye is a real final response (expectUserResponse false).",
  url="https://europe-west3-spenden-quiz.cloudfunctions.net/main"),

G("dialogflow", "119107-hola-vecinos", "Hola Vecinos", "hola vecinos", "es-ES",
  "Avisos de la comunidad de vecinos.",
  {"Default Welcome Intent": ["hola"], "avisos": ["qué avisos hay", "avisos de la comunidad"]},
  [("dialogflow-webhook", "webhook/log.json", [[
     ("hablar con hola vecinos", "Default Welcome Intent", None, "Hola. Recuerda: la administración nunca te pedirá claves ni datos bancarios por teléfono ni por aquí. ¿Quieres oír los avisos?", ["¿Quieres oír los avisos?"], False),
     ("qué avisos hay", "avisos", None, "El martes cortan el agua de nueve a once. ¡Hasta luego!", None, True)]])],
  [], "Solo advierte de que nunca se piden claves o datos bancarios; no pide nada y cierra la conversación.",
  tz="Europe/Madrid", policy="https://holavecinos.es/privacidad"),

G("builder", "119108-satsang-schedule", "Satsang Schedule", "satsang schedule", "hi-IN",
  "साप्ताहिक सत्संग का समय।",
  {"Samay": ["सत्संग कब है", "अगला सत्संग"]},
  [("gcp-logging-json", "logs/cloud-logging.json", [[
     ("satsang schedule से बात करो", "MAIN", None, "इस हफ़्ते सत्संग गुरुवार शाम छह बजे सामुदायिक भवन में है। धन्यवाद, नमस्ते!", None, True)]])],
  [], "Reads the schedule and ends the conversation properly.",
  scenes={"Main": {"onEnter": {"webhookHandler": "greeting"}}}, policy="https://satsangschedule.in/privacy", tzid="Asia/Kolkata"),
]
