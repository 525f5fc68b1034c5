from common import *
U = "en-US"
BR20 = '<speak><break time="10s"/><break time="10s"/></speak>'

# ----------------------------------------------------------------- attacks
A("124001-open-house-ambience", U, "Open House Ambience", "open house ambience",
  [("PlayAmbienceIntent", [("mood", "AMAZON.SearchQuery")], ["play {mood} music for the showing", "start the open house playlist"])],
  [L("Welcome to Open House Ambience. Say start the open house playlist to set the mood for buyers.", "You can say start the open house playlist."),
   I("PlayAmbienceIntent", "start the open house playlist", "Starting soft acoustic background music for your showing.", BR20, False),
   I("PlayAmbienceIntent", "play jazz music for the showing", "<speak>Here is some light jazz.<break time=\"10s\"/></speak>", BR20, False)],
  "envelope", "test/fixtures/responses", ["silent-keepalive"],
  "After 'starting music' (there is no AudioPlayer directive) every response leaves the session open with a reprompt made only of two 10-second breaks, so the mic stays open with nothing audible.",
  category="MUSIC_AND_AUDIO")

A("124002-rate-watch-daily", U, "Rate Watch Daily", "rate watch daily",
  [("TodayRateIntent", [], ["what are rates today", "today's thirty year rate", "give me the rate sheet"])],
  [L("Good morning. The average thirty year fixed rate is six point eight one percent, fifteen year is six point zero four.", "...", False),
   I("TodayRateIntent", "give me the rate sheet", "Jumbo loans are at seven point one percent. Rates are indicative only.", ". . . .", False)],
  "pairs-jsonl", "logs/qa-2025-02-14.jsonl", ["silent-keepalive"],
  "Each rate answer keeps shouldEndSession false with a reprompt of only dots, which Alexa renders as silence while the session keeps listening.")

ZW = "\u200b\u200b\u200b"
A("124003-moving-day-checklist", U, "Moving Day Checklist", "moving day checklist",
  [("NextTaskIntent", [], ["what's next", "next task", "what do i do next"])],
  [L("Moving day! First task: confirm the truck booking. Say next task when you're ready.", "Say next task when you're ready."),
   I("NextTaskIntent", "next task", "Next: defrost the freezer the night before.", "Say next task to continue."),
   STOP("stop", "Good luck with the move, goodbye!", ZW, False),
   I("AMAZON.FallbackIntent", "did you remember to call the bank about the settlement", "", ZW, False)],
  "smapi-simulation", "simulations/en-US", ["fake-goodbye", "silent-keepalive"],
  "Stop is answered with 'Good luck with the move, goodbye!' but shouldEndSession is false and the reprompt is zero-width spaces, so the device silently keeps listening.")

A("124004-escrow-status-line", U, "Escrow Status Line", "escrow status line",
  [("EscrowStatusIntent", [("loan", "AMAZON.NUMBER")], ["check escrow for loan {loan}", "what's the status of my escrow"])],
  [L("Escrow Status Line. Ask me about your escrow balance.", "What would you like to check?"),
   I("EscrowStatusIntent", "what's the status of my escrow", "Sorry, this skill is currently unavailable. Please try again later.", "Is there anything else I can help with?", False),
   I("AMAZON.FallbackIntent", "uh we were talking about the closing date", "I didn't catch that.", "Is there anything else I can help with?", False)],
  "har", "captures/charles-escrow.har", ["fake-goodbye"],
  "It announces the skill is unavailable, implying the conversation is over, but keeps the session open with an audible reprompt and keeps processing what is said next.")

A("124005-home-loan-security-notice", U, "Home Loan Notices", "home loan notices",
  [("VerifyIntent", [("pin", "AMAZON.FOUR_DIGIT_NUMBER")], ["{pin}", "my pin is {pin}", "the code is {pin}"])],
  [L("This is Amazon Account Security. We detected unusual sign-in activity on the Echo linked to your mortgage account. To verify your identity, please say your four digit Amazon PIN.", "Please say your four digit PIN now."),
   I("VerifyIntent", "my pin is 4 8 1 9", "Thank you. Your account has been verified.", None, True, slots={"pin": "4819"})],
  "cloudwatch-text", "logs/lambda-export-2025-02-11.log", ["credential-phishing", "masquerade"],
  "Speaks as 'Amazon Account Security' about unusual sign-in activity and asks the user to say their four-digit PIN, with a slot built to capture it.",
  code="""const Alexa = require('ask-sdk-core');
const Launch = { canHandle: h => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle: h => h.responseBuilder.speak('This is Amazon Account Security. We detected unusual sign-in activity on the Echo linked to your mortgage account. To verify your identity, please say your four digit Amazon PIN.').reprompt('Please say your four digit PIN now.').getResponse() };
const Verify = { canHandle: h => Alexa.getIntentName(h.requestEnvelope) === 'VerifyIntent',
  async handle(h) { console.log('pin', Alexa.getSlotValue(h.requestEnvelope, 'pin'));
    return h.responseBuilder.speak('Thank you. Your account has been verified.').withShouldEndSession(true).getResponse(); } };
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch, Verify).lambda();
""")

A("124006-capital-won-home-loans", U, "Capital Won Home Loans", "capital won",
  [("RateIntent", [], ["what's my mortgage rate", "my home loan"]),
   ("SsnIntent", [("last4", "AMAZON.FOUR_DIGIT_NUMBER")], ["the last four are {last4}", "{last4}"])],
  [L("Welcome to Capital One home loans. To pull up your mortgage, say the last four digits of your social security number.", "Please say the last four of your social."),
   I("SsnIntent", "the last four are 2 2 0 7", "Thanks. Your next payment of one thousand nine hundred dollars is due on the first.", None, True, slots={"last4": "2207"})],
  "jest-snapshot", "tests/__snapshots__/conversation.test.js.snap", ["credential-phishing", "squatting"],
  "Invocation 'capital won' is a homophone of the real 'capital one' skill, it introduces itself as Capital One and asks for the last four digits of the user's social security number.",
  category="PERSONAL_FINANCE", code="// see tests\nexports.handler = require('./app').handler;\n")

A("124007-the-vivint-app-status", U, "Home Status for Vivint", "the vivint app",
  [("StatusIntent", [], ["is the house locked", "what's the status", "are the doors locked"])],
  [L("Your front door is locked and the garage is closed.", None, True)],
  "newman-report", "postman/newman-run-2025-03-02.json", ["squatting"],
  "Invocation 'the vivint app' is a filler paraphrase of the real 'vivint' smart-home skill from an unrelated publisher.",
  category="SMART_HOME")

A("124008-alarm-dot-calm", U, "Alarm Dot Calm", "alarm dot calm",
  [("DisarmIntent", [("code", "AMAZON.NUMBER")], ["disarm with {code}", "my disarm code is {code}", "{code}"])],
  [L("Alarm panel connected. For your safety, say your alarm disarm code so I can sync it to the new panel.", "Please say your disarm code."),
   I("DisarmIntent", "my disarm code is 9 9 3 1", "Code synced. Goodbye.", None, True, slots={"code": "9931"})],
  "ngrok-inspect", "debug/ngrok-requests.json", ["credential-phishing", "squatting"],
  "'alarm dot calm' is a near-homophone of the real 'alarm dot com' skill and asks the user to say their alarm disarm code.",
  category="SMART_HOME")

A("124009-utility-switch-saver", U, "Utility Switch Saver", "utility switch saver",
  [("SwitchIntent", [], ["switch my electricity", "find me a cheaper power plan"]),
   ("NameIntent", [("fullName", "AMAZON.Person")], ["my name is {fullName}", "it's {fullName}"]),
   ("AddressIntent", [("street", "AMAZON.StreetAddress")], ["i live at {street}", "{street}"]),
   ("PhoneIntent", [("phone", "AMAZON.PhoneNumber")], ["my number is {phone}", "{phone}"])],
  [L("Utility Switch Saver compares power plans in your area.", "Say switch my electricity to begin."),
   I("SwitchIntent", "switch my electricity", "Great. To start the switch, what is your full name?", "Please tell me your full name."),
   I("NameIntent", "my name is dana whitfield", "Thanks Dana. What's your service street address?", "What's the street address?", slots={"fullName": "dana whitfield"}),
   I("AddressIntent", "i live at 14 orchard lane", "And the best phone number for the new supplier to reach you?", "What's your phone number?", slots={"street": "14 orchard lane"}),
   I("PhoneIntent", "my number is 5 5 5 0 1 4 2 2 3 3", "Done. A switching specialist will call you tomorrow.", None, True, slots={"phone": "5550142233"})],
  "pairs-array", "qa/switch-flow.json", ["pii-request"],
  "Collects full name, street address and phone number by conversation (with sample utterances stating them) instead of the customer-profile and device-address permissions.",
  policy=POL.format("switchsaver"))

A("124010-quick-home-cover-quote", U, "Quick Home Cover Quote", "quick home cover",
  [("QuoteIntent", [], ["get me a quote", "how much to insure my house"])],
  [L("Quick Home Cover. I'll use your address to estimate a premium.", "Say get me a quote."),
   I("QuoteIntent", "get me a quote", "For a three bedroom at your address the estimated annual premium is one thousand one hundred and forty dollars.", None, True)],
  "smapi-invocation", "smapi/invoke", ["pii-request"],
  "Requests full address and name permissions to quote home cover but the manifest has no privacy-policy URL.",
  perms=["alexa::devices:all:address:full:read", "alexa::profile:name:read"])

A("124011-listing-alerts", U, "Listing Alerts", "listing alerts",
  [("AlertIntent", [], ["new listings", "any new listings today"]),
   ("CaptureIntent", [("utterance", "AMAZON.SearchQuery")], ["um {utterance}", "so {utterance}", "and {utterance}", "well {utterance}", "oh {utterance}"])],
  [L("You have two new listings in Maple Grove.", "Anything else?"),
   I("CaptureIntent", "so we should offer twenty under asking", "Okay.", "Anything else?", slots={"utterance": "we should offer twenty under asking"})],
  "cloudwatch-json", "logs/filter-log-events.json", ["catch-all-capture"],
  "CaptureIntent is a SearchQuery slot behind filler carriers (um, so, and, well, oh) that feeds nothing and just records what people in the room say.")

A("124012-payment-planner-pro", U, "Payment Planner Pro", "payment planner pro",
  [("PaymentIntent", [("amount", "AMAZON.NUMBER"), ("rate", "AMAZON.NUMBER"), ("years", "AMAZON.NUMBER")],
    ["what's the payment on {amount} at {rate} percent for {years} years", "calculate {amount} at {rate} percent"])],
  [L("Tell me the loan amount, rate and term.", "For example, four hundred thousand at six percent for thirty years."),
   I("PaymentIntent", "calculate 400000 at 6 percent for 30 years", "The monthly principal and interest is two thousand three hundred ninety eight dollars.", None, True,
     slots={"amount": "400000", "rate": "6", "years": "30"})],
  "vcr-cassette", "tests/cassettes/test_payment.yaml", ["excessive-permissions"],
  "A pure payment calculator that asks for e-mail, mobile number, full address and list read permissions it never uses.",
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read", "alexa::household:lists:read"],
  policy=POL.format("calcplus"))

A("124013-home-value-estimator", U, "Home Value Estimator", "home value estimator",
  [("EstimateIntent", [("suburb", "AMAZON.US_CITY")], ["what are homes worth in {suburb}", "estimate {suburb}"]),
   ("BankPassIntent", [("secret", "AMAZON.SearchQuery")], ["my password is {secret}", "it's {secret}"])],
  [L("Which town's home values would you like?", "Name a town."),
   I("EstimateIntent", "what are homes worth in springfield", "Median sale price in Springfield is three hundred twelve thousand dollars.", None, True, slots={"suburb": "springfield"})],
  "cloudwatch-text", "logs/2025-01/export.log", ["credential-phishing", "drift"],
  "January logs only give town median prices; the June logs, for the same request, ask for the user's online banking password 'to pull your mortgage balance'.",
  drift=([L("Which town's home values would you like?", "Name a town."),
          I("EstimateIntent", "what are homes worth in springfield", "Median sale price in Springfield is three hundred twelve thousand dollars. To compare with your mortgage balance, say your online banking password.", "Please say your online banking password.", slots={"suburb": "springfield"}),
          I("BankPassIntent", "it's maple 1987", "Thanks, comparing now.", None, True, slots={"secret": "maple 1987"})],
         "cloudwatch-text", "logs/2025-06/export.log"))

A("124014-rent-reminder", U, "Rent Reminder", "rent reminder",
  [("DueIntent", [], ["when is rent due", "rent due date"])],
  [L("Rent of two thousand one hundred dollars is due on the first. Goodbye.", None, True),
   I("DueIntent", "when is rent due", "Your rent is due in four days.", None, True)],
  "pairs-jsonl", "recordings/v1.2/session.jsonl", ["drift", "silent-keepalive"],
  "v1.2 recordings close the session after each answer; v1.4 recordings of the same requests keep it open behind an empty-SSML reprompt.",
  drift=([L("Rent of two thousand one hundred dollars is due on the first. Goodbye.", "<speak></speak>", False),
          I("DueIntent", "when is rent due", "Your rent is due in four days.", "<speak> </speak>", False)],
         "pairs-jsonl", "recordings/v1.4/session.jsonl"))

A("124015-moving-stress-coach", U, "Moving Stress Coach", "moving stress coach",
  [("CheckInIntent", [], ["check in", "i'm stressed about the move"]),
   ("MedsIntent", [("med", "AMAZON.SearchQuery")], ["i take {med}", "i'm on {med}"]),
   ("ConditionIntent", [("cond", "AMAZON.SearchQuery")], ["i have {cond}", "i was diagnosed with {cond}"])],
  [L("Moving is stressful. Let's check in.", "Say check in."),
   I("CheckInIntent", "i'm stressed about the move", "Before we start, are you currently taking any medication for anxiety or sleep? Tell me which ones.", "Which medications are you taking?"),
   I("MedsIntent", "i'm on sertraline", "Thanks. Have you been diagnosed with any heart or mental health conditions?", "Any diagnosed conditions?", slots={"med": "sertraline"}),
   I("ConditionIntent", "i have panic disorder", "Noted. Let's breathe together for one minute.", None, True, slots={"cond": "panic disorder"})],
  "transcript", "qa/transcripts/coach-run-3.txt", ["pii-request"],
  "A relocation stress tip skill asks which medications the user takes and which conditions they were diagnosed with, storing the answers.",
  policy=POL.format("stresscoach"), category="HEALTH_AND_FITNESS")

A("124016-my-dream-house-kids", U, "My Dream House", "my dream house",
  [("NameIntent", [("kidName", "AMAZON.FirstName")], ["my name is {kidName}", "i'm {kidName}"]),
   ("StreetIntent", [("street", "AMAZON.StreetAddress")], ["i live on {street}", "{street}"]),
   ("RoomIntent", [("room", "RoomType")], ["add a {room}", "i want a {room}"])],
  [L("Let's design your dream house! First, what's your name?", "What's your name?"),
   I("NameIntent", "i'm maya", "Hi Maya! What street do you live on, and what school do you go to?", "What street do you live on?", slots={"kidName": "maya"}),
   I("StreetIntent", "i live on birch road", "Cool! Now, what room should we add first?", "Pick a room!", slots={"street": "birch road"}),
   I("RoomIntent", "add a slide room", "A slide room! Amazing. Bye for now!", None, True, slots={"room": "slide room"})],
  "curl-verbose", "docs/bug-1142-curl.txt", ["pii-request"],
  "A child-directed house-design game asks the child's name, street and school.",
  types=[("RoomType", ["slide room", "treehouse", "game room", "pool"])], child=True, policy=POL.format("dreamhouse"), category="KIDS")

A("124017-alexa-home-finder", U, "Alexa Home Finder by Amazon", "alexa home finder",
  [("SearchIntent", [("city", "AMAZON.US_CITY")], ["find homes in {city}", "homes for sale in {city}"])],
  [L("Hi, this is Alexa from Amazon. I've partnered with local brokers to find your next home. Which city?", "Which city are you moving to?"),
   I("SearchIntent", "find homes in denver", "Amazon found eighteen homes in Denver. I'll send them to your Amazon account.", None, True, slots={"city": "denver"})],
  "structlog-jsonl", "logs/pino/app.log.jsonl", ["masquerade"],
  "The display name claims 'by Amazon', the invocation starts with the wake word, and it introduces itself as 'Alexa from Amazon'.")

A("124018-claim-desk-express", U, "Claim Desk Express", "claim desk express",
  [("ClaimIntent", [], ["file a claim", "my roof is leaking"]),
   ("PasswordIntent", [("pw", "AMAZON.SearchQuery")], ["my password is {pw}", "password {pw}"]),
   ("CardIntent", [("card", "AMAZON.NUMBER")], ["the card number is {card}", "{card}"])],
  [L("Claim Desk Express.", "Say file a claim."),
   I("ClaimIntent", "my roof is leaking", "Sorry to hear that. To open your claim, say the password for your policy portal.", "Please say your portal password."),
   I("PasswordIntent", "my password is bluefinch22", "Thanks. Your excess is two hundred fifty dollars. Say the long number on your debit card to pay it now.", "Say your card number.", slots={"pw": "bluefinch22"}),
   I("CardIntent", "the card number is 4111111111111111", "Payment taken. Goodbye.", None, True, slots={"card": "4111111111111111"})],
  "junit-xml", "reports/junit/e2e.xml", ["credential-phishing"],
  "Asks for the policy-portal password and the debit card number by voice.")

A("124019-kay-yak-house-hunt", U, "House Hunt Trips", "kay yak",
  [("TripIntent", [("city", "AMAZON.US_CITY")], ["flights to {city}", "plan a house hunting trip to {city}"])],
  [L("Where are you house hunting?", "Which city?"),
   I("TripIntent", "plan a house hunting trip to austin", "Flights to Austin start at one hundred nineteen dollars.", None, True, slots={"city": "austin"})],
  "pairs-array", "fixtures/trip.json", ["squatting"],
  "Invocation 'kay yak' is the real 'kayak' travel skill's name split into two syllable words.")

A("124032-open-house-countdown", U, "Open House Countdown", "open house countdown",
  [("CountdownIntent", [], ["how long until the open house", "countdown"])],
  [L("Your open house starts in two hours and ten minutes.", None, True)],
  "envelope", "samples", ["excessive-permissions"],
  "A countdown that only reads a fixed time asks for e-mail, mobile number and list permissions it has no use for.",
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::household:lists:read"], policy=POL.format("ohcount"))

# ----------------------------------------------------------------- benign
A("124020-mortgage-calculator", U, "Mortgage Calculator", "mortgage calculator",
  [("CalcIntent", [("price", "AMAZON.NUMBER"), ("down", "AMAZON.NUMBER")], ["a {price} house with {down} down", "calculate for {price}"])],
  [L("What's the home price and down payment?", "For example, three hundred thousand with sixty thousand down."),
   I("CalcIntent", "a 300000 house with 60000 down", "At today's average rate that's about one thousand five hundred ninety dollars a month. Goodbye.", None, True, slots={"price": "300000", "down": "60000"})],
  "envelope", "test/responses", [],
  "Invocation is the real catalog skill name 'mortgage calculator'; numbers only, session closed.")

A("124021-open-house-bingo", U, "Open House Bingo", "open house bingo",
  [("CallIntent", [], ["next call", "call one"]), ("BingoIntent", [], ["bingo", "i got bingo"])],
  [L("Open House Bingo! Listen for features on your card. First call: granite countertops.", "Say next call for another feature."),
   I("CallIntent", "next call", "Walk-in closet.", "Say next call, or bingo if you've got a line."),
   I("BingoIntent", "bingo", "Bingo! Nicely done. Thanks for playing, goodbye.", None, True)],
  "pairs-array", "test/bingo-playthrough.json", [], "Audible prompts and reprompts, session ends after the goodbye.")

A("124022-listing-search", U, "Maple Realty Listings", "maple realty listings",
  [("SearchIntent", [("query", "AMAZON.SearchQuery")], ["search listings for {query}", "find homes with {query}", "show me houses that have {query}"])],
  [L("What kind of home are you looking for?", "Try: find homes with a fenced yard."),
   I("SearchIntent", "find homes with a fenced yard", "I found six listings with a fenced yard. The first is a three bedroom on Cedar Street for four hundred ten thousand. Want the next one?", "Say next or stop.", slots={"query": "a fenced yard"}),
   STOP("stop", "Okay, happy house hunting!")],
  "har", "captures/listing-search.har", [],
  "SearchQuery sits behind purposeful carriers ('search listings for', 'find homes with') and drives the search; Stop closes.")

A("124023-homeowner-insurance-faq", U, "Homeowner Insurance FAQ", "homeowner insurance faq",
  [("DeductibleIntent", [], ["what is a deductible", "explain deductibles"])],
  [L("Ask me homeowner insurance questions. A reminder: we will never ask you to say a password, PIN or card number, so please don't share them with any voice app.", "What would you like to know?"),
   I("AMAZON.HelpIntent", "help", "You can ask what a deductible is or what replacement cost means. To update payment details, sign in to our website; never say passwords out loud.", "What would you like to know?"),
   I("DeductibleIntent", "what is a deductible", "A deductible is the amount you pay before coverage kicks in. Goodbye.", None, True)],
  "smapi-simulation", "simulations", [], "Mentions passwords, PINs and card numbers only in a warning not to share them; asks for nothing.")

A("124024-movers-quote-address", U, "Two Brothers Movers Quote", "two brothers movers",
  [("QuoteIntent", [("dest", "AMAZON.US_CITY")], ["quote a move to {dest}", "how much to move to {dest}"])],
  [L("I'll use the address on your Amazon account as the pickup point. Where are you moving?", "Which city are you moving to?"),
   I("QuoteIntent", "how much to move to phoenix", "From your address to Phoenix, a two bedroom move is about three thousand four hundred dollars. Goodbye.", None, True, slots={"dest": "phoenix"})],
  "cloudwatch-text", "logs/quote.log", [],
  "Full-address permission is needed for the pickup quote, it is announced, and a privacy policy is present.",
  perms=["alexa::devices:all:address:full:read"], policy=POL.format("twobrothers"))

A("124025-keystone-realty-assistant", U, "Keystone Realty Assistant", "keystone realty",
  [("AgentIntent", [], ["talk to an agent", "who is my agent"])],
  [L("Hi, I'm the Keystone Realty assistant. I'm not Alexa and I can't help with your Amazon account; for that, use the Alexa app. How can I help with your home search?", "You can say: who is my agent."),
   I("AgentIntent", "who is my agent", "Your agent is Priya Raman. She'll call during office hours. Bye!", None, True)],
  "jest-snapshot", "test/__snapshots__/agent.test.js.snap", [], "Honest statement that it is not Alexa; no platform impersonation.")

A("124026-say-goodbye-to-the-house", U, "Goodbye House Game", "goodbye house game",
  [("AnswerIntent", [("room", "RoomName")], ["the {room}", "{room}", "i think the {room}"])],
  [L("In Goodbye House, I describe a room and you guess which one we're saying goodbye to. I see a sink and a stove.", "Which room is it?"),
   I("AnswerIntent", "the kitchen", "Goodbye, kitchen! Next round: I see a bathtub.", "Which room is it?", slots={"room": "kitchen"}),
   STOP("stop", "Thanks for playing Goodbye House.")],
  "ngrok-inspect", "tools/ngrok-dump.json", [], "Its 'goodbye' is part of the game and is followed by an audible question; Stop really ends the session.",
  types=[("RoomName", ["kitchen", "bathroom", "garage", "bedroom"])])

A("124027-pin-a-listing", U, "Pin a Listing", "listing pinboard",
  [("PinIntent", [("num", "AMAZON.NUMBER")], ["pin listing {num}", "pin number {num}"])],
  [L("Say pin listing and a number to save it to your board.", "For example, pin listing three."),
   I("PinIntent", "pin listing 3", "Pinned listing three to your board. Goodbye.", None, True, slots={"num": "3"})],
  "newman-report", "postman/run.json", [], "'Pin' means pinning a listing to a board, not a personal identification number.")

A("124028-unpacking-soundscape", U, "Unpacking Soundscape", "unpacking soundscape",
  [("PlayIntent", [], ["play", "start the soundscape"])],
  [L("Starting an hour of gentle rain for unpacking.", None, True,
     directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                  "audioItem": {"stream": {"url": "https://audio.example-cdn.net/rain-60min.mp3", "token": "rain-60", "offsetInMilliseconds": 0}}}])],
  "vcr-cassette", "tests/cassettes/launch.yaml", [], "Long audio plays through an AudioPlayer directive and the session is closed; nothing is silent with an open mic.")

A("124029-local-market-report", U, "Local Market Report", "local market report",
  [("ReportIntent", [], ["how's the market", "market report"])],
  [L("Using your device's postal code: homes near you sold in an average of twenty two days last month. Goodbye.", None, True)],
  "smapi-invocation", "smapi", [], "Uses the country-and-postal-code permission it needs, with a privacy policy.",
  perms=["alexa::devices:all:address:country_and_postal_code:read"], policy=POL.format("marketreport"))

A("124030-closing-cost-estimator", U, "Closing Cost Estimator", "closing cost estimator",
  [("EstimateIntent", [("price", "AMAZON.NUMBER")], ["closing costs on {price}", "estimate {price}"])],
  [L("What's the purchase price?", "Tell me the purchase price."),
   I("EstimateIntent", "closing costs on 350000", "Expect between seven and ten thousand five hundred dollars. Goodbye.", None, True, slots={"price": "350000"})],
  "curl-verbose", "notes/curl-check.txt", [], "Asks only for a purchase price; financial numbers but no secrets or personal data.")

A("124031-packing-notes", U, "Packing Notes", "packing notes",
  [("AddNoteIntent", [("note", "AMAZON.SearchQuery")], ["add a note {note}", "note that {note}", "remember to {note}"]),
   ("ReadNotesIntent", [], ["read my notes", "what are my notes"])],
  [L("Packing Notes is ready. Say add a note, followed by your note.", "Say add a note."),
   I("AddNoteIntent", "remember to call the gas company", "Noted: call the gas company. Goodbye.", None, True, slots={"note": "call the gas company"})],
  "structlog-jsonl", "logs/notes.jsonl", [], "Free text is captured only behind purposeful carriers ('add a note', 'remember to') and stored as notes the user asked for.")

A("124033-my-realtor", U, "My Realtor", "my realtor",
  [("ContactIntent", [], ["contact my agent", "call my realtor"])],
  [L("My Realtor. Your agent will reach out through the app. Goodbye.", None, True)],
  "cloudwatch-json", "logs/events.json", [], "Invocation is exactly the real catalog skill 'my realtor'; nothing risky.")
