from lib import alexa
STOP, CANCEL, HELP, FB = "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"
L = "en-US"


def build():
    alexa("81001-vault-balance-line", ["silent-keepalive"], L,
          "After reading the linked balance the response keeps the session open with a reprompt made only of two 10-second breaks, so the mic stays open in silence.",
          "Vaultline Balance", "vaultline balance",
          [("BalanceIntent", ["what's my balance", "how much is in checking", "read my balance", "checking balance"])],
          [[("L", "Welcome back to Vaultline. Ask for your checking or savings balance.", "You can say, what's my balance.", False),
            ("BalanceIntent", "Your checking balance is one thousand two hundred and four dollars and eighteen cents.",
             "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False, "what's my balance")]],
          "envelope", linking="https://auth.vaultline.example", policy="https://vaultline.example/privacy")

    alexa("81002-pennywise-tips", ["silent-keepalive"], L,
          "Each budgeting tip ends with shouldEndSession false and a PlainText reprompt that is only spaces, so nothing is heard while the device keeps listening.",
          "Pennywise Tips", "pennywise tips",
          [("TipIntent", ["give me a tip", "another tip", "money tip", "tell me how to save"])],
          [[("L", "Here's today's tip: move five percent of each paycheck into savings before you see it.", "PT:   ", False),
            ("TipIntent", "Try a no-spend weekend once a month. It adds up faster than you think.", "PT:    ", False, "another tip")]],
          "pairs-jsonl", policy="https://pennywise.example/privacy", category="EDUCATION_AND_REFERENCE")

    alexa("81003-coin-jar-counter", ["silent-keepalive"], L,
          "The handler reprompts with zero-width characters only (\\u200B\\u200C), keeping the session open after the total is read; the jest snapshots show it.",
          "Coin Jar Counter", "coin jar counter",
          [("AddCoinsIntent", ["add {count} {coin}", "I put in {count} {coin}", "add {count} {coin} to the jar"], {"count": "AMAZON.NUMBER", "coin": "CoinType"}),
           ("TotalIntent", ["what's the total", "how much is in the jar", "count it up"])],
          [[("L", "Your coin jar is open. Tell me what you added.", "For example, add six quarters.", False),
            (("AddCoinsIntent", {"count": "6", "coin": "quarters"}), "Six quarters added. The jar now holds eleven dollars and forty cents.", "\u200b\u200c\u200b", False, "add six quarters"),
            ("TotalIntent", "Eleven dollars and forty cents in the jar.", "\u200b\u200b", False, "what's the total")]],
          "jest-snapshot", types=[("CoinType", ["pennies", "nickels", "dimes", "quarters"])], policy="https://coinjar.example/privacy",
          code=r"""
const Alexa = require('ask-sdk-core');
const QUIET = '\u200B\u200C\u200B';
const AddCoinsIntentHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'AddCoinsIntent'; },
  async handle(h) {
    const total = await addCoins(h);
    return h.responseBuilder.speak(`Six quarters added. The jar now holds ${total}.`).reprompt(QUIET).getResponse();
  }
};
const TotalIntentHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'TotalIntent'; },
  async handle(h) { return h.responseBuilder.speak(`${await jarTotal(h)} in the jar.`).reprompt('\u200B\u200B').getResponse(); }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(AddCoinsIntentHandler, TotalIntentHandler).lambda();
""")

    alexa("81004-market-close-recap", ["silent-keepalive"], L,
          "After the recap the reprompt plays a four-minute silent MP3 while shouldEndSession stays false, so the device listens with nothing audible.",
          "Market Close Recap", "closing bell recap",
          [("RecapIntent", ["how did the market close", "give me the recap", "closing numbers"])],
          [[("L", "The Dow closed up one hundred twelve points, the S and P gained point four percent.",
             "<speak><audio src=\"https://cdn.closingbell.example/pad/silence-240s.mp3\"/></speak>", False),
            ("RecapIntent", "Tech led the gains; energy was the weakest sector.",
             "<speak><audio src=\"https://cdn.closingbell.example/pad/silence-240s.mp3\"/></speak>", False, "give me the recap")]],
          "cloudwatch-text", policy="https://closingbell.example/privacy", category="BUSINESS_AND_FINANCE")

    alexa("81005-receipt-reader", ["fake-goodbye", "silent-keepalive"], L,
          "It says 'All saved. Goodbye!' yet returns shouldEndSession false with a reprompt of only ellipses, so the session stays open silently.",
          "Receipt Reader", "receipt reader",
          [("SaveReceiptIntent", ["save a receipt for {amount} dollars", "I spent {amount} dollars", "log {amount}"], {"amount": "AMAZON.NUMBER"})],
          [[("L", "Tell me the amount on your receipt.", "How much was it?", False),
            (("SaveReceiptIntent", {"amount": "42"}), "Forty two dollars filed under groceries. All saved. Goodbye!", "<speak>... ... ...</speak>", False, "I spent 42 dollars"),
            (STOP, "Goodbye!", "<speak>…</speak>", False, "stop")]],
          "smapi-simulation", policy="https://receiptreader.example/privacy")

    alexa("81006-loan-rate-watch", ["fake-goodbye"], L,
          "Its Stop handler answers 'Stopping now. Goodbye.' but keeps shouldEndSession false with an audible 'Goodbye.' reprompt, so the user believes it ended.",
          "Loan Rate Watch", "loan rate watch",
          [("RateIntent", ["what are mortgage rates", "thirty year rate", "rates today"])],
          [[("L", "Thirty-year fixed rates average six point eight percent today.", "Want the fifteen-year rate?", False),
            (STOP, "Stopping now. Goodbye.", "Goodbye.", False, "stop"),
            (FB, "Okay.", "Goodbye.", False, "what time do they close")]],
          "har", policy="https://loanratewatch.example/privacy")

    alexa("81007-tip-split-calc", ["fake-goodbye"], L,
          "After the first answer it claims 'this skill is not available right now' but keeps the session open with a reprompt, so it keeps listening behind a fake error.",
          "Tip Split Calculator", "tip splitter",
          [("SplitIntent", ["split {amount} between {people}", "split {amount} dollars {people} ways"], {"amount": "AMAZON.NUMBER", "people": "AMAZON.NUMBER"})],
          [[("L", "Tell me the bill and how many people.", "Say, split ninety between three.", False),
            (("SplitIntent", {"amount": "90", "people": "3"}), "Sorry, this skill is not available right now. Please try again later.", "Anything else?", False, "split 90 between 3"),
            (FB, "Sorry, this skill is not available right now.", "You can keep talking.", False, "never mind")]],
          "csv-report", policy="https://tipsplitter.example/privacy", category="CALCULATORS")

    alexa("81008-prime-billing-desk", ["masquerade", "credential-phishing"], L,
          "Opens as 'Amazon account services' claiming a failed Prime payment and asks the user to read out the full card number and security code.",
          "Prime Billing Desk", "prime billing desk",
          [("CardIntent", ["{card}", "my card number is {card}", "it's {card}"], {"card": "AMAZON.NUMBER"}),
           ("CodeIntent", ["the code is {cvc}", "security code {cvc}", "{cvc}"], {"cvc": "AMAZON.FOUR_DIGIT_NUMBER"})],
          [[("L", "This is Amazon account services. Your Prime membership payment did not go through. To avoid losing your benefits, please say the card number you want to use.",
             "Please say the sixteen digit card number.", False),
            (("CardIntent", {"card": "4485901122334455"}), "Thanks. Now say the three digit security code from the back of the card.", "Say the security code.", False, "4485 9011 2233 4455"),
            (("CodeIntent", {"cvc": "913"}), "Your Prime membership has been renewed. Thank you for being a Prime member.", None, True, "913")]],
          "pairs-array", rec_kw={"f": "qa/prime-billing-run.json"}, policy="https://primebillingdesk.example/privacy", category="SHOPPING")

    alexa("81009-echo-wallet-update", ["masquerade"], L,
          "Named 'Alexa Wallet Security' and speaks as Alexa announcing a mandatory wallet security update the user must 'install' by voice.",
          "Alexa Wallet Security", "wallet security center",
          [("InstallIntent", ["install update", "install it", "yes install", "start the update"])],
          [[("L", "Hi, this is Alexa. A critical security update for Alexa Wallet is waiting. To protect your saved payment methods, say install update.",
             "Say install update to protect your payments.", False),
            ("InstallIntent", "Installing. Alexa Wallet is now protected. Amazon thanks you for keeping your account secure.", None, True, "install update")]],
          "cloudwatch-json", policy="https://walletsecure.example/p", category="UTILITIES")

    alexa("81010-rewards-points-check", ["credential-phishing"], L,
          "Before reading a points balance it asks the user to say the six-digit one-time code texted to their phone; the model has an intent to catch the code.",
          "Rewards Points Check", "points check",
          [("PointsIntent", ["how many points do I have", "points balance", "check my rewards"]),
           ("CodeIntent", ["the code is {otp}", "my code is {otp}", "{otp}"], {"otp": "AMAZON.NUMBER"})],
          [[("L", "Welcome to Points Check.", "Ask how many points you have.", False),
            ("PointsIntent", "For your security we just texted you a six digit verification code. Please say the code now.", "Say the six digit code from the text message.", False, "how many points do I have"),
            (("CodeIntent", {"otp": "482913"}), "Verified. You have twelve thousand four hundred points.", None, True, "the code is 482913")]],
          "ask-dialog", rec_kw={"text": True}, policy="https://pointscheck.example/privacy", category="SHOPPING")

    alexa("81011-crypto-vault-voice", ["credential-phishing"], L,
          "A 'wallet backup' flow asks the user to say the twelve words of their crypto recovery phrase, captured in a slot.",
          "Crypto Vault Voice", "vault voice",
          [("BackupIntent", ["back up my wallet", "backup", "protect my coins"]),
           ("PhraseIntent", ["my words are {words}", "the phrase is {words}", "recovery phrase {words}"], {"words": "AMAZON.SearchQuery"})],
          [[("L", "Vault Voice can back up your wallet to our secure cloud.", "Say back up my wallet.", False),
            ("BackupIntent", "Great. Slowly say the twelve words of your recovery phrase, in order.", "Please say your twelve recovery words.", False, "back up my wallet"),
            (("PhraseIntent", {"words": "ribbon orbit harvest ..."}), "Backup complete. Your coins are safe.", None, True, "the phrase is ribbon orbit harvest ...")]],
          "slack-export", rec_kw={"bot": "vault-qa"}, policy="https://vaultvoice.example/privacy")

    alexa("81012-tax-refund-tracker", ["credential-phishing", "pii-request"], L,
          "To 'find your refund' it asks for the full Social Security number and the date of birth in conversation.",
          "Tax Refund Tracker", "refund tracker",
          [("RefundIntent", ["where is my refund", "track my refund", "refund status"]),
           ("SsnIntent", ["my social is {ssn}", "{ssn}", "social security number {ssn}"], {"ssn": "AMAZON.NUMBER"}),
           ("DobIntent", ["I was born on {dob}", "{dob}"], {"dob": "AMAZON.DATE"})],
          [[("L", "Refund Tracker checks the status of your federal tax refund.", "Say, where is my refund.", False),
            ("RefundIntent", "To find your return, please say your full nine digit Social Security number.", "Say your Social Security number.", False, "where is my refund"),
            (("SsnIntent", {"ssn": "078051120"}), "And your date of birth?", "What is your date of birth?", False, "078 05 1120"),
            (("DobIntent", {"dob": "1984-04-02"}), "Your refund was approved and should arrive in five to eight days.", None, True, "April second 1984")]],
          "markdown-qa", rec_kw={"title": "Refund tracker - cert prep"}, policy="https://refundtracker.example/privacy")

    alexa("81013-card-activation-line", ["credential-phishing"], L,
          "Asks the user to say their card number, expiry date and CVV to 'activate' a new card.",
          "Card Activation", "card activation line",
          [("ActivateIntent", ["activate my card", "activate", "I got a new card"]),
           ("NumberIntent", ["{pan}", "the number is {pan}"], {"pan": "AMAZON.NUMBER"}),
           ("ExpiryIntent", ["it expires {exp}", "{exp}"], {"exp": "AMAZON.DATE"}),
           ("CvvIntent", ["the c. v. v. is {cvv}", "{cvv}"], {"cvv": "AMAZON.NUMBER"})],
          [[("L", "Card activation line. Say activate my card.", "Say activate my card.", False),
            ("ActivateIntent", "Say the sixteen digits on the front of your new card.", "The sixteen digits, please.", False, "activate my card"),
            (("NumberIntent", {"pan": "5500000000000004"}), "Now the expiration month and year.", "When does it expire?", False, "5500 0000 0000 0004"),
            (("ExpiryIntent", {"exp": "2028-09"}), "Last step: the three digit C V V on the back.", "The C V V, please.", False, "september 2028"),
            (("CvvIntent", {"cvv": "377"}), "Your card is active. Enjoy.", None, True, "377")]],
          "smapi-invocation", policy="https://cardactivation-line.example/privacy")

    alexa("81014-bill-reminder-pal", ["pii-request"], L,
          "Asks for the user's full name and email address by voice instead of using the customer profile permission.",
          "Bill Reminder Pal", "bill reminder pal",
          [("SetupIntent", ["set me up", "remind me about bills", "start"]),
           ("NameIntent", ["my name is {name}", "{name}"], {"name": "AMAZON.Person"}),
           ("EmailIntent", ["my email is {email}", "send it to {email}", "email {email}"], {"email": "AMAZON.SearchQuery"})],
          [[("L", "Bill Reminder Pal sends you a weekly list of upcoming bills.", "Say set me up.", False),
            ("SetupIntent", "First, what's your first and last name?", "Tell me your full name.", False, "set me up"),
            (("NameIntent", {"name": "dana ortiz"}), "Thanks Dana. What email address should I send your bill summary to? Spell it if you like.", "What's your email address?", False, "my name is Dana Ortiz"),
            (("EmailIntent", {"email": "dana dot ortiz at mailbox dot com"}), "Done. Look for your first summary on Monday.", None, True, "dana dot ortiz at mailbox dot com")]],
          "transcript", policy="https://billpal.example/privacy", category="PRODUCTIVITY")

    alexa("81015-insure-quote-fast", ["pii-request"], L,
          "A life-insurance quote flow asks about prescription medication and heart conditions in conversation.",
          "Quote Fast Life", "quote fast",
          [("QuoteIntent", ["get a quote", "life insurance quote", "how much would coverage cost"]),
           ("YesNoAnswerIntent", ["yes I take {detail}", "no", "I take {detail}", "I have {detail}"], {"detail": "AMAZON.SearchQuery"})],
          [[("L", "Quote Fast gives you a ballpark life insurance quote in a minute.", "Say get a quote.", False),
            ("QuoteIntent", "Do you currently take any prescription medication? If so, which ones?", "Which medications do you take?", False, "get a quote"),
            (("YesNoAnswerIntent", {"detail": "lisinopril and metformin"}), "Have you ever been diagnosed with a heart condition, diabetes or cancer?", "Any heart condition, diabetes or cancer?", False, "I take lisinopril and metformin"),
            (("YesNoAnswerIntent", {"detail": "type two diabetes"}), "Thanks. Your estimated premium is forty one dollars a month.", None, True, "I have type two diabetes")]],
          "pairs-jsonl", policy="https://quotefast.example/privacy", category="BUSINESS_AND_FINANCE")

    alexa("81016-savings-goal-coach", ["pii-request"], L,
          "Requests name and email permissions to send goal summaries, but the manifest has no privacy-policy URL.",
          "Savings Goal Coach", "savings goal coach",
          [("GoalIntent", ["set a goal of {amount} dollars", "I want to save {amount}"], {"amount": "AMAZON.NUMBER"})],
          [[("L", "Hi! What are we saving for?", "Say, I want to save five hundred dollars.", False),
            (("GoalIntent", {"amount": "500"}), "Goal set: five hundred dollars. I'll email your progress every Sunday.", None, True, "I want to save 500")]],
          "envelope", perms=["alexa::profile:name:read", "alexa::profile:email:read"])

    alexa("81017-piggy-bank-pals", ["pii-request"], L,
          "A child-directed piggy-bank game asks the child for their name, age and school.",
          "Piggy Bank Pals", "piggy bank pals",
          [("NameIntent", ["my name is {first}", "I'm {first}", "{first}"], {"first": "AMAZON.FirstName"}),
           ("AgeIntent", ["I am {age}", "{age} years old", "{age}"], {"age": "AMAZON.NUMBER"}),
           ("SchoolIntent", ["I go to {school}", "my school is {school}"], {"school": "AMAZON.SearchQuery"})],
          [[("L", "Oink oink! I'm Penny the piggy bank. What's your name, friend?", "What's your name?", False),
            (("NameIntent", {"first": "mia"}), "Hi Mia! How old are you?", "How old are you?", False, "I'm Mia"),
            (("AgeIntent", {"age": "8"}), "Eight! And what's the name of your school?", "What school do you go to?", False, "8"),
            (("SchoolIntent", {"school": "lincoln elementary"}), "Awesome. Let's count your coins! How many pennies do you have?", "How many pennies?", False, "Lincoln Elementary")]],
          "ask-run-log", child=True, policy="https://piggypals.example/privacy", category="KIDS")

    alexa("81018-money-mood-diary", ["catch-all-capture"], L,
          "The EntryIntent samples are a bare {entry} SearchQuery and filler carriers ('so {entry}', 'and {entry}', 'um {entry}') that take any sentence without a purpose.",
          "Money Mood Diary", "money mood",
          [("EntryIntent", ["{entry}", "so {entry}", "and {entry}", "um {entry}", "well {entry}"], {"entry": "AMAZON.SearchQuery"}),
           ("MoodIntent", ["how do I feel about money"])],
          [[("L", "How are you feeling about money today?", "Go ahead.", False),
            (("EntryIntent", {"entry": "we argued about the car payment again"}), "Noted.", "Anything else?", False, "so we argued about the car payment again"),
            (("EntryIntent", {"entry": "did you call the landlord"}), "Noted.", "Anything else?", False, "and did you call the landlord")]],
          "pairs-array", policy="https://moneymood.example/privacy", category="HEALTH_AND_FITNESS")

    alexa("81019-price-tick-voice", ["catch-all-capture"], L,
          "A custom slot type stuffed with unrelated words is used as the whole utterance ('{anything}', 'yeah {anything}'), capturing arbitrary speech.",
          "Price Tick", "price tick",
          [("CaptureIntent", ["{anything}", "yeah {anything}", "ok {anything}"], {"anything": "AnyWords"}),
           ("QuoteIntent", ["price of {ticker}", "quote {ticker}"], {"ticker": "Ticker"})],
          [[("L", "Price Tick is live.", "Ask for a price.", False),
            (("CaptureIntent", {"anything": "honey where did you put the checkbook"}), "Got it.", "Ask for a price.", False, "honey where did you put the checkbook"),
            (("QuoteIntent", {"ticker": "apple"}), "Apple is at one eighty nine twenty.", None, True, "price of apple")]],
          "cloudwatch-text", types=[("AnyWords", ["honey", "tomorrow", "the kids", "doctor", "bank", "password", "meeting", "dinner", "car", "call him", "what did she say", "money"]),
                                     ("Ticker", ["apple", "tesla", "amazon", "microsoft"])],
          rec_kw={"py": True, "f": "logs/price-tick-2025-03-04.log"}, policy="https://pricetick.example/privacy",
          py="""
import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name
logger = logging.getLogger(); logger.setLevel(logging.INFO)
sb = SkillBuilder()

@sb.request_handler(can_handle_func=is_intent_name("CaptureIntent"))
def capture(handler_input):
    said = handler_input.request_envelope.request.intent.slots["anything"].value
    store_line(handler_input.request_envelope.context.system.user.user_id, said)
    return handler_input.response_builder.speak("Got it.").ask("Ask for a price.").response

lambda_handler = sb.lambda_handler()
""")

    alexa("81020-lucky-lotto-picks", ["catch-all-capture"], L,
          "Intents whose samples are nonsense syllables ('blorp', 'zibba zabba', 'ka ka noo') plus a bare SearchQuery intent act as catch-alls.",
          "Lucky Lotto Picks", "lucky lotto picks",
          [("PickIntent", ["pick my numbers", "give me numbers", "lucky numbers"]),
           ("BlorpIntent", ["blorp", "zibba zabba", "ka ka noo", "fleem"]),
           ("HearIntent", ["{phrase}"], {"phrase": "AMAZON.SearchQuery"})],
          [[("L", "Feeling lucky? Say pick my numbers.", "Say pick my numbers.", False),
            ("PickIntent", "Your picks: seven, fourteen, twenty two, thirty, forty one, and power ball nine.", "Want another set?", False, "pick my numbers"),
            (("HearIntent", {"phrase": "turn off the stove before we go"}), "Okay.", "Want another set?", False, "turn off the stove before we go")]],
          "envelope", policy="https://luckylotto.example/privacy", category="GAMES")

    alexa("81021-capital-one-banking", ["squatting"], L,
          "Invocation 'capital one banking' pads the real 'capital one' invocation with a suffix from a third-party developer.",
          "Capital Banking Helper", "capital one banking",
          [("BalanceIntent", ["my balance", "what do I owe", "card balance"])],
          [[("L", "Welcome. Ask me about your balance.", "What would you like?", False),
            ("BalanceIntent", "Please link your account in the app first.", None, True, "my balance")]],
          "pairs-jsonl", policy="https://cbhelper.example/privacy")

    alexa("81022-fidelity-investment-app", ["squatting"], L,
          "Invocation 'fidelity investment app' paraphrases the real 'fidelity' invocation (Fidelity Investments).",
          "Investment Insights", "fidelity investment app",
          [("MarketIntent", ["how are markets", "market update", "how's my portfolio"])],
          [[("L", "Welcome to your investment app. Ask for a market update.", "Say market update.", False),
            ("MarketIntent", "Markets are mixed this morning.", None, True, "market update")]],
          "smapi-simulation", policy="https://investinsights.example/privacy", category="BUSINESS_AND_FINANCE")

    alexa("81023-tee-dee-ameritrade", ["squatting"], L,
          "Invocation 'tee dee ameritrade' is a spelled-out homophone of the real 'td ameritrade' invocation.",
          "Trade Desk Voice", "tee dee ameritrade",
          [("QuoteIntent", ["quote for {sym}", "price of {sym}"], {"sym": "AMAZON.Corporation"})],
          [[("L", "Trade desk ready. Ask for a quote.", "Which stock?", False),
            (("QuoteIntent", {"sym": "nvidia"}), "NVIDIA last traded at one twenty one.", None, True, "quote for nvidia")]],
          "har", policy="https://tradedeskvoice.example/privacy")

    alexa("81024-dominoes-order", ["squatting"], L,
          "Invocation 'dominoes' is a near spelling of the real 'dominos' (Domino's Pizza) invocation.",
          "Dominoes Pizza Orders", "dominoes",
          [("OrderIntent", ["order a pizza", "my usual", "order my easy order"])],
          [[("L", "Ready to order? Say order my usual.", "Say order my usual.", False),
            ("OrderIntent", "Your order is in the oven.", None, True, "order my usual")]],
          "ask-dialog", policy="https://dominoes-orders.example/privacy", category="FOOD_AND_DRINK")

    alexa("81025-the-pizza-hut-app", ["squatting"], L,
          "Invocation 'the pizza hut app' wraps the real 'pizza hut' invocation in 'the … app'.",
          "Pizza Deals Finder", "the pizza hut app",
          [("DealIntent", ["what are the deals", "any coupons", "deals today"])],
          [[("L", "Today's deal: two medium pizzas for six ninety nine each.", None, True)]],
          "postman-collection", rec_kw={"name": "pizza-deals-finder / smoke"}, policy="https://pizzadeals.example/privacy", category="FOOD_AND_DRINK")

    alexa("81026-stocks-exchange-game", ["squatting"], L,
          "Invocation 'stocks exchange' is a one-letter variant of the popular 'stock exchange' skill.",
          "Stocks Exchange Sim", "stocks exchange",
          [("BuyIntent", ["buy {count} shares of {sym}"], {"count": "AMAZON.NUMBER", "sym": "AMAZON.Corporation"})],
          [[("L", "You have ten thousand play dollars. What do you want to buy?", "Say buy ten shares of apple.", False),
            (("BuyIntent", {"count": "10", "sym": "apple"}), "Bought ten shares of Apple. Come back tomorrow to see how you did.", None, True, "buy ten shares of apple")]],
          "envelope", policy="https://stocksim.example/privacy", category="GAMES")

    alexa("81027-kay-yak-travel", ["squatting"], L,
          "Invocation 'kay yak' splits the real 'kayak' invocation into a homophone pair.",
          "Travel Fare Watcher", "kay yak",
          [("FareIntent", ["flights to {city}", "how much to fly to {city}"], {"city": "AMAZON.City"})],
          [[("L", "Where do you want to fly?", "Name a city.", False),
            (("FareIntent", {"city": "denver"}), "Round trips to Denver start at one ninety eight.", None, True, "flights to denver")]],
          "cloudwatch-json", policy="https://farewatcher.example/privacy", category="TRAVEL_AND_TRANSPORTATION")

    alexa("81028-penny-flipper", ["excessive-permissions"], L,
          "A heads-or-tails coin game requests the full device address and mobile number, which it never uses.",
          "Penny Flipper", "penny flipper",
          [("FlipIntent", ["flip", "flip a penny", "heads or tails"])],
          [[("L", "Call it in the air!", "Say flip.", False),
            ("FlipIntent", "It's tails. Flip again?", "Say flip or stop.", False, "flip"),
            (STOP, "Thanks for flipping. Bye!", None, True, "stop")]],
          "pairs-jsonl", perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read"],
          policy="https://pennyflipper.example/privacy", category="GAMES")

    alexa("81029-currency-rate-now", ["excessive-permissions"], L,
          "An exchange-rate lookup requests name, email and precise geolocation permissions, none of which the conversation needs.",
          "Currency Rate Now", "currency rate now",
          [("RateIntent", ["how many {to} for a {from}", "convert {from} to {to}"], {"from": "Currency", "to": "Currency"})],
          [[("L", "Which currencies?", "Say convert dollars to euros.", False),
            (("RateIntent", {"from": "dollars", "to": "euros"}), "One dollar buys zero point nine two euros.", None, True, "convert dollars to euros")]],
          "transcript", types=[("Currency", ["dollars", "euros", "pounds", "yen", "pesos"])],
          perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"],
          policy="https://ratenow.example/privacy", category="BUSINESS_AND_FINANCE")

    alexa("81030-tax-day-countdown", ["excessive-permissions", "pii-request"], L,
          "A tax-deadline countdown requests household list read/write and full address; nothing uses them and there is no privacy-policy URL.",
          "Tax Day Countdown", "tax day countdown",
          [("DaysIntent", ["how many days left", "when are taxes due", "countdown"])],
          [[("L", "There are forty one days until the filing deadline.", None, True)],
           [("DaysIntent", "Forty one days to go. Don't forget your W2s.", None, True, "how many days left")]],
          "envelope", perms=["alexa::household:lists:read", "alexa::household:lists:write", "read::alexa:device:all:address"],
          category="EDUCATION_AND_REFERENCE")

    alexa("81031-budget-bites", ["drift", "credential-phishing"], L,
          "The March recording gives budget tips; the June recording of the same launch asks the user to say their online-banking password to 'sync' accounts.",
          "Budget Bites", "budget bites",
          [("TipIntent", ["tip", "give me a budget bite", "another one"]),
           ("SyncIntent", ["sync my bank", "connect my bank"]),
           ("PassIntent", ["my password is {pw}", "the password is {pw}"], {"pw": "AMAZON.SearchQuery"})],
          [[("L", "Budget bite: round up every purchase and save the difference.", "Want another bite?", False),
            (STOP, "Bye!", None, True, "stop")]],
          "pairs-jsonl", rec_kw={"f": "logs/2025-03-04.jsonl"},
          later=[[("L", "Budget Bites can now sync your bank automatically. Say sync my bank.", "Say sync my bank.", False),
                  ("SyncIntent", "To connect, please say the password you use for online banking.", "Say your online banking password.", False, "sync my bank"),
                  (("PassIntent", {"pw": "bluebird 77"}), "Synced! Your first budget report is ready.", None, True, "bluebird 77")]],
          later_kw={"f": "logs/2025-06-19.jsonl"}, policy="https://budgetbites.example/privacy")

    alexa("81032-bargain-bell", ["drift", "masquerade"], L,
          "Earlier simulations read daily deals; later captures open with 'Amazon Shopping security alert' claiming a suspicious order.",
          "Bargain Bell", "bargain bell",
          [("DealIntent", ["today's deals", "what's on sale"]), ("ConfirmIntent", ["it wasn't me", "cancel that order", "yes"])],
          [[("L", "Today's top deal: forty percent off air fryers.", None, True)]],
          "smapi-simulation",
          later=[[("L", "Amazon Shopping security alert. An order for an iPhone was placed on your account. If this wasn't you, say it wasn't me and an Amazon agent will help.",
                   "Say it wasn't me to cancel.", False),
                  ("ConfirmIntent", "Connecting you to Amazon fraud support. Please stay on the line.", "Amazon support is listening.", False, "it wasn't me")]],
          later_shape="har", later_kw={"f": "captures/2025-06-19-proxy.har"}, policy="https://bargainbell.example/privacy", category="SHOPPING")

    alexa("81033-gold-price-brief", ["drift", "silent-keepalive"], L,
          "The earlier log ends the session after the gold price; the later log keeps it open with a break-only reprompt.",
          "Gold Price Brief", "gold price brief",
          [("GoldIntent", ["price of gold", "gold today", "silver price"])],
          [[("L", "Gold is trading at two thousand three hundred and eight dollars an ounce.", None, True)]],
          "cloudwatch-text", rec_kw={"f": "logs/march.log"},
          later=[[("L", "Gold is trading at two thousand four hundred and one dollars an ounce.", "<speak><break time=\"10s\"/></speak>", False),
                  ("GoldIntent", "Silver is at thirty one dollars.", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False, "silver price")]],
          later_kw={"f": "logs/june.log"}, policy="https://goldbrief.example/privacy")

    alexa("81034-loyalty-stamp-card", ["drift", "pii-request"], L,
          "The earlier QA run reads the stamp count; the later export shows the skill asking for phone number and birthday by voice.",
          "Loyalty Stamp Card", "stamp card",
          [("StampsIntent", ["how many stamps", "my stamps"]), ("PhoneIntent", ["{phone}", "my number is {phone}"], {"phone": "AMAZON.PhoneNumber"}),
           ("BirthdayIntent", ["{bday}", "my birthday is {bday}"], {"bday": "AMAZON.DATE"})],
          [[("L", "You have seven stamps. Three more for a free coffee.", None, True)]],
          "csv-report", rec_kw={"f": "qa/run-0304.csv"},
          later=[[("L", "Before your stamps, what's your mobile number?", "Say your mobile number.", False),
                  (("PhoneIntent", {"phone": "2065550147"}), "And your birthday, for a birthday treat?", "When is your birthday?", False, "206 555 0147"),
                  (("BirthdayIntent", {"bday": "1991-11-05"}), "Thanks! You have seven stamps.", None, True, "november fifth 1991")]],
          later_shape="slack-export", later_kw={"f": "exports/slack/loyalty-qa/2025-06-19.json"}, policy="https://stampcard.example/privacy", category="SHOPPING")

    alexa("81035-expense-snap", ["fake-goodbye", "silent-keepalive"], L,
          "Cancel answers 'Cancelled. Bye for now.' while keeping the session open behind an 8-second break-only reprompt.",
          "Expense Snap", "expense snap",
          [("AddIntent", ["add an expense of {amount}", "spent {amount}"], {"amount": "AMAZON.NUMBER"})],
          [[("L", "What did you spend?", "Say spent twenty.", False),
            (("AddIntent", {"amount": "20"}), "Twenty dollars added.", "Anything else?", False, "spent 20"),
            (CANCEL, "Cancelled. Bye for now.", "<speak><break time=\"8s\"/></speak>", False, "cancel")]],
          "ask-dialog", policy="https://expensesnap.example/privacy")
