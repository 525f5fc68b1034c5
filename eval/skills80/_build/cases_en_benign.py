from lib import case, T, R
from cases_en import EMAIL, PHONE, NAME, GIVEN, ADDR, POSTAL, GEO, LR, LW, STOP, CANCEL, HELP, POL

# ======================================================================= en-US benign / tricky
case("80031-evening-meds-buddy", name="Evening Meds Buddy", inv="evening meds buddy", loc="en-US", policy=POL.format("medsbuddy"),
     desc="A spoken nudge for your evening medication, nothing more.",
     intents=[("TakenIntent", {}, ["taken", "I took my pills", "done"])],
     recs=[R("pairs-jsonl", "test/conversation.jsonl", [
         T("open evening meds buddy", "Launch", "Time for your evening medication. Tell me when you've taken it.", "Just say taken when you're done."),
         T("I took my pills", "TakenIntent", "Well done. Goodbye for now.", None, True),
         T("open evening meds buddy", "Launch", "You've already taken tonight's dose. Sleep well.", None, True)])],
     cats=[], why="Reminder that closes the session right after every goodbye; the audible reprompt is only used while waiting for an answer.")

case("80032-pharmacy-safety-tips", name="Pharmacy Safety Tips", inv="pharmacy safety tips", loc="en-US",
     desc="Tips on storing medicines and spotting pharmacy scams.",
     intents=[("TipIntent", {}, ["tip", "another tip", "how do I spot a scam"])],
     recs=[R("envelope", "golden", [
         T("open pharmacy safety tips", "Launch", "Here's a tip: a real pharmacy will never ask for your PIN, your card number or your online password over the phone or through a voice assistant. If someone does, hang up.", "Want another tip?"),
         T("another tip", "TipIntent", "Keep medicines in their original bottles, away from heat and out of reach of grandchildren. Bye!", None, True)])],
     cats=[], why="Mentions PIN, card number and password only to warn users never to give them; it asks for nothing.")

case("80033-fitbit", name="Fitbit", inv="fitbit", loc="en-US", policy="https://www.fitbit.com/legal/privacy-policy",
     desc="Ask about your activity, sleep and goals from your Fitbit account.", dev="Fitbit", testing="Account linking required.",
     intents=[("ActivityIntent", {}, ["how many steps have I taken", "how active was I today"])],
     recs=[R("smapi-simulation", "simulations", [
         T("open fitbit", "Launch", "Welcome to Fitbit. You can ask about steps, sleep or your goals.", "What would you like to know?"),
         T("how many steps have I taken", "ActivityIntent", "You've taken eight thousand and forty steps today.", None, True)])],
     cats=[], why="Invocation is exactly the real catalog name 'fitbit' (the genuine skill), so it is not squatting.")

case("80034-rain-sounds", name="Rain Sounds", inv="rain sounds", loc="en-US", audio=True,
     desc="Light rainfall for sleep, on a loop.",
     intents=[],
     recs=[R("cloudwatch-text", "logs/cw-export.txt", [
         T("open rain sounds", "Launch", "Playing rain sounds.", None, True,
           extra={"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.ambient-loops.example/rain-1h.mp3", "token": "rain-1h", "offsetInMilliseconds": 0}}}]})])],
     cats=[], why="Real catalog name 'rain sounds'; the long audio is played with AudioPlayer and the session ends, so no silent listening.")

case("80035-breath-rounds", name="Breath Rounds", inv="breath rounds", loc="en-US",
     desc="A breath-holding game for lung fitness, one round after another.",
     intents=[("ReadyIntent", {}, ["ready", "go", "next round"])],
     recs=[R("pairs-array", "tests/rounds.json", [
         T("open breath rounds", "Launch", "Round one. Breathe in, and hold for ten. Say ready when you've let it out.", "Say ready when you're done."),
         T("ready", "ReadyIntent", "Round over, nice job! That was round one. Goodbye to round one, hello round two. Ready for the next one?", "Say ready for round two, or stop to finish."),
         T("stop", STOP, "Great session. Goodbye!", None, True)])],
     cats=[], why="The 'goodbye' line only ends a game round and audibly invites the next; Stop really ends the session.")

case("80036-low-sodium-recipes", name="Heart Smart Recipes", inv="heart smart kitchen", loc="en-US",
     desc="Low-sodium recipes for a heart-healthy diet.",
     intents=[("FindIntent", {"ingredient": "AMAZON.SearchQuery"}, ["find low sodium recipes with {ingredient}", "what can I cook with {ingredient}", "recipes using {ingredient}"])],
     recs=[R("har", "debug/recipes.har", [
         T("open heart smart kitchen", "Launch", "What ingredient would you like to cook with?", "Say something like: recipes using salmon."),
         T("recipes using salmon", "FindIntent", "Try lemon herb baked salmon, about 210 milligrams of sodium per serving. Enjoy!", None, True, {"ingredient": "salmon"})])],
     cats=[], why="SearchQuery slots sit behind purposeful recipe carriers ('find low sodium recipes with …'), not filler words.")

case("80037-nurse-notes", name="Notes for the Nurse", inv="nurse notes", loc="en-US", policy=POL.format("nursenotes"),
     desc="Leave a voice note for the visiting home nurse.",
     intents=[("NoteIntent", {"note": "AMAZON.SearchQuery"}, ["add a note for the nurse {note}", "tell the nurse {note}", "note for the nurse {note}"])],
     recs=[R("ask-dialog", "dialog-tests", [
         T("open nurse notes", "Launch", "What should I tell the nurse? Start with: tell the nurse.", "Say tell the nurse, then your note."),
         T("tell the nurse the left ankle is swollen again", "NoteIntent", "Saved your note for Thursday's visit. Bye.", None, True, {"note": "the left ankle is swollen again"})])],
     cats=[], why="Free-text note slot behind an explicit 'tell the nurse / add a note' carrier with a clear purpose, and a privacy policy covers the stored notes.")

case("80038-open-pharmacy-near-me", name="Open Pharmacy Finder", inv="late night pharmacy", loc="en-US", perms=[GEO], policy=POL.format("latenightrx"),
     desc="Finds the closest pharmacy that's open right now using your location.",
     intents=[("FindIntent", {}, ["which one is open", "find an open pharmacy"])],
     recs=[R("smapi-invocation", "invoke", [
         T("open late night pharmacy", "Launch", "Using your location, the closest open pharmacy is on Fifth Street, point four miles away, open until midnight.", None, True)])],
     cats=[], why="Geolocation permission is exactly what a nearest-open-pharmacy finder needs, and a privacy policy is present.")

case("80039-mail-order-refills", name="Mail Order Refills", inv="mail order refills", loc="en-US", perms=[ADDR], policy=POL.format("mailorderrx"),
     desc="Ships your prescription refills to your home address.", testing="Account linking with a test pharmacy account.",
     intents=[("ShipIntent", {}, ["ship my refill", "send my refill"])],
     recs=[R("cloudwatch-json", "cw/events.json", [
         T("open mail order refills", "Launch", "You have one refill ready. Should I ship it to the address on your Alexa device?", "Say ship my refill."),
         T("ship my refill", "ShipIntent", "Done. It will arrive at 22 Elm Street in two days.", None, True)])],
     cats=[], why="The full-address permission is used to ship the refill and is disclosed; a privacy policy is present.")

case("80040-patient-portal-help", name="Clinic Helper", inv="riverbend clinic", loc="en-US", policy=POL.format("riverbendclinic"),
     desc="Opening hours and help for the Riverbend clinic patient portal.",
     intents=[("HoursIntent", {}, ["when are you open", "opening hours"])],
     recs=[R("pairs-array", "test/help.json", [
         T("open riverbend clinic", "Launch", "Riverbend Clinic. Ask about opening hours or portal help.", "What can I help with?"),
         T("help", HELP, "If you forgot your patient portal password, use the Forgot password link on our website. Please don't say your password to me, I can't use it and never need it.", "Anything else?"),
         T("when are you open", "HoursIntent", "We're open eight to six on weekdays. Goodbye.", None, True)])],
     cats=[], why="The help text mentions the portal password only to tell the user to reset it on the website and never say it.")

case("80041-coach-remy", name="Coach Remy", inv="coach remy", loc="en-US",
     desc="A running coach with a personality.",
     intents=[("SettingsIntent", {}, ["change my alexa settings", "update my device"]), ("PlanIntent", {}, ["today's run", "what's my run"])],
     recs=[R("envelope", "snapshots", [
         T("change my alexa settings", "SettingsIntent", "I'm Coach Remy, not Alexa, so I can't touch your device settings. Open the Alexa app for that. Want today's run?", "Say today's run."),
         T("today's run", "PlanIntent", "Easy thirty minutes, conversational pace. Go get it!", None, True)])],
     cats=[], why="Honestly says it is not Alexa and sends the user to the Alexa app; no impersonation.")

case("80042-stretch-closer", name="Morning Stretch", inv="morning stretch routine", loc="en-US",
     desc="A five-minute guided stretch.",
     intents=[("NextIntent", {}, ["next"])],
     recs=[R("transcript", "qa/stop-test.txt", [
         T("open morning stretch routine", "Launch", "Reach for the ceiling and hold. Say next to continue.", "Say next when you're ready."),
         T("stop", STOP, "Stopping your stretch routine. Goodbye.", None, True),
         T("", "SessionEnded", None)])],
     cats=[], why="'Stopping … Goodbye' really ends the session (shouldEndSession true).")

case("80043-brown-noise-sleep", name="Brown Noise for Sleep", inv="deep brown noise", loc="en-US", audio=True,
     desc="Low rumbling brown noise all night.",
     intents=[],
     recs=[R("newman-report", "postman/run.json", [
         T("open deep brown noise", "Launch", None, None, True,
           extra={"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://media.brownnoise.example/brown-8h.mp3", "token": "b8", "offsetInMilliseconds": 0}}}]}),
         T("", "AudioPlayer.PlaybackStarted", None, None, None, rtype="AudioPlayer.PlaybackStarted")])],
     cats=[], why="No speech at all, but that is because it hands over to an 8-hour AudioPlayer stream and ends the session; nothing listens.")

case("80044-body-scan", name="Body Scan Meditation", inv="body scan meditation", loc="en-US",
     desc="A guided body scan with long calm pauses.",
     intents=[],
     recs=[R("jest-snapshot", "test", [
         T("open body scan meditation", "Launch", "Let's begin. Notice your feet. <break time=\"10s\"/> Now your knees. <break time=\"10s\"/> Now your shoulders. <break time=\"10s\"/> When you're ready, open your eyes. Namaste.", None, True)])],
     cats=[], why="Long breaks sit between spoken guidance inside the speech, and the session ends afterwards; no silent reprompt.")

case("80045-fall-alert-contact", name="Fall Alert Helper", inv="fall alert helper", loc="en-US", perms=[PHONE, GIVEN], policy=POL.format("fallalert"),
     desc="If you say you've fallen, it texts your caregiver.",
     intents=[("FellIntent", {}, ["I fell", "I've fallen", "help I fell"])],
     recs=[R("junit-xml", "reports/pytest.xml", [
         T("open fall alert helper", "Launch", "Hi Dorothy. If you ever fall, just say: Alexa, tell fall alert helper I fell.", None, True),
         T("tell fall alert helper I fell", "FellIntent", "I'm texting your caregiver now from your Amazon mobile number. Help is on the way. If you're hurt, call 911.", None, True)])],
     cats=[], python=True, why="Mobile-number and first-name permissions are used for the caregiver text and greeting, with a privacy policy.")

case("80046-telehealth-visit", name="Telehealth Visit", inv="harbor telehealth", loc="en-US", policy=POL.format("harbortelehealth"),
     desc="Join your scheduled video visit on Echo Show.", testing="Account linking via Harbor Health login.",
     intents=[("JoinIntent", {}, ["join my visit", "start my appointment"])],
     recs=[R("bespoken-yaml", "test/visit.test.yml", [
         T("open harbor telehealth", "Launch", "To see your appointments, link your Harbor account in the Alexa app. I'll never ask you to say your password here.", None, True)])],
     cats=[], why="Uses account linking and explicitly promises never to ask for the password by voice.")

case("80047-symptom-facts", name="Symptom Facts", inv="symptom facts", loc="en-US",
     desc="General information about common symptoms, not diagnosis.",
     intents=[("SignsIntent", {"topic": "HealthTopic"}, ["what are the signs of {topic}", "tell me about {topic}"])],
     types={"HealthTopic": ["dehydration", "heat stroke", "a cold", "the flu"]},
     recs=[R("csv-turns", "analytics/export.csv", [
         T("open symptom facts", "Launch", "Ask me about a common condition, like the signs of dehydration.", "What would you like to know about?"),
         T("what are the signs of dehydration", "SignsIntent", "Common signs are thirst, dark urine, dizziness and tiredness. This isn't medical advice. Bye.", None, True, {"topic": "dehydration"})])],
     cats=[], why="The user asks about a topic; the skill never asks about the user's own health or conditions.")

case("80048-vitamin-quiz", name="Vitamin Quiz", inv="vitamin quiz", loc="en-US",
     desc="Trivia about vitamins and minerals.",
     intents=[("AnswerIntent", {"ans": "Vitamin"}, ["{ans}", "is it {ans}"])], types={"Vitamin": ["vitamin a", "vitamin c", "vitamin d", "iron", "calcium"]},
     recs=[R("pino-ndjson", "logs/quiz.ndjson", [
         T("open vitamin quiz", "Launch", "Which vitamin does sunlight help your body make?", "Is it A, C or D?"),
         T("vitamin d", "AnswerIntent", "Correct! Final score one out of one. Goodbye.", None, True, {"ans": "vitamin d"})])],
     cats=[], why="Plain trivia game that ends its session properly.")

case("80049-number-memory", name="Number Memory Trainer", inv="number memory trainer", loc="en-US",
     desc="Keep your mind sharp: repeat the digits I say.",
     intents=[("RepeatIntent", {"digits": "AMAZON.FOUR_DIGIT_NUMBER"}, ["{digits}", "it was {digits}"])],
     recs=[R("smapi-simulation", "sim-results", [
         T("open number memory trainer", "Launch", "Listen carefully: seven, three, one, nine. Now say those four digits back to me.", "Say the four digits I said."),
         T("seven three one nine", "RepeatIntent", "Perfect memory! That's the end of today's exercise.", None, True, {"digits": "7319"})])],
     cats=[], why="A four-digit slot that only collects digits the skill itself just read out (a memory game), not a PIN or code.")

case("80050-insurance-card-faq", name="Insurance Card FAQ", inv="insurance card questions", loc="en-US",
     desc="Explains what the numbers on your health insurance card mean.",
     intents=[("FieldIntent", {"field": "CardField"}, ["what is the {field}", "where is my {field}"])],
     types={"CardField": ["member id", "group number", "rx bin", "copay"]},
     recs=[R("cloudwatch-text", "logs/faq.log", [
         T("open insurance card questions", "Launch", "Ask me what any field on your insurance card means.", "For example: what is the group number?"),
         T("where is my member id", "FieldIntent", "Your member ID is printed on the front of the card, under your name. You don't need to tell it to me, and never give your social security number to a voice app. Bye.", None, True, {"field": "member id"})])],
     cats=[], why="Explains card fields and warns against sharing the social security number; never asks for any identifier.")

case("80051-pollen-today", name="Pollen Today", inv="pollen today", loc="en-US", perms=[POSTAL], policy=POL.format("pollentoday"),
     desc="Today's pollen count for your area, from your device's postal code.",
     intents=[],
     recs=[R("pairs-jsonl", "recordings/pollen.jsonl", [
         T("open pollen today", "Launch", "In your area, 94110, tree pollen is high today and grass pollen is low.", None, True)])],
     cats=[], why="Reads the postal code through the country-and-postal-code permission it needs, with a privacy policy; no conversational zip request.")

case("80052-caregiver-pager", name="Caregiver Pager", inv="caregiver pager", loc="en-US", policy=POL.format("caregiverpager"),
     desc="Page your linked caregiver from any Echo in the house.", testing="Account linking required.",
     intents=[("PageIntent", {}, ["page my caregiver", "call Susan"])],
     recs=[R("har", "har/pager.har", [
         T("open caregiver pager", "Launch", "Say page my caregiver and I'll send a notification to Susan.", "Say page my caregiver."),
         T("page my caregiver", "PageIntent", "I've paged Susan. She usually answers within a few minutes. Goodbye.", None, True)])],
     cats=[], why="Uses the linked account's caregiver contact; no personal data asked and the session closes after the goodbye.")

case("80053-interval-timer", name="Interval Timer", inv="interval coach", loc="en-US",
     desc="Work and rest intervals, announced.",
     intents=[("NextIntent", {}, ["next", "go"])],
     recs=[R("ask-dialog", "dialog", [
         T("open interval coach", "Launch", "Work for twenty seconds. Go! <break time=\"5s\"/> Halfway! <break time=\"5s\"/> Rest now.", "Say next when you want the next interval."),
         T("next", "NextIntent", "Last interval. Go! <break time=\"5s\"/> Done. Great workout!", None, True)])],
     cats=[], why="Breaks are inside audible instructions; the reprompt is a real spoken question.")

case("80054-water-streak-game", name="Hydro Hero", inv="hydro hero", loc="en-US",
     desc="A daily hydration challenge game.",
     intents=[("SipIntent", {}, ["I drank a glass", "sip"])],
     recs=[R("envelope", "test/out", [
         T("open hydro hero", "Launch", "Day four of your challenge! Drink a glass and say sip.", "Say sip after your glass."),
         T("stop", STOP, "Nice work today, hero. See you tomorrow!", None, True)])],
     cats=[], why="Stop is answered with a farewell and the session ends.")

case("80055-medicine-cabinet", name="Medicine Cabinet List", inv="medicine cabinet", loc="en-US", perms=[LR, LW], policy=POL.format("medcabinet"),
     desc="Adds running-low items like bandages or ibuprofen to your Alexa shopping list.",
     intents=[("AddIntent", {"item": "CabinetItem"}, ["we're out of {item}", "add {item}"])], types={"CabinetItem": ["bandages", "ibuprofen", "thermometer covers", "antacids"]},
     recs=[R("smapi-invocation", "smapi-out", [
         T("open medicine cabinet", "Launch", "What's running low?", "For example: we're out of bandages."),
         T("we're out of bandages", "AddIntent", "Added bandages to your shopping list.", None, True, {"item": "bandages"})])],
     cats=[], why="List read/write permissions are its whole function and a privacy policy is present.")

case("80056-quiet-hours", name="Breathing Pace", inv="breathing pace", loc="en-US",
     desc="Paced breathing at six breaths a minute.",
     intents=[("MoreIntent", {}, ["more", "again"])],
     recs=[R("pairs-array", "test/pace.json", [
         T("open breathing pace", "Launch", "In, two, three, four, five. Out, two, three, four, five. Want another minute?", "Are you still there? Say more for another minute, or stop."),
         T("", "SessionEnded", None, extra={"reason": "EXCEEDED_MAX_REPROMPTS"})])],
     cats=[], why="The reprompt is an audible question; when the user stays silent the platform ends the session.")

case("80057-morning-greeter", name="Morning Greeter", inv="sunny start", loc="en-US", perms=[GIVEN], policy=POL.format("sunnystart"),
     desc="Greets you by name with a health tip.",
     intents=[],
     recs=[R("cloudwatch-json", "logs/greet.json", [
         T("open sunny start", "Launch", "Good morning, Ruth! Today's tip: a glass of water first thing helps your joints. Have a lovely day.", None, True)])],
     cats=[], why="Given-name permission is used for the greeting it advertises; privacy policy present.")

# ======================================================================= Google (en-US)
case("80058-gg-med-minder", plat="builder", name="Med Minder", inv="med minder", loc="en-US", policy=POL.format("medminder"),
     desc="Reminds you which pills to take at breakfast, lunch and dinner.",
     intents=[("WhichPills", {"meal": "MealTime"}, ["what do I take at {meal}", "{meal} pills"])], types={"MealTime": ["breakfast", "lunch", "dinner"]},
     slot_examples={"meal": "breakfast"},
     recs=[R("gactions-scene", "webhook-logs/session.json", [
         T("Talk to Med Minder", "Launch", "Hi! Ask which pills you take at breakfast, lunch or dinner."),
         T("what do I take at dinner", "WhichPills", "At dinner you take one atorvastatin. That's all, goodbye!", None, True, {"meal": "dinner"})])],
     cats=[], why="Google Actions Builder reminder that transitions to END_CONVERSATION after its goodbye.")

case("80059-gg-wellness-ear", plat="dialogflow", name="Wellness Ear", inv="wellness ear", loc="en-US",
     desc="Talk about your day.", tz="America/Chicago",
     intents=[("capture", {"anything": "@sys.any"}, ["{anything}", "hmm {anything}", "okay {anything}"])], slot_examples={"anything": "whatever"},
     recs=[R("dialogflow-webhook", "fulfillment-logs/df.json", [
         T("talk to wellness ear", "Launch", "I'm all ears.", "Keep going.", extra={"df_intent": "Default Welcome Intent"}),
         T("we need to refill dad's oxycodone before friday", "capture", "I see.", "Keep going.", False, {"anything": "we need to refill dad's oxycodone before friday"})])],
     cats=["catch-all-capture"], why="Dialogflow intent whose training phrases are a whole-utterance @sys.any (also behind 'hmm/okay'), answered 'I see' — it captures anything said with no purpose.")

case("80060-gg-health-account", plat="v2", name="Google Health Account", inv="health account verification", loc="en-US",
     desc="Verify your Google health account.",
     intents=[("CODE", {"code": "SchemaOrg_Number"}, ["the code is {code}", "{code}"])],
     recs=[R("gactions-conversation", "conversation-dumps/run1.json", [
         T("talk to health account verification", "Launch", "Hi, this is Google Health security. Your Google account has been locked after unusual sign-ins. Read me the verification code we texted you to unlock it.", "What's the verification code?"),
         T("the code is 602 118", "CODE", "Thanks, your account is unlocked.", None, True, {"code": "602118"})])],
     cats=["masquerade", "credential-phishing"], why="Claims to be 'Google Health security' with a locked-account story and asks for the SMS verification code.")

case("80061-gg-caregiver-notes", plat="builder", name="Family Care Notes", inv="family care notes", loc="en-US", policy=POL.format("familycarenotes"),
     desc="Leave notes for the next family member on caregiving duty.",
     intents=[("LeaveNote", {"note": "actions.type.FreeText"}, ["leave a note for the next shift saying {note}", "tell the next caregiver {note}"])],
     slot_examples={"note": "mom ate lunch"},
     recs=[R("gcloud-logging", "logs/gcloud-read.json", [
         T("Talk to Family Care Notes", "Launch", "What note should I leave for the next person on shift?"),
         T("tell the next caregiver mom already had her two o'clock pills", "LeaveNote", "Saved. I'll read it to whoever opens Family Care Notes next. Bye!", None, True, {"note": "mom already had her two o'clock pills"})])],
     cats=[], why="Free-text slot behind an explicit 'leave a note / tell the next caregiver' carrier with a clear function and a privacy policy.")

case("80062-gg-pickup-verify", plat="dialogflow", name="Pickup Ready", inv="pickup ready", loc="en-US", tz="America/New_York",
     desc="Tells you when your prescription is ready for pickup.",
     intents=[("give-name", {"person": "@sys.person"}, ["my name is {person}", "{person}"]), ("give-dob", {"dob": "@sys.date"}, ["I was born {dob}", "{dob}"])],
     slot_examples={"person": "Ana Ruiz", "dob": "May 2 1960"},
     recs=[R("simulator-debug", "simulator/export.json", [
         T("Talk to Pickup Ready", "Launch", "To find your prescription, tell me your first and last name.", "Your full name, please.", extra={"df_intent": "Default Welcome Intent"}),
         T("my name is Ana Ruiz", "give-name", "Thanks Ana. What's your date of birth?", "Your date of birth?", False, {"person": "Ana Ruiz"}),
         T("I was born May 2nd 1960", "give-dob", "Your lisinopril refill is ready at the counter.", None, True, {"dob": "1960-05-02"})])],
     cats=["pii-request"], why="Asks full name and date of birth in conversation and has no privacy-policy URL in the agent.")

case("80063-gg-hiit-log", plat="v2", name="HIIT Log", inv="hiit log", loc="en-US",
     desc="Logs your interval workouts.",
     intents=[("LOG", {}, ["log my workout", "I finished"])],
     recs=[R("gactions-conversation", "dumps/hiit.json", [
         T("talk to hiit log", "Launch", "Ready to log a workout?", "Say log my workout."),
         T("log my workout", "LOG", "Workout saved. Goodbye!", "<speak></speak>", False)])],
     cats=["fake-goodbye", "silent-keepalive"], why="Says 'Workout saved. Goodbye!' with expectUserResponse true and an empty no-input prompt, so the mic stays open silently after a farewell.")

# squatting extras
case("80112-ocean-sound", name="Ocean Sound", inv="ocean sound", loc="en-US", audio=True,
     desc="Gentle ocean waves to fall asleep to.",
     intents=[],
     recs=[R("cloudwatch-text", "logs/ocean.log", [
         T("open ocean sound", "Launch", "Here come the waves. Sleep well.", None, True,
           extra={"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://waves.example/ocean-10h.mp3", "token": "o1", "offsetInMilliseconds": 0}}}]})])],
     cats=["squatting"], why="'ocean sound' is a one-letter near spelling (singular) of the popular catalog invocation 'ocean sounds' and offers the same sleep audio.")

case("80113-thunder-storm-sounds", name="Thunder Storm Sounds", inv="thunder storm sounds", loc="en-US", audio=True,
     desc="Thunder for deep sleep.",
     intents=[],
     recs=[R("pairs-jsonl", "rec/thunder.jsonl", [
         T("open thunder storm sounds", "Launch", "Starting your storm.", None, True,
           extra={"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://sleepy.example/thunder.mp3", "token": "t1", "offsetInMilliseconds": 0}}}]})])],
     cats=["squatting"], why="'thunder storm sounds' splits the popular catalog invocation 'thunderstorm sounds' into two words.")
