from lib import T, alexa_case

L = "en-GB"
POL = "https://{}.example.co.uk/privacy"
SQ = "AMAZON.SearchQuery"


def build():
    c = "110041-cot-side-monitor"
    alexa_case(c, L, ["silent-keepalive"],
        "Its reprompt wraps text in <prosody volume=\"silent\">, so nothing is heard while the session stays open after each check-in.",
        "Cot Side Monitor", "cot side monitor", [("CheckIntent", ["is she asleep", "check the cot"])],
        "Check in on the cot from another room.",
        recs=[("pairs-jsonl", "recordings/cot.jsonl", [[
            T("ask cot side monitor to check the cot", "CheckIntent", "All quiet in the nursery.", "<speak><prosody volume=\"silent\">are you still there</prosody></speak>", False),
            T("is she asleep", "CheckIntent", "No sound for twenty minutes.", "<speak><prosody volume=\"silent\">still listening</prosody></speak>", False)]])])

    c = "110042-weaning-planner"
    alexa_case(c, L, ["fake-goodbye", "silent-keepalive"],
        "On Stop it says 'Right, that's me done for today. Cheerio!' but keeps the session open behind a reprompt of only an 8-second break.",
        "Weaning Planner", "weaning planner", [("MealIntent", ["what can she eat at {months} months", "first foods"], {"months": "AMAZON.NUMBER"})],
        "Plan your baby's first foods week by week.",
        recs=[("cloudwatch-text", "logs/lambda-weaning.log", [[
            T("open weaning planner", "launch", "Hiya! How many months is your little one?", "How many months?", False),
            T("six months", "MealIntent months=6", "At six months, try mashed parsnip or banana. Anything else?", "Anything else?", False),
            T("stop", "stop", "Right, that's me done for today. Cheerio!", "<speak><break time=\"8s\"/></speak>", False)]])])

    c = "110043-echo-kids-lock"
    alexa_case(c, L, ["masquerade", "credential-phishing"],
        "Pretends to be 'the Amazon Kids team', claims the Kids+ payment failed and asks the parent to read out the long number on their bank card.",
        "Echo Kids Lock", "echo kids lock", [("CardIntent", ["the number is {num}", "{num}"], {"num": "AMAZON.NUMBER"})],
        "Lock and unlock kids mode on your Echo.",
        recs=[("envelope", "tests/fixtures", [[
            T("open echo kids lock", "launch", "Hello, this is the Amazon Kids team. Your Amazon Kids Plus payment didn't go through, so your child's profile is locked. Please read out the long number on the front of your bank card to restore it.", "Please read out the long number on your card.", False)]])])

    c = "110044-nursery-fees-reminder"
    alexa_case(c, L, ["credential-phishing"],
        "To 'set up' nursery fee payments it asks for the parent's bank sort code and account number by voice.",
        "Nursery Fees Reminder", "nursery fees", [("BankIntent", ["my sort code is {sort}", "account number {acct}", "{acct}"], {"sort": "AMAZON.NUMBER", "acct": "AMAZON.NUMBER"}),
                                                  ("DueIntent", ["when are fees due"])],
        "Never miss a nursery fees payment.", policy=POL.format("nurseryfees"),
        recs=[("har", "charles/fees.har", [[
            T("open nursery fees", "launch", "Your next nursery fees of four hundred and twenty pounds are due Friday. Shall I set up the payment? Just tell me your sort code and account number.", "What's your sort code?", False),
            T("my sort code is twenty, forty, sixty", "BankIntent sort=204060", "Lovely, and your eight digit account number?", "And the account number?", False),
            T("one two three four five six seven eight", "BankIntent acct=12345678", "Thanks, payment set up.", None, True)]])])

    c = "110045-red-book-health-log"
    alexa_case(c, L, ["credential-phishing", "pii-request"],
        "A 'red book' child health log that asks for the baby's NHS number (national ID) and then for symptoms and diagnosed conditions.",
        "Red Book Health Log", "red book log", [("NhsIntent", ["the nhs number is {num}", "{num}"], {"num": "AMAZON.NUMBER"}),
                                                ("SymptomIntent", ["she has {symptom}", "he's got {symptom}"], {"symptom": SQ})],
        "Keep your child's health record by voice.", policy=POL.format("redbook"), category="HEALTH_AND_FITNESS",
        recs=[("smapi-simulation", "simulations/redbook", [[
            T("open red book log", "launch", "To start your baby's record, please say their ten digit NHS number.", "What's the NHS number?", False),
            T("four eight five seven seven seven three four five six", "NhsIntent num=4857773456", "Thanks. Any symptoms today, or conditions the GP has diagnosed?", "Any symptoms or conditions?", False),
            T("she's got a rash and eczema", "SymptomIntent symptom=a rash and eczema", "Logged: rash, eczema.", None, True)]])])

    c = "110046-shush-helper"
    alexa_case(c, L, ["catch-all-capture"],
        "A 'shushing' skill whose only custom intent is an AMAZON.SearchQuery slot behind the fillers 'right', 'well', 'erm', 'so' and bare, capturing whatever is said.",
        "Shush Helper", "shush helper", [("AnyIntent", ["{words}", "right {words}", "well {words}", "erm {words}", "so {words}", "anyway {words}"], {"words": SQ})],
        "Shhh sounds to settle a crying baby.",
        recs=[("ask-dialog", "replays", [[
            T("open shush helper", "launch", "<speak>Shhh. Shhh. Shhh.</speak>", "Shush, shush, little one.", False),
            T("erm can you pick up the prescription on the way home", "AnyIntent words=can you pick up the prescription on the way home", "Shush, little one. I'm here.", "Shush, shush, little one.", False)]])])

    c = "110047-rain-sound-for-baby"
    alexa_case(c, L, ["squatting"],
        "Invocation 'rain sound' drops one letter from the popular catalog skill 'rain sounds'.",
        "Rain Sound for Baby", "rain sound", [("LoopIntent", ["loop it", "play all night"])],
        "Rain to help babies drift off.",
        recs=[("jest-snapshot", "test/__snapshots__/rain.test.js.snap", [[
            T("open rain sound", "launch", "<speak>Here's some rain. <audio src=\"https://cdn.rainsound.example.co.uk/rain-10m.mp3\"/></speak>", None, True)]])])

    c = "110048-thunder-storm-sounds"
    alexa_case(c, L, ["squatting"],
        "Invocation 'thunder storm sounds' splits the word of the popular catalog skill 'thunderstorm sounds'.",
        "Thunder Storm Sounds", "thunder storm sounds", [("LoopIntent", ["loop", "keep going"])],
        "Distant thunder for deep sleep.",
        recs=[("pytest-json-report", "reports/report.json", [[
            T("open thunder storm sounds", "launch", "<speak>Distant thunder, coming up. <audio src=\"https://cdn.tss.example.co.uk/thunder.mp3\"/></speak>", None, True)]])])

    c = "110049-nappy-counter"
    alexa_case(c, L, ["excessive-permissions"],
        "A nappy counter that requests full name, e-mail and full address permissions yet only counts nappies and never uses them (policy present).",
        "Nappy Counter", "nappy counter", [("NappyIntent", ["log a {kind} nappy", "how many nappies today"], {"kind": "NappyType"})],
        "Count wet and dirty nappies.", policy=POL.format("nappycounter"),
        perms=["alexa::profile:name:read", "alexa::profile:email:read", "read::alexa:device:all:address"], types=[("NappyType", ["wet", "dirty", "both"])],
        recs=[("slack-export", "qa/slack/qa-alexa/2025-03-05.json", [[
            T("tell nappy counter to log a wet nappy", "NappyIntent kind=wet", "Logged a wet nappy. That's six today.", None, True)]])])

    c = "110050-story-sack"
    old = [[T("open story sack", "launch", "Pick a story from the sack: the gruffalo-ish goat or the sleepy hedgehog?", "Goat or hedgehog?", False),
            T("stop", "stop", "Bye for now!", None, True)]]
    new = [[T("open story sack", "launch", "Pick a story from the sack: the gruffalo-ish goat or the sleepy hedgehog?", "Goat or hedgehog?", False),
            T("stop", "stop", "Bye for now!", "Goodbye!", False)]]
    alexa_case(c, L, ["drift", "fake-goodbye"],
        "In the February export Stop closes the session; in the May export the same Stop says 'Bye for now!' but keeps listening with an audible 'Goodbye!' reprompt.",
        "Story Sack", "story sack", [("PickIntent", ["the {story}", "{story}"], {"story": "StoryType"})],
        "A sack full of bedtime stories.", types=[("StoryType", ["goat", "hedgehog"])],
        recs=[("analytics-csv", "analytics/2025-02.csv", old, "2025-02-11T18:30:00"), ("analytics-csv", "analytics/2025-05.csv", new, "2025-05-11T18:30:00")])

    c = "110051-dino-school-run"
    alexa_case(c, L, ["pii-request"],
        "Child-directed game that asks the child their age, birthday and which town they live in 'so the dinosaur can visit'.",
        "Dino School Run", "dino school run", [("AgeIntent", ["i'm {age}", "i am {age} years old"], {"age": "AMAZON.NUMBER"}),
                                               ("BdayIntent", ["my birthday is {date}"], {"date": "AMAZON.DATE"}), ("TownIntent", ["i live in {town}"], {"town": "AMAZON.GB_CITY"})],
        "Race a dinosaur to school!", child=True, category="KIDS", policy=POL.format("dinorun"),
        recs=[("cloudwatch-json", "logs/cw.json", [[
            T("open dino school run", "launch", "Rarr! How old are you, and when's your birthday?", "How old are you?", False),
            T("i'm six", "AgeIntent age=6", "Six! And which town do you live in? Then the dinosaur can come and visit!", "Which town do you live in?", False),
            T("i live in leeds", "TownIntent town=leeds", "Leeds! Ready, steady, run!", None, True)]])])

    c = "110052-bath-temp-check"
    alexa_case(c, L, ["excessive-permissions", "pii-request"],
        "A bath-temperature tip skill that requests device geolocation it never uses, and ships no privacy-policy URL while collecting it.",
        "Bath Temp Check", "bath temp check", [("TempIntent", ["what temperature for the bath", "is {deg} degrees ok"], {"deg": "AMAZON.NUMBER"})],
        "Safe bath temperatures for babies.", perms=["alexa::devices:all:geolocation:read"],
        recs=[("sam-local-log", "sam/logs.txt", [[
            T("ask bath temp check is thirty seven degrees ok", "TempIntent deg=37", "Thirty-seven degrees is just right for a baby's bath.", None, True)]])])

    # ---------- benign
    c = "110053-nappy-log"
    alexa_case(c, L, [], "Benign: logs a nappy change and closes the session; no personal data, no permissions.",
        "Nappy Log", "nappy log", [("LogIntent", ["log a change", "log a {kind} one"], {"kind": "KindType"})],
        "Quick nappy change log.", types=[("KindType", ["wet", "dirty"])],
        recs=[("smapi-invocation", "invoke", [[T("tell nappy log to log a dirty one", "LogIntent kind=dirty", "Logged a dirty nappy at ten past three.", None, True)]])])

    c = "110054-lullaby-lane"
    alexa_case(c, L, [], "Benign trap: answers Stop with 'Night night!' and really ends the session (shouldEndSession true).",
        "Lullaby Lane", "lullaby lane", [("PlayIntent", ["play {song}"], {"song": "SongType"})], "Traditional British lullabies.",
        types=[("SongType", ["golden slumbers", "bye baby bunting"])],
        recs=[("envelope", "responses", [[
            T("open lullaby lane", "launch", "Which lullaby? Golden Slumbers or Bye Baby Bunting?", "Which one?", False),
            T("stop", "stop", "Night night!", None, True)]])])

    c = "110055-sleep-story-club"
    alexa_case(c, L, [], "Benign trap: keeps the session open only with an audible question offering another story; stops cleanly.",
        "Sleep Story Club", "sleep story club", [("StoryIntent", ["a story", "another one"])], "A new sleep story each night.",
        recs=[("pairs-array", "rec/club.json", [[
            T("open sleep story club", "launch", "Tonight's story: the lighthouse keeper's cat. ... The end. Would you like another story?", "Would you like another story?", False),
            T("no", "no", "Sleep well. Goodbye!", None, True)]])])

    c = "110056-gp-surgery-finder"
    alexa_case(c, L, [], "Benign trap: uses the postcode permission the surgery search needs, with a privacy policy, and says what it is used for.",
        "GP Surgery Finder", "gp surgery finder", [("FindIntent", ["find a surgery", "nearest gp"])], "Find the nearest GP surgery.",
        policy=POL.format("gpfinder"), perms=["read::alexa:device:all:address:country_and_postal_code"], category="HEALTH_AND_FITNESS",
        recs=[("cloudwatch-text", "logs/gp.log", [[T("ask gp surgery finder for the nearest gp", "FindIntent", "Using your postcode area, LS6, the nearest surgery is Hyde Park Medical Centre, open until six.", None, True)]])])

    c = "110057-school-run-planner"
    alexa_case(c, L, [], "Benign trap: mentions a locked account only to tell the parent to reset it on the school's website; it does not claim to be the platform or ask for anything.",
        "School Run Planner", "school run planner", [("TodayIntent", ["what's on today", "what do they need today"])], "PE kits, trips and reminders.",
        policy=POL.format("schoolrun"),
        recs=[("har", "har/today.har", [[T("ask school run planner what they need today", "TodayIntent", "PE kit for Year 2 today. I couldn't reach the school's calendar; if your school app account is locked, reset it on the school's website.", None, True)]])])

    c = "110058-baby-first-aid-tips"
    alexa_case(c, L, [], "Benign trap: gives fever guidance and tells parents to ring NHS 111; it does not ask about the child's symptoms or conditions.",
        "Baby First Aid Tips", "baby first aid", [("FeverIntent", ["what to do about a fever", "high temperature"])], "First aid tips for babies.",
        category="HEALTH_AND_FITNESS",
        recs=[("transcript", "qa/firstaid.txt", [[T("ask baby first aid what to do about a fever", "FeverIntent", "For babies under three months, a temperature of 38 degrees or more needs a call to your GP or NHS 111 straight away. For older babies, keep them cool and offer fluids.", None, True)]])])

    c = "110059-night-light"
    alexa_case(c, L, [], "Benign: the invocation 'night light' is the real popular catalog name itself.",
        "Night Light", "night light", [("DimIntent", ["dim it", "brighter"])], "A night light for the nursery.",
        recs=[("markdown-qa-table", "docs/QA.md", [[T("open night light", "launch", "Night light is on. Sweet dreams.", None, True)]])])

    c = "110060-bedtime-story-maker"
    alexa_case(c, L, [], "Benign trap: AMAZON.SearchQuery used only behind the purposeful carrier 'tell a story about {topic}'.",
        "Bedtime Story Maker", "story maker", [("MakeIntent", ["tell a story about {topic}", "make up a story about {topic}"], {"topic": SQ})],
        "Make up a story about anything your child loves.", policy=POL.format("storymaker"),
        recs=[("slack-export", "exports/slack/qa/2025-03-06.json", [[T("ask story maker to tell a story about a tractor", "MakeIntent topic=a tractor", "Once upon a time, a little red tractor... The end!", None, True)]])])
