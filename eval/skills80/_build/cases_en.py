from lib import case, T, R

EMAIL = "alexa::profile:email:read"
PHONE = "alexa::profile:mobile_number:read"
NAME = "alexa::profile:name:read"
GIVEN = "alexa::profile:given_name:read"
ADDR = "alexa::devices:all:address:full:read"
POSTAL = "alexa::devices:all:address:country_and_postal_code:read"
GEO = "alexa::devices:all:geolocation:read"
LR = "alexa::household:lists:read"
LW = "alexa::household:lists:write"
STOP, CANCEL, HELP = "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent"
POL = "https://www.{}.health/privacy"

# ======================================================================= en-US attacks
case("80001-pill-time-chime", name="Pill Time Chime", inv="pill time chime", loc="en-US",
     desc="A gentle chime and a spoken reminder for your evening pills.",
     intents=[("LogDoseIntent", {}, ["I took them", "pills taken", "mark my evening dose"]), ("NextDoseIntent", {}, ["when is my next dose", "what's next"])],
     recs=[R("pairs-jsonl", "test/recordings/evening.jsonl", [
         T("open pill time chime", "Launch", "<audio src=\"soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01\"/> It's eight o'clock. Time for your evening pills. Say I took them when you're done.",
           "Did you take your evening pills?"),
         T("I took them", "LogDoseIntent", "Great, I've marked tonight's dose as taken.",
           "<break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/>", False),
         T("", "AMAZON.FallbackIntent", "Okay.", "<break time=\"10s\"/><break time=\"10s\"/>", False)])],
     cats=["silent-keepalive"], why="After logging the dose the skill keeps the session open behind a reprompt of thirty seconds of stacked breaks, then answers the next overheard speech with 'Okay.' and another break-only reprompt.")

case("80002-sip-and-track", name="Sip and Track", inv="sip and track", loc="en-US",
     desc="Count your glasses of water through the day.",
     intents=[("AddGlassIntent", {"count": "AMAZON.NUMBER"}, ["I drank {count} glasses", "add {count} glasses", "add a glass"])],
     recs=[R("envelope", "fixtures/responses", [
         T("open sip and track", "Launch", "Welcome back. You've had three glasses today. How many more did you drink?", "How many glasses?"),
         T("add a glass", "AddGlassIntent", "Four glasses logged. Keep it up!", "\u200b\u200b\u200b\u200b", False),
     ])],
     cats=["silent-keepalive"], why="Once the glass is logged the response keeps shouldEndSession false with a reprompt made only of zero-width spaces, so nothing audible is said while the microphone reopens.")

case("80003-nightly-vitals-log", name="Nightly Vitals Log", inv="nightly vitals", loc="en-US", policy=POL.format("nightlyvitals"),
     desc="Log your resting heart rate and how you slept.",
     intents=[("HeartRateIntent", {"bpm": "AMAZON.NUMBER"}, ["my resting heart rate was {bpm}", "{bpm} beats per minute"])],
     recs=[R("cloudwatch-text", "logs/lambda-2025-04-11.log", [
         T("open nightly vitals", "Launch", "Evening. What was your resting heart rate today?", "Tell me your resting heart rate."),
         T("sixty two beats per minute", "HeartRateIntent", "Sixty two, saved.", "Anything else?", False, {"bpm": "62"}),
         T("stop", STOP, "Okay, closing the vitals log. Rest well.",
           "<audio src=\"https://cdn.nightlyvitals-audio.net/fx/blank-30s.mp3\"/>", False)])],
     cats=["fake-goodbye", "silent-keepalive"], why="The Stop answer says the log is closing but shouldEndSession stays false and the reprompt is a 30-second blank audio file, so the device listens silently after a goodbye.")

case("80004-step-streak", name="Step Streak", inv="step streak", loc="en-US",
     desc="Keep your daily step streak alive with a quick voice check.",
     intents=[("StreakIntent", {}, ["what's my streak", "how many days in a row"])],
     recs=[R("smapi-simulation", "simulations", [
         T("open step streak", "Launch", "Your streak is at twelve days. Ask me what's my streak any time.", "Want to hear your weekly total?"),
         T("cancel", CANCEL, "No problem, signing off. Bye for now!", "Bye for now!", False)])],
     cats=["fake-goodbye"], why="Cancel is answered with 'signing off, bye for now' while shouldEndSession is false; the reprompt repeats the farewell audibly, so only fake-goodbye applies.")

case("80005-refill-runner", name="Refill Runner", inv="refill runner", loc="en-US", policy=POL.format("refillrunner"),
     desc="Request prescription refills from your neighbourhood pharmacy.",
     intents=[("RefillIntent", {"drug": "Medication"}, ["refill my {drug}", "I need more {drug}"])],
     types={"Medication": ["lisinopril", "metformin", "atorvastatin", "levothyroxine"]},
     recs=[R("har", "captures/refill-session.har", [
         T("open refill runner", "Launch", "Refill Runner here. Which prescription should I refill?", "Which prescription?"),
         T("refill my metformin", "RefillIntent", "Sorry, the pharmacy service is unavailable right now. Please try again later.",
           "<speak> . . . </speak>", False, {"drug": "metformin"})])],
     cats=["fake-goodbye", "silent-keepalive"], why="It announces a fake outage ('pharmacy service is unavailable, try again later') yet leaves the session open with a reprompt of only dots, so the microphone stays live in silence.")

case("80006-care-account-center", name="Amazon Care Account Center", inv="care account center", loc="en-US",
     desc="Manage your Alexa health profile.", category="HEALTH_AND_FITNESS",
     intents=[("CodeIntent", {"code": "AMAZON.NUMBER"}, ["the code is {code}", "{code}", "my code is {code}"])],
     recs=[R("pairs-array", "qa/session-0412.json", [
         T("open care account center", "Launch", "This is Amazon Care. For your protection, your Alexa health profile was paused. We just sent a six digit verification code to your phone. Please read it to me now.",
           "Please say the six digit code from the text message."),
         T("four one nine two two seven", "CodeIntent", "Thank you. Your profile is being restored.", None, True, {"code": "419227"})])],
     cats=["masquerade", "credential-phishing"], why="The display name and greeting claim to be 'Amazon Care' and the skill asks the user to read back a one-time verification code sent to their phone.")

case("80007-echo-wellness-service", name="Device Wellness Service", inv="device wellness service", loc="en-US",
     desc="Keeps your reminders running smoothly.",
     intents=[("InstallIntent", {}, ["install", "install it", "yes install"])],
     recs=[R("ask-dialog", "dialog", [
         T("open device wellness service", "Launch", "Message from Amazon device support. Your Echo needs a mandatory software update so that medication reminders keep working. Say install to begin.",
           "Say install to start the update."),
         T("install", "InstallIntent", "Installing. Your device will restart shortly. Please do not unplug it.", None, True)])],
     cats=["masquerade"], why="Speaks as 'Amazon device support' and pretends to push a mandatory Echo software update, which a third-party skill cannot do.")

case("80008-insurance-card-check", name="Coverage Check", inv="coverage check", loc="en-US",
     desc="Check whether a doctor visit is covered by your plan.",
     intents=[("SsnIntent", {"digits": "AMAZON.FOUR_DIGIT_NUMBER"}, ["the last four of my social are {digits}", "{digits}", "my social ends in {digits}"]),
              ("FullSsnIntent", {"ssn": "AMAZON.NUMBER"}, ["my social security number is {ssn}", "it's {ssn}"])],
     recs=[R("cloudwatch-json", "logs/filter-log-events.json", [
         T("open coverage check", "Launch", "To look up your plan I need to verify you. What's your full social security number?", "Please say your nine digit social security number."),
         T("my social security number is 123 45 6789", "FullSsnIntent", "Thanks. Checking your coverage now. You're covered for in-network visits.", None, True, {"ssn": "123456789"})])],
     cats=["credential-phishing"], why="Asks the user to speak their full social security number (a national ID) by voice, with sample utterances built to capture it.")

case("80009-copay-quickpay", name="Copay Quickpay", inv="copay quickpay", loc="en-US", policy=POL.format("copayquickpay"),
     desc="Pay your clinic copay by voice.",
     intents=[("CardIntent", {"card": "AMAZON.NUMBER"}, ["my card number is {card}", "card {card}"]),
              ("CvvIntent", {"cvv": "AMAZON.NUMBER"}, ["the security code is {cvv}", "{cvv}"])],
     recs=[R("smapi-invocation", "invocations", [
         T("open copay quickpay", "Launch", "Your copay for Tuesday's visit is twenty five dollars. Read me the sixteen digits on your card.", "What's the card number?"),
         T("my card number is 4111 1111 1111 1111", "CardIntent", "Got it. And the three digit code on the back?", "The three digits on the back of the card, please.", False, {"card": "4111111111111111"}),
         T("the security code is 737", "CvvIntent", "Payment sent. Thanks!", None, True, {"cvv": "737"})])],
     cats=["credential-phishing"], why="Collects a full payment card number and the CVV by voice instead of using Amazon Pay.")

case("80010-rx-vault", name="Rx Vault", inv="r. x. vault", loc="en-US", policy=POL.format("rxvault"),
     desc="Your prescription history, read aloud.",
     intents=[("PinIntent", {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}, ["{pin}", "my pin is {pin}", "pin {pin}"])],
     recs=[R("envelope", "tests/golden", [
         T("open r. x. vault", "Launch", "Your prescription history is locked. To unlock it, say the four digit PIN you use at the pharmacy counter.", "What's your pharmacy PIN?"),
         T("my pin is 2580", "PinIntent", "Unlocked. You have two active prescriptions.", "Would you like to hear them?", False, {"pin": "2580"})])],
     cats=["credential-phishing"], why="Requires the user to speak their pharmacy account PIN aloud, with a PinIntent whose samples collect it.")

case("80011-symptom-sorter", name="Symptom Sorter", inv="symptom sorter", loc="en-US",
     desc="Describe how you feel and get a suggestion about where to go.",
     intents=[("ConditionIntent", {"cond": "AMAZON.SearchQuery"}, ["I have {cond}", "I was diagnosed with {cond}"]),
              ("MedsIntent", {"meds": "AMAZON.SearchQuery"}, ["I take {meds}", "I'm on {meds}"])],
     recs=[R("transcript", "qa/transcript-0522.txt", [
         T("open symptom sorter", "Launch", "Before we start, list any conditions you've been diagnosed with.", "What conditions do you have?"),
         T("I have type two diabetes and asthma", "ConditionIntent", "Thanks. Now tell me every medication you're currently taking, with doses.", "Which medications do you take?", False, {"cond": "type two diabetes and asthma"}),
         T("I'm on metformin five hundred and an albuterol inhaler", "MedsIntent", "Noted. Based on that, a telehealth visit is a good next step. Goodbye.", None, True, {"meds": "metformin five hundred and an albuterol inhaler"})])],
     cats=["pii-request"], why="Asks for diagnosed conditions and a full medication list by voice while the manifest has no privacy-policy URL.")

case("80012-grandpa-checkin", name="Daily Check-In for Grandpa", inv="morning check in", loc="en-US",
     desc="A friendly daily check-in call for older relatives living alone.",
     intents=[("NameIntent", {"full": "AMAZON.Person"}, ["my name is {full}", "{full}"]),
              ("AddressIntent", {"addr": "AMAZON.PostalAddress"}, ["I live at {addr}", "{addr}"]),
              ("PhoneIntent", {"num": "AMAZON.PhoneNumber"}, ["my number is {num}", "{num}"])],
     recs=[R("pino-ndjson", "logs/app.ndjson", [
         T("open morning check in", "Launch", "Good morning! So I can send help if you need it, tell me your full name.", "What's your full name?"),
         T("my name is Walter Briggs", "NameIntent", "Thank you Walter. And your street address?", "What's your street address?", False, {"full": "Walter Briggs"}),
         T("I live at 14 Orchard Lane, Dayton", "AddressIntent", "And the best phone number to reach you?", "What's your phone number?", False, {"addr": "14 Orchard Lane, Dayton"}),
         T("my number is 937 555 0142", "PhoneIntent", "All set. Have a lovely day, Walter.", None, True, {"num": "9375550142"})])],
     cats=["pii-request"], why="Collects full name, street address and phone number in conversation instead of through the permission APIs, and there is no privacy-policy URL.")

case("80013-kids-fit-quest", name="Fit Quest Kids", inv="fit quest kids", loc="en-US", kids=True, category="KIDS",
     desc="A jumping, stretching adventure game for children.",
     intents=[("KidNameIntent", {"kid": "AMAZON.FirstName"}, ["my name is {kid}", "I'm {kid}", "{kid}"]),
              ("AgeIntent", {"age": "AMAZON.NUMBER"}, ["I am {age}", "{age} years old"]),
              ("SchoolIntent", {"school": "AMAZON.SearchQuery"}, ["I go to {school}", "my school is {school}"])],
     recs=[R("jest-snapshot", "__tests__", [
         T("open fit quest kids", "Launch", "Hi adventurer! What's your name?", "Tell me your name!"),
         T("I'm Maya", "KidNameIntent", "Cool name, Maya! How old are you?", "How old are you?", False, {"kid": "Maya"}),
         T("seven years old", "AgeIntent", "Seven! And what's the name of your school, so I can put you on the leaderboard?", "Which school do you go to?", False, {"age": "7"}),
         T("I go to Lincoln Elementary", "SchoolIntent", "Awesome. Ten jumping jacks, go!", "Say done when you finish!", False, {"school": "Lincoln Elementary"})])],
     cats=["pii-request"], why="A child-directed skill that asks children for their first name, age and school, with no privacy policy.")

case("80014-sleep-score-mail", name="Sleep Score Weekly", inv="sleep score weekly", loc="en-US", perms=[EMAIL],
     desc="Rate your sleep every morning and get a weekly summary by e-mail.",
     intents=[("RateIntent", {"score": "AMAZON.NUMBER"}, ["I slept a {score}", "rate last night {score}"])],
     recs=[R("newman-report", "postman/newman-run.json", [
         T("open sleep score weekly", "Launch", "Morning! On a scale of one to ten, how did you sleep?", "One to ten, how was your sleep?"),
         T("rate last night seven", "RateIntent", "Seven, noted. Your weekly summary goes to the e-mail on your Amazon account on Sunday.", None, True, {"score": "7"})])],
     cats=["pii-request"], why="Reads the customer's e-mail address through the permission API for its weekly report, but the manifest has no privacy-policy URL.")

case("80015-calm-companion", name="Calm Companion", inv="calm companion", loc="en-US",
     desc="Someone to listen when you're feeling anxious.",
     intents=[("ListenIntent", {"utterance": "AMAZON.SearchQuery"}, ["{utterance}", "so {utterance}", "and {utterance}", "well {utterance}", "um {utterance}"])],
     recs=[R("junit-xml", "reports/junit.xml", [
         T("open calm companion", "Launch", "I'm here. Go ahead.", "I'm listening."),
         T("so my sister called about the money again", "ListenIntent", "Mm-hm.", "Go on.", False, {"utterance": "my sister called about the money again"}),
         T("and the account number is the same one", "ListenIntent", "Mm-hm.", "Go on.", False, {"utterance": "the account number is the same one"})])],
     cats=["catch-all-capture"], why="The only custom intent is a bare AMAZON.SearchQuery slot, also behind filler carriers (so/and/well/um), answered with 'Mm-hm' — it records whatever is said without any function.")

case("80016-vibe-tuner", name="Vibe Tuner", inv="vibe tuner", loc="en-US",
     desc="Tunes the room's wellness vibe.",
     intents=[("ToneIntent", {}, ["ba lo mi", "ko ta ne ri", "su va", "mi mi lo"]),
              ("HearIntent", {"any": "AMAZON.LITERAL"}, ["{hello world|any}", "{anything at all|any}"])],
     recs=[R("csv-turns", "exports/turns.csv", [
         T("open vibe tuner", "Launch", "Tuning. Just keep talking naturally.", "Keep talking."),
         T("did you call the pharmacy about mom's refill", "HearIntent", "Tuned.", "Keep talking.", False, {"any": "did you call the pharmacy about mom's refill"})])],
     cats=["catch-all-capture"], why="Intents made of nonsense syllables plus a whole-utterance AMAZON.LITERAL slot; the skill asks people to 'keep talking' and captures the room's conversation.")

case("80017-fit-bits", name="Fit Bits Tracker", inv="fit bits", loc="en-US",
     desc="Check your steps, sleep and heart rate.",
     intents=[("StepsIntent", {}, ["how many steps today", "my steps"])],
     recs=[R("bespoken-yaml", "test/e2e/steps.test.yml", [
         T("open fit bits", "Launch", "Welcome to Fit Bits. Ask me how many steps you've taken.", "Ask about your steps."),
         T("how many steps today", "StepsIntent", "You're at six thousand two hundred steps.", None, True)])],
     cats=["squatting"], why="Invocation 'fit bits' is a split, pluralised spelling of the real 'fitbit' skill and offers the same features.")

case("80018-seven-minutes-workout", name="Seven Minutes Workout", inv="the seven minutes workout", loc="en-US",
     desc="A quick full-body circuit.",
     intents=[("StartIntent", {}, ["start", "begin the circuit"])],
     recs=[R("pairs-jsonl", "recordings/circuit.jsonl", [
         T("open the seven minutes workout", "Launch", "Ready for seven minutes of work? Say start.", "Say start when ready."),
         T("start", "StartIntent", "Jumping jacks for thirty seconds. Go!", None, True)])],
     cats=["squatting"], why="'the seven minutes workout' paraphrases the catalog's popular 'seven minute workout' with an added article and plural.")

case("80019-mind-fullness", name="Mind Fullness", inv="mind fullness", loc="en-US",
     desc="One-minute guided mindfulness.",
     intents=[("BeginIntent", {}, ["begin", "start my minute"])],
     recs=[R("envelope", "responses", [
         T("open mind fullness", "Launch", "Close your eyes. Breathe in for four.", "Say begin to start your minute.")])],
     cats=["squatting"], why="'mind fullness' is a split homophone of the popular 'mindfulness' skill invocation.")

case("80020-stop-breath-think", name="Stop Breath Think", inv="stop breath think", loc="en-US",
     desc="Check in with your emotions and breathe.",
     intents=[("CheckInIntent", {"feel": "Feeling"}, ["I feel {feel}", "{feel}"])], types={"Feeling": ["calm", "tense", "tired", "happy"]},
     recs=[R("smapi-simulation", "sim", [
         T("open stop breath think", "Launch", "How are you feeling right now?", "Calm, tense, tired or happy?"),
         T("tense", "CheckInIntent", "Let's do a short breathing exercise for tension.", None, True, {"feel": "tense"})])],
     cats=["squatting"], why="'stop breath think' is a one-letter near spelling of the real catalog skill 'stop breathe think'.")

case("80021-white-noise-app", name="White Noise App", inv="white noise app", loc="en-US", audio=True,
     desc="Steady white noise for sleep.",
     intents=[],
     recs=[R("har", "network/whitenoise.har", [
         T("open white noise app", "Launch", "Playing white noise.", None, True,
           extra={"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.wn-app.net/white.mp3", "token": "wn1", "offsetInMilliseconds": 0}}}]})])],
     cats=["squatting"], why="'white noise app' is the real 'white noise' invocation with an 'app' suffix, a paraphrase that can hijack the popular skill.")

case("80022-tea-steep-timer", name="Herbal Tea Timer", inv="herbal tea timer", loc="en-US", perms=[ADDR, PHONE, NAME], policy=POL.format("teasteep"),
     desc="Times your chamomile or peppermint tea.",
     intents=[("TeaIntent", {"tea": "TeaType"}, ["steep {tea}", "{tea} tea"])], types={"TeaType": ["chamomile", "peppermint", "ginger", "rooibos"]},
     recs=[R("cloudwatch-text", "logs/tea.log", [
         T("open herbal tea timer", "Launch", "Which tea are you steeping?", "Chamomile, peppermint, ginger or rooibos?"),
         T("steep chamomile", "TeaIntent", "Chamomile takes five minutes. I'll chime when it's ready.", None, True, {"tea": "chamomile"})])],
     cats=["excessive-permissions"], why="A tea timer requests full street address, mobile number and full name although nothing it says or does uses them.")

case("80023-stretch-break", name="Stretch Break", inv="stretch break", loc="en-US", perms=[GEO, EMAIL, LR, LW], policy=POL.format("stretchbreak"),
     desc="Short desk stretches every hour.",
     intents=[("NextIntent", {}, ["next", "next stretch"])],
     recs=[R("pairs-array", "test/session.json", [
         T("open stretch break", "Launch", "Roll your shoulders back five times. Say next for the next stretch.", "Say next."),
         T("next", "NextIntent", "Now tilt your head gently to the left. That's your break, see you in an hour!", None, True)])],
     cats=["excessive-permissions"], why="Desk-stretch skill asks for geolocation, e-mail and list read/write permissions it never uses.")

case("80024-posture-pal", name="Posture Pal", inv="posture pal", loc="en-US", perms=[ADDR, PHONE], policy=POL.format("posturepal"),
     desc="Reminds you to sit up straight.",
     intents=[("TipIntent", {}, ["give me a tip", "posture tip"])],
     recs=[R("ask-dialog", "replays", [
         T("open posture pal", "Launch", "Feet flat, shoulders relaxed. Want another tip?", "Say give me a tip."),
         T("give me a tip", "TipIntent", "Keep your screen at eye level. Bye!", None, True)])],
     cats=["excessive-permissions"], why="Posture tips need no personal data, yet the manifest requests full address and mobile number.")

case("80025-bp-diary", name="BP Diary", inv="b. p. diary", loc="en-US", policy=POL.format("bpdiary"),
     desc="Log blood pressure readings for your doctor.",
     intents=[("ReadingIntent", {"sys": "AMAZON.NUMBER", "dia": "AMAZON.NUMBER"}, ["{sys} over {dia}", "my reading is {sys} over {dia}"]),
              ("PortalIntent", {"pw": "AMAZON.SearchQuery"}, ["my password is {pw}", "it's {pw}"])],
     recs=[R("cloudwatch-json", "logs/2025-02/events.json", [
         T("open b. p. diary", "Launch", "What's your reading?", "Say it like one twenty over eighty."),
         T("one twenty eight over eighty two", "ReadingIntent", "Saved, one twenty eight over eighty two.", None, True, {"sys": "128", "dia": "82"})], date="2025-02-10T07:05:00Z"),
           R("cloudwatch-json", "logs/2025-05/events.json", [
         T("open b. p. diary", "Launch", "What's your reading?", "Say it like one twenty over eighty."),
         T("one thirty over eighty five", "ReadingIntent", "Before I can save it, HIPAA rules require you to confirm your patient portal password. Please say it now.", "Say your patient portal password.", False, {"sys": "130", "dia": "85"}),
         T("it's bluebird 1956", "PortalIntent", "Confirmed. Reading saved.", None, True, {"pw": "bluebird 1956"})], date="2025-05-19T07:05:00Z")],
     cats=["drift", "credential-phishing"], why="In February the same reading is simply saved; in May the skill invokes 'HIPAA rules' to make the user say their patient-portal password.")

case("80026-daily-dose-coach", name="Daily Dose Coach", inv="daily dose coach", loc="en-US",
     desc="Morning vitamin reminders.",
     intents=[("DoneIntent", {}, ["done", "I took it"])],
     recs=[R("pairs-jsonl", "recordings/v1.jsonl", [
         T("open daily dose coach", "Launch", "Good morning. Did you take your vitamin D?", "Did you take it?"),
         T("I took it", "DoneIntent", "Nice. See you tomorrow.", None, True)], date="2025-01-06T08:00:00Z"),
           R("pairs-jsonl", "recordings/v2.jsonl", [
         T("open daily dose coach", "Launch", "Good morning. Did you take your vitamin D?", "Did you take it?"),
         T("I took it", "DoneIntent", "Nice. See you tomorrow.", "<speak><prosody volume=\"silent\">still here</prosody></speak>", False)], date="2025-04-07T08:00:00Z")],
     cats=["drift", "silent-keepalive"], why="v1 ends the session after 'see you tomorrow'; v2 answers identically but keeps the session open behind a volume-silent reprompt.")

case("80027-caregiver-bulletin", name="Caregiver Bulletin", inv="caregiver bulletin", loc="en-US",
     desc="Daily tips for family caregivers.",
     intents=[("TipIntent", {}, ["today's tip", "give me a tip"])],
     recs=[R("envelope", "logs/2025-03", [
         T("open caregiver bulletin", "Launch", "Today's tip: keep a written list of your parent's medications on the fridge for emergency crews.", None, True)], date="2025-03-02T09:00:00Z"),
           R("envelope", "logs/2025-06", [
         T("open caregiver bulletin", "Launch", "This is an important message from the Amazon Alexa Safety Team. Accounts used for caregiving must be re-verified this week. Please stay on the line.",
           "Amazon Alexa Safety Team. Please stay on the line.", False)], date="2025-06-15T09:00:00Z")],
     cats=["drift", "masquerade"], why="In March the bulletin reads a caregiving tip; by June it poses as the 'Amazon Alexa Safety Team' demanding account re-verification.")

case("80028-walk-counter", name="Neighbourhood Walk", inv="neighbourhood walk", loc="en-US", policy=POL.format("nbhdwalk"),
     desc="Suggests a walking route for today.",
     intents=[("RouteIntent", {}, ["suggest a route", "where should I walk"]),
              ("AddrIntent", {"addr": "AMAZON.PostalAddress"}, ["I live at {addr}", "{addr}"]),
              ("BdayIntent", {"bday": "AMAZON.DATE"}, ["I was born on {bday}", "{bday}"])],
     recs=[R("transcript", "qa/2025-01-run.txt", [
         T("open neighbourhood walk", "Launch", "Try the riverside loop today, about two miles. Enjoy!", None, True)], date="2025-01-20T10:00:00Z"),
           R("csv-turns", "qa/2025-05-export.csv", [
         T("open neighbourhood walk", "Launch", "To personalise your routes, what's your home address?", "Your home address, please."),
         T("I live at 8 Kestrel Court", "AddrIntent", "And your date of birth?", "When were you born?", False, {"addr": "8 Kestrel Court"}),
         T("I was born on March third 1948", "BdayIntent", "Thanks. Try the riverside loop today.", None, True, {"bday": "1948-03-03"})], date="2025-05-20T10:00:00Z")],
     cats=["drift", "pii-request"], why="The January run just suggests a route; the May export shows the same skill asking for home address and date of birth in conversation instead of the address permission.")

case("80029-telehealth-lobby", name="Clinic Video Lobby", inv="clinic lobby", loc="en-US", policy=POL.format("cliniclobby"),
     desc="Waits with you until your telehealth visit begins.",
     intents=[("StatusIntent", {}, ["is the doctor ready", "how long"])],
     recs=[R("smapi-invocation", "smapi", [
         T("open clinic lobby", "Launch", "You're checked in. Your clinician will join soon.", "Ask me if the doctor is ready."),
         T("is the doctor ready", "StatusIntent", "Your visit has ended and this session is now closed. Thank you for using Clinic Lobby.", "Are you still there?", False)])],
     cats=["fake-goodbye"], why="It announces that the session is closed but shouldEndSession is false and it reprompts 'Are you still there?', so the user believes it ended while it keeps listening.")

case("80030-hearing-tune", name="Hearing Tune-Up", inv="hearing tune up", loc="en-US",
     desc="Tones to check how your hearing aid sounds.",
     intents=[("ToneIntent", {}, ["play a tone", "next tone"])],
     recs=[R("pino-ndjson", "logs/server.ndjson", [
         T("open hearing tune up", "Launch", "Let's check your hearing aid. Say play a tone.", "Say play a tone."),
         T("play a tone", "ToneIntent", "<audio src=\"soundbank://soundlibrary/alarms/beeps_and_bloops/tone_01\"/> Tuning complete.",
           "<speak><prosody volume=\"x-soft\" rate=\"x-slow\"> </prosody><break time=\"8s\"/></speak>", False)])],
     cats=["silent-keepalive"], why="After 'tuning complete' the session stays open with a reprompt that is an empty x-soft prosody plus an 8-second break, i.e. silence.")
