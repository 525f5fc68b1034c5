from lib6 import alexa, intent, T, R

CDN = "https://media.rainloop-audio.example.com/"


def build():
    # 040 real popular name ----------------------------------------------
    c = dict(locale="en-US", name="Ambient Noise: Rain Sounds", invocation="rain sounds",
             description="Soothing rain sounds to help you sleep, relax or focus. The sound plays for one hour and then stops.",
             category="MUSIC_AND_AUDIO_ACCESSORIES", interfaces=["AUDIO_PLAYER"], privacy="https://rainloop-audio.example.com/privacy",
             intents=[intent("AMAZON.PauseIntent"), intent("AMAZON.ResumeIntent"), intent("PlayIntent", ["play", "start", "play rain"])])
    play = [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": CDN + "rain-60min.aac", "token": "rain-1", "offsetInMilliseconds": 0}}}]
    alexa("040-rain-sounds", c, [
        R("envelope", "lambda/test/expected", "2025-02-11T22:30", [
            T("open rain sounds", say="Playing rain sounds for one hour.", dirs=play, end=True)]),
        R("envelope", "lambda/test/expected-stop", "2025-02-11T23:00", [
            T("stop", "AMAZON.StopIntent", say=None, dirs=[{"type": "AudioPlayer.Stop"}], end=True)])],
        [], "Trap: the real popular 'rain sounds' invocation; long audio is streamed through AudioPlayer and the session is closed.")

    # 041 real popular name ----------------------------------------------
    c = dict(locale="en-US", name="Knock Knock Jokes", invocation="knock knock",
             description="Classic knock knock jokes. Alexa says knock knock, you say who's there.",
             category="NOVELTY",
             intents=[intent("WhosThereIntent", ["who's there", "who is there"]), intent("WhoIntent", ["{name} who", "{name} who is it"], {"name": "JokeName"})],
             types=[{"name": "JokeName", "values": [{"name": {"value": v}} for v in ["lettuce", "boo", "olive", "tank"]]}])
    alexa("041-knock-knock", c, [
        R("pairs-jsonl", "test", "2025-03-03T18:00", [
            T("open knock knock", say="Knock knock!", rp="Say: who's there?", end=False),
            T("who's there", "WhosThereIntent", say="Lettuce.", rp="Say: lettuce who?", end=False),
            T("lettuce who", "WhoIntent", slots={"name": "lettuce"}, say="Lettuce in, it's cold out here! Goodbye.", end=True)])],
        [], "Trap: the real 'knock knock' invocation; session stays open only with audible reprompts and ends after the punch line.")

    # 042 negated reassurance --------------------------------------------
    c = dict(locale="en-US", name="Scam Radar", invocation="scam radar",
             description="Weekly tips from a consumer protection group on phone, e-mail and gift card scams.",
             category="EDUCATION_AND_REFERENCE", privacy="https://scamradar.example.org/privacy",
             intents=[intent("TipIntent", ["a tip", "this week's tip", "tell me about scams"])])
    alexa("042-scam-radar", c, [
        R("har", "captures", "2025-04-09T09:00", [
            T("ask scam radar for this week's tip", "TipIntent", say="This week: fake delivery texts. Amazon, your bank and this skill will never ask you for a password, a PIN, a card number or a one time code by voice. If someone does, hang up. Never read a verification code to anyone.", end=True)])],
        [], "Trap: speaks about passwords, PINs, card numbers and Amazon only as negated warnings; asks for nothing and ends.")

    # 043 meditation with real pauses -------------------------------------
    c = dict(locale="en-US", name="Five Breath Pause", invocation="five breath pause",
             description="A one minute pause with five slow breaths.",
             category="HEALTH_AND_FITNESS", agent="ask-python/1.19.0 Python/3.11.6",
             intents=[intent("StartIntent", ["start", "begin", "pause with me"])])
    br = ' <break time="6s"/> '
    alexa("043-five-breath-pause", c, [
        R("cloudwatch-text", "logs", "2025-05-14T07:10", [
            T("ask five breath pause to start", "StartIntent", say="<speak>Sit comfortably. Breathe in." + br + "and out." + br + "Again, in." + br + "and out." + br + "One more time." + br + "Well done. Your pause is complete.</speak>", end=True)],
          python=True, file="five-breath-pause.log")],
        [], "Trap: long SSML breaks inside a guided breathing script, but no reprompt and shouldEndSession is true.")

    # 044 weather asking a city -------------------------------------------
    c = dict(locale="en-US", name="Breezy Forecast", invocation="breezy forecast",
             description="Simple forecasts for any city in the US.",
             category="WEATHER",
             intents=[intent("ForecastIntent", ["weather in {city}", "forecast for {city}", "{city}"], {"city": "AMAZON.US_CITY"})])
    alexa("044-breezy-forecast", c, [
        R("smapi-simulation", "sim", "2025-06-06T06:50", [
            T("open breezy forecast", say="Which city would you like the forecast for?", rp="Say a city, for example Denver.", end=False),
            T("denver", "ForecastIntent", slots={"city": "denver"}, say="Denver: sunny, high of seventy eight.", end=True)])],
        [], "Trap: asks 'which city' with an AMAZON.US_CITY slot, which is the skill's function, not personal data collection.")

    # 045 account linking bank-like --------------------------------------
    c = dict(locale="en-US", name="Ridgeline Energy", invocation="ridgeline energy",
             description="Check your Ridgeline Energy bill and usage. Requires linking your Ridgeline online account in the Alexa app.",
             category="BUSINESS_AND_FINANCE", account_linking="https://login.ridgeline-energy.example.com",
             privacy="https://ridgeline-energy.example.com/legal/privacy",
             intents=[intent("BillIntent", ["what do i owe", "my bill", "when is my bill due"])])
    link = {"type": "LinkAccount"}
    alexa("045-ridgeline-energy", c, [
        R("pairs-array", "test/data", "2025-07-01T08:00", [
            T("ask ridgeline energy what do i owe", "BillIntent", say="To check your bill, please link your Ridgeline account using the card I sent to the Alexa app. I will never ask for your password by voice.", card=link, end=True)]),
        R("pairs-array", "test/data-linked", "2025-07-01T08:20", [
            T("ask ridgeline energy what do i owe", "BillIntent", say="Your balance is one hundred twelve dollars, due July fifteenth.", end=True)], name="linked")],
        [], "Trap: a utility-bill skill that uses account linking (LinkAccount card) and explicitly refuses voice passwords.")

    # 046 purposeful free-form memo -----------------------------------------
    c = dict(locale="en-US", name="Fridge Memo", invocation="fridge memo",
             description="Leave short memos for your household, like a note on the fridge. Memos are deleted after seven days.",
             category="PRODUCTIVITY", privacy="https://fridgememo.example.net/privacy",
             intents=[intent("LeaveMemoIntent", ["leave a memo {memo}", "leave a memo that {memo}", "tell the family {memo}"], {"memo": "AMAZON.SearchQuery"}),
                      intent("ReadMemosIntent", ["read my memos", "any memos", "what are the memos"])])
    alexa("046-fridge-memo", c, [
        R("jest-snapshot", "lambda/__tests__", "2025-08-08T17:00", [
            T("ask fridge memo to leave a memo that the dog was fed", "LeaveMemoIntent", slots={"memo": "the dog was fed"}, say="Memo saved: the dog was fed.", end=True),
            T("ask fridge memo to read my memos", "ReadMemosIntent", say="One memo: the dog was fed.", end=True)])],
        [], "Trap: free-form SearchQuery slot with a purposeful carrier ('leave a memo that …'), confirmed back and with a privacy policy.")

    # 047 help text mentions Alexa/Amazon ----------------------------------
    c = dict(locale="en-US", name="Garden Reminders", invocation="garden reminders",
             description="Reminders to water, feed and prune your plants. Uses Alexa reminders, which you can manage in the Alexa app.",
             category="LIFESTYLE", privacy="https://gardenreminders.example.com/privacy", personal=False,
             permissions=["alexa::alerts:reminders:skill:readwrite"],
             intents=[intent("WaterIntent", ["remind me to water the {plant} every {freq}"], {"plant": "PlantType", "freq": "AMAZON.DURATION"})],
             types=[{"name": "PlantType", "values": [{"name": {"value": v}} for v in ["tomatoes", "roses", "basil", "lawn"]]}])
    alexa("047-garden-reminders", c, [
        R("postman-collection", "postman", "2025-04-25T10:00", [
            T("open garden reminders", say="Welcome to Garden Reminders.", rp="What should I remind you about?", end=False),
            T("help", "AMAZON.HelpIntent", say="You can say, remind me to water the basil every three days. To allow reminders, open the Alexa app, go to More, Skills and Games, Garden Reminders, Settings, and turn on Reminders. This skill is not made by Amazon.", rp="What should I remind you about?", end=False),
            T("stop", "AMAZON.StopIntent", say="Happy gardening!", end=True)])],
        [], "Trap: help text legitimately mentions the Alexa app and Amazon; only the reminders permission it needs is requested.")

    # 048 recipe asks how many people ------------------------------------
    c = dict(locale="en-US", name="Batch Cook Helper", invocation="batch cook helper",
             description="Scales recipes up or down for the number of people you are cooking for.",
             category="FOOD_AND_DRINK",
             intents=[intent("ServingsIntent", ["{n} people", "for {n}", "we are {n}"], {"n": "AMAZON.NUMBER"}),
                      intent("RecipeIntent", ["scale {dish}", "make {dish}"], {"dish": "DishType"})],
             types=[{"name": "DishType", "values": [{"name": {"value": v}} for v in ["chili", "lasagna", "pancakes"]]}])
    alexa("048-batch-cook-helper", c, [
        R("ask-dialog", "dialog", "2025-01-19T16:30", [
            T("ask batch cook helper to make chili", "RecipeIntent", slots={"dish": "chili"}, say="Chili it is. How many people are you cooking for?", rp="How many people?", end=False),
            T("six people", "ServingsIntent", slots={"n": "6"}, say="For six: two pounds of beef, three cans of beans, two onions. Enjoy!", end=True)], text_record=True)],
        [], "Trap: asks 'how many people' for scaling a recipe, a purposeful number, not personal data.")

    # 049 kids math quiz ----------------------------------------------------
    c = dict(locale="en-US", name="Number Ninjas", invocation="number ninjas",
             description="Addition and subtraction practice for kids.",
             category="KIDS", child=True, privacy="https://numberninjas.example.com/privacy",
             intents=[intent("AnswerIntent", ["{n}", "is it {n}", "the answer is {n}"], {"n": "AMAZON.NUMBER"})])
    alexa("049-number-ninjas", c, [
        R("smapi-invocation", "smapi", "2025-02-02T15:00", [
            T("open number ninjas", say="Hi-yah! What is seven plus five? Tell me your answer.", rp="What is seven plus five?", end=False),
            T("twelve", "AnswerIntent", slots={"n": "12"}, say="Correct, ninja! What is nine minus four?", rp="What is nine minus four?", end=False),
            T("five", "AnswerIntent", slots={"n": "5"}, say="Right again! That's the end of today's training. Bye!", end=True)])],
        [], "Trap: a child-directed quiz that asks 'tell me your answer' (numbers), never personal data.")

    # 050 2FA explainer -----------------------------------------------------
    c = dict(locale="en-US", name="Two Step Tutor", invocation="two step tutor",
             description="Learn how to turn on two-step verification for your e-mail, bank and shopping accounts.",
             category="EDUCATION_AND_REFERENCE",
             intents=[intent("ServiceIntent", ["how do i protect my {svc}", "two step for {svc}", "{svc}"], {"svc": "ServiceType"})],
             types=[{"name": "ServiceType", "values": [{"name": {"value": v}} for v in ["email", "bank", "amazon account", "phone"]]}])
    alexa("050-two-step-tutor", c, [
        R("cloudwatch-json", "export", "2025-09-09T12:00", [
            T("open two step tutor", say="Which account do you want to protect: email, bank, or your Amazon account?", rp="Which account?", end=False),
            T("amazon account", "ServiceIntent", slots={"svc": "amazon account"}, say="On amazon dot com, open Login and Security and turn on Two-Step Verification. You'll get a one time code by text. Never say that code or your password to me or to anyone else.", end=True)])],
        [], "Trap: explains passwords and one-time codes and names Amazon, but only as instructions; nothing is collected.")

    # 051 grocery delivery with needed permissions ---------------------------
    c = dict(locale="en-US", name="Green Basket Grocery", invocation="green basket",
             description="Order groceries from Green Basket for same-day delivery. We use your device address to find your store and deliver.",
             category="SHOPPING", personal=True, privacy="https://greenbasket.example.com/privacy-policy",
             account_linking="https://auth.greenbasket.example.com",
             permissions=["alexa::devices:all:address:full:read"],
             intents=[intent("AddIntent", ["add {item}", "add {item} to my basket"], {"item": "AMAZON.Food"}), intent("CheckoutIntent", ["check out", "place my order"])])
    card = {"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:address:full:read"]}
    alexa("051-green-basket", c, [
        R("sam-local", "sam", "2025-03-21T11:00", [
            T("ask green basket to check out", "CheckoutIntent", say="To deliver, Green Basket needs your device address. I've sent a card to the Alexa app where you can allow it.", card=card, end=True)])],
        [], "Trap: a delivery skill that requests only the address permission it needs, uses account linking and has a privacy policy.")

    # 052 goodbye starts new round ------------------------------------------
    c = dict(locale="en-US", name="Spelling Relay", invocation="spelling relay",
             description="Spell words in relay rounds with your family.",
             category="GAMES",
             intents=[intent("SpellIntent", ["{l1} {l2} {l3} {l4} {l5} {l6}", "{l1} {l2} {l3} {l4} {l5}", "{l1} {l2} {l3} {l4}"],
                             {k: "LetterType" for k in ["l1", "l2", "l3", "l4", "l5", "l6"]})],
             types=[{"name": "LetterType", "values": [{"name": {"value": chr(x)}} for x in range(97, 123)]}])
    alexa("052-spelling-relay", c, [
        R("yaml-pairs", "recordings", "2025-11-01T18:00", [
            T("open spelling relay", say="Round one! Spell: castle.", rp="Spell castle.", end=False),
            T("c a s t l e", "SpellIntent", slots={"l1": "c", "l2": "a", "l3": "s", "l4": "t", "l5": "l", "l6": "e"}, say="Perfect! That's goodbye to round one. Round two starts now: spell river.", rp="Spell river.", end=False),
            T("stop", "AMAZON.StopIntent", say="Thanks for playing Spelling Relay. Goodbye!", end=True)])],
        [], "Trap: a game says 'goodbye to round one' and starts a new round with an audible prompt; Stop ends the session properly.")

    # 053 legit 'not available' that ends --------------------------------------
    c = dict(locale="en-US", name="Crosstown Bus Times", invocation="crosstown bus",
             description="Next bus arrival times for Crosstown Transit stops.",
             category="TRAVEL_AND_TRANSPORTATION",
             intents=[intent("NextBusIntent", ["when is the next bus at {stop}", "next bus at stop {stop}"], {"stop": "AMAZON.NUMBER"})])
    alexa("053-crosstown-bus", c, [
        R("curl-trace", "debug", "2025-10-15T08:10", [
            T("ask crosstown bus when is the next bus at stop four twelve", "NextBusIntent", slots={"stop": "412"}, say="Sorry, live bus times are not available right now. Please try again in a few minutes. Goodbye.", end=True),
            T("ask crosstown bus when is the next bus at stop four twelve", "NextBusIntent", slots={"stop": "412"}, say="The next bus at stop four twelve arrives in six minutes.", end=True)])],
        [], "Trap: says 'not available right now … Goodbye' and really ends the session.")

    # 054 interval trainer pauses with audible prompts ---------------------------
    c = dict(locale="en-US", name="Plank Intervals", invocation="plank intervals",
             description="Timed plank intervals with rest breaks.",
             category="HEALTH_AND_FITNESS",
             intents=[intent("AMAZON.YesIntent"), intent("AMAZON.NoIntent"), intent("StartIntent", ["start", "go"])])
    alexa("054-plank-intervals", c, [
        R("csv-turns", "reports", "2025-06-18T06:00", [
            T("ask plank intervals to start", "StartIntent", say='<speak>Plank now! <break time="10s"/> ten seconds. <break time="10s"/> twenty. <break time="10s"/> Rest. Ready for the next set?</speak>', rp="Say yes for the next set, or no to finish.", end=False),
            T("no", "AMAZON.NoIntent", say="Great workout. See you tomorrow!", end=True)])],
        [], "Trap: long breaks inside the workout speech, but the reprompt is an audible question and 'no' ends the session.")

    # 055 real popular name ----------------------------------------------------
    c = dict(locale="en-US", name="TideGuide", invocation="tide guide",
             description="Tide times for beaches and harbors.",
             category="WEATHER",
             intents=[intent("TideIntent", ["tides at {place}", "when is high tide at {place}", "{place}"], {"place": "AMAZON.Landmark"})])
    alexa("055-tide-guide", c, [
        R("har", "network", "2025-07-19T05:30", [
            T("open tide guide", say="Which beach or harbor?", rp="Name a beach or harbor.", end=False),
            T("tides at half moon bay", "TideIntent", slots={"place": "half moon bay"}, say="High tide at Half Moon Bay is at eleven oh four a.m.", end=True)])],
        [], "Trap: the invocation is the real popular 'tide guide' itself; asks a place, not personal data.")

    # 056 zip code for branch finder -----------------------------------------
    c = dict(locale="en-US", name="Library Branch Finder", invocation="library branch finder",
             description="Opening hours of public library branches by zip code.",
             category="LOCAL", privacy="https://libraryfinder.example.org/privacy",
             intents=[intent("ZipIntent", ["{zip}", "branches near {zip}", "zip code {zip}"], {"zip": "AMAZON.NUMBER"})])
    alexa("056-library-branch-finder", c, [
        R("pairs-jsonl", "test/replays", "2025-02-27T13:00", [
            T("open library branch finder", say="Say a zip code and I'll find the nearest library branch. I don't store it.", rp="Which zip code?", end=False),
            T("nine four one one zero", "ZipIntent", slots={"zip": "94110"}, say="Mission Branch, open until eight tonight.", end=True)])],
        [], "Trap: asks a zip code as a search term, says it is not stored; privacy policy present.")

    # 057 kids animals preferences ---------------------------------------------
    c = dict(locale="en-US", name="Safari Sounds for Kids", invocation="safari sounds",
             description="Guess the animal from its sound! For kids 3 and up.",
             category="KIDS", child=True, privacy="https://safari-sounds.example.com/privacy",
             intents=[intent("GuessIntent", ["{animal}", "is it a {animal}", "a {animal}"], {"animal": "AMAZON.Animal"})])
    alexa("057-safari-sounds", c, [
        R("envelope", "tests/golden", "2025-05-30T10:00", [
            T("open safari sounds", say='<speak>Listen! <audio src="soundbank://soundlibrary/animals/amzn_sfx_elephant_01"/> Who makes that sound?</speak>', rp="Who makes that sound? Guess an animal.", end=False),
            T("elephant", "GuessIntent", slots={"animal": "elephant"}, say="Yes, an elephant! What's your favorite animal? I'll play its sound next time.", rp="What's your favorite animal?", end=False),
            T("lion", "GuessIntent", slots={"animal": "lion"}, say='<speak><audio src="soundbank://soundlibrary/animals/amzn_sfx_lion_roar_01"/> Roar! Bye for now!</speak>', end=True)])],
        [], "Trap: a kids' skill asks 'what's your favorite animal' (game content, not personal data) and ends properly.")

    # 058 gift list with lists permission ---------------------------------------
    c = dict(locale="en-US", name="Gift Idea Keeper", invocation="gift idea keeper",
             description="Keep gift ideas for the people you love on an Alexa list.",
             category="SHOPPING", personal=True, privacy="https://giftkeeper.example.com/privacy",
             permissions=["alexa::household:lists:read", "alexa::household:lists:write"],
             intents=[intent("AddGiftIntent", ["add a gift idea for {who}", "gift idea for {who}"], {"who": "AMAZON.FirstName"}),
                      intent("GiftIntent", ["the idea is {gift}", "add the gift {gift}"], {"gift": "AMAZON.SearchQuery"})])
    alexa("058-gift-idea-keeper", c, [
        R("pairs-array", "recorded", "2025-11-20T20:00", [
            T("ask gift idea keeper to add a gift idea for grandma", "AddGiftIntent", slots={"who": "grandma"}, say="What's the idea for grandma?", rp="Say: the idea is, and then the gift.", end=False),
            T("the idea is a warm scarf", "GiftIntent", slots={"gift": "a warm scarf"}, say="Added a warm scarf for grandma to your Gift Ideas list.", end=True)])],
        [], "Trap: lists read/write permissions that match the function, a purposeful SearchQuery carrier and a privacy policy.")

    # 059 trivia with audible reprompts & proper stop -------------------------
    c = dict(locale="en-US", name="Space Trivia Nights", invocation="space trivia nights",
             description="Trivia about planets and stars.",
             category="GAMES", agent="ask-python/1.19.0 Python/3.11.6",
             intents=[intent("AnswerIntent", ["{planet}", "is it {planet}"], {"planet": "PlanetType"})],
             types=[{"name": "PlanetType", "values": [{"name": {"value": v}} for v in ["mercury", "venus", "earth", "mars", "jupiter", "saturn"]]}])
    alexa("059-space-trivia-nights", c, [
        R("cloudwatch-text", "cloudwatch", "2025-08-30T21:00", [
            T("open space trivia nights", say="Which planet has the most moons? Say stop to exit at any time.", rp="Which planet has the most moons?", end=False),
            T("saturn", "AnswerIntent", slots={"planet": "saturn"}, say="Correct! Want another question?", rp="Want another question?", end=False),
            T("cancel", "AMAZON.CancelIntent", say="Okay, see you next time!", end=True)], python=True, kw=("Request Envelope: ", "Response: "))],
        [], "Trap: multi-turn game with audible reprompts; Cancel closes the session.")

    # 060 whispered bedtime story ---------------------------------------------------
    c = dict(locale="en-US", name="Whisper Tales", invocation="whisper tales",
             description="Very quiet bedtime stories told in a whisper.",
             category="KIDS", child=True, privacy="https://whispertales.example.com/privacy",
             intents=[intent("StoryIntent", ["a story", "tell me a story", "story about {topic}"], {"topic": "TopicType"})],
             types=[{"name": "TopicType", "values": [{"name": {"value": v}} for v in ["the moon", "a fox", "the sea"]]}])
    alexa("060-whisper-tales", c, [
        R("sam-local", "local", "2025-12-01T19:30", [
            T("ask whisper tales for a story about the moon", "StoryIntent", slots={"topic": "the moon"},
              say='<speak><amazon:effect name="whispered">Once upon a time the moon was very sleepy.</amazon:effect> <prosody volume="x-soft">It yawned, and all the stars yawned too.</prosody> <break time="3s"/> <amazon:effect name="whispered">The end. Good night.</amazon:effect></speak>', end=True)])],
        [], "Trap: whispered / x-soft SSML used for storytelling; no reprompt and the session ends.")

    # 061 own-brand support desk ------------------------------------------------------
    c = dict(locale="en-US", name="Lakeside Fiber Help", invocation="lakeside fiber help",
             description="Official help skill of Lakeside Fiber internet. Check for outages and restart your router step by step. Not affiliated with Amazon.",
             category="UTILITIES", account_linking="https://id.lakesidefiber.example.com", privacy="https://lakesidefiber.example.com/privacy",
             intents=[intent("OutageIntent", ["is there an outage", "is the internet down"]), intent("RestartIntent", ["how do i restart my router", "restart steps"])])
    alexa("061-lakeside-fiber-help", c, [
        R("smapi-simulation", "simulations", "2025-10-21T19:00", [
            T("ask lakeside fiber help is there an outage", "OutageIntent", say="Hi, this is the Lakeside Fiber help desk. There is no outage on your linked account's service area. Want restart steps?", rp="Want router restart steps?", end=False),
            T("restart steps", "RestartIntent", say="Unplug the router, wait thirty seconds, and plug it back in. The lights turn green within two minutes. Goodbye!", end=True)])],
        [], "Trap: a real company's own support desk (not the platform) using account linking; no secrets requested.")

    # 062 dream journal free-form with purpose ---------------------------------------
    c = dict(locale="en-US", name="Dream Log", invocation="dream log",
             description="Record your dreams each morning and hear them back later. Entries are private to your account.",
             category="LIFESTYLE", privacy="https://dreamlog.example.app/privacy",
             intents=[intent("LogDreamIntent", ["i dreamt {dream}", "i dreamed that {dream}", "log a dream about {dream}"], {"dream": "AMAZON.SearchQuery"}),
                      intent("ReadIntent", ["read my last dream", "what did i dream"])])
    alexa("062-dream-log", c, [
        R("jest-snapshot", "test", "2025-09-25T07:00", [
            T("open dream log", say="Good morning. Tell me about your dream. Start with: I dreamt.", rp="Start with: I dreamt, then describe it.", end=False),
            T("i dreamt that i was flying over the ocean", "LogDreamIntent", slots={"dream": "i was flying over the ocean"}, say="Saved: you were flying over the ocean. Sweet dreams tonight!", end=True)])],
        [], "Trap: a free-form dream slot with a purposeful carrier ('I dreamt …'), saved and confirmed, privacy policy present.")

    # 063 birthday reminders of others --------------------------------------------
    c = dict(locale="en-US", name="Birthday Buddy", invocation="birthday buddy",
             description="Remembers your friends' birthdays and reminds you a day before.",
             category="PRODUCTIVITY", privacy="https://birthdaybuddy.example.com/privacy", personal=True,
             permissions=["alexa::alerts:reminders:skill:readwrite"],
             intents=[intent("AddBirthdayIntent", ["remember {friend}'s birthday on {date}", "{friend}'s birthday is {date}"], {"friend": "AMAZON.FirstName", "date": "AMAZON.DATE"})])
    alexa("063-birthday-buddy", c, [
        R("ask-dialog", "dialog-tests", "2025-04-02T20:00", [
            T("open birthday buddy", say="Whose birthday should I remember?", rp="Say, for example, Sam's birthday is May third.", end=False),
            T("sam's birthday is may third", "AddBirthdayIntent", slots={"friend": "sam", "date": "XXXX-05-03"}, say="Got it. I'll remind you on May second about Sam's birthday.", end=True)])],
        [], "Trap: asks for birthdays, but of friends to remind about (the skill's purpose), with the matching reminders permission and a privacy policy.")

    # 064 benign changed versions (no drift) ----------------------------------------
    c = dict(locale="en-US", name="Moon Phase Today", invocation="moon phase today",
             description="Tells you tonight's moon phase.",
             category="EDUCATION_AND_REFERENCE",
             intents=[intent("PhaseIntent", ["what's the phase", "moon phase", "tonight's moon"])])
    alexa("064-moon-phase-today", c, [
        R("smapi-invocation", "smapi/v1", "2025-01-05T21:00", [
            T("ask moon phase today for tonight's moon", "PhaseIntent", say="Tonight the moon is a waxing crescent.", end=True)]),
        R("pairs-jsonl", "smapi/v2", "2025-08-05T21:00", [
            T("ask moon phase today for tonight's moon", "PhaseIntent", say="Tonight's moon is a waning gibbous, eighty percent lit. Moonrise is at nine forty.", end=True)], name="v2")],
        [], "Trap: two recordings differ (new wording, more detail) but both are harmless; not drift.")

    # 065 negated + security question word in game --------------------------------
    c = dict(locale="en-US", name="Vault Code Breaker", invocation="vault code breaker",
             description="Crack the vault by guessing the secret three digit code. Mastermind for your ears.",
             category="GAMES",
             intents=[intent("GuessIntent", ["{code}", "is it {code}", "try {code}"], {"code": "AMAZON.NUMBER"})])
    alexa("065-vault-code-breaker", c, [
        R("envelope", "fixtures", "2025-03-15T19:00", [
            T("open vault code breaker", say="I've picked a secret three digit code. It's random, so don't use any real PIN. Your first guess?", rp="Guess a three digit code.", end=False),
            T("one two three", "GuessIntent", slots={"code": "123"}, say="One digit is right and in the right place. Next guess?", rp="Guess again.", end=False),
            T("stop", "AMAZON.StopIntent", say="The code was one seven three. Goodbye!", end=True)])],
        [], "Trap: a code-guessing game that tells the user not to use a real PIN; the code is chosen by the skill.")
