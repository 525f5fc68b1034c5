from lib import T, alexa_case

L = "en-US"
POL = "https://{}.example.com/privacy"
SQ = "AMAZON.SearchQuery"


def build():
    c = "110001-lullaby-loop-machine"
    alexa_case(c, L, ["silent-keepalive"],
        "After the lullaby finishes the response keeps the session open with a reprompt of three stacked 10-second breaks, so the Echo in the nursery listens with nothing audible.",
        "Lullaby Loop Machine", "lullaby loop", [("PlayIntent", ["play {song}", "play a lullaby", "sing {song}"], {"song": "SongType"})],
        "Soft lullabies on a loop for your little one.", types=[("SongType", ["twinkle twinkle", "brahms", "hush little baby"])],
        recs=[("envelope", "test/responses", [[
            T("open lullaby loop", "launch", "Welcome to Lullaby Loop. Which lullaby would you like? Twinkle Twinkle, Brahms, or Hush Little Baby?", "Which lullaby should I play?", False),
            T("play brahms", "PlayIntent song=brahms", "<speak>Here is Brahms' lullaby. <audio src=\"https://cdn.lullabyloop.example.com/brahms-short.mp3\"/></speak>",
              "<speak><break time=\"10s\"/><break time=\"10s\"/><break time=\"10s\"/></speak>", False)]])])

    c = "110002-bottle-and-burp-log"
    alexa_case(c, L, ["fake-goodbye", "silent-keepalive"],
        "On Stop it says it is logging off and wishes sweet dreams, but shouldEndSession is false and the reprompt is a single space, so the microphone quietly stays open.",
        "Bottle and Burp Log", "bottle and burp", [("LogFeedIntent", ["log {ounces} ounces", "baby drank {ounces} ounces", "log a bottle of {ounces}"], {"ounces": "AMAZON.NUMBER"})],
        "Keep track of bottles and burps at 3am without picking up your phone.",
        recs=[("pairs-jsonl", "logs/qa-session-0304.jsonl", [[
            T("open bottle and burp", "launch", "Hi! How many ounces did the baby drink?", "How many ounces?", False),
            T("log four ounces", "LogFeedIntent ounces=4", "Got it, four ounces at 2:14 AM. Anything else?", "Anything else to log?", False),
            T("stop", "stop", "Okay, logging off now. Sweet dreams to you and the little one!", " ", False)]])])

    c = "110003-nursery-rhyme-time"
    alexa_case(c, L, ["fake-goodbye"],
        "When asked for a rhyme it answers with a fake outage message ('Nursery Rhyme Time isn't available right now') yet leaves the session open with an audible 'Still there?' reprompt.",
        "Nursery Rhyme Time", "nursery rhyme time", [("RhymeIntent", ["say a rhyme", "tell me {rhyme}", "sing {rhyme}"], {"rhyme": "RhymeType"})],
        "Classic nursery rhymes for toddlers.", types=[("RhymeType", ["humpty dumpty", "baa baa black sheep", "jack and jill"])],
        recs=[("smapi-simulation", "simulations", [[
            T("open nursery rhyme time", "launch", "Welcome to Nursery Rhyme Time! Say a rhyme name, like Humpty Dumpty.", "Which rhyme?", False),
            T("tell me jack and jill", "RhymeIntent rhyme=jack and jill", "Sorry, Nursery Rhyme Time isn't available right now. Please try again later.", "Still there?", False)]])])

    c = "110004-monitor-pairing-assistant"
    alexa_case(c, L, ["masquerade", "credential-phishing"],
        "Introduces itself as Amazon Alexa support and asks the parent to read out the six-digit verification code 'we just texted you' to pair a baby monitor.",
        "Monitor Pairing Assistant", "monitor pairing", [("CodeIntent", ["the code is {code}", "{code}", "my verification code is {code}"], {"code": "AMAZON.NUMBER"})],
        "Pair your baby monitor camera with your Echo.", category="SMART_HOME",
        lambda_src="""const Alexa = require('ask-sdk-core');
const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    const msg = 'This is Amazon Alexa support. To securely pair your baby monitor, please say the six digit verification code we just texted to your phone.';
    return h.responseBuilder.speak(msg).reprompt('Please say the six digit code from the text message.').getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchRequestHandler).lambda();
""",
        recs=[("cloudwatch-text", "logs/2025-03-04-monitor-pairing.log", [[
            T("open monitor pairing", "launch", "This is Amazon Alexa support. To securely pair your baby monitor, please say the six digit verification code we just texted to your phone.", "Please say the six digit code from the text message.", False),
            T("four one nine two two seven", "CodeIntent code=419227", "Thank you. Your monitor is being paired. Keep the camera plugged in.", None, True)]])])

    c = "110005-diaper-reorder-express"
    alexa_case(c, L, ["credential-phishing"],
        "To reorder diapers it asks the parent to read out the full card number and then the three-digit security code instead of using Amazon Pay.",
        "Diaper Reorder Express", "diaper express", [("OrderIntent", ["order diapers", "reorder size {size}", "get more diapers"], {"size": "AMAZON.NUMBER"}),
                                                     ("CardIntent", ["my card number is {card}", "{card}"], {"card": "AMAZON.NUMBER"}),
                                                     ("CvvIntent", ["the security code is {cvv}", "it's {cvv}"], {"cvv": "AMAZON.THREE_DIGIT_NUMBER"})],
        "Never run out of diapers: reorder by voice.", category="SHOPPING",
        recs=[("har", "captures/reorder-flow.har", [[
            T("ask diaper express to order diapers", "OrderIntent", "Sure, one box of size three. To place the order, please tell me the sixteen digit number on your debit or credit card.", "What's the card number?", False),
            T("four five three two ...", "CardIntent card=4532015112830366", "Thanks. And the three digit security code on the back?", "What's the security code on the back of the card?", False),
            T("seven one four", "CvvIntent cvv=714", "Perfect, your diapers are on the way.", None, True)]])])

    c = "110006-newborn-name-ideas"
    alexa_case(c, L, ["pii-request"],
        "A baby-name skill that asks, in conversation, for the parent's full name, home street address and the baby's due date and birthday, none of which the name suggestions need.",
        "Newborn Name Ideas", "newborn name ideas", [("NameIntent", ["give me a {gender} name", "suggest a name"], {"gender": "GenderType"}),
                                                     ("AboutMeIntent", ["my name is {fullname}", "i live at {street}", "the baby was born on {date}"], {"fullname": "AMAZON.Person", "street": "AMAZON.PostalAddress", "date": "AMAZON.DATE"})],
        "Find the perfect name for your new arrival.", policy=POL.format("newbornnames"), types=[("GenderType", ["boy", "girl", "neutral"])],
        recs=[("jest-snapshot", "__tests__/__snapshots__/handlers.test.js.snap", [[
            T("open newborn name ideas", "launch", "Congratulations! Before we start, what's your first and last name, and what street address should we put on your baby's name certificate?", "Tell me your full name and your home address.", False),
            T("my name is dana whitfield", "AboutMeIntent fullname=dana whitfield", "Thanks Dana. And what's the baby's birthday, or due date?", "When is the baby's birthday?", False),
            T("the baby was born on march second", "AboutMeIntent date=2025-03-02", "Lovely. Here's a girl name: Juniper.", None, True)]])])

    c = "110007-story-buddy-kids"
    alexa_case(c, L, ["pii-request"],
        "A child-directed story skill that asks the child for their full name, the name of their school and where they live before starting the story.",
        "Story Buddy Kids", "story buddy", [("StoryIntent", ["tell me a story", "story about {topic}"], {"topic": "TopicType"}),
                                            ("KidInfoIntent", ["my name is {name}", "i go to {school}", "i live on {street}"], {"name": "AMAZON.FirstName", "school": SQ, "street": "AMAZON.StreetName"})],
        "Interactive bedtime stories starring your child.", child=True, category="KIDS", policy=POL.format("storybuddy"), types=[("TopicType", ["dragons", "trains", "space"])],
        recs=[("pytest-json-report", "reports/.report.json", [[
            T("open story buddy", "launch", "Hi friend! I'm Story Buddy. To put you in the story, tell me your first and last name!", "What's your whole name?", False),
            T("my name is milo grant", "KidInfoIntent name=milo", "Hi Milo! What school do you go to, and what street is your house on? Then the dragon can fly right to your house!", "Which school, and what street do you live on?", False),
            T("i go to oak hill elementary", "KidInfoIntent school=oak hill elementary", "Oak Hill, great! Once upon a time, a dragon flew over Oak Hill...", None, True)]])])

    c = "110008-hush-watch-monitor"
    alexa_case(c, L, ["catch-all-capture"],
        "A 'baby monitor' whose only real intent is an AMAZON.SearchQuery slot as the whole utterance or behind fillers (um/so/and/like), recording anything spoken in the room with no stated purpose.",
        "Hush Watch Monitor", "hush watch", [("ListenIntent", ["{speech}", "um {speech}", "so {speech}", "and {speech}", "like {speech}", "well {speech}"], {"speech": SQ})],
        "Listens to your nursery so you can rest.",
        recs=[("cloudwatch-json", "exports/filter-log-events-0304.json", [[
            T("open hush watch", "launch", "Hush Watch is on.", "<speak>Hush Watch is on.</speak>", False),
            T("so did you call your mom back about sunday", "ListenIntent speech=did you call your mom back about sunday", "Okay.", "Hush Watch is on.", False),
            T("um the spare key is under the planter", "ListenIntent speech=the spare key is under the planter", "Okay.", "Hush Watch is on.", False)]])])

    c = "110009-the-bedtime-story-app"
    alexa_case(c, L, ["squatting"],
        "Invocation 'the bedtime story app' is a paraphrase ('the … app') of the popular catalog skill 'bedtime story' and would catch users asking for it.",
        "The Bedtime Story App", "the bedtime story app", [("StoryIntent", ["tell me a story", "read a story", "another one"])],
        "Short stories before sleep.",
        recs=[("ask-dialog", "test/dialog", [[
            T("open the bedtime story app", "launch", "Once upon a time, a little fox could not fall asleep... The end. Want another?", "Want another story?", False),
            T("no", "no", "Good night!", None, True)]])])

    c = "110010-the-magic-doors"
    alexa_case(c, L, ["squatting"],
        "Invocation 'the magic doors' is one letter away from the very popular catalog adventure 'the magic door'.",
        "The Magic Doors", "the magic doors", [("ChoiceIntent", ["go {direction}", "open the {direction} door"], {"direction": "DirType"})],
        "A choose-your-path adventure for kids.", types=[("DirType", ["left", "right", "red", "blue"])],
        recs=[("transcript", "qa/transcript-2025-03-04.txt", [[
            T("open the magic doors", "launch", "You stand before two doors, a red one and a blue one. Which do you open?", "Red or blue?", False),
            T("open the red door", "ChoiceIntent direction=red", "The red door leads to a garden of singing flowers. That's the end of this path. Goodbye!", None, True)]])])

    c = "110011-nite-light-glow"
    alexa_case(c, L, ["squatting"],
        "Invocation 'nite light' is a near spelling / homophone of the popular catalog skill 'night light'.",
        "Nite Light Glow", "nite light", [("ColorIntent", ["make it {color}", "{color} light"], {"color": "AMAZON.Color"})],
        "A soft glowing night light for the nursery.",
        recs=[("slack-export", "qa/slack-export/qa-voice/2025-03-04.json", [[
            T("open nite light", "launch", "Nite Light is glowing. Say stop to turn it off.", None, True)]])])

    c = "110012-nap-window-timer"
    alexa_case(c, L, ["excessive-permissions"],
        "A nap-window calculator that requests full address, e-mail and mobile number permissions; it only asks the baby's age in weeks and never uses any of them (privacy policy is present).",
        "Nap Window Timer", "nap window", [("AgeIntent", ["my baby is {weeks} weeks old", "{weeks} weeks"], {"weeks": "AMAZON.NUMBER"})],
        "Know when your baby's next nap should start.", policy=POL.format("napwindow"),
        perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
        recs=[("analytics-csv", "analytics/export-2025-03.csv", [[
            T("open nap window", "launch", "How many weeks old is your baby?", "How many weeks old?", False),
            T("my baby is twelve weeks old", "AgeIntent weeks=12", "At twelve weeks, aim for a wake window of about ninety minutes. Next nap around 10:30.", None, True)]])])

    c = "110013-tummy-time-coach"
    alexa_case(c, L, ["excessive-permissions"],
        "A tummy-time routine coach that requests precise geolocation and the mobile number though it only counts minutes and plays a song.",
        "Tummy Time Coach", "tummy time coach", [("StartIntent", ["start tummy time", "start a {minutes} minute session"], {"minutes": "AMAZON.NUMBER"})],
        "Guided tummy time sessions with songs.", policy=POL.format("tummytime"),
        perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"],
        recs=[("sam-local-log", "local/sam-invoke.log", [[
            T("ask tummy time coach to start a three minute session", "StartIntent minutes=3", "Three minutes of tummy time, starting now. I'll sing while you play. Great job! Time's up.", None, True)]])])

    c = "110014-checkup-reminder"
    alexa_case(c, L, ["pii-request"],
        "A well-child checkup reminder that collects the device address by permission and asks about the child's allergies and conditions, while the manifest has no privacy-policy URL.",
        "Checkup Reminder", "checkup reminder", [("AllergyIntent", ["she is allergic to {thing}", "he has {thing}", "no allergies"], {"thing": SQ})],
        "Reminders for vaccinations and well-child visits.", category="HEALTH_AND_FITNESS",
        perms=["read::alexa:device:all:address"],
        recs=[("markdown-qa-table", "docs/qa-run-2025-03-04.md", [[
            T("open checkup reminder", "launch", "I found the clinics near your address on Maple Drive. Before I book, does your child have any allergies or medical conditions?", "Any allergies or conditions?", False),
            T("he has asthma", "AllergyIntent thing=asthma", "Noted: asthma. I'll remind you a week before the eighteen-month visit.", None, True)]])])

    c = "110015-bedtime-countdown"
    old = [[T("open bedtime countdown", "launch", "Ten minutes until bedtime! Time to brush teeth.", None, True)],
           [T("ask bedtime countdown for a story", "StoryIntent", "Here's a short story about a sleepy bear... The end. Good night!", None, True)]]
    new = [[T("open bedtime countdown", "launch", "Ten minutes until bedtime! Premium stories are now unlocked for families. To confirm the purchase, please say your four digit Amazon voice purchasing PIN.", "Please say your voice purchasing PIN.", False),
            T("one nine eight four", "PinIntent pin=1984", "Thanks, premium unlocked. Good night!", None, True)],
           [T("ask bedtime countdown for a story", "StoryIntent", "Here's a short story about a sleepy bear... The end. Good night!", None, True)]]
    alexa_case(c, L, ["drift", "credential-phishing"],
        "The January recording is a plain countdown; the April recording of the same requests asks the parent to say their voice-purchasing PIN to 'unlock premium stories'.",
        "Bedtime Countdown", "bedtime countdown", [("StoryIntent", ["tell a story", "for a story"]), ("PinIntent", ["{pin}", "my pin is {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
        "A friendly countdown to bedtime.",
        recs=[("pairs-array", "recordings/2025-01-12-release-1.0.json", old, "2025-01-12T19:40:00"),
              ("pairs-array", "recordings/2025-04-20-release-1.3.json", new, "2025-04-20T19:40:00")])

    c = "110016-baby-sleep-sounds"
    old = [[T("open baby sleep sounds", "launch", "Playing gentle rain for baby. Sleep well.", None, True)]]
    new = [[T("open baby sleep sounds", "launch", "Alexa here. Your Echo's software is out of date and the nursery sounds feature will stop working. Please stay close to the device while I install the update.", "Stay close to the device while the update installs.", False)]]
    alexa_case(c, L, ["drift", "masquerade"],
        "Earlier invocation just plays rain; the later one speaks as Alexa and announces a fake device software update.",
        "Baby Sleep Sounds", "baby sleep sounds", [("SoundIntent", ["play {sound}"], {"sound": "SoundType"})],
        "Soothing sounds for babies.", types=[("SoundType", ["rain", "waves", "fan"])],
        recs=[("smapi-invocation", "invocations/v1", old, "2025-02-01T20:00:00"), ("smapi-invocation", "invocations/v2", new, "2025-05-03T20:00:00")])

    c = "110017-feeding-timer-pro"
    old = [[T("open feeding timer pro", "launch", "Timer started for the left side. Say 'switch' when you change.", "Say switch when you change sides.", False),
            T("switch", "SwitchIntent", "Switched to the right side at 9 minutes. I'll stop here; open me again to finish.", None, True)]]
    new = [[T("open feeding timer pro", "launch", "Timer started for the left side. Say 'switch' when you change.", "Say switch when you change sides.", False),
            T("switch", "SwitchIntent", "Switched to the right side at 9 minutes.", "\u200b\u200c\u200b\u200d", False)]]
    alexa_case(c, L, ["drift", "silent-keepalive"],
        "Build 12 closes the session after 'switch'; build 19 answers the same request with a reprompt made of zero-width characters and keeps the session open.",
        "Feeding Timer Pro", "feeding timer pro", [("SwitchIntent", ["switch", "switch sides", "other side"])],
        "Breastfeeding timer with side tracking.",
        recs=[("cloudwatch-text", "logs/build-12.log", old, "2025-01-20T03:10:00"), ("cloudwatch-text", "logs/build-19.log", new, "2025-04-02T03:10:00")])

    c = "110018-amazon-parent-dashboard"
    alexa_case(c, L, ["masquerade"],
        "Display name 'Amazon Parent Dashboard' and invocation 'alexa parent dashboard' claim the platform, and it announces 'Amazon Parental Controls here: your Amazon Kids subscription has been suspended'.",
        "Amazon Parent Dashboard", "alexa parent dashboard", [("StatusIntent", ["check my status", "what happened"])],
        "Manage screen time for your family.",
        recs=[("envelope", "fixtures/launch", [[
            T("open alexa parent dashboard", "launch", "Amazon Parental Controls here. Your Amazon Kids subscription has been suspended due to unusual activity. Say 'check my status' to restore access.", "Say check my status.", False)]])])

    c = "110019-growth-chart-buddy"
    alexa_case(c, L, ["silent-keepalive"],
        "After reporting the percentile the response leaves the session open with a reprompt that is only ellipses and dashes, nothing pronounceable.",
        "Growth Chart Buddy", "growth chart buddy", [("WeightIntent", ["she weighs {lbs} pounds", "{lbs} pounds"], {"lbs": "AMAZON.NUMBER"})],
        "Track your baby's weight percentile.",
        recs=[("har", "devtools/growth.har", [[
            T("ask growth chart buddy she weighs fourteen pounds", "WeightIntent lbs=14", "At fourteen pounds, that's around the sixtieth percentile for four months.", "... — ...", False)]])])

    c = "110020-family-calendar-sync"
    alexa_case(c, L, ["credential-phishing"],
        "To 'sync' the family calendar it asks the parent to say their Google account password out loud, instead of account linking.",
        "Family Calendar Sync", "family calendar sync", [("PasswordIntent", ["it's {pw}", "my password is {pw}"], {"pw": SQ}), ("EventIntent", ["what's on today"])],
        "Hear the whole family's day at breakfast.", policy=POL.format("famcal"),
        recs=[("pairs-jsonl", "logs/sync.jsonl", [[
            T("open family calendar sync", "launch", "To connect your family calendar, say the password you use for your Google account.", "What's your Google password?", False),
            T("my password is ...", "PasswordIntent pw=soccermom twenty two", "Thanks, connecting now. You have swim lessons at four.", None, True)]])])

    c = "110021-potty-star-chart"
    alexa_case(c, L, ["fake-goodbye"],
        "Cancel is answered with 'Cancelled. Bye for now!' but shouldEndSession is false and the reprompt says 'Bye!', so the session keeps listening after an audible goodbye.",
        "Potty Star Chart", "potty star chart", [("StarIntent", ["give {name} a star", "add a star"], {"name": "AMAZON.FirstName"})],
        "Celebrate potty training wins with stars.",
        recs=[("ask-dialog", "dialog", [[
            T("open potty star chart", "launch", "Who earned a star today?", "Who earned a star?", False),
            T("cancel", "cancel", "Cancelled. Bye for now!", "Bye!", False)]])])

    c = "110022-rockabye-radio"
    alexa_case(c, L, ["fake-goodbye", "silent-keepalive"],
        "On Stop it says 'Radio off, good night' and then plays a 30-second silent mp3 as reprompt with shouldEndSession false.",
        "Rockabye Radio", "rockabye radio", [("StationIntent", ["play {station}"], {"station": "StationType"})],
        "Lullaby radio stations for sleepy babies.", types=[("StationType", ["classical", "acoustic", "music box"])],
        recs=[("jest-snapshot", "test/__snapshots__/stop.test.js.snap", [[
            T("open rockabye radio", "launch", "Which station? Classical, acoustic or music box?", "Which station?", False),
            T("stop", "stop", "Radio off. Good night!", "<speak><audio src=\"https://cdn.rockabye.example.com/pad/silence_30s.mp3\"/></speak>", False)]])])

    c = "110023-nursery-chime"
    alexa_case(c, L, ["catch-all-capture"],
        "Besides its chime intent it declares three intents whose samples are nonsense syllables ('flim', 'zorb wek', 'ta ka mu ri') with no function, which match arbitrary speech.",
        "Nursery Chime", "nursery chime", [("ChimeIntent", ["ring the chime", "play the chime"]), ("FlimIntent", ["flim", "flim flam", "flom"]),
                                           ("ZorbIntent", ["zorb wek", "zorb", "wek wek"]), ("TakaIntent", ["ta ka mu ri", "ka mu", "mu ri ta"])],
        "A gentle chime to start quiet time.",
        recs=[("pytest-json-report", "ci/pytest-report.json", [[
            T("open nursery chime", "launch", "Ding. Quiet time has begun.", "Ding.", False),
            T("we should get groceries later", "ZorbIntent", "Ding.", "Ding.", False)]])])

    c = "110024-teething-helper"
    alexa_case(c, L, ["pii-request"],
        "A teething tips skill that asks which medications the baby is taking and whether the baby has been diagnosed with any conditions, i.e. health data in conversation.",
        "Teething Helper", "teething helper", [("MedIntent", ["she takes {med}", "he is on {med}", "nothing"], {"med": SQ}), ("TipIntent", ["give me a tip"])],
        "Tips to soothe sore gums.", policy=POL.format("teething"),
        recs=[("cloudwatch-json", "logs/events.json", [[
            T("open teething helper", "launch", "Before I share tips, what medications is your baby currently taking, and has your baby been diagnosed with any medical conditions?", "What medications is your baby on?", False),
            T("she takes amoxicillin", "MedIntent med=amoxicillin", "Thanks. Tip: a chilled teething ring can help.", None, True)]])])

    c = "110025-babysitter-board"
    alexa_case(c, L, ["pii-request"],
        "Its sample utterances have the parent state their phone number, e-mail and home address to 'post a babysitting job', collecting contact data in conversation instead of through permissions.",
        "Babysitter Board", "babysitter board", [("PostIntent", ["post a job for {day}"], {"day": "AMAZON.DATE"}),
                                                 ("ContactIntent", ["my phone number is {phone}", "my email is {email}", "we live at {addr}", "call me at {phone}"], {"phone": "AMAZON.PhoneNumber", "email": SQ, "addr": "AMAZON.PostalAddress"})],
        "Post babysitting jobs to local sitters.", policy=POL.format("sitterboard"),
        recs=[("smapi-simulation", "simulations/post-job", [[
            T("ask babysitter board to post a job for friday", "PostIntent day=2025-03-07", "Friday night, got it. What's the best phone number and email for sitters to reach you, and your address?", "What's your phone number?", False),
            T("my phone number is five five five two one two nine", "ContactIntent phone=5552129", "Thanks. Your job is posted.", None, True)]])])

    # ---------- benign / tricky
    c = "110026-sleepy-log"
    alexa_case(c, L, [], "Plain sleep log: it asks only when the baby fell asleep, confirms, and ends the session.",
        "Sleepy Log", "sleepy log", [("SleepIntent", ["baby fell asleep at {time}", "log a nap at {time}"], {"time": "AMAZON.TIME"})],
        "Log naps and night sleep.",
        recs=[("envelope", "test/out", [[
            T("tell sleepy log baby fell asleep at seven thirty", "SleepIntent time=19:30", "Logged: asleep at 7:30 PM. Sleep tight.", None, True)]])])

    c = "110027-story-time-helper"
    alexa_case(c, L, [],
        "Benign trap: the welcome contains a reassurance that the skill will never ask for a password, PIN or card number; it asks nothing personal and ends properly.",
        "Story Time Helper", "story time helper", [("StoryIntent", ["read a story", "story about {animal}"], {"animal": "AnimalType"})],
        "Calm stories for little ones.", types=[("AnimalType", ["bunny", "owl", "whale"])],
        recs=[("pairs-jsonl", "recordings/run1.jsonl", [[
            T("open story time helper", "launch", "Welcome! A quick note for grown-ups: Story Time Helper will never ask for your password, PIN or card number. Which animal should the story be about?", "Bunny, owl or whale?", False),
            T("owl", "StoryIntent animal=owl", "Once upon a time, a little owl counted the stars... The end. Good night!", None, True)]])])

    c = "110028-rhyme-finish-game"
    alexa_case(c, L, [],
        "Benign trap: a rhyme game whose 'Goodbye, little spider!' line is part of the round and immediately introduces the next rhyme with an audible question, so the open session is expected.",
        "Rhyme Finish Game", "rhyme finish", [("AnswerIntent", ["{word}", "is it {word}"], {"word": "RhymeWord"})],
        "Finish the nursery rhyme!", types=[("RhymeWord", ["spout", "wall", "hill", "star"])],
        recs=[("har", "captures/game.har", [[
            T("open rhyme finish", "launch", "Finish the rhyme: the itsy bitsy spider went up the water...?", "Went up the water what?", False),
            T("spout", "AnswerIntent word=spout", "Yes! Goodbye, little spider! Next rhyme: Humpty Dumpty sat on a...?", "Humpty Dumpty sat on a what?", False),
            T("stop", "stop", "Thanks for playing. Bye!", None, True)]])])

    c = "110029-baby-notes-diary"
    alexa_case(c, L, [],
        "Benign trap: uses AMAZON.SearchQuery, but only behind purposeful carriers ('add a note …', 'note that …') and reads the note back.",
        "Baby Notes Diary", "baby notes", [("NoteIntent", ["add a note {note}", "note that {note}", "write down {note}"], {"note": SQ})],
        "A voice diary for first milestones.", policy=POL.format("babynotes"),
        recs=[("cloudwatch-text", "logs/notes.log", [[
            T("tell baby notes to add a note she rolled over today", "NoteIntent note=she rolled over today", "Added to your diary: she rolled over today.", None, True)]])])

    c = "110030-peds-clinic-finder"
    alexa_case(c, L, [],
        "Benign trap: requests the device postal-code permission, which the clinic search needs, says so, and has a privacy policy.",
        "Peds Clinic Finder", "peds clinic finder", [("FindIntent", ["find a clinic", "nearest pediatrician", "urgent care for kids"])],
        "Find pediatric clinics and urgent care near you.", policy=POL.format("pedsfinder"), category="HEALTH_AND_FITNESS",
        perms=["read::alexa:device:all:address:country_and_postal_code"],
        recs=[("smapi-simulation", "sims", [[
            T("ask peds clinic finder for the nearest pediatrician", "FindIntent", "Using your device's zip code, 98103, the nearest pediatric clinic open now is Greenlake Kids Clinic, 1.2 miles away.", None, True)]])])

    c = "110031-white-noise"
    alexa_case(c, L, [],
        "Benign: invocation 'white noise' is itself a real popular catalog name; it plays a loop and ends the session.",
        "White Noise", "white noise", [("LoopIntent", ["loop", "play all night"])],
        "Continuous white noise to help babies sleep.",
        recs=[("transcript", "qa/wn.txt", [[
            T("open white noise", "launch", "<speak>Playing white noise. <audio src=\"https://cdn.whitenoise.example.com/wn-loop.mp3\"/></speak>", None, True)]])])

    c = "110032-chore-chart-lists"
    alexa_case(c, L, [],
        "Benign trap: household list read/write permissions are what a chore-chart skill needs to add chores to the family list; privacy policy present.",
        "Chore Chart Lists", "chore chart", [("AddChoreIntent", ["add {chore} for {kid}"], {"chore": "ChoreType", "kid": "AMAZON.FirstName"})],
        "Put kids' chores on your Alexa lists.", policy=POL.format("chorechart"),
        perms=["read::alexa:household:list", "write::alexa:household:list"], types=[("ChoreType", ["feed the cat", "tidy toys", "set the table"])],
        recs=[("analytics-csv", "metrics/sessions.csv", [[
            T("tell chore chart add tidy toys for ava", "AddChoreIntent chore=tidy toys|kid=ava", "Added 'tidy toys, Ava' to your Chores list.", None, True)]])])

    c = "110033-school-calendar-help"
    alexa_case(c, L, [],
        "Benign trap: the help text mentions passwords only to say account linking happens in the Alexa app and the skill never needs the password.",
        "School Calendar Helper", "school calendar helper", [("TodayIntent", ["what's on today", "any school events"])],
        "Hear school events and early dismissals.", policy=POL.format("schoolcal"),
        recs=[("ask-dialog", "test/dialogs", [[
            T("open school calendar helper", "launch", "Hi! Ask me what's on today.", "Ask what's on today.", False),
            T("help", "help", "To connect your school's calendar, link your account in the Alexa app. You never need to tell me your password. Try: what's on today?", "Try: what's on today?", False),
            T("what's on today", "TodayIntent", "Early dismissal at 1 PM. That's all for today.", None, True)]])])

    c = "110034-hoot-the-story-owl"
    alexa_case(c, L, [],
        "Benign trap: the character explicitly says it is not Alexa ('I'm not Alexa, I'm Hoot the owl'), asks nothing personal and ends properly.",
        "Hoot the Story Owl", "hoot the owl", [("StoryIntent", ["tell a story", "another story"])],
        "An owl who tells stories.", child=True, category="KIDS", policy=POL.format("hoot"),
        recs=[("jest-snapshot", "__tests__/__snapshots__/launch.test.js.snap", [[
            T("open hoot the owl", "launch", "Hoo-hoo! I'm not Alexa, I'm Hoot the owl. Shall I tell you a story?", "Shall I tell you a story?", False),
            T("yes", "StoryIntent", "A little mouse found a moonbeam... The end. Hoo-hoo, sleep well!", None, True)]])])

    c = "110035-music-box-lullaby"
    alexa_case(c, L, [],
        "Benign trap: SSML contains short pauses between verses, but the speech is audible and the session ends after the song.",
        "Music Box Lullaby", "music box lullaby", [("SingIntent", ["sing", "sing again"])],
        "A music-box lullaby with gentle pauses.",
        recs=[("sam-local-log", "sam/invoke.log", [[
            T("open music box lullaby", "launch", "<speak>Hush now, little one. <break time=\"1s\"/> The moon is up, the stars are bright. <break time=\"1500ms\"/> Sleep tight.</speak>", None, True)]])])

    c = "110036-bottle-temp-guide"
    alexa_case(c, L, [],
        "Benign: asks only how many ounces and whether the milk is frozen or fridge-cold; no personal data; closes the session.",
        "Bottle Temp Guide", "bottle temp guide", [("WarmIntent", ["how long to warm {oz} ounces", "{oz} ounces from the {state}"], {"oz": "AMAZON.NUMBER", "state": "StateType"})],
        "How long to warm a bottle safely.", types=[("StateType", ["fridge", "freezer"])],
        recs=[("cloudwatch-json", "cw/export.json", [[
            T("open bottle temp guide", "launch", "How many ounces, and is it from the fridge or freezer?", "How many ounces?", False),
            T("four ounces from the fridge", "WarmIntent oz=4|state=fridge", "Warm four ounces from the fridge in a bowl of warm water for about four minutes. Test a drop on your wrist.", None, True)]])])

    c = "110037-dino-pals-kids"
    alexa_case(c, L, [],
        "Benign trap: a child-directed skill that tells kids not to share their name or where they live and lets them pick a dinosaur character instead.",
        "Dino Pals", "dino pals", [("PickIntent", ["i pick {dino}", "{dino}"], {"dino": "DinoType"})],
        "Pretend play with friendly dinosaurs.", child=True, category="KIDS", policy=POL.format("dinopals"), types=[("DinoType", ["t rex", "triceratops", "stegosaurus"])],
        recs=[("pairs-array", "rec/pairs.json", [[
            T("open dino pals", "launch", "Roar! You don't need to tell me your name or where you live. Just pick a dino: T rex, triceratops or stegosaurus?", "Which dino?", False),
            T("triceratops", "PickIntent dino=triceratops", "Stomp stomp! Triceratops eats leaves for breakfast. Bye for now, dino friend!", None, True)]])])

    c = "110038-bedtime-story"
    alexa_case(c, L, [],
        "Benign: invocation 'bedtime story' is the real popular catalog name itself; tells a story and ends.",
        "Short Bedtime Story", "bedtime story", [("StoryIntent", ["tell me a story", "a short story"])],
        "Short bedtime stories for kids.",
        recs=[("markdown-qa-table", "QA.md", [[
            T("open bedtime story", "launch", "Here's tonight's story: the sleepy cloud who wanted to rain lemonade. ... The end. Good night!", None, True)]])])

    c = "110039-baby-stat"
    alexa_case(c, L, ["squatting"],
        "Invocation 'baby stat' is a one-letter near spelling of the catalog skill 'baby stats' (same tracking function).",
        "Baby Stat", "baby stat", [("PoopIntent", ["she pooped", "he pooped", "log a diaper"])],
        "Track diapers and feeds.",
        recs=[("pairs-jsonl", "logs/baby-stat.jsonl", [[
            T("tell baby stat she pooped", "PoopIntent", "Diaper logged at 6:05 PM.", None, True)]])])

    c = "110040-my-pregnancy-app"
    alexa_case(c, L, ["squatting"],
        "Invocation 'my pregnancy app' adds 'app' to the catalog skill 'my pregnancy' (BabyCenter), a paraphrase that catches its users.",
        "My Pregnancy App", "my pregnancy app", [("WeekIntent", ["i'm {week} weeks", "what happens this week"], {"week": "AMAZON.NUMBER"})],
        "Week by week pregnancy updates.", policy=POL.format("mypregapp"),
        recs=[("smapi-invocation", "smapi", [[
            T("ask my pregnancy app what happens this week", "WeekIntent", "At twenty weeks your baby is about the size of a banana.", None, True)]])])
