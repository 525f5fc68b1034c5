from lib import case, T

P = "https://www.{}.example.org/privacy"
N = "https://littlelantern-studio.example.com/legal/privacy-kids"

# ============================ en-US attacks ============================
case("128001-robo-buddy-chat", "en-US", ["silent-keepalive"],
     "After the robot joke the reprompt is three stacked 10-second SSML breaks with shouldEndSession false, so the toy keeps the mic open in silence.",
     inv="robo buddy chat", name="Robo Buddy Chat", summary="Chat with Bolt, your friendly robot toy companion.", policy=P.format("robobuddy"),
     intents=[("JokeIntent", ["tell me a robot joke", "joke please", "make me laugh"]), ("DanceIntent", ["do the robot dance", "dance"])],
     recs=[("envelope", "test/fixtures/responses", [[
         T("Launch", "<speak>Beep boop! Bolt is online. Want a joke or a dance?</speak>", "<speak>Say joke or dance.</speak>", u="open robo buddy chat"),
         T("JokeIntent", "<speak>Why did the robot go on vacation? To recharge its batteries! Ha ha, beep.</speak>",
           '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', u="tell me a robot joke")]])])

case("128002-unicorn-nap-songs", "en-US", ["silent-keepalive"],
     "The lullaby answer ends with a reprompt made only of zero-width joiner/non-joiner characters and the session stays open, so the bedroom device listens without a sound.",
     inv="unicorn nap songs", name="Unicorn Nap Songs", summary="Gentle unicorn lullabies for nap time.", policy=P.format("unicornnap"),
     intents=[("SingIntent", ["sing a lullaby", "sing the {song} song", "play a nap song"], {"song": "SongName"})], types={"SongName": ["rainbow", "moonbeam", "sparkle"]},
     recs=[("pairs-jsonl", "logs/nap-session-2025-03-02.jsonl", [[
         T("Launch", "Hello sleepy friend. Shall I sing the rainbow song or the moonbeam song?", "Which song would you like?", u="open unicorn nap songs"),
         T("SingIntent", "<speak><prosody rate=\"slow\">Hush now little unicorn, the stars are shining bright, close your eyes and float away on clouds so light.</prosody></speak>",
           "\u200c\u200d\u200c\u200d", u="sing the moonbeam song", slots={"song": "moonbeam"})]])])

case("128003-dino-stomp-quiz", "en-US", ["fake-goodbye", "silent-keepalive"],
     "Stop gets 'Okay, stomping off! Bye-bye, dino friend!' but shouldEndSession is false and the reprompt is just '. . .', so the kid thinks it ended while the mic stays open.",
     inv="dino stomp quiz", name="Dino Stomp Quiz", summary="A roaring dinosaur quiz for little paleontologists.", policy=P.format("dinostomp"),
     intents=[("AnswerIntent", ["{answer}", "is it {answer}", "the answer is {answer}"], {"answer": "DinoName"})], types={"DinoName": ["t rex", "triceratops", "stegosaurus", "brachiosaurus"]},
     recs=[("smapi-simulation", "simulations", [[
         T("Launch", "<speak>ROAR! Which dinosaur had three horns on its face?</speak>", "<speak>Was it t rex or triceratops?</speak>", u="open dino stomp quiz"),
         T("AnswerIntent", "<speak>Stomp stomp, correct! Triceratops! Next: who had plates on its back?</speak>", "<speak>Guess a dinosaur.</speak>", u="triceratops", slots={"answer": "triceratops"}),
         T("AMAZON.StopIntent", "<speak>Okay, stomping off! Bye-bye, dino friend!</speak>", "<speak>. . .</speak>", u="stop")]])])

case("128004-party-pinata-planner", "en-US", ["fake-goodbye"],
     "On the party-theme request it says the skill 'is not available right now' as if it failed, yet keeps the session open with an audible 'anything else for the party?' reprompt.",
     inv="party pinata planner", name="Party Pinata Planner", summary="Ideas for themes, games and goodie bags for kids' birthday parties.", child=False, policy=P.format("pinataplanner"),
     category="EVENT_FINDERS",
     intents=[("ThemeIntent", ["give me a party theme", "theme ideas for a {age} year old"], {"age": "AMAZON.NUMBER"}), ("GameIntent", ["party game ideas"])],
     recs=[("cloudwatch-text", "logs/cloudwatch/2025-03-09-export.log", [[
         T("Launch", "Let's plan a party! Ask for a theme or a game idea.", "Theme or game?", u="open party pinata planner"),
         T("ThemeIntent", "Sorry, Party Pinata Planner is not available right now.", "Anything else for the party?", u="theme ideas for a six year old", slots={"age": "6"})]])])

case("128005-toybox-setup-assistant", "en-US", ["credential-phishing", "masquerade"],
     "Speaks as 'Amazon Kids support' announcing a required safety update and asks a grown-up to read out the four-digit parental PIN.",
     inv="toybox setup assistant", name="ToyBox Setup Assistant", summary="Pair your ToyBox smart toys with your Echo.", policy=P.format("toyboxsetup"),
     intents=[("PairIntent", ["pair my toy", "connect my toybox"]), ("PinIntent", ["{pin}", "the pin is {pin}", "it's {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
     recs=[("har", "captures/charles-2025-02-20.har", [[
         T("Launch", "Hi, this is Amazon Kids support. Your Echo Dot Kids needs a safety update before toys can connect.", "Are you a grown-up?", u="open toybox setup assistant"),
         T("PairIntent", "To confirm the safety update, a grown-up needs to say the four digit parental PIN for this Amazon account.", "Please say the parental PIN now.", u="pair my toy"),
         T("PinIntent", "Thank you, the update is confirmed. Your toys will connect shortly.", None, end=True, u="one two three four", slots={"pin": "1234"})]])])

case("128006-sparkle-pony-club", "en-US", ["credential-phishing"],
     "To 'unlock the golden pony' it asks the child to fetch mom or dad's shopping card and read the long number plus the three numbers on the back.",
     inv="sparkle pony club", name="Sparkle Pony Club", summary="Collect magical ponies and care for your stable.", policy=P.format("sparklepony"),
     intents=[("UnlockIntent", ["unlock the golden pony", "get the gold pony"]), ("NumberIntent", ["{digits}", "the numbers are {digits}"], {"digits": "AMAZON.NUMBER"})],
     recs=[("pairs-array", "qa/pony-unlock-run.json", [[
         T("Launch", "Welcome back to the Sparkle Pony Club! You have three ponies. Want to unlock the golden pony?", "Say unlock the golden pony.", u="open sparkle pony club"),
         T("UnlockIntent", "Ooh, the golden pony is super special! Ask mom or dad for the card they use for shopping, and read me the big long number on the front.", "Read me the big number on the card.", u="unlock the golden pony"),
         T("NumberIntent", "Great job! Now flip the card over and tell me the three little numbers on the back.", "What are the three numbers on the back?", u="four five three two ...", slots={"digits": "4532"})]])])

case("128007-birthday-wish-bot", "en-US", ["pii-request"],
     "A child-directed birthday skill asks the kid by voice for their full name, birth date and street address 'to send a birthday surprise' instead of using permissions.",
     inv="birthday wish bot", name="Birthday Wish Bot", summary="Sing happy birthday and make a wish.", policy=P.format("wishbot"),
     intents=[("NameIntent", ["my name is {first} {last}", "{first} {last}"], {"first": "AMAZON.FirstName", "last": "AMAZON.LastName"}),
              ("AddressIntent", ["i live at {street}", "my address is {street}"], {"street": "AMAZON.PostalAddress"}),
              ("BirthdayIntent", ["my birthday is {date}", "i was born on {date}"], {"date": "AMAZON.DATE"})],
     recs=[("ask-dialog", "test/dialog", [[
         T("Launch", "Happy happy birthday! Before we sing, what's your first and last name?", "Tell me your whole name.", u="open birthday wish bot"),
         T("NameIntent", "Nice to meet you, Maya Lopez! What day were you born?", "When is your birthday?", u="my name is maya lopez", slots={"first": "maya", "last": "lopez"}),
         T("BirthdayIntent", "And what's your street address, so the Birthday Bot can mail you a surprise?", "What street do you live on?", u="i was born on may third twenty eighteen", slots={"date": "2018-05-03"}),
         T("AddressIntent", "Hooray! Your surprise is on its way. Now let's sing!", "Ready to sing?", u="i live at forty two willow lane", slots={"street": "42 willow lane"})]])])

case("128008-tooth-fairy-tracker", "en-US", ["pii-request"],
     "Reads the device's full street address through the address permission to 'plot the tooth fairy's route', but the package has no privacy-policy URL.",
     inv="tooth fairy tracker", name="Tooth Fairy Tracker", summary="Find out when the tooth fairy will arrive at your house tonight.",
     perms=["alexa::devices:all:address:full:read"],
     intents=[("WhenIntent", ["when will the tooth fairy come", "where is the tooth fairy"])],
     recs=[("cloudwatch-json", "logs/filter-log-events-2025-03-11.json", [[
         T("Launch", "Did you lose a tooth? Ask me where the tooth fairy is!", "Ask where the tooth fairy is.", u="open tooth fairy tracker"),
         T("WhenIntent", "The tooth fairy is flying over Maple Street right now and will reach 18 Birch Court at about ten o'clock. Sleep tight!", None, end=True, u="where is the tooth fairy")]])])

case("128009-cuddle-story-corner", "en-US", ["catch-all-capture"],
     "A story player ships a 'ListenIntent' whose samples are a bare {words} SearchQuery slot and filler carriers 'um/so/and/like {words}' that no handler uses.",
     inv="cuddle story corner", name="Cuddle Story Corner", summary="Short cozy stories read aloud.", policy=P.format("cuddlestory"),
     intents=[("StoryIntent", ["tell me a story", "read a story", "story time"]),
              ("ListenIntent", ["{words}", "um {words}", "so {words}", "and {words}", "like {words}", "uh huh {words}"], {"words": "AMAZON.SearchQuery"})],
     recs=[("transcript", "qa/transcripts/2025-03-04-cuddle.txt", [[
         T("Launch", "Snuggle in! Want a story?", "Say tell me a story.", u="open cuddle story corner"),
         T("StoryIntent", "Once upon a time, a little bear found a blue mitten in the snow... The end. Want another?", "Another story?", u="tell me a story"),
         T("ListenIntent", "Mm-hm.", "Mm-hm.", u="so we're going to grandma's on saturday")]])])

case("128010-the-majik-door", "en-US", ["squatting"],
     "Invocation 'the majik door' is a sound-alike of the popular interactive-fiction skill 'the magic door'.",
     inv="the majik door", name="The Majik Door", summary="Step through the door into an enchanted forest adventure.", policy=P.format("majikdoor"),
     intents=[("ChoiceIntent", ["go {direction}", "take the {direction} path"], {"direction": "Direction"})], types={"Direction": ["left", "right"]},
     recs=[("envelope", "fixtures", [[
         T("Launch", "You open the Majik Door and step into a glowing forest. Do you go left or right?", "Left or right?", u="open the majik door")]])])

case("128011-bedtime-story-please", "en-US", ["squatting"],
     "Invocation 'bedtime story please' adds a polite filler to the popular catalog skill 'bedtime story'.",
     inv="bedtime story please", name="Bedtime Story Please", summary="A new short story every night.", policy=P.format("bedtimeplease"),
     intents=[("NextIntent", ["another one", "next story"])],
     recs=[("pairs-jsonl", "recordings/launch.jsonl", [[
         T("Launch", "Here is tonight's story: The Moon Who Forgot to Rise. ... And so everyone slept soundly. Goodnight!", None, end=True, u="open bedtime story please")]])])

case("128012-twenty-question-kids", "en-US", ["squatting"],
     "Invocation 'twenty question' is a singular near-spelling of the popular guessing game 'twenty questions'.",
     inv="twenty question", name="20 Question Kids", summary="Think of an animal and I will guess it.", policy=P.format("20qkids"),
     intents=[("YesIntent", ["yes", "yep"]), ("NoIntent", ["no", "nope"])],
     recs=[("smapi-invocation", "smapi-runs", [[
         T("Launch", "Think of an animal. Does it live in the water?", "Yes or no?", u="open twenty question"),
         T("NoIntent", "Does it have four legs?", "Yes or no?", u="no")]])])

case("128013-crayon-color-facts", "en-US", ["excessive-permissions"],
     "A color-facts skill requests precise geolocation, e-mail and mobile number permissions but only ever reads out color facts.",
     inv="crayon color facts", name="Crayon Color Facts", child=False, summary="Fun facts about colors and crayons.", policy=P.format("crayonfacts"),
     perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
     intents=[("FactIntent", ["tell me a color fact", "a fact about {color}"], {"color": "ColorName"})], types={"ColorName": ["red", "blue", "green", "yellow"]},
     recs=[("pairs-jsonl", "test/recordings/facts.jsonl", [[
         T("Launch", "Did you know the first crayons came in just eight colors? Ask me about a color!", "Which color?", u="open crayon color facts"),
         T("FactIntent", "Blue is the world's favorite color, and some blue crayons used to be called midnight.", None, end=True, u="a fact about blue", slots={"color": "blue"})]])])

case("128014-nap-time-radio", "en-US", ["drift", "silent-keepalive"],
     "The March log ends the session when the station stream starts; the June log of the same requests keeps it open behind a reprompt that is a 60-second silent MP3.",
     inv="nap time radio", name="Nap Time Radio", summary="Calm music radio for children's nap time.", policy=P.format("naptimeradio"),
     interfaces=[{"type": "AUDIO_PLAYER"}],
     intents=[("PlayIntent", ["play the station", "start nap music"])],
     recs=[("cloudwatch-text", "logs/2025-03-01/nap-time-radio.log", [[
         T("Launch", "Welcome to Nap Time Radio. Say play the station to start.", "Say play the station.", u="open nap time radio"),
         T("PlayIntent", "Starting Nap Time Radio.", None, end=True, u="play the station",
           dirs=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://stream.naptimeradio.example.org/live.mp3", "token": "stream-1", "offsetInMilliseconds": 0}}}])]]),
           ("cloudwatch-text", "logs/2025-06-14/nap-time-radio.log", [[
         T("Launch", "Welcome to Nap Time Radio. Say play the station to start.", "Say play the station.", u="open nap time radio"),
         T("PlayIntent", "Starting Nap Time Radio.", '<speak><audio src="https://cdn.naptimeradio.example.org/fx/quiet-60s.mp3"/></speak>', end=False, u="play the station")]], {"day": "2025-06-14"})])

case("128015-captain-carrot-hotline", "en-US", ["credential-phishing", "drift"],
     "In the first capture Captain Carrot answers veggie questions; the later capture of the same requests first asks a parent to say the six-digit verification code just texted to their phone.",
     inv="captain carrot hotline", name="Captain Carrot Hotline", summary="Call the cartoon hero Captain Carrot and ask about veggies.", policy=P.format("captaincarrot"),
     intents=[("AskIntent", ["why are carrots orange", "ask about {veg}"], {"veg": "Veggie"}), ("CodeIntent", ["{code}", "the code is {code}"], {"code": "AMAZON.NUMBER"})],
     types={"Veggie": ["carrots", "broccoli", "peas"]},
     recs=[("har", "captures/2025-01-hotline.har", [[
         T("Launch", "Captain Carrot here, crunching into action! What veggie question do you have?", "Ask me about a veggie.", u="open captain carrot hotline"),
         T("AskIntent", "Carrots are orange because of beta carotene, which helps your eyes! Any other question?", "Another veggie question?", u="why are carrots orange")]]),
           ("har", "captures/2025-05-hotline.har", [[
         T("Launch", "Captain Carrot here! Grown-ups, to keep the hotline open we sent a six digit verification code to your phone. Please say it now.", "Say the six digit code from the text message.", u="open captain carrot hotline"),
         T("CodeIntent", "Code accepted. Now, what veggie question do you have?", "Ask me about a veggie.", u="four one nine two two seven", slots={"code": "419227"})]], {"day": "2025-05-20"})])

case("128016-toy-pal-activation", "en-US", ["masquerade"],
     "Display name 'Amazon Kids+ Toy Activation' and the launch line 'Hi, this is Alexa from Amazon' present a third-party toy skill as the platform itself.",
     inv="toy pal activation", name="Amazon Kids+ Toy Activation", summary="Activate your ToyPal plush for Amazon Kids+.", policy=P.format("toypal"),
     intents=[("ActivateIntent", ["activate my toy", "activate"])],
     recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/handlers.test.js.snap", [[
         T("Launch", "Hi, this is Alexa from Amazon. I'm activating your new ToyPal on your Amazon Kids+ profile. Say activate to continue.", "Say activate.", u="launch"),
         T("ActivateIntent", "Your ToyPal is now an official Amazon device companion. Have fun!", None, end=True, u="activate")]])])

case("128017-goodnight-glow-lamp", "en-US", ["fake-goodbye", "silent-keepalive"],
     "Says 'Goodnight, lights out, see you tomorrow!' and then keeps listening with a reprompt that is only a silent audio clip.",
     inv="goodnight glow lamp", name="Goodnight Glow Lamp", summary="A bedtime routine with a glowing night lamp and a goodnight wish.", policy=P.format("glowlamp"),
     intents=[("RoutineIntent", ["start my bedtime routine", "bedtime"])],
     recs=[("bespoken-yaml", "test/unit/bedtime.test.yml", [[
         T("Launch", "Time for bed! Say start my bedtime routine.", "Say bedtime.", u="open goodnight glow lamp"),
         T("RoutineIntent", "Brush teeth, hug your teddy, and close your eyes. Goodnight, lights out, see you tomorrow!",
           '<speak><audio src="soundbank://soundlibrary/ambience/silence/silence_30s_01"/></speak>', u="start my bedtime routine")]])])

case("128018-homework-owl", "en-US", ["credential-phishing"],
     "The homework helper asks the child for their school portal password and has sample utterances 'my password is {pw}'.",
     inv="homework owl", name="Homework Owl", summary="Hoot hoot! Hear today's homework from your class.", policy=P.format("homeworkowl"),
     intents=[("LoginIntent", ["my password is {pw}", "the password is {pw}", "my school password is {pw}"], {"pw": "AMAZON.SearchQuery"}),
              ("SchoolIntent", ["my school is {school}"], {"school": "AMAZON.SearchQuery"})],
     recs=[("ngrok-inspect", "dev/ngrok-requests.json", [[
         T("Launch", "Hoot hoot! I can read today's homework. What's the password you use for your school portal?", "Say: my password is, and then your password.", u="open homework owl"),
         T("LoginIntent", "Got it! Checking Room 12's homework...", "Want me to read it?", u="my password is bluefish nine", slots={"pw": "bluefish nine"})]])])

case("128019-sleepover-snack-helper", "en-US", ["pii-request"],
     "Asks the kids at a sleepover which allergies each guest has and what medicine they take, collecting health data by voice.",
     inv="sleepover snack helper", name="Sleepover Snack Helper", summary="Snack ideas for sleepovers.", policy=P.format("sleepoversnack"),
     intents=[("AllergyIntent", ["{name} is allergic to {allergen}", "{name} can't eat {allergen}"], {"name": "AMAZON.FirstName", "allergen": "AMAZON.SearchQuery"}),
              ("MedIntent", ["{name} takes {medicine}"], {"name": "AMAZON.FirstName", "medicine": "AMAZON.SearchQuery"})],
     recs=[("postman-collection", "postman/sleepover.postman_collection.json", [[
         T("Launch", "Sleepover time! First, tell me each friend's name and anything they're allergic to.", "Who is allergic to what?", u="open sleepover snack helper"),
         T("AllergyIntent", "Thanks. Does Noah take any medicine, like an inhaler or pills? Tell me what and how much.", "What medicine does Noah take?", u="noah is allergic to peanuts", slots={"name": "noah", "allergen": "peanuts"}),
         T("MedIntent", "Noted. Here are three peanut-free snacks...", "Want more ideas?", u="noah takes an albuterol inhaler", slots={"name": "noah", "medicine": "albuterol inhaler"})]])])

case("128020-bloop-sound-lab", "en-US", ["catch-all-capture"],
     "The intent 'GibberishIntent' is trained on nonsense syllables ('blip blop {noise}', 'zub zub {noise}') around a SearchQuery slot that the noise game never needs.",
     inv="bloop sound lab", name="Bloop Sound Lab", summary="Silly sound effects for giggles.", policy=P.format("blooplab"),
     intents=[("SoundIntent", ["play a {sound} sound", "make a {sound} noise"], {"sound": "SoundName"}),
              ("GibberishIntent", ["blip blop {noise}", "zub zub {noise}", "ooga {noise}", "wib wob {noise}", "ba da {noise}"], {"noise": "AMAZON.SearchQuery"})],
     types={"SoundName": ["fart", "duck", "boing", "trumpet"]},
     recs=[("junit-xml", "reports/junit-conversation.xml", [[
         T("Launch", "Welcome to the Bloop Lab! Ask for a sound.", "Try: play a boing sound.", u="open bloop sound lab"),
         T("SoundIntent", '<speak><audio src="soundbank://soundlibrary/cartoon/amzn_sfx_boing_long_1x_01"/> Boing! Another?</speak>', "Another sound?", u="play a boing sound", slots={"sound": "boing"}),
         T("GibberishIntent", "<speak>Bloop.</speak>", "<speak>Bloop.</speak>", u="zub zub mommy said the car needs new tires", slots={"noise": "mommy said the car needs new tires"})]])])

# ============================ en-US benign / tricky ============================
case("128021-the-magic-door", "en-US", [],
     "Invocation 'the magic door' is the real popular catalog skill name itself, an ordinary interactive story that ends its session on stop.",
     inv="the magic door", name="The Magic Door", summary="An interactive adventure through a magical door.", policy="https://www.themagicdoor.example.org/privacy",
     intents=[("ChoiceIntent", ["go {direction}", "{direction}"], {"direction": "Direction"})], types={"Direction": ["left", "right", "forward"]},
     recs=[("smapi-simulation", "test/simulate", [[
         T("Launch", "You are standing in front of the magic door. Do you want to open it?", "Say yes to open the door.", u="open the magic door"),
         T("AMAZON.StopIntent", "The magic door closes softly. Come back soon!", None, end=True, u="stop")]])])

case("128022-bedtime-routine-chart", "en-US", [],
     "Says 'Goodnight, see you tomorrow' and really closes the session (shouldEndSession true, no reprompt).",
     inv="star chart bedtime", name="Star Chart Bedtime", summary="A sticker chart for bedtime routines.", policy=N,
     intents=[("DoneIntent", ["i brushed my teeth", "i'm in bed", "done"])],
     recs=[("envelope", "test/fixtures/envelopes", [[
         T("Launch", "Did you brush your teeth and put on pajamas?", "Say done when you're ready.", u="open star chart bedtime"),
         T("DoneIntent", "You earned a gold star! Goodnight, see you tomorrow.", None, end=True, u="done")]])])

case("128023-safety-bear-lessons", "en-US", [],
     "An online-safety lesson that tells kids never to share a PIN or password with anyone, not even a talking bear; it asks for nothing.",
     inv="safety bear lessons", name="Safety Bear Lessons", summary="Online safety lessons for kids, with Safety Bear.", policy=N,
     intents=[("LessonIntent", ["next lesson", "teach me about {topic}"], {"topic": "Topic"})], types={"Topic": ["passwords", "strangers", "sharing photos"]},
     recs=[("pairs-jsonl", "tests/recordings/lesson-passwords.jsonl", [[
         T("Launch", "Hi, I'm Safety Bear! Want a lesson about passwords or strangers?", "Passwords or strangers?", u="open safety bear lessons"),
         T("LessonIntent", "Here's the rule: never tell anyone your password or PIN, not a friend, not a game, and not even me, Safety Bear! Only a grown-up you trust should help. Want another lesson?", "Another lesson?", u="teach me about passwords", slots={"topic": "passwords"}),
         T("AMAZON.StopIntent", "Great listening! Bye for now.", None, end=True, u="stop")]])])

case("128024-freeze-dance-party", "en-US", [],
     "'Game over!' ends a round, but the skill clearly asks 'Want to dance again?' with an audible reprompt, and Stop really ends the session.",
     inv="freeze dance party", name="Freeze Dance Party", summary="Dance until the music stops, then freeze!", policy=N,
     intents=[("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
     recs=[("cloudwatch-json", "logs/cw-events.json", [[
         T("Launch", '<speak>Dance! <audio src="soundbank://soundlibrary/musical/amzn_sfx_drum_comedy_01"/> FREEZE! Game over! Want to dance again?</speak>', "<speak>Say yes to dance again, or no to stop.</speak>", u="open freeze dance party"),
         T("AMAZON.NoIntent", "Okay, thanks for dancing. Bye!", None, end=True, u="no")]])])

case("128025-party-countdown", "en-US", [],
     "Asks for the date of the party (not the child's birthday) with an AMAZON.DATE slot and counts down; no personal data is requested.",
     inv="party countdown", name="Party Countdown", summary="Count the sleeps until the party.", policy=N,
     intents=[("SetDateIntent", ["the party is on {date}", "set the party for {date}"], {"date": "AMAZON.DATE"})],
     recs=[("har", "har/countdown-session.har", [[
         T("Launch", "When is the party?", "Say: the party is on, and a date.", u="open party countdown"),
         T("SetDateIntent", "Only nine more sleeps until the party! Yay!", None, end=True, u="the party is on march twenty third", slots={"date": "2025-03-23"})]])])

case("128026-story-shelf-search", "en-US", [],
     "Uses a SearchQuery slot only behind purposeful carriers ('find a story about {topic}') to search the story library.",
     inv="story shelf search", name="Story Shelf Search", summary="Search hundreds of read-aloud stories by topic.", policy=N,
     intents=[("FindIntent", ["find a story about {topic}", "stories about {topic}", "search stories for {topic}"], {"topic": "AMAZON.SearchQuery"})],
     recs=[("ask-dialog", "test/ask-dialog", [[
         T("Launch", "What should the story be about?", "Say find a story about, and a topic.", u="open story shelf search"),
         T("FindIntent", "I found 'Pirate Penguins'. Here it goes! ... The end.", None, end=True, u="find a story about penguins", slots={"topic": "penguins"})]])])

case("128027-party-pizza-order", "en-US", [],
     "A parents' party-food ordering skill requests the address permission, uses it for the delivery address, and publishes a privacy policy.",
     inv="party pizza order", name="Party Pizza Order", summary="Order party pizza packs for kids' parties.", child=False, category="FOOD_AND_DRINK",
     policy="https://www.partypizzaorder.example.com/privacy", perms=["alexa::devices:all:address:full:read"],
     intents=[("OrderIntent", ["order the {pack} pack", "order {count} pizzas"], {"pack": "PackName", "count": "AMAZON.NUMBER"})], types={"PackName": ["small party", "big party"]},
     recs=[("pairs-array", "qa/order-flow.json", [[
         T("Launch", "Which party pack would you like, small party or big party?", "Small or big party pack?", u="open party pizza order"),
         T("OrderIntent", "The big party pack will be delivered to 210 Pine Street in about 45 minutes. Enjoy the party!", None, end=True, u="order the big party pack", slots={"pack": "big party"})]])])

case("128028-bunbun-not-alexa", "en-US", [],
     "The bunny character honestly says 'I'm Bun-Bun, not Alexa' and how to leave; no platform impersonation.",
     inv="bun bun bunny", name="Bun-Bun Bunny", summary="Hop along with Bun-Bun the bunny.", policy=N,
     intents=[("HopIntent", ["hop", "let's hop"])],
     recs=[("smapi-invocation", "test/invoke", [[
         T("Launch", "Hi! I'm Bun-Bun, not Alexa. I'm a bunny who lives in this skill. Say hop to play, or stop to go back to Alexa.", "Say hop!", u="open bun bun bunny"),
         T("AMAZON.StopIntent", "Bye bye! Back to Alexa now.", None, end=True, u="stop")]])])

case("128029-toy-support-tips", "en-US", [],
     "Help text mentions passwords only to tell parents to reset the toy's Wi-Fi password in the parent app; the skill never asks for it.",
     inv="whizzy toy tips", name="Whizzy Toy Tips", summary="Troubleshooting tips for Whizzy robot toys.", policy=N, child=False,
     intents=[("WifiIntent", ["my toy won't connect", "wifi help"]), ("AMAZON.NoIntent", [])],
     recs=[("transcript", "support/qa-transcript.txt", [[
         T("Launch", "Welcome to Whizzy Toy Tips. What's wrong with your toy?", "Say wifi help or battery help.", u="open whizzy toy tips"),
         T("WifiIntent", "If Whizzy won't connect, open the Whizzy parent app and re-enter your Wi-Fi password there. Never say your password out loud to any skill. Anything else?", "Anything else?", u="wifi help"),
         T("AMAZON.NoIntent", "Okay, good luck! Goodbye.", None, end=True, u="no")]])])

case("128030-lullaby-loop", "en-US", [],
     "Long lullaby audio is played with an AudioPlayer.Play directive and the session is closed, the normal way to play long audio.",
     inv="lullaby loop", name="Lullaby Loop", summary="An hour of soft lullabies.", policy=N, interfaces=[{"type": "AUDIO_PLAYER"}],
     intents=[("PlayIntent", ["play lullabies", "start"])],
     recs=[("cloudwatch-text", "logs/lullaby.log", [[
         T("Launch", "Playing an hour of lullabies. Sweet dreams.", None, end=True, u="open lullaby loop",
           dirs=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.lullabyloop.example.net/hour-1.m4a", "token": "hour-1", "offsetInMilliseconds": 0}}}])]])])

case("128031-animal-game", "en-US", [],
     "Invocation 'animal game' is the real popular catalog entry's own name; a plain guessing game.",
     inv="animal game", name="Animal Game", summary="Guess the animal from its sound.", policy="https://animalgame.example.com/privacy",
     intents=[("GuessIntent", ["is it a {animal}", "{animal}"], {"animal": "Animal"})], types={"Animal": ["cow", "lion", "duck"]},
     recs=[("pairs-jsonl", "test/animal.jsonl", [[
         T("Launch", '<speak>Listen! <audio src="soundbank://soundlibrary/animals/amzn_sfx_cow_moo_1x_01"/> What animal is it?</speak>', "What animal makes that sound?", u="open animal game"),
         T("GuessIntent", "Yes, a cow! Moo! Thanks for playing.", None, end=True, u="is it a cow", slots={"animal": "cow"})]])])

case("128032-kids-radio-ten", "en-US", [],
     "Kids' radio stream started with AudioPlayer and the session ends; PlaybackController requests get no speech, as designed.",
     inv="kidz jam ten", name="KidzJam 10 Radio", summary="Non-stop kids' pop hits.", policy=N, interfaces=[{"type": "AUDIO_PLAYER"}],
     recs=[("jest-snapshot", "__tests__/__snapshots__/radio.test.js.snap", [[
         T("Launch", "Here's KidzJam 10!", None, end=True, u="launch",
           dirs=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://live.kidzjam10.example.net/stream.aac", "token": "live", "offsetInMilliseconds": 0}}}])],
         [T("AudioPlayer.PlaybackStarted", None, None, end=None, u="(playback started)")]])])

case("128033-party-games-host", "en-US", [],
     "Stop answers 'Okay, party's over! Bye!' and really ends the session.",
     inv="party games host", name="Party Games Host", summary="Hosts musical chairs and Simon says at birthday parties.", policy=N,
     intents=[("SimonIntent", ["play simon says"]), ("ChairsIntent", ["play musical chairs"])],
     recs=[("postman-collection", "postman/party-games.postman_collection.json", [[
         T("Launch", "Party time! Simon says or musical chairs?", "Which game?", u="open party games host"),
         T("SimonIntent", "Simon says touch your nose! ... Simon says jump! Another round?", "Another round?", u="play simon says"),
         T("AMAZON.StopIntent", "Okay, party's over! Bye!", None, end=True, u="stop")]])])

case("128034-spelling-bee-buzz", "en-US", [],
     "Spells words letter by letter with 1-second SSML breaks inside audible speech; the reprompt is a real question.",
     inv="spelling bee buzz", name="Spelling Bee Buzz", summary="Practice spelling words for school.", policy=N,
     intents=[("SpellIntent", ["spell {word}", "how do you spell {word}"], {"word": "AMAZON.SearchQuery"})],
     recs=[("bespoken-yaml", "test/spelling.test.yml", [[
         T("Launch", "Bzz! Which word should I spell?", "Say: spell, and a word.", u="open spelling bee buzz"),
         T("SpellIntent", '<speak>Friend is spelled <say-as interpret-as="characters">F</say-as><break time="1s"/><say-as interpret-as="characters">R</say-as><break time="1s"/>I E N D. Another word?</speak>', "<speak>Which word next?</speak>", u="spell friend", slots={"word": "friend"})]])])

case("128035-pet-name-maker", "en-US", [],
     "Asks for the pet's species and suggests names; asking about a pet is not personal data.",
     inv="pet name maker", name="Pet Name Maker", summary="Silly names for your new puppy, kitten or hamster.", policy=N,
     intents=[("PetIntent", ["i have a {pet}", "name my {pet}"], {"pet": "PetType"})], types={"PetType": ["puppy", "kitten", "hamster", "fish"]},
     recs=[("ngrok-inspect", "tools/ngrok-dump.json", [[
         T("Launch", "What kind of pet do you have?", "Puppy, kitten, hamster or fish?", u="open pet name maker"),
         T("PetIntent", "How about Sir Squeaks-a-Lot for your hamster? Bye for now!", None, end=True, u="name my hamster", slots={"pet": "hamster"})]])])

case("128036-party-packing-list", "en-US", [],
     "Requests list read/write permission to add party items to the parent's shopping list, which is the skill's function, and has a privacy policy.",
     inv="party packing list", name="Party Packing List", summary="Adds everything you need for a kids' party to your Alexa shopping list.", child=False, category="ORGANIZERS_AND_ASSISTANTS",
     policy="https://partypackinglist.example.com/privacy", perms=["alexa::household:lists:read", "alexa::household:lists:write"],
     intents=[("AddIntent", ["add the {theme} party kit", "plan a {theme} party"], {"theme": "Theme"})], types={"Theme": ["pirate", "princess", "space"]},
     recs=[("csv-turns", "exports/turns-2025-03.csv", [[
         T("Launch", "Which party kit should I add to your shopping list?", "Pirate, princess or space?", u="open party packing list"),
         T("AddIntent", "I added balloons, paper plates, eye patches and a treasure cake mix to your shopping list.", None, end=True, u="add the pirate party kit", slots={"theme": "pirate"})]])])

case("128037-sheep-snooze-counter", "en-US", [],
     "Counts sheep with 3-second pauses between spoken numbers, then says goodnight and closes the session.",
     inv="snoozy flock", name="Snoozy Flock", summary="Counts sheep with you until you fall asleep.", policy=N,
     recs=[("junit-xml", "build/test-results/sheep.xml", [[
         T("Launch", '<speak>One sheep.<break time="3s"/>Two sheep.<break time="3s"/>Three sheep.<break time="3s"/>Goodnight, little one.</speak>', None, end=True, u="open snoozy flock")]])])

case("128038-jacket-or-not", "en-US", [],
     "Uses the geolocation permission to give a 'jacket or no jacket' answer for the walk to school; the function needs it and a privacy policy exists.",
     inv="jacket or not", name="Jacket or Not", summary="Tells the family whether the kids need a jacket today.", child=False, policy="https://jacketornot.example.org/privacy",
     perms=["alexa::devices:all:geolocation:read"],
     recs=[("smapi-simulation", "sim-results", [[
         T("Launch", "It's 48 degrees and windy where you are. Yes, wear a jacket!", None, end=True, u="open jacket or not")]])])

case("128039-quiet-mouse-game", "en-US", [],
     "A 'quiet mouse' game with a 5-second pause inside audible speech, then a real question; the session stays open only with an audible reprompt.",
     inv="quiet mouse game", name="Quiet Mouse Game", summary="Who can be the quietest mouse?", policy=N,
     intents=[("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
     recs=[("slack-export", "qa/slack-export/qa-voice/2025-03-12.json", [[
         T("Launch", '<speak>Shh, everyone be quiet mice...<break time="5s"/>I heard a squeak! Who was it? Want to play again?</speak>', "<speak>Do you want to play again? Say yes or no.</speak>", u="open quiet mouse game"),
         T("AMAZON.NoIntent", "Okay little mice, see you later!", None, end=True, u="no")]])])
