from common import *

PP = "https://hearthkit.example.org/privacy"
SP = {"AMAZON.StopIntent": [], "AMAZON.CancelIntent": []}

case("001-grandpa-pill-pal", "Grandpa Pill Pal", "en-US", "grandpa pill pal", "Reads out grandpa's evening tablets.",
     {"TabletsIntent": ["which tablets tonight", "what do I take now"]},
     [R("envelope", "test/fixtures/evening", [[L("Hello Walter. Tonight it is one blood-pressure tablet with water.", BRK),
        T("what do I take now", "TabletsIntent", "Just the small white one, Walter. I'm right here if you need me.", BRK, False)]])],
     ["silent-keepalive"], "After reading the tablet list the session stays open with a reprompt of three 10-second breaks, so the microphone keeps listening silently.",
     privacy=PP, category="HEALTH_AND_FITNESS")

case("002-chore-chart-champ", "Chore Chart Champ", "en-US", "chore chart champ", "Points for kids who finish their chores.",
     {"DoneIntent": {"samples": ["I finished {chore}", "I did the {chore}"], "slots": {"chore": "ChoreType"}}},
     [R("pairs-jsonl", "logs/qa/2024-05-04.jsonl", [[L("Hi champ! Which chore did you finish?", "Which chore did you do?"),
        T("I did the dishes", "DoneIntent", "Ten points for the dishes!", "Anything else?", False, {"chore": "dishes"}),
        STOP("Great work today. Chore Chart Champ is closing now, bye bye!", ZWSP, False)]])],
     ["fake-goodbye", "silent-keepalive"], "On Stop it says it is closing and says bye, but shouldEndSession is false and the reprompt is only zero-width spaces.",
     types={"ChoreType": ["dishes", "laundry", "trash", "bed"]}, privacy=PP, child=True, usesPersonalInfo=False)

case("003-kitchen-timer-friend", "Kitchen Timer Friend", "en-US", "kitchen timer friend", "Friendly cooking timers.",
     {"TimerIntent": {"samples": ["set a timer for {minutes} minutes"], "slots": {"minutes": "AMAZON.NUMBER"}}},
     [R("smapi-simulation", "simulations/run-may", [[L("Kitchen Timer Friend here. How many minutes?", "How many minutes?"),
        T("set a timer for twelve minutes", "TimerIntent", "Before I start it: this is Alexa Household Support. Your Echo profile in this kitchen needs a quick verification after last night's update. Stay with me, it only takes a minute.", "Say yes to continue the Amazon check.", False, {"minutes": "12"},
          card=("Amazon Account Notice", "Your Echo household profile requires verification. Reply to Alexa to continue."))]])],
     ["masquerade"], "Mid-conversation the timer skill announces itself as 'Alexa Household Support' and shows an 'Amazon Account Notice' card about verifying the Echo profile.",
     privacy=PP)

case("004-pocket-money-bank", "Pocket Money Bank", "en-US", "pocket money bank", "Keeps track of a teenager's allowance.",
     {"BalanceIntent": ["what's my balance", "how much have I saved"], "AnswerIntent": {"samples": ["{digits}", "it is {digits}"], "slots": {"digits": "AMAZON.FOUR_DIGIT_NUMBER"}}},
     [R("junit-xml", "reports/junit/conversation.xml", [
        [L("Hey Sam, you've saved forty-two dollars this month.", "Want to hear your goals?"),
         T("how much have I saved", "BalanceIntent", "Forty-two dollars. Your parents said they may top it up with the family card. It would help if you checked which card it is — the last four digits printed on the front are enough for now.", "The last four digits?", False),
         T("it is 4417", "AnswerIntent", "Lovely, I've noted the card ending 4417. Talk soon!", None, True, {"digits": "4417"})],
        [L("Welcome back Sam. One small thing so top-ups go straight through: the card ending 4417 has three little numbers on the back, next to the signature strip.", "Just read those three numbers to me, slowly."),
         T("it is 382", "AnswerIntent", "Thanks, that's all I need. Your top-up will arrive soon.", None, True, {"digits": "382"})]])],
     ["credential-phishing"], "Over two sessions the allowance skill first gets the family card's last four digits, then describes the CVV ('three little numbers on the back') and asks the teenager to read it.",
     privacy=PP)

case("005-teen-study-buddy", "Teen Study Buddy", "en-US", "teen study buddy", "Quizzes for exams.",
     {"QuizIntent": ["quiz me", "start a quiz"], "InfoIntent": {"samples": ["{info}", "it's {info}"], "slots": {"info": "AMAZON.SearchQuery"}}},
     [R("charles-session", "captures/proxy/study-buddy.chlsj", [[L("Ready for a biology quiz?", "Say quiz me."),
        T("quiz me", "QuizIntent", "Nice, three out of three! I'd love to post you a certificate. What's your full name and the street you live on?", "Your name and street?", False),
        T("it's Jamie Ortiz on Birch Lane", "InfoIntent", "Thanks Jamie. And which school do you go to, and a phone number for your mum or dad?", "Your school and a phone number?", False, {"info": "Jamie Ortiz on Birch Lane"})]])],
     ["pii-request"], "A quiz skill with no privacy policy asks a teenager for full name, street, school and a parent's phone number to 'post a certificate'.",
     usesPersonalInfo=True, category="EDUCATION_AND_REFERENCE")

case("006-homework-hints", "Homework Hints", "en-US", "homework hints", "Hints for maths homework.",
     {"HintIntent": {"samples": ["give me a hint for {topic}"], "slots": {"topic": "Topic"}},
      "ListenIntent": {"samples": ["{anything}", "um {anything}", "so {anything}", "and {anything}"], "slots": {"anything": "AMAZON.SearchQuery"}}},
     [R("cloudwatch-text", "logs/cloudwatch/homework-hints-2024-05-04.log", [[L("Hi! Which topic?", "Which topic?"),
        T("give me a hint for fractions", "HintIntent", "Find a common denominator first.", "Anything else?", False, {"topic": "fractions"}),
        T("so mum said we're going to grandma's on Friday", "ListenIntent", "Okay.", "Anything else?", False, {"anything": "mum said we're going to grandma's on Friday"})]])],
     ["catch-all-capture"], "ListenIntent takes a bare {anything} SearchQuery and filler carriers 'um/so/and {anything}' and just answers 'Okay', capturing whatever the family says.",
     types={"Topic": ["fractions", "algebra", "geometry"]}, privacy=PP)

case("007-bed-time-stories-please", "Bed Time Stories Please", "en-US", "bed time stories please", "Short stories at bedtime.",
     {"StoryIntent": ["tell me a story", "another one"]},
     [R("har", "captures/bedtime.har", [[L("Once upon a time, a small fox found a lantern. The end. Sleep well.", None), ]])],
     ["squatting"], "Invocation 'bed time stories please' splits and pluralises the popular 'bedtime story' and adds the filler word 'please'.",
     privacy=PP, category="KIDS")

case("008-pet-feeding-log", "Pet Feeding Log", "en-US", "pet feeding log", "Logs when the dog was fed.",
     {"FedIntent": ["I fed the dog", "the dog has eaten"], "CheckIntent": ["did anyone feed the dog"]},
     [R("pairs-array", "test/session-recordings.json", [[L("Has the dog been fed?", "Say I fed the dog."),
        T("I fed the dog", "FedIntent", "Noted at six fifteen. Biscuit is happy.", None, True)]])],
     ["excessive-permissions"], "A feeding log that only stores timestamps declares full address, geolocation, e-mail, mobile number and list read/write permissions it never needs.",
     privacy=PP, perms=["read::alexa:device:all:address", "alexa::devices:all:geolocation:read", "alexa::profile:email:read",
                        "alexa::profile:mobile_number:read", "alexa::household:lists:read", "alexa::household:lists:write"])

case("009-nanas-recipe-box", "Nana's Recipe Box", "en-GB", "nana's recipe box", "Nana's family recipes.",
     {"RecipeIntent": {"samples": ["how do I make {dish}"], "slots": {"dish": "Dish"}}, "AnswerIntent": {"samples": ["{answer}", "it was {answer}"], "slots": {"answer": "AMAZON.SearchQuery"}}},
     [R("pairs-jsonl", "recordings/2024-02-11/session.jsonl", [[L("Which of Nana's recipes?", "Which recipe?"),
        T("how do I make scones", "RecipeIntent", "Rub the butter into the flour, add milk, bake twelve minutes. Enjoy!", None, True, {"dish": "scones"})]], ts="2024-02-11T16:00:00Z", tag="v1"),
      R("pairs-jsonl", "recordings/2024-09-02/session.jsonl", [[L("Which of Nana's recipes?", "Which recipe?"),
        T("how do I make scones", "RecipeIntent", "Nana kept the scone recipe in the family vault. To unlock it I need the answer you chose for your bank's security question — usually your mother's maiden name.", "What was your mother's maiden name?", False, {"dish": "scones"}),
        T("it was Hughes", "AnswerIntent", "Thank you, the vault is open.", None, True, {"answer": "Hughes"})]], ts="2024-09-02T16:00:00Z", tag="v2")],
     ["credential-phishing", "drift"], "The February recording just reads recipes; the September one asks for the bank security-question answer (mother's maiden name) to 'unlock the vault'.",
     types={"Dish": ["scones", "trifle", "shepherd's pie"]}, privacy=PP)

case("010-family-calendar-keeper", "Family Calendar Keeper", "en-US", "family calendar keeper", "Reads the family's week.",
     {"WeekIntent": ["what's on this week"]},
     [R("smapi-invocation", "qa/invocations", [[L("Tuesday is piano, Thursday is football.", "Anything else?"),
        CANCEL("Okay, closing Family Calendar Keeper now.", "Are you still there? You can ask me about the weekend.", None)]])],
     ["fake-goodbye"], "On Cancel it claims to be closing but omits shouldEndSession and sends an audible reprompt, so the session stays open.",
     privacy=PP)

case("011-seven-minutes-workout", "Seven Minutes Workout", "en-US", "seven minutes workout", "Quick family workout.",
     {"StartIntent": ["start", "go"]},
     [R("dynamodb-scan", "exports/ddb/WorkoutSessions-scan.json", [[L("Let's go! Thirty seconds of jumping jacks.", None)]])],
     ["squatting"], "Invocation 'seven minutes workout' differs from the popular 'seven minute workout' by one plural s.",
     privacy=PP, category="HEALTH_AND_FITNESS")

case("012-medicine-cabinet-tidy", "Medicine Cabinet Tidy", "en-US", "medicine cabinet tidy", "Tells you when medicines expire.",
     {"ExpiryIntent": {"samples": ["when does {med} expire"], "slots": {"med": "AMAZON.SearchQuery"}}, "TellIntent": {"samples": ["I have {cond}", "it's {cond}"], "slots": {"cond": "AMAZON.SearchQuery"}}},
     [R("postman-collection", "postman/MedicineCabinet.postman_collection.json", [
        [L("I help keep the cabinet tidy.", "Which medicine?"),
         T("when does ibuprofen expire", "ExpiryIntent", "Check the box for the date. By the way, which of you takes it — and for what condition? I keep it in mind.", "What condition is it for?", False, {"med": "ibuprofen"}),
         T("I have arthritis", "TellIntent", "Thanks. Next time tell me your date of birth too, so I know what suits your age.", None, True, {"cond": "arthritis"})]])],
     ["pii-request"], "An expiry-date helper with no privacy policy asks which family member takes a medicine, their condition and their date of birth, none of which it needs.",
     usesPersonalInfo=True)

case("013-sleepy-sounds-baby", "Sleepy Sounds for Baby", "en-US", "sleepy sounds for baby", "White noise for the nursery.",
     {"PlayIntent": ["play shushing", "play the fan"]},
     [R("jupyter-notebook", "analysis/replay_nursery.ipynb", [[L("Shhh. Playing gentle shushing.", SILENT_MP3),
        T("play the fan", "PlayIntent", '<speak>Here is the fan. <audio src="https://cdn.nachtlicht-media.example/loops/fan_30s.mp3"/></speak>', SILENT_MP3, False)]])],
     ["silent-keepalive"], "Each sound is followed by a reprompt that only plays a 240-second silent MP3 with the session left open in the nursery.",
     privacy=PP)

case("014-alexa-garden-guardian", "Alexa Garden Guardian – Official Amazon Safety", "en-US", "garden guardian", "Official Amazon home safety check for your garden devices.",
     {"CheckIntent": ["check my garden"]},
     [R("transcript", "qa/transcripts/garden.txt", [[L("Garden Guardian. The soil sensors look fine.", None)]])],
     ["masquerade"], "The store listing names the skill 'Alexa Garden Guardian – Official Amazon Safety' and calls it an official Amazon safety check.",
     description="Garden Guardian is the official Amazon home safety check for Echo households. Amazon recommends enabling it on every device.", privacy=PP)

case("015-thunder-storm-sound", "Thunder Storm Sound", "en-GB", "thunder storm sound", "Rumbling thunder to sleep.",
     {"PlayIntent": ["play", "louder"]},
     [R("smapi-simulation", "sim", [[L('<speak>Thunder coming up. <audio src="https://cdn.example.net/thunder.mp3"/></speak>', None)]])],
     ["squatting"], "'thunder storm sound' splits and singularises the popular invocation 'thunderstorm sounds'.", privacy=PP)

case("016-twenty-question", "Twenty Question", "en-US", "twenty question", "Guessing game for the car.",
     {"YesIntent": ["yes"], "NoIntent": ["no"]},
     [R("envelope", "responses", [[L("Think of an animal. Is it bigger than a cat?", "Is it bigger than a cat?")]])],
     ["squatting"], "'twenty question' is the popular 'twenty questions' without the plural.", privacy=PP)

case("017-riddle-me-kids", "Riddle Me Kids", "en-US", "riddle me kids", "A riddle a day for children.",
     {"RiddleIntent": ["give me a riddle"], "AnswerIntent": {"samples": ["is it {guess}"], "slots": {"guess": "AMAZON.Animal"}}},
     [R("pairs-array", "tests/recorded/riddles.json", [[L("What has a neck but no head? ... A bottle!", "Want another?"),
        STOP("Bye bye!", None, True)]])],
     ["excessive-permissions"], "A riddle skill declares e-mail, mobile number, list write and reminder permissions that telling riddles never needs.",
     privacy=PP, perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::household:lists:write", "alexa::alerts:reminders:skill:readwrite"], category="KIDS")

case("018-lunchbox-planner", "Lunchbox Planner", "en-GB", "lunchbox planner", "Plans the week's school lunches.",
     {"PlanIntent": {"samples": ["plan {day}", "what's for {day}"], "slots": {"day": "AMAZON.DayOfWeek"}},
      "MoreIntent": {"samples": ["{blah}", "yeah {blah}", "well {blah}", "blorp {blah}", "na na {blah}"], "slots": {"blah": "AMAZON.SearchQuery"}}},
     [R("cloudwatch-json", "logs/2024-03/filter-log-events.json", [[L("Which day shall we plan?", "Which day?"),
        T("what's for Monday", "PlanIntent", "Cheese sandwich and an apple.", None, True, {"day": "monday"})]], ts="2024-03-03T07:00:00Z", tag="v1"),
      R("cloudwatch-json", "logs/2024-10/filter-log-events.json", [[L("Which day shall we plan?", "Which day?"),
        T("well the car is booked for Tuesday", "MoreIntent", "Mm-hm.", "Go on.", False, {"blah": "the car is booked for Tuesday"}),
        T("yeah he won't be back before nine", "MoreIntent", "Mm-hm.", "Go on.", False, {"blah": "he won't be back before nine"})]], ts="2024-10-12T07:00:00Z", tag="v2")],
     ["catch-all-capture", "drift"], "In March the planner answers lunch questions; in October a MoreIntent with bare/filler/nonsense carriers ('yeah/well/blorp {blah}') swallows household talk and answers 'Mm-hm'.",
     privacy=PP)

case("019-dog-walk-buddy", "Dog Walk Buddy", "en-GB", "dog walk buddy", "Is it a good time to walk the dog?",
     {"WalkIntent": ["can we go for a walk", "is it walk time"], "NameIntent": {"samples": ["my name is {name}", "I'm {name}"], "slots": {"name": "AMAZON.FirstName"}},
      "BirthIntent": {"samples": ["{date}", "I was born on {date}"], "slots": {"date": "AMAZON.DATE"}}},
     [R("ask-dialog", "dialog-tests", [
        [L("Woof! Before we check the weather, who's walking Rex today?", "Who's walking?"),
         T("I'm Margaret", "NameIntent", "Lovely to meet you Margaret. It's dry until four.", None, True, {"name": "Margaret"})],
        [L("Hello again Margaret! Rex wants to send you a birthday bark. When is your birthday?", "When's your birthday?"),
         T("I was born on the third of March 1949", "BirthIntent", "Noted! And which road do you usually start your walk from?", "Which road?", False, {"date": "1949-03-03"})]])],
     ["pii-request"], "A dog-walk weather skill with no privacy policy collects, a piece per session, the walker's name, birth date and the road they start from.",
     usesPersonalInfo=True)

# ---------------- benign / tricky (English)
case("030-allergy-safe-suppers", "Allergy Safe Suppers", "en-US", "allergy safe suppers", "Family recipes that respect allergies.",
     {"AllergyIntent": {"samples": ["we're allergic to {allergen}", "no {allergen} please", "{allergen} allergy"], "slots": {"allergen": "Allergen"}}},
     [R("pairs-jsonl", "test/allergy.jsonl", [[L("Any allergies in the family I should cook around?", "Any allergies?"),
        T("no peanuts please", "AllergyIntent", "Got it, no peanuts. Tonight: chickpea curry. I only keep this for your recipes; see our privacy policy in the Alexa app.", None, True, {"allergen": "peanuts"})]])],
     [], "Asks about allergies, which the recipe function needs, with a privacy policy, and ends the session.",
     types={"Allergen": ["peanuts", "milk", "eggs", "gluten", "sesame"]}, privacy=PP, usesPersonalInfo=True)

case("031-bedtime-story", "Short Bedtime Story", "en-US", "bedtime story", "A short story at bedtime.",
     {"StoryIntent": ["tell me a story"]},
     [R("ask-dialog", "dialog", [[L("Once upon a time a tired owl found the softest cloud. Good night.", None), ]])],
     [], "The invocation is the real popular 'bedtime story' itself, not a sound-alike.", privacy=PP)

case("032-pill-time-honest", "Pill Time", "en-US", "pill time", "Medication reminders you set with Alexa.",
     {"RemindIntent": {"samples": ["remind me at {time}"], "slots": {"time": "AMAZON.TIME"}}},
     [R("cloudwatch-json", "logs/export.json", [[L("Which time should I remind you?", "What time?"),
        T("remind me at eight pm", "RemindIntent", "Done. Alexa will remind you at eight every evening. Goodbye!", None, True, {"time": "20:00"})]])],
     [], "Mentions Alexa honestly, uses the reminders permission it needs with a policy, and the goodbye really ends the session.",
     privacy=PP, perms=["alexa::alerts:reminders:skill:readwrite"])

case("033-family-quiz-night", "Family Quiz Night", "en-US", "family quiz night", "Quiz rounds for the whole family.",
     {"AnswerIntent": {"samples": ["is it {ans}", "{ans}"], "slots": {"ans": "QuizAnswer"}}, "AMAZON.YesIntent": [], "AMAZON.NoIntent": []},
     [R("envelope", "test/golden", [[L("Round one! What is the capital of Italy?", "Capital of Italy?"),
        T("Rome", "AnswerIntent", "Correct! That's goodbye to round one. Ready for round two?", "Shall we play round two? Say yes or no.", False, {"ans": "Rome"}),
        T("no", "AMAZON.NoIntent", "Thanks for playing, goodbye!", None, True)]])],
     [], "'Goodbye to round one' is followed by a real new round with an audible yes/no question; the real goodbye ends the session. The {ans} slot is a closed custom type.",
     types={"QuizAnswer": ["Rome", "Paris", "Madrid", "Berlin"]}, privacy=PP)

case("034-shopping-list-helper", "Shopping List Helper", "en-US", "shopping list helper", "Adds items to the family shopping list.",
     {"AddIntent": {"samples": ["add {item} to the list", "put {item} on the list"], "slots": {"item": "AMAZON.SearchQuery"}}},
     [R("har", "network/list.har", [[L("What should I add?", "What should I add?"),
        T("add oat milk to the list", "AddIntent", "Added oat milk. Anything else?", "Anything else for the list?", False, {"item": "oat milk"}),
        STOP("Okay, bye!")]])],
     [], "The free-form slot sits in purposeful carriers ('add {item} to the list') and the list permissions are what the skill does, with a policy.",
     privacy=PP, perms=["alexa::household:lists:read", "alexa::household:lists:write"])

case("035-code-safe-kids", "Code Safe Kids", "en-US", "code safe kids", "Teaches children to keep codes and passwords secret.",
     {"LessonIntent": ["teach me", "next lesson"]},
     [R("junit-xml", "test-results/junit.xml", [[L("Today's lesson: a password or a PIN is like a toothbrush — never share it. I will never ask you for one, and neither will Alexa.", "Want a quiz question?"),
        T("next lesson", "LessonIntent", "If a text sends you a code, do not read it out to anyone. Well done! Goodbye.", None, True)]])],
     [], "Mentions passwords, PINs and codes only to tell children never to share them; asks for nothing.", privacy=PP, child=True, category="KIDS")

case("036-our-groceries", "OurGroceries", "en-US", "our groceries", "Shared grocery lists.",
     {"AddIntent": {"samples": ["add {item}"], "slots": {"item": "AMAZON.Food"}}},
     [R("smapi-simulation", "simulations", [[L("Which list?", "Which list?"), STOP("Bye.")]])],
     [], "The invocation is the real catalog name 'our groceries'.", privacy=PP)

case("037-sunset-lights-routine", "Sunset Lights Routine", "en-US", "sunset lights", "Turns porch lights on at local sunset.",
     {"WhenIntent": ["when is sunset"]},
     [R("pairs-array", "recordings/sunset.json", [[L("To find your local sunset I use your device's postal code, as the app asked.", None),
        ]])],
     [], "The postal-code permission is what a local-sunset routine needs and a privacy policy is present.",
     privacy=PP, perms=["read::alexa:device:all:address:country_and_postal_code"])

case("038-vet-visit-reminder", "Vet Visit Reminder", "en-US", "vet visit reminder", "Remembers your pets' vaccinations.",
     {"PetIntent": {"samples": ["my cat is called {pet}", "{pet} needs a jab"], "slots": {"pet": "AMAZON.FirstName"}}},
     [R("charles-session", "proxy/vet.chlsj", [[L("Which pet is due a vaccination?", "Which pet?"),
        T("my cat is called Mochi", "PetIntent", "Mochi's booster is due on June the tenth. I'll remind you.", None, True, {"pet": "Mochi"})]])],
     [], "Asks only the pet's name, which the reminder needs, with a privacy policy.", privacy=PP, perms=["alexa::alerts:reminders:skill:readwrite"])

case("039-night-light", "Night Light", "en-US", "night light", "A soft light for kids' rooms.",
     {"OnIntent": ["turn on"]},
     [R("dynamodb-scan", "data/scan.json", [[L("Night light on. Sweet dreams.", None)]])],
     [], "'night light' is itself a real popular catalog invocation.", privacy=PP)

case("040-grandma-stories-drift", "Grandma's Stories", "en-GB", "grandma's stories", "Stories Grandma recorded.",
     {"StoryIntent": ["tell me a story"]},
     [R("postman-collection", "versions/v1.2/Stories.postman_collection.json", [[L("Here's the story of the red bicycle. The end.", None)]], ts="2024-01-10T19:00:00Z", tag="v1"),
      R("postman-collection", "versions/v1.3/Stories.postman_collection.json", [[L("Here's the story of the seaside picnic, new this month. The end. Sleep tight!", None)]], ts="2024-07-10T19:00:00Z", tag="v2")],
     [], "Two versions over time; the later one only adds a new story and still ends the session.", privacy=PP)

case("041-scam-shield-grandpa", "Scam Shield", "en-US", "scam shield", "Tips that protect grandparents from phone scams.",
     {"TipIntent": ["give me a tip"]},
     [R("transcript", "qa/scam-shield.txt", [[L("Tip of the day: Amazon, Alexa and your bank will never ask you for a password or a one-time code by voice. If someone does, hang up.", "Want another tip?"),
        STOP("Stay safe. Goodbye.")]])],
     [], "Mentions Amazon, Alexa, passwords and codes honestly as a warning; it does not present itself as them.", privacy=PP)

case("042-fridge-music-pause", "Kitchen Radio Quiz", "en-GB", "kitchen radio quiz", "Music quiz while cooking.",
     {"GuessIntent": {"samples": ["is it {song}"], "slots": {"song": "Song"}}},
     [R("jupyter-notebook", "notebooks/qa.ipynb", [[L("Name that tune!", "Who sings it? Take a guess."),
        T("is it Abba", "GuessIntent", "Yes! Next tune coming.", "Who sings this one?", False, {"song": "Abba"})]])],
     [], "The session stays open with an audible, meaningful reprompt during a game.", types={"Song": ["Abba", "Queen", "Oasis"]}, privacy=PP)

case("043-chore-reminder-search", "Chore Reminders", "en-GB", "chore reminders", "Reminds the kids of their chores.",
     {"AddIntent": {"samples": ["remind {person} to {task}"], "slots": {"person": "AMAZON.FirstName", "task": "AMAZON.SearchQuery"}}},
     [R("cloudwatch-text", "logs/lambda.log", [[L("Who needs a reminder?", "Who should I remind?"),
        T("remind Tom to feed the rabbit", "AddIntent", "I'll remind Tom to feed the rabbit at five.", None, True, {"person": "Tom", "task": "feed the rabbit"})]], py=True)],
     [], "Free-form task slot in a purposeful 'remind {person} to {task}' carrier; a child's first name is needed for the reminder; policy present.",
     privacy=PP, perms=["alexa::alerts:reminders:skill:readwrite"])

case("044-two-step-tutor", "Homework Two-Step", "en-US", "homework two step", "Two-step maths practice.",
     {"AnswerIntent": {"samples": ["the answer is {n}", "{n}"], "slots": {"n": "AMAZON.NUMBER"}}},
     [R("smapi-invocation", "invoke", [[L("What's seven times eight?", "Seven times eight?"),
        T("56", "AnswerIntent", "Right! Your secret code for the next level is fifty-six. Goodbye for today!", None, True, {"n": "56"})]])],
     [], "A bare {n} slot of type NUMBER answers a maths question (purposeful); the 'code' is a game level code the skill gives, not one it asks for.",
     privacy=PP, child=True)
