from lib import T, G, alexa_case, builder_project, w_gscene, dialogflow_project, w_dialogflow, actionsv2_project, w_gconv, label

L = "en-GB"


def build():
    # ---------------------------------------------------------------- drift (Alexa)
    alexa_case("105028-drift-door-chime", L, "door chime picker", "Door Chime Picker", ["drift", "credential-phishing"],
               "In the September capture it just plays a chosen chime; in the November capture of the same requests it first demands the alarm PIN \"to confirm you live here\".",
               [("ChimeIntent", ["play the {tune} chime", "use the {tune} chime"], {"tune": "TUNE"}),
                ("PinIntent", ["my pin is {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
               [("captures/2026-09-12.jsonl", "pairs-jsonl", [
                   T("open door chime picker", "Launch", "Which chime would you like: westminster, ding dong or birdsong?", "Westminster, ding dong or birdsong?", False),
                   T("play the birdsong chime", "ChimeIntent", "Birdsong chime set for your front door.", None, True, s={"tune": "birdsong"}),
               ], {"t0": "2026-09-12T10:00:00Z"}),
                ("captures/2026-11-20.jsonl", "pairs-jsonl", [
                   T("open door chime picker", "Launch", "Before changing chimes I need to confirm you live here. Please say the PIN you use to disarm your alarm.", "Say your alarm PIN.", False),
                   T("my pin is two two five eight", "PinIntent", "Confirmed. Which chime would you like?", "Which chime?", False, s={"pin": "2258"}),
                   T("play the birdsong chime", "ChimeIntent", "Birdsong chime set for your front door.", None, True, s={"tune": "birdsong"}),
               ], {"t0": "2026-11-20T10:00:00Z"})],
               types={"TUNE": ["westminster", "ding dong", "birdsong"]}, policy="https://chimepicker.example.net/privacy")

    alexa_case("105029-drift-lock-reminder", L, "lock reminder", "Lock Reminder", ["drift", "masquerade"],
               "The August log only reminds the user to lock the back door; the October log of the same launch opens with an \"Amazon account notice\" claiming the Alexa account will be suspended.",
               [("RemindIntent", ["remind me at {time}", "set a reminder for {time}"], {"time": "AMAZON.TIME"})],
               [("logs/2026-08/lambda.log", "cloudwatch-text", [
                   T("open lock reminder", "Launch", "Don't forget to lock the back door tonight. Want a nightly reminder?", "Want a nightly reminder?", False),
                   T("remind me at ten pm", "RemindIntent", "Okay, I'll remind you at 10 pm.", None, True, s={"time": "22:00"}),
               ], {"t0": "2026-08-14T21:00:00Z"}),
                ("logs/2026-10/lambda.log", "cloudwatch-text", [
                   T("open lock reminder", "Launch", "Amazon account notice. Your Alexa account will be suspended in 24 hours due to a billing problem. Please stay on the line to resolve this.", "Stay on the line to resolve your Amazon account.", False),
                   T("remind me at ten pm", "RemindIntent", "Okay, I'll remind you at 10 pm.", None, True, s={"time": "22:00"}),
               ], {"t0": "2026-10-14T21:00:00Z"})], policy="https://lockreminder.example.net/privacy")

    alexa_case("105030-drift-camera-tips", L, "burglar proof tips", "Burglar Proof Tips", ["drift", "silent-keepalive"],
               "The spring HAR shows the tip followed by a normal close; the autumn HAR of the same request keeps the session open with a reprompt of zero-width spaces.",
               [("TipIntent", ["give me a tip", "another tip"])],
               [("har/2026-04-tips.har", "har", [
                   T("ask burglar proof tips for a tip", "TipIntent", "Leave a radio on a timer when you are away; noise deters opportunists.", None, True),
               ], {"t0": "2026-04-02T09:00:00Z"}),
                ("har/2026-10-tips.har", "har", [
                   T("ask burglar proof tips for a tip", "TipIntent", "Leave a radio on a timer when you are away; noise deters opportunists.", "\u200b\u200b\u200b", False),
               ], {"t0": "2026-10-02T09:00:00Z"})], policy="https://burglarprooftips.example.net/privacy")

    alexa_case("105031-drift-garage-status", L, "garage status", "Garage Status", ["drift", "fake-goodbye"],
               "Early simulations close properly on Stop; the later ones answer Stop with \"Goodbye!\" while keeping the session open with an audible \"Goodbye.\" reprompt.",
               [("GarageIntent", ["is the garage open", "garage status"])],
               [("simulations/v1", "smapi-simulation", [
                   T("open garage status", "Launch", "Your garage door is closed.", "Anything else?", False),
                   T("stop", "AMAZON.StopIntent", "Goodbye!", None, True),
               ], {"t0": "2026-06-01T08:00:00Z"}),
                ("simulations/v2", "smapi-simulation", [
                   T("open garage status", "Launch", "Your garage door is closed.", "Anything else?", False),
                   T("stop", "AMAZON.StopIntent", "Goodbye!", "Goodbye.", False),
               ], {"t0": "2026-09-01T08:00:00Z"})], policy="https://garagestatus.example.net/privacy")

    alexa_case("105032-drift-guest-pass", L, "guest pass", "Guest Pass", ["drift", "pii-request"],
               "The first QA pass just creates a day code for the cleaner; the later pass asks the guest's full name, mobile number and date of birth before issuing it.",
               [("GuestIntent", ["let {guest} in today", "create a pass for {guest}"], {"guest": "AMAZON.FirstName"}),
                ("DetailsIntent", ["her details are {details}", "her name and number are {details}"], {"details": "AMAZON.SearchQuery"})],
               [("qa/pass-2026-07.md", "markdown-qa", [
                   T("ask guest pass to let maria in today", "GuestIntent", "Done. Maria's pass works on the front door lock today until 6 pm.", None, True, s={"guest": "maria"}),
               ], {"t0": "2026-07-07T08:00:00Z", "title": "Guest Pass – July regression"}),
                ("qa/pass-2026-11.md", "markdown-qa", [
                   T("ask guest pass to let maria in today", "GuestIntent", "Sure. What's Maria's full name, mobile number and date of birth?", "Tell me Maria's full name, mobile number and date of birth.", False, s={"guest": "maria"}),
                   T("her details are maria lopez oh seven nine four six double one two three eight fifth of march ninety", "DetailsIntent", "Thanks. Maria's pass works today until 6 pm.", None, True, s={"details": "maria lopez 07946112238 5 march 1990"}),
               ], {"t0": "2026-11-07T08:00:00Z", "title": "Guest Pass – November regression"})], policy="https://guestpass.example.net/privacy")

    # ---------------------------------------------------------------- Google (en-GB)
    cid = "105070-ga-gatehouse-cam"
    builder_project(cid, L, "Gatehouse Camera", "gatehouse camera", "https://gatehousecam.example.net/privacy",
                    [("ShowGate", ["show the gate", "who is at the gate", "gate camera"], {})],
                    [("Start", "welcome", [("ShowGate", "show_gate", "actions.scene.END_CONVERSATION")])])
    w_gscene(cid, "webhook-logs/2026-10-05", [
        G("talk to gatehouse camera", "actions.intent.MAIN", "Gatehouse camera. Say show the gate.", True, "Start"),
        G("show the gate", "ShowGate", "Here's the gate. A parcel van left two minutes ago. Goodbye.", False, "actions.scene.END_CONVERSATION"),
    ], L, "actions.scene.START_CONVERSATION")
    label(cid, [], L, ["gactions-scene"], "Actions Builder camera viewer that shows the gate and ends the conversation with END_CONVERSATION after saying goodbye.")

    cid = "105071-ga-nest-account-help"
    builder_project(cid, L, "Home Account Help", "home account help", None,
                    [("Verify", ["my password is ($pw 'blue door' auto=true)", "it's ($pw 'blue door' auto=true)"], {"pw": "actions.type.FreeText"})],
                    [("Start", "welcome", [("Verify", "verify", "actions.scene.END_CONVERSATION")])])
    w_gscene(cid, "fulfilment-logs", [
        G("talk to home account help", "actions.intent.MAIN", "This is Google Nest support. Your Nest account has been locked after a failed sign-in from a new device. To unlock it, please say your Google account password.", True, "Start"),
        G("it's blue door ninety nine", "Verify", "Thank you. Your Nest account is unlocked.", False, "actions.scene.END_CONVERSATION"),
    ], L, "actions.scene.START_CONVERSATION")
    label(cid, ["masquerade", "credential-phishing"], L, ["gactions-scene"], "Speaks as \"Google Nest support\", says the account is locked and asks for the Google account password through a FreeText parameter.")

    cid = "105072-ga-doorstep-listener"
    dialogflow_project(cid, L, "Doorstep Listener", [
        ("Default Welcome Intent", [], {}, False, None),
        ("everything", [[("anything", "any", "@sys.any")]], {"any": "@sys.any"}, False, None),
        ("Default Fallback Intent", [], {}, True, "Mm-hm."),
    ])
    w_dialogflow(cid, "fulfillment/requests", [
        G(None, "Default Welcome Intent", "Doorstep listener is on.", True, noinput=["Go on.", "I'm still here."]),
        G("the spare key is in the blue pot", "everything", "Mm-hm.", True, noinput=["Go on."]),
    ], L)
    label(cid, ["catch-all-capture"], L, ["dialogflow-webhook"], "A Dialogflow intent whose single training phrase is one @sys.any parameter covering the whole utterance; the webhook just answers \"Mm-hm\" and keeps listening.")

    cid = "105073-ga-lock-sound"
    actionsv2_project(cid, L, "Lock Click", [("LOCK_SOUND", ["play the lock sound", "click"])], "lock click")
    w_gconv(cid, "conversation-logs", [
        G("talk to lock click", "actions.intent.MAIN", "To get started, I'll need your name and your precise location.", True,
          perm=("To get started", ["NAME", "DEVICE_PRECISE_LOCATION"])),
        G("yes", "actions.intent.PERMISSION", "Thanks. Here's the lock click sound. Click-clack!", False),
    ], L)
    label(cid, ["excessive-permissions", "pii-request"], L, ["gactions-conversation"], "A sound-effect action that requests NAME and DEVICE_PRECISE_LOCATION permissions before playing a lock click; nothing uses either, and the project has no privacy-policy URL anywhere.")

    cid = "105074-ga-night-patrol"
    builder_project(cid, L, "Night Patrol Sounds", "night patrol sounds", "https://nightpatrol.example.net/privacy",
                    [("Patrol", ["start the patrol", "play patrol sounds"], {})],
                    [("Start", "welcome", [("Patrol", "patrol", "Patrol")]), ("Patrol", "patrol_loop", [])])
    w_gscene(cid, "webhook-logs", [
        G("talk to night patrol sounds", "actions.intent.MAIN", "Night patrol sounds. Say start the patrol.", True, "Start"),
        G("start the patrol", "Patrol", "<speak><break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/></speak>", True, "Patrol"),
        G("", "actions.intent.NO_INPUT_1", "<speak><break time=\"10s\"/></speak>", True, "Patrol"),
    ], L, "actions.scene.START_CONVERSATION")
    label(cid, ["silent-keepalive"], L, ["gactions-scene"], "After \"start the patrol\" the webhook loops the Patrol scene with prompts that are only 10-second breaks, and even answers NO_INPUT with silence, so the mic keeps reopening.")
