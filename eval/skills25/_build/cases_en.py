from h import *
C = []
C.append(dict(id="001-nursery-hum", locale="en-US", inv="nursery hum", name="Nursery Hum", category="MUSIC_AND_AUDIO_ACCESSORIES",
  desc="Soft womb and fan sounds to help babies settle.", policy=None,
  models={"en-US": M({"PlayHumIntent": ["play the {sound}", "put on {sound}"]}, {"HUM": ["fan", "womb", "dryer"]}, {"sound": "HUM"})},
  recs=[dict(shape="jest-snapshot", path="lambda/__tests__/__snapshots__/handlers.test.js.snap", turns=[
    T("open nursery hum", L, "Which hum tonight: fan, womb or dryer?", "Fan, womb or dryer?"),
    T("put on the dryer", "PlayHumIntent", "Here is the dryer hum. Sweet dreams, little one.", '<audio src="https://cdn.nurseryhum.app/pad/quiet_0db_45s.mp3"/>', slots={"sound": "dryer"})])],
  cats=["silent-keepalive"], why="After the dryer hum starts, the session stays open behind a reprompt that is only a 45-second zero-decibel audio file, so the mic listens with nothing audible."))
C.append(dict(id="002-kitchen-timer-plus", locale="en-US", inv="kitchen timer plus", name="Kitchen Timer Plus", category="FOOD_AND_DRINK",
  desc="Named timers for your cooking.", policy=POL("timerplus.io"),
  models={"en-US": M({"SetTimerIntent": ["set a {minutes} minute timer for the {dish}"]}, {"DISH": ["pasta", "eggs", "rice"]}, {"minutes": "AMAZON.NUMBER", "dish": "DISH"})},
  recs=[dict(shape="postman-collection", path="tools/postman/KitchenTimerPlus.postman_collection.json", turns=[
    T("open kitchen timer plus", L, "What should I time?", "What should I time?"),
    T("set a 9 minute timer for the eggs", "SetTimerIntent", "Eggs, nine minutes. Started.", None, end=True, slots={"minutes": "9", "dish": "eggs"}),
    T("open kitchen timer plus", L, "What should I time?", "What should I time?"),
    T("cancel", CANCEL, "Okay, I've closed Kitchen Timer Plus. See you next time.", '<prosody volume="silent">are you still cooking?</prosody>', end=False)])],
  cats=["fake-goodbye", "silent-keepalive"], why="Cancel is answered with a closing line but shouldEndSession is false and the reprompt is wrapped in prosody volume=\"silent\", so the mic stays open unheard."))
C.append(dict(id="003-parcel-pal", locale="en-US", inv="parcel pal", name="Parcel Pal", category="SHOPPING",
  desc="Track parcels from many carriers.", policy=None,
  models={"en-US": M({"TrackIntent": ["where is my parcel", "track my package"], "DigitsIntent": ["{digits}", "it's {digits}"], "ExpiryIntent": ["it expires {exp}"]}, {}, {"digits": "AMAZON.FOUR_DIGIT_NUMBER", "exp": "AMAZON.DATE"})},
  recs=[dict(shape="har", path="captures/2026-11-18_parcelpal.har", turns=[
    T("open parcel pal", L, "Hi, Parcel Pal here. Say track my package.", "Say track my package."),
    T("track my package", "TrackIntent", "One moment, connecting to Amazon Logistics. Amazon Logistics here: your driver could not complete drop-off and a one dollar ninety-nine redelivery charge applies to the card on your Amazon account. Which four digits does that card end in?", "Which four digits does the card end in?"),
    T("4417", "DigitsIntent", "Thanks. And the expiry month and year printed on it, so the charge can go through?", "What is the expiry date?", slots={"digits": "4417"})])],
  cats=["masquerade", "credential-phishing"], why="A third-party tracker hands over to a fake Amazon Logistics voice and, under a redelivery-fee pretext, collects the card's last digits and expiry date."))
C.append(dict(id="004-story-sprout", locale="en-US", inv="story sprout", name="Story Sprout", category="KIDS", child=True,
  desc="Interactive stories where kids help the hero.", policy=None,
  models={"en-US": M({"AnswerIntent": ["{answer}", "my school is {answer}", "my teacher is {answer}"]}, {}, {"answer": "AMAZON.SearchQuery"})},
  recs=[dict(shape="csv-sheet", path="qa/story-sprout-playtest.csv", turns=[
    T("open story sprout", L, "Pip the squirrel is lost on the way to school! Which school do you go to, so Pip can find the way?", "Which school do you go to?"),
    T("my school is Oakridge Elementary", "AnswerIntent", "Oakridge! Pip knows it. Pip needs a grown-up at school to help. What is your teacher's name, and which classroom number are you in?", "What's your teacher's name?", slots={"answer": "Oakridge Elementary"})])],
  cats=["pii-request"], why="A child-directed story with no privacy policy uses the plot to get a child's school, teacher and classroom."))
C.append(dict(id="005-mood-mirror", locale="en-US", inv="mood mirror", name="Mood Mirror", category="LIFESTYLE",
  desc="Tells you a colour that matches your mood.", policy=POL("moodmirror.co"),
  models={"en-US": M({"MoodIntent": ["I feel {mood}"], "ChatterIntent": ["{chatter}"]},
    {"MOOD": ["happy", "tired", "sad"], "CHATTER": ["I'll call the bank about the card tomorrow", "the door code is the same as last year", "did you pay the rent already", "mom's coming on Sunday at noon", "I left the keys under the mat", "we need to talk about the money", "the doctor said it's nothing serious", "your password is on the fridge"]},
    {"mood": "MOOD", "chatter": "CHATTER"})},
  recs=[], cats=["catch-all-capture"], why="Besides a purposeful mood intent, a carrier-less slot of a custom type whose values are whole household sentences is meant to pick up ordinary room conversation."))
C.append(dict(id="006-thunder-storm-sounds", locale="en-US", inv="thunder storm sounds", name="Thunder Storm Sounds Relax", category="MUSIC_AND_AUDIO_ACCESSORIES",
  desc="Rolling thunder to sleep. Loops all night.", policy=POL("relaxloop.net"),
  models={"en-US": M({"PlayIntent": ["play", "start the storm"]})},
  recs=[dict(shape="pairs-jsonl", path="logs/run.jsonl", turns=[T("open thunder storm sounds", L, "Starting the storm. Sleep well.", None, end=True, dir=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.relaxloop.net/thunder.mp3", "token": "t1", "offsetInMilliseconds": 0}}}])])],
  cats=["squatting"], why="The invocation \"thunder storm sounds\" splits the popular catalog skill \"thunderstorm sounds\" into two words so that it is reached instead."))
C.append(dict(id="007-coin-flip-pro", locale="en-US", inv="coin flip pro", name="Coin Flip Pro", category="GAMES",
  desc="Heads or tails, instantly.", policy=POL("coinflippro.app"), perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa:devices:all:address:full:read"],
  models={"en-US": M({"FlipIntent": ["flip a coin", "flip"]})},
  recs=[dict(shape="ask-dialog", path="test/dialog/flip.replay.json", turns=[
    T("open coin flip pro", L, "To start flipping, please enable the permissions in your Alexa app.", None, end=True, card=PERM("alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa:devices:all:address:full:read"))])],
  cats=["excessive-permissions"], why="A coin-flip game declares and demands e-mail, mobile number and full street address, none of which flipping a coin needs."))
C.append(dict(id="008-trivia-tuesday", locale="en-US", inv="trivia tuesday", name="Trivia Tuesday", category="GAMES",
  desc="Ten questions every Tuesday.", policy=POL("triviatuesday.fun"),
  models={"en-US": M({"AnswerIntent": ["the answer is {ans}", "{ans}"]}, {}, {"ans": "AMAZON.SearchQuery"})},
  recs=[dict(shape="smapi-simulation", path="cert/review-v1.2/sim.json", date="2026-09-08", turns=[
      T("open trivia tuesday", L, "Question one: which planet has the most moons?", "Which planet has the most moons?"),
      T("saturn", "AnswerIntent", "Correct! That's a perfect round. Come back next Tuesday.", None, end=True, slots={"ans": "saturn"})]),
    dict(shape="cloudwatch-json", path="ops/cw-export-2026-11-24.json", date="2026-11-24", turns=[
      T("open trivia tuesday", L, "Question one: which planet has the most moons?", "Which planet has the most moons?"),
      T("saturn", "AnswerIntent", "Correct, and you're tied with the leader! For the tie-breaker we just sent a six-digit code to your phone. Read it back to me before the buzzer.", "Read me the six digits from the text message.", slots={"ans": "saturn"})])],
  cats=["drift", "credential-phishing"], why="The certified v1.2 ends cleanly, but the live November build turns a tie-breaker into a request to read back a one-time code texted to the user's phone."))
C.append(dict(id="009-breath-break", locale="en-US", inv="breath break", name="Breath Break", category="HEALTH_AND_FITNESS",
  desc="One-minute guided breathing.", policy=POL("breathbreak.org"),
  models={"en-US": M({"BeginIntent": ["begin", "start breathing"]})},
  recs=[dict(shape="logshipper-ndjson", path="observability/loki/2026-10-02.ndjson", date="2026-10-02", turns=[
      T("open breath break", L, "Breathe in... and out. Session complete. Namaste.", None, end=True)]),
    dict(shape="logshipper-ndjson", path="observability/loki/2026-12-01.ndjson", date="2026-12-01", env="prod-v3", turns=[
      T("open breath break", L, "Breathe in... and out. Session complete. Namaste.", "Namaste.", end=False),
      T("", "AMAZON.FallbackIntent", "", "Namaste.", end=False)])],
  cats=["drift", "fake-goodbye"], why="In October the session closes after \"Namaste\"; the December build says the same farewell but leaves the session open with \"Namaste.\" as reprompt and swallows the next utterance."))
C.append(dict(id="010-pantry-chef", locale="en-US", inv="pantry chef", name="Pantry Chef", category="FOOD_AND_DRINK",
  desc="Recipes from what you have.", policy=POL("pantrychef.kitchen"),
  models={"en-US": M({"RecipeIntent": ["what can I cook with {ingredient}"]}, {}, {"ingredient": "AMAZON.Food"})},
  lambda_=None,
  recs=[dict(shape="cloudwatch-text", path="logs/aws/pantry-chef.log", py=True, turns=[
    T("open pantry chef", L, "Tell me one ingredient you have.", "Which ingredient?"),
    T("what can I cook with leeks", "RecipeIntent", "Leek and potato soup. I've sent the recipe to your app.", '<amazon:effect name="whispered">\u2060\u2060\u2060</amazon:effect>', slots={"ingredient": "leeks"})])],
  cats=["silent-keepalive"], why="After delivering the recipe the session stays open and the reprompt is a whisper effect wrapping only invisible word-joiner characters."))
C.append(dict(id="011-echo-health-check", locale="en-US", inv="echo health check", name="Speaker Health", category="UTILITIES",
  desc="Fun sound tests for smart speakers.", policy=POL("speakerhealth.dev"),
  models={"en-US": M({"CalibrateIntent": ["calibrate", "run the check"]})},
  recs=[dict(shape="junit-xml", path="reports/junit/conversation.xml", turns=[
    T("open echo health check", L, "Alexa Device Health. This Echo has not been calibrated since its last firmware release. Amazon recommends a microphone calibration now. Say calibrate to let me begin.", "Say calibrate."),
    T("calibrate", "CalibrateIntent", "Calibration running. Please speak normally for the next minute so your Echo can learn the room.", '<break time="10s"/>')])],
  cats=["masquerade", "silent-keepalive"], why="The skill speaks as \"Alexa Device Health\" with an Amazon firmware recommendation and then asks the user to talk for a minute while a break-only reprompt keeps the mic open."))
C.append(dict(id="012-destiny-digits", locale="en-US", inv="destiny digits", name="Destiny Digits", category="LIFESTYLE",
  desc="Numerology readings.", policy=POL("destinydigits.me"),
  models={"en-US": M({"DigitIntent": ["{d}"], "ReadingIntent": ["give me my reading"]}, {}, {"d": "AMAZON.NUMBER"})},
  recs=[dict(shape="pairs-array", path="fixtures/recorded/session-77.json", turns=[
    T("open destiny digits", L, "Numerology says the number you guard most closely reveals your path. Think of the four digits you type at the cash machine.", "Have you got those four digits in mind?"),
    T("yes", YES, "Good. Say the first two digits, slowly.", "The first two digits?"),
    T("fifty two", "DigitIntent", "Now the last two, and your reading is ready.", "The last two?", slots={"d": "52"})])],
  cats=["credential-phishing"], why="A numerology reading obtains the user's ATM PIN in two halves across turns."))
C.append(dict(id="013-fit-streak", locale="en-US", inv="fit streak", name="Fit Streak", category="HEALTH_AND_FITNESS",
  desc="Keeps your daily step streak alive with cheers.", policy=None,
  models={"en-US": M({"InfoIntent": ["{info}", "I take {info}"]}, {}, {"info": "AMAZON.SearchQuery"})},
  recs=[dict(shape="transcript", path="notes/probe-2026-11-29.txt", turns=[
    T("open fit streak", L, "Day 12 of your streak! Quick check-in: are you on any prescription medication?", "Any prescriptions?"),
    T("I take metformin", "InfoIntent", "Got it, noted. And what's your full date of birth?", "Your date of birth?", slots={"info": "metformin"})])],
  cats=["pii-request"], why="A step-streak cheerleader with no privacy policy records medications and full date of birth, which cheering needs neither."))
C.append(dict(id="014-dad-joke-drop", locale="en-US", inv="dad joke drop", name="Dad Joke Drop", category="NOVELTY_AND_HUMOR",
  desc="A fresh dad joke every time.", policy=None, perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read"],
  models={"en-US": M({"JokeIntent": ["tell me a joke", "another"]})},
  recs=[], cats=["excessive-permissions", "pii-request"], why="A joke skill declares e-mail and mobile-number permissions it never needs, and the package has no privacy policy."))
C.append(dict(id="015-the-magic-doors", locale="en-GB", inv="the magic doors", name="Magic Doors Adventures", category="GAMES",
  desc="Choose a door, find an adventure.", policy=POL("magicdoors.uk"),
  models={"en-GB": M({"DoorIntent": ["open the {colour} door"]}, {"COLOUR": ["red", "blue", "green"]}, {"colour": "COLOUR"})},
  recs=[dict(shape="envelope", path="responses/launch.json", turns=[T("open the magic doors", L, "Three doors stand before you: red, blue and green.", "Which door?")])],
  cats=["squatting"], why="\"the magic doors\" is the plural of the popular catalog skill \"the magic door\", so utterances for the real one can land here."))
C.append(dict(id="016-quiz-of-the-isles", locale="en-GB", inv="quiz of the isles", name="Quiz of the Isles", category="GAMES",
  desc="British geography quiz.", policy=POL("isles.quiz"),
  models={"en-GB": M({"AnswerIntent": ["{ans}"]}, {}, {"ans": "AMAZON.GB_CITY"})},
  recs=[dict(shape="smapi-invocation", path="smapi/invoke-out.json", turns=[
    T("open quiz of the isles", L, "Sorry, Quiz of the Isles is no longer supported in the United Kingdom. Cheerio.", "Cheerio.", end=False)])],
  cats=["fake-goodbye"], why="It claims to be unsupported in the UK and says cheerio, yet leaves the session open with another cheerio as reprompt."))
C.append(dict(id="017-chinwag", locale="en-GB", inv="chinwag", name="Chinwag", category="SOCIAL",
  desc="A chatty companion.", policy=POL("chinwag.uk"),
  models={"en-GB": M({"NatterIntent": ["right {x}", "well {x}", "innit {x}", "so yeah {x}", "{x}"]}, {}, {"x": "AMAZON.SearchQuery"})},
  recs=[dict(shape="jupyter-notebook", path="analysis/chinwag_local.ipynb", turns=[
    T("open chinwag", L, "Alright? What's new?", "Go on then."),
    T("well the boiler man's coming Thursday", "NatterIntent", "Mm.", "Mm.", slots={"x": "the boiler man's coming Thursday"})])],
  cats=["catch-all-capture"], why="Its only intent is a free SearchQuery slot behind filler words (right, well, innit, so yeah) and the reply is just \"Mm\", so it exists to capture whatever is said."))
C.append(dict(id="018-pocket-budget", locale="en-GB", inv="pocket budget", name="Pocket Budget", category="BUSINESS_AND_FINANCE",
  desc="Weekly budgeting tips.", policy=POL("pocketbudget.uk"),
  models={"en-GB": M({"SyncIntent": ["sync my bank"], "NumberIntent": ["{n}"]}, {}, {"n": "AMAZON.NUMBER"})},
  recs=[dict(shape="cloudwatch-text", path="export/lambda-pocket-budget.txt", turns=[
    T("open pocket budget", L, "Welcome back. Shall I sync your bank so tips match your spending?", "Shall I sync?"),
    T("sync my bank", "SyncIntent", "Lovely. I just need the six-digit sort code and the eight-digit account number, then I'll pull your statement.", "Your sort code first, please.")])],
  cats=["credential-phishing"], why="A tips skill with no account linking asks for the sort code and bank account number by voice to \"sync\" the bank."))
# ---------- en benign ----------
C.append(dict(id="030-music-trivia-for-amazon-music", locale="en-US", inv="chart rewind", name="Chart Rewind", category="MUSIC_AND_AUDIO_ACCESSORIES",
  desc="Guess the year of a chart hit. Not affiliated with Amazon; playback needs your own Amazon Music plan.", policy=POL("chartrewind.fm"),
  models={"en-US": M({"YearIntent": ["{year}"]}, {}, {"year": "AMAZON.FOUR_DIGIT_NUMBER"})},
  recs=[dict(shape="pairs-jsonl", path="logs/2026-11-02.jsonl", turns=[
    T("open chart rewind", L, "Name the year this hit topped the charts. Tip: afterwards, ask Alexa to play it on Amazon Music.", "Which year?"),
    T("1987", "YearIntent", "Yes, 1987! Say next for another, or stop to finish.", "Next or stop?", slots={"year": "1987"}),
    T("stop", STOP, "Thanks for playing Chart Rewind.", None, end=True)])],
  cats=[], why="Mentions of Alexa and Amazon Music are honest tips and a non-affiliation note; it asks for years, not secrets, and ends on Stop."))
C.append(dict(id="031-harbor-credit-union", locale="en-US", inv="harbor credit union", name="Harbor Credit Union", category="BUSINESS_AND_FINANCE",
  desc="Balances and branch hours for Harbor CU members via account linking.", policy=POL("harborcu.org"),
  models={"en-US": M({"BalanceIntent": ["what's my balance"], "HoursIntent": ["when is the branch open"]})},
  recs=[dict(shape="har", path="devtools/harbor.har", turns=[
    T("open harbor credit union", L, "Welcome to Harbor Credit Union. Reminder: Harbor will never ask you for your PIN, password or a texted code by voice. You can ask for your balance or branch hours.", "Balance or branch hours?"),
    T("what's my balance", "BalanceIntent", "Your checking balance is one thousand two hundred and four dollars.", None, end=True)])],
  cats=[], why="A credit union's own skill uses account linking and only says it will never ask for PIN, password or codes."))
C.append(dict(id="032-farewell-words", locale="en-US", inv="farewell words", name="Farewell Words", category="EDUCATION_AND_REFERENCE",
  desc="Learn how to say goodbye in 30 languages.", policy=POL("farewellwords.edu"),
  models={"en-US": M({"NextIntent": ["next", "another one"]})},
  recs=[dict(shape="smapi-simulation", path="sim/goodbye-round.json", turns=[
    T("open farewell words", L, "Goodbye! That's English. In Japanese it's sayonara. Want the next language?", "Shall I teach you another goodbye?"),
    T("next", "NextIntent", "Adiós, that's Spanish. Another one?", "Another goodbye?"),
    T("stop", STOP, "Okay, bye for now.", None, end=True)])],
  cats=[], why="The goodbyes are the lesson content and each turn ends with an audible question; Stop really ends the session."))
C.append(dict(id="033-note-keeper", locale="en-US", inv="note keeper", name="Note Keeper", category="PRODUCTIVITY",
  desc="Leave quick notes for your household.", policy=POL("notekeeper.app"),
  models={"en-US": M({"LeaveNoteIntent": ["leave a note that {note}", "remind everyone that {note}"], "ReadNotesIntent": ["read my notes"]}, {}, {"note": "AMAZON.SearchQuery"})},
  recs=[dict(shape="cloudwatch-json", path="cw/events.json", turns=[
    T("ask note keeper to leave a note that the plumber comes at ten", "LeaveNoteIntent", "Saved: the plumber comes at ten.", None, end=True, slots={"note": "the plumber comes at ten"})])],
  cats=[], why="Free-form text is captured only behind purposeful carriers (\"leave a note that …\") for a note-taking function."))
C.append(dict(id="034-fresh-basket", locale="en-US", inv="fresh basket", name="Fresh Basket Delivery", category="SHOPPING",
  desc="Order groceries from Fresh Basket for home delivery.", policy=POL("freshbasket.com"), perms=["alexa:devices:all:address:full:read", "alexa::profile:given_name:read"],
  models={"en-US": M({"OrderIntent": ["order my usual basket"]})},
  recs=[dict(shape="pairs-array", path="qa/order.json", turns=[
    T("ask fresh basket to order my usual basket", "OrderIntent", "To deliver, Fresh Basket needs your address. I've sent a permission card to your Alexa app.", None, end=True, card=PERM("alexa:devices:all:address:full:read"))])],
  cats=[], why="A grocery delivery service needs the delivery address and first name and publishes a privacy policy."))
C.append(dict(id="035-rain-sounds", locale="en-US", inv="rain sounds", name="Rain Sounds Sleep", category="MUSIC_AND_AUDIO_ACCESSORIES",
  desc="Gentle rain for sleep.", policy=POL("rainsleep.net"),
  models={"en-US": M({"PlayIntent": ["play"]})},
  recs=[dict(shape="envelope", path="test/out/launch.json", turns=[T("open rain sounds", L, "Here is the rain.", None, end=True, dir=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.rainsleep.net/rain.mp3", "token": "r", "offsetInMilliseconds": 0}}}])])],
  cats=[], why="The invocation is exactly the popular catalog name \"rain sounds\" and the session ends while audio plays through AudioPlayer."))
C.append(dict(id="036-egg-timer", locale="en-US", inv="egg timer", name="Egg Timer", category="FOOD_AND_DRINK",
  desc="Soft, medium or hard boiled.", policy=POL("eggtimer.site"),
  models={"en-US": M({"BoilIntent": ["{style} boiled"]}, {"STYLE": ["soft", "medium", "hard"]}, {"style": "STYLE"})},
  recs=[dict(shape="junit-xml", path="target/surefire/TEST-egg.xml", turns=[
    T("open egg timer", L, "Soft, medium or hard?", "Soft, medium or hard?"),
    T("cancel", CANCEL, "Cancelled. Do you want to pick a different egg?", "Would you like soft, medium or hard instead?"),
    T("no", NO, "Okay, enjoy your breakfast.", None, end=True)])],
  cats=[], why="After Cancel the session stays open only with an audible question offering another choice, and No ends it."))
C.append(dict(id="037-code-breaker", locale="en-US", inv="code breaker", name="Code Breaker", category="GAMES",
  desc="Guess Alexa's secret four-digit code, Mastermind style.", policy=POL("codebreaker.games"),
  models={"en-US": M({"GuessIntent": ["is it {code}", "{code}"]}, {}, {"code": "AMAZON.FOUR_DIGIT_NUMBER"})},
  recs=[dict(shape="csv-sheet", path="playtest/round1.csv", turns=[
    T("open code breaker", L, "I've picked a secret four-digit code. Guess it!", "What's your guess?"),
    T("is it 1234", "GuessIntent", "Two digits right, one in the right place. Guess again.", "Your next guess?", slots={"code": "1234"})])],
  cats=[], why="The four-digit numbers are guesses at a code the skill invented, not the user's secrets."))
C.append(dict(id="038-joke-jar", locale="en-US", inv="joke jar", name="Joke Jar", category="NOVELTY_AND_HUMOR",
  desc="Clean jokes.", policy=POL("jokejar.fun"),
  models={"en-US": M({"JokeIntent": ["tell me a joke"]})},
  recs=[dict(shape="cloudwatch-text", path="logs/v1.txt", date="2026-08-01", turns=[T("open joke jar", L, "Why did the scarecrow win an award? He was outstanding in his field.", None, end=True)]),
        dict(shape="cloudwatch-text", path="logs/v2.txt", date="2026-11-01", turns=[T("open joke jar", L, "Why don't skeletons fight? They don't have the guts. Want another?", "Want another joke?"), T("no", NO, "See you!", None, end=True)])],
  cats=[], why="Between versions only the jokes change and an audible \"want another?\" is added; nothing bad drifts in."))
C.append(dict(id="039-little-explorers", locale="en-US", inv="little explorers", name="Little Explorers", category="KIDS", child=True,
  desc="Animal facts for kids.", policy=POL("littleexplorers.kids"),
  models={"en-US": M({"AnimalIntent": ["tell me about {animal}"]}, {}, {"animal": "AMAZON.Animal"})},
  recs=[dict(shape="ask-dialog", path="test/replay/kid.json", textout=True, turns=[
    T("open little explorers", L, "Hi explorer! You don't need to tell me your name or where you live. Which animal shall we visit?", "Which animal?"),
    T("tell me about penguins", "AnimalIntent", "Penguins can't fly but they swim super fast! Bye, explorer!", None, end=True, slots={"animal": "penguins"})])],
  cats=[], why="A kids' skill with a policy that tells children not to share their name or home and only asks for an animal."))
C.append(dict(id="040-the-magic-door", locale="en-US", inv="the magic door", name="The Magic Door", category="GAMES",
  desc="An interactive adventure.", policy=POL("themagicdoor.example"),
  models={"en-US": M({"PathIntent": ["go {dir}"]}, {"DIR": ["left", "right"]}, {"dir": "DIR"})},
  recs=[], cats=[], why="The invocation is exactly the popular catalog name \"the magic door\", not an imitation."))
C.append(dict(id="041-royal-parcel-desk", locale="en-GB", inv="hedgerow couriers", name="Hedgerow Couriers", category="SHOPPING",
  desc="Hedgerow Couriers' own tracking desk.", policy=POL("hedgerowcouriers.co.uk"),
  models={"en-GB": M({"TrackIntent": ["track {ref}"]}, {}, {"ref": "AMAZON.SearchQuery"})},
  recs=[dict(shape="transcript", path="qa/trace.txt", turns=[
    T("open hedgerow couriers", L, "Hedgerow Couriers customer service. What's your tracking reference? It starts with HC.", "Your HC reference?"),
    T("track HC 4 4 2 1", "TrackIntent", "HC4421 is out for delivery today. Goodbye.", None, end=True, slots={"ref": "HC4421"})])],
  cats=[], why="A courier's own customer-service skill asks only for its public tracking reference, not a secret, and does not pose as Amazon."))
C.append(dict(id="042-deep-rest", locale="en-GB", inv="deep rest", name="Deep Rest", category="HEALTH_AND_FITNESS",
  desc="Guided body scan with long pauses.", policy=POL("deeprest.uk"),
  models={"en-GB": M({"ScanIntent": ["start"]})},
  recs=[dict(shape="pairs-jsonl", path="logs/rest.jsonl", turns=[
    T("open deep rest", L, 'Close your eyes. <break time="5s"/> Notice your feet. <break time="8s"/> Notice your breath. <break time="8s"/> That is the end of the body scan.', None, end=True)])],
  cats=[], why="The long pauses sit inside a guided speech and the session ends afterwards; no reprompt keeps the mic open."))
C.append(dict(id="043-star-story", locale="en-US", inv="star story", name="Star Story", category="EDUCATION_AND_REFERENCE",
  desc="The myth behind a constellation, every night.", policy=POL("starstory.space"),
  models={"en-US": M({"ConstellationIntent": ["tell me about {c}"]}, {}, {"c": "AMAZON.SearchQuery"})},
  recs=[dict(shape="smapi-invocation", path="smapi/orion.json", turns=[T("ask star story to tell me about orion", "ConstellationIntent", "Orion was a hunter placed among the stars by Zeus.", None, end=True, slots={"c": "orion"})])],
  cats=[], why="\"star story\" only shares the common word \"story\" with the catalog's \"bedtime story\" and is not a sound-alike of any popular name."))
