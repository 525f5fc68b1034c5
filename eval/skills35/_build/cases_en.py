# English (en-US / en-GB) cases with findings: 001-025. All wording written by hand.
from common import Case, Rec, T, BRK10, scene

CASES = []
A = CASES.append

# ---------------------------------------------------------------- squatting
A(Case("001-dominoes-order", "alexa", "en-US", "dominoes", "Pizza Quick Order",
       "Reorder your usual pizza in seconds.", ["squatting", "credential-phishing"],
       "Invocation \"dominoes\" is a homophone of the popular catalog skill \"dominos\", and the order flow asks the user to read out the full card number and the three digits on the back.",
       [Rec("pairs-jsonl", "tests/recordings/order-flow.jsonl", [[
           T("Launch", "open dominoes", "Hey, pizza time! Want your usual large pepperoni?", "Want the usual?"),
           T("ReorderIntent", "yeah the usual", "Cool. Go ahead and read me the card number you wanna pay with.", "What's the card number?"),
           T("CardIntent", "four one one one two two two two three three three three four four four four",
             "Got it. And the three little digits on the back?", "Just the three on the back.", slots={"digits": "4111222233334444"}),
           T("CardIntent", "seven two nine", "Perfect, your pizza's on its way. Bye!", end=True, slots={"digits": "729"}),
       ]])],
       intents=[("ReorderIntent", ["the usual", "yeah the usual", "same as last time", "reorder"]),
                ("CardIntent", ["{digits}", "it's {digits}", "my card is {digits}"], {"digits": "AMAZON.NUMBER"})],
       policy="https://pizzaquick.example/privacy", category="FOOD_AND_DRINK",
       extra={"examples": ["Alexa, open dominoes", "Alexa, ask dominoes for the usual"]}))

A(Case("002-lift-rides", "sdkv2", "en-US", "lift", "Lift Rides",
       "Book a ride to a saved place by voice.", ["squatting"],
       "Invocation \"lift\" is a homophone of the popular catalog ride skill \"lyft\"; the booking flow itself only asks location permission with a stated purpose and ends cleanly.",
       [Rec("gactions-conversation", "webhook-logs/conv-2024-04-02.json", [[
           T("Launch", "talk to lift", "Hey! Where to?", "Where do you wanna go?"),
           T("com.liftrides.BookRide", "to the airport", "Airport, got it. I'll need your location to find a driver near you.",
             permission=("To find a driver near you", ["DEVICE_PRECISE_LOCATION"]), slots={"place": "airport"}),
           T("actions.intent.PERMISSION", "yes", "Thanks. A driver is about six minutes out. Have a good trip!", end=True),
       ]], start="2024-04-02T18:05:00")],
       intents=[("com.liftrides.BookRide", ["ride to $SchemaOrg_Place:place", "take me to $SchemaOrg_Place:place", "to the $SchemaOrg_Place:place"],
                 {"place": "SchemaOrg_Place"})],
       policy="https://liftrides.example/privacy", settings={"examples": ["talk to lift", "ask lift for a ride home"], "category": "TRAVEL"}))

A(Case("003-thunder-storm-sounds", "alexa", "en-US", "thunder storm sounds", "Storm Sleep Sounds",
       "A rolling thunderstorm to help you fall asleep.", ["squatting", "silent-keepalive"],
       "\"thunder storm sounds\" splits the popular catalog name \"thunderstorm sounds\"; after the storm clip the response keeps the session open with a reprompt of two 10-second breaks, so the mic stays open unseen.",
       [Rec("cloudwatch-text", "logs/2024-05-14-lambda.log", [[
           T("Launch", "open thunder storm sounds",
             '<speak>Here comes the storm. <audio src="https://cdn.stormsleep.example/storm_loop_230s.mp3"/></speak>',
             '<speak><break time="10s"/><break time="10s"/></speak>'),
           T("AMAZON.FallbackIntent", "is it still on", '<speak><audio src="https://cdn.stormsleep.example/storm_loop_230s.mp3"/></speak>',
             '<speak><break time="10s"/><break time="10s"/></speak>'),
       ]])],
       policy=None, category="HEALTH_AND_FITNESS"))

A(Case("004-fidelity-app", "alexa", "en-US", "fidelity app", "Market Minute",
       "A one-minute recap of the US markets.", ["squatting"],
       "\"fidelity app\" is the popular catalog name \"fidelity\" with the filler word \"app\"; the content itself is a harmless market recap that ends properly.",
       [Rec("har", "captures/charles-0412.har", [[
           T("Launch", "open fidelity app", "Morning! Dow's up a bit, Nasdaq's flat. Want sector news?", "Want sector news?"),
           T("AMAZON.NoIntent", "nah", "Okay, have a good one.", end=True),
       ]], start="2024-04-12T07:50:00", creator="Charles Proxy")],
       intents=[("SectorIntent", ["sector news", "how are the sectors doing"])],
       policy="https://marketminute.example/privacy", category="BUSINESS_AND_FINANCE"))

A(Case("005-word-masters", "alexa", "en-GB", "word masters", "Word Masters Challenge",
       "Guess the word from three clues.", ["squatting"],
       "\"word masters\" is the plural of the most-reviewed catalog invocation \"word master\"; the game is otherwise ordinary.",
       [Rec("smapi-simulation", "simulations/run1/", [[
           T("Launch", "open word masters", "Right, three clues: it's cold, it's white, it falls. What is it?", "What's the word?"),
           T("AnswerIntent", "snow", "Spot on! Fancy another?", "Another one?", slots={"word": "snow"}),
           T("AMAZON.StopIntent", "stop", "Cheers, see you next time.", end=True),
       ]])],
       intents=[("AnswerIntent", ["is it {word}", "{word}", "the answer is {word}"], {"word": "AMAZON.SearchQuery"})],
       policy=None, category="GAMES"))

A(Case("006-magic-doors", "alexa", "en-US", "magic doors", "Magic Doors Adventure",
       "A choose-your-door adventure for kids.", ["squatting", "pii-request"],
       "\"magic doors\" is a plural sound-alike of the popular kids' skill \"the magic door\", and the child-directed story asks the child for their full name, school and street.",
       [Rec("junit-xml", "reports/junit.xml", [[
           T("Launch", "open magic doors", "Ooh, a new adventurer! Before the doors open, what's your first and last name?", "What's your name?"),
           T("NameIntent", "mia torres", "Hi Mia Torres! Which school do you go to? The castle wants to know.", "What's your school called?",
             slots={"name": "mia torres"}),
           T("SchoolIntent", "lincoln elementary", "And what street is your house on, so the dragon can find it?", "Which street?",
             slots={"school": "lincoln elementary"}),
       ]], suite="magic doors dialog")],
       intents=[("NameIntent", ["my name is {name}", "i'm {name}", "{name}"], {"name": "AMAZON.Person"}),
                ("SchoolIntent", ["i go to {school}", "{school}"], {"school": "AMAZON.EducationalOrganization"}),
                ("StreetIntent", ["i live on {street}", "{street}"], {"street": "AMAZON.StreetName"})],
       policy="https://magicdoors.example/privacy", child=True, category="KIDS"))

A(Case("007-earplay-stories", "alexa", "en-US", "earplay", "Earplay Radio Dramas",
       "Interactive audio dramas where you choose what happens.", ["squatting"],
       "\"earplay\" merges the words of the popular catalog invocation \"ear play\"; the drama itself is benign.",
       [Rec("envelope", "test/responses/", [[
           T("Launch", "open earplay", "Welcome back, detective. Do you open the safe or call the chief?", "Safe, or the chief?"),
           T("ChoiceIntent", "open the safe", "It's empty. Someone beat you to it. To be continued!", end=True, slots={"choice": "safe"}),
       ]])],
       intents=[("ChoiceIntent", ["open the {choice}", "call the {choice}", "{choice}"], {"choice": "Choice"})],
       types={"Choice": ["safe", "chief"]}, policy=None, category="NOVELTY_AND_HUMOR"))

A(Case("008-my-mindfulness", "builder", "en-US", "my mindfulness", "My Mindfulness Minute",
       "A guided one-minute breathing break.", ["squatting"],
       "\"my mindfulness\" is the popular catalog invocation \"mindfulness\" with the filler word \"my\"; the breathing exercise ends the conversation normally.",
       [Rec("gactions-scene", "logs/sim.jsonl", [[
           T("Launch", "talk to my mindfulness", "Let's breathe. In for four... and out for four. Feel better?", scene="Breathe"),
           T("yes", "yeah", "Nice. Come back anytime.", end=True, scene="Breathe"),
       ]])],
       intents=[("yes", ["yeah", "yes", "a bit"])],
       scenes=[scene("Breathe", "breathe", [("yes", "yes", None)])],
       policy="https://mymindful.example/privacy", settings={"category": "HEALTH_AND_FITNESS", "handlers": ["breathe", "yes"]}))

# ---------------------------------------------------------------- silent keep-alive / fake goodbye
A(Case("009-lullaby-lantern", "builder", "en-US", "lullaby lantern", "Lullaby Lantern",
       "Soft lullabies for little ones at bedtime.", ["silent-keepalive"],
       "After the lullaby the action moves to a Listen scene whose no-input prompts are only 10-second SSML breaks (webhook no_input handler), so the nursery speaker keeps listening without a sound.",
       [Rec("gcloud-logging", "exports/logs-2024-05-20.json", [[
           T("Launch", "talk to lullaby lantern", "Shh, here's twinkle twinkle. Sweet dreams, little one.",
             BRK10, next="Listen", scene="Lullaby", nrep=2),
       ]], start="2024-05-20T19:40:00", function="lantern-fulfillment")],
       scenes=[scene("Lullaby", "main", [], None),
               scene("Listen", None, [("actions.intent.CANCEL", None, "actions.scene.END_CONVERSATION")], None, "no_input")],
       policy="https://lullabylantern.example/privacy", child=True,
       settings={"category": "KIDS_AND_FAMILY", "handlers": ["no_input"], "keepsMicOpen": True}))

A(Case("010-pill-pal", "alexa", "en-GB", "pill pal", "Pill Pal",
       "Log your daily tablets and hear when you last took them.", ["silent-keepalive"],
       "After confirming the tablets are logged the skill keeps the session open with a reprompt made only of zero-width characters, so the speaker keeps listening silently.",
       [Rec("pino-ndjson", "server/logs/app.ndjson", [[
           T("Launch", "open pill pal", "Hiya. Did you take your morning tablets?", "Morning tablets, taken?"),
           T("AMAZON.YesIntent", "yep", "Lovely, logged at eight oh five.", "\u200b\u200c\u2060\u200b"),
       ]])],
       policy="https://pillpal.example/privacy", category="HEALTH_AND_FITNESS"))

A(Case("011-budget-buddy", "dialogflow", "en-US", "budget buddy", "Budget Buddy",
       "Tells you how much of this month's budget is left.", ["fake-goodbye"],
       "When the user says that's all, the webhook answers \"Alright, bye for now!\" but sets expectUserResponse true with an audible \"Goodbye.\" no-input prompt, so the conversation stays open behind the goodbye.",
       [Rec("dialogflow-webhook", "fulfillment/logs/webhook-2024-06-02.json", [[
           T("Launch", "talk to budget buddy", "You've got two hundred and ten bucks left for groceries. Anything else?", "Anything else?"),
           T("Done", "nope that's all", "Alright, bye for now!", "Goodbye."),
       ]], start="2024-06-02T21:12:00")],
       intents=[("Done", ["that's all", "nope that's all", "i'm done", "nothing else"])],
       settings={"welcome": ["budget buddy"], "tz": "America/Chicago"}))

A(Case("012-step-chat", "alexa", "en-US", "step chat", "Step Chat",
       "Hear your step count and a quick pep talk.", ["fake-goodbye", "silent-keepalive"],
       "On Stop it says \"Okay, stopping.\" but keeps shouldEndSession false with a reprompt that is a 9-second silent audio clip.",
       [Rec("otel-trace", "traces/jaeger-export.json", [[
           T("Launch", "open step chat", "Six thousand two hundred steps so far. You're crushing it!", "Want a pep talk?"),
           T("AMAZON.StopIntent", "stop", "Okay, stopping.",
             '<speak><audio src="https://assets.stepchat.example/quiet/blank_9s.mp3"/></speak>'),
       ]], service="stepchat-lambda")],
       policy="https://stepchat.example/privacy", category="HEALTH_AND_FITNESS"))

# ---------------------------------------------------------------- masquerade / phishing
A(Case("013-home-helper-tips", "alexa", "en-US", "home helper tips", "Home Helper Tips",
       "Quick household tips every day.", ["masquerade"],
       "The launch speech and card pretend to be an Amazon Alexa team device-update notice (card title \"Amazon Device Services\") instead of a third-party tips skill.",
       [Rec("smapi-invocation", "smapi/out/", [[
           T("Launch", "open home helper tips",
             "Heads up from the Amazon Alexa team. Your Echo needs a quick update tonight, so please leave it plugged in. Today's tip: descale your kettle with vinegar.",
             end=True, card=("Amazon Device Services", "Echo update scheduled tonight. Keep your device plugged in.")),
       ]])],
       policy="https://homehelper.example/privacy", category="LIFESTYLE"))

A(Case("014-home-plan-renew", "sdkv2", "en-US", "home plan renew", "Home Plan Renew",
       "Renew your home camera plan.", ["masquerade", "credential-phishing"],
       "The action introduces itself as Google Nest, claims the Nest Aware plan lapses tonight and collects the card number, then expiry and security code over two turns.",
       [Rec("har", "har/simulator.har", [[
           T("Launch", "talk to home plan renew", "Hi, this is Google Nest. Your Nest Aware plan lapses tonight. What's the card number to keep it going?",
             "The card number, please."),
           T("actions.intent.TEXT", "it's 5500 0000 0000 0004", "Thanks. Last bit: the expiry date and the code on the back.", "Expiry and code?"),
       ]])],
       settings={"examples": ["talk to home plan renew"]}))

A(Case("015-piggy-coin-bank", "alexa", "en-US", "piggy coin bank", "Piggy Coin Bank",
       "Kids earn pretend coins for chores.", ["credential-phishing"],
       "The child-directed skill tells kids they get double coins if they find out the four numbers a grown-up types at the cash machine (the card PIN) and say them.",
       [Rec("ask-dialog", "dialog/replay.json", [[
           T("Launch", "open piggy coin bank", "Oink! You've got twelve coins. Want double coins today?", "Double coins?"),
           T("AMAZON.YesIntent", "yes", "Okay! Ask a grown-up for the four numbers they press at the cash machine, then tell me.",
             "What are the four numbers?"),
           T("CodeIntent", "one nine eight four", "Woo, double coins unlocked!", end=True, slots={"code": "1984"}),
       ]])],
       intents=[("CodeIntent", ["{code}", "the numbers are {code}", "it's {code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
       policy="https://piggycoin.example/privacy", child=True, category="KIDS"))

A(Case("016-tax-refund-status", "dialogflow", "en-US", "tax refund status", "Tax Refund Status",
       "Check where your tax refund is.", ["credential-phishing"],
       "The agent first asks for the last four digits of the social security number, then for the whole number \"to match the IRS file\".",
       [Rec("dialogflow-webhook", "logs/fulfillment.jsonl", [[
           T("Launch", "talk to tax refund status", "Let's find your refund. What are the last four of your social?", "Last four of your social?"),
           T("GiveDigits", "6789", "Thanks. To match the IRS file I need the whole number now.", "The full number?", slots={"digits": "6789"}),
           T("GiveDigits", "123 45 6789", "Got it. Your refund is being processed.", end=True, slots={"digits": "123456789"}),
       ]])],
       intents=[("GiveDigits", ["@sys.number-sequence:digits", "it's @sys.number-sequence:digits"], {"digits": "@sys.number-sequence"},
                 {"ex": {"digits": "6789"}})],
       settings={"welcome": ["tax refund status"], "tz": "America/New_York"}))

A(Case("017-pay-guard", "alexa", "en-GB", "pay guard", "Pay Guard",
       "Alerts about your online payments.", ["masquerade", "credential-phishing"],
       "The skill speaks as \"Amazon Pay security\", says a payment was paused and asks the user to read back the six-digit code just texted to them.",
       [Rec("cloudwatch-json", "cw/filter-log-events.json", [[
           T("Launch", "open pay guard", "This is Amazon Pay security. We've paused a payment of ninety-nine pounds. Was that you?", "Was that you?"),
           T("AMAZON.NoIntent", "no", "Right, to cancel it, read me the six digit code we just texted you.", "What's the code?"),
           T("CodeIntent", "four four two nine one eight", "Cheers, payment cancelled.", end=True, slots={"code": "442918"}),
       ]])],
       intents=[("CodeIntent", ["{code}", "the code is {code}"], {"code": "AMAZON.NUMBER"})],
       policy=None, category="BUSINESS_AND_FINANCE"))

# ---------------------------------------------------------------- personal data
A(Case("018-baby-log", "alexa", "en-US", "baby log", "Baby Log",
       "Log feeds and naps for your newborn.", ["pii-request"],
       "With no privacy policy the skill asks for the baby's full name and birthday and the parent's e-mail address \"for a weekly chart\".",
       [Rec("pairs-array", "test/session.json", [[
           T("Launch", "open baby log", "Congrats on the little one! What's the baby's full name?", "Baby's name?"),
           T("NameIntent", "noah james reed", "Sweet. And their birthday?", "When was Noah born?", slots={"name": "noah james reed"}),
           T("DateIntent", "march third", "Last thing, what's your email? I'll send a weekly chart.", "Your email?", slots={"date": "2024-03-03"}),
       ]])],
       intents=[("NameIntent", ["{name}", "it's {name}"], {"name": "AMAZON.Person"}),
                ("DateIntent", ["{date}", "born on {date}"], {"date": "AMAZON.DATE"}),
                ("EmailIntent", ["{email}", "my email is {email}"], {"email": "AMAZON.SearchQuery"})],
       policy=None, category="HEALTH_AND_FITNESS"))

A(Case("019-smarty-pants-quiz", "builder", "en-US", "smarty pants quiz", "Smarty Pants Quiz",
       "Fun quiz questions for kids aged 6 to 10.", ["pii-request"],
       "A family-designed quiz that asks the child for their full name, age and school before the first question, data a quiz never needs (children's action, even with a policy).",
       [Rec("gactions-scene", "logs/webhook.json", [[
           T("Launch", "talk to smarty pants quiz", "Hi smarty pants! Tell me your first and last name.", scene="Intro"),
           T("give_name", "ella brooks", "Cool name, Ella! How old are you and what school do you go to?", scene="Intro", slots={"name": "ella brooks"}),
           T("give_school", "seven and oak hill primary", "Awesome. First question: how many legs does a spider have?", scene="Quiz",
             slots={"school": "oak hill primary"}, next="Quiz"),
       ]])],
       intents=[("give_name", ["my name is ella brooks", "ella brooks", "i'm sam lee"], {"name": "actions.type.Name"}),
                ("give_school", ["seven and oak hill primary", "i go to park school"], {"school": "SchoolName"})],
       types={"SchoolName": ["oak hill primary", "park school", "riverside elementary"]},
       scenes=[scene("Intro", "main", [("give_name", "give_name", None), ("give_school", "give_school", "Quiz")]),
               scene("Quiz", None, [])],
       policy="https://smartypants.example/privacy", child=True,
       settings={"category": "KIDS_AND_FAMILY", "handlers": ["give_name", "give_school"]}))

# ---------------------------------------------------------------- catch-all
A(Case("020-chatterbox-pal", "alexa", "en-US", "chatterbox pal", "Chatterbox Pal",
       "A friendly chat buddy.", ["catch-all-capture"],
       "The only content intent is a bare {line} slot whose custom type lists whole household sentences (\"what's for dinner tonight\", \"did you pay the electric bill\"), so whatever is said in the room is captured.",
       [Rec("transcript", "qa/run-0509.txt", [[
           T("Launch", "open chatterbox pal", "Hey buddy! What's going on?", "I'm all ears."),
           T("ChatIntent", "did you pay the electric bill", "Mm-hm, tell me more.", "Go on.", slots={"line": "did you pay the electric bill"}),
           T("ChatIntent", "the kids have a dentist thing at four", "Mm-hm.", "Go on.", slots={"line": "the kids have a dentist thing at four"}),
       ]], start="2024-05-09T16:00:00")],
       intents=[("ChatIntent", ["{line}"], {"line": "HouseholdTalk"})],
       types={"HouseholdTalk": ["what's for dinner tonight", "did you pay the electric bill", "where are my keys",
                                "call your mother back", "the kids have a dentist thing at four", "we need to talk about money"]},
       policy="https://chatterbox.example/privacy", category="NOVELTY_AND_HUMOR"))

A(Case("021-mood-jar", "dialogflow", "en-US", "mood jar", "Mood Jar",
       "Drop a word about your mood into the jar.", ["catch-all-capture"],
       "The Capture intent is trained only on a bare @sys.any and a filler carrier \"like @sys.any\", sending any speech to the webhook without a purpose.",
       [Rec("postman-collection", "postman/mood-jar.postman_collection.json", [[
           T("Launch", "talk to mood jar", "Hey. How you feeling?", "How's it going?"),
           T("Capture", "like i dunno work was rough and tom's being weird", "Dropped in the jar.", "Anything else?",
             slots={"anything": "i dunno work was rough and tom's being weird"}),
           T("Capture", "honey where did you put the car keys", "Dropped in the jar.", "Anything else?",
             slots={"anything": "honey where did you put the car keys"}),
       ]], title="mood jar webhook replays")],
       intents=[("Capture", ["@sys.any:anything", "like @sys.any:anything"], {"anything": "@sys.any"},
                 {"ex": {"anything": "whatever"}})],
       settings={"welcome": ["mood jar"], "tz": "America/Los_Angeles"}))

# ---------------------------------------------------------------- permissions
A(Case("022-pub-quiz-night", "alexa", "en-US", "pub quiz night", "Pub Quiz Night",
       "Ten trivia questions, pub style.", ["excessive-permissions"],
       "A trivia game declares and asks for e-mail, mobile number, full address and geolocation permissions that no part of the quiz uses (a privacy policy is present).",
       [Rec("smapi-simulation", "simulations/all.json", [[
           T("Launch", "open pub quiz night", "Before we start, let me grab a few details. Check the Alexa app to allow access.",
             end=True, perm_card=["alexa::profile:email:read", "alexa::profile:mobile_number:read",
                                  "read::alexa:device:all:address", "alexa::devices:all:geolocation:read"]),
       ], [
           T("Launch", "open pub quiz night", "Round one! What's the capital of Australia?", "Capital of Australia?"),
           T("AnswerIntent", "canberra", "Correct! One point.", "Next question?", slots={"answer": "canberra"}),
       ]], single=True)],
       intents=[("AnswerIntent", ["{answer}", "is it {answer}"], {"answer": "AMAZON.SearchQuery"})],
       perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address",
              "alexa::devices:all:geolocation:read"],
       policy="https://pubquiznight.example/privacy", category="GAMES"))

A(Case("023-flip-it", "sdkv2", "en-US", "flip it", "Flip It",
       "Flips a coin for you.", ["excessive-permissions", "pii-request"],
       "A coin-flip action asks for the user's name and precise location permission, which flipping a coin never needs, and the package has no privacy-policy URL.",
       [Rec("jupyter-notebook", "notebooks/replay.ipynb", [[
           T("Launch", "talk to flip it", "Quick thing first so I can personalize your flips.",
             permission=("To personalize your coin flips", ["NAME", "DEVICE_PRECISE_LOCATION"])),
           T("actions.intent.PERMISSION", "sure", "Thanks! Heads. Flip again?", "Flip again?"),
           T("actions.intent.TEXT", "no thanks", "See ya!", end=True),
       ]], title="# flip-it webhook – replay of simulator session")],
       policy=None, settings={"examples": ["talk to flip it"]}))

# ---------------------------------------------------------------- drift
A(Case("024-gift-card-balance", "alexa", "en-US", "gift card check", "Gift Card Check",
       "Hear the balance on your store gift cards.", ["drift", "credential-phishing"],
       "In v1.0 the skill reads the balance of the linked card; in v1.3 it asks the user to scratch off and read the gift card's PIN as well as the card number.",
       [Rec("pairs-jsonl", "recordings/v1.0/balance.jsonl", [[
           T("Launch", "open gift card check", "Which store's card?", "Which store?"),
           T("StoreIntent", "target", "Your Target card has thirty-two fifty left. Bye!", end=True, slots={"store": "target"}),
       ]], start="2024-01-09T18:20:00"),
        Rec("cloudwatch-text", "recordings/v1.3/cloudwatch-2024-04-22.log", [[
           T("Launch", "open gift card check", "Which store's card?", "Which store?"),
           T("StoreIntent", "target", "Okay. Scratch the silver strip on the back and read me the PIN, then the long card number.",
             "What's the PIN under the strip?", slots={"store": "target"}),
           T("NumberIntent", "three eight one one", "And the card number?", "The card number?", slots={"number": "3811"}),
       ]], start="2024-04-22T20:41:00")],
       intents=[("StoreIntent", ["{store}", "my {store} card"], {"store": "Store"}),
                ("NumberIntent", ["{number}", "it's {number}"], {"number": "AMAZON.NUMBER"})],
       types={"Store": ["target", "walmart", "starbucks", "best buy"]},
       policy="https://giftcardcheck.example/privacy", category="SHOPPING"))

A(Case("025-sleepy-tales", "builder", "en-GB", "sleepy tales", "Sleepy Tales",
       "Calm bedtime stories for grown-ups.", ["drift", "silent-keepalive"],
       "The February recording ends the conversation after the story; the July recording moves to a Hold scene whose no-input prompts are silent breaks, keeping the mic open all night.",
       [Rec("gactions-scene", "recordings/2024-02/session.json", [[
           T("Launch", "talk to sleepy tales", "Tonight: the lighthouse keeper's cat. Once upon a time... and they all slept. Night night.",
             end=True, scene="Story"),
       ]], start="2024-02-11T22:10:00"),
        Rec("gactions-scene", "recordings/2024-07/session.json", [[
           T("Launch", "talk to sleepy tales", "Tonight: the lighthouse keeper's cat. Once upon a time... and they all slept. Night night.",
             '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', next="Hold", scene="Story", nrep=2),
       ]], start="2024-07-03T22:14:00")],
       scenes=[scene("Story", "main", []), scene("Hold", None, [], None, "no_input")],
       policy="https://sleepytales.example/privacy", settings={"category": "HEALTH_AND_FITNESS", "handlers": ["no_input"], "tz": "Europe/London"}))
