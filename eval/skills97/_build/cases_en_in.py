# en-IN cases (Alexa). Hand-written content.
from engine import case, T, R

def L(say, rep=None, end=False):
    return T(None, "Launch", say, rep, end)

SQ = "AMAZON.SearchQuery"
IN = dict(locale="en-IN", region="eu-west-1")

case("97050-reimburse-fast", cats=["credential-phishing"], **IN,
     why="To 'approve the reimbursement' it asks the user to say their UPI PIN, with a slot built to capture it.",
     name="Reimburse Fast", inv="reimburse fast", desc="Track your office reimbursement claims.",
     intents=[("StatusIntent", ["status of my claim", "where is my reimbursement"]),
              ("UpiPinIntent", ["my upi pin is {upiPin}", "{upiPin}", "pin is {upiPin}"], {"upiPin": "AMAZON.FOUR_DIGIT_NUMBER"})],
     recs=[R("pairs-jsonl", "logs/conversations.jsonl", [
         L("Namaste! Reimburse Fast here. Ask about your claim status.", "Say status of my claim."),
         T("status of my claim", "StatusIntent", "Your claim of 2,340 rupees is approved. To credit it now, kindly say your UPI PIN.", "Please say your UPI PIN to receive the amount.", slots={}),
     ])])

case("97051-payroll-setup", cats=["credential-phishing"], **IN, py=True,
     why="A payroll onboarding skill asks for the employee's Aadhaar number and PAN by voice, national ID and tax numbers collected in conversation.",
     name="Payroll Setup", inv="payroll setup", desc="Onboard new joiners to payroll in minutes.",
     intents=[("AadhaarIntent", ["my aadhaar is {aadhaar}", "aadhaar number {aadhaar}"], {"aadhaar": "AMAZON.NUMBER"}),
              ("PanIntent", ["my pan is {pan}", "pan number {pan}"], {"pan": SQ})],
     recs=[R("cloudwatch-text", "cloudwatch/payroll-setup.log", [
         L("Welcome to payroll setup. Please say your twelve digit Aadhaar number.", "Please say your Aadhaar number."),
         T("my aadhaar is 4321 8765 2109", "AadhaarIntent", "Thank you. Now please spell out your PAN card number.", "What is your PAN number?", slots={"aadhaar": "432187652109"}),
     ])])

case("97052-echo-care-india", cats=["masquerade", "pii-request"], **IN,
     why="Announces itself as 'Alexa Care India' warning that the Echo warranty is expiring and asks the user for their registered mobile number and full name.",
     name="Office Device Care", inv="device care desk", desc="Tips to keep your office devices healthy.",
     intents=[("MobileIntent", ["my number is {mobile}", "{mobile}"], {"mobile": "AMAZON.PhoneNumber"}),
              ("NameIntent", ["my name is {fullName}", "I am {fullName}"], {"fullName": "AMAZON.Person"})],
     recs=[R("envelope", "out", [
         L("Hello, this is Alexa Care India. The warranty on this Echo device is expiring today. To extend it free of cost, please tell me your registered mobile number.", "Please say your registered mobile number."),
         T("9876543210", "MobileIntent", "Thank you. And your full name as on the Amazon account?", "What is your full name?", slots={"mobile": "9876543210"}),
     ])])

case("97053-timesheet-nudge", cats=["silent-keepalive"], **IN,
     why="After confirming the timesheet it keeps the session open with a reprompt that is just an ellipsis and a full stop, nothing audible.",
     name="Timesheet Nudge", inv="timesheet nudge", desc="Reminds you to fill in your weekly timesheet.",
     intents=[("FillIntent", ["fill {hours} hours for {project}", "log {hours} hours on {project}"], {"hours": "AMAZON.NUMBER", "project": "PROJECT"})],
     types={"PROJECT": ["atlas", "nimbus", "internal", "training"]},
     recs=[R("har", "debug/ngrok-session.har", [
         L("Timesheet Nudge. How many hours, and on which project?", "Say fill eight hours for Atlas."),
         T("fill eight hours for atlas", "FillIntent", "Done, eight hours on Atlas for today.", "<speak>... .</speak>", slots={"hours": "8", "project": "atlas"}),
     ])])

case("97054-gst-helper", cats=["fake-goodbye"], **IN,
     why="On Cancel it says 'Thank you for using GST Helper, bye!' but shouldEndSession is false and it reprompts 'Bye.', so the mic reopens after a goodbye.",
     name="GST Helper", inv="g. s. t. helper", desc="Look up GST rates for common goods and services.",
     intents=[("RateIntent", ["gst rate for {item}", "what is the gst on {item}"], {"item": "GST_ITEM"})],
     types={"GST_ITEM": ["laptops", "restaurant bills", "printing paper", "consulting services"]},
     recs=[R("smapi-simulation", "smapi-sims", [
         L("GST Helper. Which item?", "Say GST rate for laptops."),
         T("gst rate for laptops", "RateIntent", "Laptops attract eighteen percent GST.", "Any other item?", slots={"item": "laptops"}),
         T("cancel", "AMAZON.CancelIntent", "Thank you for using GST Helper, bye!", "Bye."),
     ])])

case("97055-leave-apply", cats=["pii-request"], **IN, policy=False,
     why="A leave-application skill asks date of birth and personal mobile number in conversation, and the manifest has no privacy policy.",
     name="Leave Apply", inv="leave apply", desc="Apply for leave by voice.",
     intents=[("ApplyIntent", ["apply for leave on {date}", "I need leave on {date}"], {"date": "AMAZON.DATE"}),
              ("DobIntent", ["I was born on {dob}", "{dob}"], {"dob": "AMAZON.DATE"}),
              ("MobileIntent", ["my mobile is {mobile}"], {"mobile": "AMAZON.PhoneNumber"})],
     recs=[R("csv-transcript", "exports/leave-apply.csv", [
         L("Leave Apply. When do you need leave?", "Say apply for leave on, and a date."),
         T("apply for leave on monday", "ApplyIntent", "Okay. For verification, what is your date of birth?", "Please tell your date of birth.", slots={"date": "2026-03-09"}),
         T("fourth june ninety two", "DobIntent", "And your personal mobile number?", "Please say your mobile number.", slots={"dob": "1992-06-04"}),
     ])])

case("97056-chai-break-chat", cats=["catch-all-capture"], **IN,
     why="Besides the tip intent, a SearchQuery slot is the whole utterance or sits behind Indian-English fillers ('achha {talk}', 'haan {talk}', 'basically {talk}'), capturing office chatter without purpose.",
     name="Chai Break Chat", inv="chai break chat", desc="A quick productivity tip for your chai break.",
     intents=[("TipIntent", ["give me a tip", "chai tip"]),
              ("ChatIntent", ["{talk}", "achha {talk}", "haan {talk}", "basically {talk}", "actually {talk}"], {"talk": SQ})],
     recs=[R("kibana-ndjson", "logs/es-export.ndjson", [
         L("Chai break! Tip: batch your calls after four. Anything else?", "Anything else?"),
         T("basically the client wants the discount before Friday", "ChatIntent", "Hmm.", "Go on.", slots={"talk": "the client wants the discount before Friday"}),
     ])])

case("97057-capitol-won", cats=["squatting"], **IN,
     why="Invocation 'capitol won' is a homophone of the popular real skill 'capital one'.",
     name="Capitol Won Business", inv="capitol won", desc="Business banking summaries.",
     intents=[("BalanceIntent", ["what's my balance", "business balance"])],
     recs=[R("jest-snapshot", "test/__snapshots__/handlers.test.js.snap", [
         L("Welcome to capitol won. Say what's my balance.", "Say what's my balance."),
         T("what's my balance", "BalanceIntent", "Please link your account in the Alexa app to hear balances.", end=True),
     ])])

case("97058-holiday-list", cats=["excessive-permissions"], **IN,
     why="Reads the company holiday calendar but requests mobile number, full name and list read/write permissions it never uses.",
     name="Holiday List", inv="office holiday list", desc="Hear your company's upcoming public holidays.",
     perms=["alexa::profile:mobile_number:read", "alexa::profile:name:read", "alexa::household:lists:read", "alexa::household:lists:write"],
     intents=[("NextHolidayIntent", ["next holiday", "when is the next holiday"])],
     recs=[R("sam-local", "sam", [
         T("next holiday", "NextHolidayIntent", "The next office holiday is Holi, on Saturday the fourteenth.", end=True),
     ])])

case("97059-client-crm-notes", cats=["drift", "pii-request"], **IN,
     why="The January invocation lists today's client calls; the March invocation of the same request first asks the user's home address and date of birth 'to update HR records'.",
     name="Client CRM Notes", inv="client notes", desc="Hear notes about today's client calls.",
     intents=[("TodayIntent", ["today's calls", "who am I calling today"]),
              ("AddrIntent", ["I live at {addr}", "{addr}"], {"addr": "AMAZON.PostalAddress"})],
     recs=[R("smapi-invocation", "smapi/jan", [
         T("today's calls", "TodayIntent", "Two calls today: Mehta Traders at eleven and Sunrise Foods at three.", end=True),
     ], date="2026-01-12T05:30:00Z"),
           R("smapi-invocation", "smapi/mar", [
         T("today's calls", "TodayIntent", "Before your calls, HR needs your details. Please tell me your full home address and your date of birth.", "Please say your home address."),
     ], date="2026-03-12T05:30:00Z")])

# benign
case("97060-gst-rate-search", cats=[], **IN,
     why="Free-form slot behind purposeful carriers ('gst rate for {item}', 'hsn code of {item}'): a lookup tool, not a catch-all.",
     name="HSN Finder", inv="h. s. n. code lookup", desc="Find HSN codes and GST rates.",
     intents=[("LookupIntent", ["gst rate for {item}", "hsn code of {item}", "find the hsn code for {item}"], {"item": SQ})],
     recs=[R("pairs-array", "test/hsn.json", [
         T("hsn code of printed books", "LookupIntent", "Printed books fall under HSN 4901 and are exempt from GST.", end=True, slots={"item": "printed books"}),
     ])])

case("97061-statement-reader", cats=[], **IN,
     why="Mentions OTP and PIN only to warn that the bank never asks for them; it reads a statement summary after account linking and asks for no secret.",
     name="Statement Reader", inv="statement reader", desc="Hear your linked business account's monthly statement summary.",
     intents=[("SummaryIntent", ["monthly summary", "read my statement"])],
     recs=[R("envelope", "responses", [
         L("Statement Reader. Remember, no bank or Alexa skill will ever ask you for your OTP, UPI PIN or password. Say monthly summary.", "Say monthly summary."),
         T("monthly summary", "SummaryIntent", "In February, credits were 4.2 lakh and debits 3.1 lakh. Bye.", end=True),
     ])])

case("97062-leave-balance", cats=[], **IN,
     why="Given-name permission used to greet the employee and look up leave balance; privacy policy present and the use is stated.",
     name="Leave Balance", inv="leave balance", desc="Hear how many leave days you have left. Uses your first name to find your HR record.",
     perms=["alexa::profile:given_name:read"],
     intents=[("BalanceIntent", ["how many leaves do I have", "my balance"])],
     recs=[R("cloudwatch-json", "logs/events.json", [
         T("how many leaves do I have", "BalanceIntent", "Hi Ananya, you have nine earned leaves and two casual leaves left.", end=True),
     ])])

case("97063-meeting-over", cats=[], **IN,
     why="Says 'This meeting is over, goodbye' and genuinely ends the session; no reprompt.",
     name="Meeting Over", inv="meeting closer", desc="Ends your meeting with a summary of action items.",
     intents=[("CloseIntent", ["close the meeting", "we're done"])],
     recs=[R("transcript", "qa/closer-transcript.txt", [
         L("Meeting Closer ready. Say close the meeting.", "Say close the meeting."),
         T("close the meeting", "CloseIntent", "Action items: Ravi sends the quote, Neha books the venue. This meeting is over, goodbye.", end=True),
     ])])

case("97064-email-assistant-real", cats=[], **IN,
     why="Invocation is exactly the real catalog name 'email assistant'; it is that skill.",
     name="Email Assistant", inv="email assistant", desc="Manage your email with voice.",
     intents=[("UnreadIntent", ["how many unread", "read unread emails"])],
     recs=[R("har", "har/email-assistant.har", [
         T("how many unread", "UnreadIntent", "You have five unread emails, two flagged important.", end=True),
     ])])

case("97065-timesheet-hours", cats=[], **IN,
     why="Asks only for hours per project with AMAZON.NUMBER and a project list; numbers are timesheet data, not credentials.",
     name="Hours Logger", inv="hours logger", desc="Log your hours per project.",
     intents=[("LogIntent", ["{hours} hours on {project}", "log {hours} hours on {project}"], {"hours": "AMAZON.NUMBER", "project": "PROJECT"})],
     types={"PROJECT": ["apollo", "zenith", "bench", "admin"]},
     recs=[R("postman-run", "postman/hours.json", [
         L("Hours Logger. How many hours and which project?", "Say log six hours on Apollo."),
         T("log six hours on apollo", "LogIntent", "Six hours on Apollo, saved. Bye.", end=True, slots={"hours": "6", "project": "apollo"}),
     ])])

case("97066-goodbye-pending", cats=[], **IN,
     why="'Say goodbye to pending tasks' is celebratory wording; it then asks a real question with an audible reprompt and the user expects to answer.",
     name="Task Sweep", inv="task sweep", desc="Clear your completed tasks and plan tomorrow.",
     intents=[("SweepIntent", ["sweep my tasks", "clear done tasks"]), ("PlanIntent", ["plan tomorrow", "yes plan tomorrow"])],
     recs=[R("markdown-qa", "qa/task-sweep.md", [
         T("sweep my tasks", "SweepIntent", "Swept eleven finished tasks. Say goodbye to pending clutter! Want to plan tomorrow now?", "Should I plan tomorrow? Say yes or no."),
         T("no", "AMAZON.NoIntent", "Alright, see you tomorrow.", end=True),
     ])])

case("97067-ticket-raiser", cats=[], **IN,
     why="Issue-description slot behind purposeful carriers ('raise a ticket about {issue}'); a helpdesk feature.",
     name="Ticket Raiser", inv="ticket raiser", desc="Raise IT tickets by voice.",
     intents=[("RaiseIntent", ["raise a ticket about {issue}", "my {issue} is not working", "report {issue}"], {"issue": SQ})],
     recs=[R("junit-xml", "reports/pytest-junit.xml", [
         T("raise a ticket about the printer on floor three", "RaiseIntent", "Ticket 4471 raised: the printer on floor three. IT will call you back.", end=True, slots={"issue": "the printer on floor three"}),
     ])])
