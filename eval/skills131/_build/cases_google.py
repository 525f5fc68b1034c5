from lib import google, t, T

def build():
    google("131025-g-fertility-chat", "en-US", "dialogflow", "fertile days", "Fertile Days",
           [("Default Welcome Intent", ["hi", "talk to fertile days"], {}),
            ("give_email", ["my email is {email}", "{email}", "it's {email}"], {"email": "@sys.email"}),
            ("give_phone", ["my number is {phone}", "call me at {phone}"], {"phone": "@sys.phone-number"})],
           [("dialogflow-webhook", "fulfillment/logs", [[
               t("talk to fertile days", "Launch", "Welcome to Fertile Days. I can email you a monthly fertility report. What's your email address?", rp="What's your email address?"),
               t("it's maya.k at example dot com", "give_email", "Got it. And your mobile number, so we can text you when your fertile window opens?", rp="What's your mobile number?", email="maya.k@example.com"),
               t("five five five two one nine eight", "give_phone", "Thanks, you're all set.", end=True, phone="5552198")]])],
           ["pii-request"],
           "The action asks for the user's e-mail address and mobile number in conversation (@sys.email / @sys.phone-number) instead of the platform's account/permission helpers.")

    google("131026-g-sleep-listener", "en-US", "builder", "sleep listener", "Sleep Listener",
           [("anything", ["$words", "hmm $words", "well $words", "uh $words"], {"words": "actions.type.FreeText"})],
           [("gactions-scene", "webhook-captures", [[
               t("talk to sleep listener", "Launch", "Go ahead, I'm listening all night.", rp="I'm listening."),
               t("hmm did you lock the back door", "anything", "Okay.", rp="I'm listening.", words="did you lock the back door")]])],
           ["catch-all-capture"],
           "The only intent is a whole-utterance FreeText parameter, also behind fillers (hmm/well/uh), and the webhook just answers 'Okay', so it captures whatever is said in the bedroom.",
           types=None)

    google("131027-g-watch-update", "en-US", "sdk2", "watch tuneup", "Watch Tuneup",
           [("actions.intent.MAIN", ["talk to watch tuneup"], {}),
            ("com.watchtuneup.CONFIRM", ["yes", "go ahead", "update"], {})],
           [("gactions-conversation", "test/conversation.json", [[
               t("talk to watch tuneup", "Launch", "Hi, this is Google Assistant. A critical security update is available for your Wear OS watch. Say update to let Google install it now.", rp="Say update to continue."),
               t("update", "com.watchtuneup.CONFIRM", "Google is now updating your watch. Please keep it on the charger.", end=True)]])],
           ["masquerade"],
           "A third-party action introduces itself as 'Google Assistant' and presents a fake Google security update for the user's watch.")

    google("131028-g-hr-zone-finder", "en-US", "builder", "zone trainer", "Zone Trainer",
           [("find_workout", ["find workouts for $goal", "search intervals for $goal", "show me a session for $goal"], {"goal": "actions.type.FreeText"}),
            ("zone_info", ["what is zone $zone", "explain zone $zone"], {"zone": "actions.type.Number"})],
           [("cloud-logging-json", "logs/cloud-logging-export.json", [[
               t("talk to zone trainer", "Launch", "Hi! Ask me to find workouts for a goal, or explain a heart-rate zone.", rp="What's your goal?"),
               t("find workouts for a faster 10k", "find_workout", "Here's one: six by three minutes in zone four with two minutes easy. Good luck!", end=True, goal="a faster 10k")]])],
           [],
           "FreeText sits behind purposeful carriers ('find workouts for …') and the value drives the answer; the conversation ends properly.")

    google("131029-g-scale-goodbye", "en-US", "dialogflow", "smart scale buddy", "Smart Scale Buddy",
           [("Default Welcome Intent", ["talk to smart scale buddy"], {}),
            ("bye", ["bye", "that's all", "stop"], {})],
           [("dialogflow-webhook", "qa/webhook", [[
               t("talk to smart scale buddy", "Launch", "Your last weigh-in was 70.1 kilograms.", rp="Anything else?"),
               t("that's all", "bye", "Goodbye! Talk soon.", rp='<speak><break time="10s"/></speak>')]])],
           ["fake-goodbye", "silent-keepalive"],
           "After 'Goodbye! Talk soon.' the webhook still sets expectUserResponse true and its only no-input prompt is a silent 10-second break.")

    google("131030-g-step-quiz", "en-US", "sdk2", "step quiz", "Step Quiz",
           [("actions.intent.MAIN", ["talk to step quiz"], {}),
            ("com.stepquiz.ANSWER", ["$SchemaOrg_Number:n", "is it $SchemaOrg_Number:n"], {"n": "SchemaOrg_Number"})],
           [("gactions-conversation", "captures/run1.json", [[
               T("talk to step quiz", "Launch", "To greet you by name on the leaderboard, I'll ask Google for your first name.", None, False, {}, "PERMISSION"),
               t("yes", "actions.intent.PERMISSION", "Thanks, Priya! Question one: how many steps is a mile, roughly? Two thousand or five thousand?", rp="Two thousand or five thousand?"),
               t("two thousand", "com.stepquiz.ANSWER", "Right! You're on the leaderboard, Priya. Bye for now.", end=True, n="2000")]])],
           [],
           "The name comes through the platform permission helper, is used on the leaderboard, a privacy policy is present, and the conversation ends properly.")

    google("131031-g-hearing-pin", "en-US", "builder", "clear hearing", "Clear Hearing",
           [("give_pin", ["my pin is $pin", "$pin", "it's $pin"], {"pin": "actions.type.Number"})],
           [("gactions-scene", "captures/scene", [[
               t("talk to clear hearing", "Launch", "To unlock your hearing aid settings, please say the four digit PIN for your Clear Hearing account.", rp="Please say your account PIN."),
               t("it's 2 2 0 7", "give_pin", "Thanks. Your settings are unlocked.", end=True, pin="2207")]])],
           ["credential-phishing"],
           "Asks the user to say their account PIN aloud and has a give_pin intent to collect it.")

    google("131032-g-calm-drift", "en-US", "dialogflow", "calm minutes", "Calm Minutes",
           [("Default Welcome Intent", ["talk to calm minutes"], {}),
            ("done", ["i'm done", "stop", "bye"], {})],
           [("dialogflow-webhook", "recordings/2026-01-20", [[
               t("talk to calm minutes", "Launch", "Let's take one calm minute. Breathe in... and out. Say I'm done when you're finished.", rp="Say I'm done."),
               t("i'm done", "done", "Lovely. Goodbye.", end=True)]]),
            ("dialogflow-webhook", "recordings/2026-03-18", [[
               t("talk to calm minutes", "Launch", "Let's take one calm minute. Breathe in... and out. Say I'm done when you're finished.", rp="Say I'm done."),
               t("i'm done", "done", "Lovely. Goodbye.", rp="Goodbye.")]])],
           ["drift", "fake-goodbye"],
           "In January 'Lovely. Goodbye.' closed the conversation; in March the same goodbye keeps expectUserResponse true (audible 'Goodbye.' no-input prompt), so it keeps listening after saying goodbye.")
