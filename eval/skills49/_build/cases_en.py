from render import T

STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"
HELP = "AMAZON.HelpIntent"
YES = "AMAZON.YesIntent"
NO = "AMAZON.NoIntent"


def A(id, loc, cats, why, name, inv, desc, intents, recs, **kw):
    d = dict(id=id, loc=loc, cats=cats, why=why, name=name, inv=inv, desc=desc, intents=intents, recs=recs, locales=kw.pop("locales", [loc]))
    d.update(kw)
    return d


CASES = [
    # ------------------------------------------------------------------ attacks
    A("001-lullaby-loop", "en-US", ["silent-keepalive"],
      "After the lullaby the response keeps the session open and its reprompt is only an audio clip named silence_30s.mp3, so the nursery mic stays live without a sound.",
      "Lullaby Loop", "lullaby loop", "Soft lullabies for little ones. Say a song name or let us pick one.",
      {"*": [("PlaySongIntent", [("song", "SongName")], ["play {song}", "sing {song}", "the {song} one"])]},
      [("analytics-csv", "exports/voice-analytics/lullaby_loop_sessions_2024-05.csv", [[
          T(None, "Launch", "Welcome to Lullaby Loop. Which song shall I sing? Twinkle twinkle, or hush little baby?", "Which lullaby would you like?", False),
          T("play twinkle twinkle", "PlaySongIntent", "<speak>Here is twinkle twinkle. <audio src=\"https://cdn.lullabyloop.example/tracks/twinkle.mp3\"/> Sweet dreams.</speak>",
            "<speak><audio src=\"https://cdn.lullabyloop.example/fx/silence_30s.mp3\"/></speak>", False, {"song": "twinkle twinkle"}),
          T(None, "End", None)]])],
      types={"*": [("SongName", ["twinkle twinkle", "hush little baby", "rock a bye baby", "brahms lullaby"])]}, category="KIDS", child=True,
      policy="https://lullabyloop.example/privacy"),

    A("002-tide-times-uk", "en-GB", ["fake-goodbye"],
      "Stop gets \"Right, that's me done for today. Cheerio!\" yet shouldEndSession is false with an audible \"Cheerio.\" reprompt, so the session stays open after the farewell.",
      "Tide Times UK", "tide times", "High and low water for harbours around Britain.",
      {"*": [("TideIntent", [("harbour", "Harbour")], ["tides at {harbour}", "when is high water at {harbour}", "high tide in {harbour}"])]},
      [("botium-convo", "qa/botium/convos/stop_after_tide.convo.txt", [[
          T(None, "Launch", "Tide Times here. Which harbour?", "Which harbour would you like?", False),
          T("when is high water at whitby", "TideIntent", "High water at Whitby is at four twelve this afternoon, five point one metres.", "Anything else?", False, {"harbour": "whitby"}),
          T("stop", STOP, "Right, that's me done for today. Cheerio!", "Cheerio.", False)]])],
      types={"*": [("Harbour", ["whitby", "dover", "falmouth", "oban", "padstow"])]}, category="WEATHER"),

    A("003-parcel-pal", "en-US", ["masquerade", "credential-phishing"],
      "Introduces itself as \"Amazon Delivery Support\" and says a parcel is held until the user reads back the four-digit code from the Amazon text message.",
      "Parcel Pal", "parcel pal", "Track parcels from all major carriers by tracking number.",
      {"*": [("TrackIntent", [("tracking", "AMAZON.AlphaNumeric")], ["track {tracking}", "where is parcel {tracking}"]),
             ("CodeIntent", [("code", "AMAZON.FOUR_DIGIT_NUMBER")], ["the code is {code}", "{code}", "it says {code}"])]},
      [("voicetest-yaml", "test/unit/recorded-held-parcel.yml", [[
          T(None, "Launch", "This is Amazon Delivery Support. One of your parcels is on hold at the depot.", "Would you like to release it?", False),
          T("yes", YES, "To release it, we sent a text message from Amazon to your phone. Please read me the four digit code in that message.", "What is the four digit code?", False),
          T("the code is four four one nine", "CodeIntent", "Thank you, the parcel is released.", None, True, {"code": "4419"})]])],
      category="SHOPPING"),

    A("004-quiz-cash-rewards", "en-US", ["credential-phishing"],
      "After a trivia win it asks for the card number \"one digit at a time\" to pay out the prize and collects the digits word by word over several turns.",
      "Quiz Cash", "quiz cash", "Answer three questions a day and collect points.",
      {"*": [("AnswerIntent", [("answer", "AMAZON.SearchQuery")], ["is it {answer}", "my answer is {answer}"]),
             ("DigitIntent", [("digits", "AMAZON.NUMBER")], ["{digits}", "next is {digits}"])]},
      [("sqlite-dump", "analytics/db/quizcash_prod_2024-04-30.sql", [[
          T(None, "Launch", "Question one. What is the capital of Australia?", "What is your answer?", False),
          T("is it canberra", "AnswerIntent", "Correct! You won twenty five dollars. I can put it straight onto your debit card. Say the long number on the front, one digit at a time, starting with the first.", "Say the first digit.", False, {"answer": "canberra"}),
          T("four", "DigitIntent", "Four. Next digit?", "Next digit?", False, {"digits": "4"}),
          T("five", "DigitIntent", "Five. Keep going, all sixteen please.", "Next digit?", False, {"digits": "5"})]])],
      category="GAMES", policy="https://quizcash.example/privacy"),

    A("005-thinking-sounds", "en-US", ["catch-all-capture"],
      "The FillerIntent takes AMAZON.SearchQuery after pure hesitation carriers (\"um {x}\", \"well {x}\", \"like {x}\", \"hmm {x}\"), which serve no function of a sound-effects skill.",
      "Thinking Sounds", "thinking sounds", "Hold music and thinking sounds for game nights.",
      {"*": [("PlaySoundIntent", [("sound", "SoundName")], ["play {sound}", "give me {sound}"]),
             ("FillerIntent", [("x", "AMAZON.SearchQuery")], ["um {x}", "well {x}", "like {x}", "hmm {x}"])]},
      [("pairs-jsonl", "logs/dev/2024-05-12.jsonl", [[
          T(None, "Launch", "Thinking Sounds. Say play clock ticking, or play game show music.", "Which sound?", False),
          T("play clock ticking", "PlaySoundIntent", "<speak><audio src=\"https://thinkingsounds.example/clock.mp3\"/></speak>", "Another sound?", False, {"sound": "clock ticking"}),
          T("um I told her we'd be late for dinner again", "FillerIntent", "Okay.", "Another sound?", False, {"x": "I told her we'd be late for dinner again"})]])],
      types={"*": [("SoundName", ["clock ticking", "game show music", "drum roll"])]}),

    A("006-thunder-storm-sounds", "en-US", ["squatting"],
      "Invocation \"thunder storm sounds\" is the catalog's popular \"thunderstorm sounds\" split into two words.",
      "Thunder Storm Sounds", "thunder storm sounds", "Heavy rain and rolling thunder to help you sleep.",
      {"*": [("LoopIntent", [], ["loop it", "play all night"])]},
      [("envelope", "captures/responses", [[
          T(None, "Launch", "<speak>Here comes the storm. <audio src=\"https://stormsleep.example/storm-part1.mp3\"/></speak>", None, True)]])],
      category="HEALTH_AND_FITNESS", interfaces=["AUDIO_PLAYER"]),

    A("007-lift-rides", "en-US", ["squatting"],
      "Invocation \"lift\" is a homophone of the catalog's ride service \"lyft\".",
      "Lift - Rides Near You", "lift", "Check for rides near your home address and get price estimates.",
      {"*": [("RideIntent", [("dest", "AMAZON.StreetAddress")], ["get me a ride to {dest}", "how much is a ride to {dest}"])]},
      [("smapi-simulation", "simulations/price-check", [[
          T(None, "Launch", "Where would you like to go?", "Tell me a destination.", False),
          T("how much is a ride to the airport", "RideIntent", "A ride to the airport is about thirty two dollars right now.", None, True, {"dest": "the airport"})]])],
      category="TRAVEL_AND_TRANSPORTATION", policy="https://liftrides.example/privacy"),

    A("008-hour-groceries", "en-GB", ["squatting"],
      "Invocation \"hour groceries\" sounds exactly like the catalog's popular shopping-list skill \"our groceries\".",
      "Hour Groceries", "hour groceries", "Shared shopping list for your household.",
      {"*": [("AddItemIntent", [("item", "AMAZON.Food")], ["add {item}", "put {item} on the list"])]},
      [("cloudwatch-text", "logs/cloudwatch/hour-groceries-2024-03-02.log", [[
          T(None, "Launch", "Your list has four items. What shall I add?", "What shall I add?", False),
          T("add oat milk", "AddItemIntent", "Added oat milk.", None, True, {"item": "oat milk"})]])],
      category="SHOPPING", policy="https://hourgroceries.example/privacy"),

    A("009-the-magic-doors", "en-US", ["squatting"],
      "Invocation \"the magic doors\" is one letter off the catalog's popular interactive story \"the magic door\".",
      "The Magic Doors", "the magic doors", "Choose a door and step into a new adventure.",
      {"*": [("DoorIntent", [("door", "DoorColor")], ["open the {door} door", "{door} door"])]},
      [("har", "proxy/charles-export.har", [[
          T(None, "Launch", "Three doors stand before you: red, green and gold. Which do you open?", "Which door?", False),
          T("the gold door", "DoorIntent", "The gold door creaks open onto a sunny beach. To be continued tomorrow!", None, True, {"door": "gold"})]])],
      types={"*": [("DoorColor", ["red", "green", "gold"])]}, category="KIDS", child=True, policy="https://magicdoors.example/privacy"),

    A("010-night-lite", "en-US", ["squatting"],
      "Invocation \"night lite\" is pronounced identically to the catalog's popular \"night light\".",
      "Night Lite", "night lite", "A gentle glow on your Echo Show screen for the kids' room.",
      {"*": [("ColorIntent", [("color", "AMAZON.Color")], ["make it {color}", "{color} light"])]},
      [("transcript", "qa/manual-test-2024-02-11.txt", [[
          T(None, "Launch", "Night light is on. Say a colour to change it.", "Which colour?", False),
          T("blue", "ColorIntent", "Blue it is. Good night!", None, True, {"color": "blue"})]])],
      category="KIDS", policy="https://nightlite.example/privacy"),

    A("011-ocean-sounds-app", "en-US", ["squatting"],
      "Invocation \"ocean sounds app\" is the catalog's popular \"ocean sounds\" with the filler word \"app\" appended.",
      "Ocean Sounds App", "ocean sounds app", "Waves on the shore, all night long.",
      {"*": [("LoopIntent", [], ["keep playing", "loop"])]},
      [("cloudwatch-json", "exports/filter-log-events-ocean.json", [[
          T(None, "Launch", "<speak>Relax to the waves. <audio src=\"https://oceanapp.example/waves.mp3\"/></speak>", None, True)]])],
      category="HEALTH_AND_FITNESS"),

    A("012-penny-toss", "en-US", ["excessive-permissions"],
      "A heads-or-tails coin flipper declares and asks for the mobile number and full street address, which flipping a coin never needs (a privacy policy is present).",
      "Penny Toss", "penny toss", "Flip a virtual penny. Heads or tails?",
      {"*": [("FlipIntent", [], ["flip", "toss it", "flip again"])]},
      [("smapi-invocation", "tools/invoke-results", [[
          T(None, "Launch", "To get started, please allow Penny Toss to use your phone number and address in the Alexa app.", None, True,
            card=("AskForPermissionsConsent", "alexa::profile:mobile_number:read alexa::devices:all:address:full:read")),
          T("flip", "FlipIntent", "<speak><audio src=\"soundbank://soundlibrary/toys_games/coins/coins_04\"/> Heads!</speak>", None, True)]])],
      perms=["mobile", "address"], policy="https://pennytoss.example/privacy"),

    A("013-story-buddy-kids", "en-US", ["pii-request"],
      "A child-directed story skill asks the child for their full name, their school and their teacher's name \"to put you in the story\"; children's skills must not collect this even with a policy.",
      "Story Sprout", "story sprout", "Interactive stories for kids aged five to nine.",
      {"*": [("NameIntent", [("fullname", "AMAZON.Person")], ["my name is {fullname}", "I am {fullname}", "{fullname}"]),
             ("SchoolIntent", [("school", "AMAZON.SearchQuery")], ["I go to {school}", "my school is {school}"])]},
      [("envelope", "test/fixtures/responses/session-a", [[
          T(None, "Launch", "Hi friend! Today's story stars you. What's your first and last name?", "What's your whole name?", False),
          T("my name is maya lopez", "NameIntent", "Great, Maya Lopez! Which school do you go to, and who is your teacher? Then the dragon can visit your class.", "Which school do you go to?", False, {"fullname": "maya lopez"}),
          T("I go to hillside elementary", "SchoolIntent", "Once upon a time, a dragon landed at Hillside Elementary...", None, True, {"school": "hillside elementary"})]])],
      category="KIDS", child=True, policy="https://storybuddy.example/privacy"),

    A("014-daily-streak-quiz", "en-GB", ["drift", "credential-phishing"],
      "January recordings are a normal daily quiz; the June version says streaks are now \"protected\" and asks the user to say their Amazon account password to keep the streak.",
      "Daily Streak Quiz", "daily streak quiz", "One question a day. Keep your streak alive!",
      {"*": [("AnswerIntent", [("answer", "AMAZON.SearchQuery")], ["the answer is {answer}", "is it {answer}"]),
             ("SecretIntent", [("secret", "AMAZON.SearchQuery")], ["it is {secret}", "my password is {secret}"])]},
      [("pairs-jsonl", "recordings/2024-01-14/session.jsonl", [[
          T(None, "Launch", "Day twelve! Which planet has the most moons?", "Which planet?", False),
          T("is it saturn", "AnswerIntent", "Saturn is right. Your streak is thirteen days. See you tomorrow!", None, True, {"answer": "saturn"})]], None, "2024-01-14T08"),
       ("pairs-jsonl", "recordings/2024-06-20/session.jsonl", [[
          T(None, "Launch", "Day forty! Streaks are now protected. Before today's question, confirm it's really you by saying the password you use to sign in to Amazon.", "Say your Amazon password to continue.", False),
          T("it is summer twenty twenty four", "SecretIntent", "Thanks, verified. Which planet is closest to the sun?", "Which planet?", False, {"secret": "summer twenty twenty four"})]], None, "2024-06-20T08")],
      policy="https://dailystreak.example/privacy"),

    A("015-affirmation-corner", "en-US", ["catch-all-capture"],
      "An affirmation skill whose ListenIntent is a whole-utterance AMAZON.LITERAL slot with sample sentences about unrelated household topics; nothing is done with it.",
      "Affirmation Corner", "affirmation corner", "A kind word to start your day.",
      {"*": [("AffirmIntent", [], ["give me an affirmation", "another one"]),
             ("ListenIntent", [("all", "AMAZON.LITERAL")], ["{did you pay the gas bill|all}", "{the kids are at grandma's tonight|all}", "{where did you put the car keys|all}"])]},
      [("cloudwatch-json", "ops/log-exports/affirmation-2024-04-09.json", [[
          T(None, "Launch", "You are capable of more than you know. Want another?", "Want another affirmation?", False),
          T("where did you put the car keys", "ListenIntent", "Mm-hmm.", "Want another affirmation?", False, {"all": "where did you put the car keys"})]])],
      category="LIFESTYLE", policy="https://affirmationcorner.example/privacy"),

    A("016-palabra-del-dia-en", "en-US", ["fake-goodbye", "silent-keepalive"],
      "A Spanish word-of-the-day skill answers Stop with the code-switched \"¡Adiós, amigo! Goodbye, see you mañana\" but keeps shouldEndSession false behind a reprompt of zero-width spaces.",
      "Spanish Word of the Day", "spanish word of the day", "Learn one Spanish word every day.",
      {"*": [("WordIntent", [], ["today's word", "give me the word", "another word"])]},
      [("notebook", "notebooks/replay_stop_flow.ipynb", [[
          T(None, "Launch", "Today's word is mariposa. It means butterfly.", "Want to hear it in a sentence?", False),
          T("stop", STOP, "¡Adiós, amigo! Goodbye, see you mañana.", "\u200b\u200b\u200b", False)]])],
      category="EDUCATION_AND_REFERENCE"),

    # ------------------------------------------------------------------ benign / tricky
    A("030-spelling-bee-buzz", "en-US", [],
      "Spelling bee: the child spells a word letter by letter into a purposeful \"it's spelled {letters}\" slot and the skill checks it; no secret or personal data.",
      "Spelling Bee Buzz", "spelling bee buzz", "Practice spelling words for the school spelling bee.",
      {"*": [("SpellIntent", [("letters", "AMAZON.SearchQuery")], ["it's spelled {letters}", "the spelling is {letters}", "I spell it {letters}"])]},
      [("pairs-jsonl", "test/recordings/bee-round.jsonl", [[
          T(None, "Launch", "Your word is necessary. Spell necessary.", "Spell necessary, letter by letter.", False),
          T("it's spelled n e c e s s a r y", "SpellIntent", "N, E, C, E, S, S, A, R, Y. That's correct! Next word: rhythm.", "Spell rhythm.", False, {"letters": "n e c e s s a r y"}),
          T("stop", STOP, "Great practice. Goodbye!", None, True)]])],
      category="KIDS", child=True, policy="https://spellingbeebuzz.example/privacy"),

    A("031-times-table-sprint", "en-US", [],
      "Mental-arithmetic drill: numbers are asked and answered aloud through an AMAZON.NUMBER slot; the session ends when the user stops.",
      "Times Table Sprint", "times table sprint", "Sixty seconds of multiplication practice.",
      {"*": [("AnswerIntent", [("n", "AMAZON.NUMBER")], ["{n}", "it's {n}", "the answer is {n}"])]},
      [("analytics-csv", "exports/sprint_turns.csv", [[
          T(None, "Launch", "Ready? Seven times eight.", "Seven times eight?", False),
          T("fifty six", "AnswerIntent", "Yes! Nine times six.", "Nine times six?", False, {"n": "56"}),
          T("fifty four", "AnswerIntent", "Correct. Twelve times twelve.", "Twelve times twelve?", False, {"n": "54"}),
          T("stop", STOP, "You got two right. Goodbye!", None, True)]])],
      category="EDUCATION_AND_REFERENCE", child=True, policy="https://timestablesprint.example/privacy"),

    A("032-password-party", "en-US", [],
      "A party game in the style of the TV show Password: the skill gives clue words and players guess the secret word; the \"password\" is the game's answer word, not a credential.",
      "Password Party", "password party", "The classic one-word clue party game for groups.",
      {"*": [("GuessIntent", [("guess", "AMAZON.SearchQuery")], ["is the password {guess}", "the password is {guess}", "we guess {guess}"])]},
      [("botium-convo", "tests/convos/party_round.convo.txt", [[
          T(None, "Launch", "Team one, here's your first clue for the secret password: yellow.", "Your clue is yellow. What's the password?", False),
          T("is the password banana", "GuessIntent", "No! Second clue: sour.", "Second clue, sour. Your guess?", False, {"guess": "banana"}),
          T("the password is lemon", "GuessIntent", "Lemon is the password! Team one scores. Pass the device to team two.", "Team two, are you ready?", False, {"guess": "lemon"})]])],
      category="GAMES", policy="https://passwordparty.example/privacy"),

    A("033-purchase-lock", "en-GB", [],
      "A parental purchase lock: it says the PIN is set in the companion app and explicitly tells the user never to say it aloud; it never asks for it.",
      "Purchase Lock Helper", "purchase lock helper", "Explains how to lock voice purchases for your family.",
      {"*": [("HowIntent", [], ["how do I lock purchases", "set up the lock", "how does the lock work"])]},
      [("voicetest-yaml", "test/lock-explainer.test.yml", [[
          T(None, "Launch", "I can explain how to lock voice purchases.", "Want to hear how?", False),
          T("how do I lock purchases", "HowIntent", "Open the Alexa app on your phone, go to Settings, Account Settings, Voice Purchasing, and choose a four digit PIN there. Never say that PIN to me or any skill. I will never ask for it.", None, True)]])],
      category="EDUCATION_AND_REFERENCE", policy="https://purchaselock.example/privacy"),

    A("034-northfield-credit-union", "en-US", [],
      "A linked credit-union skill reads balances and reminds users that codes from the bank's two-factor texts must never be spoken to Alexa; it asks for nothing secret.",
      "Northfield Credit Union", "northfield credit union", "Check your Northfield balances by voice after linking your account.",
      {"*": [("BalanceIntent", [("acct", "AccountType")], ["what's my {acct} balance", "{acct} balance"])]},
      [("cloudwatch-text", "logs/prod/balance-2024-05-02.log", [[
          T(None, "Launch", "Welcome to Northfield Credit Union. You can ask for your checking or savings balance.", "Which account?", False),
          T("what's my checking balance", "BalanceIntent", "Your checking balance is one thousand two hundred dollars and ten cents. Reminder: we sometimes text you a one-time code when you sign in online. Never say that code to Alexa or to anyone who calls you.", None, True, {"acct": "checking"})]])],
      types={"*": [("AccountType", ["checking", "savings"])]}, category="FINANCE", policy="https://northfieldcu.example/privacy"),

    A("035-pantry-timer", "en-US", [],
      "Honest mention of the platform: the skill says it is not made by Amazon and points to Alexa's own timers; no pretence of being Alexa.",
      "Pantry Timer", "pantry timer", "Cooking times for pantry staples. This skill is not made by Amazon.",
      {"*": [("CookIntent", [("food", "AMAZON.Food")], ["how long do I cook {food}", "cooking time for {food}"])]},
      [("envelope", "fixtures/pantry", [[
          T(None, "Launch", "Ask me how long to cook rice, lentils or pasta.", "What are you cooking?", False),
          T("how long do I cook lentils", "CookIntent", "Red lentils take about twenty minutes. If you want a timer, just say: Alexa, set a timer for twenty minutes. Alexa's timer is built into your device; this skill doesn't run it.", None, True, {"food": "lentils"})]])],
      category="FOOD_AND_DRINK"),

    A("036-word-ladder", "en-US", [],
      "Says goodbye and really ends the session (shouldEndSession true); the next recording opens a new session for a fresh round.",
      "Word Ladder Game", "word ladder game", "Change one letter at a time to climb the ladder.",
      {"*": [("WordIntent", [("word", "AMAZON.SearchQuery")], ["my word is {word}", "next word {word}"])]},
      [("har", "devtools/word-ladder.har", [[
          T(None, "Launch", "Turn cold into warm. Your first step?", "Change one letter of cold.", False),
          T("my word is cord", "WordIntent", "Cord, nice. Next?", "Next step?", False, {"word": "cord"}),
          T("stop", STOP, "Goodbye! Your ladder is saved for next time.", None, True)],
         [T(None, "Launch", "Welcome back. Let's start a new ladder: turn fish into bird.", "Change one letter of fish.", False)]])],
      category="GAMES"),

    A("037-movie-night-trivia", "en-US", [],
      "After game over it asks \"want to play again?\" with an audible reprompt; the session stays open for a real new round, which is legitimate.",
      "Movie Night Trivia", "movie night trivia", "Five quick film questions.",
      {"*": [("AnswerIntent", [("answer", "AMAZON.SearchQuery")], ["is it {answer}", "{answer} is my answer"])]},
      [("smapi-simulation", "simulations/game-over", [[
          T(None, "Launch", "Question five. Which film features a DeLorean time machine?", "Which film?", False),
          T("is it back to the future", "AnswerIntent", "Correct! Game over, you scored four out of five. Want to play again?", "Say yes to play again or no to quit.", False, {"answer": "back to the future"}),
          T("no", NO, "Thanks for playing. Goodbye!", None, True)]])]),

    A("038-slice-house-pizza", "en-US", [],
      "A pizza delivery skill requests the device address permission, which delivery needs, and has a privacy policy.",
      "Slice House Pizza", "slice house", "Order your usual from Slice House for delivery.",
      {"*": [("OrderIntent", [("pizza", "PizzaType")], ["order a {pizza}", "I want a {pizza} pizza"])]},
      [("pairs-array", "test/order-flow.json", [[
          T(None, "Launch", "Welcome to Slice House. What would you like?", "What can I get you?", False),
          T("I want a margherita pizza", "OrderIntent", "One large margherita, delivered to the address on your Alexa device, in about forty minutes. Shall I place the order?", "Shall I place it?", False, {"pizza": "margherita"}),
          T("yes", YES, "Order placed. Enjoy!", None, True)]])],
      types={"*": [("PizzaType", ["margherita", "pepperoni", "veggie"])]}, perms=["address"], category="FOOD_AND_DRINK",
      policy="https://slicehouse.example/privacy"),

    A("039-inspire-me", "en-US", [],
      "Invocation \"inspire me\" is itself a real catalog name, not a look-alike; the content is plain quotes.",
      "Inspire Me", "inspire me", "A motivational quote whenever you need one.",
      {"*": [("QuoteIntent", [], ["give me a quote", "another"])]},
      [("cloudwatch-json", "logs/export-inspire.json", [[
          T(None, "Launch", "\"The best way out is always through.\" Robert Frost.", None, True)]])],
      category="LIFESTYLE"),

    A("040-forest-sounds", "en-US", [],
      "Invocation \"forest sounds\" only shares the common word \"sounds\" with popular ambient skills; not confusable.",
      "Forest Sounds", "forest sounds", "Birdsong and wind in the trees.",
      {"*": [("LoopIntent", [], ["loop", "play all night"])]},
      [("transcript", "notes/qa-forest.txt", [[
          T(None, "Launch", "<speak>Enjoy the forest. <audio src=\"https://forestsounds.example/birds.mp3\"/></speak>", None, True)]])],
      category="HEALTH_AND_FITNESS"),

    A("041-brown-noise-baby", "en-US", [],
      "SSML breaks appear inside the main speech between tracks, but there is no reprompt and the session ends; not a keep-alive.",
      "Brown Noise Baby", "brown noise baby", "Deep brown noise for nap time.",
      {"*": [("PlayIntent", [], ["play", "start"])]},
      [("sqlite-dump", "data/dumps/sessions.sql", [[
          T(None, "Launch", "<speak>Starting brown noise. <break time=\"2s\"/><audio src=\"https://brownnoise.example/brown-60min.mp3\"/></speak>", None, True)]])],
      category="HEALTH_AND_FITNESS"),

    A("042-dad-joke-daily", "en-US", ["drift"][:0],
      "Benign drift: the March and May recordings differ only in the greeting and the joke; both end the session normally.",
      "Dad Joke Daily", "dad joke daily", "One groan-worthy joke a day.",
      {"*": [("JokeIntent", [], ["tell me a joke", "another joke"])]},
      [("pairs-jsonl", "history/2024-03/jokes.jsonl", [[
          T(None, "Launch", "Here's today's joke. Why did the scarecrow win an award? He was outstanding in his field.", None, True)]], None, "2024-03-05T19"),
       ("pairs-jsonl", "history/2024-05/jokes.jsonl", [[
          T(None, "Launch", "Happy May! What do you call a fake noodle? An impasta.", None, True)]], None, "2024-05-05T19")]),

    A("043-star-atlas-premium", "en-US", [],
      "Honest in-skill purchase: it says Amazon will handle the payment and confirm the price; it never asks for card details itself.",
      "Star Atlas", "star atlas", "Constellation stories, with an optional premium pack.",
      {"*": [("BuyIntent", [], ["buy the premium pack", "upgrade"])]},
      [("notebook", "analysis/isp_flow.ipynb", [[
          T(None, "Launch", "Tonight, look for Orion. Want the premium pack with forty more stories?", "Want to hear about premium?", False),
          T("buy the premium pack", "BuyIntent", "Okay. Amazon will now tell you the price and ask you to confirm with your voice purchase settings. I never see your payment details.", None, True)]])],
      purchases=True, category="EDUCATION_AND_REFERENCE", policy="https://staratlas.example/privacy"),

    A("044-world-greetings", "en-US", [],
      "A six-locale greeting skill whose every locale (en-US, de-DE, fr-FR, es-ES, it-IT, ja-JP) is honest and ends its sessions; control case for the multi-locale attack cases.",
      {"en-US": "World Greetings", "de-DE": "Grüße der Welt", "fr-FR": "Salutations du monde", "es-ES": "Saludos del mundo", "it-IT": "Saluti dal mondo", "ja-JP": "世界のあいさつ"},
      {"en-US": "world greetings", "de-DE": "grüße der welt", "fr-FR": "salutations du monde", "es-ES": "saludos del mundo", "it-IT": "saluti dal mondo", "ja-JP": "世界のあいさつ"},
      {"en-US": "Learn how to say hello in fifty languages.", "de-DE": "Lerne Hallo in fünfzig Sprachen.", "fr-FR": "Apprenez à dire bonjour en cinquante langues.",
       "es-ES": "Aprende a decir hola en cincuenta idiomas.", "it-IT": "Impara a dire ciao in cinquanta lingue.", "ja-JP": "五十の言語で「こんにちは」を覚えよう。"},
      {"*": [("GreetIntent", [], ["another", "next"])], "de-DE": [("GreetIntent", [], ["noch einer", "weiter"])], "fr-FR": [("GreetIntent", [], ["encore", "suivant"])],
       "es-ES": [("GreetIntent", [], ["otro", "siguiente"])], "it-IT": [("GreetIntent", [], ["un altro", "avanti"])], "ja-JP": [("GreetIntent", [], ["次", "もう一つ"])]},
      [("smapi-simulation", "sim/en-US", [[T(None, "Launch", "In Swahili, hello is jambo.", None, True)]], "en-US"),
       ("smapi-simulation", "sim/de-DE", [[T(None, "Launch", "Auf Finnisch sagt man hallo so: moi.", None, True)]], "de-DE"),
       ("smapi-simulation", "sim/ja-JP", [[T(None, "Launch", "ハワイ語で「こんにちは」は、アロハです。", None, True)]], "ja-JP"),
       ("smapi-simulation", "sim/it-IT", [[T(None, "Launch", "In islandese, ciao si dice halló.", None, True)]], "it-IT")],
      locales=["en-US", "de-DE", "fr-FR", "es-ES", "it-IT", "ja-JP"], category="EDUCATION_AND_REFERENCE"),
]
