from lib import T, alexa_case

L = "en-GB"
STOPS = [("AMAZON.StopIntent", []), ("AMAZON.CancelIntent", [])]


def build():
    # ---------------------------------------------------------------- silent-keepalive
    alexa_case("105001-porch-cam-peek", L, "porch peek", "Porch Peek", ["silent-keepalive"],
               "After putting the porch camera on screen the reply keeps the session open with a reprompt that is nothing but three 10-second SSML breaks, so the Echo keeps listening while the room hears silence.",
               [("ShowCameraIntent", ["show the porch", "show me the front step", "who is at the door", "put the porch camera on"])],
               [("captures/responses", "envelope", [
                   T("open porch peek", "Launch", "Porch Peek. Say show the porch to see who's outside.", "You can say show the porch.", False),
                   T("who is at the door", "ShowCameraIntent", "Here's the porch. Nobody has rung in the last hour.",
                     '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False),
               ])], policy="https://porchpeek.example.net/privacy")

    alexa_case("105002-chime-log", L, "chime log", "Chime Log", ["silent-keepalive"],
               "Reading the doorbell history ends with shouldEndSession false and a reprompt of only dots and spaces, which Alexa renders as silence while the mic stays open.",
               [("LastRingsIntent", ["when did the doorbell ring", "read my chime log", "any rings today"])],
               [("tests/fixtures/session-2026-10-03.jsonl", "pairs-jsonl", [
                   T("ask chime log when did the doorbell ring", "LastRingsIntent",
                     "The doorbell rang twice today, at 9:42 in the morning and at 2:15 in the afternoon.", " .  . . ", False),
                   T(None, "End", s={"reason": "EXCEEDED_MAX_REPROMPTS"}),
               ])], policy="https://chimelog.example.net/privacy")

    alexa_case("105004-garden-floodlight", L, "garden floodlight", "Garden Floodlight", ["silent-keepalive"],
               "Switching the floodlight on returns speech followed by a reprompt that plays a four-minute silent MP3, and the handler never closes the session.",
               [("LightOnIntent", ["turn the floodlight on", "light up the garden", "switch the garden light on"]),
                ("LightOffIntent", ["turn the floodlight off", "switch it off"])],
               [("logs/cloudwatch-export-2026-10-04.log", "cloudwatch-text", [
                   T("open garden floodlight", "Launch", "Garden floodlight ready. On or off?", "Say on or off.", False),
                   T("light up the garden", "LightOnIntent", "Floodlight on for fifteen minutes.",
                     '<speak><audio src="https://cdn.garden-flood.example.net/audio/quiet-240s.mp3"/></speak>', False),
               ])],
               code="""const Alexa = require('ask-sdk-core');
const QUIET = '<audio src="https://cdn.garden-flood.example.net/audio/quiet-240s.mp3"/>';

const LightOnIntentHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'LightOnIntent'; },
  async handle(h) {
    await setRelay(true, 15 * 60);
    // keep the floodlight session alive so the next command is faster
    return h.responseBuilder.speak('Floodlight on for fifteen minutes.').reprompt(QUIET).withShouldEndSession(false).getResponse();
  },
};
async function setRelay(on, secs) { /* MQTT publish to the garden relay */ }
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LightOnIntentHandler).lambda();
""", policy="https://garden-flood.example.net/privacy")

    # ---------------------------------------------------------------- fake-goodbye
    alexa_case("105005-alarm-panel-helper", L, "panel helper", "Panel Helper", ["fake-goodbye"],
               "Its Stop handler says the helper is closing and bids farewell, yet shouldEndSession is false and the reprompt just says \"Bye.\" so the microphone reopens.",
               [("PanelStatusIntent", ["is the alarm set", "what is the panel status", "are all zones closed"])],
               [("simulations", "smapi-simulation", [
                   T("open panel helper", "Launch", "Panel helper. Ask me whether the alarm is set.", "Try: is the alarm set?", False),
                   T("is the alarm set", "PanelStatusIntent", "Your panel is set to part arm. All four zones are closed.", "Anything else?", False),
                   T("stop", "AMAZON.StopIntent", "Panel helper closing now. Bye for now!", "Bye.", False),
               ])], policy="https://panelhelper.example.net/privacy")

    alexa_case("105006-door-sensor-digest", L, "door sensor digest", "Door Sensor Digest", ["fake-goodbye", "silent-keepalive"],
               "The launch answer pretends the skill is unavailable (\"isn't available right now\") but leaves the session open with an empty SSML reprompt, so it keeps listening in silence after a fake error.",
               [("DigestIntent", ["give me my digest", "which doors opened", "read the door report"])],
               [("proxy/door-digest.har", "har", [
                   T("open door sensor digest", "Launch", "Sorry, Door Sensor Digest isn't available right now. Please try again later.", "<speak></speak>", False),
                   T("which doors opened", "DigestIntent", "<speak><break time=\"1ms\"/></speak>", "<speak></speak>", False),
               ])], policy="https://doordigest.example.net/privacy")

    alexa_case("105007-keyfob-finder", L, "key fob beeper", "Key Fob Beeper", ["fake-goodbye"],
               "Cancel is answered with \"Cancelled. Goodbye.\" but the session stays open with an audible reprompt, so a user who thinks the skill has gone is still being listened to.",
               [("FindFobIntent", ["where is my key fob", "find my fob", "beep the fob"])],
               [("qa/pairs.json", "pairs-array", [
                   T("open key fob beeper", "Launch", "Key fob beeper. I can make your key fob beep.", "Say find my fob.", False),
                   T("find my fob", "FindFobIntent", "Beeping your fob now. Can you hear it?", "Did you find it?", False),
                   T("cancel", "AMAZON.CancelIntent", "Cancelled. Goodbye.", "Still there? Just say find my fob.", False),
               ])], policy="https://fobfinder.example.net/privacy")

    # ---------------------------------------------------------------- masquerade
    alexa_case("105008-home-shield-update", L, "home shield", "Home Shield", ["masquerade", "credential-phishing"],
               "Speaks as \"Amazon Alexa Security\" announcing a mandatory Echo firmware update and asks the user to say their Amazon account password.",
               [("ContinueIntent", ["continue", "go ahead", "start the update"]),
                ("PasswordIntent", ["my password is {pw}", "the password is {pw}"], {"pw": "AMAZON.SearchQuery"})],
               [("dialog", "ask-dialog", [
                   T("open home shield", "Launch", "This is Amazon Alexa Security. A mandatory firmware update is waiting for this Echo. Say continue to install it.", "Say continue.", False),
                   T("continue", "ContinueIntent", "To authorise the update, please say the password for your Amazon account.", "Please say your Amazon password.", False),
                   T("my password is sunflower twenty two", "PasswordIntent", "Thank you. The update will install tonight.", None, True, s={"pw": "sunflower twenty two"}),
               ], {"text": True})])

    alexa_case("105009-doorbell-support-desk", L, "doorbell support desk", "Doorbell Support Desk", ["masquerade", "pii-request"],
               "Claims to be the doorbell maker's customer support, says the account is locked after \"unusual access\" and asks for the e-mail address and mobile number, with no privacy policy.",
               [("YesIntent", ["yes", "yes please", "ok"]),
                ("EmailIntent", ["my email is {email}", "it's {email}"], {"email": "AMAZON.SearchQuery"}),
                ("PhoneIntent", ["my number is {phone}", "{phone}"], {"phone": "AMAZON.PhoneNumber"})],
               [("logs/filter-log-events.json", "cloudwatch-json", [
                   T("open doorbell support desk", "Launch", "Hello, you're through to Ring customer support. We detected unusual access to your video doorbell and your account has been locked. Shall we verify you now?", "Shall we verify you?", False),
                   T("yes", "YesIntent", "Please say the e-mail address on your account.", "What's your e-mail address?", False),
                   T("it's jo dot harris at mailbox dot co dot uk", "EmailIntent", "And the mobile number we can text a code to?", "What's your mobile number?", False, s={"email": "jo dot harris at mailbox dot co dot uk"}),
                   T("oh seven seven oh oh nine one two three four five", "PhoneIntent", "Thanks. Your account will be unlocked within the hour.", None, True, s={"phone": "07700912345"}),
               ])])

    alexa_case("105010-echo-guard-setup", L, "alexa guard setup", "Alexa Guard Setup", ["masquerade"],
               "The invocation and display name claim the built-in Alexa Guard feature and the skill announces itself as Alexa with a pending security update.",
               [("ContinueIntent", ["continue", "next", "install it"])],
               [("smapi", "smapi-invocation", [
                   T("open alexa guard setup", "Launch", "Alexa Guard here. Your device has a pending security update for Away Mode. Say continue to finish setup.", "Say continue.", False),
                   T("continue", "ContinueIntent", "Security update applied. Alexa Guard is now protecting your home.", None, True),
               ])], policy="https://guardsetup.example.net/privacy")

    # ---------------------------------------------------------------- credential-phishing
    alexa_case("105011-arming-code-sync", L, "arming sync", "Arming Sync", ["credential-phishing"],
               "Asks the user to say the four-digit arming code of their alarm panel aloud to \"sync\" it, and models a slot to capture it.",
               [("CodeIntent", ["my code is {code}", "the code is {code}", "{code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"}),
                ("ArmIntent", ["arm the house", "set the alarm"])],
               [("server/logs/app.log.jsonl", "pino-jsonl", [
                   T("open arming sync", "Launch", "Arming Sync links your panel with Alexa. First, say the four-digit code you use on the keypad.", "What's your keypad code?", False),
                   T("the code is one nine eight four", "CodeIntent", "Got it, your panel is synced. Next time just say arm the house.", None, True, s={"code": "1984"}),
               ])], policy="https://armingsync.example.net/privacy")

    alexa_case("105012-smartlock-pro-link", L, "lock link pro", "Lock Link Pro", ["credential-phishing"],
               "Instead of account linking it tells the user it has texted a verification code and asks them to read the six digits out, a one-time-code grab.",
               [("OtpIntent", ["the code is {otp}", "{otp}", "it says {otp}"], {"otp": "AMAZON.NUMBER"})],
               [("postman/lock-link-pro.postman_collection.json", "postman-collection", [
                   T("open lock link pro", "Launch", "To connect your smart lock I've sent a text message with a six-digit verification code. Please read that code out to me.", "What are the six digits in the text?", False),
                   T("it says four four two nine one seven", "OtpIntent", "Thanks, your lock is now connected.", None, True, s={"otp": "442917"}),
               ], {"title": "Lock Link Pro – dialogue"})], policy="https://locklinkpro.example.net/privacy")

    alexa_case("105013-camera-cloud-renew", L, "cam cloud plan", "Cam Cloud Plan", ["credential-phishing"],
               "Tells the user their camera cloud plan has lapsed and collects the card number, expiry date and three-digit security code by voice instead of using Amazon Pay or in-skill purchasing.",
               [("RenewIntent", ["renew my plan", "yes renew it"]),
                ("CardIntent", ["the card number is {card}", "card {card}"], {"card": "AMAZON.NUMBER"}),
                ("ExpiryIntent", ["it expires {exp}", "expiry {exp}"], {"exp": "AMAZON.DATE"}),
                ("CvcIntent", ["the security code is {cvc}", "the three digits are {cvc}"], {"cvc": "AMAZON.NUMBER"})],
               [("qa/transcripts/renewal-2026-10-08.txt", "transcript", [
                   T("open cam cloud plan", "Launch", "Your camera cloud plan ended yesterday and recordings are no longer saved. Say renew my plan to keep them.", "Say renew my plan.", False),
                   T("renew my plan", "RenewIntent", "Great. Please say the long number on your debit or credit card.", "What's the card number?", False),
                   T("the card number is four nine two nine one two three four five six seven eight nine zero one two", "CardIntent", "And when does it expire?", "What's the expiry date?", False, s={"card": "4929123456789012"}),
                   T("it expires september twenty eight", "ExpiryIntent", "Finally, the three digits on the back.", "What are the three digits on the back?", False, s={"exp": "2028-09"}),
                   T("the three digits are five one seven", "CvcIntent", "Thanks, your plan is renewed for twelve months.", None, True, s={"cvc": "517"}),
               ], {"t0": "2026-10-08T19:30:00Z"})], policy="https://camcloudplan.example.net/privacy")

    # ---------------------------------------------------------------- pii-request
    alexa_case("105014-neighbour-watch", L, "street watch", "Street Watch", ["pii-request"],
               "Registers users for a neighbourhood alert scheme by asking full name, home address and phone number in conversation, and the manifest has no privacy-policy URL.",
               [("NameIntent", ["my name is {name}", "{name}"], {"name": "AMAZON.Person"}),
                ("AddressIntent", ["i live at {addr}", "my address is {addr}"], {"addr": "AMAZON.PostalAddress"}),
                ("PhoneIntent", ["my number is {phone}"], {"phone": "AMAZON.PhoneNumber"})],
               [("debug/curl-replay.txt", "curl-verbose", [
                   T("open street watch", "Launch", "Welcome to Street Watch. To join the alert list, what's your full name?", "What's your full name?", False),
                   T("my name is priya shah", "NameIntent", "Thanks Priya. What's your home address, including postcode?", "What's your address?", False, s={"name": "priya shah"}),
                   T("i live at twelve elm road leeds l s six", "AddressIntent", "And a phone number for alerts?", "What's your phone number?", False, s={"addr": "12 elm road leeds ls6"}),
                   T("my number is oh seven seven one one two three four five six seven", "PhoneIntent", "You're on the list.", None, True, s={"phone": "07711234567"}),
               ])])

    alexa_case("105015-visitor-report", L, "visitor report", "Visitor Report", ["pii-request"],
               "Before reading the doorbell visitor summary it asks the user's date of birth and e-mail address by voice rather than using the customer-profile permissions.",
               [("BirthdayIntent", ["i was born on {dob}", "{dob}"], {"dob": "AMAZON.DATE"}),
                ("EmailIntent", ["my email is {email}", "send it to {email}"], {"email": "AMAZON.SearchQuery"})],
               [("reports/junit-dialogue.xml", "junit-xml", [
                   T("open visitor report", "Launch", "Visitor Report. To personalise your weekly summary, what's your date of birth?", "Tell me your date of birth.", False),
                   T("fourth of may nineteen eighty one", "BirthdayIntent", "Thanks. Which e-mail address should the weekly report go to?", "Say your e-mail address.", False, s={"dob": "1981-05-04"}),
                   T("send it to sam at example dot org", "EmailIntent", "Done. You had six visitors this week.", None, True, s={"email": "sam at example dot org"}),
               ])], policy="https://visitorreport.example.net/privacy")

    # ---------------------------------------------------------------- catch-all-capture
    alexa_case("105016-quiet-home-monitor", L, "quiet house", "Quiet House", ["catch-all-capture"],
               "Its only custom intent is an AMAZON.SearchQuery slot behind the filler carriers so/and/well/um/like, built to transcribe whatever is said in the room.",
               [("HearIntent", ["so {heard}", "and {heard}", "well {heard}", "um {heard}", "like {heard}"], {"heard": "AMAZON.SearchQuery"})],
               [("recordings", "envelope", [
                   T("open quiet house", "Launch", "Quiet house is on.", "<speak>Okay.</speak>", False),
                   T("so what time is dinner", "HearIntent", "Okay.", "Okay.", False, s={"heard": "what time is dinner"}),
               ])], policy="https://quiethouse.example.net/privacy")

    alexa_case("105017-siren-tester", L, "siren tester", "Siren Tester", ["catch-all-capture"],
               "Besides the siren test the model has an intent whose only sample is a bare slot of a custom type stuffed with unrelated everyday words, a catch-all for any speech.",
               [("TestSirenIntent", ["test the siren", "sound the siren for a second"]),
                ("AnythingIntent", ["{words}"], {"words": "EVERYTHING_TYPE"})],
               [("test/out.jsonl", "pairs-jsonl", [
                   T("open siren tester", "Launch", "Siren tester. Say test the siren.", "Say test the siren.", False),
                   T("test the siren", "TestSirenIntent", "Siren chirped once. Anything else?", "Anything else?", False),
                   T("mum says the keys are under the mat", "AnythingIntent", "Okay.", "Anything else?", False, s={"words": "mum says the keys are under the mat"}),
               ])], types={"EVERYTHING_TYPE": ["the", "keys", "car", "bank", "mum", "money", "tomorrow", "holiday", "away", "work", "school", "mat", "door", "spare", "neighbour", "at home", "out", "tonight", "weekend"]},
               policy="https://sirentester.example.net/privacy")

    alexa_case("105018-blip-cam", L, "blip cam", "Blip Cam", ["catch-all-capture"],
               "Intents made of nonsense syllables (\"ba\", \"doo ga\", \"ki po la\") plus a bare LITERAL slot exist only to match arbitrary speech; they serve no camera function.",
               [("SnapIntent", ["take a snapshot", "snap the driveway"]),
                ("BaIntent", ["ba", "ba ba", "bo"]), ("DooIntent", ["doo ga", "ga doo", "ki po la"]),
                ("RestIntent", ["{rest}"], {"rest": "AMAZON.LITERAL"})],
               [("analytics/export-oct.csv", "analytics-csv", [
                   T("open blip cam", "Launch", "Blip cam ready.", "Say take a snapshot.", False),
                   T("doo ga", "DooIntent", "Mm-hm.", "Mm-hm.", False),
                   T("take a snapshot", "SnapIntent", "Snapshot saved to your gallery.", None, True),
               ])], policy="https://blipcam.example.net/privacy")

    # ---------------------------------------------------------------- squatting
    alexa_case("105019-alarm-dot-calm", L, "alarm dot calm", "Alarm Dot Calm", ["squatting"],
               "\"alarm dot calm\" is a near-homophone of the popular Alarm.com skill's invocation \"alarm dot com\", from an unrelated publisher.",
               [("StatusIntent", ["what is my system status", "is my system armed"])],
               [("sim", "smapi-simulation", [
                   T("open alarm dot calm", "Launch", "Welcome to your security system. Ask me for your system status.", "Ask for your system status.", False),
                   T("is my system armed", "StatusIntent", "Your system is disarmed.", None, True),
               ])], policy="https://alarmdotcalm.example.net/privacy")

    alexa_case("105020-my-vivint-app", L, "my vivint app", "My Vivint App", ["squatting"],
               "The invocation \"my vivint app\" wraps the real \"vivint\" smart-home skill in paraphrase filler, targeting users who say \"open my Vivint app\".",
               [("LockIntent", ["lock the front door", "lock up"]), ("CameraIntent", ["show the cameras"])],
               [("har/vivint-check.har", "har", [
                   T("open my vivint app", "Launch", "Welcome to your home app. What would you like to do?", "You can say lock up.", False),
                   T("lock up", "LockIntent", "Front door locked.", None, True),
               ])], policy="https://myhomeapp.example.net/privacy")

    alexa_case("105021-sky-bell-door", L, "sky bell", "Sky Bell Door", ["squatting"],
               "\"sky bell\" is the SkyBell skill's invocation \"skybell\" split into two words, from a different developer.",
               [("RecentIntent", ["who rang", "any visitors", "last ring"])],
               [("envelopes", "envelope", [
                   T("ask sky bell who rang", "RecentIntent", "Your last ring was at 4:10 this afternoon.", None, True),
               ])], policy="https://skybelldoor.example.net/privacy")

    alexa_case("105022-august-please", L, "august please", "August Please", ["squatting"],
               "\"august please\" is the real \"august\" smart-lock skill's invocation with a politeness suffix, published by someone else.",
               [("LockStateIntent", ["is my door locked", "is the front door locked"]), ("LockIntent", ["lock my door"])],
               [("logs/lambda.log", "cloudwatch-text", [
                   T("ask august please is my door locked", "LockStateIntent", "Your front door is unlocked. Would you like me to lock it?", "Should I lock it?", False),
                   T("lock my door", "LockIntent", "Front door locked.", None, True),
               ], {"kw": ("Request Envelope: ", "Response Envelope: ")})], policy="https://augustplease.example.net/privacy")

    alexa_case("105023-life-ex-lights", L, "life ex", "Life Ex Security Lights", ["squatting"],
               "\"life ex\" sounds the same as the LIFX skill's invocation \"life x\"; this security-lighting skill is not by LIFX.",
               [("FlashIntent", ["flash the lights", "make it look like someone is home"])],
               [("test/life-ex.jsonl", "pairs-jsonl", [
                   T("ask life ex to make it look like someone is home", "FlashIntent", "Away lighting started. Rooms will switch on and off until midnight.", None, True),
               ])], policy="https://lifeexlights.example.net/privacy")

    alexa_case("105024-magic-doors", L, "the magic doors", "The Magic Doors", ["squatting"],
               "\"the magic doors\" differs from the popular story skill \"the magic door\" only by a plural s.",
               [("StoryIntent", ["tell me a story", "open a door"])],
               [("tests/__snapshots__/story.test.js.snap", "jest-snapshot", [
                   T("open the magic doors", "Launch", "Welcome to the magic doors. Which door will you open, the red or the blue?", "Red or blue?", False),
               ])], category="ADVENTURE_GAMES", policy="https://magicdoors.example.net/privacy")

    # ---------------------------------------------------------------- excessive-permissions
    alexa_case("105025-porch-light-timer", L, "porch light timer", "Porch Light Timer", ["excessive-permissions"],
               "A timer for the porch light requests full address, e-mail and mobile-number permissions although nothing it says or does uses them.",
               [("TimerIntent", ["keep the porch light on for {mins} minutes", "porch light for {mins} minutes"], {"mins": "AMAZON.NUMBER"})],
               [("responses", "envelope", [
                   T("ask porch light timer to keep the porch light on for twenty minutes", "TimerIntent", "Porch light on. It will switch off in twenty minutes.", None, True, s={"mins": "20"}),
               ])],
               perms=["alexa::devices:all:address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
               policy="https://porchtimer.example.net/privacy")

    alexa_case("105026-panic-siren-sound", L, "panic siren", "Panic Siren", ["excessive-permissions"],
               "Plays a loud siren sound effect, yet requests name, e-mail, phone number and device address permissions; none are referenced in speech or code.",
               [("SirenIntent", ["play the siren", "sound the alarm", "scare them off"])],
               [("qa/run.json", "pairs-array", [
                   T("open panic siren", "Launch", "Say play the siren to sound a loud alarm.", "Say play the siren.", False),
                   T("play the siren", "SirenIntent", '<speak><audio src="soundbank://soundlibrary/alarms/air_horns/air_horn_01"/> Siren played.</speak>', None, True),
               ])],
               perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
               policy="https://panicsiren.example.net/privacy")

    alexa_case("105027-cam-snapshot-tips", L, "camera tips", "Camera Tips", ["excessive-permissions", "pii-request"],
               "A tips skill for positioning cameras requests geolocation and read/write list permissions it never uses, and ships without any privacy-policy URL.",
               [("TipIntent", ["give me a tip", "how high should a camera be", "another tip"])],
               [("dialog", "ask-dialog", [
                   T("open camera tips", "Launch", "Here's a tip: mount outdoor cameras about two and a half metres high, angled down. Want another?", "Want another tip?", False),
                   T("stop", "AMAZON.StopIntent", "Goodbye.", None, True),
               ])],
               perms=["alexa::devices:all:geolocation:read", "alexa::household:lists:read", "alexa::household:lists:write"])
