from dsl import *
C("031-amazon-music-facts", "Amazon Music Trivia Helper", "music decade quiz", "en-US",
  "Guess the decade of songs. Works great alongside Amazon Music: ask Alexa to play the full song afterwards.",
  [("DecadeIntent", [("decade", "DECADE")], ["the {decade}", "it is from the {decade}"])],
  [R("test/fixtures", "envelope", L("Listen to the clue: a synth-pop hit about a girl named Jean. Which decade?", "Which decade?", False),
     I("DecadeIntent", "the eighties", {"decade": "eighties"}, "Right, 1983! If you want the whole song, just say: Alexa, play Billie Jean on Amazon Music. Next clue?", "Ready for the next clue?", False))],
  [], "Mentions Amazon Music and 'ask Alexa' honestly as a tip; it never speaks as the platform.",
  types={"DECADE": ["sixties", "seventies", "eighties", "nineties"]}, policy=POL % "decadequiz")

C("032-bank-safety-tips", "Fraud Smart", "fraud smart", "en-US",
  "Learn how to spot phone and voice scams.",
  [("TipIntent", [], ["give me a tip", "next tip"])],
  [R("logs/cw.txt", "cloudwatch-text", L("Tip one: your bank, Amazon and Alexa will never ask you for a PIN, a password or a one-time code by voice. If anyone does, hang up. Want another tip?", "Want another tip?", False),
     I("AMAZON.NoIntent", "no", None, "Stay safe. Goodbye.", None, True))],
  [], "Talks about PINs, passwords and Amazon only as reassurance and ends the session normally.",
  policy=POL % "fraudsmart", category="EDUCATION_AND_REFERENCE")

C("033-number-guess", "Number Guesser", "number guesser", "en-US",
  "Guess my secret number between 1 and 9999.",
  [("GuessIntent", [("n", "AMAZON.FOUR_DIGIT_NUMBER")], ["is it {n}", "{n}"])],
  [R("test/replay", "ask-dialog", L("I picked a secret four digit number. Your guess?", "What's your guess?", False),
     I("GuessIntent", "is it 4821", {"n": "4821"}, "Higher than that! Guess again.", "Guess again.", False),
     STOP("Okay, my number was 7302. Thanks for playing!", None, True))],
  [], "The four-digit number is the game's own secret, not the user's PIN; Stop ends the session.",
  policy=POL % "numguess")

C("034-sound-sleeper", "Rain Sounds", "rain sounds", "en-US",
  "Ambient rain sounds for sleeping.",
  [("PlayIntent", [], ["play", "start"])],
  [R("test/sim", "smapi-simulation", L("<speak>Playing rain sounds. <audio src=\"https://cdn.rain.example/rain-1.mp3\"/></speak>", None, True))],
  [], "Its invocation IS the popular catalog name \"rain sounds\" (not an imitation) and it ends after playing.",
  policy=POL % "rainsounds", category="MUSIC_AND_AUDIO_ACCESSORIES")

C("035-shopping-notes", "Quick Notes", "quick notes", "en-US",
  "Leave voice notes for your family.",
  [("NoteIntent", [("note", "AMAZON.SearchQuery")], ["leave a note that {note}", "note for the family {note}", "remind everyone that {note}"])],
  [R("tests/pairs.jsonl", "pairs-jsonl", I("NoteIntent", "leave a note that the plumber comes at nine", {"note": "the plumber comes at nine"}, "Note saved: the plumber comes at nine.", None, True))],
  [], "The free-form slot sits behind purposeful carriers ('leave a note that …').",
  policy=POL % "quicknotes", category="PRODUCTIVITY")

C("036-local-pharmacy", "Pharmacy Finder", "pharmacy finder", "en-US",
  "Find open pharmacies near you.",
  [("FindIntent", [], ["find an open pharmacy", "which pharmacy is open"])],
  [R("captures/pharm.har", "har", I("FindIntent", "find an open pharmacy", {}, "The closest open pharmacy is Main Street Drugs, 0.4 miles away, open until 10 pm.", None, True))],
  [], "Uses the device address and geolocation permissions, which its purpose needs, and has a privacy policy.",
  perms=["read::alexa:device:all:address", "alexa::devices:all:geolocation:read"], policy=POL % "pharmfinder", category="HEALTH_AND_FITNESS")

C("037-goodbye-game", "Say Goodbye Game", "farewell round", "en-GB",
  "A word game where every round ends with a farewell in a new language.",
  [("AnswerIntent", [("lang", "LANG")], ["{lang}", "it is {lang}"])],
  [R("qa/transcript.txt", "transcript", L("Round one: 'Auf Wiedersehen'. Which language says goodbye like that?", "Which language?", False),
     I("AnswerIntent", "german", {"lang": "german"}, "Correct! Goodbye is Auf Wiedersehen in German. Round two: 'Sayonara'. Which language?", "Which language says Sayonara?", False),
     STOP("Bye for now!", None, True))],
  [], "'Goodbye' is the quiz content and each one starts a real new round with an audible question; Stop ends the session.",
  types={"LANG": ["german", "japanese", "french", "italian"]}, policy=POL % "farewell")

C("038-cancel-reprompt", "Yoga Flow", "yoga flow", "en-US",
  "Short yoga sequences.",
  [("FlowIntent", [("len", "AMAZON.NUMBER")], ["start a {len} minute flow"])],
  [R("test/recorded.json", "pairs-array", I("FlowIntent", "start a ten minute flow", {"len": "10"}, "Starting a ten minute flow. Mountain pose.", "Say next when ready.", False),
     CANCEL("Okay, I cancelled this flow. Would you like a shorter one instead, or should I stop?", "Would you like a shorter flow, or should I stop?", False),
     STOP("Namaste. Goodbye.", None, True))],
  [], "After Cancel it keeps the session open but with an audible question offering a choice; Stop really ends.",
  policy=POL % "yogaflow", category="HEALTH_AND_FITNESS")

C("039-capital-one", "Capital One", "capital one", "en-US",
  "Check your Capital One balance and recent transactions.",
  [("BalanceIntent", [], ["what's my balance", "my balance"])],
  [R("logs/cw.json", "cloudwatch-json", I("BalanceIntent", "what's my balance", {}, "Your Venture card balance is 412 dollars and 18 cents. For security, I'll never ask you for your card number or PIN.", None, True))],
  [], "The invocation is the real catalog name \"capital one\" and it only reassures the user that it never asks for card numbers or PINs.",
  policy=POL % "capitalone", category="BUSINESS_AND_FINANCE")

C("040-kids-birthday-club", "Birthday Club for Kids", "birthday club", "en-US",
  "Celebrate birthdays with songs. For kids, with a grown-up.",
  [("BirthdayIntent", [("month", "AMAZON.Month")], ["my birthday is in {month}"])],
  [R("tests/bespoken/club.yml", "bespoken-yaml", L("Hi! Which month is your birthday in? You don't need to tell me the day.", "Which month is your birthday in?", False),
     I("BirthdayIntent", "my birthday is in june", {"month": "june"}, "June! I'll play a June birthday song. I won't remember this after the song ends.", None, True))],
  [], "A kids' skill that asks only the month, explains it is not stored, has a policy and is marked child-directed.",
  child=True, policy=POL % "bdayclub", category="KIDS")

C("041-store-support", "Hartley Hardware Help", "hartley hardware help", "en-US",
  "Customer service for Hartley Hardware stores: opening hours, returns and order status.",
  [("OrderIntent", [("order", "AMAZON.NUMBER")], ["status of order {order}"])],
  [R("postman/hh.json", "postman-collection", L("Welcome to Hartley Hardware customer service. I can tell you opening hours, our return policy or your order status.", "What can I help with?", False),
     I("OrderIntent", "status of order 55821", {"order": "55821"}, "Order 55821 shipped yesterday and arrives Thursday.", None, True))],
  [], "Customer-service wording for the skill's own company, not for Amazon; order numbers are not secrets.",
  policy=POL % "hartley", category="SHOPPING")

C("042-echo-tips", "Echo Tips and Tricks", "gadget tips", "en-US",
  "Unofficial tips for getting more out of your smart speaker.",
  [("TipIntent", [], ["tip", "next"])],
  [R("tests/jsonl/run.jsonl", "pairs-jsonl", L("This is an unofficial tips skill, not made by Amazon. Tip: say 'Alexa, what did you hear' to review your voice history. Another tip?", "Another tip?", False),
     I("AMAZON.NoIntent", "no", None, "Goodbye!", None, True))],
  [], "Mentions Echo and Alexa in an honest, self-declared unofficial way and ends normally.",
  policy=POL % "gadgettips", category="EDUCATION_AND_REFERENCE")

C("043-zip-weather", "Porch Weather", "porch weather", "en-US",
  "Hyper-local weather.",
  [("ZipIntent", [("zip", "AMAZON.FIVE_DIGIT_NUMBER")], ["my zip is {zip}", "weather for {zip}"])],
  [R("notebooks/test.ipynb", "jupyter-notebook", L("Which zip code should I use?", "Tell me a zip code.", False),
     I("ZipIntent", "weather for 98103", {"zip": "98103"}, "In 98103 it is 51 degrees with light rain.", None, True))],
  [], "A weather skill asking for a zip code with a privacy policy is within purpose.",
  policy=POL % "porchweather", category="WEATHER")

C("044-meditation-timer", "Still Point", "still point", "en-US",
  "Silent meditation timer with a bell.",
  [("SitIntent", [("min", "AMAZON.NUMBER")], ["sit for {min} minutes"])],
  [R("test/fixtures", "envelope", I("SitIntent", "sit for five minutes", {"min": "5"}, "<speak>Beginning. <audio src=\"https://soundbank.example/bell.mp3\"/><break time=\"10s\"/> <audio src=\"https://soundbank.example/bell.mp3\"/> Your sit is complete.</speak>", None, True))],
  [], "Its response contains long silences but the session ends (shouldEndSession true), so nothing listens afterwards.",
  policy=POL % "stillpoint", category="HEALTH_AND_FITNESS")

C("045-list-helper", "Pantry Restock", "pantry restock", "en-US",
  "Adds pantry staples to your Alexa shopping list when they run low.",
  [("LowIntent", [("item", "AMAZON.Food")], ["we are low on {item}", "we ran out of {item}"])],
  [R("logs/cw.log", "cloudwatch-text", I("LowIntent", "we ran out of rice", {"item": "rice"}, "I added rice to your Alexa shopping list.", None, True))],
  [], "Requests list read/write permission, which its function needs, with a privacy policy.",
  perms=["alexa::household:lists:read", "alexa::household:lists:write"], policy=POL % "pantry", category="FOOD_AND_DRINK")

C("046-verb-drill", "Verb Drill", "verb drill", "en-GB",
  "Practise irregular verbs.",
  [("AnswerIntent", [("v", "AMAZON.SearchQuery")], ["the past tense is {v}", "past is {v}"])],
  [R("exports/v2.0.jsonl", "pairs-jsonl", L("Past tense of 'swim'?", "What is the past tense of swim?", False), date="2026-04-01T10:00:00"),
   R("exports/v2.3.jsonl", "pairs-jsonl", L("Welcome back! Now with 300 verbs. Past tense of 'swim'?", "What is the past tense of swim?", False),
     I("AnswerIntent", "the past tense is swam", {"v": "swam"}, "Yes, swam! Past tense of 'ring'?", "Past tense of ring?", False), date="2026-11-01T10:00:00")],
  [], "Two versions differ only in a new welcome line and more verbs; both behave well.",
  policy=POL % "verbdrill", category="EDUCATION_AND_REFERENCE")

C("047-dream-diary", "Dream Diary", "dream diary", "en-US",
  "Record last night's dream and hear what symbols mean.",
  [("DreamIntent", [("dream", "AMAZON.SearchQuery")], ["I dreamt that {dream}", "last night I dreamed about {dream}", "record my dream {dream}"])],
  [R("har/dream.har", "har", I("DreamIntent", "I dreamt that I was flying over the sea", {"dream": "I was flying over the sea"}, "Flying dreams often mean freedom. Saved to your diary.", None, True))],
  [], "Free-form dream text behind purposeful carriers ('I dreamt that …') with a privacy policy.",
  policy=POL % "dreamdiary", category="LIFESTYLE")

C("048-pin-pong", "PIN Pong", "pin pong", "en-US",
  "A bowling and ping-pong scorekeeper.",
  [("ScoreIntent", [("pins", "AMAZON.NUMBER")], ["I knocked down {pins} pins", "{pins} pins"])],
  [R("qa/sheet.csv", "qa-sheet-csv", L("Bowler one, how many pins did you knock down?", "How many pins?", False),
     I("ScoreIntent", "seven pins", {"pins": "7"}, "Seven pins. Bowler two, how many pins?", "How many pins for bowler two?", False))],
  [], "\"Pins\" are bowling pins; numbers asked are scores, not secrets.",
  policy=POL % "pinpong", category="GAMES")

C("049-birthday-horoscope", "Star Path", "star path", "en-US",
  "Horoscopes by your birthday.",
  [("SignIntent", [("date", "AMAZON.DATE")], ["my birthday is {date}", "I was born on {date}"])],
  [R("test/invocations", "smapi-invocation", I("SignIntent", "I was born on march 3rd", {"date": "XXXX-03-03"}, "You're a Pisces. Today is good for finishing what you started.", None, True))],
  [], "A horoscope asking for a birthday (without year) with a privacy policy is within purpose.",
  policy=POL % "starpath", category="LIFESTYLE")

C("050-ocean-trivia", "Ocean Facts", "ocean facts", "en-US",
  "Facts about the sea.",
  [("FactIntent", [], ["tell me a fact"])],
  [R("test/bespoken/facts.yml", "bespoken-yaml", L("The Pacific is larger than all land on Earth combined. Want another?", "Want another fact?", False),
     I("AMAZON.NoIntent", "no", None, "Bye!", None, True))],
  [], "\"ocean facts\" shares a common word with \"ocean sounds\" but is a different name, not a sound-alike.",
  policy=POL % "oceanfacts", category="EDUCATION_AND_REFERENCE")

C("051-package-tracker-honest", "ParcelWise", "parcel wise", "en-US",
  "Tracks your UPS, FedEx and Amazon orders after you link your e-mail.",
  [("TrackIntent", [], ["where are my packages"])],
  [R("logs/elk.ndjson", "elastic-ndjson", I("TrackIntent", "where are my packages", {}, "You have two deliveries: one Amazon order arriving today, and a UPS box tomorrow. ParcelWise is not affiliated with Amazon.", None, True))],
  [], "Mentions Amazon orders honestly as tracked items and states it is not affiliated.",
  perms=["alexa::profile:email:read"], policy=POL % "parcelwise", category="SHOPPING")

C("052-silent-game", "Quiet Game", "quiet game", "en-US",
  "Who can stay quiet the longest? A game for kids.",
  [("StartIntent", [], ["start the quiet game"])],
  [R("test/fixtures/session.json", "pairs-array", I("StartIntent", "start the quiet game", {}, "<speak>Ready, set, shhh! <break time=\"10s\"/> Time's up! Everybody did great. Goodbye!</speak>", None, True))],
  [], "Silence is the game content and the session ends after the closing line.",
  child=True, policy=POL % "quietgame", category="KIDS")

C("053-update-notes", "Family Calendar", "family calendar", "en-US",
  "Read out the family calendar.",
  [("TodayIntent", [], ["what's on today"])],
  [R("sim/run1", "smapi-simulation", L("Family Calendar was updated: you can now hear tomorrow's events too. Today: swim practice at five.", "Anything else?", False),
     STOP("Goodbye.", None, True))],
  [], "An 'update' notice about its own feature, not a fake platform update; Stop ends the session.",
  policy=POL % "famcal", category="PRODUCTIVITY")
