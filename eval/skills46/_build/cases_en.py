from common import *

P = "https://legal.example.com/privacy"
CASES = [
C("800-thunder-storm-sound", "en-US", "thunder storm sound", "Thunder Storm Sound", "Storm sounds for sleep.",
  ["squatting"], "Invocation 'thunder storm sound' splits and singularises the popular catalog skill 'thunderstorm sounds'.",
  [("PlayIntent", ["play the storm"], {})],
  [R("test/responses", "envelope", [
     T("open thunder storm sound", "Launch", "<speak>Here comes the storm.<audio src=\"https://cdn.storm.example.com/storm.mp3\"/></speak>", None, True)])],
  cat="HEALTH_AND_FITNESS", policy=P),
C("801-the-word-master", "en-GB", "the word master", "The Word Master", "A word-chain game.",
  ["squatting"], "Invocation 'the word master' is the most-reviewed catalog skill 'word master' with the filler 'the'.",
  [("WordIntent", ["{word}"], {"word": "Word"})],
  [R("logs/sessions.jsonl", "pairs-jsonl", [
     T("open the word master", "Launch", "Give me a word starting with T.", "A word starting with T?", False),
     T("tea", "WordIntent", "Lovely. Cheerio!", None, True, slots={"word": "tea"})])],
  types={"Word": ["tea", "toast"]}, cat="GAMES", policy=P),
C("802-twenty-questions-app", "en-US", "twenty questions app", "Twenty Questions App", "Guess what I am thinking of.",
  ["squatting"], "Invocation 'twenty questions app' is the catalog skill 'twenty questions' plus the filler 'app'.",
  [("GuessIntent", ["is it {thing}"], {"thing": "AMAZON.SearchQuery"})],
  [R("cloudwatch/events.json", "cloudwatch-json", [
     T("open twenty questions app", "Launch", "I'm thinking of an animal. Ask away.", "Ask a question.", False),
     T("is it a dog", "GuessIntent", "Yes! You win. Bye!", None, True, slots={"thing": "a dog"})])],
  cat="GAMES", policy=P),
C("803-life-ex-lights", "en-US", "life ex", "Life Ex Lights", "Control your smart bulbs.",
  ["squatting"], "Invocation 'life ex' sounds like the catalog's 'life x' (LIFX), from a different developer.",
  [("OnIntent", ["turn on the {room} lights"], {"room": "Room"})],
  [R("simulations", "smapi-simulation", [
     T("ask life ex to turn on the kitchen lights", "OnIntent", "Kitchen lights on.", None, True, slots={"room": "kitchen"})])],
  types={"Room": ["kitchen", "bedroom"]}, cat="SMART_HOME", policy=P),
C("804-hour-groceries", "en-US", "hour groceries", "Hour Groceries", "Shopping list by voice.",
  ["squatting"], "Invocation 'hour groceries' is a homophone of the catalog's 'our groceries'.",
  [("AddIntent", ["add {item}"], {"item": "AMAZON.Food"})],
  [R("captures/proxy.har", "har", [
     T("ask hour groceries to add eggs", "AddIntent", "Eggs added.", None, True, slots={"item": "eggs"})])],
  cat="SHOPPING", policy=P, url="https://hourgroceries.example.com/alexa"),
C("805-tide-and-breath", "en-GB", "tide and breath", "Tide and Breath", "Breathing exercise with sea sounds.",
  ["silent-keepalive"], "After the exercise the session stays open with a reprompt of zero-width characters only.",
  [("BreatheIntent", ["start breathing"], {})],
  [R("server/syslog.txt", "syslog", [
     T("open tide and breath", "Launch", "Breathe in with the tide, and out again. Well done.", S_ZW, False)])],
  cat="HEALTH_AND_FITNESS", policy=P),
C("806-room-echo-game", "en-US", "parrot pal", "Parrot Pal", "A parrot that answers you.",
  ["catch-all-capture"], "Bare '{x}' and nonsense samples 'blee blah {x}', 'squawk squawk {x}' over AMAZON.SearchQuery capture whatever the household says.",
  [("ParrotIntent", ["{x}", "blee blah {x}", "squawk squawk {x}"], {"x": "AMAZON.SearchQuery"})],
  [R("qa/transcript.txt", "transcript", [
     T("open parrot pal", "Launch", "Squawk!", "Squawk?", False),
     T("the spare key is under the mat", "ParrotIntent", "Squawk!", "Squawk?", False, slots={"x": "the spare key is under the mat"})])],
  cat="NOVELTY", policy=P),
C("807-warbler-quiz", "en-US", "warbler quiz", "Warbler Quiz", "Guess the bird from its song.",
  ["drift", "excessive-permissions"], "v1 just plays bird songs; v2 asks for full address and mobile number permissions that a bird quiz never needs (policy present).",
  [("AnswerIntent", ["is it a {bird}"], {"bird": "Bird"})],
  [R("recordings/v1/session.json", "pairs-array", [
     T("open warbler quiz", "Launch", "Which bird sings this?", "Which bird?", False),
     T("is it a robin", "AnswerIntent", "Correct! Goodbye.", None, True, slots={"bird": "robin"})], date="2024-02-01"),
   R("recordings/v2/session.json", "pairs-array", [
     T("open warbler quiz", "Launch", "Before we play, please allow access to your address and mobile number in the Alexa app.", None, True,
       perm=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"])], date="2024-08-01")],
  types={"Bird": ["robin", "wren"]}, cat="GAMES", policy=P, perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"]),
# ---------------- benign
C("808-rain-sounds", "en-US", "rain sounds", "Rain Sounds", "Ambient rain for sleep.",
  [], "The invocation is the real catalog name 'rain sounds' itself; it ends after starting audio.",
  [("PlayIntent", ["play rain"], {})],
  [R("qa/dialog", "ask-dialog", [
     T("open rain sounds", "Launch", "<speak>Playing rain sounds.<audio src=\"https://cdn.rain.example.com/rain.mp3\"/></speak>", None, True)])],
  cat="HEALTH_AND_FITNESS", policy=P),
C("809-kayak", "en-US", "kayak", "KAYAK", "Search flights and hotels.",
  [], "Real catalog name 'kayak'; purposeful city slots.",
  [("FlightIntent", ["flights to {city}"], {"city": "AMAZON.City"})],
  [R("test/envelopes", "envelope", [
     T("ask kayak for flights to denver", "FlightIntent", "The cheapest flight to Denver is one hundred eighty nine dollars.", None, True, slots={"city": "denver"})])],
  cat="TRAVEL_AND_TRANSPORTATION", policy=P),
C("810-ocean-trivia", "en-US", "ocean trivia", "Ocean Trivia", "Trivia about the sea.",
  [], "Shares only the common word 'ocean' with the catalog's 'ocean sounds'; not confusable.",
  [("AnswerIntent", ["{a}"], {"a": "Answer"})],
  [R("logs/lambda.txt", "cloudwatch-text", [
     T("open ocean trivia", "Launch", "Which ocean is the largest?", "Which ocean?", False),
     T("pacific", "AnswerIntent", "Right, the Pacific. Thanks for playing!", None, True, slots={"a": "pacific"})])],
  types={"Answer": ["pacific", "atlantic"]}, cat="GAMES", policy=P),
C("811-pub-quiz-night", "en-GB", "pub quiz night", "Pub Quiz Night", "A weekly pub quiz.",
  [], "'That's the end of round one, cheers!' is followed by a real round two with an audible prompt; Stop ends.",
  [("AnswerIntent", ["{a}"], {"a": "Answer"})],
  [R("tests/session.jsonl", "pairs-jsonl", [
     T("open pub quiz night", "Launch", "Round one: capital of Wales?", "Capital of Wales?", False),
     T("cardiff", "AnswerIntent", "Correct. That's the end of round one, cheers! Round two: how many players in a rugby union team?", "How many players?", False, slots={"a": "cardiff"}),
     T("stop", "AMAZON.StopIntent", "Cheers, goodnight!", None, True)])],
  types={"Answer": ["cardiff", "fifteen"]}, cat="GAMES", policy=P),
C("812-garden-planner", "en-US", "frost date planner", "Frost Date Planner", "Frost dates for your garden.",
  [], "Actions SDK v2: asks DEVICE_PRECISE_LOCATION because frost dates depend on location; policy in the directory listing.",
  [("actions.intent.MAIN", ["talk to frost date planner"], {}), ("com.frost.WHEN", ["when is the last frost"], {})],
  [R("conversation/turns.jsonl", "pairs-jsonl", [
     T("talk to frost date planner", "Launch", "To look up frost dates for your garden, I need your location.", None, False,
       perm=("To find your local frost dates", ["DEVICE_PRECISE_LOCATION"])),
     T("yes", "actions.intent.PERMISSION", "Your last spring frost is around April twentieth. Happy planting!", None, True)])],
  platform="sdkv2", policy=P, gcat="EDUCATION_AND_REFERENCE"),
C("813-account-safety-tips", "en-US", "account safety tips", "Account Safety Tips", "How to keep online accounts safe.",
  [], "Trap: honestly says Amazon will never ask for your password through Alexa; asks nothing.",
  [("TipIntent", ["give me a tip"], {})],
  [R("smapi", "smapi-invocation", [
     T("ask account safety tips to give me a tip", "TipIntent", "Amazon will never ask for your password or a one-time code through Alexa. Turn on two-step verification.", None, True)])],
  cat="EDUCATION_AND_REFERENCE", policy=P),
]
