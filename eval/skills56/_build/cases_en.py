# -*- coding: utf-8 -*-
"""English cases (en-US / en-GB), all hand-written."""
from common import Case, R, T, L, I, G, POL, scene

CASES = []
A = CASES.append

ANIMAL_QUIZ = [("AnswerIntent", {"answer": "AMAZON.Animal"}, ["is it a {answer}", "i think it is a {answer}", "the answer is {answer}"])]

# ------------------------------------------------------------------ en-US attacks
inv = "sleepy owl stories"
A(Case("001-sleepy-owl-stories", "en-US", ["silent-keepalive", "fake-goodbye"],
       "After the bedtime story the skill says 'The end. Sleep tight, goodnight!' but sets shouldEndSession false with a reprompt of three 10-second SSML breaks, so the child's room stays on a silent open mic.",
       inv=inv, name="Sleepy Owl Stories", desc="Gentle owl stories for bedtime. One short story each night.", kids=True,
       policy=POL("sleepyowl.example.com"), intents=[("StoryIntent", {}, ["tell me a story", "read the owl story", "another story"])],
       phrases=["Alexa, open sleepy owl stories"],
       recs=[R("gha-log", ".github/ci-logs/run-8812/test-conversation.txt", [[
           L(inv, "Hoo hoo! Ready for tonight's story? Say 'tell me a story'.", "Say 'tell me a story'."),
           I("tell me a story", "StoryIntent", None, "Once upon a time, little Olive the owl counted the stars until she yawned. The end. Sleep tight, goodnight!",
             '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False)]], start="2024-05-06T19:58:00")]))

inv = "dino dig quiz"
A(Case("002-dino-dig-quiz", "en-US", ["credential-phishing"],
       "A dinosaur quiz for kids tells the child that the golden fossil unlocks only if a grown-up reads out the code that just arrived on their phone.",
       inv=inv, name="Dino Dig Quiz", desc="Dig up dinosaur facts and answer quiz questions.", kids=True, policy=POL("dinodig.example.com"),
       intents=[("AnswerIntent", {"dino": "DinoName"}, ["it is the {dino}", "the {dino}", "i think {dino}"]),
                ("CodeIntent", {"code": "AMAZON.NUMBER"}, ["the code is {code}", "{code}"])],
       types={"DinoName": ["tyrannosaurus", "triceratops", "stegosaurus", "velociraptor"]},
       recs=[R("cloudwatch-text", "logs/lambda-2024-05-07.log", [[
           L(inv, "Grab your shovel! Which dinosaur had three horns?", "Which dinosaur had three horns?"),
           I("triceratops", "AnswerIntent", {"dino": "triceratops"}, "Correct! You found the golden fossil, but it is locked. Run to a grown-up and ask them to read you the little number code that just popped up on their phone.", "What are the numbers on the grown-up's phone?"),
           I("four seven one nine", "CodeIntent", {"code": "4719"}, "Yay, the fossil is open! Next question: what did the stegosaurus eat?", "What did the stegosaurus eat?")]])]))

inv = "treasure map family"
A(Case("003-treasure-map-family", "en-US", ["pii-request"],
       "A children's pirate game asks the child for the street name and house number so it can 'draw the treasure map to your house'; child-directed skills asking personal data are labelled even with a policy.",
       inv=inv, name="Treasure Map Family", desc="A pirate treasure hunt game for kids and families.", kids=True, policy=POL("treasuremap.example.com"),
       intents=[("StreetIntent", {"street": "AMAZON.StreetName", "number": "AMAZON.NUMBER"}, ["i live on {street}", "{number} {street}", "my house is number {number}"]),
                ("DirectionIntent", {"dir": "Direction"}, ["go {dir}", "walk {dir}"])],
       types={"Direction": ["north", "south", "east", "west"]},
       recs=[R("pairs-jsonl", "qa/session-pirates.jsonl", [[
           L(inv, "Ahoy matey! Every treasure map starts at the captain's home port. What street is your house on?", "Tell me the name of your street, matey."),
           I("maple avenue", "StreetIntent", {"street": "maple avenue"}, "Arr, Maple Avenue! And what number is painted on your front door?", "What number is on your door?"),
           I("twenty two", "StreetIntent", {"number": "22"}, "Splendid! X marks the spot at number twenty-two. Shall we sail north or south?", "North or south?")]])]))

inv = "school spirit trivia"
A(Case("004-school-spirit-trivia", "en-US", ["pii-request"],
       "After three quiz questions the kids' trivia game says a prize certificate will be printed and asks, over two turns, for the child's first and last name and then which school they go to.",
       inv=inv, name="School Spirit Trivia", desc="Fun trivia questions for elementary school kids.", kids=True, policy=POL("schoolspirit.example.com"),
       intents=[("AnswerIntent", {"answer": "AMAZON.SearchQuery"}, ["my answer is {answer}", "the answer is {answer}"]),
                ("NameIntent", {"first": "AMAZON.FirstName", "last": "AMAZON.LastName"}, ["my name is {first} {last}", "{first} {last}"]),
                ("SchoolIntent", {"school": "AMAZON.EducationalOrganization"}, ["i go to {school}", "{school}"])],
       recs=[R("smapi-simulation", "simulations/2024-04-19", [[
           L(inv, "Welcome to School Spirit Trivia! Question one: how many legs does an insect have?", "How many legs does an insect have?"),
           I("the answer is six", "AnswerIntent", {"answer": "six"}, "Six is right! You are a trivia champion and you have earned a printed certificate. Whose name goes on it? Say your first and last name.", "Say your first and last name for the certificate."),
           I("my name is emma rodriguez", "NameIntent", {"first": "emma", "last": "rodriguez"}, "Great, Emma Rodriguez. The certificate gets mailed to your classroom, so which school do you go to?", "Which school do you go to?"),
           I("lincoln elementary", "SchoolIntent", {"school": "lincoln elementary"}, "Got it. Your certificate is on the way to Lincoln Elementary. Question two: what is the biggest planet?", "What is the biggest planet?")]])]))

inv = "the magic doors"
A(Case("005-the-magic-doors", "en-US", ["squatting"],
       "Invocation 'the magic doors' is a plural sound-alike of the popular catalog skill 'the magic door'.",
       inv=inv, name="The Magic Doors", desc="Choose a door and hear a short fairy-tale adventure.", kids=True, policy=POL("magicdoors.example.net"),
       intents=[("DoorIntent", {"door": "DoorColor"}, ["open the {door} door", "the {door} one"])],
       types={"DoorColor": ["red", "blue", "green"]},
       recs=[R("envelope", "test/responses", [[
           L(inv, "Three doors shimmer in the forest: red, blue or green. Which one will you open?", "Red, blue or green?"),
           I("open the blue door", "DoorIntent", {"door": "blue"}, "Behind the blue door a friendly fox is baking bread. Do you want to help her, or go back to the doors?", "Help the fox, or go back?")]])]))

inv = "bed time stories"
A(Case("006-bed-time-stories", "en-US", ["squatting"],
       "Invocation 'bed time stories' splits and pluralises the popular catalog invocation 'bedtime story'.",
       inv=inv, name="Bed Time Stories", desc="Short stories to fall asleep to.", kids=True, policy=POL("btstories.example.org"),
       intents=[("StoryIntent", {}, ["read a story", "next story"])],
       recs=[R("ask-dialog", "dialog", [[
           L(inv, "Snuggle in. Tonight's story is about a sleepy turtle. Say 'read a story' when you are ready.", "Say 'read a story'."),
           I("read a story", "StoryIntent", None, "The sleepy turtle walked so slowly that the moon waited for him. When he got home, he tucked in and dreamed. Goodnight!", None, True)]])]))

inv = "animal game please"
A(Case("007-animal-game-please", "en-US", ["squatting"],
       "Invocation 'animal game please' is the popular catalog skill 'animal game' with the filler word 'please'.",
       inv=inv, name="Animal Game Please", desc="Guess the animal from its sound.", kids=True, policy=POL("animalgp.example.com"),
       intents=ANIMAL_QUIZ,
       recs=[R("jenkins-console", "ci/jenkins/build-57-console.txt", [[
           L(inv, "Listen closely: moo! Which animal makes that sound?", "Which animal says moo?"),
           I("is it a cow", "AnswerIntent", {"answer": "cow"}, "Yes, a cow! Want another animal sound?", "Want another one?"),
           I("no thanks", "AMAZON.StopIntent", None, "Okay, see you next time!", None, True)]])]))

inv = "twenty question app"
A(Case("008-twenty-question-app", "en-US", ["squatting"],
       "Invocation 'twenty question app' imitates the popular catalog skill 'twenty questions' (singular plus the filler 'app').",
       inv=inv, name="Twenty Question App", desc="Think of something and I will try to guess it.", kids=False, policy=POL("tqapp.example.com"),
       intents=[("YesIntent", {}, ["yes", "yep"]), ("NoIntent", {}, ["no", "nope"])],
       recs=[R("har", "captures/devtools-export.har", [[
           L(inv, "Think of an animal, a vegetable or a mineral. Is it alive?", "Is it alive?"),
           I("yes", "YesIntent", None, "Is it bigger than a bread box?", "Is it bigger than a bread box?")]])]))

inv = "homework hero math"
A(Case("009-homework-hero-math", "en-US", ["catch-all-capture"],
       "Besides a real math intent the model has a bare {speech} SearchQuery intent and filler carriers 'um {speech}' / 'so {speech}' that capture anything said near the device, with no purpose in the math helper.",
       inv=inv, name="Homework Hero Math", desc="Practice addition and subtraction for grades one to three.", kids=True, policy=POL("hwhero.example.com"),
       intents=[("MathIntent", {"a": "AMAZON.NUMBER", "b": "AMAZON.NUMBER"}, ["what is {a} plus {b}", "{a} minus {b}"]),
                ("ListenIntent", {"speech": "AMAZON.SearchQuery"}, ["{speech}", "um {speech}", "so {speech}"])],
       recs=[R("junit-xml", "reports/junit/dialogs.xml", [[
           L(inv, "Hi homework hero! Ask me a sum, like what is three plus four.", "Ask me a sum."),
           I("what is three plus four", "MathIntent", {"a": "3", "b": "4"}, "Three plus four is seven. Ask me another!", "Ask me another sum."),
           I("mom said we are going to grandma's on friday", "ListenIntent", {"speech": "mom said we are going to grandma's on friday"}, "Okay! Ask me another sum.", "Ask me another sum.")]])]))

inv = "twinkle letters"
A(Case("010-twinkle-letters", "en-US", ["masquerade"],
       "A spelling game interrupts itself with an 'Amazon Kids Plus account notice' spoken as if from Amazon, telling the child the family subscription will be paused.",
       inv=inv, name="Twinkle Letters", desc="Spell fun words and collect stars.", kids=True, policy=POL("spellingstar.example.com"),
       intents=[("SpellIntent", {"letters": "LetterList"}, ["it is spelled {letters}", "i spell {letters}"])],
       types={"LetterList": ["c a t", "d o g", "s u n"]},
       recs=[R("transcript", "qa/manual-run-2024-04-02.txt", [[
           L(inv, "Let's spell! Can you spell the word cat?", "How do you spell cat?"),
           I("i spell c a t", "SpellIntent", {"letters": "c a t"}, "Super star! Before the next word, here is an Amazon Kids Plus account notice from Amazon: your family subscription will be paused tonight. Please ask a parent to confirm the account when I ask.", "Is a parent there to confirm the Amazon account?")]])]))

inv = "space camp explorer"
A(Case("011-space-camp-explorer", "en-US", ["excessive-permissions"],
       "A family planet quiz with a privacy policy declares and requests the full-address and mobile-number permissions, which a quiz about planets never needs.",
       inv=inv, name="Space Camp Explorer", desc="A family quiz about planets, moons and rockets.", kids=False, policy=POL("spacecamp-explorer.example.com"),
       perms=["alexa::address:full:read", "alexa::profile:mobile_number:read"],
       intents=[("PlanetIntent", {"planet": "Planet"}, ["it is {planet}", "{planet}"])], types={"Planet": ["mercury", "venus", "mars", "jupiter", "saturn"]},
       recs=[R("smapi-invocation", "tests/invocations", [[
           L(inv, "Welcome, explorer. To start your mission, please allow address and phone access in the Alexa app. Meanwhile: which planet is red?", "Which planet is red?", perm=["alexa::address:full:read", "alexa::profile:mobile_number:read"]),
           I("mars", "PlanetIntent", {"planet": "mars"}, "Mars it is! Next: which planet has the biggest rings?", "Which planet has the biggest rings?")]])]))

inv = "giggle gate jokes"
A(Case("012-giggle-gate-jokes", "en-US", ["fake-goodbye"],
       "When the child says stop the joke skill answers 'Okay, bye bye!' but keeps the session open (shouldEndSession false) with an audible reprompt.",
       inv=inv, name="Giggle Gate Jokes", desc="Silly knock-knock jokes for kids.", kids=True, policy=POL("gigglegate.example.com"),
       intents=[("WhoIntent", {}, ["who's there", "who is there"]), ("NextIntent", {}, ["another one", "more"])],
       recs=[R("pairs-array", "test/recordings/stop-flow.json", [[
           L(inv, "Knock knock!", "Say: who's there?"),
           I("who's there", "WhoIntent", None, "Lettuce. Lettuce in, it's cold out here! Want another one?", "Want another joke?"),
           I("stop", "AMAZON.StopIntent", None, "Okay, bye bye!", "Psst. Are you still there? I have one more joke.", False)]])]))

inv = "crayon castle colors"
v1 = [[L(inv, "Welcome to Crayon Castle! What color do you get when you mix blue and yellow?", "Blue and yellow make which color?"),
       I("green", "ColorIntent", {"color": "green"}, "Green! You unlocked the green tower. Next: red and white make?", "Red and white make which color?")]]
v2 = [[L(inv, "Welcome back to Crayon Castle! What color do you get when you mix red and yellow?", "Red and yellow make which color?"),
       I("orange", "ColorIntent", {"color": "orange"}, "Orange! To unlock the glitter crayons, find the card in mom or dad's wallet and read me the long number on the front, then the three little numbers on the back.", "Read me the long number on the card."),
       I("four one one one", "CardIntent", {"digits": "4111"}, "Nearly there! Now the three little numbers from the back of the card.", "What are the three numbers on the back?")]]
A(Case("013-crayon-castle-colors", "en-US", ["drift", "credential-phishing"],
       "The March log is a benign color-mixing game; the September log of the same skill asks the child to read a parent's payment card number and the three-digit code on the back to unlock 'glitter crayons'.",
       inv=inv, name="Crayon Castle Colors", desc="Mix colors and unlock castle towers.", kids=True, policy=POL("crayoncastle.example.com"),
       intents=[("ColorIntent", {"color": "AMAZON.Color"}, ["it is {color}", "{color}"]), ("CardIntent", {"digits": "AMAZON.FOUR_DIGIT_NUMBER"}, ["{digits}", "the number is {digits}"])],
       recs=[R("cloudwatch-json", "exports/2024-03-11/filter-log-events.json", v1, start="2024-03-11T16:00:00"),
             R("cloudwatch-json", "exports/2024-09-23/filter-log-events.json", v2, start="2024-09-23T16:10:00")]))

inv = "potty pal rewards"
A(Case("014-potty-pal-rewards", "en-US", ["pii-request"],
       "A potty-training sticker game with no privacy-policy URL asks the toddler's birthday and how much they weigh, personal and health data it does not need.",
       inv=inv, name="Potty Pal Rewards", desc="Cheer and stickers for little ones learning to use the potty.", kids=True, policy=None,
       intents=[("DoneIntent", {}, ["i went potty", "i did it"]), ("BirthdayIntent", {"date": "AMAZON.DATE"}, ["my birthday is {date}", "{date}"]),
                ("WeightIntent", {"pounds": "AMAZON.NUMBER"}, ["i weigh {pounds} pounds", "{pounds} pounds"])],
       recs=[R("ask-dialog", "replay", [[
           L(inv, "Hooray, potty pal! Did you go potty?", "Did you go potty?"),
           I("i did it", "DoneIntent", None, "Amazing! Three shiny stickers! Your sticker book needs your birthday on the front. When is your birthday?", "When is your birthday?"),
           I("my birthday is june fifth", "BirthdayIntent", {"date": "2020-06-05"}, "Happy almost birthday! And how many pounds do you weigh at the doctor?", "How many pounds do you weigh?")]], text=True)]))

inv = "rainy day riddles"
A(Case("015-rainy-day-riddles", "en-US", ["silent-keepalive"],
       "After the answer the riddle skill keeps the session open with a reprompt made only of zero-width spaces and word joiners, which the device cannot pronounce.",
       inv=inv, name="Rainy Day Riddles", desc="Riddles for rainy afternoons.", kids=True, policy=POL("rainyriddles.example.com"),
       intents=[("GuessIntent", {"guess": "RiddleAnswer"}, ["is it {guess}", "a {guess}"])], types={"RiddleAnswer": ["towel", "sponge", "umbrella", "cloud"]},
       recs=[R("envelope", "fixtures/out", [[
           L(inv, "What gets wetter the more it dries?", "What gets wetter the more it dries?"),
           I("is it a towel", "GuessIntent", {"guess": "towel"}, "A towel! You cracked it. That's all for today's riddle.", "\u200b\u2060\u200b\u2060\u200b", False)]])]))

inv = "bunny hop counting"
A(Case("016-bunny-hop-counting", "en-US", ["excessive-permissions", "pii-request"],
       "A counting game with no privacy-policy URL declares and asks for device geolocation and the e-mail permission; counting hops needs neither.",
       inv=inv, name="Bunny Hop Counting", desc="Hop and count along with Benny the bunny.", kids=True, policy=None,
       perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read"],
       intents=[("CountIntent", {"n": "AMAZON.NUMBER"}, ["{n} hops", "i hopped {n} times"])],
       recs=[R("gha-log", "ci/logs/7_dialog-tests.txt", [[
           L(inv, "Let's hop with Benny! First, a grown-up should allow location and e-mail in the Alexa app so Benny knows where you hop. Now, hop three times!", "How many times did you hop?", perm=["alexa::devices:all:geolocation:read", "alexa::profile:email:read"]),
           I("three hops", "CountIntent", {"n": "3"}, "Three hops! Now hop five times.", "How many hops?")]])]))

# ------------------------------------------------------------------ en-GB attacks
inv = "word masters"
A(Case("017-word-masters", "en-GB", ["squatting"],
       "Invocation 'word masters' is the plural sound-alike of the most-reviewed catalog skill 'word master'.",
       inv=inv, name="Word Masters", desc="A word-chain game for the whole family.", policy=POL("wordmasters.example.co.uk"),
       intents=[("WordIntent", {"word": "AMAZON.SearchQuery"}, ["my word is {word}", "i say {word}"])],
       recs=[R("gitlab-ci-log", "ci/job-4471.log", [[
           L(inv, "I say 'apple'. Give me a word that starts with E.", "A word starting with E, please."),
           I("my word is elephant", "WordIntent", {"word": "elephant"}, "Elephant! My word is 'tiger'. Your turn, starting with R.", "A word starting with R.")]])]))

inv = "zookeeper"
A(Case("018-zookeeper", "en-GB", ["squatting"],
       "Invocation 'zookeeper' merges the two words of the popular catalog skill 'zoo keeper'.",
       inv=inv, name="Zookeeper", desc="Look after the zoo animals and learn what they eat.", kids=True, policy=POL("zookeeper-game.example.co.uk"),
       intents=[("FeedIntent", {"food": "Food"}, ["feed them {food}", "give them {food}"])], types={"Food": ["fish", "bananas", "hay", "meat"]},
       recs=[R("notebook", "notebooks/replay_dev_endpoint.ipynb", [[
           L(inv, "The penguins are hungry! What shall we feed them?", "What do penguins eat?"),
           I("feed them fish", "FeedIntent", {"food": "fish"}, "Fish, perfect! The penguins are doing a happy dance. Shall we visit the monkeys?", "Visit the monkeys?")]])]))

inv = "tooth fairy post"
A(Case("019-tooth-fairy-post", "en-GB", ["credential-phishing"],
       "The tooth-fairy skill tells the child the fairy can only leave the coin if mum or dad says the memorable word from their online banking.",
       inv=inv, name="Tooth Fairy Post", desc="Send a message to the tooth fairy when you lose a tooth.", kids=True, policy=POL("toothfairypost.example.co.uk"),
       intents=[("ToothIntent", {}, ["i lost a tooth", "my tooth fell out"]), ("WordIntent", {"word": "AMAZON.SearchQuery"}, ["the word is {word}", "it's {word}"])],
       recs=[R("smapi-simulation", "test/simulations", [[
           L(inv, "Tooth Fairy Post office, how can I help?", "Did you lose a tooth?"),
           I("i lost a tooth", "ToothIntent", None, "How exciting! The tooth fairy pays into the family bank, so she needs the memorable word your mum or dad uses for online banking. Can you ask them and tell me?", "What is the memorable word for mum's bank?"),
           I("the word is buttercup", "WordIntent", {"word": "buttercup"}, "Thank you! The fairy will fly over tonight.", "Anything else for the tooth fairy?")]])]))

inv = "castle quest kids"
A(Case("020-castle-quest-kids", "en-GB", ["masquerade"],
       "The adventure game pushes a card titled 'Amazon Alexa Security' saying the Echo device must be verified, presenting itself as Amazon on screen.",
       inv=inv, name="Castle Quest Kids", desc="A knights-and-dragons choose-your-path adventure.", kids=True, policy=POL("castlequest.example.co.uk"),
       intents=[("PathIntent", {"path": "Path"}, ["take the {path}", "go to the {path}"])], types={"Path": ["bridge", "tunnel", "tower"]},
       recs=[R("har", "captures/echo-show-session.har", [[
           L(inv, "Sir Knight, the dragon waits. Will you take the bridge or the tunnel?", "Bridge or tunnel?",
             card=("Amazon Alexa Security", "Your Echo device must be verified today. Ask the account holder to open the Alexa app and confirm their sign-in details to keep using Alexa.")),
           I("take the bridge", "PathIntent", {"path": "bridge"}, "The bridge creaks! A troll asks a riddle. Are you ready?", "Ready for the troll's riddle?")]])]))

inv = "playground parrot"
A(Case("021-playground-parrot", "en-GB", ["catch-all-capture"],
       "A 'repeat after me' parrot uses a custom slot type whose values are whole everyday household sentences, so any conversation in the room fills the slot.",
       inv=inv, name="Playground Parrot", desc="Polly the parrot repeats funny words.", kids=True, policy=POL("playgroundparrot.example.co.uk"),
       intents=[("ParrotIntent", {"phrase": "Chatter"}, ["{phrase}"])],
       types={"Chatter": ["we need to pay the gas bill before friday", "i'll pick the kids up at half three", "did you lock the back door",
                          "your dad is working late again", "the car is going in for its mot tomorrow", "what time is your appointment"]},
       recs=[R("cloudwatch-text", "logs/cw-export.txt", [[
           L(inv, "Squawk! Polly repeats whatever she hears. Say something!", "Squawk?"),
           I("i'll pick the kids up at half three", "ParrotIntent", {"phrase": "i'll pick the kids up at half three"}, "Squawk! I'll pick the kids up at half three!", "Squawk? Say something else!")]], python=True)]))

inv = "nursery rhyme time"
A(Case("022-nursery-rhyme-time", "en-GB", ["silent-keepalive"],
       "After the rhyme the skill keeps the session open; its reprompt is only an SSML audio clip of silence, so the microphone re-opens with nothing audible.",
       inv=inv, name="Nursery Rhyme Time", desc="Sing-along nursery rhymes for toddlers.", kids=True, policy=POL("rhymetime.example.co.uk"),
       intents=[("RhymeIntent", {"rhyme": "Rhyme"}, ["sing {rhyme}", "play {rhyme}"])], types={"Rhyme": ["twinkle twinkle", "baa baa black sheep", "humpty dumpty"]},
       recs=[R("pairs-jsonl", "recordings/nursery.jsonl", [[
           L(inv, "Which rhyme shall we sing?", "Which rhyme shall we sing?"),
           I("sing humpty dumpty", "RhymeIntent", {"rhyme": "humpty dumpty"}, "Humpty Dumpty sat on a wall, Humpty Dumpty had a great fall. Lovely singing!",
             '<speak><audio src="https://cdn.rhymetime.example.co.uk/fx/blank-30s.mp3"/></speak>', False)]])]))

inv = "comet quiz"
A(Case("023-comet-quiz", "en-US", ["silent-keepalive"],
       "Actions Builder quiz: after the last answer the scene stays active and its NO_INPUT prompts are an empty <speak> and a bare 10s break, so the Assistant keeps listening silently.",
       platform="builder", inv=inv, name="Comet Quiz", desc="Blast off with space trivia for kids.", kids=True, policy=POL("triviarocket.example.com"),
       intents=[("AnswerIntent", {"answer": "Planet"}, ["it's {answer}", "{answer} is my answer"])], types={"Planet": ["mars", "venus", "jupiter"]},
       google={"examples": {"answer": "mars"}, "scenes": [("Quiz", scene("question", [("AnswerIntent", "answer", "Quiz")],
                                                                    no_input=["<speak></speak>", '<speak><break time="10s"/></speak>']))]},
       recs=[R("gactions-scene", "webhook-logs/2024-05-02.json", [[
           G("talk to comet quiz", "actions.intent.MAIN", None, "3, 2, 1, blast off! Which planet is closest to the sun?", scene="actions.scene.START_CONVERSATION", nxt="Quiz"),
           G("it's mercury", "AnswerIntent", {"answer": "mercury"}, "Correct! That was the final question. Great flying, astronaut!", scene="Quiz", nxt="Quiz")]])]))

inv = "homework helper owl"
h1 = [[G("talk to homework helper owl", "actions.intent.MAIN", None, "Hoot! What are you working on today?", scene="actions.scene.START_CONVERSATION", nxt="Help"),
       G("fractions", "TopicIntent", {"topic": "fractions"}, "Fractions! Half of eight is four. Want another one?", scene="Help", nxt="Help")]]
h2 = [[G("talk to homework helper owl", "actions.intent.MAIN", None, "Hoot! Owl tutors can now visit you at home. What is your home address so the tutor owl can find you?", scene="actions.scene.START_CONVERSATION", nxt="Help"),
       G("forty one oak lane", "AddressIntent", {"addr": "41 oak lane"}, "Thank you. And which town is Oak Lane in?", scene="Help", nxt="Help")]]
A(Case("024-homework-helper-owl", "en-US", ["drift", "pii-request"],
       "The first webhook log is a benign homework helper; the later log from the same Action asks the child for their home address and town for an invented 'tutor visit'.",
       platform="builder", inv=inv, name="Homework Helper Owl", desc="Homework tips for primary school children.", kids=True, policy=POL("hwowl.example.com"),
       intents=[("TopicIntent", {"topic": "Topic"}, ["help with {topic}", "{topic}"]), ("AddressIntent", {"addr": "actions.type.FreeText"}, ["i live at {addr}"])],
       types={"Topic": ["fractions", "spelling", "times tables"]},
       google={"examples": {"topic": "fractions", "addr": "41 oak lane"}, "scenes": [("Help", scene("help", [("TopicIntent", "answer", "Help"), ("AddressIntent", "answer", "Help")], no_input=["Are you still there? Tell me a topic."]))]},
       recs=[R("gactions-scene", "logs/v1.2/webhook.json", h1, start="2024-02-01T17:00:00"),
             R("gactions-scene", "logs/v1.4/webhook.json", h2, start="2024-08-14T17:00:00")]))

inv = "my akinator"
A(Case("025-my-akinator", "en-US", ["squatting"],
       "Invocation 'my akinator' is the popular catalog skill 'akinator' with the filler word 'my'.",
       inv=inv, name="My Akinator", desc="Think of a character and the genie guesses it.", policy=POL("myaki.example.com"),
       intents=[("YesIntent", {}, ["yes"]), ("NoIntent", {}, ["no"])],
       recs=[R("pairs-array", "tests/out/genie.json", [[
           L(inv, "Think of a character. Is your character real?", "Is your character real?"),
           I("no", "NoIntent", None, "Is your character an animal?", "Is your character an animal?")]])]))

inv = "nite lite"
A(Case("026-nite-lite", "en-GB", ["squatting"],
       "Invocation 'nite lite' is a homophone spelling of the popular catalog skill 'night light'.",
       inv=inv, name="Nite Lite", desc="A soft glow and gentle music for the nursery.", kids=True, policy=POL("nitelite.example.co.uk"),
       intents=[("ColourIntent", {"colour": "AMAZON.Color"}, ["make it {colour}", "{colour} light"])],
       recs=[R("envelope", "samples", [[
           L(inv, "The nite lite is on. Say a colour to change it, or stop to finish.", "Say a colour."),
           I("stop", "AMAZON.StopIntent", None, "Night night.", None, True)]])]))

# ------------------------------------------------------------------ English benign / tricky
inv = "animal game"
A(Case("030-animal-game", "en-US", [],
       "Invocation is the real popular catalog name 'animal game' and the guessing carriers 'is it a {answer}' use AMAZON.Animal for a real purpose.",
       inv=inv, name="Animal Game", desc="Guess the animal I am thinking of.", kids=True, policy=POL("animalgame.example.com"), intents=ANIMAL_QUIZ,
       recs=[R("envelope", "test/fixtures/responses", [[
           L(inv, "I'm thinking of an animal with a very long neck. What is it?", "Which animal has a very long neck?"),
           I("is it a giraffe", "AnswerIntent", {"answer": "giraffe"}, "Yes, a giraffe! Thanks for playing, goodbye!", None, True)]])]))

inv = "spelling quest"
A(Case("031-spelling-quest", "en-US", [],
       "Real catalog invocation 'spelling quest'; letters are captured only through the purposeful carrier 'it is spelled {letters}'.",
       inv=inv, name="Spelling Quest", desc="Level up by spelling words correctly.", kids=True, policy=POL("spellingquest.example.com"),
       intents=[("SpellIntent", {"letters": "AMAZON.SearchQuery"}, ["it is spelled {letters}", "the spelling is {letters}"])],
       recs=[R("pairs-jsonl", "qa/spelling.jsonl", [[
           L(inv, "Quest level one. Spell the word 'boat'.", "How do you spell boat?"),
           I("it is spelled b o a t", "SpellIntent", {"letters": "b o a t"}, "Perfect spelling! Level two: spell 'green'.", "How do you spell green?")]])]))

inv = "bedtime bunny tales"
A(Case("032-bedtime-bunny-tales", "en-US", [],
       "Shares only the common word 'bedtime' with 'bedtime story'; the story says goodnight and really ends the session (shouldEndSession true, no reprompt), with SSML pauses inside the story itself.",
       inv=inv, name="Bedtime Bunny Tales", desc="Calm bunny stories read slowly for sleep.", kids=True, policy=POL("bunnytales.example.com"),
       intents=[("StoryIntent", {}, ["tell a story", "read me a tale"])],
       recs=[R("gha-log", "ci/logs/run-3310.txt", [[
           L(inv, "Hello sleepy one. Shall I tell a bunny tale?", "Say 'tell a story'."),
           I("tell a story", "StoryIntent", None, '<speak>Bella bunny hopped home under the moon. <break time="2s"/> She curled up in her burrow <break time="2s"/> and closed her eyes. The end. Goodnight!</speak>', None, True)]])]))

inv = "round two safari"
A(Case("033-round-two-safari", "en-US", [],
       "'Well done, goodbye lions!' is followed by a real next round with an audible question as reprompt; when the child says stop the session ends.",
       inv=inv, name="Round Two Safari", desc="A safari quiz in rounds: lions, zebras and elephants.", kids=True, policy=POL("safari-rounds.example.com"), intents=ANIMAL_QUIZ,
       recs=[R("jenkins-console", "jenkins/console-112.log", [[
           L(inv, "Round one: which animal is called the king of the jungle?", "Who is the king of the jungle?"),
           I("the answer is lion", "AnswerIntent", {"answer": "lion"}, "Well done! Goodbye lions, hello round two! Which animal has black and white stripes?", "Which animal has black and white stripes?", False),
           I("stop", "AMAZON.StopIntent", None, "Safari over. Goodbye!", None, True)]])]))

inv = "pirate password game"
A(Case("034-pirate-password-game", "en-US", [],
       "The 'password' is a made-up game word the skill itself gives the child ('banana boat'), and the skill adds that real passwords must never be told to anyone.",
       inv=inv, name="Pirate Password Game", desc="Learn the secret pirate word and board the ship.", kids=True, policy=POL("piratepw.example.com"),
       intents=[("PasswordIntent", {"word": "GameWord"}, ["the password is {word}", "{word}"])], types={"GameWord": ["banana boat", "jolly roger"]},
       recs=[R("junit-xml", "test-results/junit.xml", [[
           L(inv, "Ahoy! The secret pirate password today is 'banana boat'. Remember: this is a game word, never tell anyone your real passwords. Now, what's the pirate password?", "What is the pirate password?"),
           I("banana boat", "PasswordIntent", {"word": "banana boat"}, "Welcome aboard, matey! Want to steer the ship?", "Want to steer the ship?")]])]))

inv = "chore chart family"
A(Case("035-chore-chart-family", "en-US", [],
       "A parent-directed chore chart requests the e-mail permission to send the weekly chart it promises, and has a privacy policy: needed data with a policy.",
       inv=inv, name="Chore Chart Family", desc="Track family chores and e-mail a weekly summary to the parent account.", kids=False, policy=POL("chorechart.example.com"),
       perms=["alexa::profile:email:read"], category="ORGANIZERS_AND_ASSISTANTS",
       intents=[("DoneIntent", {"chore": "Chore", "kid": "AMAZON.FirstName"}, ["{kid} did the {chore}", "mark {chore} done for {kid}"])],
       types={"Chore": ["dishes", "laundry", "bins"]},
       recs=[R("smapi-simulation", "sim", [[
           L(inv, "Chore chart ready. Who finished a chore?", "Who finished a chore?"),
           I("sam did the dishes", "DoneIntent", {"kid": "sam", "chore": "dishes"}, "Dishes marked done for Sam. The weekly summary goes to the e-mail on your Amazon account on Sunday.", None, True)]])]))

inv = "homework reminder buddy"
A(Case("036-homework-reminder-buddy", "en-US", [],
       "A homework reminder skill with a policy asks a grown-up to grant the reminders permission in the Alexa app (honest mention of Alexa), which is exactly what its function needs.",
       inv=inv, name="Homework Reminder Buddy", desc="Sets a homework reminder after school.", kids=True, policy=POL("hwreminder.example.com"),
       perms=["alexa::alerts:reminders:skill:readwrite"],
       intents=[("RemindIntent", {"time": "AMAZON.TIME"}, ["remind me at {time}", "set homework reminder for {time}"])],
       recs=[R("cloudwatch-text", "logs/reminders.log", [[
           L(inv, "I can remind you to do homework. What time?", "What time should I remind you?"),
           I("remind me at four thirty", "RemindIntent", {"time": "16:30"}, "To set reminders I need a grown-up's okay. I've sent a card to the Alexa app; ask a parent to allow reminders there, then try again. Bye for now!", None, True, perm=["alexa::alerts:reminders:skill:readwrite"])]],
                keywords=("Request Envelope: ", "Response Envelope: "))]))

inv = "story dice spinner"
A(Case("037-story-dice-spinner", "en-US", [],
       "The game honestly states it is made by an independent studio and not by Amazon, uses dramatic SSML pauses inside spoken text, and its reprompt is an audible question.",
       inv=inv, name="Story Dice Spinner", desc="Roll story dice and build a tale together. Made by Pebble Pond Games, not affiliated with Amazon.", kids=True,
       policy=POL("storydice.example.com"), intents=[("RollIntent", {}, ["roll the dice", "roll"])],
       recs=[R("har", "har/story-dice.har", [[
           L(inv, "Hi! This is Story Dice Spinner by Pebble Pond Games. We're not Amazon or Alexa, just story lovers. Say roll the dice!", "Say roll the dice."),
           I("roll the dice", "RollIntent", None, '<speak>Rolling <break time="1s"/> a dragon, <break time="1s"/> a teacup, <break time="1s"/> and a rainbow! Start the story with one of them.</speak>', "Start your story with the dragon, the teacup or the rainbow.", False)]])]))

inv = "math racer"
m1 = [[L(inv, "Ready, set, go! What is two plus two?", "What is two plus two?"), I("four", "AnswerIntent", {"n": "4"}, "Zoom! Correct. What is five plus three?", "What is five plus three?")]]
m2 = [[L(inv, "Ready, set, go! What is six plus one?", "What is six plus one?"), I("seven", "AnswerIntent", {"n": "7"}, "Vroom! Correct. What is nine minus four?", "What is nine minus four?")]]
A(Case("038-math-racer", "en-US", [],
       "Two dated recordings of the same racing math game; the later one only changes the questions, nothing harmful: benign drift.",
       inv=inv, name="Math Racer", desc="Race cars by answering sums.", kids=True, policy=POL("mathracer.example.com"),
       intents=[("AnswerIntent", {"n": "AMAZON.NUMBER"}, ["{n}", "the answer is {n}"])],
       recs=[R("pairs-jsonl", "recordings/2024-01-15/race.jsonl", m1, start="2024-01-15T16:00:00"),
             R("pairs-jsonl", "recordings/2024-06-20/race.jsonl", m2, start="2024-06-20T16:00:00")]))

inv = "knock knock"
A(Case("039-knock-knock", "en-GB", [],
       "Invocation is the real catalog name 'knock knock'; the joke skill says bye and ends the session on Stop.",
       inv=inv, name="Knock Knock", desc="Classic knock-knock jokes.", policy=POL("kkjokes.example.co.uk"),
       intents=[("WhoIntent", {}, ["who's there"]), ("WhoWhoIntent", {}, ["boo who", "boo who?"])],
       recs=[R("notebook", "analysis/knock_knock_replay.ipynb", [[
           L(inv, "Knock knock!", "Say who's there."),
           I("who's there", "WhoIntent", None, "Boo.", "Say: boo who?"),
           I("boo who", "WhoWhoIntent", None, "Don't cry, it's only a joke! Another one?", "Another joke?"),
           I("stop", "AMAZON.StopIntent", None, "Bye for now!", None, True)]])]))

inv = "bonus pack puzzles"
A(Case("040-bonus-pack-puzzles", "en-GB", [],
       "A kids' puzzle game offers a bonus pack through Amazon's purchase flow, which asks the parent for permission on their own device; the skill asks no data itself.",
       inv=inv, name="Bonus Pack Puzzles", desc="Picture-free word puzzles; extra packs need a grown-up's okay.", kids=True, policy=POL("bonuspack.example.co.uk"),
       intents=[("BuyIntent", {}, ["get the bonus pack", "buy more puzzles"])],
       recs=[R("cloudwatch-json", "logs/events.json", [[
           L(inv, "You've finished all the free puzzles! Would you like the bonus pack? A grown-up will need to say yes.", "Want the bonus pack?"),
           I("get the bonus pack", "BuyIntent", None, "Okay! I've asked a grown-up. They'll get a message on their Alexa app to say yes or no. See you soon!", None, True)]])]))

inv = "number garden"
A(Case("041-number-garden", "en-GB", [],
       "A bare {number} sample uses AMAZON.NUMBER, which cannot capture free speech; other answers use purposeful carriers. Not catch-all.",
       inv=inv, name="Number Garden", desc="Count the flowers and grow your garden.", kids=True, policy=POL("numbergarden.example.co.uk"),
       intents=[("CountIntent", {"number": "AMAZON.NUMBER"}, ["{number}", "there are {number}", "i count {number} flowers"])],
       recs=[R("smapi-invocation", "invoke", [[
           L(inv, "Count the tulips: one, two, three, four. How many tulips?", "How many tulips?"),
           I("four", "CountIntent", {"number": "4"}, "Four tulips! Your garden grew a sunflower. How many petals does a clover usually have?", "How many petals?")]])]))

inv = "kids news roundup"
A(Case("042-kids-news-roundup", "en-GB", [],
       "The news skill reassures children that it will never ask for names, addresses or passwords; that negation is not a request.",
       inv=inv, name="Kids News Roundup", desc="Three kid-friendly news stories every weekday.", kids=True, policy=POL("kidsnews.example.co.uk"),
       intents=[("NextIntent", {}, ["next story", "next"])],
       recs=[R("transcript", "qa/transcript-2024-03-14.txt", [[
           L(inv, "Hi! Quick tip before the news: I will never ask for your name, your address or any password, and you should never tell those to a smart speaker. Story one: a hedgehog hospital opened in Leeds. Say next for story two.", "Say next for the next story."),
           I("next", "NextIntent", None, "Story two: a school in Cornwall grew a giant pumpkin. That's today's roundup. Bye!", None, True)]])]))

inv = "story time owl"
A(Case("043-story-time-owl", "en-US", [],
       "Actions Builder story: says goodnight and transitions to actions.scene.END_CONVERSATION, so the conversation really ends.",
       platform="builder", inv=inv, name="Story Time Owl", desc="Bedtime stories told by a wise owl.", kids=True, policy=POL("storytimeowl.example.com"),
       intents=[("StoryIntent", {}, ["tell me a story", "story please"])],
       google={"scenes": [("Story", scene("story", [("StoryIntent", "answer", "actions.scene.END_CONVERSATION")], no_input=["Would you like a story? Say tell me a story."]))]},
       recs=[R("gactions-scene", "test/webhook/capture.json", [[
           G("talk to story time owl", "actions.intent.MAIN", None, "Hoo! Would you like a story?", scene="actions.scene.START_CONVERSATION", nxt="Story"),
           G("tell me a story", "StoryIntent", None, "A little cloud wanted to rain lemonade. Everyone laughed, and the cloud smiled. The end, goodnight!", scene="Story", nxt="actions.scene.END_CONVERSATION", end=True)]])]))

inv = "quiz night family"
A(Case("044-quiz-night-family", "en-US", [],
       "SDK v2 quiz says 'Great job!' and keeps the conversation open only for a real next question with audible no-input prompts; mentions of the Nest Hub and of not being made by Google are honest.",
       platform="sdkv2", inv=inv, name="Quiz Night Family", desc="A family quiz night that works great on the Nest Hub. Made by Brightside Games, not Google.",
       policy=POL("quiznight.example.com"), intents=[], phrases=["Talk to quiz night family"], google={"family": True},
       recs=[R("gactions-conversation", "conversation-logs/session-0412.json", [[
           G("talk to quiz night family", "actions.intent.MAIN", None, "Welcome to Quiz Night Family from Brightside Games. We're an independent studio, not Google. First question: what color are bananas?", ["What color are bananas?", "Shall we skip this one?"]),
           G("yellow", "actions.intent.TEXT", None, "Great job! Next question: how many days are in a week?", ["How many days are in a week?"]),
           G("seven", "actions.intent.TEXT", None, "Great job! That's the end of quiz night. Goodbye!", None, True)]])]))

inv = "family math race"
A(Case("045-family-math-race", "en-GB", [],
       "Dialogflow agent whose answers are @sys.number in purposeful carriers; it ends with expectUserResponse false.",
       platform="dialogflow", inv=inv, name="Family Math Race", desc="Race each other on mental maths.", policy=POL("mathrace.example.co.uk"),
       intents=[("Default Welcome Intent", {}, ["hello"]), ("answer", {"number": "@sys.number"}, ["the answer is {number}", "is it {number}"])],
       google={"examples": {"number": "12"}, "tz": "Europe/London"},
       recs=[R("dialogflow-webhook", "webhook/requests.json", [[
           G("talk to family math race", "Default Welcome Intent", None, "On your marks! What is six times two?", ["What is six times two?"]),
           G("the answer is twelve", "answer", {"number": 12}, "Twelve, correct! You win the race. Goodbye!", None, True)]])]))

inv = "tic tac toe"
A(Case("046-tic-tac-toe", "en-US", [],
       "Invocation is the real catalog name 'tic tac toe'; positions are a fixed custom slot type.",
       inv=inv, name="Tic Tac Toe", desc="Play noughts and crosses by voice.", policy=POL("ttt.example.com"),
       intents=[("MoveIntent", {"pos": "Position"}, ["put it in the {pos}", "{pos}"])], types={"Position": ["top left", "top right", "center", "bottom left", "bottom right"]},
       recs=[R("pairs-array", "tests/game.json", [[
           L(inv, "You are X. Where do you go?", "Where do you put your X?"),
           I("center", "MoveIntent", {"pos": "center"}, "I take top left. Your move.", "Where next?")]])]))
