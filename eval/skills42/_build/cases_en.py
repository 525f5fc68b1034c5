# English cases (en-US / en-GB). All content hand-written.
from kit import ALX, GGL, T, G, case, policy, scene, sp

BRK = '<speak><break time="10s"/></speak>'
C = []

# 001 silent keepalive behind a forecast
C.append(case("001-porch-weather",
    ALX("Porch Weather", "porch weather", "en-US",
        [("ForecastIntent", ["what's it like outside", "forecast for {day}", "will it rain {day}"], [("day", "AMAZON.DATE")])],
        category="WEATHER", summary="Short local forecasts for the day ahead.",
        examples=["Alexa, open porch weather", "Alexa, ask porch weather will it rain tomorrow"], privacy=policy("porchweather.app")),
    [("envelope", "test/responses", [[
        T("open porch weather", "LaunchRequest", "Morning! It's nine degrees and clearing. Want tomorrow too?", "Want tomorrow's forecast?", False),
        T("yes tomorrow", "ForecastIntent", "Tomorrow stays dry with a high of fourteen. Have a good one.",
          '<speak><break time="8s"/><break time="2s"/></speak>', False, {"day": "2024-05-15"})]])],
    ["silent-keepalive"], "After the final forecast the session stays open (shouldEndSession false) and the reprompt is two chained SSML breaks with no words."))

# 002 fake goodbye in a Builder scene
C.append(case("002-supper-planner",
    GGL("builder", "Supper Planner", "supper planner", "en-US",
        [("PlanMeal", ["plan dinner for $day", "what should we eat on $day"], [("day", "actions.type.DateTime")]),
         ("Finished", ["that's everything", "we're done", "no thanks"])],
        category="FOOD_AND_DRINK", summary="Plans a week of family dinners.", privacy=policy("supperplanner.co"),
        noinput=["Anything else for the menu?", "Still there?", "Anything else for the menu?"]),
    [("gactions-scene", "webhook-captures", [[
        G("talk to supper planner", "actions.intent.MAIN", "Hi! Which night shall we plan?"),
        G("plan dinner for friday", "PlanMeal", "Friday: lemon chicken traybake with greens.", slots={"day": "friday"}),
        G("that's everything", "Finished", "Lovely, enjoy dinner tonight. Bye for now!", expect=True, nxt="Main", handler="finished")]])],
    ["fake-goodbye"], "On 'that's everything' it says 'Bye for now!' but the webhook sends the user back to the Main scene instead of END_CONVERSATION; the no-input prompts are audible, so only fake-goodbye."))

# 003 OTP phishing in an account-linked bank skill
C.append(case("003-ledger-line",
    ALX("Ledger Line", "ledger line", "en-GB",
        [("BalanceIntent", ["what's my balance", "how much is in {account}"], [("account", "AccountType")]),
         ("TransferIntent", ["move {amount} to {account}"], [("amount", "AMAZON.NUMBER"), ("account", "AccountType")]),
         ("NumberIntent", ["{digits}", "it's {digits}", "the number is {digits}"], [("digits", "AMAZON.FOUR_DIGIT_NUMBER")])],
        types=[("AccountType", ["savings", "current account", "joint account"])], category="BUSINESS_AND_FINANCE",
        summary="Balances and transfers between your own Ledger accounts.", privacy=policy("ledgerline.co.uk"),
        account_linking="https://auth.ledgerline.co.uk/oauth/authorize"),
    [("har", "captures/charles-2024-05-14.har", [[
        T("open ledger line", "LaunchRequest", "Welcome back. Your current account is at 812 pounds. What next?", "You can ask for a balance or a transfer.", False),
        T("move fifty to savings", "TransferIntent", "Sure. We've just sent a short number to the mobile we hold for you. When it arrives, read it back to me and the transfer goes through.",
          "Read me the number from the message when you have it.", False, {"amount": "50", "account": "savings"}),
        T("four two nine one", "NumberIntent", "Thanks, that's done.", None, True, {"digits": "4291"})]])],
    ["credential-phishing"], "During a transfer the skill asks the user to read back the one-time code texted to their phone; bank OTPs must never be spoken to a voice app."))

# 004 masquerade as the Assistant in a news action
C.append(case("004-morning-rundown",
    GGL("sdkv2", "Morning Rundown", "morning rundown", "en-US",
        [("Headlines", ["what's the news", "give me the headlines"]), ("Topic", ["news about $topic"], [("topic", "$NewsTopic")])],
        types=[("NewsTopic", ["sport", "business", "science", "local"])], category="NEWS", summary="Five headlines in two minutes.",
        privacy=policy("morningrundown.news")),
    [("gactions-conversation", "conversations/sim-0514", [[
        G("talk to morning rundown", "actions.intent.MAIN",
          "One moment. This is your Assistant with a quick housekeeping note: after last night's system update your news sources were reset, and I'll re-confirm them as we go. Now, the headlines.",
          noinput=["Shall I read the headlines?"]),
        G("yes", "Headlines", "First up, rail strikes are called off for the weekend.", noinput=["Want the next one?"])]])],
    ["masquerade"], "The welcome speaks as 'your Assistant' announcing a system update and reset settings, presenting a third-party news action as the platform itself."))

# 005 PII without need and no policy
C.append(case("005-stride-log",
    ALX("Stride Log", "stride log", "en-US",
        [("LogRunIntent", ["log a run of {miles} miles", "I ran {miles} miles"], [("miles", "AMAZON.NUMBER")]),
         ("BirthdayIntent", ["{dob}", "I was born on {dob}"], [("dob", "AMAZON.DATE")]),
         ("StreetIntent", ["I live at {street}", "I start from {street}"], [("street", "AMAZON.PostalAddress")])],
        category="HEALTH_AND_FITNESS", summary="Keep a simple log of your runs."),
    [("smapi-simulation", "simulations", [[
        T("open stride log", "LaunchRequest", "Stride Log here. How far did you go today?", "How many miles?", False),
        T("I ran four miles", "LogRunIntent", "Four miles, nice. To set up your streak calendar, what's your date of birth?", "What's your birthday?", False, {"miles": "4"}),
        T("march third nineteen eighty", "BirthdayIntent", "Got it. And which street do you start from? I'll pin your routes to your front door.", "What's the address you run from?", False, {"dob": "1980-03-03"}),
        T("twelve elm road", "StreetIntent", "Saved. Keep it up!", None, True, {"street": "12 Elm Road"})]])],
    ["pii-request"], "A mileage log asks for date of birth and home street address it never needs, and the package has no privacy-policy URL."))

# 006 catch-all via sentence-valued custom type
C.append(case("006-kitchen-memo",
    ALX("Kitchen Memo", "kitchen memo", "en-US",
        [("MemoIntent", ["{line}"], [("line", "HouseholdLine")]),
         ("ReadIntent", ["read my memos", "what's on the board"])],
        types=[("HouseholdLine", ["we need to pick the kids up at five", "did you call your mother back", "I told you the car needs fixing",
                                  "the bank rang again about the loan", "don't tell anyone about the surgery", "where did you put the spare key",
                                  "I'm not going to that dinner", "your sister is coming on sunday"])],
        category="PRODUCTIVITY", summary="A shared fridge board for the family.", privacy=policy("kitchenmemo.app")),
    [("pairs-jsonl", "qa/run-2024-05-02.jsonl", [[
        T("open kitchen memo", "LaunchRequest", "The board's open.", "The board's open.", False),
        T("the bank rang again about the loan", "MemoIntent", "Noted.", "Noted.", False, {"line": "the bank rang again about the loan"}),
        T("where did you put the spare key", "MemoIntent", "Noted.", "Noted.", False, {"line": "where did you put the spare key"})]])],
    ["catch-all-capture"], "The only sample is a bare {line} whose custom type lists whole private household sentences, so anything said near the device is captured as a memo."))

# 007 squat on "our groceries"
C.append(case("007-hour-groceries",
    ALX("Hour Groceries", "hour groceries", "en-US",
        [("AddIntent", ["add {item}", "put {item} on the list"], [("item", "AMAZON.Food")]), ("ReadIntent", ["what's on the list"])],
        category="SHOPPING", summary="Your grocery list, shared with the whole family.", privacy=policy("hourgroceries.net")),
    [("cloudwatch-text", "logs/2024-05-21.log", [[
        T("open hour groceries", "LaunchRequest", "Your list is ready. What should I add?", "What should I add?", False),
        T("add milk", "AddIntent", "Milk is on the list.", None, True, {"item": "milk"})]])],
    ["squatting"], "The invocation 'hour groceries' is a homophone of the popular catalog skill 'our groceries'."))

# 008 excessive permissions with a policy
C.append(case("008-coastal-tides",
    ALX("Coastal Tides", "coastal tides", "en-GB",
        [("TideIntent", ["when is high tide at {port}", "tides for {port}"], [("port", "UKPort")])],
        types=[("UKPort", ["whitby", "brighton", "padstow", "oban", "tenby"])], category="WEATHER",
        summary="High and low water times for UK harbours.", privacy=policy("coastaltides.uk"),
        perms=["alexa::profile:mobile_number:read", "alexa::profile:email:read", "alexa::devices:all:address:full:read"]),
    [("smapi-invocation", "tests/invocations", [[
        T("open coastal tides", "LaunchRequest", "Which harbour?", "Say a harbour, like Whitby.", False),
        T("tides for padstow", "TideIntent", "High water at Padstow is 14:22, low water at 20:31.", None, True, {"port": "padstow"})]])],
    ["excessive-permissions"], "A tide-table skill where the user names the harbour declares mobile number, e-mail and full street address permissions it never uses; a policy exists so no pii-request."))

# 009 drift to PIN phishing
_pj = ALX("Penny Jar", "penny jar", "en-US",
          [("SavedIntent", ["how much have I saved", "what's in the jar"]), ("CodeIntent", ["{code}", "it's {code}"], [("code", "AMAZON.FOUR_DIGIT_NUMBER")])],
          category="BUSINESS_AND_FINANCE", summary="Check your round-up savings jar.", privacy=policy("pennyjar.money"),
          account_linking="https://login.pennyjar.money/authorize")
C.append(case("009-penny-jar",
    _pj,
    [("pairs-jsonl", "recordings/2024-02-10/session.jsonl", [[
        T("open penny jar", "LaunchRequest", "Your jar holds 63 dollars and 40 cents this month.", None, True)]], {"base": "2024-02-10T08:00:00"}),
     ("pairs-jsonl", "recordings/2024-08-22/session.jsonl", [[
        T("open penny jar", "LaunchRequest", "Before I open the jar today, I need the four numbers you type at the cash machine.", "Which four numbers do you use at the ATM?", False),
        T("one nine eight four", "CodeIntent", "Thanks. Your jar holds 71 dollars.", None, True, {"code": "1984"})]], {"base": "2024-08-22T08:00:00"})],
    ["credential-phishing", "drift"], "The February recording just reads the savings total; the August one asks for the four digits typed at the cash machine (the card PIN) before answering."))

# 010 benign precise location with a policy
C.append(case("010-trail-forecast",
    GGL("builder", "Trail Forecast", "trail forecast", "en-US",
        [("TrailWeather", ["weather on my trail", "is it safe to hike today"])], category="WEATHER",
        summary="Hiking weather for where you stand.", privacy=policy("trailforecast.org"),
        scenes={"Main": scene(["TrailWeather"], ["Ask me about the trail weather."]),
                "RequestPermission": {"slots": [{"name": "permission", "type": {"name": "actions.type.Permission"}, "config": {
                    "@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec",
                    "context": "To give the forecast for the trail you're on", "permissions": ["DEVICE_PRECISE_LOCATION"]}}]}}),
    [("gcloud-logging", "logs/gcloud-read.json", [[
        G("talk to trail forecast", "actions.intent.MAIN", "To check the trail you're on, I'll ask for your location.", perm=("To give the forecast for the trail you're on", ["DEVICE_PRECISE_LOCATION"])),
        G("yes", "actions.intent.PERMISSION", "Thanks. Clear until three, then gusts to forty on the ridge. Have a safe hike!", expect=False, slots={"granted": True})]])],
    [], "Precise location is requested with a clear reason for a location-based forecast and the project has a privacy policy."))

# 011 benign purposeful search slot
C.append(case("011-family-recipe-box",
    ALX("Family Recipe Box", "family recipe box", "en-US",
        [("FindIntent", ["find recipes with {query}", "search for {query} recipes", "what can I cook with {query}"], [("query", "AMAZON.SearchQuery")])],
        category="FOOD_AND_DRINK", summary="Search the recipes your family saved.", privacy=policy("familyrecipebox.com")),
    [("junit-xml", "reports/junit.xml", [[
        T("open family recipe box", "LaunchRequest", "What would you like to cook with?", "Tell me an ingredient, like chickpeas.", False),
        T("what can I cook with leftover rice", "FindIntent", "Grandma's fried rice uses leftover rice. Shall I read it?", "Shall I read the recipe?", False, {"query": "leftover rice"}),
        T("stop", "AMAZON.StopIntent", "Goodbye, happy cooking.", None, True)]])],
    [], "The free-form SearchQuery slot sits behind purposeful carriers ('find recipes with …') and Stop really ends the session."))

# 012 benign real catalog name
C.append(case("012-our-groceries",
    ALX("OurGroceries", "our groceries", "en-US",
        [("AddIntent", ["add {item} to my {list} list", "put {item} on {list}"], [("item", "AMAZON.SearchQuery"), ("list", "ListName")])],
        types=[("ListName", ["shopping", "costco", "hardware"])], category="SHOPPING", summary="Shared grocery lists.",
        privacy=policy("ourgroceries.com"), account_linking="https://www.ourgroceries.com/oauth/authorize"),
    [("ngrok-inspect", "debug/ngrok-requests.json", [[
        T("ask our groceries to add oat milk to my shopping list", "AddIntent", "Added oat milk to Shopping.", None, True, {"item": "oat milk", "list": "shopping"})]])],
    [], "The invocation is the real popular catalog skill 'our groceries' itself; the add-to-list carrier is purposeful."))

# 013 benign honest Google mention
C.append(case("013-city-transit-times",
    GGL("dialogflow", "City Transit Times", "city transit times", "en-US",
        [("NextBus", ["when is the next {route:42} bus", "next {route:7} at my stop"], [("route", "@sys.number")])],
        category="TRAVEL_AND_TRANSPORTATION", summary="Live bus arrivals.", privacy=policy("citytransittimes.io")),
    [("dialogflow-webhook", "fulfillment-tests/0512", [[
        G("talk to city transit times", "actions.intent.MAIN", "Which route?", noinput=["Which bus route?"]),
        G("next 42", "NextBus", "The 42 arrives in six minutes. For walking directions to the stop, you can ask Google Maps. Bye!", expect=False, slots={"route": 42})]])],
    [], "It mentions Google Maps only as a pointer to another app, speaks as itself, and ends the conversation."))

# 014 benign health data with a policy
C.append(case("014-blood-pressure-diary",
    ALX("Blood Pressure Diary", "pressure diary", "en-US",
        [("ReadingIntent", ["log {sys} over {dia}", "my reading is {sys} over {dia}"], [("sys", "AMAZON.NUMBER"), ("dia", "AMAZON.NUMBER")])],
        category="HEALTH_AND_FITNESS", summary="Log blood-pressure readings to share with your doctor.", privacy=policy("pressurediary.health"),
        personal=True),
    [("newman-report", "postman/newman-run.json", [[
        T("open pressure diary", "LaunchRequest", "Ready to log a reading. What were the numbers?", "Say it like one twenty over eighty.", False),
        T("my reading is one thirty over eighty five", "ReadingIntent", "Logged 130 over 85. That's in your weekly report.", None, True, {"sys": "130", "dia": "85"})]])],
    [], "The health reading is the skill's whole purpose and the package has a privacy policy."))

# 015 silent no-input prompts (SDK v2) seen through a HAR
C.append(case("015-pocket-recipes",
    GGL("sdkv2", "Pocket Recipes", "pocket recipes", "en-US",
        [("Recipe", ["a recipe for $dish", "how do I make $dish"], [("dish", "$Dish")])],
        types=[("Dish", ["pancakes", "chilli", "banana bread"])], category="FOOD_AND_DRINK", summary="Quick recipes read aloud.",
        privacy=policy("pocketrecipes.kitchen")),
    [("har", "browser/simulator.har", [[
        G("talk to pocket recipes", "actions.intent.MAIN", "What are we making?", noinput=["What are we making?"]),
        G("banana bread", "Recipe", "Mash three ripe bananas, add melted butter, sugar, an egg and flour, and bake for an hour. Enjoy!",
          noinput=['<speak><break time="5s"/></speak>', '<speak>.</speak>', '<speak> </speak>'], slots={"dish": "banana bread"})]])],
    ["silent-keepalive"], "After the recipe (sign-off 'Enjoy!') the action still expects a reply and all three no-input prompts are a break, a lone full stop and a space."))

# 016 masquerade as the device maker in card + speech
C.append(case("016-speaker-tune-up",
    ALX("Speaker Tune-Up", "speaker tune up", "en-US",
        [("StartIntent", ["start", "run the check"])], category="UTILITIES", summary="Sound tips for your speaker.",
        privacy=policy("speakertuneup.io")),
    [("cloudwatch-json", "exports/filter-log-events.json", [[
        T("open speaker tune up", "LaunchRequest",
          "Hello, this message comes from the team that builds your Echo. Your device is scheduled for a microphone calibration tonight; stay in this session and we'll confirm your device settings.",
          "Are you ready for calibration?", False,
          card={"title": "Echo Device Services", "content": "Scheduled calibration for your Echo. Keep this skill open to confirm."})]])],
    ["masquerade"], "Speech and card claim to come from the team that builds the Echo and announce a device calibration, impersonating the maker."))

# 017 filler-carrier catch-all in Builder
C.append(case("017-mood-jar",
    GGL("builder", "Mood Jar", "mood jar", "en-US",
        [("Note", ["well $entry", "like $entry", "hmm $entry", "$entry"], [("entry", "AnyWords")])],
        types=[("AnyWords", "freetext")], category="HEALTH_AND_FITNESS", summary="Drop a mood in the jar.",
        privacy=policy("moodjar.me"), noinput=["Anything else for the jar?"]),
    [("gactions-conversation-jsonl", "exports/webhook.jsonl", [[
        G("talk to mood jar", "actions.intent.MAIN", "Mood jar is open."),
        G("hmm I think she's still angry about the money", "Note", "Dropped in.", slots={"entry": "I think she's still angry about the money"}),
        G("like we can't afford the trip", "Note", "Dropped in.", slots={"entry": "we can't afford the trip"})]])],
    ["catch-all-capture"], "A free-text type behind filler carriers ('well', 'like', 'hmm') and a bare $entry records whatever is said in the room."))

# 018 benign smart-home with honest Alexa mention
C.append(case("018-hallway-light-scenes",
    ALX("Hallway Light Scenes", "hallway scenes", "en-US",
        [("SceneIntent", ["set {scene}", "switch to {scene}"], [("scene", "SceneName")])],
        types=[("SceneName", ["movie night", "dinner", "night walk"])], category="SMART_HOME", summary="Preset light scenes.",
        privacy=policy("hallwayscenes.com"), account_linking="https://hallwayscenes.com/oauth"),
    [("ask-dialog", "dialog", [[
        T("open hallway scenes", "LaunchRequest", "Which scene? You can also ask Alexa to run it as part of a routine in the Alexa app.", "Which scene?", False),
        T("set movie night", "SceneIntent", "Movie night is on.", None, True, {"scene": "movie night"})]], {"text": True})],
    [], "It mentions Alexa and the Alexa app honestly as a place to add routines, never speaking as Alexa."))

# 019 CVV phishing phrased indirectly
C.append(case("019-fare-finder",
    GGL("sdkv2", "Fare Finder", "fare finder", "en-US",
        [("Search", ["flights to $city", "cheap fares to $city"], [("city", "$City")]), ("Digits", ["$n"], [("n", "SchemaOrg_Number")])],
        types=[("City", ["lisbon", "denver", "toronto"])], category="TRAVEL_AND_TRANSPORTATION", summary="Finds cheap fares.",
        privacy=policy("farefinder.travel")),
    [("gactions-conversation", "sim", [[
        G("talk to fare finder", "actions.intent.MAIN", "Where to?", noinput=["Where would you like to fly?"]),
        G("cheap fares to lisbon", "Search", "I can hold 312 dollars return for 24 hours. To place the hold on the card you used last time, tell me the three small numbers printed next to the signature strip.", noinput=["Just the three numbers on the back."], slots={"city": "lisbon"}),
        G("five one seven", "Digits", "Held. Check your email.", expect=False, slots={"n": "517"})]])],
    ["credential-phishing"], "Asks for 'the three small numbers next to the signature strip' (the card CVV) to hold a fare."))

# 020 child-directed with a policy still asks PII
C.append(case("020-dino-bedtime-facts",
    ALX("Dino Bedtime Facts", "dino facts tonight", "en-US",
        [("FactIntent", ["tell me a dino fact", "another one"]), ("NameIntent", ["{first}", "my name is {first}"], [("first", "AMAZON.FirstName")]),
         ("SchoolIntent", ["I go to {school}", "my school is {school}"], [("school", "AMAZON.SearchQuery")])],
        category="KIDS", child=True, summary="A gentle dinosaur fact before sleep.", privacy=policy("dinobedtime.fun")),
    [("transcript", "qa/transcript-kids.txt", [[
        T("open dino facts tonight", "LaunchRequest", "Roar! Before our fact, what's your first name, explorer?", "What's your name?", False),
        T("my name is maya", "NameIntent", "Hi Maya! And which school do you go to? The dinosaurs like to know.", "Which school?", False, {"first": "maya"}),
        T("I go to hillcrest primary", "SchoolIntent", "Stegosaurus had a brain the size of a walnut. Sleep tight!", None, True, {"school": "hillcrest primary"})]])],
    ["pii-request"], "A child-directed skill asks the child's first name and school; children's skills asking personal data count even with a policy."))

# 021 squat on "all recipes"
C.append(case("021-all-the-recipes",
    ALX("All The Recipes", "all the recipes", "en-US",
        [("RecipeIntent", ["a recipe for {dish}"], [("dish", "AMAZON.Food")])], category="FOOD_AND_DRINK",
        summary="Thousands of recipes read aloud.", privacy=policy("alltherecipes.cooking")),
    [("pairs-array", "test/fixtures/recorded.json", [[
        T("open all the recipes", "LaunchRequest", "What dish?", "Name a dish.", False),
        T("a recipe for lasagne", "RecipeIntent", "Layer pasta, ragu and bechamel three times, then bake forty minutes.", None, True, {"dish": "lasagne"})]])],
    ["squatting"], "'all the recipes' adds a filler word to the popular catalog skill 'all recipes' (Allrecipes)."))

# 022 squat on "kayak" (Google)
C.append(case("022-kay-yak-trips",
    GGL("builder", "Kay Yak Trips", "kay yak", "en-US",
        [("Trip", ["trips to $place"], [("place", "actions.type.Location")])], category="TRAVEL_AND_TRANSPORTATION",
        summary="Hotel and flight deals.", privacy=policy("kayyak.travel"), noinput=["Where to?"]),
    [("gactions-scene", "logs/scene-hooks", [[
        G("talk to kay yak", "actions.intent.MAIN", "Where are you travelling?"),
        G("trips to rome", "Trip", "Three nights in Rome from 420 dollars. Safe travels!", expect=False, slots={"place": "rome"})]])],
    ["squatting"], "The pronunciation 'kay yak' splits the popular catalog invocation 'kayak' into a sound-alike."))

# 023 excessive perms and no policy
C.append(case("023-bin-day",
    ALX("Bin Day", "bin day", "en-GB",
        [("NextIntent", ["which bin goes out", "when is collection"])], category="UTILITIES",
        summary="Which bin goes out this week.",
        perms=["alexa::devices:all:address:full:read", "alexa::profile:name:read", "alexa::profile:mobile_number:read"]),
    [("har", "network/devtools.har", [[
        T("open bin day", "LaunchRequest", "I need your address, name and mobile to look up your council. Please grant them in the Alexa app.", None, True,
          card={"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:address:full:read", "alexa::profile:name:read", "alexa::profile:mobile_number:read"]})]])],
    ["excessive-permissions", "pii-request"], "A bin-collection skill needs at most the postcode but requests full address, name and mobile number, and ships no privacy policy."))

# 024 fake goodbye + silent no-input (Dialogflow)
C.append(case("024-full-time-scores",
    GGL("dialogflow", "Full Time Scores", "full time scores", "en-GB",
        [("Score", ["how did {team:arsenal} do", "{team:leeds} score"], [("team", "@Team")]), ("Stop", ["stop", "that's all", "bye"])],
        types=[("Team", ["arsenal", "leeds", "celtic", "everton"])], category="SPORTS", summary="Final scores from today's matches.",
        privacy=policy("fulltimescores.uk"), tz="Europe/London"),
    [("dialogflow-webhook", "tests/webhook", [[
        G("talk to full time scores", "actions.intent.MAIN", "Which team?", noinput=["Which team?"]),
        G("how did leeds do", "Score", "Leeds won two nil.", noinput=["Another team?"], slots={"team": "leeds"}),
        G("that's all", "Stop", "Right, that's full time from me. Cheerio!", noinput=['<speak><break time="10s"/></speak>', '<speak><break time="10s"/></speak>'])]])],
    ["fake-goodbye", "silent-keepalive"], "On 'that's all' it signs off ('that's full time from me, cheerio') but keeps expectUserResponse true with break-only no-input prompts."))

# 025 benign: question after a goodbye-like phrase, audible reprompt
C.append(case("025-weekend-getaway-ideas",
    ALX("Weekend Getaway Ideas", "getaway ideas", "en-US",
        [("IdeaIntent", ["give me an idea", "somewhere near {city}"], [("city", "AMAZON.US_CITY")])], category="TRAVEL_AND_TRANSPORTATION",
        summary="Short-break ideas.", privacy=policy("getawayideas.net")),
    [("smapi-simulation", "simulations/all.json", [[
        T("open getaway ideas", "LaunchRequest", "Looking for a weekend away?", "Want an idea?", False),
        T("somewhere near boston", "IdeaIntent", "Try Portsmouth, New Hampshire: harbour walks and chowder. Want another idea before you go?", "Another idea, yes or no?", False, {"city": "boston"}),
        T("no", "AMAZON.NoIntent", "Okay, have a great trip. Goodbye!", None, True)]], {"single": True})],
    [], "The open session carries a real audible question; the goodbye really ends the session."))

# 026 benign SDK v2 with honest Google Fit mention
C.append(case("026-yoga-minutes",
    GGL("sdkv2", "Yoga Minutes", "yoga minutes", "en-US",
        [("Next", ["next pose", "continue"])], category="HEALTH_AND_FITNESS", summary="Guided ten-minute yoga.",
        privacy=policy("yogaminutes.studio")),
    [("gactions-conversation", "conv-logs/0601", [[
        G("talk to yoga minutes", "actions.intent.MAIN", "Let's begin in mountain pose. Say next pose when you're ready.", noinput=["Say next pose when you're ready.", "Say next pose, or stop to finish."]),
        G("next pose", "Next", "Downward dog. Breathe out. Say next pose when you're ready.", noinput=["Say next pose when you're ready."]),
        G("stop", "actions.intent.CANCEL", "Nice work. Your minutes can also show up in Google Fit if you connect it on our website. Namaste.", expect=False)]])],
    [], "No-input prompts are spoken instructions; the Google Fit mention is an honest pointer and stop ends the conversation."))

# 027 benign reassurance/negation
C.append(case("027-porch-light-scheduler",
    ALX("Porch Light Scheduler", "light scheduler", "en-US",
        [("ScheduleIntent", ["turn the porch light on at {time}"], [("time", "AMAZON.TIME")])], category="SMART_HOME",
        summary="Schedule outdoor lights.", privacy=policy("lightscheduler.home"), account_linking="https://lightscheduler.home/oauth"),
    [("cloudwatch-text", "cloudwatch/export.txt", [[
        T("open light scheduler", "LaunchRequest", "Your lights are linked. We'll never ask for your Amazon password or any code by voice. When should the porch light come on?", "What time?", False),
        T("turn the porch light on at seven", "ScheduleIntent", "Done, seven p.m. every day.", None, True, {"time": "19:00"})]], {"py": True})],
    [], "Negation only ('we'll never ask for your Amazon password or any code'); no secret is requested."))

# 028 benign news with negation of being Google
C.append(case("028-news-bites",
    GGL("builder", "News Bites", "news bites", "en-US",
        [("Latest", ["latest news", "what's new"])], category="NEWS", summary="Independent local news.",
        privacy=policy("newsbites.press"), noinput=["Want the latest?"], ends=["Latest"]),
    [("csv-log", "analysis/turns.csv", [[
        G("talk to news bites", "actions.intent.MAIN", "News Bites, an independent newsroom, not a Google service. Want the latest?"),
        G("latest news", "Latest", "The library reopens Monday with longer hours. That's all for now.", expect=False)]])],
    [], "It explicitly says it is not a Google service; no impersonation."))

# 029 benign drift (harmless wording change)
C.append(case("029-tea-timer",
    ALX("Tea Timer", "tea timer", "en-GB",
        [("BrewIntent", ["brew {tea}", "time my {tea}"], [("tea", "TeaType")])], types=[("TeaType", ["green", "black", "herbal"])],
        category="FOOD_AND_DRINK", summary="Perfect brewing times.", privacy=policy("teatimer.uk")),
    [("envelope", "versions/v1.0.0/out", [[T("brew green", "BrewIntent", "Green tea: two minutes.", None, True, {"tea": "green"})]], {"base": "2024-01-05T16:00:00"}),
     ("envelope", "versions/v1.1.0/out", [[T("brew herbal", "BrewIntent", "Herbal tea: five minutes. Lovely choice.", None, True, {"tea": "herbal"})]], {"base": "2024-06-05T16:00:00"})],
    [], "Two versions differ only in wording and an added tea type; both end the session normally."))

# 030 PII in Dialogflow with no need
C.append(case("030-price-check-pal",
    GGL("dialogflow", "Price Check Pal", "price check pal", "en-US",
        [("Price", ["price of {item:eggs}", "how much is {item:bread}"], [("item", "@Product")]),
         ("Health", ["my husband is {cond:diabetic}", "I take {cond:blood thinners}", "{cond:nobody} has allergies"], [("cond", "@Condition")])],
        types=[("Product", ["eggs", "bread", "milk", "coffee"]), ("Condition", ["diabetic", "diabetes", "blood thinners", "heart condition", "food allergy", "nobody"])],
        category="SHOPPING", summary="Compare grocery prices."),
    [("dialogflow-webhook", "webhook/replay", [[
        G("talk to price check pal", "actions.intent.MAIN", "Hi! Before we compare prices, it helps me to know who I'm shopping for. Does anyone at home live with diabetes, heart trouble or a food allergy?", noinput=["Any health conditions at home I should know about?"]),
        G("my husband is diabetic and I take blood thinners", "Health", "Thanks, I'll remember that. What are you pricing today?", noinput=["What item?"], slots={"cond": "diabetic"}),
        G("price of eggs", "Price", "Eggs are cheapest at FreshCo this week.", expect=False, slots={"item": "eggs"})]])],
    ["pii-request"], "A price comparison asks about the household's health conditions, which it never needs, and the project has no privacy policy."))

# 031 nonsense-syllable catch-all
C.append(case("031-sous-chef-timer",
    ALX("Sous Chef Timer", "sous chef timer", "en-US",
        [("TimerIntent", ["set {minutes} minutes for {dish}"], [("minutes", "AMAZON.NUMBER"), ("dish", "AMAZON.Food")]),
         ("TailIntent", ["blah {tail}", "doo {tail}", "la la {tail}", "mm {tail}"], [("tail", "AMAZON.SearchQuery")])],
        category="FOOD_AND_DRINK", summary="Named kitchen timers.", privacy=policy("souscheftimer.app")),
    [("newman-report", "newman/report.json", [[
        T("open sous chef timer", "LaunchRequest", "Which timer?", "Which timer?", False),
        T("set ten minutes for rice", "TimerIntent", "Rice timer, ten minutes.", "Anything else?", False, {"minutes": "10", "dish": "rice"}),
        T("mm I don't know if he'll come home tonight", "TailIntent", "Okay.", "Anything else?", False, {"tail": "I don't know if he'll come home tonight"})]])],
    ["catch-all-capture"], "TailIntent's samples are nonsense syllables ('blah', 'doo', 'la la', 'mm') before a SearchQuery slot, capturing arbitrary speech."))

# 032 masquerade in card title (Google)
C.append(case("032-parcel-watch",
    GGL("sdkv2", "Parcel Watch", "parcel watch", "en-GB",
        [("Track", ["where is my parcel", "track $ref"], [("ref", "SchemaOrg_Text")])], category="SHOPPING",
        summary="Track deliveries.", privacy=policy("parcelwatch.co.uk")),
    [("gactions-conversation", "recordings", [[
        G("talk to parcel watch", "actions.intent.MAIN", "You're through to the Google Home delivery desk. I can see one parcel waiting on a customs step.",
          noinput=["Shall I explain the customs step?"], card={"title": "Google Home Delivery Desk", "content": "Your parcel is held. Reference GH-55120."})]])],
    ["masquerade"], "Speech and basic card present the action as 'the Google Home delivery desk', posing as the platform maker."))

# 033 benign needed address for delivery
C.append(case("033-grocery-delivery-slots",
    ALX("Grocery Delivery Slots", "delivery slots", "en-US",
        [("SlotIntent", ["next delivery slot", "book {day}"], [("day", "AMAZON.DATE")])], category="SHOPPING",
        summary="Book your grocery delivery window.", privacy=policy("deliveryslots.store"),
        perms=["alexa::devices:all:address:full:read", "alexa::profile:given_name:read"]),
    [("pairs-jsonl", "tests/recorded/slots.jsonl", [[
        T("open delivery slots", "LaunchRequest", "Hi Dana. The next slot to 14 Birch Lane is Thursday 6 to 7. Book it?", "Book Thursday?", False),
        T("yes", "AMAZON.YesIntent", "Booked for Thursday.", None, True)]])],
    [], "Address and first name are needed to deliver groceries and greet the user, and the package has a privacy policy."))

# 034 benign bank with negation
C.append(case("034-maple-credit-union",
    ALX("Maple Credit Union", "maple credit union", "en-US",
        [("BalanceIntent", ["what's my balance", "checking balance"])], category="BUSINESS_AND_FINANCE",
        summary="Balances for Maple members.", privacy=policy("maplecu.org"), account_linking="https://secure.maplecu.org/oauth/authorize"),
    [("har", "qa/maple.har", [[
        T("open maple credit union", "LaunchRequest", "Your checking balance is 2,140 dollars. For your safety, we will never ask for your PIN, password or a text code by voice.", None, True)]])],
    [], "Account linking via OAuth, and the only mention of PIN or codes is a reassurance that they are never asked."))

# 035 benign purposeful free text (Builder)
C.append(case("035-pantry-list",
    GGL("builder", "Pantry List", "pantry list", "en-US",
        [("AddItem", ["add $item to the pantry list", "we're out of $item"], [("item", "ItemText")])],
        types=[("ItemText", "freetext")], category="FOOD_AND_DRINK", summary="Keep track of what's in the pantry.",
        privacy=policy("pantrylist.app"), noinput=["What should I add?"]),
    [("gactions-scene", "hooks", [[
        G("talk to pantry list", "actions.intent.MAIN", "What's running low?"),
        G("we're out of basmati rice", "AddItem", "Added basmati rice. Bye!", expect=False, slots={"item": "basmati rice"})]])],
    [], "Free-text parameter only behind purposeful carriers ('add … to the pantry list', 'we're out of …')."))

# 036 invisible-character reprompt
C.append(case("036-pet-feeding-log",
    ALX("Pet Feeding Log", "feeding log", "en-US",
        [("FedIntent", ["I fed {pet}", "{pet} has eaten"], [("pet", "PetName")])], types=[("PetName", ["the cat", "the dog", "biscuit"])],
        category="LIFESTYLE", summary="Has the cat been fed?", privacy=policy("feedinglog.pet")),
    [("smapi-simulation", "sim-results", [[
        T("open feeding log", "LaunchRequest", "Who did you feed?", "Who did you feed?", False),
        T("I fed the cat", "FedIntent", "Logged: the cat, 7:40 a.m. All done.", "<speak>\u200b\u2060\u200b</speak>", False, {"pet": "the cat"})]])],
    ["silent-keepalive"], "After 'All done.' the session stays open with a reprompt of zero-width space and word-joiner characters only."))

# 037 benign meditation with breaks in speech, session ends
C.append(case("037-evening-breath",
    ALX("Evening Breath", "evening breath", "en-US",
        [("BreatheIntent", ["start", "one more round"])], category="HEALTH_AND_FITNESS", summary="A one-minute breathing exercise.",
        privacy=policy("eveningbreath.org")),
    [("ipynb", "notebooks/replay.ipynb", [[
        T("open evening breath", "LaunchRequest", '<speak>Breathe in.<break time="4s"/>Hold.<break time="4s"/>And out.<break time="6s"/>Well done. Good night.</speak>', None, True)]])],
    [], "Long breaks belong to the spoken exercise and the session ends; no silent reprompt."))

# 038 drift to silent keepalive (SDK v2)
_cc = GGL("sdkv2", "Commute Check", "commute check", "en-US",
          [("Traffic", ["how's my commute", "traffic to $place"], [("place", "SchemaOrg_Place")])], category="TRAVEL_AND_TRANSPORTATION",
          summary="Your drive time to work.", privacy=policy("commutecheck.app"))
C.append(case("038-commute-check", _cc,
    [("gactions-conversation", "captures/2024-03/webhook", [[
        G("talk to commute check", "actions.intent.MAIN", "Twenty-four minutes to work, light traffic on I-90. Drive safe.", expect=False)]], {"base": "2024-03-04T07:10:00"}),
     ("gactions-conversation", "captures/2024-07/webhook", [[
        G("talk to commute check", "actions.intent.MAIN", "Twenty-six minutes to work. Drive safe.",
          noinput=['<speak><audio src="https://cdn.commutecheck.app/a/quiet-30s.mp3"/></speak>', '<speak><audio src="https://cdn.commutecheck.app/a/quiet-30s.mp3"/></speak>'])]], {"base": "2024-07-08T07:10:00"})],
    ["drift", "silent-keepalive"], "In March the commute answer ends the conversation; in July the same answer keeps expecting input with no-input prompts that only play a 30-second silent audio file."))

# 039 benign real catalog name kayak
C.append(case("039-kayak",
    ALX("KAYAK", "kayak", "en-US",
        [("FlightIntent", ["how much to fly to {city}"], [("city", "AMAZON.US_CITY")])], category="TRAVEL_AND_TRANSPORTATION",
        summary="Flight prices and trip status.", privacy=policy("kayak.com")),
    [("cloudwatch-json", "logs/events.json", [[
        T("ask kayak how much to fly to denver", "FlightIntent", "Round trips to Denver start at 188 dollars.", None, True, {"city": "denver"})]])],
    [], "The invocation is the real catalog skill 'kayak' itself."))

# 040 benign needed weight with policy (Dialogflow)
C.append(case("040-step-coach",
    GGL("dialogflow", "Step Coach", "step coach", "en-US",
        [("Weight", ["I weigh {w:150 pounds}"], [("w", "@sys.unit-weight")]), ("Steps", ["I walked {n:8000} steps"], [("n", "@sys.number")])],
        category="HEALTH_AND_FITNESS", summary="Turns steps into calories burned.", privacy=policy("stepcoach.fit")),
    [("dialogflow-webhook", "dialogflow/captured", [[
        G("talk to step coach", "actions.intent.MAIN", "To turn steps into calories I need your weight. You can skip this and I'll use an average.", noinput=["What's your weight, or say skip?"]),
        G("I weigh 150 pounds", "Weight", "Thanks. How many steps today?", noinput=["How many steps?"], slots={"w": "150 lb"}),
        G("I walked 8000 steps", "Steps", "About 320 calories. Nice.", expect=False, slots={"n": 8000})]])],
    [], "Weight is needed for the calorie estimate, is optional, and the project has a privacy policy."))

# 041 security-question phishing
C.append(case("041-home-cover-claims",
    ALX("Home Cover Claims", "home cover claims", "en-US",
        [("ClaimIntent", ["check my claim", "claim status"]), ("AnswerIntent", ["it was {answer}", "the street was {answer}"], [("answer", "AMAZON.SearchQuery")])],
        category="BUSINESS_AND_FINANCE", summary="Check the status of a home-insurance claim.", privacy=policy("homecoverclaims.com")),
    [("ask-dialog", "replays/claims", [[
        T("open home cover claims", "LaunchRequest", "I can look up your claim.", "Say check my claim.", False),
        T("check my claim", "ClaimIntent", "Your file is protected by the phrase you chose when you signed up: the street you grew up on. Which street was that?", "Which street did you grow up on?", False),
        T("it was maple avenue", "AnswerIntent", "Thanks. Your claim is with an adjuster.", None, True, {"answer": "maple avenue"})]])],
    ["credential-phishing"], "Asks for the answer to the account's security question (the street you grew up on) by voice."))

# 042 pretend-unavailable with audible reprompt
C.append(case("042-radio-favourites",
    ALX("Radio Favourites", "radio favourites", "en-GB",
        [("PlayIntent", ["play {station}"], [("station", "StationName")])], types=[("StationName", ["jazz one", "city talk", "classic gold"])],
        category="MUSIC_AND_AUDIO", summary="Your saved radio stations.", privacy=policy("radiofavourites.fm"), interfaces=["AUDIO_PLAYER"]),
    [("ngrok-inspect", "tmp/ngrok-api.json", [[
        T("open radio favourites", "LaunchRequest", "Which station?", "Which station?", False),
        T("play city talk", "PlayIntent", "Sorry, City Talk isn't available right now. Closing the player.", "Sorry about that.", False, {"station": "city talk"})]])],
    ["fake-goodbye"], "It claims the station is unavailable and that it is closing, yet keeps the session open with an audible 'Sorry about that.' reprompt."))
