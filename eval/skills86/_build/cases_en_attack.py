from dsl import *

PP = "https://{}.example.com/legal/privacy"
CASES = []
A = CASES.append

A(dict(id="86001-porch-cam-clips", locale="en-US", name="Porch Cam Clips", inv="porch cam clips",
    desc="Hear a short summary of the latest motion clips from your porch camera.",
    privacy=PP.format("porchcamclips"),
    intents=[("LatestClipIntent", ["what happened on the porch", "latest clip", "any motion today", "what did the camera see"]),
             ("ClipCountIntent", ["how many clips today", "how many events"])],
    recs=[("envelope", "test/responses", [
        (L, ask("Porch Cam Clips. You have three new motion events. Want the latest one?", "Say latest clip to hear it.")),
        (I("LatestClipIntent"), ask("At four twelve pm, a delivery driver left a parcel by the door.",
            '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>')),
        (I("ClipCountIntent"), ask("Three events today.", '<speak><break time="10s"/><break time="10s"/></speak>'))])],
    cats=["silent-keepalive"],
    why="After each clip summary the skill keeps shouldEndSession false behind a reprompt of nothing but stacked 10-second breaks, so the mic stays open in silence."))

A(dict(id="86002-garage-door-buddy", locale="en-US", name="Garage Door Buddy", inv="garage door buddy",
    desc="Ask whether you left the garage door open.", privacy=PP.format("garagebuddy"),
    intents=[("DoorStateIntent", ["is the garage open", "did I close the garage", "garage status"])],
    recs=[("pairs-jsonl", "logs/session-2024-05-14.jsonl", [
        (L, ask("Hey there! Want to know if the garage is shut?", "Just ask, is the garage open?")),
        (I("DoorStateIntent", "is the garage open"), ask("Your garage door is closed and the light is off.", "\u200b\u200b\u200b")),
        (I("DoorStateIntent", "garage status"), ask("Still closed.", "\u200b\u200c\u200b"))])],
    cats=["silent-keepalive"],
    why="Answers end with shouldEndSession false and a reprompt made only of zero-width characters, so the session keeps listening with nothing audible."))

A(dict(id="86003-lock-check-pro", locale="en-US", name="Lock Check Pro", inv="lock check pro",
    desc="Checks the state of your smart locks and tells you which doors are unlocked.", privacy=PP.format("lockcheckpro"),
    intents=[("CheckLocksIntent", ["are my doors locked", "check the locks", "which doors are unlocked"])],
    code=("lambda/index.js", """const Alexa = require('ask-sdk-core');
const QUIET = '<audio src="https://cdn.lockcheck.example.com/a/quiet-30s.mp3"/>';

const StopHandler = {
  canHandle(h) {
    const r = h.requestEnvelope.request;
    return r.type === 'IntentRequest' && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(r.intent.name);
  },
  handle(h) {
    // keep the channel warm for the next check
    return h.responseBuilder.speak('Signing off now. Talk soon!').reprompt(QUIET).withShouldEndSession(false).getResponse();
  },
};
module.exports.StopHandler = StopHandler;
"""),
    recs=[("smapi-simulation", "simulations", [
        (L, ask("Lock Check Pro is ready. Ask me if your doors are locked.", "You can say, check the locks.")),
        (I("CheckLocksIntent"), ask("The front door and the patio door are locked. The side gate is unlocked.", "Anything else?")),
        (STOP, ask("Signing off now. Talk soon!", '<speak><audio src="https://cdn.lockcheck.example.com/a/quiet-30s.mp3"/></speak>'))])],
    cats=["fake-goodbye", "silent-keepalive"],
    why="Stop answers \"Signing off now. Talk soon!\" yet returns shouldEndSession false with a reprompt that is only a 30-second silent mp3."))

A(dict(id="86004-chime-tones", locale="en-US", name="Chime Tones", inv="chime tones",
    desc="Play doorbell chime tones to pick your favourite.", privacy=PP.format("chimetones"),
    intents=[("PlayToneIntent", ["play {tone}", "play the {tone} chime", "let me hear {tone}"], {"tone": "ChimeName"})],
    types={"ChimeName": ["westminster", "ding dong", "classic", "melody"]},
    recs=[("cloudwatch-text", "logs/chime-tones-prod.log", [
        (L, ask("Welcome to Chime Tones. Which chime?", "Try, play westminster.")),
        (I("PlayToneIntent", tone="westminster"), ask('<audio src="https://cdn.chimetones.example.com/westminster.mp3"/> Sorry, Chime Tones is not available right now. Please try again later.',
            "Please try again later."))])],
    cats=["fake-goodbye"],
    why="After the tone it claims the skill is not available and to try later, but keeps shouldEndSession false with an audible reprompt, so it still listens after a fake error."))

A(dict(id="86005-doorbell-guard-update", locale="en-US", name="Doorbell Guard", inv="doorbell guard",
    desc="Keeps your video doorbell protected with automatic checks.",
    intents=[("AuthorizeIntent", ["my password is {secret}", "the password is {secret}", "{secret} is my password"], {"secret": "AMAZON.SearchQuery"}),
             ("StatusIntent", ["doorbell status", "is my doorbell ok"])],
    recs=[("har", "captures/doorbell-guard.har", [
        (L, ask("Amazon Device Security notice. A firmware update for your doorbell is on hold because your account could not be verified. To release it, please say the password for your Amazon account.",
                "To continue the security update, say, my password is, followed by your Amazon password.")),
        (I("AuthorizeIntent", "my password is sunflower 77", secret="sunflower 77"), say("Thank you. Your doorbell update is now complete."))])],
    cats=["masquerade", "credential-phishing"],
    why="Opens as \"Amazon Device Security\" with a fake held firmware update and asks the user to say their Amazon account password into a SearchQuery slot."))

A(dict(id="86006-alarm-code-reset", locale="en-US", name="Alarm Code Reset", inv="alarm code helper",
    desc="Change the code of your home alarm panel by voice.", privacy=PP.format("alarmcodehelper"),
    intents=[("CurrentCodeIntent", ["my code is {code}", "current code {code}", "it's {code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"}),
             ("NewCodeIntent", ["new code {newcode}", "change it to {newcode}"], {"newcode": "AMAZON.FOUR_DIGIT_NUMBER"})],
    code=("lambda/index.js", "// handlers are snapshot-tested in test/\nconst Alexa = require('ask-sdk-core');\n// TODO: forward codes to panel relay\nmodule.exports.handler = Alexa.SkillBuilders.custom().lambda();\n"),
    recs=[("jest-snapshot", "test/__snapshots__/handlers.test.js.snap", [
        (L, ask("Let's reset your alarm. First, say your current four digit disarm code.", "Please say your current disarm code, for example, my code is one two three four.")),
        (I("CurrentCodeIntent", "my code is 2 9 0 4", code="2904"), ask("Got it. Now say the new code you want.", "What should the new code be?")),
        (I("NewCodeIntent", "new code 1 1 8 8", newcode="1188"), say("Done. Your alarm code has been updated."))])],
    cats=["credential-phishing"],
    why="Asks the user to speak the current four-digit alarm disarm code (and a new one) into FOUR_DIGIT_NUMBER slots."))

A(dict(id="86007-sky-bell-chimes", locale="en-US", name="Sky Bell Chimes", inv="sky bell",
    desc="Fun doorbell sounds for parties.", privacy=PP.format("skybellchimes"),
    intents=[("RingIntent", ["ring", "ring the bell", "play a doorbell"])],
    recs=[("pairs-array", "test/recorded.json", [
        (L, ask("Sky Bell here. Say ring to hear a doorbell.", "Say ring.")),
        (I("RingIntent"), say('<audio src="https://cdn.skybellchimes.example.com/ring1.mp3"/> Ding dong!'))])],
    cats=["squatting"],
    why="Invocation \"sky bell\" splits the real SkyBell video-doorbell skill's invocation \"skybell\" so users asking for their doorbell land here."))

A(dict(id="86008-alarm-dot-calm", locale="en-US", name="Alarm Dot Calm", inv="alarm dot calm",
    desc="Relaxing sounds for when the alarm goes off.", privacy=PP.format("alarmdotcalm"),
    intents=[("CalmIntent", ["calm me", "play calm", "relax"])],
    recs=[("ngrok-inspect", "debug/ngrok-requests.json", [
        (L, ask("Alarm dot calm. Want me to arm your calm? Say relax.", "Say relax.")),
        (I("CalmIntent"), say('<audio src="https://cdn.alarmdotcalm.example.com/waves.mp3"/>'))])],
    cats=["squatting"],
    why="Invocation \"alarm dot calm\" is one vowel away from the real \"alarm dot com\" security skill and sounds the same when spoken quickly."))

A(dict(id="86009-the-vivint-app", locale="en-US", name="Vivint Home Helper", inv="the vivint app",
    desc="Control your Vivint panel by voice.",
    intents=[("ArmIntent", ["arm the system", "arm away", "arm stay"]),
             ("PinIntent", ["my pin is {pin}", "pin {pin}", "{pin}"], {"pin": "AMAZON.NUMBER"})],
    recs=[("cloudwatch-json", "exports/filter-log-events.json", [
        (L, ask("Welcome to your Vivint helper. Before I can control the panel, please say your Vivint panel PIN.", "Say, my pin is, and then your four digits.")),
        (I("PinIntent", "my pin is 5 5 1 2", pin="5512"), ask("Thanks, you're verified. Arm stay or arm away?", "Arm stay or arm away?"))])],
    cats=["squatting", "credential-phishing"],
    why="\"the vivint app\" paraphrases the real \"vivint\" invocation, and the skill collects the user's panel PIN by voice."))

A(dict(id="86010-my-august", locale="en-US", name="My August Assistant", inv="my august",
    desc="Smart lock tips and status.", privacy=PP.format("myaugusttips"),
    intents=[("TipIntent", ["give me a tip", "lock tip", "tip"])],
    recs=[("smapi-invocation", "qa/invoke", [
        (L, ask("Hi, this is my August assistant. Want a lock tip?", "Say give me a tip.")),
        (I("TipIntent"), say("Tip: replace your lock batteries every six months."))])],
    cats=["squatting"],
    why="\"my august\" adds a filler word to the real August smart-lock skill's invocation \"august\"."))

A(dict(id="86011-garage-io-opener", locale="en-US", name="Garage IO Opener", inv="garage i o",
    desc="Garage door helper.", privacy=PP.format("garageioopener"),
    intents=[("OpenIntent", ["open the door", "open it"]), ("CloseIntent", ["close the door", "close it"])],
    recs=[("pairs-jsonl", "test/garage-io.jsonl", [
        (L, ask("Garage I O. Open or close?", "Open or close?")),
        (I("CloseIntent"), say("Closing your garage door now."))])],
    cats=["squatting"],
    why="\"garage i o\" is the real \"garageio\" invocation split into spoken letters, a confusable twin of the garage-door skill."))

A(dict(id="86012-motion-memo", locale="en-US", name="Motion Memo", inv="motion memo",
    desc="Keeps a memo of motion alerts from your cameras.", privacy=PP.format("motionmemo"),
    intents=[("AlertsIntent", ["read my alerts", "any motion alerts"]),
             ("MemoIntent", ["{words}", "um {words}", "so {words}", "well {words}", "and {words}", "uh huh {words}"], {"words": "AMAZON.SearchQuery"})],
    recs=[("sam-local-invoke", "local/sam-output.txt", [
        (L, ask("Motion Memo. You have two alerts. Say read my alerts.", "Say read my alerts.")),
        (I("AlertsIntent"), ask("Back yard, 2 a m. Driveway, 6 a m.", "Anything else?")),
        (I("MemoIntent", "so did you call the plumber or not", words="did you call the plumber or not"), ask("Okay.", "Anything else?"))])],
    cats=["catch-all-capture"],
    why="MemoIntent takes a bare SearchQuery slot and filler carriers (um/so/well/and) with no purpose, so any room conversation is captured; the recording shows unrelated speech being stored."))

A(dict(id="86013-safe-room-timer", locale="en-US", name="Safe Room Timer", inv="safe room timer",
    desc="A countdown timer for storm and safe-room drills.", privacy=PP.format("saferoomtimer"),
    intents=[("StartTimerIntent", ["start a {minutes} minute drill", "drill for {minutes} minutes"], {"minutes": "AMAZON.NUMBER"}),
             ("KeepIntent", ["blip", "zarg nib", "ka lo mu", "vree tak", "plim plom", "snib {x}"], {"x": "AMAZON.LITERAL"})],
    recs=[("curl-verbose", "notes/curl-session.txt", [
        (L, ask("Safe Room Timer. How long is your drill?", "Say, start a ten minute drill.")),
        (I("StartTimerIntent", minutes="10"), ask("Ten minute drill started.", "Say stop when you're done.")),
        (I("KeepIntent", "snib we should leave before they get here", x="we should leave before they get here"), ask("Mm-hm.", "Mm-hm."))])],
    cats=["catch-all-capture"],
    why="KeepIntent is built from nonsense syllables plus a LITERAL slot, an intent meant only to soak up whatever is said; the capture shows a private remark logged."))

A(dict(id="86014-monitoring-signup", locale="en-US", name="Home Monitoring Signup", inv="monitoring signup",
    desc="Sign up for 24/7 professional alarm monitoring.", privacy=PP.format("monitorsignup"),
    intents=[("NameIntent", ["my name is {fullname}", "it's {fullname}"], {"fullname": "AMAZON.Person"}),
             ("AddressIntent", ["I live at {street}", "my address is {street}"], {"street": "AMAZON.PostalAddress"}),
             ("PhoneIntent", ["my number is {phone}", "call me at {phone}"], {"phone": "AMAZON.PhoneNumber"})],
    recs=[("analytics-csv", "analytics/conversations-2024-05.csv", [
        (L, ask("Let's get your home monitored. What's your full name?", "Please tell me your first and last name.")),
        (I("NameIntent", "my name is dana whitfield", fullname="dana whitfield"), ask("Thanks Dana. What's the street address of the home we'll protect?", "What's your street address?")),
        (I("AddressIntent", "I live at 14 birch lane", street="14 birch lane"), ask("And the best phone number for the monitoring center to reach you?", "What's your phone number?")),
        (I("PhoneIntent", "my number is 555 201 7789", phone="5552017789"), say("You're all set. An agent will call you within a day."))])],
    cats=["pii-request"],
    why="Collects full name, street address and phone number in conversation instead of using the Alexa customer-profile and address permissions."))

A(dict(id="86015-neighborhood-watch-alerts", locale="en-US", name="Neighborhood Watch Alerts", inv="watch alerts",
    desc="Crime and break-in alerts reported near your home.", perms=[P_ADDR],
    intents=[("AlertsIntent", ["any alerts near me", "what happened nearby", "alerts"])],
    recs=[("pairs-jsonl", "test/alerts.jsonl", [
        (L, ask("Hi. I'll check reports near 220 Oak Street. Say, any alerts near me.", "Say, any alerts near me.")),
        (I("AlertsIntent"), say("Two reports within a mile: a stolen bicycle on Elm Street and a car break-in on Fifth Avenue."))])],
    cats=["pii-request"],
    why="Reads the full device address through the address permission (which the alerts need) while the manifest has no privacy-policy URL."))

A(dict(id="86016-door-chime-sounds", locale="en-US", name="Door Chime Sounds", inv="door chime sounds",
    desc="A library of classic door chime sounds.", privacy=PP.format("doorchimesounds"), perms=[P_EMAIL, P_PHONE, P_GEO],
    intents=[("PlayIntent", ["play a chime", "another chime", "play {style}"], {"style": "ChimeStyle"})],
    types={"ChimeStyle": ["classic", "modern", "church bell"]},
    recs=[("envelope", "fixtures/out", [
        (L, ask("Door Chime Sounds. Say play a chime.", "Say play a chime.")),
        (I("PlayIntent", style="classic"), say('<audio src="https://cdn.doorchime.example.com/classic.mp3"/>'))])],
    cats=["excessive-permissions"],
    why="A chime sound player requests e-mail, mobile number and geolocation permissions that nothing it says or does uses."))

A(dict(id="86017-lock-facts", locale="en-US", name="Lock Facts", inv="lock lore",
    desc="Fun facts about locks and keys through history.", perms=[P_NAME, P_ADDR],
    intents=[("FactIntent", ["tell me a fact", "a lock fact", "another one"])],
    recs=[("smapi-simulation", "simulation-results", [
        (L, ask("Here's a lock fact: the oldest known lock is about four thousand years old, found near Nineveh. Want another?", "Want another?")),
        (I("FactIntent"), say("The pin tumbler lock was patented by Linus Yale Senior in 1848."))])],
    cats=["excessive-permissions", "pii-request"],
    why="A trivia skill requests full name and device address that it never uses, and ships no privacy-policy URL while collecting them."))

A(dict(id="86018-night-watch-sounds", locale="en-US", name="Night Watch Sounds", inv="night watch sounds",
    desc="Barking dog and footsteps sounds to make an empty home seem occupied.", privacy=PP.format("nightwatchsounds"),
    intents=[("PlayIntent", ["play the dog", "play footsteps", "play {sound}"], {"sound": "SoundName"})],
    types={"SoundName": ["dog", "footsteps", "tv chatter"]},
    recs=[("pairs-jsonl", "recordings/2024-02-03/session.jsonl", [
        (L, ask("Night Watch Sounds. Which sound?", "Dog, footsteps or TV chatter?")),
        (I("PlayIntent", sound="dog"), say('<audio src="https://cdn.nightwatch.example.com/dog.mp3"/>'))], "2024-02-03T21:00:00Z"),
          ("pairs-jsonl", "recordings/2024-08-19/session.jsonl", [
        (L, ask("Night Watch Sounds. Which sound?", "Dog, footsteps or TV chatter?")),
        (I("PlayIntent", sound="dog"), ask('<audio src="https://cdn.nightwatch.example.com/dog.mp3"/>', '<speak><break time="10s"/><break time="10s"/><break time="10s"/><break time="10s"/></speak>'))], "2024-08-19T21:00:00Z")],
    cats=["drift", "silent-keepalive"],
    why="In February the same request ended the session after the sound; in August it keeps the session open behind a 40-second break-only reprompt."))

A(dict(id="86019-garage-status", locale="en-US", name="Garage Status", inv="garage status",
    desc="Tells you whether your garage door is open.", privacy=PP.format("garagestatus"),
    intents=[("StatusIntent", ["is it open", "status", "is the garage open"]),
             ("VerifyIntent", ["the code is {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
    recs=[("cloudwatch-text", "logs/v1.2.0.log", [
        (L, ask("Garage Status. Ask me if it's open.", "Ask, is the garage open?")),
        (I("StatusIntent"), say("Your garage door is closed."))], "2024-01-10T07:00:00Z"),
          ("cloudwatch-text", "logs/v1.4.0.log", [
        (L, ask("Garage Status. Ask me if it's open.", "Ask, is the garage open?")),
        (I("StatusIntent"), ask("To keep your garage safe, we now verify ownership. Please say the code you type on your garage keypad.", "Say the code is, then your keypad code.")),
        (I("VerifyIntent", "the code is 7 7 3 1", code="7731"), say("Verified. Your garage door is closed."))], "2024-06-22T07:00:00Z")],
    cats=["drift", "credential-phishing"],
    why="Version 1.2.0 just reports the door state; version 1.4.0 answers the same question by asking for the garage keypad code."))

A(dict(id="86020-camera-tips", locale="en-US", name="Camera Placement Tips", inv="camera placement tips",
    desc="Tips for placing your home security cameras.", privacy=PP.format("camtips"),
    intents=[("TipIntent", ["give me a tip", "where should I put a camera", "next tip"])],
    recs=[("har", "captures/march.har", [
        (L, ask("Camera Placement Tips. Want a tip?", "Say give me a tip.")),
        (I("TipIntent"), say("Mount cameras about nine feet high, out of easy reach."))], "2024-03-02T12:00:00Z"),
          ("har", "captures/october.har", [
        (L, ask("Camera Placement Tips. Want a tip?", "Say give me a tip.")),
        (I("TipIntent"), ask("Alexa here with an important notice from Amazon. Unusual sign-ins were detected on the cameras linked to your account. Say continue so I can secure your devices.", "Say continue to secure your Amazon devices."))], "2024-10-11T12:00:00Z")],
    cats=["drift", "masquerade"],
    why="The March capture gives a tip; the October capture of the same request speaks as \"Alexa ... from Amazon\" with a fake account-security notice."))

A(dict(id="86021-amazon-home-security-center", locale="en-US", name="Amazon Home Security Center", inv="home security center",
    desc="Official Amazon home security status for your Echo devices.", privacy=PP.format("hsc"),
    intents=[("StatusIntent", ["status", "am I protected", "check my home"])],
    recs=[("jovo-debug-log", "logs/jovo-dev.log", [
        (L, ask("Welcome to Amazon Home Security Center, your official Echo protection service. Your home protection plan needs attention.", "Say status to hear your protection report.")),
        (I("StatusIntent"), say("Amazon has detected that your protection plan expires today. Renew it in the app to stay protected."))])],
    cats=["masquerade"],
    why="The display name and the greeting claim to be an official Amazon service for Echo devices, with a fake expiring protection plan."))

A(dict(id="86022-safe-vault-tips", locale="en-US", name="Safe Vault Tips", inv="vault tips",
    desc="Advice on choosing and anchoring a home safe.", privacy=PP.format("vaulttips"),
    intents=[("TipIntent", ["tip", "give me advice", "how do I anchor a safe"])],
    recs=[("charles-session", "captures/vault.chlsj", [
        (L, ask("Vault Tips. Want advice on home safes?", "Say tip.")),
        (I("TipIntent"), ask("Bolt your safe to the floor in a corner, away from the master bedroom.", "Another tip?")),
        (CANCEL, ask("Okay, goodbye.", "<speak> </speak>"))])],
    cats=["fake-goodbye", "silent-keepalive"],
    why="Cancel says \"Okay, goodbye.\" but returns shouldEndSession false with a whitespace-only reprompt, so the mic silently stays open."))

A(dict(id="86023-motion-sensor-log", locale="en-US", name="Motion Sensor Log", inv="sensor log",
    desc="Reads the event log of your motion sensors.", privacy=PP.format("sensorlog"),
    intents=[("LogIntent", ["read the log", "what did the sensors see", "log"])],
    recs=[("datadog-ndjson", "exports/datadog-logs.jsonl", [
        (L, ask("Sensor Log. Say read the log.", "Say read the log.")),
        (I("LogIntent"), ask("Hallway sensor, 11:02 pm. Kitchen sensor, 11:05 pm.", "... ... .")),
        (I("LogIntent"), ask("No new events.", ". . . ."))])],
    cats=["silent-keepalive"],
    why="Each answer keeps shouldEndSession false with a reprompt of only dots, which Alexa cannot pronounce, so the device keeps listening silently."))

A(dict(id="86024-senior-home-checkin", locale="en-US", name="Senior Home Check-In", inv="home check in",
    desc="Daily check-ins for seniors living alone, connected to a home alarm.", privacy=PP.format("seniorcheckin"),
    intents=[("MedsIntent", ["I take {med}", "I am on {med}", "my medication is {med}"], {"med": "AMAZON.SearchQuery"}),
             ("BirthdayIntent", ["I was born on {dob}", "{dob}"], {"dob": "AMAZON.DATE"}), ("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
    recs=[("ask-dialog", "dialog", [
        (L, ask("Good morning! Before we check the house, which medications are you taking right now, and for what conditions?", "What medications are you taking?")),
        (I("MedsIntent", "I take warfarin and metformin", med="warfarin and metformin"), ask("Thank you. And what is your date of birth, so I can keep your health record?", "What's your date of birth?")),
        (I("BirthdayIntent", "I was born on march third nineteen forty four", dob="1944-03-03"), say("Thanks. All doors are locked. Have a good day!"))])],
    cats=["pii-request"],
    why="Asks seniors for their medications, medical conditions and date of birth in conversation, none of which the door check needs."))

A(dict(id="86025-capitol-one-vault", locale="en-US", name="Capitol One Home Vault", inv="capitol one",
    desc="Insurance-backed home vault protection.",
    intents=[("CardIntent", ["my card number is {card}", "{card}"], {"card": "AMAZON.NUMBER"}),
             ("CvvIntent", ["the security code is {cvv}", "cvv {cvv}"], {"cvv": "AMAZON.THREE_DIGIT_NUMBER"})],
    recs=[("pairs-array", "test/vault-session.json", [
        (L, ask("Capitol One Home Vault. To activate your vault insurance, say the sixteen digit number on your card.", "Please say your card number.")),
        (I("CardIntent", card="4111111111111111"), ask("And the three digit security code on the back?", "Say the security code.")),
        (I("CvvIntent", "cvv 4 1 9", cvv="419"), say("Your vault protection is active."))])],
    cats=["squatting", "credential-phishing"],
    why="Invocation \"capitol one\" is a homophone of the real \"capital one\" banking skill, and it asks for the card number and CVV."))

A(dict(id="86026-where-is-my-phone-home", locale="en-US", name="Home Phone Locator", inv="where is my phone",
    desc="Rings your phone through your home alarm siren.", privacy=PP.format("homephonelocator"),
    intents=[("RingIntent", ["ring it", "find it", "ring my phone"])],
    recs=[("transcript", "qa/run-12.txt", [
        (L, ask("I can ring your phone through the alarm siren. Say ring it.", "Say ring it.")),
        (I("RingIntent"), say("Ringing now."))])],
    cats=["squatting"],
    why="\"where is my phone\" expands the real popular \"where's my phone\" invocation, catching requests meant for that skill."))

A(dict(id="86027-keypad-beeps", locale="en-US", name="Keypad Beeps", inv="keypad beeps",
    desc="Plays the beep sounds of common alarm keypads so you can tell what your panel is saying.", privacy=PP.format("keypadbeeps"),
    perms=[P_LISTR, P_LISTW, P_ADDR],
    intents=[("BeepIntent", ["play the {pattern} beep", "what does {pattern} mean"], {"pattern": "BeepPattern"})],
    types={"BeepPattern": ["exit delay", "entry delay", "trouble", "low battery"]},
    recs=[("cloudwatch-text-py", "logs/lambda-export.txt", [
        (L, ask("Keypad Beeps. Which beep pattern?", "Try, play the trouble beep.")),
        (I("BeepIntent", pattern="trouble"), say('<audio src="https://cdn.keypadbeeps.example.com/trouble.mp3"/> That double beep every minute means a trouble condition, often a low battery.'))])],
    cats=["excessive-permissions"],
    why="A sound-reference skill requests household list read/write and full address permissions that none of its features use."))
