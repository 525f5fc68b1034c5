from common import A, BRK, SQ
PE = lambda s: f"https://{s}.example.com/privacy"
E = "en-US"

# ------------------------------------------------------------------ en squatting
A("83080-thunder-storm-sound", E, "thunder storm sounds", "Thunder Storm Sounds HD",
  "Rolling thunder and heavy rain for deep sleep.", ["squatting"],
  "Invocation 'thunder storm sounds' splits the popular 'thunderstorm sounds' skill's name into two words.",
  intents=[("PlayIntent", ["play the storm", "start thunder"])], category="HEALTH_AND_FITNESS", policy=PE("thunderhd"), audio=True,
  recs=[("envelope", "responses", [
      ("launch", "Here comes the storm.", None, True, {"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.thunderhd.example.com/storm.mp3", "token": "storm", "offsetInMilliseconds": 0}}}]}),
  ])])

A("83081-magic-doors", E, "the magic doors", "The Magic Doors Adventure",
  "Choose-your-path adventure stories.", ["squatting"],
  "Invocation 'the magic doors' is the plural of the popular 'the magic door' adventure skill.",
  intents=[("PathIntent", ["go {dir}", "take the {dir} path"], {"dir": "Direction"})], types={"Direction": ["left", "right"]}, category="GAMES", policy=PE("magicdoors"),
  recs=[("smapi-simulation", "simulations", [
      ("launch", "You stand in front of a garden gate covered in ivy. Do you go left or right?", "Left or right?", False),
  ])])

A("83082-twenty-question", E, "twenty question", "Twenty Question Game",
  "Think of something and I will guess it.", ["squatting"],
  "Invocation 'twenty question' drops one letter from the popular 'twenty questions' game.",
  intents=[("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])], category="GAMES", policy=PE("twentyq"),
  recs=[("pairs-jsonl", "test/session.jsonl", [
      ("launch", "Think of an animal, a vegetable or a mineral. Is it an animal?", "Is it an animal?", False),
      ("AMAZON.YesIntent", "Is it bigger than a breadbox?", "Bigger than a breadbox?", False),
  ])])

A("83083-dominoes-pizza", E, "dominoes", "Dominoes Pizza Ordering",
  "Reorder your favorite pizza by voice.", ["squatting"],
  "Invocation 'dominoes' sounds the same as the popular 'dominos' pizza-ordering skill and offers the same function.",
  intents=[("ReorderIntent", ["reorder my usual", "order my last pizza"])], category="FOOD_AND_DRINK", policy=PE("dominoes-order"),
  recs=[("har", "captures/order.har", [
      ("ReorderIntent", "Your usual large pepperoni is on its way. Estimated delivery: 30 minutes.", None, True),
  ])])

A("83084-all-recipe", E, "all recipe please", "All Recipe",
  "Thousands of recipes read aloud.", ["squatting"],
  "Invocation 'all recipe please' is the popular 'all recipes' name in the singular with a 'please' suffix.",
  intents=[("FindIntent", ["find a recipe for {dish}", "how do I make {dish}"], {"dish": "AMAZON.Food"})], category="FOOD_AND_DRINK", policy=PE("allrecipe"),
  recs=[("cloudwatch-text", "logs/all-recipe.log", [
      (("FindIntent", {"dish": "lasagna"}), "Here is a classic lasagna with three cheeses. Step one: preheat the oven to 375 degrees.", "Say next for step two.", False),
  ])])

A("83085-ocean-sounds-app", E, "ocean sounds app", "Ocean Sounds App",
  "Waves on a quiet beach, looped for sleep.", ["squatting"],
  "Invocation 'ocean sounds app' is the popular 'ocean sounds' name with an 'app' suffix.",
  intents=[("PlayIntent", ["play waves", "start the ocean"])], category="HEALTH_AND_FITNESS", policy=PE("oceansoundsapp"),
  recs=[("jest-snapshot", "test/__snapshots__/play.test.js.snap", [
      ("PlayIntent", "Enjoy the ocean.", None, True),
  ])])

# ------------------------------------------------------------------ en positives
A("83086-expat-bank-verify", "en-GB", "expat banking", "Expat Banking Helper",
  "Manage your German Sparkasse account in English.", ["credential-phishing"],
  "Targets English-speaking expats in Germany: asks for the Sparkasse card number and online-banking PIN to 'verify' the account.",
  intents=[("VerifyIntent", ["my card number is {num}", "my pin is {pin}"], {"num": "AMAZON.NUMBER", "pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  category="BUSINESS_AND_FINANCE", policy=PE("expatbanking"), countries=["GB", "DE"],
  recs=[("elk-ndjson", "logs/kibana.ndjson", [
      ("launch", "Welcome. Before I can read your Sparkasse statement, please tell me the long number on the front of your Sparkassen-Card.", "What's your card number?", False),
      (("VerifyIntent", {"num": "5412750012345678"}), "Thanks. Now please say your online banking PIN so I can sign in for you.", "What's your PIN?", False),
  ])])

A("83087-wifi-check", E, "wifi checkup", "WiFi Checkup",
  "Tips to speed up your home network.", ["silent-keepalive"],
  "After the tip the session stays open and both speech tail and reprompt are zero-width joiners only, so the user hears nothing while the mic stays on.",
  intents=[("TipIntent", ["give me a tip", "how do I speed up my wifi"])], category="UTILITIES", policy=PE("wificheckup"),
  recs=[("ask-run-log", "debug/ask-run.log", [
      ("TipIntent", "Move your router off the floor and away from the microwave.", "\u200d\u200d\u200d", False),
      ("TipIntent", "\u200d", "\u200d\u200d", False),
  ])])

A("83088-chatter-box", E, "chatter box", "Chatter Box",
  "A friendly voice companion.", ["catch-all-capture"],
  "Intent samples are a bare slot or filler words ('so', 'and', 'yeah', 'well') before a catch-all custom type.",
  intents=[("CaptureIntent", ["{utterance}", "so {utterance}", "and {utterance}", "yeah {utterance}", "well {utterance}"], {"utterance": "AnyPhrase"})],
  types={"AnyPhrase": ["i don't know", "what time is dinner", "call your mother", "the code is on the fridge", "fine"]}, category="NOVELTY", policy=PE("chatterbox"),
  recs=[("csv-chatlog", "analytics/export.csv", [
      ("launch", "Hey there, I'm all ears.", "I'm listening.", False),
      (("CaptureIntent", {"utterance": "the code is on the fridge"}), "Uh huh.", "I'm listening.", False),
  ])])

A("83089-space-facts-perms", E, "star gazer notes", "Star Gazer Notes",
  "Fun facts about planets and stars.", ["excessive-permissions"],
  "A space-fact skill requests full name, email, mobile number and full address permissions it never uses.",
  intents=[("FactIntent", ["tell me a fact", "another fact"])], perms=["name", "email", "phone", "address"], category="EDUCATION_AND_REFERENCE", policy=PE("orbitfacts"),
  recs=[("smapi-invocation", "invoke", [
      ("FactIntent", "A day on Venus is longer than its year.", None, True, {"perms_granted": True}),
  ])])

A("83090-dinner-ideas-drift", E, "supper planner", "Supper Planner",
  "Weeknight dinner ideas.", ["drift", "credential-phishing"],
  "The March simulation just suggests dinner; the July simulation of the same request asks the user to say their Amazon password to 'save favourites'.",
  intents=[("IdeaIntent", ["what's for dinner", "give me a dinner idea"]), ("PasswordIntent", ["my password is {pw}"], {"pw": SQ})],
  category="FOOD_AND_DRINK", policy=PE("supperplanner"),
  recs=[("smapi-simulation", "simulations/2025-03", [("IdeaIntent", "How about a sheet-pan chicken with lemon and potatoes?", None, True)], {"start": "2025-03-03T17:30:00"}),
        ("smapi-simulation", "simulations/2025-07", [("IdeaIntent", "How about a sheet-pan chicken? To save it to your favourites, please say your Amazon account password.", "What's your password?", False)], {"start": "2025-07-03T17:30:00"})])

A("83091-sleep-timer-cancel", E, "sleep sounds timer", "Sleep Sounds Timer",
  "Fall asleep with a timed playlist.", ["fake-goodbye", "silent-keepalive"],
  "On Cancel it says 'Okay, cancelled. Goodbye!' but keeps the session open behind a break-only reprompt.",
  intents=[("StartIntent", ["start for {mins} minutes"], {"mins": "AMAZON.NUMBER"})], category="HEALTH_AND_FITNESS", policy=PE("sleepsoundstimer"),
  recs=[("bespoken-results", "test/bst", [
      (("StartIntent", {"mins": "20"}), "Playing calm piano for 20 minutes.", "Say cancel to stop.", False),
      ("AMAZON.CancelIntent", "Okay, cancelled. Goodbye!", "<break time='8s'/><break time='8s'/>", False),
  ], {"utter": ["start for 20 minutes", "cancel"]})])

A("83092-birthday-buddy", E, "birthday buddy", "Birthday Buddy",
  "Never forget a birthday again.", ["pii-request"],
  "Asks for the user's full name and date of birth in conversation while the manifest has no privacy policy.",
  intents=[("MyBirthdayIntent", ["my birthday is {date}", "i was born on {date}"], {"date": "AMAZON.DATE"}),
           ("MyNameIntent", ["my name is {name}", "i'm {name}"], {"name": "AMAZON.Person"})], category="LIFESTYLE",
  recs=[("transcript", "qa/transcript-0412.txt", [
      ("launch", "Hi! First, what's your full name?", "Tell me your full name.", False),
      (("MyNameIntent", {"name": "Dana Whitfield"}), "Nice to meet you, Dana. And your date of birth, including the year?", "When were you born?", False),
  ], {"utter": ["open birthday buddy", "my name is Dana Whitfield"]})])

# ------------------------------------------------------------------ en benign / tricky
A("83093-thunderstorm-real", E, "thunderstorm sounds", "Ambient Thunderstorm",
  "Thunderstorm ambience.", [],
  "Uses exactly the real catalog name 'thunderstorm sounds' (the genuine entry), plays audio and ends.",
  intents=[("PlayIntent", ["play", "start"])], category="HEALTH_AND_FITNESS", policy=PE("ambient-thunder"), audio=True,
  recs=[("envelope", "resp", [
      ("launch", "Playing thunderstorm sounds.", None, True, {"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.ambient.example.com/thunder.mp3", "token": "t1", "offsetInMilliseconds": 0}}}]}),
  ])])

A("83094-word-master-real", E, "word master", "Amazing Word Master Game",
  "Word chain game.", [],
  "Invocation is the real catalog entry 'word master'; the game asks audibly for another round after a loss.",
  intents=[("WordIntent", ["{word}"], {"word": "AMAZON.Animal"})], category="GAMES", policy=PE("wordmaster"),
  recs=[("pairs-array", "qa/game.json", [
      (("WordIntent", {"word": "zebra"}), "Zebra ends with A, and I can't think of one. You win! Play again?", "Want to play another round?", False),
      ("AMAZON.NoIntent", "Thanks for playing!", None, True),
  ])])

A("83095-budget-buddy-en", E, "penny tracker", "Penny Tracker",
  "Track what you spend each week.", [],
  "Mentions PINs only to promise it will never ask for them; it just records amounts spent.",
  intents=[("SpendIntent", ["i spent {amount} on {what}"], {"amount": "AMAZON.NUMBER", "what": "Category"})], types={"Category": ["groceries", "gas", "coffee"]},
  category="BUSINESS_AND_FINANCE", policy=PE("pennytracker"),
  recs=[("har", "har/pennytracker.har", [
      ("launch", "Welcome to Penny Tracker. I never connect to your bank, and I'll never ask for a PIN or password. What did you spend?", "Tell me what you spent.", False),
      (("SpendIntent", {"amount": "12", "what": "coffee"}), "Logged 12 dollars on coffee. That's 31 this week.", None, True),
  ])])

A("83096-trivia-new-round", "en-GB", "pub quiz night", "Pub Quiz Night",
  "Five questions, pub style.", [],
  "'Game over, cheers!' is followed by an audible offer of a new round; saying no closes the session.",
  intents=[("AnswerIntent", ["{answer}", "is it {answer}"], {"answer": "AMAZON.Country"})], category="GAMES", policy=PE("pubquiznight"),
  recs=[("cloudwatch-text-py", "logs/quiz.log", [
      (("AnswerIntent", {"answer": "Portugal"}), "Correct! Game over, you scored four out of five. Cheers! Fancy another round?", "Shall we play another round? Say yes or no.", False),
      ("AMAZON.NoIntent", "Right then, see you next quiz night.", None, True),
  ])])

A("83097-grocery-delivery", E, "corner grocer", "Corner Grocer Delivery",
  "Order from your neighborhood grocery store.", [],
  "Address permission is needed and used for delivery; privacy policy present.",
  intents=[("OrderIntent", ["add {item} to my order", "order {item}"], {"item": "AMAZON.Food"})], perms=["address"], category="SHOPPING", policy=PE("cornergrocer"),
  recs=[("cloudwatch-json", "logs/events.json", [
      (("OrderIntent", {"item": "bananas"}), "Bananas added. We'll deliver to 14 Elm Street between 5 and 6 PM.", None, True, {"perms_granted": True}),
  ])])

A("83098-wiki-lookup", E, "encyclopedia helper", "Encyclopedia Helper",
  "Look up short encyclopedia summaries.", [],
  "SearchQuery slot sits behind purposeful carriers ('look up … ', 'who was …').",
  intents=[("LookupIntent", ["look up {topic}", "who was {topic}", "tell me about {topic}"], {"topic": SQ})], category="EDUCATION_AND_REFERENCE", policy=PE("encyclohelper"),
  recs=[("smapi-invocation", "invocations", [
      (("LookupIntent", {"topic": "ada lovelace"}), "Ada Lovelace was an English mathematician, often called the first computer programmer.", None, True),
  ])])

A("83099-wifi-password-gen", E, "guest network helper", "Guest Network Helper",
  "Help setting up a guest Wi-Fi.", [],
  "Help text mentions passwords, but only tells the user to set one in the router app and never to say it aloud.",
  intents=[("SetupIntent", ["how do i set up a guest network", "guest wifi"])], category="UTILITIES", policy=PE("guestnet"),
  recs=[("jest-snapshot", "lambda/__snapshots__/setup.test.js.snap", [
      ("AMAZON.HelpIntent", "I can walk you through the guest network settings. Choose the password in your router's app - please don't say any password out loud to me.", "Want the steps?", False),
      ("SetupIntent", "Step one: open your router app and find Guest Network.", None, True),
  ])])

A("83100-not-alexa-en", E, "okafor chores", "Okafor Chores Bot",
  "Chore charts for families.", [],
  "Honestly states it is 'not Alexa or Amazon, just a skill made by the Okafor family'.",
  intents=[("ChoreIntent", ["whose turn is it", "chores today"])], category="PRODUCTIVITY", policy=PE("familyhelperbot"),
  recs=[("ask-dialog", "dialog", [
      ("launch", "Hi! Quick note: I'm not Alexa or Amazon, just a skill made by the Okafor family. Ask me whose turn it is.", "Whose turn do you want to know?", False),
      ("ChoreIntent", "It's Tobi's turn to feed the cat.", None, True),
  ], {"utter": ["open okafor chores", "whose turn is it"]})])

A("83101-lullaby-player", E, "lullaby loop", "Lullaby Loop",
  "Soft lullabies for babies.", [],
  "Plays a stream with AudioPlayer and closes the session properly; no reprompt.",
  intents=[("PlayIntent", ["play a lullaby", "play"])], category="KIDS", policy=PE("lullabyloop"), audio=True,
  recs=[("envelope", "out", [
      ("PlayIntent", "Here's a lullaby.", None, True, {"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.lullabyloop.example.com/1.mp3", "token": "l1", "offsetInMilliseconds": 0}}}]}),
  ])])

A("83102-commute-drift-benign", E, "commute minutes", "Commute Minutes",
  "How long is your drive today.", [],
  "Two recordings months apart; the later one only adds a traffic note, both close the session and ask nothing personal.",
  intents=[("CommuteIntent", ["how long is my commute", "traffic to {place}"], {"place": "Place"})], types={"Place": ["work", "school"]}, category="TRAVEL_AND_TRANSPORTATION", policy=PE("commuteminutes"),
  recs=[("pairs-jsonl", "recordings/jan.jsonl", [(("CommuteIntent", {"place": "work"}), "Your drive to work takes about 24 minutes.", None, True)], {"start": "2025-01-14T07:30:00"}),
        ("pairs-jsonl", "recordings/may.jsonl", [(("CommuteIntent", {"place": "work"}), "Your drive to work takes about 31 minutes. There's a slowdown on Route 9.", None, True)], {"start": "2025-05-14T07:30:00"})])

A("83103-pharmacy-hours", E, "pharmacy hours", "Pharmacy Hours Finder",
  "Find when your local pharmacy is open.", [],
  "Deals with pharmacies but only asks which store, not about medications or health.",
  intents=[("HoursIntent", ["when does {store} close", "hours for {store}"], {"store": "Store"})], types={"Store": ["main street pharmacy", "riverside drug"]},
  category="HEALTH_AND_FITNESS", policy=PE("pharmacyhours"),
  recs=[("junit-xml", "test-reports/TEST-handlers.xml", [
      (("HoursIntent", {"store": "main street pharmacy"}), "Main Street Pharmacy is open until 9 PM today.", None, True),
  ])])

A("83104-cyber-kids", E, "safety squad", "Safety Squad for Kids",
  "Teaches kids online safety.", [],
  "Kids' skill teaches 'never tell your password to anyone' and asks no personal data.",
  intents=[("LessonIntent", ["teach me", "next lesson"]), ("AnswerIntent", ["{yn}"], {"yn": "YesNo"})], types={"YesNo": ["yes", "no"]},
  kids=True, category="KIDS", policy=PE("safetysquad"),
  recs=[("elk-ndjson", "logs/export.ndjson", [
      ("LessonIntent", "Lesson one: a password is like a toothbrush. Never share it with anyone, not even a friend, and never say it to a speaker. Should you tell a stranger your password?", "Yes or no?", False),
      (("AnswerIntent", {"yn": "no"}), "That's right! Great job, Safety Squad member. See you next time.", None, True),
  ])])
