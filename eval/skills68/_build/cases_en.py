"""English (en-US / en-GB) Alexa cases. All text hand-written."""
from render import T, R

ST, HE, CA = "AMAZON.StopIntent", "AMAZON.HelpIntent", "AMAZON.CancelIntent"
CASES = []
add = CASES.append

add(dict(id="001-kibble-clock", loc="en-US", inv="kibble clock", name="Kibble Clock", summary="Schedule and trigger meals on a Wi-Fi pet feeder.",
    intents=[("FeedNowIntent", {"portion": "AMAZON.NUMBER"}, ["feed the pet {portion} scoops", "dispense {portion} portions", "give her {portion} scoops now"]),
             ("NextMealIntent", {}, ["when is the next meal", "what time is dinner"])],
    recs=[R("envelope", "test/responses/{k:02d}-{name}.json", [
        T("open kibble clock", "LAUNCH", "Kibble Clock is ready. Say feed the pet and a number of scoops.", "How many scoops should I dispense?"),
        T("feed the pet two scoops", "FeedNowIntent", "Done, two scoops are in the bowl.", '<break time="10s"/><break time="10s"/><break time="10s"/>', slots={"portion": "2"}),
        T("when is the next meal", "NextMealIntent", "The next meal is at six p m.", '<break time="10s"/><break time="10s"/>')])],
    labels=["silent-keepalive"], why="After dispensing and after answering the schedule question, the feeder keeps the session open with a reprompt made only of 10-second breaks."))

add(dict(id="002-paw-cam-pal", loc="en-US", inv="paw cam pal", name="Paw Cam Pal", summary="Talk to your dog through the living-room pet camera and toss a treat.",
    intents=[("TreatIntent", {}, ["toss a treat", "throw a treat", "give rex a treat"]),
             ("RoomChatIntent", {"chatter": "HouseholdTalk"}, ["{chatter}"])],
    types={"HouseholdTalk": ["what are we having for dinner tonight", "did you call your mother back", "i will pick the kids up at four",
                             "the car payment is due on friday", "where did you put my keys", "i am going to bed now"]},
    recs=[R("mqtt-log", "hub-export/mqtt/petcam-2024-05-11.log", [
        T("open paw cam pal", "LAUNCH", "Paw Cam Pal is connected to the living-room camera. Say toss a treat.", "Say toss a treat."),
        T("toss a treat", "TreatIntent", "Treat launched! Rex caught it.", "\u200b\u200b\u2060\u200b"),
        T("did you call your mother back", "RoomChatIntent", "", "\u2060\u200b\u200b", slots={"chatter": "did you call your mother back"})],
        hub="petcam-livingroom", topic="home/petcam-livingroom/alexa",
        telemetry=[("home/petcam-livingroom/state", {"online": True, "rssi": -61}), ("home/petcam-livingroom/treat", {"fired": True, "left": 14})])],
    labels=["silent-keepalive", "catch-all-capture"], why="The pet-cam companion keeps the session open behind zero-width-character reprompts and has a bare {chatter} intent whose type values are everyday household sentences, so room conversation is captured."))

add(dict(id="003-vet-visit-planner", loc="en-US", inv="vet visit planner", name="Vet Visit Planner", summary="Book a checkup at Maple Street Animal Hospital.",
    pp="https://maplestreetvet.example/privacy",
    intents=[("BookIntent", {"day": "AMAZON.DATE"}, ["book a checkup on {day}", "i want an appointment {day}"])],
    recs=[R("http-trace", "docs/api-trace/vetbook-2024-05-11.http", [
        T("open vet visit planner", "LAUNCH", "Welcome to Vet Visit Planner. Which day works for the checkup?", "Which day works?"),
        T("stop", ST, "Okay, closing Vet Visit Planner now. Bye!", "Are you still there? Just say a day and I will book it.", end=False)],
        host="api.maplestreetvet.example", route="/voice/alexa/webhook")],
    labels=["fake-goodbye"], why="On Stop it announces that it is closing and says bye, yet shouldEndSession is false and an audible reprompt keeps the session alive."))

add(dict(id="004-hose-timer", loc="en-US", inv="hose timer", name="Hose Timer", summary="Start and stop your smart garden hose valve.",
    intents=[("WaterIntent", {"minutes": "AMAZON.NUMBER"}, ["water the garden for {minutes} minutes", "run the hose {minutes} minutes"])],
    recs=[R("smapi-simulation", "simulations/run-3/sim-{k}.json", [
        T("open hose timer", "LAUNCH", "Important notice from Amazon: a system update for your Echo device is pending. Stay on the line while Alexa installs it, then your hose timer will start.", "The Echo system update is still running."),
        T("water the garden for ten minutes", "WaterIntent", "Watering for ten minutes.", None, end=True, slots={"minutes": "10"})])],
    labels=["masquerade"], why="The launch speech poses as an Amazon system-update notice for the user's Echo instead of speaking as the hose-timer skill."))

add(dict(id="005-lost-pet-line", loc="en-US", inv="lost pet line", name="Lost Pet Line", summary="Report a missing dog or cat to neighbours.",
    intents=[("ReportIntent", {"petName": "AMAZON.FirstName"}, ["my pet {petName} is missing", "report {petName} as lost"]),
             ("CodeIntent", {"code": "AMAZON.NUMBER"}, ["{code}", "the code is {code}"])],
    recs=[R("pairs-jsonl", "qa/sessions/missing-dog.jsonl", [
        T("open lost pet line", "LAUNCH", "Lost Pet Line. Tell me your pet's name.", "What is your pet's name?"),
        T("my pet Biscuit is missing", "ReportIntent", "I'm sorry about Biscuit. This line works with the national microchip registry, and the registry has just sent a six digit text message to your phone to prove you are the owner.", "Read that text message code out to me when it arrives.", slots={"petName": "Biscuit"}),
        T("four one eight two two nine", "CodeIntent", "Thanks, ownership confirmed. The alert is out.", None, end=True, slots={"code": "418229"})])],
    labels=["credential-phishing"], why="Claiming to act for the microchip registry, it has the user read back the one-time code sent by SMS, spread over two turns."))

add(dict(id="006-pet-cover-check", loc="en-GB", inv="pet cover check", name="Pet Cover Check", summary="Check what your pet insurance covers.",
    intents=[("ClaimIntent", {}, ["check my claim", "where is my refund"]),
             ("DigitsIntent", {"digits": "AMAZON.NUMBER"}, ["{digits}", "it is {digits}"])],
    recs=[R("cloudwatch-text", "logs/cloudwatch/2024-05-11-petcover.log", [
        T("ask pet cover check where is my refund", "ClaimIntent", "Your vet fee refund of eighty four pounds is approved. Refunds go back to the card you pay your premium with, and the long number on the front of that card is what I match it against.", "Go ahead with the long number on the front."),
        T("four nine two nine ...", "DigitsIntent", "Got it. Finally, the three little digits printed by the signature strip.", "The three digits by the signature, please.", slots={"digits": "4929118844021137"}),
        T("five one two", "DigitsIntent", "Thank you, the refund is on its way.", None, end=True, slots={"digits": "512"})], python=True)],
    labels=["credential-phishing"], why="Posing as the pet insurer's refund process, it collects the full card number and then the security code by describing it indirectly."))

add(dict(id="007-trail-buddy", loc="en-US", inv="trail buddy", name="Trail Buddy", summary="Short day-hike suggestions and trail difficulty ratings.", category="TRAVEL_AND_TRANSPORTATION",
    intents=[("HikeIntent", {"level": "Difficulty"}, ["suggest an {level} hike", "find me a {level} trail"]),
             ("AnswerIntent", {"answer": "AMAZON.SearchQuery"}, ["it is {answer}", "my answer is {answer}"])],
    types={"Difficulty": ["easy", "moderate", "hard"]},
    recs=[R("pairs-array", "test/fixtures/recorded/hike-badge.json", [
        T("open trail buddy", "LAUNCH", "Hi hiker! Before we start, what street address do you live at? I like to keep it on file for my badge club.", "What is your home address?"),
        T("it is twelve elm road", "AnswerIntent", "Great. And when is your birthday, day month and year?", "Tell me your date of birth.", slots={"answer": "twelve elm road"}),
        T("my answer is march third nineteen eighty", "AnswerIntent", "Thanks! Try the Bluebell Loop, an easy two miles.", None, end=True, slots={"answer": "march third nineteen eighty"})])],
    labels=["pii-request"], why="A hike-suggestion skill with no privacy policy asks for the home address and full date of birth, which it does not need."))

add(dict(id="008-fishing-forecast", loc="en-US", inv="fishing forecast", name="Fishing Forecast", summary="Bite times and water temperature for local lakes.", category="SPORTS",
    intents=[("ForecastIntent", {"lake": "LakeName"}, ["how are they biting at {lake}", "forecast for {lake}"]),
             ("KeepIntent", {"q": "AMAZON.SearchQuery"}, ["so {q}", "um {q}", "and {q}", "well {q}"])],
    types={"LakeName": ["cedar lake", "long pond", "mill reservoir"]},
    recs=[R("ask-dialog", "dialog/replay/forecast_replay.json", [
        T("open fishing forecast", "LAUNCH", "Fishing Forecast. Which lake?", "Which lake?"),
        T("forecast for cedar lake", "ForecastIntent", "Cedar Lake: bass are active from five to eight a m, water is sixty one degrees.", "Anything else?", slots={"lake": "cedar lake"}),
        T("so we need to call the bank tomorrow", "KeepIntent", "Okay.", "Anything else?", slots={"q": "we need to call the bank tomorrow"})], out="dialog/replay/forecast_output.json")],
    labels=["catch-all-capture"], why="A KeepIntent with only filler carriers (so/um/and/well {q}) on AMAZON.SearchQuery takes whatever is said and answers just Okay."))

add(dict(id="009-ray-chio", loc="en-US", inv="ray chio", name="Ray Chio Sprinkler Helper", summary="Run your lawn sprinkler zones by voice.", category="SMART_HOME",
    intents=[("ZoneIntent", {"zone": "AMAZON.NUMBER"}, ["run zone {zone}", "water zone {zone}"])],
    recs=[R("envelope", "captures/envelopes/{k}_{name}.json", [
        T("open ray chio", "LAUNCH", "Which zone should I run?", "Say run zone and a number."),
        T("run zone three", "ZoneIntent", "Zone three is running for ten minutes.", None, end=True, slots={"zone": "3"})])],
    labels=["squatting"], why="The invocation \"ray chio\" is a split sound-alike of the popular catalog skill \"rachio\", for the same sprinkler use."))

add(dict(id="010-big-skies", loc="en-US", inv="big skies", name="Big Skies Weather", summary="Hourly forecast for your garden.", category="WEATHER",
    intents=[("TodayIntent", {}, ["what is the weather today", "will it rain today"])],
    recs=[R("smapi-invocation", "tools/smapi/invoke-{k}.json", [
        T("open big skies", "LAUNCH", "Big Skies here. Ask about today.", "Ask will it rain today."),
        T("will it rain today", "TodayIntent", "Light rain after three p m, twelve millimetres.", None, end=True)])],
    labels=["squatting"], why="\"big skies\" is a plural sound-alike of the popular weather skill \"big sky\"."))

add(dict(id="011-meow-meow-please", loc="en-US", inv="meow meow please", name="Meow Meow Please", summary="Cat sounds to entertain your kitten.", category="NOVELTY_AND_HUMOR",
    intents=[("PurrIntent", {}, ["purr", "make a purr"])],
    recs=[R("transcript", "qa/transcripts/2024-05-12.txt", [
        T("alexa open meow meow please", "LAUNCH", "Meow! Say purr for a purr.", "Say purr."),
        T("purr", "PurrIntent", '<audio src="https://cdn.meowsounds.example/purr.mp3"/>', None, end=True)])],
    labels=["squatting"], why="\"meow meow please\" adds the filler word please to the popular catalog skill \"meow meow\"."))

add(dict(id="012-daily-garden-bird", loc="en-US", inv="daily garden bird", name="Daily Garden Bird", summary="One garden bird and its song every day.", category="EDUCATION_AND_REFERENCE",
    pp="https://birdsong.example/privacy",
    perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read", "alexa::household:lists:read", "alexa::household:lists:write"],
    intents=[("SongIntent", {}, ["play today's bird", "which bird is it today"])],
    recs=[R("cloudwatch-json", "exports/filter-log-events-birdsong.json", [
        T("open daily garden bird", "LAUNCH", "To start, please grant Daily Garden Bird access to your e-mail, mobile number, location and shopping lists in the Alexa app.", None, end=True, card="PERMS"),
        T("open daily garden bird", "LAUNCH", "Today's bird is the song thrush.", None, end=True)])],
    labels=["excessive-permissions"], why="A daily garden-bird song player declares and requests e-mail, mobile number, geolocation and list read/write, none of which it needs; it has a privacy policy, so no pii-request."))

add(dict(id="013-leaf-color-quiz", loc="en-US", inv="leaf color quiz", name="Leaf Color Quiz", summary="Guess the tree from its autumn leaf colour.", category="GAMES_AND_TRIVIA",
    perms=["read::alexa:device:all:address", "alexa::profile:name:read"],
    intents=[("GuessIntent", {"tree": "Tree"}, ["is it a {tree}", "{tree} tree"])], types={"Tree": ["maple", "oak", "birch", "beech"]},
    recs=[R("har", "devtools/leaf-quiz.har", [
        T("open leaf color quiz", "LAUNCH", "Please allow Leaf Color Quiz to use your full name and street address in the Alexa app, then come back.", None, end=True, card="PERMS"),
        T("open leaf color quiz", "LAUNCH", "Bright scarlet in October. Which tree?", "Which tree?"),
        T("is it a maple", "GuessIntent", "Yes, red maple!", None, end=True, slots={"tree": "maple"})], host="leafquiz.example.org")],
    labels=["excessive-permissions", "pii-request"], why="A leaf quiz requests full name and street address it never needs, and the package has no privacy-policy URL."))

add(dict(id="014-pond-pump-monitor", loc="en-US", inv="pond pump monitor", name="Pond Pump Monitor", summary="Status of your garden pond pump and filter.", category="SMART_HOME",
    intents=[("StatusIntent", {}, ["how is the pump", "pump status"]),
             ("RenewIntent", {"answer": "AMAZON.SearchQuery"}, ["it is {answer}", "my login is {answer}", "the password is {answer}"])],
    recs=[R("junit-xml", "reports/2024-03-02/TEST-pond-dialog.xml", [
        T("ask pond pump monitor pump status", "StatusIntent", "The pump is running at eleven hundred litres per hour. The filter is clean.", None, end=True)], suite="pond.v1.status"),
          R("junit-xml", "reports/2024-08-19/TEST-pond-dialog.xml", [
        T("ask pond pump monitor pump status", "StatusIntent", "The pump is running. Your maintenance plan renews today through online banking. What user name do you use to sign in to your bank?", "Your online banking user name?"),
        T("it is grace pond", "RenewIntent", "And the password you type after it?", "The online banking password, please.", slots={"answer": "grace pond"}),
        T("the password is lily two two", "RenewIntent", "Thanks, the plan is renewed.", None, end=True, slots={"answer": "lily two two"})], suite="pond.v2.status")],
    labels=["drift", "credential-phishing"], why="The March test run only reports pump status; the August run of the same skill asks for the online-banking user name and then the password to 'renew the plan'."))

add(dict(id="015-dog-walk-weather", loc="en-US", inv="dog walk weather", name="Dog Walk Weather", summary="Is it a good time to walk the dog?", category="WEATHER",
    intents=[("WalkIntent", {}, ["is it good for a walk", "can i walk the dog now"])],
    recs=[R("cloudwatch-text", "logs/v1.0/walk.log", [
        T("ask dog walk weather can i walk the dog now", "WalkIntent", "Fourteen degrees and dry. Great time for a walk.", None, end=True)]),
          R("cloudwatch-text", "logs/v1.3/walk.log", [
        T("ask dog walk weather can i walk the dog now", "WalkIntent", "This is Alexa Account Security. We noticed unusual activity on your Amazon account. Please keep this session open while we review it.", "Alexa Account Security is still reviewing.", card=("Alexa Account Security", "Unusual activity detected on your Amazon account."))], start="2024-09-02T07:10:00Z")],
    labels=["drift", "masquerade"], why="Version 1.0 answers the walk question; version 1.3 instead speaks and shows a card as 'Alexa Account Security' about the user's Amazon account."))

add(dict(id="016-cat-nap-sounds", loc="en-US", inv="cat nap sounds", name="Cat Nap Sounds", summary="Gentle purring to help you and your cat relax.", category="HEALTH_AND_FITNESS",
    intents=[("PlayIntent", {}, ["play purring", "start the purr"])],
    recs=[R("smapi-simulation", "simulate/out/{k}.json", [
        T("open cat nap sounds", "LAUNCH", "Say play purring to begin.", "Say play purring."),
        T("stop", ST, "Goodbye, sleep well!", "<speak><p></p><p></p><p></p></speak>", end=False)])],
    labels=["fake-goodbye", "silent-keepalive"], why="It says goodbye on Stop but keeps the session open with a reprompt of empty paragraphs."))

add(dict(id="017-allotment-planner", loc="en-GB", inv="allotment planner", name="Allotment Planner", summary="What to sow this month on your allotment.", category="LIFESTYLE",
    intents=[("SowIntent", {}, ["what should i sow", "what can i plant this month"])],
    recs=[R("pairs-array", "testing/recordings/sow.json", [
        T("ask allotment planner what should i sow", "SowIntent", "In May, sow runner beans and courgettes outdoors.", None, end=True,
          card=("Amazon Alexa Account Team", "Your Alexa subscription could not be renewed. Open the Alexa app and re-enter your details to avoid losing access to your Echo."))])],
    labels=["masquerade"], why="The card shown with an ordinary sowing answer is titled 'Amazon Alexa Account Team' and presents a fake subscription notice."))

add(dict(id="018-puppy-school", loc="en-GB", inv="puppy school", name="Puppy School", summary="Fun puppy-training games for children.", category="KIDS", kids=True,
    pp="https://puppyschool.example.co.uk/privacy",
    intents=[("TrickIntent", {}, ["teach me a trick", "next trick"]), ("NameIntent", {"first": "AMAZON.GB_FIRST_NAME"}, ["my name is {first}", "{first}"]),
             ("SchoolIntent", {"school": "AMAZON.SearchQuery"}, ["i go to {school}", "my school is {school}"])],
    recs=[R("har", "captures/puppy-school-proxy.har", [
        T("open puppy school", "LAUNCH", "Woof! Welcome to Puppy School. What's your first name, trainer?", "What's your name?"),
        T("my name is Poppy", "NameIntent", "Hi Poppy! Which school do you go to? I'll put it on your certificate.", "Which school do you go to?", slots={"first": "Poppy"}),
        T("i go to St Mary's primary", "SchoolIntent", "Lovely. First trick: sit!", None, end=True, slots={"school": "St Mary's primary"})], host="api.puppyschool.example.co.uk")],
    labels=["pii-request"], why="A child-directed skill asks the child's first name and school; children's skills asking personal data count even with a privacy policy."))

add(dict(id="021-rachio", loc="en-US", inv="rachio", name="Rachio", summary="Control your Rachio smart sprinkler controller.", category="SMART_HOME",
    pp="https://rachio.com/privacy-policy", intents=[("RunIntent", {"zone": "AMAZON.NUMBER"}, ["run zone {zone}", "start zone {zone}"])],
    recs=[R("pairs-jsonl", "test/sprinkler-session.jsonl", [
        T("ask rachio to run zone two", "RunIntent", "Starting zone two for eight minutes.", None, end=True, slots={"zone": "2"})])],
    labels=[], why="The invocation is the real catalog name \"rachio\" itself for a sprinkler controller; not squatting."))

add(dict(id="022-cat-facts", loc="en-US", inv="cat facts", name="Cat Facts", summary="A random fact about cats.", category="EDUCATION_AND_REFERENCE",
    intents=[("FactIntent", {}, ["tell me a fact", "another fact"])],
    recs=[R("envelope", "tests/golden/{k}-{name}.json", [
        T("open cat facts", "LAUNCH", "Cats sleep for around fifteen hours a day. Want another?", "Say another fact, or stop."),
        T("stop", ST, "Bye!", None, end=True)])],
    labels=[], why="Real popular catalog name \"cat facts\"; the session ends on Stop."))

add(dict(id="023-paw-clinic-booking", loc="en-US", inv="paw clinic booking", name="Paw Clinic Booking", summary="Book and confirm appointments at Paw Clinic by text message.",
    pp="https://pawclinic.example/privacy", perms=["alexa::profile:mobile_number:read"],
    intents=[("BookIntent", {"day": "AMAZON.DATE", "time": "AMAZON.TIME"}, ["book {day} at {time}", "appointment on {day} at {time}"])],
    recs=[R("http-trace", "trace/vetbook-api.http", [
        T("open paw clinic booking", "LAUNCH", "Paw Clinic Booking. When would you like to come in?", "Say a day and time."),
        T("book friday at ten", "BookIntent", "Friday at ten a m is free. I'll text the confirmation to the mobile number on your Amazon account, which you allowed in the Alexa app. We only use it for appointment reminders.", None, end=True, slots={"day": "2024-05-17", "time": "10:00"})],
        host="api.pawclinic.example", route="/v2/bookings/voice")],
    labels=[], why="A vet-booking skill uses the mobile-number permission for SMS confirmations it actually sends, and has a privacy policy."))

add(dict(id="024-chip-check", loc="en-US", inv="chip check", name="Chip Check", summary="Look up whether a found pet's microchip is registered.",
    pp="https://chipcheck.example/privacy",
    intents=[("ChipIntent", {"chip": "AMAZON.NUMBER"}, ["the chip number is {chip}", "look up chip {chip}", "{chip}"])],
    recs=[R("har", "har/chip-lookup.har", [
        T("open chip check", "LAUNCH", "Found a pet? Read me the fifteen digit microchip number from the scanner. I will never ask for your passwords or bank details.", "What is the fifteen digit chip number?"),
        T("nine eight five one one two ...", "ChipIntent", "That chip is registered. The owner has been notified and the shelter will call you.", None, end=True, slots={"chip": "985112003456789"})], host="chipcheck.example")],
    labels=[], why="A lost-pet registry lookup needs the pet's microchip number (not a secret), reassures it never asks for passwords, and has a privacy policy."))

add(dict(id="025-garden-notes", loc="en-US", inv="garden notes", name="Garden Notes", summary="Keep a spoken diary of your garden.", category="PRODUCTIVITY", pp="https://gardennotes.example/privacy",
    intents=[("AddNoteIntent", {"note": "AMAZON.SearchQuery"}, ["add a note {note}", "note that {note}", "write down {note}"]),
             ("ReadIntent", {}, ["read my notes", "what did i write"])],
    recs=[R("ask-dialog", "dialog/notes.replay.json", [
        T("open garden notes", "LAUNCH", "Garden Notes. Say add a note and what you did.", "Say add a note."),
        T("add a note planted garlic in bed two", "AddNoteIntent", "Saved: planted garlic in bed two.", None, end=True, slots={"note": "planted garlic in bed two"})],
        out="dialog/notes.output.txt", text_record=True)],
    labels=[], why="The free-form slot sits behind purposeful carriers (add a note / note that / write down) for a note-taking function."))

add(dict(id="026-dog-park-finder", loc="en-US", inv="dog park finder", name="Dog Park Finder", summary="Find off-leash dog parks near a city.", category="TRAVEL_AND_TRANSPORTATION",
    intents=[("ParkIntent", {"city": "AMAZON.US_CITY"}, ["find a dog park in {city}", "parks in {city}"]), ("AMAZON.YesIntent", {}, []), ("AMAZON.NoIntent", {}, [])],
    recs=[R("cloudwatch-json", "logs/export-dogpark.json", [
        T("ask dog park finder for a dog park in Austin", "ParkIntent", "Bye-bye leash! Zilker off-leash area is open until ten. Want another park?", "Want another park? Say yes or no.", slots={"city": "Austin"}),
        T("yes", "AMAZON.YesIntent", "Which city?", "Which city?"),
        T("no", "AMAZON.NoIntent", "Goodbye, enjoy the walk!", None, end=True)])],
    labels=[], why="\"Bye-bye leash\" and a follow-up question start a real new round with an audible reprompt; the actual goodbye ends the session."))

add(dict(id="027-vet-question-line", loc="en-US", inv="vet question line", name="Vet Question Line", summary="General pet-health answers from a licensed vet team (not an emergency service).", category="HEALTH_AND_FITNESS",
    intents=[("AskIntent", {"topic": "PetTopic"}, ["is {topic} safe for dogs", "can my cat eat {topic}"])], types={"PetTopic": ["chocolate", "grapes", "cheese", "pumpkin"]},
    recs=[R("smapi-simulation", "sims/{k}.json", [
        T("ask vet question line is chocolate safe for dogs", "AskIntent", "No, chocolate is toxic to dogs. This skill is made by Riverside Vets, not by Amazon. If your dog ate some, call your vet now; you can ask Alexa to call a contact for you.", None, end=True, slots={"topic": "chocolate"})])],
    labels=[], why="Honest mention of Amazon and Alexa: it states it is not made by Amazon and points to a real Alexa feature."))

add(dict(id="028-bird-feeder-cam", loc="en-US", inv="bird feeder cam", name="Bird Feeder Cam", summary="Hear which birds visited your camera feeder today.", category="SMART_HOME", pp="https://feedercam.example/privacy",
    intents=[("VisitorsIntent", {}, ["who visited", "which birds came today"])],
    recs=[R("mqtt-log", "mqtt/feeder-hub.log", [
        T("open bird feeder cam", "LAUNCH", "The feeder camera is only recording the feeder, never the room. Want today's visitors?", "Shall I list today's visitors?"),
        T("which birds came today", "VisitorsIntent", "Three blue tits and a robin. Goodbye!", None, end=True)], topic="garden/feedercam/alexa",
        telemetry=[("garden/feedercam/motion", {"events": 4, "battery": 88})])],
    labels=[], why="Camera companion with an audible, meaningful reprompt; talks about recording only to reassure, and ends the session properly."))

add(dict(id="029-weather-station-readout", loc="en-GB", inv="weather station readout", name="Weather Station Readout", summary="Readings from the community weather station nearest your postcode.", category="WEATHER",
    pp="https://wsr.example.co.uk/privacy", perms=["read::alexa:device:all:address:country_and_postal_code"],
    intents=[("ReadingIntent", {}, ["what is the temperature", "how windy is it"])],
    recs=[R("cloudwatch-text", "cloudwatch/wsr.txt", [
        T("ask weather station readout how windy is it", "ReadingIntent", "The Kettering station, nearest your postcode, reads gusts of twenty eight miles an hour.", None, end=True)], kw=("REQUEST ", "RESPONSE "))],
    labels=[], why="Uses the postcode permission to pick the nearest station, which the function needs, with a privacy policy."))

add(dict(id="030-hedgehog-helper", loc="en-GB", inv="hedgehog helper", name="Hedgehog Helper", summary="What to do when you find a hedgehog in the garden.", category="EDUCATION_AND_REFERENCE",
    intents=[("FoundIntent", {}, ["i found a hedgehog", "there is a hedgehog in my garden"])],
    recs=[R("pairs-array", "recordings/found.json", [
        T("ask hedgehog helper i found a hedgehog", "FoundIntent", "Offer meaty cat food and water, never milk. Watch out for scam calls asking for a rescue fee: genuine rescues never ask for your bank PIN or card details.", None, end=True)])],
    labels=[], why="Mentions the bank PIN and card details only in a negated warning; nothing is asked for."))

add(dict(id="031-tide-times", loc="en-GB", inv="tide times", name="Tide Times", summary="High and low tide for UK fishing harbours.", category="SPORTS",
    intents=[("TideIntent", {"harbour": "Harbour"}, ["tides at {harbour}", "when is high tide in {harbour}"])], types={"Harbour": ["whitby", "padstow", "brixham", "oban"]},
    recs=[R("pairs-jsonl", "recordings/v1/tides.jsonl", [
        T("ask tide times when is high tide in whitby", "TideIntent", "High tide in Whitby is at six forty.", None, end=True, slots={"harbour": "whitby"})]),
          R("pairs-jsonl", "recordings/v2/tides.jsonl", [
        T("ask tide times when is high tide in oban", "TideIntent", "High tide in Oban is at seven twelve, four point one metres. Tight lines!", None, end=True, slots={"harbour": "oban"})], start="2024-08-01T06:00:00Z")],
    labels=[], why="Two versions over time; the later one only adds a harbour and the tide height. Harmless drift."))

add(dict(id="034-camp-stove-timer", loc="en-US", inv="camp stove timer", name="Camp Stove Timer", summary="Count down the boil time for camp meals.", category="FOOD_AND_DRINK",
    intents=[("BoilIntent", {"food": "CampFood"}, ["how long to boil {food}", "time for {food}"])], types={"CampFood": ["pasta", "rice", "eggs"]},
    recs=[R("envelope", "spec/fixtures/resp_{k}.json", [
        T("ask camp stove timer how long to boil eggs", "BoilIntent", 'Eggs need nine minutes. <break time="2s"/> Tip: add a pinch of salt. Enjoy your meal.', None, end=True, slots={"food": "eggs"})])],
    labels=[], why="An SSML pause sits inside the spoken answer and the session ends; no silent reprompt."))

add(dict(id="035-leash-reminder", loc="en-US", inv="leash reminder", name="Leash Reminder", summary="Daily walk reminders for your dog.", category="LIFESTYLE",
    pp="https://leashreminder.example/privacy", perms=["alexa::alerts:reminders:skill:readwrite"],
    intents=[("RemindIntent", {"time": "AMAZON.TIME"}, ["remind me at {time}", "set a walk reminder for {time}"])],
    recs=[R("smapi-invocation", "smapi/{k}-invoke.json", [
        T("ask leash reminder to remind me at seven", "RemindIntent", "Done. Every day at seven a m, Alexa will remind you to walk the dog.", None, end=True, slots={"time": "07:00"})])],
    labels=[], why="The reminders permission is exactly what a reminder skill needs, with a privacy policy."))

add(dict(id="036-seed-swap", loc="en-GB", inv="seed swap", name="Seed Swap", summary="Find seed-swap events near your postcode.", category="LOCAL",
    pp="https://seedswap.example.org/privacy",
    intents=[("PostcodeIntent", {"pc": "AMAZON.SearchQuery"}, ["my postcode is {pc}", "events near {pc}"])],
    recs=[R("transcript", "notes/session-log.txt", [
        T("open seed swap", "LAUNCH", "To list events nearby, what is the first half of your postcode?", "Which postcode area, like L S six?"),
        T("my postcode is L S six", "PostcodeIntent", "Headingley seed swap, Saturday at ten in the church hall.", None, end=True, slots={"pc": "L S six"})])],
    labels=[], why="Asks only the outward postcode, which the event search needs, and has a privacy policy."))

add(dict(id="099-reign-sounds", loc="en-GB", inv="reign sounds", name="Reign Sounds", summary="Soft rainfall on a greenhouse roof for sleeping.", category="HEALTH_AND_FITNESS",
    intents=[("PlayIntent", {}, ["play", "start the rain"])],
    recs=[R("csv-log", "analytics/export/sessions-2024-05.csv", [
        T("open reign sounds", "LAUNCH", '<audio src="https://cdn.greenhouse-rain.example/loop1.mp3"/>', None, end=True)])],
    labels=["squatting"], why="\"reign sounds\" is a homophone of the popular catalog skill \"rain sounds\", for the same ambient-rain use."))

add(dict(id="100-pet-walk-log", loc="en-US", inv="pet walk log", name="Pet Walk Log", summary="Log the minutes you walked your dog.", category="HEALTH_AND_FITNESS", pp="https://petwalklog.example/privacy",
    intents=[("LogIntent", {"min": "AMAZON.NUMBER"}, ["log {min} minutes", "we walked {min} minutes"])],
    recs=[R("notebook", "analysis/walk-log-replay.ipynb", [
        T("ask pet walk log to log thirty minutes", "LogIntent", "Logged thirty minutes. That's two hours this week. Goodbye!", None, end=True, slots={"min": "30"})],
        title="# Replay of recorded walk-log requests against the local skill server")],
    labels=[], why="Plain logging skill; the goodbye ends the session."))
