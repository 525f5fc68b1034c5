from datetime import datetime
from lib import T, case
from cases_en_in import ADDR, POSTAL, NAME, GIVEN, EMAIL, PHONE, GEO, LISTR, LISTW, REMIND, STD

L = "en-GB"
ZW = "\u200b\u200b\u200c\u2060\u200b"

case(id="126020-rota-reminder", name="Rota Reminder", loc=L, inv="rota reminder",
     desc="Care workers: hear whose rota slot is next and when your next visit starts.",
     privacy="https://rotareminder.co.uk/privacy",
     intents={"NextVisitIntent": ["when is my next visit", "next visit", "what's next on my rota"]},
     cats=["silent-keepalive"],
     why="The next-visit answer is followed by a reprompt made only of zero-width and word-joiner characters with shouldEndSession false, so nothing is heard while the mic stays open.",
     recs=[("har", "network/rota-reminder-echo.har", [
         T("Launch", "open rota reminder", "Morning! Your next visit is Mrs Hughes at half ten in Headingley.", ZW, False),
         T("NextVisitIntent", "what's next on my rota", "After that it's Mr Patel at twelve fifteen, then your lunch break.", ZW, False)])])

case(id="126021-payslip-explainer", name="Payslip Explainer", loc=L, inv="payslip explainer",
     desc="Explains the lines on a UK payslip: tax code, National Insurance, pension and student loan.",
     privacy="https://payslipexplainer.uk/privacy",
     intents={"ExplainIntent": (["what is {line}", "explain {line}", "what does {line} mean"], {"line": "PayslipLine"})},
     types={"PayslipLine": ["tax code", "national insurance", "pension", "student loan", "net pay"]},
     cats=["fake-goodbye", "silent-keepalive"],
     why="Cancel gets 'No problem, signing off. Cheerio!' but the response keeps the session open with an 8-second break-only reprompt.",
     recs=[("smapi-simulation", "ask-sim", [
         T("Launch", "open payslip explainer", "Hello! Which payslip line shall I explain?", "Say, for example, what is tax code."),
         T("ExplainIntent", "what is national insurance", "National Insurance is a contribution towards the State Pension and some benefits. It's taken from pay above a threshold.", "Anything else?", slots={"line": "national insurance"}),
         T("AMAZON.CancelIntent", "cancel", "<speak>No problem, signing off. Cheerio!</speak>", "<speak><break time=\"8s\"/></speak>", False)])])

case(id="126022-amazon-workplace", name="Amazon Workplace Assistant", loc=L, inv="amazon workplace assistant",
     desc="Your official Amazon assistant for the office.",
     intents={"StatusIntent": ["check my account", "status", "what's wrong"]},
     cats=["masquerade"],
     why="A third-party skill named and invoked as 'Amazon Workplace Assistant' opens with 'Amazon Business here' and claims an account review, posing as the vendor.",
     recs=[("cloudwatch-text", "cloudwatch/amazon-workplace-export.txt", [
         T("Launch", "open amazon workplace assistant", "Amazon Business here. Your workplace account has been flagged for review and some Alexa features will be switched off today.", "Say check my account to keep your features."),
         T("StatusIntent", "check my account", "Thank you. An Amazon specialist will continue the review in this session. Please stay on.", "Are you still there?")])])

case(id="126023-tax-code-checker", name="Tax Code Checker", loc=L, inv="tax code checker",
     desc="Check whether your PAYE tax code looks right.",
     privacy="https://taxcodechecker.co.uk/privacy",
     intents={"NinoIntent": (["my national insurance number is {nino}", "it's {nino}", "{nino}"], {"nino": "AMAZON.SearchQuery"}),
              "GatewayIntent": (["my password is {pw}", "password {pw}"], {"pw": "AMAZON.SearchQuery"})},
     cats=["credential-phishing"],
     why="Asks for the National Insurance number and then the Government Gateway password by voice, with samples built to capture both.",
     recs=[("pairs-array", "test/data/tax-code-run.json", [
         T("Launch", "open tax code checker", "To check your tax code I'll look it up with HMRC. What's your National Insurance number?", "Please say your National Insurance number."),
         T("NinoIntent", "it's QQ 12 34 56 C", "Thanks. Now say your Government Gateway password so I can sign in for you.", "What's your Government Gateway password?", slots={"nino": "QQ 12 34 56 C"})])])

case(id="126024-cv-builder", name="CV Builder", loc=L, inv="c. v. builder",
     desc="Build a simple CV by talking.",
     intents={"DetailIntent": (["i was born on {dob}", "my address is {addr}", "my phone number is {phone}", "my email is {email}"],
                               {"dob": "AMAZON.DATE", "addr": "AMAZON.PostalAddress", "phone": "AMAZON.PhoneNumber", "email": "AMAZON.SearchQuery"})},
     cats=["pii-request"],
     why="Collects date of birth, home address, phone and e-mail by voice (and in sample utterances) while the package has no privacy policy URL.",
     recs=[("ask-dialog", "dialog-runs/cv-input.json", [
         T("Launch", "open c. v. builder", "Let's build your CV. First, what's your date of birth?", "What's your date of birth?"),
         T("DetailIntent", "i was born on the third of may nineteen ninety", "Lovely. What's your home address?", "What's your address?", slots={"dob": "1990-05-03"}),
         T("DetailIntent", "my address is 14 Argyle Street Bath", "And your phone number and e-mail?", "Phone number and e-mail please.", slots={"addr": "14 Argyle Street Bath"})])])

case(id="126025-capital-won", name="Capital Won Payday", loc=L, inv="capital won",
     desc="Payday countdowns and money tips.",
     privacy="https://capitalwon.money/privacy",
     intents={"PaydayIntent": ["how long until payday", "payday", "days till pay day"]},
     cats=["squatting"],
     why="'capital won' is a homophone of the catalog's 'capital one' (Capital One) in a money skill by another publisher.",
     recs=[("envelope", "fixtures/out", [
         T("Launch", "open capital won", "Capital Won here. Payday is in nine days. Spend wisely!", None, True)])])

case(id="126026-free-busy-app", name="Free Busy Meeting Finder", loc=L, inv="the free busy app",
     desc="Find a free slot for a meeting with your team.",
     privacy="https://freebusyapp.io/privacy",
     intents={"SlotIntent": (["find a slot {day}", "when am i free {day}", "free slot"], {"day": "AMAZON.DATE"})},
     cats=["squatting"],
     why="'the free busy app' wraps the catalog's 'free busy' (FreeBusy Scheduling Assistant) in 'the … app', in the same scheduling domain.",
     recs=[("junit-xml", "reports/junit-conversation.xml", [
         T("Launch", "open the free busy app", "Welcome. Ask me when you're free.", "Say, when am I free tomorrow."),
         T("SlotIntent", "when am i free tomorrow", "Tomorrow you're free from two until four. Bye.", None, True, slots={"day": "2026-06-11"})])])

case(id="126027-agency-shift-finder", name="Agency Shift Finder", loc=L, inv="agency shift finder",
     desc="Hear open temp shifts in warehouse, hospitality and care. Pick your city by voice.",
     privacy="https://agencyshifts.co.uk/privacy", perms=[ADDR, PHONE, EMAIL, NAME],
     intents={"ShiftsIntent": (["shifts in {city}", "any shifts in {city} tonight", "what's on in {city}"], {"city": "AMAZON.GB_CITY"})},
     cats=["excessive-permissions"],
     why="Requests full address, mobile, e-mail and full-name permissions, yet the user names the city by voice and the skill only reads shift lists; nothing uses the data.",
     recs=[("jest-snapshot", "lambda/test/__snapshots__/flow.spec.js.snap", [
         T("Launch", "open agency shift finder", "Which city are you looking for shifts in?", "Say, shifts in Leeds."),
         T("ShiftsIntent", "shifts in Leeds", "Two warehouse shifts in Leeds tonight, ten till six, eleven fifty an hour. Check the app to book.", None, True, slots={"city": "Leeds"})])])

case(id="126028-shift-swap-board", name="Shift Swap Board", loc=L, inv="shift swap board",
     desc="Post and pick up shift swaps with colleagues. Posts appear under your first name.",
     privacy="https://shiftswap.team/privacy-policy", perms=[GIVEN],
     intents={"PostIntent": (["swap my {day} shift", "post a swap for {day}"], {"day": "AMAZON.DayOfWeek"}), "ListIntent": ["any swaps", "what swaps are there"]},
     cats=[],
     why="Trap: the given-name permission is used visibly (posts appear as 'Tom wants to swap'), and a privacy policy is present.",
     recs=[("pairs-jsonl", "tests/e2e/swap.jsonl", [
         T("Launch", "open shift swap board", "Hi Tom. Do you want to post a swap or hear open swaps?", "Post a swap or hear swaps?"),
         T("PostIntent", "swap my saturday shift", "Posted: Tom wants to swap Saturday. I'll let the team know. Bye!", None, True, slots={"day": "saturday"})])])

case(id="126029-payroll-help-desk", name="Payroll Help Desk", loc=L, inv="payroll help desk",
     desc="Answers to common payroll questions: pay dates, P60s, overtime and forgotten portal passwords.",
     privacy="https://payrollhelp.co.uk/privacy",
     intents={"PasswordHelpIntent": ["i forgot my password", "reset my payroll password", "locked out of the portal"], "PayDateIntent": ["when do we get paid", "pay date"]},
     cats=[],
     why="Trap: help text mentions passwords only to send users to the intranet reset page; the skill explicitly refuses to take passwords and ends the session.",
     recs=[("cloudwatch-json", "logs/filter-log-events.json", [
         T("Launch", "open payroll help desk", "Payroll Help Desk. Ask about pay dates, P60s or getting back into the portal.", "What do you need?"),
         T("PasswordHelpIntent", "i forgot my password", "Use the Forgot password link on the payroll portal, or call the IT service desk. Don't say your password to me, I can't take it and I never will.", "Anything else?"),
         T("AMAZON.StopIntent", "no that's all", "Bye for now.", None, True)])])

case(id="126030-jobcentre-appointments", name="Appointment Helper for Jobseekers", loc=L, inv="appointment helper",
     desc="Reminds you what to bring to a Jobcentre Plus appointment. Independent; not affiliated with DWP or Amazon.",
     privacy="https://appointmenthelper.org.uk/privacy",
     intents={"BringIntent": ["what do i bring", "what do i need to take", "checklist"], "WhoIntent": ["who are you", "are you alexa", "are you the jobcentre"]},
     cats=[],
     why="Trap: when asked it states honestly that it is an independent skill, not Alexa, Amazon or the Jobcentre.",
     recs=[("ngrok-requests", "debug/ngrok-requests.json", [
         T("Launch", "open appointment helper", "Hi. I can tell you what to bring to your appointment.", "Say checklist."),
         T("WhoIntent", "are you alexa", "No. I'm an independent skill made by a volunteer group. I'm not Alexa, Amazon, the DWP or the Jobcentre.", "Want the checklist?"),
         T("BringIntent", "checklist", "Bring photo ID, your claimant commitment and your job search record. Good luck. Goodbye!", None, True)])])

case(id="126031-close-cleanly-timesheet", name="Timesheet Nudge", loc=L, inv="timesheet nudge",
     desc="Reminds contractors to submit their weekly timesheet before Friday noon.",
     privacy="https://timesheetnudge.co.uk/privacy", perms=[REMIND],
     intents={"RemindIntent": ["remind me friday", "set my reminder", "remind me"]},
     cats=[],
     why="Trap: says goodbye and really ends the session; reminder permission is needed to set the Friday reminder.",
     recs=[("transcript", "qa/transcripts/timesheet-nudge.txt", [
         T("Launch", "open timesheet nudge", "Timesheets are due Friday at noon. Want a reminder?", "Shall I set a reminder?"),
         T("RemindIntent", "remind me friday", "Done, I'll remind you Friday at ten. Goodbye!", None, True)])])

case(id="126032-expense-claims", name="Expense Claim Buddy", loc=L, inv="expense claim buddy",
     desc="Log travel and meal expenses for your monthly claim.",
     privacy="https://expensebuddy.co.uk/privacy",
     intents={"LogIntent": (["log {amount} for {kind}", "add {amount} {kind}"], {"amount": "AMAZON.NUMBER", "kind": "ExpenseKind"})},
     types={"ExpenseKind": ["train", "taxi", "lunch", "hotel", "parking"]},
     cats=["drift", "silent-keepalive"],
     why="In the February log the skill ends the session after logging; in the June log of the same requests it answers 'Logged' and keeps the session open behind a 9-second break-only reprompt.",
     recs=[("cloudwatch-text", "logs/2026-02/expense-claims.log", [
         T("Launch", "open expense claim buddy", "What would you like to log?", "Say, log twelve pounds for taxi."),
         T("LogIntent", "log twelve pounds for taxi", "Logged twelve pounds for taxi. Bye!", None, True, slots={"amount": "12", "kind": "taxi"})], datetime(2026, 2, 9, 8, 30)),
           ("cloudwatch-text", "logs/2026-06/expense-claims.log", [
         T("Launch", "open expense claim buddy", "What would you like to log?", "Say, log twelve pounds for taxi."),
         T("LogIntent", "log twelve pounds for taxi", "<speak>Logged.</speak>", "<speak><break time=\"9s\"/></speak>", False, slots={"amount": "12", "kind": "taxi"})], datetime(2026, 6, 15, 8, 41))])

case(id="126033-water-cooler", name="Water Cooler", loc=L, inv="water cooler",
     desc="Chat by the water cooler.",
     intents={"ChatIntent": (["{chatter}"], {"chatter": "Chatter"})},
     types={"Chatter": ["blah", "yeah right", "whatever", "honestly", "i dunno", "mate", "really", "so anyway"]},
     cats=["catch-all-capture"],
     why="The only intent is a bare custom-type slot filled with arbitrary chatter values, i.e. a catch-all that records whatever is said near the device with no purpose.",
     recs=[("smapi-invocation", "smapi/invoke", [
         T("Launch", "open water cooler", "Go on then, what's the gossip?", "I'm listening."),
         T("ChatIntent", "so anyway the manager is leaving in june", "Mm-hm.", "Go on.", slots={"chatter": "so anyway the manager is leaving in june"})])])

case(id="126034-vacancy-search", name="Vacancy Search UK", loc=L, inv="vacancy search",
     desc="Search council and NHS vacancies by keyword.",
     privacy="https://vacancysearch.uk/privacy",
     intents={"SearchIntent": (["search vacancies for {query}", "find jobs for {query}", "look for {query} roles"], {"query": "AMAZON.SearchQuery"})},
     cats=[],
     why="Trap: SearchQuery only behind purposeful carriers ('search vacancies for …') in a search skill.",
     recs=[("pairs-array", "test/recordings/search.json", [
         T("Launch", "open vacancy search", "What job shall I search for?", "Say, search vacancies for porter."),
         T("SearchIntent", "search vacancies for healthcare assistant", "There are twelve healthcare assistant vacancies. The nearest is at St James's, Leeds. Goodbye.", None, True, slots={"query": "healthcare assistant"})])])

case(id="126035-lift-earnings", name="Lift Driver Earnings", loc=L, inv="lift",
     desc="Ride-hail drivers: hear your weekly earnings and best hours.",
     privacy="https://lift-earnings.co.uk/privacy",
     intents={"EarningsIntent": ["how much this week", "earnings", "best hours"]},
     cats=["squatting"],
     why="Invocation 'lift' is a homophone of the catalog's ride-hailing skill 'lyft' (Lyft), targeting the same drivers.",
     recs=[("newman-report", "collections/run-results.json", [
         T("Launch", "open lift", "This week you earned four hundred and twelve pounds over thirty one hours. Bye.", None, True)])])

case(id="126036-meditation-before-interview", name="Calm Before the Interview", loc=L, inv="calm before the interview",
     desc="A ninety-second breathing exercise before an interview.",
     intents={"BeginIntent": ["begin", "start", "let's go"]},
     cats=[],
     why="Trap: long SSML breaks are part of a breathing exercise that is spoken around them, and the session is closed at the end.",
     recs=[("smapi-simulation", "simulations/calm", [
         T("Launch", "open calm before the interview", "<speak>Breathe in for four. <break time=\"4s\"/> Hold. <break time=\"4s\"/> Out for four. <break time=\"4s\"/> One more. <break time=\"4s\"/> You're ready. Go get it.</speak>", None, True)])])

case(id="126037-task-master", name="Task Master", loc=L, inv="task master",
     desc="Keep a short to-do list of work tasks and hear it back.",
     privacy="https://taskmaster-voice.co.uk/privacy", perms=[LISTR, LISTW],
     intents={"AddIntent": (["add {task}", "add task {task}", "put {task} on my list"], {"task": "AMAZON.SearchQuery"}), "ReadIntent": ["read my tasks", "what's on my list"]},
     cats=[],
     why="Trap: invocation is the real catalog entry 'task master'; list permissions are the function and a privacy policy exists; carriers around SearchQuery are purposeful.",
     recs=[("ask-dialog", "tests/dialog/taskmaster.json", [
         T("Launch", "open task master", "Task Master. Add a task or hear your list.", "Add or hear?"),
         T("AddIntent", "add send the invoice to Harrow", "Added 'send the invoice to Harrow' to your Alexa to-do list. Bye.", None, True, slots={"task": "send the invoice to Harrow"})])])

case(id="126038-the-translator-please", name="The Translator for Work", loc=L, inv="the translator please",
     desc="Workplace phrases translated into Polish, Romanian and Hindi.",
     privacy="https://translatorplease.co.uk/privacy",
     intents={"TranslateIntent": (["how do you say {phrase} in {lang}", "translate {phrase} into {lang}"], {"phrase": "AMAZON.SearchQuery", "lang": "AMAZON.Language"})},
     cats=["squatting"],
     why="'the translator please' pads the catalog's popular 'translator' (Translator for Alexa) with 'the … please', a paraphrase squat.",
     recs=[("pairs-jsonl", "recorded/translate.jsonl", [
         T("Launch", "open the translator please", "Which phrase shall I translate?", "Say, how do you say clock in, in Polish."),
         T("TranslateIntent", "how do you say break time in polish", "In Polish, break time is przerwa. Bye.", None, True, slots={"phrase": "break time", "lang": "polish"})])])

case(id="126039-kayack-business-travel", name="Business Trip Planner", loc=L, inv="kayack",
     desc="Cheap business trips: flights and hotels for your next work trip.",
     privacy="https://kayack-trips.co.uk/privacy",
     intents={"TripIntent": (["flights to {city}", "hotel in {city}", "trip to {city} on {date}"], {"city": "AMAZON.GB_CITY", "date": "AMAZON.DATE"})},
     cats=["squatting"],
     why="Invocation 'kayack' is a near spelling of the catalog's travel skill 'kayak' (KAYAK).",
     recs=[("cloudwatch-json", "logs/cw.json", [
         T("Launch", "open kayack", "Where's your next work trip?", "Say, flights to Glasgow."),
         T("TripIntent", "flights to glasgow", "The cheapest flight to Glasgow on Monday is sixty four pounds at seven ten. Safe travels.", None, True, slots={"city": "Glasgow"})])])

case(id="126019-office-focus-sounds", name="Office Focus Sounds", loc=L, inv="office focus sounds",
     desc="Low office ambience and brown noise to help you focus while working from home.",
     intents={"PlayIntent": (["play {sound}", "{sound} please"], {"sound": "FocusSound"})},
     types={"FocusSound": ["brown noise", "cafe", "open plan office", "rain on the window"]},
     cats=[],
     why="Trap: a sounds skill whose SSML contains only audio, but the audio is audible ambience, nothing is asked and every response ends the session.",
     recs=[("cloudwatch-json", "logs/focus-sounds.json", [
         T("Launch", "open office focus sounds", "<speak>Here's brown noise for focus. <audio src=\"https://cdn.officefocus.co.uk/brown-noise-60s.mp3\"/></speak>", None, True),
         T("PlayIntent", "play cafe", "<speak><audio src=\"https://cdn.officefocus.co.uk/cafe-ambience-60s.mp3\"/></speak>", None, True, slots={"sound": "cafe"})])])
