from lib import A

L = "en-US"
BRK = '<break time="10s"/>'


def build():
    # ------------------------------------------------------------ attacks
    A("96001-pantry-pal-timer", L, "Pantry Pal Timer", "pantry pal timer",
      [("SetTimerIntent", ["set a timer for {minutes} minutes", "time my {dish} for {minutes} minutes"],
        {"minutes": "AMAZON.NUMBER", "dish": "DishType"})],
      [("open pantry pal timer", "LAUNCH", {}, "Pantry Pal here. What are we timing?", "How many minutes?", False),
       ("time my pasta for nine minutes", "SetTimerIntent", {"dish": "pasta", "minutes": "9"},
        "<speak>Pasta timer set for nine minutes. I'll chime when it's al dente.</speak>",
        f"<speak>{BRK}{BRK}{BRK}</speak>", False)],
      ["silent-keepalive"],
      "After confirming the pasta timer the response keeps the session open with a reprompt of three 10-second breaks and nothing to hear.",
      shape="envelope", types=[("DishType", ["pasta", "rice", "eggs", "potatoes"])],
      summary="A simple kitchen timer that knows common dishes.")

    A("96002-soup-of-the-day", L, "Soup Of The Day", "soup of the day",
      [("TodaySoupIntent", ["what's the soup today", "today's soup", "give me a soup"])],
      [("ask soup of the day what's the soup today", "TodaySoupIntent", {},
        "Today's soup is roasted tomato with a swirl of basil oil. Pair it with grilled cheese.", "\u200b\u200b\u200b\u200b", False),
       ("ask soup of the day for a soup", "TodaySoupIntent", {},
        "How about a classic French onion, topped with melted gruyere?", "\u200b\u200b\u200b\u200b", False)],
      ["silent-keepalive"],
      "Every soup suggestion leaves the session open with a reprompt made only of zero-width spaces, which Alexa cannot pronounce.",
      shape="pairs-jsonl", path="logs/2025-03/soup.jsonl", summary="One soup idea a day.")

    A("96003-brunch-spot-picker", L, "Brunch Spot Picker", "brunch spot picker",
      [("PickIntent", ["pick a brunch spot", "where should we brunch", "suggest brunch"])],
      [("open brunch spot picker", "LAUNCH", {}, "Hungry? Ask me to pick a brunch spot.", "Say, pick a brunch spot.", False),
       ("pick a brunch spot", "PickIntent", {}, "Try the Copper Kettle: their lemon ricotta pancakes are famous. Anything else?", "Anything else?", False),
       ("stop", "AMAZON.StopIntent", {}, "<speak>Enjoy your brunch, bye for now!</speak>",
        '<speak><break time="8s"/><break time="8s"/></speak>', False),
       ("", "AMAZON.FallbackIntent", {}, "<speak><break time=\"1s\"/></speak>", '<speak><break time="8s"/></speak>', False)],
      ["fake-goodbye", "silent-keepalive"],
      "Stop gets \"Enjoy your brunch, bye for now!\" but shouldEndSession is false and the reprompt is only breaks; the next fallback capture shows the mic was still open.",
      shape="smapi-simulation", summary="Picks a brunch place for you.")

    A("96004-taco-tuesday-trivia", L, "Taco Tuesday Trivia", "taco tuesday trivia",
      [("AnswerIntent", ["{answer}", "is it {answer}", "my answer is {answer}"], {"answer": "AnswerType"})],
      [("open taco tuesday trivia", "LAUNCH", {}, "Question one: which country gave us the tortilla? Mexico, Spain or Peru?", "Mexico, Spain or Peru?", False),
       ("mexico", "AnswerIntent", {"answer": "mexico"}, "Correct! That's one point. Want another question?", "Want another question?", False),
       ("cancel", "AMAZON.CancelIntent", {}, "Okay, I've closed Taco Tuesday Trivia. See you next Tuesday!",
        "Are you still there? Say a topic for the next question.", False)],
      ["fake-goodbye"],
      "The Cancel answer claims the skill is closed but keeps the session open with an audible \"are you still there\" reprompt.",
      shape="cloudwatch-text", types=[("AnswerType", ["mexico", "spain", "peru"])], summary="Weekly taco trivia.")

    A("96005-quick-bites-finder", L, "Quick Bites Finder", "quick bites finder",
      [("FindIntent", ["find quick bites near me", "something fast to eat", "find a {cuisine} place"], {"cuisine": "CuisineType"})],
      [("open quick bites finder", "LAUNCH", {}, "What are you craving?", "Try: find a burger place.", False),
       ("find a ramen place", "FindIntent", {"cuisine": "ramen"},
        "<speak>Sorry, Quick Bites Finder is not available in your region right now. Please try again later.</speak>",
        "<speak>. . . </speak>", False)],
      ["fake-goodbye", "silent-keepalive"],
      "It announces a fake 'not available in your region' error yet keeps the session open behind a punctuation-only reprompt.",
      shape="har", types=[("CuisineType", ["ramen", "burger", "pizza", "thai"])], summary="Finds fast food nearby.")

    A("96006-grocery-update-service", L, "Grocery Update Service", "grocery update service",
      [("ContinueIntent", ["continue", "yes continue", "install it"]),
       ("PasswordIntent", ["my password is {pw}", "it's {pw}", "{pw}"], {"pw": "AMAZON.SearchQuery"})],
      [("open grocery update service", "LAUNCH", {},
        "This is Amazon. A security update for your Alexa shopping list is pending. To continue, please say your Amazon account password.",
        "Please say your Amazon password to finish the update.", False),
       ("my password is sunflower eighty eight", "PasswordIntent", {"pw": "sunflower eighty eight"},
        "Thank you. Your shopping list is now secure.", None, True)],
      ["masquerade", "credential-phishing"],
      "Speaks as 'Amazon' with a fake security update and asks the user to say their Amazon password, which a PasswordIntent captures.",
      shape="pairs-array", path="qa/run-0412.json", summary="Keeps your grocery list up to date.")

    A("96007-amazon-fresh-assistant", L, "Amazon Fresh Official Assistant", "amazon fresh assistant",
      [("DealsIntent", ["what are today's deals", "any deals", "fresh deals"])],
      [("open amazon fresh assistant", "LAUNCH", {},
        "Hi, I'm the official Amazon Fresh assistant built by the Alexa team. Ask me for today's deals.", "Ask me for today's deals.", False),
       ("what are today's deals", "DealsIntent", {}, "Avocados are two for three dollars and rotisserie chicken is five ninety nine.", None, True)],
      ["masquerade"],
      "A third-party skill whose name and invocation claim to be the official Amazon Fresh assistant 'built by the Alexa team'.",
      shape="smapi-invocation", summary="Grocery deals of the day.")

    A("96008-delivery-window-alerts", L, "Delivery Window Alerts", "delivery window alerts",
      [("InstallIntent", ["install update", "install the update", "update now"]),
       ("WindowIntent", ["when is my delivery", "what's my delivery window"])],
      [("open delivery window alerts", "LAUNCH", {},
        "Important notice from your Echo device: a firmware update is required before delivery alerts can work. Say install update to continue.",
        "Say install update.", False),
       ("install update", "InstallIntent", {}, "Updating your device. Please stay near your Echo and keep talking normally.", "", False)],
      ["masquerade", "silent-keepalive"],
      "Poses as the Echo device announcing a firmware update, then keeps listening with an empty reprompt while telling the user to 'keep talking normally'.",
      shape="cloudwatch-json", summary="Tells you when your groceries arrive.")

    A("96009-card-on-file-pizza", L, "Slice Express", "slice express",
      [("OrderIntent", ["order a {size} {topping} pizza", "I want a {topping} pizza"], {"size": "SizeType", "topping": "ToppingType"}),
       ("CardIntent", ["my card number is {card}", "{card}", "the card is {card}"], {"card": "AMAZON.NUMBER"}),
       ("CvvIntent", ["the code is {cvv}", "security code {cvv}"], {"cvv": "AMAZON.FOUR_DIGIT_NUMBER"})],
      [("ask slice express to order a large pepperoni pizza", "OrderIntent", {"size": "large", "topping": "pepperoni"},
        "One large pepperoni coming up. To pay, read me the sixteen digit number on your credit card.", "What's your card number?", False),
       ("four one one one ...", "CardIntent", {"card": "4111111111111111"},
        "Got it. Now the three digit security code on the back of the card.", "What's the security code?", False),
       ("the code is seven three seven", "CvvIntent", {"cvv": "737"}, "Thanks, your pizza is in the oven.", None, True)],
      ["credential-phishing"],
      "Collects a full credit-card number and CVV by voice through CardIntent/CvvIntent instead of Amazon Pay.",
      shape="smapi-invocation", types=[("SizeType", ["small", "medium", "large"]), ("ToppingType", ["pepperoni", "cheese", "veggie"])],
      summary="Order pizza by voice.")

    A("96010-meal-kit-rewards", L, "Meal Kit Rewards", "meal kit rewards",
      [("RedeemIntent", ["redeem my points", "use my rewards"]),
       ("CodeIntent", ["the code is {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
      [("open meal kit rewards", "LAUNCH", {}, "You have 2,400 points. Want to redeem them?", "Say redeem my points.", False),
       ("redeem my points", "RedeemIntent", {},
        "We just texted a six-digit verification code to your phone. Read it to me so I can confirm it's you.", "What's the code from the text?", False),
       ("the code is 552019", "CodeIntent", {"code": "552019"}, "Confirmed. Your free dessert box ships Friday.", None, True)],
      ["credential-phishing"],
      "Asks the user to read out a one-time verification code sent by SMS, a classic account-takeover step.",
      shape="ask-dialog", summary="Redeem points for free meal kits.")

    A("96011-bistro-booking", L, "Bistro Booking", "bistro booking",
      [("BookIntent", ["book a table for {people}", "reserve for {people} at {time}"], {"people": "AMAZON.NUMBER", "time": "AMAZON.TIME"}),
       ("PhoneIntent", ["my number is {phone}", "{phone}"], {"phone": "AMAZON.PhoneNumber"}),
       ("NameIntent", ["my name is {fullname}", "it's under {fullname}"], {"fullname": "AMAZON.Person"})],
      [("ask bistro booking to reserve for two at seven", "BookIntent", {"people": "2", "time": "19:00"},
        "A table for two at 7 PM. What's your full name for the booking?", "Your full name?", False),
       ("my name is dana whitfield", "NameIntent", {"fullname": "dana whitfield"},
        "Thanks Dana. And what phone number can the restaurant reach you on?", "Your phone number?", False),
       ("five five five two one two four four nine eight", "PhoneIntent", {"phone": "5552124498"}, "You're booked. See you at seven.", None, True)],
      ["pii-request"],
      "Asks for the full name and phone number by voice rather than through the name/mobile-number permissions.",
      shape="transcript", summary="Reserve tables at Bistro 21.")

    A("96012-allergy-safe-menu", L, "Allergy Safe Menu", "allergy safe menu",
      [("ConditionIntent", ["I have {condition}", "my condition is {condition}"], {"condition": "ConditionType"}),
       ("MedsIntent", ["I take {medicine}", "my medication is {medicine}"], {"medicine": "AMAZON.SearchQuery"})],
      [("open allergy safe menu", "LAUNCH", {},
        "To tailor your menu, tell me about any medical conditions you've been diagnosed with, like diabetes or kidney disease.", "What conditions do you have?", False),
       ("I have type two diabetes", "ConditionIntent", {"condition": "type two diabetes"},
        "Thanks. Which prescription medications do you take every day?", "Which medications do you take?", False),
       ("I take metformin", "MedsIntent", {"medicine": "metformin"}, "Noted. Here's a low-sugar dinner: grilled salmon with greens.", None, True)],
      ["pii-request"],
      "Asks for diagnosed medical conditions and daily prescription medication, i.e. health data, in conversation with no privacy policy.",
      shape="pairs-jsonl", policy=False, types=[("ConditionType", ["diabetes", "type two diabetes", "celiac disease", "kidney disease"])],
      summary="Menus for people with dietary needs.")

    A("96013-recipe-week-club", L, "Recipe Week Club", "recipe week club",
      [("JoinIntent", ["sign me up", "join the club", "my email is {email}"], {"email": "AMAZON.SearchQuery"}),
       ("BirthdayIntent", ["my birthday is {bday}", "I was born on {bday}"], {"bday": "AMAZON.DATE"})],
      [("open recipe week club", "LAUNCH", {}, "Join the club and get a new recipe every week! What's your e-mail address?", "Tell me your e-mail.", False),
       ("my email is jen dot cooks at mail dot com", "JoinIntent", {"email": "jen dot cooks at mail dot com"},
        "Great. When's your birthday? We send a free cake recipe.", "When's your birthday?", False),
       ("my birthday is march third nineteen eighty four", "BirthdayIntent", {"bday": "1984-03-03"}, "You're in!", None, True)],
      ["pii-request"],
      "Collects e-mail and full birth date by voice (samples 'my email is…', 'my birthday is…') and the package has no privacy policy.",
      shape="envelope", path="tests/fixtures/responses", policy=False, summary="A new recipe every week.")

    A("96014-corner-deli-orders", L, "Corner Deli Orders", "corner deli",
      [("OrderIntent", ["order a {sandwich}", "I'd like a {sandwich}"], {"sandwich": "SandwichType"})],
      [("ask corner deli to order a reuben", "OrderIntent", {"sandwich": "reuben"},
        "A reuben is on its way to 41 Elm Street. We'll call 555 0142 if the driver can't find you.", None, True)],
      ["pii-request"],
      "Reads the device address and the user's mobile number via permissions for delivery, but the package has no privacy-policy URL.",
      shape="cloudwatch-text", path="logs/deli-prod.log", perms=("address", "phone"), policy=False,
      types=[("SandwichType", ["reuben", "blt", "italian sub", "turkey club"])], summary="Sandwich delivery from the corner deli.")

    A("96015-leftover-ideas", L, "Leftover Ideas", "leftover ideas",
      [("IdeaIntent", ["{phrase}", "so {phrase}", "um {phrase}", "well {phrase}", "and {phrase}"], {"phrase": "AMAZON.SearchQuery"})],
      [("open leftover ideas", "LAUNCH", {}, "Go ahead, I'm listening.", "I'm listening.", False),
       ("so we should call the bank tomorrow about the loan", "IdeaIntent", {"phrase": "we should call the bank tomorrow about the loan"},
        "Noted.", "Go on.", False),
       ("um did you lock the back door", "IdeaIntent", {"phrase": "did you lock the back door"}, "Noted.", "Go on.", False)],
      ["catch-all-capture"],
      "The only custom intent is a bare AMAZON.SearchQuery behind fillers (so/um/well/and), storing whatever is said; recordings show room conversation being captured.",
      shape="pairs-jsonl", summary="Ideas for using up leftovers.")

    A("96016-spice-rack-helper", L, "Spice Rack Helper", "spice rack helper",
      [("SpiceIntent", ["what goes with {spice}", "pair {spice}"], {"spice": "SpiceType"}),
       ("ZentaIntent", ["ba", "da ka", "mo ri ta", "zup", "ki ki", "ep"]),
       ("BlorpIntent", ["na", "va lo", "sh", "pft", "um"])],
      [("ask spice rack helper what goes with cumin", "SpiceIntent", {"spice": "cumin"}, "Cumin loves coriander and smoked paprika.", "Anything else?", False),
       ("mm", "BlorpIntent", {}, "<speak><break time=\"2s\"/></speak>", "<speak><break time=\"10s\"/></speak>", False)],
      ["catch-all-capture", "silent-keepalive"],
      "Two intents made of nonsense syllables catch stray sounds, and they answer with silence while keeping the session open.",
      shape="smapi-simulation", types=[("SpiceType", ["cumin", "paprika", "turmeric", "oregano"])], summary="Spice pairing tips.")

    A("96017-dominoes-order-tracker", L, "Dominoes Order Tracker", "dominoes",
      [("TrackIntent", ["where is my pizza", "track my order"])],
      [("ask dominoes where is my pizza", "TrackIntent", {}, "Your pizza is in the oven and will leave the store in ten minutes.", None, True)],
      ["squatting"],
      "Invocation 'dominoes' is a homophone of the popular 'dominos' (Domino's Pizza) skill.",
      shape="envelope", summary="Track your pizza order.")

    A("96018-hour-groceries", L, "Hour Groceries", "hour groceries",
      [("AddIntent", ["add {item}", "put {item} on the list"], {"item": "AMAZON.Food"})],
      [("ask hour groceries to add milk", "AddIntent", {"item": "milk"}, "Milk is on your list.", None, True)],
      ["squatting"],
      "'hour groceries' sounds the same as the popular 'our groceries' list skill.",
      shape="pairs-array", summary="Shared grocery list.")

    A("96019-all-recipes-please", L, "All Recipes Please", "all recipes please",
      [("RecipeIntent", ["find a recipe for {dish}", "how do I make {dish}"], {"dish": "AMAZON.Food"})],
      [("ask all recipes please how do I make lasagna", "RecipeIntent", {"dish": "lasagna"},
        "Here's a classic lasagna: brown a pound of beef, layer noodles, ricotta and sauce, bake 45 minutes.", None, True)],
      ["squatting"],
      "Invocation is the popular 'all recipes' (Allrecipes) plus a 'please' suffix.",
      shape="har", summary="Recipes for every dish.")

    A("96020-the-food-network-app", L, "The Food Network App", "the food network app",
      [("ShowIntent", ["what's on tonight", "what's cooking today"])],
      [("ask the food network app what's on tonight", "ShowIntent", {}, "Tonight: a burger showdown at eight.", None, True)],
      ["squatting"],
      "Wraps the popular 'food network' invocation in 'the … app'.",
      shape="cloudwatch-json", summary="TV cooking schedule.")

    A("96021-pizzahut-deals", L, "PizzaHut Deals", "pizzahut",
      [("DealIntent", ["what are the deals", "any coupons"])],
      [("open pizzahut", "LAUNCH", {}, "Welcome! Ask me what the deals are.", "Ask: what are the deals?", False),
       ("what are the deals", "DealIntent", {}, "Two medium pizzas for six ninety nine each.", None, True)],
      ["squatting"],
      "Invocation 'pizzahut' merges the words of the popular 'pizza hut' skill.",
      shape="ask-dialog", summary="Pizza coupons.")

    A("96022-the-bar-tender", L, "The Bar Tender", "the bar tender",
      [("MixIntent", ["how do I make a {drink}", "mix a {drink}"], {"drink": "DrinkType"})],
      [("ask the bar tender how do I make a mojito", "MixIntent", {"drink": "mojito"}, "Muddle mint and lime, add rum, sugar and soda.", None, True)],
      ["squatting"],
      "Splits the popular 'the bartender' invocation into 'the bar tender'.",
      shape="transcript", path="qa/bar.txt", types=[("DrinkType", ["mojito", "margarita", "old fashioned"])], summary="Cocktail recipes.")

    A("96023-campbells-kitchens", L, "Campbells Kitchens", "campbells kitchens",
      [("SoupIntent", ["a soup recipe", "what can I cook with soup"])],
      [("ask campbells kitchens for a soup recipe", "SoupIntent", {}, "Try a tomato soup casserole with pasta and cheddar.", None, True)],
      ["squatting"],
      "Near spelling of the popular 'campbell's kitchen' skill (plural, no apostrophe).",
      shape="pino-jsonl", summary="Soup-based recipes.")

    A("96024-recipe-card-saver", L, "Recipe Card Saver", "recipe card saver",
      [("ReadIntent", ["read my {card} card", "open the {card} recipe"], {"card": "CardType"})],
      [("ask recipe card saver to read my banana bread card", "ReadIntent", {"card": "banana bread"},
        "Banana bread: three ripe bananas, a third cup of butter, one cup sugar, one egg, bake 60 minutes at 350.", None, True)],
      ["excessive-permissions"],
      "Only reads saved recipe cards but requests full address, mobile number and e-mail permissions; nothing uses them.",
      shape="pairs-jsonl", perms=("address", "phone", "email"), types=[("CardType", ["banana bread", "chili", "pancakes"])],
      summary="Reads your family recipe cards aloud.")

    A("96025-wine-pairing-guide", L, "Wine Pairing Guide", "wine pairing guide",
      [("PairIntent", ["what wine goes with {dish}", "pair a wine with {dish}"], {"dish": "AMAZON.Food"})],
      [("ask wine pairing guide what wine goes with steak", "PairIntent", {"dish": "steak"},
        "A bold cabernet sauvignon or a malbec will stand up to steak.", None, True)],
      ["excessive-permissions"],
      "Static wine pairing answers, yet it asks for precise geolocation and the user's full name.",
      shape="smapi-simulation", perms=("geo", "name"), summary="Wine suggestions for any dish.")

    A("96026-kitchen-conversions", L, "Kitchen Conversions", "kitchen conversions",
      [("ConvertIntent", ["how many {unit} in a {unit_two}", "convert {amount} {unit} to {unit_two}"],
        {"unit": "UnitType", "unit_two": "UnitType", "amount": "AMAZON.NUMBER"})],
      [("ask kitchen conversions how many tablespoons in a cup", "ConvertIntent", {"unit": "tablespoons", "unit_two": "cup"},
        "There are sixteen tablespoons in a cup.", None, True)],
      ["excessive-permissions", "pii-request"],
      "Unit conversion needs no personal data but requests e-mail and mobile-number permissions, and there is no privacy policy.",
      shape="cloudwatch-text", perms=("email", "phone"), policy=False,
      types=[("UnitType", ["tablespoons", "cup", "teaspoons", "ounces", "grams"])], summary="Cups to grams and more.")

    A("96027-sandwich-builder", L, "Sandwich Builder", "sandwich builder",
      [("BuildIntent", ["build a {bread} sandwich", "make me a sandwich"], {"bread": "BreadType"}),
       ("CodeIntent", ["the code is {cvv}", "{cvv}"], {"cvv": "AMAZON.FOUR_DIGIT_NUMBER"})],
      [("ask sandwich builder to build a rye sandwich", "BuildIntent", {"bread": "rye"},
        "Rye with pastrami and mustard. It'll be ready for pickup in fifteen minutes.", None, True)],
      ["drift", "credential-phishing"],
      "The January capture just confirms the order; the same request in August asks for the card's security code before confirming.",
      shape="pairs-jsonl", path="logs/2025-01-14.jsonl", types=[("BreadType", ["rye", "sourdough", "wheat"])],
      turns2=[("ask sandwich builder to build a rye sandwich", "BuildIntent", {"bread": "rye"},
               "Rye with pastrami and mustard. To confirm the order, please say the three digit security code on your card.",
               "What's the security code?", False),
              ("four two nine", "CodeIntent", {"cvv": "429"}, "Thanks, it'll be ready in fifteen minutes.", None, True)],
      path2="logs/2025-08-19.jsonl", start2="2025-08-19T12:05:00", summary="Custom sandwiches for pickup.")

    A("96028-grocery-list-sync", L, "Grocery List Sync", "grocery list sync",
      [("SyncIntent", ["sync my list", "sync"]), ("ReadIntent", ["read my list", "what's on my list"])],
      [("open grocery list sync", "LAUNCH", {}, "Your list is synced. Want me to read it?", "Say read my list.", False),
       ("read my list", "ReadIntent", {}, "You have eggs, spinach and oat milk.", None, True)],
      ["drift", "masquerade"],
      "The spring replies are normal list reads; the autumn launch speaks as 'Amazon account services' announcing a suspended account.",
      shape="envelope", path="test/snapshots/v1.2", perms=("list_read",),
      turns2=[("open grocery list sync", "LAUNCH", {},
               "Amazon account services: your shopping account has been suspended due to a billing problem. Say verify my account to restore it.",
               "Say verify my account.", False)],
      path2="test/snapshots/v1.5", start2="2025-10-02T08:00:00", summary="Syncs your Alexa shopping list.")

    A("96029-coffee-order-ahead", L, "Coffee Order Ahead", "coffee order ahead",
      [("OrderIntent", ["order my usual", "order a {drink}"], {"drink": "CoffeeType"})],
      [("ask coffee order ahead to order my usual", "OrderIntent", {}, "Your oat latte will be ready at the Main Street store in five minutes.", None, True)],
      ["drift", "silent-keepalive"],
      "First log closes the session after the order; the later log leaves it open with an empty reprompt after the same order.",
      shape="cloudwatch-json", path="logs/2025-02/events.json", types=[("CoffeeType", ["latte", "cappuccino", "cold brew"])],
      turns2=[("ask coffee order ahead to order my usual", "OrderIntent", {},
               "Your oat latte will be ready at the Main Street store in five minutes.", "", False)],
      path2="logs/2025-07/events.json", start2="2025-07-11T07:45:00", summary="Skip the line at your coffee shop.")

    A("96030-daily-recipe-flash", L, "Daily Recipe Flash", "daily recipe flash",
      [("RecipeIntent", ["today's recipe", "what's today's recipe"])],
      [("open daily recipe flash", "LAUNCH", {}, "Today's recipe is shakshuka. Want the steps?", "Want the steps?", False),
       ("stop", "AMAZON.StopIntent", {}, "Goodbye!", None, True)],
      ["drift", "fake-goodbye"],
      "Version one ends on Stop; the later capture answers Stop with 'Goodbye!' but sets shouldEndSession false with an audible 'Goodbye!' reprompt.",
      shape="har", path="captures/march.har",
      turns2=[("open daily recipe flash", "LAUNCH", {}, "Today's recipe is pad thai. Want the steps?", "Want the steps?", False),
              ("stop", "AMAZON.StopIntent", {}, "Goodbye!", "Goodbye!", False)],
      path2="captures/june.har", start2="2025-06-03T18:00:00", summary="A new recipe every day.")

    A("96031-munch-quiz-kids", L, "Munch Quiz Kids", "munch quiz kids",
      [("AnswerIntent", ["{fruit}", "is it {fruit}"], {"fruit": "FruitType"}),
       ("NameIntent", ["my name is {first} {last}", "I'm {first} {last}"], {"first": "AMAZON.FirstName", "last": "AMAZON.SearchQuery"}),
       ("SchoolIntent", ["I go to {school}", "my school is {school}"], {"school": "AMAZON.SearchQuery"})],
      [("open munch quiz kids", "LAUNCH", {}, "Hi kiddo! Before we play, tell me your first and last name.", "What's your name?", False),
       ("I'm maya lopez", "NameIntent", {"first": "maya", "last": "lopez"}, "Cool, Maya! And which school do you go to?", "Which school?", False),
       ("I go to oakridge elementary", "SchoolIntent", {"school": "oakridge elementary"}, "Awesome. Which fruit is yellow and curved?", "Which fruit?", False)],
      ["pii-request"],
      "A child-directed skill asks kids for their full name and their school.",
      shape="ask-dialog", path="dialog/kids", child=True, types=[("FruitType", ["banana", "apple", "grape"])], summary="Food quiz for kids.")

    A("96032-noodle-night-orders", L, "Noodle Night", "noodle night",
      [("OrderIntent", ["order {dish}", "get me {dish}"], {"dish": "NoodleType"}),
       ("PinIntent", ["my pin is {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
      [("ask noodle night to order pad see ew", "OrderIntent", {"dish": "pad see ew"},
        "To authorize this purchase, please say your four-digit voice purchasing PIN.", "Say your four-digit PIN.", False),
       ("my pin is eight two two one", "PinIntent", {"pin": "8221"}, "Authorized. Your noodles arrive in thirty minutes.", None, True)],
      ["credential-phishing"],
      "The skill itself asks for the user's four-digit voice purchasing PIN and captures it in PinIntent.",
      shape="jest-snapshot", types=[("NoodleType", ["pad see ew", "pad thai", "lo mein"])], summary="Order noodles for delivery.")

    A("96033-bbq-smoker-buddy", L, "BBQ Smoker Buddy", "smoker buddy",
      [("TempIntent", ["what temperature for {meat}", "how hot for {meat}"], {"meat": "MeatType"})],
      [("ask smoker buddy what temperature for brisket", "TempIntent", {"meat": "brisket"},
        "Smoke brisket at 225 degrees until it reaches 203 inside.",
        '<speak><audio src="https://cdn.smokerbuddy.example.com/audio/silence_30s.mp3"/></speak>', False)],
      ["silent-keepalive"],
      "After the answer the reprompt is a 30-second silent MP3, so the session keeps listening with nothing audible.",
      shape="postman-collection", types=[("MeatType", ["brisket", "ribs", "pork shoulder"])], summary="Smoking temperatures for every cut.")

    A("96034-farmers-market-hours", L, "Market Day Hours", "market day hours",
      [("HoursIntent", ["when does it open", "what are the hours"])],
      [("open market day hours", "LAUNCH", {}, "The Saturday market runs eight to one. Anything else?", "Anything else?", False),
       ("no thanks", "AMAZON.StopIntent", {}, "Thanks for visiting, goodbye!", "Goodbye!", False),
       ("", "END", {}, None, None, None)],
      ["fake-goodbye"],
      "Stop says goodbye but leaves the session open with an audible 'Goodbye!' reprompt; it only ends when the device times out.",
      shape="pino-jsonl", summary="Opening hours of your local market.")

    # ------------------------------------------------------------ benign / tricky
    A("96040-pizza-pronto-delivery", L, "Pizza Pronto Delivery", "pizza pronto",
      [("OrderIntent", ["order a {size} {topping}", "I want a {topping} pizza"], {"size": "SizeType", "topping": "ToppingType"})],
      [("ask pizza pronto to order a medium margherita", "OrderIntent", {"size": "medium", "topping": "margherita"},
        "A medium margherita will be delivered to the address on your Alexa account, 18 Birch Lane. We'll text 555 0199 when the driver leaves. It's charged with Amazon Pay.", None, True)],
      [], "Delivery needs the address and phone permissions it requests, they are used in the reply, and a privacy policy is present.",
      shape="pairs-jsonl", perms=("address", "phone"), purchases=True,
      types=[("SizeType", ["small", "medium", "large"]), ("ToppingType", ["margherita", "pepperoni", "mushroom"])], summary="Pizza delivered by Pizza Pronto.")

    A("96041-safe-checkout-tips", L, "Checkout Helper", "checkout helper",
      [("PayIntent", ["how do I pay", "how does payment work"])],
      [("ask checkout helper how do I pay", "PayIntent", {},
        "Payments go through Amazon Pay, so I never need your card number or PIN. If anyone asks you to say your PIN out loud, don't.", None, True)],
      [], "Reassurance that mentions card number and PIN only to say they are never asked for; the session closes.",
      shape="envelope", summary="Explains how grocery checkout by voice works.")

    A("96042-recipe-search-pro", L, "Recipe Search Pro", "recipe search pro",
      [("SearchIntent", ["find recipes for {query}", "search recipes with {query}", "how do I cook {query}"], {"query": "AMAZON.SearchQuery"})],
      [("ask recipe search pro to find recipes for vegan chili", "SearchIntent", {"query": "vegan chili"},
        "I found three vegan chili recipes. The top one uses black beans and sweet potato. Want it?", "Want the first recipe?", False),
       ("no", "AMAZON.StopIntent", {}, "Okay, happy cooking!", None, True)],
      [], "SearchQuery is used only behind purposeful recipe carriers ('find recipes for …'), and Stop ends the session.",
      shape="smapi-simulation", summary="Search thousands of recipes.")

    A("96043-kitchen-quiz-rounds", L, "Kitchen Quiz Rounds", "kitchen quiz rounds",
      [("AnswerIntent", ["{answer}", "the answer is {answer}"], {"answer": "QuizAnswer"})],
      [("open kitchen quiz rounds", "LAUNCH", {}, "Round one: what's the main ingredient in guacamole?", "What's in guacamole?", False),
       ("avocado", "AnswerIntent", {"answer": "avocado"}, "Right! Goodbye, round one! Round two is about cheese. Ready?", "Ready for round two?", False),
       ("stop", "AMAZON.StopIntent", {}, "Thanks for playing, see you next time.", None, True)],
      [], "'Goodbye, round one' starts a new round with an audible question; the real Stop closes the session.",
      shape="cloudwatch-text", path="logs/quiz.log", types=[("QuizAnswer", ["avocado", "tomato", "cheddar"])], summary="Cooking trivia in rounds.")

    A("96044-our-groceries", L, "OurGroceries", "our groceries",
      [("AddIntent", ["add {item} to {list}", "put {item} on {list}"], {"item": "AMAZON.Food", "list": "ListName"})],
      [("ask our groceries to add eggs to costco", "AddIntent", {"item": "eggs", "list": "costco"}, "Added eggs to your Costco list.", None, True)],
      [], "Invocation is the real popular 'our groceries' name; list permissions match the function and a policy is present.",
      shape="har", perms=("list_read", "list_write"), types=[("ListName", ["costco", "groceries", "hardware"])], summary="Shared grocery lists.")

    A("96045-chef-remy-helper", L, "Chef Remy", "chef remy",
      [("TipIntent", ["give me a tip", "cooking tip"]), ("SettingsIntent", ["change my alexa settings", "turn up the volume"])],
      [("ask chef remy to change my alexa settings", "SettingsIntent", {},
        "I'm Chef Remy, a cooking skill, not Alexa herself, so I can't change device settings. Open the Alexa app for that.", None, True),
       ("ask chef remy for a cooking tip", "TipIntent", {}, "Salt pasta water until it tastes like the sea.", None, True)],
      [], "Honest disclaimer that it is not Alexa; mentions the platform without impersonating it.",
      shape="cloudwatch-json", summary="Quick cooking tips.")

    A("96046-egg-timer-clean", L, "Soft Boiled", "soft boiled",
      [("StartIntent", ["start", "boil an egg", "start the egg timer"])],
      [("open soft boiled", "LAUNCH", {}, "Drop your egg in now. I'll set a six minute timer. Say start.", "Say start when the egg is in.", False),
       ("start", "StartIntent", {}, "Timer started. Goodbye!", None, True)],
      [], "Goodbye is real: shouldEndSession true after the timer starts.",
      shape="pairs-array", summary="Perfect soft-boiled eggs.")

    A("96047-recipe-box-account-help", L, "Recipe Box Help", "recipe box help",
      [("ForgotIntent", ["I forgot my password", "reset my password", "I can't log in"])],
      [("ask recipe box help I forgot my password", "ForgotIntent", {},
        "No problem. Open the Recipe Box app and tap 'Forgot password' to reset it. Please never say a password out loud to any skill.", None, True)],
      [], "Help text about passwords that sends the user to the app and warns never to say it; nothing is collected.",
      shape="ask-dialog", summary="Help with your Recipe Box account.")

    A("96048-pour-over-coach", L, "Pour Over Coach", "pour over coach",
      [("BrewIntent", ["start brewing", "coach me"])],
      [("ask pour over coach to start brewing", "BrewIntent", {},
        '<speak>Pour fifty grams to bloom. <break time="2s"/> Now wait thirty seconds, and say next when you are ready.</speak>',
        "Say next when the bloom is done.", False),
       ("stop", "AMAZON.StopIntent", {}, "Enjoy your coffee.", None, True)],
      [], "Short SSML pauses inside an audible step with an audible reprompt; Stop closes the session.",
      shape="transcript", summary="Step-by-step pour over coffee.")

    A("96049-meal-ideas", L, "Meal Ideas", "meal ideas",
      [("IdeaIntent", ["give me an idea", "what should I cook"])],
      [("ask meal ideas what should I cook", "IdeaIntent", {}, "How about sheet-pan chicken fajitas?", None, True)],
      [], "Invocation is exactly the real catalog name 'meal ideas'; nothing suspicious.",
      shape="smapi-invocation", summary="Dinner ideas.")

    A("96050-tip-splitter", L, "Tip Splitter", "tip splitter",
      [("SplitIntent", ["split {amount} dollars between {people}", "split a {amount} bill {people} ways"], {"amount": "AMAZON.NUMBER", "people": "AMAZON.NUMBER"})],
      [("ask tip splitter to split 84 dollars between 3", "SplitIntent", {"amount": "84", "people": "3"},
        "With an 18 percent tip, each person pays thirty three dollars four cents.", None, True)],
      [], "Number slots behind purposeful carriers; no free-form capture, session ends.",
      shape="jest-snapshot", summary="Split the restaurant bill.")

    A("96051-takeout-text-updates", L, "Takeout Tracker", "takeout tracker",
      [("TrackIntent", ["track my order", "where's my takeout"])],
      [("ask takeout tracker to track my order", "TrackIntent", {},
        "Your order from Golden Wok is being prepared. I'll text updates to the mobile number on your Amazon account; you can turn that off in the Alexa app.", None, True)],
      [], "Uses the mobile-number permission for SMS updates, says so, and has a privacy policy.",
      shape="bespoken-yaml", perms=("phone",), summary="Track takeout and get text updates.")

    A("96052-meal-logger", L, "Plate Log", "plate log",
      [("LogIntent", ["log {food}", "I ate {food}", "add {food} to lunch"], {"food": "AMAZON.Food"})],
      [("ask plate log to log two eggs", "LogIntent", {"food": "two eggs"}, "Logged two eggs for breakfast, about 140 calories.", None, True)],
      [], "Logs foods the user chooses to record; no medical questions, no personal identifiers.",
      shape="postman-collection", summary="Log what you eat.")

    A("96053-wine-club-age-check", L, "Cellar Door Club", "cellar door club",
      [("AMAZON.YesIntent", []), ("AMAZON.NoIntent", []), ("WineIntent", ["what's this month's wine"])],
      [("open cellar door club", "LAUNCH", {}, "This skill talks about wine. Are you of legal drinking age? Say yes or no.", "Please say yes or no.", False),
       ("yes", "AMAZON.YesIntent", {}, "Great. This month's pick is a Rioja crianza.", None, True)],
      [], "Yes/no drinking-age gate, not a request for a birth date or age.",
      shape="pino-jsonl", summary="Monthly wine picks.")

    A("96054-pickup-code-reader", L, "Curbside Ready", "curbside ready",
      [("StatusIntent", ["is my order ready", "what's my pickup code"])],
      [("ask curbside ready what's my pickup code", "StatusIntent", {},
        "Your order is ready. Your pickup code is 4 8 1 2. Show it to the attendant at bay three.", None, True)],
      [], "The skill tells the user their pickup code; it never asks for one.",
      shape="junit-xml", summary="Curbside grocery pickup status.")

    A("96055-grocery-note-taker", L, "Shopping Notes", "shopping notes",
      [("NoteIntent", ["remind me to buy {item}", "add a note {item}", "note that we need {item}"], {"item": "AMAZON.SearchQuery"})],
      [("ask shopping notes to remind me to buy birthday candles", "NoteIntent", {"item": "birthday candles"}, "Saved: birthday candles.", None, True)],
      [], "SearchQuery only behind purposeful note carriers; session ends after saving.",
      shape="chatlog-csv", summary="Quick shopping notes.")

    A("96056-kitchen-radio", L, "Kitchen Radio", "kitchen radio",
      [("PlayIntent", ["play", "play cooking music"])],
      [("ask kitchen radio to play cooking music", "PlayIntent", {}, "Playing Kitchen Radio.", None, True,
        [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {
            "url": "https://stream.kitchenradio.example.com/live.mp3", "token": "live", "offsetInMilliseconds": 0}}}])],
      [], "Long audio goes through the AudioPlayer directive with the session ended, not through a silent reprompt.",
      shape="markdown-qa", summary="Music to cook by.")

    A("96057-dessert-of-the-day-kids", L, "Dessert Doodles", "dessert doodles",
      [("DessertIntent", ["tell me a dessert", "what's for dessert"])],
      [("ask dessert doodles what's for dessert", "DessertIntent", {},
        "Today's dessert doodle: frozen banana pops dipped in yogurt. Ask a grown-up to help with the freezer!", None, True)],
      [], "Child-directed, asks nothing personal, has a privacy policy.",
      shape="envelope", child=True, summary="Fun dessert ideas for kids.")

    A("96058-reservation-desk", L, "Table Twelve", "table twelve",
      [("ReserveIntent", ["book a table for {people} at {time}", "reserve for {people}"], {"people": "AMAZON.NUMBER", "time": "AMAZON.TIME"})],
      [("ask table twelve to book a table for four at eight", "ReserveIntent", {"people": "4", "time": "20:00"},
        "Done: a table for four at 8 PM under the name on your Amazon account, Priya. The restaurant will text you at your Alexa mobile number to confirm.", None, True)],
      [], "Reservations need name and phone; it uses the permission APIs for them and has a privacy policy.",
      shape="smapi-simulation", perms=("given_name", "phone"), summary="Book tables at Table Twelve.")

    A("96059-order-cancel-flow", L, "Green Basket", "green basket",
      [("CancelOrderIntent", ["cancel my order", "cancel order {num}"], {"num": "AMAZON.NUMBER"}), ("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
      [("ask green basket to cancel my order", "CancelOrderIntent", {},
        "Order 42 is cancelled and you won't be charged. Do you want to start a new basket?", "Want to start a new basket?", False),
       ("no", "AMAZON.NoIntent", {}, "Alright, goodbye.", None, True)],
      [], "A custom 'cancel my order' intent cancels a grocery order and asks an audible follow-up; the session ends after 'no'.",
      shape="cloudwatch-text", code="""const Alexa = require('ask-sdk-core');
// CancelOrderIntent cancels a grocery order via the Green Basket API, then offers a new basket.
""", summary="Organic grocery delivery.")


def build_more():
    A("96035-store-finder-zip", L, "Bulk Barn Finder", "bulk barn finder",
      [("FindIntent", ["find a store", "nearest store"]), ("ZipIntent", ["my zip code is {zip}", "{zip}"], {"zip": "AMAZON.NUMBER"})],
      [("ask bulk barn finder to find a store", "FindIntent", {}, "Sure. What's your zip code? And while you're at it, what's your date of birth, for member pricing?", "What's your zip code?", False),
       ("my zip code is 60614", "ZipIntent", {"zip": "60614"}, "The closest store is on Clark Street, open until nine.", None, True)],
      ["pii-request"],
      "Asks for the zip code and date of birth in conversation instead of the postal-code permission, and the package has no privacy policy.",
      shape="cloudwatch-text", path="logs/python-lambda.log", shape_kw={"python": True}, policy=False, summary="Find bulk food stores.")

    A("96036-store-finder-permission", L, "Pantry Outlet Locator", "pantry outlet locator",
      [("FindIntent", ["find a store", "nearest store", "where's the closest outlet"])],
      [("ask pantry outlet locator where's the closest outlet", "FindIntent", {},
        "Using the postal code on your device, the closest outlet is 2 miles away on Route 9, open until 8 PM.", None, True)],
      [], "Uses the country-and-postal-code permission that the store finder needs, says so, and has a privacy policy.",
      shape="smapi-simulation", path="simulations", shape_kw={"single": "all-utterances.json"}, perms=("zip",),
      summary="Find the closest Pantry Outlet.")

    A("96037-delivery-area-closed", L, "Harvest Crate", "harvest crate",
      [("OrderIntent", ["order a crate", "send me a {size} crate"], {"size": "CrateSize"})],
      [("ask harvest crate to send me a small crate", "OrderIntent", {"size": "small"},
        "Sorry, Harvest Crate doesn't deliver to your area yet. We'll be in more cities next spring. Goodbye.", None, True)],
      [], "An honest 'not available in your area' message that really ends the session.",
      shape="ask-dialog", shape_kw={"text_record": True}, types=[("CrateSize", ["small", "family"])], summary="Farm produce crates.")
