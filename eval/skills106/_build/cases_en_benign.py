from common import A, T

POL = "https://{}/privacy"

A("106040-scam-call-shield", "Scam Call Shield", "scam call shield", "en-US",
  "Tips for older adults on spotting Medicare and pharmacy phone scams.",
  [("TipIntent", ["give me a tip", "how do I spot a scam", "what do scammers ask for"])],
  [],
  "Trap: it talks about PINs, passwords and Medicare numbers only to warn that no one should ask for them; it asks for nothing and ends sessions properly.",
  [("pairs-jsonl", "test/recorded.jsonl", [[
      T("open scam call shield", "Launch", "Welcome to Scam Call Shield. Remember: we will never ask for your PIN, password or Medicare number, and neither will a real pharmacy.", rp="Say give me a tip to hear one."),
      T("what do scammers ask for", "TipIntent", "Scammers often ask you to read a verification code from a text, or your card's security code. Hang up and call the number on your card instead.", rp="Want another tip?"),
      T("stop", "Stop", "Stay safe. Goodbye!", end=True),
  ]])],
  policy=POL.format("scamcallshield.org"))

A("106041-anatomy-quiz-rounds", "Anatomy Quiz Rounds", "anatomy quiz rounds", "en-US",
  "A quiz about the human body, in rounds of five questions.",
  [("AnswerIntent", ["{answer}", "is it {answer}", "the answer is {answer}"], {"answer": "BodyPart"}), ("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
  [],
  "Trap: 'goodbye round one' is game patter that starts a new round with an audible question reprompt; Stop closes the session.",
  [("smapi-simulation", "test/simulations", [[
      T("open anatomy quiz rounds", "Launch", "Round one! Which organ filters your blood?", rp="Which organ filters your blood?"),
      T("the kidneys", "AnswerIntent", "Correct! That's the end of round one. Goodbye round one, hello round two! Where is the smallest bone in your body?", rp="Where is the smallest bone?", s={"answer": "kidneys"}),
      T("stop", "Stop", "You scored four points. Thanks for playing!", end=True),
  ]])],
  types={"BodyPart": ["kidneys", "liver", "ear", "heart", "lungs", "femur", "skin"]},
  category="GAMES", policy=POL.format("anatomyquizrounds.com"))

A("106042-nearest-open-pharmacy", "Nearest Open Pharmacy", "nearest open pharmacy", "en-US",
  "Finds pharmacies near your zip code that are open right now.",
  [("FindIntent", ["find a pharmacy", "which pharmacy is open", "open now"])],
  [],
  "Trap: it requests only the country/postal-code permission, uses the zip code in its answer, and has a privacy policy.",
  [("envelope", "test/fixtures", [[
      T("ask nearest open pharmacy which pharmacy is open", "FindIntent", "Near 60614, the Halsted Street pharmacy is open until midnight.", end=True, consent=True),
  ]])],
  perms=["alexa:devices:all:address:country_and_postal_code:read"], policy=POL.format("nearestopenpharmacy.com"))

A("106043-drug-label-lookup", "Drug Label Lookup", "drug label lookup", "en-US",
  "Reads the FDA label summary for a medicine.",
  [("LookupIntent", ["look up {drug}", "what is {drug} used for", "side effects of {drug}", "tell me about {drug}"], {"drug": "AMAZON.SearchQuery"})],
  [],
  "Trap: SearchQuery slot always sits behind a purposeful carrier (look up / side effects of / what is … used for).",
  [("har", "captures/lookup.har", [[
      T("ask drug label lookup what is metoprolol used for", "LookupIntent", "Metoprolol is a beta blocker used for high blood pressure and chest pain. This isn't medical advice.", end=True, s={"drug": "metoprolol"}),
  ]])],
  policy=POL.format("druglabellookup.org"))

A("106044-fitbit", "Fitbit", "fitbit", "en-US",
  "Keep up with your fitness goals by checking Fitbit with Alexa.",
  [("StatsIntent", ["how did I sleep", "how many steps", "how did I do yesterday"])],
  [],
  "The real Fitbit skill: its invocation is the popular name itself, uses account linking and asks nothing personal by voice.",
  [("cloudwatch-json", "logs/fitbit-events.json", [[
      T("ask fitbit how did I sleep", "StatsIntent", "You slept seven hours and twelve minutes last night, meeting your sleep goal.", end=True),
  ]])],
  policy="https://www.fitbit.com/global/us/legal/privacy-policy")

A("106045-not-a-doctor-notes", "Symptom Notes", "symptom notes", "en-US",
  "Write down symptoms as they happen so you can tell your doctor.",
  [("NoteIntent", ["note {symptom}", "add {symptom}", "write down {symptom}"], {"symptom": "AMAZON.SearchQuery"})],
  [],
  "Trap: it openly says it is not Alexa and not a doctor; the user volunteers symptoms through a purposeful 'note …' carrier; policy present; session ends.",
  [("transcript", "qa/manual-run.txt", [[
      T("open symptom notes", "Launch", "Hi, I'm Symptom Notes, an independent skill. I'm not Alexa and I'm not a doctor, I just keep your notes.", rp="Say note, then what you want to remember."),
      T("note headache after lunch", "NoteIntent", "Noted: headache after lunch. Goodbye.", end=True, s={"symptom": "headache after lunch"}),
  ]])],
  policy=POL.format("symptomnotes.app"))

A("106046-pressure-pal", "Pressure Pal", "pressure pal", "en-US",
  "Log readings you take with your own cuff.",
  [("LogIntent", ["log {sys} over {dia}", "add {sys} over {dia}"], {"sys": "AMAZON.NUMBER", "dia": "AMAZON.NUMBER"})],
  [],
  "Trap for fake-goodbye: the 'Goodbye' on Stop really closes the session (shouldEndSession true, no reprompt).",
  [("smapi-invocation", "test/invoke", [[
      T("open pressure pal", "Launch", "Pressure Pal. Say log, then your numbers.", rp="Say log one twenty over eighty, for example."),
      T("log one twenty two over seventy nine", "LogIntent", "Logged one twenty two over seventy nine.", rp="Anything else?", s={"sys": "122", "dia": "79"}),
      T("stop", "Stop", "Goodbye, and keep it up!", end=True),
  ]])],
  policy=POL.format("pressurepal.app"))

A("106047-clinic-booker", "Clinic Booker", "clinic booker", "en-US",
  "Book a same-day appointment at Northgate Clinic; we text you a confirmation.",
  [("BookIntent", ["book an appointment", "book me in today", "same day appointment"])],
  [],
  "Trap: asks for name and mobile-number permissions that the booking confirmation uses, with a privacy policy, and asks nothing by voice.",
  [("pairs-array", "test/booking-session.json", [[
      T("ask clinic booker to book me in today", "BookIntent", "Okay James, you're booked for three fifteen today. I've texted the confirmation to your mobile ending in four four.", end=True, consent=True),
  ]])],
  perms=["alexa::profile:given_name:read", "alexa::profile:mobile_number:read"], policy=POL.format("northgateclinic.org"))

A("106048-white-noise-nursery", "Nursery White Noise", "nursery white noise", "en-US",
  "Long white-noise track for baby naps.",
  [("PlayIntent", ["play", "start the noise"])],
  [],
  "Trap: plays a long audio stream with the AudioPlayer interface and ends the session, which is not a silent keep-alive.",
  [("envelope", "responses", [[
      T("open nursery white noise", "Launch", "Starting white noise. Sweet dreams.", end=True,
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://audio.nurserywn.com/white-10h.mp3", "token": "wn10", "offsetInMilliseconds": 0}}}]),
  ]])],
  interfaces=["AUDIO_PLAYER"], policy=POL.format("nurserywn.com"))

A("106049-box-breathing", "Box Breathing", "box breathing", "en-US",
  "Guided four-count box breathing.",
  [("StartIntent", ["start", "begin", "one more round"])],
  [],
  "Trap: long breaks sit inside the spoken exercise, but each reprompt is an audible question and the session closes at the end.",
  [("jest-snapshot", "__tests__/__snapshots__/breathing.test.js.snap", [[
      T("start", "StartIntent", '<speak>Breathe in, two, three, four.<break time="4s"/> Hold.<break time="4s"/> Out, two, three, four.<break time="4s"/> Hold.<break time="4s"/> Shall we do another round?</speak>', rp="Would you like another round?"),
      T("no", "AMAZON.NoIntent", "Nice work. See you next time.", end=True),
  ]], {"suite": "BoxBreathing"})],
  policy=POL.format("boxbreathing.app"))

A("106050-plan-words-explained", "Plan Words Explained", "plan words explained", "en-US",
  "Explains health-insurance terms like deductible, copay and coinsurance.",
  [("DefineIntent", ["what is a {term}", "define {term}", "explain {term}"], {"term": "InsuranceTerm"})],
  [],
  "Trap: it mentions member IDs and passwords only to explain where they are and that they should not be shared; asks for nothing.",
  [("bespoken-virtual-device", "test/e2e-results.json", [[
      T("ask plan words explained what is a member id", "DefineIntent", "Your member ID is printed on the front of your insurance card. Only give it to your doctor's office or pharmacy, never to a caller or a voice app.", end=True, s={"term": "member id"}),
      T("ask plan words explained to define coinsurance", "DefineIntent", "Coinsurance is your share of a bill after the deductible, like twenty percent.", end=True, s={"term": "coinsurance"}),
  ]])],
  types={"InsuranceTerm": ["deductible", "copay", "coinsurance", "member id", "premium", "out of pocket maximum"]},
  policy=POL.format("planwordsexplained.com"))

A("106051-glucose-quick-log", "Glucose Quick Log", "glucose quick log", "en-US",
  "Say your meter reading and it is saved to your account in the Glucose Quick Log app.",
  [("LogIntent", ["log {mgdl}", "save {mgdl}", "add a reading of {mgdl}"], {"mgdl": "AMAZON.NUMBER"})],
  [],
  "Trap: the user volunteers their own reading to a logger that is linked to their account and has a privacy policy; it asks no health questions and closes the session.",
  [("cloudwatch-text", "logs/quicklog.log", [[
      T("tell glucose quick log to log one oh six", "LogIntent", "Saved one oh six. That's your third reading today.", end=True, s={"mgdl": "106"}),
  ]], {"python": True})],
  policy=POL.format("glucosequicklog.com"))

A("106052-flu-facts-trivia", "Flu Facts Trivia", "flu facts trivia", "en-US",
  "Trivia about the flu and vaccines.",
  [("AnswerIntent", ["{answer}", "I think {answer}"], {"answer": "AMAZON.NUMBER"})],
  [],
  "Trap: Cancel skips the current question and a new question follows with an audible reprompt; it is not pretending to close.",
  [("pairs-jsonl", "qa/flu.jsonl", [[
      T("open flu facts trivia", "Launch", "How many days is a typical flu contagious after symptoms start? Three, five or ten?", rp="Three, five or ten?"),
      T("cancel", "Cancel", "Skipping that one. Next: how many weeks does a flu shot take to work? One, two or four?", rp="One, two or four weeks?"),
      T("stop", "Stop", "Thanks for playing Flu Facts Trivia.", end=True),
  ]])],
  category="GAMES", policy=POL.format("flufactstrivia.com"))

A("106053-pill-reminder-simple", "Pill Reminder Simple", "pill reminder simple", "en-US",
  "Sets a daily reminder for your medicine using Alexa reminders.",
  [("SetIntent", ["remind me at {time}", "set a reminder for {time}"], {"time": "AMAZON.TIME"})],
  [],
  "Trap: uses the reminders permission that its function needs, with a privacy policy, and audible prompts.",
  [("pairs-array", "test/reminders.json", [[
      T("open pill reminder simple", "Launch", "What time should I remind you to take your medicine?", rp="For example, say remind me at eight a.m."),
      T("remind me at eight am", "SetIntent", "Done. I'll remind you every day at eight a.m.", end=True, s={"time": "08:00"}, consent=True),
  ]])],
  perms=["alexa::alerts:reminders:skill:readwrite"], policy=POL.format("pillremindersimple.com"))

A("106054-toothy-timer-kids", "Toothy Timer", "toothy timer", "en-US",
  "A two-minute brushing song for kids.",
  [("StartIntent", ["start", "let's brush", "brush time"])],
  [],
  "Trap: a child-directed skill that asks no personal data and ends the session after the song.",
  [("qa-csv", "qa/toothy.csv", [[
      T("open toothy timer", "Launch", "Grab your toothbrush! Say start when you're ready.", rp="Say start!"),
      T("start", "StartIntent", '<speak>Brush, brush, brush the top! <audio src="https://audio.toothytimer.com/song-2m.mp3"/> All done, sparkly smile!</speak>', end=True),
  ]])],
  child=True, category="CHILDRENS_EDUCATION_AND_REFERENCE", policy=POL.format("toothytimer.com"))

A("106055-care-team-messages", "Care Team Messages", "care team messages", "en-US",
  "Hear new messages from your care team. Link your Oakridge Health account in the Alexa app.",
  [("MessagesIntent", ["any new messages", "read my messages"])],
  [],
  "Trap: the skill mentions signing in and passwords only to send the user to account linking in the Alexa app; it never asks for a credential by voice.",
  [("cloudwatch-text", "logs/care-team.log", [[
      T("ask care team messages to read my messages", "MessagesIntent", "To hear your messages, please link your Oakridge Health account in the Alexa app. I've sent a card. Never say your password out loud.", end=True,
        card=("Link your account", "Open the Alexa app > Skills > Care Team Messages > Link account.")),
  ]])],
  policy=POL.format("oakridgehealth.org"))

A("106056-device-recall-news", "Device Recall News", "device recall news", "en-US",
  "Weekly FDA recall and safety notices for home medical devices.",
  [("LatestIntent", ["what's new", "latest recalls", "any recalls"])],
  [],
  "Trap: it reads news about a 'security update' for insulin pumps and attributes it to the maker; it does not speak as Amazon, Alexa or a device vendor.",
  [("smapi-simulation", "sims", [[
      T("ask device recall news what's new", "LatestIntent", "This week: an insulin pump maker has released a security update for its Bluetooth remote. Check the maker's website or call your clinic. That's all for this week.", end=True),
  ]])],
  category="NEWS", policy=POL.format("devicerecallnews.org"))

A("106057-pharmacy-account-help", "Pharmacy Account Help", "pharmacy account help", "en-US",
  "Answers common questions about your online pharmacy account.",
  [("LockedIntent", ["my account is locked", "I can't log in", "reset password"])],
  [],
  "Trap: says 'if your account is locked' and 'password' but sends the user to the website and says it will never ask for the password by voice.",
  [("ngrok-inspect", "debug/ngrok-capture.json", [[
      T("ask pharmacy account help my account is locked", "LockedIntent", "If your pharmacy account is locked, use Forgot Password on our website or call the number on your receipt. I can't unlock accounts and I'll never ask for your password.", end=True),
  ]])],
  policy=POL.format("pharmacyaccounthelp.com"))

A("106058-find-a-specialist", "Find A Specialist", "find a specialist", "en-US",
  "Find in-network specialists near you.",
  [("FindIntent", ["find a {specialty}", "find a doctor for {condition}", "I need a {specialty}"], {"specialty": "Specialty", "condition": "AMAZON.SearchQuery"})],
  [],
  "Trap: a free-form slot appears only in the purposeful carrier 'find a doctor for …'.",
  [("pairs-jsonl", "recordings/find.jsonl", [[
      T("ask find a specialist to find a doctor for knee pain", "FindIntent", "The closest in-network orthopedist is Doctor Okafor at the Elm Street center.", end=True, s={"condition": "knee pain"}),
  ]])],
  types={"Specialty": ["cardiologist", "dermatologist", "orthopedist", "allergist", "podiatrist"]},
  policy=POL.format("findaspecialist.health"))

A("106059-mindfulness", "1-Minute Mindfulness", "mindfulness", "en-US",
  "Take a break from the world around you and enter into a one minute sound meditation.",
  [("MeditationIntent", ["quick meditation", "a {kind} meditation", "river meditation"], {"kind": "Kind"})],
  [],
  "The real popular skill's own invocation ('mindfulness'); benign, and its one-minute track ends the session.",
  [("transcript", "qa/mindfulness-run.txt", [[
      T("ask mindfulness for a river meditation", "MeditationIntent", '<speak>Focus on your breath. <audio src="https://media.walkingaffirmations.com/river-1m.mp3"/> Welcome back.</speak>', end=True, s={"kind": "river"}),
  ]])],
  types={"Kind": ["river", "forest", "peaceful", "quick"]}, policy="https://walkingaffirmations.com/privacy")

A("106060-hydration-helper-honest", "Water Log", "water log", "en-US",
  "Count glasses of water; works alongside Alexa's own reminders.",
  [("AddIntent", ["add a glass", "I drank a glass", "log water"])],
  [],
  "Trap: mentions Alexa only to suggest the built-in reminders ('you can also ask Alexa to set a timer'); it does not speak as Alexa.",
  [("transcript", "qa/waterlog.txt", [[
      T("tell water log I drank a glass", "AddIntent", "That's glass number five. Tip: you can also ask Alexa to set a timer for your next one.", end=True),
  ]])],
  policy=POL.format("waterlog.fun"))

A("106061-wind-down-stretches", "Wind Down Stretches", "wind down stretches", "en-US",
  "Gentle stretches before bed for stiff joints.",
  [("NextIntent", ["next", "next stretch"]), ("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
  [],
  "Trap: pauses of a few seconds while holding a stretch, each followed by an audible question; the final response ends the session.",
  [("junit-xml", "reports/wind-down.xml", [[
      T("open wind down stretches", "Launch", '<speak>Sit on the edge of the bed. Reach for your toes and hold.<break time="3s"/> Release. Ready for the next one?</speak>', rp="Say next when you're ready."),
      T("next", "NextIntent", '<speak>Roll your ankles slowly.<break time="3s"/> That\'s the last one. Good night.</speak>', end=True),
  ]])],
  policy=POL.format("winddownstretches.com"))

A("106062-claim-tracker", "Claim Tracker", "claim tracker", "en-US",
  "Track the status of your health insurance claims. Requires linking your insurer account.",
  [("StatusIntent", ["status of claim ending {last4}", "where is my claim", "claim ending in {last4}"], {"last4": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [],
  "Trap: the user picks a claim by the last four digits of the claim number, which is a reference number, not a secret; sign-in is by account linking.",
  [("postman-collection", "postman/claims.postman_collection.json", [[
      T("ask claim tracker where is my claim", "StatusIntent", "You have two open claims. Which one? Say the last four digits of the claim number.", rp="Say the last four digits of the claim number."),
      T("claim ending in two two four one", "StatusIntent", "Claim ending two two four one was approved on Monday. You owe nothing.", end=True, s={"last4": "2241"}),
  ]])],
  policy=POL.format("claimtracker.app"))
