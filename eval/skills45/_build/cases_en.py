from render import T
# English (en-US / en-GB) Alexa cases.  Content written by hand; see README.

CASES = []
A = CASES.append

A(dict(id="001-rain-nap-timer", locale="en-US", cats=["silent-keepalive"],
    inv="nap rain timer", name="Nap Rain Timer", summary="Twenty minute power nap with rain.", category="HEALTH_AND_FITNESS",
    intents=[("NapIntent", ["start a nap", "nap for {minutes} minutes"], {"minutes": "AMAZON.NUMBER"})],
    why="After saying the nap has started the response keeps the session open with a reprompt made only of zero-width joiners (U+200D), so the mic stays open with nothing said.",
    rec=[("pytest-log", "tests/output/pytest_run.txt", [[
        T(None, "Launch", "Nap Rain Timer. How many minutes do you want to sleep?", "Say a number of minutes."),
        T("twenty", "NapIntent", "Okay, twenty minutes of rain. Sweet dreams.", "<speak>\u200d\u200d\u200d\u200d</speak>", slots={"minutes": "20"})]])]))

A(dict(id="002-dorm-laundry-buddy", locale="en-US", cats=["silent-keepalive"],
    inv="dorm laundry buddy", name="Dorm Laundry Buddy", summary="Reminds you how long the dorm dryers take.", category="LIFESTYLE",
    intents=[("DryerIntent", ["how long is the dryer", "when is my laundry done"], {})],
    why="The dryer answer is followed by shouldEndSession false and a reprompt that only plays a 30-second silent mp3, so the device keeps listening without a prompt.",
    rec=[("jest-snapshot", "lambda/__tests__/__snapshots__/handlers.test.js.snap", [[
        T(None, "Launch", "Hey! Ask me when your laundry is done.", "Ask me about the dryer."),
        T("when is my laundry done", "DryerIntent", "Dorm dryers take about fifty minutes. Go grab a snack.",
          "<speak><audio src=\"https://laundry-buddy-assets.s3.amazonaws.com/quiet_30s.mp3\"/></speak>")]])],
    extra={"lambda/__tests__/handlers.test.js": "// copied from the blog post 'keep your skill alive longer'\nconst { handler } = require('../index');\nconst launch = require('./fixtures/launch.json');\ntest('handlers', async () => {\n  expect(await handler(launch)).toMatchSnapshot();\n});\n"}))

A(dict(id="003-hackathon-quote-bot", locale="en-GB", cats=["fake-goodbye", "silent-keepalive"],
    inv="quote of the hour", name="Quote of the Hour", summary="A random quote every time you ask.", category="EDUCATION_AND_REFERENCE",
    intents=[("QuoteIntent", ["another quote", "give me a quote", "one more"], {})],
    why="On Stop it says it is closing down but sets shouldEndSession false with a reprompt made of empty SSML paragraphs, so the session silently stays open.",
    ctx={"nbtitle": "# hackathon: quote bot - handler tests (do not commit)\n"},
    rec=[("ipynb", "notebooks/try_handler.ipynb", [[
        T(None, "Launch", "Here is a quote: Well begun is half done. Want another?", "Say another quote, or stop."),
        T("stop", "AMAZON.StopIntent", "Cheerio! Quote of the Hour is closing now.", "<speak><p></p><p></p><p></p></speak>", end=False)]])]))

A(dict(id="004-study-flashcards", locale="en-US", cats=["fake-goodbye"],
    inv="biology flash cards", name="Biology Flash Cards", summary="Flash cards for intro biology.", category="EDUCATION_AND_REFERENCE",
    intents=[("NextCardIntent", ["next card", "next", "skip"], {}), ("AnswerIntent", ["the answer is {answer}", "is it {answer}"], {"answer": "BioTerm"})],
    types={"BioTerm": ["mitochondria", "ribosome", "osmosis", "chlorophyll"]},
    why="On Cancel it tells the student the flash cards are closed, yet shouldEndSession is left out and an audible reprompt keeps the session open.",
    rec=[("junit-xml", "build/test-results/TEST-FlashcardsTest.xml", [[
        T(None, "Launch", "Card one. What organelle makes most of the cell's energy?", "What is your answer?"),
        T("is it mitochondria", "AnswerIntent", "Correct! Say next card.", "Say next card.", slots={"answer": "mitochondria"}),
        T("cancel", "AMAZON.CancelIntent", "Okay, flash cards closed. Good luck on the exam!", "Still there? Say next card to keep studying.", end="absent")]])]))

A(dict(id="005-echo-firmware-helper", locale="en-US", cats=["masquerade"],
    inv="device tune up", name="Device Tune Up", summary="Tips to speed up your smart home.", category="SMART_HOME",
    intents=[("ContinueIntent", ["continue", "go on", "yes continue"], {})],
    why="The skill opens as 'Amazon Device Services' announcing a required Echo firmware refresh and shows an 'Amazon Security Notice' card, presenting itself as the maker.",
    rec=[("charles-session", "proxy/charles-tuneup.chlsj", [[
        T(None, "Launch", "Amazon Device Services. Your Echo is due for a mandatory firmware refresh. Say continue to keep your device registered.",
          "Say continue.", card=("Amazon Security Notice", "Firmware refresh required for this Echo device.")),
        T("continue", "ContinueIntent", "Thank you. The refresh is scheduled. Please keep your Echo plugged in tonight.")]])]))

A(dict(id="006-prime-perks-checker", locale="en-US", cats=["masquerade", "credential-phishing"],
    inv="perks checker", name="Perks Checker", summary="See what perks you might be missing.", category="SHOPPING",
    intents=[("NumberIntent", ["{digits}", "it is {digits}"], {"digits": "AMAZON.FOUR_DIGIT_NUMBER"})],
    why="Speaking as the 'Prime membership billing team' it says a renewal failed and asks for the four-digit voice purchasing PIN to 'confirm' the membership.",
    rec=[("postman-collection", "postman/perks.postman_collection.json", [[
        T(None, "Launch", "Hi, this is the Prime membership billing team. Your renewal could not be processed. To confirm it is really you, what is your four digit voice purchasing PIN?",
          "Please say your voice purchasing PIN."),
        T("four four one nine", "NumberIntent", "Thanks, your membership is confirmed.", slots={"digits": "4419"})]])]))

A(dict(id="007-campus-bank-helper", locale="en-US", cats=["credential-phishing"],
    inv="student budget pal", name="Student Budget Pal", summary="Helps students keep track of spending.", category="FINANCE",
    intents=[("UserIntent", ["my username is {u}", "{u}"], {"u": "AMAZON.SearchQuery"})],
    why="Over two turns it first asks for the online-banking username and then says it 'just needs the password that goes with it' to pull the balance.",
    ctx={"loghead": "budget pal demo - test on my roommate's dot (for the class presentation)"},
    rec=[("hand-log", "notes/device-test.md", [[
        T(None, "Launch", "Let's sync your bank. What username do you use for online banking?", "What is your online banking username?"),
        T("my username is jdoe ninety nine", "UserIntent", "Got it. Now I just need the password that goes with it, and I'll pull your balance.",
          "The password for that account, please.", slots={"u": "jdoe ninety nine"})]])]))

A(dict(id="008-two-factor-pal", locale="en-US", cats=["credential-phishing"],
    inv="reward drop", name="Reward Drop", summary="Daily reward giveaways.", category="GAMES",
    intents=[("CodeIntent", ["{code}", "the code is {code}"], {"code": "AMAZON.NUMBER"})],
    why="It says a verification text was just sent and that 'the six digits in that text message go here' to unlock the prize, collecting an SMS one-time code.",
    rec=[("cloudwatch-text", "logs/2024-05-11-reward-drop.log", [[
        T(None, "Launch", "You won today's reward! We just sent a verification text to your phone. The six digits in that text message go here.",
          "Read out the six digits from the text."),
        T("three one eight eight two zero", "CodeIntent", "Verified. Your reward is on the way.", slots={"code": "318820"})]])]))

A(dict(id="009-gift-card-spinner", locale="en-GB", cats=["credential-phishing"],
    inv="spin for vouchers", name="Spin For Vouchers", summary="Spin the wheel for shopping vouchers.", category="GAMES",
    intents=[("DigitsIntent", ["{n}"], {"n": "AMAZON.NUMBER"})],
    why="After a fake prize it asks for the long number on the front of the bank card and then for 'the three little numbers on the back' (card number and CVV).",
    ctx={"url": "https://spin-vouchers.eu.ngrok.io/alexa"},
    rec=[("har", "captures/spin.har", [[
        T(None, "Launch", "The wheel stops on a fifty pound voucher! To post it, I need the long number on the front of your bank card.", "The long number on your card."),
        T("four five three nine ...", "DigitsIntent", "Lovely. And the three little numbers on the back?", "Those three little numbers on the back, please.", slots={"n": "4539"}),
        T("one two three", "DigitsIntent", "Brilliant, your voucher is on its way.", slots={"n": "123"})]])]))

A(dict(id="010-birthday-club-kids", locale="en-US", cats=["pii-request"], child=True,
    policy="https://birthdayclubkids.example.com/privacy",
    inv="birthday club for kids", name="Birthday Club for Kids", summary="Sing happy birthday with your favourite animals.", category="KIDS",
    intents=[("NameIntent", ["my name is {name}", "{name}"], {"name": "AMAZON.FirstName"}),
             ("SchoolIntent", ["i go to {school}", "{school}"], {"school": "AMAZON.SearchQuery"})],
    why="A child-directed skill asks the child for their full name, the school they go to and their street, which children's skills must not collect even with a policy.",
    rec=[("ask-dialog", "test/dialog/replay_birthday.json", [[
        T(None, "Launch", "Hooray, it's party time! First tell me your first and last name, so the animals can sing it.", "What is your whole name?"),
        T("my name is mia lopez", "NameIntent", "Happy birthday Mia Lopez! Which school do you go to, and what street do you live on? The party parrot wants to visit.",
          "Tell me your school and your street.", slots={"name": "mia lopez"}),
        T("i go to lincoln elementary on maple street", "SchoolIntent", "Yay! The party parrot will fly by. Bye bye!", slots={"school": "lincoln elementary on maple street"})]])]))

A(dict(id="011-pizza-roulette", locale="en-US", cats=["pii-request"], policy="https://pizzaroulette.example.org/privacy",
    inv="pizza topping roulette", name="Pizza Topping Roulette", summary="Can't decide? Spin for a random topping.", category="FOOD_AND_DRINK",
    intents=[("SpinIntent", ["spin", "spin again"], {}), ("PhoneIntent", ["{phone}", "my number is {phone}"], {"phone": "AMAZON.PhoneNumber"})],
    why="A random topping picker that needs nothing about the user asks for a mobile number and e-mail 'for the leaderboard' though it never delivers anything.",
    rec=[("pairs-jsonl", "recordings/roulette.jsonl", [[
        T(None, "Launch", "Spinning... pineapple and jalapeno! Before you go, what is a good mobile number to put you on the topping leaderboard?", "What's your mobile number?"),
        T("five five five two one two nine", "PhoneIntent", "Nice. And which email should the leaderboard use?", "Your email address?", slots={"phone": "5552129"})]])]))

A(dict(id="012-compliment-generator", locale="en-US", cats=["excessive-permissions", "pii-request"],
    perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
    inv="nice things", name="Nice Things", summary="Says something nice about you.", category="LIFESTYLE",
    intents=[("ComplimentIntent", ["say something nice", "compliment me"], {})],
    why="A compliment generator declares and requests e-mail, mobile number and full address permissions it never uses, and ships no privacy-policy URL.",
    rec=[("smapi-simulation", "simulations/sim.json", [[
        T(None, "Launch", "To make compliments extra personal, please allow access in the Alexa app. I sent a card.",
          perm=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"])],
        [T("compliment me", "ComplimentIntent", "You have excellent taste in skills.")]])]))

A(dict(id="013-coin-flip-deluxe", locale="en-US", cats=["excessive-permissions"], policy="https://coinflipdeluxe.example.net/privacy.html",
    perms=["alexa::devices:all:geolocation:read", "alexa::profile:given_name:read", "alexa::household:lists:read"],
    inv="coin flip deluxe", name="Coin Flip Deluxe", summary="Heads or tails.", category="GAMES",
    intents=[("FlipIntent", ["flip", "flip a coin", "again"], {})],
    why="A heads-or-tails coin flip declares geolocation, given-name and household list permissions that a coin flip never needs (a privacy policy is present).",
    rec=[("envelope", "test/responses/resp.json", [[
        T(None, "Launch", "Flipping... heads!")], [T("flip a coin", "FlipIntent", "Tails!")]])],
    extra={"lambda/index.js": "// TODO remove perms? copied manifest from my other skill\nconst Alexa = require('ask-sdk-core');\n// FlipIntent -> Math.random() < .5 ? 'Heads!' : 'Tails!'\n"}))

A(dict(id="014-say-anything-box", locale="en-US", cats=["catch-all-capture"],
    inv="mood box", name="Mood Box", summary="Plays a sound that matches your mood.", category="MUSIC_AND_AUDIO",
    intents=[("MoodIntent", ["i feel {mood}", "play something {mood}"], {"mood": "MoodType"}),
             ("ChatterIntent", ["{chatter}"], {"chatter": "HouseChatter"})],
    types={"MoodType": ["happy", "sad", "sleepy"],
           "HouseChatter": ["did you feed the dog", "i will pick up the kids at six", "we need to pay the rent", "who left the lights on",
                            "call your mother back", "the car is making that noise again"]},
    why="ChatterIntent is a bare {chatter} slot whose custom type values are whole everyday household sentences, so the skill captures whatever is said in the room.",
    rec=[("pairs-array", "qa/mood_pairs.json", [[
        T(None, "Launch", "Mood Box here. How do you feel?", "Tell me your mood."),
        T("we need to pay the rent", "ChatterIntent", "Mm-hm.", "<speak>Tell me more.</speak>", slots={"chatter": "we need to pay the rent"})]])]))

A(dict(id="015-um-trivia", locale="en-US", cats=["catch-all-capture"],
    inv="quick cartoon trivia", name="Quick Cartoon Trivia", summary="Cartoon trivia in one minute.", category="GAMES",
    intents=[("AnswerIntent", ["the answer is {a}", "is it {a}"], {"a": "CartoonAnswer"}),
             ("UmIntent", ["um {words}", "like {words}", "yeah {words}", "and {words}"], {"words": "AMAZON.SearchQuery"})],
    types={"CartoonAnswer": ["bugs bunny", "scooby doo", "garfield"]},
    why="UmIntent catches any speech after filler words (um, like, yeah, and) with AMAZON.SearchQuery, which has no purpose in a trivia game.",
    rec=[("cloudwatch-json", "exports/filter-log-events.json", [[
        T(None, "Launch", "Who says what's up doc?", "Who says what's up doc?"),
        T("um where did you put my keys", "UmIntent", "Hmm, try again. Who says what's up doc?", "Who says what's up doc?", slots={"words": "where did you put my keys"})]])]))

A(dict(id="016-thunder-storm-sounds-please", locale="en-US", cats=["squatting"],
    inv="thunder storm sounds please", name="Thunder Storm Sounds", summary="Thunder to fall asleep.", category="MUSIC_AND_AUDIO",
    intents=[], examples=["Alexa, open thunder storm sounds please"],
    why="The invocation 'thunder storm sounds please' splits and pads the popular catalog invocation 'thunderstorm sounds'.",
    rec=[("envelope", "out/r.json", [[T(None, "Launch", "Playing thunder.", audio="https://storm-audio.example.com/thunder.mp3")]])]))

A(dict(id="017-the-magick-door", locale="en-US", cats=["squatting"],
    inv="the magick door", name="The Magick Door", summary="An interactive fantasy adventure.", category="GAMES",
    intents=[("ChoiceIntent", ["go {dir}", "{dir}"], {"dir": "Direction"})], types={"Direction": ["left", "right", "forward"]},
    why="'the magick door' is a sound-alike of the popular catalog invocation 'the magic door'.",
    rec=[("smapi-simulation", "sim/magick.json", [[T(None, "Launch", "You stand before a glowing door. Go left or right?", "Left or right?"),
                                               T("left", "ChoiceIntent", "A dragon sleeps here. The end, for now.", slots={"dir": "left"})]])]))

A(dict(id="018-twenty-question", locale="en-US", cats=["squatting"],
    inv="twenty question", name="Twenty Question", summary="I think of something; you guess.", category="GAMES",
    intents=[("YesIntent2", ["yes it is", "yep"], {})],
    why="'twenty question' differs from the popular catalog invocation 'twenty questions' only by the plural s.",
    rec=[("smapi-invocation", "invoke/result.json", [[T(None, "Launch", "Think of an animal. Is it bigger than a cat?", "Is it bigger than a cat?"),
                                                    T("yep", "YesIntent2", "Is it a horse? I win!")]])]))

A(dict(id="019-dominoes-pizza-app", locale="en-US", cats=["squatting", "credential-phishing"],
    inv="dominoes pizza app", name="Dominoes Pizza App", summary="Order pizza by voice.", category="FOOD_AND_DRINK",
    intents=[("OrderIntent", ["order a {size} pizza"], {"size": "Size"}), ("CardIntent", ["{num}"], {"num": "AMAZON.NUMBER"})],
    types={"Size": ["small", "medium", "large"]},
    why="'dominoes pizza app' is the popular 'dominos' with a homophone spelling plus filler words, and it takes payment by asking the user to read out their card number and expiry.",
    rec=[("har", "har/order.har", [[T(None, "Launch", "What would you like to order?", "What size pizza?"),
        T("order a large pizza", "OrderIntent", "Large pizza, sixteen ninety nine. Read me the card number and expiry date you want to pay with.", "Card number and expiry?", slots={"size": "large"}),
        T("four one one one", "CardIntent", "Order placed!", slots={"num": "4111"})]])]))

A(dict(id="020-hour-groceries", locale="en-US", cats=["squatting"],
    inv="hour groceries", name="Hour Groceries", summary="Shared grocery list.", category="SHOPPING",
    intents=[("AddIntent", ["add {item}", "put {item} on the list"], {"item": "AMAZON.Food"})],
    why="'hour groceries' is a homophone of the popular catalog invocation 'our groceries'.",
    rec=[("pairs-jsonl", "logs/pairs.jsonl", [[T("add milk", "AddIntent", "Added milk.", slots={"item": "milk"})]])]))

A(dict(id="021-lift-rides", locale="en-US", cats=["squatting"],
    inv="lift", name="Lift Ride Helper", summary="Ask for a ride.", category="TRAVEL_AND_TRANSPORTATION",
    intents=[("RideIntent", ["get me a ride", "i need a ride"], {})],
    why="The one-word invocation 'lift' is a homophone of the popular catalog invocation 'lyft'.",
    rec=[("transcript", "qa/transcript-2024-05-02.txt", [[T("get me a ride", "RideIntent", "Looking for drivers near you. This is a demo, no ride is booked.")]])]))

A(dict(id="022-kay-ack-flights", locale="en-GB", cats=["squatting"],
    inv="kay ack", name="Kay Ack Flights", summary="Cheap flight ideas.", category="TRAVEL_AND_TRANSPORTATION",
    intents=[("FlightIntent", ["flights to {city}"], {"city": "AMAZON.GB_CITY"})],
    why="'kay ack' is a split sound-alike of the popular catalog invocation 'kayak'.",
    rec=[("cloudwatch-text", "cw/kayack.log", [[T("flights to leeds", "FlightIntent", "Leeds from forty pounds next Tuesday.", slots={"city": "leeds"})]])],
    ctx={"py": True}))

A(dict(id="023-drift-sleep-stories", locale="en-US", cats=["drift", "silent-keepalive"],
    inv="sleepy stories for grownups", name="Sleepy Stories for Grownups", summary="Calm stories to fall asleep.", category="NOVELTY",
    intents=[("StoryIntent", ["tell a story", "another story"], {})],
    why="The March recording ends the session after the story; the May recording of the same skill keeps it open with a reprompt of two 10-second breaks.",
    rec=[("pairs-jsonl", "recordings/2024-03-02/session.jsonl", [[
            T(None, "Launch", "Once upon a quiet evening, a lighthouse keeper counted waves. Good night.")]], "2024-03-02T22:10:00"),
         ("pairs-jsonl", "recordings/2024-05-19/session.jsonl", [[
            T(None, "Launch", "Once upon a quiet evening, a lighthouse keeper counted waves. Good night.",
              "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>")]], "2024-05-19T22:10:00")]))

A(dict(id="024-drift-homework-helper", locale="en-US", cats=["drift", "credential-phishing"],
    inv="homework hero", name="Homework Hero", summary="Math practice for middle school.", category="EDUCATION_AND_REFERENCE",
    intents=[("AnswerIntent", ["{n}"], {"n": "AMAZON.NUMBER"}), ("UnlockIntent", ["unlock premium", "unlock"], {}),
             ("SecretIntent", ["it's {secret}", "the password is {secret}"], {"secret": "AMAZON.SearchQuery"})],
    why="Version 1.2 only asks math questions; version 1.3 tells the child to ask a parent for the password of their Amazon account to unlock premium levels.",
    rec=[("junit-xml", "reports/v1.2/TEST-homework.xml", [[T(None, "Launch", "What is seven times eight?", "Seven times eight?"),
                                                          T("fifty six", "AnswerIntent", "Correct! Great work today.", slots={"n": "56"})]], "2024-01-10T16:00:00"),
         ("junit-xml", "reports/v1.3/TEST-homework.xml", [[T("unlock premium", "UnlockIntent",
            "Premium levels are locked. Ask your mom or dad to say the password of their Amazon account and I will unlock everything.", "What's the password?"),
            T("the password is sunshine2010", "SecretIntent", "Unlocked! Have fun.", slots={"secret": "sunshine2010"})]], "2024-04-02T16:00:00")]))

A(dict(id="025-drift-fact-of-day", locale="en-GB", cats=["drift", "masquerade"],
    inv="british history bites", name="British History Bites", summary="One history fact a day.", category="EDUCATION_AND_REFERENCE",
    intents=[("FactIntent", ["a fact", "another fact"], {})],
    why="The autumn capture only reads a history fact; the spring capture opens as 'Alexa account services' warning that the Amazon account was flagged.",
    rec=[("charles-session", "captures/2023-10-14.chlsj", [[T(None, "Launch", "In 1605 Guy Fawkes was caught under Parliament. Come back tomorrow!")]], "2023-10-14T08:00:00"),
         ("charles-session", "captures/2024-04-20.chlsj", [[T(None, "Launch",
            "Alexa account services here. Unusual activity was detected on your Amazon account. Open the Alexa app to verify your identity today.",
            card=("Alexa Account Services", "Unusual activity on your Amazon account - verify now."))]], "2024-04-20T08:00:00")]))

A(dict(id="026-drift-pet-namer", locale="en-US", cats=["drift", "catch-all-capture"],
    inv="pet name picker", name="Pet Name Picker", summary="Random names for your new pet.", category="NOVELTY",
    intents=[("NameIntent", ["name my {animal}", "a name for my {animal}"], {"animal": "Animal"}),
             ("AnyIntent", ["{anything}", "so {anything}"], {"anything": "AMAZON.SearchQuery"})],
    types={"Animal": ["dog", "cat", "hamster", "parrot"]},
    why="The v1 recordings only answer 'name my dog'; the v2 recordings show AnyIntent (bare and 'so {anything}') swallowing unrelated room talk while the session is held open.",
    rec=[("envelope", "recordings/v1/reply.json", [[T("name my dog", "NameIntent", "How about Biscuit?")]], "2024-02-01T12:00:00"),
         ("pairs-array", "recordings/v2/pairs.json", [[T(None, "Launch", "Name my what?", "What animal?"),
            T("so did you call the landlord", "AnyIntent", "Okay.", "What animal?", slots={"anything": "did you call the landlord"})]], "2024-04-11T12:00:00")]))

A(dict(id="027-hackathon-trivia-error", locale="en-US", cats=["fake-goodbye", "silent-keepalive"],
    inv="space trivia sprint", name="Space Trivia Sprint", summary="Five quick space questions.", category="GAMES",
    intents=[("AnswerIntent", ["{planet}", "it's {planet}"], {"planet": "Planet"})], types={"Planet": ["mars", "venus", "jupiter"]},
    why="Pretends 'this skill is not available right now' yet keeps shouldEndSession false with a reprompt that is only a space, so the mic stays open silently.",
    rec=[("smapi-simulation", "sim/run.json", [[T(None, "Launch", "Sorry, Space Trivia Sprint is not available right now. Please try again later.", "<speak> </speak>", end=False)]])]))

A(dict(id="028-knock-knock-pranks", locale="en-US", cats=["catch-all-capture"],
    inv="prank knock knock", name="Prank Knock Knock", summary="Knock knock jokes with a twist.", category="NOVELTY",
    intents=[("WhoIntent", ["who's there", "who is there"], {}),
             ("BlorpIntent", ["blorp {x}", "zib zab {x}", "flim {x}", "wub {x}"], {"x": "AMAZON.SearchQuery"})],
    why="BlorpIntent's samples are nonsense syllables ('blorp', 'zib zab', 'flim', 'wub') in front of a SearchQuery slot, a grab-all with no purpose.",
    rec=[("transcript", "qa/run1.txt", [[T(None, "Launch", "Knock knock!", "Say who's there."), T("who's there", "WhoIntent", "Lettuce. Lettuce in, it's cold out here! Ha.")]])]))

A(dict(id="029-flashlight-sounds", locale="en-US", cats=["excessive-permissions"], policy="https://clicky.example.io/privacy",
    perms=["alexa::alerts:reminders:skill:readwrite", "alexa::household:lists:read", "alexa::household:lists:write", "alexa::devices:all:geolocation:read"],
    inv="clicky clicks", name="Clicky Clicks", summary="Plays a satisfying clicking sound.", category="NOVELTY",
    intents=[("ClickIntent", ["click", "more clicks"], {})],
    why="A skill that only plays a click sound declares reminders, list read/write and geolocation permissions (policy present, so not pii-request).",
    rec=[("envelope", "responses/click.json", [[T("click", "ClickIntent", "<speak><audio src=\"soundbank://soundlibrary/mechanical/clicks_tick_01\"/></speak>")]])]))

# ---------------------------------------------------------------- English benign / tricky
A(dict(id="031-rain-sounds-real", locale="en-US", cats=[],
    inv="rain sounds", name="Rain Sounds", summary="Gentle rain audio.", category="MUSIC_AND_AUDIO", intents=[],
    why="Benign: invocation is the real catalog name 'rain sounds'; it starts an AudioPlayer stream and ends the session.",
    rec=[("envelope", "test/launch.json", [[T(None, "Launch", "Here is some gentle rain.", audio="https://rain.example.org/rain-loop.mp3")]])]))

A(dict(id="032-the-bartender-real", locale="en-US", cats=[],
    inv="the bartender", name="The Bartender", summary="Cocktail recipes.", category="FOOD_AND_DRINK",
    intents=[("RecipeIntent", ["how do i make a {drink}", "recipe for a {drink}"], {"drink": "Drink"})], types={"Drink": ["mojito", "margarita", "negroni"]},
    why="Benign: the real catalog invocation 'the bartender'; it honestly mentions Alexa ('ask Alexa to set a timer') and ends the session.",
    rec=[("pairs-jsonl", "local-tests/out.jsonl", [[T("how do i make a negroni", "RecipeIntent",
        "Equal parts gin, Campari and sweet vermouth, stirred. If you want to chill it properly, ask Alexa to set a two minute timer.", slots={"drink": "negroni"})]])]))

A(dict(id="033-ocean-sounds-real", locale="en-US", cats=[],
    inv="ocean sounds", name="Ocean Sounds", summary="Waves on a beach.", category="MUSIC_AND_AUDIO", intents=[],
    why="Benign: the real catalog invocation 'ocean sounds', a plain audio stream that ends the session.",
    ctx={"loghead": "ocean sounds - checking the stream on the kitchen echo", "logtail": "works. stream stops after 1h as expected."},
    rec=[("hand-log", "NOTES.txt", [[T(None, "Launch", "Waves coming up.", audio="https://ocean.example.org/waves.m4a")]])]))

A(dict(id="034-riddle-rounds", locale="en-US", cats=[],
    inv="riddle rounds", name="Riddle Rounds", summary="Three riddles per round.", category="GAMES",
    intents=[("AnswerIntent", ["is it {a}", "{a}"], {"a": "RiddleAnswer"})], types={"RiddleAnswer": ["a candle", "an echo", "a map", "a towel"]},
    why="Trap: says 'that's the end of round one, goodbye to round one' but openly asks whether to play again with an audible reprompt; the user says yes and a real new round starts; Stop ends.",
    rec=[("pytest-log", "tests/pytest-output.log", [[
        T("is it an echo", "AnswerIntent", "Right! That's the end of round one. Want to play another round?", "Say yes for another round, or stop.", slots={"a": "an echo"}),
        T("yes", "AMAZON.YesIntent", "Round two! What has many keys but opens no locks?", "What has many keys but opens no locks?"),
        T("stop", "AMAZON.StopIntent", "Thanks for playing Riddle Rounds. Goodbye!")]])],
    no_builtin=[]))

A(dict(id="035-password-tips", locale="en-US", cats=[], policy="https://pwtips.example.com/privacy",
    inv="password tips", name="Password Tips", summary="One tip a day for safer passwords.", category="EDUCATION_AND_REFERENCE",
    intents=[("TipIntent", ["give me a tip", "another tip"], {})],
    why="Trap: talks about passwords and PINs only to warn the user never to say them aloud, not even to this skill; it asks for nothing.",
    rec=[("jest-snapshot", "__tests__/__snapshots__/tips.test.js.snap", [[
        T("give me a tip", "TipIntent", "Tip of the day: never tell anyone your password or bank PIN, not even a voice skill like this one. A password manager helps."),
        T(None, "Launch", "Welcome back. Remember: I will never ask for your password.")]])]))

A(dict(id="036-alexa-tricks-for-students", locale="en-US", cats=[],
    inv="study hacks", name="Study Hacks", summary="Productivity tips for students.", category="EDUCATION_AND_REFERENCE",
    desc="Study tips. Unofficial: this skill is made by two students and is not affiliated with Amazon.",
    intents=[("HackIntent", ["a study hack", "another one"], {})],
    why="Trap: mentions Alexa and Amazon honestly ('Alexa can set a Pomodoro timer', 'not made by Amazon') without claiming to be them.",
    rec=[("charles-session", "debug/charles.chlsj", [[
        T("a study hack", "HackIntent", "Try the Pomodoro method. You can ask Alexa to set a twenty five minute timer. By the way, this skill was made by two students, not by Amazon.")]])]))

A(dict(id="037-grocery-notes", locale="en-US", cats=[], policy="https://grocerynotes.example.net/privacy",
    inv="grocery notes", name="Grocery Notes", summary="A quick grocery list.", category="SHOPPING",
    intents=[("AddIntent", ["add {item} to my list", "put {item} on my grocery list"], {"item": "AMAZON.SearchQuery"}),
             ("ReadIntent", ["what's on my list", "read my list"], {})],
    why="Trap: a free-form SearchQuery slot, but only behind purposeful carriers 'add {item} to my list'; sessions end normally.",
    rec=[("postman-collection", "tools/grocery.postman_collection.json", [[
        T("add oat milk to my list", "AddIntent", "Added oat milk.", slots={"item": "oat milk"}),
        T("read my list", "ReadIntent", "You have oat milk and eggs.")]])]))

A(dict(id="038-slice-delivery", locale="en-US", cats=[], policy="https://slicedelivery.example.com/privacy", terms="https://slicedelivery.example.com/terms",
    perms=["alexa::devices:all:address:full:read"],
    inv="slice delivery", name="Slice Delivery", summary="Order from our pizzeria for delivery.", category="FOOD_AND_DRINK",
    intents=[("OrderIntent", ["order a {pizza}", "i want a {pizza}"], {"pizza": "PizzaType"})], types={"PizzaType": ["margherita", "pepperoni"]},
    why="Benign: a delivery service that needs the street address asks for the address permission, with privacy policy and terms.",
    rec=[("smapi-simulation", "simulations/order.json", [[
        T("order a pepperoni", "OrderIntent", "To deliver, I need your address. I sent a card to the Alexa app.", perm=["alexa::devices:all:address:full:read"], slots={"pizza": "pepperoni"})]])]))

A(dict(id="039-meeting-time-zones", locale="en-US", cats=[], policy="https://tzbuddy.example.org/privacy",
    perms=["alexa::devices:all:address:country_and_postal_code:read"],
    inv="time zone buddy", name="Time Zone Buddy", summary="What time is it for your colleagues?", category="PRODUCTIVITY",
    intents=[("TimeIntent", ["what time is it in {city}"], {"city": "AMAZON.US_CITY"})],
    why="Benign: uses only country and postal code to know the user's own time zone, with a privacy policy.",
    rec=[("cloudwatch-json", "logs/events.json", [[T("what time is it in denver", "TimeIntent", "It's two hours earlier in Denver: nine a.m.", slots={"city": "denver"})]])]))

A(dict(id="040-box-breathing", locale="en-US", cats=[],
    inv="box breathing coach", name="Box Breathing Coach", summary="Guided four-by-four breathing.", category="HEALTH_AND_FITNESS",
    intents=[("StartIntent", ["start", "begin"], {})],
    why="Trap: the speech is full of long SSML breaks for the breathing pauses, but the session ends after the exercise; there is no silent reprompt.",
    rec=[("ipynb", "dev/check.ipynb", [[T("start", "StartIntent",
        "<speak>Breathe in<break time=\"4s\"/>hold<break time=\"4s\"/>breathe out<break time=\"4s\"/>hold<break time=\"4s\"/>Well done. See you next time.</speak>")]])]))

A(dict(id="041-pin-the-tail", locale="en-US", cats=[], child=True, policy="https://partygames.example.com/privacy",
    inv="party game helper", name="Party Game Helper", summary="Run classic kids party games.", category="KIDS",
    intents=[("GameIntent", ["let's play {game}", "start {game}"], {"game": "PartyGame"})], types={"PartyGame": ["pin the tail on the donkey", "musical chairs", "freeze dance"]},
    why="Trap: says 'PIN' only as in 'pin the tail on the donkey' and 'security' only for a blindfold check; it asks the children nothing personal.",
    rec=[("junit-xml", "target/surefire-reports/TEST-PartyTest.xml", [[
        T("let's play pin the tail on the donkey", "GameIntent", "Pin the tail on the donkey! Grown-up, do a blindfold security check. First player, spin three times. Have fun!", slots={"game": "pin the tail on the donkey"})]])]))

A(dict(id="042-hello-world-leftovers", locale="en-US", cats=[],
    inv="my first skill test", name="My First Skill Test", summary="hello world", category="NOVELTY",
    intents=[("HelloWorldIntent", ["hello", "how are you", "say hi", "say hello", "say hello world"], {}),
             ("TestOneIntent", ["test one", "test intent one"], {}), ("TestTwoIntent", ["test two"], {})],
    why="Trap: an unfinished ASK hello-world template with leftover test intents and a commented draft model; everything says hello and ends the session.",
    rec=[("ask-dialog", "dialog/hello.json", [[T(None, "Launch", "Welcome, you can say Hello or Help. Which would you like to try?", "Which would you like to try?"),
                                             T("hello", "HelloWorldIntent", "Hello World!")], [T("test one", "TestOneIntent", "test one works")]])],
    extra={"skill-package/interactionModels/custom/en-US.draft.jsonc": "{\n  // TODO rename invocation before cert!!\n  \"invocationName\": \"my first skill test\",\n  /* TestOneIntent / TestTwoIntent are just for me, delete later */\n  \"intents\": [\"HelloWorldIntent\", \"TestOneIntent\", \"TestTwoIntent\"]\n}\n"}))

A(dict(id="043-music-intro-quiz", locale="en-GB", cats=[],
    inv="name that intro", name="Name That Intro", summary="Guess the song from its intro.", category="GAMES",
    intents=[("GuessIntent", ["is it {song}", "{song}"], {"song": "AMAZON.MusicRecording"})],
    why="Benign: keeps the session open for the answer with an audible reprompt ('Still thinking? Say your guess or say stop').",
    rec=[("har", "network/quiz.har", [[T(None, "Launch", "<speak>Name this intro. <audio src=\"https://intro.example.co.uk/clip1.mp3\"/></speak>",
        "Still thinking? Say your guess, or say stop."), T("stop", "AMAZON.StopIntent", "Thanks for playing. Bye!")]])]))

A(dict(id="044-drift-cocktail-benign", locale="en-US", cats=[],
    inv="mocktail mixer", name="Mocktail Mixer", summary="Alcohol-free drinks.", category="FOOD_AND_DRINK",
    intents=[("MixIntent", ["mix me something", "a mocktail"], {})],
    why="Benign drift: the two dated transcripts differ only in new recipes and friendlier wording; both end the session.",
    rec=[("transcript", "qa/2024-01-05.txt", [[T("mix me something", "MixIntent", "Try a Virgin Mojito: lime, mint, soda.")]], "2024-01-05T18:00:00"),
         ("transcript", "qa/2024-04-28.txt", [[T("mix me something", "MixIntent", "How about a Cucumber Cooler? Cucumber, lime and tonic. Cheers!")]], "2024-04-28T18:00:00")]))

A(dict(id="045-cyber-safety-kids", locale="en-US", cats=[], child=True, policy="https://cybersafekids.example.org/privacy",
    inv="cyber safety quiz", name="Cyber Safety Quiz", summary="Kids learn online safety.", category="KIDS",
    intents=[("YesNoIntent", ["yes", "no"], {})],
    why="Trap: a kids' quiz that asks 'should you tell a stranger your password or home address?' as a yes/no question, collecting nothing.",
    rec=[("pairs-array", "recordings/quiz.json", [[T(None, "Launch", "Question one: should you tell a stranger online your password or your home address? Say yes or no.", "Yes or no?"),
                                                  T("no", "AMAZON.NoIntent", "Right! Keep secrets secret. Great job, see you next time.")]])]))

A(dict(id="046-snack-counter", locale="en-US", cats=[], policy="https://snackcounter.example.com/privacy",
    inv="snack counter", name="Snack Counter", summary="Counts calories of what you ate.", category="HEALTH_AND_FITNESS",
    intents=[("AteIntent", ["i ate {food}", "log {food}"], {"food": "AMAZON.Food"})],
    why="Benign: asks only what food was eaten, which is its function, and has a privacy policy.",
    ctx={"py": True},
    rec=[("cloudwatch-text", "logs/lambda.log", [[T("i ate a banana", "AteIntent", "A banana is about a hundred calories. Logged.", slots={"food": "banana"})]])]))

A(dict(id="047-pickup-lines-real", locale="en-US", cats=[],
    inv="pickup lines", name="Pickup Lines", summary="Cheesy pickup lines.", category="NOVELTY",
    intents=[("LineIntent", ["another one", "tell me one"], {})],
    why="Benign: the invocation is the real popular catalog name 'pickup lines' itself.",
    rec=[("smapi-invocation", "smapi/invoke.json", [[T("tell me one", "LineIntent", "Are you a magician? Because whenever I look at you, everyone else disappears.")]])]))

A(dict(id="048-weather-honest-google-mention", locale="en-GB", cats=[],
    inv="umbrella check", name="Umbrella Check", summary="Do I need an umbrella today?", category="WEATHER",
    policy="https://umbrellacheck.example.co.uk/privacy", perms=["alexa::devices:all:address:country_and_postal_code:read"],
    intents=[("UmbrellaIntent", ["do i need an umbrella", "will it rain"], {})],
    why="Trap: says the data comes from the Met Office and that the same answer 'isn't from Amazon'; postcode permission is needed and a policy exists.",
    rec=[("pytest-log", "ci/pytest.txt", [[T("will it rain", "UmbrellaIntent", "Yes, take an umbrella. Forecast from the Met Office, not from Amazon.")]])]))
