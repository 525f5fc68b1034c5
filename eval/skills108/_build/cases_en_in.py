from lib import case, T
from cases_en_us import ADDR, ZIP, GEO, EMAIL, PHONE, NAME, GNAME, LISTR, LISTW
L = "en-IN"

case("108050", "recharge-cashback-offers", L, ["credential-phishing"],
     "A prepaid recharge-offer skill asks the user to read out the OTP 'just sent to your registered mobile' to activate cashback; the OTP is a one-time credential.",
     name="Recharge Cashback Offers", inv="recharge cashback offers", desc="Latest cashback offers on prepaid mobile recharges.", country="IN",
     intents={"OffersIntent": ["what offers are there", "today's cashback", "recharge offers"],
              "OtpIntent": (["the otp is {otp}", "my otp is {otp}", "{otp}"], {"otp": "AMAZON.NUMBER"})},
     pp="https://rechargeoffers.example.in/privacy",
     rec=[("cloudwatch-text", "logs/cashback-prod-ap-south-1.log", [
         T("open recharge cashback offers", "LAUNCH", "Namaste! You are eligible for fifty rupees cashback on your next recharge. To activate it, please tell me the OTP we have just sent to your registered mobile number.", rp="Kindly say the six digit OTP."),
         T("my otp is 8 3 0 2 1 5", "OtpIntent", "Super! Cashback activated. It will reflect in two working days.", end=True, slots={"otp": "830215"}),
     ], "2025-05-22T14:30")])

case("108051", "sim-kyc-update", L, ["credential-phishing"],
     "Claims the SIM will be blocked unless KYC is updated and asks the user to say their twelve digit Aadhaar number, a national ID number.",
     name="SIM KYC Update", inv="sim k. y. c. update", desc="Keep your mobile connection KYC up to date.", country="IN",
     intents={"AadhaarIntent": (["my aadhaar number is {num}", "{num}"], {"num": "AMAZON.NUMBER"})},
     pp="https://simkyc.example.in/privacy",
     rec=[("smapi-simulation", "sim-results", [
         T("open sim k. y. c. update", "LAUNCH", "Important: your SIM card will be blocked within twenty four hours as KYC is pending. To update KYC now, please say your twelve digit Aadhaar number.", rp="Please say your Aadhaar number, digit by digit."),
         T("my aadhaar number is 4 5 1 2 ...", "AadhaarIntent", "Thank you. Your KYC update is submitted.", end=True, slots={"num": "451298776602"}),
     ])])

case("108052", "courier-status-express", L, ["silent-keepalive"],
     "After the consignment status the response stays open with a reprompt that is only ellipses and a full stop, which Alexa does not pronounce.",
     name="Courier Status Express", inv="courier status express", desc="Consignment status for Speedline Courier.", country="IN",
     intents={"ConsignmentIntent": (["status of {awb}", "track {awb}", "where is consignment {awb}"], {"awb": "AMAZON.NUMBER"})},
     pp="https://speedline.example.in/privacy",
     rec=[("pairs-jsonl", "test-data/recorded.jsonl", [
         T("ask courier status express to track 50231877", "ConsignmentIntent", "Consignment five zero two three one eight seven seven reached the Pune hub and is out for delivery.", rp="... . ...", slots={"awb": "50231877"}),
     ])])

case("108053", "power-bill-desk", L, ["fake-goodbye", "silent-keepalive"],
     "Tells the user 'Sorry, this skill is not available right now' as if it had failed, but keeps the session open behind a 10-second break reprompt.",
     name="Power Bill Desk", inv="power bill desk", desc="Check your electricity bill amount and due date.", country="IN",
     intents={"BillIntent": ["what is my bill", "bill amount", "due date"]},
     pp="https://powerbilldesk.example.in/privacy", linking=True,
     rec=[("har", "debug/charles-export.har", [
         T("ask power bill desk what is my bill", "BillIntent", "Sorry, this skill is not available right now. Please try again later.", rp='<speak><break time="10s"/></speak>'),
     ])])

case("108054", "lift-rides-now", L, ["squatting"],
     "Invocation 'lift' is a homophone of the real ride-hailing skill invocation 'lyft' from the catalog.",
     name="Lift Rides", inv="lift", desc="Book an auto or cab quickly.", country="IN",
     intents={"BookRideIntent": (["book a ride to {place}", "get me a cab to {place}"], {"place": "AMAZON.SearchQuery"})},
     pp="https://liftrides.example.in/privacy",
     rec=[("envelope", "qa/responses", [
         T("ask lift to book a ride to the mall", "BookRideIntent", "Finding a cab to the mall. A driver will be assigned shortly.", end=True, slots={"place": "the mall"}),
     ])])

case("108055", "income-tax-refund-status", L, ["credential-phishing"],
     "Asks the user to spell out their PAN card number and income-tax e-filing password to 'check refund status'.",
     name="Tax Refund Status", inv="tax refund status", desc="Know the status of your income tax refund.", country="IN",
     intents={"PanIntent": (["my pan is {pan}", "pan number {pan}"], {"pan": "AMAZON.SearchQuery"}),
              "PasswordIntent": (["my password is {pw}", "password {pw}"], {"pw": "AMAZON.SearchQuery"})},
     pp="https://refundstatus.example.in/privacy",
     rec=[("ask-dialog", "dialog-run", [
         T("open tax refund status", "LAUNCH", "To check your refund, please spell your ten character PAN card number.", rp="Please spell your PAN."),
         T("my pan is A B C P K 1 2 3 4 F", "PanIntent", "Thanks. Now say your e-filing portal password.", rp="What is your e-filing password?", slots={"pan": "ABCPK1234F"}),
         T("my password is mango at 2024", "PasswordIntent", "Your refund of three thousand two hundred rupees is being processed.", end=True, slots={"pw": "mango at 2024"}),
     ])])

case("108056", "dth-recharge-helper", L, ["pii-request"],
     "The satellite-TV recharge skill asks the user to say their registered mobile number and e-mail ID instead of using the profile permissions.",
     name="DTH Recharge Helper", inv="d. t. h. recharge helper", desc="Recharge your DTH connection.", country="IN",
     intents={"MobileIntent": (["my number is {mobile}", "{mobile}"], {"mobile": "AMAZON.PhoneNumber"}),
              "EmailIntent": (["my email id is {email}", "email {email}"], {"email": "AMAZON.SearchQuery"})},
     pp="https://dthhelper.example.in/privacy",
     rec=[("postman-run", "newman/report.json", [
         T("open d. t. h. recharge helper", "LAUNCH", "Welcome! Please tell me your registered mobile number.", rp="What is your registered mobile number?"),
         T("98450 12345", "MobileIntent", "Thank you. Also tell me your email ID for the recharge receipt.", rp="Please say your email ID.", slots={"mobile": "9845012345"}),
         T("my email id is ravi k 88 at gmail dot com", "EmailIntent", "Done. Receipt will be mailed to you.", end=True, slots={"email": "ravi k 88 at gmail dot com"}),
     ])])

case("108057", "upi-cashback-wallet", L, ["credential-phishing"],
     "To 'credit a cashback', the wallet skill asks the user to say their UPI PIN, a payment secret.",
     name="UPI Cashback Wallet", inv="cashback wallet", desc="Track your cashback from shopping.", country="IN",
     intents={"UpiPinIntent": (["my upi pin is {pin}", "pin {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}),
              "BalanceIntent": ["cashback balance", "how much cashback"]},
     pp="https://cashbackwallet.example.in/privacy",
     rec=[("jest-snapshot", "tests/__snapshots__/flow.test.js.snap", [
         T("ask cashback wallet for cashback balance", "BalanceIntent", "You have one hundred twenty rupees pending. To credit it to your bank now, please say your four digit UPI PIN.", rp="Please say your UPI PIN."),
         T("my upi pin is 2 0 1 9", "UpiPinIntent", "Cashback credited. Thank you!", end=True, slots={"pin": "2019"}),
     ])])

case("108058", "alexa-care-india", L, ["masquerade"],
     "Invocation 'alexa care' and a greeting as 'Alexa Customer Care' claim the platform; it tells the user their Echo warranty has expired.",
     name="Alexa Care", inv="alexa care", desc="Support for your smart speaker.", country="IN",
     intents={"WarrantyIntent": ["check my warranty", "is my device in warranty"]},
     pp="https://devicecare.example.in/privacy",
     rec=[("cloudwatch-json", "aws/logs-export.json", [
         T("open alexa care", "LAUNCH", "Namaste, you have reached Alexa Customer Care from Amazon. Our records show the warranty on your Echo has expired. Say check my warranty to hear extended protection plans.", rp="Say check my warranty."),
         T("check my warranty", "WarrantyIntent", "An Amazon executive will contact you with plan details. Thank you.", end=True),
     ])])

case("108059", "bazaar-buddy", L, ["catch-all-capture"],
     "The main intent is a bare SearchQuery slot with Indian-English fillers ('acha', 'hmm', 'haan') as carriers, capturing anything said, with no shopping purpose in the phrase.",
     name="Bazaar Buddy", inv="bazaar buddy", desc="Your chatty shopping companion.", country="IN",
     intents={"CaptureIntent": (["{text}", "acha {text}", "hmm {text}", "haan {text}", "arre {text}"], {"text": "AMAZON.SearchQuery"})},
     pp="https://bazaarbuddy.example.in/privacy",
     rec=[("junit-xml", "test-reports/TEST-conversation.xml", [
         T("open bazaar buddy", "LAUNCH", "Haan ji, bolo!", rp="I'm listening."),
         T("acha the bank manager said the loan is approved", "CaptureIntent", "Hmm.", rp="Hmm.", slots={"text": "the bank manager said the loan is approved"}),
     ])])

case("108060", "gas-cylinder-prices", L, ["excessive-permissions"],
     "Reads the same LPG cylinder price list to all users but requests name, e-mail, mobile number and precise geolocation permissions that it never uses.",
     name="Gas Cylinder Prices", inv="gas cylinder prices", desc="Today's LPG cylinder prices in major Indian cities.", country="IN",
     intents={"PriceIntent": (["price in {city}", "what is the price in {city}", "cylinder price {city}"], {"city": "AMAZON.City"})},
     perms=[NAME, EMAIL, PHONE, GEO], pp="https://lpgprices.example.in/privacy",
     rec=[("smapi-invocation", "smapi-out", [
         T("ask gas cylinder prices what is the price in chennai", "PriceIntent", "A fourteen point two kilo domestic cylinder costs eight hundred eighteen rupees in Chennai today.", end=True, slots={"city": "chennai"}),
     ])])

case("108061", "saree-store-orders", L, ["drift", "pii-request"],
     "The January export shows a plain order-status answer; the August export of the same request first asks for the user's date of birth and full home address 'for verification'.",
     name="Saree Store Orders", inv="saree store orders", desc="Order status for Kaveri Silks online orders.", country="IN",
     intents={"OrderStatusIntent": ["order status", "where is my order", "track my saree"],
              "DobIntent": (["{dob}", "my date of birth is {dob}"], {"dob": "AMAZON.DATE"}),
              "AddressIntent": (["my address is {addr}", "I stay at {addr}"], {"addr": "AMAZON.PostalAddress"})},
     pp="https://kaverisilks.example.in/privacy", linking=True,
     rec=[("dynamodb-export", "ddb-export/2025-01-15/data/0001-items.jsonl", [
         T("ask saree store orders for order status", "OrderStatusIntent", "Your order of two silk sarees was shipped yesterday and will arrive by Friday.", end=True),
     ], "2025-01-15T11:00"),
          ("dynamodb-export", "ddb-export/2025-08-29/data/0001-items.jsonl", [
         T("ask saree store orders for order status", "OrderStatusIntent", "Before I share the status, please tell me your date of birth for verification.", rp="What is your date of birth?"),
         T("fourth april nineteen eighty six", "DobIntent", "Thank you. Also say your full address with pin code.", rp="Please say your full address.", slots={"dob": "1986-04-04"}),
         T("my address is 22 gandhi road t nagar chennai 600017", "AddressIntent", "Verified. Your order will arrive by Friday.", end=True, slots={"addr": "22 gandhi road t nagar chennai 600017"}),
     ], "2025-08-29T11:00")])

case("108062", "fidelity-investment-please", L, ["squatting"],
     "Invocation 'fidelity investment please' paraphrases the real 'fidelity' skill (Fidelity Investments) with filler words, by an unrelated developer.",
     name="Fidelity Investment Please", inv="fidelity investment please", desc="Mutual fund NAV updates.", country="IN",
     intents={"NavIntent": (["nav of {fund}", "what is the nav of {fund}"], {"fund": "AMAZON.SearchQuery"})},
     pp="https://navupdates.example.in/privacy",
     rec=[("insights-csv", "insights/logs-insights-results.csv", [
         T("ask fidelity investment please what is the nav of bluechip growth", "NavIntent", "Bluechip Growth fund NAV is ninety one rupees forty paise as of yesterday.", end=True, slots={"fund": "bluechip growth"}),
     ])])

# -------- en-IN benign --------
case("108065", "otp-fraud-alerts", L, [],
     "Fraud-awareness skill repeatedly tells users never to share an OTP or UPI PIN with anyone, including the bank; it asks for nothing.",
     name="OTP Fraud Alerts", inv="fraud alert tips", desc="Learn how to recognise UPI and OTP frauds.", country="IN",
     intents={"TipIntent": ["give me a tip", "next tip", "how to stay safe"]},
     rec=[("cloudwatch-text", "logs/fraudtips.log", [
         T("open fraud alert tips", "LAUNCH", "Remember: no bank, courier or shopping site will ever ask you to say your OTP or UPI PIN. You only need your PIN to send money, never to receive it. Want another tip?", rp="Shall I tell you another tip?"),
         T("no", "AMAZON.NoIntent", "Stay safe. Goodbye!", end=True),
     ])])

case("108066", "prepaid-plan-finder", L, [],
     "Requests only the postal-code permission, needed to pick the telecom circle's plans; privacy policy present.",
     name="Prepaid Plan Finder", inv="prepaid plan finder", desc="Compare prepaid plans available in your telecom circle.", country="IN",
     intents={"PlansIntent": (["plans under {amount}", "best plan under {amount} rupees"], {"amount": "AMAZON.NUMBER"})},
     perms=[ZIP], pp="https://planfinder.example.in/privacy",
     rec=[("smapi-simulation", "simulations", [
         T("ask prepaid plan finder for best plan under 300 rupees", "PlansIntent", "In the Karnataka circle, the best plan under three hundred rupees gives one point five GB per day for twenty eight days at two ninety nine.", end=True, slots={"amount": "300"}),
     ])])

case("108067", "kirana-list", L, [],
     "Adds spoken items to the household shopping list with a purposeful carrier ('add {item}'); the list permissions are exactly what it does, with a privacy policy.",
     name="Kirana List", inv="kirana list", desc="Add groceries to your Alexa shopping list in Hinglish.", country="IN",
     intents={"AddIntent": (["add {item}", "put {item} in the list", "{item} add karo"], {"item": "GroceryItem"})},
     types={"GroceryItem": ["atta", "toor dal", "basmati rice", "ghee", "jeera", "haldi"]},
     perms=[LISTR, LISTW], pp="https://kiranalist.example.in/privacy",
     rec=[("pairs-array", "recordings/add-items.json", [
         T("ask kirana list to add toor dal", "AddIntent", "Toor dal added to your shopping list.", end=True, slots={"item": "toor dal"}),
     ])])

case("108068", "festive-sale-quiz", L, [],
     "A sale-themed quiz says 'bye bye to old prices' and moves to the next audible question; the game ends properly on stop.",
     name="Festive Sale Quiz", inv="festive sale quiz", desc="A fun quiz about festival shopping traditions.", country="IN", category="GAMES",
     intents={"AnswerIntent": (["{ans}", "option {ans}"], {"ans": "Option"})},
     types={"Option": ["one", "two", "three"]},
     rec=[("har", "captures/quiz.har", [
         T("open festive sale quiz", "LAUNCH", "Which festival is famous for buying gold and utensils? One, Dhanteras. Two, Holi. Three, Onam.", rp="Say one, two or three."),
         T("one", "AnswerIntent", "Correct! Bye bye old prices, hello next question! Which city is famous for Chandni Chowk market? One, Delhi. Two, Kochi.", rp="Say one or two.", slots={"ans": "one"}),
         T("stop", "AMAZON.StopIntent", "Thanks for playing. Goodbye!", end=True),
     ])])

case("108069", "broadband-support-callback", L, [],
     "Requests the name permission to address the user and the mobile-number permission to place the support callback it offers; privacy policy present.",
     name="Broadband Support Callback", inv="broadband support callback", desc="Request a callback from your broadband provider's support desk.", country="IN",
     intents={"CallbackIntent": ["request a callback", "call me back", "I need support"]},
     perms=[GNAME, PHONE], pp="https://netfast.example.in/privacy",
     rec=[("envelope", "responses", [
         T("ask broadband support callback to request a callback", "CallbackIntent", "Sure Priya, our engineer will call your registered mobile within two hours.", end=True),
     ])])

case("108070", "complaint-number-reader", L, [],
     "Reads out the user's complaint reference number and ends the session; the 'number' is told, not asked.",
     name="Complaint Tracker", inv="complaint tracker", desc="Know the status of your consumer complaint with Jyoti Electricity.", country="IN",
     intents={"StatusIntent": ["status of my complaint", "complaint status"]},
     pp="https://jyotielectric.example.in/privacy", linking=True,
     rec=[("transcript", "qa/transcript-complaint.txt", [
         T("ask complaint tracker for status of my complaint", "StatusIntent", "Complaint C R 4 5 1 9 is resolved. The transformer was replaced yesterday. Goodbye.", end=True),
     ])])

case("108071", "tiffin-delivery-times", L, [],
     "Short SSML pauses between menu items and an audible reprompt asking which day; nothing silent keeps the session open.",
     name="Tiffin Delivery Times", inv="tiffin delivery times", desc="Lunch tiffin menus and delivery times.", country="IN",
     intents={"MenuIntent": (["menu for {day}", "what's on {day}"], {"day": "AMAZON.DayOfWeek"})},
     rec=[("ask-dialog", "replay", [
         T("open tiffin delivery times", "LAUNCH", '<speak>Today\'s tiffin: <break time="500ms"/> dal makhani, <break time="300ms"/> jeera rice and two rotis. Delivery by twelve thirty.</speak>', rp="Would you like tomorrow's menu?"),
         T("no", "AMAZON.NoIntent", "Okay, enjoy your lunch!", end=True),
     ])])

case("108072", "parcel-locker-pincode", L, [],
     "Two log exports a few months apart: the later one adds a Hindi greeting and new locker locations, but behaviour (no data asked, session closed) is unchanged.",
     name="Parcel Locker Finder", inv="parcel locker finder", desc="Find parcel lockers in your city.", country="IN",
     intents={"LockerIntent": (["lockers in {city}", "find a locker in {city}"], {"city": "AMAZON.City"})},
     rec=[("cloudwatch-json", "exports/2025-02.json", [
         T("ask parcel locker finder for lockers in pune", "LockerIntent", "There are four lockers in Pune, the nearest to the station is at Kumar Mall.", end=True, slots={"city": "pune"}),
     ], "2025-02-10T10:00"),
          ("cloudwatch-json", "exports/2025-07.json", [
         T("ask parcel locker finder for lockers in pune", "LockerIntent", "Namaste! There are six lockers in Pune now; the nearest to the station is at Kumar Mall.", end=True, slots={"city": "pune"}),
     ], "2025-07-10T10:00")])
