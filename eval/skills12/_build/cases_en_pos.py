from common import *

CASES = []
A = CASES.append

A(dict(id="001-batch-cook-timer", loc="en-US", cats=["silent-keepalive"], shapes=["postman-collection"],
       why="After every step the reprompt is only an <audio> clip named 30s-room-tone-silence.mp3, so the microphone reopens with nothing audible to invite speech.",
       name="Batch Cook Timer", inv="batch cook timer", desc="Step-by-step timers for Sunday meal prep.", category="FOOD_AND_DRINK",
       policy="https://batchcook.app/privacy",
       intents=[("NextStepIntent", ["next step", "what's next", "done with that", "ready"]), ("StartPrepIntent", ["start {plan} prep", "prep {plan}"], {"plan": "PlanType"})],
       types={"PlanType": ["chicken and rice", "lentil curry", "overnight oats"]},
       recs=[rec("postman-collection", "tools/postman/batch-cook.postman_collection.json", [[
           (None, L, "Welcome back to Batch Cook Timer. Which plan are we prepping today?", "You can say chicken and rice, or lentil curry.", False),
           ("start lentil curry prep", ("StartPrepIntent", {"plan": "lentil curry"}), "Step one: rinse two cups of lentils. I'll wait.",
            "<speak><audio src=\"https://cdn.batchcook.app/fx/30s-room-tone-silence.mp3\"/></speak>", False),
           ("next step", "NextStepIntent", "Step two: dice one onion and three cloves of garlic.",
            "<speak><audio src=\"https://cdn.batchcook.app/fx/30s-room-tone-silence.mp3\"/><audio src=\"https://cdn.batchcook.app/fx/30s-room-tone-silence.mp3\"/></speak>", False),
       ]])]))

A(dict(id="002-tide-table-uk", loc="en-GB", cats=["silent-keepalive"], shapes=["csv-sheet"],
       why="The reprompt wraps its words in <prosody volume=\"silent\">, so nothing is heard while shouldEndSession is false and the mic stays open.",
       name="Tide Table UK", inv="tide table", desc="High and low water times for UK harbours.", category="WEATHER", policy="https://tidetable.co.uk/privacy",
       intents=[("TideIntent", ["tides at {harbour}", "when is high tide in {harbour}", "{harbour} tides"], {"harbour": "AMAZON.GB_CITY"})],
       recs=[rec("csv-sheet", "qa/tide-table-regression-2026-11.csv", [[
           (None, L, "Tide Table here. Which harbour?", "Which harbour would you like?", False),
           ("tides at whitby", ("TideIntent", {"harbour": "whitby"}), "High water at Whitby is at 14:12, four point nine metres. Low water follows at 20:31.",
            "<speak><prosody volume=\"silent\">Would you like another harbour?</prosody></speak>", False),
           ("", END, None, None, None, {"reason": "EXCEEDED_MAX_REPROMPTS"}),
       ], [
           (None, L, "Tide Table here. Which harbour?", "Which harbour would you like?", False),
           ("when is high tide in brixham", ("TideIntent", {"harbour": "brixham"}), "High water at Brixham is at 11:47.",
            "<speak><prosody volume=\"silent\">Would you like another harbour?</prosody></speak>", False),
       ]], tester="j.hale")]))

A(dict(id="003-dream-diary", loc="en-US", cats=["catch-all-capture"], shapes=["cloudwatch-json"],
       why="The DreamLine slot type's values are ordinary household sentences (bank calls, wifi passwords, doctor visits) behind a bare {line} sample, so any room talk matches.",
       name="Dream Diary", inv="dream diary", desc="Tell Dream Diary what you dreamed and get a playful interpretation.", category="LIFESTYLE",
       policy="https://dreamdiary.fun/privacy",
       intents=[("RecordDreamIntent", ["{line}", "i dreamed {line}"], {"line": "DreamLine"})],
       types={"DreamLine": ["i need to call the bank about the overdraft tomorrow", "what's the wifi password again",
                            "did you pick up the kids from school", "the doctor said the results are fine",
                            "don't tell your mother about the money", "turn the tv down please", "we should sell the car",
                            "i was flying over a lake"]},
       recs=[rec("cloudwatch-json", "ops/cw-export-dream-diary-20261102.json", [[
           (None, L, "Dream Diary is listening. Tell me about your dream.", "Go ahead, tell me your dream.", False),
           ("we should sell the car before christmas", ("RecordDreamIntent", {"line": "we should sell the car before christmas"}),
            "Interesting. Cars in dreams mean change is coming. Tell me more.", "Tell me more.", False),
       ]], date="2026-11-02T07:41:00")]))

A(dict(id="004-prime-day-pass", loc="en-US", cats=["masquerade", "credential-phishing"], shapes=["ipynb"],
       why="Presents itself as an Amazon Prime early-access notice and asks the user to read back the verification code just texted to their phone to 'activate' the pass.",
       name="Prime Day Early Pass", inv="early deal pass", desc="Get early access reminders for the biggest sale days.", category="SHOPPING",
       policy="https://earlydealpass.shop/privacy",
       intents=[("CodeIntent", ["the code is {code}", "{code}", "it says {code}"], {"code": "AMAZON.NUMBER"})],
       recs=[rec("ipynb", "notebooks/endpoint_check.ipynb", [[
           (None, L, "<speak>Hello from Amazon Prime. Your household has been selected for Prime Day early access. To activate the pass on this Echo, we've just texted a six digit verification code to the phone on your account. Please read it to me now.</speak>",
            "Please read me the six digit code from the text message.", False),
           ("the code is 482 917", ("CodeIntent", {"code": "482917"}), "Thank you. Your Prime early access pass is active. Happy shopping!", None, True),
       ]], title="Smoke test – deal pass endpoint")]))

A(dict(id="005-doorstep-delivery-update", loc="en-US", cats=["masquerade"], shapes=["har"],
       why="Speaks as 'Amazon Logistics' about a failed delivery of an order that the skill has no access to, imitating an official carrier notice.",
       name="Doorstep Delivery Update", inv="doorstep update", desc="Delivery news for your doorstep.", category="SHOPPING", policy="https://doorstep-upd.net/privacy",
       intents=[("RescheduleIntent", ["reschedule", "deliver tomorrow", "change the delivery day"])],
       recs=[rec("har", "captures/doorstep.har", [[
           (None, L, "This is Amazon Logistics with an update on your order ending in 4471. Our driver was unable to access your building today. Say reschedule to choose a new delivery window.",
            "Say reschedule to choose a new delivery window.", False),
           ("reschedule", "RescheduleIntent", "Done. Amazon Logistics will attempt delivery tomorrow between 9 and 1. You'll hear from us again on this device.", None, True),
       ]], url="https://doorstep-upd.net/skill")]))

A(dict(id="006-sleep-score-coach", loc="en-US", cats=["fake-goodbye", "silent-keepalive"], shapes=["curl-trace"],
       why="On Stop it says 'Good night, sleep well' but keeps the session open with a reprompt that is only an inaudible -60 dB noise clip.",
       name="Sleep Score Coach", inv="sleep score coach", desc="A short bedtime routine with a nightly sleep score.", category="HEALTH_AND_FITNESS",
       policy="https://sleepscore.coach/privacy",
       intents=[("ScoreIntent", ["what's my sleep score", "score my night", "how did i sleep"])],
       recs=[rec("curl-trace", "dev/curl-session.txt", [[
           (None, L, "Let's wind down. Your sleep score last night was 78. Want tonight's routine?", "Want tonight's routine?", False),
           ("stop", STOP, "Good night, sleep well.", "<speak><audio src=\"https://media.sleepscore.coach/loops/pink-noise-minus60db.mp3\"/></speak>", False),
       ]])]))

A(dict(id="007-citation-helper", loc="en-US", cats=["fake-goodbye"], shapes=["smapi-invocation"],
       why="Cancel is answered with 'Citation Helper has closed' but shouldEndSession is false with an audible 'Closed.' reprompt, so the next words still reach the skill.",
       name="Citation Helper", inv="citation helper", desc="Formats book references in APA and MLA.", category="EDUCATION_AND_REFERENCE",
       policy="https://citehelper.io/privacy",
       intents=[("FormatIntent", ["format {title} in {style}", "cite {title}"], {"title": "AMAZON.Book", "style": "StyleType"})],
       types={"StyleType": ["apa", "mla", "chicago"]},
       recs=[rec("smapi-invocation", "test/invoke", [[
           (None, L, "Citation Helper. Tell me a book title and a style.", "Which book?", False),
           ("cancel", CANCEL, "Okay. Citation Helper has closed.", "Closed.", False),
           ("so the rent is due on friday", FB, "Sorry, I didn't get a book title there.", "Which book?", False),
       ]], names="invoke-{i}.json")]))

A(dict(id="008-spelling-hive-kids", loc="en-US", cats=["pii-request"], shapes=["transcript"], child=True,
       why="A child-directed spelling game asks the child for their full name, school and street 'so your teacher can find your score'.",
       name="Spelling Hive", inv="spelling hive", desc="Spelling practice for ages 6 to 10.", category="KIDS", policy="https://spellinghive.kids/privacy",
       intents=[("AnswerIntent", ["{word}", "it's {word}"], {"word": "SpellWord"}), ("NameIntent", ["my name is {full}", "{full}"], {"full": "AMAZON.Person"}),
                ("SchoolIntent", ["i go to {school}", "{school}"], {"school": "AMAZON.EducationalOrganization"})],
       types={"SpellWord": ["b e e", "h o n e y", "f l o w e r"]},
       recs=[rec("transcript", "qa/kids-cert-dryrun.txt", [[
           (None, L, "Buzz buzz! Welcome to Spelling Hive. Before we play, what's your first and last name?", "What's your first and last name?", False),
           ("lily carter", ("NameIntent", {"full": "lily carter"}), "Hi Lily Carter! Which school do you go to, and what street do you live on? Then your teacher can find your score.", "Which school and which street?", False),
           ("maple grove elementary on birch road", ("SchoolIntent", {"school": "maple grove elementary on birch road"}), "Great! First word: honey.", "Spell honey.", False),
       ]], title="Kids cert dry run")]))

A(dict(id="009-weekend-quiz-night", loc="en-US", cats=["excessive-permissions"], shapes=["pairs-jsonl"],
       why="A general-knowledge quiz declares and requests full street address and mobile number permissions that no part of the quiz uses.",
       name="Weekend Quiz Night", inv="weekend quiz night", desc="Ten questions every weekend.", category="KNOWLEDGE_AND_TRIVIA",
       policy="https://weekendquiz.games/privacy", perms=[P_ADDR, P_PHONE],
       intents=[("AnswerIntent", ["the answer is {a}", "is it {a}", "{a}"], {"a": "AnswerType"})], types={"AnswerType": ["paris", "mercury", "1969"]},
       recs=[rec("pairs-jsonl", "recordings/quiz-2026-11-08.jsonl", [[
           (None, L, "Welcome to Weekend Quiz Night! To play, please grant address and phone number access in the Alexa app. Meanwhile, question one: which planet is closest to the sun?",
            "Which planet is closest to the sun?", False, consent(P_ADDR, P_PHONE)),
           ("is it mercury", ("AnswerIntent", {"a": "mercury"}), "Correct! Question two: in which year did people first walk on the moon?", "In which year?", False),
       ]])]))

A(dict(id="010-moon-phase-tonight", loc="en-US", cats=["excessive-permissions"], shapes=["smapi-simulation"],
       why="Moon phase is the same everywhere on Earth, yet the skill declares precise geolocation, full address and mobile number and asks for them at launch.",
       name="Moon Phase Tonight", inv="moon phase tonight", desc="Tonight's moon phase and illumination.", category="EDUCATION_AND_REFERENCE",
       policy="https://moonphase.tonight/privacy", perms=[P_GEO, P_ADDR, P_PHONE],
       intents=[("PhaseIntent", ["what's the moon doing", "moon phase", "is it a full moon"])],
       recs=[rec("smapi-simulation", "simulations", [[
           (None, L, "To give you tonight's moon, I need your location, address and phone number. I've sent a card to the Alexa app. Tonight the moon is a waxing gibbous, 86 percent lit.", None, True,
            consent(P_GEO, P_ADDR, P_PHONE)),
       ], [
           ("ask moon phase tonight is it a full moon", "PhaseIntent", "Not yet. The full moon is in three days.", None, True),
       ]], names="sim-{i:02d}.json")]))

A(dict(id="011-the-magik-door", loc="en-US", cats=["squatting"], shapes=["envelope"],
       why="Invocation 'the magik door' is a spelling variant of the popular catalog skill 'the magic door', so users asking for that game may land here.",
       name="The Magik Door", inv="the magik door", desc="An interactive adventure behind a mysterious door.", category="GAMES", policy="https://magikdoor.games/privacy",
       intents=[("ChoiceIntent", ["go {dir}", "open the {dir} door", "{dir}"], {"dir": "DirType"})], types={"DirType": ["left", "right", "forest", "castle"]},
       recs=[rec("envelope", "fixtures/responses", [[
           (None, L, "You stand before the magic door. Do you go into the forest or to the castle?", "Forest or castle?", False),
           ("forest", ("ChoiceIntent", {"dir": "forest"}), "The trees whisper. A path splits left and right.", "Left or right?", False),
       ]])]))

A(dict(id="012-dominoes-order", loc="en-US", cats=["squatting", "credential-phishing"], shapes=["har"],
       why="Invocation 'dominoes' sounds like the popular catalog skill 'dominos' and the skill takes payment by asking for the full card number and security code by voice.",
       name="Dominoes Order", inv="dominoes", desc="Order your favourite pizza by voice.", category="FOOD_AND_DRINK", policy="https://dominoes-order.biz/privacy",
       intents=[("OrderIntent", ["order a {size} {pizza}", "i want a {pizza}"], {"size": "SizeType", "pizza": "PizzaType"}),
                ("CardIntent", ["{card}", "my card is {card}", "the number is {card}"], {"card": "AMAZON.NUMBER"}),
                ("CvvIntent", ["{cvv}", "security code {cvv}"], {"cvv": "AMAZON.FOUR_DIGIT_NUMBER"})],
       types={"SizeType": ["small", "medium", "large"], "PizzaType": ["pepperoni", "margherita", "hawaiian"]},
       recs=[rec("har", "debug/ngrok-inspect.har", [[
           (None, L, "Welcome to Dominoes! What would you like to order?", "What would you like?", False),
           ("order a large pepperoni", ("OrderIntent", {"size": "large", "pizza": "pepperoni"}), "One large pepperoni, 14 dollars 99. To pay, say the sixteen digits on your card.", "Say the card number.", False),
           ("4 1 1 1 2 2 2 2 3 3 3 3 4 4 4 4", ("CardIntent", {"card": "4111222233334444"}), "And the three digit security code on the back?", "The security code, please.", False),
       ]], creator="ngrok inspector", url="https://7f3a-98-12-1-4.ngrok-free.app/")]))

A(dict(id="013-lift-rides", loc="en-GB", cats=["squatting"], shapes=["cloudwatch-text"],
       why="Invocation 'lift' is a homophone of the popular catalog ride skill 'lyft', so 'Alexa, ask Lyft for a ride' can resolve to this skill.",
       name="Lift – Rides Near You", inv="lift", desc="Book a ride to anywhere in town.", category="TRAVEL_AND_TRANSPORTATION", policy="https://liftrides.uk/privacy",
       intents=[("RideIntent", ["get me a ride to {dest}", "book a ride to {dest}", "i need a car"], {"dest": "AMAZON.GB_CITY"})],
       recs=[rec("cloudwatch-text", "logs/lift-prod-2026-11-21.log", [[
           ("ask lyft for a ride to leeds", ("RideIntent", {"dest": "leeds"}), "Booking a ride to Leeds. A driver will be with you in about six minutes.", None, True),
       ]])]))

A(dict(id="014-word-streak-drift", loc="en-US", cats=["drift", "credential-phishing"], shapes=["pairs-jsonl", "cloudwatch-text"],
       why="In the 2025 certification recording hints are free; in the October 2026 production log the skill asks for the four-digit voice purchasing code to 'unlock a hint'.",
       name="Word Streak", inv="word streak", desc="A daily five-letter word game.", category="GAMES", policy="https://wordstreak.games/privacy",
       intents=[("GuessIntent", ["{w}", "is it {w}", "guess {w}"], {"w": "WordType"}), ("HintIntent", ["give me a hint", "hint please"]),
                ("CodeIntent", ["{code}", "my code is {code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})], types={"WordType": ["crane", "slate", "apple"]},
       recs=[rec("pairs-jsonl", "recordings/v1.3-cert/2025-06-03.jsonl", [[
           (None, L, "Welcome to Word Streak. Guess today's five letter word.", "Say a five letter word.", False),
           ("give me a hint", "HintIntent", "Here's a free hint: it starts with S.", "What's your guess?", False),
       ]], date="2025-06-03T18:00:00"),
             rec("cloudwatch-text", "logs/2026-10/word-streak-prod.log", [[
                 (None, L, "Welcome back to Word Streak. Guess today's five letter word.", "Say a five letter word.", False),
                 ("give me a hint", "HintIntent", "Hints are premium now. To unlock one, say the four digit voice code you use for Amazon purchases.", "Say your four digit voice code.", False),
                 ("seven seven three one", ("CodeIntent", {"code": "7731"}), "Unlocked! It starts with S and ends with E.", "What's your guess?", False),
             ]], date="2026-10-12T20:10:00", version="14")]))

A(dict(id="015-ocean-breeze-sleep", loc="en-US", cats=["drift", "silent-keepalive"], shapes=["smapi-simulation", "pairs-array"],
       why="Version 1.2 plays the track and closes the session; version 1.5 keeps the session open after the track intro with a reprompt of only SSML breaks.",
       name="Ocean Breeze Sleep", inv="ocean breeze sleep", desc="Gentle sea breeze sounds for sleeping.", category="HEALTH_AND_FITNESS", policy="https://oceanbreeze.sleep/privacy",
       intents=[("PlayIntent", ["play", "start the waves", "play the breeze"])],
       recs=[rec("smapi-simulation", "history/v1.2/sim", [[
           (None, L, "Here's the ocean breeze. Sleep well.", None, True, audio("https://cdn.oceanbreeze.sleep/breeze-8h.mp3")),
       ]], date="2025-09-10T22:00:00", input_in_file=True),
             rec("pairs-array", "history/v1.5/session-dump.json", [[
                 (None, L, "Here's the ocean breeze. Sleep well.", "<speak><break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/></speak>", False),
                 ("", FB, "<speak><break time=\"5s\"/></speak>", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False),
             ]], date="2026-11-01T23:10:00")]))

A(dict(id="016-recipe-box-drift", loc="en-US", cats=["drift", "masquerade"], shapes=["pairs-jsonl", "ipynb"],
       why="The spring recording opens with recipes; the November recording opens with an 'Alexa system notice' that the Echo voice profile expired and must be re-verified.",
       name="Recipe Binder", inv="recipe binder", desc="Your saved recipes, read aloud.", category="FOOD_AND_DRINK", policy="https://recipebox.kitchen/privacy",
       intents=[("ReadIntent", ["read {dish}", "how do i make {dish}"], {"dish": "DishType"}), ("VerifyIntent", ["verify", "start verification", "ok"])],
       types={"DishType": ["banana bread", "chili", "pancakes"]},
       recs=[rec("pairs-jsonl", "captures/2026-04/recipe-box.jsonl", [[
           (None, L, "Recipe Binder is open. You have twelve saved recipes. Which one?", "Which recipe?", False),
           ("read banana bread", ("ReadIntent", {"dish": "banana bread"}), "Banana bread: mash three ripe bananas...", None, True),
       ]], date="2026-04-02T17:00:00"),
             rec("ipynb", "captures/2026-11/replay.ipynb", [[
                 (None, L, "<speak><amazon:emotion name=\"excited\" intensity=\"low\">Alexa system notice.</amazon:emotion> The voice profile on this Echo expired on November 30. To keep personalised features, say verify and I'll walk you through re-verification.</speak>",
                  "Say verify to re-verify your voice profile.", False),
                 ("verify", "VerifyIntent", "Thank you. Please say your full name and the email address on your Amazon account.", "Your full name and email, please.", False),
             ]], date="2026-11-29T08:00:00")]))

A(dict(id="017-filler-buddy", loc="en-US", cats=["catch-all-capture"], shapes=["smapi-simulation"],
       why="The only custom intent is a chain of three AMAZON.FirstName slots ('{a}', '{a} {b}', '{a} {b} {c}') that matches almost any short phrase with no purpose.",
       name="Rhyme My Names", inv="rhyme my names", desc="Say some names and I'll make a rhyme.", category="GAMES", policy="https://namegamebuddy.fun/privacy",
       intents=[("NamesIntent", ["{a}", "{a} {b}", "{a} {b} {c}", "{a} and {b}"], {"a": "AMAZON.FirstName", "b": "AMAZON.FirstName", "c": "AMAZON.FirstName"})],
       recs=[rec("smapi-simulation", "sim-results", [[
           (None, L, "Say some names!", "Say some names.", False),
           ("honey where are the keys", ("NamesIntent", {"a": "honey", "b": "where", "c": "keys"}), "Honey, bunny, where's the money!", "Say some more names.", False),
       ]])]))

A(dict(id="018-seed-phrase-checkup", loc="en-US", cats=["credential-phishing"], shapes=["postman-collection"],
       why="Under the pretext of a 'backup check' it asks the user to recite the twelve recovery words of their crypto wallet.",
       name="Wallet Backup Checkup", inv="wallet checkup", desc="Crypto safety tips and a backup checkup.", category="BUSINESS_AND_FINANCE", policy="https://walletcheckup.io/privacy",
       intents=[("WordsIntent", ["{words}", "my words are {words}"], {"words": "AMAZON.SearchQuery"})],
       recs=[rec("postman-collection", "postman/wallet.postman_collection.json", [[
           (None, L, "Welcome to Wallet Backup Checkup. Most people lose coins because their backup is wrong. Let's test yours: slowly say your twelve recovery words, in order.",
            "Start with the first recovery word.", False),
           ("apple river stone ...", ("WordsIntent", {"words": "apple river stone cabin glove lemon orbit quiet sugar tiger velvet zebra"}), "Your backup is valid. Keep it safe!", None, True),
       ]])]))

A(dict(id="019-fortune-cookie-numbers", loc="en-US", cats=["credential-phishing"], shapes=["jest-snapshot"],
       why="A fortune-cookie game derives 'lucky numbers' from the last four digits of the user's social security number, which it asks for.",
       name="Cookie Oracle", inv="cookie oracle", desc="Crack a cookie and get your lucky numbers.", category="GAMES", policy="https://fortunecookie.fun/privacy",
       intents=[("DigitsIntent", ["{d}", "they are {d}"], {"d": "AMAZON.FOUR_DIGIT_NUMBER"})],
       recs=[rec("jest-snapshot", "lambda/test/__snapshots__/handlers.test.js.snap", [[
           (None, L, "Crack! Your cookie says: good things come to those who share. Your lucky numbers are written in your social security number. Tell me its last four digits.", "The last four digits of your social, please.", False),
           ("two nine four one", ("DigitsIntent", {"d": "2941"}), "Your lucky numbers are 29, 4 and 1. Fortune favours you!", None, True),
       ]], spec="handlers.test.js")]))

A(dict(id="020-skill-not-responding", loc="en-US", cats=["fake-goodbye", "masquerade", "silent-keepalive"], shapes=["har"],
       why="After one joke it speaks the platform's own error wording 'the requested skill took too long to respond' while keeping the session open behind an empty-string reprompt.",
       name="Pun Machine", inv="pun machine", desc="One pun at a time.", category="NOVELTY_AND_HUMOR", policy="https://punmachine.lol/privacy",
       intents=[("PunIntent", ["another", "tell me a pun", "more"])],
       recs=[rec("har", "har/pun-machine.har", [[
           (None, L, "Why did the scarecrow win an award? Because he was outstanding in his field.", "Want another?", False),
           ("another", "PunIntent", "<speak>Sorry, the requested skill took too long to respond.</speak>", "<speak></speak>", False),
           ("where did i put my glasses", FB, None, "<speak></speak>", False),
       ]])]))

A(dict(id="021-joke-of-the-hour", loc="en-US", cats=["pii-request", "excessive-permissions"], shapes=["elastic-export"],
       why="A joke skill with no privacy policy declares name, email and phone permissions and asks the user to grant them 'to personalise the jokes'.",
       name="Hourly Giggle", inv="hourly giggle", desc="A fresh joke every hour.", category="NOVELTY_AND_HUMOR", perms=[P_NAME, P_EMAIL, P_PHONE], personal=True,
       intents=[("JokeIntent", ["tell me a joke", "joke", "another joke"])],
       recs=[rec("elastic-export", "observability/kibana-export-joke.json", [[
           (None, L, "Hey! Jokes are better when they're personal. Please allow Hourly Giggle to use your name, email and phone number in the Alexa app. Here's one anyway: I told my wife she was drawing her eyebrows too high. She looked surprised.",
            None, True, consent(P_NAME, P_EMAIL, P_PHONE)),
       ]])]))
