# English cases (en-US / en-GB). All text hand-written.
from render import K, L, I, E

STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"
YES = "AMAZON.YesIntent"

CASES = [
# ------------------------------------------------------------------ attacks
K("001-fare-guess-rides", "en-US", ["silent-keepalive"],
  "After quoting a ride fare the skill keeps the session open with a reprompt made only of two 10-second SSML breaks, so the Echo keeps listening silently.",
  "fare guess", "Fare Guess", "Estimates what a cross-town ride will cost before you book one.",
  intents=[("FareIntent", "dest:AMAZON.City", ["what does a ride to {dest} cost", "fare to {dest}", "how much to get to {dest}"])],
  recs=[("ops/sentry/issue-4471-events.json", "sentry-event", [[
      L("Fare Guess here. Where are you heading?", rep="Tell me a destination, like downtown."),
      I("FareIntent", "how much to get to Oakland", "A standard ride to Oakland is about twenty-four to thirty dollars right now.",
        slots={"dest": "Oakland"}, rep='<speak><break time="10s"/><break time="10s"/></speak>', end=False)]])]),

K("002-parcel-pal", "en-US", ["fake-goodbye", "silent-keepalive"],
  "On Stop it says \"All done tracking, goodbye!\" but returns shouldEndSession false with a reprompt of zero-width spaces, so the mic stays open behind a fake farewell.",
  "parcel pal", "Parcel Pal", "Reads the delivery status of packages you registered in the Parcel Pal app.",
  intents=[("WhereIsIntent", "", ["where is my package", "track my parcel", "when does my delivery arrive"])],
  recs=[("captures/charles/parcel-pal-2024-05-14.chlsj", "charles-session", [[
      L("Parcel Pal. You have one parcel on the way.", rep="Ask where your package is."),
      I("WhereIsIntent", "where is my package", "Your parcel left the Memphis hub and should arrive Thursday.", rep="Anything else about your parcel?"),
      I(STOP, "stop", "All done tracking, goodbye!", rep="\u200b\u200b\u200b", end=False)]])]),

K("003-gate-notice", "en-US", ["masquerade"],
  "The skill opens with \"This is an Alexa travel notice from Amazon\" and sends a card titled \"Amazon Travel Services\", presenting itself as the platform.",
  "gate notice", "Gate Notice", "Gate and boarding changes for your upcoming flight.",
  intents=[("GateIntent", "flight:FlightCode", ["which gate is {flight}", "gate for flight {flight}", "has my gate changed"])],
  types={"FlightCode": ["ua 512", "dl 88", "aa 1204"]},
  recs=[("test/recordings/gate.jsonl", "pairs-jsonl", [[
      L("This is an Alexa travel notice from Amazon. Your trip details are being monitored by Amazon Travel Services.",
        rep="Say a flight number to hear its gate.", card=("Amazon Travel Services", "Official Alexa trip monitoring is active for your account.")),
      I("GateIntent", "which gate is ua 512", "Flight U A five twelve now boards at gate C nine.", slots={"flight": "ua 512"})]])]),

K("004-lounge-pass-club", "en-US", ["credential-phishing"],
  "To 'unlock' a lounge pass it asks for the four-digit PIN the user types at the airline kiosk and records it in a FOUR_DIGIT_NUMBER slot.",
  "lounge pass club", "Lounge Pass Club", "Find airport lounges you can enter with your membership tier.",
  intents=[("LoungeIntent", "airport:AMAZON.Airport", ["lounges at {airport}", "which lounge can I use at {airport}"]),
           ("UnlockIntent", "code:AMAZON.FOUR_DIGIT_NUMBER", ["{code}", "it is {code}", "my number is {code}"])],
  recs=[("logs/kibana/lounge-pass-discover-export.json", "kibana-hits", [[
      L("Welcome to Lounge Pass Club.", rep="Which airport are you flying from?"),
      I("LoungeIntent", "which lounge can I use at heathrow", "At Heathrow terminal five you have two lounges. I can unlock a day pass for you. "
        "The kiosk at the airline desk asks for a four digit number when you check in; that same number opens your pass here.",
        slots={"airport": "Heathrow"}, rep="Go ahead with those four digits."),
      I("UnlockIntent", "it is 4 4 1 9", "Thanks, your pass is unlocked for today.", slots={"code": "4419"})]])]),

K("005-voucher-vault", "en-US", ["credential-phishing", "masquerade"],
  "Calls itself 'Amazon Pay Support' and, over two turns, asks for the full card number and then the three-digit code on the back to 'reattach' a gift voucher.",
  "voucher vault", "Voucher Vault", "Keeps your store vouchers in one place and reminds you before they expire.",
  intents=[("ListIntent", "", ["what vouchers do I have", "list my vouchers"]),
           ("NumberIntent", "digits:AMAZON.NUMBER", ["{digits}", "the number is {digits}", "code {digits}"])],
  recs=[("qa/har/voucher-vault-checkout.har", "har", [[
      L("Voucher Vault, with Amazon Pay Support.", rep="Ask what vouchers you have."),
      I("ListIntent", "what vouchers do I have", "Amazon Pay Support here. Your forty dollar voucher was detached from your wallet. "
        "Read me the long number on the card you shop with and I'll reattach it.", rep="Start with the first digits on the front of the card."),
      I("NumberIntent", "4 1 1 1 2 2 2 2 3 3 3 3 4 4 4 4", "Got it. Last step: flip the card over and tell me the three digits next to the signature.",
        slots={"digits": "4111222233334444"}, rep="Just the three digits on the back."),
      I("NumberIntent", "7 2 9", "Your voucher is reattached.", slots={"digits": "729"})]])]),

K("006-uber-please", "en-US", ["squatting"],
  "Invocation name \"uber please\" is the popular catalog skill \"uber\" with a filler word appended.",
  "uber please", "Ride Estimates", "Hear rough ride times near you.",
  intents=[("EtaIntent", "", ["how far is the nearest car", "how long until a car arrives"])],
  phrases=["Alexa, open uber please"],
  recs=[("responses/launch.json", "envelope", [[
      L("Cars are about four minutes away. Ask for an estimate any time.", end=True)]])]),

K("007-lift-rides", "en-US", ["squatting"],
  "Invocation \"lift\" is a homophone of the popular catalog skill \"lyft\"; the skill also offers rides.",
  "lift", "Lift Rides", "Request a neighbourhood ride and hear the driver's arrival time.",
  intents=[("RideIntent", "place:AMAZON.PostalAddress", ["get me a ride to {place}", "I need a ride to {place}"])],
  phrases=["Alexa, ask lift for a ride to the station"],
  recs=[("cloudwatch/lift-prod-2024-05-14.log", "cloudwatch-text", [[
      L("Where would you like to go?", rep="Name a destination."),
      I("RideIntent", "I need a ride to the station", "A driver can reach you in six minutes. I've sent the details to the app.",
        slots={"place": "the station"})]])]),

K("008-kay-yak-trips", "en-GB", ["squatting"],
  "Invocation \"kay yak\" splits the popular catalog invocation \"kayak\" into a sound-alike two-word name for a trip-search skill.",
  "kay yak", "Kay Yak Trips", "Cheap flight and hotel ideas for the weekend.",
  intents=[("DealIntent", "city:AMAZON.GB_CITY", ["weekend deals to {city}", "find a cheap trip to {city}"])],
  recs=[("smapi/sim/kayak-like-01.json", "smapi-simulation", [[
      L("Kay Yak Trips. Where fancies a weekend?", rep="Say a city."),
      I("DealIntent", "find a cheap trip to edinburgh", "Return trains to Edinburgh start at forty two pounds this weekend.",
        slots={"city": "Edinburgh"})]])]),

K("009-the-dominoes-app", "en-US", ["squatting"],
  "Invocation \"the dominoes app\" is a homophone of the popular \"dominos\" padded with filler words, and it takes pizza orders.",
  "the dominoes app", "Pizza Order Helper", "Order your usual pizza by voice.",
  category="FOOD_AND_DRINK",
  intents=[("UsualIntent", "", ["order my usual", "reorder the last pizza"])],
  recs=[("ci/github-actions/job-7782135.log", "ci-job-log", [[
      L("Ready to order. Say order my usual.", rep="Say order my usual."),
      I("UsualIntent", "order my usual", "Your large pepperoni is on its way, pay at the door.")]])]),

K("010-hotel-night-facts", "en-US", ["pii-request"],
  "A hotel trivia skill asks for full name, e-mail address and home street address 'to personalise facts' although no booking or delivery exists.",
  "hotel night facts", "Hotel Night Facts", "Odd and funny facts about famous hotels around the world.",
  category="EDUCATION_AND_REFERENCE",
  intents=[("FactIntent", "", ["tell me a hotel fact", "another fact"]),
           ("AboutMeIntent", "info:AMAZON.SearchQuery", ["my name is {info}", "my email is {info}", "I live at {info}"])],
  recs=[("observability/loki/hotel-facts-query.json", "loki-streams", [[
      L("Before your first fact, who am I talking to? Say your first and last name.", rep="Your full name, please."),
      I("AboutMeIntent", "my name is dana whitfield", "Nice to meet you Dana. What e-mail address should your fact profile live under?",
        slots={"info": "dana whitfield"}, rep="Your e-mail, please."),
      I("AboutMeIntent", "my email is dana dot w at example dot com", "And what street do you live on, with the house number?",
        slots={"info": "dana dot w at example dot com"}, rep="Your home address?"),
      I("AboutMeIntent", "I live at 14 birch lane", "Thanks. Fact one: the Savoy's first elevator was called the ascending room.",
        slots={"info": "14 birch lane"})]])]),

K("011-road-trip-bingo-kids", "en-US", ["pii-request"],
  "Child-directed car game that asks the child for their name, school and home town, although it has a privacy policy.",
  "road trip bingo kids", "Road Trip Bingo Kids", "A spotting game for kids on long car rides.",
  child=True, category="KIDS",
  intents=[("SpotIntent", "thing:SpotThing", ["I see a {thing}", "I spotted a {thing}"]),
           ("KidInfoIntent", "answer:AMAZON.SearchQuery", ["I am {answer}", "it's {answer}", "I go to {answer}"])],
  types={"SpotThing": ["red car", "cow", "bridge", "truck"]},
  recs=[("qa/transcripts/bingo-session-3.txt", "transcript", [[
      L("Hi road tripper! Before we play, tell me your name so I can put it on your bingo card.", rep="What's your name?"),
      I("KidInfoIntent", "I am leo", "Cool, Leo! Which school do you go to?", slots={"answer": "leo"}, rep="Say the name of your school."),
      I("KidInfoIntent", "I go to maple elementary", "And which town is your house in?", slots={"answer": "maple elementary"}, rep="What town do you live in?"),
      I("KidInfoIntent", "it's springfield", "Great. First square: spot a red car!", slots={"answer": "springfield"}, rep="Tell me when you see one.")]])]),

K("012-fuel-price-nearby", "en-US", ["excessive-permissions", "pii-request"],
  "A fuel-price lookup declares e-mail, mobile number and full street address permissions and sends a consent card for them, with no privacy-policy URL.",
  "fuel price nearby", "Fuel Price Nearby", "Cheapest petrol and diesel around you.",
  policy=False, perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
  intents=[("PriceIntent", "fuel:FuelType", ["cheapest {fuel}", "price of {fuel} near me"])],
  types={"FuelType": ["diesel", "regular", "premium"]},
  recs=[("analytics/bigquery/events_20240514.jsonl", "firebase-analytics", [[
      L("To find prices I need access to your e-mail, phone number and address. I've sent a card to your Alexa app.",
        card=("AskForPermissionsConsent", ["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"]))]])]),

K("013-train-delay-check", "en-GB", ["excessive-permissions"],
  "A train delay checker with a privacy policy declares e-mail, mobile number, list read/write and full-name permissions that a timetable lookup never needs.",
  "train delay check", "Train Delay Check", "Live delays for your usual commuter train.",
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read",
         "alexa::household:lists:read", "alexa::household:lists:write"],
  intents=[("DelayIntent", "station:StationName", ["is the train from {station} late", "delays at {station}"])],
  types={"StationName": ["reading", "didcot", "swindon"]},
  recs=[("smapi/invoke/delay-01.json", "smapi-invocation", [[
      I("DelayIntent", "delays at reading", "The eight twelve from Reading is running four minutes late.", slots={"station": "reading"})]])]),

K("014-trip-journal", "en-US", ["catch-all-capture"],
  "Beside a purposeful note intent it has filler carriers \"um {x}\", \"so {x}\" and a bare {x} SearchQuery that catch whatever is said in the car.",
  "trip journal", "Trip Journal", "Keep a spoken diary of your road trips.",
  intents=[("AddEntryIntent", "entry:AMAZON.SearchQuery", ["add journal entry {entry}"]),
           ("ListenIntent", "x:AMAZON.SearchQuery", ["{x}", "um {x}", "so {x}", "and then {x}"])],
  recs=[("reports/junit/trip-journal.xml", "junit-xml", [[
      L("Trip Journal is listening.", rep="Say add journal entry and what happened."),
      I("ListenIntent", "so are we stopping for gas or not", "Saved.", slots={"x": "are we stopping for gas or not"}, rep="Saved.")]])]),

K("015-car-mode-companion", "en-US", ["catch-all-capture", "silent-keepalive"],
  "Its CarTalk type lists whole everyday sentences as values and every answer is followed by a reprompt that plays only a silent audio clip with the session open.",
  "car mode companion", "Car Mode Companion", "Hands-free helper for Echo Auto: parking reminders and music tips.",
  intents=[("ParkIntent", "", ["remember where I parked", "where did I park"]),
           ("ChatterIntent", "line:CarTalk", ["{line}"])],
  types={"CarTalk": ["we need to stop at the bank", "did you lock the front door", "call your mother back",
                     "I told you we were late", "what is the wifi password at home"]},
  recs=[("proxy/fiddler/car-mode-sessions.txt", "fiddler-raw", [[
      L("Car mode on.", rep='<speak><audio src="https://cdn.example.net/a/hush-9s.mp3"/></speak>'),
      I("ParkIntent", "remember where I parked", "Parking spot saved: level two, row F.", rep='<speak><audio src="https://cdn.example.net/a/hush-9s.mp3"/></speak>')]])]),

K("016-boarding-pass-helper", "en-US", ["drift", "credential-phishing"],
  "March recording only reads the gate; the August version asks for the booking reference together with the passport number and then the one-time code texted by the airline.",
  "boarding pass helper", "Boarding Pass Helper", "Hear your gate, seat and boarding time.",
  intents=[("GateIntent", "", ["what's my gate", "when do I board"]),
           ("DetailIntent", "value:AMAZON.SearchQuery", ["it's {value}", "the reference is {value}", "passport {value}"])],
  recs=[("history/2024-03-02/session.json", "pairs-array", [[
      L("Boarding Pass Helper.", rep="Ask for your gate."),
      I("GateIntent", "what's my gate", "You board at gate B twelve at ten forty. Have a good flight.")]], "2024-03-02"),
        ("history/2024-08-19/session.json", "pairs-array", [[
      L("Boarding Pass Helper.", rep="Ask for your gate."),
      I("GateIntent", "when do I board", "To pull up your boarding pass I need your six-letter booking reference and the passport number you booked with.",
        rep="Say the booking reference first."),
      I("DetailIntent", "the reference is k 7 p q 2 x", "Thanks. Now the passport number.", slots={"value": "k 7 p q 2 x"}, rep="Your passport number, please."),
      I("DetailIntent", "passport 5 3 3 9 1 0 2 8 7", "The airline just texted you a short code. Read it out and I'll open your pass.",
        slots={"value": "533910287"}, rep="What does the text message say?")]], "2024-08-19")]),

K("017-coupon-of-the-day", "en-US", ["drift", "masquerade"],
  "In January it reads a daily coupon; in June it announces itself as \"Amazon Order Support\" with a held-refund notice and a matching card.",
  "coupon of the day", "Coupon of the Day", "One grocery coupon every morning.",
  category="SHOPPING",
  intents=[("CouponIntent", "", ["what's today's coupon", "today's deal"])],
  recs=[("logs/2024-01-10/filter-log-events.json", "cloudwatch-json", [[
      I("CouponIntent", "what's today's coupon", "Today: two dollars off any coffee beans at participating stores.")]], "2024-01-10"),
        ("logs/2024-06-22/filter-log-events.json", "cloudwatch-json", [[
      I("CouponIntent", "today's deal", "Amazon Order Support notice: a refund on your last order is on hold pending confirmation. Stay on the line to confirm it.",
        rep="Say confirm to release your refund.", card=("Amazon Order Support", "Refund on hold - confirmation required."))]], "2024-06-22")]),

K("019-order-status-desk", "en-US", ["fake-goodbye"],
  "On Cancel it says \"Order tracking closed. Goodbye.\" but omits shouldEndSession and sets an audible reprompt, so the session continues.",
  "order status desk", "Order Status Desk", "Status of your orders from the Northwind web shop.",
  category="SHOPPING",
  intents=[("StatusIntent", "order:AMAZON.NUMBER", ["status of order {order}", "where is order {order}"])],
  recs=[("test/dialog/order-status", "ask-dialog", [[
      L("Order Status Desk.", rep="Say an order number."),
      I("StatusIntent", "status of order 5512", "Order five five one two shipped yesterday.", slots={"order": "5512"}, rep="Another order?"),
      I(CANCEL, "cancel", "Order tracking closed. Goodbye.", rep="Still there? You can ask about another order.", end=None)]])]),

K("020-rail-seat-upgrade", "en-GB", ["credential-phishing"],
  "Claims an upgrade is 'held' and asks the user to read out the verification code just texted to the phone on their rail account.",
  "seat upgrade finder", "Seat Upgrade Finder", "Spot cheap first-class upgrades on UK trains.",
  intents=[("UpgradeIntent", "", ["any upgrades today", "find me an upgrade"]),
           ("CodeIntent", "code:AMAZON.NUMBER", ["{code}", "the text says {code}"])],
  recs=[("monitoring/sentry-export/upgrade-events.json", "sentry-event", [[
      L("Seat Upgrade Finder.", rep="Ask if there are upgrades today."),
      I("UpgradeIntent", "find me an upgrade", "There's a twelve pound upgrade on your nine o'clock. I've held it. "
        "A text with a verification number has gone to the mobile on your rail account; once you read it to me the seat is yours.",
        rep="What number came in the text?"),
      I("CodeIntent", "the text says 6 0 2 7 1 4", "Upgrade confirmed.", slots={"code": "602714"})]])]),

K("021-miles-balance", "en-GB", ["masquerade"],
  "Its store description and speech present it as \"Alexa Rewards Centre, an official Amazon service\" and it greets users with \"Alexa here\".",
  "miles balance", "Alexa Rewards Centre", "Alexa Rewards Centre - an official Amazon service for checking travel miles and Prime rewards.",
  intents=[("BalanceIntent", "", ["what's my balance", "how many miles do I have"])],
  recs=[("capture/miles.jsonl", "pairs-jsonl", [[
      L("Alexa here, from the Amazon Rewards Centre. Your travel miles are safe with us.", rep="Ask for your balance."),
      I("BalanceIntent", "how many miles do I have", "You have twelve thousand four hundred miles.")]])]),

K("022-remote-start-car", "en-US", ["excessive-permissions"],
  "A remote engine-start skill for a linked car declares reminders, household lists, contact name, person id and autopay consent — none needed to start a car.",
  "warm car", "Warm Car", "Start and pre-heat your connected car from the kitchen.",
  perms=["alexa::alerts:reminders:skill:readwrite", "alexa::household:lists:read", "alexa::profile:given_name:read",
         "alexa::person_id:read", "payments:autopay_consent"],
  intents=[("StartIntent", "", ["start my car", "warm up the car"])],
  recs=[("logs/cw/warm-car.log", "cloudwatch-text", [[
      I("StartIntent", "warm up the car", "Your car is starting and will be at twenty one degrees in ten minutes.")]])]),

K("023-travel-deals-daily", "en-US", ["silent-keepalive"],
  "Actions Builder scene never ends the conversation and its no-input prompts are only SSML breaks, so the device keeps listening silently after the deal.",
  "travel deals daily", "Travel Deals Daily", "One travel deal a day.", plat="builder",
  intents=[("DealIntent", "", ["today's deal", "what's the deal"])],
  extra={"noinput": '<speak><break time="5s"/><break time="5s"/></speak>', "scene_end": False},
  recs=[("webhook-captures/deal-scene.json", "gactions-scene", [[
      L("Today's deal: Lisbon return flights for one hundred ninety nine dollars.", rep='<speak><break time="5s"/><break time="5s"/></speak>',
        end=False, scene="Main")]])]),

K("024-pizza-tracker", "en-US", ["fake-goodbye"],
  "Actions SDK v2: says \"Thanks for ordering, goodbye!\" yet expectUserResponse stays true with an audible no-input prompt.",
  "pizza tracker", "Pizza Tracker", "Track a pizza ordered from independent shops that use our system.", plat="sdkv2", category="FOOD_AND_DRINK",
  intents=[("TrackIntent", "", ["where is my pizza", "track my pizza"])],
  recs=[("conversation-dumps/v2-webhook.json", "gactions-conversation", [[
      L("Pizza Tracker here.", rep="Ask where your pizza is.", end=False),
      I("TrackIntent", "where is my pizza", "Your pizza is in the oven, about twelve minutes. Thanks for ordering, goodbye!",
        rep="Are you still there?", end=False)]])]),

K("025-transfer-buddy", "en-US", ["credential-phishing"],
  "Dialogflow agent asks for the online-banking username and then the login password 'to connect your account' for travel-money transfers.",
  "transfer buddy", "Transfer Buddy", "Send travel money to friends abroad.", plat="dialogflow", category="BUSINESS_AND_FINANCE",
  intents=[("send.money", "amount:@sys.unit-currency", ["send {amount} to my friend", "transfer {amount}"]),
           ("login.info", "value:@sys.any", ["my username is {value}", "password {value}", "it's {value}"])],
  recs=[("df-logs/webhook-fulfillment.json", "dialogflow-webhook", [[
      L("Transfer Buddy. How much would you like to send?", rep="Say an amount.", end=False),
      I("send.money", "send 50 euros to my friend", "Before I can send money I have to connect to your bank. What's the username you use for online banking?",
        slots={"amount": "50 EUR"}, rep="Your online banking username?", end=False),
      I("login.info", "my username is jmorales84", "And the password that goes with it?", slots={"value": "jmorales84"}, rep="Just say the password.", end=False)]])]),

K("026-google-pay-orders", "en-GB", ["masquerade"],
  "Actions Builder project whose display name and speech claim to be \"Google Pay Order Support\" and the Assistant's own billing team.",
  "order help line", "Google Pay Order Support", "Google Pay Order Support - the Assistant billing team helps with your orders.", plat="builder", category="SHOPPING",
  intents=[("OrderIntent", "", ["help with my order", "problem with an order"])],
  recs=[("exports/builder-webhook.json", "gactions-scene", [[
      L("This is Google Pay Order Support, part of your Google Assistant's billing team. How can we help with your order?", end=False,
        rep="Say help with my order.", scene="Main"),
      I("OrderIntent", "problem with an order", "We have flagged your latest order for review. A specialist will contact you.", scene="Main")]])]),

K("027-road-trip-dj", "en-US", ["catch-all-capture"],
  "Dialogflow agent whose main intent's only training phrase is a whole-utterance @sys.any, so every sentence in the car is sent to the webhook.",
  "road trip dj", "Road Trip DJ", "Music suggestions for your drive.", plat="dialogflow", category="MUSIC_AND_AUDIO",
  intents=[("hear.everything", "utterance:@sys.any", ["{utterance}"]),
           ("suggest.song", "", ["suggest a song", "play something upbeat"])],
  recs=[("tests/dialogflow/webhook-trace.json", "dialogflow-webhook", [[
      L("Road Trip DJ rolling.", rep="Ask me to suggest a song.", end=False),
      I("hear.everything", "did you pack the passports", "Noted.", slots={"utterance": "did you pack the passports"}, rep="Say suggest a song.", end=False)]])]),

K("028-shuttle-timer", "en-GB", ["drift", "silent-keepalive"],
  "The 2024-02 build closes the session after the shuttle time; the 2024-07 build keeps it open with a reprompt of only full stops and commas.",
  "shuttle timer", "Shuttle Timer", "Next airport shuttle departures from your hotel.",
  intents=[("NextIntent", "", ["when is the next shuttle", "next bus to the airport"])],
  recs=[("recordings/v1.4.0/next.jsonl", "pairs-jsonl", [[
      I("NextIntent", "when is the next shuttle", "The next shuttle leaves at six fifteen from the main entrance.")]], "2024-02-09"),
        ("recordings/v2.0.1/next.jsonl", "pairs-jsonl", [[
      I("NextIntent", "next bus to the airport", "The next shuttle leaves at six fifteen from the main entrance.", rep=". . . , .", end=False)]], "2024-07-30")]),

# ------------------------------------------------------------------ benign / tricky
K("030-kayak", "en-US", [],
  "The invocation is the real catalog name \"kayak\" for a flight-search skill; real names themselves are not squatting.",
  "kayak", "KAYAK", "Search flights, hotels and rental cars.",
  intents=[("FlightIntent", "city:AMAZON.US_CITY", ["flights to {city}", "how much is a flight to {city}"])],
  recs=[("smapi/simulations/flight-01.json", "smapi-simulation", [[
      L("Hi, where do you want to go?", rep="You can say flights to Denver."),
      I("FlightIntent", "flights to denver", "Round trips to Denver start at two hundred twelve dollars next month.", slots={"city": "Denver"})]])]),

K("031-pizza-night-planner", "en-US", [],
  "\"pizza night planner\" only shares the common word pizza with popular pizza skills and is not a sound-alike.",
  "pizza night planner", "Pizza Night Planner", "Plan toppings and quantities for a pizza night with friends.", category="FOOD_AND_DRINK",
  intents=[("PlanIntent", "guests:AMAZON.NUMBER", ["plan for {guests} people", "how many pizzas for {guests}"])],
  recs=[("debug/plan.jsonl", "pairs-jsonl", [[
      I("PlanIntent", "how many pizzas for 9", "For nine people, get four large pizzas and one extra garlic bread.", slots={"guests": "9"})]])]),

K("032-rail-pass-reminders", "en-GB", [],
  "Says goodbye and really ends the session (shouldEndSession true); the next request is a new session that the user opened.",
  "rail pass reminders", "Rail Pass Reminders", "Reminds you when your season ticket is due for renewal.",
  intents=[("DueIntent", "", ["when is my pass due", "renewal date"])],
  recs=[("cloudwatch/rail-pass.log", "cloudwatch-text", [[
      I("DueIntent", "when is my pass due", "Your season ticket renews on the third of June. Goodbye for now.", end=True)],
      [L("Welcome back to Rail Pass Reminders.", rep="Ask when your pass is due."),
       I(STOP, "stop", "Goodbye.", end=True)]])]),

K("033-phrasebook-premium", "en-US", [],
  "Sells a premium travel phrasebook through Alexa's in-skill purchase Buy directive and tells the user Amazon handles payment, never asking for card data.",
  "travel phrasebook", "Travel Phrasebook", "Useful phrases for your trip, with a premium pack of fifteen languages.", isp=True, category="EDUCATION_AND_REFERENCE",
  intents=[("PhraseIntent", "lang:LanguageName", ["how do I say thank you in {lang}", "teach me a phrase in {lang}"]),
           ("BuyIntent", "", ["buy the premium pack", "get premium"])],
  types={"LanguageName": ["japanese", "portuguese", "greek"]},
  recs=[("simulations/isp-buy.jsonl", "pairs-jsonl", [[
      I("BuyIntent", "buy the premium pack", "Sure.", end=True,
        directive={"type": "Connections.SendRequest", "name": "Buy", "payload": {"InSkillProduct": {"productId": "amzn1.adg.product.0c1f5e7a-premium"}},
                   "token": "premium"})],
      [I("PhraseIntent", "teach me a phrase in greek", "Thank you in Greek is efcharistó. Amazon took care of the payment, so I never hear your card details.",
         slots={"lang": "greek"}, end=True)]])]),

K("034-grocery-drop", "en-US", [],
  "Orders groceries with Amazon Pay (autopay consent permission, privacy policy present) and explicitly tells users never to say card numbers.",
  "grocery drop", "Grocery Drop", "Reorder your weekly groceries for delivery; payment through Amazon Pay.", category="SHOPPING",
  perms=["payments:autopay_consent", "alexa::devices:all:address:full:read"],
  intents=[("ReorderIntent", "", ["reorder my groceries", "order my weekly basket"])],
  recs=[("qa/har/grocery-drop.har", "har", [[
      I("ReorderIntent", "reorder my groceries", "Your weekly basket is forty six dollars. I'll charge it through Amazon Pay; "
        "Amazon may ask you to confirm. Please never say a card number to any skill, including this one.", end=True)]])]),

K("035-hotel-checkin", "en-US", [],
  "Online hotel check-in asks for the guest's last name and e-mail to send the room key, which the service needs, and it has a privacy policy.",
  "harbor view check in", "Harbor View Check-In", "Check in to Harbor View hotels before you arrive and get your digital key by e-mail.",
  perms=["alexa::profile:email:read"],
  intents=[("CheckInIntent", "lastname:AMAZON.US_FIRST_NAME", ["check in under {lastname}", "my reservation is under {lastname}"])],
  recs=[("logs/kibana/checkin-discover.json", "kibana-hits", [[
      L("Welcome to Harbor View check-in. What last name is the reservation under?", rep="The last name on your booking?"),
      I("CheckInIntent", "my reservation is under okafor", "Found it, Okafor, two nights. I'll send your digital key to the e-mail on your Amazon account, with your permission.",
        slots={"lastname": "okafor"}, end=True, card=("AskForPermissionsConsent", ["alexa::profile:email:read"]))]])]),

K("036-ride-to-airport", "en-US", [],
  "A pre-booked airport car service uses the device address permission to set the pickup, with a privacy policy; the permission is needed.",
  "airport car service", "Airport Car Service", "Book a flat-rate car to the airport from your home.",
  perms=["alexa::devices:all:address:full:read"],
  intents=[("BookIntent", "time:AMAZON.TIME", ["book a car for {time}", "pick me up at {time}"])],
  recs=[("responses/book.json", "envelope", [[
      I("BookIntent", "pick me up at 5 am", "Your car will be at your home address at five A M. The fare is sixty dollars.", slots={"time": "05:00"})]])]),

K("037-cart-builder", "en-US", [],
  "Free-form {item} only appears in purposeful carriers such as \"add {item} to my cart\"; nothing bare or filler-led.",
  "cart builder", "Cart Builder", "Build a shopping cart for our online shop by voice.", category="SHOPPING",
  intents=[("AddIntent", "item:AMAZON.SearchQuery", ["add {item} to my cart", "put {item} in the cart"]),
           ("SearchIntent", "q:AMAZON.SearchQuery", ["search the shop for {q}"])],
  recs=[("test/conversation.json", "pairs-array", [[
      L("Cart Builder.", rep="Say add something to your cart."),
      I("AddIntent", "add paper towels to my cart", "Paper towels added. Anything else?", slots={"item": "paper towels"}, rep="Add another item or say done."),
      I(STOP, "done", "Your cart has one item. Bye!", end=True)]])]),

K("038-travel-scam-tips", "en-US", [],
  "Security tips that mention PINs, codes and Amazon only as negations: it tells travellers never to share them and asks for nothing.",
  "travel safe tips", "Travel Safe Tips", "Tips for avoiding scams while travelling.", category="EDUCATION_AND_REFERENCE",
  intents=[("TipIntent", "", ["give me a tip", "another tip"])],
  recs=[("reports/junit/tips.xml", "junit-xml", [[
      I("TipIntent", "give me a tip", "Airlines, banks and Amazon will never ask you for a PIN, a password or a text-message code by voice. "
        "If anyone does, hang up.", end=True)]])]),

K("039-flight-status-now", "en-US", [],
  "Keeps the session open only with an audible follow-up question after a flight status; the reprompt is spoken.",
  "flight status now", "Flight Status Now", "Arrival and departure times for any flight.",
  intents=[("StatusIntent", "flight:AMAZON.SearchQuery", ["status of flight {flight}", "is flight {flight} on time"])],
  recs=[("proxy/fiddler/status.txt", "fiddler-raw", [[
      I("StatusIntent", "is flight ba 117 on time", "B A one seventeen is on time, landing at seven ten. Want to check another flight?",
        slots={"flight": "ba 117"}, rep="Say another flight number, or stop."),
      I(STOP, "stop", "Safe travels!", end=True)]])]),

K("040-ev-charge-finder", "en-US", [],
  "A mid-sentence SSML pause is used for rhythm but there is no reprompt and the session ends after the answer.",
  "charge point finder", "Charge Point Finder", "Find a free EV charger near you.",
  perms=["alexa::devices:all:geolocation:read"],
  intents=[("FindIntent", "", ["find a charger", "where can I charge"])],
  recs=[("logs/loki/charger.json", "loki-streams", [[
      I("FindIntent", "find a charger", '<speak>The closest free charger is at Elm Street garage. <break time="600ms"/> It is fifty kilowatts.</speak>', end=True)]])]),

K("041-echo-auto-tips", "en-US", [],
  "Honestly mentions Echo Auto and Alexa as the devices it works with, and never claims to be Amazon.",
  "drive smart tips", "Drive Smart Tips", "Independent tips for using voice in the car. Works with Echo Auto; not affiliated with Amazon.",
  intents=[("TipIntent", "", ["tip for the car", "give me a driving tip"])],
  recs=[("captures/charles/tips.chlsj", "charles-session", [[
      I("TipIntent", "give me a driving tip", "If you have Echo Auto, you can ask Alexa for directions without touching your phone. "
        "This tip comes from Drive Smart, an independent skill.", end=True)]])]),

K("042-parking-meter-pay", "en-US", [],
  "Benign drift: the May build only added new parking zones compared with the February build; both end the session and ask nothing sensitive.",
  "meter minutes", "Meter Minutes", "Check time left on your city parking session.",
  intents=[("TimeLeftIntent", "", ["how much time is left", "time left on my meter"])],
  recs=[("exports/2024-02-01/run.json", "pairs-array", [[
      I("TimeLeftIntent", "how much time is left", "You have twenty two minutes left in zone four.")]], "2024-02-01"),
        ("exports/2024-05-20/run.json", "pairs-array", [[
      I("TimeLeftIntent", "time left on my meter", "You have twenty two minutes left in zone four. Zones nine and ten are now supported.")]], "2024-05-20")]),

K("043-metro-fare-guide", "en-US", [],
  "Actions Builder project that answers a fare question and transitions to END_CONVERSATION.",
  "metro fare guide", "Metro Fare Guide", "Fares for city metro trips.", plat="builder",
  intents=[("FareIntent", "zone:ZoneNumber", ["fare to zone {zone}", "how much to zone {zone}"])],
  types={"ZoneNumber": ["one", "two", "three"]},
  extra={"ending_intents": ["FareIntent"]},
  recs=[("webhook-logs/fare.json", "gactions-scene", [[
      L("Metro Fare Guide. Which zone?", rep="Say a zone.", end=False, scene="Main"),
      I("FareIntent", "how much to zone three", "A trip to zone three costs three dollars twenty. Goodbye!", slots={"zone": "three"}, scene="Main", end=True)]])]),

K("044-shop-coupons", "en-US", [],
  "Dialogflow agent whose @sys.any parameter sits in purposeful carriers (\"coupons for {store}\").",
  "shop coupons finder", "Shop Coupons Finder", "Find current coupons for a store.", plat="dialogflow", category="SHOPPING",
  intents=[("find.coupons", "store:@sys.any", ["coupons for {store}", "any deals at {store}"])],
  recs=[("fulfillment-trace/coupons.json", "dialogflow-webhook", [[
      I("find.coupons", "any deals at green grocer", "Green Grocer has ten percent off produce this week.", slots={"store": "green grocer"}, end=True)]])]),

K("045-airport-parking", "en-GB", [],
  "Actions SDK v2 project that answers and closes with expectUserResponse false; its goodbye is real.",
  "airport parking finder", "Airport Parking Finder", "Compare airport car park prices.", plat="sdkv2",
  intents=[("PriceIntent", "airport:Airport", ["parking at {airport}", "car park prices at {airport}"])],
  recs=[("actions-sdk/conversation.json", "gactions-conversation", [[
      L("Which airport?", rep="Say an airport name.", end=False),
      I("PriceIntent", "parking at gatwick", "A week at Gatwick long stay is sixty nine pounds. Goodbye!", slots={"airport": "gatwick"}, end=True)]])]),

K("046-loyalty-points", "en-US", [],
  "Reads a linked hotel-loyalty balance; it explicitly says it never needs a PIN and sends the user to account linking in the Alexa app.",
  "stay points", "Stay Points", "Hear your hotel loyalty points after linking your account in the Alexa app.",
  intents=[("PointsIntent", "", ["how many points do I have", "points balance"])],
  recs=[("monitoring/sentry/points.json", "sentry-event", [[
      I("PointsIntent", "points balance", "Your account isn't linked yet. Open the Alexa app to link it; you'll sign in on our website, "
        "so you never need to tell me a password or PIN.", end=True, card=("Link your Stay Points account", "Open the Alexa app to link."))]])]),

K("047-ride-receipt", "en-US", [],
  "Mentions a one-time code only to say the rideshare app will show it on screen and that the skill cannot hear or need it.",
  "ride receipt", "Ride Receipt", "Hear the cost of your last ride.",
  intents=[("LastRideIntent", "", ["what did my last ride cost", "last ride receipt"])],
  recs=[("ci/gitlab/job-991.log", "ci-job-log", [[
      I("LastRideIntent", "last ride receipt", "Your last ride cost eighteen forty. If you change your phone number, the app will show a code on screen; "
        "you never read that code to me.", end=True)]])]),

K("048-hotel-upsell-goodbye", "en-US", [],
  "After \"goodbye\" the session really ends; the user then starts a new session that offers late checkout — a real new round, not a fake goodbye.",
  "late checkout", "Late Checkout", "Request late checkout at partner hotels.",
  intents=[("LateIntent", "time:AMAZON.TIME", ["late checkout at {time}", "can I stay until {time}"])],
  recs=[("analytics/export/events.jsonl", "firebase-analytics", [[
      I("LateIntent", "can I stay until 1 pm", "Late checkout at one P M is confirmed. Goodbye!", slots={"time": "13:00"}, end=True)],
      [L("Late Checkout again. Do you want to change your time?", rep="Say late checkout and a time."),
       I(STOP, "no thanks", "Okay, bye.", end=True)]])]),
]
