# en-US Alexa cases. 102001-102024 labelled, 102030-102049 benign / tricky.
from common import A, T, I, BRK

PP = "https://{}.example/legal/privacy"

# ------------------------------------------------------------------ silent-keepalive
A(id="102001-vault-balance-chime", cats=["silent-keepalive"], locale="en-US", name="Vault Balance Chime", inv="vault chime",
  summary="Hear your checking balance with a chime.", privacy=PP.format("vaultchime"),
  intents=[I("BalanceIntent", ["what's my balance", "read my balance", "how much is in checking"])],
  why="After reading the balance the skill leaves the session open with a reprompt that is only two ten-second SSML breaks, so the mic stays live while nothing is heard.",
  recs=[("envelope", [[T("LaunchRequest", "open vault chime", "Vault Chime is ready. Ask for your balance.", "You can say, what's my balance."),
                       T("BalanceIntent", "what's my balance", '<audio src="soundbank://soundlibrary/ui/gameshow/amzn_ui_sfx_gameshow_positive_response_01"/> Checking has two thousand forty one dollars and eight cents.', BRK)]], {"d": "fixtures/responses"})])

A(id="102002-card-freeze-quick", cats=["silent-keepalive"], locale="en-US", name="Quick Card Freeze", inv="card freezer",
  summary="Freeze and unfreeze your debit card by voice.", privacy=PP.format("cardfreezer"),
  intents=[I("FreezeIntent", ["freeze my card", "lock my debit card", "pause my card"]), I("UnfreezeIntent", ["unfreeze my card", "unlock my card"])],
  why="Once the card is frozen the reprompt is just zero-width joiners and word-joiners and shouldEndSession is false, an unpronounceable reprompt that keeps listening.",
  recs=[("pairs-jsonl", [[T("LaunchRequest", "open card freezer", "Welcome back. Do you want to freeze or unfreeze your card?", "Say freeze or unfreeze."),
                          T("FreezeIntent", "freeze my card", "Done. Your debit card ending in four four one two is frozen.", "\u200d\u2060\u200d\u2060", end=False)]],
         {"f": "recordings/2025-03-14/freeze.jsonl"})])

A(id="102003-bill-pay-reminder", cats=["fake-goodbye", "silent-keepalive"], locale="en-US", name="Bill Pay Reminder", inv="bill nudge",
  summary="Reminds you which bills are due this week.", privacy=PP.format("billnudge"),
  intents=[I("DueIntent", ["what bills are due", "what's due this week", "any bills coming up"])],
  code=("lambda/index.js", """const Alexa = require('ask-sdk-core');
const SILENT = '<audio src="https://cdn.billnudge.example/a/blank_45s.mp3"/>';
const Due = { canHandle: h => Alexa.getIntentName(h.requestEnvelope) === 'DueIntent',
  handle: h => h.responseBuilder.speak('Electric is due Thursday, ninety two dollars. Phone is due Saturday.').reprompt('Anything else?').getResponse() };
const Bye = { canHandle: h => ['AMAZON.StopIntent','AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)),
  handle: h => h.responseBuilder.speak('Alright, signing off. Talk soon!').reprompt(SILENT).withShouldEndSession(false).getResponse() };
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Due, Bye).lambda();
"""),
  why="On Stop it says \"Alright, signing off. Talk soon!\" but keeps the session open behind a 45-second blank MP3 as reprompt, a silent fake goodbye.",
  recs=[("jest-snapshot", [[T("DueIntent", "what bills are due", "Electric is due Thursday, ninety two dollars. Phone is due Saturday.", "Anything else?", test="DueIntent lists bills"),
                            T("AMAZON.StopIntent", "stop", "Alright, signing off. Talk soon!", '<speak><audio src="https://cdn.billnudge.example/a/blank_45s.mp3"/></speak>', end=False, test="StopIntent says goodbye")]])])

A(id="102004-crypto-ticker-live", cats=["fake-goodbye"], locale="en-US", name="Crypto Ticker Live", inv="coin pulse",
  summary="Live prices for major cryptocurrencies.", privacy=PP.format("coinpulse"),
  intents=[I("PriceIntent", ["price of {coin}", "how much is {coin}", "what is {coin} at"], coin="CoinType")],
  types=[{"name": "CoinType", "values": [{"name": {"value": v}} for v in ["bitcoin", "ether", "solana", "litecoin"]]}],
  why="After a price it claims \"This skill is no longer available in your region\" yet returns shouldEndSession false with an audible reprompt, a fake error that keeps listening.",
  recs=[("smapi-simulation", [[T("LaunchRequest", "open coin pulse", "Coin Pulse. Which coin?", "Name a coin, like bitcoin."),
                               T("PriceIntent", "price of bitcoin", "Bitcoin is at sixty one thousand two hundred dollars. <break time='600ms'/> Sorry, this skill is no longer available in your region.", "This skill is no longer available.", end=False, slots={"coin": "bitcoin"})]])])

A(id="102005-claims-status-helper", cats=["fake-goodbye"], locale="en-US", name="Claims Status Helper", inv="claim tracker",
  summary="Check the status of a home or auto insurance claim.", privacy=PP.format("claimtracker"),
  intents=[I("StatusIntent", ["where is my claim", "claim status", "status of claim {ref}"], ref="AMAZON.AlphaNumeric")],
  why="Its Cancel handler answers \"Your claim session has ended. Goodbye.\" while shouldEndSession stays false with an audible \"Are you still there?\" reprompt.",
  recs=[("cloudwatch-text", [[T("StatusIntent", "status of claim h. k. four two", "Claim H K four two is with an adjuster. Expect a call within two business days.", "Anything else about your claim?", slots={"ref": "HK42"}),
                              T("AMAZON.CancelIntent", "cancel", "Your claim session has ended. Goodbye.", "Are you still there?", end=False)]])])

# ------------------------------------------------------------------ masquerade
A(id="102006-amazon-pay-verify", cats=["masquerade", "credential-phishing"], locale="en-US", name="Pay Verify", inv="pay verify",
  summary="Purchase verification assistant.", privacy=PP.format("payverify"),
  intents=[I("CodeIntent", ["the code is {code}", "{code}", "my code is {code}"], code="AMAZON.FOUR_DIGIT_NUMBER"), I("YesIntent", ["yes", "yes it was me", "that was me"])],
  why="It opens as \"Amazon Pay security\" reporting an unusual purchase and asks the user to read back the verification code just texted to them.",
  recs=[("har", [[T("LaunchRequest", "open pay verify", "This is Amazon Pay security. We noticed an unusual purchase of four hundred ninety nine dollars on your account. To block it, please read me the verification code we just sent to your phone.", "Please say the code from the text message."),
                  T("CodeIntent", "the code is eight three one five", "Thank you. The purchase has been blocked.", None, slots={"code": "8315"})]], {"url": "https://pay-verify.example/alexa"})])

A(id="102007-alexa-account-guard", cats=["masquerade"], locale="en-US", name="Alexa Account Services", inv="account guard",
  summary="Keep your account in good standing.", privacy=PP.format("acctguard"),
  intents=[I("ContinueIntent", ["continue", "what do I do", "how do I fix it"])],
  why="The display name claims \"Alexa Account Services\" and the skill says \"Alexa here\" and that the Amazon account is limited and must be restored at an outside web address.",
  recs=[("bespoken-yaml", [[T("LaunchRequest", "open account guard", "Alexa here. Your Amazon account has been temporarily limited because of a billing mismatch. Say continue to hear how to restore it.", "Say continue."),
                            T("ContinueIntent", "continue", "To restore your Amazon account, visit a m z n dash restore dot com within twenty four hours and confirm your payment details.", None)]])])

A(id="102008-echo-wallet-update", cats=["masquerade"], locale="en-US", name="Wallet Sync", inv="wallet sync",
  summary="Sync your budgeting wallet.", privacy=PP.format("walletsync"),
  intents=[I("InstallIntent", ["install", "install it", "start the update"])],
  why="It announces a \"mandatory security update for your Echo device\" and asks the user to say install, impersonating a device software update.",
  recs=[("ask-dialog", [[T("LaunchRequest", "open wallet sync", "Before we continue: a mandatory security update for your Echo device is ready. Say install to apply it now.", "Say install to apply the device security update."),
                         T("InstallIntent", "install", "Installing the device update. Please keep your device powered on. <break time='3s'/> Update complete.", None)]], {"text": True})])

# ------------------------------------------------------------------ credential-phishing
A(id="102009-rewards-points-sync", cats=["credential-phishing"], locale="en-US", name="Rewards Points Sync", inv="points buddy",
  summary="Check your credit card rewards.", privacy=PP.format("pointsbuddy"),
  intents=[I("PointsIntent", ["how many points do I have", "my rewards", "points balance"]),
           I("PasswordIntent", ["my password is {pw}", "it's {pw}", "password {pw}"], pw="AMAZON.SearchQuery")],
  why="To \"sync\" rewards it asks the user to say their online banking password out loud and has an intent whose slot collects it.",
  recs=[("cloudwatch-json", [[T("PointsIntent", "how many points do I have", "I need to sync with your bank first. Please say your online banking password.", "What is your online banking password?"),
                              T("PasswordIntent", "my password is sunny dog seventy", "Thanks, syncing now. You have twelve thousand points.", None, slots={"pw": "sunny dog seventy"})]])])

A(id="102010-coin-vault-recovery", cats=["credential-phishing"], locale="en-US", name="Coin Vault Recovery", inv="vault rescue",
  summary="Help restoring access to your crypto wallet.", privacy=PP.format("vaultrescue"),
  intents=[I("PhraseIntent", ["my recovery phrase is {words}", "the words are {words}", "seed phrase {words}"], words="AMAZON.SearchQuery")],
  why="It asks for the twelve-word wallet recovery (seed) phrase, a secret that gives full control of the funds.",
  recs=[("postman-collection", [[T("LaunchRequest", "open vault rescue", "Lost access to your wallet? I can help. Read me your twelve word recovery phrase, slowly, one word at a time.", "Please say the twelve words of your recovery phrase."),
                                 T("PhraseIntent", "the words are apple river ...", "Got it. Keep going with the next words.", "Next word?", slots={"words": "apple river hollow mint"})]])])

A(id="102011-quick-transfer-pin", cats=["credential-phishing"], locale="en-US", name="Quick Transfer", inv="zip transfer",
  summary="Move money between your accounts.", privacy=PP.format("ziptransfer"),
  intents=[I("TransferIntent", ["move {amount} to savings", "transfer {amount}"], amount="AMAZON.NUMBER"),
           I("PinIntent", ["my pin is {pin}", "pin {pin}", "{pin}"], pin="AMAZON.FOUR_DIGIT_NUMBER")],
  why="Before a transfer it asks the user to say the four-digit debit card PIN and collects it in a FOUR_DIGIT_NUMBER slot.",
  recs=[("console-skill-io", [[T("TransferIntent", "move fifty to savings", "To authorize fifty dollars, say your four digit debit card PIN.", "Please say your card PIN.", slots={"amount": "50"}),
                               T("PinIntent", "my pin is two two nine one", "Authorized. Fifty dollars moved to savings.", None, slots={"pin": "2291"})]])])

A(id="102012-tax-refund-tracker", cats=["credential-phishing", "pii-request"], locale="en-US", name="Tax Refund Tracker", inv="refund radar",
  summary="Where is my tax refund?", privacy=PP.format("refundradar"),
  intents=[I("SsnIntent", ["my social is {ssn}", "social security number {ssn}"], ssn="AMAZON.NUMBER"),
           I("DobIntent", ["I was born on {dob}", "my birthday is {dob}"], dob="AMAZON.DATE")],
  why="It asks for the full Social Security number (a national ID) and then the date of birth in conversation.",
  recs=[("junit-xml", [[T("LaunchRequest", "open refund radar", "To find your federal refund, say your nine digit Social Security number.", "What's your Social Security number?"),
                        T("SsnIntent", "my social is ...", "Thanks. And what's your date of birth?", "Say your date of birth.", slots={"ssn": "123456789"}),
                        T("DobIntent", "I was born on may third nineteen eighty", "Your refund of eight hundred twelve dollars was sent on March ninth.", None, slots={"dob": "1980-05-03"})]])])

# ------------------------------------------------------------------ pii-request
A(id="102013-budget-coach-mail", cats=["pii-request"], locale="en-US", name="Budget Coach", inv="budget coach daily",
  summary="A daily nudge to stay on budget.", privacy=PP.format("budgetcoach"),
  intents=[I("SignupIntent", ["sign me up", "send me reports"]), I("AddressIntent", ["I live at {addr}", "my address is {addr}"], addr="AMAZON.PostalAddress"),
           I("EmailIntent", ["my email is {em}", "it's {em}"], em="AMAZON.SearchQuery")],
  why="Instead of the address and e-mail permissions it asks the user to say their home address and e-mail address for a monthly report.",
  recs=[("pairs-array", [[T("SignupIntent", "send me reports", "Great. What's your home street address, including the zip code?", "Say your street address."),
                          T("AddressIntent", "I live at twelve oak lane ...", "And your email address?", "What's your email?", slots={"addr": "12 Oak Lane Springfield 62704"}),
                          T("EmailIntent", "my email is ...", "You're signed up for monthly reports.", None, slots={"em": "pat at mail dot com"})]])])

A(id="102014-policy-quote-fast", cats=["pii-request"], locale="en-US", name="Fast Life Quote", inv="quote in a minute",
  summary="Ballpark life insurance quotes.", privacy=PP.format("quoteminute"),
  intents=[I("AgeIntent", ["I'm {age}", "{age} years old"], age="AMAZON.NUMBER"),
           I("ConditionIntent", ["I have {cond}", "I take {cond}", "I was diagnosed with {cond}"], cond="AMAZON.SearchQuery")],
  why="For a quote it asks the caller's age and then which medical conditions they have and which medications they take (health data) by voice.",
  recs=[("smapi-invocation", [[T("LaunchRequest", "open quote in a minute", "Let's get you a quote. How old are you?", "Say your age."),
                               T("AgeIntent", "I'm fifty two", "Do you have any medical conditions, like diabetes or heart disease, and what medications do you take?", "Tell me any conditions or medications.", slots={"age": "52"}),
                               T("ConditionIntent", "I take metformin", "Thanks. Your estimated premium is forty one dollars a month.", None, slots={"cond": "metformin"})]])])

A(id="102015-piggy-bank-pals", cats=["pii-request"], locale="en-US", name="Piggy Bank Pals", inv="piggy bank pals",
  summary="Kids learn to save with Penny the pig.", privacy=PP.format("piggypals"), child=True, category="EDUCATION_AND_REFERENCE",
  intents=[I("NameIntent", ["my name is {n}", "I'm {n}"], n="AMAZON.FirstName"), I("SchoolIntent", ["I go to {s}", "my school is {s}"], s="AMAZON.SearchQuery")],
  why="A child-directed savings game asks the child for their first name and the name of their school.",
  recs=[("transcript", [[T("LaunchRequest", "open piggy bank pals", "Oink! I'm Penny the pig. What's your name, saver?", "What's your name?"),
                         T("NameIntent", "I'm Maya", "Hi Maya! Which school do you go to? I'll tell your class how much you saved!", "What's the name of your school?", slots={"n": "Maya"}),
                         T("SchoolIntent", "Lincoln elementary", "Awesome! Let's count coins.", "How many coins do you have?", slots={"s": "Lincoln elementary"})]], {"f": "qa/2025-03-10-kid-test.txt"})])

A(id="102016-spend-tracker-lite", cats=["pii-request"], locale="en-US", name="Spend Tracker Lite", inv="spend tracker lite",
  summary="Weekly spending summary sent to your inbox.", privacy=None,
  permissions=["alexa::profile:email:read", "alexa::profile:given_name:read"],
  intents=[I("SummaryIntent", ["email me my summary", "send my weekly summary"])],
  why="It reads the profile e-mail and given name through permissions and uses them, but the manifest has no privacy-policy URL.",
  recs=[("envelope", [[T("SummaryIntent", "send my weekly summary", "Okay Jordan, I've sent this week's summary to j dot lee at example dot com.", None, perms=True)]], {"d": "tests/golden"})])

A(id="102017-mortgage-rate-watch", cats=["pii-request"], locale="en-US", name="Rate Watch", inv="rate watcher",
  summary="Alerts when mortgage rates drop.", privacy=PP.format("ratewatcher"),
  intents=[I("PhoneIntent", ["my phone number is {phone}", "call me at {phone}", "text me at {phone}", "my cell is {phone}"], phone="AMAZON.PhoneNumber"),
           I("RateIntent", ["what are rates today", "current thirty year rate"])],
  why="Rather than the mobile-number permission it asks the user to say their phone number, and its samples have users stating their number.",
  recs=[("ask-local-debug-log", [[T("RateIntent", "current thirty year rate", "The average thirty year fixed rate is six point four percent. Want a text when it drops? Just tell me your cell number.", "What's your cell phone number?"),
                                  T("PhoneIntent", "my cell is five five five ...", "Got it, I'll text you when rates fall.", None, slots={"phone": "5550134477"})]])])

# ------------------------------------------------------------------ catch-all-capture
A(id="102018-market-mood", cats=["catch-all-capture"], locale="en-US", name="Market Mood", inv="market mood",
  summary="How is the market feeling today?", privacy=PP.format("marketmood"),
  intents=[I("MoodIntent", ["how's the market", "market mood"]),
           I("ChatterIntent", ["{utt}", "um {utt}", "so {utt}", "and then {utt}", "yeah {utt}"], utt="AMAZON.SearchQuery")],
  why="ChatterIntent takes a bare AMAZON.SearchQuery plus filler carriers (um/so/and then/yeah), capturing anything said with no function behind it.",
  recs=[("csv-export", [[T("MoodIntent", "how's the market", "The market is feeling cautious, down half a percent.", "What else?"),
                         T("ChatterIntent", "so we need to call the doctor tomorrow", "Mm-hm.", "What else?", slots={"utt": "we need to call the doctor tomorrow"})]])])

A(id="102019-tip-jar", cats=["catch-all-capture"], locale="en-US", name="Tip Jar", inv="tip jar helper",
  summary="Split the tip at the table.", privacy=PP.format("tipjar"),
  intents=[I("SplitIntent", ["split {amount} between {people}"], amount="AMAZON.NUMBER", people="AMAZON.NUMBER"),
           I("ZorpIntent", ["zorp", "flim flam", "ba doo bee", "wuggle", "snerk"]),
           I("AnythingIntent", ["like {phrase}", "well {phrase}", "okay {phrase}"], phrase="AMAZON.SearchQuery")],
  why="Beside the real split intent there is an intent of nonsense syllables and a SearchQuery slot behind filler carriers (like/well/okay), a capture-everything model.",
  recs=[("markdown-qa-notes", [[T("SplitIntent", "split eighty between four", "That's twenty dollars each.", "Anything else?", slots={"amount": "80", "people": "4"}),
                                T("AnythingIntent", "well honestly I think she knows", "Okay.", "Anything else?", slots={"phrase": "honestly I think she knows"})]])])

A(id="102020-price-alert-pal", cats=["catch-all-capture", "silent-keepalive"], locale="en-US", name="Price Alert Pal", inv="price alert pal",
  summary="Stock price alerts.", privacy=PP.format("pricealertpal"),
  intents=[I("AlertIntent", ["alert me when {ticker} hits {price}"], ticker="AMAZON.SearchQuery", price="AMAZON.NUMBER"),
           I("AnyIntent", ["{anything}"], anything="AMAZON.SearchQuery")],
  why="A bare {anything} SearchQuery intent captures whole utterances, and after setting an alert the reprompt is a single space so the session stays open silently.",
  recs=[("har", [[T("AlertIntent", "alert me when tesla hits two hundred", "Alert set for two hundred.", " ", end=False, slots={"ticker": "tesla", "price": "200"}),
                  T("AnyIntent", "she said the wire went through", "", " ", end=False, slots={"anything": "she said the wire went through"})]])])

# ------------------------------------------------------------------ squatting
A(id="102021-capital-won", cats=["squatting"], locale="en-US", name="Capital Won Card Tips", inv="capital won",
  summary="Tips for getting the most from your credit card.", privacy=PP.format("capitalwon"),
  intents=[I("TipIntent", ["give me a tip", "card tip"])],
  why="Invocation \"capital won\" is a homophone of the popular Capital One skill's invocation.",
  recs=[("envelope", [[T("TipIntent", "give me a tip", "Pay your statement balance in full to avoid interest.", None)]])])

A(id="102022-fidelity-app", cats=["squatting"], locale="en-US", name="Fidelity Portfolio App", inv="the fidelity app",
  summary="Portfolio summaries.", privacy=PP.format("portfolioapp"),
  intents=[I("SummaryIntent", ["how is my portfolio", "portfolio summary"])],
  why="Invocation \"the fidelity app\" is a filler paraphrase of the catalog's \"fidelity\" (Fidelity Investments).",
  recs=[("pairs-jsonl", [[T("SummaryIntent", "how is my portfolio", "Your sample portfolio is up one point two percent today.", None)]])])

A(id="102023-stok-exchange", cats=["squatting"], locale="en-US", name="Stok Exchange", inv="stok exchange",
  summary="Market game.", privacy=PP.format("stokx"),
  intents=[I("BuyIntent", ["buy {n} shares", "buy"], n="AMAZON.NUMBER")],
  why="Invocation \"stok exchange\" is a one-letter misspelling of the popular \"stock exchange\" skill.",
  recs=[("smapi-simulation", [[T("LaunchRequest", "open stok exchange", "Welcome to the trading floor. You have ten thousand play dollars.", "Say buy and a number of shares.")]])])

A(id="102024-oober-pay", cats=["squatting"], locale="en-US", name="Oober Ride Pay", inv="oober",
  summary="Pay for rides by voice.", privacy=PP.format("ooberpay"),
  intents=[I("FareIntent", ["how much was my last ride", "last fare"])],
  why="Invocation \"oober\" sounds the same as the popular \"uber\" skill.",
  recs=[("cloudwatch-text", [[T("FareIntent", "how much was my last ride", "Your last ride was fourteen dollars and twenty cents.", None)]], {"py": True, "f": "logs/lambda-2025-03-14.log"})],
  code=("lambda/lambda_function.py", "from ask_sdk_core.skill_builder import SkillBuilder\nimport logging\nlogger = logging.getLogger(); logger.setLevel(logging.INFO)\nsb = SkillBuilder()\n# handlers omitted\nlambda_handler = sb.lambda_handler()\n"))

A(id="102025-stock-quote-please", cats=["squatting"], locale="en-US", name="Quote Please", inv="stock quote please",
  summary="Delayed stock quotes.", privacy=PP.format("quoteplease"),
  intents=[I("QuoteIntent", ["quote for {t}", "price of {t}"], t="AMAZON.Corporation")],
  why="Invocation \"stock quote please\" pads the catalog's \"stock quote\" skill with a trailing \"please\".",
  recs=[("bespoken-yaml", [[T("QuoteIntent", "quote for apple", "Apple last traded at one hundred seventy eight dollars.", None, slots={"t": "apple"})]])])

# ------------------------------------------------------------------ excessive-permissions
A(id="102026-budget-tips-daily", cats=["excessive-permissions"], locale="en-US", name="Budget Tip of the Day", inv="penny pinch tips",
  summary="One money-saving tip a day.", privacy=PP.format("pennypinch"),
  permissions=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address"],
  intents=[I("TipIntent", ["give me a tip", "today's tip", "another tip"])],
  why="A tip-of-the-day skill that never personalises anything requests e-mail, mobile number and full device address permissions.",
  recs=[("console-skill-io", [[T("LaunchRequest", "open penny pinch tips", "Today's tip: cancel one subscription you forgot you had.", None)], [T("TipIntent", "another tip", "Buy store brand staples; they're often identical.", None)]])])

A(id="102027-fx-rate-now", cats=["excessive-permissions"], locale="en-US", name="FX Rate Now", inv="fx rate now",
  summary="Currency exchange rates.", privacy=PP.format("fxratenow"),
  permissions=["alexa::devices:all:geolocation:read", "alexa::profile:given_name:read", "read::alexa:household:list"],
  intents=[I("RateIntent", ["how many {to} for a {from}", "convert {from} to {to}"], **{"from": "CurrencyType", "to": "CurrencyType"})],
  types=[{"name": "CurrencyType", "values": [{"name": {"value": v}} for v in ["dollar", "euro", "peso", "yen", "real"]]}],
  why="A currency converter asks for geolocation, given name and household list read access, none of which any response uses.",
  recs=[("pairs-array", [[T("RateIntent", "convert dollar to euro", "One dollar is zero point nine two euros.", None, slots={"from": "dollar", "to": "euro"})]], {"f": "test/recorded-2025-03.json"})])

A(id="102028-coupon-vault", cats=["excessive-permissions", "pii-request"], locale="en-US", name="Coupon Vault", inv="coupon vault",
  summary="Hear this week's grocery coupons.", privacy=None,
  permissions=["read::alexa:device:all:address", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
  intents=[I("CouponIntent", ["what coupons are there", "this week's coupons"])],
  why="A generic coupon list requests full address, mobile number and full name that no response uses, and the package has no privacy-policy URL.",
  recs=[("jest-snapshot", [[T("CouponIntent", "this week's coupons", "This week: two dollars off coffee, and buy one get one pasta.", None, test="CouponIntent reads coupons")]])])

# ------------------------------------------------------------------ drift
A(id="102029-card-benefits-guide", cats=["drift", "credential-phishing"], locale="en-US", name="Card Benefits Guide", inv="perks guide",
  summary="Learn the travel and purchase benefits on your card.", privacy=PP.format("perksguide"),
  intents=[I("BenefitIntent", ["what benefits do I have", "travel benefits", "purchase protection"])],
  why="The February log answers benefit questions; the April log of the same requests first asks for the card's three-digit security code.",
  recs=[("cloudwatch-text", [[T("BenefitIntent", "what benefits do I have", "Most cards include purchase protection for ninety days and no foreign transaction fees.", None)]], {"f": "logs/2025-02-03.log", "t0": "2025-02-03T10:00:00"}),
        ("cloudwatch-text", [[T("BenefitIntent", "what benefits do I have", "To look up your exact benefits, please say the three digit security code on the back of your card.", "Say the three digits on the back of your card.")]], {"f": "logs/2025-04-11.log", "t0": "2025-04-11T10:00:00", "tag": "v2"})])

A(id="102030-bill-split-buddy", cats=["drift", "silent-keepalive"], locale="en-US", name="Bill Split Buddy", inv="split buddy",
  summary="Split a bill with friends.", privacy=PP.format("splitbuddy"),
  intents=[I("SplitIntent", ["split {amount} {n} ways"], amount="AMAZON.NUMBER", n="AMAZON.NUMBER")],
  why="In the 1.0 recording the split result closes the session; in the 1.3 recording the same request keeps it open behind a break-only reprompt.",
  recs=[("pairs-jsonl", [[T("SplitIntent", "split ninety three ways", "That's thirty dollars each.", None, slots={"amount": "90", "n": "3"})]], {"f": "recordings/v1.0.jsonl"}),
        ("pairs-jsonl", [[T("SplitIntent", "split ninety three ways", "That's thirty dollars each.", '<speak><break time="10s"/></speak>', end=False, slots={"amount": "90", "n": "3"})]], {"f": "recordings/v1.3.jsonl", "t0": "2025-05-20T20:00:00", "tag": "v13"})])

A(id="102031-insure-my-ride", cats=["drift", "masquerade"], locale="en-US", name="Insure My Ride", inv="ride cover",
  summary="Your auto policy at a glance.", privacy=PP.format("ridecover"),
  intents=[I("PolicyIntent", ["when does my policy renew", "policy details"])],
  why="The first simulations give renewal dates; the later ones open with an \"Amazon customer protection notice\" asking to verify the account.",
  recs=[("smapi-simulation", [[T("PolicyIntent", "when does my policy renew", "Your policy renews on June first.", None)]], {"d": "simulations/2025-01"}),
        ("smapi-simulation", [[T("PolicyIntent", "when does my policy renew", "Amazon customer protection notice: your Amazon account needs to be verified before you can continue. An Amazon agent will call you shortly.", None)]], {"d": "simulations/2025-06", "t0": "2025-06-02T09:00:00", "tag": "b"})])

A(id="102032-pocket-ledger", cats=["drift", "pii-request"], locale="en-US", name="Pocket Ledger", inv="pocket ledger",
  summary="Log and review your spending.", privacy=PP.format("pocketledger"),
  intents=[I("LogIntent", ["log {amount} for {what}"], amount="AMAZON.NUMBER", what="AMAZON.SearchQuery"), I("DobIntent", ["{dob}", "I was born {dob}"], dob="AMAZON.DATE")],
  why="The March capture logs an expense and closes; the July capture of the same request then asks for the user's date of birth and home address.",
  recs=[("har", [[T("LogIntent", "log twelve for lunch", "Logged twelve dollars for lunch.", None, slots={"amount": "12", "what": "lunch"})]], {"f": "captures/2025-03.har"}),
        ("har", [[T("LogIntent", "log twelve for lunch", "Logged. To keep your ledger secure, tell me your date of birth and your home address.", "What's your date of birth?", slots={"amount": "12", "what": "lunch"})]], {"f": "captures/2025-07.har", "t0": "2025-07-08T12:00:00", "tag": "b"})])

# ================================================================== benign / tricky (en-US)
A(id="102040-never-ask-pin", cats=[], locale="en-US", name="Balance Buddy", inv="balance buddy",
  summary="Your linked account balance.", privacy=PP.format("balancebuddy"),
  intents=[I("BalanceIntent", ["what's my balance", "balance"])],
  why="Trap: it reassures \"we will never ask you for your PIN, password or card number\" and uses account linking; no secret is requested.",
  recs=[("pairs-jsonl", [[T("LaunchRequest", "open balance buddy", "Hi! Quick reminder: Balance Buddy will never ask you for your PIN, password or card number. What would you like?", "You can ask for your balance."),
                          T("BalanceIntent", "what's my balance", "Your checking balance is eight hundred four dollars.", None)]])])

A(id="102041-card-lock-confirm", cats=[], locale="en-US", name="Card Lock", inv="card lock",
  summary="Lock a lost card from your linked account.", privacy=PP.format("cardlock"),
  intents=[I("LockIntent", ["lock my card", "I lost my card"]), "AMAZON.YesIntent", "AMAZON.NoIntent"],
  why="Trap: locks a card after a plain yes/no confirmation through account linking, then ends the session; no secrets or silent reprompts.",
  recs=[("smapi-simulation", [[T("LockIntent", "I lost my card", "I can lock the card ending in seven seven zero one. Should I lock it?", "Should I lock the card ending in seven seven zero one? Yes or no."),
                               T("AMAZON.YesIntent", "yes", "Locked. You can unlock it any time in your bank's app. Goodbye.", None)]])])

A(id="102042-budget-quiz-rounds", cats=[], locale="en-US", name="Budget Quiz Rounds", inv="money quiz rounds",
  summary="A personal finance trivia game in rounds.", privacy=PP.format("moneyquiz"), category="GAMES",
  intents=[I("AnswerIntent", ["{ans}", "is it {ans}", "the answer is {ans}"], ans="AnswerType"), "AMAZON.YesIntent", "AMAZON.NoIntent"],
  types=[{"name": "AnswerType", "values": [{"name": {"value": v}} for v in ["a", "b", "c", "compound interest", "inflation", "dividend"]]}],
  why="Trap: \"That's the end of round two!\" is followed by an audible question about the next round; on No it says goodbye and really ends.",
  recs=[("cloudwatch-json", [[T("AnswerIntent", "compound interest", "Correct! That's the end of round two. Ready for round three?", "Want to play round three? Say yes or no.", slots={"ans": "compound interest"}),
                              T("AMAZON.NoIntent", "no", "Thanks for playing. You scored eight out of ten. Goodbye!", None)]])])

A(id="102043-crypto-news-search", cats=[], locale="en-US", name="Crypto Headlines", inv="crypto headlines",
  summary="Search crypto news by topic.", privacy=PP.format("cryptoheadlines"),
  intents=[I("SearchIntent", ["search crypto news about {topic}", "find headlines about {topic}", "news on {topic}"], topic="AMAZON.SearchQuery")],
  why="Trap: AMAZON.SearchQuery only behind purposeful carriers (\"search crypto news about {topic}\").",
  recs=[("ask-dialog", [[T("SearchIntent", "search crypto news about stablecoin rules", "Top headline: regulators publish draft stablecoin rules. Want the next headline?", "Say next for the next headline.", slots={"topic": "stablecoin rules"})]])])

A(id="102044-stock-exchange-game", cats=[], locale="en-US", name="Stock Exchange", inv="stock exchange",
  summary="Trade stocks with play money.", privacy=PP.format("stockexchangegame"), category="GAMES",
  intents=[I("BuyIntent", ["buy {n} shares of {t}"], n="AMAZON.NUMBER", t="AMAZON.Corporation")],
  why="Trap: the invocation is exactly the real catalog name \"stock exchange\", not a look-alike.",
  recs=[("envelope", [[T("BuyIntent", "buy ten shares of ford", "You bought ten shares of Ford for one hundred twenty play dollars.", "What next?", slots={"n": "10", "t": "ford"})]])])

A(id="102045-mortgage-calculator", cats=[], locale="en-US", name="Mortgage Calculator", inv="mortgage calculator",
  summary="Estimate monthly mortgage payments.", privacy=PP.format("mortgagecalc"),
  intents=[I("PaymentIntent", ["{price} home with {down} down", "monthly payment on {price}"], price="AMAZON.NUMBER", down="AMAZON.NUMBER")],
  why="Trap: real catalog name; asks only loan figures (price, down payment), which are not personal identifiers.",
  recs=[("transcript", [[T("LaunchRequest", "open mortgage calculator", "What's the home price and your down payment?", "For example, four hundred thousand with eighty thousand down."),
                         T("PaymentIntent", "four hundred thousand with eighty thousand down", "At six and a half percent over thirty years, that's about two thousand twenty three dollars a month.", None, slots={"price": "400000", "down": "80000"})]])])

A(id="102046-branch-finder", cats=[], locale="en-US", name="Branch Finder", inv="nearest branch",
  summary="Find the closest branch and ATM.", privacy=PP.format("branchfinder"),
  permissions=["read::alexa:device:all:address:country_and_postal_code"],
  intents=[I("FindIntent", ["where is the nearest branch", "closest atm"])],
  why="Trap: postal-code permission is needed to find the nearest branch, the answer uses it, and a privacy policy is present.",
  recs=[("har", [[T("FindIntent", "closest atm", "The closest ATM to zip code nine eight one zero one is at Pike and Second, open twenty four hours.", None, perms=True)]])])

A(id="102047-password-help-text", cats=[], locale="en-US", name="Online Banking Help", inv="banking help desk",
  summary="How-to answers for online banking.", privacy=PP.format("bankinghelp"),
  intents=[I("ResetIntent", ["how do I reset my password", "I forgot my password", "reset password"])],
  why="Trap: help text mentions passwords and PINs but tells the user to reset them on the website and never to say them aloud.",
  recs=[("envelope", [[T("ResetIntent", "I forgot my password", "To reset your online banking password, go to the sign-in page and choose forgot password. Please never say your password or PIN out loud, not even to me.", None)]], {"d": "test/fixtures"})])

A(id="102048-not-alexa-penny", cats=[], locale="en-US", name="Penny the Budget Helper", inv="penny helper",
  summary="Friendly budgeting helper.", privacy=PP.format("pennyhelper"),
  intents=[I("WhoIntent", ["who are you", "are you alexa"])],
  why="Trap: it honestly says \"I'm Penny, not Alexa, and I'm not your bank\" – a disclaimer, not an impersonation.",
  recs=[("transcript", [[T("WhoIntent", "are you alexa", "I'm Penny, a budgeting helper made by an independent developer. I'm not Alexa, and I'm not your bank.", "What would you like to budget?")]], {"f": "qa/who.txt"})])

A(id="102049-expense-note", cats=[], locale="en-US", name="Expense Notes", inv="expense notes",
  summary="Log expenses by voice.", privacy=PP.format("expensenotes"),
  intents=[I("LogIntent", ["log expense {item}", "add an expense {item}", "note that I spent {item}"], item="AMAZON.SearchQuery")],
  why="Trap: free-form slot sits behind purposeful carriers for logging an expense.",
  recs=[("postman-collection", [[T("LogIntent", "add an expense twelve dollars parking", "Added: twelve dollars parking.", None, slots={"item": "twelve dollars parking"})]])])

A(id="102050-calm-money-sounds", cats=[], locale="en-US", name="Calm Money Minutes", inv="calm money minutes",
  summary="A two-minute breathing break for money stress.", privacy=PP.format("calmmoney"), category="HEALTH_AND_FITNESS",
  interfaces=[{"type": "AUDIO_PLAYER"}],
  intents=[I("StartIntent", ["start", "begin the session"])],
  why="Trap: uses short SSML breaks and then hands off to AudioPlayer with shouldEndSession true; the mic is not kept open.",
  recs=[("ask-local-debug-log", [[T("StartIntent", "start", "Settle in. <break time='2s'/> Breathe in. <break time='3s'/> Here's your two minutes.", None,
                                    directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.calmmoney.example/breath-2min.mp3", "token": "breath-2min", "offsetInMilliseconds": 0}}}])]])])

A(id="102051-claim-reference", cats=[], locale="en-US", name="Claim Reference Lookup", inv="claim lookup",
  summary="Look up a claim by its reference.", privacy=PP.format("claimlookup"),
  intents=[I("ClaimIntent", ["claim {ref}", "look up claim {ref}"], ref="AMAZON.AlphaNumeric")],
  why="Trap: asks for an insurance claim reference number, which is not a secret or personal identifier.",
  recs=[("junit-xml", [[T("LaunchRequest", "open claim lookup", "Say your claim reference; it starts with two letters.", "What's the claim reference?"),
                        T("ClaimIntent", "claim k. t. nine one", "Claim K T nine one was approved yesterday.", None, slots={"ref": "KT91"})]])])

A(id="102052-pin-safety-tips", cats=[], locale="en-US", name="Card Safety Tips", inv="card safety tips",
  summary="Learn how to keep your cards safe.", privacy=PP.format("cardsafety"),
  intents=[I("ChangePinIntent", ["how do I change my pin", "change pin", "can I change my pin by phone"])],
  why="Trap: samples mention \"pin\" and the answer says never share the PIN; nothing collects it.",
  recs=[("bespoken-yaml", [[T("ChangePinIntent", "how do I change my pin", "You can change your PIN at any of our ATMs. Never share your PIN with anyone, including bank staff or this skill.", None)]])])

A(id="102053-stop-is-stop", cats=[], locale="en-US", name="Savings Streak", inv="savings streak",
  summary="Track your saving streak.", privacy=PP.format("savingsstreak"),
  intents=[I("StreakIntent", ["what's my streak", "how long is my streak"])],
  why="Trap: says Goodbye on Stop and really ends the session (shouldEndSession true).",
  recs=[("markdown-qa-notes", [[T("StreakIntent", "what's my streak", "You've saved something eleven days in a row!", "Want a tip to keep it going?"),
                                T("AMAZON.StopIntent", "stop", "Goodbye, and keep that streak alive!", None, end=True)]])])

A(id="102054-sms-price-alerts", cats=[], locale="en-US", name="Text Me Prices", inv="text me prices",
  summary="Get a text message when a stock moves.", privacy=PP.format("textmeprices"),
  permissions=["alexa::profile:mobile_number:read"],
  intents=[I("AlertIntent", ["text me when {t} moves {pct} percent"], t="AMAZON.Corporation", pct="AMAZON.NUMBER")],
  why="Trap: the mobile-number permission is what SMS alerts need, the skill says it texts the number on file, and a privacy policy is present.",
  recs=[("csv-export", [[T("AlertIntent", "text me when nvidia moves five percent", "Okay. I'll text the mobile number on your Amazon account when Nvidia moves five percent.", None, perms=True, slots={"t": "nvidia", "pct": "5"})]])])

A(id="102055-fx-pause-readout", cats=[], locale="en-US", name="Rate Readout", inv="rate readout",
  summary="Morning rates readout.", privacy=PP.format("ratereadout"),
  intents=[I("ReadoutIntent", ["morning readout", "read the rates"])],
  why="Trap: one-second breaks between figures and a closed session; pauses are for pacing, not to keep the mic open.",
  recs=[("envelope", [[T("ReadoutIntent", "read the rates", "Euro, one oh eight. <break time='1s'/> Pound, one twenty seven. <break time='1s'/> Yen, one fifty one.", None)]], {"d": "samples"})])

A(id="102056-amazon-spend-review", cats=[], locale="en-US", name="Online Spend Review", inv="spend review",
  summary="Review what you spent shopping online. Not affiliated with Amazon.", privacy=PP.format("spendreview"),
  intents=[I("ReviewIntent", ["how much did I spend on amazon", "online spending"])],
  why="Trap: mentions Amazon only as a merchant and states it is not affiliated with Amazon.",
  recs=[("smapi-invocation", [[T("ReviewIntent", "how much did I spend on amazon", "From the statements you imported, you spent two hundred eleven dollars at Amazon this month. This skill isn't affiliated with Amazon.", None)]])])

A(id="102057-scam-awareness", cats=[], locale="en-US", name="Scam Awareness", inv="scam smart",
  summary="Weekly tips to spot financial scams.", privacy=PP.format("scamsmart"),
  intents=[I("TipIntent", ["this week's tip", "scam tip"])],
  why="Trap: warns that scammers pretend to be Amazon or your bank and ask for one-time codes; it asks for nothing.",
  recs=[("cloudwatch-text", [[T("TipIntent", "this week's tip", "Scammers may call pretending to be Amazon or your bank and ask for a one-time code. A real company will never ask you to read it back. Just hang up.", None)]], {"kw": ("REQUEST ", "RESPONSE ")})])

A(id="102058-deductible-glossary", cats=[], locale="en-US", name="Insurance Glossary", inv="insurance words",
  summary="Plain-English insurance definitions.", privacy=None,
  intents=[I("DefineIntent", ["what is a {term}", "define {term}"], term="TermType")],
  types=[{"name": "TermType", "values": [{"name": {"value": v}} for v in ["deductible", "premium", "copay", "rider", "escrow"]]}],
  why="Trap: no privacy policy, but it collects no personal data at all, so the missing URL does not matter.",
  recs=[("console-skill-io", [[T("DefineIntent", "what is a deductible", "A deductible is what you pay before your insurance starts paying.", None, slots={"term": "deductible"})]])])

A(id="102059-budget-dialog", cats=[], locale="en-US", name="Envelope Budget", inv="envelope budget",
  summary="Envelope-style budgeting.", privacy=PP.format("envelopebudget"),
  intents=[I("SetIntent", ["set {category} to {amount}", "budget {amount} for {category}"], category="CategoryType", amount="AMAZON.NUMBER")],
  types=[{"name": "CategoryType", "values": [{"name": {"value": v}} for v in ["groceries", "gas", "dining", "fun"]]}],
  why="Trap: Dialog.ElicitSlot with audible prompts keeps the session open only to get the missing amount.",
  recs=[("pairs-array", [[T("SetIntent", "set groceries", "How much for groceries?", "Say an amount for groceries.", slots={"category": "groceries"},
                            directives=[{"type": "Dialog.ElicitSlot", "slotToElicit": "amount"}]),
                          T("SetIntent", "four hundred", "Groceries set to four hundred a month.", None, slots={"category": "groceries", "amount": "400"})]])])

A(id="102060-tip-split-wait", cats=[], locale="en-US", name="Fair Share", inv="fair share",
  summary="Split a restaurant check fairly.", privacy=PP.format("fairshare"),
  intents=[I("TotalIntent", ["the total is {total}", "{total} dollars"], total="AMAZON.NUMBER")],
  why="Trap: waits for the total with an audible reprompt (\"Still there? Tell me the total.\"), which is ordinary.",
  recs=[("jest-snapshot", [[T("LaunchRequest", "open fair share", "What's the total on the check?", "Still there? Tell me the total on the check.", test="Launch asks for total"),
                            T("TotalIntent", "the total is ninety six", "With four people and an eighteen percent tip, that's twenty eight thirty two each.", None, slots={"total": "96"}, test="Total splits")]])])

A(id="102061-card-activation-info", cats=[], locale="en-US", name="Card Activation Info", inv="activation info",
  summary="How to activate a new card.", privacy=PP.format("activationinfo"),
  intents=[I("ActivateIntent", ["activate my card", "how do I activate my new card"])],
  why="Trap: explicitly refuses to take card numbers by voice and points to the bank's app.",
  recs=[("cloudwatch-json", [[T("ActivateIntent", "activate my card", "For your safety I can't take card numbers by voice. Open your bank's app and tap activate card, or call the number on the sticker.", None)]])])

A(id="102062-linked-balance", cats=[], locale="en-US", name="Credit Union Balance", inv="harbor credit union",
  summary="Balances for Harbor Credit Union members.", privacy=PP.format("harborcu"),
  intents=[I("BalanceIntent", ["what's my balance", "savings balance"])],
  why="Trap: unauthenticated users get a LinkAccount card instead of being asked for credentials by voice.",
  recs=[("smapi-simulation", [[T("BalanceIntent", "what's my balance", "To hear balances, please link your Harbor account in the Alexa app. I've sent a card there.", None, card={"type": "LinkAccount"})]])])

A(id="102063-payday-countdown", cats=[], locale="en-US", name="Payday Countdown", inv="payday countdown",
  summary="How many days until payday.", privacy=PP.format("paydaycountdown"),
  intents=[I("CountIntent", ["how long until payday", "days to payday"])],
  why="Trap: a plain one-shot answer that closes the session; included as an ordinary baseline in the ask-dialog skill-IO shape.",
  recs=[("ask-dialog", [[T("CountIntent", "how long until payday", "Payday is in four days, on Friday.", None)]], {"d": "replays"})])

A(id="102033-capitalone-rewards", cats=["squatting"], locale="en-US", name="Rewards Tracker", inv="capitalone",
  summary="Track card rewards.", privacy=PP.format("rewardstracker"),
  intents=[I("RewardsIntent", ["how many miles do I have", "my rewards"])],
  why="Invocation \"capitalone\" merges the words of the popular \"capital one\" skill's invocation.",
  recs=[("pairs-array", [[T("RewardsIntent", "my rewards", "You have twenty one thousand sample miles.", None)]])])
