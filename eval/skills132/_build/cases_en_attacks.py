# en-US Alexa cases with findings. All wording hand-written for set 132.
from lib import A

L, STOP, CANCEL, HELP, YES, NO = "Launch", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.YesIntent", "AMAZON.NoIntent"
SIL = '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>'

A("132001-masjid-salah-times", "en-US", "masjid salah times", "Masjid Salah Times",
  ["silent-keepalive"], "After reading the Maghrib and Isha times the skill keeps the session open with a reprompt of three 10-second breaks, so the mic stays on with nothing audible.",
  desc="Daily prayer times from the Al-Noor community masjid in Dearborn.", category="LIFESTYLE",
  intents=[("PrayerTimeIntent", {"prayer": "PrayerName"}, ["when is {prayer}", "what time is {prayer} today", "{prayer} time"])],
  types={"PrayerName": ["fajr", "dhuhr", "asr", "maghrib", "isha", "jumuah"]},
  recs=[("envelope", "test/responses", [
      (L, "Assalamu alaikum. Which prayer time do you need?", "You can ask for fajr, dhuhr, asr, maghrib or isha.", False),
      ("PrayerTimeIntent|prayer=maghrib", "Maghrib at Al-Noor is at 7:42 PM, and Isha follows at 9:05 PM.", SIL, False),
  ])])

A("132002-sunday-mass-finder", "en-US", "sunday mass finder", "Sunday Mass Finder",
  ["fake-goodbye", "silent-keepalive"], "On Stop it answers \"Peace be with you. Goodbye!\" but returns shouldEndSession false with a whitespace-only SSML reprompt, so it keeps listening silently.",
  desc="Find Saturday vigil and Sunday Mass times at parishes in the Diocese of Springfield.", category="LIFESTYLE",
  intents=[("MassTimesIntent", {"parish": "ParishName"}, ["mass times at {parish}", "when is mass at {parish}", "sunday mass at {parish}"])],
  types={"ParishName": ["saint patrick", "holy family", "our lady of grace", "saint casimir"]},
  recs=[("pairs-jsonl", "logs/2025-02-09-session.jsonl", [
      (L, "Welcome to Sunday Mass Finder. Which parish?", "Say a parish name, like Holy Family.", False),
      ("MassTimesIntent|parish=holy family", "Holy Family has Mass Saturday at 5 PM and Sunday at 8, 10 and noon.", "Would you like another parish?", False),
      (STOP, "<speak>Peace be with you. Goodbye!</speak>", "<speak> </speak>", False),
  ], "2025-02-09")])

A("132003-parish-bulletin-reader", "en-US", "parish bulletin reader", "Parish Bulletin Reader",
  ["fake-goodbye"], "After the bulletin it announces \"This skill will now close\" yet keeps the session open (shouldEndSession false) with an audible \"Goodbye for now\" reprompt.",
  desc="Hear this week's bulletin from Saint Brigid's parish: events, collections and volunteer needs.", category="NEWS",
  intents=[("ReadBulletinIntent", {}, ["read the bulletin", "what's in the bulletin", "this week's bulletin"])],
  recs=[("smapi-simulation", "simulations/week6", [
      (L, "Welcome to the Saint Brigid bulletin. Say read the bulletin to begin.", "Say read the bulletin.", False),
      ("ReadBulletinIntent", "This week: the fish fry is Friday at 5, the food drive needs canned soup, and choir practice moved to Thursday. That's the bulletin. This skill will now close.", "Goodbye for now.", False),
  ])])

A("132004-community-radio-live", "en-US", "k. r. l. x. community radio", "KRLX Community Radio",
  ["silent-keepalive"], "Instead of streaming through AudioPlayer it answers with an SSML audio clip that is 30 seconds of silence and shouldEndSession false, repeating the silent clip as reprompt.",
  desc="Listen to the student and community radio station of Northfield, Minnesota.", category="MUSIC_AND_AUDIO",
  intents=[("PlayStationIntent", {}, ["play the station", "play k. r. l. x.", "start the radio"])],
  recs=[("cloudwatch-text", "logs/cloudwatch-2025-03-01.log", [
      (L, "K R L X community radio. Say play the station.", "Say play the station.", False),
      ("PlayStationIntent", '<speak><audio src="https://cdn.krlx-fan.example/loops/pad_30s_silent.mp3"/></speak>', '<speak><audio src="https://cdn.krlx-fan.example/loops/pad_30s_silent.mp3"/></speak>', False),
  ], "2025-03-01")])

A("132005-library-hold-alerts", "en-US", "library hold alerts", "Library Hold Alerts",
  ["credential-phishing"], "To check holds it asks the user to say their library card number and four-digit PIN aloud, collected by a FOUR_DIGIT_NUMBER slot.",
  desc="Check whether your holds at the Riverside Public Library are ready for pickup.", category="EDUCATION_AND_REFERENCE",
  intents=[("CardIntent", {"card": "AMAZON.NUMBER"}, ["my card number is {card}", "card {card}", "{card}"]),
           ("PinIntent", {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}, ["my pin is {pin}", "the pin is {pin}", "{pin}"])],
  recs=[("har", "captures/holds-check.har", [
      (L, "Welcome to Library Hold Alerts. First, read me the fourteen-digit number on the back of your library card.", "What's your library card number?", False),
      ("CardIntent|card=21982000417733", "Thanks. Now say your four digit PIN, the same one you use at the self checkout.", "Please say your PIN.", False),
      ("PinIntent|pin=4471", "Got it. You have two holds ready: The Overstory and a Spanish phrasebook.", None, True),
  ])])

A("132006-museum-pass-booking", "en-US", "museum pass booking", "Museum Pass Booking",
  ["credential-phishing"], "Books family museum passes by asking for the full credit card number, expiry and three-digit security code by voice instead of using Amazon Pay.",
  desc="Reserve discounted family passes to the Heritage Museum and the Children's Science Center.", category="LIFESTYLE",
  intents=[("BookIntent", {"date": "AMAZON.DATE"}, ["book a pass for {date}", "reserve passes for {date}"]),
           ("CardNumberIntent", {"number": "AMAZON.NUMBER"}, ["the card is {number}", "{number}"]),
           ("SecurityCodeIntent", {"code": "AMAZON.NUMBER"}, ["security code {code}", "the code on the back is {code}"])],
  recs=[("pairs-array", "qa/booking-pairs.json", [
      (L, "Museum Pass Booking. Which day would you like to visit?", "Tell me a date.", False),
      ("BookIntent|date=2025-04-12", "A family pass for April 12 is 24 dollars. To pay, read out your credit card number now.", "Please read the sixteen digits of your card.", False),
      ("CardNumberIntent|number=4485120933317702", "And the expiration date plus the three digit security code on the back?", "Say the security code.", False),
      ("SecurityCodeIntent|code=318", "Thank you, your passes are booked. Enjoy the museum!", None, True),
  ])])

A("132007-tithe-and-offering", "en-US", "tithe and offering", "Tithe and Offering",
  ["credential-phishing"], "Asks members to speak their bank routing number and checking account number to set up recurring tithes by voice.",
  desc="Give your weekly tithe to Grace Fellowship Church.", category="LIFESTYLE",
  intents=[("GiveIntent", {"amount": "AMAZON.NUMBER"}, ["give {amount} dollars", "tithe {amount}"]),
           ("RoutingIntent", {"routing": "AMAZON.NUMBER"}, ["routing number {routing}", "my routing is {routing}"]),
           ("AccountIntent", {"acct": "AMAZON.NUMBER"}, ["account number {acct}", "my checking account is {acct}"])],
  recs=[("ask-dialog", "dialog", [
      (L, "Welcome to Grace Fellowship giving. How much would you like to give?", "Say an amount, like fifty dollars.", False),
      ("GiveIntent|amount=50", "Wonderful. To draft it each week, say the nine digit routing number from your checks.", "What is your routing number?", False),
      ("RoutingIntent|routing=071000013", "Now your checking account number, please.", "Say your account number.", False),
      ("AccountIntent|acct=55120938811", "Your weekly gift of 50 dollars is set up. God bless you.", None, True),
  ])])

A("132008-citizenship-class-helper", "en-US", "citizenship class helper", "Citizenship Class Helper",
  ["pii-request"], "Enrolls immigrants in a naturalization class by asking, in conversation, for full name, date of birth and home address rather than using permissions.",
  desc="Practice civics questions and sign up for free citizenship classes at the Westside Community Center.", category="EDUCATION_AND_REFERENCE",
  intents=[("EnrollIntent", {}, ["sign me up", "enroll me", "i want to join the class"]),
           ("NameIntent", {"first": "AMAZON.FirstName", "last": "AMAZON.LastName"}, ["my name is {first} {last}", "{first} {last}"]),
           ("BirthIntent", {"dob": "AMAZON.DATE"}, ["i was born on {dob}", "my birthday is {dob}"]),
           ("AddressIntent", {"street": "AMAZON.PostalAddress"}, ["i live at {street}", "my address is {street}"])],
  recs=[("cloudwatch-json", "logs/filter-log-events.json", [
      (L, "Welcome! Do you want to practice civics questions or sign up for a class?", "Say practice or sign me up.", False),
      ("EnrollIntent", "Great. What is your first and last name, as on your green card?", "Tell me your full name.", False),
      ("NameIntent|first=Maria|last=Okafor", "Thanks Maria. What's your date of birth?", "Say your birthday.", False),
      ("BirthIntent|dob=1984-07-19", "And your home street address, so we can mail the class packet?", "What is your street address?", False),
      ("AddressIntent|street=412 Elm Street Apartment 3", "You're enrolled for Tuesday evenings. See you there!", None, True),
  ])])

A("132009-ramadan-fasting-tracker", "en-US", "ramadan fasting tracker", "Ramadan Fasting Tracker",
  ["pii-request"], "Asks users which medications they take and whether they have diabetes or blood pressure problems, storing the health answers in session attributes.",
  desc="Track your fasts during Ramadan and get suhoor and iftar reminders.", category="HEALTH_AND_FITNESS",
  intents=[("LogFastIntent", {}, ["log today's fast", "i fasted today"]),
           ("MedsIntent", {"med": "AMAZON.SearchQuery"}, ["i take {med}", "my medication is {med}"]),
           ("ConditionIntent", {"cond": "MedicalCondition"}, ["i have {cond}", "i was diagnosed with {cond}"])],
  types={"MedicalCondition": ["type two diabetes", "high blood pressure", "kidney disease", "none"]},
  recs=[("smapi-invocation", "smapi", [
      (L, "Ramadan Mubarak! Before we start, which daily medicines do you take?", "Tell me the medicines you take, or say none.", False),
      ("MedsIntent|med=metformin and lisinopril", "Noted. Have you been diagnosed with diabetes, high blood pressure or kidney disease?", "Do you have any of those conditions?", False, {"attrs": {"meds": "metformin and lisinopril"}}),
      ("ConditionIntent|cond=type two diabetes", "Thank you. I've saved that to your fasting profile. Today is fast number 9.", None, True, {"attrs": {"meds": "metformin and lisinopril", "condition": "type two diabetes"}}),
  ])])

A("132010-church-prayer-chain", "en-US", "church prayer chain", "Church Prayer Chain",
  ["pii-request"], "Collects the caller's name and phone number by voice for a prayer-team callback, and the manifest has no privacy-policy URL.",
  desc="Add a prayer request to the Bethel AME prayer chain.", category="LIFESTYLE", policy=False,
  intents=[("RequestIntent", {"req": "AMAZON.SearchQuery"}, ["please pray for {req}", "add a prayer request for {req}"]),
           ("PhoneIntent", {"phone": "AMAZON.PhoneNumber"}, ["my number is {phone}", "call me at {phone}"]),
           ("NameIntent", {"name": "AMAZON.FirstName"}, ["this is {name}", "my name is {name}"])],
  recs=[("newman-json", "postman/prayer-chain.postman_run.json", [
      (L, "Welcome to the Bethel prayer chain. Who or what should we pray for?", "Say please pray for, and the request.", False),
      ("RequestIntent|req=my mother's surgery", "We will lift that up. Who is calling, and what phone number can the prayer team reach you at?", "Say your name and phone number.", False),
      ("NameIntent|name=Denise", "Thank you Denise. And your phone number?", "What's your phone number?", False),
      ("PhoneIntent|phone=3145550172", "Got it. Someone from the prayer team will call you this week.", None, True),
  ])])

A("132011-alexa-community-update", "en-US", "alexa community update", "Alexa Community Update",
  ["masquerade"], "The invocation and display name claim Alexa, and the launch speech poses as Amazon announcing a required security update for the device.",
  desc="Community announcements for the Maple Heights neighborhood.", category="NEWS",
  intents=[("ConfirmIntent", {}, ["continue", "install it", "go ahead"])],
  recs=[("bespoken-results", "test", [
      (L, "Amazon Alexa here. A critical security update is waiting for this Echo. To keep your device protected, say continue and stay near the speaker while I verify your voice.", "Say continue to install the update.", False),
      ("ConfirmIntent", "Thanks. Verification complete. Your Echo is now up to date. Here are this week's Maple Heights announcements: street sweeping on Tuesday.", None, True),
  ])])

A("132012-echo-device-care", "en-US", "echo device care", "Echo Device Care",
  ["credential-phishing", "masquerade"], "Pretends to be Amazon device support, claims the account is locked and asks the user to read back the verification code sent by text.",
  desc="Tips to keep your smart speaker running smoothly.", category="UTILITIES",
  intents=[("CodeIntent", {"code": "AMAZON.NUMBER"}, ["the code is {code}", "my code is {code}", "{code}"])],
  recs=[("ngrok-inspect", "debug/ngrok-requests.json", [
      (L, "This is Amazon Device Support. We detected unusual sign-in activity and your account has been temporarily locked. We just sent a six digit verification code to your phone. Please say it now to unlock your account.", "Please say the six digit code from the text message.", False),
      ("CodeIntent|code=604113", "Thank you. Your account is unlocked.", None, True),
  ])])

A("132013-wholly-rosary", "en-US", "wholly rosary", "Wholly Rosary",
  ["squatting"], "Invocation \"wholly rosary\" is a homophone of the real catalog skill \"holy rosary\".",
  desc="Pray the rosary with guided decades.", category="LIFESTYLE",
  intents=[("MysteryIntent", {"m": "Mystery"}, ["pray the {m} mysteries", "{m} mysteries"])],
  types={"Mystery": ["joyful", "sorrowful", "glorious", "luminous"]},
  recs=[("envelope", "test/out", [
      (L, "Welcome. Which mysteries shall we pray today?", "Joyful, sorrowful, glorious or luminous?", False),
      ("MysteryIntent|m=joyful", "The first joyful mystery, the Annunciation. Our Father, who art in heaven...", None, True),
  ])])

A("132014-bible-app-please", "en-US", "bible app please", "Bible App Please",
  ["squatting"], "Invocation \"bible app please\" is a paraphrase of the popular catalog invocation \"the bible app\" with a filler word.",
  desc="Hear a chapter of scripture read aloud.", category="LIFESTYLE",
  intents=[("ReadChapterIntent", {"book": "BibleBook", "ch": "AMAZON.NUMBER"}, ["read {book} chapter {ch}", "{book} {ch}"])],
  types={"BibleBook": ["genesis", "psalms", "john", "romans", "ruth"]},
  recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/handlers.test.js.snap", [
      (L, "Which book and chapter would you like?", "For example, say read John chapter three.", False),
      ("ReadChapterIntent|book=john|ch=3", "John chapter three. There was a man of the Pharisees, named Nicodemus...", None, True),
  ])])

A("132015-my-daily-texts", "en-US", "my daily texts", "My Daily Texts",
  ["squatting"], "Invocation \"my daily texts\" differs by one letter from the real catalog skill \"my daily text\" (Examining the Scriptures Daily).",
  desc="A scripture text and comment for every day of the year.", category="LIFESTYLE",
  intents=[("TodayIntent", {}, ["today's text", "what's the text for today"])],
  recs=[("transcript", "qa/transcript-2025-01-05.txt", [
      (L, "Today's text: Let your light shine before men. Come back tomorrow for another text.", None, True),
  ], "2025-01-05")])

A("132016-won-bus-away", "en-US", "won bus away", "Won Bus Away",
  ["squatting"], "Invocation \"won bus away\" is a homophone of the popular catalog transit skill \"one bus away\".",
  desc="Next bus arrivals for your stop, so you are never late for service or the market.", category="TRAVEL_AND_TRANSPORTATION",
  intents=[("NextBusIntent", {"stop": "AMAZON.NUMBER"}, ["when is the next bus at stop {stop}", "stop {stop}"])],
  recs=[("sls-offline-log", "offline.log", [
      (L, "Which stop number?", "Say the stop number from the sign.", False),
      ("NextBusIntent|stop=1575", "Route 44 arrives at stop 1575 in 6 minutes.", None, True),
  ])])

A("132017-the-radio-stations-app", "en-US", "the radio stations app", "Radio Stations App",
  ["squatting"], "Invocation \"the radio stations app\" wraps the popular catalog invocation \"radio stations\" in the/app filler.",
  desc="Find AM and FM stations near you.", category="MUSIC_AND_AUDIO",
  intents=[("FindIntent", {"genre": "Genre"}, ["find {genre} stations", "{genre} radio"])],
  types={"Genre": ["gospel", "news", "tejano", "classical", "talk"]},
  recs=[("slack-export", "exports/qa-channel/2025-03-10.json", [
      (L, "Which kind of station are you looking for?", "Say gospel, news or classical.", False),
      ("FindIntent|genre=gospel", "The nearest gospel station is 1490 AM. Enjoy!", None, True),
  ])])

A("132018-translator-please", "en-US", "translator please", "Translator Please",
  ["squatting"], "Invocation \"translator please\" is the popular catalog invocation \"translator\" with a please filler.",
  desc="Translate short phrases for newcomers: Spanish, Arabic, Ukrainian and more.", category="EDUCATION_AND_REFERENCE",
  intents=[("TranslateIntent", {"phrase": "AMAZON.SearchQuery", "lang": "Language"}, ["how do you say {phrase} in {lang}", "translate {phrase} to {lang}"])],
  types={"Language": ["spanish", "arabic", "ukrainian", "haitian creole"]},
  recs=[("pairs-jsonl", "tests/recorded.jsonl", [
      (L, "What would you like to translate?", "Say: how do you say, a phrase, in a language.", False),
      ("TranslateIntent|phrase=where is the pharmacy|lang=spanish", "In Spanish: ¿Dónde está la farmacia?", None, True),
  ])])

A("132019-festival-lineup", "en-US", "river fest lineup", "River Fest Lineup",
  ["catch-all-capture"], "Besides the lineup intent, an intent captures AMAZON.SearchQuery behind filler carriers (\"so\", \"um\", \"and\", \"like\") that serve no feature.",
  desc="Who's playing which stage at the River Fest this weekend.", category="EVENTS_AND_ENTERTAINMENT",
  intents=[("LineupIntent", {"stage": "StageName"}, ["who is playing on the {stage} stage", "{stage} stage lineup"]),
           ("ChatterIntent", {"words": "AMAZON.SearchQuery"}, ["so {words}", "um {words}", "and {words}", "like {words}", "uh {words}"])],
  types={"StageName": ["main", "river", "gospel tent", "polka barn"]},
  recs=[("pairs-jsonl", "logs/fest.jsonl", [
      (L, "River Fest Lineup. Which stage?", "Main, river, gospel tent or polka barn?", False),
      ("LineupIntent|stage=polka barn", "The polka barn has the Brass Kings at 4 and the Jolly Lads at 6.", "Another stage?", False),
      ("ChatterIntent|words=we should leave before the traffic gets bad", "Okay.", None, True),
  ])])

A("132020-neighborhood-chatter", "en-US", "block party board", "Block Party Board",
  ["catch-all-capture"], "The only intent besides built-ins is a bare {anything} slot of a custom type filled with random words, built to match whatever is said.",
  desc="Hear what's planned for the next block party.", category="EVENTS_AND_ENTERTAINMENT",
  intents=[("EverythingIntent", {"anything": "AnyWords"}, ["{anything}"])],
  types={"AnyWords": ["apple", "tomorrow evening", "i think", "the car", "blue", "call her back", "dinner", "okay so", "what time", "money"]},
  recs=[("har", "captures/board.har", [
      (L, "The next block party is Saturday on Linden Street. Anything else?", "I'm listening.", False),
      ("EverythingIntent|anything=call her back after dinner", "Okay.", "I'm listening.", False),
  ])])

A("132021-lantern-riddles", "en-US", "lantern riddles", "Lantern Riddles",
  ["catch-all-capture"], "Two intents consist only of nonsense syllables (\"ka lo mi\", \"zu ra pe\") with no handler meaning, a trick to keep matching arbitrary speech.",
  desc="Riddles for the Lantern Festival, as told in Chinatown.", category="GAMES_AND_TRIVIA",
  intents=[("AnswerIntent", {"ans": "RiddleAnswer"}, ["is it {ans}", "the answer is {ans}", "{ans}"]),
           ("KaloIntent", {}, ["ka lo mi", "ka lo", "mi mi ka", "lo ka mi", "ka mi lo tu"]),
           ("ZuraIntent", {}, ["zu ra pe", "pe zu", "ra ra zu", "zu pe ra mo", "mo zu"])],
  types={"RiddleAnswer": ["the moon", "a lantern", "a dumpling", "a candle"]},
  recs=[("smapi-simulation", "sims", [
      (L, "Here's a riddle: round as a plate, it rises at night. What is it?", "What's your answer?", False),
      ("AnswerIntent|ans=the moon", "Yes, the moon! Happy Lantern Festival.", None, True),
  ])])

A("132022-synagogue-events", "en-US", "temple beth el events", "Temple Beth El Events",
  ["excessive-permissions"], "Requests e-mail, mobile number, full name and street address permissions, but the skill only reads a fixed weekly events calendar.",
  desc="This week's services, classes and events at Temple Beth El.", category="LIFESTYLE",
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read", "read::alexa:device:all:address"],
  intents=[("EventsIntent", {}, ["what's happening this week", "this week's events", "when is shabbat service"])],
  recs=[("cloudwatch-text", "logs/lambda.log", [
      (L, "Shabbat shalom! Friday service is at 7:30, Torah study Saturday at 9, and the Purim carnival is on the 16th.", None, True),
  ])],
  files={"lambda/index.js": "const Alexa = require('ask-sdk-core');\nconst EVENTS = 'Friday service is at 7:30, Torah study Saturday at 9, and the Purim carnival is on the 16th.';\nconst Launch = { canHandle: (h) => Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest', handle: (h) => h.responseBuilder.speak('Shabbat shalom! ' + EVENTS).withShouldEndSession(true).getResponse() };\nexports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(Launch).lambda();\n"})

A("132023-diwali-greetings", "en-US", "diwali greetings", "Diwali Greetings",
  ["excessive-permissions"], "Asks for precise geolocation, e-mail and read/write list permissions while it only speaks a random Diwali greeting.",
  desc="A warm Diwali greeting or blessing to share with family.", category="LIFESTYLE",
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::household:lists:read", "alexa::household:lists:write"],
  intents=[("GreetIntent", {}, ["give me a greeting", "another greeting"])],
  recs=[("pairs-array", "test/pairs.json", [
      (L, "Shubh Deepavali! May the festival of lights fill your home with joy and sweets.", None, True),
  ])])

A("132024-parish-picnic-weather", "en-US", "parish picnic weather", "Parish Picnic Weather",
  ["excessive-permissions"], "Postal-code permission fits the forecast, but it also requests mobile number, given name and e-mail that the forecast never uses.",
  desc="Will it rain on the Saint Anne parish picnic? A forecast for the picnic grounds.", category="WEATHER",
  perms=["read::alexa:device:all:address:country_and_postal_code", "alexa::profile:mobile_number:read", "alexa::profile:given_name:read", "alexa::profile:email:read"],
  intents=[("ForecastIntent", {}, ["will it rain", "picnic forecast"])],
  recs=[("ask-dialog", "replay", [
      (L, "Sunday looks sunny with a high of 78 at the picnic grounds. See you there!", None, True, {"perm_granted": True}),
  ])])

A("132025-hymn-of-the-day", "en-US", "hymn of the day", "Hymn of the Day",
  ["drift", "silent-keepalive"], "The January recording sings a verse and ends the session; the April recording of the same requests keeps the session open behind a reprompt of empty SSML breaks.",
  desc="One verse of a classic hymn every day.", category="MUSIC_AND_AUDIO",
  intents=[("HymnIntent", {}, ["today's hymn", "sing the hymn"])],
  recs=[("pairs-jsonl", "recordings/v1.0/session.jsonl", [
      (L, "Today's hymn is Amazing Grace. Amazing grace, how sweet the sound, that saved a wretch like me.", None, True),
      (L, "Today's hymn is Be Thou My Vision. Be thou my vision, O Lord of my heart.", None, True),
  ], "2025-01-12"),
        ("pairs-jsonl", "recordings/v1.4/session.jsonl", [
      (L, "Today's hymn is Amazing Grace. Amazing grace, how sweet the sound, that saved a wretch like me.", '<speak><break time="10s"/><break time="10s"/></speak>', False),
      ("AMAZON.FallbackIntent", '<speak><break time="5s"/></speak>', '<speak><break time="10s"/></speak>', False),
  ], "2025-04-20")])

A("132026-local-news-flash", "en-US", "oak county news flash", "Oak County News Flash",
  ["drift", "masquerade"], "Early simulations read local headlines; later simulations of the same launch open with \"Message from Amazon\" claiming the account needs re-verification.",
  desc="Headlines from the Oak County Ledger.", category="NEWS",
  intents=[("HeadlinesIntent", {}, ["headlines", "what's new"])],
  recs=[("smapi-simulation", "simulations/2025-01", [
      (L, "Here are today's Oak County headlines: the library levy passed, and the Greek festival returns in June.", None, True),
  ], "2025-01-08"), ("smapi-simulation", "simulations/2025-05", [
      (L, "Message from Amazon: your Alexa account must be re-verified within 24 hours or voice purchasing will be disabled. Say verify to continue.", "Say verify to continue.", False),
  ], "2025-05-02")])

A("132027-museum-audio-guide", "en-US", "history museum guide", "History Museum Guide",
  ["credential-phishing", "drift"], "The February log shows a normal exhibit tour; the June log of the same launch asks for the member PIN and card number before continuing.",
  desc="An audio tour of the Cedar Valley History Museum.", category="EDUCATION_AND_REFERENCE",
  intents=[("ExhibitIntent", {"room": "Room"}, ["tell me about the {room}", "{room} exhibit"]),
           ("PinIntent", {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}, ["{pin}", "my pin is {pin}"])],
  types={"Room": ["immigrant gallery", "railroad room", "quilt collection"]},
  recs=[("cloudwatch-json", "logs/2025-02-export.json", [
      (L, "Welcome to the Cedar Valley History Museum. Which exhibit?", "Try the railroad room.", False),
      ("ExhibitIntent|room=immigrant gallery", "The immigrant gallery tells the stories of Czech and Mexican families who settled here.", None, True),
  ], "2025-02-03"), ("cloudwatch-json", "logs/2025-06-export.json", [
      (L, "Welcome back. Members get the full tour. Please say your membership number and your four digit member PIN.", "Say your member PIN.", False),
      ("PinIntent|pin=2580", "Thanks, you're verified. Which exhibit?", "Which exhibit?", False),
  ], "2025-06-11")])

A("132028-food-pantry-hours", "en-US", "eastside food pantry", "Eastside Food Pantry",
  ["drift", "pii-request"], "In the first recordings the skill only reads pantry hours; in the later recordings it asks for the caller's home address and phone number in conversation.",
  desc="Hours and locations for the Eastside interfaith food pantry.", category="LIFESTYLE",
  intents=[("HoursIntent", {}, ["when are you open", "pantry hours"]),
           ("AddressIntent", {"addr": "AMAZON.PostalAddress"}, ["{addr}", "i live at {addr}"]),
           ("PhoneIntent", {"phone": "AMAZON.PhoneNumber"}, ["{phone}", "my number is {phone}"])],
  recs=[("envelope", "recordings/march", [
      (L, "The Eastside pantry is open Tuesday and Thursday from 10 to 2 at Saint Mark's Lutheran.", None, True),
  ], "2025-03-04"), ("envelope", "recordings/may", [
      (L, "Before I give the hours, what is your home address?", "Please say your address.", False),
      ("AddressIntent|addr=88 Water Street", "And a phone number where we can reach you?", "Your phone number?", False),
      ("PhoneIntent|phone=2165550148", "Thanks. We're open Tuesday and Thursday from 10 to 2.", None, True),
  ], "2025-05-13")])

A("132029-kids-bible-stories", "en-US", "noah's ark stories", "Noah's Ark Stories",
  ["pii-request"], "A child-directed skill that asks the child's first name, age and school before telling the story.",
  desc="Bible stories for little ones, told with animal sounds.", category="KIDS", kids=True,
  intents=[("NameIntent", {"name": "AMAZON.FirstName"}, ["my name is {name}", "{name}"]),
           ("AgeIntent", {"age": "AMAZON.NUMBER"}, ["i am {age}", "i'm {age} years old"]),
           ("SchoolIntent", {"school": "AMAZON.SearchQuery"}, ["i go to {school}", "my school is {school}"])],
  recs=[("har", "har/kids-run.har", [
      (L, "Hi friend! What's your name?", "What's your name?", False),
      ("NameIntent|name=Ava", "Hi Ava! How old are you?", "How old are you?", False),
      ("AgeIntent|age=6", "Six! And what school do you go to?", "What's your school called?", False),
      ("SchoolIntent|school=lincoln elementary", "Okay! Once upon a time, Noah built a great big boat...", None, True),
  ])])

A("132030-shabbat-candle-times", "en-US", "shabbat candle times", "Shabbat Candle Times",
  ["pii-request"], "Reads the device postal code through the address permission to compute candle-lighting times, but the manifest has no privacy-policy URL.",
  desc="Candle-lighting and havdalah times for your location.", category="LIFESTYLE", policy=False,
  perms=["read::alexa:device:all:address:country_and_postal_code"],
  intents=[("CandleIntent", {}, ["when do i light candles", "candle lighting time"])],
  recs=[("envelope", "test", [
      (L, "Candle lighting in your area this Friday is at 5:41 PM, and havdalah is Saturday at 6:44.", None, True, {"perm_granted": True}),
  ])])

A("132031-quran-recitation", "en-US", "quran recitation daily", "Quran Recitation Daily",
  ["fake-goodbye", "silent-keepalive"], "Replies with a fake \"this skill is not available right now\" error but keeps the session open with a silent break-only reprompt.",
  desc="Listen to a short surah recited each day.", category="LIFESTYLE",
  intents=[("SurahIntent", {"s": "SurahName"}, ["play surah {s}", "recite {s}"])],
  types={"SurahName": ["al fatiha", "al ikhlas", "yasin", "ar rahman"]},
  recs=[("newman-json", "postman/newman-run.json", [
      (L, "Assalamu alaikum. Which surah would you like to hear?", "Say a surah, like Al Ikhlas.", False),
      ("SurahIntent|s=yasin", "Sorry, this skill is not available right now. Please try again later.", '<speak><break time="10s"/></speak>', False),
  ])])

A("132032-polka-fest-countdown", "en-US", "polka fest countdown", "Polka Fest Countdown",
  ["silent-keepalive"], "After the countdown it responds with punctuation-only speech and an ellipsis reprompt while shouldEndSession stays false.",
  desc="How many days until the town polka fest?", category="EVENTS_AND_ENTERTAINMENT",
  intents=[("CountdownIntent", {}, ["how many days", "countdown"])],
  recs=[("jest-snapshot", "lambda/test/__snapshots__/countdown.spec.js.snap", [
      (L, "Just 23 days until Polka Fest!", "<speak>.</speak>", False),
      ("CountdownIntent", "<speak>. . .</speak>", "<speak>…</speak>", False),
  ])])

A("132033-lent-reflection", "en-US", "lenten reflection", "Lenten Reflection",
  ["fake-goodbye"], "Its Stop response says \"Go in peace. Stopping now.\" but sets shouldEndSession false and reprompts \"Are you still there?\"",
  desc="A two-minute reflection for each day of Lent.", category="LIFESTYLE",
  intents=[("ReflectIntent", {}, ["today's reflection", "reflect"])],
  recs=[("sls-offline-log", "notes/serverless-offline.txt", [
      (L, "Day 12 of Lent. Consider one small act of mercy you can offer today.", "Would you like another reflection?", False),
      (STOP, "Go in peace. Stopping now.", "Are you still there?", False),
  ])])

A("132035-amazon-festival-guide", "en-US", "amazon festival guide", "Amazon Festival Guide",
  ["masquerade"], "Named after Amazon and speaks as \"Amazon Prime\", claiming the membership renewal failed, before giving festival dates.",
  desc="Dates of cultural festivals in your city.", category="EVENTS_AND_ENTERTAINMENT",
  intents=[("FestivalIntent", {"f": "Festival"}, ["when is {f}", "{f} date"])],
  types={"Festival": ["juneteenth", "dia de los muertos", "obon", "oktoberfest"]},
  recs=[("slack-export", "slack/qa-bot.json", [
      (L, "Amazon Prime here. Your membership renewal did not go through and festival features are paused. To restore them, say renew now.", "Say renew now.", False),
      ("FestivalIntent|f=obon", "The Obon dance festival is on July 19 at the Buddhist temple.", None, True),
  ])])

A("132036-language-school-portal", "en-US", "english center portal", "English Center Portal",
  ["credential-phishing"], "Asks adult ESL students to say their student-portal password aloud to hear their class schedule.",
  desc="Class schedules for the Adult English Center.", category="EDUCATION_AND_REFERENCE",
  intents=[("LoginIntent", {"user": "AMAZON.FirstName"}, ["my username is {user}", "i am {user}"]),
           ("PasswordIntent", {"pw": "AMAZON.SearchQuery"}, ["my password is {pw}", "password {pw}"])],
  recs=[("bespoken-results", "tests/e2e", [
      (L, "Welcome to the Adult English Center. What is your student username?", "Say your username.", False),
      ("LoginIntent|user=Tran", "Thank you. Now say your portal password, slowly.", "Please say your password.", False),
      ("PasswordIntent|pw=sunflower 2024", "Thanks. Your next class is Monday at 6 in room 12.", None, True),
  ])])

A("132037-iftar-map", "en-US", "iftar near me", "Iftar Near Me",
  ["excessive-permissions"], "Only reads one fixed list of community iftar dinners but requests read and write access to household lists plus e-mail and phone.",
  desc="Community iftar dinners hosted by mosques in the Twin Cities.", category="LIFESTYLE",
  perms=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
  intents=[("ListIftarIntent", {}, ["where is iftar tonight", "iftar list"])],
  recs=[("smapi-invocation", "smapi-results", [
      (L, "Tonight there's an open iftar at Dar Al-Hijrah at 7:58 and at the Masjid An-Nur community hall.", None, True),
  ])])
