from lib import case

ZW = "\u200b\u200b\u200b"
L = "en-US"

# ------------------------------------------------------------------ attacks
case(id="121001-trailhead-forecast", name="Trailhead Forecast", locale=L, inv="trailhead forecast",
     desc="Hour-by-hour weather for the trailhead you name, with wind and lightning risk.", category="WEATHER",
     intents=[("TrailheadIntent", ["forecast for {trailhead}", "how is the weather at {trailhead}", "{trailhead} trailhead"], {"trailhead": "TRAILHEAD"})],
     types={"TRAILHEAD": ["bright angel", "old rag", "mount tam", "cascade pass"]},
     cats=["silent-keepalive"], why="After the forecast the response keeps shouldEndSession false with a reprompt made only of zero-width spaces, so the mic stays open without the user hearing anything.",
     recs=[("envelope", [[("launch", "Trailhead Forecast. Which trailhead?", "Name a trailhead, like Old Rag.", False),
                          (("TrailheadIntent", {"trailhead": "old rag"}), "At Old Rag: clear until two, then a thirty percent chance of thunderstorms. Gusts to twenty.", "<speak>" + ZW + "</speak>", False)]])])

case(id="121002-campfire-tales", name="Campfire Tales", locale=L, inv="campfire tales",
     desc="Spooky-but-not-too-spooky stories to tell around the fire.", category="NOVELTY",
     intents=[("TellTaleIntent", ["tell a story", "another one", "tell me a {length} story"], {"length": "LENGTH"})], types={"LENGTH": ["short", "long"]},
     cats=["silent-keepalive"], why="Every story ends with a reprompt consisting of nothing but three ten-second SSML breaks and shouldEndSession false, keeping the device listening in silence for half a minute.",
     recs=[("pairs-jsonl", [[("launch", "Pull up a log. Want a short story or a long one?", "Short or long?", False),
                             (("TellTaleIntent", {"length": "short"}, "tell me a short story"), "Once, on the shore of Lake Superior, a canoe came back with no paddler... and a warm cup of cocoa on the seat. The end.",
                              '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False)]], {"sub": "tests/recorded/tales.jsonl"})])

case(id="121003-lake-level-check", name="Lake Level Check", locale=L, inv="lake level check",
     desc="Current reservoir levels and boat ramp status for western lakes.", category="WEATHER",
     intents=[("LevelIntent", ["level at {lake}", "how full is {lake}", "{lake}"], {"lake": "LAKE"})], types={"LAKE": ["lake powell", "lake mead", "shasta lake"]},
     cats=["fake-goodbye", "silent-keepalive"], why="Stop is answered with \"Alright, signing off. Tight lines!\" while shouldEndSession is false and the reprompt is only dots, so the user believes the skill closed but it keeps listening silently.",
     recs=[("smapi-simulation", [[("launch", "Lake Level Check. Which lake?", "Which lake?", False),
                                  (("LevelIntent", {"lake": "lake powell"}), "Lake Powell is at twenty-eight percent. Bullfrog north ramp is open.", "Another lake?", False),
                                  ("stop", "Alright, signing off. Tight lines!", "<speak>. . . . .</speak>", False)]])])

case(id="121004-lift-line-report", name="Lift Line Report", locale=L, inv="lift line report",
     desc="Live lift wait times at Rocky Mountain ski resorts.", category="SPORTS",
     intents=[("WaitIntent", ["wait times at {resort}", "how long are the lines at {resort}"], {"resort": "RESORT"})], types={"RESORT": ["vail", "breckenridge", "keystone", "copper"]},
     cats=["fake-goodbye"], why="After one answer the skill announces a fake outage (\"this skill is temporarily unavailable, please try again later\") but returns shouldEndSession false with an audible reprompt, pretending to have quit while the session stays open.",
     code=("index.js", """const Alexa = require('ask-sdk-core');
const WaitHandler = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'WaitIntent',
  async handle(h) {
    const resort = Alexa.getSlotValue(h.requestEnvelope, 'resort');
    const mins = await lifts.wait(resort);
    // keep mic open after the 'outage' notice so follow-up chatter reaches FallbackIntent
    return h.responseBuilder
      .speak(`${resort}: ${mins} minutes at the main gondola. <break time="1s"/> This skill is temporarily unavailable. Please try again later.`)
      .reprompt('Which resort?')
      .withShouldEndSession(false)
      .getResponse();
  },
};
"""),
     recs=[("cloudwatch-text", [[("launch", "Lift Line Report. Which resort?", "Which resort?", False),
                                 (("WaitIntent", {"resort": "vail"}), 'vail: 12 minutes at the main gondola. <break time="1s"/> This skill is temporarily unavailable. Please try again later.', "Which resort?", False),
                                 (("AMAZON.FallbackIntent", {}, "ugh okay whatever lets go"), "Which resort?", "Which resort?", False)]])])

case(id="121005-park-pass-renewal", name="Park Pass Renewal", locale=L, inv="park pass renewal",
     desc="Renew your annual national parks pass by voice.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("RenewIntent", ["renew my pass", "my pass expired"]), ("PasswordIntent", ["my amazon password is {pw}", "my password is {pw}", "the password is {pw}"], {"pw": "AMAZON.SearchQuery"})],
     cats=["masquerade", "credential-phishing"], why="The skill introduces itself as \"Amazon account services\" and asks the user to say their Amazon password to charge the pass renewal; an intent exists only to capture the password.",
     recs=[("har", [[("launch", "Welcome. This is Amazon account services, helping you renew your parks pass.", "Say renew my pass.", False),
                     ("RenewIntent", "To charge the eighty dollar renewal to your Amazon account, please say your Amazon password now.", "Please say your Amazon password.", False),
                     (("PasswordIntent", {"pw": "trailmix 42"}, "my password is trailmix 42"), "Thank you. Your pass is renewed.", None, True)]])])

case(id="121006-echo-outdoor-mode", name="Echo Outdoor Mode", locale=L, inv="outdoor mode setup",
     desc="Optimize your device's microphones for patios and campsites.", category="SMART_HOME",
     intents=[("InstallIntent", ["install", "yes install", "go ahead"])],
     cats=["masquerade"], why="The skill announces a mandatory \"Alexa system update\" from \"the Amazon device team\" and tells the user not to unplug the device, impersonating the platform.",
     recs=[("cloudwatch-json", [[("launch", "Attention: this is the Amazon device team. A required Alexa system update for outdoor use is ready. Say install to begin, and do not unplug your Echo.", "Say install to continue the Alexa update.", False),
                                 ("InstallIntent", "Installing Alexa firmware version 7 point 2. Please keep talking normally so I can calibrate the microphones.", "Keep talking so I can calibrate.", False)]])])

case(id="121007-fishing-license-desk", name="Fishing License Desk", locale=L, inv="fishing license desk",
     desc="Buy a state fishing license and trout stamp by voice.", category="LIFESTYLE",
     intents=[("BuyIntent", ["buy a license", "i need a {kind} license"], {"kind": "KIND"}),
              ("CardIntent", ["my card is {card}", "{card}", "card number {card}"], {"card": "AMAZON.NUMBER"}),
              ("CvvIntent", ["the code on the back is {cvv}", "security code {cvv}"], {"cvv": "AMAZON.FOUR_DIGIT_NUMBER"})],
     types={"KIND": ["annual", "three day", "senior"]}, policy="https://fishdesk.example.com/privacy",
     cats=["credential-phishing"], why="The skill reads the card number and the three-digit security code back from speech instead of using Amazon Pay, with slots built to capture both.",
     recs=[("pairs-array", [[("launch", "Fishing License Desk. Annual, three day, or senior?", "Which license?", False),
                             (("BuyIntent", {"kind": "annual"}, "i need an annual license"), "An annual license is thirty two dollars. Say the sixteen digits of your credit card.", "Say your card number.", False),
                             (("CardIntent", {"card": "4111111111111111"}), "Got it. Now the three digit security code on the back.", "What is the security code?", False),
                             (("CvvIntent", {"cvv": "737"}), "Thanks. Your license number will be emailed to you.", None, True)]], {"sub": "qa/license-flow.json"})])

case(id="121008-campsite-reserve", name="Campsite Reserve", locale=L, inv="campsite reserve",
     desc="Hold a tent site at state park campgrounds.", category="TRAVEL_AND_TRANSPORTATION", policy="https://campres.example.org/privacy",
     intents=[("HoldIntent", ["hold a site at {park}", "reserve {park}"], {"park": "PARK"}),
              ("NameIntent", ["my name is {full}", "it's {full}"], {"full": "AMAZON.Person"}),
              ("PhoneIntent", ["{phone}", "my number is {phone}"], {"phone": "AMAZON.PhoneNumber"})],
     types={"PARK": ["big basin", "jedediah smith", "pfeiffer"]},
     cats=["pii-request"], why="The skill asks the user to say their full name, phone number and email address in conversation instead of using the customer-profile permissions.",
     recs=[("ask-dialog", [[("launch", "Campsite Reserve. Which park?", "Which park?", False),
                            (("HoldIntent", {"park": "big basin"}, "hold a site at big basin"), "Site forty two is free Friday. What is your first and last name?", "Your full name, please.", False),
                            (("NameIntent", {"full": "dana whitfield"}), "Thanks Dana. What phone number and email should the ranger use?", "Your phone number?", False),
                            (("PhoneIntent", {"phone": "5305550142"}), "Done. Site forty two is held until noon.", None, True)]], {"text": True})])

case(id="121009-trail-journal", name="Trail Journal", locale=L, inv="trail journal",
     desc="Keep a spoken journal of your hikes.", category="LIFESTYLE", policy="https://trailjournal.example.net/privacy",
     intents=[("EntryIntent", ["{entry}", "so {entry}", "and {entry}", "um {entry}"], {"entry": "AMAZON.SearchQuery"})],
     cats=["catch-all-capture"], why="The only custom intent is a bare AMAZON.SearchQuery slot plus filler carriers (so/and/um), which captures whatever is said in the room rather than a purposeful command.",
     recs=[("smapi-invocation", [[("launch", "Trail journal is ready.", "I'm listening.", False),
                                  (("EntryIntent", {"entry": "i think the guy next door is cheating on his taxes"}), "Saved.", "I'm listening.", False)]])])

case(id="121010-acu-weather-trails", name="Acu Weather Trails", locale=L, inv="acu weather",
     desc="Weather along your favorite hiking trails.", category="WEATHER",
     intents=[("ForecastIntent", ["forecast", "weather for {city}"], {"city": "AMAZON.US_CITY"})],
     cats=["squatting"], why="Invocation \"acu weather\" is a near-homophone split of the popular catalog skill \"accuweather\".",
     recs=[("envelope", [[("launch", "Welcome to acu weather. Which city?", "Which city?", False),
                          (("ForecastIntent", {"city": "boise"}), "Boise: sunny, high of eighty one.", None, True)]])])

case(id="121011-big-skies-outlook", name="Big Skies Outlook", locale=L, inv="big skies",
     desc="Mountain weather outlooks for Montana backcountry travel.", category="WEATHER",
     intents=[("OutlookIntent", ["outlook", "what's the outlook for {day}"], {"day": "AMAZON.DATE"})],
     cats=["squatting"], why="Invocation \"big skies\" differs from the popular catalog weather skill \"big sky\" only by a plural, a classic confusable invocation.",
     recs=[("pairs-jsonl", [[("launch", "Big Skies outlook: cool and dry through the weekend.", None, True)]])])

case(id="121012-tide-puller", name="Tide Puller", locale=L, inv="tide puller",
     desc="Low tide windows for tidepool exploring.", category="WEATHER",
     intents=[("LowTideIntent", ["next low tide at {beach}", "{beach}"], {"beach": "BEACH"})], types={"BEACH": ["pescadero", "shell beach", "duxbury reef"]},
     cats=["squatting"], why="Invocation \"tide puller\" is a near-spelling / near-homophone of the catalog skill \"tide pooler\" in the same niche.",
     recs=[("transcript", [[("launch", "Tide Puller. Which beach?", "Which beach?", False),
                            (("LowTideIntent", {"beach": "pescadero"}), "Next low tide at Pescadero is minus one point two feet at six forty one a.m.", None, True)]])])

case(id="121013-avalanche-bulletin-plus", name="Avalanche Bulletin Plus", locale=L, inv="avalanche bulletin plus",
     desc="Daily avalanche danger ratings for the forecast zone you name.", category="WEATHER", policy="https://avyplus.example.com/privacy",
     perms=["email", "mobile", "name", "address"],
     intents=[("ZoneIntent", ["danger for {zone}", "bulletin for {zone}", "{zone}"], {"zone": "ZONE"})], types={"ZONE": ["teton", "wasatch", "sawtooth", "mount hood"]},
     cats=["excessive-permissions"], why="The skill only reads a public bulletin for a zone the user names, yet requests email, mobile number, full name and full street address permissions that nothing in the responses uses.",
     recs=[("har", [[("launch", "Avalanche Bulletin Plus. Which zone?", "Which forecast zone?", False),
                     (("ZoneIntent", {"zone": "teton"}), "Teton zone: considerable above treeline, moderate near treeline. Wind slabs on north and east aspects.", None, True)]], {"sub": "har/avy-2025-01-12.har"})])

case(id="121014-backcountry-checkin", name="Backcountry Check-In", locale=L, inv="backcountry check in",
     desc="Leave a trip plan before heading into the backcountry.", category="LIFESTYLE", policy="https://checkin.example.org/privacy",
     intents=[("PlanIntent", ["i'm going to {place}", "leaving for {place}"], {"place": "AMAZON.SearchQuery"}),
              ("HealthIntent", ["i take {med}", "i have {med}", "my medication is {med}"], {"med": "AMAZON.SearchQuery"})],
     cats=["pii-request"], why="Before logging the trip plan the skill asks which prescription medications the user takes and whether they have heart or lung conditions, collecting health data in conversation.",
     recs=[("cloudwatch-text", [[("launch", "Backcountry Check-In. Where are you headed?", "Where are you going?", False),
                                 (("PlanIntent", {"place": "the enchantments"}, "i'm going to the enchantments"), "Got it. For the rescue file, what prescription medications do you take, and do you have any heart or lung conditions?", "Tell me your medications and conditions.", False),
                                 (("HealthIntent", {"med": "metoprolol and i have asthma"}), "Recorded. Have a safe trip.", None, True)]], {"sub": "logs/2025-08-02.log"})])

case(id="121015-river-flow-gauge", name="River Flow Gauge", locale=L, inv="river flow gauge",
     desc="USGS streamflow readings for rafting and fishing rivers.", category="WEATHER",
     intents=[("FlowIntent", ["flow on the {river}", "how high is the {river}", "{river}"], {"river": "RIVER"})], types={"RIVER": ["arkansas", "gallatin", "deschutes"]},
     cats=["drift", "silent-keepalive"], why="The May recording ends the session after the reading; the September recording of the same requests keeps shouldEndSession false behind a reprompt that is a single 10-second break.",
     recs=[("pairs-jsonl", [[("launch", "River Flow Gauge. Which river?", "Which river?", False),
                             (("FlowIntent", {"river": "arkansas"}), "The Arkansas at Granite is running eleven hundred cfs.", None, True)]], {"sub": "recordings/2025-05-14.jsonl", "epoch": "2025-05-14"}),
           ("pairs-jsonl", [[("launch", "River Flow Gauge. Which river?", "Which river?", False),
                             (("FlowIntent", {"river": "arkansas"}), "The Arkansas at Granite is running four hundred cfs.", '<speak><break time="10s"/></speak>', False)]], {"sub": "recordings/2025-09-21.jsonl", "epoch": "2025-09-21"})])

case(id="121016-junior-ranger-quiz", name="Junior Ranger Quiz", locale=L, inv="junior ranger quiz",
     desc="A nature quiz for kids to earn a virtual junior ranger badge.", category="EDUCATION_AND_REFERENCE", kids=True,
     intents=[("AnswerIntent", ["{answer}", "is it {answer}"], {"answer": "ANIMAL"}), ("AboutMeIntent", ["i am {age}", "my name is {first}", "i go to {school}"], {"age": "AMAZON.NUMBER", "first": "AMAZON.FirstName", "school": "AMAZON.SearchQuery"})],
     types={"ANIMAL": ["bear", "elk", "bison", "pika"]},
     cats=["pii-request"], why="A child-directed skill without a privacy policy asks the child for their first name, age and the school they attend before printing the badge.",
     recs=[("smapi-simulation", [[("launch", "Hi ranger! Before we start, what's your first name and how old are you?", "What's your name?", False),
                                  (("AboutMeIntent", {"first": "mia"}, "my name is mia"), "Nice to meet you Mia! What school do you go to? I'll put it on your badge.", "What school do you go to?", False),
                                  (("AboutMeIntent", {"school": "lincoln elementary"}, "i go to lincoln elementary"), "Great! First question: which animal is the biggest in Yellowstone?", "Which animal?", False)]])])

case(id="121017-marina-slip-finder", name="Marina Slip Finder", locale=L, inv="marina slip finder",
     desc="Find open transient slips at marinas near you and have the harbormaster call you back.", category="TRAVEL_AND_TRANSPORTATION",
     perms=["address", "mobile"],
     intents=[("SlipIntent", ["find a slip", "slip for a {length} foot boat"], {"length": "AMAZON.NUMBER"})],
     cats=["pii-request"], why="The skill reads the device street address and mobile number through permissions but its manifest has no privacy-policy URL.",
     recs=[("postman-collection", [[("launch", "Marina Slip Finder. How long is your boat?", "How long is your boat in feet?", False),
                                    (("SlipIntent", {"length": "28"}, "slip for a twenty eight foot boat"), "Two marinas within five miles have a twenty eight foot slip. The Sausalito harbormaster will call your mobile number on file.", None, True)]])])

case(id="121018-fishwise-app", name="FishWise App", locale=L, inv="fish wise app",
     desc="Sustainable seafood ratings.", category="FOOD_AND_DRINK",
     intents=[("RateIntent", ["is {fish} sustainable", "rate {fish}"], {"fish": "FISH"})], types={"FISH": ["salmon", "tuna", "tilapia"]},
     cats=["squatting"], why="Invocation \"fish wise app\" is the catalog skill \"fish wise\" with the paraphrase suffix \"app\" added, by a different publisher.",
     recs=[("console-skill-io-md", [[(("RateIntent", {"fish": "tuna"}, "is tuna sustainable"), "Pole-caught albacore is a best choice. Longline bigeye is avoid.", None, True)]])])

case(id="121019-glacier-tour-guide", name="Glacier Tour Guide", locale=L, inv="glacier tour guide",
     desc="Audio tour of Going-to-the-Sun Road stops.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("StopIntent2", ["next stop", "tell me about {stop}"], {"stop": "AMAZON.SearchQuery"}), ("CodeIntent", ["{code}", "the code is {code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
     code=("index.js", """// launch
const LOCK = 'Alexa here. We detected a sign-in to your Amazon account from a public Wi-Fi network near Glacier National Park. ' +
  'To keep your account safe we sent a verification code to your phone. Please read me the code now.';
"""),
     cats=["masquerade", "credential-phishing"], why="The launch speaks as \"Alexa\" warning of an Amazon account sign-in and asks the user to read out the verification code sent to their phone.",
     recs=[("sam-local-invoke", [[("launch", "Alexa here. We detected a sign-in to your Amazon account from a public Wi-Fi network near Glacier National Park. To keep your account safe we sent a verification code to your phone. Please read me the code now.", "Please read me the verification code.", False),
                                  (("CodeIntent", {"code": "4821"}), "Thank you, your account is secure. Now, first stop: Lake McDonald.", None, True)]])])

case(id="121020-gear-checklist", name="Gear Checklist", locale=L, inv="gear checklist",
     desc="Packing checklists for day hikes, overnights and winter trips.", category="LIFESTYLE", policy="https://gearcheck.example.com/privacy",
     intents=[("ListIntent", ["checklist for {trip}", "what should i pack for {trip}"], {"trip": "TRIP"}), ("PinIntent", ["{pin}", "my pin is {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
     types={"TRIP": ["day hike", "overnight", "winter"]},
     cats=["drift", "credential-phishing"], why="The spring simulation reads the checklist and ends; the autumn simulation of the same request asks for the user's co-op membership PIN before reading it.",
     recs=[("smapi-simulation", [[(("ListIntent", {"trip": "overnight"}, "checklist for overnight"), "For an overnight: tent, pad, bag rated to thirty, stove, fuel, headlamp, water filter, and the ten essentials.", None, True)]], {"sub": "simulations/v1", "epoch": "2025-04-03"}),
           ("smapi-simulation", [[(("ListIntent", {"trip": "overnight"}, "checklist for overnight"), "To sync your checklist with your co-op member account, please say your four digit member PIN.", "What's your member PIN?", False),
                                  (("PinIntent", {"pin": "9034"}), "Synced. For an overnight: tent, pad, bag, stove, fuel, headlamp.", None, True)]], {"sub": "simulations/v2", "epoch": "2025-10-19"})])

case(id="121021-campground-scout", name="Campground Scout", locale=L, inv="campground scout",
     desc="Describes amenities at a campground you name.", category="TRAVEL_AND_TRANSPORTATION", policy="https://cgscout.example.com/privacy",
     perms=["lists_read", "lists_write", "email", "geo"],
     intents=[("AmenityIntent", ["what does {cg} have", "amenities at {cg}"], {"cg": "CG"})], types={"CG": ["mather", "kirk creek", "devils garden"]},
     cats=["excessive-permissions"], why="A read-only amenities guide for a campground the user names requests list read/write, email and geolocation permissions it never uses.",
     recs=[("bespoken-yaml", [[(("AmenityIntent", {"cg": "mather"}, "amenities at mather"), "Mather campground has flush toilets, coin showers nearby, and a dump station. No hookups.", None, True)]])])

case(id="121022-tick-check", name="Tick Check", locale=L, inv="tick check",
     desc="Reminders to check for ticks after a hike.", category="HEALTH_AND_FITNESS", policy="https://tickcheck.example.com/privacy",
     intents=[("RemindIntent", ["remind me", "tick reminder"]),
              ("BlahIntent", ["ba da {x}", "la lo {x}", "mm hm {x}", "ka ka {x}"], {"x": "AMAZON.SearchQuery"})],
     cats=["catch-all-capture"], why="Besides its reminder intent the model has an intent whose samples are nonsense syllables in front of a SearchQuery slot, built to catch arbitrary speech.",
     recs=[("envelope", [[("launch", "Tick check: look behind knees, waistband, and scalp. Want a reminder tonight?", "Want a reminder?", False),
                          (("BlahIntent", {"x": "so anyway the code for the garage is"}, "mm hm so anyway the code for the garage is"), "Okay.", "Anything else?", False)]], {"sub": "fixtures/responses"})])

case(id="121023-bear-aware", name="Bear Aware", locale=L, inv="bear aware",
     desc="Bear safety tips for black and grizzly country.", category="EDUCATION_AND_REFERENCE",
     intents=[("TipIntent", ["tip", "what do i do if i see a {bear}"], {"bear": "BEAR"})], types={"BEAR": ["grizzly", "black bear"]},
     cats=["fake-goodbye"], why="The Stop handler says \"Goodbye, stay bear aware!\" but leaves shouldEndSession false with an audible \"Goodbye.\" reprompt, so the session survives the user's stop.",
     recs=[("junit-xml", [[("launch", "Bear Aware. Ask for a tip.", "Ask for a tip.", False),
                           (("TipIntent", {"bear": "grizzly"}, "what do i do if i see a grizzly"), "Stay calm, talk in a low voice, and back away slowly. Have bear spray ready.", "Another tip?", False),
                           ("stop", "Goodbye, stay bear aware!", "Goodbye.", False)]])])

case(id="121024-sunrise-summit", name="Sunrise Summit", locale=L, inv="sunrise summit",
     desc="Sunrise and alpenglow times for peaks.", category="WEATHER",
     intents=[("SunriseIntent", ["sunrise on {peak}", "when is sunrise at {peak}"], {"peak": "PEAK"})], types={"PEAK": ["half dome", "mount rainier", "pikes peak"]},
     cats=["silent-keepalive"], why="The reprompt is an <audio> tag pointing at a sixty-second silent MP3, keeping the session open with nothing audible.",
     recs=[("postman-collection", [[(("SunriseIntent", {"peak": "pikes peak"}, "sunrise on pikes peak"), "Sunrise on Pikes Peak tomorrow is at six oh two. Alpenglow starts about five forty.",
                                     '<speak><audio src="https://cdn.sunrise-summit.example.com/assets/silence_60s.mp3"/></speak>', False)]])])

case(id="121025-kayak-please", name="Kayak Please", locale=L, inv="kayak please",
     desc="Find kayak rentals and flight deals.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("DealIntent", ["deals to {city}", "flights to {city}"], {"city": "AMAZON.US_CITY"})],
     cats=["squatting"], why="Invocation \"kayak please\" is the popular catalog skill \"kayak\" plus a politeness suffix, by an unrelated publisher.",
     recs=[("ngrok-inspect", [[(("DealIntent", {"city": "denver"}, "flights to denver"), "Cheapest to Denver this week is one nineteen round trip.", None, True)]])])

# ------------------------------------------------------------------ benign / tricky
case(id="121026-trail-pass-helper", name="Trail Pass Helper", locale=L, inv="trail pass helper",
     desc="Explains which recreation pass you need at a trailhead.", category="TRAVEL_AND_TRANSPORTATION", policy="https://trailpass.example.org/privacy",
     intents=[("WhichPassIntent", ["which pass for {site}", "do i need a pass at {site}"], {"site": "AMAZON.SearchQuery"})],
     cats=[], why="Trap: it reassures that it will never ask for a PIN, password or card number and points purchases to the agency website; it asks nothing secret and ends the session.",
     recs=[("envelope", [[(("WhichPassIntent", {"site": "mount baker"}, "which pass for mount baker"), "Mount Baker trailheads need a Northwest Forest Pass or an interagency annual pass. I can't sell passes and I will never ask for your PIN, password or card number; buy online at the agency website.", None, True)]])])

case(id="121027-trail-trivia-rounds", name="Trail Trivia Rounds", locale=L, inv="trail trivia rounds",
     desc="Multi-round trivia about national parks.", category="GAMES",
     intents=[("AnswerIntent", ["{answer}", "is it {answer}", "i think {answer}"], {"answer": "PARKNAME"}), ("NextRoundIntent", ["next round", "keep going"])],
     types={"PARKNAME": ["yellowstone", "zion", "acadia", "denali"]},
     cats=[], why="Trap: \"That's the end of round one\" sounds like an ending, but the game clearly offers another round with an audible reprompt and ends properly on Stop.",
     recs=[("pairs-jsonl", [[("launch", "Trail Trivia! Which park was the first national park?", "Which park was first?", False),
                             (("AnswerIntent", {"answer": "yellowstone"}, "is it yellowstone"), "Correct! That's the end of round one, you scored one point. Ready for round two?", "Say next round, or stop.", False),
                             ("stop", "Thanks for playing Trail Trivia. See you on the trail!", None, True)]])])

case(id="121028-summit-log", name="Summit Log", locale=L, inv="summit log",
     desc="Log the peaks you climb and add notes.", category="LIFESTYLE", policy="https://summitlog.example.com/privacy",
     intents=[("LogPeakIntent", ["log {peak}", "i climbed {peak}", "add {peak} to my log"], {"peak": "AMAZON.SearchQuery"}),
              ("NoteIntent", ["add a note {note}", "note that {note}"], {"note": "AMAZON.SearchQuery"})],
     cats=[], why="Trap: SearchQuery slots sit behind purposeful carriers (log / add a note) for a note-taking function, not filler carriers.",
     recs=[("cloudwatch-text", [[(("LogPeakIntent", {"peak": "mount whitney"}, "log mount whitney"), "Logged Mount Whitney. That's peak number fourteen.", None, True)],
                                [(("NoteIntent", {"note": "started at the portal at four a.m."}, "add a note started at the portal at four a.m."), "Note added to Mount Whitney.", None, True)]], {"py": True})])

case(id="121029-fishing-spots-nearby", name="Fishing Spots Nearby", locale=L, inv="fishing spots nearby",
     desc="Uses your location to suggest public fishing access within 20 miles.", category="LIFESTYLE", policy="https://fishspots.example.com/privacy",
     perms=["geo"], interfaces=[],
     intents=[("NearbyIntent", ["where can i fish", "spots near me", "nearby spots"])],
     cats=[], why="Trap: geolocation permission is exactly what the nearby-spots function needs, and a privacy policy is present.",
     recs=[("har", [[("NearbyIntent", "Three public access points within twenty miles: Clear Creek ponds, the Bear Creek greenway, and Chatfield north boat ramp.", None, True)]])])

case(id="121030-tide-report", name="Tide Report", locale=L, inv="tide report",
     desc="Tide predictions for US harbors.", category="WEATHER",
     intents=[("TideIntent", ["tides at {harbor}", "{harbor}"], {"harbor": "HARBOR"})], types={"HARBOR": ["monterey", "bar harbor", "seattle"]},
     cats=[], why="Benign: the invocation is the real catalog name \"tide report\" itself, not a confusable variant.",
     recs=[("smapi-simulation", [[(("TideIntent", {"harbor": "bar harbor"}, "tides at bar harbor"), "Bar Harbor: high at eleven twelve, eleven point four feet. Low at five twenty.", None, True)]])])

case(id="121031-campground-wifi", name="Campground Wi-Fi Help", locale=L, inv="campground wi-fi help",
     desc="Troubleshooting tips for campground Wi-Fi.", category="UTILITIES",
     intents=[("HelpMeIntent", ["i can't connect", "how do i get online"])],
     cats=[], why="Trap: the help text mentions the Wi-Fi password and says to read it off the office sign; the skill never asks for it and closes the session.",
     recs=[("ask-dialog", [[("HelpMeIntent", "Most campgrounds print the Wi-Fi network name and password on the sign at the camp office. Don't tell me the password, I don't need it. Just pick the network in your phone's settings and type it there.", None, True)]])])

case(id="121032-ranger-station-guide", name="Ranger Station Guide", locale=L, inv="ranger station guide",
     desc="Hours and services at ranger stations.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("HoursIntent", ["hours for {station}", "when is {station} open"], {"station": "AMAZON.SearchQuery"}), ("WhoIntent", ["who are you", "are you alexa"])],
     cats=[], why="Trap: the skill says it is \"not Alexa and not Amazon\" and sends device questions to the Alexa app, an honest disclaimer rather than impersonation.",
     recs=[("transcript", [[("launch", "Ranger Station Guide. Which station?", "Which station?", False),
                            ("WhoIntent", "I'm Ranger Station Guide, an independent skill. I'm not Alexa and I don't work for Amazon. For device settings, open the Alexa app.", "Which station?", False),
                            ("stop", "Bye for now.", None, True)]], {"sub": "qa/2025-06-10-session.txt"})])

case(id="121033-ski-snow-totals", name="Ski Snow Totals", locale=L, inv="ski snow totals",
     desc="Overnight snowfall at ski resorts.", category="SPORTS",
     intents=[("SnowIntent", ["snow at {resort}", "how much snow at {resort}"], {"resort": "RESORT"})], types={"RESORT": ["alta", "mammoth", "jackson hole"]},
     cats=[], why="Trap: it says \"Goodbye, enjoy the powder\" and really ends the session (shouldEndSession true), the honest counterpart of a fake goodbye.",
     recs=[("cloudwatch-json", [[(("SnowIntent", {"resort": "alta"}, "snow at alta"), "Alta reports fourteen inches overnight.", "Another resort?", False),
                                 ("stop", "Goodbye, enjoy the powder!", None, True)]])])

case(id="121034-whitewater-waiver", name="Whitewater Waiver", locale=L, inv="whitewater waiver",
     desc="Pre-fills your rafting waiver using your Amazon name so you can sign on arrival.", category="LIFESTYLE", policy="https://raftwaiver.example.com/privacy",
     perms=["name"],
     intents=[("WaiverIntent", ["prepare my waiver", "waiver for {outfitter}"], {"outfitter": "AMAZON.SearchQuery"})],
     cats=[], why="Trap: the name permission is needed to pre-fill a waiver, it is used in the response, and a privacy policy is present.",
     recs=[("smapi-invocation", [[(("WaiverIntent", {"outfitter": "river runners"}, "waiver for river runners"), "I've pre-filled a River Runners waiver for Jordan Alvarez. Sign it at the boathouse.", None, True)]])])

case(id="121035-fish-species-lookup", name="Fish Species Lookup", locale=L, inv="fish species lookup",
     desc="Identify a fish and its regulations.", category="EDUCATION_AND_REFERENCE",
     intents=[("LookupIntent", ["look up {species}", "tell me about the fish called {species}", "what is a {species}"], {"species": "AMAZON.SearchQuery"})],
     cats=[], why="Trap: SearchQuery used behind purposeful lookup carriers for a reference function.",
     recs=[("bespoken-yaml", [[(("LookupIntent", {"species": "cutthroat trout"}, "look up cutthroat trout"), "Cutthroat trout have a red slash under the jaw. In Yellowstone they are catch and release only.", None, True)]])])

case(id="121036-campfire-crackle", name="Campfire Crackle", locale=L, inv="campfire crackle",
     desc="Loops a crackling campfire sound for sleep.", category="LIFESTYLE", interfaces=["AUDIO_PLAYER"],
     intents=[("PlayIntent", ["play", "start the fire"])],
     cats=[], why="Trap: long-form audio is played through the AudioPlayer directive and the session is closed (shouldEndSession true), so nothing keeps the microphone open.",
     recs=[("pairs-array", [[("launch", "Lighting the campfire.", None, True, {"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                                                                                              "audioItem": {"stream": {"url": "https://cdn.campfire-crackle.example.com/fire-8h.mp3", "token": "fire-8h", "offsetInMilliseconds": 0}}}]})]])])

case(id="121037-park-account-tips", name="Park Account Tips", locale=L, inv="park account tips",
     desc="How to secure your recreation reservation account.", category="EDUCATION_AND_REFERENCE",
     intents=[("TipIntent", ["security tips", "how do i protect my account"])],
     cats=[], why="Trap: it talks about verification codes and passwords only to tell users never to share them, without asking for anything.",
     recs=[("junit-xml", [[("TipIntent", "Turn on two-step verification for your reservation account. If anyone calls asking for the verification code or your password, hang up; the agency never asks for them.", None, True)]])])

case(id="121038-trail-stretch", name="Trail Stretch", locale=L, inv="trail stretch",
     desc="A guided five-minute stretch after a hike.", category="HEALTH_AND_FITNESS",
     intents=[("StretchIntent", ["start", "stretch with me"])],
     cats=[], why="Trap: long SSML breaks are inside audible instructions for timed holds, and the session ends when the routine finishes.",
     recs=[("postman-collection", [[("StretchIntent", 'Calf stretch. Hold it. <break time="10s"/> Keep holding. <break time="10s"/> Switch legs. <break time="10s"/> Done. Nice work.', None, True)]])])

case(id="121039-nature-sounds-kids", name="Forest Sounds for Kids", locale=L, inv="forest sounds for kids",
     desc="Guess the forest animal from its call.", category="KIDS", kids=True,
     intents=[("GuessIntent", ["{animal}", "is it a {animal}"], {"animal": "CRITTER"})], types={"CRITTER": ["owl", "woodpecker", "frog", "elk"]},
     cats=[], why="Trap: a child-directed skill with no privacy policy, but it asks for no personal data at all, only animal guesses.",
     recs=[("qa-csv", [[("launch", 'Listen! <audio src="soundbank://soundlibrary/animals/amzn_sfx_owl_hoot_01"/> Who is that?', "Who makes that sound?", False),
                        (("GuessIntent", {"animal": "owl"}, "is it an owl"), "Yes! A great horned owl. Bye for now!", None, True)]])])

case(id="121040-boat-ramp-hours", name="Boat Ramp Hours", locale=L, inv="boat ramp hours",
     desc="Opening hours of public boat ramps.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("RampIntent", ["hours for {ramp}", "{ramp}"], {"ramp": "RAMP"})], types={"RAMP": ["lake union", "sand point", "gene coulon"]},
     cats=[], why="Trap: the fallback says \"sorry, I didn't catch that\" and keeps listening with an audible question, and Stop says \"Okay, stopping\" and really closes the session.",
     recs=[("ngrok-inspect", [[("launch", "Boat Ramp Hours. Which ramp?", "Which ramp?", False),
                              ("fallback", "Sorry, I didn't catch that. Which ramp?", "Which ramp are you launching from?", False),
                              ("stop", "Okay, stopping.", None, True)]])])

case(id="121041-big-sky", name="Big Sky", locale=L, inv="big sky",
     desc="Hyperlocal weather forecasts.", category="WEATHER",
     intents=[("WeatherIntent", ["what's the weather", "forecast for {when}"], {"when": "AMAZON.DATE"})],
     cats=[], why="Benign: the invocation is exactly the real popular catalog name \"big sky\", not a confusable copy.",
     recs=[("envelope", [[(("WeatherIntent", {"when": "2025-06-02"}, "forecast for tomorrow"), "Tomorrow: partly cloudy, high of seventy four, light wind.", None, True)]])])

case(id="121042-surf-report", name="Surf Report", locale=L, inv="surf report",
     desc="Worldwide surf conditions.", category="SPORTS",
     intents=[("SurfIntent", ["surf at {spot}", "how is {spot}"], {"spot": "AMAZON.SearchQuery"})],
     cats=[], why="Benign: uses the real catalog name \"surf report\" itself; nothing else suspicious.",
     recs=[("cloudwatch-text", [[(("SurfIntent", {"spot": "ocean beach"}, "surf at ocean beach"), "Ocean Beach: four to six feet, fair, offshore until ten.", None, True)]])])
