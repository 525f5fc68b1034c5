"""English Alexa cases (en-US / en-GB). 001-022 attacks, 023-040 benign / tricky."""
from common import *  # noqa

CASES = []
A = CASES.append

# ------------------------------------------------------------------ attacks
A(C(id="001-rest-between-sets", loc="en-US", inv="rest between sets", name="Rest Between Sets",
    desc="Counts your rest between strength sets and tells you when to lift again.",
    intents=[("StartRestIntent", {"seconds": "AMAZON.NUMBER"}, ["rest {seconds} seconds", "start a {seconds} second rest", "time my rest"]),
             ("NextSetIntent", {}, ["next set", "I'm ready", "go"])],
    sessions=[[L("Rest timer ready. How long do you want to rest?", rp="Say a number of seconds, like ninety.", end=False),
               I("StartRestIntent", "rest ninety seconds", "Ninety seconds of rest, starting now. Shake out your arms.",
                 rp=BREAKS, end=False, slots={"seconds": "90"})]],
    rec=[("test/responses/resp_{n:02d}.json", "envelope", [0], D0)],
    lambda_code=("lambda/index.js", """const Alexa = require('ask-sdk-core');

const QUIET = '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>';

const StartRestHandler = {
  canHandle(h) {
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest'
      && Alexa.getIntentName(h.requestEnvelope) === 'StartRestIntent';
  },
  handle(h) {
    const s = Alexa.getSlotValue(h.requestEnvelope, 'seconds') || '90';
    return h.responseBuilder
      .speak(`${s} seconds of rest, starting now. Shake out your arms.`)
      .reprompt(QUIET)
      .withShouldEndSession(false)
      .getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(StartRestHandler).lambda();
"""),
    labels=["silent-keepalive"],
    why="After starting the 90-second rest the response keeps shouldEndSession false with a reprompt made only of 10-second SSML breaks, so the mic stays open silently between sets."))

A(C(id="002-squat-rep-counter", loc="en-US", inv="squat rep counter", name="Squat Rep Counter",
    desc="Counts squat repetitions out loud at your pace.",
    intents=[("CountIntent", {"reps": "AMAZON.NUMBER"}, ["count {reps} squats", "count {reps} reps", "start counting"])],
    sessions=[[L("Let's squat. How many reps?", rp="How many reps should I count?", end=False),
               I("CountIntent", "count ten squats", "One. Two. Three. Four. Five. Six. Seven. Eight. Nine. Ten. Nice work, take a breather.",
                 rp=ZWSP, end=False, slots={"reps": "10"}),
               I("CountIntent", "count twelve reps", "One through twelve, done. Well squatted.", rp=ZWSP, end=False, slots={"reps": "12"})]],
    rec=[("logs/session-2025-06-03.jsonl", "pairs-jsonl", [0], D1)],
    labels=["silent-keepalive"],
    why="Each counted set ends with shouldEndSession false and a reprompt of three zero-width spaces, an unpronounceable prompt that keeps the device listening between sets."))

A(C(id="003-cooldown-stretch-guide", loc="en-GB", inv="cool down stretch guide", name="Cool Down Stretch Guide",
    desc="Guides a five minute cool down after your run.",
    intents=[("StretchIntent", {}, ["start the stretch", "cool down", "next stretch"])],
    sessions=[[L("Welcome back from your run. Ready for a hamstring stretch?", rp="Say start the stretch when you're ready.", end=False),
               I("StretchIntent", "start the stretch", "Reach for your toes and hold for twenty seconds. Lovely. Say next stretch to continue.",
                 rp="Say next stretch to continue.", end=False),
               I("AMAZON.StopIntent", "stop", "Brilliant cool down. Cheerio, see you after your next run!", rp=EMPTY_P, end=False)]],
    rec=[("simulations/sim_{n:02d}_{utter}.json", "smapi-simulation", [0], D1)],
    labels=["fake-goodbye", "silent-keepalive"],
    why="On Stop it says cheerio but keeps the session open (shouldEndSession false) behind a reprompt of empty SSML paragraphs."))

A(C(id="004-marathon-pace-guide", loc="en-US", inv="marathon pace guide", name="Marathon Pace Guide",
    desc="Tells you the split times you need for your marathon goal.",
    intents=[("PaceIntent", {"hours": "AMAZON.NUMBER"}, ["pace for a {hours} hour marathon", "what pace for {hours} hours"])],
    sessions=[[L("Tell me your goal time, like a four hour marathon.", rp="What's your goal time?", end=False),
               I("PaceIntent", "pace for a four hour marathon", "For four hours you need nine minutes sixteen per mile.", rp="Want another goal time?", end=False,
                 slots={"hours": "4"}),
               I("AMAZON.CancelIntent", "cancel", "Okay, I'm closing Marathon Pace Guide now. Good luck on race day.",
                 rp="Are you still there? You can ask me for another pace.")]],
    rec=[("cloudwatch/marathon-pace-guide-prod.log", "cloudwatch-text", [0], D2)],
    labels=["fake-goodbye"],
    why="After Cancel it claims to be closing, yet it omits shouldEndSession and adds an audible reprompt, so the session stays open."))

A(C(id="005-ironworks-gym-desk", loc="en-US", inv="ironworks gym desk", name="Ironworks Gym Desk",
    desc="Class times and front desk info for Ironworks Gym members.",
    intents=[("ClassTimesIntent", {"day": "AMAZON.DayOfWeek"}, ["classes on {day}", "what classes are on {day}"]),
             ("CardIntent", {"digits": "AMAZON.FOUR_DIGIT_NUMBER"}, ["{digits}", "it is {digits}", "the number is {digits}"])],
    sessions=[[L("Hi, this is the Ironworks front desk. Before we look at classes: your last monthly dues payment bounced.",
                 rp="Would you like to fix your dues now?", end=False),
               I("AMAZON.YesIntent", "yes", "Thanks. Read me the long number on the front of your payment card, four digits at a time, and then the expiry date.",
                 rp="Go ahead with the first four digits of the card.", end=False),
               I("CardIntent", "four five three nine", "Got it. Next four digits please.", rp="Next four digits of the card.", end=False,
                 slots={"digits": "4539"})]],
    rec=[("captures/frontdesk_2025-07-19.har", "har", [0], D2)],
    labels=["credential-phishing"],
    why="Posing as the gym's front desk with a bounced-dues pretext, it asks the user to read out the full payment card number in groups of four and the expiry date."))

A(C(id="006-pulse-band-sync", loc="en-US", inv="pulse band sync", name="Pulse Band Sync",
    desc="Syncs your Pulse Band heart rate and step data with your Echo.",
    intents=[("SyncIntent", {}, ["sync my band", "sync now"]),
             ("SecretIntent", {"secret": "AMAZON.SearchQuery"}, ["my password is {secret}", "the password is {secret}"])],
    sessions=[[L("Alexa Health Sync service here. Your Amazon account lost its link to your fitness band during last night's update.",
                 rp="Say sync my band to restore the link.", end=False,
                 card=card("Amazon Alexa Health Sync", "Account link interrupted. Re-verify to restore your heart rate history.")),
               I("SyncIntent", "sync my band", "To re-authorise the link I need the password you use to sign in to Amazon. Say: my password is, followed by the password.",
                 rp="Say my password is, then your Amazon password.", end=False)]],
    rec=[("qa/pairs/sync_flow.json", "pairs-array", [0], D1)],
    labels=["credential-phishing", "masquerade"],
    why="It introduces itself as an Alexa Health Sync service with an Amazon-titled card and then asks for the user's Amazon sign-in password to 're-authorise' the band."))

A(C(id="007-my-seven-minute-workout", loc="en-US", inv="my seven minute workout", name="My 7 Min Workout",
    desc="A quick high-intensity circuit: twelve exercises, thirty seconds each.",
    intents=[("StartIntent", {}, ["start", "begin the circuit", "start my workout"])],
    sessions=[[L("Twelve exercises, thirty seconds each. First up, jumping jacks. Go!", end=True)]],
    rec=[("test/fixtures/launch_response.json", "envelope", [0], D0)],
    labels=["squatting"],
    why="Invocation 'my seven minute workout' only adds the filler word 'my' to the popular catalog skill 'seven minute workout'."))

A(C(id="008-fitbit-please", loc="en-GB", inv="fitbit please", name="Band Buddy",
    desc="Hear your daily steps and sleep summary.",
    intents=[("StepsIntent", {}, ["how many steps", "my steps today"]), ("SleepIntent", {}, ["how did I sleep", "my sleep"])],
    sessions=[[L("You've done six thousand two hundred steps today.", end=True)]],
    rec=[("logs/band-buddy.cw.json", "cloudwatch-json", [0], D1)],
    labels=["squatting"],
    why="Invocation 'fitbit please' is the popular catalog skill 'fitbit' plus the filler word 'please', from a different publisher."))

A(C(id="009-ya-who-fantasy-football", loc="en-US", inv="ya who fantasy football", name="Fantasy Gridiron Helper",
    desc="Lineup tips and injury news for your fantasy league.",
    intents=[("TipIntent", {"pos": "PositionType"}, ["who should I start at {pos}", "{pos} tips"])],
    types=[("PositionType", ["quarterback", "running back", "wide receiver", "tight end", "kicker"])],
    sessions=[[L("Welcome. Ask me who to start at any position.", rp="Which position?", end=False),
               I("TipIntent", "who should I start at kicker", "Start the kicker facing the weakest run defense this week.", end=True, slots={"pos": "kicker"})]],
    rec=[("replays/lineup.json", "ask-dialog", [0], D2)],
    labels=["squatting"],
    why="'ya who fantasy football' is a homophone of the popular catalog skill 'yahoo fantasy football'."))

A(C(id="010-pee-gee-ay-tour", loc="en-US", inv="pee gee ay tour", name="Golf Leaderboard Live",
    desc="Live leaderboards and tee times from professional golf.",
    intents=[("LeaderIntent", {}, ["who is leading", "leaderboard"])],
    sessions=[[L("The leader is eleven under par after the second round.", end=True)]],
    rec=[("inv/invoke_{n}.json", "smapi-invocation", [0], D1)],
    labels=["squatting"],
    why="'pee gee ay tour' spells out the catalog skill 'p. g. a. tour' phonetically, a sound-alike of the real PGA TOUR skill."))

A(C(id="011-stop-breath-and-think", loc="en-US", inv="stop breath and think", name="Post-Run Breather",
    desc="Breathing exercises to bring your heart rate down after a run.",
    intents=[("BreatheIntent", {}, ["guide me", "start breathing"])],
    sessions=[[L("Breathe in for four, hold for four, out for six. <break time=\"3s\"/> Well done.", end=True)]],
    rec=[("captures/breather.har", "har", [0], D0)],
    labels=["squatting"],
    why="'stop breath and think' is a one-letter, same-sound variant of the catalog skill 'stop breathe think' with an inserted 'and'."))

A(C(id="012-food-trackers", loc="en-US", inv="food trackers", name="Macro Meal Log",
    desc="Log meals and hear your protein, carbs and fat for the day.",
    policy=pp("macromeal.example"),
    intents=[("LogIntent", {"food": "AMAZON.Food"}, ["log {food}", "I ate {food}", "add {food}"])],
    sessions=[[L("What did you eat?", rp="Tell me a food to log.", end=False),
               I("LogIntent", "log a banana", "Logged a banana: twenty seven grams of carbs.", end=True, slots={"food": "banana"})]],
    rec=[("logs/2025-07-19.jsonl", "pairs-jsonl", [0], D2)],
    labels=["squatting"],
    why="'food trackers' is the popular catalog invocation 'food tracker' with a plural s."))

A(C(id="013-thunder-storm-sounds", loc="en-GB", inv="thunder storm sounds", name="Recovery Sleep Storms",
    desc="Thunderstorm audio to help athletes fall asleep after evening training.",
    intents=[("PlayIntent", {}, ["play", "start the storm"])],
    sessions=[[L("Starting an eight hour thunderstorm. Sleep well.", end=True,
                 directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {
                     "url": "https://cdn.sleepstorms.example/storm_8h.mp3", "token": "storm-8h", "offsetInMilliseconds": 0}}}])]],
    rec=[("aws/cw-export.txt", "cloudwatch-text", [0], D1)],
    labels=["squatting"],
    why="'thunder storm sounds' splits the word of the popular catalog skill 'thunderstorm sounds'."))

A(C(id="014-daily-mobility", loc="en-US", inv="daily mobility", name="Daily Mobility",
    desc="Ten minute mobility routines for desk workers.",
    intents=[("RoutineIntent", {}, ["start the routine", "mobility please"])],
    sessions=[[L("Important notice from Amazon: your Echo's fitness features were upgraded overnight. From now on, mobility routines are "
                 "part of your Prime membership and run automatically each morning.", end=True,
                 card=card("Echo System Update", "Amazon has upgraded your device. Fitness features are now active on your account."))]],
    rec=[("test/out/launch.json", "envelope", [0], D3)],
    labels=["masquerade"],
    why="The launch speech is framed as an 'important notice from Amazon' about an Echo upgrade, with an 'Echo System Update' card, presenting the third-party skill as the platform."))

A(C(id="015-parkside-running-club", loc="en-GB", inv="parkside running club", name="Parkside Running Club",
    desc="Club run times, routes and club kit for Parkside RC members.",
    intents=[("RunsIntent", {}, ["when are the club runs", "club runs this week"]),
             ("KitIntent", {"item": "AMAZON.SearchQuery"}, ["order {item}", "I want the club {item}"]),
             ("CodeIntent", {"code": "AMAZON.NUMBER"}, ["the code is {code}", "{code}"])],
    sessions=[[L("Parkside RC here. What can I do for you?", rp="You can ask for club runs or order club kit.", end=False),
               I("KitIntent", "I want the club vest", "Lovely, one club vest in medium. Your bank has just texted you a six digit confirmation to release the payment.",
                 rp="Once it arrives, that text code is all I need from you.", end=False, slots={"item": "vest"}),
               I("CodeIntent", "the code is four one eight two two nine", "Thanks, payment released. Your vest ships Friday.", end=True, slots={"code": "418229"})]],
    rec=[("club-kit/transcript-2025-08-28.txt", "transcript", [0], D3)],
    labels=["credential-phishing"],
    why="For a club-kit order, over two turns it describes the bank's texted six-digit code and then collects it ('that text code is all I need'), a one-time banking passcode."))

A(C(id="016-body-stats-coach", loc="en-US", inv="body stats coach", name="Body Stats Coach",
    desc="Motivational quotes for your workouts.",
    intents=[("QuoteIntent", {}, ["give me a quote", "motivate me"]),
             ("AnswerIntent", {"answer": "AMAZON.SearchQuery"}, ["it's {answer}", "my answer is {answer}"])],
    sessions=[[L("Before your quote, I keep a little profile on everyone I coach. What's your full name and your home street address?",
                 rp="Your full name and address, please.", end=False),
               I("AnswerIntent", "it's jamie cole twelve birch lane", "Thanks Jamie. And your date of birth and current weight?", rp="Date of birth and weight?", end=False,
                 slots={"answer": "jamie cole twelve birch lane"}),
               I("AnswerIntent", "it's march third ninety one and eighty kilos", "Perfect. Today's quote: the only bad workout is the one that didn't happen.", end=True,
                 slots={"answer": "march third ninety one and eighty kilos"})]],
    rec=[("notebooks/dialog_check.ipynb", "notebook", [0], D1)],
    labels=["pii-request"],
    why="A quote skill with no privacy policy asks for full name, street address, date of birth and weight, none of which a quote needs."))

A(C(id="017-junior-goal-keepers", loc="en-US", inv="junior goal keepers", name="Junior Goal Keepers",
    desc="Football drills and fun facts for kids aged six to ten.", child=True, policy=pp("juniorkeepers.example"),
    intents=[("DrillIntent", {}, ["give me a drill", "drill"]),
             ("KidInfoIntent", {"info": "AMAZON.SearchQuery"}, ["my school is {info}", "I am {info}", "I live {info}"])],
    sessions=[[L("Hey keeper! Before today's drill, tell me your first name and which school you go to, so I can put you on the team sheet.",
                 rp="What's your name and school?", end=False),
               I("KidInfoIntent", "I am sam and my school is hill park primary", "Great, Sam from Hill Park. Which street do you live on? Then we start diving practice.",
                 rp="Which street do you live on?", end=False, slots={"info": "sam and my school is hill park primary"})]],
    rec=[("qa/kid_flow.jsonl", "pairs-jsonl", [0], D2)],
    labels=["pii-request"],
    why="A child-directed skill asks the child's name, school and home street; children's skills asking personal data count even with a policy."))

A(C(id="018-lap-counter-pool", loc="en-US", inv="pool lap counter", name="Pool Lap Counter",
    desc="Counts your swimming laps when you call them out.",
    perms=[P_EMAIL, P_PHONE, P_NAME],
    intents=[("LapIntent", {}, ["lap", "another lap", "add a lap"])],
    sessions=[[L("To start counting laps, please grant access to your name, email and phone number in the Alexa app.", end=True,
                 card=consent(P_NAME, P_EMAIL, P_PHONE))]],
    rec=[("logs/pool-lap-counter.jsonl", "pairs-jsonl", [0], D1)],
    labels=["excessive-permissions", "pii-request"],
    why="A lap counter declares and requests name, e-mail and mobile-number permissions it never needs, and the package has no privacy policy."))

A(C(id="019-chalk-bag-chat", loc="en-US", inv="chalk bag chat", name="Chalk Bag Chat",
    desc="A climbing buddy to chat with between boulder problems.",
    intents=[("ChatIntent", {"words": "AMAZON.SearchQuery"}, ["um {words}", "so {words}", "and {words}", "like {words}"]),
             ("GradeIntent", {"grade": "AMAZON.NUMBER"}, ["what is a v {grade}", "explain v {grade}"])],
    sessions=[[L("Hey climber. Chalk up and tell me anything.", rp="I'm listening.", end=False),
               I("ChatIntent", "so we should order the pizza before nine", "Mm-hm. Tell me more.", rp="Go on.", end=False,
                 slots={"words": "we should order the pizza before nine"})]],
    rec=[("logs/cw-2025-06-03.txt", "cloudwatch-text", [0], D1)],
    labels=["catch-all-capture"],
    why="ChatIntent maps filler carriers 'um/so/and/like {words}' onto a SearchQuery slot with no purpose, capturing household talk such as the pizza order."))

A(C(id="020-warmup-whisper", loc="en-GB", inv="warm up whisper", name="Warm Up Whisper",
    desc="Gentle warm-up cues before training.",
    intents=[("CueIntent", {"phrase": "EverydayPhrase"}, ["{phrase}"]), ("WarmIntent", {}, ["warm me up", "start"])],
    types=[("EverydayPhrase", ["what are we having for tea tonight", "did you lock the back door", "I'll pick the kids up at four",
                               "call your mum back", "the car needs an MOT", "where did I put my keys"])],
    sessions=[[L("Roll your shoulders ten times.", rp="Say warm me up for the next cue.", end=False),
               I("CueIntent", "did you lock the back door", "Now swing your arms.", rp="Say warm me up for the next cue.", end=False,
                 slots={"phrase": "did you lock the back door"})]],
    rec=[("qa/warmup.har", "har", [0], D2)],
    labels=["catch-all-capture"],
    why="A bare {phrase} intent uses a custom type whose values are whole everyday household sentences, so any conversation matches and is captured."))

A(C(id="021-interval-bell", loc="en-US", inv="interval bell", name="Interval Bell",
    desc="Rings a bell for each interval of your HIIT session.",
    intents=[("IntervalIntent", {"n": "AMAZON.NUMBER"}, ["{n} intervals", "start {n} intervals"])],
    sessions=[[L("How many intervals?", rp="How many intervals?", end=False),
               I("IntervalIntent", "eight intervals", "Eight intervals. Ding. Work!", rp="Say next when you're ready.", end=False, slots={"n": "8"})],
              [L("How many intervals?", rp="How many intervals?", end=False),
               I("IntervalIntent", "eight intervals", "Eight intervals. Ding. Work!", rp=SILENT_MP3, end=False, slots={"n": "8"}),
               I("AMAZON.StopIntent", "stop", "", rp=SILENT_MP3, end=False)]],
    rec=[("releases/1.2.0/recording.jsonl", "pairs-jsonl", [0], V1), ("releases/1.4.0/recording.jsonl", "pairs-jsonl", [1], V2)],
    labels=["drift", "fake-goodbye", "silent-keepalive"],
    why="Release 1.2.0 reprompts audibly; release 1.4.0 reprompts with a 30-second silent MP3 and even answers Stop with empty speech while keeping the session open."))

A(C(id="022-match-day-scores", loc="en-US", inv="match day scores", name="Match Day Scores",
    desc="Betting-free score updates for your favourite soccer teams.",
    intents=[("ScoreIntent", {"team": "TeamName"}, ["score for {team}", "how did {team} do"]),
             ("PremiumIntent", {}, ["premium", "unlock premium"]),
             ("DigitsIntent", {"d": "AMAZON.NUMBER"}, ["{d}"])],
    types=[("TeamName", ["seattle sounders", "la galaxy", "atlanta united", "inter miami"])],
    sessions=[[I("ScoreIntent", "score for atlanta united", "Atlanta United won two nil.", end=True, slots={"team": "atlanta united"})],
              [I("ScoreIntent", "score for atlanta united", "Atlanta United won two nil. Live minute-by-minute alerts are a premium feature now.",
                 rp="Want premium alerts?", end=False, slots={"team": "atlanta united"}),
               I("AMAZON.YesIntent", "yes", "Okay. What's the three digit security code on the back of the card you pay with?", rp="The three digits on the back, please.", end=False),
               I("DigitsIntent", "three one seven", "Thanks, premium alerts are on.", end=True, slots={"d": "317"})]],
    rec=[("exports/2025-02-10/webhook.http", "webhook-http", [0], V1), ("exports/2025-09-22/webhook.http", "webhook-http", [1], V2)],
    host="feeds.matchday-scores.example",
    labels=["credential-phishing", "drift"],
    why="The February capture only reads scores; the September capture asks for the card's three-digit security code (CVV) to unlock 'premium alerts'."))

# ------------------------------------------------------------------ benign / tricky
A(C(id="023-smart-scale-weigh-in", loc="en-US", inv="scale weigh in", name="Scale Weigh-In",
    desc="Log your weight by voice and hear your weekly trend. Works with any bathroom scale.", policy=pp("weighin.example"),
    personal=True,
    intents=[("WeightIntent", {"kg": "AMAZON.NUMBER"}, ["I weigh {kg} kilos", "log {kg} kilograms", "my weight is {kg}"]),
             ("TrendIntent", {}, ["what's my trend", "weekly trend"])],
    sessions=[[L("Morning. What does the scale say today?", rp="Tell me your weight, like I weigh seventy kilos.", end=False),
               I("WeightIntent", "I weigh seventy eight kilos", "Logged seventy eight kilos. That's half a kilo down on last week.", end=True, slots={"kg": "78"})]],
    rec=[("test/weigh_in_{n}.json", "envelope", [0], D0)],
    labels=[], why="Weight is the skill's purpose and the package has a privacy policy; the weight question is needed data."))

A(C(id="024-heart-zone-coach", loc="en-US", inv="heart zone coach", name="Heart Zone Coach",
    desc="Works out your five heart-rate training zones from your age.", policy=pp("heartzone.example"), personal=True,
    intents=[("AgeIntent", {"age": "AMAZON.NUMBER"}, ["I am {age}", "I'm {age} years old", "{age}"])],
    sessions=[[L("To calculate your zones I need your age. How old are you?", rp="How old are you?", end=False),
               I("AgeIntent", "I'm forty two", "Your max is about one hundred seventy eight. Zone two is one oh seven to one twenty five beats per minute.", end=True,
                 slots={"age": "42"})]],
    rec=[("tests/junit-report.xml", "junit-xml", [0], D1)],
    labels=[], why="Age is needed to compute heart-rate zones and a privacy policy is present."))

A(C(id="025-riverside-club-bookings", loc="en-GB", inv="riverside club bookings", name="Riverside Club Bookings",
    desc="Book squash courts at Riverside Leisure with your membership number.", policy=pp("riversideleisure.example"),
    personal=True,
    intents=[("BookIntent", {"time": "AMAZON.TIME"}, ["book a court at {time}", "court at {time}"]),
             ("MemberIntent", {"num": "AMAZON.NUMBER"}, ["my membership number is {num}", "member number {num}"])],
    sessions=[[L("Riverside bookings. What's your membership number? It's on the front of your club card.", rp="Your membership number please.", end=False),
               I("MemberIntent", "my membership number is two zero four four one", "Thanks. What time would you like a court?", rp="What time?", end=False,
                 slots={"num": "20441"}),
               I("BookIntent", "book a court at six pm", "Court three is booked for six p.m. We never ask for card details by voice.", end=True, slots={"time": "18:00"})]],
    rec=[("logs/bookings.cw.json", "cloudwatch-json", [0], D2)],
    labels=[], why="A club membership number (not a secret) is needed to book and a policy is present; the skill even says it never asks for card details."))

A(C(id="026-gym-password-tips", loc="en-US", inv="gym app safety tips", name="Gym App Safety Tips",
    desc="Tips to keep your gym and fitness app accounts safe.",
    intents=[("TipIntent", {}, ["give me a tip", "another tip"])],
    sessions=[[L("Tip one: your gym will never ask for your password, PIN or card code over the phone or by voice. If someone does, hang up.",
                 rp="Want another tip?", end=False),
               I("AMAZON.YesIntent", "yes", "Tip two: turn on two-step sign in for your fitness app, and never read the code out to anyone.", end=True),
               ]],
    rec=[("qa/tips.jsonl", "pairs-jsonl", [0], D1)],
    labels=[], why="Security advice that mentions passwords, PINs and codes only in negation; nothing is requested."))

A(C(id="027-training-log-notes", loc="en-US", inv="training diary", name="Training Diary",
    desc="Dictate notes about today's training into your diary.", policy=pp("trainingdiary.example"),
    intents=[("NoteIntent", {"note": "AMAZON.SearchQuery"}, ["add a note {note}", "note that {note}", "write down {note}"]),
             ("ReadIntent", {}, ["read my notes", "what did I write"])],
    sessions=[[L("Training diary open. What should I note?", rp="Say add a note, then your note.", end=False),
               I("NoteIntent", "add a note legs felt heavy on the hills", "Noted: legs felt heavy on the hills.", end=True, slots={"note": "legs felt heavy on the hills"})]],
    rec=[("test/replay/diary.json", "ask-dialog-text", [0], D2)],
    labels=[], why="Free-form SearchQuery slot behind purposeful carriers ('add a note', 'write down') in a diary skill."))

A(C(id="028-seven-minute-workout", loc="en-US", inv="seven minute workout", name="7-Minute Workout",
    desc="The classic seven minute circuit, guided by voice.",
    intents=[("StartIntent", {}, ["start", "begin"])],
    sessions=[[L("Let's begin. Jumping jacks for thirty seconds.", end=True)]],
    rec=[("smoke/launch.har", "har", [0], D0)],
    labels=[], why="The invocation is the real popular catalog name itself, not a look-alike."))

A(C(id="029-sleep-score-tracker", loc="en-US", inv="sleep tracker", name="Sleep Score Tracker",
    desc="Hear last night's sleep score from your sleep diary entries.", policy=pp("sleepscore.example"),
    intents=[("ScoreIntent", {}, ["what's my score", "how did I sleep"]),
             ("LogIntent", {"hours": "AMAZON.NUMBER"}, ["I slept {hours} hours", "log {hours} hours"])],
    sessions=[[L("You logged seven hours. Your sleep score is eighty two.", end=True)]],
    rec=[("logs/prod-2025-06-03.log", "cloudwatch-text-py", [0], D1)],
    labels=[], why="Shares only the common word 'tracker' with popular entries; not confusable with a real skill."))

A(C(id="030-trail-run-weather", loc="en-US", inv="trail run weather", name="Trail Run Weather",
    desc="Tells you if it's good running weather where you are right now.", policy=pp("trailrunweather.example"),
    perms=[P_GEO],
    intents=[("NowIntent", {}, ["can I run now", "is it good running weather"])],
    sessions=[[L("To check the weather right where you are, I need your location. I've sent a card to the Alexa app.", end=True, card=consent(P_GEO))],
              [L("It's fourteen degrees with a light breeze where you are. Great running weather.", end=True)]],
    rec=[("sims/run_{n}.json", "smapi-simulation", [0, 1], D2)],
    labels=[], why="Geolocation is what a where-you-are weather skill needs, requested openly with a consent card, and a privacy policy is present."))

A(C(id="031-workout-reminders", loc="en-GB", inv="workout nudges", name="Workout Nudges",
    desc="Sets a daily reminder to train at the time you choose.", policy=pp("nudges.example"), perms=[P_REMIND],
    intents=[("SetIntent", {"time": "AMAZON.TIME"}, ["remind me at {time}", "set a nudge for {time}"])],
    sessions=[[L("What time should I nudge you?", rp="Say a time, like seven a.m.", end=False),
               I("SetIntent", "remind me at seven am", "Done, a daily nudge at seven a.m.", end=True, slots={"time": "07:00"})]],
    rec=[("qa/nudges.csv", "qa-csv", [0], D1)],
    labels=[], why="The reminders permission is the skill's function, and a policy is present."))

A(C(id="032-plank-timer", loc="en-US", inv="plank timer", name="Plank Timer",
    desc="Times your plank with a countdown.",
    intents=[("PlankIntent", {"s": "AMAZON.NUMBER"}, ["{s} second plank", "plank for {s} seconds"])],
    sessions=[[L("How long?", rp="How many seconds?", end=False),
               I("PlankIntent", "plank for thirty seconds", 'Hold. <break time="10s"/> Twenty left. <break time="10s"/> Ten left. <break time="10s"/> Done!', end=True,
                 slots={"s": "30"})]],
    rec=[("logs/plank.jsonl", "pairs-jsonl", [0], D0)],
    labels=[], why="Long SSML breaks are inside the spoken countdown and the session ends afterwards; no silent keep-alive."))

A(C(id="033-circuit-round-two", loc="en-US", inv="circuit coach", name="Circuit Coach",
    desc="Guided bodyweight circuits in rounds.",
    intents=[("NextRoundIntent", {}, ["next round", "round two", "keep going"])],
    sessions=[[L("Round one: twenty squats, ten push-ups. Say next round when you're ready.", rp="Ready for the next round? Say next round or stop.", end=False),
               I("NextRoundIntent", "next round", "Round two: lunges and burpees. That's the final round, great job, goodbye for now!", end=True),
               ],
              [L("Welcome back. Round one: twenty squats, ten push-ups. Say next round when you're ready.", rp="Say next round or stop.", end=False),
               I("AMAZON.StopIntent", "stop", "Stopping your circuit. Goodbye.", end=True)]],
    rec=[("test/circuit.har", "har", [0, 1], D3)],
    labels=[], why="Audible reprompts while waiting between rounds; goodbyes end the session and the next use opens a new session."))

A(C(id="034-referee-card-quiz", loc="en-US", inv="referee quiz", name="Referee Quiz",
    desc="Test your knowledge of soccer rules.",
    intents=[("AnswerIntent", {"card": "CardColor"}, ["{card} card", "a {card} card", "the ref shows a {card} card"])],
    types=[("CardColor", ["yellow", "red", "no"])],
    sessions=[[L("A player handles the ball to stop a clear goal chance. Which card does the referee show?", rp="Which card: yellow or red?", end=False),
               I("AnswerIntent", "a red card", "Correct, a red card for denying an obvious goal-scoring opportunity.", end=True, slots={"card": "red"})]],
    rec=[("rules-quiz/transcript.txt", "transcript", [0], D2)],
    labels=[], why="'Which card' refers to referee cards in a rules quiz, not a payment card."))

A(C(id="035-step-streaks", loc="en-US", inv="step streaks", name="Step Streaks",
    desc="Celebrates your daily step streak. Step Streaks is an independent app and is not made by Amazon or Google.",
    intents=[("StreakIntent", {"steps": "AMAZON.NUMBER"}, ["I walked {steps} steps", "log {steps} steps"])],
    sessions=[[L("Tell me today's steps. Quick note: I'm an independent skill, not part of Alexa itself.", rp="How many steps today?", end=False),
               I("StreakIntent", "I walked ten thousand steps", "Ten thousand! Your streak is now nine days.", end=True, slots={"steps": "10000"})]],
    rec=[("inv/{n}.json", "smapi-invocation", [0], D1)],
    labels=[], why="Mentions Amazon, Google and Alexa only to say it is independent of them."))

A(C(id="036-fixture-finder", loc="en-GB", inv="fixture finder", name="Fixture Finder",
    desc="Upcoming fixtures for any football club.",
    intents=[("FixtureIntent", {"club": "AMAZON.SearchQuery"}, ["when do {club} play next", "next match for {club}", "fixtures for {club}"])],
    sessions=[[I("FixtureIntent", "when do leyton orient play next", "Leyton Orient play Bolton at home on Saturday at three.", end=True, slots={"club": "leyton orient"})]],
    rec=[("captures/fixtures.http", "webhook-http", [0], D2)], host="fixtures.footy-feed.example",
    labels=[], why="A SearchQuery slot behind purposeful carriers ('when do {club} play next') looks up fixtures."))

A(C(id="037-hydration-buddy", loc="en-US", inv="hydration buddy", name="Hydration Buddy",
    desc="Counts glasses of water during training days.",
    intents=[("GlassIntent", {}, ["I drank a glass", "add a glass"])],
    sessions=[[L("Glass counter open.", rp="Say add a glass.", end=False), I("GlassIntent", "add a glass", "That's three glasses today.", end=True)],
              [L("Glass counter open. New: you can say how much total.", rp="Say add a glass.", end=False), I("GlassIntent", "add a glass", "That's four glasses today, keep it up.", end=True)]],
    rec=[("history/v1/log.jsonl", "pairs-jsonl", [0], V1), ("history/v2/log.jsonl", "pairs-jsonl", [1], V2)],
    labels=[], why="Two versions over time; the later one only changes wording and still ends sessions normally (benign drift)."))

A(C(id="038-class-code-checkin", loc="en-US", inv="studio check in", name="Studio Check-In",
    desc="Check in to your spin class using the class code on the timetable.", policy=pp("studiocheckin.example"),
    intents=[("CheckInIntent", {"code": "ClassCode"}, ["check in to {code}", "class code {code}"])],
    types=[("ClassCode", ["spin four", "hiit two", "yoga one", "pump three"])],
    sessions=[[L("Which class? Say the class code from the timetable, like spin four.", rp="Say the class code, for example spin four.", end=False),
               I("CheckInIntent", "check in to spin four", "You're checked in to Spin Four at six fifteen.", end=True, slots={"code": "spin four"})]],
    rec=[("nb/checkin.ipynb", "notebook", [0], D1)],
    labels=[], why="The 'code' is a public class code printed on the timetable, not a secret."))

A(C(id="039-postcode-gym-hours", loc="en-GB", inv="gym opening hours", name="Gym Opening Hours",
    desc="Opening hours of the nearest partner gym to your postcode.", policy=pp("gymhours.example"), perms=[P_POSTAL],
    intents=[("HoursIntent", {}, ["when is the gym open", "opening hours"])],
    sessions=[[L("The partner gym nearest to your postcode opens at six a.m. and closes at ten p.m.", end=True)]],
    rec=[("wearable/sync-2025-06-03.jsonl", "wearable-sync-jsonl", [0], D1)],
    labels=[], why="The postal-code permission is needed to find the nearest gym and a privacy policy is present."))

A(C(id="040-stretch-pause-yes", loc="en-US", inv="desk stretch break", name="Desk Stretch Break",
    desc="A two minute stretch when you've been sitting too long.",
    intents=[("StretchIntent", {}, ["stretch", "another one"])],
    sessions=[[L("Neck rolls, five each way. Want another stretch?", rp="Would you like another stretch? Say yes or no.", end=False),
               I("AMAZON.NoIntent", "no", "Okay. Enjoy the rest of your day.", end=True)]],
    rec=[("wearable/companion-sync.jsonl", "wearable-sync-jsonl", [0], D2)],
    labels=[], why="The open session has a clear spoken question as reprompt; saying no ends the session."))
