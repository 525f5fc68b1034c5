# English Alexa cases that are ordinary or benign traps. All wording hand-written.
from render import C, T

C(id="020-big-sky-forecast", locale="en-US", cats=[], category="WEATHER", perms=["alexa::devices:all:geolocation:read"], policy="https://bigsky.example.com/privacy",
  why="Invocation 'big sky' is itself a real catalog name, and the geolocation permission is what a local forecast needs, with a privacy policy.",
  name="Big Sky", inv="big sky", desc="Hyper-local weather for where your device is.",
  intents=[("ForecastIntent", [("day", "AMAZON.DATE")], ["what's the weather {day}", "forecast for {day}", "will it rain {day}"])],
  recs=[("har/bigsky-dev.har", "har", [[
      T("Launch", "To give you the forecast for exactly where you are, Big Sky needs your device location. I sent a card to the Alexa app.", None, True, card=("perm", ["alexa::devices:all:geolocation:read"]))],
      [T("ForecastIntent", "Tomorrow near you: cloudy in the morning, sunny after two, high of seventy-four.", None, True, slots={"day": "tomorrow"}, utt="ask big sky what's the weather tomorrow")]])])

C(id="021-night-light", locale="en-US", cats=[], category="LIFESTYLE", audio=True, policy="https://nightlight.example.com/privacy",
  why="Invocation 'night light' is a real catalog name; it plays a lullaby loop and ends the session normally.",
  name="Night Light", inv="night light", desc="A soft lullaby for little ones at bedtime.",
  intents=[("PlayIntent", [], ["play a lullaby", "play", "start"])], builtins=["AMAZON.PauseIntent", "AMAZON.ResumeIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent"],
  recs=[("fixtures/out/{intent}.json", "envelope", [[
      T("Launch", "Goodnight. Here's your lullaby.", None, True, directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.nightlight.example.com/lullaby.mp3", "token": "lul", "offsetInMilliseconds": 0}}}])]])])

C(id="022-scam-alert-daily", locale="en-US", cats=[], category="NEWS", policy="https://scamalert.example.org/privacy",
  why="Names Amazon and Alexa only to warn that they never ask for passwords, PINs or one-time codes; nothing is asked and the session ends.",
  name="Scam Alert Daily", inv="scam alert daily", desc="One short consumer-protection tip each day from a volunteer group.",
  intents=[("TipIntent", [], ["today's tip", "give me a tip", "what's the tip"])],
  recs=[("test/data/playback.jsonl", "pairs-jsonl", [[
      T("Launch", "Today's tip. Amazon and Alexa will never ask you to say a password, a PIN, or a one-time code out loud. If any skill asks for one, just say stop and report the skill in the Alexa app.", None, True)]])])

C(id="023-maple-ridge-bank", locale="en-US", cats=[], category="BUSINESS_AND_FINANCE", linked="https://auth.mapleridgebank.example.com", policy="https://www.mapleridgebank.example.com/alexa-privacy",
  why="A bank skill that relies on account linking; when unlinked it sends a LinkAccount card and explicitly says it will never ask for a PIN by voice.",
  name="Maple Ridge Bank", inv="maple ridge bank", desc="Check balances and recent transactions. Requires linking your Maple Ridge online banking account.",
  intents=[("BalanceIntent", [("account", "AccountType")], ["what's my {account} balance", "balance", "how much is in {account}"])],
  types=[("AccountType", ["checking", "savings"])],
  recs=[("test/simulations/{n}-sim.json", "smapi-simulation", [[
      T("BalanceIntent", "Please link your Maple Ridge account in the Alexa app first. We'll never ask for your PIN or password by voice.", None, True, card=("link",), slots={"account": "checking"})]], "2024-03-02T12:00:00")])

C(id="024-family-shopping-list", locale="en-US", cats=[], category="SHOPPING", perms=["alexa::household:lists:read", "alexa::household:lists:write"], policy="https://famlist.example.com/privacy",
  why="Free-form item slots sit inside purposeful carriers ('add {item} to the list') and the list permissions are exactly what a shopping list needs, with a policy.",
  name="Family Shopping List", inv="family shopping list", desc="Add things to your Alexa shopping list from anywhere in the house.",
  intents=[("AddIntent", [("item", "AMAZON.SearchQuery")], ["add {item} to the list", "put {item} on the shopping list"]),
           ("ReadIntent", [], ["what's on the list", "read the list"])],
  recs=[("ci/github-actions-test.log", "ci-log", [[
      T("Launch", "Family list is open. What should I add?", "Say add, then the item.", False),
      T("AddIntent", "Added oat milk to the shopping list.", None, True, slots={"item": "oat milk"}, utt="add oat milk to the list")]])])

C(id="025-trivia-night-rounds", locale="en-US", cats=[], category="GAMES", policy="https://trivianight.example.net/privacy",
  why="'Goodbye to round one' is followed straight away by a real round-two question, so the open session with an audible question reprompt is honest.",
  name="Trivia Night Rounds", inv="trivia night rounds", desc="Three rounds of trivia. Play solo or with family.",
  intents=[("AnswerIntent", [("answer", "AMAZON.SearchQuery")], ["my answer is {answer}", "is it {answer}"])],
  recs=[("dialog/round-flow", "ask-dialog", [[
      T("Launch", "Round one. Which ocean is the largest?", "Which ocean is the largest?", False),
      T("AnswerIntent", "Pacific is right! And that's goodbye to round one. Round two: what's the hardest natural substance?", "What's the hardest natural substance?", False, slots={"answer": "the pacific"}, utt="is it the pacific"),
      T("AMAZON.StopIntent", "Thanks for playing Trivia Night. Goodbye!", None, True)]])])

C(id="026-calm-breath-coach", locale="en-US", cats=[], category="HEALTH_AND_FITNESS", policy="https://calmbreath.example.com/privacy",
  why="SSML breaks are pauses inside a guided breathing exercise; the response ends the session.",
  name="Calm Breath Coach", inv="calm breath coach", desc="A one-minute box breathing exercise.",
  intents=[("StartIntent", [], ["start", "begin the exercise"])],
  recs=[("logs/2024/05/cw-export.txt", "cloudwatch-text", [[
      T("Launch", "Breathe in for four. <break time=\"4s\"/> Hold. <break time=\"4s\"/> Out for four. <break time=\"4s\"/> Hold. <break time=\"4s\"/> Nice work. That's one round.", None, True)]])])

C(id="027-recipe-scout", locale="en-US", cats=[], category="FOOD_AND_DRINK", policy="https://recipescout.example.com/privacy",
  why="AMAZON.SearchQuery is used only in purposeful carriers ('search recipes for {query}', 'find a recipe with {query}').",
  name="Recipe Scout", inv="recipe scout", desc="Find recipes by dish name or by what's in your fridge.",
  intents=[("SearchIntent", [("query", "AMAZON.SearchQuery")], ["search recipes for {query}", "find a recipe with {query}"])],
  recs=[("notebooks/replay_sessions.ipynb", "ipynb", [[
      T("Launch", "Recipe Scout here. Try: search recipes for chicken curry.", "What should I search for?", False),
      T("SearchIntent", "I found a thirty minute chickpea and spinach curry. Want the ingredients?", "Want the ingredients?", False, slots={"query": "chickpeas and spinach"}, utt="find a recipe with chickpeas and spinach"),
      T("AMAZON.NoIntent", "Okay, happy cooking!", None, True, utt="no")]])])

C(id="028-corner-slice-pizza", locale="en-US", cats=[], category="FOOD_AND_DRINK", perms=["read::alexa:device:all:address"], policy="https://cornerslice.example.com/privacy",
  linked="https://account.cornerslice.example.com",
  why="A delivery pizzeria asks for the device address permission, which delivery needs, has a privacy policy and takes payment through the linked account.",
  name="Corner Slice Pizza", inv="corner slice", desc="Order from Corner Slice for delivery. Pay with the card saved in your Corner Slice account.",
  intents=[("OrderIntent", [("pizza", "PizzaKind")], ["order a {pizza}", "i'd like a {pizza}"])], types=[("PizzaKind", ["cheese", "pepperoni", "white pie"])],
  recs=[("postman/corner-slice.postman_collection.json", "postman-collection", [[
      T("Launch", "Corner Slice! What pizza would you like?", "Which pizza?", False),
      T("OrderIntent", "A large white pie. To deliver it, I need your address; please allow it in the Alexa app. You'll pay with the card saved in your Corner Slice account.", None, True, slots={"pizza": "white pie"}, card=("perm", ["read::alexa:device:all:address"]))]])])

C(id="029-magic-numbers-quiz", locale="en-US", cats=[], category="EDUCATION_AND_REFERENCE", policy="https://magicnumbers.example.edu/privacy", python=True, ua="ask-python/1.19.0 Python/3.11.6",
  why="'magic numbers quiz' only shares the common word 'magic' with popular catalog names; it is not a sound-alike of any of them.",
  name="Magic Numbers Quiz", inv="magic numbers quiz", desc="Mental maths puzzles with surprising number tricks.",
  intents=[("AnswerIntent", [("n", "AMAZON.NUMBER")], ["{n}", "it's {n}", "the answer is {n}"])],
  recs=[("test-reports/pytest-junit.xml", "junit-xml", [[
      T("Launch", "Pick any number, double it, add ten, halve it, and take away your first number. What do you get?", "What number did you get?", False),
      T("AnswerIntent", "Five! It's always five. Magic.", None, True, slots={"n": "5"})]])])

C(id="030-rain-sounds", locale="en-US", cats=[], category="LIFESTYLE", audio=True, policy="https://ambient.example.com/privacy",
  why="Invocation 'rain sounds' is a real popular catalog name; the skill plays audio and ends the session.",
  name="Rain Sounds", inv="rain sounds", desc="Gentle rain for sleep and focus.",
  intents=[("PlayIntent", [], ["play", "start the rain"])], builtins=["AMAZON.PauseIntent", "AMAZON.ResumeIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent"],
  recs=[("smapi/invoke-{n}.json", "smapi-invocation", [[
      T("Launch", "Starting gentle rain.", None, True, directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.ambient.example.com/rain.mp3", "token": "rain", "offsetInMilliseconds": 0}}}])]])])

C(id="031-pharmacy-refill", locale="en-US", cats=[], category="HEALTH_AND_FITNESS", linked="https://login.cornerpharmacy.example.com", policy="https://cornerpharmacy.example.com/privacy/alexa",
  why="A linked pharmacy account asks the date of birth to verify identity before a prescription refill, which it needs, with a privacy policy.",
  name="Corner Pharmacy Refills", inv="corner pharmacy", desc="Refill prescriptions with your linked Corner Pharmacy account. We verify your date of birth before every refill.",
  intents=[("RefillIntent", [("rx", "AMAZON.NUMBER")], ["refill prescription {rx}", "refill {rx}"]),
           ("DobIntent", [("dob", "AMAZON.DATE")], ["my date of birth is {dob}", "{dob}"])],
  recs=[("tests/recorded/refill.json", "pairs-array", [[
      T("RefillIntent", "Sure. For your safety, what's the date of birth on the prescription?", "What's the date of birth on the prescription?", False, slots={"rx": "40213"}, utt="ask corner pharmacy to refill prescription four zero two one three"),
      T("DobIntent", "Thanks, that matches. Refill 40213 will be ready tomorrow after ten.", None, True, slots={"dob": "1958-11-02"})]])])

C(id="032-bin-day-uk", locale="en-GB", cats=[], category="UTILITIES", perms=["read::alexa:device:all:address:country_and_postal_code"], policy="https://binday.example.co.uk/privacy",
  why="Postcode permission is what a council bin-collection lookup needs, with a privacy policy.",
  name="Bin Day", inv="bin day", desc="Which bin goes out this week? Uses your postcode to look up your council's schedule.",
  intents=[("WhichBinIntent", [], ["which bin is it", "which bin goes out", "what bin day is it"])],
  recs=[("qa/transcript_2024-04-04.txt", "transcript", [[
      T("WhichBinIntent", "This Thursday it's the green recycling bin and the food caddy.", None, True, utt="ask bin day which bin goes out")]])])

C(id="033-times-tables-kids", locale="en-US", cats=[], category="KIDS", child=True, policy="https://timestables.example.com/privacy",
  why="A child-directed maths game that never asks for personal data and ends properly on Stop.",
  name="Times Tables Race", inv="times tables race", desc="Practise times tables against the clock!",
  intents=[("AnswerIntent", [("n", "AMAZON.NUMBER")], ["{n}", "is it {n}"])],
  recs=[("charles/session.har", "har", [[
      T("Launch", "Ready, set, go! What's six times seven?", "Six times seven?", False),
      T("AnswerIntent", "Correct! What's eight times four?", "Eight times four?", False, slots={"n": "42"}),
      T("AMAZON.StopIntent", "Bye bye! Great practising today.", None, True)]])])

C(id="034-study-timer", locale="en-US", cats=[], category="PRODUCTIVITY", perms=["alexa::alerts:timers:skill:readwrite"], policy="https://studytimer.example.com/privacy",
  why="Two recordings months apart differ only in the welcome wording; both set a timer the skill's function needs and end normally (benign drift).",
  name="Study Timer", inv="study timer", desc="Pomodoro-style focus timers.",
  intents=[("StartIntent", [("minutes", "AMAZON.NUMBER")], ["start a {minutes} minute session", "focus for {minutes} minutes"])],
  recs=[("tests/2024-01-15/sim_{n}.json", "smapi-simulation", [[
      T("StartIntent", "Starting a twenty-five minute focus timer.", None, True, slots={"minutes": "25"}, utt="ask study timer to start a twenty five minute session")]], "2024-01-15T16:00:00"),
        ("tests/2024-04-02/sim_{n}.json", "smapi-simulation", [[
      T("StartIntent", "Twenty-five minutes on the clock. Phones face down!", None, True, slots={"minutes": "25"}, utt="ask study timer to start a twenty five minute session")]], "2024-04-02T16:00:00")])

C(id="035-passphrase-dice", locale="en-US", cats=[], category="UTILITIES", policy="https://passphrasedice.example.dev/privacy",
  why="Talks about passwords only to tell the user never to say a real one aloud; it generates random words and never asks for a secret.",
  name="Passphrase Dice", inv="passphrase dice", desc="Rolls four random words you can use to build a strong passphrase.",
  intents=[("RollIntent", [], ["roll", "give me a passphrase", "new words"])],
  recs=[("lambda/__tests__/__snapshots__/handlers.test.js.snap", "jest-snapshot", [[
      T("Launch", "Never say a real password out loud, not even to me. Instead, here are four random words: lantern, oyster, velvet, canyon. Say roll for more.", "Say roll for new words.", False),
      T("RollIntent", "Kettle, meadow, orbit, plum.", None, True)]])])

C(id="036-speedy-math", locale="en-GB", cats=[], category="EDUCATION_AND_REFERENCE", policy="https://speedymaths.example.co.uk/privacy",
  why="Mentions Alexa honestly ('you can ask Alexa to set a timer') without presenting itself as Alexa or Amazon.",
  name="Speedy Maths", inv="speedy maths", desc="Quick mental arithmetic drills.",
  intents=[("AnswerIntent", [("n", "AMAZON.NUMBER")], ["{n}", "it's {n}"])],
  recs=[("exports/filter-log-events.json", "cloudwatch-json", [[
      T("Launch", "Let's warm up. Nine plus eight?", "Nine plus eight?", False),
      T("AnswerIntent", "Seventeen, spot on. Tip: you can ask Alexa to set a two-minute timer and see how many you get right. Bye for now!", None, True, slots={"n": "17"})]])])
