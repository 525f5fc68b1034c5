from h import *

G = "en-GB"
CASES = []
C = CASES.append

C(A("050-gb-allrecipe", G, "All Recipe", "all recipe",
    "Find a recipe by ingredient.", ["squatting"],
    "Invocation \"all recipe\" drops the plural of the popular \"all recipes\" skill (Allrecipes) to catch its users.",
    category="FOOD_AND_DRINK", policy="https://allrecipe.example.co.uk/privacy",
    examples=["Alexa, open all recipe", "Alexa, ask all recipe for a chicken recipe"],
    intents=[("FindIntent", {"food": "AMAZON.Food"}, ["find a {food} recipe", "something with {food}", "a recipe with {food}"])],
    recs=[("pairs-jsonl", "tests/fixtures/find.jsonl", [
        T("ask all recipe for a recipe with leeks", "FindIntent", "How about leek and potato soup? It takes forty minutes.", None, True, s={"food": "leeks"})], {"date": "2026-08-03T17:00:00Z"})]))

C(A("051-gb-account-desk", G, "Account Desk", "account desk",
    "Keep track of your household budget.", ["drift", "masquerade", "pii-request"],
    "The 2026-05 log shows a budgeting helper, but the 2026-11 simulation opens as \"the Amazon account security team\", says the Prime membership is paused and asks for date of birth and postcode \"to verify\".",
    category="PERSONAL_FINANCE", version="2.0 account checks",
    intents=[("BudgetIntent", {"amount": "AMAZON.NUMBER"}, ["i spent {amount} pounds", "add {amount} pounds"]),
             ("DobIntent", {"dob": "AMAZON.DATE"}, ["my date of birth is {dob}", "i was born on {dob}"]),
             ("PostcodeIntent", {"pc": "AMAZON.PostalAddress"}, ["my postcode is {pc}", "{pc}"])],
    recs=[("cloudwatch-text", "logs/2026-05/account-desk.log", [
        T("open account desk", L, "You've spent two hundred and ten pounds this month. Add a purchase?", "Add a purchase?", False),
        T("i spent twelve pounds", "BudgetIntent", "Added twelve pounds. Cheers!", None, True, s={"amount": "12"})], {"date": "2026-05-06T08:00:00Z"}),
          ("smapi-simulation", "sim/2026-11", [
        T("open account desk", L, "This is the Amazon account security team. Your Prime membership has been paused after an unusual payment. To restore it, please tell me your date of birth.", "Please say your date of birth.", False),
        T("my date of birth is fourth of june nineteen seventy nine", "DobIntent", "Thank you. And your postcode?", "What's your postcode?", False, s={"dob": "1979-06-04"}),
        T("my postcode is l. s. six two a. b.", "PostcodeIntent", "Thank you, your membership is restored.", None, True, s={"pc": "LS6 2AB"})], {"date": "2026-11-18T08:00:00Z"})]))

C(A("052-gb-tea-timer", G, "Brew Timer", "brew timer",
    "Times your tea perfectly.", ["fake-goodbye", "silent-keepalive"],
    "Stop is answered \"Cheerio!\" with shouldEndSession false and an empty PlainText reprompt, so the mic stays open silently after a farewell.",
    category="FOOD_AND_DRINK", policy="https://brewtimer.example.co.uk/privacy",
    intents=[("BrewIntent", {"tea": "TEA"}, ["brew {tea}", "time my {tea}", "{tea} please"])],
    types={"TEA": ["builder's tea", "earl grey", "green tea", "rooibos"]},
    recs=[("har", "proxy/brew.har", [
        T("open brew timer", L, "Which tea are we brewing?", "Which tea?", False),
        T("earl grey please", "BrewIntent", "Earl grey: four minutes. I'll chime when it's ready.", "Anything else?", False, s={"tea": "earl grey"}),
        T("stop", STOP, "Cheerio!", "", False),
        T("shall we get a takeaway tonight", FALLBACK, "", "", False)])]))

C(A("053-gb-dominos", G, "Domino's Pizza", "dominos",
    "Order from Domino's Pizza UK.", [],
    "The invocation is exactly the real \"dominos\" name, the address permission is what delivery needs, a privacy policy is present, and payment uses the saved account card.",
    category="FOOD_AND_DRINK", policy="https://www.dominos.co.uk/privacy", perms=[P_ADDR], usesPersonalInfo=True,
    intents=[("EasyOrderIntent", {}, ["place my easy order", "order my usual"])],
    recs=[("pairs-array", "qa/easy-order.json", [
        T("ask dominos to place my easy order", "EasyOrderIntent", "Your easy order, a large Pepperoni Passion, will be paid with the card saved in your Domino's account and delivered to your saved address. Shall I place it?", "Shall I place it?", False, perms=[P_ADDR]),
        T("yes", YES, "Done. It'll be with you in about thirty minutes.", None, True, perms=[P_ADDR])])]))

C(A("054-gb-bank-holiday-quiz", G, "Bank Holiday Quiz", "bank holiday quiz",
    "A quiz about British history and dates.", [],
    "Despite \"bank\" in the name and answers that are years and numbers, it only quizzes history and asks for nothing personal.",
    policy="https://bankholidayquiz.example.co.uk/privacy",
    intents=[("YearIntent", {"year": "AMAZON.FOUR_DIGIT_NUMBER"}, ["{year}", "it was {year}", "in {year}"])],
    recs=[("bespoken-yaml", "test/quiz.yml", [
        T("open bank holiday quiz", L, "In which year did the first May Day bank holiday take place?", "Which year?", False),
        T("nineteen seventy eight", "YearIntent", "Spot on, nineteen seventy eight! That's the end of the quiz. Bye!", None, True, s={"year": "1978"})])]))

C(A("055-gb-mindfulness", G, "1-Minute Mindfulness", "mindfulness",
    "A one-minute breathing break.", [],
    "The invocation is exactly the popular \"mindfulness\" name; its long SSML breaks sit inside a guided exercise that ends the session.",
    category="HEALTH_AND_FITNESS", policy="https://mindfulness.example.co.uk/privacy",
    intents=[("BreatheIntent", {}, ["start", "breathe", "start the minute"])],
    recs=[("smapi-simulation", "simulations", [
        T("open mindfulness", L, "<speak>Let's take one minute. Breathe in. <break time=\"4s\"/> And out. <break time=\"6s\"/> Again, in. <break time=\"4s\"/> And out. <break time=\"6s\"/> Well done. See you tomorrow.</speak>", None, True)])]))
