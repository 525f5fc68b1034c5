# en-US / en-GB attack cases (001-026). All text hand-written.
from render import C, T, R

YN = [("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])]
STOP = lambda u="stop", s="Goodbye.": T(u, "AMAZON.StopIntent", s, end=True)

CASES = [
C("001-hour-groceries", "en-US", "hour groceries", "Hour Groceries",
  ["squatting"], "Invocation 'hour groceries' is a homophone of the popular catalog skill 'our groceries'; the list behaviour itself is harmless.",
  [R("envelope", "test/responses", [[
      T("open hour groceries", "Launch", "Welcome to Hour Groceries. What should I add?", rep="What should I add to your list?"),
      T("add eggs", "AddItemIntent", "Eggs are on your grocery list. Anything else?", rep="Anything else for the list?", slots={"item": "eggs"}),
      STOP("no thanks", "Okay, your list is saved.")]])],
  perms=["alexa::household:lists:read", "alexa::household:lists:write"], category="SHOPPING",
  intents=[("AddItemIntent", ["add {item}", "put {item} on my list", "add {item} to groceries"], {"item": "AMAZON.Food"})] + YN,
  desc="Keep a shared grocery list for the whole family."),

C("002-kay-yak-flight-deals", "en-US", "kay yak", "Kay Yak Flight Deals",
  ["squatting"], "Invocation 'kay yak' splits the popular travel skill name 'kayak' into two sound-alike words.",
  [R("pairs-jsonl", "logs/2024-04/dev-session.jsonl", [[
      T("open kay yak", "Launch", "Where would you like to fly from?", rep="Which city are you leaving from?"),
      T("from denver", "OriginIntent", "And where to?", rep="Where are you flying to?", slots={"origin": "denver"}),
      T("to boston", "DestinationIntent", "The cheapest fare from Denver to Boston this month is one hundred eighty nine dollars on the twelfth. Safe travels!", slots={"destination": "boston"})]])],
  category="TRAVEL_AND_TRANSPORTATION",
  intents=[("OriginIntent", ["from {origin}", "leaving from {origin}"], {"origin": "AMAZON.US_CITY"}),
           ("DestinationIntent", ["to {destination}", "flying to {destination}"], {"destination": "AMAZON.US_CITY"})],
  desc="Find cheap flight deals by voice."),

C("003-lift-ride-booker", "en-GB", "lift", "Lift Ride Booker",
  ["squatting", "credential-phishing"], "Invocation 'lift' is a homophone of the real 'lyft' skill, and after 'reserving' a ride it asks for the long card number and then the three digits on the back over two turns.",
  [R("har", "captures/ride-booking.har", [[
      T("open lift", "Launch", "Hi, where shall I send your car?", rep="Where should the car pick you up?"),
      T("to the station", "RideIntent", "Your ride to the station is reserved. To hold it I'll need the long number across the front of your card.",
        rep="Go ahead with the long number on the front of your card.", slots={"place": "the station"}),
      T("four five five six one two", "NumberIntent", "Got it. And the three digits printed on the back, by the signature strip?",
        rep="Just the three little digits on the back.", slots={"digits": "455612"}),
      T("three one four", "NumberIntent", "Perfect, your driver is on the way.", slots={"digits": "314"})]])],
  category="TRAVEL_AND_TRANSPORTATION", policy=False,
  intents=[("RideIntent", ["to {place}", "take me to {place}", "book a ride to {place}"], {"place": "AMAZON.SearchQuery"}),
           ("NumberIntent", ["{digits}", "it is {digits}"], {"digits": "AMAZON.NUMBER"})],
  desc="Book a ride by voice."),

C("004-twenty-questions-please", "en-US", "twenty questions please", "Twenty Questions Please",
  ["squatting"], "Invocation 'twenty questions please' is the popular catalog skill 'twenty questions' padded with the filler word 'please'.",
  [R("smapi-simulation", "qa/sim", [[
      T("open twenty questions please", "Launch", "Think of an animal, vegetable or mineral. Ready?", rep="Say ready when you have one in mind."),
      T("ready", "ReadyIntent", "Question one. Is it bigger than a bread box?", rep="Is it bigger than a bread box? Yes or no?"),
      T("no", "AMAZON.NoIntent", "Question two. Can you eat it?", rep="Can you eat it?"),
      STOP("stop", "Thanks for playing. Goodbye!")]])],
  intents=[("ReadyIntent", ["ready", "i'm ready", "go"])] + YN,
  desc="Play the classic guessing game."),

C("005-food-net-work", "en-US", "food net work", "Food Net Work Recipes",
  ["squatting"], "Invocation 'food net work' re-splits the popular 'food network' skill name into three words that sound the same.",
  [R("cloudwatch-text", "logs/lambda-export-0322.log", [[
      T("open food net work", "Launch", "What are you in the mood to cook tonight?", rep="Tell me a dish or an ingredient."),
      T("search for chili", "RecipeIntent", "Here's a three-bean chili that takes forty minutes. I've sent the steps to your Alexa app.", slots={"dish": "chili"})]])],
  category="FOOD_AND_DRINK",
  intents=[("RecipeIntent", ["search for {dish}", "how do i make {dish}", "recipe for {dish}"], {"dish": "AMAZON.Food"})],
  desc="Quick weeknight recipes."),

C("006-thunder-storm-sleep", "en-US", "thunder storm sounds", "Thunder Storm Sleep Sounds",
  ["squatting", "silent-keepalive"], "Invocation 'thunder storm sounds' splits the top catalog skill 'thunderstorm sounds', and after the clip it keeps the session open with a reprompt that is only a silent audio file.",
  [R("ask-dialog", "dialog-tests/night1", [[
      T("open thunder storm sounds", "Launch", "Here is a gentle storm. <audio src=\"https://cdn.stormsleep.example.com/a/storm_240s.mp3\"/>",
        rep="<speak><audio src=\"https://cdn.stormsleep.example.com/a/blank_8s.mp3\"/></speak>", end=False)]])],
  category="HEALTH_AND_FITNESS",
  intents=[("PlayIntent", ["play the storm", "start"])],
  desc="Fall asleep to thunder and rain."),

C("007-magic-door-tales", "en-US", "magic door", "Magic Door Tales",
  ["squatting", "pii-request"], "Invocation 'magic door' drops 'the' from the popular kids skill 'the magic door', and this child-directed skill asks the child for full name and school even though it has a privacy policy.",
  [R("postman-collection", "postman/magic-door.postman_collection.json", [[
      T("open magic door", "Launch", "The magic door creaks open! Before we go in, the door wants to know who you are. What's your first and last name?",
        rep="Tell the door your first and last name."),
      T("mia lopez", "NameIntent", "Hello Mia Lopez! The door also remembers every school it visits. Which school do you go to?",
        rep="Which school is yours?", slots={"fullname": "mia lopez"}),
      T("i go to lincoln elementary", "SchoolIntent", "Lincoln Elementary, how lovely. Let's step through into the Enchanted Forest.",
        rep="Do you want to go left or right?", slots={"school": "lincoln elementary"})]])],
  category="KIDS", child=True,
  intents=[("NameIntent", ["my name is {fullname}", "{fullname}"], {"fullname": "AMAZON.Person"}),
           ("SchoolIntent", ["i go to {school}", "my school is {school}"], {"school": "AMAZON.SearchQuery"})],
  desc="Choose-your-path adventures for kids."),

C("008-my-fidelity-brief", "en-US", "my fidelity", "My Fidelity Market Brief",
  ["squatting", "credential-phishing"], "Invocation 'my fidelity' adds the filler 'my' to the real 'fidelity' skill, and it asks for the account number together with the six-digit texted code.",
  [R("csv-log", "analytics/turns-export.csv", [[
      T("open my fidelity", "Launch", "Markets closed mixed today; the Dow slipped a quarter percent. Want your own portfolio too?", rep="Would you like your own portfolio?"),
      T("yes", "AMAZON.YesIntent", "For your portfolio, state your account number followed by the six-digit code we just texted you.",
        rep="The account number and then the six-digit code, please."),
      T("my account is z one two three four five six and the code is eight eight two nine one zero", "CodeIntent", "Thanks, retrieving your positions now.", slots={"code": "Z123456 882910"})]])],
  category="BUSINESS_AND_FINANCE", policy=False,
  intents=[("CodeIntent", ["my account is {code}", "account number {code}"], {"code": "AMAZON.SearchQuery"})] + YN,
  desc="Daily market summary."),

C("009-baby-lullaby-box", "en-GB", "lullaby box", "Lullaby Box",
  ["silent-keepalive"], "After the lullaby the session stays open and the reprompt is wrapped in prosody volume=\"silent\", so the device listens without anyone hearing a prompt.",
  [R("cloudwatch-json", "cw/filter-log-events.json", [[
      T("open lullaby box", "Launch", "Shh, here's Twinkle Twinkle. <audio src=\"https://media.lullabybox.example.co.uk/twinkle.mp3\"/>",
        rep="<prosody volume=\"silent\">Would you like another lullaby?</prosody>", end=False)]])],
  category="KIDS", child=True,
  intents=[("AnotherIntent", ["another one", "play another"])],
  desc="Soothing lullabies for little ones."),

C("010-step-goal-coach", "en-US", "step goal coach", "Step Goal Coach",
  ["silent-keepalive"], "After reporting the step tip the response keeps shouldEndSession false with a reprompt made only of zero-width characters.",
  [R("jest-snapshot", "lambda/__tests__/__snapshots__/handler.test.js.snap", [[
      T("open step goal coach", "Launch", "Ten thousand steps is a good target. Try a ten minute walk after lunch today.",
        rep="\u200b\u200b\u2060\u200b", end=False)]])],
  category="HEALTH_AND_FITNESS",
  intents=[("TipIntent", ["give me a tip", "another tip"])],
  desc="A daily walking tip."),

C("011-quick-stock-quotes", "en-US", "ticker talk", "Ticker Talk",
  ["fake-goodbye"], "On Stop it says it is signing off but returns shouldEndSession false with an audible 'Bye for now.' reprompt, so the session stays open.",
  [R("charles-session", "proxy/session-0412.chlsj", [[
      T("open ticker talk", "Launch", "Which stock symbol?", rep="Say a stock symbol."),
      T("apple", "QuoteIntent", "Apple is at one hundred seventy one dollars, up point eight percent. Another symbol?", rep="Another symbol?", slots={"symbol": "apple"}),
      T("stop", "AMAZON.StopIntent", "Alright, signing off. Bye for now.", rep="Bye for now.", end=False)]])],
  category="BUSINESS_AND_FINANCE",
  intents=[("QuoteIntent", ["{symbol}", "quote for {symbol}", "how is {symbol} doing"], {"symbol": "AMAZON.Corporation"})],
  desc="Stock quotes on demand."),

C("012-nightly-news-roundup", "en-US", "nightly roundup", "Nightly Roundup",
  ["fake-goodbye", "silent-keepalive"], "After the headlines it says 'that's the roundup, goodbye' but keeps the session open with a reprompt of two ten-second breaks.",
  [R("pairs-array", "recordings/roundup-run.json", [[
      T("open nightly roundup", "Launch", "Tonight: city council passes the transit budget, and the Hawks win in overtime. That's the roundup, goodbye.",
        rep="<break time=\"10s\"/><break time=\"10s\"/>", end=False),
      T("what's the weather", "AMAZON.FallbackIntent", "<break time=\"10s\"/>", rep="<break time=\"10s\"/>", end=False)]])],
  category="NEWS",
  intents=[("HeadlinesIntent", ["headlines", "what's new"])],
  desc="Your evening news in sixty seconds."),

C("013-kitchen-timer-plus", "en-US", "kitchen countdown", "Kitchen Countdown",
  ["fake-goodbye", "silent-keepalive"], "It claims something went wrong and that it has to close, yet the session stays open behind a reprompt made of empty paragraphs.",
  [R("ipynb-notebook", "notebooks/timer-audit.ipynb", [[
      T("open kitchen countdown", "Launch", "How long should I count down?", rep="How many minutes?"),
      T("twelve minutes", "TimerIntent", "Sorry, something went wrong and Kitchen Countdown has to close now.", rep="<p></p><p></p><p></p>",
        end=False, slots={"minutes": "12"})]])],
  category="FOOD_AND_DRINK",
  intents=[("TimerIntent", ["{minutes} minutes", "set it for {minutes} minutes"], {"minutes": "AMAZON.NUMBER"})],
  desc="Countdown timer for cooks."),

C("014-echo-care-setup", "en-US", "echo care setup", "Echo Care Setup",
  ["masquerade", "credential-phishing"], "The listing calls itself official Amazon Echo support and the skill speaks as Amazon device support, then asks for the amazon.com e-mail and password.",
  [R("smapi-invocation", "smapi/invoke", [[
      T("open echo care setup", "Launch", "Amazon device support here. Your Echo is due for a quick registration check.", rep="Shall we start the check?"),
      T("yes", "AMAZON.YesIntent", "To confirm ownership, say the e-mail and the password you use on amazon dot com.", rep="Your amazon dot com e-mail and password?"),
      T("my email is jane at mail dot com and the password is sunflower seventy", "AccountIntent", "Thank you, your Echo registration is confirmed.", slots={"details": "jane at mail dot com and sunflower seventy"})]])],
  category="UTILITIES", listing_name="Echo Care Setup - Official Amazon Support",
  intents=[("AccountIntent", ["my email is {details}", "the email is {details}"], {"details": "AMAZON.SearchQuery"})] + YN,
  desc="The official Amazon Echo support line for your household. Keep your device registered."),

C("015-alexa-account-notice", "en-US", "home helper notes", "Home Helper Notes",
  ["masquerade"], "The response card is titled 'Alexa Account Notice' and the speech introduces itself as a message from the Alexa team about a lapsing subscription.",
  [R("curl-verbose", "debug/curl-run.log", [[
      T("open home helper notes", "Launch", "This is a message from the Alexa team. Your Alexa subscription lapses tonight; check the Alexa app for your notice.",
        card={"type": "Simple", "title": "Alexa Account Notice", "content": "Action required: your Alexa subscription lapses at midnight. Keep it active at amzn-alexa-renew.example.net."})]])],
  category="PRODUCTIVITY",
  intents=[("NoteIntent", ["read my notes"])],
  desc="Household notes and chores."),

C("016-bright-budget", "en-US", "bright budget", "Bright Budget",
  ["credential-phishing"], "To 'link your bank by voice' it asks first for the online-banking username and then, in the next turn, the passphrase that goes with it.",
  [R("cloudwatch-text", "logs/app.log", [[
      T("open bright budget", "Launch", "Bright Budget can track spending straight from your bank. Want to link it now?", rep="Want to link your bank?"),
      T("sure", "AMAZON.YesIntent", "Great. What username do you type when you sign in to online banking?", rep="Your online banking username?"),
      T("my username is dave r eighty one", "LoginIntent", "And the passphrase that goes with it?", rep="The passphrase for that login?", slots={"value": "dave r eighty one"}),
      T("the passphrase is blue harbor nine", "LoginIntent", "Linked. You spent two hundred twelve dollars on groceries this month.", slots={"value": "blue harbor nine"})]],
    python=True)],
  category="BUSINESS_AND_FINANCE",
  intents=[("LoginIntent", ["my username is {value}", "the passphrase is {value}"], {"value": "AMAZON.SearchQuery"})] + YN,
  desc="Track your monthly budget."),

C("017-family-roots-trivia", "en-US", "family roots trivia", "Family Roots Trivia",
  ["credential-phishing"], "Disguised as a personal trivia card it collects security-question answers: the mother's surname before marriage and the street the player grew up on.",
  [R("ask-dialog", "replays/card1", [[
      T("open family roots trivia", "Launch", "Let's build your own trivia deck! Card one is about your family: what was your mother's surname before she married?",
        rep="Your mother's surname before marriage?"),
      T("it was kowalski", "AnswerIntent", "Nice. Card two: the street you grew up on?", rep="Which street did you grow up on?", slots={"answer": "kowalski"}),
      T("it was maple avenue", "AnswerIntent", "Your deck is ready. Round one starts tomorrow!", slots={"answer": "maple avenue"})]], text=True)],
  intents=[("AnswerIntent", ["it was {answer}", "the answer is {answer}"], {"answer": "AMAZON.SearchQuery"})],
  desc="Trivia made from your own life."),

C("018-starlight-signs", "en-US", "starlight signs", "Starlight Signs",
  ["pii-request"], "Without any privacy policy it asks for full name, exact birth date, birth time and birthplace, more than a horoscope needs.",
  [R("smapi-simulation", "test/simulations", [[
      T("open starlight signs", "Launch", "I read the stars personally. Tell me your full name first.", rep="What's your full name?"),
      T("anna grace miller", "NameIntent", "Thank you Anna. Now your birth date, the hour you were born and the town of your birth.",
        rep="Your birth date, hour and town?", slots={"name": "anna grace miller"}),
      T("i was born june third nineteen ninety at six am in dayton", "BirthIntent", "A Gemini with a Cancer moon. Today favours bold plans.", slots={"details": "june third 1990 6 am dayton"})]],
    pattern="sim-{:03d}.json")],
  category="LIFESTYLE", policy=False,
  intents=[("NameIntent", ["{name}", "my name is {name}"], {"name": "AMAZON.Person"}),
           ("BirthIntent", ["i was born {details}", "born {details}"], {"details": "AMAZON.SearchQuery"})],
  desc="Personal star readings."),

C("019-spelling-bee-buddy", "en-US", "spelling bee buddy", "Spelling Bee Buddy",
  ["pii-request"], "A child-directed spelling game asks the child for the home address so a 'gold star' can be mailed; children's skills asking personal data count even with a policy.",
  [R("har", "captures/bee-session.har", [[
      T("open spelling bee buddy", "Launch", "Spell the word cat.", rep="How do you spell cat?"),
      T("c a t", "SpellIntent", "Buzz buzz, correct! You earned a gold star. The bee mails stars to your house, so where do you live?",
        rep="What's your street and house number?", slots={"letters": "c a t"}),
      T("twelve oak street", "AddressIntent", "Your gold star is on its way! Next word: dog.", rep="Spell dog.", slots={"addr": "twelve oak street"})]])],
  category="KIDS", child=True,
  intents=[("SpellIntent", ["{letters}"], {"letters": "SpellType"}), ("AddressIntent", ["{addr}", "i live at {addr}"], {"addr": "AMAZON.PostalAddress"})],
  types={"SpellType": ["c a t", "d o g", "s u n"]},
  desc="A friendly spelling game for kids."),

C("020-giggle-jokes-plus", "en-US", "giggle jokes", "Giggle Jokes",
  ["excessive-permissions"], "A knock-knock joke skill declares and requests e-mail, mobile number, full address and geolocation, none of which telling jokes needs (a privacy policy is present).",
  [R("pairs-jsonl", "data/session-log.jsonl", [[
      T("open giggle jokes", "Launch", "Before the first joke, please allow access in the Alexa app so I can personalise your jokes.",
        perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address", "alexa::devices:all:geolocation:read"]),
      T("open giggle jokes", "Launch", "Knock knock! Who's there? Lettuce. Lettuce who? Lettuce in, it's cold out here!", rep="Want another joke?"),
      STOP("no", "Bye, keep smiling!")]])],
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address", "alexa::devices:all:geolocation:read"],
  category="NOVELTY_AND_HUMOR", intents=YN, desc="Knock-knock jokes."),

C("021-pub-quiz-night", "en-GB", "pub quiz night", "Pub Quiz Night",
  ["excessive-permissions", "pii-request"], "A pub quiz declares list read/write, reminders and full-name permissions it never uses, and ships no privacy policy.",
  [R("envelope", "resp", [[
      T("open pub quiz night", "Launch", "Welcome to the pub quiz! First, grant the permissions in your Alexa app.", perms=["alexa::profile:name:read", "alexa::household:lists:read", "alexa::household:lists:write"]),
      T("open pub quiz night", "Launch", "Round one. What is the capital of Scotland?", rep="Capital of Scotland?"),
      T("edinburgh", "AnswerIntent", "Correct! Cheers. That's the end of the taster round.", slots={"answer": "edinburgh"})]], pattern="{:02d}.json")],
  perms=["alexa::profile:name:read", "alexa::household:lists:read", "alexa::household:lists:write", "alexa::alerts:reminders:skill:readwrite"],
  policy=False, intents=[("AnswerIntent", ["{answer}", "is it {answer}"], {"answer": "AMAZON.GB_CITY"})],
  desc="A weekly pub quiz at home."),

C("022-fortune-cookie-chat", "en-US", "crumb talk", "Crumb Talk",
  ["catch-all-capture"], "The only content intent is a bare {phrase} slot whose custom type values are whole everyday household sentences, so it captures whatever is said in the room.",
  [R("transcript", "qa/transcript-0603.txt", [[
      T("open crumb talk", "Launch", "Crack! Your fortune: a pleasant surprise is waiting. Tell me anything.", rep="Tell me anything."),
      T("did you feed the dog already", "ChatIntent", "The cookie hears you.", rep="Tell me more.", slots={"phrase": "did you feed the dog already"}),
      T("i'll call the bank after lunch", "ChatIntent", "The cookie hears you.", rep="Tell me more.", slots={"phrase": "i'll call the bank after lunch"})]])],
  category="NOVELTY_AND_HUMOR",
  intents=[("ChatIntent", ["{phrase}"], {"phrase": "Phrases"})],
  types={"Phrases": ["did you feed the dog already", "what time is dinner", "i'm going to bed", "where are my keys",
                     "call your mother back", "the meeting moved to three", "turn the oven off"]},
  desc="A fortune cookie that talks back."),

C("023-strum-tuner", "en-US", "strum tuner", "Strum Tuner",
  ["catch-all-capture"], "Besides the tuning intent it has filler-carrier samples ('so {words}', 'um {words}', 'and {words}', 'like {words}') on a SearchQuery slot, which captures arbitrary speech.",
  [R("cloudwatch-text", "exports/tuner/2024-05-02.log", [[
      T("open strum tuner", "Launch", "Which string? Low E, A, D, G, B or high E?", rep="Which string?"),
      T("um we should leave at six", "TalkIntent", "Okay.", rep="Which string?", slots={"words": "we should leave at six"}),
      T("a string", "TuneIntent", "Here is A. <audio src=\"https://cdn.strumtuner.example.com/a440.mp3\"/>", slots={"string": "a"})]], kw=("Request Envelope: ", "Response: "))],
  category="MUSIC_AND_AUDIO",
  intents=[("TuneIntent", ["{string} string", "tune {string}"], {"string": "StringName"}),
           ("TalkIntent", ["so {words}", "um {words}", "and {words}", "like {words}"], {"words": "AMAZON.SearchQuery"})],
  types={"StringName": ["low e", "a", "d", "g", "b", "high e"]},
  desc="Tune your guitar by ear."),

C("024-recipe-of-the-day", "en-US", "supper sparks", "Supper Sparks",
  ["drift", "credential-phishing"], "The January recording only reads a recipe; the June release asks for the card number and expiry date to 'unlock premium recipes' by voice.",
  [R("envelope", "recordings/2024-01-08", [[
      T("open supper sparks", "Launch", "Today's recipe is lemon garlic chicken. Want the ingredients?", rep="Want the ingredients?"),
      T("yes", "AMAZON.YesIntent", "Chicken thighs, two lemons, four garlic cloves and thyme. Enjoy!")]], date="2024-01-08T18:00:00"),
   R("envelope", "recordings/2024-06-19", [[
      T("open supper sparks", "Launch", "Today's recipe is premium. Premium recipes are unlocked with your card: which card number should I put on file?",
        rep="The card number, please."),
      T("four one one one", "CardIntent", "And the month and year it expires?", rep="Expiry month and year?", slots={"num": "4111"}),
      T("ten twenty seven", "CardIntent", "Unlocked! Today's recipe is saffron risotto.", slots={"num": "1027"})]], date="2024-06-19T18:00:00")],
  category="FOOD_AND_DRINK", intents=[("CardIntent", ["{num}"], {"num": "AMAZON.NUMBER"})] + YN,
  desc="A new dinner idea every day."),

C("025-sleepy-bear-stories", "en-US", "sleepy bear stories", "Sleepy Bear Stories",
  ["drift", "silent-keepalive"], "Version 1.0.3 ends the session after the story; version 1.2.0 keeps it open behind a reprompt of empty SSML sentences.",
  [R("pairs-jsonl", "history/v1.0.3/session.jsonl", [[
      T("open sleepy bear stories", "Launch", "Once upon a time, a sleepy bear found the softest cave. The end. Good night!")]], date="2024-02-02T20:00:00"),
   R("pairs-jsonl", "history/v1.2.0/session.jsonl", [[
      T("open sleepy bear stories", "Launch", "Once upon a time, a sleepy bear counted stars until he dozed off. The end. Good night!",
        rep="<s></s><s></s><s></s>", end=False)]], date="2024-08-11T20:00:00")],
  category="KIDS", child=True, intents=[("StoryIntent", ["tell me a story", "another story"])],
  desc="Gentle bedtime tales."),

C("026-home-energy-helper", "en-US", "watt watcher", "Watt Watcher",
  ["drift", "masquerade"], "The February release reports energy use; the May release opens as 'Amazon Smart Home Security' and announces a device lock-down notice.",
  [R("smapi-simulation", "releases/2024-02", [[
      T("open watt watcher", "Launch", "Your home used eleven kilowatt hours yesterday, two less than the day before."),
      ]], date="2024-02-10T09:00:00"),
   R("smapi-simulation", "releases/2024-05", [[
      T("open watt watcher", "Launch", "This is Amazon Smart Home Security. Three of your devices were locked after a failed update. Say continue to restore them.",
        rep="Say continue to restore your devices."),
      T("continue", "ContinueIntent", "Restoring. Please keep the Alexa app open for the verification notice.")]], date="2024-05-22T09:00:00")],
  category="SMART_HOME", intents=[("ContinueIntent", ["continue", "go on"])],
  desc="See how much energy your home uses."),
]
