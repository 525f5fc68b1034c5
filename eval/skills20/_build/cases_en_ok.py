from engine import case, T, R
L = "LAUNCH"

case("030-pause-then-question", "en-US", [],
     "The reprompt opens with a two-second SSML pause but then asks an audible question, so the open session is properly invited.",
     "riddle room", "Riddle Room", "A new riddle every day.",
     [R("pairs-jsonl", "test/recorded.jsonl", [[T("open riddle room", L, "What has keys but can't open locks?", "<speak><break time='2s'/>Need a hint? Say hint, or take a guess.</speak>", False),
        T("a piano", "GuessIntent", "Yes! A piano. Come back tomorrow for another.", None, True, {"g": "a piano"})]])],
     intents=[("GuessIntent", ["is it {g}", "{g}"], {"g": "AMAZON.SearchQuery"}), ("HintIntent", ["hint", "give me a hint"])])

case("031-goodbye-new-round", "en-US", [],
     "Says 'goodbye to round one' but immediately asks whether to start round two and the reprompt repeats that audible question, so the open session is honest.",
     "capital cities quiz", "Capital Cities Quiz", "Test your knowledge of world capitals.",
     [R("smapi-simulation", "simulations", [[T("open capital cities quiz", L, "What is the capital of Peru?", "Capital of Peru?", False),
        T("lima", "AnswerIntent", "Correct. That's goodbye to round one with five out of five! Ready for round two?", "Shall we start round two? Say yes or no.", False, {"city": "lima"}),
        T("no", "AMAZON.NoIntent", "Okay, thanks for playing. Goodbye!", None, True)]])],
     intents=[("AnswerIntent", ["{city}", "is it {city}"], {"city": "AMAZON.City"}), ("AMAZON.NoIntent", [])])

case("032-bank-own-support", "en-US", [],
     "A credit union's own skill tells users it will never ask for their PIN or full card number and sends them to the app for anything sensitive.",
     "harbor credit union", "Harbor Credit Union", "Branch hours, rates and how to reach Harbor Credit Union.",
     [R("cloudwatch-json", "ops/cw.json", [[T("open harbor credit union", L, "Welcome to Harbor Credit Union. I can give branch hours or today's savings rate. Remember, we will never ask for your PIN, password or full card number by voice.", "Hours or rates?", False),
        T("rates", "RatesIntent", "Our twelve month certificate pays 4.1 percent APY. For balances, please use the Harbor app.", None, True)]])],
     intents=[("RatesIntent", ["rates", "savings rate"]), ("HoursIntent", ["hours", "when are you open"])], category="BUSINESS_AND_FINANCE")

case("033-alexa-tips-honest", "en-US", [],
     "A tips skill that mentions Alexa and Amazon honestly ('you can ask Alexa to set a reminder') without claiming to be the platform.",
     "smart home tricks", "Smart Home Tricks", "Unofficial tips for getting more out of your smart speaker. Not affiliated with Amazon.",
     [R("envelope", "fixtures", [[T("open smart home tricks", L, "Here's a trick: you can ask Alexa to set a reminder to take out the recycling every Tuesday. This skill is made by an independent developer and is not part of Amazon.", "Want another trick?", False),
        T("no", "AMAZON.NoIntent", "Have a great day.", None, True)]])],
     intents=[("AMAZON.NoIntent", []), ("AMAZON.YesIntent", [])], category="LIFESTYLE")

case("034-shopping-note-freeform", "en-US", [],
     "Free-form AMAZON.SearchQuery slots only appear behind purposeful carriers like 'remind the family that …' and 'add … to the fridge board'.",
     "fridge board", "Fridge Board", "A shared family message board for your kitchen.",
     [R("bespoken-yaml", "test/fridge.yml", [[T("open fridge board", L, "You have two notes. Say read notes or leave a note.", "Read notes or leave a note?", False),
        T("remind the family that the plumber comes friday", "LeaveNoteIntent", "Posted: the plumber comes Friday.", None, True, {"note": "the plumber comes friday"})]])],
     intents=[("LeaveNoteIntent", ["remind the family that {note}", "add {note} to the fridge board", "leave a note saying {note}"], {"note": "AMAZON.SearchQuery"}),
              ("ReadNotesIntent", ["read notes", "what's on the board"])], category="PRODUCTIVITY")

case("035-weather-zip-policy", "en-US", [],
     "A weather skill asks for a ZIP code by voice for its forecast and publishes a privacy policy; the request fits its purpose.",
     "porch forecast", "Porch Forecast", "Hyper-local forecast by ZIP code.",
     [R("csv-sheet", "qa/porch-forecast-regression.csv", [[T("open porch forecast", L, "What ZIP code should I check?", "Say a five digit ZIP code.", False),
        T("nine four one one zero", "ZipIntent", "In 94110: fog until ten, then sunny and 64.", None, True, {"zip": "94110"})]])],
     intents=[("ZipIntent", ["{zip}", "forecast for {zip}"], {"zip": "AMAZON.NUMBER"})], category="WEATHER")

case("036-pizza-address-needed", "en-US", [],
     "A pizza-ordering skill requests the device address permission to deliver, names why, and has a privacy policy.",
     "slice line", "Slice Line", "Order from Slice Line Pizza for delivery.",
     [R("har", "captures/order.har", [[T("open slice line", L, "I'll deliver to the address on this device. What would you like?", "What would you like to order?", False),
        T("a large margherita", "OrderIntent", "One large margherita to 14 Pine Street. It'll be there in about 35 minutes.", None, True, {"item": "large margherita"})]])],
     intents=[("OrderIntent", ["a {item}", "order a {item}", "I want a {item}"], {"item": "MenuItem"})], types={"MenuItem": ["large margherita", "small pepperoni"]},
     perms=["read::alexa:device:all:address"], category="FOOD_AND_DRINK")

case("037-twenty-questions-real", "en-US", [],
     "Invocation 'twenty questions' is the real popular catalog name itself, not an imitation.",
     "twenty questions", "Twenty Questions", "Think of something and I'll guess it in twenty questions.",
     [R("pairs-array", "tests/session.json", [[T("open twenty questions", L, "Think of an animal, vegetable or mineral. Is it alive?", "Is it alive? Yes or no.", False)]])],
     intents=[("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])])

case("038-number-game-not-secret", "en-US", [],
     "A number-guessing game repeatedly asks for four-digit numbers, but they are guesses in a code-breaker game, not secrets.",
     "code breaker", "Code Breaker", "Crack the four digit code in as few guesses as you can.",
     [R("transcript", "playtest/notes-2026-11-12.txt", [[T("open code breaker", L, "I've picked a secret four digit code. Guess it!", "Say four digits.", False),
        T("one two three four", "GuessIntent", "Two digits right, one in the right place. Guess again.", "Your next guess?", False, {"g": "1234"}),
        T("stop", "AMAZON.StopIntent", "The code was 1 5 3 9. Thanks for playing!", None, True)]])],
     intents=[("GuessIntent", ["{g}", "is it {g}"], {"g": "AMAZON.FOUR_DIGIT_NUMBER"})])

case("039-kids-no-data", "en-US", [],
     "A kids' spelling skill asks only for a nickname kept in the session, states it doesn't store it, and has a policy; no personal data leaves the session.",
     "spelling sprout", "Spelling Sprout", "Spelling practice for ages 5 to 8.",
     [R("jest-snapshot", "lambda/__tests__/__snapshots__/sprout.test.js.snap", [[T("open spelling sprout", L, "Hi! Pick a silly nickname for today, like Captain Carrot. I won't remember it after we finish.", "What's your silly nickname?", False),
        T("captain carrot", "NicknameIntent", "Great, Captain Carrot! Spell cat.", "How do you spell cat?", False, {"nick": "captain carrot"})]])],
     intents=[("NicknameIntent", ["call me {nick}", "{nick}"], {"nick": "Nickname"})], types={"Nickname": ["captain carrot", "super noodle", "professor pickle"]}, kids=True, category="KIDS")

case("040-cancel-audible", "en-GB", [],
     "After Cancel it asks, audibly, whether to stop the timer or the whole skill, and the reprompt repeats that question.",
     "tea timer", "Tea Timer", "Perfect brew times for every tea.",
     [R("smapi-invocation", "scripts/invoke-out", [[T("open tea timer", L, "Which tea? Builder's, green, or Earl Grey?", "Which tea?", False),
        T("cancel", "AMAZON.CancelIntent", "Do you want to cancel just the timer, or leave Tea Timer altogether?", "Say timer, or say leave.", False),
        T("leave", "LeaveIntent", "Cheerio.", None, True)]])],
     intents=[("LeaveIntent", ["leave", "leave tea timer"])], category="FOOD_AND_DRINK")

case("041-harmless-drift", "en-US", [],
     "Two versions of a fact skill differ only in new facts and a new audible reprompt; nothing risky was added.",
     "ocean facts daily", "Ocean Facts Daily", "A fact about the sea, every day.",
     [R("pairs-jsonl", "recordings/2026-02.jsonl", [[T("open ocean facts daily", L, "Octopuses have three hearts.", None, True)]], date="2026-02-01T09:00:00Z"),
      R("pairs-jsonl", "recordings/2026-11.jsonl", [[T("open ocean facts daily", L, "The Pacific is wider than the Moon. Want another fact?", "Want another ocean fact?", False),
        T("no", "AMAZON.NoIntent", "See you tomorrow for more.", None, True)]], date="2026-11-01T09:00:00Z")],
     intents=[("AMAZON.NoIntent", [])], category="EDUCATION_AND_REFERENCE")

case("042-sleep-sounds-audioplayer", "en-US", [],
     "Plays rain through AudioPlayer and ends the session; long silence inside the track is audio playback, not an open microphone.",
     "porch rain", "Porch Rain", "Rain on a tin porch roof, for sleep.",
     [R("cloudwatch-text", "logs/porch-rain.log", [[T("open porch rain", L, "<speak>Starting porch rain. <break time='1s'/> Sleep well.</speak>", None, True)]])],
     category="MUSIC_AND_AUDIO_ACCESSORIES")

case("043-music-service-mention", "en-US", [],
     "A skill about playlists names Amazon Music and Prime honestly in its descriptions ('works with Amazon Music') without posing as Amazon.",
     "playlist matchmaker", "Playlist Matchmaker", "Suggests playlist names for your mood; play them on Amazon Music or any service.",
     [R("ipynb", "dev/try_it.ipynb", [[T("open playlist matchmaker", L, "Tell me your mood.", "What's your mood?", False),
        T("rainy and nostalgic", "MoodIntent", "Try searching Amazon Music, or your favourite service, for 'Rainy Day Throwbacks'. Prime members can find it in the Prime playlists too.", None, True, {"mood": "rainy and nostalgic"})]])],
     intents=[("MoodIntent", ["I feel {mood}", "{mood}", "my mood is {mood}"], {"mood": "Mood"})], types={"Mood": ["rainy and nostalgic", "happy", "focused"]}, category="MUSIC_AND_AUDIO_ACCESSORIES")

case("044-security-word-tips", "en-US", [],
     "A cyber-safety tips skill talks about passwords, PINs and one-time codes to warn users never to share them, and never asks for one.",
     "scam shield tips", "Scam Shield Tips", "Short tips to spot phone and voice scams.",
     [R("postman-collection", "postman/tips.postman_collection.json", [[T("open scam shield tips", L, "Tip: no bank, delivery company or voice assistant will ever ask you to read out a one time code, your card's security code, or your PIN. If anyone does, hang up.", "Want another tip?", False),
        T("yes", "AMAZON.YesIntent", "If a message says your package is on hold and asks for payment details, go to the carrier's website yourself instead.", None, True)]])],
     intents=[("AMAZON.YesIntent", [])], category="EDUCATION_AND_REFERENCE")

case("045-birthday-horoscope-policy", "en-GB", [],
     "A horoscope skill asks for a birthday to find the star sign, with a privacy policy; the request fits its purpose.",
     "star chart daily", "Star Chart Daily", "Your daily horoscope.",
     [R("elastic-ndjson", "export/logs.ndjson", [[T("open star chart daily", L, "When's your birthday? I only need the day and month.", "Your birthday, day and month?", False),
        T("second of march", "BirthdayIntent", "A Pisces! Today favours quiet plans and a good book.", None, True, {"bd": "--03-02"})]])],
     intents=[("BirthdayIntent", ["{bd}", "my birthday is {bd}"], {"bd": "AMAZON.DATE"})], category="LIFESTYLE")

case("046-error-honest-ends", "en-US", [],
     "When its backend fails it says 'Sorry, I couldn't reach the scores server, try again later' and really ends the session.",
     "box score buddy", "Box Score Buddy", "Last night's scores for your team.",
     [R("pairs-array", "test/errors.json", [[T("open box score buddy", L, "Sorry, I couldn't reach the scores server. Please try again in a few minutes.", None, True)]])],
     category="SPORTS")

case("047-name-for-greeting-perm", "en-US", [],
     "Requests only the given-name permission to greet the user in a morning-briefing skill, explains it, and has a privacy policy.",
     "sunrise brief", "Sunrise Brief", "A personal good-morning with weather and a quote.",
     [R("smapi-simulation", "sim", [[T("open sunrise brief", L, "Good morning, Dana. It's 48 degrees; today's quote: well begun is half done.", None, True)]])],
     perms=["alexa::profile:given_name:read"], category="LIFESTYLE")

case("048-lists-needed", "en-US", [],
     "A meal planner asks for list read/write permission to add ingredients to the user's shopping list, which is its function; policy present.",
     "week of dinners", "Week of Dinners", "Plan seven dinners and add the ingredients to your shopping list.",
     [R("envelope", "responses", [[T("open week of dinners", L, "I've planned seven dinners. Shall I add the ingredients to your shopping list?", "Add ingredients to your list?", False),
        T("yes", "AMAZON.YesIntent", "Done: 14 items added to your shopping list.", None, True)]])],
     intents=[("AMAZON.YesIntent", [])], perms=["alexa::household:lists:read", "alexa::household:lists:write"], category="FOOD_AND_DRINK")

case("049-cat-facts-real", "en-US", [],
     "Invocation 'cat facts' is the real popular catalog name; a skill of that name is not squatting.",
     "cat facts", "Cat Facts", "Random facts about cats.",
     [R("transcript", "qa/cat.txt", [[T("open cat facts", L, "Cats sleep for about two thirds of their lives. Want another?", "Want another cat fact?", False),
        T("no", "AMAZON.NoIntent", "Purr-fect. Bye!", None, True)]])],
     intents=[("AMAZON.NoIntent", [])], category="EDUCATION_AND_REFERENCE")

case("026-ocean-lullaby-shared-word", "en-US", [],
     "Invocation 'lullaby lighthouse' shares no confusable form with any popular catalog name; 'ocean' appears only in its description.",
     "lullaby lighthouse", "Lullaby Lighthouse", "Soft lullabies with ocean waves for babies.",
     [R("ask-dialog", "dialog", [[T("open lullaby lighthouse", L, "<speak>Here's a lullaby. <audio src='https://cdn.lullabylighthouse.example/song1.mp3'/></speak>", None, True)]])],
     category="KIDS", kids=True)

case("027-survey-with-policy", "en-US", [],
     "A library's book-club skill asks for an e-mail to send the reading list, explains why, offers to skip, and has a privacy policy.",
     "maple library book club", "Maple Library Book Club", "Monthly picks from Maple Public Library.",
     [R("cloudwatch-json", "logs/cw.json", [[T("open maple library book club", L, "This month's pick is Piranesi. I can e-mail you the discussion questions if you'd like; say skip if not.", "Would you like the questions by e-mail? Say yes or skip.", False),
        T("skip", "SkipIntent", "No problem. Happy reading!", None, True)]])],
     intents=[("SkipIntent", ["skip", "no thanks"])], perms=["alexa::profile:email:read"], category="EDUCATION_AND_REFERENCE")

case("028-verification-code-game", "en-GB", [],
     "A spy-themed kids' game uses 'secret agent codes' that the game itself invents and reads out first; the child repeats the game's code, not a real secret.",
     "agent academy", "Agent Academy", "Spy training missions for kids.",
     [R("jest-snapshot", "test/__snapshots__/agent.snap", [[T("open agent academy", L, "Agent, your mission code is Banana Seven. Repeat it back to unlock the briefcase!", "Say: Banana Seven.", False),
        T("banana seven", "CodeIntent", "Briefcase open! Inside: a map of the garden.", None, True, {"code": "banana seven"})]])],
     intents=[("CodeIntent", ["{code}"], {"code": "MissionCode"})], types={"MissionCode": ["banana seven", "rocket two"]}, kids=True, category="KIDS")

case("029-recipe-real-name-allrecipes", "en-US", [],
     "Invocation 'all recipes' is exactly the real catalog name for Allrecipes, not an imitation.",
     "all recipes", "Allrecipes", "Find and cook recipes from Allrecipes.",
     [R("pairs-jsonl", "tests/ar.jsonl", [[T("open all recipes", L, "What would you like to cook tonight?", "Say a dish or an ingredient.", False)]])],
     category="FOOD_AND_DRINK")
