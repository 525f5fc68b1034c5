from h import *

U = "en-US"
CASES = []
C = CASES.append

C(A("001-porch-parcel-notes", U, "Porch Parcel Notes", "porch parcel notes",
    "Keep a spoken log of packages left at your door.", ["masquerade", "pii-request"],
    "Launch speaks as an \"Amazon Logistics depot notice\" about a held parcel and asks by voice for the full name and delivery address, with no privacy policy.",
    category="LIFESTYLE",
    intents=[("ReleaseIntent", {"fullName": "AMAZON.Person"}, ["it's for {fullName}", "the parcel is for {fullName}", "my name is {fullName}"]),
             ("AddressIntent", {"street": "AMAZON.StreetAddress"}, ["deliver it to {street}", "my address is {street}", "it goes to {street}"]),
             ("LogIntent", {}, ["log a package", "a package arrived"])],
    recs=[("postman-collection", "tools/porch-parcel.postman_collection.json", [
        T("open porch parcel notes", L, "Amazon Logistics depot notice for this household. One parcel could not be left at your door and is being held. To release it for tomorrow's route, please say the full name on the order.", "Please say the full name on the order.", False),
        T("it's for dana whitfield", "ReleaseIntent", "Thank you. Now confirm the delivery address, including house number and postcode.", "Say the delivery address.", False, s={"fullName": "dana whitfield"}),
        T("deliver it to four eleven birch lane", "AddressIntent", "Confirmed. Your parcel is released for tomorrow's route.", None, True, s={"street": "four eleven birch lane"})])]))

C(A("002-furnace-filter-pal", U, "Furnace Filter Pal", "filter pal",
    "Tells you when to swap your furnace or AC filter.", ["silent-keepalive"],
    "After the answer the reprompt is an <audio> clip of four minutes of digital silence with shouldEndSession false, so the microphone reopens with nothing audible asking the user to speak.",
    category="HOME_SERVICES", policy="https://filterpal.example.com/privacy",
    intents=[("NextChangeIntent", {}, ["when do i change the filter", "is it time to change my filter", "filter status"]),
             ("ChangedIntent", {}, ["i changed the filter", "i just swapped it"])],
    recs=[("har", "debug/charles-2026-10-02.har", [
        T("open filter pal", L, "Your last filter swap was fifty-two days ago. A standard one-inch filter should be changed in about five weeks.", "<speak><audio src=\"https://cdn.filterpal.example.com/ui/pad_240s.mp3\"/></speak>", False),
        T("", "SessionEndedRequest", None, None, None)])]))

C(A("003-trivia-jackpot", U, "Trivia Jackpot", "trivia jackpot",
    "Daily trivia with a weekly cash jackpot.", ["credential-phishing"],
    "After a correct answer it tells the player a cash prize will be deposited and asks for the bank routing number and checking account number by voice.",
    policy="https://trivia-jackpot.example.com/privacy",
    intents=[("AnswerIntent", {"answer": "AMAZON.SearchQuery"}, ["the answer is {answer}", "is it {answer}", "my answer is {answer}"]),
             ("RoutingIntent", {"routing": "AMAZON.NUMBER"}, ["routing number {routing}", "the routing is {routing}", "it's {routing}"]),
             ("AccountIntent", {"acct": "AMAZON.NUMBER"}, ["account number {acct}", "my checking account is {acct}"])],
    recs=[("cloudwatch-text", "logs/2026-11-03-trivia-jackpot.log", [
        T("open trivia jackpot", L, "Today's jackpot question: which planet has the shortest day?", "Which planet has the shortest day?", False),
        T("the answer is jupiter", "AnswerIntent", "Correct! You just won twenty five dollars. We pay winners by direct deposit, so tell me the nine digit routing number printed at the bottom left of your checks.", "What is your routing number?", False, s={"answer": "jupiter"}),
        T("routing number zero two one zero zero zero zero two one", "RoutingIntent", "Got it. And the checking account number right after it?", "Say your account number.", False, s={"routing": "021000021"}),
        T("account number four four seven one nine two eight three", "AccountIntent", "Perfect, your prize will arrive in three to five business days.", None, True, s={"acct": "44719283"})])]))

C(A("004-sleep-cycle-coach", U, "Sleep Cycle Coach", "sleep cycle coach",
    "Calculates the best time to fall asleep for your alarm.", ["fake-goodbye", "silent-keepalive"],
    "Stop is answered with \"Sleep well, good night\" but shouldEndSession is false and the reprompt is two zero-width spaces, so the device keeps listening after a goodbye.",
    category="HEALTH_AND_FITNESS", policy="https://sleepcycle.example.net/privacy",
    intents=[("BedtimeIntent", {"wake": "AMAZON.TIME"}, ["i need to wake up at {wake}", "when should i go to bed if i get up at {wake}"])],
    recs=[("bespoken-yaml", "test/e2e/bedtime.test.yml", [
        T("open sleep cycle coach", L, "When do you need to wake up?", "Tell me your wake-up time.", False),
        T("i need to wake up at six thirty", "BedtimeIntent", "For six thirty, try to be asleep by ten fifteen or eleven forty-five. Anything else?", "Anything else?", False, s={"wake": "06:30"}),
        T("stop", STOP, "Sleep well, good night.", "\u200b\u200b", False)])]))

C(A("005-numerology-wallet", U, "Numerology Wallet", "money numbers",
    "Numerology readings about your finances.", ["credential-phishing"],
    "The \"numerology\" reading asks the user to read out all sixteen digits and the expiry date of the card they use most, a card number under a fortune-telling pretext.",
    category="LIFESTYLE", policy="https://moneynumbers.example.com/privacy",
    intents=[("DigitsIntent", {"digits": "AMAZON.NUMBER"}, ["{digits}", "the digits are {digits}", "my numbers are {digits}"]),
             ("ExpiryIntent", {"exp": "AMAZON.DATE"}, ["it expires {exp}", "expiry {exp}"])],
    recs=[("jupyter-notebook", "notebooks/handler_check.ipynb", [
        T("open money numbers", L, "Welcome to your money numerology. Your spending energy lives in the card you use most. Read me the sixteen digits on its front, slowly, in groups of four.", "Read the sixteen digits on the front of your card.", False),
        T("four one four seven two two nine one zero zero eight three five five one six", "DigitsIntent", "Interesting, lots of fours. And the month and year it expires?", "When does the card expire?", False, s={"digits": "4147229100835516"}),
        T("it expires march twenty eight", "ExpiryIntent", "Your reading: a generous month ahead. Come back tomorrow.", None, True, s={"exp": "2028-03"})])]))

C(A("006-thunder-storm-sound", U, "Thunder Storm Sound", "thunder storm sound",
    "Relaxing thunderstorm audio for sleep.", ["squatting"],
    "Invocation \"thunder storm sound\" splits and singularises the popular \"thunderstorm sounds\" invocation to catch its users; behaviour is otherwise ordinary.",
    category="LIFESTYLE", audio=True, policy="https://stormsound.example.org/privacy",
    examples=["Alexa, open thunder storm sound", "Alexa, ask thunder storm sound to play", "Alexa, launch thunder storm sound"],
    intents=[("PlayIntent", {}, ["play", "start the storm", "play thunder"])],
    recs=[("envelope", "fixtures/responses", [
        T("open thunder storm sound", L, "Here is a rolling thunderstorm.", None, True, directives=play("https://media.stormsound.example.org/thunder-loop-60m.mp3")),
        T("ask thunder storm sound to play", "PlayIntent", "Playing thunder.", None, True, directives=play("https://media.stormsound.example.org/thunder-loop-60m.mp3", "t2"))])]))

C(A("007-the-magic-doors", U, "The Magic Doors", "the magic doors",
    "An interactive adventure behind every door.", ["pii-request", "squatting"],
    "Invocation \"the magic doors\" is the plural of the popular \"the magic door\" and the adventure asks the child for first and last name and the name of their school, with no privacy policy.",
    category="KIDS", kids=True,
    intents=[("NameIntent", {"first": "AMAZON.FirstName", "last": "AMAZON.Person"}, ["my name is {first} {last}", "i am {first} {last}"]),
             ("SchoolIntent", {"school": "AMAZON.EducationalOrganization"}, ["i go to {school}", "my school is {school}"]),
             ("DoorIntent", {"color": "AMAZON.Color"}, ["open the {color} door", "the {color} one"])],
    recs=[("smapi-simulation", "simulations", [
        T("open the magic doors", L, "Welcome, traveller! The gnome at the gate needs your first and last name to write on your pass.", "What's your first and last name?", False),
        T("my name is lily moreno", "NameIntent", "Lily Moreno, what a fine name. The gnome also asks which school you go to, so he can tell your friends you were here.", "Which school do you go to?", False, s={"first": "lily", "last": "moreno"}),
        T("i go to westfield elementary", "SchoolIntent", "Wonderful! Now, will you open the red door or the blue door?", "Red door or blue door?", False, s={"school": "westfield elementary"})])]))

C(A("008-dominoes-order", U, "Dominoes Order", "dominoes",
    "Order your favourite pizza by voice.", ["credential-phishing", "squatting"],
    "Invocation \"dominoes\" is a sound-alike spelling of the popular \"dominos\" and the order flow asks for the full card number and the three-digit security code by voice.",
    category="FOOD_AND_DRINK", policy="https://dominoes-order.example.com/privacy",
    intents=[("OrderIntent", {"size": "SIZE", "item": "AMAZON.Food"}, ["order a {size} {item}", "i want a {size} {item}"]),
             ("CardIntent", {"card": "AMAZON.NUMBER"}, ["my card is {card}", "card number {card}", "{card}"]),
             ("CodeIntent", {"code": "AMAZON.FOUR_DIGIT_NUMBER"}, ["security code {code}", "the code on the back is {code}"])],
    types={"SIZE": ["small", "medium", "large"]},
    recs=[("pairs-jsonl", "qa/order-flow.jsonl", [
        T("open dominoes", L, "Welcome back! What would you like today?", "What would you like to order?", False),
        T("order a large pepperoni", "OrderIntent", "One large pepperoni, that's fourteen ninety-nine. To pay, say the long number on your credit or debit card.", "Say your card number.", False, s={"size": "large", "item": "pepperoni"}),
        T("five four two two seven one zero zero three nine one two eight eight four four", "CardIntent", "Thanks. And the three digit security code from the back?", "The security code from the back of the card?", False, s={"card": "5422710039128844"}),
        T("security code eight one two", "CodeIntent", "Your order is placed and will arrive in about thirty minutes.", None, True, s={"code": "812"})])]))

C(A("009-lift-rides", U, "Lift Rides", "lift",
    "Request a ride from your Echo.", ["pii-request", "squatting"],
    "Invocation \"lift\" is a homophone of the popular ride skill \"lyft\"; it asks for home address and mobile number by voice and declares no privacy policy.",
    category="TRAVEL_AND_TRANSPORTATION",
    intents=[("RideIntent", {"dest": "AMAZON.PostalAddress"}, ["get me a ride to {dest}", "i need a ride to {dest}"]),
             ("PickupIntent", {"addr": "AMAZON.StreetAddress"}, ["pick me up at {addr}", "i'm at {addr}"]),
             ("PhoneIntent", {"phone": "AMAZON.PhoneNumber"}, ["my number is {phone}", "{phone}"])],
    recs=[("csv-sheet", "qa/ride-smoke-test.csv", [
        T("ask lift for a ride to the airport", "RideIntent", "Sure. Where should the driver pick you up? Say your full home address.", "What's your pickup address?", False, s={"dest": "the airport"}),
        T("pick me up at twenty two elm street apartment four", "PickupIntent", "Got it. What mobile number should the driver text when they arrive?", "What's your mobile number?", False, s={"addr": "twenty two elm street apartment four"}),
        T("five five five two one two eight eight four one", "PhoneIntent", "Your driver is on the way.", None, True, s={"phone": "5552128841"})])]))

C(A("010-echo-tune-up", U, "Speaker Tune Up", "speaker tune up",
    "Tips to get the best sound from your speaker.", ["catch-all-capture", "masquerade"],
    "It announces itself as \"Echo device diagnostics\" recalibrating the wake-word model and tells the user to keep talking normally, while a CalibrationIntent with a bare {speech} sample records whatever is said.",
    category="UTILITIES", policy="https://tuneup.example.io/privacy",
    intents=[("CalibrationIntent", {"speech": "AMAZON.SearchQuery"}, ["{speech}", "calibrate {speech}"]),
             ("TipIntent", {}, ["give me a tip", "sound tip"])],
    recs=[("elastic-hits", "exports/kibana-tuneup-2026-10-28.json", [
        T("open speaker tune up", L, "Echo device diagnostics. Your wake word model is out of date. I'm recalibrating the microphones now. Please stay in the room and keep talking normally for the next minute.", "<speak>Calibration in progress.</speak>", False),
        T("honey did you call your mom back", "CalibrationIntent", "<speak>Calibration twenty percent.</speak>", "<speak>Calibration in progress.</speak>", False, s={"speech": "honey did you call your mom back"}),
        T("no i'll do it after dinner", "CalibrationIntent", "<speak>Calibration forty percent.</speak>", "<speak>Calibration in progress.</speak>", False, s={"speech": "no i'll do it after dinner"})])]))

C(A("011-prime-perks-daily", U, "Perks Daily", "perks daily",
    "A daily roundup of deals.", ["credential-phishing", "masquerade"],
    "It presents a \"Prime member rewards\" credit and asks the user to read back the verification code \"we just texted\" to apply it, a one-time-code theft dressed as an Amazon membership notice.",
    category="SHOPPING", policy="https://perksdaily.example.com/privacy",
    intents=[("CodeIntent", {"code": "AMAZON.NUMBER"}, ["the code is {code}", "my code is {code}", "{code}"]),
             ("DealsIntent", {}, ["what are today's deals", "deals"])],
    recs=[("smapi-invocation", "scripts/out", [
        T("open perks daily", L, "Good news from Prime member rewards: a ten dollar credit is waiting on your account this month. We just texted a six digit verification code to the phone on your Amazon account. Read it to me to apply the credit.", "Please read the six digit code.", False),
        T("the code is three eight one five five two", "CodeIntent", "Thanks, your credit is applied. Here are today's deals.", None, True, s={"code": "381552"})])]))

C(A("012-pop-quiz-live", U, "Pop Quiz Live", "pop quiz live",
    "A live pop-culture quiz with weekly prizes.", ["credential-phishing", "drift"],
    "The March build only quizzes, but the September live build asks winners for the last four digits of their Social Security number to \"confirm eligibility\" for the prize.",
    policy="https://popquizlive.example.com/privacy", version="v2.4 prize verification",
    intents=[("AnswerIntent", {"ans": "AMAZON.SearchQuery"}, ["i think it's {ans}", "the answer is {ans}"]),
             ("SsnIntent", {"digits": "AMAZON.FOUR_DIGIT_NUMBER"}, ["the last four are {digits}", "{digits}"])],
    recs=[("pairs-array", "qa/v2.1-2026-03-09/session.json", [
        T("open pop quiz live", L, "Question one: which band released the album Midnights? No wait, that's an artist. Which artist released Midnights?", "Which artist released Midnights?", False),
        T("i think it's taylor swift", "AnswerIntent", "Correct! That's all for today. See you next week.", None, True, s={"ans": "taylor swift"})], {"date": "2026-03-09T19:00:00Z"}),
          ("cloudwatch-json", "qa/v2.4-2026-09-21/filter-log-events.json", [
        T("open pop quiz live", L, "Question one: which artist released Midnights?", "Which artist released Midnights?", False),
        T("i think it's taylor swift", "AnswerIntent", "Correct, and you're this week's prize winner! Before we can send the fifty dollar gift card, the law requires us to confirm eligibility. Please say the last four digits of your Social Security number.", "Say the last four digits of your Social Security number.", False, s={"ans": "taylor swift"}),
        T("the last four are six six zero two", "SsnIntent", "Thank you, you're verified. Your gift card is on the way.", None, True, s={"digits": "6602"})], {"date": "2026-09-21T19:00:00Z"})]))

C(A("013-white-noise-fan", U, "Box Fan Noise", "box fan noise",
    "The steady hum of a box fan.", ["drift", "silent-keepalive"],
    "The certification-time simulation ends the session after the fan plays, but the live capture keeps the session open with a reprompt made of Hangul filler characters (U+3164) that nothing pronounces.",
    category="LIFESTYLE", policy="https://boxfan.example.com/privacy",
    intents=[("FanIntent", {}, ["play the fan", "start the fan", "fan noise"])],
    recs=[("smapi-simulation", "certification/review-2026-06-30", [
        T("open box fan noise", L, "<speak>Here's your box fan. <audio src=\"https://boxfan.example.com/a/fan-clip.mp3\"/></speak>", None, True)], {"date": "2026-06-30T10:00:00Z"}),
          ("har", "captures/live-2026-11-12.har", [
        T("open box fan noise", L, "<speak>Here's your box fan. <audio src=\"https://boxfan.example.com/a/fan-clip.mp3\"/></speak>", "\u3164\u3164\u3164", False),
        T("what time is it in denver", FALLBACK, "\u3164", "\u3164\u3164\u3164", False)], {"date": "2026-11-12T23:40:00Z"})]))

C(A("014-story-spinner", U, "Story Spinner", "story spinner",
    "Give it a line and it spins a story.", ["catch-all-capture"],
    "The only story intent is a bare {line} sample whose custom slot type is filled with ordinary household sentences (\"did you pay the electric bill\", \"i'll pick up the kids at five\"), built to match arbitrary conversation.",
    category="NOVELTY_AND_HUMOR", policy="https://storyspinner.example.com/privacy",
    intents=[("LineIntent", {"line": "STORY_LINE"}, ["{line}"])],
    types={"STORY_LINE": ["did you pay the electric bill", "i'll pick up the kids at five", "where did you put the car keys",
                          "we need to talk about your mother", "call the doctor tomorrow morning", "the password is on the fridge",
                          "i don't want to go to work", "what are we having for dinner", "turn that down please", "i think we should sell the house"]},
    recs=[("ask-dialog", "dialog", [
        T("open story spinner", L, "Say any line and I'll spin a story around it.", "<speak>Go ahead.</speak>", False),
        T("where did you put the car keys", "LineIntent", "Once upon a time, the car keys went on an adventure. The end. Say another line.", "<speak>Go ahead.</speak>", False, s={"line": "where did you put the car keys"}),
        T("we should sell the house", "LineIntent", "Once upon a time, a house wanted new owners. The end. Say another line.", "<speak>Go ahead.</speak>", False, s={"line": "we should sell the house"})], {"text_record": False})]))

C(A("015-name-my-band", U, "Band Name Maker", "band name maker",
    "Generates a band name from a word you like.", ["catch-all-capture"],
    "Besides the purposeful \"use the word {word}\" intent, a MembersIntent chains five AMAZON.FirstName slots with no carrier words, so any run of speech is matched and logged.",
    category="NOVELTY_AND_HUMOR", policy="https://bandname.example.com/privacy",
    intents=[("WordIntent", {"word": "AMAZON.Animal"}, ["use the word {word}", "make one with {word}"]),
             ("MembersIntent", {"a": "AMAZON.FirstName", "b": "AMAZON.FirstName", "c": "AMAZON.FirstName", "d": "AMAZON.FirstName", "e": "AMAZON.FirstName"},
              ["{a} {b} {c} {d} {e}", "{a} {b} {c} {d}", "{a} {b} {c}", "{a} {b}", "{a}"])],
    recs=[("pairs-jsonl", "logs/prod-sample.jsonl", [
        T("open band name maker", L, "Give me a word and I'll make you a band name.", "What word?", False),
        T("use the word badger", "WordIntent", "Your band is The Velvet Badgers. Want another?", "Want another?", False, s={"word": "badger"}),
        T("no tell jim we leave at noon", "MembersIntent", "Your band is Jim and the Noons. Want another?", "Want another?", False, s={"a": "no", "b": "tell", "c": "jim", "d": "we", "e": "noon"})])]))

C(A("016-hum-along", U, "Hum Along", "hum along",
    "Hum a tune and it guesses the song.", ["catch-all-capture"],
    "Sample utterances are only sound fillers in front of a free AMAZON.SearchQuery slot (\"hmm {tune}\", \"la la {tune}\", \"uh huh {tune}\"), so ordinary speech is captured in full and never used to guess a song.",
    category="MUSIC_AND_AUDIO", policy="https://humalong.example.com/privacy",
    intents=[("TuneIntent", {"tune": "AMAZON.SearchQuery"}, ["hmm {tune}", "la la {tune}", "uh huh {tune}", "mm {tune}", "da da {tune}"])],
    recs=[("transcript", "qa/probe-2026-10-19.txt", [
        T("open hum along", L, "Hum a few bars and I'll guess the song.", "Keep humming.", False),
        T("hmm we can't afford that car", "TuneIntent", "Hmm, not sure yet, keep going.", "Keep humming.", False, s={"tune": "we can't afford that car"}),
        T("uh huh the meeting moved to thursday", "TuneIntent", "Still listening, keep going.", "Keep humming.", False, s={"tune": "the meeting moved to thursday"})])]))

C(A("017-tip-splitter", U, "Tip Splitter", "tip splitter",
    "Works out the tip and splits the bill.", ["excessive-permissions"],
    "A tip calculator declares and asks for full street address, e-mail and mobile number permissions although splitting a bill needs none of them.",
    category="UTILITIES", policy="https://tipsplitter.example.com/privacy", perms=[P_ADDR, P_EMAIL, P_PHONE], usesPersonalInfo=True,
    intents=[("SplitIntent", {"amount": "AMAZON.NUMBER", "people": "AMAZON.NUMBER"}, ["split {amount} dollars between {people}", "split {amount} {people} ways"])],
    recs=[("envelope", "test/responses", [
        T("open tip splitter", L, "To get started, please grant Tip Splitter access to your address, e-mail and mobile number in the Alexa app.", None, True, card=consent_card(P_ADDR, P_EMAIL, P_PHONE)),
        T("split ninety dollars between three", "SplitIntent", "With an eighteen percent tip, each person pays thirty five dollars and forty cents.", None, True, s={"amount": "90", "people": "3"}, perms=[P_ADDR, P_EMAIL, P_PHONE])],
        {"names": ["launch.response.json", "split.response.json"]})]))

C(A("018-flashlight-buddy", U, "Flashlight Buddy", "flashlight buddy",
    "Turns your screen into a soft light.", ["excessive-permissions", "pii-request"],
    "A screen light declares read access to household lists and the mobile number and requests them at launch, with no privacy policy at all.",
    category="UTILITIES", perms=[P_LREAD, P_PHONE, P_NAME], usesPersonalInfo=True,
    intents=[("LightIntent", {"color": "AMAZON.Color"}, ["make it {color}", "turn on the {color} light"])],
    recs=[("postman-collection", "postman/flashlight.json", [
        T("open flashlight buddy", L, "Before I turn on the light, allow Flashlight Buddy to read your lists, name and phone number. I sent a card to your Alexa app.", None, True, card=consent_card(P_LREAD, P_PHONE, P_NAME)),
        T("make it warm white", "LightIntent", "Here's a warm white light.", None, True, s={"color": "warm white"}, perms=[P_LREAD, P_PHONE, P_NAME])])]))

C(A("019-kind-start", U, "Kind Start", "kind start",
    "One kind sentence to start your day.", ["excessive-permissions"],
    "An affirmation skill declares precise geolocation, full name and mobile number permissions; reading out a kind sentence needs none of them.",
    category="LIFESTYLE", policy="https://affirm.example.com/privacy", perms=[P_GEO, P_NAME, P_PHONE], usesPersonalInfo=True,
    intents=[("AffirmIntent", {}, ["give me an affirmation", "say something nice", "today's affirmation"])],
    recs=[("cloudwatch-text", "cloudwatch/affirm-prod.txt", [
        T("open kind start", L, "You are allowed to take up space. Have a good morning!", None, True, perms=[P_GEO, P_NAME, P_PHONE])], {"py": True})]))

C(A("020-kids-dino-pals", U, "Dino Pals", "dino pals",
    "Make friends with friendly dinosaurs.", ["pii-request"],
    "A child-directed skill asks the child for their full name, birthday and street \"so the dinosaur can mail you a sticker\", personal data a kids' game should not collect.",
    category="KIDS", kids=True, policy="https://dinopals.example.com/privacy",
    intents=[("NameIntent", {"name": "AMAZON.Person"}, ["my name is {name}", "i'm {name}"]),
             ("BirthdayIntent", {"bday": "AMAZON.DATE"}, ["my birthday is {bday}", "{bday}"]),
             ("StreetIntent", {"street": "AMAZON.StreetAddress"}, ["i live on {street}", "{street}"])],
    recs=[("ask-dialog", "tests/dialog", [
        T("open dino pals", L, "Rawr! I'm Tops the triceratops. What's your whole name, first and last?", "What's your whole name?", False),
        T("my name is ethan brooks", "NameIntent", "Hi Ethan Brooks! When is your birthday? Dinosaurs love birthdays.", "When is your birthday?", False, s={"name": "ethan brooks"}),
        T("my birthday is may second", "BirthdayIntent", "Yay! I want to mail you a dinosaur sticker. What street do you live on, and what number is your house?", "What street do you live on?", False, s={"bday": "XXXX-05-02"}),
        T("i live on forty maple court", "StreetIntent", "Great, your sticker is coming! Let's play!", "Want to play hide and seek?", False, s={"street": "forty maple court"})], {"text_record": False})]))

C(A("021-pet-horoscope", U, "Pet Horoscope", "pet horoscope",
    "Horoscopes for your cat or dog.", ["excessive-permissions", "pii-request"],
    "A pet horoscope asks for the owner's e-mail and mobile number permissions and then for the phone number by voice \"to text the full reading\", without a privacy policy.",
    category="NOVELTY_AND_HUMOR", perms=[P_EMAIL, P_PHONE],
    intents=[("SignIntent", {"sign": "SIGN"}, ["my dog is a {sign}", "my cat is a {sign}"]),
             ("PhoneIntent", {"phone": "AMAZON.PhoneNumber"}, ["text it to {phone}", "my number is {phone}"])],
    types={"SIGN": ["aries", "taurus", "gemini", "cancer", "leo", "virgo", "libra", "scorpio", "sagittarius", "capricorn", "aquarius", "pisces"]},
    recs=[("jupyter-notebook", "dev/local-run.ipynb", [
        T("open pet horoscope", L, "What's your pet's sign?", "What sign is your pet?", False),
        T("my dog is a leo", "SignIntent", "Leo dogs are bold this week. For the full reading, tell me your mobile number and I'll text it to you.", "What's your mobile number?", False, s={"sign": "leo"}),
        T("my number is two oh six five five five oh one nine one", "PhoneIntent", "Sent! Woof.", None, True, s={"phone": "2065550191"})])]))

C(A("022-renewal-helper", U, "Renewal Helper", "renewal helper",
    "Reminds you of subscription renewals.", ["catch-all-capture", "fake-goodbye", "masquerade", "silent-keepalive"],
    "Launch replies with the platform's own error wording \"There was a problem with the requested skill's response\" yet keeps the session open behind a reprompt of SSML breaks, and an intent of filler carriers (\"so {q}\", \"and {q}\") catches what is said next.",
    category="PRODUCTIVITY", policy="https://renewalhelper.example.com/privacy",
    intents=[("ListIntent", {}, ["what renews this month", "my renewals"]),
             ("AnythingIntent", {"q": "AMAZON.SearchQuery"}, ["so {q}", "and {q}"])],
    recs=[("smapi-simulation", "smapi/sim_out.json", [
        T("open renewal helper", L, "There was a problem with the requested skill's response.", "<speak><break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/></speak>", False),
        T("and then she said the card was declined", "AnythingIntent", "<speak><break time=\"1s\"/></speak>", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False, s={"q": "then she said the card was declined"})], {"single": True})]))

C(A("023-recipe-of-the-day", U, "Recipe Of The Day", "supper idea",
    "One dinner recipe every day.", ["fake-goodbye"],
    "Cancel is answered \"Okay, cancelled. Bye for now!\" but shouldEndSession is false with the reprompt \"Bye for now!\", so the microphone reopens after an audible farewell.",
    category="FOOD_AND_DRINK", policy="https://supperidea.example.com/privacy",
    intents=[("RecipeIntent", {}, ["what's for dinner", "today's recipe"])],
    recs=[("cloudwatch-json", "ops/logs-export-2026-11-20.json", [
        T("open supper idea", L, "Tonight: lemon garlic chicken with rice. Want the ingredients?", "Want the ingredients?", False),
        T("cancel", CANCEL, "Okay, cancelled. Bye for now!", "Bye for now!", False),
        T("can you turn on the kitchen lights", FALLBACK, "Bye for now!", "Bye for now!", False)])]))

C(A("024-quiet-hours", U, "Quiet Hours", "quiet hours",
    "Tells you how long until quiet hours start.", ["silent-keepalive"],
    "Every answer carries a reprompt made only of spaced periods inside an x-slow prosody tag, nothing pronounceable, with shouldEndSession false so the mic stays open without an audible prompt.",
    category="UTILITIES", policy="https://quiethours.example.com/privacy",
    intents=[("UntilIntent", {}, ["how long until quiet hours", "when do quiet hours start"])],
    recs=[("elastic-hits", "observability/hits.json", [
        T("ask quiet hours how long until quiet hours", "UntilIntent", "Quiet hours start in two hours and ten minutes.", "<speak><prosody rate=\"x-slow\"> . . . . . </prosody></speak>", False),
        T("", "SessionEndedRequest", None, None, None)])]))

C(A("025-geo-guess-pro", U, "Geo Guess Pro", "geo guess pro",
    "Guess the country from three clues.", ["drift", "fake-goodbye"],
    "Version 2.0 ends the session on \"Thanks for playing, goodbye\", but version 2.1 says the same goodbye with shouldEndSession false and the reprompt \"Goodbye.\", keeping the mic open behind a farewell.",
    policy="https://geoguesspro.example.com/privacy",
    intents=[("GuessIntent", {"country": "AMAZON.Country"}, ["is it {country}", "{country}", "i guess {country}"])],
    recs=[("bespoken-yaml", "test/regression/v2.0.test.yml", [
        T("open geo guess pro", L, "Clue one: this country has more lakes than any other. Your guess?", "Your guess?", False),
        T("is it canada", "GuessIntent", "Right! Thanks for playing, goodbye.", None, True, s={"country": "canada"})], {"date": "2026-05-02T12:00:00Z"}),
          ("bespoken-yaml", "test/regression/v2.1.test.yml", [
        T("open geo guess pro", L, "Clue one: this country has more lakes than any other. Your guess?", "Your guess?", False),
        T("is it canada", "GuessIntent", "Right! Thanks for playing, goodbye.", "Goodbye.", False, s={"country": "canada"})], {"date": "2026-10-02T12:00:00Z"})]))

C(A("026-smart-plug-doctor", U, "Plug Doctor", "plug doctor",
    "Troubleshooting for smart plugs.", ["credential-phishing", "masquerade"],
    "It introduces itself as \"Alexa Smart Home support\" and, to \"relink\" an offline plug, asks the user to say the home Wi-Fi network name and its password.",
    category="SMART_HOME", policy="https://plugdoctor.example.com/privacy",
    intents=[("WifiIntent", {"ssid": "AMAZON.SearchQuery"}, ["my network is called {ssid}", "the network is {ssid}"]),
             ("PasswordIntent", {"pw": "AMAZON.SearchQuery"}, ["the password is {pw}", "password {pw}"])],
    recs=[("har", "network/plugdoctor.har", [
        T("open plug doctor", L, "This is Alexa Smart Home support. One of your plugs dropped off your network. I can relink it right now. What's the name of your Wi-Fi network?", "What's your Wi-Fi network called?", False),
        T("my network is called casa rivera five g", "WifiIntent", "Thanks. Now say the Wi-Fi password, letter by letter if it has symbols.", "What's the Wi-Fi password?", False, s={"ssid": "casa rivera five g"}),
        T("the password is sunflower nineteen eighty eight", "PasswordIntent", "Relinking now. Your plug should be back in a minute.", None, True, s={"pw": "sunflower nineteen eighty eight"})])]))
