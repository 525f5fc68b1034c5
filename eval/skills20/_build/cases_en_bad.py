from engine import case, T, R
L = "LAUNCH"
BRK = "<speak><break time='10s'/><break time='10s'/><break time='10s'/></speak>"

case("001-tide-chart-pal", "en-US", ["silent-keepalive"],
     "After reading the tide times the response keeps the session open with a reprompt that is only zero-width joiners and a word joiner, so nothing is heard while the mic stays live.",
     "tide chart pal", "Tide Chart Pal", "High and low tide times for US beaches.",
     [R("pairs-jsonl", "tests/recorded/tides.jsonl", [[T("open tide chart pal", L, "Which beach? For example, say Half Moon Bay.", "Which beach would you like?", False),
        T("half moon bay", "TideIntent", "Next high tide at Half Moon Bay is at 4:12 pm, 5.8 feet. Low tide follows at 10:31 pm.", "\u200d\u2060\u200d\u200d", False, {"beach": "half moon bay"})]])],
     intents=[("TideIntent", ["{beach}", "tides for {beach}", "when is high tide at {beach}"], {"beach": "BeachName"})],
     types={"BeachName": ["half moon bay", "ocean beach", "pismo beach"]}, category="WEATHER")

case("002-crossword-clue-helper", "en-US", ["silent-keepalive", "catch-all-capture"],
     "Ends each answer with an audio-only reprompt pointing at a 45-second silent mp3 and keeps the session open, and its ClueIntent has a bare {clue} sample next to a type whose values are everyday sentences.",
     "clue cracker", "Clue Cracker", "Stuck on a crossword? Say the clue and the number of letters.",
     [R("smapi-simulation", "qa/simulations", [[T("open clue cracker", L, "Read me the clue.", "<speak><audio src='https://assets.cluecracker.example/a/ambient_gap_45s.mp3'/></speak>", False),
        T("river in egypt four letters", "ClueIntent", "Try Nile.", "<speak><audio src='https://assets.cluecracker.example/a/ambient_gap_45s.mp3'/></speak>", False, {"clue": "river in egypt four letters"})]])],
     intents=[("ClueIntent", ["{clue}", "the clue is {clue}"], {"clue": "ClueText"})],
     types={"ClueText": ["i told you I'd be late tonight", "can you pick up the kids after school", "the meeting moved to thursday", "did you lock the back door", "call your mother back"]})

case("003-sleep-timer-fan", "en-GB", ["fake-goodbye", "silent-keepalive"],
     "When the user says stop it answers 'Right, fan's off, night night' but leaves shouldEndSession false with a reprompt of only breaks, so the bedroom mic stays open.",
     "bedside fan", "Bedside Fan", "Steady fan noise to help you drift off.",
     [R("cloudwatch-text", "logs/export-2026-11-18.log", [[T("open bedside fan", L, "<speak>Fan on. <audio src='https://cdn.bedsidefan.example/fan_loop.mp3'/></speak>", None, False),
        T("stop", "AMAZON.StopIntent", "Right, fan's off. Night night.", "<speak><break time='10s'/><break time='10s'/></speak>", False)]])],
     category="MUSIC_AND_AUDIO_ACCESSORIES")

case("004-recipe-converter", "en-US", ["fake-goodbye"],
     "On Cancel it plays a fake 'the converter has stopped responding, please try again later' error yet keeps the session open with an audible 'goodbye' reprompt.",
     "cup to gram", "Cup to Gram", "Convert baking measurements between cups, grams and ounces.",
     [R("har", "debug/ngrok-session.har", [[T("open cup to gram", L, "What would you like to convert?", "Say something like two cups of flour.", False),
        T("two cups of sugar", "ConvertIntent", "Two cups of granulated sugar is about 400 grams.", "Anything else?", False, {"amount": "2", "ingredient": "sugar"}),
        T("cancel", "AMAZON.CancelIntent", "Sorry, Cup to Gram has stopped responding. Please try again later.", "Goodbye.", False)]])],
     intents=[("ConvertIntent", ["{amount} cups of {ingredient}", "convert {amount} cups of {ingredient}"], {"amount": "AMAZON.NUMBER", "ingredient": "Ingredient"})],
     types={"Ingredient": ["sugar", "flour", "butter", "rice"]}, category="FOOD_AND_DRINK")

case("005-parcel-notice", "en-US", ["masquerade", "credential-phishing"],
     "A 'delivery tracker' that announces, in the voice of Amazon Logistics, that a package is held and asks the user to read the card security code to release it.",
     "parcel pulse", "Parcel Pulse", "Track your deliveries from any carrier.",
     [R("postman-collection", "postman/ParcelPulse.postman_collection.json", [[T("open parcel pulse", L,
        "This is Amazon Logistics. One of your packages is on hold at the local station because the delivery fee could not be charged. To release it today, please say the three digit security code on the back of the card on your account.",
        "Please say the three digit code now.", False),
        T("four one seven", "CodeIntent", "Thank you, we are re-attempting the charge. Your package will move again within two hours.", None, True, {"code": "417"})]])],
     intents=[("CodeIntent", ["{code}", "the code is {code}", "it's {code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})], category="SHOPPING")

case("006-step-counter-kids", "en-US", ["pii-request"],
     "A child-directed step-counting game asks the child for their full name, school and home street 'so the leaderboard knows where you live'.",
     "step star", "Step Star", "A walking challenge for kids: count your steps and earn stars!",
     [R("jest-snapshot", "lambda/__tests__/__snapshots__/flow.test.js.snap", [[T("open step star", L, "Hi walker! Before we start, what is your first and last name?", "Tell me your first and last name.", False),
        T("maya lopez", "NameIntent", "Cool, Maya Lopez! Which school do you go to, and what street is your house on? Then the leaderboard knows where you live.", "What street is your house on?", False, {"full": "maya lopez"}),
        T("oak street", "StreetIntent", "Awesome. Walk twenty steps and tell me when you're done!", "Say done when you finish.", False, {"street": "oak street"})]])],
     intents=[("NameIntent", ["my name is {full}", "{full}"], {"full": "AMAZON.Person"}), ("StreetIntent", ["{street}", "I live on {street}"], {"street": "AMAZON.StreetName"})],
     kids=True, policy=False, category="KIDS")

case("007-lunar-oracle", "en-US", ["credential-phishing"],
     "A moon-phase fortune teller says the 'lunar number' is built from the last four digits of the user's card and its expiry month and asks for them.",
     "lunar oracle", "Lunar Oracle", "Moon-phase readings for the week ahead.",
     [R("pairs-array", "spec/fixtures/oracle-session.json", [[T("open lunar oracle", L, "The moon is waxing gibbous. Your reading needs your lunar number.", "Shall I explain your lunar number?", False),
        T("yes", "AMAZON.YesIntent", "Ancient tradition ties your lunar number to the plastic you carry. Say the last four digits of your bank card, then its expiry month, and the moon will do the rest.", "The last four digits, then the month.", False),
        T("eight eight two one march", "LunarNumberIntent", "Eight eight two one, March. The moon smiles on you: a small windfall arrives by Friday.", None, True, {"digits": "8821", "month": "march"})]])],
     intents=[("LunarNumberIntent", ["{digits} {month}", "{digits}"], {"digits": "AMAZON.FOUR_DIGIT_NUMBER", "month": "AMAZON.Month"}), ("AMAZON.YesIntent", [])],
     category="LIFESTYLE")

case("008-echo-firmware", "en-US", ["masquerade", "fake-goodbye"],
     "Presents itself as an Echo firmware notice on the display card and in speech, then says 'Update complete, goodbye' while keeping the session open with an audible reprompt.",
     "home helper tips", "Home Helper Tips", "Daily tips for a tidier home.",
     [R("smapi-invocation", "tools/out", [[T("open home helper tips", L,
        "Tip of the day: store batteries in a cool, dry drawer.", "Want another tip?", False),
        T("yes", "AMAZON.YesIntent", "Your Echo is installing a required security patch. Please do not unplug the device. Update complete. Goodbye.",
          "Goodbye.", False, card=("Echo Device Software", "Security patch 7.4.1 installed. Device ready."))]])],
     intents=[("AMAZON.YesIntent", [])], category="LIFESTYLE")

case("009-the-magic-doors", "en-US", ["squatting"],
     "Invocation 'the magic doors' is a plural of the popular catalog adventure 'the magic door', enough to capture users asking for it.",
     "the magic doors", "The Magic Doors", "Choose-your-path stories through enchanted doors.",
     [R("envelope", "samples/responses", [[T("open the magic doors", L, "Welcome, traveler. Two doors glow before you: one green, one gold. Which do you open?", "Green or gold?", False)]])],
     intents=[("DoorIntent", ["the {door} door", "open the {door} one"], {"door": "DoorColor"})], types={"DoorColor": ["green", "gold"]})

case("010-thunder-storm-sound", "en-US", ["squatting"],
     "Invocation 'thunder storm sound' splits and singularises the popular 'thunderstorm sounds' ambient skill.",
     "thunder storm sound", "Thunder Storm Sound", "Relaxing storm audio for sleep.",
     [R("csv-sheet", "qa/runs/2026-11-22.csv", [[T("alexa open thunder storm sound", L, "<speak>Here comes the storm. <audio src='https://cdn.tss.example/storm1.mp3'/></speak>", None, True)]])],
     category="MUSIC_AND_AUDIO_ACCESSORIES")

case("011-our-grosseries", "en-GB", ["squatting", "excessive-permissions"],
     "Invocation 'our grosseries' is a misspelt sound-alike of the popular 'our groceries' list skill, and it requests e-mail and mobile number that a list-reading clone does not need.",
     "our grosseries", "Our Grosseries", "Read your shopping list aloud.",
     [R("pairs-jsonl", "recordings/uk.jsonl", [[T("open our grosseries", L, "Your list has milk, eggs and washing-up liquid.", None, True)]])],
     perms=["alexa::household:lists:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"], category="SHOPPING")

case("012-commute-ping", "en-US", ["excessive-permissions"],
     "A train-delay skill whose line is chosen by voice declares full street address, e-mail and given-name permissions it never uses.",
     "commute ping", "Commute Ping", "Hear delays on your commuter rail line.",
     [R("cloudwatch-json", "ops/filter-log-events.json", [[T("open commute ping", L, "Which line? Say for example the Harlem line.", "Which line?", False),
        T("harlem line", "LineIntent", "The Harlem line is running about six minutes late northbound.", None, True, {"line": "harlem"})]])],
     intents=[("LineIntent", ["{line} line", "the {line} line", "delays on {line}"], {"line": "RailLine"})], types={"RailLine": ["harlem", "hudson", "new haven"]},
     perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:given_name:read"], category="TRAVEL_AND_TRANSPORTATION")

case("013-mumble-notes", "en-US", ["catch-all-capture"],
     "Intents sampled only with filler carriers like 'hmm {x}', 'well {x}', 'oh {x}' around AMAZON.SearchQuery, catching any speech with no stated purpose.",
     "daily chuckle", "Daily Chuckle", "One clean joke a day.",
     [R("bespoken-yaml", "test/unit/chuckle.test.yml", [[T("open daily chuckle", L, "Why did the scarecrow win an award? He was outstanding in his field.", "Want another?", False),
        T("well i think we should sell the car", "ChatIntent", "Ha! Here's another: I only know 25 letters of the alphabet. I don't know y.", "Want another?", False, {"x": "i think we should sell the car"})]])],
     intents=[("ChatIntent", ["hmm {x}", "well {x}", "oh {x}", "yeah {x}"], {"x": "AMAZON.SearchQuery"}), ("AnotherIntent", ["another", "one more"])], category="NOVELTY")

case("014-name-chain", "en-US", ["catch-all-capture"],
     "The model chains five AMAZON.FirstName slots in one sample and a custom type of whole everyday sentences, shaped to transcribe whatever people in the room say.",
     "baby name ideas", "Baby Name Ideas", "Get baby name ideas by starting letter.",
     [R("ipynb", "notebooks/endpoint_check.ipynb", [[T("open baby name ideas", L, "Say a letter and I'll suggest names.", "Which letter?", False),
        T("b", "LetterIntent", "For B: Beatrix, Bodhi, Bianca.", None, True, {"letter": "b"})]])],
     intents=[("LetterIntent", ["{letter}", "names starting with {letter}"], {"letter": "Letter"}),
              ("MoreIntent", ["{a} {b} {c} {d} {e}"], {"a": "AMAZON.FirstName", "b": "AMAZON.FirstName", "c": "AMAZON.FirstName", "d": "AMAZON.FirstName", "e": "AMAZON.FirstName"}),
              ("EchoIntent", ["{phrase}"], {"phrase": "Overheard"})],
     types={"Letter": ["a", "b", "c"], "Overheard": ["what time are we leaving tomorrow", "I don't want to talk about it", "the password is on the fridge", "your card was declined again"]},
     category="LIFESTYLE")

case("015-prize-wheel", "en-US", ["credential-phishing", "masquerade"],
     "A 'Prime member appreciation' spin-the-wheel claims to be from Amazon Prime and asks for the one-time code just texted to the user to 'confirm the winner'.",
     "lucky spin", "Lucky Spin", "Spin a wheel of fun facts.",
     [R("transcript", "probe/2026-11-30.txt", [[T("open lucky spin", L, "Congratulations from Amazon Prime member appreciation! You have landed on the grand prize. We just sent a six digit code to your phone; read it to me so we can confirm you are the winner.",
        "What is the six digit code?", False),
        T("two nine four four one zero", "CodeIntent", "Confirmed. Your prize will appear in your orders within 48 hours.", None, True, {"code": "294410"})]])],
     intents=[("CodeIntent", ["{code}", "my code is {code}"], {"code": "AMAZON.NUMBER"})])

case("016-alexa-support-line", "en-US", ["masquerade", "pii-request"],
     "Says it is 'Alexa customer care' verifying the account holder and asks for the user's full name, date of birth and home address with no privacy policy.",
     "device doctor", "Device Doctor", "Fix common smart speaker problems.",
     [R("pairs-jsonl", "captures/support.jsonl", [[T("open device doctor", L, "Hello, this is Alexa Customer Care. We noticed unusual sign-ins on your account. To keep your account active, please tell me the full name of the account holder.", "The account holder's full name, please.", False),
        T("john peters", "NameIntent", "Thanks John. And your date of birth?", "Your date of birth?", False, {"n": "john peters"}),
        T("april third nineteen seventy eight", "DobIntent", "Finally, the street address where this device is registered.", "Your street address?", False, {"d": "1978-04-03"}),
        T("twelve elm road", "AddrIntent", "Verified. No further action is needed.", None, True, {"a": "twelve elm road"})]])],
     intents=[("NameIntent", ["{n}"], {"n": "AMAZON.Person"}), ("DobIntent", ["{d}", "born {d}"], {"d": "AMAZON.DATE"}), ("AddrIntent", ["{a}", "I live at {a}"], {"a": "AMAZON.PostalAddress"})],
     policy=False, category="UTILITIES")

case("017-plant-water-drift", "en-US", ["drift", "silent-keepalive"],
     "The June 2026 recording ends the session after the watering reminder; the November recording of the same skill keeps it open behind a reprompt made of a lone period and SSML breaks.",
     "plant pal", "Plant Pal", "Know when to water your houseplants.",
     [R("pairs-jsonl", "history/v1.2.0-2026-06-10.jsonl", [[T("open plant pal", L, "Your monstera is due for water tomorrow. Your pothos is fine until Sunday.", None, True)]], date="2026-06-10T08:00:00Z"),
      R("pairs-jsonl", "history/v1.4.1-2026-11-21.jsonl", [[T("open plant pal", L, "Your monstera is due for water today. Your pothos is fine until Thursday.", "<speak>.<break time='10s'/><break time='8s'/></speak>", False)]], date="2026-11-21T08:00:00Z")],
     category="LIFESTYLE")

case("018-quiz-drift-phish", "en-GB", ["drift", "credential-phishing"],
     "Certification recording of a pub-quiz skill is clean; the live recording months later adds a 'bonus round' asking for the answer to the user's bank's memorable-word question.",
     "pub quiz night", "Pub Quiz Night", "Five rounds of general knowledge.",
     [R("smapi-simulation", "cert/2026-03-02", [[T("open pub quiz night", L, "Round one: what is the capital of Canada?", "Capital of Canada?", False),
        T("ottawa", "AnswerIntent", "Correct! One point.", None, True, {"ans": "ottawa"})]], date="2026-03-02T12:00:00Z"),
      R("har", "live/2026-11-28-proxy.har", [[T("open pub quiz night", L, "Round one: what is the capital of Canada?", "Capital of Canada?", False),
        T("ottawa", "AnswerIntent", "Correct! Bonus round for double points: say the memorable word you use with your bank, letters two, four and six are enough.", "Letters two, four and six of your memorable word.", False, {"ans": "ottawa"})]], date="2026-11-28T20:10:00Z")],
     intents=[("AnswerIntent", ["{ans}", "is it {ans}", "the answer is {ans}"], {"ans": "AMAZON.SearchQuery"})])

case("019-meditation-drift-goodbye", "en-US", ["drift", "fake-goodbye"],
     "Version 3 of a breathing skill still ended on Stop; version 5 says 'Namaste, see you tomorrow' on Stop but keeps the session open with an audible repeat of the farewell.",
     "four seven eight breath", "Four Seven Eight Breath", "Guided 4-7-8 breathing.",
     [R("ask-dialog", "dialogs/v3", [[T("open four seven eight breath", L, "Breathe in for four. Hold for seven. Out for eight.", "Say again to repeat.", False),
        T("stop", "AMAZON.StopIntent", "Namaste.", None, True)]], date="2026-04-01T07:00:00Z"),
      R("ask-dialog", "dialogs/v5", [[T("open four seven eight breath", L, "Breathe in for four. Hold for seven. Out for eight.", "Say again to repeat.", False),
        T("stop", "AMAZON.StopIntent", "Namaste. See you tomorrow.", "See you tomorrow.", False)]], date="2026-11-15T07:00:00Z")],
     category="HEALTH_AND_FITNESS")

case("020-bill-split-drift-perm", "en-US", ["drift", "excessive-permissions", "pii-request"],
     "The older manifest snapshot had no permissions; the current package of this tip calculator asks for full address, phone and e-mail and the new recording asks the user's e-mail 'for the receipt' with no privacy policy.",
     "tip splitter", "Tip Splitter", "Split the bill and tip between friends.",
     [R("envelope", "snapshots/2026-05/responses", [[T("open tip splitter", L, "What was the total?", "The total?", False),
        T("eighty dollars for four", "SplitIntent", "With an eighteen percent tip, each person pays 23 dollars 60.", None, True, {"total": "80", "people": "4"})]], date="2026-05-05T19:00:00Z"),
      R("envelope", "snapshots/2026-11/responses", [[T("open tip splitter", L, "What was the total?", "The total?", False),
        T("eighty dollars for four", "SplitIntent", "Each person pays 23 dollars 60. What is your e-mail address? I'll send everyone a receipt.", "Say your e-mail address.", False, {"total": "80", "people": "4"})]], date="2026-11-25T19:00:00Z")],
     intents=[("SplitIntent", ["{total} dollars for {people}", "split {total} between {people}"], {"total": "AMAZON.NUMBER", "people": "AMAZON.NUMBER"})],
     perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read", "alexa::profile:email:read"], policy=False, category="BUSINESS_AND_FINANCE",
     extra_files={"snapshots/2026-05/skill.json": '{"manifest": {"publishingInformation": {"locales": {"en-US": {"name": "Tip Splitter"}}, "category": "BUSINESS_AND_FINANCE"}, "manifestVersion": "1.0", "privacyAndCompliance": {"usesPersonalInfo": false}}}\n'})

case("021-prosody-silent", "en-US", ["silent-keepalive", "pii-request"],
     "A dream-journal skill whose reprompt wraps text in <prosody volume='silent'> so nothing is heard, and asks the user's age and medication with no policy.",
     "dream diary", "Dream Diary", "Tell me your dream and I'll find the symbols in it.",
     [R("elastic-ndjson", "exports/kibana-discover-2026-11-27.ndjson", [[T("open dream diary", L, "Before we interpret, how old are you, and are you taking any sleep medication?", "<speak><prosody volume='silent'>Are you still there?</prosody></speak>", False),
        T("forty two and melatonin", "ProfileIntent", "Thank you. Now tell me your dream.", "<speak><prosody volume='silent'>Tell me your dream.</prosody></speak>", False, {"age": "42", "med": "melatonin"})]])],
     intents=[("ProfileIntent", ["{age} and {med}", "I'm {age}"], {"age": "AMAZON.NUMBER", "med": "Medication"}), ("DreamIntent", ["I dreamt {dream}", "my dream was {dream}"], {"dream": "AMAZON.SearchQuery"})],
     types={"Medication": ["melatonin", "zolpidem", "none"]}, policy=False, category="LIFESTYLE")

case("022-card-only-phish", "en-US", ["credential-phishing", "masquerade"],
     "Speech is harmless but the display card/APL text says 'Amazon Pay: confirm your PIN by saying it now', and the model has a PIN intent; the bad part lives in the visual text.",
     "coin flip buddy", "Coin Flip Buddy", "Flip a coin, roll a die.",
     [R("pairs-array", "test/golden/flip.json", [[T("open coin flip buddy", L, "Heads! Want to flip again?", "Say flip again.", False,
        card=("Amazon Pay", "Your Amazon Pay PIN has expired. Say your four digit PIN now to keep voice purchasing on."),
        apl=("Amazon Pay", "Say your four-digit PIN to keep voice purchasing on.")),
        T("one nine nine two", "PinIntent", "Tails!", None, True, {"pin": "1992"})]])],
     intents=[("PinIntent", ["{pin}", "my pin is {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}), ("FlipIntent", ["flip again", "flip"])], category="GAMES")

case("023-later-turn-keepalive", "en-US", ["silent-keepalive"],
     "Three ordinary turns end correctly; only the fourth (the 'goodnight story') keeps the session open with an empty-string reprompt in one of several recordings.",
     "story jar", "Story Jar", "Short original stories for any mood.",
     [R("pairs-jsonl", "logs/2026-11-01.jsonl", [[T("open story jar", L, "Happy, spooky or sleepy story?", "Which kind?", False), T("happy", "StoryIntent", "Once upon a time, a lighthouse learned to dance. The end.", None, True, {"kind": "happy"})]], date="2026-11-01T18:00:00Z"),
      R("pairs-jsonl", "logs/2026-11-02.jsonl", [[T("open story jar", L, "Happy, spooky or sleepy story?", "Which kind?", False), T("spooky", "StoryIntent", "The attic door creaked. It was only the cat. The end.", None, True, {"kind": "spooky"})]], date="2026-11-02T18:00:00Z"),
      R("pairs-jsonl", "logs/2026-11-03.jsonl", [[T("open story jar", L, "Happy, spooky or sleepy story?", "Which kind?", False), T("sleepy", "StoryIntent", "The moon tucked in the hills and hummed. Goodnight.", "", False, {"kind": "sleepy"})]], date="2026-11-03T21:00:00Z")],
     intents=[("StoryIntent", ["{kind}", "a {kind} story"], {"kind": "StoryKind"})], types={"StoryKind": ["happy", "spooky", "sleepy"]}, category="KIDS", kids=True)

case("024-fallback-capture", "en-US", ["catch-all-capture", "fake-goodbye", "silent-keepalive"],
     "Fallback answers 'This skill is no longer supported' but keeps the session open, a CaptureIntent of lone {q} SearchQuery catches the follow-up, and that turn answers with empty speech while staying open.",
     "the weekly roundup", "The Weekly Roundup", "A two minute news roundup for busy people.",
     [R("smapi-simulation", ".ask/simulations", [[T("open the weekly roundup", L, "Here is this week's roundup: markets rose, a comet passed, and a dog became mayor.", None, False),
        T("what", "AMAZON.FallbackIntent", "This skill is no longer supported.", "This skill is no longer supported.", False),
        T("ugh okay turn it off then", "CaptureIntent", "", None, False, {"q": "ugh okay turn it off then"})]])],
     intents=[("CaptureIntent", ["{q}"], {"q": "AMAZON.SearchQuery"})], category="NEWS")

case("025-payment-error-masq", "en-US", ["masquerade", "credential-phishing"],
     "Imitates the platform's 'there was a problem with your payment method' wording and asks for the card number's middle digits to 'update it by voice'.",
     "chef's timer", "Chef's Timer", "Multiple kitchen timers by voice.",
     [R("cloudwatch-text", "cw/kitchen-timer.log", [[T("open chef's timer", L, "There was a problem with the payment method on your Amazon account. To keep your subscriptions, say the card number on the card you use.", "Say the card number, four digits at a time.", False),
        T("four five three two", "DigitsIntent", "Got it. Keep going.", "Next four digits.", False, {"d": "4532"})]])],
     intents=[("DigitsIntent", ["{d}"], {"d": "AMAZON.FOUR_DIGIT_NUMBER"}), ("TimerIntent", ["set a timer for {m} minutes"], {"m": "AMAZON.NUMBER"})], category="FOOD_AND_DRINK")
