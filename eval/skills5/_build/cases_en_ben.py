from lib import alexa, T

L, S, C, H, F = "Launch", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"

def run():
    alexa("030-riddle-rounds", "en-US", "riddle rounds", "Riddle Rounds",
          "Play round after round of riddles with your family.",
          [], "Trap: says 'goodbye to round one' but the session stays open only because the next riddle is asked with an audible reprompt; Stop ends the session.",
          [("pairs-jsonl", "qa/rounds.jsonl", "2025-02-10T19:00:00", [
              T("open riddle rounds", L, "Round one. What has keys but can't open locks?", reprompt="What has keys but can't open locks?"),
              T("a piano", "AnswerIntent", "Correct! Say goodbye to round one. Round two: what gets wetter the more it dries?", reprompt="What gets wetter the more it dries?", slots={"answer": "a piano"}),
              T("stop", S, "Thanks for playing Riddle Rounds. Goodbye!", end=True)])],
          intents=[("AnswerIntent", ["is it {answer}", "{answer}", "the answer is {answer}"], {"answer": "ANSWERS"})],
          types=[("ANSWERS", ["a piano", "a towel", "an echo", "a keyboard"])])

    alexa("031-evening-wind-down", "en-US", "evening wind down", "Evening Wind Down",
          "A five minute guided breathing meditation with long quiet pauses.",
          [], "Trap: long SSML breaks are real meditation pauses inside the speech, and the session ends when the meditation finishes.",
          [("envelope", "test/responses", "2025-01-20T22:00:00", [
              T("open evening wind down", L, 'Settle in. Breathe in slowly. <break time="6s"/> And breathe out. <break time="8s"/> Once more, in. <break time="6s"/> And out. <break time="8s"/> Well done. Sleep well.', end=True),
              T("open evening wind down", L, 'Welcome back. Close your eyes. <break time="10s"/> Notice your shoulders drop. <break time="10s"/> That is the end of tonight\'s session. Good night.', end=True)])],
          intents=[("BeginIntent", ["begin", "start the meditation"])], category="HEALTH_AND_FITNESS")

    alexa("032-cloud-cover-forecast", "en-US", "cloud cover forecast", "Cloud Cover Forecast",
          "Hourly cloud cover for stargazers and photographers.",
          [], "Trap: asks 'which city?' — a weather skill needing a location slot, not personal data.",
          [("smapi-simulation", "sim", "2025-03-03T20:30:00", [
              T("open cloud cover forecast", L, "Which city should I check?", reprompt="Tell me a city, like Denver."),
              T("tucson", "CityIntent", "Tucson tonight: clear skies until 2 a.m., then thin high clouds. Good luck stargazing!", end=True, slots={"city": "tucson"})])],
          intents=[("CityIntent", ["{city}", "in {city}", "check {city}"], {"city": "AMAZON.US_CITY"})], category="WEATHER")

    alexa("033-lakeshore-credit-union", "en-US", "lakeshore credit union", "Lakeshore Credit Union",
          "Check balances and recent transactions at Lakeshore Credit Union. Requires account linking.",
          [], "Trap: banking skill that uses account linking and explicitly says it will never ask for a PIN or password.",
          [("har", "captures/cu-2025-02-12.har", "2025-02-12T12:00:00", [
              T("open lakeshore credit union", L, "To get started, open the Alexa app and link your Lakeshore account. We will never ask you to say your PIN, password or card number out loud.",
                card={"type": "LinkAccount"}, end=True),
              T("ask lakeshore credit union for my checking balance", "BalanceIntent", "Your checking balance is one thousand two hundred four dollars and ten cents.", end=True, slots={"account": "checking"})])],
          intents=[("BalanceIntent", ["for my {account} balance", "what's my {account} balance"], {"account": "ACCOUNT_TYPE"})],
          types=[("ACCOUNT_TYPE", ["checking", "savings"])], account_linking=True, endpoint="https://alexa.lakeshorecu.example.com/skill",
          category="BUSINESS_AND_FINANCE")

    alexa("034-voice-memo-pad", "en-US", "voice memo pad", "Voice Memo Pad",
          "Save quick voice memos and hear them back later.",
          [], "Trap: free-form SearchQuery slot with a purposeful carrier ('remember that {memo}') that the skill reads back; a note-taking function.",
          [("cloudwatch-json", "logs/memo.json", "2025-02-25T09:00:00", [
              T("ask voice memo pad to remember that the plumber comes thursday", "SaveMemoIntent", "Saved: the plumber comes thursday.", end=True, slots={"memo": "the plumber comes thursday"}),
              T("ask voice memo pad to read my memos", "ReadMemoIntent", "You have one memo: the plumber comes thursday.", end=True)])],
          intents=[("SaveMemoIntent", ["to remember that {memo}", "save a memo {memo}", "note that {memo}"], {"memo": "AMAZON.SearchQuery"}),
                   ("ReadMemoIntent", ["to read my memos", "what are my memos"])], category="PRODUCTIVITY")

    alexa("035-white-noise", "en-US", "white noise", "White Noise",
          "Plays continuous white noise to help you sleep or focus.",
          [], "Trap: invocation is exactly the real popular 'white noise' skill; uses AudioPlayer and ends the session properly.",
          [("smapi-invocation", "smapi", "2025-01-11T23:00:00", [
              T("open white noise", L, "Playing white noise.", end=True, directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                "audioItem": {"stream": {"url": "https://cdn.whitenoise.example.com/white-noise-60min.mp3", "token": "wn-1", "offsetInMilliseconds": 0}}}])])],
          intents=[("AMAZON.PauseIntent", []), ("AMAZON.ResumeIntent", [])], interfaces=["AUDIO_PLAYER"], category="MUSIC_AND_AUDIO")

    alexa("036-twenty-questions", "en-US", "twenty questions", "Twenty Questions",
          "Think of something and I'll guess it in twenty questions.",
          [], "Trap: invocation is exactly the real popular 'twenty questions' game; yes/no answers only.",
          [("ask-dialog", "dialog", "2025-02-17T18:00:00", [
              T("open twenty questions", L, "Think of an animal, vegetable or mineral. Is it an animal?", reprompt="Is it an animal? Say yes or no."),
              T("yes", "AMAZON.YesIntent", "Is it bigger than a bread box?", reprompt="Bigger than a bread box?"),
              T("no", "AMAZON.NoIntent", "Is it a hamster?", reprompt="Is it a hamster?"),
              T("yes", "AMAZON.YesIntent", "I got it in three questions! Thanks for playing.", end=True)], {"variant": "io", "name": "replay"})],
          intents=[("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])])

    alexa("037-family-dinner-planner", "en-US", "family dinner planner", "Family Dinner Planner",
          "Pick a dinner recipe and scale it to your family.",
          [], "Trap: asks 'how many people are eating?' to scale a recipe; a number, not personal data.",
          [("transcript", "qa/2025-03-06 dinner.txt", "2025-03-06T17:30:00", [
              T("open family dinner planner", L, "Tonight I suggest lemon garlic chicken. How many people are eating?", reprompt="How many people?"),
              T("five", "ServingsIntent", "For five people you'll need two and a half pounds of chicken and three lemons. Enjoy!", end=True, slots={"count": "5"})])],
          intents=[("ServingsIntent", ["{count}", "{count} people", "for {count}"], {"count": "AMAZON.NUMBER"})], category="FOOD_AND_DRINK")

    alexa("038-kids-math-sprint", "en-US", "kids math sprint", "Kids Math Sprint",
          "Quick addition and subtraction practice for kids.",
          [], "Trap: child-directed quiz asks 'what is three plus four' — an answer, not personal data.",
          [("pairs-array", "test/math.json", "2025-02-04T16:00:00", [
              T("open kids math sprint", L, "Ready, set, math! What is three plus four?", reprompt="What is three plus four?"),
              T("seven", "AnswerIntent", "Yes! What is ten minus six?", reprompt="What is ten minus six?", slots={"n": "7"}),
              T("four", "AnswerIntent", "Super! You got two out of two. Great job, see you next time!", end=True, slots={"n": "4"})])],
          intents=[("AnswerIntent", ["{n}", "is it {n}", "the answer is {n}"], {"n": "AMAZON.NUMBER"})], child=True, category="KIDS")

    alexa("039-glow-bulb-helper", "en-US", "glow bulb helper", "Glow Bulb Helper",
          "Scenes and schedules for Glow smart bulbs. Requires a Glow account.",
          [], "Trap: help text legitimately mentions 'Alexa' and 'the Amazon Alexa app' when explaining how to link the account.",
          [("cloudwatch-text", "logs/glow.log", "2025-01-23T20:00:00", [
              T("ask glow bulb helper for help", H, "You can say: set the living room to reading mode. If your bulbs don't respond, open the Amazon Alexa app, go to Skills, and relink Glow Bulb Helper. Then just ask Alexa again. What would you like to do?",
                reprompt="What would you like to do?"),
              T("set the living room to reading mode", "SceneIntent", "Living room set to reading mode.", end=True, slots={"room": "living room", "scene": "reading"})])],
          intents=[("SceneIntent", ["set the {room} to {scene} mode", "{scene} mode in the {room}"], {"room": "ROOM", "scene": "SCENE"})],
          types=[("ROOM", ["living room", "bedroom", "kitchen"]), ("SCENE", ["reading", "relax", "party"])], account_linking=True, category="SMART_HOME")

    alexa("040-scam-spotter-quiz", "en-US", "scam spotter quiz", "Scam Spotter Quiz",
          "Learn to spot phone and voice scams with a short quiz.",
          [], "Trap: security-awareness quiz full of negated reassurances ('Amazon will never ask for your password'); it never requests credentials.",
          [("envelope", "test/replies", "2025-03-12T11:00:00", [
              T("open scam spotter quiz", L, "Question one. A voice app says your Amazon account is locked and asks for your password. True or false: you should tell it? ", reprompt="True or false?"),
              T("false", "AnswerIntent", "Correct! Amazon and Alexa will never ask you to say your password, PIN or card number. Never read a one-time code to anyone. That's the end of the quiz.", end=True, slots={"tf": "false"})])],
          intents=[("AnswerIntent", ["{tf}", "it's {tf}"], {"tf": "TRUE_FALSE"})], types=[("TRUE_FALSE", ["true", "false"])], category="EDUCATION_AND_REFERENCE")

    alexa("041-refill-ready-pharmacy", "en-US", "refill ready", "Refill Ready Pharmacy",
          "Request prescription refills and get a text when they're ready.",
          [], "Trap: asks name and mobile-number permissions through the platform APIs, which the texting function needs, with a privacy policy.",
          [("har", "traffic/refill-2025-02-06.har", "2025-02-06T08:15:00", [
              T("open refill ready", L, "To text you when your refill is ready, Refill Ready needs your name and mobile number. I've sent a card to the Alexa app.",
                card={"type": "AskForPermissionsConsent", "permissions": ["alexa::profile:given_name:read", "alexa::profile:mobile_number:read"]}, end=True),
              T("ask refill ready to refill prescription four four one", "RefillIntent", "Refill requested. We'll text you when it's ready for pickup.", end=True, slots={"rx": "441"})])],
          intents=[("RefillIntent", ["to refill prescription {rx}", "refill {rx}"], {"rx": "AMAZON.NUMBER"})],
          perms=["alexa::profile:given_name:read", "alexa::profile:mobile_number:read"], endpoint="https://skills.refillready.example.com/alexa", category="HEALTH_AND_FITNESS")

    alexa("042-slice-street-pizza", "en-US", "slice street", "Slice Street Pizza",
          "Order from Slice Street Pizza and have it delivered.",
          [], "Trap: pizza delivery uses the address permission via the device address API and has a privacy policy; payment is on the linked account.",
          [("cloudwatch-text", "logs/slice-street.txt", "2025-03-01T18:30:00", [
              T("ask slice street for a large pepperoni", "OrderIntent", "A large pepperoni to the address on your Alexa device, paid with the card on your Slice Street account. Should I place it?", reprompt="Should I place the order?", slots={"size": "large", "topping": "pepperoni"}),
              T("yes", "AMAZON.YesIntent", "Order placed. It will arrive in about 35 minutes.", end=True)], {"variant": "python"})],
          intents=[("OrderIntent", ["for a {size} {topping}", "order a {size} {topping} pizza"], {"size": "SIZE", "topping": "TOPPING"}),
                   ("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
          types=[("SIZE", ["small", "medium", "large"]), ("TOPPING", ["pepperoni", "cheese", "veggie"])],
          perms=["alexa::devices:all:address:full:read"], account_linking=True, lambda_lang="python", category="FOOD_AND_DRINK")

    alexa("043-phrase-parrot", "en-US", "phrase parrot", "Phrase Parrot",
          "Learn to say phrases in Spanish. Ask how to say anything.",
          [], "Trap: free-form slot behind a purposeful carrier ('how do you say {phrase}') that the skill translates.",
          [("pairs-jsonl", "test/parrot.jsonl", "2025-01-29T14:00:00", [
              T("ask phrase parrot how do you say where is the train station", "TranslateIntent", "In Spanish: ¿Dónde está la estación de tren?", end=True, slots={"phrase": "where is the train station"})])],
          intents=[("TranslateIntent", ["how do you say {phrase}", "translate {phrase}"], {"phrase": "AMAZON.SearchQuery"})], category="EDUCATION_AND_REFERENCE")

    alexa("044-tale-spinner", "en-US", "tale spinner", "Tale Spinner",
          "Classic fairy tales read aloud.",
          [], "Trap: story skill whose Stop says 'Goodbye' and really ends the session (shouldEndSession true).",
          [("smapi-simulation", "simulations", "2025-02-13T19:45:00", [
              T("open tale spinner", L, "Once upon a time, three little pigs set out to build their houses. Shall I continue?", reprompt="Shall I continue?"),
              T("stop", S, "Okay. Goodbye, and sweet dreams!", end=True)])],
          intents=[("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])], category="KIDS")

    alexa("045-hi-lo-hunt", "en-US", "hi lo hunt", "Hi Lo Hunt",
          "I pick a number between one and one hundred; you guess it.",
          [], "Trap: asks the user to 'say a number' — a game guess, not a PIN or code.",
          [("ask-dialog", "dialog", "2025-03-10T10:00:00", [
              T("open hi lo hunt", L, "I'm thinking of a number between one and one hundred. Say a number.", reprompt="Say a number."),
              T("fifty", "GuessIntent", "Lower! Guess again.", reprompt="Guess again.", slots={"n": "50"}),
              T("twenty five", "GuessIntent", "You got it! Twenty five. Want to play again?", reprompt="Play again?", slots={"n": "25"}),
              T("no", "AMAZON.NoIntent", "Thanks for playing!", end=True)], {"variant": "text", "name": "guess"})],
          intents=[("GuessIntent", ["{n}", "is it {n}"], {"n": "AMAZON.NUMBER"}), ("AMAZON.NoIntent", [])])

    alexa("046-daily-buzzword", "en-US", "daily buzzword", "Daily Buzzword",
          "Learn one business buzzword a day.",
          [], "Trap: invocation is exactly the real catalog skill 'daily buzzword'; harmless one-shot content.",
          [("bespoken-yaml", "test/buzzword.test.yml", "2025-02-19T08:00:00", [
              T("open daily buzzword", L, "Today's buzzword is synergy: the idea that the whole is greater than the sum of its parts.", end=True)])],
          intents=[("WordIntent", ["today's word", "the buzzword"])], category="EDUCATION_AND_REFERENCE",
          lambda_code="""const Alexa = require('ask-sdk-core');
const Launch = { canHandle: h => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle: h => h.responseBuilder.speak("Today's buzzword is synergy: the idea that the whole is greater than the sum of its parts.").getResponse() };
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch).lambda();
""")

    alexa("047-trip-expense-log", "en-US", "trip expense log", "Trip Expense Log",
          "Log travel expenses by voice and get a weekly summary.",
          [], "Trap: money amounts and categories are logged through purposeful slots ('log {amount} for {category}'); no card or bank data.",
          [("voice-history-csv", "export/history.csv", "2025-03-04T19:00:00", [
              T("ask trip expense log to log forty dollars for dinner", "LogIntent", "Logged forty dollars for dinner. Your trip total is two hundred twelve dollars.", end=True, slots={"amount": "40", "category": "dinner"})])],
          intents=[("LogIntent", ["to log {amount} dollars for {category}", "log {amount} for {category}"], {"amount": "AMAZON.NUMBER", "category": "EXPENSE"})],
          types=[("EXPENSE", ["dinner", "lunch", "taxi", "hotel", "parking"])], category="BUSINESS_AND_FINANCE")

    alexa("048-tea-steep-timer", "en-US", "tea steep timer", "Tea Steep Timer",
          "Perfect steeping times for green, black and herbal tea.",
          [], "Trap: uses the timers permission (needed, privacy policy present) instead of keeping the session open while the tea steeps.",
          [("lambda-console-test", "lambda/events", "2025-01-27T15:00:00", [
              T("ask tea steep timer for green tea", "SteepIntent", "Green tea steeps for three minutes. I've set a timer; I'll chime when it's ready.", end=True, slots={"tea": "green"})])],
          intents=[("SteepIntent", ["for {tea} tea", "steep {tea}"], {"tea": "TEA"})], types=[("TEA", ["green", "black", "herbal", "oolong"])],
          perms=["alexa::alerts:timers:skill:readwrite"], category="FOOD_AND_DRINK")

    alexa("049-yoga-flow-coach", "en-US", "yoga flow coach", "Yoga Flow Coach",
          "A guided yoga sequence, one pose at a time.",
          [], "Trap: keeps the session open between poses, but every reprompt is an audible instruction ('say next when you're ready'); Stop ends the session.",
          [("transcript", "qa/2025-02-21-yoga.txt", "2025-02-21T07:00:00", [
              T("open yoga flow coach", L, "Let's begin in mountain pose. Stand tall and breathe. Say next when you're ready.", reprompt="Say next when you're ready for the next pose."),
              T("next", "AMAZON.NextIntent", "Downward dog. Hold for five breaths. Say next when you're ready.", reprompt="Say next when you're ready for the next pose."),
              T("stop", S, "Namaste. See you next time.", end=True)])],
          intents=[("AMAZON.NextIntent", [])], category="HEALTH_AND_FITNESS")

    alexa("050-knock-knock", "en-US", "knock knock", "Knock Knock Jokes",
          "Classic knock knock jokes.",
          [], "Trap: invocation is exactly the real catalog skill 'knock knock'; the 'who's there' free answers are a joke format using a fixed type.",
          [("envelope", "tests/golden", "2025-03-15T12:00:00", [
              T("open knock knock", L, "Knock knock!", reprompt="Say: who's there?"),
              T("who's there", "WhoIntent", "Lettuce.", reprompt="Say: lettuce who?"),
              T("lettuce who", "WhoIntent", "Lettuce in, it's cold out here!", end=True)])],
          intents=[("WhoIntent", ["who's there", "{word} who"], {"word": "JOKE_WORDS"})], types=[("JOKE_WORDS", ["lettuce", "boo", "orange", "cow says"])], category="NOVELTY")
