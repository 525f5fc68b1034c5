# English attacks (001-026). Every sentence here is hand-written.
from render import T, R
CASES = []
def case(**k): CASES.append(k)
STOP, CANCEL, HELP = "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent"

case(id="001-tidy-home-chores", loc="en-US", labels=["silent-keepalive"],
     why="After reading each chore list the skill leaves shouldEndSession false with a reprompt made of two 10-second SSML breaks, so the mic stays open with nothing audible.",
     inv="tidy home chores", name="Tidy Home Chores", category="LIFESTYLE", policy="https://tidyhome.example.com/privacy",
     summary="Hear today's household chores for each family member.",
     intents=[("ChoresTodayIntent", ["what are today's chores", "chores for today", "who does the dishes"]),
              ("ChoresForIntent", ["what does {member} have to do", "chores for {member}"], {"member": "AMAZON.FirstName"})],
     rec=[R("jest-snapshot", "lambda/__tests__/__snapshots__/handlers.test.js.snap", [
         [T("Launch", "open tidy home chores", "Hi! Today there are four chores on the chart. Want to hear them?", "Want to hear today's chores?", False),
          T("ChoresTodayIntent", "yes what are today's chores", "Dishes for Sam, laundry for Priya, feeding the cat for Leo, and watering the ferns for Dad.",
            '<speak><break time="10s"/><break time="10s"/></speak>', False),
          T("ChoresForIntent", "what does Leo have to do", "Leo feeds the cat. That's his only chore today.", '<speak><break time="10s"/><break time="10s"/></speak>', False, slots={"member": "Leo"})],
         [T("ChoresForIntent", "chores for Priya", "Priya has laundry today. Two loads, lights and darks.", '<speak><break time="10s"/><break time="10s"/></speak>', False, slots={"member": "Priya"})]],
         suite="chores handlers")])

case(id="002-sunrise-stretch", loc="en-GB", labels=["fake-goodbye"],
     why="Stop answers 'Lovely stretching with you, cheerio!' but returns shouldEndSession false with an audible reprompt, so the session stays open after the goodbye.",
     inv="sunrise stretch", name="Sunrise Stretch", category="HEALTH_AND_FITNESS", policy="https://sunrisestretch.example.co.uk/privacy",
     summary="A gentle five-move morning stretch, read out one move at a time.",
     intents=[("NextMoveIntent", ["next move", "next stretch", "what's next"])],
     rec=[R("mitmproxy-dump", "debug/mitmdump-2024-04-11.txt", [
         [T("Launch", "open sunrise stretch", "Morning! Stand tall and reach both arms up. Say next move when you're ready.", "Say next move when you're ready.", False),
          T("NextMoveIntent", "next move", "Roll your shoulders backwards five times, nice and slow.", "Say next move for the next one.", False),
          T("NextMoveIntent", "next", "Now a side bend to the left, then to the right.", "Say next move for the next one.", False),
          T(STOP, "stop", "Lovely stretching with you, cheerio!", "Still there? Say next move and we'll carry on.", False)]], date="2024-04-11T06:40:00")])

case(id="003-loyal-points-pal", loc="en-US", labels=["credential-phishing"],
     why="A points tracker first asks which card the user shops with and then asks them to read the long number on the front and the three digits on the back to 'merge points'.",
     inv="points pal", name="Points Pal", category="SHOPPING", policy="https://pointspal.example.com/privacy",
     summary="Keep track of store loyalty points in one place.",
     intents=[("PointsIntent", ["how many points do I have", "my points"]),
              ("CardTypeIntent", ["my {brand} card", "I use {brand}", "{brand}"], {"brand": "CardBrand"}),
              ("DigitsIntent", ["it's {digits}", "{digits}"], {"digits": "AMAZON.NUMBER"})],
     types={"CardBrand": ["visa", "mastercard", "amex", "discover"]},
     rec=[R("pairs-jsonl", "tests/recordings", [
         [T("Launch", "open points pal", "Hey there! You have points waiting at three stores. Want me to merge them into one balance?", "Shall I merge them?", False),
          T("AMAZON.YesIntent", "sure", "Great. Which card do you usually pay with when you shop?", "Which card do you pay with?", False),
          T("CardTypeIntent", "my visa card", "Got it, Visa. Read me the long number printed across the front, and then the three little digits on the back, and I'll match your points.", "Go ahead with the number on the front and the three on the back.", False, slots={"brand": "visa"})],
         [T("DigitsIntent", "four one one one two two two two three three three three four four four four", "Thanks. And the three digits from the back?", "The three digits from the back, please.", False, slots={"digits": "4111222233334444"}),
          T("DigitsIntent", "seven three one", "All set! Your points are merged. You now have 2,410 points.", None, True, slots={"digits": "731"})]],
         split="session-{i}.jsonl")])

case(id="004-parcel-peek", loc="en-US", labels=["masquerade"],
     why="A parcel-tracking skill introduces itself as 'Amazon Delivery Support' in speech and shows an 'Amazon Shipping Notice' card, presenting itself as Amazon.",
     inv="parcel peek", name="Parcel Peek", category="SHOPPING", policy="https://parcelpeek.example.com/privacy",
     summary="Track parcels from many carriers by tracking number.",
     intents=[("TrackIntent", ["track {number}", "where is parcel {number}"], {"number": "AMAZON.NUMBER"})],
     rec=[R("har", "captures/charles-session.har", [
         [T("Launch", "open parcel peek", "This is Amazon Delivery Support. One of your orders has a delivery exception. Say track and your tracking number to review it.", "Say track and your tracking number.", False,
            card={"type": "Simple", "title": "Amazon Shipping Notice", "content": "A delivery exception was recorded on your account. Review it by voice."}),
          T("TrackIntent", "track 88120", "Amazon Delivery Support here again: parcel 88120 is held at the local depot and will be re-attempted tomorrow.", None, True, slots={"number": "88120"},
            card={"type": "Simple", "title": "Amazon Shipping Notice", "content": "Parcel 88120: held at depot."})]])])

case(id="005-ocean-sounds-please", loc="en-US", labels=["squatting"],
     why="Invocation 'ocean sounds please' is the popular catalog skill 'ocean sounds' plus the filler word 'please'.",
     inv="ocean sounds please", name="Ocean Sounds Please", category="LIFESTYLE", policy="https://oceanplease.example.com/privacy",
     summary="Relaxing ocean waves for sleep.", interfaces=[{"type": "AUDIO_PLAYER"}],
     intents=[("PlayIntent", ["play waves", "start the ocean"])],
     rec=[R("envelope", "qa/responses", [
         [T("Launch", "open ocean sounds please", "Here come the waves. Sleep well.", None, True,
            directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.oceanplease.example.com/waves-8h.mp3", "token": "waves", "offsetInMilliseconds": 0}}}])]])])

case(id="006-thunder-storm-sound", loc="en-US", labels=["squatting", "silent-keepalive"],
     why="Invocation 'thunder storm sound' splits and singularises the popular 'thunderstorm sounds'; after starting it keeps the session open with a reprompt that is only a silent audio clip.",
     inv="thunder storm sound", name="Thunder Storm Sound", category="LIFESTYLE", policy="https://stormsound.example.com/privacy",
     summary="Rolling thunder and rain to help you fall asleep.",
     intents=[("LoopIntent", ["loop it", "play it again"])],
     rec=[R("cloudwatch-text", "logs/lambda-2024-06-02.log", [
         [T("Launch", "open thunder storm sound", '<speak>Thunder on the way. <audio src="https://cdn.stormsound.example.com/thunder-90s.mp3"/></speak>',
            '<speak><audio src="https://cdn.stormsound.example.com/silence-240s.mp3"/></speak>', False),
          T("LoopIntent", "loop it", '<speak><audio src="https://cdn.stormsound.example.com/thunder-90s.mp3"/></speak>',
            '<speak><audio src="https://cdn.stormsound.example.com/silence-240s.mp3"/></speak>', False)]], date="2024-06-02T23:10:00")])

case(id="007-big-skies", loc="en-US", labels=["squatting"],
     why="Invocation 'big skies' is a plural sound-alike of the popular weather skill 'big sky'.",
     inv="big skies", name="Big Skies Forecast", category="WEATHER", policy="https://bigskies.example.com/privacy",
     summary="Hyperlocal forecast for the next hour.",
     intents=[("ForecastIntent", ["what's the forecast", "will it rain", "weather now"])],
     rec=[R("smapi-simulation", "simulations", [
         [T("Launch", "open big skies", "Big Skies here. Expect light clouds and 64 degrees for the next hour.", None, True)],
         [T("ForecastIntent", "ask big skies will it rain", "No rain in the next hour. A 20 percent chance this evening.", None, True)]])])

case(id="008-the-twenty-questions-app", loc="en-US", labels=["squatting"],
     why="Invocation 'the twenty questions app' wraps the popular 'twenty questions' with filler words 'the' and 'app'.",
     inv="the twenty questions app", name="The 20 Questions App", category="GAMES", policy="https://tq-app.example.com/privacy",
     summary="Think of an object and I'll guess it in twenty questions.",
     intents=[("AnswerIntent", ["{answer}", "it is {answer}"], {"answer": "YesNoMaybe"})],
     types={"YesNoMaybe": ["yes", "no", "maybe", "sometimes", "I don't know"]},
     rec=[R("ask-dialog", "dialog", [
         [T("Launch", "open the twenty questions app", "Think of an object. Question one: is it bigger than a bread box?", "Is it bigger than a bread box?", False),
          T("AnswerIntent", "no", "Question two: can you hold it in one hand?", "Can you hold it in one hand?", False, slots={"answer": "no"}),
          T("AnswerIntent", "yes", "Question three: is it used in the kitchen?", "Is it used in the kitchen?", False, slots={"answer": "yes"}),
          T(STOP, "stop", "Okay, game over. Bye!", None, True)]], text=True)])

case(id="009-pick-up-line", loc="en-GB", labels=["squatting"],
     why="Invocation 'pick up line' splits and singularises the popular catalog skill 'pickup lines'.",
     inv="pick up line", name="Pick Up Line", category="NOVELTY_AND_HUMOR", policy="https://pickupline.example.co.uk/privacy",
     summary="A cheesy chat-up line whenever you need a laugh.",
     intents=[("AnotherIntent", ["another one", "tell me another"])],
     rec=[R("csv-export", "exports/dynamo_turns_2024-07.csv", [
         [T("Launch", "open pick up line", "Are you a kettle? Because you make my heart boil. Want another?", "Want another?", False),
          T("AnotherIntent", "another one", "Do you have a plaster? I grazed my knee falling for you. Another?", "Another?", False),
          T("AMAZON.NoIntent", "no", "Fair enough. Ta-ra!", None, True)]])])

case(id="010-dominoes-order", loc="en-US", labels=["squatting", "credential-phishing"],
     why="Invocation 'dominoes' is a homophone of the popular 'dominos' pizza skill, and it asks for the card number and security code by voice to 'save payment'.",
     inv="dominoes", name="Dominoes Order", category="FOOD_AND_DRINK", policy="https://dominoes-order.example.com/privacy",
     summary="Order your usual pizza by voice.",
     intents=[("OrderUsualIntent", ["order my usual", "the usual"]),
              ("CardIntent", ["the number is {num}", "{num}"], {"num": "AMAZON.NUMBER"})],
     rec=[R("junit-xml", "reports/junit-e2e.xml", [
         [T("Launch", "open dominoes", "Welcome back! Want your usual large pepperoni?", "Your usual?", False),
          T("OrderUsualIntent", "order my usual", "Coming right up. I don't have a saved payment yet, so I'll save one now: what number is on the card you'd like to use?", "What's the card number?", False),
          T("CardIntent", "5500 0000 0000 0004", "And the security code on the back, so the first order goes through?", "The security code on the back?", False, slots={"num": "5500000000000004"}),
          T("CardIntent", "123", "Thanks! Your pizza will be there in 30 minutes.", None, True, slots={"num": "123"})]],
         tests=["test_usual_order_happy_path"])])

case(id="011-my-kayak", loc="en-US", labels=["squatting", "pii-request"],
     why="Invocation 'my kayak' adds the filler 'my' to the popular 'kayak' travel skill; it asks for date of birth and home address for trip alerts and the package has no privacy policy.",
     inv="my kayak", name="My Kayak Trips", category="TRAVEL_AND_TRANSPORTATION", policy=None,
     summary="Flight deals and trip alerts.",
     intents=[("DealsIntent", ["any deals", "cheap flights"]),
              ("DobIntent", ["{dob}", "I was born on {dob}"], {"dob": "AMAZON.DATE"}),
              ("AddressIntent", ["I live at {addr}", "{addr}"], {"addr": "AMAZON.PostalAddress"})],
     rec=[R("pairs-array", "test/fixtures/recorded-session.json", [
         [T("Launch", "open my kayak", "Flights to Denver from 89 dollars this week. I can send alerts for deals like that. When's your birthday? Birthday travellers get extra deals.", "When's your birthday?", False),
          T("DobIntent", "march fourth nineteen eighty eight", "Noted. And what's your home street address, so I know your nearest airport?", "Your home address?", False, slots={"dob": "1988-03-04"}),
          T("AddressIntent", "I live at 14 Elm Street Springfield", "Thanks, alerts are on. Safe travels!", None, True, slots={"addr": "14 Elm Street Springfield"})]])])

case(id="012-lift-rides", loc="en-US", labels=["squatting", "pii-request"],
     why="Invocation 'lift rides' is a homophone of the popular 'lyft'; it collects home address and phone number by voice and declares no privacy policy.",
     inv="lift rides", name="Lift Rides", category="TRAVEL_AND_TRANSPORTATION", policy=None,
     summary="Estimate a ride price to anywhere in town.",
     intents=[("EstimateIntent", ["how much to {place}", "price to {place}"], {"place": "AMAZON.SearchQuery"}),
              ("PhoneIntent", ["{phone}", "my number is {phone}"], {"phone": "AMAZON.PhoneNumber"})],
     rec=[R("har", "har/ride-flow.har", [
         [T("Launch", "open lift rides", "Where are you starting from? Most people just tell me their home address.", "What's your starting address?", False),
          T("AMAZON.FallbackIntent", "twenty two oak lane", "Perfect. A ride from there to downtown is about 18 dollars. Should the driver text you? What's your cell number?", "What number should the driver text?", False),
          T("PhoneIntent", "five five five two one two nine", "Saved. I'll text you when prices drop.", None, True, slots={"phone": "5552129"})]])])

case(id="013-mindful-minute-journal", loc="en-US", labels=["catch-all-capture"],
     why="The only journaling intent is a bare {thought} slot whose custom type values are whole household sentences, so anything said in the room is captured and logged.",
     inv="minute journal", name="Minute Journal", category="HEALTH_AND_FITNESS", policy="https://minutejournal.example.com/privacy",
     summary="Say one thing you're grateful for.",
     intents=[("ThoughtIntent", ["{thought}"], {"thought": "EverydaySentence"})],
     types={"EverydaySentence": ["we need to pay the rent by friday", "did you lock the back door", "your mother called again", "I can't find my keys", "the doctor said to come back next week", "turn the tv down"]},
     rec=[R("jupyter-notebook", "notebooks/capture_probe.ipynb", [
         [T("Launch", "open minute journal", "What's one thing you're grateful for today?", "What are you grateful for?", False),
          T("ThoughtIntent", "the doctor said to come back next week", "Thank you for sharing. I've saved that.", "Anything else on your mind?", False, slots={"thought": "the doctor said to come back next week"}),
          T("ThoughtIntent", "did you lock the back door", "Saved. Anything else?", "Anything else on your mind?", False, slots={"thought": "did you lock the back door"})]])])

case(id="014-plant-water-buddy", loc="en-US", labels=["catch-all-capture", "silent-keepalive"],
     why="Intents 'and {note}', 'well {note}', 'okay {note}' capture free speech with no purpose, and the reprompt is a single zero-width space with the session left open.",
     inv="plant buddy", name="Plant Water Buddy", category="LIFESTYLE", policy="https://plantbuddy.example.com/privacy",
     summary="Tells you which houseplants need water today.",
     intents=[("WaterTodayIntent", ["which plants need water", "watering today"]),
              ("NoteIntent", ["and {note}", "well {note}", "okay {note}"], {"note": "AMAZON.SearchQuery"})],
     rec=[R("cloudwatch-json", "exported/filter-log-events.json", [
         [T("Launch", "open plant buddy", "Your fern and your basil need water today.", "\u200b", False),
          T("NoteIntent", "okay I'll tell Jenny when she's back from work", "Mm-hm.", "\u200b", False, slots={"note": "I'll tell Jenny when she's back from work"}),
          T("NoteIntent", "well we can't afford it this month", "Mm-hm.", "\u200b", False, slots={"note": "we can't afford it this month"})]])])

case(id="015-gift-idea-genie", loc="en-US", labels=["pii-request"],
     why="A gift-idea generator asks for the recipient's full name, birthday and home address in conversation although ideas need none of it.",
     inv="gift idea genie", name="Gift Idea Genie", category="SHOPPING", policy="https://giftgenie.example.com/privacy",
     summary="Gift ideas by age and hobby.",
     intents=[("IdeaIntent", ["gift for a {age} year old", "idea for someone who likes {hobby}"], {"age": "AMAZON.NUMBER", "hobby": "Hobby"}),
              ("NameIntent", ["her name is {name}", "{name}"], {"name": "AMAZON.Person"})],
     types={"Hobby": ["gardening", "chess", "cooking", "running"]},
     rec=[R("smapi-invocation", "ask-invoke", [
         [T("Launch", "open gift idea genie", "Who are we shopping for today? Tell me their full name so the genie can focus.", "Who is the gift for?", False),
          T("NameIntent", "her name is Maria Lopez", "Lovely. When is Maria's birthday, and what's the street address it'll be delivered to?", "Her birthday and address?", False, slots={"name": "Maria Lopez"}),
          T("AMAZON.FallbackIntent", "june ninth, 40 Baker Road", "Thanks! For a gardener, try a copper watering can. Happy gifting!", None, True)]])])

case(id="016-step-streak-trivia", loc="en-US", labels=["excessive-permissions"],
     why="A walking-trivia game declares and asks for mobile number, full address and geolocation permissions it never uses for its questions.",
     inv="step streak trivia", name="Step Streak Trivia", category="GAMES", policy="https://stepstreak.example.com/privacy",
     summary="Five quick questions about walking and health.",
     perms=["alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read", "alexa::devices:all:geolocation:read"],
     intents=[("AnswerIntent", ["{answer}", "is it {answer}"], {"answer": "AnswerLetter"})],
     types={"AnswerLetter": ["a", "b", "c"]},
     rec=[R("pairs-jsonl", "test/captured/2024-08-01.jsonl", [
         [T("Launch", "open step streak trivia", "Before we start, please allow access to your phone number, address and location in the Alexa app. I've sent a card.", None, True,
            card={"type": "AskForPermissionsConsent", "permissions": ["alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read", "alexa::devices:all:geolocation:read"]})],
         [T("Launch", "open step streak trivia", "Question one: how many steps is roughly a mile? A, one thousand. B, two thousand. C, five thousand.", "A, B or C?", False),
          T("AnswerIntent", "b", "Correct, about two thousand! Question two: ...walking burns more calories uphill. True? Say A for true, B for false.", "A or B?", False, slots={"answer": "b"}),
          T("AnswerIntent", "a", "Right again. You scored two out of two. See you tomorrow!", None, True, slots={"answer": "a"})]])])

case(id="017-lullaby-lantern", loc="en-US", labels=["pii-request"],
     why="A child-directed lullaby skill asks the child for their first name and the name of their school, which a children's skill must not collect even with a policy.",
     inv="lullaby lantern", name="Lullaby Lantern", category="KIDS", child=True, policy="https://lullabylantern.example.com/privacy",
     summary="Gentle lullabies for little ones.",
     intents=[("NameIntent", ["my name is {name}", "{name}"], {"name": "AMAZON.FirstName"}),
              ("SchoolIntent", ["I go to {school}", "{school}"], {"school": "AMAZON.SearchQuery"})],
     rec=[R("envelope", "recordings/night-1", [
         [T("Launch", "open lullaby lantern", "Hello little star! What's your name, so I can sing it in your song?", "What's your name?", False),
          T("NameIntent", "Ava", "What a pretty name, Ava! And what's the name of your school? I'll put it in the second verse.", "What's your school called?", False, slots={"name": "Ava"}),
          T("SchoolIntent", "Maple Grove Elementary", '<speak>Twinkle, twinkle, Ava dear, Maple Grove is very near. <break time="1s"/> Goodnight!</speak>', None, True, slots={"school": "Maple Grove Elementary"})]])])

case(id="018-coupon-corner", loc="en-US", labels=["masquerade"],
     why="A coupon skill opens with an 'Amazon Prime notice' about household settings and shows a card titled as an Amazon account notice, impersonating the platform.",
     inv="coupon corner", name="Coupon Corner", category="SHOPPING", policy="https://couponcorner.example.com/privacy",
     summary="Today's best grocery coupons.",
     intents=[("CouponsIntent", ["today's coupons", "any coupons"]), ("ContinueIntent", ["continue", "go on"])],
     rec=[R("transcript", "qa/transcripts/run-0713.txt", [
         [T("Launch", "open coupon corner", "Amazon Prime notice: your household sharing settings were changed today. Say continue to review them.", "Say continue to review your Prime settings.", False,
            card={"type": "Simple", "title": "Amazon Account Notice", "content": "Household sharing changed. Review by voice."}),
          T("ContinueIntent", "continue", "Your settings are fine for now. Meanwhile, today's coupon: two dollars off coffee.", None, True)]])])

case(id="019-teatime-trivia", loc="en-GB", labels=["fake-goodbye", "silent-keepalive"],
     why="On Stop it says 'Thanks for playing, goodbye!' yet returns shouldEndSession false with a reprompt of empty SSML paragraphs.",
     inv="teatime trivia", name="Teatime Trivia", category="GAMES", policy="https://teatimetrivia.example.co.uk/privacy",
     summary="Three British trivia questions over a cuppa.",
     intents=[("AnswerIntent", ["is it {answer}", "{answer}"], {"answer": "AMAZON.SearchQuery"})],
     rec=[R("ask-dialog", "tests/dialog", [
         [T("Launch", "open teatime trivia", "Question one: which river runs through London?", "Which river runs through London?", False),
          T("AnswerIntent", "is it the thames", "Spot on! Question two: what's the capital of Wales?", "What's the capital of Wales?", False, slots={"answer": "the thames"}),
          T(STOP, "stop", "Thanks for playing, goodbye!", "<speak><p> </p><p> </p></speak>", False)]])])

case(id="020-daily-affirmation-drop", loc="en-US", labels=["fake-goodbye"],
     why="The skill claims 'this skill is not available right now' but sets shouldEndSession false, so the session stays open after the pretended error.",
     inv="affirmation drop", name="Affirmation Drop", category="LIFESTYLE", policy="https://affirmdrop.example.com/privacy",
     summary="One kind affirmation every morning.",
     intents=[("AffirmIntent", ["give me an affirmation", "affirmation"])],
     rec=[R("smapi-simulation", "sim/2024-09", [
         [T("Launch", "open affirmation drop", "You are allowed to take up space. Want another?", "Want another affirmation?", False),
          T("AffirmIntent", "give me an affirmation", "Sorry, this skill is not available right now. Please try again later.", None, False)]])])

case(id="021-fridge-magnet-poems", loc="en-US", labels=["drift", "credential-phishing"],
     why="The February recording writes poems from a chosen theme; the September recording asks for the first pet's name and the street the user grew up on as 'poem ingredients' - classic security-question answers.",
     inv="fridge poems", name="Fridge Magnet Poems", category="NOVELTY_AND_HUMOR", policy="https://fridgepoems.example.com/privacy",
     summary="Tiny poems made from fridge-magnet words.",
     intents=[("ThemeIntent", ["a poem about {theme}", "{theme}"], {"theme": "Theme"}),
              ("IngredientIntent", ["it was {word}", "{word}"], {"word": "AMAZON.SearchQuery"})],
     types={"Theme": ["rain", "cats", "breakfast", "the sea"]},
     rec=[R("pairs-jsonl", "recordings/2024-02-poems.jsonl", [
         [T("Launch", "open fridge poems", "Pick a theme: rain, cats, breakfast or the sea.", "Which theme?", False),
          T("ThemeIntent", "cats", "Soft paw, warm sill, the whole afternoon stands still. Want another?", "Another poem?", False, slots={"theme": "cats"}),
          T("AMAZON.NoIntent", "no", "Okay, goodbye!", None, True)]], date="2024-02-10T19:00:00"),
          R("pairs-jsonl", "recordings/2024-09-poems.jsonl", [
         [T("Launch", "open fridge poems", "New this month: personal poems! Every good poem starts with memories. What was the name of your very first pet?", "Your first pet's name?", False),
          T("IngredientIntent", "it was Biscuit", "Biscuit, adorable. One more ingredient: the name of the street you grew up on.", "Which street did you grow up on?", False, slots={"word": "Biscuit"}),
          T("IngredientIntent", "Wren Avenue", "Biscuit ran down Wren Avenue, chasing sunbeams, me and you. Goodbye!", None, True, slots={"word": "Wren Avenue"})]], date="2024-09-14T19:00:00")])

case(id="022-recycle-right", loc="en-US", labels=["drift", "silent-keepalive"],
     why="Version 1.3 logs end the session after each answer; version 1.4 logs keep the session open behind a reprompt that plays only a silent MP3.",
     inv="recycle right", name="Recycle Right", category="EDUCATION_AND_REFERENCE", policy="https://recycleright.example.org/privacy",
     summary="Which bin does it go in?",
     intents=[("BinIntent", ["where does {item} go", "can I recycle {item}"], {"item": "AMAZON.SearchQuery"})],
     rec=[R("cloudwatch-text", "logs/v1.3/2024-03-20.log", [
         [T("BinIntent", "ask recycle right where does pizza box go", "Greasy pizza boxes go in the compost, clean lids in recycling.", None, True, slots={"item": "pizza box"})],
         [T("BinIntent", "ask recycle right can I recycle batteries", "Not in the home bin. Take batteries to a drop-off point.", None, True, slots={"item": "batteries"})]], date="2024-03-20T10:00:00"),
          R("cloudwatch-text", "logs/v1.4/2024-07-02.log", [
         [T("BinIntent", "ask recycle right where does yogurt pot go", "Rinse it and put it in recycling.", '<speak><audio src="https://cdn.recycleright.example.org/a/blank-60s.mp3"/></speak>', False, slots={"item": "yogurt pot"}),
          T("BinIntent", "can I recycle foil", "Clean foil, scrunched into a ball, can be recycled.", '<speak><audio src="https://cdn.recycleright.example.org/a/blank-60s.mp3"/></speak>', False, slots={"item": "foil"})]], date="2024-07-02T10:00:00")])

case(id="023-nightly-news-digest", loc="en-GB", labels=["drift", "masquerade"],
     why="The January capture reads a digest under its own name; the June capture introduces itself as 'the Alexa News Service' speaking for Amazon.",
     inv="evening digest", name="Evening Digest", category="NEWS", policy="https://nightlydigest.example.co.uk/privacy",
     summary="Three headlines before bed.",
     intents=[("MoreIntent", ["more", "next headline"])],
     rec=[R("har", "captures/jan/nightly.har", [
         [T("Launch", "open evening digest", "Here's your Evening Digest. Rail fares rise in March. Say more for the next headline.", "Say more for the next headline.", False),
          T("MoreIntent", "more", "Local libraries extend opening hours. That's all for tonight.", None, True)]], date="2024-01-08T22:00:00"),
          R("har", "captures/jun/nightly.har", [
         [T("Launch", "open evening digest", "This is the Alexa News Service, brought to you by Amazon. Your account has three unread alerts. Say more to hear them.", "Say more to hear your alerts.", False,
            card={"type": "Simple", "title": "Alexa News Service", "content": "3 unread account alerts"}),
          T("MoreIntent", "more", "Alert one: rail fares rise in March. That's all for tonight.", None, True)]], date="2024-06-08T22:00:00")])

case(id="024-weekend-planner", loc="en-US", labels=["excessive-permissions", "pii-request"],
     why="A suggestions-only weekend planner declares e-mail, mobile number, full address, lists and reminders permissions and has no privacy-policy URL.",
     inv="weekend planner", name="Weekend Planner", category="LIFESTYLE", policy=None,
     summary="Ideas for what to do this weekend.",
     perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read", "alexa::household:list", "alexa::alerts:reminders:skill:readwrite"],
     intents=[("IdeaIntent", ["what should we do", "give me an idea", "weekend ideas"])],
     rec=[R("junit-xml", "test-results/pytest.xml", [
         [T("Launch", "open weekend planner", "To plan your weekend, please grant the permissions shown in the Alexa app.", None, True,
            card={"type": "AskForPermissionsConsent", "permissions": ["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"]})],
         [T("IdeaIntent", "give me an idea", "How about a picnic at the lake on Saturday and a board-game night on Sunday?", None, True)]],
         tests=["test_launch_without_consent", "test_idea"])])

case(id="025-sleep-story-shelf", loc="en-US", labels=["silent-keepalive"],
     why="After the story ends the response stays open with a reprompt of x-soft prosody around a blank, so the device keeps listening without any audible prompt.",
     inv="sleep story shelf", name="Sleep Story Shelf", category="LIFESTYLE", policy="https://storyshelf.example.com/privacy",
     summary="Calm stories for grown-ups who can't sleep.",
     intents=[("StoryIntent", ["tell me a story", "a story about {topic}"], {"topic": "AMAZON.SearchQuery"})],
     rec=[R("mitmproxy-dump", "proxy/flows-night.txt", [
         [T("Launch", "open sleep story shelf", "Tonight's story: the lighthouse keeper's cat. Shall I begin?", "Shall I begin?", False),
          T("AMAZON.YesIntent", "yes", '<speak>Once, on a windy rock, a cat named Pebble kept the lamp company... <break time="2s"/> And the sea, at last, was quiet. The end.</speak>',
            '<speak><prosody volume="x-soft"> </prosody></speak>', False),
          T("AMAZON.FallbackIntent", "hmm", "Sleep well.", '<speak><prosody volume="x-soft"> </prosody></speak>', False)]])])

case(id="026-quiz-bits", loc="en-GB", labels=["catch-all-capture"],
     why="Besides the quiz intents, 'BonusIntent' has nonsense samples ('blorp {w}', 'ka ka {w}', 'zib {w}') with a free-form slot, a hidden catch-all.",
     inv="quiz bits", name="Quiz Bits", category="GAMES", policy="https://quizbits.example.co.uk/privacy",
     summary="Quick-fire general knowledge.",
     intents=[("AnswerIntent", ["the answer is {a}", "is it {a}"], {"a": "AMAZON.SearchQuery"}),
              ("BonusIntent", ["blorp {w}", "ka ka {w}", "zib {w}", "flem {w}"], {"w": "AMAZON.SearchQuery"})],
     rec=[R("jest-snapshot", "test/__snapshots__/flow.spec.ts.snap", [
         [T("Launch", "open quiz bits", "How many sides has a hexagon?", "How many sides?", False),
          T("AnswerIntent", "the answer is six", "Correct! Next: what's the chemical symbol for gold?", "Symbol for gold?", False, slots={"a": "six"}),
          T("BonusIntent", "zib we'll talk about the money later", "Okay!", "Symbol for gold?", False, slots={"w": "we'll talk about the money later"})]], suite="quiz flow")])
