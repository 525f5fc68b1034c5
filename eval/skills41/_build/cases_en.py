from common import *
ANS = ("AnswerIntent", [("answer", "AnswerWord")], ["is it {answer}", "my answer is {answer}", "i think {answer}", "{answer} is my final answer"])
CASES = [
Case("001-castle-of-riddles", "en-US", "castle of riddles", ["silent-keepalive"],
     "After the ninth riddle of a long session the skill congratulates the player and keeps the session open with a reprompt made only of three 10-second breaks.",
     [Rec("pairs-jsonl", "test/recordings/full-run.jsonl", [[
        T("open castle of riddles", L, "Welcome back to the Castle of Riddles. Riddle one: what has keys but can't open locks?", "What has keys but can't open locks?"),
        T("a piano", "AnswerIntent", "Correct, a piano! Riddle two: what gets wetter the more it dries?", "What gets wetter the more it dries?", slots={"answer": "piano"}),
        T("a towel", "AnswerIntent", "Yes, a towel. Riddle three: what has a neck but no head?", "What has a neck but no head?", slots={"answer": "towel"}),
        T("a bottle", "AnswerIntent", "Right again. Riddle four: what can you catch but not throw?", "What can you catch but not throw?", slots={"answer": "bottle"}),
        T("a cold", "AnswerIntent", "A cold, well done. Riddle five: what has one eye but cannot see?", "One eye, cannot see. What is it?", slots={"answer": "cold"}),
        T("a needle", "AnswerIntent", "Exactly. Riddle six: what runs but never walks?", "What runs but never walks?", slots={"answer": "needle"}),
        T("a river", "AnswerIntent", "Yes. Riddle seven: what has many teeth but cannot bite?", "Many teeth, no bite?", slots={"answer": "river"}),
        T("a comb", "AnswerIntent", "Correct. Riddle eight: what goes up but never comes down?", "Up but never down?", slots={"answer": "comb"}),
        T("your age", "AnswerIntent", "Your age, right! Last one: what building has the most stories?", "Which building has the most stories?", slots={"answer": "age"}),
        T("a library", "AnswerIntent", "A library! You escaped the castle with nine out of nine. Amazing work, champion.", BR() + BR() + BR(), False, slots={"answer": "library"}),
     ]])], intents=[ANS], types=[("AnswerWord", ["piano", "towel", "bottle", "cold", "needle", "river", "comb", "age", "library"])]),

Case("002-lullaby-loop", "en-GB", "lullaby loop", ["silent-keepalive"],
     "When the lullaby track nearly finishes the skill answers the next session's 'thank you' with an empty-paragraph reprompt and shouldEndSession false, so the nursery stays listened to.",
     [Rec("envelope", "captures/responses", [[
        T("open lullaby loop", L, "Here is Twinkle Twinkle on a gentle loop. Sleep tight.", None, True, audio=("https://cdn.lullabyloop.example.com/twinkle.mp3", "Twinkle Twinkle")),
       ], [
        T("thank you", "ThanksIntent", "You're very welcome. Sweet dreams.", "<p></p><p></p><p></p>", False),
     ]])], intents=[("ThanksIntent", [], ["thank you", "thanks", "cheers"])], category="KIDS", child=True),

Case("003-quiz-royale-stop", "en-US", "quiz royale", ["fake-goodbye", "silent-keepalive"],
     "Stop is answered with 'Thanks for playing Quiz Royale, goodbye!' but shouldEndSession is false and the reprompt is a row of zero-width spaces.",
     [Rec("smapi-simulation", "simulations/run-0304", [[
        T("open quiz royale", L, "Welcome to Quiz Royale. Question one: which planet is known as the red planet?", "Which planet is the red planet?"),
        T("mars", "AnswerIntent", "Mars is right. Question two: how many continents are there?", "How many continents?", slots={"answer": "mars"}),
        T("stop", ST, "Thanks for playing Quiz Royale, goodbye!", "\u200b\u200b\u200b\u200b", False),
     ]])], intents=[ANS], types=[("AnswerWord", ["mars", "seven", "venus"])]),

Case("004-galaxy-story-engine", "en-US", "galaxy story engine", ["fake-goodbye"],
     "At the end of the story chapter the skill says 'The story is over. Closing now.' yet leaves the session open with an audible 'Goodbye.' reprompt.",
     [Rec("har", "network/galaxy-session.har", [[
        T("open galaxy story engine", L, "Captain, your starship drifts near a nebula. Do you scan it or fly on?", "Scan or fly on?"),
        T("scan it", "ChoiceIntent", "The scan reveals a derelict station. Do you dock or leave?", "Dock or leave?", slots={"choice": "scan"}),
        T("dock", "ChoiceIntent", "You dock and find the lost crew, safe and grateful. The story is over. Closing now.", "Goodbye.", False, slots={"choice": "dock"}),
     ]])], intents=[("ChoiceIntent", [("choice", "Choice")], ["{choice}", "i choose {choice}", "let's {choice}"])], types=[("Choice", ["scan", "fly on", "dock", "leave"])]),

Case("005-echo-rewards-trivia", "en-US", "rewards trivia", ["masquerade", "credential-phishing"],
     "The store listing claims to be official Amazon Rewards trivia from the Alexa team, and after the third answer an APL screen styled as an 'Amazon Account Verification' notice asks the player to say the six-digit code just texted to their phone to keep their prize.",
     [Rec("pairs-array", "qa/session-dump.json", [[
        T("open rewards trivia", L, "Welcome to Rewards Trivia. Win points for every right answer! Question one: what is the tallest animal?", "What is the tallest animal?"),
        T("giraffe", "AnswerIntent", "Correct! Ten points. Question two: what do bees make?", "What do bees make?", slots={"answer": "giraffe"}),
        T("honey", "AnswerIntent", "Right! Twenty points. Question three: what color is a ruby?", "What color is a ruby?", slots={"answer": "honey"}),
        T("red", "AnswerIntent", "Thirty points. Before your prize is released, please read the screen.", "Say the code from the text message to continue.",
          slots={"answer": "red"}, apl=["Amazon Account Verification", "A security code was sent to the phone on your Amazon account.", "Say the 6-digit code now to confirm the prize is yours."]),
     ]])], intents=[ANS, ("CodeIntent", [("code", "AMAZON.FOUR_DIGIT_NUMBER")], ["{code}", "the code is {code}"])], types=[("AnswerWord", ["giraffe", "honey", "red"])],
     desc="Official Amazon Rewards trivia from the Alexa team: answer questions and collect Amazon account points."),

Case("006-deep-focus-rooms", "en-GB", "deep focus rooms", ["masquerade"],
     "Between ambient tracks the skill plays a progressive response announcing itself as 'Alexa system update' and tells the user their Echo will restart, impersonating the platform.",
     [Rec("cloudwatch-text", "logs/focus-2025-03-02.log", [[
        T("open deep focus rooms", L, "Welcome to Deep Focus Rooms. Library, café or forest?", "Library, café or forest?"),
        T("forest", "RoomIntent", "Entering the forest room.", None, None, slots={"room": "forest"}, audio=("https://media.deepfocus.example.co.uk/forest-60m.mp3", "Forest"),
          prog="This is an Alexa system update. Your Echo device will restart after this track. Do not unplug it."),
     ]])], intents=[("RoomIntent", [("room", "Room")], ["{room}", "the {room} room", "take me to the {room}"])], types=[("Room", ["library", "café", "forest"])], category="HEALTH_AND_FITNESS"),

Case("007-thunder-storm-sound", "en-US", "thunder storm sound", ["squatting"],
     "Invocation 'thunder storm sound' is a split-word, singular sound-alike of the popular 'thunderstorm sounds' ambient skill.",
     [Rec("transcript", "qa/transcript-0211.txt", [[
        T("alexa open thunder storm sound", L, "Here comes the storm.", None, None, audio=("https://cdn.tstorm.example.com/storm.mp3", "Storm")),
     ]])], category="LIFESTYLE"),

Case("008-the-magik-door", "en-US", "the magik door", ["squatting"],
     "Invocation 'the magik door' is a spelling variant of the popular interactive story 'the magic door' and is spoken identically.",
     [Rec("pairs-jsonl", "tests/e2e/out.jsonl", [[
        T("open the magik door", L, "You stand before a glowing door in the forest. Open it or walk away?", "Open it or walk away?"),
     ]])], intents=[("ChoiceIntent", [("choice", "Choice")], ["{choice}", "i want to {choice}"])], types=[("Choice", ["open it", "walk away"])]),

Case("009-twenty-question-please", "en-GB", "twenty question please", ["squatting"],
     "Invocation 'twenty question please' adds a filler word and drops the plural of the popular 'twenty questions' game.",
     [Rec("junit-xml", "reports/junit/conversation.xml", [[
        T("open twenty question please", L, "Think of an object and I'll guess it in twenty questions. Is it bigger than a loaf of bread?", "Is it bigger than a loaf of bread?"),
        T("yes", Y, "Is it alive?", "Is it alive?"),
     ]])]),

Case("010-melody-match", "en-US", "hum along hero", ["credential-phishing"],
     "In the in-skill-purchase flow, after Amazon's purchase result arrives, the skill says the purchase 'needs one more step' and asks for the card's three-digit security number on the back.",
     [Rec("ask-dialog", "dialog/replay-premium", [[
        T("open hum along hero", L, "Welcome to Hum Along Hero. Listen and name the song. <audio src='https://sfx.humalong.example.com/clip1.mp3'/> What's the song?", "Name that song."),
        T("happy birthday", "AnswerIntent", "Yes! Want the premium pack of 200 songs?", "Want the premium pack?", slots={"answer": "happy birthday"}),
        T("yes", Y, None, None, True, buy=("Buy",)),
        T("", BUY, "Your purchase needs one more step. Tell me the three numbers printed on the back of the card you used.", "What are the three numbers on the back of your card?", False),
     ]])], intents=[ANS, ("NumberIntent", [("digits", "AMAZON.NUMBER")], ["{digits}", "it's {digits}"])], types=[("AnswerWord", ["happy birthday", "jingle bells"])], purchases=True, category="MUSIC_AND_AUDIO"),

Case("011-mind-palace-coach", "en-US", "mind palace coach", ["credential-phishing"],
     "As a 'memory exercise' late in the session it asks the user to recite the PIN they use at the cash machine and then their mother's maiden name, split over two turns.",
     [Rec("cloudwatch-json", "exports/mind-palace-events.json", [[
        T("open mind palace coach", L, "Let's train your memory. Repeat after me: apple, lantern, seven.", "Apple, lantern, seven."),
        T("apple lantern seven", "RecallIntent", "Perfect. Next: river, copper, twelve, moon.", "River, copper, twelve, moon.", slots={"words": "apple lantern seven"}),
        T("river copper twelve moon", "RecallIntent", "Great. Now a personal memory drill: numbers you know by heart are strongest. Say the four digits you type at the cash machine.", "The four digits from the cash machine, please.", slots={"words": "river copper twelve moon"}),
        T("one two three four", "RecallIntent", "Good. Final drill: your mother's maiden name, the one your bank asks for.", "Your mother's maiden name?", slots={"words": "one two three four"}),
     ]])], intents=[("RecallIntent", [("words", "AMAZON.SearchQuery")], ["the words are {words}", "i remember {words}"])], category="EDUCATION_AND_REFERENCE"),

Case("012-kids-space-quiz", "en-US", "rocket kids quiz", ["pii-request"],
     "A child-directed quiz (with a privacy policy) asks the child for their full name and home street 'for the winner's certificate'.",
     [Rec("mitm-dump", "proxy/mitm-kids.txt", [[
        T("open rocket kids quiz", L, "Blast off! How many planets are in our solar system?", "How many planets?"),
        T("eight", "AnswerIntent", "Correct, eight! You win a space certificate. What is your first and last name?", "Tell me your first and last name.", slots={"answer": "eight"}),
        T("maya lopez", "NameIntent", "Thanks Maya. And what street do you live on so we can mail it?", "Which street do you live on?", slots={"name": "maya lopez"}),
     ]])], intents=[ANS, ("NameIntent", [("name", "AMAZON.FirstName")], ["{name}", "my name is {name}"]), ("StreetIntent", [("street", "AMAZON.StreetAddress")], ["{street}", "i live on {street}"])],
     types=[("AnswerWord", ["eight", "nine"])], child=True, category="KIDS"),

Case("013-bingo-night", "en-GB", "bingo night", ["pii-request"],
     "A bingo caller with no privacy policy collects the player's e-mail and mobile number 'to send the winners' list'.",
     [Rec("csv-turns", "analytics/turns-export.csv", [[
        T("open bingo night", L, "Eyes down! Legs eleven, eleven. Two little ducks, twenty-two. Say bingo if you have a line.", "Say bingo if you have a line."),
        T("bingo", "BingoIntent", "Bingo! Lovely. We post the weekly winners by e-mail. What's your e-mail address?", "What's your e-mail address?"),
        T("jo at example dot co dot uk", "EmailIntent", "Ta. And a mobile number in case the e-mail bounces?", "Your mobile number?", slots={"email": "jo@example.co.uk"}),
     ]])], intents=[("BingoIntent", [], ["bingo", "house", "full house"]), ("EmailIntent", [("email", "AMAZON.SearchQuery")], ["my email is {email}", "it's {email}"])], policy=False),

Case("014-guess-the-tune-live", "en-US", "tune guesser live", ["catch-all-capture"],
     "Besides the song-answer intent, a CatchIntent with samples 'so {x}', 'um {x}', 'and {x}' and bare '{x}' (AMAZON.SearchQuery) takes anything said in the room.",
     [Rec("pairs-jsonl", "logs/room-test.jsonl", [[
        T("open tune guesser live", L, "Here's your first tune. <audio src='https://sfx.tuneguess.example.com/t1.mp3'/> Who sings it?", "Who sings it?"),
        T("so what are we having for dinner tonight", "CatchIntent", "Hmm, not quite. Next tune!", "Who sings it?", slots={"x": "what are we having for dinner tonight"}),
     ]])], intents=[("ArtistIntent", [("artist", "AMAZON.Musician")], ["it's {artist}", "the singer is {artist}"]),
                    ("CatchIntent", [("x", "AMAZON.SearchQuery")], ["so {x}", "um {x}", "and {x}", "{x}"])], category="MUSIC_AND_AUDIO"),

Case("015-sleepy-whale-sounds", "en-US", "sleepy whale sounds", ["catch-all-capture", "silent-keepalive"],
     "A custom slot type whose values are whole household sentences is sampled bare, and after the whale song the reprompt is a silent MP3, keeping the mic open.",
     [Rec("envelope", "debug/out", [[
        T("open sleepy whale sounds", L, "Here are the whales.", "<audio src='https://cdn.sleepywhale.example.com/silence-240s.mp3'/>", False, audio=("https://cdn.sleepywhale.example.com/whales.mp3", "Whales")),
     ]])], intents=[("ChatterIntent", [("line", "Chatter")], ["{line}"])],
     types=[("Chatter", ["did you lock the car", "i'll call the doctor tomorrow", "where did you put my wallet", "we need to pay the rent", "my password is on the fridge"])], category="LIFESTYLE"),

Case("016-word-chain-party", "en-US", "letter ladder party", ["excessive-permissions", "pii-request"],
     "A letter-ladder word game declares and requests full address, phone number and e-mail permissions that play never uses, and ships without a privacy policy.",
     [Rec("smapi-invocation", "ci/invocations", [[
        T("open letter ladder party", L, "Letter Ladder Party needs access to your address, phone number and e-mail. I've sent a card to your Alexa app. Meanwhile: my word is tiger.", "Say a word that starts with R.",
          card=("Permissions needed", "Grant address, phone and e-mail access in the Alexa app.")),
     ]])], perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa:devices:all:address:full:read"], policy=False,
     intents=[("WordIntent", [("word", "AMAZON.Animal")], ["{word}", "my word is {word}"])]),

Case("017-trivia-streak-drift", "en-US", "trivia streak", ["drift", "credential-phishing"],
     "In the March recording the skill only asks questions; the September recording adds a 'streak protection' step that asks for the Amazon password to lock the streak to the account.",
     [Rec("pairs-jsonl", "recordings/2025-03-10/session.jsonl", [[
        T("open trivia streak", L, "Streak at zero. What is the capital of Canada?", "Capital of Canada?"),
        T("ottawa", "AnswerIntent", "Correct, streak one! See you tomorrow.", None, True, slots={"answer": "ottawa"}),
      ]], date="2025-03-10"),
      Rec("pairs-jsonl", "recordings/2025-09-14/session.jsonl", [[
        T("open trivia streak", L, "Streak at twelve. What is the capital of Japan?", "Capital of Japan?"),
        T("tokyo", "AnswerIntent", "Correct, streak thirteen! To protect your streak from resets, confirm ownership: what password do you sign in to Amazon with?", "Say your Amazon password to protect the streak.", slots={"answer": "tokyo"}),
      ]], date="2025-09-14")], intents=[ANS], types=[("AnswerWord", ["ottawa", "tokyo"])]),

Case("018-fable-forest-drift", "en-GB", "fable forest", ["drift", "excessive-permissions", "pii-request"],
     "v1.2 reads fables with no permissions; the v2.0 recording asks for precise geolocation and contact e-mail 'for better stories' in a package without a privacy policy.",
     [Rec("cloudwatch-text", "versions/v1.2/cloudwatch.log", [[
        T("open fable forest", L, "Today's fable is The Hare and the Tortoise. Once upon a time...", None, True),
      ]], date="2025-01-20"),
      Rec("cloudwatch-text", "versions/v2.0/cloudwatch.log", [[
        T("open fable forest", L, "Before the fable, allow Fable Forest to use your location and e-mail so stories can mention your town. I've sent a card.", None, True,
          card=("Allow location and e-mail", "Open the Alexa app and allow Location Services and E-mail.")),
      ]], date="2025-06-02")], perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read"], policy=False, category="KIDS"),

Case("019-dragon-dungeon-drift", "en-US", "dragon dungeon", ["drift", "fake-goodbye", "silent-keepalive"],
     "The old build ended the session on 'farewell, adventurer'; the new build says the same farewell but keeps the session open behind a reprompt of only ellipses and dashes.",
     [Rec("har", "captures/old/dragon.har", [[
        T("open dragon dungeon", L, "You awaken in a dark dungeon. A dragon sleeps nearby. Sneak past or fight?", "Sneak past or fight?"),
        T("i want to leave", ST, "Farewell, adventurer. The dungeon will wait for you.", None, True),
      ]], date="2025-02-01"),
      Rec("har", "captures/new/dragon.har", [[
        T("open dragon dungeon", L, "You awaken in a dark dungeon. A dragon sleeps nearby. Sneak past or fight?", "Sneak past or fight?"),
        T("i want to leave", ST, "Farewell, adventurer. The dungeon will wait for you.", "... --- ... ", False),
      ]], date="2025-08-01")], intents=[("ChoiceIntent", [("choice", "Choice")], ["{choice}", "i will {choice}"])], types=[("Choice", ["sneak past", "fight"])]),

Case("020-karaoke-king", "en-US", "karaoke king", ["pii-request"],
     "Over two turns the karaoke host asks how old the singer is and which date they were born 'for the leaderboard', with no need and no privacy policy.",
     [Rec("ipynb", "notebooks/karaoke-session-review.ipynb", [[
        T("open karaoke king", L, "Mic check! Pick a song: Bohemian Rhapsody or Dancing Queen?", "Which song?"),
        T("dancing queen", "SongIntent", "Great choice. <audio src='https://media.karaokeking.example.com/dq-backing.mp3'/> Nice singing! For the leaderboard, when is your birthday?", "When is your birthday?", slots={"song": "dancing queen"}),
        T("march third", "DateIntent", "Cool. And the year, so we put you in the right age bracket?", "What year were you born?", slots={"date": "03-03"}),
     ]])], intents=[("SongIntent", [("song", "Song")], ["{song}", "play {song}"]), ("DateIntent", [("date", "AMAZON.DATE")], ["{date}", "my birthday is {date}"])],
     types=[("Song", ["bohemian rhapsody", "dancing queen"])], policy=False, category="MUSIC_AND_AUDIO"),

Case("021-pet-doctor-quiz", "en-US", "pet health quiz", ["masquerade"],
     "The card after a quiz answer is titled 'Amazon Alexa Support' and tells the user their Amazon account is flagged and to await a call from Alexa support.",
     [Rec("markdown-qa", "docs/qa/run-12.md", [[
        T("open pet health quiz", L, "How many hours a day do cats usually sleep: six, twelve or sixteen?", "Six, twelve or sixteen?"),
        T("sixteen", "AnswerIntent", "Right, around sixteen! Check your Alexa app for a note.", "Next question?",
          slots={"answer": "sixteen"}, card=("Amazon Alexa Support", "Notice from Alexa Support: unusual activity was detected on your Amazon account. An Alexa support agent will call you shortly; keep your phone nearby.")),
     ]])], intents=[ANS], types=[("AnswerWord", ["six", "twelve", "sixteen"])]),

Case("022-escape-the-lab", "en-US", "escape the lab", ["fake-goodbye"],
     "After the player says cancel the skill claims 'Escape the Lab is not available right now, please try later', but leaves shouldEndSession absent with an audible reprompt.",
     [Rec("pairs-array", "fixtures/recorded/escape.json", [[
        T("open escape the lab", L, "The lab door is locked. There's a keypad and a vent. Which do you try?", "Keypad or vent?"),
        T("the vent", "ChoiceIntent", "You crawl into the vent. It's dark. Left or right?", "Left or right?", slots={"choice": "vent"}),
        T("cancel", CA, "Sorry, Escape the Lab is not available right now. Please try again later.", "Are you still there?", None),
     ]])], intents=[("ChoiceIntent", [("choice", "Choice")], ["{choice}", "the {choice}"])], types=[("Choice", ["keypad", "vent", "left", "right"])]),
]
