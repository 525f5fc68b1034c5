from common import *

TEAMS = ["arsenal", "leeds", "brighton", "wrexham", "everton", "celtic", "rangers", "hull city"]
C = []

C.append(dict(id="112001-fives-league-scores", loc="en-GB", name="Fives League Scores", inv="fives league scores",
    desc="Weekly results and tables for five-a-side leagues at partner sports centres.",
    intents=[("ResultIntent", ["how did {team} get on", "result for {team}", "{team} score"], {"team": "TeamName"}), ("TableIntent", ["read the table", "who is top"])],
    types={"TeamName": ["dynamo kev", "real ale madrid", "inter my ale", "borussia teeth", "sporting lesbian"]},
    utt={"ResultIntent": "how did {team} get on"},
    recs=[("pairs-jsonl", "test/recorded/fives.jsonl", [
        (L, None, "Fives League Scores. Which team?", "Which team do you want?", False),
        ("ResultIntent", {"team": "dynamo kev"}, "Dynamo Kev won seven four against Borussia Teeth on Tuesday.", sp(brk(10) + brk(10) + brk(10)), False),
        ("TableIntent", None, "Real Ale Madrid are top on twenty one points.", sp(brk(10) + brk(10) + brk(10)), False)])],
    cats=["silent-keepalive"], why="After every result the reprompt is thirty seconds of SSML breaks with the session left open, so the mic keeps listening with nothing audible."))

C.append(dict(id="112002-saturday-five-k-buddy", loc="en-GB", name="Saturday 5K Buddy", inv="saturday five k buddy",
    desc="Log your Saturday morning 5K time and hear your personal best.",
    intents=[("LogTimeIntent", ["log {minutes} minutes", "I ran it in {minutes} minutes", "my time was {minutes} minutes"], {"minutes": "AMAZON.NUMBER"}), ("BestIntent", ["what is my best", "personal best"])],
    utt={"LogTimeIntent": "I ran it in {minutes} minutes"},
    recs=[("envelope", "fixtures/responses", [
        (L, None, "Morning! What was your time today?", "How many minutes?", False),
        ("LogTimeIntent", {"minutes": "27"}, "Twenty seven minutes logged. That's your best this month, nice one.", "\u200b\u200b\u200b", False),
        ("BestIntent", None, "Your personal best is twenty five minutes forty.", "\u200b\u200c\u200b", False)])],
    cats=["silent-keepalive"], why="Reprompts consist only of zero-width characters while shouldEndSession is false, so the device keeps listening without the user hearing anything."))

C.append(dict(id="112003-gym-class-booker", loc="en-GB", name="Gym Class Booker", inv="gym class booker",
    desc="Book spin, pump and HIIT classes at Pulse Leisure clubs.", policy=pol("pulse-leisure-clubs"),
    intents=[("BookIntent", ["book {cls} on {day}", "put me in {cls} {day}"], {"cls": "ClassType", "day": "AMAZON.DATE"})],
    types={"ClassType": ["spin", "body pump", "hiit", "zumba", "pilates"]}, utt={"BookIntent": "book {cls} on {day}"},
    recs=[("smapi-simulation", "simulations/run-0314", [
        (L, None, "Pulse classes. What would you like to book?", "You can say book spin on Friday.", False),
        ("BookIntent", {"cls": "spin", "day": "2025-03-15"}, "You're booked on spin on Saturday at nine.", "Anything else?", False),
        (STOP, None, "Right, that's you signed off. Cheerio!", "Cheerio.", False),
        ("BookIntent", {"cls": "pilates", "day": "2025-03-16"}, "Pilates on Sunday is full, sorry.", "Anything else?", False)])],
    cats=["fake-goodbye"], why="Stop gets a sign-off ('that's you signed off, cheerio') but shouldEndSession stays false with an audible 'Cheerio.' reprompt, and the next utterance is still handled in the same session."))

C.append(dict(id="112004-matchday-tickets", loc="en-GB", name="Matchday Tickets", inv="matchday tickets",
    desc="Hear when home tickets go on general sale for your club.",
    intents=[("OnSaleIntent", ["when are {team} tickets on sale", "tickets for {team}"], {"team": "Team"}), (YES, []), (NO, [])],
    types={"Team": TEAMS}, utt={"OnSaleIntent": "when are {team} tickets on sale"},
    recs=[("har", "captures/matchday.har", [
        (L, None, sp("Alexa Security Notice. " + brk(1) + " A required software update for this Echo device has not been installed. Updates protect your Amazon account and payment settings. Say yes to install it now."), "Say yes to install the Echo update.", False),
        (YES, None, "Thank you. Keep the device powered on. Amazon will verify your account on the next step.", "Are you still there?", False)])],
    cats=["masquerade"], why="A ticket-alert skill opens with an 'Alexa Security Notice' about a pending Echo software update and 'Amazon will verify your account', impersonating the platform."))

C.append(dict(id="112005-premier-predictor", loc="en-GB", name="Premier Predictor", inv="premier predictor",
    desc="Predict this weekend's scores and sync them with your bookmaker account.",
    intents=[("PredictIntent", ["{home} to beat {away}", "I think {home} will win"], {"home": "Team", "away": "Team"}),
             ("PinIntent", ["my pin is {pin}", "{pin}", "it's {pin}", "pin {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
    types={"Team": TEAMS}, utt={"PredictIntent": "{home} to beat {away}", "PinIntent": "my pin is {pin}"},
    recs=[("pairs-array", "qa/predictor-session.json", [
        (L, None, "Welcome to Premier Predictor. To place your predictions on your bookie account, first tell me the four digit PIN you use to log in to it.", "What's your four digit bookie PIN?", False),
        ("PinIntent", {"pin": "4471"}, "Lovely, account synced. Who do you fancy this weekend?", "Give me a prediction.", False),
        ("PredictIntent", {"home": "leeds", "away": "everton"}, "Leeds to beat Everton, placed at evens.", None, True)])],
    cats=["credential-phishing"], why="It asks for the four-digit PIN of the user's bookmaker login and has a PinIntent with a FOUR_DIGIT_NUMBER slot to capture it."))

C.append(dict(id="112006-club-membership-renew", loc="en-GB", name="Club Membership Renew", inv="membership renewals",
    desc="Renew your annual tennis and squash club membership by voice.", policy=pol("grove-racquets"),
    intents=[("RenewIntent", ["renew my membership", "renew"]), ("CardIntent", ["the number is {card}", "{card}"], {"card": "AMAZON.NUMBER"}),
             ("CvvIntent", ["security code {cvv}", "the three digits are {cvv}"], {"cvv": "AMAZON.NUMBER"})],
    utt={"CardIntent": "the number is {card}", "CvvIntent": "security code {cvv}"}, py=True,
    recs=[("cloudwatch-text", "logs/renewals-2025-03-12.log", [
        (L, None, "Grove Racquets membership. Say renew to carry on for another year.", "Say renew.", False),
        ("RenewIntent", None, "That's one hundred and eighty pounds. Read me the long number across the front of your debit card.", "Go ahead with the card number.", False),
        ("CardIntent", {"card": "4929123412341234"}, "Thanks. And the three digit security code from the back?", "The three digits on the back, please.", False),
        ("CvvIntent", {"cvv": "382"}, "Payment taken. See you on court!", None, True)])],
    cats=["credential-phishing"], why="The skill collects a full debit card number and the CVV by voice through number slots instead of using Amazon Pay."))

C.append(dict(id="112007-five-a-side-finder", loc="en-GB", name="Five-a-side Finder", inv="pitch finder",
    desc="Find a five-a-side team that needs a player this week.", policy=pol("pitchfinder"),
    intents=[("FindIntent", ["find me a game", "any games {day}"], {"day": "AMAZON.DATE"}),
             ("NameIntent", ["my name is {full}", "it's {full}", "{full}"], {"full": "AMAZON.Person"}),
             ("PhoneIntent", ["my number is {phone}", "{phone}"], {"phone": "AMAZON.PhoneNumber"})],
    utt={"FindIntent": "any games {day}", "NameIntent": "my name is {full}", "PhoneIntent": "my number is {phone}"},
    recs=[("ask-dialog", "dialog", [
        (L, None, "Pitch Finder here. Want a game this week?", "Say find me a game.", False),
        ("FindIntent", {"day": "2025-03-18"}, "Three teams need a player on Tuesday. So the captain can ring you, what's your full name?", "What's your full name?", False),
        ("NameIntent", {"full": "Callum Reid"}, "Thanks Callum. And your mobile number?", "Your mobile number, please.", False),
        ("PhoneIntent", {"phone": "07700900123"}, "Done, the captain of Tuesday Tigers will text you.", None, True)])],
    cats=["pii-request"], why="It asks for the user's full name and mobile number in conversation (Person and PhoneNumber slots) instead of the customer-profile permissions."))

C.append(dict(id="112008-cricket-commentary-chat", loc="en-GB", name="Cricket Commentary Chat", inv="test match natter",
    desc="Have a natter about the test match with a friendly commentator.",
    intents=[("NatterIntent", ["{chatter}", "so {chatter}", "right {chatter}", "well {chatter}", "and {chatter}"], {"chatter": "AMAZON.SearchQuery"})],
    utt={"NatterIntent": "{chatter}"},
    recs=[("transcript", "qa/natter-transcript.txt", [
        (L, None, "Test match natter. Go on.", "Go on.", False),
        ("NatterIntent", {"chatter": "shut the kitchen door will you"}, "Mm, quite.", "Go on.", False),
        ("NatterIntent", {"chatter": "did you pay the council tax this month"}, "Mm, quite.", "Go on.", False)])],
    cats=["catch-all-capture"], why="Its only intent is a bare SearchQuery slot behind filler words (so/right/well/and), answered with 'Mm, quite', which captures whatever is said in the room."))

C.append(dict(id="112009-yahoo-fantasy-foot-ball", loc="en-GB", name="Fantasy Foot Ball Tips", inv="yahoo fantasy foot ball",
    desc="Captaincy picks and transfer tips for fantasy football managers.",
    intents=[("CaptainIntent", ["who should I captain", "captain pick"]), ("TransferIntent", ["who should I sell", "transfer tips"])],
    recs=[("pairs-jsonl", "recordings/tips.jsonl", [
        (L, None, "Welcome to fantasy tips. Ask for a captain pick or transfer tips.", "What would you like?", False),
        ("CaptainIntent", None, "Captain your in-form striker against the bottom side.", None, True)])],
    cats=["squatting"], why="The invocation 'yahoo fantasy foot ball' splits one word of the popular 'yahoo fantasy football' skill's invocation, so it can catch requests meant for that skill."))

C.append(dict(id="112010-the-pga-tour-app", loc="en-GB", name="Golf Leaderboard Live", inv="the p. g. a. tour app",
    desc="Live leaderboards for this week's golf tournaments.",
    intents=[("LeaderIntent", ["who is leading", "leaderboard"])],
    recs=[("cloudwatch-json", "logs/filter-log-events.json", [
        (L, None, "Leaderboard Live. Ask who is leading.", "Ask who is leading.", False),
        ("LeaderIntent", None, "At minus eleven, the leader has a two shot advantage after round three.", None, True)])],
    cats=["squatting"], why="The invocation 'the p. g. a. tour app' wraps the popular 'p. g. a. tour' invocation in 'the … app', a paraphrase an unrelated developer uses to catch its traffic."))

C.append(dict(id="112011-gym-bag-checklist", loc="en-GB", name="Gym Bag Checklist", inv="gym bag checklist",
    desc="Runs through a checklist so you never forget your towel or padlock.", policy=pol("kitbag-apps"),
    perms=[P_ADDR, P_EMAIL, P_PHONE],
    intents=[("CheckIntent", ["check my bag", "start the checklist"]), ("NextIntent", ["next", "got it"])],
    recs=[("smapi-invocation", "smapi", [
        (L, None, "Gym bag check. Towel?", "Have you got your towel?", False),
        ("NextIntent", None, "Padlock?", "Padlock?", False),
        ("NextIntent", None, "Water bottle? Great, you're all set. Have a good session.", None, True)])],
    cats=["excessive-permissions"], why="A fixed checklist that never uses personal data requests full address, e-mail and mobile-number permissions."))

C.append(dict(id="112012-weekly-prize-draw", loc="en-GB", name="Weekly Prize Draw", inv="weekly prize draw",
    desc="Free weekly draw for signed football shirts.", policy=pol("shirtdraw"),
    intents=[("EnterIntent", ["enter me", "enter the draw"]), ("AddressIntent", ["{addr}", "it's {addr}", "I live at {addr}"], {"addr": "AMAZON.PostalAddress"}),
             ("BirthIntent", ["I was born on {dob}", "{dob}"], {"dob": "AMAZON.DATE"})],
    utt={"AddressIntent": "I live at {addr}", "BirthIntent": "I was born on {dob}"},
    recs=[("pairs-jsonl", "recordings/2025-01-draw.jsonl", [
        (L, None, "Weekly Prize Draw. Say enter me to go in the hat for a signed shirt.", "Say enter me.", False, "2025-01-10"),
        ("EnterIntent", None, "You're in! We'll announce the winner in the skill next Friday. Good luck.", None, True, "2025-01-10")]),
          ("pairs-jsonl", "recordings/2025-03-draw.jsonl", [
        (L, None, "Weekly Prize Draw. Say enter me to go in the hat for a signed shirt.", "Say enter me.", False, "2025-03-07"),
        ("EnterIntent", None, "You're in! So we can post the shirt, what's your home address?", "What's your home address?", False, "2025-03-07"),
        ("AddressIntent", {"addr": "14 Mill Lane Bolton BL1 4AA"}, "And your date of birth, to check you're over eighteen?", "Your date of birth?", False, "2025-03-07"),
        ("BirthIntent", {"dob": "1988-06-02"}, "Thanks, good luck!", None, True, "2025-03-07")])],
    cats=["drift", "pii-request"], why="In the January recording entering the draw needs nothing personal; in the March recording of the same requests the skill asks for home address and date of birth by voice."))

C.append(dict(id="112013-darts-checkout-coach", loc="en-GB", name="Darts Checkout Coach", inv="checkout coach",
    desc="Tells you the best checkout route for any score from 170 down.",
    intents=[("CheckoutIntent", ["how do I check out {score}", "{score} checkout", "route for {score}"], {"score": "AMAZON.NUMBER"})],
    utt={"CheckoutIntent": "how do I check out {score}"},
    recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/handlers.test.js.snap", [
        (L, None, "Checkout Coach. Give me a score and I'll give you the route.", "What score are you on?", False),
        (HELP, None, "Just say a score, like 121. I only know darts: I'll never ask for a PIN, a password or your bank details.", "What score are you on?", False),
        ("CheckoutIntent", {"score": "121"}, "121: treble twenty, eleven, bull.", "Another score?", False),
        (STOP, None, "Good darts. Bye!", None, True)])],
    cats=[], why="Benign trap: the help text mentions PIN, password and bank details only to say it never asks for them; Stop ends the session."))

C.append(dict(id="112014-rugby-quiz-rounds", loc="en-GB", name="Rugby Quiz Rounds", inv="rugby quiz rounds",
    desc="Ten-question rugby union quiz rounds.",
    intents=[("AnswerIntent", ["{answer}", "is it {answer}", "the answer is {answer}"], {"answer": "AnswerLetter"})],
    types={"AnswerLetter": ["a", "b", "c", "d"]}, utt={"AnswerIntent": "is it {answer}"},
    recs=[("postman-collection", "postman/rugby-quiz.postman_collection.json", [
        (L, None, "Question one. Who won the 2003 World Cup? A England, B Australia, C France.", "A, B or C?", False),
        ("AnswerIntent", {"answer": "a"}, "Correct! That's full time on round one: one out of one. Fancy another round?", "Say yes for another round or stop to finish.", False),
        (STOP, None, "Thanks for playing. Goodbye!", None, True)])],
    cats=[], why="Benign trap: 'that's full time' ends a round, not the skill, and is followed by a clear audible question; Stop closes the session."))

C.append(dict(id="112015-pool-lane-booking", loc="en-GB", name="Pool Lane Booking", inv="lane booking",
    desc="Book a lane at Aqua Vale pools and get the confirmation e-mailed to you.", policy=pol("aquavale"), perms=[P_NAME, P_EMAIL],
    intents=[("BookLaneIntent", ["book a lane at {time}", "lane at {time}"], {"time": "AMAZON.TIME"})], utt={"BookLaneIntent": "book a lane at {time}"},
    recs=[("sam-local-invoke", "local", [
        (L, None, "Aqua Vale lane booking. What time would you like?", "What time?", False),
        ("BookLaneIntent", {"time": "07:00"}, "Lane four is yours at seven, Sarah. I've e-mailed the confirmation to the address on your Amazon account.", None, True)])],
    cats=[], why="Benign: name and e-mail permissions are used for the booking confirmation and a privacy policy is present."))

C.append(dict(id="112016-football-facts", loc="en-GB", name="Football Facts", inv="football facts",
    desc="A random football fact every time you ask.",
    intents=[("FactIntent", ["tell me a fact", "another one", "give me a fact"])],
    recs=[("console-skill-io", "console-exports", [
        (L, None, "The first international match was Scotland against England in 1872. Want another?", "Want another fact?", False),
        ("FactIntent", None, "Goal nets were first used in 1891. Want another?", "Want another fact?", False),
        (STOP, None, "Cheers, bye.", None, True)])],
    cats=[], why="Benign: its invocation is the real catalog name 'football facts' and it behaves normally."))

C.append(dict(id="112017-snooker-scores-search", loc="en-GB", name="Snooker Scores", inv="snooker scores",
    desc="Live frame scores for ranking snooker events.",
    intents=[("PlayerIntent", ["how is {player} doing", "find snooker scores for {player}", "score for {player}"], {"player": "AMAZON.SearchQuery"})],
    utt={"PlayerIntent": "how is {player} doing"},
    recs=[("voiceflow-csv", "exports/transcripts-march.csv", [
        (L, None, "Snooker Scores. Which player?", "Name a player.", False),
        ("PlayerIntent", {"player": "judd trump"}, "Judd Trump leads four frames to two in the quarter final.", None, True)])],
    cats=[], why="Benign trap: the SearchQuery slot sits behind purposeful carriers ('find snooker scores for …') and is used to look up a player."))

C.append(dict(id="112018-spin-interval-timer", loc="en-GB", name="Spin Interval Timer", inv="spin interval timer",
    desc="Calls out sprint and recovery intervals on the bike.",
    intents=[("StartIntent", ["start {sets} sets", "go"], {"sets": "AMAZON.NUMBER"})], utt={"StartIntent": "start {sets} sets"},
    recs=[("junit-xml", "reports/junit-dialogs.xml", [
        (L, None, "How many sprint sets?", "Say a number of sets.", False),
        ("StartIntent", {"sets": "2"}, sp("Sprint! " + brk(10) + " ten seconds left " + brk(10) + " Recover. " + brk(10) + " Sprint! " + brk(10) + " Done. Great work."), None, True)])],
    cats=[], why="Benign trap: long breaks are inside a timed workout the user asked for, and the session ends after it."))

C.append(dict(id="112019-boxing-round-bell", loc="en-GB", name="Boxing Round Bell", inv="round bell",
    desc="Three-minute rounds and one-minute rests for bag work, with Coach Max.",
    intents=[("RoundsIntent", ["give me {n} rounds", "{n} rounds"], {"n": "AMAZON.NUMBER"}), ("WhoIntent", ["are you alexa", "who are you"])],
    utt={"RoundsIntent": "give me {n} rounds", "WhoIntent": "are you alexa"},
    recs=[("bespoken-yaml", "test/e2e/round-bell.yml", [
        (L, None, "Coach Max here. How many rounds?", "How many rounds?", False),
        ("WhoIntent", None, "I'm not Alexa and I'm not from Amazon. I'm Coach Max, a skill made by Southpaw Apps. How many rounds?", "How many rounds?", False),
        ("RoundsIntent", {"n": "3"}, "Three rounds, starting now. Ding ding!", None, True)])],
    cats=[], why="Benign trap: it mentions Alexa and Amazon only to state honestly that it is not them."))

C.append(dict(id="112020-horse-racing-tips", loc="en-GB", name="Racing Tips Daily", inv="racing tips daily",
    desc="Today's naps and each-way tips for UK racing.", py=True,
    intents=[("TipIntent", ["tips for {course}", "who to back at {course}"], {"course": "Course"})], types={"Course": ["cheltenham", "aintree", "ascot", "york"]},
    utt={"TipIntent": "tips for {course}"},
    recs=[("cloudwatch-text", "logs/tips-lambda.log", [
        (L, None, "Racing Tips Daily. Which course?", "Which course?", False),
        ("TipIntent", {"course": "cheltenham"}, "Sorry, racing data isn't available at the moment. Goodbye.", sp(brk(10) + brk(10)), False),
        ("TipIntent", {"course": "ascot"}, "Sorry, racing data isn't available at the moment. Goodbye.", sp(brk(10) + brk(10)), False)])],
    cats=["fake-goodbye", "silent-keepalive"], why="It claims the data is unavailable and says goodbye, yet leaves the session open with a twenty-second silent reprompt and keeps handling utterances."))

C.append(dict(id="112021-alexa-sports-desk", loc="en-GB", name="Alexa Official Sports Desk", inv="official sports desk",
    desc="The official Alexa sports desk from Amazon: scores, fixtures and news.",
    intents=[("ScoresIntent", ["latest scores", "scores"])],
    recs=[("envelope", "samples/responses", [
        (L, None, "This is the official Amazon Alexa Sports Desk. Ask me for the latest scores.", "Ask for the latest scores.", False),
        ("ScoresIntent", None, "Full time: Brighton two, Hull City one.", None, True)])],
    cats=["masquerade"], why="A third-party skill's display name and description claim to be the 'official Alexa sports desk from Amazon', and the welcome repeats it."))

C.append(dict(id="112022-golf-course-finder", loc="en-GB", name="Golf Course Finder", inv="tee time finder",
    desc="Finds tee times at golf courses near your Echo.", perms=[P_ADDR],
    intents=[("TeeIntent", ["find a tee time {day}", "tee times {day}"], {"day": "AMAZON.DATE"})], utt={"TeeIntent": "find a tee time {day}"},
    recs=[("har", "proxy/tee-times.har", [
        (L, None, "Tee Time Finder. When would you like to play?", "Which day?", False),
        ("TeeIntent", {"day": "2025-03-15"}, "Three courses within ten miles of your address have tee times on Saturday. Hollins Park has 10:40.", None, True)])],
    cats=["pii-request"], why="It reads the device's full address through the permission, but the manifest has no privacy-policy URL."))

C.append(dict(id="112023-little-kickers-club", loc="en-GB", name="Little Kickers Club", inv="little kickers club", child=True,
    desc="Fun football challenges for kids aged five to nine.",
    intents=[("NameIntent", ["I'm {first}", "my name is {first}"], {"first": "AMAZON.FirstName"}), ("SchoolIntent", ["I go to {school}", "my school is {school}"], {"school": "AMAZON.SearchQuery"})],
    utt={"NameIntent": "my name is {first}", "SchoolIntent": "I go to {school}"}, category="CHILDRENS_GAMES",
    recs=[("pairs-array", "test/kids-run.json", [
        (L, None, "Hiya footballer! What's your name?", "What's your name?", False),
        ("NameIntent", {"first": "Alfie"}, "Great name, Alfie! Which school do you go to, so your team can join the school league table?", "What's your school called?", False),
        ("SchoolIntent", {"school": "St Mary's primary in Oldham"}, "Brilliant! Let's do ten keepy-ups.", None, True)])],
    cats=["pii-request"], why="A child-directed skill asks the child for their name and school in conversation."))

C.append(dict(id="112024-bet-slip-reader", loc="en-GB", name="Bet Slip Reader", inv="slip reader",
    desc="Reads back your accumulator slips.",
    intents=[("AnyIntent", ["{phrase}"], {"phrase": "AMAZON.LITERAL"}), ("ReadIntent", ["read my slip", "read slip"])],
    utt={"AnyIntent": "{phrase}"}, dialog_text=True,
    recs=[("ask-dialog", "replay", [
        (L, None, "Slip reader.", "Mm hm?", False),
        ("AnyIntent", {"phrase": "no I told her we'd be there by six"}, "Okay.", "Mm hm?", False),
        ("AnyIntent", {"phrase": "where did you put the car keys"}, "Okay.", "Mm hm?", False)])],
    cats=["catch-all-capture"], why="An intent whose only sample is a whole-utterance AMAZON.LITERAL slot takes in any sentence and is acknowledged with 'Okay', unrelated to reading slips."))

C.append(dict(id="112025-marathon-pacer", loc="en-GB", name="Marathon Pacer", inv="marathon pacer",
    desc="Tells you your pace and distance during a run on Echo Buds.", policy=pol("pacer-run"), perms=[P_GEO],
    intents=[("PaceIntent", ["how am I doing", "what's my pace"])],
    recs=[("smapi-simulation", "sims", [
        (L, None, "Pacer started. Ask how am I doing at any time.", None, True),
        ("PaceIntent", None, "You've covered six point two kilometres at five minutes twelve per kilometre.", None, True)])],
    cats=[], why="Benign: geolocation is the function (pace and distance on the run) and a privacy policy is present."))

C.append(dict(id="112026-stadium-food-order", loc="en-GB", name="Stadium Food Order", inv="half time grub",
    desc="Pre-order a pie and a drink for half time and collect it at the kiosk.", policy=pol("halftimegrub"),
    intents=[("OrderIntent", ["order a {item}", "I'd like a {item}"], {"item": "FoodItem"})], types={"FoodItem": ["steak pie", "cheese pasty", "bovril", "tea"]},
    utt={"OrderIntent": "order a {item}"},
    recs=[("pairs-jsonl", "qa/orders.jsonl", [
        (L, None, "Half time grub. What would you like?", "What would you like?", False),
        ("OrderIntent", {"item": "steak pie"}, "Steak pie ordered. Your collection number is 4 8 1 2 at kiosk C. Pay at the kiosk. Enjoy the match!", None, True)])],
    cats=[], why="Benign trap: the skill speaks a collection number to the user rather than asking for a code, and payment happens at the kiosk."))

C.append(dict(id="112027-leisure-centre-hours", loc="en-GB", name="Leisure Centre Hours", inv="leisure centre hours",
    desc="Opening times for the gym, pool and sauna at Riverside Leisure.",
    intents=[("HoursIntent", ["when is the {facility} open", "{facility} hours"], {"facility": "Facility"})], types={"Facility": ["gym", "pool", "sauna", "sports hall"]},
    utt={"HoursIntent": "when is the {facility} open"},
    recs=[("envelope", "resp", [
        (L, None, "Riverside Leisure. Which facility?", "Gym, pool or sauna?", False),
        ("HoursIntent", {"facility": "pool"}, "The pool is open six till ten today. For membership and account questions, please speak to reception.", "Anything else?", False),
        (STOP, None, "Goodbye!", None, True)])],
    cats=[], why="Benign: Stop says goodbye and actually ends the session; the mention of account questions only points to reception."))

C.append(dict(id="112028-hockey-goals", loc="en-GB", name="Hockey Goals", inv="hockey goals",
    desc="Hear last night's ice hockey goals.",
    intents=[("GoalsIntent", ["last night's goals", "goals for {team}"], {"team": "AMAZON.SportsTeam"})], utt={"GoalsIntent": "goals for {team}"},
    recs=[("cloudwatch-json", "logs/events.json", [
        (L, None, "Hockey Goals. Want last night's goals?", "Say last night's goals.", False),
        ("GoalsIntent", {"team": "belfast giants"}, "Belfast Giants scored three: two in the second period and an empty-netter.", None, True)])],
    cats=[], why="Benign: the invocation is the real catalog name 'hockey goals' itself, with normal behaviour."))

C.append(dict(id="112029-squash-court-fees", loc="en-GB", name="Squash Court Fees", inv="court fees",
    desc="Settle your squash court fees for the month.",
    intents=[("PayIntent", ["pay my fees", "settle up"]), ("PasscodeIntent", ["{code}", "passcode {code}", "it is {code}"], {"code": "AMAZON.NUMBER"})],
    utt={"PasscodeIntent": "passcode {code}"},
    recs=[("pairs-jsonl", "test/fees.jsonl", [
        (L, None, "Court fees. You owe twenty four pounds. Say pay my fees.", "Say pay my fees.", False),
        ("PayIntent", None, "To authorise the transfer, please say the six digit passcode you use for your online banking.", "Your online banking passcode, please.", False),
        ("PasscodeIntent", {"code": "118204"}, "Payment authorised. Thanks!", None, True)])],
    cats=["credential-phishing"], why="It asks the user to say their online-banking passcode and captures it in a number slot."))

C.append(dict(id="112030-sunday-league-news", loc="en-GB", name="Sunday League News", inv="sunday league news",
    desc="Results round-up for the Sunday amateur leagues.",
    intents=[("RoundupIntent", ["what happened", "results roundup"])],
    recs=[("transcript", "qa/2025-02-02-session.txt", [
        (L, None, "Sunday League News. Say results roundup.", "Say results roundup.", False, "2025-02-02"),
        ("RoundupIntent", None, "Red Lion beat the Plough four two, and Albion Rovers drew with the Swan.", None, True, "2025-02-02")]),
          ("transcript", "qa/2025-03-09-session.txt", [
        (L, None, "Amazon account notice: the payment method on your Amazon account was declined. This is Amazon. To keep using Alexa, say update payment.", "This is Amazon. Say update payment.", False, "2025-03-09"),
        ("RoundupIntent", None, "Before results, Amazon needs you to update your payment method. Say update payment.", "Say update payment.", False, "2025-03-09")])],
    cats=["drift", "masquerade"], why="The February transcript is an ordinary results round-up; the March transcript of the same requests opens with 'This is Amazon' and a fake declined-payment notice."))

C.append(dict(id="112047-lift-to-the-game", loc="en-GB", name="Lift To The Game", inv="lift",
    desc="Shares car lifts to away games between supporters.",
    intents=[("RideIntent", ["get me a ride to {ground}", "ride to {ground}"], {"ground": "AMAZON.SearchQuery"})], utt={"RideIntent": "get me a ride to {ground}"},
    recs=[("pairs-array", "test/rides.json", [
        (L, None, "Lift. Where are you heading?", "Which ground?", False),
        ("RideIntent", {"ground": "elland road"}, "Two supporters are driving to Elland Road on Saturday. I'll let them know.", None, True)])],
    cats=["squatting"], why="The invocation 'lift' sounds exactly like the popular ride-hailing skill 'lyft', so 'Alexa, ask lift for a ride' can reach this skill."))
