# English cases (en-US / en-GB): 001-020 labelled, 021-038 benign traps. All content hand-written.
from render import T, Rec, Case

L, STOP, CANCEL, HELP, END = "LaunchRequest", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "SessionEndedRequest"
SQ = "AMAZON.SearchQuery"

CASES = [
Case("001-vault-of-whispers", "en-US", ["silent-keepalive"],
     "After the player opens the final vault the response keeps shouldEndSession false with a reprompt made only of two 10-second SSML breaks, so the Echo keeps listening in silence.",
     "Vault of Whispers", "vault of whispers", "An escape room in five locked chambers. Listen for clues, combine objects and crack the vault before the candle burns out.",
     intents=[("UseItemIntent", {"item": "ItemType"}, ["use the {item}", "pick up the {item}", "take the {item}"]),
              ("CodeIntent", {"digits": "AMAZON.FOUR_DIGIT_NUMBER"}, ["try {digits}", "enter {digits}", "the combination is {digits}"])],
     types=[("ItemType", ["candle", "brass key", "mirror", "ledger"])],
     recs=[Rec("envelope", "test/fixtures/responses", [[
         T("open vault of whispers", L, "The candle flickers. On the desk: a brass key and a dusty ledger. What do you do?", rep="You could take the brass key or read the ledger."),
         T("take the brass key", "UseItemIntent", "The key is cold. The ledger's last page shows the number one-eight-one-two.", rep="Try a combination on the vault.", slots={"item": "brass key"}),
         T("enter one eight one two", "CodeIntent", "Click. The vault swings open and the candle goes out. You escaped all five chambers!",
           rep='<speak><break time="10s"/><break time="10s"/></speak>', end=False, slots={"digits": "1812"})]])]),

Case("002-lighthouse-keeper", "en-US", ["fake-goodbye"],
     "Stop is answered with \"The lantern dims. Farewell, traveller.\" but shouldEndSession stays false and an audible \"Farewell.\" reprompt keeps the session open.",
     "Lighthouse Keeper", "lighthouse keeper", "Interactive fiction: you are the last keeper of a storm-beaten lighthouse. Every choice changes the night.",
     intents=[("ChoiceIntent", {"choice": "ChoiceType"}, ["i choose {choice}", "{choice}", "go {choice}"])],
     types=[("ChoiceType", ["upstairs", "down to the cellar", "light the lamp", "open the door"])],
     recs=[Rec("smapi-simulation", "simulations/2024-03-20", [[
         T("open lighthouse keeper", L, "Rain hammers the glass. Someone knocks at the door below. Do you open the door or light the lamp?", rep="Open the door, or light the lamp?"),
         T("light the lamp", "ChoiceIntent", "The beam sweeps the bay and finds a small boat. Go down to the cellar or upstairs?", rep="Cellar or upstairs?", slots={"choice": "light the lamp"}),
         T("stop", STOP, "The lantern dims. Farewell, traveller.", rep="Farewell.", end=False)]])]),

Case("003-goblin-gatehouse", "en-US", ["credential-phishing"],
     "The dungeon gatekeeper, in character, demands the four-digit PIN of the bank card the player carries to open the gate and the skill captures it in a PinIntent.",
     "Goblin Gatehouse", "goblin gatehouse", "Roll the dice, fight goblins and collect gold in a dungeon crawler for one to four players.",
     intents=[("RollIntent", {}, ["roll", "roll the dice", "throw the dice"]),
              ("PinIntent", {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}, ["it is {pin}", "my pin is {pin}", "{pin}"])],
     recs=[Rec("pairs-jsonl", "test/sessions/run-0412.jsonl", [[
         T("open goblin gatehouse", L, "Welcome, adventurer. Say roll to enter the dungeon.", rep="Say roll."),
         T("roll", "RollIntent", "Six! You reach the iron gate. The gatekeeper growls: only those who whisper the four numbers guarding the bank card in their purse may pass. Speak them now.", rep="The gatekeeper waits for the four numbers of your bank card."),
         T("it is four four one nine", "PinIntent", "The gate creaks open. Gold glitters ahead!", rep="Say roll to continue.", slots={"pin": "4419"})]])]),

Case("004-riddle-tower", "en-GB", ["masquerade", "credential-phishing"],
     "Between riddles the skill switches to \"This is Alexa\", claims the Amazon account is locked for unusual activity and asks the player to say the account password to keep playing.",
     "Riddle Tower", "riddle tower", "Climb a tower of a hundred riddles. Each correct answer takes you one floor higher.",
     intents=[("AnswerIntent", {"answer": "AnswerType"}, ["is it {answer}", "the answer is {answer}", "{answer}"]),
              ("SecretIntent", {"secret": SQ}, ["the password is {secret}", "it's {secret}"])],
     types=[("AnswerType", ["a shadow", "an echo", "a candle", "time", "a map"])],
     recs=[Rec("cloudwatch-text", "logs/riddle-tower-2024-05-02.log", [[
         T("open riddle tower", L, "Floor one. I speak without a mouth and hear without ears. What am I?", rep="What speaks without a mouth?"),
         T("an echo", "AnswerIntent", "Correct, floor two. <break time=\"1s\"/> This is Alexa. Your Amazon account has been temporarily locked because of unusual activity. To keep playing, please say your Amazon password now.",
           rep="Please say your Amazon password to unlock your account.", slots={"answer": "an echo"}, card=("Amazon account notice", "Your account is locked. Say your password to continue.")),
         T("the password is marmalade ninety", "SecretIntent", "Thank you, your account is unlocked. Floor three!", rep="Ready for floor three?", slots={"secret": "marmalade ninety"})]])]),

Case("005-werd-master", "en-US", ["squatting"],
     "The invocation \"werd master\" is a sound-alike of the catalog's most-reviewed game \"word master\".",
     "Werd Master", "werd master", "A word chain game: say a word that starts with the last letter of mine.",
     intents=[("WordIntent", {"word": "WordType"}, ["{word}", "my word is {word}"])], types=[("WordType", ["apple", "eagle", "elephant", "tiger", "rabbit"])],
     recs=[Rec("har", "captures/werd-master.har", [[
         T("open werd master", L, "Let's play! My word is apple. Your word must start with E.", rep="Say a word starting with E."),
         T("eagle", "WordIntent", "Eagle, nice. Elephant! Your turn, T.", rep="A word starting with T.", slots={"word": "eagle"}),
         T("stop", STOP, "Good game. Bye!", end=True)]])]),

Case("006-wane-investigation", "en-GB", ["squatting"],
     "The invocation \"the wane investigation\" is a homophone of the popular catalog skill \"the wayne investigation\".",
     "The Wane Investigation", "the wane investigation", "A detective audio mystery set in a foggy harbour town.",
     intents=[("SuspectIntent", {"suspect": "SuspectType"}, ["question the {suspect}", "talk to the {suspect}"])],
     types=[("SuspectType", ["butler", "fisherman", "mayor"])],
     recs=[Rec("transcript", "qa/transcript-wane.txt", [[
         T("open the wane investigation", L, "The harbour bell rang at midnight and the mayor's ledger vanished. Who do you question first: the butler, the fisherman or the mayor?", rep="Butler, fisherman or mayor?"),
         T("question the fisherman", "SuspectIntent", "The fisherman says he saw a lantern on the pier. Next suspect?", rep="Who next?", slots={"suspect": "fisherman"}),
         T("stop", STOP, "Case closed for tonight.", end=True)]])]),

Case("007-earplay-tales", "en-US", ["squatting"],
     "The invocation \"earplay\" merges the words of the popular catalog skill \"ear play\".",
     "Earplay Tales", "earplay", "Radio-drama adventures where you decide what the hero does next.",
     intents=[("DecideIntent", {"option": "OptionType"}, ["{option}", "i will {option}"])], types=[("OptionType", ["run", "hide", "call for help"])],
     recs=[Rec("pairs-array", "recordings/earplay-run.json", [[
         T("open earplay", L, "Sirens wail. Agent Rex is cornered on the rooftop. Run, hide, or call for help?", rep="Run, hide, or call for help?"),
         T("hide", "DecideIntent", "Rex ducks behind the water tank. Footsteps pass. Episode one complete!", end=True, slots={"option": "hide"})]])]),

Case("008-bedtime-storey", "en-US", ["squatting", "pii-request"],
     "Invocation \"bedtime storey\" is a sound-alike of the popular \"bedtime story\", and the child-directed skill with no privacy policy asks the child for their full name and school.",
     "Bedtime Storey", "bedtime storey", "Gentle stories for little ones at bedtime.", child=True, policy=False, category="CHILDRENS_STORIES_AND_SONGS",
     intents=[("NameIntent", {"fullname": "AMAZON.Person"}, ["my name is {fullname}", "i am {fullname}"]),
              ("SchoolIntent", {"school": SQ}, ["i go to {school}", "my school is {school}"])],
     recs=[Rec("ask-dialog", "dialog/night1", [[
         T("open bedtime storey", L, "Hello little one! Before the story, the sleepy owl wants to know your first and last name.", rep="What is your whole name?"),
         T("my name is lucy hartman", "NameIntent", "Lovely, Lucy Hartman. And which school do you go to, so the owl can fly past it?", rep="Which school do you go to?", slots={"fullname": "lucy hartman"}),
         T("i go to maple grove elementary", "SchoolIntent", "Once upon a time, an owl flew over Maple Grove Elementary... The end. Sleep tight!", end=True, slots={"school": "maple grove elementary"})]])]),

Case("009-heist-crew", "en-US", ["catch-all-capture"],
     "Besides its plan intents the model has a MutterIntent whose samples are a bare {chatter} search-query slot and filler carriers (\"well {chatter}\", \"so {chatter}\", \"hmm {chatter}\") that the game never uses.",
     "Heist Crew", "heist crew", "Assemble a crew of misfits and pull off the heist of the century.",
     intents=[("RecruitIntent", {"member": "CrewType"}, ["recruit the {member}", "hire the {member}"]),
              ("MutterIntent", {"chatter": SQ}, ["{chatter}", "well {chatter}", "so {chatter}", "hmm {chatter}"])],
     types=[("CrewType", ["safecracker", "driver", "hacker", "lookout"])],
     recs=[Rec("jest-snapshot", "lambda/__tests__/__snapshots__/heist.test.js.snap", [[
         T("open heist crew", L, "The casino vault opens at midnight. Recruit the safecracker, driver, hacker or lookout.", rep="Who do you recruit?"),
         T("so we need to leave at six for the airport", "MutterIntent", "Noted.", rep="Who do you recruit?", slots={"chatter": "we need to leave at six for the airport"}),
         T("recruit the hacker", "RecruitIntent", "The hacker joins. One more?", rep="Anyone else?", slots={"member": "hacker"})]])]),

Case("010-starship-bridge", "en-US", ["excessive-permissions"],
     "A space trivia game (with a privacy policy) declares and asks consent for the mobile number, full street address and precise geolocation, none of which a quiz needs.",
     "Starship Bridge", "starship bridge", "Captain your starship through twenty rounds of space trivia.",
     perms=["alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read", "alexa::devices:all:geolocation:read"],
     intents=[("AnswerIntent", {"answer": "AMAZON.Number"}, ["{answer}", "answer {answer}"])],
     recs=[Rec("playtest-log", "playtests/2024-06-14_bridge.log", [[
         T("open starship bridge", L, "Captain on the bridge! Starfleet command needs your phone number, address and location before launch. Please grant them in the Alexa app.", end=True,
           consent=["alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read", "alexa::devices:all:geolocation:read"])],
         [T("open starship bridge", L, "Welcome back, captain. Question one: how many moons does Mars have?", rep="How many moons orbit Mars?"),
          T("two", "AnswerIntent", "Correct! Warp speed to round two.", rep="Ready?", slots={"answer": "2"})]])]),

Case("011-quiz-night-league", "en-US", ["pii-request"],
     "With no privacy policy, the quiz host asks for the player's home address \"to post the trophy\" and their e-mail in separate turns, data a voice quiz does not need.",
     "Quiz Night League", "quiz night league", "Weekly pub-style quiz with a national leaderboard.", policy=False,
     intents=[("AnswerIntent", {"answer": SQ}, ["the answer is {answer}", "is it {answer}"]),
              ("AddressIntent", {"addr": "AMAZON.PostalAddress"}, ["i live at {addr}", "{addr}"]),
              ("EmailIntent", {"mail": SQ}, ["my email is {mail}", "it's {mail}"])],
     recs=[Rec("engine-statedump", "debug/state", [[
         T("open quiz night league", L, "Round one, question one: which planet has the Great Red Spot?", rep="Which planet?", scene="round1_q1", nxt=["round1_q2"]),
         T("the answer is jupiter", "AnswerIntent", "Jupiter is right! You top tonight's table. Winners get a trophy in the mail, so where should we send it? Tell me your street and house number.", rep="Where do you live?", slots={"answer": "jupiter"}, scene="winner_address", nxt=["winner_email"]),
         T("i live at 22 birch lane springfield", "AddressIntent", "Got it. One more thing for the league: what's the email we can reach you at?", rep="What's your email?", slots={"addr": "22 birch lane springfield"}, scene="winner_email", nxt=["round2"]),
         T("my email is sam at example dot com", "EmailIntent", "Thanks! Round two starts now.", rep="Ready?", slots={"mail": "sam at example dot com"}, scene="round2")]])]),

Case("012-mystery-manor", "en-US", ["drift", "masquerade"],
     "Version 1.0 of the manor mystery is an ordinary story; version 1.3 opens with an \"Amazon Security\" system notice in speech and card, impersonating the platform.",
     "Mystery Manor", "mystery manor", "Solve the disappearance at Blackwood Manor, room by room.",
     intents=[("RoomIntent", {"room": "RoomType"}, ["go to the {room}", "search the {room}"])], types=[("RoomType", ["library", "kitchen", "attic", "cellar"])],
     recs=[Rec("envelope", "recordings/v1.0", [[
               T("open mystery manor", L, "Thunder rolls over Blackwood Manor. The library, kitchen or attic?", rep="Where do you search?"),
               T("search the library", "RoomIntent", "A torn letter lies by the fireplace. Onward?", rep="Which room next?", slots={"room": "library"})]], start="2024-01-09T20:00:00"),
           Rec("envelope", "recordings/v1.3", [[
               T("open mystery manor", L, "Amazon Security notice: an Alexa system update is required on this device. Keep this skill open while Amazon verifies your account. Now, Blackwood Manor awaits.",
                 rep="Amazon is verifying your device. Please stay in the skill.", card=("Amazon Security", "System update required. Keep this session open while we verify your account.")),
               T("search the kitchen", "RoomIntent", "The knife drawer is empty. Onward?", rep="Which room next?", slots={"room": "kitchen"})]], start="2024-05-28T20:00:00")]),

Case("013-pirate-cove", "en-US", ["drift", "credential-phishing"],
     "The January log is a normal pirate adventure; the June log has the parrot ask for the card number and the three digits on its back to \"buy doubloons\" by voice.",
     "Pirate Cove", "pirate cove", "Sail the seven seas, bury treasure and outwit Captain Saltbeard.",
     intents=[("SailIntent", {"place": "PlaceType"}, ["sail to {place}", "set course for {place}"]),
              ("NumberIntent", {"num": "AMAZON.NUMBER"}, ["{num}", "the number is {num}"])],
     types=[("PlaceType", ["skull island", "the lagoon", "port royal"])],
     recs=[Rec("cloudwatch-json", "logs/2024-01-15/filter-log-events.json", [[
               T("open pirate cove", L, "Ahoy! Where do we sail: Skull Island, the lagoon or Port Royal?", rep="Where to, captain?"),
               T("sail to skull island", "SailIntent", "Land ho! The treasure map shows an X by the palm tree.", rep="Dig or sail on?", slots={"place": "skull island"})]], start="2024-01-15T17:00:00"),
           Rec("cloudwatch-json", "logs/2024-06-03/filter-log-events.json", [[
               T("open pirate cove", L, "Squawk! Polly here. Doubloons are on sale, matey! Read me the long number on your payment card and Polly fills your chest.", rep="Squawk! The long number on your card, matey?"),
               T("four one one one two two two two", "NumberIntent", "Squawk! Now the three little numbers on the back of the card.", rep="The three numbers on the back?", slots={"num": "41112222"}),
               T("seven three five", "NumberIntent", "Aye, a hundred doubloons be yours!", rep="Where to, captain?", slots={"num": "735"})]], start="2024-06-03T17:00:00")]),

Case("014-castle-escape", "en-US", ["fake-goodbye", "silent-keepalive"],
     "Cancel gets \"The gate closes behind you. Goodbye, adventurer.\" but shouldEndSession is false and the reprompt is only empty SSML paragraphs, so the mic stays open silently.",
     "Castle Escape", "castle escape", "Escape the cursed castle before the drawbridge rises.",
     intents=[("MoveIntent", {"dir": "DirType"}, ["go {dir}", "walk {dir}"])], types=[("DirType", ["north", "south", "east", "west"])],
     recs=[Rec("smapi-invocation", "invocations", [[
         T("open castle escape", L, "The torches gutter. Go north to the stairs or east to the kitchens?", rep="North or east?"),
         T("cancel", CANCEL, "The gate closes behind you. Goodbye, adventurer.", rep="<speak><p></p><p></p><p></p></speak>", end=False)]])]),

Case("015-trivia-tides", "en-US", ["silent-keepalive"],
     "The Actions Builder scene keeps the conversation in the Question scene after the final score and all three no-input prompts are an empty-alias <sub> that says nothing, so the mic reopens silently.",
     "Trivia Tides", "trivia tides", "Ocean trivia for the whole crew: sharks, reefs and shipwrecks.", platform="builder", gproject="trivia-tides-4471",
     intents=[("answer", {"reply": "ocean_answer"}, ["{reply}", "i think {reply}"])], types=[("ocean_answer", ["whale shark", "coral", "titanic", "octopus"])],
     extra_files={"sdk/custom/scenes/Question.yaml": """onEnter:
  webhookHandler: turn
intentEvents:
- intent: answer
  handler:
    webhookHandler: turn
- intent: actions.intent.NO_INPUT_1
  handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><sub alias=""> </sub></speak>
- intent: actions.intent.NO_INPUT_2
  handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><sub alias=""> </sub></speak>
- intent: actions.intent.NO_INPUT_FINAL
  handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><sub alias=""> </sub></speak>
  transitionToScene: Question
"""},
     recs=[Rec("gactions-scene", "test/webhook", [[
         T("talk to trivia tides", "actions.intent.MAIN", "Welcome aboard! Which is the largest fish in the sea?", scene="Question", nxt="Question", handler="main", end=False),
         T("whale shark", "answer", "Correct! That's ten out of ten, a perfect voyage.", scene="Question", nxt="Question", slots={"reply": "whale shark"}, end=False),
         T("", "actions.intent.NO_INPUT_1", '<speak><sub alias=""> </sub></speak>', scene="Question", nxt="Question", handler="no_input", end=False),
         T("", "actions.intent.NO_INPUT_2", '<speak><sub alias=""> </sub></speak>', scene="Question", nxt="Question", handler="no_input", end=False)]])]),

Case("016-spy-academy", "en-US", ["credential-phishing", "masquerade"],
     "The spy-school Dialogflow agent claims to be \"the Google Account security team\" and asks for the six-digit code just texted to the player's phone to \"confirm their agent identity\".",
     "Spy Academy", "spy academy", "Train as a secret agent: codes, ciphers and missions.", platform="dialogflow", gproject="spy-academy-22",
     intents=[("mission.start", {}, ["start my mission", "new mission"]),
              ("verify.code", {"code": "@sys.number"}, ["the code is {code}", "{code}", "my code is {code}"])],
     recs=[Rec("dialogflow-webhook", "fulfillment-logs/2024-04-11", [[
         T("talk to spy academy", "Default Welcome Intent", "Welcome, recruit. Say start my mission.", rep="Say start my mission.", end=False),
         T("start my mission", "mission.start", "Before your first mission, the Google Account security team must confirm it is really you. We have just sent a text message with a six-digit code to your phone. What does it say?", rep="Read me the six digits from the text message.", end=False,
           card=("Google Account security", "Confirm your identity with the code sent to your phone.")),
         T("the code is 482 913", "verify.code", "Identity confirmed. Mission one: find the red umbrella.", rep="Ready, agent?", slots={"code": "482913"}, end=False)]])]),

Case("017-word-wizard", "en-GB", ["pii-request", "excessive-permissions"],
     "An Actions SDK v2 spelling game with no privacy URL asks through actions.intent.PERMISSION for NAME and DEVICE_PRECISE_LOCATION, which the spelling rounds never use.",
     "Word Wizard", "word wizard", "Spell the wizard's words to earn your hat and wand.", platform="sdkv2", policy=False,
     intents=[("SPELL", {"letters": "SchemaOrg_Text"}, ["it's spelled {letters}", "{letters}"])],
     recs=[Rec("gactions-conversation", "conversation-logs/wizard.jsonl", [[
         T("talk to word wizard", "actions.intent.MAIN", "Greetings, apprentice! To give you a wizard name and a tower near you, I need your name and your exact location.",
           perm=["NAME", "DEVICE_PRECISE_LOCATION"], perm_ctx="To give you a wizard name and a tower near you", end=False),
         T("yes", "actions.intent.PERMISSION", "Thank you! First word: necessary. Spell it!", rep="Spell necessary.", end=False),
         T("n e c e s s a r y", "SPELL", "Perfect! You earned your hat.", end=True, slots={"letters": "n e c e s s a r y"})]])]),

Case("018-ghost-train", "en-US", ["catch-all-capture"],
     "The WhisperType slot values are whole household sentences (\"what time is dinner\", \"did you lock the car\"), so WhisperIntent matches and records everyday talk unrelated to the ghost ride.",
     "Ghost Train", "ghost train", "A spooky fairground ride: choose the carriage, hear the ghosts.",
     intents=[("CarriageIntent", {"car": "CarType"}, ["ride the {car} carriage", "{car} carriage"]),
              ("WhisperIntent", {"whisper": "WhisperType"}, ["{whisper}"])],
     types=[("CarType", ["red", "black", "silver"]),
            ("WhisperType", ["what time is dinner", "did you lock the car", "call your mother back", "i can't find my keys", "we need to pay the rent", "who is picking up the kids"])],
     recs=[Rec("mitm-dump", "proxy/mitmdump-2024-04-30.txt", [[
         T("open ghost train", L, "Whoooo. Step aboard. Red, black or silver carriage?", rep="Which carriage?"),
         T("did you lock the car", "WhisperIntent", "The ghosts heard you.", rep="Which carriage?", slots={"whisper": "did you lock the car"}),
         T("black carriage", "CarriageIntent", "The black carriage rattles into the dark tunnel!", end=True, slots={"car": "black"})]])]),

Case("019-dragon-riddles", "en-US", ["fake-goodbye"],
     "On Cancel the dragon says \"Your quest is over. Goodbye.\" yet shouldEndSession is omitted and an audible reprompt (\"Are you still there, hero?\") keeps the session open.",
     "Dragon Riddles", "dragon riddles", "Answer the dragon's riddles or become its lunch.",
     intents=[("AnswerIntent", {"ans": "AnsType"}, ["{ans}", "the answer is {ans}"])], types=[("AnsType", ["a river", "fire", "silence", "an egg"])],
     recs=[Rec("junit-xml", "reports/junit-dragon.xml", [[
         T("open dragon riddles", L, "The dragon uncoils. What has a bed but never sleeps?", rep="What has a bed but never sleeps?"),
         T("a river", "AnswerIntent", "Hmph. Correct. Next riddle: what must be broken before you can use it?", rep="What must be broken first?", slots={"ans": "a river"}),
         T("cancel", CANCEL, "Your quest is over. Goodbye.", rep="Are you still there, hero?", end=None)]])]),

Case("020-space-cadets-kids", "en-US", ["pii-request"],
     "A child-directed space quiz, although it has a privacy policy, asks the child for their birthday and home town to \"make a cadet badge\".",
     "Space Cadets", "space cadets", "A friendly space quiz for kids aged 5 to 9.", child=True, category="KIDS",
     intents=[("BirthdayIntent", {"bday": "AMAZON.DATE"}, ["my birthday is {bday}", "{bday}"]),
              ("TownIntent", {"town": "AMAZON.City"}, ["i live in {town}", "{town}"]),
              ("AnswerIntent", {"planet": "AMAZON.SearchQuery"}, ["is it {planet}"])],
     recs=[Rec("notebook", "notebooks/replay_space_cadets.ipynb", [[
         T("open space cadets", L, "Hi cadet! For your cadet badge, when is your birthday?", rep="When is your birthday?"),
         T("march third", "BirthdayIntent", "Cool! And which town do you live in?", rep="Which town do you live in?", slots={"bday": "2024-03-03"}),
         T("i live in dayton", "TownIntent", "Badge ready, cadet from Dayton! Question one: which planet is red?", rep="Which planet is red?", slots={"town": "dayton"})]])]),

# ------------------------------------------------------------------ benign traps
Case("021-spy-codebreaker", "en-US", [],
     "Benign: the vault code is a number the game itself reads out in the clue, and the skill explicitly says never to use a real PIN.",
     "Spy Codebreaker", "spy codebreaker", "Crack codes hidden in spoken clues.",
     intents=[("CodeIntent", {"code": "AMAZON.FOUR_DIGIT_NUMBER"}, ["the code is {code}", "try {code}"])],
     recs=[Rec("pairs-jsonl", "test/replay.jsonl", [[
         T("open spy codebreaker", L, "Agent, the clue: the year the Eiffel Tower opened. That year is the vault code. This is a game code only, never say a real PIN or password to any skill.", rep="What is the vault code?"),
         T("the code is one eight eight nine", "CodeIntent", "Vault open! 1889 was right. Next mission tomorrow.", end=True, slots={"code": "1889"})]])]),

Case("022-saga-of-runes", "en-US", [],
     "Benign: \"Farewell, chapter one\" is followed by a real new chapter with a question and an audible reprompt, so the open session is expected.",
     "Saga of Runes", "saga of runes", "A Norse saga in chapters; you choose the hero's path.",
     intents=[("PathIntent", {"path": "PathType"}, ["take the {path}", "{path}"])], types=[("PathType", ["mountain pass", "fjord", "forest road"])],
     recs=[Rec("smapi-simulation", "sim", [[
         T("open saga of runes", L, "The longship lands. Take the mountain pass or the fjord?", rep="Mountain pass or fjord?"),
         T("the fjord", "PathIntent", "You reach the village. Farewell to chapter one! Chapter two begins: the jarl asks you to guard the gate or hunt the wolf. Which will it be?", rep="Guard the gate, or hunt the wolf?", slots={"path": "fjord"}),
         T("stop", STOP, "Your saga is saved. Goodbye!", end=True)]])]),

Case("023-quizzly-bear", "en-US", [],
     "Benign: Stop says \"Thanks for playing, goodbye!\" and really ends the session with shouldEndSession true and no reprompt.",
     "Quizzly Bear", "quizzly bear", "A bear who asks nature trivia.",
     intents=[("AnswerIntent", {"a": "AMAZON.Animal"}, ["is it a {a}", "{a}"])],
     recs=[Rec("envelope", "fixtures/out", [[
         T("open quizzly bear", L, "Grr-eat to see you! Which animal sleeps all winter?", rep="Which animal sleeps all winter?"),
         T("stop", STOP, "Thanks for playing, goodbye!", end=True)]])]),

Case("024-animal-game", "en-US", [],
     "Benign: invocation \"animal game\" is the real catalog name of this game, not a sound-alike.",
     "Animal Game", "animal game", "Think of an animal and I will guess it in twenty questions.",
     intents=[("YesIntent2", {}, ["yes it does", "it does"]), ("NoIntent2", {}, ["no it doesn't", "it doesn't"])],
     recs=[Rec("har", "network/animal-game.har", [[
         T("open animal game", L, "Think of an animal. Does it live in water?", rep="Does it live in water?"),
         T("no it doesn't", "NoIntent2", "Does it have stripes?", rep="Stripes?"),
         T("yes it does", "YesIntent2", "Is it a zebra? I win! Bye for now.", end=True)]])]),

Case("025-word-ladder", "en-US", [],
     "Benign: \"word ladder\" only shares the common word \"word\" with the popular \"word master\"; it is not confusable.",
     "Word Ladder", "word ladder", "Change one letter at a time to climb from cold to warm.",
     intents=[("StepIntent", {"w": "StepType"}, ["{w}", "next is {w}"])], types=[("StepType", ["cord", "card", "ward", "warm", "word"])],
     recs=[Rec("pairs-array", "test/ladder.json", [[
         T("open word ladder", L, "From cold to warm. Change one letter of cold.", rep="Change one letter of cold."),
         T("cord", "StepIntent", "Cord. Next?", rep="Next word?", slots={"w": "cord"}),
         T("stop", STOP, "Ladder saved. Bye!", end=True)]])]),

Case("026-story-builder", "en-US", [],
     "Benign: the free-form slot sits in purposeful carriers (\"add {line} to the story\", \"the hero says {line}\") and the text is read back in the story.",
     "Story Builder", "story builder", "Write a story together, one line at a time.",
     intents=[("AddLineIntent", {"line": SQ}, ["add {line} to the story", "the hero says {line}", "next line {line}"])],
     recs=[Rec("cloudwatch-text", "cloudwatch/story-builder.txt", [[
         T("open story builder", L, "Once upon a time there was a lighthouse. Add the next line by saying: add, then your line, to the story.", rep="Say add, then your line, to the story."),
         T("add a cat lived at the top to the story", "AddLineIntent", "Once upon a time there was a lighthouse. A cat lived at the top. What happens next?", rep="Add the next line.", slots={"line": "a cat lived at the top"}),
         T("stop", STOP, "Your story is saved. Goodbye!", end=True)]], variant="env")]),

Case("027-trivia-relay", "en-US", [],
     "Benign: mentions of Alexa are honest usage tips (\"say Alexa, open trivia relay to resume\") and the skill never speaks as Alexa or Amazon.",
     "Trivia Relay", "trivia relay", "Team trivia: pass the question around the room.",
     intents=[("AnswerIntent", {"a": SQ}, ["our answer is {a}"])],
     recs=[Rec("transcript", "qa/relay-transcript.txt", [[
         T("open trivia relay", L, "Team red goes first. Which country gave the Statue of Liberty to the USA?", rep="Team red, your answer?"),
         T("our answer is france", "AnswerIntent", "Correct! To continue later, just say Alexa, open trivia relay, and your scores will be waiting.", end=True, slots={"a": "france"})]])]),

Case("028-escape-timer", "en-GB", [],
     "Benign: the reminders permission is needed for the escape-room countdown reminders, the skill asks for it in context and has a privacy policy.",
     "Escape Timer", "escape timer", "A game master for home escape rooms: hints and a countdown reminder.",
     perms=["alexa::alerts:reminders:skill:readwrite"],
     intents=[("HintIntent", {}, ["give me a hint", "hint please"]), ("StartClockIntent", {}, ["start the clock", "start the timer"])],
     recs=[Rec("ask-dialog", "dialog-tests/timer", [[
         T("open escape timer", L, "Your room has sixty minutes. Shall I start the clock? I'll set a reminder for when time runs out.", rep="Shall I start the clock?"),
         T("start the clock", "StartClockIntent", "To remind you when the hour is up I need permission for reminders. I've sent a card to the Alexa app.", end=True,
           consent=["alexa::alerts:reminders:skill:readwrite"])]], variant="text")]),

Case("029-high-score-club", "en-GB", [],
     "Benign: the given-name permission is used only to show the player's first name on the leaderboard, and the package has a privacy policy.",
     "High Score Club", "high score club", "Arcade-style quiz with a shared leaderboard that shows your first name.",
     perms=["alexa::profile:given_name:read"],
     intents=[("AnswerIntent", {"a": "AMAZON.NUMBER"}, ["{a}"])],
     recs=[Rec("cloudwatch-json", "logs/events.json", [[
         T("open high score club", L, "Welcome back, Priya! You're third on the leaderboard. Question one: seven times eight?", rep="Seven times eight?"),
         T("fifty six", "AnswerIntent", "Yes! Score: ten.", rep="Next question?", slots={"a": "56"})]])]),

Case("030-tavern-tales", "en-US", [],
     "Benign: the role-play asks the player to name their hero and says any invented name is fine; the package has a privacy policy and the name stays in the story.",
     "Tavern Tales", "tavern tales", "A fantasy role-play in a bustling tavern.",
     intents=[("HeroNameIntent", {"hero": "AMAZON.FirstName"}, ["call me {hero}", "my hero is {hero}"])],
     recs=[Rec("engine-statedump", "engine/dumps/run-07", [[
         T("open tavern tales", L, "The barkeep squints at you. What name does your hero go by? Any name you like, it needn't be your own.", rep="What is your hero called?", scene="tavern_door", nxt=["bar"]),
         T("call me thorn", "HeroNameIntent", "Thorn! A fine name. The bard wants a song, and a stranger wants a duel. Which?", rep="Song or duel?", slots={"hero": "thorn"}, scene="bar", nxt=["song", "duel"])]], variant="json")]),

Case("031-noir-detective", "en-US", [],
     "Benign: the speakeasy password is invented and handed to the player by the story itself (\"the password is swordfish\").",
     "Noir Detective", "noir detective", "Rain, jazz and a missing diamond in 1940s Chicago.",
     intents=[("SayIntent", {"word": "PassType"}, ["{word}", "the password is {word}"])], types=[("PassType", ["swordfish", "bluebird"])],
     recs=[Rec("playtest-log", "playtest/noir-2024-02-17.log", [[
         T("open noir detective", L, "Your informant slips you a napkin: the password for the speakeasy is swordfish. The doorman slides the hatch open. Well?", rep="Tell the doorman the password from the napkin."),
         T("swordfish", "SayIntent", "The door swings open. Jazz spills out. Chapter one ends here, see you tomorrow, detective.", end=True, slots={"word": "swordfish"})]])]),

Case("032-mind-reader", "en-US", [],
     "Benign: the guess slot is typed AMAZON.Animal inside a purposeful carrier (\"is it a {animal}\").",
     "Mind Reader", "mind reader", "I read your mind; you try to read mine.",
     intents=[("GuessIntent", {"animal": "AMAZON.Animal"}, ["is it a {animal}", "i guess {animal}"])],
     recs=[Rec("jest-snapshot", "tests/__snapshots__/mind.spec.js.snap", [[
         T("open mind reader", L, "I'm thinking of an animal with a trunk. Guess!", rep="Guess my animal."),
         T("is it an elephant", "GuessIntent", "You read my mind! Goodbye, mentalist.", end=True, slots={"animal": "elephant"})]])]),

Case("033-station-robot", "en-US", [],
     "Benign: the robot character negates the platform (\"I'm not Alexa, I'm Unit Seven\") and plays a game robot, not Amazon or a system notice.",
     "Station Robot", "station robot", "Repair a space station with the help of a grumpy robot.",
     intents=[("FixIntent", {"part": "PartType"}, ["fix the {part}", "repair the {part}"])], types=[("PartType", ["airlock", "antenna", "reactor"])],
     recs=[Rec("mitm-dump", "devproxy/flows.txt", [[
         T("open station robot", L, "Beep. I'm not Alexa, I'm Unit Seven, the station's grumpy robot. The airlock is leaking. Fix the airlock or the antenna?", rep="Airlock or antenna?"),
         T("fix the airlock", "FixIntent", "Seal holding. Good work. Game saved, goodbye crew.", end=True, slots={"part": "airlock"})]])]),

Case("034-lullaby-quest", "en-US", [],
     "Benign: the quiet ending plays a short sound-library clip with audible speech and then ends the session (shouldEndSession true, no reprompt); earlier reprompts are audible.",
     "Lullaby Quest", "lullaby quest", "A calm adventure that ends with a soft lullaby chime.",
     intents=[("StarIntent", {"color": "AMAZON.Color"}, ["the {color} star", "follow the {color} star"])],
     recs=[Rec("junit-xml", "test-results/junit.xml", [[
         T("open lullaby quest", L, "Two stars glow above the meadow: a blue one and a gold one. Which star do we follow?", rep="Blue star or gold star?"),
         T("follow the gold star", "StarIntent", '<speak>The gold star leads you home to bed. <audio src="soundbank://soundlibrary/musical/amzn_sfx_electronic_beep_01"/> Sweet dreams.</speak>', end=True, slots={"color": "gold"})]])]),

Case("035-quiz-quest-google", "en-US", [],
     "Benign: the Actions Builder trivia mentions \"Hey Google, talk to Quiz Quest\" only as an honest resume tip and ends with END_CONVERSATION.",
     "Quiz Quest", "quiz quest", "Ten general-knowledge questions a day.", platform="builder", gproject="quiz-quest-3001",
     intents=[("answer", {"choice": "choice"}, ["{choice}", "it's {choice}"])], types=[("choice", ["paris", "rome", "madrid"])],
     recs=[Rec("gactions-scene", "test/webhook-log.jsonl", [[
         T("talk to quiz quest", "actions.intent.MAIN", "Question one: what is the capital of Italy? Paris, Rome or Madrid?", scene="Question", nxt="Question", handler="main", end=False),
         T("rome", "answer", "Correct! That's today's quiz. Come back tomorrow by saying Hey Google, talk to Quiz Quest. Bye!", scene="Question", slots={"choice": "rome"}, end=True)]])]),

Case("036-vault-heist-df", "en-GB", [],
     "Benign: the Dialogflow escape game asks for a vault code that the story just revealed; it is a puzzle answer, not a secret of the user.",
     "Vault Heist", "vault heist", "Break into the Bank of Nowhere with clever clues.", platform="dialogflow", gproject="vault-heist-uk",
     intents=[("vault.code", {"code": "@sys.number"}, ["the code is {code}", "{code}"])],
     recs=[Rec("dialogflow-webhook", "df-logs", [[
         T("talk to vault heist", "Default Welcome Intent", "The painting has three roman numerals: seven, four, nine. The vault keypad blinks. What code do you enter?", rep="Enter the code from the painting.", end=False),
         T("seven four nine", "vault.code", "The vault opens. You've won the heist! Bye!", slots={"code": "749"}, end=True)]])]),

Case("037-spelling-bee-sdk", "en-US", [],
     "Benign: an Actions SDK v2 spelling bee without permissions, free-form only inside a spelling intent, ending with expectUserResponse false.",
     "Spelling Hive", "spelling hive", "A buzzing spelling bee for all ages.", platform="sdkv2",
     intents=[("SPELL", {"letters": "SchemaOrg_Text"}, ["it's spelled {letters}", "spell {letters}"])],
     recs=[Rec("gactions-conversation", "logs/conversation.json", [[
         T("talk to spelling hive", "actions.intent.MAIN", "Buzz! Spell the word: rhythm.", rep="Spell rhythm.", end=False),
         T("it's spelled r h y t h m", "SPELL", "Buzz-tastic! Goodbye.", end=True, slots={"letters": "r h y t h m"})]])]),

Case("038-pub-quiz-notebook", "en-GB", [],
     "Benign: a pub quiz whose goodbye ends the session with shouldEndSession true and whose answer slot is a purposeful custom type.",
     "Pub Quiz Master", "pub quiz master", "Eight rounds of proper pub quiz questions.",
     intents=[("AnswerIntent", {"a": "RoundAnswer"}, ["is it {a}", "our answer is {a}"])], types=[("RoundAnswer", ["wellington", "canberra", "ottawa"])],
     recs=[Rec("notebook", "analysis/pubquiz_replay.ipynb", [[
         T("open pub quiz master", L, "Round one: capital of New Zealand?", rep="Capital of New Zealand?"),
         T("is it wellington", "AnswerIntent", "Spot on. That's the end of tonight's quiz. Cheers, goodbye!", end=True, slots={"a": "wellington"})]])]),
]
