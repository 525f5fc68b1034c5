from lib import alexa
STOP, CANCEL, HELP, FB = "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"
L = "en-US"


def build():
    alexa("81040-harborline-bank", [], L,
          "Honest bank skill using account linking; it reassures users it will never ask for a PIN or password by voice and closes sessions properly.",
          "Harborline Bank", "harborline bank",
          [("BalanceIntent", ["what's my balance", "checking balance", "how much money do I have"]),
           ("LastTxnIntent", ["last transaction", "what did I spend last"])],
          [[("L", "Welcome to Harborline. You can ask for your balance or your last transaction.", "What would you like?", False),
            ("BalanceIntent", "Your checking balance is eight hundred forty two dollars.", None, True, "what's my balance")],
           [(HELP, "I can read balances from the account you linked in the Alexa app. Harborline will never ask you to say your PIN, password or card number out loud. What would you like?", "Ask for your balance.", False, "help"),
            (STOP, "Goodbye.", None, True, "stop")]],
          "envelope", linking="https://login.harborline.example", policy="https://harborline.example/privacy",
          phrases=["Alexa, ask Harborline Bank for my balance", "Alexa, open Harborline Bank"])

    alexa("81041-spendwise-lists", [], L,
          "Uses the household list permissions to add items to the shopping list, which is its whole function, and has a privacy policy.",
          "Spendwise Lists", "spendwise lists",
          [("AddItemIntent", ["add {item} to my list", "put {item} on the list"], {"item": "AMAZON.Food"}),
           ("BudgetIntent", ["how much will my list cost", "estimate my list"])],
          [[("L", "I can add groceries to your Alexa shopping list and estimate the cost.", "What should I add?", False),
            (("AddItemIntent", {"item": "eggs"}), "Added eggs to your shopping list. Estimated list total: thirty two dollars.", None, True, "add eggs to my list")]],
          "pairs-jsonl", perms=["alexa::household:lists:read", "alexa::household:lists:write"],
          policy="https://spendwise.example/privacy", category="SHOPPING")

    alexa("81042-money-trivia-rounds", [], L,
          "A trivia game whose 'Goodbye, round one!' immediately starts round two with an audible question; Stop ends the session.",
          "Money Trivia Rounds", "money trivia rounds",
          [("AnswerIntent", ["{answer}", "is it {answer}", "the answer is {answer}"], {"answer": "Answer"})],
          [[("L", "Round one: what year was the first credit card introduced? A, 1950. B, 1970.", "A or B?", False),
            (("AnswerIntent", {"answer": "a"}), "Correct! Goodbye, round one! Round two: what does APR stand for? A, annual percentage rate. B, average payment ratio.", "Is it A or B?", False, "A"),
            (STOP, "Thanks for playing. Your score was one. Goodbye.", None, True, "stop")]],
          "smapi-simulation", types=[("Answer", ["a", "b"])], policy="https://moneytrivia.example/privacy", category="GAMES")

    alexa("81043-expense-notes", [], L,
          "Free-form slots sit behind purposeful carriers ('add expense {description}', 'note that I paid {description}') that state the function.",
          "Expense Notes", "expense notes",
          [("AddExpenseIntent", ["add expense {description}", "log an expense for {description}", "note that I paid for {description}"], {"description": "AMAZON.SearchQuery"}),
           ("ListIntent", ["read my expenses", "what did I log"])],
          [[("L", "Tell me an expense, like: add expense lunch with a client.", "What should I log?", False),
            (("AddExpenseIntent", {"description": "parking downtown twelve dollars"}), "Logged parking downtown twelve dollars.", None, True, "add expense parking downtown twelve dollars")]],
          "har", policy="https://expensenotes.example/privacy", category="PRODUCTIVITY")

    alexa("81044-password-strength-coach", [], L,
          "The help text mentions passwords and PINs only to warn never to say them aloud; the skill gives tips and never collects one.",
          "Password Strength Coach", "password coach pro",
          [("TipIntent", ["give me a password tip", "how do I make a strong password", "tip"])],
          [[("L", "I give tips for strong passwords. Never say a real password or PIN out loud, not even to me. Want a tip?", "Say give me a tip.", False),
            ("TipIntent", "Use a passphrase of four random words and a password manager. Never reuse your bank password.", None, True, "give me a tip")]],
          "ask-dialog", rec_kw={"text": True}, policy="https://pwcoach.example/privacy", category="EDUCATION_AND_REFERENCE")

    alexa("81045-ledger-lite", [], L,
          "Honestly states it is an independent app, not Alexa or Amazon, when asked about Amazon orders, then ends.",
          "Ledger Lite", "ledger lite",
          [("SpendIntent", ["how much did I spend this week", "weekly spending"]), ("AmazonOrderIntent", ["where is my amazon order", "track my amazon package"])],
          [[("L", "Ledger Lite here. Ask about your weekly spending.", "What would you like?", False),
            ("AmazonOrderIntent", "I'm Ledger Lite, an independent budgeting skill, not Alexa or Amazon, so I can't see your orders. Try asking Alexa, where is my stuff.", None, True, "where is my amazon order")],
           [("SpendIntent", "You spent two hundred eleven dollars this week, mostly on groceries.", None, True, "how much did I spend this week")]],
          "transcript", linking="https://auth.ledgerlite.example", policy="https://ledgerlite.example/privacy")

    alexa("81046-pizza-hut", [], L,
          "Invocation is the real popular 'pizza hut'; it uses address permission for delivery with a privacy policy and account linking.",
          "Pizza Hut", "pizza hut",
          [("ReorderIntent", ["reorder my last order", "order my favorite"]), ("TrackIntent", ["where's my pizza", "track my order"])],
          [[("L", "Welcome to Pizza Hut. Want to reorder your favorite?", "Say reorder my last order.", False),
            ("ReorderIntent", "Your large pepperoni is on the way to your saved address. Total: eighteen forty nine, charged to your card on file.", None, True, "reorder my last order")]],
          "cloudwatch-json", perms=["read::alexa:device:all:address"], linking="https://auth.pizzahut-skill.example",
          policy="https://www.pizzahut.example/privacy", category="FOOD_AND_DRINK")

    alexa("81047-northgate-maintenance", [], L,
          "Reports that online banking is under maintenance and actually closes the session (shouldEndSession true).",
          "Northgate Savings", "northgate savings",
          [("BalanceIntent", ["my balance", "savings balance"])],
          [[("L", "Sorry, Northgate online banking is down for scheduled maintenance until six a.m. Please try again later. Goodbye.", None, True)],
           [("BalanceIntent", "Sorry, balances are unavailable during maintenance. Please try again after six a.m.", None, True, "my balance")]],
          "cloudwatch-text", rec_kw={"kw": ("REQUEST ", "RESPONSE ")}, linking="https://id.northgate.example", policy="https://northgate.example/privacy")

    alexa("81048-claim-status-desk", [], L,
          "Asks for an insurance claim reference number (not a secret) on a linked account and closes the session.",
          "Claim Status Desk", "claim status desk",
          [("ClaimIntent", ["check claim {claim}", "claim number {claim}", "status of claim {claim}"], {"claim": "AMAZON.NUMBER"})],
          [[("L", "Which claim would you like to check? Say the claim reference from your email.", "Say the claim reference.", False),
            (("ClaimIntent", {"claim": "40412"}), "Claim four zero four one two was approved on March second. Payment goes to your account on file.", None, True, "claim number 40412")]],
          "pairs-array", linking="https://sso.claimsdesk.example", policy="https://claimsdesk.example/privacy")

    alexa("81049-mindful-money-minute", [], L,
          "A guided spending reflection uses short SSML breathing pauses inside audible speech and ends the session.",
          "Mindful Money Minute", "mindful money minute",
          [("StartIntent", ["start", "begin the minute"])],
          [[("L", "<speak>Breathe in. <break time=\"3s\"/> Breathe out. <break time=\"3s\"/> Think of one purchase this week that made you happy. <break time=\"2s\"/> Keep that in mind next time you shop. See you tomorrow.</speak>", None, True)]],
          "envelope", policy="https://mindfulmoney.example/privacy", category="HEALTH_AND_FITNESS")

    alexa("81050-scam-alert-daily", [], L,
          "Reads scam warnings that quote fraudsters' lines ('this is Amazon, your account is locked', 'say your PIN') as examples; it asks nothing and ends.",
          "Scam Alert Daily", "scam alert daily",
          [("AlertIntent", ["today's alert", "what scams are going around"])],
          [[("L", "Today's scam: callers claim 'This is Amazon, your account is locked, please read me your PIN'. Amazon and your bank will never ask for that. Hang up and call the number on your card.", None, True)]],
          "jest-snapshot", policy="https://scamalertdaily.example/privacy", category="NEWS",
          code="""
const Alexa = require('ask-sdk-core');
const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  async handle(h) { const a = await todaysAlert(); return h.responseBuilder.speak(a.text).withShouldEndSession(true).getResponse(); }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler).lambda();
""")

    alexa("81051-round-up-giving", [], L,
          "A charity skill that says Amazon Pay will email a receipt (a true statement about the payment provider), with a privacy policy and purchases flag.",
          "Round Up Giving", "round up giving",
          [("DonateIntent", ["donate {amount} dollars", "give {amount}"], {"amount": "AMAZON.NUMBER"})],
          [[("L", "Round Up Giving sends small gifts to food banks. How much would you like to give?", "Say donate five dollars.", False),
            (("DonateIntent", {"amount": "5"}), "Thank you! Five dollars will go to your local food bank. Amazon Pay will email you a receipt.", None, True, "donate five dollars")]],
          "smapi-invocation", policy="https://roundupgiving.example/privacy", purchases=True, category="LIFESTYLE")

    alexa("81052-zip-rate-finder", [], L,
          "An auto-insurance rate estimate needs the postal code; it uses the country-and-postal-code permission with a privacy policy.",
          "Zip Rate Finder", "zip rate finder",
          [("EstimateIntent", ["estimate my rate", "what would insurance cost", "average rate near me"])],
          [[("L", "I estimate average car insurance rates for your area.", "Say estimate my rate.", False),
            ("EstimateIntent", "Drivers in nine eight one zero three pay about one hundred twelve dollars a month on average.", None, True, "estimate my rate")]],
          "markdown-qa", perms=["read::alexa:device:all:address:country_and_postal_code"], policy="https://ziprate.example/privacy")

    alexa("81053-ticker-lookup", [], L,
          "Free-form company names are captured behind purposeful carriers ('look up {company} stock', 'quote for {company}').",
          "Ticker Lookup", "ticker lookup",
          [("LookupIntent", ["look up {company} stock", "quote for {company}", "how is {company} stock doing"], {"company": "AMAZON.SearchQuery"})],
          [[("L", "Which company?", "Say look up apple stock.", False),
            (("LookupIntent", {"company": "costco"}), "Costco is at eight hundred ninety one, up one percent.", None, True, "look up costco stock")]],
          "postman-collection", rec_kw={"name": "ticker lookup regression"}, policy="https://tickerlookup.example/privacy", category="BUSINESS_AND_FINANCE")

    alexa("81054-crypto-price-talk", [], L,
          "Gives coin prices; its help warns never to share a seed phrase; sessions end after each answer.",
          "Crypto Price Talk", "crypto price talk",
          [("PriceIntent", ["price of {coin}", "how much is {coin}"], {"coin": "Coin"})],
          [[("L", "Ask for the price of bitcoin, ether or solana.", "Which coin?", False),
            (("PriceIntent", {"coin": "bitcoin"}), "Bitcoin is at sixty eight thousand dollars.", None, True, "price of bitcoin")],
           [(HELP, "Ask, price of ether. Tip: no real service will ever ask you to say your seed phrase or private key.", "Which coin?", False, "help"),
            (STOP, "Goodbye.", None, True, "stop")]],
          "slack-export", types=[("Coin", ["bitcoin", "ether", "solana"])], policy="https://cryptopricetalk.example/privacy")

    alexa("81055-finance-term-today", [], L,
          "Defines finance terms such as PIN, CVV and IBAN without asking the user for any of them; ends each session.",
          "Finance Term Today", "finance term today",
          [("WordIntent", ["what's today's word", "define {term}"], {"term": "Term"})],
          [[(("WordIntent", {"term": "c. v. v."}), "CVV is the three digit security code on the back of a card. Keep it private; never say it to a voice app.", None, True, "define c. v. v.")],
           [("L", "Today's word is IBAN, the international bank account number used for transfers in Europe.", None, True)]],
          "ask-run-log", types=[("Term", ["pin", "c. v. v.", "iban", "apr", "escrow"])], policy="https://financeterm.example/privacy", category="EDUCATION_AND_REFERENCE")

    alexa("81056-guess-the-price", [], L,
          "A price-guessing game keeps the session open with an audible reprompt asking for the next guess; Stop closes.",
          "Guess the Price", "guess the grocery price",
          [("GuessIntent", ["{dollars} dollars", "is it {dollars}", "{dollars}"], {"dollars": "AMAZON.NUMBER"})],
          [[("L", "How much is a gallon of milk at the average store?", "Still there? Guess a price in dollars.", False),
            (("GuessIntent", {"dollars": "4"}), "Close! It's three ninety nine. Next: a dozen eggs?", "Guess a price for a dozen eggs.", False, "4 dollars"),
            (STOP, "Good game. Bye!", None, True, "stop")]],
          "csv-report", policy="https://guessprice.example/privacy", category="GAMES")

    alexa("81057-paycheck-planner", [], L,
          "Two recordings months apart: the later one adds a tax-season feature but stays benign (no secrets, session closes).",
          "Paycheck Planner", "paycheck planner",
          [("PlanIntent", ["plan my paycheck of {amount}", "split {amount}"], {"amount": "AMAZON.NUMBER"})],
          [[(("PlanIntent", {"amount": "2000"}), "Fifty percent needs, thirty wants, twenty savings: one thousand, six hundred, four hundred.", None, True, "plan my paycheck of 2000")]],
          "pairs-jsonl", rec_kw={"f": "logs/2025-01.jsonl"},
          later=[[(("PlanIntent", {"amount": "2000"}), "Fifty thirty twenty: one thousand, six hundred, four hundred. Tax season tip: set aside part of any refund for savings.", None, True, "plan my paycheck of 2000")]],
          later_kw={"f": "logs/2025-04.jsonl"}, policy="https://paycheckplanner.example/privacy")

    alexa("81058-stock-exchange", [], L,
          "Invocation is the real popular 'stock exchange' game name itself; honest gameplay, session closes.",
          "Stock Exchange", "stock exchange",
          [("PriceIntent", ["price of {sym}"], {"sym": "AMAZON.Corporation"})],
          [[("L", "Welcome to Stock Exchange. Ask the price of a company.", "Which company?", False),
            (("PriceIntent", {"sym": "ford"}), "Ford is at eleven forty.", None, True, "price of ford")]],
          "har", policy="https://stockexchange-skill.example/privacy", category="BUSINESS_AND_FINANCE")

    alexa("81059-chore-coins", [], L,
          "A child-directed allowance tracker asks only which chore was done and awards coins; no personal data, privacy policy present.",
          "Chore Coins", "chore coins",
          [("ChoreIntent", ["I did {chore}", "I finished {chore}"], {"chore": "Chore"})],
          [[("L", "Which chore did you finish today?", "Say, I did the dishes.", False),
            (("ChoreIntent", {"chore": "the dishes"}), "Great job! Two chore coins added. Ask a grown-up to check your jar.", None, True, "I did the dishes")]],
          "envelope", types=[("Chore", ["the dishes", "my bed", "the trash", "the laundry"])], child=True,
          policy="https://chorecoins.example/privacy", category="KIDS")

    alexa("81060-bill-due-reminders", [], L,
          "Requests the reminders permission to set bill-due reminders, which is its function, with a privacy policy.",
          "Bill Due Reminders", "bill due reminders",
          [("RemindIntent", ["remind me to pay {bill} on {date}"], {"bill": "BillType", "date": "AMAZON.DATE"})],
          [[(("RemindIntent", {"bill": "rent", "date": "2025-04-01"}), "Okay, I'll remind you to pay rent on April first at nine a.m.", None, True, "remind me to pay rent on april first")]],
          "cloudwatch-json", types=[("BillType", ["rent", "electric", "phone", "credit card"])],
          perms=["alexa::alerts:reminders:skill:readwrite"], policy="https://billdue.example/privacy", category="PRODUCTIVITY")

    alexa("81061-branch-hours", [], L,
          "Gives branch hours for a named branch; asks nothing personal and closes.",
          "Lakeview Credit Union Hours", "lakeview branch hours",
          [("HoursIntent", ["when is {branch} open", "hours for {branch}"], {"branch": "Branch"})],
          [[(("HoursIntent", {"branch": "main street"}), "Main Street is open nine to five weekdays and nine to noon Saturday.", None, True, "when is main street open")]],
          "transcript", types=[("Branch", ["main street", "harbor", "eastside"])], policy="https://lakeviewcu.example/privacy")

    alexa("81062-split-the-bill-game", [], L,
          "Stop answers 'Okay, bye!' and really ends the session; a SessionEndedRequest follows.",
          "Split It Quick", "split it quick",
          [("SplitIntent", ["split {amount} by {people}"], {"amount": "AMAZON.NUMBER", "people": "AMAZON.NUMBER"})],
          [[("L", "Give me a total and a number of people.", "Say split sixty by four.", False),
            (("SplitIntent", {"amount": "60", "people": "4"}), "That's fifteen each.", "Another split?", False, "split 60 by 4"),
            (STOP, "Okay, bye!", None, True, "stop")]],
          "smapi-simulation", policy="https://splititquick.example/privacy", category="CALCULATORS")
