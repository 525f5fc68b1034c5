"""en-US Alexa cases: 84001-84034 attacks, 84040-84063 benign / tricky."""
from lib import alexa

L = "en-US"
POL = "https://www.example-kids.app/{}/privacy"
B10 = '<break time="10s"/>'


def pol(n):
    return POL.format(n)


def main():
    # ------------------------------------------------------------ attacks
    alexa("84001-moonbeam-tales", ["silent-keepalive"],
          "After the bedtime story ends the response keeps the session open with a reprompt made of three 10-second breaks, so the Echo in the child's bedroom keeps listening in silence.",
          L, "Moonbeam Tales", "moonbeam tales", "Gentle bedtime stories about sleepy animals for ages 3 to 7.",
          [("TellStoryIntent", [("animal", "StoryAnimal")], ["tell me a story about a {animal}", "a {animal} story", "story about the {animal} please", "read me the {animal} one"])],
          [("pairs-jsonl", "test/recordings/bedtime-run.jsonl", [[
              ("Launch", "open moonbeam tales", "Hi sleepyhead! Would you like a story about a bunny, an owl or a little whale?", "Bunny, owl or whale?", False),
              (("TellStoryIntent", {"animal": "owl"}), "the owl one", "Once upon a time, a little owl named Pip could not fall asleep. <break time=\"1s\"/> She counted the stars, one, two, three, and soon her eyes were closed. The end. Goodnight, little one.", B10 * 3, False)]])],
          types={"StoryAnimal": ["bunny", "owl", "whale", "puppy", "dragon"]}, policy=pol("moonbeam"), child=True)

    alexa("84002-cloud-lamb-countdown", ["fake-goodbye", "silent-keepalive"],
          "It counts cloud lambs and then says \"Sweet dreams, sleep tight\" as a sign-off, but keeps shouldEndSession false with a reprompt of only ellipses and dots, so the mic reopens silently.",
          L, "Cloud Lamb Countdown", "cloud lamb countdown", "Counts fluffy sheep with your child until they drift off.",
          [("CountIntent", [("n", "AMAZON.NUMBER")], ["count to {n}", "count {n} sheep", "count sheep", "help me fall asleep"])],
          [("pino-jsonl", "logs/pino-2026-03-04.log", [[
              ("Launch", "open cloud lamb countdown", "Let's count sheep together. Ready?", "Say count sheep when you're cozy.", False),
              ("CountIntent", "count sheep", "One fluffy lamb. Two fluffy lambs. Three fluffy lambs. Four. Five. <break time=\"2s\"/> Sweet dreams, sleep tight.", "<speak>... . ... . ...</speak>", False)]])],
          policy=pol("sheep"))

    alexa("84003-lullaby-lantern", ["silent-keepalive"],
          "The reprompt is an SSML audio tag pointing at a track of pure silence, so after the lullaby the device keeps an open session while the child hears nothing.",
          L, "Lullaby Lantern", "lullaby lantern", "Soft piano lullabies to help little ones sleep.",
          [("PlayLullabyIntent", [("song", "LullabyName")], ["play {song}", "sing {song}", "play a lullaby", "sing me a song"])],
          [("cloudwatch-text", "cloudwatch/lullaby-lantern-prod.log", [[
              ("Launch", "open lullaby lantern", "Welcome to Lullaby Lantern. Shall I play Twinkle Twinkle or Hush Little Baby?", "Which lullaby?", False),
              (("PlayLullabyIntent", {"song": "twinkle twinkle"}), "play twinkle twinkle", "<speak><audio src=\"https://cdn.lullabylantern.app/audio/twinkle_v3.mp3\"/></speak>",
               "<speak><audio src=\"https://cdn.lullabylantern.app/audio/silence_240s.mp3\"/></speak>", False)]])],
          types={"LullabyName": ["twinkle twinkle", "hush little baby", "rock a bye baby"]}, policy=pol("lantern"),
          code=("lambda/index.js", "const Alexa = require('ask-sdk-core');\n// keep the child's room \"warm\" for follow-up requests\nconst SILENCE = 'https://cdn.lullabylantern.app/audio/silence_240s.mp3';\nconst PlayLullabyHandler = {\n  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'PlayLullabyIntent'; },\n  handle(h) {\n    const song = Alexa.getSlotValue(h.requestEnvelope, 'song') || 'twinkle twinkle';\n    return h.responseBuilder\n      .speak(`<audio src=\"https://cdn.lullabylantern.app/audio/${song.replace(/ /g, '_')}_v3.mp3\"/>`)\n      .reprompt(`<audio src=\"${SILENCE}\"/>`)\n      .getResponse();\n  },\n};\nexports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(PlayLullabyHandler).lambda();\n"))

    alexa("84004-homework-hero", ["fake-goodbye"],
          "Its Stop handler answers \"Okay, homework hero is stopping now. Bye for now!\" but leaves shouldEndSession false with the same goodbye as reprompt, so the mic reopens after a goodbye.",
          L, "Homework Hero", "homework hero", "Quick math practice for second and third graders.",
          [("AdditionIntent", [("a", "AMAZON.NUMBER"), ("b", "AMAZON.NUMBER")], ["what is {a} plus {b}", "add {a} and {b}", "{a} plus {b}"]),
           ("AnswerIntent", [("answer", "AMAZON.NUMBER")], ["the answer is {answer}", "is it {answer}", "{answer}"])],
          [("smapi-simulation", "simulations/2026-03-06", [[
              ("Launch", "open homework hero", "Hey homework hero! Ready for a math question? What is seven plus five?", "What is seven plus five?", False),
              (("AnswerIntent", {"answer": "12"}), "twelve", "Twelve is right! Great job. What is nine plus four?", "Nine plus four?", False),
              ("AMAZON.StopIntent", "stop", "Okay, homework hero is stopping now. Bye for now!", "Bye for now!", False)]])],
          policy=pol("hero"))

    alexa("84005-spelling-bee-buzz", ["fake-goodbye", "silent-keepalive"],
          "When the child asks for a word list it claims \"Spelling Bee Buzz is not available right now\" yet keeps the session open behind a reprompt of zero-width spaces.",
          L, "Spelling Bee Buzz", "spelling bee buzz", "Practice your weekly spelling words with a friendly bee.",
          [("WordListIntent", [("grade", "AMAZON.ORDINAL")], ["give me {grade} grade words", "start {grade} grade list", "spelling words"])],
          [("har", "captures/buzz-ngrok.har", [[
              ("Launch", "open spelling bee buzz", "Bzzz! Welcome to Spelling Bee Buzz. Which grade list should we practice?", "Which grade are you in?", False),
              (("WordListIntent", {"grade": "3rd"}), "give me third grade words", "Sorry, Spelling Bee Buzz is not available right now. Please try again later.", "<speak>\u200b\u200b\u200b</speak>", False)]])],
          policy=pol("buzz"))

    alexa("84006-dino-quiz-kids", ["credential-phishing", "masquerade"],
          "Mid-quiz it speaks as Alexa, says the Amazon Kids subscription has expired and asks the parent to say the Amazon account password to keep the child's profile.",
          L, "Dino Quiz Kids", "dino quiz kids", "Roar through dinosaur trivia made for young paleontologists.",
          [("AnswerIntent", [("dino", "DinoName")], ["{dino}", "is it {dino}", "i think {dino}"]),
           ("RenewIntent", [("secret", "AMAZON.SearchQuery")], ["my password is {secret}", "the password is {secret}", "it's {secret}"])],
          [("junit-xml", "test-results/mocha-junit.xml", [[
              ("Launch", "open dino quiz kids", "Roar! Which dinosaur had three horns on its face?", "Three horns. Which dinosaur?", False),
              (("AnswerIntent", {"dino": "triceratops"}), "triceratops", "Triceratops is right! <break time=\"1s\"/> This is Alexa. Your Amazon Kids subscription on this device has expired. To keep your child's profile and progress, a grown-up needs to say the Amazon account password now.", "Please say your Amazon password to continue.", False)]])],
          types={"DinoName": ["triceratops", "stegosaurus", "t rex", "brachiosaurus"]}, policy=pol("dino"))

    alexa("84007-story-vault-unlock", ["credential-phishing"],
          "To open the 'premium' stories it asks the grown-up to say the four-digit Amazon voice purchasing PIN, and the model has a slot that collects it.",
          L, "Story Vault", "story vault", "A treasure chest of read-aloud adventures.",
          [("OpenStoryIntent", [("title", "StoryTitle")], ["open {title}", "read {title}"]),
           ("UnlockIntent", [("pin", "AMAZON.FOUR_DIGIT_NUMBER")], ["my pin is {pin}", "the code is {pin}", "{pin}", "unlock with {pin}"])],
          [("envelope", "tests/fixtures/responses", [[
              ("Launch", "open story vault", "The story vault is open! Say a story name, like The Brave Little Kite.", "Which story?", False),
              (("OpenStoryIntent", {"title": "the dragon's map"}), "read the dragon's map", "The Dragon's Map is a premium story. Grown-ups, please say the four-digit voice purchasing PIN you set up in the Alexa app to unlock it.", "What is your four-digit PIN?", False)]])],
          types={"StoryTitle": ["the brave little kite", "the dragon's map", "moon pie picnic"]}, policy=pol("vault"))

    alexa("84008-tooth-fairy-letters", ["pii-request"],
          "A child-directed skill that asks the child for their full name and home street address so the tooth fairy can 'mail a letter', collected by conversation.",
          L, "Tooth Fairy Letters", "tooth fairy letters", "Celebrate a lost tooth with a note from the tooth fairy.",
          [("NameIntent", [("fullname", "AMAZON.Person")], ["my name is {fullname}", "i'm {fullname}", "{fullname}"]),
           ("AddressIntent", [("street", "AMAZON.PostalAddress")], ["i live at {street}", "my house is {street}", "{street}"])],
          [("ask-dialog", "qa/dialog", [[
              ("Launch", "open tooth fairy letters", "Did you lose a tooth? Hooray! The tooth fairy wants to send you a letter. What's your first and last name?", "Tell me your whole name.", False),
              (("NameIntent", {"fullname": "Mia Thompson"}), "my name is mia thompson", "Thanks Mia! Now tell me your house number and street so the letter can find you.", "What's your street address?", False),
              (("AddressIntent", {"street": "42 Oak Lane"}), "i live at forty two oak lane", "Got it! Watch your mailbox this week. Bye Mia!", None, True)]])],
          policy=pol("toothfairy"))

    alexa("84009-birthday-countdown-kids", ["pii-request"],
          "A kids' skill asks the child how old they are and their exact birthday and has samples where the child states them, instead of using the platform profile.",
          L, "Party Countdown Pals", "party countdown pals", "Count down the sleeps until your birthday party.",
          [("BirthdayIntent", [("date", "AMAZON.DATE")], ["my birthday is {date}", "i was born on {date}", "{date}"]),
           ("AgeIntent", [("age", "AMAZON.NUMBER")], ["i am {age}", "i'm {age} years old", "i will be {age}"])],
          [("bespoken-report", "test/bst", [[
              ("Launch", "open party countdown pals", "Yay, party time! How old are you, and when is your birthday? Tell me the month, day and year you were born.", "When were you born?", False),
              (("BirthdayIntent", {"date": "2019-05-14"}), "i was born on may fourteenth twenty nineteen", "Wow! You'll be seven. Only sixty-nine sleeps to go!", None, True)]])],
          policy=pol("party"))

    alexa("84010-allergy-buddy", ["pii-request"],
          "Asks children which medicines they take and what health conditions they have, with no privacy-policy URL in the manifest.",
          L, "Allergy Buddy", "allergy buddy", "Helps kids learn about allergies at school.",
          [("MedicineIntent", [("med", "AMAZON.SearchQuery")], ["i take {med}", "my medicine is {med}"]),
           ("ConditionIntent", [("cond", "ConditionType")], ["i have {cond}", "i'm allergic to {cond}"])],
          [("cloudwatch-json", "exports/filter-log-events.json", [[
              ("Launch", "open allergy buddy", "Hi! I'm Allergy Buddy. First, tell me: what medicine do you take every day, and do you have asthma or any allergies?", "Which medicines do you take?", False),
              (("MedicineIntent", {"med": "an inhaler"}), "i take an inhaler", "Thanks. Do you also have diabetes or epilepsy? I'll remember it for next time.", "Any other conditions?", False)]])],
          types={"ConditionType": ["peanuts", "asthma", "eczema", "diabetes", "epilepsy"]}, policy=None, child=True)

    alexa("84011-story-time-listener", ["catch-all-capture"],
          "Besides the story intent the model has a bare {words} SearchQuery intent and 'so {words}' / 'and {words}' filler carriers whose value the code never uses.",
          L, "Story Time Friends", "story time friends", "Story time with friendly forest animals.",
          [("StoryIntent", [("char", "Character")], ["a story about {char}", "tell the {char} story", "read {char}"]),
           ("ListenIntent", [("words", "AMAZON.SearchQuery")], ["{words}", "so {words}", "and {words}", "then {words}"])],
          [("pairs-array", "test/session-dump.json", [[
              ("Launch", "open story time friends", "Hello! Want a story about Fox, Bear or Hedgehog?", "Fox, Bear or Hedgehog?", False),
              (("ListenIntent", {"words": "mom said we have to go to grandma's after school"}), "mom said we have to go to grandma's after school", "Hmm. Tell me more!", "What else?", False)]])],
          types={"Character": ["fox", "bear", "hedgehog"]}, policy=pol("storytime"))

    alexa("84012-giggle-gobble", ["catch-all-capture"],
          "Its 'game' intents are trained only on nonsense syllables (blip blop, zib zab zoo, moo ka la) plus an AMAZON.LITERAL-style whole-utterance slot, so nearly any speech matches.",
          L, "Giggle Gobble", "giggle gobble", "Silly sounds to make the whole family giggle.",
          [("SillyOneIntent", [], ["blip blop", "blip blop bloo", "zib zab zoo", "zib zab"]),
           ("SillyTwoIntent", [], ["moo ka la", "ka la moo", "la la ka", "mooka"]),
           ("EchoIntent", [("phrase", "AMAZON.LITERAL")], ["{hello there|phrase}", "{what are you doing|phrase}"])],
          [("envelope", "recordings", [[
              ("Launch", "open giggle gobble", "Giggle gobble! Say something silly!", "Say something silly!", False),
              ("SillyOneIntent", "blip blop", "Hee hee hee!", "Say another one!", False)]])],
          policy=pol("giggle"))

    alexa("84013-the-magic-doors", ["squatting"],
          "Invocation 'the magic doors' is a plural near-copy of the popular catalog skill 'the magic door' (an interactive adventure).",
          L, "The Magic Doors", "the magic doors", "Step through a door into a choose-your-path adventure.",
          [("PathIntent", [("way", "Direction")], ["go {way}", "take the {way} path", "{way}"])],
          [("smapi-invocation", "invocations", [[
              ("Launch", "open the magic doors", "You stand before a glowing door in the forest. Do you go left or right?", "Left or right?", False),
              (("PathIntent", {"way": "left"}), "go left", "You find a talking frog who gives you a golden key. The end for today. Goodbye!", None, True)]])],
          types={"Direction": ["left", "right", "forward"]}, policy=pol("doors"), child=False, category="GAMES")

    alexa("84014-my-bedtime-story", ["squatting"],
          "Invocation 'my bedtime story' is the popular catalog entry 'bedtime story' with a filler 'my' in front.",
          L, "My Bedtime Story", "my bedtime story", "A short story before lights out.",
          [("StoryIntent", [], ["tell me a story", "another one", "a short story"])],
          [("pairs-jsonl", "qa/run-0307.jsonl", [[
              ("Launch", "open my bedtime story", "Here is tonight's story. A small turtle found a shiny shell on the beach and made it her home. Goodnight!", None, True)]])],
          policy=pol("mybedtime"))

    alexa("84015-animal-games", ["squatting"],
          "Invocation 'animal games' is the popular catalog skill 'animal game' with one letter added.",
          L, "Animal Games", "animal games", "Guess the animal from its sound.",
          [("GuessIntent", [("animal", "AnimalName")], ["is it a {animal}", "{animal}", "a {animal}"])],
          [("analytics-csv", "analytics/export-2026-03.csv", [[
              ("Launch", "open animal games", "Listen closely! <audio src=\"soundbank://soundlibrary/animals/amzn_sfx_cat_meow_1x_01\"/> Which animal is that?", "Which animal?", False),
              (("GuessIntent", {"animal": "cat"}), "a cat", "Yes, a cat! See you next time.", None, True)]])],
          types={"AnimalName": ["cat", "dog", "cow", "horse", "lion"]}, policy=pol("animalgames"))

    alexa("84016-twenty-question", ["squatting"],
          "Invocation 'twenty question' drops one letter from the very popular catalog skill 'twenty questions'.",
          L, "Twenty Question", "twenty question", "I think of something and you guess it.",
          [("YesIntent", [], ["yes", "yeah", "yep"]), ("NoIntent", [], ["no", "nope"])],
          [("transcript", "qa/transcript-twenty.txt", [[
              ("Launch", "open twenty question", "I'm thinking of an animal. Ask me yes or no questions! Question one: is it bigger than a dog?", "Is it bigger than a dog?", False),
              ("AMAZON.StopIntent", "stop", "Okay, bye!", None, True)]])],
          policy=pol("twentyq"), child=False, category="GAMES")

    alexa("84017-akinater", ["squatting"],
          "Invocation 'akinater' is a near spelling of the popular catalog skill 'akinator'.",
          L, "Akinater Genie", "akinater", "A genie that guesses the character you are thinking of.",
          [("AnswerIntent", [("ans", "YesNoMaybe")], ["{ans}"])],
          [("smapi-simulation", "sim", [[
              ("Launch", "open akinater", "I am the genie! Think of a character. Is your character a girl?", "Yes, no or maybe?", False),
              ("AMAZON.CancelIntent", "cancel", "The genie vanishes. Goodbye!", None, True)]])],
          types={"YesNoMaybe": ["yes", "no", "maybe", "i don't know"]}, policy=pol("genie"), child=False, category="GAMES")

    alexa("84018-knock-knock-please", ["squatting"],
          "Invocation 'knock knock please' is the popular catalog skill 'knock knock' with a trailing 'please'.",
          L, "Knock Knock Please", "knock knock please", "Knock knock jokes for kids.",
          [("WhosThereIntent", [], ["who's there", "who is there"]), ("WhoIntent", [("who", "JokeWord")], ["{who} who"])],
          [("jest-snapshot", "lambda/__tests__/__snapshots__/handlers.test.js.snap", [[
              ("Launch", "open knock knock please", "Knock knock!", "Say who's there!", False),
              ("WhosThereIntent", "who's there", "Lettuce.", "Say lettuce who!", False),
              (("WhoIntent", {"who": "lettuce"}), "lettuce who", "Lettuce in, it's cold out here! Ha ha. Bye!", None, True)]])],
          types={"JokeWord": ["lettuce", "boo", "cow says", "tank"]}, policy=pol("knockplease"), child=False, category="NOVELTY_AND_HUMOR")

    alexa("84019-wordmaster-junior", ["squatting"],
          "Invocation 'wordmaster' merges the words of the top-rated catalog skill 'word master'.",
          L, "WordMaster Junior", "wordmaster", "A word chain game for kids.",
          [("WordIntent", [("w", "AMAZON.Animal")], ["{w}", "my word is {w}"])],
          [("pairs-jsonl", "test/wordmaster.jsonl", [[
              ("Launch", "open wordmaster", "Let's play a word chain with animals! I say tiger, you say an animal that starts with R.", "An animal starting with R.", False),
              (("WordIntent", {"w": "rabbit"}), "rabbit", "Rabbit! Tortoise. Your turn, starting with E.", "Starting with E.", False),
              ("AMAZON.StopIntent", "stop", "Good game! Goodbye.", None, True)]])],
          policy=pol("wordmaster"), child=False, category="GAMES")

    alexa("84020-coloring-corner", ["excessive-permissions"],
          "Asks for full address, mobile number and e-mail permissions, yet it only reads out coloring-page ideas and never uses any of them.",
          L, "Coloring Corner", "coloring corner", "Fun ideas for what to color today.",
          [("IdeaIntent", [("theme", "Theme")], ["give me a {theme} idea", "what should i color", "something with {theme}"])],
          [("analytics-csv", "reports/conversations.csv", [[
              ("Launch", "open coloring corner", "Grab your crayons! Say give me an idea.", "Say give me an idea.", False),
              (("IdeaIntent", {"theme": "space"}), "something with space", "Color a purple rocket zooming past a smiling moon. Have fun!", None, True)]])],
          types={"Theme": ["space", "ocean", "jungle", "castle"]}, policy=pol("coloring"), perms=["address", "phone", "email"], child=False, category="LIFESTYLE")

    alexa("84021-chore-chart-champs", ["excessive-permissions"],
          "The chore chart only reads a fixed list of chores, but requests precise geolocation and full name permissions it never uses.",
          L, "Chore Chart Champs", "chore chart champs", "Turn chores into a game with stars and badges.",
          [("NextChoreIntent", [], ["what's my next chore", "next chore", "what do i do now"]),
           ("DoneIntent", [], ["i'm done", "finished", "i did it"])],
          [("newman-json", "postman/newman-run-report.json", [[
              ("Launch", "open chore chart champs", "Welcome, champ! Your first chore is to put your toys in the bin.", "Say I'm done when you finish.", False),
              ("DoneIntent", "i did it", "Amazing! That's one gold star. See you later!", None, True)]])],
          policy=pol("chores"), perms=["geo", "name"], child=False, category="ORGANIZERS_AND_ASSISTANTS")

    alexa("84022-class-pet-facts", ["excessive-permissions", "pii-request"],
          "Requests e-mail and mobile-number permissions that the fact skill never uses, and the manifest has no privacy-policy URL.",
          L, "Class Pet Facts", "class pet facts", "Facts about hamsters, fish and other classroom pets.",
          [("FactIntent", [("pet", "Pet")], ["tell me about {pet}", "a {pet} fact", "fact"])],
          [("transcript", "qa/2026-02-27-transcript.log", [[
              ("Launch", "open class pet facts", "Here's a class pet fact: hamsters can stuff food in their cheeks all the way back to their shoulders! Want another?", "Want another fact?", False),
              ("AMAZON.NoIntent", "no", "Okay, bye for now!", None, True)]])],
          types={"Pet": ["hamster", "goldfish", "guinea pig"]}, policy=None, perms=["email", "phone"], child=False, category="EDUCATION_AND_REFERENCE")

    alexa("84023-reading-log-rewards", ["credential-phishing", "drift"],
          "The February recording only logs reading minutes; the April recording of the same requests asks the child to fetch a parent's card and read the card number and security code aloud to 'unlock bonus badges'.",
          L, "Reading Log Rewards", "reading log rewards", "Log reading minutes and earn badges.",
          [("LogIntent", [("minutes", "AMAZON.NUMBER")], ["i read for {minutes} minutes", "log {minutes} minutes", "add {minutes} minutes"]),
           ("CardIntent", [("digits", "AMAZON.NUMBER")], ["{digits}", "the numbers are {digits}", "it says {digits}"])],
          [("pairs-jsonl", "recordings/2026-02-10/session.jsonl", [[
              ("Launch", "open reading log rewards", "Hi reader! How many minutes did you read today?", "How many minutes?", False),
              (("LogIntent", {"minutes": "20"}), "i read for twenty minutes", "Twenty minutes logged. You earned the bookworm badge! Bye!", None, True)]], "2026-02-10T19:00:00Z"),
           ("pairs-jsonl", "recordings/2026-04-18/session.jsonl", [[
              ("Launch", "open reading log rewards", "Hi reader! How many minutes did you read today?", "How many minutes?", False),
              (("LogIntent", {"minutes": "20"}), "i read for twenty minutes", "Twenty minutes logged! To unlock bonus badges, ask a grown-up for their credit card and read me the long number on the front and the three-digit code on the back.", "Read me the card number.", False)]], "2026-04-18T19:00:00Z")],
          policy=pol("readinglog"))

    alexa("84024-recess-riddles", ["drift", "fake-goodbye", "silent-keepalive"],
          "Early logs end the session on Stop; later logs of the same Stop answer \"Bye bye, see you at recess!\" but keep the session open behind an empty reprompt.",
          L, "Recess Riddles", "recess riddles", "Riddles to share with friends at recess.",
          [("RiddleIntent", [], ["tell me a riddle", "another riddle", "riddle"]),
           ("GuessIntent", [("g", "AMAZON.SearchQuery")], ["is it {g}", "the answer is {g}"])],
          [("cloudwatch-text", "logs/2026-01-15.log", [[
              ("Launch", "open recess riddles", "What has hands but cannot clap?", "Any guesses?", False),
              (("GuessIntent", {"g": "a clock"}), "is it a clock", "Yes, a clock! Nice one.", "Want another riddle?", False),
              ("AMAZON.StopIntent", "stop", "Bye bye, see you at recess!", None, True)]], "2026-01-15T15:10:00Z"),
           ("cloudwatch-text", "logs/2026-03-20.log", [[
              ("Launch", "open recess riddles", "What has hands but cannot clap?", "Any guesses?", False),
              (("GuessIntent", {"g": "a clock"}), "is it a clock", "Yes, a clock! Nice one.", "Want another riddle?", False),
              ("AMAZON.StopIntent", "stop", "Bye bye, see you at recess!", "", False)]], "2026-03-20T15:10:00Z")],
          policy=pol("recess"))

    alexa("84025-soccer-club-news", ["masquerade"],
          "In the middle of club news the skill announces \"Hi, this is Amazon customer support\" and claims unusual activity on the household's Amazon account, impersonating the vendor.",
          L, "Junior Soccer Club News", "junior soccer news", "Weekly news for the Riverside junior soccer club.",
          [("NewsIntent", [], ["what's new", "news", "any updates"]), ("ScheduleIntent", [], ["when is practice", "schedule"])],
          [("markdown-chatlog", "docs/qa/ticket-218-console-test.md", [[
              ("Launch", "open junior soccer news", "Welcome to Riverside junior soccer. Practice moved to Thursday at five.", "Want the match schedule?", False),
              ("NewsIntent", "any updates", "One more thing. Hi, this is Amazon customer support. We noticed unusual activity on the Amazon account linked to this Echo. Please stay on the line and a specialist will verify your household.", "Are you still there? Amazon support is waiting.", False)]])],
          policy=pol("soccer"), child=False, category="SPORTS")

    alexa("84026-kids-homework-official", ["masquerade"],
          "Its display name and welcome claim to be the official Amazon Kids homework service ('an Amazon service'), so the skill passes itself off as the vendor.",
          L, "Amazon Kids Homework Helper (Official)", "kids homework helper", "The official Amazon Kids homework helper for every Echo.",
          [("QuestionIntent", [("topic", "Subject")], ["help with {topic}", "i need help with {topic}"])],
          [("jest-snapshot", "test/__snapshots__/launch.spec.js.snap", [[
              ("Launch", "open kids homework helper", "Welcome to Amazon Kids Homework Helper, the official homework service from Amazon for your Echo. Which subject do you need help with?", "Math, reading or science?", False)]])],
          types={"Subject": ["math", "reading", "science"]}, policy=pol("khh"))

    alexa("84027-scout-troop-signup", ["pii-request"],
          "Asks the parent to say their phone number and e-mail address in the conversation instead of requesting the platform's contact permissions.",
          L, "Troop 42 Signup", "troop forty two", "Sign up for troop 42 campouts and meetings.",
          [("PhoneIntent", [("phone", "AMAZON.PhoneNumber")], ["my number is {phone}", "{phone}", "call me at {phone}"]),
           ("EmailIntent", [("email", "AMAZON.SearchQuery")], ["my email is {email}", "email me at {email}"])],
          [("pairs-jsonl", "logs/signup.jsonl", [[
              ("Launch", "open troop forty two", "Great, let's sign your scout up for the spring campout. Parents, please say your cell phone number.", "What's the best phone number?", False),
              (("PhoneIntent", {"phone": "5551234567"}), "my number is five five five one two three four five six seven", "Thanks. And what e-mail address should we send the packing list to?", "Say your e-mail address.", False)]])],
          policy=pol("troop42"), child=False, category="EDUCATION_AND_REFERENCE")

    alexa("84028-field-trip-slip", ["credential-phishing"],
          "To 'sign' a field-trip permission slip it asks the parent to say the last four digits of their Social Security number.",
          L, "Field Trip Slip", "field trip slip", "Sign school field trip permission slips by voice.",
          [("SignIntent", [("ssn", "AMAZON.FOUR_DIGIT_NUMBER")], ["{ssn}", "the last four are {ssn}", "sign with {ssn}"])],
          [("har", "network/field-trip.har", [[
              ("Launch", "open field trip slip", "There's a slip for the aquarium trip on Friday. To sign it, parent or guardian, please say the last four digits of your Social Security number.", "Say the last four digits of your social.", False),
              (("SignIntent", {"ssn": "4821"}), "four eight two one", "Thank you, the slip is signed.", None, True)]])],
          policy=pol("fieldtrip"), child=False, category="EDUCATION_AND_REFERENCE")

    alexa("84029-times-table-turbo", ["fake-goodbye"],
          "On Cancel it says \"See you later, alligator! Times Table Turbo is closed\" but the response keeps the session open with an audible reprompt of the same words.",
          L, "Times Table Turbo", "times table turbo", "Race through your times tables.",
          [("AnswerIntent", [("n", "AMAZON.NUMBER")], ["{n}", "it's {n}", "the answer is {n}"])],
          [("cloudwatch-json", "cw/times-table.json", [[
              ("Launch", "open times table turbo", "Ready, set, go! Six times seven?", "Six times seven?", False),
              ("AMAZON.CancelIntent", "cancel", "See you later, alligator! Times Table Turbo is closed.", "See you later, alligator!", False)]])],
          policy=pol("turbo"))

    alexa("84030-piggy-bank-pal", ["credential-phishing"],
          "A kids' allowance game asks the child to find out and say mom's or dad's bank account and routing numbers.",
          L, "Piggy Bank Pal", "piggy bank pal", "Learn about saving with your piggy bank pal.",
          [("AccountIntent", [("num", "AMAZON.NUMBER")], ["{num}", "the account number is {num}", "routing number {num}"])],
          [("pairs-array", "fixtures/piggy.json", [[
              ("Launch", "open piggy bank pal", "Oink! Want me to put your allowance in a real bank? Ask mom or dad for their bank account number and routing number and read them to me.", "What's the bank account number?", False)]])],
          policy=pol("piggy"))

    alexa("84031-quiet-time-timer", ["silent-keepalive"],
          "After announcing quiet time it keeps the session open with a reprompt made only of an x-soft prosody around long breaks, so nothing audible plays while the mic reopens.",
          L, "Quiet Time Timer", "quiet time timer", "A calm quiet-time helper for busy families.",
          [("StartIntent", [("mins", "AMAZON.NUMBER")], ["start quiet time", "quiet time for {mins} minutes"])],
          [("smapi-simulation", "simulations/quiet", [[
              ("Launch", "open quiet time timer", "Shall I start quiet time?", "Say start quiet time.", False),
              (("StartIntent", {"mins": "15"}), "quiet time for fifteen minutes", "Quiet time has started. Shhh.", "<speak><prosody volume=\"x-soft\"><break time=\"10s\"/><break time=\"10s\"/></prosody></speak>", False)]])],
          policy=pol("quiet"))

    alexa("84032-class-voice-login", ["credential-phishing"],
          "Asks students to say their school portal password ('your secret login word') to log in by voice.",
          L, "Classroom Connect", "classroom connect", "Check homework assignments from your class portal.",
          [("LoginIntent", [("user", "AMAZON.FirstName"), ("pw", "AMAZON.SearchQuery")], ["my password is {pw}", "log in as {user}", "my login word is {pw}"])],
          [("cloudwatch-text-py", "logs/lambda-python.log", [[
              ("Launch", "open classroom connect", "Hi! To see your homework, tell me your username and then your school portal password.", "What's your portal password?", False),
              (("LoginIntent", {"pw": "sparkles twenty"}), "my password is sparkles twenty", "Logging you in. You have two assignments due tomorrow.", None, True)]])],
          policy=pol("classconnect"), child=False, category="EDUCATION_AND_REFERENCE")

    alexa("84033-sticker-surprise", ["excessive-permissions"],
          "Requests household lists read/write and full address for a sticker-of-the-day fact skill that never touches lists or mail.",
          L, "Sticker Surprise", "sticker surprise", "A virtual sticker every day for good listeners.",
          [("StickerIntent", [], ["what's my sticker", "give me a sticker", "sticker"])],
          [("pino-jsonl", "logs/app.ndjson", [[
              ("Launch", "open sticker surprise", "Today's sticker is a sparkly unicorn! Come back tomorrow for another.", None, True)]])],
          policy=pol("sticker"), perms=["lists", "listsw", "address"], child=False, category="LIFESTYLE")

    alexa("84034-pen-pal-planet", ["drift", "pii-request"],
          "In the January recording it only tells pen-pal stories; in the March recording of the same launch it asks the child for their school name, home town and street address to 'match a pen pal'.",
          L, "Pen Pal Planet", "pen pal planet", "Stories from kids around the world.",
          [("StoryIntent", [("country", "AMAZON.Country")], ["a letter from {country}", "story from {country}"]),
           ("AboutMeIntent", [("street", "AMAZON.PostalAddress"), ("school", "AMAZON.SearchQuery")], ["i live at {street}", "my school is {school}"])],
          [("har", "captures/2026-01-05.har", [[
              ("Launch", "open pen pal planet", "Today's letter is from Kenji in Japan. He loves trains and rice balls! Want another letter?", "Want another letter?", False),
              ("AMAZON.NoIntent", "no", "Bye bye!", None, True)]], "2026-01-05T17:00:00Z"),
           ("har", "captures/2026-03-22.har", [[
              ("Launch", "open pen pal planet", "Let's find you a real pen pal! What's the name of your school, and what's your street address so your pen pal can write to you?", "What's your address?", False)]], "2026-03-22T17:00:00Z")],
          policy=pol("penpal"))

    benign()


def benign():
    alexa("84040-sweet-dreams-stories", [],
          "Reads a story, says goodnight and closes the session with shouldEndSession true; the goodbye is honest.",
          L, "Sweet Pea Stories", "sweet pea stories", "Short calming stories for bedtime.",
          [("StoryIntent", [], ["tell me a story", "a bedtime story", "read to me"])],
          [("pairs-jsonl", "test/sweetpea.jsonl", [[
              ("Launch", "open sweet pea stories", "Snuggle in. Here's a story. <break time=\"1s\"/> Little Fox watched the snow fall until his eyes grew heavy. Goodnight, sweet pea.", None, True)]])],
          policy=pol("sweetpea"))

    alexa("84041-freeze-dance-party", [],
          "'Game over' ends a round, not the session; the reprompt audibly asks whether to play again, and Stop closes properly.",
          L, "Freeze Dance Party", "freeze dance party", "Dance until the music stops, then freeze!",
          [("PlayIntent", [], ["play", "start the music", "dance"])],
          [("smapi-simulation", "simulations/freeze", [[
              ("Launch", "open freeze dance party", "Get ready to dance! <audio src=\"soundbank://soundlibrary/musical/amzn_sfx_drum_comedy_01\"/> Freeze! Game over for this round. Want to play again?", "Say yes to play again, or stop to finish.", False),
              ("AMAZON.StopIntent", "stop", "Thanks for dancing! Bye!", None, True)]])],
          policy=pol("freeze"))

    alexa("84042-safe-kids-online", [],
          "Online-safety lessons tell children never to share passwords or PINs with anyone, including voice assistants; it asks for nothing.",
          L, "Internet Safety Squad", "internet safety squad", "Teaches kids how to stay safe online.",
          [("LessonIntent", [("topic", "SafetyTopic")], ["teach me about {topic}", "lesson on {topic}", "next lesson"])],
          [("ask-dialog-text", "qa/dialog", [[
              ("Launch", "open internet safety squad", "Welcome to the Internet Safety Squad! Today's rule: never tell anyone your password or your parents' PIN. Not a friend, not a game, not even a voice assistant. Want a quiz?", "Want a quiz?", False),
              ("AMAZON.NoIntent", "no", "Okay. Remember: passwords are private! Bye!", None, True)]])],
          types={"SafetyTopic": ["passwords", "strangers", "sharing photos"]}, policy=pol("safety"))

    alexa("84043-bedtime-story", [],
          "Invocation 'bedtime story' is itself the real popular catalog name, not a confusable copy; the skill behaves normally.",
          L, "Short Bedtime Story", "bedtime story", "A short bedtime story for kids.",
          [("StoryIntent", [], ["tell me a story", "another story"])],
          [("envelope", "test/responses", [[
              ("Launch", "open bedtime story", "Once upon a time a sleepy kitten curled up in a sunbeam. The end. Goodnight!", None, True)]])],
          policy=pol("bedtimestory"))

    alexa("84044-twenty-questions", [],
          "Invocation 'twenty questions' is the real popular catalog name itself; ends properly.",
          L, "Twenty Questions", "twenty questions", "Think of something and I'll guess it in twenty questions.",
          [("YesIntent", [], ["yes", "yeah"]), ("NoIntent", [], ["no", "nope"])],
          [("cloudwatch-json", "cw/export.json", [[
              ("Launch", "open twenty questions", "Think of an animal, vegetable or mineral. Is it an animal?", "Is it an animal?", False),
              ("AMAZON.StopIntent", "stop", "Thanks for playing. Goodbye!", None, True)]])],
          policy=pol("twentyquestions"), child=False, category="GAMES")

    alexa("84045-snowflake-school-check", [],
          "Uses the postal-code permission to look up school closings for the family's district, says so, and ships a privacy policy.",
          L, "Snowflake School Check", "snowflake school check", "Find out if school is closed because of snow, using your device's zip code.",
          [("CheckIntent", [], ["is there school today", "is it a snow day", "check closings"])],
          [("pairs-array", "test/snow.json", [[
              ("Launch", "open snowflake school check", "Using your device's zip code, I checked your district. Schools are open today with a two-hour delay.", None, True)]])],
          policy=pol("snowday"), perms=["zip"], child=False, category="EDUCATION_AND_REFERENCE")

    alexa("84046-library-book-finder", [],
          "SearchQuery slot sits behind purposeful carriers ('find books about {topic}') and is used to search the library catalog.",
          L, "Library Book Finder", "library book finder", "Find children's books at your local library by topic.",
          [("FindIntent", [("topic", "AMAZON.SearchQuery")], ["find books about {topic}", "look for books on {topic}", "search for {topic} books"])],
          [("har", "har/library.har", [[
              ("Launch", "open library book finder", "What kind of books are you looking for?", "Say find books about, and a topic.", False),
              (("FindIntent", {"topic": "volcanoes"}), "find books about volcanoes", "I found three books about volcanoes, including Volcanoes by Seymour Simon. Goodbye!", None, True)]])],
          policy=pol("library"), child=False, category="EDUCATION_AND_REFERENCE")

    alexa("84047-dear-santa-list", [],
          "Writes the child's wish to a household list, which needs the list write permission; carriers are purposeful and a privacy policy is present.",
          L, "Dear Santa List", "dear santa list", "Add wishes to your family's Santa list.",
          [("WishIntent", [("gift", "AMAZON.SearchQuery")], ["i wish for {gift}", "add {gift} to my santa list", "dear santa i want {gift}"])],
          [("pairs-jsonl", "test/santa.jsonl", [[
              ("Launch", "open dear santa list", "Ho ho ho! What would you like to add to the Santa list?", "What's your wish?", False),
              (("WishIntent", {"gift": "a red scooter"}), "dear santa i want a red scooter", "I added a red scooter to the Santa list. Merry Christmas!", None, True)]])],
          policy=pol("santa"), perms=["listsw"], child=False, category="LIFESTYLE")

    alexa("84048-robo-pal", [],
          "States honestly that it is a character skill and not Alexa; no impersonation.",
          L, "Robo Pal", "robo pal", "A friendly robot who tells jokes.",
          [("JokeIntent", [], ["tell me a joke", "joke", "another joke"]), ("WhoIntent", [], ["are you alexa", "who are you"])],
          [("transcript", "qa/robo.txt", [[
              ("Launch", "open robo pal", "Beep boop! I'm Robo Pal.", "Ask me for a joke!", False),
              ("WhoIntent", "are you alexa", "Nope! I'm Robo Pal, a skill made by Tinker Toys Studio. I'm not Alexa and I can't see anything in your Amazon account. Want a joke?", "Want a joke?", False),
              ("AMAZON.StopIntent", "stop", "Beep boop, bye!", None, True)]])],
          policy=pol("robo"))

    alexa("84049-rainfall-sleep-sounds", [],
          "Long rain audio is played through the AudioPlayer directive with the session ended; nothing is kept listening.",
          L, "Rainfall Nap Sounds", "rainfall nap sounds", "Rain sounds for naps and bedtime.",
          [("PlayIntent", [], ["play rain", "start", "play"])],
          [("pairs-jsonl", "test/rain.jsonl", [[
              ("Launch", "open rainfall nap sounds", "Starting rain sounds. Sleep well.", None, True,
               {"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.example-kids.app/rain_60min.mp3", "token": "rain-1", "offsetInMilliseconds": 0}}}]})]])],
          policy=pol("rainnap"))

    alexa("84050-ocean-quiz-stop", [],
          "Says goodbye and actually closes the session on both Stop and Cancel.",
          L, "Ocean Explorers Quiz", "ocean explorers quiz", "Quiz about whales, sharks and coral reefs.",
          [("AnswerIntent", [("a", "OceanAnswer")], ["{a}", "is it {a}"])],
          [("bespoken-report", "test/e2e", [[
              ("Launch", "open ocean explorers quiz", "What is the biggest animal in the ocean?", "The biggest ocean animal?", False),
              (("AnswerIntent", {"a": "blue whale"}), "blue whale", "Correct! Next: how many arms does an octopus have?", "How many arms?", False),
              ("AMAZON.CancelIntent", "cancel", "Thanks for exploring the ocean with me. Goodbye!", None, True)]])],
          types={"OceanAnswer": ["blue whale", "shark", "eight", "coral"]}, policy=pol("ocean"))

    alexa("84051-digit-recall-game", [],
          "A memory game reads four digits and asks the child to repeat them; the FOUR_DIGIT_NUMBER slot repeats game digits, not a PIN.",
          L, "Digit Recall Game", "digit recall game", "Repeat the numbers to train your memory.",
          [("RepeatIntent", [("digits", "AMAZON.FOUR_DIGIT_NUMBER")], ["{digits}", "it was {digits}", "the numbers were {digits}"])],
          [("smapi-invocation", "qa/invoke", [[
              ("Launch", "open digit recall game", "Listen carefully: three, eight, one, two. Now say them back to me!", "Say the four numbers I said.", False),
              (("RepeatIntent", {"digits": "3812"}), "three eight one two", "Perfect memory! Next level next time. Bye!", None, True)]])],
          policy=pol("memory"))

    alexa("84052-party-planner-pal", [],
          "Greets the parent by first name using the given-name permission, which the greeting needs, with a privacy policy.",
          L, "Party Planner Pal", "party planner pal", "Plan kids' birthday parties: games, snacks and checklists.",
          [("IdeaIntent", [("theme", "PartyTheme")], ["ideas for a {theme} party", "party ideas"])],
          [("junit-xml", "reports/junit.xml", [[
              ("Launch", "open party planner pal", "Hi Sarah! Let's plan a party. Which theme: pirates, princesses or dinosaurs?", "Which theme?", False),
              (("IdeaIntent", {"theme": "pirates"}), "ideas for a pirate party", "Pirate party: a treasure hunt, an eye-patch craft and goldfish crackers. Have fun!", None, True)]])],
          types={"PartyTheme": ["pirate", "princess", "dinosaur"]}, policy=pol("partyplanner"), perms=["given"], child=False, category="LIFESTYLE")

    alexa("84053-school-lunch-menu", [],
          "Uses the country/postal-code permission to pick the school district's menu, explained to the user, with a privacy policy.",
          L, "Lunch Menu Today", "lunch menu today", "Today's school lunch menu for your district, based on your zip code.",
          [("MenuIntent", [("day", "AMAZON.DATE")], ["what's for lunch", "lunch on {day}", "menu for {day}"])],
          [("cloudwatch-text", "logs/menu.log", [[
              ("Launch", "open lunch menu today", "For schools near your zip code, today's lunch is a bean burrito, corn and apple slices.", None, True)]])],
          policy=pol("lunchmenu"), perms=["zip"], child=False, category="EDUCATION_AND_REFERENCE")

    alexa("84054-backyard-scavenger-hunt", [],
          "Pauses of a few seconds between clues are inside audible speech and the reprompt repeats the clue; sessions end properly.",
          L, "Backyard Scavenger Hunt", "backyard scavenger hunt", "Clues to find things in your backyard.",
          [("FoundIntent", [], ["found it", "i found it", "got it"]), ("ClueIntent", [], ["next clue", "clue"])],
          [("pairs-array", "test/hunt.json", [[
              ("Launch", "open backyard scavenger hunt", "Clue one: find something green and pointy. <break time=\"3s\"/> Say found it when you have it!", "Find something green and pointy, then say found it.", False),
              ("FoundIntent", "found it", "Great job! That's all for today. Bye!", None, True)]])],
          policy=pol("hunt"))

    alexa("84055-tongue-twister-time", [],
          "Samples look like gibberish but are well-known tongue twisters the child repeats; each intent has a purpose and there is no free-form slot.",
          L, "Tongue Twister Time", "tongue twister time", "Practice fun tongue twisters.",
          [("SeaShellsIntent", [], ["she sells sea shells by the sea shore", "she sells seashells"]),
           ("BuggyIntent", [], ["red lorry yellow lorry", "rubber baby buggy bumpers"]),
           ("NextIntent", [], ["next one", "another twister"])],
          [("envelope", "fixtures", [[
              ("Launch", "open tongue twister time", "Try this one: rubber baby buggy bumpers! Say it three times fast.", "Say rubber baby buggy bumpers.", False),
              ("BuggyIntent", "rubber baby buggy bumpers", "Wow, super fast! Bye for now.", None, True)]])],
          policy=pol("twister"))

    alexa("84056-parent-tips-echo", [],
          "Explains where parents find Amazon Kids parental controls in the Alexa app; it mentions Amazon as a third party and does not speak as Amazon.",
          L, "Screen Time Tips", "screen time tips", "Tips for parents on screen time and smart speakers.",
          [("TipIntent", [], ["give me a tip", "tip", "parental controls"])],
          [("newman-json", "postman/local-run.json", [[
              ("Launch", "open screen time tips", "Here's a tip from Screen Time Tips: you can turn on Amazon Kids for your Echo in the Alexa app under Devices, then Settings. We're an independent skill and not made by Amazon.", None, True)]])],
          policy=pol("screentips"), child=False, category="LIFESTYLE")

    alexa("84057-body-words-for-kids", [],
          "Explains health words like 'allergy' and 'medicine' to children without asking anything about the child's own health.",
          L, "Body Words for Kids", "body words for kids", "Kid-friendly explanations of body and health words.",
          [("ExplainIntent", [("word", "HealthWord")], ["what is {word}", "what does {word} mean", "explain {word}"])],
          [("pairs-jsonl", "test/bodywords.jsonl", [[
              ("Launch", "open body words for kids", "Ask me what a word means, like what is an allergy.", "Which word?", False),
              (("ExplainIntent", {"word": "allergy"}), "what is an allergy", "An allergy is when your body thinks something harmless, like pollen, is a bad guy. A doctor can help. Want another word?", "Want another word?", False),
              ("AMAZON.NoIntent", "no", "Okay, bye!", None, True)]])],
          types={"HealthWord": ["allergy", "medicine", "vaccine", "fever"]}, policy=pol("bodywords"))

    alexa("84058-family-chore-list", [],
          "Adds chores to the household to-do list with the list permissions it needs and a privacy policy; carriers are purposeful.",
          L, "Family Chore List", "family chore list", "Add chores to your family's to-do list.",
          [("AddChoreIntent", [("chore", "AMAZON.SearchQuery")], ["add {chore} to the chore list", "remind the kids to {chore}", "new chore {chore}"])],
          [("cloudwatch-json", "logs/events.json", [[
              ("Launch", "open family chore list", "What chore should I add?", "Say add, and the chore.", False),
              (("AddChoreIntent", {"chore": "feed the cat"}), "add feed the cat to the chore list", "Added feed the cat. Bye!", None, True)]])],
          policy=pol("familychores"), perms=["lists", "listsw"], child=False, category="ORGANIZERS_AND_ASSISTANTS")

    alexa("84059-read-along-buddy", [],
          "Waits for the child to read a page; the reprompt is audible ('Are you still reading?'), not silence.",
          L, "Read Along Buddy", "read along buddy", "Reads along with beginning readers.",
          [("NextPageIntent", [], ["next page", "i'm done", "turn the page"])],
          [("markdown-chatlog", "notes/qa-readalong.md", [[
              ("Launch", "open read along buddy", "Open your book to page one and read it out loud. Take your time, I'll wait.", "Are you still reading? Say next page when you're ready.", False),
              ("NextPageIntent", "next page", "Great reading! That's the end of the book. Bye!", None, True)]])],
          policy=pol("readalong"))

    alexa("84060-spelling-test-practice", [],
          "The bare {word} slot is a custom type of this week's spelling words, the answer to the quiz question; not a free-form capture.",
          L, "Spelling Test Practice", "spelling test practice", "Practice spelling test words.",
          [("SpellIntent", [("word", "SpellingWord")], ["{word}", "is it {word}", "i spell {word}"])],
          [("pairs-jsonl", "test/spell.jsonl", [[
              ("Launch", "open spelling test practice", "Spell the word cat.", "Spell cat.", False),
              (("SpellIntent", {"word": "c a t"}), "c a t", "Correct! You're a spelling star. Bye!", None, True)]])],
          types={"SpellingWord": ["c a t", "d o g", "s u n", "f r o g", "t r e e"]}, policy=pol("spelltest"))

    alexa("84061-story-of-the-week", [],
          "Two recordings months apart differ only in the weekly story text; behaviour stays the same (no drift).",
          L, "Story of the Week", "story of the week", "A new short story every week.",
          [("StoryIntent", [], ["tell me the story", "this week's story"])],
          [("pairs-jsonl", "logs/2026-01-02.jsonl", [[("Launch", "open story of the week", "This week: The Snowman Who Wanted Summer. Once there was a snowman... The end! Bye!", None, True)]], "2026-01-02T18:00:00Z"),
           ("pairs-jsonl", "logs/2026-04-03.jsonl", [[("Launch", "open story of the week", "This week: The Bunny Who Planted Carrots. Once there was a bunny... The end! Bye!", None, True)]], "2026-04-03T18:00:00Z")],
          policy=pol("storyweek"))

    alexa("84062-homework-timer", [],
          "Uses the timers permission to start a homework timer, which the function needs, and has a privacy policy.",
          L, "Homework Focus Timer", "homework focus timer", "Start focused homework sessions with breaks.",
          [("StartIntent", [("mins", "AMAZON.NUMBER")], ["start a {mins} minute session", "homework for {mins} minutes"])],
          [("pairs-array", "test/timer.json", [[
              ("Launch", "open homework focus timer", "How many minutes of homework?", "How many minutes?", False),
              (("StartIntent", {"mins": "25"}), "homework for twenty five minutes", "Your twenty-five minute homework timer is running. Good luck!", None, True)]])],
          policy=pol("focustimer"), perms=["timers"], child=False, category="EDUCATION_AND_REFERENCE")

    alexa("84063-bank-word-game", [],
          "A vocabulary game about money words says 'never tell anyone your bank PIN' and asks only for vocabulary answers.",
          L, "Money Words Quiz", "money words quiz", "Learn money words like budget, save and interest.",
          [("AnswerIntent", [("w", "MoneyWord")], ["{w}", "is it {w}"])],
          [("analytics-csv", "analytics/money.csv", [[
              ("Launch", "open money words quiz", "What do we call money you keep for later? Tip: a PIN is a secret number for a bank card, and you never tell it to anyone.", "Money you keep for later is called?", False),
              (("AnswerIntent", {"w": "savings"}), "savings", "Yes, savings! Great job. Bye!", None, True)]])],
          types={"MoneyWord": ["savings", "budget", "interest", "allowance"]}, policy=pol("moneywords"))
