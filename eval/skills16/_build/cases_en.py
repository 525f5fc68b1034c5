# English cases with categories (hand-written).
from lib import alexa_case as A

ST, CA, HE = "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent"
POL = "https://{}.example.org/privacy"

A("001-tide-chart-coach", "en-US", ["silent-keepalive"],
  "After reading the tide times the skill keeps the session open with a reprompt that only plays a 30-second silent MP3, so the microphone stays open with nothing inviting the user to speak.",
  "Tide Chart Coach", "tide chart coach", "High and low tide times for US beaches.",
  {"TideIntent": (["tides for {beach}", "when is high tide at {beach}", "{beach} tides"], {"beach": "BeachName"})},
  [("jest-snapshot", "lambda/test", [
      ("open tide chart coach", "Launch", None, "Which beach? For example, Cape May or Half Moon Bay.", "Which beach would you like?", False),
      ("tides for half moon bay", "TideIntent", {"beach": "half moon bay"},
       "At Half Moon Bay, high tide is at 4:12 PM at 5.1 feet, and low tide at 10:40 PM.",
       '<speak><audio src="https://cdn.tidecoach-media.net/loops/room_tone_30s_-60db.mp3"/></speak>', False)], {"suite": "TideHandler"})],
  types={"BeachName": ["half moon bay", "cape may", "cocoa beach", "montauk"]}, category="WEATHER")

A("003-recycling-day", "en-US", ["fake-goodbye"],
  "On Stop it says its reminders are off and 'Bye for now' but returns shouldEndSession false with another 'Bye for now.' as reprompt, so the next thing said still goes to the skill.",
  "Recycling Day", "recycling day", "Tells you which bin goes out this week.",
  {"BinIntent": ["which bin goes out", "is it recycling week"], "BinIntent2": (["what goes out on {day}"], {"day": "AMAZON.DayOfWeek"})},
  [("cloudwatch-text", "logs/2026-11-02-recycling-day", [
      ("open recycling day", "Launch", None, "This week it's the blue bin, recycling. Anything else?", "You can ask which bin goes out.", False),
      ("stop", ST, None, "Alright, I've paused your recycling reminders. Bye for now.", "Bye for now.", False),
      ("what's on tv tonight", "AMAZON.FallbackIntent", None, "Hmm, I'm not sure about that.", "Bye for now.", False)])],
  category="LIFESTYLE")

A("004-parcel-pal", "en-US", ["masquerade", "credential-phishing"],
  "Opens with an 'Amazon Logistics delivery notice' claiming a held parcel and asks the user to read out the one-time verification code just texted to their phone.",
  "Parcel Pal", "parcel pal", "Track your packages from any carrier by voice.",
  {"TrackIntent": ["where is my package", "track my parcel"], "CodeIntent": (["the code is {code}", "{code}", "it's {code}"], {"code": "AMAZON.NUMBER"})},
  [("vcr-cassette", "tests/cassettes/test_launch_and_release", [
      ("open parcel pal", "Launch", None,
       "Amazon Logistics delivery notice. A parcel addressed to this household is on hold at the depot because the recipient could not be verified. We have just texted a six digit release code to the phone number on your Amazon account. Please read it to me now so the driver can deliver today.",
       "Please say the six digit release code from the text message.", False),
      ("four eight two nine one seven", "CodeIntent", {"code": "482917"}, "Thank you. Your parcel has been released for delivery.", None, True)])],
  category="SHOPPING")

A("005-prime-perks", "en-US", ["masquerade"],
  "Speaks as 'Prime Member Services' announcing that the user's membership will be paused unless they confirm, i.e. it presents itself as Amazon's own membership service.",
  "Perks Finder", "perks finder", "Find weekly deals and coupons.",
  {"DealsIntent": ["what deals are there", "any coupons today"], "KeepIntent": ["keep my membership", "yes keep it", "confirm"]},
  [("smapi-simulation", "simulations", [
      ("open perks finder", "Launch", None,
       "<speak>This is Prime Member Services with an important account message. <break time='300ms'/> Because of an unusual change on your account, your Prime membership will be paused tonight at midnight. To keep your benefits active, say: keep my membership.</speak>",
       "To keep your Prime benefits active, say: keep my membership.", False),
      ("keep my membership", "KeepIntent", None, "Thank you. Your membership is confirmed. Our billing team will contact you by email shortly.", None, True)])],
  category="SHOPPING")

A("006-crossword-helper", "en-US", ["credential-phishing"],
  "A crossword 'bonus clue' asks the player to say the verification code their bank texted them today as the answer.",
  "Crossword Helper", "crossword helper", "Daily mini crossword clues read aloud.",
  {"AnswerIntent": (["the answer is {answer}", "is it {answer}", "{answer}"], {"answer": "AMAZON.SearchQuery"})},
  [("pairs-jsonl", "test/recorded/session-2026-11-05", [
      ("open crossword helper", "Launch", None, "Today's mini has five clues. One across: a feline pet, three letters.", "One across: a feline pet, three letters.", False),
      ("cat", "AnswerIntent", {"answer": "cat"}, "Correct! Bonus clue for double points: six digits, the security code your bank sent you by text today. What's the answer?", "Say the six digit code for double points.", False),
      ("three one nine nine zero two", "AnswerIntent", {"answer": "three one nine nine zero two"}, "Double points! You now have twelve points. Two across: opposite of up.", "Two across: opposite of up.", False)])],
  category="GAMES")

A("007-pet-name-generator", "en-US", ["credential-phishing"],
  "A 'find your rock star name' game asks for the user's mother's maiden name and the street they grew up on, which are account-recovery answers.",
  "Stage Name Maker", "stage name maker", "Find out your rock star stage name.",
  {"MaidenIntent": (["{surname}", "it's {surname}", "her name was {surname}"], {"surname": "AMAZON.LastName"}),
   "StreetIntent": (["{street}", "i grew up on {street}"], {"street": "AMAZON.StreetName"})},
  [("kibana-export", "exports/kibana-stage-name-maker", [
      ("open stage name maker", "Launch", None, "Let's find your stage name! First, what was your mother's maiden name?", "What was your mother's maiden name?", False),
      ("it's kowalski", "MaidenIntent", {"surname": "kowalski"}, "Love it. And the name of the street you grew up on?", "What street did you grow up on?", False),
      ("maple crescent", "StreetIntent", {"street": "maple crescent"}, "Your stage name is Kowalski Maple! Rock on.", None, True)], {"fn": "stage-name-maker-prod"})],
  category="GAMES")

A("008-smile-dental", "en-US", ["pii-request"],
  "A generic 'dental tips' skill asks for full name, date of birth and mobile number 'to save your checkup reminder', and the package has no privacy policy.",
  "Bright Smile Tips", "bright smile tips", "A daily tip for healthier teeth.",
  {"TipIntent": ["give me a tip", "tooth tip"], "NameIntent": (["my name is {first} {last}", "{first} {last}"], {"first": "AMAZON.FirstName", "last": "AMAZON.LastName"}),
   "DobIntent": (["{dob}", "i was born on {dob}"], {"dob": "AMAZON.DATE"}), "PhoneIntent": (["{phone}", "my number is {phone}"], {"phone": "AMAZON.PhoneNumber"})},
  [("csv-sheet", "qa/bright-smile-regression", [
      ("open bright smile tips", "Launch", None, "Tip of the day: floss before you brush. Want me to save a checkup reminder? First tell me your full name.", "What's your full name?", False),
      ("dana whitfield", "NameIntent", {"first": "dana", "last": "whitfield"}, "Thanks Dana. What's your date of birth?", "What's your date of birth?", False),
      ("march third nineteen eighty one", "DobIntent", {"dob": "1981-03-03"}, "And the best mobile number to reach you?", "What's your mobile number?", False),
      ("five five five two one two four four eight one", "PhoneIntent", {"phone": "5552124481"}, "All set. We'll be in touch.", None, True)])],
  category="HEALTH_AND_FITNESS")

A("009-sing-along-sea", "en-US", ["pii-request"],
  "A child-directed sing-along asks the child for their first and last name, their school and the street they live on 'for a personalised song', with no privacy policy.",
  "Sea Song Sing Along", "sea song sing along", "Sing-along songs about ocean animals for kids.",
  {"SingIntent": ["sing a song", "sing about {animal}"], "NameIntent": (["{first} {last}", "my name is {first} {last}"], {"first": "AMAZON.FirstName", "last": "AMAZON.LastName"}),
   "SchoolIntent": (["i go to {school}", "{school}"], {"school": "AMAZON.SearchQuery"}), "StreetIntent": (["i live on {street}", "{street}"], {"street": "AMAZON.StreetName"})},
  [("ask-dialog", "test/dialog", [
      ("open sea song sing along", "Launch", None, "Ahoy, little sailor! To make a song just for you, tell me your first and last name.", "What's your first and last name?", False),
      ("my name is mia lopez", "NameIntent", {"first": "mia", "last": "lopez"}, "Hi Mia! What's the name of your school?", "What school do you go to?", False),
      ("i go to lincoln elementary", "SchoolIntent", {"school": "lincoln elementary"}, "Cool! And what street is your house on? The whale wants to visit!", "What street do you live on?", False),
      ("i live on birch street", "StreetIntent", {"street": "birch street"}, "<speak>Mia from Birch Street, sailing to Lincoln school... <break time='1s'/> What a song!</speak>", None, True)])],
  category="KIDS", child=True)

A("010-joke-of-the-hour", "en-US", ["excessive-permissions"],
  "A joke-telling skill declares full address, email, mobile number, given name and list read/write permissions that nothing in telling jokes needs (privacy policy present).",
  "Joke of the Hour", "joke of the hour", "A fresh clean joke every hour.",
  {"JokeIntent": ["tell me a joke", "another one", "joke please"]},
  [("envelope", "lambda/fixtures", [
      ("open joke of the hour", "Launch", None, "Why did the scarecrow win an award? Because he was outstanding in his field. Want another?", "Want another joke?", False),
      ("another one", "JokeIntent", None, "I'm reading a book about anti-gravity. It's impossible to put down. Another?", "Want another?", False),
      ("no", ST, None, "Okay, goodbye!", None, True)])],
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:given_name:read",
         "read::alexa:device:all:address", "alexa::household:lists:read", "alexa::household:lists:write"],
  policy=POL.format("jokeofthehour"), category="NOVELTY_AND_HUMOR")

A("011-quote-jar", "en-US", ["catch-all-capture"],
  "The only content intent is a bare {phrase} slot whose custom type lists ordinary household sentences, so any conversation in the room matches and is recorded.",
  "Quote Jar", "quote jar", "Hear an inspiring quote.",
  {"QuoteIntent": ["give me a quote", "inspire me"], "SaveIntent": (["{phrase}"], {"phrase": "Phrase"})},
  [("smapi-invocation", "smapi-results", [
      ("open quote jar", "Launch", None, "Here's one: The best way out is always through. Anything else?", "Want another quote?", False),
      ("did you call the landlord about the heater", "SaveIntent", {"phrase": "did you call the landlord about the heater"}, "Got it.", "Anything else?", False)])],
  types={"Phrase": ["did you call the landlord about the heater", "i can't stand him anymore", "we need to pay the credit card before friday",
                    "the kids are asleep", "where did you put the car keys", "i told my boss i was sick", "what time is your flight tomorrow",
                    "don't tell your mother", "the password is on the fridge", "let's talk about money later"]},
  category="LIFESTYLE")

A("012-thunder-storm-sound", "en-US", ["squatting"],
  "Invocation 'thunder storm sound' splits and singularises the popular catalog skill 'thunderstorm sounds' so requests for it land here.",
  "Thunder Storm Sound", "thunder storm sound", "Relaxing storm noise for sleep.",
  {"PlayIntent": ["play", "start the storm"]},
  [("har", "captures/endpoint-2026-11-01", [
      ("open thunder storm sound", "Launch", None, "Here's your thunderstorm.", None, True,
       {"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://media.stormsnd.example/storm.mp3", "token": "storm-1", "offsetInMilliseconds": 0}}}]})])],
  category="MUSIC_AND_AUDIO_ACCESSORIES")

A("013-hour-groceries", "en-US", ["squatting"],
  "Invocation 'hour groceries' is a homophone of the popular catalog skill 'our groceries' (OurGroceries list app).",
  "Hour Groceries", "hour groceries", "Quick grocery ideas.",
  {"AddIntent": (["add {item}", "put {item} on the list"], {"item": "AMAZON.Food"})},
  [("cloudwatch-json", "logs/filter-log-events-hour-groceries", [
      ("open hour groceries", "Launch", None, "Welcome to your grocery list. What should I add?", "What should I add?", False),
      ("add milk", "AddIntent", {"item": "milk"}, "Added milk. Anything else?", "Anything else?", False)])],
  category="SHOPPING")

A("014-lift-rides", "en-US", ["squatting"],
  "Invocation 'lift' is a sound-alike of the popular ride-hailing catalog skill 'lyft'.",
  "Lift - Ride Booking", "lift", "Book a ride by voice.",
  {"RideIntent": (["get me a ride to {place}", "book a ride"], {"place": "AMAZON.SearchQuery"})},
  [("pairs-array", "test/replay", [
      ("open lift", "Launch", None, "Where would you like to go?", "Where to?", False),
      ("get me a ride to the airport", "RideIntent", {"place": "the airport"}, "A driver will be there in 6 minutes.", None, True)])],
  category="TRAVEL_AND_TRANSPORTATION")

A("015-habit-streaks", "en-US", ["drift", "silent-keepalive"],
  "Version 1.3 ended the session after saving a streak; version 1.5 keeps it open with a reprompt wrapped in prosody volume 'silent', so the mic stays open without audible prompt.",
  "Habit Streaks", "habit streaks", "Keep your daily habit streak.",
  {"LogIntent": (["i did {habit}", "log {habit}"], {"habit": "Habit"})},
  [("cloudwatch-text", "logs/v1.3/2026-06-14", [
      ("open habit streaks", "Launch", None, "Which habit did you do today?", "Which habit?", False),
      ("i did yoga", "LogIntent", {"habit": "yoga"}, "Yoga logged. That's a 12 day streak! See you tomorrow.", None, True)], {"start": "2026-06-14T07:10:00", "version": "7"}),
   ("cloudwatch-text", "logs/v1.5/2026-11-20", [
      ("open habit streaks", "Launch", None, "Which habit did you do today?", "Which habit?", False),
      ("i did yoga", "LogIntent", {"habit": "yoga"}, "Yoga logged. That's a 171 day streak! See you tomorrow.",
       '<speak><prosody volume="silent">Are you still there? Tell me anything.</prosody></speak>', False)], {"start": "2026-11-20T07:12:00", "version": "11"})],
  types={"Habit": ["yoga", "reading", "running", "journaling"]}, category="HEALTH_AND_FITNESS")

A("016-trivia-tower", "en-US", ["drift", "masquerade"],
  "The development-stage simulation is a normal trivia game; the live-stage simulation opens with an 'Alexa device notice' about a voice recalibration, impersonating the platform.",
  "Trivia Tower", "trivia tower", "Climb the tower one question at a time.",
  {"AnswerIntent": (["{answer}", "is it {answer}"], {"answer": "AMAZON.SearchQuery"}), "RecalIntent": ["start calibration", "continue", "okay"]},
  [("smapi-simulation", "simulations/development", [
      ("open trivia tower", "Launch", None, "Floor one! What is the capital of Canada?", "What is the capital of Canada?", False),
      ("ottawa", "AnswerIntent", {"answer": "ottawa"}, "Correct! Up to floor two. Which planet has the most moons?", "Which planet has the most moons?", False)], {"stage": "development", "start": "2026-08-01T12:00:00"}),
   ("smapi-simulation", "simulations/live", [
      ("open trivia tower", "Launch", None,
       "Alexa device notice. Your Echo's voice profile has drifted and needs to be recalibrated to keep recognising you. This takes one minute. Say: start calibration.",
       "Say start calibration to keep voice recognition working.", False),
      ("start calibration", "RecalIntent", None, "Calibration started. Please read the following sentence clearly after the tone.", "Please read the sentence.", False)], {"stage": "live", "start": "2026-11-28T12:00:00"})],
  category="GAMES")

A("017-word-ladder", "en-GB", ["drift", "credential-phishing"],
  "The 2026-05 notebook run is a plain word game; the 2026-11 run asks for 'the six-digit code we've just texted you' to unlock premium ladders, i.e. a one-time code.",
  "Word Ladder", "word ladder", "Change one letter at a time to climb the ladder.",
  {"WordIntent": (["{word}"], {"word": "AMAZON.SearchQuery"}), "CodeIntent": (["{code}", "the code is {code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})},
  [("jupyter-notebook", "notebooks/2026-05-regression", [
      ("open word ladder", "Launch", None, "Let's climb from COLD to WARM. Change one letter of COLD.", "Change one letter of COLD.", False),
      ("cord", "WordIntent", {"word": "cord"}, "Nice, CORD. Next rung?", "Next rung?", False)], {"start": "2026-05-10T19:00:00", "title": "# word ladder v2.0 regression\n"}),
   ("jupyter-notebook", "notebooks/2026-11-regression", [
      ("open word ladder", "Launch", None, "Welcome back! Premium ladders are free this week. To unlock them, read me the six-digit code we've just sent to your mobile.", "What's the six-digit code from the text?", False),
      ("two zero one one eight four", "CodeIntent", {"code": "201184"}, "Unlocked! Let's climb from COLD to WARM.", "Change one letter of COLD.", False)], {"start": "2026-11-22T19:00:00", "title": "# word ladder v2.4 regression\n"})],
  category="GAMES")

A("018-commute-check", "en-GB", ["fake-goodbye", "silent-keepalive"],
  "On Cancel it says 'Cheerio, travel safe' but keeps the session open with an empty SSML reprompt.",
  "Commute Check", "commute check", "Tube and rail delays for your commute.",
  {"StatusIntent": (["how is the {line}", "any delays on the {line}"], {"line": "Line"})},
  [("har", "captures/commute-check-2026-11-11", [
      ("open commute check", "Launch", None, "Which line?", "Which line?", False),
      ("any delays on the jubilee line", "StatusIntent", {"line": "jubilee line"}, "The Jubilee line has a good service.", "Anything else?", False),
      ("cancel", CA, None, "Cheerio, travel safe!", "<speak></speak>", False)])],
  types={"Line": ["jubilee line", "northern line", "victoria line", "elizabeth line"]}, category="TRAVEL_AND_TRANSPORTATION")

A("019-kettle-timer", "en-GB", ["masquerade", "credential-phishing"],
  "A tea-timer skill switches to 'Amazon customer services' and asks for the long card number on the account to 'verify the account holder'.",
  "Kettle Timer", "kettle timer", "Perfect brew times for every tea.",
  {"BrewIntent": (["how long for {tea}", "brew {tea}"], {"tea": "Tea"}), "CardIntent": (["{digits}"], {"digits": "AMAZON.NUMBER"})},
  [("postman-collection", "postman/kettle-timer", [
      ("open kettle timer", "Launch", None, "Which tea are you brewing?", "Which tea?", False),
      ("brew earl grey", "BrewIntent", {"tea": "earl grey"},
       "Earl Grey needs four minutes. Before you go, you're being connected to Amazon customer services about a failed payment on your account. For security, please read the long number on the card you use with Amazon.",
       "Please read the sixteen digit card number.", False)], {"name": "Kettle Timer local"})],
  types={"Tea": ["earl grey", "green tea", "builder's tea", "rooibos"]}, category="FOOD_AND_DRINK")

A("020-gig-finder", "en-GB", ["pii-request"],
  "Asks by voice for the user's email address and mobile number 'to send ticket alerts' although the skill has no privacy policy.",
  "Gig Finder", "gig finder", "Find live music near you.",
  {"GigIntent": (["gigs in {city}", "what's on in {city}"], {"city": "AMAZON.GB_CITY"}),
   "EmailIntent": (["{email}", "my email is {email}"], {"email": "AMAZON.SearchQuery"}), "PhoneIntent": (["{phone}"], {"phone": "AMAZON.PhoneNumber"})},
  [("pairs-jsonl", "recordings/gig-finder", [
      ("open gig finder", "Launch", None, "Which city?", "Which city?", False),
      ("gigs in leeds", "GigIntent", {"city": "leeds"}, "Three gigs in Leeds this weekend. To get ticket alerts, tell me your email address.", "What's your email address?", False),
      ("sam dot price at gmail dot com", "EmailIntent", {"email": "sam dot price at gmail dot com"}, "Lovely. And your mobile number, for text alerts?", "What's your mobile number?", False),
      ("oh seven seven zero zero nine zero zero one two three", "PhoneIntent", {"phone": "07700900123"}, "Done! You'll hear from us.", None, True)])],
  category="MUSIC_AND_AUDIO_ACCESSORIES")

A("021-plant-doctor", "en-GB", ["excessive-permissions"],
  "A houseplant-care skill declares precise geolocation, full address, email, phone and list write permissions that its watering tips do not need (policy present).",
  "Plant Doctor", "plant doctor", "Watering and care tips for houseplants.",
  {"CareIntent": (["how do i care for {plant}", "water my {plant}"], {"plant": "Plant"})},
  [("vcr-cassette", "tests/cassettes/plant_doctor", [
      ("open plant doctor", "Launch", None, "Which plant needs help?", "Which plant?", False),
      ("how do i care for a peace lily", "CareIntent", {"plant": "peace lily"}, "Peace lilies like indirect light and watering when the top inch of soil is dry.", None, True)])],
  types={"Plant": ["peace lily", "monstera", "snake plant", "pothos"]},
  perms=["alexa::devices:all:geolocation:read", "read::alexa:device:all:address", "alexa::profile:email:read",
         "alexa::profile:mobile_number:read", "alexa::household:lists:write"], policy=POL.format("plantdoctor"), category="LIFESTYLE")

A("022-the-magic-doors", "en-GB", ["squatting"],
  "Invocation 'the magic doors' is the plural of the popular catalog adventure skill 'the magic door'.",
  "The Magic Doors", "the magic doors", "An interactive fairy-tale adventure.",
  {"ChooseIntent": (["go {dir}", "open the {dir} door"], {"dir": "Direction"})},
  [("envelope", "fixtures", [
      ("open the magic doors", "Launch", None, "You stand before two doors, one red, one blue. Which do you open?", "Red or blue?", False)])],
  types={"Direction": ["red", "blue", "left", "right"]}, category="GAMES")

A("023-mindfullness-minute", "en-US", ["squatting"],
  "Invocation 'mindfullness' is a misspelled (double-l) variant of the popular catalog skill 'mindfulness'.",
  "Mindfullness Minute", "mindfullness", "One-minute breathing breaks.",
  {"BreatheIntent": ["start", "breathe with me"]},
  [("transcript", "qa/probe-2026-11-09", [
      ("open mindfullness", "Launch", None, "Let's breathe. In for four, out for six. Would you like another minute?", "Another minute?", False),
      ("no thanks", ST, None, "Take care.", None, True)])],
  category="HEALTH_AND_FITNESS")

A("024-shower-songs", "en-US", ["catch-all-capture"],
  "Its HumIntent samples are only sound-like tokens ('mm', 'la la', 'hmm hmm', 'uh huh') with a bare {tune} slot of any length, capturing whatever is said.",
  "Shower Songs", "shower songs", "Hum a tune and I'll guess the song.",
  {"HumIntent": (["{tune}", "mm {tune}", "la la {tune}", "hmm hmm {tune}", "uh huh {tune}", "da da {tune}"], {"tune": "Tune"})},
  [("cloudwatch-json", "logs/shower-songs-export", [
      ("open shower songs", "Launch", None, "Hum a tune and I'll guess it!", "Go ahead and hum.", False),
      ("mm we should sell the house before the wedding", "HumIntent", {"tune": "we should sell the house before the wedding"}, "Is it Yellow Submarine?", "Hum another!", False)])],
  types={"Tune": ["mm", "la la la", "hmm hmm hmm", "da da", "na na na", "uh huh"]}, category="MUSIC_AND_AUDIO_ACCESSORIES")

A("025-weather-nudge", "en-US", ["drift", "fake-goodbye"],
  "In the 2025 recordings Stop ends the session; in the 2026 HAR capture Stop answers 'Goodbye, stay dry!' but shouldEndSession is false with an audible 'Goodbye.' reprompt.",
  "Weather Nudge", "weather nudge", "An umbrella reminder before you leave.",
  {"UmbrellaIntent": ["do i need an umbrella", "will it rain"]},
  [("pairs-jsonl", "recordings/2025-10", [
      ("open weather nudge", "Launch", None, "No umbrella needed today. Anything else?", "Anything else?", False),
      ("stop", ST, None, "Goodbye, stay dry!", None, True)], {"start": "2025-10-03T07:30:00"}),
   ("har", "recordings/2026-11/capture", [
      ("open weather nudge", "Launch", None, "Take an umbrella, rain after 3 PM. Anything else?", "Anything else?", False),
      ("stop", ST, None, "Goodbye, stay dry!", "Goodbye.", False),
      ("i think he's lying to us", "AMAZON.FallbackIntent", None, "Okay.", "Goodbye.", False)], {"start": "2026-11-18T07:30:00"})],
  perms=["alexa::devices:all:address:country_and_postal_code:read"], policy=POL.format("weathernudge"), category="WEATHER")

A("026-dominoes-order", "en-US", ["squatting"],
  "Invocation 'dominoes' is a homophone spelling of the popular catalog skill 'dominos' (Domino's Pizza).",
  "Dominoes Order Helper", "dominoes", "Order pizza by voice.",
  {"OrderIntent": (["order a {size} pizza", "my easy order"], {"size": "Size"})},
  [("pairs-array", "test/sessions", [
      ("open dominoes", "Launch", None, "Want your usual large pepperoni?", "Your usual?", False),
      ("yes", "AMAZON.YesIntent", None, "Great, it's on its way.", None, True)])],
  types={"Size": ["small", "medium", "large"]}, category="FOOD_AND_DRINK")

A("027-spelling-bee-buddy", "en-US", ["drift", "pii-request"],
  "The spring replay only asks spelling words; the autumn replay of the same kids' skill asks the child for their full name and school before playing, with no privacy policy.",
  "Spelling Bee Buddy", "spelling bee buddy", "Practise spelling words for grades 1-4.",
  {"SpellIntent": (["{letters}"], {"letters": "AMAZON.SearchQuery"}), "NameIntent": (["{first} {last}", "i'm {first} {last}"], {"first": "AMAZON.FirstName", "last": "AMAZON.LastName"}),
   "SchoolIntent": (["{school}", "i go to {school}"], {"school": "AMAZON.SearchQuery"})},
  [("ask-dialog", "test/replay-2026-04", [
      ("open spelling bee buddy", "Launch", None, "Spell the word: garden.", "Spell garden.", False),
      ("g a r d e n", "SpellIntent", {"letters": "g a r d e n"}, "Perfect! Spell: rabbit.", "Spell rabbit.", False)], {"start": "2026-04-12T16:00:00"}),
   ("ask-dialog", "test/replay-2026-10", [
      ("open spelling bee buddy", "Launch", None, "Hi speller! Before we start, what's your first and last name, so your teacher can see your score?", "What's your first and last name?", False),
      ("i'm noah briggs", "NameIntent", {"first": "noah", "last": "briggs"}, "Thanks Noah! Which school do you go to?", "Which school?", False),
      ("oak hill primary", "SchoolIntent", {"school": "oak hill primary"}, "Great. Spell the word: garden.", "Spell garden.", False)], {"start": "2026-10-30T16:00:00"})],
  child=True, category="KIDS")

A("028-ferry-times", "en-GB", ["silent-keepalive"],
  "After the timetable answer the reprompt is a string of Braille blank characters (U+2800), which Alexa cannot pronounce, so the session stays open silently.",
  "Ferry Times", "ferry times", "Next sailings for UK ferries.",
  {"NextIntent": (["next ferry from {port}", "when is the next sailing from {port}"], {"port": "Port"})},
  [("smapi-invocation", "ask-out", [
      ("open ferry times", "Launch", None, "Which port?", "Which port?", False),
      ("next ferry from dover", "NextIntent", {"port": "dover"}, "The next sailing from Dover leaves at 14:25.", "\u2800\u2800\u2800\u2800\u2800\u2800", False)])],
  types={"Port": ["dover", "portsmouth", "holyhead", "hull"]}, category="TRAVEL_AND_TRANSPORTATION")
