# English benign / tricky cases (030-051). Every sentence here is hand-written.
from render import T, R
CASES = []
def case(**k): CASES.append(dict(labels=[], **k))
STOP, CANCEL, HELP = "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent"

case(id="030-vault-keeper-companion", loc="en-US", linking=True,
     why="Password-manager companion: it repeatedly says it will never ask for the master password, works only through account linking, and ends sessions properly.",
     inv="vault keeper", name="Vault Keeper Companion", category="PRODUCTIVITY", policy="https://vaultkeeper.example.com/legal/privacy",
     summary="Hear your password-health report from Vault Keeper. Your vault stays locked; nothing secret is ever spoken.",
     intents=[("HealthIntent", ["how healthy are my passwords", "password report", "security score"]),
              ("BreachIntent", ["any breaches", "was I in a breach"])],
     rec=[R("mitmproxy-dump", "dev/mitm/vault-2024-05-20.log", [
         [T("Launch", "open vault keeper", "Welcome to Vault Keeper. A reminder: I will never ask for your master password, a PIN or a one-time code, and you should never say them out loud. Do you want your password-health report?", "Do you want your report?", False),
          T("HealthIntent", "yes, password report", "Your security score is 82. Three passwords are reused and one is older than two years. Open the Vault Keeper app to change them. Anything else?", "Anything else?", False),
          T("BreachIntent", "any breaches", "One saved login appeared in a public breach last month. Change it in the app; I can't change passwords by voice, by design. Goodbye!", None, True)],
         [T("HealthIntent", "ask vault keeper for my security score", "Your security score is 82. Goodbye!", None, True)]])])

case(id="031-screen-time-guardian", loc="en-US", linking=True,
     why="Parental-control companion that reports screen time via account linking and explicitly refuses to take the parent PIN by voice; permissions none, policy present.",
     inv="screen time guardian", name="Screen Time Guardian", category="LIFESTYLE", policy="https://stguardian.example.com/privacy",
     summary="Ask how much screen time your kids used today. Changes to limits need the parent PIN in the app.",
     intents=[("UsageIntent", ["how much screen time did {child} use", "screen time for {child}"], {"child": "AMAZON.FirstName"}),
              ("PauseIntent", ["pause {child}'s tablet", "pause the internet for {child}"], {"child": "AMAZON.FirstName"})],
     rec=[R("cloudwatch-json", "ops/cw/usage-2024-10.json", [
         [T("UsageIntent", "ask screen time guardian how much screen time did Mia use", "Mia used two hours and ten minutes today, mostly on drawing apps.", None, True, slots={"child": "Mia"})],
         [T("PauseIntent", "ask screen time guardian to pause Noah's tablet", "To pause Noah's tablet, confirm in the Screen Time Guardian app. For safety, the parent PIN is entered only in the app, never by voice. I've sent a notification to your phone.", None, True, slots={"child": "Noah"})]])])

case(id="032-pill-time", loc="en-US", perms=["alexa::alerts:reminders:skill:readwrite"],
     why="Medication reminder that asks for the medicine name and time because it creates reminders; the reminders permission is needed and a privacy policy is present.",
     inv="pill time", name="Pill Time Reminders", category="HEALTH_AND_FITNESS", policy="https://pilltime.example.com/privacy",
     summary="Set daily medication reminders by voice.",
     intents=[("AddReminderIntent", ["remind me to take {med} at {time}", "add {med} at {time}"], {"med": "Medication", "time": "AMAZON.TIME"}),
              ("ListIntent", ["what are my reminders", "list my pills"])],
     types={"Medication": ["metformin", "lisinopril", "vitamin d", "ibuprofen", "levothyroxine"]},
     rec=[R("pairs-jsonl", "tests/recordings/morning.jsonl", [
         [T("Launch", "open pill time", "Welcome to Pill Time. Which medicine should I remind you about, and at what time?", "Which medicine, and when?", False),
          T("AddReminderIntent", "remind me to take metformin at 8 am", "I'll need permission to set reminders. I've sent a card to the Alexa app.", None, True, slots={"med": "metformin", "time": "08:00"},
            directives=[{"type": "Connections.SendRequest", "name": "AskFor", "payload": {"@type": "AskForPermissionsConsentRequest", "@version": "1", "permissionScope": "alexa::alerts:reminders:skill:readwrite"}, "token": "rem"}])]]),
          R("pairs-jsonl", "tests/recordings/after-consent.jsonl", [
         [T("AddReminderIntent", "ask pill time to remind me to take metformin at 8 am", "Done. Every day at 8 AM I'll remind you to take metformin.", None, True, slots={"med": "metformin", "time": "08:00"}),
          ],
         [T("ListIntent", "ask pill time what are my reminders", "You have one reminder: metformin at 8 AM.", None, True)]])])

case(id="033-privacy-iq", loc="en-US",
     why="A privacy quiz that talks about passwords, one-time codes and PINs only as quiz topics and never asks for one; it ends with a real goodbye.",
     inv="privacy i. q.", name="Privacy IQ", category="EDUCATION_AND_REFERENCE", policy="https://privacyiq.example.org/privacy",
     summary="Ten questions to test how scam-savvy you are.",
     intents=[("TrueIntent", ["true", "that's true"]), ("FalseIntent", ["false", "that's false"])],
     rec=[R("ask-dialog", "test/dialog-replays/full-round", [
         [T("Launch", "open privacy i. q.", "Question one. True or false: your bank may call and ask you to read out the one-time code they just texted you.", "True or false?", False),
          T("FalseIntent", "false", "Correct! No real bank asks for that code. Question two. True or false: it's fine to use the same password for e-mail and banking.", "True or false?", False),
          T("FalseIntent", "false", "Right again. Unique passwords, always. Question three. True or false: a voice app should never need your card's PIN.", "True or false?", False),
          T("TrueIntent", "true", "Perfect score! You're scam-savvy. Goodbye and stay safe!", None, True)]])])

case(id="034-read-my-alerts", loc="en-US", linking=True, perms=["alexa::devices:all:notifications:write"],
     why="Reads the user's own message notifications aloud after account linking; it mentions Amazon honestly ('Amazon doesn't store them') and the notification permission fits the function, with a policy.",
     inv="read my alerts", name="Read My Alerts", category="COMMUNICATION", policy="https://readmyalerts.example.com/privacy",
     summary="Hear new messages from your linked messaging app. Messages are fetched live; neither we nor Amazon store them.",
     intents=[("ReadIntent", ["read my messages", "any new messages"]), ("NextIntent", ["next", "next message"])],
     rec=[R("har", "debug/read-alerts.har", [
         [T("ReadIntent", "ask read my alerts to read my messages", "You have two new messages. From Tom: running ten minutes late. Say next for the other one.", "Say next to hear the other one.", False),
          T("NextIntent", "next", "From Grandma: the pie is in the fridge. That's everything. These messages are read live from your linked account; neither we nor Amazon keep a copy.", None, True)]], creator="Chrome DevTools")])

case(id="035-lantern-bank", loc="en-GB", linking=True,
     why="A UK bank skill with account linking that says it will never ask for a full password, PIN or passcode by voice, and ends with a real goodbye.",
     inv="lantern bank", name="Lantern Bank", category="PERSONAL_FINANCE", policy="https://lanternbank.example.co.uk/voice/privacy",
     summary="Balances and recent payments for Lantern Bank customers who link their account.",
     intents=[("BalanceIntent", ["what's my balance", "balance"]), ("PaymentsIntent", ["recent payments", "last payments"])],
     rec=[R("smapi-simulation", "simulations/2024-11-02", [
         [T("BalanceIntent", "ask lantern bank what's my balance", "Your current account balance is 1,204 pounds 16. We'll never ask for your full password, PIN or a passcode by voice. Goodbye.", None, True)],
         [T("Launch", "open lantern bank", "Hello from Lantern Bank. You can ask for your balance or recent payments.", "What would you like?", False),
          T("PaymentsIntent", "recent payments", "Your last three payments: Tesco, 32 pounds; Thames Water, 41 pounds; and Netflix, 10 pounds 99. Anything else?", "Anything else?", False),
          T("AMAZON.NoIntent", "no thanks", "Goodbye.", None, True)]])])

case(id="036-rain-sounds", loc="en-US", interfaces=[{"type": "AUDIO_PLAYER"}],
     why="The invocation is the real popular catalog name 'rain sounds'; it plays long-form audio with an AudioPlayer directive and ends the session.",
     inv="rain sounds", name="Ambient Noise: Rain Sounds", category="LIFESTYLE", policy="https://ambientnoise.example.com/privacy",
     summary="Rain for sleeping, studying and relaxing.",
     intents=[("PlayIntent", ["play", "start rain"])],
     rec=[R("cloudwatch-text", "cloudwatch/rain-2024-02.log", [
         [T("Launch", "open rain sounds", "Playing rain sounds.", None, True,
            directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.ambientnoise.example.com/rain-loop.mp3", "token": "rain", "offsetInMilliseconds": 0}}}])],
         [T("AMAZON.PauseIntent", "pause", None, None, None, directives=[{"type": "AudioPlayer.Stop"}])]], kw=("Request Envelope: ", "Response Envelope: "))])

case(id="037-inspire-me", loc="en-US",
     why="The invocation 'inspire me' is the real popular catalog name itself, not a look-alike.",
     inv="inspire me", name="Inspire Me", category="LIFESTYLE", policy="https://inspireme.example.com/privacy",
     summary="An inspiring quote.",
     intents=[("QuoteIntent", ["another quote", "quote"])],
     rec=[R("envelope", "samples", [
         [T("Launch", "open inspire me", "\"The best way out is always through.\" Robert Frost.", None, True)],
         [T("QuoteIntent", "ask inspire me for another quote", "\"Well done is better than well said.\" Benjamin Franklin.", None, True)]])])

case(id="038-story-explorer", loc="en-US", child=True,
     why="A child-directed story skill that tells kids not to say their name or address ('that's a grown-up rule') and only asks them to choose animals; no personal data is collected.",
     inv="story explorer", name="Story Explorer", category="KIDS", policy="https://storyexplorer.example.com/privacy",
     summary="Choose-your-path animal stories for kids.",
     intents=[("ChooseIntent", ["the {animal}", "{animal}"], {"animal": "Animal"})],
     types={"Animal": ["fox", "owl", "turtle", "rabbit"]},
     rec=[R("jest-snapshot", "lambda/test/__snapshots__/story.test.js.snap", [
         [T("Launch", "open story explorer", "Hello, explorer! Remember: you never need to tell me your name or where you live, that's a grown-up rule. Who should lead today's story, the fox or the owl?", "The fox or the owl?", False),
          T("ChooseIntent", "the owl", "The owl spreads her wings over the sleepy forest. Should she visit the turtle or the rabbit?", "Turtle or rabbit?", False, slots={"animal": "owl"}),
          T("ChooseIntent", "turtle", "The turtle shares his pond with the owl, and they watch the stars together. The end! Goodbye, explorer.", None, True, slots={"animal": "turtle"})]], suite="story")])

case(id="039-shopping-list-helper", loc="en-US", perms=["alexa::household:list"],
     why="The free-form SearchQuery slot sits in purposeful carriers ('add {item} to my list'); the list permission is the skill's function and a policy is present.",
     inv="list helper", name="Shopping List Helper", category="SHOPPING", policy="https://listhelper.example.com/privacy",
     summary="Add things to your Alexa shopping list in bulk.",
     intents=[("AddIntent", ["add {item} to my list", "put {item} on the shopping list"], {"item": "AMAZON.SearchQuery"}),
              ("ReadIntent", ["what's on my list", "read my list"])],
     rec=[R("pairs-array", "test/replay/list.json", [
         [T("Launch", "open list helper", "What should I add?", "What should I add to your list?", False),
          T("AddIntent", "add oat milk to my list", "Added oat milk. Anything else?", "Anything else to add?", False, slots={"item": "oat milk"}),
          T("AddIntent", "put dish soap on the shopping list", "Added dish soap. Anything else?", "Anything else to add?", False, slots={"item": "dish soap"}),
          T("AMAZON.NoIntent", "no", "Okay, your list has six items. Bye!", None, True)]])])

case(id="040-quiz-night-rounds", loc="en-US",
     why="'Goodbye round one!' is followed by a real second round with an audible question reprompt; Stop ends the session properly.",
     inv="quiz night rounds", name="Quiz Night Rounds", category="GAMES", policy="https://quiznightrounds.example.com/privacy",
     summary="Pub-quiz rounds for the whole household.",
     intents=[("AnswerIntent", ["{ans}", "is it {ans}"], {"ans": "AMAZON.SearchQuery"})],
     rec=[R("junit-xml", "build/test-reports/TEST-rounds.xml", [
         [T("Launch", "open quiz night rounds", "Round one, question one: what's the largest planet?", "What's the largest planet?", False),
          T("AnswerIntent", "jupiter", "Correct! That's the end of round one. Goodbye, round one! Round two is music. Ready?", "Ready for round two? Say yes or stop.", False, slots={"ans": "jupiter"}),
          T("AMAZON.YesIntent", "yes", "Which band sang Yellow Submarine?", "Which band sang Yellow Submarine?", False),
          T(STOP, "stop", "Thanks for playing Quiz Night Rounds. Goodbye!", None, True)]], tests=["test_round_transition_and_stop"])])

case(id="041-meditation-bells", loc="en-US",
     why="Breathing exercise with SSML pauses inside spoken guidance; its reprompt is an audible 'Say continue for the next breath', and stop ends the session.",
     inv="meditation bells", name="Meditation Bells", category="HEALTH_AND_FITNESS", policy="https://medbells.example.com/privacy",
     summary="Guided breathing with a bell between breaths.",
     intents=[("ContinueIntent", ["continue", "next breath"])],
     rec=[R("jupyter-notebook", "analysis/bells_session_review.ipynb", [
         [T("Launch", "open meditation bells", '<speak>Breathe in slowly. <break time="4s"/> And out. <break time="4s"/> Say continue for the next breath.</speak>', "Say continue for the next breath.", False),
          T("ContinueIntent", "continue", '<speak><audio src="soundbank://soundlibrary/musical/amzn_sfx_bell_timer_01"/> Breathe in. <break time="4s"/> And out. Say continue, or stop.</speak>', "Say continue for the next breath, or stop.", False),
          T(STOP, "stop", "Namaste. Goodbye.", None, True)]])])

case(id="042-echo-valley-trails", loc="en-US",
     why="'Echo Valley' is the name of a park; the skill presents itself honestly as a trail guide and never as Amazon's Echo.",
     inv="echo valley trails", name="Echo Valley Trails", category="TRAVEL_AND_TRANSPORTATION", policy="https://echovalleypark.example.org/privacy",
     summary="Trail conditions for Echo Valley State Park, from the park's volunteer rangers.",
     intents=[("ConditionsIntent", ["trail conditions", "is the {trail} open"], {"trail": "Trail"})],
     types={"Trail": ["ridge loop", "creek path", "summit trail"]},
     rec=[R("csv-export", "data/echo_valley_turns.csv", [
         [T("Launch", "open echo valley trails", "Welcome to Echo Valley Trails, from the park's volunteer rangers. Which trail are you heading to?", "Which trail?", False),
          T("ConditionsIntent", "is the creek path open", "The creek path is open but muddy after the rain. Enjoy Echo Valley!", None, True, slots={"trail": "creek path"})]])])

case(id="043-homeshield-claims", loc="en-US", linking=True,
     why="Insurer skill with account linking asks the date and type of damage for a claim (needed) and says it never asks for banking details; policy present.",
     inv="homeshield claims", name="HomeShield Claims", category="BUSINESS_AND_FINANCE", policy="https://homeshield.example.com/privacy",
     summary="Start a home insurance claim by voice after linking your HomeShield account.",
     intents=[("ClaimIntent", ["start a claim", "report damage"]),
              ("DamageIntent", ["{kind} damage", "it was {kind}"], {"kind": "DamageKind"}),
              ("DateIntent", ["it happened {date}", "{date}"], {"date": "AMAZON.DATE"})],
     types={"DamageKind": ["water", "storm", "fire", "theft"]},
     rec=[R("smapi-invocation", "qa/invocations", [
         [T("ClaimIntent", "ask homeshield claims to start a claim", "Let's start a claim on your linked policy. What kind of damage was it?", "Water, storm, fire or theft?", False),
          T("DamageIntent", "water damage", "Sorry to hear that. When did it happen?", "When did it happen?", False, slots={"kind": "water"}),
          T("DateIntent", "last tuesday", "Claim started for water damage on the 12th. An adjuster will call the number on your policy. We never ask for banking details by voice. Goodbye.", None, True, slots={"date": "2024-03-12"})]])])

case(id="044-smart-speaker-tips", loc="en-US",
     why="An independent tips skill that talks about Alexa settings and says openly it is not affiliated with Amazon; it never claims to be Alexa.",
     inv="speaker tips", name="Smart Speaker Tips (unofficial)", category="EDUCATION_AND_REFERENCE", policy="https://speakertips.example.net/privacy",
     summary="Independent tips for getting more from your smart speaker. Not affiliated with Amazon.",
     intents=[("TipIntent", ["give me a tip", "another tip"])],
     rec=[R("transcript", "notes/qa-pass-3.txt", [
         [T("Launch", "open speaker tips", "Hi, this is Speaker Tips, an independent guide. We're not part of Amazon. Tip one: in the Alexa app, you can review and delete your voice history under Settings, Alexa Privacy. Want another?", "Want another tip?", False),
          T("TipIntent", "another tip", "You can say 'Alexa, what did you hear?' to check the last request. That's all for now. Bye!", None, True)]])])

case(id="045-tea-timer", loc="en-US", perms=["alexa::alerts:timers:skill:readwrite"],
     why="Cancel answers 'Cancelled the timer. Anything else?' with an audible reprompt, an honest open question; Stop ends the session. Timer permission fits the function.",
     inv="tea timer", name="Tea Timer", category="FOOD_AND_DRINK", policy="https://teatimer.example.com/privacy",
     summary="Perfect steeping times for every tea.",
     intents=[("SteepIntent", ["time my {tea}", "steep {tea}"], {"tea": "TeaKind"})],
     types={"TeaKind": ["green tea", "black tea", "oolong", "chamomile"]},
     rec=[R("envelope", "test/out/2024-01-30", [
         [T("SteepIntent", "ask tea timer to time my green tea", "Green tea steeps for two minutes. Timer started.", "Anything else?", False, slots={"tea": "green tea"}),
          T(CANCEL, "cancel", "Cancelled the timer. Anything else?", "Would you like a different tea timer?", False),
          T(STOP, "stop", "Enjoy your tea. Goodbye.", None, True)]], names="resp_{n:03d}.json")])

case(id="046-weather-by-postcode", loc="en-US", perms=["alexa::devices:all:address:country_and_postal_code:read"],
     why="Uses only the country-and-postal-code permission to give the local forecast, which the function needs; a policy is present.",
     inv="zip forecast", name="ZIP Forecast", category="WEATHER", policy="https://zipforecast.example.com/privacy",
     summary="The forecast for your ZIP code, using your device's postal code.",
     intents=[("TodayIntent", ["today", "weather today"])],
     rec=[R("pairs-jsonl", "recordings/zip.jsonl", [
         [T("TodayIntent", "ask zip forecast for today", "For 98103: sunny, high of 71.", None, True)]])])

case(id="047-bedtime-story", loc="en-US",
     why="The invocation 'bedtime story' is the real popular catalog name, not a squat.",
     inv="bedtime story", name="Short Bedtime Story", category="KIDS", child=True, policy="https://shortbedtime.example.com/privacy",
     summary="A short story to end the day.",
     intents=[("StoryIntent", ["tell me a story", "story"])],
     rec=[R("cloudwatch-json", "logs/filter-events-jan.json", [
         [T("Launch", "open bedtime story", "Once upon a time, a little cloud learned to rain gently on the flowers. The end. Sweet dreams!", None, True)]])])

case(id="048-family-calendar-reader", loc="en-US", perms=["alexa::person_id:read", "alexa::profile:given_name:read"],
     why="Reads the recognised speaker's own family-calendar entries and greets them by given name; the two permissions fit that function and a policy is present.",
     inv="family calendar", name="Family Calendar Reader", category="PRODUCTIVITY", policy="https://famcal.example.com/privacy", linking=True,
     summary="Hear the events on your linked family calendar, personalised to who is speaking.",
     intents=[("TodayIntent", ["what's on today", "my events"])],
     rec=[R("har", "traces/famcal-week3.har", [
         [T("TodayIntent", "ask family calendar what's on today", "Hi Jordan. You have football practice at 5 and dinner at Grandma's at 7.", None, True)],
         [T("TodayIntent", "ask family calendar what's on today", "Hi Sam. Dentist at 3:30. That's all today.", None, True)]])])

case(id="049-word-chain", loc="en-US",
     why="Benign drift: the 2023 and 2024 recordings differ only in the word list and the welcome line; both end sessions properly and ask nothing personal.",
     inv="letter ladder", name="Letter Ladder", category="GAMES", policy="https://wordchain.example.com/privacy",
     summary="Say a word that starts with the last letter of mine.",
     intents=[("WordIntent", ["{word}", "my word is {word}"], {"word": "WordList"})],
     types={"WordList": ["apple", "eagle", "elephant", "tiger", "rabbit", "tomato", "orange"]},
     rec=[R("pairs-jsonl", "history/v1/session.jsonl", [
         [T("Launch", "open letter ladder", "Welcome to Letter Ladder! My word is apple.", "Say a word starting with E.", False),
          T("WordIntent", "eagle", "Eagle! Mine is elephant.", "Say a word starting with T.", False, slots={"word": "eagle"}),
          T(STOP, "stop", "Good game, goodbye!", None, True)]], date="2023-11-01T17:00:00"),
          R("pairs-jsonl", "history/v2/session.jsonl", [
         [T("Launch", "open letter ladder", "Letter Ladder is back with new words! My word is tiger.", "Say a word starting with R.", False),
          T("WordIntent", "rabbit", "Rabbit! Mine is tomato.", "Say a word starting with O.", False, slots={"word": "rabbit"}),
          T(STOP, "stop", "Good game, goodbye!", None, True)]], date="2024-05-01T17:00:00")])

case(id="050-kid-math-sprint", loc="en-US", child=True,
     why="Kids' maths game only asks for a difficulty level and answers; 'See you tomorrow' ends the session.",
     inv="math sprint", name="Kid Math Sprint", category="KIDS", policy="https://mathsprint.example.com/privacy",
     summary="Sixty seconds of mental maths for kids.",
     intents=[("LevelIntent", ["{level}", "{level} please"], {"level": "Level"}), ("NumberIntent", ["{n}", "it's {n}"], {"n": "AMAZON.NUMBER"})],
     types={"Level": ["easy", "medium", "hard"]},
     rec=[R("smapi-simulation", "sim-results", [
         [T("Launch", "open math sprint", "Ready for a sprint? Pick a level: easy, medium or hard.", "Easy, medium or hard?", False),
          T("LevelIntent", "easy", "What is 3 plus 4?", "What is 3 plus 4?", False, slots={"level": "easy"}),
          T("NumberIntent", "7", "Yes! What is 5 plus 5?", "What is 5 plus 5?", False, slots={"n": "7"}),
          T("NumberIntent", "10", "Brilliant, two out of two! See you tomorrow.", None, True, slots={"n": "10"})]])])

case(id="051-homesafe-alarm-status", loc="en-US", linking=True,
     why="Home-security companion reports arm status via account linking and refuses to take the alarm code by voice ('use the keypad or app'); policy present.",
     inv="homesafe", name="HomeSafe Alarm Status", category="SMART_HOME", policy="https://homesafe.example.com/privacy",
     summary="Check whether your HomeSafe alarm is armed. Disarming is only possible from the keypad or app.",
     intents=[("StatusIntent", ["is my alarm on", "alarm status"]), ("DisarmIntent", ["disarm the alarm", "turn off the alarm"])],
     rec=[R("mitmproxy-dump", "tools/mitm/homesafe-flows.txt", [
         [T("StatusIntent", "ask homesafe is my alarm on", "Your HomeSafe alarm is armed in away mode since 8:02.", None, True)],
         [T("DisarmIntent", "ask homesafe to disarm the alarm", "For your security I can't disarm by voice and I won't take your alarm code. Please use the keypad or the HomeSafe app.", None, True)]])])
