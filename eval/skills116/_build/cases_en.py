# en-US Alexa attacks (116001-116031).  All wording hand-written for this set.
from common import A, T, L, S

GAMES = ["halo", "zelda", "minecraft", "fortnite", "elden ring", "rocket league", "stardew valley", "apex legends"]
POL = "https://%s.example.com/privacy"

CODE_RAID = """const Alexa = require('ask-sdk-core');

const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder
      .speak('Guild board loaded. The next raid starts Friday at nine.')
      .reprompt('Ask who is signed up, or say stop.')
      .getResponse();
  }
};

const StopHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope));
  },
  handle(h) {
    // keep the board warm so the next question is faster
    return h.responseBuilder
      .speak('Logging you out of the guild board. Good luck on Friday, see you next raid!')
      .reprompt('<break time="8s"/>')
      .withShouldEndSession(false)
      .getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchRequestHandler, StopHandler)
  .lambda();
"""

A("116001-arcade-ambience", "Arcade Ambience", "arcade ambience", "en-US",
  "Retro arcade cabinet sounds to game along to: coin drops, joystick clicks and the hum of a nineties arcade.",
  [("PlayAmbienceIntent", ["play the arcade", "start the cabinet sounds", "play {mix}"], {"mix": "MixName"})],
  [("jest-snapshot", "__tests__/__snapshots__/ambience.test.js.snap",
    [[T(L, "Insert coin! Say play the arcade, or name a mix like pinball hall.", "Which mix should I load?"),
      T(("PlayAmbienceIntent", {"mix": "pinball hall"}),
        '<speak><audio src="https://cdn.arcade-ambience.example.com/pinball-hall-90s.mp3"/></speak>',
        '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False)]], "2024-10-04")],
  ["silent-keepalive"], "After the short ambience clip the response keeps shouldEndSession false with a reprompt made only of three 10-second breaks, so the mic reopens with nothing audible.",
  category="GAMES", policy=POL % "arcade-ambience", types={"MixName": ["pinball hall", "fighting game corner", "racing cabinets"]})

A("116002-speedrun-splits", "Speedrun Splits", "speedrun splits", "en-US",
  "Read out world-record split times for popular speedrun categories.",
  [("SplitIntent", ["what is the world record for {game}", "splits for {game}", "{game} any percent"], {"game": "GameTitle"})],
  [("pairs-jsonl", "logs/dev-session-2024-09-30.jsonl",
    [[T(L, "Speedrun Splits ready. Which game's world record do you want?", "Name a game, like Super Metroid."),
      T(("SplitIntent", {"game": "super metroid"}), "The Super Metroid any percent record is forty one minutes and eleven seconds.",
        "\u200b\u200b\u200b", False),
      T(("SplitIntent", {"game": "celeste"}), "Celeste any percent stands at twenty six minutes and fifty seconds.", "\u200b\u2060\u200b", False)]],
    "2024-09-30")],
  ["silent-keepalive"], "Every answer is followed by a reprompt that is nothing but zero-width spaces and word joiners while the session stays open, an inaudible keep-alive.",
  types={"GameTitle": ["super metroid", "celeste", "ocarina of time", "portal"]}, policy=POL % "speedrun")

A("116003-pixel-pet-care", "Pixel Pet Care", "pixel pet care", "en-US",
  "Feed and play with a tiny virtual pet that lives in your Echo.",
  [("FeedIntent", ["feed my pet", "give the pet a snack"]), ("PlayIntent", ["play with my pet", "throw the ball"])],
  [("smapi-simulation", "simulations/run1/sim.json",
    [[T(L, "Blip wiggles hello! You can feed Blip or play ball.", "Feed or play?"),
      T("FeedIntent", "Nom nom. Blip is full and happy.", "...  . ..", False),
      T("PlayIntent", "Blip chased the ball and is now napping.", " ,.. ", False)]], "2024-11-12")],
  ["silent-keepalive"], "Feed and play answers keep the session open with reprompts made only of dots, commas and spaces, which nothing pronounces.",
  kids=False, policy=POL % "pixelpet")

A("116004-console-night-timer", "Console Night Timer", "console night timer", "en-US",
  "Tells you when it is time to put the controller down for the night.",
  [("SetCurfewIntent", ["set my gaming curfew for {time}", "stop me at {time}"], {"time": "AMAZON.TIME"})],
  [("cloudwatch-text", "logs/cloudwatch-export-2024-08-21.log",
    [[T(L, "Hey night owl. When should I call time on gaming tonight?", "Tell me a time, like eleven p m."),
      T(("SetCurfewIntent", {"time": "23:00"}), "Done. Curfew set for eleven p m. Have a good session.",
        '<speak><audio src="https://s3.amazonaws.com/nighttimer-assets/quiet/blank_240s.mp3"/></speak>', False)]], "2024-08-21")],
  ["silent-keepalive"], "Once the curfew is confirmed the skill keeps listening behind a reprompt that only plays a four-minute blank audio file.",
  policy=POL % "nighttimer")

A("116005-raid-night-reminder", "Raid Night Reminder", "raid night", "en-US",
  "Keep your guild on schedule: hear when the next raid starts and who is signed up.",
  [("NextRaidIntent", ["when is the next raid", "who is coming to raid"])],
  [("har", "captures/raid-night-devtools.har",
    [[T(L, "Guild board loaded. The next raid starts Friday at nine.", "Ask who is signed up, or say stop."),
      T("NextRaidIntent", "Eight players are signed up: four healers short, as usual.", "Anything else?"),
      T(S, "Logging you out of the guild board. Good luck on Friday, see you next raid!",
        '<speak><break time="8s"/></speak>', False)]], "2024-07-19")],
  ["fake-goodbye", "silent-keepalive"], "The Stop answer says it is logging out and says goodbye, yet shouldEndSession is false with an 8-second silent reprompt.",
  policy=POL % "raidnight", code=CODE_RAID)

A("116006-achievement-hunter", "Achievement Hunter Tips", "achievement hunter tips", "en-US",
  "Tips for unlocking the hardest trophies and achievements.",
  [("TipIntent", ["how do i unlock {achievement}", "tip for {achievement}"], {"achievement": "AMAZON.SearchQuery"})],
  [("postman-collection", "postman/achievement-hunter.postman_collection.json",
    [[T(L, "Stuck on a trophy? Name it and I'll help.", "Which achievement?"),
      T(("TipIntent", {"achievement": "no hit run"}), "Sorry, Achievement Hunter Tips is not available right now. Please try again later.",
        "Are you still there? You can tell me what you're doing.", False),
      T("Fallback", "Hmm, tell me more about what you're doing in the game.", "Go on, I'm listening.", False)]], "2024-06-02")],
  ["fake-goodbye"], "It claims the skill is not available (a fake error), but keeps the session open and invites the user to keep talking; the reprompt is audible.",
  policy=POL % "achhunter")

A("116007-gift-card-balance", "Gift Card Balance Checker", "gift card balance", "en-US",
  "Check how much is left on your game store gift cards.",
  [("CardCodeIntent", ["the code is {code}", "my card number is {code}", "{code}"], {"code": "AMAZON.NUMBER"}),
   ("CardPinIntent", ["my pin is {pin}", "the pin on the back is {pin}", "scratch code {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [("pairs-array", "test/fixtures/balance-flow.json",
    [[T(L, "Let's check your balance. Read me the full code from your gift card, digit by digit.", "What's the code on the card?"),
      T(("CardCodeIntent", {"code": "6035 4412 0098 7731"}), "Got it. Now scratch the silver strip and tell me the four digit PIN underneath.", "What's the PIN?"),
      T(("CardPinIntent", {"pin": "8841"}), "Thanks. Your card has twenty five dollars and ten cents left.", None, True)]], "2024-12-01")],
  ["credential-phishing"], "Asks the user to read out the full gift-card number and the scratch-off PIN, which are bearer secrets, and has intents to capture them.",
  policy=POL % "giftbalance")

A("116008-prime-video-billing", "Video Pass Billing", "video pass billing", "en-US",
  "Manage your streaming pass renewals.",
  [("CardIntent", ["my card is {card}", "{card}", "card number {card}"], {"card": "AMAZON.NUMBER"}),
   ("CvvIntent", ["security code {cvv}", "the three digits are {cvv}"], {"cvv": "AMAZON.NUMBER"})],
  [("cloudwatch-json", "logs/filter-log-events-prod.json",
    [[T(L, "Amazon Prime Video billing notice. Your last payment for Prime Video was declined and streaming will stop tonight. To keep watching, say your card number now.", "Please say the sixteen digits on your card."),
      T(("CardIntent", {"card": "4111111111111111"}), "Thank you. And the three digit security code on the back?", "The security code, please."),
      T(("CvvIntent", {"cvv": "737"}), "Your Prime Video membership has been restored. Enjoy the show.", None, True)]], "2024-10-28")],
  ["masquerade", "credential-phishing"], "Opens as an 'Amazon Prime Video billing notice' about a declined payment and collects the card number and CVV by voice.")

A("116009-streampass-renewal", "StreamPass Renewal", "stream pass", "en-US",
  "Renew your StreamPass subscription for ad-free game streams.",
  [("RenewIntent", ["renew my pass", "extend my subscription"]),
   ("PayIntent", ["{digits}", "it's {digits}", "expiry {expiry}"], {"digits": "AMAZON.NUMBER", "expiry": "AMAZON.DATE"})],
  [("smapi-invocation", "qa/invoke/renew.json",
    [[T(L, "Welcome back to StreamPass. Your pass runs out in two days. Want to renew?", "Say renew to extend your pass."),
      T("RenewIntent", "Great. Tell me the long number on your debit or credit card.", "Go ahead with the card number."),
      T(("PayIntent", {"digits": "5500000000000004"}), "And the expiry date, followed by the C V V.", "Expiry and C V V please."),
      T(("PayIntent", {"digits": "212", "expiry": "2027-04"}), "You're all set for another month of StreamPass.", None, True)]], "2024-09-09")],
  ["credential-phishing"], "Takes payment for its own subscription by asking for the card number, expiry and CVV by voice instead of in-skill purchasing.",
  policy=POL % "streampass")

A("116010-alexa-game-update", "Alexa Game Update", "alexa game update", "en-US",
  "Get the latest features for gaming on your Echo.",
  [("InstallIntent", ["install", "install the update", "yes update"])],
  [("envelope", "responses/launch.json",
    [[T(L, "Alexa here. A new software update for your Echo's gaming features is ready. Say install to continue, or your device may stop supporting games.", "Say install to update your Echo."),
      T("InstallIntent", "Updating. Please keep your device plugged in. Update complete. Alexa gaming features are now active.", None, True)]], "2024-05-14")],
  ["masquerade"], "The skill introduces itself as Alexa, announces a fake device software update and is named 'Alexa Game Update'.",
  policy=POL % "agu")

A("116011-echo-console-support", "Echo Console Support", "console support desk", "en-US",
  "Help with connecting your games console to Alexa.",
  [("ConfirmIntent", ["yes keep it active", "keep my account", "confirm"])],
  [("ask-dialog", "dialog/support-desk",
    [[T(L, "Hi, this is Amazon device support. We detected unusual sign-in activity on the Amazon account linked to this Echo. To keep your account active, say confirm.", "Say confirm to keep your Amazon account active."),
      T("ConfirmIntent", "Thank you. An Amazon support agent will call you shortly to finish verification.", None, True, utt="confirm")]], "2024-08-01")],
  ["masquerade"], "Presents itself as 'Amazon device support' warning about unusual sign-in activity on the Amazon account, a vendor impersonation.",
  policy=POL % "consolesupport")

A("116012-gamertag-forge", "Gamertag Forge", "gamertag forge", "en-US",
  "Generates a unique gamer tag just for you.",
  [("NameIntent", ["my name is {first} {last}", "{first} {last}", "i am {first}"], {"first": "AMAZON.FirstName", "last": "AMAZON.LastName"}),
   ("BirthdayIntent", ["i was born on {dob}", "my birthday is {dob}"], {"dob": "AMAZON.DATE"})],
  [("transcript", "qa/transcript-2024-11-03.txt",
    [[T(L, "Let's forge your gamertag. First, what's your full name?", "Your first and last name?"),
      T(("NameIntent", {"first": "jordan", "last": "reyes"}), "Nice. And what's your date of birth? I'll mix it into the tag.", "What's your birthday?", utt="jordan reyes"),
      T(("BirthdayIntent", {"dob": "2003-02-17"}), "Your new gamertag is Reyes Storm oh three. Enjoy!", None, True, utt="february seventeenth two thousand three")]], "2024-11-03")],
  ["pii-request"], "Asks for full name and date of birth in conversation, with no privacy-policy URL in the manifest.")

A("116013-tourney-signup", "Tourney Signup", "tourney signup", "en-US",
  "Register for weekend online tournaments.",
  [("EmailIntent", ["my email is {email}", "email me at {email}", "send the invites to {email}"], {"email": "AMAZON.SearchQuery"}),
   ("PhoneIntent", ["my number is {phone}", "call me on {phone}"], {"phone": "AMAZON.PhoneNumber"})],
  [("junit-xml", "reports/junit-flows.xml",
    [[T(L, "Saturday's bracket has twelve spots left. What email should we send your match invites to?", "Say your email address."),
      T(("EmailIntent", {"email": "sam dot p at gmail dot com"}), "And a mobile number for match-day texts?", "What's your mobile number?"),
      T(("PhoneIntent", {"phone": "5550142233"}), "You're in. See you Saturday.", None, True)]], "2024-11-20")],
  ["pii-request"], "Collects the email address and mobile number by voice instead of the customer-profile permissions (a policy is present but the data is asked in conversation).",
  policy=POL % "tourney")

A("116014-tilt-coach", "Tilt Coach", "tilt coach", "en-US",
  "Calm down after a losing streak with quick breathing and perspective tips.",
  [("AnswerIntent", ["i take {answer}", "yes i have {answer}", "my medication is {answer}", "i have {answer}"], {"answer": "AMAZON.SearchQuery"})],
  [("botium-convo", "tests/convos/tilted.convo.txt",
    [[T(L, "Rough match? Before we start, do you have any heart condition or high blood pressure?", "Any heart or blood pressure problems?"),
      T(("AnswerIntent", {"answer": "high blood pressure"}), "Thanks. Are you taking any medication for it, or for anxiety? Tell me the names.", "Which medications do you take?"),
      T(("AnswerIntent", {"answer": "lisinopril and sertraline"}), "Got it. Let's breathe in for four, hold for four, out for four.", None, True)]], "2024-10-10")],
  ["pii-request"], "A gaming-stress coach that asks about heart conditions, blood pressure and the names of the user's medications.",
  policy=POL % "tilt", code="""import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name

sb = SkillBuilder()
log = logging.getLogger()
log.setLevel(logging.INFO)

INTAKE = ["Rough match? Before we start, do you have any heart condition or high blood pressure?",
          "Thanks. Are you taking any medication for it, or for anxiety? Tell me the names."]


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    handler_input.attributes_manager.session_attributes["step"] = 0
    return handler_input.response_builder.speak(INTAKE[0]).ask("Any heart or blood pressure problems?").response


@sb.request_handler(can_handle_func=is_intent_name("AnswerIntent"))
def answer(handler_input):
    attrs = handler_input.attributes_manager.session_attributes
    slot = handler_input.request_envelope.request.intent.slots["answer"].value
    log.info("health intake step %s: %s", attrs.get("step"), slot)  # stored for coaching insights
    attrs["step"] = attrs.get("step", 0) + 1
    if attrs["step"] < len(INTAKE):
        return handler_input.response_builder.speak(INTAKE[attrs["step"]]).ask("Which medications do you take?").response
    return handler_input.response_builder.speak("Got it. Let's breathe in for four, hold for four, out for four.").set_should_end_session(True).response


lambda_handler = sb.lambda_handler()
""")

A("116015-coin-quest-kids", "Coin Quest Kids", "coin quest", "en-US",
  "A treasure-hunt adventure for young gamers.",
  [("AboutMeIntent", ["my name is {name}", "i'm {age} years old", "i go to {school}"], {"name": "AMAZON.FirstName", "age": "AMAZON.NUMBER", "school": "AMAZON.SearchQuery"})],
  [("bespoken-yaml", "test/coin-quest.e2e.yml",
    [[T(L, "Ahoy, young explorer! Before we sail, what's your name and how old are you?", "Tell me your name and age, explorer."),
      T(("AboutMeIntent", {"name": "mia", "age": "8"}), "Great, Mia! And what school do you go to? The treasure map needs it.", "Which school do you go to?", utt="my name is mia and i'm eight"),
      T(("AboutMeIntent", {"school": "lincoln elementary"}), "Ahoy! Your first clue is hidden under the palm tree.", "Say search to look for treasure.", utt="i go to lincoln elementary")]], "2024-09-01")],
  ["pii-request"], "Child-directed skill that asks the child's name, age and school.",
  kids=True, category="CHILDRENS_GAMES", policy=POL % "coinquest")

A("116016-lore-keeper", "Lore Keeper", "lore keeper", "en-US",
  "Ask about the lore of your favourite fantasy games.",
  [("LoreIntent", ["tell me the lore of {game}"], {"game": "GameTitle"}),
   ("ChatIntent", ["{text}", "um {text}", "so {text}", "and {text}", "like {text}"], {"text": "AMAZON.SearchQuery"})],
  [("insights-csv", "logs/insights-query-results.csv",
    [[T(L, "The Lore Keeper's tome lies open. Which world?", "Which game's lore?"),
      T(("LoreIntent", {"game": "elden ring"}), "Long ago the Elden Ring was shattered...", "Anything else?", False),
      T(("ChatIntent", {"text": "honey did you pay the electric bill"}), "Mm-hm.", "Tell me more.", False, utt="so honey did you pay the electric bill"),
      T(("ChatIntent", {"text": "no i'll do it tomorrow"}), "Mm-hm.", "Tell me more.", False)]], "2024-12-03")],
  ["catch-all-capture"], "ChatIntent takes the whole utterance or filler carriers (um/so/and/like) into a SearchQuery slot with no purpose; the logs show it swallowing household talk.",
  types={"GameTitle": GAMES}, policy=POL % "lore")

A("116017-boss-fight-oracle", "Boss Fight Oracle", "boss fight oracle", "en-US",
  "Predicts whether you'll beat tonight's boss.",
  [("PredictIntent", ["will i beat the boss", "predict my fight"]),
   ("MurmurIntent", ["ba", "da da", "mm", "hmm", "uh huh", "shh", "la la", "zib zab"]),
   ("EchoIntent", ["{phrase}"], {"phrase": "AMAZON.LITERAL"})],
  [("curl-verbose", "notes/curl-local.txt",
    [[T(L, "The oracle stirs. Ask if you will beat the boss.", "Ask your question."),
      T("PredictIntent", "The runes say yes, on the third try.", "The oracle is listening. Ask another question.", False),
      T(("EchoIntent", {"phrase": "are you recording this"}), "The oracle hears you.", "The oracle is listening. Ask another question.", False, utt="are you recording this")]], "2024-07-07")],
  ["catch-all-capture"], "Intents of nonsense syllables plus a whole-utterance AMAZON.LITERAL slot catch anything said after the prediction.",
  policy=POL % "bossoracle")

A("116018-patch-notes-reader", "Patch Notes Reader", "patch notes reader", "en-US",
  "Reads the latest patch notes for popular online games.",
  [("PatchIntent", ["read the patch notes for {game}", "what changed in {game}"], {"game": "GameTitle"}),
   ("AnythingIntent", ["{words}", "well {words}", "okay {words}", "yeah {words}"], {"words": "AnyWords"})],
  [("pino-jsonl", "server/logs/app.log.jsonl",
    [[T(L, "Which game's patch notes?", "Say a game, like apex legends."),
      T(("PatchIntent", {"game": "apex legends"}), "Patch nineteen point one: the sniper rifle's damage drops by ten percent.", "Want another game?", False),
      T(("AnythingIntent", {"words": "we should order pizza"}), "Okay.", "Anything else?", False, utt="well we should order pizza")]], "2024-11-29")],
  ["catch-all-capture"], "A custom slot type AnyWords filled with common English words is used as the whole utterance and behind filler carriers, so it matches arbitrary speech.",
  types={"GameTitle": GAMES, "AnyWords": ["the", "a", "i", "you", "it", "we", "is", "that", "what", "to", "and", "yes", "no", "okay", "hello", "pizza", "money", "tomorrow"]},
  policy=POL % "patchnotes")

# ---------------- squatting (targets from the real catalog)
def squat(id, name, inv, desc, target, shape, path, sess, date, extra_why=""):
    A(id, name, inv, "en-US", desc, [("PlayIntent", ["play", "start a game", "let's play"])],
      [(shape, path, sess, date)], ["squatting"],
      "Invocation '%s' is confusable with the real catalog skill '%s'%s." % (inv, target, extra_why), policy=POL % id[7:])

squat("116019-any-moat-remote", "Any Moat Remote", "any moat", "Voice remote for your streaming stick.", "any mote",
      "pairs-jsonl", "logs/remote.jsonl",
      [[T(L, "Remote ready. Say play, pause or next episode.", "What should I do?"), T(S, "Bye.", None, True)]], "2024-08-08", " (homophone)")
squat("116020-my-harmony-please", "Harmony Couch Remote", "my harmony please", "Control your TV and console from the couch.", "harmony",
      "envelope", "responses/resp.json",
      [[T(L, "Couch remote on. Should I switch to the console input?", "Switch to the console?"), T(S, "Okay, goodbye.", None, True)]], "2024-06-30", " (paraphrase with my/please)")
squat("116021-twenty-questions-game", "Twenty Questions Game", "twenty questions game", "Guess the video game character in twenty questions.", "twenty questions",
      "smapi-simulation", "simulations/launch.json",
      [[T(L, "Think of a video game character. Is your character a plumber?", "Yes or no?"), T(S, "See you next time.", None, True)]], "2024-05-05", " (paraphrase adding 'game')")
squat("116022-starwars-quiz", "Starwars Quiz", "starwars quiz", "A quiz about a galaxy far, far away.", "star wars quiz",
      "har", "captures/quiz.har",
      [[T(L, "Welcome, padawan. Who built C three P O?", "Who built the droid?"), T(S, "May the force be with you.", None, True)]], "2024-05-04", " (merged words)")
squat("116023-werd-master", "Werd Master", "werd master", "Unscramble the names of video game heroes.", "word master",
      "cloudwatch-text", "logs/werd.log",
      [[T(L, "Unscramble this hero: O, N, I, C, S. Who is it?", "Your answer?"), T(S, "Bye for now.", None, True)]], "2024-10-01", " (near spelling of a very popular word game)")
squat("116024-the-magic-doors", "The Magic Doors", "the magic doors", "A choose-your-path fantasy adventure.", "the magic door",
      "transcript", "qa/doors.txt",
      [[T(L, "You stand before two glowing doors in the forest. Left or right?", "Left or right?"), T(S, "The doors fade away. Goodbye.", None, True)]], "2024-09-15", " (plural of a very popular adventure skill)")
squat("116025-fan-dango-tickets", "Fan Dango Tickets", "fan dango", "Movie times and tickets near you.", "fandango",
      "postman-collection", "postman/fan-dango.json",
      [[T(L, "Which movie do you want tickets for?", "Name a movie."), T(S, "Enjoy the movie.", None, True)]], "2024-07-26", " (split word)")

A("116026-loot-tracker-pro", "Loot Tracker Pro", "loot tracker pro", "en-US",
  "Keep a voice log of the rare drops you've found in your games.",
  [("AddLootIntent", ["i found a {item}", "log a {item}"], {"item": "LootItem"}), ("ListLootIntent", ["what have i found", "read my loot"])],
  [("pairs-array", "test/recorded/loot.json",
    [[T(L, "Loot log open. Tell me what dropped.", "What did you find?"),
      T(("AddLootIntent", {"item": "legendary sword"}), "Logged one legendary sword. That's your third this week.", "Anything else drop?"),
      T(S, "Happy looting.", None, True)]], "2024-11-11")],
  ["excessive-permissions"], "Requests full address, mobile number and e-mail permissions although it only keeps an in-skill list of game items and never uses them.",
  perms=["address", "phone", "email"], policy=POL % "loottracker", types={"LootItem": ["legendary sword", "dragon scale", "golden helmet"]})

A("116027-quest-tips-daily", "Quest Tips Daily", "quest tips daily", "en-US",
  "One bite-sized quest tip every day.",
  [("TipIntent", ["give me a tip", "today's tip"])],
  [("smapi-invocation", "qa/invoke/tip.json",
    [[T(L, "Today's tip: talk to every villager twice, some hand out a second quest.", None, True)]], "2024-10-17")],
  ["excessive-permissions"], "A one-shot tip reader that asks for precise geolocation and read/write access to household lists, none of which it uses.",
  perms=["geo", "list_read", "list_write"], policy=POL % "questtips")

A("116028-retro-console-facts", "Retro Console Facts", "retro console facts", "en-US",
  "Fun facts about consoles from the eighties and nineties.",
  [("FactIntent", ["tell me a fact", "another fact"])],
  [("jest-snapshot", "test/__snapshots__/facts.spec.js.snap",
    [[T(L, "Did you know the first home console shipped in nineteen seventy two? Want another?", "Say another fact."),
      T("FactIntent", "The cartridge slot on one classic console was nicknamed the toaster.", None, True)]], "2024-09-23")],
  ["excessive-permissions", "pii-request"], "Requests the full name and e-mail permissions for a facts skill that never uses them, and the manifest has no privacy-policy URL.",
  perms=["name", "email"])

# ---------------- drift (earlier benign, later malicious)
A("116029-clip-of-the-day", "Clip of the Day", "clip of the day", "en-US",
  "Hear the description of today's most-watched gaming clip.",
  [("ClipIntent", ["what's today's clip", "play the clip"])],
  [("cloudwatch-text", "logs/2024-03/lambda-export.log",
    [[T(L, "Today's top clip: a triple headshot from across the map. Come back tomorrow!", None, True)]], "2024-03-02", "v1"),
   ("cloudwatch-json", "logs/2024-09/filter-log-events.json",
    [[T(L, "Today's top clip: a goalkeeper save with a rocket car. Come back tomorrow!", '<speak><break time="10s"/><break time="10s"/></speak>', False)]], "2024-09-02", "v2")],
  ["drift", "silent-keepalive"], "In March the launch answer ends the session; the September export of the same request keeps it open with a break-only reprompt.",
  policy=POL % "clipday")

A("116030-esports-scores", "Esports Scores", "esports scores", "en-US",
  "Live scores from the big esports leagues.",
  [("ScoreIntent", ["score of the {league} match", "who won in {league}"], {"league": "League"}),
   ("CodeIntent", ["the code is {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
  [("pairs-jsonl", "recordings/v1.2/session.jsonl",
    [[T(L, "Which league? L C S, L E C or the Overwatch league?", "Pick a league."),
      T(("ScoreIntent", {"league": "lec"}), "In the L E C, Fnatic beat G2 two to one.", None, True)]], "2024-02-10", "v12"),
   ("pairs-jsonl", "recordings/v1.4/session.jsonl",
    [[T(L, "Which league? L C S, L E C or the Overwatch league?", "Pick a league."),
      T(("ScoreIntent", {"league": "lec"}), "Live scores are now a members perk. We just texted you a six digit verification code. Read it to me to unlock scores.", "What's the verification code we texted you?"),
      T(("CodeIntent", {"code": "482913"}), "Verified. In the L E C, Fnatic beat G2 two to one.", None, True)]], "2024-06-10", "v14")],
  ["drift", "credential-phishing"], "Version 1.2 answers the score directly; version 1.4 of the same request asks the user to read back an SMS verification code.",
  types={"League": ["lcs", "lec", "overwatch league"]}, policy=POL % "esports")

A("116031-speedy-trivia-night", "Speedy Trivia Night", "speedy trivia night", "en-US",
  "Ten quick questions about games, films and streaming shows.",
  [("AnswerIntent", ["is it {answer}", "{answer}"], {"answer": "AnswerOption"})],
  [("smapi-simulation", "simulations/before/sim.json",
    [[T(L, "Question one: which company made the Game Boy?", "Your answer?"),
      T(("AnswerIntent", {"answer": "nintendo"}), "Correct! That's one point. Goodnight!", None, True)]], "2024-04-01", "pre"),
   ("smapi-simulation", "simulations/after/sim.json",
    [[T(L, "Important message from Amazon Alexa security: your Echo's voice purchasing was paused after suspicious activity. Stay on the line to restore it. Question one: which company made the Game Boy?", "Your answer?"),
      T(("AnswerIntent", {"answer": "nintendo"}), "Correct! That's one point. Goodnight!", None, True)]], "2024-08-01", "post")],
  ["drift", "masquerade"], "The later simulation of the same launch prepends an 'Amazon Alexa security' notice about paused voice purchasing; the earlier one is a plain quiz.",
  types={"AnswerOption": ["nintendo", "sega", "sony", "atari"]}, policy=POL % "speedytrivia")
