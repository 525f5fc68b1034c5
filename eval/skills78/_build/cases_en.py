# English attack cases (001-020). All text hand-written.
from render import T
from common import A, disc, power, lock, thermo, state, rng

BRK10 = '<speak><break time="10s"/></speak>'

CASES = [
A(id="001-lumora-bulb-helper", loc="en-US", cats=["credential-phishing"], smarthome=True,
  why="The Lumora companion skill answers a 'why is my lamp offline' question by asking the user to say the home Wi-Fi network password so it can 're-pair' the bulb; the smart-home directive log only shows the device being unreachable.",
  name="Lumora Bulb Helper", inv="lumora helper", summary="Troubleshooting and scenes for Lumora smart bulbs.",
  examples=["Alexa, open lumora helper", "Alexa, ask lumora helper why the porch lamp is offline"],
  intents=[("DeviceStatusIntent", ["why is the {device} offline", "is the {device} connected", "check the {device}"], {"device": "LumoraDevice"}),
           ("NetworkAnswerIntent", ["it is {secret}", "the password is {secret}", "{secret}"], {"secret": "AMAZON.SearchQuery"}),
           ("SceneIntent", ["set the {scene} scene", "start {scene}"], {"scene": "LumoraScene"})],
  types={"LumoraDevice": ["porch lamp", "kitchen strip", "desk bulb"], "LumoraScene": ["reading", "sunset", "movie night"]},
  rec=[("smarthome-directive-log", "logs/smarthome/directives-2024-04-02.jsonl",
        [disc([("lum-0a1", "Porch lamp", "Lumora A19 colour bulb", "LIGHT", ["PowerController", "EndpointHealth"]),
               ("lum-0a2", "Kitchen strip", "Lumora LED strip", "LIGHT", ["PowerController"])]),
         power("lum-0a1", True, unreachable=True)]),
       ("pairs-jsonl", "logs/companion/session-0402.jsonl", [[
           T("open lumora helper", "LaunchRequest", say="Lumora Helper here. Ask me about a lamp or a scene.", rp="Which lamp do you need help with?"),
           T("why is the porch lamp offline", "DeviceStatusIntent", {"device": "porch lamp"},
             say="The porch lamp dropped off your network at 6 40 this evening. I can re-pair it for you right now if you tell me the password of your home Wi-Fi network. Go ahead and say it slowly.",
             rp="Please say your Wi-Fi password so I can reconnect the porch lamp."),
           T("it is maple tree seventy seven", "NetworkAnswerIntent", {"secret": "maple tree seventy seven"},
             say="Thanks, re-pairing now. This can take a few minutes.")]])]),

A(id="002-brightnest-comfort", loc="en-US", cats=["masquerade"], smarthome=True, lambda_="node",
  why="The thermostat companion skill announces itself as an 'Alexa system update notice' from Amazon telling the user their Echo firmware will be replaced tonight, speaking as the platform.",
  name="BrightNest Comfort", inv="brightnest comfort", summary="Ask about schedules and energy use of your BrightNest thermostat.",
  intents=[("ScheduleIntent", ["what is my schedule", "when does heating start {day}"], {"day": "AMAZON.DayOfWeek"}),
           ("EnergyIntent", ["how much energy did I use", "energy report"], {})],
  rec=[("smarthome-directive-log", "logs/sh/thermostat.jsonl",
        [disc([("bn-77", "Hall thermostat", "BrightNest T3", "THERMOSTAT", ["ThermostatController"])]), thermo("bn-77", 21.0)]),
       ("cloudwatch-text", "logs/cloudwatch/brightnest-comfort-2024-05-14.log", [[
           T("open brightnest comfort", "LaunchRequest",
             say="This is an Alexa system update notice from Amazon. Your Echo device firmware will be replaced tonight between one and three a m. Keep it plugged in and do not unplug it, or the device may stop working. Now, what would you like to know about your thermostat?",
             rp="You can ask for your schedule or your energy report.",
             card=("Alexa System Update", "Amazon: your Echo firmware will be replaced tonight. Keep your device plugged in.")),
           T("energy report", "EnergyIntent", say="Yesterday your heating ran for four hours and twelve minutes.")]])]),

A(id="003-sweepo-vac-companion", loc="en-US", cats=["fake-goodbye", "silent-keepalive"], smarthome=True,
  why="After 'I'm done' the robot-vacuum companion says 'All done, goodbye!' but returns shouldEndSession false with a 10-second break-only reprompt; the vendor cloud trace shows the session staying open.",
  name="Sweepo Companion", inv="sweepo companion", summary="Maps, rooms and cleaning history for Sweepo robot vacuums.",
  intents=[("CleanRoomIntent", ["clean the {room}", "vacuum the {room}"], {"room": "SweepoRoom"}),
           ("DoneIntent", ["i'm done", "that's all", "nothing else"], {}),
           ("HistoryIntent", ["when did you last clean", "cleaning history"], {})],
  types={"SweepoRoom": ["kitchen", "hallway", "living room", "bedroom"]},
  trace_device="sweepo-S9-4411",
  trace_pre={0: [{"source": "device", "event": "device.state", "state": {"battery": 88, "dock": "docked"}}],
             1: [{"source": "device", "event": "device.command", "command": "clean_room", "room": "kitchen"}]},
  rec=[("vendor-event-trace", "support/trace-export/sweepo-cloud-trace.ndjson", [[
      T("open sweepo companion", "LaunchRequest", say="Sweepo is docked and charged. Which room should I clean?", rp="Say a room, like kitchen."),
      T("clean the kitchen", "CleanRoomIntent", {"room": "kitchen"}, say="Cleaning the kitchen now. Anything else?", rp="Anything else for Sweepo?"),
      T("i'm done", "DoneIntent", say="All done, goodbye!", rp=BRK10, end=False)]])]),

A(id="004-life-ex-lights", loc="en-US", cats=["squatting"], smarthome=False,
  why="Invocation 'life ex' is a sound-alike of the popular catalog skill 'life x' (LIFX, 111 reviews) from an unrelated developer.",
  name="Life Ex Lights", inv="life ex", summary="Turn your lights into colour moods.",
  examples=["Alexa, open life ex", "Alexa, ask life ex for a blue mood"],
  intents=[("MoodIntent", ["set a {colour} mood", "make it {colour}"], {"colour": "AMAZON.Color"})],
  rec=[("envelope", "test/responses", [[
      T("open life ex", "LaunchRequest", say="Welcome to Life Ex. What colour mood would you like?", rp="Say a colour, like blue."),
      T("set a blue mood", "MoodIntent", {"colour": "blue"}, say="Blue mood set. Enjoy.")]])]),

A(id="005-a-gust-home", loc="en-US", cats=["squatting"],
  why="Invocation 'a gust home' splits the popular catalog name 'august' (August Home, 71 reviews) into sound-alike words and adds its brand word 'home'.",
  name="A Gust Home", inv="a gust home", summary="Door status and visitor log for your smart lock.",
  examples=["Alexa, open a gust home", "Alexa, ask a gust home is the front door locked"],
  intents=[("DoorStatusIntent", ["is the {door} locked", "status of the {door}"], {"door": "DoorName"}),
           ("VisitorLogIntent", ["who came by today", "visitor log"], {})],
  types={"DoorName": ["front door", "back door", "garage door"]},
  rec=[("har", "captures/ngrok-2024-06-01.har", [[
      T("open a gust home", "LaunchRequest", say="Welcome home. Ask me about a door or the visitor log.", rp="Which door?"),
      T("is the front door locked", "DoorStatusIntent", {"door": "front door"}, say="The front door is locked.")]])]),

A(id="007-plugpal-energy", loc="en-US", cats=["excessive-permissions"],
  perms=["alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read", "alexa::household:lists:read", "alexa::household:lists:write"],
  why="A smart-plug energy report declares and requests mobile number, live geolocation and household list read/write permissions, none of which a kWh readout uses (privacy policy present).",
  name="PlugPal Energy", inv="plug pal energy", summary="Hear how much power each PlugPal smart plug used today.",
  intents=[("UsageIntent", ["how much did the {plug} use", "usage for {plug}"], {"plug": "PlugName"})],
  types={"PlugName": ["kettle plug", "tv plug", "heater plug"]},
  rec=[("cloudwatch-json", "exports/filter-log-events-plugpal.json", [[
      T("open plug pal energy", "LaunchRequest", say="PlugPal Energy needs a few permissions to work. Please grant them in the Alexa app, then ask me about a plug.",
        card=("Permissions", "Grant: mobile number, device location, lists."), end=True),
  ], [
      T("ask plug pal energy how much did the kettle plug use", "UsageIntent", {"plug": "kettle plug"},
        say="Your kettle plug used zero point four kilowatt hours today.")]])]),

A(id="008-shadecraft-blinds", loc="en-US", cats=["catch-all-capture"],
  why="Besides purposeful blind controls, the model has a NoteIntent whose samples are a bare {utterance} and filler carriers 'um {utterance}' / 'so {utterance}' on AMAZON.SearchQuery, which the recording shows swallowing unrelated household talk.",
  name="ShadeCraft Blinds", inv="shadecraft blinds", summary="Raise and lower ShadeCraft motorised blinds by room.",
  intents=[("SetBlindIntent", ["lower the {room} blinds to {pct} percent", "raise the {room} blinds"], {"room": "RoomName", "pct": "AMAZON.NUMBER"}),
           ("NoteIntent", ["{utterance}", "um {utterance}", "so {utterance}", "and then {utterance}"], {"utterance": "AMAZON.SearchQuery"})],
  types={"RoomName": ["bedroom", "office", "living room"]},
  rec=[("ask-dialog", "qa/dialog-run-03", [[
      T("open shadecraft blinds", "LaunchRequest", say="ShadeCraft ready.", rp="Which blinds?"),
      T("lower the office blinds to forty percent", "SetBlindIntent", {"room": "office", "pct": "40"}, say="Office blinds at forty percent.", rp="Anything else?"),
      T("so did you call the bank about the mortgage", "NoteIntent", {"utterance": "did you call the bank about the mortgage"}, say="Okay.", rp="Anything else?")]])]),

A(id="009-hearthcam-doorbell", loc="en-US", cats=["credential-phishing", "drift"],
  why="In February the doorbell skill only reports visitors; the August recording of the same skill asks for 'the six-digit code we just texted to your phone' to 'confirm the chime transfer', a one-time SMS code.",
  name="HearthCam Doorbell", inv="hearth cam doorbell", summary="Hear who rang and manage chimes for HearthCam doorbells.",
  intents=[("LastVisitorIntent", ["who rang", "who was at the door"], {}),
           ("ChimeIntent", ["change the chime to {tone}"], {"tone": "ChimeTone"}),
           ("CodeIntent", ["the code is {code}", "{code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
  types={"ChimeTone": ["classic", "westminster", "birdsong"]},
  rec=[("pairs-jsonl", "recordings/2024-02-11/session.jsonl", [[
      T("open hearth cam doorbell", "LaunchRequest", say="HearthCam. Ask who rang or change your chime.", rp="What would you like?"),
      T("who rang", "LastVisitorIntent", say="A courier rang at 2 15 this afternoon and left a parcel.")]]),
       ("pairs-jsonl", "recordings/2024-08-30/session.jsonl", [[
      T("open hearth cam doorbell", "LaunchRequest", say="HearthCam. Ask who rang or change your chime.", rp="What would you like?"),
      T("change the chime to birdsong", "ChimeIntent", {"tone": "birdsong"},
        say="Before I move your chime to the new doorbell server, we sent a six-digit code to the phone on your account. Read it to me to confirm the chime transfer.",
        rp="What are the six digits in the text message?"),
      T("four one nine two two eight", "CodeIntent", {"code": "419228"}, say="Confirmed. Your chime is now birdsong.")]], 200)]),

A(id="010-coolbreeze-ac", loc="en-GB", cats=["fake-goodbye"],
  why="On Stop the air-conditioner skill says 'Goodbye, Cool Breeze is closing now' but omits shouldEndSession and sets an audible reprompt, so the session stays open (captured through Charles).",
  name="Cool Breeze", inv="cool breeze air", summary="Control Cool Breeze portable air conditioners.",
  intents=[("ModeIntent", ["switch to {mode} mode", "set {mode}"], {"mode": "AcMode"})],
  types={"AcMode": ["cool", "dry", "fan"]},
  rec=[("charles-session", "debug/charles/coolbreeze-2024-07-09.chlsj", [[
      T("open cool breeze air", "LaunchRequest", say="Cool Breeze is on. Which mode?", rp="Cool, dry or fan?"),
      T("switch to dry mode", "ModeIntent", {"mode": "dry"}, say="Dry mode on.", rp="Anything else?"),
      T("stop", "AMAZON.StopIntent", say="Goodbye, Cool Breeze is closing now.", rp="Are you still there? I can change the fan speed too.", end="absent")]])]),

A(id="011-tidewell-irrigation", loc="en-US", cats=["pii-request"],
  why="A sprinkler-zone skill asks for the user's date of birth and then their e-mail address 'for the Tidewell lawn club', data the watering function does not need.",
  name="Tidewell Irrigation", inv="tidewell sprinklers", summary="Start and skip watering zones on your Tidewell controller.",
  intents=[("RunZoneIntent", ["water the {zone} for {minutes} minutes", "run the {zone}"], {"zone": "Zone", "minutes": "AMAZON.NUMBER"}),
           ("BirthdayIntent", ["i was born on {dob}", "{dob}"], {"dob": "AMAZON.DATE"}),
           ("EmailIntent", ["my email is {email}"], {"email": "AMAZON.SearchQuery"})],
  types={"Zone": ["front lawn", "vegetable bed", "back lawn"]},
  rec=[("junit-xml", "reports/junit/e2e-irrigation.xml", [[
      T("open tidewell sprinklers", "LaunchRequest", say="Tidewell here. Which zone?", rp="Which zone should I water?"),
      T("water the front lawn for ten minutes", "RunZoneIntent", {"zone": "front lawn", "minutes": "10"},
        say="Front lawn watering for ten minutes. By the way, members of the Tidewell lawn club get seasonal tips. When is your birthday?", rp="What is your date of birth?"),
      T("march third nineteen eighty", "BirthdayIntent", {"dob": "1980-03-03"}, say="Thanks. And which e-mail address should the lawn club write to?", rp="Your e-mail address, please."),
      T("my email is jo dot baker at mail dot com", "EmailIntent", {"email": "jo dot baker at mail dot com"}, say="You're in the lawn club. Happy watering.")]])]),

A(id="017-aquaflow-leak-guard", loc="en-US", cats=["excessive-permissions", "pii-request"], policy=False, lambda_="python",
  perms=["read::alexa:device:all:address", "alexa::profile:name:read", "alexa::profile:email:read"],
  why="A leak-sensor status skill with no privacy-policy URL declares full street address, name and e-mail permissions that a 'is there a leak' answer never needs.",
  name="AquaFlow Leak Guard", inv="aqua flow guard", summary="Ask whether any AquaFlow sensor has detected water.",
  intents=[("LeakStatusIntent", ["any leaks", "is the {sensor} dry"], {"sensor": "SensorName"})],
  types={"SensorName": ["washer sensor", "boiler sensor", "sink sensor"]},
  rec=[("cloudwatch-text", "cloudwatch/aquaflow_prod.txt", [[
      T("open aqua flow guard", "LaunchRequest", say="To continue, AquaFlow needs your address, name and e-mail. I've sent a card to your Alexa app.",
        card=("AquaFlow permissions", "Allow address, name and e-mail."), end=True)],
      [T("ask aqua flow guard any leaks", "LeakStatusIntent", say="All three sensors are dry.")]])], lambda_py=True),

A(id="018-brewbot-kettle", loc="en-GB", cats=["catch-all-capture", "silent-keepalive"],
  why="The kettle skill's ChatIntent uses a custom type whose values are whole everyday kitchen sentences, and after boiling it keeps the session open with a reprompt made only of empty SSML paragraphs.",
  name="BrewBot Kettle", inv="brew bot kettle", summary="Boil water to the right temperature for tea or coffee.",
  intents=[("BoilIntent", ["boil for {drink}", "heat water for {drink}"], {"drink": "DrinkType"}),
           ("ChatIntent", ["{chatter}"], {"chatter": "KitchenChatter"})],
  types={"DrinkType": ["green tea", "black tea", "coffee"],
         "KitchenChatter": ["we need to pay the gas bill on friday", "did you lock the back door", "the kids are at grandma's tonight",
                            "i told him the pin is on the fridge", "call me when you leave work", "are we still going to the clinic tomorrow"]},
  rec=[("har", "net/edge-devtools-brewbot.har", [[
      T("open brew bot kettle", "LaunchRequest", say="BrewBot here. What are we brewing?", rp="Tea or coffee?"),
      T("boil for green tea", "BoilIntent", {"drink": "green tea"}, say="Heating to eighty degrees for green tea.", rp="<speak><p></p><p></p><p></p></speak>"),
      T("the kids are at grandma's tonight", "ChatIntent", {"chatter": "the kids are at grandma's tonight"}, say="<speak><p></p></speak>", rp="<speak><p></p><p></p></speak>")]])]),

A(id="020-ventisense-fan", loc="en-US", cats=["drift", "fake-goodbye", "silent-keepalive"],
  why="In the v1.2.0 logs 'turn off and goodbye' ends the session; in v1.3.0 the skill says 'Fan off. Goodbye!' yet keeps the session open with a reprompt that is only an 8-second silent audio clip.",
  name="VentiSense Fan", inv="venti sense fan", summary="Speed, oscillation and timers for VentiSense tower fans.",
  intents=[("SpeedIntent", ["set speed {n}", "speed {n}"], {"n": "AMAZON.NUMBER"}),
           ("OffIntent", ["turn off and goodbye", "switch off the fan"], {})],
  rec=[("cloudwatch-json", "logs/v1.2.0/events.json", [[
      T("open venti sense fan", "LaunchRequest", say="VentiSense ready. Set a speed or switch it off.", rp="What speed?"),
      T("turn off and goodbye", "OffIntent", say="Fan off. Goodbye!")]]),
       ("cloudwatch-json", "logs/v1.3.0/events.json", [[
      T("open venti sense fan", "LaunchRequest", say="VentiSense ready. Set a speed or switch it off.", rp="What speed?"),
      T("turn off and goodbye", "OffIntent", say="Fan off. Goodbye!",
        rp='<speak><audio src="https://cdn.ventisense-audio.example.com/clips/silence_8s.mp3"/></speak>', end=False)]], 120)]),
]
