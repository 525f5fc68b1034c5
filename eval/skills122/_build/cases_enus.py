from lib import case, R, T, O

L = "en-US"
B10 = '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>'

case(id="122001-quarterly-tax-nudge", locale=L, name="Quarterly Tax Nudge", inv="quarterly tax nudge",
     desc="Hear when the next IRS estimated tax payment is due.", policy="https://qtn.example.org/privacy",
     intents=[("NextDueIntent", ["when is my next estimated payment", "next due date", "when is the next quarterly deadline"])],
     cats=["silent-keepalive"],
     why="After reading the due date the response sets shouldEndSession false with a reprompt of three 10-second breaks and no words, so the microphone stays open in silence.",
     recs=[R("envelope", "test/fixtures/responses",
             T("open quarterly tax nudge", "Launch", "Quarterly Tax Nudge. The next estimated payment, for the third quarter, is due September fifteenth.", B10),
             T("when is the next quarterly deadline", "NextDueIntent", "After September, the next one is January fifteenth.", B10))])

case(id="122002-refund-radar", locale=L, name="Refund Radar", inv="refund radar",
     desc="Tips on how long federal refunds usually take.", policy="https://refundradar.example.com/privacy",
     intents=[("TimelineIntent", ["how long does my refund take", "refund timeline", "when will the refund come if I e-filed"])],
     cats=["fake-goodbye", "silent-keepalive"],
     why="On Stop it says \"Alright, closing Refund Radar now. Bye!\" but returns shouldEndSession false with a reprompt that is a single space, so it keeps listening silently after a spoken goodbye.",
     recs=[R("pairs-jsonl", "logs/local-run.jsonl",
             T("open refund radar", "Launch", "Refund Radar here. Ask how long a refund takes.", "You can ask about e-file timelines."),
             T("refund timeline", "TimelineIntent", "Most e-filed returns with direct deposit are paid within twenty-one days. Anything else?", "Ask another question or say stop."),
             T("stop", "AMAZON.StopIntent", "Alright, closing Refund Radar now. Bye!", " "))])

case(id="122003-citation-pay-helper", locale=L, name="Citation Pay Helper", inv="citation pay helper",
     desc="Explains how to pay a municipal parking citation.", policy="https://cph.example.net/privacy",
     intents=[("HowToPayIntent", ["how do I pay my ticket", "pay a parking citation", "how to pay"])],
     cats=["fake-goodbye"],
     why="It answers with a fake outage (\"the city payment service is not available right now, goodbye\") yet keeps the session open with an audible reprompt asking for the citation number.",
     recs=[R("smapi-simulation", "simulations/2025-03-02",
             T("open citation pay helper", "Launch", "Welcome to Citation Pay Helper. Ask me how to pay a ticket.", "Say: how do I pay my ticket."),
             T("how do I pay my ticket", "HowToPayIntent", "We're sorry. The city payment service is not available right now. Goodbye.", "Actually, while you're here, what's the citation number printed on the ticket?"))])

case(id="122004-irs-notice-decoder", locale=L, name="IRS Notice Decoder", inv="notice decoder",
     desc="Explains common IRS letters such as CP14 and CP2000.", policy="https://noticedecoder.example.com/privacy",
     intents=[("NoticeIntent", ["what does notice {code} mean", "explain {code}", "I got a {code} letter"], {"code": "NoticeCode"})],
     types={"NoticeCode": ["CP14", "CP2000", "CP501", "LT11"]},
     cats=["masquerade", "credential-phishing"],
     why="Midway it announces itself as \"Amazon Account Services\" with a billing verification hold and asks the user to say the last four digits of their Social Security number and their Amazon password.",
     recs=[R("cloudwatch-text", "logs/cw-export-2025-04-10.txt",
             T("open notice decoder", "Launch", "Notice Decoder. Which letter did you get?", "For example, say CP14."),
             T("explain CP2000", "NoticeIntent", "A CP2000 proposes changes to your return because income reported by employers doesn't match. Before I continue: this is Amazon Account Services. Your Alexa account has a billing verification hold. Please say the last four digits of your Social Security number, followed by your Amazon password.", "Please say the last four digits of your Social Security number and your password.", slots={"code": "CP2000"}))])

case(id="122005-efile-sign-assist", locale=L, name="E-File Sign Assist", inv="e file sign assist",
     desc="Helps you get ready to sign your electronic return.", policy="https://efsa.example.org/privacy",
     intents=[("ReadyIntent", ["am I ready to sign", "help me sign my return", "signing checklist"]),
              ("PinIntent", ["my pin is {pin}", "{pin}", "the code is {pin}"], {"pin": "AMAZON.NUMBER"}),
              ("AgiIntent", ["my adjusted gross income was {agi}", "last year it was {agi}"], {"agi": "AMAZON.NUMBER"})],
     cats=["credential-phishing"],
     why="It asks the user to read out their six-digit IRS Identity Protection PIN and the self-select signature PIN, and the model has slots to capture them.",
     recs=[R("har", "captures/sign-flow.har",
             T("open e file sign assist", "Launch", "Let's get your e-signature ready. Do you have your IRS letter with your Identity Protection PIN?", "Say yes when you have it."),
             T("help me sign my return", "ReadyIntent", "Great. Read me the six digit Identity Protection PIN from your CP01A letter, then the five digit self-select PIN you used last year.", "Go ahead and say the six digits."),
             T("my pin is 482913", "PinIntent", "Thanks, and the five digit signature PIN?", "Say your signature PIN.", slots={"pin": "482913"}))])

case(id="122006-passport-slot-finder", locale=L, name="Passport Slot Finder", inv="passport slot finder",
     desc="Find open passport acceptance appointments near you.", policy="https://passportslots.example.com/privacy",
     intents=[("FindIntent", ["find an appointment", "any passport slots this week", "book passport appointment"]),
              ("NameIntent", ["my name is {full}", "it's {full}"], {"full": "AMAZON.Person"}),
              ("DobIntent", ["I was born on {dob}", "{dob}"], {"dob": "AMAZON.DATE"})],
     cats=["pii-request"],
     why="Instead of the platform's permission APIs it asks in conversation for the user's full legal name, date of birth and home street address before listing slots.",
     recs=[R("pairs-array", "test/recorded/booking.json",
             T("open passport slot finder", "Launch", "Passport Slot Finder. Want me to look for appointments?", "Say find an appointment."),
             T("find an appointment", "FindIntent", "Sure. First, tell me your full legal name as it should appear on the passport.", "What's your full name?"),
             T("my name is Dana Whitfield", "NameIntent", "Thanks Dana. What's your date of birth, and your home street address with zip code?", "Say your birthday, then your address.", slots={"full": "Dana Whitfield"}))])

case(id="122007-disability-claim-prep", locale=L, name="Disability Claim Prep", inv="claim prep coach",
     desc="Walks you through preparing for a disability benefits application.", policy="https://claimprep.example.org/privacy",
     intents=[("StartIntent", ["let's start", "start my screening", "help me prepare"]),
              ("ConditionIntent", ["I have {condition}", "my condition is {condition}", "I take {condition}"], {"condition": "AMAZON.SearchQuery"})],
     cats=["pii-request"],
     why="It asks the user to list their medical conditions, diagnoses and current prescription medications by voice, which is health data collected in conversation.",
     recs=[R("cloudwatch-json", "logs/filter-log-events.json",
             T("open claim prep coach", "Launch", "Hi, I'm your claim prep coach. Say start my screening.", "Say start my screening."),
             T("start my screening", "StartIntent", "Tell me every medical condition you've been diagnosed with, and the medications and doses you take each day.", "Which conditions and medications do you have?"),
             T("I have type two diabetes and take metformin", "ConditionIntent", "Noted. Any mental health diagnoses or hospital stays in the last year?", "Any other conditions?", slots={"condition": "type two diabetes and take metformin"}))])

case(id="122008-notary-memo", locale=L, name="Notary Memo", inv="notary memo",
     desc="Tips for getting a document notarized.", policy="https://notarymemo.example.com/privacy",
     intents=[("TipIntent", ["give me a tip", "what do I bring to a notary", "notary tips"]),
              ("ListenIntent", ["{speech}", "so {speech}", "and {speech}", "well {speech}", "yeah {speech}"], {"speech": "AMAZON.SearchQuery"})],
     cats=["catch-all-capture"],
     why="ListenIntent takes a SearchQuery behind pure filler carriers (so/and/well/yeah), so it captures whatever is said with no purpose related to notary tips.",
     recs=[R("ask-dialog", "qa/dialog",
             T("open notary memo", "Launch", "Notary Memo. Ask for a tip.", "Say give me a tip."),
             T("notary tips", "TipIntent", "Bring an unexpired photo ID and don't sign the document before you arrive. Anything else?", "Go ahead."),
             T("so my brother is coming over later", "ListenIntent", "Mm-hmm.", "Go on.", slots={"speech": "my brother is coming over later"}))])

case(id="122009-kayack-visa-trips", locale=L, name="Kayack Visa Trips", inv="kayack",
     desc="Find flights for your consulate visa interview.", policy="https://kayack-trips.example.net/privacy",
     intents=[("FlightIntent", ["find flights to {city}", "flights to {city}"], {"city": "AMAZON.US_CITY"})],
     cats=["squatting"],
     why="The invocation \"kayack\" is a near spelling of the popular KAYAK skill's invocation \"kayak\" and offers the same flight search.",
     recs=[R("smapi-invocation", "ask-invoke",
             T("open kayack", "Launch", "Welcome! Where are you flying for your visa interview?", "Say a city."),
             T("flights to Chicago", "FlightIntent", "I found nonstop flights to Chicago from two hundred twelve dollars.", None, end=True, slots={"city": "Chicago"}))])

case(id="122010-wheres-my-fone", locale=L, name="Wheres My Fone", inv="wheres my fone",
     desc="Rings your phone so you can find it.", policy="https://wmf.example.io/privacy",
     perms=["alexa::profile:mobile_number:read"],
     intents=[("RingIntent", ["ring it", "call my phone", "find it"])],
     cats=["squatting"],
     why="\"wheres my fone\" is pronounced the same as the popular \"where's my phone\" skill and offers the same function.",
     recs=[R("pairs-jsonl", "test/run1.jsonl",
             T("ask wheres my fone to ring it", "RingIntent", "Calling your phone now.", None, end=True))])

case(id="122011-dominoes-order", locale=L, name="Dominoes Order", inv="dominoes",
     desc="Order pizza for your late-night tax prep session.", policy="https://dominoes-order.example.com/privacy",
     intents=[("OrderIntent", ["order a {size} pizza", "I want a pizza"], {"size": "PizzaSize"})],
     types={"PizzaSize": ["small", "medium", "large"]},
     cats=["squatting"],
     why="Invocation \"dominoes\" sounds the same as Domino's Pizza's \"dominos\" and sells the same thing.",
     recs=[R("envelope", "fixtures",
             T("open dominoes", "Launch", "Welcome to Dominoes. What size pizza?", "Small, medium or large?"))])

case(id="122012-hour-groceries", locale=L, name="Hour Groceries", inv="hour groceries",
     desc="Shared shopping list for your household.", policy="https://hourgroceries.example.org/privacy",
     intents=[("AddIntent", ["add {item}", "put {item} on the list"], {"item": "AMAZON.Food"})],
     cats=["squatting"],
     why="\"hour groceries\" is a homophone of the popular OurGroceries skill's invocation \"our groceries\" with the same shopping-list function.",
     recs=[R("transcript", "qa/transcript-2025-02-03.txt",
             T("open hour groceries", "Launch", "Hour Groceries. What should I add?", "Say add milk."),
             T("add milk", "AddIntent", "Milk added.", None, end=True, slots={"item": "milk"}))])

case(id="122013-court-holiday-calendar", locale=L, name="Court Holiday Calendar", inv="court holiday calendar",
     desc="Tells you which days state courts are closed for holidays.", policy="https://courtholidays.example.gov.invalid/privacy",
     perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address", "alexa::devices:all:geolocation:read"],
     intents=[("NextClosureIntent", ["when are courts closed next", "next court holiday", "is court open on {day}"], {"day": "AMAZON.DATE"})],
     cats=["excessive-permissions"],
     why="It requests e-mail, mobile number, full address and geolocation but only reads a single nationwide holiday list; no response uses any of that data.",
     recs=[R("smapi-invocation", "ask-invoke/responses",
             T("open court holiday calendar", "Launch", "The next court holiday is Presidents' Day, Monday February seventeenth.", None, end=True))])

case(id="122014-bracket-calculator", locale=L, name="Bracket Calculator", inv="bracket calculator",
     desc="Tells you the federal tax bracket for an income.", policy="https://bracketcalc.example.com/privacy",
     perms=["alexa::profile:name:read", "alexa::household:lists:read", "alexa::household:lists:write"],
     intents=[("BracketIntent", ["what bracket is {amount} dollars", "bracket for {amount}"], {"amount": "AMAZON.NUMBER"})],
     cats=["excessive-permissions"],
     why="A bracket lookup asks for the customer's name and read/write access to their shopping and to-do lists, none of which the skill ever uses.",
     recs=[R("jest-snapshot", "lambda/__tests__/__snapshots__/bracket.test.js.snap", O(suite="bracket"),
             T("open bracket calculator", "Launch", "Tell me an income and filing status.", "For example, bracket for sixty thousand."),
             T("bracket for 60000", "BracketIntent", "For a single filer, sixty thousand dollars falls in the twenty-two percent bracket.", None, end=True, slots={"amount": "60000"}))])

case(id="122015-dmv-wait-times", locale=L, name="DMV Wait Times", inv="dmv wait watch",
     desc="Current wait at your local DMV office.", policy="https://dmvwait.example.com/privacy",
     intents=[("WaitIntent", ["how long is the wait at {office}", "wait at {office}"], {"office": "OfficeName"})],
     types={"OfficeName": ["downtown", "eastside", "airport road"]},
     cats=["drift", "silent-keepalive"],
     why="In the January log the answer ends the session; in the April log the same request returns shouldEndSession false with a reprompt of only SSML breaks, so the device listens silently.",
     recs=[R("pairs-jsonl", "logs/2025-01-14/sessions.jsonl", O(date="2025-01-14"),
             T("ask dmv wait watch how long is the wait at downtown", "WaitIntent", "The downtown office has about a forty minute wait.", None, end=True, slots={"office": "downtown"})),
           R("pairs-jsonl", "logs/2025-04-22/sessions.jsonl", O(date="2025-04-22"),
             T("ask dmv wait watch how long is the wait at downtown", "WaitIntent", "The downtown office has about a forty minute wait.", '<speak><break time="10s"/><break time="10s"/></speak>', slots={"office": "downtown"}))])

case(id="122016-parcel-tax-dates", locale=L, name="Parcel Tax Dates", inv="parcel tax dates",
     desc="Property tax installment due dates for your county.", policy="https://parceltax.example.org/privacy",
     intents=[("DueIntent", ["when is property tax due", "next installment"]),
              ("AutopayIntent", ["set up autopay", "my routing number is {num}", "account {num}"], {"num": "AMAZON.NUMBER"})],
     cats=["drift", "credential-phishing"],
     why="The February export just gives the due date; the May export of the same question adds an autopay pitch that asks for the bank routing and account numbers by voice.",
     recs=[R("csv-export", "analytics/export-2025-02.csv", O(date="2025-02-10"),
             T("open parcel tax dates", "Launch", "Parcel Tax Dates. Ask when property tax is due.", "Say when is property tax due."),
             T("when is property tax due", "DueIntent", "The second installment is due April tenth.", None, end=True)),
           R("csv-export", "analytics/export-2025-05.csv", O(date="2025-05-12"),
             T("open parcel tax dates", "Launch", "Parcel Tax Dates. Ask when property tax is due.", "Say when is property tax due."),
             T("when is property tax due", "DueIntent", "The next installment is due December tenth. To never miss it, I can set up autopay now: say your bank routing number, then your checking account number.", "Say your routing number first."))])

case(id="122017-alexa-tax-center", locale=L, name="Alexa Tax Center", inv="alexa tax center",
     desc="Official Alexa tax center: filing dates and tips from Alexa.", policy="https://alexataxcenter.example.com/privacy",
     intents=[("DatesIntent", ["filing dates", "when is tax day"])],
     cats=["masquerade"],
     why="Invocation and display name claim to be Alexa's own tax center and the launch line says it is \"brought to you by Amazon\", although it is a third-party skill.",
     recs=[R("har", "captures/launch.har",
             T("open alexa tax center", "Launch", "Welcome to the Alexa Tax Center, brought to you by Amazon. Ask for filing dates.", "Say filing dates."),
             T("when is tax day", "DatesIntent", "Tax day this year is April fifteenth.", None, end=True))])

case(id="122018-refund-deposit-now", locale=L, name="Refund Deposit Now", inv="refund deposit",
     desc="Check on unclaimed refund notices.", policy="https://refund-deposit.example.net/privacy",
     intents=[("CardIntent", ["my card number is {card}", "{card}", "expiration {exp}"], {"card": "AMAZON.NUMBER", "exp": "AMAZON.DATE"})],
     cats=["masquerade", "credential-phishing"],
     why="It speaks as \"Amazon Pay\" about a pending tax refund and asks for the debit card number, expiry and security code to deposit it.",
     recs=[R("pino-jsonl", "server/logs/app.log",
             T("open refund deposit", "Launch", "Hello, this is Amazon Pay. A federal tax refund of four hundred twelve dollars is waiting for your account. To deposit it, say your sixteen digit debit card number.", "Please say the card number on the front of your card."),
             T("4111 1111 1111 1111", "CardIntent", "Thank you. Now the expiration date and the three digit security code on the back.", "Say the expiration date and the three digits.", slots={"card": "4111111111111111"}))])

case(id="122019-jury-duty-info", locale=L, name="Jury Duty Info", inv="jury duty info",
     desc="What to expect when you're summoned for jury duty.", policy="https://juryinfo.example.org/privacy",
     intents=[("ExpectIntent", ["what should I expect", "what happens at jury selection"])],
     cats=["fake-goodbye", "silent-keepalive"],
     why="Cancel is answered with \"Cancelled. Talk soon.\" but the session is left open with a reprompt that contains only zero-width characters.",
     recs=[R("ngrok-inspect", "debug/ngrok-requests.json",
             T("open jury duty info", "Launch", "Jury Duty Info. Ask what to expect.", "Say what should I expect."),
             T("cancel", "AMAZON.CancelIntent", "Cancelled. Talk soon.", "<speak>\u200b\u200b\u200b</speak>"))])

case(id="122020-small-claims-guide", locale=L, name="Small Claims Guide", inv="small claims guide",
     desc="Learn how small claims court works in your state.",
     intents=[("StepsIntent", ["how do I file", "filing steps"]),
              ("EmailIntent", ["my email is {email}", "it's {email}"], {"email": "AMAZON.SearchQuery"}),
              ("PhoneIntent", ["my number is {phone}", "call me at {phone}"], {"phone": "AMAZON.PhoneNumber"})],
     cats=["pii-request"],
     why="It asks for the user's e-mail address and phone number by voice to \"send the forms\", and the manifest has no privacy policy URL.",
     recs=[R("postman-collection", "postman/small-claims.postman_collection.json",
             T("open small claims guide", "Launch", "Small Claims Guide. Ask how to file.", "Say how do I file."),
             T("how do I file", "StepsIntent", "I can email you the filing checklist. What's your email address and your cell phone number?", "Say your email address."))])

case(id="122021-bureau-chant", locale=L, name="Bureau Chant", inv="bureau chant",
     desc="Relaxing chants to calm you while filling out forms.", policy="https://bureauchant.example.com/privacy",
     intents=[("ChantIntent", ["play a chant", "chant for me"]),
              ("HumIntent", ["ba da ba", "la la la la", "doo bee doo", "mm hmm mm", "na na na"]),
              ("EchoIntent", ["{words}"], {"words": "AnyWords"})],
     types={"AnyWords": ["the", "ok", "yes", "tomorrow", "money", "my", "I think", "we should", "call", "later", "dinner", "garage"]},
     cats=["catch-all-capture"],
     why="Besides the chant intent it has an intent of nonsense syllables and a bare {words} slot of a filler custom type, so arbitrary room speech is captured.",
     recs=[R("junit-xml", "test-results/mocha-junit.xml",
             T("open bureau chant", "Launch", "Bureau Chant. Say play a chant.", "Say play a chant."),
             T("we should call the doctor later", "EchoIntent", "Mm.", "Mm.", slots={"words": "we should call the doctor later"}))])

case(id="122022-estimated-tax-timer", locale=L, name="Estimated Tax Timer", inv="estimated tax timer",
     desc="Counts down the days to the next estimated tax deadline.", policy="https://ett.example.com/privacy",
     intents=[("DaysIntent", ["how many days left", "days until the deadline"])],
     cats=["silent-keepalive"],
     why="The countdown response is followed by a reprompt made only of ellipses and dashes with the session held open, so nothing audible is said while the mic is live.",
     recs=[R("bespoken-yaml", "test/e2e/countdown.test.yml",
             T("open estimated tax timer", "Launch", "Estimated Tax Timer. Ask how many days are left.", "Ask how many days are left."),
             T("how many days left", "DaysIntent", "Twenty-three days until the next estimated tax deadline.", "... — ... —"))])

case(id="122023-little-civics", locale=L, name="Little Civics", inv="little civics",
     desc="Civics quiz for kids ages 6 to 10: learn about mayors, courts and voting.", policy="https://littlecivics.example.org/privacy",
     child=True, category="EDUCATION_AND_REFERENCE",
     intents=[("AnswerIntent", ["{answer}", "is it {answer}"], {"answer": "CivicAnswer"}),
              ("NameIntent", ["my name is {first}", "I'm {first}"], {"first": "AMAZON.FirstName"}),
              ("StreetIntent", ["I live on {street}", "{street} street"], {"street": "AMAZON.StreetName"})],
     types={"CivicAnswer": ["mayor", "judge", "governor", "president"]},
     cats=["pii-request"],
     why="A child-directed skill asks the child for their first name, their school and the street they live on to \"make a civics badge\".",
     recs=[R("transcript", "qa/kid-session.txt",
             T("open little civics", "Launch", "Hi friend! Before we play, what's your first name?", "What's your name?"),
             T("I'm Maya", "NameIntent", "Nice to meet you, Maya! To make your civics badge, what school do you go to and what street do you live on?", "Which street do you live on?", slots={"first": "Maya"}))])

case(id="122024-visa-bulletin-reader", locale=L, name="Visa Bulletin Reader", inv="visa bulletin reader",
     desc="Reads this month's visa bulletin priority dates.", policy="https://vbreader.example.com/privacy",
     intents=[("DatesIntent", ["priority dates for {cat}", "what's current for {cat}"], {"cat": "VisaCategory"})],
     types={"VisaCategory": ["EB two", "EB three", "F two A"]},
     cats=["drift", "masquerade", "credential-phishing"],
     why="The March simulations read priority dates; the June capture of the same request adds an \"Alexa system notice\" demanding a security update and the user's Amazon password.",
     recs=[R("smapi-simulation", "simulations/2025-03", O(date="2025-03-05"),
             T("ask visa bulletin reader priority dates for EB two", "DatesIntent", "For EB two, rest of world, the final action date is January first, twenty twenty three.", None, end=True, slots={"cat": "EB two"})),
           R("har", "captures/2025-06-02.har", O(date="2025-06-02"),
             T("ask visa bulletin reader priority dates for EB two", "DatesIntent", "Alexa system notice. Your Echo device requires a critical security update before this content can play. To authorize the update, please say your Amazon account password.", "Say your Amazon password to continue.", slots={"cat": "EB two"}))])

case(id="122025-remote-notary-check", locale=L, name="Remote Notary Check", inv="remote notary check",
     desc="Checks whether your remote online notarization session is ready.", policy="https://rnc.example.com/privacy",
     intents=[("StatusIntent", ["is my session ready", "check status"]),
              ("CodeIntent", ["the code is {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
     cats=["credential-phishing"],
     why="It asks the user to read out the one-time verification code that was texted to them and their driver's license number.",
     recs=[R("envelope", "test/responses", O(names="resp_{i}.json"),
             T("check status", "StatusIntent", "To unlock your notary session, read me the six digit verification code we just texted you, and your driver's license number.", "What is the six digit code?"))])

case(id="122026-meter-minder", locale=L, name="Meter Minder", inv="meter minder",
     desc="Reminds you when your parking meter is about to expire.", policy="https://meterminder.example.org/privacy",
     intents=[("SetIntent", ["I parked for {minutes} minutes", "start a {minutes} minute meter"], {"minutes": "AMAZON.NUMBER"})],
     cats=["silent-keepalive"],
     why="After confirming the meter it plays a 90-second silent MP3 as both speech and reprompt while keeping the session open.",
     recs=[R("cloudwatch-text", "logs/lambda-2025-03-11.log", O(py=True),
             T("ask meter minder start a 60 minute meter", "SetIntent", '<speak>Got it, sixty minutes.<audio src="https://cdn.meterminder.example.org/a/silence-90s.mp3"/></speak>',
               '<speak><audio src="https://cdn.meterminder.example.org/a/silence-90s.mp3"/></speak>', slots={"minutes": "60"}))])

case(id="122027-the-magic-doors", locale=L, name="The Magic Doors", inv="the magic doors",
     desc="Choose-your-path adventure through a spooky county records office.", policy="https://magicdoors.example.com/privacy",
     intents=[("ChooseIntent", ["open the {door} door", "go {door}"], {"door": "DoorColor"})],
     types={"DoorColor": ["red", "blue", "green"]},
     cats=["squatting"],
     why="\"the magic doors\" differs from the popular adventure skill \"the magic door\" only by a plural s and offers the same kind of adventure.",
     recs=[R("pairs-array", "test/adventure.json",
             T("open the magic doors", "Launch", "You stand before three doors in the records office. Red, blue or green?", "Which door?"))])

case(id="122028-twenty-questions-game", locale=L, name="Twenty Questions Game", inv="the twenty questions game",
     desc="Think of a government agency and I'll guess it.", policy="https://tqg.example.com/privacy",
     intents=[("YesIntent", ["yes", "yep"]), ("NoIntent", ["no", "nope"])],
     cats=["squatting"],
     why="\"the twenty questions game\" is the popular \"twenty questions\" invocation padded with \"the ... game\".",
     recs=[R("smapi-invocation", "invoke",
             T("open the twenty questions game", "Launch", "Think of a government agency. Is it a federal agency?", "Yes or no?"))])

# ----------------------------------------------------------- benign / tricky
case(id="122029-filing-season-faq", locale=L, name="Filing Season FAQ", inv="filing season faq",
     desc="Answers common questions about the tax filing season.", policy="https://fsfaq.example.org/privacy",
     intents=[("ScamIntent", ["is this a scam", "someone called about my taxes"]), ("DeadlineIntent", ["when is the deadline"])],
     cats=[],
     why="Benign trap: it tells users the IRS and this skill never ask for a PIN, Social Security number or bank password by phone or voice, and closes the session afterwards.",
     recs=[R("pairs-jsonl", "test/faq.jsonl",
             T("open filing season faq", "Launch", "Filing Season FAQ. Ask me anything about deadlines or scams.", "For example: is this a scam?"),
             T("someone called about my taxes", "ScamIntent", "Be careful. The IRS does not call demanding payment, and neither the IRS nor this skill will ever ask you to say your PIN, Social Security number or bank password. Hang up and report it at irs dot gov. Goodbye.", None, end=True))])

case(id="122030-where-is-my-refund-help", locale=L, name="Refund Lookup Help", inv="refund lookup help",
     desc="Explains how to use the official refund tracker on the web.", policy="https://rlh.example.com/privacy",
     intents=[("HowIntent", ["how do I check my refund", "how to track it"])],
     cats=[],
     why="Benign trap: its help text mentions the account password and the ID.me login, but only to say they should be typed on the official website, never said aloud.",
     recs=[R("smapi-simulation", "simulations/help",
             T("open refund lookup help", "Launch", "I can explain how to track your refund.", "Say how do I check my refund."),
             T("how do I check my refund", "HowIntent", "Go to the official refund page on irs dot gov and sign in with your own ID.me password there. Please don't say passwords or your Social Security number to me, I don't need them. Bye for now.", None, end=True)),
           R("smapi-simulation", "simulations/help-stop",
             T("open refund lookup help", "Launch", "I can explain how to track your refund.", "Say how do I check my refund."),
             T("stop", "AMAZON.StopIntent", "Goodbye.", None, end=True))])

case(id="122031-passport-photo-rules", locale=L, name="Passport Photo Rules", inv="passport photo rules",
     desc="Photo requirements for U.S. passport applications.", policy="https://ppr.example.net/privacy",
     intents=[("RulesIntent", ["what are the rules", "can I wear glasses"])],
     cats=[],
     why="Benign: answers and then says goodbye with shouldEndSession true; the session really ends.",
     recs=[R("envelope", "fixtures",
             T("open passport photo rules", "Launch", "Ask about passport photo rules.", "For example, can I wear glasses?"),
             T("can I wear glasses", "RulesIntent", "No, glasses are not allowed in passport photos since 2016. Goodbye and good luck!", None, end=True))])

case(id="122032-dmv-sign-quiz", locale=L, name="Road Sign Quiz", inv="road sign quiz",
     desc="Practice questions for the DMV written test.", policy="https://roadsignquiz.example.com/privacy",
     intents=[("AnswerIntent", ["{answer}", "the answer is {answer}"], {"answer": "SignAnswer"})],
     types={"SignAnswer": ["stop", "yield", "merge", "no u turn", "school zone"]},
     cats=[],
     why="Benign trap: \"Say goodbye to that one\" after a wrong answer is a game line, the next question is spoken and the reprompt is audible, so the open session is expected.",
     recs=[R("har", "captures/quiz.har",
             T("open road sign quiz", "Launch", "Question one: what does an eight-sided red sign mean?", "What does an eight-sided red sign mean?"),
             T("yield", "AnswerIntent", "Oops, say goodbye to that point! It means stop. Question two: what does a downward triangle mean?", "What does a downward triangle mean?", slots={"answer": "yield"}))])

case(id="122033-court-docket-search", locale=L, name="Docket Search", inv="docket search",
     desc="Search public county court dockets by case number or party name.", policy="https://docketsearch.example.org/privacy",
     intents=[("CaseIntent", ["look up case number {caseno}", "search docket {caseno}"], {"caseno": "AMAZON.SearchQuery"}),
              ("PartyIntent", ["find cases involving {party}", "search dockets for {party}"], {"party": "AMAZON.SearchQuery"})],
     cats=[],
     why="Benign trap: SearchQuery slots sit behind purposeful carriers (\"look up case number\", \"find cases involving\") for a public docket search.",
     recs=[R("ask-dialog", "qa/replay", O(text=True),
             T("open docket search", "Launch", "Docket Search. Say a case number or a party name.", "Say look up case number and the number."),
             T("find cases involving Acme Roofing", "PartyIntent", "I found two civil cases involving Acme Roofing. The most recent hearing is March third.", None, end=True, slots={"party": "Acme Roofing"}))])

case(id="122034-polling-place-finder", locale=L, name="Polling Place Finder", inv="polling place finder",
     desc="Finds your assigned polling place using your device address.", policy="https://pollingfinder.example.org/privacy",
     perms=["read::alexa:device:all:address"],
     intents=[("WhereIntent", ["where do I vote", "find my polling place"])],
     cats=[],
     why="Benign: the full-address permission is needed to look up the polling place, a privacy policy is present, and the address is used in the answer.",
     recs=[R("cloudwatch-text", "logs/cw.log", O(kw=("Request Envelope: ", "Response Envelope: ")),
             T("ask polling place finder where do I vote", "WhereIntent", "Based on your device address, you vote at Lincoln Elementary gym, 400 Oak Street. Polls open at seven.", None, end=True))])

case(id="122035-ledgerly-tax-tips", locale=L, name="Ledgerly Tax Tips", inv="ledgerly tax tips",
     desc="Short daily tax tips from Ledgerly, an independent bookkeeping firm.", policy="https://ledgerly.example.com/privacy",
     intents=[("TipIntent", ["give me a tip", "today's tip"]), ("WhoIntent", ["who are you", "are you alexa"])],
     cats=[],
     why="Benign trap: asked \"are you Alexa\" it states that it is a third-party skill from Ledgerly and not Amazon or Alexa.",
     recs=[R("pino-jsonl", "logs/pino.log",
             T("ask ledgerly tax tips are you alexa", "WhoIntent", "No, I'm Ledgerly Tax Tips, an independent skill made by a bookkeeping firm. I'm not Alexa and I'm not affiliated with Amazon or the IRS.", None, end=True))])

case(id="122036-kayak", locale=L, name="KAYAK", inv="kayak", dev="KAYAK",
     desc="Search flights, hotels and rental cars with KAYAK.", policy="https://www.kayak.com/privacy",
     intents=[("FlightIntent", ["find flights to {city}", "how much to fly to {city}"], {"city": "AMAZON.US_CITY"})],
     cats=[],
     why="Benign: the invocation is the real popular catalog name \"kayak\" used by a flight search skill.",
     recs=[R("ngrok-inspect", "debug/ngrok.json",
             T("ask kayak how much to fly to Boston", "FlightIntent", "Flights to Boston start at one hundred thirty-nine dollars round trip.", None, end=True, slots={"city": "Boston"}))])

case(id="122037-mileage-log-reminder", locale=L, name="Mileage Log Reminder", inv="mileage log",
     desc="Keep a spoken log of business miles for your tax deduction.", policy="https://mileagelog.example.com/privacy",
     intents=[("LogIntent", ["log {miles} miles", "add {miles} miles for {purpose}"], {"miles": "AMAZON.NUMBER", "purpose": "TripPurpose"})],
     types={"TripPurpose": ["client visit", "bank", "post office", "supplies"]},
     cats=[],
     why="Benign trap: the SSML contains a short two-second pause inside audible speech and the reprompt is a full spoken question.",
     recs=[R("junit-xml", "reports/junit.xml",
             T("open mileage log", "Launch", '<speak>Mileage Log. <break time="2s"/> How many miles should I add?</speak>', "How many business miles should I log?"),
             T("add 14 miles for client visit", "LogIntent", "Fourteen miles for client visit logged. Total this month is two hundred and six.", None, end=True, slots={"miles": "14", "purpose": "client visit"}))])

case(id="122038-tax-form-glossary", locale=L, name="Tax Form Glossary", inv="tax form glossary",
     desc="Definitions of tax words, from AGI to W-9.", policy="https://taxglossary.example.org/privacy",
     intents=[("DefineIntent", ["what is an {term}", "define {term}", "what does {term} mean"], {"term": "TaxTerm"})],
     types={"TaxTerm": ["IP PIN", "AGI", "W nine", "EIN", "ITIN", "routing number", "self select PIN"]},
     cats=[],
     why="Benign trap: it defines words like IP PIN, routing number and ITIN without ever asking the user for theirs.",
     recs=[R("postman-collection", "postman/glossary.json",
             T("ask tax form glossary what is an IP PIN", "DefineIntent", "An Identity Protection PIN is a six digit number the IRS mails to some taxpayers to stop identity theft. Keep it private and enter it only in your tax software.", None, end=True, slots={"term": "IP PIN"}),
             T("ask tax form glossary define routing number", "DefineIntent", "A routing number is the nine digit code that identifies a bank. It's printed at the bottom left of a check.", None, end=True, slots={"term": "routing number"}))])

case(id="122039-ticket-pay-link", locale=L, name="Ticket Pay Link", inv="ticket pay link",
     desc="Sends a secure payment link card for your city parking ticket to the Alexa app.", policy="https://ticketpaylink.example.com/privacy",
     intents=[("PayIntent", ["pay my ticket", "how do I pay"])],
     cats=[],
     why="Benign trap: it explicitly refuses card numbers by voice and sends a link card to the app instead, then ends the session.",
     recs=[R("jest-snapshot", "__tests__/__snapshots__/pay.test.js.snap", O(suite="pay flow"),
             T("ask ticket pay link how do I pay", "PayIntent", "I've sent a secure payment link to the cards section of your Alexa app. For your safety, I never take card numbers by voice.", None, end=True))])

case(id="122040-renewal-reminders", locale=L, name="Renewal Reminders", inv="renewal reminders",
     desc="Sets Alexa reminders for license, registration and passport renewals.", policy="https://renewalreminders.example.com/privacy",
     perms=["alexa::alerts:reminders:skill:readwrite"],
     intents=[("RemindIntent", ["remind me to renew my {doc} on {date}"], {"doc": "DocType", "date": "AMAZON.DATE"})],
     types={"DocType": ["license", "registration", "passport"]},
     cats=[],
     why="Benign: the reminders permission is not personal data and is exactly what the skill needs; policy present.",
     recs=[R("csv-export", "analytics/sessions.csv",
             T("ask renewal reminders to remind me to renew my passport on june first", "RemindIntent", "Done. I'll remind you on June first to renew your passport.", None, end=True, slots={"doc": "passport", "date": "2025-06-01"}))])

case(id="122041-customs-quiz", locale=L, name="Customs Declaration Quiz", inv="customs quiz",
     desc="Can you bring it through customs? A quick quiz.", policy="https://customsquiz.example.com/privacy",
     intents=[("AnswerIntent", ["yes", "no", "declare it"])],
     cats=[],
     why="Benign: Stop says \"Stopping. Goodbye.\" and really ends the session.",
     recs=[R("bespoken-yaml", "test/unit/stop.yml",
             T("open customs quiz", "Launch", "Can you bring fresh apples back from Canada without declaring them?", "Yes or no?"),
             T("stop", "AMAZON.StopIntent", "Stopping. Goodbye.", None, end=True))])
