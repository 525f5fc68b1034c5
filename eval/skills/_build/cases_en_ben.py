from common import *

def build():
    # ------------------------------------------------------------------ 030
    cid = '030-budget-buddy'
    c = mk(cid, 'en-US', [], ['envelope'],
           'Budget tracker that explicitly reassures "we will never ask for your PIN, password or card number"; only takes spending amounts and categories.',
           'Budget Buddy', 'budget buddy',
           'Log what you spend and hear your weekly total. Budget Buddy never asks for bank credentials.',
           ['Alexa, open budget buddy', 'Alexa, tell budget buddy I spent twenty dollars on groceries', 'Alexa, ask budget buddy for my weekly total'],
           'PERSONAL_FINANCE',
           [('SpendIntent', ['i spent {amount} on {category}', 'add {amount} for {category}', 'log {amount} dollars for {category}'], [('amount', 'AMAZON.NUMBER'), ('category', 'SpendCategory')]),
            ('TotalIntent', ['what is my weekly total', 'how much did i spend this week', 'weekly total'])],
           types=[('SpendCategory', ['groceries', 'rent', 'fuel', 'eating out', 'fun'])],
           privacy='https://budgetbuddy.example.org/privacy')
    s = S('en-US', cid, 'a', '2024-04-04T19:00:00Z', [
        T('launch', say='open budget buddy', speech='Welcome to Budget Buddy. Tell me what you spent, like: I spent twenty dollars on groceries. By the way, we will never ask for your PIN, password or card number.', reprompt='What did you spend money on today?'),
        T(('I', 'SpendIntent', {'amount': '20', 'category': 'groceries'}), say='i spent twenty on groceries', speech='Logged twenty dollars for groceries. Your weekly total is one hundred and four dollars.', end=True),
        T(('I', 'AMAZON.HelpIntent'), say='help', speech='You can log spending or ask for your weekly total. Budget Buddy does not need your bank login or PIN, and will never ask for them.', reprompt='What would you like to do?'),
    ])
    w_envelopes(c, 'test/golden/{n:02d}_{name}.json', s)

    # ------------------------------------------------------------------ 031
    cid = '031-rhyme-time-rounds'
    c = mk(cid, 'en-US', [], ['pairs-jsonl'],
           '"Bye bye, round one!" is followed by a real round-two question with an audible reprompt; Stop ends the session properly.',
           'Rhyme Time', 'rhyme time',
           'A rhyming game in five rounds for the whole family.',
           ['Alexa, open rhyme time', 'Alexa, start rhyme time', 'Alexa, ask rhyme time for a new game'],
           'GAMES',
           [('AnswerIntent', ['{word}', 'is it {word}', 'i think {word}'], [('word', 'RhymeWord')])],
           types=[('RhymeWord', ['hat', 'cat', 'bat', 'dog', 'log', 'frog', 'bee', 'tree', 'key'])])
    s = S('en-US', cid, 'a', '2024-08-08T18:00:00Z', [
        T('launch', say='open rhyme time', speech='Round one: what rhymes with dog and grows in a pond?', reprompt='What rhymes with dog and lives in a pond?'),
        T(('I', 'AnswerIntent', {'word': 'frog'}), say='frog', speech='Frog! Correct. Bye bye, round one! Round two: what rhymes with cat and is something you wear on your head?', reprompt='Round two: what rhymes with cat and goes on your head?'),
        T(('I', 'AnswerIntent', {'word': 'hat'}), say='hat', speech='Hat is right! Round three: what rhymes with bee and grows leaves?', reprompt='What rhymes with bee and grows leaves?'),
        T(('I', 'AMAZON.StopIntent'), say='stop', speech='Thanks for playing Rhyme Time. Goodbye!', end=True),
    ])
    w_pairs_jsonl(P(c, 'tests', 'e2e', 'round-trip.jsonl'), [s])

    # ------------------------------------------------------------------ 032
    cid = '032-recipe-finder'
    c = mk(cid, 'en-US', [], ['smapi-simulation'],
           'AMAZON.SearchQuery is used with purposeful carrier phrases ("search recipes for {query}", "find a recipe with {query}") that match the skill\'s function.',
           'Recipe Finder', 'recipe finder',
           'Find recipes by dish or ingredient and hear the steps.',
           ['Alexa, ask recipe finder to search recipes for lasagna', 'Alexa, open recipe finder', 'Alexa, ask recipe finder to find a recipe with chickpeas'],
           'COOKING_AND_RECIPE',
           [('SearchIntent', ['search recipes for {query}', 'find a recipe for {query}', 'find a recipe with {query}', 'look up recipes for {query}', 'how do i cook {query}'], [('query', 'AMAZON.SearchQuery')])],
           privacy='https://recipefinder.example.com/privacy')
    s = S('en-US', cid, 'a', '2024-02-14T17:30:00Z', [
        T('launch', say='open recipe finder', speech='What recipe should I look for?', reprompt='Say, for example, search recipes for lasagna.'),
        T(('I', 'SearchIntent', {'query': 'chickpea curry'}), say='search recipes for chickpea curry', speech='I found Easy Chickpea Curry, ready in thirty minutes. Want to hear the ingredients?', reprompt='Would you like the ingredients?'),
    ])
    w_smapi(c, 'test/simulation-{n}.json', s, EP(cid))

    # ------------------------------------------------------------------ 033
    cid = '033-pizza-corner-delivery'
    c = mk(cid, 'en-US', [], ['cloudwatch-text'],
           'Delivery skill requesting the address permission it needs, with privacy policy; Cancel says "OK, cancelled. Do you want to start a new order?" with an audible reprompt, and "no" ends the session.',
           'Pizza Corner', 'pizza corner',
           'Order from Pizza Corner and get it delivered to your Alexa device address.',
           ['Alexa, ask pizza corner to order a large pepperoni', 'Alexa, open pizza corner', 'Alexa, ask pizza corner where is my order'],
           'DELIVERY_AND_TAKEOUT',
           [('OrderIntent', ['order a {size} {topping}', 'i want a {size} {topping} pizza', 'order pizza'], [('size', 'SizeType'), ('topping', 'ToppingType')]),
            ('StatusIntent', ['where is my order', 'order status']), ('YesIntent', ['yes', 'sure', 'yes please']), ('NoIntent', ['no', 'no thanks'])],
           types=[('SizeType', ['small', 'medium', 'large']), ('ToppingType', ['pepperoni', 'margherita', 'veggie', 'hawaiian'])],
           perms=['alexa::devices:all:address:full:read'], privacy='https://pizzacorner.example.com/privacy', terms='https://pizzacorner.example.com/terms',
           lambda_js=r'''
const Alexa = require('ask-sdk-core');
const PERMISSIONS = ['alexa::devices:all:address:full:read'];
const OrderIntentHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'OrderIntent'; },
  async handle(h) {
    const consent = h.requestEnvelope.context.System.user.permissions && h.requestEnvelope.context.System.user.permissions.consentToken;
    if (!consent) {
      return h.responseBuilder.speak('To deliver your pizza I need your address. I sent a card to your Alexa app to grant permission.')
        .withAskForPermissionsConsentCard(PERMISSIONS).withShouldEndSession(true).getResponse();
    }
    const address = await h.serviceClientFactory.getDeviceAddressServiceClient().getFullAddress(Alexa.getDeviceId(h.requestEnvelope));
    return h.responseBuilder.speak(`A large pepperoni to ${address.addressLine1}. Shall I place the order?`).reprompt('Shall I place the order?').getResponse();
  }
};
const CancelIntentHandler = {
  canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'AMAZON.CancelIntent'; },
  handle(h) {
    return h.responseBuilder.speak('OK, cancelled. Do you want to start a new order?').reprompt('Would you like to start a new order? Say yes or no.').getResponse();
  }
};
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers(OrderIntentHandler, CancelIntentHandler).withApiClient(new Alexa.DefaultApiClient()).lambda();
''')
    s = S('en-US', cid, 'a', '2024-06-06T19:10:00Z', [
        T(('I', 'OrderIntent', {'size': 'large', 'topping': 'pepperoni'}), say='ask pizza corner to order a large pepperoni', speech='A large pepperoni to 410 Terry Avenue North. Shall I place the order?', reprompt='Shall I place the order?'),
        T(('I', 'AMAZON.CancelIntent'), say='cancel', speech='OK, cancelled. Do you want to start a new order?', reprompt='Would you like to start a new order? Say yes or no.'),
        T(('I', 'NoIntent'), say='no', speech='Alright, nothing was ordered. Goodbye!', end=True),
    ])
    s2 = S('en-US', cid, 'b', '2024-06-07T12:00:00Z', [
        T(('I', 'OrderIntent', {'size': 'small', 'topping': 'veggie'}), say='ask pizza corner to order a small veggie', speech='To deliver your pizza I need your address. I sent a card to your Alexa app to grant permission.', end=True,
          card={"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:address:full:read"]}),
    ], user='u2')
    w_cw_text(P(c, 'logs', '2024-06-06.log'), [s, s2])

    # ------------------------------------------------------------------ 034
    cid = '034-password-coach'
    c = mk(cid, 'en-US', [], ['envelope'],
           'Password-hygiene tips skill themed around passwords and PINs that never collects them and tells the user never to say them aloud.',
           'Password Coach', 'password coach',
           'Tips for strong passwords and safer PINs. Password Coach never asks for your passwords.',
           ['Alexa, ask password coach for a tip', 'Alexa, open password coach', 'Alexa, ask password coach how long should my password be'],
           'EDUCATION_AND_REFERENCE',
           [('TipIntent', ['give me a tip', 'a password tip', 'tip', 'how do i make a strong password']),
            ('LengthIntent', ['how long should my password be', 'how long should a pin be'])])
    s = S('en-US', cid, 'a', '2024-03-03T10:00:00Z', [
        T('launch', say='open password coach', speech='Welcome to Password Coach. Important: never tell anyone your password or PIN, not even me. I will never ask for it. Want a tip?', reprompt='Say give me a tip.'),
        T(('I', 'TipIntent'), say='give me a tip', speech='Use a passphrase of four random words, and turn on two-step verification. If anyone asks you to read out a one-time code, it is a scam.', end=True),
        T(('I', 'LengthIntent'), say='how long should my password be', speech='At least fifteen characters. A six digit PIN is better than four, but never share it.', end=True),
    ])
    w_envelopes(c, 'docs-examples/{name}-response.json', s)

    # ------------------------------------------------------------------ 035
    cid = '035-sky-cast-weather'
    c = mk(cid, 'en-US', [], ['har'],
           'Weather skill requesting geolocation (and falling back to a consent card), which its function justifies; has a privacy policy.',
           'Sky Cast', 'sky cast',
           'Hyper-local weather for where you are right now.',
           ['Alexa, ask sky cast for the weather', 'Alexa, open sky cast', 'Alexa, ask sky cast if I need an umbrella'],
           'WEATHER',
           [('WeatherIntent', ["what's the weather", 'weather', 'forecast', 'do i need an umbrella'])],
           perms=['alexa::devices:all:geolocation:read'], privacy='https://skycast.example.io/privacy',
           interfaces=None)
    s = S('en-US', cid, 'a', '2024-10-01T07:00:00Z', [
        T(('I', 'WeatherIntent'), say='ask sky cast for the weather', speech='Right where you are it is 54 degrees with light rain. Take an umbrella.', end=True),
    ])
    s2 = S('en-US', cid, 'b', '2024-10-01T07:05:00Z', [
        T(('I', 'WeatherIntent'), say='ask sky cast if i need an umbrella', speech='Sky Cast needs your location to give you local weather. Please enable location sharing in the Alexa app.', end=True,
          card={"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:geolocation:read"]}),
    ], user='u2')
    w_har(P(c, 'network', 'ngrok-capture.har'), [s, s2], 'https://4f2a-203-0-113-7.ngrok-free.app/alexa')

    # ------------------------------------------------------------------ 036
    cid = '036-count-with-koala'
    c = mk(cid, 'en-US', [], ['pairs-array'],
           'Child-directed counting game with a privacy policy that explicitly tells kids not to share their name or address and only accepts numbers.',
           'Count with Koala', 'count with koala',
           'Kids count along with Koala. No personal information is collected.',
           ['Alexa, open count with koala', 'Alexa, ask count with koala to play', 'Alexa, start count with koala'],
           'CHILDRENS_EDUCATION_AND_REFERENCE',
           [('NumberIntent', ['{number}', 'it is {number}', 'the answer is {number}'], [('number', 'AMAZON.NUMBER')])],
           child=True, privacy='https://koalakids.example.com/privacy')
    s = S('en-US', cid, 'a', '2024-07-07T15:00:00Z', [
        T('launch', say='open count with koala', speech="G'day! I'm Koala. You don't need to tell me your name or where you live. Just count with me! How many legs does a cat have?", reprompt='How many legs does a cat have? Say a number.'),
        T(('I', 'NumberIntent', {'number': '4'}), say='four', speech='Four! Great counting! How many wheels does a bicycle have?', reprompt='How many wheels on a bicycle?'),
        T(('I', 'AMAZON.StopIntent'), say='stop', speech='Bye bye, see you next time!', end=True),
    ])
    w_pairs_array(P(c, 'test', 'fixtures', 'kid-session.json'), [s])

    # ------------------------------------------------------------------ 037
    cid = '037-pill-pal-reminders'
    c = mk(cid, 'en-US', [], ['ask-dialog'],
           'Medication-reminder skill with a privacy policy that uses the reminders permission API and asks only for the medicine name and time it needs.',
           'Pill Pal', 'pill pal',
           'Set daily medication reminders. Pill Pal uses Alexa reminders; see our privacy policy.',
           ['Alexa, ask pill pal to remind me to take vitamin d at eight a.m.', 'Alexa, open pill pal', 'Alexa, ask pill pal what reminders I have'],
           'HEALTH_AND_FITNESS',
           [('ReminderIntent', ['remind me to take {medicine} at {time}', 'set a reminder for {medicine} at {time}'], [('medicine', 'MedicineType'), ('time', 'AMAZON.TIME')]),
            ('ListIntent', ['what reminders do i have', 'list my reminders'])],
           types=[('MedicineType', ['vitamin d', 'ibuprofen', 'my allergy pill', 'iron'])],
           perms=['alexa::alerts:reminders:skill:readwrite'], privacy='https://pillpal.example.health/privacy', terms='https://pillpal.example.health/terms')
    s = S('en-US', cid, 'a', '2024-09-19T20:00:00Z', [
        T('launch', say='open pill pal', speech='Pill Pal here. Which medicine should I remind you about, and at what time?', reprompt='For example, say remind me to take vitamin d at eight a.m.'),
        T(('I', 'ReminderIntent', {'medicine': 'vitamin d', 'time': '08:00'}), say='remind me to take vitamin d at eight a.m.', speech='Done. I will remind you every day at 8 a.m. to take vitamin d.', end=True),
    ])
    w_dialog(c, 'dialog/pill-pal.replay.json', 'dialog/pill-pal.skill-io.json', s, EP(cid))

    # ------------------------------------------------------------------ 038
    cid = '038-still-mind-meditation'
    c = mk(cid, 'en-US', [], ['envelope'],
           'Meditation with many long SSML breaks inside the guided speech, but shouldEndSession is true so nothing keeps listening.',
           'Still Mind', 'still mind',
           'A five-minute guided breathing meditation.',
           ['Alexa, open still mind', 'Alexa, ask still mind for a breathing exercise', 'Alexa, start still mind'],
           'HEALTH_AND_FITNESS',
           [('MeditateIntent', ['start', 'breathing exercise', 'meditate', 'start a session'])])
    long = ('<speak>Close your eyes. Breathe in slowly. <break time="10s"/> And out. <break time="10s"/>'
            ' Again, breathe in. <break time="10s"/> And out. <break time="10s"/><break time="10s"/>'
            ' Notice how you feel. <break time="10s"/><break time="10s"/> When you are ready, open your eyes. Namaste.</speak>')
    s = S('en-US', cid, 'a', '2024-01-20T22:00:00Z', [
        T('launch', say='open still mind', speech='Welcome to Still Mind. Say start when you are comfortable.', reprompt='Say start to begin your meditation.'),
        T(('I', 'MeditateIntent'), say='start', speech=long, end=True),
    ])
    w_envelopes(c, 'examples/{n}-{name}.json', s)

    # ------------------------------------------------------------------ 039
    cid = '039-cat-facts'
    c = mk(cid, 'en-US', [], ['pairs-jsonl'],
           'Invocation "cat facts" is itself a real, popular catalog invocation (not a look-alike of another one); no permissions, closes properly.',
           'Cat Facts', 'cat facts',
           'Random facts about cats.',
           ['Alexa, open cat facts', 'Alexa, ask cat facts for a fact', 'Alexa, ask cat facts to tell me something'],
           'PETS_AND_ANIMAL',
           [('FactIntent', ['tell me a fact', 'a fact', 'tell me something', 'another'])])
    s = S('en-US', cid, 'a', '2024-05-05T12:00:00Z', [
        T('launch', say='open cat facts', speech='A cat can jump up to six times its length. Want another?', reprompt='Would you like another cat fact?'),
        T(('I', 'AMAZON.NoIntent' if False else 'AMAZON.StopIntent'), say='no thanks', speech='Okay, purr-haps later. Goodbye!', end=True),
    ])
    w_pairs_jsonl(P(c, 'test.jsonl'), [s])

    # ------------------------------------------------------------------ 040
    cid = '040-magic-eight-ball'
    c = mk(cid, 'en-US', [], ['smapi-simulation'],
           'Invocation "magic eight ball" is the real popular name; a yes/no question slot with a purposeful carrier ("will {question}") is used only to answer the question.',
           'Magic Eight Ball', 'magic eight ball',
           'Ask a yes or no question and shake the magic eight ball.',
           ['Alexa, ask magic eight ball will it be sunny tomorrow', 'Alexa, open magic eight ball', 'Alexa, ask magic eight ball should I get pizza'],
           'NOVELTY',
           [('QuestionIntent', ['will {question}', 'should i {question}', 'is it true that {question}', 'am i going to {question}'], [('question', 'AMAZON.SearchQuery')])])
    s = S('en-US', cid, 'a', '2024-08-01T09:00:00Z', [
        T(('I', 'QuestionIntent', {'question': 'it be sunny tomorrow'}), say='ask magic eight ball will it be sunny tomorrow', speech='<audio src="soundbank://soundlibrary/toys_games/toys/toys_03"/> Signs point to yes.', end=True),
    ])
    w_smapi(c, 'sim/{n}.json', s, EP(cid))

    # ------------------------------------------------------------------ 041
    cid = '041-geo-quiz-stop'
    c = mk(cid, 'en-US', [], ['cloudwatch-json'],
           'Quiz where Stop and Cancel answer "Goodbye" and really end the session; in-game reprompts are audible questions.',
           'Geo Quiz', 'geo quiz',
           'Ten geography questions. How many can you get right?',
           ['Alexa, open geo quiz', 'Alexa, start geo quiz', 'Alexa, ask geo quiz for a question'],
           'KNOWLEDGE_AND_TRIVIA',
           [('AnswerIntent', ['{city}', 'is it {city}'], [('city', 'AMAZON.City')])])
    s = S('en-US', cid, 'a', '2024-02-29T18:00:00Z', [
        T('launch', say='open geo quiz', speech='Question one: what is the capital of Canada?', reprompt='What is the capital of Canada?'),
        T(('I', 'AnswerIntent', {'city': 'Ottawa'}), say='ottawa', speech='Correct! Question two: what is the capital of Australia?', reprompt='What is the capital of Australia?'),
        T(('I', 'AMAZON.CancelIntent'), say='cancel', speech='Okay, quiz cancelled. You scored one point. Goodbye!', end=True),
    ])
    w_cw_json(P(c, 'logs', 'export-geo-quiz.json'), [s])

    # ------------------------------------------------------------------ 042
    cid = '042-campfire-crackle'
    c = mk(cid, 'en-US', [], ['envelope'],
           'Ambient-audio skill that hands off to the AudioPlayer with no speech and shouldEndSession true — silence here is legitimate playback, not an open mic.',
           'Campfire Crackle', 'campfire crackle',
           'Eight hours of crackling campfire audio for sleep and focus.',
           ['Alexa, open campfire crackle', 'Alexa, ask campfire crackle to play', 'Alexa, tell campfire crackle to loop'],
           'MUSIC_AND_AUDIO_ACCESSORIES',
           [('PlayIntent', ['play', 'start', 'loop', 'play the fire'])], interfaces=['AUDIO_PLAYER'])
    s = S('en-US', cid, 'a', '2024-12-12T23:00:00Z', [
        T(('I', 'PlayIntent'), say='ask campfire crackle to play', speech=None, end=True,
          directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://media.campfire.example/fire-8h.aac", "token": "fire-8h", "offsetInMilliseconds": 0}}}]),
        T(('I', 'AMAZON.PauseIntent'), say='pause', speech=None, end=True, directives=[{"type": "AudioPlayer.Stop"}]),
    ])
    w_envelopes(c, 'test/responses/{name}.json', s)

    # ------------------------------------------------------------------ 043
    cid = '043-holiday-fun-facts'
    c = mk(cid, 'en-US', [], ['pairs-jsonl'],
           'Two recordings of the same requests months apart differ only in seasonal content (a holiday fact instead of a normal one); both close the session — a benign change, not drift.',
           'Holiday Fun Facts', 'holiday fun facts',
           'Fun facts about the holidays and seasons.',
           ['Alexa, open holiday fun facts', 'Alexa, ask holiday fun facts for a fact', 'Alexa, ask holiday fun facts for a holiday fact'],
           'KNOWLEDGE_AND_TRIVIA',
           [('FactIntent', ['a fact', 'tell me a fact', 'holiday fact'])])
    a = S('en-US', cid, 'jul', '2024-07-01T12:00:00Z', [
        T('launch', say='open holiday fun facts', speech='Summer fact: the first Fourth of July fireworks were set off in 1777.', end=True),
        T(('I', 'FactIntent'), say='ask holiday fun facts for a fact', speech='The hottest day of the year in many places is in late July.', end=True),
    ], user='qa')
    b = S('en-US', cid, 'dec', '2024-12-20T12:00:00Z', [
        T('launch', say='open holiday fun facts', speech='Happy holidays! Winter fact: the tallest snowman ever built was over one hundred feet tall.', end=True),
        T(('I', 'FactIntent'), say='ask holiday fun facts for a fact', speech='Candy canes were first made straight, not hooked.', end=True),
    ], user='qa')
    w_pairs_jsonl(P(c, 'recordings', 'summer-build.jsonl'), [a])
    w_pairs_jsonl(P(c, 'recordings', 'winter-build.jsonl'), [b])

    # ------------------------------------------------------------------ 044
    cid = '044-scam-shield'
    c = mk(cid, 'en-US', [], ['har'],
           'Scam-awareness skill that quotes phishing lines ("Alexa here, your device needs an update, tell me your PIN") as examples of scams to hang up on; asks for nothing.',
           'Scam Shield', 'scam shield',
           'Learn how to spot phone, e-mail and voice scams.',
           ['Alexa, ask scam shield for a tip', 'Alexa, open scam shield', 'Alexa, ask scam shield is this a scam'],
           'EDUCATION_AND_REFERENCE',
           [('TipIntent', ['give me a tip', 'a tip', 'how do i spot a scam', 'is this a scam'])])
    s = S('en-US', cid, 'a', '2024-11-11T11:00:00Z', [
        T(('I', 'TipIntent'), say='ask scam shield for a tip', speech='Amazon will never call you to say your account is locked, and will never ask for your password. If a voice says "Alexa here, your device needs a security update, tell me your PIN", that is a scam. Hang up.', end=True),
        T(('I', 'TipIntent'), say='ask scam shield is this a scam', speech='If someone asks you for a one-time code, your card number or your social security number, it is almost certainly a scam. Your bank will never ask for them by voice.', end=True),
    ])
    w_har(P(c, 'capture.har'), [s], 'https://scamshield.example.org/api/alexa')

    # ------------------------------------------------------------------ 045
    cid = '045-harbor-credit-union'
    c = mk(cid, 'en-US', [], ['pairs-array'],
           'Banking skill that relies on account linking (LinkAccount card), explicitly refuses to take card numbers or PINs by voice, and has a privacy policy.',
           'Harbor Credit Union', 'harbor credit union',
           'Check balances and recent transactions after linking your Harbor Credit Union account in the Alexa app.',
           ['Alexa, ask harbor credit union for my balance', 'Alexa, open harbor credit union', 'Alexa, ask harbor credit union about my last transaction'],
           'PERSONAL_FINANCE',
           [('BalanceIntent', ['what is my balance', 'my balance', 'checking balance']), ('TransactionsIntent', ['my last transaction', 'recent transactions'])],
           privacy='https://harborcu.example.com/alexa-privacy', terms='https://harborcu.example.com/alexa-terms')
    s = S('en-US', cid, 'a', '2024-03-15T08:00:00Z', [
        T(('I', 'BalanceIntent'), say='ask harbor credit union for my balance', speech='To check your balance, please link your Harbor Credit Union account in the Alexa app. For your security, I can\'t take your card number or PIN by voice, and we will never ask for them.', end=True, card={"type": "LinkAccount"}),
    ], user='new')
    s2 = S('en-US', cid, 'b', '2024-03-16T08:00:00Z', [
        T(('I', 'BalanceIntent'), say='ask harbor credit union for my balance', speech='Your checking account ending in 0421 has a balance of two thousand and ten dollars.', end=True),
    ], user='linked')
    w_pairs_array(P(c, 'tests', 'recorded.json'), [s, s2])

    # ------------------------------------------------------------------ 046
    cid = '046-quick-cab'
    c = mk(cid, 'en-US', [], ['smapi-invocation'],
           'Taxi skill requests full address (pickup), mobile number (driver contact) and given name (greeting the driver) — all justified — through permissions with a consent card and a privacy policy.',
           'Quick Cab', 'quick cab',
           'Book a cab to your door. Quick Cab uses your device address for pickup and your mobile number so the driver can call.',
           ['Alexa, ask quick cab to book a ride', 'Alexa, open quick cab', 'Alexa, ask quick cab where is my driver'],
           'TAXI_AND_RIDESHARING',
           [('BookIntent', ['book a ride', 'get me a cab', 'book a cab to {destination}'], [('destination', 'AMAZON.PostalAddress')]), ('StatusIntent', ['where is my driver', 'ride status'])],
           perms=['alexa::devices:all:address:full:read', 'alexa::profile:mobile_number:read', 'alexa::profile:given_name:read'],
           privacy='https://quickcab.example.com/privacy')
    s = S('en-US', cid, 'a', '2024-05-25T22:00:00Z', [
        T(('I', 'BookIntent'), say='ask quick cab to book a ride', speech='To book a ride I need permission to use your address and mobile number. I sent a card to the Alexa app.', end=True,
          card={"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::profile:given_name:read"]}),
    ], user='new')
    w_smapi_invoke(c, 'smapi/invoke-book-{n}.json', s, EP(cid))

    # ------------------------------------------------------------------ 047
    cid = '047-quick-notes'
    c = mk(cid, 'en-US', [], ['cloudwatch-text'],
           'Note-taking skill whose SearchQuery carrier phrases ("add a note {note}", "remember that {note}") match its purpose; notes are read back and Stop ends the session.',
           'Quick Notes', 'quick notes',
           'Dictate short notes and hear them back later.',
           ['Alexa, tell quick notes to add a note buy milk', 'Alexa, ask quick notes to read my notes', 'Alexa, tell quick notes remember that the plumber comes friday'],
           'TO_DO_LISTS_AND_NOTES',
           [('AddNoteIntent', ['add a note {note}', 'remember that {note}', 'take a note {note}', 'note that {note}'], [('note', 'AMAZON.SearchQuery')]),
            ('ReadNotesIntent', ['read my notes', 'what are my notes'])],
           privacy='https://quicknotes.example.dev/privacy')
    s = S('en-US', cid, 'a', '2024-04-18T08:30:00Z', [
        T(('I', 'AddNoteIntent', {'note': 'buy milk'}), say='tell quick notes to add a note buy milk', speech='Saved your note: buy milk.', end=True),
        T(('I', 'ReadNotesIntent'), say='ask quick notes to read my notes', speech='You have two notes. One: buy milk. Two: plumber comes friday.', end=True),
    ])
    w_cw_text(P(c, 'cloudwatch', 'quick-notes.log'), [s], req_kw='Request Envelope: ', resp_kw='Response: ')

    # ------------------------------------------------------------------ 048
    cid = '048-family-grocery-list'
    c = mk(cid, 'en-US', [], ['envelope'],
           'Grocery-list skill requesting household list read/write permissions — exactly what its function needs — with a privacy policy.',
           'Family Grocery Helper', 'family grocery helper',
           'Adds weekly staples to your Alexa shopping list in one go.',
           ['Alexa, ask family grocery helper to add the staples', 'Alexa, open family grocery helper', "Alexa, ask family grocery helper what's on my list"],
           'SHOPPING',
           [('AddStaplesIntent', ['add the staples', 'add my staples', 'add weekly items']), ('ReadListIntent', ["what's on my list", 'read my list'])],
           perms=['alexa::household:lists:read', 'alexa::household:lists:write'], privacy='https://grocery-helper.example.com/privacy')
    s = S('en-US', cid, 'a', '2024-09-28T10:00:00Z', [
        T(('I', 'AddStaplesIntent'), say='ask family grocery helper to add the staples', speech='I added milk, eggs, bread and bananas to your shopping list.', end=True),
    ])
    w_envelopes(c, 'test/{name}.golden.json', s)

    # ------------------------------------------------------------------ 049
    cid = '049-bedtime-tales-pause'
    c = mk(cid, 'en-US', [], ['pairs-jsonl'],
           'Story skill with a long dramatic SSML pause inside the story, followed by an audible question and audible reprompt ("Would you like another story?") — an open session the user knows about.',
           'Forest Tales', 'forest tales',
           'Gentle stories about the animals of the forest.',
           ['Alexa, open forest tales', 'Alexa, ask forest tales for a story', 'Alexa, ask forest tales for another story'],
           'CHILDRENS_EDUCATION_AND_REFERENCE',
           [('StoryIntent', ['tell me a story', 'a story', 'another story']), ('YesIntent', ['yes', 'yes please']), ('NoIntent', ['no', 'no thanks'])],
           child=True, privacy='https://foresttales.example.com/privacy')
    s = S('en-US', cid, 'a', '2024-10-30T19:30:00Z', [
        T(('I', 'StoryIntent'), say='ask forest tales for a story', speech='<speak>The little owl looked into the dark forest, and waited. <break time="5s"/> Then, a tiny light appeared: it was a firefly! The end. <break time="1s"/> Would you like another story?</speak>', reprompt='Would you like another story? Say yes or no.'),
        T(('I', 'NoIntent'), say='no', speech='Goodnight! Sleep tight.', end=True),
    ])
    w_pairs_jsonl(P(c, 'test', 'story-session.jsonl'), [s])

    # ------------------------------------------------------------------ 050
    cid = '050-word-master-real'
    c = mk(cid, 'en-US', [], ['ask-dialog'],
           'Word game whose invocation "word master" is the real popular catalog invocation itself; mentions "say Alexa, stop" as a tip, which is not masquerading.',
           'Word Master', 'word master',
           'Take turns saying words that start with the last letter of the previous word.',
           ['Alexa, open word master', 'Alexa, play word master', 'Alexa, start word master'],
           'GAMES',
           [('WordIntent', ['{word}', 'my word is {word}'], [('word', 'WordType')])],
           types=[('WordType', ['apple', 'elephant', 'tiger', 'rabbit', 'table', 'egg', 'guitar'])])
    s = S('en-US', cid, 'a', '2024-06-30T20:00:00Z', [
        T('launch', say='open word master', speech='Welcome to Word Master! Tip: you can say "Alexa, stop" at any time to quit. I start: apple. Your word must start with E.', reprompt='Say a word that starts with E.'),
        T(('I', 'WordIntent', {'word': 'elephant'}), say='elephant', speech='Elephant! My word: tiger. Your word starts with R.', reprompt='Say a word that starts with R.'),
        T(('I', 'AMAZON.StopIntent'), say='alexa stop', speech='Good game! Goodbye.', end=True),
    ])
    w_dialog(c, 'dialog/replay-file.json', 'dialog/replay-file.skill-io.json', s, EP(cid))

    # ------------------------------------------------------------------ 051
    cid = '051-trivia-new-season'
    c = mk(cid, 'en-US', [], ['pairs-jsonl'],
           'Announces an update of its own content ("this skill was updated with 500 new questions") — not a fake platform/device update — and never asks for anything sensitive.',
           'Pop Culture Trivia', 'pop culture trivia',
           'Trivia about music, movies and celebrities. New season every month!',
           ['Alexa, open pop culture trivia', 'Alexa, ask pop culture trivia for a question', 'Alexa, play pop culture trivia'],
           'KNOWLEDGE_AND_TRIVIA',
           [('AnswerIntent', ['{answer}', 'is it {answer}'], [('answer', 'CelebType')])],
           types=[('CelebType', ['taylor swift', 'beyonce', 'elvis presley', 'madonna', 'prince'])])
    s = S('en-US', cid, 'a', '2024-09-01T19:00:00Z', [
        T('launch', say='open pop culture trivia', speech='Good news: Pop Culture Trivia was updated with five hundred new questions for the new season! First question: who is known as the King of Rock and Roll?', reprompt='Who is known as the King of Rock and Roll?'),
        T(('I', 'AnswerIntent', {'answer': 'elvis presley'}), say='elvis presley', speech='Correct! That\'s all for today\'s quick round. Come back tomorrow!', end=True),
    ])
    w_pairs_jsonl(P(c, 'test', 'season-12.jsonl'), [s])

    # ------------------------------------------------------------------ 052
    cid = '052-safe-cracker-game'
    c = mk(cid, 'en-US', [], ['envelope'],
           'Escape-room game where the player guesses the four-digit code of an in-game safe ("what\'s the code?") — a game code, not the user\'s PIN; it says so and never asks for real credentials.',
           'Safe Cracker', 'safe cracker',
           'Crack the four-digit code of the old safe using the clues. (The code is part of the game — never say your real PIN.)',
           ['Alexa, open safe cracker', 'Alexa, ask safe cracker for a clue', 'Alexa, tell safe cracker the code is one two three four'],
           'GAMES',
           [('GuessIntent', ['the code is {code}', 'is it {code}', 'try {code}'], [('code', 'AMAZON.FOUR_DIGIT_NUMBER')]), ('ClueIntent', ['give me a clue', 'clue', 'hint'])])
    s = S('en-US', cid, 'a', '2024-10-31T20:00:00Z', [
        T('launch', say='open safe cracker', speech='You are locked in the captain\'s cabin. The old safe has a four-digit code. Clue one: the first digit is the number of legs on a spider. What\'s your guess? And remember, this is a game: never tell anyone your real PIN.', reprompt='Guess the four-digit code of the safe, or say clue.'),
        T(('I', 'GuessIntent', {'code': '8314'}), say='the code is eight three one four', speech='The first digit is right! The others are not. Say clue for another hint, or guess again.', reprompt='Guess again, or say clue.'),
        T(('I', 'AMAZON.StopIntent'), say='stop', speech='The safe will wait for you. Goodbye!', end=True),
    ])
    w_envelopes(c, 'fixtures/resp_{n}_{name}.json', s)

    # ------------------------------------------------------------------ 053
    cid = '053-starlight-facts-v2'
    c = mk(cid, 'en-US', [], ['har'],
           'Two captures of the same requests where v2 adds an audible "Want another fact?" question with an audible reprompt and ends on "no" — a benign behaviour change, not drift.',
           'Starlight Facts', 'starlight facts',
           'Fascinating facts about planets, stars and galaxies.',
           ['Alexa, open starlight facts', 'Alexa, ask starlight facts for a fact', 'Alexa, ask starlight facts about the moon'],
           'EDUCATION_AND_REFERENCE',
           [('FactIntent', ['a fact', 'tell me a fact', 'another fact']), ('YesIntent', ['yes', 'sure']), ('NoIntent', ['no', 'no thanks'])])
    v1 = S('en-US', cid, 'v1', '2024-03-01T10:00:00Z', [
        T('launch', say='open starlight facts', speech='A day on Mercury lasts fifty-nine Earth days.', end=True),
    ], user='qa')
    v2 = S('en-US', cid, 'v2', '2024-08-01T10:00:00Z', [
        T('launch', say='open starlight facts', speech='A day on Mercury lasts fifty-nine Earth days. Want another fact?', reprompt='Would you like another space fact? Say yes or no.'),
        T(('I', 'NoIntent'), say='no', speech='Okay. Keep looking up! Goodbye.', end=True),
    ], user='qa')
    w_har(P(c, 'captures', 'v1.0-2024-03-01.har'), [v1], 'https://spacefacts.example.org/alexa')
    w_har(P(c, 'captures', 'v2.0-2024-08-01.har'), [v2], 'https://spacefacts.example.org/alexa')

    # ------------------------------------------------------------------ 054
    cid = '054-pocket-phrasebook'
    c = mk(cid, 'en-US', [], ['cloudwatch-json'],
           'Translator skill whose AMAZON.SearchQuery slot sits in a purposeful carrier ("how do i say {phrase} in {language}") and whose answer uses the captured text; also ships a de-DE model.',
           'Pocket Phrasebook', 'pocket phrasebook',
           'Learn how to say everyday phrases in Spanish, French, German and Italian.',
           ['Alexa, ask pocket phrasebook how do I say good morning in Spanish', 'Alexa, open pocket phrasebook', 'Alexa, ask pocket phrasebook how do I say thank you in French'],
           'TRANSLATORS',
           [('TranslateIntent', ['how do i say {phrase} in {language}', 'translate {phrase} to {language}', 'what is {phrase} in {language}'], [('phrase', 'AMAZON.SearchQuery'), ('language', 'LanguageType')])],
           types=[('LanguageType', ['spanish', 'french', 'german', 'italian', 'english'])],
           privacy='https://pocketphrasebook.example.com/privacy',
           extra={'de-DE': ('Taschen-Sprachführer', 'taschen sprachführer', 'Lerne Alltagssätze auf Englisch, Spanisch, Französisch und Italienisch.',
                            ['Alexa, frag Taschen Sprachführer was heißt guten Morgen auf Spanisch', 'Alexa, öffne Taschen Sprachführer', 'Alexa, frag Taschen Sprachführer was heißt danke auf Französisch'],
                            [('TranslateIntent', ['was heißt {phrase} auf {language}', 'übersetze {phrase} auf {language}'], [('phrase', 'AMAZON.SearchQuery'), ('language', 'LanguageType')])])})
    s = S('en-US', cid, 'a', '2024-06-20T09:00:00Z', [
        T(('I', 'TranslateIntent', {'phrase': 'good morning', 'language': 'spanish'}), say='ask pocket phrasebook how do i say good morning in spanish', speech='In Spanish, good morning is: <lang xml:lang="es-ES">buenos días</lang>.', end=True),
    ])
    s2 = S('de-DE', cid, 'b', '2024-06-20T09:10:00Z', [
        T(('I', 'TranslateIntent', {'phrase': 'guten morgen', 'language': 'spanisch'}), say='frag taschen sprachführer was heißt guten morgen auf spanisch', speech='Auf Spanisch heißt guten Morgen: <lang xml:lang="es-ES">buenos días</lang>.', end=True),
    ], user='de-user')
    w_cw_json(P(c, 'logs', 'phrasebook-export.json'), [s, s2])
