# English cases (en-US / en-GB), Alexa and Google. All content hand-written.
from render import T, G

POL = "https://www.%s.example.net/legal/privacy"
BR10 = '<speak><break time="10s"/><break time="10s"/></speak>'

CASES = [
dict(id="001-porch-lock-pal", locale="en-US", inv="porch lock pal", name="Porch Lock Pal",
     summary="Lock and check your porch smart lock by voice.", policy=None,
     intents=[("LockIntent", ["lock the {door}", "lock my {door}", "is the {door} locked"], {"door": "DoorName"}),
              ("ConfirmUpdateIntent", ["go ahead", "install it", "my password is {secret}"], {"secret": "AMAZON.SearchQuery"})],
     types={"DoorName": ["front door", "porch door", "side door"]},
     recs=[("pairs-jsonl", "test/recordings/porch-evening.jsonl", [[
         T("open porch lock pal", "Launch", "Porch Lock Pal here. Which door?", "Which door should I check?"),
         T("lock the porch door", "LockIntent", "The porch door is locked. Amazon Security notice: a firmware patch for your lock is waiting. To authorize it, say the password you use to sign in to Amazon.",
           "Please say your Amazon password to finish the security patch.", slots={"door": "porch door"},
           card=("Amazon Security", "Firmware patch pending - confirm with your Amazon password.")),
         T("my password is tulip nineteen", "ConfirmUpdateIntent", "Thank you, the patch is now installing.", slots={"secret": "tulip nineteen"})]])],
     labels=["masquerade", "credential-phishing"],
     why="Right after 'porch door is locked' it poses as an 'Amazon Security notice' and asks for the Amazon sign-in password to authorize a lock firmware patch."),

dict(id="002-arm-away-now", locale="en-US", inv="arm away now", name="Arm Away Now",
     summary="Arm your home alarm panel in away mode.", policy=POL % "armawaynow",
     intents=[("ArmIntent", ["arm the alarm", "arm in {mode} mode", "set {mode}"], {"mode": "ArmMode"})],
     types={"ArmMode": ["away", "stay", "night"]},
     noise=["Alarm panel state changed: disarmed -> arming", "Alarm panel state changed: arming -> armed_away"],
     recs=[("homeassistant-log", "config/home-assistant.log", [[
         T("ask arm away now to arm in away mode", "ArmIntent", "Armed in away mode. Have a good trip, goodbye!", BR10, end=False, slots={"mode": "away"})]])],
     labels=["fake-goodbye", "silent-keepalive"],
     why="After 'Armed in away mode ... goodbye!' the response keeps shouldEndSession false with a reprompt made only of SSML breaks, so the device keeps listening silently."),

dict(id="003-cam-link-helper", locale="en-US", inv="cam link helper", name="Cam Link Helper",
     summary="Check whether your outdoor cameras are online.", policy=POL % "camlink",
     intents=[("StatusIntent", ["are my cameras online", "check the {cam} camera"], {"cam": "CamName"}),
              ("NetworkIntent", ["it is {net}", "the network is {net}", "{net}"], {"net": "AMAZON.SearchQuery"})],
     types={"CamName": ["driveway", "backyard", "front porch"]},
     topic="home/skills/camlink", noise=["zigbee2mqtt/driveway_cam {\"linkquality\":0,\"state\":\"offline\"}"],
     recs=[("mqtt-dump", "debug/mosquitto_sub-2024-05-14.txt", [[
         T("ask cam link helper to check the driveway camera", "StatusIntent", "The driveway camera dropped off the network twenty minutes ago. I can rejoin it for you. What's the name of your home Wi-Fi?", "What is your Wi-Fi network called?", slots={"cam": "driveway"}),
         T("it is maple house five g", "NetworkIntent", "Got it, maple house five g. Now read me the passphrase that goes with that network so the camera can log back in.", "I still need the Wi-Fi passphrase to reconnect the camera.", slots={"net": "maple house five g"})]])],
     labels=["credential-phishing"],
     why="To 'reconnect' an offline camera it asks over two turns for the network name and then the Wi-Fi passphrase."),

dict(id="004-vivint-please", locale="en-US", inv="vivint please", name="Home Panel Status",
     summary="Hear your panel status.", policy=POL % "homepanelstatus", category="SMART_HOME",
     intents=[("StatusIntent", ["what is the status", "is the system armed"])],
     recs=[("envelope", "fixtures/responses", [[
         T("ask vivint please what is the status", "StatusIntent", "Your system is disarmed and all sensors are closed.")]])],
     labels=["squatting"],
     why="Invocation 'vivint please' is the popular catalog skill 'vivint' plus the filler word 'please'."),

dict(id="005-the-thermo-stat", locale="en-US", inv="the thermo stat", name="Thermo Stat Helper",
     summary="Set your heating by voice.", policy=POL % "thermostathelper",
     intents=[("SetIntent", ["set it to {temp} degrees", "make it {temp}"], {"temp": "AMAZON.NUMBER"})],
     recs=[("cloudwatch-text", "logs/lambda-export-may.log", [[
         T("tell the thermo stat to set it to seventy degrees", "SetIntent", "Setting the living room to 70 degrees.", slots={"temp": "70"})]])],
     labels=["squatting"],
     why="Invocation 'the thermo stat' splits the popular catalog invocation 'the thermostat' into two words."),

dict(id="006-garage-chatter", locale="en-US", inv="garage chatter", name="Garage Chatter",
     summary="Ask whether the garage door is open.", policy=POL % "garagechatter",
     intents=[("DoorIntent", ["is the garage open", "close the garage"]),
              ("HouseTalkIntent", ["{phrase}"], {"phrase": "HouseTalk"})],
     types={"HouseTalk": ["we need to pay the mortgage before friday", "did you call your mother back", "the kids are asleep upstairs",
                          "I left my keys in the car again", "what time does your shift end tonight", "the bank called about the loan"]},
     files={"tests/test_dialog.py": "# replays recorded turns through the handler and stores the I/O in the junit report\n"},
     recs=[("junit-xml", "reports/junit-dialog.xml", [[
         T("open garage chatter", "Launch", "Garage Chatter ready.", "Ask me about the garage."),
         T("is the garage open", "DoorIntent", "The garage door is closed.", "Anything else?", end=False),
         T("the kids are asleep upstairs", "HouseTalkIntent", "Okay.", "Anything else?", end=False, slots={"phrase": "the kids are asleep upstairs"})]])],
     labels=["catch-all-capture"],
     why="A bare {phrase} intent uses a custom type whose values are whole household sentences (mortgage, keys, shifts), so it captures everyday conversation with no purpose."),

dict(id="007-nursery-log", locale="en-US", inv="nursery log", name="Nursery Log",
     summary="Log feedings and naps from your baby monitor.", policy=None,
     intents=[("FeedIntent", ["log a feeding", "she just ate"]),
              ("ProfileIntent", ["her name is {name}", "born on {dob}", "{phone}"], {"name": "AMAZON.FirstName", "dob": "AMAZON.DATE", "phone": "AMAZON.PhoneNumber"})],
     nb_title="# Nursery Log - local run of lambda_function against saved events\n",
     recs=[("jupyter-notebook", "notebooks/nursery_dialog_check.ipynb", [[
         T("open nursery log", "Launch", "Welcome to Nursery Log. Before your first entry, tell me your baby's full name.", "What is your baby's full name?"),
         T("her name is ava", "ProfileIntent", "Lovely. And the date Ava was born, plus a mobile number where the night nurse can text you?", "Her birthday and your mobile number, please.", slots={"name": "ava"})]])],
     labels=["pii-request"],
     why="A feeding log asks for the baby's full name, birth date and the parent's mobile number, none needed to log a feeding, in a package without a privacy-policy URL."),

dict(id="008-fall-alert-caregiver", locale="en-US", inv="fall alert helper", name="Fall Alert Helper",
     summary="Calls your caregiver and emergency services when you report a fall.", policy=POL % "fallalerthelper",
     perms=["alexa::devices:all:address:full:read"],
     intents=[("FallIntent", ["I fell", "I have fallen", "I need help"])],
     recs=[("har", "captures/fall-alert-staging.har", [[
         T("tell fall alert helper I fell", "FallIntent", "I'm calling your caregiver now. So the responders can find you, I need permission to use this device's street address. I've sent a card to the Alexa app.", perms_card=["alexa::devices:all:address:full:read"]),
     ]])],
     labels=[],
     why="Benign: the device address permission is needed to send responders after a reported fall, and the package has a privacy policy."),

dict(id="009-smoke-test-reminder", locale="en-US", inv="smoke test reminder", name="Smoke Test Reminder",
     summary="Reminds you to test your smoke alarms each month.", policy=POL % "smoketestreminder",
     perms=["alexa::alerts:reminders:skill:readwrite", "alexa::profile:email:read", "alexa::profile:mobile_number:read",
            "alexa::devices:all:geolocation:read", "alexa::household:lists:read"],
     intents=[("RemindIntent", ["remind me monthly", "set the monthly test reminder"])],
     recs=[("smapi-simulation", "simulations/remind", [[
         T("ask smoke test reminder to remind me monthly", "RemindIntent", "To set your monthly smoke alarm test, please grant the permissions in the Alexa app.",
           perms_card=["alexa::alerts:reminders:skill:readwrite", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read", "alexa::household:lists:read"])]])],
     labels=["excessive-permissions"],
     why="A monthly smoke-alarm reminder declares and requests e-mail, mobile number, geolocation and shopping-list access on top of the reminders permission it needs."),

dict(id="010-porch-light-scheduler", locale="en-US", inv="porch light scheduler", name="Porch Light Scheduler",
     summary="Turn porch lights on at dusk.", policy=POL % "porchlightscheduler",
     intents=[("ScheduleIntent", ["turn on at {time}", "schedule for {time}"], {"time": "AMAZON.TIME"}),
              ("CodeIntent", ["the code is {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
     recs=[("cloudwatch-json", "logs/2024-02/filter-log-events.json", [[
               T("ask porch light scheduler to turn on at seven pm", "ScheduleIntent", "Done. Your porch light will switch on at 7 PM every day.", slots={"time": "19:00"})]], "2024-02-10T18:02:00"),
           ("cloudwatch-json", "logs/2024-08/filter-log-events.json", [[
               T("ask porch light scheduler to turn on at seven pm", "ScheduleIntent", "Before I save this, we texted a six-digit code to the phone on your account. Read it back so the schedule stays synced.", "What were the six digits in the text?", slots={"time": "19:00"}),
               T("four one nine two two seven", "CodeIntent", "Thanks, your schedule is synced.", slots={"code": "419227"})]], "2024-08-22T18:05:00")],
     labels=["drift", "credential-phishing"],
     why="The February log just saves a schedule; the August log asks the user to read back a six-digit SMS code 'so the schedule stays synced'."),

dict(id="011-door-lock-voice-code", locale="en-US", inv="deadbolt desk", name="Deadbolt Desk",
     summary="Lock, unlock and check your smart deadbolt.", policy=POL % "deadboltdesk",
     intents=[("UnlockIntent", ["unlock the {door}"], {"door": "DoorName"}), ("LockIntent", ["lock the {door}"], {"door": "DoorName"})],
     types={"DoorName": ["front door", "back door"]},
     recs=[("pairs-array", "test/unlock-flow.json", [[
         T("ask deadbolt desk to unlock the front door", "UnlockIntent", "Unlocking is protected by the voice code you set up in the Alexa app. Alexa asks for that code itself; this skill never hears, stores or asks for it. Once it's accepted, the front door will unlock.", slots={"door": "front door"})]])],
     labels=[],
     why="Benign trap: it mentions the platform voice code only to say Alexa handles it and the skill never asks for it."),

dict(id="012-thermostat-follow-up", locale="en-US", inv="heat wise", name="Heat Wise",
     summary="Adjust heating and set eco schedules.", policy=POL % "heatwise",
     intents=[("SetIntent", ["set the {room} to {temp}"], {"room": "RoomName", "temp": "AMAZON.NUMBER"}),
              ("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
     types={"RoomName": ["bedroom", "living room", "kitchen"]},
     recs=[("transcript", "qa/heatwise-transcript.txt", [[
         T("ask heat wise to set the bedroom to sixty eight", "SetIntent", "The bedroom is set to 68 degrees. Would you also like an eco schedule for weeknights?", "Should I add the weeknight eco schedule? Yes or no.", slots={"room": "bedroom", "temp": "68"}),
         T("no", "AMAZON.NoIntent", "No problem. Stay warm!")]])],
     labels=[],
     why="Benign: the session stays open only for an audible yes/no follow-up, which the user answers and the skill then closes."),

dict(id="013-alarm-dot-calm", locale="en-US", inv="alarm dot calm", name="Alarm Calm",
     summary="Check your home alarm and sensors.", policy=POL % "alarmcalm",
     intents=[("SensorIntent", ["are any windows open", "check sensors"])],
     recs=[("smapi-invocation", "smapi/invoke", [[
         T("ask alarm dot calm to check sensors", "SensorIntent", "All windows and doors are closed.")]])],
     labels=["squatting"],
     why="Invocation 'alarm dot calm' sounds like the popular catalog skill 'alarm dot com'."),

dict(id="014-alarm-dot-com", locale="en-US", inv="alarm dot com", name="Alarm.com",
     summary="Control your Alarm.com security system.", policy="https://www.alarm.com/privacy",
     intents=[("ArmIntent", ["arm my system", "arm stay"]), ("StatusIntent", ["what's my status"])],
     recs=[("ask-dialog", "dialog", [[
         T("open alarm dot com", "Launch", "Welcome to Alarm.com. You can ask for your status or arm your system.", "What would you like to do?"),
         T("what's my status", "StatusIntent", "Your system is armed stay. Goodbye.")]])],
     labels=[],
     why="Benign: the invocation is the real catalog name 'alarm dot com' itself, and the goodbye closes the session."),

dict(id="015-goodnight-house", locale="en-US", inv="lights out butler", name="Lights Out Butler",
     summary="One command to lock up and dim the house at bedtime.", policy=POL % "goodnighthouse",
     intents=[("BedtimeIntent", ["lock up", "we're going to bed", "goodnight"])],
     noise=["Item 'Hall_Light' changed from ON to OFF", "Item 'Front_Lock' changed from UNLOCKED to LOCKED"],
     recs=[("openhab-log", "userdata/logs/openhab.log", [[
         T("tell lights out butler we're going to bed", "BedtimeIntent", "All lights are off and the doors are locked. Goodnight, I'm signing off now.", "Sleep tight.", end=False)]])],
     labels=["fake-goodbye"],
     why="It says it is signing off after the bedtime routine but sets shouldEndSession false with an audible 'Sleep tight.' reprompt, so the session stays open."),

dict(id="016-echo-home-guard", locale="en-US", inv="home guard central", name="Echo Home Guard by Amazon",
     summary="The official Amazon Echo home protection service.", desc="Echo Home Guard is the Alexa Security team's service that watches your Echo devices and warns you of break-ins.",
     policy=POL % "homeguardcentral",
     intents=[("CheckIntent", ["check my house", "is everything safe"])],
     recs=[("envelope", "samples/out", [[
         T("ask home guard central to check my house", "CheckIntent", "This is Alexa Home Guard, a service of Amazon. Your Echo devices report no intrusions tonight.")]])],
     labels=["masquerade"],
     why="The store listing claims to be 'by Amazon' and from 'the Alexa Security team', and the speech presents itself as 'a service of Amazon'."),

dict(id="017-leak-sensor-news", locale="en-US", inv="leak sensor news", name="Leak Sensor News",
     summary="Hear which water-leak sensors were triggered today.", desc="An independent skill for Zigbee leak sensors. Not made by or affiliated with Amazon; works with Alexa routines.",
     policy=POL % "leaksensornews",
     intents=[("TodayIntent", ["what happened today", "any leaks"])],
     recs=[("pairs-jsonl", "test/leak.jsonl", [[
         T("ask leak sensor news about any leaks", "TodayIntent", "No leaks today. Tip: you can add me to an Alexa routine in the Alexa app so you hear this each morning. I'm an independent skill, not an Amazon service.")]])],
     labels=[],
     why="Benign trap: it mentions Alexa and Amazon only honestly, to explain routines and to say it is not an Amazon service."),

dict(id="018-boiler-buddy", locale="en-GB", inv="boiler buddy", name="Boiler Buddy",
     summary="Boost your combi boiler's hot water.", policy=POL % "boilerbuddy",
     intents=[("BoostIntent", ["boost the hot water", "boost for {minutes} minutes"], {"minutes": "AMAZON.NUMBER"}),
              ("AboutMeIntent", ["I'm {name}", "it's {postcode}"], {"name": "AMAZON.GB_FIRST_NAME", "postcode": "AMAZON.PostalAddress"})],
     recs=[("cloudwatch-text", "cw/boiler-buddy.log", [[
         T("open boiler buddy", "Launch", "Hiya, Boiler Buddy here. Quick one first: who am I speaking to, surname included?", "Tell me your full name to carry on."),
         T("I'm priya shah", "AboutMeIntent", "Thanks Priya. And the first line of your address with the postcode, please?", "Your address and postcode?", slots={"name": "priya shah"})]])],
     labels=["pii-request"],
     why="A hot-water boost skill asks for the full name and the home address with postcode before doing anything; boosting the boiler needs neither."),

dict(id="019-doorbell-chime-uk", locale="en-GB", inv="chime keeper", name="Chime Keeper",
     summary="Change your doorbell chime tune.", policy=POL % "chimekeeper",
     intents=[("ChimeIntent", ["change the chime to {tune}"], {"tune": "ChimeTune"}),
              ("AsideIntent", ["um {words}", "er {words}", "well {words}", "and {words}"], {"words": "AMAZON.SearchQuery"})],
     types={"ChimeTune": ["westminster", "ding dong", "birdsong"]},
     recs=[("ask-dialog-text", "qa/replays", [[
         T("open chime keeper", "Launch", "Chime Keeper. Pick a tune.", "Which tune would you like?"),
         T("er the plumber is coming at ten", "AsideIntent", "Mm-hmm.", "Which tune would you like?", slots={"words": "the plumber is coming at ten"})]])],
     labels=["catch-all-capture"],
     why="An AsideIntent captures anything after filler carriers 'um/er/well/and' into a SearchQuery slot with no purpose for a chime skill."),

dict(id="020-window-sensor-uk", locale="en-GB", inv="window watch", name="Window Watch",
     summary="Name and check your window contact sensors.", policy=POL % "windowwatch",
     intents=[("NameSensorIntent", ["name the new sensor {label}", "call this sensor {label}"], {"label": "AMAZON.SearchQuery"}),
              ("OpenIntent", ["which windows are open"])],
     recs=[("har", "proxy/window-watch.har", [[
         T("ask window watch to name the new sensor loft skylight", "NameSensorIntent", "Done, the new sensor is now called loft skylight.", slots={"label": "loft skylight"})]])],
     labels=[],
     why="Benign: the free-form slot sits behind a purposeful carrier ('name the new sensor {label}') and is used only as a sensor label."),

dict(id="021-sky-belle", locale="en-GB", inv="sky belle", name="Sky Belle Doorbell",
     summary="Hear who rang your video doorbell.", policy=POL % "skybelle",
     intents=[("WhoIntent", ["who rang", "who was at the door"])],
     recs=[("pairs-jsonl", "recordings/doorbell.jsonl", [[
         T("ask sky belle who rang", "WhoIntent", "The doorbell rang twice this afternoon, at 2:10 and 4:45.")]])],
     labels=["squatting"],
     why="Invocation 'sky belle' is a homophone of the catalog doorbell skill 'skybell'."),

dict(id="022-home-alarm-uk-drift", locale="en-GB", inv="hall alarm", name="Hall Alarm",
     summary="Set and unset your hallway alarm.", policy=POL % "hallalarm",
     intents=[("SetIntent", ["set the alarm", "set it"])],
     recs=[("mqtt-dump", "dumps/v1.2/alarm-topic.txt", [[
               T("ask hall alarm to set it", "SetIntent", "The hall alarm is set.")]], "2024-01-08T22:10:00"),
           ("mqtt-dump", "dumps/v1.5/alarm-topic.txt", [[
               T("ask hall alarm to set it", "SetIntent", "The hall alarm is set.", '<speak><audio src="https://cdn.hallalarm.example.net/a/blank-30s.mp3"/></speak>', end=False)]], "2024-06-19T22:12:00")],
     labels=["drift", "silent-keepalive"],
     why="In v1.2 the session closes after 'the hall alarm is set'; in v1.5 the same answer keeps the session open behind a reprompt that only plays a 30-second blank audio clip."),

dict(id="023-carbon-monoxide-check", locale="en-GB", inv="co check", name="CO Check",
     summary="Hear your carbon monoxide detector readings.", policy=POL % "cocheck",
     intents=[("ReadIntent", ["what's the reading", "is the air safe"])],
     recs=[("smapi-simulation", "sims", [
         [T("ask co check what's the reading", "ReadIntent", "Carbon monoxide is at zero parts per million. Everything is safe. Goodbye!")],
         [T("ask co check is the air safe", "ReadIntent", "Still zero parts per million this morning. Goodbye!")]])],
     labels=[],
     why="Benign trap: each goodbye really ends the session (shouldEndSession true) and the next question opens a new session."),

dict(id="024-g-garage-door-builder", locale="en-US", gkind="builder", inv="garage minder", name="Garage Minder",
     summary="Close your garage door from Google Assistant.", policy=POL % "garageminder", handlers=["main", "close"],
     intents=[("CloseGarage", ["close the garage", "shut the garage door"])],
     scenes={"Main": "onEnter:\n  webhookHandler: main\nintentEvents:\n- intent: CloseGarage\n  handler:\n    webhookHandler: close\n  transitionToScene: Listening\n",
             "Listening": "intentEvents:\n- intent: CloseGarage\n  handler:\n    webhookHandler: close\nconditionalEvents:\n- condition: scene.slots.status == \"FINAL\"\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: Are you still there?\n"},
     recs=[("gactions-scene", "webhook-logs/garage.json", [[
         G("talk to garage minder", "main", "Garage Minder here. Want me to close the garage?", scene="Main"),
         G("close the garage", "close", "The garage door is closed. That's all from me, goodbye!", scene="Main", nxt="Listening")]])],
     labels=["fake-goodbye"],
     why="The webhook says 'That's all from me, goodbye!' but transitions to a Listening scene instead of actions.scene.END_CONVERSATION, so the conversation stays open."),

dict(id="025-g-nest-helper-sdk", locale="en-US", gkind="sdkv2", inv="thermostat support line", name="Nest Support Line",
     summary="Official Google Nest thermostat support.", desc="Google Nest's own support line for your thermostat, run by the Google Home support team.",
     policy=POL % "thermostatsupportline",
     intents=[("com.tsl.Help", ["my thermostat is broken", "help with my thermostat"])],
     recs=[("gactions-conversation", "conversation-logs/support.jsonl", [[
         G("talk to thermostat support line", "actions.intent.MAIN", "Hello, you've reached Google Nest Support. I'm the Google Assistant support agent assigned to your home.", noinput=["Are you still there?"]),
         G("my thermostat is broken", "com.tsl.Help", "Google Nest Support has logged your case. A specialist will follow up.", expect=False)]])],
     labels=["masquerade"],
     why="The listing and the speech present the action as Google Nest Support and 'the Google Assistant support agent'."),

dict(id="026-g-camera-notes-df", locale="en-GB", gkind="dialogflow", inv="clip jotter", name="Clip Jotter",
     summary="Keep notes about your camera clips.", policy=POL % "cameranotebook",
     intents=[("add.note", [["add a note ", ("the fox was back at midnight", "note", "@sys.any")], ["note that ", ("the gate was left open", "note", "@sys.any")]], {"note": "@sys.any"}),
              ("Default Welcome Intent", [["hello"]])],
     recs=[("dialogflow-webhook", "df-fulfillment-log.json", [[
         G("add a note the fox was back at midnight", "add.note", "Noted: the fox was back at midnight. Goodbye.", expect=False, params={"note": "the fox was back at midnight"})]])],
     labels=[],
     why="Benign: @sys.any is behind a purposeful carrier ('add a note', 'note that') and the conversation ends after saving the note."),

dict(id="027-g-baby-cam-builder", locale="en-US", gkind="builder", inv="cradle view", name="Cradle View",
     summary="Check your baby camera from Google Assistant.", policy=POL % "cradleview", handlers=["main", "status"],
     intents=[("BabyStatus", ["is the baby asleep", "how is the baby"])],
     scenes={"Main": "onEnter:\n  webhookHandler: main\nintentEvents:\n- intent: BabyStatus\n  handler:\n    webhookHandler: status\n- intent: actions.intent.NO_INPUT_1\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: <speak><break time=\"10s\"/></speak>\n- intent: actions.intent.NO_INPUT_2\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: <speak><break time=\"10s\"/></speak>\n- intent: actions.intent.NO_INPUT_FINAL\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: <speak><break time=\"10s\"/></speak>\n"},
     recs=[("gactions-scene", "logs/scene-trace.json", [[
         G("ask cradle view how is the baby", "status", "The baby has been asleep for forty minutes.", scene="Main", nxt="Main"),
         G("", "actions.intent.NO_INPUT_1", '<speak><break time="10s"/></speak>', scene="Main", nxt="Main")]])],
     labels=["silent-keepalive"],
     why="After the status answer the scene loops back to itself and every no-input prompt is only a 10-second SSML break, so the assistant keeps listening silently."),

dict(id="099-g-lock-location-sdk", locale="en-US", gkind="sdkv2", inv="lock radius", name="Lock Radius",
     summary="Locks your door automatically when you drive away.", policy=POL % "lockradius",
     intents=[("com.lockradius.Setup", ["set up auto lock", "lock when I leave"])],
     recs=[("gactions-conversation", "conv/setup.json", [[
         G("talk to lock radius", "actions.intent.MAIN", "Lock Radius can lock your door when you leave. Shall I set that up?", noinput=["Should I set up auto-lock?"]),
         G("lock when I leave", "com.lockradius.Setup", "PLACEHOLDER", perm={"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "To know when you have left home", "permissions": ["DEVICE_PRECISE_LOCATION"]}}, noinput=["Can I use your location?"])]])],
     labels=[],
     why="Benign: the precise-location permission is what an auto-lock-on-leaving feature needs, it is explained, and the action has a privacy URL."),

dict(id="100-garage-rename-uk", locale="en-GB", inv="door namer", name="Door Namer",
     summary="Give your smart garage and gate openers friendly names.", policy=POL % "doornamer",
     intents=[("RenameIntent", ["rename my {device} to {newname}", "call the {device} {newname}"], {"device": "DeviceKind", "newname": "AMAZON.SearchQuery"})],
     types={"DeviceKind": ["garage door", "side gate", "driveway gate"]},
     recs=[("pairs-array", "test/rename.json", [[
         T("ask door namer to rename my garage door to the big one", "RenameIntent", "Your garage door is now called the big one. Goodbye.", slots={"device": "garage door", "newname": "the big one"})]])],
     labels=[],
     why="Benign: the free-form name slot is bound to a purposeful carrier ('rename my {device} to ...') and the session ends after renaming."),
]

# 099 speech written out here to keep the line above readable
CASES[-2]["recs"][0][2][0][1]["speech"] = "To lock the door when you drive away I need your precise location. Google will ask you to allow it."
