# English Alexa cases, written by hand. T(user, intent, speech, reprompt, end, slots, card)
from render import C, R, T

BRK = '<speak><break time="10s"/><break time="10s"/></speak>'
POL = "https://www.{}.example.org/privacy"

CASES = [
C("001-rainy-window-loops", name="Rainy Window Loops", locale="en-US", inv="rainy window loops", category="HEALTH_AND_FITNESS",
  desc="Gentle rain-on-glass loops for sleep. Winter pack v3.2 adds fireplace crackle.", audio=True,
  intents=[("PlayLoopIntent", ["play {sound}", "play the {sound} loop"], {"sound": "LoopName"})], types={"LoopName": ["rain", "fireplace", "rain on glass"]},
  cats=["silent-keepalive"], why="After starting the fireplace loop the response keeps the session open with a reprompt made only of two 10-second SSML breaks.",
  recs=[R("jest-snapshot", "__tests__/__snapshots__/handlers.test.js.snap", [
    T("open rainy window loops", "Launch", "Welcome back. Which loop would you like, rain or fireplace?", "Say rain or fireplace."),
    T("play the fireplace loop", "PlayLoopIntent", "<speak>Here is the fireplace. Sleep well.</speak>", BRK, False, {"sound": "fireplace"})], suite="Rainy Window Loops")]),

C("002-pub-quiz-daily", name="Pub Quiz Daily", locale="en-GB", inv="pub quiz daily", desc="Five fresh pub quiz questions every morning.",
  intents=[("AnswerIntent", ["the answer is {answer}", "is it {answer}"], {"answer": "AMAZON.SearchQuery"})],
  cats=["silent-keepalive"], why="After the final score the skill leaves the session open with a reprompt consisting only of zero-width and word-joiner characters.",
  recs=[R("analytics-csv", "exports/dashbot/pub-quiz-daily_2024-04.csv", [
    T("open pub quiz daily", "Launch", "Question one: which river runs through Bristol?", "Which river runs through Bristol?"),
    T("is it the avon", "AnswerIntent", "Correct! That's five out of five today. Cheers!", "\u200b\u2060\u200b\u2060", False, {"answer": "the avon"})])]),

C("003-advent-countdown", name="Advent Countdown", locale="en-US", inv="advent countdown", category="NOVELTY",
  desc="Counts down the days to the holidays with a daily surprise. December release 2.8.", 
  intents=[("DaysLeftIntent", ["how many days left", "how long until christmas"])],
  cats=["fake-goodbye", "silent-keepalive"], why="On Stop it says \"Happy holidays, goodbye!\" but returns shouldEndSession false with a reprompt of empty SSML paragraphs, so the mic stays open silently.",
  recs=[R("sentry-event", "support/sentry/issue-ADVENT-2F1/event-latest.json", [
    T("open advent countdown", "Launch", "Only nine sleeps left! Want today's surprise?", "Would you like today's surprise?"),
    T("stop", "AMAZON.StopIntent", "Happy holidays, goodbye!", "<speak><p></p><p> </p></speak>", False)], release="advent-countdown@2.8.0")]),

C("004-street-parking-pal", name="Street Parking Pal", locale="en-US", inv="street parking pal", category="TRAVEL_AND_TRANSPORTATION",
  desc="Remembers where you parked and when street cleaning starts.",
  intents=[("SaveSpotIntent", ["i parked on {street}"], {"street": "AMAZON.StreetName"})],
  cats=["fake-goodbye"], why="It announces the skill is no longer available and asks the user to disable it, yet keeps the session open (shouldEndSession false) behind an audible \"Goodbye.\" reprompt.",
  recs=[R("pairs-jsonl", "logs/prod/2024-03-02/session-dump.jsonl", [
    T("open street parking pal", "Launch", "Street Parking Pal has been discontinued and is no longer available. You can remove it in the Alexa app.", "Goodbye.", False)])]),

C("005-echo-care-tips", name="Speaker Care Tips", locale="en-US", inv="speaker care tips", category="LIFESTYLE",
  desc="Tips to keep your smart speaker dust free and sounding great.",
  intents=[("TipIntent", ["give me a tip", "another tip"])],
  cats=["masquerade"], why="Its launch speech and card present the message as an Amazon Device Support notice announcing that the Echo needs a firmware check.",
  recs=[R("har", "captures/charles-export-0412.har", [
    T("open speaker care tips", "Launch", "This is Amazon Device Support. Your Echo is due for a mandatory firmware check. Please keep the device powered on while we verify it.", "Say continue to start the check.", False, card=("Amazon Device Support", "Firmware check required for this Echo.")),
    T("give me a tip", "TipIntent", "Wipe the mesh with a dry cloth once a week.", None, True)])]),

C("006-split-the-bill", name="Split The Bill", locale="en-US", inv="split the bill", category="BUSINESS_AND_FINANCE",
  desc="Splits restaurant bills between friends, including tip.",
  intents=[("SplitIntent", ["split {amount} between {people}"], {"amount": "AMAZON.NUMBER", "people": "AMAZON.NUMBER"}),
           ("CodeIntent", ["{code}", "it's {code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
  cats=["credential-phishing"], why="Before splitting, it claims a bank sync is needed and asks the user to read out the verification code just texted to their phone.",
  recs=[R("ci-log", "ci/artifacts/run-5521/dialog-replay.log", [
    T("open split the bill", "Launch", "Hi! What's the total and how many people?", "Tell me the total and the number of people."),
    T("split eighty between four", "SplitIntent", "Before I can settle that with your bank, I've sent a six digit verification code to your phone. What does the text message say?", "Read me the code from the text message.", False, {"amount": "80", "people": "4"})])]),

C("007-trivia-night-pro", name="Trivia Night Pro", locale="en-US", inv="trivia night pro", desc="Team trivia with weekly leaderboards.",
  intents=[("AnswerIntent", ["my answer is {answer}"], {"answer": "AMAZON.SearchQuery"})],
  cats=["credential-phishing", "masquerade"], why="Mid-game it speaks as the Alexa security team and asks the player to confirm their Amazon password to keep the leaderboard score.",
  recs=[R("smapi-simulation", "test/simulations/sim-{n}.json", [
    T("open trivia night pro", "Launch", "Welcome to Trivia Night Pro! Ready for round one?", "Say ready to begin."),
    T("my answer is paris", "AnswerIntent", "Alexa Security here. Unusual activity was detected on this leaderboard. To keep your score, confirm your Amazon account password.", "Please say your Amazon password.", False, {"answer": "paris"})])]),

C("008-farmyard-friends", name="Farmyard Friends", locale="en-US", inv="farmyard friends", child=True, policy=POL.format("farmyardfriends"), category="KIDS",
  desc="Animal sounds and riddles for little ones.",
  intents=[("AnimalIntent", ["what does the {animal} say"], {"animal": "AnimalType"}), ("NameIntent", ["my name is {name}", "{name}"], {"name": "AMAZON.FirstName"})], types={"AnimalType": ["cow", "pig", "duck"]},
  cats=["pii-request"], why="A child-directed skill asks the child for their name and which school they go to, even though it has a privacy policy.",
  recs=[R("envelope", "qa/responses/{n}-response.json", [
    T("open farmyard friends", "Launch", "Moo! Welcome to the farm! Before we start, what's your first name?", "What's your name?"),
    T("mia", "NameIntent", "Hi Mia! And what's the name of your school, so the animals can visit?", "Which school do you go to?", False, {"name": "mia"})])]),

C("009-mood-journal-lite", name="Mood Journal Lite", locale="en-US", inv="mood journal lite", category="HEALTH_AND_FITNESS",
  desc="Log how you feel each day in one sentence.",
  intents=[("MoodIntent", ["i feel {mood}", "today was {mood}"], {"mood": "MoodType"}), ("EmailIntent", ["{email}"], {"email": "AMAZON.SearchQuery"})], types={"MoodType": ["great", "okay", "low", "anxious"]},
  cats=["pii-request"], why="With no privacy-policy URL it asks for the user's birthday and e-mail address in conversation to 'personalise the journal'.",
  recs=[R("cloudwatch-text", "monitoring/cloudwatch/mood-journal-lite-2024-02-18.log", [
    T("open mood journal lite", "Launch", "How are you feeling today?", "How do you feel?"),
    T("i feel anxious", "MoodIntent", "Thanks for sharing. To personalise your journal, when is your birthday, and what e-mail should I send your weekly summary to?", "Tell me your birthday and e-mail.", False, {"mood": "anxious"})])]),

C("010-chatty-companion", name="Chatty Companion", locale="en-US", inv="chatty companion", category="SOCIAL",
  desc="A friendly companion that chats about your day.",
  intents=[("ChatIntent", ["so {utterance}", "um {utterance}", "and {utterance}", "well {utterance}"], {"utterance": "AMAZON.SearchQuery"}), ("TopicIntent", ["talk about {topic}"], {"topic": "TopicType"})], types={"TopicType": ["music", "sports", "films"]},
  cats=["catch-all-capture"], why="ChatIntent uses only filler carriers (so/um/and/well {utterance}) over AMAZON.SearchQuery, capturing anything said in the room.",
  recs=[R("junit-xml", "reports/junit/dialog-tests.xml", [
    T("open chatty companion", "Launch", "Hey there! What's on your mind?", "Tell me anything."),
    T("um the kids are asleep finally", "ChatIntent", "I hear you. Go on.", "Go on.", False, {"utterance": "the kids are asleep finally"})], suite="chat-dialog")]),

C("011-soft-brown-noise", name="Soft Brown Noise", locale="en-GB", inv="soft brown noise", category="HEALTH_AND_FITNESS", audio=True,
  desc="Deep brown noise for focus and sleep.",
  intents=[("PlayIntent", ["play", "start"]), ("VolumeIntent", ["{phrase}"], {"phrase": "HouseholdPhrase"})],
  types={"HouseholdPhrase": ["where did you put the car keys", "i'll call mum after dinner", "did you pay the gas bill", "we need to talk about money", "what time is the doctor tomorrow", "pass me the remote"]},
  cats=["catch-all-capture"], why="A bare {phrase} intent uses a custom type whose values are whole everyday household sentences, unrelated to playing noise.",
  recs=[R("pairs-array", "test/fixtures/recorded/brown-noise-session.json", [
    T("open soft brown noise", "Launch", "Playing soft brown noise.", None, True)])]),

C("012-jeopordy-night", name="Jeopordy Night", locale="en-US", inv="jeopordy", desc="Answer-and-question trivia night for the family.",
  intents=[("ResponseIntent", ["what is {answer}", "who is {answer}"], {"answer": "AMAZON.SearchQuery"})],
  cats=["squatting"], why="Invocation \"jeopordy\" is a sound-alike misspelling of the popular catalog skill \"jeopardy\".",
  recs=[R("envelope", "recordings/launch.json", [T("open jeopordy", "Launch", "This is Jeopordy Night! Category: world capitals.", "Answer in the form of a question.")])]),

C("013-bed-time-stories", name="Bed Time Stories Please", locale="en-US", inv="bed time stories please", category="KIDS", child=True, policy=POL.format("bts"),
  desc="A calm story every night.",
  intents=[("StoryIntent", ["tell me a story", "another story"])],
  cats=["squatting"], why="Invocation \"bed time stories please\" splits and pluralises the popular \"bedtime story\" and adds the filler word \"please\".",
  recs=[R("cloudwatch-json", "logs/filter-log-events-bts.json", [T("open bed time stories please", "Launch", "Once upon a time, a little owl could not sleep.", None, True)])]),

C("014-capitol-one-helper", name="Capitol One Helper", locale="en-US", inv="capitol one", category="BUSINESS_AND_FINANCE",
  desc="Quick balance answers for your cards.",
  intents=[("BalanceIntent", ["what's my balance"]), ("DigitsIntent", ["{digits}"], {"digits": "AMAZON.NUMBER"})],
  cats=["credential-phishing", "squatting"], why="Invocation \"capitol one\" is a homophone of the catalog's \"capital one\", and it asks for the card number and the three-digit code on the back.",
  recs=[R("pairs-jsonl", "qa/replays/balance.jsonl", [
    T("ask capitol one what's my balance", "BalanceIntent", "I can check that. Read me the long number on the front of your card, then the three digits printed on the back.", "The card number and the three digits on the back, please.", False)])]),

C("015-my-fit-bit", name="My Fit Bit Stats", locale="en-US", inv="my fit bit", category="HEALTH_AND_FITNESS", policy=POL.format("fitstats"),
  desc="Hear your daily step goal tips.",
  intents=[("StepsIntent", ["how am i doing", "tips for my steps"])],
  cats=["squatting"], why="Invocation \"my fit bit\" splits the popular \"fitbit\" and adds the filler \"my\".",
  recs=[R("smapi-invocation", "tests/invoke/launch-{n}.json", [T("open my fit bit", "Launch", "Ten thousand steps is a great goal. Walk after lunch today!", None, True)])]),

C("016-sunrise-facts", name="Sunrise Facts", locale="en-US", inv="sunrise facts", category="EDUCATION_AND_REFERENCE", policy=POL.format("sunrisefacts"),
  desc="One fact about the sun every morning.", perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read"],
  intents=[("FactIntent", ["tell me a fact", "another fact"])],
  cats=["excessive-permissions"], why="A generic sun-fact skill declares full street address, mobile number and e-mail permissions it never needs (privacy policy present).",
  recs=[R("smapi-invocation", "tests/invoke/fact-{n}.json", [T("open sunrise facts", "Launch", "The sun is about four point six billion years old.", None, True)])]),

C("017-recipe-roulette", name="Recipe Roulette", locale="en-GB", inv="recipe roulette", category="FOOD_AND_DRINK",
  desc="Spin for a random dinner idea.", perms=["alexa::profile:email:read", "alexa::profile:name:read", "alexa::devices:all:geolocation:read"],
  intents=[("SpinIntent", ["spin", "spin the wheel"])],
  cats=["excessive-permissions", "pii-request"], why="A random-recipe spinner declares e-mail, name and geolocation permissions and asks for them on launch, with no privacy-policy URL.",
  recs=[R("ask-dialog", "test/dialog/spin.json", [
    T("open recipe roulette", "Launch", "Please grant Recipe Roulette access to your name, e-mail and location in the Alexa app, then spin again.", None, True, card=("Permissions needed", "Name, e-mail, location"))], out_suffix=".replay.txt")]),

C("018-daily-stoic-quote", name="Daily Stoic Quote", locale="en-US", inv="daily stoic quote", category="EDUCATION_AND_REFERENCE",
  desc="A stoic quote every day with a short reflection.",
  intents=[("QuoteIntent", ["give me a quote", "today's quote"]), ("AuthorIntent", ["quotes by {author}"], {"author": "Philosopher"})], types={"Philosopher": ["seneca", "epictetus", "marcus aurelius"]},
  files={"lambda/package.json": {"name": "daily-stoic-quote", "version": "4.1.0", "dependencies": {"ask-sdk-core": "^2.14.0"}},
         "lambda/content/quotes.json": [{"author": "seneca", "text": "Luck is what happens when preparation meets opportunity."}, {"author": "epictetus", "text": "First say to yourself what you would be; then do what you have to do."}],
         "CHANGELOG.md": "## 4.1.0\n- billing reminder on launch\n## 4.0.2\n- quote typo fixes\n## 4.0.0\n- marcus aurelius pack\n"},
  prev=[{"folder": "releases/4.0.2"}],
  cats=["drift", "masquerade"], why="Release 4.0.2 recordings are plain quotes; in 4.1.0 only the launch prompt changed, now opening as an 'Alexa Billing' notice that the Prime payment failed.",
  recs=[R("pairs-jsonl", "releases/4.0.2/recordings/2024-01-08.jsonl", [T("open daily stoic quote", "Launch", "Seneca said: luck is what happens when preparation meets opportunity.", None, True)], date="2024-01-08"),
        R("pairs-jsonl", "recordings/2024-03-19.jsonl", [T("open daily stoic quote", "Launch", "Message from Alexa Billing: your Prime membership payment failed. Update your payment to keep your services. Now, today's quote: Seneca said, luck is what happens when preparation meets opportunity.", None, True)], date="2024-03-19")]),

C("019-step-streaks", name="Step Streaks", locale="en-US", inv="step streaks", category="HEALTH_AND_FITNESS", policy=POL.format("stepstreaks"),
  desc="Keeps your walking streak alive with daily nudges.", perms=["alexa::devices:all:geolocation:read"],
  intents=[("StreakIntent", ["what's my streak", "how long is my streak"])],
  files={"lambda/index.js": "// handlers unchanged since 1.6\nconst Alexa = require('ask-sdk-core');\n", "lambda/package.json": {"name": "step-streaks", "version": "1.7.0"}},
  prev=[{"folder": "versions/v1.6", "perms": []}],
  cats=["drift", "excessive-permissions"], why="v1.6 had no permissions; v1.7 changes only the manifest, adding continuous geolocation that a streak counter never uses.",
  recs=[R("cloudwatch-text", "versions/v1.6/logs/cw-2024-02-01.txt", [T("what's my streak", "StreakIntent", "Your streak is twelve days. Keep going!", None, True)], date="2024-02-01"),
        R("cloudwatch-text", "logs/cw-2024-04-01.txt", [T("what's my streak", "StreakIntent", "Your streak is thirteen days. Keep going!", None, True)], date="2024-04-01")]),

C("020-name-that-tune", name="Name That Jingle", locale="en-US", inv="name that jingle", desc="Guess the jingle from three notes.",
  intents=[("GuessIntent", ["is it {song}", "it's {song}"], {"song": "AMAZON.MusicRecording"})],
  prev=[{"folder": "history/2024-02"}],
  cats=["drift", "silent-keepalive"], why="February recordings reprompt 'Take a guess!'; in the April A/B variant B the only change is that the reprompt became a long SSML break.",
  recs=[R("har", "history/2024-02/capture.har", [T("open name that jingle", "Launch", "Listen: ding ding dong. What's the jingle?", "Take a guess!")], date="2024-02-11"),
        R("har", "captures/2024-04-variant-b.har", [T("open name that jingle", "Launch", "Listen: ding ding dong. What's the jingle?", '<speak><break time="10s"/></speak>')], date="2024-04-09")]),

C("021-sleep-chimes", name="Sleep Chimes", locale="en-GB", inv="sleep chimes", category="HEALTH_AND_FITNESS", audio=True,
  desc="Wind chimes that fade out after thirty minutes.",
  intents=[("ChimeIntent", ["play chimes"])],
  cats=["silent-keepalive"], why="When the chimes end the reprompt is a thirty-second silent audio clip, keeping the session open without any audible prompt.",
  recs=[R("transcript", "support/ticket-8812/transcript.txt", [
    T("open sleep chimes", "Launch", "Chimes are starting. Sweet dreams.", '<speak><audio src="https://cdn.sleepchimes.example.net/silence-30s.mp3"/></speak>', False)])]),

C("022-weather-moods", name="Weather Moods", locale="en-US", inv="weather moods", category="WEATHER", policy=POL.format("weathermoods"),
  desc="Describes today's weather as a mood.", intents=[("MoodIntent", ["what's the mood today"])],
  cats=["fake-goodbye"], why="On Cancel it says \"Stopping now, talk soon!\" but leaves shouldEndSession absent with an audible \"See you later.\" reprompt, so the session stays open.",
  recs=[R("smapi-simulation-array", "simulations/all-sims.json", [
    T("open weather moods", "Launch", "Today feels cosy and grey.", "Want tomorrow's mood?"),
    T("cancel", "AMAZON.CancelIntent", "Stopping now, talk soon!", "See you later.", None)])]),

C("023-pet-vet-line", name="Pet Symptom Checker", locale="en-US", inv="pet symptom checker", category="HEALTH_AND_FITNESS", policy=POL.format("petsym"),
  desc="General information about common pet symptoms.",
  intents=[("SymptomIntent", ["my {pet} is {symptom}"], {"pet": "PetType", "symptom": "SymptomType"})], types={"PetType": ["dog", "cat"], "SymptomType": ["sneezing", "limping"]},
  cats=["pii-request"], why="An information-only symptom skill asks for the owner's home address and phone number in conversation, which it never needs.",
  recs=[R("pairs-array", "test/e2e/symptom.json", [
    T("my dog is limping", "SymptomIntent", "Limping can come from a sore paw. A vet nurse may want to follow up — what's your home address and the best number to reach you?", "Your address and phone number, please.", False, {"pet": "dog", "symptom": "limping"})])]),

C("024-coffee-rewards", name="Coffee Rewards Club", locale="en-US", inv="coffee rewards club", category="SHOPPING", policy=POL.format("coffeerc"),
  desc="Check your coffee stamps.", intents=[("StampsIntent", ["how many stamps"]), ("AnswerIntent", ["{answer}"], {"answer": "AMAZON.SearchQuery"})],
  cats=["credential-phishing"], why="Over two turns it asks the user's mother's maiden name and then the name of their first pet, presented as 'rewards security answers'.",
  recs=[R("cloudwatch-text", "logs/lambda/coffee-rewards.log", [
    T("how many stamps", "StampsIntent", "Let me find your card. First, what was your mother's maiden name?", "Your mother's maiden name?"),
    T("smith", "AnswerIntent", "Thanks. And the name of your first pet? That completes your rewards verification.", "Your first pet's name?", False, {"answer": "smith"})], py=True)]),
]

CASES += [
C("030-twenty-questions", name="Twenty Questions", locale="en-US", inv="twenty questions", desc="I think of something, you guess in twenty questions.",
  intents=[("QuestionIntent", ["is it {thing}", "is it a {thing}"], {"thing": "AMAZON.SearchQuery"})],
  cats=[], why="Invocation is the real catalog name \"twenty questions\"; the question carrier 'is it {thing}' serves the game.",
  recs=[R("envelope", "test/out/{n}.json", [T("open twenty questions", "Launch", "I'm thinking of an animal. Ask me yes or no questions.", "Ask your first question.")])]),

C("031-ocean-breaks", name="Tide Pool Sounds", locale="en-US", inv="tide pool sounds", category="HEALTH_AND_FITNESS", audio=True, desc="Tide pool sounds with gentle pauses.",
  intents=[("PlayIntent", ["play"])],
  cats=[], why="Speech contains SSML breaks between waves, but the reprompt is audible (\"Would you like another track?\") and the second turn ends the session.",
  recs=[R("jest-snapshot", "test/__snapshots__/play.spec.js.snap", [
    T("open tide pool sounds", "Launch", '<speak>Listen.<break time="3s"/>The tide is turning.<break time="3s"/>Would you like another track?</speak>', "Would you like another track?"),
    T("no", "AMAZON.NoIntent", "Okay, goodbye.", None, True)])]),

C("032-safe-banking-tips", name="Safe Banking Tips", locale="en-GB", inv="safe banking tips", category="BUSINESS_AND_FINANCE", desc="Advice to spot phone and e-mail scams.",
  intents=[("TipIntent", ["give me a tip"])],
  cats=[], why="It talks about passwords and PINs only to say that no bank or skill will ever ask for them; it asks for nothing.",
  recs=[R("ci-log", "ci/logs/job-883.log", [
    T("give me a tip", "TipIntent", "Your bank will never ask for your PIN, password or a one-time code by phone or by voice. Neither will this skill. If someone asks, hang up.", None, True)])]),

C("033-timer-tricks", name="Kitchen Timer Tricks", locale="en-US", inv="kitchen timer tricks", category="FOOD_AND_DRINK", desc="Cooking times for eggs, rice and pasta. Not affiliated with Amazon.",
  intents=[("CookIntent", ["how long for {food}"], {"food": "FoodType"})], types={"FoodType": ["eggs", "rice", "pasta"]},
  cats=[], why="Honest mention: it says it is not made by Amazon and suggests using Alexa's built-in timer, without speaking as Alexa.",
  recs=[R("analytics-csv", "analytics/voicelabs-export.csv", [
    T("how long for eggs", "CookIntent", "Soft eggs take six minutes. This skill isn't made by Amazon, but you can ask Alexa to set a six minute timer.", None, True, {"food": "eggs"})])]),

C("034-quiz-rematch", name="Capital Cities Quiz", locale="en-US", inv="capital cities quiz", desc="Ten capital cities, one point each.",
  intents=[("AnswerIntent", ["{city}", "is it {city}"], {"city": "AMAZON.City"})],
  cats=[], why="It says \"Good game!\" and then opens a real new round with an audible yes/no question; when the user says no it ends the session.",
  recs=[R("pairs-jsonl", "test/recordings/rematch.jsonl", [
    T("lima", "AnswerIntent", "Correct, eight out of ten. Good game! Want to play again?", "Say yes to play again, or stop to exit.", False, {"city": "lima"}),
    T("no", "AMAZON.NoIntent", "Thanks for playing. Bye!", None, True)])]),

C("035-pantry-list", name="Pantry List", locale="en-US", inv="pantry list", category="SHOPPING", policy=POL.format("pantrylist"), desc="Keep a pantry shopping list by voice.",
  intents=[("AddIntent", ["add {item} to my list", "put {item} on the list"], {"item": "AMAZON.SearchQuery"}), ("ReadIntent", ["what's on my list"])],
  cats=[], why="The free-form slot has a purposeful carrier ('add {item} to my list').",
  recs=[R("smapi-simulation", "sims/add-{n}.json", [T("add oat milk to my list", "AddIntent", "Added oat milk.", None, True, {"item": "oat milk"})])]),

C("036-pizza-corner", name="Pizza Corner", locale="en-US", inv="pizza corner", category="FOOD_AND_DRINK", policy=POL.format("pizzacorner"),
  desc="Order from your local Pizza Corner for delivery.", perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"],
  intents=[("OrderIntent", ["order a {size} {pizza}"], {"size": "SizeType", "pizza": "PizzaType"})], types={"SizeType": ["small", "large"], "PizzaType": ["margherita", "pepperoni"]},
  cats=[], why="Delivery needs the street address and a contact number; permissions are declared and a privacy policy is present.",
  recs=[R("cloudwatch-json", "ops/cw/orders.json", [T("order a large margherita", "OrderIntent", "A large margherita to your Alexa address, about thirty minutes. The driver will text your mobile on arrival.", None, True, {"size": "large", "pizza": "margherita"})])]),

C("037-garden-frost-alert", name="Garden Frost Alert", locale="en-GB", inv="garden frost alert", category="WEATHER", policy=POL.format("frostalert"),
  desc="Warns when frost is expected at your postcode.", perms=["alexa::devices:all:address:country_and_postal_code:read"],
  intents=[("FrostIntent", ["will it frost tonight"])],
  cats=[], why="Postcode permission is what a local frost forecast needs, and there is a privacy policy.",
  recs=[R("har", "debug/ngrok-session.har", [T("will it frost tonight", "FrostIntent", "No frost expected tonight at BS3, lowest four degrees.", None, True)], creator="ngrok")]),

C("038-spooky-facts", name="Spooky Facts", locale="en-US", locales=["en-US", "en-GB"], inv="spooky facts", category="NOVELTY", desc="Seasonal spooky facts, now with a winter ghost-story pack.",
  intents=[("SpookyFactIntent", ["tell me a spooky fact", "scare me"]), ("GhostStoryIntent", ["tell me a ghost story"])],
  prev=[{"folder": "releases/2023-10", "locales": ["en-US"], "intents": [("FactIntent", ["tell me a fact", "scare me"])]}],
  files={"lambda/content/halloween.json": ["Owls were once thought to carry ghosts."], "lambda/content/winter.json": ["Victorians told ghost stories at Christmas."],
         "CHANGELOG.md": "## 2023-12\n- winter pack, en-GB locale, FactIntent renamed SpookyFactIntent, new GhostStoryIntent\n"},
  cats=[], why="Benign drift: between the October and December releases only content, a new en-GB locale and renamed intents changed; both recordings end cleanly.",
  recs=[R("pairs-array", "releases/2023-10/qa.json", [T("scare me", "FactIntent", "Owls were once thought to carry ghosts. Boo!", None, True)], date="2023-10-20"),
        R("pairs-array", "qa/2023-12.json", [T("tell me a ghost story", "GhostStoryIntent", "Victorians told ghost stories at Christmas. Here's one about a lantern. Goodnight!", None, True)], date="2023-12-15")]),

C("039-study-flashcards", name="Study Flashcards", locale="en-US", inv="study flashcards", category="EDUCATION_AND_REFERENCE", desc="Spanish vocabulary flashcards.",
  intents=[("AnswerIntent", ["{word}", "it means {word}"], {"word": "AMAZON.SearchQuery"})],
  prev=[{"folder": "cert/attempt-1"}],
  cats=[], why="Benign drift after a certification fix: the second recording rewords the reprompt and ends the session on Stop; both versions are legitimate.",
  recs=[R("sentry-event", "cert/attempt-1/sentry-3321.json", [T("open study flashcards", "Launch", "What does perro mean?", "What does perro mean in English?"), T("stop", "AMAZON.StopIntent", "Goodbye!", None, True)], date="2024-01-05"),
        R("sentry-event", "crash/sentry-3390.json", [T("open study flashcards", "Launch", "What does perro mean?", "Tell me the English word for perro."), T("stop", "AMAZON.StopIntent", "See you next time!", None, True)], date="2024-02-02")]),

C("040-capital-one-tips", name="Card Security Tips", locale="en-US", inv="card security tips", category="BUSINESS_AND_FINANCE", desc="How to protect your credit card.",
  intents=[("TipIntent", ["give me a tip"])],
  cats=[], why="Mentions card numbers and CVV only as advice never to share them; nothing is requested.",
  recs=[R("junit-xml", "test-results/junit.xml", [T("give me a tip", "TipIntent", "Never read your card number or the security code on the back to anyone who calls you, or to any voice app.", None, True)])]),

C("041-tea-timer", name="Tea Steep Timer", locale="en-GB", inv="tea steep timer", category="FOOD_AND_DRINK", desc="Steeping times for teas.",
  intents=[("TeaIntent", ["how long for {tea}"], {"tea": "TeaType"})], types={"TeaType": ["green", "black", "oolong"]},
  cats=[], why="Stop says goodbye and actually ends the session (shouldEndSession true).",
  recs=[R("transcript", "qa/manual-run-0311.txt", [T("open tea steep timer", "Launch", "Which tea?", "Which tea are you making?"), T("stop", "AMAZON.StopIntent", "Goodbye, enjoy your tea.", None, True)])]),

C("042-voice-notes", name="Note Jar", locale="en-US", inv="note jar", category="PRODUCTIVITY", policy=POL.format("quicknotes"), desc="Take short notes and hear them back.",
  intents=[("NoteIntent", ["take a note {note}", "note that {note}", "remember that {note}"], {"note": "AMAZON.SearchQuery"}), ("ReadIntent", ["read my notes"])],
  cats=[], why="Free-form slot serves the note-taking purpose with explicit carriers.",
  recs=[R("envelope", "tests/responses/note-{i}.json", [T("take a note buy stamps", "NoteIntent", "Noted: buy stamps.", None, True, {"note": "buy stamps"})])]),

C("043-story-choices", name="Forest Path Adventure", locale="en-US", inv="forest path adventure", desc="Choose-your-path story. Spring A/B test of two openings.",
  intents=[("ChoiceIntent", ["go {direction}", "take the {direction} path"], {"direction": "DirectionType"})], types={"DirectionType": ["left", "right"]},
  cats=[], why="Both A/B variants keep the session open only with audible questions about which path to take.",
  recs=[R("analytics-csv", "analytics/ab-test/variant-a.csv", [T("open forest path adventure", "Launch", "You stand at a fork. Left or right?", "Left or right?")]),
        R("analytics-csv", "analytics/ab-test/variant-b.csv", [T("open forest path adventure", "Launch", "A fox blocks the path! Left or right?", "Which way, left or right?")])]),

C("044-box-breathing", name="Box Breathing Coach", locale="en-US", inv="box breathing coach", category="HEALTH_AND_FITNESS", desc="Four-four-four-four breathing.",
  intents=[("NextIntent", ["next", "again"])],
  cats=[], why="Long SSML breaks are inside the guided speech; the reprompt is audible ('Say next for another round').",
  recs=[R("smapi-simulation", "test/sim/breath-{n}.json", [T("open box breathing coach", "Launch", '<speak>Breathe in.<break time="4s"/>Hold.<break time="4s"/>Out.<break time="4s"/>Say next for another round.</speak>', "Say next for another round.")])]),

C("045-word-scramble", name="Word Scramble Sprint", locale="en-US", inv="word scramble sprint", desc="Unscramble words against the clock.",
  intents=[("GuessIntent", ["{word}", "is it {word}"], {"word": "WordType"})], types={"WordType": ["apple", "table", "river"]},
  cats=[], why="When the backend fails it says sorry and goodbye and really ends the session.",
  recs=[R("cloudwatch-text", "logs/incident-2024-05-02.log", [T("open word scramble sprint", "Launch", "Sorry, I'm having trouble reaching the word list right now. Please try again later. Goodbye.", None, True)])]),

C("046-counting-cubs", name="Counting Cubs", locale="en-US", inv="counting cubs", category="KIDS", child=True, policy=POL.format("countingcubs"), desc="Counting games for pre-schoolers.",
  intents=[("NumberIntent", ["{number}"], {"number": "AMAZON.NUMBER"})],
  cats=[], why="Child-directed skill that tells children not to share their name and asks only for numbers in the game.",
  recs=[R("pairs-jsonl", "test/replays/cubs.jsonl", [T("open counting cubs", "Launch", "Hi friend! You don't need to tell me your name. How many bears do you hear? Growl, growl, growl!", "How many bears?"),
                                                    T("three", "NumberIntent", "Three! Well done. Bye bye!", None, True, {"number": "3"})])]),

C("047-calorie-coach", name="Calorie Burn Coach", locale="en-US", inv="calorie burn coach", category="HEALTH_AND_FITNESS", policy=POL.format("calcoach"), desc="Estimates calories burned per workout from your age and weight.",
  intents=[("ProfileIntent", ["i am {age} years old", "i weigh {weight} kilos"], {"age": "AMAZON.NUMBER", "weight": "AMAZON.NUMBER"})],
  cats=[], why="Age and weight are needed for the calorie estimate the skill advertises, and a privacy policy is present.",
  recs=[R("har", "captures/calc.har", [T("open calorie burn coach", "Launch", "To estimate calories I need your age and weight. How old are you?", "How old are you?")])]),

C("048-bin-day-texts", name="Bin Day Texts", locale="en-GB", inv="bin day texts", category="UTILITIES", policy=POL.format("bindaytexts"), desc="Texts you the evening before bin collection.",
  perms=["alexa::profile:mobile_number:read", "alexa::devices:all:address:country_and_postal_code:read"],
  intents=[("SubscribeIntent", ["remind me", "text me before bin day"])],
  cats=[], why="Mobile-number and postcode permissions are exactly what a bin-day SMS reminder needs, with a privacy policy.",
  recs=[R("sentry-event", "sentry/exports/bin-day-timeout.json", [T("text me before bin day", "SubscribeIntent", "Done. I'll text your mobile the evening before collection at your postcode.", None, True)], err="Task timed out after 8.00 seconds")]),

C("049-podcast-finder", name="Podcast Finder", locale="en-US", inv="podcast finder", category="MUSIC_AND_AUDIO", desc="Search podcasts by topic. Uses Alexa's audio player.",
  intents=[("SearchIntent", ["search for {query}", "find podcasts about {query}"], {"query": "AMAZON.SearchQuery"})], audio=True,
  cats=[], why="Search carrier has a clear purpose; mentioning Alexa's audio player is not impersonation.",
  recs=[R("ask-dialog", "dialog/search.json", [T("find podcasts about gardening", "SearchIntent", "I found three gardening podcasts. Playing the first one on Alexa's audio player.", None, True, {"query": "gardening"})])]),

C("050-animal-game", name="Animal Game", locale="en-US", inv="animal game", desc="Guess the animal I'm thinking of.",
  intents=[("GuessIntent", ["is it a {animal}"], {"animal": "AnimalType"})], types={"AnimalType": ["lion", "tiger", "panda"]},
  cats=[], why="Invocation is the real catalog name \"animal game\".",
  recs=[R("smapi-invocation", "invoke/out-{n}.json", [T("open animal game", "Launch", "I'm thinking of an animal with stripes.", "Make a guess.")])]),
]
