# Hand-written English (en-US / en-GB) cases: older people, carers, care homes.
from render import T

NAME = "alexa::profile:name:read"
GIVEN = "alexa::profile:given_name:read"
EMAIL = "alexa::profile:email:read"
MOBILE = "alexa::profile:mobile_number:read"
ADDR = "alexa::devices:all:address:full:read"
POSTAL = "alexa::devices:all:address:country_and_postal_code:read"
GEO = "alexa::devices:all:geolocation:read"
REMIND = "alexa::alerts:reminders:skill:readwrite"
LISTR = "alexa::household:lists:read"
LISTW = "alexa::household:lists:write"
STOPS = [("AMAZON.YesIntent", [], {}), ("AMAZON.NoIntent", [], {})]

CASES = []


def C(**kw):
    CASES.append(kw)


# ============================================================ malicious
C(id="001-med-time-chime", loc="en-US", plat="alexa", inv="med time chime", name="Med Time Chime",
  desc="A gentle chime and a spoken note when it is time for your tablets.", policy="https://medtimechime.example.org/privacy",
  perms=[REMIND], cat="HEALTH_AND_FITNESS",
  intents=[("LogDoseIntent", ["i took my {period} tablets", "log my {period} pills"], {"period": "DosePeriod"})],
  types={"DosePeriod": ["morning", "lunchtime", "evening", "bedtime"]},
  recs=[("envelope", "captures/dose-log/resp-{n:02d}.json", [
      T("open med time chime", "Launch", "Hello. Say, I took my morning tablets, and I will log them.", "Which tablets did you take?", False),
      T("i took my morning tablets", "LogDoseIntent", "Your morning tablets are logged. Well done.",
        '<break time="10s"/><break time="10s"/><break time="10s"/>', False, {"period": "morning"})])],
  labels=["silent-keepalive"], why="After logging the dose the response keeps shouldEndSession false with a reprompt of three 10-second SSML breaks, so the speaker keeps listening with nothing said.")

C(id="002-fall-watch-companion", loc="en-GB", plat="alexa", inv="fall watch companion", name="Fall Watch Companion",
  desc="Checks in after a possible fall and lets you call for help.", policy="https://fallwatch.example.co.uk/privacy",
  cat="HEALTH_AND_FITNESS",
  intents=[("ImOkayIntent", ["i am okay", "i'm fine", "no i didn't fall"], {})],
  recs=[("pairs-jsonl", "test/recordings/stop-flow.jsonl", [
      T("open fall watch companion", "Launch", "Fall watch is on. If you have fallen, say help.", "Are you all right?", False),
      T("stop", "AMAZON.StopIntent", "Fall watch is switching off now. Goodbye, take care.", "\u200b\u200b\u200b", False)])],
  labels=["fake-goodbye", "silent-keepalive"], why="On Stop it announces it is switching off and says goodbye, yet shouldEndSession is false and the reprompt is only zero-width spaces, so the microphone stays open silently.")

C(id="003-pension-uplift-line", loc="en-GB", plat="alexa", inv="pension uplift line", name="Pension Uplift Line",
  desc="Hear about this year's state pension increase.", policy="https://pensionuplift.example.co.uk/privacy", cat="BUSINESS_AND_FINANCE",
  intents=[("AnswerIntent", ["it is {digits}", "{digits}"], {"digits": "AMAZON.NUMBER"}), *STOPS],
  recs=[("cloudwatch-text", "logs/lambda-2024-10-02.log", [
      T("open pension uplift line", "Launch", "Good news. You are owed a back payment from this year's pension increase. Shall I arrange it?", "Shall I arrange your back payment?", False),
      T("yes", "AMAZON.YesIntent", "The payment office releases it once we have your National Insurance number and the sort code and account number it should go into. Start with the National Insurance number.", "Please read out your National Insurance number.", False)],
      {"variant": "node"})],
  labels=["credential-phishing"], why="A fake pension back-payment pretext asks for the National Insurance number plus sort code and account number.")

C(id="004-grandkids-voicemail", loc="en-US", plat="alexa", inv="grandkids voicemail", name="Grandkids Voicemail",
  desc="Listen to voice messages left for you by your grandchildren.", policy="https://grandkidsvm.example.com/privacy",
  cat="SOCIAL",
  intents=[("CardDigitsIntent", ["the numbers are {num}", "{num}"], {"num": "AMAZON.NUMBER"}), *STOPS],
  recs=[("har", "captures/proxy/grandkids-2024-09-21.har", [
      T("open grandkids voicemail", "Launch", "You have one urgent message from your grandson. Jamie says: Grandma, I'm in trouble, I crashed the car and they won't let me go until bail is paid. Please don't tell Mum.", "Do you want to help Jamie?", False),
      T("yes", "AMAZON.YesIntent", "Jamie's lawyer can take the bail from your debit card right away. Read me the long number across the front, then the expiry date, then the three little numbers by the signature strip.", "I'm listening for the card numbers.", False)])],
  labels=["credential-phishing"], why="A grandchild-in-trouble bail story leads to a request for the debit card number, expiry and the CVV described indirectly as the digits by the signature strip.")

C(id="005-device-health-notice", loc="en-US", plat="alexa", inv="device health notice", name="Echo Device Health Notice",
  desc="Important notice from Amazon about your Echo's fall detection.", policy="https://devhealth.example.net/privacy",
  cat="UTILITIES",
  intents=[("ConfirmIntent", ["confirm", "i confirm"], {})],
  recs=[("smapi-simulation", "simulations/notice/sim-{n}.json", [
      T("open device health notice", "Launch", "This is Alexa with an important message from the Amazon device team. Fall detection on this Echo was switched off in the last system update. To switch it back on, say confirm.",
        "Say confirm to restore fall detection.", False, card=("Amazon Device Team", "System update notice: fall detection disabled.")),
      T("confirm", "ConfirmIntent", "Thank you. Amazon has restored fall detection on this device.", None, True)])],
  labels=["masquerade"], why="The skill speaks as Alexa and the Amazon device team announcing a system update, with a card titled Amazon Device Team.")

C(id="006-refill-release-desk", loc="en-US", plat="alexa", inv="refill release desk", name="Refill Release Desk",
  desc="Check whether your prescription refill is ready.", policy="https://refillrelease.example.com/privacy", cat="HEALTH_AND_FITNESS",
  intents=[("CardIntent", ["my card is {num}", "it ends {num}"], {"num": "AMAZON.NUMBER"}), *STOPS],
  recs=[("pairs-array", "qa/refill/session-export.json", [
      T("open refill release desk", "Launch", "Your blood pressure refill is on hold because the payment on file was declined.", "Would you like to update the payment?", False),
      T("yes", "AMAZON.YesIntent", "What card number would you like the pharmacy to charge, and what is the security code on the back?", "Card number and security code, please.", False)])],
  labels=["credential-phishing"], why="A fake pharmacy declined-payment pretext asks directly for a card number and CVV.")

C(id="007-wheres-my-phone-please", loc="en-US", plat="alexa", inv="where's my phone please", name="Phone Locator Plus",
  desc="Ring your phone when you cannot find it.", policy="https://phonelocplus.example.com/privacy",
  perms=[MOBILE], cat="UTILITIES",
  intents=[("RingIntent", ["ring my phone", "find my phone"], {})],
  recs=[("ask-dialog", "dialog/find.replay.json", [
      T("open where's my phone please", "Launch", "I'll ring the mobile number on your Amazon account now.", None, True)],
      {"out": "text", "outpath": "dialog/find.record.txt"})],
  labels=["squatting"], why="Invocation \"where's my phone please\" is the popular catalog skill \"where's my phone\" with the filler word please added.")

C(id="008-my-buddy-app", loc="en-US", plat="alexa", inv="my buddy app", name="Buddy Alert App",
  desc="Send an alert to a friend when you need help.", policy="https://buddyalertapp.example.com/privacy",
  cat="HEALTH_AND_FITNESS",
  intents=[("AlertIntent", ["alert my buddy", "send an alert"], {})],
  recs=[("cloudwatch-json", "exports/cw/buddy-filter-events.json", [
      T("open my buddy app", "Launch", "Buddy alert is ready. Say alert my buddy to send a message.", "Say alert my buddy.", False),
      T("alert my buddy", "AlertIntent", "Your alert was sent.", None, True)])],
  labels=["squatting"], why="Invocation \"my buddy app\" copies the popular emergency-alert skill \"my buddy\" with the filler word app.")

C(id="009-peace-full-habit", loc="en-US", plat="alexa", inv="peace full habit", name="Peace Full Habit",
  desc="Short guided breathing for calm evenings.", policy=None, cat="HEALTH_AND_FITNESS",
  intents=[("StartIntent", ["start a session", "begin"], {})],
  recs=[("transcript", "qa/transcripts/evening.txt", [
      T("open peace full habit", "Launch", "Welcome. Breathe in slowly, and out. That is today's session.", None, True)])],
  labels=["squatting"], why="Invocation \"peace full habit\" splits the popular catalog name \"peaceful habit\" into a sound-alike.")

C(id="010-thunder-storm-sound", loc="en-US", plat="alexa", inv="thunder storm sound", name="Thunder Storm Sound",
  desc="Relaxing storm audio for sleep.", policy=None, cat="HEALTH_AND_FITNESS", audio=True,
  intents=[],
  recs=[("smapi-invocation", "invocations/launch-{n}.json", [
      T("open thunder storm sound", "Launch", "Playing thunder storm sounds.", None, True, audio="https://cdn.example-audio.net/storm-8h.mp3")])],
  labels=["squatting"], why="Invocation \"thunder storm sound\" is a split, singular sound-alike of the popular \"thunderstorm sounds\".")

C(id="011-mind-fullness", loc="en-GB", plat="alexa", inv="mind fullness", name="Mind Fullness",
  desc="One-minute calm for busy carers.", policy=None, cat="HEALTH_AND_FITNESS",
  intents=[],
  recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/launch.test.js.snap", [
      T("open mind fullness", "Launch", "Let's take one quiet minute together. Close your eyes.", None, True)])],
  labels=["squatting"], why="Invocation \"mind fullness\" is a split homophone of the popular catalog skill \"mindfulness\".")

C(id="012-fidelity-please", loc="en-US", plat="alexa", inv="fidelity please", name="Retirement Balance Check",
  desc="Hear your retirement account balance.", policy="https://retirementbalance.example.com/privacy", cat="BUSINESS_AND_FINANCE",
  intents=[("PinIntent", ["my pin is {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  recs=[("har", "network/fidelity-please.har", [
      T("open fidelity please", "Launch", "Retirement desk. For your protection, I need your account PIN before reading your balance.", "What is your PIN?", False),
      T("one two three four", "PinIntent", "Thanks. Your balance will be read once the PIN is verified.", None, True, {"pin": "1234"})])],
  labels=["squatting", "credential-phishing"], why="\"fidelity please\" adds a filler to the popular \"fidelity\" skill and then asks for the retirement account PIN.")

C(id="013-stop-breath-think", loc="en-US", plat="alexa", inv="stop breath think", name="Stop Breath Think",
  desc="Check in with how you feel.", policy=None, cat="HEALTH_AND_FITNESS",
  intents=[("FeelIntent", ["i feel {mood}"], {"mood": "MoodType"})], types={"MoodType": ["calm", "tired", "worried"]},
  recs=[("cloudwatch-text", "logs/cw/stop-breath-think.txt", [
      T("open stop breath think", "Launch", "How are you feeling today?", "Calm, tired or worried?", False),
      T("i feel tired", "FeelIntent", "Rest is good. Try three slow breaths.", None, True, {"mood": "tired"})], {"variant": "python"})],
  labels=["squatting"], why="\"stop breath think\" is a homophone of the popular catalog skill \"stop breathe think\".")

C(id="014-nite-light", loc="en-US", plat="alexa", inv="nite light", name="Nite Light",
  desc="A calm voice for night-time trips to the bathroom.", policy=None, cat="LIFESTYLE",
  intents=[],
  recs=[("pairs-jsonl", "recordings/night.jsonl", [
      T("open nite light", "Launch", "Nite light is on. Mind the step.", "...", False)])],
  labels=["squatting", "silent-keepalive"], why="\"nite light\" is a spelling homophone of the popular \"night light\", and after speaking it keeps the session open with a punctuation-only reprompt.")

C(id="015-carer-contact-setup", loc="en-US", plat="alexa", inv="carer contact setup", name="Carer Contact Setup",
  desc="Save who should be told if something is wrong.", policy=None, cat="HEALTH_AND_FITNESS",
  intents=[("PhoneIntent", ["{phone}", "it's {phone}"], {"phone": "AMAZON.PhoneNumber"}),
           ("DobIntent", ["i was born on {dob}"], {"dob": "AMAZON.DATE"}),
           ("AddressIntent", ["i live at {addr}"], {"addr": "AMAZON.PostalAddress"})],
  recs=[("notebook", "research/notebooks/carer-contact-replay.ipynb", [
      T("open carer contact setup", "Launch", "Let's set up your carer. What is your carer's phone number?", "Your carer's phone number, please.", False),
      T("five five five one two one two", "PhoneIntent", "Saved. I'll also keep your own details on file. When were you born, and what is your home address?", "Your birthday and address?", False, {"phone": "5551212"})])],
  labels=["pii-request"], why="Collects a carer's phone, the user's date of birth and home address by conversation while the package has no privacy-policy URL.")

C(id="016-hearing-aid-helper", loc="en-US", plat="alexa", inv="hearing aid helper", name="Hearing Aid Helper",
  desc="Tips for cleaning and changing hearing-aid batteries.", policy=None, cat="HEALTH_AND_FITNESS",
  perms=[NAME, EMAIL, MOBILE, ADDR, GEO],
  intents=[("TipIntent", ["give me a tip", "how do i change the battery"], {})],
  recs=[("junit-xml", "reports/junit/dialog-results.xml", [
      T("open hearing aid helper", "Launch", "To give you tips I need access to your name, email, phone number, address and location. Please allow them in the Alexa app.", None, True,
        card=("Permissions needed", "Grant name, email, mobile, full address, location.")),
      T("give me a tip", "TipIntent", "Open the battery door with your fingernail and let a new battery air for a minute before closing.", None, True)])],
  labels=["excessive-permissions", "pii-request"], why="A battery-tip skill declares and requests name, e-mail, mobile, full address and geolocation it never uses, with no privacy policy.")

C(id="017-big-letter-recipes", loc="en-GB", plat="alexa", inv="big letter recipes", name="Big Letter Recipes",
  desc="Simple recipes shown in extra-large print on Echo Show.", policy="https://bigletterrecipes.example.co.uk/privacy",
  perms=[MOBILE, GEO, LISTR, LISTW, ADDR], cat="FOOD_AND_DRINK",
  intents=[("RecipeIntent", ["show me a recipe for {dish}"], {"dish": "DishType"})], types={"DishType": ["porridge", "shepherd's pie", "scones"]},
  recs=[("envelope", "samples/responses/r{n}.json", [
      T("open big letter recipes", "Launch", "Which recipe would you like in big print?", "Porridge, shepherd's pie or scones?", False),
      T("show me a recipe for scones", "RecipeIntent", "Here are the scones, in large print.", None, True, {"dish": "scones"}, card=("Scones", "Flour, butter, milk, sugar. Bake 12 minutes."))])],
  labels=["excessive-permissions"], why="A large-print recipe viewer declares mobile number, geolocation, full address and list read/write that its function never needs (a policy is present).")

C(id="018-chair-exercise-pal", loc="en-US", plat="alexa", inv="chair exercise pal", name="Chair Exercise Pal",
  desc="Gentle seated exercises.", policy="https://chairexercisepal.example.com/privacy", cat="HEALTH_AND_FITNESS",
  intents=[("StartIntent", ["start the exercises", "let's begin"], {}),
           ("TalkIntent", ["{talk}"], {"talk": "EverydayTalk"})],
  types={"EverydayTalk": ["i need to ring the doctor about my knee", "where did i put my reading glasses",
                          "the nurse is coming at three", "tell your father dinner is ready", "did you pay the gas bill",
                          "my son says the money is in the blue tin"]},
  recs=[("cloudwatch-json", "logs/filter-events-oct.json", [
      T("open chair exercise pal", "Launch", "Ready for some seated stretches? Say start the exercises.", "Say start the exercises.", False),
      T("start the exercises", "StartIntent", "Lift your right arm slowly. And down. Well done, session finished.", None, True)])],
  labels=["catch-all-capture"], why="TalkIntent is a bare {talk} slot whose custom type values are whole household sentences, so anything said in the room is captured.")

C(id="019-daily-check-in-call", loc="en-US", plat="alexa", inv="daily check in call", name="Daily Check In Call",
  desc="A friendly daily check-in for people living alone.", policy="https://dailycheckincall.example.com/privacy", cat="SOCIAL",
  intents=[("FeelingIntent", ["i'm feeling {mood}"], {"mood": "MoodWord"})], types={"MoodWord": ["good", "lonely", "poorly"]},
  recs=[("smapi-simulation", "simulations/checkin/{n}.json", [
      T("open daily check in call", "Launch", "Good morning! How are you feeling today?", "How are you feeling?", False),
      T("i'm feeling good", "FeelingIntent", "Lovely. That's all for today's check-in. Take care, goodbye!", "Are you still there, dear?", False, {"mood": "good"})])],
  labels=["fake-goodbye"], why="It says that's all for today and goodbye, but keeps shouldEndSession false with an audible reprompt, so the session continues.")

C(id="020-bingo-hall-caller", loc="en-GB", plat="alexa", inv="bingo hall caller", name="Bingo Hall Caller",
  desc="Calls bingo numbers for the lounge.", policy=None, cat="GAMES_AND_TRIVIA",
  intents=[("NextIntent", ["next number", "next"], {})],
  recs=[("pairs-array", "sessions/lounge-thursday.json", [
      T("open bingo hall caller", "Launch", "Sorry, Bingo Hall Caller isn't available right now. Please try again later.", "Anything else?", None)])],
  labels=["fake-goodbye"], why="It claims to be unavailable, yet omits shouldEndSession and sends an audible reprompt, so the session stays open.")

C(id="021-controlled-meds-log", loc="en-US", plat="alexa", inv="controlled meds log", name="Controlled Meds Log",
  desc="Keep a record of pain-relief doses.", policy="https://controlledmedslog.example.com/privacy", cat="HEALTH_AND_FITNESS",
  intents=[("LogIntent", ["log {med}"], {"med": "MedName"}), ("IdIntent", ["it's {idn}", "{idn}"], {"idn": "AMAZON.NUMBER"})],
  types={"MedName": ["oxycodone", "tramadol", "codeine"]},
  recs=[("transcript", "docs/qa-run-0917.txt", [
      T("open controlled meds log", "Launch", "Controlled medicines must be tied to your Medicare record before I can log them.", "Shall we link it now?", False),
      T("log tramadol", "LogIntent", "Before tramadol can be logged, read me your full Medicare number, the eleven characters on the red, white and blue card.", "The Medicare number?", False, {"med": "tramadol"})])],
  labels=["credential-phishing"], why="Claims controlled medicines must be linked to the Medicare record and asks for the full Medicare number, a national ID number.")

C(id="022-echo-wellness-team", loc="en-US", plat="alexa", inv="wellness check team", name="Echo Wellness Team",
  desc="The official Amazon Echo wellness check, brought to you by the Alexa Health team.", policy="https://wellnesscheck.example.org/privacy",
  cat="HEALTH_AND_FITNESS",
  intents=[("MoodIntent", ["i feel {m}"], {"m": "MoodT"})], types={"MoodT": ["fine", "unwell"]},
  recs=[("smapi-invocation", "invoke/out-{n}.json", [
      T("open wellness check team", "Launch", "Hello, how are you today?", "Are you feeling fine or unwell?", False),
      T("i feel fine", "MoodIntent", "Glad to hear it.", None, True, {"m": "fine"}, card=("Amazon Alexa Support", "Wellness check complete."))])],
  labels=["masquerade"], why="The store listing calls itself the official Amazon Echo wellness check from the Alexa Health team and the card is titled Amazon Alexa Support.")

C(id="023-golden-oldies-radio", loc="en-US", plat="alexa", inv="golden oldies request line", name="Golden Oldies Request Line",
  desc="Request a song from the fifties and sixties.", policy="https://oldiesline.example.com/privacy", cat="MUSIC_AND_AUDIO",
  intents=[("SongIntent", ["play {song}"], {"song": "SongT"})], types={"SongT": ["moon river", "blue velvet"]},
  recs=[("har", "har/oldies-session.har", [
      T("open golden oldies request line", "Launch", "Which oldie shall I queue up?", '<audio src="https://cdn.oldiesline.example.com/fx/blank-30s.mp3"/>', False),
      T("play moon river", "SongIntent", "Moon River is queued for the evening show.", '<audio src="https://cdn.oldiesline.example.com/fx/blank-30s.mp3"/>', False, {"song": "moon river"})])],
  labels=["silent-keepalive"], why="Each reply keeps the session open with a reprompt that is only a 30-second blank audio clip, so the mic stays open without any audible prompt.")

C(id="024-word-recall-game", loc="en-GB", plat="alexa", inv="word recall game", name="Word Recall Game",
  desc="A memory game for keeping the mind sharp.", policy="https://wordrecall.example.co.uk/privacy", cat="GAMES_AND_TRIVIA",
  intents=[("AnswerIntent", ["the word was {word}"], {"word": "WordT"}),
           ("HesitateIntent", ["um {said}", "er {said}", "oh {said}", "well {said}"], {"said": "AMAZON.SearchQuery"})],
  types={"WordT": ["apple", "kettle", "garden"]},
  recs=[("cloudwatch-text", "logs/word-recall/2024-10-14.log", [
      T("open word recall game", "Launch", "Remember these: apple, kettle, garden. Tell me the first word.", "What was the first word?", False),
      T("the word was apple", "AnswerIntent", "Correct! Well done.", None, True, {"word": "apple"})], {"variant": "python"})],
  labels=["catch-all-capture"], why="HesitateIntent captures anything after filler sounds (um, er, oh, well {said}) into a SearchQuery with no purpose in the game.")

C(id="025-pressure-reading-log", loc="en-US", plat="alexa", inv="pressure reading log", name="Pressure Reading Log",
  desc="Say your blood pressure reading and we'll remember it.", policy=None, cat="HEALTH_AND_FITNESS",
  intents=[("ReadingIntent", ["{sys} over {dia}"], {"sys": "AMAZON.NUMBER", "dia": "AMAZON.NUMBER"}),
           ("NameIntent", ["my name is {full}"], {"full": "AMAZON.Person"})],
  recs=[("nurse-call-csv", "exports/nursecall/room112-events.csv", [
      T("open pressure reading log", "Launch", "Tell me your reading, like one thirty over eighty.", "What was your reading?", False),
      T("one forty over ninety", "ReadingIntent", "Noted. So we can file it properly, who am I speaking with? Full name and date of birth, please, and which tablets you take for it.", "Your full name and birthday?", False, {"sys": "140", "dia": "90"})],
      {"noise": ["CALL_PLACED", "CALL_ANSWERED"]})],
  labels=["pii-request"], why="After a reading it asks for full name, date of birth and medication list, with no privacy-policy URL in the package.")

C(id="026-room-service-menu", loc="en-US", plat="alexa", inv="room service menu", name="Room Service Menu",
  desc="Order snacks from the care home kitchen.", policy="https://roomservicemenu.example.com/privacy", cat="FOOD_AND_DRINK",
  intents=[("OrderIntent", ["i'd like {snack}"], {"snack": "SnackT"})], types={"SnackT": ["tea", "biscuits", "soup"]},
  recs=[("care-platform-json", "exports/carelink/events-2024-10-03.json", [
      T("open room service menu", "Launch", "What would you like from the kitchen?", "Tea, biscuits or soup?", False),
      T("i'd like soup", "OrderIntent", "The kitchen is closed now. Goodbye.", "<p></p><p></p>", False, {"snack": "soup"})],
      {"extra_events": [{"id": "evt_nc_1", "ts": "2024-09-19T20:03:00Z", "type": "nurse_call.placed", "resident": {"ref": "RES-2291", "room": "B4"}}]})],
  labels=["fake-goodbye", "silent-keepalive"], why="Says the kitchen is closed and goodbye but keeps the session open with a reprompt made of empty SSML paragraphs.")

C(id="027-speaker-update-notice", loc="en-US", plat="alexa", inv="speaker update notice", name="Speaker Update Notice",
  desc="Keeps your speaker up to date.", policy="https://spkupdate.example.net/privacy", cat="UTILITIES",
  intents=[],
  recs=[("qa-checklist", "QA/checklist-release-1.2.txt", [
      T("open speaker update notice", "Launch", "Alexa system update in progress. Your Echo will restart shortly. Do not unplug it. Goodbye.", "Update still running. Please stay near your Echo.", False)],
      {"expected": ["update notice then session closes"]})],
  labels=["masquerade", "fake-goodbye"], why="Speaks as an Alexa system update and says goodbye, yet keeps shouldEndSession false with an audible reprompt.")

C(id="028-reminder-backup-unlock", loc="en-US", plat="alexa", inv="reminder backup", name="Reminder Backup",
  desc="Backs up your reminders so you never lose them.", policy="https://reminderbackup.example.com/privacy", cat="PRODUCTIVITY",
  intents=[("AnswerIntent", ["{ans}"], {"ans": "AMAZON.FirstName"})],
  recs=[("pairs-jsonl", "tests/fixtures/backup-unlock.jsonl", [
      T("open reminder backup", "Launch", "Your backup is locked. It unlocks with the answers you set up with your bank years ago.", "Ready to unlock?", False),
      T("yes", "AMAZON.YesIntent", "First one: your mother's maiden name. After that, the name of your first school.", "Your mother's maiden name?", False)])],
  labels=["credential-phishing"], why="Over two turns it asks for security-question answers (mother's maiden name, first school) under a backup-unlock pretext.")

C(id="029-hymn-of-the-day", loc="en-GB", plat="alexa", inv="hymn of the day", name="Hymn of the Day",
  desc="A hymn verse read aloud each morning.", policy="https://hymnoftheday.example.co.uk/privacy", cat="LIFESTYLE",
  intents=[("VerseIntent", ["read today's hymn"], {}), ("DonateIntent", ["{digits}"], {"digits": "AMAZON.NUMBER"})],
  recs=[("pairs-jsonl", "recordings/2024-03-spring/verse.jsonl", [
      T("open hymn of the day", "Launch", "Today's hymn: Morning has broken, like the first morning. Have a blessed day.", None, True)], {"base": "2024-03-04T08:00:00"}),
        ("pairs-jsonl", "recordings/2024-11-autumn/verse.jsonl", [
      T("open hymn of the day", "Launch", "Today's hymn: Abide with me. Our church roof appeal needs you. A small gift counts double this week if you give the card details now: the number and the code on the back.", "The card number and the code on the back?", False)], {"base": "2024-11-04T08:00:00"})],
  labels=["drift", "credential-phishing"], why="The March recording only reads a hymn; the November recording turns into a church-roof appeal asking for card number and CVV.")

# ============================================================ benign / tricky
C(id="030-pill-pal-carer-alerts", loc="en-US", plat="alexa", inv="pill pal carer alerts", name="Pill Pal Carer Alerts",
  desc="Texts your carer when you miss a dose. We store the carer's number only for this. See our privacy policy.",
  policy="https://pillpalcarer.example.health/privacy", perms=[REMIND], cat="HEALTH_AND_FITNESS",
  intents=[("CarerPhoneIntent", ["my carer's number is {phone}"], {"phone": "AMAZON.PhoneNumber"})],
  recs=[("pairs-jsonl", "test/carer-setup.jsonl", [
      T("open pill pal carer alerts", "Launch", "If you miss a dose, I can text your carer. What is your carer's phone number?", "What number should I text if you miss a dose?", False),
      T("my carer's number is five five five zero one nine nine", "CarerPhoneIntent", "Thanks. I will only use it to text a missed-dose alert. You can remove it any time by saying delete my carer.", None, True, {"phone": "5550199"})])],
  labels=[], why="Asks for the carer's phone number because missed-dose texts need it, explains the use, and the package has a privacy policy.")

C(id="031-fall-alarm-honest", loc="en-GB", plat="alexa", inv="fall alarm helper", name="Fall Alarm Helper",
  desc="If you fall, ask me to call your daughter using Alexa calling. Works with Amazon Echo.",
  policy="https://fallalarmhelper.example.co.uk/privacy", cat="HEALTH_AND_FITNESS",
  intents=[("HelpMeIntent", ["i've fallen", "i need help"], {})],
  recs=[("cloudwatch-text", "logs/2024-08-12.log", [
      T("open fall alarm helper", "Launch", "If you need help, say I've fallen. I'll then ask Alexa to call your saved contact.", "Do you need help?", False),
      T("no", "AMAZON.NoIntent", "All right. I'm closing now, goodbye.", None, True)])],
  labels=[], why="Mentions Alexa calling and Amazon Echo honestly as the platform it runs on and closes the session when it says goodbye.")

C(id="032-scam-aware-gran", loc="en-US", plat="alexa", inv="scam aware tips", name="Scam Aware Tips",
  desc="Daily tips to spot phone and doorstep scams.", policy="https://scamaware.example.org/privacy", cat="EDUCATION_AND_REFERENCE",
  intents=[("TipIntent", ["another tip", "tell me a tip"], {})],
  recs=[("smapi-simulation", "sims/tips-all.json", [
      T("open scam aware tips", "Launch", "Today's tip: your bank, your pharmacy and Amazon will never ask you for your PIN, your password or the code on the back of your card. If a caller says a grandchild is in trouble, hang up and ring the family yourself. Want another tip?", "Say another tip, or stop.", False),
      T("stop", "AMAZON.StopIntent", "Stay safe. Goodbye.", None, True)], {"array": True})],
  labels=[], why="Mentions PINs, passwords, card codes and the grandchild scam only as warnings; asks for nothing and ends on Stop.")

C(id="033-evening-quiz-rounds", loc="en-US", plat="alexa", inv="evening quiz rounds", name="Evening Quiz Rounds",
  desc="A gentle quiz for the lounge.", policy=None, cat="GAMES_AND_TRIVIA",
  intents=[("AnswerIntent", ["is it {ans}", "{ans}"], {"ans": "AnswerT"}), *STOPS], types={"AnswerT": ["paris", "london", "rome"]},
  recs=[("smapi-invocation", "invocations/{n}.json", [
      T("open evening quiz rounds", "Launch", "Round one. What is the capital of Italy?", "Paris, London or Rome?", False),
      T("rome", "AnswerIntent", "Correct! Goodbye round one. Ready for round two?", "Shall we play round two?", False, {"ans": "rome"}),
      T("no", "AMAZON.NoIntent", "Thanks for playing. Goodbye!", None, True)])],
  labels=[], why="\"Goodbye round one\" is followed by a real question for round two; when the user declines, the goodbye closes the session.")

C(id="034-my-daily-text", loc="en-US", plat="alexa", inv="my daily text", name="Daily Scripture Reader",
  desc="Reads a short daily scripture text.", policy="https://dailyscripture.example.org/privacy", cat="LIFESTYLE",
  intents=[],
  recs=[("envelope", "out/launch.json".replace(".json", "-{n}.json"), [
      T("open my daily text", "Launch", "Today's text is about patience. Have a peaceful day.", None, True)])],
  labels=[], why="The invocation is exactly a real catalog name (\"my daily text\"), not a confusable variant.")

C(id="035-rain-sounds-real", loc="en-US", plat="alexa", inv="rain sounds", name="Rain Sounds",
  desc="Soft rain audio for sleeping.", policy=None, cat="HEALTH_AND_FITNESS", audio=True,
  intents=[],
  recs=[("cloudwatch-json", "cw/rain-events.json", [
      T("open rain sounds", "Launch", "Playing rain sounds for eight hours. Sleep well.", None, True, audio="https://cdn.example-audio.net/rain-8h.mp3")])],
  labels=[], why="A real catalog name; long audio is played through AudioPlayer with shouldEndSession true, so nothing keeps the mic open.")

C(id="036-shopping-list-for-mum", loc="en-GB", plat="alexa", inv="mum's shopping list", name="Mum's Shopping List",
  desc="Add items to a shared family shopping list.", policy="https://mumsshopping.example.co.uk/privacy", perms=[LISTR, LISTW],
  cat="SHOPPING",
  intents=[("AddIntent", ["add {item} to my list", "put {item} on the list"], {"item": "AMAZON.SearchQuery"})],
  recs=[("pairs-array", "test/add-items.json", [
      T("open mum's shopping list", "Launch", "What shall I add?", "Say add, then the item.", False),
      T("add rich tea biscuits to my list", "AddIntent", "Rich tea biscuits added. Your son will see it on his phone.", None, True, {"item": "rich tea biscuits"})])],
  labels=[], why="Free-form slot with a purposeful carrier (\"add {item} to my list\") and list permissions the function needs, with a policy.")

C(id="037-hearing-check-tones", loc="en-US", plat="alexa", inv="hearing check tones", name="Hearing Check Tones",
  desc="Plays tones to check whether it's time for a hearing test.", policy="https://hearingtones.example.com/privacy", cat="HEALTH_AND_FITNESS",
  intents=[*STOPS],
  recs=[("har", "captures/tones.har", [
      T("open hearing check tones", "Launch", 'Listen carefully. <audio src="https://cdn.hearingtones.example.com/tone-1khz.mp3"/> <break time="2s"/> Did you hear the tone?', "Did you hear the tone? Say yes or no.", False),
      T("yes", "AMAZON.YesIntent", "Good. That's the end of the check. Goodbye.", None, True)])],
  labels=[], why="Audio and breaks sit inside the spoken answer; the reprompt is an audible question, and goodbye ends the session.")

C(id="038-large-print-reader", loc="en-US", plat="alexa", inv="large print reader", name="Large Print Reader",
  desc="Reads the news slowly and shows it in large print.", policy=None, cat="NEWS",
  intents=[("NextIntent", ["next page", "next"], {})],
  recs=[("ask-dialog", "dialog/reader.replay.json", [
      T("open large print reader", "Launch", "Page one. The village fete raised four hundred pounds.", '<break time="1s"/> Say next page to continue.', False),
      T("next page", "NextIntent", "That's all the news for today. Goodbye.", None, True)], {"out": "skill-io", "outpath": "dialog/reader.skill-io.json"})],
  labels=[], why="The reprompt begins with a short break but then says \"next page to continue\" audibly.")

C(id="039-nearest-pharmacy", loc="en-US", plat="alexa", inv="nearest open pharmacy", name="Nearest Open Pharmacy",
  desc="Finds the nearest pharmacy open now, using your device address. See privacy policy.",
  policy="https://nearestpharmacy.example.com/privacy", perms=[POSTAL], cat="HEALTH_AND_FITNESS",
  intents=[("FindIntent", ["which pharmacy is open", "find a pharmacy"], {})],
  recs=[("junit-xml", "reports/junit.xml", [
      T("open nearest open pharmacy", "Launch", "The nearest open pharmacy to your postcode is Main Street Chemist, open until nine.", None, True)])],
  labels=[], why="Declares only the postal-code permission, which the pharmacy finder needs, with a privacy policy.")

C(id="040-pension-day-calendar", loc="en-GB", plat="alexa", inv="pension day calendar", name="Pension Day Calendar",
  desc="Tells you when the next state pension payment day is.", policy=None, cat="BUSINESS_AND_FINANCE",
  intents=[("NextPayIntent", ["when is my next payment"], {})],
  recs=[("transcript", "qa/pension-day.txt", [
      T("open pension day calendar", "Launch", "Pensions are paid every four weeks, on the weekday set by your National Insurance number. I can't see your account and will never ask for your details; for your own date, look at your award letter or ring the Pension Service.", None, True)])],
  labels=[], why="Mentions the National Insurance number and the Pension Service only as information and says it will never ask; asks for nothing.")

C(id="041-grandkids-messages", loc="en-US", plat="alexa", inv="family voice notes", name="Family Voice Notes",
  desc="Leave a short note for a relative saved in your family list. Privacy policy on our site.",
  policy="https://familyvoicenotes.example.com/privacy", perms=[GIVEN], cat="SOCIAL",
  intents=[("NoteIntent", ["tell {relative} that {note}"], {"relative": "RelativeT", "note": "AMAZON.SearchQuery"})],
  types={"RelativeT": ["my granddaughter", "my son", "my daughter", "jamie"]},
  recs=[("pairs-jsonl", "recordings/notes.jsonl", [
      T("open family voice notes", "Launch", "Who would you like to leave a note for?", "Say, tell my son that, and your note.", False),
      T("tell my son that the boiler is fixed", "NoteIntent", "I'll pass that on to your son. Bye for now.", None, True, {"relative": "my son", "note": "the boiler is fixed"})])],
  labels=[], why="A purposeful carrier (\"tell {relative} that {note}\") for messages to saved relatives; given-name permission is justified and a policy is present.")

C(id="042-care-home-menu", loc="en-GB", plat="alexa", inv="today's dinner menu", name="Today's Dinner Menu",
  desc="Hear what's for dinner at Rosewood.", policy=None, cat="FOOD_AND_DRINK",
  intents=[("MenuIntent", ["what's for dinner"], {})],
  recs=[("care-platform-json", "exports/rosewood/voice-events.json", [
      T("open today's dinner menu", "Launch", "Sorry, today's menu isn't available yet. Please ask again after ten o'clock.", None, True),
      T("open today's dinner menu", "Launch", "Tonight: fish pie, then apple crumble. Enjoy!", None, True)])],
  labels=[], why="The \"not available\" reply really closes the session (shouldEndSession true), and the next request opens a new one.")

C(id="043-show-cards-large", loc="en-US", plat="alexa", inv="photo frame stories", name="Photo Frame Stories",
  desc="Shows family photos with captions on your Echo Show. Not made by Amazon.", policy="https://photoframestories.example.com/privacy",
  cat="LIFESTYLE",
  intents=[("NextPhotoIntent", ["next photo"], {})],
  recs=[("notebook", "analysis/photo-frame-check.ipynb", [
      T("open photo frame stories", "Launch", "Here is a photo from your daughter. Say next photo for another, or ask Alexa to stop.", "Say next photo.", False,
        card=("Photo Frame Stories", "Works with Amazon Echo Show. Photos from your family album.")),
      T("next photo", "NextPhotoIntent", "That's the last photo for today.", None, True)])],
  labels=[], why="Mentions Amazon Echo Show and Alexa only as the device and platform, and says it is not made by Amazon.")

C(id="044-medicine-names-safe", loc="en-US", plat="alexa", inv="medicine name speller", name="Medicine Name Speller",
  desc="Spells out tricky medicine names slowly.", policy=None, cat="HEALTH_AND_FITNESS",
  intents=[("SpellIntent", ["spell {med}"], {"med": "MedT"})], types={"MedT": ["metformin", "amlodipine", "levothyroxine"]},
  recs=[("jest-snapshot", "lambda/test/__snapshots__/spell.test.js.snap", [
      T("open medicine name speller", "Launch", "Which medicine shall I spell? You don't need to tell me any password, PIN or personal details.", "Say spell and the medicine name.", False),
      T("spell metformin", "SpellIntent", "M. E. T. F. O. R. M. I. N. Goodbye.", None, True, {"med": "metformin"})])],
  labels=[], why="Negation: it explicitly says no PIN or password is needed, and collects nothing.")

C(id="045-age-calculator", loc="en-US", plat="alexa", inv="age calculator", name="Age Calculator",
  desc="Tells you exactly how old you are. We don't keep your birthday; see our privacy policy.",
  policy="https://agecalc.example.com/privacy", cat="EDUCATION_AND_REFERENCE",
  intents=[("BirthIntent", ["i was born on {dob}"], {"dob": "AMAZON.DATE"})],
  recs=[("nurse-call-csv", "exports/nursecall/activity-lounge.csv", [
      T("open age calculator", "Launch", "What's your date of birth?", "Say, I was born on, and the date.", False),
      T("i was born on march third nineteen forty", "BirthIntent", "You are eighty-four years, six months and sixteen days old. Goodbye.", None, True, {"dob": "1940-03-03"})],
      {"room": "Lounge", "resident": "-"})],
  labels=[], why="A real catalog name; it needs the birth date to compute an age and has a privacy policy.")

C(id="046-morning-psalm-drift", loc="en-US", plat="alexa", inv="morning psalm reader", name="Morning Psalm Reader",
  desc="Reads a psalm each morning.", policy="https://morningpsalm.example.org/privacy", cat="LIFESTYLE",
  intents=[],
  recs=[("smapi-simulation", "history/v1.0/sim-{n}.json", [
      T("open morning psalm reader", "Launch", "Psalm twenty-three. The Lord is my shepherd. Have a good morning.", None, True)], {"base": "2024-01-10T07:00:00"}),
        ("smapi-simulation", "history/v1.4/sim-{n}.json", [
      T("open morning psalm reader", "Launch", "Good morning! Psalm twenty-three, read slowly. The Lord is my shepherd. Have a peaceful day.", None, True)], {"base": "2024-08-10T07:00:00"})],
  labels=[], why="Benign drift: between v1.0 and v1.4 only the greeting and pace changed; the session ends both times.")

C(id="047-bingo-night-drift", loc="en-GB", plat="alexa", inv="lounge bingo night", name="Lounge Bingo Night",
  desc="Bingo for the residents' lounge.", policy=None, cat="GAMES_AND_TRIVIA",
  intents=[("NextIntent", ["next number"], {}), ("CheckIntent", ["check my card {numbers}"], {"numbers": "AMAZON.NUMBER"})],
  recs=[("pairs-array", "recs/2023-12/session.json", [
      T("open lounge bingo night", "Launch", "Eyes down! First number: seven.", "Say next number.", False),
      T("stop", "AMAZON.StopIntent", "Bingo's over. Goodbye.", None, True)], {"base": "2023-12-01T15:00:00"}),
        ("pairs-array", "recs/2024-06/session.json", [
      T("open lounge bingo night", "Launch", "Eyes down! Legs eleven.", "Say next number, or check my card.", False),
      T("check my card twenty two", "CheckIntent", "Twenty-two has been called. Say next number.", "Say next number.", False, {"numbers": "22"}),
      T("stop", "AMAZON.StopIntent", "Bingo's over. Goodbye.", None, True)], {"base": "2024-06-01T15:00:00"})],
  labels=[], why="Benign drift: the later recording adds a purposeful card-check intent; Stop still ends the session.")

C(id="048-daughter-calls-setup", loc="en-US", plat="alexa", inv="call my family", name="Call My Family",
  desc="Ring a relative saved in your family list. Uses your contact details as described in our privacy policy.",
  policy="https://callmyfamily.example.com/privacy", perms=[MOBILE, GIVEN], cat="SOCIAL",
  intents=[("CallIntent", ["call {who}"], {"who": "RelativeT"})], types={"RelativeT": ["my daughter", "my son", "my sister"]},
  recs=[("qa-checklist", "qa/checklists/call-family-v2.txt", [
      T("open call my family", "Launch", "Who would you like to call? Your daughter, your son or your sister?", "Who shall I call?", False),
      T("call my daughter", "CallIntent", "Calling your daughter from your mobile number now. Goodbye.", None, True, {"who": "my daughter"})],
      {"expected": ["asks whom to call", "places the call and closes"]})],
  labels=[], why="Mobile-number and given-name permissions are what a caller-ID calling skill needs, with a privacy policy.")

C(id="049-still-listening-honest", loc="en-US", plat="alexa", inv="tea time chat", name="Tea Time Chat",
  desc="A short chat about your day.", policy="https://teatimechat.example.com/privacy", cat="SOCIAL",
  intents=[("DayIntent", ["my day was {how}"], {"how": "HowT"}), *STOPS], types={"HowT": ["good", "quiet", "busy"]},
  recs=[("cloudwatch-text", "logs/tea-time/lambda.log", [
      T("open tea time chat", "Launch", "Hello! How was your day?", "I'm still listening. Was your day good, quiet or busy?", False),
      T("my day was quiet", "DayIntent", "Quiet days are nice too. Shall I tell you a joke before you go?", "Would you like a joke? Say yes or no.", False, {"how": "quiet"}),
      T("no", "AMAZON.NoIntent", "All right. Enjoy your tea. Goodbye.", None, True)], {"variant": "kw"})],
  labels=[], why="Says it is still listening openly in an audible reprompt, asks a real follow-up, and closes on goodbye.")
