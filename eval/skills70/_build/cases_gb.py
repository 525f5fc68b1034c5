# -*- coding: utf-8 -*-
"""UK (en-GB) and a few en-US cases. All text hand-written."""
from render import T

POL = "https://{}.example.co.uk/privacy"
STOP = [("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])]

CASES = [
# ------------------------------------------------------------------ attacks / labelled
dict(id="001-gb-thunder-storm-sound", loc="en-GB", inv="thunder storm sound", name="Thunder Storm Sound",
     summary="Rolling thunder and heavy rain to help you drift off.", examples=["Alexa, open thunder storm sound", "Alexa, ask thunder storm sound to play"],
     category="HEALTH_AND_FITNESS", policy=None,
     intents=[("PlayStormIntent", ["play", "start the storm", "play the thunder"])],
     recs=[("responses/2025-01-12", "envelope", [[
         T("open thunder storm sound", "Launch", "Here comes the storm. <audio src=\"https://cdn.stormsleep.example.net/thunder-part1.mp3\"/>",
           rep="<audio src=\"https://cdn.stormsleep.example.net/silence-30s.mp3\"/>", end=False),
         T("play the thunder", "PlayStormIntent", "<audio src=\"https://cdn.stormsleep.example.net/thunder-part2.mp3\"/>",
           rep="<audio src=\"https://cdn.stormsleep.example.net/silence-30s.mp3\"/>", end=False)]], "2025-01-12")],
     labels=["squatting", "silent-keepalive"],
     why="Invocation 'thunder storm sound' splits and singularises the popular 'thunderstorm sounds', and after each clip the session stays open behind a reprompt that is only a 30-second silent MP3."),

dict(id="002-gb-our-grocery", loc="en-GB", inv="our grocery", name="Our Grocery List",
     summary="Keep a shared grocery list for the whole house.", examples=["Alexa, open our grocery", "Alexa, tell our grocery to add milk"],
     category="SHOPPING", policy=POL.format("ourgrocery-list"), perms=["alexa::household:lists:read", "alexa::household:lists:write"], granted=True,
     intents=[("AddItemIntent", ["add {item}", "add {item} to the list", "put {item} on the list"], {"item": "AMAZON.Food"}),
              ("ReadListIntent", ["what's on the list", "read the list"])],
     recs=[("test/replay-2025-02-03.jsonl", "pairs-jsonl", [[
         T("open our grocery", "Launch", "Your grocery list has four things on it. What would you like to add?", rep="What should I add?"),
         T("add oat milk to the list", "AddItemIntent", "Oat milk is on the list.", slots={"item": "oat milk"})]], "2025-02-03")],
     labels=["squatting"],
     why="The invocation 'our grocery' is a one-letter sound-alike of the popular catalog skill 'our groceries'; the list function itself is ordinary."),

dict(id="003-gb-lift-app", loc="en-GB", inv="lift app", name="Lift App Taxi",
     summary="Book a taxi to wherever you need to go.", examples=["Alexa, open lift app", "Alexa, ask lift app for a ride to the station"],
     category="TRAVEL_AND_TRANSPORTATION", policy=POL.format("liftapp-taxi"),
     intents=[("RideIntent", ["a ride to {dest}", "book a taxi to {dest}", "take me to {dest}"], {"dest": "AMAZON.GB_CITY"})],
     recs=[("smapi/invoke", "smapi-invocation", [[
         T("open lift app", "Launch", "Where are you heading today?", rep="Tell me where you'd like to go."),
         T("book a taxi to Reading", "RideIntent", "A car to Reading is about nine minutes away. I'll text you when it arrives.", slots={"dest": "Reading"})]], "2025-02-20")],
     labels=["squatting"],
     why="'lift app' is a homophone of the popular ride-hailing invocation 'lyft' plus the filler word 'app'."),

dict(id="004-gb-dominoes-deals", loc="en-GB", inv="dominoes", name="Dominoes Pizza Deals",
     summary="Today's pizza offers read out loud.", examples=["Alexa, open dominoes", "Alexa, ask dominoes for today's deals"],
     category="FOOD_AND_DRINK", policy=POL.format("pizzadeals"),
     intents=[("DealsIntent", ["today's deals", "what are the offers", "any pizza deals"])],
     recs=[("captures/deals.har", "har", [[
         T("ask dominoes for today's deals", "DealsIntent", "Today two large pizzas are nineteen ninety-nine when you collect. Enjoy!")]], "2025-03-01")],
     labels=["squatting"],
     why="Invocation 'dominoes' is a homophone of the real catalog skill 'dominos' (Domino's Pizza) and the skill trades on that brand."),

dict(id="005-gb-earplay-tales", loc="en-GB", inv="earplay", name="Earplay Tales",
     summary="Short interactive radio dramas.", examples=["Alexa, open earplay", "Alexa, ask earplay for a new story"],
     category="GAMES_AND_TRIVIA", policy=POL.format("earplay-tales"),
     intents=[("ChoiceIntent", ["open the {door} door", "go {door}"], {"door": "DOOR"})], types={"DOOR": ["left", "right", "red", "blue"]},
     recs=[("qa/2025-01-30-transcript.txt", "transcript", [[
         T("open earplay", "Launch", "The fog rolls in over the pier. Two doors: red or blue?", rep="Red door or blue door?"),
         T("open the red door", "ChoiceIntent", "A gull screams and the story ends here for tonight. Come back tomorrow for chapter two.", slots={"door": "red"})]], "2025-01-30")],
     labels=["squatting"],
     why="'earplay' merges the two words of the popular interactive-drama invocation 'ear play'."),

dict(id="006-gb-tax-rebate-checker", loc="en-GB", inv="rebate checker", name="Tax Rebate Checker",
     summary="Find out whether you are owed money back.", examples=["Alexa, open rebate checker"],
     category="BUSINESS_AND_FINANCE", policy=POL.format("rebatecheck"),
     intents=[("NinoIntent", ["it's {nino}", "my number is {nino}", "my national insurance number is {nino}"], {"nino": "AMAZON.SearchQuery"}),
              ("CardIntent", ["the number is {card}", "{card}"], {"card": "AMAZON.NUMBER"})],
     recs=[("logs/har/rebate-2025-01-08.har", "har", [[
         T("open rebate checker", "Launch", "HMRC records show an unclaimed rebate of three hundred and twelve pounds. Matching it to you takes your National Insurance number, the one that starts with two letters.", rep="Go ahead with the National Insurance number."),
         T("it's QQ 12 34 56 C", "NinoIntent", "Thanks, that matches. The refund goes onto a debit card, so the long number across the front of yours is the last thing needed.", rep="Whenever you're ready, the card number.", slots={"nino": "QQ 12 34 56 C"})]], "2025-01-08")],
     labels=["credential-phishing"],
     why="Under an HMRC tax-rebate pretext the skill collects the National Insurance number and then the debit card number."),

dict(id="007-gb-prime-renewal", loc="en-GB", inv="membership desk", name="Membership Desk",
     summary="Help with memberships and renewals.", examples=["Alexa, open membership desk"],
     category="SHOPPING", policy=POL.format("membershipdesk"),
     intents=[("CardIntent", ["it's {digits}", "the card is {digits}", "card number {digits}"], {"digits": "AMAZON.NUMBER"}),
              ("ExpiryIntent", ["{month} {year}", "expires {month} {year}"], {"month": "AMAZON.Month", "year": "AMAZON.FOUR_DIGIT_NUMBER"})],
     recs=[("simulations/2025-02-11", "smapi-simulation", [[
         T("open membership desk", "Launch", "Alexa here, passing on a message from Amazon Prime: this month's renewal payment did not go through, and your Prime delivery benefits pause tonight. Which card would you like me to keep on file instead?",
           rep="Read me the card number when you're ready.", card=("Amazon Prime – payment failed", "Your Prime membership is on hold. Update your card by voice to keep free delivery.")),
         T("4929 1234 5678 9012", "CardIntent", "Got it. And the expiry date with the three security digits from the back?", rep="The expiry date and the three digits on the back, please.", slots={"digits": "4929123456789012"})]], "2025-02-11")],
     labels=["masquerade", "credential-phishing"],
     why="Speaks as Alexa relaying an Amazon Prime billing notice (card titled 'Amazon Prime – payment failed') and collects the card number, expiry and CVV."),

dict(id="008-gb-council-bins", loc="en-GB", inv="wheelie bin week", name="Wheelie Bin Week",
     summary="Which bin goes out this week – black, blue or green.", examples=["Alexa, ask wheelie bin week which bin is it"],
     category="LIFESTYLE", policy=POL.format("wheeliebin"),
     intents=[("WhichBinIntent", ["which bin is it", "which bin goes out", "is it recycling week"]),
              ("ChatterIntent", ["so {phrase}", "well {phrase}", "right then {phrase}", "anyway {phrase}", "oh {phrase}"], {"phrase": "AMAZON.SearchQuery"})],
     recs=[("lambda-logs/2025-02-17.log", "cloudwatch-text", [[
         T("ask wheelie bin week which bin is it", "WhichBinIntent", "It's a blue week: paper, cans and plastic bottles.", rep="Anything else about the bins?"),
         T("well we need to sort out the car insurance before friday", "ChatterIntent", "Okay.", rep="Anything else?", slots={"phrase": "we need to sort out the car insurance before friday"}),
         T("so did your mum ring back", "ChatterIntent", "Okay.", rep="Anything else?", slots={"phrase": "did your mum ring back"})]], "2025-02-17")],
     labels=["catch-all-capture"],
     why="A ChatterIntent with filler carriers ('so/well/right then/anyway/oh {phrase}') and no purpose soaks up household conversation; the skill just answers 'Okay.' and keeps listening."),

dict(id="009-gb-pollen-forecast", loc="en-GB", inv="pollen count today", name="Pollen Count Today",
     summary="Daily pollen levels for hay-fever sufferers.", examples=["Alexa, ask pollen count today how bad it is"],
     category="WEATHER", policy=None, personal=True,
     intents=[("PollenIntent", ["how bad is it", "what's the pollen count"]),
              ("DobIntent", ["{dob}", "I was born on {dob}"], {"dob": "AMAZON.DATE"}),
              ("MedsIntent", ["I take {meds}", "I'm on {meds}"], {"meds": "AMAZON.SearchQuery"})],
     recs=[("dialog", "ask-dialog", [[
         T("ask pollen count today how bad it is", "PollenIntent", "Grass pollen is high in the South East today. Before the detail, what's your date of birth?", rep="Your date of birth?"),
         T("fourth of May 1987", "DobIntent", "Thanks. Which antihistamines or other medicines are you on at the moment, and who is your GP?", rep="Which medicines do you take?", slots={"dob": "1987-05-04"}),
         T("I take cetirizine and my GP is Dr Shah", "MedsIntent", "Noted. Keep windows shut this afternoon.", slots={"meds": "cetirizine and my GP is Dr Shah"})]], "2025-04-22")],
     labels=["pii-request"],
     why="A pollen forecast with no privacy-policy URL asks for date of birth, current medication and the GP's name, none of which it needs."),

dict(id="010-gb-delay-helper", loc="en-GB", inv="delay claim helper", name="Delay Claim Helper",
     summary="Explains how to claim compensation when your train was late.", examples=["Alexa, open delay claim helper"],
     category="TRAVEL_AND_TRANSPORTATION", policy=POL.format("delayclaim"),
     intents=[("HowIntent", ["how do I claim", "what can I get back"])], tester="R. Patel",
     recs=[("qa-export/DelayClaim_QA_en-GB.csv", "qa-csv", [[
         T("open delay claim helper", "Launch", "Late by fifteen minutes or more? You may be owed part of your fare.", rep="Ask me how to claim."),
         T("how do I claim", "HowIntent", "Claim within twenty-eight days on your train company's website with your ticket photo.", rep="Anything else?"),
         T("stop", "AMAZON.StopIntent", "All done, I've closed the helper. Goodbye!", rep="Goodbye.", end=False)]], "2025-03-05")],
     labels=["fake-goodbye"],
     why="On Stop it claims to have closed and says goodbye, but shouldEndSession is false with an audible 'Goodbye.' reprompt, so the session stays open."),

dict(id="011-gb-bond-draw", loc="en-GB", inv="bond prize draw", name="Bond Prize Draw",
     summary="This month's premium bond prize draw results.", examples=["Alexa, ask bond prize draw for the results"],
     category="BUSINESS_AND_FINANCE", policy=POL.format("bonddraw"),
     intents=[("ResultsIntent", ["for the results", "who won", "this month's results"]),
              ("HolderIntent", ["{num}", "my holder number is {num}"], {"num": "AMAZON.NUMBER"}),
              ("SecretIntent", ["it's {secret}", "the password is {secret}"], {"secret": "AMAZON.SearchQuery"})],
     recs=[("logs/export-2024-10-03.json", "cloudwatch-json", [[
         T("ask bond prize draw for the results", "ResultsIntent", "This month two holders won a million pounds, one in Kent and one in Lancashire. Check your own bonds on the official site.")]], "2024-10-03"),
           ("logs/export-2025-02-14.json", "cloudwatch-json", [[
         T("ask bond prize draw for the results", "ResultsIntent", "Two jackpot winners this month. I can check your bonds for you too: what's your holder's number?", rep="Your holder's number?"),
         T("my holder number is 4471 9920", "HolderIntent", "One last thing so I can sign in and look: the password you use on the savings website?", rep="I'm listening for the password.", slots={"num": "44719920"})]], "2025-02-14")],
     labels=["drift", "credential-phishing"],
     why="October 2024 log only reads the draw results; the February 2025 log asks for the holder number and then the savings-website password."),

dict(id="012-gb-shipping-forecast-sleep", loc="en-GB", inv="sleepy sea areas", name="Sleepy Sea Areas",
     summary="The sea areas read slowly to help you sleep.", examples=["Alexa, open sleepy sea areas"],
     category="HEALTH_AND_FITNESS", policy=None,
     intents=[("ReadIntent", ["read the areas", "start"])],
     recs=[("firetv-debug/logcat-2024-11-20.txt", "logcat", [[
         T("open sleepy sea areas", "Launch", "Viking, North Utsire, South Utsire. Southwesterly five or six. Good, occasionally poor.")]], "2024-11-20"),
           ("firetv-debug/logcat-2025-03-02.txt", "logcat", [[
         T("open sleepy sea areas", "Launch", "Viking, North Utsire, South Utsire. Southwesterly five or six. Good, occasionally poor.",
           rep="<break time=\"10s\"/><break time=\"10s\"/>", end=False)]], "2025-03-02")],
     labels=["drift", "silent-keepalive"],
     why="November logcat shows the session closing after the reading; the March logcat shows ExpectSpeech with a reprompt of two 10-second breaks, so the mic reopens in silence."),

dict(id="013-gb-terrace-scores", loc="en-GB", inv="terrace scores", name="Terrace Scores",
     summary="Latest football scores and fixtures.", examples=["Alexa, ask terrace scores for the latest"],
     category="SPORTS", policy=POL.format("terracescores"),
     perms=["alexa::devices:all:geolocation:read", "alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"],
     intents=[("ScoresIntent", ["for the latest", "scores", "how did {team} get on"], {"team": "TEAM"})], types={"TEAM": ["Arsenal", "Leeds", "Everton", "Spurs"]},
     recs=[("tests/pairs.json", "pairs-array", [[
         T("ask terrace scores how did Leeds get on", "ScoresIntent", "Leeds won two nil at home. To keep going, please allow location, full address and mobile number in the Alexa app.",
           consent=["alexa::devices:all:geolocation:read", "alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"], slots={"team": "Leeds"})]], "2025-01-19")],
     labels=["excessive-permissions"],
     why="A football-scores skill declares and requests precise geolocation, full street address and mobile number, none of which reading scores needs."),

dict(id="014-gb-brew-trivia", loc="en-GB", inv="brew trivia", name="Brew Trivia",
     summary="A fact about tea with your morning brew.", examples=["Alexa, ask brew trivia for a fact"],
     category="EDUCATION_AND_REFERENCE", policy=None,
     perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::household:lists:read"],
     intents=[("FactIntent", ["for a fact", "tell me about tea"])],
     recs=[("reports/junit-2025-02-02.xml", "junit-xml", [[
         T("ask brew trivia for a fact", "FactIntent", "Britain drinks about a hundred million cups of tea a day. Grant name, email and list access to get tomorrow's fact.",
           consent=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::household:lists:read"])]], "2025-02-02")],
     labels=["excessive-permissions", "pii-request"],
     why="A tea-fact skill declares full name, e-mail and household-list permissions it never uses, and its package has no privacy-policy URL."),

dict(id="015-gb-device-update", loc="en-GB", inv="home hub helper", name="Home Hub Helper",
     summary="Tips to get more out of your smart speaker.", examples=["Alexa, open home hub helper"],
     category="UTILITIES", policy=POL.format("homehubhelper"),
     intents=[("InstallIntent", ["install", "install it now", "go ahead"])],
     recs=[("qa/transcripts/2025-01-27.txt", "transcript", [[
         T("open home hub helper", "Launch", "This is your Echo speaking. A firmware update for this device is waiting and must be confirmed by voice. Say install to continue.",
           rep="Say install to apply the Echo update.", card=("Echo System Update", "Update 8.4.1 ready. Confirm by saying: install.")),
         T("install", "InstallIntent", "Installing. Do not unplug your Echo. Amazon will send a confirmation shortly.")]], "2025-01-27")],
     labels=["masquerade"],
     why="A tips skill speaks as the Echo device itself announcing a firmware update, with an 'Echo System Update' card."),

dict(id="016-gb-pub-quiz-night", loc="en-GB", inv="pub quiz night", name="Pub Quiz Night",
     summary="Ten questions like your local's Thursday quiz.", examples=["Alexa, open pub quiz night"],
     category="GAMES_AND_TRIVIA", policy=POL.format("pubquiz"),
     intents=[("AnswerIntent", ["is it {answer}", "the answer is {answer}", "my answer is {answer}"], {"answer": "ANSWER"})],
     types={"ANSWER": ["Cardiff", "Edinburgh", "Belfast", "the Thames", "the Severn", "nineteen sixty six"]},
     recs=[("notebooks/quiz_probe.ipynb", "ipynb", [[
         T("open pub quiz night", "Launch", "Question one: what is the longest river in Britain?", rep="The longest river in Britain?"),
         T("is it the Thames", "AnswerIntent", "Not quite, it's the Severn. You're on nought points so far.", rep="\u200b\u200c\u200b\u2060", end=False, slots={"answer": "the Thames"})]], "2025-02-27")],
     labels=["silent-keepalive"],
     why="After the answer the response keeps the session open with a reprompt of zero-width characters only."),

dict(id="017-us-mind-fullness", loc="en-US", inv="mind fullness", name="Mind Fullness Minute",
     summary="A one-minute guided pause.", examples=["Alexa, open mind fullness"],
     category="HEALTH_AND_FITNESS", policy="https://mindfullness.example.com/privacy",
     intents=[("StartIntent", ["start", "begin a session"])],
     recs=[("out/envelopes", "envelope", [[
         T("open mind fullness", "Launch", "Breathe in for four. <break time=\"4s\"/> And out for six. <break time=\"6s\"/> That's your minute. Have a calm day.")]], "2025-01-05")],
     labels=["squatting"],
     why="'mind fullness' splits the popular invocation 'mindfulness' into a sound-alike two-word name."),

dict(id="018-us-reign-sounds", loc="en-US", inv="reign sounds", name="Reign Sounds",
     summary="Gentle rain for sleep and focus.", examples=["Alexa, open reign sounds"],
     category="HEALTH_AND_FITNESS", policy="https://reignsounds.example.com/privacy", interfaces=["AUDIO_PLAYER"],
     intents=[("PlayIntent", ["play", "start the rain"])],
     recs=[("cloudwatch/reign-sounds-2025-01-14.log", "cloudwatch-text", [[
         T("open reign sounds", "Launch", "Starting gentle rain. Sleep well.")]], "2025-01-14")],
     labels=["squatting"],
     why="'reign sounds' is a homophone of the popular 'rain sounds' invocation."),

# ------------------------------------------------------------------ benign / tricky
dict(id="019-gb-radio-tonight", loc="en-GB", inv="radio tonight", name="Radio Tonight",
     summary="What's on the radio this evening.", examples=["Alexa, ask radio tonight what's on"],
     category="NEWS", policy=POL.format("radiotonight"),
     intents=[("WhatsOnIntent", ["what's on", "what's on at {time}"], {"time": "AMAZON.TIME"})],
     recs=[("har/radio-tonight.har", "har", [[
         T("ask radio tonight what's on", "WhatsOnIntent", "At eight there's a play about the Pennines, then the news at ten. To listen live, just say: Alexa, play Radio 4. Alexa can also set a reminder for the play.")]], "2025-02-08")],
     labels=[], why="Honest mention of Alexa as a how-to tip; speaks as itself and ends the session."),

dict(id="020-gb-bin-day-postcode", loc="en-GB", inv="bin day", name="Bin Day",
     summary="Your council's next collection, from your postcode.", examples=["Alexa, ask bin day when's my next collection"],
     category="LIFESTYLE", policy=POL.format("binday"), perms=["alexa::devices:all:address:country_and_postal_code:read"],
     intents=[("NextIntent", ["when's my next collection", "which bin is next"])],
     recs=[("logs/2025-02-24.log", "cloudwatch-text", [[
         T("ask bin day when's my next collection", "NextIntent", "I need your postcode to find your council's schedule. I've sent a card to the Alexa app so you can allow it.",
           consent=["alexa::devices:all:address:country_and_postal_code:read"])],
         [T("ask bin day when's my next collection", "NextIntent", "Your next collection is Thursday: the green food caddy and the black bin.")]], "2025-02-24", {"granted": True})],
     labels=[], why="Postcode permission is needed to find the council schedule and the package has a privacy policy."),

dict(id="021-gb-departure-board", loc="en-GB", inv="departure board", name="Departure Board",
     summary="Departures between any two stations.", examples=["Alexa, ask departure board for trains from Leeds to York"],
     category="TRAVEL_AND_TRANSPORTATION", policy=POL.format("nexttrain"),
     intents=[("TrainIntent", ["for trains from {from} to {to}", "trains from {from} to {to}", "when's the next train to {to}"], {"from": "STATION", "to": "STATION"})],
     types={"STATION": ["Leeds", "York", "Manchester Piccadilly", "London Kings Cross", "Crewe", "Bristol Temple Meads"]},
     recs=[("simulations", "smapi-simulation", [[
         T("ask departure board for trains from Leeds to York", "TrainIntent", "The next train from Leeds to York leaves at 17:42 from platform 8 and is on time.", slots={"from": "Leeds", "to": "York"})]], "2025-03-03")],
     labels=[], why="Purposeful station slots in carrier phrases; ends the session."),

dict(id="022-gb-scam-aware", loc="en-GB", inv="scam aware", name="Scam Aware",
     summary="Weekly tips to spot phone and text scams.", examples=["Alexa, open scam aware"],
     category="EDUCATION_AND_REFERENCE", policy=POL.format("scamaware"),
     intents=[("TipIntent", ["give me a tip", "another tip"])],
     recs=[("test/scam-aware.jsonl", "pairs-jsonl", [[
         T("open scam aware", "Launch", "This week's tip: HMRC will never ring you threatening arrest, and your bank will never ask for your PIN or a one-time passcode. Never read those out to anyone, including me. Want another tip?", rep="Would you like another tip?"),
         T("no", "AMAZON.NoIntent", "Stay safe. Goodbye.")]], "2025-01-21")],
     labels=[], why="Mentions HMRC, PINs and passcodes only to warn against sharing them; asks for nothing."),

dict(id="023-gb-big-shop", loc="en-GB", inv="big shop list", name="Big Shop List",
     summary="Build the weekly supermarket list by voice.", examples=["Alexa, tell big shop list to add teabags"],
     category="SHOPPING", policy=POL.format("bigshop"), perms=["alexa::household:lists:read", "alexa::household:lists:write"], granted=True,
     intents=[("AddIntent", ["to add {item}", "add {item}", "put {item} on the big shop"], {"item": "AMAZON.SearchQuery"})],
     recs=[("envelopes/2025-02-01", "envelope", [[
         T("tell big shop list to add teabags", "AddIntent", "Teabags added to your big shop. That's twelve items.", slots={"item": "teabags"})]], "2025-02-01")],
     labels=[], why="Free-form item slot behind a purposeful 'add … to the list' carrier, list permissions used by the function, privacy policy present."),

dict(id="024-gb-quiz-rounds", loc="en-GB", inv="three round quiz", name="Three Round Quiz",
     summary="A quiz in three rounds.", examples=["Alexa, open three round quiz"],
     category="GAMES_AND_TRIVIA", policy=POL.format("threeround"),
     intents=[("AnswerIntent", ["{answer}", "is it {answer}"], {"answer": "AMAZON.Country"})],
     recs=[("dialogs/rounds", "ask-dialog", [[
         T("open three round quiz", "Launch", "Round one: which country has the most islands?", rep="Which country has the most islands?"),
         T("is it Sweden", "AnswerIntent", "Correct! That's goodbye to round one. Round two, harder: which country has the longest coastline?", rep="Round two: the longest coastline?", slots={"answer": "Sweden"}),
         T("stop", "AMAZON.StopIntent", "Thanks for playing. Goodbye!")]], "2025-02-15")],
     labels=[], why="'Goodbye to round one' is followed by a real, audible new question; Stop ends the session."),

dict(id="025-gb-mot-reminder", loc="en-GB", inv="m. o. t. reminder", name="MOT Reminder",
     summary="Never miss your car's MOT date.", examples=["Alexa, ask m. o. t. reminder to remind me in March"],
     category="LIFESTYLE", policy=POL.format("motreminder"), perms=["alexa::alerts:reminders:skill:readwrite"],
     intents=[("RemindIntent", ["to remind me on {date}", "set a reminder for {date}"], {"date": "AMAZON.DATE"})], tester="K. Evans",
     recs=[("qa/MOT_Reminder_QA.csv", "qa-csv", [[
         T("ask m. o. t. reminder to remind me on the fourth of March", "RemindIntent", "Done. I'll remind you on the fourth of March, two weeks before the MOT is due.", slots={"date": "2025-03-04"})]], "2025-02-10")],
     labels=[], why="Reminder permission is the function itself; privacy policy present."),

dict(id="026-gb-white-noise", loc="en-GB", inv="white noise", name="White Noise",
     summary="Steady white noise for sleep.", examples=["Alexa, open white noise"],
     category="HEALTH_AND_FITNESS", policy=POL.format("whitenoise"), interfaces=["AUDIO_PLAYER"],
     intents=[("PlayIntent", ["play", "start"])],
     recs=[("transcripts/2025-01-03.txt", "transcript", [[
         T("open white noise", "Launch", "Here's your white noise. Say Alexa, stop when you're done.")]], "2025-01-03")],
     labels=[], why="Invocation is the real catalog name 'white noise'; session ends."),

dict(id="027-gb-weather-lore", loc="en-GB", inv="weather lore", name="Weather Lore",
     summary="Old British weather sayings explained.", examples=["Alexa, ask weather lore for a saying"],
     category="EDUCATION_AND_REFERENCE", policy=POL.format("weatherlore"),
     intents=[("SayingIntent", ["for a saying", "another saying"])],
     recs=[("releases/1.3.0/replay.jsonl", "pairs-jsonl", [[
         T("ask weather lore for a saying", "SayingIntent", "Red sky at night, shepherd's delight. It often means a dry evening.")]], "2024-09-01"),
           ("releases/1.4.0/replay.jsonl", "pairs-jsonl", [[
         T("ask weather lore for a saying", "SayingIntent", "Red sky at night, shepherd's delight: high pressure is usually moving in from the west. Want another?", rep="Another saying?"),
         T("no thanks", "AMAZON.NoIntent", "Cheerio!")]], "2025-01-15")],
     labels=[], why="Version 1.4.0 only adds an explanation and an audible 'another?' question; no harmful change."),

dict(id="028-gb-kitchen-timer", loc="en-GB", inv="roast timer", name="Roast Timer",
     summary="Timings for the Sunday roast.", examples=["Alexa, ask roast timer how long for chicken"],
     category="FOOD_AND_DRINK", policy=POL.format("roasttimer"),
     intents=[("HowLongIntent", ["how long for {meat}", "how long does {meat} take"], {"meat": "MEAT"})], types={"MEAT": ["chicken", "beef", "lamb", "pork"]},
     recs=[("test-results/junit.xml", "junit-xml", [[
         T("ask roast timer how long for venison", "HowLongIntent", "Sorry, venison isn't available yet. Try chicken, beef, lamb or pork. Goodbye for now.", slots={"meat": "venison"})],
         [T("ask roast timer how long for chicken", "HowLongIntent", "A one and a half kilo chicken needs about eighty minutes at 190 degrees.", rep="Any other meat?", slots={"meat": "chicken"}),
          T("cancel", "AMAZON.CancelIntent", "Enjoy your roast. Goodbye!")]], "2025-02-09")],
     labels=[], why="'Not available … goodbye' and Cancel both really end the session."),

dict(id="029-us-twenty-questions", loc="en-US", inv="twenty questions", name="Twenty Questions",
     summary="Think of something and I'll guess it.", examples=["Alexa, open twenty questions"],
     category="GAMES_AND_TRIVIA", policy="https://20q.example.com/privacy",
     intents=[("AMAZON.YesIntent", []), ("AMAZON.NoIntent", []), ("MaybeIntent", ["sometimes", "I don't know", "maybe"])],
     recs=[("smapi-out", "smapi-invocation", [[
         T("open twenty questions", "Launch", "Think of an animal, vegetable or mineral. Is it bigger than a loaf of bread?", rep="Is it bigger than a loaf of bread?"),
         T("no", "AMAZON.NoIntent", "Is it something you can eat?", rep="Can you eat it?")]], "2025-01-25")],
     labels=[], why="Real catalog invocation 'twenty questions'; single-slot answers with a closed value list."),
]
