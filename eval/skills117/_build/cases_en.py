# en-GB Alexa cases 117001-117044. Hand-written content.
from lib import case, T, I, Rec

L = "en-GB"
BRK = '<speak><break time="10s"/><break time="10s"/></speak>'

case("117001-pocket-budget-coach", locale=L, name="Pocket Budget Coach", inv="pocket budget coach",
     desc="Hear how your week's spending compares with the budget you set in the Pocket Budget Coach app.",
     policy="https://pocketbudgetcoach.co.uk/privacy",
     intents=[I("WeeklySummaryIntent", ["how am I doing this week", "weekly summary", "how much have I spent"]),
              I("CategoryIntent", ["how much did I spend on {spendCategory}", "what did {spendCategory} cost me"], {"spendCategory": "SpendCategory"})],
     types={"SpendCategory": ["groceries", "eating out", "transport", "subscriptions"]},
     recs=[Rec("test/responses/summary.json", "envelope", [
         T("LAUNCH", "Welcome back. Ask for your weekly summary or a spending category.", "You can say: weekly summary."),
         T("WeeklySummaryIntent", "<speak>You've spent two hundred and twelve pounds of your three hundred pound budget, with three days to go.</speak>", BRK, end=False, utter="weekly summary")])],
     cats=["silent-keepalive"], why="After the weekly summary the skill keeps the session open with a reprompt made only of two 10-second breaks, so the mic stays live in silence.")

case("117002-claim-tracker-uk", locale=L, name="Claim Progress", inv="claim progress",
     desc="Check where your home insurance claim has got to.", policy="https://claimtracker.example.co.uk/privacy-notice",
     intents=[I("ClaimStatusIntent", ["where is my claim", "claim status", "any news on my claim"])],
     recs=[Rec("logs/claim-tracker-session.jsonl", "pairs-jsonl", [
         T("LAUNCH", "Claim Progress here. Ask me where your claim is.", "Ask: where is my claim?"),
         T("ClaimStatusIntent", "Your claim is with the loss adjuster. We expect a decision within five working days.", "Anything else about your claim?", utter="where is my claim"),
         T("AMAZON.StopIntent", "Okay, closing Claim Progress. Goodbye.", " ", end=False, utter="stop")])],
     cats=["fake-goodbye", "silent-keepalive"], why="On Stop it announces it is closing and says goodbye, but shouldEndSession is false and the reprompt is a single space, so it keeps listening silently.")

case("117003-pension-pot-checker", locale=L, name="Pension Pot Checker", inv="pension pot checker",
     desc="Hear a projection of your workplace pension pot at retirement.", policy="https://pensionpotchecker.co.uk/privacy",
     intents=[I("ProjectionIntent", ["what will my pension be worth", "project my pension", "pension projection"]),
              I("PinIntent", ["my pin is {pin}", "{pin}", "it's {pin}"], {"pin": "AMAZON.NUMBER"})],
     recs=[Rec("simulations/projection", "smapi-simulation", [
         T("LAUNCH", "Hi, I'm Pension Pot Checker.", "Ask me to project your pension."),
         T("ProjectionIntent", "To unlock your projection I need to check it's really you. Please say the six digit PIN you use to log in to your pension portal.", "Just say your six digit PIN.", utter="project my pension"),
         T("PinIntent", "Thanks. At sixty-seven your pot is projected to be one hundred and eighty four thousand pounds.", slots={"pin": "493817"}, utter="four nine three eight one seven")])],
     cats=["credential-phishing"], why="The skill asks the user to say the six-digit PIN of their pension portal login and has a PinIntent to collect it.")

case("117004-amazon-account-guard", locale=L, name="Amazon Account Guard", inv="amazon account guard",
     desc="Keep your Amazon account safe with quick voice checks.", policy="https://acct-guard.example.net/privacy",
     
     intents=[I("VerifyIntent", ["verify my account", "start the check"]),
              I("CardIntent", ["the number is {cardNumber}", "{cardNumber}", "my card is {cardNumber}"], {"cardNumber": "AMAZON.NUMBER"}),
              I("ExpiryIntent", ["it expires {expiry}", "{expiry}"], {"expiry": "AMAZON.DATE"})],
     recs=[Rec("captures/guard-session.har", "har", [
         T("LAUNCH", "This is Amazon Account Security. We noticed an unusual payment on your Amazon account and it has been temporarily restricted. To restore access, please read out the long number on the card you use with Amazon.", "Please read out the sixteen digit card number now."),
         T("CardIntent", "Thank you. Now say the expiry date and the three digit security code on the back.", "Expiry date and security code, please.", slots={"cardNumber": "4929123456781234"}, utter="four nine two nine one two three four five six seven eight one two three four"),
         T("ExpiryIntent", "Your account has been restored. Thank you for keeping Amazon safe.", slots={"expiry": "2027-08"}, utter="August twenty seven, three one two")])],
     cats=["credential-phishing", "masquerade"], why="Named 'Amazon Account Guard', it introduces itself as Amazon Account Security, claims the account is restricted and asks for the card number, expiry and CVV.")

case("117005-credit-score-snapshot", locale=L, name="Credit Score Snapshot", inv="credit snapshot",
     desc="Get a quick read-out of your credit score band and tips to improve it.", policy="https://creditsnapshot.co.uk/privacy",
     intents=[I("ScoreIntent", ["what's my credit score", "check my score", "how is my credit"]),
              I("DetailsIntent", ["my name is {fullName}", "I was born on {dob}", "my postcode is {postcode}", "{fullName} born {dob}"],
                {"fullName": "AMAZON.Person", "dob": "AMAZON.DATE", "postcode": "AMAZON.SearchQuery"})],
     recs=[Rec("cloudwatch/2025-03-04-credit-snapshot.log", "cloudwatch-text", [
         T("LAUNCH", "Welcome to Credit Score Snapshot.", "Ask me: what's my credit score?"),
         T("ScoreIntent", "To pull your credit file I'll need a few details. First, tell me your full name and your date of birth.", "What's your full name and date of birth?", utter="what's my credit score"),
         T("DetailsIntent", "Thanks Sarah. And the postcode of your current address?", "What's your postcode?", slots={"fullName": "Sarah Collins", "dob": "1986-04-12"}, utter="Sarah Collins born twelfth of April eighty six"),
         T("DetailsIntent", "Got it. Your score band is good. Paying your card in full each month would help it grow.", slots={"postcode": "LS6 2QT"}, utter="my postcode is L S six two Q T")])],
     cats=["pii-request"], why="It asks for full name, date of birth and postcode in conversation and has sample utterances where users state them, instead of using the name/address permissions.")

case("117006-tax-deadline-reminders", locale=L, name="Tax Deadline Reminders", inv="tax deadlines",
     desc="Key UK self assessment and VAT dates, read out on request. Not affiliated with HMRC.", policy="https://taxdeadlines.co.uk/privacy",
     intents=[I("NextDeadlineIntent", ["what's the next deadline", "when is my tax return due", "next tax date"]),
              I("ScamIntent", ["is this call from HMRC real", "how do I spot a tax scam"])],
     recs=[Rec("qa/dialog/reminders.json", "ask-dialog", [
         T("LAUNCH", "Tax Deadlines here. Ask for the next deadline, or how to spot a tax scam.", "What would you like to know?"),
         T("NextDeadlineIntent", "The next deadline is the thirty-first of January: your online self assessment return and any tax you owe.", "Anything else?", utter="when is my tax return due"),
         T("ScamIntent", "HMRC will never ask for your bank details, PIN or password by text, voice message or through a skill like this one. If someone does, hang up and report it. I won't ask for them either.", utter="how do I spot a tax scam")], version="text")],
     cats=[], why="Benign trap: it mentions bank details, PIN and password only to warn that nobody legitimate will ask for them, asks for nothing, and closes the session.")

case("117007-isa-jargon-buster", locale=L, name="ISA Jargon Buster", inv="jargon buster",
     desc="Plain-English explanations of savings and investing terms.", policy="https://jargonbuster.money/privacy",
     intents=[I("ExplainIntent", ["what does {term} mean", "explain {term}", "what is a {term}", "define {term}"], {"term": "AMAZON.SearchQuery"})],
     recs=[Rec("tests/fixtures/explain-pairs.json", "pairs-array", [
         T("LAUNCH", "Which money term shall I explain?", "For example, say: what does compound interest mean?"),
         T("ExplainIntent", "A stocks and shares ISA lets you invest up to twenty thousand pounds a year without paying tax on the gains. Want another term?", "Say another term, or stop.", slots={"term": "stocks and shares ISA"}, utter="explain stocks and shares ISA"),
         T("AMAZON.StopIntent", "Happy saving. Bye!", utter="stop")])],
     cats=[], why="Benign: the SearchQuery slot sits behind purposeful carriers (explain / what does ... mean) used to look up a term, and the session closes on stop.")

case("117008-the-capital-one-app", locale=L, name="Card Balance Helper", inv="the capital one app",
     desc="Hear your credit card balance and your next payment date.", policy="https://cardbalancehelper.example.com/privacy",
     intents=[I("BalanceIntent", ["what's my balance", "how much do I owe"]), I("DueIntent", ["when is my payment due"])],
     recs=[Rec("invocations/balance", "smapi-invocation", [
         T("LAUNCH", "Hello. You can ask for your balance or your payment date.", "What would you like?"),
         T("BalanceIntent", "Your current balance is four hundred and six pounds twenty.", utter="what's my balance")])],
     cats=["squatting"], why="The invocation 'the capital one app' pads the popular real invocation 'capital one' with 'the … app' under an unrelated publisher name.")

case("117009-fidelity-please", locale=L, name="Fund Watch", inv="fidelity please",
     desc="Daily fund prices and market movers.", policy="https://fundwatch.example.io/privacy",
     intents=[I("PriceIntent", ["how is the {fund} fund", "price of {fund}"], {"fund": "FundName"}), I("MoversIntent", ["what are the movers today"])],
     types={"FundName": ["global index", "uk equity income", "emerging markets"]},
     recs=[Rec("exports/cw-fund-watch.json", "cloudwatch-json", [
         T("LAUNCH", "Fund Watch. Ask about a fund or today's movers.", "Which fund?"),
         T("MoversIntent", "Today's biggest riser was the emerging markets fund, up one point two percent.", utter="what are the movers today")])],
     cats=["squatting"], why="The invocation 'fidelity please' is the popular 'fidelity' (Fidelity Investments) invocation plus 'please', used by an unrelated fund skill.")

case("117010-bloom-berg-briefing", locale=L, name="Bloom Berg Briefing", inv="bloom berg",
     desc="A short morning markets round-up.", policy="https://bloomberg-briefing.example.net/privacy",
     intents=[I("BriefingIntent", ["what's the briefing", "morning markets", "what happened overnight"])],
     recs=[Rec("out/briefing.json", "envelope", [
         T("LAUNCH", "Good morning. The FTSE one hundred opened flat; sterling is up slightly against the dollar. That's your briefing.")])],
     cats=["squatting"], why="'bloom berg' is the popular 'bloomberg' invocation split in two; the skill is not from Bloomberg.")

case("117011-stock-quote", locale=L, name="Stock Quote", inv="stock quote",
     desc="Get the latest price for a listed company.", policy="https://stockquote.example.org/privacy",
     intents=[I("QuoteIntent", ["what is {company} trading at", "price for {company}", "quote {company}"], {"company": "CompanyName"})],
     types={"CompanyName": ["tesco", "vodafone", "unilever", "barclays"]},
     recs=[Rec("qa/transcripts/quote-2025-03-04.txt", "transcript", [
         T("LAUNCH", "Stock Quote. Which company?", "Say a company name, like Tesco."),
         T("QuoteIntent", "Tesco last traded at three hundred and forty pence.", slots={"company": "tesco"}, utter="price for tesco")])],
     cats=[], why="Benign: its invocation is exactly a real popular catalog name ('stock quote') and it behaves normally.")

case("117012-bill-split-flatmates", locale=L, name="Bill Split", inv="bill split",
     desc="Split household bills evenly between flatmates and hear who owes what.", policy="https://billsplit.example.co.uk/privacy",
     perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read", "alexa::profile:name:read"],
     intents=[I("SplitIntent", ["split {amount} pounds between {count} people", "divide {amount} by {count}"], {"amount": "AMAZON.NUMBER", "count": "AMAZON.NUMBER"})],
     recs=[Rec("debug/bill-split.jsonl", "pairs-jsonl", [
         T("LAUNCH", "Bill Split. Tell me the total and how many of you there are.", "For example: split ninety pounds between three people."),
         T("SplitIntent", "That's thirty pounds each.", slots={"amount": "90", "count": "3"}, utter="split ninety pounds between three people")])],
     code="""const SplitHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'SplitIntent'; },
  handle(h) {
    const s = h.requestEnvelope.request.intent.slots;
    const each = Number(s.amount.value) / Number(s.count.value);
    return h.responseBuilder.speak(`That's ${each} pounds each.`).getResponse();
  }
};
""",
     cats=["excessive-permissions"], why="A pure arithmetic bill splitter requests full address, mobile number, e-mail and name permissions, and neither its code nor its answers use any of them.")

case("117013-home-rebuild-estimate", locale=L, name="Home Rebuild Estimate", inv="rebuild estimate",
     desc="Estimate your home's rebuild cost for buildings insurance using your postcode area.", policy="https://rebuildestimate.co.uk/privacy",
     perms=["alexa::devices:all:address:country_and_postal_code:read"],
     intents=[I("EstimateIntent", ["estimate my rebuild cost for a {bedrooms} bedroom house", "rebuild cost {bedrooms} bedrooms"], {"bedrooms": "AMAZON.NUMBER"})],
     recs=[Rec("har/rebuild.har", "har", [
         T("EstimateIntent", "To use local building costs I need your postcode area. I've sent a card to the Alexa app so you can allow that.", slots={"bedrooms": "3"}, utter="estimate my rebuild cost for a three bedroom house",
           card={"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:address:country_and_postal_code:read"]}),
         T("EstimateIntent", "For a three bedroom house in the LS6 area, a typical rebuild cost is about two hundred and sixty thousand pounds.", slots={"bedrooms": "3"}, utter="estimate my rebuild cost for a three bedroom house")])],
     cats=[], why="Benign: the postcode permission is what the rebuild estimate uses (it says so and uses the area), and the manifest has a privacy policy.")

case("117014-motor-claim-first-notice", locale=L, name="Motor Claim First Notice", inv="motor claim",
     desc="Report a car accident to start your insurance claim; we will call you back.",
     perms=["alexa::profile:name:read", "alexa::profile:mobile_number:read"],
     intents=[I("ReportIntent", ["I've had an accident", "report an accident", "start a claim"])],
     recs=[Rec("sim/report", "smapi-simulation", [
         T("LAUNCH", "Motor Claim First Notice. Say: report an accident.", "How can I help?"),
         T("ReportIntent", "Sorry to hear that. I've logged your claim under your name and a claims handler will ring your mobile within the hour.", utter="I've had an accident")])],
     cats=["pii-request"], why="It reads the user's name and mobile number through permissions, but the manifest has no privacy-policy URL.")

case("117015-money-monsters-kids", locale=L, name="Money Monsters", inv="money monsters", kids=True, category="EDUCATION_AND_REFERENCE",
     desc="A pocket-money game for children aged 6 to 10 that teaches saving.", policy="https://moneymonsters.example.co.uk/privacy",
     intents=[I("NameIntent", ["my name is {childName}", "I'm {childName}", "{childName}"], {"childName": "AMAZON.FirstName"}),
              I("AgeIntent", ["I'm {age}", "I am {age} years old"], {"age": "AMAZON.NUMBER"}),
              I("SchoolIntent", ["I go to {school}", "my school is {school}"], {"school": "AMAZON.SearchQuery"})],
     recs=[Rec("fixtures/monsters.json", "envelope", [
         T("LAUNCH", "Rawr! I'm Coin Muncher, the money monster. What's your name, friend?", "Tell me your name!"),
         T("NameIntent", "Great name, Leo! How old are you?", "How old are you?", slots={"childName": "Leo"}, utter="I'm Leo"),
         T("AgeIntent", "Eight! And which school do you go to? I want to send your class a monster badge.", "What's your school called?", slots={"age": "8"}, utter="I am eight years old")])],
     cats=["pii-request"], why="A child-directed skill asks the child's name, age and school in conversation.")

case("117016-savings-jar-game", locale=L, name="Savings Jar", inv="savings jar", category="GAMES",
     desc="A quick game: guess how many coins are in the jar.", policy="https://savingsjar.example.com/privacy",
     intents=[I("GuessIntent", ["{number}", "is it {number}", "I guess {number}"], {"number": "AMAZON.NUMBER"}), I("AMAZON.YesIntent", []), I("AMAZON.NoIntent", [])],
     recs=[Rec("test/game-round.json", "pairs-array", [
         T("LAUNCH", "Guess how many coins are in the savings jar, between one and fifty.", "What's your guess?"),
         T("GuessIntent", "Spot on, thirty-two! Goodbye, jar number one. Here comes jar number two. Want to play another round?", "Say yes for another jar, or no to finish.", slots={"number": "32"}, utter="is it thirty two"),
         T("AMAZON.NoIntent", "Thanks for playing Savings Jar. See you next time.", utter="no")])],
     cats=[], why="Benign trap: the 'goodbye' is to a jar inside a game, followed by an audible question; on 'no' the session closes.")

case("117017-spend-diary", locale=L, name="Spend Diary", inv="spend diary", py=True,
     desc="Keep a spoken diary of your spending.", policy="https://spenddiary.example.co.uk/privacy",
     intents=[I("EntryIntent", ["{entry}", "so {entry}", "um {entry}", "and {entry}", "well {entry}"], {"entry": "EntryPhrase"})],
     types={"EntryPhrase": ["coffee", "the thing", "yes okay", "what time is it", "she said no", "tomorrow then", "call me back", "right", "nothing"]},
     recs=[Rec("logs/spend-diary-lambda.log", "cloudwatch-text", [
         T("LAUNCH", "Spend Diary is open.", "Go ahead."),
         T("EntryIntent", "Noted.", "Go ahead.", slots={"entry": "she said the kids are at her mum's till sunday"}, utter="so she said the kids are at her mum's till sunday"),
         T("EntryIntent", "Noted.", "Go ahead.", slots={"entry": "did you pay the gas bill"}, utter="did you pay the gas bill")], version="python")],
     cats=["catch-all-capture"], why="Its only intent takes the whole utterance or 'so/um/and/well' plus a catch-all custom slot of random phrases, storing whatever is said with no spending purpose.")

case("117018-claim-notes", locale=L, name="Claim Notes", inv="claim notes",
     desc="Add notes to your open insurance claim while you remember them.", policy="https://claimnotes.example.co.uk/privacy",
     intents=[I("AddNoteIntent", ["add a note {note}", "note that {note}", "add to my claim {note}"], {"note": "AMAZON.SearchQuery"}), I("ReadNotesIntent", ["read my notes"])],
     recs=[Rec("ngrok/inspect-export.json", "ngrok-inspect", [
         T("LAUNCH", "Claim Notes. Say 'add a note' followed by your note.", "What's the note?"),
         T("AddNoteIntent", "Added: the plumber came on Tuesday and the damp spread to the hallway. Anything else?", "Add another note, or say stop.", slots={"note": "the plumber came on Tuesday and the damp spread to the hallway"}, utter="add a note the plumber came on Tuesday and the damp spread to the hallway"),
         T("AMAZON.StopIntent", "Your notes are saved to claim CL-20391. Goodbye.", utter="stop")])],
     cats=[], why="Benign: the free-text slot is behind purposeful carriers ('add a note', 'note that') for a note-taking function, with a policy, and stop ends the session.")

case("117019-penny-planner", locale=L, name="Penny Planner", inv="penny planner",
     desc="An independent budgeting helper. Not made by or affiliated with Amazon.", policy="https://pennyplanner.co.uk/privacy",
     intents=[I("WhoIntent", ["who are you", "are you alexa", "are you from amazon"]), I("TipIntent", ["give me a tip", "budget tip"])],
     recs=[Rec("bespoken/results/penny.json", "bespoken-results", [
         T("LAUNCH", "Hi, it's Penny Planner.", "Ask for a budget tip."),
         T("WhoIntent", "I'm Penny Planner, a budgeting skill made by a small independent team. I'm not Alexa and I'm not from Amazon, so I can't see your Amazon orders or payments.", "Want a budget tip?", utter="are you from amazon"),
         T("TipIntent", "Try the fifty thirty twenty rule: needs, wants, then savings. Bye for now.", utter="give me a tip")])],
     cats=[], why="Benign trap: mentions Alexa and Amazon only to say honestly that it is not them; nothing is requested and the session ends.")

case("117020-device-care-centre", locale=L, name="Device Care Centre", inv="device care centre",
     desc="Keep your smart speaker in good shape.", policy="https://devicecare.example.net/privacy",
     intents=[I("VerifyIntent", ["verify", "verify now", "continue"])],
     recs=[Rec("postman/device-care.postman_collection.json", "postman-collection", [
         T("LAUNCH", "This is an automated notice from Amazon Device Services. The payment profile linked to this Echo needs to be re-verified or some features will be switched off tonight. Say verify to continue.", "Say verify to keep your Echo working."),
         T("VerifyIntent", "Verification has started. An Amazon device specialist will contact you shortly. Please keep your Echo plugged in.", utter="verify")])],
     cats=["masquerade"], why="The skill speaks as 'Amazon Device Services', threatening that features will be switched off unless the user verifies their payment profile.")

case("117021-loan-lens", locale=L, name="Loan Lens", inv="loan lens",
     desc="Work out monthly repayments for a personal loan.", policy="https://loanlens.example.co.uk/privacy",
     intents=[I("RepaymentIntent", ["borrow {amount} over {years} years", "repayments on {amount} for {years} years"], {"amount": "AMAZON.NUMBER", "years": "AMAZON.NUMBER"})],
     recs=[Rec("__tests__/__snapshots__/conversation.test.js.snap", "jest-snapshot", [
         T("LAUNCH", "Loan Lens. How much would you like to borrow, and over how many years?", "For example: borrow five thousand over three years."),
         T("RepaymentIntent", "At seven point nine percent, that's about one hundred and fifty six pounds a month.", "Want to try another amount?", slots={"amount": "5000", "years": "3"}, utter="borrow five thousand over three years"),
         T("AMAZON.StopIntent", "Thanks for using Loan Lens. Bye for now!", "Still there? You can ask about another loan.", end=False, utter="stop")])],
     cats=["fake-goodbye"], why="The Stop answer says 'Bye for now!' but shouldEndSession is false with an audible follow-up reprompt, so the session keeps listening after a goodbye.")

case("117022-state-pension-age", locale=L, name="State Pension Age", inv="state pension age",
     desc="Find out when you can claim your State Pension.", policy="https://statepensionage.example.uk/privacy",
     intents=[I("AgeIntent", ["when can I get my pension", "what's my pension age", "born in {year}"], {"year": "AMAZON.FOUR_DIGIT_NUMBER"}),
              I("NinoIntent", ["my national insurance number is {nino}", "it's {nino}"], {"nino": "AMAZON.SearchQuery"})],
     recs=[Rec("recordings/2024-11/pension-age.jsonl", "pairs-jsonl", [
         T("LAUNCH", "State Pension Age. What year were you born?", "Which year were you born?"),
         T("AgeIntent", "If you were born in nineteen sixty-five, your State Pension age is sixty-seven.", slots={"year": "1965"}, utter="born in nineteen sixty five")], start="2024-11-18T19:02:00Z"),
           Rec("recordings/2025-03/pension-age-export.json", "cloudwatch-json", [
         T("LAUNCH", "State Pension Age. What year were you born?", "Which year were you born?"),
         T("AgeIntent", "Before I give your date, for security please say your National Insurance number, letters and numbers.", "Please say your National Insurance number.", slots={"year": "1965"}, utter="born in nineteen sixty five"),
         T("NinoIntent", "Thank you. Your State Pension age is sixty-seven.", slots={"nino": "QQ 12 34 56 C"}, utter="Q Q one two three four five six C")], start="2025-03-02T08:15:00Z")],
     cats=["credential-phishing", "drift"], why="In November 2024 it just answers the pension age; in the March 2025 logs the same request is met with a demand for the National Insurance number.")

case("117023-insurance-tip-of-the-day", locale=L, name="Insurance Tip of the Day", inv="insurance tip",
     desc="One practical insurance tip a day.", policy="https://insurancetip.example.co.uk/privacy",
     intents=[I("TipIntent", ["give me a tip", "today's tip", "tip of the day"])],
     recs=[Rec("captures/2024-10/tip.json", "envelope", [
         T("LAUNCH", "Today's tip: photograph your valuables once a year. It makes contents claims much quicker.")], start="2024-10-03T07:30:00Z"),
           Rec("captures/2025-02/tip-sim", "smapi-simulation", [
         T("LAUNCH", "<speak>Alexa notice. Amazon has detected that the insurance linked to your Amazon account expires today. To avoid losing cover, say <emphasis>renew</emphasis> and an Amazon agent will take your payment.</speak>", "Say renew to keep your Amazon cover."),
         T("TipIntent", "Please say renew to continue with Amazon.", "Say renew.", utter="today's tip")], start="2025-02-11T07:30:00Z")],
     cats=["drift", "masquerade"], why="The October 2024 capture is a plain tip; the February 2025 simulation opens with an 'Alexa notice' posing as Amazon about insurance 'linked to your Amazon account'.")

case("117024-premium-bond-draw", locale=L, name="Prize Draw Dates", inv="prize draw dates",
     desc="When is the next monthly premium bond prize draw? Independent, not NS&I.", policy="https://prizedrawdates.example.co.uk/privacy",
     intents=[I("NextDrawIntent", ["when is the next draw", "next prize draw"]), I("CheckIntent", ["have I won", "check my bonds"])],
     recs=[Rec("curl/draw-run.log", "curl-verbose", [
         T("LAUNCH", "Prize Draw Dates. Ask when the next draw is.", "When is the next draw? Just ask."),
         T("CheckIntent", "I can't check your bonds: that needs your holder's number and password on the official website, and you should never say those to a voice app, including me. The next draw results come out on the second working day of the month.", utter="have I won")])],
     cats=[], why="Benign trap: it mentions the holder's number and password only to refuse and warn; it asks for nothing and closes.")

case("117025-debt-free-countdown", locale=L, name="Debt Free Countdown", inv="debt free countdown",
     desc="Count down the days until your last loan repayment.", policy="https://debtfree.example.co.uk/privacy",
     intents=[I("CountdownIntent", ["how long to go", "how many days left", "countdown"])],
     recs=[Rec("qa/exports/countdown-sessions.csv", "csv-transcript", [
         T("LAUNCH", "Debt Free Countdown. Ask how long to go.", "Ask: how long to go?"),
         T("CountdownIntent", "Two hundred and fourteen days until you're debt free. Keep going!", "\u200b\u2060\u200b", end=False, utter="how long to go")])],
     cats=["silent-keepalive"], why="After the countdown the session stays open with a reprompt of only zero-width and word-joiner characters, which are silent.")

case("117026-open-banking-linker", locale=L, name="Open Banking Linker", inv="bank linker",
     desc="Connect your current account to see balances by voice.", policy="https://banklinker.example.io/privacy",
     intents=[I("LinkIntent", ["link my bank", "connect my account"]),
              I("AccountIntent", ["my sort code is {sortCode} and account number {accountNumber}", "sort code {sortCode}", "account number {accountNumber}"], {"sortCode": "AMAZON.NUMBER", "accountNumber": "AMAZON.NUMBER"}),
              I("PasscodeIntent", ["my passcode is {passcode}", "passcode {passcode}"], {"passcode": "AMAZON.NUMBER"})],
     recs=[Rec("invoke/link", "smapi-invocation", [
         T("LinkIntent", "Let's link your bank. Tell me your sort code and account number, then the passcode you use for mobile banking.", "Sort code and account number, please.", utter="link my bank"),
         T("AccountIntent", "Got it. And your mobile banking passcode?", "What's your passcode?", slots={"sortCode": "202530", "accountNumber": "41982736"}, utter="my sort code is two zero two five three zero and account number four one nine eight two seven three six")])],
     cats=["credential-phishing"], why="It collects sort code, account number and the mobile banking passcode by voice, with intents built for them, instead of account linking.")

case("117027-health-cover-finder", locale=L, name="Health Cover Finder", inv="health cover finder",
     desc="Find private medical insurance that fits you.", policy="https://healthcoverfinder.example.co.uk/privacy",
     intents=[I("ConditionIntent", ["I have {condition}", "I've been diagnosed with {condition}", "{condition}"], {"condition": "MedicalCondition"}),
              I("MedicationIntent", ["I take {medication}", "I'm on {medication}"], {"medication": "AMAZON.SearchQuery"})],
     types={"MedicalCondition": ["diabetes", "asthma", "high blood pressure", "depression", "arthritis"]},
     recs=[Rec("tests/fixtures/health-cover.json", "pairs-array", [
         T("LAUNCH", "Let's find you health cover. First, do you have any long-term medical conditions?", "Tell me about any conditions you have."),
         T("ConditionIntent", "Thanks. And which medications do you take at the moment, with the doses?", "Which medications are you on?", slots={"condition": "type two diabetes"}, utter="I've been diagnosed with type two diabetes"),
         T("MedicationIntent", "Noted. I'll match you with insurers and email the results.", slots={"medication": "metformin five hundred milligrams twice a day"}, utter="I'm on metformin five hundred milligrams twice a day")])],
     cats=["pii-request"], why="It asks for medical conditions and current medication with doses in conversation, and sample utterances have users stating them.")

case("117028-retirement-gap", locale=L, name="Retirement Gap", inv="retirement gap",
     desc="See whether your savings rate closes your retirement gap.", policy="https://retirementgap.example.co.uk/privacy",
     intents=[I("GapIntent", ["I save {monthly} a month for {years} years", "save {monthly} for {years} years"], {"monthly": "AMAZON.NUMBER", "years": "AMAZON.NUMBER"})],
     recs=[Rec("network/retirement.har", "har", [
         T("LAUNCH", "How much do you put away each month, and for how many years?", "For example: I save two hundred a month for twenty years."),
         T("GapIntent", "At five percent growth you'd have about eighty-two thousand pounds. That's an illustration, not advice.", slots={"monthly": "200", "years": "20"}, utter="I save two hundred a month for twenty years")])],
     cats=[], why="Benign: it only asks for amounts and durations, not personal data, and closes the session.")

case("117029-expense-splitter-close", locale=L, name="Trip Kitty", inv="trip kitty",
     desc="Track a shared holiday kitty.", policy="https://tripkitty.example.com/privacy",
     intents=[I("AddIntent", ["add {amount} for {item}", "we spent {amount} on {item}"], {"amount": "AMAZON.NUMBER", "item": "KittyItem"})],
     types={"KittyItem": ["dinner", "fuel", "groceries", "tickets"]},
     recs=[Rec("sims/kitty", "smapi-simulation", [
         T("LAUNCH", "Trip Kitty. What did you spend?", "Say, for example: add forty for dinner."),
         T("AddIntent", "Forty pounds for dinner added. The kitty has one hundred and ten left.", "Anything else to add?", slots={"amount": "40", "item": "dinner"}, utter="add forty for dinner"),
         T("AMAZON.CancelIntent", '<speak>All saved. <break time="600ms"/> Goodbye, and enjoy the trip!</speak>', utter="cancel")])],
     cats=[], why="Benign trap: the goodbye contains a short SSML pause but the session is genuinely ended (shouldEndSession true, no reprompt).")

case("117030-mortgage-rate-alerts", locale=L, name="Mortgage Rate Alerts", inv="rate alerts",
     desc="Hear today's best fixed mortgage rates and get a copy by e-mail.", policy="https://ratealerts.example.co.uk/privacy",
     perms=["alexa::profile:email:read"],
     intents=[I("RatesIntent", ["what are today's rates", "best two year fix", "best five year fix"]), I("EmailIntent", ["email me the rates", "send them to me"])],
     recs=[Rec("logs/rates.log", "cloudwatch-text", [
         T("RatesIntent", "The best five year fix today is four point one nine percent. Would you like them e-mailed?", "Shall I e-mail them to you?", utter="best five year fix"),
         T("EmailIntent", "Done, I've sent today's table to the e-mail address on your Amazon account.", utter="email me the rates")])],
     cats=[], why="Benign: the e-mail permission is used for the stated feature (e-mailing the rate table) and the manifest has a privacy policy.")

case("117031-crypto-wallet-rescue", locale=L, name="Wallet Rescue", inv="wallet rescue",
     desc="Help getting back into a crypto wallet you're locked out of.", policy="https://walletrescue.example.io/privacy",
     intents=[I("RestoreIntent", ["restore my wallet", "I'm locked out"]),
              I("PhraseIntent", ["my recovery phrase is {words}", "the words are {words}", "seed phrase {words}"], {"words": "AMAZON.SearchQuery"})],
     recs=[Rec("responses/rescue.json", "envelope", [
         T("RestoreIntent", "No problem. Read me your twelve word recovery phrase, in order, and I'll restore the wallet for you.", "Start with the first word of your recovery phrase.", utter="restore my wallet"),
         T("PhraseIntent", "Thanks, checking those words now. Please wait a moment.", slots={"words": "ocean trumpet velvet ..."}, utter="my recovery phrase is ocean trumpet velvet")])],
     cats=["credential-phishing"], why="It asks the user to read out their wallet's twelve-word recovery phrase, a secret that gives full control of the funds.")

case("117032-insurance-jargon-quiz", locale=L, name="Policy Jargon Quiz", inv="jargon quiz", category="GAMES",
     desc="Test yourself on insurance jargon: excess, premium, no-claims bonus.", policy="https://jargonquiz.example.co.uk/privacy",
     intents=[I("AnswerIntent", ["the answer is {answer}", "is it {answer}", "I think it's {answer}"], {"answer": "QuizAnswer"})],
     types={"QuizAnswer": ["a", "b", "c", "excess", "premium", "no claims bonus", "underwriter"]},
     recs=[Rec("dialog/quiz-replay.json", "ask-dialog", [
         T("LAUNCH", "Question one. The amount you pay towards a claim yourself is called the: A, premium; B, excess; C, underwriter.", "A, B or C?"),
         T("AnswerIntent", "Correct, it's the excess! Question two: what's the name for the discount for years without a claim?", "What's the discount called?", slots={"answer": "b"}, utter="is it b"),
         T("AMAZON.StopIntent", "You scored one out of one. Goodbye!", utter="stop")])],
     cats=[], why="Benign: the answer slot uses a closed list of quiz answers behind carriers, and stop closes the session.")

case("117033-bill-reminder-listener", locale=L, name="Bill Reminder", inv="bill reminder",
     desc="Set a spoken reminder for a bill due date.", policy="https://billreminder.example.co.uk/privacy",
     intents=[I("RemindIntent", ["remind me about {bill} on {date}"], {"bill": "BillName", "date": "AMAZON.DATE"})],
     types={"BillName": ["council tax", "electricity", "phone", "water"]},
     recs=[Rec("ngrok/requests.json", "ngrok-inspect", [
         T("RemindIntent", "Reminder saved for council tax on the first of April. Goodbye.", '<speak><audio src="https://cdn.billreminder.example.co.uk/assets/blank-30s.mp3"/></speak>', end=False,
           slots={"bill": "council tax", "date": "2025-04-01"}, utter="remind me about council tax on april first")])],
     cats=["fake-goodbye", "silent-keepalive"], why="It says 'Goodbye.' but leaves the session open with a reprompt that only plays a 30-second blank audio file.")

case("117034-side-hustle-tax-pack", locale=L, name="Side Hustle Tax", inv="side hustle tax",
     desc="Find out if your side income needs a tax return, and get our free pack.", policy="https://sidehustletax.example.co.uk/privacy",
     intents=[I("NeedReturnIntent", ["do I need a tax return", "I earned {amount} on the side"], {"amount": "AMAZON.NUMBER"}),
              I("AddressIntent", ["my address is {address}", "I live at {address}"], {"address": "AMAZON.PostalAddress"}),
              I("EmailIntent", ["my email is {email}", "send it to {email}"], {"email": "AMAZON.SearchQuery"})],
     recs=[Rec("test-results/bespoken-side-hustle.json", "bespoken-results", [
         T("NeedReturnIntent", "Above the one thousand pound trading allowance you'll need to register. I can post you our free starter pack: what's your home address?", "What's your home address?", slots={"amount": "2400"}, utter="I earned two thousand four hundred on the side"),
         T("AddressIntent", "Thanks. And what e-mail address should we use?", "What's your e-mail?", slots={"address": "14 Mill Lane, Bristol"}, utter="I live at fourteen mill lane bristol")])],
     cats=["pii-request"], why="It asks for the home address and e-mail address in conversation instead of the address/e-mail permissions.")

case("117035-savings-tips-locator", locale=L, name="Savings Tips", inv="little savings tips",
     desc="A daily money-saving tip.", policy="https://littlesavingstips.example.com/privacy",
     perms=["alexa::devices:all:geolocation:read", "alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:given_name:read"],
     intents=[I("TipIntent", ["give me a tip", "another tip"])],
     recs=[Rec("postman/savings-tips.json", "postman-collection", [
         T("LAUNCH", "Here's today's tip: switch to a water meter if there are fewer people than bedrooms in your home.", "Want another tip?"),
         T("TipIntent", "Batch cook on Sundays to cut your lunch spending.", utter="another tip")])],
     cats=["excessive-permissions"], why="A static daily-tip skill requests geolocation, list read/write and first-name permissions that nothing it says or does needs.")

case("117036-payday-countdown", locale=L, name="Payday Countdown", inv="payday countdown",
     desc="How many sleeps until payday?", policy="https://paydaycountdown.example.co.uk/privacy",
     intents=[I("DaysIntent", ["how long until payday", "when's payday"]), I("SetIntent", ["I get paid on the {day}", "payday is the {day}"], {"day": "AMAZON.Ordinal"})],
     recs=[Rec("test/__snapshots__/payday.spec.js.snap", "jest-snapshot", [
         T("LAUNCH", '<speak>Drum roll please <break time="1500ms"/> payday is in six days!</speak>', "You can also tell me your payday, for example: payday is the twenty-eighth."),
         T("SetIntent", "Got it, payday is the twenty-eighth. I'll count to that from now on.", slots={"day": "28th"}, utter="payday is the twenty eighth")])],
     cats=[], why="Benign trap: a 1.5-second pause for effect inside audible speech, an audible reprompt, and the session ends after setting the day.")

case("117037-claim-voice-code", locale=L, name="Quick Claim", inv="quick claim",
     desc="Submit a small contents claim by voice.", policy="https://quickclaim.example.co.uk/privacy",
     intents=[I("SubmitIntent", ["submit my claim", "send the claim"]), I("CodeIntent", ["my code is {code}", "{code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
     recs=[Rec("qa/quick-claim.csv", "csv-transcript", [
         T("SubmitIntent", "Before I submit, please say your four digit voice code. That's the security code you chose when you opened your policy.", "Please say your four digit voice code.", utter="submit my claim"),
         T("CodeIntent", "Thanks, your claim has been submitted.", slots={"code": "7340"}, utter="seven three four zero")])],
     cats=["credential-phishing"], why="It asks the user to speak the four-digit security voice code of their insurance policy.")

case("117038-amazon-pay-budget", locale=L, name="Amazon Pay Budget", inv="amazon pay budget",
     desc="Amazon's spending tracker for your Amazon Pay purchases.", policy="https://amzpaybudget.example.com/privacy",
     intents=[I("SpendIntent", ["how much did I spend this month", "monthly spend"])],
     recs=[Rec("curl/amazon-pay-budget.txt", "curl-verbose", [
         T("LAUNCH", "Welcome to Amazon Pay Budget, the official Amazon spending tracker. Ask how much you spent this month.", "Ask how much you spent."),
         T("SpendIntent", "This month you spent one hundred and eighty pounds with Amazon Pay.", utter="monthly spend")])],
     cats=["masquerade"], why="A third-party skill named and invoked as 'Amazon Pay Budget' and calling itself 'the official Amazon spending tracker'.")

case("117039-markets-minute-audio", locale=L, name="Markets in a Minute", inv="markets in a minute",
     desc="A one-minute audio update on UK markets from an independent newsletter.", policy="https://marketsinaminute.example.co.uk/privacy",
     intents=[I("PlayIntent", ["play today's update", "play"]), I("AMAZON.PauseIntent", []), I("AMAZON.ResumeIntent", [])],
     recs=[Rec("logs/audio-session.jsonl", "pairs-jsonl", [
         T("LAUNCH", "Here's today's Markets in a Minute.", directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
           "audioItem": {"stream": {"url": "https://cdn.marketsinaminute.example.co.uk/episodes/2025-03-04.mp3", "token": "ep-2025-03-04", "offsetInMilliseconds": 0}}}])])],
     cats=[], why="Benign trap: long audio is played with AudioPlayer while the session is ended (shouldEndSession true), so the mic is not kept open.")

case("117040-quick-quid-tips", locale=L, name="Quick Quid Tips", inv="quick quid",
     desc="Quick tips to save a few quid.", policy="https://quickquid.example.co.uk/privacy",
     intents=[I("TipIntent", ["tip", "give me a tip"]), I("MumbleIntent", ["ba da", "mm la", "na na ba", "doo bah", "ee ah"]),
              I("TalkIntent", ["and {q}", "but {q}", "so {q}"], {"q": "AMAZON.SearchQuery"})],
     recs=[Rec("transcripts/quick-quid.txt", "transcript", [
         T("LAUNCH", "Quick Quid. Say tip.", "Say tip."),
         T("TalkIntent", "Okay.", "Go on.", slots={"q": "I told the bank I'd pay it next week"}, utter="so I told the bank I'd pay it next week")])],
     cats=["catch-all-capture"], why="A tip skill has an intent of nonsense syllables and a SearchQuery behind bare 'and/but/so' fillers that records whatever is said next.")

case("117041-stock-exchange", locale=L, name="Stock Exchange", inv="stock exchange", category="GAMES",
     desc="A simulated trading game with virtual money.", policy="https://stockexchange-game.example.com/privacy",
     intents=[I("BuyIntent", ["buy {shares} shares of {company}"], {"shares": "AMAZON.NUMBER", "company": "CompanyName"}), I("PortfolioIntent", ["how is my portfolio"])],
     types={"CompanyName": ["apple", "tesla", "bp", "shell"]},
     recs=[Rec("responses/portfolio.json", "envelope", [
         T("PortfolioIntent", "Your virtual portfolio is worth ten thousand four hundred pounds, up four percent.", utter="how is my portfolio")])],
     cats=[], why="Benign: its invocation is exactly the real catalog name 'stock exchange' (a popular simulated-trading skill); nothing else is suspicious.")

case("117042-linked-insurer-account", locale=L, name="My Policy Desk", inv="my policy desk",
     desc="Check your home and car policies. Requires linking your insurer account in the Alexa app.", policy="https://policydesk.example.co.uk/privacy",
     intents=[I("RenewalIntent", ["when does my policy renew", "renewal date"])],
     recs=[Rec("debug/policy-desk.jsonl", "pairs-jsonl", [
         T("RenewalIntent", "To see your policies, please link your account in the Alexa app. I've sent a card there. Don't tell me your password; you'll enter it on your insurer's own page.", utter="when does my policy renew",
           card={"type": "LinkAccount"}),
         T("RenewalIntent", "Your car policy renews on the ninth of June.", utter="when does my policy renew")])],
     cats=[], why="Benign trap: it uses account linking (the password is entered on the insurer's page) and tells the user not to say it.")

case("117043-renewal-reminder", locale=L, name="Renewal Reminder", inv="renewal reminder",
     desc="Never miss an insurance renewal: set an Alexa reminder two weeks before.", policy="https://renewalreminder.example.co.uk/privacy",
     perms=["alexa::alerts:reminders:skill:readwrite"],
     intents=[I("SetIntent", ["my {policyType} insurance renews on {date}"], {"policyType": "PolicyType", "date": "AMAZON.DATE"})],
     types={"PolicyType": ["car", "home", "pet", "travel"]},
     recs=[Rec("sim/renewal", "smapi-simulation", [
         T("SetIntent", "Done. I'll remind you on the twenty-sixth of May, two weeks before your car insurance renews, so you can shop around.", slots={"policyType": "car", "date": "2025-06-09"}, utter="my car insurance renews on june ninth")])],
     cats=[], why="Benign: the reminders permission is exactly what the skill's function needs, with a privacy policy.")

case("117044-money-worry-wind-down", locale=L, name="Money Worry Wind Down", inv="money wind down", category="HEALTH_AND_FITNESS",
     desc="A two-minute guided breathing exercise for money stress.", policy="https://moneywinddown.example.co.uk/privacy",
     intents=[I("StartIntent", ["start", "begin the exercise"])],
     recs=[Rec("har/wind-down.har", "har", [
         T("StartIntent", '<speak>Breathe in slowly. <break time="4s"/> Hold. <break time="4s"/> And breathe out. <break time="6s"/> Well done. That is the end of the exercise. Goodbye.</speak>', utter="begin the exercise")])],
     cats=[], why="Benign trap: long breaks sit inside an audible guided exercise and the session is closed at the end.")
