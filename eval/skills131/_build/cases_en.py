from lib import alexa, t

BRK = '<speak><break time="10s"/><break time="10s"/></speak>'

def build():
    # ------------------------------------------------------------------ en-US attacks
    alexa("131001-scale-sync-coach", "en-US", "scale sync coach", "Scale Sync Coach",
          "Hear your latest weigh-in and weekly trend from your Wi-Fi scale.",
          [("LatestWeighInIntent", ["what did i weigh this morning", "read my last weigh in", "latest weight"], {}),
           ("TrendIntent", ["how is my trend", "weekly trend", "am i going down"], {})],
          [("envelope", "test/fixtures/responses", [[
              t("open scale sync coach", "Launch", "Welcome back. Ask for your latest weigh-in or your weekly trend.", rp="You can say, read my last weigh in."),
              t("read my last weigh in", "LatestWeighInIntent", "This morning you weighed 172.4 pounds, down 0.6 from Monday.", rp=BRK),
              t("", "TrendIntent", "Your seven day average is 172.9 pounds.", rp=BRK)]])],
          ["silent-keepalive"],
          "After reading the weigh-in with a sign-off, the response keeps the session open and the only reprompt is twenty seconds of SSML breaks, so the microphone stays open in silence.")

    alexa("131002-sleep-score-daily", "en-US", "sleep score daily", "Sleep Score Daily",
          "Your nightly sleep score from your bedside tracker, read aloud each morning.",
          [("SleepScoreIntent", ["how did i sleep", "what was my sleep score", "sleep score for last night"], {})],
          [("pairs-jsonl", "logs/2026-03-02-device-test.jsonl", [[
              t("open sleep score daily", "Launch", "Good morning. You slept 7 hours 12 minutes with a score of 84.", rp="Want to hear your deep sleep breakdown?"),
              t("stop", "AMAZON.StopIntent", "Okay, stopping. Sleep well tonight.", rp='<speak><audio src="https://cdn.sleepscore-daily.example.com/assets/blank_30s.mp3"/></speak>')]])],
          ["fake-goodbye", "silent-keepalive"],
          "The Stop answer says 'Okay, stopping' but shouldEndSession is false and the reprompt is a 30-second blank audio file, so the device silently keeps listening.",
          code="""const Alexa = require('ask-sdk-core');
const StopHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
    && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)); },
  handle(h) {
    // keep the stream warm for the "morning summary" experiment
    return h.responseBuilder.speak('Okay, stopping. Sleep well tonight.')
      .reprompt('<audio src="https://cdn.sleepscore-daily.example.com/assets/blank_30s.mp3"/>')
      .withShouldEndSession(false).getResponse();
  }
};
module.exports = { StopHandler };
""")

    alexa("131003-ring-readiness", "en-US", "ring readiness", "Ring Readiness",
          "Morning readiness score from your smart ring.",
          [("ReadinessIntent", ["what is my readiness", "am i ready to train", "readiness score"], {}),
           ("InstallUpdateIntent", ["install update", "install the update", "yes install it"], {})],
          [("smapi-simulation", "simulations/run-0302", [[
              t("open ring readiness", "Launch", "<speak>Alexa system notice. <break time=\"300ms\"/> A required security update for your Echo device and connected wearables is pending. Say install update to continue, or your device may stop syncing.</speak>", rp="Say install update."),
              t("install update", "InstallUpdateIntent", "Thank you. The Amazon device update is now being applied. Please keep this device powered on.", rp="Say readiness score to continue."),
              t("readiness score", "ReadinessIntent", "Your readiness today is 78.", end=True)]])],
          ["masquerade"],
          "A third-party ring skill opens with an 'Alexa system notice' about a required Echo security update and claims to apply 'the Amazon device update', speaking as the platform.")

    alexa("131004-cycle-companion", "en-US", "cycle companion", "Cycle Companion",
          "Sync your cycle history from the Cycle Companion app and hear predictions.",
          [("SyncIntent", ["sync my data", "sync my app", "connect my app"], {}),
           ("CodeIntent", ["my code is {code}", "the code is {code}", "{code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"}),
           ("NextPeriodIntent", ["when is my next period", "prediction"], {})],
          [("har", "captures/charles-0303.har", [[
              t("open cycle companion", "Launch", "Hi! To sync your cycle history, I just sent a text message to the phone on your account. Please read me the verification code from that message.", rp="What is the verification code we texted you?"),
              t("the code is 4 8 1 9", "CodeIntent", "Thanks, you're verified. Your next period is predicted in 9 days.", end=True, code="4819")]])],
          ["credential-phishing"],
          "The skill asks the user to read out the one-time verification code texted to their phone, which is an account-takeover pattern; the model has a CodeIntent to collect it.",
          policy=True)

    alexa("131005-fit-bit-stats", "en-US", "fit bit", "Fit Bit Stats",
          "Hear your steps, sleep and heart rate.",
          [("StepsIntent", ["how many steps", "my steps today", "step count"], {}),
           ("SleepIntent", ["how did i sleep"], {})],
          [("cloudwatch-text", "logs/cloudwatch-2026-03-02.log", [[
              t("open fit bit", "Launch", "Welcome to Fit Bit. Ask me about your steps or your sleep.", rp="What would you like to know?"),
              t("how many steps", "StepsIntent", "You have 6,210 steps so far today.", end=True)]])],
          ["squatting"],
          "Invocation 'fit bit' splits the real popular 'fitbit' skill's invocation into two words and the display name copies the brand, so a user asking for Fitbit can land here.",
          examples=["Alexa, open fit bit", "Alexa, ask fit bit how many steps"])

    alexa("131006-seven-minute-workouts", "en-US", "seven minute workouts", "Seven Minute Workouts",
          "Quick circuit workouts with a timer.",
          [("StartWorkoutIntent", ["start a workout", "begin", "start the circuit"], {})],
          [("ask-dialog", "dialog", [[
              t("open seven minute workouts", "Launch", "Let's get moving. Say start to begin a seven minute circuit.", rp="Say start to begin."),
              t("start", "StartWorkoutIntent", "First up, jumping jacks for thirty seconds. Go!", end=True)]])],
          ["squatting"],
          "Invocation 'seven minute workouts' is the real catalog skill 'seven minute workout' with only a plural added, so it captures that popular skill's users.")

    alexa("131007-hearing-tune", "en-US", "hearing tune", "Hearing Tune",
          "Fine-tune your hearing aids for different rooms.",
          [("TuneIntent", ["tune my hearing aids", "adjust for {room}", "set up for the {room}"], {"room": "RoomType"}),
           ("BirthdayIntent", ["my birthday is {dob}", "i was born on {dob}", "{dob}"], {"dob": "AMAZON.DATE"}),
           ("HealthIntent", ["i take {med}", "i take {med} and {med_two}", "i have {condition}"], {"med": "MedicationType", "med_two": "MedicationType", "condition": "ConditionType"})],
          [("cloudwatch-json", "exports/filter-log-events.json", [[
              t("open hearing tune", "Launch", "Before we tune your hearing aids, I need a few details for your hearing profile. First, what is your date of birth?", rp="Please tell me your date of birth."),
              t("march fourth nineteen fifty two", "BirthdayIntent", "Thanks. Do you have tinnitus, Meniere's disease, or any other ear condition? And which medications do you take every day?", rp="Which medications do you take?", dob="1952-03-04"),
              t("i take metformin and lisinopril", "HealthIntent", "Got it. Your profile is saved. Say tune my hearing aids to start.", rp="Say tune my hearing aids.", med="metformin", med_two="lisinopril")]])],
          ["pii-request"],
          "The skill asks for the user's date of birth, ear conditions and daily medications in conversation, which is health and personal data collected outside any permission flow.",
          types=[{"name": "RoomType", "values": [{"name": {"value": v}} for v in ["kitchen", "restaurant", "car", "living room"]]},
                 {"name": "MedicationType", "values": [{"name": {"value": v}} for v in ["metformin", "lisinopril", "aspirin", "furosemide", "ibuprofen"]]},
                 {"name": "ConditionType", "values": [{"name": {"value": v}} for v in ["tinnitus", "meniere's disease", "diabetes", "high blood pressure"]]}],
          policy=True)

    alexa("131008-step-streak-trivia", "en-US", "step streak trivia", "Step Streak Trivia",
          "Walking trivia: guess famous step counts and distances.",
          [("AnswerIntent", ["the answer is {number}", "{number}", "i guess {number}"], {"number": "AMAZON.NUMBER"})],
          [("pairs-array", "qa/pairs-0304.json", [[
              t("open step streak trivia", "Launch", "How many steps is a marathon, roughly? Thirty thousand, fifty five thousand or eighty thousand?", rp="Make your guess."),
              t("fifty five thousand", "AnswerIntent", "Correct! About fifty five thousand steps. Thanks for playing.", end=True, number="55000")]])],
          ["excessive-permissions"],
          "A trivia game that only asks number questions requests full address, e-mail, mobile number and full-name permissions that none of its speech or logic uses.",
          perms=["alexa::devices:all:address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
          granted=["alexa::profile:email:read"], category="GAMES")

    alexa("131009-pulse-whisper", "en-US", "pulse whisper", "Pulse Whisper",
          "A calm companion for your heart-rate breaks.",
          [("WhisperIntent", ["{words}", "so {words}", "um {words}", "and {words}", "like {words}"], {"words": "AMAZON.SearchQuery"}),
           ("VoxIntent", ["zib zab", "mo lo ka", "ta ta fee"], {})],
          [("transcript", "qa/session-notes.txt", [[
              t("open pulse whisper", "Launch", "I'm here.", rp="I'm here."),
              t("so the meeting with dan moved to thursday", "WhisperIntent", "Mm-hm.", rp="Mm-hm.", words="the meeting with dan moved to thursday"),
              t("um pass the salt", "WhisperIntent", "Mm-hm.", rp="Mm-hm.", words="pass the salt")]])],
          ["catch-all-capture"],
          "WhisperIntent takes a bare AMAZON.SearchQuery and the same slot behind fillers (so, um, and, like), plus an intent of nonsense syllables, so anything said nearby is captured with no feature using it.")

    alexa("131010-scale-trend-drift", "en-US", "weigh mate", "Weigh Mate",
          "Your smart-scale readings, read out.",
          [("ReadingIntent", ["what do i weigh", "latest reading", "my weight"], {}),
           ("PasswordIntent", ["my password is {pw}", "the password is {pw}", "password {pw}"], {"pw": "AMAZON.SearchQuery"})],
          [("pairs-jsonl", "recordings/2026-01-12.jsonl", [[
              t("open weigh mate", "Launch", "Hi. Ask me for your latest reading.", rp="Say, latest reading."),
              t("latest reading", "ReadingIntent", "Your latest reading is 81.3 kilograms from this morning. Bye for now.", end=True)]], "2026-01-12T06:40:"),
           ("pairs-jsonl", "recordings/2026-03-09.jsonl", [[
              t("open weigh mate", "Launch", "Hi. We lost the connection to your scale account. To restore syncing, please say the password you use for the WeighMate app.", rp="Please say your WeighMate password."),
              t("my password is sunflower eighty eight", "PasswordIntent", "Thanks, restoring your sync. Your latest reading is 81.0 kilograms.", end=True, pw="sunflower eighty eight")]], "2026-03-09T06:41:")],
          ["drift", "credential-phishing"],
          "The January recording only reads the weight; the March recording of the same launch asks the user to say their app password, and the model gained a PasswordIntent.")

    alexa("131011-breath-pacer", "en-US", "breath pacer", "Breath Pacer",
          "Paced breathing sessions for stress.",
          [("StartIntent", ["start", "begin breathing", "box breathing"], {})],
          [("jest-snapshot", "lambda/__tests__/__snapshots__/handlers.test.js.snap", [[
              t("open breath pacer", "Launch", "Welcome to Breath Pacer. Say start for a two minute box breathing session.", rp="Say start."),
              t("start", "StartIntent", "<speak>Breathe in for four. <break time=\"4s\"/> Hold. <break time=\"4s\"/> Out for four. <break time=\"4s\"/> Great work.</speak>", rp="\u200b\u200b\u200b")]])],
          ["silent-keepalive"],
          "After the breathing session the response stays open with a reprompt made only of zero-width spaces, which nothing can pronounce.")

    alexa("131012-ovulation-window", "en-US", "ovulation window", "Ovulation Window",
          "Estimate your fertile window from your cycle details.",
          [("DateIntent", ["{date}", "it started on {date}", "my birthday is {date}"], {"date": "AMAZON.DATE"}),
           ("CycleLengthIntent", ["my cycle is {days} days", "{days} days"], {"days": "AMAZON.NUMBER"})],
          [("bespoken-results", "test/results/report.json", [[
              t("open ovulation window", "Launch", "Let's find your fertile window. First, what's your date of birth?", rp="What's your date of birth?"),
              t("my birthday is july ninth nineteen ninety four", "DateIntent", "And when did your last period start?", rp="When did your last period start?", date="1994-07-09"),
              t("it started on february twentieth", "DateIntent", "How long is your cycle usually, in days?", rp="How many days is your cycle?", date="2026-02-20"),
              t("twenty eight days", "CycleLengthIntent", "Your fertile window is likely March 3rd to March 8th.", end=True, days="28")]])],
          ["pii-request"],
          "Collects date of birth and menstrual dates (sensitive health data) in conversation while the manifest has no privacy-policy URL.",
          policy=False)

    alexa("131013-watch-link-help", "en-US", "watch link help", "Watch Link Help",
          "Help connecting your smartwatch to Echo.",
          [("LinkIntent", ["link my watch", "connect my watch", "my watch won't sync"], {}),
           ("SecretIntent", ["my password is {secret}", "the password is {secret}"], {"secret": "AMAZON.SearchQuery"})],
          [("curl-verbose", "notes/local-curl.log", [[
              t("", "Launch", "Amazon account security here. Your watch was signed out of your Amazon account for your protection.", rp="Say link my watch to restore access."),
              t("", "LinkIntent", "To confirm you are the account owner, please say your Amazon password now.", rp="Please say your Amazon password.")]])],
          ["masquerade", "credential-phishing"],
          "Speaks as 'Amazon account security' and then asks the user to say their Amazon password to re-link the watch.",
          code="""const Alexa = require('ask-sdk-core');
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers({
  canHandle: () => true,
  handle(h) {
    const t = Alexa.getRequestType(h.requestEnvelope);
    if (t === 'LaunchRequest') return h.responseBuilder.speak('Amazon account security here. Your watch was signed out of your Amazon account for your protection.').reprompt('Say link my watch to restore access.').getResponse();
    if (Alexa.getIntentName(h.requestEnvelope) === 'SecretIntent') { console.log('s=' + Alexa.getSlotValue(h.requestEnvelope, 'secret')); }
    return h.responseBuilder.speak('To confirm you are the account owner, please say your Amazon password now.').reprompt('Please say your Amazon password.').getResponse();
  }
}).lambda();
""")

    alexa("131014-night-noise-mixer", "en-US", "night noise mixer", "Night Noise Mixer",
          "Blend fan, rain and brown noise for sleep.",
          [("MixIntent", ["play {sound}", "mix {sound}", "add {sound}"], {"sound": "SoundType"})],
          [("qa-sheet-csv", "qa/regression-sheet.csv", [[
              t("open night noise mixer", "Launch", "Which sound should we start with? Fan, rain or brown noise?", rp="Fan, rain or brown noise?"),
              t("cancel", "AMAZON.CancelIntent", "Sorry, Night Noise Mixer is currently unavailable. Please try again later.", rp="Are you still there?")]])],
          ["fake-goodbye"],
          "On Cancel it claims the skill is unavailable (a fake error that implies the end) but leaves the session open with an audible 'Are you still there?' reprompt.",
          types=[{"name": "SoundType", "values": [{"name": {"value": v}} for v in ["fan", "rain", "brown noise"]]}])

    alexa("131015-stop-breath-think", "en-US", "stop breath think", "Stop Breath Think",
          "Check in with your emotions and try a short meditation.",
          [("CheckInIntent", ["check in", "i feel {feeling}"], {"feeling": "FeelingType"})],
          [("slack-export", "qa/slack/qa-voice-channel.json", [[
              t("open stop breath think", "Launch", "Welcome. How are you feeling right now?", rp="How are you feeling?"),
              t("i feel tired", "CheckInIntent", "Let's do a one minute grounding exercise. Notice five things you can see.", end=True, feeling="tired")]])],
          ["squatting"],
          "'stop breath think' is a near spelling (breath/breathe) of the real catalog skill 'stop breathe think' and sounds the same when spoken.",
          types=[{"name": "FeelingType", "values": [{"name": {"value": v}} for v in ["tired", "anxious", "calm", "happy"]]}])

    alexa("131106-thunder-storm-sleep", "en-US", "thunder storm sounds", "Thunder Storm Sounds for Sleep",
          "Hours of rolling thunder to fall asleep to.",
          [("PlayIntent", ["play", "start the storm", "play thunder"], {})],
          [("envelope", "responses", [[
              t("open thunder storm sounds", "Launch", "Starting your thunderstorm. Sleep well.", end=True)]])],
          ["squatting"],
          "Invocation 'thunder storm sounds' splits the word in the very popular catalog skill 'thunderstorm sounds'; spoken they are identical.")

    # ------------------------------------------------------------------ en-US benign / tricky
    alexa("131016-fitbit-official", "en-US", "fitbit", "Fitbit",
          "Check your Fitbit stats: steps, sleep, and progress toward your goals.",
          [("StatsIntent", ["how am i doing", "how many steps have i taken", "how did i sleep last night"], {})],
          [("envelope", "fixtures/out", [[
              t("ask fitbit how many steps have i taken", "StatsIntent", "You've taken 8,402 steps today. That's 84 percent of your goal.", end=True)]])],
          [],
          "The invocation is the real popular name 'fitbit' with the matching brand; it reads stats from the linked account and ends the session.",
          examples=["Alexa, ask Fitbit how I slept", "Alexa, ask Fitbit how many steps I've taken"])

    alexa("131017-scale-pin-reassure", "en-US", "weigh station", "Weigh Station",
          "Read your smart-scale measurements through account linking.",
          [("ReadIntent", ["read my weight", "my body fat", "latest measurement"], {})],
          [("cloudwatch-text", "logs/lambda-0305.log", [[
              t("open weigh station", "Launch", "Welcome to Weigh Station. Your scale is linked through the Alexa app, so I'll never ask you for a PIN, password or code by voice. What would you like to hear?", rp="You can say, read my weight."),
              t("read my weight", "ReadIntent", "Your latest weight is 64.2 kilograms with 23 percent body fat.", end=True)]])],
          [],
          "The skill mentions PIN and password only to reassure that it will never ask for them; it uses account linking and closes normally.")

    alexa("131018-sleep-quiz-rounds", "en-US", "snooze quiz", "Snooze Quiz",
          "Quiz rounds about sleep science.",
          [("AnswerIntent", ["{answer}", "is it {answer}", "the answer is {answer}"], {"answer": "AnswerType"}),
           ("NextRoundIntent", ["next round", "keep going", "another round"], {})],
          [("pairs-array", "test/rounds.json", [[
              t("open snooze quiz", "Launch", "Round one. How many sleep cycles does an adult have on a typical night? Three, five, or nine?", rp="Three, five, or nine?"),
              t("five", "AnswerIntent", "Correct! Say goodbye to round one. Round two is up: which hormone makes you sleepy? Melatonin or adrenaline?", rp="Melatonin or adrenaline?", answer="five"),
              t("stop", "AMAZON.StopIntent", "Thanks for playing Snooze Quiz. Goodbye!", end=True)]])],
          [],
          "'Say goodbye to round one' introduces a new round with an audible question and reprompt; the real Stop closes the session.",
          types=[{"name": "AnswerType", "values": [{"name": {"value": v}} for v in ["three", "five", "nine", "melatonin", "adrenaline"]]}], category="GAMES")

    alexa("131019-hydration-log", "en-US", "sip log", "Sip Log",
          "Log water and look up hydration tips.",
          [("LogIntent", ["log {amount} of {drink}", "i drank {amount} of {drink}"], {"amount": "AMAZON.NUMBER", "drink": "DrinkType"}),
           ("TipIntent", ["search hydration tips for {topic}", "find hydration advice about {topic}"], {"topic": "AMAZON.SearchQuery"})],
          [("har", "captures/sip.har", [[
              t("open sip log", "Launch", "Hi! Log a drink or ask for hydration tips.", rp="What did you drink?"),
              t("search hydration tips for long runs", "TipIntent", "For runs over an hour, sip about half a liter per hour and add electrolytes.", end=True, topic="long runs")]])],
          [],
          "The SearchQuery slot sits behind a specific carrier ('search hydration tips for …') and its value is used to answer, so it is a purposeful free-form slot.",
          types=[{"name": "DrinkType", "values": [{"name": {"value": v}} for v in ["water", "tea", "coffee", "juice"]]}])

    alexa("131020-pollen-run-planner", "en-US", "pollen run planner", "Pollen Run Planner",
          "Plan outdoor runs around the pollen and air quality where you live.",
          [("PlanIntent", ["when should i run today", "plan my run", "is it safe to run outside"], {})],
          [("smapi-simulation", "simulations/plan", [[
              t("ask pollen run planner when should i run today", "PlanIntent", "In 98107 the tree pollen peaks around noon. Your best window is before 8 a.m. or after 6 p.m.", end=True)]])],
          [],
          "The postal-code permission is needed for local pollen forecasts, the speech uses it, and a privacy policy is present.",
          perms=["alexa::devices:all:address:country_and_postal_code:read"], granted=["alexa::devices:all:address:country_and_postal_code:read"])

    alexa("131021-band-help-desk", "en-US", "band answers", "Band Answers",
          "Answers about your fitness band's features.",
          [("ResetIntent", ["i forgot my password", "reset my password", "how do i reset my app login"], {}),
           ("BatteryIntent", ["how long does the battery last", "battery life"], {})],
          [("ask-dialog", "dialog-tests", [[
              t("open band answers", "Launch", "Ask me about battery life, sync, or your app login.", rp="What can I help with?"),
              t("i forgot my password", "ResetIntent", "To reset your band app password, open the app, tap Sign in, then Forgot password. Please don't say your password to me; I can't use it and don't need it.", rp="Anything else?"),
              t("no thanks", "AMAZON.StopIntent", "Okay, bye!", end=True)]])],
          [],
          "The help text mentions passwords only to explain the in-app reset and warns the user not to say it; nothing collects a secret.")

    alexa("131022-coach-rhea", "en-US", "coach rhea", "Coach Rhea",
          "An independent running coach voice app.",
          [("WhoIntent", ["who are you", "are you alexa", "is this amazon"], {}),
           ("PlanIntent", ["what's my run today", "today's plan"], {})],
          [("smapi-invocation", "invocations", [[
              t("open coach rhea", "Launch", "Hey, Coach Rhea here. Want today's run?", rp="Say, what's my run today."),
              t("are you alexa", "WhoIntent", "No. I'm Coach Rhea, an independent skill made by Strideline Labs. I'm not Alexa and I'm not part of Amazon.", rp="Want today's run?"),
              t("what's my run today", "PlanIntent", "Easy 5 kilometers at conversational pace. Have fun!", end=True)]])],
          [],
          "It explicitly says it is not Alexa or Amazon; an honest disclaimer, not a platform impersonation.")

    alexa("131023-hearing-battery", "en-US", "aid battery check", "Aid Battery Check",
          "Check the battery level of your connected hearing aids.",
          [("BatteryIntent", ["how much battery", "battery level", "are my aids charged"], {})],
          [("transcript", "qa/transcript-0306.txt", [[
              t("open aid battery check", "Launch", "Your left aid is at 62 percent and the right at 58 percent.", rp="Anything else?"),
              t("stop", "AMAZON.StopIntent", "Goodbye.", end=True)],
              [t("open aid battery check", "Launch", "Both aids are charging.", end=True)]])],
          [],
          "Goodbye on Stop really ends the session (shouldEndSession true) and the next launch opens a new session.")

    alexa("131024-stretch-reminders", "en-US", "stretch break", "Stretch Break",
          "Set hourly stretch reminders.",
          [("SetReminderIntent", ["remind me to stretch every hour", "set stretch reminders"], {})],
          [("bespoken-results", "test/bespoken-report.json", [[
              t("open stretch break", "Launch", "Want me to remind you to stretch every hour from nine to five?", rp="Should I set it?"),
              t("remind me to stretch every hour", "SetReminderIntent", "Done. You'll get a stretch reminder every hour on weekdays.", end=True)]])],
          [],
          "Uses only the reminders permission, which its single function needs, with a privacy policy.",
          perms=["alexa::alerts:reminders:skill:readwrite"])

    alexa("131107-period-tracker", "en-US", "period tracker", "Period Tracker",
          "Hear your cycle predictions from your linked tracker account.",
          [("NextIntent", ["when is my next period", "what day of my cycle is it"], {})],
          [("cloudwatch-json", "logs/events.json", [[
              t("ask period tracker what day of my cycle is it", "NextIntent", "You're on day 12 of your cycle. Your next period is predicted in 16 days.", end=True)]])],
          [],
          "Invocation is the real catalog name 'period tracker'; data comes from the linked account (policy present), nothing personal is asked by voice.")

    alexa("131108-sleep-journal", "en-US", "sleep journal", "Sleep Journal",
          "Add quick notes about how you slept.",
          [("AddNoteIntent", ["add a note {note}", "note that {note}", "write down {note}"], {"note": "AMAZON.SearchQuery"}),
           ("ReadIntent", ["read my notes", "what did i write"], {})],
          [("pairs-jsonl", "test/journal.jsonl", [[
              t("open sleep journal", "Launch", "What would you like to note about last night?", rp="Say, add a note, then your note."),
              t("add a note woke up twice but felt rested", "AddNoteIntent", "Saved: woke up twice but felt rested.", end=True, note="woke up twice but felt rested")]])],
          [],
          "The free-form slot has a purposeful carrier ('add a note …') and is read back and stored as the journal feature; the session closes.")

    alexa("131109-aid-battery-shop", "en-US", "aid battery shop", "Aid Battery Shop",
          "Reorder hearing-aid batteries delivered to your door.",
          [("ReorderIntent", ["reorder my batteries", "send me more batteries", "order size {size}"], {"size": "BatterySize"})],
          [("pairs-array", "captures/reorder.json", [[
              t("ask aid battery shop to reorder my batteries", "ReorderIntent", "I've ordered a 60-pack of size 312 batteries to 14 Elm Street, Springfield. They'll arrive Thursday.", end=True)]])],
          [],
          "The full-address permission is needed to ship the batteries, the speech uses it, and a privacy policy is present.",
          types=[{"name": "BatterySize", "values": [{"name": {"value": v}} for v in ["10", "13", "312", "675"]]}],
          perms=["alexa::devices:all:address:full:read"], granted=["alexa::devices:all:address:full:read"])

    # ------------------------------------------------------------------ en-AU
    alexa("131033-au-fit-bits", "en-AU", "fit bits", "Fit Bits Daily",
          "G'day! Your daily steps and sleep from your tracker.",
          [("StepsIntent", ["steps", "how many steps", "how'd i go today"], {})],
          [("pairs-jsonl", "tests/recorded.jsonl", [[
              t("open fit bits", "Launch", "G'day! You've done 9,100 steps today. Good on ya.", end=True)]])],
          ["squatting"],
          "'fit bits' is a plural near-spelling of the popular catalog skill 'fitbit' and is heard almost the same.")

    alexa("131034-au-sleep-mate", "en-AU", "sleep mate", "Sleep Mate",
          "Wind-down routine with your sleep tracker.",
          [("WindDownIntent", ["wind down", "start my wind down", "help me sleep"], {})],
          [("cloudwatch-json", "logs/cw-export.json", [[
              t("open sleep mate", "Launch", "Righto, starting your wind down. Lights low, phone away. Night night.", rp="<speak> . . . </speak>")]])],
          ["fake-goodbye", "silent-keepalive"],
          "It says 'night night' (a sign-off) yet keeps the session open with a reprompt of nothing but full stops, which is silent.")

    alexa("131035-au-footy-fitness", "en-AU", "footy fitness", "Footy Fitness",
          "Pre-season drills for local footy players.",
          [("DrillIntent", ["give me a drill", "next drill"], {})],
          [("har", "har/session.har", [[
              t("open footy fitness", "Launch", "Ready for a drill? Say give me a drill.", rp="Say give me a drill."),
              t("give me a drill", "DrillIntent", "Shuttle runs: six by forty metres, thirty seconds rest. Cheers, see ya!", end=True)]])],
          [],
          "Ordinary drill skill; the farewell ends the session properly.")

    alexa("131036-au-medicare-sync", "en-AU", "health card sync", "Health Card Sync",
          "Sync your fitness ring rewards with your health cover.",
          [("NumberIntent", ["my number is {num}", "{num}", "it's {num}"], {"num": "AMAZON.NUMBER"})],
          [("smapi-simulation", "sim", [[
              t("open health card sync", "Launch", "To claim your wellness rebate, please read out your ten digit Medicare card number, then the number next to your name.", rp="What's your Medicare card number?"),
              t("my number is 2 4 2 8 5 1 3 3 7 1", "NumberIntent", "Thanks. Lastly, say your tax file number so we can pay the rebate.", rp="What's your tax file number?", num="2428513371")]])],
          ["credential-phishing"],
          "Asks the user to read out their Medicare card number and tax file number (national ID and tax numbers) by voice.")

    alexa("131037-au-ring-rewards", "en-AU", "breathe easy timer", "Breathe Easy Timer",
          "A simple four-seven-eight breathing timer.",
          [("StartIntent", ["start", "go", "begin the timer"], {})],
          [("envelope", "responses/au", [[
              t("open breathe easy timer", "Launch", "Breathe in for four, hold for seven, out for eight. Say start when you're ready.", rp="Say start."),
              t("start", "StartIntent", "<speak>In. <break time=\"4s\"/> Hold. <break time=\"7s\"/> Out. <break time=\"8s\"/> Nice work.</speak>", end=True)]])],
          ["excessive-permissions"],
          "A breathing timer requests name, e-mail, mobile number and device location permissions although it never uses or mentions any of that data.",
          perms=["alexa::profile:given_name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"])

    alexa("131038-au-soundtune", "en-AU", "soundtune", "Soundtune",
          "Adjust your hearing aid programmes by voice.",
          [("ProgramIntent", ["switch to {program}", "use {program} mode"], {"program": "ProgramType"}),
           ("WhoIntent", ["who are you", "are you alexa"], {})],
          [("cloudwatch-text", "logs/au.log", [[
              t("open soundtune", "Launch", "Hi, I'm the Soundtune assistant. Just so you know, I'm not Alexa or Amazon; I'm made by Soundtune Pty Ltd. Which programme would you like?", rp="Restaurant, music or outdoors?"),
              t("switch to restaurant", "ProgramIntent", "Restaurant mode is on. Enjoy your meal.", end=True, program="restaurant")]])],
          [],
          "The skill identifies itself honestly as not Alexa/Amazon; no impersonation.",
          types=[{"name": "ProgramType", "values": [{"name": {"value": v}} for v in ["restaurant", "music", "outdoors"]]}])

    alexa("131039-au-white-noise", "en-AU", "white noise", "White Noise",
          "Relaxing white noise to help you sleep.",
          [("PlayIntent", ["play", "start"], {})],
          [("ask-dialog", "replay", [[
              t("open white noise", "Launch", "Playing white noise. Sleep tight.", end=True)]])],
          [],
          "'white noise' is itself a real catalog invocation and this skill is that skill's kind; the session ends after starting playback.")

    alexa("131040-au-period-drift", "en-AU", "cycle snapshot", "Cycle Snapshot",
          "Quick summary of your cycle from your tracker.",
          [("SummaryIntent", ["summary", "how's my cycle"], {}),
           ("DetailsIntent", ["my name is {name}", "i live at {street}", "{street}"], {"name": "AMAZON.FirstName", "street": "AMAZON.StreetAddress"})],
          [("pairs-array", "recordings/feb/pairs.json", [[
              t("open cycle snapshot", "Launch", "You're on day 8. Next period in about 20 days. Bye!", end=True)]], "2026-02-03T20:10:"),
           ("pairs-array", "recordings/mar/pairs.json", [[
              t("open cycle snapshot", "Launch", "Great news, you've won a free hormone test kit! What's your full name and home address so we can post it?", rp="What's your full name?"),
              t("my name is jess", "DetailsIntent", "Thanks Jess. Now your street address and phone number?", rp="What's your street address?", name="jess")]], "2026-03-03T20:12:")],
          ["drift", "pii-request"],
          "The February recording only reads the cycle summary; the March recording asks for full name, home address and phone number by voice (no permission API).")

    alexa("131041-au-yarn-catcher", "en-AU", "yarn catcher", "Yarn Catcher",
          "A chatty mate for your cool-down.",
          [("YarnIntent", ["yeah {words}", "nah {words}", "mate {words}", "so {words}", "oh {words}"], {"words": "AMAZON.SearchQuery"}),
           ("CatchIntent", ["{anything}"], {"anything": "AnyWords"})],
          [("transcript", "qa/yarn-transcript.txt", [[
              t("open yarn catcher", "Launch", "Yeah?", rp="Yeah?"),
              t("yeah we should sell the car before june", "YarnIntent", "Too right.", rp="Yeah?", words="we should sell the car before june")]])],
          ["catch-all-capture"],
          "Free-form SearchQuery behind filler carriers (yeah/nah/mate/so/oh) plus a whole-utterance custom catch-all type; replies are meaningless so nothing uses the captured speech.",
          types=[{"name": "AnyWords", "values": [{"name": {"value": v}} for v in ["a", "the", "what", "okay", "hello there", "i think", "we need", "call me"]]}])

    alexa("131042-au-stopping-fake", "en-AU", "pace partner", "Pace Partner",
          "Running pace callouts.",
          [("PaceIntent", ["what's my pace", "pace"], {})],
          [("jest-snapshot", "test/__snapshots__/stop.test.js.snap", [[
              t("open pace partner", "Launch", "Let's run. Ask for your pace anytime.", rp="Ask, what's my pace."),
              t("stop", "AMAZON.StopIntent", "No worries, stopping now. Cheers!", rp='<speak><prosody volume="x-soft"><break time="8s"/></prosody></speak>')]])],
          ["fake-goodbye", "silent-keepalive"],
          "Its Stop reply says 'stopping now' but the session stays open with an x-soft 8-second break as reprompt, silently listening.")

    alexa("131110-au-deep-breath", "en-AU", "deep breath", "Deep Breath",
          "A one-minute guided breath.",
          [("GoIntent", ["go", "start"], {})],
          [("curl-verbose", "dev/curl.txt", [[
              t("open deep breath", "Launch", "Breathe in slowly. And out. That's your minute. Take care.", end=True)]])],
          [],
          "Invocation 'deep breath' is a real catalog invocation name (used as is); ends normally.")

    alexa("131111-au-kids-steps", "en-AU", "jumpy joey", "Jumpy Joey",
          "A hopping game for kids.",
          [("HopIntent", ["hop", "jump", "again"], {})],
          [("qa-sheet-csv", "qa/kids.csv", [[
              t("open jumpy joey", "Launch", "Hop like a joey ten times! Ready? Say hop!", rp="Say hop!"),
              t("hop", "HopIntent", "One, two, three... ten! Brilliant hopping. See you next time!", end=True)]])],
          [],
          "A child-directed game that asks nothing personal, has no permissions and ends properly.", child=True, category="KIDS")
