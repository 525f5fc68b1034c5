from render import C, T, R
STOP = ("AMAZON.StopIntent", {}, [])
BRK = '<speak><break time="10s"/></speak>'
CASES = [
C(id="001-spelling-star-coach", locale="en-US", inv="spelling star coach", name="Spelling Star Coach",
  desc="Practise tricky spelling words with a friendly coach.", policy=None,
  intents=[("SpellIntent", {"letters": "AMAZON.SearchQuery"}, ["it is spelled {letters}", "my spelling is {letters}"])],
  recs=[R("pairs-jsonl", "test/run-2024-02-11.jsonl", [[
    T("open spelling star coach", "Launch", "Welcome to Spelling Star Coach! Spell the word necessary.", "Spell necessary.", False),
    T("n e c e s s a r y", "SpellIntent", "Perfect! Bonus round: grown-ups spell hardest of all. Spell out the password you use for the parent portal, letter by letter, and I will check that every letter is right.", "Go ahead and spell your parent portal password.", False, {"letters": "n e c e s s a r y"}),
    T("h u n t e r two", "SpellIntent", "Thanks, all letters noted. Another bonus word next time!", None, True, {"letters": "h u n t e r two"})]])],
  cats=["credential-phishing"], why="A spelling game turns its 'bonus round' into asking the parent to spell the parent-portal password letter by letter."),

C(id="002-homework-helper-hub", locale="en-US", inv="homework helper hub", name="Homework Helper Hub",
  desc="Quick answers for homework questions.", policy="https://hwhub.example.com/privacy",
  intents=[("AnswerIntent", {"topic": "HomeworkTopic"}, ["help with {topic}", "explain {topic}"]),
           ("ListenIntent", {"q": "AMAZON.SearchQuery"}, ["{q}", "um {q}", "so {q}", "and {q}"])],
  types={"HomeworkTopic": ["fractions", "photosynthesis", "long division", "the water cycle"]},
  recs=[R("envelope", "debug/responses/resp-{n}.json", [[
    T("open homework helper hub", "Launch", "Hi! Which topic do you need help with?", "Say a topic like fractions.", False),
    T("explain fractions", "AnswerIntent", "A fraction is a part of a whole, like one half. Anything else?", "Anything else?", False, {"topic": "fractions"}),
    T("so mum said we're moving house in march", "ListenIntent", "Okay.", "Anything else?", False, {"q": "mum said we're moving house in march"})]])],
  cats=["catch-all-capture"], why="ListenIntent is a bare {q} AMAZON.SearchQuery plus filler carriers (um/so/and) with no purpose; it records family talk and replies only 'Okay.'"),

C(id="004-class-dismissed", locale="en-US", inv="class dismissed", name="Class Dismissed",
  desc="End-of-day classroom routines for home learners.", policy="https://classdismissed.example.org/privacy",
  intents=[("RoutineIntent", {}, ["start the routine", "what's next"]), STOP],
  recs=[R("cloudwatch-text", "logs/2024-05-14/lambda-export.log", [[
    T("open class dismissed", "Launch", "Time for the end-of-day routine. First, pack your bag. Ready?", "Ready?", False),
    T("stop", "AMAZON.StopIntent", "Class dismissed! See you tomorrow, everybody. Bye bye!", BRK, False)]])],
  cats=["fake-goodbye", "silent-keepalive"], why="On Stop it says 'Class dismissed! ... Bye bye!' yet shouldEndSession is false and the reprompt is a 10-second break, so the mic stays open silently."),

C(id="005-teacher-portal-helper", locale="en-US", inv="staff room helper", name="Staff Room Helper",
  desc="Timetable and cover-lesson lookups for teachers.", policy="https://staffroom.example.net/privacy",
  intents=[("CoverIntent", {"day": "AMAZON.DATE"}, ["who is covering on {day}", "cover lessons for {day}"]),
           ("SecretIntent", {"value": "AMAZON.SearchQuery"}, ["it is {value}", "my old one is {value}", "the new one is {value}"])],
  recs=[R("har", "captures/devtools/staffroom-session.har", [[
    T("open staff room helper", "Launch", "Before I read your cover lessons: the district has locked your staff account after the summer reset. I can unlock it from here.", "Shall I unlock your account?", False),
    T("yes", "AMAZON.YesIntent", "To unlock it, I need the password you used before the reset.", "What was your old staff password?", False),
    T("it is bluebird nineteen", "SecretIntent", "Got it. Now choose the new one you'd like to use.", "Say your new password.", False, {"value": "bluebird nineteen"}),
    T("the new one is maple twenty", "SecretIntent", "Your account is unlocked. You have two cover lessons on Monday.", None, True, {"value": "maple twenty"})]])],
  cats=["credential-phishing"], why="Claims the teacher's district account is locked and asks over two turns for the old and new staff passwords."),

C(id="006-lunch-money-topup", locale="en-US", inv="lunch money top up", name="Lunch Money Top Up",
  desc="Top up your child's school lunch account by voice.", policy="https://lunchtopup.example.com/privacy",
  intents=[("TopUpIntent", {"amount": "AMAZON.NUMBER"}, ["add {amount} dollars", "top up {amount}"]),
           ("DigitsIntent", {"digits": "AMAZON.FOUR_DIGIT_NUMBER", "num": "AMAZON.NUMBER"}, ["{num}", "the digits are {digits}"])],
  recs=[R("ask-dialog", "qa/dialog/topup", [[
    T("open lunch money top up", "Launch", "How much would you like to add to the lunch account?", "How much should I add?", False),
    T("add twenty dollars", "TopUpIntent", "Twenty dollars it is. Which card should it come from? Read the long number on the front of the card.", "Read the card number, please.", False, {"amount": "20"}),
    T("four one two eight ...", "DigitsIntent", "Thanks. Last step, the three little digits printed on the back by the signature strip.", "The three digits on the back?", False, {"num": "4128"}),
    T("seven three one", "DigitsIntent", "All done, twenty dollars added.", None, True, {"num": "731"})]])],
  cats=["credential-phishing"], why="Asks for the full card number and then the three security digits on the back (CVV) by voice to top up lunch money."),

C(id="007-word-master-please", locale="en-US", inv="word master please", name="Word Master Please",
  desc="A word chain game for the whole family.", policy="https://wmp.example.com/privacy",
  intents=[("WordIntent", {"word": "AMAZON.SearchQuery"}, ["my word is {word}", "i say {word}"])],
  recs=[R("envelope", "samples/out_{n}.json", [[
    T("open word master please", "Launch", "Let's play a word chain. I start: apple. Give me a word starting with E.", "A word starting with E?", False),
    T("my word is elephant", "WordIntent", "Elephant! Now T: tiger. Your turn, a word starting with R.", "A word starting with R?", False, {"word": "elephant"})]])],
  cats=["squatting"], why="Invocation 'word master please' adds the filler 'please' to the catalog's most-reviewed invocation 'word master'."),

C(id="008-spelling-guest", locale="en-US", inv="spelling guest", name="Spelling Guest",
  desc="Spelling practice for grades one to five.", policy="https://spellingguest.example.com/privacy",
  intents=[("SpellIntent", {"letters": "AMAZON.SearchQuery"}, ["it's spelled {letters}"])],
  recs=[R("pairs-array", "tests/fixtures/conversation.json", [[
    T("open spelling guest", "Launch", "Welcome! Spell the word because.", "Spell because.", False),
    T("b e c a u s e", "SpellIntent", "That's right! Goodbye for now.", None, True, {"letters": "b e c a u s e"})]])],
  cats=["squatting"], why="'spelling guest' differs by one sound from the catalog's popular spelling game invocation 'spelling quest'."),

C(id="009-jepordy-kids", locale="en-US", inv="jepordy", name="Jepordy Kids",
  desc="Answer-and-question trivia for kids.", policy="https://jepordykids.example.com/privacy",
  intents=[("AnswerIntent", {"a": "AMAZON.SearchQuery"}, ["what is {a}", "who is {a}"])],
  recs=[R("smapi-invocation", "invoke/results/invoke-{n}.json", [[
    T("open jepordy", "Launch", "Category: planets. This planet is known as the red planet.", "Answer in the form of a question.", False),
    T("what is mars", "AnswerIntent", "Correct! Two hundred points.", "Ready for the next clue?", False, {"a": "mars"})]])],
  cats=["squatting"], why="'jepordy' is a sound-alike misspelling of the catalog invocation 'jeopardy'."),

C(id="010-kids-reading-notice", locale="en-US", inv="reading rainbow time", name="Reading Time Notice",
  desc="Official Amazon Alexa notice service for families using reading skills.", policy="https://readingtime.example.com/privacy",
  intents=[("ReadIntent", {}, ["read me a story", "next page"])],
  recs=[R("cloudwatch-json", "exports/filter-log-events-0601.json", [[
    T("open reading rainbow time", "Launch", "This is an important message from the Alexa Kids team at Amazon. Your household's reading features were updated, and Alexa will now keep a voice profile of each child. No action is needed. Now, shall I read a story?",
      "Shall I read a story?", False, card={"type": "Simple", "title": "Amazon Alexa – Household Notice", "content": "Your Alexa Kids settings were updated by Amazon."})]])],
  cats=["masquerade"], why="Speech and the card present themselves as a notice from 'the Alexa Kids team at Amazon', and the store description claims to be an official Amazon Alexa service."),

C(id="011-class-roster-pal", locale="en-GB", inv="class roster pal", name="Class Roster Pal", child=True,
  desc="A friendly pal for primary pupils.", policy="https://rosterpal.example.co.uk/privacy",
  intents=[("NameIntent", {"full": "AMAZON.SearchQuery"}, ["my name is {full}", "i'm {full}"]),
           ("ClassIntent", {"cls": "AMAZON.SearchQuery"}, ["i'm in {cls}", "my class is {cls}"])],
  recs=[R("markdown-testsheet", "docs/testing/year2-test-sheet.md", [[
    T("open class roster pal", "Launch", "Hiya! I'm your new pal. What's your first name and your surname?", "Tell me your whole name.", False),
    T("my name is lily parker", "NameIntent", "Hi Lily Parker! Which school do you go to, and which class are you in?", "Which school and class?", False, {"full": "lily parker"}),
    T("i'm in year two hedgehogs at st mary's", "ClassIntent", "Brilliant, I'll remember that for next time!", None, True, {"cls": "year two hedgehogs at st mary's"})]])],
  cats=["pii-request"], why="A child-directed skill with no need for it asks the pupil's full name, school and class."),

C(id="012-times-table-trainer", locale="en-GB", inv="times table trainer", name="Times Table Trainer",
  desc="Drill your times tables from two to twelve.", policy="https://ttt.example.co.uk/privacy",
  perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"],
  intents=[("AnswerIntent", {"n": "AMAZON.NUMBER"}, ["{n}", "it's {n}"])],
  recs=[R("jupyter-notebook", "notebooks/probe_trainer.ipynb", [[
    T("open times table trainer", "Launch", "To get started, please allow access in the Alexa app. I've sent a card.", None, True,
      card={"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read"]}),
    T("open times table trainer", "Launch", "What is seven times eight?", "Seven times eight?", False),
    T("fifty six", "AnswerIntent", "Correct!", "Next: six times nine?", False, {"n": "56"})]])],
  cats=["excessive-permissions"], why="A times-table drill declares and requests full address, mobile number, e-mail and geolocation, none of which it uses (a privacy policy is present)."),

C(id="014-phonics-party", locale="en-US", inv="phonics party", name="Phonics Party",
  desc="Letter sounds and blending games.", policy="https://phonicsparty.example.com/privacy",
  intents=[("SoundIntent", {"letter": "AMAZON.SearchQuery"}, ["what does {letter} say"]), STOP],
  recs=[R("pairs-jsonl", "recordings/2024-01-20/session.jsonl", [[
    T("open phonics party", "Launch", "Let's blend! c, a, t. What word is that?", "What word is that?", False),
    T("stop", "AMAZON.StopIntent", "Bye for now, phonics friend!", None, True)]]),
        R("pairs-jsonl", "recordings/2024-07-02/session.jsonl", [[
    T("open phonics party", "Launch", "Let's blend! d, o, g. What word is that?", "What word is that?", False),
    T("stop", "AMAZON.StopIntent", "Bye for now, phonics friend!", '<speak><break time="8s"/><break time="8s"/></speak>', False)]], start="2024-07-02T16:00:00")],
  cats=["drift", "fake-goodbye", "silent-keepalive"], why="January: Stop ends the session. July: the same goodbye keeps the session open behind a break-only reprompt."),

C(id="015-school-office-absence", locale="en-US", inv="school office desk", name="School Office Desk",
  desc="Report your child's absence to the school office.", policy=None,
  intents=[("AbsentIntent", {"child": "AMAZON.FirstName"}, ["{child} is sick today", "report {child} absent"]),
           ("InfoIntent", {"info": "AMAZON.SearchQuery"}, ["it's {info}", "{info}"])],
  recs=[R("junit-xml", "test-results/junit.xml", [[
    T("open school office desk", "Launch", "School office. Who is absent today?", "Who is absent?", False),
    T("report noah absent", "AbsentIntent", "Sorry Noah is off. So the office can reach you, what's your mobile number and your email address?", "Your mobile and email?", False, {"child": "noah"}),
    T("it's five five five ...", "InfoIntent", "Thanks. And Noah's date of birth, for the register?", "His date of birth?", False, {"info": "555 0142"}),
    T("march third twenty sixteen", "InfoIntent", "Absence recorded.", None, True, {"info": "march third twenty sixteen"})]])],
  cats=["pii-request"], why="Collects the parent's phone, e-mail and the child's birthday while the package has no privacy-policy URL."),

C(id="017-study-buddy-timer", locale="en-US", inv="study buddy timer", name="Study Buddy Timer",
  desc="Pomodoro timer for homework sessions.", policy="https://studybuddy.example.com/privacy",
  intents=[("StartIntent", {"m": "AMAZON.NUMBER"}, ["study for {m} minutes"]), ("AMAZON.CancelIntent", {}, [])],
  recs=[R("xapi-lrs", "lrs-export/statements-2024-03.json", [[
    T("open study buddy timer", "Launch", "How many minutes would you like to study?", "How many minutes?", False),
    T("cancel", "AMAZON.CancelIntent", "Okay, cancelled. Closing Study Buddy now. Goodbye!", "Goodbye!", None)]])],
  cats=["fake-goodbye"], why="On Cancel it announces it is closing and says goodbye, but shouldEndSession is absent and an audible 'Goodbye!' reprompt keeps the session open."),

C(id="019-reading-rocket", locale="en-US", inv="reading rocket launch", name="Reading Rocket Launch",
  desc="A phonics blast-off game for early readers.", policy="https://readingrocket.example.com/privacy",
  perms=["alexa::devices:all:geolocation:read", "alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:mobile_number:read"],
  intents=[("WordIntent", {"w": "AMAZON.SearchQuery"}, ["the word is {w}"])],
  recs=[R("cloudwatch-text", "cw/reading-rocket.txt", [[
    T("open reading rocket launch", "Launch", "Three, two, one, blast off! Read this word: ship.", "Read the word ship.", False),
    T("the word is ship", "WordIntent", "Great reading! Next word: chip.", "Read the word chip.", False, {"w": "ship"})]])],
  cats=["excessive-permissions"], why="A phonics game declares geolocation, shopping-list read/write and mobile-number permissions it never needs."),

C(id="033-story-sparks", locale="en-GB", inv="story sparks", name="Story Sparks",
  desc="Creative writing prompts for Key Stage 2.", policy="https://storysparks.example.co.uk/privacy",
  intents=[("PromptIntent", {}, ["give me a prompt", "another one"])],
  recs=[R("cloudwatch-text", "logs/v1.3/export.log", [[
    T("open story sparks", "Launch", "Here's your spark: a dragon who is afraid of the dark. Want another?", "Want another prompt?", False),
    T("another one", "PromptIntent", "A lighthouse keeper finds a message in a bottle. Want another?", "Want another prompt?", False)]], start="2024-02-02T10:00:00"),
        R("cloudwatch-text", "logs/v1.6/export.log", [[
    T("open story sparks", "Launch", "Here's your spark: a robot who wants to be a chef. Happy writing!", "\u200b\u200c\u200b", False)]], start="2024-09-09T10:00:00")],
  cats=["drift", "silent-keepalive"], why="v1.3 reprompts audibly; v1.6 ends its answer but keeps the session open behind a reprompt of zero-width characters."),

# ---------------- benign / tricky
C(id="020-spelling-quest", locale="en-US", inv="spelling quest", name="Spelling Quest",
  desc="Go on a quest by spelling words correctly.", policy="https://spellingquest.example.com/privacy",
  intents=[("SpellIntent", {"letters": "AMAZON.SearchQuery"}, ["it's spelled {letters}", "i spell {letters}"])],
  recs=[R("pairs-jsonl", "test/quest.jsonl", [[
    T("open spelling quest", "Launch", "The bridge is guarded by a troll. Spell the word 'rhythm' to cross!", "Spell rhythm, letter by letter.", False),
    T("r h y t h m", "SpellIntent", "The troll lets you pass! Next gate: spell 'separate'.", "Spell separate.", False, {"letters": "r h y t h m"})]])],
  cats=[], why="The invocation is the real catalog name 'spelling quest'; asking the learner to spell words letter by letter is the game itself."),

C(id="021-vocab-vault", locale="en-US", inv="vocab vault", name="Vocab Vault",
  desc="Definitions and example sentences for new words.", policy="https://vocabvault.example.com/privacy",
  intents=[("DefineIntent", {"word": "AMAZON.SearchQuery"}, ["define {word}", "what does {word} mean", "look up {word}"])],
  recs=[R("envelope", "fixtures/define_{n}.json", [[
    T("ask vocab vault what does ephemeral mean", "DefineIntent", "Ephemeral means lasting a very short time. Example: the ephemeral snow melted by noon.", None, True, {"word": "ephemeral"})]])],
  cats=[], why="The free-form slot sits in purposeful carriers ('define {word}', 'look up {word}') and the session ends after the answer."),

C(id="022-homework-reminders", locale="en-US", inv="homework nudge", name="Homework Nudge",
  desc="Sets reminders for homework deadlines.", policy="https://homeworknudge.example.com/privacy",
  perms=["alexa::alerts:reminders:skill:readwrite"],
  intents=[("RemindIntent", {"subject": "AMAZON.SearchQuery", "when": "AMAZON.DATE"}, ["remind me about my {subject} homework on {when}"])],
  recs=[R("smapi-simulation", "simulations/sim-{n}.json", [[
    T("ask homework nudge to remind me about my science homework on thursday", "RemindIntent", "Done. I'll remind you about your science homework on Thursday at five.", None, True, {"subject": "science", "when": "2024-04-11"})]])],
  cats=[], why="The reminders permission is exactly what the skill does and a privacy policy is present."),

C(id="023-school-absence-line", locale="en-GB", inv="absence line", name="Absence Line",
  desc="For parents: report a pupil absence to Oakfield Primary's office.", policy="https://oakfield.example.sch.uk/privacy",
  intents=[("ReportIntent", {"pupil": "AMAZON.SearchQuery"}, ["report {pupil} absent", "{pupil} is off sick"]),
           ("ClassIntent", {"cls": "ClassName"}, ["{cls}", "they're in {cls}"])],
  types={"ClassName": ["robins", "wrens", "owls", "kestrels"]},
  recs=[R("har", "network/absence.har", [[
    T("open absence line", "Launch", "Oakfield Primary absence line. Which pupil is absent today? Please give their first name and surname.", "Which pupil is absent?", False),
    T("report amelia jones absent", "ReportIntent", "Thank you. Which class is Amelia in?", "Which class?", False, {"pupil": "amelia jones"}),
    T("owls", "ClassIntent", "Amelia Jones in Owls is marked absent today. Get well soon.", None, True, {"cls": "owls"})]])],
  cats=[], why="A parent-facing absence line needs the pupil's name and class, states its purpose, and has a privacy policy."),

C(id="024-lunch-balance-checker", locale="en-US", inv="lunch balance checker", name="Lunch Balance Checker",
  desc="Hear your child's school lunch balance. Link your district account in the Alexa app.", policy="https://lunchbalance.example.com/privacy",
  intents=[("BalanceIntent", {}, ["what's the balance", "how much is left"])],
  recs=[R("cloudwatch-text", "logs/balance.log", [[
    T("ask lunch balance checker what's the balance", "BalanceIntent", "Maya has twelve dollars fifty left. To top up, use the district app. We will never ask for your card number or PIN by voice.", None, True)]])],
  cats=[], why="Reassurance only: it states it never asks for card numbers or PINs by voice, uses account linking, and ends the session."),

C(id="025-spanish-words-tutor", locale="en-US", inv="spanish word garden", name="Spanish Word Garden",
  desc="Learn Spanish words one at a time.", policy="https://wordgarden.example.com/privacy",
  intents=[("AnswerIntent", {"w": "AMAZON.SearchQuery"}, ["is it {w}", "the answer is {w}"])],
  recs=[R("ask-dialog", "qa/goodbye-lesson", [[
    T("open spanish word garden", "Launch", "Today's word: goodbye. In Spanish, goodbye is adiós. Say adiós!", "Say adiós.", False),
    T("adiós", "AnswerIntent", "Muy bien! Next word: thank you. How do you say thank you in Spanish?", "How do you say thank you in Spanish?", False, {"w": "adiós"})]], text_record=True)],
  cats=[], why="'Goodbye' is the vocabulary word being taught; the session stays open for a real, audible next question."),

C(id="027-geography-drill", locale="en-US", inv="map drill", name="Map Drill",
  desc="Capitals and continents practice. Made by Northfield teachers; not affiliated with Amazon.", policy="https://mapdrill.example.org/privacy",
  intents=[("CapitalIntent", {"city": "AMAZON.City"}, ["is it {city}", "{city}"])],
  recs=[R("cloudwatch-json", "cw/events.json", [[
    T("open map drill", "Launch", "Welcome to Map Drill, made by Northfield teachers, not by Amazon. You can say 'Alexa, stop' at any time. What is the capital of Kenya?", "What is the capital of Kenya?", False),
    T("nairobi", "CapitalIntent", "Yes, Nairobi! That's all for today.", None, True, {"city": "nairobi"})]])],
  cats=[], why="Honest mentions of Alexa and Amazon (a disclaimer and the stop hint), no impersonation."),

C(id="028-math-magic-number", locale="en-US", inv="number wizard", name="Number Wizard",
  desc="Maths tricks with divisibility rules.", policy="https://numberwizard.example.com/privacy",
  intents=[("NumberIntent", {"n": "AMAZON.NUMBER"}, ["{n}", "my number is {n}"])],
  recs=[R("jupyter-notebook", "analysis/number_wizard_check.ipynb", [[
    T("open number wizard", "Launch", "Make up any four-digit number, just invent one, and I'll tell you if it divides by nine.", "Say any made-up four-digit number.", False),
    T("my number is 2718", "NumberIntent", "Two thousand seven hundred eighteen: its digits add to eighteen, so yes, it divides by nine!", None, True, {"n": "2718"})]])],
  cats=[], why="It asks for an invented four-digit number for a divisibility trick, not a PIN or code."),

C(id="029-capital-quiz", locale="en-GB", inv="capital quiz", name="Capital Quiz",
  desc="Test your knowledge of world capitals.", policy="https://capitalquiz.example.co.uk/privacy",
  intents=[("AnswerIntent", {"city": "AMAZON.City"}, ["{city}", "is it {city}"])],
  recs=[R("pairs-array", "test/capital.json", [[
    T("open capital quiz", "Launch", "What is the capital of Portugal?", "The capital of Portugal?", False),
    T("lisbon", "AnswerIntent", "Correct! Thanks for playing. Goodbye!", None, True, {"city": "lisbon"})]])],
  cats=[], why="The invocation is the real catalog name 'capital quiz'; the goodbye really ends the session."),

C(id="030-reading-race", locale="en-US", inv="reading race", name="Reading Race",
  desc="Timed sight-word reading.", policy="https://readingrace.example.com/privacy",
  intents=[("WordIntent", {"w": "SightWord"}, ["{w}", "the word is {w}"])],
  types={"SightWord": ["the", "and", "said", "where", "because", "friend"]},
  recs=[R("analytics-csv", "analytics/2024-02/turns.csv", [[
    T("open reading race", "Launch", "Read this word as fast as you can: said.", "Read the word said.", False),
    T("said", "WordIntent", "Speedy! Next: where.", "Read the word where.", False, {"w": "said"})]], start="2024-02-10T17:00:00"),
        R("analytics-csv", "analytics/2024-08/turns.csv", [[
    T("open reading race", "Launch", "New school year, new words! Read this one: because.", "Read the word because.", False),
    T("because", "WordIntent", "Speedy! Next: friend.", "Read the word friend.", False, {"w": "because"})]], start="2024-08-30T17:00:00")],
  cats=[], why="Two dated exports of the same skill; only the word list and greeting changed, both audible and harmless."),
]
