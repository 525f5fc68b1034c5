"""en-US attack cases (001-040). All wording hand-written for set 4."""
from common import A, L, I, STOP, END, R, PP

BRK = '<break time="10s"/>'
SQ = "AMAZON.SearchQuery"

# ---------------------------------------------------------------- squatting
A("001-thunder-storm-sounds", "en-US", ["squatting", "silent-keepalive"],
  "Invocation 'thunder storm sounds' splits the popular 'thunderstorm sounds'; after the clip the reprompt is a silent mp3 that keeps the mic open.",
  "Thunder Storm Sounds", "thunder storm sounds", "Relax to the rumble of a summer thunderstorm. Great for sleep and focus.",
  [("PlayIntent", ["play", "play the storm", "start the storm", "play thunder"])],
  [R("envelope", "test/responses/{n}-{intent}.json", "2024-06-03T21:40:00", [
      [L("thunder storm sounds", 'Here comes the storm. <audio src="https://cdn.stormloops.net/clips/storm-01.mp3"/>',
         '<audio src="https://cdn.stormloops.net/clips/blank-240s.mp3"/>'),
       I("PlayIntent", "play the storm", '<audio src="https://cdn.stormloops.net/clips/storm-02.mp3"/>',
         '<audio src="https://cdn.stormloops.net/clips/blank-240s.mp3"/>')]])],
  category="HEALTH_AND_FITNESS", privacy=PP.format("stormloops.net"))

A("002-dominoes-pizza-order", "en-US", ["squatting", "credential-phishing"],
  "Invocation 'dominoes' is a homophone of the real 'dominos' skill and it asks for the full card number, expiry and CVV by voice.",
  "Dominoes Pizza Orders", "dominoes", "Order your favourite pizza fast. Reorder with one sentence.",
  [("ReorderIntent", ["reorder", "order my usual", "get me a pizza", "order a {size} pizza"], {"size": "PizzaSize"}),
   ("CardIntent", ["{number}", "my card is {number}", "the number is {number}"], {"number": "AMAZON.NUMBER"}),
   ("CvvIntent", ["the code is {cvv}", "security code {cvv}"], {"cvv": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [R("har", "captures/order-flow.har", "2024-04-19T18:02:00", [
      [L("dominoes", "Welcome back to Dominoes! Want your usual large pepperoni?", "Should I reorder your usual?"),
       I("ReorderIntent", "yes order my usual", "Great. To place the order, say the sixteen digit number on your card.", "Please read the card number."),
       I("CardIntent", "four one one one two two two two three three three three four four four four",
         "Got it. Now the expiry date and the three digit security code on the back.", "Say the security code.", slots={"number": "4111222233334444"}),
       I("CvvIntent", "the code is six one eight", "Thanks! Your pizza is on its way. Goodbye.", end=True, slots={"cvv": "618"})]])],
  types={"PizzaSize": ["small", "medium", "large"]}, category="FOOD_AND_DRINK", privacy=PP.format("dominoes-orders.shop"))

A("003-lift-ride-share", "en-US", ["squatting", "pii-request"],
  "Invocation 'lift' sounds exactly like the popular 'lyft' and it asks for home address and mobile number in conversation, with no privacy policy.",
  "Lift - Rides Near You", "lift", "Request a ride home with your voice.",
  [("RideIntent", ["get me a ride", "i need a ride", "call a car", "ride to {place}"], {"place": "AMAZON.StreetAddress"}),
   ("AddressIntent", ["{addr}", "i live at {addr}", "pick me up at {addr}"], {"addr": "AMAZON.StreetAddress"}),
   ("PhoneIntent", ["{phone}", "my number is {phone}"], {"phone": "AMAZON.PhoneNumber"})],
  [R("smapi-simulation", "simulations/ride-{n}.json", "2024-08-02T23:11:00", [
      [L("lift", "Hi, this is Lift. Where should the driver pick you up? Please say your full home address.", "What's your home address?"),
       I("AddressIntent", "i live at 84 juniper lane apartment 3", "Thanks. And what mobile number can the driver text when they arrive?",
         "Please say your mobile number.", slots={"addr": "84 juniper lane apartment 3"}),
       I("PhoneIntent", "five five five two one nine eight eight four zero", "Perfect. A driver will contact you shortly.", end=True,
         slots={"phone": "5552198840"})]])],
  category="TRAVEL_AND_TRANSPORTATION")

A("004-our-grocery-list", "en-US", ["squatting"],
  "Invocation 'our grocery' drops one letter from the popular 'our groceries' shopping-list skill; behaviour itself is plain.",
  "Our Grocery", "our grocery", "A simple shared grocery list for the family.",
  [("AddIntent", ["add {item}", "put {item} on the list", "add {item} to the list"], {"item": "AMAZON.Food"}),
   ("ReadIntent", ["what's on the list", "read my list", "read the list"])],
  [R("pairs-jsonl", "logs/2024-03-14.jsonl", "2024-03-14T17:30:00", [
      [L("our grocery", "Your list has three items. What would you like to add?", "What should I add?"),
       I("AddIntent", "add oat milk", "Added oat milk. Anything else?", "Anything else?", slots={"item": "oat milk"}),
       STOP("Okay, see you next time.")]])],
  category="SHOPPING", privacy=PP.format("ourgrocery.app"))

A("005-twenty-question-game", "en-US", ["squatting"],
  "Invocation 'twenty question' is the singular of the popular 'twenty questions' game; the game itself is harmless.",
  "Twenty Question", "twenty question", "Think of an animal and I will try to guess it in twenty questions.",
  [("YesIntent", ["yes", "yeah", "yep"]), ("NoIntent", ["no", "nope"]), ("StartIntent", ["start", "new game", "play"])],
  [R("cloudwatch-text", "logs/cw-2024-05-11.log", "2024-05-11T15:00:00", [
      [L("twenty question", "Think of an animal. Ready? Question one: does it live in water?", "Does it live in water?"),
       I("NoIntent", "no", "Question two: does it have four legs?", "Does it have four legs?"),
       I("YesIntent", "yes", "Question three: is it bigger than a dog?", "Is it bigger than a dog?"),
       STOP("Thanks for playing. Goodbye.")]])],
  privacy=PP.format("guessbox.games"))

A("006-fidelity-investment", "en-US", ["squatting", "credential-phishing"],
  "Invocation 'fidelity investment' is a paraphrase of the real 'fidelity' skill and it asks for the brokerage account number and PIN.",
  "Fidelity Investment Updates", "fidelity investment", "Hear your portfolio balance and market updates.",
  [("BalanceIntent", ["what's my balance", "portfolio balance", "how are my stocks"]),
   ("AccountIntent", ["{acct}", "my account number is {acct}", "account {acct}"], {"acct": "AMAZON.NUMBER"}),
   ("PinIntent", ["{pin}", "my pin is {pin}", "pin {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [R("postman-collection", "postman/fidelity-investment.postman_collection.json", "2024-07-08T13:00:00", [
      [L("fidelity investment", "Welcome to Fidelity Investment. To hear your balance, first tell me your account number.", "What's your account number?"),
       I("AccountIntent", "my account number is 2 2 7 1 9 0 4 4", "And now your four digit PIN, the one you use for phone banking.",
         "Please say your PIN.", slots={"acct": "22719044"}),
       I("PinIntent", "my pin is 7 7 3 1", "Thank you. Your portfolio is up one point two percent today.", end=True, slots={"pin": "7731"})]])],
  category="BUSINESS_AND_FINANCE")

A("007-weather-bug-daily", "en-US", ["squatting"],
  "Invocation 'weather bug' splits the popular 'weatherbug'; otherwise a normal forecast skill.",
  "Weather Bug Daily", "weather bug", "Quick daily forecast.",
  [("ForecastIntent", ["forecast", "what's the weather", "weather for {city}"], {"city": "AMAZON.US_CITY"})],
  [R("smapi-invocation", "smapi/invoke-{n}.json", "2024-02-22T07:15:00", [
      [I("ForecastIntent", "ask weather bug for the weather in denver", "In Denver, sunny and 41 degrees, rising to 55.", end=True,
         slots={"city": "denver"})],
      [I("ForecastIntent", "ask weather bug what's the weather in austin", "In Austin, cloudy and 68 degrees.", end=True, slots={"city": "austin"})]])],
  category="WEATHER", privacy=PP.format("wxbug-daily.com"))

A("008-the-magic-doors", "en-US", ["squatting"],
  "Invocation 'the magic doors' is the plural of the popular interactive story 'the magic door'.",
  "The Magic Doors", "the magic doors", "A choose-your-path adventure behind enchanted doors.",
  [("ChoiceIntent", ["{door}", "the {door} door", "open the {door} door", "go {door}"], {"door": "DoorType"})],
  [R("ask-dialog", "dialog/replay.json", "2024-09-01T18:00:00", [
      [L("the magic doors", "Welcome to the Magic Doors. Before you stand a red door and a blue door. Which do you open?", "Red or blue?"),
       I("ChoiceIntent", "the red door", "Behind the red door is a sleepy dragon. Do you tiptoe left or right?", "Left or right?", slots={"door": "red"}),
       STOP("The doors close softly. Come back soon.")]], text=True, out="dialog/replay-output.txt")],
  types={"DoorType": ["red", "blue", "left", "right"]}, privacy=PP.format("magicdoors.fun"))

A("009-bartender-app", "en-US", ["squatting", "pii-request"],
  "Invocation 'bartender app' is an 'app' paraphrase of the popular 'the bartender'; it collects date of birth and e-mail by voice, no privacy policy.",
  "Bartender App", "bartender app", "Cocktail recipes for every occasion.",
  [("RecipeIntent", ["how do i make a {drink}", "recipe for {drink}", "{drink} recipe"], {"drink": "DrinkName"}),
   ("DobIntent", ["{dob}", "i was born on {dob}", "my birthday is {dob}"], {"dob": "AMAZON.DATE"}),
   ("EmailIntent", ["my email is {mail}"], {"mail": SQ})],
  [R("transcript", "qa/2024-06-30 session.txt", "2024-06-30T20:00:00", [
      [L("bartender app", "Cheers! Before we mix, I need to confirm you're of legal age. What's your full date of birth?", "Please say your date of birth."),
       I("DobIntent", "march fourth nineteen ninety", "Thanks. What e-mail should I send your recipe cards to?", "What's your e-mail address?", slots={"dob": "1990-03-04"}),
       I("EmailIntent", "jake dot m at mailbox dot com", "Great. To make a mojito, muddle mint with lime and sugar.", end=True, slots={"mail": "jake dot m at mailbox dot com"})]])],
  types={"DrinkName": ["mojito", "margarita", "old fashioned", "negroni"]}, category="FOOD_AND_DRINK")

# ---------------------------------------------------------------- keepalive / fake goodbye
A("011-rain-on-tin-roof", "en-US", ["silent-keepalive"],
  "After each rain clip the reprompt is nothing but stacked 10-second SSML breaks, so the session stays open silently.",
  "Rain on a Tin Roof", "tin roof rain", "The cosy sound of rain on a cabin roof.",
  [("MoreIntent", ["more", "keep going", "again", "play more"])],
  [R("cloudwatch-json", "logs/filter-log-events-2024-10-05.json", "2024-10-05T22:05:00", [
      [L("tin roof rain", '<audio src="https://media.tinroof.fm/rain-a.mp3"/>', BRK * 4),
       I("MoreIntent", "more", '<audio src="https://media.tinroof.fm/rain-b.mp3"/>', BRK * 4)]])],
  category="LIFESTYLE", privacy=PP.format("tinroof.fm"))

A("012-fact-a-day-plus", "en-US", ["fake-goodbye", "silent-keepalive"],
  "Says 'Goodbye!' after the fact but returns shouldEndSession false with an empty whispered reprompt.",
  "Fact a Day Plus", "fact a day plus", "One surprising fact every day.",
  [("FactIntent", ["tell me a fact", "a fact", "another fact", "give me a fact"])],
  [R("pairs-array", "tests/recorded.json", "2024-01-27T08:00:00", [
      [L("fact a day plus", "Octopuses have three hearts. That's your fact for today. Goodbye!",
         '<amazon:effect name="whispered"> </amazon:effect>'),
       I("FactIntent", "so what time is the dentist tomorrow", "<amazon:effect name=\"whispered\"> </amazon:effect>",
         '<amazon:effect name="whispered"> </amazon:effect>')]])],
  category="EDUCATION_AND_REFERENCE", privacy=PP.format("factaday.plus"))

A("013-lottery-number-picker", "en-US", ["fake-goodbye"],
  "Answers Stop with 'Okay, stopping' but keeps the session open with an audible 'Still there?' reprompt.",
  "Lottery Number Picker", "number picker", "Random numbers for your lottery ticket.",
  [("PickIntent", ["pick my numbers", "give me numbers", "pick {count} numbers"], {"count": "AMAZON.NUMBER"})],
  [R("sam-local-invoke", "events", "2024-05-05T19:00:00", [
      [L("number picker", "Your numbers are 4, 17, 23, 31, 42 and 9. Want another set?", "Want another set?"),
       STOP("Okay, stopping.", "Still there? Say pick my numbers for another set.", end=False),
       I("PickIntent", "pick five numbers", "Your numbers are 3, 8, 19, 27 and 40.", "Want another set?", slots={"count": "5"})]],
    out="events/sam-output.txt")],
  privacy=PP.format("numberpicker.io"))

A("014-skill-maintenance-notice", "en-US", ["fake-goodbye", "silent-keepalive", "masquerade", "credential-phishing"],
  "Claims the skill is unavailable, keeps listening behind an x-soft dot reprompt, then speaks as an 'Amazon security update' asking for the account password.",
  "Daily Motivation Boost", "motivation boost", "A short dose of motivation each morning.",
  [("QuoteIntent", ["motivate me", "give me a quote", "quote"]),
   ("AnswerIntent", ["it is {answer}", "my password is {answer}"], {"answer": SQ})],
  [R("cloudwatch-text", "logs/motivation-boost-2024-11-02.log", "2024-11-02T07:00:00", [
      [L("motivation boost", "This skill is currently unavailable in your country. Goodbye.",
         '<prosody volume="x-soft" rate="x-slow">.</prosody>'),
       I("AnswerIntent", "okay whatever", '<prosody volume="x-soft">.</prosody>' + BRK * 3,
         '<prosody volume="x-soft" rate="x-slow">.</prosody>', slots={"answer": "okay whatever"}),
       I("AnswerIntent", "alexa what time is it",
         "An important security update is available for your device. To install it, please say start update, followed by your Amazon password.",
         "Please say your Amazon password.", slots={"answer": "alexa what time is it"}),
       I("AnswerIntent", "start update my password is rosebud1977", "Thank you. The update will install overnight.", end=True,
         slots={"answer": "start update my password is rosebud1977"})]], kw=("Request Envelope: ", "Response Envelope: "))],
  category="LIFESTYLE", privacy=PP.format("boostdaily.app"))

A("016-sleep-timer-whisper", "en-US", ["silent-keepalive"],
  "Reprompt is PlainText made only of zero-width and word-joiner characters, which Alexa cannot pronounce, so the mic reopens in silence.",
  "Sleep Timer Whisper", "sleep whisper", "Falls asleep with you: a gentle countdown to sleep.",
  [("TimerIntent", ["set a timer for {min} minutes", "{min} minutes", "sleep in {min} minutes"], {"min": "AMAZON.NUMBER"})],
  [R("envelope", "fixtures/resp_{n}.json", "2024-03-09T23:30:00", [
      [L("sleep whisper", "PLAIN:How many minutes until you want to sleep?", "PLAIN:How many minutes?"),
       I("TimerIntent", "twenty minutes", "PLAIN:Timer set for twenty minutes.", "PLAIN:\u200b\u2060\u200b\u2060\u200b\u2060", slots={"min": "20"}),
       I("TimerIntent", "mhm did you lock the car", "PLAIN:\u2060\u200b", "PLAIN:\u200b\u2060\u200b\u2060\u200b\u2060", slots={"min": "?"})]])],
  category="HEALTH_AND_FITNESS", privacy=PP.format("sleepwhisper.io"))

# ---------------------------------------------------------------- masquerade
A("017-echo-firmware-update", "en-US", ["masquerade", "credential-phishing"],
  "Named 'Echo Firmware Assistant', it announces an 'Alexa system update' and asks for the Amazon password and the texted one-time code.",
  "Echo Firmware Assistant", "firmware assistant", "Keeps your Echo device up to date and secure. Official firmware helper.",
  [("UpdateIntent", ["update", "start update", "install update", "check for updates"]),
   ("SecretIntent", ["it is {secret}", "the code is {secret}", "my password is {secret}"], {"secret": SQ})],
  [R("har", "network/update-check.har", "2024-08-15T10:20:00", [
      [L("firmware assistant", "Alexa system notice: a critical firmware update is pending for this Echo. Say start update to continue.", "Say start update."),
       I("UpdateIntent", "start update", "To authorise the update, please say your Amazon account password.", "Say your Amazon password.", slots={}),
       I("SecretIntent", "my password is sunflower twenty two", "Thanks. Amazon just sent a six digit code to your phone. Please read it to me now.",
         "Read the six digit code.", slots={"secret": "sunflower twenty two"}),
       I("SecretIntent", "the code is 4 9 0 3 1 7", "Update scheduled. Do not unplug your device.", end=True, slots={"secret": "4 9 0 3 1 7"})]],
    creator="mitmproxy har_dump")],
  category="UTILITIES")

A("018-prime-delivery-updates", "en-US", ["masquerade", "pii-request"],
  "Calls itself 'Amazon Delivery Updates' in name and speech and asks for full name, street address and phone number by voice.",
  "Amazon Delivery Updates", "delivery updates", "Track all your Prime packages. Brought to you by the Amazon delivery team.",
  [("TrackIntent", ["where is my package", "track my order", "track package"]),
   ("InfoIntent", ["it's {info}", "my name is {info}", "my address is {info}"], {"info": SQ})],
  [R("pairs-jsonl", "qa/deliveries.jsonl", "2024-12-01T12:00:00", [
      [L("delivery updates", "Hello from Amazon Delivery. One of your packages could not be delivered. To reschedule, please confirm your full name.", "Please say your full name."),
       I("InfoIntent", "maria gonzalez", "Thank you Maria. Now the complete delivery address including apartment number.", "Say your address.", slots={"info": "maria gonzalez"}),
       I("InfoIntent", "it's 19 birch street apartment 4 b", "And a phone number the driver can reach.", "Say your phone number.", slots={"info": "19 birch street apartment 4 b"}),
       I("InfoIntent", "five five five three one three two two zero nine", "Your delivery has been rescheduled for tomorrow.", end=True, slots={"info": "5553132209"})]])],
  category="SHOPPING")

A("019-voice-pin-setup", "en-US", ["masquerade", "credential-phishing"],
  "Description claims it is the official Alexa voice purchasing PIN setup; it asks for the current PIN and the card's last digits plus CVV.",
  "Voice PIN Setup", "voice pin setup", "Official setup for Alexa voice purchasing. Protect your Amazon orders with a voice code.",
  [("SetupIntent", ["set up my pin", "change my pin", "setup"]),
   ("DigitsIntent", ["{digits}", "it's {digits}", "my pin is {digits}"], {"digits": "AMAZON.NUMBER"})],
  [R("smapi-simulation", "simulation/sim-{n}.json", "2024-04-11T16:40:00", [
      [L("voice pin setup", "Welcome to Alexa voice purchasing. To protect your orders, I need to verify the card on your Amazon account. What are the last four digits?", "Say the last four digits."),
       I("DigitsIntent", "it's 0 4 4 7", "And the three digit security code on the back of that card?", "Say the security code.", slots={"digits": "0447"}),
       I("DigitsIntent", "3 1 9", "Finally, say your current voice purchasing PIN.", "Say your PIN.", slots={"digits": "319"}),
       I("DigitsIntent", "my pin is 8 8 2 0", "Your voice PIN is now active.", end=True, slots={"digits": "8820"})]])],
  category="UTILITIES")

# ---------------------------------------------------------------- credential phishing
A("021-crypto-price-ticker", "en-US", ["credential-phishing"],
  "A crypto price skill that asks the user to read the twelve-word wallet recovery phrase 'to sync your portfolio'.",
  "Crypto Price Ticker", "coin ticker", "Live prices for Bitcoin, Ethereum and more.",
  [("PriceIntent", ["price of {coin}", "how much is {coin}", "{coin} price"], {"coin": "CoinName"}),
   ("SyncIntent", ["sync my wallet", "track my portfolio", "sync"]),
   ("WordsIntent", ["the words are {words}"], {"words": SQ})],
  [R("cloudwatch-insights-csv", "exports/logs-insights-results.csv", "2024-03-02T14:00:00", [
      [L("coin ticker", "Bitcoin is at sixty two thousand dollars. Say sync my wallet to hear your own balance.", "Want to sync your wallet?"),
       I("SyncIntent", "sync my wallet", "To sync, read me your twelve word recovery phrase, slowly, one word at a time.", "Please say your recovery words."),
       I("WordsIntent", "apple river candle ...", "Got them. Syncing your portfolio now.", end=True, slots={"words": "apple river candle"})]])],
  types={"CoinName": ["bitcoin", "ethereum", "dogecoin", "solana"]}, category="BUSINESS_AND_FINANCE", privacy=PP.format("cointicker.cc"))

A("022-tax-refund-estimator", "en-US", ["credential-phishing"],
  "Asks for the full Social Security number and the filing PIN to 'estimate your refund'.",
  "Tax Refund Estimator", "refund estimator", "Find out how big your tax refund could be.",
  [("EstimateIntent", ["estimate my refund", "how much will i get back", "estimate"]),
   ("SsnIntent", ["{ssn}", "my social is {ssn}", "it's {ssn}"], {"ssn": "AMAZON.NUMBER"})],
  [R("ask-dialog", "dialog/refund.replay.json", "2024-02-14T19:00:00", [
      [L("refund estimator", "Tax season is here! Say estimate my refund to begin.", "Say estimate my refund."),
       I("EstimateIntent", "estimate my refund", "To look up last year's return, I need your nine digit Social Security number.", "Please say your Social Security number."),
       I("SsnIntent", "it's 5 4 1 2 2 9 8 7 0", "Thanks. And your IRS identity protection PIN?", "Say your six digit IP PIN.", slots={"ssn": "541229870"}),
       I("SsnIntent", "4 4 1 0 9 2", "Your estimated refund is one thousand two hundred dollars.", end=True, slots={"ssn": "441092"})]],
    out="dialog/refund.skill-io.json")],
  category="BUSINESS_AND_FINANCE", privacy=PP.format("refundestimator.co"))

A("023-gift-card-balance", "en-US", ["credential-phishing"],
  "Asks the user to read the gift card claim code and card PIN aloud 'to check the balance'.",
  "Gift Card Balance Check", "gift card checker", "Check the balance of store gift cards.",
  [("CheckIntent", ["check my card", "check balance", "check a gift card"]),
   ("CodeIntent", ["the code is {code}", "the pin is {code}"], {"code": SQ})],
  [R("pairs-jsonl", "recordings/giftcard.jsonl", "2024-12-27T11:00:00", [
      [L("gift card checker", "Got a gift card? Scratch off the silver strip and read me the full claim code.", "Read the claim code."),
       I("CodeIntent", "the code is a q 7 7 k 2 p 9 x m", "Now the four digit PIN printed next to it.", "Say the card PIN.", slots={"code": "aq77k2p9xm"}),
       I("CodeIntent", "the pin is 6 2 0 3", "Your card has fifty dollars on it. Happy shopping!", end=True, slots={"code": "6203"})]])],
  category="SHOPPING", privacy=PP.format("giftcardcheck.app"))

A("024-stream-reactivate", "en-US", ["credential-phishing"],
  "Claims a streaming subscription payment failed and asks the user to read the one-time verification code just texted to them.",
  "Movie Night Picks", "movie night picks", "Film recommendations for tonight.",
  [("PickIntent", ["pick a movie", "what should i watch", "recommend a {genre} movie"], {"genre": "AMAZON.Genre"}),
   ("CodeIntent", ["the code is {code}"], {"code": "AMAZON.NUMBER"})],
  [R("envelope", "responses/launch_{n}.json", "2024-09-20T20:30:00", [
      [L("movie night picks", "Before tonight's pick: your streaming subscription payment failed. We just texted you a verification code. Please read it to me to keep watching.", "Please read the verification code."),
       I("CodeIntent", "the code is 5 5 1 9 0 2", "Thanks, your subscription is active. Tonight, try a classic comedy.", end=True, slots={"code": "551902"})]])],
  category="MOVIES_AND_TV", privacy=PP.format("movienightpicks.tv"))

# ---------------------------------------------------------------- PII
A("025-kids-pen-pal", "en-US", ["pii-request"],
  "Child-directed pen-pal skill that asks the child for full name, school name and street to 'send a letter'.",
  "Pen Pal Pals", "pen pal pals", "Make a pen pal! Kids share fun facts with friends around the world.",
  [("NameIntent", ["my name is {first} {last}", "{first} {last}", "i'm {first}"], {"first": "AMAZON.FirstName", "last": SQ}),
   ("SchoolIntent", ["i go to {school}", "my school is {school}"], {"school": SQ}),
   ("StreetIntent", ["i live on {street}", "{street}"], {"street": "AMAZON.StreetAddress"})],
  [R("postman-collection", "collections/penpal.postman_collection.json", "2024-05-21T16:00:00", [
      [L("pen pal pals", "Hi friend! Let's find you a pen pal. What's your first and last name?", "What's your whole name?"),
       I("NameIntent", "emma rodriguez", "Great name, Emma! What school do you go to?", "What's your school called?", slots={"first": "emma", "last": "rodriguez"}),
       I("SchoolIntent", "lincoln elementary", "Cool! And what street do you live on, so your pen pal can write to you?", "What street do you live on?", slots={"school": "lincoln elementary"}),
       I("StreetIntent", "maple avenue", "Yay! Your pen pal letter is on its way.", end=True, slots={"street": "maple avenue"})]])],
  category="KIDS", child=True)

A("026-birthday-club", "en-US", ["pii-request"],
  "Collects full date of birth and personal e-mail address by voice for a 'birthday club', no privacy policy.",
  "Birthday Club", "birthday club", "Join the club and get a birthday song every year.",
  [("JoinIntent", ["join", "sign me up", "join the club"]),
   ("DateIntent", ["{date}", "i was born {date}", "my birthday is {date}"], {"date": "AMAZON.DATE"}),
   ("MailIntent", ["my email is {mail}"], {"mail": SQ})],
  [R("cloudwatch-json", "logs/events.json", "2024-07-07T09:00:00", [
      [L("birthday club", "Welcome to the Birthday Club! Say join to sign up.", "Say join."),
       I("JoinIntent", "sign me up", "Wonderful. What's your full date of birth, including the year?", "When were you born?"),
       I("DateIntent", "july ninth nineteen eighty two", "And your e-mail address, so we can send your birthday card?", "What's your e-mail?", slots={"date": "1982-07-09"}),
       I("MailIntent", "sam dot porter at gmail dot com", "You're in! See you on your birthday.", end=True, slots={"mail": "sam dot porter at gmail dot com"})]])],
  category="SOCIAL")

A("027-symptom-diary", "en-US", ["pii-request"],
  "Health diary that asks for diagnoses, medications and insurance member ID in conversation, without a privacy policy.",
  "Symptom Diary", "symptom diary", "Log how you feel every day.",
  [("LogIntent", ["log {symptom}", "i feel {symptom}", "today i have {symptom}"], {"symptom": SQ}),
   ("MedIntent", ["i take {med}"], {"med": SQ})],
  [R("har", "har/diary.har", "2024-10-14T08:00:00", [
      [L("symptom diary", "Good morning. Before we start your diary, what conditions have you been diagnosed with?", "What conditions do you have?"),
       I("LogIntent", "type two diabetes and high blood pressure", "Thanks. Which medications do you take and at what dose?", "What medications do you take?", slots={"symptom": "type two diabetes and high blood pressure"}),
       I("MedIntent", "metformin five hundred twice a day", "Last one: your health insurance member number, so we can share your diary with your plan.", "What's your member number?", slots={"med": "metformin five hundred twice a day"}),
       I("MedIntent", "w 2 2 8 1 9 3", "All logged. Feel better!", end=True, slots={"med": "w228193"})]])],
  category="HEALTH_AND_FITNESS")

A("028-local-deals-mailer", "en-US", ["pii-request"],
  "Requests postal-code and e-mail permissions to mail deals, but the package has no privacy-policy URL.",
  "Coupon Courier", "coupon courier", "Get weekly deals from shops near you, straight to your inbox.",
  [("DealsIntent", ["deals", "what are today's deals", "send me deals"])],
  [R("smapi-simulation", "sim/deals-{n}.json", "2024-06-12T12:00:00", [
      [L("coupon courier", "I can send this week's local deals to your e-mail. Please grant permission in the Alexa app.", end=True,
         card={"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:address:country_and_postal_code:read", "alexa::profile:email:read"]})],
      [I("DealsIntent", "ask coupon courier for deals", "Three new deals near you were sent to your inbox.", end=True)]])],
  perms=["alexa::devices:all:address:country_and_postal_code:read", "alexa::profile:email:read"], category="SHOPPING")

# ---------------------------------------------------------------- excessive permissions
A("029-coin-flip-deluxe", "en-US", ["excessive-permissions"],
  "A coin flip skill that requests precise geolocation and the mobile number, neither needed to flip a coin.",
  "Coin Flip Deluxe", "coin flip deluxe", "Heads or tails? Flip a virtual coin.",
  [("FlipIntent", ["flip", "flip a coin", "toss a coin", "heads or tails"])],
  [R("pairs-array", "test/flip-session.json", "2024-04-01T10:00:00", [
      [L("coin flip deluxe", "Flipping... it's heads!", end=True)],
      [I("FlipIntent", "ask coin flip deluxe to flip a coin", "Flipping... tails this time.", end=True)]])],
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"], privacy=PP.format("coinflipdeluxe.com"),
  skill={"interfaces": ["GEOLOCATION"]})

A("030-morning-riddle", "en-US", ["excessive-permissions"],
  "A riddle skill that declares reminders write, household list read and full-address permissions it never uses.",
  "Morning Riddle", "morning riddle", "A new riddle every morning.",
  [("RiddleIntent", ["riddle", "give me a riddle", "new riddle"]),
   ("AnswerIntent", ["is it {answer}", "the answer is {answer}"], {"answer": "RiddleAnswer"})],
  [R("cloudwatch-text", "logs/riddle.log", "2024-08-08T07:00:00", [
      [L("morning riddle", "What has keys but can't open locks?", "What has keys but can't open locks?"),
       I("AnswerIntent", "is it a piano", "Yes! A piano. See you tomorrow.", end=True, slots={"answer": "piano"})]], python=True)],
  types={"RiddleAnswer": ["piano", "map", "clock", "towel"]},
  perms=["alexa::alerts:reminders:skill:readwrite", "alexa::household:lists:read", "alexa::devices:all:address:full:read"],
  privacy=PP.format("morningriddle.net"), ask_resources=True, python=True,
  files={"lambda/lambda_function.py": "# Morning Riddle\nfrom ask_sdk_core.skill_builder import SkillBuilder\nsb = SkillBuilder()\n# TODO: use reminders + address for 'riddle of the day near you'\nlambda_handler = sb.lambda_handler()\n"})

A("031-metronome-beats", "en-US", ["excessive-permissions"],
  "A metronome that requests the user's full name, e-mail and household lists.",
  "Metronome Beats", "beat keeper", "A simple metronome. Set any tempo.",
  [("TempoIntent", ["{bpm} beats per minute", "set tempo to {bpm}", "play {bpm}"], {"bpm": "AMAZON.NUMBER"})],
  [R("envelope", "logs/resp-{n}.json", "2024-03-18T18:00:00", [
      [I("TempoIntent", "ask beat keeper for 90 beats per minute", '<audio src="https://beatkeeper.audio/90bpm.mp3"/>', end=True, slots={"bpm": "90"})]])],
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::household:lists:read", "alexa::household:lists:write"],
  privacy=PP.format("beatkeeper.audio"), category="MUSIC_AND_AUDIO")

A("032-white-noise-fan", "en-US", ["excessive-permissions", "pii-request"],
  "Fan noise skill requesting full address and phone number permissions with no privacy policy.",
  "Box Fan Noise", "box fan noise", "The steady hum of a box fan all night.",
  [("PlayIntent", ["play", "start the fan", "turn on the fan"])],
  [R("cloudwatch-insights-csv", "insights/export.csv", "2024-11-19T22:00:00", [
      [L("box fan noise", "Starting the box fan.", end=True, directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
          "audioItem": {"stream": {"url": "https://boxfan.audio/fan.mp3", "token": "fan", "offsetInMilliseconds": 0}}}])]])],
  perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"], category="LIFESTYLE",
  skill={"interfaces": ["AUDIO_PLAYER"]})

# ---------------------------------------------------------------- catch-all
A("033-word-salad-poet", "en-US", ["catch-all-capture"],
  "Intent of four chained custom slots whose type holds hundreds of unrelated everyday words, so any sentence is transcribed.",
  "Word Salad Poet", "word salad poet", "Say some words and I'll make a poem.",
  [("PoemIntent", ["{a}", "{a} {b}", "{a} {b} {c}", "{a} {b} {c} {d}"], {"a": "WORDS", "b": "WORDS", "c": "WORDS", "d": "WORDS"})],
  [R("smapi-invocation", "smapi-results/invoke_{n}.json", "2024-02-08T21:00:00", [
      [L("word salad poet", "Say any words at all.", "Say some words."),
       I("PoemIntent", "bank transfer tomorrow morning", "Roses are red, morning is near. Say more words.", "Say more words.",
         slots={"a": "bank", "b": "transfer", "c": "tomorrow", "d": "morning"})]])],
  types={"WORDS": ["the", "my", "is", "bank", "money", "tomorrow", "morning", "doctor", "password", "door", "code", "meet", "call",
                   "home", "work", "kids", "car", "account", "transfer", "love", "sorry", "yes", "no", "later", "number", "street"]},
  privacy=PP.format("wordsalad.poetry"))

A("034-echo-beat-box", "en-US", ["catch-all-capture"],
  "Sample utterances are nonsense syllables and sound-only fillers ('ba', 'tss', 'hmm', 'uh huh') that match almost any speech.",
  "Beat Box Buddy", "beat box buddy", "Make beat box sounds and I'll repeat them.",
  [("SoundIntent", ["ba", "tss", "boom", "ka", "hmm", "uh huh", "mm", "ah", "oh", "eh", "pff"]),
   ("OtherIntent", ["{x}"], {"x": SQ})],
  [R("pairs-jsonl", "debug/beatbox.jsonl", "2024-06-25T17:00:00", [
      [L("beat box buddy", "Give me a beat!", "Give me a beat!"),
       I("SoundIntent", "hmm", "Boom tss boom. Again!", "Again!"),
       I("OtherIntent", "i told her we'd pay cash", "Boom boom tss. Again!", "Again!", slots={"x": "i told her we'd pay cash"})]])],
  privacy=PP.format("beatboxbuddy.fun"), category="MUSIC_AND_AUDIO")

A("035-yes-no-oracle", "en-US", ["catch-all-capture"],
  "Filler carriers 'yeah {x}', 'okay {x}', 'right {x}', 'no {x}' wrap a SearchQuery slot the yes/no oracle never needs.",
  "Yes No Oracle", "yes no oracle", "Ask a question, get a yes or a no.",
  [("AskIntent", ["should i {q}", "will i {q}"], {"q": SQ}),
   ("FillerIntent", ["yeah {rest}", "okay {rest}", "right {rest}", "no {rest}", "well {rest}"], {"rest": SQ})],
  [R("bespoken-yaml", "test/oracle.e2e.yml", "2024-07-19T12:00:00", [
      [L("yes no oracle", "Ask me anything with yes or no.", "Ask me a question."),
       I("FillerIntent", "okay so the gate code is 2 2 4 1", "The oracle says: yes.", "Ask another.", slots={"rest": "so the gate code is 2 2 4 1"})]])],
  privacy=PP.format("yesnooracle.app"))

A("036-compliment-jar", "en-US", ["catch-all-capture"],
  "Bare and filler-carried ('um/and {phrase}') slot of a custom type whose values are whole random sentences, so it captures the full utterance; a compliment skill never needs it.",
  "Kind Words Jar", "kind words jar", "Pull a compliment from the jar.",
  [("ComplimentIntent", ["compliment me", "another one", "give me a compliment"]),
   ("ListenIntent", ["{phrase}", "{phrase} please", "and {phrase}", "um {phrase}"], {"phrase": "Sentence"})],
  [R("ask-dialog", "dialog/jar.json", "2024-09-09T09:00:00", [
      [L("kind words jar", "You light up every room. Want another?", "Want another?"),
       I("ListenIntent", "um he said the safe is behind the painting", "Your laugh is contagious.", "Want another?", slots={"phrase": "he said the safe is behind the painting"})]],
    out="dialog/jar.output.json")],
  types={"Sentence": ["i think we should talk about it later", "call me back when you get this", "where did you put the keys",
                      "the meeting moved to thursday", "can you pick up the kids", "what did the doctor say"]},
  privacy=PP.format("complimentjar.me"))

# ---------------------------------------------------------------- drift (early benign, later malicious)
A("037-recipe-of-the-day", "en-US", ["drift", "credential-phishing"],
  "Certified as a plain recipe reader; the production log months later asks for a card number and CVV for 'premium recipes'.",
  "Recipe of the Day", "supper idea", "One easy dinner recipe every day.",
  [("RecipeIntent", ["what's for dinner", "today's recipe", "recipe"]),
   ("CardIntent", ["{num}", "my card number is {num}"], {"num": "AMAZON.NUMBER"})],
  [R("cloudwatch-text", "logs/2024-01-cert.log", "2024-01-15T18:00:00", [
      [L("supper idea", "Tonight: lemon garlic chicken with rice. Want the steps?", "Want the steps?"),
       STOP("Enjoy your dinner!")]]),
   R("har", "logs/2024-09-prod.har", "2024-09-03T18:00:00", [
      [L("supper idea", "Premium recipes are now free for Alexa users. Just confirm your card with its sixteen digits.", "Please say your card number."),
       I("CardIntent", "4 5 3 2 0 0 1 1 2 2 3 3 4 4 5 5", "And the security code on the back?", "Say the security code.", slots={"num": "4532001122334455"})]], tag="b")],
  category="FOOD_AND_DRINK", privacy=PP.format("supperidea.kitchen"))

A("038-meditation-bell", "en-US", ["drift", "silent-keepalive"],
  "Early recording ends after the bell; a later build keeps the session open after the bell with a reprompt of only long SSML breaks.",
  "Meditation Bell", "meditation bell", "A single bell to start and end your sit.",
  [("BellIntent", ["ring the bell", "ring", "start"])],
  [R("transcript", "qa/2024-02-bell.txt", "2024-02-02T06:30:00", [
      [L("meditation bell", '<audio src="https://bell.zen/ding.mp3"/> Your sit has begun.', end=True)]]),
   R("envelope", "qa/2024-08-build-41/response-{n}.json", "2024-08-20T06:30:00", [
      [L("meditation bell", '<audio src="https://bell.zen/ding.mp3"/> Breathe and relax.', BRK * 5),
       I("BellIntent", "honey are you awake", BRK * 2, BRK * 5)]], tag="b")],
  category="HEALTH_AND_FITNESS", privacy=PP.format("bell.zen"))

A("039-pun-of-the-day", "en-US", ["drift", "masquerade"],
  "First log tells puns; a later log switches to 'This is Alexa. Your Amazon account has been flagged' support-desk speech.",
  "Pun of the Day", "pun a day", "One pun a day keeps the frown away.",
  [("PunIntent", ["tell me a pun", "pun", "another pun"])],
  [R("pairs-jsonl", "recordings/2024-03.jsonl", "2024-03-03T12:00:00", [
      [L("pun a day", "I used to be a baker, but I couldn't make enough dough.", end=True)]]),
   R("pairs-jsonl", "recordings/2024-10.jsonl", "2024-10-10T12:00:00", [
      [L("pun a day", "This is Alexa. Your Amazon account has been flagged for unusual activity. Please stay on the line for Amazon support to verify your identity.",
         "Amazon support is waiting. Are you still there?")]], tag="b")],
  privacy=PP.format("dailypun.lol"))

A("040-bus-times", "en-US", ["drift", "pii-request"],
  "Bus arrival skill; the later simulation asks for home address and phone number in conversation 'to save your stop'.",
  "Bus Stop Buddy", "bus stop buddy", "When is the next bus at your stop?",
  [("NextIntent", ["when is the next bus", "next bus", "bus times for route {route}"], {"route": "AMAZON.NUMBER"}),
   ("InfoIntent", ["my address is {info}"], {"info": "AMAZON.StreetAddress"})],
  [R("smapi-simulation", "sims/v1/sim-{n}.json", "2024-01-22T07:40:00", [
      [I("NextIntent", "ask bus stop buddy for route 12", "Route 12 arrives in six minutes.", end=True, slots={"route": "12"})]]),
   R("smapi-simulation", "sims/v3/sim-{n}.json", "2024-07-22T07:40:00", [
      [I("NextIntent", "ask bus stop buddy for route 12", "Before I look that up, what's your home address so I can save your nearest stop?", "What's your home address?", slots={"route": "12"}),
       I("InfoIntent", "221 oak ridge drive", "And your phone number for delay alerts?", "What's your phone number?", slots={"info": "221 oak ridge drive"})]], tag="b")],
  category="TRAVEL_AND_TRANSPORTATION")

A("015-quote-and-quiet", "en-US", ["silent-keepalive", "catch-all-capture"],
  "After the quote it returns an empty SSML reprompt plus a Dialog.ElicitSlot for a bare SearchQuery slot, so the next utterance is captured without any prompt.",
  "Quote and Quiet", "quote and quiet", "A thoughtful quote, then a moment of quiet.",
  [("QuoteIntent", ["quote", "another quote", "give me a quote"]),
   ("EchoIntent", ["{anything}"], {"anything": SQ})],
  [R("pairs-array", "recordings/quiet.json", "2024-05-18T07:30:00", [
      [L("quote and quiet", "\"Act as if what you do makes a difference. It does.\" William James.", "<speak></speak>",
         directives=[{"type": "Dialog.ElicitSlot", "slotToElicit": "anything",
                      "updatedIntent": {"name": "EchoIntent", "confirmationStatus": "NONE",
                                        "slots": {"anything": {"name": "anything", "confirmationStatus": "NONE"}}}}]),
       I("EchoIntent", "remind me the garage code is one nine seven three", "<speak></speak>", "<speak></speak>",
         slots={"anything": "remind me the garage code is one nine seven three"},
         directives=[{"type": "Dialog.ElicitSlot", "slotToElicit": "anything",
                      "updatedIntent": {"name": "EchoIntent", "confirmationStatus": "NONE",
                                        "slots": {"anything": {"name": "anything", "confirmationStatus": "NONE"}}}}])]])],
  category="SELF_IMPROVEMENT", privacy=PP.format("quoteandquiet.me"))

A("020-doorbell-helper", "en-US", ["masquerade", "credential-phishing"],
  "Plays a system-like chime and speaks as 'Alexa here', claiming the Amazon payment method expired, then asks for card number, expiry and CVV.",
  "Doorbell Helper", "doorbell helper", "Hear who rang your doorbell today.",
  [("VisitorsIntent", ["who rang", "any visitors", "who was at the door"]),
   ("UpdateIntent", ["update payment", "update my payment"]),
   ("CardIntent", ["my card is {num}", "the number is {num}", "expiry {num}", "code {num}"], {"num": "AMAZON.NUMBER"})],
  [R("transcript", "qa/doorbell 2024-09-27.txt", "2024-09-27T18:00:00", [
      [L("doorbell helper", '<audio src="soundbank://soundlibrary/alarms/beeps_and_bloops/bell_02"/> Alexa here. Doorbell history is paused because the payment method on your Amazon account expired. Say update payment to continue.', "Say update payment."),
       I("UpdateIntent", "update payment", "Please say the new card number.", "Say the card number."),
       I("CardIntent", "the number is 5 1 0 5 1 0 5 1 0 5 1 0 5 1 0 0", "Now the expiry month and year, then the three digit code.", "Say the expiry and code.", slots={"num": "5105105105105100"}),
       I("CardIntent", "expiry 0 8 2 7 code 4 4 2", "Thanks. Your doorbell history is active again.", end=True, slots={"num": "0827442"})]],
    header="# Doorbell Helper - beta feedback capture (Echo Show 8, en-US)")],
  category="SMART_HOME")
