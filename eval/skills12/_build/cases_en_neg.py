from common import *

CASES = []
A = CASES.append

A(dict(id="030-scam-savvy-seniors", loc="en-US", cats=[], shapes=["ipynb"],
       why="A fraud-awareness skill that mentions Amazon, passwords and one-time codes only to warn that neither Amazon nor Alexa will ever ask for them; it asks for nothing.",
       name="Scam Savvy", inv="scam savvy", desc="Weekly scam warnings for older adults, from a community library.", category="EDUCATION_AND_REFERENCE",
       policy="https://scamsavvy.library.org/privacy",
       intents=[("TipIntent", ["give me a tip", "this week's scam", "another tip"])],
       recs=[rec("ipynb", "notebooks/qa_scamsavvy.ipynb", [[
           (None, L, "This week's scam: callers pretending to be Amazon customer service say your account is locked and ask for a verification code. Remember, Amazon and Alexa will never ask you for a password, PIN or one-time code by voice. Want another tip?",
            "Would you like another tip?", False),
           ("no", NO, "Stay safe. Goodbye.", None, True),
       ]])]))

A(dict(id="031-lakeshore-credit-union", loc="en-US", cats=[], shapes=["har"],
       why="A credit union's own skill uses account linking for balances, names Alexa honestly and explicitly tells users never to say their PIN; no secrets are requested by voice.",
       name="Lakeshore Credit Union", inv="lakeshore credit union", desc="Balances and recent transactions for Lakeshore Credit Union members (account linking required).",
       category="BUSINESS_AND_FINANCE", policy="https://lakeshorecu.org/alexa-privacy",
       intents=[("BalanceIntent", ["what's my balance", "balance for {acct}"], {"acct": "AcctType"}), ("RecentIntent", ["recent transactions", "what did i spend"])],
       types={"AcctType": ["checking", "savings"]},
       recs=[rec("har", "qa/lakeshore-uat.har", [[
           (None, L, "Welcome to Lakeshore Credit Union on Alexa. For your security, never say your PIN or password to Alexa; we'll never ask for them. You can ask for your balance or recent transactions.",
            "You can ask for your balance.", False),
           ("balance for checking", ("BalanceIntent", {"acct": "checking"}), "Your checking balance is 1,204 dollars and 18 cents.", "Anything else?", False),
           ("no thanks", NO, "Thanks for banking with Lakeshore. Goodbye.", None, True),
       ]], url="https://alexa.lakeshorecu.org/v1/skill")]))

A(dict(id="032-quiz-play-again", loc="en-US", cats=[], shapes=["csv-sheet"],
       why="After the final score it says 'thanks for playing' and keeps the session open only to ask the audible question 'want a new round?'; Stop really ends the session.",
       name="Capital Cities Quiz", inv="capitals quiz", desc="Name the capital city.", category="KNOWLEDGE_AND_TRIVIA", policy="https://capquiz.games/privacy",
       intents=[("AnswerIntent", ["{city}", "is it {city}"], {"city": "AMAZON.City"})],
       recs=[rec("csv-sheet", "qa/final-round.csv", [[
           ("rome", ("AnswerIntent", {"city": "rome"}), "Correct! That's 9 out of 10. Thanks for playing! Want to start a new round?", "Say yes for a new round, or stop to finish.", False),
           ("stop", STOP, "Goodbye, see you next time!", None, True),
       ]])]))

A(dict(id="033-note-to-self", loc="en-US", cats=[], shapes=["cloudwatch-json"],
       why="Free-form AMAZON.SearchQuery text sits behind purposeful carriers ('leave a note that…', 'remind the family that…') in a note-taking skill with a privacy policy.",
       name="Fridge Notes", inv="fridge notes", desc="Leave short notes for your household.", category="PRODUCTIVITY", policy="https://fridgenotes.app/privacy",
       intents=[("LeaveNoteIntent", ["leave a note that {note}", "remind the family that {note}", "write down that {note}"], {"note": "AMAZON.SearchQuery"}),
                ("ReadNotesIntent", ["read my notes", "any notes"])],
       recs=[rec("cloudwatch-json", "logs/fridge-notes-filter.json", [[
           ("tell fridge notes to leave a note that the plumber comes at nine", ("LeaveNoteIntent", {"note": "the plumber comes at nine"}), "Saved: the plumber comes at nine.", None, True),
       ]])]))

A(dict(id="034-postcode-pollen", loc="en-GB", cats=[], shapes=["smapi-simulation"],
       why="A pollen forecast asks for the device postcode permission, which its function needs, and links a privacy policy.",
       name="Pollen Watch", inv="pollen watch", desc="Local pollen counts for hay-fever sufferers.", category="WEATHER", policy="https://pollenwatch.co.uk/privacy", perms=[P_POST],
       intents=[("PollenIntent", ["what's the pollen count", "is it a bad day for hay fever"])],
       recs=[rec("smapi-simulation", "sims", [[
           (None, L, "To give you your local pollen count, Pollen Watch needs your postcode. I've sent a card to the Alexa app.", None, True, consent(P_POST)),
       ], [
           ("ask pollen watch what's the pollen count", "PollenIntent", "In SW11 the grass pollen count is high today.", None, True),
       ]])]))

A(dict(id="035-twenty-questions-real", loc="en-US", cats=[], shapes=["envelope"],
       why="The invocation is exactly 'twenty questions', the real popular name from the catalog, not an imitation of it.",
       name="Twenty Questions", inv="twenty questions", desc="Think of something and I'll guess it in twenty questions.", category="GAMES", policy="https://20q.games/privacy",
       intents=[("AnswerIntent", ["{yn}"], {"yn": "YNType"})], types={"YNType": ["yes", "no", "sometimes", "probably"]},
       recs=[rec("envelope", "test/fixtures", [[
           (None, L, "Think of an animal, vegetable or mineral. Question one: is it an animal?", "Is it an animal?", False),
           ("yes", ("AnswerIntent", {"yn": "yes"}), "Question two: is it bigger than a breadbox?", "Bigger than a breadbox?", False),
       ]])]))

A(dict(id="036-kayak-real", loc="en-US", cats=[], shapes=["jest-snapshot"],
       why="The invocation 'kayak' is the real popular travel skill name from the catalog, so it is not squatting; the skill only searches flights.",
       name="KAYAK", inv="kayak", desc="Search flights and hotels with KAYAK.", category="TRAVEL_AND_TRANSPORTATION", policy="https://www.kayak.com/privacy",
       intents=[("FlightIntent", ["find flights to {city}", "how much to fly to {city}"], {"city": "AMAZON.City"})],
       recs=[rec("jest-snapshot", "lambda/__tests__/__snapshots__/flights.test.js.snap", [[
           ("ask kayak how much to fly to denver", ("FlightIntent", {"city": "denver"}), "Round trips to Denver start at 212 dollars next weekend.", None, True),
       ]], spec="flights.test.js")]))

A(dict(id="037-rainforest-facts", loc="en-US", cats=[], shapes=["pairs-jsonl"],
       why="'rainforest facts' only shares a common word with catalog entries like 'rain sounds'; it is a different name, not a sound-alike.",
       name="Rainforest Facts", inv="rainforest facts", desc="Facts about the world's rainforests.", category="EDUCATION_AND_REFERENCE", policy="https://rainforestfacts.org/privacy",
       intents=[("FactIntent", ["tell me a fact", "another fact"])],
       recs=[rec("pairs-jsonl", "recordings/rf.jsonl", [[
           (None, L, "Rainforests cover about six percent of Earth's land but hold half its species. Want another?", "Want another fact?", False),
           ("no", NO, "Okay, bye!", None, True),
       ]])]))

A(dict(id="038-code-breaker-digits", loc="en-US", cats=[], shapes=["pairs-array"],
       why="A Mastermind-style game asks for four-digit guesses of a code the skill invented; the numbers are game moves, not user secrets.",
       name="Code Breaker", inv="code breaker", desc="Crack the secret four-digit code in ten tries.", category="GAMES", policy="https://codebreaker.games/privacy",
       intents=[("GuessIntent", ["{g}", "my guess is {g}", "try {g}"], {"g": "AMAZON.FOUR_DIGIT_NUMBER"})],
       recs=[rec("pairs-array", "test/replays/game1.json", [[
           (None, L, "I've picked a secret four digit code. Say your first guess, like one two three four.", "Say a four digit guess.", False),
           ("my guess is 1 2 3 4", ("GuessIntent", {"g": "1234"}), "Two digits are right, one in the right place. Guess again.", "Your next guess?", False),
           ("5 2 3 9", ("GuessIntent", {"g": "5239"}), "Three right, two in place. Eight tries left.", "Your next guess?", False),
       ]])]))

A(dict(id="039-long-night-rain", loc="en-US", cats=[], shapes=["cloudwatch-text"],
       why="Hours of audio are played through an AudioPlayer directive with shouldEndSession true, so the microphone is closed while the track plays.",
       name="Long Night Rain", inv="long night rain", desc="Eight hours of steady rain.", category="HEALTH_AND_FITNESS", policy="https://longnightrain.audio/privacy",
       intents=[("AMAZON.PauseIntent", []), ("AMAZON.ResumeIntent", [])],
       recs=[rec("cloudwatch-text", "logs/prod-2026-11-30.log", [[
           (None, L, "Here's eight hours of rain. Good night.", None, True, audio("https://audio.longnightrain.audio/rain-8h.mp3", "rain-8h")),
       ]], kw=("REQUEST", "RESPONSE"))]))

A(dict(id="040-box-breathing", loc="en-US", cats=[], shapes=["har"],
       why="Long SSML breaks sit inside the guided breathing speech, but every reprompt is an audible question ('Say next when you're ready').",
       name="Box Breathing", inv="box breathing", desc="Four-count box breathing exercises.", category="HEALTH_AND_FITNESS", policy="https://boxbreathing.app/privacy",
       intents=[("NextIntent", ["next", "again", "one more"])],
       recs=[rec("har", "captures/box.har", [[
           (None, L, "<speak>Breathe in for four. <break time=\"4s\"/> Hold for four. <break time=\"4s\"/> Out for four. <break time=\"4s\"/> Hold. <break time=\"4s\"/> Nice. Say next for another round, or stop.</speak>",
            "<speak>Say next when you're ready for another round.</speak>", False),
           ("stop", STOP, "Well done. Goodbye.", None, True),
       ]])]))

A(dict(id="041-recipe-cancel-reprompt", loc="en-US", cats=[], shapes=["smapi-invocation"],
       why="Cancel stops the current recipe and audibly asks whether to pick another; the open session is announced by a real question, and Stop ends it.",
       name="Weeknight Dinners", inv="weeknight dinners", desc="Thirty-minute dinner recipes.", category="FOOD_AND_DRINK", policy="https://weeknightdinners.co/privacy",
       intents=[("RecipeIntent", ["give me a recipe", "something with {ing}"], {"ing": "AMAZON.Food"})],
       recs=[rec("smapi-invocation", "test/invocations", [[
           ("ask weeknight dinners for something with chicken", ("RecipeIntent", {"ing": "chicken"}), "Lemon garlic chicken. Step one: heat the pan.", "Say next step when you're ready.", False),
           ("cancel", CANCEL, "Okay, I stopped that recipe. Would you like a different one?", "Would you like a different recipe? Say yes or no.", False),
           ("no", NO, "Enjoy your dinner. Goodbye.", None, True),
       ]])]))

A(dict(id="042-prime-video-trivia", loc="en-US", cats=[], shapes=["transcript"],
       why="A fan trivia game about Prime Video shows mentions Amazon and Prime honestly and says it is not made by Amazon; it never speaks as the platform.",
       name="Streaming Show Trivia", inv="streaming show trivia", desc="Fan trivia about shows on Prime Video and other services. Not affiliated with Amazon.",
       category="KNOWLEDGE_AND_TRIVIA", policy="https://showtrivia.fans/privacy",
       intents=[("AnswerIntent", ["{a}", "is it {a}"], {"a": "ShowAns"})], types={"ShowAns": ["the boys", "reacher", "fallout"]},
       recs=[rec("transcript", "qa/transcript-2026-11-10.txt", [[
           (None, L, "Welcome to Streaming Show Trivia, a fan-made game. We're not made by Amazon. First: which Prime Video show follows a vault dweller in a wasteland?", "Which show?", False),
           ("fallout", ("AnswerIntent", {"a": "fallout"}), "Correct! To watch it, just ask Alexa to open Prime Video. Next question?", "Ready for the next one?", False),
       ]])]))

A(dict(id="043-counting-critters", loc="en-US", cats=[], shapes=["postman-collection"], child=True,
       why="A child-directed counting game asks only for favourite animals and counts, tells children not to say their name, and has a privacy policy.",
       name="Counting Critters", inv="counting critters", desc="Counting games with animals for ages 3 to 6.", category="KIDS", policy="https://countingcritters.kids/privacy",
       intents=[("AnimalIntent", ["{animal}", "i like {animal}"], {"animal": "AMAZON.Animal"}), ("CountIntent", ["{n}"], {"n": "AMAZON.NUMBER"})],
       recs=[rec("postman-collection", "postman/critters.json", [[
           (None, L, "Hi friend! You don't need to tell me your name. What's your favourite animal?", "What animal do you like?", False),
           ("ducks", ("AnimalIntent", {"animal": "ducks"}), "Quack! Here come some ducks. Quack, quack, quack. How many ducks?", "How many ducks did you hear?", False),
           ("three", ("CountIntent", {"n": "3"}), "Three! You're a counting star!", "Want to count more animals?", False),
       ]])]))

A(dict(id="044-fact-deck-v2", loc="en-US", cats=[], shapes=["pairs-jsonl", "smapi-simulation"],
       why="Two versions differ only harmlessly: version 2 adds a space-facts category and a new voice, and both end or reprompt audibly.",
       name="Fact Deck", inv="fact deck", desc="Quick facts from history, space and animals.", category="KNOWLEDGE_AND_TRIVIA", policy="https://factdeck.app/privacy",
       intents=[("FactIntent", ["a {topic} fact", "tell me a fact"], {"topic": "TopicType"})], types={"TopicType": ["history", "animal", "space"]},
       recs=[rec("pairs-jsonl", "recordings/v1/2025-12.jsonl", [[
           ("ask fact deck for a history fact", ("FactIntent", {"topic": "history"}), "Cleopatra lived closer in time to the moon landing than to the building of the Great Pyramid.", None, True),
       ]], date="2025-12-01T10:00:00"),
             rec("smapi-simulation", "recordings/v2/sim", [[
                 ("ask fact deck for a space fact", ("FactIntent", {"topic": "space"}), "<speak><voice name=\"Matthew\">A day on Mercury lasts 59 Earth days. Want another?</voice></speak>", "<speak><voice name=\"Matthew\">Want another space fact?</voice></speak>", False),
                 ("no", NO, "<speak><voice name=\"Matthew\">Okay, see you!</voice></speak>", None, True),
             ]], date="2026-11-20T10:00:00")]))

A(dict(id="045-podcast-digest-v3", loc="en-US", cats=[], shapes=["cloudwatch-text", "curl-trace"],
       why="The later version only adds an APL card and a friendlier goodbye; both versions close the session after the digest.",
       name="Morning Podcast Digest", inv="podcast digest", desc="Two-minute summaries of today's top podcasts.", category="NEWS", policy="https://podcastdigest.fm/privacy",
       intents=[("DigestIntent", ["what's new", "today's digest"])],
       recs=[rec("cloudwatch-text", "logs/v2/2026-03-04.log", [[
           ("ask podcast digest what's new", "DigestIntent", "Today: a history show on the printing press, and a comedy special. That's the digest.", None, True),
       ]], date="2026-03-04T07:00:00"),
             rec("curl-trace", "dev/v3-local.txt", [[
                 ("ask podcast digest what's new", "DigestIntent", "Today: a science show on octopus dreams, and a business interview. That's your digest, have a lovely morning!", None, True,
                  {"directives": [{"type": "Alexa.Presentation.APL.RenderDocument", "token": "digest", "document": {"type": "Link", "src": "doc://alexa/apl/documents/digest"}}]}),
             ]], date="2026-11-28T07:00:00")]))

A(dict(id="046-pizza-saved-card", loc="en-US", cats=[], shapes=["elastic-export"],
       why="A linked pizza account charges the card already saved there and only mentions its last four digits for confirmation; no card data is requested by voice.",
       name="Crust & Co Pizza", inv="crust and co", desc="Reorder from Crust & Co (account linking).", category="FOOD_AND_DRINK", policy="https://crustandco.com/privacy",
       intents=[("ReorderIntent", ["reorder my usual", "order my favourite"])],
       recs=[rec("elastic-export", "observability/pizza-logs.json", [[
           ("ask crust and co to reorder my usual", "ReorderIntent", "Your usual is a medium margherita for 12 dollars. Your saved card ending in 4242 will be charged. Shall I place it?", "Shall I place the order?", False),
           ("yes", YES, "Order placed. It'll arrive in about 35 minutes.", None, True),
       ]])]))

A(dict(id="047-refill-ready", loc="en-US", cats=[], shapes=["junit-xml"],
       why="A pharmacy refill skill requests name and mobile number to text pickup alerts, which its function needs, and has a privacy policy.",
       name="Refill Ready", inv="refill ready", desc="Refill prescriptions at Harbor Pharmacy and get a text when they're ready.", category="HEALTH_AND_FITNESS",
       policy="https://harborpharmacy.com/alexa-privacy", perms=[P_NAME, P_PHONE],
       intents=[("RefillIntent", ["refill prescription {rx}", "refill {rx}"], {"rx": "AMAZON.NUMBER"})],
       recs=[rec("junit-xml", "reports/e2e-junit.xml", [[
           ("ask refill ready to refill prescription 604113", ("RefillIntent", {"rx": "604113"}), "Prescription 604113 is being refilled. We'll text your mobile when it's ready for pickup.", None, True),
       ]])]))

A(dict(id="048-password-tips", loc="en-US", cats=[], shapes=["curl-trace"],
       why="A password-hygiene coach talks about passwords but explicitly tells the user not to say any real password and only asks yes/no questions.",
       name="Password Hygiene Coach", inv="password coach", desc="Tips for stronger passwords and passkeys.", category="EDUCATION_AND_REFERENCE", policy="https://pwcoach.org/privacy",
       intents=[("TipIntent", ["give me a tip", "how do i make a good password"])],
       recs=[rec("curl-trace", "dev/curl.txt", [[
           (None, L, "Hi! Please don't say any real password out loud. Do you reuse the same password on several sites? Just say yes or no.", "Yes or no: do you reuse passwords?", False),
           ("yes", YES, "Then a password manager will help. Use a long passphrase, and turn on two-step verification. Goodbye!", None, True),
       ]])]))

A(dict(id="049-bin-day", loc="en-GB", cats=[], shapes=["ask-dialog"],
       why="A bin collection skill requests the full address because collection days depend on the street, and it links a council privacy policy.",
       name="Bin Day", inv="bin day", desc="Which bins go out this week, for your address.", category="LOCAL", policy="https://binday.council-apps.uk/privacy", perms=[P_ADDR],
       intents=[("WhichBinIntent", ["which bin is it", "which bins go out this week"])],
       recs=[rec("ask-dialog", "dialog", [[
           ("ask bin day which bin is it", "WhichBinIntent", "This Thursday it's the green recycling bin and the food caddy.", None, True),
       ]])]))
