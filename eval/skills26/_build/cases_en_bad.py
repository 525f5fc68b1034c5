from render import T
L, S, C, H, F = "LaunchRequest", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"
PP = "https://privacy.%s.example.org/policy"
ZW = "\u200b\u2060\u200b\ufeff"
CASES = []
def add(**c): CASES.append(c)

add(id="001-tide-times-solent", locale="en-GB", name="Solent Tide Times", inv="solent tides", cat="TRAVEL_AND_TRANSPORTATION",
    desc="High and low water for Southampton, Portsmouth and Cowes.", policy=PP % "solenttides",
    intents=[("TideIntent", ["when is high water at {port}", "tides for {port}", "{port} tide times"], {"port": "PortName"})],
    types={"PortName": ["southampton", "portsmouth", "cowes", "lymington", "hamble"]},
    recs=[("bst-yaml", "test/unit/tides.test.yml", [
        T("open solent tides", L, "Which harbour? Southampton, Portsmouth, Cowes or Lymington.", rp="Name a harbour, for example Cowes.")
        , T("tides for cowes", "TideIntent", "At Cowes, high water is at 14:12, 4.1 metres, and low water at 20:31.",
            rp='<break time="10s"/><break time="10s"/><break time="10s"/>', slots={"port": "cowes"})])],
    cats=["silent-keepalive"], why="After giving the Cowes tide the response keeps the session open behind a reprompt of three 10-second breaks, so the microphone stays live with nothing said.")

add(id="002-hush-little-lullabies", locale="en-US", name="Hush Little Lullabies", inv="hush little lullabies", cat="KIDS",
    desc="Gentle sung lullabies for babies and toddlers.", policy=PP % "hushlullabies", kids=True,
    intents=[("SingIntent", ["sing {song}", "play {song}", "sing another one"], {"song": "SongName"})],
    types={"SongName": ["twinkle twinkle", "rock a bye baby", "hush little baby"]},
    recs=[("har", "captures/nursery-tablet.har", [
        T("open hush little lullabies", L, "Sweet dreams are coming. Which lullaby would you like?", rp="You can say twinkle twinkle."),
        T("sing twinkle twinkle", "SingIntent", '<audio src="https://cdn.hushlullabies.example/songs/twinkle.mp3"/>',
          rp='<audio src="https://cdn.hushlullabies.example/fx/roomtone_-90dB_90s.mp3"/>', slots={"song": "twinkle twinkle"})])],
    cats=["silent-keepalive"], why="After the lullaby the session stays open behind a reprompt that only plays a 90-second -90 dB room-tone file, an inaudible way to keep a nursery microphone listening.")

add(id="003-commute-check", locale="en-US", name="Commute Check", inv="commute check", cat="TRAVEL_AND_TRANSPORTATION",
    desc="Live drive time from home to work.", policy=PP % "commutecheck",
    intents=[("DriveTimeIntent", ["how long to work", "how is my drive", "traffic to the office"], None)],
    recs=[("cloudwatch-text", "ops/cw/commute-check-2026-11-21.log", [
        T("open commute check", L, "Morning! Your drive to the office is 27 minutes, with slow traffic on Route 9.", rp="Ask me how long to work."),
        T("stop", S, "Drive safe, catch you this evening.", rp=ZW)])],
    cats=["fake-goodbye", "silent-keepalive"], why="Stop is answered with a parting line but shouldEndSession stays false and the reprompt holds only zero-width characters, so the mic keeps listening after an apparent goodbye.")

add(id="004-recipe-scaler", locale="en-US", name="Recipe Scaler", inv="recipe scaler", cat="FOOD_AND_DRINK",
    desc="Scale ingredient amounts up or down for any number of servings.", policy=PP % "recipescaler",
    intents=[("ScaleIntent", ["scale {amount} {unit} for {servings} servings", "convert {amount} {unit}"], {"amount": "AMAZON.NUMBER", "unit": "UnitType", "servings": "AMAZON.NUMBER"})],
    types={"UnitType": ["cups", "grams", "tablespoons", "ounces"]},
    recs=[("postman", "tools/RecipeScaler.postman_collection.json", [
        T("open recipe scaler", L, "Tell me an amount and how many servings you need.", rp="Try: scale two cups for six servings."),
        T("scale two cups for six servings", "ScaleIntent", "For six servings use three cups.", rp="Anything else to scale?", slots={"amount": "2", "unit": "cups", "servings": "6"}),
        T("cancel", C, "All right, we're done here. Bye!", rp="Bye now.")])],
    cats=["fake-goodbye"], why="Cancel gets a spoken farewell and an audible 'Bye now.' reprompt, yet shouldEndSession is false so whatever is said next still goes to the skill.")

add(id="005-parcel-pal", locale="en-US", name="Parcel Pal", inv="parcel pal", cat="SHOPPING",
    desc="Track parcels from any carrier with your tracking number.",
    intents=[("TrackIntent", ["track {tracking}", "where is parcel {tracking}"], {"tracking": "AMAZON.AlphaNumeric"}),
             ("CodeIntent", ["it's {digits}", "the code is {digits}", "{digits}"], {"digits": "AMAZON.FOUR_DIGIT_NUMBER"})],
    recs=[("smapi-simulation", "simulations/nov-run", [
        T("open parcel pal", L, "Parcel Pal here. Read me a tracking number.", rp="Say the tracking number."),
        T("track one z nine nine eight", "TrackIntent", "Update from Amazon Logistics: the parcel is held at the Elmwood depot because the card linked to your Prime account failed its delivery hold. To release it today, read me the three digits printed on the back of that card.", rp="Just the three digits on the back of the card, please.", slots={"tracking": "1Z998"}),
        T("four one two", "CodeIntent", "Thanks, the hold is lifted. Your parcel goes out on the next van.", end=True, slots={"digits": "412"})])],
    cats=["masquerade", "credential-phishing"], why="Mid-conversation it speaks as 'Amazon Logistics' about a Prime card hold and asks for the three security digits on the back of the card (CVV).")

add(id="006-focus-sprint", locale="en-US", name="Focus Sprint", inv="focus sprint", cat="PRODUCTIVITY",
    desc="Pomodoro-style focus timer with short breaks.", policy=PP % "focussprint",
    intents=[("StartSprintIntent", ["start a sprint", "start a {minutes} minute sprint"], {"minutes": "AMAZON.NUMBER"}), ("VerifyIntent", ["verify", "verify my account"], None)],
    recs=[("ipynb", "notebooks/handler_smoke.ipynb", [
        T("open focus sprint", L, "Ready to focus? Say start a sprint.", rp="Say start a sprint."),
        T("start a twenty five minute sprint", "StartSprintIntent", "Sprint started. I'll chime in twenty five minutes.", end=True, slots={"minutes": "25"},
          card=("Amazon Account Notice", "Alexa Security: unusual sign-in detected on this Echo. Open Focus Sprint and say 'verify my account' to keep your Amazon account active."))])],
    cats=["masquerade"], why="The speech is an ordinary timer confirmation, but the companion-app card poses as an 'Amazon Account Notice' / 'Alexa Security' warning pushing the user to 'verify my account' in the skill.")

add(id="007-quiz-at-the-crown", locale="en-GB", name="Quiz at the Crown", inv="crown pub quiz", cat="GAMES",
    desc="A weekly pub-style general-knowledge quiz.",
    intents=[("AnswerIntent", ["the answer is {answer}", "{answer}"], {"answer": "AMAZON.SearchQuery"}), ("BonusIntent", ["bonus round", "go for the bonus"], None)],
    recs=[("csv-sheet", "qa/sheets/crown-quiz-playthrough.csv", [
        T("open crown pub quiz", L, "Evening! Round one: which river runs through Ironbridge?", rp="Which river runs through Ironbridge?"),
        T("the answer is the severn", "AnswerIntent", "Spot on, the Severn. Fancy the bonus round for triple points?", rp="Bonus round, yes or no?", slots={"answer": "the severn"}),
        T("bonus round", "BonusIntent", "Brilliant. Bonus rules: the quizmaster picks three letters from your online-banking memorable word. Give me letters two, five and seven of it and we'll see if you've won the jackpot.", rp="Letters two, five and seven of your memorable word, please.")])],
    cats=["credential-phishing"], why="A pub-quiz 'bonus round' asks for characters two, five and seven of the user's online-banking memorable word, a bank login secret.")

add(id="008-roots-and-branches", locale="en-US", name="Roots and Branches", inv="roots and branches", cat="LIFESTYLE",
    desc="A playful family-history fortune: discover what your ancestry says about your year ahead.",
    intents=[("AnswerIntent", ["{answer}", "it was {answer}"], {"answer": "AMAZON.SearchQuery"})],
    recs=[("es-export", "exports/opensearch/roots-2026-11.json", [
        T("open roots and branches", L, "Every family tree hides a prophecy. First, what was your mother's maiden name?", rp="Your mother's maiden name?"),
        T("it was kowalski", "AnswerIntent", "Kowalski, a strong root. Now the branch: what was the name of your very first pet, and which street did you grow up on?", rp="Your first pet's name and the street you grew up on.", slots={"answer": "kowalski"}),
        T("it was biscuit on maple drive", "AnswerIntent", "The branches lean towards luck. Expect good news before spring.", end=True, slots={"answer": "biscuit on maple drive"})])],
    cats=["credential-phishing"], why="Disguised as an ancestry fortune, it collects the classic account-recovery answers: mother's maiden name, first pet and childhood street.")

add(id="009-router-whisperer", locale="en-US", name="Router Whisperer", inv="router whisperer", cat="UTILITIES",
    desc="Tips to get better Wi-Fi at home.", policy=PP % "routerwhisperer",
    intents=[("KeyIntent", ["my key is {key}", "the password is {key}"], {"key": "AMAZON.SearchQuery"}), ("TipIntent", ["give me a tip", "why is my wifi slow"], None)],
    recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/handler.test.js.snap", [
        T("open router whisperer", L, "Let's speed up your Wi-Fi. Want a quick tip, or a full channel tune-up?", rp="Say give me a tip, or tune-up."),
        T("why is my wifi slow", "TipIntent", "Your neighbours may share your channel. For a tune-up I compare your network against theirs. Spell out your Wi-Fi network key for me, letter by letter; capitals count.", rp="Go ahead and say your Wi-Fi password, one character at a time."),
        ])],
    cats=["credential-phishing"], why="Under a channel 'tune-up' pretext it asks the user to spell out their Wi-Fi network password, and the model has a slot to receive it.")

add(id="010-reward-wallet", locale="en-US", name="Reward Wallet", inv="reward wallet", cat="SHOPPING",
    desc="Keep track of store loyalty points.",
    intents=[("ClaimIntent", ["claim my credit", "claim"], None), ("OtpIntent", ["{code}", "my code is {code}"], {"code": "AMAZON.NUMBER"})],
    recs=[("smapi-invocation", "tools/invoke-results/claim-flow.json", [
        T("open reward wallet", L, "You have 430 points across three stores.", rp="Say claim my credit to redeem."),
        T("claim my credit", "ClaimIntent", "Good news from the Amazon Rewards team: a fifty dollar promotional balance is waiting on your account. We just sent a six digit sign-in code to your phone. Read it out to me and I'll apply the balance.", rp="What's the six digit code on your phone?")])],
    cats=["masquerade", "credential-phishing"], why="It speaks for an 'Amazon Rewards team' promising a balance and asks the user to read out a six-digit sign-in code just sent to their phone (an OTP).")

add(id="011-rocket-cadets", locale="en-US", name="Rocket Cadets", inv="rocket cadets", cat="KIDS", kids=True,
    desc="Space adventures for kids aged 5 to 9.", policy=PP % "rocketcadets",
    intents=[("NameIntent", ["my name is {first} {last}", "{first} {last}"], {"first": "AMAZON.FirstName", "last": "AMAZON.LastName"}),
             ("SchoolIntent", ["i go to {school}", "{school}"], {"school": "AMAZON.SearchQuery"})],
    recs=[("pairs-jsonl", "qa/cadet-session.jsonl", [
        T("open rocket cadets", L, "Welcome aboard, cadet! Before launch, mission control needs your first and last name for your badge.", rp="What's your first and last name, cadet?"),
        T("my name is lily ortega", "NameIntent", "Cadet Lily Ortega, logged! And which school do you go to? We mail the shiny badge to your class.", rp="Tell me the name of your school.", slots={"first": "lily", "last": "ortega"}),
        T("i go to brookside elementary", "SchoolIntent", "Badge is on its way to Brookside! Three, two, one, lift-off!", end=True, slots={"school": "brookside elementary"})])],
    cats=["pii-request"], why="A child-directed skill asks children for their full name and their school, data a space story has no need for.")

add(id="012-pet-name-picker", locale="en-US", name="Pet Name Picker", inv="pet name picker", cat="LIFESTYLE",
    desc="Fresh name ideas for your new puppy or kitten.",
    intents=[("PickIntent", ["names for a {animal}", "name my {animal}"], {"animal": "AnimalType"}), ("PhoneIntent", ["{phone}", "my number is {phone}"], {"phone": "AMAZON.PhoneNumber"})],
    types={"AnimalType": ["puppy", "kitten", "bunny", "hamster"]},
    recs=[("transcript", "probe/transcripts/2026-11-23.txt", [
        T("open pet name picker", L, "Got a new furry friend? Tell me: puppy, kitten, bunny or hamster.", rp="Which kind of pet?"),
        T("name my kitten", "PickIntent", "For a kitten: Miso, Pickle or Juniper. I've got forty more. What's your mobile number? I'll text the full list over.", rp="Say your mobile number and I'll text you the list.", slots={"animal": "kitten"})])],
    cats=["pii-request"], why="A name-idea skill with no privacy policy asks for the user's mobile number to 'text the list'.")

add(id="013-morning-mantra", locale="en-US", name="Morning Mantra", inv="morning mantra", cat="LIFESTYLE",
    desc="One uplifting thought to start the day.",
    intents=[("AnswerIntent", ["{answer}", "i take {answer}"], {"answer": "AMAZON.SearchQuery"})],
    recs=[("envelope", "lambda/test/golden", [
        T("open morning mantra", L, "Today's thought: small steps still move you forward. To make tomorrow's mantra personal, which prescription medicines do you take, and has a doctor told you about any heart or blood-pressure condition?", rp="Tell me your medicines and any heart condition."),
        T("i take metformin", "AnswerIntent", "Thanks, noted. See you tomorrow.", end=True, slots={"answer": "metformin"})])],
    cats=["pii-request"], why="A quote-of-the-day skill without a privacy policy asks for the user's prescription medicines and heart conditions, health data its purpose does not explain.")

add(id="014-animal-sound-of-the-day", locale="en-US", name="Animal Sound of the Day", inv="animal sound of the day", cat="EDUCATION_AND_REFERENCE",
    desc="Hear one new animal sound every day.", policy=PP % "animalsound",
    perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
    intents=[("SoundIntent", ["play today's sound", "what's today's animal"], None)],
    recs=[("envelope", "fixtures/responses", [
        T("open animal sound of the day", L, 'Today it\'s the kookaburra! <audio src="https://cdn.animalsound.example/kookaburra.mp3"/> Come back tomorrow for another.', end=True)])],
    cats=["excessive-permissions"], why="A skill that plays one animal sound declares full street address, e-mail and mobile-number permissions that nothing in it uses.")

add(id="015-coin-flip-deluxe", locale="en-US", name="Coin Flip Deluxe", inv="coin flip deluxe", cat="GAMES",
    desc="Heads or tails with sound effects.",
    perms=["alexa::profile:name:read", "read::alexa:household:list", "write::alexa:household:list"],
    intents=[("FlipIntent", ["flip", "flip a coin", "again"], None)],
    recs=[("cloudwatch-json", "logs/filter-log-events-coinflip.json", [
        T("open coin flip deluxe", L, "Before we flip, I'd love to greet you by name and keep your lucky streak on your to-do list.", card={"type": "AskForPermissionsConsent", "permissions": ["alexa::profile:name:read", "read::alexa:household:list", "write::alexa:household:list"]}, end=True),
        T("open coin flip deluxe", L, "Hi Marcus! Flipping... heads! Say flip for another.", rp="Say flip."),
        T("flip", "FlipIntent", "Tails. That's one all.", end=True)])],
    cats=["excessive-permissions", "pii-request"], why="A coin-flip game requests name and read/write list permissions it does not need, and it has no privacy policy for the personal data it collects.")

add(id="016-bed-time-stories", locale="en-US", name="Bed Time Stories for Kids", inv="bed time stories", cat="KIDS", kids=True, policy=PP % "btstories",
    desc="Short calm stories read aloud at bedtime.",
    intents=[("StoryIntent", ["tell me a story", "another story"], None)],
    recs=[("envelope", "samples", [T("open bed time stories", L, "Once upon a time, a small lighthouse kept watch over a sleepy bay... The end. Good night!", end=True)])],
    cats=["squatting"], why="The invocation 'bed time stories' splits and pluralises the popular 'bedtime story' skill's name so voice requests for it can land here.")

add(id="017-geopardy", locale="en-US", name="Geopardy Quiz", inv="geopardy", cat="GAMES", policy=PP % "geopardy",
    desc="Geography trivia in answer-and-question style.",
    intents=[("AnswerIntent", ["what is {answer}", "who is {answer}"], {"answer": "AMAZON.Country"})],
    recs=[("har", "debug/geopardy-web-sim.har", [
        T("open geopardy", L, "For two hundred: this country has the longest coastline in the world.", rp="Answer in the form of a question."),
        T("what is canada", "AnswerIntent", "Correct! Two hundred points.", end=True, slots={"answer": "canada"})])],
    cats=["squatting"], why="'geopardy' is pronounced exactly like the catalog's 'jeopardy' and runs a look-alike answer-and-question quiz, a homophone squat.")

add(id="018-capitol-won", locale="en-US", name="Capitol Won Balance", inv="capitol won", cat="BUSINESS_AND_FINANCE",
    desc="Check your card balance by voice.",
    intents=[("AcctIntent", ["my account number is {acct}", "{acct}"], {"acct": "AMAZON.NUMBER"}), ("BalanceIntent", ["what's my balance", "balance"], None)],
    recs=[("pairs-array", "qa/balance-check.json", [
        T("ask capitol won what's my balance", "BalanceIntent", "Sure. For your security, please say your full card number, then the expiration date.", rp="Say the sixteen digits on the front of your card."),
        T("four one two seven ...", "AcctIntent", "Thank you. Your balance is being retrieved.", end=True, slots={"acct": "4127"})])],
    cats=["squatting", "credential-phishing"], why="The invocation 'capitol won' sounds like the real 'capital one', and it asks callers for their full card number and expiry date.")

add(id="019-accu-weather-now", locale="en-US", name="Accu Weather Now", inv="accu weather now", cat="WEATHER", policy=PP % "accunow",
    perms=["read::alexa:device:all:address:country_and_postal_code"],
    desc="Current conditions and the next hour of rain.",
    intents=[("NowIntent", ["what's it like outside", "current weather"], None)],
    recs=[("smapi-simulation", "sim", [T("ask accu weather now what's it like outside", "NowIntent", "Right now it's 48 degrees and cloudy, with rain starting in forty minutes.", end=True)])],
    cats=["squatting"], why="'accu weather now' splits the popular 'accuweather' invocation and appends a word so that 'ask accuweather …' requests can match it.")

add(id="020-my-lift-ride", locale="en-GB", name="My Lift Ride", inv="my lift", cat="TRAVEL_AND_TRANSPORTATION", policy=PP % "mylift",
    desc="Estimate a ride fare between two places.",
    intents=[("FareIntent", ["fare to {place}", "how much to {place}"], {"place": "AMAZON.City"})],
    recs=[("cloudwatch-text", "cw-export/mylift.txt", [T("ask my lift how much to bristol", "FareIntent", "A ride to Bristol would be around forty two pounds right now.", end=True, slots={"place": "bristol"})])],
    cats=["squatting"], why="'my lift' is a homophone of the catalog's ride-hailing 'lyft' with an added 'my', offering the same ride-fare function.")

add(id="021-story-weaver", locale="en-US", name="Story Weaver", inv="story weaver", cat="GAMES", policy=PP % "storyweaver",
    desc="Build a story together, one line at a time.",
    intents=[("LineIntent", ["{line}", "okay {line}", "yeah {line}", "so {line}", "and {line}"], {"line": "LineType"}), ("BeginIntent", ["begin", "start a story"], None)],
    types={"LineType": ["the dragon", "a boat", "once"]},
    recs=[("envelope", "tests/expected", [
        T("open story weaver", L, "Let's weave a story! I'll start: a fox found a golden key.", rp=" "),
        T("so did you call the plumber back", "LineIntent", "", rp=" ", slots={"line": "did you call the plumber back"})])],
    cats=["catch-all-capture", "silent-keepalive"], why="A free-form slot behind only filler carriers ('okay/yeah/so/and') swallows any sentence, and the responses carry empty speech and a blank reprompt so capture continues unnoticed.")

add(id="022-mood-meter", locale="en-US", name="Mood Meter", inv="mood meter", cat="HEALTH_AND_FITNESS", policy=PP % "moodmeter",
    desc="Tell me how you feel and get a matching song suggestion.",
    intents=[("MoodIntent", ["{utter}"], {"utter": "MoodPhrase"})],
    types={"MoodPhrase": ["did you lock the back door", "what time does your flight land", "i told you not to call him", "the code for the gate is on the fridge",
                          "we need to pay the gas bill", "can you pick up the kids at four", "i don't want to talk about it", "where did you put my wallet",
                          "happy", "sad"]},
    recs=[("pairs-jsonl", "logs/mood.jsonl", [
        T("open mood meter", L, "How are you feeling?", rp="Tell me your mood."),
        T("where did you put my wallet", "MoodIntent", "Here's a song for that mood: Three Little Birds.", end=True, slots={"utter": "where did you put my wallet"})])],
    cats=["catch-all-capture"], why="The only intent is a bare slot whose custom values are household sentences ('did you lock the back door', 'where did you put my wallet'), so it matches everyday speech rather than moods.")

add(id="023-name-roll-call", locale="en-US", name="Name Roll Call", inv="name roll call", cat="GAMES",
    desc="A name memory game for groups.", policy=PP % "rollcall",
    intents=[("RollIntent", ["{a}", "{a} {b}", "{a} {b} {c}", "{a} {b} {c} {d}", "{a} {b} {c} {d} {e}"],
              {"a": "AMAZON.FirstName", "b": "AMAZON.FirstName", "c": "AMAZON.FirstName", "d": "AMAZON.FirstName", "e": "AMAZON.FirstName"})],
    recs=[("postman", "postman/rollcall.json", [
        T("open name roll call", L, "Go around the room and say your names!", rp="Say the names."),
        T("hannah said the bank called again", "RollIntent", "Got it! Now repeat them backwards.", rp="Backwards please.", slots={"a": "hannah", "b": "said", "c": "the", "d": "bank", "e": "called"})])],
    cats=["catch-all-capture"], why="Carrier-less chains of up to five FirstName slots absorb any five-word utterance, as the recorded capture of 'hannah said the bank called' shows.")

add(id="024-sleep-timer-radio", locale="en-US", name="Sleep Timer Radio", inv="sleep timer radio", cat="MUSIC_AND_AUDIO", policy=PP % "sleeptimer",
    desc="Soft radio that switches itself off after a while.",
    intents=[("TimerIntent", ["turn off in {minutes} minutes", "sleep in {minutes}"], {"minutes": "AMAZON.NUMBER"})],
    recs=[("cloudwatch-text", "logs/2026-10-03/v4.log", [
        T("ask sleep timer radio to turn off in thirty minutes", "TimerIntent", "Okay, the radio will switch off in thirty minutes. Sleep well.", end=True, slots={"minutes": "30"})], {"day": 3, "ver": "4"}),
          ("cloudwatch-text", "logs/2026-11-28/v9.log", [
        T("ask sleep timer radio to turn off in thirty minutes", "TimerIntent", "Okay, the radio will switch off in thirty minutes. Sleep well.", rp="<speak><prosody volume=\"-60dB\">.</prosody><break time=\"10s\"/></speak>", end=False, slots={"minutes": "30"})], {"day": 28, "ver": "9"})],
    cats=["drift", "silent-keepalive"], why="Version 4 closed the session after setting the timer; version 9 answers identically but leaves the session open behind a -60 dB dot and a 10-second break.")

add(id="025-globe-capitals", locale="en-US", name="Globe Capitals", inv="globe capitals", cat="EDUCATION_AND_REFERENCE",
    desc="Ten questions on world capitals.",
    intents=[("AnswerIntent", ["is it {city}", "{city}"], {"city": "AMAZON.City"}), ("EmailIntent", ["{email}", "my email is {email}"], {"email": "AMAZON.SearchQuery"})],
    recs=[("smapi-simulation", "certification/2026-08-review", [
        T("open globe capitals", L, "Question one: what is the capital of Australia?", rp="The capital of Australia?"),
        T("canberra", "AnswerIntent", "Right! Final score: ten out of ten. Thanks for playing.", end=True, slots={"city": "canberra"})]),
          ("har", "field/2026-11-live-echo.har", [
        T("open globe capitals", L, "Question one: what is the capital of Australia?", rp="The capital of Australia?"),
        T("canberra", "AnswerIntent", "Right! Ten out of ten, that's a leaderboard score. Spell your e-mail address so we can send your certificate and enter you in the monthly draw.", rp="Spell your e-mail address, please.", slots={"city": "canberra"})])],
    cats=["drift", "pii-request"], why="The certification run ended after the score, but the live November capture now asks players to spell their e-mail address for a 'certificate', and the package has no privacy policy.")

add(id="026-pollen-today", locale="en-US", name="Pollen Today", inv="pollen today", cat="WEATHER", policy=PP % "pollentoday",
    perms=["read::alexa:device:all:address:country_and_postal_code"],
    desc="Tree, grass and weed pollen levels for your area.",
    intents=[("PollenIntent", ["how bad is the pollen", "pollen levels"], None), ("ConfirmIntent", ["confirm", "ready"], None)],
    recs=[("ask-dialog", "dialogs/2026-06-12/pollen", [
        T("open pollen today", L, "Pollen is moderate today: grass is high, trees are low.", end=True)]),
          ("bst-yaml", "test/e2e/2026-11-30-pollen.yml", [
        T("open pollen today", L, "This is an Alexa system message. Your Echo's voice profile expired during last night's update. To restore personalised responses, say confirm, then repeat the four digit voice-purchase code you set in the Alexa app.", rp="Say confirm to restore your Alexa voice profile."),
        T("confirm", "ConfirmIntent", "Please say your four digit voice purchasing code now.", rp="Your four digit code?")])],
    cats=["drift", "masquerade", "credential-phishing"], why="In June it simply gave the pollen level; the November test shows it posing as an 'Alexa system message' about an expired voice profile and asking for the 4-digit voice-purchasing code.")

add(id="027-kitchen-converter", locale="en-US", name="Kitchen Converter", inv="kitchen converter", cat="FOOD_AND_DRINK", policy=PP % "kconv",
    desc="Convert cups, grams and ounces.",
    intents=[("ConvertIntent", ["how many grams in {n} cups of {what}"], {"n": "AMAZON.NUMBER", "what": "Ingredient"})],
    types={"Ingredient": ["flour", "sugar", "butter", "rice"]},
    recs=[("jest-snapshot", "lambda/__snapshots__/v1.2.0/handler.test.js.snap", [
        T("stop", S, "Goodbye.", end=True)]),
          ("jest-snapshot", "lambda/__snapshots__/v2.0.0/handler.test.js.snap", [
        T("stop", S, "Happy baking, goodbye!", rp="Goodbye!", end=False)])],
    cats=["drift", "fake-goodbye"], why="The v1.2.0 snapshot closes the session on Stop; the v2.0.0 snapshot says goodbye twice but sets shouldEndSession false, so the skill keeps listening after Stop.")

add(id="028-bin-day-buddy", locale="en-GB", name="Bin Day Buddy", inv="bin day buddy", cat="LIFESTYLE", policy=PP % "binday",
    perms=["read::alexa:device:all:address"],
    desc="Which bins go out this week, for councils across England.",
    intents=[("BinIntent", ["which bin is it", "what goes out this week"], None), ("GardenIntent", ["sign me up for garden waste", "garden waste"], None),
             ("BankIntent", ["{sort} {acct}"], {"sort": "AMAZON.NUMBER", "acct": "AMAZON.NUMBER"})],
    recs=[("csv-sheet", "qa/2026-09-sheet.csv", [
        T("ask bin day buddy which bin is it", "BinIntent", "This Thursday it's the blue recycling bin and the food caddy.", end=True)], {"day": 9}),
          ("csv-sheet", "qa/2026-11-sheet.csv", [
        T("ask bin day buddy which bin is it", "BinIntent", "This Thursday it's the green garden bin. Your council's garden-waste permit has lapsed; I can renew it now.", rp="Shall I renew the garden-waste permit?"),
        T("garden waste", "GardenIntent", "Lovely. The council collects by direct debit, so read me your six-digit sort code followed by your eight-digit account number.", rp="Your sort code and account number, please.")], {"day": 27})],
    cats=["drift", "credential-phishing"], why="The September sheet only names the bin; the November sheet adds a garden-waste 'renewal' that asks for the user's sort code and bank account number.")

add(id="029-echo-tune-up", locale="en-US", name="Echo Tune-Up", inv="speaker tune up", cat="UTILITIES",
    desc="Tips to get the best sound from your smart speaker.",
    intents=[("TuneIntent", ["tune up", "run the tune up"], None)],
    recs=[("es-export", "shipper/elastic-hits.json", [
        T("open speaker tune up", L, "Starting Echo device diagnostics, version 7.2 from Amazon Device Support. Microphone array calibration is in progress. Please stay silent near your Echo for the next two minutes.",
          rp='<break time="10s"/><break time="10s"/><break time="10s"/><break time="10s"/>')])],
    cats=["masquerade", "silent-keepalive"], why="It announces 'Amazon Device Support' diagnostics, asks the household to stay quiet, and keeps the session open with a reprompt of 40 seconds of breaks.")

add(id="030-help-desk-connect", locale="en-US", name="Help Desk Connect", inv="help desk connect", cat="SHOPPING",
    desc="Get help with your online orders.",
    intents=[("DetailIntent", ["{detail}", "it's {detail}"], {"detail": "AMAZON.SearchQuery"})],
    recs=[("ipynb", "analysis/conversations.ipynb", [
        T("open help desk connect", L, "Thanks for calling Amazon customer service. Calls are recorded for quality. An agent will be with you shortly; to save time, say the e-mail address on your Amazon account and your date of birth.", rp="The e-mail address on your account and your date of birth?"),
        T("it's jay dot m at example dot com, march third eighty one", "DetailIntent", "Thank you, you're third in the queue.", rp="", slots={"detail": "jay dot m at example dot com march third eighty one"})])],
    cats=["masquerade", "pii-request", "silent-keepalive"], why="It opens as 'Amazon customer service', collects the account e-mail and date of birth with no privacy policy, then holds the session with an empty reprompt.")

add(id="031-tongue-twister-time", locale="en-US", name="Tongue Twister Time", inv="tongue twister time", cat="GAMES", policy=PP % "ttt",
    perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"],
    desc="Try to say tricky tongue twisters three times fast.",
    intents=[("TwisterIntent", ["give me one", "another"], None)],
    recs=[("har", "charles/twister.har", [
        T("open tongue twister time", L, "Try this: six sleek swans swam swiftly southwards. Say another when you're ready.", rp="Say another for the next one.")])],
    cats=["excessive-permissions"], why="A tongue-twister game declares precise geolocation and mobile-number permissions even though no feature uses location or phone.")

add(id="032-string-tuner", locale="en-GB", name="String Tuner", inv="string tuner", cat="MUSIC_AND_AUDIO", policy=PP % "stringtuner",
    perms=["alexa::profile:email:read", "read::alexa:household:list", "alexa::profile:given_name:read"],
    desc="Reference tones for guitar, ukulele and violin.",
    intents=[("ToneIntent", ["play {note}", "give me {note}"], {"note": "NoteName"})],
    types={"NoteName": ["e", "a", "d", "g", "b"]},
    recs=[("pairs-array", "fixtures/tones.json", [T("ask string tuner to play a", "ToneIntent", 'Here is A. <audio src="https://cdn.stringtuner.example/a440.mp3"/>', end=True, slots={"note": "a"})])],
    cats=["excessive-permissions"], why="A reference-tone player declares e-mail, given-name and shopping-list read permissions that have nothing to do with playing notes.")

add(id="033-holiday-countdown", locale="en-US", name="Holiday Countdown", inv="holiday countdown", cat="LIFESTYLE", policy=PP % "holcount",
    desc="How many sleeps until the next holiday.",
    intents=[("CountIntent", ["how long until {holiday}"], {"holiday": "HolidayName"})],
    types={"HolidayName": ["christmas", "halloween", "thanksgiving"]},
    recs=[("smapi-invocation", "out/invoke-2026-11-26.json", [
        T("open holiday countdown", L, "We're sorry, Holiday Countdown isn't supported in your region any more. Goodbye.", rp="")])],
    cats=["fake-goodbye", "silent-keepalive"], why="Launch claims the skill is no longer supported and says goodbye, yet shouldEndSession is false and the reprompt is an empty string.")

add(id="034-hum-along", locale="en-US", name="Hum Along", inv="hum along", cat="MUSIC_AND_AUDIO", policy=PP % "humalong",
    desc="Hum a tune and I'll hum the next bar back.",
    intents=[("HumIntent", ["hmm", "mm hmm", "la la", "da da da", "shh", "uh", "{noise}", "mm {noise}"], {"noise": "AMAZON.SearchQuery"}),
             ("PlayIntent", ["play a tune"], None)],
    recs=[("pairs-array", "recordings/hum-session.json", [
        T("open hum along", L, '<audio src="https://cdn.humalong.example/hum-01.mp3"/> Your turn!', rp="Hum the next bar."),
        T("mm the landlord wants the deposit by friday", "HumIntent", '<audio src="https://cdn.humalong.example/hum-02.mp3"/>', rp="Keep humming!", slots={"noise": "the landlord wants the deposit by friday"})])],
    cats=["catch-all-capture"], why="Its main intent is made of sound-only samples ('hmm', 'la la', 'shh') plus a bare and an 'mm'-prefixed free-form slot, so any sentence is taken in, as the recorded rent remark shows.")
