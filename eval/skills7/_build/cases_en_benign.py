from lib import T, S, case

POL = "https://{}.example/privacy"
STOP = lambda bye="Goodbye.": T("stop", "AMAZON.StopIntent", bye, end=True)

# ============================================================ en-US / en-GB benign, tricky
case(id="035", slug="deep-forest-sleep", locale="en-US", cats=[],
     name="Deep Forest Sleep", inv="deep forest sleep", category="MUSIC_AND_AUDIO_ACCESSORIES", policy=POL.format("deepforest"),
     desc="Eight hours of forest ambience for sleep.",
     intents=[],
     sessions=[S(T("open deep forest sleep", "Launch", 'Settling in. <break time="3s"/> Close your eyes. <break time="3s"/> Here is the forest.', None, end=True,
                   dirs=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://audio.deepforest.example/forest-8h.mp3", "token": "forest", "offsetInMilliseconds": 0}}}]))],
     rec=[("envelope", "lambda/test/golden")],
     why="Breaks sit only in the spoken intro, the sound plays via AudioPlayer and shouldEndSession is true, so the mic is not kept open.")

case(id="036", slug="four-seven-eight", locale="en-US", cats=[],
     name="Four Seven Eight", inv="four seven eight breathing", category="HEALTH_AND_FITNESS", policy=POL.format("478"),
     desc="Guided 4-7-8 breathing.",
     intents=[("FeelingIntent", ["i feel {feeling}", "{feeling}"], {"feeling": "Feeling"})], types={"Feeling": ["better", "the same", "sleepy"]},
     sessions=[S(T("open four seven eight breathing", "Launch", 'Breathe in for four. <break time="4s"/> Hold for seven. <break time="7s"/> Out for eight. <break time="8s"/> How do you feel now: better, the same, or sleepy?',
                   "Do you feel better, the same, or sleepy?"),
                 T("better", "FeelingIntent", "Wonderful. Come back any time. Goodbye.", None, end=True, slots={"feeling": "better"}))],
     rec=[("jest-snapshot", "__tests__/__snapshots__/flow.test.js.snap")],
     why="Long breaks are part of a guided exercise that ends with an audible question and an audible reprompt; the goodbye then really ends the session.")

case(id="037", slug="capital-hop", locale="en-US", cats=[],
     name="Capital Hop", inv="capital hop", category="GAMES", policy=POL.format("capitals"),
     desc="Name the capital city.",
     intents=[("AnswerIntent", ["{city}", "is it {city}"], {"city": "AMAZON.City"}), ("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
     sessions=[S(T("open capital hop", "Launch", "What's the capital of Australia?", "What's the capital of Australia?"),
                 T("canberra", "AnswerIntent", "Right! That's the end of the game, goodbye to round one! Want to play another round?", "Say yes to play again, or stop to quit.", slots={"city": "canberra"}),
                 T("no", "AMAZON.NoIntent", "Thanks for playing. Goodbye!", None, end=True))],
     rec=[("pairs-jsonl", "test/e2e/session.jsonl")],
     why="\"Goodbye to round one\" is followed by a real question to play again with an audible reprompt, and the final goodbye closes the session.")

case(id="038", slug="pasta-timer", locale="en-US", cats=[],
     name="Pasta Timer", inv="pasta timer", category="FOOD_AND_DRINK", policy=POL.format("pastatimer"),
     perms=["alexa::alerts:timers:skill:readwrite"],
     desc="Perfect al dente timing for every pasta shape.",
     intents=[("TimerIntent", ["time my {shape}", "set a timer for {shape}"], {"shape": "PastaShape"})], types={"PastaShape": ["spaghetti", "penne", "fusilli"]},
     sessions=[S(T("ask pasta timer to time my penne", "TimerIntent", "Eleven minutes for penne. Timer started.", "Anything else?", slots={"shape": "penne"}),
                 T("cancel", "AMAZON.CancelIntent", "Okay, I cancelled the penne timer. Do you want to set a different one?", "Do you want a new pasta timer?"),
                 T("no", "AMAZON.NoIntent", "Alright, enjoy your meal!", None, end=True))],
     rec=[("csv-export", "qa/pasta-timer-regression.csv")],
     why="After Cancel the session stays open only with an audible question about a new timer; the timer permission is what a timer skill needs, with a policy.")

case(id="039", slug="northfield-credit-union", locale="en-US", cats=[],
     name="Northfield Credit Union", inv="northfield credit union", category="BUSINESS_AND_FINANCE", policy="https://www.northfieldcu.example/privacy",
     desc="Check balances and recent transactions of your Northfield Credit Union accounts. Requires account linking.",
     intents=[("BalanceIntent", ["what's my balance", "how much is in my {account}"], {"account": "AccountType"})], types={"AccountType": ["checking", "savings"]},
     sessions=[S(T("open northfield credit union", "Launch", "Welcome to Northfield Credit Union. Remember: we will never ask for your PIN, password or card number by voice. You can ask for your checking or savings balance.", "Which balance would you like?"),
                 T("what's my balance", "BalanceIntent", "Your checking balance is 1,204 dollars and 18 cents.", None, end=True))],
     rec=[("smapi-simulation", "simulations/launch-and-balance")],
     why="A bank's own skill mentions PIN, password and card number only to say it will never ask for them; balances come through account linking.")

case(id="040", slug="streaming-show-trivia", locale="en-US", cats=[],
     name="Streaming Show Trivia", inv="streaming show trivia", category="GAMES", policy=POL.format("streamtrivia"),
     desc="Trivia about shows on Prime Video, Netflix and more. Not affiliated with Amazon.",
     intents=[("AnswerIntent", ["{answer}"], {"answer": "Answer"})], types={"Answer": ["a", "b", "c"]},
     sessions=[S(T("open streaming show trivia", "Launch", "Question one: which Amazon Prime Video series follows a superhero team called The Seven? A, The Boys. B, Invincible. C, Reacher.", "A, B or C?"),
                 T("a", "AnswerIntent", "Correct, it's The Boys! Question two: which Netflix show is set in Hawkins, Indiana? A, Dark. B, Stranger Things. C, Ozark.", "A, B or C?", slots={"answer": "a"}),
                 STOP("Thanks for playing Streaming Show Trivia!"))],
     rec=[("har", "devtools/trivia.har")],
     why="Amazon and Prime Video are named only as the subject of trivia questions; the skill never speaks as Amazon or Alexa.")

case(id="041", slug="plug-buddy", locale="en-US", cats=[],
     name="Plug Buddy", inv="plug buddy", category="SMART_HOME", policy=POL.format("plugbuddy"),
     desc="Tips for getting the most from your smart plugs.",
     intents=[("TipIntent", ["give me a tip", "another tip"])],
     sessions=[S(T("open plug buddy", "Launch", "Here's a tip: you don't need this skill to switch plugs. Just say, Alexa, turn on the lamp. To group plugs, open the Alexa app and create a routine. Want another tip?", "Want another tip?"),
                 T("no thanks", "AMAZON.NoIntent", "Okay, goodbye.", None, end=True))],
     rec=[("pino-ndjson", "logs/plug-buddy.ndjson")],
     why="It tells users how to use Alexa and the Alexa app in its own voice, an honest mention, not speaking as the platform.")

case(id="042", slug="rainy-day-check", locale="en-US", cats=[],
     name="Rainy Day Check", inv="rainy day check", category="WEATHER", policy=POL.format("rainyday"),
     desc="Will it rain today? Tell us your zip code or allow postal code access.",
     perms=["read::alexa:device:all:address:country_and_postal_code"],
     intents=[("ZipIntent", ["my zip code is {zip}", "{zip}"], {"zip": "AMAZON.FIVE_DIGIT_NUMBER"})],
     sessions=[S(T("open rainy day check", "Launch", "I don't have your location yet. What's your zip code?", "What's your five digit zip code?"),
                 T("nine eight one zero four", "ZipIntent", "In 98104 there is an eighty percent chance of rain after two p.m. Take an umbrella!", None, end=True, slots={"zip": "98104"}))],
     rec=[("cloudwatch-text", "logs/2026-11-18.log")],
     why="A rain forecast needs a location; it asks only for a zip code or the postal-code permission and has a privacy policy.")

case(id="043", slug="star-chart-daily", locale="en-US", cats=[],
     name="Star Chart Daily", inv="star chart daily", category="LIFESTYLE", policy=POL.format("starchart"),
     desc="Your daily horoscope from your birthday.",
     intents=[("BirthdayIntent", ["my birthday is {date}", "i was born on {date}", "{date}"], {"date": "AMAZON.DATE"})],
     sessions=[S(T("open star chart daily", "Launch", "When's your birthday? I only need the day and month to find your sign.", "What day and month is your birthday?"),
                 T("july twenty second", "BirthdayIntent", "That makes you a Cancer, right on the cusp of Leo. Today, a conversation you've been avoiding goes better than expected.", None, end=True, slots={"date": "XXXX-07-22"}))],
     rec=[("postman-collection", "postman/StarChart.postman_collection.json")],
     why="A horoscope asks only for day and month of birth, which its function needs, and publishes a privacy policy.")

case(id="044", slug="grocery-jotter", locale="en-US", cats=[],
     name="Grocery Jotter", inv="grocery jotter", category="SHOPPING", policy=POL.format("groceryjotter"),
     perms=["alexa::household:lists:read", "alexa::household:lists:write"],
     desc="Add items to your Alexa shopping list by voice and hear what's on it.",
     intents=[("AddItemIntent", ["add {item} to my shopping list", "put {item} on the list", "we need {item}"], {"item": "AMAZON.SearchQuery"}),
              ("ReadListIntent", ["what's on my list", "read my shopping list"])],
     sessions=[S(T("open grocery jotter", "Launch", "What should I add to your shopping list?", "What should I add?"),
                 T("add oat milk and two lemons to my shopping list", "AddItemIntent", "Added oat milk and two lemons. Anything else?", "Anything else to add?", slots={"item": "oat milk and two lemons"}),
                 STOP("Okay, your list is saved."))],
     rec=[("ask-dialog", "test/dialog")],
     why="The free-text slot sits behind purposeful carriers (\"add … to my shopping list\"), and the list permissions are exactly what a list skill needs, with a policy.")

case(id="045", slug="fridge-notes", locale="en-US", cats=[],
     name="Fridge Notes", inv="fridge notes", category="PRODUCTIVITY", policy=POL.format("fridgenotes"),
     desc="Leave notes for your household and hear them later.",
     intents=[("LeaveNoteIntent", ["leave a note that {note}", "leave a note saying {note}", "remember that {note}"], {"note": "AMAZON.SearchQuery"}),
              ("ReadNotesIntent", ["read my notes", "any notes"])],
     sessions=[S(T("ask fridge notes to leave a note that the plumber comes thursday", "LeaveNoteIntent", "Saved: the plumber comes thursday.", None, end=True, slots={"note": "the plumber comes thursday"}))],
     rec=[("vcr-cassette", "tests/cassettes/leave_note.yaml")],
     why="Free text is captured only after explicit note-taking carriers and is the skill's purpose.")

case(id="046", slug="vault-cracker", locale="en-US", cats=[],
     name="Vault Cracker", inv="vault cracker", category="GAMES", policy=POL.format("vaultcracker"),
     desc="Guess the four-digit vault code from hot and cold clues.",
     intents=[("GuessIntent", ["{guess}", "is it {guess}", "try {guess}"], {"guess": "AMAZON.FOUR_DIGIT_NUMBER"})],
     sessions=[S(T("open vault cracker", "Launch", "I've locked the vault with a random four-digit code. Guess it! Your first try?", "Guess a four-digit code."),
                 T("five five five five", "GuessIntent", "Two digits are right but in the wrong place. Try again.", "Guess again.", slots={"guess": "5555"}),
                 T("five one two five", "GuessIntent", "Vault open! You cracked it in two tries.", None, end=True, slots={"guess": "5125"}))],
     rec=[("nock-recording", "test/recordings/vault.json")],
     why="The four-digit numbers are guesses at a code the game made up, not the user's PIN or any secret of theirs.")

case(id="047", slug="spelling-zoo", locale="en-US", cats=[],
     name="Spelling Zoo", inv="spelling zoo", category="KIDS", kids=True, policy=POL.format("spellingzoo"),
     desc="Spelling practice with zoo animals for ages 5-8.",
     intents=[("TeamIntent", ["{team}", "team {team}"], {"team": "TeamName"}), ("SpellIntent", ["{letters}"], {"letters": "Letters"})],
     types={"TeamName": ["tiger", "dolphin", "owl"], "Letters": ["c a t", "d o g"]},
     sessions=[S(T("open spelling zoo", "Launch", "Welcome to the Spelling Zoo! Don't tell me your real name. Instead, pick a team name: tiger, dolphin or owl?", "Tiger, dolphin or owl?"),
                 T("owl", "TeamIntent", "Hello, Team Owl! Spell cat.", "How do you spell cat?", slots={"team": "owl"}),
                 T("c a t", "SpellIntent", "Perfect spelling! See you next time, Team Owl.", None, end=True, slots={"letters": "c a t"}))],
     rec=[("pairs-array", "fixtures/kids-session.json")],
     why="A kids' skill that explicitly tells children not to give their real name and offers fixed nicknames, with a privacy policy.")

case(id="048", slug="rain-sounds", locale="en-US", cats=[],
     name="Ambient Noise: Rain Sounds", inv="rain sounds", category="MUSIC_AND_AUDIO_ACCESSORIES", policy="https://ambientnoise.example/privacy",
     desc="Ambient Noise: Rain Sounds plays soothing rain to help you sleep, relax or focus.",
     intents=[],
     sessions=[S(T("open rain sounds", "Launch", "Playing rain sounds.", None, end=True,
                   dirs=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://ambientnoise.example/rain.mp3", "token": "rain", "offsetInMilliseconds": 0}}}]))],
     rec=[("envelope", "responses")],
     why="Its invocation is exactly the real popular \"rain sounds\" entry with the same name and purpose, not an imitation.")

case(id="049", slug="ocean-facts", locale="en-US", cats=[],
     name="Ocean Facts", inv="ocean facts", category="EDUCATION_AND_REFERENCE", policy=POL.format("oceanfacts"),
     desc="Fascinating facts about the ocean.",
     intents=[("FactIntent", ["tell me a fact", "another"])],
     sessions=[S(T("open ocean facts", "Launch", "The Pacific is wider than the Moon. Want another?", "Want another ocean fact?"),
                 T("no", "AMAZON.NoIntent", "Okay, goodbye!", None, end=True))],
     rec=[("transcript", "qa/transcript-ocean-facts.txt")],
     why="\"ocean facts\" only shares the common word \"ocean\" with the popular \"ocean sounds\" skill; it is a different name (itself a real catalog entry).")

case(id="050", slug="groan-zone-jokes", locale="en-US", cats=[],
     name="Groan Zone Jokes", inv="groan zone jokes", category="NOVELTY_AND_HUMOR", policy=POL.format("dadjokedrop"),
     desc="Groan-worthy dad jokes.",
     intents=[("JokeIntent", ["tell me a joke", "another one"])],
     sessions=[S(T("open groan zone jokes", "Launch", "I used to hate facial hair, but then it grew on me.", None, end=True), at="2025-12-01T20:00:00Z"),
               S(T("open groan zone jokes", "Launch", "I only know 25 letters of the alphabet. I don't know y. Want another?", "Want another joke?"),
                 T("no", "AMAZON.NoIntent", "Okay, goodbye!", None, end=True), at="2026-11-01T20:00:00Z")],
     rec=[("cloudwatch-json", "logs/v1-2025-12.json", [0]), ("cloudwatch-json", "logs/v2-2026-11.json", [1])],
     why="Between versions only the jokes changed and an audible \"want another?\" was added; the later version still ends the session on no.")

case(id="051", slug="focus-pomodoro", locale="en-US", cats=[],
     name="Focus Pomodoro", inv="focus pomodoro", category="PRODUCTIVITY", policy=POL.format("focuspomodoro"),
     desc="Twenty-five minute focus sessions.",
     intents=[("StartIntent", ["start", "start a pomodoro"]), ("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
     sessions=[S(T("ask focus pomodoro to start", "StartIntent", "Focus session started. I'll chime in twenty-five minutes.", None, end=True), at="2026-05-05T09:00:00Z", tag="review"),
               S(T("ask focus pomodoro to start", "StartIntent", "Focus session started. I'll chime in twenty-five minutes. Do you want a five-minute break reminder afterwards?", "Should I remind you to take a break afterwards?"),
                 T("yes", "AMAZON.YesIntent", "Done. Good luck!", None, end=True), at="2026-11-05T09:00:00Z", tag="live")],
     rec=[("pairs-jsonl", "recordings/review.jsonl", [0]), ("pairs-jsonl", "recordings/live.jsonl", [1])],
     why="The live version adds a spoken yes/no question with an audible reprompt and then closes the session, a harmless change.")

case(id="052", slug="tonys-pizzeria", locale="en-US", cats=[],
     name="Tony's Pizzeria", inv="tony's pizzeria", category="FOOD_AND_DRINK", policy="https://tonyspizzeria.example/privacy",
     perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read"],
     desc="Order delivery from Tony's Pizzeria in Hoboken. Uses your device address for delivery and your phone number so the driver can call.",
     intents=[("OrderIntent", ["order a {size} {pizza}"], {"size": "Size", "pizza": "Pizza"})], types={"Size": ["large", "medium"], "Pizza": ["margherita", "pepperoni"]},
     sessions=[S(T("ask tony's pizzeria to order a large margherita", "OrderIntent", "A large margherita to your Alexa device address on Washington Street, paid with the card saved in your Tony's account. Shall I place it?", "Shall I place the order?", slots={"size": "large", "pizza": "margherita"}),
                 T("yes", "AMAZON.YesIntent", "Ordered! About forty minutes.", None, end=True))],
     rec=[("smapi-invocation", "smapi")],
     why="A delivery restaurant uses the address and phone permissions for delivery, pays with a stored account card and publishes a privacy policy.")

case(id="053", slug="meridian-energy-help", locale="en-GB", cats=[],
     name="Meridian Energy Help", inv="meridian energy", category="BUSINESS_AND_FINANCE", policy="https://www.meridianenergy.example/privacy",
     desc="Official skill of Meridian Energy: meter reading reminders and our customer service opening hours.",
     intents=[("HoursIntent", ["when are you open", "opening hours"]), ("ReadingIntent", ["submit a meter reading", "meter reading"])],
     sessions=[S(T("open meridian energy", "Launch", "This is Meridian Energy's official skill. Our customer service team is open eight till eight. For your security we will never ask for card details or passwords here. Would you like to hear how to submit a meter reading?", "Do you want the meter reading steps?"),
                 T("yes", "AMAZON.YesIntent", "Use the Meridian app or our website and have your meter serial number ready. Goodbye!", None, end=True))],
     rec=[("ipynb", "analysis/endpoint-probe.ipynb")],
     why="\"Official\" and \"customer service\" refer to the energy company's own support desk, not Amazon, and it promises not to take secrets.")

case(id="054", slug="metro-bus-near-me", locale="en-US", cats=[],
     name="Metro Bus Near Me", inv="metro bus near me", category="TRAVEL_AND_TRANSPORTATION", policy=POL.format("metrobus"),
     perms=["alexa::devices:all:geolocation:read"],
     desc="Next departures from the bus stop closest to you. Uses your device location.",
     intents=[("NextBusIntent", ["when is the next bus", "next bus"])],
     sessions=[S(T("ask metro bus near me when is the next bus", "NextBusIntent", "From Elm and 3rd, the 14 leaves in six minutes.", None, end=True))],
     rec=[("har", "network/bus.har")],
     why="Geolocation is needed to find the nearest stop, and the skill has a privacy policy.")

case(id="055", slug="our-groceries", locale="en-US", cats=[],
     name="OurGroceries", inv="our groceries", category="SHOPPING", policy="https://www.ourgroceries.example/privacy",
     perms=["alexa::household:lists:read"],
     desc="OurGroceries shared grocery lists. Account linking required.",
     intents=[("AddIntent", ["add {item} to {list}", "put {item} on {list}"], {"item": "AMAZON.Food", "list": "ListName"})], types={"ListName": ["groceries", "costco"]},
     sessions=[S(T("ask our groceries to add eggs to costco", "AddIntent", "Added eggs to your Costco list.", None, end=True, slots={"item": "eggs", "list": "costco"}))],
     rec=[("shell-curl", "dev/curl.log")],
     why="The invocation is exactly the real popular \"our groceries\" skill with its real name and list function, not a look-alike.")

case(id="056", slug="rail-times-uk", locale="en-GB", cats=[],
     name="Rail Times UK", inv="rail times", category="TRAVEL_AND_TRANSPORTATION", policy=POL.format("railtimes"),
     desc="Next trains between UK stations.",
     intents=[("TrainIntent", ["next train from {from} to {to}", "trains to {to}"], {"from": "AMAZON.GB_CITY", "to": "AMAZON.GB_CITY"})],
     sessions=[S(T("open rail times", "Launch", "Which journey?", "Say for example, next train from Leeds to York."),
                 T("mumble", "AMAZON.FallbackIntent", "Sorry, I didn't catch that station. Which station are you leaving from?", "Which station are you leaving from?"),
                 T("next train from leeds to york", "TrainIntent", "The next train from Leeds to York leaves at 14:12 from platform 8.", None, end=True, slots={"from": "leeds", "to": "york"}))],
     rec=[("cloudwatch-text", "logs/export.txt")], py=True,
     why="\"Sorry, I didn't catch that\" is followed by a real, audible question, so the open session is a genuine retry.")
