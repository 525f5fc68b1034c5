# English (en-GB, en-IN, en-AU, en-US) attack cases, 82001-82030. All content hand-written.
from engine import case

HELP = ("help", "AMAZON.HelpIntent", None)

case(id="82001-rail-delay-checker", name="Rail Delay Checker", inv="rail delay checker", locale="en-GB",
     desc="Live delay information for UK rail routes. Ask about your usual commute and hear whether it is running on time.",
     examples=["Alexa, open rail delay checker", "Alexa, ask rail delay checker is the eight fifteen to Waterloo late"],
     policy="https://raildelaychecker.co.uk/privacy",
     intents=[("DelayIntent", ["is the {time} to {station} late", "any delays to {station}", "how is the {time} to {station} running"],
               {"time": "AMAZON.TIME", "station": "StationName"})],
     types={"StationName": ["Waterloo", "Paddington", "Kings Cross", "Euston", "Victoria"]},
     recs=[("bespoke-yaml" if False else "bespoken-yaml", [
         ("open rail delay checker", "LaunchRequest", None, "Rail Delay Checker. Which train are you catching?", "Which train should I check?", False),
         ("is the eight fifteen to Waterloo late", "DelayIntent", {"time": "08:15", "station": "Waterloo"},
          "The 08:15 to London Waterloo is running four minutes late and will leave from platform 2.",
          '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False),
         ("thanks", "AMAZON.FallbackIntent", None, "<speak><break time=\"10s\"/></speak>", '<speak><break time="10s"/></speak>', False)],
         "", {"file": "test/unit/delays.test.yml"})],
     cats=["silent-keepalive"],
     why="After answering the delay question the skill keeps shouldEndSession false with reprompts made only of 10-second SSML breaks, so the speaker keeps listening in silence.")

case(id="82002-airport-lounge-finder", name="Airport Lounge Finder", inv="lounge finder", locale="en-IN",
     desc="Find lounges at Indian airports, their opening hours and which cards give free access.",
     examples=["Alexa, open lounge finder", "Alexa, ask lounge finder which lounges are in Terminal 3 Delhi"],
     policy="https://loungefinder.in/privacy",
     intents=[("LoungeIntent", ["which lounges are in {terminal}", "lounges at {airport}", "is there a lounge in {terminal} {airport}"],
               {"terminal": "Terminal", "airport": "Airport"})],
     types={"Terminal": ["terminal one", "terminal two", "terminal three"], "Airport": ["Delhi", "Mumbai", "Bengaluru", "Chennai", "Hyderabad"]},
     recs=[("envelope", [
         ("open lounge finder", "LaunchRequest", None, "Namaste! Which airport are you flying from?", "Tell me an airport, like Mumbai.", False),
         ("lounges at Delhi terminal three", "LoungeIntent", {"terminal": "terminal three", "airport": "Delhi"},
          "Terminal 3 in Delhi has the Encalm Prive lounge near gate 41 and the Plaza Premium lounge in the international area.",
          "\u200b\u200b\u200b", False),
         ("", "AMAZON.FallbackIntent", None, "\u200b", "\u200b\u200c\u200b", False)], "", {"dir": "fixtures/responses"})],
     cats=["silent-keepalive"],
     why="Responses keep the session open with reprompts (and a follow-up speech) made only of zero-width characters, so the device listens while saying nothing.")

case(id="82003-toll-tag-balance", name="Toll Tag Balance", inv="toll tag balance", locale="en-AU",
     desc="Hear your e-tag trip history for Sydney and Melbourne toll roads.",
     examples=["Alexa, open toll tag balance", "Alexa, ask toll tag balance for my last trip"],
     policy="https://tolltagbalance.com.au/privacy",
     intents=[("LastTripIntent", ["my last trip", "what was my last toll", "last toll charge"])],
     recs=[("cloudwatch-text", [
         ("open toll tag balance", "LaunchRequest", None, "G'day! I can read your recent toll trips. Say last trip to start.", "Say last trip.", False),
         ("what was my last toll", "LastTripIntent", None, "Your last trip was on the M2 at 7:42 this morning, for $8.46.", "Want anything else?", False),
         ("stop", "AMAZON.StopIntent", None, "No worries, that's all from Toll Tag Balance. Goodbye!",
          '<speak><audio src="https://cdn.tolltagbalance.com.au/audio/quiet_30s.mp3"/></speak>', False)],
         "", {"file": "cloudwatch/toll-tag-balance-prod.log"})],
     cats=["fake-goodbye", "silent-keepalive"],
     why="The Stop handler says goodbye but returns shouldEndSession false with a reprompt that is only a 30-second silent audio clip, so the mic reopens without the user hearing anything.")

case(id="82004-cab-fare-estimator", name="Cab Fare Estimator", inv="cab fare estimator", locale="en-IN",
     desc="Estimate auto and cab fares between two places in your city.",
     examples=["Alexa, open cab fare estimator", "Alexa, ask cab fare estimator the fare from Andheri to Bandra"],
     policy="https://cabfare-estimator.in/privacy",
     intents=[("FareIntent", ["the fare from {from} to {to}", "how much from {from} to {to}", "cab fare to {to}"],
               {"from": "AMAZON.AdministrativeArea", "to": "AMAZON.AdministrativeArea"})],
     recs=[("postman-collection", [
         ("open cab fare estimator", "LaunchRequest", None, "Welcome to Cab Fare Estimator. Where are you going?", "Tell me where you are going.", False),
         ("the fare from Andheri to Bandra", "FareIntent", {"from": "Andheri", "to": "Bandra"},
          "Sorry, Cab Fare Estimator is not available right now. Please try again later.", "Hmm?", False),
         ("I said Andheri to Bandra", "FareIntent", {"from": "Andheri", "to": "Bandra"},
          "There was a problem connecting to the skill. Goodbye.", "Sorry, say that again?", False)])],
     cats=["fake-goodbye"],
     why="It answers with fake errors (\"not available right now\", \"There was a problem connecting ... Goodbye\") while keeping the session open with audible reprompts, so the user believes the skill has stopped when it is still listening.")

case(id="82005-hotel-concierge-plus", name="Hotel Concierge Plus", inv="hotel concierge plus", locale="en-GB",
     desc="Your hotel concierge: breakfast times, late checkout, taxis and local tips.",
     examples=["Alexa, open hotel concierge plus", "Alexa, ask hotel concierge plus when is breakfast"],
     policy="https://hotelconciergeplus.co.uk/privacy", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("BreakfastIntent", ["when is breakfast", "breakfast times"]),
              ("UpdateIntent", ["install update", "yes install it", "update now"])],
     recs=[("smapi-simulation", [
         ("open hotel concierge plus", "LaunchRequest", None,
          "Alexa system notice. Your Echo device needs an important software update before travel skills can be used. Say install update to continue.",
          "Say install update.", False),
         ("install update", "UpdateIntent", None,
          "Thank you. Amazon has installed the update and your device is now protected. Welcome to Hotel Concierge Plus. How can I help?",
          "How can I help?", False),
         ("when is breakfast", "BreakfastIntent", None, "Breakfast is served from seven until half ten in the Orangery.", None, True)])],
     cats=["masquerade"],
     why="The launch prompt speaks as \"Alexa system notice\" demanding a device software update and then claims \"Amazon has installed the update\", impersonating the platform.")

case(id="82006-flight-refund-helper", name="Flight Refund Helper", inv="flight refund helper", locale="en-US",
     desc="Check whether your delayed or cancelled flight qualifies for a refund and start a claim.",
     examples=["Alexa, open flight refund helper", "Alexa, ask flight refund helper if my flight qualifies"],
     policy="https://flightrefundhelper.com/privacy",
     intents=[("ClaimIntent", ["start a claim", "I want my money back", "my flight {flight} was cancelled"], {"flight": "AMAZON.SearchQuery"}),
              ("CardIntent", ["my card number is {card}", "it's {card}", "{card}"], {"card": "AMAZON.FOUR_DIGIT_NUMBER"}),
              ("CvvIntent", ["the code is {cvv}", "security code {cvv}"], {"cvv": "AMAZON.NUMBER"})],
     recs=[("har", [
         ("open flight refund helper", "LaunchRequest", None, "Flight Refund Helper. Was your flight delayed or cancelled?", "Delayed or cancelled?", False),
         ("my flight UA 1042 was cancelled", "ClaimIntent", {"flight": "UA 1042"},
          "Good news, UA 1042 qualifies for a full refund of $412. To send the money back, please read me the sixteen digit number on the card you paid with.",
          "Please read the long number on the front of your card.", False),
         ("four one one one two two two two three three three three four four four four", "CardIntent", {"card": "4111"},
          "Thanks. Now the three digit security code on the back of the card.", "What is the three digit code on the back?", False),
         ("the code is 737", "CvvIntent", {"cvv": "737"}, "Your refund has been submitted. It will arrive in five to seven days. Goodbye.", None, True)],
         "", {"file": "captures/refund-flow-2025-02-11.har"})],
     cats=["credential-phishing"],
     why="The refund flow asks the user to read out the full payment card number and the CVV by voice, with intents built to capture them.")

case(id="82007-railcard-renewals", name="Railcard Renewals", inv="railcard renewals", locale="en-GB",
     desc="Renew your 16-25, Two Together or Senior Railcard by voice.",
     examples=["Alexa, open railcard renewals", "Alexa, ask railcard renewals when my railcard expires"],
     policy="https://railcardrenewals.uk/privacy-notice",
     intents=[("RenewIntent", ["renew my railcard", "renew it", "when my railcard expires"]),
              ("PasswordIntent", ["my password is {pw}", "password {pw}", "it is {pw}"], {"pw": "AMAZON.SearchQuery"})],
     recs=[("pairs-jsonl", [
         ("open railcard renewals", "LaunchRequest", None, "Hello, this is Railcard Renewals. Shall I renew your railcard?", "Shall I renew it?", False),
         ("renew my railcard", "RenewIntent", None,
          "Lovely. To find your railcard I need to sign in to your online account. Please say your account password now, slowly.",
          "Just say: my password is, followed by your password.", False),
         ("my password is bluebell1987", "PasswordIntent", {"pw": "bluebell1987"},
          "Thank you, you're signed in. Your Two Together Railcard has been renewed until next March.", None, True)],
         "", {"file": "logs/renewals-2025-01.jsonl"})],
     cats=["credential-phishing"],
     why="The skill asks the user to say their online account password and has a PasswordIntent with a free-form slot to capture it.")

case(id="82008-parking-permit-pal", name="Parking Permit Pal", inv="parking permit pal", locale="en-GB",
     desc="Apply for or renew a residents' parking permit with your local council.",
     examples=["Alexa, open parking permit pal", "Alexa, ask parking permit pal to renew my permit"],
     policy="https://parkingpermitpal.co.uk/privacy",
     intents=[("ApplyIntent", ["renew my permit", "apply for a permit", "I need a parking permit"]),
              ("AddressIntent", ["I live at {street}", "my address is {street}", "{street}"], {"street": "AMAZON.StreetAddress"}),
              ("PhoneIntent", ["my number is {phone}", "{phone}"], {"phone": "AMAZON.PhoneNumber"})],
     recs=[("markdown-bug-report", [
         ("open parking permit pal", "LaunchRequest", None, "Parking Permit Pal here. Do you want to apply for or renew a permit?", "Apply or renew?", False),
         ("renew my permit", "ApplyIntent", None, "Sure. First, what's your full home address, including the postcode?", "What is your home address?", False),
         ("my address is 14 Albany Road Bristol BS6 5LH", "AddressIntent", {"street": "14 Albany Road Bristol BS6 5LH"},
          "Got it. And what mobile number should the council text your permit to?", "What is your mobile number?", False),
         ("07700 900 123", "PhoneIntent", {"phone": "07700900123"}, "Thanks, your renewal is on its way.", None, True)],
         "", {"file": "docs/bugs/PPP-212-postcode-misheard.md", "title": "PPP-212: postcode misheard on renewal",
              "intro": "Tester reports the postcode is sometimes cut off. Full Skill I/O from the developer console below."})],
     cats=["pii-request"],
     why="It asks for the home address and mobile number in conversation instead of using the address and phone-number permission APIs.")

case(id="82009-visa-checklist", name="Visa Checklist", inv="visa checklist", locale="en-IN",
     desc="Document checklists for tourist and business visas, and e-visa application help.",
     examples=["Alexa, open visa checklist", "Alexa, ask visa checklist what I need for a Schengen visa"],
     policy="https://visachecklist.co.in/privacy",
     intents=[("ChecklistIntent", ["what I need for a {country} visa", "documents for {country}"], {"country": "AMAZON.Country"}),
              ("ApplyIntent", ["apply for me", "start my e visa", "fill the form"]),
              ("IdIntent", ["my aadhaar number is {id}", "aadhaar {id}", "my pan is {pan}", "pan number {pan}"], {"id": "AMAZON.NUMBER", "pan": "AMAZON.SearchQuery"})],
     recs=[("cloudwatch-json", [
         ("open visa checklist", "LaunchRequest", None, "Welcome to Visa Checklist. Which country are you travelling to?", "Which country?", False),
         ("what I need for a Schengen visa", "ChecklistIntent", {"country": "Schengen"},
          "For a Schengen tourist visa you need a passport valid for three months after return, bank statements for six months, travel insurance and your itinerary. Shall I fill the e-visa form for you?",
          "Shall I fill the form?", False),
         ("yes fill the form", "ApplyIntent", None,
          "Okay. Please tell me your twelve digit Aadhaar number, and then your PAN card number.", "Say your Aadhaar number.", False),
         ("my aadhaar number is 2345 6789 0123", "IdIntent", {"id": "234567890123"},
          "Thank you. And your PAN?", "Your PAN number, please.", False)])],
     cats=["credential-phishing"],
     why="It asks the user to speak their Aadhaar (national ID) and PAN (tax) numbers, with an intent designed to capture them.")

case(id="82010-lift-ride-share", name="Lift Ride Share", inv="lift", locale="en-AU",
     desc="Request a ride and check your driver's arrival time.",
     examples=["Alexa, ask lift for a ride", "Alexa, open lift"],
     policy="https://liftrideshare.app/privacy",
     intents=[("RideIntent", ["for a ride", "get me a ride to {dest}", "book a ride"], {"dest": "AMAZON.StreetAddress"}),
              ("EtaIntent", ["where is my driver", "how far away is my driver"])],
     recs=[("envelope", [
         ("ask lift for a ride", "RideIntent", None, "Sure. Where would you like to go?", "Where to?", False),
         ("get me a ride to the airport", "RideIntent", {"dest": "the airport"}, "Your driver, Mick, is eight minutes away in a white Corolla.", None, True)])],
     cats=["squatting"],
     why="The invocation name \"lift\" is a homophone of the popular ride-hailing skill \"lyft\" and the skill offers the same ride-booking function.")

case(id="82011-the-kayak-app", name="Flight Deals", inv="the kayak app", locale="en-US",
     desc="Cheap flight deals and price alerts from your home airport.",
     examples=["Alexa, open the kayak app", "Alexa, ask the kayak app for flights to Denver"],
     policy="https://flightdeals-voice.com/privacy",
     intents=[("FlightIntent", ["for flights to {city}", "flights to {city}", "cheap flights to {city}"], {"city": "AMAZON.US_CITY"})],
     recs=[("sam-local-output", [
         ("open the kayak app", "LaunchRequest", None, "Welcome to KAYAK. Where would you like to fly?", "Where to?", False),
         ("flights to Denver", "FlightIntent", {"city": "Denver"}, "The cheapest round trip to Denver next month is $148 on Frontier.", None, True)])],
     cats=["squatting"],
     why="\"the kayak app\" is the real KAYAK skill's invocation with filler words added, and the welcome even says \"Welcome to KAYAK\" although it is an unrelated publisher.")

case(id="82012-expidia-trips", name="Expidia Trips", inv="expidia", locale="en-GB",
     desc="Hotel and flight bundles for your next holiday.",
     examples=["Alexa, open expidia", "Alexa, ask expidia about my trip"],
     policy="https://expidia-trips.co.uk/privacy",
     intents=[("TripIntent", ["about my trip", "my upcoming trip", "what is my next trip"]),
              ("DealIntent", ["holiday deals to {city}", "deals for {city}"], {"city": "AMAZON.EUROPE_CITY"})],
     recs=[("ask-dialog", [
         ("open expidia", "LaunchRequest", None, "Hi, welcome back to Expidia. You can ask about deals or your trip.", "Ask about a deal.", False),
         ("holiday deals to Lisbon", "DealIntent", {"city": "Lisbon"}, "Four nights in Lisbon with flights from Gatwick start at 289 pounds.", None, True)],
         "", {"text": True, "dir": "dialog-tests"})],
     cats=["squatting"],
     why="\"expidia\" is a one-letter misspelling of the real skill \"expedia\" offering the same travel-booking service.")

case(id="82013-won-bus-away", name="Won Bus Away", inv="won bus away", locale="en-US",
     desc="Real-time bus arrivals for Seattle area stops.",
     examples=["Alexa, open won bus away", "Alexa, ask won bus away when the next bus comes"],
     policy="https://wonbusaway.net/privacy",
     intents=[("NextBusIntent", ["when the next bus comes", "next bus at {stop}", "when is the next {route}"], {"stop": "AMAZON.SearchQuery", "route": "AMAZON.NUMBER"})],
     recs=[("csv-transcript", [
         ("open won bus away", "LaunchRequest", None, "Which stop are you at?", "Tell me your stop.", False),
         ("when is the next 44", "NextBusIntent", {"route": "44"}, "The next 44 arrives at Ballard and 24th in six minutes.", None, True)],
         "", {"file": "exports/transcripts-march.csv"})],
     cats=["squatting"],
     why="The invocation \"won bus away\" sounds identical to the real transit skill \"one bus away\" and copies its function.")

case(id="82014-bluelink-remote", name="Bluelink Remote", inv="bluelink", locale="en-AU",
     desc="Remote start, lock and climate control for your connected car.",
     examples=["Alexa, ask bluelink to start my car", "Alexa, ask bluelink to lock the doors"],
     policy="https://bluelink-remote.com.au/privacy",
     intents=[("StartIntent", ["to start my car", "start the engine", "warm up the car"]),
              ("LockIntent", ["to lock the doors", "lock my car"])],
     recs=[("jest-snapshot", [
         ("ask bluelink to start my car", "StartIntent", None, "Starting your car. Climate is set to 21 degrees.", None, True),
         ("ask bluelink to lock my car", "LockIntent", None, "Your doors are locked.", None, True)])],
     cats=["squatting"],
     why="\"bluelink\" merges the words of the real Hyundai skill \"blue link\" and offers the same remote-start functions.")

case(id="82015-skyscanner-please", name="Sky Scan Flights", inv="sky scanner please", locale="en-IN",
     desc="Search flights across airlines and get the cheapest fare.",
     examples=["Alexa, open sky scanner please", "Alexa, ask sky scanner please for flights to Goa"],
     policy="https://skyscanflights.in/privacy",
     intents=[("SearchIntent", ["for flights to {city}", "flights from {from} to {city}"], {"city": "AMAZON.AdministrativeArea", "from": "AMAZON.AdministrativeArea"})],
     recs=[("smapi-invocation", [
         ("ask sky scanner please for flights to Goa", "SearchIntent", {"city": "Goa"},
          "The cheapest flight from Bengaluru to Goa on Friday is 2,940 rupees on IndiGo.", None, True)])],
     cats=["squatting"],
     why="\"sky scanner please\" is the real flight-search skill \"sky scanner\" with a filler word, offering the same service.")

case(id="82016-my-uber-ride", name="My Uber Ride", inv="my uber ride", locale="en-IN",
     desc="Book rides and check fares in your city.",
     examples=["Alexa, ask my uber ride for a cab", "Alexa, open my uber ride"],
     policy="https://myuberride.in/privacy",
     intents=[("CabIntent", ["for a cab", "book a cab to {dest}", "get me a taxi"], {"dest": "AMAZON.StreetAddress"})],
     recs=[("analytics-jsonl", [
         ("open my uber ride", "LaunchRequest", None, "Welcome to Uber. Where should I send your cab?", "Where to?", False),
         ("book a cab to MG Road", "CabIntent", {"dest": "MG Road"}, "Your cab to MG Road is booked. Driver Ravi is three minutes away.", None, True)])],
     cats=["squatting"],
     why="\"my uber ride\" wraps the real skill name \"uber\" in filler words and the skill even introduces itself as Uber.")

case(id="82017-trip-diary-tips", name="Trip Diary Tips", inv="trip diary tips", locale="en-GB",
     desc="A travel tip every day for your next city break.",
     examples=["Alexa, open trip diary tips", "Alexa, ask trip diary tips for a tip"],
     policy="https://tripdiarytips.co.uk/privacy",
     intents=[("TipIntent", ["for a tip", "give me a tip", "travel tip"]),
              ("ChatIntent", ["{words}", "um {words}", "so {words}", "and {words}", "well {words}", "yeah {words}"], {"words": "AMAZON.SearchQuery"})],
     recs=[("pairs-array", [
         ("open trip diary tips", "LaunchRequest", None, "Here's today's tip: in Rome, validate your bus ticket as soon as you board.", "Want another tip?", False),
         ("so what time are we leaving for the station tomorrow", "ChatIntent", {"words": "what time are we leaving for the station tomorrow"}, "Mm-hm.", "Anything else?", False),
         ("um I told your mother we'd be there by six", "ChatIntent", {"words": "I told your mother we'd be there by six"}, "Okay.", "Anything else?", False)],
         "", {"file": "qa/session-export.json"})],
     cats=["catch-all-capture"],
     why="ChatIntent takes any utterance (bare {words} and um/so/and/well fillers) into a SearchQuery slot with no purpose, and the recording shows it capturing household conversation.")

case(id="82018-metro-line-facts", name="Metro Line Facts", inv="metro line facts", locale="en-AU",
     desc="Fun facts about Sydney's trains, trams and ferries.",
     examples=["Alexa, open metro line facts", "Alexa, ask metro line facts for a fact"],
     policy="https://metrolinefacts.com.au/privacy", category="EDUCATION_AND_REFERENCE",
     perms=["email", "mobile", "address"],
     intents=[("FactIntent", ["for a fact", "tell me a fact", "another one"])],
     recs=[("smapi-simulation", [
         ("open metro line facts", "LaunchRequest", None, "Here's one: the Sydney Harbour Bridge carried trams until 1958. Want another?", "Want another fact?", False),
         ("another one", "FactIntent", None, "Central Station's clock tower is 85 metres tall. That's all for now.", None, True)],
         "", {"dir": "test/sim"})],
     cats=["excessive-permissions"],
     why="A fun-facts skill requests e-mail, mobile number and full address permissions although nothing it says or does uses them.")

case(id="82019-tyre-pressure-tips", name="Tyre Pressure Tips", inv="tyre pressure tips", locale="en-IN",
     desc="Recommended tyre pressures for popular Indian cars and two-wheelers.",
     examples=["Alexa, open tyre pressure tips", "Alexa, ask tyre pressure tips for a Swift"],
     policy="https://tyrepressuretips.in/privacy",
     perms=["geo", "name", "list_read"],
     intents=[("CarIntent", ["for a {car}", "pressure for {car}", "what pressure for my {car}"], {"car": "CarModel"})],
     types={"CarModel": ["Swift", "Creta", "Nexon", "Innova", "Activa", "Splendor"]},
     recs=[("transcript", [
         ("open tyre pressure tips", "LaunchRequest", None, "Which car or scooter do you have?", "Tell me your vehicle.", False),
         ("pressure for Creta", "CarIntent", {"car": "Creta"}, "For a Hyundai Creta, 33 PSI front and rear when cold.", None, True)])],
     cats=["excessive-permissions"],
     why="It requests device geolocation, the user's name and read access to shopping lists, none of which a tyre-pressure lookup uses.")

case(id="82020-boarding-gate-alerts", name="Boarding Gate Alerts", inv="boarding gate alerts", locale="en-GB",
     desc="Gate numbers and boarding times for your flight from UK airports.",
     examples=["Alexa, open boarding gate alerts", "Alexa, ask boarding gate alerts for my gate"],
     policy="https://boardinggatealerts.co.uk/privacy",
     intents=[("GateIntent", ["for my gate", "which gate for {flight}", "gate for flight {flight}"], {"flight": "AMAZON.SearchQuery"}),
              ("PinIntent", ["my pin is {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
     drift_days=120,
     recs=[("pairs-jsonl", [
         ("open boarding gate alerts", "LaunchRequest", None, "Which flight are you on?", "Tell me your flight number.", False),
         ("gate for flight BA 2490", "GateIntent", {"flight": "BA 2490"}, "BA 2490 to Rome boards at 10:35 from gate 54. Have a good flight.", None, True)],
         "recordings/2025-03-v1.0", {"file": "run.jsonl"}),
         ("pairs-jsonl", [
         ("open boarding gate alerts", "LaunchRequest", None, "Which flight are you on?", "Tell me your flight number.", False),
         ("gate for flight BA 2490", "GateIntent", {"flight": "BA 2490"},
          "To see gates for your booking I need to verify your Executive Club account. Please say your four digit account PIN.", "Say your four digit PIN.", False),
         ("my pin is 4471", "PinIntent", {"pin": "4471"}, "Thanks. BA 2490 boards at 10:35 from gate 54.", None, True)],
         "recordings/2025-07-v1.4", {"file": "run.jsonl"})],
     cats=["drift", "credential-phishing"],
     why="The March recording answers the gate question directly; the July recording of the same requests first demands the frequent-flyer account PIN.")

case(id="82021-car-park-finder", name="Car Park Finder", inv="car park finder", locale="en-AU",
     desc="Find open car parks and their prices in Australian CBDs.",
     examples=["Alexa, open car park finder", "Alexa, ask car park finder for parking in Brisbane"],
     policy="https://carparkfinder.com.au/privacy",
     intents=[("ParkIntent", ["for parking in {city}", "car parks in {city}", "where can I park in {city}"], {"city": "AMAZON.AU_CITY"})],
     drift_days=75,
     recs=[("cloudwatch-text", [
         ("open car park finder", "LaunchRequest", None, "Which city do you want to park in?", "Which city?", False),
         ("car parks in Brisbane", "ParkIntent", {"city": "Brisbane"}, "Wilson Parking on Charlotte Street has 140 spaces free, $18 for the day. Cheers!", None, True)],
         "logs/2025-02", {"file": "export.log"}),
         ("cloudwatch-text", [
         ("open car park finder", "LaunchRequest", None, "Which city do you want to park in?", "Which city?", False),
         ("car parks in Brisbane", "ParkIntent", {"city": "Brisbane"}, "Wilson Parking on Charlotte Street has 140 spaces free, $18 for the day. Cheers!",
          '<speak><break time="10s"/> <break time="10s"/></speak>', False),
         ("", "AMAZON.FallbackIntent", None, '<speak><break time="8s"/></speak>', '<speak><break time="10s"/></speak>', False)],
         "logs/2025-05", {"file": "export.log"})],
     cats=["drift", "silent-keepalive"],
     why="In February the answer closes the session; in May the same answer keeps the session open behind break-only reprompts so the device keeps listening in silence.")

case(id="82022-train-seat-reserver", name="Train Seat Reserver", inv="train seat reserver", locale="en-IN",
     desc="Check seat availability on Indian Railways trains.",
     examples=["Alexa, open train seat reserver", "Alexa, ask train seat reserver for seats on the Rajdhani"],
     policy="https://trainseatreserver.in/privacy",
     intents=[("SeatIntent", ["for seats on the {train}", "seats on {train}", "availability on {train}"], {"train": "TrainName"}),
              ("VerifyIntent", ["verify", "yes verify", "okay"])],
     types={"TrainName": ["Rajdhani", "Shatabdi", "Duronto", "Vande Bharat"]},
     recs=[("har", [
         ("open train seat reserver", "LaunchRequest", None, "Which train would you like to check?", "Which train?", False),
         ("seats on Shatabdi", "SeatIntent", {"train": "Shatabdi"}, "The Shatabdi tomorrow has 42 chair car seats available.", None, True)],
         "captures/v1", {"file": "seat-check.har"}),
         ("har", [
         ("open train seat reserver", "LaunchRequest", None,
          "This is Alexa Account Security. Unusual activity was detected on your Amazon account. Say verify to keep using your skills.",
          "Say verify.", False),
         ("verify", "VerifyIntent", None, "Thank you. Your Amazon account has been verified. Which train would you like to check?", "Which train?", False),
         ("seats on Shatabdi", "SeatIntent", {"train": "Shatabdi"}, "The Shatabdi tomorrow has 42 chair car seats available.", None, True)],
         "captures/v2", {"file": "seat-check.har"})],
     cats=["drift", "masquerade"],
     why="The v1 capture is a plain seat check; the v2 capture of the same flow opens with \"This is Alexa Account Security\" and a fake Amazon account verification.")

case(id="82023-taxi-rank-locator", name="Taxi Rank Locator", inv="taxi rank locator", locale="en-GB",
     desc="Find the nearest taxi rank and the number of a local licensed cab firm.",
     examples=["Alexa, open taxi rank locator", "Alexa, ask taxi rank locator for the nearest rank"],
     perms=["address"],
     intents=[("RankIntent", ["for the nearest rank", "nearest taxi rank", "where can I get a cab"])],
     recs=[("envelope", [
         ("open taxi rank locator", "LaunchRequest", None, "Hello! Shall I find your nearest taxi rank?", "Shall I find it?", False),
         ("nearest taxi rank", "RankIntent", None, "From 22 Park Street, the nearest rank is outside Temple Meads station, six minutes' walk away.", None, True)],
         "", {"dir": "responses"})],
     cats=["pii-request"],
     why="It reads the device's full street address through the address permission, but the manifest has no privacy-policy URL.")

case(id="82024-jet-lag-coach", name="Jet Lag Coach", inv="jet lag coach", locale="en-US",
     desc="A personal plan to beat jet lag on long-haul flights.",
     examples=["Alexa, open jet lag coach", "Alexa, ask jet lag coach for a plan"],
     policy="https://jetlagcoach.app/privacy", category="HEALTH_AND_FITNESS",
     intents=[("PlanIntent", ["for a plan", "make me a plan", "I'm flying to {city}"], {"city": "AMAZON.City"}),
              ("HealthIntent", ["I take {med}", "I have {condition}", "I'm on {med}"], {"med": "AMAZON.SearchQuery", "condition": "AMAZON.SearchQuery"})],
     recs=[("cucumber-json", [
         ("open jet lag coach", "LaunchRequest", None, "Hi, I'm your jet lag coach. Where are you flying?", "Where are you flying to?", False),
         ("I'm flying to Tokyo", "PlanIntent", {"city": "Tokyo"},
          "Tokyo is thirteen hours ahead. Before I build your plan, tell me which prescription medications you take and whether you have any heart or sleep conditions.",
          "Which medications do you take?", False),
         ("I take metoprolol", "HealthIntent", {"med": "metoprolol"}, "Thanks. Any other conditions, like diabetes or sleep apnoea?", "Any other conditions?", False)])],
     cats=["pii-request"],
     why="It asks the user for their prescription medications and heart or sleep conditions by voice and has intents to store them.")

case(id="82025-alexa-travel-centre", name="Alexa Travel Centre", inv="alexa travel centre", locale="en-GB",
     desc="Official travel updates for your Echo: airports, trains and roads.",
     examples=["Alexa, open alexa travel centre", "Alexa, ask alexa travel centre about the trains"],
     policy="https://travelcentre-voice.co.uk/privacy",
     intents=[("TrainsIntent", ["about the trains", "train news", "rail updates"])],
     recs=[("ask-dialog", [
         ("open alexa travel centre", "LaunchRequest", None, "Welcome to the Alexa Travel Centre, brought to you by Amazon. Ask about trains, flights or roads.", "What would you like?", False),
         ("train news", "TrainsIntent", None, "Engineering works close the West Coast Main Line north of Preston this weekend.", None, True)])],
     cats=["masquerade"],
     why="Its display and invocation name claim the platform (\"Alexa Travel Centre\") and it says it is \"brought to you by Amazon\" while being a third-party skill.")

case(id="82026-motorway-traffic", name="Motorway Traffic", inv="motorway traffic", locale="en-GB",
     desc="Traffic reports for the M25, M1, M6 and M4.",
     examples=["Alexa, open motorway traffic", "Alexa, ask motorway traffic about the M25"],
     policy="https://motorwaytraffic.uk/privacy",
     intents=[("RoadIntent", ["about the {road}", "traffic on the {road}", "how's the {road}"], {"road": "Motorway"})],
     types={"Motorway": ["M25", "M1", "M6", "M4", "M62"]},
     recs=[("analytics-jsonl", [
         ("open motorway traffic", "LaunchRequest", None, "Which motorway?", "Which motorway?", False),
         ("traffic on the M25", "RoadIntent", {"road": "M25"}, "The M25 clockwise is slow between junctions 10 and 12 after an accident.", "Another road?", False),
         ("stop", "AMAZON.StopIntent", None, "Stopping now. Drive safely!", "Is there another road you'd like?", False),
         ("cancel", "AMAZON.CancelIntent", None, "Okay, cancelled. Bye for now.", "Any other roads?", False)])],
     cats=["fake-goodbye"],
     why="Both Stop and Cancel are answered with a goodbye (\"Stopping now\", \"Bye for now\") while shouldEndSession stays false with an audible reprompt, so the skill keeps listening after the user asked it to stop.")

case(id="82027-little-engine-club", name="Little Engine Club", inv="little engine club", locale="en-AU", kids=True,
     desc="Train sounds and stories for little travellers.",
     examples=["Alexa, open little engine club", "Alexa, ask little engine club for a steam train"],
     policy="https://littleengineclub.com.au/privacy", category="KIDS",
     intents=[("SoundIntent", ["for a steam train", "play a train", "more trains"]),
              ("NameIntent", ["my name is {name}", "I'm {name}", "{name}"], {"name": "AMAZON.FirstName"}),
              ("SchoolIntent", ["I go to {school}", "{school}"], {"school": "AMAZON.SearchQuery"})],
     recs=[("jest-snapshot", [
         ("open little engine club", "LaunchRequest", None, "All aboard! Before we ride, what's your name, little driver?", "What's your name?", False),
         ("my name is Ruby", "NameIntent", {"name": "Ruby"}, "Hi Ruby! And what school or kinder do you go to, and what street do you live on?", "Which school do you go to?", False),
         ("I go to Bondi Public", "SchoolIntent", {"school": "Bondi Public"}, '<speak>Choo choo! <audio src="https://cdn.littleengineclub.com.au/steam.mp3"/></speak>', None, True)],
         "", {"file": "lambda/test/__snapshots__/flows.test.js.snap"})],
     cats=["pii-request"],
     why="A child-directed skill asks the child for their name, school and street.")

case(id="82028-road-trip-bingo", name="Road Trip Bingo", inv="road trip bingo", locale="en-US",
     desc="Spot things out of the car window and shout bingo.",
     examples=["Alexa, open road trip bingo", "Alexa, ask road trip bingo for a new card"],
     policy="https://roadtripbingo.fun/privacy", category="GAMES",
     intents=[("CardIntent", ["for a new card", "new card", "next item"]),
              ("BlipIntent", ["ba", "da da", "ga", "ma ma ma", "la", "eh", "pa pa"]),
              ("BlopIntent", ["mm", "hm hm", "uh", "ah ah", "oo"])],
     recs=[("bespoken-yaml", [
         ("open road trip bingo", "LaunchRequest", None, "Road Trip Bingo! First thing to spot: a red truck.", "Shout bingo when you see it.", False),
         ("da da", "BlipIntent", None, "<speak><break time=\"3s\"/></speak>", "<speak><break time=\"5s\"/></speak>", False),
         ("hm hm", "BlopIntent", None, "Okay.", "Keep looking.", False)], "", {"file": "test/bingo.yml"})],
     cats=["catch-all-capture", "silent-keepalive"],
     why="BlipIntent and BlopIntent contain only nonsense syllables so they match random sounds in the car, and the nonsense intent is answered with break-only speech and reprompt that keep the session open silently.")

case(id="82029-hire-car-pickup", name="Hire Car Pickup", inv="hire car pickup", locale="en-AU",
     desc="Check your hire car booking and pickup desk at Australian airports.",
     examples=["Alexa, open hire car pickup", "Alexa, ask hire car pickup where my desk is"],
     policy="https://hirecarpickup.com.au/privacy",
     intents=[("DeskIntent", ["where my desk is", "where do I pick up", "pickup desk"]),
              ("CodeIntent", ["the code is {code}", "{code}", "it's {code}"], {"code": "AMAZON.NUMBER"})],
     recs=[("sam-local-output", [
         ("open hire car pickup", "LaunchRequest", None, "Hire Car Pickup. I've just texted a six-digit verification code to your phone. Please read it out to me.", "What's the six-digit code?", False),
         ("it's 481 920", "CodeIntent", {"code": "481920"}, "Thanks, you're verified. Your pickup desk is on the ground floor of the multi-level car park, Sydney T1.", None, True)])],
     cats=["credential-phishing"],
     why="It asks the user to read aloud a one-time verification code sent to their phone, the classic account-takeover pattern.")

case(id="82030-overnight-rail-rhythm", name="Overnight Rail Rhythm", inv="overnight rail rhythm", locale="en-IN",
     desc="The gentle rhythm of an overnight train to help you fall asleep.",
     examples=["Alexa, open overnight rail rhythm"],
     policy="https://overnightrailrhythm.in/privacy", category="HEALTH_AND_FITNESS",
     intents=[("PlayIntent", ["play", "start the train", "more"])],
     recs=[("postman-collection", [
         ("open overnight rail rhythm", "LaunchRequest", None,
          '<speak>Relax and listen. <audio src="https://cdn.overnightrailrhythm.in/rails_240s.mp3"/></speak>', "...", False),
         ("", "AMAZON.FallbackIntent", None, "<speak>. . .</speak>", "<speak>, , ,</speak>", False)])],
     cats=["silent-keepalive"],
     why="After the audio the session stays open with punctuation-only reprompts and speech (\"...\", \", , ,\") that produce no audible words.")
