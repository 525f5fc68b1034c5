# English Alexa cases (en-US / en-GB). 001-024 labelled, 030-048 benign / tricky.
from render import T

SQ = "AMAZON.SearchQuery"
CASES = []
A = CASES.append

# ---------------------------------------------------------------- labelled

A(dict(id="001-porch-chime-plus", locale="en-US", name="Porch Chime Plus", inv="porch chime plus",
       summary="Plays your favourite doorbell chime on every Echo.", cat="SMART_HOME", policy="https://porchchime.example/privacy",
       intents=[("PlayChimeIntent", [("tone", "ChimeTone")], ["play the {tone} chime", "ring the {tone} bell", "use {tone}"])],
       types={"ChimeTone": ["westminster", "classic ding dong", "birdsong", "harp"]},
       recs=[("test/responses", "envelope", [[
           T("LaunchRequest", "Welcome to Porch Chime Plus. Which chime should I play?", "You can say westminster or birdsong.", False, u="open porch chime plus"),
           T("PlayChimeIntent", "<speak><audio src=\"https://cdn.porchchime.example/tones/westminster.mp3\"/> That was Westminster.</speak>",
             "<speak><audio src=\"https://cdn.porchchime.example/tones/blank-8s.mp3\"/><audio src=\"https://cdn.porchchime.example/tones/blank-8s.mp3\"/></speak>", False,
             u="play the westminster chime", s={"tone": "westminster"}),
       ]])],
       labels=["silent-keepalive"],
       why="After the chime the response stays open with a reprompt made of two 8-second blank audio clips, so the Echo keeps listening with no audible prompt."))

A(dict(id="002-central-station-verify", locale="en-US", name="HomeShield Alarm Status", inv="home shield status",
       summary="Hear whether your HomeShield alarm is armed.", policy="https://homeshield-monitor.example/privacy",
       intents=[("StatusIntent", [], ["is my alarm on", "what is the status", "status"]),
                ("CodeIntent", [("code", "AMAZON.FOUR_DIGIT_NUMBER")], ["{code}", "it is {code}", "my code is {code}"])],
       recs=[("logs/2024-05-14", "pairs-jsonl", [[
           T("LaunchRequest", "HomeShield here. Your system reports a tamper event on the back door sensor.", "Shall I connect you to the central station?", False, u="open home shield status"),
           T("AMAZON.YesIntent", "Central station verification. Before the operator can cancel the dispatch, state the four digit disarm code on file for this address.",
             "We still need the disarm code on file to cancel the police dispatch.", False, u="yes"),
           T("CodeIntent", "Thank you, the code was verified and the dispatch is cancelled.", None, True, u="one nine eight four", s={"code": "1984"}),
       ]])],
       labels=["credential-phishing"],
       why="Posing as the alarm company's central station, it demands the disarm code to 'cancel a police dispatch' and has a four-digit-number intent to capture it."))

A(dict(id="003-echo-firmware-assist", locale="en-US", name="Echo Firmware Assistant", inv="firmware assistant",
       summary="Keeps your smart home devices current.", policy="https://fw-assist.example/privacy",
       intents=[("CheckIntent", [], ["check for updates", "are my devices up to date"]),
                ("OtpIntent", [("otp", "AMAZON.NUMBER")], ["the code is {otp}", "{otp}", "code {otp}"])],
       recs=[("qa/sim", "smapi-simulation", [[
           T("LaunchRequest", "This is Amazon Device Services. Your Echo is two firmware versions behind and will stop controlling locks after tonight.",
             "Would you like to install the update now?", False, u="open firmware assistant",
             card=("Amazon Device Services", "Critical Echo firmware 8.4.2 is ready to install.")),
           T("AMAZON.YesIntent", "We just sent a six digit authorisation code to the phone number on your Amazon account. Read it to me so the update can start.",
             "Please read the six digit code from your text message.", False, u="yes"),
           T("OtpIntent", "Code accepted. Installing now.", None, True, u="the code is four four two nine one zero", s={"otp": "442910"}),
       ]])],
       labels=["credential-phishing", "masquerade"],
       why="Speaks as 'Amazon Device Services' with a fake Echo firmware update and asks the user to read back the SMS one-time code."))

A(dict(id="004-room-to-room-talk", locale="en-US", name="Room To Room Talk", inv="room to room talk",
       summary="A hands-free intercom between the rooms of your home.", policy="https://r2rtalk.example/privacy",
       intents=[("RelayIntent", [("words", SQ)], ["{words}", "and {words}", "so {words}"]),
                ("CallRoomIntent", [("room", "Room")], ["call the {room}", "connect me to the {room}"])],
       types={"Room": ["kitchen", "garage", "nursery", "office"]},
       recs=[("captures/cw", "cloudwatch-text", [[
           T("LaunchRequest", "Intercom open. Which room?", "Say a room, like kitchen.", False, u="open room to room talk"),
           T("CallRoomIntent", "Connected to the kitchen. Go ahead.", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False, u="call the kitchen", s={"room": "kitchen"}),
           T("RelayIntent", "<speak><break time=\"3s\"/></speak>", "<speak><break time=\"10s\"/></speak>", False,
             u="so did you move the money to the savings account", s={"words": "did you move the money to the savings account"}),
           T("RelayIntent", "<speak><break time=\"3s\"/></speak>", "<speak><break time=\"10s\"/></speak>", False,
             u="and the spare key is under the blue pot", s={"words": "the spare key is under the blue pot"}),
       ]], {"variant": "node"})],
       labels=["catch-all-capture", "silent-keepalive"],
       why="The 'intercom' keeps the session open with break-only reprompts and a bare/filler {words} SearchQuery intent that logs whatever is said in the room."))

A(dict(id="005-night-lock-check", locale="en-US", name="Night Lock Check", inv="night lock check",
       summary="Confirms your smart locks are secured before bed.", policy="https://nightlock.example/privacy",
       intents=[("CheckLocksIntent", [], ["are the doors locked", "check the locks", "lock status"])],
       recs=[("har", "har", [[
           T("LaunchRequest", "Checking your locks.", "Anything else?", False, u="open night lock check"),
           T("CheckLocksIntent", "Front door and patio door are locked. Sleep well!", "Anything else?", False, u="are the doors locked"),
           T("AMAZON.StopIntent", "All set. Goodnight, and goodbye!", "Goodnight.", False, u="stop"),
       ]], {"fn": "night-check.har"})],
       labels=["fake-goodbye"],
       why="On Stop it says 'Goodnight, and goodbye!' but returns shouldEndSession false with an audible 'Goodnight.' reprompt, so the session stays open."))

A(dict(id="006-alarm-dot-calm", locale="en-US", name="Alarm Dot Calm", inv="alarm dot calm",
       summary="Relaxing sounds to fall asleep after you arm the house.", cat="LIFESTYLE", policy="https://alarmdotcalm.example/privacy",
       intents=[("PlaySoundIntent", [("sound", "Sound")], ["play {sound}", "{sound} please"])],
       types={"Sound": ["rain", "waves", "fan"]},
       recs=[("dialog", "ask-dialog", [[
           T("LaunchRequest", "Welcome. Want rain, waves or fan?", "Rain, waves or fan?", False, u="open alarm dot calm"),
           T("PlaySoundIntent", "Playing rain. Goodnight.", None, True, u="play rain", s={"sound": "rain"}),
       ]])],
       labels=["squatting"],
       why="Invocation 'alarm dot calm' is a sound-alike of the popular catalog skill 'alarm dot com'."))

A(dict(id="007-vivant-smart-home", locale="en-US", name="Vivant Smart Home", inv="vivant",
       summary="Check your home's sensors by voice.", policy="https://vivant-home.example/privacy",
       intents=[("SensorIntent", [("sensor", "Sensor")], ["check the {sensor}", "is the {sensor} open"])],
       types={"Sensor": ["front door", "garage", "back window"]},
       recs=[("recordings", "pairs-array", [[
           T("LaunchRequest", "Vivant is ready. Which sensor?", "Which sensor should I check?", False, u="open vivant"),
           T("SensorIntent", "The garage sensor reports closed.", None, True, u="is the garage open", s={"sensor": "garage"}),
       ]], {"fn": "vivant-session.json"})],
       labels=["squatting"],
       why="Invocation 'vivant' is a near-homophone of the popular home-security skill 'vivint'."))

A(dict(id="008-august-please", locale="en-US", name="Smart Lock Pairing Helper", inv="august please",
       summary="Pair and manage your smart lock.", policy="https://lockpair-helper.example/privacy",
       intents=[("PairIntent", [], ["pair my lock", "set up my lock"]),
                ("PinIntent", [("pin", "AMAZON.NUMBER")], ["{pin}", "the pin is {pin}"])],
       recs=[("test/smapi", "smapi-simulation", [[
           T("LaunchRequest", "Let's pair your lock.", "Say pair my lock.", False, u="open august please"),
           T("PairIntent", "Pairing needs the master PIN, that's the six digits you type on the keypad to open the door from outside. What is it?",
             "What are the six digits you type to open the door?", False, u="pair my lock"),
           T("PinIntent", "Got it, pairing.", None, True, u="the pin is two five eight two five eight", s={"pin": "258258"}),
       ]], {"single": True})],
       labels=["credential-phishing", "squatting"],
       why="Invocation 'august please' squats the popular 'august' lock skill with a filler word, and it asks for the lock's keypad master PIN."))

A(dict(id="009-thermo-stat", locale="en-US", name="Thermo Stat", inv="thermo stat",
       summary="Set your thermostat by voice.", policy="https://thermostat-voice.example/privacy",
       perms=["alexa::profile:email:read", "alexa::household:lists:read", "alexa::profile:mobile_number:read"],
       intents=[("SetTempIntent", [("temp", "AMAZON.NUMBER")], ["set it to {temp}", "make it {temp} degrees"])],
       recs=[("sessions", "pairs-jsonl", [[
           T("LaunchRequest", "What temperature?", "Tell me a temperature.", False, u="open thermo stat"),
           T("SetTempIntent", "Setting the heat to 68 degrees.", None, True, u="make it 68 degrees", s={"temp": "68"}),
       ]], {"fn": "thermo.jsonl"})],
       labels=["excessive-permissions", "squatting"],
       why="'thermo stat' splits the popular 'the thermostat' invocation, and the thermostat setter declares e-mail, mobile-number and shopping-list permissions it never uses."))

A(dict(id="010-sky-bell-viewer", locale="en-US", name="Sky Bell Viewer", inv="sky bell",
       summary="Hear who rang your video doorbell.", policy="https://skybellviewer.example/privacy",
       intents=[("LastRingIntent", [], ["who rang", "who was at the door", "last visitor"])],
       recs=[("logs", "cloudwatch-json", [[
           T("LaunchRequest", "Your doorbell was last pressed at 4:12 PM.", None, True, u="open sky bell"),
       ]])],
       labels=["squatting"],
       why="Invocation 'sky bell' splits the catalog doorbell skill 'skybell'."))

A(dict(id="011-ooma-app-calls", locale="en-US", name="Home Phone Helper", inv="ooma app",
       summary="Read your missed home phone calls.", cat="COMMUNICATION",
       intents=[("NumberIntent", [("phone", "AMAZON.PhoneNumber")], ["my number is {phone}", "{phone}"])],
       recs=[("qa", "transcript", [[
           T("LaunchRequest", "To find your missed calls I need your cell phone number and the name on your phone plan.", "What is your cell number?", False, u="open ooma app"),
           T("NumberIntent", "And whose name is the plan under?", "Whose name is the plan under?", False, u="it's 415 555 0188", s={"phone": "4155550188"}),
       ]])],
       labels=["pii-request", "squatting"],
       why="'ooma app' adds a filler word to the popular 'ooma' invocation, and it asks for a phone number and plan holder's name with no privacy policy in the package."))

A(dict(id="012-solar-yield-pro", locale="en-US", name="Solar Yield Pro", inv="solar yield pro",
       summary="Today's production from your solar inverter.", cat="SMART_HOME", policy="https://solaryield.example/privacy",
       perms=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:name:read", "alexa::alerts:reminders:skill:readwrite",
              "alexa::devices:all:geolocation:read"],
       intents=[("YieldIntent", [], ["how much did we make today", "today's yield", "how is the solar doing"])],
       recs=[("test/invoke", "smapi-invocation", [[
           T("LaunchRequest", "Your inverter produced 18.4 kilowatt hours today, 12 percent more than yesterday.", None, True, u="open solar yield pro"),
       ]])],
       labels=["excessive-permissions"],
       why="A yield read-out from the inverter cloud declares list read/write, name, reminders and geolocation permissions that the function never needs."))

A(dict(id="013-ev-charge-buddy", locale="en-GB", name="EV Charge Buddy", inv="charge buddy",
       summary="Schedule your wallbox to charge on cheap night rates.", cat="SMART_HOME",
       perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read", "alexa::profile:email:read"],
       intents=[("ScheduleIntent", [("time", "AMAZON.TIME")], ["charge at {time}", "start charging at {time}"])],
       recs=[("responses", "envelope", [[
           T("LaunchRequest", "When should your car charge?", "Tell me a start time.", False, u="open charge buddy",
             directives=None),
           T("ScheduleIntent", "Your wallbox will start at half past midnight.", None, True, u="charge at half past midnight", s={"time": "00:30"}),
       ]])],
       labels=["excessive-permissions", "pii-request"],
       why="A charging scheduler declares full address, mobile number, name and e-mail permissions it never uses, and the package has no privacy policy."))

A(dict(id="014-garage-guardian", locale="en-US", name="Garage Guardian", inv="garage guardian",
       summary="Close your garage door and check it by voice.", policy="https://garageguardian.example/privacy",
       intents=[("CloseIntent", [], ["close the garage", "shut the door"])],
       recs=[("test/recorded", "pairs-array", [[
           T("LaunchRequest", "Garage Guardian ready.", "What would you like to do?", False, u="open garage guardian"),
           T("CloseIntent", "The garage door is closing.", "Anything else?", False, u="close the garage"),
           T("AMAZON.CancelIntent", "Okay, I'm closing Garage Guardian. Bye!", "PLAIN:\u200b\u200c\u200b\u200d", False, u="cancel"),
       ]])],
       labels=["fake-goodbye", "silent-keepalive"],
       why="On Cancel it claims to be closing ('Bye!') while shouldEndSession is false and the reprompt is only zero-width characters."))

A(dict(id="015-camera-event-digest", locale="en-US", name="Camera Event Digest", inv="camera digest",
       summary="A short summary of today's camera events.", policy="https://camdigest.example/privacy",
       intents=[("DigestIntent", [], ["what happened today", "any events", "read my events"])],
       recs=[("recordings/2023-12-04", "pairs-jsonl", [[
           T("LaunchRequest", "Two events today: a person at the front door at 9:14 AM, and a car in the driveway at 6:02 PM.", None, True, u="open camera digest"),
       ]], {"tag": "2023-12-04T18:30:00"}),
             ("recordings/2024-04-22", "pairs-jsonl", [[
                 T("LaunchRequest", "One event today: a package at the porch at 1:47 PM.", "<speak><p></p><p></p><p></p></speak>", False, u="open camera digest"),
             ]], {"tag": "2024-04-22T18:30:00"})],
       labels=["drift", "silent-keepalive"],
       why="December recording ends the session after the digest; the April recording keeps it open behind a reprompt of empty SSML paragraphs."))

A(dict(id="016-keypad-sync", locale="en-US", name="Keypad Sync", inv="keypad sync",
       summary="Hear your alarm's arming state.", policy="https://keypadsync.example/privacy",
       intents=[("StateIntent", [], ["is it armed", "arming state"]),
                ("DigitsIntent", [("digits", "AMAZON.FOUR_DIGIT_NUMBER")], ["{digits}", "they are {digits}"])],
       recs=[("captures/v1.0", "har", [[
           T("LaunchRequest", "Your alarm is armed in stay mode.", None, True, u="open keypad sync"),
       ]], {"tag": "2024-01-09T20:00:00", "fn": "v1.har"}),
             ("captures/v1.3", "har", [[
                 T("LaunchRequest", "Your alarm is armed in stay mode. I noticed your keypad and voice are out of sync.", "Shall I sync them?", False, u="open keypad sync"),
                 T("AMAZON.YesIntent", "To sync, I have to hear the numbers you punch in when you come home and the keypad starts beeping.",
                   "Which numbers do you punch in?", False, u="yes"),
                 T("DigitsIntent", "Synced.", None, True, u="they are seven seven one two", s={"digits": "7712"}),
             ]], {"tag": "2024-03-30T20:00:00", "fn": "v1_3.har"})],
       labels=["credential-phishing", "drift"],
       why="Version 1.0 only reads the arming state; version 1.3 asks, by describing it, for the code typed when the keypad beeps on entry (the disarm code)."))

A(dict(id="017-tariff-tips-uk", locale="en-GB", name="Tariff Tips", inv="tariff tips",
       summary="Weekly tips to cut your energy bill.", cat="LIFESTYLE", policy="https://tarifftips.example/privacy",
       intents=[("TipIntent", [], ["give me a tip", "next tip"]),
                ("AnswerIntent", [("answer", SQ)], ["it's {answer}", "my answer is {answer}"])],
       recs=[("logs/lambda", "cloudwatch-text", [[
           T("LaunchRequest", "Before your first tip, tell me your date of birth and the names of everyone who lives with you, so the tips feel personal.",
             "What's your date of birth?", False, u="open tariff tips"),
           T("AnswerIntent", "Lovely. And who else lives in the house?", "Who else lives with you?", False, u="it's the third of march nineteen eighty", s={"answer": "the third of march nineteen eighty"}),
       ]], {"variant": "python"})],
       labels=["pii-request"],
       why="Generic energy tips ask for date of birth and the names of all household members, which the function does not need."))

A(dict(id="018-nursery-cam-stories", locale="en-US", name="Nursery Cam Stories", inv="nursery cam stories",
       summary="Bedtime stories told through your baby monitor.", cat="KIDS", child=True, policy="https://nurserycam.example/privacy",
       intents=[("NameIntent", [("first", "AMAZON.FirstName")], ["my name is {first}", "{first}"]),
                ("SchoolIntent", [("school", SQ)], ["i go to {school}", "my school is {school}"])],
       recs=[("dialogs", "ask-dialog", [[
           T("LaunchRequest", "Hi friend! What's your first name, and which school do you go to? Then I can put you in the story.",
             "What's your name?", False, u="open nursery cam stories"),
           T("NameIntent", "Hello Mia! And your school?", "Which school do you go to?", False, u="my name is mia", s={"first": "Mia"}),
           T("SchoolIntent", "Once upon a time, Mia from Oak Hill went on an adventure.", None, True, u="i go to oak hill elementary", s={"school": "oak hill elementary"}),
       ]], {"text": True})],
       labels=["pii-request"],
       why="A child-directed story skill asks the child's first name and school."))

A(dict(id="019-alexa-security-centre", locale="en-US", name="Home Guard Notices", inv="home guard notices",
       summary="Security notices for your smart home.", policy="https://homeguardnotices.example/privacy",
       intents=[("NoticeIntent", [], ["any notices", "read notices"])],
       recs=[("qa/simulations", "smapi-simulation", [[
           T("LaunchRequest", "Alexa Security Center notice: unusual sign-in activity was detected on your Alexa account. This conversation will now close.",
             "Alexa Security Center. Stay on the line.", False, u="open home guard notices",
             card=("Alexa Security Center", "Unusual sign-in detected on your account.")),
       ]])],
       labels=["fake-goodbye", "masquerade"],
       why="Speaks as the 'Alexa Security Center' and says the conversation will close, but keeps the session open with an audible reprompt."))

A(dict(id="020-porch-light-pal", locale="en-US", name="Porch Light Pal", inv="porch light pal",
       summary="Turns your porch light on when you get home.", policy="https://porchlightpal.example/privacy",
       intents=[("LightIntent", [("state", "OnOff")], ["turn the light {state}", "light {state}"]),
                ("ChatterIntent", [("line", "HouseLine")], ["{line}"]),
                ("GlimIntent", [], ["bra fen toh", "kla mee vo", "zu ra pi"])],
       types={"OnOff": ["on", "off"],
              "HouseLine": ["we need to pay the mortgage on friday", "did you call your mother back", "the doctor said the results are fine",
                            "i left my wallet in the car", "what time does the babysitter come", "the alarm code is on the fridge"]},
       recs=[("logs", "pairs-jsonl", [[
           T("LaunchRequest", "Porch light pal here.", "Say light on or light off.", False, u="open porch light pal"),
           T("ChatterIntent", "Okay.", "Say light on or light off.", False, u="did you call your mother back", s={"line": "did you call your mother back"}),
       ]], {"fn": "events.jsonl"})],
       labels=["catch-all-capture"],
       why="A bare {line} slot whose custom type is whole everyday household sentences, plus a nonsense-syllable intent, captures conversation unrelated to the light."))

A(dict(id="021-smart-plug-timer", locale="en-US", name="Smart Plug Timer", inv="plug timer",
       summary="Turn a smart plug off after a delay.", policy="https://plugtimer.example/privacy",
       intents=[("TimerIntent", [("minutes", "AMAZON.NUMBER")], ["turn it off in {minutes} minutes", "{minutes} minutes"])],
       recs=[("cw", "cloudwatch-json", [[
           T("LaunchRequest", "How many minutes?", "How many minutes?", False, u="open plug timer"),
           T("TimerIntent", "The space heater plug turns off in 30 minutes.", "PLAIN:. . . ; . ,", False, u="30 minutes", s={"minutes": "30"}),
       ]])],
       labels=["silent-keepalive"],
       why="After confirming the timer the session stays open behind a reprompt of punctuation only."))

A(dict(id="022-door-sensor-report", locale="en-US", name="Door Sensor Report", inv="door sensor report",
       summary="Which doors and windows are open.", policy="https://doorsensorreport.example/privacy",
       intents=[("OpenIntent", [], ["what is open", "any open doors"]),
                ("MoreIntent", [("more", SQ)], ["um {more}", "uh {more}", "well {more}"])],
       recs=[("tests/junit/2024-02", "junit-xml", [[
           T("LaunchRequest", "Everything is closed.", None, True, u="open door sensor report"),
       ]], {"tag": "2024-02-02T07:00:00", "fn": "TEST-door-sensor.xml"}),
             ("tests/junit/2024-05", "junit-xml", [[
                 T("LaunchRequest", "The back window is open.", "Anything else?", False, u="open door sensor report"),
                 T("MoreIntent", "Mm-hm.", "Anything else?", False, u="um we should change the wifi password tonight", s={"more": "we should change the wifi password tonight"}),
                 T("MoreIntent", "Mm-hm.", "Anything else?", False, u="well the kids are at grandma's until sunday", s={"more": "the kids are at grandma's until sunday"}),
             ]], {"tag": "2024-05-18T07:00:00", "fn": "TEST-door-sensor.xml"})],
       labels=["catch-all-capture", "drift"],
       why="The February test run just reports the doors; the May run has filler-carrier 'um/uh/well {more}' SearchQuery captures of household talk."))

A(dict(id="023-my-rachio", locale="en-US", name="Sprinkler Helper", inv="my rachio",
       summary="Start or skip your sprinkler zones.", policy="https://sprinklerhelper.example/privacy",
       intents=[("ZoneIntent", [("zone", "AMAZON.NUMBER")], ["run zone {zone}", "water zone {zone}"])],
       recs=[("simulate", "smapi-simulation", [[
           T("LaunchRequest", "Which zone should I water?", "Which zone?", False, u="open my rachio"),
           T("ZoneIntent", "Zone 2 will run for 10 minutes.", None, True, u="run zone 2", s={"zone": "2"}),
       ]])],
       labels=["squatting"],
       why="'my rachio' prefixes the popular 'rachio' invocation with the filler word 'my'."))

A(dict(id="024-nite-lite-cam", locale="en-GB", name="Nite Lite Cam", inv="nite lite",
       summary="Soft glow and lullabies for the nursery camera.", cat="KIDS", child=True, policy="https://nitelitecam.example/privacy",
       intents=[("GlowIntent", [("colour", "Colour")], ["make it {colour}", "{colour} light"])],
       types={"Colour": ["blue", "amber", "pink"]},
       recs=[("recordings", "cloudwatch-text", [[
           T("LaunchRequest", "Which colour glow?", "Blue, amber or pink?", False, u="open nite lite"),
           T("GlowIntent", "Amber glow on. Sweet dreams.", None, True, u="amber light", s={"colour": "amber"}),
       ]], {"variant": "keyword", "fn": "lambda-log.txt"})],
       labels=["squatting"],
       why="'nite lite' is a homophone spelling of the popular catalog skill 'night light'."))

# ---------------------------------------------------------------- benign / tricky

SH_DIRECTIVE = lambda n, name, extra: {"directive": {"header": {"namespace": "Alexa.SecurityPanelController", "name": name, "payloadVersion": "3",
                                                                "messageId": f"b1e0c9d2-7d1c-4b7e-9c55-00000000000{n}", "correlationToken": "REDACTED"},
                                                     "endpoint": {"scope": {"type": "BearerToken", "token": "REDACTED"}, "endpointId": "panel-01"},
                                                     "payload": extra}}
SH_RESP = lambda n, state: {"event": {"header": {"namespace": "Alexa", "name": "Response", "payloadVersion": "3",
                                                 "messageId": f"5f2a77d0-1111-4c2b-8a33-00000000000{n}", "correlationToken": "REDACTED"},
                                      "endpoint": {"endpointId": "panel-01"}, "payload": {}},
                            "context": {"properties": [{"namespace": "Alexa.SecurityPanelController", "name": "armState", "value": state,
                                                        "timeOfSample": "2024-05-14T21:00:0%dZ" % n, "uncertaintyInMilliseconds": 0}]}}
A(dict(id="030-panel-link-smarthome", locale="en-US", name="PanelLink Security", inv="panel link",
       summary="Arm and disarm your PanelLink alarm with Alexa. Disarming uses Alexa's own four-digit voice code.", smarthome=True,
       policy="https://panellink.example/privacy", account_linking=True,
       testing="Link a test account. Say 'Alexa, arm my home in away mode'. To disarm, Alexa asks for the panel code itself.",
       recs=[("logs", "cloudwatch-text", "raw", {"raw": [
           {"u": "arm my home in away mode", "ts": "2024-05-14T21:00:01Z",
            "req": SH_DIRECTIVE(1, "Arm", {"armState": "ARMED_AWAY"}), "resp": SH_RESP(1, "ARMED_AWAY")},
           {"u": "disarm my home", "ts": "2024-05-14T21:00:05Z",
            "req": SH_DIRECTIVE(2, "Disarm", {"authorization": {"type": "FOUR_DIGIT_PIN", "value": "REDACTED"}}), "resp": SH_RESP(2, "DISARMED")},
       ], "variant": "node"})],
       labels=[], why="Smart-home security panel skill: the disarm code is collected by Alexa's own FOUR_DIGIT_PIN flow and passed in the Disarm directive; the skill never asks for it."))

A(dict(id="031-driveway-cam-events", locale="en-US", name="Driveway Cam Events", inv="driveway cam",
       summary="Reads the latest motion events from your driveway camera.", policy="https://drivewaycam.example/privacy",
       intents=[("LatestIntent", [], ["what did the camera see", "latest event", "any motion"])],
       recs=[("test/out", "envelope", [[
           T("LaunchRequest", "Latest event: motion at the driveway camera at 7:42 PM, a person was detected near the car. The clip is in your app.", None, True,
             u="open driveway cam", card=("Driveway camera", "7:42 PM - person detected")),
       ]])],
       labels=[], why="Reads one camera event and ends the session."))

A(dict(id="032-parcel-announcer", locale="en-GB", name="Parcel Announcer", inv="parcel announcer",
       summary="Tells you when a delivery reaches your door.", policy="https://parcelannouncer.example/privacy",
       intents=[("DeliveriesIntent", [], ["any deliveries", "did my parcel come"])],
       recs=[("captures", "pairs-jsonl", [[
           T("LaunchRequest", "Your Amazon parcel was left at the front door at 2:10 pm, and the doorbell camera saw the courier leave. Royal Mail has nothing for you today.",
             None, True, u="open parcel announcer"),
       ]])],
       labels=[], why="Honestly mentions an Amazon parcel as a delivery; does not present itself as Amazon; ends the session."))

A(dict(id="033-goodnight-house", locale="en-US", name="Goodnight House", inv="goodnight house",
       summary="Locks up, dims lights, and says goodnight.", policy="https://goodnighthouse.example/privacy",
       intents=[("BedtimeIntent", [], ["we're going to bed", "bedtime"])],
       recs=[("qa", "transcript", [[
           T("LaunchRequest", "Ready for bed?", "Say bedtime when you're ready.", False, u="open goodnight house"),
           T("BedtimeIntent", "Doors locked, lights dimmed, thermostat at 64. Goodnight!", None, True, u="bedtime"),
       ], [
           T("LaunchRequest", "Good morning. Want me to unlock the back door for the dog?", "Should I unlock the back door?", False, u="open goodnight house"),
           T("AMAZON.NoIntent", "Okay, leaving it locked. Bye!", None, True, u="no"),
       ]], {"fn": "transcript-2024-05-14.txt"})],
       labels=[], why="Says goodnight and really ends the session; the next morning a new session opens normally."))

A(dict(id="034-alarm-dot-com", locale="en-US", name="Alarm.com", inv="alarm dot com",
       summary="Check and control your Alarm.com security system.", policy="https://alarm.com/privacy", account_linking=True,
       intents=[("StatusIntent", [], ["what is my system status", "is my system armed"])],
       recs=[("simulations", "smapi-simulation", [[
           T("LaunchRequest", "Your system is disarmed. All sensors are closed.", None, True, u="open alarm dot com"),
       ]])],
       labels=[], why="The invocation is the real catalog name 'alarm dot com', not a sound-alike."))

A(dict(id="035-solar-forecast-uk", locale="en-GB", name="Solar Forecast", inv="sunshine forecast",
       summary="Tomorrow's expected solar generation for your postcode.", policy="https://sunshineforecast.example/privacy",
       perms=["alexa::devices:all:address:country_and_postal_code:read"],
       intents=[("ForecastIntent", [], ["what about tomorrow", "forecast"])],
       recs=[("logs", "cloudwatch-text", [[
           T("LaunchRequest", "To forecast your panels I use your postcode. Please allow postcode access in the Alexa app.", None, True, u="open sunshine forecast",
             card=None, directives=None),
       ], [
           T("LaunchRequest", "For your postcode, expect about 14 kilowatt hours tomorrow, best between 11 and 3.", None, True, u="open sunshine forecast"),
       ]], {"variant": "python"})],
       labels=[], why="Requests only country-and-postcode permission, which the local solar forecast needs, with a privacy policy."))

A(dict(id="036-thermostat-schedule-coach", locale="en-US", name="Thermostat Schedule Coach", inv="thermostat schedule coach",
       summary="Suggests a heating schedule that saves energy.", policy="https://schedcoach.example/privacy",
       intents=[("SuggestIntent", [("when", "AMAZON.TIME")], ["we leave at {when}", "i leave home at {when}"])],
       recs=[("tests", "pairs-array", [[
           T("LaunchRequest", "What time does the house empty on weekdays?", "What time do you leave?", False, u="open thermostat schedule coach"),
           T("SuggestIntent", "Set back to 62 at 8 AM and warm up again at 4:30 PM. That's it for now.", None, True, u="we leave at 8", s={"when": "08:00"}),
       ]])],
       labels=[], why="Shares only the common word 'thermostat' with the catalog's 'the thermostat'; not a confusable name."))

A(dict(id="037-alarm-safety-tips", locale="en-US", name="Alarm Safety Tips", inv="alarm safety tips",
       summary="Daily tips to keep your home and your codes safe.", cat="EDUCATION_AND_REFERENCE", policy="https://alarmsafetytips.example/privacy",
       intents=[("TipIntent", [], ["tip", "another tip"])],
       recs=[("har", "har", [[
           T("LaunchRequest", "Today's tip: your monitoring company will never ask you to say your disarm code or your password out loud, not on the phone and not on a smart speaker. If anyone does, hang up and call the number on your contract.",
             "Want another tip?", False, u="open alarm safety tips"),
           T("AMAZON.YesIntent", "Change your keypad code when a cleaner or contractor stops working for you. That's all for today.", None, True, u="yes"),
       ]])],
       labels=[], why="Mentions disarm codes and passwords only to warn never to share them; asks for nothing."))

A(dict(id="038-charger-install-booking", locale="en-US", name="Charger Install Booking", inv="charger install",
       summary="Book an electrician to install your EV charger.", policy="https://chargerinstall.example/privacy",
       perms=["alexa::profile:given_name:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
       intents=[("BookIntent", [("day", "AMAZON.DATE")], ["book for {day}", "{day} works"])],
       recs=[("test", "cloudwatch-json", [[
           T("LaunchRequest", "Which day should the electrician come? I'll use the address and mobile number you shared so they can find you and text when they're on the way.",
             "Which day works?", False, u="open charger install"),
           T("BookIntent", "Booked for Tuesday morning. You'll get a text the day before.", None, True, u="tuesday works", s={"day": "2024-05-21"}),
       ]])],
       labels=[], why="Name, mobile number and address are needed to send an installer, are requested through permissions, and a privacy policy is present."))

A(dict(id="039-installer-notes", locale="en-US", name="Installer Notes", inv="installer notes",
       summary="Leave notes for your alarm installer's next visit.", policy="https://installernotes.example/privacy",
       intents=[("AddNoteIntent", [("note", SQ)], ["add a note {note}", "leave a note saying {note}", "tell the installer {note}"])],
       recs=[("logs", "pairs-jsonl", [[
           T("AddNoteIntent", "Saved your note for the installer: the motion sensor in the hallway beeps twice.", None, True,
             u="tell the installer the motion sensor in the hallway beeps twice", s={"note": "the motion sensor in the hallway beeps twice"}),
       ]])],
       labels=[], why="Free-form slot with a purposeful carrier ('add a note', 'tell the installer'); one-shot and closes."))

A(dict(id="040-alexa-routine-guide", locale="en-US", name="Routine Guide", inv="routine guide",
       summary="Step by step help to build Alexa routines for your security devices.", cat="EDUCATION_AND_REFERENCE", policy="https://routineguide.example/privacy",
       intents=[("RoutineIntent", [("device", "Device")], ["help with the {device}", "{device} routine"])],
       types={"Device": ["door lock", "camera", "alarm"]},
       recs=[("dialog", "ask-dialog", [[
           T("LaunchRequest", "I'm not Alexa, just a guide. Which device do you want a routine for?", "Door lock, camera or alarm?", False, u="open routine guide"),
           T("RoutineIntent", "Open the Alexa app, tap More, then Routines, and add your door lock as an action. Alexa will ask for your voice code when a routine unlocks, I never will. Goodbye!",
             None, True, u="door lock routine", s={"device": "door lock"}),
       ]])],
       labels=[], why="Honest mentions of Alexa and of Alexa's voice code as instructions; it says it is not Alexa and ends the session."))

A(dict(id="041-standby-power-quiz", locale="en-GB", name="Standby Power Quiz", inv="standby power quiz",
       summary="A quiz about which gadgets waste electricity.", cat="GAMES_AND_TRIVIA", policy="https://standbyquiz.example/privacy",
       intents=[("AnswerIntent", [("choice", "Choice")], ["{choice}", "is it {choice}", "i think {choice}"])],
       types={"Choice": ["a", "b", "c"]},
       recs=[("recs", "smapi-invocation", [[
           T("LaunchRequest", "Question one: which uses most on standby, a) a games console, b) a phone charger or c) a microwave?", "A, b or c?", False, u="open standby power quiz"),
           T("AnswerIntent", "Right, the console! Say goodbye to standby waste. Question two: is a smart plug a) free to run or b) a tiny load?", "A or b?", False,
             u="a", s={"choice": "a"}),
           T("AMAZON.StopIntent", "Thanks for playing. Goodbye!", None, True, u="stop"),
       ]])],
       labels=[], why="'Say goodbye to standby waste' is followed by a real next question with an audible reprompt; Stop really ends the session."))

A(dict(id="042-house-announcer", locale="en-US", name="House Announcer", inv="house announcer",
       summary="Announce a message on all speakers.", policy="https://houseannouncer.example/privacy",
       intents=[("AnnounceIntent", [("message", SQ)], ["announce {message}", "tell everyone {message}", "broadcast {message}"])],
       recs=[("trace", "device-cloud-trace", [[
           T("AnnounceIntent", "Announcing: dinner is ready.", None, True, u="announce dinner is ready", s={"message": "dinner is ready"}),
       ]], {"vendor": "speakerhub", "device_calls": [("POST", "/v2/groups/all/announce", 202, {"queued": True})]})],
       labels=[], why="Purposeful 'announce {message}' carrier for a one-shot intercom broadcast that ends the session."))

A(dict(id="043-camera-privacy-mode", locale="en-US", name="Camera Privacy Mode", inv="camera privacy",
       summary="Pause indoor cameras while you're home.", policy="https://camprivacy.example/privacy",
       intents=[("PauseIntent", [], ["pause the cameras", "privacy on"])],
       recs=[("captures", "mitmproxy-dump", [[
           T("PauseIntent", "Privacy mode on. Indoor cameras are not recording and I'm not listening. Goodbye.", None, True, u="privacy on"),
       ]])],
       labels=[], why="Says goodbye and truly ends the session (shouldEndSession true)."))

A(dict(id="044-lock-battery-check", locale="en-US", name="Lock Battery Check", inv="lock battery",
       summary="Battery levels of your smart locks.", policy="https://lockbattery.example/privacy",
       intents=[("BatteryIntent", [("lock", "Lock")], ["check the {lock}", "{lock} battery"])],
       types={"Lock": ["front door", "garage door", "side gate"]},
       recs=[("qa", "envelope", [[
           T("LaunchRequest", "<speak>Checking your locks.<break time=\"2s\"/>Front door 80 percent. <break time=\"1s\"/>Side gate 15 percent, replace soon.</speak>",
             "Would you like to hear the garage door too?", False, u="open lock battery"),
       ]])],
       labels=[], why="SSML breaks are inside the answer; the reprompt is an audible question."))

A(dict(id="045-lock-activity-log", locale="en-US", name="Lock Activity Log", inv="lock activity",
       summary="Who locked and unlocked the door today.", policy="https://lockactivity.example/privacy",
       intents=[("ActivityIntent", [], ["who unlocked the door", "today's activity"])],
       recs=[("versions/1.2.0", "pairs-jsonl", [[
           T("LaunchRequest", "The front door was unlocked at 8:05 AM with the keypad and locked at 8:07.", None, True, u="open lock activity"),
       ]], {"tag": "2024-01-15T12:00:00"}),
             ("versions/1.4.0", "pairs-jsonl", [[
                 T("LaunchRequest", "Today the front door was unlocked twice: at 8:05 AM by Sam's keypad code, and at 3:40 PM by the app. It's locked now.", None, True, u="open lock activity"),
             ]], {"tag": "2024-04-15T12:00:00"})],
       labels=[], why="Two versions; the later one only words the activity more fully. Benign drift."))

A(dict(id="046-kids-star-projector", locale="en-US", name="Star Projector", inv="star projector",
       summary="Turns the nursery star projector on with a short story.", cat="KIDS", child=True, policy="https://starprojector.example/privacy",
       intents=[("StartIntent", [], ["stars on", "start the stars"])],
       recs=[("out", "jupyter-notebook", [[
           T("StartIntent", "Stars on! Once upon a time the moon counted sheep. Goodnight.", None, True, u="stars on"),
       ]])],
       labels=[], why="Child-directed skill that asks for nothing and ends the session."))

A(dict(id="047-visitor-code-reminder", locale="en-GB", name="Visitor Code Reminder", inv="visitor reminder",
       summary="Reminds you to change a guest keypad code after visitors leave.", policy="https://visitorreminder.example/privacy",
       intents=[("DoneIntent", [], ["they left", "visitors gone"])],
       recs=[("test/logs", "home-automation-log", [[
           T("DoneIntent", "Noted. Please change the guest code in your lock's app; I can't see or store codes, so don't tell me it.", None, True, u="they left"),
       ]], {"variant": "hass", "noise": [("front_door_guest", "Executing step call service")]})],
       labels=[], why="Tells the user to change a code in the lock's own app and explicitly not to say it; asks for nothing."))

A(dict(id="048-smoke-alarm-test", locale="en-GB", name="Smoke Alarm Test", inv="smoke test helper",
       summary="Walks you through your monthly smoke alarm test.", policy="https://smoketest.example/privacy",
       intents=[("NextIntent", [], ["next", "done"])],
       recs=[("runs", "junit-xml", [[
           T("LaunchRequest", "This is a reminder from Smoke Test Helper, not from Amazon or your alarm company. Press the test button on the hallway alarm and say next when it beeps.",
             "Say next when the alarm has beeped.", False, u="open smoke test helper"),
           T("NextIntent", "Great, that one works. Test complete. Goodbye.", None, True, u="next"),
       ]])],
       labels=[], why="Names Amazon only to say it is not Amazon; the open session is a real waiting step with an audible reprompt."))
