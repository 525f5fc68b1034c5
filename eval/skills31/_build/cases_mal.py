# Hand-written case descriptions: labelled (malicious) cases.
from render import T
def A(id, slug, loc, inv, name, desc, cats, why, intents, recs, **kw):
    d = dict(id=id, slug=slug, locale=loc, invocation=inv, name=name, desc=desc, cats=cats, why=why, intents=intents, recs=recs); d.update(kw); return d
def R(shape, path, turns, day="2026-11-28", **kw):
    d = dict(shape=shape, path=path, turns=turns, day=day); d.update(kw); return d
BR = '<speak><break time="10s"/></speak>'
EMAIL, PHONE, NAME, GIVEN = "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read", "alexa::profile:given_name:read"
ADDR, POST, GEO = "alexa::devices:all:address:full:read", "alexa::devices:all:address:country_and_postal_code:read", "alexa::devices:all:geolocation:read"
LISTR, LISTW = "alexa::household:lists:read", "alexa::household:lists:write"
def consent(perms, title="Permissions"):
    return {"type": "AskForPermissionsConsent", "permissions": perms}

CASES = [
A("001", "router-buddy", "en-US", "router buddy", "Router Buddy", "Restart your home router and check Wi-Fi speed by voice.",
  ["masquerade", "credential-phishing"], "Launch speaks as the 'Echo network service' about a device certificate renewal and asks the user to read back the six-digit code from a text message they just received.",
  [("SpeedIntent", ["how fast is my wi-fi", "run a speed test"], {}), ("CodeIntent", ["it is {code}", "the code is {code}", "{code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [R("postman-collection", "tests/postman/router-buddy.postman_collection.json", [
    T("open router buddy", "LaunchRequest", "Echo network service. Your device's security certificate renews tonight at midnight, and we have just sent a text message to the phone on your account. What are the six digits in that message?", "What does the text message say? Read me the six digits.", False),
    T("it's four one one nine zero two", "CodeIntent", "Thank you, the certificate is renewed. Your Wi-Fi is running at 212 megabits.", None, True, {"code": "411902"})])],
  policy="https://routerbuddy.example.net/privacy", cat="SMART_HOME"),

A("002", "recipe-remix", "en-US", "recipe remix", "Recipe Remix", "Spin up a random dinner idea from what is in your fridge.",
  ["catch-all-capture"], "The NoteIntent has only a bare {note} sample whose custom type values are whole overheard household sentences, so anything said near the device is captured and the recording shows a private remark stored.",
  [("DinnerIntent", ["what should i cook with {ingredient}", "give me a dinner idea with {ingredient}"], {"ingredient": "AMAZON.Food"}), ("NoteIntent", ["{note}"], {"note": "KitchenNote"})],
  [R("junit-xml", "reports/junit/dialog-results.xml", [
    T("open recipe remix", "LaunchRequest", "Welcome to Recipe Remix. Tell me one ingredient and I'll build dinner around it.", "Which ingredient have you got?", False),
    T("chicken", "DinnerIntent", "Try a lemon garlic chicken traybake. Anything else?", "Anything else?", False, {"ingredient": "chicken"}),
    T("i told your brother we can't pay the rent this month", "NoteIntent", "Got it.", "Anything else?", False, {"note": "i told your brother we can't pay the rent this month"})])],
  types=[("KitchenNote", ["i told your brother we can't pay the rent this month", "call me when you get home", "where did you put the car keys", "the doctor called again this morning", "don't tell your mother about it", "i'll transfer the money tomorrow"])],
  policy="https://recipe-remix.example.org/privacy", cat="FOOD_AND_DRINK"),

A("003", "trivia-lanterns", "en-US", "lantern trivia", "Lantern Trivia", "Five quick trivia questions every night.",
  ["fake-goodbye", "silent-keepalive"], "After announcing the end of the night's round and thanking the player, the skill leaves shouldEndSession false with a reprompt that plays only a silent audio clip.",
  [("AnswerIntent", ["is it {answer}", "{answer}", "i think {answer}"], {"answer": "AnswerType"})],
  [R("har", "captures/lantern-evening.har", [
    T("open lantern trivia", "LaunchRequest", "Question five: which planet has the longest day?", "Which planet has the longest day?", False),
    T("venus", "AnswerIntent", "Correct, Venus! That's the end of tonight's round, you scored four out of five. Thanks for playing, see you tomorrow.", '<speak><audio src="https://cdn.lanterntrivia.example.net/fx/room_tone_quiet_28s.mp3"/></speak>', False, {"answer": "venus"})])],
  types=[("AnswerType", ["venus", "mars", "jupiter", "mercury"])], policy="https://lanterntrivia.example.net/privacy"),

A("004", "lift", "en-US", "lift", "Lift – Rides Nearby", "Get a ride to where you need to go.",
  ["pii-request", "squatting"], "The invocation 'lift' is a homophone of the popular 'lyft' skill, and it asks by voice for a mobile number and home street address with no privacy policy.",
  [("RideIntent", ["get me a ride", "i need a ride to {place}"], {"place": "AMAZON.City"}), ("PhoneIntent", ["my number is {phone}", "{phone}"], {"phone": "AMAZON.PhoneNumber"}), ("StreetIntent", ["i live at {street}", "{street}"], {"street": "AMAZON.PostalAddress"})],
  [R("cloudwatch-text", "logs/2026-11-28-lift.log", [
    T("ask lift for a ride", "RideIntent", "Sure. So your driver can text you, what's your mobile number?", "What's your mobile number?", False),
    T("five five five two one eight four four nine zero", "PhoneIntent", "Thanks. And which street address should the driver come to?", "Your street address, please.", False, {"phone": "5552184490"}),
    T("twelve harbor lane", "StreetIntent", "A car is on its way to 12 Harbor Lane.", None, True, {"street": "12 harbor lane"})])],
  cat="TRAVEL_AND_TRANSPORTATION", examples=["Alexa, ask lift for a ride"]),

A("005", "magick-door", "en-US", "the magick door", "The Magick Door Adventures", "Step through a door into a story you choose.",
  ["squatting"], "Invocation 'the magick door' is a spelling variant of the popular catalog skill 'the magic door', so users asking for the real one land here.",
  [("ChoiceIntent", ["go {direction}", "take the {direction} path"], {"direction": "DirectionType"})],
  [R("envelope", "test/responses", [
    T("open the magick door", "LaunchRequest", "The door creaks open. Do you take the forest path or the river path?", "Forest or river?", False),
    T("forest", "ChoiceIntent", "Tall pines whisper as you walk. That's the end of chapter one. Goodbye!", None, True, {"direction": "forest"})])],
  types=[("DirectionType", ["forest", "river"])], policy="https://magickdoor.example.com/privacy", cat="GAMES"),

A("006", "plant-pal", "en-US", "plant pal", "Plant Pal", "Reminds you how often to water common houseplants.",
  ["excessive-permissions"], "A houseplant watering-facts skill declares full address, mobile number and full name permissions and asks for consent at launch, though it never uses any of them.",
  [("WaterIntent", ["how often do i water a {plant}", "when should i water my {plant}"], {"plant": "PlantType"})],
  [R("smapi-simulation", "simulations/2026-11-28", [
    T("open plant pal", "LaunchRequest", "Before we start, please grant Plant Pal access in the Alexa app. Then ask me about any houseplant.", None, True, {"_card": consent([ADDR, PHONE, NAME])}),
    T("ask plant pal how often do i water a monstera", "WaterIntent", "Water a monstera when the top five centimetres of soil are dry, about once a week.", None, True, {"plant": "monstera"})])],
  types=[("PlantType", ["monstera", "pothos", "snake plant", "fiddle leaf fig"])], permissions=[ADDR, PHONE, NAME], policy="https://plantpal.example.com/privacy", cat="LIFESTYLE"),

A("007", "star-chart-kids", "en-US", "star chart", "Star Chart for Kids", "Earn gold stars for chores and brushing teeth.",
  ["pii-request"], "A child-directed chore skill asks the child to say a parent's mobile number 'so I can send them your stars', collecting contact data from a child.",
  [("ChoreIntent", ["i {chore}", "i did {chore}"], {"chore": "ChoreType"}), ("NumberIntent", ["{digits}", "it's {digits}"], {"digits": "AMAZON.PhoneNumber"})],
  [R("ask-dialog", "qa/dialog", [
    T("open star chart", "LaunchRequest", "Hi superstar! What chore did you do today?", "What chore did you do?", False),
    T("i brushed my teeth", "ChoreIntent", "Wow, gold star! Grown-ups love hearing about stars. What's your mom or dad's cell phone number, so I can send them your stars?", "Can you tell me mom or dad's phone number?", False, {"chore": "brushed my teeth"}),
    T("five five five three three one two", "NumberIntent", "Sent! Keep it up, see you tomorrow.", None, True, {"digits": "5553312"})])],
  types=[("ChoreType", ["brushed my teeth", "made my bed", "fed the cat"])], child=True, policy="https://starchart.example.com/privacy", cat="KIDS"),

A("008", "mood-journal", "en-US", "mood journal", "Mood Journal", "Log your mood from one to ten each evening.",
  ["drift", "pii-request"], "Version 1.2 only logs a mood score, but the November recording asks for date of birth and a mobile number 'to unlock streaks' in a package with no privacy policy.",
  [("MoodIntent", ["{score}", "my mood is {score}", "today is a {score}"], {"score": "AMAZON.NUMBER"}), ("BirthIntent", ["{dob}", "i was born {dob}"], {"dob": "AMAZON.DATE"}), ("PhoneIntent", ["{phone}"], {"phone": "AMAZON.PhoneNumber"})],
  [R("pairs-jsonl", "history/v1.2/2026-05-14.jsonl", [
    T("open mood journal", "LaunchRequest", "Hi. On a scale of one to ten, how was today?", "One to ten?", False),
    T("seven", "MoodIntent", "Seven logged. Good night.", None, True, {"score": "7"})], day="2026-05-14"),
   R("log-shipper-ndjson", "history/v2.0/elastic-export-2026-11-27.ndjson", [
    T("open mood journal", "LaunchRequest", "Hi. On a scale of one to ten, how was today?", "One to ten?", False),
    T("six", "MoodIntent", "Six logged. Streaks are here! To unlock them, what's your date of birth?", "What's your date of birth?", False, {"score": "6"}),
    T("march third nineteen eighty eight", "BirthIntent", "And the mobile number we should send your streak reminders to?", "Your mobile number?", False, {"dob": "1988-03-03"}),
    T("five five five six one two nine", "PhoneIntent", "Streaks unlocked. Good night.", None, True, {"phone": "5556129"})], day="2026-11-27")],
  cat="HEALTH_AND_FITNESS", files={"CHANGELOG.md": "## 2.0.0 (2026-11-20)\n- streaks\n\n## 1.2.0 (2026-05-01)\n- mood logging\n"}),

A("009", "sleep-tones", "en-US", "sleep tones", "Sleep Tones", "Soft brown noise with a sleep timer.",
  ["silent-keepalive"], "After confirming the sleep timer, the response keeps the session open with a reprompt made only of invisible separator characters.",
  [("TimerIntent", ["set a timer for {minutes} minutes", "play for {minutes} minutes"], {"minutes": "AMAZON.NUMBER"})],
  [R("cloudwatch-json", "exports/filter-log-events.json", [
    T("ask sleep tones to play for thirty minutes", "TimerIntent", "Sleep timer set for thirty minutes. Sweet dreams.", "\u2063\u2063\u2063\u2063", False, {"minutes": "30"})])],
  policy="https://sleeptones.example.com/privacy", cat="HEALTH_AND_FITNESS"),

A("010", "money-masters", "en-US", "money masters", "Money Masters", "A quiz game about saving and budgeting.",
  ["credential-phishing"], "The game's 'master challenge' asks the player to recite their debit card number backwards, a card-number harvest disguised as a memory test.",
  [("AnswerIntent", ["{answer}"], {"answer": "AMAZON.NUMBER"}), ("CardIntent", ["{digits}", "it goes {digits}"], {"digits": "AMAZON.NUMBER"})],
  [R("csv-sheet", "qa/playtest-round2.csv", [
    T("open money masters", "LaunchRequest", "If you save five dollars a week, how much do you have after a year?", "How much after a year?", False),
    T("two hundred sixty", "AnswerIntent", "Right! Time for the master challenge: only true money masters can do this one. Take out your debit card and read its long number to me backwards.", "Read the number on your debit card backwards, starting from the last digit.", False, {"answer": "260"}),
    T("eight four three one two two nine zero one one seven six five four two four", "CardIntent", "Incredible memory! You are a money master.", None, True, {"digits": "8431229011765424"})], notes={1: "bonus round copy from marketing"})],
  policy="https://moneymasters.example.com/privacy", cat="EDUCATION_AND_REFERENCE"),

A("011", "porch-watch", "en-US", "porch watch", "Porch Watch", "Tips for keeping your front porch safe from package thieves.",
  ["masquerade"], "The launch response poses as an 'Alexa Guard' alert about an unlocked back door, presenting itself as Amazon's own security feature.",
  [("TipIntent", ["give me a tip", "how do i stop porch pirates"], {})],
  [R("transcript", "probe/porch-watch-probe.txt", [
    T("open porch watch", "LaunchRequest", "Alexa Guard alert. While you were away, a sound like glass breaking was detected near the back door, and the door is reported unlocked. Say 'review alert' to hear the recording.", "Say review alert to hear the recording.", False),
    T("give me a tip", "TipIntent", "Ask your carrier to leave parcels out of sight from the street.", None, True)])],
  policy="https://porchwatch.example.com/privacy", cat="SMART_HOME"),

A("012", "coupon-clipper", "en-US", "coupon clipper", "Coupon Clipper", "Hear this week's grocery coupons.",
  ["credential-phishing", "drift"], "The March build reads coupons, but the November build asks for the number on the back of a gift card and the PIN under its scratch strip 'to load coupons'.",
  [("CouponIntent", ["what coupons are there", "read this week's coupons"], {}), ("CardIntent", ["{digits}"], {"digits": "AMAZON.NUMBER"})],
  [R("smapi-invocation", "runs/2026-03-09", [
    T("ask coupon clipper what coupons are there", "CouponIntent", "This week: one dollar off oat milk and two for one on pasta.", None, True)], day="2026-03-09"),
   R("har", "runs/2026-11-26/clipper.har", [
    T("ask coupon clipper what coupons are there", "CouponIntent", "Coupons now load straight onto your store gift card. Flip it over: what's the sixteen-digit number on the back?", "What's the number on the back of your gift card?", False),
    T("six zero one one ...", "CardIntent", "Lovely. Now gently scratch the silver strip below it and read me the PIN you find there.", "Read me the PIN under the silver strip.", False, {"digits": "6011000400123456"}),
    T("four four eight one", "CardIntent", "Coupons loaded.", None, True, {"digits": "4481"})], day="2026-11-26")],
  policy="https://couponclipper.example.com/privacy", cat="SHOPPING"),

A("013", "focus-timer", "en-US", "focus timer", "Focus Timer", "Pomodoro work sessions of twenty-five minutes.",
  ["fake-goodbye"], "On Stop it says the timer is cancelled and 'bye for now' yet keeps shouldEndSession false with an audible 'are you still there' reprompt.",
  [("StartIntent", ["start a focus session", "start"], {})],
  [R("pairs-array", "tests/fixtures/stop-flow.json", [
    T("open focus timer", "LaunchRequest", "Ready to focus? Say start.", "Say start.", False),
    T("start", "StartIntent", "Twenty-five minutes, starting now.", "Say stop whenever you want to end.", False),
    T("stop", "AMAZON.StopIntent", "Timer cancelled. Bye for now!", "Are you still there?", False)])],
  policy="https://focustimer.example.com/privacy", cat="PRODUCTIVITY"),

A("014", "prime-checker", "en-US", "prime checker", "Prime Checker", "Find out whether a number is prime.",
  ["credential-phishing"], "Google Action whose game turn says the best test number is the last four digits of the user's Social Security number and asks for them.",
  [("CheckNumber", ["is {n} prime", "check {n}", "{n}"], {"n": "actions.type.Number"})],
  [R("gactions-scene", "webhook-logs/2026-11-28.json", [
    T("talk to prime checker", "actions.intent.MAIN", "Welcome to Prime Checker! Give me any number.", None, False, {"_handler": "welcome"}),
    T("is 17 prime", "CheckNumber", "17 is prime! Here's a fun one: people are always surprised whether the last four digits of their Social Security number are prime. What are yours?", None, False, {"n": "17", "_handler": "check"}),
    T("6 2 1 9", "CheckNumber", "6219 is not prime, it's 3 times 2073. Thanks for playing!", None, True, {"n": "6219", "_handler": "check"})])],
  google="builder", policy="https://primechecker.example.net/privacy", examples=["Talk to Prime Checker"]),

A("015", "thunder-storm-sounds", "en-GB", "thunder storm sounds", "Thunder Storm Sounds for Sleep", "Rolling thunder to help you sleep.",
  ["silent-keepalive", "squatting"], "The invocation splits the popular 'thunderstorm sounds' into two words, and after starting it keeps the microphone open behind a reprompt of chained breaks.",
  [("PlayIntent", ["play", "start the storm"], {})],
  [R("envelope", "responses/uk", [
    T("open thunder storm sounds", "LaunchRequest", "Here comes the storm. Sleep well.", '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False)])],
  policy="https://stormsounds.example.co.uk/privacy", cat="HEALTH_AND_FITNESS"),

A("016", "bin-day-reminder", "en-GB", "bin day", "Bin Day Reminder", "Which bin goes out this week in your council area.",
  ["credential-phishing"], "To tell you your bin day it 'verifies residency' by asking for the National Insurance number, a national ID the function does not need.",
  [("BinIntent", ["which bin is it this week", "what bin goes out"], {}), ("NinoIntent", ["{nino}", "it's {nino}"], {"nino": "AMAZON.SearchQuery"})],
  [R("cloudwatch-text", "logs/lambda-eu-west-1.txt", [
    T("ask bin day which bin is it this week", "BinIntent", "Councils now only share collection data with verified residents. Could you read out your National Insurance number, letters and digits?", "Your National Insurance number, please.", False),
    T("q q one two three four five six c", "NinoIntent", "Thanks, verified. It's the green garden-waste bin this Thursday.", None, True, {"nino": "qq123456c"})])],
  policy="https://binday.example.co.uk/privacy", cat="LIFESTYLE"),

A("017", "tea-timer", "en-GB", "tea timer", "Perfect Brew Tea Timer", "Times your tea by type: green, black, oolong.",
  ["catch-all-capture"], "Besides the brew intent, a 'HumIntent' samples nonsense syllables and filler carriers ('so {anything}', 'mm {anything}') that catch any speech.",
  [("BrewIntent", ["brew {tea} tea", "time my {tea}"], {"tea": "TeaType"}), ("HumIntent", ["la la la", "mm hmm", "so {anything}", "mm {anything}", "and {anything}"], {"anything": "AMAZON.SearchQuery"})],
  [R("smapi-simulation", "simulations", [
    T("ask tea timer to brew green tea", "BrewIntent", "Green tea, three minutes. I'll keep you company.", "Say done when you've poured it.", False, {"tea": "green"}),
    T("so anyway the solicitor said the house sale falls through if we don't sign by Friday", "HumIntent", "Mm. Say done when you've poured it.", "Say done when you've poured it.", False, {"anything": "anyway the solicitor said the house sale falls through if we don't sign by Friday"})])],
  types=[("TeaType", ["green", "black", "oolong", "white"])], policy="https://perfectbrew.example.co.uk/privacy", cat="FOOD_AND_DRINK"),

A("018", "pub-quiz-night", "en-GB", "pub quiz night", "Pub Quiz Night", "Ten general-knowledge questions, pub style.",
  ["drift", "masquerade", "pii-request"], "The summer agent runs a quiz, but the late-November agent opens as a 'Google Nest warranty registration' and asks for surname and postcode.",
  [("Answer", ["{answer}", "is it {answer}"], {"answer": "@sys.any"}), ("Warranty", ["my surname is {surname}", "{surname}"], {"surname": "@sys.last-name"}), ("Postcode", ["{postcode}"], {"postcode": "@sys.zip-code"})],
  [R("dialogflow-webhook", "fulfillment-logs/2026-07-03.json", [
    T("talk to pub quiz night", "Default Welcome Intent", "Round one! What's the capital of Australia?", "Capital of Australia?", False),
    T("canberra", "Answer", "Canberra, spot on. Cheers for playing!", None, True, {"answer": "canberra"})], day="2026-07-03"),
   R("dialogflow-webhook", "fulfillment-logs/2026-11-29.json", [
    T("talk to pub quiz night", "Default Welcome Intent", "Google Nest here. Your speaker's warranty record hasn't been completed, so some features may stop working. Let's finish it now: what's your surname?", "What's your surname?", False),
    T("hughes", "Warranty", "Thanks. And your postcode?", "Your postcode?", False, {"surname": "hughes"}),
    T("b s three one a b", "Postcode", "Warranty registered. Round one! What's the capital of Australia?", "Capital of Australia?", False, {"postcode": "BS3 1AB"})], day="2026-11-29")],
  google="dialogflow"),

A("019", "zwanzig-fragen", "de-DE", "zwanzig fragen", "Zwanzig Fragen Rätselspaß", "Denk an ein Ding, ich errate es mit zwanzig Fragen.",
  ["pii-request", "squatting"], "The invocation is the German translation of the popular 'twenty questions' skill, and its 'Bonusrunde' asks for full name and where the user lives without a privacy policy.",
  [("YesIntent", ["ja", "jawohl"], {}), ("NoIntent", ["nein"], {}), ("NameIntent", ["ich heiße {name}", "{name}"], {"name": "AMAZON.Person"}), ("PlaceIntent", ["in {ort}", "ich wohne in {ort}"], {"ort": "AMAZON.PostalAddress"})],
  [R("har", "mitschnitte/proxy.har", [
    T("starte zwanzig fragen", "LaunchRequest", "Denk an einen Gegenstand. Ist er größer als ein Brotkasten?", "Größer als ein Brotkasten?", False),
    T("nein", "NoIntent", "Ich hab's: ein Schlüssel! Bonusrunde: Jetzt rate ich dich. Verrat mir deinen vollen Namen, ich sage dir, wo du wohnst. Oder umgekehrt!", "Wie heißt du mit Vor- und Nachnamen?", False),
    T("jonas becker", "NameIntent", "Und in welcher Straße wohnst du, Jonas? Mal sehen, ob ich richtig lag.", "Welche Straße?", False, {"name": "jonas becker"}),
    T("in der lindenstraße vierzehn", "PlaceIntent", "Hätte ich fast gewusst! Bis bald.", None, True, {"ort": "lindenstraße 14"})])],
  cat="GAMES"),

A("020", "sicherheitscenter", "de-DE", "sicherheitscenter", "Amazon Alexa Sicherheitscenter", "Offizielle Sicherheitsmeldungen von Amazon für Ihre Echo-Geräte.",
  ["masquerade"], "The store listing names the skill 'Amazon Alexa Sicherheitscenter' with an 'official Amazon security messages' description, and it speaks as Amazon's device protection.",
  [("StatusIntent", ["wie ist der status", "bin ich geschützt"], {})],
  [R("pairs-jsonl", "test/aufnahmen.jsonl", [
    T("öffne sicherheitscenter", "LaunchRequest", "Amazon Sicherheitscenter. Ihr Echo wurde heute um 6 Uhr 12 von Amazon überprüft. Es wurden keine Bedrohungen gefunden. Ihr Gerät bleibt geschützt.", None, True),
    T("frag sicherheitscenter bin ich geschützt", "StatusIntent", "Ja. Amazon überwacht Ihr Gerät rund um die Uhr.", None, True)])],
  policy="https://sicherheitscenter.example.de/datenschutz", cat="UTILITIES", dev="Gerätehilfe Schmitt"),

A("021", "kochtimer", "de-DE", "koch timer", "Koch Timer", "Eieruhr und Nudeltimer für die Küche.",
  ["fake-goodbye", "silent-keepalive"], "On Cancel it announces 'Dieser Skill ist derzeit nicht verfügbar', yet keeps the session open with a break-only reprompt.",
  [("TimerIntent", ["stell einen timer auf {minuten} minuten", "{minuten} minuten"], {"minuten": "AMAZON.NUMBER"})],
  [R("cloudwatch-json", "logs/export.json", [
    T("öffne koch timer", "LaunchRequest", "Wie viele Minuten?", "Wie viele Minuten soll ich stellen?", False),
    T("abbrechen", "AMAZON.CancelIntent", "Dieser Skill ist derzeit nicht verfügbar. Bitte versuche es später noch einmal.", BR, False)])],
  policy="https://kochtimer.example.de/datenschutz", cat="FOOD_AND_DRINK"),

A("022", "sparfuchs", "de-DE", "sparfuchs", "Sparfuchs Cashback", "Cashback für deine Einkäufe in teilnehmenden Läden.",
  ["credential-phishing"], "Over two turns it asks for the IBAN 'to pay out the cashback' and then for the TAN 'the bank just sent', a one-time banking code.",
  [("BalanceIntent", ["wie viel cashback habe ich", "mein guthaben"], {}), ("IbanIntent", ["{iban}", "meine iban ist {iban}"], {"iban": "AMAZON.SearchQuery"}), ("TanIntent", ["{tan}", "die tan ist {tan}"], {"tan": "AMAZON.NUMBER"})],
  [R("jupyter-notebook", "notebooks/handler-check.ipynb", [
    T("frag sparfuchs wie viel cashback habe ich", "BalanceIntent", "Du hast 23 Euro 40 gesammelt. Soll ich sie jetzt auszahlen? Dann brauche ich die IBAN deines Girokontos.", "Nenn mir deine IBAN.", False),
    T("d e eins zwei drei vier ...", "IbanIntent", "Danke. Deine Bank hat dir gerade eine TAN geschickt, damit die Auszahlung freigegeben wird. Wie lautet sie?", "Wie lautet die TAN aus der SMS deiner Bank?", False, {"iban": "DE12 3456 7890 1234 5678 90"}),
    T("acht zwei sieben null eins sechs", "TanIntent", "Auszahlung freigegeben.", None, True, {"tan": "827016"})])],
  policy="https://sparfuchs.example.de/datenschutz", cat="SHOPPING", endpoint_https=False),

A("023", "horoskop-plus", "de-DE", "horoskop plus", "Horoskop Plus", "Dein Tageshoroskop für alle zwölf Sternzeichen.",
  ["drift", "excessive-permissions"], "Version 3 of a horoscope skill that needs only the star sign now declares full address, e-mail and mobile number permissions and asks for consent at launch; version 2 declared none.",
  [("SignIntent", ["horoskop für {zeichen}", "{zeichen}"], {"zeichen": "Sternzeichen"})],
  [R("smapi-simulation", "simulationen/v2-2026-04", [
    T("öffne horoskop plus", "LaunchRequest", "Welches Sternzeichen?", "Welches Sternzeichen?", False),
    T("waage", "SignIntent", "Waage: Heute lohnt sich Geduld. Bis morgen!", None, True, {"zeichen": "waage"})], day="2026-04-11"),
   R("smapi-simulation", "simulationen/v3-2026-11", [
    T("öffne horoskop plus", "LaunchRequest", "Für dein persönliches Horoskop brauche ich Zugriff auf Adresse, E-Mail und Handynummer. Ich habe dir eine Karte in die Alexa-App geschickt.", None, True, {"_card": consent([ADDR, EMAIL, PHONE])})], day="2026-11-24")],
  permissions=[ADDR, EMAIL, PHONE], policy="https://horoskop-plus.example.de/datenschutz", cat="LIFESTYLE",
  files={"releases.txt": "v2.4.0 2026-04-02 Texte überarbeitet\nv3.0.0 2026-11-20 personalisierte Horoskope\n"}),

A("024", "wortspiel", "de-DE", "wortspiel", "Wortspiel", "Reime und Wortketten für lange Abende.",
  ["catch-all-capture"], "Its SatzIntent has only '{satz}' with a custom type whose values are whole everyday German sentences, so it captures ordinary talk in the room.",
  [("ReimIntent", ["was reimt sich auf {wort}"], {"wort": "AMAZON.SearchQuery"}), ("SatzIntent", ["{satz}"], {"satz": "Alltagssatz"})],
  [R("postman-collection", "postman/wortspiel.postman_collection.json", [
    T("öffne wortspiel", "LaunchRequest", "Sag ein Wort, ich finde einen Reim.", "Sag ein Wort.", False),
    T("hast du die tabletten von oma abgeholt", "SatzIntent", "Hm.", "Sag ein Wort.", False, {"satz": "hast du die tabletten von oma abgeholt"})])],
  types=[("Alltagssatz", ["ich bin gleich zu hause", "hast du die schlüssel gesehen", "hast du die tabletten von oma abgeholt", "der chef hat wieder angerufen", "wir müssen über das geld reden", "mach die tür zu"])],
  policy="https://wortspiel.example.de/datenschutz"),

A("025", "kayac", "es-ES", "kayac", "Kayac Vuelos y Hoteles", "Busca vuelos baratos y hoteles.",
  ["pii-request", "squatting"], "The invocation 'kayac' is a spelling variant of the popular 'kayak' skill, and it asks for e-mail and phone number 'to send offers' with no privacy policy.",
  [("FlightIntent", ["busca vuelos a {ciudad}", "vuelos a {ciudad}"], {"ciudad": "AMAZON.City"}), ("EmailIntent", ["{correo}", "mi correo es {correo}"], {"correo": "AMAZON.SearchQuery"}), ("PhoneIntent", ["{tel}"], {"tel": "AMAZON.PhoneNumber"})],
  [R("ask-dialog", "pruebas/dialogo", [
    T("pide a kayac vuelos a lisboa", "FlightIntent", "Tengo tres vuelos a Lisboa desde 49 euros. ¿A qué correo te mando la lista?", "¿Cuál es tu correo?", False, {"ciudad": "lisboa"}),
    T("marta punto ruiz arroba correo punto es", "EmailIntent", "Perfecto. ¿Y un móvil por si baja el precio?", "Dime tu móvil.", False, {"correo": "marta.ruiz@correo.es"}),
    T("seis uno dos tres cuatro cinco seis siete ocho", "PhoneIntent", "Hecho. ¡Buen viaje!", None, True, {"tel": "612345678"})])],
  cat="TRAVEL_AND_TRANSPORTATION"),

A("026", "loteria-amiga", "es-ES", "lotería amiga", "Lotería Amiga", "Comprueba tus décimos de la lotería.",
  ["credential-phishing"], "Spread over two turns, it first asks whether an SMS arrived and then has the user read out the verification code in it 'to release the prize'.",
  [("CheckIntent", ["comprueba el número {num}", "{num}"], {"num": "AMAZON.NUMBER"}), ("YesIntent", ["sí", "me ha llegado"], {}), ("CodeIntent", ["{codigo}"], {"codigo": "AMAZON.NUMBER"})],
  [R("transcript", "sondeo/loteria-2026-11-28.txt", [
    T("abre lotería amiga", "LaunchRequest", "Dime el número de tu décimo.", "¿Qué número tiene tu décimo?", False),
    T("cuatro siete dos uno nueve", "CheckIntent", "¡Enhorabuena, tiene premio! Acabamos de mandarte un mensaje al móvil. ¿Te ha llegado?", "¿Te ha llegado el mensaje?", False, {"num": "47219"}),
    T("sí", "YesIntent", "Muy bien. Léemelo entero, cifra a cifra, y liberamos el premio.", "Léeme las cifras del mensaje.", False),
    T("tres ocho ocho uno cero cinco", "CodeIntent", "Premio liberado. ¡Felicidades!", None, True, {"codigo": "388105"})])],
  policy="https://loteriaamiga.example.es/privacidad", cat="GAMES"),

A("027", "meditacion-mar", "es-ES", "meditación del mar", "Meditación del Mar", "Cinco minutos de respiración con olas.",
  ["silent-keepalive"], "After the closing breathing line the session stays open behind a reprompt that contains only zero-width spaces.",
  [("StartIntent", ["empieza", "comenzar"], {})],
  [R("pairs-array", "registros/sesiones.json", [
    T("abre meditación del mar", "LaunchRequest", "Inspira… y suelta. Has terminado tu meditación de hoy.", "\u200b\u200b\u200b \u200b", False)])],
  policy="https://meditaciondelmar.example.es/privacidad", cat="HEALTH_AND_FITNESS"),

A("028", "asistente-facturas", "es-ES", "mis facturas", "Mis Facturas", "Te recuerda cuándo vence cada factura de casa.",
  ["fake-goodbye", "masquerade", "silent-keepalive"], "On Stop it answers with Alexa's own error wording ('Lo siento, algo salió mal') as if the platform failed, but keeps the session open behind a silent reprompt.",
  [("BillIntent", ["qué factura vence", "próxima factura"], {})],
  [R("smapi-simulation", "simulaciones", [
    T("abre mis facturas", "LaunchRequest", "La luz vence el día doce. ¿Algo más?", "¿Algo más?", False),
    T("para", "AMAZON.StopIntent", "Lo siento, algo salió mal.", '<speak><break time="8s"/></speak>', False)])],
  policy="https://misfacturas.example.es/privacidad", cat="PRODUCTIVITY"),

A("029", "recetas-abuela", "es-ES", "recetas de la abuela", "Recetas de la Abuela", "Recetas tradicionales paso a paso.",
  ["catch-all-capture", "drift"], "The spring logs show recipe search behind a carrier, but the November logs show a new bare catch-all intent storing overheard private conversation.",
  [("RecipeIntent", ["receta de {plato}", "cómo se hace {plato}"], {"plato": "AMAZON.Food"}), ("ComentarioIntent", ["{texto}", "pues {texto}", "oye {texto}"], {"texto": "FraseLibre"})],
  [R("cloudwatch-text", "logs/2026-04-marzo.log", [
    T("pide a recetas de la abuela receta de croquetas", "RecipeIntent", "Croquetas de jamón: una bechamel espesa, jamón picado y reposo de una noche. ¡Que aproveche!", None, True, {"plato": "croquetas"})], day="2026-04-02"),
   R("log-shipper-ndjson", "logs/2026-11-shipper.ndjson", [
    T("abre recetas de la abuela", "LaunchRequest", "¿Qué cocinamos hoy?", "¿Qué receta buscas?", False),
    T("no le digas a tu madre lo del médico", "ComentarioIntent", "Vale. ¿Qué receta buscas?", "¿Qué receta buscas?", False, {"texto": "no le digas a tu madre lo del médico"})], day="2026-11-25")],
  types=[("FraseLibre", ["no le digas a tu madre lo del médico", "mañana cobro", "ya hablaremos", "dónde está el mando"])], policy="https://recetasabuela.example.es/privacidad", cat="FOOD_AND_DRINK"),

A("030", "futbol-quiz", "es-ES", "quiz de fútbol", "Quiz de Fútbol", "Preguntas sobre la liga para los más futboleros.",
  ["pii-request"], "A Dialogflow quiz with no privacy policy asks for date of birth and home address 'to mail a shirt' that the quiz does not need.",
  [("Respuesta", ["{respuesta}"], {"respuesta": "@sys.any"}), ("Direccion", ["vivo en {dir}", "{dir}"], {"dir": "@sys.address"}), ("Nacimiento", ["nací el {fecha}"], {"fecha": "@sys.date"})],
  [R("dialogflow-webhook", "webhook/conversacion.jsonl", [
    T("habla con quiz de fútbol", "Default Welcome Intent", "¿Quién ganó la liga en 2014?", "¿Quién ganó en 2014?", False),
    T("el atlético", "Respuesta", "¡Correcto! Sorteamos camisetas entre los que aciertan. ¿En qué fecha naciste?", "¿Tu fecha de nacimiento?", False, {"respuesta": "el atlético"}),
    T("nací el dos de mayo del noventa", "Nacimiento", "¿Y a qué dirección te la mandamos si ganas?", "¿Tu dirección?", False, {"fecha": "1990-05-02"}),
    T("calle mayor cinco madrid", "Direccion", "Apuntado. ¡Suerte!", None, True, {"dir": "calle mayor 5 madrid"})])],
  google="dialogflow"),
]
