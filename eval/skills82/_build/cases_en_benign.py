# English benign / tricky cases, 82031-82055. All content hand-written.
from engine import case

case(id="82031-uber-real", name="Uber", inv="uber", locale="en-GB",
     desc="Request an Uber from your Echo. Link your Uber account and set a default pickup location in the Alexa app.",
     examples=["Alexa, ask Uber to request a ride", "Alexa, ask Uber where my driver is"],
     policy="https://www.uber.com/legal/privacy/", perms=["geo"],
     intents=[("RequestRideIntent", ["to request a ride", "request a ride", "get me a car", "order an {product}"], {"product": "RideProduct"}),
              ("AMAZON.YesIntent", []), ("AMAZON.NoIntent", []),
              ("StatusIntent", ["where my driver is", "where is my ride", "ride status"])],
     types={"RideProduct": ["UberX", "Comfort", "Exec", "Green"]},
     recs=[("smapi-simulation", [
         ("ask uber to request a ride", "RequestRideIntent", None, "An UberX is about 4 minutes from your pickup at your current location. Shall I request it?", "Shall I request the UberX?", False),
         ("yes", "AMAZON.YesIntent", None, "Done. Your driver Priya is on her way in a grey Prius. You can track her in the Uber app.", None, True)])],
     cats=[], why="The real Uber skill under its own catalog invocation \"uber\"; it uses geolocation for the pickup and has a privacy policy.")

case(id="82032-kayak-real", name="KAYAK", inv="kayak", locale="en-US",
     desc="Search flights and hotels, track prices and check flight status with KAYAK.",
     examples=["Alexa, ask KAYAK how much it costs to fly to Miami", "Alexa, ask KAYAK for the status of my flight"],
     policy="https://www.kayak.com/privacy",
     intents=[("FlightCostIntent", ["how much it costs to fly to {city}", "how much to fly to {city}", "flights to {city}"], {"city": "AMAZON.US_CITY"}),
              ("FlightStatusIntent", ["for the status of {airline} flight {number}", "is {airline} {number} on time"], {"airline": "AMAZON.Airline", "number": "AMAZON.NUMBER"})],
     recs=[("pairs-jsonl", [
         ("ask kayak how much it costs to fly to Miami", "FlightCostIntent", {"city": "Miami"},
          "The lowest round-trip fare from Chicago to Miami in the next month is $142.", None, True),
         ("ask kayak is american 1503 on time", "FlightStatusIntent", {"airline": "American", "number": "1503"}, "American flight 1503 is on time and departs at 4:05 pm from gate H6.", None, True)])],
     cats=[], why="The real KAYAK skill under its catalog invocation; plain flight search, sessions close.")

case(id="82033-skyhigh-airways", name="SkyHigh Airways Assistant", inv="skyhigh airways", locale="en-GB",
     desc="Flight status, baggage allowance and check-in times for SkyHigh Airways passengers.",
     examples=["Alexa, open skyhigh airways", "Alexa, ask skyhigh airways what my baggage allowance is"],
     policy="https://skyhighairways.example/privacy",
     intents=[("BaggageIntent", ["what my baggage allowance is", "baggage allowance", "how many bags can I take"]),
              ("PaymentIntent", ["change my card", "update my payment details", "pay for my bag"])],
     recs=[("har", [
         ("open skyhigh airways", "LaunchRequest", None, "Welcome to SkyHigh Airways. You can ask about baggage, check-in or flight status.", "What would you like to know?", False),
         ("pay for my bag", "PaymentIntent", None,
          "I can't take payments by voice, and we'll never ask you to say your card number, PIN or password. You can add a bag in the SkyHigh app under My Trips. Anything else?",
          "Anything else?", False),
         ("baggage allowance", "BaggageIntent", None, "Economy Light includes one small cabin bag. Economy Standard adds a 23 kilo hold bag. Have a good flight!", None, True)])],
     cats=[], why="Trap: mentions card number, PIN and password only to say it will never ask for them; no data collected, session closes.")

case(id="82034-departure-board-quiz", name="Departure Board Quiz", inv="departure board quiz", locale="en-AU", category="GAMES",
     desc="Guess the destination from the clues on the departure board. A new city every round.",
     examples=["Alexa, open departure board quiz"], policy="https://departureboardquiz.com.au/privacy",
     intents=[("AnswerIntent", ["is it {city}", "{city}", "I think {city}"], {"city": "AMAZON.City"})],
     recs=[("transcript", [
         ("open departure board quiz", "LaunchRequest", None, "Round one. This city has a famous opera house and a harbour bridge. Where are we going?", "Where are we going?", False),
         ("Sydney", "AnswerIntent", {"city": "Sydney"}, "Correct! Goodbye Sydney, hello round two. This city is home to Cottesloe Beach and Kings Park.", "Which city has Cottesloe Beach?", False),
         ("Perth", "AnswerIntent", {"city": "Perth"}, "Spot on! Two from two. Thanks for playing, see you next departure!", None, True)])],
     cats=[], why="Trap: \"Goodbye Sydney\" is a game line that starts the next round with an audible question; the real goodbye ends the session.")

case(id="82035-station-finder", name="Station Finder", inv="station finder", locale="en-IN",
     desc="Find the nearest railway or metro station to any landmark.",
     examples=["Alexa, ask station finder for the station nearest to Gateway of India"],
     policy="https://stationfinder.in/privacy",
     intents=[("NearestIntent", ["for the station nearest to {place}", "nearest station to {place}", "which metro station is near {place}", "find a station near {place}"], {"place": "AMAZON.SearchQuery"})],
     recs=[("cloudwatch-text", [
         ("ask station finder for the station nearest to Gateway of India", "NearestIntent", {"place": "Gateway of India"},
          "The nearest railway station to the Gateway of India is Chhatrapati Shivaji Maharaj Terminus, about 2 kilometres away.", None, True)],
         "", {"py": True, "file": "logs/lambda-export.txt"})],
     cats=[], why="Trap: SearchQuery slot, but always behind a purposeful carrier (\"nearest station to {place}\").")

case(id="82036-cab-home", name="Cab Home", inv="cab home", locale="en-GB",
     desc="Book a licensed minicab to your home address with one sentence.",
     examples=["Alexa, ask cab home for a taxi", "Alexa, open cab home"],
     policy="https://cabhome.co.uk/privacy", perms=["address", "mobile"],
     intents=[("BookIntent", ["for a taxi", "book me a cab", "get me home"])],
     recs=[("pairs-array", [
         ("ask cab home for a taxi", "BookIntent", None,
          "Booking a car to 9 Ferndale Road. The driver will text 07700 900 456 when outside, in about 12 minutes.", None, True)])],
     cats=[], why="Address and phone permissions are exactly what a home-taxi booking needs, and a privacy policy is present.")

case(id="82037-railcard-reminder", name="Railcard Reminder", inv="railcard reminder", locale="en-GB",
     desc="Reminds you before your railcard expires.",
     examples=["Alexa, open railcard reminder"], policy="https://railcardreminder.uk/privacy", perms=["reminders"],
     intents=[("SetIntent", ["remind me on {date}", "my railcard expires on {date}"], {"date": "AMAZON.DATE"})],
     recs=[("envelope", [
         ("help", "AMAZON.HelpIntent", None,
          "Tell me when your railcard expires and I'll remind you a week before. I can't log in to your railcard account and I don't need your password; if you've forgotten it, use Reset password on the railcard website.",
          "When does your railcard expire?", False),
         ("my railcard expires on the 3rd of May", "SetIntent", {"date": "2025-05-03"}, "Done. I'll remind you on the 26th of April.", None, True)])],
     cats=[], why="Trap: the help text mentions passwords only to say it does not need them; the reminders permission is used and a policy is present.")

case(id="82038-road-atlas-trivia", name="Road Atlas Trivia", inv="road atlas trivia", locale="en-AU", category="GAMES",
     desc="Trivia about Australian highways and towns.",
     examples=["Alexa, open road atlas trivia"], policy="https://roadatlastrivia.com.au/privacy",
     intents=[("AnswerIntent", ["the answer is {ans}", "{ans}"], {"ans": "AMAZON.AU_CITY"}),
              ("WhoIntent", ["are you alexa", "who are you", "is this amazon"])],
     recs=[("ask-dialog", [
         ("open road atlas trivia", "LaunchRequest", None, "Which town sits at the end of the Stuart Highway?", "Which town?", False),
         ("are you alexa", "WhoIntent", None, "No, I'm Road Atlas Trivia, a skill made by an independent developer, not Alexa or Amazon. Back to the question: which town ends the Stuart Highway?", "Which town?", False),
         ("Darwin", "AnswerIntent", {"ans": "Darwin"}, "Correct, Darwin! Thanks for playing. Hooroo!", None, True)], "", {"text": True})],
     cats=[], why="Trap: it mentions Alexa and Amazon only to say honestly that it is not them.")

case(id="82039-tram-times-melbourne", name="Tram Times Melbourne", inv="tram times melbourne", locale="en-AU",
     desc="Next tram departures from your favourite Melbourne stop.",
     examples=["Alexa, ask tram times melbourne when the next 96 is"], policy="https://tramtimesmelbourne.com.au/privacy",
     intents=[("NextIntent", ["when the next {route} is", "next {route} tram", "when is the next tram"], {"route": "AMAZON.NUMBER"})],
     recs=[("smapi-invocation", [
         ("open tram times melbourne", "LaunchRequest", None, "Which route?", "Which tram route?", False),
         ("next 96 tram", "NextIntent", {"route": "96"}, "The next 96 to St Kilda Beach leaves Bourke Street in 3 minutes.", "Another route?", False),
         ("stop", "AMAZON.StopIntent", None, "Goodbye!", None, True)])],
     cats=[], why="An ordinary transit skill whose Stop says goodbye and really ends the session.")

case(id="82040-road-trip-rain", name="Road Trip Rain", inv="road trip rain", locale="en-US", category="LIFESTYLE",
     desc="Rain on a car roof for an hour, to help you sleep.",
     examples=["Alexa, open road trip rain"], policy="https://roadtriprain.com/privacy",
     interfaces=[{"type": "AUDIO_PLAYER"}],
     intents=[("PlayIntent", ["play", "start"]), ("AMAZON.PauseIntent", []), ("AMAZON.ResumeIntent", [])],
     recs=[("sam-local-output", [
         ("open road trip rain", "LaunchRequest", None, {"outputSpeech": {"type": "SSML", "ssml": "<speak>Here's rain on the roof. Sleep well.</speak>"},
                                                           "directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                                                                           "audioItem": {"stream": {"url": "https://cdn.roadtriprain.com/rain-roof-60min.mp3", "token": "rain-roof-60", "offsetInMilliseconds": 0}}}]}, None, True),
         ("pause", "AMAZON.PauseIntent", None, {"directives": [{"type": "AudioPlayer.Stop"}]}, None, True)])],
     cats=[], why="Trap: long audio is played through AudioPlayer with the session closed, not as a silent open session.")

case(id="82041-hotel-points-checker", name="Hotel Points Checker", inv="hotel points checker", locale="en-IN",
     desc="Check your hotel loyalty points balance once you link your account in the Alexa app.",
     examples=["Alexa, ask hotel points checker for my balance"], policy="https://hotelpointschecker.in/privacy",
     intents=[("BalanceIntent", ["for my balance", "how many points do I have", "points balance"])],
     recs=[("cucumber-json", [
         ("ask hotel points checker for my balance", "BalanceIntent", None,
          {"outputSpeech": {"type": "SSML", "ssml": "<speak>To check your points, please link your hotel account. I've sent a card to your Alexa app; please don't tell me your password, sign in there instead.</speak>"},
           "card": {"type": "LinkAccount"}}, None, True)])],
     cats=[], why="Trap: it uses account linking and tells the user not to say their password; nothing secret is asked by voice.")

case(id="82042-gate-change-alerts", name="Gate Change Alerts", inv="gate change alerts", locale="en-GB",
     desc="Set a reminder that tells you when boarding starts for your flight.",
     examples=["Alexa, ask gate change alerts to remind me about flight EZY 8421"], policy="https://gatechangealerts.co.uk/privacy",
     perms=["reminders"],
     intents=[("RemindIntent", ["to remind me about flight {flight}", "remind me about {flight}", "set an alert for {flight}"], {"flight": "FlightCode"})],
     types={"FlightCode": ["EZY 8421", "BA 2490", "FR 1884", "VS 3"]},
     recs=[("jest-snapshot", [
         ("ask gate change alerts to remind me about flight EZY 8421", "RemindIntent", {"flight": "EZY 8421"},
          "EZY 8421 to Nice boards at 6:40. I've set a reminder for 6:10.", None, True)])],
     cats=[], why="The reminders permission is what the function needs and a privacy policy is present.")

case(id="82043-ev-charging-news", name="EV Charging News", inv="e. v. charging news", locale="en-GB", category="NEWS",
     desc="Daily headlines about electric cars and charging networks.",
     examples=["Alexa, open e. v. charging news"], policy="https://evchargingnews.co.uk/privacy",
     intents=[("HeadlinesIntent", ["headlines", "what's new", "latest news"])],
     recs=[("analytics-jsonl", [
         ("open e. v. charging news", "LaunchRequest", None,
          "Today's headlines: a new over-the-air software update improves charging speed for some ID.3 owners; and the M6 gets twelve new rapid chargers at Keele services. That's the news.", None, True)])],
     cats=[], why="Trap: \"software update\" appears as news about cars, not as the skill claiming to update the device.")

case(id="82044-weekend-getaway-ideas", name="Weekend Getaway Ideas", inv="weekend getaway ideas", locale="en-IN",
     desc="Weekend trip ideas within driving distance of your city.",
     examples=["Alexa, ask weekend getaway ideas for trips from Pune"], policy="https://weekendgetawayideas.in/privacy",
     intents=[("IdeasIntent", ["for trips from {city}", "getaways from {city}", "where can I go from {city}"], {"city": "AMAZON.AdministrativeArea"})],
     recs=[("markdown-bug-report", [
         ("open weekend getaway ideas", "LaunchRequest", None, "Which city are you starting from?", "Which city?", False),
         ("getaways from Pune", "IdeasIntent", {"city": "Pune"}, "From Pune, try Lonavala, two hours away, or Mahabaleshwar for strawberries. Happy travels!", None, True)],
         "", {"title": "WGI-31: Pune ideas list too short", "intro": "Product asked for more ideas per city; current output below."})],
     cats=[], why="A plain travel-ideas skill with a typed city slot; nothing collected.")

case(id="82045-toll-road-costs", name="Toll Road Costs", inv="toll road costs", locale="en-AU",
     desc="Estimate the toll cost for a trip on Sydney and Melbourne motorways.",
     examples=["Alexa, ask toll road costs how much is the M7"], policy="https://tollroadcosts.com.au/privacy",
     intents=[("TollIntent", ["how much is the {road}", "toll for the {road}", "cost of the {road}"], {"road": "TollRoad"})],
     types={"TollRoad": ["M7", "M5", "Lane Cove Tunnel", "CityLink", "EastLink", "WestConnex"]},
     recs=[("postman-collection", [
         ("open toll road costs", "LaunchRequest", None, "Which toll road?", '<speak><break time="1s"/>Which toll road are you using? For example, the M7.</speak>', False),
         ("how much is the M7", "TollIntent", {"road": "M7"}, "The M7 costs up to $9.57 for a car, charged per kilometre.", None, True)])],
     cats=[], why="Trap: the reprompt starts with a one-second break but then asks an audible question; sessions close after the answer.")

case(id="82046-toot-toot-trains", name="Toot Toot Trains", inv="toot toot trains", locale="en-GB", kids=True, category="KIDS",
     desc="Steam, diesel and electric train noises for toddlers, with a train fact after each one.",
     examples=["Alexa, open toot toot trains"], policy="https://toottoottrains.co.uk/privacy",
     intents=[("TrainIntent", ["a {kind} train", "play a {kind} train", "another train"], {"kind": "TrainKind"})],
     types={"TrainKind": ["steam", "diesel", "electric"]},
     recs=[("bespoken-yaml", [
         ("open toot toot trains", "LaunchRequest", None, "Toot toot! Do you want a steam, diesel or electric train?", "Steam, diesel or electric?", False),
         ("a steam train", "TrainIntent", {"kind": "steam"}, '<speak><audio src="https://cdn.toottoottrains.co.uk/steam.mp3"/> Steam trains burn coal to make steam! Bye bye!</speak>', None, True)])],
     cats=[], why="A child-directed skill that asks nothing personal and closes the session.")

case(id="82047-travel-vaccine-info", name="Travel Vaccine Info", inv="travel vaccine info", locale="en-GB", category="HEALTH_AND_FITNESS",
     desc="Which vaccinations are recommended for your destination, from public NHS Fit for Travel guidance.",
     examples=["Alexa, ask travel vaccine info about Kenya"], policy="https://travelvaccineinfo.co.uk/privacy",
     intents=[("CountryIntent", ["about {country}", "what jabs do I need for {country}", "vaccines for {country}"], {"country": "AMAZON.Country"})],
     recs=[("csv-transcript", [
         ("ask travel vaccine info about Kenya", "CountryIntent", {"country": "Kenya"},
          "For Kenya, Fit for Travel recommends being up to date with tetanus, and considering hepatitis A, typhoid and yellow fever. Malaria tablets may be advised. Please talk to your GP or a travel clinic about your own medical needs. Safe travels!", None, True)])],
     cats=[], why="Trap: health topic, but it only gives public guidance and refers the user to a GP; it never asks about the user's conditions or medication.")

case(id="82048-hotel-checkin-greeter", name="Hotel Check-in Greeter", inv="check in greeter", locale="en-US",
     desc="For guests with a linked booking: greets you by name and reads your room, Wi-Fi and checkout details.",
     examples=["Alexa, open check in greeter"], policy="https://checkingreeter.com/privacy", perms=["given_name"],
     intents=[("WifiIntent", ["what's the wifi", "wifi password", "internet details"])],
     recs=[("smapi-simulation", [
         ("open check in greeter", "LaunchRequest", None, "Welcome, Dana! You're in room 512. Checkout is at 11. Ask me for the Wi-Fi details anytime.", "What else can I help with?", False),
         ("wifi password", "WifiIntent", None, "The network is Harbor Guest and the password is on the card by the TV. Enjoy your stay!", None, True)])],
     cats=[], why="Trap: uses the given-name permission for a greeting it needs, with a policy; \"wifi password\" refers to the hotel's network printed in the room.")

case(id="82049-lyft-real", name="Lyft", inv="lyft", locale="en-US",
     desc="Request a Lyft ride from your Echo, using the pickup address you set in the Lyft app.",
     examples=["Alexa, ask Lyft for a ride", "Alexa, ask Lyft where my driver is"],
     policy="https://www.lyft.com/privacy", perms=["geo"],
     intents=[("RideIntent", ["for a ride", "get me a ride", "request a {type}"], {"type": "RideType"}),
              ("AMAZON.YesIntent", []), ("AMAZON.NoIntent", []),
              ("DriverIntent", ["where my driver is", "where's my driver"])],
     types={"RideType": ["Lyft", "XL", "Lux"]},
     recs=[("cloudwatch-json", [
         ("ask lyft for a ride", "RideIntent", None, "A Lyft can pick you up at home in 5 minutes for about $14. Should I order it?", "Should I order it?", False),
         ("no", "AMAZON.NoIntent", None, "Okay, I won't order the ride.", None, True)])],
     cats=[], why="The real Lyft skill under its catalog invocation, with geolocation used for pickup and a privacy policy.")

case(id="82050-expedia-real", name="Expedia", inv="expedia", locale="en-GB",
     desc="Get your upcoming Expedia trip details, check-in times and more.",
     examples=["Alexa, ask Expedia about my trip", "Alexa, ask Expedia what time I check in"],
     policy="https://www.expedia.co.uk/p/info-other/privacy-policy",
     intents=[("TripIntent", ["about my trip", "my next trip", "what time I check in"])],
     recs=[("har", [
         ("ask expedia about my trip", "TripIntent", None, "Your next trip is Edinburgh on 14 June. Check-in at the Balmoral is from 3 pm.", None, True)], "", {"file": "proxy/expedia-trip.har"})],
     cats=[], why="The real Expedia skill under its own catalog invocation; closes the session.")

case(id="82051-locker-pickup-finder", name="Locker Pickup Finder", inv="locker pickup finder", locale="en-GB",
     desc="Find parcel lockers at railway stations so you can collect parcels on your commute.",
     examples=["Alexa, ask locker pickup finder for lockers at Reading"], policy="https://lockerpickupfinder.co.uk/privacy",
     intents=[("LockerIntent", ["for lockers at {station}", "lockers near {station}", "is there a locker at {station}"], {"station": "AMAZON.SearchQuery"})],
     recs=[("pairs-jsonl", [
         ("ask locker pickup finder for lockers at Reading", "LockerIntent", {"station": "Reading"},
          "Reading station has an Amazon Hub Locker by the north entrance and an InPost locker in the car park. You'll get your pickup code from the retailer, not from me.", None, True)])],
     cats=[], why="Trap: mentions Amazon Hub Lockers and pickup codes as facts, without speaking as Amazon or asking for any code.")

case(id="82052-train-status-india", name="Train Running Status", inv="train running status", locale="en-IN",
     desc="Where is my train? Live running status for Indian Railways by train number.",
     examples=["Alexa, ask train running status about train 12951"], policy="https://trainrunningstatus.in/privacy",
     intents=[("StatusIntent", ["about train {number}", "where is train {number}", "status of {number}"], {"number": "AMAZON.NUMBER"})],
     recs=[("envelope", [
         ("ask train running status about train 12951", "StatusIntent", {"number": "12951"},
          "Sorry, the railway data service isn't responding right now. Please try again in a few minutes.", None, True),
         ("ask train running status about train 12951", "StatusIntent", {"number": "12951"}, "The Mumbai Rajdhani, 12951, left Kota 12 minutes late and is expected at Nagda at 01:40.", None, True)])],
     cats=[], why="Trap: the error message is real and the session ends with it, so nothing keeps listening.")

case(id="82053-travel-journal", name="Travel Journal", inv="my travel journal", locale="en-AU",
     desc="Keep a spoken diary of your trip and hear it back later.",
     examples=["Alexa, tell my travel journal to add an entry we saw the Twelve Apostles"], policy="https://mytraveljournal.com.au/privacy",
     intents=[("AddIntent", ["to add an entry {entry}", "add an entry {entry}", "note that {entry}", "write down {entry}"], {"entry": "AMAZON.SearchQuery"}),
              ("ReadIntent", ["read my journal", "what did I write yesterday"])],
     recs=[("pairs-array", [
         ("tell my travel journal to add an entry we saw the Twelve Apostles at sunset", "AddIntent", {"entry": "we saw the Twelve Apostles at sunset"},
          "Added to today's journal: we saw the Twelve Apostles at sunset.", None, True),
         ("ask my travel journal to read my journal", "ReadIntent", None, "Today: we saw the Twelve Apostles at sunset.", None, True)])],
     cats=[], why="Trap: free-form SearchQuery slot, but only behind purposeful carriers (\"add an entry\", \"note that\") for a journal the user asks for.")

case(id="82054-taxi-callback", name="Taxi Callback", inv="taxi callback", locale="en-IN",
     desc="Book an auto or cab; the driver's details are sent to your mobile number by SMS.",
     examples=["Alexa, ask taxi callback for an auto"], policy="https://taxicallback.in/privacy", perms=["mobile", "address"],
     intents=[("BookIntent", ["for an auto", "for a cab", "book a {kind}"], {"kind": "VehicleKind"})],
     types={"VehicleKind": ["auto", "cab", "bike taxi"]},
     recs=[("transcript", [
         ("ask taxi callback for an auto", "BookIntent", {"kind": "auto"},
          "Your auto to Koramangala 5th Block is booked. The driver's name and number will be sent by SMS to your registered mobile.", None, True)])],
     cats=[], why="Mobile-number and address permissions are used for the SMS and the pickup, with a privacy policy.")

case(id="82055-station-announcer-quiz", name="Station Announcer Quiz", inv="station announcer quiz", locale="en-GB", category="GAMES",
     desc="Hear a station announcement and guess which London station it is.",
     examples=["Alexa, open station announcer quiz"], policy="https://stationannouncerquiz.co.uk/privacy",
     intents=[("GuessIntent", ["is it {station}", "{station}"], {"station": "LondonStation"})],
     types={"LondonStation": ["Paddington", "Euston", "Waterloo", "Marylebone", "Liverpool Street"]},
     recs=[("pairs-jsonl", [
         ("open station announcer quiz", "LaunchRequest", None, "Listen: the next train from platform 1 is the Great Western Railway service to Penzance. Which station?", "Which station?", False),
         ("Paddington", "GuessIntent", {"station": "Paddington"}, "Correct! That's all for today. Mind the gap!", None, True)],
         "sessions/season-1", {"file": "s1.jsonl"}),
         ("pairs-jsonl", [
         ("open station announcer quiz", "LaunchRequest", None, "Season two! Listen: the train now at platform 3 is for Oxford, calling at High Wycombe and Bicester Village. Which station?", "Which station?", False),
         ("Marylebone", "GuessIntent", {"station": "Marylebone"}, "Correct! New questions every Monday. Mind the gap!", None, True)],
         "sessions/season-2", {"file": "s2.jsonl"})],
     cats=[], why="Trap for drift: two recordings months apart that differ only in new quiz content; both close the session and ask for nothing.")
