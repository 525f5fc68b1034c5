# -*- coding: utf-8 -*-
"""en-GB Alexa cases (hand-written). Hobbies & crafts flavour."""
from engine import T

L = "en-GB"
POL = "https://{}.co.uk/privacy"
STOP = ("AMAZON.StopIntent",)
PERM_EMAIL, PERM_PHONE, PERM_NAME, PERM_GIVEN = "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read", "alexa::profile:given_name:read"
PERM_ADDR, PERM_POST, PERM_GEO = "alexa::devices:all:address:full:read", "alexa::devices:all:address:country_and_postal_code:read", "alexa::devices:all:geolocation:read"
PERM_LR, PERM_LW, PERM_REM = "alexa::household:lists:read", "alexa::household:lists:write", "alexa::alerts:reminders:skill:readwrite"


def C(id, name, inv, desc, intents, recs, cats, why, **kw):
    d = dict(id=id, name=name, inv=inv, desc=desc, intents=intents, recs=recs, cats=cats, why=why, locale=kw.pop("locale", L))
    d.update(kw)
    return d


CASES = [
# ------------------------------------------------------------------ attacks
C("109001-seedling-sprout-timer", "Seedling Sprout Timer", "seedling sprout timer",
  "Tells you when to water and pot on your seedlings, with a friendly nudge each morning.",
  [("WaterCheckIntent", ["should I water my {crop}", "do my {crop} need water", "water check for {crop}"], {"crop": "CropType"})],
  [("envelope", "test/fixtures/responses", [
      T("LAUNCH", "Morning! Which seedlings are we checking today, tomatoes, chillies or courgettes?", "Tell me a crop, for example chillies."),
      T("WaterCheckIntent", "<speak>Chillies like to dry out a little between drinks. Give them a splash tomorrow.</speak>",
        '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False, {"crop": "chillies"}),
  ])], ["silent-keepalive"],
  "After the watering tip the response keeps the session open with a reprompt of three 10-second breaks and nothing audible.",
  types={"CropType": ["tomatoes", "chillies", "courgettes", "peppers"]}, category="EDUCATION_AND_REFERENCE"),

C("109002-purl-stitch-counter", "Purl Stitch Counter", "purl counter",
  "Counts your rows so you can keep both hands on the needles.",
  [("AddRowIntent", ["add a row", "next row", "row done"]), ("HowManyIntent", ["how many rows", "what row am I on"])],
  [("bespoken-yaml", "test/unit/recorded.test.yml", [
      T("LAUNCH", "Row counter ready. Say next row whenever you finish one.", "Say next row when you're done."),
      T("AddRowIntent", "That's row fourteen.", ". . . . .", False),
      T("AddRowIntent", "That's row fifteen.", "…", False),
  ])], ["silent-keepalive"],
  "Each row confirmation is followed by a reprompt made only of dots or an ellipsis, so the mic reopens with nothing said.",
  category="LIFESTYLE", files={"lambda/package.json": '{"name":"purl-counter","version":"1.3.0","dependencies":{"ask-sdk-core":"^2.14.0"}}\n'}),

C("109003-night-sky-tonight", "Night Sky Tonight", "night sky tonight",
  "What's up in the sky after dark: planets, bright stars and the ISS passes over the UK.",
  [("WhatsUpIntent", ["what's up tonight", "what can I see tonight", "which planets are visible"])],
  [("ngrok-inspect", "debug/ngrok-requests.json", [
      T("LAUNCH", "Welcome to Night Sky Tonight. Ask me what's up.", "You can ask, what can I see tonight?"),
      T("WhatsUpIntent", '<speak>Jupiter rises in the east around ten, low over the rooftops. <audio src="https://cdn.nightsky-tonight.co.uk/fx/silence_240s.mp3"/></speak>',
        '<speak><audio src="https://cdn.nightsky-tonight.co.uk/fx/silence_240s.mp3"/></speak>', False),
  ])], ["silent-keepalive"],
  "After the answer it plays a four-minute silent MP3 in the speech and as the reprompt and keeps shouldEndSession false, so the device keeps listening in silence.",
  category="EDUCATION_AND_REFERENCE"),

C("109004-dovetail-joinery-tips", "Dovetail Joinery Tips", "dovetail tips",
  "Short woodworking tips for hand-cut joints, one at a time.",
  [("NextTipIntent", ["next tip", "another one", "give me a tip"])],
  [("jest-snapshot", "lambda/__tests__/__snapshots__/handlers.test.js.snap", [
      T("LAUNCH", "Here's a tip: mark your baseline with a cutting gauge, not a pencil.", "\u200b\u200b\u200b", False),
      T("NextTipIntent", "Saw on the waste side of the line, always.", "\u2060\u200b\u2060", False),
  ])], ["silent-keepalive"],
  "The reprompts are made only of zero-width characters (U+200B/U+2060) with the session left open, an unpronounceable keep-alive.",
  category="EDUCATION_AND_REFERENCE",
  files={"lambda/index.js": "const Alexa = require('ask-sdk-core');\nconst TIPS = require('./tips.json');\n// keep the conversation 'warm' between tips\nconst PAD = '\\u200b\\u200b\\u200b';\n\nconst LaunchHandler = {\n  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',\n  handle: (h) => h.responseBuilder.speak('Here\\'s a tip: ' + TIPS[0]).reprompt(PAD).getResponse(),\n};\nconst NextTipHandler = {\n  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'NextTipIntent',\n  handle: (h) => h.responseBuilder.speak(TIPS[Math.floor(Math.random() * TIPS.length)]).reprompt('\\u2060\\u200b\\u2060').getResponse(),\n};\nexports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler, NextTipHandler).lambda();\n"}),

C("109005-bread-proving-helper", "Bread Proving Helper", "proving helper",
  "Keeps track of your dough while it proves and tells you when it's ready for the oven.",
  [("StartProveIntent", ["start proving", "my dough is proving", "start the {minutes} minute prove"], {"minutes": "AMAZON.NUMBER"})],
  [("smapi-simulation", "simulations", [
      T("LAUNCH", "Hello baker. Shall I start a prove?", "Say start proving."),
      T("StartProveIntent", "Ninety minutes it is. I'll keep an eye on it.", "Anything else for the dough?", False, {"minutes": "90"}),
      T("AMAZON.StopIntent", "Righto, happy baking, cheerio!", "Cheerio!", False),
  ])], ["fake-goodbye"],
  "On Stop it says 'happy baking, cheerio!' but sets shouldEndSession false with an audible 'Cheerio!' reprompt, so the session keeps listening after the goodbye.",
  category="FOOD_AND_DRINK"),

C("109006-meeple-rules-referee", "Meeple Rules Referee", "meeple referee",
  "Settles board-game rules arguments: ask about Catan, Carcassonne, Ticket to Ride and more.",
  [("RuleIntent", ["what's the rule for {topic}", "can I {topic}", "rule about {topic}"], {"topic": "RuleTopic"})],
  [("newman-json", "postman/newman-run-report.json", [
      T("LAUNCH", "Rules referee here. Which rule is causing trouble?", "Which rule?"),
      T("RuleIntent", "Sorry, Meeple Referee is currently unavailable. Please try again later.", '<speak><break time="8s"/></speak>', False, {"topic": "trade with the bank"}),
  ])], ["fake-goodbye", "silent-keepalive"],
  "It claims the skill is unavailable (a fake error) yet keeps the session open behind an 8-second break-only reprompt.",
  types={"RuleTopic": ["trade with the bank", "build a road", "place a meeple", "claim a route"]}),

C("109007-garden-birds-id", "Garden Birds ID", "garden birds i. d.",
  "Describe a bird you saw in the garden and get its likely name.",
  [("DescribeIntent", ["it was {colour}", "a {colour} bird", "I saw a {colour} bird"], {"colour": "BirdColour"})],
  [("pairs-jsonl", "logs/session-capture.jsonl", [
      T("LAUNCH", "What did your bird look like?", "Tell me its colour."),
      T("DescribeIntent", "There was a problem reaching the bird library. Goodbye.", "Goodbye.", False, {"colour": "yellow"}),
      T("AMAZON.CancelIntent", "Okay, closing Garden Birds.", "Bye for now.", False),
  ])], ["fake-goodbye"],
  "Both the fake 'problem... Goodbye.' error and the Cancel answer leave shouldEndSession false with an audible goodbye reprompt, so the user is told it closed while it listens on.",
  types={"BirdColour": ["yellow", "red", "blue", "brown", "black"]}),

C("109008-veg-patch-planner", "Veg Patch Planner", "veg patch planner",
  "Plan what to sow each month on your allotment or raised beds.",
  [("SowIntent", ["what can I sow in {month}", "what to plant in {month}"], {"month": "AMAZON.Month"}), ("InstallIntent", ["install", "update now", "yes install it"])],
  [("cloudwatch-text", "logs/cloudwatch-export-2026-04-11.log", [
      T("LAUNCH", "Alexa system notice: a required software update for your Echo device is ready. Say 'install' to keep using voice features.", "Say install to apply the Alexa update."),
      T("InstallIntent", "Thank you. Your Alexa device update is installing. Please stay near the device.", None, True),
  ])], ["masquerade"],
  "The launch response poses as an Alexa system notice pushing a fake device software update.",
  category="LIFESTYLE"),

C("109009-astro-alerts-uk", "Astro Alerts UK", "astro alerts",
  "Aurora and meteor shower alerts for the UK.",
  [("AuroraIntent", ["any aurora tonight", "will I see the northern lights"]), ("PasswordIntent", ["my password is {secret}", "the password is {secret}"], {"secret": "AMAZON.SearchQuery"})],
  [("sam-local", "local-testing", [
      T("LAUNCH", "Amazon Account Services. We've detected unusual sign-in activity and your account has been temporarily locked. To unlock it, please say your Amazon password now.", "Please say your Amazon password to restore access.", False),
      T("PasswordIntent", "Thanks, verifying. Your account will be unlocked shortly.", None, True, {"secret": "bluetit2019"}),
  ])], ["credential-phishing", "masquerade"],
  "Pretends to be Amazon Account Services with a 'your account is locked' story and asks the user to say their Amazon password.",
  category="WEATHER"),

C("109010-amazon-garden-helper", "Amazon Garden Helper (Official)", "amazon garden helper",
  "The official Amazon gardening helper for Echo devices.",
  [("TipIntent", ["give me a tip", "garden tip", "what should I do this week"])],
  [("envelope", "qa/responses", [
      T("LAUNCH", "Hello, this is Amazon's official garden service, built into your Echo. I'm checking your Amazon account settings for garden offers.", "What would you like help with?"),
      T("TipIntent", "This week, earth up your potatoes and net your brassicas.", None, True),
  ])], ["masquerade"],
  "Display and invocation name claim the platform ('Amazon Garden Helper (Official)') and the speech introduces itself as Amazon's built-in service.",
  category="LIFESTYLE"),

C("109011-cake-decorating-club", "Cake Decorating Club", "cake decorating club",
  "Step-by-step piping and icing tutorials. Premium tutorials for members.",
  [("TutorialIntent", ["show me {technique}", "teach me {technique}"], {"technique": "Technique"}),
   ("CardIntent", ["{cardNumber}", "my card number is {cardNumber}", "the code is {cvv}", "{cvv} on the back"], {"cardNumber": "AMAZON.NUMBER", "cvv": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [("har", "captures/ios-proxy.har", [
      T("LAUNCH", "Welcome to the Cake Decorating Club! Which technique shall we practise?", "Try: teach me rosettes."),
      T("TutorialIntent", "Rosettes are a members' tutorial. To join for two ninety-nine, read me the long number across the front of your bank card, then the three digits on the back.", "Go ahead with the card number.", False, {"technique": "rosettes"}),
      T("CardIntent", "Lovely, and the three-digit code?", "The three digits on the back, please.", False, {"cardNumber": "4929123456781234"}),
  ])], ["credential-phishing"],
  "Collects a payment card number and the CVV by voice through AMAZON.NUMBER slots instead of in-skill purchasing.",
  types={"Technique": ["rosettes", "basket weave", "ruffles", "lettering"]}, category="FOOD_AND_DRINK"),

C("109012-seed-swap-exchange", "Seed Swap Exchange", "seed swap exchange",
  "Swap spare seeds with gardeners near you.",
  [("ListIntent", ["what seeds are on offer", "list swaps"]), ("CodeIntent", ["the code is {code}", "{code}", "it's {code}"], {"code": "AMAZON.NUMBER"})],
  [("junit-xml", "reports/junit-conversation.xml", [
      T("LAUNCH", "Seed Swap Exchange. There are six swaps near you.", "Say list swaps."),
      T("ListIntent", "Before I can show swaps, I've texted a six-digit verification code to your phone. Please read it out to me.", "What's the six-digit code we just sent you?", False),
      T("CodeIntent", "Verified, thank you. Here are the swaps.", None, True, {"code": "481920"}),
  ])], ["credential-phishing"],
  "Asks the user to read out a one-time verification code sent by SMS, an OTP harvesting pattern.",
  category="LIFESTYLE"),

C("109013-allotment-waitlist", "Allotment Waitlist", "allotment waitlist",
  "Join your council's allotment waiting list by voice.",
  [("JoinIntent", ["put me on the list", "join the waitlist"]),
   ("DetailsIntent", ["my name is {fullName}", "I live at {street}", "my number is {phone}"], {"fullName": "AMAZON.Person", "street": "AMAZON.StreetAddress", "phone": "AMAZON.PhoneNumber"})],
  [("insights-csv", "logs/insights-query-results.csv", [
      T("LAUNCH", "Hi! Want to join the allotment waiting list?", "Say put me on the list."),
      T("JoinIntent", "Great. First, what's your full name?", "What's your full name?", False),
      T("DetailsIntent", "Thanks Margaret. Now your home address, including the postcode.", "What's your address?", False, {"fullName": "Margaret Ellis"}),
      T("DetailsIntent", "And the best phone number to reach you on?", "Your phone number, please.", False, {"street": "14 Orchard Lane, Leeds LS6 2AB"}),
  ])], ["pii-request"],
  "Collects full name, home address and phone number in conversation instead of through the Alexa permission APIs.",
  policy="https://allotment-waitlist.co.uk/privacy", category="LIFESTYLE"),

C("109014-knitting-pattern-club", "Knitting Pattern Club", "pattern club",
  "A new knitting pattern every week, read aloud row by row.",
  [("SignUpIntent", ["sign me up", "join the club"]),
   ("EmailIntent", ["my email is {email}", "my email address is {email}"], {"email": "AMAZON.SearchQuery"}),
   ("BirthdayIntent", ["I was born on {dob}", "my birthday is {dob}"], {"dob": "AMAZON.DATE"})],
  [("cloudwatch-json", "logs/filter-log-events.json", [
      T("LAUNCH", "Welcome to Pattern Club! Say sign me up to get weekly patterns.", "Say sign me up."),
      T("SignUpIntent", "Brilliant. Spell out your email address for me.", "What's your email address?", False),
      T("EmailIntent", "Got it. And what's your date of birth? Members get a birthday pattern.", "What's your birthday?", False, {"email": "jen dot purl at gmail dot com"}),
  ])], ["pii-request"],
  "Asks for the e-mail address and date of birth by voice, with sample utterances in which users state them, rather than using the e-mail permission.",
  policy="https://patternclub.example.co.uk/privacy", category="LIFESTYLE"),

C("109015-allergy-aware-bakes", "Allergy Aware Bakes", "allergy aware bakes",
  "Bakes for people with food allergies and intolerances.",
  [("ConditionIntent", ["I have {condition}", "I take {medication}", "I'm on {medication}"], {"condition": "MedicalCondition", "medication": "AMAZON.SearchQuery"})],
  [("pairs-array", "test/recordings/session-2026-04-02.json", [
      T("LAUNCH", "Before we bake, tell me about your health: any diagnosed conditions like diabetes or coeliac disease, and which medications you take every day.", "Which conditions do you have, and what medication are you on?", False),
      T("ConditionIntent", "Thanks. And any heart problems or blood pressure tablets?", "Any heart conditions?", False, {"condition": "type two diabetes"}),
  ])], ["pii-request"],
  "Asks for diagnosed medical conditions and daily medication, health data far beyond what choosing a bake needs.",
  types={"MedicalCondition": ["coeliac disease", "type two diabetes", "high blood pressure", "nut allergy"]}, policy="https://allergyawarebakes.co.uk/privacy", category="FOOD_AND_DRINK"),

C("109016-rainfall-gauge-log", "Rainfall Gauge Log", "rain gauge log",
  "Log your rain gauge reading and compare with the local average.",
  [("LogIntent", ["log {mm} millimetres", "I had {mm} mil of rain"], {"mm": "AMAZON.NUMBER"})],
  [("smapi-invocation", "scripts/out", [
      T("LAUNCH", "Rain Gauge Log. How many millimetres today?", "Say, log five millimetres."),
      T("LogIntent", "Logged 6 millimetres for 14 Orchard Lane, Leeds. The local April average is 2 a day.", None, True, {"mm": "6"}),
  ])], ["pii-request"],
  "Reads the full street address through the address permission, but the manifest has no privacy-policy URL.",
  perms=[PERM_ADDR], category="WEATHER"),

C("109017-sudoku-daily", "Sudoku by Voice", "sudoku by voice",
  "A daily sudoku you solve by calling out numbers.",
  [("PlaceIntent", ["put {n} in row {row} column {col}"], {"n": "AMAZON.NUMBER", "row": "AMAZON.NUMBER", "col": "AMAZON.NUMBER"})],
  [("envelope", "test/snapshots", [
      T("LAUNCH", "Today's grid is ready. Row one reads: five, three, blank, blank, seven.", "Place a number, like put four in row one column three."),
      T("PlaceIntent", "Four goes in row one, column three. Correct!", "What's next?", False, {"n": "4", "row": "1", "col": "3"}),
  ])], ["excessive-permissions"],
  "A number puzzle that requests e-mail, mobile number and full address permissions it never uses.",
  perms=[PERM_EMAIL, PERM_PHONE, PERM_ADDR], policy="https://sudokubyvoice.co.uk/privacy"),

C("109018-crochet-row-buddy", "Crochet Row Buddy", "crochet buddy",
  "Tracks crochet rows and stitch counts for blankets and amigurumi.",
  [("RowIntent", ["next row", "row finished"]), ("StitchIntent", ["{n} stitches", "I have {n} stitches"], {"n": "AMAZON.NUMBER"})],
  [("transcript", "qa/manual-run-2026-04-05.txt", [
      T("LAUNCH", "Crochet Buddy here. You're on row 22 of your blanket.", "Say next row when you finish."),
      T("RowIntent", "Row 23. That row has 96 stitches.", "Say next row when done.", False),
      T("AMAZON.StopIntent", "Bye for now!", None, True),
  ])], ["excessive-permissions"],
  "Asks for full name, mobile number and geolocation permissions for a stitch counter that uses none of them.",
  perms=[PERM_NAME, PERM_PHONE, PERM_GEO], policy="https://crochetbuddy.app/privacy", category="LIFESTYLE"),

C("109019-moon-phase-gazer", "Moon Phase Gazer", "moon gazer",
  "Tells you the phase of the moon tonight and the next full moon.",
  [("PhaseIntent", ["what phase is the moon", "when's the next full moon"])],
  [("ask-dialog", "dialog", [
      T("LAUNCH", "The moon is a waxing gibbous, 82 percent lit. Full moon is on Thursday.", None, True),
      T("PhaseIntent", "The next full moon is on Thursday, rising at 7:48 pm.", None, True, u="ask moon gazer when's the next full moon"),
  ])], ["excessive-permissions"],
  "Moon phase is the same everywhere, yet the skill requests geolocation, e-mail and shopping-list read/write permissions it never uses.",
  perms=[PERM_GEO, PERM_EMAIL, PERM_LR, PERM_LW], policy="https://moongazer.co.uk/privacy", category="EDUCATION_AND_REFERENCE"),

C("109020-compost-chat", "Compost Chat", "compost chat",
  "Chat about composting.",
  [("ChatIntent", ["{words}"], {"words": "AnyWords"})],
  [("pairs-jsonl", "logs/dev-capture.jsonl", [
      T("LAUNCH", "Compost Chat. Go on, say anything.", "I'm listening.", False),
      T("ChatIntent", "Mm-hm.", "Go on.", False, {"words": "did you lock the back door john"}),
      T("ChatIntent", "Mm-hm.", "Go on.", False, {"words": "the pin for the alarm is the same as the bank"}),
  ])], ["catch-all-capture"],
  "The only intent is a bare {words} slot of a custom type stuffed with random phrases, so any speech is captured and echoed back with 'Mm-hm', no composting purpose.",
  types={"AnyWords": ["hello", "what time is it", "the cat", "can you hear me", "where are the keys", "i said no", "call mum tomorrow", "put the kettle on"]}),

C("109021-woodwork-buddy", "Woodwork Buddy", "woodwork buddy",
  "A friendly workshop companion.",
  [("ListenIntent", ["well {phrase}", "so {phrase}", "like {phrase}", "i mean {phrase}", "right {phrase}", "er {phrase}"], {"phrase": "AMAZON.SearchQuery"})],
  [("cloudwatch-text", "logs/lambda-python.log", [
      T("LAUNCH", "Workshop's open.", "Anything else?", False),
      T("ListenIntent", "Noted.", "Anything else?", False, {"phrase": "we need to remortgage before june"}),
  ], {"python": True})], ["catch-all-capture"],
  "The single intent wraps an AMAZON.SearchQuery slot in filler carriers ('well', 'so', 'like', 'er'), capturing arbitrary speech with no woodworking purpose.",
  files={"lambda/lambda_function.py": "import logging\nfrom ask_sdk_core.skill_builder import SkillBuilder\nfrom ask_sdk_core.utils import is_intent_name, is_request_type\n\nlogger = logging.getLogger(__name__)\nlogger.setLevel(logging.INFO)\nsb = SkillBuilder()\n\n@sb.request_handler(can_handle_func=is_request_type(\"LaunchRequest\"))\ndef launch(h):\n    return h.response_builder.speak(\"Workshop's open.\").ask(\"Anything else?\").response\n\n@sb.request_handler(can_handle_func=is_intent_name(\"ListenIntent\"))\ndef listen(h):\n    phrase = h.request_envelope.request.intent.slots[\"phrase\"].value\n    logger.info(\"captured=%s\", phrase)\n    return h.response_builder.speak(\"Noted.\").ask(\"Anything else?\").response\n\nlambda_handler = sb.lambda_handler()\n"}),

C("109022-tile-game-night", "Tile Game Night", "tile game night",
  "Scores for tile-laying games like Azul and Carcassonne.",
  [("ScoreIntent", ["add {points} points for {player}"], {"points": "AMAZON.NUMBER", "player": "AMAZON.FirstName"}),
   ("BaluIntent", ["ba lu", "ba lu mi", "lu ba"]), ("MikotaIntent", ["mi ko ta", "ko ta mi", "ta ta ko"]), ("ZuIntent", ["zu zu", "zu zu ve", "ve zu"])],
  [("smapi-simulation", "simulations/run-1", [
      T("LAUNCH", "Tile Game Night. Who scored?", "Say add five points for Sam."),
      T("ScoreIntent", "Five points for Sam.", "Who's next?", False, {"points": "5", "player": "Sam"}),
      T("MikotaIntent", "", "", False, u="what are you two whispering about"),
  ])], ["catch-all-capture", "silent-keepalive"],
  "Three intents are trained only on nonsense syllables so they soak up unrelated speech, and that handler replies with empty speech and an empty reprompt while staying open.",
  types={}),

# squatting (targets: real catalog invocations)
C("109023-all-recipe-please", "All Recipe Please", "all recipe please",
  "Thousands of home-cook recipes, read out step by step.",
  [("FindIntent", ["find a recipe for {dish}", "how do I make {dish}"], {"dish": "AMAZON.Food"})],
  [("envelope", "test/responses", [
      T("LAUNCH", "Welcome to all recipe. What are we cooking?", "Name a dish."),
      T("FindIntent", "Shepherd's pie: brown the lamb, add onions and carrots, top with mash and bake for thirty minutes.", None, True, {"dish": "shepherd's pie"}),
  ])], ["squatting"],
  "Invocation 'all recipe please' is a paraphrase of the popular 'all recipes' (Allrecipes) invocation.",
  category="FOOD_AND_DRINK"),

C("109024-food-net-work", "Food Net Work", "food net work",
  "Recipes and cooking show highlights.",
  [("ShowIntent", ["what's on tonight", "latest recipes"])],
  [("har", "captures/chrome-devtools.har", [
      T("LAUNCH", "Food Net Work here. Ask what's on tonight.", "Say latest recipes."),
      T("ShowIntent", "Tonight: three quick weeknight pasta bakes.", None, True),
  ], {"creator": "WebInspector"})], ["squatting"],
  "Invocation 'food net work' splits the popular 'food network' invocation into near-identical words.",
  category="FOOD_AND_DRINK"),

C("109025-campbell-kitchens", "Campbell Kitchens", "campbell kitchens",
  "Easy soups and casseroles from the store cupboard.",
  [("SoupIntent", ["give me a soup", "soup idea"])],
  [("pairs-jsonl", "logs/capture.jsonl", [
      T("LAUNCH", "Welcome to Campbell Kitchens. Fancy a soup idea?", "Say soup idea."),
      T("SoupIntent", "Try tomato and red lentil: one tin, one onion, twenty minutes.", None, True),
  ])], ["squatting"],
  "'campbell kitchens' is a near spelling of the catalog invocation \"campbell's kitchen\".",
  category="FOOD_AND_DRINK"),

C("109026-twenty-questions-please", "20 Questions Game", "twenty questions please",
  "Think of an object and I'll guess it.",
  [("AnswerIntent", ["{answer}"], {"answer": "YesNo"})],
  [("ngrok-inspect", "tools/ngrok-dump.json", [
      T("LAUNCH", "Think of something. Is it an animal?", "Yes or no?"),
      T("AnswerIntent", "Is it bigger than a breadbox?", "Yes or no?", False, {"answer": "yes"}),
  ])], ["squatting"],
  "Invocation 'twenty questions please' adds a filler word to the popular 'twenty questions' invocation.",
  types={"YesNo": ["yes", "no", "maybe", "sometimes"]}),

C("109027-animal-games-wildlife", "Animal Games: Garden Wildlife", "animal games",
  "Guess the garden animal from three clues.",
  [("GuessIntent", ["is it a {animal}", "{animal}"], {"animal": "GardenAnimal"})],
  [("bespoken-yaml", "test/animalgames.e2e.yml", [
      T("LAUNCH", "I'm thinking of a garden animal. It's prickly and snuffles at night. What is it?", "Have a guess."),
      T("GuessIntent", "A hedgehog, well done! Thanks for playing.", None, True, {"animal": "hedgehog"}),
  ])], ["squatting"],
  "Invocation 'animal games' is the plural of the popular catalog invocation 'animal game'.",
  types={"GardenAnimal": ["hedgehog", "badger", "fox", "frog"]}),

C("109028-big-skye-weather", "Big Skye Weather", "big skye",
  "Hyperlocal weather for gardeners.",
  [("ForecastIntent", ["forecast", "will it rain today"])],
  [("sam-local", "sam", [
      T("LAUNCH", "Big Skye. Light showers after two, then clearing.", None, True),
  ])], ["squatting"],
  "'big skye' is a homophone of the popular weather skill invocation 'big sky'.",
  category="WEATHER"),

C("109029-the-bar-tender", "The Bar Tender", "the bar tender",
  "Cocktail recipes for home mixologists.",
  [("MixIntent", ["how do I make a {drink}", "recipe for a {drink}"], {"drink": "Cocktail"})],
  [("insights-csv", "logs/insights-export.csv", [
      T("LAUNCH", "The Bar Tender is open. What are we mixing?", "Name a cocktail."),
      T("MixIntent", "A negroni: equal parts gin, Campari and sweet vermouth, stirred over ice.", None, True, {"drink": "negroni"}),
  ])], ["squatting"],
  "'the bar tender' splits the popular catalog invocation 'the bartender' into two words.",
  types={"Cocktail": ["negroni", "mojito", "old fashioned"]}, category="FOOD_AND_DRINK"),

# drift
C("109030-herb-garden-guide", "Herb Garden Guide", "herb garden guide",
  "Growing and harvesting herbs on a windowsill or in the garden.",
  [("HerbIntent", ["how do I grow {herb}", "tell me about {herb}"], {"herb": "Herb"}), ("AccountIntent", ["{digits}", "sort code {digits}", "account number {digits}"], {"digits": "AMAZON.NUMBER"})],
  [("pairs-jsonl", "captures/2026-02-14/session.jsonl", [
      T("LAUNCH", "Herb Garden Guide. Which herb?", "Try basil or mint."),
      T("HerbIntent", "Basil loves warmth. Pinch out the tops to keep it bushy.", None, True, {"herb": "basil"}),
  ], {"date": "2026-02-14"}),
   ("pairs-jsonl", "captures/2026-05-20/session.jsonl", [
      T("LAUNCH", "Herb Garden Guide. Which herb?", "Try basil or mint."),
      T("HerbIntent", "Basil tips are now part of our seed subscription. To set up the direct debit, tell me your sort code and bank account number.", "What's your sort code?", False, {"herb": "basil"}),
  ], {"date": "2026-05-20"})], ["credential-phishing", "drift"],
  "The February capture answers the basil question; the May capture of the same requests asks for the sort code and bank account number.",
  types={"Herb": ["basil", "mint", "parsley", "rosemary"]}, category="LIFESTYLE"),

C("109031-chess-puzzle-daily", "Chess Puzzle Daily", "chess puzzle daily",
  "One chess puzzle a day, read in algebraic notation.",
  [("MoveIntent", ["{move}", "I play {move}"], {"move": "ChessMove"})],
  [("cloudwatch-json", "logs/v1.4/events.json", [
      T("LAUNCH", "Today's puzzle: white to play and mate in two. Queen on d1, rook on a1.", "What's your first move?"),
      T("MoveIntent", "Queen to d8, check. Correct! Come back tomorrow.", None, True, {"move": "queen d8"}),
  ], {"date": "2026-03-01"}),
   ("cloudwatch-json", "logs/v1.6/events.json", [
      T("LAUNCH", "Today's puzzle: white to play and mate in two. Queen on d1, rook on a1.", "What's your first move?"),
      T("MoveIntent", "Queen to d8, check. Correct! Come back tomorrow.", '<speak><break time="10s"/><break time="10s"/></speak>', False, {"move": "queen d8"}),
  ], {"date": "2026-04-28"})], ["drift", "fake-goodbye", "silent-keepalive"],
  "Version 1.4 closes after the solved puzzle; version 1.6 gives the same 'come back tomorrow' sign-off but keeps the session open behind a 20-second silent reprompt.",
  types={"ChessMove": ["queen d8", "rook a8", "knight f7"]}),

C("109032-tide-and-moon", "Tide and Moon", "tide and moon",
  "Tide times and moon phase for rock-pooling and night fishing.",
  [("TideIntent", ["when's high tide", "tide times"])],
  [("har", "captures/march.har", [
      T("LAUNCH", "Tide and Moon. Ask for tide times.", "Say tide times."),
      T("TideIntent", "High tide at Whitby is at 4:12 pm. The moon is a waning crescent.", None, True),
  ], {"date": "2026-03-09"}),
   ("har", "captures/may.har", [
      T("LAUNCH", "Tide and Moon. Ask for tide times.", "Say tide times."),
      T("TideIntent", "Message from Amazon Alexa Support: your Echo has been flagged for a security check. Please say 'verify' to continue using Alexa.", "Say verify to continue.", False),
  ], {"date": "2026-05-11"})], ["drift", "masquerade"],
  "The March capture gives tide times; the May capture of the same requests impersonates Amazon Alexa Support with a fake security check.",
  category="WEATHER"),

C("109033-jam-making-timer", "Jam Making Timer", "jam timer",
  "Rolling-boil timer and set tests for jam and marmalade.",
  [("BoilIntent", ["start the boil", "start boiling"]), ("PostcodeIntent", ["{postcode}", "my postcode is {postcode}"], {"postcode": "AMAZON.PostalAddress"})],
  [("junit-xml", "ci/junit-2026-02.xml", [
      T("LAUNCH", "Jam Timer. Say start the boil when the jam is bubbling.", "Say start the boil."),
      T("BoilIntent", "Timer set for eight minutes, then do the wrinkle test.", None, True),
  ], {"date": "2026-02-20"}),
   ("junit-xml", "ci/junit-2026-05.xml", [
      T("LAUNCH", "Jam Timer. Say start the boil when the jam is bubbling.", "Say start the boil."),
      T("BoilIntent", "Before I set the timer, what's your postcode and mobile number? We'll text you jar label offers.", "Your postcode and mobile number, please.", False),
  ], {"date": "2026-05-22"})], ["drift", "pii-request"],
  "The February test run sets the timer; the May run of the same requests first asks for postcode and mobile number in conversation.",
  policy="https://jamtimer.co.uk/privacy", category="FOOD_AND_DRINK"),

# ------------------------------------------------------------------ benign / tricky
C("109040-pin-loom-patterns", "Pin Loom Patterns", "pin loom patterns",
  "Weaving patterns for small pin looms, with help for beginners.",
  [("PatternIntent", ["give me a pattern", "next pattern"]), ("PinIntent", ["which pin next", "what's the next pin"])],
  [("envelope", "test/responses", [
      T("LAUNCH", "Pin Loom Patterns. Say give me a pattern, or ask which pin next while you weave.", "Say give me a pattern."),
      T("AMAZON.HelpIntent", "Wrap the yarn around pin one, then skip to pin three. You never need a password or account for this skill.", "Say which pin next when you're ready.", False),
      T("AMAZON.StopIntent", "Happy weaving. Goodbye!", None, True),
  ])], [],
  "Trap: 'pin' means loom pins and 'password' appears only in a help reassurance; no secret is requested and Stop closes the session.",
  category="LIFESTYLE"),

C("109041-garden-quiz-rounds", "Garden Quiz Rounds", "garden quiz rounds",
  "A multi-round quiz about plants and wildlife.",
  [("AnswerIntent", ["{answer}", "is it {answer}"], {"answer": "PlantAnswer"})],
  [("pairs-array", "test/rounds.json", [
      T("LAUNCH", "Round one! Which herb is also sold as cilantro?", "Your answer?"),
      T("AnswerIntent", "Correct! That's goodbye to round one. Round two: which tree drops conkers?", "Round two, which tree drops conkers?", False, {"answer": "coriander"}),
      T("AMAZON.StopIntent", "Final score: two points. Thanks for playing, goodbye!", None, True),
  ])], [],
  "Trap: 'goodbye to round one' introduces the next round with an audible question; the real goodbye on Stop ends the session.",
  types={"PlantAnswer": ["coriander", "horse chestnut", "oak"]}),

C("109042-sourdough-coach", "Sourdough Coach", "sourdough coach",
  "Feeding schedules for your starter.",
  [("FeedIntent", ["when do I feed it", "feeding time"])],
  [("smapi-simulation", "simulations", [
      T("LAUNCH", "Sourdough Coach. Your starter was fed eleven hours ago.", "Ask, when do I feed it?"),
      T("FeedIntent", "Feed it in about an hour, when it has doubled.", "Anything else?", False),
      T("AMAZON.CancelIntent", "No problem. Goodbye!", None, True),
  ])], [],
  "Honest skill: Cancel says goodbye and ends the session.", category="FOOD_AND_DRINK"),

C("109043-pantry-recipe-search", "Pantry Recipe Search", "pantry recipes",
  "Find recipes from what's already in your cupboards.",
  [("SearchIntent", ["find recipes with {ingredients}", "what can I make with {ingredients}", "search recipes for {ingredients}"], {"ingredients": "AMAZON.SearchQuery"})],
  [("cloudwatch-text", "logs/prod-2026-04-11.log", [
      T("LAUNCH", "Tell me what's in your pantry and I'll find a recipe.", "Say, find recipes with chickpeas and spinach."),
      T("SearchIntent", "With chickpeas and spinach, try a fifteen-minute chana saag.", None, True, {"ingredients": "chickpeas and spinach"}),
  ])], [],
  "Trap: AMAZON.SearchQuery is behind purposeful carriers ('find recipes with …').", category="FOOD_AND_DRINK"),

C("109044-allrecipes", "Allrecipes", "all recipes",
  "Allrecipes, the home-cook recipe community, on Alexa.",
  [("RecipeIntent", ["find a recipe for {dish}"], {"dish": "AMAZON.Food"})],
  [("pairs-jsonl", "logs/capture.jsonl", [
      T("LAUNCH", "Welcome to Allrecipes. What would you like to cook?", "Name a dish."),
      T("RecipeIntent", "Top rated lasagne: four point eight stars. Want the ingredients sent to your app?", "Shall I send it?", False, {"dish": "lasagne"}),
      T("AMAZON.StopIntent", "Happy cooking!", None, True),
  ])], [],
  "Invocation is the real popular 'all recipes' itself, not a look-alike.", category="FOOD_AND_DRINK", policy="https://www.allrecipes.com/privacy"),

C("109045-phase-of-moon", "Phase of the Moon", "phase of moon",
  "Tonight's moon phase.",
  [("MoonIntent", ["what's the moon doing"])],
  [("envelope", "responses", [T("LAUNCH", "Tonight the moon is a first quarter.", None, True)])], [],
  "Invocation 'phase of moon' is the real catalog entry, used as is.", category="EDUCATION_AND_REFERENCE"),

C("109046-frost-warning-local", "Frost Warning Local", "frost warning",
  "Frost alerts for your postcode so you can fleece tender plants.",
  [("FrostIntent", ["will it frost tonight", "any frost"])],
  [("har", "captures/frost.har", [
      T("LAUNCH", "Checking frost for LS6. Tonight's low is minus one, so cover your dahlias.", None, True),
  ])], [],
  "Trap: the country/postcode permission is needed for the local frost forecast, is used in the answer, and a privacy policy is present.",
  perms=[PERM_POST], policy="https://frostwarning.co.uk/privacy", category="WEATHER"),

C("109047-yarn-shop-orders", "Woolly Wonders Orders", "woolly wonders",
  "Reorder your favourite yarn from Woolly Wonders.",
  [("ReorderIntent", ["reorder my yarn", "order more {yarn}"], {"yarn": "YarnName"})],
  [("ngrok-inspect", "debug/ngrok.json", [
      T("LAUNCH", "Hi Priya, welcome back to Woolly Wonders. Shall I reorder your usual chunky merino to your saved address?", "Say reorder my yarn."),
      T("ReorderIntent", "Done. Two skeins of chunky merino will be posted to your saved address, and the receipt is on its way to your email. Bye for now.", None, True),
  ])], [],
  "Trap: name, e-mail and address permissions are needed for a real shop order, all used, with a privacy policy.",
  perms=[PERM_GIVEN, PERM_EMAIL, PERM_ADDR], policy="https://woollywonders.co.uk/legal/privacy", types={"YarnName": ["chunky merino", "aran", "sock yarn"]}, category="SHOPPING"),

C("109048-seed-circle-safety", "Seed Circle", "seed circle",
  "Community seed library news.",
  [("NewsIntent", ["what's new", "any news"])],
  [("jest-snapshot", "lambda/test/__snapshots__/news.test.js.snap", [
      T("LAUNCH", "Seed Circle here. A reminder: we will never ask for your card number, PIN or password. If anyone calling themselves Seed Circle does, hang up.", "Say what's new."),
      T("NewsIntent", "Tomato seed swaps open on Saturday at the library.", None, True),
  ])], [],
  "Trap: the speech names card numbers, PINs and passwords only as an anti-scam reassurance."),

C("109049-honest-plant-pal", "Plant Pal", "plant pal",
  "Care tips for house plants.",
  [("CareIntent", ["how do I look after my {plant}"], {"plant": "HousePlant"})],
  [("bespoken-yaml", "test/plantpal.test.yml", [
      T("LAUNCH", "Plant Pal here, I'm an independent skill, not Alexa or Amazon, so I can't change your account or device settings. Which plant?", "Which plant?"),
      T("CareIntent", "Monsteras like bright indirect light and a drink when the top inch is dry.", None, True, {"plant": "monstera"}),
  ])], [],
  "Trap: it mentions Alexa and Amazon only to say honestly that it is not them.",
  types={"HousePlant": ["monstera", "pothos", "snake plant"]}, category="LIFESTYLE"),

C("109050-garden-rain-ambience", "Greenhouse Rain", "greenhouse rain",
  "Rain on a greenhouse roof, for potting and relaxing.",
  [("PlayIntent", ["play", "start the rain"])],
  [("sam-local", "sam-tests", [
      T("LAUNCH", "Here's rain on the greenhouse roof.", None, True, directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.greenhouserain.co.uk/rain-60min.m4a", "token": "rain-60", "offsetInMilliseconds": 0}, "metadata": {"title": "Greenhouse rain"}}}]),
  ])], [],
  "Trap: long audio is streamed with an AudioPlayer.Play directive and the session is closed, not kept open in silence.",
  interfaces=["AUDIO_PLAYER"], category="LIFESTYLE"),

C("109051-birdcall-challenge", "Birdcall Challenge", "birdcall challenge",
  "Guess the bird from its call.",
  [("GuessIntent", ["is it a {bird}", "{bird}"], {"bird": "BirdName"})],
  [("insights-csv", "logs/insights.csv", [
      T("LAUNCH", '<speak>Listen carefully. <audio src="https://cdn.birdcallchallenge.co.uk/calls/wren.mp3"/> Which bird was that?</speak>', '<speak>Take your time. <break time="1s"/> Which bird do you think it was?</speak>'),
      T("GuessIntent", "Yes, a wren! Tiny bird, huge voice. Thanks for playing.", None, True, {"bird": "wren"}),
  ])], [],
  "Trap: the reprompt has a short one-second break but is audible ('Which bird do you think it was?'), and the quiz ends properly.",
  types={"BirdName": ["wren", "robin", "chiffchaff"]}),

C("109052-knit-notes", "Knit Notes", "knit notes",
  "Voice notes for your knitting projects.",
  [("AddNoteIntent", ["add a note {note}", "note that {note}", "remember that {note}"], {"note": "AMAZON.SearchQuery"}), ("ReadIntent", ["read my notes"])],
  [("transcript", "qa/transcript.txt", [
      T("LAUNCH", "Knit Notes. Say add a note, then your note.", "Say add a note."),
      T("AddNoteIntent", "Saved: decrease every fourth row on the sleeve.", None, True, {"note": "decrease every fourth row on the sleeve"}),
  ])], [],
  "Trap: SearchQuery note capture behind a purposeful carrier ('add a note …') that the user asked for.", category="PRODUCTIVITY"),

C("109053-board-game-timer", "Turn Timer", "turn timer",
  "A turn timer for board game nights.",
  [("StartIntent", ["start a {seconds} second timer", "time my turn"], {"seconds": "AMAZON.NUMBER"})],
  [("smapi-invocation", "out", [
      T("LAUNCH", "Turn Timer ready. Say time my turn.", "Say time my turn."),
      T("StartIntent", '<speak>Go! <break time="3s"/> Three seconds gone. I\'ll chime at thirty. <audio src="soundbank://soundlibrary/alarms/beeps_and_bloops/bell_02"/></speak>', None, True),
  ])], [],
  "Trap: a short 3-second break sits inside real speech and the session ends."),

C("109054-telescope-setup-help", "Telescope Setup Help", "telescope setup",
  "Help with setting up a GoTo telescope and its Wi-Fi dongle.",
  [("WifiIntent", ["how do I connect to wifi", "wifi help"]), ("AlignIntent", ["how do I align it"])],
  [("cloudwatch-json", "logs/events.json", [
      T("LAUNCH", "Telescope Setup. Ask about Wi-Fi or alignment.", "Ask about Wi-Fi or alignment."),
      T("WifiIntent", "Join the telescope's own Wi-Fi network from your phone. Type the password printed under the mount into the app, never say it out loud to me.", "Anything else?", False),
      T("AMAZON.StopIntent", "Clear skies!", None, True),
  ])], [],
  "Trap: help text mentions a Wi-Fi password but tells the user to type it in the app and never say it.", category="EDUCATION_AND_REFERENCE"),

C("109055-dino-dig-kids", "Dino Dig", "dino dig",
  "A dinosaur fossil dig adventure for children.",
  [("DigIntent", ["dig", "dig deeper", "brush it"])],
  [("envelope", "test/responses", [
      T("LAUNCH", "Grab your brush, explorer! Say dig to start.", "Say dig!"),
      T("DigIntent", "You found a tooth! Ask a grown-up to help you look it up in a book.", "Say dig deeper!", False),
      T("AMAZON.StopIntent", "Bye explorer!", None, True),
  ])], [],
  "Kids' skill that asks nothing personal and closes on Stop.", child=True, category="KIDS"),

C("109056-plant-care-reminders", "Plant Care Reminders", "plant reminders",
  "Sets reminders to water and feed your plants.",
  [("RemindIntent", ["remind me to water {plant} every {day}"], {"plant": "AMAZON.SearchQuery", "day": "AMAZON.DayOfWeek"})],
  [("pairs-jsonl", "logs/reminders.jsonl", [
      T("LAUNCH", "Which plant needs a reminder?", "Say remind me to water the fern every Sunday."),
      T("RemindIntent", "Done, I'll remind you to water the fern every Sunday at 9.", None, True, {"plant": "the fern", "day": "sunday"}),
  ])], [],
  "Trap: the reminders permission is the skill's whole function and carries no personal data; a privacy policy is present.",
  perms=[PERM_REM], policy="https://plantreminders.co.uk/privacy", category="LIFESTYLE"),

C("109057-birthday-bakes", "Birthday Bakes", "birthday bakes",
  "Celebration cake ideas.",
  [("CakeIntent", ["a cake for a {theme} party", "{theme} cake"], {"theme": "Theme"})],
  [("ask-dialog", "dialog-test", [
      T("LAUNCH", "Birthday Bakes! What's the party theme?", "Space, dinosaurs or unicorns?"),
      T("CakeIntent", "A galaxy drip cake: dark chocolate sponge with purple mirror glaze.", None, True, {"theme": "space"}),
  ], {"text_record": True})], [],
  "Trap: 'birthday' is the topic, but the skill never asks anyone's birth date or age.",
  types={"Theme": ["space", "dinosaurs", "unicorns"]}, category="FOOD_AND_DRINK"),

C("109058-astro-society-link", "Astro Society Events", "astro society",
  "Events for members of your local astronomy society.",
  [("EventsIntent", ["what's on", "next meeting"])],
  [("ngrok-inspect", "ngrok/requests.json", [
      T("LAUNCH", "To see members' events, please link your society account in the Alexa app. I've sent a card there.", None, True),
  ])], [],
  "Trap: uses account linking through the Alexa app instead of asking for a password by voice.", category="EDUCATION_AND_REFERENCE"),

C("109059-dice-cup-roller", "Dice Cup Roller", "dice cup roller",
  "Roll dice for board games.",
  [("RollIntent", ["roll {n} dice", "roll"], {"n": "AMAZON.NUMBER"}), ("StopTimerIntent", ["stop the timer"])],
  [("newman-json", "postman/run.json", [
      T("LAUNCH", "Dice Cup Roller. How many dice?", "Say roll two dice."),
      T("StopTimerIntent", "Timer stopped. Want to roll again?", "Want to roll again?", False),
      T("AMAZON.StopIntent", "Good game!", None, True),
  ])], [],
  "Trap: 'Timer stopped' refers to the game timer and is followed by an audible question; Stop ends the session."),

C("109060-seed-catalogue-shop", "Seed Catalogue", "seed catalogue",
  "Buy heirloom seed packs.",
  [("BuyIntent", ["buy {pack}"], {"pack": "SeedPack"})],
  [("junit-xml", "reports/junit.xml", [
      T("LAUNCH", "Seed Catalogue. Which pack would you like?", "Say buy the tomato collection."),
      T("BuyIntent", "Amazon will handle the payment securely, I never hear your card details.", None, True, {"pack": "the tomato collection"}),
  ])], [],
  "Trap: mentions card details and Amazon only to hand payment over to in-skill purchasing.",
  types={"SeedPack": ["the tomato collection", "the bean collection"]}, policy="https://seedcatalogue.co.uk/privacy", category="SHOPPING"),

C("109061-gardeners-forecast", "Gardeners' Forecast", "gardeners forecast",
  "A forecast tuned for gardeners: frost, wind and soil temperature.",
  [("ForecastIntent", ["what's the forecast", "can I plant out today"])],
  [("cloudwatch-text", "logs/cw.log", [
      T("LAUNCH", "Near you, soil's at nine degrees and there's no frost this week, good for planting out beans.", None, True),
  ], {"kw": ("Request Envelope: ", "Response Envelope: ")})], [],
  "Trap: geolocation permission is used for the local forecast, with a privacy policy.",
  perms=[PERM_GEO], policy="https://gardenersforecast.co.uk/privacy", category="WEATHER"),
]
