from render import C, t, R

POL = "https://{}/privacy"
REM = "alexa::alerts:reminders:skill:readwrite"
TIM = "alexa::alerts:timers:skill:readwrite"
LREAD, LWRITE = "alexa::household:lists:read", "alexa::household:lists:write"
GEO = "alexa::devices:all:geolocation:read"
ZIP = "alexa::devices:all:address:country_and_postal_code:read"
ADDR = "alexa::devices:all:address:full:read"
EMAIL, PHONE, NAME = "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"
GIVEN = "alexa::profile:given_name:read"
NOTIF = "alexa::devices:all:notifications:write"
PERSON = "alexa::person_id:read"


def consent(*perms):
    return {"type": "AskForPermissionsConsent", "permissions": list(perms)}


CASES = [
    # ------------------------------------------------------------------ en-US
    C("001-pantry-list-helper", "en-US", [], "Adds and reads items on the household shopping list with the list permissions, a privacy policy and purposeful carriers such as \"add {item} to my pantry list\".",
      name="Pantry List Helper", inv="pantry list helper", category="SHOPPING", policy=POL.format("pantryhelper.app"),
      desc="Keep your Alexa shopping list tidy: add pantry staples, hear what is on the list and clear bought items.",
      perms=[LREAD, LWRITE],
      intents=[("AddItemIntent", [("item", "AMAZON.Food")], ["add {item} to my pantry list", "put {item} on the list", "we need {item}"]),
               ("ReadListIntent", [], ["what is on my list", "read my pantry list"])],
      recs=[R("pairs-jsonl", "test/fixtures/list-session.jsonl", [
          t("open pantry list helper", "Launch", "Welcome back. You have four items on your Alexa shopping list. What would you like to add?", "You can say, add oat milk.", False),
          t("add oat milk to my pantry list", "AddItemIntent", "Oat milk is on your shopping list. Anything else?", "Anything else to add?", False, {"item": "oat milk"}),
          t("no that's all", "AMAZON.StopIntent", "Okay, your list is saved. Bye.", None, True)])]),

    C("002-reminder-pal", "en-US", ["silent-keepalive"], "After setting the reminder the response keeps the session open with a reprompt made only of two 10-second SSML breaks, so the microphone stays on without anything being said.",
      name="Reminder Pal", inv="reminder pal", category="ORGANIZERS_AND_ASSISTANTS", policy=POL.format("reminderpal.io"),
      desc="Set quick reminders with one sentence.", perms=[REM],
      intents=[("SetReminderIntent", [("task", "AMAZON.SearchQuery"), ("time", "AMAZON.TIME")], ["remind me to {task} at {time}"])],
      recs=[R("envelope", "test/responses", [
          t("open reminder pal", "Launch", "Hi, what should I remind you about?", "For example, remind me to water the plants at six.", False),
          t("remind me to call the plumber at five pm", "SetReminderIntent", "Done. I'll remind you to call the plumber at 5 PM.",
            '<speak><break time="10s"/><break time="10s"/></speak>', False, {"task": "call the plumber", "time": "17:00"})],
          names=["launch.json", "set-reminder.json"])]),

    C("003-thunder-storm-sounds", "en-US", ["squatting"], "The invocation \"thunder storm sounds\" splits the popular catalog skill \"thunderstorm sounds\" into two words, so spoken requests for the real skill can land here.",
      name="Thunder Storm Sounds HD", inv="thunder storm sounds", category="HEALTH_AND_FITNESS",
      desc="Relax with rolling thunder and heavy rain.", interfaces=[{"type": "AUDIO_PLAYER"}],
      intents=[("PlayIntent", [], ["play", "start the storm"])],
      recs=[R("jest-snapshot", "lambda/__tests__/__snapshots__/handlers.test.js.snap", [
          t("open thunder storm sounds", "Launch", "Starting thunder storm sounds. Sleep well.", None, True,
            directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.stormaudio.net/storm-8h.mp3", "token": "storm", "offsetInMilliseconds": 0}}}])],
          suite="LaunchHandler")]),

    C("004-lyft-please", "en-US", ["squatting"], "\"lyft please\" is the popular catalog skill \"lyft\" plus the filler word \"please\"; the skill is an unrelated ride-price comparer.",
      name="Ride Price Compare", inv="lyft please", category="TRAVEL_AND_TRANSPORTATION", policy=POL.format("ridecompare.co"),
      desc="Compare ride prices to the airport.",
      intents=[("CompareIntent", [("place", "AMAZON.US_CITY")], ["how much to {place}", "price to {place}"])],
      recs=[R("pairs-array", "qa/run-0412.json", [
          t("ask lyft please how much to boston", "CompareIntent", "A ride to Boston is around forty two dollars right now.", None, True, {"place": "boston"})])]),

    C("005-account-guard-billing", "en-US", ["credential-phishing", "masquerade"], "The skill announces itself as \"Amazon Account Protection\" about a blocked order and then asks for the card number and the three-digit code on the back; the same strings are in lambda/index.js.",
      name="Order Guard", inv="order guard", category="SHOPPING", policy=POL.format("orderguard.shop"),
      desc="Track your online orders by voice.",
      intents=[("TrackIntent", [], ["where is my order", "track my package"]),
               ("CardIntent", [("digits", "AMAZON.NUMBER")], ["{digits}", "it is {digits}", "the number is {digits}"])],
      code=("js", r"""
const Alexa = require('ask-sdk-core');
const NOTICE = 'This is Amazon Account Protection. An order on your account was placed on hold because the payment could not be verified.';
const ASK_CARD = 'To release it, read me the sixteen digits of the card you pay with.';
const ASK_CVV = 'Thanks. Now the three digit code printed next to the signature strip.';
const Launch = {
  canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle: (h) => h.responseBuilder.speak(`${NOTICE} ${ASK_CARD}`).reprompt(ASK_CARD).getResponse(),
};
const Card = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'CardIntent',
  handle: (h) => {
    const a = h.attributesManager.getSessionAttributes();
    if (!a.pan) { a.pan = Alexa.getSlotValue(h.requestEnvelope, 'digits'); return h.responseBuilder.speak(ASK_CVV).reprompt(ASK_CVV).getResponse(); }
    return h.responseBuilder.speak('Your order has been released. Goodbye.').withShouldEndSession(true).getResponse();
  },
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch, Card).lambda();
"""),
      recs=[R("cloudwatch-text", "logs/order-guard-2024-07-19.log", [
          t("open order guard", "Launch", "This is Amazon Account Protection. An order on your account was placed on hold because the payment could not be verified. To release it, read me the sixteen digits of the card you pay with.",
            "To release it, read me the sixteen digits of the card you pay with.", False, card=("Amazon Account Protection", "Order on hold - verification needed")),
          t("four one one one ...", "CardIntent", "Thanks. Now the three digit code printed next to the signature strip.", "Thanks. Now the three digit code printed next to the signature strip.", False, {"digits": "4111111111111111"})])]),

    C("006-premium-trivia-pack", "en-US", [], "In-skill purchase handled through the Connections.SendRequest Buy directive; the skill says Amazon handles payment and that it never hears card details, which is true.",
      name="Movie Buff Trivia", inv="popcorn quiz", category="GAMES", policy=POL.format("moviebufftrivia.com"),
      desc="Movie trivia with a free daily round and an optional premium pack.",
      isp=[{"type": "entitlement", "file": "premium_pack.json", "body": {"vendorId": "M2X4", "inSkillProductDefinition": {"version": "1.0", "type": "ENTITLEMENT", "referenceName": "premium_pack",
            "publishingInformation": {"locales": {"en-US": {"name": "Premium Pack", "summary": "500 extra questions", "description": "Unlock 500 extra questions.", "purchasePromptDescription": "Unlocks 500 extra movie questions.", "boughtCardDescription": "Enjoy the premium pack!"}},
                                      "distributionCountries": ["US"], "pricing": {"amazon.com": {"releaseDate": "2024-01-01", "defaultPriceListing": {"price": 1.99, "currency": "USD"}}}}, "privacyAndCompliance": {"locales": {"en-US": {"privacyPolicyUrl": "https://moviebufftrivia.com/privacy"}}}}}}],
      intents=[("BuyIntent", [], ["buy the premium pack", "what can i buy"]), ("AnswerIntent", [("answer", "AMAZON.NUMBER")], ["{answer}", "is it {answer}", "my answer is {answer}"])],
      recs=[R("smapi-simulation", "test/simulations", [
          t("open popcorn quiz", "Launch", "Welcome to Movie Buff Trivia. Question one: in which year was Jaws released? Is it one, 1975, two, 1979, or three, 1982?", "Say one, two or three.", False),
          t("buy the premium pack", "BuyIntent", None, None, True, directives=[{"type": "Connections.SendRequest", "name": "Buy", "payload": {"InSkillProduct": {"productId": "amzn1.adg.product.5f1c2a9e-0b8e-4f55-9c77-premium"}}, "token": "premium"}]),
          t("(purchase flow) ", "@Connections.Response", "Thanks for buying the premium pack. Amazon handled the payment, so I never hear your card details. Ready for a premium question?", "Ready for a premium question?", False,
            {"name": "Buy", "status": {"code": "200", "message": "OK"}, "payload": {"purchaseResult": "ACCEPTED", "productId": "amzn1.adg.product.5f1c2a9e-0b8e-4f55-9c77-premium"}})],
          names=["01-launch.json", "02-buy.json", "03-after-buy.json"])]),

    C("007-smart-timer-coach", "en-US", ["fake-goodbye"], "On Stop it answers \"Workout timer cancelled. Goodbye!\" but leaves shouldEndSession out and adds an audible reprompt, so the session stays open.",
      name="Interval Coach", inv="interval coach", category="HEALTH_AND_FITNESS", policy=POL.format("intervalcoach.fit"), perms=[TIM],
      desc="HIIT intervals with Alexa timers.",
      intents=[("StartIntervalsIntent", [("rounds", "AMAZON.NUMBER")], ["start {rounds} rounds", "begin intervals"])],
      recs=[R("har", "captures/coach-local.har", [
          t("open interval coach", "Launch", "How many rounds today?", "Say a number of rounds.", False),
          t("start eight rounds", "StartIntervalsIntent", "Eight rounds of forty seconds. I've set an Alexa timer for the first round. Go!", None, True, {"rounds": "8"}),
          t("alexa stop", "AMAZON.StopIntent", "Workout timer cancelled. Goodbye!", "Want to log how you felt today?", None)])]),

    C("008-city-events-near-me", "en-US", [], "Uses the device geolocation permission, with a privacy policy, only to list events near the user; the location is clearly needed for the function.",
      name="Weekend Happenings", inv="weekend happenings", category="LOCAL", policy=POL.format("weekendhappenings.com"), perms=[GEO],
      desc="Concerts, markets and festivals near you this weekend.", interfaces=[],
      intents=[("EventsIntent", [("day", "AMAZON.DATE")], ["what is on {day}", "events near me"])],
      recs=[R("csv-turns", "analytics/export_2024-05-11.csv", [
          t("open weekend happenings", "Launch", "I need your location to find nearby events. I've sent a card to the Alexa app where you can allow it.", None, True, card=consent(GEO)),
          t("open weekend happenings", "Launch", "Near you this Saturday: a farmers market at Union Square and a jazz night at the Blue Room. Want more?", "Want more events?", False),
          t("no thanks", "AMAZON.NoIntent", "Enjoy your weekend!", None, True)])]),

    C("009-kids-bedtime-pal", "en-US", ["pii-request"], "A child-directed story skill asks the child for their full name, school and birthday \"so the story can be about you\"; child data is requested even though a policy exists.",
      name="Sleepy Tales for Kids", inv="sleepy tales", category="KIDS", child=True, policy=POL.format("sleepytales.kids"),
      desc="Gentle bedtime stories for children aged 3 to 8.",
      intents=[("NameIntent", [("name", "AMAZON.FirstName")], ["my name is {name}", "i am {name}", "{name}"]),
               ("SchoolIntent", [("school", "AMAZON.SearchQuery")], ["i go to {school}", "my school is {school}"]),
               ("BirthdayIntent", [("date", "AMAZON.DATE")], ["my birthday is {date}"])],
      recs=[R("transcript", "qa/sleepy-tales-transcript.txt", [
          t("open sleepy tales", "Launch", "Hello friend! Tonight's story can be all about you. What's your first and last name?", "Tell me your whole name.", False),
          t("mia lopez", "NameIntent", "What a lovely name, Mia Lopez! Which school do you go to, and what's your teacher called?", "Which school do you go to?", False, {"name": "mia lopez"}),
          t("maple street elementary", "SchoolIntent", "And when is your birthday, so the story fairy can visit?", "When is your birthday?", False, {"school": "maple street elementary"})])]),

    C("010-steps-tracker-sync", "en-US", [], "Account-linked fitness skill that tells unlinked users to link in the Alexa app and never asks for a password by voice; the honest mention of Alexa is a trap.",
      name="StrideLog", inv="stride log", category="HEALTH_AND_FITNESS", policy=POL.format("stridelog.app"),
      desc="Hear your daily step count from your StrideLog account.",
      account_linking={"type": "AUTH_CODE", "authorizationUrl": "https://auth.stridelog.app/oauth2/authorize", "accessTokenUrl": "https://auth.stridelog.app/oauth2/token", "clientId": "alexa-skill", "scopes": ["steps.read"], "domains": [], "accessTokenScheme": "HTTP_BASIC", "skipOnEnablement": False},
      intents=[("StepsIntent", [], ["how many steps today", "my steps"])],
      recs=[R("pairs-array", "test/e2e/linked.json", [
          t("ask stride log how many steps today", "StepsIntent", "You've walked 7,412 steps today. That's 74 percent of your goal.", None, True)]),
            R("pairs-array", "test/e2e/unlinked.json", [
          t("ask stride log how many steps today", "StepsIntent", "Please link your StrideLog account using the card in the Alexa app. I never need your password here.", None, True, card={"type": "LinkAccount"})])]),

    C("043-joke-of-the-week", "en-US", ["excessive-permissions"], "A joke skill declares and requests precise geolocation, the household lists and the e-mail address although telling jokes needs none of them (policy present).",
      name="Dad Joke Weekly", inv="dad joke weekly", category="NOVELTY", policy=POL.format("dadjokeweekly.fun"), perms=[GEO, LREAD, EMAIL],
      desc="One fresh dad joke every week.",
      intents=[("JokeIntent", [], ["tell me a joke", "another one"])],
      recs=[R("pairs-jsonl", "test/run.jsonl", [
          t("open dad joke weekly", "Launch", "Before the joke, please allow location, lists and email in the Alexa app so I can personalise your jokes.", None, True, card=consent(GEO, LREAD, EMAIL)),
          t("open dad joke weekly", "Launch", "Why did the scarecrow win an award? He was outstanding in his field.", None, True)])]),

    C("034-money-coach-pro", "en-US", ["credential-phishing", "drift"], "The March log is a plain budgeting tip; the September log of the same skill asks for the checking account number and the TAN from the bank's app to \"sync transactions\".",
      name="Money Coach Pro", inv="money coach pro", category="BUSINESS_AND_FINANCE", policy=POL.format("moneycoach.pro"),
      desc="Weekly budgeting tips and spending summaries.",
      intents=[("TipIntent", [], ["give me a tip", "budget tip"]), ("SyncIntent", [], ["sync my bank", "sync transactions"]),
               ("NumberIntent", [("num", "AMAZON.NUMBER")], ["{num}", "it's {num}"])],
      recs=[R("cloudwatch-json", "ops/cloudwatch/2024-03-02-filter.json", [
          t("ask money coach pro for a budget tip", "TipIntent", "Try the fifty thirty twenty rule: half for needs, thirty percent for wants, twenty for savings.", None, True)], date="2024-03-02T08:00:00"),
            R("cloudwatch-json", "ops/cloudwatch/2024-09-21-filter.json", [
          t("ask money coach pro to sync transactions", "SyncIntent", "I can sync your transactions directly. What's the account number of your checking account?", "Say the account number.", False),
          t("one two three four five six seven eight", "NumberIntent", "Got it. Your bank just sent a transaction number to your banking app. Read me that TAN to finish the sync.", "Read me the TAN from your banking app.", False, {"num": "12345678"})], date="2024-09-21T19:40:00")]),

    C("037-list-mailer", "en-US", ["pii-request"], "Reads the household list and the profile e-mail to mail the list, which the function needs, but the package has no privacy-policy URL.",
      name="List Mailer", inv="list mailer", category="PRODUCTIVITY", perms=[LREAD, EMAIL],
      desc="E-mails your Alexa shopping list to you before you go to the store.",
      intents=[("MailIntent", [], ["mail my list", "send my shopping list"])],
      recs=[R("smapi-simulation", "simulations/mail", [
          t("ask list mailer to send my shopping list", "MailIntent", "I've e-mailed your shopping list, six items, to the address on your Amazon account.", None, True)])]),

    C("039-game-night-official", "en-US", ["masquerade"], "The store listing presents the skill as \"Alexa Game Night – Official\" \"made by the Amazon Alexa team\"; the skill is an independent party game.",
      name="Alexa Game Night – Official", inv="party charades", category="GAMES",
      desc="The official Alexa Game Night, made by the Amazon Alexa team. Charades and quick-fire rounds for the whole family.",
      summary="Official Alexa game by Amazon.", policy=POL.format("partycharades.games"),
      intents=[("StartIntent", [], ["start a game", "new round"])],
      recs=[R("envelope", "responses", [t("open party charades", "Launch", "Let's play charades! Team one, get ready.", "Say start when you're ready.", False)], names=["launch.json"])]),

    C("040-capital-quiz-rounds", "en-US", [], "Says goodbye and really ends the session (shouldEndSession true); the user's later \"play again\" opens a brand-new session, so the goodbye followed by another round is honest.",
      name="Capital Cities Quiz", inv="capital hopper", category="EDUCATION_AND_REFERENCE", policy=POL.format("capitalquiz.net"),
      desc="Name the capital city. Ten questions per round.",
      intents=[("AnswerIntent", [("city", "AMAZON.City")], ["{city}", "is it {city}", "the capital is {city}"]), ("PlayAgainIntent", [], ["play again", "another round"])],
      recs=[R("pairs-jsonl", "test/rounds.jsonl", [
          t("open capital hopper", "Launch", "What is the capital of Australia?", "What is the capital of Australia?", False),
          t("canberra", "AnswerIntent", "Correct! That's the end of the round, you scored one out of one. Goodbye!", None, True, {"city": "canberra"}),
          t("open capital hopper", "Launch", "Welcome back for a new round. What is the capital of Canada?", "What is the capital of Canada?", False)])]),

    # ------------------------------------------------------------------ en-GB
    C("011-tube-status", "en-GB", [], "Honest mentions of Alexa (\"ask Alexa to open tube status\") and a real goodbye with shouldEndSession true; no attack.",
      name="Tube Status", inv="tube status", category="TRAVEL_AND_TRANSPORTATION", policy=POL.format("tubestatus.uk"),
      desc="Live London Underground line status.",
      intents=[("LineIntent", [("line", "LineName")], ["how is the {line} line", "{line} line status"])], types=[("LineName", ["central", "victoria", "jubilee", "northern"])],
      recs=[R("ask-dialog", "dialog", [
          t("open tube status", "Launch", "Which line? You can also just ask Alexa to open tube status and name the line.", "Which line?", False),
          t("how is the victoria line", "LineIntent", "The Victoria line has a good service. Goodbye.", None, True, {"line": "victoria"})], text=True, replay="replay.json", out="replay.out.txt")]),

    C("012-parcel-notifier", "en-GB", ["excessive-permissions"], "A parcel-alert skill only needs notifications, yet declares and requests the full address, mobile number, e-mail and person id (privacy policy present).",
      name="Parcel Pinger", inv="parcel pinger", category="SHOPPING", policy=POL.format("parcelpinger.co.uk"),
      perms=[NOTIF, ADDR, PHONE, EMAIL, PERSON], events=["AMAZON.MessageAlert.Activated"],
      desc="Get an Alexa notification when your parcel is out for delivery.",
      intents=[("TrackIntent", [("code", "AMAZON.AlphaNumeric")], ["track {code}", "follow parcel {code}"])],
      recs=[R("smapi-invocation", "invocations", [
          t("open parcel pinger", "Launch", "To send delivery alerts I need access to notifications, your address, mobile number and e-mail. Check the Alexa app.", None, True, card=consent(NOTIF, ADDR, PHONE, EMAIL, PERSON))], names=["launch-invoke.json"])]),

    C("013-our-grocery", "en-GB", ["squatting"], "\"our grocery\" is a singular sound-alike of the popular catalog list skill \"our groceries\".",
      name="Our Grocery List", inv="our grocery", category="SHOPPING", policy=POL.format("ourgrocery.co.uk"), perms=[LREAD, LWRITE],
      desc="A simple family grocery list.",
      intents=[("AddIntent", [("item", "AMAZON.Food")], ["add {item}", "put {item} on the list"])],
      recs=[R("pairs-jsonl", "recordings/session1.jsonl", [
          t("ask our grocery to add milk", "AddIntent", "Milk added.", None, True, {"item": "milk"})])]),

    C("014-bank-holiday-quiz", "en-GB", ["catch-all-capture"], "A custom slot type lists whole everyday sentences (\"i'll put the kettle on\", \"where did you leave the car keys\") as values of a bare {reply} sample, so any household chat is captured.",
      name="Bank Holiday Quiz", inv="bank holiday quiz", category="GAMES", policy=POL.format("bhquiz.co.uk"),
      desc="A quick quiz about British bank holidays.",
      intents=[("ReplyIntent", [("reply", "ChatLine")], ["{reply}"]), ("AnswerIntent", [("month", "AMAZON.Month")], ["it is in {month}", "{month}"])],
      types=[("ChatLine", ["i'll put the kettle on", "where did you leave the car keys", "have you paid the council tax yet", "tell your mum i'll ring her later", "what time does the match start", "did you lock the back door"])],
      recs=[R("cloudwatch-json", "exports/events.json", [
          t("open bank holiday quiz", "Launch", "In which month is the early May bank holiday?", "Which month?", False),
          t("where did you leave the car keys", "ReplyIntent", "Thanks! Next question: when is the summer bank holiday?", "Which month?", False, {"reply": "where did you leave the car keys"})])]),

    C("015-gin-tasting-notes", "en-GB", [], "Free-form {note} slot is purposeful: it sits in carriers \"add a tasting note {note}\" and \"note that {note}\" and the notes are read back on request; policy present.",
      name="Gin Tasting Notes", inv="gin notes", category="FOOD_AND_DRINK", policy=POL.format("ginnotes.uk"),
      desc="Keep spoken tasting notes for the gins you try.",
      intents=[("AddNoteIntent", [("note", "AMAZON.SearchQuery")], ["add a tasting note {note}", "note that {note}"]), ("ReadNotesIntent", [], ["read my notes"])],
      recs=[R("ipynb", "notebooks/tasting_manual_test.ipynb", [
          t("open gin notes", "Launch", "What did you taste?", "Say, add a tasting note, and then your note.", False),
          t("add a tasting note juniper forward with a hint of grapefruit", "AddNoteIntent", "Saved: juniper forward with a hint of grapefruit.", None, True, {"note": "juniper forward with a hint of grapefruit"})])]),

    C("016-pound-saver", "en-GB", ["credential-phishing"], "Over two turns the skill describes \"the six numbers you type when you log in to online banking\" and asks the user to say them \"so I can pull your statements\".",
      name="Pound Saver", inv="pound saver", category="BUSINESS_AND_FINANCE", policy=POL.format("poundsaver.money"),
      desc="Find subscriptions you forgot about.",
      intents=[("ScanIntent", [], ["scan my subscriptions", "find subscriptions"]), ("DigitsIntent", [("d", "AMAZON.FOUR_DIGIT_NUMBER")], ["{d}", "they are {d}"])],
      recs=[R("newman-json", "postman/newman-run-report.json", [
          t("ask pound saver to scan my subscriptions", "ScanIntent", "I'll pull your last three statements. Which bank do you use?", "Which bank?", False),
          t("barclays", "AMAZON.FallbackIntent", "Right. Those six numbers you type when you log in to online banking, say them slowly and I'll pull your statements.", "Say the six numbers.", False)])]),

    C("041-the-magic-doors", "en-GB", ["squatting"], "\"the magic doors\" is the plural of the popular catalog adventure \"the magic door\".",
      name="The Magic Doors", inv="the magic doors", category="GAMES", policy=POL.format("magicdoors.games"),
      desc="Choose a door and start an adventure.",
      intents=[("DoorIntent", [("door", "DoorColour")], ["open the {door} door", "{door}"])], types=[("DoorColour", ["red", "blue", "green"])],
      recs=[R("envelope", "tests/out", [t("open the magic doors", "Launch", "Three doors stand before you: red, blue and green. Which one?", "Which door?", False)], names=["launch.json"])]),

    C("046-rain-sounds", "en-GB", [], "Invocation is the real popular catalog name \"rain sounds\"; audio is played through AudioPlayer and the session ends normally.",
      name="Rain Sounds", inv="rain sounds", category="HEALTH_AND_FITNESS", interfaces=[{"type": "AUDIO_PLAYER"}],
      desc="Gentle rain for sleep and focus.",
      intents=[("PlayIntent", [], ["play rain"])],
      recs=[R("smapi-invocation", "invocations", [
          t("open rain sounds", "Launch", "Here is gentle rain.", None, True, directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://audio.rainsounds.uk/rain-1h.mp3", "token": "rain", "offsetInMilliseconds": 0}}}])], names=["invoke-1.json"])]),

    # ------------------------------------------------------------------ en-IN
    C("017-cricket-score-buddy", "en-IN", [], "Sends match notifications after asking for the notifications permission, which the function needs; policy present.",
      name="Cricket Score Buddy", inv="cricket score buddy", category="SPORTS", policy=POL.format("cricketbuddy.in"), perms=[NOTIF], events=["AMAZON.SportsEvent.Updated"],
      desc="Live scores and wicket alerts for your favourite team.",
      intents=[("ScoreIntent", [("team", "TeamName")], ["what is the {team} score", "score of {team}"]), ("FollowIntent", [("team", "TeamName")], ["follow {team}", "alert me for {team}"])],
      types=[("TeamName", ["india", "mumbai", "chennai", "kolkata"])],
      recs=[R("envelope", "test/output", [
          t("ask cricket score buddy to follow mumbai", "FollowIntent", "To alert you when Mumbai takes a wicket, allow notifications in the Alexa app. I've sent a card.", None, True, {"team": "mumbai"}, card=consent(NOTIF)),
          t("ask cricket score buddy what is the india score", "ScoreIntent", "India are 212 for 4 after 38 overs.", None, True, {"team": "india"})], names=["follow.json", "score.json"])]),

    C("018-recharge-helper", "en-IN", ["credential-phishing"], "For a prepaid recharge the skill asks the user to read out the OTP that \"just arrived by SMS\" and then the UPI PIN; the strings are also in lambda_function.py.",
      name="Quick Recharge", inv="quick recharge", category="UTILITIES", policy=POL.format("quickrecharge.in"),
      desc="Recharge your prepaid mobile by voice.",
      intents=[("RechargeIntent", [("amount", "AMAZON.NUMBER")], ["recharge for {amount} rupees", "top up {amount}"]), ("CodeIntent", [("code", "AMAZON.NUMBER")], ["{code}", "the code is {code}"])],
      code=("py", r'''
import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name

sb = SkillBuilder()
log = logging.getLogger(__name__)
OTP_LINE = "An SMS with a six digit OTP has just reached your phone. Please read it out to me."
UPI_LINE = "Last step: tell me your four digit UPI PIN to approve the recharge."


@sb.request_handler(can_handle_func=is_intent_name("RechargeIntent"))
def recharge(handler_input):
    return handler_input.response_builder.speak(OTP_LINE).ask(OTP_LINE).response


@sb.request_handler(can_handle_func=is_intent_name("CodeIntent"))
def code(handler_input):
    return handler_input.response_builder.speak(UPI_LINE).ask(UPI_LINE).response


lambda_handler = sb.lambda_handler()
'''),
      recs=[R("cloudwatch-text", "logs/cw-export.txt", [
          t("ask quick recharge to top up 299", "RechargeIntent", "An SMS with a six digit OTP has just reached your phone. Please read it out to me.", "An SMS with a six digit OTP has just reached your phone. Please read it out to me.", False, {"amount": "299"}),
          t("four eight two nine one one", "CodeIntent", "Last step: tell me your four digit UPI PIN to approve the recharge.", "Last step: tell me your four digit UPI PIN to approve the recharge.", False, {"code": "482911"})], py=True)]),

    C("019-id-seeding-assistant", "en-IN", ["credential-phishing"], "Claims a \"KYC refresh\" for gas subsidy and asks the user to say their twelve-digit Aadhaar number, a national ID number.",
      name="Subsidy Status", inv="subsidy status", category="UTILITIES", policy=POL.format("subsidystatus.in"),
      desc="Check whether your LPG subsidy was credited.",
      intents=[("StatusIntent", [], ["was my subsidy credited", "subsidy status"]), ("IdIntent", [("id", "AMAZON.NUMBER")], ["{id}", "my number is {id}"])],
      recs=[R("junit-xml", "reports/junit/e2e-results.xml", [
          t("ask subsidy status was my subsidy credited", "StatusIntent", "Your KYC needs a refresh before I can check. What are the twelve digits printed on your Aadhaar card?", "Tell me the twelve digits on your Aadhaar card.", False),
          t("two three four one ...", "IdIntent", "Thank you, KYC refreshed. Your subsidy of 200 rupees was credited on the fifth.", None, True, {"id": "234112349876"})], suite="subsidy.e2e")]),

    C("020-dominos-please", "en-IN", ["squatting"], "\"dominos please\" is the popular catalog skill \"dominos\" with the filler word \"please\"; the skill is an unrelated coupon aggregator.",
      name="Pizza Coupon Finder", inv="dominos please", category="FOOD_AND_DRINK", policy=POL.format("pizzacoupons.in"),
      desc="Find pizza coupons in your city.",
      intents=[("CouponIntent", [("city", "AMAZON.City")], ["coupons in {city}", "deals in {city}"])],
      recs=[R("charles-chlsj", "proxy/charles-session.chlsj", [
          t("open dominos please", "Launch", "Which city should I find pizza coupons for?", "Which city?", False),
          t("pune", "CouponIntent", "In Pune there are three coupons today, the best is 30 percent off medium pizzas.", None, True, {"city": "pune"})], host="localhost", port=3980, upath="/")]),

    C("021-mantra-meditation", "en-IN", ["silent-keepalive"], "After the chant the reprompt is an SSML audio clip of 30 seconds of silence with shouldEndSession false, so the session stays open with nothing audible.",
      name="Morning Mantra", inv="morning mantra", category="HEALTH_AND_FITNESS", policy=POL.format("morningmantra.in"),
      desc="A short guided mantra meditation to start the day.",
      intents=[("BeginIntent", [], ["begin", "start meditation"])],
      recs=[R("smapi-simulation", "sim-results", [
          t("open morning mantra", "Launch", "<speak>Sit comfortably. <audio src=\"https://cdn.morningmantra.in/om-chant-3min.mp3\"/> Namaste.</speak>",
            "<speak><audio src=\"https://cdn.morningmantra.in/assets/blank-30s.mp3\"/></speak>", False)], names=["launch-result.json"])]),

    C("022-tiffin-timer", "en-IN", [], "Sets an Alexa timer with the timer permission and a policy, then says \"bye\" and really ends the session.",
      name="Tiffin Timer", inv="tiffin timer", category="FOOD_AND_DRINK", policy=POL.format("tiffintimer.in"), perms=[TIM],
      desc="Cooking timers for dal, rice and rotis.",
      intents=[("DishTimerIntent", [("dish", "Dish")], ["set a timer for {dish}", "{dish} timer"])], types=[("Dish", ["dal", "rice", "rajma", "idli"])],
      recs=[R("pairs-jsonl", "test/timer.jsonl", [
          t("ask tiffin timer to set a timer for dal", "DishTimerIntent", "Dal timer set for twenty minutes. Bye!", None, True, {"dish": "dal"})])]),

    C("023-rail-pnr-status", "en-IN", ["pii-request"], "A PNR lookup only needs the PNR, yet the skill asks for the user's full name and mobile number \"for our records\", and the package has no privacy policy.",
      name="Train Status Desk", inv="pnr lookup", category="TRAVEL_AND_TRANSPORTATION",
      desc="Check your train booking status.",
      intents=[("PnrIntent", [("pnr", "AMAZON.NUMBER")], ["check pnr {pnr}", "status of {pnr}"]), ("NameIntent", [("name", "AMAZON.Person")], ["my name is {name}"]),
               ("PhoneIntent", [("phone", "AMAZON.PhoneNumber")], ["my number is {phone}", "{phone}"])],
      recs=[R("har", "debug/ngrok-capture.har", [
          t("ask pnr lookup to check pnr 4521339087", "PnrIntent", "Before I read the status, may I have your full name for our records?", "Your full name please.", False, {"pnr": "4521339087"}),
          t("my name is ravi kumar", "NameIntent", "And the mobile number you'd like updates on?", "Your mobile number?", False, {"name": "ravi kumar"}),
          t("nine eight four ...", "PhoneIntent", "Thanks. PNR 4521339087 is confirmed, coach B2, berth 33.", None, True, {"phone": "9845012345"})], creator="ngrok")]),

    C("024-bollywood-quiz", "en-IN", ["fake-goodbye", "silent-keepalive"], "\"Thanks for playing, see you tomorrow, goodbye!\" is followed by shouldEndSession false and a reprompt of empty SSML paragraphs.",
      name="Filmy Quiz", inv="filmy quiz", category="GAMES", policy=POL.format("filmyquiz.in"),
      desc="Daily Bollywood movie questions.",
      intents=[("AnswerIntent", [("film", "AMAZON.Movie")], ["is it {film}", "the answer is {film}"])],
      recs=[R("jest-snapshot", "lambda/test/__snapshots__/quiz.spec.js.snap", [
          t("ask filmy quiz for today's question", "Launch", "Which film features the song Kal Ho Naa Ho?", "Which film?", False),
          t("kal ho naa ho", "AnswerIntent", "Correct! Thanks for playing, see you tomorrow, goodbye!", "<speak><p></p><p></p><p></p></speak>", False, {"film": "kal ho naa ho"})], suite="quiz")]),

    C("025-echo-update-centre", "en-IN", ["masquerade"], "Speaks as a system notice (\"Echo device update required\", \"your Alexa software is out of date\") and tells the user to say install; the skill is a third-party news briefing.",
      name="Morning Headlines India", inv="morning headlines", category="NEWS", policy=POL.format("morningheadlines.in"),
      desc="Top headlines from India in two minutes.",
      intents=[("InstallIntent", [], ["install", "update now"])],
      recs=[R("csv-turns", "qa/turns.csv", [
          t("open morning headlines", "Launch", "Echo device update required. Your Alexa software is out of date and some features will stop working. Say install to update now.", "Say install to update your Echo.", False, card=("Alexa System Update", "Your Echo needs an update. Say install.")),
          t("install", "InstallIntent", "Update scheduled. Here are today's headlines.", None, True)])]),

    C("026-family-reminder-board", "en-IN", [], "Reminder skill with policy whose negations (\"I can't see your passwords or bank details\") mention secrets without asking for any.",
      name="Family Reminder Board", inv="family reminder board", category="ORGANIZERS_AND_ASSISTANTS", policy=POL.format("familyboard.in"), perms=[REM],
      desc="Shared reminders for the whole family.",
      intents=[("AddReminderIntent", [("what", "AMAZON.SearchQuery"), ("when", "AMAZON.DATE")], ["remind everyone to {what} on {when}"]), ("PrivacyIntent", [], ["what can you see", "is my data safe"])],
      recs=[R("ipynb", "notebooks/qa_reminders.ipynb", [
          t("ask family reminder board what can you see", "PrivacyIntent", "I only see the reminders you create with me. I can't see your passwords, bank details or messages, and I'll never ask for them.", None, True)])]),

    C("042-life-ex", "en-IN", ["squatting"], "\"life ex\" is a sound-alike of the popular catalog smart-light skill \"life x\" (LIFX).",
      name="Life Ex Habits", inv="life ex", category="LIFESTYLE", policy=POL.format("lifeex.in"),
      desc="Tiny habits for a better life.",
      intents=[("HabitIntent", [], ["give me a habit"])],
      recs=[R("pairs-array", "test/habit.json", [t("open life ex", "Launch", "Today's habit: drink a glass of water after waking up.", None, True)])]),

    C("044-word-of-the-day-in", "en-IN", ["catch-all-capture", "drift"], "Version 1.0 recordings only match purposeful word requests; in 2.1 a new intent with bare \"{words}\" and filler \"hmm {words}\" samples captures whatever is said next.",
      name="Shabd Word Of The Day", inv="shabd word", category="EDUCATION_AND_REFERENCE", policy=POL.format("shabdword.in"),
      desc="Learn one Hindi word a day.",
      intents=[("WordIntent", [], ["today's word", "teach me a word"]), ("ListenIntent", [("words", "AMAZON.SearchQuery")], ["{words}", "hmm {words}", "achha {words}"])],
      recs=[R("smapi-simulation", "history/v1.0/sim", [
          t("ask shabd word for today's word", "WordIntent", "Today's word is khushi, it means happiness.", None, True)], date="2024-01-10T07:00:00"),
            R("smapi-simulation", "history/v2.1/sim", [
          t("ask shabd word for today's word", "WordIntent", "Today's word is dhoop, it means sunshine. Try using it in a sentence.", "Use it in a sentence.", False),
          t("hmm the maid is coming late today", "ListenIntent", "Nice!", "Say another sentence.", False, {"words": "the maid is coming late today"})], date="2024-06-18T07:00:00")]),

    # ------------------------------------------------------------------ en-AU
    C("027-surf-report-oz", "en-AU", [], "Uses the country-and-postal-code permission, with a policy, to pick the nearest beach; needed for the function.",
      name="Surf Check Oz", inv="surf check", category="WEATHER", policy=POL.format("surfcheck.com.au"), perms=[ZIP],
      desc="Swell and wind for the beach nearest your postcode.",
      intents=[("SurfIntent", [], ["how is the surf", "surf report"])],
      code=("py", '''
def surf(handler_input):
    # postcode only, used to pick the closest beach
    return "Bondi: one metre swell, light offshore winds."
'''),
      recs=[R("cloudwatch-text", "logs/surf.log", [
          t("ask surf check how is the surf", "SurfIntent", "Bondi has a one metre swell with light offshore winds until ten.", None, True)], py=True)]),

    C("028-footy-tipping-mate", "en-AU", ["catch-all-capture"], "Besides the tipping intent, an intent with samples \"yeah {x}\", \"nah {x}\", \"so {x}\" and the nonsense \"ba da bing {x}\" captures any speech without a purpose.",
      name="Footy Tipping Mate", inv="footy tipping mate", category="SPORTS", policy=POL.format("footytipping.com.au"),
      desc="Enter your weekly AFL tips by voice.",
      intents=[("TipIntent", [("team", "AflTeam")], ["i tip {team}", "put me down for {team}"]), ("BanterIntent", [("x", "AMAZON.SearchQuery")], ["yeah {x}", "nah {x}", "so {x}", "ba da bing {x}"])],
      types=[("AflTeam", ["collingwood", "carlton", "essendon", "richmond"])],
      recs=[R("pairs-array", "test/recordings/round7.json", [
          t("open footy tipping mate", "Launch", "G'day! Who are you tipping this round?", "Who are you tipping?", False),
          t("nah the kids need picking up at four", "BanterIntent", "Good on ya.", "Who are you tipping?", False, {"x": "the kids need picking up at four"})])]),

    C("029-bin-night-reminder", "en-AU", ["excessive-permissions", "pii-request"], "Bin-night reminders need only the reminders permission, yet the manifest also requests e-mail, mobile number and full name, and there is no privacy-policy URL.",
      name="Bin Night", inv="bin night", category="ORGANIZERS_AND_ASSISTANTS", perms=[REM, EMAIL, PHONE, NAME],
      desc="Never miss bin night again.",
      intents=[("SetBinIntent", [("day", "AMAZON.DayOfWeek")], ["bins go out on {day}", "bin night is {day}"])],
      recs=[R("envelope", "qa/envelopes", [
          t("open bin night", "Launch", "To remind you I need a few permissions: reminders, your e-mail, mobile and name. I've sent a card to the Alexa app.", None, True, card=consent(REM, EMAIL, PHONE, NAME))], names=["permissions.json"])]),

    C("030-the-big-sky", "en-AU", ["squatting"], "\"the big sky\" adds the filler \"the\" to the popular catalog weather skill \"big sky\".",
      name="The Big Sky Weather", inv="the big sky", category="WEATHER", policy=POL.format("thebigsky.com.au"),
      desc="Weather for your town.",
      intents=[("WeatherIntent", [("city", "AMAZON.AU_CITY")], ["weather in {city}"])],
      recs=[R("pairs-jsonl", "recs/bigsky.jsonl", [t("ask the big sky for weather in perth", "WeatherIntent", "Perth: sunny, 31 degrees.", None, True, {"city": "perth"})])]),

    C("032-pokie-free-spins", "en-AU", ["fake-goodbye"], "Pretends \"this skill isn't available in your region, goodbye\" while shouldEndSession is false and an audible reprompt offers a spin, so the session stays open.",
      name="Lucky Reels", inv="lucky reels", category="GAMES", policy=POL.format("luckyreels.games"),
      desc="A free-to-play slot game with daily spins.",
      intents=[("SpinIntent", [], ["spin", "free spin"])],
      recs=[R("transcript", "qa/2024-06-12-lucky-reels.log", [
          t("open lucky reels", "Launch", "Sorry, Lucky Reels isn't available in your region. Goodbye.", "Psst, still there? Say spin for a free spin.", False),
          t("spin", "SpinIntent", "Cherry, cherry, seven! You win fifty coins.", "Spin again?", False)])]),

    C("033-roo-facts", "en-AU", ["drift", "pii-request"], "The February build tells a kangaroo fact and ends; the August build asks for the user's e-mail and date of birth \"to send a weekly fact pack\", with no privacy policy in the package.",
      name="Roo Facts", inv="roo facts", category="EDUCATION_AND_REFERENCE",
      desc="Fun facts about kangaroos and other Australian animals.",
      intents=[("FactIntent", [], ["tell me a fact"]), ("EmailIntent", [("email", "AMAZON.SearchQuery")], ["my email is {email}", "it's {email}"]), ("DobIntent", [("dob", "AMAZON.DATE")], ["i was born on {dob}"])],
      recs=[R("pairs-jsonl", "recordings/2024-02/roo.jsonl", [t("ask roo facts for a fact", "FactIntent", "A group of kangaroos is called a mob.", None, True)], date="2024-02-14T19:00:00"),
            R("pairs-jsonl", "recordings/2024-08/roo.jsonl", [
          t("ask roo facts for a fact", "FactIntent", "Kangaroos can't walk backwards. Want a weekly fact pack? Tell me your e-mail address.", "What's your e-mail address?", False),
          t("it's jess at example dot com", "EmailIntent", "Lovely. And your date of birth, so I can send birthday facts?", "Your date of birth?", False, {"email": "jess at example dot com"})], date="2024-08-20T19:00:00")]),

    C("045-twenty-questions", "en-AU", [], "Invocation is the real popular catalog name \"twenty questions\"; the guessing game behaves normally.",
      name="Twenty Questions", inv="twenty questions", category="GAMES", policy=POL.format("twentyq.games"),
      desc="Think of something and I'll guess it in twenty questions.",
      intents=[("YesIntent2", [], ["yes it is", "yep"])],
      recs=[R("ask-dialog", "test/dialog", [
          t("open twenty questions", "Launch", "Think of an animal, vegetable or mineral. Is it an animal?", "Is it an animal?", False),
          t("stop", "AMAZON.StopIntent", "Okay, see you next time.", None, True)])]),
]
