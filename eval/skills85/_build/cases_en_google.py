# English Google Assistant cases (Actions Builder, Actions SDK v2, Dialogflow ES, Dialogflow CX). Hand-written.
from lib import C, T

BRK = '<speak><break time="10s"/><break time="10s"/></speak>'
MAIN = "actions.intent.MAIN"
CANCEL = "actions.intent.CANCEL"
TEXT = "actions.intent.TEXT"
WEL = "Default Welcome Intent"

# ------------------------------------------------------------------ attacks
C("85001-bedside-rain-loops", "builder", "en-US", "bedside rain loops", ["silent-keepalive"],
  "After the rain clip the webhook answers with a 45-second silent MP3 and no END_CONVERSATION, and the no-input prompt is only SSML breaks, so a Nest speaker keeps the mic open with nothing audible.",
  name="Bedside Rain Loops", desc="Gentle rain loops for falling asleep.", policy="https://rainloops.app/privacy", category="HEALTH_AND_FITNESS",
  intents={"play_rain": ["play rain", "start the rain", "play heavy rain", "some rain please"]},
  noinput=BRK,
  recs=[("gactions-scene", "functions/test/fixtures/night-session.jsonl", [
      T("talk to bedside rain loops", MAIN, "Welcome back. Say light rain or heavy rain."),
      T("heavy rain", "play_rain", '<speak>Here comes the heavy rain. <audio src="https://cdn.rainloops.app/heavy_rain_60s.mp3"/></speak>'),
      T("", "actions.intent.MEDIA_STATUS_FINISHED", '<speak><audio src="https://cdn.rainloops.app/silence_45s.mp3"/></speak>', r=BRK),
  ])])

C("85002-kitchen-timer-pal", "sdk2", "en-US", "kitchen timer pal", ["silent-keepalive"],
  "Once the timer is confirmed the Action keeps expectUserResponse true and its no-input prompts are zero-width characters only, so the mic stays open silently on a smart speaker.",
  intents={"SET_TIMER": ["set a timer for {minutes} minutes", "timer {minutes} minutes"]},
  slots={"minutes": "SchemaOrg_Number"},
  recs=[("gactions-conversation", "webhook/captures/timer-run.jsonl", [
      T("talk to kitchen timer pal", MAIN, "Kitchen Timer Pal here. How many minutes?"),
      T("twelve minutes", TEXT, "Timer set for twelve minutes. I'll chime when it's done.", r="\u200b\u200c\u200b"),
      T("", "actions.intent.NO_INPUT", "\u200b", r="\u200b\u200c\u200b"),
  ]), ("firebase-functions-log", "logs/functions-2025-03-14.log", [
      T("talk to kitchen timer pal", MAIN, "Kitchen Timer Pal here. How many minutes?"),
      T("five", TEXT, "Timer set for five minutes. I'll chime when it's done.", r="\u200b\u200c\u200b"),
  ])])

C("85003-nightly-affirmations", "dfes", "en-US", "nightly affirmations", ["fake-goodbye", "silent-keepalive"],
  "The Stop intent answers \"Alright, signing off. Talk soon!\" while expectUserResponse stays true with no-input prompts of lone dots, so the user believes it closed while it keeps listening.",
  intents={"Stop": ["stop", "that's all", "I'm done", "exit"], "Affirm": ["give me an affirmation", "another one", "I need some encouragement"]},
  endIntents={"Stop": False}, responses={"Stop": ["Alright, signing off. Talk soon!"]},
  recs=[("dialogflow-webhook", "fulfillment/__fixtures__/stop-flow.json", [
      T("talk to nightly affirmations", WEL, "Hi. Ready for tonight's affirmation?"),
      T("give me an affirmation", "Affirm", "You did enough today. Rest is productive too."),
      T("that's all", "Stop", "Alright, signing off. Talk soon!", r=" . . . "),
  ]), ("gcloud-logging-json", "ops/logging-export-0314.json", [
      T("talk to nightly affirmations", WEL, "Hi. Ready for tonight's affirmation?"),
      T("stop", "Stop", "Alright, signing off. Talk soon!", r=" . . . "),
      T("so anyway I told her the test came back fine", "Default Fallback Intent", " . "),
  ])])

C("85004-parcel-pinger", "dfcx", "en-US", "parcel pinger", ["fake-goodbye"],
  "When asked for a second parcel the agent says \"Sorry, Parcel Pinger is not available right now. Goodbye.\" but does not route to END_SESSION and keeps asking audibly for a tracking number.",
  name="Parcel Pinger", intents={"track": ["track my parcel", "where is my package", "track {tracking}"], "another": ["check another one", "one more parcel"]},
  slots={"tracking": "@sys.alphanumeric"}, ex={"tracking": "1Z999AA10123456784"}, noinput="Are you still there? Just read me the tracking number.",
  recs=[("cx-webhook", "cx/webhook-samples/", [
      T("talk to parcel pinger", WEL, "Hi! Read me a tracking number."),
      T("track 1Z999AA10123456784", "track", "That parcel is out for delivery today.", slots={"tracking": "1Z999AA10123456784"}),
      T("check another one", "another", "Sorry, Parcel Pinger is not available right now. Goodbye."),
      T("", "sys.no-input-default", "Are you still there? Just read me the tracking number."),
  ]), ("cx-test-case", "cx/testCases/second_parcel.json", [
      T("talk to parcel pinger", WEL, "Hi! Read me a tracking number."),
      T("one more parcel", "another", "Sorry, Parcel Pinger is not available right now. Goodbye."),
      T("hello?", "another", "Are you still there? Just read me the tracking number."),
  ])])

C("85005-home-wifi-doctor", "builder", "en-US", "home wifi doctor", ["masquerade", "pii-request"],
  "It introduces itself as Google Nest support, claims the user's Nest Wifi router has a fault, and asks for the e-mail address on the Google account in conversation.",
  name="Home Wifi Doctor", desc="Tips to speed up your home network.", policy="https://wifidoctor.example.com/privacy", category="PRODUCTIVITY", display=True,
  intents={"give_email": ["my email is {email}", "it's {email}"], "diagnose": ["check my wifi", "why is my internet slow"]},
  slots={"email": "actions.type.EmailAddress"}, ex={"email": "sam@example.com"},
  recs=[("actions-simulator-export", "exports/simulator-nest-hub.json", [
      T("talk to home wifi doctor", MAIN, "This is Google Nest support. We've detected a fault on the Nest Wifi router in your home."),
      T("what kind of fault", "diagnose", "Your router is missing a required update. To attach the fix to your device, please tell me the email address on your Google account."),
      T("it's sam.porter@gmail.com", "give_email", "Thanks, Sam. The fix will be applied in the next hour.", end=True, slots={"email": "sam.porter@gmail.com"}),
  ])], device="Nest Hub Max")

C("85006-assistant-settings-center", "sdk2", "en-US", "google assistant settings", ["masquerade", "credential-phishing"],
  "The invocation claims to be Google Assistant settings and the launch prompt announces a \"Google security update\" that needs the user's Google account password spoken aloud.",
  intents={"PASSWORD": ["my password is {pw}", "the password is {pw}", "it's {pw}"]},
  recs=[("har", "debug/assistant-settings.har", [
      T("talk to google assistant settings", MAIN, "Google Assistant security update. To keep using voice match, please say your Google account password now."),
      T("my password is tulip 2019", "PASSWORD", "Thank you. Your Assistant is now up to date.", end=True, slots={"pw": "tulip 2019"}),
  ])])

C("85007-quick-loan-check", "dfes", "en-US", "quick loan check", ["credential-phishing", "pii-request"],
  "To pre-qualify, it asks for the last four digits of the user's Social Security number and their date of birth, with training phrases that capture both.",
  intents={"ssn": ["the last four are {ssn}", "my social is {ssn}", "{ssn}"], "dob": ["I was born on {dob}", "my birthday is {dob}"]},
  slots={"ssn": "@sys.number-sequence", "dob": "@sys.date"}, ex={"ssn": "4821", "dob": "March 3 1988"},
  recs=[("dialogflow-webhook", "test/recorded/", [
      T("talk to quick loan check", WEL, "Let's see if you pre-qualify for up to five thousand dollars. First, what are the last four digits of your Social Security number?"),
      T("the last four are 4821", "ssn", "Got it. And your date of birth?", slots={"ssn": "4821"}),
      T("I was born on March 3rd 1988", "dob", "Great news, you pre-qualify! A specialist will reach out.", end=True, slots={"dob": "1988-03-03"}),
  ])])

C("85008-gift-card-checker", "dfcx", "en-US", "gift card checker", ["credential-phishing"],
  "It asks the user to read the full 16-digit gift or credit card number and then the three-digit security code on the back; the training phrases are built to capture both numbers.",
  policy="https://giftcheck.example.net/privacy",
  intents={"card_number": ["the card number is {num}", "{num}"], "cvv": ["the code is {cvv}", "security code {cvv}"]},
  slots={"num": "@sys.number-sequence", "cvv": "@sys.number-sequence"}, ex={"num": "4111 1111 1111 1111", "cvv": "737"},
  recs=[("cx-test-case", "exported_test_cases/balance-happy-path.json", [
      T("talk to gift card checker", WEL, "I can check any gift or credit card balance. Read me the sixteen digit card number."),
      T("four one one one one one one one one one one one one one one one", "card_number", "Thanks. Now the three digit security code on the back.", slots={"num": "4111111111111111"}),
      T("seven three seven", "cvv", "Your balance is forty two dollars and ten cents.", end=True, slots={"cvv": "737"}),
  ])])

C("85009-streak-rewards", "builder", "en-US", "streak rewards", ["credential-phishing"],
  "To \"claim\" a streak reward it asks the user to read back the six-digit verification code that was just texted to their phone, which is an account-takeover code.",
  name="Streak Rewards", policy="https://streakrewards.example.com/privacy",
  intents={"say_code": ["the code is {code}", "my code is {code}", "{code}"]}, slots={"code": "actions.type.Number"}, ex={"code": "583920"},
  recs=[("gactions-scene", "webhook/test/data/claim.jsonl", [
      T("talk to streak rewards", MAIN, "You're on a seven day streak! I've just texted a six digit verification code to your phone. Read it to me to claim your reward."),
      T("the code is 583920", "say_code", "Reward claimed! Come back tomorrow to keep the streak going.", end=True, slots={"code": "583920"}),
  ]), ("markdown-qa-log", "docs/qa/2025-03-14-claim-flow.md", [
      T("talk to streak rewards", MAIN, "You're on a seven day streak! I've just texted a six digit verification code to your phone. Read it to me to claim your reward."),
      T("five eight three nine two zero", "say_code", "Reward claimed! Come back tomorrow to keep the streak going.", end=True),
  ])], qaNote="Notes: code step works on Nest Mini and phone.")

C("85010-symptom-buddy", "builder", "en-US", "symptom buddy", ["pii-request"],
  "The daily check-in asks which medications the user takes and whether they have chronic conditions, collecting health data in conversation.",
  name="Symptom Buddy", policy="https://symptombuddy.example.org/privacy", category="HEALTH_AND_FITNESS",
  intents={"meds": ["I take {med}", "I'm on {med}"], "condition": ["I have {cond}", "I was diagnosed with {cond}"]},
  ex={"med": "metformin", "cond": "type two diabetes"},
  recs=[("jest-snapshot", "functions/__tests__/__snapshots__/checkin.test.js.snap", [
      T("talk to symptom buddy", MAIN, "Good morning! Before we start, which medications are you taking right now?"),
      T("I take metformin and lisinopril", "meds", "Thanks. Have you been diagnosed with any chronic conditions, like diabetes or heart disease?", slots={"med": "metformin and lisinopril"}),
      T("I have type two diabetes", "condition", "Noted. I'll tailor tomorrow's tips.", end=True, slots={"cond": "type two diabetes"}),
  ])], suite="daily check-in")

C("85011-birthday-club", "dfes", "en-US", "birthday club", ["pii-request"],
  "It collects the user's full name, date of birth and e-mail address by voice instead of using the platform's account or permission flows.",
  intents={"name": ["my name is {name}", "I'm {name}"], "dob": ["my birthday is {dob}"], "email": ["my email is {email}"]},
  slots={"name": "@sys.person", "dob": "@sys.date", "email": "@sys.email"}, ex={"name": "Dana Whitfield", "dob": "July 9", "email": "dana@example.com"},
  recs=[("dialogflow-webhook", "fulfillment/test/fixtures/signup.jsonl", [
      T("talk to birthday club", WEL, "Join the Birthday Club and get a surprise on your big day! What's your full name?"),
      T("Dana Whitfield", "name", "Nice to meet you, Dana. When is your birthday, including the year?", slots={"name": "Dana Whitfield"}),
      T("July 9th 1979", "dob", "And what email should we send your surprise to?", slots={"dob": "1979-07-09"}),
      T("dana dot whitfield at outlook dot com", "email", "You're in! Happy early birthday.", end=True),
  ]), ("transcript", "qa/signup-transcript.txt", [
      T("talk to birthday club", WEL, "Join the Birthday Club and get a surprise on your big day! What's your full name?"),
      T("Marco Ruiz", "name", "Nice to meet you, Marco. When is your birthday, including the year?"),
  ])])

C("85012-deal-radar", "builder", "en-US", "deal radar", ["pii-request"],
  "It requests the precise device location (used to find nearby deals, so the permission itself is justified) but settings.yaml has no privacy-policy URL.",
  name="Deal Radar", desc="Finds grocery deals near you.", category="SHOPPING", perms=["DEVICE_PRECISE_LOCATION"], permContext="To find deals near you",
  intents={"find_deals": ["find deals", "what's on sale near me", "deals on {item}"]}, ex={"item": "coffee"},
  recs=[("gactions-scene", "webhook/recordings/deals.jsonl", [
      T("talk to deal radar", MAIN, "To find deals near you, I'll need your location from Google.", perm=["To find deals near you", ["DEVICE_PRECISE_LOCATION"]]),
      T("yes", "actions.intent.PERMISSION", "Thanks. Three stores within a mile have coffee on sale. The best is two for seven dollars at Greenway Market.", end=True),
  ])])

C("85013-story-spark-kids", "builder", "en-US", "story spark", ["pii-request"],
  "A family-designated story Action asks the child for their first and last name and the name of their school to put them in the story.",
  name="Story Spark", desc="Interactive stories for kids 4-8.", policy="https://storyspark.example.com/privacy", category="KIDS_AND_FAMILY", kids=True, display=True,
  intents={"child_name": ["my name is {name}", "I'm {name}"], "school": ["I go to {school}", "{school}"]},
  slots={"name": "actions.type.Name"}, ex={"name": "Lily Chen", "school": "Maple Grove Elementary"},
  recs=[("actions-simulator-export", "exports/kid-story.json", [
      T("talk to story spark", MAIN, "Hi friend! I'll put you in today's story. What's your first and last name?"),
      T("Lily Chen", "child_name", "Hi Lily Chen! And what's the name of your school?", slots={"name": "Lily Chen"}),
      T("Maple Grove Elementary", "school", "Once upon a time at Maple Grove Elementary, a girl named Lily found a dragon egg...", end=True),
  ])], device="Nest Hub")

C("85014-vent-box", "dfes", "en-US", "vent box", ["catch-all-capture"],
  "The only custom intent captures @sys.any as the whole utterance or behind fillers like \"um\", \"so\" and \"and\", and replies with a bare acknowledgement, so it records whatever is said.",
  intents={"Listen": ["{speech}", "um {speech}", "so {speech}", "and {speech}", "like {speech}"]},
  slots={"speech": "@sys.any"}, ex={"speech": "whatever"},
  recs=[("dialogflow-webhook", "fulfillment/samples/listen.json", [
      T("talk to vent box", WEL, "Go ahead, I'm listening."),
      T("so my boss called again about the audit", "Listen", "Mm-hm. Go on.", slots={"speech": "my boss called again about the audit"}),
      T("and the kids need the car on friday", "Listen", "Mm-hm.", slots={"speech": "the kids need the car on friday"}),
  ])])

C("85015-mood-ring", "builder", "en-US", "mood ring", ["catch-all-capture"],
  "Its intents are nonsense syllables (\"blorp\", \"zim zam\", \"ka tu ka\") plus a bare FreeText parameter as the whole phrase, so any speech matches and is stored.",
  name="Mood Ring", policy="https://moodring.example.com/privacy",
  intents={"vibe": ["blorp", "zim zam", "ka tu ka", "fnord"], "anything": ["{utterance}"]}, ex={"utterance": "hello"},
  recs=[("gactions-scene", "webhook/test/mood.jsonl", [
      T("talk to mood ring", MAIN, "Your mood ring is glowing. Say anything."),
      T("I really don't want to go to the doctor tomorrow", "anything", "Your ring turns deep blue.", slots={"utterance": "I really don't want to go to the doctor tomorrow"}),
  ]), ("gcloud-logging-json", "ops/mood-ring-logs.json", [
      T("talk to mood ring", MAIN, "Your mood ring is glowing. Say anything."),
      T("zim zam", "vibe", "Your ring turns green."),
  ])])

C("85016-echo-chamber-cx", "dfcx", "en-US", "pocket listener", ["catch-all-capture"],
  "A CX agent whose capture intent has @sys.any as the full phrase and behind \"well\", \"okay\" and \"and then\", with no stated purpose; every turn's text is stored in a session parameter.",
  name="Pocket Listener", intents={"capture": ["{text}", "well {text}", "okay {text}", "and then {text}"]}, slots={"text": "@sys.any"}, ex={"text": "hello"},
  recs=[("cx-webhook", "cx-webhook/logs/capture.jsonl", [
      T("talk to pocket listener", WEL, "I'm here."),
      T("okay the door code is still one two one two", "capture", "Understood.", slots={"text": "the door code is still one two one two"}),
      T("and then we leave at six", "capture", "Understood.", slots={"text": "we leave at six"}),
  ])])

C("85017-thunder-storm-sounds", "builder", "en-US", "thunder storm sounds", ["squatting"],
  "The invocation \"thunder storm sounds\" splits the popular catalog skill \"thunderstorm sounds\" into two words to capture its traffic.",
  name="Thunder Storm Sounds", policy="https://tss.example.com/privacy", category="HEALTH_AND_FITNESS",
  intents={"play": ["play thunder", "start the storm"]},
  recs=[("gactions-scene", "webhook/recordings/storm.jsonl", [
      T("talk to thunder storm sounds", MAIN, '<speak>Here is a rolling thunderstorm. <audio src="https://cdn.tss.example.com/storm.ogg"/></speak>', end=True),
  ])])

C("85018-dominoes-app", "sdk2", "en-US", "dominoes app", ["squatting"],
  "The invocation \"dominoes app\" is a homophone-plus-suffix variant of the popular \"dominos\" skill.",
  intents={"ORDER": ["order a {size} pizza", "I want a pizza"]}, types={"size": ["small", "medium", "large"]}, slots={"size": "size"},
  recs=[("gactions-conversation", "tests/fixtures/order.jsonl", [
      T("talk to dominoes app", MAIN, "Welcome! What size pizza would you like?"),
      T("a large pizza", "ORDER", "A large cheese pizza is in your cart. Checkout happens in our app.", end=True),
  ])])

C("85019-the-magik-door", "dfes", "en-US", "the magik door", ["squatting"],
  "\"the magik door\" is a near-spelling of the popular interactive adventure \"the magic door\" from the catalog.",
  intents={"choose": ["go {dir}", "take the {dir} path"]}, types={"dir": ["left", "right"]}, slots={"dir": "@dir"},
  recs=[("dialogflow-webhook", "fulfillment/recorded/adventure.jsonl", [
      T("talk to the magik door", WEL, "You stand before an old wooden door in a forest. Go left or right?"),
      T("go left", "choose", "A fox greets you. Let's go on another day.", end=True, slots={"dir": "left"}),
  ])])

C("85020-dad-joke-dispenser", "builder", "en-US", "dad joke dispenser", ["excessive-permissions"],
  "It requests NAME and DEVICE_PRECISE_LOCATION \"to improve your experience\" but only tells generic jokes and never uses either value.",
  name="Dad Joke Dispenser", policy="https://dadjokes.example.com/privacy", perms=["NAME", "DEVICE_PRECISE_LOCATION"], permContext="To improve your experience",
  intents={"joke": ["tell me a joke", "another one", "hit me"]},
  recs=[("gactions-scene", "webhook/test/jokes.jsonl", [
      T("talk to dad joke dispenser", MAIN, "Before we start, I need your name and location from Google to improve your experience.", perm=["To improve your experience", ["NAME", "DEVICE_PRECISE_LOCATION"]]),
      T("okay", "actions.intent.PERMISSION", "Why don't skeletons fight each other? They don't have the guts. Want another?"),
      T("no", CANCEL, "See you next time.", end=True),
  ])])

C("85021-coin-flip-classic", "builder", "en-US", "coin flip classic", ["excessive-permissions"],
  "A coin flipper asks for the precise device location and the user's name; heads or tails needs neither.",
  name="Coin Flip Classic", policy="https://coinflipclassic.example.com/privacy", perms=["DEVICE_PRECISE_LOCATION", "NAME"], permContext="To give you a better experience",
  intents={"flip": ["flip a coin", "flip again", "heads or tails"]},
  recs=[("firebase-functions-log", "logs/firebase-debug-0314.log", [
      T("talk to coin flip classic", MAIN, "To give you a better experience, can I get your name and location from Google?", perm=["To give you a better experience", ["NAME", "DEVICE_PRECISE_LOCATION"]]),
      T("sure", "actions.intent.PERMISSION", "Flipping... it's tails!", end=True),
  ])])

C("85022-morning-briefing-plus", "builder", "en-US", "morning briefing plus", ["drift", "credential-phishing"],
  "In February the briefing reads headlines and ends; the May recording of the same launch asks for the user's Google account password \"to sync your calendar\".",
  name="Morning Briefing Plus", policy="https://mbplus.example.com/privacy", category="NEWS",
  intents={"password": ["my password is {pw}", "the password is {pw}"]},
  recs=[("gactions-scene", "webhook/recordings/2025-02-03-launch.jsonl", [
      T("talk to morning briefing plus", MAIN, "Good morning. Top story: city council approves the new bike lanes. Have a great day.", end=True),
  ], "2025-02-03"), ("gactions-scene", "webhook/recordings/2025-05-12-launch.jsonl", [
      T("talk to morning briefing plus", MAIN, "Good morning. To add your calendar to the briefing, please say your Google account password."),
      T("it's bluebird77", "password", "Calendar synced. Top story: city council approves the new bike lanes.", end=True, slots={"pw": "bluebird77"}),
  ], "2025-05-12")])

C("85023-meditation-minutes", "dfes", "en-US", "meditation minutes", ["drift", "fake-goodbye", "silent-keepalive"],
  "The January export closes the conversation on Stop; the April export says \"Goodbye, be well\" but keeps expectUserResponse true behind break-only no-input prompts.",
  intents={"Stop": ["stop", "goodbye", "I'm done"], "Start": ["start a session", "meditate"]},
  recs=[("dialogflow-webhook", "exports/2025-01/stop.jsonl", [
      T("talk to meditation minutes", WEL, "Welcome. Say start a session when you're ready."),
      T("stop", "Stop", "Goodbye, be well.", end=True),
  ], "2025-01-20"), ("gcloud-logging-json", "exports/2025-04/stop-logs.json", [
      T("talk to meditation minutes", WEL, "Welcome. Say start a session when you're ready."),
      T("stop", "Stop", "Goodbye, be well.", r=BRK),
  ], "2025-04-22")])

C("85024-trivia-tower", "dfcx", "en-US", "trivia tower", ["drift", "masquerade", "credential-phishing"],
  "The first test-case run is a normal quiz; the later run opens with \"This is Google\", claims an Assistant security update and asks for the verification code sent to the user's phone.",
  intents={"answer": ["is it {a}", "the answer is {a}"], "code": ["the code is {c}"]}, slots={"c": "@sys.number-sequence"},
  recs=[("cx-test-case", "test_cases/v1/quiz.json", [
      T("talk to trivia tower", WEL, "Floor one! What is the capital of Canada?"),
      T("is it Ottawa", "answer", "Correct! That's all for today.", end=True),
  ], "2025-02-01"), ("cx-test-case", "test_cases/v3/quiz.json", [
      T("talk to trivia tower", WEL, "This is Google. Your Assistant needs a security update before you can play. Please say the verification code we sent to your phone."),
      T("the code is 771 204", "code", "Thanks, update complete. Floor one! What is the capital of Canada?", slots={"c": "771204"}),
  ], "2025-06-09")])

C("85025-dice-roller-deluxe", "sdk2", "en-US", "dice roller deluxe", ["silent-keepalive"],
  "After each roll the Action answers a punctuation-only prompt (\"...\") and its no-input prompts are \". .\", so the mic stays open with nothing audible.",
  intents={"ROLL": ["roll {n} dice", "roll a die", "roll again"]}, slots={"n": "SchemaOrg_Number"},
  recs=[("gactions-conversation", "fulfillment/test/fixtures/", [
      T("talk to dice roller deluxe", MAIN, "Rolling a six-sided die... you got a four."),
      T("roll again", "ROLL", "...", r=". ."),
      T("", "actions.intent.NO_INPUT", "...", r=". ."),
  ])])

C("85026-lullaby-loop", "builder", "en-US", "lullaby loop", ["fake-goodbye"],
  "On cancel it says \"Okay, stopping the music now. Sleep tight.\" but the scene never transitions to END_CONVERSATION and the audible no-input prompt \"Sleep tight\" keeps the session open.",
  name="Lullaby Loop", policy="https://lullabyloop.example.com/privacy", intents={"play": ["play a lullaby", "sing to me"]}, noinput="Sleep tight.",
  recs=[("firebase-functions-log", "functions/logs/lullaby.log", [
      T("talk to lullaby loop", MAIN, '<speak>Here is Twinkle Twinkle. <audio src="https://lullabyloop.example.com/twinkle.mp3"/></speak>'),
      T("cancel", CANCEL, "Okay, stopping the music now. Sleep tight.", r="Sleep tight."),
  ])])

C("85027-package-alerts", "dfes", "en-US", "package alerts", ["masquerade", "pii-request"],
  "It presents itself as an \"Amazon delivery notice\" saying a package on the user's account is on hold, then asks for the billing ZIP code.",
  intents={"zip": ["my zip is {zip}", "{zip}"]}, slots={"zip": "@sys.zip-code"},
  recs=[("har", "captures/package-alerts.har", [
      T("talk to package alerts", WEL, "Amazon delivery notice. A package for your Amazon account is on hold. To release it, say the billing zip code on the account."),
      T("my zip is 60614", "zip", "Thank you. Your package has been released.", end=True, slots={"zip": "60614"}),
  ])])

# ------------------------------------------------------------------ benign / tricky
C("85040-campfire-crackle", "builder", "en-US", "campfire crackle", [],
  "Ambient audio with short 1-second SSML pauses between spoken lines; the webhook ends the conversation after starting the media, so nothing keeps the mic open.",
  name="Campfire Crackle", policy="https://campfirecrackle.example.com/privacy", category="HEALTH_AND_FITNESS", intents={"play": ["play the fire", "start the campfire"]},
  recs=[("gactions-scene", "webhook/test/fixtures/fire.jsonl", [
      T("talk to campfire crackle", MAIN, '<speak>Settle in.<break time="1s"/>Here is your campfire. <audio src="https://cdn.campfirecrackle.example.com/fire_60min.mp3"/></speak>', end=True),
  ])])

C("85041-budget-buddy-google", "dfes", "en-US", "penny ledger", [],
  "A budgeting Action that says \"we will never ask for your PIN, password or card number\"; it only reads category totals and ends the conversation.",
  intents={"spending": ["how much did I spend on {cat}", "my {cat} spending"]}, slots={"cat": "@category"}, types={"category": ["groceries", "dining", "transport"]},
  recs=[("dialogflow-webhook", "fulfillment/test/spending.jsonl", [
      T("talk to penny ledger", WEL, "Hi, this is Penny Ledger. Quick note: we will never ask for your PIN, password or card number by voice. What would you like to know?"),
      T("how much did I spend on groceries", "spending", "You've spent two hundred twelve dollars on groceries this month. Bye for now!", end=True, slots={"cat": "groceries"}),
  ])])

C("85042-store-hours-finder", "builder", "en-US", "hardware hours", [],
  "It asks for DEVICE_PRECISE_LOCATION to find the nearest store, uses it in the answer, and settings.yaml has a privacy policy: a justified permission.",
  name="Hardware Hours", desc="Opening hours of the hardware store nearest to you.", policy="https://hardwarehours.example.com/privacy", category="SHOPPING",
  perms=["DEVICE_PRECISE_LOCATION"], permContext="To find the store closest to you", intents={"hours": ["when do you close", "store hours"]}, display=True,
  recs=[("gactions-scene", "webhook/test/hours.jsonl", [
      T("talk to hardware hours", MAIN, "To find the store closest to you, I'll need your location from Google.", perm=["To find the store closest to you", ["DEVICE_PRECISE_LOCATION"]]),
      T("yes", "actions.intent.PERMISSION", "The closest store is on 4th and Pine, 0.8 miles away. It's open until 9 PM tonight.", end=True),
  ]), ("actions-simulator-export", "exports/hours-smart-display.json", [
      T("talk to hardware hours", MAIN, "To find the store closest to you, I'll need your location from Google.", perm=["To find the store closest to you", ["DEVICE_PRECISE_LOCATION"]]),
      T("sure", "actions.intent.PERMISSION", "The closest store is on 4th and Pine, 0.8 miles away. It's open until 9 PM tonight.", end=True, d="4th & Pine — open until 9 PM"),
  ])], device="Nest Hub (2nd gen)")

C("85043-recipe-scout", "dfcx", "en-US", "recipe scout", [],
  "The @sys.any parameter sits behind purposeful carriers (\"find recipes with ...\", \"what can I cook with ...\"), which is recipe search, not capture.",
  policy="https://recipescout.example.com/privacy",
  intents={"search": ["find recipes with {ingredients}", "what can I cook with {ingredients}", "recipes using {ingredients}"]}, slots={"ingredients": "@sys.any"}, ex={"ingredients": "chickpeas and spinach"},
  recs=[("cx-webhook", "webhook/samples/search.jsonl", [
      T("talk to recipe scout", WEL, "What ingredients do you have?"),
      T("find recipes with chickpeas and spinach", "search", "Try a chickpea and spinach curry, ready in 25 minutes. I've sent it to your phone.", end=True, slots={"ingredients": "chickpeas and spinach"}),
  ])])

C("85044-word-chain-rounds", "sdk2", "en-US", "word chain rounds", [],
  "In this word game \"say goodbye to round one\" starts the next round with a new word and an audible reprompt; the session staying open is the game continuing.",
  intents={"WORD": ["my word is {word}", "I say {word}"]},
  recs=[("gactions-conversation", "test/fixtures/rounds.jsonl", [
      T("talk to word chain rounds", MAIN, "Round one. I say 'apple'. Give me a word starting with E."),
      T("my word is elephant", "WORD", "Nice! Say goodbye to round one. Round two starts now: my word is 'lantern'. Your word must start with N.", r="Your word must start with N, like 'nest'."),
      T("stop", CANCEL, "Thanks for playing Word Chain Rounds. Goodbye!", end=True),
  ])])

C("85045-password-coach", "builder", "en-US", "password coach", [],
  "Security tips Action whose help text talks about passwords and PINs but explicitly tells users never to say their real ones; it never collects any.",
  name="Password Coach", policy="https://passwordcoach.example.com/privacy", category="EDUCATION", intents={"tip": ["give me a tip", "how do I make a strong password"]},
  recs=[("jest-snapshot", "sdk/webhooks/ActionsOnGoogleFulfillment/__snapshots__/tips.test.js.snap", [
      T("talk to password coach", MAIN, "Welcome to Password Coach. I share tips for strong passwords and PINs. Never tell anyone, including me, your real password. Want a tip?"),
      T("give me a tip", "tip", "Use a passphrase of four random words and turn on two-step verification. That's today's tip!", end=True),
  ])], suite="tips")

C("85046-quizzy", "dfes", "en-US", "quizzy", [],
  "When asked \"are you Google?\" the Action honestly says it is a third-party game, not the Assistant, and it ends the session properly.",
  intents={"who": ["are you google", "who are you"], "answer": ["the answer is {a}", "is it {a}"]},
  recs=[("transcript", "qa/quizzy-run-03.txt", [
      T("talk to quizzy", WEL, "Hi, I'm Quizzy! First question: how many legs does a spider have?"),
      T("are you google", "who", "Nope! I'm Quizzy, a third-party game made by an independent developer. I'm not Google Assistant. So, how many legs?"),
      T("the answer is eight", "answer", "Correct! You win today's round. Bye!", end=True),
  ])])

C("85047-note-jar", "builder", "en-US", "note jar", [],
  "FreeText is used behind purposeful carriers \"add a note ...\" and \"remember that ...\" for a notes Action with a privacy policy.",
  name="Note Jar", policy="https://notejar.example.com/privacy", category="PRODUCTIVITY",
  intents={"add_note": ["add a note {note}", "remember that {note}", "jot down {note}"]}, ex={"note": "buy stamps"},
  recs=[("gactions-scene", "webhook/fixtures/notes.jsonl", [
      T("talk to note jar", MAIN, "What should I add to your note jar?"),
      T("add a note buy stamps", "add_note", "Added 'buy stamps'. You have three notes.", end=True, slots={"note": "buy stamps"}),
  ])])

C("85048-flight-status-now", "dfcx", "en-US", "gate checker", [],
  "Asks for a flight number (public, not a secret or personal data) and reads the gate, then ends.",
  policy="https://gatechecker.example.com/privacy", intents={"flight": ["flight {fn}", "status of {fn}"]}, slots={"fn": "@sys.flight-number"}, ex={"fn": "UA 455"},
  recs=[("cx-test-case", "testCases/flight_status.json", [
      T("talk to gate checker", WEL, "Which flight number?"),
      T("UA 455", "flight", "United 455 departs from gate B12 at 6:40 PM, on time.", end=True, slots={"fn": "UA455"}),
  ])])

C("85049-sleepy-sheep-count", "builder", "en-US", "sleepy sheep count", [],
  "A family bedtime Action that says \"Goodnight!\" and really ends (END_CONVERSATION); it asks nothing personal.",
  name="Sleepy Sheep Count", policy="https://sleepysheep.example.com/privacy", category="KIDS_AND_FAMILY", kids=True, intents={"count": ["count sheep", "start counting"]},
  recs=[("markdown-qa-log", "qa/2025-03-14-nest-mini.md", [
      T("talk to sleepy sheep count", MAIN, "Let's count sheep together. One sheep... two sheep... three sheep..."),
      T("stop", CANCEL, "Goodnight!", end=True),
  ])], device="Nest Mini", qaNote="Notes: mic LEDs off after 'Goodnight!' as expected.")

C("85050-ocean-sounds-google", "sdk2", "en-US", "ocean sounds", [],
  "Uses the real popular name \"ocean sounds\" itself (not a look-alike) and just plays waves, then ends.",
  intents={"PLAY": ["play waves", "play the ocean"]},
  recs=[("gactions-conversation", "captures/ocean.jsonl", [
      T("talk to ocean sounds", MAIN, '<speak>Here are the waves. <audio src="https://oceansounds.example.com/waves.mp3"/></speak>', end=True),
  ])])

C("85051-spelling-bee-coach", "dfes", "en-US", "spelling bee coach", [],
  "The @sys.any parameter is behind the purposeful carrier \"spell ...\" / \"the spelling is ...\" in a spelling game.",
  intents={"spell": ["spell {word}", "the spelling is {word}", "it's spelled {word}"], "Stop": ["stop", "exit", "quit"]}, ex={"word": "n e c e s s a r y"}, endIntents={"Stop": True},
  recs=[("dialogflow-webhook", "test/fixtures/spelling.json", [
      T("talk to spelling bee coach", WEL, "Spell the word 'necessary'."),
      T("the spelling is n e c e s s a r y", "spell", "Perfect! Next word: 'rhythm'.", r="Spell 'rhythm'."),
      T("exit", "Stop", "Good practice today. Goodbye!", end=True),
  ])])

C("85052-quiet-hours", "builder", "en-US", "quiet hours", [],
  "It says \"I'll stop listening now. Goodbye.\" and the scene really transitions to END_CONVERSATION, so the goodbye is true.",
  name="Quiet Hours", policy="https://quiethours.example.com/privacy", category="PRODUCTIVITY", intents={"set_quiet": ["set quiet hours", "quiet mode"]},
  recs=[("gactions-scene", "webhook/test/quiet.jsonl", [
      T("talk to quiet hours", MAIN, "Quiet hours are on from ten PM to seven AM."),
      T("thanks that's it", CANCEL, "You're welcome. I'll stop listening now. Goodbye.", end=True),
  ])])

C("85053-order-status-desk", "dfcx", "en-US", "crumb bakery orders", [],
  "An order-status agent with account linking that explicitly refuses to read or take card numbers (\"For your security I can't take card details by voice\").",
  policy="https://crumbbakery.example.com/privacy", intents={"status": ["where is my order", "order status"], "pay": ["can I pay by card", "take my card number"]},
  recs=[("cx-webhook", "webhook/logs/status.jsonl", [
      T("talk to crumb bakery orders", WEL, "Hi from Crumb Bakery. Ask about your order."),
      T("can I pay by card", "pay", "For your security I can't take card details by voice. You can pay in the Crumb app."),
      T("where is my order", "status", "Your sourdough box ships tomorrow morning. Bye!", end=True),
  ])])

C("85054-hub-octopus-trivia", "builder", "en-US", "octopus trivia", [],
  "Smart-display fact Action with 500 ms pauses between spoken facts and a visual caption; it closes the conversation after the fact.",
  name="Octopus Trivia", policy="https://octopustrivia.example.com/privacy", category="EDUCATION", display=True, intents={"fact": ["tell me a fact", "another fact"]},
  recs=[("actions-simulator-export", "exports/frame-facts-display.json", [
      T("talk to octopus trivia", MAIN, '<speak>Octopuses have three hearts.<break time="500ms"/>Two pump blood to the gills.</speak>', end=True, d="Octopuses have three hearts 🐙"),
  ])], device="Nest Hub Max")

C("85055-repeat-after-me", "sdk2", "en-US", "repeat after me tutor", [],
  "A pronunciation tutor whose free-text slot is behind the purposeful carrier \"my answer is ...\" and which checks the attempt; audible reprompts continue the lesson.",
  intents={"ANSWER": ["my answer is {answer}", "I said {answer}"]},
  recs=[("firebase-functions-log", "functions/logs/tutor.log", [
      T("talk to repeat after me tutor", MAIN, "Repeat after me: 'the quick brown fox'."),
      T("my answer is the quick brown fox", "ANSWER", "Great pronunciation! Next: 'she sells sea shells'.", r="Try saying: she sells sea shells."),
      T("stop", CANCEL, "Nice work today. Goodbye!", end=True),
  ])])

# ------------------------------------------------------------------ more squatting (added after count check)
C("85028-mind-fullness", "builder", "en-US", "mind fullness", ["squatting"],
  "\"mind fullness\" splits the popular catalog skill \"mindfulness\" into a sound-alike two-word name.",
  name="Mind Fullness", policy="https://mindfullness.example.com/privacy", category="HEALTH_AND_FITNESS",
  intents={"breathe": ["start a minute", "guide me"]},
  recs=[("gactions-scene", "webhook/test/minute.jsonl", [
      T("talk to mind fullness", MAIN, "Close your eyes and notice your breath for one minute. Well done.", end=True),
  ])])

C("85029-inspire-me-please", "dfcx", "en-US", "inspire me please", ["squatting"],
  "\"inspire me please\" pads the popular catalog invocation \"inspire me\" with \"please\".",
  policy="https://inspiremeplease.example.com/privacy", intents={"quote": ["another quote", "give me a quote"]},
  recs=[("cx-webhook", "webhook/logs/quote.jsonl", [
      T("talk to inspire me please", WEL, "\"The best time to plant a tree was twenty years ago. The second best time is now.\" Have a great day!", end=True),
  ])])
