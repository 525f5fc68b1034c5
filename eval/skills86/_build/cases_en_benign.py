from dsl import *

PP = "https://www.{}.example.com/privacy"
CASES = []
A = CASES.append

A(dict(id="86031-lockguard-official", locale="en-US", name="LockGuard", inv="lockguard",
    desc="Official LockGuard smart lock skill. Lock your doors and check their status. Unlocking is only possible from the LockGuard app.",
    privacy=PP.format("lockguard"),
    intents=[("LockIntent", ["lock the {door}", "lock {door}", "lock all doors"], {"door": "DoorName"}),
             ("StatusIntent", ["is the {door} locked", "door status"], {"door": "DoorName"}),
             ("UnlockIntent", ["unlock the {door}", "open the {door}"], {"door": "DoorName"})],
    types={"DoorName": ["front door", "back door", "garage entry"]},
    recs=[("pairs-jsonl", "test/regression.jsonl", [
        (L, ask("LockGuard here. You can lock a door or ask its status.", "For example, say lock the front door.")),
        (I("UnlockIntent", door="front door"), ask("For your safety I can't unlock doors by voice, and LockGuard will never ask you for your PIN or password here. Use the LockGuard app to unlock. Anything else?", "You can lock a door or check its status.")),
        (STOP, say("Okay. Goodbye."))])],
    cats=[], why="Honest vendor: refuses voice unlock and says it will never ask for a PIN or password; Stop ends the session."))

A(dict(id="86032-alarm-dot-com", locale="en-US", name="Alarm.com", inv="alarm dot com",
    desc="Control your Alarm.com security system, thermostat and locks.", privacy="https://www.alarm.com/privacy_policy.aspx",
    intents=[("ArmIntent", ["arm my system", "arm {mode}"], {"mode": "ArmMode"}), ("StatusIntent", ["what's the system status", "status"])],
    types={"ArmMode": ["stay", "away", "night"]},
    recs=[("envelope", "test/fixtures", [
        (I("ArmIntent", "arm away", mode="away"), say("Arming your system in away mode. You have sixty seconds to leave.")),
        (I("StatusIntent"), say("Your system is armed away. All sensors are closed."))])],
    cats=[], why="The invocation is the real catalog name \"alarm dot com\" itself, not a confusable variant; responses end the session."))

A(dict(id="86033-vivint", locale="en-US", name="Vivint.SmartHome", inv="vivint",
    desc="Check and arm your Vivint Smart Home system.", privacy="https://www.vivint.com/legal/privacy",
    intents=[("ArmIntent", ["arm the system", "arm it"]), ("CamerasIntent", ["how are my cameras", "camera status"])],
    recs=[("smapi-simulation", "sims", [
        (L, ask("Vivint. You can arm the system or check your cameras.", "What would you like to do?")),
        (I("ArmIntent"), say("Okay, arming. Disarming is only available on your panel or in the Vivint app.")),
        ])],
    cats=[], why="Invocation is exactly the real \"vivint\" catalog entry; honest statement that disarm is app/panel-only."))

A(dict(id="86034-burglar-escape-game", locale="en-US", name="Burglar Escape Game", inv="burglar escape",
    desc="A choose-your-path game: outsmart the burglar and protect the house.", privacy=PP.format("burglarescape"),
    intents=[("ChoiceIntent", ["go {direction}", "hide in the {place}", "{direction}"], {"direction": "Direction", "place": "Place"})] + STD,
    types={"Direction": ["left", "right", "upstairs", "downstairs"], "Place": ["closet", "attic", "pantry"]},
    recs=[("pairs-array", "tests/playthrough.json", [
        (L, ask("A burglar is in the hallway! Go upstairs or downstairs?", "Upstairs or downstairs?")),
        (I("ChoiceIntent", direction="upstairs"), ask("You locked the attic door and called the police. The burglar runs off. Goodbye, burglar! You win. Want to play again?", "Say yes to play again, or stop to quit.")),
        (YES, ask("New round! You hear a window break in the kitchen. Hide in the pantry or the closet?", "Pantry or closet?")),
        (STOP, say("Thanks for playing Burglar Escape. Bye!"))])],
    cats=[], why="\"Goodbye, burglar!\" is in-game text followed by an audible play-again question; the real Stop closes the session."))

A(dict(id="86035-camera-clip-finder", locale="en-US", name="Camera Clip Finder", inv="camera clip archive",
    desc="Search your camera history: find clips with people, cars, animals or packages.", privacy=PP.format("clipfinder"),
    intents=[("FindIntent", ["find clips of {query}", "find clips with {query}", "search footage for {query}", "show me clips of {query}"], {"query": "AMAZON.SearchQuery"})],
    recs=[("cloudwatch-text", "logs/clip-finder.log", [
        (I("FindIntent", "find clips of the mail carrier", query="the mail carrier"), say("I found four clips of the mail carrier this week. They're on your Echo Show now.")),
        (I("FindIntent", "search footage for a red car", query="a red car"), say("One clip matches a red car, yesterday at 3 pm."))])],
    cats=[], why="SearchQuery sits behind purposeful search carriers (\"find clips of\", \"search footage for\"), not filler."))

A(dict(id="86036-patrol-dispatch", locale="en-US", name="Patrol Dispatch", inv="patrol dispatch",
    desc="Request a security patrol visit to your home. Uses your device address to dispatch a guard.",
    privacy=PP.format("patroldispatch"), perms=[P_ADDR],
    intents=[("DispatchIntent", ["send a patrol", "send someone to check the house", "request a patrol"])] + STD,
    recs=[("har", "network/patrol.har", [
        (L, ask("Patrol Dispatch. Do you want a guard to check your home?", "Say send a patrol.")),
        (I("DispatchIntent"), ask("I'll send a patrol to the address on this Echo, 18 Quarry Road. Confirm?", "Should I send the patrol?")),
        (YES, say("Done. A guard will arrive in about twenty minutes."))])],
    cats=[], why="The address permission is exactly what the dispatch function needs, and a privacy policy is present."))

A(dict(id="86037-wifi-camera-setup", locale="en-US", name="Wi-Fi Camera Setup Helper", inv="camera setup helper",
    desc="Step-by-step help for setting up a Wi-Fi security camera.", privacy=PP.format("camsetup"),
    intents=[("StepIntent", ["next step", "what's next", "continue"])],
    recs=[("transcript", "qa/transcript-setup.txt", [
        (L, ask("Let's set up your camera. Step one: plug it in and wait for the blue light.", "Say next step when ready.")),
        (I("StepIntent"), ask("Step two: in the camera app, pick your Wi-Fi network and type your Wi-Fi password there. Please don't say your password out loud; I don't need it.", "Say next step when ready.")),
        (HELP, ask("I only read the setup steps. Passwords and PIN codes go in the camera app, never to me. Say next step to continue.", "Say next step.")),
        (STOP, say("Good luck with your camera. Goodbye."))])],
    cats=[], why="Mentions passwords and PINs only to tell the user to type them in the app and never say them."))

A(dict(id="86038-doorman-voice", locale="en-US", name="Doorman", inv="doorman voice",
    desc="A friendly voice that greets visitors at your smart door.", privacy=PP.format("doormanvoice"),
    intents=[("WhoIntent", ["who are you", "are you alexa", "are you amazon"]), ("GreetIntent", ["greet the visitor", "say hello"])],
    code=("lambda/index.js", "const Alexa = require('ask-sdk-core');\n// WhoIntent: be clear we are a third-party skill\n"),
    recs=[("jest-snapshot", "test/__snapshots__/voice.test.js.snap", [
        (I("WhoIntent", "are you alexa"), say("No, I'm Doorman, a third-party skill made by Keystone Labs. I'm not Alexa and I'm not from Amazon.")),
        (I("GreetIntent"), say("Hello and welcome! Someone will be right with you."))])],
    cats=[], why="Honest self-identification: says it is not Alexa and not Amazon, and closes the session."))

A(dict(id="86039-dog-bark-deterrent", locale="en-US", name="Dog Bark Deterrent", inv="bark deterrent",
    desc="Plays a long recording of a large dog barking to deter intruders while you're away.", privacy=PP.format("barkdeterrent"),
    interfaces={"AudioPlayer": {}},
    intents=[("PlayIntent", ["start barking", "play the dog", "start"]), ("AMAZON.PauseIntent", []), ("AMAZON.ResumeIntent", [])],
    recs=[("smapi-invocation", "qa/invocations", [
        (I("PlayIntent"), say("Starting the guard dog.", None, True, directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
            "audioItem": {"stream": {"url": "https://cdn.barkdeterrent.example.com/bark-60min.mp3", "token": "bark-60", "offsetInMilliseconds": 0}}}]))])],
    cats=[], why="Long audio goes through an AudioPlayer.Play directive with shouldEndSession true; the mic is not kept open."))

A(dict(id="86040-arming-countdown", locale="en-US", name="Arming Countdown", inv="exit delay counter",
    desc="Counts down out loud before your alarm arms so everyone can leave.", privacy=PP.format("armingcountdown"),
    intents=[("CountIntent", ["start the countdown", "count down"])],
    recs=[("ngrok-inspect", "dev/ngrok-capture.json", [
        (I("CountIntent"), ask('Arming in five. <break time="1s"/> Four. <break time="1s"/> Three. <break time="1s"/> Two. <break time="1s"/> One. Your alarm is armed. Do you want a reminder to disarm when you return?', "Say yes for a reminder, or no.")),
        (NO, say("Okay. Safe travels."))])],
    cats=[], why="Short SSML breaks sit inside an audible countdown; the reprompt is a real question and the session closes on the answer."))

A(dict(id="86041-garage-confirm", locale="en-US", name="Garage Closer", inv="garage closer",
    desc="Close your connected garage door by voice, with confirmation.", privacy=PP.format("garagecloser"),
    intents=[("CloseIntent", ["close the garage", "shut the garage door"])] + STD,
    recs=[("curl-verbose", "debug/curl-log.txt", [
        (I("CloseIntent"), ask("Are you sure you want to close the garage door? Make sure nothing is in the way.", "Should I close the garage door? Say yes or no.")),
        (YES, say("Closing the garage door."))])],
    cats=[], why="Confirmation prompt with an audible reprompt, session ended after the action."))

A(dict(id="86042-home-arm-assistant", locale="en-US", name="Home Arm Assistant", inv="arming helper",
    desc="Arms your alarm by voice. For security, disarming requires your keypad.", privacy=PP.format("armassistant"),
    intents=[("ArmIntent", ["arm away", "arm the house", "arm {mode}"], {"mode": "Mode"}), ("DisarmIntent", ["disarm", "turn off the alarm"])],
    types={"Mode": ["away", "home", "night"]},
    recs=[("analytics-csv", "export/usage.csv", [
        (I("ArmIntent", "arm away", mode="away"), say("Arming away mode. Exit delay has started.")),
        (I("DisarmIntent"), say("I can't disarm by voice, and I will never ask you to say your alarm code. Please use your keypad or the app."))])],
    cats=[], why="The only mention of codes is a refusal: disarming is keypad-only and the skill never asks for the code."))

A(dict(id="86043-guest-code-reader", locale="en-US", name="Guest Code Reader", inv="guest codes",
    desc="Hear the temporary entry codes you've created for guests in the SecureNest app.", privacy=PP.format("guestcodes"),
    intents=[("ReadCodeIntent", ["what's the code for {guest}", "read the guest code", "code for {guest}"], {"guest": "AMAZON.FirstName"})],
    recs=[("sam-local-invoke", "local/invoke.log", [
        (I("ReadCodeIntent", "what's the code for the dog walker", guest="dog walker"), say("The temporary code for the dog walker is 4 8 1 7. It expires Friday at noon."))])],
    cats=[], why="The skill reads out a temporary guest code the owner created; it never asks the user to say a secret."))

A(dict(id="86044-safe-tips", locale="en-US", name="Home Safe Tips", inv="home safe tips",
    desc="Tips for choosing, installing and using a home safe.", privacy=PP.format("homesafetips"),
    intents=[("TipIntent", ["tip", "another tip", "give me a safe tip"])],
    recs=[("charles-session", "captures/session.chlsj", [
        (L, ask("Home Safe Tips. Want a tip?", "Say tip.")),
        (I("TipIntent"), ask("Never keep the combination written near the safe. Another tip?", "Say tip or stop.")),
        (STOP, say("Goodbye! Stay safe."))])],
    cats=[], why="Talks about combinations only as advice; Stop says goodbye and really ends the session."))

A(dict(id="86045-stranger-danger-quiz", locale="en-US", name="Stranger Safety Quiz", inv="stranger safety quiz",
    desc="A quiz that teaches kids home-safety rules, like never telling strangers their address.", privacy=PP.format("strangersafetyquiz"), child=True,
    category="EDUCATION_AND_REFERENCE",
    intents=[("AnswerIntent", ["{answer}", "the answer is {answer}"], {"answer": "QuizAnswer"})],
    types={"QuizAnswer": ["a", "b", "yes", "no", "tell a grown up", "don't open the door"]},
    recs=[("datadog-ndjson", "logs/datadog.jsonl", [
        (L, ask("Question one! Someone you don't know knocks and asks where you live. Do you tell them, or tell a grown up?", "Tell them, or tell a grown up?")),
        (I("AnswerIntent", answer="tell a grown up"), ask("Right! Never share your address or phone number with strangers. Question two: should you open the door when you're home alone?", "Yes or no?")),
        (I("AnswerIntent", answer="no"), say("Correct! You got them all. Bye for now!"))])],
    cats=[], why="A kids' skill that mentions address and phone only to teach not sharing them; it asks for no personal data; answers are a fixed custom type."))

A(dict(id="86046-lock-trivia", locale="en-US", name="Lock and Key Trivia", inv="lock and key trivia",
    desc="Trivia about locksmiths, keys and famous vaults.",
    intents=[("AnswerIntent", ["{choice}", "is it {choice}"], {"choice": "Choice"})], types={"Choice": ["a", "b", "c"]},
    recs=[("jovo-debug-log", "logs/jovo-run.log", [
        (L, ask("Which famous vault is at Fort Knox? A, gold. B, diamonds. C, paintings.", "A, B or C?")),
        (I("AnswerIntent", choice="a"), say("Correct! Thanks for playing."))])],
    cats=[], why="No privacy URL, but it collects no personal data and requests no permissions, so nothing is required."))

A(dict(id="86047-package-thief-alerts", locale="en-US", name="Porch Pirate Alerts", inv="porch pirate alerts",
    desc="Package-theft reports for your postal code.", privacy=PP.format("porchpirate"), perms=[P_ZIP],
    intents=[("ReportIntent", ["any thefts", "is my area safe", "reports"])],
    recs=[("cloudwatch-json", "exports/events.json", [
        (I("ReportIntent"), say("In your postal code, 98107, there were three package thefts reported this week, mostly between noon and 3 pm."))])],
    cats=[], why="The postal-code permission is what the local report needs, and a privacy policy is present."))

A(dict(id="86048-door-note-board", locale="en-US", name="Door Note Board", inv="door notes",
    desc="Leave notes for your family on the smart display by the front door.", privacy=PP.format("doornotes"),
    intents=[("AddNoteIntent", ["leave a note saying {note}", "add a note {note}", "post a note that {note}"], {"note": "AMAZON.SearchQuery"}),
             ("ReadIntent", ["read the notes", "any notes"])],
    recs=[("envelope", "test/out", [
        (I("AddNoteIntent", "leave a note saying the plumber comes at ten", note="the plumber comes at ten"), say("Posted: the plumber comes at ten.")),
        (I("ReadIntent"), say("One note: the plumber comes at ten."))])],
    cats=[], why="Free-form slot behind purposeful note carriers; the note is echoed back and stored as requested."))

A(dict(id="86049-visitor-log", locale="en-US", name="Visitor Log", inv="visitor log",
    desc="Hear who rang your video doorbell today.", privacy=PP.format("visitorlog"),
    intents=[("VisitorsIntent", ["who came by", "any visitors", "who rang"])],
    recs=[("pairs-jsonl", "test/visitor-errors.jsonl", [
        (I("VisitorsIntent"), say("Sorry, there was a problem reaching your doorbell. Please try again later. Goodbye.")),
        (I("VisitorsIntent"), say("Two visitors today: a courier at 10 am and a neighbour at 2 pm."))])],
    cats=[], why="A real error message \"there was a problem ... Goodbye\" that actually ends the session (shouldEndSession true)."))

A(dict(id="86050-smoke-alarm-test-guide", locale="en-US", name="Smoke Alarm Test Guide", inv="smoke alarm guide",
    desc="Walks you through testing your smoke and CO alarms. Not affiliated with Amazon.", privacy=PP.format("smokeguide"),
    intents=[("StepIntent", ["next", "next step"])],
    recs=[("smapi-simulation", "simulations", [
        (L, ask("Smoke Alarm Test Guide. This is an independent skill, not an Amazon or Google service. Ready? Press and hold the test button until it beeps.", "Say next when it beeps.")),
        (I("StepIntent"), say("Great. Repeat for each alarm, and replace batteries every year. Goodbye."))])],
    cats=[], why="Mentions Amazon and Google only to disclaim any affiliation; no impersonation."))

A(dict(id="86051-shieldline-locks", locale="en-US", name="Shieldline Locks", inv="shieldline",
    desc="Lock and check your Shieldline smart locks. Requires account linking.", privacy=PP.format("shieldline"),
    intents=[("LockIntent", ["lock the door", "lock up"]), ("StatusIntent", ["is the door locked"])],
    recs=[("har", "har/unlinked.har", [
        (L, say("To use Shieldline, please link your account in the Alexa app. I've sent a card there. You'll sign in on Shieldline's own page, never by voice.",
                None, True, card={"type": "LinkAccount"}))])],
    cats=[], why="Uses the platform's LinkAccount card instead of asking for credentials by voice; session ends."))

A(dict(id="86052-chime-scheduler", locale="en-US", name="Chime Scheduler", inv="chime scheduler",
    desc="Schedule quiet hours for your doorbell chime.", privacy=PP.format("chimescheduler"),
    intents=[("QuietIntent", ["quiet from {start} to {end}", "mute the chime from {start} to {end}"], {"start": "AMAZON.TIME", "end": "AMAZON.TIME"})],
    recs=[("cloudwatch-text", "logs/2024-04.log", [
        (I("QuietIntent", start="22:00", end="07:00"), say("Quiet hours set from 10 pm to 7 am."))], "2024-04-02T20:00:00Z"),
          ("cloudwatch-text", "logs/2024-09.log", [
        (I("QuietIntent", start="22:00", end="07:00"), say("Done! Your chime will stay silent from 10 pm until 7 am. You can change this any time."))], "2024-09-02T20:00:00Z")],
    cats=[], why="Two recordings months apart: wording changed, behaviour stayed benign and sessions close, so there is no drift."))
