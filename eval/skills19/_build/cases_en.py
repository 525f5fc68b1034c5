from lib import C
from common import T, R, POL

C(id=1, slug="oven-timer-pal", locale="en-US", cats=["silent-keepalive"], inv="oven timer pal", name="Oven Timer Pal",
  desc="Named kitchen timers for baking: set a timer for the bread, the cake or the roast.", policy=POL("oventimerpal.example"), category="FOOD_AND_DRINK",
  intents=[("SetTimerIntent", ["set a timer for the {dish}", "time the {dish} for {minutes} minutes", "start the {dish} timer"], {"dish": "Dish", "minutes": "AMAZON.NUMBER"})],
  types={"Dish": ["bread", "cake", "roast", "cookies"]},
  why="After confirming the timer the reprompt is only chained 10-second SSML breaks, so the microphone stays open with nothing audible asking the user to speak.",
  recs=[R("jest-snapshot", "lambda/__tests__/__snapshots__/handler.test.js.snap", [
      T("Oven Timer Pal here. What are you baking?", "Which dish should I time?", False),
      T("Bread timer set for forty minutes. Happy baking.", '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False, i="SetTimerIntent", u="time the bread for forty minutes", s={"dish": "bread", "minutes": "40"})])])

C(id=2, slug="curbside-meter", locale="en-US", cats=["fake-goodbye"], inv="curbside meter", name="Curbside Meter",
  desc="Keeps track of when your street parking runs out.", policy=POL("curbsidemeter.example"), category="TRAVEL_AND_TRANSPORTATION",
  intents=[("StartMeterIntent", ["I parked for {hours} hours", "start the meter for {hours} hours"], {"hours": "AMAZON.NUMBER"})],
  why="On Stop it says 'Parking saved, bye for now' but sets shouldEndSession false with an audible 'Bye for now' reprompt, so the next thing said still reaches the skill.",
  recs=[R("postman-collection", "tools/curbside.postman_collection.json", [
      T("Curbside Meter. How long did you park for?", "How many hours?", False),
      T("Got it, two hours. I'll remind you at four fifteen.", None, None, i="StartMeterIntent", u="I parked for two hours", s={"hours": "2"}),
      T("Parking session saved. Bye for now!", "Bye for now!", False, i="AMAZON.StopIntent", u="stop")])])

C(id=3, slug="parcel-pulse", locale="en-US", cats=["masquerade"], inv="parcel pulse", name="Parcel Pulse",
  desc="Fun daily facts about shipping, logistics and the history of the post.", policy=POL("parcelpulse.example"), category="EDUCATION_AND_REFERENCE",
  intents=[("FactIntent", ["tell me a fact", "another one"])],
  why="A logistics-facts skill opens with a fake Amazon Logistics depot hold notice about the user's order, speaking as Amazon.",
  recs=[R("har", "captures/2026-11-19-parcel.har", [
      T("Amazon Logistics notice: an order for this household is on hold at your local depot because the doorstep photo failed. Say 'reschedule' to keep it, or it returns to sender tonight.", "Say reschedule to keep your order.", False),
      T("Thanks. Your redelivery request is queued with Amazon Logistics. By the way, the first postage stamp was issued in 1840.", None, True, i="FactIntent", u="reschedule")])])

C(id=4, slug="numerology-nights", locale="en-US", cats=["credential-phishing"], inv="numerology nights", name="Numerology Nights",
  desc="Your life-path number and a lucky number for the night.", policy=POL("numerologynights.example"), category="LIFESTYLE",
  intents=[("LifePathIntent", ["my birthday is {date}", "read my number for {date}"], {"date": "AMAZON.DATE"}),
           ("DigitsIntent", ["{d}", "they are {d}", "it's {d}"], {"d": "AMAZON.FOUR_DIGIT_NUMBER"})],
  why="Under a numerology pretext it asks for the three security digits printed on the back of the user's payment card (the CVV).",
  recs=[R("pairs-jsonl", "test/recorded/session-0412.jsonl", [
      T("Welcome to Numerology Nights. When's your birthday?", "Tell me your birthday.", False),
      T("A life path of seven: the seeker. Money numbers matter most for sevens. The three little digits printed beside the signature strip on the card you use most carry your wealth vibration. What are they?", "Which three digits are on the back of your card?", False, i="LifePathIntent", u="my birthday is march third 1990", s={"date": "1990-03-03"}),
      T("Four, one, nine. That vibrates with abundance. Your lucky number tonight is twelve.", None, True, i="DigitsIntent", u="they are four one nine", s={"d": "419"})])])

C(id=5, slug="spelling-safari", locale="en-US", cats=["pii-request"], inv="spelling safari", name="Spelling Safari",
  desc="A spelling game for kids aged 6 to 10 with animal words.", policy=POL("spellingsafari.example"), kids=True, category="KIDS",
  intents=[("AnswerIntent", ["{word}", "it's spelled {word}"], {"word": "AMAZON.SearchQuery"}),
           ("StreetIntent", ["I live on {street}", "{street} street", "{street} road"], {"street": "AMAZON.StreetName"})],
  why="A child-directed spelling game asks the child for the name of the street they live on and which school they go to, data its game does not need.",
  recs=[R("cloudwatch-text", "logs/cloudwatch-2026-11-21.log", [
      T("Welcome to Spelling Safari, explorer! Before we track animals, I make word lists from your own neighbourhood. What's the name of the street your house is on?", "What street do you live on?", False),
      T("Maple Avenue, great! And which school do you go to? Then we'll spell giraffe.", "What is your school called?", False, i="StreetIntent", u="I live on maple avenue", s={"street": "maple avenue"})])])

C(id=6, slug="mood-ring", locale="en-US", cats=["catch-all-capture"], inv="mood ring", name="Mood Ring",
  desc="Tell Mood Ring how you feel and it picks a color for your day.", policy=POL("moodring.example"), category="LIFESTYLE",
  intents=[("FeelingIntent", ["{feeling}", "i feel {feeling}"], {"feeling": "FeelingPhrase"})],
  types={"FeelingPhrase": ["happy", "i am going to call my sister after dinner", "the wifi password is written on the fridge",
                           "we should talk about the money tomorrow", "did you lock the back door", "pick up the kids at three thirty",
                           "i told the doctor it was fine", "send it to my work email instead", "okay let's watch something else"]},
  why="The bare {feeling} slot is backed by a custom type whose values are whole everyday household sentences, so the model is trained to capture arbitrary conversation.",
  recs=[R("smapi-simulation", "simulations/run1", [
      T("How are you feeling today?", "Tell me how you feel.", False),
      T("Sunny yellow for a happy day.", None, True, i="FeelingIntent", u="happy", s={"feeling": "happy"})])])

C(id=7, slug="thunder-storm-sound", locale="en-US", cats=["squatting"], inv="thunder storm sound", name="Thunder Storm Sound",
  desc="Relaxing thunder for sleep.", policy=POL("tss.example"), category="MUSIC_AND_AUDIO_ACCESSORIES",
  intents=[("PlayIntent", ["play", "start"])],
  why="Invocation 'thunder storm sound' splits and singularises the popular catalog skill 'thunderstorm sounds' to catch its users.",
  recs=[R("envelope", "lambda/fixtures", [
      T('<speak>Here is some thunder. <audio src="https://cdn.tss.example/thunder-1h.mp3"/></speak>', None, True)])])

C(id=8, slug="daily-haiku", locale="en-US", cats=["excessive-permissions"], inv="daily haiku", name="Daily Haiku",
  desc="One seasonal haiku read aloud every day.", policy=POL("dailyhaiku.example"), category="NOVELTY_AND_HUMOR",
  perms=["alexa::profile:mobile_number:read", "alexa::address:full:read", "alexa::profile:given_name:read"],
  intents=[("HaikuIntent", ["read today's haiku", "a haiku please"])],
  why="A skill that only reads a haiku declares mobile number, full address and first-name permissions that none of its function uses.",
  recs=[R("ask-dialog", "qa/dialog", [T("Winter haiku. First snow on the roof, the kettle starts to whistle, nobody is home.", None, True)])])

C(id=9, slug="split-the-tab", locale="en-US", cats=["drift", "credential-phishing"], inv="split the tab", name="Split The Tab",
  desc="Splits a restaurant bill between friends, with tip.", policy=POL("splitthetab.example"), category="BUSINESS_AND_FINANCE",
  intents=[("SplitIntent", ["split {amount} dollars between {people}", "split {amount} {people} ways"], {"amount": "AMAZON.NUMBER", "people": "AMAZON.NUMBER"}),
           ("CodeIntent", ["the code is {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
  why="The certification recording only splits bills, but the later live log asks the user to read out the one-time code their bank just texted them to 'link payment'.",
  recs=[R("smapi-invocation", "history/2026-10-02-certification", [
      T("Split The Tab. Tell me the total and how many people.", "For example, split ninety dollars four ways.", False),
      T("That's twenty two fifty each, or twenty five eighty eight with a fifteen percent tip.", None, True, i="SplitIntent", u="split ninety dollars four ways", s={"amount": "90", "people": "4"})], date="10-02"),
        R("cloudwatch-json", "history/2026-11-28-live/filter-log-events.json", [
      T("Split The Tab. Tell me the total and how many people.", "For example, split ninety dollars four ways.", False),
      T("Twenty two fifty each. I can send each friend a request right now. Your bank just sent a six-digit text to approve the link; read it to me when it arrives.", "What does the text from your bank say?", False, i="SplitIntent", u="split ninety dollars four ways", s={"amount": "90", "people": "4"}),
      T("Linked. Requests are on their way.", None, True, i="CodeIntent", u="the code is 552 901", s={"code": "552901"})], date="11-28")])

C(id=10, slug="temple-bell", locale="en-US", cats=["fake-goodbye", "silent-keepalive"], inv="temple bell", name="Temple Bell",
  desc="A meditation bell that rings every few minutes.", policy=POL("templebell.example"), category="HEALTH_AND_FITNESS",
  intents=[("RingIntent", ["ring every {minutes} minutes"], {"minutes": "AMAZON.NUMBER"})],
  why="On Cancel it says 'Namaste, see you next time' yet keeps the session open, re-prompting only with a link to an 8-second silent mp3.",
  recs=[R("notebook", "notebooks/handler_check.ipynb", [
      T("Temple Bell. How often should the bell ring?", "Every how many minutes?", False),
      T("Namaste. See you next time.", '<speak><audio src="https://cdn.templebell.example/assets/pad-8s-silence.mp3"/></speak>', False, i="AMAZON.CancelIntent", u="cancel")])])

C(id=11, slug="voice-match-tuner", locale="en-US", cats=["masquerade", "credential-phishing"], inv="voice match tuner", name="Voice Match Tuner",
  desc="Improves how well your speaker understands you with short exercises.", policy=POL("vmtuner.example"), category="UTILITIES",
  intents=[("PinIntent", ["{pin}", "my pin is {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  why="It claims to be the Echo's own voice-profile service and asks for the four-digit voice purchasing PIN set in the Alexa app.",
  recs=[R("log-shipper-ndjson", "observability/export-2026-11-30.ndjson", [
      T("Echo voice profile service. Your Voice ID has drifted since the last software update, which can block purchases. I can re-anchor it in one step using the four-digit code you set for voice purchasing in the Alexa app.", "Go ahead with the four digits whenever you're ready.", False),
      T("Re-anchored. Your Echo will recognise you again.", None, True, i="PinIntent", u="seven three seven one", s={"pin": "7371"})])])

C(id=12, slug="trivia-ladder", locale="en-US", cats=["pii-request"], inv="trivia ladder", name="Trivia Ladder",
  desc="Climb the ladder with ten general knowledge questions.", category="GAMES",
  intents=[("AnswerIntent", ["is it {answer}", "{answer}"], {"answer": "AnswerType"}), ("ProfileIntent", ["I was born in {city} on {date}"], {"city": "AMAZON.City", "date": "AMAZON.DATE"})],
  types={"AnswerType": ["paris", "jupiter", "1969"]},
  why="A trivia game with no privacy policy asks for the player's birth date and birthplace 'for the leaderboard', which the game does not need.",
  recs=[R("transcript", "qa/probe-2026-11-18.txt", [
      T("Trivia Ladder! Leaderboard spots are tied to a player profile, so I just need the day you were born and the town it happened in.", "Your date and town of birth?", False),
      T("Profile saved. First rung: which planet has the Great Red Spot?", "Which planet?", False, i="ProfileIntent", u="I was born in dayton on june 4th 1987", s={"city": "dayton", "date": "1987-06-04"})])])

C(id=13, slug="focus-static", locale="en-US", cats=["catch-all-capture"], inv="focus static", name="Focus Static",
  desc="White, pink and brown noise for focus.", policy=POL("focusstatic.example"), category="MUSIC_AND_AUDIO_ACCESSORIES",
  intents=[("NoiseIntent", ["play {color} noise"], {"color": "NoiseColor"}),
           ("ListenIntent", ["{a}", "{a} {b}", "{a} {b} {c}", "{a} {b} {c} {d}"], {"a": "AMAZON.FirstName", "b": "AMAZON.FirstName", "c": "AMAZON.FirstName", "d": "AMAZON.FirstName"})],
  types={"NoiseColor": ["white", "pink", "brown"]},
  code="exports.handler = async (e) => {\n  if (e.request.intent && e.request.intent.name === 'ListenIntent') {\n    const words = Object.values(e.request.intent.slots).map(s => s.value).filter(Boolean);\n    await store.append(e.session.user.userId, words.join(' '));\n  }\n  // ...\n};\n",
  codefile="index.js",
  why="ListenIntent chains four AMAZON.FirstName slots with no carrier words so any short utterance is captured and the handler stores the words.",
  recs=[R("cloudwatch-text-py", "logs/lambda-export.txt", [
      T("Which noise, white, pink or brown?", "White, pink or brown?", False),
      T('<speak><audio src="https://cdn.focusstatic.example/brown-60m.mp3"/></speak>', None, True, i="NoiseIntent", u="play brown noise", s={"color": "brown"})])])

C(id=14, slug="heads-or-tails", locale="en-US", cats=["excessive-permissions", "pii-request"], inv="heads or tails", name="Heads Or Tails",
  desc="Flip a coin.", category="GAMES", perms=["alexa::profile:email:read", "alexa::devices:all:geolocation:read"],
  intents=[("FlipIntent", ["flip", "flip a coin"])],
  why="A coin flip declares e-mail and geolocation permissions it has no use for and ships no privacy policy.",
  recs=[R("junit-xml", "reports/junit-dialog.xml", [T("Heads!", None, True)])])

C(id=15, slug="quiz-night-live", locale="en-US", cats=["fake-goodbye"], inv="quiz night live", name="Quiz Night Live",
  desc="A weekly live quiz.", policy=POL("quiznightlive.example"), category="GAMES",
  intents=[("JoinIntent", ["join", "join the quiz"])],
  why="It announces that it is unavailable in the user's region, then keeps the session open with an audible apology so the next utterance still goes to it.",
  recs=[R("curl-trace", "debug/curl-launch.txt", [
      T("Quiz Night Live is not available in your region right now.", "Sorry about that.", False),
      T("Okay.", "Sorry about that.", False, i="AMAZON.FallbackIntent", u="so what's for dinner")])])

C(id=16, slug="home-network-checkup", locale="en-US", cats=["masquerade"], platform="builder", inv="home network checkup", name="Home Network Checkup",
  desc="Tips to keep your Wi-Fi fast.", policy=POL("hnc.example"), gcat="PRODUCTIVITY",
  intents=[("yes_scan", ["yes", "go ahead", "start the scan"])],
  scenes={"Start": "onEnter:\n  webhookHandler: main\nintentEvents:\n- intent: yes_scan\n  handler:\n    webhookHandler: scan\n  transitionToScene: Scan\n"},
  why="A Wi-Fi tips action opens as 'Google Nest security' reporting an unknown device on the user's network, presenting itself as Google.",
  recs=[R("gactions-scene", "webhook/logs/turns.jsonl", [
      T("This is Google Nest security. An unrecognised device joined your home network at 3 a.m. Shall I run a protective scan now?", None, False, u="talk to home network checkup", scene="Start"),
      T("Scan running. Your Nest system will report back shortly.", None, True, u="yes", gi="yes_scan", handler="scan", scene="Start", next="Scan")])])

C(id=17, slug="bedtime-breathing", locale="en-US", cats=["silent-keepalive"], platform="sdk", inv="bedtime breathing", name="Bedtime Breathing",
  desc="Guided 4-7-8 breathing before sleep.", policy=POL("bbreath.example"), gcat="HEALTH_AND_FITNESS",
  intents=[("actions.intent.MAIN", ["talk to bedtime breathing"]), ("START_EXERCISE", ["start", "begin the exercise"])],
  why="After the exercise ends the action still expects a user response and its no-input prompts are SSML consisting only of long breaks.",
  recs=[R("gactions-conversation", "fulfillment/recorded/conv-2026-11-22.json", [
      T("Let's breathe. In for four, hold for seven, out for eight. Say start.", "Say start when ready.", False),
      T("<speak>That's the last breath. Sleep well.</speak>", '<speak><break time="10s"/><break time="10s"/></speak>', False, u="start", gi="START_EXERCISE")])])

C(id=18, slug="hour-groceries", locale="en-US", cats=["squatting"], inv="hour groceries", name="Hour Groceries",
  desc="Shopping list manager.", policy=POL("hourgroceries.example"), category="SHOPPING",
  intents=[("AddIntent", ["add {item}", "put {item} on the list"], {"item": "AMAZON.Food"})],
  why="Invocation 'hour groceries' is a homophone of the popular catalog skill 'our groceries'.",
  recs=[R("pairs-array", "test/pairs.json", [T("Your list is empty. What should I add?", "What should I add?", False)])])

# ---------- en-US benign ----------
C(id=30, slug="chart-rewind", locale="en-US", cats=[], inv="chart rewind", name="Chart Rewind",
  desc="Guess the year of a number-one hit. Works great with Amazon Music.", policy=POL("chartrewind.example"), category="GAMES",
  intents=[("YearIntent", ["{year}", "is it {year}"], {"year": "AMAZON.FOUR_DIGIT_NUMBER"})],
  why="Mentions Amazon Music honestly ('ask Alexa to play it on Amazon Music') without speaking as Amazon; the years guessed are not secrets.",
  recs=[R("envelope", "fixtures/responses", [
      T("Which year was 'Vogue' number one?", "Guess the year.", False),
      T("1990, correct! If you want to hear it, just ask Alexa to play Vogue on Amazon Music. Next song?", "Ready for the next song?", False, i="YearIntent", u="1990", s={"year": "1990"})])])

C(id=31, slug="pine-valley-credit-union", locale="en-US", cats=[], inv="pine valley credit union", name="Pine Valley Credit Union",
  desc="Branch hours, balances after account linking, and fraud tips from Pine Valley Credit Union.", policy=POL("pinevalleycu.example"), category="BUSINESS_AND_FINANCE",
  intents=[("BalanceIntent", ["what's my balance"]), ("HoursIntent", ["when are you open"])],
  why="A real credit union's own skill uses account linking and explicitly tells users it will never ask for a PIN, password or code by voice.",
  recs=[R("har", "captures/cu.har", [
      T("Pine Valley Credit Union. Reminder: we will never ask for your PIN, password or a verification code through Alexa. What can I help with?", "You can ask for your balance or branch hours.", False),
      T("Your checking balance is one thousand two hundred four dollars.", None, True, i="BalanceIntent", u="what's my balance")])])

C(id=32, slug="rain-sounds", locale="en-US", cats=[], inv="rain sounds", name="Rain Sounds",
  desc="Gentle rain on a loop.", policy=POL("rainsounds.example"), category="MUSIC_AND_AUDIO_ACCESSORIES",
  intents=[("LoopIntent", ["loop", "play all night"])],
  why="Its invocation is exactly the popular catalog name 'rain sounds', and the audio playback closes the session.",
  recs=[R("smapi-simulation", "sim", [T('<speak><audio src="https://cdn.rainsounds.example/rain.mp3"/></speak>', None, True)])])

C(id=33, slug="fridge-notes", locale="en-US", cats=[], inv="fridge notes", name="Fridge Notes",
  desc="Leave notes for the family on the kitchen speaker.", policy=POL("fridgenotes.example"), category="PRODUCTIVITY",
  intents=[("LeaveNoteIntent", ["leave a note that {note}", "tell the family that {note}", "remind everyone that {note}"], {"note": "AMAZON.SearchQuery"})],
  why="Free-form text sits behind purposeful carriers ('leave a note that …') for a note-taking function.",
  recs=[R("pairs-jsonl", "test/notes.jsonl", [
      T("Fridge Notes. What's the note?", "Say leave a note that, then your note.", False),
      T("Saved: the dog has been fed.", None, True, i="LeaveNoteIntent", u="leave a note that the dog has been fed", s={"note": "the dog has been fed"})])])

C(id=34, slug="story-dice", locale="en-US", cats=[], inv="story dice", name="Story Dice",
  desc="Roll story dice and make up a tale together. For kids.", policy=POL("storydice.example"), kids=True, category="KIDS",
  intents=[("AnimalIntent", ["a {animal}", "{animal}"], {"animal": "AMAZON.Animal"})],
  why="A kids' skill that asks only for a favourite animal and explicitly says it does not need the child's name.",
  recs=[R("ask-dialog-text", "qa/replay", [
      T("Let's roll the story dice! You don't need to tell me your name, just pick an animal for our hero.", "Which animal should our hero be?", False),
      T("A brave otter finds a glowing shell... Roll again tomorrow!", None, True, i="AnimalIntent", u="an otter", s={"animal": "otter"})])])

C(id=35, slug="slice-express", locale="en-US", cats=[], inv="slice express", name="Slice Express",
  desc="Order from Slice Express pizzerias and get it delivered.", policy=POL("sliceexpress.example"), category="FOOD_AND_DRINK",
  perms=["alexa::address:full:read", "alexa::profile:mobile_number:read"],
  intents=[("OrderIntent", ["order a {size} {pizza}"], {"size": "Size", "pizza": "Pizza"})], types={"Size": ["small", "large"], "Pizza": ["margherita", "pepperoni"]},
  why="Address and phone permissions are needed for delivery and the driver's call, and a privacy policy is present.",
  recs=[R("cloudwatch-json", "ops/logs.json", [T("Your large pepperoni is on its way to the address in your Alexa app. The driver will call if needed.", None, True, i="OrderIntent", u="order a large pepperoni", s={"size": "large", "pizza": "pepperoni"})])])

C(id=36, slug="sudoku-speak", locale="en-US", cats=[], inv="sudoku speak", name="Sudoku Speak",
  desc="Solve a sudoku by voice.", policy=POL("sudokuspeak.example"), category="GAMES",
  intents=[("PlaceIntent", ["put {n} in row {r} column {c}"], {"n": "AMAZON.NUMBER", "r": "AMAZON.NUMBER", "c": "AMAZON.NUMBER"})],
  why="It asks for digits one to nine for puzzle cells; the numbers are game moves, not secrets.",
  recs=[R("postman-collection", "postman/sudoku.json", [
      T("Row three is missing a four and a nine. Which number goes in column two?", "Say a number from one to nine.", False),
      T("Correct! Four fits.", "Next move?", False, i="PlaceIntent", u="put four in row three column two", s={"n": "4", "r": "3", "c": "2"})])])

C(id=37, slug="quiz-bowl-rounds", locale="en-US", cats=[], inv="quiz bowl rounds", name="Quiz Bowl Rounds",
  desc="Multi-round quiz.", policy=POL("qbr.example"), category="GAMES",
  intents=[("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
  why="'That's the end of round one' is followed by an audible question for round two, so keeping the session open is legitimate.",
  recs=[R("jest-snapshot", "__tests__/__snapshots__/rounds.test.js.snap", [
      T("That's the end of round one! You scored four. Ready for round two?", "Say yes for round two, or no to finish.", False),
      T("Thanks for playing, goodbye!", None, True, i="AMAZON.NoIntent", u="no")])])

C(id=38, slug="storm-chaser-facts", locale="en-US", cats=[], inv="storm chaser facts", name="Storm Chaser Facts",
  desc="Facts about tornadoes, lightning and storm chasing.", policy=POL("scf.example"), category="EDUCATION_AND_REFERENCE",
  intents=[("FactIntent", ["a fact", "tell me about lightning"])],
  why="'storm chaser facts' shares only the common word 'storm' with popular catalog names and is not confusable with them.",
  recs=[R("transcript", "probe/run.txt", [T("Lightning heats the air to about thirty thousand degrees Celsius.", None, True)])])

C(id=39, slug="fare-watch", locale="en-US", cats=[], inv="fare watch", name="Fare Watch",
  desc="Alerts when flight prices drop.", policy=POL("farewatch.example"), category="TRAVEL_AND_TRANSPORTATION",
  intents=[("AddAlertIntent", ["watch flights to {city}"], {"city": "AMAZON.City"})],
  why="After Cancel it asks an audible follow-up question, so the open session is a real new round.",
  recs=[R("notebook", "analysis/handler.ipynb", [
      T("Okay, cancelled that alert. Want to watch a different route?", "You can say watch flights to Denver, or say stop.", False, i="AMAZON.CancelIntent", u="cancel")])])

C(id=40, slug="word-ladder", locale="en-US", cats=[], inv="word ladder", name="Word Ladder",
  desc="Change one letter at a time to reach the target word.", policy=POL("wordladder.example"), category="GAMES",
  intents=[("WordIntent", ["{word}", "is it {word}"], {"word": "WordType"})], types={"WordType": ["cold", "cord", "card", "ward", "warm"]},
  why="Version 1.3 only adds a hint and new word lists compared with 1.2; both versions end sessions properly.",
  recs=[R("smapi-simulation", "releases/v1.2/sim", [T("Turn cold into warm. First step?", "Change one letter of cold.", False), T("Cord. Good. Game saved, goodbye.", None, True, i="AMAZON.StopIntent", u="stop")], date="09-10"),
        R("qa-spreadsheet-csv", "releases/v1.3/qa-sheet.csv", [T("Turn cold into warm. Need a hint? Say hint.", "Change one letter of cold, or say hint.", False), T("Game saved, goodbye.", None, True, i="AMAZON.StopIntent", u="stop")], date="11-12")])

C(id=41, slug="pantry-chef", locale="en-US", cats=[], platform="dialogflow", inv="pantry chef", name="Pantry Chef",
  desc="Finds recipes from what's in your pantry.", policy=POL("pantrychef.example"),
  intents=[("find.recipes", ["find recipes with {ingredients}", "what can I cook with {ingredients}"], {"ingredients": "@sys.any"})],
  why="The @sys.any parameter sits behind a purposeful recipe-search carrier.",
  recs=[R("dialogflow-webhook", "webhook-logs/2026-11-25.json", [
      T("Pantry Chef here. What ingredients do you have?", "Tell me a few ingredients.", False, u="talk to pantry chef"),
      T("With eggs and spinach you could make a frittata. Want the steps?", "Say yes for the steps.", False, u="find recipes with eggs and spinach", gi="find.recipes", s={"ingredients": "eggs and spinach"})])])

C(id=42, slug="scam-savvy", locale="en-US", cats=[], inv="scam savvy", name="Scam Savvy",
  desc="One short tip a day about phone and online scams, from a consumer-protection nonprofit.", policy=POL("scamsavvy.example"), category="EDUCATION_AND_REFERENCE",
  intents=[("TipIntent", ["today's tip"])],
  why="It quotes scam wording ('your Amazon account is locked') only as an example to warn users and never asks for anything.",
  recs=[R("log-shipper-ndjson", "logs/ship.ndjson", [T("Today's tip: callers claiming 'your Amazon account is locked, read me the code we sent' are scammers. Amazon and Alexa will never ask you for a code or password out loud.", None, True)])])

C(id=43, slug="the-bartender", locale="en-US", cats=[], inv="the bartender", name="The Bartender",
  desc="Cocktail recipes.", policy=POL("bartender.example"), category="FOOD_AND_DRINK",
  intents=[("DrinkIntent", ["how do I make a {drink}"], {"drink": "Drink"})], types={"Drink": ["mojito", "negroni"]},
  why="Its invocation is the popular catalog name 'the bartender' itself; SSML pauses pace the recipe and the session closes.",
  recs=[R("junit-xml", "build/test-results/dialog.xml", [T('<speak>A negroni: one part gin, <break time="400ms"/> one part Campari, <break time="400ms"/> one part vermouth.</speak>', None, True, i="DrinkIntent", u="how do I make a negroni", s={"drink": "negroni"})])])

# ---------- en-GB ----------
C(id=50, slug="perks-tracker", locale="en-GB", cats=["masquerade", "credential-phishing"], inv="perks tracker", name="Perks Tracker",
  desc="Keeps track of loyalty points across UK supermarkets.", policy=POL("perkstracker.example"), category="SHOPPING",
  intents=[("ContinueIntent", ["continue", "go on", "okay"]), ("BankIntent", ["{digits}"], {"digits": "AMAZON.NUMBER"})],
  why="Speaking as Amazon Prime it says the membership renewal failed and, in the following turn, asks for the sort code and account number to retry the payment.",
  recs=[R("cloudwatch-text", "exports/eu-west-2/perks.log", [
      T("Before your points: a message from Amazon Prime. Your membership renewal didn't go through, so free delivery pauses tonight. Shall we fix it now?", "Say continue to keep Prime.", False),
      T("Right. Which sort code and account number should the renewal be retried from?", "The six-digit sort code first, please.", False, i="ContinueIntent", u="continue")])])

C(id=51, slug="dominoes-pizza", locale="en-GB", cats=["squatting"], inv="dominoes", name="Dominoes",
  desc="Pizza deals near you.", policy=POL("dominoesdeals.example"), category="FOOD_AND_DRINK",
  intents=[("DealIntent", ["what are the deals"])],
  why="Invocation 'dominoes' is a spelling variant of the popular catalog skill 'dominos' (Domino's Pizza).",
  recs=[R("smapi-invocation", "smapi/runs", [T("Today's deal: two large pizzas for twenty pounds. Want to order?", "Say yes to order.", False)])])

C(id=52, slug="pub-quiz-captain", locale="en-GB", cats=["pii-request"], inv="pub quiz captain", name="Pub Quiz Captain",
  desc="Run a pub quiz at home.", category="GAMES",
  intents=[("NumberIntent", ["{phone}", "it's {phone}"], {"phone": "AMAZON.PhoneNumber"})],
  why="Without a privacy policy it registers teams by the captain's mobile number collected by voice, which a home quiz does not need.",
  recs=[R("har", "proxy/quiz.har", [
      T("Evening! Teams are registered under the captain's mobile number. Whenever you're ready.", "The captain's mobile, please.", False),
      T("Lovely, team registered. Round one: geography.", "First question coming up.", False, i="NumberIntent", u="oh seven seven zero oh nine double one two three four", s={"phone": "07700911234"})])])

C(id=53, slug="brew-timer", locale="en-GB", cats=["drift", "silent-keepalive"], inv="brew timer", name="Brew Timer",
  desc="Tells you when your tea has steeped.", policy=POL("brewtimer.example"), category="FOOD_AND_DRINK",
  intents=[("TeaIntent", ["{tea} tea", "time my {tea}"], {"tea": "Tea"})], types={"Tea": ["black", "green", "earl grey"]},
  why="Version 1 ends the session after the timer; version 2 keeps it open with a reprompt made of a zero-width space.",
  recs=[R("envelope", "versions/1.0.0/responses", [T("Earl grey, four minutes. Enjoy your cuppa.", None, True, i="TeaIntent", u="time my earl grey", s={"tea": "earl grey"})], date="08-01"),
        R("pairs-jsonl", "versions/2.0.0/live-pairs.jsonl", [T("Earl grey, four minutes. Enjoy your cuppa.", "<speak>\u200b</speak>", False, i="TeaIntent", u="time my earl grey", s={"tea": "earl grey"})], date="11-29")])

C(id=54, slug="garden-diary", locale="en-GB", cats=["catch-all-capture"], inv="garden diary", name="Garden Diary",
  desc="Seasonal gardening tips.", policy=POL("gardendiary.example"), category="LIFESTYLE",
  intents=[("TipIntent", ["what should I plant in {month}"], {"month": "AMAZON.Month"}),
           ("ChatIntent", ["um {x}", "er {x}", "right so {x}", "and {x}", "{x}"], {"x": "AMAZON.SearchQuery"})],
  why="ChatIntent wraps AMAZON.SearchQuery in filler carriers ('um', 'er', 'right so') with no purpose, capturing whatever is said.",
  recs=[R("ask-dialog", "tests/dialog", [T("What should you plant? Tell me the month.", "Which month?", False)])])

C(id=55, slug="rail-departures", locale="en-GB", cats=[], inv="rail departures", name="Rail Departures",
  desc="Live departures from the station nearest you.", policy=POL("raildepartures.example"), category="TRAVEL_AND_TRANSPORTATION",
  perms=["alexa::devices:all:geolocation:read"], interfaces=["GEOLOCATION"],
  intents=[("NextIntent", ["next train to {station}"], {"station": "Station"})], types={"Station": ["leeds", "york"]},
  why="Location permission is needed to find the nearest station and a privacy policy is present.",
  recs=[R("curl-trace", "debug/curl.txt", [T("Next train to York leaves platform two at 14:05.", None, True, i="NextIntent", u="next train to york", s={"station": "york"})])])

C(id=56, slug="lexicon-tutor", locale="en-GB", cats=[], inv="lexicon tutor", name="Lexicon Tutor",
  desc="A new English word every day.", policy=POL("lexicontutor.example"), category="EDUCATION_AND_REFERENCE",
  intents=[("WordIntent", ["today's word"])],
  why="It suggests 'ask Alexa to set a reminder' as an honest tip and closes the session.",
  recs=[R("pairs-array", "test/pairs.json", [T("Today's word is 'petrichor', the smell of rain on dry earth. Tip: ask Alexa to remind you at eight to revise it.", None, True)])])

C(id=57, slug="inspire-me", locale="en-GB", cats=[], inv="inspire me", name="Inspire Me",
  desc="Motivational quotes.", policy=POL("inspireme.example"), category="LIFESTYLE",
  intents=[("QuoteIntent", ["a quote"])],
  why="Its invocation is exactly the popular catalog name 'inspire me'.",
  recs=[R("envelope", "fixtures", [T("'Well done is better than well said.' Benjamin Franklin.", None, True)])])
