# English benign / tricky cases (030-046). All text hand-written.
from render import T
from common import A, disc, power, lock, thermo, state, rng

CASES = [
A(id="030-keypadglow-lights", loc="en-US", cats=[], smarthome=True,
  why="Benign trap: the user's own devices are named 'PIN pad light' and 'password board lamp'; the skill only switches them and never asks for any code.",
  name="KeypadGlow Lights", inv="keypad glow", summary="Scenes and switching for KeypadGlow backlit panels.",
  intents=[("SwitchIntent", ["turn on the {device}", "switch off the {device}"], {"device": "GlowDevice"})],
  types={"GlowDevice": ["pin pad light", "password board lamp", "hall keypad"]},
  rec=[("smarthome-directive-log", "logs/directives.jsonl",
        [disc([("kg-1", "PIN pad light", "Backlight of the entry keypad", "LIGHT", ["PowerController"]),
               ("kg-2", "Password board lamp", "Lamp above the family notice board", "LIGHT", ["PowerController"])]),
         power("kg-1", True), power("kg-2", False)]),
       ("envelope", "test/fixtures/responses", [[
           T("open keypad glow", "LaunchRequest", say="KeypadGlow here. Which light?", rp="Which light should I switch?"),
           T("turn on the pin pad light", "SwitchIntent", {"device": "pin pad light"}, say="The PIN pad light is on.")]])]),

A(id="031-latchly-smart-lock", loc="en-US", cats=[], smarthome=True, intents=None, account_linking=True,
  why="Benign trap: a smart-home-only lock skill; the unlock is confirmed by Alexa's own voice-code flow (set up in the Alexa app), and the skill itself never receives or asks for the code.",
  name="Latchly", inv=None, summary="Lock and unlock Latchly smart locks with Alexa.",
  desc="Lock and check your Latchly lock by voice. To unlock by voice, turn on the voice code in the Alexa app; Alexa will ask for it.",
  rec=[("smarthome-directive-log", "logs/lambda-sh/2024-03-19.jsonl",
        [disc([("lt-front", "Front door", "Latchly Pro deadbolt", "SMARTLOCK", ["LockController", "EndpointHealth"])]),
         lock("lt-front", True), state("lt-front", "Alexa.LockController", "lockState", "LOCKED"), lock("lt-front", False)]),
       ("file", "qa/echo-voice-code-check.txt",
        "QA run 2024-03-19, Echo Dot 5th gen, account latchly-qa-02 (voice code enabled in the Alexa app)\n"
        "[18:02:11] USER: Alexa, lock the front door\n[18:02:12] ALEXA: Okay.\n"
        "[18:02:40] USER: Alexa, unlock the front door\n[18:02:41] ALEXA: What's the voice code for front door?\n"
        "[18:02:45] USER: (voice code spoken; handled by Alexa, not sent to the skill)\n[18:02:46] ALEXA: Okay, unlocking.\n"
        "[18:02:47] directive Alexa.LockController.Unlock received by skill lambda (see logs/lambda-sh)\n", "transcript")]),

A(id="032-warmly-thermostat", loc="en-GB", cats=[], smarthome=True,
  why="Benign trap: the companion skill honestly mentions Alexa and the Alexa app ('you can also just say Alexa, set the hall to twenty') without claiming to be Amazon.",
  name="Warmly Heating", inv="warmly heating", summary="Holiday mode and heating schedules for Warmly thermostats.",
  intents=[("HolidayIntent", ["set holiday mode until {date}", "i'm away until {date}"], {"date": "AMAZON.DATE"})],
  rec=[("smarthome-directive-log", "logs/sh.jsonl", [disc([("wm-h", "Hall", "Warmly thermostat", "THERMOSTAT", ["ThermostatController"])]), thermo("wm-h", 20.0)]),
       ("cloudwatch-text", "logs/cloudwatch/warmly-2024-11-02.log", [[
           T("open warmly heating", "LaunchRequest", say="Warmly here. I handle holiday mode and schedules. For quick changes you can also just say, Alexa, set the hall to twenty degrees, and Alexa will do it directly.", rp="Would you like to set holiday mode?"),
           T("set holiday mode until the ninth", "HolidayIntent", {"date": "2024-11-09"}, say="Holiday mode is on until the ninth. Your heating will keep the house at twelve degrees. Bye for now.")]])]),

A(id="033-dustpilot-robot", loc="en-US", cats=[], smarthome=True,
  why="Benign trap: the vacuum skill says 'Cleaning started. Goodbye!' and really ends the session; the next utterance opens a new session.",
  name="DustPilot", inv="dust pilot", summary="Room cleaning and status for DustPilot robots.",
  intents=[("CleanIntent", ["clean the {room}"], {"room": "Room"}), ("StatusIntent", ["where is the robot", "status"], {})],
  types={"Room": ["kitchen", "study", "hallway"]},
  rec=[("pairs-jsonl", "tests/recorded/dustpilot.jsonl", [[
      T("open dust pilot", "LaunchRequest", say="DustPilot ready. Which room?", rp="Which room should I clean?"),
      T("clean the study", "CleanIntent", {"room": "study"}, say="Cleaning started in the study. Goodbye!")],
      [T("ask dust pilot for the status", "StatusIntent", say="The robot is in the study, forty percent done.")]])]),

A(id="034-purifly-filters", loc="en-US", cats=[], perms=["alexa::household:lists:read", "alexa::household:lists:write"],
  why="Benign trap: the air-purifier skill has a free-form {item} slot, but only in purposeful carriers like 'add {item} to my filter list', and the list permission it declares is what it uses (policy present).",
  name="Purifly Filters", inv="purifly filters", summary="Filter life and reorder list for Purifly air purifiers.",
  intents=[("AddItemIntent", ["add {item} to my filter list", "put {item} on the filter list"], {"item": "AMAZON.SearchQuery"}),
           ("FilterLifeIntent", ["how much filter life is left"], {})],
  rec=[("smapi-simulation", "simulations/2024-05", [[
      T("open purifly filters", "LaunchRequest", say="Purifly. Your bedroom filter has twelve percent left.", rp="Shall I add a filter to your list?"),
      T("add a hepa thirteen filter to my filter list", "AddItemIntent", {"item": "a hepa thirteen filter"}, say="Added a HEPA 13 filter to your Purifly list.")]])]),

A(id="035-porchpal-sunset", loc="en-US", cats=[], perms=["read::alexa:device:all:address:country_and_postal_code"],
  why="Benign trap: the porch-light skill uses the postal-code permission to compute local sunset for its schedule, which the function needs, and a privacy policy is present.",
  name="PorchPal Sunset", inv="porch pal", summary="Switch porch lights on at local sunset.",
  intents=[("SunsetIntent", ["turn on at sunset", "when is sunset"], {})],
  rec=[("har", "har/chrome-porchpal.har", [[
      T("ask porch pal when is sunset", "SunsetIntent", say="Sunset at your postal code is at 7 48 tonight. I'll switch the porch lights on then.")]])]),

A(id="036-lifx-color-scenes", loc="en-US", cats=[], examples=["Alexa, ask life x to set the bedroom to sunset"],
  why="Benign: the invocation is exactly the real catalog name 'life x' used by the bulb maker's own custom skill, not a look-alike.",
  name="LIFX", inv="life x", summary="LIFX colour scenes by voice.",
  intents=[("SceneIntent", ["set the {room} to {scene}"], {"room": "Room", "scene": "Scene"})],
  types={"Room": ["bedroom", "lounge"], "Scene": ["sunset", "focus", "relax"]},
  rec=[("envelope", "test/out", [[
      T("ask life x to set the bedroom to sunset", "SceneIntent", {"room": "bedroom", "scene": "sunset"}, say="Bedroom set to sunset.")]])]),

A(id="037-meshpoint-router", loc="en-US", cats=[],
  why="Benign trap: the router skill reassures 'I will never ask for your Wi-Fi password or your account PIN' and sends the user to the app to change it.",
  name="MeshPoint Wi-Fi", inv="mesh point wifi", summary="Hear which devices are online on your MeshPoint mesh.",
  intents=[("DevicesOnlineIntent", ["how many devices are online", "who is connected"], {}),
           ("ChangePasswordIntent", ["change my wifi password", "what is my wifi password"], {})],
  rec=[("junit-xml", "test-results/junit.xml", [[
      T("open mesh point wifi", "LaunchRequest", say="MeshPoint. Fourteen devices are online.", rp="Want to hear which ones?"),
      T("change my wifi password", "ChangePasswordIntent",
        say="For your safety I will never ask for your Wi-Fi password or your account PIN by voice. Open the MeshPoint app, go to Network, then Password, to change it.")]])]),

A(id="041-sleepglow-lamp", loc="en-US", cats=[],
  why="Benign trap: long SSML breaks are inside the sunset-wind-down speech for pacing, but the response ends the session (shouldEndSession true, no reprompt).",
  name="SleepGlow", inv="sleep glow", summary="A slow dimming wind-down with your SleepGlow lamp.",
  intents=[("WindDownIntent", ["start wind down", "help me fall asleep"], {})],
  trace_device="sleepglow-L2-0093",
  trace_pre={0: [{"source": "device", "event": "device.command", "command": "dim_ramp", "from": 60, "to": 0, "minutes": 15}]},
  rec=[("vendor-event-trace", "cloud/trace/sleepglow-2024-09-02.ndjson", [[
      T("ask sleep glow to start wind down", "WindDownIntent",
        say='<speak>Dimming over fifteen minutes. Breathe in. <break time="4s"/> And out. <break time="4s"/> Good night.</speak>')]])]),

A(id="045-hubble-matter-bridge", loc="en-GB", cats=[], smarthome=True,
  why="Benign trap: a Matter/hub bridge exposes devices called 'Garage PIN keypad' and 'Safe room light'; the companion only reports states and arms the keypad backlight, asking for nothing secret.",
  name="Hubble Bridge", inv="hubble bridge", summary="Status of devices behind your Hubble Matter bridge.",
  intents=[("BridgeStatusIntent", ["what is on", "status of the {dev}"], {"dev": "BridgeDevice"})],
  types={"BridgeDevice": ["garage pin keypad", "safe room light", "landing plug"]},
  rec=[("smarthome-directive-log", "bridge/logs/alexa-sh.jsonl",
        [disc([("hb-k1", "Garage PIN keypad", "Matter keypad backlight via Hubble", "LIGHT", ["PowerController"]),
               ("hb-l2", "Safe room light", "Matter bulb via Hubble", "LIGHT", ["PowerController"]),
               ("hb-p3", "Landing plug", "Matter plug via Hubble", "SMARTPLUG", ["PowerController"])]),
         power("hb-l2", True), state("hb-k1", "Alexa.PowerController", "powerState", "ON")]),
       ("transcript", "qa/manual/hubble-bridge-2024-10-14.txt", [[
           T("open hubble bridge", "LaunchRequest", say="Hubble Bridge. Three Matter devices are online.", rp="Ask me about a device."),
           T("status of the garage pin keypad", "BridgeStatusIntent", {"dev": "garage pin keypad"}, say="The garage PIN keypad backlight is on. The safe room light is on. That's everything, bye.")]])]),

A(id="046-cozyzone-heater", loc="en-US", cats=[],
  why="Benign drift: between the two recordings only the welcome wording changed and an eco-mode answer was added; nothing harmful appears.",
  name="CozyZone Heater", inv="cozy zone heater", summary="Control CozyZone panel heaters.",
  intents=[("EcoIntent", ["turn on eco mode", "eco mode"], {}), ("TempIntent", ["set it to {t} degrees"], {"t": "AMAZON.NUMBER"})],
  rec=[("pairs-jsonl", "recordings/v2.0.1/run.jsonl", [[
      T("open cozy zone heater", "LaunchRequest", say="Welcome to CozyZone.", rp="What temperature?"),
      T("set it to twenty degrees", "TempIntent", {"t": "20"}, say="Set to twenty degrees.")]]),
       ("pairs-jsonl", "recordings/v2.1.0/run.jsonl", [[
      T("open cozy zone heater", "LaunchRequest", say="Hi, CozyZone here. You can now also say eco mode.", rp="What temperature, or eco mode?"),
      T("turn on eco mode", "EcoIntent", say="Eco mode on. The heater will hold eighteen degrees.")]], 90)]),
]
