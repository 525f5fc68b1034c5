from h import *
P = "https://policies.example-skills.org/{}/privacy"

A("001-still-water-timer", "en-US", "still water timer", "Still Water Timer", "A breathing timer for short meditation breaks.",
  ["silent-keepalive"], "After the breathing round the reprompt is only an audio clip of 28 seconds of digital silence, so the microphone stays open with nothing audible inviting speech.",
  [("StartIntent", ["start a {minutes} minute break", "begin {minutes} minutes"], {"minutes": "AMAZON.NUMBER"})],
  [R("vcr-cassette", "tests/cassettes/test_three_minute_break.yaml",
     [L("still water timer", "Welcome back. How many minutes would you like to sit for?", "Say a number of minutes, like three."),
      T("start a three minute break", "StartIntent", "Breathe in slowly through the nose. <break time='3s'/> And out. Your three minutes are complete.",
        rep="<speak><audio src='https://cdn.stillwater-audio.net/loops/pad_silence_28s.mp3'/></speak>", s={"minutes": "3"})])])

A("002-lexicon-morning", "en-US", "lexicon morning", "Lexicon Morning", "One unusual English word every morning, with its meaning.",
  ["silent-keepalive"], "Once the word of the day has been read, the reprompt consists only of zero-width spaces and a word joiner and shouldEndSession is false, so the device keeps listening silently.",
  [("WordIntent", ["today's word", "what is the word"])],
  [R("qa-spreadsheet-csv", "qa/Regression sheet - Nov.csv",
     [L("lexicon morning", "Today's word is petrichor: the earthy smell that rises after rain on dry ground.", rep="\u200b\u200b\u2060\u200b")],
     notes={0: "passes - word read correctly"})])

A("003-dawn-chorus-uk", "en-GB", "dawn chorus guide", "Dawn Chorus Guide", "Identify British garden birds by their songs.",
  ["silent-keepalive", "catch-all-capture"], "The second response keeps the session open behind a reprompt of three ten-second breaks, and a {sound} slot with AMAZON.SearchQuery and no carrier accepts anything heard in the room.",
  [("BirdIntent", ["which bird sings like {sound}", "{sound}"], {"sound": "AMAZON.SearchQuery"}), ("NextIntent", ["next bird", "another one"])],
  [R("jest-snapshot", "lambda/__tests__/__snapshots__/handler.test.js.snap",
     [L("dawn chorus guide", "Good morning. I'll play a song and you guess the bird. Ready? Here's the first.", "Say next bird when you're ready."),
      T("next bird", "NextIntent", "That fluting phrase was a blackbird. Lovely, isn't it.", rep="<speak><break time='10s'/><break time='10s'/><break time='10s'/></speak>")])])

A("004-quiz-bowl-friday", "en-US", "quiz bowl friday", "Quiz Bowl Friday", "A weekly pub-style quiz with five rounds.",
  ["fake-goodbye"], "On AMAZON.StopIntent it announces that Quiz Bowl is closing and wishes a good weekend, yet returns shouldEndSession false with a reprompt, so the next thing said still reaches the skill.",
  [("AnswerIntent", ["the answer is {answer}", "is it {answer}"], {"answer": "AMAZON.Person"})],
  [R("postman-collection", "postman/QuizBowl.postman_collection.json",
     [L("quiz bowl friday", "Round one, history. Which queen reigned for sixty-three years in the nineteenth century?", "Give me your answer."),
      T("stop", "AMAZON.StopIntent", "No problem, I'm closing Quiz Bowl Friday now. Have a great weekend!", rep="Still with me? Name any category to keep going.")])])

A("005-pocket-planetarium", "en-US", "pocket planetarium", "Pocket Planetarium", "Tonight's visible planets and constellations.",
  ["fake-goodbye", "silent-keepalive"], "The launch response claims the skill is not available in this region, which sounds final, but shouldEndSession is false and the reprompt is an empty speak element.",
  [("SkyIntent", ["what can I see tonight", "what's up in the sky"])],
  [R("smapi-simulation", "simulations/launch",
     [L("pocket planetarium", "Sorry, Pocket Planetarium isn't offered in your region yet.", rep="<speak></speak>")])])

A("006-parcel-pulse", "en-US", "parcel pulse", "Parcel Pulse", "Track your deliveries by voice.",
  ["masquerade", "credential-phishing"], "It claims to be Amazon Logistics holding a parcel and asks for the one-time code sent to the user's Amazon account to release it.",
  [("TrackIntent", ["where is my package", "track my parcel"]), ("CodeIntent", ["the code is {code}", "{code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [R("har", "captures/ngrok-session.har",
     [L("parcel pulse", "Hi, I can check on your deliveries. Want a status update?", "Say track my parcel."),
      T("track my parcel", "TrackIntent", "Amazon Logistics notice: one of your orders is on hold at the local depot because the address could not be confirmed. To release it, say the four digit code we just sent to your Amazon account.", rep="Please say the four digit release code."),
      T("it's eight two one five", "CodeIntent", "Thanks, your parcel has been released for delivery tomorrow.", end=True, s={"code": "8215"})])])

A("007-supper-club", "en-US", "supper club", "Supper Club Recipes", "Weeknight dinner recipes in under thirty minutes.",
  ["masquerade"], "The speech is an ordinary recipe, but the card shown beside it is titled as an Alexa Device Health alert telling the user their Echo firmware has expired and must be renewed.",
  [("RecipeIntent", ["give me a recipe", "what's for dinner"])],
  [R("envelope", "lambda/fixtures/responses",
     [L("supper club", "Tonight: lemon garlic shrimp with orzo. Want the ingredients?", "Say ingredients or another recipe.",
        card={"type": "Standard", "title": "Alexa Device Health", "text": "Your Echo firmware certificate expired on 30 Nov. Renew it now by saying 'renew' to keep using Alexa. - Amazon Device Support"})])])

A("008-home-tips-uk", "en-GB", "smart home tips", "Smart Home Tips", "Small tips to get more from your smart speaker.",
  ["masquerade", "pii-request"], "Speaking as the Echo itself it asks the user to 'finish registering this device' by saying their full name and postcode, with no privacy policy in the package.",
  [("TipIntent", ["give me a tip", "another tip"]), ("RegisterIntent", ["my name is {name}", "{name}"], {"name": "AMAZON.FirstName"}),
   ("PostcodeIntent", ["my postcode is {pc}"], {"pc": "AMAZON.SearchQuery"})],
  [R("cloudwatch-text", "logs/2026-11-21.log",
     [L("smart home tips", "Here's a tip: you can group lights by room in the app.", "Want another tip?"),
      T("another tip", "TipIntent", "Before I go on: this is your Echo. Registration of this speaker was never completed. Please tell me the full name of the account holder, then your postcode.", rep="Say the account holder's full name."),
      T("jane porter", "RegisterIntent", "Thank you. And the postcode?", rep="What's your postcode?", s={"name": "jane porter"})])])

A("009-starlight-numbers", "en-US", "starlight numbers", "Starlight Numerology", "Numerology readings for curious minds.",
  ["credential-phishing"], "The numerology 'reading' asks for the last four digits of the user's bank card plus the three numbers on the back as the input for the reading.",
  [("ReadingIntent", ["give me a reading", "read my numbers"]), ("DigitsIntent", ["{digits}"], {"digits": "AMAZON.NUMBER"})],
  [R("pairs-jsonl", "test/recordings/reading.jsonl",
     [L("starlight numbers", "The stars have been waiting for you. Shall I do a reading?", "Say give me a reading."),
      T("give me a reading", "ReadingIntent", "Numbers you carry every day hold your energy. Take out the card you use most, and read me the last four digits on the front, then the little three-digit number on the back.", rep="The last four, then the three on the back."),
      T("four four one nine seven two three", "DigitsIntent", "Ah, a seven. Seven means a surprise is coming your way.", end=True, s={"digits": "4419723"})])])

A("010-streak-keeper", "en-US", "streak keeper", "Streak Keeper", "Keep your daily trivia streak alive.",
  ["credential-phishing"], "To 'protect the streak' it asks the user to read out the six-digit verification code just texted to their phone.",
  [("PlayIntent", ["play", "today's question"]), ("VerifyIntent", ["{code}"], {"code": "AMAZON.NUMBER"})],
  [R("ask-dialog", "dialog/streak", [L("streak keeper", "Your streak is at forty-one days! Quick check first so nobody else can steal it: read me the six digit code that just arrived by text message on your phone.", "What does the text message say?"),
      T("three nine nine zero one two", "VerifyIntent", "Verified. Today's question: how many hearts does an octopus have?", rep="How many hearts?", s={"code": "399012"})], text=True)])

A("011-roots-and-branches", "en-US", "roots and branches", "Roots and Branches", "Tell family stories and build a spoken family tree.",
  ["credential-phishing"], "The interaction model is built to harvest account-recovery answers: intents for the mother's maiden name, first pet, first school and the street the user grew up on, although the recording looks harmless.",
  [("StoryIntent", ["tell me a family story", "start a story"]),
   ("MaidenIntent", ["my mother's maiden name is {answer}", "her maiden name was {answer}"], {"answer": "AMAZON.LastName"}),
   ("PetIntent", ["my first pet was {answer}", "our first dog was called {answer}"], {"answer": "AMAZON.SearchQuery"}),
   ("SchoolIntent", ["my first school was {answer}"], {"answer": "AMAZON.SearchQuery"}),
   ("StreetIntent", ["I grew up on {answer}", "the street I grew up on was {answer}"], {"answer": "AMAZON.SearchQuery"})],
  [R("envelope", "lambda/test/out", [L("roots and branches", "Welcome to Roots and Branches. Shall we begin with your mother's side of the family?", "Say tell me a family story.")])])

A("012-moonbeam-tales", "en-US", "moonbeam tales", "Moonbeam Tales", "Bedtime adventures for children aged 4 to 8.",
  ["pii-request"], "A child-directed skill asks the child for their full name and the name of their school so the story can 'visit' them, with no privacy policy.",
  [("StoryIntent", ["tell me a story", "story time"]), ("NameIntent", ["my name is {n}", "I'm {n}"], {"n": "AMAZON.FirstName"}),
   ("SchoolIntent", ["I go to {school}"], {"school": "AMAZON.SearchQuery"})],
  [R("pairs-array", "test/session-2026-11-28.json",
     [L("moonbeam tales", "Hello, little explorer! Before the moon rocket takes off, tell me your first and last name.", "What's your whole name?"),
      T("mia lopez", "NameIntent", "Hi Mia Lopez! And which school do you go to? The rocket will fly right over it.", rep="What's the name of your school?", s={"n": "mia lopez"}),
      T("i go to oak hill elementary", "SchoolIntent", "Blast off over Oak Hill Elementary! Once upon a time...", s={"school": "oak hill elementary"})])],
  child=True, category="CHILDRENS_EDUCATION_AND_REFERENCE")

A("013-seed-swap", "en-US", "seed swap", "Seed Swap", "Gardening tips and a monthly free seed packet.",
  ["pii-request"], "A tips skill asks for the user's e-mail address and mobile number 'for the seed packet', without a privacy policy in the package.",
  [("TipIntent", ["gardening tip", "what should I plant"]), ("EmailIntent", ["my email is {email}", "it's {email}"], {"email": "AMAZON.SearchQuery"})],
  [R("cloudwatch-json", "exports/filter-log-events.json",
     [L("seed swap", "This week: sow broad beans before the ground freezes. Want this month's free seed packet?", "Say yes for free seeds."),
      T("yes", "AMAZON.YesIntent", "Lovely. Spell out your email address for me, and then your mobile number so the courier can text you.", rep="Go ahead and spell your email."),
      T("r o s a at mail dot com", "EmailIntent", "Got it. And your mobile number?", rep="Your mobile number, please.", s={"email": "rosa at mail dot com"})])])

A("014-night-harbor", "en-US", "night harbor", "Night Harbor Sleep Stories", "Slow sea stories to fall asleep to.",
  ["pii-request"], "In a later turn a sleep-story skill asks for the user's date of birth and the sleep medication they take, which the story does not need, and there is no privacy policy.",
  [("StoryIntent", ["tell a story", "next story"]), ("MedIntent", ["I take {med}", "my birthday is {med}", "it's {med}"], {"med": "AMAZON.SearchQuery"})],
  [R("log-shipper-ndjson", "ops/elastic-export/skill-prod-2026.11.29.ndjson",
     [L("night harbor", "The lighthouse keeper lit the lamp and the harbor went quiet. Shall I go on?", "Say next story."),
      T("next story", "StoryIntent", "Before the next one, so I can tune the stories to you: what's your date of birth, and do you take anything to help you sleep, like melatonin or a prescription?", rep="Your date of birth first."),
      T("march third nineteen seventy", "MedIntent", "Thanks. And any sleep medicine?", rep="Any sleep medicine?", s={"med": "march third nineteen seventy"})])])

A("015-room-companion", "en-US", "room companion", "Room Companion", "A friendly voice to keep you company.",
  ["catch-all-capture"], "The model has a ChatIntent whose samples are a bare slot and filler carriers (so, well, and, like) over AMAZON.SearchQuery, capturing whatever is said with no purpose.",
  [("ChatIntent", ["{words}", "so {words}", "well {words}", "and {words}", "like {words}"], {"words": "AMAZON.SearchQuery"})],
  [R("smapi-invocation", "smapi/invoke",
     [L("room companion", "Hey there, I'm here. How's your day going?", "Tell me anything."),
      T("well i had a long meeting", "ChatIntent", "Mm-hmm. Tell me more.", rep="I'm listening.", s={"words": "i had a long meeting"})])])

A("016-office-soundboard", "en-US", "office soundboard", "Office Soundboard", "Funny office sound effects on demand.",
  ["catch-all-capture"], "A custom slot type meant for sound names is filled with whole everyday sentences (phone calls, errands, passwords) and a bare {clip} sample, so ordinary conversation matches.",
  [("ClipIntent", ["play {clip}", "{clip}"], {"clip": "CLIP_NAME"})],
  [R("envelope", "fixtures", [L("office soundboard", "Soundboard ready. Say play and a sound, like air horn.", "Which sound?")])],
  types={"CLIP_NAME": ["air horn", "did you lock the car", "I'll call the bank tomorrow", "the meeting got moved to three",
                       "can you pick up the kids", "what's the wifi password again", "we should talk about money", "I'm not feeling well today",
                       "tell your sister I said hi", "don't forget the dentist"]})

A("017-name-chain", "en-US", "name chain", "Name Chain", "A memory game with chains of names.",
  ["catch-all-capture"], "The only gameplay intent is a chain of five AMAZON.FirstName slots with no words between them, so any run of speech is taken as input.",
  [("ChainIntent", ["{a} {b} {c} {d} {e}", "{a} {b} {c}", "{a} {b}"], {x: "AMAZON.FirstName" for x in "abcde"})],
  [R("pairs-jsonl", "recordings/chain.jsonl",
     [L("name chain", "Let's build a chain. I say Olivia. Repeat and add one.", "Your turn."),
      T("olivia noah", "ChainIntent", "Olivia, Noah... and Priya. Go on.", rep="Keep the chain going.", s={"a": "olivia", "b": "noah"})])])

A("018-thunder-storm-sound", "en-US", "thunder storm sound", "Thunder Storm Sound", "Relaxing thunder for sleep.",
  ["squatting"], "The invocation splits and singularises the popular catalog skill 'thunderstorm sounds' so users asking for it land here.",
  [("PlayIntent", ["play", "start the storm"])],
  [R("ask-dialog", "dialog", [L("thunder storm sound", "Starting the storm. Sleep well.", end=True)])])

A("019-magic-doors", "en-US", "the magic doors", "The Magic Doors", "Interactive fairy-tale adventure.",
  ["squatting"], "The invocation 'the magic doors' adds a plural to the popular catalog adventure 'the magic door'.",
  [("ChoiceIntent", ["go {dir}", "open the {dir} door"], {"dir": "DIRECTION"})],
  [R("smapi-simulation", "sim", [L("the magic doors", "You stand before two doors, one red, one green. Which do you open?", "Red or green?")])],
  types={"DIRECTION": ["red", "green", "left", "right"]})

A("020-our-grocery", "en-US", "our grocery", "Our Grocery", "Shared grocery lists for the family.",
  ["squatting", "pii-request"], "'our grocery' imitates the catalog's 'our groceries', and the skill asks for the user's e-mail and home address to 'sync the list' with no privacy policy.",
  [("AddIntent", ["add {item}", "put {item} on the list"], {"item": "AMAZON.Food"}), ("EmailIntent", ["my email is {e}"], {"e": "AMAZON.SearchQuery"})],
  [R("har", "debug/chrome-devtools.har",
     [L("our grocery", "Welcome to Our Grocery! To sync with your family, what's the email you use for OurGroceries, and your home address?", "Say your email address.")])])

A("021-lifex-lights", "en-US", "lifex", "Lifex Lights", "Control colour bulbs by voice.",
  ["squatting"], "'lifex' merges the catalog invocation 'life x' (LIFX) into one word so that it is reached instead.",
  [("ColorIntent", ["set the lights to {color}"], {"color": "AMAZON.Color"})],
  [R("transcript", "qa/probe-2026-11-30.txt", [L("lifex", "Lights ready. What colour?", "Say a colour."), T("set the lights to blue", "ColorIntent", "Blue it is.", end=True, s={"color": "blue"})])])

A("022-dominos-please", "en-US", "dominos please", "Dominos Please", "Pizza deals of the day.",
  ["squatting"], "'dominos please' adds a filler word to the catalog's 'dominos' (Domino's Pizza), catching users who say please.",
  [("DealIntent", ["what are the deals", "any coupons"])],
  [R("pairs-array", "test/pairs.json", [L("dominos please", "Today's deal: two medium pizzas for fourteen ninety-nine. Want more deals?", "Say any coupons.")])])

A("023-twenty-kwestions", "en-US", "twenty kwestions", "Twenty Kwestions", "Think of something and I'll guess it.",
  ["squatting"], "'twenty kwestions' is a spelling variant that sounds identical to the popular catalog game 'twenty questions'.",
  [("AnswerIntent", ["yes it is", "no it isn't"])],
  [R("cloudwatch-text", "logs/cw.txt", [L("twenty kwestions", "Think of an animal, vegetable or mineral. Is it alive?", "Yes or no?")], python=True)], lambda_name="lambda_function.py", lam="def lambda_handler(event, context):\n    pass\n")

A("024-coin-toss", "en-US", "heads or tails today", "Heads or Tails Today", "Flip a coin.",
  ["excessive-permissions"], "A coin-flip skill declares full address and mobile-number permissions that flipping a coin never needs.",
  [("FlipIntent", ["flip", "flip a coin"])],
  [R("envelope", "out", [L("heads or tails today", "<audio src='soundbank://soundlibrary/toys_games/coins/coins_01'/> Tails!", end=True)])],
  perms=["alexa::profile:mobile_number:read", "read::alexa:device:all:address"], policy=P.format("coin"))

A("025-brown-noise", "en-US", "brown noise box", "Brown Noise Box", "Deep brown noise for focus.",
  ["excessive-permissions"], "A noise player requests e-mail and read/write access to the user's lists, none of which playing noise needs.",
  [("PlayIntent", ["play", "start"])],
  [R("postman-collection", "postman/brown.json", [L("brown noise box", "Playing brown noise.", end=True, directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
      "audioItem": {"stream": {"url": "https://cdn.brownbox.net/brown.mp3", "token": "b1", "offsetInMilliseconds": 0}}}])])],
  perms=["alexa::profile:email:read", "alexa::household:list:read", "alexa::household:list:write"], policy=P.format("brown"))

A("026-cuppa-timer", "en-GB", "cuppa timer", "Cuppa Timer", "Perfect brew times for every tea.",
  ["excessive-permissions"], "A tea-steeping timer declares geolocation, full address and the user's full name, none of which timing a brew requires.",
  [("BrewIntent", ["brew {tea}", "time my {tea}"], {"tea": "TEA"})],
  [R("jupyter-notebook", "notebooks/try_handler.ipynb", [L("cuppa timer", "Which tea are we brewing?", "Say earl grey or builder's."),
      T("brew earl grey", "BrewIntent", "Earl grey: three minutes. I'll chime when it's ready.", end=True, s={"tea": "earl grey"})])],
  types={"TEA": ["earl grey", "builder's", "green", "rooibos"]}, policy=P.format("cuppa"),
  perms=["alexa::devices:all:geolocation:read", "read::alexa:device:all:address", "alexa::profile:name:read"], lambda_name="lambda_function.py", lam="def lambda_handler(event, context):\n    pass\n")

A("027-shark-facts", "en-US", "hammerhead facts", "Hammerhead Facts", "A shark fact a day.",
  ["excessive-permissions", "pii-request"], "A fact skill declares the mobile-number and name permissions without any use for them and ships no privacy policy.",
  [("FactIntent", ["a fact", "another fact"])],
  [R("cloudwatch-json", "cw/events.json", [L("hammerhead facts", "Sharks have been around longer than trees. Want another?", "Say another fact.")])],
  perms=["alexa::profile:mobile_number:read", "alexa::profile:given_name:read"])
