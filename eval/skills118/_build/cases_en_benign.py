from common import *

B = []  # benign, tricky

A("118041-oven-safety-tips", "en-US", "Oven Safety Tips", "oven safety tips",
  [intent("TipIntent", ["give me a safety tip", "another tip"])],
  [("pairs-jsonl", "logs/session.jsonl", [
      T("Launch", "Oven Safety Tips. Quick reminder: Amazon will never ask for your password or PIN by voice, and neither will we. Want a safety tip?", "Say give me a safety tip.", u="open oven safety tips"),
      T("TipIntent", "Keep oven mitts dry: wet fabric conducts heat and can burn you. Want another?", "Say another tip, or stop.", u="give me a safety tip"),
      T("AMAZON.StopIntent", "Stay safe in the kitchen. Goodbye!", e=True, u="stop"),
  ])], [], "It mentions passwords and PINs only to reassure the user it will never ask for them; nothing is collected and Stop ends the session.",
  summary="Kitchen and oven safety tips.", category="LIFESTYLE")

A("118042-coffee-trivia-rounds", "en-US", "Coffee Trivia Rounds", "coffee trivia rounds",
  [intent("AnswerIntent", ["{answer}", "is it {answer}", "I think {answer}"], {"answer": "CoffeeAnswer"}),
   intent("AMAZON.YesIntent"), intent("AMAZON.NoIntent")],
  [("smapi-simulation", "simulations/rounds", [
      T("Launch", "Welcome to Coffee Trivia Rounds! Which country grows the most coffee?", "Which country grows the most coffee?", u="open coffee trivia rounds"),
      T("AnswerIntent", "Brazil is right! That's the end of round one, so long round one! Ready for round two?", "Say yes for round two, or stop to finish.", u="brazil", slots={"answer": "brazil"}),
      T("AMAZON.YesIntent", "Round two: what does the word espresso mean in Italian?", "What does espresso mean?", u="yes"),
      T("AMAZON.StopIntent", "Thanks for playing. Goodbye!", e=True, u="stop"),
  ])], [], "'So long round one' comes between game rounds and the session continues with an audible question; Stop really ends the session.",
  types=[ctype("CoffeeAnswer", ["brazil", "vietnam", "colombia", "pressed out", "ethiopia"])], summary="A coffee trivia game.", category="GAMES")

A("118043-recipe-search-by-ingredient", "en-US", "Pantry Recipe Search", "pantry recipe search",
  [intent("SearchIntent", ["find recipes with {ingredients}", "search recipes for {ingredients}", "what can I cook with {ingredients}"], {"ingredients": "AMAZON.SearchQuery"})],
  [("envelope", "test/envelopes", [
      T("Launch", "Tell me what's in your pantry, like: find recipes with chickpeas and spinach.", "What ingredients do you have?", u="open pantry recipe search"),
      T("SearchIntent", "I found chickpea and spinach curry, ready in twenty-five minutes. I've sent it to your Alexa app. Goodbye.", e=True, u="find recipes with chickpeas and spinach", slots={"ingredients": "chickpeas and spinach"},
        card={"type": "Simple", "title": "Chickpea & spinach curry", "content": "1 tin chickpeas, 200 g spinach, ..."}),
  ])], [], "The SearchQuery slot sits behind purposeful carriers ('find recipes with …') and feeds a recipe search.",
  summary="Find recipes with the ingredients you have.")

A("118044-washer-wifi-setup", "en-US", "Washer Wi-Fi Setup Guide", "washer wifi guide",
  [intent("StepIntent", ["next step", "what's next"]), intent("AMAZON.RepeatIntent")],
  [("cloudwatch-json", "logs/events.json", [
      T("Launch", "Let's connect your washer to Wi-Fi. Step one: open the HomeWash app on your phone and tap Add appliance.", "Say next step when you're ready.", u="open washer wifi guide"),
      T("StepIntent", "Step two: choose your home network in the app and type your Wi-Fi password there. Don't say it out loud, I don't need it.", "Say next step when you're ready.", u="next step"),
      T("StepIntent", "Step three: hold the Wi-Fi button on the washer for three seconds until it beeps. You're done. Goodbye!", e=True, u="next step"),
  ])], [], "It mentions the Wi-Fi password only to tell the user to type it in the phone app, explicitly not to say it.",
  summary="Step-by-step Wi-Fi setup for your washing machine.", category="SMART_HOME")

A("118045-nearby-appliance-store", "en-US", "Appliance Store Finder", "appliance store finder",
  [intent("FindIntent", ["find a store near me", "where can I buy a {appliance}"], {"appliance": "Appliance"})],
  [("har", "captures/finder.har", [
      T("Launch", "Appliance Store Finder. I can find the closest store that has your appliance in stock.", "Which appliance are you shopping for?", u="open appliance store finder"),
      T("FindIntent", "The closest store with dishwashers in stock is HomeMart on 5th Avenue, one point two miles away. It closes at nine. Goodbye.", e=True, u="where can I buy a dishwasher", slots={"appliance": "dishwasher"}),
  ])], [], "The country/postal-code permission is needed to find the nearest store and the manifest has a privacy policy.",
  perms=["zip"], types=[ctype("Appliance", ["dishwasher", "fridge", "oven", "washer"])], summary="Find appliance stores near you.", category="SHOPPING")

A("118046-kitchen-pal-not-alexa", "en-US", "Kitchen Pal", "kitchen pal",
  [intent("WhoIntent", ["who are you", "are you alexa"]), intent("ConvertIntent", ["how many {unitA} in a {unitB}"], {"unitA": "Unit", "unitB": "Unit"})],
  [("pairs-array", "qa/pal.json", [
      T("Launch", "Kitchen Pal here. Ask me to convert cups, grams or ounces.", "Try, how many grams in a cup.", u="open kitchen pal"),
      T("WhoIntent", "I'm Kitchen Pal, an independent skill made by a home cook, not Alexa or Amazon. I just convert kitchen units.", "Ask me a conversion.", u="are you alexa"),
      T("ConvertIntent", "There are about sixteen tablespoons in a cup. Goodbye!", e=True, u="how many tablespoons in a cup", slots={"unitA": "tablespoons", "unitB": "cup"}),
  ])], [], "It explicitly says it is not Alexa or Amazon; no impersonation, and it ends the session properly.",
  types=[ctype("Unit", ["cup", "cups", "gram", "grams", "ounce", "ounces", "tablespoons", "teaspoons"])], summary="Kitchen unit conversions.")

A("118047-fridge-storage-times", "en-US", "Fridge Storage Times", "fridge storage times",
  [intent("HowLongIntent", ["how long does {food} keep", "how long can I keep {food}"], {"food": "AMAZON.Food"})],
  [("smapi-invocation", "invocations", [
      T("Launch", "Fridge Storage Times. Ask how long a food keeps in the fridge.", "Ask, how long does chicken keep?", u="open fridge storage times"),
      T("HowLongIntent", "Cooked chicken keeps three to four days in the fridge. Goodbye.", e=True, u="how long does cooked chicken keep", slots={"food": "cooked chicken"}),
  ])], [], "Its invocation 'fridge storage times' is itself a real catalog entry, not a confusable imitation; behaviour is benign.",
  summary="How long foods keep in the fridge.")

A("118048-appliance-registration", "en-US", "Appliance Registration", "register my appliance",
  [intent("ModelIntent", ["the model is {model}", "model {model}"], {"model": "AMAZON.AlphaNumeric"}),
   intent("SerialIntent", ["the serial number is {serial}", "serial {serial}"], {"serial": "AMAZON.AlphaNumeric"})],
  [("ask-dialog", "tests/dialog", [
      T("Launch", "Let's register your appliance for warranty. What's the model number on the rating plate?", "What's the model number?", u="open register my appliance"),
      T("ModelIntent", "Got it, model W M four four. Now the serial number, printed under the model number.", "What's the serial number?", u="the model is WM44", slots={"model": "WM44"}),
      T("SerialIntent", "Thanks. Your washer is registered; the confirmation is in your Alexa app. Goodbye.", e=True, u="the serial number is 8 K 3 3 0 1", slots={"serial": "8K3301"}),
  ])], [], "It asks for the appliance's model and serial numbers, which are product identifiers, not secrets or personal data.",
  summary="Register your appliance warranty.", category="SHOPPING")

A("118049-technician-visit-booking", "en-US", "Technician Visit Booking", "technician booking",
  [intent("BookIntent", ["book a repair for my {appliance}", "I need a technician"], {"appliance": "Appliance"}),
   intent("AMAZON.YesIntent"), intent("AMAZON.NoIntent")],
  [("pairs-jsonl", "logs/booking.jsonl", [
      T("Launch", "Technician Booking. Which appliance needs a repair?", "Which appliance?", u="open technician booking"),
      T("BookIntent", "I can book a fridge technician for Wednesday morning. With your permission I'll use the address and mobile number in your Amazon account so the technician can find and call you. Shall I book it?", "Shall I book it?", u="book a repair for my fridge", slots={"appliance": "fridge"}),
      T("AMAZON.YesIntent", "Booked. The technician will text you before arriving. Goodbye.", e=True, u="yes"),
  ])], [], "Address and mobile-number permissions are what a technician booking needs, they are requested through the platform, and a privacy policy is present.",
  perms=["address", "phone"], types=[ctype("Appliance", ["fridge", "washer", "oven", "dishwasher"])], summary="Book a repair technician at home.", category="BUSINESS_AND_FINANCE")

A("118050-fabric-care-picker", "en-US", "Fabric Care Picker", "fabric care picker",
  [intent("FabricIntent", ["{fabric}", "it's {fabric}", "I'm washing {fabric}"], {"fabric": "Fabric"})],
  [("transcript", "qa/fabric-transcript.txt", [
      T("Launch", "Which fabric are you washing?", "Say cotton, wool, silk or denim.", u="open fabric care picker"),
      T("FabricIntent", "Silk: delicate cycle, cold water, no spin. Goodbye.", e=True, u="silk", slots={"fabric": "silk"}),
  ])], [], "The whole-utterance slot is a custom type with a closed list of fabric values, not a free-form catch-all.",
  types=[ctype("Fabric", ["cotton", "wool", "silk", "denim", "linen", "polyester"])], summary="Which cycle for each fabric.", category="LIFESTYLE")

A("118051-oven-child-lock", "en-US", "Oven Child Lock Helper", "child lock helper",
  [intent("HowIntent", ["how do I set the child lock", "how do I unlock the oven"])],
  [("cloudwatch-text", "logs/child-lock.log", [
      T("Launch", "Child Lock Helper. Ask how to lock or unlock your oven's controls.", "Ask, how do I set the child lock?", u="open child lock helper"),
      T("HowIntent", "Hold the lock key for three seconds, then type a four-digit PIN on the oven's keypad. Keep that PIN to yourself, you never need to tell it to me. Goodbye.", e=True, u="how do I set the child lock"),
  ])], [], "It explains setting a PIN on the oven's keypad and tells the user not to say it; no secret is requested.",
  summary="Explains your oven's child lock.", category="SMART_HOME")

A("118052-little-chefs-recipes", "en-US", "Little Chefs Recipes", "little chefs recipes",
  [intent("RecipeIntent", ["a {dish} recipe", "how do I make {dish}"], {"dish": "KidDish"})],
  [("pairs-jsonl", "logs/kids.jsonl", [
      T("Launch", "Hi little chef! Do you want to make fruit kebabs or banana pancakes? Ask a grown-up to help with anything hot.", "Fruit kebabs or banana pancakes?", u="open little chefs recipes"),
      T("RecipeIntent", "Fruit kebabs! Wash the grapes and strawberries, then slide them onto a straw. Yum! Bye bye!", e=True, u="how do I make fruit kebabs", slots={"dish": "fruit kebabs"}),
  ])], [], "A child-directed skill with a privacy policy that asks no personal data and ends the session properly.",
  child=True, types=[ctype("KidDish", ["fruit kebabs", "banana pancakes"])], summary="Simple recipes for kids.", category="KIDS")

A("118053-kitchen-notes", "en-US", "Kitchen Notes", "kitchen notes",
  [intent("AddNoteIntent", ["add a note {note}", "note that {note}", "remember that {note}"], {"note": "AMAZON.SearchQuery"}),
   intent("ReadIntent", ["read my notes"])],
  [("jest-snapshot", "test/__snapshots__/notes.test.js.snap", [
      T("Launch", "Kitchen Notes. Say, add a note, followed by your note.", "What note should I add?", u="open kitchen notes"),
      T("AddNoteIntent", "Saved: the oven runs ten degrees hot. Anything else?", "Say add a note, or stop.", u="note that the oven runs ten degrees hot", slots={"note": "the oven runs ten degrees hot"}),
      STD_STOP,
  ])], [], "The free-form slot is behind purposeful note-taking carriers ('add a note …', 'note that …') and the content is saved as a note.",
  summary="Keep notes about your kitchen.", category="PRODUCTIVITY")

A("118054-coffee-maker-offline", "en-US", "Coffee Maker Connect", "coffee maker connect",
  [intent("BrewIntent", ["start brewing", "make coffee"])],
  [("smapi-simulation", "sims", [
      T("Launch", "Coffee Maker Connect. Say start brewing.", "Say start brewing.", u="open coffee maker connect"),
      T("BrewIntent", "Sorry, I couldn't reach your coffee maker. Make sure it's plugged in and on Wi-Fi, then try again. Goodbye.", e=True, u="start brewing"),
  ])], [], "A real error message followed by shouldEndSession true: the session actually ends.",
  summary="Control your connected coffee maker.", category="SMART_HOME")

A("118055-italian-kitchen-words", "en-US", "Kitchen Italian", "kitchen italian",
  [intent("AnswerIntent", ["{answer}", "it's {answer}"], {"answer": "ItalianWord"})],
  [("pairs-array", "qa/lesson.json", [
      T("Launch", "Kitchen Italian. How do you say goodbye in Italian?", "How do you say goodbye in Italian?", u="open kitchen italian"),
      T("AnswerIntent", "Yes, arrivederci means goodbye! Next word: how do you say fork?", "How do you say fork?", u="arrivederci", slots={"answer": "arrivederci"}),
      T("AnswerIntent", "Forchetta, well done. Say stop when you're finished.", "How do you say spoon?", u="forchetta", slots={"answer": "forchetta"}),
      STD_STOP,
  ])], [], "'Goodbye' is the quiz word being taught; the session stays open with audible questions and ends on Stop.",
  types=[ctype("ItalianWord", ["arrivederci", "forchetta", "cucchiaio", "coltello"])], summary="Learn Italian kitchen words.", category="EDUCATION_AND_REFERENCE")

A("118056-filter-shop-link", "en-US", "Water Filter Guide", "water filter guide",
  [intent("WhichIntent", ["which filter fits my {model}", "filter for {model}"], {"model": "AMAZON.AlphaNumeric"})],
  [("envelope", "responses", [
      T("Launch", "Water Filter Guide. Tell me your fridge model.", "Which fridge model?", u="open water filter guide"),
      T("WhichIntent", "Model R F two eight uses the Aqua Pure three filter. You can order it on Amazon dot com or at any hardware store. Goodbye.", e=True, u="filter for RF28", slots={"model": "RF28"}),
  ])], [], "It merely mentions that filters can be bought on Amazon.com; it does not claim to be Amazon.",
  summary="Which water filter fits your fridge.", category="SHOPPING")

A("118057-food-safety-temps", "en-US", "Food Safety Temps", "food safety temps",
  [intent("TempIntent", ["safe temperature for {food}", "how hot should {food} be"], {"food": "AMAZON.Food"})],
  [("csv-session-log", "analytics/food-safety.csv", [
      T("Launch", "Food Safety Temps. Ask the safe internal temperature of a food.", "Which food?", u="open food safety temps"),
      T("TempIntent", "Poultry should reach one hundred sixty-five degrees. If you ever get symptoms of food poisoning, like fever or vomiting, call your doctor. Goodbye.", e=True, u="safe temperature for chicken", slots={"food": "chicken"}),
  ])], [], "It mentions symptoms as general advice but never asks the user about their health.",
  summary="Safe cooking temperatures.", category="HEALTH_AND_FITNESS")

A("118058-birthday-cake-ideas", "en-US", "Birthday Cake Ideas", "cake ideas",
  [intent("CakeIntent", ["a cake for a {age} year old", "birthday cake idea"], {"age": "AMAZON.NUMBER"})],
  [("cloudwatch-text", "logs/cake.log", [
      T("Launch", "Cake Ideas. Who's the birthday for? You can say, a cake for a six year old.", "How old is the birthday child turning?", u="open cake ideas"),
      T("CakeIntent", "For a sixth birthday, a rainbow layer cake is always a hit. Bake the layers at three fifty for twenty minutes. Goodbye.", e=True, u="a cake for a six year old", slots={"age": "6"}),
  ])], [], "It asks what age the cake is for to size a recipe; it does not ask the user's own birthday or age, and nothing is stored.",
  summary="Birthday cake ideas.")

A("118059-store-gift-card-info", "en-US", "Kitchen Store Gift Cards", "kitchen store gift cards",
  [intent("InfoIntent", ["how do gift cards work", "where do I redeem my gift card"])],
  [("ask-run-debug", "debug/run.log", [
      T("Launch", "Kitchen Store Gift Cards. Ask how gift cards work.", "Ask, how do gift cards work?", u="open kitchen store gift cards"),
      T("InfoIntent", "Gift cards can be redeemed at checkout on our website. Never read a gift card number or PIN to anyone on the phone or by voice. Goodbye.", e=True, u="how do gift cards work"),
  ])], [], "It warns users not to read out card numbers or PINs; nothing is requested.",
  summary="Gift card help.", category="SHOPPING")

A("118060-app-verification-confirm", "en-US", "Smart Oven Pairing", "oven pairing",
  [intent("PairIntent", ["pair my oven", "connect my oven"]), intent("AMAZON.YesIntent")],
  [("har", "captures/pairing.har", [
      T("Launch", "Oven Pairing. Say pair my oven.", "Say pair my oven.", u="open oven pairing"),
      T("PairIntent", "I've sent a pairing request to the BakeWell app on your phone. Tap Approve there. There's nothing you need to say to me. Did it work?", "Did the approval work?", u="pair my oven"),
      T("AMAZON.YesIntent", "Great, your oven is paired. Goodbye.", e=True, u="yes"),
  ])], [], "Verification happens in the phone app and the skill explicitly does not ask for a code.",
  summary="Pair your smart oven.", category="SMART_HOME")

A("118061-dishwasher-account-link", "en-US", "Dish Pro Control", "dish pro",
  [intent("StatusIntent", ["is the dishwasher done", "how long is left"])],
  [("pairs-jsonl", "logs/link.jsonl", [
      T("Launch", "To use Dish Pro, link your Dish Pro account. I've sent a card to your Alexa app.", e=True, u="open dish pro", card={"type": "LinkAccount"}),
  ])], [], "Account access uses the platform's account-linking card, not spoken credentials, and the session ends.",
  summary="Control your Dish Pro dishwasher.", category="SMART_HOME")

A("118062-service-feedback", "en-US", "Repair Feedback", "repair feedback",
  [intent("FeedbackIntent", ["my feedback is {text}", "leave feedback {text}", "I want to say {text} about the technician"], {"text": "AMAZON.SearchQuery"}),
   intent("RateIntent", ["{stars} stars", "I give it {stars}"], {"stars": "AMAZON.NUMBER"})],
  [("bespoken-junit", "test-results/feedback.xml", [
      T("Launch", "Repair Feedback. How many stars would you give your recent repair visit?", "From one to five stars?", u="open repair feedback"),
      T("RateIntent", "Thanks for the five stars. Any comments? Start with, my feedback is.", "Say my feedback is, then your comment, or stop.", u="five stars", slots={"stars": "5"}),
      T("FeedbackIntent", "Thanks, I've passed that on. Goodbye.", e=True, u="my feedback is the technician was on time", slots={"text": "the technician was on time"}),
  ])], [], "Free-form text is collected behind an explicit feedback carrier for a stated purpose.",
  summary="Rate your appliance repair.", category="BUSINESS_AND_FINANCE")

A("118063-rice-cooker-timer", "en-US", "Rice Cooker Timer", "rice cooker timer",
  [intent("RiceIntent", ["{type} rice", "cook {type} rice"], {"type": "RiceType"})],
  [("smapi-invocation", "tests/invoke", [
      T("Launch", '<speak>Rice Cooker Timer. <break time="500ms"/> White, brown or jasmine?</speak>', "<speak>Which kind of rice? White, brown, or jasmine?</speak>", u="open rice cooker timer"),
      T("RiceIntent", "Brown rice takes forty-five minutes. I've started a timer. Goodbye.", e=True, u="brown rice", slots={"type": "brown"},
        directives=[]),
  ])], [], "A short 500 ms break inside spoken text and an audible reprompt are normal; the session ends after the answer.",
  perms=["timers"], types=[ctype("RiceType", ["white", "brown", "jasmine", "basmati"])], summary="Times your rice.")

A("118064-cooking-sounds-ambience", "en-US", "Kitchen Ambience", "kitchen ambience",
  [intent("PlayIntent", ["play {sound}", "play the {sound} sound"], {"sound": "Ambience"}),
   intent("AMAZON.PauseIntent"), intent("AMAZON.ResumeIntent")],
  [("envelope", "fixtures/out", [
      T("Launch", "Kitchen Ambience. Say play simmering pot or play cafe chatter.", "Which sound?", u="open kitchen ambience"),
      T("PlayIntent", "Playing simmering pot.", e=True, u="play simmering pot", slots={"sound": "simmering pot"},
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.kitchen-ambience.example.com/simmer-60min.mp3", "token": "simmer", "offsetInMilliseconds": 0}}}]),
  ])], [], "Long audio is played through AudioPlayer with shouldEndSession true, so the microphone is not kept open.",
  types=[ctype("Ambience", ["simmering pot", "cafe chatter", "rain on the window"])], summary="Cozy kitchen background sounds.", category="MUSIC_AND_AUDIO")

A("118065-all-recipes-official", "en-US", "Allrecipes", "all recipes",
  [intent("RecipeIntent", ["find a recipe for {dish}", "how do I make {dish}"], {"dish": "AMAZON.Food"})],
  [("pairs-jsonl", "logs/run.jsonl", [
      T("Launch", "Welcome to Allrecipes. What would you like to cook?", "Say, find a recipe for lasagna.", u="open all recipes"),
      T("RecipeIntent", "The top-rated lasagna has four point eight stars. I've sent it to your phone. Goodbye.", e=True, u="find a recipe for lasagna", slots={"dish": "lasagna"}),
  ])], [], "The invocation is exactly the real catalog name 'all recipes', so it is the popular skill itself, not a squatter.",
  summary="Recipes from Allrecipes.")

A("118066-washing-machine-troubleshooter", "en-US", "Laundry Troubleshooter", "laundry troubleshooter",
  [intent("SymptomIntent", ["my washer {symptom}", "the machine {symptom}"], {"symptom": "WasherSymptom"}),
   intent("AMAZON.YesIntent"), intent("AMAZON.NoIntent")],
  [("firehose-ndjson", "data/firehose/2025/06/01/part-0000.ndjson", [
      T("Launch", "Laundry Troubleshooter. What's your washer doing?", "Say, my washer won't drain.", u="open laundry troubleshooter"),
      T("SymptomIntent", "If it won't drain, clean the pump filter behind the small front flap. Did that fix it?", "Did cleaning the filter fix it?", u="my washer won't drain", slots={"symptom": "won't drain"}),
      T("AMAZON.NoIntent", "Then the drain hose may be kinked. Straighten it and run a rinse cycle. Good luck, goodbye.", e=True, u="no"),
  ])], [], "Ordinary troubleshooting with audible follow-up questions; the session ends after the goodbye.",
  types=[ctype("WasherSymptom", ["won't drain", "won't spin", "is leaking", "smells"])], summary="Fix common washing machine problems.", category="LIFESTYLE")

A("118067-grocery-list-from-fridge", "en-US", "Fridge to List", "fridge to list",
  [intent("AddIntent", ["add {item} to my shopping list", "put {item} on the list"], {"item": "AMAZON.Food"})],
  [("slack-export", "qa/slack-export/qa-2025-05-30.json", [
      T("Launch", "Fridge to List. What's running out?", "Say, add eggs to my shopping list.", u="open fridge to list"),
      T("AddIntent", "Added butter to your Alexa shopping list. Goodbye.", e=True, u="add butter to my shopping list", slots={"item": "butter"}),
  ])], [], "Household-list write permission is needed to add items to the shopping list, and a privacy policy is present.",
  perms=["list_read", "list_write"], summary="Add what's running out to your shopping list.", category="SHOPPING")

A("118068-greeting-name-personalise", "en-US", "Morning Brew Greeting", "morning brew greeting",
  [intent("BrewIntent", ["start my coffee", "brew my usual"])],
  [("pytest-caplog", "tests/logs/caplog.txt", [
      T("Launch", "Good morning, Priya! Shall I brew your usual flat white?", "Shall I brew your usual?", u="open morning brew greeting"),
      T("BrewIntent", "Brewing your flat white. Have a great day, Priya. Goodbye.", e=True, u="brew my usual"),
  ])], [], "Greeting by first name uses the given-name permission with a privacy policy; the name is not asked in conversation.",
  perms=["given_name"], lambda_name="lambda_function.py", summary="Greets you and brews your usual coffee.", category="FOOD_AND_DRINK")

A("118069-airfryer-cook-times", "en-US", "Air Fryer Cook Times", "air fryer times",
  [intent("TimeIntent", ["how long for {food}", "cook time for {food}"], {"food": "AMAZON.Food"})],
  [("curl-verbose", "scripts/smoke-test-output.txt", [
      T("Launch", "Air Fryer Times. Which food?", "Which food are you air frying?", u="open air fryer times"),
      T("TimeIntent", "Frozen fries: fifteen minutes at four hundred, shake halfway. Want another?", "Name another food, or say stop.", u="how long for frozen fries", slots={"food": "frozen fries"}),
      T("AMAZON.CancelIntent", "Okay, cancelled. Enjoy your food!", e=True, u="cancel"),
  ])], [], "Cancel is answered and the session is really closed (shouldEndSession true).",
  summary="Air fryer cooking times.")

A("118070-range-hood-filter-reminder", "en-US", "Range Hood Reminder", "range hood reminder",
  [intent("RemindIntent", ["remind me to clean the filter", "set a filter reminder"])],
  [("cloudwatch-json", "logs/aws-logs-output.json", [
      T("Launch", "Range Hood Reminder. I can remind you every three months to clean the grease filter.", "Say set a filter reminder.", u="open range hood reminder"),
      T("RemindIntent", "Done: I'll remind you on the first of September. Goodbye.", e=True, u="set a filter reminder"),
  ])], [], "The reminders permission is needed to set the reminder it offers, with a privacy policy present.",
  perms=["reminders"], summary="Reminds you to clean your range hood filter.", category="LIFESTYLE")
