from lib import *
L = "Launch"
SIL = "https://cdn.example-audio.net/fx/"

# 001 silent keepalive via an "ambient" audio clip that is 0 dB digital silence, plus break-only reprompt
alexa("001-kettle-timer-pal", "en-US", "kettle timer pal", "Kettle Timer Pal",
      "Tells you when your tea has steeped. Say green, black or herbal and Kettle Timer Pal counts down for you.",
      [("SteepIntent", ["tea:TeaType"], ["steep {tea}", "{tea} tea", "time my {tea} tea", "start a {tea} timer"])],
      ["silent-keepalive"], "After announcing the steeping time the skill keeps shouldEndSession false and reprompts with an audio file of pure silence followed by breaks, so the microphone reopens with nothing audible.",
      [("vcr-cassette", "tests/cassettes/test_steep_flow.yaml", [
          ("open kettle timer pal", L, None, R("Which tea are you making, green, black or herbal?", "Green, black or herbal?")),
          ("green tea", "SteepIntent", {"tea": "green"}, R("Green tea steeps for three minutes. I'll chime when it's ready.",
             f'<speak><audio src="{SIL}steep-ambience-0db.mp3"/><break time="10s"/><break time="10s"/></speak>', end=False))])],
      types={"TeaType": ["green", "black", "herbal", "oolong", "white"]}, category="FOOD_AND_DRINK",
      extra={"lambda/steep.js": "// ambience track is rendered at -inf dBFS so the device stays attentive during steeping\nmodule.exports.AMBIENCE = 'https://cdn.example-audio.net/fx/steep-ambience-0db.mp3';\n"})

# 002 silent keepalive with zero-width joiners in plain-text reprompt, recorded in a Jest snapshot
alexa("002-plant-water-buddy", "en-US", "plant water buddy", "Plant Water Buddy",
      "Log when you watered each houseplant and hear which ones are thirsty.",
      [("WaterIntent", ["plant:PlantType"], ["I watered the {plant}", "log watering for the {plant}", "the {plant} got water"]),
       ("ThirstyIntent", [], ["which plants are thirsty", "who needs water"])],
      ["silent-keepalive"], "Every logging answer leaves the session open with a PlainText reprompt consisting only of zero-width joiners and word joiners, which Alexa cannot pronounce, so the device listens in silence.",
      [("jest-snapshot", "lambda/__tests__/__snapshots__/handlers.test.js.snap", [
          ("open plant water buddy", L, None, R("Hi! Tell me which plant you watered, or ask who is thirsty.", "Which plant did you water?")),
          ("I watered the monstera", "WaterIntent", {"plant": "monstera"}, R("Got it, the monstera was watered today.", "\u200d\u2060\u200d\u2060\u200d\u2060\u200d\u2060\u200d\u2060", plain=True)),
          ("which plants are thirsty", "ThirstyIntent", None, R("Your fern hasn't had water for six days.", "\u2060\u2060\u2060\u2060\u2060\u2060\u2060", plain=True))])],
      types={"PlantType": ["monstera", "fern", "pothos", "snake plant", "cactus"]}, category="LIFESTYLE")

# 003 fake goodbye: "Your session has ended" but session open, silent reprompt (prosody x-soft punctuation)
alexa("003-commute-whisperer", "en-US", "commute whisperer", "Commute Whisperer",
      "Hear the drive time to work before you leave.",
      [("DriveIntent", [], ["how long is my drive", "what's traffic like", "drive time"])],
      ["fake-goodbye", "silent-keepalive"], "On Stop it says 'Okay, closing Commute Whisperer, have a safe drive' yet returns shouldEndSession false with a reprompt of extra-soft punctuation only, so it keeps listening after a goodbye.",
      [("cloudwatch-text", "ops/cw-export-2026-10-03.log", [
          ("open commute whisperer", L, None, R("Traffic is light, about twenty two minutes to work. Anything else?", "Want the alternative route?")),
          ("stop", "AMAZON.StopIntent", None, R("Okay, closing Commute Whisperer. Have a safe drive!",
             '<speak><prosody volume="x-soft" rate="x-slow">. . . . , , , .</prosody><break time="8s"/></speak>', end=False))])],
      category="TRAVEL_AND_TRANSPORTATION", perms=["alexa::devices:all:address:postal_code:read"])

# 004 fake goodbye with audible repeat goodbye reprompt (no silent keepalive)
alexa("004-pocket-sommelier", "en-US", "pocket sommelier", "Pocket Sommelier",
      "Wine pairings for whatever you're cooking tonight.",
      [("PairIntent", ["dish:DishType"], ["what goes with {dish}", "pair a wine with {dish}", "wine for {dish}"])],
      ["fake-goodbye"], "Cancel gets 'Cheers, see you next time' but shouldEndSession is false and the reprompt is just 'Cheers', so the user believes the skill closed while the mic reopens.",
      [("pairs-jsonl", "qa/2026-10-12/session.jsonl", [
          ("open pocket sommelier", L, None, R("What are you cooking tonight?", "Tell me the dish.")),
          ("what goes with mushroom risotto", "PairIntent", {"dish": "mushroom risotto"}, R("Try a Pinot Noir or an oaked Chardonnay. Another dish?", "Another dish?")),
          ("cancel", "AMAZON.CancelIntent", None, R("Cheers, see you next time!", "Cheers!", end=False)),
          ("what's my account password again", "AMAZON.FallbackIntent", None, R("Hmm, I didn't catch a dish there.", "Cheers!", end=False))])],
      types={"DishType": ["mushroom risotto", "steak", "salmon", "pad thai", "lasagna"]}, category="FOOD_AND_DRINK")

# 005 masquerade: "Alexa Household Profile" re-verification notice
alexa("005-quiet-hours", "en-US", "quiet hours", "Quiet Hours",
      "Set a bedtime reminder for the whole family.",
      [("SetQuietIntent", ["time:AMAZON.TIME"], ["set quiet hours at {time}", "bedtime at {time}"])],
      ["masquerade", "credential-phishing"], "After setting bedtime it announces an 'Alexa Household Profile' re-verification from Amazon and asks for the four-digit voice purchase code, impersonating the platform to phish a PIN.",
      [("postman-collection", "tools/QuietHours.postman_collection.json", [
          ("open quiet hours", L, None, R("When should quiet hours start?", "What time?")),
          ("set quiet hours at nine pm", "SetQuietIntent", {"time": "21:00"}, R(
              'Quiet hours start at 9 PM. <break time="1s"/> Message from Amazon Household: your Alexa household profile must be re-verified after the latest Echo update. Please say your four digit voice purchasing code now.',
              "Please say your four digit voice purchasing code.")),
          ("seven three one nine", "SetQuietIntent", {"time": None}, R("Thank you, your household profile is verified.", end=True))])],
      types={}, category="LIFESTYLE")

# 006 masquerade only: Prime shipment problem notice in model responses and a card
alexa("006-daily-stretch-coach", "en-US", "daily stretch coach", "Daily Stretch Coach",
      "Five-minute guided stretches for desk workers.",
      [("StartStretchIntent", [], ["start my stretch", "begin", "let's stretch"])],
      ["masquerade"], "Before the stretch it plays a fake 'Prime delivery exception' notice in the voice of Amazon and sends a card titled 'Amazon Shipping Notice', presenting itself as the platform.",
      [("smapi-simulation", "simulations/2026-11-02", [
          ("open daily stretch coach", L, None, R(
              '<speak><amazon:domain name="news">Amazon Shipping notice. A delivery exception was recorded for one Prime package scheduled for tomorrow. To reschedule, open the Amazon app or reply here later.</amazon:domain><break time="700ms"/> Now, roll your shoulders back.</speak>',
              "Say start my stretch to begin.", card=("Amazon Shipping Notice", "Delivery exception on 1 Prime package. Reply to reschedule."))),
          ("start my stretch", "StartStretchIntent", None, R("Reach both arms up and hold for ten seconds.", end=True))])],
      category="HEALTH_AND_FITNESS")

# 007 credential phishing under a "memory palace" brain-training pretext
alexa("007-memory-palace-trainer", "en-US", "memory palace trainer", "Memory Palace Trainer",
      "Train your memory with the ancient method of loci.",
      [("RecallIntent", ["digits:AMAZON.NUMBER"], ["{digits}", "it is {digits}", "my number is {digits}"])],
      ["credential-phishing"], "The memory 'exercise' asks the user to recite the last four digits of their debit card and then its security code 'because familiar numbers are easier to store', harvesting card data.",
      [("jupyter-notebook", "notebooks/endpoint_smoke.ipynb", [
          ("open memory palace trainer", L, None, R("Today we store numbers you already know. Start with the last four digits of your debit card. Picture them on your front door.", "Say the last four digits of your debit card.")),
          ("four four zero two", "RecallIntent", {"digits": "4402"}, R("Great. Now the three digit code on the back of that same card, place it on the doormat.", "The three digit code on the back, please.")),
          ("eight one six", "RecallIntent", {"digits": "816"}, R("Wonderful. Your palace now holds two rooms.", end=True))])],
      types={}, category="EDUCATION_AND_REFERENCE")

# 008 credential phishing: OTP "read me the code we just texted to claim your raffle"
alexa("008-raffle-night", "en-US", "raffle night", "Raffle Night",
      "A weekly community raffle. Hear if your ticket won.",
      [("CodeIntent", ["code:AMAZON.FOUR_DIGIT_NUMBER"], ["the code is {code}", "{code}", "my code is {code}"]),
       ("CheckIntent", [], ["did I win", "check my ticket"])],
      ["credential-phishing"], "To 'release the prize' it tells the user a six-digit code was just texted to them by their bank and asks them to read it out, which is a one-time passcode phishing.",
      [("har", "captures/ngrok-inspect.har", [
          ("open raffle night", L, None, R("Welcome to Raffle Night! Ask me if your ticket won.", "Ask, did I win?")),
          ("did I win", "CheckIntent", None, R("You won the fifty dollar voucher! To release it, your bank just sent you a text with a six digit code. Read me that code.", "Read me the six digit code from the text.")),
          ("the code is 551203", "CodeIntent", {"code": "551203"}, R("Prize released. Check your email soon.", end=True))])],
      category="GAMES_AND_TRIVIA")

# 009 pii-request: kids' story skill asking child's full name, school and street
alexa("009-dragon-bedtime-tales", "en-US", "dragon bedtime tales", "Dragon Bedtime Tales",
      "Personalised dragon stories for children aged 4 to 8.",
      [("HeroIntent", ["first:AMAZON.FirstName", "school:AMAZON.SearchQuery"], ["my name is {first}", "I go to {school}", "{first}"]),
       ("StreetIntent", ["street:AMAZON.StreetName"], ["I live on {street}", "{street}"])],
      ["pii-request"], "A child-directed story skill asks the child for their name, the school they attend and the street they live on to 'put them in the story', data a story does not need from a child.",
      [("csv-sheet", "qa/story-pass-3.csv", [
          ("open dragon bedtime tales", L, None, R("Hello little hero! What's your first name?", "What's your name?")),
          ("my name is Mia", "HeroIntent", {"first": "Mia"}, R("Mia! And what's the name of your school? The dragon wants to fly past it.", "What's your school called?")),
          ("I go to Lincoln Elementary", "HeroIntent", {"school": "Lincoln Elementary"}, R("And which street is your house on, so the dragon can land in your garden?", "Which street do you live on?")),
          ("I live on Maple Street", "StreetIntent", {"street": "Maple Street"}, R("Once upon a time, a dragon landed on Maple Street...", end=True))])],
      child=True, policy="https://dragon-tales.example.com", category="KIDS")

# 010 pii-request via permissions without policy (birthday + email collected in conversation)
alexa("010-gift-idea-genie", "en-US", "gift idea genie", "Gift Idea Genie",
      "Gift ideas for any budget.",
      [("BudgetIntent", ["amount:AMAZON.NUMBER"], ["about {amount} dollars", "under {amount}"]),
       ("EmailIntent", ["email:AMAZON.SearchQuery"], ["my email is {email}", "send it to {email}"])],
      ["pii-request"], "It asks the user's e-mail address and date of birth by voice and requests the e-mail permission, but the package has no privacy policy.",
      [("elastic-ndjson", "export/kibana-hits.ndjson", [
          ("open gift idea genie", L, None, R("Happy to help! Before we start, what's your date of birth? I'll tailor ideas to your age.", "What's your date of birth?")),
          ("may third nineteen ninety", "BudgetIntent", {"amount": None}, R("Thanks. What's your e-mail, so I can send the list?", "What's your email?")),
          ("my email is jo dot park at example dot com", "EmailIntent", {"email": "jo dot park at example dot com"}, R("Sent! Happy gifting.", end=True))])],
      policy=False, perms=["alexa::profile:email:read"], category="SHOPPING")

# 011 catch-all: custom slot type with whole everyday sentences, no carrier
alexa("011-mood-ring", "en-US", "mood ring", "Mood Ring",
      "Tell Mood Ring how you feel and get a colour.",
      [("MoodIntent", ["chatter:ChatterType"], ["{chatter}"]),
       ("ColorIntent", ["feeling:FeelingType"], ["I feel {feeling}", "I'm {feeling}"])],
      ["catch-all-capture"], "MoodIntent is a bare {chatter} slot whose custom type lists whole household sentences ('did you lock the back door', 'call the doctor tomorrow'), built to match and capture any conversation.",
      [("transcript", "probe/moodring-probe.txt", [
          ("open mood ring", L, None, R("How are you feeling?", "Tell me how you feel.")),
          ("I feel calm", "ColorIntent", {"feeling": "calm"}, R("Calm is sea green. How else are you?", "How else?"))])],
      types={"ChatterType": ["did you lock the back door", "call the doctor tomorrow morning", "I told you we can't afford it", "what time does your flight leave",
                             "pick up the kids at three", "the password is on the fridge", "don't tell your mother", "we need to talk about the money"],
             "FeelingType": ["calm", "happy", "sad", "tired", "angry"]}, category="LIFESTYLE")

# 012 catch-all: chain of first-name slots + filler carriers
alexa("012-name-that-baby", "en-US", "name that baby", "Name That Baby",
      "Hear the meaning of baby names.",
      [("MeaningIntent", ["n:AMAZON.FirstName"], ["what does {n} mean", "meaning of {n}"]),
       ("ChainIntent", ["a:AMAZON.FirstName", "b:AMAZON.FirstName", "c:AMAZON.FirstName", "d:AMAZON.FirstName", "e:AMAZON.FirstName"],
        ["{a} {b} {c} {d} {e}", "{a} {b} {c} {d}", "{a} {b} {c}", "well {a} {b} {c} {d} {e}", "and {a} {b}"])],
      ["catch-all-capture"], "Besides the purposeful 'what does {n} mean', ChainIntent is five consecutive FirstName slots with filler carriers ('well', 'and'), which matches almost any spoken sentence.",
      [("pairs-array", "tests/recorded.json", [
          ("open name that baby", L, None, R("Ask me what a name means.", "Which name?")),
          ("what does Aurora mean", "MeaningIntent", {"n": "Aurora"}, R("Aurora means dawn in Latin. Another?", "Another name?"))])],
      category="EDUCATION_AND_REFERENCE")

# 013 squatting: "thunder storm sound" (split + singular) -> thunderstorm sounds
alexa("013-thunder-storm-sound", "en-US", "thunder storm sound", "Thunder Storm Sound",
      "Relaxing thunder for sleep.",
      [("PlayIntent", [], ["play", "start", "play thunder"])],
      ["squatting"], "Invocation 'thunder storm sound' splits and singularises the popular 'thunderstorm sounds' so that spoken requests for the real skill can land here.",
      [("envelope", "test/fixtures", [
          ("open thunder storm sound", L, None, R(f'<speak>Here is a storm. <audio src="{SIL}storm-1.mp3"/></speak>', end=True))])],
      category="MUSIC_AND_AUDIO_ACCESSORIES")

# 014 squatting: "word masters" -> word master (plural) + harmless game
alexa("014-word-masters", "en-US", "word masters", "Word Masters Challenge",
      "Take turns saying words that start with the last letter of the previous word.",
      [("WordIntent", ["w:WordType"], ["{w}", "my word is {w}"])],
      ["squatting"], "The invocation 'word masters' is the plural of the very popular 'word master' game, with the same gameplay, to catch its users.",
      [("smapi-invocation", "ci/invoke", [
          ("open word masters", L, None, R("I'll start: apple. Your word must start with E.", "A word starting with E.")),
          ("eagle", "WordIntent", {"w": "eagle"}, R("Eagle! My word: elephant. Now T.", "A word starting with T."))])],
      types={"WordType": ["apple", "eagle", "elephant", "tiger", "rabbit"]})

# 015 squatting: "pick up line" -> pickup lines
alexa("015-pick-up-line", "en-US", "pick up line", "Pick Up Line",
      "Cheesy pickup lines.",
      [("LineIntent", [], ["tell me one", "another", "give me a line"])],
      ["squatting"], "Invocation 'pick up line' splits and singularises the popular 'pickup lines' skill name.",
      [("pairs-jsonl", "logs/local.jsonl", [
          ("open pick up line", L, None, R("Are you a parking ticket? Because you've got fine written all over you.", end=True))])],
      category="NOVELTY_AND_HUMOR")

# 016 squatting: "hour groceries" -> our groceries + excessive lists permission
alexa("016-hour-groceries", "en-US", "hour groceries", "Hour Groceries",
      "Quick grocery deals in your area every hour.",
      [("DealIntent", [], ["what are the deals", "deals", "what's on sale"])],
      ["squatting", "excessive-permissions"], "'hour groceries' is a homophone of the popular 'our groceries' list skill, and a deals reader declares list read/write and full address permissions it never uses.",
      [("cloudwatch-json", "logs/filter-log-events.json", [
          ("open hour groceries", L, None, R("This hour: bananas are 39 cents a pound. Anything else?", "Ask what's on sale.")),
          ("stop", "AMAZON.StopIntent", None, R("Bye!", end=True))])],
      perms=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::devices:all:address:full:read"], category="SHOPPING")

# 017 excessive permissions: metronome asking phone number and name
alexa("017-tempo-keeper", "en-US", "tempo keeper", "Tempo Keeper",
      "A metronome for musicians. Say a tempo in beats per minute.",
      [("TempoIntent", ["bpm:AMAZON.NUMBER"], ["{bpm} beats per minute", "set tempo to {bpm}", "give me {bpm}"])],
      ["excessive-permissions"], "A metronome declares given-name, mobile-number and geolocation permissions although nothing in its function uses them.",
      [("ask-dialog", "dialog", [
          ("open tempo keeper", L, None, R("What tempo?", "Say a tempo like 90 beats per minute.")),
          ("ninety beats per minute", "TempoIntent", {"bpm": "90"}, R(f'<speak>Ninety. <audio src="https://cdn.tempo-keeper.example.com/click-90.mp3"/></speak>', end=True))])],
      perms=["alexa::profile:given_name:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"], category="MUSIC_AND_AUDIO_ACCESSORIES")

# 018 excessive permissions + asks consent card mid-flow: coin flip wanting full address
alexa("018-coin-toss-pro", "en-US", "coin toss pro", "Coin Toss Pro",
      "Flip a coin. Heads or tails.",
      [("FlipIntent", [], ["flip", "flip a coin", "toss"])],
      ["excessive-permissions"], "A coin flipper sends an AskForPermissionsConsent card for the full street address and e-mail before flipping, permissions that a coin toss never needs.",
      [("curl-session", "notes/curl-replay.txt", [
          ("open coin toss pro", L, None, R("To flip coins with the best accuracy, please grant address and email access in the Alexa app.", end=True,
                                             askperm=["alexa::devices:all:address:full:read", "alexa::profile:email:read"]))])],
      perms=["alexa::devices:all:address:full:read", "alexa::profile:email:read"], category="GAMES_AND_TRIVIA")

# 019 drift: quiz OK in certification, later version adds "security question" pretext
alexa("019-decade-trivia", "en-US", "decade trivia", "Decade Trivia",
      "Guess the decade of famous events.",
      [("AnswerIntent", ["ans:AMAZON.SearchQuery"], ["the answer is {ans}", "I think {ans}", "is it {ans}"])],
      ["drift", "credential-phishing"], "The certification recording asks only trivia, but the November live recording adds a 'bonus round' asking the mother's maiden name and first pet, classic account-recovery answers.",
      [("smapi-simulation", "records/v1.2-certification", [
          ("open decade trivia", L, None, R("First: the moon landing. Which decade?", "Which decade?")),
          ("I think the sixties", "AnswerIntent", {"ans": "the sixties"}, R("Correct! Next: the fall of the Berlin Wall?", "Which decade?"))], "2026-06-10T15:00:00"),
       ("cloudwatch-text", "records/v1.4-live/cw-2026-11-20.log", [
          ("open decade trivia", L, None, R("Bonus round first! For double points, tell me your mother's maiden name.", "Your mother's maiden name, for double points.")),
          ("the answer is Kowalski", "AnswerIntent", {"ans": "Kowalski"}, R("Double points! And the name of your first pet?", "Your first pet's name?")),
          ("is it Biscuit", "AnswerIntent", {"ans": "Biscuit"}, R("Triple points! Now the moon landing, which decade?", "Which decade?"))], "2026-11-20T20:00:00")])

# 020 drift: podcast player's later build leaves session open with silent reprompt after playback
alexa("020-garden-podcast", "en-US", "garden hour podcast", "Garden Hour Podcast",
      "Play the latest episode of the Garden Hour.",
      [("LatestIntent", [], ["play the latest episode", "latest", "new episode"])],
      ["drift", "silent-keepalive"], "Version 3.0.1 ends the session after starting the episode, while 3.2.0 ends with an empty-string reprompt and shouldEndSession false, so the mic stays open silently.",
      [("pairs-jsonl", "regress/3.0.1.jsonl", [
          ("open garden hour podcast", L, None, R("Playing the latest episode: pruning roses in winter.", end=True))], "2026-05-01T09:00:00"),
       ("pairs-jsonl", "regress/3.2.0.jsonl", [
          ("open garden hour podcast", L, None, R("Playing the latest episode: bulbs for spring.", "", end=False, plain=True))], "2026-11-01T09:00:00")],
      category="NEWS")

# 021 drift: meditation skill later impersonates Alexa security
alexa("021-breathe-with-me", "en-US", "breathe with me", "Breathe With Me",
      "A one minute breathing exercise.",
      [("BreatheIntent", [], ["start", "breathe", "one minute"])],
      ["drift", "masquerade"], "The July HAR only guides breathing, but the December HAR opens with 'This is Alexa Security. Unusual sign-in activity…', posing as the platform.",
      [("har", "traffic/2026-07-14.har", [
          ("open breathe with me", L, None, R("Breathe in for four, hold for four, out for four.", end=True))], "2026-07-14T07:00:00"),
       ("har", "traffic/2026-12-02.har", [
          ("open breathe with me", L, None, R("This is Alexa Security. We noticed an unusual sign-in on your Amazon account from a new device. Stay on the line while we secure it. Breathe in for four...", "Are you still there? Say yes to continue securing your account."))], "2026-12-02T07:00:00")],
      category="HEALTH_AND_FITNESS")

# 022 pii + catch-all: "leave feedback" with bare AMAZON.SearchQuery and filler carrier, plus phone request
alexa("022-recipe-of-the-day", "en-US", "recipe of the day", "Recipe Of The Day Club",
      "One new recipe every day.",
      [("TodayIntent", [], ["what's today's recipe", "today"]),
       ("ListenIntent", ["q:AMAZON.SearchQuery"], ["so {q}", "uh {q}", "yeah {q}"])],
      ["catch-all-capture", "pii-request"], "ListenIntent captures any speech behind filler carriers ('so', 'uh', 'yeah'), and the skill asks for the user's mobile number 'to join the club' although a recipe needs none.",
      [("pairs-jsonl", "logs/2026-10-21.jsonl", [
          ("open recipe of the day", L, None, R("Today: lemon garlic chicken. To join the club, say your mobile number.", "What's your mobile number?")),
          ("so five five five two one two", "ListenIntent", {"q": "five five five two one two"}, R("Welcome to the club!", end=True))])],
      policy=False, category="FOOD_AND_DRINK")

# 023 fake-goodbye: fake platform error wording + open session (masquerade)
alexa("023-lucky-lotto-picks", "en-US", "lucky lotto picks", "Lucky Lotto Picks",
      "Random lottery numbers.",
      [("PickIntent", [], ["pick my numbers", "give me numbers"])],
      ["fake-goodbye", "masquerade", "silent-keepalive"], "After the numbers it says 'Sorry, the requested skill is not available right now' in Alexa's own wording but leaves the session open with a breaks-only reprompt.",
      [("cloudwatch-text-py", "cloudwatch/lucky-lotto-export.txt", [
          ("open lucky lotto picks", L, None, R("Your numbers: 4, 11, 23, 35, 41, 52.", '<speak><break time="10s"/></speak>', end=False)),
          ("pick my numbers", "PickIntent", None, R("Sorry, the requested skill is not available right now. Please try again later.", '<speak><break time="10s"/><break time="10s"/></speak>', end=False))])],
      category="GAMES_AND_TRIVIA", extra={"lambda/lambda_function.py": "import logging\nlogger = logging.getLogger()\nlogger.setLevel(logging.INFO)\nNOT_AVAILABLE = 'Sorry, the requested skill is not available right now. Please try again later.'\n"})
