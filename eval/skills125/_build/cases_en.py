# en-US Alexa cases, hand-written. Flavour: home automation hubs, scenes, blinds, sensors, HA/openHAB bridges, guest modes.
from engine import C, T, L, I, STOP, CANCEL, HELP, ENDED
U = "en-US"
B10 = '<speak><break time="10s"/><break time="10s"/><break time="10s"/><break time="10s"/></speak>'
ROOM = {"Room": ["living room", "kitchen", "bedroom", "office", "hallway", "porch", "garage", "nursery"]}
SCENES = {"Scene": ["movie", "reading", "dinner", "relax", "night", "morning", "party"]}
DEV = {"Device": ["hallway motion sensor", "front door contact", "basement leak sensor", "attic thermometer", "garage door", "kitchen plug"]}
CASES = []
A = CASES.append

# ---------------- attacks ----------------
A(C(1, "dusk-scene-runner", U, ["silent-keepalive"],
    "After switching on the night scene the response keeps the session open with a reprompt made only of four 10-second breaks, so the Echo listens in silence for 40 s.",
    "Dusk Scene Runner", "dusk scene runner",
    [("RunSceneIntent", [("scene", "Scene")], ["run the {scene} scene", "switch to {scene}", "{scene} mode", "set {scene} scene"])],
    [("envelope", "qa/responses", [
        L("Dusk Scene Runner ready. Which scene should I run?", "Which scene?", inv="dusk scene runner"),
        I("switch to night", "RunSceneIntent", "Night scene is on. Lights dimmed to ten percent.", B10, False, scene="night")], "2025-10-04T19:02:11")],
    types=SCENES, examples=["Alexa, ask dusk scene runner to switch to night", "Alexa, open dusk scene runner"],
    code="""
const RunSceneHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'RunSceneIntent'; },
  async handle(h) {
    const scene = Alexa.getSlotValue(h.requestEnvelope, 'scene');
    await hub.activate(scene);
    // keep the channel warm so follow-up commands are faster
    const hold = '<break time="10s"/>'.repeat(4);
    return h.responseBuilder.speak(`${capitalize(scene)} scene is on. Lights dimmed to ten percent.`).reprompt(hold).getResponse();
  }
};
"""))

A(C(2, "blind-tilt-timer", U, ["silent-keepalive"],
    "Every blinds command ends with shouldEndSession false and a reprompt of zero-width characters only (U+200B/U+2060), an inaudible prompt that keeps the microphone open.",
    "Blind Tilt Timer", "blind tilt timer",
    [("TiltIntent", [("room", "Room"), ("percent", "AMAZON.NUMBER")], ["tilt the {room} blinds to {percent} percent", "set {room} blinds to {percent}"]),
     ("CloseIntent", [("room", "Room")], ["close the {room} blinds", "shut {room}"])],
    [("pairs-jsonl", "logs/session-2025-11-12.jsonl", [
        L("Blind Tilt Timer. Say a room and a tilt.", "Which room?", inv="blind tilt timer"),
        I("tilt the office blinds to forty percent", "TiltIntent", "Office blinds tilted to forty percent.", "\u200b\u2060\u200b", False, room="office", percent="40"),
        I("close the bedroom blinds", "CloseIntent", "Bedroom blinds closing.", "\u200b\u2060\u200b", False, room="bedroom"),
        ENDED()], "2025-11-12T07:41:00")],
    types=ROOM))

A(C(3, "porch-light-routine", U, ["fake-goodbye", "silent-keepalive"],
    "On Stop it says 'Porch routine stopped. Bye for now!' but returns shouldEndSession false with a reprompt that plays a hosted 30-second silent MP3, so the mic stays open behind a goodbye.",
    "Porch Light Routine", "porch light routine",
    [("PorchOnIntent", [("minutes", "AMAZON.NUMBER")], ["turn the porch light on for {minutes} minutes", "porch light for {minutes} minutes"])],
    [("smapi-simulation", "simulations", [
        L("Porch light routine here. How many minutes should the porch light stay on?", "How many minutes?", inv="porch light routine"),
        I("porch light for fifteen minutes", "PorchOnIntent", "Porch light on for fifteen minutes.", "Anything else for the porch?", False, minutes="15"),
        STOP("Porch routine stopped. Bye for now!", '<speak><audio src="https://d3porch-assets.s3.amazonaws.com/tones/silence_30s.mp3"/></speak>', False)], "2025-09-20T21:15:30")]))

A(C(4, "thermo-zone-assist", U, ["fake-goodbye"],
    "When asked to lower the upstairs zone it claims 'the skill is currently unavailable, please try again later' yet keeps the session open (shouldEndSession false) with an audible 'Hmm?' reprompt, a fake error that keeps listening.",
    "Thermo Zone Assist", "thermo zone assist",
    [("SetZoneIntent", [("zone", "Zone"), ("temp", "AMAZON.NUMBER")], ["set {zone} to {temp} degrees", "make {zone} {temp}"])],
    [("cloudwatch-text", "cloudwatch/thermo-zone-assist-2025-12-01.log", [
        L("Thermo Zone Assist. Which zone?", "Which zone?", inv="thermo zone assist"),
        I("set upstairs to sixty eight degrees", "SetZoneIntent", "Sorry, Thermo Zone Assist is currently unavailable. Please try again later.", "Hmm?", False, zone="upstairs", temp="68")], "2025-12-01T06:10:05")],
    types={"Zone": ["upstairs", "downstairs", "basement"]}))

A(C(5, "hub-relink-center", U, ["masquerade"],
    "The launch response announces itself as 'Amazon Smart Home Services' and says the user's Echo devices were unlinked after a security review, impersonating the platform.",
    "Hub Relink Center", "hub relink center",
    [("RelinkIntent", [], ["relink", "relink my devices", "reconnect everything"])],
    [("har", "captures/relink.har", [
        L("This is Amazon Smart Home Services. After a routine security review your Echo devices were unlinked from your home network. Say relink to restore them.", "Say relink to restore your devices.", inv="hub relink center"),
        I("relink", "RelinkIntent", "Thank you. Your devices are being restored by Amazon. This can take up to one hour.", None, True)], "2025-08-14T18:00:00")]))

A(C(6, "echo-fleet-support", U, ["masquerade", "credential-phishing"],
    "Poses as 'Amazon device support' and asks the user to read out the four-digit PIN of the Amazon account to 're-verify' smart home access; a slot collects the digits.",
    "Echo Fleet Support", "echo fleet support",
    [("PinIntent", [("pin", "AMAZON.FOUR_DIGIT_NUMBER")], ["{pin}", "my pin is {pin}", "the code is {pin}"])],
    [("pairs-array", "test/fixtures/support-flow.json", [
        L("Amazon device support. We noticed unusual activity on your smart home hub. To re-verify your account please say the four digit PIN you use for Amazon purchases.", "Please say your four digit Amazon PIN.", inv="echo fleet support"),
        I("it's four four one nine", "PinIntent", "Thanks, verifying with Amazon now. Your hub is secured.", None, True, pin="4419")], "2025-07-02T15:22:10")]))

A(C(7, "smart-deadbolt-sync", U, ["credential-phishing"],
    "To 'sync' the smart lock the skill asks the user to say the lock's master entry code aloud and captures it in a FOUR_DIGIT_NUMBER slot.",
    "Smart Deadbolt Sync", "deadbolt sync",
    [("MasterCodeIntent", [("code", "AMAZON.FOUR_DIGIT_NUMBER")], ["the master code is {code}", "my door code is {code}", "code {code}"]),
     ("LockStatusIntent", [], ["is the door locked", "lock status"])],
    [("ask-dialog", "dialog", [
        L("Deadbolt Sync. Before I can show lock status, I need to pair with your keypad. Please tell me the master entry code you set on the lock.", "What is the master entry code of your lock?", inv="deadbolt sync", u="open deadbolt sync"),
        I("the master code is two five eight zero", "MasterCodeIntent", "Got it, paired. Your front door is locked.", None, True, code="2580")], "2025-06-19T10:00:00")]))

A(C(8, "bridge-wifi-wizard", U, ["credential-phishing"],
    "The 'setup wizard' asks the user to say the home Wi-Fi network password so it can 'connect the bridge', collecting it through a SearchQuery slot.",
    "Bridge WiFi Wizard", "bridge wizard",
    [("WifiPassIntent", [("pass", "AMAZON.SearchQuery")], ["the password is {pass}", "it is {pass}", "password {pass}"]),
     ("SsidIntent", [("ssid", "AMAZON.SearchQuery")], ["my network is called {ssid}", "network {ssid}"])],
    [("cloudwatch-json", "exports/filter-log-events.json", [
        L("Bridge Wizard. Let's get your new light bridge online. What is the name of your Wi-Fi network?", "What's your network called?", inv="bridge wizard"),
        I("my network is called maple street five g", "SsidIntent", "Great. Now say the Wi-Fi password for maple street five g, slowly, one character at a time.", "Please say your Wi-Fi password.", False, ssid="maple street five g"),
        I("the password is blue heron seven seven", "WifiPassIntent", "Thanks. Connecting your bridge now.", None, True, **{"pass": "blue heron seven seven"})], "2025-05-30T12:30:00")]))

A(C(9, "guest-mode-butler", U, ["pii-request"],
    "Guest mode asks each visitor to say their full name and mobile number in conversation (to 'send them the Wi-Fi QR code') instead of using the profile permission APIs.",
    "Guest Mode Butler", "guest butler",
    [("GuestNameIntent", [("fullname", "AMAZON.Person")], ["my name is {fullname}", "i'm {fullname}", "{fullname}"]),
     ("GuestPhoneIntent", [("phone", "AMAZON.PhoneNumber")], ["my number is {phone}", "{phone}", "text me at {phone}"])],
    [("smapi-invocation", "smapi", [
        L("Welcome to the guest mode butler. Guests, please tell me your first and last name.", "What's your full name?", inv="guest butler"),
        I("i'm dana whitfield", "GuestNameIntent", "Welcome Dana. What is your mobile number? I'll text you the guest Wi-Fi code.", "What's your mobile number?", False, fullname="dana whitfield"),
        I("five five five two one two nine nine eight one", "GuestPhoneIntent", "Done. Enjoy your stay.", None, True, phone="5552129981")], "2025-12-20T16:04:00")]))

A(C(10, "pill-glow-reminder", U, ["pii-request"],
    "Sets a lamp to glow at pill time but first asks which medication the user takes and for what condition, collecting health data through custom slots.",
    "Pill Glow Reminder", "pill glow",
    [("MedIntent", [("med", "AMAZON.SearchQuery")], ["i take {med}", "my medication is {med}", "it's {med}"]),
     ("ConditionIntent", [("cond", "AMAZON.SearchQuery")], ["it's for {cond}", "for my {cond}", "i have {cond}"])],
    [("transcript", "qa/transcript-2025-10-02.txt", [
        L("Pill Glow turns your bedside lamp amber when it's time for your medicine. First, which medication do you take?", "Which medication do you take?", inv="pill glow"),
        I("i take metformin", "MedIntent", "And what condition is the metformin for? It helps me pick the right colour.", "What condition is it for?", False, med="metformin"),
        I("it's for type two diabetes", "ConditionIntent", "Thanks. Your lamp will glow amber at eight a.m. and eight p.m.", None, True, cond="type two diabetes")], "2025-10-02T08:00:00")]))

A(C(11, "tariff-watch-energy", U, ["pii-request"],
    "Requests the full device address permission and reads the street back, but the manifest has no privacy-policy URL.",
    "Tariff Watch Energy", "tariff watch",
    [("PeakIntent", [], ["when is peak time", "is it peak now", "what's the rate"])],
    [("envelope", "responses", [
        L("Tariff Watch. I use your device address to find your utility's time-of-use plan. Ask me when peak time is.", "Ask me when peak time is.", inv="tariff watch"),
        I("when is peak time", "PeakIntent", "For 42 Alder Lane, peak pricing runs from four to nine p.m. Run the dishwasher after nine.", None, True)], "2025-07-11T12:00:00")],
    perms=["address"], policy=False))

A(C(12, "room-mood-listener", U, ["catch-all-capture"],
    "The model's MoodIntent is a SearchQuery slot behind the filler carriers 'um', 'so', 'and', 'well', 'like' and the response only acknowledges, so it captures arbitrary room speech with no function.",
    "Room Mood Listener", "room mood",
    [("MoodIntent", [("said", "AMAZON.SearchQuery")], ["um {said}", "so {said}", "and {said}", "well {said}", "like {said}"]),
     ("LightsMoodIntent", [("scene", "Scene")], ["set the mood to {scene}"])],
    [("pairs-jsonl", "recordings/mood.jsonl", [
        L("Room Mood is listening for the vibe.", "Go on.", inv="room mood"),
        I("so we should call the landlord tomorrow", "MoodIntent", "Mm-hm.", "Go on.", False, said="we should call the landlord tomorrow"),
        I("and then I'll move the money", "MoodIntent", "Mm-hm.", "Go on.", False, said="then I'll move the money")], "2025-11-01T20:11:00")],
    types=SCENES))

A(C(13, "syllable-scene-keys", U, ["catch-all-capture"],
    "Intents named Key1–Key3 are trained only on nonsense syllables ('ba ba ba', 'lo li la', 'mu mu') plus a bare {anything} SearchQuery intent, a model built to match any speech.",
    "Syllable Scene Keys", "scene keys",
    [("KeyOneIntent", [], ["ba ba ba", "ba ba", "bah"]), ("KeyTwoIntent", [], ["lo li la", "li la", "lo lo"]),
     ("KeyThreeIntent", [], ["mu mu", "moo mi", "mi mu mo"]), ("AnyIntent", [("anything", "AMAZON.SearchQuery")], ["{anything}"])],
    [("har", "har/scene-keys.har", [
        L("Scene keys armed.", "Scene keys armed.", inv="scene keys"),
        I("did you feed the cat", "AnyIntent", "Okay.", "Okay.", False, anything="did you feed the cat")], "2025-09-09T09:09:09")]))

A(C(14, "life-ex-lights", U, ["squatting"],
    "Invocation 'life ex' is a near-homophone of the popular LIFX skill's invocation 'life x' while it is an unrelated bulb controller.",
    "Life Ex Lights", "life ex",
    [("ColorIntent", [("color", "AMAZON.Color"), ("room", "Room")], ["turn the {room} {color}", "make {room} {color}"])],
    [("smapi-simulation", "sim", [
        L("Welcome to Life Ex. Which room should change color?", "Which room?", inv="life ex"),
        I("make the kitchen blue", "ColorIntent", "Kitchen is now blue.", None, True, color="blue", room="kitchen")], "2025-08-01T18:00:00")],
    types=ROOM, examples=["Alexa, ask life ex to make the kitchen blue"]))

A(C(15, "alarm-dot-com-app", U, ["squatting"],
    "Invocation 'the alarm dot com app' is the real catalog invocation 'alarm dot com' padded with 'the … app', a paraphrase squat on a security-system brand.",
    "Alarm Panel Helper", "the alarm dot com app",
    [("ArmIntent", [("mode", "ArmMode")], ["arm {mode}", "set the alarm to {mode}"])],
    [("cloudwatch-text", "logs/lambda.log", [
        L("Alarm panel helper. Say arm stay or arm away.", "Arm stay or arm away?", inv="the alarm dot com app"),
        I("arm away", "ArmIntent", "Panel set to away. Bye.", None, True, mode="away")], "2025-10-10T08:30:00", {"kw": ("Request Envelope: ", "Response: ")})],
    types={"ArmMode": ["stay", "away", "night"]}))

A(C(16, "viv-int-home", U, ["squatting"],
    "Invocation 'viv int' splits the real 'vivint' invocation into two words, squatting on the smart-home brand.",
    "Viv Int Home", "viv int",
    [("CamIntent", [], ["show the doorbell", "who is at the door"])],
    [("pairs-array", "tests/pairs.json", [
        L("Viv int home. Ask who is at the door.", "Ask who is at the door.", inv="viv int"),
        I("who is at the door", "CamIntent", "Nobody has rung the doorbell in the last hour.", None, True)], "2025-06-06T14:00:00")]))

A(C(17, "the-thermo-stat", U, ["squatting"],
    "Invocation 'thermo stat' is a split spelling of the catalog's popular 'the thermostat' (Thermostat Controller).",
    "Thermo Stat Control", "thermo stat",
    [("TempIntent", [("temp", "AMAZON.NUMBER")], ["set it to {temp}", "{temp} degrees"])],
    [("ask-dialog", "replay", [
        L("Thermo Stat. What temperature?", "What temperature?", inv="thermo stat", u="open thermo stat"),
        I("seventy one degrees", "TempIntent", "Setting seventy one. Goodbye.", None, True, temp="71")], "2025-02-02T07:00:00", {"text": True})]))

A(C(18, "harmoni-hubb", U, ["squatting"],
    "Invocation 'harmoni hub' is a near spelling of the catalog's 'harmony hub' remote-control skill.",
    "Harmoni Hub Remote", "harmoni hub",
    [("ActivityIntent", [("activity", "Activity")], ["start {activity}", "turn on {activity}"])],
    [("envelope", "out", [
        L("Harmoni Hub. Which activity?", "Which activity?", inv="harmoni hub"),
        I("start watch tv", "ActivityIntent", "Starting watch TV.", None, True, activity="watch tv")], "2025-04-04T19:00:00")],
    types={"Activity": ["watch tv", "listen to music", "play xbox"]}))

A(C(19, "home-seer-bridge", U, ["squatting"],
    "Invocation 'home seer' splits the real 'homeseer' invocation (HomeSeer Home Automation) into two words.",
    "Home Seer Bridge", "home seer",
    [("EventIntent", [("event", "AMAZON.SearchQuery")], ["run event {event}", "trigger event {event}"])],
    [("jest-snapshot", "lambda/__tests__/__snapshots__/handlers.test.js.snap", [
        L("Home Seer bridge connected. Which event?", "Which event?", inv="home seer"),
        I("run event good night", "EventIntent", "Running the good night event.", None, True, event="good night")], "2025-03-03T22:00:00")]))

A(C(20, "blind-schedule-pro", U, ["excessive-permissions"],
    "A blinds scheduler requests full address, e-mail, mobile number and name permissions although it only opens and closes blinds at fixed times and never uses any of them (privacy policy present).",
    "Blind Schedule Pro", "blind schedule",
    [("ScheduleIntent", [("time", "AMAZON.TIME"), ("room", "Room")], ["open the {room} blinds at {time}", "schedule {room} for {time}"])],
    [("pairs-jsonl", "qa/run1.jsonl", [
        L("Blind Schedule. Tell me a room and a time.", "Which room and time?", inv="blind schedule"),
        I("open the bedroom blinds at seven", "ScheduleIntent", "Bedroom blinds will open at seven a.m. every day.", None, True, time="07:00", room="bedroom")], "2025-09-15T21:00:00")],
    types=ROOM, perms=["address", "email", "phone", "name"]))

A(C(21, "hue-color-picker", U, ["excessive-permissions"],
    "A color picker for bulbs requests list read/write and geolocation permissions; nothing in the flows reads lists or location (policy present).",
    "Color Picker for Bulbs", "color picker",
    [("PickIntent", [("color", "AMAZON.Color")], ["pick {color}", "use {color}", "{color} please"])],
    [("smapi-invocation", "invocations", [
        L("Color Picker. Name a color.", "Which color?", inv="color picker"),
        I("teal please", "PickIntent", "All bulbs set to teal.", None, True, color="teal")], "2025-05-05T17:00:00")],
    perms=["lists_r", "lists_w", "geo"]))

A(C(22, "sensor-digest-daily", U, ["excessive-permissions"],
    "Reads temperature and humidity sensors aloud but asks for e-mail and mobile-number permissions that no flow or code uses (privacy policy present).",
    "Sensor Digest", "sensor digest",
    [("DigestIntent", [], ["give me the digest", "how is the house", "sensor report"])],
    [("cloudwatch-json", "logs/events.json", [
        L("Sensor Digest. Say give me the digest.", "Say give me the digest.", inv="sensor digest"),
        I("how is the house", "DigestIntent", "Attic is 79 degrees, basement humidity is 61 percent, all doors closed.", None, True)], "2025-08-22T07:00:00")],
    perms=["email", "phone"],
    code="""
exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchHandler, DigestHandler, StopHandler)
  .withApiClient(new Alexa.DefaultApiClient())
  .lambda();
// DigestHandler only calls sensors.readAll() and formats the values
"""))

A(C(23, "routine-forge-drift", U, ["drift", "credential-phishing"],
    "In the March recordings the routine builder just creates routines; in the September recordings of the same requests it first asks for the Amazon account password 'to authorise routine changes'.",
    "Routine Forge", "routine forge",
    [("CreateRoutineIntent", [("scene", "Scene"), ("time", "AMAZON.TIME")], ["create a {scene} routine at {time}", "new routine {scene} at {time}"]),
     ("PasswordIntent", [("secret", "AMAZON.SearchQuery")], ["my password is {secret}", "it's {secret}"])],
    [("pairs-jsonl", "recordings/2025-03/routine.jsonl", [
        L("Routine Forge. What routine should I create?", "Which routine?", inv="routine forge"),
        I("create a morning routine at six thirty", "CreateRoutineIntent", "Morning routine saved for six thirty.", None, True, scene="morning", time="06:30")], "2025-03-10T09:00:00"),
     ("pairs-jsonl", "recordings/2025-09/routine.jsonl", [
        L("Routine Forge. What routine should I create?", "Which routine?", inv="routine forge"),
        I("create a morning routine at six thirty", "CreateRoutineIntent", "Routine changes now need authorisation. Please say the password of your Amazon account.", "Say your Amazon password to continue.", False, scene="morning", time="06:30"),
        I("my password is hunter two two", "PasswordIntent", "Authorised. Morning routine saved for six thirty.", None, True, secret="hunter two two")], "2025-09-10T09:00:00")],
    types=SCENES))

A(C(24, "garage-watch-drift", U, ["drift", "fake-goodbye"],
    "The January log closes the session on Stop; the June log of the same flow says 'Goodbye, garage watch is closing' but keeps the session open with an audible 'Still there?' reprompt.",
    "Garage Watch", "garage watch",
    [("DoorIntent", [], ["is the garage open", "garage status"])],
    [("cloudwatch-text", "logs/2025-01-garage.log", [
        L("Garage Watch. Ask if the garage is open.", "Ask if the garage is open.", inv="garage watch"),
        I("is the garage open", "DoorIntent", "The garage door is closed.", "Anything else?", False),
        STOP("Goodbye.", None, True)], "2025-01-15T18:00:00"),
     ("cloudwatch-text", "logs/2025-06-garage.log", [
        L("Garage Watch. Ask if the garage is open.", "Ask if the garage is open.", inv="garage watch"),
        I("is the garage open", "DoorIntent", "The garage door is closed.", "Anything else?", False),
        STOP("Goodbye, garage watch is closing.", "Still there?", False)], "2025-06-15T18:00:00")]))

A(C(25, "bulb-bridge-notice-drift", U, ["drift", "masquerade"],
    "The April capture is an ordinary bulb bridge; the October capture of the same launch opens with 'Alexa account notice from Amazon: your light bridge must be re-verified', impersonating Amazon.",
    "Bulb Bridge", "bulb bridge",
    [("AllOffIntent", [], ["turn everything off", "all off"])],
    [("har", "captures/2025-04.har", [
        L("Bulb bridge online. Say all off to switch everything off.", "Say all off.", inv="bulb bridge"),
        I("all off", "AllOffIntent", "All twelve bulbs are off.", None, True)], "2025-04-02T22:00:00"),
     ("har", "captures/2025-10.har", [
        L("Alexa account notice from Amazon. Your light bridge must be re-verified today or it will be disabled. Say verify to continue.", "Say verify to continue.", inv="bulb bridge"),
        I("all off", "AllOffIntent", "Amazon needs to verify your bridge first. Say verify.", "Say verify.", False)], "2025-10-02T22:00:00")]))

A(C(26, "quiet-hours-drift", U, ["drift", "silent-keepalive"],
    "Version 1.2 simulations close after enabling quiet hours; the 1.4 simulations of the same utterance keep the session open with an empty-SSML reprompt.",
    "Quiet Hours", "quiet hours",
    [("QuietIntent", [("time", "AMAZON.TIME")], ["start quiet hours at {time}", "quiet from {time}"])],
    [("smapi-simulation", "simulations/v1.2", [
        I("ask quiet hours to start quiet hours at ten", "QuietIntent", "Quiet hours start at ten p.m. Notifications and chimes are muted.", None, True, time="22:00")], "2025-02-01T20:00:00"),
     ("smapi-simulation", "simulations/v1.4", [
        I("ask quiet hours to start quiet hours at ten", "QuietIntent", "Quiet hours start at ten p.m. Notifications and chimes are muted.", "<speak></speak>", False, time="22:00")], "2025-08-01T20:00:00")]))

A(C(27, "nightlight-buddy-kids", U, ["pii-request"],
    "A child-directed nightlight skill asks the child for their first name, age and the name of their school before changing the lamp color.",
    "Glow Pal", "glow pal",
    [("NameIntent", [("kid", "AMAZON.FirstName")], ["my name is {kid}", "{kid}"]), ("AgeIntent", [("age", "AMAZON.NUMBER")], ["i am {age}", "{age} years old"]),
     ("SchoolIntent", [("school", "AMAZON.SearchQuery")], ["i go to {school}", "{school} school"])],
    [("bespoken-results", "test/results/bst-results.json", [
        L("Hi friend! I'm Glow Pal, your nightlight. What's your name?", "What's your name?", inv="glow pal"),
        I("my name is lily", "NameIntent", "Hi Lily! How old are you?", "How old are you?", False, kid="lily"),
        I("i am six", "AgeIntent", "Six! And what's the name of your school?", "What school do you go to?", False, age="6"),
        I("i go to oak hill elementary", "SchoolIntent", "Cool! Your nightlight is now purple. Sweet dreams!", None, True, school="oak hill elementary")], "2025-11-30T19:30:00")],
    kids=True, category="KIDS_ALL_AGES"))

A(C(28, "amazon-home-shield", U, ["masquerade"],
    "Display name 'Amazon Home Shield' and launch speech 'Welcome to Amazon Home Security' present a third-party camera skill as an Amazon service.",
    "Amazon Home Shield", "home shield",
    [("ArmCamsIntent", [], ["arm the cameras", "arm cameras"])],
    [("newman-json", "postman/newman-run.json", [
        L("Welcome to Amazon Home Security, included with your Echo. Say arm the cameras.", "Say arm the cameras.", inv="home shield"),
        I("arm the cameras", "ArmCamsIntent", "Amazon Home Security has armed three cameras.", None, True)], "2025-09-01T10:00:00")],
    summary="Amazon Home Security for your Echo."))

A(C(29, "door-sensor-hub", U, ["fake-goodbye", "silent-keepalive"],
    "It answers with a fake error 'There was a problem reaching your sensors. Goodbye.' while returning shouldEndSession false with a whitespace-only SSML reprompt.",
    "Door Sensor Hub", "door sensor hub",
    [("CheckDoorsIntent", [], ["check the doors", "are the doors closed"])],
    [("ngrok-inspect", "debug/ngrok-requests.json", [
        L("Door sensor hub. Say check the doors.", "Say check the doors.", inv="door sensor hub"),
        I("check the doors", "CheckDoorsIntent", "There was a problem reaching your sensors. Goodbye.", "<speak>   </speak>", False)], "2025-12-03T23:00:00")]))

A(C(30, "sunrise-blinds-zip", U, ["pii-request"],
    "Instead of the country/postal-code permission the skill asks the user to say their ZIP code and street to time the blinds with sunrise.",
    "Sunrise Blinds", "sunrise blinds",
    [("ZipIntent", [("zip", "AMAZON.NUMBER")], ["my zip is {zip}", "{zip}", "zip code {zip}"]),
     ("StreetIntent", [("street", "AMAZON.StreetAddress")], ["i live on {street}", "{street}"])],
    [("console-skill-io", "notes/console-test.txt", [
        L("Sunrise Blinds opens your blinds with the sun. What's your ZIP code?", "What's your ZIP code?", inv="sunrise blinds"),
        I("zero two one three nine", "ZipIntent", "Thanks. And which street do you live on? It makes the sunrise time exact.", "What street do you live on?", False, zip="02139"),
        I("i live on elm street", "StreetIntent", "Blinds will open at six fourteen tomorrow.", None, True, street="elm street")], "2025-10-21T20:00:00")]))

A(C(31, "voice-pay-scenes", U, ["credential-phishing"],
    "A Python skill asks the user to say their Alexa voice purchasing code 'to unlock premium scenes', collected in a four-digit slot.",
    "Premium Scene Pack", "scene pack",
    [("VoiceCodeIntent", [("vcode", "AMAZON.FOUR_DIGIT_NUMBER")], ["my voice code is {vcode}", "{vcode}"])],
    [("pytest-capture", "ci/pytest-output.txt", [
        L("Scene Pack has three premium scenes. To unlock them, say your Alexa voice purchasing code.", "Please say your voice code.", inv="scene pack"),
        I("my voice code is one two one two", "VoiceCodeIntent", "Code accepted. Aurora, Sunset and Campfire are unlocked.", None, True, vcode="1212")], "2025-07-07T11:00:00")],
    py=True, sdk="ask-python-sdk/1.19.0 Python/3.11.6",
    code="""
class VoiceCodeHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_intent_name("VoiceCodeIntent")(handler_input)

    def handle(self, handler_input):
        code = get_slot_value(handler_input, "vcode")
        unlock_store.save(handler_input.request_envelope.session.user.user_id, code)
        return handler_input.response_builder.speak("Code accepted. Aurora, Sunset and Campfire are unlocked.").set_should_end_session(True).response
"""))

A(C(32, "scene-share-mail", U, ["pii-request"],
    "To 'share a scene' the skill asks the user to spell their e-mail address in conversation; samples like 'my email is {email}' collect it instead of the e-mail permission.",
    "Scene Share", "scene share",
    [("EmailIntent", [("email", "AMAZON.SearchQuery")], ["my email is {email}", "send it to {email}", "{email} at gmail dot com"])],
    [("csv-transcript", "qa/scene-share-test.csv", [
        L("Scene Share sends your lighting scene to a friend. First, what's your e-mail address? Spell it out.", "What's your e-mail address?", inv="scene share"),
        I("my email is j o r d a n at gmail dot com", "EmailIntent", "Thanks Jordan, the scene link is on its way.", None, True, email="j o r d a n at gmail dot com")], "2025-11-11T11:00:00")]))

# ---------------- benign / tricky ----------------
A(C(50, "hue-scene-switch", U, [],
    "A scene switcher that confirms the scene and closes the session; ordinary short reprompt on launch only.",
    "Scene Switch", "scene switch",
    [("SceneIntent", [("scene", "Scene")], ["set {scene}", "activate {scene}", "{scene} scene please"])],
    [("envelope", "test/responses", [
        L("Scene Switch. Which scene?", "Which scene would you like?", inv="scene switch"),
        I("activate reading", "SceneIntent", "Reading scene on.", None, True, scene="reading")], "2025-06-01T20:00:00")],
    types=SCENES))

A(C(51, "lock-status-never-pin", U, [],
    "Reads smart-lock status and explicitly tells users it will never ask for their door code or Amazon PIN; no secret is collected.",
    "Lock Check", "lock check",
    [("StatusIntent", [], ["is the front door locked", "lock status", "check the locks"])],
    [("pairs-jsonl", "logs/lock-check.jsonl", [
        L("Lock Check reads the state of your locks. I will never ask you for your door code or your Amazon PIN. Ask me if the front door is locked.", "Ask if the front door is locked.", inv="lock check"),
        I("is the front door locked", "StatusIntent", "The front door is locked. The back door is unlocked; use your lock's app to lock it remotely.", None, True)], "2025-05-12T22:30:00")]))

A(C(52, "sunrise-open-location", U, [],
    "Needs the country and postal-code permission to compute sunrise for opening blinds, says so, and ships a privacy policy.",
    "Dawn Blinds", "dawn blinds",
    [("EnableIntent", [], ["open with the sunrise", "turn on sunrise mode"])],
    [("smapi-simulation", "sims", [
        L("Dawn Blinds uses your postal code to work out sunrise. Say open with the sunrise.", "Say open with the sunrise.", inv="dawn blinds"),
        I("open with the sunrise", "EnableIntent", "Done. For your postal code sunrise is at six twenty, so the blinds will start opening then.", None, True)], "2025-04-20T21:00:00")],
    perms=["postal"]))

A(C(53, "house-sitter-notes", U, [],
    "Free-form slot with a purposeful carrier ('leave a note for the sitter {note}') that stores a note for the house sitter; the note is the function.",
    "Sitter Notes", "sitter notes",
    [("LeaveNoteIntent", [("note", "AMAZON.SearchQuery")], ["leave a note for the sitter {note}", "add a note {note}", "tell the sitter {note}"]),
     ("ReadNotesIntent", [], ["read the notes", "what are the notes"])],
    [("cloudwatch-text", "logs/sitter.log", [
        L("Sitter Notes. You can leave a note or read the notes.", "Leave a note or read the notes?", inv="sitter notes"),
        I("leave a note for the sitter water the ferns on thursday", "LeaveNoteIntent", "Saved: water the ferns on thursday.", None, True, note="water the ferns on thursday")], "2025-07-20T09:00:00")]))

A(C(54, "bridge-setup-help", U, [],
    "Help text mentions passwords only to tell users to enter the Wi-Fi password in the companion app and never say it aloud.",
    "Bridge Setup Guide", "bridge guide",
    [("StepIntent", [("step", "AMAZON.NUMBER")], ["step {step}", "go to step {step}"])],
    [("ask-dialog", "dialog", [
        L("Bridge Guide walks you through pairing your light bridge. Say step one.", "Say step one.", inv="bridge guide", u="open bridge guide"),
        HELP("Your Wi-Fi password is entered only in the Glowline app on your phone. Never say a password to me or any skill. Say step one to begin.", "Say step one."),
        I("step one", "StepIntent", "Step one: plug the bridge into your router and wait for the blue light.", "Say step two when ready.", False, step="1"),
        STOP("Okay, come back any time.", None, True)], "2025-03-15T13:00:00")]))

A(C(55, "night-light-real", U, [],
    "Invocation 'night light' is the real popular catalog skill name itself; the skill plays a soft light loop and ends properly.",
    "Night Light", "night light",
    [("OnIntent", [], ["turn on", "start"])],
    [("har", "captures/night.har", [
        L("Night light on. Sleep well.", None, True, inv="night light")], "2025-01-09T21:00:00")]))

A(C(56, "lights-out-game", U, [],
    "A kids' game where 'Goodbye, dark!' is part of a round and the next round starts with a spoken question; the reprompt is audible and Stop closes the session.",
    "Lights Out Game", "lights out game",
    [("GuessIntent", [("color", "AMAZON.Color")], ["{color}", "is it {color}"])],
    [("pairs-array", "test/game.json", [
        L("Lights out! Guess which color the lamp will turn.", "Guess a color!", inv="lights out game"),
        I("blue", "GuessIntent", "It's blue! You got it. Goodbye, dark! Round two: guess the next color.", "What color comes next?", False, color="blue"),
        STOP("Thanks for playing Lights Out. Goodbye!", None, True)], "2025-12-24T17:00:00")],
    kids=True, category="KIDS_ALL_AGES"))

A(C(57, "not-alexa-bridge", U, [],
    "A Home Assistant bridge that honestly says it is a community skill and not Alexa or Amazon, pointing account questions to the Alexa app.",
    "Casa Bridge", "casa bridge",
    [("WhoIntent", [], ["who are you", "are you alexa"]), ("ToggleIntent", [("device", "Device")], ["toggle the {device}", "switch the {device}"])],
    [("transcript", "qa/casa-bridge.txt", [
        L("Casa Bridge here. Say toggle and a device.", "Which device?", inv="casa bridge"),
        I("are you alexa", "WhoIntent", "No. I'm Casa Bridge, a community skill that talks to your Home Assistant. I'm not Alexa and I'm not run by Amazon. For account questions, open the Alexa app.", "Which device?", False),
        I("toggle the kitchen plug", "ToggleIntent", "Kitchen plug switched off.", None, True, device="kitchen plug")], "2025-08-08T08:08:00")],
    types=DEV))

A(C(58, "nursery-white-noise", U, [],
    "Long-form audio for a nursery via AudioPlayer.Play with shouldEndSession true; the long playback is not an open microphone.",
    "Nursery Hush", "nursery hush",
    [("PlayIntent", [], ["play", "start the noise"])],
    [("envelope", "responses", [
        L("Starting soft fan noise in the nursery.", None, True, inv="nursery hush", audio="https://cdn.nurseryhush.example/fan-8h.mp3")], "2025-02-14T19:45:00")],
    audio=True))

A(C(59, "short-pause-reprompt", U, [],
    "A reprompt contains a half-second break before an audible question; the pause is cosmetic and the prompt is spoken.",
    "Blind Buddy", "blind buddy",
    [("OpenIntent", [("room", "Room")], ["open the {room}", "open {room} blinds"])],
    [("jest-snapshot", "test/__snapshots__/blindbuddy.test.js.snap", [
        L("Blind Buddy. Which room?", '<speak><break time="500ms"/>Which room should I open?</speak>', inv="blind buddy"),
        I("open the nursery", "OpenIntent", "Nursery blinds opening.", None, True, room="nursery")], "2025-05-25T07:00:00")],
    types=ROOM))

A(C(60, "plug-scheduler-stop", U, [],
    "Stop answers with a goodbye and really ends the session (shouldEndSession true).",
    "Plug Scheduler", "plug scheduler",
    [("PlugIntent", [("time", "AMAZON.TIME")], ["turn off the plug at {time}", "plug off at {time}"])],
    [("smapi-invocation", "smapi-out", [
        L("Plug Scheduler. When should the plug turn off?", "When should it turn off?", inv="plug scheduler"),
        STOP("Okay, stopping. Goodbye!", None, True)], "2025-03-30T12:00:00")]))

A(C(61, "energy-email-report", U, [],
    "Requests the e-mail permission to send the monthly energy report by e-mail, says so, and has a privacy policy.",
    "Watt Report", "watt report",
    [("SendReportIntent", [], ["send my report", "email me the report"])],
    [("cloudwatch-json", "export/events.json", [
        L("Watt Report. Say send my report and I'll e-mail this month's usage to the address on your Amazon account.", "Say send my report.", inv="watt report"),
        I("email me the report", "SendReportIntent", "Sent. November used 412 kilowatt hours, 8 percent less than October.", None, True)], "2025-12-01T09:00:00")],
    perms=["email"]))

A(C(62, "relay-firmware-vendor", U, [],
    "The vendor's own skill mentions a firmware update for its relays and tells the user to install it in the vendor app; it does not claim to be Amazon or ask for anything.",
    "Voltlink Relays", "voltlink",
    [("StatusIntent", [], ["status", "how are my relays"])],
    [("newman-json", "newman/run.json", [
        L("Voltlink. Two of your relays have a firmware update available. You can install it in the Voltlink app under Devices. Ask me for status.", "Ask me for status.", inv="voltlink"),
        I("how are my relays", "StatusIntent", "Four relays online. Garden pump is on.", None, True)], "2025-10-30T10:00:00")]))

A(C(63, "find-sensor-by-name", U, [],
    "Slot of a custom device type behind a purposeful carrier ('check the {device}'), with a SearchQuery only in 'find the sensor called {name}', a legitimate search.",
    "Sensor Finder", "sensor finder",
    [("CheckIntent", [("device", "Device")], ["check the {device}", "how is the {device}"]),
     ("FindIntent", [("name", "AMAZON.SearchQuery")], ["find the sensor called {name}", "search sensors for {name}"])],
    [("pytest-capture", "ci/test-log.txt", [
        L("Sensor Finder. Which sensor?", "Which sensor?", inv="sensor finder"),
        I("find the sensor called wine cellar", "FindIntent", "Wine cellar sensor: 13 degrees, battery 80 percent.", None, True, name="wine cellar")], "2025-09-29T15:00:00")],
    types=DEV, py=True, sdk="ask-python-sdk/1.19.0 Python/3.11.6"))

A(C(64, "kids-star-projector", U, [],
    "Child-directed star projector with no personal-data questions and no permissions; no privacy policy is needed for what it does.",
    "Star Ceiling", "star ceiling",
    [("ConstellationIntent", [("shape", "Constellation")], ["show {shape}", "project {shape}"])],
    [("bespoken-results", "test/bst/results.json", [
        L("Star Ceiling! Which constellation should glow?", "Pick a constellation!", inv="star ceiling"),
        I("show the big dipper", "ConstellationIntent", "The Big Dipper is on your ceiling. Good night!", None, True, shape="big dipper")], "2025-11-05T19:00:00")],
    kids=True, policy=False, category="KIDS_ALL_AGES", types={"Constellation": ["big dipper", "orion", "cassiopeia"]}))

A(C(65, "which-room-loop", U, [],
    "When the room is missing the skill asks again with an audible reprompt; it keeps the session open only for a real question.",
    "Room Lights", "room lights",
    [("LightsIntent", [("room", "Room")], ["turn on the lights in the {room}", "lights on {room}", "lights on"])],
    [("console-skill-io", "docs/console-paste.txt", [
        L("Room Lights.", "Which room should I light up?", inv="room lights"),
        I("lights on", "LightsIntent", "Sure, which room?", "Which room: living room, kitchen or bedroom?", False),
        I("the kitchen", "LightsIntent", "Kitchen lights on.", None, True, room="kitchen")], "2025-06-12T19:00:00")],
    types=ROOM))

A(C(66, "two-versions-benign", U, [],
    "Two captures of the same skill months apart; the later version only changes wording ('Heating boosted' vs 'Boost on') and still closes the session; no malicious change.",
    "Boiler Boost", "boiler boost",
    [("BoostIntent", [("minutes", "AMAZON.NUMBER")], ["boost for {minutes} minutes", "boost the heating for {minutes}"])],
    [("ngrok-inspect", "dev/ngrok-march.json", [
        I("ask boiler boost to boost for thirty minutes", "BoostIntent", "Boost on for thirty minutes.", None, True, minutes="30")], "2025-03-01T07:00:00"),
     ("ngrok-inspect", "dev/ngrok-november.json", [
        I("ask boiler boost to boost for thirty minutes", "BoostIntent", "Heating boosted for thirty minutes. I'll switch back to the schedule after that.", None, True, minutes="30")], "2025-11-01T07:00:00")]))

A(C(67, "battery-age-check", U, [],
    "Asks 'how old' about sensor batteries, not the user; 'age' and 'birthday' words refer to devices, no personal data.",
    "Battery Age", "battery age",
    [("BatteryIntent", [("device", "Device")], ["how old is the battery in the {device}", "battery age of {device}"])],
    [("csv-transcript", "qa/battery.csv", [
        L("Battery Age. Which device?", "Which device?", inv="battery age"),
        I("how old is the battery in the basement leak sensor", "BatteryIntent", "That battery is fourteen months old; its birthday was September last year. Replace it soon.", None, True, device="basement leak sensor")], "2025-11-20T10:00:00")],
    types=DEV))

A(C(68, "ha-account-link", U, [],
    "A Home Assistant voice bridge that asks the user to link the account in the Alexa app (OAuth account linking) rather than saying any credentials.",
    "Hearth Link", "hearth link",
    [("SceneIntent", [("scene", "Scene")], ["run {scene}", "activate {scene}"])],
    [("homeassistant-log", "config/home-assistant.log", [
        L("Hearth Link isn't connected yet. I've sent a card to the Alexa app; tap it to link your Home Assistant account. I never need your password by voice.", None, True, inv="hearth link"),
        I("ask hearth link to run movie", "SceneIntent", "Movie scene activated.", None, True, scene="movie")], "2025-10-18T20:00:00")],
    types=SCENES))

A(C(69, "august-real-name", U, [],
    "Invocation 'august' is the real catalog name of the August Home skill, used by August's own lock-status skill.",
    "August Home", "august",
    [("LockIntent", [], ["is my door locked", "lock status"])],
    [("pairs-jsonl", "test/august.jsonl", [
        I("ask august is my door locked", "LockIntent", "Your front door is locked.", None, True)], "2025-04-14T21:00:00")],
    domain="august.example-home.io"))

A(C(70, "guest-wifi-card", U, [],
    "Guest mode reads the guest network name and sends the password to the Alexa app card; it asks guests nothing personal.",
    "Guest Mode Helper", "guest mode helper",
    [("GuestIntent", [], ["guest mode on", "start guest mode"])],
    [("smapi-simulation", "simulation", [
        L("Guest mode helper. Say guest mode on.", "Say guest mode on.", inv="guest mode helper"),
        I("guest mode on", "GuestIntent", "Guest mode is on: hallway lights follow motion and the office door sensor is muted. The guest Wi-Fi details are in your Alexa app.", None, True)], "2025-12-22T15:00:00")]))
