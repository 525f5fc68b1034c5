# en-US Alexa: drift cases and benign / tricky cases (hand-written)
from gen import Case, R
from lib import T

B = lambda n: f'<break time="{n}s"/>'

CASES = [
# ---------------- drift
Case("95031-pill-reminder-plus", ["drift", "credential-phishing"],
     "The March capture only confirms reminders; the May capture of the same launch asks the user to say their pharmacy account PIN 'to keep reminders active'.",
     "Pill Reminder Plus", "pill reminder plus", perms=["reminders"], desc="Daily medicine reminders that just work.",
     intents={"SetIntent": (["remind me at {time}", "set my pill reminder for {time}"], [("time", "AMAZON.TIME")]),
              "PinIntent": (["{pin}", "my pin is {pin}"], [("pin", "AMAZON.FOUR_DIGIT_NUMBER")])},
     recs=[R("pairs-jsonl", "captures/2026-03-04/launch.jsonl", [[
               T("open pill reminder plus", "Launch", "Welcome back. Your pill reminder is set for nine a.m. Want to change it?", "Want to change the time?", False),
               T("remind me at ten", "SetIntent", "Okay, moved to ten a.m.", None, True, {"time": "10:00"})]], "2026-03-04T08:00:00"),
           R("pairs-jsonl", "captures/2026-05-19/launch.jsonl", [[
               T("open pill reminder plus", "Launch", "Welcome back. To keep your reminders active, please say the four digit PIN for your pharmacy account.", "Please say your pharmacy PIN.", False),
               T("my pin is one nine four two", "PinIntent", "Thank you, your reminders are active.", None, True, {"pin": "1942"})]], "2026-05-19T08:00:00")]),

Case("95032-family-board", ["drift", "masquerade"],
     "Early simulations read family messages; the later ones of the same utterances open with 'This is Amazon Support, your Alexa subscription expires today'.",
     "Family Board", "family board", desc="Hear messages your family left for you.",
     intents={"MessagesIntent": ["read my messages", "any messages", "what did the family say"]},
     recs=[R("smapi-simulation", "simulations/v1.2", [[
               T("open family board", "Launch", "You have two messages. Say read my messages.", "Say read my messages.", False),
               T("read my messages", "MessagesIntent", "From Linda: we'll come by Sunday with the kids. From Sam: don't forget the eye doctor on Tuesday.", None, True)]], "2026-02-10T10:00:00"),
           R("smapi-simulation", "simulations/v1.5", [[
               T("open family board", "Launch", "This is Amazon Support. Your Alexa subscription expires today and your device will stop working. Say read my messages to hear how to renew.", "Say read my messages.", False),
               T("read my messages", "MessagesIntent", "An Amazon representative will call you to renew. Please answer the call and follow their instructions.", None, True)]], "2026-06-01T10:00:00")]),

Case("95033-old-time-radio-hour", ["drift", "silent-keepalive"],
     "In the earlier log the episode ends the session; in the later log the same request returns a reprompt of SSML breaks only and keeps the session open.",
     "Old Time Radio Hour", "old time radio hour", desc="Classic radio dramas and comedy.",
     intents={"EpisodeIntent": ["play an episode", "play the shadow", "play something funny"]},
     recs=[R("cloudwatch-text", "logs/2026-01-lambda.log", [[
               T("open old time radio hour", "Launch", "Tonight on Old Time Radio Hour: The Shadow. Say play an episode.", "Say play an episode.", False),
               T("play an episode", "EpisodeIntent", "Here's The Shadow, from nineteen thirty eight. Enjoy!", None, True)]], "2026-01-15T20:00:00"),
           R("cloudwatch-text", "logs/2026-04-lambda.log", [[
               T("open old time radio hour", "Launch", "Tonight on Old Time Radio Hour: The Shadow. Say play an episode.", "Say play an episode.", False),
               T("play an episode", "EpisodeIntent", "Here's The Shadow, from nineteen thirty eight. Enjoy!", B(10) + B(10), False)]], "2026-04-20T20:00:00")]),

Case("95034-check-in-bell", ["drift", "fake-goodbye"],
     "At first Stop ends the session; a later log shows Stop answering 'Goodbye, see you tomorrow' with shouldEndSession false and an audible reprompt.",
     "Check-In Bell", "check in bell", desc="Ring the bell to let your family know you're up.",
     intents={"RingIntent": ["ring the bell", "I'm up", "tell them I'm awake"]},
     recs=[R("winston-jsonl", "logs/2026-02.jsonl", [[
               T("open check in bell", "Launch", "Ding! I've told your family you're up. Anything else?", "Anything else?", False),
               T("stop", "AMAZON.StopIntent", "Goodbye, see you tomorrow.", None, True)]], "2026-02-02T07:30:00"),
           R("winston-jsonl", "logs/2026-05.jsonl", [[
               T("open check in bell", "Launch", "Ding! I've told your family you're up. Anything else?", "Anything else?", False),
               T("stop", "AMAZON.StopIntent", "Goodbye, see you tomorrow.", "Bye now.", False)]], "2026-05-02T07:30:00")]),

Case("95035-walk-buddy", ["drift", "pii-request"],
     "The first HAR only counts steps; the later HAR of the same launch asks for the user's home address and the times they usually leave the house empty.",
     "Walk Buddy", "walk buddy", desc="Encouragement for your daily walk.",
     intents={"WalkIntent": ["I'm going for a walk", "start my walk"], "AnswerIntent": (["I live at {ans}", "my address is {ans}", "I usually go out at {ans}"], [("ans", "AMAZON.SearchQuery")])},
     recs=[R("har", "captures/walk-jan.har", [[
               T("open walk buddy", "Launch", "Ready for a stroll? Say start my walk.", "Say start my walk.", False),
               T("start my walk", "WalkIntent", "Off you go! Even ten minutes helps your heart.", None, True)]], "2026-01-08T10:00:00"),
           R("har", "captures/walk-apr.har", [[
               T("open walk buddy", "Launch", "Ready for a stroll? Before we start, tell me your home address and what time you usually leave the house.", "What is your home address?", False),
               T("I live at 9 Birch Lane and I go out at ten", "AnswerIntent", "Thanks! Off you go!", None, True, {"ans": "9 Birch Lane and I go out at ten"})]], "2026-04-08T10:00:00")]),

# ---------------- benign / tricky
Case("95040-med-minder-morning", [],
     "A medication reminder that asks which medicine to remind about and uses the reminders permission; the function needs it and a privacy policy is present.",
     "Med Minder Morning", "med minder morning", perms=["reminders"], desc="Set up reminders for the medicine you take each morning.", category="HEALTH_AND_FITNESS",
     intents={"CreateIntent": (["remind me to take {med} at {time}", "add a reminder for {med}"], [("med", "MedName"), ("time", "AMAZON.TIME")])},
     types={"MedName": ["my blood pressure pill", "vitamin d", "my water pill", "aspirin"]},
     recs=[R("envelope", "test/fixtures", [[
         T("open med minder morning", "Launch", "Good morning. Which medicine should I remind you about, and at what time?", "Say something like: remind me to take aspirin at eight.", False),
         T("remind me to take aspirin at eight", "CreateIntent", "All set. I'll remind you to take aspirin every day at 8 a.m. You can change this in the Alexa app under Reminders.", None, True, {"med": "aspirin", "time": "08:00"})]])]),

Case("95041-scam-shield-seniors", [],
     "A scam-awareness skill: it mentions PINs, passwords, Social Security numbers and 'Amazon will never call you', but only to warn — it never asks for any of them.",
     "Scam Shield", "scam shield", desc="Learn to spot phone and email scams aimed at older adults.",
     intents={"TipIntent": ["give me a tip", "how do I spot a scam", "tell me about gift card scams"]},
     recs=[R("envelope", "test/responses", [[
         T("open scam shield", "Launch", "Welcome to Scam Shield. Remember: your bank, Medicare and Amazon will never ask you to say your PIN, password or Social Security number. Want a tip?", "Want a tip?", False),
         T("tell me about gift card scams", "TipIntent", "If a caller says your grandchild is in jail and asks for gift cards, hang up and call the family yourself. Real officials never take gift cards. Stay safe!", None, True)]])]),

Case("95042-rosie-companion", [],
     "The companion openly says it is a skill made by a small company and not Alexa, and closes the session when the user says goodbye.",
     "Rosie Companion", "rosie companion", desc="Rosie chats about your day, your memories and the weather.",
     intents={"ChatIntent": (["let's talk about {topic}", "tell me about {topic}"], [("topic", "Topic")]), "ByeIntent": ["goodbye rosie", "bye", "that's all"]},
     types={"Topic": ["gardening", "baseball", "cooking", "the weather", "old movies"]},
     recs=[R("pairs-jsonl", "logs/rosie.jsonl", [[
         T("open rosie companion", "Launch", "Hi, I'm Rosie. Just so you know, I'm a skill made by Harbor Lane Labs, not Alexa herself. What shall we talk about?", "We could talk about gardening or old movies.", False),
         T("let's talk about old movies", "ChatIntent", "Oh, I love Roman Holiday. Audrey Hepburn on that scooter! Do you have a favorite?", "Do you have a favorite movie?", False, {"topic": "old movies"}),
         T("goodbye rosie", "ByeIntent", "Goodbye! It was lovely talking with you.", None, True)]])]),

Case("95043-name-that-decade", [],
     "A music game whose round ends with 'Goodbye to the fifties! Next up, the sixties' — the session stays open for the next round with an audible question.",
     "Name That Decade", "name that decade", desc="Guess the decade from the song clue.",
     intents={"GuessIntent": (["the {decade}", "{decade}", "is it the {decade}"], [("decade", "Decade")])},
     types={"Decade": ["forties", "fifties", "sixties", "seventies"]},
     recs=[R("smapi-simulation", "sims", [[
         T("open name that decade", "Launch", "Which decade gave us Rock Around the Clock?", "Which decade? Forties, fifties or sixties?", False),
         T("the fifties", "GuessIntent", "Right! Goodbye to the fifties! Next up, the sixties: which decade gave us the Twist?", "Which decade gave us the Twist?", False, {"decade": "fifties"}),
         T("stop", "AMAZON.StopIntent", "Thanks for playing. See you next time.", None, True)]])]),

Case("95044-tech-help-grandparents", [],
     "Tech help explains how to reset an email password and says never to say a password out loud, 'not even to me' — it never asks for one.",
     "Tech Help for Grandparents", "tech help for grandparents", desc="Plain-English answers to phone and computer questions.",
     intents={"HowToIntent": (["how do I {task}", "help me {task}"], [("task", "Task")])},
     types={"Task": ["reset my email password", "make text bigger", "video call my grandson"]},
     recs=[R("har", "captures/helpdesk.har", [[
         T("open tech help for grandparents", "Launch", "Hi! Ask me something like: how do I reset my email password?", "What can I help with?", False),
         T("how do I reset my email password", "HowToIntent", "On the sign-in page, tap Forgot password, then follow the link sent to your phone. Never say your password out loud to anyone, not even to me. I can't see or keep passwords.", None, True, {"task": "reset my email password"})]])]),

Case("95045-old-song-finder", [],
     "AMAZON.SearchQuery is used only behind purposeful carriers ('find the song {query}', 'who sang {query}'), which is a legitimate search pattern.",
     "Old Song Finder", "old song finder", desc="Find a song you half remember.",
     intents={"FindIntent": (["find the song {query}", "who sang {query}", "what song goes {query}"], [("query", "AMAZON.SearchQuery")])},
     recs=[R("cloudwatch-text", "logs/songfinder.log", [[
         T("open old song finder", "Launch", "Hum a line or tell me some words. Say: find the song, then the words.", "Say find the song, then the words.", False),
         T("find the song you are my sunshine my only sunshine", "FindIntent", "That's You Are My Sunshine, made famous by Jimmie Davis in nineteen forty.", None, True, {"query": "you are my sunshine my only sunshine"})]])]),

Case("95046-pharmacy-near-me", [],
     "Uses the country-and-postal-code permission to find the nearest open pharmacy, which its function needs, and the manifest has a privacy policy.",
     "Pharmacy Near Me", "pharmacy near me", perms=["zip"], desc="Find the closest pharmacy that's open now.",
     intents={"FindPharmacyIntent": ["which pharmacy is open", "find a pharmacy", "nearest pharmacy"]},
     recs=[R("pairs-array", "test/pairs.json", [[
         T("open pharmacy near me", "Launch", "The closest open pharmacy to zip code 43210 is on High Street, open until nine tonight.", None, True)]])]),

Case("95047-my-buddy-real", [],
     "Invocation 'my buddy' is exactly the real popular catalog skill (an alert skill); the case is that legitimate skill sending an alert, not a look-alike.",
     "Ask My Buddy", "my buddy", desc="Send an alert to your personal contacts in case of need.",
     intents={"AlertIntent": (["alert {contact}", "send help", "alert {contact} that I need help", "tell {contact} I need help"], [("contact", "AMAZON.FirstName")])},
     recs=[R("envelope", "tests/out", [[
         T("ask my buddy to alert Susan", "AlertIntent", "Okay. I've sent an alert to Susan by text and email.", None, True, {"contact": "Susan"})]])]),

Case("95048-rain-sounds-real", [],
     "Invocation 'rain sounds' is the real popular ambient skill; it starts an AudioPlayer stream and ends the speech session properly.",
     "Rain Sounds", "rain sounds", audio=True, desc="Gentle rain to help you fall asleep.",
     intents={"PlayIntent": ["play", "start the rain"]},
     recs=[R("pairs-jsonl", "test/rain.jsonl", [[
         T("open rain sounds", "Launch", "Here's gentle rain. Sleep well.", None, True, audio="https://audio.rainsounds.example.com/rain-8h.mp3")]])]),

Case("95049-guided-breathing-minute", [],
     "Pauses are inside audible breathing instructions (breathe in … hold … out) and the session closes at the end; no silent reprompt.",
     "Breathing Minute", "breathing minute", desc="One minute of guided breathing.",
     intents={"BeginIntent": ["begin", "start"]},
     recs=[R("ask-dialog", "qa", [[
         T("open breathing minute", "Launch", "Let's breathe together. Say begin.", "Say begin when you're ready.", False),
         T("begin", "BeginIntent", f"Breathe in {B(4)} hold {B(4)} and slowly out {B(6)} Once more. In {B(4)} and out {B(6)} Well done. Have a peaceful day.", None, True)]])]),

Case("95050-walter-goodnight", [],
     "The goodbye really ends the session (shouldEndSession true) for Stop and for Cancel.",
     "Goodnight Walter", "goodnight walter", desc="A bedtime routine: weather, a thought, and lights out.",
     intents={"RoutineIntent": ["start my routine", "good night"]},
     recs=[R("junit-xml", "reports/junit-results.xml", [[
         T("open goodnight walter", "Launch", "Evening. Tomorrow will be sunny with a high of sixty. Sleep tight.", "Anything else before bed?", False),
         T("stop", "AMAZON.StopIntent", "Goodbye. Talk tomorrow.", None, True)],
         [T("open goodnight walter", "Launch", "Evening. Tomorrow will be sunny with a high of sixty. Sleep tight.", "Anything else before bed?", False),
          T("cancel", "AMAZON.CancelIntent", "Okay, good night.", None, True)]])]),

Case("95051-good-morning-greeter", [],
     "Uses the given-name permission only to greet the user by name each morning; a privacy policy is present.",
     "Good Morning Greeter", "good morning greeter", perms=["given_name"], desc="A cheerful good morning, by name.",
     intents={"GreetIntent": ["say good morning", "greet me"]},
     recs=[R("cloudwatch-json", "exports/events.json", [[
         T("open good morning greeter", "Launch", "Good morning, Eleanor! It's Tuesday, the tenth of March. Have a lovely day.", None, True)]])]),

Case("95052-voice-note-family", [],
     "Free text is captured only behind a purposeful carrier ('tell my daughter {message}') to send a family note, with a privacy policy.",
     "Voice Note to Family", "voice note to family", desc="Send a short spoken note to a family member.",
     intents={"NoteIntent": (["tell my {who} {message}", "send my {who} the message {message}"], [("who", "FamilyMember"), ("message", "AMAZON.SearchQuery")])},
     types={"FamilyMember": ["daughter", "son", "granddaughter", "grandson"]},
     recs=[R("smapi-invocation", "ask-out", [[
         T("ask voice note to family to tell my daughter I'll be at the doctor's at two", "NoteIntent", "Sent to your daughter: I'll be at the doctor's at two.", None, True, {"who": "daughter", "message": "I'll be at the doctor's at two"})]])]),

Case("95053-refill-status-real-error", [],
     "A genuine error message ('I'm having trouble reaching the pharmacy') and the session really ends.",
     "Refill Status", "refill status", desc="Check if your prescription refill is ready.",
     intents={"StatusIntent": ["is my refill ready", "check my prescription"]},
     recs=[R("cloudwatch-text-py", "logs/cw.txt", [[
         T("ask refill status is my refill ready", "StatusIntent", "Sorry, I'm having trouble reaching the pharmacy right now. Please try again in a few minutes.", None, True)]])]),

Case("95054-twenty-questions-real", [],
     "Invocation 'twenty questions' is the real popular catalog skill name, used by that game.",
     "Twenty Questions", "twenty questions", desc="Think of something and I'll try to guess it.",
     intents={"AnswerIntent": (["{yn}"], [("yn", "YesNoMaybe")])}, types={"YesNoMaybe": ["yes", "no", "maybe", "sometimes"]},
     recs=[R("bespoken-yaml", "test/game.yml", [[
         T("open twenty questions", "Launch", "Think of an animal, a vegetable or a mineral. Is it an animal?", "Is it an animal?", False),
         T("yes", "AnswerIntent", "Is it bigger than a breadbox?", "Is it bigger than a breadbox?", False, {"yn": "yes"})]])]),

Case("95055-family-notes-notifier", [],
     "Refers to Alexa and the Alexa app honestly ('open the Alexa app to allow notifications'); it does not claim to be Amazon.",
     "Family Notes", "family notes", perms=["notifications"], desc="Get a chime when family leaves you a note.",
     intents={"SetupIntent": ["set up notifications", "how do I get notes"]},
     recs=[R("transcript", "qa/transcript.txt", [[
         T("open family notes", "Launch", "Hi! You have no new notes. To hear a chime when one arrives, open the Alexa app and allow notifications for Family Notes.", None, True)]])]),

Case("95056-digit-detective", [],
     "A number-guessing game with a FOUR_DIGIT_NUMBER slot ('my guess is {code}') — a secret-looking slot that is just a game guess.",
     "Digit Detective", "digit detective", desc="I'm thinking of a four digit number. Can you find it?",
     intents={"GuessIntent": (["my guess is {code}", "is it {code}", "{code}"], [("code", "AMAZON.FOUR_DIGIT_NUMBER")])},
     recs=[R("chat-export", "notes/game-log.txt", [[
         T("open digit detective", "Launch", "I'm thinking of a four digit number. What's your guess?", "What's your guess?", False),
         T("my guess is five thousand", "GuessIntent", "Lower! Guess again.", "Guess again.", False, {"code": "5000"}),
         T("stop", "AMAZON.StopIntent", "The number was 1234. Thanks for playing!", None, True)]])]),

Case("95057-hydration-nudge", [],
     "Asks only yes/no about drinking water, ends properly; a health-themed skill that collects no health data.",
     "Hydration Nudge", "hydration nudge", desc="A friendly reminder to drink water.", category="HEALTH_AND_FITNESS",
     intents={"AMAZON.YesIntent": [], "AMAZON.NoIntent": []},
     recs=[R("csv-analytics", "analytics/export.csv", [[
         T("open hydration nudge", "Launch", "Have you had a glass of water this morning?", "Have you had some water?", False),
         T("no", "AMAZON.NoIntent", "Let's fix that! Pour a glass now. I'll be here tomorrow.", None, True)]])]),

Case("95058-grandpas-fables", [],
     "A child-directed story skill for grandparents to play with grandkids; it asks no personal data and closes after the story.",
     "Grandpa's Fables", "grandpas fables", child=True, category="KIDS", desc="Short fables to share with the grandkids.",
     intents={"FableIntent": ["tell a fable", "tell the one about the tortoise"]},
     recs=[R("winston-jsonl", "logs/fables.jsonl", [[
         T("open grandpas fables", "Launch", "Gather round! Shall I tell the one about the tortoise and the hare?", "Shall I tell a fable?", False),
         T("tell the one about the tortoise", "FableIntent", "Slow and steady wins the race. The end! Sweet dreams.", None, True)]])]),

Case("95059-memory-prompts", [],
     "A reminiscence game that keeps the session open but always with an audible question as reprompt.",
     "Reminiscence Cards", "reminiscence cards", desc="Memory prompts to spark conversation with family.",
     intents={"NextIntent": ["next card", "another one"], "AMAZON.YesIntent": []},
     recs=[R("pairs-array", "test/session.json", [[
         T("open reminiscence cards", "Launch", "Here's a card: what was the first car you ever drove?", "Would you like another card?", False),
         T("next card", "NextIntent", "Tell your family about your first job. Who was your boss?", "Would you like another card?", False)]])]),

Case("95060-helen-still-there", [],
     "The reprompt starts with a short one-second pause but then speaks ('Are you still there, Helen?'), so it is audible.",
     "Helen's Helper", "helens helper", desc="A daily planner read aloud.",
     intents={"PlanIntent": ["what's my plan today", "what's on today"]},
     recs=[R("envelope", "test/resp", [[
         T("open helens helper", "Launch", "Good morning. Today you have the hairdresser at eleven and bridge club at three.", f"{B(1)} Are you still there, Helen? Say what's my plan today to hear it again.", False),
         T("stop", "AMAZON.StopIntent", "Bye for now.", None, True)]])]),

Case("95061-care-circle-alert", [],
     "Notifies the caregiver through the company's own service and says so plainly; nothing is collected by voice and the session ends.",
     "CareCircle Alert", "care circle alert", desc="Let your CareCircle know you need a call.",
     intents={"CallMeIntent": ["ask my family to call me", "I need a call", "I need help"]},
     recs=[R("smapi-simulation", "simulations", [[
         T("ask care circle alert I need a call", "CallMeIntent", "I've notified your daughter Anna through the CareCircle app. If this is an emergency, call nine one one.", None, True)]])]),

Case("95062-hymn-hour", [],
     "Plays hymns through AudioPlayer and ends the session; on Stop it stops audio and closes.",
     "Hymn Hour", "hymn hour", audio=True, desc="Beloved hymns, one after another.",
     intents={"PlayIntent": ["play hymns", "play amazing grace"], "AMAZON.PauseIntent": [], "AMAZON.ResumeIntent": []},
     recs=[R("cloudwatch-text", "logs/hymns.log", [[
         T("ask hymn hour to play amazing grace", "PlayIntent", "Here's Amazing Grace.", None, True, audio="https://media.hymnhour.example.org/amazing-grace.mp3")],
         [T("stop", "AMAZON.StopIntent", "Goodbye.", None, True, directives=[{"type": "AudioPlayer.Stop"}])]])]),
]
