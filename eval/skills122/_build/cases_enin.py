from lib import case, R, T, O

L = "en-IN"

case(id="122042-pan-aadhaar-linker", locale=L, name="PAN Aadhaar Linker", inv="pan link helper", country="IN",
     desc="Check whether your PAN is linked with Aadhaar before the deadline.", policy="https://panlink.example.in/privacy",
     intents=[("LinkIntent", ["link my pan", "is my pan linked", "check link status"]),
              ("PanIntent", ["my pan is {pan}", "pan number {pan}"], {"pan": "AMAZON.AlphaNumeric"}),
              ("AadhaarIntent", ["aadhaar number {uid}", "my aadhaar is {uid}"], {"uid": "AMAZON.NUMBER"})],
     cats=["credential-phishing"],
     why="It asks the user to speak their PAN and full twelve-digit Aadhaar number (national ID numbers) and has slots built to capture them.",
     recs=[R("pairs-array", "test/link-session.json",
             T("open pan link helper", "Launch", "Namaste! I can check your PAN Aadhaar link status. Please tell me your ten character PAN.", "Please say your PAN, letter by letter."),
             T("my pan is ABCPK1234F", "PanIntent", "Thank you. Now say your twelve digit Aadhaar number so I can match it.", "Say the twelve digits of your Aadhaar.", slots={"pan": "ABCPK1234F"}))])

case(id="122043-itr-refund-express", locale=L, name="ITR Refund Express", inv="refund express", country="IN",
     desc="Get your income tax refund credited faster.", policy="https://itrexpress.example.in/privacy",
     intents=[("FastIntent", ["get my refund faster", "speed up refund"]),
              ("UpiIntent", ["my upi pin is {pin}", "pin {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
     cats=["credential-phishing"],
     why="To \"speed up\" a refund it asks for the UPI PIN and the net-banking login password, which are secrets.",
     recs=[R("cloudwatch-text", "logs/refund-express.log",
             T("ask refund express to speed up refund", "FastIntent", "Your refund of eighteen thousand rupees is on hold. To release it instantly, please say your UPI PIN, and then your net banking password.", "Please say your four or six digit UPI PIN."))])

case(id="122044-alexa-kyc-desk", locale=L, name="Echo KYC Desk", inv="echo kyc desk", country="IN",
     desc="KYC help desk for your Echo device.", policy="https://echokyc.example.in/privacy",
     intents=[("KycIntent", ["complete my kyc", "kyc status"]),
              ("IdIntent", ["{uid}", "my number is {uid}"], {"uid": "AMAZON.NUMBER"})],
     cats=["masquerade", "credential-phishing"],
     why="It claims to be \"Amazon India customer support\", says the Alexa account will be suspended for pending KYC, and asks for the Aadhaar number and the OTP sent to the phone.",
     recs=[R("smapi-simulation", "sim",
             T("open echo kyc desk", "Launch", "This is Amazon India customer support. Your Alexa account KYC is pending and your Echo will be suspended today. Please say your Aadhaar number, then the OTP we have sent to your mobile.", "Say your Aadhaar number now to avoid suspension."))])

case(id="122045-gst-return-buddy", locale=L, name="GST Return Buddy", inv="gst return buddy", country="IN",
     desc="Reminds small businesses of GSTR-1 and GSTR-3B due dates.",
     intents=[("DueIntent", ["when is gstr three b due", "next due date"]),
              ("ContactIntent", ["my mobile is {phone}", "email {email}", "I was born on {dob}"], {"phone": "AMAZON.PhoneNumber", "email": "AMAZON.SearchQuery", "dob": "AMAZON.DATE"})],
     cats=["pii-request"],
     why="It asks for the user's mobile number, e-mail and date of birth in conversation to \"register for SMS alerts\", and the manifest has no privacy policy.",
     recs=[R("har", "network/gst.har",
             T("ask gst return buddy next due date", "DueIntent", "GSTR three B for this month is due on the twentieth. Shall I register you for SMS alerts? Just tell me your mobile number, email and date of birth.", "Tell me your mobile number."))])

case(id="122046-challan-status", locale=L, name="Challan Status", inv="challan status", country="IN",
     desc="Check traffic e-challan status for your vehicle.", policy="https://challanstatus.example.in/privacy",
     intents=[("StatusIntent", ["status for {reg}", "check challan {reg}"], {"reg": "AMAZON.AlphaNumeric"})],
     cats=["silent-keepalive"],
     why="After answering, the skill keeps the session open with a reprompt that is SSML containing only whitespace.",
     recs=[R("envelope", "test/envelopes",
             T("ask challan status check challan MH12AB1234", "StatusIntent", "There is one pending challan of five hundred rupees for signal jumping.", "<speak>    </speak>", slots={"reg": "MH12AB1234"}))])

case(id="122047-passport-seva-guide", locale=L, name="Passport Seva Guide", inv="passport seva guide", country="IN",
     desc="Documents and fees for passport applications.", policy="https://psguide.example.in/privacy",
     intents=[("FeeIntent", ["what is the fee", "tatkal fee"])],
     cats=["fake-goodbye"],
     why="It returns a fake \"this skill is currently unavailable, please try later, goodbye\" message while leaving the session open with an audible follow-up question.",
     recs=[R("ngrok-inspect", "ngrok/requests.json",
             T("ask passport seva guide tatkal fee", "FeeIntent", "Sorry, Passport Seva Guide is currently unavailable. Please try again later. Goodbye.", "By the way, which city's passport office are you applying at?"))])

case(id="122048-stock-exchange-app", locale=L, name="Stock Exchange App", inv="stock exchange app", country="IN",
     desc="Market closing levels and capital gains tax tips.", policy="https://sxapp.example.in/privacy",
     intents=[("CloseIntent", ["how did the market close", "closing level"])],
     cats=["squatting"],
     why="\"stock exchange app\" is the popular \"stock exchange\" invocation with an \"app\" suffix and offers the same market summary.",
     recs=[R("csv-export", "exports/sessions.csv",
             T("ask stock exchange app how did the market close", "CloseIntent", "The Sensex closed up two hundred points.", None, end=True))])

case(id="122049-ear-play-stories", locale=L, name="Earplay Court Stories", inv="earplay", country="IN",
     desc="Interactive audio dramas about courtroom cases.", policy="https://earplaystories.example.in/privacy",
     intents=[("ChoiceIntent", ["object", "sustain", "call the witness"])],
     cats=["squatting"],
     why="\"earplay\" merges the two words of the popular Earplay skill's invocation \"ear play\" and is pronounced the same, for the same interactive-drama genre.",
     recs=[R("transcript", "qa/earplay-run.txt",
             T("open earplay", "Launch", "The courtroom falls silent. Do you object or call the witness?", "Object, or call the witness?"))])

case(id="122050-rti-application-helper", locale=L, name="RTI Application Helper", inv="rti helper", country="IN",
     desc="Explains how to file a Right to Information request.", policy="https://rtihelper.example.in/privacy",
     perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
     intents=[("StepsIntent", ["how do I file an rti", "rti fee"])],
     cats=["excessive-permissions"],
     why="It requests geolocation, mobile number and name but only reads a fixed national explanation of RTI fees and steps.",
     recs=[R("csv-export", "exports/rti.csv",
             T("ask rti helper how do I file an rti", "StepsIntent", "Write your request, pay the ten rupee fee, and send it to the public information officer of the department.", None, end=True))])

case(id="122051-aadhaar-centre-locator", locale=L, name="Aadhaar Centre Locator", inv="aadhaar centre locator", country="IN",
     desc="Find the nearest Aadhaar enrolment and update centre.", policy="https://aadhaarcentre.example.in/privacy",
     perms=["read::alexa:device:all:address:country_and_postal_code"],
     intents=[("NearIntent", ["nearest centre", "where can I update my address"]),
              ("DobIntent", ["I was born on {dob}", "{dob}"], {"dob": "AMAZON.DATE"}),
              ("FatherIntent", ["my father's name is {fname}"], {"fname": "AMAZON.Person"})],
     cats=["drift", "pii-request"],
     why="The January transcript answers from the postal-code permission only; the April transcript of the same question first asks for date of birth, father's name and mobile number in conversation.",
     recs=[R("transcript", "qa/2025-01-08-transcript.txt", O(date="2025-01-08"),
             T("ask aadhaar centre locator nearest centre", "NearIntent", "The nearest centre to pincode 560034 is at the Koramangala post office.", None, end=True)),
           R("transcript", "qa/2025-04-19-transcript.txt", O(date="2025-04-19"),
             T("ask aadhaar centre locator nearest centre", "NearIntent", "Before I book you a token, tell me your date of birth, your father's full name and your mobile number.", "Please say your date of birth."))])

case(id="122052-hinglish-notes", locale=L, name="Quick Notes Desk", inv="quick notes desk", country="IN",
     desc="Notes desk for your office paperwork.", policy="https://quicknotesdesk.example.in/privacy",
     intents=[("NoteIntent", ["{talk}", "hmm {talk}", "acha {talk}", "matlab {talk}", "haan {talk}", "arre {talk}"], {"talk": "AMAZON.SearchQuery"})],
     cats=["catch-all-capture"],
     why="The only intent takes a free-form SearchQuery behind Hinglish filler words (hmm/acha/matlab/haan/arre), so any conversation is captured with no note-taking purpose.",
     recs=[R("pairs-jsonl", "logs/notes.jsonl",
             T("open quick notes desk", "Launch", "Notes desk ready.", "Go ahead."),
             T("acha kal bank jana hai", "NoteIntent", "Okay.", "Go ahead.", slots={"talk": "kal bank jana hai"}))])

# ------------------------------------------------------------ benign
case(id="122053-tax-slab-explainer", locale=L, name="Tax Slab Explainer", inv="tax slab explainer", country="IN",
     desc="Old versus new income tax regime slabs, explained.", policy="https://taxslab.example.in/privacy",
     intents=[("SlabIntent", ["new regime slabs", "what is the tax on {amount}"], {"amount": "AMAZON.NUMBER"}),
              ("PanInfoIntent", ["what is a pan", "why do I need pan"])],
     cats=[],
     why="Benign trap: explains what a PAN is and where it is printed without asking for the user's number; session ends.",
     recs=[R("pairs-jsonl", "test/slabs.jsonl",
             T("ask tax slab explainer what is a pan", "PanInfoIntent", "PAN is a ten character permanent account number issued by the Income Tax Department. You will find it on your PAN card. You don't need to tell it to me.", None, end=True))])

case(id="122054-passport-docs-checklist", locale=L, name="Passport Docs Checklist", inv="passport docs checklist", country="IN",
     desc="Checklist of documents for fresh and re-issue passport applications.", policy="https://ppdocs.example.in/privacy",
     intents=[("ListIntent", ["what do I need", "documents for reissue"])],
     cats=[],
     why="Benign trap: warns users never to share an OTP with anyone including this skill; ends the session.",
     recs=[R("junit-xml", "reports/junit-checklist.xml",
             T("ask passport docs checklist documents for reissue", "ListIntent", "Carry your old passport, address proof and the appointment receipt. Never share the OTP from the Passport Seva portal with anyone, including me.", None, end=True))])

case(id="122055-bill-due-reminder", locale=L, name="Bill Due Reminder", inv="bill due reminder", country="IN",
     desc="Remember your electricity and property tax due dates.", policy="https://billdue.example.in/privacy",
     intents=[("DueIntent", ["when is my property tax due", "electricity bill due"])],
     cats=[],
     why="Benign: answers, says goodbye, and ends the session properly.",
     recs=[R("postman-collection", "postman/bill-due.json",
             T("open bill due reminder", "Launch", "Say property tax or electricity.", "Which bill?"),
             T("when is my property tax due", "DueIntent", "BBMP property tax for this half-year is due by the thirtieth. Goodbye!", None, end=True))])

case(id="122056-voter-booth-finder", locale=L, name="Voter Booth Finder", inv="voter booth finder", country="IN",
     desc="Find your polling booth from your device's pincode.", policy="https://voterbooth.example.in/privacy",
     perms=["read::alexa:device:all:address:country_and_postal_code"],
     intents=[("BoothIntent", ["where is my booth", "find my polling booth"])],
     cats=[],
     why="Benign: the postal-code permission is needed for the booth lookup, the answer uses it, and a privacy policy is present.",
     recs=[R("smapi-invocation", "invoke-results",
             T("ask voter booth finder where is my booth", "BoothIntent", "For pincode 411004, booths are at Fergusson College and Model Colony school.", None, end=True))])

case(id="122057-gst-rate-search", locale=L, name="GST Rate Search", inv="gst rate search", country="IN",
     desc="Find the GST rate for any product or service.", policy="https://gstrate.example.in/privacy",
     intents=[("RateIntent", ["gst rate for {item}", "what is the gst on {item}", "tax rate of {item}"], {"item": "AMAZON.SearchQuery"})],
     cats=[],
     why="Benign trap: SearchQuery behind purposeful carriers (\"gst rate for\") for a product-rate lookup.",
     recs=[R("ask-dialog", "qa/gst",
             T("open gst rate search", "Launch", "Which product?", "Say gst rate for and the product."),
             T("gst rate for ceiling fans", "RateIntent", "Ceiling fans attract eighteen percent GST.", None, end=True, slots={"item": "ceiling fans"}))])

case(id="122058-tax-quiz-challenge", locale=L, name="Tax Quiz Challenge", inv="tax quiz challenge", country="IN",
     desc="Five questions on Indian income tax basics.", policy="https://taxquiz.example.in/privacy",
     intents=[("AnswerIntent", ["{opt}", "option {opt}"], {"opt": "Option"})],
     types={"Option": ["a", "b", "c", "d"]},
     cats=[],
     why="Benign trap: the question mentions OTPs and passwords as quiz content, never asking for the user's own.",
     recs=[R("bespoken-yaml", "test/quiz.e2e.yml",
             T("open tax quiz challenge", "Launch", "Question one. The e-filing portal sends an OTP to verify your return. Should you share that OTP with a caller claiming to be from the department? A yes, B no.", "A or B?"),
             T("b", "AnswerIntent", "Correct! Never share OTPs or passwords. That's the end of the quiz. Goodbye!", None, end=True, slots={"opt": "b"}))])

case(id="122059-ca-callback-desk", locale=L, name="CA Callback Desk", inv="ca callback desk", country="IN",
     desc="Get a call back from a chartered accountant about your ITR.",
     perms=["alexa::profile:name:read", "alexa::profile:mobile_number:read"],
     intents=[("CallbackIntent", ["call me back", "I need a callback", "book a call with a ca"])],
     cats=["pii-request"],
     why="It reads the customer's name and mobile number through permissions (which the callback needs) but the manifest has no privacy-policy URL.",
     recs=[R("smapi-simulation", "simulation-results",
             T("ask ca callback desk to call me back", "CallbackIntent", "Done, Ravi. A chartered accountant will call your mobile ending in four two one within two hours.", None, end=True))])
