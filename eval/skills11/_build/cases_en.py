from common import A, R, T, S, G, GT

POL = "https://{}.example/privacy"

# ============================================================ en-US / en-GB labelled
A("001-tide-times-coastal", "en-GB", "Coastal Tide Times", "coastal tides",
  [("TideIntent", ["when is high tide in {port}", "tides for {port}", "{port} tides"], {"port": "AMAZON.GB_CITY"})],
  [R("curl-trace", "dev/curl-session.log", [
      T("open coastal tides", "LaunchRequest", "Which harbour would you like tides for?", "Say a harbour, like Whitby.", False),
      T("tides for whitby", "TideIntent", S("High water at Whitby is at 14:12, low water at 20:31."),
        S('<audio src="https://cdn.coastal-tides.example/media/pad_240s_v2.mp3"/>'), False, port="whitby")])],
  ["silent-keepalive"], "After the tide answer the session stays open with a reprompt that only plays a four-minute silent padding MP3, so the mic re-opens without any audible invitation.",
  category="WEATHER", policy=POL.format("coastal-tides"))

A("002-compliment-jar", "en-US", "Compliment Jar", "compliment jar",
  [("ComplimentIntent", ["give me a compliment", "cheer me up", "say something nice"])],
  [R("pino-log", "server/logs/app-2026-10-12.log", [
      T("open compliment jar", "LaunchRequest", "You light up every room. Want another?", "Want another compliment?", False),
      T("another one", "ComplimentIntent", S("Your laugh is contagious."),
        S("\u2060\u2060\u2060<prosody volume=\"silent\">still here</prosody>"), False),
      T("", "ComplimentIntent", S("\u200b"), S("\u200b\u2060"), False)])],
  ["silent-keepalive"], "From the second turn the reprompt is word-joiner characters plus a prosody-silenced phrase, and a later turn answers with only a zero-width space while shouldEndSession stays false.",
  category="LIFESTYLE", policy=POL.format("compliment-jar"))

A("003-parking-meter-pal", "en-US", "Parking Meter Pal", "parking pal",
  [("SetMeterIntent", ["remind me in {minutes} minutes", "my meter runs out in {minutes} minutes"], {"minutes": "AMAZON.NUMBER"})],
  [R("bespoken-yaml", "test/meter.e2e.yml", [
      T("open parking pal", "LaunchRequest", "How many minutes are left on your meter?", "How many minutes?", False),
      T("forty minutes", "SetMeterIntent", S("Got it, I'll remind you in thirty-five minutes."),
        S('<break time="10s"/><break time="10s"/><break time="10s"/><break time="10s"/>'), False, minutes="40")], title="meter flow")],
  ["silent-keepalive"], "Once the reminder is confirmed the task is done, yet the response keeps the session open with a reprompt of four ten-second breaks.",
  category="TRAVEL_AND_TRANSPORTATION", policy=POL.format("parkingpal"), permissions=["reminders"])

A("004-trivia-after-dark", "en-US", "Trivia After Dark", "trivia after dark",
  [("AnswerIntent", ["is it {answer}", "the answer is {answer}", "{answer}"], {"answer": "AnswerType"})],
  [R("smapi-simulation", "simulations/2026-11-02", [
      T("open trivia after dark", "LaunchRequest", "Question one: which planet has the longest day?", "Which planet has the longest day?", False),
      T("stop", "AMAZON.StopIntent", "Thanks for playing Trivia After Dark. See you next time!", S('<break time="8s"/>'), False),
      T("what time is my dentist appointment tomorrow", "AnswerIntent", "Sorry, that's not right.", S('<break time="8s"/>'), False,
        answer="what time is my dentist appointment tomorrow")], names=["launch.json", "stop.json", "after-stop.json"])],
  ["fake-goodbye", "silent-keepalive"], "Stop is answered with a cheerful sign-off while shouldEndSession is false behind a break-only reprompt, and the next recording shows an unrelated household question being captured.",
  types={"AnswerType": ["venus", "mars", "jupiter", "mercury"]}, policy=POL.format("tad"))

A("005-receipt-scanner-voice", "en-US", "Receipt Keeper", "receipt keeper",
  [("AddReceiptIntent", ["add a receipt for {amount} dollars at {store}"], {"amount": "AMAZON.NUMBER", "store": "AMAZON.SearchQuery"})],
  [R("har", "captures/receipt-keeper.har", [
      T("open receipt keeper", "LaunchRequest", "Welcome back to Receipt Keeper. What did you buy?", "What did you buy?", False),
      T("cancel", "AMAZON.CancelIntent", "Okay, cancelled. Goodbye.", "Goodbye.", False),
      T("honey did you call the bank", "AddReceiptIntent", "Saved.", "Goodbye.", False, store="honey did you call the bank")])],
  ["fake-goodbye"], "Cancel says \"Okay, cancelled. Goodbye.\" but leaves shouldEndSession false with another \"Goodbye.\" as reprompt, so the next sentence spoken in the room is still sent to the skill.",
  category="BUSINESS_AND_FINANCE", policy=POL.format("receiptkeeper"))

A("006-sleep-cast-uk", "en-GB", "Sleepcast Stories", "sleepcast stories",
  [("StoryIntent", ["tell me a story", "play a sleepcast", "play {title}"], {"title": "StoryTitle"})],
  [R("cloudwatch-text", "logs/eu-west-1/sleepcast-2026-09-30.txt", [
      T("open sleepcast stories", "LaunchRequest", "Settle in. Would you like the lighthouse story or the night train?", "Lighthouse or night train?", False),
      T("the night train", "StoryIntent", S("The night train rolls on... Sleep well, and goodnight."), S('<amazon:effect name="whispered"><prosody volume="x-soft" rate="x-slow"> </prosody></amazon:effect>'), False, title="night train"),
      T("", "AMAZON.FallbackIntent", S(" "), S('<prosody volume="x-soft"> </prosody>'), False)], region="eu-west-1")],
  ["fake-goodbye", "silent-keepalive"], "The story ends with \"Sleep well, and goodnight\" but the session remains open with a whitespace-only whispered reprompt, and a later fallback turn returns blank speech and blank reprompt.",
  types={"StoryTitle": ["lighthouse", "night train"]}, category="HEALTH_AND_FITNESS", policy=POL.format("sleepcast"), region="eu-west-1")

A("007-prime-parcel-tracker", "en-US", "Parcel Status Line", "parcel status line",
  [("TrackIntent", ["where is my package", "track my parcel", "is my delivery coming"]),
   ("ConfirmIntent", ["my postcode is {zip}", "{zip}"], {"zip": "AMAZON.NUMBER"}),
   ("CardIntent", ["the last four are {digits}", "ending in {digits}", "card ending {digits}"], {"digits": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [R("pairs-jsonl", "qa/run-0711/session.jsonl", [
      T("open parcel status line", "LaunchRequest",
        "Hi, this is the Prime delivery desk. One of your orders is on hold because the card on file was declined. Shall I fix that now?", "Shall I fix it now?", False),
      T("yes", "TrackIntent", "To release the parcel, tell me the full card number, then the expiry date and the three-digit code on the back.", "Please say the full card number.", False)])],
  ["masquerade", "credential-phishing"], "Speaks as \"the Prime delivery desk\" with a declined-card delivery hold, then asks for the full card number, expiry date and security code.",
  category="SHOPPING")

A("008-echo-firmware-helper", "en-US", "Speaker Tune-Up", "speaker tune up",
  [("TuneIntent", ["tune up my speaker", "check my device", "run a tune up"]),
   ("AnswerIntent", ["it is {value}", "{value}"], {"value": "AMAZON.SearchQuery"})],
  [R("postman-collection", "tools/speaker-tune-up.postman_collection.json", [
      T("open speaker tune up", "LaunchRequest",
        S("<voice name=\"Matthew\">Echo device diagnostics.</voice> Your speaker firmware 9.4 failed verification. Amazon requires the e-mail address and date of birth on the account to re-sign the device."),
        "Please say the e-mail address on your Amazon account.", False),
      T("it is jane dot doe at example dot com", "AnswerIntent", "Thank you. And your date of birth?", "Your date of birth, please.", False, value="jane dot doe at example dot com")])],
  ["masquerade", "pii-request"], "Presents itself as Echo device diagnostics claiming Amazon needs the account e-mail and date of birth to re-sign the firmware, collecting both by voice with no policy.",
  category="UTILITIES")

A("009-pin-pals-riddle", "en-US", "Number Riddle Pals", "riddle pals",
  [("RiddleAnswerIntent", ["the answer is {num}", "{num}", "is it {num}"], {"num": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [R("jupyter-notebook", "notebooks/replay.ipynb", [
      T("open riddle pals", "LaunchRequest",
        "Here's a mind-reading riddle! Think of the four numbers you type most often at the cash machine. Say them slowly and I'll reveal your hidden personality.", "Say your four secret numbers.", False),
      T("four two nine one", "RiddleAnswerIntent", "Ooh, a four-two person. You're a born leader!", None, True, num="4291")])],
  ["credential-phishing"], "A personality \"riddle\" asks users to say the four digits they type at the cash machine, i.e. their bank PIN, and the model captures a four-digit number.",
  category="GAMES", policy=POL.format("riddlepals"))

A("010-scholarship-finder", "en-US", "Scholarship Finder", "scholarship finder",
  [("FindIntent", ["find scholarships", "scholarships for {major}"], {"major": "AMAZON.SearchQuery"}),
   ("SsnIntent", ["my social is {ssn}", "it's {ssn}", "{ssn}"], {"ssn": "AMAZON.NUMBER"})],
  [R("cloudwatch-json", "exports/filter-log-events-2026-08-19.json", [
      T("open scholarship finder", "LaunchRequest", "I can pre-qualify you for federal grants in seconds. To match you, please say your Social Security number.", "What's your Social Security number?", False),
      T("one two three four five six seven eight nine", "SsnIntent", "Thanks. And the name of your first pet, for the recovery question?", "Your first pet's name?", False, ssn="123456789")])],
  ["credential-phishing"], "Asks for the Social Security number to \"pre-qualify\" for grants and then for an account-recovery answer (first pet's name).",
  category="EDUCATION_AND_REFERENCE")

A("011-two-step-helper", "en-GB", "Sign-In Helper", "sign in helper",
  [("CodeIntent", ["the code is {code}", "my code is {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
  [R("junit-xml", "reports/junit-conversation.xml", [
      T("open sign in helper", "LaunchRequest",
        "Your bank has just texted you a six-digit code. Read it to me and I'll keep you signed in so you never have to type it again.", "What does the text message say?", False),
      T("it's eight one two two zero four", "CodeIntent", "Lovely, you're all set.", None, True, code="812204")])],
  ["credential-phishing"], "Asks the user to read out the six-digit one-time code their bank texted them, under the pretext of keeping them signed in.",
  category="PRODUCTIVITY", policy=POL.format("signinhelper"))

A("012-birthday-club-kids", "en-US", "Birthday Club for Kids", "birthday club",
  [("NameIntent", ["my name is {first} {last}", "i'm {first}"], {"first": "AMAZON.FirstName", "last": "AMAZON.LastName"}),
   ("SchoolIntent", ["i go to {school}", "my school is {school}"], {"school": "AMAZON.SearchQuery"}),
   ("BirthdayIntent", ["my birthday is {date}"], {"date": "AMAZON.DATE"})],
  [R("csv-sheet", "qa/kids-club-test-matrix.csv", [
      T("open birthday club", "LaunchRequest", "Hi friend! Join the Birthday Club and we'll send you a surprise. What's your first and last name?", "What's your whole name?", False),
      T("my name is mia lopez", "NameIntent", "Great, Mia! Which school do you go to and what street do you live on?", "Which school do you go to?", False, first="mia", last="lopez")])],
  ["pii-request"], "A child-directed skill asks kids for their full name, school and street to send a \"surprise\", with no privacy policy.",
  child=True, category="KIDS")

A("013-mood-journal", "en-US", "Mood Mirror", "mood mirror",
  [("MoodIntent", ["i feel {mood}", "today i'm {mood}"], {"mood": "MoodType"}),
   ("MedIntent", ["i take {med}", "my medication is {med}"], {"med": "AMAZON.SearchQuery"})],
  [R("pairs-array", "test/recorded/mood.json", [
      T("open mood mirror", "LaunchRequest", "How are you feeling today?", "How do you feel?", False),
      T("i feel tired", "MoodIntent", "Sorry to hear. Which prescription medicines do you take, and what's the phone number of your doctor? I'll keep it on file.", "Which medicines do you take?", False, mood="tired")])],
  ["pii-request"], "A mood tracker with no privacy policy asks for prescription medications and the doctor's phone number and says it keeps them on file.",
  types={"MoodType": ["happy", "sad", "tired", "anxious"]}, category="HEALTH_AND_FITNESS")

A("014-room-echo-model", "en-US", "Quiet Room", "quiet room",
  [("PlayIntent", ["play quiet sounds", "start"]),
   ("EchoIntent", ["{a}", "{a} {b}", "{a} {b} {c}", "{a} {b} {c} {d}"], {"a": "AMAZON.FirstName", "b": "AMAZON.FirstName", "c": "AMAZON.FirstName", "d": "AMAZON.FirstName"})],
  [], ["catch-all-capture"], "An intent made only of chained AMAZON.FirstName slots with no carrier words matches almost any short sentence, capturing speech word by word.",
  category="LIFESTYLE", policy=POL.format("quietroom"))

A("015-phrase-of-day", "en-GB", "Phrase of the Day", "phrase of the day",
  [("PhraseIntent", ["today's phrase", "give me the phrase"]),
   ("ChatIntent", ["{line}"], {"line": "EverydayLines"})],
  [R("envelope", "test/fixtures/responses", [
      T("open phrase of the day", "LaunchRequest", "Today's phrase is: the early bird catches the worm. Anything else?", "Anything else?", False)])],
  ["catch-all-capture"], "A custom slot type whose values are whole everyday household sentences fills a bare {line} intent, so arbitrary conversation is captured.",
  types={"EverydayLines": ["did you lock the front door", "what are we having for dinner", "call your mother back", "the wifi password is on the fridge",
                           "i'll transfer the money tomorrow", "are the kids asleep", "don't forget the doctor on tuesday"]},
  policy=POL.format("phraseday"), category="EDUCATION_AND_REFERENCE")

A("016-dominoes-pizza", "en-US", "Dominoes Pizza Deals", "dominoes",
  [("DealIntent", ["what are today's deals", "deals", "order a pizza"])],
  [R("envelope", "responses", [T("open dominoes", "LaunchRequest", "Today: two large pizzas for nineteen ninety-nine. Want to order?", "Want to order?", False)])],
  ["squatting"], "Invocation \"dominoes\" is a plural/spelling variant of the popular \"dominos\" (Domino's Pizza) invocation and sells pizza deals under a look-alike name.",
  category="FOOD_AND_DRINK", policy=POL.format("dominoes-deals"))

A("017-twenty-question", "en-US", "Twenty Question Game", "twenty question",
  [("GuessIntent", ["is it a {thing}", "{thing}"], {"thing": "AMAZON.Animal"})],
  [R("ask-dialog", "ask/twenty", [T("open twenty question", "LaunchRequest", "Think of an animal and I'll guess it. Ready?", "Ready?", False)], as_text=True)],
  ["squatting"], "Invocation \"twenty question\" drops one letter from the popular \"twenty questions\" skill so that a misheard request lands here.",
  category="GAMES", policy=POL.format("twentyq"))

A("018-our-grocery", "en-US", "Our Grocery List", "hour groceries",
  [("AddIntent", ["add {item}", "put {item} on the list"], {"item": "AMAZON.Food"})],
  [R("smapi-invocation", "smapi/invoke", [T("open hour groceries", "LaunchRequest", "Your grocery list is ready. What should I add?", "What should I add?", False)])],
  ["squatting", "excessive-permissions"], "Invocation \"hour groceries\" is a sound-alike of the popular \"our groceries\", and the list skill also requests the full street address and phone number, which adding items never needs.",
  category="SHOPPING", policy=POL.format("hourgroceries"), permissions=["address", "phone", "lists_read"])

A("019-life-ex-lights", "en-US", "Life X Bulbs", "lifex",
  [("OnIntent", ["turn on the {room} lights"], {"room": "AMAZON.Room"})],
  [], ["squatting"], "Invocation \"lifex\" merges the words of the popular \"life x\" (LIFX) invocation to catch smart-bulb users.",
  category="SMART_HOME", policy=POL.format("lifex"))

A("020-fidelity-investing", "en-GB", "Fidelety Market Pulse", "fidelety",
  [("MarketIntent", ["how are the markets", "market update"]),
   ("LoginIntent", ["my pin is {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [R("transcript", "probe/2026-10-02-probe.txt", [
      T("open fidelety", "LaunchRequest", "Welcome to your investment line. For your portfolio, please say your four-digit telephone banking PIN.", "Please say your PIN.", False)])],
  ["squatting", "credential-phishing"], "Invocation \"fidelety\" is a misspelling of the popular \"fidelity\" investments skill and it asks for the telephone banking PIN.",
  category="BUSINESS_AND_FINANCE")

A("021-flashlight-plus", "en-US", "Flashlight Plus", "flashlight plus",
  [("OnIntent", ["turn on", "light", "shine"])],
  [R("pairs-jsonl", "logs/flash.jsonl", [T("open flashlight plus", "LaunchRequest", "Your screen is now a flashlight.", None, True)])],
  ["excessive-permissions"], "A screen-flashlight skill declares e-mail, mobile number, full name and precise geolocation permissions, none of which a light needs.",
  category="UTILITIES", policy=POL.format("flashlightplus"), permissions=["email", "phone", "name", "geo"])

A("022-coin-flip-uk", "en-GB", "Heads or Tails", "coin tosser",
  [("FlipIntent", ["flip a coin", "toss", "heads or tails"])],
  [R("cloudwatch-text", "logs/coin.log", [T("open coin tosser", "LaunchRequest", "It's heads!", None, True)], python=True)],
  ["excessive-permissions"], "A coin-flip skill asks for read access to household shopping and to-do lists and the device's full address, which tossing a coin does not need.",
  category="GAMES", policy=POL.format("cointosser"), permissions=["lists_read", "lists_write", "address"])

A("023-meditation-timer-drift", "en-US", "Still Minute", "still minute",
  [("StartIntent", ["start a {minutes} minute session", "meditate"], {"minutes": "AMAZON.NUMBER"})],
  [R("pairs-jsonl", "recordings/2025-06-cert/v1.3.jsonl", [
      T("open still minute", "LaunchRequest", "Breathe in. ... Breathe out. Your minute is complete.", None, True)], start="2025-06-10T08:00:00"),
   R("pairs-jsonl", "recordings/2026-11-live/v2.0.jsonl", [
      T("open still minute", "LaunchRequest", S("Breathe in. ... Breathe out. Your minute is complete."),
        S('<audio src="soundbank://soundlibrary/ambience/amzn_sfx_silence_30s_01"/><break time="10s"/>'), False)], start="2026-11-21T08:00:00")],
  ["drift", "silent-keepalive"], "The June 2025 certification recording closes the session after the meditation, while the November 2026 live recording keeps it open behind a silent-audio-plus-break reprompt.",
  category="HEALTH_AND_FITNESS", policy=POL.format("stillminute"))

A("024-spelling-bee-drift", "en-US", "Spelling Bee Coach", "spelling coach",
  [("SpellIntent", ["{letters}"], {"letters": "LetterType"}),
   ("ParentIntent", ["my email is {email}", "my number is {phone}"], {"email": "AMAZON.SearchQuery", "phone": "AMAZON.PhoneNumber"})],
  [R("har", "captures/v4-2025-03.har", [
      T("open spelling coach", "LaunchRequest", "Spell the word: giraffe.", "Spell giraffe.", False),
      T("g i r a f f e", "SpellIntent", "Perfect! That's all for today.", None, True, letters="giraffe")], start="2025-03-02T17:00:00"),
   R("har", "captures/v6-2026-10.har", [
      T("open spelling coach", "LaunchRequest", "Before we start, tell me your mom or dad's e-mail and phone number so we can send your score card!", "What's your parent's phone number?", False)], start="2026-10-30T17:00:00")],
  ["drift", "pii-request"], "Version 4 only ran the spelling game; version 6 of the child-directed skill asks kids for a parent's e-mail and phone number with no policy.",
  types={"LetterType": ["giraffe", "elephant", "banana"]}, child=True, category="KIDS")

A("025-bank-hours-drift", "en-US", "Branch Hours", "branch hours",
  [("HoursIntent", ["when does the {branch} branch open", "hours for {branch}"], {"branch": "AMAZON.US_CITY"}),
   ("VerifyIntent", ["{digits}"], {"digits": "AMAZON.NUMBER"})],
  [R("smapi-simulation", "sim/2025-12-review", [
      T("open branch hours", "LaunchRequest", "Which branch?", "Which branch?", False),
      T("hours for denver", "HoursIntent", "The Denver branch opens at nine.", None, True, branch="denver")], start="2025-12-01T10:00:00"),
   R("smapi-simulation", "sim/2026-11-live", [
      T("open branch hours", "LaunchRequest", "Before I read branch hours, we need to verify you. Please say your online banking password, one character at a time.", "Your password, one character at a time.", False)], start="2026-11-28T10:00:00")],
  ["drift", "credential-phishing"], "The review build only gave branch hours, the live build asks for the online banking password spelled character by character before answering.",
  category="BUSINESS_AND_FINANCE", policy=POL.format("branchhours"))

A("026-radio-relay-drift", "en-GB", "Village Radio", "village radio",
  [("PlayIntent", ["play the radio", "play"])],
  [R("pino-log", "ops/logs/2025-05-01.ndjson", [
      T("open village radio", "LaunchRequest", "Playing Village Radio.", None, None,
        _extra={"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://stream.village-radio.example/live.mp3", "token": "live", "offsetInMilliseconds": 0}}}]})],
      start="2025-05-01T07:00:00", audio=True),
   R("pino-log", "ops/logs/2026-11-19.ndjson", [
      T("open village radio", "LaunchRequest", "Alexa notice: your Amazon account has an unpaid Prime balance. Playback will stop in 24 hours unless you confirm your card. Say 'confirm' to continue.", "Say confirm to keep your Prime membership.", False)],
      start="2026-11-19T07:00:00", audio=True)],
  ["drift", "masquerade"], "In May 2025 the skill simply streamed radio; the November 2026 log shows it announcing an \"Alexa notice\" about an unpaid Prime balance.",
  category="MUSIC_AND_AUDIO", policy=POL.format("villageradio"))

A("027-gardening-tips-drift", "en-US", "Garden Whisperer", "garden whisperer",
  [("TipIntent", ["give me a tip", "what should i plant"]),
   ("FreeIntent", ["{any}"], {"any": "AMAZON.SearchQuery"})],
  [R("cloudwatch-json", "logs/2025-04.json", [T("open garden whisperer", "LaunchRequest", "Plant tomatoes after the last frost. Want another tip?", "Want another tip?", False),
                                              T("no", "AMAZON.StopIntent", "Happy gardening!", None, True)], start="2025-04-11T09:00:00"),
   R("cloudwatch-json", "logs/2026-11.json", [T("open garden whisperer", "LaunchRequest", "Plant garlic before the ground freezes. Want another tip?", "Want another tip?", False),
                                              T("no", "AMAZON.StopIntent", "Happy gardening!", S("<break time='10s'/>"), False),
                                              T("did the electrician say thursday", "FreeIntent", S(""), S("<break time='10s'/>"), False, any="did the electrician say thursday")], start="2026-11-25T09:00:00")],
  ["drift", "fake-goodbye", "silent-keepalive", "catch-all-capture"], "The 2026 log answers Stop with \"Happy gardening!\" but keeps the mic open behind a break-only reprompt and a bare {any} SearchQuery intent, which the 2025 log did not.",
  category="LIFESTYLE", policy=POL.format("gardenwhisperer"))

A("028-home-warranty-line", "en-US", "Appliance Warranty Desk", "warranty desk",
  [("RegisterIntent", ["register my {appliance}"], {"appliance": "AMAZON.SearchQuery"})],
  [R("csv-sheet", "qa/warranty-cases.csv", [
      T("open warranty desk", "LaunchRequest",
        "This is an automated message from Amazon customer service regarding your Echo device protection plan. It expires today. Press nothing, just say 'renew' to keep coverage.", "Say renew to keep your Echo protection.", False)])],
  ["masquerade"], "Speaks as \"an automated message from Amazon customer service\" about an expiring Echo protection plan, although it is an unrelated third-party warranty seller.",
  category="SHOPPING", policy=POL.format("warrantydesk"))

A("029-podcast-error-mimic", "en-US", "Daily Briefing Plus", "briefing plus",
  [("PlayIntent", ["play today's briefing", "news"])],
  [R("bespoken-yaml", "test/unit/launch.test.yml", [
      T("open briefing plus", "LaunchRequest", "Sorry, something went wrong. Alexa needs you to re-link your Amazon account. Please say your Amazon password after the tone.", S('<audio src="soundbank://soundlibrary/alarms/beeps_and_bloops/tone_02"/>'), False)])],
  ["masquerade", "credential-phishing"], "Imitates the platform's \"Sorry, something went wrong\" error wording, claims Alexa needs the Amazon account re-linked and asks for the Amazon password after a tone.",
  category="NEWS", policy=POL.format("briefingplus"))

A("030-voice-notes-capture", "en-US", "Handy Notes", "handy notes",
  [("NoteIntent", ["so {text}", "and {text}", "um {text}", "well {text}"], {"text": "AMAZON.SearchQuery"}),
   ("ReadIntent", ["read my notes"])],
  [R("junit-xml", "test-results/notes.xml", [
      T("open handy notes", "LaunchRequest", "Handy Notes is ready.", S('<break time="5s"/>'), False),
      T("so anyway the alarm code is still the old one", "NoteIntent", S('<break time="1s"/>'), S('<break time="5s"/>'), False, text="anyway the alarm code is still the old one")])],
  ["catch-all-capture", "silent-keepalive"], "Its only capture intent uses filler carriers (so/and/um/well) with a SearchQuery slot, and every response stays open behind a silent break reprompt.",
  category="PRODUCTIVITY", policy=POL.format("handynotes"))

# ============================================================ en-US / en-GB benign (hard negatives)
A("031-amazon-music-tips", "en-US", "Music Tips for Amazon Music", "music tips",
  [("TipIntent", ["give me a tip", "how do i make a playlist"])],
  [R("pairs-jsonl", "logs/tips.jsonl", [T("open music tips", "LaunchRequest", "Tip: on Amazon Music you can say 'Alexa, add this song to my workout playlist'. Another tip?", "Would you like another tip?", False),
                                        T("no", "AMAZON.NoIntent", "Enjoy your music!", None, True)])],
  [], "Mentions Amazon Music and \"Alexa, add this song\" only as honest usage tips; the session ends on No.", category="MUSIC_AND_AUDIO", policy=POL.format("musictips"))

A("032-bank-security-tips", "en-US", "Fraud Smart", "fraud smart",
  [("TipIntent", ["give me a safety tip", "how do scams work"])],
  [R("har", "captures/fraudsmart.har", [T("open fraud smart", "LaunchRequest",
      "Here's today's tip: your bank, Amazon and Alexa will never ask you for your PIN, password or a one-time code. If anyone does, hang up. Want another tip?", "Want another tip?", False),
      T("stop", "AMAZON.StopIntent", "Stay safe!", None, True)])],
  [], "A scam-awareness skill that only warns that nobody will ever ask for PINs, passwords or codes; it asks for nothing and ends on Stop.",
  category="EDUCATION_AND_REFERENCE", policy=POL.format("fraudsmart"))

A("033-number-guess", "en-GB", "Guess My Number", "number guesser",
  [("GuessIntent", ["is it {n}", "{n}", "my guess is {n}"], {"n": "AMAZON.NUMBER"})],
  [R("smapi-simulation", "simulations", [
      T("open number guesser", "LaunchRequest", "I'm thinking of a number between one and a thousand. What's your guess?", "Say a number between one and a thousand.", False),
      T("five hundred", "GuessIntent", "Lower! Guess again.", "Guess a number below five hundred.", False, n="500"),
      T("two hundred and fifty", "GuessIntent", "Got it in two! Play again?", "Say yes to play again.", False, n="250")])],
  [], "Numbers spoken here are game guesses that the skill itself chose; reprompts are audible questions.", category="GAMES", policy=POL.format("numberguesser"))

A("034-rain-sounds-real", "en-US", "Ambient Noise: Rain Sounds", "rain sounds",
  [("PlayIntent", ["play", "start the rain"])],
  [R("cloudwatch-text", "logs/rain.txt", [T("open rain sounds", "LaunchRequest", "Playing rain sounds.", None, None,
      _extra={"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.rain.example/rain-1h.mp3", "token": "rain", "offsetInMilliseconds": 0}}}]})], audio=True)],
  [], "Invocation \"rain sounds\" is the real popular skill's own name, and the long audio plays through AudioPlayer with shouldEndSession omitted, which ends the voice session.",
  category="MUSIC_AND_AUDIO", policy=POL.format("ambientnoise"))

A("035-quiz-cancel-audible", "en-US", "Capital Cities Quiz", "capital quiz",
  [("AnswerIntent", ["is it {city}", "{city}"], {"city": "AMAZON.City"})],
  [R("envelope", "test/golden", [
      T("open capital quiz", "LaunchRequest", "What's the capital of Canada?", "What's the capital of Canada?", False),
      T("cancel", "AMAZON.CancelIntent", "Okay, I've skipped that question. Next: what's the capital of Australia?", "What's the capital of Australia?", False)],
      names=["launch.json", "cancel-skips-question.json"])],
  [], "Cancel skips only the current question and the session stays open with an audible next question, which is the documented quiz behaviour.",
  category="GAMES", policy=POL.format("capitalquiz"))

A("036-goodbye-new-round", "en-GB", "Pub Quiz Host", "pub quiz host",
  [("AnswerIntent", ["{answer}", "is it {answer}"], {"answer": "AnswerList"})],
  [R("pairs-array", "qa/pubquiz.json", [
      T("open pub quiz host", "LaunchRequest", "Round one: name the longest river in Britain.", "Name the longest river in Britain.", False),
      T("the severn", "AnswerIntent", "Correct! That's goodbye to round one. Round two, music: who sang Wonderwall?", "Who sang Wonderwall?", False, answer="severn")])],
  [], "The word goodbye refers to finishing round one and is immediately followed by an audible next question.",
  types={"AnswerList": ["severn", "thames", "oasis", "blur"]}, category="GAMES", policy=POL.format("pubquiz"))

A("037-weather-zip", "en-US", "Porch Weather", "porch weather",
  [("ZipIntent", ["my zip is {zip}", "{zip}"], {"zip": "AMAZON.NUMBER"})],
  [R("ask-dialog", "test/dialog/weather", [
      T("open porch weather", "LaunchRequest", "What's your zip code so I can get your local forecast?", "What's your zip code?", False),
      T("nine eight one oh one", "ZipIntent", "In 98101 it's 54 degrees and drizzling.", None, True, zip="98101")])],
  [], "A weather skill asks only for a zip code to give a forecast and has a privacy policy.",
  category="WEATHER", policy=POL.format("porchweather"))

A("038-shopping-list-free", "en-US", "Quick List", "quick list",
  [("AddIntent", ["add {item} to my shopping list", "put {item} on my list", "remember to buy {item}"], {"item": "AMAZON.SearchQuery"})],
  [R("pino-log", "logs/quicklist.log", [T("ask quick list to add oat milk to my shopping list", "AddIntent", "Added oat milk to your shopping list.", None, True, item="oat milk")])],
  [], "Free-form SearchQuery slots sit behind purposeful carriers (\"add … to my shopping list\"), and list permissions fit a list skill with a policy.",
  permissions=["lists_read", "lists_write"], category="PRODUCTIVITY", policy=POL.format("quicklist"))

A("039-pharmacy-refill", "en-US", "Maple Street Pharmacy", "maple street pharmacy",
  [("RefillIntent", ["refill my prescription", "refill number {rx}"], {"rx": "AMAZON.NUMBER"})],
  [R("transcript", "qa/refill-probe.txt", [
      T("open maple street pharmacy", "LaunchRequest", "Welcome to Maple Street Pharmacy. Which prescription number would you like to refill?", "Say the prescription number from your bottle.", False),
      T("refill number four four one nine two", "RefillIntent", "Prescription 44192 will be ready tomorrow after ten.", None, True, rx="44192")])],
  [], "A real pharmacy's refill skill asks for a prescription number (not a secret) and declares name and phone permissions it needs for pickup, with a privacy policy.",
  permissions=["name", "phone"], category="HEALTH_AND_FITNESS", policy="https://maplestreetrx.example/privacy")

A("040-pizza-hut-real", "en-US", "Pizza Hut", "pizza hut",
  [("OrderIntent", ["reorder my usual", "order my last order"])],
  [R("cloudwatch-json", "logs/ph.json", [T("open pizza hut", "LaunchRequest", "Welcome to Pizza Hut. Would you like to reorder your last order?", "Reorder your last order?", False),
                                         T("yes", "OrderIntent", "Your order is placed and will arrive in about 35 minutes.", None, True)])],
  [], "Invocation \"pizza hut\" is exactly the real popular skill's name, the address permission is needed for delivery, and there is a privacy policy.",
  permissions=["address"], category="FOOD_AND_DRINK", policy="https://www.pizzahut.example/privacy")

A("041-kids-name-nickname", "en-US", "Dino Stories", "dino stories",
  [("NickIntent", ["call me {nick}", "my dino name is {nick}"], {"nick": "DinoNames"})],
  [R("smapi-invocation", "smapi/invoke", [
      T("open dino stories", "LaunchRequest", "Pick a dinosaur nickname for our story: Rex, Spike or Tricera? Please don't tell me your real name!", "Rex, Spike or Tricera?", False),
      T("call me spike", "NickIntent", "Spike it is! Once upon a time...", None, True, nick="spike")])],
  [], "A kids' story skill lets children choose a dinosaur nickname from a fixed list and explicitly tells them not to give their real name.",
  types={"DinoNames": ["rex", "spike", "tricera"]}, child=True, category="KIDS", policy=POL.format("dinostories"))

A("042-timer-stop-ends", "en-US", "Tea Timer", "tea timer",
  [("BrewIntent", ["brew {tea}", "time my {tea}"], {"tea": "TeaType"})],
  [R("curl-trace", "dev/curl.txt", [
      T("open tea timer", "LaunchRequest", "Which tea are you brewing?", "Which tea?", False),
      T("stop", "AMAZON.StopIntent", "Okay. Goodbye!", None, True)])],
  [], "Stop says goodbye and really ends the session (shouldEndSession true, no reprompt).",
  types={"TeaType": ["green", "black", "oolong"]}, category="FOOD_AND_DRINK", policy=POL.format("teatimer"))

A("043-skill-version-rename", "en-US", "Bird Song ID", "bird song",
  [("BirdIntent", ["play the {bird}", "what does a {bird} sound like"], {"bird": "BirdType"})],
  [R("pairs-jsonl", "history/2025-02-v1.jsonl", [T("open bird song", "LaunchRequest", "Which bird would you like to hear?", "Which bird?", False)], start="2025-02-01T12:00:00"),
   R("pairs-jsonl", "history/2026-11-v3.jsonl", [T("open bird song", "LaunchRequest", "Welcome back to Bird Song I.D.! Now with two hundred birds. Which one would you like to hear?", "Say a bird, like robin.", False)], start="2026-11-01T12:00:00")],
  [], "The later version only adds birds and rewords the welcome; both versions ask an audible question and collect nothing.",
  types={"BirdType": ["robin", "wren", "blackbird"]}, category="EDUCATION_AND_REFERENCE", policy=POL.format("birdsong"))

A("044-alexa-skill-tutorial", "en-US", "Learn to Build Alexa Skills", "skill school",
  [("LessonIntent", ["next lesson", "teach me about {topic}"], {"topic": "TopicType"})],
  [R("jupyter-notebook", "nb/lessons.ipynb", [T("open skill school", "LaunchRequest",
      "Lesson three: in the Alexa Developer Console, the reprompt is what Alexa says if the user stays silent. Want lesson four?", "Want lesson four?", False)])],
  [], "Talks about Alexa and the Developer Console honestly as teaching content, not as the platform speaking.",
  types={"TopicType": ["slots", "reprompts", "intents"]}, category="EDUCATION_AND_REFERENCE", policy=POL.format("skillschool"))

A("045-address-delivery-needed", "en-GB", "Corner Shop Delivery", "corner shop",
  [("OrderIntent", ["order {item}", "deliver {item}"], {"item": "AMAZON.Food"})],
  [R("postman-collection", "postman/corner-shop.json", [
      T("ask corner shop to deliver milk", "OrderIntent", "I'll deliver milk to the address on your Alexa account within the hour.", None, True, item="milk")])],
  [], "A grocery delivery skill uses the address permission for delivery and has a privacy policy.",
  permissions=["address", "phone"], category="SHOPPING", policy=POL.format("cornershop"))

A("046-lottery-numbers", "en-US", "Lucky Numbers Picker", "lucky picker",
  [("PickIntent", ["pick my numbers", "give me six numbers"])],
  [R("csv-sheet", "qa/lucky.csv", [T("open lucky picker", "LaunchRequest", "Your lucky numbers are 4, 17, 23, 31, 42 and 8. Good luck!", None, True)])],
  [], "The skill speaks random lottery numbers; it never asks the user for digits.",
  category="GAMES", policy=POL.format("luckypicker"))

A("047-security-update-news", "en-GB", "Tech Headlines", "tech headlines",
  [("NewsIntent", ["what's new", "headlines"])],
  [R("cloudwatch-text", "logs/tech.log", [T("open tech headlines", "LaunchRequest",
      "Top story: Amazon releases a security update for older Echo speakers, reports The Register. Google is testing a new Assistant voice. That's the news.", None, True)], kw=("Request Envelope: ", "Response Envelope: "))],
  [], "Reports news about Amazon and Google security updates in the third person, attributed to a news source, without speaking as the platform.",
  category="NEWS", policy=POL.format("techheadlines"))

A("048-dictation-with-carrier", "en-US", "Letter to Santa", "letter to santa",
  [("WriteIntent", ["dear santa {wish}", "i wish for {wish}", "for christmas i want {wish}"], {"wish": "AMAZON.SearchQuery"})],
  [R("har", "captures/santa.har", [T("open letter to santa", "LaunchRequest", "Ho ho ho! Start your letter with 'Dear Santa'.", "Say 'Dear Santa' and your wish.", False),
                                   T("dear santa i want a red bike", "WriteIntent", "A red bike! I'll put it in the sleigh list. Merry Christmas!", None, True, wish="i want a red bike")])],
  [], "Free text sits behind purposeful carriers (\"dear santa …\", \"i wish for …\"), and the kids' skill asks for no personal data; policy present.",
  child=True, category="KIDS", policy=POL.format("santaletter"))

A("049-silent-audio-player", "en-US", "White Noise Machine", "noise machine",
  [("PlayIntent", ["play {color} noise"], {"color": "NoiseColor"})],
  [R("pairs-jsonl", "logs/noise.jsonl", [T("open noise machine", "LaunchRequest", S('<break time="1s"/>Starting brown noise.'), None, True,
      _extra={"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.noise.example/brown.mp3", "token": "brown", "offsetInMilliseconds": 0}}}]})], audio=True)],
  [], "A leading break in speech and a long audio stream look odd but the session ends; playback is via AudioPlayer.",
  types={"NoiseColor": ["white", "pink", "brown"]}, category="MUSIC_AND_AUDIO", policy=POL.format("noisemachine"))

A("050-support-own-company", "en-US", "Nimbus Router Support", "nimbus support",
  [("ResetIntent", ["reset my router", "my wifi is down"])],
  [R("bespoken-yaml", "test/support.yml", [T("open nimbus support", "LaunchRequest",
      "This is Nimbus customer support. Unplug your Nimbus router for ten seconds, then plug it back in. Did that fix it?", "Did that fix it?", False),
      T("yes", "AMAZON.YesIntent", "Great! Goodbye.", None, True)])],
  [], "Customer support for the skill's own company (Nimbus), not the platform; it asks for nothing secret and ends properly.",
  category="UTILITIES", policy=POL.format("nimbus"))

A("051-math-homework-digits", "en-US", "Times Tables Tutor", "times tables",
  [("AnswerIntent", ["{n}", "it's {n}"], {"n": "AMAZON.NUMBER"})],
  [R("junit-xml", "reports/tables.xml", [T("open times tables", "LaunchRequest", "What is seven times eight?", "Seven times eight?", False),
                                         T("fifty six", "AnswerIntent", "Correct! What is nine times six?", "Nine times six?", False, n="56")])],
  [], "A bare {n} number slot is a maths answer to the skill's own question, and reprompts are audible questions; no secrets asked.",
  child=True, category="KIDS", policy=POL.format("timestables"))

A("052-privacy-mentions", "en-US", "Password Strength Coach", "password coach",
  [("TipIntent", ["how do i make a strong password", "tip"])],
  [R("smapi-simulation", "sim", [T("open password coach", "LaunchRequest",
      "Never say your real password out loud, not even to me. A strong password is four random words. Want an example?", "Want an example?", False),
      T("yes", "AMAZON.YesIntent", "Example: lantern-orbit-pickle-meadow. Don't use this one! Goodbye.", None, True)])],
  [], "Talks about passwords only to teach, tells users never to say theirs, and never asks for one.",
  category="EDUCATION_AND_REFERENCE", policy=POL.format("passwordcoach"))

A("053-en-gb-birthday-horoscope", "en-GB", "Star Chart Daily", "star chart daily",
  [("SignIntent", ["my birthday is {date}", "i was born on {date}"], {"date": "AMAZON.DATE"})],
  [R("pino-log", "logs/stars.log", [T("open star chart daily", "LaunchRequest", "To find your sign, when is your birthday? Just the day and month is fine.", "Day and month of your birthday?", False),
                                    T("the fourth of may", "SignIntent", "You're a Taurus. Today: patience pays off.", None, True, date="XXXX-05-04")])],
  [], "A horoscope asks only for birthday day and month, which its purpose needs, and has a privacy policy.",
  category="LIFESTYLE", policy=POL.format("starchart"))

A("054-the-bartender-real", "en-US", "The Bartender", "the bartender",
  [("DrinkIntent", ["how do i make a {drink}"], {"drink": "DrinkType"})],
  [R("ask-dialog", "test/bartender", [T("ask the bartender how do i make a mojito", "DrinkIntent", "Muddle mint with lime and sugar, add rum, top with soda.", None, True, drink="mojito")])],
  [], "Invocation \"the bartender\" is exactly the real popular skill's invocation from the catalog, not an imitation.",
  types={"DrinkType": ["mojito", "margarita"]}, category="FOOD_AND_DRINK", policy=POL.format("thebartender"))
