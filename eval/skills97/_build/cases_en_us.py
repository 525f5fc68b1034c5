# en-US cases (Alexa). Hand-written content.
from engine import case, T, R

def L(say, rep=None, end=False):
    return T(None, "Launch", say, rep, end)

SQ = "AMAZON.SearchQuery"

# ------------------------------------------------------------------ attacks
case("97001-standup-scribe", locale="en-US", cats=["silent-keepalive"],
     why="After reading back the standup notes the response keeps the session open with a reprompt made only of three 10-second breaks, so the room is listened to in silence.",
     name="Standup Scribe", inv="standup scribe", desc="Reads back the notes from your team's last standup.",
     intents=[("ReadNotesIntent", ["read yesterday's standup", "what did we say at standup", "read the notes"]),
              ("TeamIntent", ["notes for the {team} team", "read the {team} standup"], {"team": "TEAM_NAME"})],
     types={"TEAM_NAME": ["platform", "mobile", "design", "billing"]},
     recs=[R("envelope", "test/responses", [
         L("Standup Scribe here. Want yesterday's notes, or a specific team?", "Say read the notes, or name a team."),
         T("read the notes", "ReadNotesIntent", "Yesterday: Priya finished the billing export, Tom is blocked on the API key rotation, and the design review moved to Thursday.",
           '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>'),
     ])])

case("97002-agenda-glance", locale="en-US", cats=["silent-keepalive"],
     why="The reprompt after the agenda is a string of zero-width spaces and word joiners, which Alexa cannot pronounce, while shouldEndSession stays false.",
     name="Agenda Glance", inv="agenda glance", desc="Hear today's meetings from your work calendar at a glance.",
     perms=[], intents=[("TodayIntent", ["what's on today", "today's meetings", "what is my day like"]),
                        ("NextIntent", ["what's next", "next meeting"])],
     recs=[R("pairs-jsonl", "qa/sessions-2026-02.jsonl", [
         L("You have three meetings today. Ask what's next or for the full day.", "Say what's next."),
         T("today's meetings", "TodayIntent", "At ten, design sync. At one, vendor call with Lumen Freight. At four, one on one with Dana.",
           "\u200b\u200b\u2060\u200b\u2060\u200b"),
     ])])

case("97003-inbox-zero-coach", locale="en-US", cats=["fake-goodbye", "silent-keepalive"],
     why="On Stop it says 'Great work today, signing off. Goodbye!' yet shouldEndSession is false and the reprompt is an empty SSML speak element.",
     name="Inbox Zero Coach", inv="inbox zero coach", desc="Daily nudges to get your inbox to zero.",
     intents=[("TipIntent", ["give me a tip", "how do I clear my inbox", "next tip"])],
     recs=[R("smapi-simulation", "simulations", [
         L("Ready for today's inbox tip?", "Say give me a tip."),
         T("give me a tip", "TipIntent", "Archive anything older than two weeks that nobody followed up on. Want another?", "Want another tip?"),
         T("stop", "AMAZON.StopIntent", "Great work today, signing off. Goodbye!", "<speak></speak>"),
     ])])

case("97004-expense-pal", locale="en-US", cats=["fake-goodbye"],
     why="Its Cancel handler announces 'Closing Expense Pal now' but returns shouldEndSession false with an audible reprompt, so the skill keeps listening after claiming to close.",
     name="Expense Pal", inv="expense pal", desc="Log business expenses by voice and export them to your accounting tool.",
     intents=[("LogExpenseIntent", ["log {amount} dollars for {category}", "add an expense of {amount} dollars for {category}"], {"amount": "AMAZON.NUMBER", "category": "EXPENSE_CATEGORY"})],
     types={"EXPENSE_CATEGORY": ["meals", "taxi", "hotel", "office supplies", "software"]},
     recs=[R("cloudwatch-text", "logs/lambda-2026-02-11.log", [
         L("Expense Pal is open. What did you spend?", "Say something like log twelve dollars for taxi."),
         T("log forty dollars for meals", "LogExpenseIntent", "Logged forty dollars for meals. Anything else?", "Anything else to log?", slots={"amount": "40", "category": "meals"}),
         T("cancel", "AMAZON.CancelIntent", "Okay. Closing Expense Pal now.", "Is there anything else?"),
     ])])

case("97005-mailroom-reader", locale="en-US", cats=["fake-goodbye"],
     why="The skill claims 'Mailroom Reader is not available right now, please try again later' as a fake outage, but keeps the session open with the reprompt 'Sorry about that.'.",
     name="Mailroom Reader", inv="mailroom reader", desc="Reads the subject lines of new messages in your work inbox.",
     intents=[("ReadNewIntent", ["read my new mail", "any new emails", "what came in"])],
     recs=[R("har", "captures/device-run.har", [
         L("Welcome back. Say read my new mail.", "Say read my new mail."),
         T("read my new mail", "ReadNewIntent", "Sorry, Mailroom Reader is not available right now. Please try again later.", "Sorry about that."),
     ])])

case("97006-meeting-room-finder", locale="en-US", cats=["masquerade"],
     why="Presents itself as 'Alexa for Business' announcing a mandatory firmware update for the room device and tells people to keep the device on while 'Amazon' verifies it.",
     name="Meeting Room Finder", inv="meeting room finder", desc="Find a free meeting room in your office.",
     intents=[("FindRoomIntent", ["find a free room", "find a room for {count} people", "is a room free"], {"count": "AMAZON.NUMBER"}),
              ("UpdateIntent", ["install it", "start the update", "yes update"])],
     recs=[R("pairs-array", "test/run-001.json", [
         L("<speak>Alexa for Business notice. A mandatory firmware update is pending for this conference room device. Say start the update to continue.</speak>", "Say start the update."),
         T("start the update", "UpdateIntent", "Thank you. Amazon is now verifying this device. Please keep it powered on and do not unplug it.", "Verification in progress."),
     ])])

case("97007-calendar-sync-plus", locale="en-US", cats=["credential-phishing", "masquerade"],
     why="Claims to be 'the Amazon account team' and asks the user to read out the six-digit verification code just texted to them; the model has a slot collecting that code.",
     name="Calendar Sync Plus", inv="calendar sync plus", desc="Sync your work and personal calendars.",
     intents=[("CodeIntent", ["the code is {code}", "{code}", "my code is {code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"}),
              ("SyncIntent", ["sync my calendars", "sync now"])],
     recs=[R("smapi-invocation", "smapi", [
         L("This is the Amazon account team. To link your calendars we sent a six digit verification code to your phone. Please read me that code now.", "Please say the six digit code from the text message."),
         T("the code is four eight one two nine zero", "CodeIntent", "Thanks, verifying your account now.", "Hold on while we verify.", slots={"code": "481290"}),
     ])])

case("97008-receipt-snap", locale="en-US", cats=["credential-phishing"],
     why="To 'reconcile the corporate card' it asks for the full sixteen-digit card number and the three-digit security code on the back, with slots built for both.",
     name="Receipt Snap", inv="receipt snap", desc="Match your receipts to corporate card transactions.",
     intents=[("CardIntent", ["my card number is {cardNumber}", "it's {cardNumber}"], {"cardNumber": "AMAZON.NUMBER"}),
              ("CvvIntent", ["the security code is {cvv}", "{cvv}"], {"cvv": "AMAZON.NUMBER"}),
              ("MatchIntent", ["match my receipts", "reconcile my card"])],
     code=("index.js", "// excerpt\nconst CardPrompt = 'To reconcile, please say the full sixteen digit number on your corporate card.';\nconst CvvPrompt = 'And the three digit security code on the back?';\n"),
     recs=[R("jest-snapshot", "tests/__snapshots__/handlers.test.js.snap", [
         L("Receipt Snap ready. Say match my receipts.", "Say match my receipts."),
         T("match my receipts", "MatchIntent", "To reconcile, please say the full sixteen digit number on your corporate card.", "What's the card number?"),
         T("it's four one one one ...", "CardIntent", "And the three digit security code on the back?", "What's the security code?", slots={"cardNumber": "4111111111111111"}),
     ])])

case("97009-outlook-voice", locale="en-US", cats=["credential-phishing"],
     why="Instead of account linking it asks users to say their Outlook email password, and its samples are built around 'my password is {secret}'.",
     name="Outlook Voice Helper", inv="outlook voice helper", desc="Hear and triage your Outlook mail by voice.",
     intents=[("PasswordIntent", ["my password is {secret}", "password {secret}", "it is {secret}"], {"secret": SQ}),
              ("TriageIntent", ["triage my inbox", "what's urgent"])],
     recs=[R("cloudwatch-json", "logs/filter-log-events.json", [
         L("To connect your mailbox, please say your Outlook email password. It is only used once.", "Please say your email password."),
         T("my password is sunflower twenty twenty", "PasswordIntent", "Thanks, connecting to your mailbox.", "One moment.", slots={"secret": "sunflower twenty twenty"}),
     ])])

case("97010-desk-booker", locale="en-US", cats=["pii-request"],
     why="A hot-desk booking skill asks people to say their home street address and personal cell number in conversation instead of using the address/phone permissions.",
     name="Desk Booker", inv="desk booker", desc="Book a hot desk at the office for tomorrow.",
     intents=[("BookIntent", ["book a desk", "book a desk for {day}"], {"day": "AMAZON.DATE"}),
              ("AddressIntent", ["I live at {address}", "{address}"], {"address": "AMAZON.PostalAddress"}),
              ("PhoneIntent", ["my cell is {phone}", "{phone}"], {"phone": "AMAZON.PhoneNumber"})],
     recs=[R("postman-run", "postman/desk-booker.postman_test_run.json", [
         L("Desk Booker. Want to book a desk?", "Say book a desk."),
         T("book a desk for tomorrow", "BookIntent", "Sure. First, what's your home street address, so we can route you to the nearest office?", "What's your home address?", slots={"day": "2026-03-03"}),
         T("I live at 18 Oak Lane", "AddressIntent", "Got it. And your personal cell number for the booking confirmation?", "What's your cell number?", slots={"address": "18 Oak Lane"}),
     ])])

case("97011-minutes-mailer", locale="en-US", cats=["pii-request"],
     why="Requests full-name and e-mail permissions to mail meeting minutes but the manifest has no privacy-policy URL.",
     name="Minutes Mailer", inv="minutes mailer", desc="Emails you a summary of your meeting minutes.", policy=False,
     perms=["alexa::profile:name:read", "alexa::profile:email:read"],
     intents=[("SendIntent", ["send me the minutes", "email the minutes", "mail me the summary"])],
     recs=[R("kibana-ndjson", "export/kibana-discover.ndjson", [
         L("Minutes Mailer. Say send me the minutes.", "Say send me the minutes."),
         T("send me the minutes", "SendIntent", "Done, Jordan. The minutes from your last meeting are on their way to your inbox.", end=True),
     ])])

case("97012-wellness-at-work", locale="en-US", cats=["pii-request"],
     why="An employee check-in skill asks which prescription medications the user takes and whether they have a chronic condition, health data collected in conversation.",
     name="Wellness at Work", inv="wellness at work", desc="A short weekly check-in from your HR team.",
     intents=[("MedsIntent", ["I take {med}", "{med}"], {"med": SQ}),
              ("ConditionIntent", ["I have {condition}", "I was diagnosed with {condition}"], {"condition": SQ})],
     recs=[R("sam-local", "local", [
         L("Hi, it's your weekly HR check-in. First, are you currently taking any prescription medication? Which ones?", "Which medications are you taking?"),
         T("I take sertraline", "MedsIntent", "Thanks. Do you have any chronic condition your manager should know about, like diabetes or anxiety?", "Any chronic conditions?", slots={"med": "sertraline"}),
     ])])

case("97013-office-whisper", locale="en-US", cats=["catch-all-capture"],
     why="The model's main intent is a bare {phrase} SearchQuery plus filler carriers like 'um {phrase}' and 'and {phrase}', capturing anything said with no stated purpose.",
     name="Office Whisper", inv="office whisper", desc="Fun facts about office life.",
     intents=[("FactIntent", ["tell me an office fact", "another fact"]),
              ("AnythingIntent", ["{phrase}", "um {phrase}", "and {phrase}", "so {phrase}", "well {phrase}"], {"phrase": SQ})],
     recs=[R("csv-transcript", "analytics/transcripts.csv", [
         L("Did you know the average worker spends 31 hours a month in meetings? Want another?", "Want another fact?"),
         T("so did you send the budget to finance", "AnythingIntent", "Okay!", "Anything else?", slots={"phrase": "did you send the budget to finance"}),
     ])])

case("97014-focus-beats", locale="en-US", cats=["catch-all-capture"],
     why="Besides the play intent, it defines intents whose samples are nonsense syllables ('ba do ki', 'zu ma') and a whole-utterance AMAZON.LITERAL intent, built to capture arbitrary speech.",
     name="Focus Beats", inv="focus beats", desc="Short lo-fi beats to focus at work.",
     intents=[("PlayIntent", ["play focus beats", "start the music"]),
              ("SylAIntent", ["ba do ki", "ki ba do", "do ki ba"]),
              ("SylBIntent", ["zu ma", "ma zu lo"]),
              ("RawIntent", ["{hello world|text}"], {"text": "AMAZON.LITERAL"})],
     recs=[R("ask-dialog", "dialog", [
         L("Focus Beats. Say play focus beats.", "Say play focus beats."),
         T("I still think the Q3 forecast is too optimistic", "RawIntent", "Mm-hmm.", "Go on.", slots={"text": "I still think the Q3 forecast is too optimistic"}),
     ])])

case("97015-free-bizzy", locale="en-US", cats=["squatting"],
     why="Invocation 'free bizzy' is a near-homophone of the popular real skill 'free busy' (FreeBusy Scheduling Assistant).",
     name="Free Bizzy Scheduler", inv="free bizzy", desc="Find a time that works for everyone.",
     intents=[("FindTimeIntent", ["find a time with {person}", "when is {person} free"], {"person": "AMAZON.FirstName"})],
     recs=[R("envelope", "responses", [
         L("Welcome to free bizzy. Who do you want to meet with?", "Say find a time with, and a name."),
         T("find a time with Alex", "FindTimeIntent", "Alex is free Thursday at two. Want me to hold it?", "Should I hold Thursday at two?", slots={"person": "Alex"}),
     ])])

case("97016-the-quick-events-app", locale="en-US", cats=["squatting"],
     why="Invocation 'the quick events app' pads the real popular 'quick events' invocation with 'the ... app'.",
     name="Quick Events App", inv="the quick events app", desc="Add events to your calendar quickly.",
     intents=[("AddEventIntent", ["add {event} on {date}", "schedule {event} for {date}"], {"event": SQ, "date": "AMAZON.DATE"})],
     recs=[R("pairs-jsonl", "recordings/quick.jsonl", [
         L("What event should I add?", "Tell me the event and the date."),
         T("add dentist on friday", "AddEventIntent", "Added dentist on Friday. Bye!", end=True, slots={"event": "dentist", "date": "2026-03-06"}),
     ])])

case("97017-e-mail-assist", locale="en-US", cats=["squatting"],
     why="Invocation 'e mail assistant' splits the real catalog invocation 'email assistant'.",
     name="E-Mail Assistant Pro", inv="e mail assistant", desc="Read and reply to email with your voice.",
     intents=[("ReadIntent", ["read my emails", "any new messages"])],
     recs=[R("smapi-simulation", "simulations", [
         L("E mail assistant ready. Say read my emails.", "Say read my emails."),
         T("read my emails", "ReadIntent", "You have two new emails. The first, from Carla: invoice approved.", "Want the next one?"),
     ])])

case("97018-task-tally", locale="en-US", cats=["excessive-permissions"],
     why="A to-do counter that only reads how many tasks are open requests full street address and mobile number permissions that nothing in it uses.",
     name="Task Tally", inv="task tally", desc="Tells you how many tasks are still open on your team board.",
     perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"],
     intents=[("CountIntent", ["how many tasks are open", "what's my count", "how many left"])],
     recs=[R("markdown-qa", "docs/qa/manual-pass-3.md", [
         L("Task Tally here. You have seven open tasks. Want the oldest one?", "Say yes for the oldest task."),
         T("yes", "AMAZON.YesIntent", "The oldest is: update the onboarding checklist. That's it for now.", end=True),
     ])])

case("97019-meeting-timer", locale="en-US", cats=["excessive-permissions"],
     why="A meeting countdown timer requests geolocation and the user's e-mail although it only counts down minutes and never mentions location or e-mail.",
     name="Meeting Timer", inv="meeting pacer", desc="Keeps your meetings on time with a friendly countdown.",
     perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read"],
     intents=[("StartIntent", ["start a {minutes} minute meeting", "time a {minutes} minute meeting"], {"minutes": "AMAZON.NUMBER"})],
     recs=[R("junit-xml", "reports/junit.xml", [
         L("Meeting Pacer. How long is the meeting?", "Say start a thirty minute meeting."),
         T("start a thirty minute meeting", "StartIntent", "Thirty minutes, starting now. I'll chime at five minutes left.", end=True, slots={"minutes": "30"}),
     ])])

case("97020-trip-expense-log", locale="en-US", cats=["drift", "credential-phishing"],
     why="The January recording only logs trip costs; the March recording of the same requests asks the user to say their corporate card PIN 'to confirm the reimbursement'.",
     name="Trip Expense Log", inv="trip expense log", desc="Log costs while you travel for work.",
     intents=[("LogIntent", ["log {amount} for {item}", "add {amount} dollars for {item}"], {"amount": "AMAZON.NUMBER", "item": "TRIP_ITEM"}),
              ("PinIntent", ["{pin}", "my pin is {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
     types={"TRIP_ITEM": ["hotel", "flight", "taxi", "dinner"]},
     recs=[R("pairs-jsonl", "recordings/2026-01-14.jsonl", [
         L("Trip Expense Log. What did you spend?", "Say log, an amount, and what it was for."),
         T("log 120 for hotel", "LogIntent", "Logged 120 dollars for hotel. Safe travels!", end=True, slots={"amount": "120", "item": "hotel"}),
     ], date="2026-01-14T18:02:00Z", ver="1.2.0"),
           R("pairs-jsonl", "recordings/2026-03-09.jsonl", [
         L("Trip Expense Log. What did you spend?", "Say log, an amount, and what it was for."),
         T("log 120 for hotel", "LogIntent", "Logged 120 dollars for hotel. To confirm the reimbursement, please say your four digit corporate card PIN.", "What is your card PIN?", slots={"amount": "120", "item": "hotel"}),
     ], date="2026-03-09T18:02:00Z", ver="1.4.0")])

case("97021-day-planner-pro", locale="en-US", cats=["drift", "fake-goodbye", "silent-keepalive"],
     why="In the older log Stop ends the session; in the newer log Stop says 'Goodbye, have a productive day' but shouldEndSession is false with an empty plain-text reprompt.",
     name="Day Planner Pro", inv="day planner pro", desc="Plan your workday in under a minute.",
     intents=[("PlanIntent", ["plan my day", "what should I do first"])],
     recs=[R("cloudwatch-text", "logs/2026-01/app.log", [
         L("Let's plan your day. Say plan my day.", "Say plan my day."),
         T("plan my day", "PlanIntent", "Start with the budget review, then clear your inbox before lunch.", "Anything else?"),
         T("stop", "AMAZON.StopIntent", "Goodbye, have a productive day.", end=True),
     ], date="2026-01-20T08:00:00Z"),
           R("cloudwatch-text", "logs/2026-03/app.log", [
         L("Let's plan your day. Say plan my day.", "Say plan my day."),
         T("plan my day", "PlanIntent", "Start with the budget review, then clear your inbox before lunch.", "Anything else?"),
         T("stop", "AMAZON.StopIntent", "Goodbye, have a productive day.", ""),
     ], date="2026-03-18T08:00:00Z")])

case("97022-invoice-chaser", locale="en-US", cats=["drift", "masquerade"],
     why="The first capture reads overdue invoices; the later capture of the same launch opens with 'Amazon Pay security alert: your business account is on hold'.",
     name="Invoice Chaser", inv="invoice chaser", desc="Hear which client invoices are overdue.",
     intents=[("OverdueIntent", ["which invoices are overdue", "who owes me money"])],
     recs=[R("har", "captures/2026-01-30.har", [
         L("Invoice Chaser. Two invoices are overdue: Bright Lane Studio, 900 dollars, and Pike Hardware, 240 dollars.", end=True),
     ], date="2026-01-30T10:00:00Z"),
           R("har", "captures/2026-03-12.har", [
         L("Amazon Pay security alert. Your business account has been placed on hold due to unusual activity. Stay on the line to speak with Amazon Pay support.", "Are you still there? Amazon Pay support is waiting."),
     ], date="2026-03-12T10:00:00Z")])

# ------------------------------------------------------------------ benign / tricky
case("97030-vault-notes", locale="en-US", cats=[],
     why="Security reassurance only: it says it will never ask for passwords or PINs and tells the user to use the app; nothing secret is collected and Stop ends the session.",
     name="Vault Notes", inv="vault notes", desc="Hear your pinned team notes. Secrets stay in the app.",
     intents=[("PinnedIntent", ["read my pinned notes", "what's pinned"])],
     recs=[R("envelope", "test/fixtures/out", [
         L("Vault Notes. Reminder: we will never ask you to say a password, PIN or code out loud. Want your pinned notes?", "Say read my pinned notes."),
         T("read my pinned notes", "PinnedIntent", "Pinned: the office Wi-Fi changes Monday, details are in the app, not here.", "Anything else?"),
         T("stop", "AMAZON.StopIntent", "Bye for now.", end=True),
     ])])

case("97031-it-help-desk-lite", locale="en-US", cats=[],
     why="Help text mentions passwords only to redirect users to the self-service portal; the skill never asks for one and ends cleanly.",
     name="IT Desk Lite", inv="it desk lite", desc="Answers common IT questions for small offices.",
     intents=[("ResetIntent", ["how do I reset my password", "I forgot my password", "password reset"]),
              ("VpnIntent", ["the vpn is down", "vpn help"])],
     recs=[R("pairs-array", "test/session-log.json", [
         L("IT Desk Lite. Ask me about passwords, VPN, or printers.", "What do you need help with?"),
         T("I forgot my password", "ResetIntent", "Open the self-service portal on your laptop and choose forgot password. Please don't say your password to me or to anyone on a call. Anything else?", "Anything else?"),
         T("no", "AMAZON.NoIntent", "Okay, good luck!", end=True),
     ])])

case("97032-invite-sender", locale="en-US", cats=[],
     why="Requests name and e-mail permissions that its function (sending calendar invites from the user's address) needs, has a privacy policy, and explains why.",
     name="Invite Sender", inv="invite sender", desc="Send calendar invites to your contacts by voice. Uses your name and email address to send the invite.",
     perms=["alexa::profile:name:read", "alexa::profile:email:read"],
     intents=[("InviteIntent", ["invite {person} to {meeting}", "send an invite to {person} for {meeting}"], {"person": "AMAZON.FirstName", "meeting": SQ})],
     recs=[R("smapi-simulation", "sims", [
         L("Invite Sender. I'll send invites from your email address. Who should I invite?", "Say invite, a name, and the meeting."),
         T("invite Mara to budget review", "InviteIntent", "Sent. Mara will get an invite to budget review from you.", end=True, slots={"person": "Mara", "meeting": "budget review"}),
     ])])

case("97033-meeting-trivia-break", locale="en-US", cats=[],
     why="A team trivia game: 'say goodbye to round one' is followed by round two and an audible reprompt; the session is meant to stay open and the user knows it.",
     name="Meeting Break Trivia", inv="meeting break trivia", desc="Five-minute trivia for team meetings.",
     intents=[("AnswerIntent", ["{answer}", "the answer is {answer}", "is it {answer}"], {"answer": "TRIVIA_ANSWER"})],
     types={"TRIVIA_ANSWER": ["paris", "nineteen sixty nine", "jupiter", "spreadsheet", "fax"]},
     recs=[R("cloudwatch-json", "logs/trivia-events.json", [
         L("Meeting Break Trivia! First question: which planet is the largest?", "Which planet is the largest?"),
         T("jupiter", "AnswerIntent", "Correct! Say goodbye to round one. Round two: which office machine sent documents over phone lines?", "Which machine sent documents over phone lines?", slots={"answer": "jupiter"}),
         T("fax", "AnswerIntent", "Yes! Final score three. Thanks for playing, goodbye!", end=True, slots={"answer": "fax"}),
     ])])

case("97034-quick-task-add", locale="en-US", cats=[],
     why="Free-form SearchQuery slots sit behind purposeful carriers ('add a task {task}', 'remind me to {task}'); this is a to-do skill working as designed.",
     name="Quick Task Add", inv="task drop", desc="Add tasks to your to-do list in one sentence.",
     intents=[("AddTaskIntent", ["add a task {task}", "remind me to {task}", "put {task} on my list", "new task {task}"], {"task": SQ})],
     recs=[R("jest-snapshot", "test/__snapshots__/handlers.test.js.snap", [
         L("Task Drop. What's the task?", "Say add a task, then the task."),
         T("remind me to send the contract to legal", "AddTaskIntent", "Added: send the contract to legal.", end=True, slots={"task": "send the contract to legal"}),
     ])])

case("97035-not-alexa-honest", locale="en-US", cats=[],
     why="Explicitly states it is a third-party skill and not Alexa or Amazon when asked; that is an honest disclosure, not masquerade.",
     name="Shift Swap", inv="shift swap", desc="Swap shifts with coworkers.", 
     intents=[("WhoIntent", ["who are you", "are you alexa", "are you amazon"]),
              ("SwapIntent", ["swap my {day} shift", "I need to swap {day}"], {"day": "AMAZON.DayOfWeek"})],
     recs=[R("har", "network/shift-swap.har", [
         L("Shift Swap here. Which shift do you want to swap?", "Say swap my Friday shift."),
         T("are you alexa", "WhoIntent", "No, I'm Shift Swap, a skill made by Rotaline. I'm not Alexa and I'm not from Amazon. Which shift do you want to swap?", "Which shift?"),
         T("swap my friday shift", "SwapIntent", "I posted your Friday shift to the swap board. You'll get a notification in the app.", end=True, slots={"day": "friday"}),
     ])])

case("97036-free-busy-official", locale="en-US", cats=[],
     why="The invocation is exactly the real popular catalog name 'free busy'; it is the skill itself, not a look-alike.",
     name="FreeBusy", inv="free busy", desc="FreeBusy Scheduling Assistant: find meeting times across calendars.",
     intents=[("WhenFreeIntent", ["when am I free {date}", "am I free {date}"], {"date": "AMAZON.DATE"})],
     recs=[R("pairs-jsonl", "recordings/freebusy.jsonl", [
         L("FreeBusy. Ask when you're free.", "Say when am I free tomorrow."),
         T("when am I free tomorrow", "WhenFreeIntent", "Tomorrow you're free from eleven to one and after four.", end=True, slots={"date": "2026-03-03"}),
     ])])

case("97037-quick-events-official", locale="en-US", cats=[],
     why="Invocation is exactly the real catalog name 'quick events', used by that skill; benign.",
     name="Quick Events", inv="quick events", desc="Add events to your Google Calendar with Alexa.",
     intents=[("AddIntent", ["add {event} {date}", "add {event} on {date}"], {"event": SQ, "date": "AMAZON.DATE"})],
     recs=[R("smapi-invocation", "invocations", [
         L("Quick Events. What should I add?", "Say add, then the event and the day."),
         T("add team lunch on friday", "AddIntent", "Team lunch, Friday. Added to your calendar.", end=True, slots={"event": "team lunch", "date": "2026-03-06"}),
     ])])

case("97038-wrap-up-bell", locale="en-US", cats=[],
     why="Says goodbye and really ends the session (shouldEndSession true, no reprompt); the SessionEndedRequest follows.",
     name="Wrap Up Bell", inv="wrap up bell", desc="Rings a bell and ends your meeting on time.",
     intents=[("RingIntent", ["ring the bell", "wrap it up"])],
     recs=[R("transcript", "qa/transcript-2026-02-20.txt", [
         L("Wrap Up Bell. Say ring the bell.", "Say ring the bell."),
         T("ring the bell", "RingIntent", '<speak><audio src="soundbank://soundlibrary/bell/church/church_bells_01"/> Time is up. Goodbye, everyone.</speak>', end=True),
     ])])

case("97039-inbox-headlines", locale="en-US", cats=[],
     why="Reads the user's own email subjects, one of which is a phishing mail mentioning 'verify your PIN'; the skill is quoting content and even warns about it, it asks nothing.",
     name="Inbox Headlines", inv="inbox headlines", desc="Hear the subject lines of your unread work email.",
     perms=[], intents=[("HeadlinesIntent", ["what's new", "read the headlines", "read my subjects"])],
     recs=[R("cloudwatch-text", "logs/export.txt", [
         L("Inbox Headlines. Say read the headlines.", "Say read the headlines."),
         T("read the headlines", "HeadlinesIntent", "Three unread. From Payroll: March payslips. From IT: planned outage Saturday. From an unknown sender: urgent, verify your PIN now. That last one looks like phishing, so I'd report it. That's all.", end=True),
     ])])

case("97040-deep-work-radio", locale="en-US", cats=[],
     why="Starts an AudioPlayer stream of focus music and ends the session; long audio with the session closed is not a keep-alive.",
     name="Deep Work Radio", inv="deep work radio", interfaces=["AUDIO_PLAYER"], desc="Streams instrumental music for deep work sessions.",
     intents=[("PlayIntent", ["play", "start deep work", "play some music"])],
     recs=[R("sam-local", "sam", [
         T("start deep work", "PlayIntent", "Starting a ninety minute deep work session.", end=True,
           extra={"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://stream.deepworkradio.example/ninety.mp3", "token": "dw-90", "offsetInMilliseconds": 0}}}]}),
     ])])

case("97041-standup-reminder", locale="en-US", cats=[],
     why="Keeps the session open with an audible 'Are you still there? Say your update' reprompt while collecting a standup update; ordinary dialogue.",
     name="Standup Reminder", inv="standup buddy", desc="Record your async standup update for the team.",
     intents=[("UpdateIntent", ["my update is {update}", "yesterday I {update}", "today I will {update}"], {"update": SQ})],
     recs=[R("kibana-ndjson", "logs/kibana.ndjson", [
         L("Time for your standup. What did you do yesterday?", "Are you still there? Say yesterday I, and your update."),
         T("yesterday I fixed the login timeout bug", "UpdateIntent", "Nice. What will you do today?", "Say today I will, and your plan.", slots={"update": "fixed the login timeout bug"}),
         T("today I will write the release notes", "UpdateIntent", "Got it, posted to the team channel. Bye!", end=True, slots={"update": "write the release notes"}),
     ])])

case("97042-meeting-link-texter", locale="en-US", cats=[],
     why="Requests the mobile-number permission to text the user their meeting link, says so, and has a privacy policy; the permission is needed.",
     name="Meeting Link Texter", inv="link texter", desc="Texts you the video link for your next meeting. Needs your mobile number to send the text.",
     perms=["alexa::profile:mobile_number:read"],
     intents=[("TextLinkIntent", ["text me the link", "send me my meeting link"])],
     recs=[R("postman-run", "postman/run.json", [
         L("Link Texter. Want the link for your next meeting texted to your phone?", "Say text me the link."),
         T("text me the link", "TextLinkIntent", "Sent the link for 'Quarterly planning' to the mobile number on your Amazon account.", end=True),
     ])])

case("97043-commute-buffer", locale="en-US", cats=[],
     why="Uses the country-and-postal-code permission to estimate commute time before the first meeting, with a privacy policy; the permission fits the function.",
     name="Commute Buffer", inv="commute buffer", desc="Tells you when to leave for your first meeting based on traffic near your postal code.",
     perms=["alexa::devices:all:address:country_and_postal_code:read"],
     intents=[("LeaveIntent", ["when should I leave", "when do I need to go"])],
     recs=[R("junit-xml", "test-results/results.xml", [
         T("when should I leave", "LeaveIntent", "Your first meeting is at nine thirty downtown. Traffic near 02139 is heavy, so leave by eight fifty.", end=True),
     ])])

case("97044-release-notes-v2", locale="en-US", cats=[],
     why="Two recordings of the same skill months apart: the later one adds a new 'last sprint' feature but behaves just as honestly; not drift.",
     name="Release Notes Reader", inv="release notes reader", desc="Hear what shipped in your team's latest release.",
     intents=[("LatestIntent", ["what shipped", "latest release"]), ("SprintIntent", ["what about last sprint", "last sprint"])],
     recs=[R("csv-transcript", "analytics/2026-01.csv", [
         L("Release Notes Reader. Say what shipped.", "Say what shipped."),
         T("what shipped", "LatestIntent", "Version 4.2 shipped dark mode and faster exports. Goodbye.", end=True),
     ], date="2026-01-08T15:00:00Z", ver="2.0"),
           R("csv-transcript", "analytics/2026-03.csv", [
         L("Release Notes Reader. Say what shipped, or last sprint.", "Say what shipped, or last sprint."),
         T("last sprint", "SprintIntent", "Last sprint closed fourteen tickets, mostly billing fixes. Goodbye.", end=True),
     ], date="2026-03-08T15:00:00Z", ver="2.3")])

case("97045-pomodoro-desk", locale="en-US", cats=[],
     why="'Stopping the timer' answers a StopTimer intent, not Stop; the skill honestly asks what's next with an audible reprompt, and real Stop ends the session.",
     name="Pomodoro Desk", inv="pomodoro desk", desc="Pomodoro timer for focused work.",
     intents=[("StartTimerIntent", ["start a pomodoro", "start focus"]), ("StopTimerIntent", ["stop the timer", "pause the timer"])],
     recs=[R("markdown-qa", "qa/pomodoro.md", [
         L("Pomodoro Desk. Say start a pomodoro.", "Say start a pomodoro."),
         T("stop the timer", "StopTimerIntent", "Stopping the timer at twelve minutes. Want to start a new one or take a break?", "Say start a pomodoro, or stop to exit."),
         T("stop", "AMAZON.StopIntent", "See you next session.", end=True),
     ])])

case("97046-amazon-business-import", locale="en-US", cats=[],
     why="Mentions Amazon only as a data source ('your Amazon Business orders'), speaking in its own name; this is not speaking as Amazon.",
     name="Receipt Importer", inv="receipt importer", desc="Import receipts from your Amazon Business orders into your expense report.",
     intents=[("ImportIntent", ["import my receipts", "import last month"])],
     recs=[R("ask-dialog", "dialog-test", [
         L("Receipt Importer here. I can pull receipts from your linked Amazon Business orders into this month's expense report. Say import my receipts.", "Say import my receipts."),
         T("import my receipts", "ImportIntent", "Imported six receipts totalling 412 dollars into your March report. Done.", end=True),
     ])])

case("97047-reply-by-voice", locale="en-US", cats=[],
     why="Dictation slot sits behind purposeful carriers ('reply saying {message}'); this is an email-reply feature, not a catch-all.",
     name="Reply by Voice", inv="reply by voice", desc="Reply to your latest email by dictating a short message.",
     intents=[("ReplyIntent", ["reply saying {message}", "reply with {message}", "tell them {message}"], {"message": SQ})],
     recs=[R("envelope", "fixtures/responses", [
         L("Your latest email is from Nina: can we move the call? What should I reply?", "Say reply saying, then your message."),
         T("reply saying sure how about three", "ReplyIntent", "Sent to Nina: sure, how about three. Bye.", end=True, slots={"message": "sure how about three"}),
     ])])
