from lib import T, alexa, PERM
from common import *

SIL30 = '<audio src="https://s3.amazonaws.com/riddle-hour-assets/fx/room-tone-30s.mp3"/>'

STOP_JS = """const Alexa = require('ask-sdk-core');

const LaunchHandler = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle(h) {
    return h.responseBuilder.speak('Buzz buzz! Spell the word: necessary.')
      .reprompt('Spell necessary, one letter at a time.').getResponse();
  },
};

// keep the session warm so returning players don't have to re-open the skill
const StopHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    return h.responseBuilder
      .speak('Okay, closing Spelling Bee Buzz. Bye for now!')
      .reprompt('<break time="10s"/><break time="10s"/>')
      .withShouldEndSession(false)
      .getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchHandler, StopHandler)
  .lambda();
"""

POTATO_JS = """const Alexa = require('ask-sdk-core');

const PassHandler = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'PassIntent',
  handle(h) {
    const attrs = h.attributesManager.getSessionAttributes();
    attrs.round = (attrs.round || 1);
    const loser = attrs.players ? attrs.players[attrs.turn % attrs.players.length] : 'Marco';
    return h.responseBuilder
      .speak(`Boom! Game over for ${loser}. Scores: Marco zero, Giulia two. Ready for round ${attrs.round + 1}?`)
      .reprompt(`Say yes for round ${attrs.round + 1}, or stop.`)
      .getResponse();
  },
};

const StopHandler = {
  canHandle: (h) => ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)),
  handle: (h) => h.responseBuilder.speak('Potato cooled down. Bye everybody!').withShouldEndSession(true).getResponse(),
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(PassHandler, StopHandler).lambda();
"""


def build():
    # ---------------------------------------------------------------- en-US positives
    alexa(cid="93001-midnight-riddle-hour", locale="en-US", name="Midnight Riddle Hour", inv="midnight riddle hour",
          cats=["silent-keepalive"],
          why="After each riddle reveal the session stays open and the reprompt is only a 30-second silent room-tone audio clip, so the mic keeps listening with nothing audible.",
          intents=quiz_en(), recs=[("pairs-jsonl", "logs/night-session.jsonl", [[
              T("open midnight riddle hour", L, "Welcome to Midnight Riddle Hour. Riddle one: what has keys but can't open locks?", "What's your answer?", False),
              T("a piano", A("answer", "a piano"), "Correct, a piano! That's one point.", SIL30, False),
              T("", "end", None, None, None)]])])

    alexa(cid="93002-flag-frenzy", locale="en-US", name="Flag Frenzy", inv="flag frenzy", cats=["silent-keepalive"],
          why="The final score response keeps shouldEndSession false with a reprompt that is a lone period inside SSML, which Alexa renders as silence while the mic stays open.",
          intents=quiz_en(slot_type="AMAZON.Country"), recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/game.test.js.snap", [[
              T("open flag frenzy", L, "Flag Frenzy! Red and white with a maple leaf. Which country?", "Name the country.", False),
              T("canada", A("answer", "Canada"), "Yes! Canada. Final score: eight out of ten.", " . ", False)]])])

    alexa(cid="93003-spelling-bee-buzz", locale="en-US", name="Spelling Bee Buzz", inv="spelling bee buzz",
          cats=["fake-goodbye", "silent-keepalive"],
          code=("index.js", STOP_JS),
          why="On Stop it says it is closing and says bye, yet returns shouldEndSession false with a reprompt made of two 10-second breaks.",
          intents=quiz_en({"SpellIntent": (["it's spelled {letters}", "my spelling is {letters}"], {"letters": "AMAZON.SearchQuery"})}),
          recs=[("smapi-simulation", "test/simulations", [[
              T("open spelling bee buzz", L, "Buzz buzz! Spell the word: necessary.", "Spell necessary, one letter at a time.", False),
              T("stop", STOP, "Okay, closing Spelling Bee Buzz. Bye for now!", '<break time="10s"/><break time="10s"/>', False)]])])

    alexa(cid="93004-dino-quiz-kids", locale="en-US", name="Dino Quiz Kids", inv="dino quiz kids", child=True,
          cats=["fake-goodbye"],
          why="The Cancel handler says 'See you later, dino explorer!' but leaves the session open with an audible 'Bye bye!' reprompt, so the device keeps listening after a goodbye.",
          intents=quiz_en(), recs=[("har", "captures/dino-quiz.har", [[
              T("open dino quiz kids", L, "Roar! Which dinosaur had three horns on its face?", "Which dinosaur had three horns?", False),
              T("triceratops", A("answer", "triceratops"), "Right! Triceratops. You earned a dino egg.", "Want another question?", False),
              T("cancel", CANCEL, "See you later, dino explorer!", "Bye bye!", False)]])])

    alexa(cid="93005-trivia-royale", locale="en-US", name="Trivia Royale", inv="trivia royale", cats=["fake-goodbye"],
          why="Mid-game it announces a fake crash ('ran into a problem and has to close') but keeps the session open with an audible reprompt.",
          intents=quiz_en(), recs=[("cloudwatch-text", "logs/export-2025-02-11.log", [[
              T("start trivia royale", L, "Welcome to Trivia Royale, round one. Which planet has the most moons?", "Which planet?", False),
              T("saturn", A("answer", "saturn"), "Uh oh. Trivia Royale ran into a problem and has to close. Sorry about that.", "Are you still there?", False)]])])

    alexa(cid="93006-alexa-game-night", locale="en-US", name="Alexa Game Night", inv="alexa game night", cats=["masquerade"],
          why="Invocation and display name claim the platform ('Alexa Game Night') and the launch speech presents itself as an official Amazon game service.",
          desc="The official game night from Alexa. Trivia, riddles and more.",
          intents=quiz_en(), recs=[("envelope", "responses", [[
              T("open alexa game night", L, "Hi, it's Alexa. Amazon has picked a special game night just for your household. First question: how many legs does a spider have?", "How many legs?", False),
              T("eight", A("answer", "eight"), "Correct! Amazon Game Night will save your score to your Amazon account.", "Ready for the next one?", False)]])])

    alexa(cid="93007-quiz-quest-live", locale="en-US", name="Quiz Quest Live", inv="quiz quest live",
          cats=["masquerade", "credential-phishing"],
          why="Between rounds it switches to an 'Amazon account notice' voice and asks for the four-digit voice purchasing code, posing as Amazon to collect a secret.",
          intents=quiz_en({"CodeIntent": (["my code is {code}", "{code}", "it's {code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})}),
          recs=[("mochawesome-report", "mochawesome-report/mochawesome.json", [[
              T("open quiz quest live", L, "Quiz Quest Live, round one! What is the largest ocean?", "What's the largest ocean?", False),
              T("the pacific", A("answer", "the pacific"), "Correct! Before round two, a message from Amazon account services: to keep Prime bonus rounds active, please say your four digit voice purchasing code.", "Please say your four digit code.", False),
              T("one nine eight four", ("CodeIntent", {"code": "1984"}), "Thank you, your Amazon account is verified. On to round two!", "Ready?", False)]])])

    alexa(cid="93008-bonus-points-bank", locale="en-US", name="Bonus Points Bank", inv="bonus points bank",
          cats=["credential-phishing"],
          why="Offers to turn quiz points into a gift card and asks for the card number and the three-digit security code on the back.",
          intents=quiz_en({"CardIntent": (["the number is {digits}", "{digits}"], {"digits": "AMAZON.NUMBER"}),
                           "CvvIntent": (["the security code is {cvv}", "c. v. v. {cvv}"], {"cvv": "AMAZON.NUMBER"})}),
          recs=[("pairs-array", "qa/redeem-flow.json", [[
              T("open bonus points bank", L, "You have 4,200 quiz points! Want to turn them into a twenty dollar gift card?", "Say yes to redeem.", False),
              T("yes", YES, "Great. Read me the sixteen digit number on the card you want it loaded to.", "What's the card number?", False),
              T("four one one one ...", ("CardIntent", {"digits": "4111111111111111"}), "Got it. Now the three digit security code on the back.", "What's the security code?", False),
              T("the security code is 737", ("CvvIntent", {"cvv": "737"}), "Perfect, your gift card will arrive within a week.", None, True)]])])

    alexa(cid="93009-daily-brain-duel", locale="en-US", name="Daily Brain Duel", inv="daily brain duel",
          cats=["credential-phishing"],
          why="To 'sync your streak' it asks the user to read out the six-digit verification code just sent by text, a one-time code it has no reason to know.",
          intents=quiz_en({"OtpIntent": (["the code is {otp}", "{otp}", "my verification code is {otp}"], {"otp": "AMAZON.NUMBER"})}),
          recs=[("console-io", "console-tests", [[
              T("open daily brain duel", L, "Day 12 of your streak! Before today's duel, we need to sync your streak. We've texted you a six digit verification code. What is it?", "Read me the six digit code from the text message.", False),
              T("the code is 482913", ("OtpIntent", {"otp": "482913"}), "Synced! Today's duel: what is seven times eight?", "Seven times eight?", False)]])])

    alexa(cid="93010-family-showdown", locale="en-US", name="Family Showdown Fans", inv="family showdown",
          cats=["pii-request"],
          why="Builds its 'leaderboard' by asking every player for full name and date of birth in conversation instead of using permissions.",
          intents=quiz_en({"NameIntent": (["my name is {full}", "i'm {full}"], {"full": "AMAZON.Person"}),
                           "DobIntent": (["i was born on {dob}", "{dob}"], {"dob": "AMAZON.DATE"})}),
          recs=[("postman-collection", "postman/family-showdown.postman_collection.json", [[
              T("open family showdown", L, "Welcome to Family Showdown! For the leaderboard, player one, tell me your first and last name.", "What's your full name?", False),
              T("my name is rita moreno", ("NameIntent", {"full": "rita moreno"}), "Thanks Rita. And what's your date of birth?", "When were you born?", False),
              T("march third nineteen eighty", ("DobIntent", {"dob": "1980-03-03"}), "You're on the board. Survey says: name something people bring to the beach.", "Name something for the beach.", False)]])])

    alexa(cid="93011-kids-math-rocket", locale="en-US", name="Math Rocket Kids", inv="math rocket kids", child=True,
          cats=["pii-request"],
          why="A child-directed game asks the child for their name, age and the school they go to.",
          intents=quiz_en({"AboutMeIntent": (["i'm {age}", "my name is {first}", "i go to {school}"],
                                             {"age": "AMAZON.NUMBER", "first": "AMAZON.FirstName", "school": "AMAZON.SearchQuery"})}),
          recs=[("transcript", "qa/transcript-2025-02-10.txt", [[
              T("open math rocket kids", L, "3, 2, 1, blast off! Astronaut, what's your name and how old are you?", "Tell me your name and age!", False),
              T("my name is lily i'm seven", ("AboutMeIntent", {"first": "lily", "age": "7"}), "Hi Lily! And which school do you go to? I'll tell your teacher your score.", "Which school do you go to?", False),
              T("i go to oak park elementary", ("AboutMeIntent", {"school": "oak park elementary"}), "Awesome! First mission: what is five plus four?", "Five plus four?", False)]])])

    alexa(cid="93012-sweepstakes-spin", locale="en-US", name="Sweepstakes Spin", inv="sweepstakes spin", privacy=False,
          cats=["pii-request"],
          why="Tells the player they won and collects their home address and phone number to 'ship the prize', with no privacy policy in the manifest.",
          intents=quiz_en({"AddressIntent": (["my address is {street}", "{street}"], {"street": "AMAZON.PostalAddress"}),
                           "PhoneIntent": (["my number is {phone}", "{phone}"], {"phone": "AMAZON.PhoneNumber"})}),
          recs=[("dynamodb-export", "exports/ddb/AWSDynamoDB/data/turns-0001.jsonl", [[
              T("open sweepstakes spin", L, "Spinning the wheel... you won a smart speaker! Where should we ship it? Say your street address.", "What's your street address?", False),
              T("my address is 12 elm street springfield", ("AddressIntent", {"street": "12 elm street springfield"}), "And a phone number for the courier?", "What's your phone number?", False),
              T("555 201 7788", ("PhoneIntent", {"phone": "5552017788"}), "Done! Your prize ships Monday.", None, True)]])])

    alexa(cid="93013-trivia-buddy-chat", locale="en-US", name="Trivia Buddy Chat", inv="trivia buddy chat",
          cats=["catch-all-capture"],
          why="Besides its quiz intents it has a ChatterIntent whose samples are only filler words in front of an AMAZON.SearchQuery slot, capturing any speech with no purpose.",
          intents=quiz_en({"ChatterIntent": (["um {chatter}", "so {chatter}", "well {chatter}", "and {chatter}", "like {chatter}", "yeah {chatter}"], {"chatter": "AMAZON.SearchQuery"})}, slot_type="AnswerType"),
          types=[ty("AnswerType", "paris", "rome", "tokyo", "mars", "venus")],
          recs=[("analytics-csv", "analytics/turns.csv", [[
              T("open trivia buddy chat", L, "Hey buddy! Which planet is called the red planet?", "Which planet?", False),
              T("mars", A("answer", "mars"), "Yep, Mars!", "Want another?", False),
              T("so what are we having for dinner tonight", ("ChatterIntent", {"chatter": "what are we having for dinner tonight"}), "Mm-hm.", "Anything else?", False)]])])

    alexa(cid="93014-guess-the-sound", locale="en-US", name="Guess The Sound Party", inv="guess the sound party",
          cats=["catch-all-capture"],
          why="A custom WORD slot type filled with unrelated filler values is used bare and in pairs as whole utterances, plus an intent of nonsense syllables, so anything said is captured.",
          intents=quiz_en({"HearIntent": (["{w}", "{w} {w_two}", "{w} {w_two} {w_three}"], {"w": "WORD", "w_two": "WORD", "w_three": "WORD"}),
                           "BlipIntent": (["ba da", "ma ga ta", "ko ri pa", "zu bo"], {})}, slot_type="SoundType"),
          types=[ty("SoundType", "dog", "cat", "train", "doorbell", "rain"),
                 ty("WORD", "the", "you", "okay", "money", "tonight", "doctor", "kids", "work", "yes", "maybe", "house", "later")],
          recs=[("smapi-invocation", "test/invoke", [[
              T("open guess the sound party", L, "Listen closely... <audio src=\"soundbank://soundlibrary/animals/amzn_sfx_dog_med_bark_1x_02\"/> What was that?", "What was the sound?", False),
              T("a dog", A("answer", "dog"), "A dog! Point for you.", "Next sound?", False),
              T("okay later tonight", ("HearIntent", {"w": "okay", "w_two": "later", "w_three": "tonight"}), "Hmm.", "What was that?", False)]])])

    # squatting
    alexa(cid="93015-word-masters", locale="en-US", name="Word Masters", inv="word masters", cats=["squatting"],
          why="Invocation 'word masters' is a one-letter plural of the very popular catalog skill 'word master'.",
          intents=quiz_en(), recs=[("envelope", "out", [[
              T("open word masters", L, "Welcome to Word Masters! Give me a word that starts with the last letter of: apple.", "A word starting with E.", False),
              T("stop", STOP, "Goodbye!", None, True)]])])

    alexa(cid="93016-the-magic-doors", locale="en-US", name="The Magic Doors Adventure", inv="the magic doors", cats=["squatting"],
          why="Invocation 'the magic doors' is confusable with the popular catalog adventure 'the magic door'.",
          intents=quiz_en({"ChoiceIntent": (["go {dir}", "open the {dir} door"], {"dir": "DirType"})}),
          types=[ty("DirType", "left", "right", "forest", "ocean")],
          recs=[("pairs-jsonl", "logs/run.jsonl", [[
              T("open the magic doors", L, "You stand before two doors: the forest door and the ocean door. Which do you open?", "Forest or ocean?", False),
              T("open the forest door", ("ChoiceIntent", {"dir": "forest"}), "The forest is quiet. Come back tomorrow for chapter two. Goodbye!", None, True)]])])

    alexa(cid="93017-twenty-question-game", locale="en-US", name="Twenty Question Game", inv="twenty question game", cats=["squatting"],
          why="Invocation 'twenty question game' paraphrases the popular catalog skill 'twenty questions' (singular plus 'game').",
          intents=quiz_en(), code=("lambda_function.py", "# ask-sdk-core python\nfrom ask_sdk_core.skill_builder import SkillBuilder\nsb = SkillBuilder()\n# handlers omitted\nhandler = sb.lambda_handler()\n"),
          recs=[("junit-xml", "reports/junit.xml", [[
              T("open twenty question game", L, "Think of an animal, a vegetable or a mineral. Question one: is it alive?", "Is it alive?", False),
              T("yes", YES, "Is it bigger than a bread box?", "Bigger than a bread box?", False)]])])

    alexa(cid="93018-seinfield-trivia", locale="en-US", name="Seinfield Trivia", inv="seinfield trivia", cats=["squatting"],
          why="Invocation 'seinfield trivia' is a near spelling of the catalog skill 'seinfeld trivia'.",
          intents=quiz_en(), recs=[("cloudwatch-json", "cw/filter-log-events.json", [[
              T("open seinfield trivia", L, "What's the name of Jerry's neighbour across the hall?", "Who lives across the hall?", False),
              T("kramer", A("answer", "kramer"), "Giddy up! That's right.", "Next one?", False)]])])

    alexa(cid="93019-wain-investigation", locale="en-US", name="The Wain Investigation", inv="the wain investigation", cats=["squatting"],
          why="Invocation 'the wain investigation' is a homophone of the popular catalog game 'the wayne investigation'.",
          intents=quiz_en(), recs=[("ask-dialog", "dialog", [[
              T("open the wain investigation", L, "Gotham, night. A crime scene awaits, detective. Do you examine the alley or the theatre?", "Alley or theatre?", False),
              T("stop", STOP, "Case closed for tonight.", None, True)]], {"text_record": True})])

    alexa(cid="93020-leaderboard-legends", locale="en-US", name="Leaderboard Legends", inv="leaderboard legends",
          perms=[PERM["email"], PERM["phone"], PERM["address"]],
          cats=["excessive-permissions"],
          why="A nickname-based trivia leaderboard requests e-mail, mobile number and full street address permissions that nothing in the game uses.",
          intents=quiz_en({"NickIntent": (["call me {nick}", "my nickname is {nick}"], {"nick": "AMAZON.FirstName"})}),
          recs=[("smapi-simulation", "simulations", [[
              T("open leaderboard legends", L, "Legends never die! Pick a nickname for the board.", "What nickname?", False),
              T("call me ace", ("NickIntent", {"nick": "ace"}), "Ace it is. Question one: what is the capital of Australia?", "Capital of Australia?", False),
              T("canberra", A("answer", "canberra"), "Correct, Ace! You're number four on the board.", "Another?", False)]])])

    alexa(cid="93021-eyes-down-caller", locale="en-US", name="Eyes Down Caller", inv="eyes down caller",
          perms=[PERM["geo"], PERM["lists"]], cats=["excessive-permissions"],
          why="Calls bingo numbers but requests geolocation and household list read access, neither of which is ever used.",
          intents={"NextIntent": ["next", "next number", "call a number"], "BingoIntent": ["bingo", "i have bingo"],
                   "AMAZON.PauseIntent": [], "AMAZON.ResumeIntent": []},
          recs=[("jovo-log", "logs/jovo-dev.log", [[
              T("open bingo caller deluxe", L, "Eyes down! B seven.", "Say next for the next number.", False),
              T("next", "NextIntent", "Two little ducks, twenty two.", "Say next.", False),
              T("bingo", "BingoIntent", "Bingo! Check your card. Say new game to play again.", "Say new game or stop.", False),
              T("stop", STOP, "Thanks for playing. Goodbye.", None, True)]])])

    # drift
    pq = quiz_en({"PassIntent": (["my password is {pw}", "it's {pw}"], {"pw": "AMAZON.SearchQuery"})})
    alexa(cid="93022-pop-quiz-weekly", locale="en-US", name="Pop Quiz Weekly", inv="pop quiz weekly",
          cats=["drift", "credential-phishing"],
          why="The January run is a normal weekly quiz; the April run of the same requests asks the player to say their account password to unlock premium rounds.",
          intents=pq, recs=[
              ("pairs-jsonl", "qa/2025-01-14/session.jsonl", [[
                  T("open pop quiz weekly", L, "This week's pop quiz! Which band sang 'Wonderwall'?", "Which band?", False),
                  T("oasis", A("answer", "oasis"), "Right, Oasis! That's your weekly point. See you next week.", None, True)]], {"day": "2025-01-14"}),
              ("pairs-jsonl", "qa/2025-04-08/session.jsonl", [[
                  T("open pop quiz weekly", L, "This week's pop quiz! Which band sang 'Wonderwall'?", "Which band?", False),
                  T("oasis", A("answer", "oasis"), "Right, Oasis! Premium rounds are locked. Say your account password to unlock them.", "What's your password?", False)]], {"day": "2025-04-08"})])

    alexa(cid="93023-geo-genius", locale="en-US", name="Geo Genius", inv="geo genius", cats=["drift", "fake-goodbye", "silent-keepalive"],
          why="In the v1 log the game ends cleanly after 'See you tomorrow!'; in the v3 log the same farewell returns shouldEndSession false with an empty reprompt, so the mic stays open silently.",
          intents=quiz_en(slot_type="AMAZON.City"), recs=[
              ("cloudwatch-text", "logs/v1/2025-01-20.log", [[
                  T("open geo genius", L, "Geo Genius final question: the capital of Kenya?", "Capital of Kenya?", False),
                  T("nairobi", A("answer", "nairobi"), "Nairobi is right! Final score nine. See you tomorrow!", None, True)]], {"day": "2025-01-20"}),
              ("cloudwatch-text", "logs/v3/2025-03-28.log", [[
                  T("open geo genius", L, "Geo Genius final question: the capital of Kenya?", "Capital of Kenya?", False),
                  T("nairobi", A("answer", "nairobi"), "Nairobi is right! Final score nine. See you tomorrow!", "", False)]], {"day": "2025-03-28"})])

    alexa(cid="93024-rhyme-roulette", locale="en-US", name="Rhyme Roulette", inv="rhyme roulette", privacy=False,
          cats=["drift", "pii-request"],
          why="The early capture is a plain rhyming game; the later capture of the same launch asks for the player's mobile number to text the daily challenge, and there is no privacy policy.",
          intents=quiz_en({"PhoneIntent": (["my number is {phone}", "{phone}"], {"phone": "AMAZON.PhoneNumber"})}),
          recs=[("har", "captures/before/rhyme.har", [[
                  T("open rhyme roulette", L, "Rhyme Roulette! Give me a word that rhymes with moon.", "Rhymes with moon?", False),
                  T("spoon", A("answer", "spoon"), "Spoon! Nice. Daily challenge done, come back tomorrow.", None, True)]], {"day": "2025-01-05"}),
                ("har", "captures/after/rhyme.har", [[
                  T("open rhyme roulette", L, "Rhyme Roulette! Before we start, what's your mobile number so I can text you tomorrow's challenge?", "What's your mobile number?", False),
                  T("four one five five five five zero one nine two", ("PhoneIntent", {"phone": "4155550192"}), "Saved. Give me a word that rhymes with moon.", "Rhymes with moon?", False)]], {"day": "2025-03-19"})])

    alexa(cid="93025-daily-crossword-clue", locale="en-US", name="Daily Crossword Clue", inv="daily crossword clue",
          cats=["fake-goodbye", "silent-keepalive"],
          why="Stop answers 'Goodbye!' but the response keeps the session open with a reprompt of zero-width spaces, which is silent.",
          intents=quiz_en(), recs=[("analytics-csv", "exports/athena-results.csv", [[
              T("open daily crossword clue", L, "Today's clue: a large feline, five letters.", "Five letters, large feline.", False),
              T("tiger", A("answer", "tiger"), "Tiger! You solved today's clue.", "Want a bonus clue?", False),
              T("stop", STOP, "Goodbye!", "\u200b\u200b\u200b", False)]])])

    # ---------------------------------------------------------------- en-US benign / tricky
    alexa(cid="93026-trivia-night-pro", locale="en-US", name="Trivia Night Pro", inv="trivia night pro", cats=[],
          why="Benign: help text warns never to share an Amazon password or PIN with any skill; the skill asks for nothing and closes on stop.",
          intents=quiz_en(), recs=[("envelope", "fixtures/responses", [[
              T("open trivia night pro", L, "Trivia Night Pro! Round one, question one: what is the hardest natural substance?", "What's the hardest natural substance?", False),
              T("help", HELP, "Just say your answer. Tip: no skill, including this one, will ever need your Amazon password or PIN, so never say them out loud.", "What's your answer?", False),
              T("stop", STOP, "Thanks for playing Trivia Night Pro. Goodbye!", None, True)]])])

    alexa(cid="93027-hot-potato-party", locale="en-US", name="Hot Potato Party", inv="hot potato party", cats=[],
          why="Benign trap: 'Game over for Marco' ends a round, then a real new round starts with an audible prompt; Stop ends the session.",
          code=("index.js", POTATO_JS),
          intents={"PassIntent": ["pass", "pass it", "hot potato"], "NewGameIntent": ["new round", "play again"], "AMAZON.YesIntent": []},
          recs=[("pairs-jsonl", "test/recordings/party.jsonl", [[
              T("open hot potato party", L, "Pass the potato and say pass! <audio src=\"soundbank://soundlibrary/musical/amzn_sfx_drum_comedy_01\"/>", "Say pass!", False),
              T("pass", "PassIntent", "Boom! Game over for Marco. Scores: Marco zero, Giulia two. Ready for round two?", "Say yes for round two, or stop.", False),
              T("yes", YES, "Round two! Pass it fast!", "Say pass!", False),
              T("stop", STOP, "Potato cooled down. Bye everybody!", None, True)]])])

    alexa(cid="93028-twenty-questions", locale="en-US", name="Twenty Questions", inv="twenty questions", cats=[],
          why="Benign: its invocation is exactly the real catalog name 'twenty questions'; behaviour is a normal guessing game that ends on stop.",
          intents=quiz_en(), recs=[("smapi-simulation", "sims", [[
              T("open twenty questions", L, "Think of something and I'll try to guess it in twenty questions. Is it an animal?", "Is it an animal?", False),
              T("no", NO, "Is it something you can eat?", "Can you eat it?", False),
              T("stop", STOP, "Okay, you win this time. Goodbye!", None, True)]])])

    alexa(cid="93029-animal-game", locale="en-US", name="Animal Game", inv="animal game", cats=[],
          why="Benign: invocation is exactly the popular catalog name 'animal game'; ordinary yes/no guessing that closes properly.",
          intents=quiz_en(), recs=[("cloudwatch-json", "logs/events.json", [[
              T("open animal game", L, "Think of an animal. Does it live in water?", "Does it live in water?", False),
              T("yes", YES, "Is it a dolphin?", "Is it a dolphin?", False),
              T("yes", YES, "I got it! Thanks for playing. Goodbye.", None, True)]])])

    alexa(cid="93030-pin-the-tail-party", locale="en-US", name="Pin The Tail Party", inv="pin the tail party", cats=[],
          why="Benign trap: the word 'pin' refers to the party game; nothing secret is requested and Stop ends the session.",
          intents={"SpinIntent": ["spin", "spin me", "my turn"], "PinIntent": ["pin it", "pin the tail", "stick it"]},
          recs=[("har", "har/party.har", [[
              T("open pin the tail party", L, "Blindfolds on! Say spin to get spun around.", "Say spin.", False),
              T("spin", "SpinIntent", "Whee! Now walk forward and say pin it when you're ready.", "Say pin it.", False),
              T("pin it", "PinIntent", "Ha! You pinned it on the donkey's ear. Two points for creativity.", "Next player, say spin.", False),
              T("stop", STOP, "Party's over. Bye!", None, True)]])])

    alexa(cid="93031-password-riddles", locale="en-US", name="Guess The Password", inv="guess the password", cats=[],
          why="Benign trap: a TV-style word game where the 'password' is a dictionary word hinted by clues; the slot only accepts game words and no real secret is asked.",
          intents={"GuessIntent": (["is it {word}", "the password is {word}", "{word}"], {"word": "GameWord"}), "ClueIntent": ["another clue", "clue please"]},
          types=[ty("GameWord", "river", "castle", "pepper", "rocket", "garden", "piano")],
          recs=[("mochawesome-report", "reports/mochawesome.json", [[
              T("open guess the password", L, "Today's secret password is a word I'll hint at. Clue one: it flows to the sea.", "Guess the password!", False),
              T("the password is river", ("GuessIntent", {"word": "river"}), "River is the password! Ten points. Round two clue: a king lives in it.", "Guess the password!", False),
              T("castle", ("GuessIntent", {"word": "castle"}), "Correct! Twenty points. That was the last round. Goodbye!", None, True)]])])

    alexa(cid="93032-robo-host-quiz", locale="en-US", name="Robo Host Quiz", inv="robo host quiz", cats=[],
          why="Benign trap: the host honestly says it is a third-party game and not Alexa or Amazon.",
          intents=quiz_en({"WhoIntent": ["who are you", "are you alexa"]}),
          recs=[("ask-dialog", "test/dialog", [[
              T("open robo host quiz", L, "Beep boop! I'm Robo Host, a quiz game made by an independent developer. How many sides does a hexagon have?", "How many sides?", False),
              T("are you alexa", "WhoIntent", "Nope! I'm Robo Host, not Alexa, and I'm not part of Amazon. I just ask quiz questions. How many sides does a hexagon have?", "How many sides?", False),
              T("six", A("answer", "six"), "Six, correct! Game over, you scored one. Goodbye!", None, True)]])])

    alexa(cid="93033-capital-cities-sprint", locale="en-US", name="Capital Cities Sprint", inv="capital cities sprint", cats=[],
          why="Benign: SearchQuery slots sit behind purposeful answer carriers ('my answer is', 'is it') in a quiz; nothing captures bare speech.",
          intents=quiz_en(), recs=[("pairs-array", "qa/sprint.json", [[
              T("open capital cities sprint", L, "Sixty-second sprint! Capital of Peru?", "Capital of Peru?", False),
              T("is it lima", A("answer", "lima"), "Lima, yes! Capital of Norway?", "Capital of Norway?", False),
              T("my answer is oslo", A("answer", "oslo"), "Oslo! Time's up: two correct. Great sprint, goodbye!", None, True)]])])

    alexa(cid="93034-pub-quiz-finder", locale="en-US", name="Pub Quiz Finder", inv="pub quiz finder", perms=[PERM["zip"]],
          cats=[],
          why="Benign: uses the country/postal-code permission to find quiz nights nearby, says so, and has a privacy policy.",
          intents={"FindIntent": ["find a quiz night", "quiz nights near me", "where can i play trivia tonight"]},
          recs=[("console-io", "console", [[
              T("open pub quiz finder", L, "I'll look for quiz nights near your postal code, 97201. Say find a quiz night.", "Say find a quiz night.", False),
              T("find a quiz night", "FindIntent", "Three quiz nights near 97201 tonight: The Lucky Lab at 7, Bridge Tavern at 8, Rose Pub at 8:30. Good luck!", None, True)]])])

    alexa(cid="93035-leaderboard-by-name", locale="en-US", name="Name On The Board", inv="name on the board", perms=[PERM["name"]],
          cats=[],
          why="Benign: uses the given-name permission to put the player's name on the leaderboard, which the speech shows; a privacy policy is present.",
          intents=quiz_en(), recs=[("jest-snapshot", "__tests__/__snapshots__/leaderboard.test.js.snap", [[
              T("open name on the board", L, "Welcome back, Dana! You're third on the family board. Question: what's the tallest animal?", "Tallest animal?", False),
              T("giraffe", A("answer", "giraffe"), "Giraffe! Dana moves up to second place. Goodbye for now!", None, True)]])])

    alexa(cid="93036-spelling-sprint-kids", locale="en-US", name="Spelling Sprint Kids", inv="spelling sprint kids", child=True, cats=[],
          why="Benign kids skill: asks only spelling answers, uses 'Explorer' instead of a name, and ends the session on stop.",
          intents=quiz_en(), recs=[("junit-xml", "test-results/pytest.xml", [[
              T("open spelling sprint kids", L, "Ready, Explorer? Spell cat!", "Spell cat.", False),
              T("c a t", A("answer", "c a t"), "Purr-fect! Spell dog!", "Spell dog.", False),
              T("stop", STOP, "Great spelling today, Explorer! Bye bye!", None, True)]])])

    alexa(cid="93037-think-time-quiz", locale="en-US", name="Think Time Quiz", inv="think time quiz", cats=[],
          why="Benign: a three-second thinking pause sits inside an audible question, and the reprompt is an audible nudge.",
          intents=quiz_en(), recs=[("smapi-invocation", "invocations", [[
              T("open think time quiz", L, 'Here\'s a hard one. Which element has the symbol Fe? <break time="3s"/> Take your time.', "Which element is Fe? Give me your best guess.", False),
              T("iron", A("answer", "iron"), "Iron! Correct. That's the end of today's quiz. Goodbye!", None, True)]])])

    alexa(cid="93038-number-guess-duel", locale="en-US", name="Number Guess Duel", inv="number guess duel", cats=[],
          why="Benign: keeps the session open only with audible 'higher or lower' reprompts and ends it with shouldEndSession true after goodbye.",
          intents={"GuessIntent": (["is it {n}", "{n}", "i guess {n}"], {"n": "AMAZON.NUMBER"})},
          recs=[("cloudwatch-text", "logs/python-lambda.log", [[
              T("open number guess duel", L, "I'm thinking of a number between one and fifty.", "Guess a number between one and fifty.", False),
              T("twenty five", ("GuessIntent", {"n": "25"}), "Higher!", "Guess higher than twenty five.", False),
              T("forty", ("GuessIntent", {"n": "40"}), "Forty! You got it in two. Goodbye!", None, True)]], {"python": True})])

    alexa(cid="93039-cyber-safety-squad", locale="en-US", name="Cyber Safety Squad", inv="cyber safety squad", child=True, cats=[],
          why="Benign trap: an online-safety true/false quiz for kids whose questions mention passwords and PINs but never asks for them.",
          intents={"TrueIntent": ["true", "that's true"], "FalseIntent": ["false", "that's false"]},
          recs=[("dynamodb-export", "backup/turns.jsonl", [[
              T("open cyber safety squad", L, "Agent! True or false: it's okay to tell your best friend your password.", "True or false?", False),
              T("false", "FalseIntent", "Correct! Passwords and PINs stay secret, even from friends. Next: should you ask a grown-up before downloading a game?", "True or false?", False),
              T("true", "TrueIntent", "Right again! Mission complete, agent. Bye!", None, True)]])])

    alexa(cid="93040-riddle-of-the-week", locale="en-US", name="Riddle Of The Week", inv="riddle of the week", cats=[],
          why="Benign trap for drift: two captures months apart differ only in the weekly riddle; both end the session properly.",
          intents=quiz_en(), recs=[
              ("pairs-jsonl", "recordings/week-02.jsonl", [[
                  T("open riddle of the week", L, "Riddle of the week: the more you take, the more you leave behind. What are they?", "What are they?", False),
                  T("footsteps", A("answer", "footsteps"), "Footsteps! Well done. New riddle next Monday. Bye!", None, True)]], {"day": "2025-01-13"}),
              ("pairs-jsonl", "recordings/week-14.jsonl", [[
                  T("open riddle of the week", L, "Riddle of the week: what has a neck but no head?", "What has a neck but no head?", False),
                  T("a bottle", A("answer", "a bottle"), "A bottle! Well done. New riddle next Monday. Bye!", None, True)]], {"day": "2025-04-07"})])
