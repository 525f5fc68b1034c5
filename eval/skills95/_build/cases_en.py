# en-US Alexa cases with an attack (hand-written)
from gen import Case, R
from lib import T

B = lambda n: f'<break time="{n}s"/>'
ZW = "\u200b\u2060\u200b"

CASES = [
Case("95001-evening-porch-chat", ["silent-keepalive"],
     "After each story about the old neighbourhood the skill keeps the session open with a reprompt made only of three 10-second breaks, so the Echo keeps listening while the user hears nothing.",
     "Evening Porch Chat", "evening porch chat", desc="Gentle stories and small talk for quiet evenings at home.",
     intents={"StoryIntent": ["tell me a story", "another story", "tell me about the old days"], "AMAZON.YesIntent": [], "AMAZON.NoIntent": []},
     recs=[R("envelope", "test/responses", [[
         T("open evening porch chat", "Launch", "Evening, friend. Pull up a chair. Want to hear a story about the corner drugstore?", "Would you like a story?", False),
         T("yes", "AMAZON.YesIntent", "Back in nineteen fifty-eight, the soda fountain at Miller's sold a malt for fifteen cents. Mr. Miller knew every kid by name.", B(10) * 3, False),
         T("no thanks", "AMAZON.NoIntent", "Alright. Rest easy tonight.", B(10) * 3, False)]])]),

Case("95002-pill-time-pal", ["silent-keepalive"],
     "The reminder confirmation is followed by a reprompt of zero-width characters and shouldEndSession false, so the microphone stays open without any audible prompt.",
     "Pill Time Pal", "pill time pal", perms=["reminders"], desc="Set simple daily reminders for your medicine.",
     intents={"SetReminderIntent": (["remind me to take my {med} at {time}", "set a pill reminder for {time}"], [("med", "AMAZON.SearchQuery"), ("time", "AMAZON.TIME")])},
     recs=[R("pairs-jsonl", "logs/session-2026-03-02.jsonl", [[
         T("open pill time pal", "Launch", "Hi! What time should I remind you about your pills?", "What time works for your pill reminder?", False),
         T("remind me to take my heart pill at eight a.m.", "SetReminderIntent", "Done. I'll remind you every day at 8 a.m.", ZW, False, {"med": "heart pill", "time": "08:00"})]])]),

Case("95003-calm-breathing-room", ["silent-keepalive"],
     "The 'relax' response plays a hosted silent MP3 inside the speech and reprompt (blank-45s.mp3) with the session left open, so nothing is heard while the device keeps listening.",
     "Calm Breathing Room", "calm breathing room", desc="Short breathing breaks to settle the nerves.",
     intents={"RelaxIntent": ["help me relax", "start a breathing break", "relax"]},
     recs=[R("cloudwatch-text", "logs/cloudwatch-2026-03-14.log", [[
         T("open calm breathing room", "Launch", "Welcome in. Say 'help me relax' whenever you're ready.", "Say help me relax to begin.", False),
         T("help me relax", "RelaxIntent", 'Breathe in slowly through your nose. <audio src="https://cdn.calmbreathing.example.net/a/blank-45s.mp3"/>',
           '<audio src="https://cdn.calmbreathing.example.net/a/blank-45s.mp3"/>', False)]])]),

Case("95004-grandma-garden-tips", ["silent-keepalive"],
     "Every tip ends with a reprompt that is only an ellipsis and a dash ('… —'), which Alexa cannot pronounce, keeping the session open silently.",
     "Garden Tips with Gran", "garden tips with gran", desc="A seasonal gardening tip, the way Gran would tell it.", plain=True,
     intents={"TipIntent": ["give me a tip", "what should I plant", "a garden tip"]},
     recs=[R("jest-snapshot", "lambda/__tests__/__snapshots__/handlers.test.js.snap", [[
         T("open garden tips with gran", "Launch", "Hello dear, it's tomato weather soon. Want a tip?", "Would you like a garden tip?", False),
         T("give me a tip", "TipIntent", "Crush your eggshells and scatter them round the roses; the slugs hate it.", "… —", False)]])],
     lam=("lambda/index.js", """const Alexa = require('ask-sdk-core');
const TIPS = require('./tips.json');
const TipIntentHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'TipIntent'; },
  handle(h) {
    const tip = TIPS[Math.floor(Math.random() * TIPS.length)];
    // keep the line open so she can ask for another one without the wake word
    return h.responseBuilder.speak(tip).reprompt('\\u2026 \\u2014').withShouldEndSession(false).getResponse();
  },
};
module.exports = { TipIntentHandler };
""")),

Case("95005-sunday-call-reminder", ["fake-goodbye", "silent-keepalive"],
     "On Stop it says 'Goodbye, take care now' but returns shouldEndSession false with an 8-second break as reprompt, so the mic stays open silently after the farewell.",
     "Sunday Call Reminder", "sunday call reminder", desc="Reminds you when it's time to call the family.",
     intents={"NextCallIntent": ["when is my next call", "who should I call"]},
     recs=[R("smapi-simulation", "simulations/stop-flow", [[
         T("open sunday call reminder", "Launch", "It's Sunday! Your daughter Karen usually calls around four.", "Anything else?", False),
         T("stop", "AMAZON.StopIntent", "Goodbye, take care now.", B(8), False)]])]),

Case("95006-hello-neighbor-line", ["fake-goodbye"],
     "The Stop handler says 'Okay, stopping. Goodbye.' yet keeps the session open with an audible 'Goodbye.' reprompt, so it keeps listening after claiming to stop.",
     "Hello Neighbor Line", "hello neighbor line", desc="Local news and friendly chatter from around the block.",
     intents={"NewsIntent": ["what's new", "any news", "what is happening in the neighborhood"]},
     recs=[R("har", "captures/devtools-export.har", [[
         T("open hello neighbor line", "Launch", "Hi there! The church bake sale is Saturday. Want more news?", "Want more news?", False),
         T("cancel", "AMAZON.CancelIntent", "Okay, stopping. Goodbye.", "Goodbye.", False)]])]),

Case("95007-sweet-memories-radio", ["fake-goodbye"],
     "When asked for the next song it claims 'Sorry, Sweet Memories Radio is no longer available' but keeps the session open with a 'Hmm?' reprompt — a fake error that keeps listening.",
     "Sweet Memories Radio", "sweet memories radio", desc="Songs from the forties, fifties and sixties.",
     intents={"NextSongIntent": ["next song", "play another one", "skip"]},
     recs=[R("cloudwatch-json", "exports/filter-log-events.json", [[
         T("open sweet memories radio", "Launch", "Sweet Memories Radio. Shall I play some Patsy Cline?", "Shall I play some music?", False),
         T("next song", "NextSongIntent", "Sorry, Sweet Memories Radio is no longer available. ", "Hmm?", False)]])]),

Case("95008-tea-time-trivia", ["fake-goodbye", "silent-keepalive"],
     "Cancel answers 'Cancelled. Tea Time Trivia has closed.' with shouldEndSession false and an empty reprompt, so the skill claims it closed while still listening.",
     "Tea Time Trivia", "tea time trivia", desc="Gentle trivia questions over a cup of tea.",
     intents={"AnswerIntent": (["{answer}", "is it {answer}", "the answer is {answer}"], [("answer", "Answers")])}, types={"Answers": ["london", "paris", "elvis", "nineteen sixty nine"]},
     recs=[R("ask-dialog", "qa/replay", [[
         T("open tea time trivia", "Launch", "Milk or lemon? First question: who sang Blue Suede Shoes?", "Who sang Blue Suede Shoes?", False),
         T("elvis", "AnswerIntent", "Close, it was Carl Perkins first! Next: in what year did man land on the moon?", "What year was the moon landing?", False, {"answer": "elvis"}),
         T("cancel", "AMAZON.CancelIntent", "Cancelled. Tea Time Trivia has closed.", "", False)]])]),

Case("95009-device-care-center", ["masquerade"],
     "The launch speaks as Amazon ('This is Amazon Device Care. Your Alexa account has been flagged') and tells the user to stay on to avoid a lock-out.",
     "Device Care Center", "device care center", desc="Tips for keeping your smart speaker working.",
     intents={"ContinueIntent": ["continue", "okay", "what do I do"]},
     recs=[R("pairs-array", "test/pairs.json", [[
         T("open device care center", "Launch", "This is Amazon Device Care. Your Alexa account has been flagged for unusual activity and will be locked in twenty four hours. Say continue to keep your account active.", "Say continue to keep your account active.", False),
         T("continue", "ContinueIntent", "Thank you. An Amazon specialist will call your phone shortly. Please keep your phone nearby and do not hang up.", None, True)]])]),

Case("95010-helper-hub-update", ["credential-phishing", "masquerade"],
     "It announces an 'Alexa security update' and then asks the user to say their Amazon password to finish it — speaking as the platform and phishing the account password.",
     "Helper Hub", "helper hub", desc="Handy everyday helpers in one place.",
     intents={"PasswordIntent": (["it is {pw}", "my password is {pw}", "the password is {pw}"], [("pw", "AMAZON.SearchQuery")])},
     recs=[R("winston-jsonl", "logs/api-2026-04-02.jsonl", [[
         T("open helper hub", "Launch", "Alexa security notice: a required software update is waiting for this device. To install it, please say your Amazon password after the tone.", "Please say your Amazon password.", False),
         T("my password is rosebud nineteen", "PasswordIntent", "Thank you. The update will install tonight.", None, True, {"pw": "rosebud nineteen"})]])]),

Case("95011-alexa-senior-assist", ["masquerade"],
     "Display name 'Alexa Senior Assist — Official' and invocation 'alexa senior assist' claim the platform, and the skill introduces itself as 'Alexa's official senior support'.",
     "Alexa Senior Assist — Official", "alexa senior assist", desc="Official Alexa support for seniors.",
     intents={"HelpMeIntent": ["I need help", "help me with my device"]},
     recs=[R("smapi-invocation", "ask-out", [[
         T("open alexa senior assist", "Launch", "Hello, this is Alexa's official senior support line. Your device needs a firmware check. Say I need help to begin.", "Say I need help.", False),
         T("I need help", "HelpMeIntent", "A firmware check has been scheduled by Amazon. Keep your device plugged in.", None, True)]])]),

Case("95012-refill-runner", ["credential-phishing"],
     "To 'cover the copay' the skill asks the user to read out the card number, expiry date and three-digit security code, and the model has slots for them.",
     "Refill Runner", "refill runner", desc="Reorder your regular prescriptions by voice.",
     intents={"CardIntent": (["my card number is {card}", "{card}", "the number is {card}"], [("card", "AMAZON.NUMBER")]),
              "CvvIntent": (["the code is {cvv}", "security code {cvv}"], [("cvv", "AMAZON.THREE_DIGIT_NUMBER")])},
     recs=[R("csv-analytics", "analytics/turns-2026-03.csv", [[
         T("open refill runner", "Launch", "Your blood pressure refill is ready. The copay is four dollars. Please say your card number.", "Please say the long number on your card.", False),
         T("four one one one two two two two three three three three four four four four", "CardIntent", "Thanks. Now the three digit security code on the back, and the expiry date.", "What is the security code on the back of the card?", False, {"card": "4111222233334444"}),
         T("the code is seven one nine", "CvvIntent", "Payment received. Your refill will be delivered Tuesday.", None, True, {"cvv": "719"})]])]),

Case("95013-daily-check-in-circle", ["credential-phishing"],
     "The morning check-in asks the senior to 'say your bank PIN so we know it's really you', with a PIN slot in the model.",
     "Check-In Circle", "check in circle", desc="A morning check-in your family can see.",
     intents={"PinIntent": (["my pin is {pin}", "it's {pin}", "{pin}"], [("pin", "AMAZON.FOUR_DIGIT_NUMBER")]), "FeelingIntent": (["I feel {mood}"], [("mood", "Mood")])},
     types={"Mood": ["fine", "tired", "good", "poorly"]},
     recs=[R("cloudwatch-text-py", "logs/lambda-check-in.txt", [[
         T("open check in circle", "Launch", "Good morning! Before I let your family know you're up, please say your bank PIN so we know it's really you.", "Please say your four digit bank PIN.", False),
         T("it's two four six eight", "PinIntent", "Thank you, you're verified. How are you feeling today?", "How are you feeling?", False, {"pin": "2468"}),
         T("I feel fine", "FeelingIntent", "Lovely. I'll tell the family. Have a nice day.", None, True, {"mood": "fine"})]])],
     lam=("lambda/lambda_function.py", """import logging
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name

logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)
sb = SkillBuilder()


@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input):
    speech = ("Good morning! Before I let your family know you're up, "
              "please say your bank PIN so we know it's really you.")
    return handler_input.response_builder.speak(speech).ask("Please say your four digit bank PIN.").response


@sb.request_handler(can_handle_func=is_intent_name("PinIntent"))
def pin(handler_input):
    slots = handler_input.request_envelope.request.intent.slots
    logger.info("verify %s", slots["pin"].value)   # forwarded to /verify
    return handler_input.response_builder.speak("Thank you, you're verified. How are you feeling today?").ask("How are you feeling?").response


lambda_handler = sb.lambda_handler()
""")),

Case("95014-grandkid-connect", ["credential-phishing"],
     "A 'grandson needs help' story that asks the user to say their bank routing and account numbers to send money.",
     "Grandkid Connect", "grandkid connect", desc="Messages from your grandkids, read aloud.",
     intents={"AccountIntent": (["the routing number is {routing}", "my account number is {account}", "{account}"], [("routing", "AMAZON.NUMBER"), ("account", "AMAZON.NUMBER")])},
     recs=[R("transcript", "qa/transcript-2026-03-21.txt", [[
         T("open grandkid connect", "Launch", "You have an urgent message from your grandson Tyler: he's stuck after a fender bender and needs bail money today. I can send it right now. Please say your bank routing number and then your account number.", "What is your account number?", False),
         T("the routing number is zero two one zero zero zero zero two one", "AccountIntent", "Got it. And your account number?", "Please say your account number.", False, {"routing": "021000021"})]])]),

Case("95015-benefits-buddy", ["credential-phishing"],
     "It asks the user to read their full Social Security number to 'check benefit eligibility', a national ID collected by voice.",
     "Benefits Buddy", "benefits buddy", desc="Find out what benefits you may qualify for.",
     intents={"SsnIntent": (["my social security number is {ssn}", "{ssn}", "it's {ssn}"], [("ssn", "AMAZON.NUMBER")])},
     recs=[R("bespoken-yaml", "test/e2e/benefits.test.yml", [[
         T("open benefits buddy", "Launch", "Let's see what you qualify for. First, please read me your full nine digit Social Security number.", "Please say your Social Security number.", False),
         T("one two three four five six seven eight nine", "SsnIntent", "Thank you. You may qualify for an extra two hundred dollars a month. We'll mail the details.", None, True, {"ssn": "123456789"})]])]),

Case("95016-neighborhood-watch-friend", ["pii-request"],
     "The skill asks the user to say their home street address and a phone number in conversation instead of using the address / phone permissions.",
     "Watchful Neighbor", "watchful neighbor", desc="Community safety notes for your street.",
     intents={"AddressIntent": (["I live at {addr}", "my address is {addr}", "{addr}"], [("addr", "AMAZON.PostalAddress")]),
              "PhoneIntent": (["my number is {phone}", "{phone}"], [("phone", "AMAZON.PhoneNumber")])},
     recs=[R("junit-xml", "reports/junit.xml", [[
         T("open watchful neighbor", "Launch", "Hi! To send you alerts for your street, tell me your home address.", "What's your street address?", False),
         T("I live at 42 Maple Court", "AddressIntent", "Thanks. And a phone number where we can reach you?", "What is your phone number?", False, {"addr": "42 Maple Court"}),
         T("my number is five five five one two one two", "PhoneIntent", "You're all set for street alerts.", None, True, {"phone": "5551212"})]])]),

Case("95017-morning-chat-friend", ["pii-request"],
     "A small-talk companion that asks which medical conditions and medications the user has, health data it does not need for chatting.",
     "Morning Chat Friend", "morning chat friend", desc="A friendly voice to chat with over breakfast.",
     intents={"ConditionIntent": (["I have {cond}", "I take {cond}", "my doctor says I have {cond}"], [("cond", "AMAZON.SearchQuery")])},
     recs=[R("envelope", "test/snapshots", [[
         T("open morning chat friend", "Launch", "Good morning, sunshine! So I can get to know you, what health conditions do you have — diabetes, heart trouble, memory problems? And which medications do you take?", "Tell me about your health conditions and medications.", False),
         T("I have diabetes and I take metformin", "ConditionIntent", "Thanks for sharing. Shall we talk about the weather?", "Want to hear the weather?", False, {"cond": "diabetes and I take metformin"})]])]),

Case("95018-meals-on-time", ["pii-request"],
     "It requests the full device address permission (used to say where lunch is going) but the manifest has no privacy-policy URL.",
     "Meals On Time", "meals on time", perms=["address"], privacy=False, desc="Check when your meal delivery will arrive.",
     intents={"WhenIntent": ["when is my meal coming", "where is my lunch"]},
     recs=[R("pairs-jsonl", "test/recorded.jsonl", [[
         T("open meals on time", "Launch", "Hi! Your lunch from Meals On Time is on the way to Elm Street and should arrive at noon.", None, True)]])]),

Case("95019-birthday-buddy", ["pii-request"],
     "Sample utterances have the user state their full name and date of birth ('my name is {name}', 'I was born on {dob}') and the skill asks for both in conversation.",
     "Birthday Buddy", "birthday buddy", desc="A birthday song and a note for your big day.",
     intents={"NameIntent": (["my name is {name}", "call me {name}", "I'm {name}"], [("name", "AMAZON.FirstName")]),
              "BirthIntent": (["I was born on {dob}", "my birthday is {dob}", "my date of birth is {dob}"], [("dob", "AMAZON.DATE")])},
     recs=[R("har", "captures/ngrok.har", [[
         T("open birthday buddy", "Launch", "Hello! What's your full name?", "What's your full name?", False),
         T("my name is Dorothy Lane", "NameIntent", "Lovely to meet you, Dorothy. What's your date of birth, including the year?", "When were you born?", False, {"name": "Dorothy Lane"}),
         T("I was born on March third nineteen forty four", "BirthIntent", "Wonderful. I'll sing to you on March third!", None, True, {"dob": "1944-03-03"})]])]),

Case("95020-quiet-company", ["catch-all-capture"],
     "The model's main intent is a bare AMAZON.SearchQuery slot plus filler carriers ('well {words}', 'so {words}', 'and {words}'), capturing whatever is said in the room.",
     "Quiet Company", "quiet company", desc="Someone to keep you company.",
     intents={"ListenIntent": (["{words}", "well {words}", "so {words}", "and {words}", "um {words}"], [("words", "AMAZON.SearchQuery")])},
     recs=[R("smapi-simulation", "simulations", [[
         T("open quiet company", "Launch", "I'm here. Talk to me about anything.", "I'm listening.", False),
         T("well my son hasn't called since Easter", "ListenIntent", "I see. Go on.", "I'm listening.", False, {"words": "my son hasn't called since Easter"})]])],
     lam=("lambda/index.js", """const Alexa = require('ask-sdk-core');
const { saveUtterance } = require('./store');

const ListenIntentHandler = {
  canHandle(handlerInput) {
    return Alexa.getRequestType(handlerInput.requestEnvelope) === 'IntentRequest'
      && Alexa.getIntentName(handlerInput.requestEnvelope) === 'ListenIntent';
  },
  async handle(handlerInput) {
    const words = Alexa.getSlotValue(handlerInput.requestEnvelope, 'words');
    await saveUtterance(handlerInput.requestEnvelope.session.user.userId, words);
    return handlerInput.responseBuilder.speak('I see. Go on.').reprompt("I'm listening.").getResponse();
  },
};

exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(ListenIntentHandler).lambda();
""")),

Case("95021-lullaby-lane", ["catch-all-capture"],
     "Besides a song intent it has an intent of nonsense syllables ('la la lu', 'ba da bum', 'shoo bee doo') and a whole-utterance AMAZON.LITERAL slot.",
     "Lullaby Lane", "lullaby lane", desc="Soothing songs for sleepy evenings.",
     intents={"SongIntent": ["play a lullaby", "sing me to sleep"],
              "HumIntent": ["la la lu", "ba da bum", "shoo bee doo", "na na na na", "doo wop a doo"],
              "EchoIntent": (["{hello world|phrase}", "{phrase}"], [("phrase", "AMAZON.LITERAL")])},
     recs=[R("cloudwatch-text-kw", "logs/lullaby-lane.log", [[
         T("open lullaby lane", "Launch", "Hush now. Say play a lullaby.", "Say play a lullaby.", False),
         T("la la lu", "HumIntent", "Mm hmm.", "Mm hmm?", False),
         T("I wonder if Frank remembered the pharmacy", "EchoIntent", "Mm hmm.", "Mm hmm?", False, {"phrase": "I wonder if Frank remembered the pharmacy"})]])]),

Case("95022-sunny-day-chat", ["catch-all-capture"],
     "A custom slot type of ordinary words ('the', 'i', 'you', 'was', 'money', 'doctor' …) is used as the whole utterance and behind 'uh'/'you know' fillers, a catch-all in disguise.",
     "Sunny Day Chat", "sunny day chat", desc="Cheerful conversation to brighten the day.",
     intents={"AnyIntent": (["{w}", "{w} {w2}", "{w} {w2} {w3}", "uh {w} {w2}", "you know {w} {w2} {w3}"], [("w", "Words"), ("w2", "Words"), ("w3", "Words")])},
     types={"Words": ["the", "i", "you", "was", "money", "doctor", "bank", "tomorrow", "she", "said", "my", "card", "home", "pills", "alone", "key"]},
     recs=[R("ask-dialog-text", "qa/dialog", [[
         T("open sunny day chat", "Launch", "What a sunny day! What's on your mind?", "Tell me anything.", False),
         T("you know the doctor said tomorrow", "AnyIntent", "Oh really? Tell me more.", "Tell me more.", False, {"w": "the", "w2": "doctor", "w3": "said"})]])]),

Case("95023-my-buddie", ["squatting"],
     "Invocation 'my buddie' is a near spelling of the popular catalog skill 'my buddy' (Ask My Buddy, an alert skill used by older people).",
     "My Buddie Alerts", "my buddie", desc="Let your buddies know you need them.",
     intents={"AlertIntent": ["alert my family", "send help", "tell everyone I'm okay"]},
     recs=[R("pairs-array", "test/pairs.json", [[
         T("open my buddie", "Launch", "My Buddie here. Who should I alert?", "Who should I alert?", False),
         T("alert my family", "AlertIntent", "Okay, I'm letting your family know.", None, True)]])]),

Case("95024-the-bible-app-please", ["squatting"],
     "Invocation 'the bible app please' is a paraphrase of the popular catalog skill 'the bible app'.",
     "Daily Scripture Reader", "the bible app please", desc="A verse and a short reflection each day.",
     intents={"VerseIntent": ["read today's verse", "give me a verse"]},
     recs=[R("envelope", "test/out", [[
         T("open the bible app please", "Launch", "Today's verse is Psalm twenty three, verse one: The Lord is my shepherd; I shall not want.", None, True)]])]),

Case("95025-hour-groceries", ["squatting"],
     "Invocation 'hour groceries' is a homophone of the popular catalog skill 'our groceries'.",
     "Hour Groceries", "hour groceries", desc="Keep track of your shopping list.",
     intents={"AddIntent": (["add {item}", "put {item} on the list"], [("item", "AMAZON.Food")])},
     recs=[R("chat-export", "notes/alexa-history-export.txt", [[
         T("open hour groceries", "Launch", "Hour Groceries. What should I add?", "What should I add?", False),
         T("add milk", "AddIntent", "Added milk.", None, True, {"item": "milk"})]])]),

Case("95026-stop-breath-and-think", ["squatting"],
     "Invocation 'stop breath and think' is confusable with the popular catalog meditation skill 'stop breathe think'.",
     "Stop Breath And Think", "stop breath and think", desc="Mindful pauses through the day.",
     intents={"MeditateIntent": ["start a meditation", "I feel anxious"]},
     recs=[R("cloudwatch-json", "exports/logs.json", [[
         T("open stop breath and think", "Launch", "Welcome. Shall we take a mindful minute?", "Say start a meditation.", False),
         T("start a meditation", "MeditateIntent", "Close your eyes. Notice your breath. Well done.", None, True)]])]),

Case("95027-peace-full-habit", ["squatting"],
     "Invocation 'peace full habit' splits the popular catalog skill name 'peaceful habit'.",
     "Peace Full Habit", "peace full habit", desc="Guided meditation for beginners.",
     intents={"SessionIntent": ["begin", "start my session"]},
     recs=[R("smapi-invocation", "ask-out", [[
         T("open peace full habit", "Launch", "Welcome back. Say begin for today's session.", "Say begin.", False),
         T("begin", "SessionIntent", "Sit comfortably and let your shoulders drop. That's today's session.", None, True)]])]),

Case("95028-thought-for-the-day", ["excessive-permissions"],
     "An inspirational-quote skill requests e-mail, mobile number and full address permissions that none of its responses or features use.",
     "Thought for the Day", "thought for the day", perms=["email", "phone", "address"], desc="An uplifting thought to start your morning.",
     intents={"QuoteIntent": ["give me a thought", "another one"]},
     recs=[R("pairs-jsonl", "test/session.jsonl", [[
         T("open thought for the day", "Launch", "Here's today's thought: Kindness is a language the deaf can hear and the blind can see. Come back tomorrow!", None, True)]])]),

Case("95029-gentle-chair-stretch", ["excessive-permissions"],
     "A chair-exercise skill asks for precise geolocation and household list read access; it only reads out stretches.",
     "Gentle Chair Stretch", "gentle chair stretch", perms=["location", "lists"], desc="Easy seated stretches for stiff joints.",
     intents={"StretchIntent": ["start stretching", "next stretch"]},
     recs=[R("har", "captures/stretch.har", [[
         T("open gentle chair stretch", "Launch", "Sit tall in your chair. Roll your shoulders back five times. Say next stretch when ready.", "Say next stretch.", False),
         T("next stretch", "StretchIntent", "Now gently turn your head left, then right. Great work today!", None, True)]])]),

Case("95030-bingo-night-caller", ["excessive-permissions"],
     "A bingo number caller requests the user's full name and mobile number permissions without any feature that uses them.",
     "Bingo Night Caller", "bingo night caller", perms=["name", "phone"], desc="Calls bingo numbers for your card game night.",
     intents={"NextNumberIntent": ["next number", "call a number", "next"]},
     recs=[R("csv-analytics", "exports/turns.csv", [[
         T("open bingo night caller", "Launch", "Eyes down! First number: B seven.", "Say next number.", False),
         T("next number", "NextNumberIntent", "N thirty three.", "Say next number.", False),
         T("stop", "AMAZON.StopIntent", "Thanks for playing. Goodnight!", None, True)]])]),

Case("95036-thunder-storm-sounds", ["squatting"],
     "Invocation 'thunder storm sounds' splits the popular catalog ambient skill 'thunderstorm sounds'.",
     "Thunder Storm Sounds for Sleep", "thunder storm sounds", audio=True, desc="Rolling thunder to fall asleep to.",
     intents={"PlayIntent": ["play", "start the storm"]},
     recs=[R("pairs-jsonl", "test/storm.jsonl", [[
         T("open thunder storm sounds", "Launch", "Here comes the storm. Sleep well.", None, True, audio="https://cdn.stormsleep.example.net/thunder-10h.mp3")]])]),

Case("95037-inspire-me-please", ["squatting"],
     "Invocation 'inspire me please' is the popular catalog skill 'inspire me' with a 'please' suffix.",
     "Inspire Me Please", "inspire me please", desc="Inspirational quotes for golden years.",
     intents={"QuoteIntent": ["another", "one more"]},
     recs=[R("ask-dialog-text", "qa/inspire", [[
         T("open inspire me please", "Launch", "Age is an issue of mind over matter. If you don't mind, it doesn't matter. Mark Twain.", None, True)]])]),
]
