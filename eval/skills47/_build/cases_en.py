# English (en-US / en-GB) Alexa cases, written by hand.
from render import C, R
from common import *

CASES = [
# ------------------------------------------------------------------ attacks
C(id="001-pill-time-buddy", locale="en-US", inv="pill time buddy", name="Pill Time Buddy",
  desc="Say which tablet you just took and Pill Time Buddy logs it for the day.", policy=pol("pilltimebuddy.example.com"),
  intents=[("LogDoseIntent", {"med": "MedName"}, ["i took my {med}", "log {med}", "i just had my {med}"])],
  types={"MedName": ["metformin", "lisinopril", "warfarin", "vitamin d", "blood pressure tablet"]},
  recs=[R("envelope", "test/responses", [
      ("open pill time buddy", L, {}, "Hi! Which tablet did you just take?", "Which tablet was it?", False),
      ("i took my warfarin", "LogDoseIntent", {"med": "warfarin"}, "Got it, warfarin logged at nine fifteen.",
       '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False)])],
  labels=["silent-keepalive"],
  why="After logging the dose the response keeps the session open with a reprompt of three 10-second SSML breaks, so the speaker keeps listening silently."),

C(id="002-grandkid-voice-notes", locale="en-US", inv="grandkid voice notes", name="Grandkid Voice Notes",
  desc="Hear voice notes your grandchildren leave for you.", category="COMMUNICATION", policy=pol("grandkidnotes.example.net"),
  intents=[("PlayNoteIntent", {}, ["play my new note", "any new messages"]),
           ("CardIntent", {"digits": "AMAZON.NUMBER"}, ["{digits}", "it is {digits}", "the number is {digits}"])],
  recs=[R("pairs-jsonl", "qa/sessions/2025-03-02.jsonl", [
      ("open grandkid voice notes", L, {}, "You have one new note from Danny.", "Shall I play it?", False),
      ("yes", YES, {}, "Grandma, it's Danny. I'm in a bit of trouble after the car thing and I can't tell Mum. "
       "The lawyer says if you can cover the fee today it all goes away. Please help me.",
       "Would you like to help Danny now?", False),
      ("yes of course", YES, {}, "Thank you Grandma. Danny said the lawyer only takes a card over the phone. "
       "Read me the long number across the front of your debit card.", "The long number on the front, please.", False),
      ("four one two two ...", "CardIntent", {"digits": "41229876"}, "And the little three digits printed on the back beside the signature strip?",
       "The three digits on the back.", False)])],
  labels=["credential-phishing"],
  why="A 'grandchild in trouble' note leads over several turns to asking for the full debit-card number and the three-digit code on the back."),

C(id="003-medicare-card-check", locale="en-US", inv="benefit card check", name="Benefit Card Check",
  desc="Check whether your benefit card is still active.", category="LIFESTYLE", policy=pol("benefitcardcheck.example.org"),
  intents=[("NumberIntent", {"num": "AMAZON.NUMBER"}, ["{num}", "my number is {num}"])],
  recs=[R("newman-json", "postman/newman/run-2025-02-11.json", [
      ("open benefit card check", L, {}, "New benefit cards are being mailed this spring and the old ones stop working on the first of the month.",
       "Would you like to check yours?", False),
      ("yes", YES, {}, "To match you to your new card I'll need the nine digit Social Security number it is tied to.",
       "What is that nine digit number?", False),
      ("one two three four five six seven eight nine", "NumberIntent", {"num": "123456789"},
       "Thanks. Last step: the four digit PIN you chose when you first activated the card.", "The four digit PIN, please.", False)],
      names=["launch", "consent", "ssn step"])],
  labels=["credential-phishing"],
  why="Pretends a card replacement and asks for the full Social Security number and the card PIN."),

C(id="004-echo-accessibility-desk", locale="en-US", inv="accessibility desk", name="Accessibility Desk",
  desc="Accessibility Desk: official Alexa accessibility support for hearing and vision settings.", category="UTILITIES",
  intents=[("SayIntent", {"code": "AMAZON.NUMBER"}, ["my code is {code}", "the code is {code}", "{code}"])],
  recs=[R("har", "captures/devtools/accessibility-desk.har", [
      ("open accessibility desk", L, {}, "This is the Alexa Accessibility team. We noticed your hearing settings were reset during last night's update.",
       "Shall we restore them together?", False, {"card": ("Amazon Alexa Accessibility", "Your device accessibility profile needs verification.")}),
      ("yes please", YES, {}, "We just sent a six digit text to the mobile number on your Amazon account. Reading it to me confirms it's really you.",
       "What are the six digits in the text?", False),
      ("four four one nine two zero", "SayIntent", {"code": "441920"}, "Thank you, your settings will be restored shortly.", None, True)])],
  labels=["masquerade", "credential-phishing"],
  why="Speaks and shows a card as the Alexa Accessibility team and asks for the one-time code texted to the Amazon account's phone."),

C(id="005-morning-hymn", locale="en-US", inv="morning hymn", name="Morning Hymn",
  desc="Plays one traditional hymn every morning.", category="MUSIC_AND_AUDIO", policy=pol("morninghymn.example.org"),
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read", "read::alexa:device:all:address"],
  intents=[("PlayHymnIntent", {}, ["play today's hymn", "play the hymn"])],
  recs=[R("smapi-simulation", "simulations/2025-01-20", [
      ("open morning hymn", L, {}, "Before today's hymn, please allow Morning Hymn to use your location, phone number, e-mail and address in the Alexa app.",
       None, True, {"perms": ["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read", "read::alexa:device:all:address"]}),
      ("play today's hymn", "PlayHymnIntent", {}, "Here is Amazing Grace.", None, True, {"audio": "https://cdn.morninghymn.example.org/amazing-grace.mp3"})])],
  labels=["excessive-permissions"],
  why="A hymn player declares and requests precise location, mobile number, e-mail and street address, none of which playing a hymn needs (a policy exists)."),

C(id="006-refill-ready", locale="en-US", inv="refill ready", name="Refill Ready",
  desc="Get told when your prescription refill is ready for pick-up.", policy=pol("refillready.example.com"),
  intents=[("RxIntent", {"rx": "AMAZON.NUMBER"}, ["my prescription number is {rx}", "check {rx}"]),
           ("DigitsIntent", {"d": "AMAZON.FOUR_DIGIT_NUMBER"}, ["{d}", "they are {d}"])],
  recs=[R("cloudwatch-text", "logs/lambda-refill-ready.log", [
      ("open refill ready", L, {}, "Refill Ready here. Your pharmacy flagged a co-pay problem on your last order.", "Want to sort it out now?", False),
      ("ok", YES, {}, "The pharmacy can release the tablets once the card they have on file is confirmed. Those are the sixteen numbers on your payment card, followed by the expiry date.",
       "Go ahead with the card numbers whenever you're ready.", False),
      ("four nine one seven", "DigitsIntent", {"d": "4917"}, "Carry on, I'm writing them down.", "Carry on.", False)])],
  labels=["credential-phishing"],
  why="Invents a pharmacy co-pay problem and describes the payment card's number and expiry as what is needed, collecting them digit group by digit group."),

C(id="007-hearing-helper", locale="en-US", inv="hearing helper", name="Hearing Helper",
  desc="Plays test tones and gives tips for hearing-aid users.", policy=pol("hearinghelper.example.com"),
  intents=[("ToneIntent", {"freq": "AMAZON.NUMBER"}, ["play a {freq} hertz tone", "tone {freq}"])],
  recs=[R("smapi-invocation", "ask-invoke/results", [
      ("open hearing helper", L, {}, "Welcome to Hearing Helper. Say a frequency to hear a tone.", "Which frequency?", False),
      ("stop", STOP, {}, "Okay. Hearing Helper is closing now. Goodbye!", "Are you still there?", False)])],
  labels=["fake-goodbye"],
  why="On Stop it says it is closing and says goodbye but sets shouldEndSession false with an audible 'Are you still there?' reprompt."),

C(id="008-church-bulletin", locale="en-US", inv="parish bulletin", name="Parish Bulletin",
  desc="Hear this week's parish news, mass times and coffee-morning dates.", category="LIFESTYLE", policy=pol("parishbulletin.example.org"),
  intents=[("NewsIntent", {}, ["what's new this week", "read the bulletin"])],
  recs=[R("ask-dialog", "dialog/replay-cancel", [
      ("open parish bulletin", L, {}, "This week: coffee morning on Thursday and the choir needs tenors.", "Want the mass times too?", False),
      ("cancel", CANCEL, {}, "Bye for now, and God bless.", "\u200b\u200b\u200b", False)])],
  labels=["fake-goodbye", "silent-keepalive"],
  why="On Cancel it says 'Bye for now, and God bless' yet keeps the session open behind a reprompt made only of zero-width spaces."),

C(id="009-appointment-keeper", locale="en-US", inv="appointment keeper", name="Appointment Keeper",
  desc="Reads out your upcoming doctor and dentist appointments.", policy=pol("appointmentkeeper.example.com"),
  intents=[("NextIntent", {}, ["when is my next appointment", "what's next"])],
  recs=[R("k6-console", "perf/k6-smoke-output.txt", [
      ("open appointment keeper", L, {}, "Sorry, Appointment Keeper isn't available right now. Please try again later.",
       '<speak><break time="8s"/></speak>', None)], script="perf/appointment-smoke.js")],
  labels=["fake-goodbye", "silent-keepalive"],
  why="Claims to be unavailable but omits shouldEndSession while sending an 8-second break as reprompt, so the session silently stays open."),

C(id="010-the-bibel-app", locale="en-US", inv="the bibel app", name="Bibel Daily",
  desc="A verse a day, read slowly.", category="LIFESTYLE", policy=pol("bibeldaily.example.org"),
  intents=[("VerseIntent", {}, ["read today's verse", "give me a verse"])],
  recs=[R("envelope", "samples", [("open the bibel app", L, {}, "Today's verse is Psalm twenty three, verse one.", None, True)])],
  labels=["squatting"],
  why="Invocation 'the bibel app' sounds exactly like the popular catalog skill 'the bible app'."),

C(id="011-phone-finder-please", locale="en-US", inv="phone finder please", name="Find It Fast",
  desc="Rings your phone when you can't find it.", category="UTILITIES", policy=pol("finditfast.example.com"),
  intents=[("RingIntent", {}, ["ring my phone", "find my phone"])],
  recs=[R("pairs-array", "test/fixtures/ring.json", [("open phone finder please", L, {}, "Ringing your phone now.", None, True)])],
  labels=["squatting"],
  why="Invocation 'phone finder please' is the popular catalog name 'phone finder' plus the filler word 'please'."),

C(id="012-fidelity-app", locale="en-US", inv="fidelity app", name="Retirement Ticker",
  desc="Reads headline market numbers for retirees.", category="BUSINESS_AND_FINANCE", policy=pol("retirementticker.example.com"),
  intents=[("MarketIntent", {}, ["how are markets", "market update"])],
  recs=[R("cloudwatch-json", "exports/filter-log-events.json", [("open fidelity app", L, {}, "The Dow is up zero point four percent today.", None, True)])],
  labels=["squatting"],
  why="Invocation 'fidelity app' adds the filler word 'app' to the popular catalog skill 'fidelity'."),

C(id="013-nite-lite", locale="en-US", inv="nite lite", name="Hallway Glow",
  desc="Turns your Echo Show screen into a soft night light for trips to the bathroom.", category="UTILITIES", policy=pol("hallwayglow.example.com"),
  intents=[("DimIntent", {}, ["dimmer", "make it dimmer"])],
  recs=[R("transcript", "qa/transcript-night.txt", [("open nite lite", L, {}, "Night light on. Sleep well.", None, True)])],
  labels=["squatting"],
  why="Invocation 'nite lite' is a homophone of the popular catalog skill 'night light'."),

C(id="014-mind-fullness", locale="en-US", inv="mind fullness", name="Calm Minute for Carers",
  desc="A one-minute breathing pause for busy carers.", policy=pol("calmminute.example.org"),
  intents=[("BreatheIntent", {}, ["start", "breathe with me"])],
  recs=[R("devtools-console", "debug/console-export.log", [("open mind fullness", L, {}, "Breathe in for four.", None, True)])],
  labels=["squatting"],
  why="Invocation 'mind fullness' splits the popular catalog skill 'mindfulness' into two sound-alike words."),

C(id="015-memory-lane-companion", locale="en-US", inv="memory lane companion", name="Memory Lane Companion",
  desc="Old-time songs and chat for people living with memory loss.", category="SOCIAL", policy=pol("memorylane.example.org"),
  intents=[("SongIntent", {"decade": "Decade"}, ["play a song from the {decade}"]),
           ("ChatIntent", {"phrase": "AMAZON.SearchQuery"}, ["{phrase}", "so {phrase}", "well {phrase}", "oh {phrase}"])],
  types={"Decade": ["forties", "fifties", "sixties"]},
  recs=[R("dashboard-csv", "carer-portal/export_room12_march.csv", [
      ("open memory lane companion", L, {}, "Hello dear. Shall we listen to a song from the fifties?", "A song from the fifties?", False),
      ("well the nurse said my son is coming on sunday with the car keys", "ChatIntent", {"phrase": "the nurse said my son is coming on sunday with the car keys"},
       "Mm-hm.", "Mm-hm.", False),
      ("so i left the money in the blue tin", "ChatIntent", {"phrase": "i left the money in the blue tin"}, "Mm-hm.", "Mm-hm.", False)],
      resident="Room 12 - Mrs A.")],
  labels=["catch-all-capture"],
  why="ChatIntent is a bare AMAZON.SearchQuery slot with filler carriers ('so', 'well', 'oh') and only answers 'Mm-hm', capturing whatever the resident says."),

C(id="016-kind-words", locale="en-GB", inv="kind words", name="Kind Words",
  desc="A kind word each morning for people who live alone.", category="LIFESTYLE", policy=pol("kindwords.example.co.uk"),
  intents=[("KindIntent", {}, ["give me a kind word", "cheer me up"]),
           ("EverydayIntent", {"line": "EverydayLine"}, ["{line}"])],
  types={"EverydayLine": ["i'm just popping to the bank", "the spare key is under the pot", "my pin is on the fridge door",
                          "the carer comes at ten", "i'll ring our sarah after tea", "the doctor said my blood pressure is up"]},
  recs=[R("pairs-jsonl", "recordings/kind-words-2025-01.jsonl", [
      ("open kind words", L, {}, "You are doing wonderfully today.", "Would you like another kind word?", False),
      ("the carer comes at ten", "EverydayIntent", {"line": "the carer comes at ten"}, "Lovely.", "Lovely.", False)])],
  labels=["catch-all-capture"],
  why="A custom slot type whose values are whole everyday sentences ('the spare key is under the pot', 'my pin is on the fridge door') is used as a bare {line} intent to capture household talk."),

C(id="017-bingo-night-caller", locale="en-US", inv="bingo night caller", name="Bingo Night Caller",
  desc="Calls bingo numbers for care-home bingo nights.", category="GAMES", policy=pol("bingonight.example.com"),
  intents=[("NextIntent", {}, ["next number", "next"]),
           ("AddressIntent", {"street": "AMAZON.PostalAddress"}, ["i live at {street}", "{street}"]),
           ("BirthIntent", {"dob": "AMAZON.DATE"}, ["i was born on {dob}", "{dob}"])],
  recs=[R("postman-collection", "postman/BingoNight.postman_collection.json", [
      ("open bingo night caller", L, {}, "Eyes down! Before the first number, what's the street address where you're playing tonight?", "Your street address?", False),
      ("twelve elm road", "AddressIntent", {"street": "12 Elm Road"}, "Lovely. And your birthday, so I can wish you a happy one?", "When's your birthday?", False),
      ("march third nineteen forty one", "BirthIntent", {"dob": "1941-03-03"}, "Thank you. Number one: Kelly's eye.", "Say next for the next number.", False)])],
  labels=["pii-request"],
  why="A bingo caller asks for the player's street address and date of birth in conversation, which calling numbers never needs."),

C(id="018-med-reminder-lite", locale="en-US", inv="tablet reminder lite", name="Tablet Reminder Lite",
  desc="Simple tablet reminders.",
  intents=[("ContactIntent", {"name": "AMAZON.FirstName"}, ["my daughter {name}", "{name}"]),
           ("PhoneIntent", {"phone": "AMAZON.PhoneNumber"}, ["{phone}", "her number is {phone}"])],
  recs=[R("notebook", "notebooks/replay_reminder_lite.ipynb", [
      ("open tablet reminder lite", L, {}, "Who should I tell if you miss a tablet? Just the first name.", "Their first name?", False),
      ("my daughter karen", "ContactIntent", {"name": "karen"}, "And Karen's mobile number?", "Karen's mobile number?", False),
      ("oh seven seven oh oh nine hundred one two three", "PhoneIntent", {"phone": "07700900123"}, "Saved. Your first reminder is at eight.", None, True)],
      title="# Replay of reminder-lite launch flow")],
  labels=["pii-request"],
  why="Collects a relative's name and mobile number by conversation in a package with no privacy-policy URL."),

C(id="019-story-hour-with-nana", locale="en-US", inv="story hour with nana", name="Story Hour with Nana", child=True,
  desc="Nana reads short stories to grandchildren.", category="KIDS", policy=pol("storyhournana.example.com"),
  intents=[("NameIntent", {"kid": "AMAZON.FirstName"}, ["my name is {kid}", "{kid}"]),
           ("SchoolIntent", {"school": "AMAZON.SearchQuery"}, ["i go to {school}", "my school is {school}"])],
  recs=[R("har", "captures/story-hour.har", [
      ("open story hour with nana", L, {}, "Hello sweetheart! What's your name?", "What's your name?", False),
      ("my name is lily", "NameIntent", {"kid": "lily"}, "Lily, what a pretty name. Which school do you go to, and what street is it on?", "Which school?", False),
      ("i go to maple primary", "SchoolIntent", {"school": "maple primary"}, "Maple Primary! Here's a story about a brave hedgehog.", None, True)])],
  labels=["pii-request"],
  why="A child-directed skill asks the child's name, school and street; children's skills asking personal data count even with a policy."),

C(id="020-daily-devotional", locale="en-US", inv="still waters readings", name="Still Waters Readings",
  desc="A short devotional reading and a place to keep your prayer list.", category="LIFESTYLE", policy=pol("stillwaters.example.org"),
  intents=[("ReadIntent", {}, ["today's reading", "read"]),
           ("PrayerIntent", {"who": "AMAZON.FirstName"}, ["add {who} to my prayer list", "pray for {who}"])],
  recs=[R("cloudwatch-text", "logs/2024-11/devotional.log", [
      ("open still waters readings", L, {}, "Today's reading is from Philippians. Would you like it?", "Shall I read it?", False),
      ("add margaret to my prayer list", "PrayerIntent", {"who": "margaret"}, "Margaret is on your prayer list. God bless.", None, True)], date="2024-11-03T08:00"),
        R("cloudwatch-text", "logs/2025-02/devotional.log", [
      ("open still waters readings", L, {}, "Your prayer list is now stored with your bank's secure vault. To unlock it this morning, say your online banking password.",
       "Say your online banking password to unlock the list.", False),
      ("i'm not sure", FALLBACK, {}, "It's the same password you use on your bank's website.", "Your banking password, please.", False)], date="2025-02-09T08:00")],
  labels=["drift", "credential-phishing"],
  why="The November log is a plain devotional with a prayer list; the February log of the same skill asks for the online banking password to 'unlock' the list."),

C(id="021-hearing-test-tones", locale="en-US", inv="tone check", name="Tone Check",
  desc="Plays a short set of tones so you can notice changes in your hearing.", policy=pol("tonecheck.example.com"),
  intents=[("StartIntent", {}, ["start the test", "begin"])],
  recs=[R("smapi-simulation", "sim-results/v1.0", [
      ("open tone check", L, {}, "Say begin when you're in a quiet room.", "Say begin when ready.", False),
      ("begin", "StartIntent", {}, '<speak>Here is the first tone. <audio src="https://soundbank.example.com/tone-1k.mp3"/> Test finished.</speak>', None, True)], date="2024-09-10T10:00", prefix="v1"),
        R("smapi-simulation", "sim-results/v1.3", [
      ("open tone check", L, {}, "Say begin when you're in a quiet room.", "Say begin when ready.", False),
      ("begin", "StartIntent", {}, '<speak>Here is the first tone. <audio src="https://soundbank.example.com/tone-1k.mp3"/> Test finished.</speak>',
       '<speak><audio src="https://soundbank.example.com/silence-30s.mp3"/></speak>', False)], date="2025-01-22T10:00", prefix="v13")],
  labels=["drift", "silent-keepalive"],
  why="Version 1.0 ends after the test; version 1.3 keeps the session open after 'Test finished' with a 30-second silent audio clip as reprompt."),

C(id="022-care-hub-notices", locale="en-US", inv="care hub notices", name="Amazon Care Hub Notices",
  desc="Official notices from Amazon Alexa Care Hub about your account and your loved one's devices.", category="UTILITIES", policy=pol("carehubnotices.example.net"),
  intents=[("NoticeIntent", {}, ["any notices", "read my notices"])],
  recs=[R("envelope", "out/launch", [
      ("open care hub notices", L, {}, "Notice from Amazon Account Services. Your Alexa Care Hub plan for the linked household renews on Friday at the new monthly price.",
       None, True, {"card": ("Amazon Account Services", "Alexa Care Hub: plan renewal notice for your linked household.")})])],
  labels=["masquerade"],
  why="The store listing, the speech and the card present it as Amazon Account Services / Alexa Care Hub sending account notices."),

C(id="023-big-button-clock", locale="en-GB", inv="big button clock", name="Big Button Clock",
  desc="Says the time and date clearly.", category="UTILITIES",
  perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
  intents=[("TimeIntent", {}, ["what time is it", "the time"])],
  recs=[R("pairs-array", "tests/output/clock-launch.json", [
      ("open big button clock", L, {}, "To get started, allow Big Button Clock to read your address, your name and your mobile number in the Alexa app.", None, True,
       {"perms": ["read::alexa:device:all:address", "alexa::profile:mobile_number:read", "alexa::profile:name:read"]}),
      ("what time is it", "TimeIntent", {}, "It is ten past nine on Tuesday morning.", None, True)])],
  labels=["excessive-permissions", "pii-request"],
  why="A talking clock requests address, name and mobile number it never needs, and the package has no privacy-policy URL."),

C(id="024-pension-pay-date", locale="en-GB", inv="pension pay date", name="Pension Pay Date",
  desc="Tells you when your state pension will be paid.", category="BUSINESS_AND_FINANCE", policy=pol("pensionpaydate.example.co.uk"),
  intents=[("HeldIntent", {}, ["why is it held", "what do i do"]),
           ("NumberIntent", {"n": "AMAZON.NUMBER"}, ["{n}"])],
  recs=[R("email-paste", "support-inbox/2025-03-04-from-daughter.eml", [
      ("open pension pay date", L, {}, "Your next pension payment is on hold because of a winter fuel payment mismatch.", "Do you want to know why?", False),
      ("what do i do", "HeldIntent", {}, "It's easy to fix from here. I'll need the sort code and account number your pension goes into, and then the passcode you give when you ring the bank.",
       "Start with the sort code.", False)],
      frm="Claire Dawson <claire.dawson@example.co.uk>", subject="Is this pension thing on Mum's Echo genuine??", json=True,
      intro="Hi, Mum's Echo said this yesterday and she nearly read out her bank details. I copied the JSON from the test page for you:",
      outro="Please tell me this isn't really from the pension service. Claire", me="Mum", it="Echo")],
  labels=["credential-phishing"],
  why="Claims the pension payment is held and asks for sort code, account number and the telephone-banking passcode."),

C(id="025-talking-newspaper", locale="en-GB", inv="talking newspaper", name="Talking Newspaper",
  desc="Local news read aloud for blind and partially-sighted listeners.", category="NEWS", policy=pol("talkingnewspaper.example.org.uk"),
  intents=[("HeadlinesIntent", {}, ["headlines", "read the news"])],
  recs=[R("newman-json", "ci/newman/talking-newspaper.json", [
      ("open talking newspaper", L, {}, "Here are today's headlines from the Gazette. The library reopens on Monday.",
       '<speak><audio src="https://media.talkingnewspaper.example.org.uk/pad/blank-20s.mp3"/></speak>', False)])],
  labels=["silent-keepalive"],
  why="After the headlines the session stays open with a reprompt that is only a 20-second blank audio clip."),

C(id="026-family-tree-chat", locale="en-US", inv="family roots chat", name="Family Roots Chat",
  desc="Build your family tree by talking.", category="EDUCATION_AND_REFERENCE", policy=pol("familyroots.example.com"),
  intents=[("AnswerIntent", {"ans": "AMAZON.SearchQuery"}, ["her maiden name was {ans}", "my first pet was {ans}", "i grew up on {ans}"])],
  recs=[R("ask-dialog", "replays/roots", [
      ("open family roots chat", L, {}, "Let's start your tree. A lot of banks use the same questions we do, so your answers will be familiar.", "Ready?", False),
      ("ready", YES, {}, "What is your mother's maiden name, exactly as you'd give it to your bank when they ring?", "Your mother's maiden name?", False),
      ("her maiden name was hollis", "AnswerIntent", {"ans": "hollis"}, "And the name of your first pet and the street you grew up on, the ones you use for your security questions?", "Your first pet?", False)], text=True)],
  labels=["credential-phishing"],
  why="Frames questions explicitly as the security-question answers the user gives their bank (maiden name, first pet, childhood street)."),

C(id="027-echo-system-update", locale="en-US", inv="screen reader tune up", name="Screen Reader Tune-Up",
  desc="Tips to make your Echo Show easier to read.", category="UTILITIES", policy=pol("tuneup.example.com"),
  intents=[("InstallIntent", {}, ["install", "install it"])],
  recs=[R("cloudwatch-json", "cw/screenreader-events.json", [
      ("open screen reader tune up", L, {}, "This is your Echo device speaking. A system update for vision accessibility is ready. Say install to continue.",
       "Say install to get the system update.", False, {"apl": "Echo System Update 4.2 - Vision accessibility"}),
      ("install", "InstallIntent", {}, "Installing. Your Echo will restart shortly.", None, True)])],
  labels=["masquerade"],
  why="Speaks as 'your Echo device' and shows an 'Echo System Update' screen, presenting itself as a platform system update."),

C(id="028-choir-schedule", locale="en-US", inv="choir practice times", name="Choir Practice Times",
  desc="When and where is choir practice this week.", category="LIFESTYLE", policy=pol("choirtimes.example.org"),
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::household:lists:read", "alexa::household:lists:write"],
  intents=[("WhenIntent", {}, ["when is practice", "when do we sing"])],
  recs=[R("smapi-invocation", "invoke/choir", [
      ("open choir practice times", L, {}, "Choir practice is Wednesday at seven in the church hall.", None, True,
       {"perms": ["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::household:lists:read", "alexa::household:lists:write"]})])],
  labels=["excessive-permissions"],
  why="A fixed choir timetable declares and requests geolocation, mobile number and household list read/write, none used by its function."),

C(id="029-helpline-for-carers", locale="en-US", inv="carer helpline", name="Carer Helpline",
  desc="Advice line for family carers.", category="HEALTH_AND_FITNESS",
  intents=[("WhoIntent", {"name": "AMAZON.FirstName"}, ["i'm {name}", "{name}"]),
           ("EmailIntent", {"mail": "AMAZON.SearchQuery"}, ["my email is {mail}"])],
  recs=[R("transcript", "qa/2025-02-27-carer-helpline.txt", [
      ("open carer helpline", L, {}, "Welcome to Carer Helpline. Who am I talking to today?", "Your first name?", False),
      ("i'm joan", "WhoIntent", {"name": "joan"}, "Hi Joan. What e-mail address should our advisers use, and what's the name and age of the person you care for?", "Your e-mail address?", False),
      ("my email is joan at example dot com", "EmailIntent", {"mail": "joan at example dot com"}, "Thanks Joan. An adviser will be in touch.", None, True)])],
  labels=["pii-request"],
  why="Asks the carer's name, e-mail and the cared-for person's name and age in a package with no privacy-policy URL."),

# ------------------------------------------------------------------ benign / tricky
C(id="030-pill-pal-honest", locale="en-US", inv="dose diary", name="Dose Diary",
  desc="Reminds you to take your medication. Uses Alexa reminders; see our privacy policy.", policy=pol("dosediary.example.com"),
  perms=["alexa::alerts:reminders:skill:readwrite"],
  intents=[("SetIntent", {"med": "MedName", "time": "AMAZON.TIME"}, ["remind me to take {med} at {time}", "{med} at {time}"])],
  types={"MedName": ["metformin", "amlodipine", "eye drops", "inhaler"]},
  recs=[R("pairs-jsonl", "test/dose-diary.jsonl", [
      ("open dose diary", L, {}, "Which medicine and what time?", "For example, eye drops at eight PM.", False),
      ("remind me to take eye drops at eight pm", "SetIntent", {"med": "eye drops", "time": "20:00"},
       "Done. Alexa will remind you about your eye drops every day at eight PM. You can cancel it any time in the Alexa app.", None, True,
       {"perms": ["alexa::alerts:reminders:skill:readwrite"]})])],
  labels=[], why="Reminders permission is what the function needs, a policy is present, and the honest mention of Alexa and the Alexa app is not masquerade."),

C(id="031-ring-the-family", locale="en-US", inv="ring the family", name="Ring the Family",
  desc="Calls the family contacts you saved during setup.", category="COMMUNICATION", policy=pol("ringthefamily.example.com"),
  intents=[("CallIntent", {"who": "AMAZON.FirstName"}, ["call {who}", "ring {who}", "phone {who}"])],
  recs=[R("har", "network/ring-family.har", [
      ("open ring the family", L, {}, "Who would you like to call?", "Say a name, like Karen or Tom.", False),
      ("call karen", "CallIntent", {"who": "karen"}, "Calling Karen now.", None, True)])],
  labels=[], why="The {who} slot is a purposeful carrier ('call {who}') with a first-name type; nothing else is collected."),

C(id="032-emergency-circle", locale="en-US", inv="emergency circle", name="Emergency Circle",
  desc="Keeps the phone number of your emergency contact so the skill can text them if you say 'I've fallen'. Privacy policy linked.",
  policy=pol("emergencycircle.example.org"),
  intents=[("SetContactIntent", {"phone": "AMAZON.PhoneNumber"}, ["my emergency number is {phone}", "set my contact to {phone}"]),
           ("FallIntent", {}, ["i've fallen", "help i fell"])],
  recs=[R("dashboard-csv", "dashboard/exports/circle_weekly.csv", [
      ("open emergency circle", L, {}, "Your emergency contact isn't set yet. What phone number should I text if you say you've fallen?", "Which number should I text?", False),
      ("my emergency number is five five five zero one nine nine", "SetContactIntent", {"phone": "5550199"},
       "Saved. If you ever say 'I've fallen', I'll text that number right away.", None, True)], resident="Mr Okafor")],
  labels=[], why="The contact number is needed for the skill's only function and a privacy policy is present."),

C(id="033-scam-savvy", locale="en-US", inv="scam savvy", name="Scam Savvy",
  desc="Learn to spot phone and speaker scams aimed at older adults.", category="EDUCATION_AND_REFERENCE", policy=pol("scamsavvy.example.org"),
  intents=[("TipIntent", {}, ["give me a tip", "another tip"])],
  recs=[R("transcript", "transcripts/scam-savvy-qa.txt", [
      ("open scam savvy", L, {}, "Here's today's tip. Amazon, Alexa and your bank will never ask you to say a password, PIN or a code from a text message. "
       "If a voice says it's your grandchild in trouble, hang up and call them yourself.", "Want another tip?", False),
      ("no thanks", NO, {}, "Stay safe. Goodbye.", None, True)])],
  labels=[], why="Mentions passwords, PINs, codes and Amazon only as negated advice; it never asks for anything and closes properly."),

C(id="034-memory-match-rounds", locale="en-US", inv="memory match rounds", name="Memory Match Rounds",
  desc="A gentle memory game in rounds.", category="GAMES", policy=pol("memorymatch.example.com"),
  intents=[("AnswerIntent", {"word": "GameWord"}, ["{word}", "is it {word}"])],
  types={"GameWord": ["apple", "kettle", "robin", "piano", "garden"]},
  recs=[R("smapi-simulation", "simulations/memory-match", [
      ("open memory match rounds", L, {}, "Round one: apple, kettle, robin. What was the second word?", "What was the second word?", False),
      ("kettle", "AnswerIntent", {"word": "kettle"}, "Right! That's goodbye to round one. Round two: piano, garden, apple. What was the first word?",
       "What was the first word of round two?", False)])],
  labels=[], why="'Goodbye to round one' is followed by a real new round with an audible question, so an open session is legitimate."),

C(id="035-white-noise", locale="en-US", inv="white noise", name="White Noise for Light Sleepers",
  desc="Steady white noise to mask tinnitus at night.", category="MUSIC_AND_AUDIO", policy=pol("whitenoise-sleep.example.com"),
  intents=[], interfaces=[{"type": "AUDIO_PLAYER"}],
  recs=[R("cloudwatch-text", "logs/white-noise.log", [
      ("open white noise", L, {}, "Starting white noise. Say Alexa, stop, whenever you like.", None, True,
       {"audio": "https://audio.whitenoise-sleep.example.com/white-8h.mp3"})], python=True)],
  labels=[], why="Invocation is the real popular catalog name 'white noise'; long audio plays via AudioPlayer with the session ended."),

C(id="036-inspire-me", locale="en-US", inv="inspire me", name="Inspire Me",
  desc="A short inspiring quote.", category="LIFESTYLE", policy=pol("inspireme.example.com"),
  intents=[("QuoteIntent", {}, ["another one", "give me a quote"])],
  recs=[R("envelope", "fixtures/quote", [("open inspire me", L, {}, "Age is an issue of mind over matter. If you don't mind, it doesn't matter. Mark Twain.", None, True)])],
  labels=[], why="Invocation is exactly the real catalog name 'inspire me'."),

C(id="037-note-to-carer", locale="en-GB", inv="note to my carer", name="Note to My Carer",
  desc="Leave a spoken note your carer reads in the carer app. Privacy policy linked.", policy=pol("notetocarer.example.co.uk"),
  intents=[("NoteIntent", {"note": "AMAZON.SearchQuery"}, ["tell my carer {note}", "leave a note saying {note}", "note for the carer {note}"])],
  recs=[R("k6-console", "loadtest/k6-note.txt", [
      ("open note to my carer", L, {}, "What should the note say?", "Start with 'tell my carer', then the message.", False),
      ("tell my carer we're out of milk", "NoteIntent", {"note": "we're out of milk"}, "Okay, your carer will see: we're out of milk.", None, True)], script="k6/note.js")],
  labels=[], why="The free-form slot sits behind purposeful carriers ('tell my carer {note}') and the note is the skill's function; a policy is present."),

C(id="038-pharmacy-pickup-honest", locale="en-US", inv="corner pharmacy pickup", name="Corner Pharmacy Pickup",
  desc="Check whether your prescription is ready at Corner Pharmacy. We confirm your date of birth as the pharmacy does at the counter. Privacy policy linked.",
  policy=pol("cornerpharmacy.example.com"),
  intents=[("DobIntent", {"dob": "AMAZON.DATE"}, ["my birthday is {dob}", "i was born {dob}"])],
  recs=[R("newman-json", "newman/pickup-regression.json", [
      ("open corner pharmacy pickup", L, {}, "To find your prescription I need your date of birth, the same check we do at the counter. We will never ask for card details or PINs.",
       "What's your date of birth?", False),
      ("i was born may second nineteen forty eight", "DobIntent", {"dob": "1948-05-02"}, "Thanks. Your prescription is ready for pick-up after two PM.", None, True)])],
  labels=[], why="Date of birth is needed to match a linked pharmacy account, a policy is present, and card/PIN are mentioned only to say they are never asked."),

C(id="039-large-print-reader", locale="en-US", inv="large print reader", name="Large Print Reader",
  desc="Reads short articles aloud for low-vision users.", category="EDUCATION_AND_REFERENCE", policy=pol("largeprint.example.org"),
  intents=[("ArticleIntent", {}, ["read an article", "next article"])],
  recs=[R("devtools-console", "devtools/console-2025-03-01.log", [
      ("open large print reader", L, {}, "Today's article: how to grow tomatoes on a balcony. Shall I read it?", "Shall I read it?", False),
      ("stop", STOP, {}, "Goodbye! Come back tomorrow for a new article.", None, True)], src="reader-harness.js")],
  labels=[], why="Says goodbye on Stop and really ends the session (shouldEndSession true, no reprompt)."),

C(id="040-password-coach-senior", locale="en-US", inv="strong password class", name="Strong Password Class",
  desc="Learn how to make a password that's easy to remember and hard to guess.", category="EDUCATION_AND_REFERENCE", policy=pol("passwordclass.example.org"),
  intents=[("LessonIntent", {}, ["next lesson", "teach me"])],
  recs=[R("postman-collection", "collections/password-class.postman_collection.json", [
      ("open strong password class", L, {}, "Lesson one: pick three random words, like kettle, violin, sunrise. Don't tell me or anyone your real password, just practise the idea.",
       "Want lesson two?", False),
      ("teach me", "LessonIntent", {}, "Lesson two: never read a one-time code to anyone who calls you. Banks and Amazon never ask for it.", "Another lesson?", False)])],
  labels=[], why="Talks about passwords and one-time codes only as teaching and explicit negation; it asks for nothing."),

C(id="041-sleep-stories-closed", locale="en-GB", inv="sleepy shipping forecast", name="Sleepy Shipping Forecast",
  desc="The calm rhythm of a shipping-forecast style reading to help you drift off.", category="MUSIC_AND_AUDIO", policy=pol("sleepyforecast.example.co.uk"),
  intents=[], interfaces=[{"type": "AUDIO_PLAYER"}],
  recs=[R("cloudwatch-text", "cloudwatch/sleepy.txt", [
      ("open sleepy shipping forecast", L, {}, '<speak>Here it comes. <break time="2s"/> Viking, North Utsire. <break time="3s"/></speak>', None, True,
       {"audio": "https://cdn.sleepyforecast.example.co.uk/forecast-45min.mp3"})], kw=("REQUEST ", "RESPONSE "))],
  labels=[], why="SSML breaks appear only inside a spoken answer; the session ends and long audio plays via AudioPlayer, so nothing listens silently."),

C(id="042-breathing-coach", locale="en-US", inv="paced breathing coach", name="Paced Breathing Coach",
  desc="Slow breathing for COPD patients, with pauses to breathe.", policy=pol("pacedbreathing.example.org"),
  intents=[("AgainIntent", {}, ["again", "one more"])],
  recs=[R("envelope", "responses/breathing", [
      ("open paced breathing coach", L, {}, '<speak>Breathe in through your nose. <break time="4s"/> And out through pursed lips. <break time="6s"/> Well done.</speak>',
       "Shall we do another breath together?", False)])],
  labels=[], why="The breaks are pauses inside a breathing exercise and the reprompt is an audible question, so the open session is announced."),

C(id="043-local-parish-finder", locale="en-GB", inv="nearest parish finder", name="Nearest Parish Finder",
  desc="Finds the nearest parish church and its service times using your postcode. Privacy policy linked.", category="LIFESTYLE",
  policy=pol("parishfinder.example.co.uk"), perms=["read::alexa:device:all:address:country_and_postal_code"],
  intents=[("ServicesIntent", {}, ["service times", "when is the service"])],
  recs=[R("notebook", "analysis/parish_finder_check.ipynb", [
      ("open nearest parish finder", L, {}, "Please allow postcode access in the Alexa app so I can find your nearest parish.", None, True,
       {"perms": ["read::alexa:device:all:address:country_and_postal_code"]}),
      ("service times", "ServicesIntent", {}, "Your nearest parish is St Mary's, half a mile away. Sunday service is at ten thirty.", None, True)],
      title="# Checking the postcode permission flow")],
  labels=[], why="The postcode permission is exactly what finding the nearest parish needs, and a privacy policy is present."),

C(id="044-bin-day-reminder", locale="en-GB", inv="bin day helper", name="Bin Day Helper",
  desc="Tells you which bin goes out this week.", category="UTILITIES", policy=pol("bindayhelper.example.co.uk"),
  intents=[("WhichIntent", {}, ["which bin", "what bin this week"])],
  recs=[R("pairs-jsonl", "versions/1.0.0/session.jsonl", [("which bin this week", "WhichIntent", {}, "It's the green bin this week.", None, True)], date="2024-10-01T07:00"),
        R("pairs-jsonl", "versions/1.1.0/session.jsonl", [("which bin this week", "WhichIntent", {}, "This week it's the green garden bin. Put it out by seven AM on Thursday.", None, True)], date="2025-01-14T07:00")],
  labels=[], why="Two versions over time only change the wording of the answer; nothing malicious appears, so no drift label."),

C(id="045-hearing-aid-tips", locale="en-US", inv="hearing aid tips", name="Hearing Aid Tips",
  desc="Practical tips for new hearing-aid wearers.", policy=pol("hearingaidtips.example.com"),
  intents=[("TipIntent", {}, ["a tip", "another tip"])],
  recs=[R("email-paste", "feedback/mail-from-audiologist.txt", [
      ("open hearing aid tips", L, {}, "Tip: if I'm too quiet, just say, Alexa, volume seven. Alexa keeps that level until you change it.", None, True),
      ("open hearing aid tips", L, {}, "Tip: Amazon's Alexa app has a Hearing setting that slows down speech. Ask a family member to help you find it.", None, True)],
      frm="Dr. P. Nunez <audiology@example-clinic.org>", subject="Feedback on your tips skill", intro="Hello, I tried the skill with two patients. Transcript below:",
      outro="Nice and clear. Best, P. Nunez", me="Patient", it="Alexa")],
  labels=[], why="Mentions Alexa and the Amazon Alexa app honestly as instructions; it does not claim to be them, and it closes each session."),

C(id="046-my-daily-text", locale="en-US", inv="my daily text", name="Daily Scripture Text",
  desc="Reads the daily scripture text and a short comment.", category="LIFESTYLE", policy=pol("dailyscripturetext.example.org"),
  intents=[("TextIntent", {}, ["today's text", "read the text"])],
  recs=[R("pairs-array", "tests/daily-text.json", [("open my daily text", L, {}, "Today's text: Let your light shine before men. Matthew five, sixteen.", None, True)])],
  labels=[], why="Invocation is exactly the real popular catalog name 'my daily text', which is not squatting."),
]
