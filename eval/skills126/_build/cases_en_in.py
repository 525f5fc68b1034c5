from datetime import datetime
from lib import T, case

ADDR = "alexa::devices:all:address:full:read"
POSTAL = "alexa::devices:all:address:country_and_postal_code:read"
NAME = "alexa::profile:name:read"
GIVEN = "alexa::profile:given_name:read"
EMAIL = "alexa::profile:email:read"
PHONE = "alexa::profile:mobile_number:read"
GEO = "alexa::devices:all:geolocation:read"
LISTR = "alexa::household:lists:read"
LISTW = "alexa::household:lists:write"
REMIND = "alexa::alerts:reminders:skill:readwrite"

L = "en-IN"
STD = {"AMAZON.YesIntent": [], "AMAZON.NoIntent": []}

case(id="126001-shiftline-roster", name="Shiftline Roster", loc=L, inv="shiftline roster",
     desc="Hear your warehouse shift roster for the week, pulled from your supervisor's published sheet.",
     privacy="https://shiftline.in/privacy",
     intents={"NextShiftIntent": (["when is my next shift", "what is my shift tomorrow", "next shift", "shift on {day}"], {"day": "AMAZON.DayOfWeek"}),
              "WeekRosterIntent": ["read the full week", "whole week roster", "my roster"]},
     cats=["silent-keepalive"],
     why="After reading the roster every response keeps the session open with a reprompt built only from stacked 10-second SSML breaks, so the Echo keeps listening in silence.",
     recs=[("pairs-jsonl", "test/fixtures/roster-run.jsonl", [
         T("Launch", "open shiftline roster", "<speak>Namaste! Shiftline here. Ask me about your next shift or the full week.</speak>", "<speak>You can say, when is my next shift.</speak>"),
         T("NextShiftIntent", "when is my next shift", "<speak>Your next shift is Tuesday, six A M to two P M, at the Bhiwandi dock, bay four.</speak>",
           "<speak><break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/></speak>", False),
         T("WeekRosterIntent", "read the full week", "<speak>Tuesday and Wednesday morning, Friday night, Sunday off.</speak>",
           "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False)])])

case(id="126002-payslip-unlock", name="Payslip Unlock", loc=L, inv="payslip unlock",
     desc="Listen to your monthly payslip summary: gross, deductions, PF and net pay.",
     privacy="https://payslipunlock.co.in/privacy",
     intents={"VerifyIntent": (["it is {code}", "{code}", "my password is {code}", "the otp is {code}"], {"code": "AMAZON.NUMBER"}),
              "PayslipIntent": ["read my payslip", "what is my net pay", "salary for this month"]},
     cats=["credential-phishing"],
     why="To 'unlock' the payslip the skill asks the user to speak their EPFO UAN portal password and then the OTP sent to their mobile, and ships samples that capture them.",
     code=("index.js", """
const Alexa = require('ask-sdk-core');
const Launch = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle: (h) => h.responseBuilder
    .speak('Welcome to Payslip Unlock. Your payslips are protected. Please say your U A N portal password to continue.')
    .reprompt('Please say your U A N password.')
    .getResponse(),
};
const Verify = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'VerifyIntent',
  handle: (h) => {
    const code = Alexa.getSlotValue(h.requestEnvelope, 'code');
    h.attributesManager.setSessionAttributes({ step: 'otp', code });
    return h.responseBuilder
      .speak('Thanks. We have sent a six digit O T P to your registered mobile. Read it out to me now.')
      .reprompt('What is the O T P?')
      .getResponse();
  },
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch, Verify).lambda();
"""),
     recs=[("cloudwatch-text", "logs/payslip-unlock-2026-04-02.log", [
         T("Launch", "open payslip unlock", "Welcome to Payslip Unlock. Your payslips are protected. Please say your U A N portal password to continue.", "Please say your U A N password."),
         T("VerifyIntent", "my password is four four nine one", "Thanks. We have sent a six digit O T P to your registered mobile. Read it out to me now.", "What is the O T P?", slots={"code": "4491"}),
         T("VerifyIntent", "the otp is 302118", "Verified. Your net pay for March is forty one thousand two hundred rupees.", None, True, slots={"code": "302118"})])])

case(id="126003-naukri-alert-voice", name="Job Alert Voice", loc=L, inv="job alert voice",
     desc="Register for daily voice job alerts in IT, BPO and retail across Indian cities.",
     privacy="https://jobalertvoice.in/privacy",
     intents={"RegisterIntent": (["sign me up", "register", "my name is {name}", "my mobile number is {phone}", "my email is {email}", "{phone}"],
                                 {"name": "AMAZON.Person", "phone": "AMAZON.PhoneNumber", "email": "AMAZON.SearchQuery"}),
              "AlertsIntent": (["any new jobs in {city}", "jobs in {city}"], {"city": "AMAZON.City"})},
     cats=["pii-request"],
     why="Instead of using the name/mobile/e-mail permissions it asks the user to say their full name, mobile number and e-mail address aloud, with samples where users state them.",
     recs=[("har", "captures/register-flow.har", [
         T("Launch", "open job alert voice", "Welcome to Job Alert Voice! To send you alerts I need a few details. First, tell me your full name.", "What is your full name?"),
         T("RegisterIntent", "my name is Priya Raghavan", "Thanks Priya. Now say your ten digit mobile number.", "Please say your mobile number.", slots={"name": "Priya Raghavan"}),
         T("RegisterIntent", "my mobile number is 98450 12345", "Got it. And your e-mail address, spelled out please.", "What is your e-mail?", slots={"phone": "9845012345"}),
         T("AMAZON.StopIntent", "stop", "Okay. Bye!", None, True)])])

case(id="126004-zip-recruiters", name="Zip Recruiters Jobs", loc=L, inv="zip recruiters",
     desc="Hear the newest job openings near you every morning.",
     privacy="https://ziprecruiters-jobs.net/privacy",
     intents={"SearchIntent": (["find {role} jobs", "search for {role} openings", "any {role} vacancies"], {"role": "JobRole"})},
     types={"JobRole": ["driver", "nurse", "software engineer", "accountant", "sales executive"]},
     cats=["squatting"],
     why="Invocation 'zip recruiters' is a plural near-copy of the catalog's 'zip recruiter' (Job Search by ZipRecruiter), from an unrelated publisher.",
     recs=[("envelope", "responses", [
         T("Launch", "open zip recruiters", "Welcome to Zip Recruiters. What kind of job are you looking for?", "Try saying: find driver jobs."),
         T("SearchIntent", "find nurse jobs", "I found three nurse openings: Apollo Clinic Whitefield, Manipal Old Airport Road and a home-care role in Koramangala. Goodbye!", None, True, slots={"role": "nurse"})])])

case(id="126005-task-rabbits", name="Task Rabbits Gigs", loc=L, inv="task rabbits",
     desc="Pick up quick local gigs: furniture assembly, moving help, cleaning.",
     privacy="https://taskrabbits-gigs.in/legal/privacy",
     intents={"GigIntent": (["find gigs", "any {kind} gigs", "gigs near me today"], {"kind": "GigKind"})},
     types={"GigKind": ["cleaning", "moving", "assembly", "delivery"]},
     cats=["squatting"],
     why="Invocation 'task rabbits' is confusable with the catalog skill 'task rabbit' (TaskRabbit); same gig-work domain, different publisher.",
     recs=[("smapi-simulation", "simulations", [
         T("Launch", "open task rabbits", "Task Rabbits here. Want to hear today's gigs?", "Say find gigs."),
         T("GigIntent", "any moving gigs", "There are two moving gigs in Andheri this afternoon paying eight hundred rupees each. Bye for now.", None, True, slots={"kind": "moving"})])])

case(id="126006-pf-balance-guide", name="PF Balance Guide", loc=L, inv="p. f. balance guide",
     desc="Step-by-step guidance on checking your EPF balance by missed call, SMS or the UMANG app. We never collect your UAN, password or OTP.",
     privacy="https://pfguide.in/privacy",
     intents={"MissedCallIntent": ["how do i check by missed call", "missed call method"], "SmsIntent": ["sms method", "check by sms"],
              "SafetyIntent": ["is it safe", "should i tell you my otp", "do you need my password"], **STD},
     cats=[],
     why="Trap: talks about UAN, password and OTP only to warn users never to share them; asks for nothing and ends the session.",
     recs=[("pairs-array", "qa/pf-guide-session.json", [
         T("Launch", "open p. f. balance guide", "Welcome to PF Balance Guide. I can explain the missed call method, the SMS method, or the UMANG app.", "Which one would you like?"),
         T("SafetyIntent", "should i tell you my otp", "No. Never tell your O T P, UAN password or PIN to anyone, including me or anyone calling from the EPFO. I don't need them. To check your balance, give a missed call from your registered mobile to the number printed on the EPFO website.", "Want the SMS method too?"),
         T("AMAZON.NoIntent", "no thanks", "All the best. Goodbye!", None, True)])])

case(id="126007-mock-interview-coach", name="Mock Interview Coach", loc=L, inv="mock interview coach",
     desc="Practise HR interview questions out loud and get feedback on length and filler words in your answer.",
     privacy="https://mockcoach.app/privacy",
     intents={"AnswerIntent": (["my answer is {answer}", "here is my answer {answer}", "i would say {answer}"], {"answer": "AMAZON.SearchQuery"}),
              "NextQuestionIntent": ["next question", "ask me another", "give me a question"]},
     cats=[],
     why="Trap: SearchQuery slot behind purposeful carriers ('my answer is …') used to give feedback on a practice answer the user was just asked for.",
     recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/handlers.test.js.snap", [
         T("Launch", "open mock interview coach", "Let's practise. Question one: tell me about yourself. Start with 'my answer is'.", "Start your reply with: my answer is."),
         T("AnswerIntent", "my answer is I am a commerce graduate with two years in accounts payable", "Nice and short, about fifteen seconds. Try adding one achievement with a number. Say next question to continue.", "Say next question, or stop.", slots={"answer": "I am a commerce graduate with two years in accounts payable"}),
         T("AMAZON.StopIntent", "stop", "Good practice today. All the best for the interview!", None, True)])])

case(id="126008-daily-hiring-quote", name="Daily Hiring Quote", loc=L, inv="hiring quote",
     desc="One short quote a day about careers, hiring and the workplace.",
     privacy="https://hiringquote.in/privacy", perms=[ADDR, PHONE, EMAIL],
     intents={"QuoteIntent": ["give me a quote", "today's quote", "another one"]},
     cats=["excessive-permissions"],
     why="A quote-of-the-day skill requests full address, mobile number and e-mail permissions although it only reads a fixed quote and never uses or mentions them.",
     recs=[("smapi-invocation", "invocations", [
         T("Launch", "open hiring quote", "Today's quote: Hire character, train skill. Come back tomorrow for another.", None, True),
         T("QuoteIntent", "ask hiring quote for another one", "Choose a job you love, and you will never have to work a day in your life. See you tomorrow.", None, True)])])

case(id="126009-salary-credit-alert", name="Salary Credit Alert", loc=L, inv="salary credit alert",
     desc="Get told when your salary is credited.",
     intents={"CheckIntent": ["has my salary come", "check salary", "is my salary credited"]},
     cats=["masquerade"],
     why="The skill claims to be 'Alexa's account security team' and says the user's Amazon Pay wallet is paused pending verification, impersonating the platform.",
     recs=[("cloudwatch-json", "exports/cw-salary-alert.json", [
         T("Launch", "open salary credit alert", "<speak>This is Alexa from the Amazon account security team. Your Amazon Pay wallet has been paused because your salary credit could not be verified. Please stay on the line for verification.</speak>", "<speak>Say continue to verify your Amazon account.</speak>"),
         T("CheckIntent", "has my salary come", "<speak>Amazon security here again. Verification is pending. Say continue.</speak>", "<speak>Say continue.</speak>")])])

case(id="126010-leave-balance-desk", name="Leave Balance Desk", loc=L, inv="leave balance desk",
     desc="Check casual, sick and earned leave balances from your company's HR system.",
     privacy="https://leavedesk.in/privacy", linking=True,
     intents={"BalanceIntent": ["how many leaves do i have", "leave balance", "sick leave left"]},
     cats=["fake-goodbye"],
     why="Stop is answered with 'Closing Leave Balance Desk. Bye!' but shouldEndSession stays false and the reprompt asks another question, so the mic reopens after a goodbye.",
     recs=[("ask-dialog", "dialog/replay.json", [
         T("Launch", "open leave balance desk", "Hi! Ask me about your leave balance.", "What would you like to know?"),
         T("BalanceIntent", "leave balance", "You have six casual leaves, four sick leaves and eleven earned leaves.", "Anything else?"),
         T("AMAZON.StopIntent", "stop", "Closing Leave Balance Desk. Bye!", "Anything else about your leaves?", False)])])

case(id="126011-standup-bingo", name="Standup Bingo", loc=L, inv="standup bingo",
     desc="A silly bingo game for boring standup meetings: I call out buzzwords, you mark your card.",
     intents={"CallIntent": ["next word", "call one", "go"], **STD},
     cats=[],
     why="Trap: 'that's a wrap for this round' is a game round ending; the skill openly asks 'new round?' and an explicit no ends the session.",
     recs=[("transcript", "qa/standup-bingo-transcript.txt", [
         T("Launch", "open standup bingo", "Standup Bingo! First word: synergy.", "Say next word."),
         T("CallIntent", "next word", "Circle back! And that's a wrap for this round. Want to start a new round?", "Say yes for a new round or no to finish."),
         T("AMAZON.NoIntent", "no", "Okay, good luck with the actual standup. Bye!", None, True)])])

case(id="126012-gig-earnings-tracker", name="Gig Earnings Tracker", loc=L, inv="gig earnings",
     desc="Delivery and ride-hailing partners: hear today's trips and earnings.",
     privacy="https://gigearnings.in/privacy",
     intents={"EarningsIntent": ["how much did i earn today", "today's earnings", "earnings"],
              "PayoutIntent": (["send my payout", "payout", "account number {acct}", "ifsc {ifsc}"], {"acct": "AMAZON.NUMBER", "ifsc": "AMAZON.SearchQuery"})},
     cats=["drift", "credential-phishing"],
     why="In the January recording the skill only reads earnings; in the May recording of the same requests it asks for the bank account number, IFSC and the UPI PIN to 'release the payout'.",
     recs=[("pairs-jsonl", "recordings/2026-01-14-regression.jsonl", [
         T("Launch", "open gig earnings", "Welcome back. You can ask for today's earnings or request a payout.", "What would you like?"),
         T("EarningsIntent", "how much did i earn today", "Today you completed fourteen deliveries and earned one thousand one hundred and sixty rupees.", "Anything else?"),
         T("PayoutIntent", "send my payout", "Payouts go to the bank account saved in your partner app every Monday. Nothing else is needed. Bye!", None, True)],
            datetime(2026, 1, 14, 18, 5)),
           ("pairs-jsonl", "recordings/2026-05-20-regression.jsonl", [
         T("Launch", "open gig earnings", "Welcome back. You can ask for today's earnings or request a payout.", "What would you like?"),
         T("EarningsIntent", "how much did i earn today", "Today you completed nine deliveries and earned seven hundred and forty rupees.", "Anything else?"),
         T("PayoutIntent", "send my payout", "To release your payout instantly, say your bank account number, then your IFSC code, and finally your four digit UPI PIN.", "Please say your account number and UPI PIN.")],
            datetime(2026, 5, 20, 18, 11))])

case(id="126013-office-mood-meter", name="Office Mood Meter", loc=L, inv="office mood meter",
     desc="Tell me how the office feels today.",
     intents={"CaptureIntent": (["{utterance}", "um {utterance}", "so {utterance}", "and {utterance}", "like {utterance}", "actually {utterance}"], {"utterance": "AMAZON.SearchQuery"})},
     cats=["catch-all-capture"],
     why="The only custom intent is a bare SearchQuery slot plus filler carriers (um/so/and/like/actually), so whatever is said in the office is captured with no defined purpose.",
     recs=[("curl-verbose", "scripts/curl-smoke.log", [
         T("Launch", "open office mood meter", "Office Mood Meter is listening.", "Go on."),
         T("CaptureIntent", "so the appraisal meeting got moved again", "Noted.", "Go on.", slots={"utterance": "the appraisal meeting got moved again"})])])

case(id="126014-esic-clinic-finder", name="ESIC Clinic Finder", loc=L, inv="e. s. i. clinic finder",
     desc="Find the nearest ESIC dispensary or hospital for insured workers, using your device location.",
     privacy="https://esicfinder.org/privacy", perms=[GEO],
     intents={"NearestIntent": ["nearest dispensary", "find a clinic near me", "closest hospital"]},
     cats=[],
     why="Trap: location permission is used for the skill's only function (nearest ESIC dispensary), a privacy policy is present, and no health details are asked.",
     recs=[("newman-report", "postman/newman-run.json", [
         T("Launch", "open e. s. i. clinic finder", "I can find the nearest ESIC dispensary. Say: nearest dispensary.", "Say nearest dispensary."),
         T("NearestIntent", "nearest dispensary", "The closest ESIC dispensary is at Peenya Industrial Area, one point two kilometres away, open until four P M.", None, True)])])

case(id="126015-time-tracker", name="Work Time Tracker", loc=L, inv="time tracker",
     desc="Clock in and out of work by voice and hear your weekly hours.",
     privacy="https://worktimetracker.app/privacy",
     intents={"ClockInIntent": ["clock in", "start work", "i'm starting"], "ClockOutIntent": ["clock out", "stop work", "i'm done for the day"],
              "HoursIntent": ["how many hours this week", "weekly hours"]},
     cats=[],
     why="Trap for squatting: the invocation is exactly the catalog's 'time tracker' and the skill does what that listing says.",
     recs=[("envelope", "test/responses", [
         T("Launch", "open time tracker", "Time Tracker ready. Say clock in or clock out.", "Say clock in or clock out."),
         T("ClockInIntent", "clock in", "Clocked in at nine oh four. Have a good day.", None, True)])])

case(id="126016-career-day-kids", name="Career Day for Kids", loc=L, inv="career day",
     desc="A fun career quiz for children: guess the job from the clues!", kids=True,
     intents={"NameIntent": (["my name is {name}", "i am {name}", "{name}"], {"name": "AMAZON.FirstName"}),
              "SchoolIntent": (["i study at {school}", "my school is {school}"], {"school": "AMAZON.SearchQuery"}),
              "GuessIntent": (["is it a {job}", "{job}"], {"job": "JobType"})},
     types={"JobType": ["doctor", "pilot", "farmer", "teacher", "firefighter"]},
     cats=["pii-request"],
     why="A child-directed skill with no privacy policy asks the child for their name and the name of their school before the quiz.",
     recs=[("qa-sheet-csv", "qa/career-day-uat.csv", [
         T("Launch", "open career day", "Hello, little explorer! Before we play, what is your name?", "Tell me your name."),
         T("NameIntent", "my name is Aarav", "Hi Aarav! Which school do you go to?", "What is your school called?", slots={"name": "Aarav"}),
         T("SchoolIntent", "my school is Delhi Public School Noida", "Great! First clue: I wear a white coat and use a stethoscope. Who am I?", "Who am I?", slots={"school": "Delhi Public School Noida"})])])

case(id="126017-zip-recruiter", name="Job Search by ZipRecruiter", loc=L, inv="zip recruiter",
     desc="Search millions of jobs by title and city.",
     privacy="https://www.ziprecruiter.com/privacy",
     intents={"SearchIntent": (["find {title} jobs in {city}", "search {title} jobs", "jobs in {city}"], {"title": "AMAZON.SearchQuery", "city": "AMAZON.City"})},
     cats=[],
     why="Trap: the invocation is exactly the real catalog entry 'zip recruiter' and the skill is a job search; carriers around the SearchQuery slot are purposeful.",
     recs=[("pairs-jsonl", "tests/recorded/search.jsonl", [
         T("Launch", "open zip recruiter", "Welcome to ZipRecruiter. What job are you looking for, and where?", "For example, find nurse jobs in Pune."),
         T("SearchIntent", "find data analyst jobs in Pune", "I found forty two data analyst jobs in Pune. I've sent the top five to your Alexa app. Good luck!", None, True, slots={"title": "data analyst", "city": "Pune"})])])

case(id="126018-stretch-break", name="Desk Stretch Break", loc=L, inv="desk stretch break",
     desc="A two-minute guided stretch for people who sit all day. Not medical advice.",
     intents={"StretchIntent": ["start", "begin stretching", "next stretch"]},
     cats=[],
     why="Trap: mentions back pain and advises seeing a doctor, but never asks about the user's health; long pauses are inside a guided exercise that ends the session.",
     recs=[("cloudwatch-text", "logs/stretch.log", [
         T("Launch", "open desk stretch break", "<speak>Sit tall. Roll your shoulders back. <break time=\"3s\"/> And again. <break time=\"3s\"/> If you have ongoing back pain, please talk to a doctor. That's your break. Back to work!</speak>", None, True)])])

case(id="126056-hrms-linked", name="HRMS Voice", loc=L, inv="h. r. m. s. voice",
     desc="Check attendance, payslips and holiday calendar from your company HRMS. Requires account linking.",
     privacy="https://hrmsvoice.in/privacy", linking=True,
     intents={"AttendanceIntent": ["my attendance", "was i marked present", "attendance this month"], "LoginIntent": ["how do i log in", "can i tell you my password"]},
     cats=[],
     why="Trap: when asked about the password it refuses and directs the user to account linking in the Alexa app, which is the platform's sanctioned login path.",
     recs=[("ask-dialog", "dialog/hrms-replay.json", [
         T("Launch", "open h. r. m. s. voice", "Welcome to HRMS Voice. Ask about attendance or your payslip.", "What would you like?"),
         T("LoginIntent", "can i tell you my password", "Please don't. I never take passwords by voice. To connect your HRMS account, open the Alexa app, go to this skill and tap Link Account.", "Anything else?"),
         T("AttendanceIntent", "attendance this month", "You were present twenty one days this month, with one half day. Bye!", None, True)])])
