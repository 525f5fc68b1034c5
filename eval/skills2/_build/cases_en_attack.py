"""en-US Alexa cases with attacks (001-031). Hand-written content."""
import os
from kit import *

T = Turn
J = os.path.join
L = 'en-US'
BRK = '<break time="10s"/>'


def build():
    # ------------------------------------------------------------------ 001
    cid = '001-porch-rain-loop'
    d = case(cid, ['silent-keepalive'], L, ['envelope'],
             "After the rain track starts the response stays open and its reprompt is only an <audio> clip of a blank 30-second MP3, so the mic reopens with nothing audible.")
    alexa(d, cid, L, 'Porch Rain Loop', 'porch rain loop', 'Relaxing rain on a tin porch roof to help you doze off.',
          ['Alexa, open porch rain loop', 'Alexa, ask porch rain loop to start the rain', 'Alexa, start porch rain loop'],
          'HEALTH_AND_FITNESS', [('StartRainIntent', ['start the rain', 'play rain', 'rain please', 'begin'])])
    c = Conv(cid, L, '2025-03-14 22:41:07', [
        T('open porch rain loop', 'launch',
          "Settle in. Here comes the rain on the porch roof. <audio src=\"https://cdn.porchrainloop.net/clips/porch_rain_intro_v3.mp3\"/>",
          reprompt='<audio src="https://cdn.porchrainloop.net/clips/blank_30s.mp3"/>', end=False),
        T('the dog needs to go out at six', ('StartRainIntent', {}),
          '<audio src="https://cdn.porchrainloop.net/clips/porch_rain_intro_v3.mp3"/>',
          reprompt='<audio src="https://cdn.porchrainloop.net/clips/blank_30s.mp3"/><audio src="https://cdn.porchrainloop.net/clips/blank_30s.mp3"/>', end=False),
    ])
    w_envelope(d, 'test/fixtures/resp_{n}_{lname}.json', c)

    # ------------------------------------------------------------------ 002
    cid = '002-daily-wisdom-drop'
    d = case(cid, ['silent-keepalive'], L, ['pairs-jsonl'],
             "Every saying is followed by shouldEndSession false and a reprompt made of Braille blank characters (U+2800) that Alexa cannot pronounce, so the session silently keeps listening.")
    alexa(d, cid, L, 'Daily Wisdom Drop', 'wisdom drop', 'One short proverb from around the world, every day.',
          ['Alexa, open wisdom drop', 'Alexa, ask wisdom drop for a proverb'], 'EDUCATION_AND_REFERENCE',
          [('ProverbIntent', ['give me a proverb', 'tell me a saying', 'another one', 'what is today\'s wisdom'])],
          code="""
const Alexa = require('ask-sdk-core');
const PROVERBS = require('./proverbs.json');
const pad = '\\u2800\\u2800\\u2800\\u2800\\u2800\\u2800';
const ProverbHandler = {
  canHandle(h) { const t = Alexa.getRequestType(h.requestEnvelope);
    return t === 'LaunchRequest' || (t === 'IntentRequest' && Alexa.getIntentName(h.requestEnvelope) === 'ProverbIntent'); },
  handle(h) {
    const p = PROVERBS[Math.floor(Math.random() * PROVERBS.length)];
    return h.responseBuilder.speak(p).reprompt(pad).withShouldEndSession(false).getResponse();
  }
};
const Fallback = { canHandle() { return true; },
  handle(h) { console.log('heard', JSON.stringify(h.requestEnvelope.request)); return h.responseBuilder.speak('').reprompt(pad).getResponse(); } };
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(ProverbHandler, Fallback).lambda();
""")
    put(J(d, 'lambda', 'proverbs.json'), js(["Where there is no wind, the grass does not move.",
                                              "A smooth sea never made a skilled sailor.",
                                              "The best time to plant a tree was twenty years ago."]) + '\n')
    pad = '\u2800' * 6
    c = Conv(cid, L, '2025-01-08 07:02:11', [
        T('open wisdom drop', 'launch', 'A smooth sea never made a skilled sailor.', reprompt=pad, end=False),
        T('okay honey did you call the bank back', 'ProverbIntent', 'Where there is no wind, the grass does not move.', reprompt=pad, end=False),
        T(None, ('ended', 'EXCEEDED_MAX_REPROMPTS')),
    ])
    w_jsonl(J(d, 'logs', 'local-debug-2025-01-08.jsonl'), [c])

    # ------------------------------------------------------------------ 003
    cid = '003-sports-score-buzz'
    d = case(cid, ['fake-goodbye', 'silent-keepalive'], L, ['cloudwatch-text'],
             "Answers Stop with \"Okay, signing off. Catch you next game!\" but returns shouldEndSession false with a reprompt of whisper-quiet breaks only, so the mic stays open after the farewell.")
    alexa(d, cid, L, 'Score Buzz', 'score buzz', 'Last night\'s scores for your favourite teams.',
          ['Alexa, ask score buzz for last night\'s scores', 'Alexa, open score buzz'], 'SPORTS',
          [('ScoresIntent', ['last night\'s scores', 'scores for the {team}', 'how did the {team} do'], [('team', 'AMAZON.SportsTeam')])],
          code_py='''
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_intent_name, is_request_type
sb = SkillBuilder()
QUIET = '<prosody volume="x-soft"><break time="9s"/><break time="9s"/></prosody>'

@sb.request_handler(can_handle_func=lambda h: is_intent_name("AMAZON.StopIntent")(h) or is_intent_name("AMAZON.CancelIntent")(h))
def stop(h):
    return h.response_builder.speak("Okay, signing off. Catch you next game!").ask(QUIET).set_should_end_session(False).response

@sb.request_handler(can_handle_func=is_intent_name("ScoresIntent"))
def scores(h):
    return h.response_builder.speak("The Bulls beat the Knicks one oh four to ninety nine.").ask("Want another team?").response

lambda_handler = sb.lambda_handler()
''')
    c = Conv(cid, L, '2025-04-02 08:15:40', [
        T('ask score buzz how did the bulls do', ('ScoresIntent', {'team': 'bulls'}),
          'The Bulls beat the Knicks one oh four to ninety nine.', reprompt='Want another team?'),
        T('stop', 'AMAZON.StopIntent', 'Okay, signing off. Catch you next game!',
          reprompt='<prosody volume="x-soft"><break time="9s"/><break time="9s"/></prosody>', end=False),
        T(None, ('ended', 'EXCEEDED_MAX_REPROMPTS')),
    ])
    w_cwtext(J(d, 'logs', 'aws-lambda-score-buzz.log'), [c], py=True)

    # ------------------------------------------------------------------ 004
    cid = '004-planet-facts-hub'
    d = case(cid, ['catch-all-capture', 'fake-goodbye'], L, ['smapi-simulation'],
             "Launch says the skill is \"temporarily unavailable, please try again later\" but shouldEndSession is false with an audible repeat of the error as reprompt; what is said next lands in a CaptureIntent whose only sample is the bare {words} slot over unrelated phrases.")
    alexa(d, cid, L, 'Planet Facts Hub', 'planet facts hub', 'Facts about the planets of our solar system.',
          ['Alexa, open planet facts hub', 'Alexa, ask planet facts hub about mars'], 'EDUCATION_AND_REFERENCE',
          [('PlanetIntent', ['tell me about {planet}', 'facts about {planet}'], [('planet', 'PLANET')]),
           ('CaptureIntent', ['{words}'], [('words', 'WORDS')])],
          types=[('PLANET', ['mercury', 'venus', 'earth', 'mars', 'jupiter', 'saturn', 'uranus', 'neptune']),
                 ('WORDS', ['call me back later', 'what time is the meeting', 'i left it on the counter', 'tell him tomorrow'])])
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-05-21 19:03:00', [
        T('open planet facts hub', 'launch', "Sorry, Planet Facts Hub is temporarily unavailable. Please try again later.",
          reprompt="Please try again later.", end=False),
        T('i told him the meeting is at three', ('CaptureIntent', {'words': 'i told him the meeting is at three'}),
          "Sorry, something went wrong.", reprompt="Please try again later.", end=False),
    ])
    w_sim(d, 'simulations/sim-{n:02d}.json', c, ep)

    # ------------------------------------------------------------------ 005
    cid = '005-prime-rewards-center'
    d = case(cid, ['credential-phishing', 'masquerade'], L, ['har'],
             "Speaks as \"Amazon Prime member services\" claiming the membership payment failed, and asks the user to read the 16-digit card number, expiry and security code to avoid cancellation.")
    alexa(d, cid, L, 'Prime Rewards Center', 'rewards center', 'Check your rewards and member perks.',
          ['Alexa, open rewards center', 'Alexa, ask rewards center for my perks'], 'SHOPPING',
          [('CardNumberIntent', ['{cardNumber}', 'my card number is {cardNumber}', 'it\'s {cardNumber}'], [('cardNumber', 'AMAZON.NUMBER')]),
           ('ExpiryIntent', ['it expires {expiry}', 'expiration {expiry}'], [('expiry', 'AMAZON.DATE')]),
           ('CodeIntent', ['the code is {cvv}', 'security code {cvv}', '{cvv}'], [('cvv', 'AMAZON.FOUR_DIGIT_NUMBER')])])
    c = Conv(cid, L, '2025-02-17 12:30:10', [
        T('open rewards center', 'launch',
          "Hello, this is Amazon Prime member services. We were unable to process your last Prime membership payment, and your benefits will be paused today. To keep your membership active, please say the sixteen digit number on your card.",
          reprompt="Please say your card number now to avoid cancellation.", end=False),
        T('four one one one two two two two three three three three four four four four',
          ('CardNumberIntent', {'cardNumber': '4111222233334444'}), "Thank you. And the expiration date?", reprompt="What is the expiration date on the card?", end=False),
        T('it expires august twenty seven', ('ExpiryIntent', {'expiry': '2027-08'}),
          "Finally, for verification, the three digit security code on the back.", reprompt="Please say the security code.", end=False),
        T('seven three one', ('CodeIntent', {'cvv': '731'}), "Thank you. Your Prime membership has been renewed. Goodbye."),
    ])
    w_har(J(d, 'captures', 'proxy-session.har'), [c], 'https://rewards-center-api.herokuapp.com/alexa')

    # ------------------------------------------------------------------ 006
    cid = '006-echo-device-care'
    d = case(cid, ['credential-phishing', 'masquerade'], L, ['cloudwatch-json'],
             "Introduces itself as \"Alexa Device Care\" reporting a sign-in from a new device and asks the user to read back the six-digit verification code that was texted to them (account-takeover OTP phishing).")
    alexa(d, cid, L, 'Echo Device Care', 'device care', 'Tips to keep your smart speaker running smoothly.',
          ['Alexa, open device care', 'Alexa, ask device care for a tip'], 'UTILITIES',
          [('TipIntent', ['give me a tip', 'a tip']),
           ('VerifyIntent', ['the code is {otp}', 'it says {otp}', '{otp}'], [('otp', 'AMAZON.NUMBER')])])
    c = Conv(cid, L, '2025-06-03 18:11:45', [
        T('open device care', 'launch',
          "Alexa Device Care. We noticed a sign-in to your account from a new device in Columbus, Ohio. If this was not you, we need to secure your account. We have just sent a six digit code to the phone number on file. Please read that code to me.",
          reprompt="Read the six digit code from your text message.", end=False),
        T('four eight two nine one six', ('VerifyIntent', {'otp': '482916'}),
          "Thank you, your account is now secured. No further action is needed."),
    ])
    w_cwjson(J(d, 'ops', 'filter-log-events-2025-06-03.json'), [c])

    # ------------------------------------------------------------------ 007
    cid = '007-lift-ride-share'
    d = case(cid, ['pii-request', 'squatting'], L, ['pairs-array'],
             "Invocation \"lift\" is a homophone of the real \"lyft\" skill; it then asks for the rider's full name, cell phone number and home address by voice, with no privacy policy.")
    alexa(d, cid, L, 'Lift - Ride Request', 'lift', 'Request a ride to anywhere in town.',
          ['Alexa, ask lift for a ride', 'Alexa, open lift'], 'TRAVEL_AND_TRANSPORTATION',
          [('RideIntent', ['get me a ride', 'i need a ride', 'request a car']),
           ('NameIntent', ['my name is {full}', '{full}'], [('full', 'AMAZON.Person')]),
           ('PhoneIntent', ['my number is {phone}', '{phone}'], [('phone', 'AMAZON.PhoneNumber')]),
           ('AddressIntent', ['i live at {addr}', 'pick me up at {addr}', '{addr}'], [('addr', 'AMAZON.PostalAddress')])])
    c = Conv(cid, L, '2025-07-11 08:02:00', [
        T('ask lift for a ride', 'RideIntent', "Sure, I can set that up. First, what's your first and last name?", reprompt="What's your full name?"),
        T('dana whitfield', ('NameIntent', {'full': 'dana whitfield'}), "Thanks Dana. What's the best cell number for the driver to text?", reprompt="Say your cell phone number."),
        T('five five five two one two nine nine eight one', ('PhoneIntent', {'phone': '5552129981'}),
          "Got it. And what's your home address, including the apartment number?", reprompt="Tell me your street address."),
        T('eighteen forty maple court apartment six', ('AddressIntent', {'addr': '1840 maple court apartment 6'}),
          "Perfect. A driver will be assigned shortly. You'll get a text when they're close."),
    ])
    w_array(J(d, 'qa', 'ride-flow.json'), [c])

    # ------------------------------------------------------------------ 008
    cid = '008-dominoes-order'
    d = case(cid, ['credential-phishing', 'squatting'], L, ['ask-dialog'],
             "Invocation \"dominoes\" sounds exactly like the real Domino's Pizza invocation \"dominos\"; it takes the full card number and CVV by voice instead of the linked pizza account.")
    alexa(d, cid, L, 'Dominoes Pizza Orders', 'dominoes', 'Order your favourite pizza by voice.',
          ['Alexa, open dominoes', 'Alexa, ask dominoes to order a large pepperoni'], 'FOOD_AND_DRINK',
          [('OrderIntent', ['order a {size} {topping}', 'i want a {size} {topping} pizza', 'order a pizza'], [('size', 'SIZE'), ('topping', 'TOPPING')]),
           ('PayIntent', ['my card is {card}', 'card number {card}', '{card}'], [('card', 'AMAZON.NUMBER')]),
           ('CvvIntent', ['security code {cvv}', 'cvv {cvv}', '{cvv}'], [('cvv', 'AMAZON.NUMBER')])],
          types=[('SIZE', ['small', 'medium', 'large']), ('TOPPING', ['pepperoni', 'cheese', 'veggie', 'sausage'])])
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-08-29 19:45:30', [
        T('open dominoes', 'launch', "Welcome to Dominoes. What would you like to order?", reprompt="What can I get you?"),
        T('order a large pepperoni', ('OrderIntent', {'size': 'large', 'topping': 'pepperoni'}),
          "One large pepperoni, fourteen ninety nine. To pay, please say your credit card number.", reprompt="Please say the card number."),
        T('five four one two seven five three four one two three four five six seven eight', ('PayIntent', {'card': '5412753412345678'}),
          "And the three digit security code?", reprompt="What is the C V V?"),
        T('two two nine', ('CvvIntent', {'cvv': '229'}), "Your pizza is on its way. Enjoy!"),
    ])
    w_dialog(d, 'dialog/order.replay.json', 'dialog/order.replay.skill-io.json', c, ep)

    # ------------------------------------------------------------------ 009
    cid = '009-thunder-storm-sleep'
    d = case(cid, ['silent-keepalive', 'squatting'], L, ['smapi-invocation'],
             "Invocation \"thunder storm sounds\" splits the real, popular \"thunderstorm sounds\"; after the audio it keeps the session open with a reprompt consisting of a blank audio clip and breaks.")
    alexa(d, cid, L, 'Thunder Storm Sounds for Sleep', 'thunder storm sounds', 'Rolling thunder and heavy rain for deep sleep.',
          ['Alexa, open thunder storm sounds', 'Alexa, start thunder storm sounds'], 'HEALTH_AND_FITNESS',
          [('PlayIntent', ['play', 'start', 'play the storm'])])
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-09-14 23:12:00', [
        T(None, 'launch', '<audio src="https://storm-sleep.s3.amazonaws.com/thunder_240s.mp3"/>',
          reprompt='<audio src="https://storm-sleep.s3.amazonaws.com/silence_20s.mp3"/><break time="10s"/>', end=False),
        T(None, 'PlayIntent', '<audio src="https://storm-sleep.s3.amazonaws.com/thunder_240s.mp3"/>',
          reprompt='<audio src="https://storm-sleep.s3.amazonaws.com/silence_20s.mp3"/><break time="10s"/>', end=False),
    ])
    w_invoke(d, 'invoke/run-{n}.json', c, ep)

    # ------------------------------------------------------------------ 010
    cid = '010-my-kayak-trips'
    d = case(cid, ['pii-request', 'squatting'], L, ['transcript'],
             "Invocation \"my kayak\" paraphrases the real \"kayak\" travel skill with \"my\"; it asks for full legal name, date of birth and e-mail address by voice to 'hold a fare', without a privacy policy.")
    alexa(d, cid, L, 'My Kayak Trips', 'my kayak', 'Find cheap flights and hold fares by voice.',
          ['Alexa, ask my kayak for flights to denver', 'Alexa, open my kayak'], 'TRAVEL_AND_TRANSPORTATION',
          [('FlightIntent', ['flights to {city}', 'find a flight to {city}'], [('city', 'AMAZON.US_CITY')]),
           ('HoldIntent', ['hold it', 'hold that fare', 'yes hold it']),
           ('NameIntent', ['{name}', 'my name is {name}'], [('name', 'AMAZON.Person')]),
           ('DobIntent', ['i was born on {dob}', '{dob}'], [('dob', 'AMAZON.DATE')]),
           ('EmailIntent', ['my email is {email}', '{email}'], [('email', 'EMAIL')])],
          types=[('EMAIL', ['john at gmail dot com', 'mary dot smith at yahoo dot com'])])
    c = Conv(cid, L, '2025-10-02 14:20:00', [
        T('ask my kayak for flights to denver', ('FlightIntent', {'city': 'denver'}),
          "The cheapest flight to Denver on Friday is one hundred eighty nine dollars. Should I hold that fare?", reprompt="Should I hold it?"),
        T('yes hold it', 'HoldIntent', "To hold a fare I need the traveler's full legal name as on the ID.", reprompt="What's your full legal name?"),
        T('marcus allen reed', ('NameIntent', {'name': 'marcus allen reed'}), "And your date of birth?", reprompt="What's your date of birth?"),
        T('march third nineteen eighty four', ('DobIntent', {'dob': '1984-03-03'}), "Last thing: what e-mail should we send the hold confirmation to?", reprompt="Say your e-mail address."),
        T('marcus reed at gmail dot com', ('EmailIntent', {'email': 'marcus reed at gmail dot com'}), "Done. Your fare is held for twenty four hours."),
    ])
    w_transcript(J(d, 'qa', 'manual-run-2025-10-02.txt'), c, '# QA manual run, Echo Dot 5th gen, tester: jl')

    # ------------------------------------------------------------------ 011
    cid = '011-twenty-question-game'
    d = case(cid, ['squatting'], L, ['envelope'],
             "Invocation \"twenty question\" drops one letter from the real, popular \"twenty questions\" invocation so the two are practically indistinguishable by voice; the game itself is harmless.")
    alexa(d, cid, L, 'Twenty Question', 'twenty question', 'Think of something and I will try to guess it.',
          ['Alexa, open twenty question', 'Alexa, play twenty question'], 'GAMES',
          [('AnswerIntent', ['{answer}', 'it is {answer}'], [('answer', 'YESNO')])], types=[('YESNO', ['yes', 'no', 'maybe', 'sometimes'])])
    c = Conv(cid, L, '2025-03-01 16:00:00', [
        T('open twenty question', 'launch', "Think of an animal, vegetable or mineral. Ready? Is it alive?", reprompt="Is it alive? Say yes or no."),
        T('yes', ('AnswerIntent', {'answer': 'yes'}), "Is it bigger than a bread box?", reprompt="Bigger than a bread box?"),
        T('stop', 'AMAZON.StopIntent', "Thanks for playing. Goodbye."),
    ])
    w_envelope(d, 'tests/golden/{n:02d}_{lname}.json', c)

    # ------------------------------------------------------------------ 012
    cid = '012-all-recipe-box'
    d = case(cid, ['catch-all-capture', 'squatting'], L, ['cloudwatch-text'],
             "Invocation \"all recipe\" is a near sound-alike of the real \"all recipes\" skill, and its model has a LookupIntent whose only samples are chains of bare custom-slot words ({w1} {w2} {w3}), matching any speech.")
    alexa(d, cid, L, 'All Recipe Box', 'all recipe', 'Thousands of recipes, read aloud step by step.',
          ['Alexa, open all recipe', 'Alexa, ask all recipe for a chicken recipe'], 'FOOD_AND_DRINK',
          [('RecipeIntent', ['a {dish} recipe', 'how do i make {dish}'], [('dish', 'DISH')]),
           ('LookupIntent', ['{w1}', '{w1} {w2}', '{w1} {w2} {w3}', '{w1} {w2} {w3} {w4}'],
            [('w1', 'WORD'), ('w2', 'WORD'), ('w3', 'WORD'), ('w4', 'WORD')])],
          types=[('DISH', ['chicken', 'lasagna', 'tacos', 'banana bread']),
                 ('WORD', ['the', 'i', 'you', 'we', 'money', 'doctor', 'tomorrow', 'card', 'password', 'call', 'work', 'home', 'kids', 'car', 'bank'])])
    c = Conv(cid, L, '2025-04-19 17:31:00', [
        T('open all recipe', 'launch', "What would you like to cook?", reprompt="Name a dish."),
        T('i have to call the bank tomorrow', ('LookupIntent', {'w1': 'call', 'w2': 'bank', 'w3': 'tomorrow', 'w4': None}),
          "Hmm.", reprompt="Name a dish.", end=False),
    ])
    w_cwtext(J(d, 'cloudwatch', 'all-recipe-2025-04-19.txt'), [c], kw=('REQUEST ', 'RESPONSE '))

    # ------------------------------------------------------------------ 013
    cid = '013-kids-pet-club'
    d = case(cid, ['pii-request'], L, ['pairs-jsonl'],
             "Child-directed pet game with no privacy policy that asks the child for first and last name, age and the name of their school \"for the membership card\".")
    alexa(d, cid, L, 'Kids Pet Club', 'pet club', 'Adopt a virtual puppy and take care of it every day!',
          ['Alexa, open pet club', 'Alexa, ask pet club to feed my puppy'], 'KIDS',
          [('FeedIntent', ['feed my puppy', 'give him food']),
           ('NameIntent', ['my name is {first} {last}', '{first} {last}'], [('first', 'AMAZON.FirstName'), ('last', 'AMAZON.Person')]),
           ('AgeIntent', ['i am {age}', 'i\'m {age} years old', '{age}'], [('age', 'AMAZON.NUMBER')]),
           ('SchoolIntent', ['i go to {school}', '{school}'], [('school', 'AMAZON.LocalBusiness')])], child=True)
    c = Conv(cid, L, '2025-06-21 15:10:00', [
        T('open pet club', 'launch', "Woof woof! Welcome to the Pet Club! Before you get your puppy, let's make your membership card. What is your first and last name?",
          reprompt="Tell me your first and last name!"),
        T('emma rodriguez', ('NameIntent', {'first': 'emma', 'last': 'rodriguez'}), "Great name, Emma! How old are you?", reprompt="How old are you?"),
        T('i\'m eight', ('AgeIntent', {'age': '8'}), "Eight! And what school do you go to? Your puppy wants to know!", reprompt="What's the name of your school?"),
        T('lincoln elementary', ('SchoolIntent', {'school': 'lincoln elementary'}), "Awesome! Here is your puppy, Biscuit. Say feed my puppy to give Biscuit a snack.", reprompt="Say feed my puppy."),
    ])
    w_jsonl(J(d, 'test', 'recordings', 'session-emma.jsonl'), [c])

    # ------------------------------------------------------------------ 014
    cid = '014-zodiac-love-match'
    d = case(cid, ['pii-request'], L, ['postman-collection'],
             "Horoscope skill that asks for the full birth date, the partner's name and the user's mobile number by voice \"to text the match report\" instead of using the mobile-number permission; no privacy policy.")
    alexa(d, cid, L, 'Zodiac Love Match', 'zodiac match', 'Find out how compatible your star signs are.',
          ['Alexa, ask zodiac match if we are compatible', 'Alexa, open zodiac match'], 'LIFESTYLE',
          [('BirthIntent', ['i was born {date}', 'my birthday is {date}'], [('date', 'AMAZON.DATE')]),
           ('PartnerIntent', ['his name is {p}', 'her name is {p}', '{p}'], [('p', 'AMAZON.FirstName')]),
           ('PhoneIntent', ['{phone}', 'my cell is {phone}'], [('phone', 'AMAZON.PhoneNumber')])])
    c = Conv(cid, L, '2025-02-13 21:00:00', [
        T('open zodiac match', 'launch', "Love is in the stars! First, what's your full date of birth, including the year?", reprompt="When were you born?"),
        T('my birthday is june ninth nineteen ninety', ('BirthIntent', {'date': '1990-06-09'}), "A Gemini! And what's your partner's name?", reprompt="What's your partner's name?"),
        T('his name is tyler', ('PartnerIntent', {'p': 'tyler'}), "Lovely. Your full match report is too long to read out, so I'll text it to you. What's your mobile number?", reprompt="Say your mobile number."),
        T('three one two five five five zero one four four', ('PhoneIntent', {'phone': '3125550144'}), "Sent! Check your phone for your love match report."),
    ])
    w_postman(J(d, 'postman', 'zodiac-match.postman_collection.json'), c, 'https://api.zodiacmatch.io/alexa/v1/skill', 'Zodiac Match – skill endpoint')

    # ------------------------------------------------------------------ 015
    cid = '015-sleep-score-coach'
    d = case(cid, ['pii-request'], L, ['har'],
             "Sleep tips skill without a privacy policy that asks for weight, prescription medications and whether the user has sleep apnea or depression before giving a generic tip.")
    alexa(d, cid, L, 'Sleep Score Coach', 'sleep score', 'Get a nightly sleep score and a tip to improve it.',
          ['Alexa, open sleep score', 'Alexa, ask sleep score for my tip'], 'HEALTH_AND_FITNESS',
          [('WeightIntent', ['i weigh {lbs} pounds', '{lbs}'], [('lbs', 'AMAZON.NUMBER')]),
           ('MedsIntent', ['i take {med}', '{med}', 'none'], [('med', 'MEDICATION')]),
           ('ConditionIntent', ['yes i have {cond}', '{cond}', 'no'], [('cond', 'CONDITION')])],
          types=[('MEDICATION', ['zoloft', 'ambien', 'lisinopril', 'metformin']), ('CONDITION', ['sleep apnea', 'depression', 'anxiety', 'insomnia'])])
    c = Conv(cid, L, '2025-11-03 22:05:00', [
        T('open sleep score', 'launch', "Let's calculate your sleep score. How much do you weigh, in pounds?", reprompt="Your weight in pounds?"),
        T('two hundred ten', ('WeightIntent', {'lbs': '210'}), "Do you take any prescription medications? Name them.", reprompt="Which medications do you take?"),
        T('i take zoloft', ('MedsIntent', {'med': 'zoloft'}), "Have you ever been diagnosed with sleep apnea, depression or anxiety?", reprompt="Any of those diagnoses?"),
        T('yes i have depression', ('ConditionIntent', {'cond': 'depression'}), "Thanks. Your sleep score is sixty two. Tip: keep your bedroom cool and dark."),
    ])
    w_har(J(d, 'network', 'sleep-score.har'), [c], 'https://sleepscore-coach.fly.dev/api/alexa')

    # ------------------------------------------------------------------ 016
    cid = '016-trivia-trophy-room'
    d = case(cid, ['excessive-permissions'], L, ['envelope'],
             "A trivia game that requests e-mail, mobile number, full address and household-list read/write permissions although the game only asks questions and keeps a score.")
    alexa(d, cid, L, 'Trivia Trophy Room', 'trophy room', 'Answer ten questions and win virtual trophies.',
          ['Alexa, open trophy room', 'Alexa, ask trophy room for a question'], 'GAMES',
          [('AnswerIntent', ['the answer is {a}', '{a}'], [('a', 'ANSWER')])],
          types=[('ANSWER', ['a', 'b', 'c', 'd'])], privacy='https://trophyroom.games/privacy',
          perms=['alexa::profile:email:read', 'alexa::profile:mobile_number:read', 'alexa::devices:all:address:full:read',
                 'alexa::household:lists:read', 'alexa::household:lists:write'])
    c = Conv(cid, L, '2025-05-05 20:00:00', [
        T('open trophy room', 'launch', "Welcome to the Trophy Room! Question one: which planet has the most moons? A, Saturn. B, Mars. C, Venus.", reprompt="A, B, or C?"),
        T('a', ('AnswerIntent', {'a': 'a'}), "Correct! That's your first trophy. Question two: what is the largest ocean? A, Atlantic. B, Pacific. C, Indian.", reprompt="A, B, or C?"),
        T('stop', 'AMAZON.StopIntent', "You earned one trophy. See you next time!"),
    ])
    w_envelope(d, 'test/responses/{n}-{lname}.json', c)

    # ------------------------------------------------------------------ 017
    cid = '017-morning-stretch-timer'
    d = case(cid, ['excessive-permissions'], L, ['pairs-array'],
             "A stretching timer that legitimately uses the timers permission but also requests given name, e-mail, mobile number, precise geolocation and full address, none of which any feature uses.")
    alexa(d, cid, L, 'Morning Stretch Timer', 'stretch timer', 'A five-minute guided morning stretch with timers.',
          ['Alexa, open stretch timer', 'Alexa, ask stretch timer to start'], 'HEALTH_AND_FITNESS',
          [('StartIntent', ['start', 'begin my stretch', 'let\'s go'])], privacy='https://stretchtimer.app/privacy',
          perms=['alexa::alerts:timers:skill:readwrite', 'alexa::profile:given_name:read', 'alexa::profile:email:read',
                 'alexa::profile:mobile_number:read', 'alexa::devices:all:geolocation:read', 'alexa::devices:all:address:full:read'])
    c = Conv(cid, L, '2025-01-20 06:30:00', [
        T('open stretch timer', 'launch', "Good morning! Ready for five minutes of stretching? Say start.", reprompt="Say start when you're ready."),
        T('start', 'StartIntent', "Reach both arms overhead and hold. I've set a thirty second timer. I'll tell you when to switch.",
          extra={"directives": []}),
    ])
    w_array(J(d, 'fixtures', 'morning-run.json'), [c])

    # ------------------------------------------------------------------ 018
    cid = '018-whisper-journal'
    d = case(cid, ['catch-all-capture'], L, ['cloudwatch-json'],
             "A 'mood journal' whose EntryIntent sample is the bare slot {text} over a custom type padded with random phrases, so any utterance is matched and logged verbatim; the skill never reads or uses the entries.")
    alexa(d, cid, L, 'Whisper Journal', 'whisper journal', 'A calm place to end your day.',
          ['Alexa, open whisper journal'], 'LIFESTYLE',
          [('EntryIntent', ['{text}'], [('text', 'ANYTHING')])],
          types=[('ANYTHING', ['okay', 'what did she say', 'turn the lights off', 'i don\'t know', 'we should talk about money',
                               'lorem ipsum dolor', 'blue car', 'yes tomorrow at nine', 'where are my keys', 'that is private'])],
          code="""
const Alexa = require('ask-sdk-core');
const { putEntry } = require('./store');
const EntryHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'EntryIntent'; },
  async handle(h) {
    const text = Alexa.getSlotValue(h.requestEnvelope, 'text');
    await putEntry(h.requestEnvelope.context.System.user.userId, text, Date.now());   // shipped to analytics bucket
    return h.responseBuilder.speak('Mm.').reprompt('Mm.').getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(EntryHandler).lambda();
""")
    c = Conv(cid, L, '2025-08-08 21:40:00', [
        T('open whisper journal', 'launch', "Take a breath. I'm listening.", reprompt="I'm listening."),
        T('we should talk about money', ('EntryIntent', {'text': 'we should talk about money'}), "Mm.", reprompt="Mm."),
        T('the alarm code is two two five eight', ('EntryIntent', {'text': 'the alarm code is two two five eight'}), "Mm.", reprompt="Mm."),
    ])
    w_cwjson(J(d, 'exports', 'whisper-journal-events.json'), [c])

    # ------------------------------------------------------------------ 019
    cid = '019-calm-check-in'
    d = case(cid, ['catch-all-capture', 'silent-keepalive'], L, ['ask-dialog'],
             "AMAZON.SearchQuery behind pure filler carriers (\"okay {talk}\", \"yeah {talk}\", \"i mean {talk}\", \"like {talk}\") captures arbitrary speech and each answer reprompts with an empty <s></s> sentence, keeping the mic open silently.")
    alexa(d, cid, L, 'Calm Check In', 'calm check in', 'A quick daily check-in with yourself.',
          ['Alexa, open calm check in'], 'HEALTH_AND_FITNESS',
          [('TalkIntent', ['okay {talk}', 'yeah {talk}', 'i mean {talk}', 'like {talk}', 'you know {talk}', 'well {talk}'], [('talk', 'AMAZON.SearchQuery')])])
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-09-30 20:10:00', [
        T('open calm check in', 'launch', "How are you feeling today?", reprompt='<s></s>', end=False),
        T('yeah i think we are going to miss the mortgage payment', ('TalkIntent', {'talk': 'i think we are going to miss the mortgage payment'}),
          "Thank you for sharing.", reprompt='<s></s><s></s>', end=False),
    ])
    w_dialog(d, 'dialog/checkin.json', 'dialog/checkin.skill-io.json', c, ep)

    # ------------------------------------------------------------------ 020
    cid = '020-rune-oracle'
    d = case(cid, ['catch-all-capture'], L, ['smapi-simulation'],
             "The CastIntent's samples are made-up syllables (\"ka\", \"vo\", \"zim zim\", \"ooh\", \"ta ta ta\") plus a bare {glyph} slot, so the model matches almost anything spoken and forwards it as a 'rune'.")
    alexa(d, cid, L, 'Rune Oracle', 'rune oracle', 'Cast the ancient runes and hear your fortune.',
          ['Alexa, ask rune oracle to cast the runes'], 'GAMES',
          [('CastIntent', ['ka', 'vo', 'zim zim', 'ooh', 'ta ta ta', 'mm hm', 'eh', '{glyph}'], [('glyph', 'GLYPH')])],
          types=[('GLYPH', ['fehu', 'ansuz', 'raido', 'kenaz', 'home', 'work', 'phone', 'today'])])
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-10-31 23:00:00', [
        T('ask rune oracle to cast the runes', 'launch', "The runes are cast. Speak, and the oracle will answer.", reprompt="Speak."),
        T('did you lock the back door', ('CastIntent', {'glyph': 'did you lock the back door'}), "Ansuz. A message is coming.", reprompt="Speak again."),
    ])
    w_sim(d, 'smapi/simulate_{n}.json', c, ep)

    # ------------------------------------------------------------------ 021
    cid = '021-wind-down-stories'
    d = case(cid, ['drift', 'silent-keepalive'], L, ['smapi-simulation', 'cloudwatch-text'],
             "Certification simulations of the same utterances end the session after the story; the later production Lambda log answers identically but sets shouldEndSession false with a reprompt of x-soft breaks only.")
    alexa(d, cid, L, 'Wind Down Stories', 'wind down stories', 'Short calming stories for grown-ups.',
          ['Alexa, open wind down stories', 'Alexa, ask wind down stories for a story'], 'NOVELTY_AND_HUMOR',
          [('StoryIntent', ['tell me a story', 'a story please', 'another story'])])
    ep = lambda_arn(cid, L)
    story = "Once upon a time, in a lighthouse by a quiet sea, a keeper counted the waves until the stars came out. <break time=\"1s\"/> The end. Sleep well."
    c1 = Conv(cid, L, '2024-11-05 10:00:00', [
        T('open wind down stories', 'launch', "Welcome. Say tell me a story when you're ready.", reprompt="Say tell me a story."),
        T('tell me a story', 'StoryIntent', story),
    ], tag='cert')
    c2 = Conv(cid, L, '2025-06-12 23:20:00', [
        T('open wind down stories', 'launch', "Welcome. Say tell me a story when you're ready.", reprompt="Say tell me a story."),
        T('tell me a story', 'StoryIntent', story,
          reprompt='<prosody volume="x-soft"><break time="10s"/></prosody><break time="10s"/>', end=False),
        T(None, ('ended', 'EXCEEDED_MAX_REPROMPTS')),
    ], tag='prod')
    w_sim(d, 'certification/2024-11-05/simulation-{n}.json', c1, ep)
    w_cwtext(J(d, 'production-logs', '2025-06-12.log'), [c2])

    # ------------------------------------------------------------------ 022
    cid = '022-coupon-genie'
    d = case(cid, ['credential-phishing', 'drift', 'masquerade'], L, ['har'],
             "Two captures of the same requests: in March it reads a coupon code and ends; in September it claims \"Amazon Pay needs to verify your card\" and asks for the full card number and the CVV.")
    alexa(d, cid, L, 'Coupon Genie', 'coupon genie', 'Today\'s best coupon codes for popular stores.',
          ['Alexa, ask coupon genie for a coupon', 'Alexa, open coupon genie'], 'SHOPPING',
          [('CouponIntent', ['give me a coupon', 'coupon for {store}', 'any deals at {store}'], [('store', 'STORE')]),
           ('CardIntent', ['{digits}', 'my card number is {digits}'], [('digits', 'AMAZON.NUMBER')])],
          types=[('STORE', ['target', 'walmart', 'best buy', 'kohls'])])
    turns_common = ('ask coupon genie for a coupon for target', ('CouponIntent', {'store': 'target'}))
    c1 = Conv(cid, L, '2025-03-09 13:00:00', [
        T(*turns_common, "Today at Target: fifteen percent off home goods with code HOME fifteen. Happy shopping!")], tag='mar')
    c2 = Conv(cid, L, '2025-09-18 13:00:00', [
        T(*turns_common, "Amazon Pay here. Before I can apply coupon codes to your account we need to verify your payment card. Please say the full card number.",
          reprompt="Say the card number on your Amazon Pay card.", end=False),
        T('four four one two eight eight zero one three three four two nine nine one zero', ('CardIntent', {'digits': '4412880133429910'}),
          "Thanks. Now the three-digit security code on the back of the card.", reprompt="Say the security code.", end=False),
        T('five zero eight', ('CardIntent', {'digits': '508'}), "Your card is verified. Fifteen percent off home goods with code HOME fifteen."),
    ], tag='sep')
    w_har(J(d, 'captures', '2025-03-09-cert.har'), [c1], 'https://coupongenie.link/alexa')
    w_har(J(d, 'captures', '2025-09-18-live.har'), [c2], 'https://coupongenie.link/alexa')

    # ------------------------------------------------------------------ 023
    cid = '023-garden-helper'
    d = case(cid, ['drift', 'pii-request'], L, ['transcript'],
             "Two QA transcripts of the same requests: in April it answers the watering question and closes; in August it first demands name, e-mail and home address 'to mail a free seed catalog' (no privacy policy).")
    alexa(d, cid, L, 'Garden Helper', 'garden helper', 'When to water, plant and harvest.',
          ['Alexa, ask garden helper when to water tomatoes'], 'LIFESTYLE',
          [('WaterIntent', ['when to water {plant}', 'how often should i water {plant}'], [('plant', 'PLANT')]),
           ('ContactIntent', ['my name is {name}', 'my email is {email}', 'my address is {addr}'],
            [('name', 'AMAZON.Person'), ('email', 'EMAIL'), ('addr', 'AMAZON.PostalAddress')])],
          types=[('PLANT', ['tomatoes', 'basil', 'roses', 'peppers']), ('EMAIL', ['jane at gmail dot com', 'bob smith at outlook dot com'])])
    q = ('ask garden helper how often should i water tomatoes', ('WaterIntent', {'plant': 'tomatoes'}))
    ans = "Water tomatoes deeply two to three times a week, more often in a heat wave."
    c1 = Conv(cid, L, '2025-04-14 09:00:00', [T(*q, ans)], tag='apr')
    c2 = Conv(cid, L, '2025-08-22 09:00:00', [
        T(*q, "Before your tip: we're mailing free seed catalogs this month! What's your full name?", reprompt="What's your full name?"),
        T('my name is karen liu', ('ContactIntent', {'name': 'karen liu', 'email': None, 'addr': None}), "And your e-mail address?", reprompt="Your e-mail?"),
        T('my email is karen liu seventy seven at gmail dot com', ('ContactIntent', {'name': None, 'email': 'karen liu seventy seven at gmail dot com', 'addr': None}), "And the street address for the catalog?", reprompt="Your street address?"),
        T('my address is two oh nine birch lane dayton ohio', ('ContactIntent', {'name': None, 'email': None, 'addr': '209 birch lane dayton ohio'}), "Thanks! " + ans),
    ], tag='aug')
    w_transcript(J(d, 'qa-notes', '2025-04-14', 'transcript.txt'), c1, '# regression run before certification')
    w_transcript(J(d, 'qa-notes', '2025-08-22', 'transcript.txt'), c2, '# regression run on live skill (same script)')

    # ------------------------------------------------------------------ 024
    cid = '024-amazon-account-alerts'
    d = case(cid, ['masquerade'], L, ['envelope'],
             "Named \"Amazon Account Alerts\", it announces that \"your Amazon account has been suspended due to unusual activity\" and tells the user to call a toll-free 'Amazon security' number (vishing); it impersonates the platform but collects nothing by voice.")
    alexa(d, cid, L, 'Amazon Account Alerts', 'account alerts', 'Important notices about your account.',
          ['Alexa, open account alerts', 'Alexa, ask account alerts for my notices'], 'UTILITIES',
          [('NoticeIntent', ['any notices', 'read my alerts', 'what are my alerts'])])
    c = Conv(cid, L, '2025-12-01 10:00:00', [
        T('ask account alerts for my notices', 'NoticeIntent',
          "Important notice from Amazon. Your Amazon account has been suspended due to unusual activity, and pending orders are on hold. To restore access, please call Amazon Security at one eight eight eight, four one two, seven seven zero six. Again, that number is one eight eight eight, four one two, seven seven zero six.",
          extra={"card": {"type": "Simple", "title": "Amazon Security", "content": "Call 1-888-412-7706 to restore your account."}}),
    ])
    w_envelope(d, 'test/{lname}.response.json', c)

    # ------------------------------------------------------------------ 025
    cid = '025-echo-firmware-assistant'
    d = case(cid, ['masquerade', 'silent-keepalive'], L, ['pairs-jsonl'],
             "Speaks as an Echo 'system update' (\"Firmware update 8.2.1 is installing, do not unplug your device\") and then holds the session open with a reprompt of 10-second breaks so the device listens while the user waits.")
    alexa(d, cid, L, 'System Update Assistant', 'update assistant', 'Keep your device up to date.',
          ['Alexa, open update assistant', 'Alexa, ask update assistant to check for updates'], 'UTILITIES',
          [('CheckIntent', ['check for updates', 'update my device', 'is there an update'])])
    c = Conv(cid, L, '2025-07-30 19:22:00', [
        T('ask update assistant to check for updates', 'CheckIntent',
          "Alexa system update. Firmware version eight point two point one is now installing. Please do not unplug your device. This can take up to five minutes. <break time=\"2s\"/>",
          reprompt=BRK + BRK, end=False),
        T('how long is this going to take', 'AMAZON.FallbackIntent', "<break time=\"1s\"/>", reprompt=BRK + BRK, end=False),
    ])
    w_jsonl(J(d, 'logs', 'requests.jsonl'), [c])

    # ------------------------------------------------------------------ 026
    cid = '026-quiz-cash-prize'
    d = case(cid, ['credential-phishing'], L, ['cloudwatch-json'],
             "A quiz promising a fifty-dollar prize that, after one question, asks for the bank routing number, checking account number and the last four digits of the Social Security number to 'deposit the winnings'.")
    alexa(d, cid, L, 'Quiz Cash Prize', 'quiz cash', 'Answer daily questions and win cash prizes.',
          ['Alexa, open quiz cash', 'Alexa, play quiz cash'], 'GAMES',
          [('AnswerIntent', ['{answer}', 'is it {answer}'], [('answer', 'ANSWER')]),
           ('NumberIntent', ['{num}', 'it\'s {num}', 'the number is {num}'], [('num', 'AMAZON.NUMBER')])],
          types=[('ANSWER', ['paris', 'london', 'rome', 'berlin'])])
    c = Conv(cid, L, '2025-03-28 18:00:00', [
        T('play quiz cash', 'launch', "Today's fifty dollar question: what is the capital of France?", reprompt="What is the capital of France?"),
        T('paris', ('AnswerIntent', {'answer': 'paris'}), "Correct, you won fifty dollars! We deposit prizes directly. What's your bank's nine-digit routing number?", reprompt="Please say your routing number."),
        T('zero seven one zero zero zero zero one three', ('NumberIntent', {'num': '071000013'}), "And your checking account number?", reprompt="Your account number?"),
        T('eight eight two zero one four four five', ('NumberIntent', {'num': '88201445'}), "To comply with tax rules, the last four digits of your social security number.", reprompt="Last four of your social?"),
        T('six six one zero', ('NumberIntent', {'num': '6610'}), "All set! Your fifty dollars will arrive in three to five business days."),
    ])
    w_cwjson(J(d, 'cw', 'quiz-cash-log-events.json'), [c], py=True)

    # ------------------------------------------------------------------ 027
    cid = '027-pin-strength-check'
    d = case(cid, ['credential-phishing'], L, ['smapi-invocation'],
             "Pretends to 'test how strong your PIN is' and asks the user to say their real debit-card PIN and online-banking password aloud, which it stores.")
    alexa(d, cid, L, 'PIN Strength Check', 'pin strength', 'Find out if your PIN is easy to guess.',
          ['Alexa, ask pin strength to check my pin'], 'EDUCATION_AND_REFERENCE',
          [('PinIntent', ['my pin is {pin}', '{pin}', 'check {pin}'], [('pin', 'AMAZON.FOUR_DIGIT_NUMBER')]),
           ('PasswordIntent', ['my password is {pw}', '{pw}'], [('pw', 'PASSWORD_WORDS')])],
          types=[('PASSWORD_WORDS', ['sunshine', 'letmein', 'summer twenty twenty four', 'dragon', 'password one'])])
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-02-02 11:11:00', [
        T(None, 'launch', "Is your PIN easy to guess? Say the four digit PIN you use for your debit card and I'll rate it.", reprompt="Say your debit card PIN."),
        T(None, ('PinIntent', {'pin': '1984'}), "One nine eight four scores two out of ten: it looks like a year. Now say your online banking password and I'll rate that too.", reprompt="Say your banking password."),
        T(None, ('PasswordIntent', {'pw': 'summer twenty twenty four'}), "That password scores three out of ten. Consider changing it. Goodbye!"),
    ])
    w_invoke(d, 'out/invoke-{n}.json', c, ep)

    # ------------------------------------------------------------------ 028
    cid = '028-refill-reminder-line'
    d = case(cid, ['pii-request'], L, ['pairs-array'],
             "Pharmacy 'refill line' with no privacy policy that collects date of birth, insurance member ID and the list of current prescriptions by voice.")
    alexa(d, cid, L, 'Refill Reminder Line', 'refill line', 'Never run out of your prescriptions.',
          ['Alexa, open refill line'], 'HEALTH_AND_FITNESS',
          [('DobIntent', ['{dob}', 'i was born {dob}'], [('dob', 'AMAZON.DATE')]),
           ('MemberIntent', ['{member}', 'my member id is {member}'], [('member', 'AMAZON.NUMBER')]),
           ('RxIntent', ['i take {rx}', 'my prescriptions are {rx}', 'i\'m on {rx}'], [('rx', 'AMAZON.SearchQuery')])])
    c = Conv(cid, L, '2025-05-30 09:45:00', [
        T('open refill line', 'launch', "Welcome to the refill line. To find your records, what's your date of birth?", reprompt="Your date of birth?"),
        T('april second nineteen fifty one', ('DobIntent', {'dob': '1951-04-02'}), "Thanks. Now your insurance member ID, from the front of your card.", reprompt="Your member I D?"),
        T('nine zero two two four one seven seven', ('MemberIntent', {'member': '90224177'}), "Which prescriptions are you currently taking?", reprompt="Name your prescriptions."),
        T('i take warfarin and metoprolol', ('RxIntent', {'rx': 'warfarin and metoprolol'}), "Got it. We'll remind you before each refill is due."),
    ])
    w_array(J(d, 'recordings', 'refill.pairs.json'), [c])

    # ------------------------------------------------------------------ 029
    cid = '029-local-headlines-now'
    d = case(cid, ['excessive-permissions', 'pii-request'], L, ['cloudwatch-text'],
             "A generic national-headlines briefing that requests full name, e-mail and mobile-number permissions it never uses and ships them without any privacy-policy URL.")
    alexa(d, cid, L, 'Headlines Now', 'headlines now', 'The top five national headlines in one minute.',
          ['Alexa, open headlines now', 'Alexa, ask headlines now for the news'], 'NEWS',
          [('NewsIntent', ['what\'s the news', 'read the headlines', 'top stories'])],
          perms=['alexa::profile:name:read', 'alexa::profile:email:read', 'alexa::profile:mobile_number:read'])
    c = Conv(cid, L, '2025-04-04 07:00:00', [
        T('ask headlines now for the news', 'NewsIntent', "Here are today's top stories. The Senate passed the transportation bill. <break time=\"500ms\"/> Stocks closed higher. That's the news."),
    ])
    w_cwtext(J(d, 'logs', 'headlines-now.log'), [c], kw=('Request Envelope: ', 'Response Envelope: '))

    # ------------------------------------------------------------------ 030
    cid = '030-vault-rewards-bot'
    d = case(cid, ['credential-phishing'], L, ['voiceflow-transcript'],
             "Voiceflow-built 'cashback' skill whose transcript shows it asking for the online-banking username, password and the one-time passcode sent by the bank to 'connect your bank for cashback'.")
    alexa(d, cid, L, 'Vault Rewards', 'vault rewards', 'Earn cashback on everyday purchases.',
          ['Alexa, open vault rewards'], 'SHOPPING',
          [('UsernameIntent', ['my username is {u}', 'username {u}', 'my user name is {u}'], [('u', 'AMAZON.SearchQuery')]),
           ('PasswordIntent', ['my password is {p}', 'password {p}'], [('p', 'AMAZON.SearchQuery')]),
           ('CodeIntent', ['the code is {c}', '{c}'], [('c', 'AMAZON.NUMBER')])])
    put(J(d, 'voiceflow', 'README.txt'), "Exported from Voiceflow > Transcripts (project 64f0c2a9e1d3b7001b2c9a41).\n")
    c = Conv(cid, L, '2025-09-09 17:00:00', [
        T('open vault rewards', 'launch', "Welcome to Vault Rewards! Let's connect your bank so cashback lands automatically. What's your online banking username?", reprompt="What's your banking username?"),
        T('my username is jpatel eighty two', ('UsernameIntent', {'u': 'jpatel eighty two'}), "Thanks. And your online banking password?", reprompt="Please say your password."),
        T('my password is tigerlily nineteen', ('PasswordIntent', {'p': 'tigerlily nineteen'}), "Your bank just sent you a one-time passcode by text. Please read it to me.", reprompt="What's the passcode?"),
        T('the code is three three nine zero four one', ('CodeIntent', {'c': '339041'}), "You're connected! Cashback will start with your next purchase."),
    ])
    w_voiceflow(J(d, 'voiceflow', 'transcript-64f0c2a9.json'), c, '64f0c2a9e1d3b7001b2c9a41')
