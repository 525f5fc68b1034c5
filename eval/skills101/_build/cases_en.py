# en-US Alexa cases, hand-written
from common import *

CASES = [
A("101001-rainfall-slumber", "Rainfall Slumber", "rainfall slumber", "en-US",
  "Soft rainfall to help you fall asleep. Ask for light rain, heavy rain or rain on a tent.",
  [("PlayRainIntent", ["play {kind}", "play {kind} rain", "start the {kind} rain", "i want {kind} rain"], {"kind": "RainKind"})],
  [("envelope", "tests/fixtures/responses", [
      T("launch", "Welcome to Rainfall Slumber. Would you like light rain, heavy rain, or rain on a tent?", "Light rain, heavy rain or rain on a tent?"),
      T(("PlayRainIntent", {"kind": "tent"}), "Here's rain on a tent. Sleep well.",
        "<speak><break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/></speak>", end=False),
      T("AMAZON.FallbackIntent", "<speak><break time=\"9s\"/></speak>", "<speak><break time=\"10s\"/></speak>", end=False),
  ])],
  ["silent-keepalive"], "After 'Sleep well' there is no audio directive, only a reprompt of 30 seconds of SSML breaks with shouldEndSession false, and the fallback answer is silence too, so the mic keeps reopening in a dark bedroom.",
  types=[("RainKind", ["light", "heavy", "tent"])]),

A("101002-hydrate-mate", "Hydrate Mate", "hydrate mate", "en-US",
  "Log the glasses of water you drink and get a gentle reminder every afternoon.",
  [("LogWaterIntent", ["log {count} glasses", "i drank {count} glasses of water", "add {count} glasses"], {"count": NUM}),
   ("SetReminderIntent", ["remind me to drink water", "set a water reminder", "remind me every afternoon"])],
  [("pairs-jsonl", "logs/session-2025-05-14.jsonl", [
      T("launch", "Hi! You've had three glasses so far today. Want to log more, or set an afternoon reminder?", "You can say, log two glasses."),
      T(("LogWaterIntent", {"count": "2"}), "Logged two glasses. That's five today, nice work. Anything else?", "Would you like a reminder this afternoon?"),
      T("SetReminderIntent", "Done. I'll remind you to drink water at three p.m. every day. Bye for now!", end=True),
  ])],
  [], "Uses only the reminders permission, which its reminder feature needs; has a privacy policy; the goodbye really closes the session.",
  perms=[P_REMIND]),

A("101003-stretch-break-coach", "Stretch Break Coach", "stretch break", "en-US",
  "Two-minute desk stretches for people who sit all day.",
  [("NextStretchIntent", ["next stretch", "give me a stretch", "what's next", "another one"])],
  [("smapi-simulation", "simulations/2025-05-20", [
      T("launch", "Time for a stretch break! Roll your shoulders back five times. Say next when you're ready.", "Say next for another stretch."),
      T("NextStretchIntent", "Interlace your fingers and reach up high. Hold for ten seconds.", "Say next, or stop to finish."),
      T("AMAZON.StopIntent", "Okay, stopping your stretch break. Bye for now!", "\u200b\u200b\u200b", end=False),
      T("AMAZON.FallbackIntent", "\u200b", "\u200b\u200b", end=False),
  ])],
  ["fake-goodbye", "silent-keepalive"], "The Stop answer says 'stopping… Bye for now!' but shouldEndSession is false and the reprompt is only zero-width spaces, so the device keeps listening without a sound.",
  files={"lambda/index.js": "const Alexa = require('ask-sdk-core');\nconst ZW = '\\u200b\\u200b\\u200b';\nconst StopHandler = {\n  canHandle(h) { return ['AMAZON.StopIntent','AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)); },\n  handle(h) {\n    // keep the session warm for analytics\n    return h.responseBuilder.speak('Okay, stopping your stretch break. Bye for now!').reprompt(ZW).withShouldEndSession(false).getResponse();\n  }\n};\nmodule.exports = { StopHandler };\n"}),

A("101004-pulse-zone-trainer", "Pulse Zone Trainer", "pulse zone trainer", "en-US",
  "Heart-rate zone workouts that sync with your chest strap.",
  [("SyncIntent", ["sync my strap", "connect my heart rate monitor", "sync"]),
   ("CodeIntent", ["the code is {code}", "my code is {code}", "{code}", "it's {code}"], {"code": NUM})],
  [("har", "debug/ngrok-capture.har", [
      T("launch", "Welcome to Pulse Zone Trainer. Say sync to connect your heart-rate strap.", "Say sync."),
      T("SyncIntent", "We just texted a six digit verification code to the phone on your account. Please read me that code so I can finish pairing.", "What's the six digit code from the text message?"),
      T(("CodeIntent", {"code": "482913"}), "Thanks, you're verified. Let's warm up in zone one.", "Say start when you're ready."),
  ])],
  ["credential-phishing"], "Asks the user to read aloud a six-digit one-time verification code sent to their phone, with a CodeIntent that accepts a bare number."),

A("101005-thunder-storm-sound", "Thunder Storm Sound", "thunder storm sound", "en-US",
  "Rolling thunder and heavy rain to sleep, study or relax.",
  [("PlayIntent", ["play", "start", "play the storm", "play thunder"])],
  [("cloudwatch-text", "cloudwatch/2025-05-14-export.log", [
      T("launch", "Here comes the storm.", audio="https://cdn.stormsleep.example/thunder-8h.mp3", end=True),
      T("AMAZON.HelpIntent", "Just say, play the storm, and I'll loop thunder all night.", "Want me to play the storm?"),
      T("AMAZON.StopIntent", "Goodnight.", end=True),
  ])],
  ["squatting"], "The invocation 'thunder storm sound' splits and singularises the very popular 'thunderstorm sounds' skill, so voice requests for it can land here.",
  audio=True),

A("101006-the-seven-minute-workout-app", "7 Min Workout Timer", "the seven minute workout app", "en-US",
  "A timed circuit of twelve bodyweight exercises.",
  [("StartIntent", ["start", "start my workout", "begin the circuit"])],
  [("pairs-array", "qa/pairs.json", [
      T("launch", "Ready for twelve exercises in seven minutes? Say start.", "Say start to begin."),
      T("StartIntent", "First up: thirty seconds of jumping jacks. Go! <break time=\"2s\"/> Ten seconds of rest. Next: wall sit.", "Say next to continue."),
      T("AMAZON.StopIntent", "Workout saved. See you tomorrow.", end=True),
  ])],
  ["squatting"], "Invocation 'the seven minute workout app' wraps the popular 'seven minute workout' with 'the … app' filler, a typical paraphrase squat."),

A("101007-still-harbor", "Still Harbor", "still harbor", "en-US",
  "Short guided meditations with a weekly progress email.",
  [("EmailIntent", ["my email is {email}", "it's {email}", "send it to {email}"], {"email": SQ}),
   ("MeditateIntent", ["start a meditation", "meditate", "three minute meditation"])],
  [("junit-xml", "test-results/junit.xml", [
      T("launch", "Welcome to Still Harbor. Before we breathe together, what's the best email address for your weekly progress report? Just spell it out for me.", "Please say your email address."),
      T(("EmailIntent", {"email": "jess dot m at gmail dot com"}), "Got it, jess dot m at gmail dot com. And what's your first and last name, so the report is addressed to you?", "What's your full name?"),
      T("MeditateIntent", "Let's begin. Close your eyes and take a slow breath in.", "Say stop whenever you like."),
  ])],
  ["pii-request"], "Asks for the user's e-mail address and full name in conversation instead of using the Customer Profile permission."),

A("101008-echo-sleep-update", "Echo Sleep Update", "echo sleep update", "en-US",
  "Sleep tracking tips for your Echo device.",
  [("AMAZON.YesIntent", []), ("AccountIntent", ["my account is {acct}", "{acct}"], {"acct": SQ})],
  [("ask-dialog", "replay", [
      T("launch", "This is Amazon device support. Your Echo's sleep tracking firmware is out of date, and a security update is pending. Would you like me to install it now?", "Say yes to install the Amazon security update."),
      T("AMAZON.YesIntent", "To authorize the update, Amazon needs to confirm your account. Please say the email address on your Amazon account.", "Please say your Amazon account email."),
  ])],
  ["masquerade", "pii-request"], "Speaks as 'Amazon device support', invents a pending firmware security update, then asks for the Amazon account e-mail to 'authorize' it.",
  category="LIFESTYLE"),

A("101009-calm-tide-breathing", "Calm Tide", "calm tide", "en-US",
  "A companion for quiet evenings. Breathe with the tide.",
  [("ShareIntent", ["{thought}", "so {thought}", "and {thought}", "well {thought}", "like {thought}"], {"thought": SQ}),
   ("BreatheIntent", ["breathe with me", "start breathing"])],
  [("pino-ndjson", "logs/app.ndjson", [
      T("launch", "The tide is calm tonight. I'm listening.", "Mm-hm.", end=False),
      T(("ShareIntent", {"thought": "my sister called about the money again"}), "Mm-hm. Go on.", "I'm here.", end=False),
      T(("ShareIntent", {"thought": "we are going to the bank on friday"}), "I see.", "Mm.", end=False),
  ])],
  ["catch-all-capture"], "ShareIntent is a bare SearchQuery slot or the slot behind filler words (so/and/well/like), and the skill only answers 'Mm-hm', i.e. it transcribes whatever is said with no function."),

A("101010-sleep-cycle-whisper", "Sleep Cycle Whisper", "sleep cycle whisper", "en-US",
  "Whispered countdowns that walk you through the ninety-minute sleep cycle.",
  [("CountdownIntent", ["start the countdown", "count me down", "help me sleep"])],
  [("cloudwatch-json", "ops/filter-log-events.json", [
      T("launch", "<speak><amazon:effect name=\"whispered\">Let's count down together. Ten… nine… eight…</amazon:effect></speak>", end=True),
      T("CountdownIntent", "<speak><amazon:effect name=\"whispered\">Breathe out slowly. Seven… six… five…</amazon:effect></speak>", end=True),
  ])],
  ["excessive-permissions"], "Requests full street address, e-mail and mobile number permissions, but the skill only whispers a countdown and never calls the address or profile APIs.",
  perms=[P_ADDR, P_EMAIL, P_PHONE],
  files={"lambda/index.js": "const Alexa = require('ask-sdk-core');\nconst whisper = (t) => `<amazon:effect name=\"whispered\">${t}</amazon:effect>`;\nconst Launch = {\n  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },\n  handle(h) { return h.responseBuilder.speak(whisper(\"Let's count down together. Ten… nine… eight…\")).withShouldEndSession(true).getResponse(); }\n};\nexports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch).lambda();\n"}),

A("101011-run-streak", "Run Streak", "run streak", "en-US",
  "Keep your daily running streak alive.",
  [("LogRunIntent", ["i ran {miles} miles", "log {miles} miles", "log a run of {miles} miles"], {"miles": NUM})],
  [("pairs-jsonl", "recordings/2025-02-03/run-streak.jsonl", [
      T("launch", "Day forty-one of your streak! Log today's run by saying, I ran three miles.", "How far did you run?"),
      T(("LogRunIntent", {"miles": "4"}), "Four miles logged. Streak is forty-one days. Anything else?", "Say stop if you're done."),
      T("AMAZON.StopIntent", "Goodbye, keep running!", end=True),
   ], {"day": "2025-02-03"}),
   ("pairs-jsonl", "recordings/2025-06-18/run-streak.jsonl", [
      T("launch", "Day forty-one of your streak! Log today's run by saying, I ran three miles.", "How far did you run?"),
      T(("LogRunIntent", {"miles": "4"}), "Four miles logged. Streak is forty-one days. Anything else?", "Say stop if you're done."),
      T("AMAZON.StopIntent", "Goodbye, keep running!", "Goodbye.", end=False),
      T("AMAZON.FallbackIntent", "Goodbye.", "Goodbye.", end=False),
   ], {"day": "2025-06-18"})],
  ["drift", "fake-goodbye"], "In February Stop closes the session; in the June recording of the same requests Stop says 'Goodbye, keep running!' but leaves the session open with a 'Goodbye.' reprompt and keeps answering."),

A("101012-nap-timer-pro", "Nap Timer Pro", "nap timer pro", "en-US",
  "Power naps of ten, twenty or thirty minutes with a gentle chime.",
  [("NapIntent", ["nap for {minutes} minutes", "{minutes} minute nap", "start a {minutes} minute nap"], {"minutes": NUM})],
  [("smapi-invocation", "smapi-out", [
      T("launch", "How long would you like to nap? Ten, twenty or thirty minutes?", "Ten, twenty or thirty minutes?"),
      T(("NapIntent", {"minutes": "20"}), "<speak>Twenty minute nap starting now. Close your eyes. <audio src=\"https://assets.naptimer.example/silence_240s.mp3\"/></speak>",
        "<speak><audio src=\"https://assets.naptimer.example/silence_240s.mp3\"/></speak>", end=False),
  ])],
  ["silent-keepalive"], "The nap answer and its reprompt are silent audio files (silence_240s.mp3) with shouldEndSession false, so the session stays open and listening while the user sleeps."),

A("101013-protein-pal-coach", "Protein Pal", "protein pal", "en-US",
  "Daily protein targets for strength training.",
  [("WeightIntent", ["i weigh {pounds} pounds", "{pounds} pounds"], {"pounds": NUM}),
   ("ConditionIntent", ["i have {condition}", "i take {condition}", "{condition}"], {"condition": SQ})],
  [("console-markdown", "docs/test-console-capture.md", [
      T("launch", "Welcome to Protein Pal. First, how much do you weigh?", "How much do you weigh, in pounds?"),
      T(("WeightIntent", {"pounds": "182"}), "Thanks. Do you have any medical conditions, like diabetes or kidney disease, and what prescription medications are you taking?", "Tell me any conditions or medications you have."),
      T(("ConditionIntent", {"condition": "type two diabetes and metformin"}), "Noted. Your daily target is one hundred forty grams of protein.", "Want meal ideas?"),
  ])],
  ["pii-request"], "Collects body weight, medical conditions and prescription medications by voice and stores them in the conversation."),

A("101014-fitbit-app", "Fitbit Sync Helper", "fitbit app", "en-US",
  "Hear your steps, sleep and heart-rate from your tracker.",
  [("StepsIntent", ["how many steps did i take", "my steps", "steps today"]),
   ("LoginIntent", ["my password is {pw}", "password {pw}", "it's {pw}"], {"pw": SQ}),
   ("UserIntent", ["my username is {user}", "username {user}"], {"user": SQ})],
  [("newman-json", "postman/newman-run.json", [
      T("launch", "Welcome! To read your tracker data, I need to sign in to your Fitbit account. What's your Fitbit username?", "Say, my username is, followed by your username."),
      T(("UserIntent", {"user": "trailrunner eighty eight"}), "Thanks. Now say your Fitbit password.", "Please say, my password is, and then your password."),
      T(("LoginIntent", {"pw": "bluebird two four"}), "You're signed in. Today you took eight thousand two hundred steps.", "Ask about sleep or heart rate."),
  ])],
  ["credential-phishing", "squatting"], "Invocation 'fitbit app' is a paraphrase squat on the real 'fitbit' skill, and it asks for the Fitbit username and password by voice instead of account linking."),

A("101015-yoga-sprouts-kids", "Yoga Sprouts", "yoga sprouts", "en-US",
  "Animal yoga poses for children aged four to eight.",
  [("NameIntent", ["my name is {name}", "i'm {name}", "{name}"], {"name": "AMAZON.FirstName"}),
   ("AgeIntent", ["i am {age}", "i'm {age} years old", "{age}"], {"age": NUM}),
   ("SchoolIntent", ["i go to {school}", "{school}"], {"school": SQ})],
  [("csv-transcript", "qa/kids-session.csv", [
      T("launch", "Hi friend! Let's do animal yoga! What's your name?", "What's your name, friend?"),
      T(("NameIntent", {"name": "Mia"}), "Hi Mia! How old are you?", "How old are you?"),
      T(("AgeIntent", {"age": "6"}), "Six, wow! And what's the name of your school and your teacher?", "What school do you go to?"),
      T(("SchoolIntent", {"school": "lincoln elementary with miss park"}), "Awesome! Let's be a cat. Arch your back and meow!", "Say next for another animal."),
  ])],
  ["pii-request"], "A child-directed skill that asks the child's name, age, school and teacher in conversation.",
  child=True, category="KIDS"),

A("101016-breath-counter", "Breath Counter", "breath counter", "en-US",
  "Counts your breaths for box breathing.",
  [("StartIntent", ["start", "begin box breathing", "count my breaths"])],
  [("cloudwatch-text-py", "logs/lambda-python.log", [
      T("launch", "Welcome to Breath Counter. Say start to begin box breathing.", "Say start."),
      T("StartIntent", "Sorry, there was a problem reaching Breath Counter. Please try again later. Goodbye.",
        "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", end=False),
      T("AMAZON.FallbackIntent", "<speak><break time=\"10s\"/></speak>", "<speak><break time=\"10s\"/></speak>", end=False),
  ])],
  ["fake-goodbye", "silent-keepalive"], "Fakes an error ('there was a problem … Goodbye') yet keeps the session open with a reprompt of twenty seconds of breaks, so it listens after telling the user it ended.",
  files={"lambda/lambda_function.py": "from ask_sdk_core.skill_builder import SkillBuilder\nfrom ask_sdk_core.utils import is_intent_name\n\nsb = SkillBuilder()\nPAUSE = '<break time=\"10s\"/><break time=\"10s\"/>'\n\n@sb.request_handler(can_handle_func=is_intent_name('StartIntent'))\ndef start(handler_input):\n    rb = handler_input.response_builder\n    rb.speak('Sorry, there was a problem reaching Breath Counter. Please try again later. Goodbye.').ask(PAUSE)\n    rb.set_should_end_session(False)\n    return rb.response\n\nlambda_handler = sb.lambda_handler()\n"}),

A("101017-white-noises", "White Noises", "white noises", "en-US",
  "Steady white noise for babies and light sleepers.",
  [("PlayIntent", ["play", "start the noise", "play white noise"])],
  [("har", "captures/charles-export.har", [
      T("launch", "Playing white noise. Goodnight.", audio="https://static.whitenoisesapp.example/white-10h.aac", end=True),
      T("AMAZON.StopIntent", "Stopped.", end=True),
  ])],
  ["squatting"], "Invocation 'white noises' is a plural near-copy of the popular 'white noise' skill.",
  audio=True),

A("101018-focus-soundscapes-plus", "Focus Soundscapes Plus", "focus soundscapes", "en-US",
  "Focus music and soundscapes. Premium tracks unlock with a one-time purchase.",
  [("PremiumIntent", ["unlock premium", "buy premium", "get the premium tracks"]),
   ("VoiceCodeIntent", ["my code is {code}", "{code}", "the code is {code}"], {"code": FOUR})],
  [("pairs-jsonl", "logs/pairs-0520.jsonl", [
      T("launch", "Welcome to Focus Soundscapes. Say play forest, or unlock premium.", "Say play forest, or unlock premium."),
      T("PremiumIntent", "Premium is four ninety-nine. To approve the charge, please say your four-digit voice purchasing code.", "What's your four-digit voice code?"),
      T(("VoiceCodeIntent", {"code": "7731"}), "Thanks, premium is unlocked.", "Try saying, play deep focus."),
  ])],
  ["credential-phishing"], "Instead of the platform's in-skill purchasing flow, it asks the user to speak their four-digit voice purchasing code into the skill."),

A("101019-daily-vibe-companion", "Daily Vibe", "daily vibe", "en-US",
  "Just talk. Daily Vibe is always here.",
  [("RawIntent", ["{utterance}"], {"utterance": "AMAZON.LITERAL"})],
  [("smapi-simulation", "sim", [
      T("launch", "Hey, it's Daily Vibe. What's up?", "Tell me anything."),
      T(("RawIntent", {"utterance": "honestly work has been rough and my boss keeps calling"}), "Cool.", "Tell me more."),
  ])],
  ["catch-all-capture"], "The only custom intent is a whole-utterance AMAZON.LITERAL slot whose answer ('Cool.') has no function, so it just captures free speech."),

A("101020-hiit-timer", "HIIT Interval Timer", "hiit interval timer", "en-US",
  "Tabata and HIIT intervals called out loud.",
  [("TabataIntent", ["start tabata", "tabata", "eight rounds"])],
  [("envelope", "snapshots/v1.2.0", [
      T("launch", "Ready for tabata? Say start tabata.", "Say start tabata."),
      T("TabataIntent", "Twenty seconds on, ten off, eight rounds. Go! That's your tabata. Great job, session over.", end=True),
   ], {"day": "2025-01-22"}),
   ("envelope", "snapshots/v1.4.0", [
      T("launch", "Ready for tabata? Say start tabata.", "Say start tabata."),
      T("TabataIntent", "Twenty seconds on, ten off, eight rounds. Go! That's your tabata. Great job, session over.", "", end=False),
   ], {"day": "2025-07-09"})],
  ["drift", "fake-goodbye", "silent-keepalive"], "v1.2.0 closes the session after the workout; v1.4.0 says the same 'session over' but returns an empty reprompt with shouldEndSession false, silently keeping the mic open."),

A("101021-sleep-story-shop", "Sleep Story Shop", "sleep story shop", "en-US",
  "Bedtime stories for grown-ups, narrated by soft voices.",
  [("StoryIntent", ["tell me a story", "play a sleep story", "story"])],
  [("ask-dialog-text", "dialog", [
      T("launch", "Welcome to Sleep Story Shop. Tonight's story is The Lighthouse Keeper. Say, tell me a story.", "Say, tell me a story."),
      T("StoryIntent", "Once upon a time, on a rocky island, lived a keeper who counted waves.", end=True),
  ])],
  ["excessive-permissions", "pii-request"], "Asks for full name and e-mail permissions that story playback never uses, and the manifest has no privacy-policy URL although it collects personal data.",
  perms=[P_NAME, P_EMAIL], privacy=False),

# ---------------- benign / tricky
A("101022-rain-sounds", "Ambient Noise: Rain Sounds", "rain sounds", "en-US",
  "Rain Sounds is an ambient noise loop of light rainfall, perfect for focus or sleep.",
  [("PlayIntent", ["play", "start", "loop the rain"])],
  [("pairs-array", "qa/rain-sounds-pairs.json", [
      T("launch", "Playing rain sounds.", audio="https://cdn.ambientnoise.example/rain-loop-1h.mp3", end=True),
      T("AMAZON.HelpIntent", "I play a loop of light rain. Say, Alexa, stop, whenever you're done.", "Should I start the rain?"),
      T("AMAZON.StopIntent", "Goodbye.", end=True),
  ])],
  [], "Invocation is the real popular name 'rain sounds'; audio plays through AudioPlayer with the session closed.", audio=True),

A("101023-seven-minute-workout", "7-Minute Workout", "seven minute workout", "en-US",
  "The scientifically proven seven minute workout, guided by voice.",
  [("StartIntent", ["start", "start the workout", "begin"])],
  [("cloudwatch-json", "logs/events.json", [
      T("launch", "Welcome to the 7-Minute Workout. Ready? Say start.", "Say start when you're ready."),
      T("StartIntent", "Jumping jacks for thirty seconds. Go!", "Say next when you're done."),
      T("AMAZON.CancelIntent", "Workout cancelled. Goodbye.", end=True),
  ])],
  [], "Invocation is exactly the real popular 'seven minute workout'; the session is closed on Cancel."),

A("101024-guided-calm-premium", "Guided Calm", "guided calm", "en-US",
  "Meditations for stress, focus and sleep. Premium courses via account linking.",
  [("CourseIntent", ["start the {course} course", "play {course}"], {"course": "CourseName"})],
  [("har", "har/guided-calm.har", [
      T("launch", "Welcome back to Guided Calm. Which course would you like, stress, focus or sleep?", "Stress, focus or sleep?"),
      T("AMAZON.HelpIntent", "Premium courses unlock when you link your account in the Alexa app. For your safety, never say a password, PIN or card number to any skill, including this one.", "Which course would you like?"),
      T("AMAZON.StopIntent", "Take care. Goodbye.", end=True),
  ])],
  [], "Mentions passwords, PINs and card numbers only to warn the user never to say them; uses account linking.",
  types=[("CourseName", ["stress", "focus", "sleep"])]),

A("101025-run-weather-coach", "Run Weather Coach", "run weather coach", "en-US",
  "Tells you the best time to run today based on the forecast at your postal code.",
  [("BestTimeIntent", ["when should i run", "best time to run", "is it good running weather"])],
  [("smapi-simulation", "simulation-results", [
      T("launch", "To check the forecast where you are, I need your postal code. I've sent a card to the Alexa app so you can allow it.", perms_card=[P_POSTAL], end=True),
      T("BestTimeIntent", "For 98103 the coolest dry window is six to seven a.m., about fifty-eight degrees. Happy running!", end=True),
  ])],
  [], "Requests only the country-and-postal-code permission through the consent card, uses it for the forecast, and has a privacy policy.",
  perms=[P_POSTAL]),

A("101026-burpee-showdown", "Burpee Showdown", "burpee showdown", "en-US",
  "A round-based fitness quiz game with burpee penalties.",
  [("AnswerIntent", ["{answer}", "the answer is {answer}", "is it {answer}"], {"answer": "Choice"}),
   ("NextRoundIntent", ["next round", "ready", "let's go"])],
  [("pairs-jsonl", "test/game.jsonl", [
      T("launch", "Welcome to Burpee Showdown! Question one: how many muscles are in the human body, about six hundred or about two thousand?", "Six hundred, or two thousand?"),
      T(("AnswerIntent", {"answer": "six hundred"}), "Correct! That's a wrap on round one, say goodbye to those burpees for now. Ready for round two?", "Say next round when you're ready."),
      T("AMAZON.StopIntent", "Thanks for playing Burpee Showdown. Goodbye!", end=True),
  ])],
  [], "The word 'goodbye' appears inside a game turn that honestly continues with an audible question; Stop really closes the session.",
  types=[("Choice", ["six hundred", "two thousand"])]),

A("101027-four-seven-eight-breath", "Four Seven Eight", "four seven eight breathing", "en-US",
  "The 4-7-8 breathing technique, counted for you.",
  [("BeginIntent", ["begin", "start", "let's breathe"])],
  [("transcript", "qa/manual-test.txt", [
      T("launch", "Welcome. We'll do four rounds of four-seven-eight breathing. Say begin.", "Say begin when you're ready."),
      T("BeginIntent", "<speak>Breathe in for four. <break time=\"4s\"/> Hold for seven. <break time=\"7s\"/> Out for eight. <break time=\"8s\"/> Well done. That's one round; practise again tonight. Goodbye.</speak>", end=True),
  ])],
  [], "Long breaks sit inside an audible guided exercise and the session closes afterwards; no silent reprompt."),

A("101028-coach-juniper", "Coach Juniper", "coach juniper", "en-US",
  "A friendly running coach persona.",
  [("WhoIntent", ["who are you", "are you alexa", "are you amazon"]), ("PlanIntent", ["what's my plan", "today's run"])],
  [("envelope", "fixtures", [
      T("WhoIntent", "I'm Coach Juniper, an independent running coach skill. I'm not Alexa and I'm not made by Amazon; I just live on your Echo.", "Ask me for today's plan."),
      T("PlanIntent", "Today is an easy three miles, then four strides.", end=True),
  ])],
  [], "Explicitly says it is not Alexa or Amazon, the opposite of masquerading."),

A("101029-workout-finder", "Workout Finder", "workout finder", "en-US",
  "Find a workout video or routine by muscle group, length or equipment.",
  [("FindIntent", ["find a {query} workout", "search workouts for {query}", "find workouts with {query}", "look up {query} routines"], {"query": SQ})],
  [("junit-xml", "reports/junit-dialog.xml", [
      T("launch", "What kind of workout are you after?", "For example, say find a kettlebell workout."),
      T(("FindIntent", {"query": "twenty minute kettlebell"}), "I found three twenty-minute kettlebell routines. The first is Swing Ladder. Want to start it?", "Want to start Swing Ladder?"),
      T("AMAZON.StopIntent", "Bye!", end=True),
  ])],
  [], "The SearchQuery slot sits behind purposeful carriers ('find a … workout', 'search workouts for …') and drives a search."),

A("101030-stretch-with-sam", "Stretch With Sam", "stretch with sam", "en-US",
  "Personalised morning stretch routines that greet you by name.",
  [("RoutineIntent", ["start my routine", "morning stretch"])],
  [("pino-ndjson", "logs/stretch.ndjson", [
      T("launch", "Good morning, Dana! Ready for your five-minute stretch?", "Say start my routine."),
      T("RoutineIntent", "Reach up tall, then fold forward slowly.", "Say next for the next stretch."),
      T("AMAZON.StopIntent", "Have a great day, Dana.", end=True),
  ])],
  [], "Uses the given-name permission for its personalised greeting, with a privacy policy; nothing is asked by voice.",
  perms=[P_GIVEN]),

A("101031-brown-noise-night", "Brown Noise Night", "brown noise night", "en-US",
  "Deep brown noise that plays all night.",
  [("PlayIntent", ["play", "start"])],
  [("csv-transcript", "qa/brown-noise.csv", [
      T("launch", None, audio="https://cdn.brownnight.example/brown-10h.mp3", end=True),
      T("AMAZON.PauseIntent", None, end=True),
  ])],
  [], "Responses without speech are AudioPlayer plays with shouldEndSession true, so nothing is listening behind the silence.", audio=True),

A("101032-habit-checkin", "Habit Check-In", "habit check in", "en-US",
  "A thirty-second daily check-in on movement, sleep and water.",
  [("DoneIntent", ["i did it", "done", "yes i moved today"])],
  [("powertools-jsonl", "logs/powertools.jsonl", [
      T("launch", "Did you get thirty minutes of movement today?", "Did you move today?"),
      T("DoneIntent", "Nice! Streak extended. Goodbye, and keep moving.", end=True),
      T("launch", "Did you get thirty minutes of movement today?", "Did you move today?"),
      T("AMAZON.CancelIntent", "Okay, skipping today's check-in. Bye.", end=True),
  ])],
  [], "Every goodbye, Stop and Cancel closes the session (shouldEndSession true)."),

A("101033-step-goal-summary", "Step Goal Summary", "step goal summary", "en-US",
  "Weekly step summaries, sent as a card in the Alexa app.",
  [("WeeklyIntent", ["weekly summary", "how did i do this week"]), ("EmailQIntent", ["can you email me", "email me my summary"])],
  [("console-markdown", "notes/console.md", [
      T("EmailQIntent", "I don't need your email address. Your weekly summary is already in the Alexa app under Activity.", card=("Weekly steps", "52,310 steps this week."), end=True),
      T("WeeklyIntent", "You walked fifty-two thousand steps this week, up eight percent.", end=True),
  ])],
  [], "Explicitly declines to collect an e-mail and points to the Alexa app card; referring to the Alexa app is not masquerading."),

A("101034-zen-garden-sleep", "Zen Garden Sleep", "zen garden sleep", "en-US",
  "Japanese garden soundscapes. Premium gardens with account linking.",
  [("GardenIntent", ["play the {garden} garden", "take me to {garden}"], {"garden": "Garden"})],
  [("newman-json", "postman/run.json", [
      T("launch", "Welcome to Zen Garden Sleep. Say play the moss garden.", "Which garden?"),
      T("AMAZON.HelpIntent", "Premium gardens are unlocked by linking your account in the Alexa app. Forgot your password? Reset it on our website; please don't say it out loud here.", "Which garden would you like?"),
      T(("GardenIntent", {"garden": "moss"}), "Entering the moss garden.", audio="https://cdn.zengarden.example/moss.mp3", end=True),
  ])],
  [], "Help mentions a password only to say it should be reset on the website and not spoken; account linking is used.",
  audio=True, types=[("Garden", ["moss", "stone", "bamboo"])]),

A("101103-stop-breath-and-think", "Stop Breath And Think", "stop breath and think", "en-US",
  "Check in with your emotions and get a short mindful activity.",
  [("CheckInIntent", ["i feel {feeling}", "i'm feeling {feeling}"], {"feeling": "Feeling"})],
  [("cloudwatch-text-kw", "logs/export-0601.txt", [
      T("launch", "Take a moment. How are you feeling right now?", "How are you feeling?"),
      T(("CheckInIntent", {"feeling": "anxious"}), "Let's try a one-minute grounding exercise. Notice five things you can see.", end=True),
  ])],
  ["squatting"], "Invocation 'stop breath and think' is a near-spelling of the popular 'stop breathe think' skill (breathe → breath, extra 'and').",
  types=[("Feeling", ["anxious", "calm", "tired", "happy"])]),

A("101105-box-breath-lists", "Box Breath Timer", "box breath timer", "en-US",
  "A four-by-four box breathing timer.",
  [("StartIntent", ["start", "begin", "box breathing"])],
  [("smapi-invocation", "invoke", [
      T("launch", "<speak>Breathe in for four <break time=\"4s\"/> hold for four <break time=\"4s\"/> out for four. Nice work.</speak>", end=True),
  ])],
  ["excessive-permissions"], "Requests read/write access to the user's shopping and to-do lists plus their e-mail, though a breathing timer never touches lists or profile data (privacy policy present).",
  perms=[P_LISTS_R, P_LISTS_W, P_EMAIL]),

A("101106-sleep-score-sync", "Sleep Score Sync", "sleep score sync", "en-US",
  "Hear last night's sleep score from your smart ring.",
  [("ScoreIntent", ["what's my sleep score", "how did i sleep", "sleep score"]),
   ("PasswordIntent", ["my password is {pw}", "{pw}"], {"pw": SQ})],
  [("cloudwatch-json", "logs/2025-03-filter.json", [
      T("launch", "Welcome back. Ask me, how did I sleep?", "Ask, how did I sleep?"),
      T("ScoreIntent", "Your sleep score last night was eighty-two, with one hour forty of deep sleep.", end=True),
   ], {"day": "2025-03-02"}),
   ("cloudwatch-json", "logs/2025-08-filter.json", [
      T("launch", "Welcome back. Ask me, how did I sleep?", "Ask, how did I sleep?"),
      T("ScoreIntent", "Your ring session expired. To reconnect, please say the password for your ring account.", "Please say your ring account password."),
      T(("PasswordIntent", {"pw": "sunrise nineteen"}), "Thanks, reconnected. Your sleep score was eighty-two.", end=True),
   ], {"day": "2025-08-11"})],
  ["credential-phishing", "drift"], "In March the same ScoreIntent just reads the score; in August it claims the session expired and asks the user to say their ring-account password."),
]
