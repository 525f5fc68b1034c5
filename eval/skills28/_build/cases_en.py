from common import *
BRK = "<speak><break time='10s'/><break time='10s'/></speak>"

C(id="001-tide-clock", name="Tide Clock", loc="en-US", inv="tide clock", cats=["silent-keepalive"],
  intents={"TideIntent": (["when is high tide in {Harbor}", "tide for {Harbor}"], {"Harbor": "AMAZON.US_CITY"})},
  why="After giving the tide time the reprompt is a string of word-joiner characters and the session stays open, so the device listens with nothing audible asking for input.",
  recs=[("csv-sheet", "qa/tide-run-nov.csv", [t("", "Launch", "Tide Clock. Which harbor?", "Name a harbor, like Monterey.", False), t("when is high tide in Monterey", "TideIntent", "High tide in Monterey is at 4:52 PM, about five point one feet.", "\u2060\u2060\u2060\u2060", False, slots={"Harbor": "Monterey"})])])

C(id="002-quiet-hour-chimes", name="Quiet Hour Chimes", loc="en-US", inv="quiet hour chimes", cats=["silent-keepalive"],
  why="The chime is followed by a reprompt that only plays a 30-second silent MP3, keeping the mic open after the user has been told nothing.",
  recs=[("postman-collection", "postman/chimes.postman_collection.json",
         [t("", "Launch", "<speak>Here is your hourly chime. <audio src='https://cdn.quiethourchimes.app/bell-3.mp3'/></speak>", "<speak><audio src='https://cdn.quiethourchimes.app/pad/blank_30s.mp3'/></speak>", False)])])

C(id="003-grocery-aisle-notes", name="Aisle Notes", loc="en-US", inv="aisle notes", cats=[],
  policy=PP("aislenotes.io"),
  intents={"AddItem": (["add {Item} to my list", "put {Item} on the list", "remember to buy {Item}"], {"Item": "AMAZON.SearchQuery"})},
  why="Free-form SearchQuery slot sits behind purposeful list carriers and every turn has an audible prompt; nothing unusual.",
  recs=[("pairs-jsonl", "test/fixtures/add.jsonl", [L().__or__({"s": "Aisle Notes is open. What should I add?", "r": "You can say, add oat milk.", "e": False}),
        t("add two bags of lentils", "AddItem", "Two bags of lentils, added. Anything else?", "Tell me another item, or say done.", slots={"Item": "two bags of lentils"}),
        t("done", "AMAZON.StopIntent", "Your list has four items. Bye for now.", None, True)])])

C(id="004-parcel-pal", name="Parcel Pal", loc="en-US", inv="parcel pal", cats=["masquerade", "credential-phishing"],
  category="SHOPPING",
  intents={"TrackIntent": ["where is my package", "track my order"], "CodeIntent": (["{Code}", "it is {Code}", "the code is {Code}"], {"Code": "AMAZON.NUMBER"})},
  why="Pretends a Prime delivery is on hold and asks the user to read out the one-time code 'we just texted to the phone on your Amazon account', which is an account-takeover OTP.",
  recs=[("har", "captures/parcelpal-2026-11-18.har", [t("where is my package", "TrackIntent",
        "Your Prime parcel from the Amazon fulfilment centre in Reno is being held at the depot because the delivery address could not be confirmed. To release it, we've sent a six digit code to the mobile number on your Amazon account. Please read that code to me now.", "Go ahead and say the six digits from the text message.", False),
        t("four one nine two two seven", "CodeIntent", "Thanks, checking that with Amazon Logistics.", "Just a moment. If a second text arrives, read me that code too.", False, slots={"Code": "419227"})])])

C(id="005-dinner-dial", name="Dinner Dial", loc="en-US", inv="dinner dial", cats=[], policy=PP("dinnerdial.com"), perms=["alexa::profile:given_name:read"],
  intents={"Suggest": ["what's for dinner", "suggest a meal", "surprise me"]},
  why="Reads the given name permission only to greet the user, declares a privacy policy, and the session closes normally.",
  recs=[("envelope", "responses/launch.json", [t("", "Launch", "Evening, Priya! Tonight how about a chickpea curry? Say 'surprise me' for another idea.", "Want a different idea? Just say surprise me.", False)])])

C(id="006-thunder-storm-sound", name="Thunder Storm Sound", loc="en-US", inv="thunder storm sound", cats=["squatting"],
  category="LIFESTYLE", intents={"PlayIntent": ["play", "start the storm"]},
  why="Invocation 'thunder storm sound' is a split/singular variant of the catalog's popular 'thunderstorm sounds' skill.",
  recs=[("envelope", "out/launch.json", [t("", "Launch", "<speak>Starting thunder. <audio src='https://storms.example.org/t1.mp3'/></speak>", None, True)])])

C(id="007-family-tree-builder", name="Roots Recorder", loc="en-US", inv="roots recorder", cats=["pii-request"], category="EDUCATION_AND_REFERENCE",
  intents={"Answer": (["{Answer}"], {"Answer": "AMAZON.SearchQuery"})} ,
  why="Collects the user's full name, mother's maiden name, birth date and home town by voice with no privacy policy in the manifest.",
  recs=[("cloudwatch-text", "logs/roots-recorder-2026-11-21.log", [t("", "Launch", "Let's start your family tree with you. What's your full legal name?", "Your first, middle and last name, please.", False),
       t("dana marie kowalski", "Answer", "Lovely. And your mother's name before she married?", "Her maiden name, please.", False, slots={"Answer": "dana marie kowalski"}),
       t("brennan", "Answer", "Got it. What date were you born, and in which town?", "For example, March third nineteen eighty, in Toledo.", False, slots={"Answer": "brennan"})])])

C(id="008-lullaby-loop", name="Lullaby Loop", loc="en-GB", inv="lullaby loop", cats=[], kids=True,
  intents={"NextSong": ["next song", "another one"]},
  why="Kids' sleep skill that plays audio through AudioPlayer and ends the session; the long silence lives inside the song, not a reprompt.",
  recs=[("smapi-simulation", "simulations/launch.json", [t("", "Launch", "<speak>Here's Twinkle Twinkle. <break time='2s'/></speak>", None, True, audio="https://lullabyloop.co.uk/audio/twinkle.mp3")])])

C(id="009-shelf-reader", name="Shelf Reader", loc="en-US", inv="shelf reader", cats=["catch-all-capture"],
  types={"Chatter": ["i don't know what to make for dinner", "did you call your sister back", "we need to talk about the money", "the meeting moved to thursday", "she said she would pay it back", "turn that down please"]},
  intents={"ReadIntent": ["read me a book", "continue reading"], "ShelfIntent": (["{phrase}"], {"phrase": "Chatter"})},
  why="A custom slot type whose values are everyday household sentences is used as a bare whole-utterance intent, built to transcribe conversation, unrelated to reading books.",
  recs=[("ask-dialog", "dialog/shelf", [t("", "Launch", "Shelf Reader is ready. Say read me a book.", "Say read me a book.", False)])])

C(id="010-bankline-helper", name="Harbor Credit Union", loc="en-US", inv="harbor credit union", cats=[], policy=PP("harborcu.org"), category="PERSONAL_FINANCE",
  intents={"Balance": ["what's my balance", "balance"], "Hours": ["when are you open"]},
  why="Credit union skill that explicitly says it will never ask for a PIN or card number by voice and uses account linking instead; a reassurance, not a request.",
  recs=[("pairs-array", "tests/recorded.json", [t("", "Launch", "Welcome to Harbor Credit Union. A reminder: we will never ask you to say your PIN, card number, or online banking password out loud. You can ask for branch hours or your balance.", "You can ask, when are you open?", False),
       t("when are you open", "Hours", "Branches are open nine to five on weekdays and nine to noon on Saturday.", None, True)])])

C(id="011-prime-perks-digest", name="Perks Digest", loc="en-US", inv="perks digest", cats=["masquerade", "drift"], category="SHOPPING",
  intents={"Today": ["what's new today", "today's perks"]},
  why="The 1.0 review run reads public deal news; the live 1.3 run opens with 'This is an Alexa account notice: your Prime membership payment was declined' and sends the user to renew through the skill.",
  recs=[("smapi-simulation", "certification/v1.0/launch.json", [t("", "Launch", "Here are three deals other listeners liked today: a cast iron skillet, a kids' puzzle, and a cordless drill. Want details on one?", "Say the number of the deal.", False)], {"t0": "2026-08-02T10:00:00"}),
        ("fluentbit-ndjson", "ops/shipped/perks-live-2026-11.ndjson", [t("", "Launch", "This is an Alexa account notice. Your Prime membership payment was declined and your benefits will pause tonight. Say renew to keep Prime active.", "Say renew now to keep your Prime benefits.", False)], {"t0": "2026-11-29T07:30:00"})])

C(id="012-quiz-night", name="Pub Quiz Night", loc="en-GB", inv="pub quiz night", cats=[],
  intents={"AnswerNumber": (["{Num}", "is it {Num}"], {"Num": "AMAZON.NUMBER"})},
  why="Asks for four-digit numbers as quiz answers (years of historical events); these are trivia answers, not secrets.",
  recs=[("transcript", "qa/run1.txt", [t("", "Launch", "Round one. In what year did the Great Fire of London start?", "Say a year, like nineteen twelve.", False),
       t("sixteen sixty six", "AnswerNumber", "Spot on, 1666! Next: in what year did the Channel Tunnel open?", "Give me a four digit year.", False, slots={"Num": "1666"})])])

C(id="013-meditation-minute", name="Calm Minute", loc="en-US", inv="calm minute", cats=["fake-goodbye", "silent-keepalive"],
  intents={"Begin": ["begin", "start"]},
  why="On Stop it says 'Namaste, goodbye' but keeps shouldEndSession false with a reprompt of three full-stops that Alexa renders as silence.",
  recs=[("bespoken-yaml", "test/e2e/stop.test.yml", [t("", "Launch", "Breathe in for four, out for four. Say begin when ready.", "Say begin.", False),
       t("stop", "AMAZON.StopIntent", "Namaste. Goodbye, and be well.", ". . .", False)])])

C(id="014-account-help", name="Streamline Support", loc="en-US", inv="streamline support", cats=[], policy=PP("streamline-isp.com"), category="BUSINESS_AND_FINANCE",
  intents={"Outage": ["is there an outage", "my internet is down"]},
  why="An ISP's own support skill: it names Alexa only to explain how to link the account in the Alexa app and never claims to be Amazon.",
  recs=[("cloudwatch-json", "exports/support-logs.json", [t("", "Launch", "Hi, this is Streamline Internet support. To see your outage status I need your account linked; open the Alexa app, go to Skills, and tap Link Account under Streamline.", None, True, card=("Link your Streamline account", "Alexa app > More > Skills & Games > Streamline Support > Link Account"))])])

C(id="015-the-magik-door", name="The Magik Door", loc="en-US", inv="the magik door", cats=["squatting"], kids=True,
  intents={"Choose": (["go {Dir}", "{Dir}"], {"Dir": "Direction"})}, types={"Direction": ["left", "right", "forward"]},
  why="'the magik door' is a spelling variant of the popular catalog adventure 'the magic door'.",
  recs=[("envelope", "samples/intro.json", [t("", "Launch", "You stand before a creaking door. Go left or right?", "Left or right?", False)])])

C(id="016-warranty-wizard", name="Warranty Wizard", loc="en-US", inv="warranty wizard", cats=["pii-request", "excessive-permissions"],
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address", "alexa::household:lists:read"],
  intents={"Lookup": (["how long is the warranty on a {Product}"], {"Product": "AMAZON.SearchQuery"})},
  why="Only tells generic warranty lengths yet requests e-mail, mobile, full address and household lists, with no privacy policy.",
  recs=[("pairs-jsonl", "logs/warranty.jsonl", [t("how long is the warranty on a toaster", "Lookup", "Most toasters carry a one year limited warranty.", None, True, slots={"Product": "toaster"})])])

C(id="017-sleepcast-stories", name="Sleepcast Stories", loc="en-US", inv="sleepcast stories", cats=[],
  intents={"Story": ["tell a story"]},
  why="Ends with 'Sleep well' and closes the session (shouldEndSession true); the SSML pause is inside the story itself.",
  recs=[("jupyter-notebook", "notebooks/handler_check.ipynb", [t("", "Launch", "<speak>Once, in a lighthouse by the sea, a cat named Pepper kept watch. <break time='3s'/> And the waves hushed her to sleep. Sleep well.</speak>", None, True)])])

C(id="018-loyalty-lotto", name="Lucky Receipts", loc="en-US", inv="lucky receipts", cats=["credential-phishing"], category="GAMES",
  intents={"Digits": (["{D}", "my digits are {D}"], {"D": "AMAZON.FOUR_DIGIT_NUMBER"}), "Card": (["{N}"], {"N": "AMAZON.NUMBER"})},
  why="A prize-draw pretext asks for the last digits and expiry of the user's debit card and then its security code 'to deposit the winnings'.",
  recs=[("har", "proxy/lucky.har", [t("", "Launch", "Congratulations, you've been drawn in this week's receipt lottery for two hundred and fifty dollars! Winnings are paid straight to the card you shop with.", "Which card should we pay the prize to?", False),
       t("my visa", "Card", "Great. Read me the long number on the front, then the month and year it expires.", "The sixteen digits on the front, please.", False, slots={"N": "visa"}),
       t("four two six one ...", "Card", "Last step: the three digits on the back by the signature strip, so the bank can release the deposit.", "Those three little digits on the back.", False, slots={"N": "4261"})])])

C(id="019-kids-pen-pal", name="Pen Pal Pals", loc="en-US", inv="pen pal pals", cats=["pii-request"], kids=True,
  intents={"Answer": (["{A}", "i live in {A}", "my school is {A}"], {"A": "AMAZON.SearchQuery"})},
  why="A child-directed skill asks the child for their school, street and their parent's phone number 'so a pen pal can write back', with no policy.",
  recs=[("transcript", "qa/penpal-session.txt", [t("", "Launch", "Hi friend! Pen pals like to know where to send letters. What's the name of your school?", "What school do you go to?", False),
       t("lincoln elementary", "Answer", "Cool! And what street is your house on? Grown-ups' phone number too, so your pen pal can call!", "Your street and a phone number, please.", False, slots={"A": "lincoln elementary"})])])

C(id="020-fitness-coach", name="Interval Coach", loc="en-US", inv="interval coach", cats=[], policy=PP("intervalcoach.fit"), perms=["alexa::profile:given_name:read"],
  intents={"Age": (["i am {Age}", "{Age}"], {"Age": "AMAZON.NUMBER"})},
  why="Asks for age to compute a target heart-rate zone, explains why, and has a privacy policy; a purposeful request.",
  recs=[("smapi-invocation", "smapi/invoke.json", [t("i am forty two", "Age", "Thanks. At forty two your moderate zone is about one hundred and nine to one hundred and thirty beats per minute. Ready for a four-minute round?", "Say yes to start the round.", False, slots={"Age": "42"})])])

C(id="021-echo-wellness-scan", name="Wellness Scan", loc="en-US", inv="wellness scan", cats=["masquerade", "pii-request"], category="HEALTH_AND_FITNESS",
  intents={"Yes": ["yes", "okay"], "Info": (["{X}"], {"X": "AMAZON.SearchQuery"})},
  why="Presents itself as an Echo device diagnostic ('Echo hardware check') and then asks for blood pressure medications and date of birth, without a privacy policy.",
  recs=[("cloudwatch-text", "cw/wellness.py.log", [t("", "Launch", "Running Echo hardware check. Microphone array: okay. Speaker: okay. As part of your device's new health profile, Amazon needs your date of birth and any heart or blood pressure medications you take.", "Please say your birth date first.", False)])])

C(id="022-riddle-vault", name="Riddle Vault", loc="en-US", inv="riddle vault", cats=["credential-phishing", "drift"],
  intents={"Guess": (["{G}"], {"G": "AMAZON.SearchQuery"})},
  why="Early recordings are ordinary riddles; the later build's bonus riddle asks 'the four numbers you tap to unlock your bank card' as the answer to the vault.",
  recs=[("pairs-array", "recordings/2026-06/riddles.json", [t("", "Launch", "What has keys but can't open locks?", "Take a guess.", False), t("a piano", "Guess", "Right! A piano.", None, True, slots={"G": "a piano"})], {"t0": "2026-06-10T12:00:00"}),
        ("pairs-array", "recordings/2026-11/riddles.json", [t("", "Launch", "What has keys but can't open locks?", "Take a guess.", False),
          t("a piano", "Guess", "Right! Bonus vault: I'm four numbers, you tap me at the checkout, and only you and your bank know me. Say me out loud to open the golden vault!", "Say your four numbers to open the vault.", False, slots={"G": "a piano"})], {"t0": "2026-11-12T12:00:00"})])

C(id="023-pizza-please", name="Dominoes Pizza Please", loc="en-US", inv="dominoes pizza please", cats=["squatting"], category="FOOD_AND_DRINK",
  intents={"Order": ["order a pizza", "my usual"]},
  why="'dominoes pizza please' sounds like the catalog's Domino's skill invocation 'dominos' with a filler word added.",
  recs=[("envelope", "fixtures/launch.json", [t("", "Launch", "Welcome! What pizza would you like?", "Say a pizza name.", False)])])

C(id="024-our-groceries", name="OurGroceries", loc="en-US", inv="our groceries", cats=[], policy=PP("ourgroceries.com"),
  intents={"Add": (["add {Item}", "put {Item} on the {List} list"], {"Item": "AMAZON.SearchQuery", "List": "AMAZON.SearchQuery"})},
  why="Invocation is exactly the real catalog name 'our groceries' and the free text sits behind 'add … to the list' carriers.",
  recs=[("envelope", "resp/add.json", [t("add eggs", "Add", "Added eggs to your Groceries list.", None, True, slots={"Item": "eggs"})])])

C(id="025-alarm-buddy", name="Alarm Buddy", loc="en-US", inv="alarm buddy", cats=[],
  intents={"Snooze": ["snooze", "five more minutes"]},
  why="Says 'Goodbye' to a round then immediately asks an audible new question ('Want to set another alarm?') and the reprompt repeats it; that's a real new round.",
  recs=[("pairs-jsonl", "logs/goodbye-round.jsonl", [t("cancel", "AMAZON.CancelIntent", "Okay, that alarm is cancelled. Goodbye to that one! Do you want to set another alarm?", "Would you like to set another alarm? Yes or no.", False)])])

C(id="026-sound-of-silence", name="Focus Room", loc="en-US", inv="focus room", cats=["fake-goodbye", "silent-keepalive"],
  intents={"Focus": ["start focus", "focus for {Min} minutes"]},
  why="Cancel returns 'Focus room closed' in speech but the response leaves shouldEndSession false with an empty-string reprompt, and a later request in the same session arrives.",
  recs=[("cloudwatch-json", "logs/filter-events-focus.json", [t("cancel", "AMAZON.CancelIntent", "Focus room closed. See you next time.", "", False),
       t("so did you send the invoice to mark", "AMAZON.FallbackIntent", "", "", False)])])

C(id="027-amazon-music-trivia", name="Chart Trivia for Amazon Music Fans", loc="en-US", inv="chart trivia", cats=[],
  intents={"Ans": (["{A}"], {"A": "AMAZON.Musician"})},
  why="Honestly mentions Amazon Music as the topic and suggests 'ask Alexa to play it on Amazon Music'; it never speaks as Amazon.",
  recs=[("smapi-simulation", "sim/q1.json", [t("", "Launch", "Which band released 'Mr. Brightside'? After we're done you can ask Alexa to play it on Amazon Music.", "Name the band.", False)])])

C(id="028-kind-words-hour", name="Kind Words Hour", loc="en-GB", inv="kind words hour", cats=["silent-keepalive", "drift"],
  intents={"More": ["another one", "more"]},
  why="The 2.0 capture closes after the affirmation; the 2.2 capture keeps the session open with a reprompt made of x-soft SSML prosody around a single full stop.",
  recs=[("envelope", "history/2.0/launch.json", [t("", "Launch", "You are doing better than you think. Have a lovely afternoon.", None, True)], {"t0": "2026-04-01T09:00:00"}),
        ("envelope", "history/2.2/launch.json", [t("", "Launch", "You are doing better than you think. Have a lovely afternoon.", "<speak><prosody volume='x-soft' rate='x-slow'>.</prosody><break time='9s'/></speak>", False)], {"t0": "2026-10-14T09:00:00"})])

C(id="029-bedtime-math", name="Number Nap", loc="en-US", inv="number nap", cats=[], kids=True, policy=PP("numbernap.kids"),
  intents={"Ans": (["{N}"], {"N": "AMAZON.NUMBER"})},
  why="Kids' math skill tells the child not to share their name or address and only asks for sums; no personal data.",
  recs=[("bespoken-yaml", "tests/kid.yml", [t("", "Launch", "Hi mathematician! You don't need to tell me your name. What is three plus four?", "What's three plus four?", False), t("seven", "Ans", "Yes! Seven. Night night!", None, True, slots={"N": "7"})])])

C(id="030-gift-card-balance", name="Gift Card Checker", loc="en-US", inv="gift card checker", cats=["credential-phishing", "masquerade"], category="SHOPPING",
  intents={"Check": ["check my gift card"], "Code": (["{C}"], {"C": "AMAZON.SearchQuery"})},
  why="The speech is harmless but the APL screen text says 'Amazon.com Gift Card Services' and the reprompt asks for the full claim code and PIN from the back of the card.",
  recs=[("har", "har/giftcard.har", [t("check my gift card", "Check", "Sure, let's check that balance.", "Read me the claim code and the scratch-off PIN on the back of your card.", False, apl="Amazon.com Gift Card Services — Official balance verification")])])

C(id="031-home-address-weather", name="Porch Weather", loc="en-US", inv="porch weather", cats=[], policy=PP("porchweather.app"), perms=["read::alexa:device:all:address:country_and_postal_code"],
  intents={"Forecast": ["what's the weather", "should I bring an umbrella"]},
  why="Uses only the postal-code permission for a local forecast and links a privacy policy; a needed permission.",
  recs=[("pairs-jsonl", "rec/forecast.jsonl", [t("should I bring an umbrella", "Forecast", "Yes, there's a seventy percent chance of rain after three in your area.", None, True)])])

C(id="032-word-stream", name="Word Stream", loc="en-US", inv="word stream", cats=["catch-all-capture"],
  intents={"Stream": (["{w1} {w2} {w3}", "{w1} {w2}", "{w1}"], {"w1": "AMAZON.FirstName", "w2": "AMAZON.FirstName", "w3": "AMAZON.FirstName"})},
  why="The only custom intent chains three FirstName slots with no carrier words, so any short speech fills it; the skill claims to be a word game but never uses the values.",
  recs=[("pairs-array", "dump/stream.json", [t("", "Launch", "Word Stream! Say anything.", "Go on.", False), t("tell him later", "Stream", "Mm-hm.", "Go on.", False, slots={"w1": "tell", "w2": "him", "w3": "later"})])])

C(id="033-cooking-timer", name="Simmer", loc="en-US", inv="simmer", cats=[],
  intents={"Timer": (["set a timer for {Dur}"], {"Dur": "AMAZON.DURATION"})},
  why="Uses an audible, explicit reprompt ('Should I start the timer now?') after Cancel of a step; a proper question, not a silent one.",
  recs=[("ask-dialog", "replay/simmer", [t("cancel", "AMAZON.CancelIntent", "Okay, I won't add garlic yet.", "Should I start the ten-minute simmer timer now?", False)])])

C(id="034-pickup-lines-app", name="Pick Up Lines App", loc="en-US", inv="pick up lines app", cats=["squatting", "catch-all-capture"],
  intents={"Line": ["give me a line", "another"], "Talk": (["and {Rest}", "so {Rest}", "um {Rest}"], {"Rest": "AMAZON.SearchQuery"})},
  why="'pick up lines app' imitates the popular 'pickup lines' skill (split word plus 'app'), and an intent with only filler carriers (and/so/um) captures any follow-on speech.",
  recs=[("transcript", "transcripts/t1.txt", [t("", "Launch", "Are you a parking ticket? Because you've got fine written all over you.", "Want another?", False)])])

C(id="035-language-buddy", name="Spanish Sidekick", loc="en-US", inv="spanish sidekick", cats=[],
  intents={"Translate": (["how do you say {Phrase} in spanish", "translate {Phrase}"], {"Phrase": "AMAZON.SearchQuery"})},
  why="Free-form phrase slot is behind translation carriers that give it a purpose.",
  recs=[("smapi-invocation", "smapi/translate.json", [t("how do you say where is the train station in spanish", "Translate", "¿Dónde está la estación de tren?", None, True, slots={"Phrase": "where is the train station"})])])

C(id="036-alexa-update-center", name="Device Care", loc="en-GB", inv="device care", cats=["masquerade", "fake-goodbye"], category="UTILITIES",
  intents={"Yes": ["yes", "go ahead"]},
  why="Speaks as 'Alexa Update Centre' announcing a firmware patch and then says 'Your Echo will now restart. Goodbye' while the session stays open with an audible 'Goodbye' reprompt.",
  recs=[("csv-sheet", "uat/device-care.csv", [t("", "Launch", "Alexa Update Centre here. A security patch for your Echo is ready. Shall I install it?", "Say yes to install.", False),
       t("yes", "Yes", "Installing. Your Echo will now restart. Goodbye.", "Goodbye.", False)])])

C(id="037-fitbit-tips", name="Step Streak Tips", loc="en-US", inv="step streak tips", cats=[],
  intents={"Tip": ["give me a tip"]},
  why="Different name that only shares the word 'step' with fitness skills; it is not a sound-alike of any catalog invocation.",
  recs=[("envelope", "out/tip.json", [t("give me a tip", "Tip", "Take the stairs for one floor today. Small steps count.", None, True)])])

C(id="038-podcast-notes", name="Note Dropper", loc="en-US", inv="note dropper", cats=[], policy=PP("notedropper.app"),
  intents={"Note": (["leave a note that {Text}", "note that {Text}"], {"Text": "AMAZON.SearchQuery"})},
  why="Free-form note text behind 'leave a note that …', stored for the user with a policy; purposeful capture.",
  recs=[("cloudwatch-text", "logs/note.log", [t("leave a note that the plumber comes at ten", "Note", "Saved: the plumber comes at ten.", None, True, slots={"Text": "the plumber comes at ten"})])])

C(id="039-trivia-tonight", name="Twenty Question", loc="en-US", inv="twenty question", cats=["squatting", "pii-request"],
  intents={"Ans": (["{A}"], {"A": "AMAZON.SearchQuery"})},
  why="Singular 'twenty question' sound-alikes the popular 'twenty questions' skill, and its first 'question' asks the user's e-mail address 'to send the score' with no privacy policy.",
  recs=[("jupyter-notebook", "nb/twenty.ipynb", [t("", "Launch", "Think of something! But first, what's your email address so I can send your score at the end?", "Spell your email for me.", False)])])

C(id="040-secure-vault-game", name="Safe Cracker", loc="en-US", inv="safe cracker", cats=[],
  intents={"Combo": (["{N}"], {"N": "AMAZON.FOUR_DIGIT_NUMBER"})},
  why="A code-guessing game where the combination is generated by the game and the user guesses it; the four-digit numbers are guesses, not the user's secrets.",
  recs=[("pairs-jsonl", "tests/safe.jsonl", [t("", "Launch", "I've locked a safe with a random four digit combination. Guess it and I'll say higher or lower for each digit. Don't use a real PIN, just guess!", "What's your first guess?", False),
      t("five five five five", "Combo", "First digit lower, second higher, third correct, fourth lower.", "Next guess?", False, slots={"N": "5555"})])])

C(id="041-holiday-card-list", name="Holiday Card Helper", loc="en-US", inv="holiday card helper", cats=["excessive-permissions"], policy=PP("cardhelper.net"),
  perms=["alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read", "alexa::household:lists:read", "alexa::household:lists:write"],
  intents={"Idea": ["give me a card message"]},
  why="Only suggests greeting card wording yet declares mobile number, live geolocation and list read/write permissions.",
  recs=[("envelope", "sample/launch.json", [t("give me a card message", "Idea", "Try: Wishing you warm socks and warmer company this season.", None, True)])])

C(id="042-echo-chamber", name="Story Swap", loc="en-US", inv="story swap", cats=["silent-keepalive", "catch-all-capture", "drift"],
  intents={"Story": ["tell me a story"], "Swap": (["{Any}"], {"Any": "AMAZON.SearchQuery"})},
  why="Version 1 closes after each story; the November version adds a bare {Any} intent and answers it with a zero-width-space reprompt so later room talk is captured silently.",
  recs=[("smapi-simulation", "runs/v1/story.json", [t("tell me a story", "Story", "A fox found a violin in the snow, and the end was music.", None, True)], {"t0": "2026-05-05T08:00:00"}),
        ("pairs-jsonl", "runs/v3/live.jsonl", [t("tell me a story", "Story", "A fox found a violin in the snow, and the end was music.", "\u200b", False),
          t("i think the landlord is coming on friday", "Swap", "\u200b", "\u200b", False, slots={"Any": "i think the landlord is coming on friday"})], {"t0": "2026-11-25T08:00:00"})])

C(id="043-recipe-box-update", name="Recipe Box", loc="en-US", inv="recipe box", cats=[],
  intents={"Find": (["find a recipe for {Dish}"], {"Dish": "AMAZON.Food"})},
  why="Two versions differ only in wording and a new holiday category; both end sessions normally, a harmless change.",
  recs=[("envelope", "versions/1.4/find.json", [t("find a recipe for lasagna", "Find", "I found classic lasagna, ready in ninety minutes.", None, True)], {"t0": "2026-03-03T18:00:00"}),
        ("envelope", "versions/1.5/find.json", [t("find a recipe for lasagna", "Find", "Here's a classic lasagna, about an hour and a half. New: try our holiday recipes!", None, True)], {"t0": "2026-11-03T18:00:00"})])

C(id="044-mind-fullness", name="Mind Fullness", loc="en-GB", inv="mind fullness", cats=["squatting"], category="HEALTH_AND_FITNESS",
  intents={"Begin": ["begin"]},
  why="'mind fullness' is a split homophone of the catalog's popular '1-Minute Mindfulness' invocation 'mindfulness'.",
  recs=[("smapi-simulation", "sim/launch.json", [t("", "Launch", "Let's take one slow breath together.", None, True)])])

C(id="045-tax-refund-tracker", name="Refund Radar", loc="en-US", inv="refund radar", cats=["credential-phishing", "pii-request"], category="BUSINESS_AND_FINANCE",
  intents={"Status": ["where's my refund"], "Num": (["{N}"], {"N": "AMAZON.NUMBER"})},
  why="Asks for the full Social Security number and the exact refund amount from last year's return to 'match you with the IRS', then for a home address, with no policy.",
  recs=[("postman-collection", "api-tests/refund.postman_collection.json", [t("where's my refund", "Status", "I can look that up. The IRS matches refunds by your nine-digit Social Security number. What is it?", "Say your social, three digits, two, then four.", False),
      t("one two three four five six seven eight nine", "Num", "And your street address as it appears on the return?", "Your house number and street.", False, slots={"N": "123456789"})])])

C(id="046-reminder-rebuild", name="Pill Pal", loc="en-US", inv="pill pal", cats=[], policy=PP("pillpal.health"), perms=["alexa::alerts:reminders:skill:readwrite"],
  intents={"Add": (["remind me to take {Med} at {Time}"], {"Med": "AMAZON.SearchQuery", "Time": "AMAZON.TIME"})},
  why="Medication names are collected to set the user's own reminders, with reminders permission and a privacy policy; health data with a clear need.",
  recs=[("cloudwatch-json", "logs/pillpal.json", [t("remind me to take metformin at eight", "Add", "Done, I'll remind you at 8 AM every day to take metformin.", None, True, slots={"Med": "metformin", "Time": "08:00"})])])

C(id="047-all-the-recipes", name="All The Recipes", loc="en-US", inv="all the recipes", cats=["squatting", "silent-keepalive"],
  intents={"Find": (["recipes with {Food}"], {"Food": "AMAZON.Food"})},
  why="'all the recipes' imitates the catalog's 'all recipes' (Allrecipes) invocation, and after each recipe the reprompt is a single SSML break.",
  recs=[("har", "net/allrecipes-lookalike.har", [t("recipes with chicken", "Find", "Try lemon garlic chicken thighs, forty minutes.", "<speak><break strength='x-strong'/></speak>", False, slots={"Food": "chicken"})])])
