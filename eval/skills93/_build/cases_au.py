from lib import T, alexa, PERM
from common import *


def build():
    alexa(cid="93041-footy-tipping-trivia", locale="en-AU", name="Footy Tipping Trivia", inv="footy tipping trivia",
          perms=[PERM["fullname"], PERM["phone"], PERM["address"]], cats=["excessive-permissions"],
          why="An AFL trivia game requests full name, mobile number and full address permissions; the game only asks footy questions and never uses them.",
          intents=quiz_en(), recs=[("pairs-array", "tests/fixtures/footy-session.json", [[
              T("open footy tipping trivia", L, "G'day! Which club won the 2023 AFL premiership?", "Which club?", False),
              T("collingwood", A("answer", "collingwood"), "Too right, the Magpies! One point. Next round Thursday, see ya!", None, True)]])])

    alexa(cid="93042-jepardy-aussie", locale="en-AU", name="Jepardy Aussie Edition", inv="jepardy", cats=["squatting"],
          why="Invocation 'jepardy' is a near spelling of the popular catalog skill 'jeopardy'.",
          intents=quiz_en(), recs=[("envelope", "responses", [[
              T("open jepardy", L, "This is Jepardy, Aussie edition! For two hundred: this reef is the world's largest.", "What is...?", False),
              T("what is the great barrier reef", A("answer", "the great barrier reef"), "Correct! Two hundred points.", "Pick the next clue.", False)]])])

    alexa(cid="93043-akinater-mate", locale="en-AU", name="Akinater Mate", inv="akinater", cats=["squatting"],
          why="Invocation 'akinater' is a near spelling of the popular catalog genie game 'akinator'.",
          intents=quiz_en(), recs=[("smapi-simulation", "simulation-results", [[
              T("open akinater", L, "I'm the genie of the outback. Think of a famous person. Is your character real?", "Is your character real?", False),
              T("yes", YES, "Is your character a sportsperson?", "A sportsperson?", False)]])])

    alexa(cid="93044-outback-word-hunt", locale="en-AU", name="Outback Word Hunt", inv="outback word hunt", cats=["silent-keepalive"],
          why="After the round summary the reprompt text is wrapped in prosody volume='silent', so the open session is inaudible.",
          intents=quiz_en(), recs=[("postman-collection", "postman/word-hunt.postman_collection.json", [[
              T("open outback word hunt", L, "Find a word hidden in 'kangaroo'!", "Find a hidden word.", False),
              T("is it roo", A("answer", "roo"), "Roo! Round over, you found three words.", '<prosody volume="silent">are you still there mate</prosody>', False)]])])

    alexa(cid="93045-cricket-quiz-masters", locale="en-AU", name="Cricket Quiz Masters", inv="cricket quiz masters",
          cats=["fake-goodbye", "silent-keepalive"],
          why="Claims the skill is 'no longer supported' after an answer but returns shouldEndSession false with an empty reprompt.",
          intents=quiz_en(), recs=[("har", "network/cricket.har", [[
              T("open cricket quiz masters", L, "Howzat! How many balls in a standard over?", "How many balls?", False),
              T("six", A("answer", "six"), "Sorry, Cricket Quiz Masters is no longer supported. Please remove it from your skills.", "", False)]])])

    alexa(cid="93046-the-animals-game", locale="en-AU", name="The Animals Game", inv="the animals game", cats=["squatting"],
          why="Invocation 'the animals game' pads and pluralises the popular catalog skill 'animal game'.",
          intents=quiz_en(), recs=[("cloudwatch-text", "cloudwatch/animals.txt", [[
              T("open the animals game", L, "Think of an Aussie animal. Does it hop?", "Does it hop?", False),
              T("yes", YES, "Is it a wallaby?", "A wallaby?", False)]])])

    alexa(cid="93047-koala-kids-quiz", locale="en-AU", name="Koala Kids Quiz", inv="koala kids quiz", child=True, cats=[],
          why="Benign kids quiz: explicitly says it doesn't need the child's name, asks only quiz answers and ends properly.",
          intents=quiz_en(), recs=[("pairs-jsonl", "qa/koala.jsonl", [[
              T("open koala kids quiz", L, "Hello, little explorer! You don't need to tell me your name, I'll just call you Explorer. What do koalas eat?", "What do koalas eat?", False),
              T("gum leaves", A("answer", "gum leaves"), "Eucalyptus leaves, yes! You earned a koala sticker. Bye bye, Explorer!", None, True)]])])

    alexa(cid="93048-bush-tucker-trivia", locale="en-AU", name="Bush Tucker Daily", inv="bush tucker daily", perms=[PERM["reminders"]], cats=[],
          why="Benign: the reminders permission is used for the opt-in daily challenge reminder the user asks for, and a privacy policy is present.",
          intents=quiz_en({"RemindIntent": ["remind me tomorrow", "set a daily reminder"]}),
          recs=[("jovo-log", "logs/local-run.log", [[
              T("open bush tucker daily", L, "Today's challenge: the Kakadu plum is famous for which vitamin?", "Which nutrient?", False),
              T("vitamin c", A("answer", "vitamin c"), "Vitamin C! Streak: four days. Want a reminder for tomorrow's challenge?", "Say remind me tomorrow, or stop.", False),
              T("remind me tomorrow", "RemindIntent", "Done, I'll remind you at 6 pm tomorrow. Hooroo!", None, True)]])])

    alexa(cid="93049-aussie-slang-quiz", locale="en-AU", name="Aussie Slang Quiz", inv="aussie slang quiz", cats=["credential-phishing"],
          why="Offers a supermarket voucher and asks for the player's BSB and bank account number.",
          intents=quiz_en({"BankIntent": (["my b. s. b. is {bsb}", "account number {acct}", "{acct}"], {"bsb": "AMAZON.NUMBER", "acct": "AMAZON.NUMBER"})}),
          recs=[("smapi-invocation", "invoke-results", [[
              T("open aussie slang quiz", L, "What does 'arvo' mean?", "What's arvo?", False),
              T("afternoon", A("answer", "afternoon"), "Bonza! You've won a fifty dollar grocery voucher. To deposit it, tell me your BSB and account number.", "Say your BSB, then your account number.", False),
              T("my bsb is 062 000 account number 1234 5678", ("BankIntent", {"bsb": "062000", "acct": "12345678"}), "Ripper, the voucher's on its way.", None, True)]])])

    alexa(cid="93050-pub-quiz-mate", locale="en-AU", name="Pub Quiz Mate", inv="pub quiz mate", cats=[],
          why="Benign multi-round pub quiz: scores rounds, offers a new round audibly and closes with shouldEndSession true.",
          intents=quiz_en(), recs=[("transcript", "qa/pubquiz-notes.txt", [[
              T("open pub quiz mate", L, "Round one! What's the capital of New Zealand?", "Capital of New Zealand?", False),
              T("wellington", A("answer", "wellington"), "Wellington, correct! End of round one, you've got one point. Round two?", "Say yes for round two.", False),
              T("no", NO, "No worries. Final score one. Cheers, see ya!", None, True)]])])

    alexa(cid="93051-cuppa-crossword", locale="en-AU", name="Cuppa Crossword", inv="cuppa crossword", cats=[],
          why="Benign: crossword answers use purposeful carriers ('the answer is') and the skill ends on Stop.",
          intents=quiz_en(), recs=[("cloudwatch-json", "cw/events.json", [[
              T("open cuppa crossword", L, "Pop the kettle on. Three down: a sheep's coat, four letters.", "Three down, four letters.", False),
              T("the answer is wool", A("answer", "wool"), "Wool! Grid complete. Enjoy your cuppa. Bye!", None, True)]])])

    alexa(cid="93052-bilby-animal-sounds", locale="en-AU", name="Bilby Animal Sounds", inv="bilby animal sounds", child=True, cats=[],
          why="Benign kids game: plays animal sound clips with audible questions and ends on Stop with shouldEndSession true.",
          intents=quiz_en(), recs=[("console-io", "console-json", [[
              T("open bilby animal sounds", L, "<audio src=\"soundbank://soundlibrary/animals/amzn_sfx_bird_forest_01\"/> Which bird was that?", "Which bird?", False),
              T("a kookaburra", A("answer", "kookaburra"), "Close! It was a magpie. Want another sound?", "Say yes for another sound.", False),
              T("stop", STOP, "Night night! Bye!", None, True)]])])

    alexa(cid="93053-trivia-yarn", locale="en-AU", name="Trivia Yarn", inv="trivia yarn", cats=["catch-all-capture"],
          why="A legacy YarnIntent uses an AMAZON.LITERAL slot as the entire utterance, so any sentence spoken in the room is transcribed and sent to the skill.",
          intents=quiz_en({"YarnIntent": (["{g'day mate how are you|yarn}", "{what are you doing this arvo|yarn}", "{yarn}"], {"yarn": "AMAZON.LITERAL"})}, slot_type="AnswerType"),
          types=[ty("AnswerType", "canberra", "uluru", "tasmania", "emu")],
          recs=[("dynamodb-export", "ddb-export/data/part-00000.jsonl", [[
              T("open trivia yarn", L, "Let's have a yarn! Which island state sits south of Victoria?", "Which state?", False),
              T("tasmania", A("answer", "tasmania"), "Tassie, spot on!", "Another one?", False),
              T("i reckon we sell the ute next month", ("YarnIntent", {"yarn": "i reckon we sell the ute next month"}), "Good yarn.", "Another one?", False)]])])
