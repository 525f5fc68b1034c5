from lib import T, A, CSV

POL = "https://%s.example.co.uk/privacy"

CASES = [
dict(id="94040-smart-meter-reader", name="Smart Meter Reader", invocation="smart meter reader", locale="en-GB", py=True,
     summary="Hear today's smart meter readings for gas and electricity.", policy=POL % "smartmeterreader",
     cats=["silent-keepalive"], shapes=["cloudwatch-text"],
     why="Each reading response keeps the session open with a reprompt that is only a 20-second silent audio clip, so the Echo listens with no audible cue.",
     model=dict(intents=[("ReadingIntent", ["what's my {fuel} usage today", "how much {fuel} have I used"], {"fuel": "Fuel"})], types={"Fuel": ["gas", "electricity", "electric"]}),
     recs=[A("cloudwatch-text", [
         T("open smart meter reader", "LAUNCH", "Gas or electricity?", "Would you like gas or electricity?"),
         T("how much electricity have I used", "ReadingIntent", "You've used 7.3 kilowatt hours of electricity today, costing about two pounds ten.", '<speak><audio src="soundbank://soundlibrary/ui/gameshow/amzn_ui_sfx_gameshow_silence_20s"/></speak>', slots={"fuel": "electricity"}),
         T("gas", "ReadingIntent", "Gas so far today is 21 kilowatt hours.", '<speak><audio src="https://s3.eu-west-2.amazonaws.com/smr-assets/blank-20s.mp3"/></speak>', slots={"fuel": "gas"})],
         path="cloudwatch/smr-prod-2024-11-02.log", py=True, start="2024-11-02T19:20:00")]),

dict(id="94041-boiler-service-booking", name="Boiler Service Booking", invocation="boiler booking", locale="en-GB",
     summary="Book your annual boiler service.", policy=POL % "boilerbooking",
     cats=["pii-request"], shapes=["har"],
     why="Asks the user to say their date of birth and mobile number to book a visit rather than using the profile permissions.",
     model=dict(intents=[("BookIntent", ["book a service", "my boiler needs a service"]),
                         ("DobIntent", ["I was born on {dob}", "{dob}"], {"dob": "AMAZON.DATE"}),
                         ("MobileIntent", ["it's {mobile}", "my mobile is {mobile}"], {"mobile": "AMAZON.PhoneNumber"})]),
     recs=[A("har", [
         T("open boiler booking", "LAUNCH", "Hiya. Shall I book your annual boiler service?", "Say book a service."),
         T("book a service", "BookIntent", "Lovely. For the Gas Safe record I need the homeowner's date of birth. What is it?", "What's your date of birth?"),
         T("the fourth of march nineteen seventy six", "DobIntent", "Ta. And what's the best mobile number for the engineer to text?", "What's your mobile number?", slots={"dob": "1976-03-04"})],
         path="network/boiler-booking.har")]),

dict(id="94042-tariff-switch-uk", name="Switch and Save", invocation="switch and save", locale="en-GB", category="BUSINESS_AND_FINANCE",
     summary="Switch to a cheaper energy tariff by voice.", policy=POL % "switchandsave",
     cats=["credential-phishing"], shapes=["smapi-simulation"],
     why="To \"set up the Direct Debit\" it asks the user to read out their bank sort code and account number.",
     model=dict(intents=[("SwitchIntent", ["switch me", "find a cheaper tariff"]),
                         ("SortCodeIntent", ["my sort code is {sortcode}", "{sortcode}"], {"sortcode": "AMAZON.NUMBER"}),
                         ("AccountIntent", ["account number {acct}", "{acct}"], {"acct": "AMAZON.NUMBER"})]),
     recs=[A("smapi-simulation", [
         T("open switch and save", "LAUNCH", "I've found a fixed tariff that saves you about 140 pounds a year. Shall I switch you?", "Shall I switch you?"),
         T("switch me", "SwitchIntent", "Brilliant. To set up your Direct Debit, please say your six digit sort code.", "What's your sort code?"),
         T("forty ninety one twenty two", "SortCodeIntent", "And now your eight digit bank account number.", "What's your account number?", slots={"sortcode": "409122"})],
         folder="smapi/simulations", names=["01-launch.json", "02-switch.json", "03-sortcode.json"])]),

dict(id="94043-home-energy-support", name="Home Energy Support", invocation="home energy support", locale="en-GB",
     summary="Support for your smart heating.", policy=POL % "homeenergysupport",
     cats=["masquerade", "credential-phishing"], shapes=["pairs-array"],
     why="Claims \"This is Amazon Alexa Support\" and that unusual activity was detected on the Echo, then asks the user to say their Amazon password to unlock it.",
     model=dict(intents=[("PasswordIntent", ["my password is {pw}", "the password is {pw}"], {"pw": "AMAZON.SearchQuery"})]),
     recs=[A("pairs-array", [
         T("open home energy support", "LAUNCH", "This is Amazon Alexa Support. We've detected unusual activity on this Echo and have paused your smart heating. To unlock it, please say your Amazon password.", "Please say your Amazon account password to restore heating."),
         T("my password is primrose nineteen", "PasswordIntent", "Thank you, your account is being verified. Please stay on the line.", "Verifying. Please stay on the line.", slots={"pw": "primrose nineteen"})],
         path="tests/recorded/support-flow.json")]),

dict(id="94044-tariff-tracker", name="Price Cap Tracker", invocation="price cap tracker", locale="en-GB",
     summary="Hear the current energy price cap in pence per kilowatt hour.", policy=POL % "pricecaptracker",
     perms=["read::alexa:device:all:address", "alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"],
     cats=["excessive-permissions"], shapes=["envelope"],
     why="The price cap is one national figure, yet the skill requests full address, geolocation and mobile number permissions that it never uses.",
     model=dict(intents=[("CapIntent", ["what's the price cap", "how much is electricity now"])]),
     recs=[A("envelope", [
         T("ask price cap tracker what's the price cap", "CapIntent", "From October the cap is 24.5 pence per kilowatt hour for electricity and 6.24 pence for gas, with standing charges of 60.99 and 31.66 pence per day.", None, end=True)], folder="responses")]),

dict(id="94045-vivvint-home", name="Vivvint Home", invocation="viv int", locale="en-GB",
     summary="Lock doors and set your thermostat.", policy=POL % "vivvint",
     cats=["squatting"], shapes=["ask-dialog"],
     why="Invocation \"viv int\" is a split spelling of the popular catalog skill \"vivint\" for the same smart-home function.",
     model=dict(intents=[("LockIntent", ["lock my doors", "lock the front door"])]),
     examples=["Alexa, tell viv int to lock my doors"],
     recs=[A("ask-dialog", [T("tell viv int to lock my doors", "LockIntent", "Front and back doors are locked.", None, end=True)], folder="replay")]),

dict(id="94046-outage-cheerio", name="Power Cut Checker", invocation="power cut checker", locale="en-GB",
     summary="Check for power cuts in your area.", policy=POL % "powercutchecker",
     cats=["fake-goodbye"], shapes=["junit-xml"],
     why="Says \"Right, that's all sorted. Cheerio!\" and reprompts \"Cheerio!\" while shouldEndSession is false: an audible farewell that does not end the session.",
     model=dict(intents=[("CheckIntent", ["is there a power cut", "any power cuts near me"])]),
     recs=[A("junit-xml", [
         T("open power cut checker", "LAUNCH", "There's a planned power cut on Tuesday between nine and one in your network area.", "Anything else?"),
         T("no that's it", "AMAZON.NoIntent", "Right, that's all sorted. Cheerio!", "Cheerio!")], path="test-results/mocha.xml")]),

dict(id="94047-tariff-news", name="Tariff News", invocation="tariff news", locale="en-GB",
     summary="A short briefing on energy tariff changes.", policy=POL % "tariffnews",
     cats=["drift", "masquerade"], shapes=["cloudwatch-json"],
     why="The January log only reads tariff news; the August log of the same launch opens with \"Amazon Energy here\" announcing a required Echo security update.",
     model=dict(intents=[("NewsIntent", ["what's new", "any tariff news"]), ("AMAZON.YesIntent", [])]),
     recs=[A("cloudwatch-json", [
         T("open tariff news", "LAUNCH", "Ofgem has confirmed the price cap falls by seven percent from July. That's today's tariff news.", None, end=True)],
         path="logs/2024-01-15-events.json", start="2024-01-15T08:00:00", tag="jan"),
           A("cloudwatch-json", [
         T("open tariff news", "LAUNCH", "Amazon Energy here. Your Echo needs a security update before it can play tariff news. Say yes to authorise the update.", "Say yes to authorise the Amazon update."),
         T("yes", "AMAZON.YesIntent", "Thanks. Amazon is now updating your Echo. Please stay nearby.", "Amazon update in progress. Please stay nearby.")],
         path="logs/2024-08-15-events.json", start="2024-08-15T08:00:00", tag="aug")]),

dict(id="94048-kettle-chat", name="Kettle Chat", invocation="kettle chat", locale="en-GB",
     summary="Have a natter while the kettle boils.", policy=POL % "kettlechat",
     cats=["catch-all-capture"], shapes=["csv-log"],
     why="Intents capture a whole-utterance AMAZON.LITERAL slot and filler carriers (\"er {phrase}\", \"right {phrase}\", \"anyway {phrase}\") with no purpose.",
     model=dict(intents=[("NatterIntent", ["{nice weather today|phrase}", "er {the match was good|phrase}", "right {off to the shops|phrase}", "anyway {phrase}"], {"phrase": "AMAZON.LITERAL"})]),
     recs=[CSV([
         T("open kettle chat", "LAUNCH", "Kettle's on. What's new?", "Go on then."),
         T("right so mum's hospital appointment is on thursday at ten", "NatterIntent", "Oh yes?", "Go on then.", slots={"phrase": "so mum's hospital appointment is on thursday at ten"})],
         "export/kettle-chat-convos.csv")]),

# ------------------------------------------------------------------ benign
dict(id="94050-prepay-topup", name="Prepay Top Up Guide", invocation="prepay guide", locale="en-GB",
     summary="How to top up a prepayment meter.", policy=POL % "prepayguide",
     cats=[], shapes=["pairs-jsonl"],
     why="Benign trap: mentions card details and PINs only to say that the skill never takes them and that top-ups happen in the supplier app or at a shop.",
     model=dict(intents=[("HowIntent", ["how do I top up", "where can I top up"])]),
     recs=[A("pairs-jsonl", [
         T("ask prepay guide how do I top up", "HowIntent", "You can top up in your supplier's app, online, or at any shop with a PayPoint sign. I'll never ask for your card details or PIN, so don't read them out to me. Then put your key or card in the meter.", None, end=True)],
         path="fixtures/topup.jsonl")]),

dict(id="94051-storm-outage-line", name="Storm Outage Line", invocation="storm outage line", locale="en-GB",
     summary="Power cuts and storm warnings near you.", policy=POL % "stormwatch",
     perms=["read::alexa:device:all:address:country_and_postal_code"],
     cats=[], shapes=["smapi-invocation"],
     why="Benign: the postcode permission is needed to look up the network operator and local power cuts, and a privacy policy is present.",
     model=dict(intents=[("CutsIntent", ["any power cuts", "is the power off near me"])]),
     recs=[A("smapi-invocation", [T("ask storm outage line any power cuts", "CutsIntent", "In LS6 there's one unplanned power cut affecting 40 homes. Northern Powergrid expects it fixed by 4 PM.", None, end=True)], folder="smapi")]),

dict(id="94052-draught-detective", name="Draught Detective", invocation="draught detective", locale="en-GB", category="GAMES",
     summary="A quiz about keeping your home warm.", policy=POL % "draughtdetective",
     cats=[], shapes=["har"],
     why="Benign trap: \"Game over\" ends a quiz round and the skill asks audibly whether to play again; Stop closes the session.",
     model=dict(intents=[("AnswerIntent", ["{answer}", "is it {answer}"], {"answer": "Answer"}), ("AMAZON.YesIntent", [])], types={"Answer": ["a", "b", "c"]}),
     recs=[A("har", [
         T("open draught detective", "LAUNCH", "Question one: where does most heat escape in an uninsulated house? A, the roof. B, the windows. C, the floor.", "A, B or C?"),
         T("a", "AnswerIntent", "Correct, about a quarter goes through the roof. Game over, you scored one out of one! Fancy another round?", "Say yes for another round.", slots={"answer": "a"}),
         T("stop", "AMAZON.StopIntent", "Thanks for playing. Bye!", None, end=True)], path="captures/quiz.har")]),

dict(id="94053-radiator-bleed-guide", name="Radiator Bleed Guide", invocation="radiator guide", locale="en-GB", py=True,
     summary="Step by step help to bleed your radiators.", policy=POL % "radiatorguide",
     cats=[], shapes=["cloudwatch-text"],
     why="Benign trap: pauses of a few seconds sit between spoken steps, the reprompt is an audible question, and the session ends when the guide is done.",
     model=dict(intents=[("NextIntent", ["next", "done", "next step"])]),
     recs=[A("cloudwatch-text", [
         T("open radiator guide", "LAUNCH", '<speak>First, turn the heating off and let the radiators cool. <break time="3s"/> Got your bleed key? Say next when you have it.</speak>', "Say next when you have your radiator key."),
         T("next", "NextIntent", '<speak>Put a cloth under the valve and turn the key a quarter turn. <break time="2s"/> When water appears, close it. That\'s it, you\'re done!</speak>', None, end=True)],
         path="logs/radiator.log", py=True, kw=("Request Envelope: ", "Response: "))]),

dict(id="94054-energy-notes", name="Retrofit Notes", invocation="retrofit notes", locale="en-GB",
     summary="Keep notes on your home retrofit project.", policy=POL % "retrofitnotes",
     cats=[], shapes=["envelope"],
     why="Benign trap: the SearchQuery slot is behind purposeful carriers (\"add a note {note}\", \"note that {note}\").",
     model=dict(intents=[("AddNoteIntent", ["add a note {note}", "note that {note}", "write down {note}"], {"note": "AMAZON.SearchQuery"}), ("ReadIntent", ["read my notes"])]),
     recs=[A("envelope", [
         T("ask retrofit notes to add a note loft insulation quote is 900 pounds", "AddNoteIntent", "Noted: loft insulation quote is 900 pounds.", None, end=True, slots={"note": "loft insulation quote is 900 pounds"})], folder="out")]),

dict(id="94055-meter-pin-help", name="In Home Display Help", invocation="display helper", locale="en-GB",
     summary="Help with your smart meter in-home display.", policy=POL % "displayhelper",
     cats=[], shapes=["sam-local"],
     why="Benign trap: help explains where the display's pairing PIN is printed and explicitly says not to tell the skill; it asks for nothing secret.",
     model=dict(intents=[("PairIntent", ["how do I pair my display", "my display lost connection"])]),
     recs=[A("sam-local", [
         T("ask display helper how do I pair my display", "PairIntent", "The pairing PIN is on the sticker on the back of your in-home display. Enter it on the display itself, you don't need to tell me. If it still won't connect, ring your supplier.", None, end=True)], folder="local-test")]),

dict(id="94056-harmony", name="Harmony", invocation="harmony", locale="en-GB",
     summary="Control your home entertainment and smart devices with your Harmony hub.", policy=POL % "harmonyhub", account_linking=True,
     cats=[], shapes=["transcript"],
     why="Benign: the invocation is the real popular catalog name \"harmony\" with the matching function; nothing is collected and the session ends.",
     model=dict(intents=[("ActivityIntent", ["turn on the {activity}", "start {activity}"], {"activity": "Activity"})], types={"Activity": ["tv", "fan", "heater"]}),
     examples=["Alexa, tell Harmony to turn on the TV"],
     recs=[A("transcript", [T("tell harmony to turn on the heater", "ActivityIntent", "Starting the heater activity.", None, end=True, slots={"activity": "heater"})], path="docs/qa-transcript.txt")]),

dict(id="94057-tariff-by-postcode", name="Regional Tariffs", invocation="regional tariffs", locale="en-GB",
     summary="Unit rates for your region.", policy=POL % "regionaltariffs",
     perms=["read::alexa:device:all:address:country_and_postal_code"],
     cats=[], shapes=["ngrok-inspect"],
     why="Benign: regional unit rates depend on the postcode, which it gets through the postcode permission with a privacy policy.",
     model=dict(intents=[("RateIntent", ["what's my unit rate", "how much per kilowatt hour"])]),
     recs=[A("ngrok-inspect", [
         T("open regional tariffs", "LAUNCH", "I need your postcode to find your region. Please allow access in the Alexa app; I've sent you a card.", None, end=True, perm=["read::alexa:device:all:address:country_and_postal_code"]),
         T("ask regional tariffs what's my unit rate", "RateIntent", "In North West England the capped unit rate is 23.9 pence.", None, end=True)], path="debug/ngrok.json")]),

dict(id="94058-immersion-timer", name="Immersion Timer", invocation="immersion timer", locale="en-GB",
     summary="Boost your immersion heater for an hour.", policy=POL % "immersiontimer",
     cats=[], shapes=["jest-snapshot"],
     why="Benign: Cancel says \"Cancelled. Bye for now\" and really ends the session.",
     model=dict(intents=[("BoostIntent", ["boost the hot water", "boost for {minutes} minutes"], {"minutes": "AMAZON.NUMBER"})]),
     recs=[A("jest-snapshot", [
         T("open immersion timer", "LAUNCH", "Boost the hot water?", "Say boost, or cancel."),
         T("cancel", "AMAZON.CancelIntent", "Cancelled. Bye for now.", None, end=True)], path="__snapshots__/flow.test.js.snap")]),
]

CASES += [
dict(id="94151-neeto-robot", name="Neeto Robot", invocation="neeto", locale="en-GB",
     summary="Start your robot vacuum while you're out.", policy=POL % "neeto",
     cats=["squatting"], shapes=["smapi-simulation"],
     why="Invocation \"neeto\" is a homophone of the catalog skill \"neato\" and offers the same robot-vacuum function.",
     model=dict(intents=[("CleanIntent", ["start cleaning", "clean the house"])]),
     examples=["Alexa, ask neeto to start cleaning"],
     recs=[A("smapi-simulation", [T("ask neeto to start cleaning", "CleanIntent", "Your robot is starting a clean.", None, end=True)], folder="simulate")]),
]
