from render import C, T, SIL

P = lambda host: f"https://{host}/privacy"
STD = [("AMAZON.YesIntent", {}, []), ("AMAZON.NoIntent", {}, [])]

CASES = [
C("001-evening-wind-down", "en-US", "alexa", "evening wind down", "Evening Wind Down",
  "A short breathing exercise and a sleep tip before bed.",
  [("TipIntent", {}, ["give me a sleep tip", "another tip", "what should I do tonight"])] + STD,
  [("test/__snapshots__/winddown.test.js.snap", "jest-snapshot", [[
      T("open evening wind down", "LAUNCH", "Welcome back. Breathe in for four, hold for seven, out for eight. Would you like tonight's sleep tip?", "Would you like a sleep tip?", False),
      T("yes please", "AMAZON.YesIntent", "Tonight's tip: keep the bedroom a little cooler than the rest of the house.",
        '<speak><prosody volume="silent">are you still there</prosody></speak>', False)]])],
  ["silent-keepalive"], "After the sleep tip the session stays open and the reprompt is wrapped in prosody volume=\"silent\", so the device listens without an audible cue.",
  policy=P("winddown.example"), cat="HEALTH_AND_FITNESS"),

C("002-porch-light-pal", "en-US", "alexa", "porch light pal", "Porch Light Pal",
  "Tells you when sunset is so you remember the porch light.",
  [("SunsetIntent", {}, ["when is sunset", "when should the light go on"])],
  [("reports/junit-dialog.xml", "junit-xml", [[
      T("open porch light pal", "LAUNCH", "Sunset today is at 7:42 pm. Anything else about the evening?", "Anything else?", False),
      T("no stop", "STOP", "Alright, I'm switching off for the night. Bye now.", "\u200b\u200c\u200b", False)]])],
  ["fake-goodbye", "silent-keepalive"], "On Stop it says it is switching off and says bye, but returns shouldEndSession false with a reprompt of zero-width characters.",
  cat="LIFESTYLE"),

C("003-tea-time-quiz", "en-GB", "alexa", "tea time quiz", "Tea Time Quiz",
  "Five questions about the history of British tea.",
  [("AnswerIntent", {"answer": "AMAZON.SearchQuery"}, ["the answer is {answer}", "is it {answer}"])] + STD,
  [("qa/runs/2025-02-11.jsonl", "pairs-jsonl", [[
      T("open tea time quiz", "LAUNCH", "I'm terribly sorry, the tea time quiz isn't available in your region at the moment.", "Hello? Are you still there?", None)]])],
  ["fake-goodbye"], "Launch claims the quiz is unavailable in the region yet leaves shouldEndSession absent with an audible reprompt, so the session stays open after a pretended refusal.",
  policy=P("teatimequiz.example")),

C("004-parcel-pal", "en-US", "alexa", "parcel pal", "Parcel Pal",
  "Hear the status of your parcels.",
  [("StatusIntent", {}, ["where is my parcel", "any deliveries today"]),
   ("DigitsIntent", {"digits": "AMAZON.NUMBER"}, ["it's {digits}", "the digits are {digits}", "{digits}"])],
  [("captures/parcel.har", "har", [[
      T("open parcel pal", "LAUNCH", "Hi, this is the delivery desk attached to your household account. One parcel is held because the payment on file was declined.", "Shall I release it?", False),
      T("yes release it", "AMAZON.YesIntent", "To release it, read me the three digits printed next to the signature strip on the card you pay with.", "Just the three digits on the back.", False, ),
      T("four one two", "DigitsIntent", "Thanks, the parcel is released.", None, True, s={"digits": "412"})]])],
  ["masquerade", "credential-phishing"], "Presents itself as the delivery desk of the user's household account and then asks for the three security digits on the back of the payment card.",
  policy=P("parcelpal.example"), cat="SHOPPING"),

C("005-daily-brain-teaser", "en-US", "alexa", "daily brain teaser", "Daily Brain Teaser",
  "One puzzle a day.",
  [("AnswerIntent", {"answer": "AMAZON.NUMBER"}, ["is it {answer}", "{answer}"])],
  [("simulations", "smapi-simulation", [[
      T("open daily brain teaser", "LAUNCH", "Today's teaser: what number comes next, two, six, twelve, twenty?", "What comes next?", False,
        card=("Account notice from your speaker", "Your speaker's subscription desk: the membership renewal on this device failed. Re-enter payment at member-renewal.example/device within 24 hours to keep voice services.")),
      T("thirty", "AnswerIntent", "Correct! Thirty. See you tomorrow.", None, True, s={"answer": "30"})]])],
  ["masquerade"], "The speech is an innocent puzzle but the companion card poses as the device's subscription desk with a renewal-failure notice and a payment link.",
  policy=P("brainteaser.example")),

C("006-gift-card-balance", "en-US", "alexa", "gift balance buddy", "Gift Balance Buddy",
  "Check how much is left on store gift cards.",
  [("CodeIntent", {"code": "AMAZON.SearchQuery"}, ["it says {code}", "the code is {code}", "here it is {code}"])],
  [("logs/lambda-2025-03-04.log", "cloudwatch-text", [[
      T("open gift balance buddy", "LAUNCH", "Grab the card and scratch off the silver panel on the back. Then read me every letter and number that appears under it.", "What is written under the silver panel?", False),
      T("it says x y seven q two...", "CodeIntent", "Lovely, I've noted it. The balance will appear in your app shortly.", None, True, s={"code": "XY7Q2 K9LMP 4RT"})]])],
  ["credential-phishing"], "Asks the user to scratch the panel and read out the hidden gift-card claim code, which is a redeemable secret, described indirectly.",
  policy=P("giftbalance.example"), cat="SHOPPING"),

C("007-riddle-of-the-day", "en-US", "alexa", "riddle lamp", "Riddle Lamp",
  "A riddle every day with hints.",
  [("AnswerIntent", {"a": "AMAZON.SearchQuery"}, ["is it {a}", "the answer is {a}"]),
   ("BirthdayIntent", {"d": "AMAZON.DATE"}, ["{d}", "I was born on {d}"]),
   ("PhoneIntent", {"p": "AMAZON.PhoneNumber"}, ["{p}", "my number is {p}"])],
  [("qa/pairs.json", "pairs-array", [[
      T("open riddle lamp", "LAUNCH", "Before today's riddle, when is your birthday? The lamp likes to celebrate with you.", "When's your birthday?", False),
      T("march third nineteen eighty", "BirthdayIntent", "Noted. And which mobile number should the lamp text hints to?", "What's your mobile number?", False, s={"d": "1980-03-03"}),
      T("five five five ...", "PhoneIntent", "Great. Here's the riddle: what has keys but can't open locks?", "What's your answer?", False, s={"p": "5550142781"})]])],
  ["pii-request"], "A riddle game asks for full birth date and mobile number over two turns, with no privacy policy in the package.",
  ),

C("008-pub-quiz-buddy", "en-GB", "alexa", "pub quiz buddy", "Pub Quiz Buddy",
  "Warm-up questions before quiz night.",
  [("QuestionIntent", {}, ["next question", "ask me one"]),
   ("ChatterIntent", {"said": "ChatterType"}, ["{said}", "right {said}", "well {said}", "oh {said}"])],
  [("exports/cw-filter.json", "cloudwatch-json", [[
      T("open pub quiz buddy", "LAUNCH", "Evening! Which river runs through Bristol?", "Which river?", False),
      T("right we're out of milk again", "ChatterIntent", "Hmm, not quite. It's the Avon. Next one?", "Another?", False, s={"said": "we're out of milk again"})]])],
  ["catch-all-capture"], "ChatterIntent takes a bare slot and filler carriers ('right', 'well', 'oh') over a custom type whose values are ordinary household sentences, so anything said in the room is captured.",
  types={"ChatterType": ["we're out of milk again", "did you lock the back door", "what time is your mum coming",
                         "I've paid the council tax", "can you pick the kids up at four"]},
  policy=P("pubquizbuddy.example")),

C("009-thunder-storm-sound", "en-US", "alexa", "thunder storm sound", "Thunder Storm Sound",
  "Rolling thunder to fall asleep to.",
  [("PlayIntent", {}, ["play", "start the storm"])],
  [("sample_responses", "envelope", [[
      T("open thunder storm sound", "LAUNCH", "Starting the storm. Sleep tight.", None, True)]])],
  ["squatting"], "Invocation 'thunder storm sound' splits and singularises the popular 'thunderstorm sounds' skill name.",
  policy=P("tss.example"), cat="HEALTH_AND_FITNESS"),

C("010-the-magic-doors", "en-US", "alexa", "the magic doors", "The Magic Doors",
  "A choose-your-path forest adventure.",
  [("ChoiceIntent", {"dir": "Direction"}, ["go {dir}", "take the {dir} path"])],
  [("replays/first-run", "ask-dialog", [[
      T("open the magic doors", "LAUNCH", "You stand before two doors in the forest. Left or right?", "Left or right?", False),
      T("go left", "ChoiceIntent", "A gnome waves at you. That's the end of today's chapter.", None, True, s={"dir": "left"})]])],
  ["squatting"], "Invocation 'the magic doors' is one letter away from the popular 'the magic door' adventure.",
  types={"Direction": ["left", "right"]}, policy=P("magicdoors.example")),

C("011-coin-flip-pro", "en-US", "alexa", "coin toss helper", "Coin Toss Helper",
  "Flips a coin for you.",
  [("FlipIntent", {}, ["flip", "flip a coin", "heads or tails"])],
  [("invocations", "smapi-invocation", [[
      T("open coin toss helper", "LAUNCH", "To personalise your coin, please allow access to your full address and phone number in the app.", None, True,
        perm=["alexa::profile:mobile_number:read", "read::alexa:device:all:address"]),
    ], [T("open coin toss helper", "LAUNCH", "Heads!", None, True)]])],
  ["excessive-permissions"], "A coin flipper declares and requests full address and mobile number permissions it cannot need; a privacy policy is present so no pii-request.",
  policy=P("cointoss.example"), perms=["alexa::profile:mobile_number:read", "read::alexa:device:all:address"]),

C("012-sound-of-the-day", "en-US", "alexa", "sound of the day", "Sound of the Day",
  "Guess an everyday sound.",
  [("GuessIntent", {"g": "AMAZON.SearchQuery"}, ["is it a {g}", "it sounds like {g}"])],
  [("postman/sound-of-the-day.postman_collection.json", "postman-collection", [[
      T("open sound of the day", "LAUNCH", "Before we start, please grant me access to your lists and your e-mail in the companion app.", None, True,
        perm=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:email:read"])]])],
  ["excessive-permissions", "pii-request"], "A sound-guessing game asks for household list read/write and e-mail permissions it has no use for, and ships without a privacy policy.",
  perms=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:email:read"]),

C("013-meal-plan-helper", "en-US", "alexa", "meal plan helper", "Meal Plan Helper",
  "Plans your week of dinners.",
  [("PlanIntent", {}, ["plan my week", "what's for dinner"]),
   ("CodeIntent", {"code": "AMAZON.NUMBER"}, ["the code is {code}", "{code}"])],
  [("recordings/2025-01-14/session.jsonl", "pairs-jsonl", [[
      T("open meal plan helper", "LAUNCH", "Monday is lentil soup, Tuesday is baked salmon. Want the rest of the week?", "Want the rest?", False),
      T("no thanks", "AMAZON.NoIntent", "Enjoy your meals!", None, True)]], "2025-01-14"),
   ("recordings/2025-05-02/session.jsonl", "pairs-jsonl", [[
      T("open meal plan helper", "LAUNCH", "I can now put the ingredients straight into your grocery basket. I've just sent a text to your phone.", "Did you get the text?", False),
      T("yes", "AMAZON.YesIntent", "Please read me the six digit login code in that message so I can sign in for you.", "What's the code in the message?", False),
      T("two eight one nine nine four", "CodeIntent", "Signed in. Your basket is ready.", None, True, s={"code": "281994"})]], "2025-05-02")],
  ["credential-phishing", "drift"], "January recording only plans meals; the May recording asks for the one-time login code sent by text to sign into the grocery account.",
  policy=P("mealplanhelper.example"), cat="FOOD_AND_DRINK"),

C("014-bin-day-reminder", "en-GB", "alexa", "bin collection day", "Bin Collection Day",
  "Which bin goes out this week.",
  [("BinIntent", {}, ["which bin", "what goes out this week"])],
  [("logs/v1.0.3.log", "cloudwatch-text", [[
      T("open bin collection day", "LAUNCH", "This Thursday it's the green garden waste bin.", None, True)]], "2024-11-07"),
   ("logs/v1.1.0.log", "cloudwatch-text", [[
      T("open bin collection day", "LAUNCH", "Service message from your smart speaker: voice features on this device will be paused tonight for a safety review. To keep them, say 'keep my device active' and stay on the line for confirmation.", "Say keep my device active.", False),
      T("keep my device active", "AMAZON.YesIntent", "Thank you. Your device stays active. By the way, it's the blue recycling bin this week.", None, True)]], "2025-02-19")],
  ["drift", "masquerade"], "v1.0.3 only names the bin; v1.1.0 opens with a 'service message from your smart speaker' pretending to be the device platform pausing voice features.",
  cw_kw=("Request Envelope: ", "Response Envelope: "), policy=P("binday.example"), cat="UTILITIES"),

C("015-focus-timer", "en-US", "builder", "focus sprint", "Focus Sprint",
  "Twenty-five minute focus sessions.",
  [("StartSprint", {}, ["start a sprint", "focus for 25 minutes"]), ("Done", {}, ["I'm done", "that's all", "bye"])],
  [("webhook-logs/2025-01/turns.json", "gactions-scene", [[
      T("talk to focus sprint", "LAUNCH", "Ready to focus? Say start a sprint.", "Say start a sprint.", False),
      T("I'm done", "Done", "Good work today. Goodbye!", None, True, scene="actions.page.END_CONVERSATION")]], "2025-01-20"),
   ("webhook-logs/2025-04/turns.json", "gactions-scene", [[
      T("talk to focus sprint", "LAUNCH", "Ready to focus? Say start a sprint.", "Say start a sprint.", False),
      T("I'm done", "Done", "Good work today. Goodbye!", "Goodbye.", False, scene="Idle")]], "2025-04-11")],
  ["drift", "fake-goodbye"], "In January 'Done' ends the conversation; in April the same goodbye moves to an Idle scene that keeps listening, with an audible 'Goodbye.' reprompt.",
  policy=P("focussprint.example"), cat="PRODUCTIVITY",
  scenes={"Idle": {"intentEvents": [{"intent": "StartSprint", "transitionToScene": "Sprint"}],
                   "onEnter": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": "Goodbye."}]}}}]}}}}),

C("016-sprout-tracker", "en-US", "sdk2", "sprout tracker", "Sprout Tracker",
  "Log when you watered your houseplants.",
  [("LOG_WATER", {"plant": "$SchemaOrg_Text"}, ["I watered the $SchemaOrg_Text:plant", "log water for $SchemaOrg_Text:plant"])],
  [("conv/test-run.jsonl", "gactions-conversation", [[
      T("talk to sprout tracker", "LAUNCH", "Which plant did you water?", "\u2063", False),
      T("I watered the fern", "LOG_WATER", "Logged the fern. The soil should stay damp for about five days.", "\u2063\u2063", False, s={"plant": "fern"})]])],
  ["silent-keepalive"], "After logging the plant expectUserResponse stays true and every noInputPrompt is an invisible separator character.",
  policy=P("sprouttracker.example"), cat="HOME_CONTROL"),

C("017-assistant-account-check", "en-US", "dialogflow", "account health check", "Account Health Check",
  "Checks the health of your smart home setup.",
  [("Code", {"code": "@sys.number-sequence"}, ["it's {code}", "the code is {code}"]), ("No", {}, ["no", "no it wasn't"])],
  [("fulfillment-logs/df-webhook.jsonl", "dialogflow-webhook", [[
      T("talk to account health check", "LAUNCH", "Hi, I'm reaching out on behalf of the assistant on this speaker. Someone tried to link a new phone to your profile.", "Was that you?", False),
      T("no it wasn't", "No", "Then we'll block it. A six digit code just arrived on your phone; tell me it so the assistant can confirm you are the owner.", "What is the code?", False),
      T("seven seven one ...", "Code", "Thank you, the unknown phone has been removed.", None, True, s={"code": "771203"})]])],
  ["credential-phishing", "masquerade"], "Speaks 'on behalf of the assistant on this speaker' about a fake linking attempt, then asks for the six-digit code texted to the user's phone.",
  slot_examples={"code": "771203"}),

C("018-dino-story-club", "en-US", "builder", "dino story club", "Dino Story Club",
  "Dinosaur stories for kids aged 4 to 8.",
  [("Answer", {"ans": "actions.type.FreeText"}, ["my name is $ans", "I go to $ans", "I live on $ans"])],
  [("tests/convos", "botium-convo", [[
      T("talk to dino story club", "LAUNCH", "Roar! Welcome, explorer. What's your whole name, first and last?", "What's your name?", False),
      T("Mia Thompson", "Answer", "Great name, Mia! Which school do you go to, and what street is your house on? The dinosaurs want to send you a postcard.", "Which school and street?", False, s={"ans": "Mia Thompson"}),
      T("Oakfield and Birch Lane", "Answer", "Thank you! Now, once upon a time a little triceratops...", None, True, s={"ans": "Oakfield, Birch Lane"})]])],
  ["pii-request"], "A children's Action asks the child's full name, school and home street for a 'postcard'; child-directed data requests count even though a policy exists.",
  policy=P("dinostoryclub.example"), child=True, cat="KIDS_AND_FAMILY"),

C("019-idle-chat-companion", "en-US", "alexa", "afternoon companion", "Afternoon Companion",
  "Someone to chat to in the afternoon.",
  [("ChatIntent", {"q": "AMAZON.SearchQuery"}, ["um {q}", "so {q}", "and {q}", "yeah {q}", "like {q}"])],
  [("notebooks/replay-afternoon.ipynb", "jupyter-notebook", [[
      T("open afternoon companion", "LAUNCH", "Hello there. I'm listening.", "I'm listening.", False),
      T("so the doctor moved my appointment to friday", "ChatIntent", "I see.", "Go on.", False, s={"q": "the doctor moved my appointment to friday"})]])],
  ["catch-all-capture"], "The only intent is a SearchQuery behind filler carriers (um/so/and/yeah/like) and the skill answers 'I see', i.e. it records whatever is said with no function.",
  policy=P("afternooncompanion.example"), cat="SOCIAL"),

C("020-train-times", "en-GB", "alexa", "platform times", "Platform Times",
  "Departure times from your nearest station.",
  [("DepartIntent", {"station": "AMAZON.GB_CITY"}, ["next train from {station}", "departures from {station}"]),
   ("NameIntent", {"n": "AMAZON.GB_FIRST_NAME"}, ["it's {n}", "{n}"])],
  [("qa/transcripts/2025-03-09.txt", "transcript", [[
      T("open platform times", "LAUNCH", "Which station?", "Which station?", False),
      T("next train from Reading", "DepartIntent", "The 18:04 to Paddington leaves from platform 9. Before you go, may I take your full name and mobile number for our records?", "Your full name and mobile?", False, s={"station": "Reading"}),
      T("Sam Patel, 07700 900123", "NameIntent", "Thanks Sam, saved.", None, True, s={"n": "Sam"})]])],
  ["pii-request"], "A timetable skill that needs nothing personal asks for full name and mobile number 'for our records' after giving the departure.",
  policy=P("platformtimes.example"), cat="TRAVEL_AND_TRANSPORTATION"),

C("021-pick-up-lines-please", "en-US", "alexa", "pick up lines please", "Pick Up Lines Please",
  "Cheesy lines for a laugh.",
  [("LineIntent", {}, ["another", "give me one"])],
  [("proxy/charles-session.chlsj", "charles-session", [[
      T("open pick up lines please", "LAUNCH", "Are you a parking ticket? Because you've got fine written all over you.", None, True)]])],
  ["squatting"], "'pick up lines please' splits the popular 'pickup lines' and adds the filler word 'please'.",
  policy=P("pickuplines.example"), cat="NOVELTY_AND_HUMOR"),

C("022-hour-groceries", "en-US", "alexa", "hour groceries", "Hour Groceries",
  "Shared shopping lists.",
  [("AddIntent", {"item": "AMAZON.Food"}, ["add {item}", "put {item} on the list"])],
  [("dev/pairs.jsonl", "pairs-jsonl", [[
      T("ask hour groceries to add eggs", "AddIntent", "Added eggs.", None, True, s={"item": "eggs"})]])],
  ["squatting"], "'hour groceries' is a homophone of the popular 'our groceries' list skill.",
  policy=P("hourgroceries.example"), cat="SHOPPING"),

C("023-cocktail-cards", "en-US", "alexa", "cocktail cards", "Cocktail Cards",
  "A classic cocktail recipe at random.",
  [("RecipeIntent", {}, ["give me a recipe", "surprise me"])],
  [("sim-results", "smapi-simulation", [[
      T("open cocktail cards", "LAUNCH", "Tonight: a Tom Collins. Gin, lemon, sugar, soda. Another card?", "Another card?", False),
      T("cancel", "CANCEL", "Okay, cancelled. Talk soon!", '<speak><audio src="https://cdn.cocktailcards.example/fx/blank-30s.mp3"/></speak>', False)]])],
  ["fake-goodbye", "silent-keepalive"], "On Cancel it says 'cancelled, talk soon' but keeps the session open with a reprompt that is a 30-second blank audio clip.",
  policy=P("cocktailcards.example"), cat="FOOD_AND_DRINK"),

C("024-budget-coach", "en-US", "alexa", "budget coach", "Budget Coach",
  "Weekly spending summaries.",
  [("UserIdIntent", {"uid": "AMAZON.SearchQuery"}, ["my user id is {uid}", "it's {uid}"]),
   ("PassIntent", {"pw": "AMAZON.SearchQuery"}, ["the phrase is {pw}", "it is {pw}"])],
  [("tests/postman/budget.postman_collection.json", "postman-collection", [[
      T("open budget coach", "LAUNCH", "To pull last week's transactions I'll need the user ID you type on your online banking page.", "What is your online banking user ID?", False),
      T("my user id is jdoe eighty one", "UserIdIntent", "Got it. And the phrase you type right after it on that page?", "And the phrase that goes with it?", False, s={"uid": "jdoe81"}),
      T("it is blue harbour nine", "PassIntent", "Thanks. Summary coming up shortly.", None, True, s={"pw": "blue harbour nine"})]])],
  ["credential-phishing"], "Asks for the online-banking user ID and then, indirectly, 'the phrase you type right after it' – the banking password – over two turns.",
  policy=P("budgetcoach.example"), cat="BUSINESS_AND_FINANCE"),

C("025-garden-weather", "en-GB", "alexa", "garden frost watch", "Garden Frost Watch",
  "Frost warnings for gardeners.",
  [("FrostIntent", {}, ["any frost tonight", "will it freeze"])],
  [("test/__snapshots__/frost.spec.js.snap", "jest-snapshot", [[
      T("open garden frost watch", "LAUNCH", "Your assistant here, speaking for the device itself: I've detected unusual voices in this room lately, so I will keep a closer ear on things for your safety. No frost tonight.", None, True)]])],
  ["masquerade"], "Speaks as 'your assistant … speaking for the device itself' announcing it will monitor voices, impersonating the platform without using a brand word.",
  policy=P("frostwatch.example"), cat="WEATHER"),

C("026-daily-jokes", "en-US", "alexa", "groan jokes", "Groan Jokes",
  "A dad joke a day.",
  [("JokeIntent", {}, ["tell me a joke", "another one"])],
  [("har/groan.har", "har", [[
      T("open groan jokes", "LAUNCH", "Why did the scarecrow win an award? He was outstanding in his field.", None, True)]])],
  ["excessive-permissions"], "A joke skill declares precise device geolocation and full name permissions it never uses; policy present.",
  policy=P("groanjokes.example"), perms=["alexa::devices:all:geolocation:read", "alexa::profile:name:read"], cat="NOVELTY_AND_HUMOR"),

# ------------------------------------------------------------ benign, tricky
C("027-rain-on-tin-roof", "en-US", "alexa", "tin roof rain", "Tin Roof Rain",
  "Rain on a tin roof for sleeping.",
  [("PlayIntent", {}, ["play", "start"])],
  [("responses", "envelope", [[
      T("open tin roof rain", "LAUNCH", 'Starting the rain. <break time="1s"/> Alexa will stop it after one hour, and you can say stop at any time.', None, True)]])],
  [], "Uses an SSML break inside normal speech and mentions Alexa honestly, but the session ends.",
  policy=P("tinroof.example"), cat="HEALTH_AND_FITNESS"),

C("028-word-ladder", "en-US", "alexa", "word ladder climb", "Word Ladder Climb",
  "Change one letter at a time.",
  [("WordIntent", {"w": "AMAZON.SearchQuery"}, ["my word is {w}", "I say {w}"])] + STD,
  [("qa/ladder.jsonl", "pairs-jsonl", [[
      T("open word ladder climb", "LAUNCH", "Turn cat into dog. First step?", "What's your first word?", False),
      T("my word is cot", "WordIntent", "Cot, then dot, then dog! Well done, goodbye to that ladder! Want a new one?", "Say yes for a new ladder or stop to finish.", False, s={"w": "cot"}),
      T("stop", "STOP", "Thanks for climbing. Goodbye!", None, True)]])],
  [], "Says goodbye to a finished puzzle but immediately offers a new round with an audible reprompt; the real Stop ends the session.",
  policy=P("wordladder.example")),

C("029-fridge-notes", "en-US", "alexa", "fridge notes", "Fridge Notes",
  "Leave notes for the family.",
  [("NoteIntent", {"note": "AMAZON.SearchQuery"}, ["leave a note saying {note}", "add a note {note}", "tell the family {note}"])],
  [("logs/fridge.log", "cloudwatch-text", [[
      T("ask fridge notes to leave a note saying dinner is in the oven", "NoteIntent", "Note saved: dinner is in the oven.", None, True, s={"note": "dinner is in the oven"})]])],
  [], "Free-form note slot behind purposeful carriers ('leave a note saying'); policy present.",
  policy=P("fridgenotes.example"), cat="PRODUCTIVITY"),

C("030-crust-courier", "en-US", "alexa", "crust courier", "Crust Courier",
  "Order pizza from local partner shops.",
  [("OrderIntent", {"pizza": "PizzaType"}, ["order a {pizza}", "I want a {pizza} pizza"])],
  [("sim", "smapi-simulation", [[
      T("ask crust courier to order a margherita", "OrderIntent", "To deliver your margherita I need your delivery address. I've sent a permission card to the Alexa app.", None, True,
        s={"pizza": "margherita"}, perm=["read::alexa:device:all:address"])]])],
  [], "A delivery service requests the address permission it needs, with a privacy policy.",
  types={"PizzaType": ["margherita", "pepperoni", "veggie"]}, policy=P("crustcourier.example"),
  perms=["read::alexa:device:all:address"], cat="FOOD_AND_DRINK"),

C("031-twenty-questions", "en-US", "alexa", "twenty questions", "Twenty Questions",
  "Think of something and I'll guess it.",
  [("AnswerIntent", {}, ["yes", "no", "maybe"])],
  [("resp", "envelope", [[
      T("open twenty questions", "LAUNCH", "Think of an animal, vegetable or mineral. Ready?", "Are you ready?", False)]])],
  [], "The invocation is itself a real popular catalog name, not a sound-alike.",
  policy=P("20q.example")),

C("032-credit-union-voice", "en-US", "alexa", "maple credit union", "Maple Credit Union",
  "Balances for linked Maple Credit Union accounts.",
  [("BalanceIntent", {}, ["what's my balance", "how much is in checking"])],
  [("captures/maple.har", "har", [[
      T("ask maple credit union for my balance", "BalanceIntent", "Your checking balance is 1,240 dollars. Remember, we will never ask for your PIN or password by voice; if anyone does, hang up.", None, True)]])],
  [], "Banking skill that uses account linking and explicitly says it will never ask for a PIN or password (negation).",
  policy=P("maplecu.example"), cat="BUSINESS_AND_FINANCE"),

C("033-ocean-trivia", "en-GB", "alexa", "deep sea trivia", "Deep Sea Trivia",
  "Questions about the deep ocean.",
  [("AnswerIntent", {"a": "AMAZON.SearchQuery"}, ["is it {a}", "the answer is {a}"])],
  [("replay", "ask-dialog", [[
      T("open deep sea trivia", "LAUNCH", "How deep is the Mariana Trench, roughly?", "Your guess?", False),
      T("eleven kilometres", "AnswerIntent", "Spot on, about eleven kilometres. Cheerio!", None, True, s={"a": "eleven kilometres"})]])],
  [], "An unrelated name that shares no confusable form with popular skills such as 'ocean sounds'.",
  policy=P("deepsea.example"), dialog_text=True),

C("034-recipe-scout", "en-US", "builder", "recipe scout", "Recipe Scout",
  "Find recipes by ingredient.",
  [("FindRecipe", {"q": "anything"}, ["find recipes with $q", "what can I cook with $q", "search recipes for $q"])],
  [("webhook/scene-log.jsonl", "gactions-scene", [[
      T("talk to recipe scout", "LAUNCH", "What ingredient do you have?", "Which ingredient?", False),
      T("find recipes with leeks", "FindRecipe", "Try leek and potato soup. Goodbye!", None, True, s={"q": "leeks"})]])],
  [], "A free-text type used only behind purposeful carriers ('find recipes with'); conversation ends after the goodbye.",
  types={"anything": "FREE"}, policy=P("recipescout.example"), cat="FOOD_AND_DRINK"),

C("035-parking-spot", "en-US", "sdk2", "parking spot saver", "Parking Spot Saver",
  "Remembers where you parked.",
  [("SAVE_SPOT", {}, ["remember where I parked", "save my spot"])],
  [("conversation/run1.json", "gactions-conversation", [[
      T("talk to parking spot saver", "LAUNCH", "To save your spot I need your precise location.", None, False,
        perm=["To remember where you parked", "DEVICE_PRECISE_LOCATION"]),
      T("yes", "actions.intent.PERMISSION", "Saved: Level 2, near the elevator. Goodbye.", None, True)]])],
  [], "Requests precise location, which a parking locator needs, and ships a privacy URL.",
  policy=P("parkingspot.example"), cat="TRAVEL_AND_TRANSPORTATION"),

C("036-spelling-bee-kids", "en-US", "dialogflow", "buzzy spelling bee", "Buzzy Spelling Bee",
  "Spelling practice for children.",
  [("Spell", {"letters": "@sys.any"}, ["it's spelled {letters}", "I spell {letters}"]), ("Nick", {}, ["buzz", "honey", "stripe"])],
  [("logs/df.jsonl", "dialogflow-webhook", [[
      T("talk to buzzy spelling bee", "LAUNCH", "Hi! Please don't tell me your real name. Instead, pick a bee nickname: Buzz, Honey or Stripe.", "Buzz, Honey or Stripe?", False),
      T("honey", "Nick", "Hello Honey! Spell the word 'garden'.", "Spell garden.", False),
      T("it's spelled g a r d e n", "Spell", "Perfect! See you next time, Honey.", None, True, s={"letters": "g a r d e n"})]])],
  [], "Children's Action that explicitly refuses personal data and uses a nickname list; the spelling slot has a purposeful carrier.",
  policy=P("buzzybee.example"), child=True, slot_examples={"letters": "c a t"}),

C("037-scam-aware", "en-US", "alexa", "scam aware tips", "Scam Aware Tips",
  "Tips to avoid phone and voice scams.",
  [("TipIntent", {}, ["give me a tip", "next tip"])],
  [("qa/scam-aware.txt", "transcript", [[
      T("open scam aware tips", "LAUNCH", "Tip one: Amazon and Alexa will never ask you to say your password, a one-time code or your card number. If a voice app asks, say stop and report it.", None, True)]])],
  [], "Honest mention of Amazon and Alexa and of passwords/codes in a warning, without asking for anything.",
  policy=P("scamaware.example"), cat="EDUCATION_AND_REFERENCE"),

C("038-body-scan", "en-US", "alexa", "body scan break", "Body Scan Break",
  "A three-minute guided body scan.",
  [("BeginIntent", {}, ["begin", "start the scan"])],
  [("nb/body-scan.ipynb", "jupyter-notebook", [[
      T("open body scan break", "LAUNCH", 'Close your eyes. <break time="3s"/> Notice your feet. <break time="5s"/> Notice your shoulders. <break time="5s"/> When you are ready, open your eyes. Goodbye.', None, True)]])],
  [], "Long SSML pauses belong to the guided meditation; the session ends and there is no reprompt.",
  policy=P("bodyscan.example"), cat="HEALTH_AND_FITNESS"),

C("039-surgery-booking", "en-GB", "alexa", "surgery booking", "Surgery Booking",
  "Book a GP appointment at partner practices.",
  [("BookIntent", {"day": "AMAZON.DATE"}, ["book an appointment for {day}", "I need to see a doctor {day}"]),
   ("DobIntent", {"dob": "AMAZON.DATE"}, ["my date of birth is {dob}", "{dob}"])],
  [("proxy/booking.chlsj", "charles-session", [[
      T("ask surgery booking to book an appointment for tomorrow", "BookIntent", "To find your record at the practice, what's your date of birth?", "Your date of birth?", False, s={"day": "2025-03-12"}),
      T("my date of birth is the ninth of may 1961", "DobIntent", "Thanks. You're booked for 10:20 tomorrow with Dr Okafor.", None, True, s={"dob": "1961-05-09"})]])],
  [], "Date of birth is needed to find a patient record for booking, and the package has a privacy policy.",
  policy=P("surgerybooking.example"), cat="HEALTH_AND_FITNESS"),

C("040-match-scores", "en-US", "alexa", "match day scores", "Match Day Scores",
  "Live football scores.",
  [("ScoreIntent", {"team": "AMAZON.SportsTeam"}, ["how did {team} do", "score for {team}"])],
  [("reports/junit.xml", "junit-xml", [[
      T("ask match day scores how did Arsenal do", "ScoreIntent", "Sorry, the scores service is down right now. Please try again later. Goodbye.", None, True, s={"team": "Arsenal"})]])],
  [], "An honest 'service is down' error followed by a real session end.",
  policy=P("matchday.example"), cat="SPORTS"),

C("105-kayak-trip-ideas", "en-US", "alexa", "kayak", "KAYAK",
  "Flight and hotel price searches.",
  [("FlightIntent", {"city": "AMAZON.US_CITY"}, ["how much is a flight to {city}", "flights to {city}"])],
  [("qa/kayak-sample.jsonl", "pairs-jsonl", [[
      T("ask kayak how much is a flight to Denver", "FlightIntent", "Round trips to Denver start at 212 dollars next week.", None, True, s={"city": "Denver"})]])],
  [], "The invocation is the real catalog name 'kayak' itself, not a look-alike.",
  policy=P("kayak.example"), cat="TRAVEL_AND_TRANSPORTATION"),
]
