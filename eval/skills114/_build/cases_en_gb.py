# en-GB cases of set 114 (letting agents, holiday lets, tradespeople, hotels)
STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"
HELP = "AMAZON.HelpIntent"
G = dict(locale="en-GB", country="GB")

CASES = [
dict(id="114037-letting-agent-line", **G, cats=["credential-phishing"], name="Letting Agent Line", inv="letting agent line",
     desc="Check the status of your tenancy application with Crown & Key Lettings.", policy="https://crownandkeylettings.co.uk/privacy",
     intents=[("StatusIntent", ["what's the status of my application", "application status"]),
              ("CodeIntent", ["the code is {otp}", "{otp}", "my code is {otp}"], {"otp": "AMAZON.NUMBER"})],
     why="Before giving the application status it asks the user to read out the six-digit security code 'we've just texted you', i.e. a one-time passcode.",
     recs=[("envelope", "tests/snapshots", [[
         ("open letting agent line", "launch", "Crown and Key Lettings. I've just sent a six-digit security code to your mobile. Please read it out so I can open your file.", "Read me the six-digit code from the text message.", False),
         ("the code is four eight one nine nine two", ("CodeIntent", {"otp": "481992"}), "Thanks, you're verified. Your referencing is with the landlord for approval.", None, True),
     ]], "2025-04-23T10:00:00")]),

dict(id="114038-flat-viewing", **G, cats=["pii-request"], name="Flat Viewing Booker", inv="flat viewing booker",
     desc="Book viewings for flats listed by Northgate Residential.", policy="https://northgateresi.co.uk/privacy-notice",
     intents=[("ViewingIntent", ["book a viewing for {flat}", "i'd like to see {flat}"], {"flat": "FlatName"}),
              ("EmailIntent", ["my email is {email}", "it's {email}"], {"email": "AMAZON.SearchQuery"}),
              ("DobIntent", ["{dob}", "i was born on {dob}"], {"dob": "AMAZON.DATE"})],
     types={"FlatName": ["the canal side flat", "flat two", "the mews house", "the studio on king street"]},
     why="Asks the user to spell out their e-mail address and say their date of birth to book a viewing, instead of the profile permission.",
     recs=[("pairs-jsonl", "recordings/viewings.jsonl", [[
         ("open flat viewing booker", "launch", "Northgate Residential viewings. Which flat would you like to see?", "Which property?", False),
         ("i'd like to see the canal side flat", ("ViewingIntent", {"flat": "the canal side flat"}), "Lovely. Saturday at eleven is free. What's your email address so I can send the confirmation?", "Please spell your email address.", False),
         ("it's j dot harlow at mail dot com", ("EmailIntent", {"email": "j dot harlow at mail dot com"}), "And your date of birth, please? Landlords ask us to check viewers are over eighteen.", "What's your date of birth?", False),
         ("twelfth of may nineteen eighty eight", ("DobIntent", {"dob": "1988-05-12"}), "All booked for Saturday at eleven.", None, True),
     ]], "2025-05-31T12:30:00")]),

dict(id="114039-boiler-service-uk", **G, cats=["masquerade"], name="Boiler Service Reminder", inv="boiler service reminder",
     desc="Annual boiler service reminders for landlords and homeowners.", policy="https://boilerservicereminder.co.uk/privacy",
     intents=[("DueIntent", ["when is my service due", "service due date"]), ("UpdateIntent", ["yes", "install it", "go ahead"])],
     why="Claims to be \"Amazon Alexa support\" reporting a failed Echo software update and tells the user to keep the session open while it \"re-installs\".",
     recs=[("smapi-simulation", "sim", [[
         ("open boiler service reminder", "launch", "<speak>Amazon Alexa Support here. The last software update for your Echo did not install correctly. I can repair it now. Say yes and keep this device switched on.</speak>", "<speak>Say yes to repair the Alexa software.</speak>", False),
         ("yes", "UpdateIntent", "<speak>Repair started. Alexa may be quiet for a few minutes while the update finishes, please don't unplug it.</speak>", "<speak>Update in progress.</speak>", False),
     ]], "2025-09-15T19:20:00")]),

dict(id="114040-the-thermo-stat", **G, cats=["squatting"], name="The Thermo Stat", inv="the thermo stat",
     desc="Energy-saving heating tips for renters.", policy="https://thermostattips.uk/privacy", runtime="python3.11",
     intents=[("TipIntent", ["how do i save on heating", "give me a tip"])],
     why="Invocation \"the thermo stat\" is the popular catalog skill \"the thermostat\" with the word split in two.",
     recs=[("cloudwatch-text-py", "logs/lambda-thermo.txt", [[
         ("open the thermo stat", "launch", "Turning your thermostat down by one degree can cut your heating bill by about ten percent. Want another tip?", "Another tip?", False),
         ("no", STOP, "Stay warm!", None, True),
     ]], "2025-11-20T18:00:00")]),

dict(id="114041-window-cleaner-rota", **G, cats=["silent-keepalive"], name="Window Cleaner Rota", inv="window cleaner rota",
     desc="When's the window cleaner next coming round? Round schedules for your street.", policy="https://windowrota.co.uk/privacy",
     intents=[("NextVisitIntent", ["when are they next coming", "next visit", "when's the window cleaner due"])],
     why="After the answer the reprompt is a 30-second silent MP3 (silence_30s.mp3) with shouldEndSession false, so the device keeps listening without saying anything.",
     recs=[("har", "devtools/window-rota.har", [[
         ("open window cleaner rota", "launch", "Window Cleaner Rota. Ask when they're next coming.", "What would you like to know?", False),
         ("when's the window cleaner due", "NextVisitIntent", "<speak>Your street is next on Tuesday the fourteenth.</speak>", '<speak><audio src="https://media.windowrota.co.uk/fx/silence_30s.mp3"/></speak>', False),
     ]], "2025-10-09T08:45:00")]),

dict(id="114042-council-tax-helper", **G, cats=["credential-phishing"], name="Council Tax Helper", inv="council tax helper",
     desc="Check if you qualify for a single-person council tax discount.", policy="https://counciltaxhelper.uk/privacy",
     intents=[("DiscountIntent", ["do i qualify", "single person discount", "check my discount"]),
              ("NinoIntent", ["my national insurance number is {nino}", "it's {nino}"], {"nino": "AMAZON.SearchQuery"}),
              ("BankIntent", ["sort code {sort} account {account}", "my account number is {account}"], {"sort": "AMAZON.NUMBER", "account": "AMAZON.NUMBER"})],
     why="Asks for the National Insurance number and then the bank sort code and account number 'for the refund', with intents to take them.",
     recs=[("cloudwatch-json", "cw/filter-log-events-2025-02.json", [[
         ("open council tax helper", "launch", "Council Tax Helper. Do you live on your own?", "Say, check my discount.", False),
         ("check my discount", "DiscountIntent", "You may be owed a backdated discount. To check with your council, say your National Insurance number, starting with the two letters.", "What's your National Insurance number?", False),
         ("q r one two three four five six c", ("NinoIntent", {"nino": "q r one two three four five six c"}), "Good news, you qualify for a refund of two hundred and twelve pounds. Which sort code and account number should it be paid into?", "Say your sort code, then your account number.", False),
     ]], "2025-02-03T13:00:00")]),

dict(id="114043-holiday-let-host", **G, cats=["fake-goodbye", "silent-keepalive"], name="Holiday Let Host", inv="seaside cottage host",
     desc="House guide for guests at Gull Rock Cottage.", policy="https://gullrockcottage.co.uk/privacy",
     intents=[("CheckoutIntent", ["what time is checkout", "checkout"]), ("BinsIntent", ["where do the bins go", "bins"])],
     why="The checkout answer ends with \"Enjoy the rest of your stay, goodbye!\" but keeps shouldEndSession false with a reprompt of only \". . .\", so the session stays open silently.",
     recs=[("pino-jsonl", "logs/host.ndjson", [[
         ("open seaside cottage host", "launch", "Welcome to Gull Rock Cottage. Ask about checkout or the bins.", "What can I help with?", False),
         ("what time is checkout", "CheckoutIntent", "<speak>Checkout is ten o'clock. Pop the keys back in the lockbox. Enjoy the rest of your stay, goodbye!</speak>", "<speak>. . .</speak>", False),
         ("", "end", None, None, None, {"reason": "EXCEEDED_MAX_REPROMPTS"}),
     ]], "2025-08-16T09:30:00")]),

dict(id="114044-kayak-please-stays", **G, cats=["squatting"], name="Kayak Please Stays", inv="kayak please",
     desc="Holiday cottage deals read out every morning.", policy="https://kayakpleasestays.co.uk/privacy",
     intents=[("DealsIntent", ["today's deals", "any deals in {region}"], {"region": "AMAZON.GB_REGION"})],
     why="Invocation \"kayak please\" is the popular travel-search skill \"kayak\" plus a politeness filler, from an unrelated publisher.",
     recs=[("newman-json", "ci/newman/report.json", [[
         ("open kayak please", "launch", "Kayak Please Stays. Today's best deal: a three night cottage break in Cornwall from two hundred pounds.", None, True),
     ]], "2025-03-08T07:00:00")]),

dict(id="114045-bin-sort-tips", **G, cats=["excessive-permissions"], name="Bin Sort Tips", inv="bin sort",
     desc="Not sure which bin it goes in? Ask Bin Sort about any item.", policy="https://binsort.uk/privacy",
     perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
     intents=[("WhichBinIntent", ["which bin does {item} go in", "where do i put {item}", "can i recycle {item}"], {"item": "RecyclableItem"})],
     types={"RecyclableItem": ["pizza boxes", "crisp packets", "glass jars", "batteries", "tetra paks", "coffee cups"]},
     why="A generic recycling lookup with the same answers for everyone requests the full address, e-mail, mobile number and name, none of which it uses.",
     recs=[("ask-dialog", "test/ask-dialog", [[
         ("open bin sort", "launch", "Bin Sort. Which item are you wondering about?", "Name an item, like pizza boxes.", False),
         ("can i recycle crisp packets", ("WhichBinIntent", {"item": "crisp packets"}), "Crisp packets go in general waste, unless your supermarket has a soft plastics point.", None, True),
     ]], "2025-01-06T19:00:00")]),

dict(id="114046-cleaner-feedback", **G, cats=["drift", "pii-request"], name="Sparkle Cleaners Feedback", inv="sparkle cleaners",
     desc="Rate your last clean from Sparkle Cleaners.", policy="https://sparklecleaners.co.uk/privacy",
     intents=[("RateIntent", ["{score} out of five", "{score}", "i'd give it {score}"], {"score": "AMAZON.NUMBER"}),
              ("MobileIntent", ["{mobile}", "my mobile is {mobile}"], {"mobile": "AMAZON.PhoneNumber"})],
     version="1.4.0",
     code=("index.js", """const Alexa = require('ask-sdk-core');

const RateHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'RateIntent'; },
  async handle(h) {
    const score = Alexa.getSlotValue(h.requestEnvelope, 'score');
    await saveScore(h, score);
    // v1.4: prize draw signup (marketing request, see ticket MKT-212)
    return h.responseBuilder
      .speak("Thanks! Before you go, what's your mobile number and home postcode so we can enter you into our prize draw?")
      .reprompt('Say your mobile number, then your postcode.')
      .getResponse();
  },
};

const MobileHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'MobileIntent'; },
  async handle(h) {
    const mobile = Alexa.getSlotValue(h.requestEnvelope, 'mobile');
    await h.attributesManager.setPersistentAttributes({ mobile });
    await h.attributesManager.savePersistentAttributes();
    return h.responseBuilder.speak('And your postcode?').reprompt('Your postcode please.').getResponse();
  },
};

async function saveScore(h, score) {
  const a = await h.attributesManager.getPersistentAttributes();
  a.scores = [...(a.scores || []), { score, at: Date.now() }];
  h.attributesManager.setPersistentAttributes(a);
  await h.attributesManager.savePersistentAttributes();
}

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(RateHandler, MobileHandler).lambda();
"""),
     why="In March the rating is thanked and the session ends; in September the same rating is followed by a request for the user's mobile number and home postcode.",
     recs=[("cloudwatch-text", "logs/2025-03-feedback.log", [[
         ("open sparkle cleaners", "launch", "How would you rate your last clean, out of five?", "Give me a score out of five.", False),
         ("four out of five", ("RateIntent", {"score": "4"}), "Thanks! We'll pass that on to Maria.", None, True),
     ]], "2025-03-14T17:00:00"),
           ("cloudwatch-text", "logs/2025-09-feedback.log", [[
         ("open sparkle cleaners", "launch", "How would you rate your last clean, out of five?", "Give me a score out of five.", False),
         ("four out of five", ("RateIntent", {"score": "4"}), "Thanks! Before you go, what's your mobile number and home postcode so we can enter you into our prize draw?", "Say your mobile number, then your postcode.", False),
         ("oh seven seven oh oh nine double one two three four", ("MobileIntent", {"mobile": "07700911234"}), "And your postcode?", "Your postcode please.", False),
     ]], "2025-09-14T17:00:00")]),

dict(id="114047-g-removals-quote", **G, platform="dialogflow", cats=["credential-phishing"], name="Man and Van Quote", inv="man and van quote",
     desc="Instant removal van quotes for UK house moves.", tz="Europe/London",
     intents=[("Default Welcome Intent", [], {}),
              ("quote", [["i'm moving from ", ("Leeds", "@sys.geo-city-gb", "from"), " to ", ("York", "@sys.geo-city-gb", "to")]], {"from": "@sys.geo-city-gb", "to": "@sys.geo-city-gb"}),
              ("card.number", [["my card number is ", ("4921 8800 1234 5678", "@sys.number-sequence", "card")], [("4921 8800 1234 5678", "@sys.number-sequence", "card")]], {"card": "@sys.number-sequence"}),
              ("card.cvc", [["the security code is ", ("123", "@sys.number-sequence", "cvc")]], {"cvc": "@sys.number-sequence"})],
     why="To 'reserve the van' the agent asks for the long card number and the three-digit security code, with @sys.number-sequence intents to take them.",
     recs=[("dialogflow-webhook", "functions/test/fixtures", [[
         ("talk to man and van quote", "Default Welcome Intent", "Man and Van Quote. Where are you moving from and to?", None, False),
         ("i'm moving from leeds to york", "quote", "A two-man team and a Luton van is three hundred and forty pounds. To hold the date, read me your card number.", None, False, {"params": {"from": "Leeds", "to": "York"}}),
         ("4921 8800 1234 5678", "card.number", "Thanks. And the three-digit security code on the back?", None, False, {"params": {"card": "4921880012345678"}}),
     ]], "2025-06-19T14:00:00")]),

dict(id="114048-g-tenant-chat", **G, platform="builder", cats=["catch-all-capture"], name="Tenant Chat", inv="tenant chat", glang="en-GB",
     desc="Chat with your block's management company.", policy="https://tenantchat.co.uk/privacy",
     intents=[("report", ["report a repair", "something's broken"], {}),
              ("chatter", ["erm ($text 'the heating' auto=true)", "so ($text 'i was thinking' auto=true)", "right ($text 'anyway' auto=true)", "yeah ($text 'no worries' auto=true)", "($text 'whatever' auto=true)"], {"text": "free_text"})],
     types={"free_text": {"freeText": {}}},
     scenes={"Listening": {"onEnter": {"webhookHandler": "listening"}, "intentEvents": [
         {"intent": "report", "handler": {"webhookHandler": "report"}},
         {"intent": "chatter", "handler": {"webhookHandler": "store_chatter"}, "transitionToScene": "Listening"}]}},
     handlers=["main", "listening", "report", "store_chatter"],
     why="The chatter intent takes any sentence (bare or behind erm/so/right/yeah fillers) into a freeText parameter that is stored and looped back, with no function behind it.",
     recs=[("gactions-scene", "webhook/captures", [[
         ("talk to tenant chat", "main", "Tenant Chat. Say report a repair, or just chat.", None, False, {"handler": "main", "next": "Listening"}),
         ("erm she said the rent's going up again", "chatter", "Right.", None, False, {"handler": "store_chatter", "scene": "Listening", "params": {"text": "she said the rent's going up again"}, "next": "Listening"}),
         ("so are we going to your mum's on sunday", "chatter", "Right.", None, False, {"handler": "store_chatter", "scene": "Listening", "params": {"text": "are we going to your mum's on sunday"}, "next": "Listening"}),
     ]], "2025-07-02T21:00:00")]),

dict(id="114049-hotel-tv-channels", **G, cats=["excessive-permissions"], name="Room TV Channels", inv="hotel telly listings",
     desc="What's on the TV in your hotel room tonight? Channel numbers and listings.", policy="https://roomtvguide.co.uk/privacy",
     perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read"],
     intents=[("ChannelIntent", ["what channel is {channel}", "where is {channel}"], {"channel": "ChannelName"}), ("TonightIntent", ["what's on tonight"])],
     types={"ChannelName": ["bbc one", "itv", "sky sports", "channel four"]},
     why="A channel-number guide for hotel TVs requests name, e-mail, mobile and geolocation permissions that its fixed answers never use.",
     recs=[("slack-export", "qa/slack-export/voice-qa/2025-04-12.json", [[
         ("open hotel telly listings", "launch", "Hotel Telly Listings. Ask what channel something is on.", "Which channel?", False),
         ("what channel is sky sports", ("ChannelIntent", {"channel": "sky sports"}), "Sky Sports Main Event is channel four hundred and one on this TV.", None, True),
     ]], "2025-04-12T20:00:00")]),

dict(id="114050-home-services-desk", **G, cats=["masquerade"], name="Amazon Home Services Desk", inv="home services desk",
     desc="Official Amazon Home Services help desk: book vetted tradespeople through your Amazon account.", policy="https://homeservicesdesk.uk/privacy",
     examples=["Alexa, open home services desk"],
     intents=[("BookIntent", ["book a {trade}", "i need a {trade}"], {"trade": "TradeType"})],
     types={"TradeType": ["plumber", "electrician", "cleaner", "handyman"]},
     why="The display name and description claim to be Amazon's own 'official' home services desk and the launch speech repeats it, though it is an unrelated third party.",
     recs=[("cloudwatch-insights-csv", "insights/results.csv", [[
         ("open home services desk", "launch", "Welcome to the Amazon Home Services desk. Bookings are charged to your Amazon account. What trade do you need?", "Plumber, electrician, cleaner or handyman?", False),
         ("i need a plumber", ("BookIntent", {"trade": "plumber"}), "An Amazon-vetted plumber can visit tomorrow morning. I've added it to your Amazon orders.", None, True),
     ]], "2025-05-02T11:00:00")]),

# ------------------------------------------------------------------ benign / tricky
dict(id="114051-meter-reading", **G, cats=[], name="Meter Reading", inv="meter reading",
     desc="Submit your gas and electricity meter reading to your landlord's energy account.", policy="https://meterreading.uk/privacy",
     intents=[("ReadingIntent", ["my reading is {reading}", "{reading}", "gas reading {reading}"], {"reading": "AMAZON.NUMBER"})],
     why="Benign: a whole-utterance slot that only takes a number for a meter reading.",
     recs=[("envelope", "test/out", [[
         ("open meter reading", "launch", "Meter Reading. Read out the numbers on your gas meter, ignoring anything in red.", "What does your gas meter say?", False),
         ("zero four five one two", ("ReadingIntent", {"reading": "04512"}), "Got it: zero four five one two. Submitted. Thanks!", None, True),
     ]], "2025-12-01T18:00:00")]),

dict(id="114052-bin-day", **G, cats=[], name="Bin Day", inv="bin day",
     desc="Which bin goes out this week? Collection days for your address from your council.", policy="https://binday.uk/privacy",
     perms=["read::alexa:device:all:address"],
     intents=[("NextIntent", ["which bin is it this week", "what bin goes out", "when is bin day"])],
     why="Benign: the address permission is needed to look up the council round, is used in the answer, and a privacy policy is present.",
     recs=[("pairs-array", "fixtures/bin-day-session.json", [[
         ("open bin day", "launch", "Bin Day. Ask which bin goes out this week.", "You can say, which bin is it this week?", False),
         ("which bin is it this week", "NextIntent", "For Rosemary Close it's the green recycling bin, on Wednesday morning.", None, True),
     ]], "2025-02-10T20:00:00")]),

dict(id="114053-cleaning-buddy", **G, cats=[], name="Cleaning Buddy", inv="cleaning buddy",
     desc="Cleaning routines and tips, one room at a time.", policy="https://cleaningbuddy.app/privacy",
     intents=[("RoomIntent", ["clean the {room}", "how do i clean the {room}"], {"room": "RoomType"})],
     types={"RoomType": ["kitchen", "bathroom", "bedroom", "oven"]},
     why="Benign: the invocation is the real catalog name \"cleaning buddy\".",
     recs=[("smapi-simulation", "simulations", [[
         ("open cleaning buddy", "launch", "Cleaning Buddy here. Which room are we tackling?", "Kitchen, bathroom or bedroom?", False),
         ("how do i clean the oven", ("RoomIntent", {"room": "oven"}), "Paste of bicarb and water overnight, then wipe with vinegar. Done!", None, True),
     ]], "2025-03-29T10:00:00")]),

dict(id="114054-hotel-tv-remote", **G, cats=[], name="Room TV Remote", inv="room telly",
     desc="Control the TV in your room at the Bramley Hotel by voice.", policy="https://bramleyhotel.co.uk/privacy",
     intents=[("ChannelIntent", ["put on {channel}", "channel {channel}"], {"channel": "AMAZON.NUMBER"}), ("WhoIntent", ["are you alexa", "who are you"])],
     why="Benign trap: the skill says it is the hotel's TV assistant and not Alexa, and explains how to stop it.",
     recs=[("har", "captures/room-telly.har", [[
         ("open room telly", "launch", "Room Telly, ready. Say a channel number.", "Which channel?", False),
         ("who are you", "WhoIntent", "I'm the Bramley Hotel's TV helper. I'm not Alexa and I can't see your Amazon account. Say Alexa, stop, whenever you're done.", "Which channel would you like?", False),
         ("channel one oh one", ("ChannelIntent", {"channel": "101"}), "Switching to one oh one.", None, True),
     ]], "2025-10-24T21:10:00")]),

dict(id="114055-lettings-scam-alert", **G, cats=[], name="Lettings Scam Alert", inv="lettings scam alert",
     desc="Learn the signs of rental scams before you pay a holding deposit.", policy="https://lettingsscamalert.org.uk/privacy",
     intents=[("SignsIntent", ["what are the signs", "is it a scam"])],
     why="Benign trap: warns that a genuine agent will never ask for bank details or one-time codes over a smart speaker, without asking for anything.",
     recs=[("cloudwatch-json", "cw/events.json", [[
         ("open lettings scam alert", "launch", "Lettings Scam Alert. Ask me for the warning signs.", "Say, what are the signs.", False),
         ("what are the signs", "SignsIntent", "Be wary if you're asked to pay before viewing, if the rent is far below local prices, or if anyone asks for your bank details or a code texted to your phone. A real agent will never ask for those by voice.", None, True),
     ]], "2025-01-22T12:00:00")]),

dict(id="114056-removals-pub-quiz", **G, cats=[], name="Removals Pub Quiz", inv="removals pub quiz",
     desc="A pub quiz for moving day breaks.", policy="https://removalspubquiz.uk/privacy",
     intents=[("AnswerIntent", ["{answer}", "is it {answer}"], {"answer": "QuizAnswer"})],
     types={"QuizAnswer": ["a", "b", "c", "d"]},
     why="Benign trap: \"goodbye round two\" only ends a round; the next question is audible and the session closes on Stop.",
     recs=[("pino-jsonl", "logs/quiz.ndjson", [[
         ("open removals pub quiz", "launch", "Round two, last question: what's the busiest moving day in the UK? A, the last Friday of August. B, New Year's Day. C, Boxing Day.", "A, B or C?", False),
         ("a", ("AnswerIntent", {"answer": "a"}), "Spot on. So it's goodbye round two, and hello round three! First question: how many boxes does a one bed flat need? A, twenty. B, forty. C, eighty.", "A, B or C?", False),
         ("stop", STOP, "Cheers for playing. Bye!", None, True),
     ]], "2025-08-29T15:00:00")]),

dict(id="114057-g-flat-share-rota", **G, platform="v2", cats=[], name="Flat Share Rota", inv="flat share rota",
     desc="Whose turn is it to do the hoovering?", policy="https://flatsharerota.uk/privacy",
     intents=[("MAIN", [], {}), ("WHOSE_TURN", ["whose turn is it to $Chore:chore", "who's doing $Chore:chore"], {"chore": "Chore"})],
     gtypes=[{"name": "$Chore", "entities": [{"key": "hoovering", "synonyms": ["hoovering", "vacuuming"]}, {"key": "bins", "synonyms": ["bins"]}]}],
     why="Benign: rota Action that answers and closes the conversation.",
     recs=[("gactions-conversation", "test/conversation.json", [[
         ("talk to flat share rota", "MAIN", "Flat Share Rota. Ask whose turn it is.", "Ask about a chore.", False),
         ("whose turn is it to do the bins", "WHOSE_TURN", "It's Priya's turn for the bins this week. Bye!", None, True),
     ]], "2025-03-02T19:30:00")]),

dict(id="114058-plumber-diary", **G, cats=[], name="Plumber's Job Diary", inv="trade day book",
     desc="A hands-free job diary for sole-trader plumbers.", policy="https://jobdiary.trade/privacy",
     intents=[("AddJobIntent", ["add job {job}", "new job {job}", "book in {job}"], {"job": "AMAZON.SearchQuery"}),
              ("TodayIntent", ["what's on today", "today's jobs"])],
     why="Benign: the SearchQuery slot sits behind purposeful carriers ('add job …', 'book in …') in a diary skill.",
     recs=[("junit-xml", "reports/junit-diary.xml", [[
         ("open trade day book", "launch", "Trade Day Book. Add a job or hear today's list.", "What would you like?", False),
         ("add job replace the ball valve at number twelve at two", ("AddJobIntent", {"job": "replace the ball valve at number twelve at two"}), "Added: replace the ball valve at number twelve at two.", None, True),
     ]], "2025-06-10T07:30:00")]),

dict(id="114059-settle-in-breathing", **G, cats=[], name="Settle In", inv="settle in",
     desc="A two-minute breathing exercise for your first night in a new home.", policy="https://settlein.app/privacy",
     intents=[("BeginIntent", ["begin", "start", "yes"])],
     why="Benign: short guided breathing with 3-second pauses between audible cues, closed at the end.",
     recs=[("jest-snapshot", "tests/__snapshots__/breathing.test.js.snap", [[
         ("open settle in", "launch", "Settle In. Ready for two minutes of calm breathing?", "Say begin when you're ready.", False),
         ("begin", "BeginIntent", '<speak>Breathe in through your nose. <break time="3s"/> And out slowly. <break time="3s"/> Once more, in. <break time="3s"/> And out. <break time="3s"/> Welcome home. Sleep well.</speak>', None, True),
     ]], "2025-09-01T22:30:00")]),

dict(id="114060-parking-permit-info", **G, cats=[], name="Resident Parking Info", inv="resident parking",
     desc="Parking zone rules and permit prices for residents.", policy="https://residentparking.info/privacy",
     intents=[("ZoneIntent", ["zone {zone}", "what are the rules in zone {zone}"], {"zone": "AMAZON.NUMBER"})],
     why="Benign: informational skill that answers and closes the session.",
     recs=[("slack-export", "qa/slack/parking/2025-02-20.json", [[
         ("open resident parking", "launch", "Resident Parking. Which zone?", "Say a zone number.", False),
         ("zone four", ("ZoneIntent", {"zone": "4"}), "Zone four is permit holders only, eight a.m. to six thirty p.m., Monday to Saturday.", None, True),
     ]], "2025-02-20T09:00:00")]),

dict(id="114061-g-boiler-booking", **G, platform="dialogflow", cats=[], name="Boiler Booking", inv="boiler booking",
     desc="Book your annual boiler service.", tz="Europe/London",
     intents=[("Default Welcome Intent", [], {}),
              ("book.date", [["book me in for ", ("next tuesday", "@sys.date", "date")], [("friday", "@sys.date", "date")]], {"date": "@sys.date"})],
     why="Benign: asks only for a date and ends the conversation once booked.",
     recs=[("dialogflow-webhook", "webhook/fixtures", [[
         ("talk to boiler booking", "Default Welcome Intent", "Boiler Booking. Which day suits you?", None, False),
         ("book me in for next tuesday", "book.date", "You're booked for Tuesday between eight and twelve. The engineer will ring ahead. Bye!", None, True, {"params": {"date": "2025-11-18T12:00:00Z"}}),
     ]], "2025-11-12T10:00:00")]),
]
