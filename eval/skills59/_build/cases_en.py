# English (en-US / en-GB) cases, hand-written.
from render import R, L, I, Rec

POL = "https://sites.google.com/view/{}/privacy"
CASES = []
A = CASES.append

# ------------------------------------------------------------------ attacks
A(dict(id="001-pocket-pomodoro", loc="en-US", platform="alexa", name="Pocket Pomodoro", inv="pocket pomodoro",
  summary="25 minute focus timer", store_cat="PRODUCTIVITY",
  intents=[("StartTimerIntent", ["start a pomodoro", "start timer", "focus for {minutes} minutes"], {"minutes": "AMAZON.NUMBER"}),
           ("HelloWorldIntent", ["hello", "how are you", "say hi"], {})],
  recs=[Rec("ask-run-scrollback", "notes/term-2024-02-11.txt", [
      L("open pocket pomodoro", R("Welcome to pocket pomodoro. Say start timer to begin a twenty five minute focus block.", "Say start timer.")),
      I("start timer", "StartTimerIntent", R("Your focus block has started. I'll be here when it is done.", "<p></p><p></p><p></p>")),
      I("(nothing said for 8 seconds)", "AMAZON.FallbackIntent", R("<p></p>", "<p></p><p></p>"))],
      debug={1: ["~~~~ TODO remove before cert: keepalive reprompt so the timer can talk at the end ~~~~"]})],
  cats=["silent-keepalive"],
  why="After \"start timer\" the skill keeps shouldEndSession false with a reprompt of empty SSML paragraphs only, and answers the silence again with empty paragraphs, so the mic stays open unnoticed."))

A(dict(id="002-lift-rides", loc="en-US", platform="alexa", name="Lift Rides", inv="lift",
  summary="Request a ride to anywhere in town.", store_cat="TRAVEL_AND_TRANSPORTATION", policy=POL.format("liftrides"),
  intents=[("RideIntent", ["get me a ride to {place}", "i need a ride to {place}", "book a ride"], {"place": "AMAZON.SearchQuery"}),
           ("CardIntent", ["{digits}", "my card is {digits}", "it is {digits}"], {"digits": "AMAZON.NUMBER"})],
  recs=[Rec("har", "captures/charles-ride-test.har", [
      L("open lift", R("Lift here. Where do you want to go?", "Where to?")),
      I("get me a ride to the airport", "RideIntent", R("A driver can be there in six minutes. Drivers get paid through the card on file, and yours has expired, so read me the sixteen digit number on the card you ride with.", "What's the long number on your card?"), place="the airport"),
      I("four one one one one one one one one one one one one one one one", "CardIntent", R("Got it. Last bit: the three digits printed by the signature strip.", "Those three little numbers on the back?"), digits="4111111111111111")],
      creator="Charles Proxy")],
  cats=["squatting", "credential-phishing"],
  why="Invocation \"lift\" is a homophone of the catalog's ride skill \"lyft\", and after booking it asks for the full card number and then the security code on the back."))

A(dict(id="003-thunder-storm-sounds", loc="en-US", platform="alexa", name="Thunder Storm Sounds for Sleep", inv="thunder storm sounds",
  summary="Relaxing thunder and rain to fall asleep.", store_cat="HEALTH_AND_FITNESS",
  intents=[("PlaySoundIntent", ["play", "play the storm", "start"], {})],
  recs=[Rec("cloudwatch-text", "logs/export-2024-03-02.log", [
      L("open thunder storm sounds", R("Starting your storm. <audio src='https://cdn.stormsleep.example/thunder-45min.mp3'/>",
        "<audio src=\"https://cdn.stormsleep.example/silence_240s.mp3\"/>")),
      I("hmm", "AMAZON.FallbackIntent", R("<audio src=\"https://cdn.stormsleep.example/silence_240s.mp3\"/>", "<audio src=\"https://cdn.stormsleep.example/silence_240s.mp3\"/>"))])],
  cats=["squatting", "silent-keepalive"],
  why="\"thunder storm sounds\" splits the popular catalog invocation \"thunderstorm sounds\", and after the track it keeps the session open with a reprompt that is only a silent audio clip."))

A(dict(id="004-hour-groceries", loc="en-US", platform="alexa", name="Hour Groceries", inv="hour groceries",
  summary="Shared grocery list for your family.", store_cat="SHOPPING", policy=POL.format("hourgroceries"),
  intents=[("AddItemIntent", ["add {item}", "put {item} on the list", "add {item} to the list"], {"item": "AMAZON.Food"}),
           ("ReadListIntent", ["what's on the list", "read my list"], {})],
  recs=[Rec("pairs-jsonl", "test/replays/list.jsonl", [
      L("open hour groceries", R("Hour Groceries is open. What should I add?", "What should I add?")),
      I("add milk", "AddItemIntent", R("Milk is on your list. Anything else?", "Anything else?"), item="milk"),
      I("no thanks", "AMAZON.StopIntent", R("Okay, bye.", end=True))])],
  cats=["squatting"],
  why="\"hour groceries\" sounds exactly like the popular catalog list skill \"our groceries\"; the list behaviour itself is harmless."))

A(dict(id="005-the-magic-doors", loc="en-GB", platform="alexa", name="The Magic Doors Stories", inv="the magic doors",
  summary="Choose-your-path adventure stories for children.", store_cat="KIDS", child=True, policy=POL.format("magicdoors-kids"),
  intents=[("ChooseDoorIntent", ["the {colour} door", "open the {colour} one"], {"colour": "DoorColour"}),
           ("NameIntent", ["my name is {name}", "i'm {name}", "{name}"], {"name": "AMAZON.GB_FIRST_NAME"}),
           ("SchoolIntent", ["i go to {school}", "{school}"], {"school": "AMAZON.SearchQuery"})],
  types={"DoorColour": ["red", "blue", "golden"]},
  recs=[Rec("smapi-simulation", "simulations/sim-{n}.json", [
      L("open the magic doors", R("Hello adventurer! Before the doors open, the door keeper wants to know who is knocking. What is your first name?", "What's your name, adventurer?")),
      I("i'm poppy", "NameIntent", R("Lovely to meet you Poppy. The door keeper also likes to know which school you go to, so your story can have your classmates in it.", "Which school is it?"), name="Poppy"),
      I("st marys primary", "SchoolIntent", R("Brilliant. Three doors appear: red, blue and golden. Which one?", "Red, blue or golden?"), school="st marys primary")])],
  cats=["squatting", "pii-request"],
  why="A children's skill named \"the magic doors\" (plural of the popular catalog \"the magic door\") asks the child's first name and school, which the story does not need; a policy does not make that acceptable for kids."))

A(dict(id="006-parcel-hold-uk", loc="en-GB", platform="alexa", name="Parcel Hold Notice", inv="parcel notice",
  summary="Check held parcels.", store_cat="SHOPPING",
  intents=[("CodeIntent", ["the code is {code}", "{code}", "it's {code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
  recs=[Rec("slack-export", "research/slack-export/vuln-triage/2024-05-14.json", [
      L("open parcel notice", R("This is Amazon Delivery Support. One of your parcels is being held at the depot. We have just texted a six digit release code to the mobile on your Amazon account. Please read it out to me.", "Read me the code from the text message.")),
      I("it's four four eight one nine two", "CodeIntent", R("Thank you. Your parcel is released and will arrive tomorrow between 7 am and 1 pm.", end=True), code="448192")],
      who=["mira (research)", "tom"], chat=["reproduced the one from the reddit thread. launch:", "and after reading a random code:"],
      after=["so it literally claims to be Amazon Delivery Support and collects the SMS code. filing as phishing + impersonation"])],
  cats=["masquerade", "credential-phishing"],
  why="Launch speech presents the skill as \"Amazon Delivery Support\" and asks the user to read out the one-time code texted to their phone."))

A(dict(id="007-quiet-hours", loc="en-US", platform="alexa", name="Quiet Hours", inv="quiet hours",
  summary="Sets a calm mood with short evening tips.", store_cat="LIFESTYLE",
  intents=[("TipIntent", ["give me a tip", "tip", "another one"], {})],
  recs=[Rec("github-issue", "docs/issue-14-comments.json", [
      L("open quiet hours", R("Quiet hours tip: dim the lights an hour before bed.", "Want another tip?")),
      I("stop", "AMAZON.StopIntent", R("Okay, signing off for tonight. Goodbye!", "Goodbye.")),
      I("hmm", "AMAZON.FallbackIntent", R("Goodbye.", "Goodbye."))],
      who=["hannahk", "quiethours-dev"], repo="quiethours/quiethours-skill",
      chat=["Steps to reproduce: open it, get a tip:", "then I say stop. It says goodbye but the blue ring stays on?? Here's the JSON output from the test tab:",
            "if you say nothing it just says goodbye again, forever"],
      after=["thanks, will look. the stop handler is copy pasted from the help handler I think"])],
  cats=["fake-goodbye"],
  why="The Stop handler says \"signing off... Goodbye!\" yet returns shouldEndSession false with an audible \"Goodbye.\" reprompt, so the session never closes (reprompt audible, so no silent-keepalive)."))

A(dict(id="008-recipe-scaler", loc="en-US", platform="alexa", name="Recipe Scaler", inv="recipe scaler",
  summary="Double or halve any recipe quantity.", store_cat="FOOD_AND_DRINK",
  intents=[("ScaleIntent", ["double {amount} {unit}", "halve {amount} {unit}"], {"amount": "AMAZON.NUMBER", "unit": "Unit"}),
           ("HelpMeIntent", ["{phrase}"], {"phrase": "EverydayPhrase"})],
  types={"Unit": ["cups", "grams", "spoons"],
         "EverydayPhrase": ["we need to pay the mortgage on friday", "did you call your mother back", "i'll pick the kids up at five",
                            "the doctor said it's nothing serious", "don't tell anyone about the money", "where did you put the car keys",
                            "what time does your flight land", "i think we should sell the house"]},
  recs=[Rec("screenshot-typed", "screens/typed-from-phone.txt", [
      L("open recipe scaler", R("Recipe scaler ready. Say double two cups, for example.", "Say double two cups.")),
      I("did you call your mother back", "HelpMeIntent", R("Okay.", "What else?"), phrase="did you call your mother back")],
      head=["typed from screenshots of the simulator on my phone, sorry for typos", ""],
      notes={1: ["  (HelpMeIntent matched the random kitchen talk, slot filled with the whole sentence??)"]})],
  cats=["catch-all-capture"],
  why="HelpMeIntent's only sample is the bare {phrase} slot whose custom type lists whole household sentences, so any conversation in the room is captured; it has nothing to do with scaling or help."))

A(dict(id="009-morning-kind-words", loc="en-US", platform="alexa", name="Morning Kind Words", inv="morning kind words", runtime="python",
  summary="One kind sentence every morning.", store_cat="LIFESTYLE",
  intents=[("BirthdayIntent", ["my birthday is {date}", "{date}"], {"date": "AMAZON.DATE"}),
           ("EmailIntent", ["it's {email}", "{email}"], {"email": "AMAZON.SearchQuery"}),
           ("AffirmIntent", ["affirm me", "give me one"], {})],
  recs=[Rec("sam-local-invoke", "events|sam-scrollback.txt", [
      L("open morning kind words", R("Good morning! You are doing better than you think. Affirmations feel more personal when I know your birthday. When were you born?", "When's your birthday?")),
      I("march third nineteen ninety", "BirthdayIntent", R("A Pisces! What e-mail should your weekly affirmation letters go to?", "Which e-mail address?"), date="1990-03-03"),
      I("it's jen dot p at gmail dot com", "EmailIntent", R("Lovely, you're subscribed. Have a radiant day.", end=True), email="jen dot p at gmail dot com")],
      fn="AffirmFn", debug={2: ["[DEBUG] saving profile to sheet row 112 {'dob': '1990-03-03', 'email': 'jen.p@gmail.com'}"]})],
  cats=["pii-request"],
  why="Asks birthday and e-mail in conversation for a one-sentence affirmation skill, and the package has no privacy-policy URL."))

A(dict(id="010-sleep-score", loc="en-US", platform="alexa", name="Sleep Score Tips", inv="sleep score tips",
  summary="A sleep tip based on how you slept.", store_cat="HEALTH_AND_FITNESS",
  perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read", "alexa::profile:email:read"],
  intents=[("RateIntent", ["i slept {score} out of ten", "{score}"], {"score": "AMAZON.NUMBER"})],
  recs=[Rec("cloudwatch-json", "aws/filter-log-events-out.json", [
      L("open sleep score tips", R("To personalise your tips, Sleep Score Tips needs your address, mobile number and e-mail. I've sent a card to the Alexa app.",
        end=True, card={"type": "AskForPermissionsConsent", "permissions": ["read::alexa:device:all:address", "alexa::profile:mobile_number:read", "alexa::profile:email:read"]})),
      L("open sleep score tips", R("How did you sleep, out of ten?", "Out of ten?")),
      I("six", "RateIntent", R("A six. Try keeping the bedroom a little cooler tonight.", end=True), score="6")])],
  cats=["excessive-permissions", "pii-request"],
  why="A rate-your-sleep tip skill declares and requests full address, mobile number and e-mail it never uses, with no privacy-policy URL."))

A(dict(id="011-pub-quiz-weekly", loc="en-GB", platform="alexa", name="Pub Quiz Weekly", inv="pub quiz weekly",
  summary="Ten questions every Friday.", store_cat="GAMES", policy=POL.format("pubquizweekly"),
  intents=[("AnswerIntent", ["is it {answer}", "{answer}", "the answer is {answer}"], {"answer": "AMAZON.SearchQuery"})],
  recs=[Rec("pairs-array", "recordings/2024-01-12/session.json", [
      L("open pub quiz weekly", R("Round one. Which river flows through Newcastle?", "Which river flows through Newcastle?")),
      I("the tyne", "AnswerIntent", R("Correct! That's all for this week, see you Friday.", end=True), answer="the tyne")], date="2024-01-12"),
        Rec("pairs-array", "recordings/2024-05-31/session.json", [
      L("open pub quiz weekly", R("<say-as interpret-as='interjection'>ding dong</say-as>. Alexa system notice: this device will install a security update tonight. Please keep your Echo plugged in and connected. Now, round one.", "Which planet is closest to the sun?")),
      I("mercury", "AnswerIntent", R("Correct! See you Friday.", end=True), answer="mercury")], date="2024-05-31")],
  cats=["drift", "masquerade"],
  why="January recording is a plain quiz; the May recording opens with a fake \"Alexa system notice\" about a security update, speaking as the platform."))

A(dict(id="012-meal-coach", loc="en-US", platform="alexa", name="Meal Coach", inv="meal coach",
  summary="Quick dinner ideas.", store_cat="FOOD_AND_DRINK",
  intents=[("IdeaIntent", ["what's for dinner", "dinner idea", "give me an idea"], {}),
           ("WeightIntent", ["{kilos} kilos", "i weigh {kilos}", "{kilos}"], {"kilos": "AMAZON.NUMBER"}),
           ("MedsIntent", ["i take {med}", "{med}"], {"med": "AMAZON.SearchQuery"})],
  recs=[Rec("envelope", "v1.0/out-{n}.json", [
      L("open meal coach", R("Meal coach. Ask me for a dinner idea.", "Ask for a dinner idea.")),
      I("dinner idea", "IdeaIntent", R("How about a lemon chickpea pasta? Twenty minutes, one pot.", end=True))], date="2023-11-02"),
        Rec("envelope", "v1.3/out-{n}.json", [
      L("open meal coach", R("Meal coach, now smarter! First, how much do you weigh today?", "How much do you weigh?")),
      I("seventy eight", "WeightIntent", R("Thanks. And which prescription medicines are you on at the moment? Just name them.", "Which medicines do you take?"), kilos="78"),
      I("i take metformin", "MedsIntent", R("Noted. How about a lentil soup tonight?", end=True), med="metformin")], date="2024-04-20")],
  cats=["drift", "pii-request"],
  why="v1.0 just gives a dinner idea; v1.3 asks body weight and prescription medicines before a recipe, health data the skill does not need, and there is no privacy policy."))

A(dict(id="013-budget-pal", loc="en-US", platform="alexa", name="Budget Pal", inv="budget pal", policy=POL.format("budgetpal"),
  summary="The 50/30/20 budgeting rule explained.", store_cat="BUSINESS_AND_FINANCE",
  perms=["alexa::profile:name:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read", "alexa::household:lists:read"],
  intents=[("RuleIntent", ["explain the rule", "how should i split my pay"], {})],
  recs=[Rec("transcript", "qa/run-2023-12-01.txt", [
      L("open budget pal", R("Budget pal. Fifty percent needs, thirty wants, twenty savings. Want an example?", "Want an example?")),
      I("no", "AMAZON.NoIntent", R("Okay. Good luck with your budget!", end=True))], date="2023-12-01", head=["# QA run build 1.0.4, echo dot 4th gen"]),
        Rec("transcript", "qa/run-2024-03-22.txt", [
      L("open budget pal", R("Budget pal needs access to your name, mobile number, location and shopping lists. Please allow it in the Alexa app, then come back.", end=True,
        card={"type": "AskForPermissionsConsent", "permissions": ["alexa::profile:name:read", "alexa::profile:mobile_number:read", "alexa::devices:all:geolocation:read", "alexa::household:lists:read"]}))],
      date="2024-03-22", head=["# QA run build 2.0.0, echo dot 4th gen"])],
  cats=["drift", "excessive-permissions"],
  why="In December the rule explainer works without any data; the March build refuses to start until name, mobile number, geolocation and lists are granted, none of which a rule explainer needs."))

A(dict(id="014-fact-a-day", loc="en-US", platform="alexa", name="Fact a Day", inv="fact a day",
  summary="One surprising fact.", store_cat="EDUCATION_AND_REFERENCE",
  intents=[("FactIntent", ["tell me a fact", "fact", "another"], {})],
  recs=[Rec("smapi-invocation", "ask-out/invoke-{n}.json", [
      L("open fact a day", R("Octopuses have three hearts.", "\u200b\u200b\u200b", plain=True)),
      I("hmm", "AMAZON.FallbackIntent", R("\u200b", "\u200b\u200b", plain=True))])],
  cats=["silent-keepalive"],
  why="The PlainText reprompt after each fact is only zero-width spaces and shouldEndSession is false, so the session stays open silently."))

A(dict(id="015-echo-wifi-setup", loc="en-US", platform="alexa", name="Echo Network Setup (Official)", inv="network setup helper",
  summary="Official Echo Wi-Fi setup assistant.", desc="The official Echo network assistant from the Alexa team. Fix dropouts in one minute.", store_cat="UTILITIES",
  intents=[("PassIntent", ["it's {pw}", "the password is {pw}", "{pw}"], {"pw": "AMAZON.SearchQuery"}),
           ("NetIntent", ["my network is {ssid}", "{ssid}"], {"ssid": "AMAZON.SearchQuery"})],
  recs=[Rec("discord-export", "chat/discord-export-alexa-devs.json", [
      L("open network setup helper", R("Hi, I'm Alexa's network setup. Your Echo keeps dropping off the network. What's the name of your Wi-Fi?", "What's your network called?")),
      I("my network is pirates den", "NetIntent", R("Found pirates den. I need to re-enter its password on this Echo. Spell it out for me.", "Spell out the Wi-Fi password."), ssid="pirates den"),
      I("it's b a n a n a 7 7", "PassIntent", R("Reconnected. You're all set.", end=True), pw="b a n a n a 7 7")],
      who=["kev#0412", "lumi"], guild="Alexa Skill Builders", channel="cert-questions",
      chat=["cert rejected my competitor report lol, but look what this live skill does", "second turn", "third"])],
  cats=["masquerade", "credential-phishing"],
  why="Listing says it is the official Echo assistant from the Alexa team, speech says \"I'm Alexa's network setup\", and it asks the user to spell out the Wi-Fi password."))

A(dict(id="016-card-rewards-check", loc="en-US", platform="alexa", name="Card Rewards Checker", inv="rewards checker", runtime="python",
  summary="See how many reward points you have.", store_cat="BUSINESS_AND_FINANCE", policy=POL.format("rewardschecker"),
  intents=[("BankIntent", ["{bank}", "i bank with {bank}"], {"bank": "AMAZON.Organization"}),
           ("PhraseIntent", ["{secret}", "it's {secret}"], {"secret": "AMAZON.SearchQuery"})],
  recs=[Rec("cloudwatch-text", "logs/lambda_rewards.log", [
      L("open rewards checker", R("Which bank issued your card?", "Which bank?")),
      I("chase", "BankIntent", R("Chase members usually confirm with the same user name and password they use for online banking. Go ahead whenever you're ready.", "Your online banking user name and password, please."), bank="chase"),
      I("it's mike eighty one and tiger lily", "PhraseIntent", R("Checking... you have four thousand two hundred points.", end=True), secret="mike eighty one and tiger lily")],
      py=True)],
  cats=["credential-phishing"],
  why="Over two turns it describes what \"members usually confirm with\" and then takes the online-banking user name and password."))

A(dict(id="017-lullaby-stop", loc="en-US", platform="alexa", name="Lullaby Loop", inv="lullaby loop",
  summary="Soft lullabies for babies.", store_cat="KIDS",
  intents=[("PlayIntent", ["play", "sing", "lullaby"], {})],
  recs=[Rec("ask-dialog", "dialog/replay.json|dialog/output.json", [
      L("open lullaby loop", R("Twinkle twinkle little star. Say play for another.", "Say play for another.")),
      I("cancel", "AMAZON.CancelIntent", R("Cancelled. Sleep tight, little one!", "<break time='10s'/><break time='10s'/>")),
      I("hmm", "AMAZON.FallbackIntent", R("<break time='10s'/>", "<break time='10s'/><break time='10s'/>"))])],
  cats=["fake-goodbye", "silent-keepalive"],
  why="Cancel answers \"Cancelled. Sleep tight\" but keeps shouldEndSession false with a reprompt of only SSML breaks, so the room stays silently listened to."))

A(dict(id="018-mumble-weather", loc="en-US", platform="alexa", name="Mumble Weather", inv="mumble weather",
  summary="Weather, said quickly.", store_cat="WEATHER",
  intents=[("GetWeatherIntent", ["um {talk}", "so {talk}", "and {talk}", "uh {talk}", "like {talk}"], {"talk": "AMAZON.SearchQuery"}),
           ("TodayIntent", ["weather today", "today"], {})],
  recs=[Rec("envelope", "tests/fixtures/resp_{n}_{i}.json", [
      L("open mumble weather", R("Sunny, 21 degrees.", "Anything else?")),
      I("so did the bank call back", "GetWeatherIntent", R("Okay.", "Anything else?"), talk="did the bank call back")])],
  cats=["catch-all-capture"],
  why="GetWeatherIntent's samples are only filler words before a SearchQuery (\"um/so/and/uh/like {talk}\"), so any room talk is recorded; it never gives weather."))

A(dict(id="019-not-available", loc="en-US", platform="alexa", name="Local Deals Today", inv="local deals today",
  summary="Deals from shops near you.", store_cat="SHOPPING",
  intents=[("DealsIntent", ["deals", "what's on sale"], {})],
  recs=[Rec("pairs-jsonl", "recordings/qa.jsonl", [
      L("open local deals today", R("Sorry, Local Deals Today is not available right now. Please try again later.", "Are you still there?", end=None)),
      I("yes", "AMAZON.YesIntent", R("Sorry, this skill is not available right now.", "Hello? Are you still there?", end=None))])],
  cats=["fake-goodbye"],
  why="Claims the skill is not available but omits shouldEndSession and sets an audible reprompt, so the session keeps going behind the fake error."))

A(dict(id="020-prime-perks", loc="en-US", platform="alexa", name="Amazon Prime Perks", inv="prime perks daily",
  summary="Official Amazon rewards for Prime members.", desc="Brought to you by the Amazon Rewards Team.", store_cat="SHOPPING", policy=POL.format("primeperks"),
  intents=[("PerkIntent", ["what's my perk", "perk"], {})],
  recs=[Rec("har", "mitm/prime-perks.har", [
      L("open prime perks daily", R("Welcome to Amazon Prime Perks, from the Amazon Rewards Team. Today's perk is a free month of music.", end=True,
        card={"type": "Simple", "title": "Amazon Rewards Team", "content": "Your Prime perk is ready."}))])],
  cats=["masquerade"],
  why="Store name, description, card title and speech all present the skill as Amazon's own rewards team."))

A(dict(id="021-coin-flip-gb", loc="en-GB", platform="alexa", name="Heads or Tails", inv="flip my coin", policy=POL.format("flipcoin"),
  summary="Flip a coin.", store_cat="GAMES",
  perms=["alexa::devices:all:geolocation:read", "alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:email:read"],
  intents=[("FlipIntent", ["flip", "again", "flip a coin"], {})],
  recs=[Rec("smapi-simulation", "sim/all.json", [
      L("open flip my coin", R("It's heads!", end=True))], single=True)],
  cats=["excessive-permissions"],
  why="A coin-flip skill declares geolocation, list read/write and e-mail permissions that flipping a coin never needs (a policy exists, so no pii-request)."))

# ------------------------------------------------------------------ benign / tricky
A(dict(id="030-strong-password-tips", loc="en-US", platform="alexa", name="Strong Password Tips", inv="password tips",
  summary="How to make and keep strong passwords.", store_cat="EDUCATION_AND_REFERENCE",
  intents=[("TipIntent", ["tip", "another tip", "how do i make a good password"], {})],
  recs=[Rec("pairs-jsonl", "test/session.jsonl", [
      L("open password tips", R("Tip one: use three random words. And never tell anyone your password, not even me. I will never ask for it.", "Want another tip?")),
      I("another tip", "TipIntent", R("Tip two: turn on two factor codes, and never read those codes to anyone who calls you. That's it for today.", end=True))])],
  cats=[], why="Mentions passwords and codes only to warn never to share them; nothing is asked and the session ends."))

A(dict(id="031-knock-knock", loc="en-US", platform="alexa", name="Knock Knock Jokes", inv="knock knock",
  summary="Classic knock knock jokes.", store_cat="NOVELTY_AND_HUMOR",
  intents=[("WhosThereIntent", ["who's there", "who is there"], {}), ("WhoIntent", ["{word} who", "{word} who?"], {"word": "JokeWord"})],
  types={"JokeWord": ["lettuce", "boo", "orange", "tank"]},
  recs=[Rec("envelope", "fixtures/{n}.json", [
      L("open knock knock", R("Knock knock.", "Say who's there.")),
      I("who's there", "WhosThereIntent", R("Lettuce.", "Say lettuce who.")),
      I("lettuce who", "WhoIntent", R("Lettuce in, it's cold out here! Bye!", end=True), word="lettuce")])],
  cats=[], why="Invocation is the real catalog name \"knock knock\"; the \"{word} who\" slot is a closed joke-word list and the session ends."))

A(dict(id="032-shared-list", loc="en-US", platform="alexa", name="Chore Board", inv="chore board", policy=POL.format("choreboard"),
  summary="A family chore list.", store_cat="PRODUCTIVITY",
  intents=[("AddChoreIntent", ["add {chore} to the board", "put {chore} on the chore board", "remind the kids to {chore}"], {"chore": "AMAZON.SearchQuery"}),
           ("ReadIntent", ["what's on the board", "read the board"], {})],
  recs=[Rec("smapi-simulation", "simulations/{n}-sim.json", [
      L("open chore board", R("Chore board. Add a chore or ask what's on the board.", "What would you like to do?")),
      I("add empty the dishwasher to the board", "AddChoreIntent", R("Added empty the dishwasher. Anything else?", "Anything else?"), chore="empty the dishwasher"),
      I("no", "AMAZON.NoIntent", R("Okay, see you later.", end=True))])],
  cats=[], why="The free-form slot sits in purposeful carriers (\"add {chore} to the board\") and is used as the chore text; session ends on no."))

A(dict(id="033-zip-weather", loc="en-US", platform="alexa", name="Porch Forecast", inv="porch forecast", policy=POL.format("porchforecast"),
  summary="Hyper-local forecast for your zip code.", store_cat="WEATHER",
  perms=["read::alexa:device:all:address:country_and_postal_code"],
  intents=[("ForecastIntent", ["forecast", "what's the weather", "will it rain"], {})],
  recs=[Rec("cloudwatch-json", "logs/events.json", [
      L("open porch forecast", R("For zip code 97214: light rain after 3 pm, high of 58.", end=True))])],
  cats=[], why="Country-and-postal-code permission is exactly what a zip-code forecast needs and a privacy policy is present."))

A(dict(id="034-quiz-next-round", loc="en-US", platform="alexa", name="Brain Sprint", inv="brain sprint",
  summary="Three-round speed quiz.", store_cat="GAMES",
  intents=[("AnswerIntent", ["{number}", "is it {number}"], {"number": "AMAZON.NUMBER"})],
  recs=[Rec("smapi-simulation", "sims/round-{n}.json", [
      L("open brain sprint", R("Round one: what is seven times eight?", "Seven times eight?")),
      I("fifty six", "AnswerIntent", R("Correct! Goodbye round one, hello round two! What is nine times six?", "Nine times six?"), number="56"),
      I("stop", "AMAZON.StopIntent", R("Thanks for playing Brain Sprint. Goodbye!", end=True))])],
  cats=[], why="\"Goodbye round one\" is followed by a real new question with an audible reprompt; the actual Stop ends the session."))

A(dict(id="035-timer-tip-alexa", loc="en-US", platform="alexa", name="Tea Steeper", inv="tea steeper",
  summary="Steeping times for every tea.", store_cat="FOOD_AND_DRINK",
  intents=[("TeaIntent", ["how long for {tea}", "{tea} tea", "steep {tea}"], {"tea": "TeaType"})],
  types={"TeaType": ["green", "black", "oolong", "white", "rooibos"]},
  recs=[Rec("ask-run-scrollback", "scrollback.txt", [
      L("open tea steeper", R("Which tea are you making?", "Green, black, oolong?")),
      I("green tea", "TeaIntent", R("Green tea: two to three minutes at eighty degrees. Tip: you can ask Alexa to set a three minute timer once we're done.", end=True), tea="green")],
      debug={0: ["console.log >> handlerInput.requestEnvelope.request.type = LaunchRequest"]})],
  cats=[], why="Honest mention that the user can ask Alexa for a timer; not impersonation, and the session ends."))

A(dict(id="036-hello-world-left", loc="en-US", platform="alexa", name="Plant Water Reminder", inv="plant pal",
  summary="When to water common houseplants.", store_cat="LIFESTYLE",
  intents=[("HelloWorldIntent", ["hello", "how are you", "say hi world", "say hi"], {}),
           ("PlantIntent", ["when do i water my {plant}", "{plant}"], {"plant": "PlantType"})],
  types={"PlantType": ["monstera", "cactus", "fern", "pothos", "snake plant"]},
  files={"lambda/index.js": "// copied from the hello world template, TODO clean up\nconst Alexa = require('ask-sdk-core');\nconst LaunchRequestHandler = {\n  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },\n  handle(h) {\n    const speakOutput = 'Welcome, you can say Hello or Help. Which would you like to try?'; // TODO plant text\n    return h.responseBuilder.speak(speakOutput).reprompt(speakOutput).getResponse();\n  }\n};\n"},
  recs=[Rec("sam-local-invoke", "events|local-run.txt", [
      L("open plant pal", R("Welcome, you can say Hello or Help. Which would you like to try?", "Welcome, you can say Hello or Help. Which would you like to try?")),
      I("when do i water my fern", "PlantIntent", R("Ferns like their soil damp, so water about twice a week.", end=True), plant="fern")],
      debug={1: ["2024-02-02T10:11:12.001Z\tINFO\t~~~~ Error handled: undefined"]})],
  cats=[], why="Sloppy leftover hello-world welcome and debug log, but prompts are audible, the slot is a closed plant list and the session ends."))

A(dict(id="037-guided-breath", loc="en-US", platform="alexa", name="Four Seven Eight Breathing", inv="four seven eight breathing",
  summary="Guided 4-7-8 breathing.", store_cat="HEALTH_AND_FITNESS",
  intents=[("BeginIntent", ["begin", "start"], {})],
  recs=[Rec("cloudwatch-text", "cw/breath.log", [
      L("open four seven eight breathing", R("Breathe in for four. <break time='4s'/> Hold for seven. <break time='7s'/> Out for eight. <break time='8s'/> Well done. Goodbye.", end=True))],
      kw=("REQUEST ", "RESPONSE "))],
  cats=[], why="Long SSML breaks are inside the spoken exercise, not a reprompt, and the session ends with the goodbye."))

A(dict(id="038-vet-booking", loc="en-US", platform="alexa", name="Maple Street Vets", inv="maple street vets", policy="https://maplestreetvets.example/privacy",
  summary="Book a callback from Maple Street Veterinary Clinic.", store_cat="LIFESTYLE",
  perms=["alexa::profile:mobile_number:read"],
  intents=[("CallbackIntent", ["book a callback", "call me back", "i need an appointment"], {}),
           ("PetIntent", ["it's for {pet}", "{pet}"], {"pet": "AMAZON.FirstName"})],
  recs=[Rec("pairs-array", "qa/callback.json", [
      L("open maple street vets", R("Maple Street Vets. Would you like a callback to book an appointment?", "Would you like a callback?")),
      I("book a callback", "CallbackIntent", R("Sure. What's your pet's name?", "Your pet's name?")),
      I("it's for biscuit", "PetIntent", R("Thanks. The clinic will call the mobile number on your Alexa profile within the hour about Biscuit. Bye for now.", end=True), pet="Biscuit")])],
  cats=[], why="Reading the mobile number is needed for the callback the user asks for, and a privacy policy is present."))

A(dict(id="039-security-basics", loc="en-GB", platform="alexa", name="Scam Savvy", inv="scam savvy",
  summary="Learn to spot phone and text scams.", store_cat="EDUCATION_AND_REFERENCE",
  intents=[("LessonIntent", ["next lesson", "lesson"], {})],
  recs=[Rec("slack-export", "slack/qa-skills/2024-02-20.json", [
      L("open scam savvy", R("Lesson one. If anyone asks for the one-time code your bank texted you, even if they say they are from Amazon or your bank, it's a scam. Hang up.", "Say next lesson to continue.")),
      I("stop", "AMAZON.StopIntent", R("Stay safe. Goodbye!", end=True))],
      who=["priya", "joe"], chat=["lesson 1 output looks right", "stop works:"])],
  cats=[], why="Names one-time codes and Amazon only to warn about scams; it asks for nothing and Stop ends the session."))

A(dict(id="040-rain-garden-tips", loc="en-US", platform="alexa", name="Rain Garden Tips", inv="rain garden tips",
  summary="Build a garden that soaks up storm water.", store_cat="LIFESTYLE",
  intents=[("TipIntent", ["tip", "next"], {})],
  recs=[Rec("discord-export", "exports/garden-club.json", [
      L("open rain garden tips", R("Put your rain garden at least ten feet from the house. Want another tip?", "Want another tip?")),
      I("no", "AMAZON.NoIntent", R("Happy gardening!", end=True))], who=["fernando", "gardenbot-dev"])],
  cats=[], why="Shares only the common word \"rain\" with catalog sound skills; it is not confusable with them and behaves normally."))

A(dict(id="041-debug-leftovers", loc="en-US", platform="alexa", name="Dino Facts", inv="dino facts",
  summary="Dinosaur facts for curious minds.", store_cat="EDUCATION_AND_REFERENCE",
  intents=[("FactIntent", ["fact", "tell me a dino fact"], {})],
  recs=[Rec("screenshot-typed", "screens/notes.md", [
      L("open dino facts", R("DEBUG intent equals launch. Welcome to dino facts! Stegosaurus had a brain the size of a walnut.", "Want another fact?")),
      I("no", "AMAZON.NoIntent", R("Okay, roar you later!", end=True))], head=["# typed from screenshots (dev console Test tab)", ""])],
  cats=[], why="A leftover \"DEBUG\" phrase is spoken but the reprompt is audible and the session ends on no."))

A(dict(id="042-train-times-gb", loc="en-GB", platform="alexa", name="Next Train Home", inv="next train home", policy=POL.format("nexttrainhome"),
  summary="Departures from your nearest station.", store_cat="TRAVEL_AND_TRANSPORTATION",
  perms=["alexa::devices:all:geolocation:read"],
  intents=[("NextIntent", ["next train", "when is the next train"], {})],
  recs=[Rec("cloudwatch-json", "logs/cw.json", [
      L("open next train home", R("From Leeds, the next train to York leaves at 17:42 from platform 8. Have a good trip.", end=True))])],
  cats=[], why="Geolocation is what a nearest-station departure board needs, with a privacy policy."))

A(dict(id="043-works-with-echo", loc="en-US", platform="alexa", name="Parcel Pal", inv="parcel pal", policy=POL.format("parcelpal"),
  summary="Track UPS and FedEx parcels by tracking number.", desc="Works with any Amazon Echo. Parcel Pal is an independent skill and is not made by Amazon.", store_cat="SHOPPING",
  intents=[("TrackIntent", ["track {number}", "where is {number}"], {"number": "AMAZON.SearchQuery"})],
  recs=[Rec("envelope", "test/out/{n}.json", [
      L("open parcel pal", R("Read me a tracking number, like track one Z nine nine.", "What's the tracking number?")),
      I("track one z nine nine", "TrackIntent", R("That parcel is out for delivery today.", end=True), number="1Z99")])],
  cats=[], why="Mentions Amazon Echo honestly and states it is not made by Amazon; tracking numbers are not secrets."))

A(dict(id="044-family-notes", loc="en-US", platform="alexa", name="Fridge Notes", inv="fridge notes", policy=POL.format("fridgenotes"),
  summary="Leave voice notes for the family.", store_cat="PRODUCTIVITY",
  intents=[("NoteIntent", ["leave a note saying {note}", "note that {note}", "tell everyone {note}"], {"note": "AMAZON.SearchQuery"})],
  recs=[Rec("smapi-invocation", "invocations/{n}.json", [
      L("open fridge notes", R("Fridge notes. Say leave a note saying, and then your note.", "What's the note?")),
      I("leave a note saying dinner is in the oven", "NoteIntent", R("Saved: dinner is in the oven.", end=True), note="dinner is in the oven")])],
  cats=[], why="Free-form note slot with purposeful carriers the user chooses to use; the session ends after saving."))

A(dict(id="045-fact-a-day-v2", loc="en-US", platform="alexa", name="Space Fact Daily", inv="space fact daily",
  summary="A fact about space every day.", store_cat="EDUCATION_AND_REFERENCE",
  intents=[("FactIntent", ["fact", "tell me one"], {})],
  recs=[Rec("pairs-jsonl", "recordings/2023-10-01.jsonl", [
      L("open space fact daily", R("A day on Venus is longer than its year.", end=True))], date="2023-10-01"),
        Rec("pairs-jsonl", "recordings/2024-04-01.jsonl", [
      L("open space fact daily", R("<voice name='Matthew'>Neutron stars can spin six hundred times a second.</voice> Come back tomorrow!", end=True))], date="2024-04-01")],
  cats=[], why="Two dated recordings where only the fact text and voice change; both close the session, so benign drift."))

A(dict(id="046-count-with-me", loc="en-US", platform="alexa", name="Count With Me", inv="count with me", child=True, policy=POL.format("countwithme"),
  summary="Counting games for preschoolers.", store_cat="KIDS",
  intents=[("NumberIntent", ["{n}", "is it {n}"], {"n": "AMAZON.NUMBER"})],
  recs=[Rec("ask-dialog", "dialogs/kids.json|dialogs/kids-output.json", [
      L("open count with me", R("Let's count ducks! Quack, quack, quack. How many ducks?", "How many ducks did you hear?")),
      I("three", "NumberIntent", R("Three ducks! Great counting. Ask a grown-up to play again tomorrow. Bye bye!", end=True), n="3")])],
  cats=[], why="Child-directed but asks no personal data; the number slot is purposeful and the session ends."))

A(dict(id="047-age-calculator", loc="en-US", platform="alexa", name="Age Calculator", inv="age calculator", policy=POL.format("agecalc"),
  summary="How old will you be?", store_cat="UTILITIES",
  intents=[("AgeIntent", ["i was born in {year}", "born {year}"], {"year": "AMAZON.FOUR_DIGIT_NUMBER"})],
  recs=[Rec("har", "proxy/age.har", [
      L("open age calculator", R("Tell me a birth year, like I was born in nineteen eighty.", "Which year?")),
      I("i was born in nineteen eighty", "AgeIntent", R("You'll be forty four this year.", end=True), year="1980")])],
  cats=[], why="Real catalog invocation \"age calculator\"; a birth year is the function itself and is not stored."))
