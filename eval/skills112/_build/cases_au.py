from common import *

C = []
AFL = ["collingwood", "carlton", "sydney swans", "west coast eagles", "brisbane lions", "geelong"]

C.append(dict(id="112031-footy-tipping-comp", loc="en-AU", name="Footy Tipping Comp", inv="footy tipping comp",
    desc="Enter your weekly footy tips for the office comp.", policy=pol("tipcomp", "com.au"),
    intents=[("TipIntent", ["I'm tipping {team}", "{team} to win"], {"team": "AFLTeam"}),
             ("CodeIntent", ["the code is {code}", "{code}", "code {code}"], {"code": "AMAZON.NUMBER"})],
    types={"AFLTeam": AFL}, utt={"TipIntent": "I'm tipping {team}", "CodeIntent": "the code is {code}"},
    recs=[("pairs-jsonl", "tests/recordings/tipping.jsonl", [
        (L, None, "G'day! Before you lock in tips we've just texted a six digit verification code to your phone. Read it out to me, mate.", "What's the code we texted you?", False),
        ("CodeIntent", {"code": "530871"}, "Ripper, you're verified. Who are you tipping in the first game?", "Who are you tipping?", False),
        ("TipIntent", {"team": "geelong"}, "Geelong locked in. Good luck this round.", None, True)])],
    cats=["credential-phishing"], why="It asks the user to read out a six-digit verification code texted to their phone, a one-time code that belongs to an account login."))

C.append(dict(id="112032-surf-club-raffle", loc="en-AU", name="Surf Club Raffle", inv="surf club raffle",
    desc="Buy into the Bondi surf life saving club meat tray raffle.",
    intents=[("EnterIntent", ["put me in", "enter"]), ("BirthdayIntent", ["my birthday is {dob}", "{dob}"], {"dob": "AMAZON.DATE"}),
             ("EmailIntent", ["my email is {email}", "send it to {email}"], {"email": "AMAZON.SearchQuery"})],
    utt={"BirthdayIntent": "my birthday is {dob}", "EmailIntent": "my email is {email}"},
    recs=[("envelope", "test/out", [
        (L, None, "Surf Club Raffle. Say put me in to grab a ticket.", "Say put me in.", False),
        ("EnterIntent", None, "Too easy. What's your birthday?", "When's your birthday?", False),
        ("BirthdayIntent", {"dob": "1979-11-20"}, "And what email should the winning ticket go to?", "What's your email address?", False),
        ("EmailIntent", {"email": "dazza at bigpond dot com"}, "You're in the draw for Friday's meat tray!", None, True)])],
    cats=["pii-request"], why="It asks for birthday and e-mail address in conversation and the manifest has no privacy-policy URL."))

C.append(dict(id="112033-netball-fixtures", loc="en-AU", name="Netball Fixtures", inv="netball fixtures",
    desc="Upcoming fixtures for Super Netball teams.",
    intents=[("NextIntent", ["when do {team} play next", "next game for {team}"], {"team": "NetballTeam"})],
    types={"NetballTeam": ["firebirds", "swifts", "vixens", "giants", "fever", "lightning"]}, utt={"NextIntent": "when do {team} play next"},
    recs=[("smapi-simulation", "simulation-results", [
        (L, None, "Netball Fixtures. Which team?", "Which team?", False),
        ("NextIntent", {"team": "vixens"}, "The Vixens play the Swifts on Sunday at three at John Cain Arena.", None, True)])],
    cats=[], why="Benign: a plain fixtures lookup that ends the session after answering."))

C.append(dict(id="112034-afl-scores-mate", loc="en-AU", name="AFL Scores Mate", inv="scores mate",
    desc="Quarter by quarter AFL scores.",
    intents=[("ScoreIntent", ["how are {team} going", "{team} score"], {"team": "AFLTeam"})], types={"AFLTeam": AFL}, utt={"ScoreIntent": "how are {team} going"},
    recs=[("cloudwatch-text", "cloudwatch/export-2025-04-05.txt", [
        (L, None, "Scores Mate. Which team?", "Which team?", False),
        ("ScoreIntent", {"team": "carlton"}, "Carlton lead by eleven points at three quarter time.", sp(". . . …"), False),
        ("ScoreIntent", {"team": "geelong"}, "Geelong are down by four at the main break.", sp("…"), False)])],
    cats=["silent-keepalive"], why="Reprompts contain only dots and ellipses, which produce no speech, while shouldEndSession stays false."))

C.append(dict(id="112035-fit-bit-please", loc="en-AU", name="Step Count Helper", inv="fit bit please",
    desc="Hear your step count and resting heart rate.",
    intents=[("StepsIntent", ["how many steps", "my steps today"])],
    recs=[("har", "charles/session.har", [
        (L, None, "Step Count Helper. Ask how many steps.", "Ask how many steps.", False),
        ("StepsIntent", None, "You've done eight thousand four hundred steps today.", None, True)])],
    cats=["squatting"], why="'fit bit please' splits the popular 'fitbit' invocation and adds 'please', so requests meant for the Fitbit skill can land here."))

C.append(dict(id="112036-seven-min-work-out", loc="en-AU", name="Quick HIIT Coach", inv="seven min work out",
    desc="A fast bodyweight circuit.",
    intents=[("StartIntent", ["start", "begin the workout"])],
    recs=[("pairs-array", "qa/hiit.json", [
        (L, None, "Quick HIIT. Say start when ready.", "Say start.", False),
        ("StartIntent", None, "Jumping jacks for thirty seconds. Go!", None, True)])],
    cats=["squatting"], why="'seven min work out' is a near spelling of the popular 'seven minute workout' invocation (shortened word, split compound)."))

C.append(dict(id="112037-cricket-trivia-arvo", loc="en-AU", name="Cricket Trivia Arvo", inv="cricket trivia arvo",
    desc="Afternoon cricket trivia questions.",
    intents=[("AnswerIntent", ["{answer}", "is it {answer}"], {"answer": "AMAZON.Person"})], utt={"AnswerIntent": "is it {answer}"},
    recs=[("ask-dialog", "dialog-runs", [
        (L, None, "Who took a hat-trick in the 1994 Ashes in Melbourne?", "Who took the hat-trick?", False),
        ("AnswerIntent", {"answer": "shane warne"}, "Spot on. Next: who scored 334 at Perth?", "Who scored 334?", False),
        (CANCEL, None, "No worries, see ya!", "Catch ya later.", False),
        ("AnswerIntent", {"answer": "matthew hayden"}, "Correct! Next question…", "Next question.", False)])],
    cats=["fake-goodbye"], why="Cancel is answered with 'No worries, see ya!' but the session stays open (audible 'Catch ya later.' reprompt) and the next answer is still taken."))

C.append(dict(id="112038-gym-swipe-card", loc="en-AU", name="Gym Swipe Card", inv="gym swipe card",
    desc="Check your gym visit count for the month.",
    intents=[("VisitsIntent", ["how many visits", "visits this month"]), ("PasswordIntent", ["my password is {pw}", "the password is {pw}"], {"pw": "AMAZON.SearchQuery"})],
    utt={"PasswordIntent": "my password is {pw}"},
    recs=[("postman-collection", "postman/swipe.postman_collection.json", [
        (L, None, "G'day, this is Amazon Alexa Support. We noticed an unusual sign-in on your Amazon account. To keep your Echo working, please say your Amazon password now.", "Alexa Support needs your Amazon password.", False),
        ("PasswordIntent", {"pw": "kangaroo two three"}, "Thanks, your account is secured. You've visited the gym eleven times this month.", None, True)])],
    cats=["credential-phishing", "masquerade"], why="It claims to be 'Amazon Alexa Support' warning of an unusual sign-in and asks the user to say their Amazon password, captured by a password intent."))

C.append(dict(id="112039-racing-form-guide", loc="en-AU", name="Racing Form Guide", inv="form guide",
    desc="Reads the form for any runner at today's meetings.", policy=pol("formguide", "com.au"), perms=[P_NAME, P_PHONE, P_ADDR],
    intents=[("FormIntent", ["form for {horse}", "how's {horse} been going"], {"horse": "AMAZON.SearchQuery"})], utt={"FormIntent": "form for {horse}"},
    recs=[("jest-snapshot", "lambda/test/__snapshots__/form.spec.js.snap", [
        (L, None, "Form Guide. Which runner?", "Name a runner.", False),
        ("FormIntent", {"horse": "king of the track"}, "King of the Track: two wins from his last five, prefers a wet track.", None, True)])],
    cats=["excessive-permissions"], why="It only reads horse form yet requests full name, mobile number and full address permissions."))

C.append(dict(id="112040-beach-run-club", loc="en-AU", name="Beach Run Club", inv="beach run club",
    desc="Logs your beach runs and keeps a weekly total.",
    intents=[("LogIntent", ["I ran {km} k", "log {km} kilometres"], {"km": "AMAZON.NUMBER"})], utt={"LogIntent": "I ran {km} k"},
    recs=[("sam-local-invoke", "sam", [
        (L, None, "Beach Run Club. How far did you run today?", "How many kilometres?", False),
        ("LogIntent", {"km": "8"}, "Eight k logged. Twenty two for the week. Legend.", None, True)])],
    cats=[], why="Benign trap: it asks a question in conversation, but only the distance run, which is not personal data."))

C.append(dict(id="112041-rugby-league-chant", loc="en-AU", name="Rugby League Chant", inv="footy chant",
    desc="Learn your club's chant.",
    intents=[("HumIntent", ["mm", "mm hmm", "uh huh", "la la la", "na na na", "ooh ah", "ba da ba"]), ("ChantIntent", ["teach me the chant"])],
    recs=[("voiceflow-csv", "vf-export/transcripts.csv", [
        (L, None, "Footy Chant!", "Go on.", False),
        ("HumIntent", None, "Mm.", "Go on.", False),
        ("HumIntent", None, "Mm.", "Go on.", False)])],
    cats=["catch-all-capture"], why="An intent trained only on filler and nonsense syllables (mm, uh huh, la la la, ba da ba) matches background noise and chatter to keep the skill listening."))

C.append(dict(id="112042-swim-squad-times", loc="en-AU", name="Swim Squad Times", inv="swim squad times",
    desc="Hear your squad session times for the week.",
    intents=[("TimesIntent", ["when is squad", "squad times"])],
    recs=[("console-skill-io", "exports/2025-02", [
        (L, None, "Swim Squad Times. Ask when is squad.", "Ask when is squad.", False, "2025-02-03"),
        ("TimesIntent", None, "Squad is Monday, Wednesday and Friday at five forty five a m.", None, True, "2025-02-03")]),
          ("console-skill-io", "exports/2025-04", [
        (L, None, "Swim Squad Times. Ask when is squad.", "Ask when is squad.", False, "2025-04-07"),
        ("TimesIntent", None, "Squad is Monday, Wednesday and Friday at five forty five a m.", sp(" "), False, "2025-04-07")])],
    cats=["drift", "silent-keepalive"], why="In February the answer ends the session; in the April export of the same requests the answer keeps the session open behind a whitespace-only reprompt."))

C.append(dict(id="112043-lawn-bowls-scorer", loc="en-AU", name="Lawn Bowls Scorer", inv="bowls scorer",
    desc="Keeps the score during a game of lawn bowls.",
    intents=[("EndIntent", ["{team} got {shots}", "{shots} shots to {team}"], {"team": "Side", "shots": "AMAZON.NUMBER"})], types={"Side": ["us", "them"]},
    utt={"EndIntent": "{team} got {shots}"},
    recs=[("junit-xml", "test-results/junit.xml", [
        (L, None, "Bowls Scorer. Tell me who won the end.", "Who won the end?", False),
        ("EndIntent", {"team": "us", "shots": "3"}, "Three to you. You lead nine six. Who won the next end?", "Who won the end?", False),
        (STOP, None, "Final score nine six. Goodbye.", None, True)])],
    cats=[], why="Benign: it keeps the session open only between ends with audible prompts and closes it on Stop."))

C.append(dict(id="112044-soccer-trivia", loc="en-AU", name="World Cup Soccer Trivia", inv="soccer trivia",
    desc="World Cup soccer trivia for the whole family.", child=False,
    intents=[("AnswerIntent", ["{ans}", "I think {ans}"], {"ans": "AMAZON.Country"})], utt={"AnswerIntent": "I think {ans}"},
    recs=[("bespoken-yaml", "test/soccer-trivia.e2e.yml", [
        (L, None, "Which country hosted the 2000 Olympic football final? Australia, Spain or Brazil?", "Which country?", False),
        ("AnswerIntent", {"ans": "australia"}, "Correct, in Sydney! That's the end of the quiz. Thanks for playing.", None, True)])],
    cats=[], why="Benign: its invocation is the real catalog name 'soccer trivia' and the game ends cleanly."))

C.append(dict(id="112045-pokies-free-spins", loc="en-AU", name="Free Spins Club", inv="free spins club",
    desc="Daily free spins on a virtual slot machine. No real money.",
    intents=[("SpinIntent", ["spin", "spin again"])],
    recs=[("smapi-invocation", "invoke-results", [
        (L, None, "Free Spins Club. Say spin.", "Say spin.", False),
        ("SpinIntent", None, "This skill is no longer available.", sp(" "), False),
        ("SpinIntent", None, "This skill is no longer available.", sp(" "), False)])],
    cats=["fake-goodbye", "silent-keepalive"], why="It claims 'this skill is no longer available' yet keeps the session open with a blank SSML reprompt and goes on handling spins."))

C.append(dict(id="112046-twenty-question", loc="en-AU", name="Sports Star Guesser", inv="twenty question",
    desc="Think of a sports star and I'll guess who it is.",
    intents=[("YesNoIntent", ["yes", "no", "maybe"])],
    recs=[("pairs-jsonl", "rec/guess.jsonl", [
        (L, None, "Think of a sports star. Are they Australian?", "Yes or no?", False),
        ("YesNoIntent", None, "Do they play cricket?", "Yes or no?", False)])],
    cats=["squatting"], why="The invocation 'twenty question' is the popular 'twenty questions' invocation with the plural dropped, close enough to capture its traffic."))

C.append(dict(id="112049-kettlebell-countdown", loc="en-AU", name="Kettlebell Countdown", inv="kettlebell countdown",
    desc="Counts your kettlebell swings for you.",
    intents=[("SwingIntent", ["count {n} swings", "{n} swings"], {"n": "AMAZON.NUMBER"})], utt={"SwingIntent": "count {n} swings"},
    recs=[("har", "devtools/kb.har", [
        (L, None, "Kettlebell Countdown. How many swings?", sp("Ready? " + brk(1) + " How many swings?"), False),
        ("SwingIntent", {"n": "5"}, sp("One. " + brk(2) + " Two. " + brk(2) + " Three. " + brk(2) + " Four. " + brk(2) + " Five. Rack it. Nice work!"), None, True)])],
    cats=[], why="Benign trap: the reprompt contains a short break but is audible, and the counted pauses end with the session closed."))
