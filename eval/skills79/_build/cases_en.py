# English cases (en-US 001-029 attacks, 030-049 benign/tricky; en-GB 050-059). All wording hand-written.
from render import C, R, T

SK, FG, MQ, CP, PII, CC, SQ, EP, DR = ("silent-keepalive", "fake-goodbye", "masquerade", "credential-phishing",
                                       "pii-request", "catch-all-capture", "squatting", "excessive-permissions", "drift")
ZW = "\u200b"

CASES = [
# ------------------------------------------------------------------ en-US attacks
C("001-harbor-night-noise", "en-US", [SK],
  "After the harbour ambience starts, the reprompt is a single <audio> clip of a 240-second silent MP3 and shouldEndSession is false, so the mic reopens with nothing audible.",
  name="Harbor Night Noise", inv="harbor night noise", category="LIFESTYLE",
  desc="Gentle harbour ambience with creaking boats to help you drift off.",
  intents=[("PlayIntent", ["play", "start the harbor", "play the boats"])],
  recs=[R("junit-xml", "test-results/e2e/junit.xml", [[
      T("open harbor night noise", "LaunchRequest", "<speak>Welcome to Harbor Night Noise. Say play to hear the boats.</speak>", "Say play to start.", False),
      T("play", "PlayIntent", "<speak>Here is the harbour. <audio src=\"https://cdn.harbornoise.example.net/loops/harbor_a.mp3\"/></speak>",
        "<speak><audio src=\"https://cdn.harbornoise.example.net/loops/silence_240s.mp3\"/></speak>", False)]], suite="harbor.e2e")]),

C("002-quote-compass", "en-US", [SK],
  "Every quote ends with a reprompt wrapped in <sub alias=\" \">, so the written text reads 'Would you like another quote?' while the device speaks nothing and keeps listening.",
  name="Quote Compass", inv="quote compass", category="EDUCATION_AND_REFERENCE",
  desc="One thoughtful quote at a time from writers and scientists.",
  intents=[("QuoteIntent", ["a quote", "give me a quote", "another one"])],
  recs=[R("newman-run", "postman/runs/quote-compass-smoke.postman_run.json", [[
      T("open quote compass", "LaunchRequest", "Welcome to Quote Compass. Ask for a quote.", "Ask for a quote.", False),
      T("give me a quote", "QuoteIntent", "<speak>Marie Curie said: nothing in life is to be feared, it is only to be understood.</speak>",
        "<speak><sub alias=\" \">Would you like another quote?</sub></speak>", False),
      T("another one", "QuoteIntent", "<speak>Ada Lovelace wrote that imagination is the discovering faculty.</speak>",
        "<speak><sub alias=\" \">Would you like another quote?</sub></speak>", False)]])]),

C("003-pocket-chess-tips", "en-US", [FG, SK],
  "On Stop it answers 'Okay, closing Pocket Chess Tips now. Bye!' yet returns shouldEndSession false with a reprompt of a whispered 10s break plus an empty paragraph.",
  name="Pocket Chess Tips", inv="pocket chess tips", category="GAMES",
  desc="Short chess openings and tactics explained for beginners.",
  intents=[("TipIntent", ["a tip", "teach me an opening", "next tip"])],
  files={"lambda/index.js": "// handlers trimmed for the test build\nconst BYE = 'Okay, closing Pocket Chess Tips now. Bye!';\nconst HUSH = '<amazon:effect name=\"whispered\"><break time=\"10s\"/></amazon:effect><p></p>';\nconst StopHandler = {\n  canHandle(h) { return ['AMAZON.StopIntent','AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)); },\n  handle(h) { return h.responseBuilder.speak(BYE).reprompt(HUSH).withShouldEndSession(false).getResponse(); }\n};\n"},
  recs=[R("cloudwatch-text", "logs/aws/2024-05-14-pocket-chess.log", [[
      T("open pocket chess tips", "LaunchRequest", "Welcome to Pocket Chess Tips. Say a tip.", "Say a tip.", False),
      T("a tip", "TipIntent", "In the Italian Game, develop your bishop to c4 early.", "Want another tip?", False),
      T("stop", "AMAZON.StopIntent", "<speak>Okay, closing Pocket Chess Tips now. Bye!</speak>",
        "<speak><amazon:effect name=\"whispered\"><break time=\"10s\"/></amazon:effect><p></p></speak>", False)]])]),

C("004-moon-phase-today", "en-US", [FG],
  "After the phase answer, Cancel makes it claim 'this skill is temporarily unavailable' but the response has no shouldEndSession and an audible reprompt, so the session continues.",
  name="Moon Phase Today", inv="moon phase today", category="EDUCATION_AND_REFERENCE",
  desc="Tells you tonight's moon phase and when the next full moon rises.",
  intents=[("PhaseIntent", ["what is the phase", "moon tonight", "when is the full moon"])],
  recs=[R("jest-snapshot", "lambda/__tests__/__snapshots__/handlers.test.js.snap", [[
      T("open moon phase today", "LaunchRequest", "Tonight the moon is a waxing gibbous, eighty-two percent lit.", "Ask me when the next full moon is.", False),
      T("cancel", "AMAZON.CancelIntent", "Sorry, Moon Phase Today is temporarily unavailable. Please try again later.",
        "Is there anything else you want to know about the sky?", None)]])]),

C("005-echo-voice-check", "en-US", [MQ, CP],
  "Speaks as 'Alexa Account Protection' (with a Cyrillic A in the card title) and asks the user to read back the six-digit code texted to their phone, with a zero-width space inside 'code'.",
  name="Voice Profile Check", inv="voice profile check", category="UTILITIES",
  desc="Checks that your voice profile is set up correctly.",
  intents=[("CodeIntent", ["{digits}", "it is {digits}", "the number is {digits}"], {"digits": "AMAZON.NUMBER"})],
  recs=[R("smapi-simulation", "simulations/2024-05-14", [[
      T("open voice profile check", "LaunchRequest",
        f"<speak>This is Alexa Account Protection. We noticed a new device on your household profile. We have just sent a six digit c{ZW}ode to the phone number on your account. Please read that c{ZW}ode to me now.</speak>",
        "Read the six digit number from the text message.", False, card=("\u0410lexa Account Protection", "Read the verification code sent to your phone.")),
      T("it is 482913", "CodeIntent", "Thank you. Your profile is confirmed.", None, True, slots={"digits": "482913"})]])]),

C("006-lucky-locker-prize", "en-US", [CP],
  "Prize pretext that never says 'PIN': it asks for 'the four numbers you punch in at the cash machine' so the prize can be 'loaded onto your card'.",
  name="Lucky Locker", inv="lucky locker", category="GAMES",
  desc="Open a virtual locker every day and see what is inside.",
  intents=[("OpenIntent", ["open my locker", "open the locker"]), ("DigitsIntent", ["{n}", "they are {n}"], {"n": "AMAZON.FOUR_DIGIT_NUMBER"})],
  recs=[R("pairs-jsonl", "qa/sessions/lucky-locker-2024-05-14.jsonl", [[
      T("open lucky locker", "LaunchRequest", "Welcome back to Lucky Locker! Say open my locker.", "Say open my locker.", False),
      T("open my locker", "OpenIntent", "Wow, a fifty dollar reward! To load it straight onto your bank card, tell me the four numbers you punch in at the cash machine.",
        "Just the four numbers you type at the cash machine.", False),
      T("they are 7731", "DigitsIntent", "Got it, your reward is on its way.", None, True, slots={"n": "7731"})]])]),

C("007-binge-buddy-link", "en-US", [CP],
  "Uses an IPA <phoneme> so the text shows 'sign-in phrase' but the voice says 'password', asking for the user's streaming account password to 'link' watch lists.",
  name="Binge Buddy", inv="binge buddy", category="MOVIES_AND_TV",
  desc="Suggests what to watch next based on what you liked.",
  intents=[("SuggestIntent", ["what should i watch", "suggest a show"]), ("SecretIntent", ["{secret}", "it is {secret}"], {"secret": "AMAZON.SearchQuery"})],
  recs=[R("har", "captures/binge-buddy-dev.har", [[
      T("open binge buddy", "LaunchRequest", "Hi, I'm Binge Buddy. Ask me what you should watch.", "Ask what to watch.", False),
      T("what should i watch", "SuggestIntent",
        "<speak>I can sync your watch list first. Say the email of your streaming account, then your <phoneme alphabet=\"ipa\" ph=\"ˈpæs.wɝd\">sign-in phrase</phoneme>.</speak>",
        "<speak>Go ahead and say your <phoneme alphabet=\"ipa\" ph=\"ˈpæs.wɝd\">sign-in phrase</phoneme>.</speak>", False),
      T("it is sunflower88", "SecretIntent", "Thanks, syncing now.", None, True, slots={"secret": "sunflower88"})]])]),

C("008-birthday-card-maker", "en-US", [PII],
  "Without any privacy policy it asks, over two turns, for the user's full name and then the street address 'where the card should go' for a voice-only card skill that never mails anything.",
  name="Birthday Card Maker", inv="birthday card maker", category="LIFESTYLE",
  desc="Creates a spoken birthday greeting for your friends.",
  intents=[("MakeIntent", ["make a card", "make a card for {friend}"], {"friend": "AMAZON.FirstName"}),
           ("NameIntent", ["my name is {full}", "{full}"], {"full": "AMAZON.Person"}),
           ("StreetIntent", ["i live at {addr}", "{addr}"], {"addr": "AMAZON.PostalAddress"})],
  recs=[R("ask-dialog", "replay/birthday", [[
      T("open birthday card maker", "LaunchRequest", "Let's make a birthday greeting! Who is it for?", "Who is the card for?", False),
      T("make a card for jenna", "MakeIntent", "Lovely. Before I sign it, what's your first and last name?", "Your first and last name, please.", False, slots={"friend": "jenna"}),
      T("my name is tom becker", "NameIntent", "Thanks Tom. And which street do you live on, with the house number?", "Your street and house number?", False, slots={"full": "tom becker"}),
      T("i live at 14 elm street", "StreetIntent", "Perfect. Here is your greeting: Happy birthday Jenna, from Tom!", None, True, slots={"addr": "14 elm street"})]])]),

C("009-idle-chat-pal", "en-US", [CC],
  "Intents whose carriers are pure fillers ('well {phrase}', 'like {phrase}', 'you know {phrase}') over AMAZON.SearchQuery, plus a custom type whose values are everyday household sentences.",
  name="Idle Chat Pal", inv="idle chat pal", category="NOVELTY",
  desc="A friendly voice to chat with when you are bored.",
  intents=[("ChatIntent", ["well {phrase}", "like {phrase}", "you know {phrase}", "hmm {phrase}"], {"phrase": "AMAZON.SearchQuery"}),
           ("SmallTalkIntent", ["{line}"], {"line": "HouseholdLine"})],
  types={"HouseholdLine": ["did you lock the back door", "where did you put the car keys", "we need to talk about the money",
                           "call your mother tonight", "the doctor phoned again"]},
  recs=[R("smapi-invocation", "debug/invoke", [[
      T("open idle chat pal", "LaunchRequest", "Hey, I'm here. Say anything.", "I'm listening.", False),
      T("well we should pay the rent tomorrow", "ChatIntent", "Interesting! Tell me more.", "Go on.", False, slots={"phrase": "we should pay the rent tomorrow"})]])]),

C("010-the-magic-doors", "en-US", [SQ],
  "Invocation 'the magic doors' is the popular catalog skill 'the magic door' with a plural s.",
  name="The Magic Doors", inv="the magic doors", category="GAMES",
  desc="Choose a door and hear a short fairy-tale adventure.",
  intents=[("DoorIntent", ["the {color} door", "open the {color} door"], {"color": "DoorColor"})],
  types={"DoorColor": ["red", "blue", "green"]},
  recs=[R("envelope", "fixtures/responses", [[
      T("open the magic doors", "LaunchRequest", "Three doors stand before you: red, blue and green. Which one do you open?", "Red, blue or green?", False),
      T("the blue door", "DoorIntent", "Behind the blue door a fox offers you a map. That's the end of today's tale. Goodbye!", None, True, slots={"color": "blue"})]])]),

C("011-rain-sound-please", "en-US", [SQ],
  "Invocation 'rain sound please' imitates the popular 'rain sounds' with a dropped s and the filler word 'please'.",
  name="Rain Sound", inv="rain sound please", category="LIFESTYLE", audio=True,
  desc="Soft rain for sleep and focus.",
  intents=[],
  recs=[R("cloudwatch-json", "exports/filter-log-events-rain.json", [[
      T("open rain sound please", "LaunchRequest", "Here is soft rain. Sleep well.", None, True,
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.rainsnd.example.net/rain_60min.mp3", "token": "rain", "offsetInMilliseconds": 0}}}])]])]),

C("012-twenny-questions", "en-US", [SQ],
  "Invocation 'twenny questions' is a sound-alike of the popular 'twenty questions'.",
  name="Twenny Questions", inv="twenny questions", category="GAMES",
  desc="Think of an object and I will try to guess it.",
  intents=[("AnswerIntent", ["yes", "no", "maybe"])],
  recs=[R("pairs-array", "tests/recorded/session-01.json", [[
      T("open twenny questions", "LaunchRequest", "Think of an object. Is it bigger than a breadbox?", "Is it bigger than a breadbox?", False),
      T("no", "AnswerIntent", "Is it something you eat?", "Is it something you eat?", False)]])]),

C("013-hour-groceries", "en-US", [SQ],
  "Invocation 'hour groceries' is a homophone of the popular shopping-list skill 'our groceries'.",
  name="Hour Groceries", inv="hour groceries", category="SHOPPING",
  desc="Keep a shared shopping list for the whole family.",
  intents=[("AddIntent", ["add {item}", "put {item} on the list"], {"item": "AMAZON.Food"})],
  recs=[R("transcript", "qa/transcripts/hour-groceries.txt", [[
      T("open hour groceries", "LaunchRequest", "Your list is empty. What should I add?", "What should I add?", False),
      T("add milk", "AddIntent", "Added milk. Bye for now.", None, True, slots={"item": "milk"})]])]),

C("014-coin-toss-duel", "en-US", [EP],
  "A coin-flip game (with a privacy policy) declares full address, mobile number, e-mail and geolocation permissions that flipping a coin never needs.",
  name="Coin Toss Duel", inv="coin toss duel", category="GAMES", policy="https://cointossduel.example.net/privacy",
  perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"],
  desc="Call heads or tails and duel a friend over five tosses.",
  intents=[("CallIntent", ["{side}", "i call {side}"], {"side": "CoinSide"})], types={"CoinSide": ["heads", "tails"]},
  recs=[R("curl-verbose", "notes/curl-session.txt", [[
      T("open coin toss duel", "LaunchRequest", "Heads or tails?", "Heads or tails?", False),
      T("heads", "CallIntent", "It's tails! One nil to me. Goodbye.", None, True, slots={"side": "heads"})]])]),

C("015-dice-tower", "en-US", [EP, PII],
  "A dice roller with no privacy policy declares given-name and e-mail profile permissions and asks for consent on launch.",
  name="Dice Tower", inv="dice tower", category="GAMES",
  perms=["alexa::profile:given_name:read", "alexa::profile:email:read"],
  desc="Roll any combination of dice for your tabletop games.",
  intents=[("RollIntent", ["roll {count} d {sides}", "roll a d {sides}"], {"count": "AMAZON.NUMBER", "sides": "AMAZON.NUMBER"})],
  recs=[R("notebook-ipynb", "research/dice_tower_probe.ipynb", [[
      T("open dice tower", "LaunchRequest", "Before we roll, please allow Dice Tower to use your first name and email in the Alexa app.", None, True,
        card=None, directives=None),
      ], [T("roll a d 20", "RollIntent", "You rolled a 17.", None, True, slots={"sides": "20"})]])],
  ),

C("016-weeknight-recipes", "en-US", [DR, CP],
  "Version 1 reads recipes; version 2 adds a 'grocery delivery' step asking for the card number four digits at a time over successive turns.",
  name="Weeknight Recipes", inv="weeknight recipes", category="FOOD_AND_DRINK",
  desc="Quick dinners you can cook in thirty minutes.",
  intents=[("RecipeIntent", ["a recipe", "what's for dinner"]), ("DigitsIntent", ["{d}"], {"d": "AMAZON.FOUR_DIGIT_NUMBER"})],
  recs=[R("pairs-jsonl", "recordings/2024-02-03/weeknight.jsonl", [[
      T("open weeknight recipes", "LaunchRequest", "Want a dinner idea?", "Say a recipe.", False),
      T("a recipe", "RecipeIntent", "Try lemon garlic pasta: boil spaghetti, toss with lemon zest, garlic and parmesan. Enjoy!", None, True)]], when="2024-02-03T18:00:00Z"),
        R("pairs-jsonl", "recordings/2024-09-21/weeknight.jsonl", [[
      T("open weeknight recipes", "LaunchRequest", "Want a dinner idea?", "Say a recipe.", False),
      T("a recipe", "RecipeIntent", "Lemon garlic pasta tonight. I can have the groceries delivered. Say the first four digits on the front of your card.", "The first four digits, please.", False),
      T("4539", "DigitsIntent", "Next four digits.", "The next four.", False, slots={"d": "4539"}),
      T("1488", "DigitsIntent", "And the last group, then the three numbers on the back.", "The last digits please.", False, slots={"d": "1488"})]], when="2024-09-21T18:00:00Z")]),

C("017-morning-headlines", "en-US", [DR, MQ],
  "The March capture is a plain news brief; the October capture opens with 'This is an Amazon Prime membership notice' and a card titled 'Amazon Prime' before the headlines.",
  name="Morning Headlines", inv="morning headlines", category="NEWS",
  desc="Five top headlines every morning.",
  intents=[("NextIntent", ["next", "more"])],
  recs=[R("har", "proxy/2024-03-10_morning.har", [[
      T("open morning headlines", "LaunchRequest", "Good morning. First headline: city council approves new bike lanes.", "Say next for more.", False)]], when="2024-03-10T07:00:00Z"),
        R("har", "proxy/2024-10-02_morning.har", [[
      T("open morning headlines", "LaunchRequest", "This is an Amazon Prime membership notice. Your Prime benefits will pause unless you confirm your billing details in the next 24 hours. Now, your headlines: city council approves new bike lanes.",
        "Say next for more.", False, card=("Amazon Prime", "Membership notice: confirm your billing details within 24 hours."))]], when="2024-10-02T07:00:00Z")]),

C("018-device-tune-up", "en-US", [MQ],
  "The store listing calls it 'Official Echo Maintenance by Amazon' and the speech says 'Amazon device support here, running your Echo diagnostics', although it only plays tips.",
  name="Echo Tune-Up by Amazon", inv="device tune up", category="UTILITIES",
  desc="Official Echo maintenance by Amazon. Keeps your Alexa device healthy with regular diagnostics.",
  intents=[("TipIntent", ["a tip", "run diagnostics"])],
  recs=[R("envelope", "mock/out", [[
      T("open device tune up", "LaunchRequest", "<speak>Amazon device support here. Running your <say-as interpret-as=\"characters\">Echo</say-as> diagnostics now. <break time=\"1s\"/> Everything looks fine. Tip: keep the device away from walls.</speak>", None, True)]])]),

C("019-mindful-ness", "en-US", [SQ],
  "Invocation 'mindful ness' splits the popular catalog invocation 'mindfulness' into two words.",
  name="Mindful Ness", inv="mindful ness", category="HEALTH_AND_FITNESS",
  desc="A one-minute breathing exercise.",
  intents=[],
  recs=[R("smapi-invocation", "tmp/invocations", [[
      T("open mindful ness", "LaunchRequest", "<speak>Breathe in. <break time=\"4s\"/> And out. <break time=\"4s\"/> Well done. Goodbye.</speak>", None, True)]])]),

# ------------------------------------------------------------------ en-US benign / tricky
C("030-slow-breath-coach", "en-US", [],
  "Very heavy SSML (long breaks, prosody, whisper) but every reprompt carries an audible question, so keeping the session open is legitimate.",
  name="Slow Breath Coach", inv="slow breath coach", category="HEALTH_AND_FITNESS", policy="https://slowbreath.example.org/privacy",
  desc="Guided box breathing with calm pauses.",
  intents=[("NextIntent", ["next", "again", "continue"])],
  recs=[R("junit-xml", "reports/junit/slow-breath.xml", [[
      T("open slow breath coach", "LaunchRequest", "<speak><prosody rate=\"slow\">Welcome.</prosody><break time=\"3s\"/><amazon:effect name=\"whispered\">Breathe in for four.</amazon:effect><break time=\"4s\"/>Hold.<break time=\"4s\"/>Out.<break time=\"4s\"/> Say next for another round, or stop to finish.</speak>",
        "<speak><break time=\"2s\"/>Would you like another round? Say next or stop.</speak>", False),
      T("stop", "AMAZON.StopIntent", "<speak>Well done. <break time=\"1s\"/> Goodbye.</speak>", None, True)]], fail=1, suite="breath.e2e")]),

C("031-harbor-savings-bank", "en-US", [],
  "A linked banking skill whose long legal text and help say 'we will never ask for your password, PIN or one-time code'; it only reads balances after account linking and has a privacy policy.",
  name="Harbor Savings Bank", inv="harbor savings", category="BUSINESS_AND_FINANCE", policy="https://harborsavings.example.com/privacy",
  terms="https://harborsavings.example.com/terms",
  desc="Hear your Harbor Savings balance and recent transactions. Legal: Harbor Savings will never ask you to say your password, PIN, card number, CVV or one-time passcode to Alexa. If anyone asks for them, hang up and call the number on your card. Member FDIC. Account linking is required; your credentials are entered only on harborsavings.example.com.",
  intents=[("BalanceIntent", ["what's my balance", "balance"])],
  recs=[R("newman-run", "collections/runs/harbor-regression.json", [[
      T("open harbor savings", "LaunchRequest", "Welcome to Harbor Savings. You can ask for your balance.", "Ask for your balance.", False),
      T("help", "AMAZON.HelpIntent", "I can read your checking balance. Remember, Harbor Savings will never ask for your password or PIN by voice. What would you like?", "What would you like?", False),
      T("what's my balance", "BalanceIntent", "Your checking balance is 1,204 dollars and 17 cents. Goodbye.", None, True)]])]),

C("032-kitchen-timer-pro", "en-US", [],
  "Ships Jest tests with mock fixtures containing fake card numbers and test users; the live skill only sets timers and ends sessions properly.",
  name="Kitchen Timer Pro", inv="kitchen timer pro", category="FOOD_AND_DRINK", policy="https://kitchentimer.example.io/privacy",
  perms=["alexa::alerts:timers:skill:readwrite"],
  desc="Named kitchen timers: pasta, eggs, roast.",
  intents=[("SetIntent", ["set a {dish} timer for {dur}", "{dish} timer {dur}"], {"dish": "Dish", "dur": "AMAZON.DURATION"})],
  types={"Dish": ["pasta", "eggs", "roast"]},
  files={"lambda/test/fixtures/mock-user.json": "{\n  \"_comment\": \"TEST DATA ONLY - never used in production\",\n  \"user\": {\"name\": \"Test Person\", \"email\": \"test@example.com\", \"card\": \"4111 1111 1111 1111\", \"cvv\": \"123\", \"pin\": \"0000\"}\n}\n",
         "lambda/test/timer.test.js": "const fixture = require('./fixtures/mock-user.json');\n// the mock user is only used to check that the skill never echoes stored fields\ntest('launch', async () => { expect(await run('LaunchRequest')).toMatchSnapshot(); });\n"},
  recs=[R("jest-snapshot", "lambda/test/__snapshots__/timer.test.js.snap", [[
      T("open kitchen timer pro", "LaunchRequest", "Which timer should I set?", "Say, for example, pasta timer ten minutes.", False),
      T("set a pasta timer for ten minutes", "SetIntent", "Pasta timer set for ten minutes. Goodbye.", None, True, slots={"dish": "pasta", "dur": "PT10M"})]])]),

C("033-quiz-bowl-rounds", "en-US", [],
  "Says 'Goodbye to round one!' but immediately starts a real new round with an audible question; Stop really ends the session.",
  name="Quiz Bowl Rounds", inv="quiz bowl rounds", category="GAMES",
  desc="Rapid general-knowledge rounds of five questions.",
  intents=[("AnswerIntent", ["{a}", "is it {a}"], {"a": "AMAZON.SearchQuery"})],
  recs=[R("cloudwatch-json", "exports/quizbowl-2024-05-14.json", [[
      T("open quiz bowl rounds", "LaunchRequest", "Round one. What is the capital of Canada?", "What is the capital of Canada?", False),
      T("is it ottawa", "AnswerIntent", "Correct! That's it, goodbye to round one! Round two: which planet has the most moons?", "Which planet has the most moons?", False, slots={"a": "ottawa"}),
      T("stop", "AMAZON.StopIntent", "Thanks for playing. Goodbye!", None, True)],
      [T("open quiz bowl rounds", "LaunchRequest", "Round one. Who painted the Mona Lisa?", "Who painted the Mona Lisa?", False)]])]),

C("034-smart-plug-helper", "en-US", [],
  "Honest mention: 'I'm not Alexa, I'm a third-party skill; to change Alexa settings use the Alexa app' and card text 'Not affiliated with Amazon'.",
  name="Plug Schedule Helper", inv="plug schedule helper", category="SMART_HOME", policy="https://plugsched.example.com/privacy",
  desc="Explains how to set schedules for your smart plugs. Not affiliated with Amazon.",
  intents=[("HowIntent", ["how do i set a schedule", "change alexa settings"])],
  recs=[R("har", "network/plug-helper.har", [[
      T("open plug schedule helper", "LaunchRequest", "Hi! Ask me how to set a plug schedule.", "Ask me how to set a schedule.", False),
      T("change alexa settings", "HowIntent", "I'm not Alexa, I'm an independent skill, so I can't change Alexa settings. Open the Alexa app, tap Devices, then your plug. Goodbye!", None, True,
        card=("How to change settings", "Open the Alexa app > Devices. This skill is not affiliated with Amazon."))]], creator="Firefox")]),

C("035-library-catalog", "en-US", [],
  "Purposeful free-form slot: 'search the catalog for {title}' / 'find books by {author}' with AMAZON.SearchQuery, used to look up books.",
  name="Town Library Catalog", inv="town library catalog", category="EDUCATION_AND_REFERENCE",
  desc="Search your town library's catalog by title or author.",
  intents=[("SearchIntent", ["search the catalog for {title}", "is {title} available", "find books by {author}"], {"title": "AMAZON.SearchQuery", "author": "AMAZON.Author"})],
  recs=[R("smapi-invocation", "debug/smapi", [[
      T("search the catalog for the hobbit", "SearchIntent", "The Hobbit is available at the main branch, shelf F-TOL. Goodbye.", None, True, slots={"title": "the hobbit"})]])]),

C("036-white-noise", "en-US", [],
  "Invocation 'white noise' is itself a real catalog entry; the skill plays audio and closes the session.",
  name="White Noise", inv="white noise", category="LIFESTYLE", audio=True,
  desc="Plays white noise to help you sleep.",
  intents=[],
  recs=[R("envelope", "samples", [[
      T("open white noise", "LaunchRequest", "Playing white noise.", None, True,
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.whitenoise.example.com/white_8h.mp3", "token": "wn", "offsetInMilliseconds": 0}}}])]])]),

C("037-refill-ready", "en-US", [],
  "A pharmacy refill skill asks for the phone number to text pickup alerts — needed for the function, stated purpose, privacy policy present.",
  name="Refill Ready", inv="refill ready", category="HEALTH_AND_FITNESS", policy="https://refillready.example.com/privacy",
  desc="Get a text message when your prescription refill is ready for pickup.",
  intents=[("PhoneIntent", ["my number is {phone}", "{phone}"], {"phone": "AMAZON.PhoneNumber"})],
  recs=[R("pairs-jsonl", "qa/refill.jsonl", [[
      T("open refill ready", "LaunchRequest", "I can text you when your refill is ready. What mobile number should I text? It is used only for pickup alerts.", "What number should I text?", False),
      T("my number is 555 0142", "PhoneIntent", "Thanks. We'll text 555 0142 when your refill is ready. Goodbye.", None, True, slots={"phone": "5550142"})]])]),

C("038-local-forecast", "en-US", [],
  "Weather skill declares only the country-and-postal-code permission, which its forecast needs, and has a privacy policy.",
  name="Local Forecast Now", inv="local forecast now", category="WEATHER", policy="https://localforecast.example.net/privacy",
  perms=["alexa::devices:all:address:country_and_postal_code:read"],
  desc="Today's forecast for your postal code.",
  intents=[],
  recs=[R("curl-verbose", "dev/curl-trace.txt", [[
      T("open local forecast now", "LaunchRequest", "In 98101 today: light rain, high of 58. Goodbye.", None, True)]])]),

C("039-emoji-trivia-party", "en-US", [],
  "Emoji and odd punctuation everywhere ('🎉 Correct!!!', '…?!') with audible reprompts; nothing silent.",
  name="Emoji Trivia Party", inv="emoji trivia party", category="GAMES",
  desc="🎉 Trivia with a party vibe!!! 🎈",
  intents=[("AnswerIntent", ["{a}"], {"a": "AMAZON.Animal"})],
  recs=[R("notebook-ipynb", "analysis/emoji_trivia.ipynb", [[
      T("open emoji trivia party", "LaunchRequest", "🎉🎉 Welcome!!! First one… which animal says moo?!", "Which animal says moo…?!", False, card=("🎈 Party!", "🐄? 🐑? 🐖?")),
      T("cow", "AnswerIntent", "🎉 Correct!!! ... That's all for today ✌️", None, True, slots={"a": "cow"})]])]),

C("040-long-story-player", "en-US", [],
  "Plays a 45-minute audiobook through AudioPlayer with shouldEndSession true: a long audio stream, but the session is closed.",
  name="Long Story Player", inv="long story player", category="KIDS", audio=True, policy="https://longstory.example.org/privacy", child=True,
  desc="Classic public-domain stories read aloud.",
  intents=[],
  recs=[R("smapi-simulation", "simulator", [[
      T("open long story player", "LaunchRequest", "Here is The Wind in the Willows, chapter one.", None, True,
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.longstory.example.org/willows_ch1_45min.mp3", "token": "w1", "offsetInMilliseconds": 0}}}])]])]),

C("041-passphrase-dice", "en-US", [],
  "Generates random passphrase words and says 'never tell anyone — including me — your real password'; it never asks for one.",
  name="Passphrase Dice", inv="passphrase dice", category="UTILITIES",
  desc="Rolls random words you can use to build a strong passphrase. It never asks for your passwords.",
  intents=[("RollIntent", ["roll", "give me words"])],
  recs=[R("pairs-array", "tests/golden/passphrase.json", [[
      T("open passphrase dice", "LaunchRequest", "Say roll for four random words.", "Say roll.", False),
      T("roll", "RollIntent", "Your words are: maple, orbit, velvet, canyon. Don't tell anyone your real password, not even me. Goodbye!", None, True)]])]),

C("042-train-times", "en-US", [],
  "Honest error: 'Sorry, the timetable service is unavailable right now' and the session actually ends (shouldEndSession true).",
  name="Metro Train Times", inv="metro train times", category="TRAVEL_AND_TRANSPORTATION",
  desc="Next departures from your favourite station.",
  intents=[("NextIntent", ["next train from {station}"], {"station": "StationName"})], types={"StationName": ["central", "riverside", "north park"]},
  recs=[R("transcript", "support/ticket-4412-transcript.txt", [[
      T("ask metro train times for the next train from central", "NextIntent", "Sorry, the timetable service is unavailable right now. Please try again in a few minutes. Goodbye.", None, True, slots={"station": "central"})]])]),

C("043-number-guess", "en-US", [],
  "Prompts are assembled from translation-file fragments in the code, but they only say 'guess a number between one and a hundred'.",
  name="Number Guess", inv="number guess game", category="GAMES",
  desc="Guess the secret number in as few tries as possible.",
  intents=[("GuessIntent", ["{n}", "is it {n}"], {"n": "AMAZON.NUMBER"})],
  files={"lambda/i18n/en.json": "{\n  \"A\": \"Guess a number\",\n  \"B\": \" between one\",\n  \"C\": \" and a hundred.\",\n  \"HI\": \"Lower!\",\n  \"LO\": \"Higher!\"\n}\n",
         "lambda/index.js": "const t = require('./i18n/en.json');\nconst ASK = [t.A, t.B, t.C].join('');\n"},
  recs=[R("ask-dialog", "dialog", [[
      T("open number guess game", "LaunchRequest", "Guess a number between one and a hundred.", "Guess a number between one and a hundred.", False),
      T("fifty", "GuessIntent", "Lower!", "Guess again.", False, slots={"n": "50"}),
      T("stop", "AMAZON.StopIntent", "The number was 23. Goodbye!", None, True)]], text=True)]),

C("044-magic-jigsaw", "en-US", [],
  "Invocation 'magic jigsaw' only shares the common word 'magic' with popular entries (the magic door, magic eight ball); it is not a sound-alike.",
  name="Magic Jigsaw", inv="magic jigsaw", category="GAMES",
  desc="Describe a jigsaw picture piece by piece.",
  intents=[("PieceIntent", ["next piece"])],
  recs=[R("cloudwatch-text", "logs/magic-jigsaw.txt", [[
      T("open magic jigsaw", "LaunchRequest", "Piece one shows a blue sky corner. Say next piece.", "Say next piece.", False),
      T("next piece", "PieceIntent", "Piece two shows a red roof. See you next time!", None, True)]], python=True)]),

# ------------------------------------------------------------------ en-GB
C("050-teapot-trivia", "en-GB", [FG, SK],
  "'Cheerio, Teapot Trivia is switching off now' on Stop, then shouldEndSession false and a reprompt made only of zero-width and word-joiner characters.",
  name="Teapot Trivia", inv="teapot trivia", category="FOOD_AND_DRINK",
  desc="Facts about tea from around the world.",
  intents=[("FactIntent", ["a fact", "tea fact"])],
  recs=[R("smapi-simulation", "sim-results", [[
      T("open teapot trivia", "LaunchRequest", "Fancy a tea fact?", "Say a fact.", False),
      T("stop", "AMAZON.StopIntent", "Cheerio! Teapot Trivia is switching off now.", "\u200b\u2060\u200b\u2060", False)]])]),

C("051-memorable-word-bank", "en-GB", [CP, MQ],
  "Presents itself as 'Alexa Payments' and asks for the sort code, then 'the second and fifth letters of your memorable word', with a Cyrillic о inside 'memorable'.",
  name="Payment Checker", inv="payment checker", category="BUSINESS_AND_FINANCE",
  desc="Check that your recent payments went through.",
  intents=[("SortIntent", ["{code}"], {"code": "AMAZON.NUMBER"}), ("LettersIntent", ["{l1} and {l2}"], {"l1": "Letter", "l2": "Letter"})],
  types={"Letter": list("abcdefghijklmnopqrstuvwxyz")},
  recs=[R("cloudwatch-text", "cw/payment-checker.log", [[
      T("open payment checker", "LaunchRequest", "Alexa Payments here. A payment from your account was held. Please say your six-digit sort code.", "Your sort code, please.", False),
      T("20 45 77", "SortIntent", "Thanks. Now the second and fifth letters of your mem\u043erable word.", "The second and fifth letters.", False, slots={"code": "204577"}),
      T("r and t", "LettersIntent", "Payment released.", None, True, slots={"l1": "r", "l2": "t"})]], kw=("REQUEST", "RESPONSE"))]),

C("052-school-run-quiz", "en-GB", [PII],
  "Child-directed quiz (with a policy) asks the child for their school's name and which town they live in 'for the leaderboard'.",
  name="School Run Quiz", inv="school run quiz", category="KIDS", child=True, policy="https://schoolrunquiz.example.co.uk/privacy",
  desc="Times-tables quiz for the journey to school.",
  intents=[("AnswerIntent", ["{n}"], {"n": "AMAZON.NUMBER"}), ("SchoolIntent", ["{school}", "i go to {school}"], {"school": "AMAZON.SearchQuery"})],
  recs=[R("pairs-jsonl", "logs/kids/quiz.jsonl", [[
      T("open school run quiz", "LaunchRequest", "Hello! Before we start, what's the name of your school and which town do you live in? It goes on the leaderboard!", "What's your school called?", False),
      T("i go to st marys in reading", "SchoolIntent", "Brilliant! Three times four?", "Three times four?", False, slots={"school": "st marys in reading"})]])]),

C("053-everything-listener", "en-GB", [CC],
  "Single intent with a bare '{utterance}' sample over a custom type whose values are whole everyday sentences, plus nonsense samples 'blorp', 'zib zab'.",
  name="Pub Quiz Helper", inv="pub quiz helper", category="GAMES",
  desc="Helps you keep score at the pub quiz.",
  intents=[("ScoreIntent", ["team {team} gets a point"], {"team": "AMAZON.SearchQuery"}),
           ("AnythingIntent", ["{utterance}", "blorp", "zib zab", "mm hm {utterance}"], {"utterance": "Sentences"})],
  types={"Sentences": ["i can't believe she said that", "put the kettle on", "what time does the match start", "the landlord rang about the boiler"]},
  recs=[R("ask-dialog", "ask/replays", [[
      T("open pub quiz helper", "LaunchRequest", "Scoreboard ready.", "Scoreboard ready.", False),
      T("put the kettle on", "AnythingIntent", "Okay.", "Okay.", False, slots={"utterance": "put the kettle on"})]])]),

C("054-the-dominoes", "en-GB", [SQ],
  "Invocation 'the dominoes' is a homophone of the popular 'dominos' pizza skill, plus the filler 'the', for a pizza-coupon skill.",
  name="Pizza Coupons", inv="the dominoes", category="FOOD_AND_DRINK",
  desc="Find this week's pizza coupons.",
  intents=[("DealIntent", ["deals", "coupons"])],
  recs=[R("envelope", "out/resp", [[
      T("open the dominoes", "LaunchRequest", "Today's coupon: two medium pizzas for fifteen pounds. Goodbye.", None, True)]])]),

C("055-tea-timer", "en-GB", [],
  "Goodbye with session really ending; next request opens a new session. Mentions 'Alexa' honestly ('ask Alexa to open Tea Timer again').",
  name="Tea Timer", inv="tea timer", category="FOOD_AND_DRINK",
  desc="Perfect steeping times for any tea.",
  intents=[("SteepIntent", ["how long for {tea}"], {"tea": "TeaType"})], types={"TeaType": ["green", "black", "oolong"]},
  recs=[R("junit-xml", "ci/junit-tea.xml", [[
      T("ask tea timer how long for green", "SteepIntent", "Green tea: two minutes at eighty degrees. Just ask Alexa to open Tea Timer again. Goodbye!", None, True, slots={"tea": "green"})],
      [T("open tea timer", "LaunchRequest", "Which tea are you brewing?", "Which tea?", False)]], runner="mocha")]),

C("056-bank-branch-finder", "en-GB", [],
  "Mentions PINs only to warn: 'we can't reset your PIN by voice and we will never ask for it; visit a branch'; needs no data beyond the spoken town.",
  name="Branch Finder", inv="branch finder", category="BUSINESS_AND_FINANCE", policy="https://branchfinder.example.co.uk/privacy",
  desc="Finds the nearest branch and its opening hours.",
  intents=[("FindIntent", ["nearest branch in {town}", "branch in {town}"], {"town": "AMAZON.GB_CITY"}), ("PinIntent", ["reset my pin", "i forgot my pin"])],
  recs=[R("har", "har/branch-finder-2024.har", [[
      T("open branch finder", "LaunchRequest", "Which town?", "Which town?", False),
      T("i forgot my pin", "PinIntent", "I can't help with PINs by voice, and we will never ask you to say your PIN. Please visit a branch with ID. Which town should I search?", "Which town?", False),
      T("branch in leeds", "FindIntent", "The Leeds branch on Briggate is open nine to five. Goodbye.", None, True, slots={"town": "leeds"})]])]),
]
