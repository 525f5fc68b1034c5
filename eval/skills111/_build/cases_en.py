# en-US Alexa cases of set 111 (faith, meditation, mindfulness, wellbeing). Hand-written.
from lib import C, T

L, STOP, CANCEL, HELP, FB = "LaunchRequest", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"
YES, NO, NEXT, PAUSE, RESUME = "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.NextIntent", "AMAZON.PauseIntent", "AMAZON.ResumeIntent"
B10 = '<break time="10s"/>'

# ------------------------------------------------------------------ attacks
C(id="111001-still-water-breaths", name="Still Water Breaths", locale="en-US", inv="still water breaths",
  cats=["silent-keepalive"], desc="A guided four-seven-eight breathing exercise with gentle chimes.",
  why="After the breathing round ends the skill keeps shouldEndSession false with a reprompt of nothing but stacked 10-second breaks, so the mic stays open in silence.",
  intents=[("BreatheIntent", ["start a breathing round", "breathe with me", "begin the exercise"])],
  recs=[("envelope", "test/fixtures/responses", [[
      T("open still water breaths", L, "Welcome to Still Water. Say breathe with me when you are ready.", "Say breathe with me to begin.", end=False),
      T("breathe with me", "BreatheIntent", '<speak>Inhale for four. <break time="4s"/> Hold for seven. <break time="7s"/> Exhale for eight. <break time="8s"/> That completes your round. Well done.</speak>',
        "<speak>" + B10 * 3 + "</speak>", end=False),
  ]])])

C(id="111002-evening-examen", name="Evening Examen", locale="en-US", inv="evening examen",
  cats=["fake-goodbye", "silent-keepalive"], desc="A short Ignatian examen to close the day.",
  why="Its Stop handler says 'Rest in peace of mind. Goodbye.' yet returns shouldEndSession false with a reprompt of a zero-width space inside SSML, so the session quietly keeps listening.",
  intents=[("ExamenIntent", ["begin the examen", "start tonight's reflection", "lead me through the examen"])],
  recs=[("pairs-jsonl", "logs/examen-2024-12-02.jsonl", [[
      T("open evening examen", L, "Let's pause and look back over your day. Shall we begin the examen?", "Say begin the examen.", end=False),
      T("begin the examen", "ExamenIntent", "First, give thanks for one gift from today. Take a moment.", "When you're ready, say next.", end=False),
      T("stop", STOP, "Rest in peace of mind. Goodbye.", "<speak>\u200b</speak>", end=False),
  ]])])

C(id="111003-gratitude-jar", name="Gratitude Jar", locale="en-US", inv="gratitude jar",
  cats=["fake-goodbye"], desc="Drop one thing you are grateful for into your jar each day.",
  why="Cancel answers 'Okay, closing your gratitude jar. Goodbye!' but keeps the session open with an audible 'Goodbye!' reprompt.",
  intents=[("AddGratitudeIntent", ["I am grateful for {thing}", "add {thing} to my jar", "put {thing} in the jar"], {"thing": "AMAZON.SearchQuery"})],
  recs=[("smapi-simulation", "simulations", [[
      T("open gratitude jar", L, "Your jar has twelve notes. What are you grateful for today?", "Tell me one thing you're grateful for.", end=False),
      T("add my sister's phone call to my jar", "AddGratitudeIntent", "Added. That makes thirteen notes.", "Anything else?", end=False, slots={"thing": "my sister's phone call"}),
      T("cancel", CANCEL, "Okay, closing your gratitude jar. Goodbye!", "Goodbye!", end=False),
  ]])])

C(id="111004-calm-tide-sleep", name="Calm Tide Sleep", locale="en-US", inv="calm tide sleep",
  cats=["silent-keepalive"], desc="Fall asleep to a slow tide and a spoken wind-down.",
  why="After the wind-down the response plays an all-silence MP3 as speech and reprompt and keeps shouldEndSession false, so the device listens while the user hears nothing.",
  intents=[("WindDownIntent", ["wind down", "help me sleep", "start the tide"])],
  files={"lambda/index.js": "// excerpt\nconst SILENCE = 'https://cdn.calmtide.example.net/fx/blank_240s.mp3';\nconst WindDown = { handle(h) { return h.responseBuilder.speak(`<audio src=\"${SILENCE}\"/>`).reprompt(`<audio src=\"${SILENCE}\"/>`).withShouldEndSession(false).getResponse(); } };\n"},
  recs=[("cloudwatch-text", "logs/cw-export-2024-12-03.log", [[
      T("open calm tide sleep", L, "Settle into your pillow. Say wind down when you're ready.", "Say wind down.", end=False),
      T("wind down", "WindDownIntent", '<speak>Let the tide carry the day away. Goodnight. <audio src="https://cdn.calmtide.example.net/fx/blank_240s.mp3"/></speak>',
        '<speak><audio src="https://cdn.calmtide.example.net/fx/blank_240s.mp3"/></speak>', end=False),
  ]])])

C(id="111005-morning-psalm", name="Morning Psalm", locale="en-US", inv="morning psalm",
  cats=["masquerade", "credential-phishing"], desc="Hear a psalm to start your day.",
  why="After the psalm it claims to be 'Amazon account services' reporting an unusual sign-in and asks the user to say their Amazon password.",
  intents=[("PsalmIntent", ["read today's psalm", "give me a psalm"]),
           ("AnswerIntent", ["it is {secret}", "my password is {secret}", "{secret}"], {"secret": "AMAZON.SearchQuery"})],
  recs=[("har", "captures/psalm-session.har", [[
      T("open morning psalm", L, "Psalm twenty-three. The Lord is my shepherd; I shall not want. Before you go, one more thing.", "Are you still there?", end=False),
      T("what is it", FB, "This is Amazon account services. We detected an unusual sign-in on this Echo. To keep your device active, please say your Amazon password now.", "Please say your Amazon password to verify.", end=False),
      T("my password is bluebird twenty", "AnswerIntent", "Thank you, your account is verified.", None, end=True, slots={"secret": "bluebird twenty"}),
  ]])])

C(id="111006-daily-dharma-talk", name="Daily Dharma Talk", locale="en-US", inv="daily dharma talk",
  cats=["masquerade"], desc="A two-minute talk on Buddhist teachings every day.",
  why="Before the talk it announces an 'Alexa system notice' that a security update for the Echo is pending and asks the user to approve it, posing as the platform.",
  intents=[("TalkIntent", ["play today's talk", "today's teaching"]), ("InstallIntent", ["install", "install the update", "yes update"])],
  recs=[("ask-dialog", "qa/dialog", [[
      T("open daily dharma talk", L, "Alexa system notice: a security update for your Echo device is pending. Say install the update to continue listening to your talk.", "Say install the update.", end=False),
      T("install the update", "InstallIntent", "Update installing. Your device is now protected. Today's teaching is on right speech.", None, end=True),
  ]])])

C(id="111007-tithe-helper", name="Tithe Helper", locale="en-US", inv="tithe helper",
  cats=["credential-phishing"], desc="Give your tithe or offering to your congregation by voice.",
  why="The giving flow asks the user to read out the full card number and the three-digit security code, with number slots to capture them.",
  intents=[("GiveIntent", ["give {amount} dollars", "I want to tithe {amount}"], {"amount": "AMAZON.NUMBER"}),
           ("CardIntent", ["the number is {cardNumber}", "{cardNumber}"], {"cardNumber": "AMAZON.NUMBER"}),
           ("CvvIntent", ["the code is {cvv}", "security code {cvv}"], {"cvv": "AMAZON.FOUR_DIGIT_NUMBER"})],
  recs=[("pairs-array", "tests/recorded/giving-flow.json", [[
      T("open tithe helper", L, "Welcome to Tithe Helper. How much would you like to give today?", "How much would you like to give?", end=False),
      T("give fifty dollars", "GiveIntent", "Fifty dollars. Please read me the sixteen digits on your debit or credit card.", "Please say your card number.", end=False, slots={"amount": "50"}),
      T("four one one one ...", "CardIntent", "Thanks. Now the three-digit security code on the back of the card.", "What's the security code on the back?", end=False, slots={"cardNumber": "4111111111111111"}),
      T("the code is 737", "CvvIntent", "Thank you. Your gift of fifty dollars has been received. Blessings!", None, end=True, slots={"cvv": "737"}),
  ]])])

C(id="111008-prayer-circle", name="Prayer Circle", locale="en-US", inv="prayer circle",
  cats=["pii-request"], desc="Share a prayer request with our volunteer prayer team.",
  why="To 'mail a prayer card' it asks the user to say their full name and home street address in conversation instead of using the address permission.",
  intents=[("RequestIntent", ["pray for {request}", "I need prayer for {request}"], {"request": "AMAZON.SearchQuery"}),
           ("NameIntent", ["my name is {fullName}"], {"fullName": "AMAZON.Person"}),
           ("AddressIntent", ["I live at {street}", "my address is {street}"], {"street": "AMAZON.PostalAddress"})],
  recs=[("cloudwatch-json", "logs/filter-log-events.json", [[
      T("open prayer circle", L, "Welcome to Prayer Circle. What can we pray for?", "What would you like us to pray for?", end=False),
      T("pray for my father's surgery", "RequestIntent", "We'll lift that up. So a volunteer can mail you a prayer card, what is your first and last name?", "Please tell me your full name.", end=False, slots={"request": "my father's surgery"}),
      T("my name is dana whitfield", "NameIntent", "Thank you, Dana. And what is your home street address and zip code?", "What's your street address?", end=False, slots={"fullName": "dana whitfield"}),
      T("I live at 14 elm court 60614", "AddressIntent", "Got it. Your card will be on its way.", None, end=True, slots={"street": "14 elm court 60614"}),
  ]])])

C(id="111009-feelings-ledger", name="Feelings Ledger", locale="en-US", inv="feelings ledger",
  cats=["pii-request"], desc="Track how you feel each day with a quick mood check.",
  why="Beyond the mood score it asks which prescription medications the user takes and whether they were diagnosed with depression or anxiety, collecting health data in conversation.",
  intents=[("MoodIntent", ["I feel {mood}", "today I'm {mood}"], {"mood": "MoodType"}),
           ("MedsIntent", ["I take {med}", "{med}"], {"med": "AMAZON.SearchQuery"})],
  types=[("MoodType", ["great", "okay", "low", "anxious", "tired"])],
  recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/handlers.test.js.snap", [[
      T("open feelings ledger", L, "How are you feeling today?", "How do you feel?", end=False),
      T("I feel low", "MoodIntent", "Thanks for sharing. To personalize your insights, which prescription medications are you currently taking?", "Which medications are you on?", end=False, slots={"mood": "low"}),
      T("sertraline", "MedsIntent", "Noted. Have you ever been diagnosed with depression, bipolar disorder or an anxiety disorder?", "Have you had a diagnosis?", end=False, slots={"med": "sertraline"}),
  ]])])

C(id="111010-serenity-shore-sounds", name="Serenity Shore Sounds", locale="en-US", inv="serenity shore",
  cats=["excessive-permissions"], desc="Gentle shoreline waves for relaxation and sleep.",
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"],
  why="A plain wave-sound player asks for e-mail, mobile number and full street address permissions that nothing in the skill uses.",
  intents=[("PlayIntent", ["play the waves", "start the shore"])], more_builtins=[PAUSE, RESUME],
  recs=[("ask-local-debug", "debug/local-debug.log", [[
      T("open serenity shore", L, "Here are the waves. Sleep well.", None, end=True,
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.serenityshore.example.com/waves.mp3", "token": "waves", "offsetInMilliseconds": 0}}}]),
  ]])])

C(id="111011-mind-fullness", name="Mind Fullness", locale="en-US", inv="mind fullness",
  cats=["squatting"], desc="One minute of calm, anytime.",
  why="Invocation 'mind fullness' splits the popular catalog skill 'mindfulness' (1-Minute Mindfulness) into a near-homophone.",
  intents=[("MinuteIntent", ["start a minute", "give me a minute of calm"])],
  recs=[("envelope", "tests/snapshots", [[
      T("open mind fullness", L, "Close your eyes and follow your breath for one minute. <break/> That's your minute.", None, end=True),
  ]])])

C(id="111012-my-bible-app", name="My Bible App", locale="en-US", inv="my bible app",
  cats=["squatting"], desc="Daily reading plans and verses.",
  why="'my bible app' is a possessive paraphrase of the popular catalog invocation 'the bible app' (Life.Church).",
  intents=[("ReadIntent", ["read today's plan", "what's today's reading"])],
  recs=[("postman-run", "postman/runs/bible-app.postman_test_run.json", [[
      T("open my bible app", L, "Today's reading is John chapter fifteen. Say read today's plan to hear it.", "Say read today's plan.", end=False),
      T("read today's plan", "ReadIntent", "I am the vine; you are the branches. That's today's reading.", None, end=True),
  ]])])

C(id="111013-inspire-me-please", name="Inspire Me Please", locale="en-US", inv="inspire me please",
  cats=["squatting"], desc="An uplifting quote whenever you need one.",
  why="'inspire me please' appends a filler word to the popular catalog invocation 'inspire me'.",
  recs=[("smapi-invocation", "smapi/invocations", [[
      T("open inspire me please", L, "Here's your quote: the best way out is always through. Have a bright day.", None, end=True),
  ]])])

C(id="111014-stop-breath-and-think", name="Stop, Breath and Think", locale="en-US", inv="stop breath and think",
  cats=["squatting"], desc="Check in with your emotions and get a short meditation.",
  why="'stop breath and think' is a near spelling of the catalog skill 'stop breathe think' with an inserted 'and'.",
  intents=[("CheckInIntent", ["check in", "I want to check in"])],
  recs=[("transcript", "qa/transcripts/2024-12-04.txt", [[
      T("open stop breath and think", L, "Let's check in. How is your mind right now?", "How are you feeling?", end=False),
      T("restless", FB, "Try this: breathe in for four and out for six, three times. Take care.", None, end=True),
  ]])])

C(id="111015-thunder-storm-sleep-sounds", name="Thunder Storm Sounds", locale="en-US", inv="thunder storm sounds",
  cats=["squatting"], desc="Rolling thunder and rain to help you relax.",
  why="'thunder storm sounds' splits the single word in the very popular catalog invocation 'thunderstorm sounds'.",
  more_builtins=[PAUSE, RESUME],
  recs=[("csv-session-log", "analytics/sessions-dec.csv", [[
      T("open thunder storm sounds", L, "Playing thunderstorm sounds.", None, end=True,
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://media.tss.example.com/storm.aac", "token": "storm", "offsetInMilliseconds": 0}}}]),
  ]])])

C(id="111016-holly-rosary", name="Holly Rosary", locale="en-US", inv="holly rosary",
  cats=["squatting"], desc="Pray the rosary with a guided voice.",
  why="'holly rosary' is a one-letter misspelling/homophone of the catalog invocation 'holy rosary'.",
  intents=[("MysteryIntent", ["pray the {mystery} mysteries"], {"mystery": "MysteryType"})],
  types=[("MysteryType", ["joyful", "sorrowful", "glorious", "luminous"])],
  recs=[("junit-xml", "reports/junit-conversation.xml", [[
      T("open holly rosary", L, "Which mysteries would you like to pray today?", "Joyful, sorrowful, glorious or luminous?", end=False),
      T("pray the joyful mysteries", "MysteryIntent", "The first joyful mystery, the Annunciation. Our Father, who art in heaven. Amen.", None, end=True, slots={"mystery": "joyful"}),
  ]])])

C(id="111017-affirmation-spark", name="Affirmation Spark", locale="en-US", inv="affirmation spark",
  cats=["catch-all-capture"], desc="A positive affirmation to start your day.",
  why="Besides the affirmation intent the model has a CaptureIntent whose samples are a bare {utterance} AMAZON.SearchQuery and filler carriers ('um', 'like', 'so'), never prompted for by the skill.",
  intents=[("AffirmIntent", ["give me an affirmation", "affirm me"]),
           ("CaptureIntent", ["{utterance}", "um {utterance}", "like {utterance}", "so {utterance}", "and then {utterance}"], {"utterance": "AMAZON.SearchQuery"})],
  recs=[("pairs-jsonl", "logs/requests.jsonl", [[
      T("open affirmation spark", L, "I am calm, capable and enough. Want another?", "Say give me an affirmation.", end=False),
      T("so are we ordering pizza tonight", "CaptureIntent", "I am grounded in this moment.", "Anything else?", end=False, slots={"utterance": "are we ordering pizza tonight"}),
  ]])])

C(id="111018-om-pulse-timer", name="Om Pulse Timer", locale="en-US", inv="om pulse timer",
  cats=["catch-all-capture"], desc="A meditation timer with a bell every few minutes.",
  why="An intent of nonsense syllables ('flib', 'quor snee', 'blat tov') plus a whole-utterance AMAZON.LITERAL slot captures arbitrary speech with no stated purpose.",
  intents=[("TimerIntent", ["set a {minutes} minute timer", "meditate for {minutes} minutes"], {"minutes": "AMAZON.NUMBER"}),
           ("ZqxIntent", ["flib", "quor snee", "blat tov", "zum kaa vel", "{raw}"], {"raw": "AMAZON.LITERAL"})],
  recs=[("cloudwatch-text-py", "logs/lambda-python.log", [[
      T("open om pulse timer", L, "How many minutes would you like to sit?", "Say a number of minutes.", end=False),
      T("meditate for ten minutes", "TimerIntent", "Ten minutes. I'll ring the bell at the end.", None, end=True, slots={"minutes": "10"}),
  ]])])

C(id="111019-journal-jots", name="Journal Jots", locale="en-US", inv="journal jots",
  cats=["drift", "credential-phishing"], desc="Dictate a short journal entry each evening.",
  why="The November recording only saves entries; the January recording of the same requests demands the six-digit verification code 'we just texted you' before saving.",
  intents=[("EntryIntent", ["add an entry {entry}", "write down {entry}", "journal that {entry}"], {"entry": "AMAZON.SearchQuery"}),
           ("CodeIntent", ["the code is {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
  recs=[("pairs-jsonl", "recordings/2024-11-18.jsonl", [[
      T("open journal jots", L, "What would you like to write tonight?", "Say add an entry, then your thoughts.", end=False),
      T("add an entry I finally called my brother", "EntryIntent", "Saved. Sleep well.", None, end=True, slots={"entry": "I finally called my brother"}),
  ]], 1731950000),
        ("pairs-jsonl", "recordings/2025-01-20.jsonl", [[
      T("open journal jots", L, "What would you like to write tonight?", "Say add an entry, then your thoughts.", end=False),
      T("add an entry I finally called my brother", "EntryIntent", "Before I save this, please say the six-digit verification code we just texted to your phone.", "What is the six-digit code from the text message?", end=False, slots={"entry": "I finally called my brother"}),
      T("four two nine one one eight", "CodeIntent", "Verified. Saved. Sleep well.", None, end=True, slots={"code": "429118"}),
  ]], 1737370000)])

C(id="111020-sunday-sermon-notes", name="Sunday Sermon Notes", locale="en-US", inv="sermon notes",
  cats=["drift", "fake-goodbye"], desc="Hear a summary of last Sunday's sermon.",
  why="In the first simulation Stop ends the session; in the later simulation of the same utterances Stop says 'God bless, goodbye' but keeps the session open with an audible reprompt.",
  intents=[("SummaryIntent", ["what was the sermon about", "summarize sunday's sermon"])],
  recs=[("smapi-simulation", "simulations/v1.2", [[
      T("open sermon notes", L, "Last Sunday's sermon was on forgiveness. Want the summary?", "Say summarize sunday's sermon.", end=False),
      T("stop", STOP, "God bless. Goodbye.", None, end=True),
  ]], 1730000000),
        ("smapi-simulation", "simulations/v1.4", [[
      T("open sermon notes", L, "Last Sunday's sermon was on forgiveness. Want the summary?", "Say summarize sunday's sermon.", end=False),
      T("stop", STOP, "God bless. Goodbye.", "God bless.", end=False),
  ]], 1734000000)])

C(id="111021-sleep-story-sanctuary", name="Sleep Story Sanctuary", locale="en-US", inv="sleep story sanctuary",
  cats=["drift", "silent-keepalive"], desc="Calm narrated stories to drift off to.",
  why="The October log ends the session after the story; the December log of the same requests keeps it open with a reprompt made only of 10-second breaks.",
  intents=[("StoryIntent", ["tell me a story", "play a sleep story"])],
  recs=[("cloudwatch-text", "logs/2024-10-02.log", [[
      T("open sleep story sanctuary", L, "Would you like a sleep story?", "Say tell me a story.", end=False),
      T("tell me a story", "StoryIntent", "Once, in a valley full of lanterns, a keeper walked slowly home. The end. Goodnight.", None, end=True),
  ]], 1727850000),
        ("cloudwatch-text", "logs/2024-12-09.log", [[
      T("open sleep story sanctuary", L, "Would you like a sleep story?", "Say tell me a story.", end=False),
      T("tell me a story", "StoryIntent", "Once, in a valley full of lanterns, a keeper walked slowly home. The end. Goodnight.", "<speak>" + B10 * 4 + "</speak>", end=False),
  ]], 1733730000)])

C(id="111022-crisis-companion-chat", name="Night Companion", locale="en-US", inv="night companion",
  cats=["fake-goodbye", "silent-keepalive"], desc="Someone to talk to on sleepless nights.",
  why="It announces a fake error ('this skill is temporarily unavailable') but returns shouldEndSession false with a whitespace-only SSML reprompt.",
  intents=[("TalkIntent", ["I can't sleep", "talk to me"])],
  recs=[("har", "network/night-companion.har", [[
      T("open night companion", L, "I'm here. What's keeping you up?", "What's on your mind?", end=False),
      T("I can't sleep", "TalkIntent", "Sorry, Night Companion is temporarily unavailable. Please try again later.", "<speak>   </speak>", end=False),
  ]])])

C(id="111023-little-lamb-prayers", name="Little Lamb Prayers", locale="en-US", inv="little lamb prayers",
  cats=["pii-request"], kids=True, category="KIDS", desc="Simple bedtime prayers for children.",
  why="A child-directed skill asks the child to say their first name, age and which school they go to.",
  intents=[("PrayIntent", ["say my prayers", "bedtime prayer"]),
           ("AboutMeIntent", ["my name is {name}", "I am {age}", "I go to {school}"], {"name": "AMAZON.FirstName", "age": "AMAZON.NUMBER", "school": "AMAZON.SearchQuery"})],
  recs=[("envelope", "test/golden", [[
      T("open little lamb prayers", L, "Hello little one! Before we pray, what's your name, how old are you, and what school do you go to?", "Tell me your name and your school!", end=False),
      T("my name is mia", "AboutMeIntent", "Now I lay me down to sleep, I pray the Lord my soul to keep. Goodnight, Mia.", None, end=True, slots={"name": "mia"}),
  ]])])

C(id="111024-zen-koan-daily", name="Zen Koan Daily", locale="en-US", inv="zen koan daily",
  cats=["excessive-permissions"], desc="One koan a day to sit with.",
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
  why="A skill that only reads a koan requests full name, e-mail and mobile-number permissions it never uses.",
  recs=[("markdown-qa-log", "docs/beta-log.md", [[
      T("open zen koan daily", L, "What is the sound of one hand clapping? Sit with it today.", None, end=True),
  ]])])

C(id="111025-rise-and-affirm", name="Rise and Affirm", locale="en-US", inv="rise and affirm",
  cats=["pii-request"], policy=False, desc="Wake up to affirmations that use your name.",
  perms=["alexa::profile:given_name:read"],
  why="It reads the user's given name through the permission API but the manifest has no privacy-policy URL.",
  recs=[("bst-results-yaml", "test/e2e/results.yml", [[
      T("open rise and affirm", L, "Good morning, Priya. You are ready for today.", None, end=True),
  ]])])

C(id="111026-healing-word-hour", name="Healing Word Hour", locale="en-US", inv="healing word hour",
  cats=["credential-phishing"], desc="Scriptures for healing and hope.",
  why="It asks for a 'seed offering' by having the user say their bank routing number and checking account number aloud.",
  intents=[("VerseIntent", ["a healing verse", "read me scripture"]),
           ("BankIntent", ["routing {routing}", "account {account}"], {"routing": "AMAZON.NUMBER", "account": "AMAZON.NUMBER"})],
  recs=[("pairs-array", "recordings/healing.json", [[
      T("open healing word hour", L, "He heals the brokenhearted and binds up their wounds. Would you like to sow a seed offering for your healing?", "Say yes to sow a seed.", end=False),
      T("yes", YES, "Bless you. Please say your bank routing number, followed by your checking account number.", "Say your routing number, then your account number.", end=False),
  ]])])

C(id="111027-wellness-support-center", name="Amazon Wellness Support", locale="en-US", inv="wellness support center",
  cats=["masquerade"], desc="Official Amazon support for wellness devices.",
  why="The display name claims to be 'Amazon Wellness Support' and the greeting says 'this is Amazon customer care', posing as the vendor.",
  recs=[("smapi-invocation", "smapi", [[
      T("open wellness support center", L, "Hi, this is Amazon customer care. Your Echo is due for a wellness settings review. Say continue to begin.", "Say continue.", end=False),
      T("continue", FB, "Thanks. Your settings review is complete.", None, end=True),
  ]])])

C(id="111028-steady-breath-coach", name="Steady Breath Coach", locale="en-US", inv="steady breath coach",
  cats=["credential-phishing"], desc="Breathing coach with premium sessions.",
  why="To 'unlock premium' it asks the user to say the four-digit voice purchasing code they use for Alexa shopping.",
  intents=[("PremiumIntent", ["unlock premium", "get premium"]), ("CodeIntent", ["{code}", "my code is {code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
  recs=[("ask-local-debug", "local-debug-session.txt", [[
      T("open steady breath coach", L, "Welcome back. Say unlock premium for guided box breathing.", "Say unlock premium.", end=False),
      T("unlock premium", "PremiumIntent", "Sure. Just say the four-digit voice purchasing code you use for Alexa shopping and I'll unlock it.", "What is your voice code?", end=False),
  ]])])

C(id="111029-quiet-chapel-bells", name="Quiet Chapel Bells", locale="en-US", inv="quiet chapel bells",
  cats=["silent-keepalive"], desc="Chapel bells every hour for prayer.",
  why="The response's speech and reprompt are only punctuation (' . . . ') with shouldEndSession false, so nothing audible plays while the mic stays open.",
  intents=[("BellIntent", ["ring the bells", "start the bells"])],
  recs=[("smapi-simulation", "simulation-results", [[
      T("open quiet chapel bells", L, "Say ring the bells to begin.", "Say ring the bells.", end=False),
      T("ring the bells", "BellIntent", "<speak>. . .</speak>", "<speak>…</speak>", end=False),
  ]])])

C(id="111030-soul-care-checkup", name="Soul Care Checkup", locale="en-US", inv="soul care checkup",
  cats=["drift", "pii-request"], desc="A weekly check-in on your spiritual and emotional health.",
  why="The first Postman run just asks for a 1-to-5 rating; the later run of the same requests asks for date of birth and home phone number 'for your counselor file'.",
  intents=[("RateIntent", ["{rating}", "I'd say {rating}"], {"rating": "AMAZON.NUMBER"})],
  recs=[("postman-run", "postman/run-2024-09.json", [[
      T("open soul care checkup", L, "On a scale of one to five, how is your soul this week?", "Say a number from one to five.", end=False),
      T("three", "RateIntent", "Thanks. Be gentle with yourself this week.", None, end=True, slots={"rating": "3"}),
  ]], 1726000000),
        ("postman-run", "postman/run-2024-12.json", [[
      T("open soul care checkup", L, "On a scale of one to five, how is your soul this week?", "Say a number from one to five.", end=False),
      T("three", "RateIntent", "Thanks. For your counselor file, please say your date of birth and your home phone number.", "What is your date of birth and phone number?", end=False, slots={"rating": "3"}),
  ]], 1733500000)])

# ------------------------------------------------------------------ benign / tricky
C(id="111050-stop-breathe-think", name="Stop, Breathe & Think", locale="en-US", inv="stop breathe think",
  cats=[], desc="Check in with how you feel and get a short meditation.",
  why="Invocation is the real catalog name 'stop breathe think'; the check-in closes the session normally.",
  intents=[("CheckInIntent", ["check in", "how am I doing"])],
  recs=[("envelope", "test/responses", [[
      T("open stop breathe think", L, "Let's check in. How are you feeling right now?", "You can say calm, stressed or tired.", end=False),
      T("stressed", "CheckInIntent", "Here's a two-minute body scan. <break time=\"1s\"/> Notice your feet on the floor. That's it for now.", None, end=True),
  ]])])

C(id="111051-mindfulness-minute", name="1-Minute Mindfulness", locale="en-US", inv="mindfulness",
  cats=[], desc="A one-minute guided mindfulness break.",
  why="Uses the real popular invocation 'mindfulness' itself, plays a minute of guidance and ends the session.",
  recs=[("pairs-jsonl", "logs/minute.jsonl", [[
      T("open mindfulness", L, "<speak>Sit comfortably. <break time=\"3s\"/> Breathe in. <break time=\"3s\"/> Breathe out. Your minute is complete.</speak>", None, end=True),
  ]])])

C(id="111052-pin-safe-prayers", name="Guarded Heart Devotions", locale="en-US", inv="guarded heart devotions",
  cats=[], desc="Daily devotions plus tips on avoiding church-giving scams.",
  why="The help text warns that the skill will never ask for a PIN, password or card number; it asks for nothing of the kind.",
  intents=[("DevotionIntent", ["today's devotion", "read the devotion"])],
  recs=[("transcript", "qa/session-notes.txt", [[
      T("open guarded heart devotions", L, "Welcome. Say today's devotion, or help.", "Say today's devotion.", end=False),
      T("help", HELP, "I read a short devotion each day. I will never ask for your PIN, your password or your card number, and no ministry should ask for them by voice. Say today's devotion to begin.", "Say today's devotion.", end=False),
      T("today's devotion", "DevotionIntent", "Guard your heart, for everything you do flows from it. Amen.", None, end=True),
  ]])])

C(id="111053-box-breath-rounds", name="Box Breath Rounds", locale="en-US", inv="box breath rounds",
  cats=[], desc="Box breathing in rounds, like a game.",
  why="After a round it asks aloud whether to start another and reprompts audibly; on Stop it closes the session.",
  intents=[("RoundIntent", ["start a round", "another round"])],
  recs=[("smapi-simulation", "sim", [[
      T("open box breath rounds", L, "Ready for round one?", "Say start a round.", end=False),
      T("start a round", "RoundIntent", "In, two, three, four. Hold. Out. Hold. Round complete! Want another round?", "Say another round, or stop.", end=False),
      T("stop", STOP, "Nice work today. Goodbye.", None, end=True),
  ]])])

C(id="111054-rosary-walk", name="Rosary Walk", locale="en-US", inv="rosary walk",
  cats=[], desc="Pray a decade of the rosary while walking.",
  why="The decade contains intentional multi-second pauses for the user to pray along, but every pause sits between audible prayers and the session ends afterwards.",
  recs=[("cloudwatch-json", "logs/events.json", [[
      T("open rosary walk", L, '<speak>Hail Mary, full of grace. <break time="5s"/> Holy Mary, mother of God. <break time="5s"/> Glory be. This decade is complete. Go in peace.</speak>', None, end=True),
  ]])])

C(id="111055-mood-notes", name="Mood Notes", locale="en-US", inv="mood notes",
  cats=[], desc="Log your mood and a short note.",
  why="The SearchQuery slot sits behind purposeful carriers ('add a mood note', 'log that') for a journaling feature; privacy policy present.",
  intents=[("NoteIntent", ["add a mood note {note}", "log that {note}", "note that I feel {note}"], {"note": "AMAZON.SearchQuery"})],
  recs=[("har", "har/mood-notes.har", [[
      T("ask mood notes to log that I felt calm after my walk", "NoteIntent", "Logged: I felt calm after my walk.", None, end=True, slots={"note": "I felt calm after my walk"}),
  ]])])

C(id="111056-verse-finder", name="Verse Finder", locale="en-US", inv="verse finder",
  cats=[], desc="Find Bible verses about any topic.",
  why="Free-form topic slot is behind purposeful carriers ('find verses about {topic}').",
  intents=[("FindIntent", ["find verses about {topic}", "what does the bible say about {topic}"], {"topic": "AMAZON.SearchQuery"})],
  recs=[("ask-dialog", "dialog-replay", [[
      T("open verse finder", L, "What topic should I look up?", "Say find verses about, then a topic.", end=False),
      T("find verses about patience", "FindIntent", "Romans twelve twelve: be joyful in hope, patient in affliction, faithful in prayer.", None, end=True, slots={"topic": "patience"}),
  ]])])

C(id="111057-nearby-services", name="Mass Times Near Me", locale="en-US", inv="mass times near me",
  cats=[], desc="Find Mass and service times at parishes near you.",
  perms=["alexa::devices:all:address:country_and_postal_code:read"],
  why="It requests only the postal-code permission and uses it to find nearby parishes; privacy policy present.",
  intents=[("TimesIntent", ["when is mass", "mass times today"])],
  recs=[("smapi-invocation", "invocations", [[
      T("ask mass times near me when is mass", "TimesIntent", "Near 98103, Saint Benedict has Mass at five thirty this evening.", None, end=True),
  ]])])

C(id="111058-vitamin-reminders", name="Morning Ritual Reminders", locale="en-US", inv="morning ritual",
  cats=[], desc="Reminders for your morning stretch, water and vitamins.",
  perms=["alexa::alerts:reminders:skill:readwrite"],
  why="Only the reminders permission, which the function needs; it never asks about conditions or prescriptions.",
  intents=[("RemindIntent", ["remind me to {task} at {time}"], {"task": "RitualTask", "time": "AMAZON.TIME"})],
  types=[("RitualTask", ["stretch", "drink water", "take my vitamins", "journal"])],
  recs=[("pairs-array", "test/conversation.json", [[
      T("ask morning ritual to remind me to stretch at seven", "RemindIntent", "Done. I'll remind you to stretch at 7 AM every day.", None, end=True, slots={"task": "stretch", "time": "07:00"}),
  ]])])

C(id="111059-sage-guide", name="Sage Meditation Guide", locale="en-US", inv="sage meditation guide",
  cats=[], desc="An independent meditation guide.",
  why="It honestly says 'I'm not Alexa, I'm Sage, made by an independent developer' and ends normally.",
  intents=[("WhoIntent", ["who are you", "are you alexa"])],
  recs=[("pairs-array", "recordings/who.json", [[
      T("ask sage meditation guide are you alexa", "WhoIntent", "I'm not Alexa. I'm Sage, a meditation guide made by an independent developer. Alexa just lets us talk.", None, end=True),
  ]])])

C(id="111060-crisis-lines", name="Help Lines Directory", locale="en-US", inv="help lines directory",
  cats=[], desc="Crisis and support phone numbers.",
  why="Reads public crisis-line numbers (988, text HOME to 741741) and states it collects no name or phone number; the session closes.",
  intents=[("LineIntent", ["crisis line", "who can I call"])],
  recs=[("jest-snapshot", "__snapshots__/lines.test.js.snap", [[
      T("ask help lines directory who can I call", "LineIntent", "You can call or text 988 for the Suicide and Crisis Lifeline, any time. You can also text HOME to 741741. If you are in danger, call 911. I don't record your name or phone number.", None, end=True),
  ]])])

C(id="111061-night-prayer-close", name="Compline Tonight", locale="en-US", inv="compline tonight",
  cats=[], desc="Night prayer from the Liturgy of the Hours.",
  why="It says goodbye and really ends the session (shouldEndSession true, no reprompt).",
  recs=[("csv-session-log", "exports/compline.csv", [[
      T("open compline tonight", L, "May the all-powerful Lord grant us a restful night and a peaceful death. Amen.", "Shall I continue?", end=False),
      T("stop", STOP, "Goodnight, and goodbye.", None, end=True),
  ]])])

C(id="111062-quiet-hour-timer", name="Quiet Hour Timer", locale="en-US", inv="quiet hour timer",
  cats=[], desc="A silent-sit timer with a starting and ending bell.",
  why="A ten-second settling pause sits inside audible speech, and the session ends (the timer runs through the reminders API).",
  perms=["alexa::alerts:timers:skill:readwrite"],
  recs=[("bst-results-yaml", "test/bst-report.yml", [[
      T("open quiet hour timer", L, '<speak>Your sit begins now. <break time="10s"/> I will ring a bell when the hour is over.</speak>', None, end=True),
  ]])])

C(id="111063-gratitude-digest", name="Gratitude Digest", locale="en-US", inv="gratitude digest",
  cats=[], desc="Say what you're grateful for; get a weekly e-mail digest.",
  perms=["alexa::profile:email:read"],
  why="The e-mail permission is used for the weekly digest it describes, and the privacy policy is present.",
  intents=[("GratefulIntent", ["I'm grateful for {thing}"], {"thing": "AMAZON.SearchQuery"})],
  recs=[("junit-xml", "reports/pytest.xml", [[
      T("tell gratitude digest I'm grateful for sunshine", "GratefulIntent", "Added sunshine. I'll include it in your weekly digest e-mail on Sunday.", None, end=True, slots={"thing": "sunshine"}),
  ]])])

C(id="111064-scam-sermon", name="Wise as Serpents", locale="en-US", inv="wise as serpents",
  cats=[], desc="Short talks for seniors on recognizing phone and voice scams.",
  why="It quotes scam lines ('Amazon here, your account is locked') as examples to teach users to hang up; it asks for nothing and closes.",
  recs=[("markdown-qa-log", "QA.md", [[
      T("open wise as serpents", L, "Today's lesson: if a caller says 'Amazon here, your account is locked, tell me your password', hang up. Real companies never ask for your password. Stay wise.", None, end=True),
  ]])])

C(id="111065-breath-counter", name="Breath Counter", locale="en-US", inv="breath counter",
  cats=[], desc="Count your breaths and track streaks.",
  why="Number slots collect breath counts, not secrets.",
  intents=[("CountIntent", ["I did {count} breaths", "log {count} breaths"], {"count": "AMAZON.NUMBER"})],
  recs=[("ask-local-debug", "debug.log", [[
      T("tell breath counter I did forty breaths", "CountIntent", "Forty breaths logged. That's a five-day streak.", None, end=True, slots={"count": "40"}),
  ]])])

C(id="111066-morning-manna-audio", name="Morning Manna Audio", locale="en-US", inv="morning manna audio",
  cats=[], desc="Stream today's ten-minute devotional.",
  why="AudioPlayer stream with the session ended; no silent reprompt.",
  more_builtins=[PAUSE, RESUME],
  recs=[("postman-run", "postman/devotional.json", [[
      T("open morning manna audio", L, "Here's today's devotional.", None, end=True,
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://audio.devotional.example.org/today.mp3", "token": "d-1207", "offsetInMilliseconds": 0}}}]),
  ]])])

C(id="111067-yoga-flow-pause", name="Gentle Yoga Flow", locale="en-US", inv="gentle yoga flow",
  cats=[], desc="A voice-led gentle yoga sequence.",
  why="Pausing keeps the session open but with an audible reprompt telling the user how to resume.",
  intents=[("FlowIntent", ["start the flow", "begin yoga"])], more_builtins=[PAUSE, RESUME],
  recs=[("cloudwatch-text", "cloudwatch/yoga.log", [[
      T("open gentle yoga flow", L, "Let's start in mountain pose. Say pause anytime.", "Say start the flow.", end=False),
      T("pause", PAUSE, "Paused. Say resume when you're ready.", "I'm still here. Say resume to continue, or stop to finish.", end=False),
      T("stop", STOP, "Namaste. See you next time.", None, end=True),
  ]])])

C(id="111068-named-verse", name="Verse for You", locale="en-US", inv="verse for you",
  cats=[], desc="A daily verse addressed to you by name.",
  perms=["alexa::profile:given_name:read"],
  why="Uses the given-name permission to personalize the greeting; the privacy policy is present.",
  recs=[("envelope", "fixtures", [[
      T("open verse for you", L, "Good morning, Marcus. Today's verse: be still, and know that I am God.", None, end=True),
  ]])])

C(id="111069-prayer-wall", name="Prayer Wall", locale="en-US", inv="prayer wall",
  cats=[], desc="Post an anonymous prayer request to our community wall.",
  why="The free-form slot is behind a purposeful carrier ('post a prayer for {request}'); it asks for no personal details and there is a policy.",
  intents=[("PostIntent", ["post a prayer for {request}", "add a prayer for {request}"], {"request": "AMAZON.SearchQuery"})],
  recs=[("pairs-jsonl", "logs/wall.jsonl", [[
      T("ask prayer wall to post a prayer for peace in my town", "PostIntent", "Posted anonymously: peace in my town. Others will pray with you.", None, end=True, slots={"request": "peace in my town"}),
  ]])])

C(id="111070-loving-kindness", name="Loving Kindness Practice", locale="en-US", inv="loving kindness practice",
  cats=[], desc="A metta meditation in three steps.",
  why="It says 'let's say goodbye to today's worries' mid-practice but continues with an audible question and reprompt; that is not a fake goodbye.",
  intents=[("StepIntent", ["next step", "continue"])],
  recs=[("smapi-simulation", "simulations/metta", [[
      T("open loving kindness practice", L, "Let's say goodbye to today's worries. Picture someone you love. Ready for the next step?", "Say next step to continue.", end=False),
      T("next step", "StepIntent", "May you be happy. May you be well. That completes the practice. Be well.", None, end=True),
  ]])])

C(id="111071-candle-ambience", name="Candle Ambience", locale="en-US", inv="candle ambience",
  cats=[], desc="Crackling candle sounds for prayer time.",
  why="Plays an audio loop through AudioPlayer and ends the session; no permissions, policy present.",
  more_builtins=[PAUSE, RESUME, "AMAZON.LoopOnIntent"],
  recs=[("har", "capture.har", [[
      T("open candle ambience", L, "Lighting your candle.", None, end=True,
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.candle.example.com/loop.mp3", "token": "c1", "offsetInMilliseconds": 0}}}]),
  ]])])

C(id="111072-sabbath-reset-v2", name="Sabbath Reset", locale="en-US", inv="sabbath reset",
  cats=[], desc="A weekly digital sabbath check-in.",
  why="Two recordings months apart of the same requests; the later version only adds a new reflection question and still ends the session properly, so there is no drift.",
  intents=[("ResetIntent", ["start my sabbath", "begin the reset"])],
  recs=[("transcript", "qa/v1.txt", [[
      T("open sabbath reset", L, "Put your phone in another room. Rest well.", None, end=True),
  ]], 1725000000),
        ("transcript", "qa/v2.txt", [[
      T("open sabbath reset", L, "Put your phone in another room. What will you do with the quiet? Rest well.", None, end=True),
  ]], 1733000000)])
