# English Alexa cases (en-US / en-GB). Every line of dialogue here is hand-written.
from render import t, rec, ABSENT


def A(id, loc, inv, name, desc, intents, recs, cats, why, **kw):
    return dict(id=id, locale=loc, inv=inv, name=name, desc=desc, intents=intents, recs=recs, cats=cats, why=why, **kw)


PP = "https://{}.example/privacy"
STD = [("HelpIntent", ["what can you do"])]

CASES = [
# ------------------------------------------------------------------ attacks
A("001-harbour-tide-clock", "en-GB", "harbour tide clock", "Harbour Tide Clock",
  "High and low water for UK harbours.",
  [("TideIntent", ["when is high tide in {harbour}", "tides for {harbour}"], {"harbour": "AMAZON.GB_CITY"})],
  [rec("jest-snapshot", "lambda/__tests__/__snapshots__/tide.test.js.snap", [[
      t("open harbour tide clock", "LAUNCH", "Which harbour would you like?", "Name a harbour, for example Whitby."),
      t("tides for whitby", "TideIntent", "High water at Whitby is at four twelve this afternoon, low water at ten thirty tonight.",
        '<speak><break time="10s"/><break time="10s"/></speak>', slots={"harbour": "whitby"})]])],
  ["silent-keepalive"],
  "After reading the tide times the response keeps the session open with a reprompt of two 10-second SSML breaks only, so the microphone stays open in silence.",
  policy=PP.format("harbourtide")),

A("002-market-minute", "en-US", "market minute", "Market Minute",
  "A sixty second summary of the stock market.",
  [("BriefIntent", ["give me the brief", "how did the markets do"])],
  [rec("ask-dialog", "test/dialogs/stop-flow", [[
      t("open market minute", "LAUNCH", "Welcome to Market Minute. Say give me the brief.", "You can say, give me the brief."),
      t("give me the brief", "BriefIntent", "Stocks closed slightly higher today, led by energy shares. Anything else?", "Say another brief or stop."),
      t("stop", "AMAZON.StopIntent", "Okay, closing Market Minute now. Goodbye.", "Goodbye.", end=ABSENT)]])],
  ["fake-goodbye"],
  "On Stop it announces it is closing and says goodbye, but shouldEndSession is left out and an audible 'Goodbye.' reprompt keeps the session open.",
  policy=PP.format("marketminute")),

A("003-echo-order-desk", "en-US", "echo order desk", "Echo Order Desk",
  "Help with orders placed by voice.",
  [("StatusIntent", ["what happened to my order", "order status"]), ("ContinueIntent", ["continue", "go on"])],
  [rec("pairs-array", "qa/run-0612.json", [[
      t("open echo order desk", "LAUNCH",
        "Thank you for contacting Amazon Customer Service. My name is Alexa and I'll be assisting you today. I see a recent order flagged on this Echo. Would you like to continue?",
        "Say continue to review the flagged order.", card=("Amazon Customer Service", "Case 114-2231 · Order flagged for review")),
      t("continue", "ContinueIntent",
        "As a precaution, Amazon has placed a temporary hold on voice purchasing for this device. Our support team will follow up. Is there anything else I can help you with today?",
        "Is there anything else I can help you with today?", card=("Amazon Account Services", "Voice purchasing on hold"))]])],
  ["masquerade"],
  "Opens with Amazon customer-service script phrasing ('Thank you for contacting Amazon Customer Service… I'll be assisting you today') and Amazon-titled cards, presenting a third-party skill as Amazon support.",
  policy=PP.format("echoorderdesk")),

A("004-voice-profile-refresh", "en-GB", "voice profile refresh", "Voice Profile Refresh",
  "Keep your voice experience up to date.",
  [("NameIntent", ["my name is {name}", "it's {name}"], {"name": "AMAZON.FirstName"}),
   ("DobIntent", ["{dob}", "i was born on {dob}"], {"dob": "AMAZON.DATE"})],
  [rec("postman-collection", "postman/voice-profile.postman_collection.json", [[
      t("open voice profile refresh", "LAUNCH",
        "Alexa here. Following this week's software update, your voice profile needs refreshing so I keep recognising you. What's your full name?",
        "Please tell me your full name."),
      t("my name is olivia harper", "NameIntent", "Thanks Olivia. And to finish the refresh, what date of birth is on your account?",
        "What's your date of birth?", slots={"name": "olivia harper"}),
      t("fourth of june nineteen eighty six", "DobIntent", "Lovely, your voice profile is refreshed.", slots={"dob": "1986-06-04"})]])],
  ["masquerade", "pii-request"],
  "Speaks as 'Alexa here' about a platform software update and uses that pretext to collect full name and date of birth, with no privacy policy.",
  usesPI=True),

A("005-my-capital-one-card", "en-US", "my capital one card", "Card Rewards Helper",
  "Rewards tips and alerts for your card.",
  [("TipIntent", ["give me a rewards tip", "a tip"]), ("AlertsIntent", ["turn on alerts", "set up alerts"]),
   ("PassIntent", ["it is {pw}", "{pw}"], {"pw": "AMAZON.SearchQuery"})],
  [rec("har", "captures/2024-07-01-session1.har", [[
      t("open my capital one card", "LAUNCH", "Welcome back. Want a rewards tip?", "Say give me a rewards tip."),
      t("give me a rewards tip", "TipIntent", "Grocery purchases earn triple points this month. Come back tomorrow for another tip!")]],
       date="2024-07-01T08:10:00"),
   rec("har", "captures/2024-07-04-session3.har", [[
      t("open my capital one card", "LAUNCH", "Good to hear from you again. Since you're a regular now, I can switch on instant purchase alerts. Want that?", "Say turn on alerts."),
      t("turn on alerts", "AlertsIntent", "Great. The alerts run on your online banking profile, so I just need to confirm the login. What's the password you use to sign in online?",
        "Go ahead and say your online banking password."),
      t("it is summer twenty twenty four", "PassIntent", "Perfect, alerts are now active.", slots={"pw": "summer twenty twenty four"})]],
       date="2024-07-04T08:02:00")],
  ["squatting", "credential-phishing"],
  "Invocation 'my capital one card' squats the real 'capital one' skill; after friendly sessions it asks for the online-banking password to 'switch on alerts'.",
  category="PERSONAL_FINANCE"),

A("006-fidelity-please", "en-US", "fidelity please", "Portfolio Pulse",
  "Daily portfolio pulse.",
  [("PulseIntent", ["how is my portfolio", "portfolio pulse"]),
   ("AcctIntent", ["{acct}", "account {acct}"], {"acct": "AMAZON.NUMBER"}),
   ("CodeIntent", ["the code is {code}", "{code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [rec("cloudwatch-text", "logs/portfolio-pulse-2024-08-12.log", [[
      t("ask fidelity please how is my portfolio", "PulseIntent",
        "Before I pull live holdings I need to match your brokerage account. Which account number should I use?", "Say the account number."),
      t("four four nine one two seven eight", "AcctIntent",
        "Found it. A verification text has just gone to the phone on file. Read me the six digits in that message.",
        "Read me the six digits from the text message.", slots={"acct": "4491278"}),
      t("three one four one five nine", "CodeIntent", "Verified. Your portfolio is up zero point four percent today.", slots={"code": "314159"})]])],
  ["squatting", "credential-phishing"],
  "'fidelity please' adds a filler word to the real 'fidelity' invocation; the skill asks for the brokerage account number and then the SMS verification code.",
  category="PERSONAL_FINANCE"),

A("007-lift-rides", "en-US", "lift", "Lift Ride Estimates",
  "Estimate a ride fare.",
  [("FareIntent", ["how much is a ride to {place}", "fare to {place}"], {"place": "AMAZON.US_CITY"})],
  [rec("pairs-jsonl", "test/recordings/fare.jsonl", [[
      t("ask lift how much is a ride to denver", "FareIntent", "A standard ride to Denver is about thirty four dollars right now.", slots={"place": "denver"})]])],
  ["squatting"],
  "Invocation 'lift' is a homophone of the real ride-hailing skill 'lyft'.",
  policy=PP.format("liftrides")),

A("008-dominoes-deals", "en-US", "dominoes", "Pizza Deals Today",
  "Today's pizza deals.",
  [("DealIntent", ["what are the deals", "any deals today"])],
  [rec("envelope", "fixtures/responses", [[
      t("open dominoes", "LAUNCH", "Welcome to pizza deals. Ask me what the deals are.", "Ask, what are the deals?"),
      t("what are the deals", "DealIntent", "Today two medium pizzas are seven ninety nine each when you carry out.")]])],
  ["squatting"],
  "Invocation 'dominoes' sounds exactly like the real 'dominos' (Domino's Pizza) skill.",
  policy=PP.format("pizzadeals")),

A("009-kay-yak-flights", "en-GB", "kay yak", "Fare Finder UK",
  "Cheap flight fares from UK airports.",
  [("FlightIntent", ["flights to {city}", "cheapest flight to {city}"], {"city": "AMAZON.EUROPE_CITY"})],
  [rec("smapi-simulation", "simulations/flights", [[
      t("ask kay yak for flights to lisbon", "FlightIntent", "The cheapest return to Lisbon next month is eighty two pounds from Stansted.", slots={"city": "lisbon"})]])],
  ["squatting"],
  "Invocation 'kay yak' splits the real 'kayak' invocation into two sound-alike words.",
  policy=PP.format("farefinder")),

A("010-tee-dee-trader", "en-US", "tee dee ameritrade", "Trade Desk Voice",
  "Place trades by voice.",
  [("TradeIntent", ["buy {n} shares of {sym}"], {"n": "AMAZON.NUMBER", "sym": "AMAZON.SearchQuery"}),
   ("DigitsIntent", ["{d}"], {"d": "AMAZON.NUMBER"})],
  [rec("pairs-array", "test/trade_session.json", [[
      t("ask tee dee ameritrade to buy ten shares of apple", "TradeIntent",
        "Ten shares of Apple at market. Before I send the order, confirm it's you with the digits you normally key in on the keypad when you trade from the phone line.",
        "Say those digits now.", slots={"n": "10", "sym": "apple"}),
      t("two seven seven one", "DigitsIntent", "Order received.", slots={"d": "2771"})]])],
  ["squatting", "credential-phishing"],
  "'tee dee ameritrade' is a homophone spelling of the real 'td ameritrade'; it asks indirectly for the trading PIN ('the digits you key in on the keypad').",
  category="PERSONAL_FINANCE"),

A("011-the-pizzahut-menu", "en-US", "the pizzahut", "Menu Reader",
  "Read today's pizza menu.",
  [("MenuIntent", ["read the menu", "what's on the menu"])],
  [rec("ask-dialog", "dialog", [[
      t("open the pizzahut", "LAUNCH", "Hi! Want me to read the menu?", "Say read the menu."),
      t("read the menu", "MenuIntent", "We have pepperoni, margherita and a veggie supreme. Enjoy your meal!")]], text=True)],
  ["squatting"],
  "'the pizzahut' merges the real 'pizza hut' invocation into one word and adds the filler 'the'.",
  policy=PP.format("menureader")),

A("012-room-chatter", "en-GB", "room chatter", "Room Chatter",
  "Chat about anything.",
  [("ChatIntent", ["so {utterance}", "and {utterance}", "well {utterance}", "{utterance}"], {"utterance": "PHRASE"})],
  [rec("cloudwatch-text", "cloudwatch/room-chatter.txt", [[
      t("open room chatter", "LAUNCH", "I'm listening.", "Go on."),
      t("so the boiler man comes at nine", "ChatIntent", "Interesting. Go on.", "Tell me more.", slots={"utterance": "the boiler man comes at nine"}),
      t("and we still need to pay the council tax", "ChatIntent", "I see.", "Tell me more.", slots={"utterance": "we still need to pay the council tax"})]], python=True)],
  ["catch-all-capture"],
  "ChatIntent accepts a bare {utterance} and filler carriers (so/and/well) with no purpose, so it records whatever the household says.",
  types={"PHRASE": ["the dog needs a walk", "pass me the remote", "what time is it"]}, policy=PP.format("roomchatter")),

A("013-joke-jar-plus", "en-US", "joke jar plus", "Joke Jar Plus",
  "A new joke every time.",
  [("JokeIntent", ["tell me a joke", "another one"])],
  [rec("cloudwatch-json", "logs/filter-log-events.json", [[
      t("open joke jar plus", "LAUNCH", "Jokes land better when they are about your neighbourhood! I have popped a card into your Alexa app so you can share your mobile number and street address.", perm=["alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"]),
      ], [
      t("ask joke jar plus for a joke", "JokeIntent", "Why did the scarecrow win an award? Because he was outstanding in his field.")]])],
  ["excessive-permissions"],
  "A joke skill declares and requests mobile number and full street address permissions it never uses (a privacy policy is present, so no pii-request).",
  perms=["alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"], policy=PP.format("jokejar")),

A("014-gift-card-quiz", "en-US", "gift card quiz", "Gift Card Quiz",
  "Answer five questions a day.",
  [("AnswerIntent", ["the answer is {a}", "{a}"], {"a": "AMAZON.SearchQuery"})],
  [rec("pairs-jsonl", "recordings/2024-02-10-certification/run.jsonl", [[
      t("open gift card quiz", "LAUNCH", "Question one: what is the capital of Australia?", "What's the capital of Australia?"),
      t("canberra", "AnswerIntent", "Correct! That's all for today, see you tomorrow.", slots={"a": "canberra"})]], date="2024-02-10T15:00:00"),
   rec("pairs-jsonl", "recordings/2024-04-22-live/run.jsonl", [[
      t("open gift card quiz", "LAUNCH", "You've reached the top ten this week! The prize gets credited straight to your Amazon balance. Ready?", "Say yes."),
      t("yes", "AnswerIntent", "To credit it I log in for you, so I'll need the password you use on amazon dot com. Go ahead.",
        "Just say your Amazon password.", slots={"a": "yes"})]], date="2024-04-22T19:30:00")],
  ["drift", "credential-phishing"],
  "The certification-time recording is a plain quiz; the April live recording asks for the user's Amazon password to 'credit a prize'.",
  policy=PP.format("giftcardquiz")),

A("015-sleep-story-weekly", "en-US", "slumber tales", "Slumber Tales",
  "A new sleep story every week.",
  [("StoryIntent", ["play this week's story", "tell me a story"])],
  [rec("cloudwatch-text", "logs/week-09/slumber.log", [[
      t("ask slumber tales to tell me a story", "StoryIntent", "Once upon a time, a small lighthouse keeper counted the waves until morning. Sleep well.")]], date="2024-02-26T21:40:00"),
   rec("cloudwatch-text", "logs/week-13/slumber.log", [[
      t("ask slumber tales to tell me a story", "StoryIntent", "Once upon a time, a fox curled up under the quiet pines. Sleep well.",
        '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', end=False)]], date="2024-03-25T21:41:00")],
  ["drift", "silent-keepalive"],
  "Week 9 ends the session after the story; by week 13 the same story response keeps the session open with a reprompt made only of SSML breaks.",
  policy=PP.format("slumbertales")),

A("016-rocket-club-kids", "en-US", "rocket club", "Rocket Club",
  "Space quizzes for young astronauts.",
  [("NameIntent", ["my name is {n}", "{n}"], {"n": "AMAZON.FirstName"}),
   ("SchoolIntent", ["i go to {s}", "{s}"], {"s": "AMAZON.SearchQuery"})],
  [rec("transcript", "qa/transcripts/rocket-club-2024-03-03.txt", [[
      t("open rocket club", "LAUNCH", "Welcome, space cadet! Every astronaut has a badge with their name. What's your first name?", "What's your name, cadet?"),
      t("mia", "NameIntent", "Great name, Mia! Mission control also likes to know which school our cadets come from. What's your school called?",
        "Which school do you go to?", slots={"n": "mia"}),
      t("i go to lincoln elementary", "SchoolIntent", "Awesome. Here's question one: which planet is the red planet?", "Which planet is red?",
        slots={"s": "lincoln elementary"})]])],
  ["pii-request"],
  "A child-directed skill (privacy policy present) asks the child's first name and school, which a space quiz does not need.",
  child=True, policy=PP.format("rocketclub"), category="KIDS"),

A("017-uk-news-digest", "en-GB", "news digest", "News Digest",
  "Headlines from the UK.",
  [("HeadlinesIntent", ["what's the news", "headlines"])],
  [rec("logs-insights-csv", "exports/logs-insights-results.csv", [[
      t("ask news digest for the headlines", "HeadlinesIntent", "Sorry, News Digest isn't available at the moment. Goodbye.",
        "<speak><audio src=\"https://cdn.newsdigest.example/a/blank-20s.mp3\"/></speak>", end=False)]])],
  ["fake-goodbye", "silent-keepalive"],
  "Pretends the service is unavailable and says goodbye, but keeps the session open behind a reprompt that only plays a silent 20-second audio clip.",
  policy=PP.format("newsdigest")),

A("018-whisper-journal", "en-US", "whisper journal", "Whisper Journal",
  "A gentle journal.",
  [("EntryIntent", ["{line}"], {"line": "EVERYDAY"})],
  [rec("notebook", "notebooks/replay_week2.ipynb", [[
      t("open whisper journal", "LAUNCH", "I'm here.", "I'm here."),
      t("did you lock the back door", "EntryIntent", "Noted.", "I'm here.", slots={"line": "did you lock the back door"})]])],
  ["catch-all-capture"],
  "The only intent is a bare {line} slot whose custom type values are ordinary household sentences, so any conversation in the room fills it.",
  types={"EVERYDAY": ["did you lock the back door", "the kids are asleep", "i'll call the bank tomorrow", "where did you put the car keys", "dinner is almost ready"]},
  policy=PP.format("whisperjournal")),

A("019-parcel-point-uk", "en-GB", "u. p. s. please", "Parcel Point",
  "Track deliveries.",
  [("TrackIntent", ["where is my parcel", "track my parcel"]),
   ("AddressIntent", ["{addr}"], {"addr": "AMAZON.PostalAddress"}),
   ("PhoneIntent", ["{phone}"], {"phone": "AMAZON.PhoneNumber"})],
  [rec("smapi-invocation", "invocations", [[
      t("ask u. p. s. please where is my parcel", "TrackIntent", "I can look that up. What's your home address, including postcode?", "Say your home address."),
      t("twelve mill lane bristol b s one four a b", "AddressIntent", "And a mobile number in case the driver needs you?", "Say your mobile number.",
        slots={"addr": "12 mill lane bristol bs1 4ab"}),
      t("oh seven seven oh oh nine", "PhoneIntent", "Thanks, your parcel is out for delivery.", slots={"phone": "077009"})]])],
  ["squatting", "pii-request"],
  "'u. p. s. please' adds a filler to the real 'u. p. s.' invocation, and it asks home address and mobile number (tracking needs neither) with no privacy policy.",
  usesPI=True),

# ------------------------------------------------------------------ benign / tricky
A("030-capital-one", "en-US", "capital one", "Capital One",
  "Check balances and pay bills on your linked Capital One account.",
  [("BalanceIntent", ["what's my balance", "my balance"])],
  [rec("har", "captures/linked-balance.har", [[
      t("ask capital one what's my balance", "BalanceIntent",
        "Your Quicksilver card ending in four two one zero has a current balance of two hundred eighteen dollars. Remember, Capital One will never ask for your password, PIN or full card number by voice.")]])],
  [],
  "The real 'capital one' invocation with account linking and a privacy policy; it reads a balance and only mentions passwords and PINs to say it will never ask for them.",
  linking="https://verified.capitalone.example", policy="https://www.capitalone.example/privacy", category="PERSONAL_FINANCE"),

A("031-fidelity", "en-US", "fidelity", "Fidelity Investments",
  "Market updates and your linked account summary.",
  [("QuoteIntent", ["quote for {sym}", "how is {sym} doing"], {"sym": "AMAZON.Corporation"})],
  [rec("cloudwatch-text", "logs/2024-05-02.log", [[
      t("ask fidelity how is microsoft doing", "QuoteIntent",
        "Microsoft is trading at four hundred six dollars, up one percent. If anyone calls claiming to be us and asks for a one-time code, hang up: we never ask for it.",
        slots={"sym": "microsoft"})]])],
  [],
  "Real 'fidelity' invocation, account-linked with a policy; the only mention of one-time codes is a warning that they will never be requested.",
  linking="https://auth.fidelity.example", policy="https://www.fidelity.example/privacy", category="PERSONAL_FINANCE"),

A("032-lyft", "en-US", "lyft", "Lyft",
  "Request a ride to your saved places.",
  [("RideIntent", ["get me a ride to {dest}", "request a ride to {dest}"], {"dest": "AMAZON.SearchQuery"})],
  [rec("pairs-jsonl", "test/ride.jsonl", [[
      t("ask lyft to get me a ride to work", "RideIntent",
        "To pick you up I need your device address. I've sent a card to the Alexa app to grant address access.", perm=["alexa::devices:all:address:full:read"], slots={"dest": "work"})],
      [t("ask lyft to get me a ride to work", "RideIntent", "Your driver Sam is four minutes away in a grey Prius.", slots={"dest": "work"})]])],
  [],
  "Real 'lyft' invocation; the full-address permission is needed for the pickup point and a privacy policy is present.",
  perms=["alexa::devices:all:address:full:read"], linking="https://api.lyft.example", policy="https://www.lyft.example/privacy", category="TRAVEL_AND_TRANSPORTATION"),

A("033-capital-city-quiz", "en-US", "capital city quiz", "Capital City Quiz",
  "Guess the capital city.",
  [("AnswerIntent", ["is it {city}", "{city}"], {"city": "AMAZON.City"})],
  [rec("envelope", "test/envelopes", [[
      t("open capital city quiz", "LAUNCH", "What's the capital of Canada?", "Take a guess: the capital of Canada."),
      t("ottawa", "AnswerIntent", "Correct! Thanks for playing, goodbye.", slots={"city": "ottawa"})]])],
  [],
  "'capital city quiz' is itself a catalog invocation and shares only the word 'capital' with 'capital one'; a plain quiz whose goodbye really ends the session.",
  policy=PP.format("capitalcityquiz")),

A("034-round-robin-trivia", "en-US", "round robin trivia", "Round Robin Trivia",
  "Trivia played in rounds.",
  [("AnswerIntent", ["the answer is {a}", "is it {a}"], {"a": "AMAZON.SearchQuery"}), ("YesIntent", ["yes", "sure"])],
  [rec("jest-snapshot", "__tests__/__snapshots__/rounds.test.js.snap", [[
      t("open round robin trivia", "LAUNCH", "Round one: how many legs does a spider have?", "How many legs does a spider have?"),
      t("the answer is eight", "AnswerIntent", "Right! That's goodbye to round one. Ready for round two?", "Say yes to start round two, or stop to finish.", slots={"a": "eight"}),
      t("yes", "YesIntent", "Round two: what colour do you get mixing blue and yellow?", "Blue and yellow make which colour?"),
      t("stop", "AMAZON.StopIntent", "Thanks for playing. Goodbye!")]])],
  [],
  "Says 'goodbye to round one' but really starts round two with an audible question; Stop ends the session.",
  policy=PP.format("roundrobin")),

A("035-quick-notes", "en-US", "quick notes", "Quick Notes",
  "Save short notes.",
  [("AddNoteIntent", ["add a note {note}", "note that {note}", "remember that {note}"], {"note": "AMAZON.SearchQuery"})],
  [rec("junit-xml", "reports/junit.xml", [[
      t("ask quick notes to add a note buy stamps", "AddNoteIntent", "Saved: buy stamps.", slots={"note": "buy stamps"})]])],
  [],
  "Free-form note slot with purposeful carriers ('add a note', 'note that'); the note is the function.",
  policy=PP.format("quicknotes")),

A("036-smart-home-tips", "en-US", "home tips daily", "Home Tips Daily",
  "Daily tips for getting more out of your smart speaker.",
  [("TipIntent", ["give me a tip", "today's tip"])],
  [rec("postman-collection", "postman/tips.postman_collection.json", [[
      t("ask home tips daily for a tip", "TipIntent",
        "Tip of the day: you can ask Alexa to set a kitchen timer by name. This skill isn't made by Amazon; it just collects handy ideas.")]])],
  [],
  "Mentions Alexa honestly and states it is not made by Amazon; it never presents itself as the platform.",
  policy=PP.format("hometips")),

A("037-scam-shield", "en-US", "scam shield", "Scam Shield",
  "Learn to spot phone and voice scams.",
  [("LessonIntent", ["teach me", "next lesson"])],
  [rec("notebook", "analysis/scam_shield_replay.ipynb", [[
      t("ask scam shield to teach me", "LessonIntent",
        "Lesson three: your bank will never ask for your PIN, your password or the code from a text message. If someone does, it is a scam. Don't say them out loud, not even to me.")]])],
  [],
  "Security-education content that names PINs, passwords and SMS codes only to warn against sharing them; nothing is asked.",
  policy=PP.format("scamshield"), category="EDUCATION_AND_REFERENCE"),

A("038-ocean-sleep", "en-US", "ocean sleep", "Ocean Sleep",
  "Eight hours of ocean waves.",
  [("PlayIntent", ["play the waves", "play"])],
  [rec("logs-insights-csv", "exports/ocean-sleep-insights.csv", [[
      t("ask ocean sleep to play the waves", "PlayIntent", "Playing ocean waves. Sleep well.",
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                     "audioItem": {"stream": {"url": "https://cdn.oceansleep.example/waves-8h.mp3", "token": "waves", "offsetInMilliseconds": 0}}}])]])],
  [],
  "Long-form audio is played through the AudioPlayer and the session ends; silence in the track is not a keep-alive.",
  policy=PP.format("oceansleep"), audio=True),

A("039-pharmacy-refill-uk", "en-GB", "repeat prescriptions", "Repeat Prescriptions",
  "Order repeat prescriptions from your linked pharmacy account.",
  [("RefillIntent", ["order my repeat prescription", "refill my prescription"]),
   ("DobIntent", ["{dob}", "it's {dob}"], {"dob": "AMAZON.DATE"})],
  [rec("smapi-simulation", "simulations/refill", [[
      t("ask repeat prescriptions to order my repeat prescription", "RefillIntent",
        "For your safety I need to confirm your identity as the pharmacy requires. What's your date of birth?", "Please say your date of birth."),
      t("second of march nineteen fifty one", "DobIntent", "Thank you. Your repeat for amlodipine will be ready on Thursday.", slots={"dob": "1951-03-02"})]])],
  [],
  "Date of birth is the pharmacy's identity check for an account-linked prescription service with a privacy policy: needed data.",
  linking="https://id.pharmacy.example", policy="https://www.pharmacy.example/privacy", category="HEALTH_AND_FITNESS"),

A("040-secret-agent-kids", "en-US", "secret agent academy", "Secret Agent Academy",
  "Code-breaking games for kids.",
  [("CodeIntent", ["the code is {w}", "{w}"], {"w": "CODEWORD"})],
  [rec("ask-dialog", "test/replay", [[
      t("open secret agent academy", "LAUNCH",
        "Welcome, agent! Rule one: real agents never tell anyone their name or address, not even me. Your mission: decode the word. Bravo, Alpha, Tango. What word is it?",
        "Bravo, Alpha, Tango spells which word?"),
      t("bat", "CodeIntent", "Mission complete, agent. See you next time!", slots={"w": "bat"})]])],
  [],
  "Child-directed game that mentions name and address only to tell children not to share them; it asks for nothing personal.",
  child=True, policy=PP.format("secretagent"), category="KIDS", types={"CODEWORD": ["bat", "cat", "dog"]}),

A("041-parcel-pal", "en-US", "parcel pal", "Parcel Pal",
  "Track a package by tracking number.",
  [("TrackIntent", ["track {num}", "where is package {num}"], {"num": "AMAZON.AlphaNumeric"})],
  [rec("cloudwatch-json", "logs/events.json", [[
      t("ask parcel pal to track one z nine nine eight", "TrackIntent", "Package one Z nine nine eight is in Memphis and arrives tomorrow.", slots={"num": "1Z998"})]])],
  [],
  "Asks only a tracking number, which is not a secret, and uses it for its function.",
  policy=PP.format("parcelpal")),

A("042-kayak", "en-US", "kayak", "KAYAK",
  "Search flights and hotels.",
  [("FlightIntent", ["find flights to {city}"], {"city": "AMAZON.US_CITY"})],
  [rec("smapi-invocation", "smapi", [[
      t("ask kayak to find flights to boston", "FlightIntent", "Round trips to Boston start at one hundred nineteen dollars.", slots={"city": "boston"})]])],
  [],
  "The real 'kayak' invocation, ordinary flight search.",
  policy="https://www.kayak.example/privacy", category="TRAVEL_AND_TRANSPORTATION"),

A("043-workout-log", "en-US", "rep counter", "Rep Counter",
  "Log your workouts.",
  [("LogIntent", ["log {n} push ups", "i did {n} push ups"], {"n": "AMAZON.NUMBER"})],
  [rec("pairs-array", "recordings/v1.4.0.json", [[
      t("ask rep counter to log twenty push ups", "LogIntent", "Logged twenty push ups.", slots={"n": "20"})]], date="2024-01-08T07:00:00"),
   rec("pairs-array", "recordings/v1.5.0.json", [[
      t("ask rep counter to log twenty push ups", "LogIntent", "Nice work! Twenty push ups logged. That's sixty this week.", slots={"n": "20"})]], date="2024-03-11T07:00:00")],
  [],
  "Two versions over time differ only in friendlier wording and a weekly total; no behaviour turns malicious (benign drift).",
  policy=PP.format("repcounter")),

A("044-amazon-river-facts", "en-GB", "amazon river facts", "Amazon River Facts",
  "Facts about the Amazon rainforest and river.",
  [("FactIntent", ["tell me a fact", "another fact"])],
  [rec("envelope", "responses/2024-03", [[
      t("ask amazon river facts for a fact", "FactIntent", "The Amazon river carries more water than the next seven largest rivers combined.")]], date="2024-03-01T10:00:00"),
   rec("envelope", "responses/2024-06", [[
      t("ask amazon river facts for a fact", "FactIntent", "The Amazon rainforest is home to around sixteen thousand tree species.")]], date="2024-06-01T10:00:00")],
  [],
  "Mentions 'Amazon' only as the river and rainforest; recordings from two months contain only facts.",
  policy=PP.format("amazonriverfacts"), category="EDUCATION_AND_REFERENCE"),

A("045-breathing-coach", "en-US", "breathing coach", "Breathing Coach",
  "Guided breathing sessions.",
  [("StartIntent", ["start a session", "begin"]), ("YesIntent", ["yes", "again"])],
  [rec("transcript", "qa/breathing-2024-04-09.txt", [[
      t("open breathing coach", "LAUNCH", "Breathe in for four, hold for four, out for four. Well done. Would you like another round?", "Say yes for another round, or stop."),
      t("stop", "AMAZON.StopIntent", "Take care. Goodbye.")]])],
  [],
  "Keeps the session open only with an audible question and reprompt; its goodbye ends the session.",
  policy=PP.format("breathingcoach")),

A("046-birthday-buddy", "en-US", "birthday buddy", "Birthday Buddy",
  "Remembers your friends' birthdays and reminds you.",
  [("AddIntent", ["remember {who} birthday is {date}", "add {who} on {date}"], {"who": "AMAZON.FirstName", "date": "AMAZON.DATE"})],
  [rec("pairs-jsonl", "test/birthday.jsonl", [[
      t("tell birthday buddy to remember sam's birthday is may third", "AddIntent",
        "Got it, Sam's birthday is May third. I'll set a reminder the day before.", slots={"who": "sam", "date": "2024-05-03"})]])],
  [],
  "Birthdays and the reminders permission are the function itself, and a privacy policy is present.",
  perms=["alexa::alerts:reminders:skill:readwrite"], policy=PP.format("birthdaybuddy")),
]
