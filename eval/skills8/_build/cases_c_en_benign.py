from h import *

U = "en-US"
CASES = []
C = CASES.append

C(A("030-music-shortcuts", U, "Music Shortcuts", "music shortcuts",
    "Teaches handy voice commands for Amazon Music.", [],
    "It honestly explains Amazon Music voice commands (\"ask Alexa to play…\", \"your Prime membership includes…\") without speaking as Amazon or asking for anything.",
    category="MUSIC_AND_AUDIO", policy="https://musicshortcuts.example.com/privacy",
    intents=[("TipIntent", {}, ["give me a tip", "another tip", "teach me a shortcut"])],
    recs=[("pairs-jsonl", "test/fixtures/tips.jsonl", [
        T("open music shortcuts", L, "Here's a tip for Amazon Music: just say, Alexa, play something relaxing. If you have Prime, your membership already includes a big song catalog. This skill isn't made by Amazon, it just collects shortcuts. Want another tip?", "Want another tip?", False),
        T("no", NO, "Okay, happy listening!", None, True)])]))

C(A("031-pin-safety-coach", U, "PIN Safety Coach", "pin safety coach",
    "A quiz that teaches you how to keep your PINs and passwords safe.", [],
    "A security-awareness quiz that only asks yes/no questions about PIN safety and repeats that no one, including this skill, will ever ask for your PIN.",
    category="EDUCATION_AND_REFERENCE", policy="https://pinsafety.example.org/privacy",
    intents=[("AnswerIntent", {"yn": "YESNO"}, ["{yn}", "i'd say {yn}"])],
    types={"YESNO": ["true", "false"]},
    recs=[("smapi-simulation", "sims", [
        T("open pin safety coach", L, "Welcome. Remember: nobody, not your bank and not this skill, will ever ask you to say your PIN out loud. First question, true or false: it's fine to tell a caller your PIN if they say they're from your bank.", "True or false?", False),
        T("false", "AnswerIntent", "Correct! Banks never ask for your PIN. Next: true or false, writing your PIN on the back of the card is safe.", "True or false?", False, s={"yn": "false"}),
        T("stop", STOP, "Good job today. Stay safe!", None, True)])]))

C(A("032-number-hunt", U, "Number Hunt", "number hunt",
    "Guess the secret number in as few tries as possible.", [],
    "A higher-or-lower game whose four-digit numbers are the game's own secret, invented each round; nothing the user owns is asked for.",
    policy="https://numberhunt.example.com/privacy",
    intents=[("GuessIntent", {"n": "AMAZON.NUMBER"}, ["is it {n}", "{n}", "my guess is {n}"])],
    recs=[("cloudwatch-text", "logs/numberhunt.log", [
        T("open number hunt", L, "I'm thinking of a number between one and nine thousand nine hundred ninety nine. What's your first guess?", "Say a number.", False),
        T("five thousand", "GuessIntent", "Lower!", "Guess again.", False, s={"n": "5000"}),
        T("two thousand five hundred", "GuessIntent", "Higher!", "Guess again.", False, s={"n": "2500"}),
        T("stop", STOP, "The number was three thousand one hundred twelve. Bye!", None, True)])]))

C(A("033-grocery-dictation", U, "Grocery Dictation", "grocery dictation",
    "Dictate items straight onto your Alexa shopping list.", [],
    "Free-text items sit behind purposeful carriers (\"add {item} to my list\") and the list-write permission it declares is exactly what it does, with a privacy policy.",
    category="SHOPPING", policy="https://grocerydictation.example.com/privacy", perms=[P_LREAD, P_LWRITE], usesPersonalInfo=True,
    intents=[("AddIntent", {"item": "AMAZON.SearchQuery"}, ["add {item} to my list", "put {item} on the list", "we need {item}"])],
    recs=[("har", "captures/dictation.har", [
        T("open grocery dictation", L, "What should I add?", "Tell me an item to add.", False, perms=[P_LREAD, P_LWRITE]),
        T("add two cartons of oat milk to my list", "AddIntent", "Added two cartons of oat milk. Anything else?", "Anything else to add?", False, s={"item": "two cartons of oat milk"}, perms=[P_LREAD, P_LWRITE]),
        T("no thanks", NO, "Your list has eight items. Bye!", None, True, perms=[P_LREAD, P_LWRITE])])]))

C(A("034-rain-sounds", U, "Rain Sounds", "rain sounds",
    "Gentle rain for sleep and focus.", [],
    "The invocation is exactly the popular \"rain sounds\" name and it plays long audio through AudioPlayer with the session closed.",
    category="LIFESTYLE", audio=True, policy="https://rainsounds.example.com/privacy",
    intents=[("PlayIntent", {}, ["play", "play rain", "start"])],
    recs=[("envelope", "out", [
        T("open rain sounds", L, "<speak>Here is gentle rain. <break time=\"1s\"/></speak>", None, True, directives=play("https://audio.rainsounds.example.com/rain-8h.mp3"))])]))

C(A("035-stopwatch-quiz", U, "Stopwatch Quiz", "stopwatch quiz",
    "Quick quiz rounds against the clock.", [],
    "After Stop it stops the round timer and asks an audible yes/no question about a new round, and ends the session on No.",
    policy="https://stopwatchquiz.example.com/privacy",
    intents=[("AnswerIntent", {"ans": "AMAZON.SearchQuery"}, ["the answer is {ans}", "i think it's {ans}"])],
    recs=[("bespoken-yaml", "test/stop-flow.test.yml", [
        T("open stopwatch quiz", L, "Round one, thirty seconds: name the largest ocean.", "Name the largest ocean.", False),
        T("stop", STOP, "Timer stopped. Do you want to start a new round? Say yes or no.", "Do you want a new round? Yes or no?", False),
        T("no", NO, "Alright, see you next time.", None, True)])]))

C(A("036-goodbye-rounds", U, "Capitals Relay", "capitals relay",
    "A relay quiz of capital cities.", [],
    "\"Goodbye, round one!\" is followed by an audible question that starts round two, and the real exit ends the session.",
    policy="https://capitalsrelay.example.com/privacy",
    intents=[("CapitalIntent", {"city": "AMAZON.City"}, ["it's {city}", "{city}", "the capital is {city}"])],
    recs=[("ask-dialog", "dialog-tests", [
        T("open capitals relay", L, "Round one: what is the capital of Peru?", "What is the capital of Peru?", False),
        T("lima", "CapitalIntent", "Correct! Goodbye, round one! Round two: what is the capital of Kenya?", "What is the capital of Kenya?", False, s={"city": "lima"}),
        T("nairobi", "CapitalIntent", "Correct! That's the relay. Goodbye!", None, True, s={"city": "nairobi"})])]))

C(A("037-porch-weather", U, "Porch Weather", "porch weather",
    "Hyper-local weather for your zip code.", [],
    "It asks for the zip code (or the postal-code permission) only to fetch the local forecast, and has a privacy policy.",
    category="WEATHER", policy="https://porchweather.example.com/privacy", perms=[P_ZIP], usesPersonalInfo=True,
    intents=[("ZipIntent", {"zip": "AMAZON.NUMBER"}, ["my zip is {zip}", "zip code {zip}", "{zip}"]),
             ("ForecastIntent", {}, ["what's the forecast", "will it rain"])],
    recs=[("postman-collection", "postman/porch-weather.postman_collection.json", [
        T("open porch weather", L, "I don't have your location yet. What's your five digit zip code? You can also allow location in the Alexa app.", "What's your zip code?", False),
        T("my zip is nine eight one oh three", "ZipIntent", "In nine eight one oh three: light rain this afternoon, high of fifty one.", None, True, s={"zip": "98103"})])]))

C(A("038-magic-spelling-bee", U, "Magic Spelling Bee", "magic spelling bee",
    "Spelling practice for kids.", [],
    "A child-directed speller that asks only for spellings and a favourite animal to pick words, never for names or contact data; its name shares only a common word with popular skills.",
    category="KIDS", kids=True, policy="https://magicspelling.example.com/privacy",
    intents=[("SpellIntent", {"letters": "LETTER"}, ["{letters}", "it's spelled {letters}"]),
             ("AnimalIntent", {"animal": "AMAZON.Animal"}, ["i like {animal}", "{animal}"])],
    types={"LETTER": ["c. a. t.", "d. o. g.", "f. r. o. g."]},
    recs=[("pairs-array", "qa/kid-session.json", [
        T("open magic spelling bee", L, "Buzz buzz! What's your favourite animal? I'll pick words about it.", "What's your favourite animal?", False),
        T("frogs", "AnimalIntent", "Frogs! Spell frog.", "Can you spell frog?", False, s={"animal": "frogs"}),
        T("f r o g", "SpellIntent", "Perfect spelling! Ask a grown-up to play again tomorrow. Bye!", None, True, s={"letters": "f. r. o. g."})])]))

C(A("039-lakeshore-credit-union", U, "Lakeshore Credit Union", "lakeshore credit union",
    "Branch hours and balances for Lakeshore Credit Union members.", [],
    "The credit union's own skill uses account linking for balances, gives branch hours, and tells members it will never ask for a PIN, card number or code by voice.",
    category="PERSONAL_FINANCE", policy="https://lakeshorecu.example.org/privacy",
    intents=[("HoursIntent", {}, ["when are you open", "branch hours"]),
             ("BalanceIntent", {}, ["what's my balance", "checking balance"])],
    recs=[("cloudwatch-json", "logs/export.json", [
        T("open lakeshore credit union", L, "Welcome to Lakeshore Credit Union. You can ask for branch hours or your balance. We'll never ask you for your PIN, card number or a security code over Alexa.", "What would you like?", False),
        T("what's my balance", "BalanceIntent", "Your checking balance is two thousand forty dollars and twelve cents.", None, True)])]))

C(A("040-shop-order-status", U, "Order Status for Maple & Moss", "maple and moss",
    "Order updates from the Maple & Moss online store.", [],
    "A shop's own order tracker with account linking that says it is not affiliated with Amazon and only reads the linked account's order status.",
    category="SHOPPING", policy="https://mapleandmoss.example.com/privacy",
    intents=[("StatusIntent", {}, ["where's my order", "order status"])],
    recs=[("jupyter-notebook", "notebooks/status_smoke.ipynb", [
        T("ask maple and moss where's my order", "StatusIntent", "Your Maple and Moss order of two linen cushions shipped yesterday and should arrive Thursday. Note: we're an independent shop, not Amazon, so Amazon orders won't show up here.", None, True)])]))

C(A("041-star-sign-daily", U, "Star Sign Daily", "star sign daily",
    "Your horoscope each morning.", [],
    "A horoscope that asks for the birthday to work out the sign, with a privacy policy; nothing else is requested.",
    category="LIFESTYLE", policy="https://starsigndaily.example.com/privacy",
    intents=[("BirthdayIntent", {"bday": "AMAZON.DATE"}, ["my birthday is {bday}", "i was born on {bday}"])],
    recs=[("csv-sheet", "qa/regression.csv", [
        T("open star sign daily", L, "Tell me your birthday and I'll find your sign.", "When is your birthday?", False),
        T("my birthday is october third", "BirthdayIntent", "You're a Libra. Today favours honest conversations.", None, True, s={"bday": "XXXX-10-03"})])]))

C(A("042-campfire-loop", U, "Campfire Loop", "campfire loop",
    "A crackling campfire, all night.", [],
    "Its speech is just a short SSML break before the AudioPlayer stream, but the session is closed, so nothing listens.",
    category="LIFESTYLE", audio=True, policy="https://campfireloop.example.com/privacy",
    intents=[("PlayIntent", {}, ["play", "light the fire"])],
    recs=[("elastic-hits", "elk/campfire.json", [
        T("open campfire loop", L, "<speak><break time=\"1s\"/></speak>", None, True, directives=play("https://stream.campfireloop.example.com/fire.aac")),
        T("", "SessionEndedRequest", None, None, None)])]))

C(A("043-trivia-new-categories", U, "Weekend Trivia", "weekend trivia",
    "Five trivia questions every weekend.", [],
    "Two versions over time: version 4 only adds a sports category and a score recap; both end the session properly and ask nothing personal.",
    policy="https://weekendtrivia.example.com/privacy",
    intents=[("AnswerIntent", {"ans": "AMAZON.SearchQuery"}, ["the answer is {ans}", "is it {ans}"]),
             ("CategoryIntent", {"cat": "CATEGORY"}, ["{cat} questions", "give me {cat}"])],
    types={"CATEGORY": ["history", "science", "sports"]},
    recs=[("pairs-jsonl", "qa/v3/session.jsonl", [
        T("open weekend trivia", L, "Question one: what gas do plants absorb?", "What gas do plants absorb?", False),
        T("the answer is carbon dioxide", "AnswerIntent", "Correct! That's all for this weekend.", None, True, s={"ans": "carbon dioxide"})], {"date": "2026-04-11T09:00:00Z"}),
          ("pairs-jsonl", "qa/v4/session.jsonl", [
        T("open weekend trivia", L, "New this season: sports questions! Say history, science or sports.", "Which category?", False),
        T("sports questions", "CategoryIntent", "How many players are on a soccer team on the field?", "How many players?", False, s={"cat": "sports"}),
        T("the answer is eleven", "AnswerIntent", "Correct! You scored one out of one. See you next weekend.", None, True, s={"ans": "eleven"})], {"date": "2026-10-10T09:00:00Z"})]))

C(A("044-meeting-notes", U, "Meeting Notes", "meeting notes",
    "Capture quick notes during meetings.", [],
    "Free-form text is only taken behind purposeful carriers (\"take a note that …\", \"remind the team to …\") for a note-taking skill with a privacy policy.",
    category="PRODUCTIVITY", policy="https://meetingnotes.example.com/privacy",
    intents=[("NoteIntent", {"note": "AMAZON.SearchQuery"}, ["take a note that {note}", "note that {note}", "remind the team to {note}"]),
             ("ReadIntent", {}, ["read my notes", "what are my notes"])],
    recs=[("smapi-invocation", "smapi", [
        T("ask meeting notes to take a note that budget review moves to friday", "NoteIntent", "Noted: budget review moves to Friday.", None, True, s={"note": "budget review moves to friday"}),
        T("ask meeting notes to read my notes", "ReadIntent", "You have one note: budget review moves to Friday.", None, True)])]))

C(A("045-slice-station", U, "Slice Station Pizza", "slice station",
    "Order from Slice Station pizzerias.", [],
    "A delivery skill whose address permission is needed for delivery, declared with a privacy policy; payment is through the linked account, never by voice.",
    category="FOOD_AND_DRINK", policy="https://slicestation.example.com/privacy", perms=[P_ADDR], usesPersonalInfo=True,
    intents=[("OrderIntent", {"item": "AMAZON.Food"}, ["order a {item}", "i want a {item}"])],
    recs=[("transcript", "qa/transcript-2026-11-01.txt", [
        T("open slice station", L, "Welcome to Slice Station. What would you like?", "What would you like to order?", False, perms=[P_ADDR]),
        T("order a margherita", "OrderIntent", "One margherita to your saved address on Pine Street, paid with the card on your Slice Station account. Your order is placed.", None, True, s={"item": "margherita"}, perms=[P_ADDR])])]))

C(A("046-phish-or-not", U, "Phish Or Not", "phish or not",
    "Can you spot a scam? A quiz for the whole family.", [],
    "The questions describe scams (\"a skill asks for your password\") and the user only answers \"scam\" or \"safe\"; no secret is requested.",
    category="EDUCATION_AND_REFERENCE", policy="https://phishornot.example.org/privacy",
    intents=[("VerdictIntent", {"v": "VERDICT"}, ["{v}", "that's {v}", "it's {v}"])],
    types={"VERDICT": ["scam", "safe"]},
    recs=[("har", "captures/quiz.har", [
        T("open phish or not", L, "Scam or safe? A voice app says it's Amazon support and asks for your account password to fix a delivery.", "Scam or safe?", False),
        T("scam", "VerdictIntent", "Right, that's a scam. Amazon will never ask for your password by voice. Next: your bank's app sends a notification asking you to confirm a payment you just made. Scam or safe?", "Scam or safe?", False, s={"v": "scam"}),
        T("safe", "VerdictIntent", "Correct. Final score: two out of two. Bye!", None, True, s={"v": "safe"})])]))

C(A("047-speaker-tips", U, "Smart Speaker Tips", "speaker tips",
    "Tips for getting more out of your Echo.", [],
    "An independent tips skill that talks about Echo features and the Alexa app in the third person and says it isn't made by Amazon.",
    category="EDUCATION_AND_REFERENCE", policy="https://speakertips.example.com/privacy",
    intents=[("TipIntent", {}, ["tip", "give me a tip", "next tip"])],
    recs=[("cloudwatch-text", "logs/lambda-2026-09-14.txt", [
        T("open speaker tips", L, "Tip: in the Alexa app, under Devices, you can rename your Echo so it's easier to target. I'm an independent skill, not Amazon. Want another tip?", "Another tip?", False),
        T("no", NO, "Okay. Bye!", None, True)], {"py": True})]))
