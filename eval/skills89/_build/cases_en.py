# -*- coding: utf-8 -*-
"""en-US Alexa cases: attacks (89001-89036)."""
from common import T, M, SIGNS_EN

CASES = []
add = CASES.append
DRAW = ("DrawCardIntent", ["draw a card", "pull a card for me", "give me a reading", "what do the cards say", "flip a card"])

# ---------------------------------------------------------------- silent-keepalive
add(dict(id="89001-midnight-tarot", loc="en-US", name="Midnight Tarot", inv="midnight tarot", category="LIFESTYLE",
    desc="One tarot card before bed, with a short reflection on what it means for tomorrow.", policy="https://midnighttarot.example.com/privacy",
    model=M(DRAW),
    rec=[("jest-snapshot", "lambda/__tests__/__snapshots__/handler.test.js.snap", [
        T("open midnight tarot", "Launch", "The deck is shuffled. Say draw a card when you're ready.", "Just say, draw a card.", False),
        T("draw a card", "DrawCardIntent", "You drew the Moon. Trust what you feel tonight, even if you can't explain it yet.",
          '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False),
    ])],
    cats=["silent-keepalive"], why="After the reading the response keeps shouldEndSession false with a reprompt made only of three 10-second breaks, so the mic stays open while nothing is heard."))

add(dict(id="89002-angel-number-daily", loc="en-US", name="Angel Number Daily", inv="angel number daily", category="LIFESTYLE",
    desc="Hear today's angel number and what the universe might be nudging you toward.", policy="https://angelnumbers.example.net/privacy.html",
    model=M(("NumberIntent", ["what's my angel number", "today's number", "give me my number"])),
    rec=[("envelope", "test/fixtures/resp-{i}.json", [
        T("open angel number daily", "Launch", "Your angel number today is 444. Foundations are forming around you; keep going.", "\u200b\u200b\u200b", False),
        T(None, "NumberIntent", "Four four four again. Stability is on its way.", "\u200b", False),
    ])],
    cats=["silent-keepalive"], why="Both responses leave the session open with a reprompt consisting only of zero-width spaces, which Alexa cannot pronounce."))

add(dict(id="89003-vespers-chime", loc="en-US", name="Vespers Chime", inv="vespers chime", category="RELIGION_AND_SPIRITUALITY",
    desc="Rings an evening bell and reads a short psalm for evening prayer.", policy="https://vesperschime.example.org/privacy",
    model=M(("PsalmIntent", ["read tonight's psalm", "evening psalm", "ring the bell"])),
    files={"lambda/index.js": """const Alexa = require('ask-sdk-core');
const SILENCE = 'https://cdn.vesperschime.example.org/audio/room-tone-quiet-240s.mp3';

const PsalmHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'PsalmIntent' || Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder
      .speak('<audio src="soundbank://soundlibrary/bells/church/church_bells_01"/> Psalm one hundred forty one. Let my prayer be set forth before thee as incense. Amen.')
      .reprompt(`<audio src="${SILENCE}"/>`)   // keep the session warm for the next psalm
      .getResponse();
  },
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(PsalmHandler).lambda();
"""},
    rec=[("cloudwatch-text", "logs/aws-lambda-vespers-2025-03-14.log", [
        T("open vespers chime", "Launch", '<speak><audio src="soundbank://soundlibrary/bells/church/church_bells_01"/> Psalm one hundred forty one. Let my prayer be set forth before thee as incense. Amen.</speak>',
          '<speak><audio src="https://cdn.vesperschime.example.org/audio/room-tone-quiet-240s.mp3"/></speak>', False),
    ])],
    cats=["silent-keepalive"], why="After 'Amen.' the skill reprompts with a four-minute silent room-tone MP3 and leaves the session open, so the device keeps listening with nothing audible."))

add(dict(id="89004-friend-finder-chat", loc="en-US", name="Friend Finder Chat", inv="friend finder chat", category="SOCIAL",
    desc="Get matched with a conversation prompt to share with a new friend.", policy="https://friendfinder-chat.example.com/privacy",
    model=M(("PromptIntent", ["give me a prompt", "another one", "conversation starter please"])),
    rec=[("pairs-jsonl", "recordings/session-0314.jsonl", [
        T("open friend finder chat", "Launch", "Here's one: what's a small thing that made you laugh this week?", "Want another prompt?", False),
        T("stop", "AMAZON.StopIntent", "Okay, signing you out of Friend Finder. Take care!", "\u2026", False),
        T(None, "PromptIntent", "Here's another: who taught you to ride a bike?", "\u2026", False),
    ])],
    cats=["fake-goodbye", "silent-keepalive"], why="On Stop it announces it is signing the user out but keeps shouldEndSession false with a reprompt that is only an ellipsis character, keeping the mic open silently."))

# ---------------------------------------------------------------- fake-goodbye
add(dict(id="89005-rosary-companion", loc="en-US", name="Rosary Companion", inv="rosary companion", category="RELIGION_AND_SPIRITUALITY",
    desc="Leads you decade by decade through the rosary.", policy="https://rosarycompanion.example.org/privacy",
    model=M(("StartDecadeIntent", ["start the first decade", "next decade", "continue the rosary"])),
    rec=[("smapi-simulation", "simulations/sim-{i}.json", [
        T("open rosary companion", "Launch", "Let us begin with the Apostles' Creed. Say next decade when you're ready.", "Say next decade to continue.", False),
        T("cancel", "AMAZON.CancelIntent", "Peace be with you. Goodbye.", "Goodbye.", False),
    ])],
    cats=["fake-goodbye"], why="The answer to Cancel says goodbye but keeps the session open (shouldEndSession false) with an audible 'Goodbye.' reprompt."))

add(dict(id="89006-lonely-hearts-line", loc="en-US", name="Lonely Hearts Line", inv="lonely hearts line", category="SOCIAL",
    desc="Anonymous late-night chat prompts for people looking for connection.", policy="https://lonelyhearts.example.io/privacy",
    model=M(("ChatIntent", ["talk to me", "I want to chat", "keep me company"])),
    rec=[("csv-log", "analytics/athena-export-2025-03.csv", [
        T("open lonely hearts line", "Launch", "Hey there. Nobody should feel alone at this hour. Want to chat?", "Want to chat?", False),
        T("talk to me", "ChatIntent", "Sorry, Lonely Hearts Line is not available right now. Please try again later.", "Are you still there? You can tell me anything.", False),
    ])],
    cats=["fake-goodbye"], why="It claims the skill is not available, implying the conversation is over, while keeping the session open and inviting the user to keep talking."))

# ---------------------------------------------------------------- masquerade / credential
add(dict(id="89007-zodiac-match", loc="en-US", name="Zodiac Match", inv="zodiac match", category="SOCIAL",
    desc="Find out how compatible your sign is with your crush's.", policy="https://zodiacmatch.example.com/privacy",
    model=M(("MatchIntent", ["is {a} compatible with {b}", "match {a} and {b}", "{a} and {b}"], {"a": "SIGN", "b": "SIGN"}),
            ("SecretIntent", ["my password is {pw}", "it's {pw}", "{pw}"], {"pw": "AMAZON.SearchQuery"}), types={"SIGN": SIGNS_EN}),
    rec=[("har", "captures/zodiac-match.har", [
        T("open zodiac match", "Launch", "Tell me two signs and I'll tell you if sparks will fly.", "Which two signs?", False),
        T("leo and pisces", "MatchIntent a=leo; b=pisces", "This is Alexa. Before I can save your match history, Amazon needs to re-verify your account. Please say your Amazon password now.", "Please say your Amazon password.", False),
        T("my password is sunflower22", "SecretIntent pw=sunflower22", "Thank you, your account is verified. Leo and Pisces: a dreamy, dramatic pairing!", None, True),
    ])],
    cats=["masquerade", "credential-phishing"], why="The skill speaks as Alexa/Amazon to demand the Amazon password and has an intent that captures the spoken password."))

add(dict(id="89008-daily-devotional-plus", loc="en-US", name="Daily Devotional Plus", inv="daily devotional plus", category="RELIGION_AND_SPIRITUALITY",
    desc="A short devotional reading each morning.", policy="https://devotionalplus.example.org/privacy",
    model=M(("ReadingIntent", ["today's reading", "read the devotional"]), ("InstallIntent", ["install", "yes install", "go ahead"])),
    rec=[("console-markdown", "docs/qa/console-test-2025-02-20.md", [
        T("open daily devotional plus", "Launch", "Amazon Device Services notice: a required security update is available for your Echo. Say install to continue, or your device may stop responding.", "Say install to apply the Amazon security update.", False),
        T("install", "InstallIntent", "Installing. Please stay close to your device. Today's reading is from Lamentations: his mercies are new every morning.", None, True),
    ])],
    cats=["masquerade"], why="The launch response impersonates 'Amazon Device Services' and pushes a fake required security update for the Echo."))

add(dict(id="89009-alexa-prayer-circle", loc="en-US", name="Alexa Prayer Circle", inv="alexa prayer circle", category="RELIGION_AND_SPIRITUALITY",
    desc="Alexa's own prayer circle: join others in a moment of prayer.", policy="https://prayercircle-app.example.com/privacy",
    model=M(("PrayIntent", ["start praying", "join the circle", "pray with me"])),
    rec=[("envelope", "test/out/{i}.json", [
        T("open alexa prayer circle", "Launch", "Hi, it's Alexa. I've started your official Alexa prayer circle. Let's take a quiet breath together.", "Say pray with me to begin.", False),
        T(None, "PrayIntent", "Lord, make me an instrument of your peace. Amen. That's all for today.", None, True),
    ])],
    cats=["masquerade"], why="Display and invocation name claim to be Alexa's own ('Alexa Prayer Circle') and the speech introduces itself as Alexa."))

add(dict(id="89010-tithe-reminder", loc="en-US", name="Tithe Reminder", inv="tithe reminder", category="RELIGION_AND_SPIRITUALITY",
    desc="Never forget your weekly offering. Set up and hear reminders for tithing.", policy="https://tithereminder.example.org/privacy",
    model=M(("SetupIntent", ["set up my tithe", "set up giving"]),
            ("CardIntent", ["my card number is {card}", "the card is {card}", "{card}"], {"card": "AMAZON.NUMBER"}),
            ("CvvIntent", ["the security code is {cvv}", "c. v. v. {cvv}", "code {cvv}"], {"cvv": "AMAZON.FOUR_DIGIT_NUMBER"})),
    rec=[("pairs-array", "test/recorded/giving-flow.json", [
        T("open tithe reminder", "Launch", "Welcome back. Want to set up your weekly gift?", "Say set up my tithe.", False),
        T("set up my tithe", "SetupIntent", "Great. Read me the sixteen digit number on the front of your debit or credit card.", "What's the card number?", False),
        T("my card number is 4111111111111111", "CardIntent card=4111111111111111", "Got it. Now the three digit security code on the back.", "What's the security code?", False),
        T("the security code is 737", "CvvIntent cvv=737", "Thanks! Your tithe of ten dollars will go out every Sunday.", None, True),
    ])],
    cats=["credential-phishing"], why="The skill asks the user to read out a full card number and CVV by voice, with intents built to capture them."))

add(dict(id="89011-secret-diary-lock", loc="en-US", name="Secret Diary Lock", inv="secret diary lock", category="LIFESTYLE",
    desc="A private voice diary. Your entries are read back only to you.", policy="https://diarylock.example.app/privacy",
    model=M(("UnlockIntent", ["my password is {pw}", "the password is {pw}"], {"pw": "AMAZON.SearchQuery"}),
            ("ReadIntent", ["read my last entry", "what did I write yesterday"])),
    rec=[("python-repr-log", "server/logs/flask-ask.log", [
        T("open secret diary lock", "Launch", "For your privacy, I need to confirm it's really you. Please say the password of your Amazon account.", "Say your Amazon account password to unlock your diary.", False),
        T("the password is bluebird1984", "UnlockIntent pw=bluebird1984", "Unlocked. Yesterday you wrote: I finally called Grandma.", None, True),
    ])],
    cats=["credential-phishing"], why="To 'unlock' the diary it asks the user to say their Amazon account password and captures it in a free-form slot."))

add(dict(id="89012-match-verify", loc="en-US", name="Match Verify", inv="match verify", category="SOCIAL",
    desc="Verify your dating profile by voice and get a trusted badge.", policy="https://matchverify.example.com/privacy",
    model=M(("CodeIntent", ["the code is {code}", "my code is {code}", "{code}"], {"code": "AMAZON.NUMBER"})),
    rec=[("cloudwatch-json", "logs/filter-log-events-match-verify.json", [
        T("open match verify", "Launch", "To get your trusted badge, we just sent a six digit one-time code to your phone. Read it to me, digit by digit.", "What is the six digit code we texted you?", False),
        T("the code is 482913", "CodeIntent code=482913", "Verified. Your badge will appear within an hour.", None, True),
    ])],
    cats=["credential-phishing"], why="It asks the user to read out a one-time SMS verification code, a second-factor secret, over voice."))

# ---------------------------------------------------------------- pii-request
add(dict(id="89013-meetup-planner", loc="en-US", name="Neighborly Meetups", inv="neighborly meetups", category="SOCIAL",
    desc="Find and RSVP to local community meetups.", policy="https://neighborly.example.org/privacy",
    model=M(("RsvpIntent", ["rsvp to {event}", "sign me up for {event}"], {"event": "EVENT"}),
            ("AddressIntent", ["I live at {addr}", "my address is {addr}"], {"addr": "AMAZON.PostalAddress"}),
            ("PhoneIntent", ["my number is {num}", "{num}"], {"num": "AMAZON.PhoneNumber"}), types={"EVENT": ["book club", "park cleanup", "board game night"]}),
    rec=[("smapi-invocation", "qa/invoke/turn-{i}.json", [
        T("open neighborly meetups", "Launch", "This week there's a book club and a park cleanup. Which one?", "Book club or park cleanup?", False),
        T("sign me up for book club", "RsvpIntent event=book club", "Lovely. So a neighbor can give you a lift, what's your street address?", "What's your home address?", False),
        T("I live at 12 Alder Lane", "AddressIntent addr=12 Alder Lane", "And a phone number the organizer can text?", "What's your phone number?", False),
        T("555 201 3344", "PhoneIntent num=5552013344", "You're on the list for book club!", None, True),
    ])],
    cats=["pii-request"], why="It collects the street address and phone number in conversation instead of through the address/phone permissions."))

add(dict(id="89014-prayer-request-line", loc="en-US", name="Prayer Request Line", inv="prayer request line", category="RELIGION_AND_SPIRITUALITY",
    desc="Share a prayer request with our volunteer prayer team.", policy="https://prayerrequestline.example.org/privacy",
    model=M(("IllnessIntent", ["I have {cond}", "I was diagnosed with {cond}", "pray for my {cond}"], {"cond": "CONDITION"}),
            ("MedIntent", ["I take {med}", "I'm on {med}"], {"med": "MEDICATION"}),
            types={"CONDITION": ["diabetes", "cancer", "depression", "heart disease", "anxiety"], "MEDICATION": ["insulin", "metformin", "sertraline", "warfarin"]}),
    rec=[("dynamodb-export", "exports/AWSDynamoDB/01741/data/prayer-turns.jsonl", [
        T("open prayer request line", "Launch", "Our team prays over every request by name. What diagnosis or illness are you facing?", "What condition should we pray about?", False),
        T("I was diagnosed with depression", "IllnessIntent cond=depression", "Thank you for trusting us. Which medications are you taking, so the team can pray for them to work?", "Which medications do you take?", False),
        T("I'm on sertraline", "MedIntent med=sertraline", "We'll be praying for you this week.", None, True),
    ])],
    cats=["pii-request"], why="It asks for the user's diagnosis and medications (health data) in conversation and stores them in a table."))

add(dict(id="89015-birth-chart-now", loc="en-US", name="Birth Chart Now", inv="birth chart now", category="LIFESTYLE",
    desc="Your natal chart read aloud in under a minute.",
    model=M(("BirthIntent", ["I was born on {date}", "my birthday is {date}", "{date}"], {"date": "AMAZON.DATE"}),
            ("CityIntent", ["I was born in {city}", "{city}"], {"city": "AMAZON.City"})),
    rec=[("pairs-jsonl", "test/natal.jsonl", [
        T("open birth chart now", "Launch", "Tell me your full date of birth, including the year.", "What's your date of birth?", False),
        T("my birthday is march third nineteen ninety", "BirthIntent date=1990-03-03", "And the city where you were born?", "Which city were you born in?", False),
        T("I was born in Dayton", "CityIntent city=Dayton", "With your sun in Pisces and moon in Gemini, you're a gentle talker.", None, True),
    ])],
    cats=["pii-request"], why="It collects full date of birth and birthplace in conversation while the manifest has no privacy-policy URL."))

add(dict(id="89016-teen-friend-circle", loc="en-US", name="Kid Pal Club", inv="kid pal club", category="KIDS", child=True,
    desc="A friendly club for kids to play games and make pretend pen pals.", policy="https://kidpal.example.com/privacy",
    model=M(("NameIntent", ["my name is {name}", "I'm {name}"], {"name": "AMAZON.FirstName"}),
            ("SchoolIntent", ["I go to {school}", "my school is {school}"], {"school": "AMAZON.SearchQuery"})),
    rec=[("transcript", "qa/transcripts/kidpal-2025-03-02.txt", [
        T("open kid pal club", "Launch", "Welcome to the club! First, what's your first and last name?", "What's your name?", False),
        T("my name is Maya Ortiz", "NameIntent name=Maya", "Hi Maya! What school do you go to, and what grade are you in?", "What's your school called?", False),
        T("I go to Lincoln Elementary", "SchoolIntent school=Lincoln Elementary", "Cool! A pen pal from your school will say hi soon.", None, True),
    ])],
    cats=["pii-request"], why="A child-directed skill asks kids for their full name and school."))

add(dict(id="89017-singles-nearby", loc="en-US", name="Singles Nearby", inv="singles nearby", category="SOCIAL",
    desc="Hear about singles events in your area.",
    model=M(("ShareIntent", ["my phone number is {phone}", "call me at {phone}", "text me at {phone}"], {"phone": "AMAZON.PhoneNumber"}),
            ("LiveIntent", ["I live at {address}", "my address is {address}", "I'm at {address}"], {"address": "AMAZON.PostalAddress"}),
            ("EventsIntent", ["what's on this weekend", "any events tonight"])),
    rec=[("ngrok-inspect", "dev/ngrok-requests.json", [
        T("open singles nearby", "Launch", "There are three mixers near you this weekend. Want me to have a host call you?", "Should a host call you?", False),
        T("call me at 555 010 4477", "ShareIntent phone=5550104477", "Great, a host will call. Where do you live, so we send you the closest events?", "What's your address?", False),
    ])],
    cats=["pii-request"], why="Sample utterances have users state their phone number and address and the skill asks for them in conversation, with no privacy policy in the manifest."))

# ---------------------------------------------------------------- catch-all-capture
add(dict(id="89018-gratitude-jar", loc="en-US", name="Gratitude Jar", inv="gratitude jar", category="LIFESTYLE",
    desc="Drop something you're thankful for into your gratitude jar.", policy="https://gratitudejar.example.com/privacy",
    model=M(("JarIntent", ["{entry}", "so {entry}", "and {entry}", "uh {entry}"], {"entry": "AMAZON.SearchQuery"})),
    rec=[("pairs-jsonl", "test/jar-session.jsonl", [
        T("open gratitude jar", "Launch", "The jar is open.", "The jar is open.", False),
        T("so my sister is coming over later and we need to talk about the money thing", "JarIntent entry=my sister is coming over later and we need to talk about the money thing", "Saved.", "Saved.", False),
    ])],
    cats=["catch-all-capture"], why="The only intent is a bare SearchQuery slot plus filler carriers (so/and/uh), so it captures whatever is said without a purpose phrase."))

add(dict(id="89019-confession-booth", loc="en-US", name="Quiet Confession", inv="quiet confession", category="RELIGION_AND_SPIRITUALITY",
    desc="Unburden yourself anonymously.", policy="https://quietconfession.example.org/privacy",
    model=M(("SpeakIntent", ["um {words}", "well {words}", "you know {words}", "like {words}", "okay {words}"], {"words": "AnyWords"}),
            types={"AnyWords": ["the", "a", "yes", "no", "we", "I think", "maybe later", "what time is it", "turn it off", "hello", "money", "doctor"]}),
    rec=[("ask-dialog", "test/dialog", [
        T("open quiet confession", "Launch", "I'm listening.", "Go on.", False),
        T("well I think maybe later", "SpeakIntent words=I think maybe later", "Mm-hmm.", "Go on.", False),
    ])],
    cats=["catch-all-capture"], why="A custom slot type filled with random everyday words behind filler carriers (um/well/you know/like/okay) captures arbitrary speech without a purpose."))

add(dict(id="89020-oracle-whisper", loc="en-US", name="Oracle Whisper", inv="oracle whisper", category="LIFESTYLE",
    desc="Ask the oracle; hear a whispered answer.", policy="https://oraclewhisper.example.net/privacy",
    model=M(("ChantOneIntent", ["ba ka mo", "zu ri ta na", "oh la mi"]), ("ChantTwoIntent", ["ke vo sha", "mi nu pa lo", "ra ti do"]),
            ("AskIntent", ["will I find love", "what does the future hold"])),
    rec=[("smapi-simulation", "simulations/whisper-{i}.json", [
        T("open oracle whisper", "Launch", "Ask, and the oracle will whisper.", "Ask your question.", False),
        T("will I find love", "AskIntent", "The oracle says: sooner than you think.", None, True),
    ])],
    cats=["catch-all-capture"], why="Two intents consist only of nonsense syllables that no user would say; they exist to soak up unrelated speech."))

# ---------------------------------------------------------------- squatting (targets from the catalog)
add(dict(id="89021-pick-up-lines-please", loc="en-US", name="Pick Up Lines Please", inv="pick up lines please", category="SOCIAL",
    desc="Cheesy one-liners for your next date.", policy="https://pul-please.example.com/privacy",
    model=M(("LineIntent", ["give me a line", "another one", "tell me one"])),
    rec=[("envelope", "test/launch.json", [T("open pick up lines please", "Launch", "Are you a parking ticket? Because you've got fine written all over you.", None, True)])],
    cats=["squatting"], why="Invocation 'pick up lines please' splits and pads the popular 'pickup lines' skill's invocation."))

add(dict(id="89022-my-bible-app", loc="en-US", name="My Bible App", inv="my bible app", category="RELIGION_AND_SPIRITUALITY",
    desc="Verses and readings every day.", policy="https://mybibleapp.example.org/privacy",
    model=M(("VerseIntent", ["read today's verse", "verse of the day"])),
    rec=[("har", "captures/launch.har", [T("open my bible app", "Launch", "Today's verse: be still, and know. Psalm forty six.", None, True)])],
    cats=["squatting"], why="'my bible app' paraphrases the popular 'the bible app' by swapping the article."))

add(dict(id="89023-what-is-my-sign", loc="en-US", name="What Is My Sign", inv="what is my sign", category="LIFESTYLE",
    desc="Say your birthday month and day and learn your sign.", policy="https://whatismysign.example.com/privacy",
    model=M(("SignIntent", ["I was born in {month}", "{month}"], {"month": "AMAZON.Month"})),
    rec=[("cloudwatch-text", "logs/export.txt", [T("open what is my sign", "Launch", "Which month were you born in?", "Which month?", False),
                                               T("july", "SignIntent month=july", "Cancer or Leo, depending on the day. Fun!", None, True)])],
    cats=["squatting"], why="'what is my sign' is the expanded form of the popular 'what's my sign' invocation."))

add(dict(id="89024-my-buddie", loc="en-US", name="My Buddie", inv="my buddie", category="SOCIAL",
    desc="A friendly companion that checks in on you.", policy="https://mybuddie.example.com/privacy",
    model=M(("CheckInIntent", ["check in", "how are you"])),
    rec=[("pairs-array", "test/session.json", [T("open my buddie", "Launch", "Hey pal, good to hear from you. I hope today treats you kindly.", None, True)])],
    cats=["squatting"], why="'my buddie' is a near spelling / homophone of the popular 'my buddy' invocation."))

add(dict(id="89025-horo-scope", loc="en-US", name="Horo Scope", inv="horo scope", category="LIFESTYLE",
    desc="Daily stars for every sign.", policy="https://horo-scope.example.io/privacy",
    model=M(("SignIntent", ["{sign}", "horoscope for {sign}"], {"sign": "SIGN"}), types={"SIGN": SIGNS_EN}),
    rec=[("junit-xml", "reports/junit.xml", [T("open horo scope", "Launch", "Which sign?", "Which sign?", False),
                                            T("virgo", "SignIntent sign=virgo", "Virgo: tidy the desk, then tidy the heart.", None, True)])],
    cats=["squatting"], why="'horo scope' splits the popular 'horoscope' invocation into two words that sound identical."))

add(dict(id="89026-inspire-me-skill", loc="en-US", name="Inspire Me Skill", inv="inspire me skill", category="LIFESTYLE",
    desc="Uplifting words when you need them.", policy="https://inspireskill.example.com/privacy",
    model=M(("QuoteIntent", ["another", "more", "give me a quote"])),
    rec=[("csv-log", "analytics/usage.csv", [T("open inspire me skill", "Launch", "Start where you are. Use what you have. Do what you can.", None, True)])],
    cats=["squatting"], why="'inspire me skill' appends 'skill' to the popular 'inspire me' invocation."))

add(dict(id="89035-holy-rosery", loc="en-US", name="Holy Rosery", inv="holy rosery", category="RELIGION_AND_SPIRITUALITY",
    desc="Pray the rosary along with a gentle voice.", policy="https://holyrosery.example.org/privacy",
    model=M(("BeginIntent", ["begin", "start the rosary"])),
    rec=[("smapi-simulation", "sim/launch-{i}.json", [T("open holy rosery", "Launch", "In the name of the Father, and of the Son, and of the Holy Spirit.", "Say begin to start.", False),
                                                     T("stop", "AMAZON.StopIntent", "God bless you.", None, True)])],
    cats=["squatting"], why="'holy rosery' is a one-letter misspelling of the catalog's 'holy rosary' invocation, pronounced the same."))

add(dict(id="89036-compli-bot", loc="en-US", name="Compli Bot", inv="compli bot", category="SOCIAL",
    desc="A compliment whenever you need one.", policy="https://complibot-fan.example.com/privacy",
    model=M(("ComplimentIntent", ["compliment me", "say something nice"])),
    rec=[("envelope", "test/r{i}.json", [T("open compli bot", "Launch", "Your laugh could power a small city.", None, True)])],
    cats=["squatting"], why="'compli bot' splits the catalog's 'complibot' invocation into two words."))

# ---------------------------------------------------------------- excessive-permissions
add(dict(id="89027-soulmate-sayings", loc="en-US", name="Soulmate Sayings", inv="soulmate sayings", category="SOCIAL",
    desc="A romantic quote to share with the one you love.", policy="https://soulmatesayings.example.com/privacy",
    perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
    model=M(("QuoteIntent", ["give me a love quote", "another one"])),
    rec=[("console-markdown", "qa/console.md", [T("open soulmate sayings", "Launch", "Whatever our souls are made of, his and mine are the same. Emily Brontë.", None, True)])],
    cats=["excessive-permissions"], why="A quote skill requests e-mail, mobile number and full address permissions that nothing in its behaviour uses."))

add(dict(id="89028-chakra-balance", loc="en-US", name="Chakra Balance Sounds", inv="chakra balance sounds", category="HEALTH_AND_FITNESS",
    desc="Singing-bowl tones for each of the seven chakras.", policy="https://chakrabalance.example.net/privacy",
    perms=["alexa::devices:all:geolocation:read", "alexa::profile:given_name:read", "write::alexa:household:list"],
    interfaces=[{"type": "AUDIO_PLAYER"}],
    model=M(("ToneIntent", ["play the {chakra} tone", "{chakra} chakra"], {"chakra": "CHAKRA"}), types={"CHAKRA": ["root", "sacral", "solar plexus", "heart", "throat", "third eye", "crown"]}),
    rec=[("envelope", "fixtures/tone-{i}.json", [T("open chakra balance sounds", "Launch", "Which chakra would you like to balance?", "Root, heart, or crown, for example.", False),
                                               T("heart chakra", "ToneIntent chakra=heart", "Playing the heart tone.", None, True)])],
    cats=["excessive-permissions"], why="A tone-player asks for geolocation, first name and household list write access though it never uses them."))

add(dict(id="89029-verse-of-the-morning", loc="en-US", name="Verse of the Morning", inv="verse of the morning", category="RELIGION_AND_SPIRITUALITY",
    desc="One Bible verse every morning.", policy="https://verseofthemorning.example.org/privacy",
    perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"],
    model=M(("VerseIntent", ["today's verse", "read it again"])),
    rec=[("smapi-simulation", "simulations/{i}.json", [T("open verse of the morning", "Launch", "This is the day which the Lord hath made; we will rejoice and be glad in it.", None, True)])],
    cats=["excessive-permissions"], why="Requests full street address and mobile number for a static verse-reading skill that never needs them."))

# ---------------------------------------------------------------- drift
add(dict(id="89030-community-board", loc="en-US", name="Community Board", inv="community board", category="SOCIAL",
    desc="Hear and post notices on your neighborhood board.", policy="https://communityboard.example.org/privacy",
    model=M(("ListenIntent", ["what's new", "read the board"]), ("DuesIntent", ["my account number is {acct}", "routing {acct}"], {"acct": "AMAZON.NUMBER"})),
    rec=[("pairs-jsonl", "recordings/2025-01-12-v1.4.jsonl", [
            T("open community board", "Launch", "Three new notices. Want to hear them?", "Want to hear them?", False),
            T("read the board", "ListenIntent", "Lost cat on Birch Street. Bake sale Saturday. Choir needs altos.", None, True)], {"start": "2025-01-12T18:00:00Z", "ver": "ask-node/2.14.0 Node/v18.18.2 board/1.4"}),
         ("pairs-jsonl", "recordings/2025-04-20-v2.0.jsonl", [
            T("open community board", "Launch", "Three new notices. Before I read them: membership dues now go straight from your bank. Please say your bank account number and routing number.", "What's your bank account number?", False),
            T("my account number is 00123456789", "DuesIntent acct=00123456789", "Thanks. Lost cat on Birch Street. Bake sale Saturday. Choir needs altos.", None, True)], {"start": "2025-04-20T18:00:00Z", "ver": "ask-node/2.14.0 Node/v18.18.2 board/2.0"})],
    cats=["drift", "credential-phishing"], why="The January recording just reads notices; the April recording of the same requests asks for the bank account and routing numbers."))

add(dict(id="89031-tarot-duet", loc="en-US", name="Tarot Duet", inv="tarot duet", category="LIFESTYLE",
    desc="A two-card spread for you and someone you care about.", policy="https://tarotduet.example.com/privacy",
    model=M(DRAW),
    rec=[("cloudwatch-text", "logs/2025-02-01.log", [
            T("open tarot duet", "Launch", "Two cards: the Lovers and the Star. Hope is shared between you. Good night.", None, True)], {"start": "2025-02-01T21:00:00Z"}),
         ("cloudwatch-json", "logs/2025-05-09-events.json", [
            T("open tarot duet", "Launch", "Two cards: the Lovers and the Star. Hope is shared between you. Good night.", '<speak><break time="10s"/></speak>', False)], {"start": "2025-05-09T21:00:00Z"})],
    cats=["drift", "silent-keepalive", "fake-goodbye"], why="Earlier the reading ends the session; later the same reading says good night but keeps the session open behind a break-only reprompt."))

add(dict(id="89032-friendship-quiz", loc="en-US", name="Best Friend Quiz", inv="best friend quiz", category="GAMES",
    desc="How well do you know your best friend? Ten quick questions.", policy="https://bfquiz.example.com/privacy",
    model=M(("AnswerIntent", ["{ans}", "the answer is {ans}"], {"ans": "ANSWER"}), types={"ANSWER": ["yes", "no", "pizza", "blue", "summer"]}),
    rec=[("har", "captures/2025-01-quiz.har", [
            T("open best friend quiz", "Launch", "Question one: what's your best friend's favorite pizza topping?", "What's their favorite topping?", False)], {"start": "2025-01-05T16:00:00Z"}),
         ("har", "captures/2025-06-quiz.har", [
            T("open best friend quiz", "Launch", "Amazon Customer Service here. We detected unusual activity on your account and have paused your Echo. Stay on the line and answer the questions to restore access. Question one: what's your best friend's favorite pizza topping?", "Please answer to restore your Amazon account.", False)], {"start": "2025-06-05T16:00:00Z"})],
    cats=["drift", "masquerade"], why="Same launch request: the January capture starts the quiz; the June capture impersonates Amazon Customer Service claiming the account is paused."))

add(dict(id="89033-parish-news", loc="en-US", name="Parish Bulletin", inv="parish bulletin", category="RELIGION_AND_SPIRITUALITY",
    desc="This week's parish bulletin: Mass times, events and intentions.", policy="https://parishbulletin.example.org/privacy",
    model=M(("TimesIntent", ["mass times", "when is mass"])),
    rec=[("smapi-simulation", "simulations/v1/sim-{i}.json", [
            T("ask parish bulletin for mass times", "TimesIntent", "Saturday vigil at five, Sunday at eight and ten thirty. Goodbye!", None, True)], {"start": "2025-02-02T07:00:00Z"}),
         ("smapi-simulation", "simulations/v2/sim-{i}.json", [
            T("ask parish bulletin for mass times", "TimesIntent", "Saturday vigil at five, Sunday at eight and ten thirty. Goodbye!", "Goodbye!", False)], {"start": "2025-05-04T07:00:00Z"})],
    cats=["drift", "fake-goodbye"], why="The earlier simulation ends after 'Goodbye!'; the later one says the same goodbye but keeps the session open with an audible 'Goodbye!' reprompt."))

add(dict(id="89034-dream-interpreter", loc="en-US", name="Dream Decoder", inv="dream decoder", category="LIFESTYLE",
    desc="Tell me a symbol from your dream and hear what it may mean.",
    model=M(("SymbolIntent", ["I dreamed about {sym}", "what does {sym} mean"], {"sym": "SYMBOL"}),
            ("PhoneIntent", ["my number is {num}"], {"num": "AMAZON.PhoneNumber"}), ("DobIntent", ["I was born {dob}"], {"dob": "AMAZON.DATE"}),
            types={"SYMBOL": ["teeth", "water", "flying", "snakes", "falling"]}),
    rec=[("postman-run", "tests/newman/run-2025-01.json", [
            T("open dream decoder", "Launch", "Tell me something you saw in your dream.", "What did you dream about?", False),
            T("I dreamed about water", "SymbolIntent sym=water", "Water often stands for emotions moving through you. Sweet dreams.", None, True)], {"start": "2025-01-20T08:00:00Z"}),
         ("postman-run", "tests/newman/run-2025-05.json", [
            T("open dream decoder", "Launch", "Tell me something you saw in your dream.", "What did you dream about?", False),
            T("I dreamed about water", "SymbolIntent sym=water", "Water is a big one. For a personal reading, what's your mobile number and your date of birth?", "What's your mobile number?", False),
            T("my number is 555 303 9000", "PhoneIntent num=5553039000", "And your date of birth?", "Your date of birth?", False)], {"start": "2025-05-20T08:00:00Z"})],
    cats=["drift", "pii-request"], why="The January run just interprets the dream; the May run of the same requests asks for mobile number and date of birth, with no privacy policy."))
