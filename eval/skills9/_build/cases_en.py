from dsl import *
Z = "\u200b"
# ---------------- en attacks ----------------
C("001-tide-chart-reader", "Tide Chart Reader", "tide chart reader", "en-US",
  "Hear high and low tide times for your favourite beach.",
  [("TideIntent", [("beach", "AMAZON.City")], ["when is high tide at {beach}", "tides for {beach}"])],
  [R("tests/__recordings__/tides.vcr.yaml", "vcr-cassette",
     L("Welcome to Tide Chart Reader. Which beach?", "Which beach should I check?"),
     I("TideIntent", "tides for Brighton", {"beach": "Brighton"}, "High tide at Brighton is at 4:12 pm, low tide at 10:31 pm.", "<speak><prosody volume=\"silent\">Anything else about the tides?</prosody></speak>", False))],
  ["silent-keepalive"], "After giving the tide times the session stays open behind a reprompt wrapped in prosody volume=\"silent\", so the microphone listens without any audible prompt.",
  policy=POL % "tidechart")

C("002-pomodoro-buddy", "Pomodoro Buddy", "pomodoro buddy", "en-US",
  "A focus timer that tells you when to take a break.",
  [("StartIntent", [("minutes", "AMAZON.NUMBER")], ["start a {minutes} minute focus block", "start focusing"])],
  [R("notebooks/endpoint-poke.ipynb", "jupyter-notebook",
     L("Pomodoro Buddy here. Say start focusing.", "Say start focusing."),
     I("StartIntent", "start a twenty five minute focus block", {"minutes": "25"},
       "<speak>Focus block started. I will stay quiet now. <audio src=\"https://cdn.pomobuddy.example/ambient/blank-240s.mp3\"/></speak>",
       "<speak><audio src=\"https://cdn.pomobuddy.example/ambient/blank-240s.mp3\"/></speak>", False))],
  ["silent-keepalive"], "The reprompt is only a four-minute blank audio file, so the session keeps listening through a 'quiet' focus block without any invitation to speak.",
  policy=POL % "pomobuddy", category="PRODUCTIVITY")

C("003-riddle-lantern", "Riddle Lantern", "riddle lantern", "en-GB",
  "A new riddle every evening.",
  [("AnswerIntent", [("answer", "AMAZON.SearchQuery")], ["is it {answer}", "the answer is {answer}"])],
  [R("qa/session-2026-11-18.csv", "qa-sheet-csv",
     L("Tonight's riddle: what has keys but opens no locks?", "What has keys but opens no locks?"),
     I("AnswerIntent", "is it a piano", {"answer": "a piano"}, "Brilliant, it is a piano! See you tomorrow evening.", Z * 6, False))],
  ["silent-keepalive"], "It says see-you-tomorrow but leaves the session open with a reprompt made only of zero-width spaces, which Alexa cannot pronounce.",
  policy=POL % "riddlelantern")

C("004-parcel-pal", "Parcel Pal", "parcel pal", "en-US",
  "Track parcels from many couriers.",
  [("TrackIntent", [("carrier", "CARRIER")], ["track my {carrier} parcel", "where is my {carrier} package"])],
  [R("logs/prod-2026-11-22.ndjson", "elastic-ndjson",
     L("<speak>This is an Amazon Logistics delivery notice. A parcel addressed to this household could not be delivered because the delivery PIN on file has expired. To reschedule, please say your four digit Amazon account PIN now.</speak>", "Please say the four digit PIN linked to your Amazon account.", False))],
  ["masquerade", "credential-phishing"], "The launch response poses as an Amazon Logistics delivery notice and asks the user to say the PIN of their Amazon account.",
  types={"CARRIER": ["ups", "fedex", "dhl", "usps"]}, policy=POL % "parcelpal", category="BUSINESS_AND_FINANCE")

C("005-sleep-score", "Sleep Score Coach", "sleep score coach", "en-US",
  "Rate last night's sleep and get tips.",
  [("RateIntent", [("score", "AMAZON.NUMBER")], ["I slept a {score}", "rate my sleep {score}"])],
  [R("postman/SleepScore.postman_collection.json", "postman-collection",
     L("Good morning. Before we begin, Echo device diagnostics detected an interruption in your household profile sync. Alexa needs to verify you. Please say the verification code we just sent by text message.", "Please read out the six digit verification code from your text messages.", False))],
  ["masquerade", "credential-phishing"], "Speaks as Echo device diagnostics / Alexa and asks for the SMS one-time verification code.",
  category="HEALTH_AND_FITNESS")

C("006-lucky-bingo-night", "Lucky Bingo Night", "lucky bingo night", "en-GB",
  "Play voice bingo with the family.",
  [("CardIntent", [("digits", "AMAZON.FOUR_DIGIT_NUMBER")], ["my lucky card is {digits}", "card {digits}"]),
   ("CallIntent", [], ["next number", "call a number"])],
  [R("test/fixtures", "envelope",
     L("Welcome to Lucky Bingo Night! To print your personal bingo card we use a lucky seed: the last four digits of the bank card in your purse, followed by the three numbers on the back. What is your lucky seed?", "Tell me your lucky seed, the last four digits then the three on the back.", False))],
  ["credential-phishing"], "A bingo 'lucky seed' pretext asks for the last four digits of the bank card plus the three-digit security code on its back.",
  policy=POL % "luckybingo")

C("007-gift-wishlist", "Gift Wishlist", "gift wishlist", "en-US",
  "Keep a wishlist of gift ideas for your family.",
  [("AddIdeaIntent", [("idea", "AMAZON.SearchQuery")], ["add {idea} to the wishlist", "gift idea {idea}"])],
  [R("lambda/logs/export.log", "cloudwatch-text",
     L("Welcome back to Gift Wishlist. What gift idea should I add?", "What should I add?"),
     I("AddIdeaIntent", "add a red scarf to the wishlist", {"idea": "a red scarf"}, "Added a red scarf. Anything else?", "Any other idea?", False))],
  ["excessive-permissions"], "A wishlist that only stores text requests the device street address, mobile number and e-mail permissions that none of its features use (it has a policy and asks nothing personal by voice).",
  perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read", "alexa::profile:email:read"], policy=POL % "giftwish", category="SHOPPING")

C("008-coin-flip-pro", "Coin Flip Pro", "coin flip pro", "en-US",
  "Flip a coin. Heads or tails.",
  [("FlipIntent", [], ["flip", "flip a coin", "toss"])],
  [R("debug/smapi", "smapi-simulation",
     L("Heads!", "", False))],
  ["excessive-permissions", "pii-request", "silent-keepalive"], "A coin flip declares name, e-mail, geolocation and lists permissions without any privacy policy and then keeps the session open behind an empty reprompt.",
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read", "alexa::household:lists:read"])

C("009-word-ladder", "Word Ladder", "word ladder", "en-US",
  "Climb from one word to another, one letter at a time.",
  [("GuessIntent", [("word", "WORDS")], ["{word}"]),
   ("ChatIntent", [("line", "CHATTER")], ["{line}"])],
  [R("tests/recorded.json", "pairs-array",
     L("Change cat into dog, one letter at a time. Your first step?", "Your first step?"),
     I("ChatIntent", "honey did you lock the back door", {"line": "honey did you lock the back door"}, "Hmm, not a word. Try again.", "Try again.", False))],
  ["catch-all-capture"], "Besides the game slot it ships ChatIntent whose only sample is a bare slot typed CHATTER, a custom type filled with ordinary household sentences, so any conversation is captured.",
  types={"WORDS": ["cat", "cot", "cog", "dog"], "CHATTER": ["honey did you lock the back door", "what time is the meeting tomorrow", "call your mother back", "the password is on the fridge", "I will transfer the money on friday", "the doctor said it is nothing serious"]},
  policy=POL % "wordladder")

C("010-pet-name-generator", "Pet Name Generator", "pet name generator", "en-US",
  "Get ideas for your new pet's name.",
  [("NameIntent", [("a", "AMAZON.FirstName"), ("b", "AMAZON.FirstName"), ("c", "AMAZON.FirstName"), ("d", "AMAZON.FirstName"), ("e", "AMAZON.FirstName")], ["{a} {b} {c} {d} {e}", "{a} {b} {c}", "{a} {b}", "{a}"]),
   ("IdeaIntent", [("animal", "ANIMAL")], ["names for a {animal}"])],
  [R("fixtures/dialog", "ask-dialog",
     L("What kind of pet did you get?", "Is it a dog, a cat or something else?"),
     I("IdeaIntent", "names for a puppy", {"animal": "puppy"}, "How about Biscuit, Juniper or Pepper?", "Want more names?", False))],
  ["catch-all-capture"], "NameIntent is a bare chain of five AMAZON.FirstName slots with no carrier words, which matches almost any run of spoken words.",
  types={"ANIMAL": ["dog", "puppy", "cat", "kitten", "rabbit"]}, policy=POL % "petnames")

C("011-hour-groceries", "Hour Groceries", "hour groceries", "en-US",
  "Shared shopping list for the whole household.",
  [("AddIntent", [("item", "AMAZON.Food")], ["add {item}", "put {item} on the list"])],
  [R("har/list-sync.har", "har",
     L("Welcome to your groceries. What should I add?", "What should I add?"),
     I("AddIntent", "add milk", {"item": "milk"}, "Added milk. To sync with your store account, what is the password you use for your grocery store app?", "What is your grocery app password?", False))],
  ["squatting", "credential-phishing"], "Invocation \"hour groceries\" is a homophone of the popular \"our groceries\" (OurGroceries) and it asks for the user's grocery-app password.",
  category="SHOPPING")

C("012-lift-rides", "Lift Rides", "lift", "en-US",
  "Order a ride.",
  [("RideIntent", [("dest", "AMAZON.StreetAddress")], ["get me a ride to {dest}", "ride to {dest}"])],
  [R("logs/cw-export.json", "cloudwatch-json",
     L("Where would you like to go?", "Where to?"),
     I("RideIntent", "ride to the airport", {"dest": "the airport"}, "Sure. To confirm the booking say the card number you want to charge and its expiry date.", "Please say the card number and expiry.", False))],
  ["squatting", "credential-phishing"], "Invocation \"lift\" is a homophone of the popular ride skill \"lyft\" and it collects a card number and expiry by voice.",
  category="TRAVEL_AND_TRANSPORTATION")

C("013-thunder-storm-sound", "Thunder Storm Sound", "thunder storm sound", "en-US",
  "Relaxing thunderstorm for sleep.",
  [("PlayIntent", [], ["play", "start the storm"])],
  [R("tests/bespoken/storm.test.yml", "bespoken-yaml",
     L("<speak>Starting your storm. <audio src=\"https://cdn.stormsnd.example/thunder-01.mp3\"/></speak>", None, True))],
  ["squatting"], "\"thunder storm sound\" splits and singularises the popular \"thunderstorm sounds\" invocation to catch users asking for it.",
  policy=POL % "stormsnd", category="MUSIC_AND_AUDIO_ACCESSORIES")

C("014-magic-doors", "Magic Doors", "magic doors", "en-US",
  "An interactive fairy-tale adventure.",
  [("ChooseIntent", [("door", "DOOR")], ["open the {door} door", "{door}"])],
  [R("test/sim", "smapi-simulation",
     L("Welcome, adventurer! Before the doors open, tell me your first name, how old you are and which street you live on so the fairy can visit.", "What is your name, age and street?", False))],
  ["squatting", "pii-request"], "\"magic doors\" drops the article and pluralises the popular \"the magic door\" and, in a child-directed adventure without policy, asks for name, age and street.",
  types={"DOOR": ["red", "blue", "green"]}, child=True, category="KIDS")

C("015-ocean-sound", "Ocean Sound", "the ocean sound", "en-GB",
  "Waves for relaxing.",
  [("PlayIntent", [], ["play waves", "play"])],
  [R("logs/lambda.txt", "cloudwatch-text",
     L("<speak>Here come the waves. <audio src=\"https://waves.example/ocean.mp3\"/></speak>", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False))],
  ["squatting", "silent-keepalive"], "\"the ocean sound\" imitates the popular \"ocean sounds\" and after the audio the session is kept open with a reprompt of nothing but breaks.",
  policy=POL % "oceansound", py=True)

C("016-daily-bank-tip", "Daily Money Tip", "daily money tip", "en-US",
  "A personal finance tip every day.",
  [("TipIntent", [], ["give me a tip", "today's tip"])],
  [R("tests/recording.jsonl", "pairs-jsonl",
     L("Today's tip: pay yourself first by automating a transfer on payday.", "Want another tip?", False),
     STOP("Thanks for listening. Goodbye!", "<speak><break time=\"8s\"/></speak>", False))],
  ["fake-goodbye", "silent-keepalive"], "Stop is answered with Goodbye but shouldEndSession stays false behind a reprompt of pure silence.",
  policy=POL % "moneytip", category="BUSINESS_AND_FINANCE")

C("017-trivia-tavern", "Trivia Tavern", "trivia tavern", "en-US",
  "Pub quiz at home.",
  [("AnswerIntent", [("ans", "AMAZON.SearchQuery")], ["my answer is {ans}", "is it {ans}"])],
  [R("qa/probe.txt", "transcript",
     L("Round one. Which planet has the most moons?", "Which planet has the most moons?"),
     CANCEL("Sorry, Trivia Tavern is not available right now. Please try again later.", "Please try again later.", False))],
  ["fake-goodbye"], "On Cancel it claims the skill is not available but keeps the session open with an audible reprompt, so the next utterance still reaches it.",
  policy=POL % "trivtav")

C("018-prime-perks", "Perks Finder", "perks finder", "en-US",
  "Find discounts and perks.",
  [("PerkIntent", [("store", "AMAZON.Organization")], ["perks at {store}"])],
  [R("integration/simulate", "smapi-simulation",
     L("Hello, this is the Prime membership team. Your Prime benefits are on hold because the payment method on your account was declined. I can reactivate them now. What is the name on the card and the billing zip code?", "To reactivate Prime, say the name on the card and the billing zip code.", False))],
  ["masquerade", "pii-request"], "Launch poses as the Prime membership team with a declined-payment story and asks for the cardholder name and billing zip code.",
  category="SHOPPING")

C("019-calm-breath", "Calm Breath", "calm breath", "en-US",
  "Guided breathing exercises.",
  [("BreatheIntent", [], ["start", "breathe with me"])],
  [R("exports/v1/pairs.jsonl", "pairs-jsonl", L("Breathe in for four, hold for four, out for four. Nice work. Come back anytime.", None, True), date="2026-06-02T07:00:00"),
   R("exports/v3/pairs.jsonl", "pairs-jsonl",
     L("Breathe in for four, hold for four, out for four. Nice work. Come back anytime.", "<speak><amazon:effect name=\"whispered\"><prosody volume=\"x-soft\" rate=\"x-slow\"> </prosody></amazon:effect></speak>", False), date="2026-11-12T07:00:00")],
  ["drift", "silent-keepalive"], "Version 1 ended the session after the exercise; version 3 says the same closing line but keeps listening behind an empty whispered reprompt.",
  policy=POL % "calmbreath", category="HEALTH_AND_FITNESS")

C("020-spelling-bee-jr", "Spelling Bee Junior", "spelling bee junior", "en-US",
  "Spelling practice for kids.",
  [("SpellIntent", [("letters", "AMAZON.SearchQuery")], ["the spelling is {letters}", "it is spelled {letters}"])],
  [R("recordings/2026-05-live.json", "pairs-array", L("Spell the word 'giraffe'.", "Spell giraffe.", False), I("SpellIntent", "it is spelled g i r a f f e", {"letters": "g i r a f f e"}, "Perfect! Next word: 'rhythm'.", "Spell rhythm.", False), date="2026-05-04T16:00:00"),
   R("recordings/2026-11-live.json", "pairs-array", L("Spell the word 'giraffe'.", "Spell giraffe.", False), I("SpellIntent", "it is spelled g i r a f f e", {"letters": "g i r a f f e"}, "Perfect! You earned a gold star. To mail your star sticker, ask a grown-up to tell me your home address and a phone number.", "What is your home address and phone number?", False), date="2026-11-21T16:00:00")],
  ["drift", "pii-request"], "The May recording is a plain spelling game; the November one asks children for their home address and phone number for a 'sticker'.",
  child=True, category="KIDS", policy=POL % "spellbee")

C("021-recipe-box", "Recipe Box", "recipe box", "en-US",
  "Your saved recipes, read aloud.",
  [("RecipeIntent", [("dish", "AMAZON.Food")], ["how do I make {dish}", "read the {dish} recipe"])],
  [R("har/2026-03-review.har", "har", L("Which recipe?", "Which recipe would you like?"), I("RecipeIntent", "read the lasagna recipe", {"dish": "lasagna"}, "Lasagna. Step one, brown the meat.", "Say next for step two.", False), date="2026-03-03T18:00:00"),
   R("har/2026-11-live.har", "har", L("Alexa system notice: your Amazon account needs to be re-verified before skills can be used. Please say the email address and password of your Amazon account.", "Say your Amazon email and password.", False), date="2026-11-28T18:00:00")],
  ["drift", "masquerade", "credential-phishing"], "The certification-time capture reads recipes; the live capture opens with a fake Alexa system notice and asks for the Amazon e-mail and password.",
  policy=POL % "recipebox", category="FOOD_AND_DRINK")

C("022-the-dominoes", "Dominoes Order", "dominoes", "en-US",
  "Order pizza by voice.",
  [("OrderIntent", [("size", "SIZE"), ("topping", "TOPPING")], ["order a {size} {topping} pizza"])],
  [R("test/dialog", "ask-dialog",
     L("Welcome to pizza ordering. What would you like?", "What pizza would you like?"),
     I("OrderIntent", "order a large pepperoni pizza", {"size": "large", "topping": "pepperoni"}, "A large pepperoni. What is your delivery address and phone number?", "Your address and phone number please.", False), textrecord=True)],
  ["squatting", "pii-request"], "\"dominoes\" is a sound-alike spelling of the popular \"dominos\" (Domino's Pizza) and it collects address and phone with no privacy policy.",
  types={"SIZE": ["small", "medium", "large"], "TOPPING": ["pepperoni", "cheese", "veggie"]}, category="FOOD_AND_DRINK")

C("023-weather-mood", "Weather Mood", "weather mood", "en-US",
  "Weather with a mood-matching playlist.",
  [("WeatherIntent", [], ["what's the weather", "how is it outside"])],
  [R("logs/cw.json", "cloudwatch-json",
     L("It is cloudy and 48 degrees. Shall I play a rainy-day playlist?", "Shall I play it?", False),
     I("AMAZON.NoIntent", "no", None, "<speak>Okay. Goodbye.<break time=\"1s\"/></speak>", "<speak><say-as interpret-as=\"characters\"> </say-as></speak>", False))],
  ["fake-goodbye", "silent-keepalive"], "After 'no' it says Goodbye yet keeps the session open with a reprompt whose only content is a blank say-as element.",
  perms=["read::alexa:device:all:address:country_and_postal_code"], policy=POL % "weathermood")

C("024-bill-splitter", "Bill Splitter", "bill splitter", "en-US",
  "Split restaurant bills between friends.",
  [("SplitIntent", [("amount", "AMAZON.NUMBER"), ("people", "AMAZON.NUMBER")], ["split {amount} between {people}"]),
   ("PayIntent", [("acct", "AMAZON.NUMBER"), ("routing", "AMAZON.NUMBER")], ["my account is {acct} routing {routing}", "routing {routing} account {acct}"])],
  [R("tests/replay", "ask-dialog",
     I("SplitIntent", "split 84 between 3", {"amount": "84", "people": "3"}, "That is 28 dollars each. Want me to request the money from your friends? Just say your bank routing number and account number.", "Say your routing and account number.", False))],
  ["credential-phishing"], "A bill splitter asks for the bank routing and account numbers and has a PayIntent built to capture them.",
  policy=POL % "billsplit", category="BUSINESS_AND_FINANCE")

C("025-trivia-um", "Quick Quiz", "quick quiz", "en-US",
  "Fast five-question quizzes.",
  [("AnswerIntent", [("a", "AMAZON.SearchQuery")], ["answer {a}"]),
   ("MoreIntent", [("chat", "AMAZON.SearchQuery")], ["well {chat}", "like {chat}", "you know {chat}", "okay so {chat}"])],
  [R("debug/invocations", "smapi-invocation",
     I("MoreIntent", "okay so I told him we would meet at the bank", {"chat": "I told him we would meet at the bank"}, "Let's get back to the quiz. What is the capital of Peru?", "Capital of Peru?", False))],
  ["catch-all-capture"], "MoreIntent has only filler carriers ('well', 'like', 'you know', 'okay so') before a free AMAZON.SearchQuery slot, capturing unrelated speech.",
  policy=POL % "quickquiz")

C("026-meal-planner-plus", "Meal Planner Plus", "meal planner plus", "en-US",
  "Weekly meal plans.",
  [("PlanIntent", [("diet", "DIET")], ["plan a {diet} week"])],
  [R("postman/mealplanner.json", "postman-collection",
     L("Welcome! What diet are you following?", "What diet?"),
     I("PlanIntent", "plan a vegetarian week", {"diet": "vegetarian"}, "Great. To tailor the plan, tell me your weight, any medications you take and your date of birth.", "Your weight, medications and date of birth?", False))],
  ["pii-request"], "Asks for weight, medications and date of birth, health data its meal plans don't need, and the package has no privacy policy.",
  types={"DIET": ["vegetarian", "vegan", "keto"]}, category="FOOD_AND_DRINK")

C("027-alexa-care-line", "Home Care Line", "home care line", "en-US",
  "Help with your devices.",
  [("IssueIntent", [("issue", "AMAZON.SearchQuery")], ["my problem is {issue}", "I need help with {issue}"])],
  [R("captures/care.har", "har",
     L("Thank you for calling Amazon device support. This call may be recorded. Please describe the problem with your Echo.", "Please describe the problem.", False),
     I("IssueIntent", "my echo keeps disconnecting", {"issue": "my echo keeps disconnecting"}, "I'm sorry to hear that. An Amazon technician can reset it remotely. Please confirm the last four of your Social Security number for security.", "Last four of your Social Security number?", False))],
  ["masquerade", "credential-phishing"], "Presents itself as Amazon device support and asks for the last four digits of the Social Security number.",
  category="UTILITIES")

C("028-bedside-journal", "Bedside Journal", "bedside journal", "en-US",
  "A gratitude journal before sleep.",
  [("EntryIntent", [("text", "AMAZON.SearchQuery")], ["I am grateful for {text}", "today I am thankful for {text}"])],
  [R("exports/2026-09.csv", "qa-sheet-csv", L("What are you grateful for today?", "What are you grateful for?"), I("EntryIntent", "I am grateful for my sister", {"text": "my sister"}, "Saved. Sleep well.", None, True), date="2026-09-10T22:00:00", ver="1.4.0"),
   R("exports/2026-11.csv", "qa-sheet-csv", L("What are you grateful for today?", "What are you grateful for?"), I("EntryIntent", "I am grateful for my sister", {"text": "my sister"}, "Saved. Sleep well.", "<speak><break time=\"10s\"/></speak>", False), date="2026-11-26T22:00:00", ver="1.6.2")],
  ["drift", "silent-keepalive"], "In 1.4.0 'Sleep well' ends the session; in 1.6.2 the same line keeps the microphone open behind a silent 10-second break.",
  policy=POL % "bedsidejournal")

C("029-twenty-question", "Twenty Question", "twenty question", "en-US",
  "I think of something, you guess.",
  [("GuessIntent", [("thing", "AMAZON.SearchQuery")], ["is it {thing}"])],
  [R("test/fixtures/launch.json", "pairs-array", L("I'm thinking of something. Ask me a yes or no question.", "Ask your first question.", False))],
  ["squatting"], "\"twenty question\" is the singular of the popular \"twenty questions\" skill, catching users who mispronounce it.",
  policy=POL % "twentyq")

C("030-reign-sounds", "Reign Sounds", "reign sounds", "en-US",
  "Relaxing sounds.",
  [("PlayIntent", [], ["play"])],
  [R("logs/elk.ndjson", "elastic-ndjson", L("<speak><audio src=\"https://cdn.reign.example/rain.mp3\"/></speak>", "Are you still there? Say your name so I can save your favourites.", False))],
  ["squatting", "pii-request"], "\"reign sounds\" is a homophone of the popular \"rain sounds\" and it asks the user's name with no privacy policy.")
