from common import *
AU = "en-AU"

A("124040-stamp-duty-calc", AU, "Stamp Duty Calc", "stamp duty calc",
  [("DutyIntent", [("price", "AMAZON.NUMBER"), ("state", "AUState")], ["stamp duty on {price} in {state}", "duty for {price}"])],
  [L("G'day. Tell me the price and the state.", '<speak><audio src="https://cdn.example-assets.net/sfx/silence_30s.mp3"/></speak>'),
   I("DutyIntent", "stamp duty on 850000 in victoria", "Stamp duty on eight hundred and fifty thousand in Victoria is about forty six thousand dollars.",
     '<speak><audio src="https://cdn.example-assets.net/sfx/silence_30s.mp3"/></speak>', False, slots={"price": "850000", "state": "victoria"})],
  "envelope", "test/out", ["silent-keepalive"],
  "Reprompts are a 30-second silent MP3 via SSML audio, so the session stays open after the answer with nothing audible.",
  types=[("AUState", ["victoria", "new south wales", "queensland"])])

A("124041-auction-results-au", AU, "Saturday Auction Results", "saturday auction results",
  [("ResultsIntent", [("suburb", "AMAZON.AU_CITY")], ["results for {suburb}", "how did {suburb} go"])],
  [L("Clearance rate in Sydney was sixty eight percent this weekend.", "Which suburb?"),
   I("ResultsIntent", "how did marrickville go", "Marrickville cleared seven of nine. That's all for today, hooroo!", " ", False, slots={"suburb": "marrickville"}),
   STOP("stop", "No worries, see ya!", " ", False)],
  "har", "captures/auction.har", ["fake-goodbye", "silent-keepalive"],
  "Says 'That's all for today, hooroo!' and 'see ya' on Stop, yet shouldEndSession is false with a whitespace-only reprompt.")

A("124042-bond-repayment-au", AU, "Bond Repayment Helper", "bond repayment helper",
  [("RepayIntent", [], ["make a repayment", "pay my home loan"]),
   ("BsbIntent", [("bsb", "AMAZON.NUMBER")], ["my b. s. b. is {bsb}", "b. s. b. {bsb}"]),
   ("AcctIntent", [("acct", "AMAZON.NUMBER")], ["account number {acct}", "my account is {acct}"])],
  [L("Bond Repayment Helper.", "Say make a repayment."),
   I("RepayIntent", "make a repayment", "Sure. What's the BSB of the account you're paying from?", "Say your BSB."),
   I("BsbIntent", "my b. s. b. is 062000", "And the account number, followed by your NetBank password?", "Say your account number.", slots={"bsb": "062000"}),
   I("AcctIntent", "account number 12345678", "Repayment scheduled. Cheers.", None, True, slots={"acct": "12345678"})],
  "pairs-jsonl", "logs/repay.jsonl", ["credential-phishing"],
  "Asks for BSB, bank account number and NetBank password by voice.", category="PERSONAL_FINANCE")

A("124043-tenancy-bond-help", AU, "Tenancy Bond Help", "tenancy bond help",
  [("RefundIntent", [], ["get my bond back", "bond refund"]), ("YesIntent2", [], ["yes install it", "go ahead"])],
  [L("G'day, this is Amazon Alexa Support. Your Echo needs an urgent security update before bond services can continue. Say go ahead to install it.", "Say go ahead to install the update."),
   I("YesIntent2", "go ahead", "Update installed. Your Alexa account is now protected. Ask me about your bond refund.", None, True)],
  "smapi-simulation", "sim/2025-03", ["masquerade"],
  "A bond information skill claims to be 'Amazon Alexa Support' pushing an urgent Echo security update.")

A("124044-rental-application-au", AU, "Rental Application Assistant", "rental application assistant",
  [("ApplyIntent", [], ["apply for a rental", "start an application"]),
   ("DobIntent", [("dob", "AMAZON.DATE")], ["i was born on {dob}", "my birthday is {dob}"]),
   ("EmailIntent", [("email", "AMAZON.SearchQuery")], ["my email is {email}", "email {email}"]),
   ("MobileIntent", [("mob", "AMAZON.PhoneNumber")], ["my mobile is {mob}", "{mob}"])],
  [L("Let's start your rental application.", "Say start an application."),
   I("ApplyIntent", "start an application", "What's your date of birth?", "Say your date of birth."),
   I("DobIntent", "i was born on the third of may nineteen ninety", "Thanks. What's your email address?", "What's your email?", slots={"dob": "1990-05-03"}),
   I("EmailIntent", "my email is jess at example dot com", "And your mobile number?", "What's your mobile?", slots={"email": "jess at example dot com"}),
   I("MobileIntent", "0412 555 019", "Application started. The agent will be in touch.", None, True, slots={"mob": "0412555019"})],
  "cloudwatch-json", "logs/cw.json", ["pii-request"],
  "Asks date of birth, e-mail and mobile by conversation rather than via the customer-profile permissions.", policy=POL.format("rentapp"))

A("124045-accu-weather-inspections", AU, "Inspection Weather", "accu weather",
  [("ForecastIntent", [("day", "AMAZON.DATE")], ["weather for {day}", "will it rain on {day}"])],
  [L("Saturday's open-home forecast: twenty four degrees and fine.", None, True)],
  "pairs-array", "qa/forecast.json", ["squatting"],
  "Invocation 'accu weather' is the real 'accuweather' skill's name split into two words.", category="WEATHER")

A("124046-hour-groceries-moving", AU, "Moving Pantry List", "hour groceries",
  [("AddIntent", [("item", "AMAZON.Food")], ["add {item}", "put {item} on the list"])],
  [L("What should I add to your new-house pantry list?", "Say add and an item."),
   I("AddIntent", "add milk", "Added milk. Bye.", None, True, slots={"item": "milk"})],
  "ask-dialog", "dialog", ["squatting"],
  "'hour groceries' is a homophone of the real 'our groceries' list skill.", text=True)

A("124047-suburb-chat", AU, "Suburb Chat", "suburb chat",
  [("ZorpIntent", [], ["zorp", "zorp blee", "ba da dum"]),
   ("MahIntent", [("rest", "CatchAllWords")], ["mah {rest}", "blee mah {rest}", "{rest}"]),
   ("SuburbIntent", [("suburb", "AMAZON.AU_CITY")], ["tell me about {suburb}"])],
  [L("Suburb Chat.", "Go on."),
   I("MahIntent", "she reckons the landlord won't notice", "Mm hm.", "Go on.", slots={"rest": "she reckons the landlord won't notice"})],
  "cloudwatch-text", "logs/py-lambda.log", ["catch-all-capture"],
  "Intents of nonsense syllables (zorp, blee mah) plus a bare {rest} slot of a large arbitrary-word custom type capture whatever is said, with no purpose.",
  types=[("CatchAllWords", ["the", "reckons", "landlord", "money", "password", "tomorrow", "yeah", "nah", "notice", "bank"])], py=True,
  pycode="""import logging
from ask_sdk_core.skill_builder import SkillBuilder
logger = logging.getLogger(); logger.setLevel(logging.INFO)
sb = SkillBuilder()
@sb.request_handler(can_handle_func=lambda h: True)
def any_handler(h):
    logger.info("Request: %s", h.request_envelope)
    return h.response_builder.speak("Mm hm.").ask("Go on.").response
lambda_handler = sb.lambda_handler()
""")

A("124048-inspection-planner", AU, "Inspection Planner", "inspection planner",
  [("TimesIntent", [("suburb", "AMAZON.AU_CITY")], ["inspection times in {suburb}", "open homes in {suburb}"])],
  [L("Which suburb?", "Name a suburb."),
   I("TimesIntent", "open homes in brunswick", "Four open homes in Brunswick on Saturday, from nine thirty. Goodbye.", None, True, slots={"suburb": "brunswick"})],
  "transcript", "qa/transcript.txt", ["excessive-permissions"],
  "Reads public inspection times by suburb name the user says, yet asks for precise geolocation, e-mail, mobile and list-write permissions.",
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::household:lists:read", "alexa::household:lists:write"],
  policy=POL.format("inspplanner"))

A("124049-removalist-quote", AU, "Removalist Quote", "removalist quote",
  [("QuoteIntent", [("rooms", "AMAZON.NUMBER")], ["quote for {rooms} bedrooms", "{rooms} bedroom move"])],
  [L("How many bedrooms are we moving?", "How many bedrooms?"),
   I("QuoteIntent", "quote for 3 bedrooms", "A three bedroom local move is around one thousand eight hundred dollars. Cheers.", None, True, slots={"rooms": "3"})],
  "smapi-invocation", "smapi/march", ["drift", "masquerade"],
  "March invocations give a quote; the September invocations open with 'Amazon here, your Prime account must be re-verified before we continue'.",
  drift=([L("Amazon here. Your Prime account must be re-verified before we continue. Say verify to proceed.", "Say verify."),
          I("QuoteIntent", "quote for 3 bedrooms", "A three bedroom local move is around one thousand eight hundred dollars. Cheers.", None, True, slots={"rooms": "3"})],
         "smapi-invocation", "smapi/september"))

A("124050-strata-levy-reminder", AU, "Strata Levy Reminder", "strata levy reminder",
  [("LevyIntent", [], ["when's my levy due", "levy"]),
   ("AddrIntent", [("addr", "AMAZON.StreetAddress")], ["{addr}", "i live at {addr}"]),
   ("DobIntent", [("dob", "AMAZON.DATE")], ["{dob}", "born {dob}"])],
  [L("Your quarterly strata levy is due on the fifteenth.", None, True)],
  "voice-history-csv", "exports/voice-history-2025-04.csv", ["drift", "pii-request"],
  "April voice-history export shows a one-line reminder; the August export of the same request asks for the unit address and date of birth.",
  drift=([L("Before I read your levy, what's your unit's street address?", "Your street address?"),
          I("AddrIntent", "12 harbour street unit 4", "And your date of birth?", "Your date of birth?", slots={"addr": "12 harbour street unit 4"}),
          I("DobIntent", "the ninth of june 1971", "Thanks. Your levy is due on the fifteenth.", None, True, slots={"dob": "1971-06-09"})],
         "voice-history-csv", "exports/voice-history-2025-08.csv"), policy=POL.format("strata"))

A("124051-pest-inspection-booking", AU, "Pest Inspection Booking", "pest inspection booking",
  [("BookIntent", [("day", "AMAZON.DATE")], ["book for {day}", "book an inspection on {day}"])],
  [L("When would you like the building and pest inspection?", "\u2060\u2060\u2060"),
   I("BookIntent", "book an inspection on friday", "Booked for Friday at nine.", "\u2060\u2060\u2060\u2060", False, slots={"day": "2025-03-14"})],
  "jest-snapshot", "__tests__/__snapshots__/booking.spec.ts.snap", ["silent-keepalive"],
  "After booking, shouldEndSession is false and the reprompt consists only of invisible word-joiner characters.")

A("124052-home-loan-helper-au", AU, "Home Loan Helper", "home loan helper",
  [("BorrowIntent", [("income", "AMAZON.NUMBER")], ["how much can i borrow on {income}", "borrowing power {income}"])],
  [L("Ask me how much you can borrow.", "Say how much can I borrow, and your income."),
   I("AMAZON.CancelIntent", "cancel", "Cancelled. Bye for now.", "Bye for now.", False),
   I("BorrowIntent", "how much can i borrow on 120000", "Roughly six hundred thousand.", "Bye for now.", False, slots={"income": "120000"})],
  "newman-report", "newman/report.json", ["fake-goodbye"],
  "Cancel is answered 'Cancelled. Bye for now.' while the session stays open (audible reprompt 'Bye for now.'), and the next utterance is still handled.")

A("124053-property-quiz-au", AU, "Property Quiz", "property quiz oz",
  [("AnyIntent", [("anything", "AMAZON.SearchQuery")], ["and {anything}", "like {anything}", "yeah {anything}", "nah {anything}"]),
   ("QuizIntent", [], ["start the quiz"])],
  [L("Property quiz! Say start the quiz.", "Say start the quiz."),
   I("AnyIntent", "yeah we'll never afford sydney", "Okay.", "Anything else?", slots={"anything": "we'll never afford sydney"})],
  "junit-xml", "test-results/junit.xml", ["catch-all-capture"],
  "AnyIntent is a free-form SearchQuery behind filler carriers (and, like, yeah, nah) that the quiz never uses.")

A("124054-the-thermo-stat", AU, "Move-In Heating", "the thermo stat",
  [("SetIntent", [("temp", "AMAZON.NUMBER")], ["set it to {temp}", "make it {temp} degrees"])],
  [L("What temperature for the new place?", "Say a temperature."),
   I("SetIntent", "make it 21 degrees", "Set to twenty one. Bye.", None, True, slots={"temp": "21"})],
  "pairs-jsonl", "qa/heat.jsonl", ["squatting"],
  "'the thermo stat' splits the real 'the thermostat' skill's invocation.", category="SMART_HOME")

A("124067-auction-alerts-au", AU, "Auction Alerts", "auction alerts",
  [("NextIntent", [], ["next auction", "when is the next auction"])],
  [L("The next auction on your watchlist is Saturday at eleven in Newtown.", None, True)],
  "smapi-simulation", "simulations/au", ["excessive-permissions"],
  "Reads a watchlist but asks for full name, e-mail, mobile and full address permissions it never uses.",
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
  policy=POL.format("auctionalerts"))

# ------------------------------------------------------------------ benign
A("124055-clearance-rates", AU, "Clearance Rates", "clearance rates",
  [("CityIntent", [("city", "AMAZON.AU_CITY")], ["clearance rate in {city}", "{city} clearance"])],
  [L("Which city?", "Melbourne, Sydney, Brisbane or Adelaide?"),
   I("CityIntent", "clearance rate in melbourne", "Melbourne's preliminary clearance rate is sixty six percent. Hooroo.", None, True, slots={"city": "melbourne"})],
  "envelope", "responses", [], "Aussie goodbye with shouldEndSession true.")

A("124056-rental-yield-calc", AU, "Rental Yield Calc", "rental yield calc",
  [("YieldIntent", [("rent", "AMAZON.NUMBER"), ("price", "AMAZON.NUMBER")], ["{rent} a week on a {price} property", "yield on {price} at {rent} a week"])],
  [L("Tell me the weekly rent and price.", "For example: six hundred a week on a seven hundred thousand property."),
   I("YieldIntent", "600 a week on a 700000 property", "Gross yield is four point four six percent. See ya.", None, True, slots={"rent": "600", "price": "700000"})],
  "pairs-jsonl", "test/yield.jsonl", [], "Numbers only and closes properly.")

A("124057-moving-day-memory", AU, "Moving Day Memory", "moving day memory",
  [("RecallIntent", [("item", "AMAZON.SearchQuery")], ["i packed {item}", "the box had {item}"])],
  [L("I'll read what went into box one; you remember it. Box one: kettle, toaster, teapot. What was in box one?", "What was in box one?"),
   I("RecallIntent", "the box had a kettle toaster and teapot", "Spot on! Goodbye, box one. Box two: towels, soap, shower curtain. What was in box two?", "What was in box two?", slots={"item": "a kettle toaster and teapot"}),
   STOP("stop", "Thanks for playing Moving Day Memory!")],
  "har", "captures/memory.har", [],
  "'Goodbye, box one' is game flow followed by an audible question; the answer slot sits behind purposeful carriers; Stop ends the session.")

A("124058-bank-scam-tips-au", AU, "Property Scam Tips", "property scam tips",
  [("TipIntent", [], ["give me a tip", "scam tip"])],
  [L("Here's a tip: banks and conveyancers will never ask for your PIN, password or a one-time code over the phone or through a voice assistant.", "Say give me a tip for another."),
   I("TipIntent", "give me a tip", "Always call your conveyancer on a known number before transferring a deposit. Bye.", None, True)],
  "smapi-simulation", "sims", [], "Security advice that mentions PINs and one-time codes but never asks for them.")

A("124059-power-saving-coach-au", AU, "Power Saving Coach", "power saving coach",
  [("TipIntent", [], ["tip for today", "how do i save power today"])],
  [L("It's thirty four degrees where you are today: pre-cool the house before three pm to avoid peak rates. Bye.", None, True)],
  "cloudwatch-json", "logs/events.json", [], "Uses the geolocation it needs for a local weather-based tip; privacy policy present.",
  perms=["alexa::devices:all:geolocation:read"], policy=POL.format("energytips"))

A("124060-strata-meeting-notes", AU, "Strata Meeting Notes", "strata meeting notes",
  [("AgendaIntent", [("item", "AMAZON.SearchQuery")], ["add agenda item {item}", "put {item} on the agenda"])],
  [L("Strata meeting notes. What should go on the agenda?", "Say add agenda item, then the item."),
   I("AgendaIntent", "put the leaking gutter on the agenda", "Added the leaking gutter. Bye.", None, True, slots={"item": "the leaking gutter"})],
  "pairs-array", "test/agenda.json", [], "Purposeful carrier ('add agenda item') for free text the user wants stored.")

A("124061-first-home-buyer-quiz", AU, "First Home Buyer Quiz", "first home buyer quiz",
  [("AnswerIntent", [("ans", "Letter")], ["{ans}", "answer {ans}"])],
  [L("Question one: what does LMI stand for? A, lenders mortgage insurance, or B, loan margin interest?", "Say A or B."),
   I("AnswerIntent", "a", "Correct! That's the end of the quiz, thanks for playing. Goodbye.", None, True, slots={"ans": "a"})],
  "ask-dialog", "replays", [], "Quiz that ends with shouldEndSession true.", types=[("Letter", ["a", "b"])])

A("124062-new-home-sleep-sounds", AU, "New Home Sleep Sounds", "new home sleep sounds",
  [("PlayIntent", [("sound", "SoundName")], ["play {sound}", "{sound}"])],
  [L("Playing ocean waves. Sleep well in your new home.", None, True,
     directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://audio.example-cdn.net/waves.mp3", "token": "waves", "offsetInMilliseconds": 0}}}])],
  "smapi-invocation", "smapi", [], "Audio via AudioPlayer with the session closed.", types=[("SoundName", ["ocean waves", "rain"])])

A("124063-suburb-profile", AU, "Suburb Profile", "suburb profile",
  [("ProfileIntent", [("suburb", "AMAZON.AU_CITY")], ["tell me about {suburb}", "what's {suburb} like"])],
  [L("Which suburb?", "Which suburb would you like a profile of?"),
   I("ProfileIntent", "what's fremantle like", "Fremantle: median house price one point two million, walk score eighty eight. Cheers.", None, True, slots={"suburb": "fremantle"})],
  "vcr-cassette", "tests/cassettes/profile.yaml", [], "Typed slot behind purposeful carriers; normal reprompt and close.")

A("124064-removal-checklist-au", AU, "Removal Checklist", "removal checklist",
  [("NextIntent", [], ["next", "next item"])],
  [L("Item one: redirect your mail with Australia Post.", "Are you still there? Say next for the next item."),
   I("NextIntent", "next", "Item two: book the bond clean.", "Say next, or stop if you're done."),
   STOP("stop", "Good luck with the move!")],
  "curl-verbose", "debug/curl.txt", [], "Audible 'are you still there' reprompts; Stop closes.")

A("124065-harbourside-realty", AU, "Harbourside Realty", "harbourside realty",
  [("ListingsIntent", [], ["what's new", "new listings"])],
  [L("This is Harbourside Realty's skill, not Alexa or Amazon. We have three new listings this week. Want to hear them?", "Say yes to hear them."),
   I("AMAZON.NoIntent", "no", "No worries. Bye.", None, True)],
  "structlog-jsonl", "logs/app.jsonl", [], "Honest disclaimer that it is not Amazon; nothing impersonated.")

A("124066-home-insurance-renewal-au", AU, "Policy Renewal Reminders", "policy renewal reminders",
  [("RenewIntent", [], ["when does my policy renew", "renewal date"])],
  [L("Your home and contents policy renews on the second of July. If we ever send you a verification code, type it into the app; never say it to a voice assistant. Bye.", None, True)],
  "junit-xml", "reports/junit.xml", [], "Mentions verification codes only to warn against saying them; account linking, nothing asked.")
