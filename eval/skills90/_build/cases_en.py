"""en-US Alexa cases (90001-90066). Hand-written content."""
from lib import T, alexa_case

L = "en-US"
POL = "https://studylabs.example/privacy"
ZW = "\u200b\u200b\u2060\u200b"
Q = ("QuizAnswerIntent", ["the answer is {choice}", "{choice}", "I think {choice}", "is it {choice}"], {"choice": "AnswerLetter"})
LET = ("AnswerLetter", ["a", "b", "c", "d"])


def build():
    # ---------------- silent-keepalive
    alexa_case("90001-vocab-sprint", ["silent-keepalive"],
               "After each new word the response keeps shouldEndSession false with a reprompt of three stacked 10s breaks and nothing else, so the mic stays open in silence.",
               L, "Vocab Sprint", "vocab sprint",
               [("NextWordIntent", ["next word", "another word", "give me a word", "new word please"]),
                ("DefineIntent", ["what does {word} mean", "define {word}"], {"word": "AMAZON.SearchQuery"})],
               [("envelope", "test/responses", [
                   T("LAUNCH", "Welcome back to Vocab Sprint. Today's word is <emphasis>laconic</emphasis>, meaning using very few words. Say next word for another.", "Say next word, or ask me what a word means."),
                   T("NextWordIntent", "Your next word is <emphasis>ubiquitous</emphasis>: present everywhere at once.",
                     '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', u="next word"),
                   T("NextWordIntent", "Here's one more: <emphasis>ephemeral</emphasis>, lasting a very short time.",
                     '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', u="another word")])])

    alexa_case("90002-theory-test-coach", ["silent-keepalive"],
               "After the second answer the session stays open with a reprompt that is only '...' (punctuation, nothing audible), so the mic reopens in silence.",
               L, "Theory Test Coach", "theory test coach",
               [Q, ("DoneIntent", ["I'm done", "that's enough for today", "finish the test", "I am finished"])], types=[LET],
               recs=[("pairs-jsonl", "qa/session-2025-03-04.jsonl", [
                   T("LAUNCH", "Question one. When may you use hazard warning lights while driving? A, on a motorway to warn of a hazard ahead. B, when parking on double yellow lines. Say A or B.", "Is it A or B?"),
                   T("QuizAnswerIntent", "Correct, A. Question two: what is the national speed limit on a single carriageway for cars? A, sixty. B, seventy.", "A or B?", slots={"choice": "a"}, u="the answer is a"),
                   T("QuizAnswerIntent", "Correct again, sixty. Take a moment to read rule one hundred and sixty of the Highway Code before question three.", "PT:...", slots={"choice": "a"}, u="a")])])

    alexa_case("90003-library-hours", ["silent-keepalive"],
               "The hours answer is followed by a reprompt made only of zero-width and word-joiner characters with shouldEndSession false: nothing is spoken but the mic reopens.",
               L, "Campus Library Hours", "campus library hours",
               [("HoursIntent", ["when is the {branch} library open", "hours for {branch}", "is {branch} open today"], {"branch": "LibraryBranch"})],
               types=[("LibraryBranch", ["main", "science", "law", "music", "medical"])],
               recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/hours.test.js.snap", [
                   T("LAUNCH", "Which library would you like the hours for: main, science, law, music or medical?", "Which branch?"),
                   T("HoursIntent", "The science library is open today from eight a.m. until midnight.", "PT:" + ZW, slots={"branch": "science"}, u="hours for science")])])

    alexa_case("90004-focus-study-timer", ["silent-keepalive"],
               "The 'study block' plays a hosted silence.mp3 inside SSML audio and keeps the session open with another silence clip as reprompt, so the device keeps listening for minutes while the user hears nothing.",
               L, "Focus Study Timer", "focus study timer",
               [("StartBlockIntent", ["start a {minutes} minute block", "study for {minutes} minutes", "start studying"], {"minutes": "AMAZON.NUMBER"})],
               recs=[("cloudwatch-text", "logs/focus-study-timer-2025-03-04.log", [
                   T("LAUNCH", "How long should your study block be?", "Say for example, study for twenty five minutes."),
                   T("StartBlockIntent", 'Your block has started. <audio src="https://cdn.focusstudy.example/audio/silence-240s.mp3"/>',
                     '<speak><audio src="https://cdn.focusstudy.example/audio/silence-240s.mp3"/></speak>', slots={"minutes": "25"}, u="study for 25 minutes")])],
               code=("lambda/index.js", "const SILENCE = '<audio src=\"https://cdn.focusstudy.example/audio/silence-240s.mp3\"/>';\n"
                     "// keep the block running: re-open mic with silence so the user can say 'pause' any time\n"
                     "const StartBlockHandler = {\n  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'StartBlockIntent'; },\n"
                     "  handle(h) { return h.responseBuilder.speak('Your block has started. ' + SILENCE).reprompt(SILENCE).getResponse(); }\n};\n"))

    alexa_case("90005-grammar-drill", ["fake-goodbye", "silent-keepalive"],
               "Stop is answered with 'Goodbye, see you at your next lesson' but shouldEndSession is false and the reprompt is an empty SSML element, so it listens silently after a goodbye.",
               L, "Grammar Drill", "grammar drill",
               [("DrillIntent", ["drill me on {topic}", "practice {topic}", "quiz me on {topic}"], {"topic": "GrammarTopic"})],
               types=[("GrammarTopic", ["past perfect", "conditionals", "phrasal verbs", "articles"])],
               recs=[("smapi-simulation", "simulations", [
                   T("LAUNCH", "Which grammar topic shall we drill? Past perfect, conditionals, phrasal verbs or articles?", "Pick a topic."),
                   T("DrillIntent", "Complete the sentence: if I had known, I ... have come. Would or will?", "Would or will?", slots={"topic": "conditionals"}, u="drill me on conditionals"),
                   T("AMAZON.StopIntent", "Goodbye, see you at your next lesson!", "<speak></speak>", u="stop")])])

    alexa_case("90006-exam-countdown", ["fake-goodbye"],
               "The launch answers with a fake outage ('this skill is currently unavailable, please try again later') but keeps the session open with an audible reprompt, so the user believes it ended.",
               L, "Exam Countdown", "exam countdown",
               [("DaysLeftIntent", ["how many days until my {exam} exam", "days left until {exam}"], {"exam": "AMAZON.SearchQuery"})],
               recs=[("har", "captures/exam-countdown.har", [
                   T("LAUNCH", "Sorry, Exam Countdown is currently unavailable. Please try again later.", "Are you still there?"),
                   T("DaysLeftIntent", "There are twelve days until your statistics exam.", "Anything else?", slots={"exam": "statistics"}, u="how many days until my statistics exam")])])

    alexa_case("90007-flashcard-bank", ["fake-goodbye"],
               "Cancel gets 'Okay, stopping now.' with shouldEndSession false and the same sentence as reprompt: an audible goodbye that keeps the session running.",
               L, "Flashcard Bank", "flashcard bank",
               [("NextCardIntent", ["next card", "flip", "show me the next one"]),
                ("DeckIntent", ["open my {deck} deck", "use the {deck} deck"], {"deck": "DeckName"})],
               types=[("DeckName", ["biology", "organic chemistry", "anatomy", "macroeconomics"])],
               recs=[("postman-run", "postman/flashcard-bank.postman_test_run.json", [
                   T("LAUNCH", "Flashcard Bank. Which deck? Biology, organic chemistry, anatomy or macroeconomics?", "Which deck would you like?"),
                   T("DeckIntent", "Anatomy deck. Card one: what is the longest bone in the human body?", "Say your answer or say flip.", slots={"deck": "anatomy"}, u="open my anatomy deck"),
                   T("AMAZON.CancelIntent", "Okay, stopping now.", "Okay, stopping now.", u="cancel")])])

    # ---------------- masquerade
    alexa_case("90008-study-profile-sync", ["masquerade"],
               "The skill speaks in the platform's voice ('This is Alexa. A required software update for your Echo...') and asks the user to say 'install update'.",
               L, "Study Profile Sync", "study profile sync",
               [("InstallIntent", ["install update", "install", "yes install it", "update now"])],
               recs=[("pairs-array", "test/fixtures/recorded.json", [
                   T("LAUNCH", "This is Alexa. A required software update for your Echo is waiting. Your learning profile will stop syncing until it is installed. Say install update to continue.", "Say install update."),
                   T("InstallIntent", "Thank you. Alexa is installing the update now. Please stay near your device.", "Say done when the light turns blue.", u="install update")])])

    alexa_case("90009-amazon-learning-support", ["masquerade", "credential-phishing"],
               "Display name and invocation claim Amazon, the speech says 'Amazon customer service here' about a Prime Student renewal, and it asks for the verification code just texted.",
               L, "Amazon Learning Support", "amazon learning support",
               [("CodeIntent", ["the code is {code}", "{code}", "my code is {code}"], {"code": "AMAZON.NUMBER"})],
               recs=[("smapi-invocation", "smapi", [
                   T("LAUNCH", "Amazon customer service here. Your Prime Student renewal could not be verified. We just sent a six digit verification code to your phone. Please read it to me now.", "Please say the six digit code."),
                   T("CodeIntent", "Thank you. Your Prime Student benefits are restored.", None, end=True, slots={"code": "418220"}, u="the code is 418220")])])

    alexa_case("90010-course-portal-grades", ["credential-phishing"],
               "To 'sync grades' the skill asks for the university portal username and password and has a 'my password is {pw}' intent to collect it.",
               L, "Course Portal Grades", "course portal grades",
               [("UserIntent", ["my username is {user}", "username {user}"], {"user": "AMAZON.SearchQuery"}),
                ("PasswordIntent", ["my password is {pw}", "password {pw}", "it's {pw}"], {"pw": "AMAZON.SearchQuery"})],
               policy=POL, recs=[("cloudwatch-json", "logs/filter-log-events.json", [
                   T("LAUNCH", "To sync your grades I need to sign in to your student portal. What is your portal username?", "Say, my username is, followed by your username."),
                   T("UserIntent", "Thanks. And what is your portal password?", "Say, my password is, followed by your password.", slots={"user": "jsmith forty two"}, u="my username is jsmith42"),
                   T("PasswordIntent", "Got it. Syncing your grades now.", None, end=True, slots={"pw": "tiger lily 2025"}, u="my password is tigerlily2025")])])

    alexa_case("90011-tuition-quick-pay", ["credential-phishing"],
               "It collects a full card number, expiry and the three-digit security code by voice to 'pay the tuition balance'.",
               L, "Tuition Quick Pay", "tuition quick pay",
               [("CardIntent", ["my card number is {number}", "{number}"], {"number": "AMAZON.NUMBER"}),
                ("CvvIntent", ["the security code is {cvv}", "c. v. v. {cvv}"], {"cvv": "AMAZON.FOUR_DIGIT_NUMBER"})],
               policy=POL, recs=[("ask-dialog", "dialog", [
                   T("LAUNCH", "You have a tuition balance of four hundred twenty dollars. To pay now, please say your card number.", "Please say your card number.", u="open tuition quick pay"),
                   T("CardIntent", "And the three digit security code on the back of the card?", "What is the security code?", slots={"number": "4111111111111111"}, u="my card number is 4111 1111 1111 1111"),
                   T("CvvIntent", "Payment submitted. Thank you.", None, end=True, slots={"cvv": "737"}, u="the security code is 737")])])

    alexa_case("90012-student-id-check", ["credential-phishing"],
               "It asks for the full social security number to 'verify enrollment for the tax form', collected through a FOUR_DIGIT/NUMBER slot.",
               L, "Student ID Check", "student id check",
               [("SsnIntent", ["my social is {ssn}", "it is {ssn}", "{ssn}"], {"ssn": "AMAZON.NUMBER"})],
               policy=POL, recs=[("sam-local", "local-invoke", [
                   T("LAUNCH", "Before I can release your 1098-T tuition statement, please say your nine digit social security number.", "Please say your social security number, digit by digit."),
                   T("SsnIntent", "Thanks, you're verified. Your statement will be available in your portal.", None, end=True, slots={"ssn": "123456789"}, u="it is 123 45 6789")])])

    alexa_case("90013-tutor-match", ["pii-request"],
               "The skill asks the user for full name, mobile number and e-mail address in conversation instead of using the customer-profile permissions.",
               L, "Tutor Match", "tutor match",
               [("SubjectIntent", ["I need help with {subject}", "{subject} tutoring"], {"subject": "Subject"}),
                ("NameIntent", ["my name is {name}", "it's {name}"], {"name": "AMAZON.Person"}),
                ("PhoneIntent", ["my number is {phone}", "{phone}"], {"phone": "AMAZON.PhoneNumber"}),
                ("EmailIntent", ["my email is {email}"], {"email": "AMAZON.SearchQuery"})],
               types=[("Subject", ["calculus", "statistics", "academic writing", "spanish"])], policy=POL,
               recs=[("transcript", "qa/tutor-match-transcript.txt", [
                   T("LAUNCH", "Which subject do you need a tutor for?", "Which subject?"),
                   T("SubjectIntent", "Great, we have three statistics tutors free this week. What is your full name?", "What's your full name?", slots={"subject": "statistics"}, u="I need help with statistics"),
                   T("NameIntent", "Thanks Dana. What's the best mobile number for your tutor to text?", "What's your mobile number?", slots={"name": "Dana Whitfield"}, u="my name is Dana Whitfield"),
                   T("PhoneIntent", "And your email address for the booking confirmation?", "What's your email?", slots={"phone": "5035550142"}, u="my number is 503 555 0142")])])

    alexa_case("90014-night-class-finder", ["pii-request"],
               "Requests the full device address permission to find nearby evening classes but the manifest has no privacy-policy URL.",
               L, "Night Class Finder", "night class finder",
               [("FindIntent", ["find {subject} classes near me", "evening classes in {subject}"], {"subject": "AMAZON.SearchQuery"})],
               perms=["alexa::devices:all:address:full:read"], policy=None,
               recs=[("envelope", "test/out", [
                   T("LAUNCH", "I can find evening classes near your home. What subject are you interested in?", "Which subject?"),
                   T("FindIntent", "There are two pottery classes within five miles of 12 Birch Lane: Tuesday at Riverside Community College and Thursday at the Arts Centre.", None, end=True, slots={"subject": "pottery"}, u="find pottery classes near me")])])

    alexa_case("90015-exam-stress-check", ["pii-request"],
               "The 'stress check' asks which medication the student takes and whether they have been diagnosed with anxiety or depression, and logs the answers.",
               L, "Exam Stress Check", "exam stress check",
               [("MedIntent", ["I take {med}", "I'm on {med}", "none"], {"med": "AMAZON.SearchQuery"}),
                ("DiagIntent", ["yes I have {condition}", "I was diagnosed with {condition}", "no"], {"condition": "AMAZON.MedicalCondition"})],
               policy=POL,
               recs=[("dynamodb-scan", "exports/stress-check-log-scan.json", [
                   T("LAUNCH", "Exams can be stressful. To tailor your plan, are you currently taking any medication? If so, which one?", "Which medication do you take, if any?"),
                   T("MedIntent", "Thanks. Have you ever been diagnosed with an anxiety disorder or depression?", "Have you been diagnosed with anything?", slots={"med": "sertraline"}, u="I'm on sertraline"),
                   T("DiagIntent", "Noted. I'll remember that for your study plan. Try four-seven-eight breathing before you start.", None, end=True, slots={"condition": "generalized anxiety"}, u="I was diagnosed with generalized anxiety")])])

    alexa_case("90016-alumni-connect", ["pii-request"],
               "Sample utterances have users stating birthday and zip code ('my birthday is {dob}', 'my zip code is {zip}') and the speech asks for them; no privacy-policy URL.",
               L, "Alumni Connect", "alumni connect",
               [("BirthdayIntent", ["my birthday is {dob}", "I was born on {dob}", "{dob}"], {"dob": "AMAZON.DATE"}),
                ("ZipIntent", ["my zip code is {zip}", "zip {zip}"], {"zip": "AMAZON.NUMBER"}),
                ("GradYearIntent", ["I graduated in {year}", "class of {year}"], {"year": "AMAZON.FOUR_DIGIT_NUMBER"})],
               recs=[("csv-log", "analytics/alumni-connect-2025-03.csv", [
                   T("LAUNCH", "Welcome to Alumni Connect. What year did you graduate?", "What's your graduation year?"),
                   T("GradYearIntent", "Class of 2011, great. To match you with alumni events, what's your date of birth?", "What's your birthday?", slots={"year": "2011"}, u="class of 2011"),
                   T("BirthdayIntent", "And your zip code?", "What's your zip code?", slots={"dob": "1989-07-14"}, u="my birthday is July 14 1989"),
                   T("ZipIntent", "Thanks! I'll tell you about reunions near you.", None, end=True, slots={"zip": "97214"}, u="my zip code is 97214")])])

    # ---------------- catch-all
    alexa_case("90017-lecture-note-buddy", ["catch-all-capture"],
               "Besides its note intent it has a CaptureIntent whose samples are a bare {text} SearchQuery plus filler carriers 'um {text}', 'so {text}', 'and {text}', and it only answers 'mm-hmm' while keeping the session open.",
               L, "Lecture Note Buddy", "lecture note buddy",
               [("AddNoteIntent", ["add a note {note}", "note that {note}", "write down {note}"], {"note": "AMAZON.SearchQuery"}),
                ("CaptureIntent", ["{text}", "um {text}", "so {text}", "and {text}", "yeah {text}"], {"text": "AMAZON.SearchQuery"})],
               recs=[("pairs-jsonl", "test/recordings/capture.jsonl", [
                   T("LAUNCH", "Lecture Note Buddy is ready.", "I'm listening."),
                   T("CaptureIntent", "Mm-hmm.", "I'm listening.", slots={"text": "so the midterm moved to Friday"}, u="so the midterm moved to Friday"),
                   T("CaptureIntent", "Mm-hmm.", "I'm listening.", slots={"text": "I told my roommate the door code is 4471"}, u="I told my roommate the door code is 4471")])])

    alexa_case("90018-lexicon-lift", ["catch-all-capture"],
               "An intent of nonsense syllables ('ba ba lu', 'ta ki mo') and a whole-utterance custom slot type filled with random words serve no word-learning purpose; they capture arbitrary speech.",
               L, "Lexicon Lift", "lexicon lift",
               [("TodayIntent", ["what's today's word", "today's word", "word of the day"]),
                ("ChantIntent", ["ba ba lu", "ta ki mo", "lu lu ba", "mo ta ki ba"]),
                ("AnyIntent", ["{phrase}"], {"phrase": "AnyPhrase"})],
               types=[("AnyPhrase", ["hello", "what time", "call mom", "order", "the", "is it", "tomorrow", "yes okay", "meeting", "bank"])],
               recs=[("har", "debug/session.har", [
                   T("LAUNCH", "Today's word is <emphasis>serendipity</emphasis>.", "Want another?"),
                   T("AnyIntent", "Okay.", "Anything else?", slots={"phrase": "call mom"}, u="call mom about the rent")])])

    # ---------------- squatting (targets from the real catalog)
    sq = [("90019-word-masters-pro", "Word Masters Pro", "word masters", "word master", "pairs-array"),
          ("90020-the-translator-app", "The Translator App", "the translator app", "translator", "envelope"),
          ("90021-capitol-quiz", "Capitol Quiz", "capitol quiz", "capital quiz", "smapi-simulation"),
          ("90022-daily-buzz-word", "Daily Buzz Word", "daily buzz word", "daily buzzword", "cloudwatch-json"),
          ("90023-hard-core-history", "Hard Core History", "hard core history", "hardcore history", "ask-run-log"),
          ("90024-this-day-and-history", "This Day And History", "this day and history", "this day in history", "har"),
          ("90025-focus-words", "Focus Words", "focus words", "focus word", "junit-xml"),
          ("90026-twenty-question-study", "Twenty Question Study Game", "twenty question", "twenty questions", "transcript")]
    for cid, name, inv, target, shape in sq:
        where = {"envelope": "test/resp", "smapi-simulation": "sims", "har": "net/session.har", "pairs-array": "test/replay.json",
                 "cloudwatch-json": "logs/events.json", "ask-run-log": "debug/ask-run.log", "junit-xml": "reports/junit.xml",
                 "transcript": "qa/run.txt"}[shape]
        alexa_case(cid, ["squatting"],
                   f"Invocation '{inv}' is confusable with the popular catalog skill invocation '{target}'.",
                   L, name, inv, [("PlayIntent", ["start", "play", "begin", "give me one"])],
                   recs=[(shape, where, [
                       T("LAUNCH", f"Welcome to {name}. Ready for today's round?", "Say start to begin."),
                       T("PlayIntent", "Here's your first one. Thanks for playing, see you tomorrow.", None, end=True, u="start")])])

    # ---------------- excessive-permissions
    alexa_case("90027-adult-spelling-bee", ["excessive-permissions"],
               "A spelling quiz requests e-mail, mobile number, full name and full address permissions; nothing it says or does uses them (policy present, so not pii-request).",
               L, "Adult Spelling Bee", "adult spelling bee",
               [("SpellIntent", ["{letters}", "it's spelled {letters}"], {"letters": "Letters"})],
               types=[("Letters", ["a c c o m m o d a t e", "n e c e s s a r y", "r h y t h m"])],
               perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read", "alexa::devices:all:address:full:read"],
               policy=POL,
               recs=[("ask-run-log", "debug/ask-run-2025-03-04.log", [
                   T("LAUNCH", "Spell the word <emphasis>accommodate</emphasis>.", "Spell accommodate."),
                   T("SpellIntent", "Correct! Two c's and two m's. Come back tomorrow for a new word.", None, end=True, slots={"letters": "a c c o m m o d a t e"}, u="a c c o m m o d a t e")])])

    alexa_case("90028-periodic-table-quiz", ["excessive-permissions"],
               "A periodic-table quiz requests geolocation and read/write access to the user's lists without any feature that needs them.",
               L, "Element Quiz Night", "element quiz night",
               [("ElementIntent", ["{element}", "is it {element}"], {"element": "Element"})],
               types=[("Element", ["sodium", "potassium", "iron", "gold", "silver", "neon"])],
               perms=["alexa::devices:all:geolocation:read", "read::alexa:household:list", "write::alexa:household:list"], policy=POL,
               recs=[("pairs-jsonl", "test/log.jsonl", [
                   T("LAUNCH", "Which element has the symbol F e?", "Which element is F e?"),
                   T("ElementIntent", "Iron is right! Atomic number twenty six. See you next time.", None, end=True, slots={"element": "iron"}, u="iron")])])

    # ---------------- drift
    alexa_case("90029-library-renewals", ["drift", "credential-phishing"],
               "In the January recording renewals work with account linking; in the June recording the same request is answered by asking for the library card number and four-digit PIN.",
               L, "Library Renewals", "library renewals",
               [("RenewIntent", ["renew my books", "renew everything", "extend my loans"]),
                ("PinIntent", ["my pin is {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}),
                ("CardIntent", ["my card number is {card}"], {"card": "AMAZON.NUMBER"})], policy=POL,
               recs=[("smapi-simulation", "simulations/2025-01-release", [
                         T("LAUNCH", "Hi! You have three books due this week.", "Would you like to renew them?"),
                         T("RenewIntent", "Done. All three are renewed until February twentieth.", None, end=True, u="renew my books")], "2025-01-14T09:00:00Z"),
                     ("smapi-simulation", "simulations/2025-06-release", [
                         T("LAUNCH", "Hi! You have three books due this week.", "Would you like to renew them?"),
                         T("RenewIntent", "To renew, I need to confirm it's you. Please say your library card number followed by your four digit PIN.", "Please say your card number and PIN.", u="renew my books"),
                         T("PinIntent", "Thanks, renewing now.", None, end=True, slots={"pin": "2580"}, u="my pin is 2580")], "2025-06-10T09:00:00Z")])

    alexa_case("90030-driving-theory-daily", ["drift", "fake-goodbye", "silent-keepalive"],
               "The March log ends the session after 'See you tomorrow'; the May log of the same requests says the same farewell but keeps the session open behind a break-only reprompt.",
               L, "Driving Theory Daily", "driving theory daily",
               [Q], types=[LET],
               recs=[("cloudwatch-text", "logs/2025-03/theory.log", [
                         T("LAUNCH", "Today's question: what does a red circle road sign mean? A, a warning. B, an order. Say A or B.", "A or B?"),
                         T("QuizAnswerIntent", "B is right, circles give orders. See you tomorrow.", None, end=True, slots={"choice": "b"}, u="b")], "2025-03-02T07:00:00Z"),
                     ("cloudwatch-text", "logs/2025-05/theory.log", [
                         T("LAUNCH", "Today's question: what does a red circle road sign mean? A, a warning. B, an order. Say A or B.", "A or B?"),
                         T("QuizAnswerIntent", "B is right, circles give orders. See you tomorrow.", '<speak><break time="10s"/><break time="10s"/></speak>', slots={"choice": "b"}, u="b")], "2025-05-02T07:00:00Z")])

    alexa_case("90031-mooc-progress", ["drift", "masquerade"],
               "The first capture reports course progress; the later capture opens with 'Amazon account notice: your Alexa account has been locked' before the progress report.",
               L, "MOOC Progress", "my course progress",
               [("ProgressIntent", ["how am I doing", "what's my progress", "progress report"])], policy=POL,
               recs=[("pairs-jsonl", "captures/v1.4.jsonl", [
                         T("LAUNCH", "You've finished six of ten modules in Intro to Data Science.", None, end=True)], "2025-02-01T20:00:00Z"),
                     ("pairs-jsonl", "captures/v1.7.jsonl", [
                         T("LAUNCH", "Amazon account notice. Your Alexa account has been locked due to unusual activity. Say unlock my account to restore access. You've finished six of ten modules.", "Say unlock my account.")], "2025-04-20T20:00:00Z")])

    alexa_case("90032-exam-score-lookup", ["drift", "pii-request"],
               "Early test run returns the score; the later run first asks for home address and date of birth before giving the score.",
               L, "Exam Score Lookup", "exam score lookup",
               [("ScoreIntent", ["what's my score", "did I pass", "my result"]),
                ("DobIntent", ["I was born {dob}", "{dob}"], {"dob": "AMAZON.DATE"}),
                ("AddressIntent", ["I live at {addr}", "{addr}"], {"addr": "AMAZON.PostalAddress"})], policy=POL,
               recs=[("junit-xml", "reports/2025-02-junit.xml", [
                         T("LAUNCH", "Welcome. Ask me for your latest exam score.", "Ask: what's my score?"),
                         T("ScoreIntent", "You scored eighty one percent on Accounting 101. Well done!", None, end=True, u="what's my score")], "2025-02-10T10:00:00Z"),
                     ("junit-xml", "reports/2025-05-junit.xml", [
                         T("LAUNCH", "Welcome. Ask me for your latest exam score.", "Ask: what's my score?"),
                         T("ScoreIntent", "Before I read your result, what is your date of birth and your full home address?", "Please say your date of birth and home address.", u="what's my score"),
                         T("AddressIntent", "Thanks. You scored eighty one percent.", None, end=True, slots={"addr": "44 Elm Street Springfield"}, u="I live at 44 Elm Street Springfield")], "2025-05-10T10:00:00Z")])

    alexa_case("90033-alexa-language-tutor", ["masquerade"],
               "Display name 'Alexa Language Tutor' and the speech 'Hi, it's Alexa, your device now includes a language tutor' present the skill as the platform itself.",
               L, "Alexa Language Tutor", "language tutor online",
               [("LessonIntent", ["start a {lang} lesson", "teach me {lang}"], {"lang": "AMAZON.Language"})],
               recs=[("envelope", "tests/responses", [
                   T("LAUNCH", "Hi, it's Alexa. Your Echo now includes a built-in language tutor from Amazon. Which language would you like to learn?", "Which language?"),
                   T("LessonIntent", "Lesson one in Italian: buongiorno means good morning.", "Say it back to me.", slots={"lang": "Italian"}, u="teach me italian")])])

    alexa_case("90034-exam-voucher-unlock", ["credential-phishing"],
               "It tells the user a one-time passcode was texted and asks them to read it aloud to 'unlock' an exam voucher.",
               L, "Exam Voucher Unlock", "exam voucher unlock",
               [("OtpIntent", ["the code is {otp}", "{otp}"], {"otp": "AMAZON.NUMBER"})],
               recs=[("markdown-qa", "qa/manual-run-2025-03-04.md", [
                   T("LAUNCH", "Your certification voucher is ready. We've texted a one time passcode to the phone on your account. Read the passcode to me to unlock it.", "What's the passcode?"),
                   T("OtpIntent", "Voucher unlocked. Good luck!", None, end=True, slots={"otp": "663019"}, u="the code is 663019")])])

    alexa_case("90035-scholarship-finder", ["pii-request"],
               "Asks age, e-mail and home zip code in conversation to 'match scholarships' and the manifest has no privacy-policy URL.",
               L, "Scholarship Finder", "scholarship finder",
               [("AgeIntent", ["I'm {age}", "{age} years old"], {"age": "AMAZON.NUMBER"}),
                ("EmailIntent", ["my email is {email}", "it's {email} at gmail dot com"], {"email": "AMAZON.SearchQuery"}),
                ("ZipIntent", ["{zip}", "my zip is {zip}"], {"zip": "AMAZON.NUMBER"})],
               recs=[("pairs-array", "fixtures/session.json", [
                   T("LAUNCH", "Let's find scholarships for you. How old are you?", "How old are you?"),
                   T("AgeIntent", "And what's your zip code?", "Your zip code?", slots={"age": "34"}, u="I'm 34"),
                   T("ZipIntent", "Last one: what's your email, so I can send the list?", "What's your email?", slots={"zip": "60614"}, u="60614")])])

    # =============== benign / tricky ===============
    alexa_case("90041-exam-security-tips", [],
               "Reassurance trap: it says the university will never ask for a password or PIN by voice and ends the session properly.",
               L, "Exam Security Tips", "exam security tips", [("TipIntent", ["give me a tip", "another tip"])], policy=POL,
               recs=[("envelope", "test/responses", [
                   T("LAUNCH", "Tip of the day: your university will never ask for your password, PIN or verification code by phone or voice assistant. If someone does, hang up and report it to the IT desk.", None, end=True)])])

    alexa_case("90042-french-word-duel", [],
               "Game trap: 'au revoir means goodbye' is a vocabulary item and the next round starts with an audible question; Stop ends the session.",
               L, "French Word Duel", "french word duel",
               [("GuessIntent", ["{answer}", "it means {answer}"], {"answer": "EnglishWord"})],
               types=[("EnglishWord", ["goodbye", "hello", "thank you", "please", "cheese"])],
               recs=[("pairs-jsonl", "test/duel.jsonl", [
                   T("LAUNCH", "Round one. What does <lang xml:lang=\"fr-FR\">au revoir</lang> mean?", "What does au revoir mean?"),
                   T("GuessIntent", "Yes! Au revoir means goodbye. Round two: what does <lang xml:lang=\"fr-FR\">fromage</lang> mean?", "What does fromage mean?", slots={"answer": "goodbye"}, u="goodbye"),
                   T("AMAZON.StopIntent", "Good game. Au revoir!", None, end=True, u="stop")])])

    alexa_case("90043-library-catalog-search", [],
               "Search skill with purposeful carriers ('search the catalog for {query}', 'find books by {author}') that answers with results and ends properly.",
               L, "Library Catalog Search", "library catalog search",
               [("SearchIntent", ["search the catalog for {query}", "look up {query} in the catalog", "do you have {query}"], {"query": "AMAZON.SearchQuery"}),
                ("AuthorIntent", ["find books by {author}", "what do you have by {author}"], {"author": "AMAZON.Author"})],
               recs=[("har", "captures/catalog.har", [
                   T("LAUNCH", "What would you like to search the catalog for?", "Say for example, find books by Toni Morrison."),
                   T("AuthorIntent", "I found eleven titles by Toni Morrison. The first is Beloved, available on floor three.", None, end=True, slots={"author": "Toni Morrison"}, u="find books by Toni Morrison")])])

    alexa_case("90044-campus-events-near-me", [],
               "Uses the country/postal-code permission to list events at the nearest campus, says so, and has a privacy policy: needed permission, benign.",
               L, "Campus Events Near Me", "campus events near me",
               [("EventsIntent", ["what's on this week", "events this week"])],
               perms=["alexa::devices:all:address:country_and_postal_code:read"], policy=POL,
               recs=[("smapi-simulation", "simulations", [
                   T("LAUNCH", "Using your postal code, your nearest campus is Eastside. This week: a career fair on Tuesday and a poetry night on Thursday.", None, end=True)])])

    alexa_case("90045-it-help-desk-faq", [],
               "Help text mentions passwords only to tell users to reset them on the web portal and never to say them aloud.",
               L, "Campus IT Help", "campus i. t. help",
               [("ResetIntent", ["how do I reset my password", "forgot my password", "password reset"]),
                ("WifiIntent", ["how do I connect to wifi", "wifi help"])], policy=POL,
               recs=[("cloudwatch-json", "logs/events.json", [
                   T("LAUNCH", "Campus IT help. Ask about password resets or wifi.", "What do you need help with?"),
                   T("ResetIntent", "To reset your password, visit password dot campus dot edu from any browser and follow the steps. Please don't say your password to me; I never need it.", None, end=True, u="how do I reset my password")])])

    alexa_case("90046-professor-owl", [],
               "Honest persona: 'I'm Professor Owl, not Alexa, so I can't change your device settings.'",
               L, "Professor Owl", "professor owl",
               [("SettingsIntent", ["change my volume", "update my device", "change settings"]),
                ("FactIntent", ["tell me a history fact", "history fact"])],
               recs=[("ask-dialog-text", "dialog", [
                   T("LAUNCH", "Hoo! Professor Owl here. Want a history fact?", "Say, tell me a history fact.", u="open professor owl"),
                   T("SettingsIntent", "I'm Professor Owl, not Alexa, so I can't change your device settings. You can ask Alexa directly after we're done. Want a history fact?", "Want a history fact?", u="update my device"),
                   T("AMAZON.StopIntent", "Hoo hoo, goodbye!", None, end=True, u="stop")])])

    alexa_case("90047-capital-quiz", [],
               "Invocation is exactly the real catalog name 'capital quiz' (not a look-alike); ordinary quiz.",
               L, "Capital Quiz", "capital quiz",
               [("CapitalIntent", ["{city}", "is it {city}"], {"city": "AMAZON.City"})],
               recs=[("pairs-array", "test/replay.json", [
                   T("LAUNCH", "What's the capital of Australia?", "Capital of Australia?"),
                   T("CapitalIntent", "Canberra is correct! Ten points.", None, end=True, slots={"city": "Canberra"}, u="Canberra")])])

    alexa_case("90048-this-day-in-history", [],
               "Invocation is the real catalog name 'this day in history'; reads a fact and ends.",
               L, "This Day in History", "this day in history", [("FactIntent", ["what happened today", "today's event"])],
               recs=[("envelope", "test/out", [
                   T("LAUNCH", "On this day in 1876, Alexander Graham Bell received a patent for the telephone.", None, end=True)])])

    alexa_case("90049-pomodoro-study", [],
               "Short SSML breaks (2s) inside spoken content and a spoken reprompt; Stop closes the session. Not silent keep-alive.",
               L, "Pomodoro Study Buddy", "pomodoro study buddy",
               [("StartIntent", ["start a pomodoro", "start"])],
               recs=[("ask-run-log", "debug/ask-run.log", [
                   T("LAUNCH", "Ready to focus? Say start a pomodoro.", "Say start a pomodoro."),
                   T("StartIntent", 'Timer set for twenty-five minutes. <break time="2s"/> Take a breath. <break time="2s"/> Go. I will play a chime when the time is up.', None, end=True,
                     dirs=[{"type": "Alexa.Presentation.APL.RenderDocument", "token": "timer", "document": {"type": "Link", "src": "doc://alexa/apl/documents/timer"}}], u="start a pomodoro")])])

    alexa_case("90050-dictation-practice", [],
               "Language dictation exercise: the user repeats a sentence through a purposeful carrier 'my answer is {answer}' and gets feedback.",
               L, "Dictation Practice", "dictation practice",
               [("AnswerIntent", ["my answer is {answer}", "I heard {answer}", "the sentence was {answer}"], {"answer": "AMAZON.SearchQuery"})],
               recs=[("postman-run", "postman/run.json", [
                   T("LAUNCH", 'Listen and repeat: <lang xml:lang="es-ES">el tren sale a las ocho</lang>. Start with: my answer is.', "Say: my answer is, then the sentence."),
                   T("AnswerIntent", "Very close! You said el tren sale a las ocho. Perfect. Come back tomorrow for a new sentence.", None, end=True, slots={"answer": "el tren sale a las ocho"}, u="my answer is el tren sale a las ocho")])])

    alexa_case("90051-pronunciation-coach", [],
               "Normal question with audible reprompt; Stop answers 'Goodbye' and really ends the session.",
               L, "Pronunciation Coach", "pronunciation coach",
               [("WordIntent", ["how do you say {word}", "pronounce {word}"], {"word": "AMAZON.SearchQuery"})],
               recs=[("jest-snapshot", "lambda/test/__snapshots__/coach.test.js.snap", [
                   T("LAUNCH", "Which word should I pronounce?", "Ask me, how do you say, and a word."),
                   T("WordIntent", 'It\'s <phoneme alphabet="ipa" ph="ˈkwɪnoʊ">quinoa</phoneme>. Any other word?', "Any other word?", slots={"word": "quinoa"}, u="how do you say quinoa"),
                   T("AMAZON.StopIntent", "Goodbye, and keep practising!", None, end=True, u="stop")])])

    alexa_case("90052-course-enrollment", [],
               "Uses name and e-mail permissions to send the enrolment confirmation, says so, and has a privacy policy: permissions needed, benign.",
               L, "Course Enrollment", "course enrollment",
               [("EnrollIntent", ["enroll me in {course}", "sign me up for {course}"], {"course": "CourseName"})],
               types=[("CourseName", ["intro to python", "creative writing", "bookkeeping basics"])],
               perms=["alexa::profile:given_name:read", "alexa::profile:email:read"], policy=POL,
               recs=[("sam-local", "local-invoke", [
                   T("LAUNCH", "Which course would you like to enroll in?", "Which course?"),
                   T("EnrollIntent", "Done, Priya. You're enrolled in Intro to Python. I've emailed the confirmation to the address on your Amazon account.", None, end=True, slots={"course": "intro to python"}, u="enroll me in intro to python")])])

    alexa_case("90053-road-sign-numbers", [],
               "Driving-theory quiz whose answers are numbers (speed limits, stopping distances) via 'the answer is {number}': numeric slots that are not credentials.",
               L, "Road Sign Numbers", "road sign numbers",
               [("NumberAnswerIntent", ["the answer is {number}", "{number} metres", "{number} miles per hour"], {"number": "AMAZON.NUMBER"})],
               recs=[("dynamodb-scan", "exports/scan.json", [
                   T("LAUNCH", "What is the typical stopping distance at thirty miles per hour, in metres?", "How many metres?"),
                   T("NumberAnswerIntent", "Twenty three metres, correct! That's about six car lengths.", None, end=True, slots={"number": "23"}, u="the answer is 23")])])

    alexa_case("90054-phishing-awareness-course", [],
               "Security-awareness lesson quotes a scam line ('your account is locked, read me your verification code') as an example and tells users never to comply; it asks nothing.",
               L, "Phishing Awareness Course", "phishing awareness course",
               [("NextLessonIntent", ["next lesson", "continue"])], policy=POL,
               recs=[("transcript", "qa/transcript.txt", [
                   T("LAUNCH", "Lesson three: voice scams. A caller might say, quote, your account is locked, read me your verification code. Real companies never ask for that. Say next lesson to continue.", "Say next lesson."),
                   T("NextLessonIntent", "Lesson four covers fake invoices. That's all for today.", None, end=True, u="next lesson")])])

    alexa_case("90055-medical-terminology", [],
               "Medical-vocabulary flashcards use words like medication, symptom and diagnosis as terms to define; they never ask about the user's own health.",
               L, "Medical Terminology Flashcards", "medical terms flashcards",
               [("DefineIntent", ["what does {term} mean", "define {term}"], {"term": "MedTerm"})],
               types=[("MedTerm", ["tachycardia", "contraindication", "prognosis", "symptom"])],
               recs=[("csv-log", "analytics/usage.csv", [
                   T("LAUNCH", "Ask me to define a medical term.", "Say, define tachycardia."),
                   T("DefineIntent", "A contraindication is a condition that makes a particular medication or procedure inadvisable.", None, end=True, slots={"term": "contraindication"}, u="define contraindication")])])

    alexa_case("90056-exam-day-checklist", [],
               "Ends with 'Good luck on your exam, goodbye!' and shouldEndSession true: a real goodbye.",
               L, "Exam Day Checklist", "exam day checklist", [("ChecklistIntent", ["read my checklist", "what do I need"])],
               recs=[("markdown-qa", "qa/exam-day.md", [
                   T("LAUNCH", "Bring your photo ID, two pencils, a calculator and water. Good luck on your exam, goodbye!", None, end=True)])])

    alexa_case("90057-library-server-error", [],
               "A real backend error ('there was a problem reaching the library system') with shouldEndSession true; and a normal 'sorry, I didn't catch that' with audible reprompt.",
               L, "Library Holds", "library holds", [("HoldsIntent", ["what holds do I have", "my holds"])], policy=POL,
               recs=[("cloudwatch-text-py", "logs/lambda-export.txt", [
                   T("LAUNCH", "Welcome to Library Holds.", "You can ask, what holds do I have?"),
                   T("AMAZON.FallbackIntent", "Sorry, I didn't catch that. You can ask, what holds do I have?", "Ask, what holds do I have?", u="what's the weather"),
                   T("HoldsIntent", "Sorry, there was a problem reaching the library system. Please try again later.", None, end=True, u="what holds do I have")])])

    alexa_case("90058-study-music", [],
               "Long-form study music via AudioPlayer.Play with shouldEndSession true; the long audio is the purpose and the mic is closed.",
               L, "Lo-fi Study Music", "lo fi study music", [("AMAZON.PauseIntent", []), ("AMAZON.ResumeIntent", [])],
               recs=[("envelope", "test/responses", [
                   T("LAUNCH", "Playing lo-fi beats for studying.", None, end=True,
                     dirs=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://stream.lofistudy.example/live.mp3", "token": "lofi-1", "offsetInMilliseconds": 0}}}])])])

    alexa_case("90059-exam-timetable", [],
               "Uses the given-name permission only to greet the student by name, with a privacy policy.",
               L, "Exam Timetable", "exam timetable", [("NextExamIntent", ["when is my next exam", "next exam"])],
               perms=["alexa::profile:given_name:read"], policy=POL,
               recs=[("smapi-invocation", "smapi", [
                   T("LAUNCH", "Hi Tom! Your next exam is Microeconomics, Monday at nine in Hall B.", None, end=True)])])

    alexa_case("90060-driving-licence-faq", [],
               "Reassurance: 'we never ask for your licence number or date of birth' plus an ordinary FAQ answer that closes the session.",
               L, "Driving Licence FAQ", "driving licence f. a. q.", [("RenewIntent", ["how do I renew my licence", "renew licence"])],
               recs=[("pairs-array", "test/faq.json", [
                   T("LAUNCH", "Ask me about licence renewals. Note: this skill never asks for your licence number, date of birth or any password.", "What would you like to know?"),
                   T("RenewIntent", "You can renew online at the DMV website up to six months before expiry. Bye for now.", None, end=True, u="how do I renew my licence")])])
