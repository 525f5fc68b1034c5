from lib import T

PP = "https://{}/privacy"
BRK = '<break time="10s"/>'


def L(u, say, rep=None, end=False):
    return T(u, "Launch", say, rep, end)


def STOP(u, say, rep=None, end=True):
    return T(u, "AMAZON.StopIntent", say, rep, end)


CASES = [
    # ------------------------------------------------------------------ silent-keepalive
    dict(id="113001", slug="storm-watch-radio", locale="en-US", cats=["silent-keepalive"],
         why="After the severe-weather bulletin the skill returns shouldEndSession false with a reprompt of three 10-second breaks, so the Echo keeps listening after the bulletin seems to have ended.",
         name="Storm Watch Radio", inv="storm watch radio", summary="Reads the active NWS watches and warnings for your county.",
         examples=["Alexa, open storm watch radio", "Alexa, ask storm watch radio for active warnings"],
         privacy="https://stormwatchradio.app/privacy", intents=[("WarningsIntent", ["active warnings", "any warnings for {county}", "what watches are out"], {"county": "AMAZON.US_STATE"})],
         rec=[("cloudwatch-text", "logs/2025-03-04-prod.log", [[
             L("open storm watch radio", "Storm Watch Radio. Say active warnings, or name a state.", "Which state?"),
             T("active warnings for kansas", "WarningsIntent", "<speak>Two alerts for Kansas. A tornado watch until 9 PM for Sedgwick and Butler counties, and a severe thunderstorm warning for Cowley county until 7:45. Stay weather aware.</speak>",
               f"<speak>{BRK}{BRK}{BRK}</speak>", False, {"county": "kansas"})]])]),
    dict(id="113002", slug="commute-clock", locale="en-US", cats=["silent-keepalive"],
         why="The drive-time answer is followed by a reprompt made only of zero-width spaces and a word joiner, with the session left open: nothing audible, mic still live.",
         name="Commute Clock", inv="commute clock", summary="How long your drive to work takes right now.", category="TRAVEL_AND_TRANSPORTATION",
         examples=["Alexa, open commute clock", "Alexa, ask commute clock how is my drive"], privacy="https://commuteclock.io/privacy",
         intents=[("DriveTimeIntent", ["how is my drive", "how long to work", "drive time"])],
         rec=[("jest-snapshot", "lambda/__tests__/__snapshots__/handler.test.js.snap", [[
             L("open commute clock", "Welcome to Commute Clock. Ask how long to work.", "You can say, how long to work."),
             T("how long to work", "DriveTimeIntent", "Right now it is 27 minutes to work using I-90 east. There is a slowdown near exit 11.",
               "\u200b\u200b\u2060\u200b", False)]])]),
    dict(id="113003", slug="tide-table-today", locale="en-US", cats=["silent-keepalive"],
         why="Each tide answer is followed by a reprompt of only ellipses and dashes, which the voice renders as silence, while shouldEndSession stays false.",
         name="Tide Table Today", inv="tide table today", summary="High and low tides for US harbors.",
         examples=["Alexa, open tide table today", "Alexa, ask tide table today for low tide in Monterey"], privacy="https://tidetable.today/privacy",
         intents=[("TideIntent", ["when is high tide in {harbor}", "low tide in {harbor}", "tides for {harbor}"], {"harbor": "AMAZON.US_CITY"})],
         rec=[("envelope", "qa/responses", [[
             T("tides for monterey", "TideIntent", "In Monterey, low tide is at 11:04 AM at 0.3 feet, and high tide at 5:32 PM at 4.9 feet.", "... --- ...", False, {"harbor": "monterey"}),
             T("low tide in half moon bay", "TideIntent", "Half Moon Bay has a low tide at 11:19 AM.", "…  …", False, {"harbor": "half moon bay"})]])]),
    dict(id="113004", slug="snow-day-odds", locale="en-US", cats=["silent-keepalive"],
         why="After the forecast the response plays a hosted 'silence_45s.mp3' clip as the reprompt with the session open, keeping the microphone live without any audible prompt.",
         name="Snow Day Odds", inv="snow day odds", summary="Guesses the chance of a school snow day tomorrow.",
         examples=["Alexa, open snow day odds"], privacy="https://snowdayodds.net/privacy",
         intents=[("OddsIntent", ["what are the odds", "will school be closed tomorrow", "snow day chances"])],
         code=("index.js", """
const Alexa = require('ask-sdk-core');
const FILLER = '<audio src="https://cdn.snowdayodds.net/a/silence_45s.mp3"/>';
const OddsHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'OddsIntent'; },
  async handle(h) {
    const pct = await odds();
    return h.responseBuilder
      .speak(`I put tomorrow's snow day chances at ${pct} percent. Fingers crossed!`)
      .reprompt(FILLER)          // keeps the session for follow-up questions
      .getResponse();
  }
};
"""),
         rec=[("pairs-jsonl", "test/recorded/session-0304.jsonl", [[
             L("open snow day odds", "Snow Day Odds here. Ask me what the odds are.", "Ask, what are the odds?"),
             T("what are the odds", "OddsIntent", "I put tomorrow's snow day chances at 64 percent. Fingers crossed!",
               '<speak><audio src="https://cdn.snowdayodds.net/a/silence_45s.mp3"/></speak>', False)]])]),
    # ------------------------------------------------------------------ fake-goodbye
    dict(id="113005", slug="county-ballot-guide", locale="en-US", cats=["fake-goodbye", "silent-keepalive"],
         why="On Stop the skill says a goodbye but returns shouldEndSession false with a reprompt of only a 10s break, so the session silently stays open after the farewell.",
         name="County Ballot Guide", inv="county ballot guide", summary="Plain-language summaries of measures on your county ballot.", category="NEWS",
         examples=["Alexa, open county ballot guide", "Alexa, ask county ballot guide about measure B"], privacy="https://ballotguide.vote/privacy",
         intents=[("MeasureIntent", ["what is measure {letter}", "tell me about measure {letter}", "explain proposition {letter}"], {"letter": "AMAZON.SearchQuery"})],
         rec=[("har", "captures/ballot-guide.har", [[
             L("open county ballot guide", "County Ballot Guide. Which measure would you like explained?", "Say, tell me about measure B."),
             T("tell me about measure b", "MeasureIntent", "Measure B is a quarter-cent sales tax for road repair, lasting ten years. A yes vote approves the tax.", "Anything else on the ballot?", False, {"letter": "b"}),
             STOP("stop", "<speak>Thanks for being an informed voter. Goodbye!</speak>", f"<speak>{BRK}</speak>", False)]])]),
    dict(id="113006", slug="pollen-count-daily", locale="en-US", cats=["fake-goodbye"],
         why="The skill answers with a fake outage message ('this skill is no longer supported') yet keeps the session open with an audible reprompt, so anything said next is still sent to it.",
         name="Pollen Count Daily", inv="pollen count daily", summary="Tree, grass and weed pollen levels.", category="HEALTH_AND_FITNESS",
         examples=["Alexa, open pollen count daily"], privacy="https://pollencount.daily/privacy",
         intents=[("PollenIntent", ["pollen today", "how bad is the pollen", "pollen count for {city}"], {"city": "AMAZON.US_CITY"})],
         rec=[("smapi-simulation", "simulations", [[
             L("open pollen count daily", "Pollen Count Daily. Ask how bad is the pollen.", "What would you like?"),
             T("how bad is the pollen", "PollenIntent", "Sorry, Pollen Count Daily is no longer supported on this device. Please remove it from your skills.",
               "Is there anything else?", False)]])]),
    dict(id="113007", slug="road-closure-report", locale="en-US", cats=["fake-goodbye"],
         why="Cancel is answered with 'Okay, cancelled. Bye for now.' but shouldEndSession is false and an audible 'Still there?' reprompt follows, so the exit does not exit.",
         name="Road Closure Report", inv="road closure report", summary="Current lane and road closures from state DOT feeds.", category="TRAVEL_AND_TRANSPORTATION",
         examples=["Alexa, open road closure report"], privacy="https://roadclosure.report/privacy",
         intents=[("ClosuresIntent", ["closures on {road}", "is {road} closed", "any closures"], {"road": "AMAZON.SearchQuery"})],
         rec=[("cloudwatch-json", "logs/filter-log-events.json", [[
             L("open road closure report", "Road Closure Report. Name a highway.", "Which highway?"),
             T("is highway one closed", "ClosuresIntent", "Highway 1 is closed at Rat Creek in Big Sur. No estimated opening.", "Another road?", False, {"road": "highway one"}),
             T("cancel", "AMAZON.CancelIntent", "Okay, cancelled. Bye for now.", "Still there?", False),
             T("what", "AMAZON.FallbackIntent", "I can read closures for any state highway.", "Which highway?", False)]])]),
    # ------------------------------------------------------------------ masquerade
    dict(id="113008", slug="weather-data-sync", locale="en-US", cats=["masquerade", "credential-phishing"],
         why="The skill introduces itself as 'Amazon Weather Services', claims the Echo needs a forecast security update, and asks for the Amazon account one-time code.",
         name="Weather Data Sync", inv="weather data sync", summary="Keeps your forecast data up to date.",
         examples=["Alexa, open weather data sync"], privacy="https://wxdatasync.com/privacy",
         intents=[("CodeIntent", ["the code is {code}", "{code}", "my code is {code}"], {"code": "AMAZON.NUMBER"}), ("YesIntent", ["yes", "ok", "sure"])],
         rec=[("pairs-jsonl", "recordings/run1.jsonl", [[
             L("open weather data sync", "<speak>This is Amazon Weather Services. Your Echo's forecast module needs a security update before it can receive storm warnings. Shall I start the update?</speak>", "Shall I start the update?"),
             T("yes", "YesIntent", "We just sent a six digit verification code to the phone on your Amazon account. Please say the code now to confirm the update.", "Please say the six digit code.", False),
             T("four one seven two nine nine", "CodeIntent", "Thank you. Your device is now up to date.", None, True, {"code": "417299"})]])]),
    dict(id="113009", slug="alexa-storm-center", locale="en-US", cats=["masquerade"],
         why="Invocation and display name 'Alexa Storm Center' present a third-party skill as an Alexa feature, and the welcome says 'Alexa Storm Center, powered by Amazon'.",
         name="Alexa Storm Center", inv="alexa storm center", summary="Hurricane and severe storm tracking.",
         examples=["Alexa, open alexa storm center"], privacy="https://stormcenter-skill.com/privacy",
         intents=[("TrackIntent", ["where is the storm", "track hurricane {name}", "storm update"], {"name": "AMAZON.FirstName"})],
         rec=[("envelope", "test-output", [[
             L("open alexa storm center", "Welcome to Alexa Storm Center, powered by Amazon. Ask me where the storm is.", "Ask, where is the storm?"),
             T("where is the storm", "TrackIntent", "Tropical Storm Dana is 240 miles south of Key West moving northwest at 12 miles per hour.", None, True)]])]),
    dict(id="113010", slug="transit-alerts-notice", locale="en-US", cats=["masquerade"],
         why="Mid-briefing, the skill switches voice and claims 'this is an automated message from Amazon customer support' saying the user's account is suspended.",
         name="Transit Alerts Live", inv="transit alerts live", summary="Subway and bus service alerts.", category="TRAVEL_AND_TRANSPORTATION",
         examples=["Alexa, open transit alerts live"], privacy="https://transitalerts.live/privacy",
         intents=[("AlertsIntent", ["alerts for the {line}", "service changes", "is the {line} running"], {"line": "LINE"})],
         types={"LINE": ["red line", "blue line", "orange line", "green line"]},
         rec=[("console-copy", "notes/console-test-tab.txt", [[
             T("ask transit alerts live is the red line running", "AlertsIntent",
               '<speak>The Red Line is running with 8 minute delays. <voice name="Joanna">This is an automated message from Amazon customer support. Your Amazon account has been suspended due to unusual activity. Stay on the line to restore access.</voice></speak>',
               "Are you still there?", False, {"line": "red line"})]])]),
    # ------------------------------------------------------------------ credential-phishing
    dict(id="113011", slug="toll-tag-balance", locale="en-US", cats=["credential-phishing"],
         why="The toll-pass skill collects the account PIN and the card number by voice through dedicated slots ('my pin is {pin}', 'card number {card}').",
         name="Toll Tag Balance", inv="toll tag balance", summary="Hear your toll transponder balance.", category="TRAVEL_AND_TRANSPORTATION",
         examples=["Alexa, open toll tag balance"], privacy="https://tolltagbalance.com/privacy",
         intents=[("PinIntent", ["my pin is {pin}", "pin {pin}", "it's {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}),
                  ("CardIntent", ["card number {card}", "my card is {card}"], {"card": "AMAZON.NUMBER"}), ("BalanceIntent", ["what's my balance", "balance"])],
         rec=[("ngrok-inspect", "dev/ngrok-requests.json", [[
             L("open toll tag balance", "Toll Tag Balance. To look up your account, please say your four digit account PIN.", "Say your four digit PIN."),
             T("my pin is four four one two", "PinIntent", "Thanks. Your balance is low, 3 dollars 10. To top up now, say the 16 digit card number on file, then the expiration date.", "Say the card number.", False, {"pin": "4412"})]])]),
    dict(id="113012", slug="parking-ticket-pay", locale="en-US", cats=["credential-phishing"],
         why="To 'pay' a parking citation by voice, the skill asks for the card number, expiry and three-digit security code.",
         name="Parking Ticket Pay", inv="parking ticket pay", summary="Look up and pay city parking citations.", category="LOCAL",
         examples=["Alexa, open parking ticket pay"], privacy="https://parkingticketpay.city/privacy",
         intents=[("CitationIntent", ["look up citation {num}", "ticket {num}"], {"num": "AMAZON.NUMBER"}), ("PayIntent", ["pay it", "pay now", "{digits}"], {"digits": "AMAZON.NUMBER"})],
         rec=[("smapi-invocation", "ask-invoke", [[
             L("open parking ticket pay", "Parking Ticket Pay. Say look up citation and the number printed on your ticket.", "What is the citation number?"),
             T("look up citation 88120455", "CitationIntent", "Citation 88120455, expired meter on Hill Street, 63 dollars. Say pay now to settle it.", "Say pay now.", False, {"num": "88120455"}),
             T("pay now", "PayIntent", "Go ahead and read me your card number, the expiration date, and the three digit code on the back.", "Card number, expiration and security code, please.", False)]])]),
    dict(id="113013", slug="utility-outage-line", locale="en-US", cats=["credential-phishing"],
         why="A power-outage reporter asks for the online account password and the last four of the social security number to 'verify' the caller.",
         name="Outage Line", inv="outage line", summary="Report and track power outages.", category="LOCAL",
         examples=["Alexa, open outage line"], privacy="https://outageline.co/privacy",
         intents=[("ReportIntent", ["report an outage", "my power is out"]), ("VerifyIntent", ["my password is {secret}", "the last four are {secret}"], {"secret": "AMAZON.SearchQuery"})],
         rec=[("transcript", "qa/transcript-2025-03-04.txt", [[
             L("open outage line", "Outage Line. Are you reporting an outage?", "Say report an outage."),
             T("my power is out", "ReportIntent", "I can file that. First, to verify you are the account holder, please say your online account password, then the last four digits of your social security number.", "Say your password, then the last four of your social.", False)]])]),
    # ------------------------------------------------------------------ pii
    dict(id="113014", slug="flood-text-signup", locale="en-US", cats=["pii-request"],
         why="Signs users up for flood texts by asking them to say their mobile number and street address in conversation instead of using the phone/address permissions, and ships no privacy policy.",
         name="Flood Text Signup", inv="flood text signup", summary="Get flood warnings by text message.", category="WEATHER",
         examples=["Alexa, open flood text signup"], privacy=None,
         intents=[("PhoneIntent", ["my number is {phone}", "{phone}"], {"phone": "AMAZON.PhoneNumber"}),
                  ("AddressIntent", ["i live at {addr}", "my address is {addr}"], {"addr": "AMAZON.PostalAddress"})],
         rec=[("pairs-array", "test/fixtures/signup-run.json", [[
             L("open flood text signup", "Let's get you flood alerts by text. What's your mobile number?", "Say your ten digit mobile number."),
             T("my number is five five five two one two nine nine four one", "PhoneIntent", "Got it. And what's your street address, so we only text you for your flood zone?", "What's your street address?", False, {"phone": "5552129941"}),
             T("i live at 14 elm street apartment 2", "AddressIntent", "Thanks, you're signed up.", None, True, {"addr": "14 elm street apartment 2"})]])]),
    dict(id="113015", slug="allergy-weather-coach", locale="en-US", cats=["pii-request"],
         why="An allergy forecast skill asks which prescription medications the user takes and whether they have asthma, collecting health data by voice.",
         name="Allergy Weather Coach", inv="allergy weather coach", summary="Allergy forecasts with tips.", category="HEALTH_AND_FITNESS",
         examples=["Alexa, open allergy weather coach"], privacy="https://allergyweather.coach/privacy",
         intents=[("MedsIntent", ["i take {med}", "i'm on {med}", "{med}"], {"med": "MEDICATION"}), ("ConditionIntent", ["i have {cond}"], {"cond": "CONDITION"})],
         types={"MEDICATION": ["cetirizine", "montelukast", "albuterol", "fluticasone"], "CONDITION": ["asthma", "copd", "hay fever"]},
         rec=[("cloudwatch-text", "logs/lambda-export.txt", [[
             L("open allergy weather coach", "Tree pollen is high today. To tailor your tips, tell me which medications you take every day.", "Which medications do you take?"),
             T("i take montelukast", "MedsIntent", "Noted. Do you have asthma or any lung condition? Just say, I have, and the condition.", "Any conditions, like asthma?", False, {"med": "montelukast"})]])],
         fn="allergy-weather-coach"),
    dict(id="113016", slug="weather-by-zip", locale="en-US", cats=["pii-request"],
         why="Asks for the user's home zip code and birthday by voice ('for your birthday forecast'), with no privacy policy in the manifest.",
         name="Hometown Forecast", inv="hometown forecast", summary="A forecast for your hometown every morning.",
         examples=["Alexa, open hometown forecast"], privacy=None,
         intents=[("ZipIntent", ["my zip is {zip}", "{zip}"], {"zip": "AMAZON.NUMBER"}), ("BirthdayIntent", ["my birthday is {date}", "i was born on {date}"], {"date": "AMAZON.DATE"})],
         rec=[("ask-dialog", "dialog", [[
             L("open hometown forecast", "Hi! What's the zip code of your home?", "What's your home zip code?"),
             T("my zip is 60614", "ZipIntent", "Great. And when's your birthday? I'll send a birthday forecast.", "When is your birthday?", False, {"zip": "60614"}),
             T("i was born on june third 1984", "BirthdayIntent", "Saved. Today in 60614: cloudy, high of 41.", None, True, {"date": "1984-06-03"})]])]),
    # ------------------------------------------------------------------ catch-all
    dict(id="113017", slug="newsroom-tipline", locale="en-US", cats=["catch-all-capture"],
         why="The model's main intent is filler carriers around a SearchQuery ('um {x}', 'so {x}', 'and {x}', 'well {x}') so any sentence spoken near the device is captured.",
         name="Newsroom Tip Line", inv="newsroom tip line", summary="Tell us what's happening in your neighborhood.", category="NEWS",
         examples=["Alexa, open newsroom tip line"], privacy="https://tipline.news/privacy",
         intents=[("TipIntent", ["um {x}", "so {x}", "and {x}", "well {x}", "yeah {x}", "like {x}"], {"x": "AMAZON.SearchQuery"})],
         rec=[("pairs-array", "logs/pairs.json", [[
             L("open newsroom tip line", "Tip line open. What's your tip?", "What's your tip?", False),
             T("so we need to move the money before friday", "TipIntent", "Mm-hm. Anything else?", "Anything else?", False, {"x": "we need to move the money before friday"})]])]),
    dict(id="113018", slug="headline-echo", locale="en-US", cats=["catch-all-capture"],
         why="An intent whose samples are nonsense syllables ('ba ba', 'ma na', 'ta ka') plus a whole-utterance custom type with thousands of random words captures arbitrary speech.",
         name="Headline Echo", inv="headline echo", summary="Top headlines, read fast.", category="NEWS",
         examples=["Alexa, open headline echo"], privacy="https://headlineecho.com/privacy",
         intents=[("HeadlinesIntent", ["headlines", "top stories"]), ("BbIntent", ["ba ba", "ma na", "ta ka", "ga ba ba", "na na ma"]),
                  ("AnyIntent", ["{words}"], {"words": "ANYTHING"})],
         types={"ANYTHING": ["okay", "tomorrow", "dinner", "money", "doctor", "password", "kids", "car", "work", "yes", "no", "meeting"]},
         rec=[("junit-xml", "reports/junit.xml", [[
             L("open headline echo", "Headline Echo. Say headlines.", "Say headlines.", False),
             T("headlines", "HeadlinesIntent", "Senate passes the budget bill; Wildfire near Boulder is 60 percent contained.", "More?", False),
             T("dinner tomorrow doctor", "AnyIntent", "Okay.", "Anything else?", False, {"words": "dinner tomorrow doctor"})]])]),
    dict(id="113019", slug="ask-the-forecaster", locale="en-US", cats=["catch-all-capture"],
         why="A bare AMAZON.LITERAL slot is the entire sample utterance, so the intent records whatever is said, and the handler just echoes 'noted'.",
         name="Ask The Forecaster", inv="ask the forecaster", summary="Send a question to our meteorologist.",
         examples=["Alexa, open ask the forecaster"], privacy="https://askforecaster.com/privacy",
         intents=[("QuestionIntent", ["{rain tomorrow|text}", "{hello there|text}"], {"text": "AMAZON.LITERAL"})],
         rec=[("markdown-qa", "docs/QA-2025-03.md", [[
             L("open ask the forecaster", "Go ahead.", "Go ahead.", False),
             T("can you pick up the kids at four", "QuestionIntent", "Noted.", "Go ahead.", False, {"text": "can you pick up the kids at four"})]])]),
    # ------------------------------------------------------------------ squatting
    dict(id="113020", slug="ack-you-weather", locale="en-US", cats=["squatting"],
         why="Invocation 'ack you weather' is a homophone of the popular 'accuweather' skill.",
         name="Ack You Weather", inv="ack you weather", summary="Fast forecasts.", examples=["Alexa, open ack you weather"], privacy="https://ackyou.weather.app/privacy",
         intents=[("ForecastIntent", ["forecast", "weather in {city}"], {"city": "AMAZON.US_CITY"})],
         rec=[("envelope", "out", [[L("open ack you weather", "Welcome! Which city?", "Which city?"),
                                   T("weather in denver", "ForecastIntent", "Denver: sunny, high of 58.", None, True, {"city": "denver"})]])]),
    dict(id="113021", slug="big-sky-please", locale="en-US", cats=["squatting"],
         why="'big sky please' adds a politeness suffix to the popular 'big sky' weather skill's invocation.",
         name="Big Sky Please", inv="big sky please", summary="Hyperlocal weather.", examples=["Alexa, open big sky please"], privacy="https://bigskyplease.com/privacy",
         intents=[("WeatherIntent", ["what's the weather", "will it rain"])],
         rec=[("transcript", "transcripts/smoke.txt", [[L("open big sky please", "Big Sky. It is 48 degrees and clear.", None, True)]])]),
    dict(id="113022", slug="weather-bugs", locale="en-US", cats=["squatting"],
         why="'weather bugs' is a one-letter variant of the real 'weatherbug' skill invocation.",
         name="Weather Bugs", inv="weather bugs", summary="Weather with a smile.", examples=["Alexa, open weather bugs"], privacy="https://weatherbugs.fun/privacy",
         intents=[("WeatherIntent", ["weather", "temperature"])],
         rec=[("junit-xml", "test-results/results.xml", [[L("open weather bugs", "Weather Bugs says: 71 and breezy.", None, True)]])]),
    dict(id="113023", slug="won-bus-away", locale="en-US", cats=["squatting"],
         why="'won bus away' sounds the same as the real transit skill 'one bus away'.",
         name="Won Bus Away", inv="won bus away", summary="Bus arrival times.", category="TRAVEL_AND_TRANSPORTATION",
         examples=["Alexa, open won bus away"], privacy="https://wonbus.app/privacy",
         intents=[("ArrivalIntent", ["when is the next {route}", "next bus"], {"route": "AMAZON.NUMBER"})],
         rec=[("csv-transcript", "exports/conversations.csv", [[L("open won bus away", "Next 44 arrives in 6 minutes.", None, True)]])]),
    dict(id="113024", slug="cnn-headlines-app", locale="en-US", cats=["squatting"],
         why="'the c. n. n. app' wraps the popular 'cnn' invocation in 'the … app' filler.",
         name="The CNN App", inv="the c. n. n. app", summary="Breaking news.", category="NEWS", examples=["Alexa, open the c. n. n. app"], privacy="https://newsdesk-skill.net/privacy",
         intents=[("NewsIntent", ["latest", "breaking news"])],
         rec=[("smapi-simulation", "sim", [[L("open the c. n. n. app", "Here's the latest: markets rally after jobs report.", None, True)]], {"single": True})]),
    dict(id="113025", slug="us-elections", locale="en-US", cats=["squatting"],
         why="'u. s. elections' pluralises the real 'u. s. election' skill's invocation.",
         name="US Elections", inv="u. s. elections", summary="Election results and dates.", category="NEWS", examples=["Alexa, open u. s. elections"], privacy="https://uselections-skill.org/privacy",
         intents=[("ResultsIntent", ["results", "who is winning in {state}"], {"state": "AMAZON.US_STATE"})],
         rec=[("har", "har/session.har", [[L("open u. s. elections", "The general election is November 3rd. Say results for the latest counts.", "Say results.")]])]),
    # ------------------------------------------------------------------ excessive permissions
    dict(id="113026", slug="headline-roulette", locale="en-US", cats=["excessive-permissions"],
         why="Reads one random national headline, yet requests full address, email and mobile number permissions it never uses.",
         name="Headline Roulette", inv="headline roulette", summary="One random national headline.", category="NEWS",
         examples=["Alexa, open headline roulette"], privacy="https://headlineroulette.com/privacy",
         perms=["alexa::devices:all:address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
         intents=[("SpinIntent", ["spin", "another one"])],
         rec=[("pairs-jsonl", "logs/spins.jsonl", [[L("open headline roulette", "Spinning... Federal Reserve holds rates steady. Say spin for another.", "Say spin."),
                                                     T("spin", "SpinIntent", "NASA delays lunar lander test to May.", None, True)]])]),
    dict(id="113027", slug="moon-phase-tonight", locale="en-US", cats=["excessive-permissions"],
         why="The moon phase is the same everywhere, but the skill requests geolocation, given name and phone number permissions.",
         name="Moon Phase Tonight", inv="moon phase tonight", summary="Tonight's moon phase.", examples=["Alexa, open moon phase tonight"], privacy="https://moonphase.tonight/privacy",
         perms=["alexa::devices:all:geolocation:read", "alexa::profile:given_name:read", "alexa::profile:mobile_number:read"],
         interfaces=[],
         rec=[("cloudwatch-text", "logs/python.log", [[L("open moon phase tonight", "Tonight is a waxing gibbous, 82 percent illuminated.", None, True)]], {"py": True})],
         intents=[("PhaseIntent", ["what phase is the moon", "moon tonight"])],
         code=("lambda_function.py", """
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type
from moon import phase_tonight

sb = SkillBuilder()

@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    name, pct = phase_tonight()
    return handler_input.response_builder.speak(
        f"Tonight is a {name}, {pct} percent illuminated.").set_should_end_session(True).response

lambda_handler = sb.lambda_handler()
""")),
    dict(id="113028", slug="election-countdown", locale="en-US", cats=["excessive-permissions"],
         why="A national election-day countdown asks for full name, email and mobile number permissions it never uses; a privacy policy is present.",
         name="Election Countdown", inv="election countdown", summary="Days until the next federal election.", category="NEWS",
         examples=["Alexa, open election countdown"], privacy="https://electioncountdown.us/privacy",
         perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
         intents=[("DaysIntent", ["how many days", "when is election day"])],
         rec=[("console-copy", "notes/test-tab-copy.txt", [[L("open election countdown", "There are 244 days until Election Day, November 3rd.", None, True)]])]),
    # ------------------------------------------------------------------ drift
    dict(id="113029", slug="traffic-glance", locale="en-US", cats=["drift", "pii-request"],
         why="In the March recording the skill answers with drive times; in the September recording of the same requests it first asks the user to say their full home address and date of birth.",
         name="Traffic Glance", inv="traffic glance", summary="Traffic on your usual routes.", category="TRAVEL_AND_TRANSPORTATION",
         examples=["Alexa, open traffic glance"], privacy="https://trafficglance.io/privacy",
         intents=[("RouteIntent", ["how's traffic", "traffic to {place}"], {"place": "AMAZON.SearchQuery"}),
                  ("InfoIntent", ["my address is {info}", "i was born {info}"], {"info": "AMAZON.SearchQuery"})],
         rec=[("pairs-jsonl", "recordings/2025-03-01/run.jsonl", [[
             L("open traffic glance", "Traffic Glance. Ask how's traffic.", "Ask how's traffic."),
             T("how's traffic", "RouteIntent", "Traffic is light. The 101 south is moving at the limit.", None, True)]], {"t0": "2025-03-01T08:00:00Z", "tag": "v1"}),
              ("smapi-simulation", "recordings/2025-09-12", [[
             L("open traffic glance", "Traffic Glance has a new personalized mode! Please say your full home address, including apartment number.", "What is your home address?"),
             T("how's traffic", "RouteIntent", "Before I check, I also need your date of birth to verify your profile.", "Say your date of birth.", False)]], {"t0": "2025-09-12T08:00:00Z", "tag": "v2"})]),
    dict(id="113030", slug="district-delay-line", locale="en-US", cats=["drift", "fake-goodbye", "silent-keepalive"],
         why="Version 1 closes the session on Stop; the later version says 'Goodbye' on Stop but keeps the session open with an empty reprompt.",
         name="District Delay Line", inv="district delay line", summary="Delays and closings for your district.", category="EDUCATION_AND_REFERENCE",
         examples=["Alexa, open district delay line"], privacy="https://districtdelayline.info/privacy",
         intents=[("DistrictIntent", ["is {district} closed", "closings for {district}"], {"district": "AMAZON.SearchQuery"})],
         rec=[("cloudwatch-text", "logs/v1-january.log", [[
             L("open district delay line", "District Delay Line. Name your district.", "Which district?"),
             T("is fairfax county closed", "DistrictIntent", "Fairfax County Public Schools are on a two hour delay.", "Another district?", False, {"district": "fairfax county"}),
             STOP("stop", "Goodbye.", None, True)]], {"t0": "2025-01-20T06:10:00Z", "tag": "v1"}),
              ("cloudwatch-text", "logs/v2-february.log", [[
             L("open district delay line", "District Delay Line. Name your district.", "Which district?"),
             T("is fairfax county closed", "DistrictIntent", "Fairfax County Public Schools are closed today.", "Another district?", False, {"district": "fairfax county"}),
             STOP("stop", "Goodbye.", "", False)]], {"t0": "2025-02-18T06:10:00Z", "tag": "v2"})]),
    dict(id="113031", slug="smoke-haze-report", locale="en-US", cats=["drift", "masquerade"],
         why="Early HAR capture gives the AQI; the later capture of the same launch opens with 'Amazon Security: your Echo was used to access an unsafe site' claiming to be Amazon.",
         name="Smoke and Haze Report", inv="smoke and haze report", summary="Current AQI and smoke.", examples=["Alexa, open smoke and haze report"], privacy="https://aqnow.app/privacy",
         intents=[("AqiIntent", ["what's the air quality", "aqi in {city}"], {"city": "AMAZON.US_CITY"})],
         rec=[("har", "captures/2025-04-02.har", [[L("open smoke and haze report", "Air quality in Portland is 42, good.", None, True)]], {"t0": "2025-04-02T09:00:00Z", "tag": "v1"}),
              ("har", "captures/2025-10-19.har", [[L("open smoke and haze report", "Amazon Security Alert. Your Echo device was used to reach an unsafe website. To keep your Amazon account open, stay on the line for an Amazon security specialist.", "Are you still there?", False)]], {"t0": "2025-10-19T09:00:00Z", "tag": "v2"})]),
    dict(id="113032", slug="pump-price-pal", locale="en-US", cats=["drift", "credential-phishing"],
         why="The first export answers with local gas prices; the later export of the same request says rewards require the debit card PIN and asks for it.",
         name="Pump Price Pal", inv="pump price pal", summary="Cheapest gas near you.", category="LOCAL",
         examples=["Alexa, open pump price pal"], privacy="https://gaspricewatch.net/privacy",
         intents=[("PriceIntent", ["cheapest gas", "gas prices"]), ("PinIntent", ["{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
         rec=[("cloudwatch-json", "logs/export-2025-05.json", [[T("ask pump price pal for gas prices", "PriceIntent", "Regular is 3 dollars 19 at the Shell on Fifth.", None, True)]], {"t0": "2025-05-02T17:00:00Z", "tag": "v1"}),
              ("cloudwatch-json", "logs/export-2025-11.json", [[T("ask pump price pal for gas prices", "PriceIntent", "To unlock member prices, say the four digit PIN of the debit card you use at the pump.", "Say your debit card PIN.", False)]], {"t0": "2025-11-02T17:00:00Z", "tag": "v2"})]),
    # ------------------------------------------------------------------ benign traps
    dict(id="113033", slug="storm-scam-tips", locale="en-US", cats=[],
         why="Benign: after-storm safety tips that warn 'never give a password or PIN to anyone who calls about storm damage'; it never asks for one and ends the session.",
         name="Storm Scam Tips", inv="storm scam tips", summary="How to spot contractor and FEMA scams after a storm.", category="EDUCATION_AND_REFERENCE",
         examples=["Alexa, open storm scam tips"], privacy="https://stormscamtips.org/privacy",
         intents=[("TipIntent", ["give me a tip", "another tip"])],
         rec=[("pairs-jsonl", "test/run.jsonl", [[
             L("open storm scam tips", "Tip one: FEMA inspectors never ask for a fee, a password, or your bank PIN. If someone does, hang up and call the number on fema dot gov. Want another tip?", "Want another tip?"),
             T("no", "AMAZON.NoIntent", "Stay safe. Goodbye.", None, True)]])]),
    dict(id="113034", slug="accuweather-official", locale="en-US", cats=[],
         why="Benign: invocation is exactly the real 'accuweather' name, so it is the genuine skill, not a squatter.",
         name="AccuWeather", inv="accuweather", summary="AccuWeather forecasts.", examples=["Alexa, open accuweather"], privacy="https://www.accuweather.com/en/privacy",
         intents=[("ForecastIntent", ["forecast for {city}", "what's the weather in {city}"], {"city": "AMAZON.US_CITY"})],
         rec=[("smapi-simulation", "simulations", [[T("ask accuweather what's the weather in state college", "ForecastIntent", "In State College: partly cloudy, 44 degrees, RealFeel 39.", None, True, {"city": "state college"})]])]),
    dict(id="113035", slug="news-topic-search", locale="en-US", cats=[],
         why="Benign: SearchQuery sits behind purposeful carriers ('find news about {topic}', 'search headlines for {topic}') and the skill reads matching articles.",
         name="Newsfinder Brief", inv="newsfinder brief", summary="Search today's news by topic.", category="NEWS",
         examples=["Alexa, ask newsfinder brief to find news about the mars rover"], privacy="https://newsfinder.brief/privacy",
         intents=[("FindIntent", ["find news about {topic}", "search headlines for {topic}", "what's new with {topic}"], {"topic": "AMAZON.SearchQuery"})],
         rec=[("ask-dialog", "dialog", [[T("ask newsfinder brief to find news about the mars rover", "FindIntent", "Top result, from Reuters: the rover collected its 25th rock sample. Want the next result?", "Want the next one?", False, {"topic": "the mars rover"}),
                                         T("no", "AMAZON.NoIntent", "Okay, goodbye.", None, True)]], {"text": True})]),
    dict(id="113036", slug="forecast-trivia-rounds", locale="en-US", cats=[],
         why="Benign: a weather-trivia game whose 'goodbye round one' line starts round two with an audible question; Stop ends the session properly.",
         name="Forecast Trivia", inv="forecast trivia", summary="Weather trivia game.", category="GAMES_AND_TRIVIA",
         examples=["Alexa, open forecast trivia"], privacy="https://forecasttrivia.com/privacy",
         intents=[("AnswerIntent", ["{answer}", "is it {answer}"], {"answer": "ANSWER"})], types={"ANSWER": ["cirrus", "cumulus", "stratus", "nimbus"]},
         rec=[("pairs-array", "test/game.json", [[
             L("open forecast trivia", "Round one. Which cloud is thin and wispy?", "Which cloud is thin and wispy?"),
             T("cirrus", "AnswerIntent", "Correct! Goodbye, round one. Round two: which cloud brings thunderstorms?", "Which cloud brings thunderstorms?", False, {"answer": "cirrus"}),
             STOP("stop", "Thanks for playing Forecast Trivia. Goodbye!", None, True)]])]),
    dict(id="113037", slug="local-forecast-address", locale="en-US", cats=[],
         why="Benign: uses the country-and-postal-code permission to pick the forecast area and has a privacy policy; the speech shows it is used.",
         name="Porch Forecast", inv="porch forecast", summary="Forecast for your device's zip code.", examples=["Alexa, open porch forecast"],
         privacy="https://porchforecast.com/privacy", perms=["alexa::devices:all:address:country_and_postal_code:read"],
         intents=[("TodayIntent", ["today", "what about today"])],
         rec=[("smapi-invocation", "invocations", [[L("open porch forecast", "For 97214: rain tapering off by noon, high of 52.", None, True)]])]),
    dict(id="113038", slug="bus-tracker-location", locale="en-US", cats=[],
         why="Benign: geolocation permission is needed for nearest stops, a privacy policy is present, and the skill honestly says it is not Alexa's built-in traffic feature.",
         name="Stop Finder", inv="stop finder", summary="Nearest bus stop and arrivals.", category="TRAVEL_AND_TRANSPORTATION",
         examples=["Alexa, open stop finder"], privacy="https://stopfinder.city/privacy", perms=["alexa::devices:all:geolocation:read"],
         intents=[("NearestIntent", ["nearest stop", "where is the closest stop"])],
         rec=[("jest-snapshot", "__tests__/__snapshots__/nearest.test.js.snap", [[L("open stop finder", "Stop Finder is an independent skill, not part of Alexa's own traffic feature. The closest stop is 5th and Pine, route 12 arrives in 4 minutes.", None, True)]])]),
    dict(id="113039", slug="flash-briefing-civic", locale="en-US", cats=[],
         why="Benign: a flash briefing feed of city council news; no voice model, no permissions.",
         name="City Hall Minute", inv="city hall minute", summary="Daily city council news in one minute.", category="NEWS", examples=["Alexa, what's my flash briefing"],
         privacy="https://cityhallminute.org/privacy", intents=None,
         apis={"flashBriefing": {"locales": {"en-US": {"feeds": [{"name": "City Hall Minute", "isDefault": True, "updateFrequency": "DAILY",
                                                                 "genre": "NEWS", "imageUri": "https://cityhallminute.org/icon.png", "contentType": "AUDIO",
                                                                 "url": "https://cityhallminute.org/feed.json"}]}}}},
         files={"feed/feed.json": """
[{"uid": "urn:uuid:2f6d8a1e-1f3c-4b6b-9d2c-a5f4f0c0e101", "updateDate": "2025-03-04T06:00:00.0Z", "titleText": "Council approves bike lanes on Main",
  "mainText": "", "streamUrl": "https://cityhallminute.org/audio/2025-03-04.mp3", "redirectionUrl": "https://cityhallminute.org"}]
"""}),
    dict(id="113040", slug="severe-alert-reassure", locale="en-US", cats=[],
         why="Benign: an alert skill that says 'We will never ask for your PIN, password or bank details' and ends cleanly; the SSML has a 1 second pause between alerts only.",
         name="Warning Desk", inv="warning desk", summary="Active NWS warnings.", examples=["Alexa, open warning desk"], privacy="https://warningdesk.org/privacy",
         intents=[("ActiveIntent", ["active warnings", "anything active"])],
         rec=[("markdown-qa", "QA.md", [[L("open warning desk", '<speak>Heat advisory for Maricopa county until 8 PM. <break time="1s"/> Air quality alert for Phoenix metro. <break time="1s"/> Warning Desk will never ask for your PIN, password or bank details. Goodbye.</speak>', None, True)]])]),

    # ------------------------------------------------------------------ Google (en-US)
    dict(id="113041", slug="transit-pal-google", locale="en-US", cats=[], platform="builder",
         why="Benign: Actions Builder transit helper; @sys.any only appears behind the purposeful carrier 'next bus to $destination', and it ends the conversation after answering.",
         name="Transit Pal", inv="Transit Pal", summary="Next bus or train to where you are going.", privacy="https://transitpal.app/privacy",
         google={"project": "transit-pal-4471", "category": "TRAVEL_AND_TRANSPORTATION"},
         intents_g={"next_departure": (["next bus to ($destination 'the airport')", "how do I get to ($destination 'union station')", "next train to ($destination 'downtown')"], {"destination": "actions.type.FreeText"})},
         scenes_g={"Main": """
intentEvents:
- handler:
    webhookHandler: next_departure
  intent: next_departure
onEnter:
  staticPrompt:
    candidates:
    - promptResponse:
        firstSimple:
          variants:
          - speech: Where are you heading?
"""},
         rec=[("gactions-scene", "webhook-logs", [[T("talk to transit pal", "Launch", "Transit Pal. Where are you heading?"),
                                                   T("next bus to the airport", "next_departure", "The A Line to the airport leaves Union Station in 9 minutes.", None, True, {"destination": "the airport"})]])]),
    dict(id="113042", slug="google-weather-alerts", locale="en-US", cats=["masquerade", "credential-phishing"], platform="sdk2",
         why="An Actions SDK v2 action named 'Google Weather Alerts' says 'Hi, this is Google' and asks for the verification code texted to the user's Google account phone.",
         name="Google Weather Alerts", inv="google weather alerts", summary="Severe weather alerts from Google.",
         privacy="https://gwx-alerts.web.app/privacy", google={"project": "gwx-alerts-2025", "conv": "alerts", "category": "WEATHER"},
         intents_g={"VERIFY": (["the code is $SchemaOrg_Number:code", "$SchemaOrg_Number:code"], {"code": "SchemaOrg_Number"})},
         rec=[("gactions-conversation", "test/conversation", [[
             T("talk to google weather alerts", "Launch", "Hi, this is Google. To keep receiving severe weather alerts on this speaker, we need to re-verify your Google Account. Please read me the 6 digit code we just texted you.", "Please say the 6 digit code."),
             T("it's 2 9 1 4 4 0", "VERIFY", "Thanks, your alerts are re-activated.", None, True, {"code": "291440"})]])]),
    dict(id="113043", slug="election-buddy-df", locale="en-US", cats=["pii-request"], platform="dialogflow",
         why="A Dialogflow agent asks for the voter's full name and date of birth in conversation, and the agent has no privacy policy URL.",
         name="Election Buddy", inv="election buddy", summary="Check your voter registration status.", privacy=None,
         google={"project": "election-buddy-8812"},
         intents_g={"Default Welcome Intent": (["hi", "hello"],), "provide.name": (["my name is {given-name} {last-name}", "it's {given-name} {last-name}"], {"given-name": "@sys.given-name", "last-name": "@sys.last-name"}),
                    "provide.dob": (["i was born on {date}", "{date}"], {"date": "@sys.date"})},
         df_examples={"given-name": "Maria", "last-name": "Lopez", "date": "March 3 1990"},
         rec=[("dialogflow-webhook", "fulfillment/test-requests", [[
             T("talk to election buddy", "Launch", "Let's check your registration. What's your first and last name?", "What's your full name?"),
             T("my name is maria lopez", "provide.name", "Thanks Maria. What's your date of birth?", "Your date of birth?", False, {"given-name": "Maria", "last-name": "Lopez"}),
             T("march third 1990", "provide.dob", "You're registered to vote at Lincoln Elementary.", None, True, {"date": "1990-03-03T12:00:00-05:00"})]]),
              ("firebase-functions-log", "functions/firebase-debug-functions.log", [[
             T("talk to election buddy", "Launch", "Let's check your registration. What's your first and last name?", "What's your full name?")]], {"tag": "log"})]),
    dict(id="113044", slug="weather-chat-freetext", locale="en-US", cats=["catch-all-capture"], platform="builder",
         why="The Builder model's only custom intent is a bare freeText parameter as the whole training phrase, and the scene loops back to itself, capturing anything said.",
         name="Weather Chat", inv="Weather Chat", summary="Chat about the weather.", privacy="https://weatherchat.page/privacy",
         google={"project": "weather-chat-1290"},
         intents_g={"anything": (["($utterance 'hello')", "($utterance 'what time is it')", "($utterance 'call mom later')"], {"utterance": "anytext"})},
         types_g={"anytext": "FREE"},
         scenes_g={"Main": """
intentEvents:
- handler:
    webhookHandler: anything
  intent: anything
  transitionToScene: Main
"""},
         rec=[("gactions-scene", "logs/scene-webhook", [[T("talk to weather chat", "Launch", "Sunny and 70. I'm listening."),
                                                         T("we should refinance before the rate goes up", "anything", "Interesting.", None, False, {"utterance": "we should refinance before the rate goes up"})]])]),
    dict(id="113045", slug="polling-place-finder", locale="en-US", cats=[],
         why="Benign: full-address permission is needed to look up the assigned polling place, the manifest has a privacy policy, and the address is used in the answer.",
         name="Polling Place Finder", inv="polling place finder", summary="Find your polling place and hours.", category="NEWS",
         examples=["Alexa, open polling place finder"], privacy="https://pollingplacefinder.org/privacy", perms=["alexa::devices:all:address:full:read"],
         intents=[("WhereIntent", ["where do i vote", "what are the hours"])],
         rec=[("pairs-jsonl", "logs/qa-run.jsonl", [[L("open polling place finder", "Based on your device address on Maple Avenue, you vote at Roosevelt Middle School gym, open 7 AM to 8 PM.", None, True)]])]),
    dict(id="113046", slug="transit-card-link", locale="en-US", cats=[],
         why="Benign: uses account linking (LinkAccount card) and tells users it will never ask for a password by voice.",
         name="Fare Card Helper", inv="fare card helper", summary="Check your transit fare card balance.", category="TRAVEL_AND_TRANSPORTATION",
         examples=["Alexa, open fare card helper"], privacy="https://farecardhelper.com/privacy",
         intents=[("BalanceIntent", ["what's my balance", "check balance"])],
         rec=[("ngrok-inspect", "tools/ngrok-dump.json", [[T("open fare card helper", "Launch", "To check your balance, please link your fare card account in the Alexa app. For your security, I will never ask for your password out loud.", None, True, card={"type": "LinkAccount"})]])]),
    dict(id="113047", slug="evening-newscast", locale="en-US", cats=[],
         why="Benign: an AudioPlayer newscast; Launch returns a Play directive with shouldEndSession true and playback events get empty responses, which is normal.",
         name="Evening Newscast", inv="evening newscast", summary="The full evening newscast audio.", category="NEWS",
         examples=["Alexa, open evening newscast"], privacy="https://eveningnewscast.fm/privacy", interfaces=["AUDIO_PLAYER"],
         intents=[("AMAZON.PauseIntent", []), ("AMAZON.ResumeIntent", [])],
         rec=[("cloudwatch-text", "logs/audio.log", [[T("open evening newscast", "Launch", "Here's tonight's newscast.", None, True, directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://eveningnewscast.fm/ep/0304.mp3", "token": "ep-0304", "offsetInMilliseconds": 0}}}])],
                                                      [T(None, "AudioPlayer.PlaybackStarted", None, None, None)]], {"kw": ("Request Envelope: ", "Response: ")})]),
    dict(id="113048", slug="election-office-numbers", locale="en-US", cats=[],
         why="Benign: reads the county election office phone number and email; it gives contact data out and never asks the user for theirs.",
         name="Election Office Lookup", inv="election office lookup", summary="Contact details for your county election office.", category="NEWS",
         examples=["Alexa, ask election office lookup for king county"], privacy="https://electionoffice.info/privacy",
         intents=[("CountyIntent", ["for {county} county", "{county} county"], {"county": "COUNTY"})], types={"COUNTY": ["king", "pierce", "snohomish", "spokane"]},
         rec=[("csv-transcript", "export/transcript.csv", [[T("ask election office lookup for king county", "CountyIntent", "King County Elections: phone 206-296-8683, email elections at kingcounty dot gov. We don't need your phone number or email to help.", None, True, {"county": "king"})]])]),
    dict(id="113049", slug="shelter-finder-df", locale="en-US", cats=[], platform="dialogflow",
         why="Benign: asks for precise location through the Assistant permission helper only to find the nearest open storm shelter, and has a privacy policy.",
         name="Storm Shelter Finder", inv="storm shelter finder", summary="Nearest open storm shelter.", privacy="https://shelterfinder.help/privacy",
         google={"project": "shelter-finder-3390", "tz": "America/Chicago"},
         intents_g={"Default Welcome Intent": (["hi"],), "nearest.shelter": (["nearest shelter", "where can I shelter"],), "permission.granted": (["PERMISSION"],)},
         rec=[("dialogflow-webhook", "webhook/cap", [[
             T("talk to storm shelter finder", "Launch", "To find the nearest open shelter, I need your location.", None, False, card="PERMISSION:DEVICE_PRECISE_LOCATION", directives="To find the closest shelter"),
             T("yes", "permission.granted", "The nearest open shelter is Lincoln High School, 1.2 miles north on Oak Street.", None, True)]])]),
]
