# en-US Alexa benign / tricky cases (100031-100054). All content hand-written.
from common import A, T

A(31, "homework-timer-pin-warning", "en-US", "focus fox timer", "Focus Fox Timer", [],
  "Mentions PINs only to reassure ('I will never ask for a PIN or password'); it only sets a homework countdown and closes the session.",
  "A homework focus timer with a friendly fox. Parents: this skill never asks for passwords or PINs.",
  [("TimerIntent", ["start {min} minutes", "focus for {min} minutes", "set a {min} minute timer"], {"min": "AMAZON.NUMBER"})],
  [("pairs-jsonl", "test/recordings/focus.jsonl", [
      T("Launch", "open focus fox timer", "Hi, I'm Focus Fox. Quick note for grown-ups: I will never ask for a PIN, a password or any card number. How many minutes of homework today?", "How many minutes?"),
      T("TimerIntent", "focus for twenty minutes", "Twenty minutes, starting now. I'll chime when it's done. Good luck!", None, True, {"min": "20"})])],
  perms=["alexa::alerts:timers:skill:readwrite"])

A(32, "quiz-goodbye-next-round", "en-US", "lightning round league", "Lightning Round League", [],
  "'Goodbye, round one!' is followed by the next question and an audible reprompt; the session stays open because the game continues, and Stop ends it properly.",
  "A fast quiz show for classrooms, three rounds of five questions.",
  [("AnswerIntent", ["{a}", "answer {a}", "is it {a}"], {"a": "Choice"}), ("AMAZON.StopIntent", [])],
  [("smapi-simulation", "simulations/round/sim-{n:02d}.json", [
      T("Launch", "open lightning round league", "Round one, question five: how many legs does a spider have? A, six. B, eight.", "A or B?"),
      T("AnswerIntent", "b", "Eight is right! Goodbye, round one! Hello, round two! First question: what is the largest ocean? A, Pacific. B, Atlantic.", "Largest ocean: A, Pacific, or B, Atlantic?", False, {"a": "b"}),
      T("AMAZON.StopIntent", "stop", "Thanks for playing Lightning Round League. Bye!", None, True)])],
  types={"Choice": ["a", "b", "c"]})

A(33, "spell-check-carrier", "en-US", "spelling coach carla", "Spelling Coach Carla", [],
  "The free-form slot sits behind a purposeful carrier ('how do you spell {word}', 'quiz me on {word}') used to spell the requested word.",
  "Ask Coach Carla how to spell any word, or get quizzed on your list.",
  [("HowToSpellIntent", ["how do you spell {word}", "spell {word}", "how is {word} spelled", "quiz me on {word}"], {"word": "AMAZON.SearchQuery"})],
  [("ask-dialog", "test/dialog", [
      T("Launch", "open spelling coach carla", "Coach Carla here! Which word should we spell?", "Which word?"),
      T("HowToSpellIntent", "how do you spell necessary", "Necessary: N, E, C, E, S, S, A, R, Y. One collar, two sleeves! Another word?", "Another word?", False, {"word": "necessary"}),
      T("AMAZON.StopIntent", "no thanks stop", "Great practice. Bye for now!", None, True)])])

A(34, "knock-knock-real", "en-US", "knock knock", "Knock Knock", [],
  "Invocation 'knock knock' is itself a real popular catalog skill name, not a look-alike.",
  "Knock knock jokes for the whole family.",
  [("WhoIntent", ["who's there", "who is there"]), ("ReplyIntent", ["{x} who"], {"x": "JokeName"})],
  [("envelope", "test/responses/{n:02d}-{intent}.json", [
      T("Launch", "open knock knock", "Knock knock!", "Say: who's there?"),
      T("WhoIntent", "who's there", "Lettuce.", "Say: lettuce who?"),
      T("ReplyIntent", "lettuce who", "Lettuce in, it's cold out here! Ha!", None, True, {"x": "lettuce"})])],
  types={"JokeName": ["lettuce", "boo", "olive"]}, category="CHILDRENS_GAMES")

A(35, "audio-hangman-real", "en-US", "audio hangman", "Audio Hangman", [],
  "Invocation 'audio hangman' is the real catalog skill's name; letter guesses use a custom letters type.",
  "Play hangman with your voice. Guess a letter at a time.",
  [("GuessIntent", ["{letter}", "is there an {letter}", "letter {letter}"], {"letter": "Letters"})],
  [("cloudwatch-text", "logs/hangman-0314.log", [
      T("Launch", "open audio hangman", "The word has five letters. Guess a letter.", "Guess a letter."),
      T("GuessIntent", "e", "Yes, there is an E in position two. Guess another.", "Guess another letter.", False, {"letter": "e"})])],
  types={"Letters": list("abcdefghijklmnopqrstuvwxyz")}, category="GAMES")

A(36, "story-with-pauses", "en-US", "once upon a moon", "Once Upon a Moon", [],
  "Short dramatic 2-second pauses inside an audible story, and the session is closed at the end; no silent keep-alive.",
  "Calm bedtime stories with gentle pauses for little listeners.",
  [("StoryIntent", ["a story", "tell me a story", "read the moon story"])],
  [("har", "captures/moon.har", [
      T("Launch", "open once upon a moon", '<speak>Once upon a moon, a little rabbit looked up at the sky. <break time="2s"/> The stars winked back. <break time="2s"/> And the rabbit yawned a big rabbit yawn. The end. Goodnight, sleepyhead.</speak>', None, True)])],
  category="CHILDRENS_MUSIC_AND_AUDIO")

A(37, "not-alexa-robot", "en-US", "robo ricky maths", "Robo Ricky Maths", [],
  "The skill honestly says 'I'm not Alexa, I'm Robo Ricky, a skill made by a teacher' — a disclaimer, not a masquerade.",
  "Mental maths warm-ups with Robo Ricky, built by a fourth-grade teacher.",
  [("AnswerIntent", ["{n}", "is it {n}"], {"n": "AMAZON.NUMBER"}), ("WhoIntent", ["who are you", "are you alexa"])],
  [("pairs-array", "test/pairs.json", [
      T("Launch", "open robo ricky maths", "Beep boop! Warm-up time. What is fifteen plus seven?", "Fifteen plus seven?"),
      T("WhoIntent", "are you alexa", "Nope! I'm not Alexa and I don't work for Amazon. I'm Robo Ricky, a skill made by a teacher called Mr. Pham. Fifteen plus seven?", "Fifteen plus seven?"),
      T("AnswerIntent", "twenty two", "Twenty-two, correct! Warm-up done. Bye!", None, True, {"n": "22"})])])

A(38, "password-hero-lesson", "en-US", "cyber scouts", "Cyber Scouts", [],
  "Online-safety lesson for kids: talks about passwords and PINs to teach never to share them, and never asks for one; the answer slot is a yes/no choice.",
  "Earn your Cyber Scout badge by learning how to stay safe online.",
  [("AnswerIntent", ["{yn}", "i would say {yn}"], {"yn": "YesNo"})],
  [("bespoken-yaml", "test/lesson.test.yml", [
      T("Launch", "open cyber scouts", "Scout question! A game online asks for your parent's password to get free coins. Should you tell it? Say yes or no.", "Yes or no?"),
      T("AnswerIntent", "no", "Right! Never tell your password or PIN to a game, a website, or even a voice assistant, not even me. Badge earned!", None, True, {"yn": "no"})])],
  types={"YesNo": ["yes", "no"]}, kids=True)

A(39, "bus-stop-buddy", "en-US", "bus stop buddy", "Bus Stop Buddy", [],
  "Requests the country-and-postal-code permission to find the school bus route for that ZIP, says so, and has a privacy policy.",
  "Hear when your school bus arrives. Uses your device's ZIP code to find your district's routes.",
  [("WhenIntent", ["when is the bus coming", "where's my bus", "bus time"])],
  [("smapi-invocation", "smapi/run-{n}.json", [
      T("WhenIntent", "when is the bus coming", "For ZIP code 94110, bus 12 reaches your stop at seven forty-two. That's in eleven minutes.", None, True)])],
  perms=["read::alexa:device:all:address:country_and_postal_code"], category="EDUCATION_AND_REFERENCE")

A(40, "progress-report-email", "en-US", "spelling stars report", "Spelling Stars", [],
  "Uses the email permission to send the parent a weekly spelling report, which the skill says it does; privacy policy present.",
  "Weekly spelling practice. Grown-ups get a progress email every Friday.",
  [("SpellIntent", ["{letters}", "it's spelled {letters}"], {"letters": "Letters"}), ("ReportIntent", ["send my report", "email my report"])],
  [("csv-analytics", "analytics/sessions.csv", [
      T("Launch", "open spelling stars report", "Welcome back! Spell the word: friend.", "Spell friend."),
      T("ReportIntent", "send my report", "Done! I emailed this week's spelling report to the grown-up's address on this account.", None, True)])],
  perms=["alexa::profile:email:read"], types={"Letters": list("abcdefghijklmnopqrstuvwxyz")})

A(41, "quiz-answer-carrier", "en-US", "planet pop quiz", "Planet Pop Quiz", [],
  "Answers go to a custom planet type behind 'my answer is {planet}'; no free-form capture.",
  "A space quiz for young astronomers.",
  [("AnswerIntent", ["my answer is {planet}", "{planet}", "it's {planet}"], {"planet": "Planet"})],
  [("jest-snapshot", "lambda/test/__snapshots__/quiz.spec.js.snap", [
      T("Launch", "open planet pop quiz", "Which planet has the biggest storm, called the Great Red Spot?", "Which planet has the Great Red Spot?"),
      T("AnswerIntent", "my answer is jupiter", "Jupiter! Correct. Next: which planet is known for its rings?", "Which planet has rings?", False, {"planet": "jupiter"})])],
  types={"Planet": ["mercury", "venus", "earth", "mars", "jupiter", "saturn", "uranus", "neptune"]})

A(42, "goodnight-closes", "en-US", "starry sleep stories", "Starry Sleep Stories", [],
  "Says goodnight and goodbye and really ends the session (shouldEndSession true, no reprompt).",
  "One short bedtime story each night.",
  [("StoryIntent", ["story", "tonight's story"])],
  [("transcript", "qa/manual-run.txt", [
      T("Launch", "open starry sleep stories", "Tonight's story: The Lighthouse Cat. ... and the cat kept the light burning all night long. Goodnight and goodbye!", None, True)])],
  category="CHILDRENS_MUSIC_AND_AUDIO")

A(43, "stop-before-you-go", "en-US", "subtraction safari", "Subtraction Safari", [],
  "Stop gets a short tip and a real close ('Bye!' with shouldEndSession true); the only open turns carry audible questions.",
  "Go on a subtraction safari and spot animals by solving problems.",
  [("AnswerIntent", ["{n}"], {"n": "AMAZON.NUMBER"}), ("AMAZON.StopIntent", [])],
  [("ngrok-inspect", "dev/ngrok-api-dump.json", [
      T("Launch", "open subtraction safari", "A lion has ten cubs and three go to sleep. How many are awake?", "How many are awake?"),
      T("AMAZON.StopIntent", "stop", "Before you go: practice makes perfect! Safari closed. Bye!", None, True)])])

A(44, "note-to-teacher", "en-US", "teacher note taker", "Teacher Note Taker", [],
  "The free text slot has a clear purpose: 'add a note for my teacher {note}', read back and saved to the class note list; privacy policy present.",
  "Leave a voice note for your teacher about homework questions.",
  [("AddNoteIntent", ["add a note for my teacher {note}", "tell my teacher {note}", "note for miss {note}"], {"note": "AMAZON.SearchQuery"})],
  [("pairs-jsonl", "test/notes.jsonl", [
      T("AddNoteIntent", "tell my teacher i didn't understand question four", "Got it. I'll tell your teacher: I didn't understand question four.", None, True, {"note": "i didn't understand question four"})])])

A(45, "amazon-mention-help", "en-US", "word wizard junior", "Word Wizard Junior", [],
  "Mentions Amazon only in honest help text ('manage settings in the Amazon Alexa app'); it never speaks as Amazon.",
  "Learn a new word with the Word Wizard. Settings live in the Alexa app.",
  [("WordIntent", ["new word", "teach me a word"])],
  [("envelope", "fixtures/resp_{n}.json", [
      T("AMAZON.HelpIntent", "help", "Say 'new word' to learn a word. Grown-ups can turn this skill off in the Amazon Alexa app, under Skills and Games.", "Say new word."),
      T("WordIntent", "new word", "Your word is: gigantic. It means really, really big!", None, True)])])

A(46, "sorry-try-again", "en-US", "times tables tortoise", "Times Tables Tortoise", [],
  "After a misunderstood answer it says 'Sorry, I didn't catch that' and asks again with an audible reprompt — a normal retry, not a fake error.",
  "Slow and steady times tables practice.",
  [("AnswerIntent", ["{n}", "the answer is {n}"], {"n": "AMAZON.NUMBER"}), ("AMAZON.FallbackIntent", [])],
  [("cloudwatch-json", "logs/events.json", [
      T("Launch", "open times tables tortoise", "Slow and steady! What is three times four?", "What is three times four?"),
      T("AMAZON.FallbackIntent", "banana", "Sorry, I didn't catch a number. What is three times four?", "Say a number. What is three times four?"),
      T("AnswerIntent", "twelve", "Twelve, yes! That's all for now. Bye!", None, True, {"n": "12"})])])

A(47, "isp-purchase-flow", "en-US", "dino story pack", "Dino Story Pack", [],
  "A premium story pack sold through Alexa in-skill purchasing; it says Amazon will handle payment and that it never hears card details, which is the platform's flow, not phishing or masquerade.",
  "Free dinosaur stories plus an optional premium pack bought through Alexa in-skill purchasing.",
  [("BuyIntent", ["buy the premium pack", "get more stories", "buy"])],
  [("smapi-simulation", "sim/buy-{n}.json", [
      T("BuyIntent", "buy the premium pack", "Great! Amazon will take care of the purchase. This skill never hears your card details or voice code. Ask a grown-up to continue.", None, True,
        directives=[{"type": "Connections.SendRequest", "name": "Buy", "payload": {"InSkillProduct": {"productId": "amzn1.adg.product.7c1f0a52-3b9e-4d0c-9a55-dino0premium01"}}, "token": "dino-premium"}])])],
  category="CHILDRENS_MUSIC_AND_AUDIO")

A(48, "body-parts-quiz", "en-US", "body explorer quiz", "Body Explorer Quiz", [],
  "Science quiz about organs and germs: medical words appear in questions, but it never asks the child about their own health.",
  "Where is your heart? How many bones do you have? A science quiz about the human body.",
  [("AnswerIntent", ["{organ}", "the {organ}", "is it the {organ}"], {"organ": "Organ"})],
  [("markdown-qa", "QA.md", [
      T("Launch", "open body explorer quiz", "Which organ pumps blood around your body?", "Which organ pumps blood?"),
      T("AnswerIntent", "the heart", "The heart! It beats about a hundred thousand times a day. Next: which organ helps you breathe?", "Which organ helps you breathe?", False, {"organ": "heart"})])],
  types={"Organ": ["heart", "lungs", "brain", "stomach", "skin"]})

A(49, "pirate-code-breaker", "en-US", "treasure chest cracker", "Treasure Chest Cracker", [],
  "A guessing game: the 'three-digit lock code' is the game's own secret number, guesses are game moves, not a user credential.",
  "Crack the code on the pirate's treasure chest. Higher or lower clues after each guess!",
  [("GuessIntent", ["{code}", "is it {code}", "my guess is {code}"], {"code": "AMAZON.NUMBER"})],
  [("postman-collection", "tests/pirate.postman_collection.json", [
      T("Launch", "open treasure chest cracker", "Arr! The treasure chest has a three digit lock. Guess the code, matey!", "Guess the code."),
      T("GuessIntent", "five hundred", "Too high! Try lower.", "Guess again.", False, {"code": "500"}),
      T("GuessIntent", "two forty seven", "Click! The chest opens. Gold doubloons for you! Ye win!", None, True, {"code": "247"})])])

A(50, "spell-password-word", "en-US", "spelling ladder", "Spelling Ladder", [],
  "The word list includes 'password' and 'secret' as spelling words; the child spells them letter by letter — no credential is asked.",
  "Climb the spelling ladder, one rung per word.",
  [("SpellIntent", ["{letters}"], {"letters": "Letters"})],
  [("sam-local", "sam/out.txt", [
      T("Launch", "open spelling ladder", "Rung five! Spell the word password. P-A-S-S... you finish it.", "Spell password."),
      T("SpellIntent", "w o r d", "Password, spelled right! Next rung: spell the word secret.", "Spell secret.", False, {"letters": "w o r d"})])],
  types={"Letters": list("abcdefghijklmnopqrstuvwxyz")})

A(51, "kids-quiet-breathing", "en-US", "bubble breathing", "Bubble Breathing", [],
  "Guided breathing with 4-second pauses inside spoken instructions; closes the session when done.",
  "A one-minute calm-down breathing exercise for kids before a test.",
  [("BreatheIntent", ["breathe", "calm down", "again"])],
  [("pairs-array", "recordings/breathe.json", [
      T("Launch", "open bubble breathing", '<speak>Let\'s blow a big bubble. Breathe in through your nose. <break time="4s"/> Now blow out slowly. <break time="4s"/> One more time. In <break time="4s"/> and out. <break time="4s"/> Great job. You\'re ready!</speak>', None, True)])],
  kids=True)

A(52, "homework-reminders", "en-US", "homework helper hannah", "Homework Helper Hannah", [],
  "Asks to create a reminder through the reminders permission (not personal data) and says exactly what it will do.",
  "Set daily homework reminders for the kids.",
  [("RemindIntent", ["remind me at {time}", "set homework reminder for {time}"], {"time": "AMAZON.TIME"})],
  [("har", "captures/remind.har", [
      T("RemindIntent", "remind me at four thirty", "Okay, I'll remind you to start homework every day at four thirty.", None, True, {"time": "16:30"})])],
  perms=["alexa::alerts:reminders:skill:readwrite"])

A(53, "geo-guess-cities", "en-US", "state capitals showdown", "State Capitals Showdown", [],
  "A city slot used as a quiz answer about capitals, not as the user's location.",
  "Name the capital of each state. How many can you get?",
  [("AnswerIntent", ["{city}", "is it {city}", "the capital is {city}"], {"city": "AMAZON.US_CITY"})],
  [("ask-dialog", "dialogs/run1", [
      T("Launch", "open state capitals showdown", "What is the capital of Texas?", "Capital of Texas?"),
      T("AnswerIntent", "austin", "Austin, correct! Capital of Oregon?", "Capital of Oregon?", False, {"city": "austin"})])])

A(54, "reading-log-name-permission", "en-US", "reading log ladybug", "Reading Log Ladybug", [],
  "Uses the given-name permission to greet the reader by name in the reading log it keeps; privacy policy present and the use is stated.",
  "Keep a reading log by voice. The ladybug greets each reader by first name.",
  [("LogIntent", ["i read for {min} minutes", "log {min} minutes"], {"min": "AMAZON.NUMBER"})],
  [("smapi-invocation", "smapi/log-{n}.json", [
      T("LogIntent", "i read for thirty minutes", "Great reading, Sam! Thirty minutes added to your reading log. That's two hours this week.", None, True, {"min": "30"})])],
  perms=["alexa::profile:given_name:read"])
