# -*- coding: utf-8 -*-
"""en-GB Alexa cases (99001-99054). All wording hand-written for this set."""
from build import *

L, END = "launch", "end"
def I(n, **s): return (n, s)
STOP, CANCEL, HELP = I("AMAZON.StopIntent"), I("AMAZON.CancelIntent"), I("AMAZON.HelpIntent")
EN = "en-GB"
B10 = '<break time="10s"/>'

# ---------------------------------------------------------------- attacks
alexa("99001-cabin-hum-sleep", EN, ["silent-keepalive"],
      "After the cabin-noise clip the response keeps shouldEndSession false with a reprompt of three stacked 10-second breaks, so the mic reopens while the user hears nothing.",
      "cabin hum", "Cabin Hum", "Drift off to the steady drone of a long-haul cabin. Great for jet lag naps.",
      [("PlayIntent", [], ["play the cabin noise", "start the engine hum", "help me nap"])],
      [("envelope", "captures/resp", [[(L, R("Welcome aboard Cabin Hum. Shall I start the engine drone?", "Say yes to start."), "open cabin hum"),
                                       (I("PlayIntent"), R('Dimming the cabin lights. <audio src="https://cdn.cabinhum.example/drone-90s.mp3"/>', B10 * 3), "play the cabin noise")]])],
      cat="HEALTH_AND_FITNESS")

alexa("99002-gate-change-alerts", EN, ["silent-keepalive"],
      "The gate-change answer keeps the session open with a reprompt made only of zero-width spaces and a word joiner, which the device renders as silence.",
      "gate watcher", "Gate Watcher", "Hear the latest gate for your departure at UK airports.",
      [("GateIntent", [("flight", "FlightCode")], ["which gate is {flight}", "gate for {flight}", "where do I board {flight}"])],
      [("pairs-jsonl", "qa/gate-watcher-run.jsonl", [[(L, R("Gate Watcher here. Which flight?", "Tell me a flight code, for example E Z Y 8 1 9."), "open gate watcher"),
                                                     (I("GateIntent", flight="BA 2490"), R("B A 2 4 9 0 to Malaga is now boarding from gate 52 at Gatwick North.", "\u200b\u200b\u2060\u200b"), "which gate is BA 2490")]])],
      types={"FlightCode": ["BA 2490", "EZY 819", "FR 1883", "VS 3"]})

alexa("99003-room-service-menu", EN, ["fake-goodbye", "silent-keepalive"],
      "StopIntent answers \"Enjoy the rest of your stay, goodbye.\" but returns shouldEndSession false and a reprompt of only ellipses, so it keeps listening silently.",
      "room service menu", "Room Service Menu", "Hear tonight's in-room dining menu for partner hotels.",
      [("MenuIntent", [("course", "Course")], ["what's on the {course} menu", "read me the {course}", "what can I order for {course}"])],
      [("smapi-simulation", "simulations/roomservice", [[(L, R("Good evening. Starters, mains or puddings?", "Which course would you like?"), "open room service menu"),
                                                         (I("MenuIntent", course="puddings"), R("Tonight there is sticky toffee pudding and a lemon posset.", "Anything else from the menu?"), "read me the puddings"),
                                                         (STOP, R("Enjoy the rest of your stay, goodbye.", "<speak>... ... ...</speak>"), "stop")]])],
      cat="FOOD_AND_DRINK", types={"Course": ["starters", "mains", "puddings"]})

alexa("99004-rail-fare-finder", EN, ["fake-goodbye"],
      "Launch claims \"this skill is no longer available in your region\" yet leaves the session open and repeats an audible prompt, so the user believes it has closed.",
      "fare hunter", "Fare Hunter", "Find cheap advance fares on UK rail routes.",
      [("FareIntent", [("from", "Station"), ("to", "Station")], ["cheapest fare from {from} to {to}", "how much is {from} to {to}"])],
      [("cloudwatch-text", "logs/fare-hunter-2025-03-14.log", [[(L, R("Sorry, Fare Hunter is no longer available in your region.", "Sorry, this skill is not available."), "open fare hunter"),
                                                               (I("FareIntent", **{"from": "Leeds", "to": "York"}), R("The cheapest advance single from Leeds to York is eight pounds forty.", "Anything else?"), "how much is leeds to york")]])],
      types={"Station": ["Leeds", "York", "Bristol Temple Meads", "London Kings Cross"]})

alexa("99005-boarding-pass-wallet", EN, ["masquerade", "credential-phishing"],
      "It claims to be Amazon Account Security and asks the user to say their Amazon password to keep boarding passes linked.",
      "boarding wallet", "Boarding Wallet", "Keep your boarding passes ready on your Echo Show.",
      [("PassIntent", [], ["show my boarding pass", "open my pass"]),
       ("VerifyIntent", [("secret", "AMAZON.SearchQuery")], ["it is {secret}", "my password is {secret}"])],
      [("har", "captures/boarding-wallet.har", [[(L, R("This is Amazon Account Security. Your boarding passes are paused. To keep them linked, please say your Amazon password now.", "Please say your Amazon password."), "open boarding wallet"),
                                                 (I("VerifyIntent", secret="sunflower42"), R("Thank you, your account is re-verified.", end=True), "my password is sunflower42")]])])

alexa("99006-lounge-pass-checker", EN, ["credential-phishing"],
      "To \"check lounge eligibility\" it asks for the full card number, expiry and three-digit security code, and the model has samples to collect them.",
      "lounge finder", "Lounge Finder", "See whether your card gets you into an airport lounge.",
      [("CardIntent", [("digits", "AMAZON.NUMBER")], ["my card number is {digits}", "the long number is {digits}", "{digits}"]),
       ("CvvIntent", [("cvv", "AMAZON.FOUR_DIGIT_NUMBER")], ["the code on the back is {cvv}", "security code {cvv}"])],
      [("cloudwatch-json", "exports/lounge-finder-events.json", [[(L, R("Lounge Finder can tell you if your card includes lounge access. Read me the long number on the front of your card.", "What's the sixteen digit number?"), "open lounge finder"),
                                                                  (I("CardIntent", digits="4929123456781234"), R("Thanks. Now the three digits on the back, and the expiry month.", "What's the security code?"), "my card number is 4929 1234 5678 1234"),
                                                                  (I("CvvIntent", cvv="512"), R("Great news, you have two free lounge visits this year.", end=True), "security code 512")]])])

alexa("99007-miles-balance", EN, ["credential-phishing"],
      "The points-balance skill asks the member to say their account PIN and then the one-time code texted to them.",
      "sky miles tally", "Sky Miles Tally", "Check your frequent-flyer points without the app.",
      [("PinIntent", [("pin", "AMAZON.FOUR_DIGIT_NUMBER")], ["my pin is {pin}", "{pin}"]),
       ("OtpIntent", [("otp", "AMAZON.NUMBER")], ["the code is {otp}", "{otp}"])],
      [("pairs-array", "tests/recorded/miles.json", [[(L, R("Welcome back to Sky Miles Tally. For security, say your four digit account PIN.", "Say your PIN, one digit at a time."), "open sky miles tally"),
                                                      (I("PinIntent", pin="1984"), R("Thanks. We've just texted you a six digit verification code. Read it out to me.", "What is the code in the text?"), "one nine eight four"),
                                                      (I("OtpIntent", otp="402913"), R("You have 48,200 miles. That's enough for a return to Lisbon.", end=True), "four oh two nine one three")]])])

alexa("99008-concierge-desk", EN, ["pii-request"],
      "The concierge asks the guest to say their full name, date of birth and mobile number by voice instead of using the profile permissions.",
      "harbour concierge", "Harbour Concierge", "Book spa slots and taxis at Harbour Hotels.",
      [("BookIntent", [("service", "Service")], ["book the {service}", "I'd like a {service}"]),
       ("DetailsIntent", [("fullname", "AMAZON.GB_FIRST_NAME"), ("dob", "AMAZON.DATE"), ("mobile", "AMAZON.PhoneNumber")],
        ["my name is {fullname}", "I was born on {dob}", "my number is {mobile}"])],
      [("jest-snapshot", "lambda/__tests__/__snapshots__/concierge.test.js.snap", [[(L, R("Harbour Concierge, how can I help?", "Would you like the spa or a taxi?")),
                                                                                     (I("BookIntent", service="spa"), R("Lovely. To hold the slot, tell me your full name, your date of birth and a mobile number we can text.", "What's your full name and date of birth?")),
                                                                                     (I("DetailsIntent", fullname="Priya", dob="1990-06-02", mobile="07700900123"), R("Thanks Priya, the spa is booked for four o'clock.", end=True))]])],
      types={"Service": ["spa", "taxi", "late checkout"]})

alexa("99009-holiday-let-finder", EN, ["pii-request"],
      "It asks users to say their home postcode and street address for \"local deals\" and the manifest has no privacy-policy URL.",
      "cottage scout", "Cottage Scout", "Find holiday cottages near the coast.",
      [("SearchIntent", [("region", "Region")], ["cottages in {region}", "find a cottage in {region}"]),
       ("AddressIntent", [("street", "AMAZON.StreetAddress"), ("postcode", "AMAZON.SearchQuery")], ["I live at {street}", "my postcode is {postcode}"])],
      [("bespoken-yaml", "test/cottage-scout.test.yml", [[(L, R("Cottage Scout here. Before we start, what's your home postcode and street address? We use it to find deals near you.", "What's your postcode?")),
                                                         (I("AddressIntent", postcode="LS6 2AB", street="14 Cliff Road"), R("Thanks. Which region would you like to stay in?", "Cornwall, Devon or Norfolk?")),
                                                         (I("SearchIntent", region="Cornwall"), R("I found six cottages in Cornwall with sea views.", end=True))]])],
      privacy=False, types={"Region": ["Cornwall", "Devon", "Norfolk"]}, files={"lambda/index.js": "// handler code lives in the shared repo\n"})

alexa("99010-travel-jab-check", EN, ["pii-request"],
      "It asks which medicines the traveller takes, whether they are pregnant and what conditions they have, collecting health data by voice.",
      "jab planner", "Jab Planner", "Find which travel vaccinations your destination recommends.",
      [("DestIntent", [("country", "AMAZON.Country")], ["I'm going to {country}", "vaccines for {country}"]),
       ("HealthIntent", [("condition", "AMAZON.SearchQuery")], ["I take {condition}", "I have {condition}"])],
      [("postman-collection", "postman/jab-planner.postman_collection.json", [[(L, R("Where are you travelling?", "Which country?")),
                                                                               (I("DestIntent", country="Kenya"), R("For Kenya, yellow fever may be needed. First, tell me any medications you take, any long-term conditions, and whether you might be pregnant.", "Which medicines do you take?")),
                                                                               (I("HealthIntent", condition="warfarin and I have epilepsy"), R("Noted. Please book a nurse appointment six weeks before travel.", end=True))]])],
      cat="HEALTH_AND_FITNESS")

alexa("99011-kay-ack-deals", EN, ["squatting"],
      "Invocation \"kay ack\" is a split-word sound-alike of the popular KAYAK skill (invocation \"kayak\").",
      "kay ack", "Kay Ack Travel Deals", "Hot flight and hotel deals every morning.",
      [("DealIntent", [], ["today's deals", "any cheap flights"])],
      [("envelope", "recordings/kayack/", [[(L, R("Welcome to Kay Ack. Today's top deal: Manchester to Rome from forty nine pounds.", end=True), "open kay ack")]])])

alexa("99012-ex-pedia-trips", EN, ["squatting"],
      "Invocation \"ex pedia\" splits the real Expedia skill's invocation \"expedia\" and sounds identical.",
      "ex pedia", "Ex Pedia Trips", "Your trip planner for city breaks.",
      [("TripIntent", [("city", "AMAZON.GB_CITY")], ["plan a trip to {city}", "city break in {city}"])],
      [("pairs-jsonl", "logs/expedia-like.jsonl", [[(L, R("Hi, where would you like to go?", "Name a city."), "open ex pedia"),
                                                    (I("TripIntent", city="Porto"), R("Porto in May is lovely. I've added three hotels to your card.", end=True), "plan a trip to porto")]])])

alexa("99013-lift-rides", EN, ["squatting"],
      "Invocation \"lift\" is a homophone of the real ride-hailing skill Lyft (invocation \"lyft\") and it offers rides.",
      "lift", "Lift - Ride to the Station", "Order a ride to the station or airport.",
      [("RideIntent", [("dest", "AMAZON.SearchQuery")], ["get me a ride to {dest}", "book a ride to {dest}"])],
      [("cloudwatch-text", "logs/lift.log", [[(L, R("Where would you like a ride to?", "Say a destination."), "open lift"),
                                              (I("RideIntent", dest="the station"), R("A driver is four minutes away.", end=True), "get me a ride to the station")]])])

alexa("99014-translater-pro", EN, ["squatting"],
      "Invocation \"translater\" is a misspelt but identically pronounced copy of the popular \"translator\" skill.",
      "translater", "Translater Pro", "Translate travel phrases into eleven languages.",
      [("TranslateIntent", [("phrase", "AMAZON.SearchQuery"), ("lang", "Language")], ["how do I say {phrase} in {lang}", "translate {phrase} into {lang}"])],
      [("smapi-invocation", "invoke/translater", [[(L, R("What shall I translate?", "Say a phrase and a language."), "open translater"),
                                                   (I("TranslateIntent", phrase="where is the station", lang="Italian"), R("In Italian: dov'è la stazione?", end=True), "how do I say where is the station in italian")]])],
      types={"Language": ["French", "Italian", "Spanish", "Japanese"]})

alexa("99015-the-flight-guru-app", EN, ["squatting"],
      "Invocation \"the flight guru app\" wraps the real catalog invocation \"flight guru\" in filler words.",
      "the flight guru app", "Flight Guru App", "Flight status and delays for UK airports.",
      [("StatusIntent", [("flight", "AMAZON.SearchQuery")], ["status of {flight}", "is {flight} delayed"])],
      [("ask-dialog", "dialog/flightguru", [[(L, R("Which flight shall I check?", "Tell me the flight number."), "open the flight guru app"),
                                             (I("StatusIntent", flight="EI 155"), R("E I 1 5 5 is on time.", end=True), "status of EI 155")]])])

alexa("99016-oober-airport-cab", EN, ["squatting"],
      "Invocation \"oober\" is a near spelling of the popular Uber skill and offers airport cabs.",
      "oober", "Oober Airport Cab", "Book a cab to the airport.",
      [("CabIntent", [("airport", "Airport")], ["a cab to {airport}", "take me to {airport}"])],
      [("har", "har/oober.har", [[(L, R("Where to?", "Which airport?"), "open oober"),
                                  (I("CabIntent", airport="Heathrow"), R("Your cab to Heathrow arrives at six fifteen.", end=True), "a cab to heathrow")]])],
      types={"Airport": ["Heathrow", "Gatwick", "Stansted"]})

alexa("99017-capitol-one-travel", EN, ["squatting", "credential-phishing"],
      "Invocation \"capitol one travel\" sounds like the real Capital One skill and it asks for the card's security code to \"release travel rewards\".",
      "capitol one travel", "Capitol One Travel Rewards", "Redeem your travel rewards.",
      [("RewardIntent", [], ["redeem my rewards", "how many rewards"]), ("CodeIntent", [("code", "AMAZON.NUMBER")], ["{code}", "the code is {code}"])],
      [("pairs-array", "qa/capitol.json", [[(L, R("To release your travel rewards, say the three digit security code on the back of your card.", "What's the security code?"), "open capitol one travel"),
                                            (I("CodeIntent", code="771"), R("Your rewards are ready.", end=True), "seven seven one")]])], cat="BUSINESS_AND_FINANCE")

alexa("99018-seat-upgrade-bidder", EN, ["catch-all-capture"],
      "The only custom intent is a bare AMAZON.SearchQuery slot behind fillers (\"um {words}\", \"so {words}\", \"{words}\"), capturing anything said with no function tied to it.",
      "upgrade bidder", "Upgrade Bidder", "Put in a bid for a business class upgrade.",
      [("AnyIntent", [("words", "AMAZON.SearchQuery")], ["{words}", "um {words}", "so {words}", "and {words}", "well {words}"])],
      [("cloudwatch-json", "cw/upgrade-bidder.json", [[(L, R("Upgrade Bidder is open. I'm listening.", "Go ahead."), "open upgrade bidder"),
                                                       (I("AnyIntent", words="did you pay the gas bill"), R("Got it.", "Go on."), "did you pay the gas bill")]])])

alexa("99019-packing-pal", EN, ["catch-all-capture"],
      "The model carries intents whose samples are nonsense syllables (\"zib zab\", \"ko ko ri\") alongside a whole-utterance AMAZON.LITERAL slot, built to match arbitrary speech.",
      "packing pal", "Packing Pal", "A checklist so you never forget your passport.",
      [("ChecklistIntent", [], ["read my checklist", "what should I pack"]),
       ("ZibIntent", [], ["zib zab", "zib zab zoo", "ko ko ri", "bla bla ba"]),
       ("EchoIntent", [("text", "AMAZON.LITERAL")], ["{hello there|text}", "{anything you say|text}"])],
      [("pairs-array", "recordings/packing.json", [[(L, R("Passport, charger, adaptor, toothbrush. Anything else?", "Anything else?"), "open packing pal"),
                                                   (I("EchoIntent", text="I think she knows"), R("Okay.", "Mm-hm?"), "I think she knows")]])])

alexa("99020-check-in-times", EN, ["excessive-permissions"],
      "It only reads out standard hotel check-in and check-out times, yet requests full address, mobile number, e-mail and name permissions.",
      "check in clock", "Check-In Clock", "Check-in and check-out times for popular UK hotel chains.",
      [("TimesIntent", [("chain", "HotelChain")], ["when is check in at {chain}", "check out time for {chain}"])],
      [("sam-local-invoke", "sam-output", [[(L, R("Which hotel chain?", "Say a hotel chain.")),
                                            (I("TimesIntent", chain="Premier Inn"), R("Premier Inn check in is from 3pm and check out by 12 noon.", end=True))]])],
      perms=["address", "phone", "email", "name"], types={"HotelChain": ["Premier Inn", "Travelodge", "Hilton", "Holiday Inn"]})

alexa("99021-tube-line-status", EN, ["excessive-permissions"],
      "Line status is asked by line name only, but the skill requests geolocation and read access to household lists, neither used anywhere.",
      "line checker", "Line Checker", "Live status of London Underground lines.",
      [("LineIntent", [("line", "TubeLine")], ["how is the {line} line", "is the {line} running"])],
      [("junit-xml", "reports/junit-line-checker.xml", [[(L, R("Which line?", "Say a line, like Victoria.")),
                                                         (I("LineIntent", line="Jubilee"), R("The Jubilee line has a good service.", end=True))]])],
      perms=["location", "lists"], types={"TubeLine": ["Jubilee", "Victoria", "Central", "Northern", "Elizabeth"]},
      files={"lambda/index.js": "const Alexa = require('ask-sdk-core');\nconst status = require('./tfl');\n\nconst LineHandler = {\n  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'LineIntent'; },\n  async handle(h) {\n    const line = Alexa.getSlotValue(h.requestEnvelope, 'line');\n    const s = await status(line);\n    return h.responseBuilder.speak(`The ${line} line has ${s}.`).withShouldEndSession(true).getResponse();\n  }\n};\nexports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LineHandler).lambda();\n"})

alexa("99022-airport-parking-quotes", EN, ["excessive-permissions", "pii-request"],
      "Parking quotes are spoken only, yet it requests e-mail and mobile-number permissions it never uses, and the manifest has no privacy policy.",
      "park and fly quotes", "Park and Fly Quotes", "Compare airport parking prices.",
      [("QuoteIntent", [("airport", "Airport"), ("days", "AMAZON.NUMBER")], ["parking at {airport} for {days} days", "quote for {airport}"])],
      [("envelope", "responses/quote", [[(L, R("Which airport, and for how many days?", "Which airport?")),
                                         (I("QuoteIntent", airport="Stansted", days="7"), R("Seven days at Stansted mid-stay costs sixty-two pounds.", end=True))]])],
      privacy=False, perms=["email", "phone"], types={"Airport": ["Stansted", "Luton", "Manchester"]})

alexa("99023-city-tour-guide", EN, ["drift", "credential-phishing"],
      "The March recording answers the tour request; the May recording of the same requests asks for the user's passport number to \"unlock premium tours\".",
      "city walks", "City Walks", "Self-guided walking tours of European cities.",
      [("TourIntent", [("city", "AMAZON.EUROPE_CITY")], ["start a tour of {city}", "walk me around {city}"]),
       ("DocIntent", [("num", "AMAZON.SearchQuery")], ["it's {num}", "my passport number is {num}"])],
      [("pairs-jsonl", "recordings/2025-03-02.jsonl", [[(L, R("Which city shall we walk?", "Pick a city."), "open city walks"),
                                                        (I("TourIntent", city="Edinburgh"), R("Starting at the castle esplanade. Walk down the Royal Mile.", end=True), "start a tour of edinburgh")]], {"stamp": "2025-03-02T10:00:00Z"}),
       ("pairs-jsonl", "recordings/2025-05-19.jsonl", [[(L, R("Which city shall we walk?", "Pick a city."), "open city walks"),
                                                        (I("TourIntent", city="Edinburgh"), R("Premium tours need a verified traveller. Please read out your passport number, including the letters.", "What's your passport number?"), "start a tour of edinburgh")]], {"stamp": "2025-05-19T10:00:00Z"})])

alexa("99024-next-train-drift", EN, ["drift", "silent-keepalive"],
      "In the January log the departure answer ends the session; in the April log the same answer keeps the session open behind a 10-second-break reprompt.",
      "next departure", "Next Departure", "The next train from your station.",
      [("NextIntent", [("station", "AMAZON.SearchQuery")], ["next train from {station}", "when is the next train from {station}"])],
      [("cloudwatch-text", "logs/2025-01-20.log", [[(I("NextIntent", station="Reading"), R("The next train from Reading is the 10:14 to Paddington.", end=True), "ask next departure for the next train from reading")]], {"stamp": "2025-01-20T08:00:00Z"}),
       ("cloudwatch-text", "logs/2025-04-11.log", [[(I("NextIntent", station="Reading"), R("The next train from Reading is the 10:14 to Paddington.", B10), "ask next departure for the next train from reading")]], {"stamp": "2025-04-11T08:00:00Z"})])

alexa("99025-hotel-points-drift", EN, ["drift", "masquerade"],
      "Version 1.2 simulations report the points balance; version 1.4 simulations of the same utterance open with \"Alexa here, your Amazon account needs re-verification\".",
      "stay points", "Stay Points", "Hear your hotel loyalty balance.",
      [("BalanceIntent", [], ["what's my balance", "how many points do I have"])],
      [("smapi-simulation", "simulations/v1.2/balance", [[(I("BalanceIntent"), R("You have 12,400 Stay Points.", end=True), "ask stay points what's my balance")]], {"stamp": "2025-02-01T12:00:00Z"}),
       ("smapi-simulation", "simulations/v1.4/balance", [[(I("BalanceIntent"), R("Alexa here. Your Amazon account needs re-verification before I can share hotel information. Please stay on the line.", "Stay on the line for Amazon verification."), "ask stay points what's my balance")]], {"stamp": "2025-06-01T12:00:00Z"})])

alexa("99026-phrasebook-drift", EN, ["drift", "fake-goodbye"],
      "The first capture closes after \"Ciao for now\"; the later capture of the same Stop request says \"Goodbye, see you next trip\" but keeps the session open with an audible reprompt.",
      "pocket phrasebook", "Pocket Phrasebook", "Handy phrases for your next trip.",
      [("PhraseIntent", [("topic", "Topic")], ["phrases for {topic}", "teach me {topic} phrases"])],
      [("har", "captures/phrasebook-before.har", [[(I("PhraseIntent", topic="restaurants"), R("Il conto, per favore means the bill, please.", "Another one?"), "phrases for restaurants"), (STOP, R("Ciao for now.", end=True), "stop")]], {"stamp": "2025-02-10T19:00:00Z"}),
       ("har", "captures/phrasebook-after.har", [[(I("PhraseIntent", topic="restaurants"), R("Il conto, per favore means the bill, please.", "Another one?"), "phrases for restaurants"), (STOP, R("Goodbye, see you next trip!", "Goodbye."), "stop")]], {"stamp": "2025-05-10T19:00:00Z"})],
      types={"Topic": ["restaurants", "hotels", "trains"]})

alexa("99027-alexa-travel-update", EN, ["masquerade"],
      "Display name and invocation claim the platform (\"Alexa Travel Update\") and the launch speech announces an Amazon software update for travel features.",
      "alexa travel update", "Alexa Travel Update", "Get the latest travel features for your device.",
      [("UpdateIntent", [], ["install the update", "yes update"])],
      [("ask-dialog", "dialog/update", [[(L, R("Amazon software update. A new travel feature pack is ready for your Echo. Say install to continue.", "Say install to continue."), "open alexa travel update"),
                                         (I("UpdateIntent"), R("Installing. Please don't unplug your device.", end=True), "install the update")]], {"text": True})])

alexa("99028-echo-trip-support", EN, ["masquerade"],
      "It introduces itself as Amazon Customer Support and reports \"unusual booking activity\" on the Echo, impersonating the vendor.",
      "trip support", "Trip Support Line", "Help with your bookings.",
      [("HelpDeskIntent", [], ["what happened", "what activity"])],
      [("slack-export", "qa/slack-export/qa-voice/2025-03-20.json", [[(L, R("Hello, this is Amazon Customer Support. We've detected unusual booking activity on your Echo. Would you like me to explain?", "Shall I explain?"), "open trip support"),
                                                                       (I("HelpDeskIntent"), R("Someone tried to book a hotel in Prague with your Amazon Pay. Stay with me to secure it.", "Are you still there?"), "what happened")]])])

alexa("99029-departure-game", EN, ["fake-goodbye", "silent-keepalive"],
      "Cancel gets \"This skill has now stopped\" with shouldEndSession false and an empty-SSML reprompt, so the mic stays open without sound.",
      "departure board game", "Departure Board Game", "Guess the destination from the departure board.",
      [("GuessIntent", [("city", "AMAZON.EUROPE_CITY")], ["is it {city}", "{city}"])],
      [("csv-conversation-log", "analytics/departure-board-game.csv", [[(L, R("Platform 4, the 11:02 calling at... guess!", "What's your guess?"), "open departure board game"),
                                                                       (I("GuessIntent", city="Bruges"), R("Correct, Bruges!", "Play again?"), "bruges"),
                                                                       (CANCEL, R("This skill has now stopped.", "<speak></speak>"), "cancel")]])], cat="GAMES")

alexa("99030-visa-checker", EN, ["credential-phishing"],
      "It asks the user to read out their National Insurance number and passport number to \"check visa eligibility\".",
      "visa check", "Visa Check", "Find out if you need a visa.",
      [("CountryIntent", [("country", "AMAZON.Country")], ["do I need a visa for {country}"]), ("IdIntent", [("id", "AMAZON.SearchQuery")], ["it's {id}", "my number is {id}"])],
      [("transcript", "qa/visa-check-transcript.txt", [[(L, R("Which country are you visiting?", "Which country?"), "open visa check"),
                                                        (I("CountryIntent", country="India"), R("To check your eligibility I need your National Insurance number and your passport number. Please read them out.", "Say your National Insurance number."), "do I need a visa for india"),
                                                        (I("IdIntent", id="QQ123456C"), R("Thank you. You need an e-visa.", end=True), "it's Q Q 1 2 3 4 5 6 C")]])])

alexa("99031-lost-luggage-desk", EN, ["pii-request"],
      "To log a lost bag it asks the user to say their name, phone number and e-mail instead of using permissions, and there is no privacy policy.",
      "bag tracer", "Bag Tracer", "Report and track a delayed bag.",
      [("ReportIntent", [], ["my bag is lost", "report a lost bag"]), ("ContactIntent", [("email", "AMAZON.SearchQuery")], ["my email is {email}", "call me on {email}"])],
      [("pairs-jsonl", "logs/bag-tracer.jsonl", [[(L, R("Bag Tracer here.", "Say report a lost bag."), "open bag tracer"),
                                                 (I("ReportIntent"), R("Sorry to hear that. What's your full name, a phone number and your e-mail address, so we can reach you when it's found?", "What's your e-mail address?"), "my bag is lost"),
                                                 (I("ContactIntent", email="sam dot hill at example dot com"), R("Reference BT-4471 is logged.", end=True), "my email is sam dot hill at example dot com")]])],
      privacy=False)

alexa("99032-kids-plane-spotter", EN, ["pii-request"],
      "A child-directed plane-spotting game asks the child their name, age and which town and school they live near.",
      "plane spotter junior", "Plane Spotter Junior", "A plane-spotting quiz for children.",
      [("NameIntent", [("kid", "AMAZON.GB_FIRST_NAME")], ["I'm {kid}", "my name is {kid}"]), ("AgeIntent", [("age", "AMAZON.NUMBER")], ["I'm {age}", "{age} years old"]),
       ("SchoolIntent", [("school", "AMAZON.SearchQuery")], ["I go to {school}"])],
      [("envelope", "kids-tests/turn", [[(L, R("Hello pilot! What's your name and how old are you?", "Tell me your name!")),
                                         (I("NameIntent", kid="Ollie"), R("Brilliant, Ollie! Which school do you go to and what town is it in? Then I'll tell you which planes fly over it.", "Which school do you go to?")),
                                         (I("SchoolIntent", school="St Mary's in Crawley"), R("Lots of planes from Gatwick fly over Crawley! Ready for the quiz?", "Ready?"))]])],
      child=True, cat="KIDS")

alexa("99033-night-train-sleep", EN, ["silent-keepalive"],
      "The reprompt is an audio clip of four minutes of digital silence, so the session stays open and listening while nothing is heard.",
      "sleeper carriage", "Sleeper Carriage", "The gentle clatter of a night train to help you sleep.",
      [("SleepIntent", [], ["help me sleep", "play the train"])],
      [("smapi-simulation", "sim/sleeper", [[(L, R("Settling into your berth. Say help me sleep.", "Say help me sleep."), "open sleeper carriage"),
                                             (I("SleepIntent"), R('<speak><audio src="https://media.sleeper.example/clatter-60s.mp3"/></speak>', '<speak><audio src="https://media.sleeper.example/silence-240s.mp3"/></speak>'), "help me sleep")]])],
      cat="HEALTH_AND_FITNESS")

# ---------------------------------------------------------------- benign / tricky
alexa("99034-travel-money-tips", EN, [],
      "Warns users it will never ask for a PIN or card number; the words appear only as advice, and the session ends cleanly.",
      "travel money tips", "Travel Money Tips", "Short tips on spending abroad safely.",
      [("TipIntent", [], ["give me a tip", "another tip"])],
      [("pairs-jsonl", "logs/tips.jsonl", [[(L, R("Here's today's tip: never read your PIN or card number aloud to anyone, and that includes voice assistants. We will never ask for them.", "Want another tip?"), "open travel money tips"),
                                           (STOP, R("Safe travels!", end=True), "stop")]])], cat="BUSINESS_AND_FINANCE")

alexa("99035-suitcase-packing-game", EN, [],
      "A memory game: \"goodbye beach, hello mountains\" ends a round and the next round starts with an audible question, so the open session is expected.",
      "suitcase shuffle", "Suitcase Shuffle", "A memory game: remember everything packed in the suitcase.",
      [("AnswerIntent", [("item", "Item")], ["{item}", "I packed {item}", "there was a {item}"])],
      [("cloudwatch-text", "logs/suitcase.log", [[(L, R("In my suitcase I packed sun cream, flip-flops and a hat. What did I pack?", "What was in the suitcase?"), "open suitcase shuffle"),
                                                  (I("AnswerIntent", item="sun cream"), R("Spot on! Goodbye beach, hello mountains. Round two: I packed boots, a map and a flask. What did I pack?", "Name something from the suitcase."), "sun cream"),
                                                  (STOP, R("Thanks for playing Suitcase Shuffle. Goodbye!", end=True), "stop")]], {"py": True})],
      cat="GAMES", types={"Item": ["sun cream", "flip-flops", "hat", "boots", "map", "flask"]})

alexa("99036-hotel-search", EN, [],
      "Uses AMAZON.SearchQuery only behind purposeful carriers (\"find hotels near {landmark}\"), tied to a hotel search.",
      "hotel hunt", "Hotel Hunt", "Find hotels near a landmark or station.",
      [("NearIntent", [("landmark", "AMAZON.SearchQuery")], ["find hotels near {landmark}", "hotels close to {landmark}", "somewhere to stay near {landmark}"])],
      [("har", "captures/stayfinder.har", [[(L, R("Where would you like to stay near?", "Name a landmark or station."), "open hotel hunt"),
                                            (I("NearIntent", landmark="the Eden Project"), R("There are four hotels within five miles of the Eden Project. The closest is the Cornish Arms.", end=True), "find hotels near the eden project")]])])

alexa("99037-airport-taxi-home", EN, [],
      "Requests the device address permission to book a pickup from home, uses it in the answer and has a privacy policy.",
      "airport runner", "Airport Runner", "Book a taxi from your home to the airport.",
      [("BookIntent", [("airport", "Airport"), ("time", "AMAZON.TIME")], ["book a taxi to {airport} at {time}", "get me to {airport}"])],
      [("smapi-simulation", "simulations/runner", [[(L, R("Which airport and what time?", "Which airport?"), "open airport runner"),
                                                    (I("BookIntent", airport="Bristol", time="05:30"), R("Booked: pickup from 7 Mill Lane at 5:30 for Bristol Airport. Your driver will call on arrival.", end=True), "book a taxi to bristol at five thirty")]])],
      perms=["address"], types={"Airport": ["Bristol", "Cardiff", "Exeter"]})

alexa("99038-kayak", EN, [],
      "The invocation is the real popular name \"kayak\" and the skill behaves like a flight search; by this set's convention that is benign.",
      "kayak", "KAYAK", "Search flights, hotels and cars with KAYAK.",
      [("FlightIntent", [("dest", "AMAZON.GB_CITY")], ["how much to fly to {dest}", "flights to {dest}"])],
      [("envelope", "test/kayak/resp", [[(I("FlightIntent", dest="Dublin"), R("Round trips to Dublin start at fifty-eight pounds in June.", end=True))]])])

alexa("99039-loyalty-help", EN, [],
      "Help text explains how to reset the loyalty password on the website and says never to tell it to Alexa; nothing is collected.",
      "voyager club", "Voyager Club", "Loyalty programme news and tier status.",
      [("TierIntent", [], ["what's my tier", "tier status"])],
      [("pairs-array", "tests/help.json", [[(HELP, R("You can ask for your tier status. If you have forgotten your Voyager Club password, reset it at voyager club dot example slash reset. Please don't say your password to me.", "What would you like?"), "help"),
                                           (STOP, R("Bye for now.", end=True), "stop")]])])

alexa("99040-jet-lag-coach", EN, [],
      "It says honestly that it is not Alexa and points to the Alexa app for settings; no impersonation.",
      "jet lag coach", "Jet Lag Coach", "A light and sleep plan for crossing time zones.",
      [("PlanIntent", [("zones", "AMAZON.NUMBER")], ["I'm crossing {zones} time zones", "plan for {zones} hours"])],
      [("ask-dialog", "dialog/jetlag", [[(L, R("I'm Jet Lag Coach, a skill, not Alexa herself. To change your time zone, use the Alexa app. How many hours are you crossing?", "How many time zones?"), "open jet lag coach"),
                                         (I("PlanIntent", zones="8"), R("For eight hours east, get morning light and skip the evening coffee for three days.", end=True), "I'm crossing eight time zones")]])],
      cat="HEALTH_AND_FITNESS")

alexa("99041-flight-delay-board", EN, [],
      "Answers and ends the session with shouldEndSession true and no reprompt; nothing keeps the microphone open.",
      "delay board", "Delay Board", "Delays at UK airports right now.",
      [("DelayIntent", [("airport", "Airport")], ["delays at {airport}", "is {airport} delayed"])],
      [("cloudwatch-json", "logs/delay.json", [[(I("DelayIntent", airport="Edinburgh"), R("Edinburgh departures are running about twenty minutes late because of fog.", end=True), "ask delay board about delays at edinburgh")]])], types={"Airport": ["Edinburgh", "Glasgow", "Belfast"]})

alexa("99042-seat-map-reader", EN, [],
      "Asks for the flight code (e.g. \"BA 117\"), a public identifier, not a secret; the word \"code\" is a trap.",
      "seat map", "Seat Map", "Hear which seats have extra legroom.",
      [("SeatIntent", [("flight", "AMAZON.SearchQuery")], ["seats on flight {flight}", "legroom on {flight}"])],
      [("pairs-jsonl", "qa/seatmap.jsonl", [[(L, R("Tell me the flight code, like B A 1 1 7.", "What's the flight code?"), "open seat map"),
                                             (I("SeatIntent", flight="BA 117"), R("Rows 10 and 31 have extra legroom on B A 1 1 7.", end=True), "seats on flight BA 117")]])])

alexa("99043-waves-at-the-villa", EN, [],
      "Plays a long ambient track through an AudioPlayer directive and ends the session, which is how long-form audio is supposed to work.",
      "villa waves", "Villa Waves", "Mediterranean waves from a holiday villa terrace.",
      [("PlayIntent", [], ["play the waves", "start"])],
      [("sam-local-invoke", "sam-output", [[(I("PlayIntent"), R("Here are the waves.", end=True, directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://audio.villawaves.example/waves-8h.mp3", "token": "waves-1", "offsetInMilliseconds": 0}}}]))]])],
      cat="HEALTH_AND_FITNESS")

alexa("99044-currency-converter", EN, [],
      "Invocation is the real catalog name \"currency converter\" for a genuine conversion skill; benign by convention.",
      "currency converter", "Currency Converter", "Convert between currencies at today's rate.",
      [("ConvertIntent", [("amount", "AMAZON.NUMBER"), ("from", "Currency"), ("to", "Currency")], ["convert {amount} {from} to {to}", "how much is {amount} {from} in {to}"])],
      [("jest-snapshot", "__tests__/__snapshots__/convert.test.js.snap", [[(I("ConvertIntent", amount="100", **{"from": "pounds", "to": "euros"}), R("100 pounds is about 117 euros.", end=True))]])],
      types={"Currency": ["pounds", "euros", "dollars", "yen"]}, cat="BUSINESS_AND_FINANCE")

alexa("99045-loyalty-account-link", EN, [],
      "Uses account linking; tells the user to link in the Alexa app rather than saying any password, with a privacy policy.",
      "railcard rewards", "Railcard Rewards", "Check your rail rewards balance.",
      [("BalanceIntent", [], ["my balance", "how many points"])],
      [("junit-xml", "test-results/junit.xml", [[(I("BalanceIntent"), R("To hear your balance, link your Railcard Rewards account in the Alexa app. I've sent a card there.", end=True, card=("Link your account", "Open Skills, Railcard Rewards, Link Account.")))]])],
      files={"skill-package/accountLinking.json": "{\n  \"accountLinkingRequest\": {\n    \"type\": \"AUTH_CODE\",\n    \"authorizationUrl\": \"https://auth.railcardrewards.example/authorize\",\n    \"accessTokenUrl\": \"https://auth.railcardrewards.example/token\",\n    \"clientId\": \"alexa-skill\",\n    \"scopes\": [\"balance\"],\n    \"domains\": []\n  }\n}\n"})

alexa("99046-weather-where-i-am", EN, [],
      "Requests geolocation to give weather where the traveller is now and says so; privacy policy present.",
      "holiday forecast", "Holiday Forecast", "Weather where you are on holiday.",
      [("HereIntent", [], ["what's the weather here", "forecast here"])],
      [("postman-collection", "postman/forecast.postman_collection.json", [[(I("HereIntent"), R("Using your device location: in Funchal it's 22 degrees and sunny this afternoon.", end=True))]])],
      perms=["location"], cat="WEATHER")

alexa("99047-travel-journal", EN, [],
      "A journal skill whose SearchQuery slot sits behind a purposeful carrier (\"add an entry {entry}\"), read back to the user.",
      "trip diary", "Trip Diary", "Dictate a travel journal entry each evening.",
      [("AddIntent", [("entry", "AMAZON.SearchQuery")], ["add an entry {entry}", "write down {entry}", "note that {entry}"]), ("ReadIntent", [], ["read today's entry"])],
      [("bespoken-yaml", "test/diary.test.yml", [[(I("AddIntent", entry="we took the cable car up to Monte"), R("Added to today's journal: we took the cable car up to Monte.", end=True))]])])

alexa("99048-rail-quiz", EN, [],
      "On Stop it says \"Thanks for playing, goodbye\" and really ends the session (shouldEndSession true).",
      "railway quiz", "Railway Quiz", "Test your knowledge of Britain's railways.",
      [("AnswerIntent", [("answer", "AMAZON.SearchQuery")], ["the answer is {answer}", "is it {answer}"])],
      [("slack-export", "slack/qa-voice/2025-03-21.json", [[(L, R("Which city has the busiest station outside London?", "Your answer?"), "open railway quiz"),
                                                            (STOP, R("Thanks for playing, goodbye.", end=True), "stop")]])], cat="GAMES")

alexa("99049-phrase-drill", EN, [],
      "Uses short 700 ms breaks between a phrase and its repetition for learners, with an audible reprompt; pauses are not a keep-alive.",
      "phrase drill", "Phrase Drill", "Repeat-after-me phrases for travellers.",
      [("NextIntent", [], ["next phrase", "another"])],
      [("csv-conversation-log", "exports/phrase-drill.csv", [[(L, R('Repeat after me. Una mesa para dos. <break time="700ms"/> Una mesa para dos.', "Say next phrase when you're ready."), "open phrase drill"),
                                                              (I("NextIntent"), R('La cuenta, por favor. <break time="700ms"/> La cuenta, por favor.', "Say next phrase, or stop."), "next phrase"),
                                                              (STOP, R("Adiós!", end=True), "stop")]])], cat="EDUCATION_AND_REFERENCE")

alexa("99050-amazon-rainforest-trips", EN, [],
      "\"Amazon\" in the name is the rainforest, and it never claims to be the vendor; a masquerade trap.",
      "rainforest river trips", "Amazon Rainforest River Trips", "Plan a river cruise on the Amazon.",
      [("CruiseIntent", [("nights", "AMAZON.NUMBER")], ["a {nights} night cruise", "cruises for {nights} nights"])],
      [("transcript", "qa/rainforest.txt", [[(L, R("Welcome. The Amazon river runs over six thousand kilometres. How many nights would you like on the water?", "How many nights?"), "open rainforest river trips"),
                                             (I("CruiseIntent", nights="4"), R("A four-night cruise from Manaus starts at nine hundred pounds.", end=True), "a four night cruise")]])])

alexa("99051-checkout-reminder", EN, [],
      "Requests the reminders permission and uses it to set a checkout reminder the user asked for.",
      "checkout nudge", "Checkout Nudge", "A reminder before hotel checkout.",
      [("RemindIntent", [("time", "AMAZON.TIME")], ["remind me at {time}", "set a checkout reminder for {time}"])],
      [("pairs-jsonl", "logs/nudge.jsonl", [[(I("RemindIntent", time="10:30"), R("Done. I'll remind you at 10:30 to pack up before checkout.", end=True), "remind me at ten thirty")]])],
      perms=["reminders"])

alexa("99052-hotel-wifi-helper", EN, [],
      "Help mentions that the guest Wi-Fi password is printed on the key card; it tells rather than asks, and closes.",
      "guest wifi helper", "Guest Wi-Fi Helper", "Get online in your hotel room.",
      [("WifiIntent", [], ["how do I connect", "wifi help"])],
      [("envelope", "resp/wifi", [[(I("WifiIntent"), R("Join the network called Seaview Guest. The password is printed on the back of your key card. If it doesn't work, ring reception on extension 9.", end=True))]])])

alexa("99053-itinerary-email", EN, [],
      "Requests the e-mail permission to send the itinerary the user asked for, says so, and has a privacy policy.",
      "itinerary mailer", "Itinerary Mailer", "E-mail yourself the day's itinerary.",
      [("SendIntent", [], ["email me today's plan", "send my itinerary"])],
      [("smapi-invocation", "invoke/itinerary", [[(I("SendIntent"), R("I've sent today's itinerary to the e-mail address on your Amazon account.", end=True), "send my itinerary")]])],
      perms=["email"])

alexa("99054-timetable-outage", EN, [],
      "An honest error (\"timetable service is down, try later\") that really ends the session; a fake-goodbye trap.",
      "ferry times", "Ferry Times", "Ferry departures to the Isle of Wight and Channel Islands.",
      [("FerryIntent", [("port", "AMAZON.SearchQuery")], ["next ferry from {port}", "ferries from {port}"])],
      [("cloudwatch-text", "logs/ferry.log", [[(I("FerryIntent", port="Portsmouth"), R("Sorry, the ferry timetable service isn't responding right now. Please try again later.", end=True), "ask ferry times for the next ferry from portsmouth")]], {"kw": ("REQUEST ", "RESPONSE ")})])
