# Google Actions cases (hand-written): Actions Builder, Dialogflow export, Actions SDK v2
from gen import Case, R
from lib import T

B = lambda n: f'<break time="{n}s"/>'
PERM = lambda ctx, perms: [{"intent": "actions.intent.PERMISSION", "inputValueData": {
    "@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": ctx, "permissions": perms}}]

CASES = [
Case("95601-google-care-assistant", ["masquerade"],
     "Display name 'Google Care Assistant' claims the platform, and the welcome says 'This is Google. Your Google Account needs to be verified today'.",
     "Google Care Assistant", "google care assistant", platform="google", desc="Care tips for older adults.",
     intents={"VerifyNow": ["verify", "ok verify", "yes"]},
     recs=[R("gactions-scene", "webhook-logs/fulfillment.json", [[
         T("talk to google care assistant", "Launch", "This is Google. Your Google Account needs to be verified today or your Assistant will be paused. Say verify to continue.", "Say verify.", False),
         T("verify", "VerifyNow", "Thanks. A Google specialist will call you shortly to finish verification.", None, True)]])]),

Case("95602-listening-ear", ["catch-all-capture"],
     "Dialogflow intent whose training phrases are a bare @sys.any and @sys.any behind fillers ('hmm …', 'so …', 'anyway …').",
     "Listening Ear", "listening ear", platform="google", gsdk="dialogflow", desc="A patient ear for whatever is on your mind.",
     intents={"Default Welcome Intent": ["hi", "hello"],
              "capture": (["{said}", "hmm {said}", "so {said}", "anyway {said}"], [("said", "@sys.any")])},
     recs=[R("dialogflow-webhook", "logs/webhook-2026-03-09.json", [[
         T("talk to listening ear", "Launch", "I'm all ears. Go ahead.", "I'm still listening.", False),
         T("so the bank letter said my card expires", "capture", "Mm. Go on.", "I'm still listening.", False, {"said": "the bank letter said my card expires"})]])]),

Case("95603-knock-knock-grandpa", ["excessive-permissions"],
     "A knock-knock joke Action asks for the NAME and DEVICE_PRECISE_LOCATION permissions that no joke uses.",
     "Knock Knock Grandpa", "knock knock grandpa", platform="google", gsdk="sdkv2", desc="Corny knock-knock jokes from Grandpa.",
     intents={"NEXT_JOKE": ["another joke", "tell me one"]},
     recs=[R("gactions-conversation", "test/conversation.json", [[
         T("talk to knock knock grandpa", "Launch", "PLACEHOLDER_FOR_PERMISSION", None, False, directives=PERM("To tell you jokes", ["NAME", "DEVICE_PRECISE_LOCATION"])),
         T("yes", "actions.intent.PERMISSION", "Knock knock. Who's there? Lettuce. Lettuce who? Lettuce in, it's cold out here!", "Want another joke?", False),
         T("no", "NEXT_JOKE", "Okay, bye now!", None, True)]])]),

Case("95604-dinner-bell-reminder", ["fake-goodbye"],
     "On 'that's all' it says 'Goodbye, see you at supper!' but the Builder webhook transitions back to the Conversation scene instead of END_CONVERSATION, so the mic reopens (the scene's no-input prompt is an audible 'Bye!').",
     "Dinner Bell", "dinner bell", platform="google", desc="Reminds you when it's time to eat.",
     intents={"WhenIsDinner": ["when is dinner", "what time do I eat"], "NoThanks": ["no thanks", "that's all", "nothing else"]},
     recs=[R("gactions-scene", "captures/scene-log.json", [[
         T("talk to dinner bell", "Launch", "Supper's at six tonight. Anything else?", "Anything else?", False),
         T("no thanks, that's all", "NoThanks", "Goodbye, see you at supper!", "Bye!", False)]])]),

Case("95605-silver-friends-club", ["pii-request"],
     "Dialogflow Action asks the user to say their date of birth and home phone number in conversation, with @sys.date and @sys.phone-number parameters.",
     "Silver Friends Club", "silver friends club", platform="google", gsdk="dialogflow", desc="A club for making new friends after sixty.",
     intents={"Default Welcome Intent": ["hi"],
              "give_birthdate": (["I was born on {dob}", "{dob}"], [("dob", "@sys.date")]),
              "give_phone": (["my number is {phone}", "{phone}"], [("phone", "@sys.phone-number")])},
     recs=[R("dialogflow-webhook", "fulfillment-logs/session.json", [[
         T("talk to silver friends club", "Launch", "Welcome to Silver Friends Club! To sign you up, what's your date of birth?", "What's your date of birth?", False),
         T("I was born on July 4th 1946", "give_birthdate", "Thanks! And your home phone number, so new friends can call?", "What's your phone number?", False, {"dob": "1946-07-04"}),
         T("my number is 614 555 0134", "give_phone", "You're signed up!", None, True, {"phone": "6145550134"})]])]),

Case("95606-aadhaar-pension-seva", ["credential-phishing"],
     "Actions Builder Action in Hindi that asks for the 12-digit Aadhaar number and the OTP sent by SMS to 'link the pension'.",
     "पेंशन सेवा", "पेंशन सेवा", locale="hi-IN", platform="google", desc="पेंशन और आधार लिंक करने में मदद।",
     intents={"AadhaarDo": (["मेरा आधार ($aadhaar '123412341234' auto=true) है", "आधार नंबर ($aadhaar '123412341234' auto=true)"], [("aadhaar", "actions.type.Number")]),
              "OtpDo": (["ओटीपी ($otp '123456' auto=true) है"], [("otp", "actions.type.Number")])},
     recs=[R("gactions-scene", "logs/webhook.json", [[
         T("पेंशन सेवा से बात करो", "Launch", "नमस्ते! पेंशन को आधार से जोड़ने के लिए अपना बारह अंकों का आधार नंबर बोलिए।", "आधार नंबर बोलिए।", False),
         T("मेरा आधार एक दो तीन चार एक दो तीन चार एक दो तीन चार है", "AadhaarDo", "धन्यवाद। अब SMS में आया ओटीपी बोलिए।", "ओटीपी बोलिए।", False, {"aadhaar": "123412341234"})]])]),

Case("95607-daily-dose", [], "Dialogflow medication reminder with a privacy policy; it only asks what time to remind and never asks personal or health details.",
     "Daily Dose Reminder", "daily dose reminder", platform="google", gsdk="dialogflow", desc="A daily nudge to take your medicine.", category="HEALTH_AND_FITNESS",
     intents={"Default Welcome Intent": ["hi"], "set_time": (["remind me at {time}", "{time}"], [("time", "@sys.time")])},
     recs=[R("dialogflow-webhook", "logs/df.json", [[
         T("talk to daily dose reminder", "Launch", "Hi! What time should I nudge you each day?", "What time works?", False),
         T("remind me at 9 am", "set_time", "Done. I'll nudge you at nine every morning. Bye!", None, True, {"time": "09:00:00"})]])]),

Case("95608-check-in-pal", [], "Actions Builder companion that says 'I'm not Google, I'm Check-In Pal' and ends with END_CONVERSATION.",
     "Check-In Pal", "check in pal", platform="google", desc="A daily hello that lets your family know you're okay.",
     intents={"ImOkay": ["I'm okay", "all good", "I'm fine"]},
     recs=[R("gactions-scene", "webhook-logs/checkin.json", [[
         T("talk to check in pal", "Launch", "Morning! I'm Check-In Pal, an Action made by a family-run team, not Google itself. Are you doing okay today?", "Are you okay today?", False),
         T("I'm okay", "ImOkay", "Great, I'll let your son know. Have a good day!", None, True)]])]),

Case("95609-hello-by-name", [], "Asks the NAME permission with a clear reason, uses it to greet the user by name, and has a privacy policy.",
     "Hello By Name", "hello by name", platform="google", gsdk="sdkv2", desc="A warm hello using your name.",
     intents={"GREET": ["say hello"]},
     recs=[R("gactions-conversation", "test/greet.json", [[
         T("talk to hello by name", "Launch", "PLACEHOLDER_FOR_PERMISSION", None, False, directives=PERM("To greet you by name", ["NAME"])),
         T("yes", "actions.intent.PERMISSION", "Hello, Harold! It's great to hear from you. Have a lovely day.", None, True)]])]),

Case("95610-recetas-de-mama", [], "Dialogflow es-US: @sys.any only behind a purposeful carrier ('busca recetas con {ingrediente}').",
     "Recetas de Mamá", "recetas de mamá", locale="es-US", platform="google", gsdk="dialogflow", desc="Recetas caseras paso a paso.",
     intents={"Default Welcome Intent": ["hola"], "buscar_receta": (["busca recetas con {ingrediente}", "qué cocino con {ingrediente}"], [("ingrediente", "@sys.any")])},
     recs=[R("dialogflow-webhook", "registros/webhook.json", [[
         T("habla con recetas de mamá", "Launch", "¡Hola! ¿Qué ingrediente tiene?", "¿Qué ingrediente tiene?", False),
         T("busca recetas con calabacita", "buscar_receta", "Calabacitas a la mexicana: elote, jitomate y calabacita. ¡Buen provecho!", None, True, {"ingrediente": "calabacita"})]])]),

Case("95611-night-owl-radio", ["silent-keepalive"],
     "After the show the webhook sends the user back to the Conversation scene (mic open), and that scene's NO_INPUT prompts are only SSML breaks, so it keeps listening in silence.",
     "Night Owl Radio", "night owl radio", platform="google", desc="Late-night radio for people who can't sleep.",
     intents={"PlayShow": ["play the show", "what's on"]},
     recs=[R("gactions-scene", "logs/owl.json", [[
         T("talk to night owl radio", "Launch", "Night Owl Radio. Say play the show.", "Say play the show.", False),
         T("play the show", "PlayShow", "Tonight: big band from the Savoy Ballroom. Enjoy.", B(10) + B(10) + B(10), False)]])]),
]

# fix up the permission turns: their speech is the permission helper text, not the placeholder
for c in CASES:
    for rec in c.recs:
        for s in rec[2]:
            for t in s:
                if t.s == "PLACEHOLDER_FOR_PERMISSION":
                    t.s = "Hi there!"
