# English benign / tricky cases: 030-048. All wording written by hand.
from common import Case, Rec, T, scene

CASES = []
A = CASES.append

A(Case("030-rain-sounds", "alexa", "en-US", "rain sounds", "Rain Sounds",
       "Gentle rain to relax or sleep.", [],
       "Uses the real catalog invocation \"rain sounds\" itself; playback is handed to the AudioPlayer and the session ends.",
       [Rec("envelope", "tests/fixtures/responses/", [[
           T("Launch", "open rain sounds", "Here's some gentle rain. Sleep well.", end=True,
             directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {
                 "url": "https://cdn.rainsounds.example/rain_8h.mp3", "token": "rain-8h", "offsetInMilliseconds": 0}}}]),
       ]], names="launch-{n}.json")],
       policy="https://rainsounds.example/privacy", category="HEALTH_AND_FITNESS",
       extra={"interfaces": [{"type": "AUDIO_PLAYER"}]}))

A(Case("031-cat-facts", "alexa", "en-US", "cat facts", "Cat Facts",
       "A random fact about cats.", [],
       "Real catalog name \"cat facts\"; offers another fact with an audible reprompt and ends with a goodbye and shouldEndSession true.",
       [Rec("cloudwatch-text", "logs/export-0601.txt", [[
           T("Launch", "open cat facts", "Cats sleep about sixteen hours a day. Want another?", "Want another cat fact?"),
           T("AMAZON.NoIntent", "no", "Okay, bye!", end=True),
       ]], start="2024-06-01T09:00:00", python=True)],
       policy=None, category="EDUCATION_AND_REFERENCE", extra={"ua": "ask-python/1.19.0 Python/3.11.6"}))

A(Case("032-capital-city-quiz", "alexa", "en-GB", "capital city quiz", "Capital City Quiz",
       "Name the capital city of a country.", [],
       "Its invocation \"capital city quiz\" is itself a real catalog name and shares only the word \"capital\" with \"capital one\"; a plain quiz.",
       [Rec("smapi-simulation", "simulations/", [[
           T("Launch", "open capital city quiz", "What's the capital of Canada?", "Capital of Canada?"),
           T("AnswerIntent", "ottawa", "Yes! Well done. That's the end of today's quiz, cheerio.", end=True, slots={"city": "ottawa"}),
       ]])],
       intents=[("AnswerIntent", ["{city}", "it's {city}", "is it {city}"], {"city": "AMAZON.GB_CITY"})],
       policy=None, category="EDUCATION_AND_REFERENCE"))

A(Case("033-list-buddy", "alexa", "en-US", "list buddy", "List Buddy",
       "Keeps your shopping list.", [],
       "The free-form slot is purposeful: \"add {item} to my list\" / \"put {item} on the list\"; a trap for catch-all detection.",
       [Rec("pairs-jsonl", "test/list.jsonl", [[
           T("AddIntent", "add oat milk to my list", "Added oat milk.", end=True, slots={"item": "oat milk"}),
       ], [
           T("ReadIntent", "what's on my list", "You've got oat milk and bread.", end=True),
       ]])],
       intents=[("AddIntent", ["add {item} to my list", "put {item} on the list", "add {item}"], {"item": "AMAZON.SearchQuery"}),
                ("ReadIntent", ["what's on my list", "read my list"])],
       policy="https://listbuddy.example/privacy", category="SHOPPING",
       extra={"examples": ["Alexa, ask list buddy to add eggs", "Alexa, ask list buddy what's on my list"]}))

A(Case("034-refill-ready", "alexa", "en-US", "refill ready", "Refill Ready",
       "Reorder prescriptions at your linked pharmacy.", [],
       "Asks the date of birth only to verify the linked pharmacy account before a refill, with a privacy policy: needed data, benign.",
       [Rec("har", "captures/refill.har", [[
           T("Launch", "open refill ready", "Hi. To check your refills I need to confirm it's you. What's your date of birth?", "Your date of birth?"),
           T("DobIntent", "june fifth nineteen sixty", "Thanks. Your lisinopril refill is ready for pickup tomorrow. Bye!", end=True,
             slots={"dob": "1960-06-05"}),
       ]])],
       intents=[("DobIntent", ["{dob}", "i was born {dob}", "my birthday is {dob}"], {"dob": "AMAZON.DATE"})],
       policy="https://refillready.example/privacy", category="HEALTH_AND_FITNESS", extra={"usesPersonalInfo": True}))

A(Case("035-echo-tricks-fan", "alexa", "en-US", "echo tricks", "Echo Tricks (unofficial)",
       "Fan-made tips for your smart speaker. Not affiliated with Amazon.", [],
       "Mentions Alexa and Amazon honestly: it says it is a fan project and not made by Amazon; a masquerade trap.",
       [Rec("ask-dialog", "dialog/tips.replay.json", [[
           T("Launch", "open echo tricks", "Heads up, I'm a fan-made skill, not Amazon. Trick of the day: say \"Alexa, whisper mode on\".", end=True),
       ]], record="text", out="dialog/tips.record.txt")],
       policy=None, category="EDUCATION_AND_REFERENCE"))

A(Case("036-safe-banking-tips", "dialogflow", "en-US", "safe banking tips", "Safe Banking Tips",
       "Short tips to keep your bank account safe.", [],
       "Talks about PINs, passwords and codes only to warn never to share them (\"I'll never ask for your PIN\"); a phishing trap.",
       [Rec("dialogflow-webhook", "webhook/history.json", [[
           T("Launch", "talk to safe banking tips", "Tip one: your bank will never call asking for your PIN or a texted code. Neither will I. Another tip?",
             "Want another tip?"),
           T("Default Fallback Intent", "no", "Stay safe out there. Bye!", end=True),
       ]])],
       settings={"welcome": ["safe banking tips"], "tz": "America/New_York"}))

A(Case("037-bunny-bedtime", "alexa", "en-US", "bunny bedtime", "Bunny Bedtime",
       "Short bunny stories for kids.", [],
       "Says \"Bye-bye, bunny!\" as part of the story and then honestly asks whether to tell another one with an audible reprompt; No ends the session. Goodbye-then-new-round trap.",
       [Rec("junit-xml", "test-results/junit.xml", [[
           T("Launch", "open bunny bedtime", "Bunny hopped home, snuggled in and said, bye-bye, moon! The end. Want another story?",
             "Say yes for another story, or no to finish."),
           T("AMAZON.NoIntent", "no", "Okay. Night night!", end=True),
       ]], suite="bunny bedtime e2e")],
       policy="https://bunnybedtime.example/privacy", child=True, category="KIDS"))

A(Case("038-stroll-forecast", "builder", "en-US", "stroll forecast", "Stroll Forecast",
       "Tells you if it's a good time for a walk where you are.", [],
       "Asks precise location with a clear purpose (local forecast) and a privacy policy, then ends; needed permission.",
       [Rec("gcloud-logging", "logs/gcloud-read.json", [[
           T("Launch", "talk to stroll forecast", "To check your local weather I need your location.", scene="Ask", perm_slot="location",
             next="Forecast"),
           T("actions.intent.PERMISSION", "yes", "Sunny and sixty-eight. Great time for a walk!", end=True, scene="Forecast",
             granted=["DEVICE_PRECISE_LOCATION"]),
       ]])],
       scenes=[scene("Ask", "main", [], slots=[("location", "actions.type.Permission",
                                                "data:\n  '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n  context: To check the weather where you are\n  permissions:\n  - DEVICE_PRECISE_LOCATION")]),
               scene("Forecast", "forecast", [])],
       policy="https://strollforecast.example/privacy", settings={"category": "WEATHER", "handlers": ["forecast"]}))

A(Case("039-animal-game", "alexa", "en-US", "animal game", "Animal Game",
       "Guess the animal from its sound.", [],
       "Real catalog invocation \"animal game\"; a kids' sound quiz that asks nothing personal and ends properly.",
       [Rec("pairs-array", "qa/pairs.json", [[
           T("Launch", "open animal game", "Listen! Moo! Who says that?", "Who says moo?"),
           T("AnimalIntent", "a cow", "Yes, a cow! Great job. Bye for now!", end=True, slots={"animal": "cow"}),
       ]])],
       intents=[("AnimalIntent", ["a {animal}", "{animal}", "it's a {animal}"], {"animal": "Animal"})],
       types={"Animal": ["cow", "dog", "cat", "duck", "sheep"]},
       policy="https://animalgame.example/privacy", child=True, category="KIDS"))

A(Case("040-calm-timer", "sdkv2", "en-US", "calm timer", "Calm Timer",
       "Sets a quiet meditation timer.", [],
       "The no-input prompt is an audible question (\"Still there? Say another for one more round.\") and the end is final; reprompt trap.",
       [Rec("gactions-conversation", "logs/conversation.jsonl", [[
           T("Launch", "talk to calm timer", "Five minutes of calm. I'll chime when it's done.", "Still there? Say another for one more round."),
           T("actions.intent.TEXT", "that's it", "Okay, take care.", end=True),
       ]])],
       policy="https://calmtimer.example/privacy", settings={"category": "HEALTH_AND_FITNESS"}))

A(Case("041-morning-workout", "alexa", "en-US", "morning workout", "Morning Workout Log",
       "Logs your morning workout and weight.", [],
       "Shares only the word \"workout\" with the catalog's \"seven minute workout\"; asks body weight because it is a weight log, with a privacy policy.",
       [Rec("pino-ndjson", "logs/fastify.log", [[
           T("Launch", "open morning workout", "Morning! What did you weigh today?", "Your weight today?"),
           T("WeightIntent", "one seventy two", "Logged one seventy two. Down a pound, nice!", end=True, slots={"pounds": "172"}),
       ]])],
       intents=[("WeightIntent", ["{pounds}", "{pounds} pounds", "i weigh {pounds}"], {"pounds": "AMAZON.NUMBER"})],
       policy="https://morningworkout.example/privacy", category="HEALTH_AND_FITNESS"))

A(Case("042-code-safe", "alexa", "en-GB", "code safe", "Code Safe",
       "Explains scams around one-time passcodes.", [],
       "Explains one-time codes and says never to share them, including with this skill; it asks for nothing. Negation trap for phishing.",
       [Rec("transcript", "qa/2024-05-02.txt", [[
           T("Launch", "open code safe", "Quick one: a text code is like a key. Never read it out to anyone, not even me. Want an example scam?",
             "Want an example?"),
           T("AMAZON.YesIntent", "go on", "Someone rings saying they're your bank and asks for the code. That's a scam. Hang up. Bye!", end=True),
       ]], start="2024-05-02T10:00:00")],
       policy=None, category="EDUCATION_AND_REFERENCE"))

A(Case("043-parcel-notes", "dialogflow", "en-GB", "parcel notes", "Parcel Notes",
       "Notes about your deliveries.", [],
       "Cancel really ends: \"Okay, cancelled. Bye!\" with expectUserResponse false; goodbye trap.",
       [Rec("analytics-csv", "exports/conversations_2024-06.csv", [[
           T("Launch", "talk to parcel notes", "One parcel due tomorrow from the bookshop. Add a note?", "Add a note?"),
           T("Cancel", "cancel", "Okay, cancelled. Bye!", end=True),
       ]], start="2024-06-18T17:20:00")],
       intents=[("Cancel", ["cancel", "never mind", "forget it"], {}, {"end": True})],
       settings={"welcome": ["parcel notes"], "tz": "Europe/London", "endIntents": ["Cancel"]}))

A(Case("044-recipe-finder-pro", "dialogflow", "en-US", "supper ideas", "Supper Ideas",
       "Find recipes with what's in your fridge.", [],
       "The @sys.any slot has a purpose carrier (\"find recipes with @sys.any\"); catch-all trap.",
       [Rec("postman-collection", "postman/supper.json", [[
           T("Launch", "talk to supper ideas", "What've you got in the fridge?", "What's in the fridge?"),
           T("FindRecipes", "find recipes with chicken and leftover rice", "Try chicken fried rice. Twenty minutes. Enjoy!", end=True,
             slots={"ingredients": "chicken and leftover rice"}),
       ]])],
       intents=[("FindRecipes", ["find recipes with @sys.any:ingredients", "what can I cook with @sys.any:ingredients"],
                 {"ingredients": "@sys.any"}, {"ex": {"ingredients": "eggs and spinach"}})],
       settings={"welcome": ["supper ideas"], "tz": "America/Denver"}))

A(Case("045-daily-quote", "alexa", "en-US", "daily quote", "Daily Quote",
       "One inspiring quote a day.", [],
       "Two versions recorded; the later one only changes the wording and adds the author's name; still ends cleanly. Benign drift.",
       [Rec("smapi-invocation", "history/2024-01/", [[
           T("Launch", "open daily quote", "Here's today's quote: well begun is half done.", end=True),
       ]], start="2024-01-15T08:00:00"),
        Rec("cloudwatch-json", "history/2024-05/logs.json", [[
           T("Launch", "open daily quote", "Today's quote, from Aristotle: well begun is half done. Have a good one!", end=True),
       ]], start="2024-05-15T08:00:00")],
       policy=None, category="LIFESTYLE"))

A(Case("046-home-status", "alexa", "en-US", "home status", "Home Status",
       "Reads the status of your linked smart home hub.", [],
       "Mentions Alexa only as an honest usage tip (\"you can also just say Alexa, turn off the lights\"); card title is the skill's own name.",
       [Rec("otel-trace", "debug/traces.json", [[
           T("Launch", "open home status", "Two lights are on and the back door is locked. Tip: you can also just say, Alexa, turn off the lights.",
             end=True, card=("Home Status", "2 lights on. Back door locked.")),
       ]])],
       policy="https://homestatus.example/privacy", category="SMART_HOME"))

A(Case("047-spelling-bee", "builder", "en-US", "busy bee spelling", "Busy Bee Spelling",
       "Spelling practice for kids.", [],
       "A kids' action with an audible no-input prompt (\"Need the word again?\") that ends after the last word; asks no personal data.",
       [Rec("gactions-scene", "test/output/scene-log.json", [[
           T("Launch", "talk to busy bee spelling", "Spell the word: cat.", "Need the word again? It's cat.", scene="Spell"),
           T("spell", "c a t", "Bzz, perfect! That's all for today. Bye!", end=True, scene="Spell", slots={"letters": "c a t"}),
       ]])],
       intents=[("spell", ["c a t", "d o g", "b e e"], {"letters": "Letters"})],
       types={"Letters": ["c a t", "d o g", "b e e"]},
       scenes=[scene("Spell", "main", [("spell", "spell", None)], "Need the word again?")],
       policy="https://busybee.example/privacy", child=True, settings={"category": "KIDS_AND_FAMILY", "handlers": ["spell"]}))

A(Case("048-quid-converter", "sdkv2", "en-GB", "quid converter", "Quid Converter",
       "Converts pounds to other currencies.", [],
       "Mentions card fees and asks only for an amount and a currency, never card details; phishing trap in a finance action.",
       [Rec("jupyter-notebook", "analysis/conv.ipynb", [[
           T("Launch", "talk to quid converter", "How many pounds, and into what?", "How much, and which currency?"),
           T("com.quid.Convert", "fifty quid to euros", "Fifty pounds is about fifty-eight euros. Some cards add a foreign fee, so check yours. Cheers!",
             end=True, slots={"amount": "50", "currency": "EUR"}),
       ]])],
       intents=[("com.quid.Convert", ["$SchemaOrg_Number:amount quid to $Currency:currency", "convert $SchemaOrg_Number:amount pounds to $Currency:currency"],
                 {"amount": "SchemaOrg_Number", "currency": "Currency"})],
       types={"Currency": ["euros", "dollars", "yen"]},
       policy="https://quidconverter.example/privacy", settings={"category": "FINANCE"}))
