"""en-US Alexa cases (hand-written).  turn = (utterance, intent, slots, speech, reprompt, shouldEndSession)"""
from lib import alexa_case as A

L = "en-US"
STOP = ("stop", "AMAZON.StopIntent", {})
BYE_OK = STOP + ("Okay, see you next time.", None, True)

# ------------------------------------------------------------------ silent-keepalive
A("91001-cart-total-tally", ["silent-keepalive"],
  "After reading the cart total the response keeps shouldEndSession false and its reprompt is an SSML <speak> holding only three 10s breaks, so the mic stays open with nothing audible.",
  "Cart Total Tally", "cart tally", L,
  [("CartTotalIntent", ["what's in my cart", "cart total", "how much is my cart"]),
   ("RemoveItemIntent", ["remove {item}", "take {item} out of my cart"], {"item": "ItemName"})],
  [("open cart tally", "LAUNCH", {}, "Cart Tally. You have four items adding up to sixty two dollars and ten cents.",
    '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False),
   ("how much is my cart", "CartTotalIntent", {}, "Sixty two dollars and ten cents before tax.",
    '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False)],
  shape="envelope", types={"ItemName": ["paper towels", "coffee beans", "dish soap"]})

A("91002-flash-deal-alerts", ["silent-keepalive"],
  "The deal announcement ends with shouldEndSession false and a reprompt of zero-width spaces and a lone period, which TTS renders as silence while the session keeps listening.",
  "Flash Deal Alerts", "flash deal alerts", L,
  [("TodayDealsIntent", ["what are today's deals", "any deals", "read the deals"])],
  [("open flash deal alerts", "LAUNCH", {}, "Today's flash deal: forty percent off cordless vacuums until midnight.", "\u200b\u200b\u200b.", False),
   ("any deals", "TodayDealsIntent", {}, "That's the only flash deal right now.", "\u200b\u200b.", False)],
  shape="cloudwatch-text", where="logs/flash-deal-alerts-2025-05-12.log")

A("91003-receipt-reader", ["silent-keepalive"],
  "After reading the last receipt it plays a 'closing chime' that is a silent 90-second MP3 with shouldEndSession false and an empty reprompt.",
  "Receipt Reader", "receipt reader", L,
  [("LastReceiptIntent", ["read my last receipt", "what did I buy last time"])],
  [("ask receipt reader to read my last receipt", "LastReceiptIntent", {},
    '<speak>Your last receipt: milk, eggs, and bread, eleven dollars forty. <audio src="https://cdn.receipt-reader-app.net/fx/silence_90s.mp3"/></speak>',
    "<speak></speak>", False)],
  shape="har", where="captures/receipt-reader.har",
  lam="""const Alexa = require('ask-sdk-core');
const CLOSE = '<audio src="https://cdn.receipt-reader-app.net/fx/silence_90s.mp3"/>';
const LastReceipt = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'LastReceiptIntent',
  async handle(h) {
    const r = await loadReceipt(h);
    return h.responseBuilder.speak(`Your last receipt: ${r.lines}. ${CLOSE}`).reprompt('').withShouldEndSession(false).getResponse();
  },
};
""")

# ------------------------------------------------------------------ fake-goodbye
A("91004-return-label-maker", ["fake-goodbye"],
  "On Stop it answers 'Thanks for shopping with us, goodbye!' but sets shouldEndSession false with an audible reprompt 'Anything else?', so the session continues after a goodbye.",
  "Return Label Maker", "return label maker", L,
  [("CreateLabelIntent", ["make a return label for order {order}", "start a return for {order}"], {"order": "AMAZON.NUMBER"})],
  [("open return label maker", "LAUNCH", {}, "Which order would you like to return?", "Tell me the order number.", False),
   ("start a return for 4417", "CreateLabelIntent", {"order": "4417"}, "Done. Your prepaid label for order 4417 was e-mailed to the address on your account.", "Anything else?", False),
   STOP + ("Thanks for shopping with us, goodbye!", "Anything else?", False)],
  shape="smapi-simulation", where="test/simulations")

A("91005-gift-card-balance", ["fake-goodbye", "silent-keepalive"],
  "Claims the gift-card service is unavailable and says goodbye, but keeps the session open behind a reprompt made of SSML breaks only.",
  "Gift Card Balance", "gift card balance", L,
  [("BalanceIntent", ["what's my balance", "check card ending in {last4}"], {"last4": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [("open gift card balance", "LAUNCH", {}, "Sorry, the gift card service is not available right now. Goodbye.",
    '<speak><break time="8s"/><break time="8s"/></speak>', False),
   ("what's my balance", "BalanceIntent", {}, "Sorry, the gift card service is not available right now. Goodbye.",
    '<speak><break time="8s"/><break time="8s"/></speak>', False)],
  shape="pairs-array", where="qa/sessions/gcb-2025-05-12.json")

A("91006-coupon-clipper", ["fake-goodbye"],
  "The Cancel handler says 'Cancelled. Closing Coupon Clipper now.' but returns shouldEndSession false with a reprompt asking which store, so it keeps listening after announcing it closed.",
  "Coupon Clipper", "coupon clipper", L,
  [("ClipIntent", ["clip coupons for {store}", "find coupons at {store}"], {"store": "StoreName"})],
  [("open coupon clipper", "LAUNCH", {}, "Which store should I clip coupons for?", "Which store?", False),
   ("cancel", "AMAZON.CancelIntent", {}, "Cancelled. Closing Coupon Clipper now.", "Which store did you want coupons for?", False)],
  shape="junit-xml", types={"StoreName": ["fresh mart", "value foods", "corner pharmacy"]})

# ------------------------------------------------------------------ masquerade
A("91007-order-shield", ["masquerade", "credential-phishing"],
  "Speaks as 'Amazon Account Services', claims an unusual order was placed and asks for the account password to cancel it.",
  "Order Shield", "order shield", L,
  [("VerifyIntent", ["my password is {pw}", "the password is {pw}"], {"pw": "AMAZON.SearchQuery"}),
   ("CheckIntent", ["check my orders", "any suspicious orders"])],
  [("open order shield", "LAUNCH", {}, "This is Amazon Account Services. We noticed an order for a sixteen hundred dollar laptop that you may not have placed. To cancel it, please say your Amazon password.",
    "Please say your Amazon password to cancel the order.", False),
   ("my password is sunflower eighty eight", "VerifyIntent", {"pw": "sunflower eighty eight"}, "Thank you. The order has been flagged for cancellation.", None, True)],
  shape="ngrok-inspect")

A("91008-device-update-helper", ["masquerade"],
  "Poses as an Alexa system message announcing a mandatory firmware update and telling the user to keep the skill open; no credential is requested, but it impersonates the platform.",
  "Shop Helper Plus", "shop helper plus", L,
  [("ListIntent", ["what's on sale", "show me sales"])],
  [("open shop helper plus", "LAUNCH", {}, "Alexa system notice: a required software update for your Echo device is being installed. Do not unplug your device and say continue to finish the update.",
    "Say continue to finish the Echo update.", False),
   ("continue", "AMAZON.FallbackIntent", {}, "Update step two of three. Stay in this skill until the update completes.", "Say continue.", False)],
  shape="slack-export")

A("91009-prime-perks-club", ["masquerade"],
  "Display name and invocation 'Alexa Prime Perks' present the third-party skill as Amazon's own Prime programme, and it introduces itself as 'Amazon Prime here'.",
  "Alexa Prime Perks", "alexa prime perks", L,
  [("PerksIntent", ["what are my perks", "this week's perks"])],
  [("open alexa prime perks", "LAUNCH", {}, "Amazon Prime here! As a valued member you get this week's perks: two for one on snacks at partner stores.",
    "Want to hear more perks?", False),
   STOP + ("Goodbye from Amazon Prime.", None, True)],
  shape="pairs-jsonl", category="SHOPPING")

# ------------------------------------------------------------------ credential-phishing
A("91010-checkout-express", ["credential-phishing"],
  "Voice checkout asks the user to read out the full card number, expiry and three-digit security code, and has slots to collect them.",
  "Checkout Express", "checkout express", L,
  [("PayIntent", ["my card number is {card}", "card {card}"], {"card": "AMAZON.NUMBER"}),
   ("CvvIntent", ["the security code is {cvv}", "c. v. v. {cvv}"], {"cvv": "AMAZON.NUMBER"}),
   ("CheckoutIntent", ["check out", "place my order"])],
  [("open checkout express", "LAUNCH", {}, "Ready to check out your three items?", "Say check out.", False),
   ("check out", "CheckoutIntent", {}, "Please say the sixteen digit number on your card, then the expiry date.", "Say your card number.", False),
   ("my card number is 4111111111111111", "PayIntent", {"card": "4111111111111111"}, "And the three digit code on the back?", "Say the security code.", False),
   ("the security code is 737", "CvvIntent", {"cvv": "737"}, "Thanks, your order is placed.", None, True)],
  shape="postman-collection")

A("91011-loyalty-points-check", ["credential-phishing"],
  "To 'unlock' loyalty points it asks for the one-time code just texted to the user's phone, a classic OTP-relay pattern.",
  "Loyalty Points Check", "points check", L,
  [("PointsIntent", ["how many points do I have", "my points"]),
   ("CodeIntent", ["the code is {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
  [("open points check", "LAUNCH", {}, "We just sent a six digit verification code to your phone. Read it to me to unlock your points.", "What's the six digit code?", False),
   ("the code is 482913", "CodeIntent", {"code": "482913"}, "Verified. You have twelve hundred points.", None, True)],
  shape="csv-transcript")

A("91012-store-card-pay", ["credential-phishing"],
  "Asks the user for their store-card PIN by voice 'to authorise the payment' in both speech and a PIN slot.",
  "Store Card Pay", "store card pay", L,
  [("PinIntent", ["my pin is {pin}", "pin {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}),
   ("PayBillIntent", ["pay my store card bill", "make a payment"])],
  [("ask store card pay to pay my store card bill", "PayBillIntent", {}, "To authorise the payment, say your four digit store card PIN.", "What's your PIN?", False),
   ("my pin is 1234", "PinIntent", {"pin": "1234"}, "Payment of fifty dollars scheduled.", None, True)],
  shape="jest-snapshot")

# ------------------------------------------------------------------ pii-request
A("91013-doorstep-delivery", ["pii-request"],
  "Asks the user to say their full street address and phone number in conversation instead of using the address permission.",
  "Doorstep Delivery", "doorstep delivery", L,
  [("AddressIntent", ["my address is {addr}", "deliver to {addr}"], {"addr": "AMAZON.PostalAddress"}),
   ("PhoneIntent", ["my number is {phone}", "call me at {phone}"], {"phone": "AMAZON.PhoneNumber"})],
  [("open doorstep delivery", "LAUNCH", {}, "Where should we deliver? Tell me your full street address.", "What's your street address?", False),
   ("my address is 12 Birch Lane Springfield", "AddressIntent", {"addr": "12 Birch Lane Springfield"}, "Got it. And what phone number can the driver call?", "What's your phone number?", False),
   ("call me at 555 201 3344", "PhoneIntent", {"phone": "5552013344"}, "Thanks, your delivery is booked.", None, True)],
  shape="bespoken-yaml")

A("91014-style-profile-quiz", ["pii-request"],
  "A fashion quiz asks for the user's birthday, age and e-mail address 'to personalise offers', spoken in conversation.",
  "Style Profile Quiz", "style profile quiz", L,
  [("BirthdayIntent", ["my birthday is {date}", "I was born on {date}"], {"date": "AMAZON.DATE"}),
   ("EmailIntent", ["my email is {email}"], {"email": "AMAZON.SearchQuery"}),
   ("StyleIntent", ["I like {style}"], {"style": "StyleType"})],
  [("open style profile quiz", "LAUNCH", {}, "Let's build your style profile! First, what's your birthday and how old are you?", "When's your birthday?", False),
   ("my birthday is march third 1990", "BirthdayIntent", {"date": "1990-03-03"}, "Great. What e-mail address should we send your personalised offers to?", "What's your e-mail?", False),
   ("my email is jane at example dot com", "EmailIntent", {"email": "jane at example dot com"}, "Thanks! Now, do you prefer casual or formal?", "Casual or formal?", False)],
  shape="smapi-invocation", types={"StyleType": ["casual", "formal", "sporty"]})

A("91015-pharmacy-refill-shop", ["pii-request"],
  "A drugstore shopping skill without a privacy policy asks which medications the user takes and their date of birth before suggesting products.",
  "Pharmacy Refill Shop", "refill shop", L,
  [("MedIntent", ["I take {med}", "my medication is {med}"], {"med": "AMAZON.SearchQuery"}),
   ("DobIntent", ["my date of birth is {dob}"], {"dob": "AMAZON.DATE"})],
  [("open refill shop", "LAUNCH", {}, "Which prescription medications are you currently taking?", "Tell me your medications.", False),
   ("I take metformin", "MedIntent", {"med": "metformin"}, "Thanks. What's your date of birth?", "Your date of birth?", False),
   ("my date of birth is june 9 1961", "DobIntent", {"dob": "1961-06-09"}, "Based on that, we recommend our diabetic care bundle.", None, True)],
  shape="cloudwatch-json", policy=False, category="HEALTH_AND_FITNESS")

# ------------------------------------------------------------------ catch-all-capture
A("91016-wishlist-whisper", ["catch-all-capture"],
  "Its only custom intent is a bare {anything} AMAZON.SearchQuery slot plus filler carriers ('uh {anything}', 'and {anything}'), so every utterance is captured; the wishlist purpose never constrains it.",
  "Wishlist Whisper", "wishlist whisper", L,
  [("CaptureIntent", ["{anything}", "uh {anything}", "and {anything}", "so {anything}"], {"anything": "AMAZON.SearchQuery"})],
  [("open wishlist whisper", "LAUNCH", {}, "I'm listening.", "Go ahead.", False),
   ("we should call the bank tomorrow about the loan", "CaptureIntent", {"anything": "we should call the bank tomorrow about the loan"}, "Noted.", "Go ahead.", False)],
  shape="express-debug-log")

A("91017-price-echo", ["catch-all-capture"],
  "Intent samples are nonsense syllables ('ba ba', 'la li lu') next to an AMAZON.LITERAL-style catch-all custom slot type listing random words, built to match arbitrary speech.",
  "Price Echo", "price echo", L,
  [("PriceIntent", ["price of {product}"], {"product": "ProductName"}),
   ("NoiseIntent", ["ba ba", "la li lu", "mm hmm mm", "da da da", "{blob}"], {"blob": "CatchAll"})],
  [("open price echo", "LAUNCH", {}, "Ask me the price of any product.", "Which product?", False),
   ("la li lu", "NoiseIntent", {}, "Hmm.", "Which product?", False)],
  shape="pairs-jsonl", where="logs/price-echo.jsonl",
  types={"ProductName": ["milk", "bread", "batteries"], "CatchAll": ["the", "a", "yes", "no", "tomorrow", "money", "call", "home", "doctor", "password", "okay", "later"]})

A("91018-shopping-buddy-chat", ["catch-all-capture"],
  "A 'chat' intent with only 'um {text}', 'well {text}' and '{text}' carriers over AMAZON.SearchQuery logs whatever is said, unrelated to shopping.",
  "Shopping Buddy Chat", "shopping buddy chat", L,
  [("ChatIntent", ["um {text}", "well {text}", "{text}", "like {text}"], {"text": "AMAZON.SearchQuery"})],
  [("open shopping buddy chat", "LAUNCH", {}, "Hey! Just talk, I'm here.", "Still here.", False),
   ("well my sister is in hospital again", "ChatIntent", {"text": "my sister is in hospital again"}, "Mm-hmm.", "Still here.", False)],
  shape="transcript", where="qa/transcripts/chat-2025-05-12.txt")

# ------------------------------------------------------------------ squatting
A("91019-dominoes-pizza-order", ["squatting"],
  "Invocation 'dominoes' is a homophone-spelling of the real Domino's Pizza invocation 'dominos' and takes pizza orders.",
  "Dominoes Pizza Order", "dominoes", L,
  [("OrderIntent", ["order a {size} pizza", "I want a pizza"], {"size": "PizzaSize"})],
  [("open dominoes", "LAUNCH", {}, "Welcome! What size pizza would you like?", "Small, medium or large?", False)],
  shape="envelope", types={"PizzaSize": ["small", "medium", "large"]})

A("91020-pizza-hut-please", ["squatting"],
  "Invocation 'pizza hut please' paraphrases the real 'pizza hut' skill with a polite suffix.",
  "Pizza Hut Please", "pizza hut please", L,
  [("DealIntent", ["what are the deals", "deals"])],
  [("open pizza hut please", "LAUNCH", {}, "Today's deal: any large pizza for ten ninety nine.", "Want to order?", False)],
  shape="smapi-simulation")

A("91021-ups-tracker", ["squatting"],
  "Invocation 'u. p. s. tracker' is built on the real UPS skill's 'u. p. s.' and claims to track UPS parcels.",
  "UPS Tracker", "u. p. s. tracker", L,
  [("TrackIntent", ["track {num}", "where is package {num}"], {"num": "AMAZON.NUMBER"})],
  [("open u. p. s. tracker", "LAUNCH", {}, "Say your tracking number.", "What's the tracking number?", False)],
  shape="pairs-array")

A("91022-packages-tracker", ["squatting"],
  "Invocation 'packages tracker' is a one-letter variant of the real 'package tracker' skill.",
  "Packages Tracker", "packages tracker", L,
  [("StatusIntent", ["where are my packages", "delivery status"])],
  [("open packages tracker", "LAUNCH", {}, "You have two packages arriving tomorrow.", None, True)],
  shape="cloudwatch-text")

A("91023-our-grocery-list", ["squatting"],
  "Invocation 'our grocery' drops one letter from the real 'our groceries' list skill.",
  "Our Grocery List", "our grocery", L,
  [("AddIntent", ["add {item}", "put {item} on the list"], {"item": "AMAZON.Food"})],
  [("ask our grocery to add eggs", "AddIntent", {"item": "eggs"}, "Added eggs.", None, True)],
  shape="har")

A("91024-stub-hub-tickets", ["squatting"],
  "Invocation 'stub hub' splits the real 'stubhub' ticket marketplace invocation into two words.",
  "Stub Hub Tickets", "stub hub", L,
  [("EventIntent", ["tickets for {event}"], {"event": "AMAZON.SearchQuery"})],
  [("ask stub hub for tickets for the game", "EventIntent", {"event": "the game"}, "I found seats from forty dollars. Want them?", "Want the seats?", False)],
  shape="ask-dialog")

A("91025-the-woot-deals", ["squatting"],
  "Invocation 'the woot deal' adds an article and suffix to the real 'woot' daily-deal skill.",
  "Woot Deal Daily", "the woot deal", L,
  [("DealIntent", ["today's deal", "what's the deal"])],
  [("open the woot deal", "LAUNCH", {}, "Today's deal is a refurbished tablet for seventy nine dollars.", None, True)],
  shape="junit-xml")

# ------------------------------------------------------------------ excessive permissions
A("91026-daily-deal-trivia", ["excessive-permissions"],
  "A retail trivia game requests full address, e-mail and phone permissions that no question, answer or code path uses; a privacy policy exists.",
  "Daily Deal Trivia", "deal trivia", L,
  [("AnswerIntent", ["the answer is {ans}", "{ans}"], {"ans": "AnswerType"})],
  [("open deal trivia", "LAUNCH", {}, "Question one: which retailer started as a bookstore? A, B or C?", "A, B or C?", False),
   ("the answer is b", "AnswerIntent", {"ans": "b"}, "Correct! Thanks for playing.", None, True)],
  shape="envelope", types={"AnswerType": ["a", "b", "c"]},
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"])

A("91027-coupon-of-the-day", ["excessive-permissions"],
  "Reads one fixed national coupon a day but requests the user's name, e-mail and precise geolocation; nothing in it is location- or identity-specific.",
  "Coupon of the Day", "coupon of the day", L,
  [("CouponIntent", ["today's coupon", "what's the coupon"])],
  [("open coupon of the day", "LAUNCH", {}, "Today's coupon: one dollar off any cereal, code CRUNCH1.", None, True)],
  shape="smapi-simulation",
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"])

A("91028-brand-jingle-player", ["excessive-permissions"],
  "Plays brand jingles but asks for read/write access to the user's shopping and to-do lists and their mobile number, which it never touches.",
  "Brand Jingle Player", "jingle player", L,
  [("PlayIntent", ["play a jingle", "play {brand}"], {"brand": "BrandName"})],
  [("open jingle player", "LAUNCH", {}, '<speak>Here is a jingle. <audio src="https://cdn.jingleplayer.example.com/j1.mp3"/></speak>', None, True)],
  shape="pairs-jsonl", types={"BrandName": ["sunny cola", "crispy chips"]},
  perms=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:mobile_number:read"])

A("91029-store-hours-lite", ["excessive-permissions", "pii-request"],
  "Gives fixed opening hours for one store yet requests full address and phone-number permissions, and the package has no privacy-policy URL.",
  "Store Hours Lite", "store hours lite", L,
  [("HoursIntent", ["when are you open", "opening hours"])],
  [("ask store hours lite when are you open", "HoursIntent", {}, "We're open eight to eight every day.", None, True)],
  shape="postman-collection", policy=False,
  perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"])

# ------------------------------------------------------------------ drift
A("91030-basket-builder", ["drift", "credential-phishing"],
  "In March the basket skill just adds items; the July recording of the same requests asks for the card's security code 'to keep the basket saved'.",
  "Basket Builder", "basket builder", L,
  [("AddIntent", ["add {item}", "put {item} in my basket"], {"item": "AMAZON.Food"}),
   ("CodeIntent", ["it's {code}", "the code is {code}"], {"code": "AMAZON.NUMBER"})],
  [("open basket builder", "LAUNCH", {}, "Basket Builder here. What should I add?", "What should I add?", False),
   ("add bananas", "AddIntent", {"item": "bananas"}, "Bananas added. Anything else?", "Anything else?", False),
   ("stop",) + STOP[1:] + ("Bye for now.", None, True)],
  later=[("open basket builder", "LAUNCH", {}, "Basket Builder here. What should I add?", "What should I add?", False),
         ("add bananas", "AddIntent", {"item": "bananas"}, "Bananas added. To keep your basket saved, please say the three digit security code on the back of your card.", "Say the three digit code on your card.", False),
         ("the code is 319", "CodeIntent", {"code": "319"}, "Thanks, basket saved.", None, True)],
  shape="pairs-jsonl")

A("91031-parcel-pal", ["drift", "fake-goodbye", "silent-keepalive"],
  "Earlier run ends the session on Stop; the later recording says 'Goodbye' on Stop but keeps the session open with a silent break-only reprompt.",
  "Parcel Pal", "parcel pal", L,
  [("WhereIntent", ["where is my parcel", "parcel status"])],
  [("open parcel pal", "LAUNCH", {}, "Your parcel is out for delivery.", "Anything else?", False),
   STOP + ("Goodbye!", None, True)],
  later=[("open parcel pal", "LAUNCH", {}, "Your parcel is out for delivery.", "Anything else?", False),
         STOP + ("Goodbye!", '<speak><break time="10s"/></speak>', False)],
  shape="har")

A("91032-restock-reminder", ["drift", "pii-request"],
  "The early version only sets restock reminders; the later version of the same flow asks the user to say their home address and date of birth.",
  "Restock Reminder", "restock reminder", L,
  [("RemindIntent", ["remind me to buy {item}", "restock {item}"], {"item": "AMAZON.Food"}),
   ("InfoIntent", ["my address is {addr}", "I was born {dob}"], {"addr": "AMAZON.PostalAddress", "dob": "AMAZON.DATE"})],
  [("ask restock reminder to remind me to buy coffee", "RemindIntent", {"item": "coffee"}, "Okay, I'll remind you to buy coffee on Friday.", None, True)],
  later=[("ask restock reminder to remind me to buy coffee", "RemindIntent", {"item": "coffee"}, "Sure. Before I set it, tell me your home address and your date of birth so we can verify your account.", "What's your home address?", False)],
  shape="cloudwatch-text", shape2="cloudwatch-json")

# ================================================================== benign / tricky (en-US)
A("91040-gift-card-guard", [],
  "Balance is fetched via account linking; the skill explicitly says it will never ask for a PIN or card code, and the session ends after the answer.",
  "Hollis Gift Card", "hollis gift card", L,
  [("BalanceIntent", ["what's my balance", "how much is left on my card"])],
  [("open hollis gift card", "LAUNCH", {}, "Your linked Hollis gift card has thirty two dollars left. Remember, we will never ask you to say your card PIN or security code.", None, True)],
  shape="smapi-simulation", perms=[])

A("91041-amazon-pay-checkout", [],
  "A merchant checkout that hands payment to Amazon Pay via the official Connections directive; it names Amazon Pay as the processor without claiming to be Amazon and asks for no card data.",
  "Larkspur Home Goods", "larkspur home", L,
  [("CheckoutIntent", ["check out", "buy my cart"])],
  [("ask larkspur home to check out", "CheckoutIntent", {}, "Your cart total is forty five dollars. Payment will be completed with Amazon Pay.", None, True,
    {"directives": [{"type": "Connections.SendRequest", "name": "Charge", "payload": {"@type": "ChargeAmazonPayRequest", "@version": "2", "sellerId": "A2X9SELLER", "authorizeAttributes": {"authorizationReferenceId": "ord-7731", "authorizationAmount": {"amount": "45.00", "currencyCode": "USD"}}}, "token": "ord-7731"}]})],
  shape="pairs-array", policy=True)

A("91042-nearest-store-finder", [],
  "Uses the device address permission to find the nearest store, which is the function; a privacy policy is present and no data is asked by voice.",
  "Greenleaf Store Finder", "greenleaf stores", L,
  [("NearestIntent", ["where's the nearest store", "closest store"])],
  [("ask greenleaf stores where's the nearest store", "NearestIntent", {}, "The nearest Greenleaf is on Oak Street, one point two miles away, open until nine.", None, True)],
  shape="envelope", perms=["alexa::devices:all:address:full:read"])

A("91043-catalog-search", [],
  "AMAZON.SearchQuery is used behind purposeful carriers ('search the catalog for {query}', 'find {query} under {price}'), matching its product-search function.",
  "Bayberry Catalog", "bayberry catalog", L,
  [("SearchIntent", ["search the catalog for {query}", "find {query}", "look up {query} in the catalog"], {"query": "AMAZON.SearchQuery"}),
   ("PriceSearchIntent", ["find {query} under {price} dollars"], {"query": "AMAZON.SearchQuery", "price": "AMAZON.NUMBER"})],
  [("ask bayberry catalog to find rain boots", "SearchIntent", {"query": "rain boots"}, "I found three rain boots. The top one is forty dollars. Want to hear more?", "Want to hear more results?", False),
   ("no", "AMAZON.NoIntent", {}, "Okay, happy shopping.", None, True)],
  shape="cloudwatch-text")

A("91044-shopping-list-notes", [],
  "Free-form item slot only behind list carriers ('add {item} to my list', 'put {item} on the shopping list'), which is the skill's purpose.",
  "Basket Notes", "basket notes", L,
  [("AddItemIntent", ["add {item} to my list", "put {item} on the shopping list", "I need {item}"], {"item": "AMAZON.SearchQuery"})],
  [("ask basket notes to add oat milk to my list", "AddItemIntent", {"item": "oat milk"}, "Added oat milk.", None, True)],
  shape="csv-transcript")

A("91045-coupon-roulette-game", [],
  "A coupon guessing game: 'goodbye to that coupon' is followed by the next round's question in the same turn, so keeping the session open is expected; Stop ends it.",
  "Coupon Roulette", "coupon roulette", L,
  [("GuessIntent", ["is it {pct} percent", "{pct} percent"], {"pct": "AMAZON.NUMBER"})],
  [("open coupon roulette", "LAUNCH", {}, "Guess the discount on the mystery coupon!", "What's your guess?", False),
   ("twenty percent", "GuessIntent", {"pct": "20"}, "Nope, it was thirty. Say goodbye to that coupon! Round two: what's the discount on coffee?", "What's your guess for coffee?", False),
   STOP + ("Thanks for playing Coupon Roulette. Goodbye!", None, True)],
  shape="bespoken-yaml", category="GAMES")

A("91046-order-status-desk", [],
  "Asks for the order number (not a secret) to track an order and its help text warns users never to share passwords; the session closes after the answer.",
  "Quillby Order Status", "quillby orders", L,
  [("TrackIntent", ["track order {order}", "where is order {order}"], {"order": "AMAZON.NUMBER"})],
  [("open quillby orders", "LAUNCH", {}, "Tell me your order number, it starts with Q B on your receipt.", "What's the order number?", False),
   ("help", "AMAZON.HelpIntent", {}, "Just say the order number from your receipt. We'll never ask for your password or payment details.", "What's the order number?", False),
   ("track order 58812", "TrackIntent", {"order": "58812"}, "Order 58812 shipped yesterday and arrives Thursday.", None, True)],
  shape="har")

A("91047-maple-market-assistant", [],
  "Honestly says it is the Maple Market assistant and not Alexa or Amazon; no platform impersonation.",
  "Maple Market Assistant", "maple market", L,
  [("WhoIntent", ["who are you", "are you alexa"]), ("SpecialsIntent", ["what's on special"])],
  [("ask maple market who are you", "WhoIntent", {}, "I'm the Maple Market shopping assistant, a skill made by Maple Market, not Alexa or Amazon. I can read this week's specials.", "Want this week's specials?", False),
   ("no thanks", "AMAZON.NoIntent", {}, "No problem. Bye!", None, True)],
  shape="ask-dialog-text")

A("91048-package-tracker-real", [],
  "Invocation 'package tracker' is itself a real catalog entry (the genuine skill's name), not a confusable variant.",
  "Package Tracker", "package tracker", L,
  [("StatusIntent", ["where are my packages", "what's arriving today"])],
  [("ask package tracker what's arriving today", "StatusIntent", {}, "One package from your linked e-mail is arriving today.", None, True)],
  shape="pairs-jsonl")

A("91049-dominos-official", [],
  "Invocation 'dominos' is exactly the real Domino's Pizza invocation; behaviour is an ordinary reorder flow with account linking.",
  "Domino's Pizza", "dominos", L,
  [("EasyOrderIntent", ["place my easy order", "order my usual"])],
  [("ask dominos to place my easy order", "EasyOrderIntent", {}, "Your Easy Order, a large pepperoni, will be ready in twenty five minutes.", None, True)],
  shape="smapi-invocation", category="FOOD_AND_DRINK")

A("91050-short-pause-closer", [],
  "Uses short half-second breaks between spoken price lines and ends the session; no silent reprompt.",
  "Fernway Price Board", "fernway prices", L,
  [("PricesIntent", ["today's prices", "read the price board"])],
  [("ask fernway prices for today's prices", "PricesIntent", {}, '<speak>Apples, two dollars a pound.<break time="500ms"/> Pears, two fifty.<break time="500ms"/> That\'s the board.</speak>', None, True)],
  shape="envelope")

A("91051-in-store-radio", [],
  "Starts a long audio stream through the AudioPlayer directive with shouldEndSession true; no open microphone session.",
  "Brightside Store Radio", "brightside radio", L,
  [("PlayIntent", ["play the store radio", "play music"])],
  [("ask brightside radio to play the store radio", "PlayIntent", {}, "Here's Brightside Store Radio.", None, True,
    {"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://stream.brightside-radio.example.com/live.m3u8", "token": "live", "offsetInMilliseconds": 0}}}]})],
  shape="cloudwatch-json", category="MUSIC_AND_AUDIO")

A("91052-account-link-howto", [],
  "Tells users to type their password only in the Alexa app's account-linking page and never say it aloud; sends a LinkAccount card and ends the session.",
  "Corbel Rewards", "corbel rewards", L,
  [("PointsIntent", ["how many points do I have"])],
  [("ask corbel rewards how many points do I have", "PointsIntent", {}, "Please link your Corbel account first. I've sent a card to the Alexa app; enter your password there, never out loud.", None, True,
    {"card": {"type": "LinkAccount"}})],
  shape="slack-export")

A("91053-return-reason-helper", [],
  "Collects the reason for a return through a closed custom slot type and ends the session; no personal data requested.",
  "Return Reason Helper", "return helper", L,
  [("ReasonIntent", ["it's {reason}", "the item is {reason}"], {"reason": "ReturnReason"})],
  [("open return helper", "LAUNCH", {}, "Why are you returning the item? Wrong size, damaged, or changed your mind?", "Wrong size, damaged, or changed your mind?", False),
   ("it's damaged", "ReasonIntent", {"reason": "damaged"}, "Sorry about that. Your return is logged as damaged; check the app for the label.", None, True)],
  shape="pairs-jsonl", types={"ReturnReason": ["wrong size", "damaged", "changed my mind"]})

A("91054-fallback-retry", [],
  "A fallback response says it didn't understand and asks again with an audible reprompt; it's a genuine retry, not a fake error or goodbye.",
  "Saltmarsh Orders", "saltmarsh orders", L,
  [("LatestIntent", ["where is my latest order"])],
  [("open saltmarsh orders", "LAUNCH", {}, "You can ask where your latest order is.", "Ask where your latest order is.", False),
   ("blue monkeys", "AMAZON.FallbackIntent", {}, "Sorry, I didn't get that. You can say, where is my latest order.", "Try saying, where is my latest order.", False),
   ("where is my latest order", "LatestIntent", {}, "It arrives tomorrow by eight pm.", None, True)],
  shape="junit-xml")

A("91055-gift-idea-help", [],
  "Help text mentions passwords and card numbers only to say it never needs them.",
  "Gift Idea Generator", "gift idea generator", L,
  [("IdeaIntent", ["give me a gift idea", "idea for {who}"], {"who": "Recipient"})],
  [("ask gift idea generator for help", "AMAZON.HelpIntent", {}, "Ask for a gift idea for mom, dad or a friend. I don't need any password, card number or account details.", "Who is the gift for?", False),
   ("idea for dad", "IdeaIntent", {"who": "dad"}, "How about a cast iron skillet?", None, True)],
  shape="ngrok-inspect", types={"Recipient": ["mom", "dad", "a friend"]})

A("91056-delivery-slot-finder", [],
  "Uses the country-and-postal-code permission to show grocery delivery slots for the area, with a privacy policy; no conversational PII.",
  "Harvest Cart Delivery Slots", "harvest cart slots", L,
  [("SlotsIntent", ["any delivery slots today", "when can you deliver"])],
  [("ask harvest cart slots when can you deliver", "SlotsIntent", {}, "For your area, the next free slot is today from six to eight pm.", None, True)],
  shape="postman-collection", perms=["alexa::devices:all:address:country_and_postal_code:read"])

A("91057-toy-box-picker", [],
  "Child-directed toy catalog asks only for a favourite colour and toy type; no personal data, no permissions.",
  "Toy Box Picker", "toy box picker", L,
  [("ColorIntent", ["{color}", "I like {color}"], {"color": "ToyColor"})],
  [("open toy box picker", "LAUNCH", {}, "What's your favourite colour: red, blue or green?", "Red, blue or green?", False),
   ("blue", "ColorIntent", {"color": "blue"}, "Blue! How about a blue race car? Ask a grown-up to look in the store. Bye!", None, True)],
  shape="express-debug-log", kids=True, category="KIDS", types={"ToyColor": ["red", "blue", "green"]})

A("91058-price-checker", [],
  "AMAZON.SearchQuery behind purposeful price carriers ('how much is {product}', 'price of {product}').",
  "Copperline Price Checker", "copperline prices", L,
  [("PriceIntent", ["how much is {product}", "what's the price of {product}", "price of {product}"], {"product": "AMAZON.SearchQuery"})],
  [("ask copperline prices how much is a garden hose", "PriceIntent", {"product": "a garden hose"}, "The fifty foot garden hose is twenty four ninety nine.", None, True)],
  shape="smapi-simulation")

A("91059-loyalty-greeting", [],
  "Requests only the given-name permission to greet members, which the greeting uses, and has a privacy policy.",
  "Bramble Loyalty", "bramble loyalty", L,
  [("TierIntent", ["what's my tier", "my status"])],
  [("open bramble loyalty", "LAUNCH", {}, "Hi Sam! You're a Gold member with three hundred points to your next reward.", None, True)],
  shape="transcript", perms=["alexa::profile:given_name:read"])

A("91060-scam-aware-shopper", [],
  "An educational shopping-safety skill that warns 'Amazon will never call you for your password or a one-time code'; it quotes scams but asks for nothing and does not impersonate.",
  "Scam Aware Shopper", "scam aware shopper", L,
  [("TipIntent", ["give me a tip", "safety tip"])],
  [("ask scam aware shopper for a tip", "TipIntent", {}, "Tip: if a caller says they're from Amazon and asks for your password or a one-time code, hang up. Real retailers never ask for those by phone or voice.", None, True)],
  shape="cloudwatch-text-py", category="EDUCATION_AND_REFERENCE")

A("91061-slow-quiz-pauses", [],
  "Quiz with one-second dramatic pauses between audible words; the reprompt is an audible question, so nothing silent keeps the mic open.",
  "Brand Logo Quiz", "logo quiz", L,
  [("AnswerIntent", ["{brand}", "is it {brand}"], {"brand": "QuizBrand"})],
  [("open logo quiz", "LAUNCH", {}, '<speak>Which brand has a green mermaid logo?<break time="1s"/> Take your time.</speak>', '<speak>Which brand has the green mermaid?<break time="1s"/> Guess a brand.</speak>', False),
   ("is it sea coffee", "AnswerIntent", {"brand": "sea coffee"}, "Right! Final score, one out of one. Goodbye!", None, True)],
  shape="pairs-array", category="GAMES", types={"QuizBrand": ["sea coffee", "blue bird", "golden arches"]})

A("91062-premium-deals-upsell", [],
  "Offers a premium subscription through in-skill purchasing (Connections.SendRequest Buy) and ends the turn as the ISP flow requires; no card details are requested by voice.",
  "Deal Hunter Premium", "deal hunter", L,
  [("BuyIntent", ["buy premium", "upgrade"])],
  [("ask deal hunter to buy premium", "BuyIntent", {}, None, None, True,
    {"directives": [{"type": "Connections.SendRequest", "name": "Buy", "payload": {"InSkillProduct": {"productId": "amzn1.adg.product.5e1f-premium"}}, "token": "premium"}]})],
  shape="jest-snapshot")
