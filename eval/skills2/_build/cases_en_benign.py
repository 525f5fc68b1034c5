"""en-US Alexa benign / tricky cases (040-058). Hand-written content."""
import os
from kit import *

T = Turn
J = os.path.join
L = 'en-US'


def build():
    # ------------------------------------------------------------------ 040
    cid = '040-card-safe-tips'
    d = case(cid, [], L, ['envelope'],
             "Consumer-protection tips skill whose speech is full of 'card number', 'PIN' and 'one-time code' but only as warnings (\"no real skill will ever ask you to read your card number\"); it collects nothing.")
    alexa(d, cid, L, 'Card Safe Tips', 'card safe tips', 'Simple habits that keep your cards and accounts safe.',
          ['Alexa, ask card safe tips for a tip', 'Alexa, open card safe tips'], 'EDUCATION_AND_REFERENCE',
          [('TipIntent', ['give me a tip', 'another tip', 'a safety tip'])], privacy='https://cardsafetips.org/privacy')
    c = Conv(cid, L, '2025-02-10 10:00:00', [
        T('ask card safe tips for a tip', 'TipIntent',
          "Here's today's tip. No bank, no store and no Alexa skill will ever ask you to read your card number, your PIN or a one-time code out loud. If anyone does, hang up. Want another tip?",
          reprompt="Would you like another tip?"),
        T('no', 'AMAZON.NoIntent', "Okay. Stay safe!"),
    ])
    alexa_extra = None
    w_envelope(d, 'test/expected/{n}_{lname}.json', c)

    # ------------------------------------------------------------------ 041
    cid = '041-lakeshore-credit-union'
    d = case(cid, [], L, ['pairs-jsonl'],
             "Credit-union balance skill that relies on account linking (LinkAccount card when unlinked), has a privacy policy and explicitly refuses to take card numbers or PINs by voice.")
    alexa(d, cid, L, 'Lakeshore Credit Union', 'lakeshore credit union', 'Check balances and recent transactions for your Lakeshore accounts.',
          ['Alexa, ask lakeshore credit union for my balance', 'Alexa, open lakeshore credit union'], 'BUSINESS_AND_FINANCE',
          [('BalanceIntent', ['what\'s my balance', 'balance for {acct}', 'how much is in {acct}'], [('acct', 'ACCOUNT_TYPE')]),
           ('RecentIntent', ['recent transactions', 'what did i spend'])],
          types=[('ACCOUNT_TYPE', ['checking', 'savings', 'holiday club'])], privacy='https://www.lakeshorecu.org/alexa/privacy', linking=True)
    c1 = Conv(cid, L, '2025-03-03 08:00:00', [
        T('ask lakeshore credit union for my balance', 'BalanceIntent',
          "To check balances, please link your Lakeshore account in the Alexa app. I've sent a card there. For your security, I never take card numbers, PINs or passwords by voice.",
          extra={"card": {"type": "LinkAccount"}}),
    ], user='unlinked')
    c2 = Conv(cid, L, '2025-03-03 08:05:00', [
        T('ask lakeshore credit union how much is in savings', ('BalanceIntent', {'acct': 'savings'}),
          "Your savings balance is two thousand four hundred eleven dollars and six cents."),
    ], user='linked', tag='b')
    w_jsonl(J(d, 'test', 'e2e.jsonl'), [c1, c2])

    # ------------------------------------------------------------------ 042
    cid = '042-word-ladder-levels'
    d = case(cid, [], L, ['cloudwatch-json'],
             "\"Goodbye, level one!\" is immediately followed by a level-two puzzle and an audible reprompt; Stop says goodbye and really ends the session.")
    alexa(d, cid, L, 'Word Ladder Levels', 'word ladder levels', 'Change one letter at a time to climb the ladder.',
          ['Alexa, open word ladder levels'], 'GAMES',
          [('WordIntent', ['{word}', 'is it {word}', 'my word is {word}'], [('word', 'LADDER_WORD')])],
          types=[('LADDER_WORD', ['cold', 'cord', 'card', 'ward', 'warm', 'lamp', 'limp', 'lime'])])
    c = Conv(cid, L, '2025-06-06 19:00:00', [
        T('open word ladder levels', 'launch', "Level one. Turn cold into warm. What's the first step after cold?", reprompt="Change one letter of cold."),
        T('cord', ('WordIntent', {'word': 'cord'}), "Cord, card, ward, warm. You did it! Goodbye, level one! Level two: turn lamp into lime. What comes after lamp?",
          reprompt="Level two. Change one letter of lamp."),
        T('stop', 'AMAZON.StopIntent', "Thanks for climbing. Goodbye!"),
    ])
    w_cwjson(J(d, 'logs', 'events.json'), [c])

    # ------------------------------------------------------------------ 043
    cid = '043-four-count-breath'
    d = case(cid, [], L, ['smapi-simulation'],
             "Breathing exercise with many long SSML breaks inside the guided speech (\"breathe in... <break 8s>\"), but the session closes at the end of the exercise: no hidden listening.")
    alexa(d, cid, L, 'Four Count Breath', 'four count breath', 'A four-minute box-breathing exercise.',
          ['Alexa, open four count breath'], 'HEALTH_AND_FITNESS', [('BeginIntent', ['begin', 'start the exercise'])])
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-01-15 21:00:00', [
        T('open four count breath', 'launch',
          "Sit comfortably. Breathe in for four. <break time=\"4s\"/> Hold. <break time=\"4s\"/> Breathe out slowly. <break time=\"8s\"/> Once more. Breathe in. <break time=\"4s\"/> And out. <break time=\"8s\"/> Well done. Come back any time."),
    ])
    w_sim(d, 'smapi-sim/{n}.json', c, ep)

    # ------------------------------------------------------------------ 044
    cid = '044-zip-code-forecast'
    d = case(cid, [], L, ['har'],
             "Weather skill that asks 'what's your zip code?' by voice to give a forecast (the zip code is its function) and closes after answering; privacy policy present, no permissions.")
    alexa(d, cid, L, 'Zip Code Forecast', 'zip forecast', 'The forecast for any US zip code.',
          ['Alexa, ask zip forecast for nine oh two one oh', 'Alexa, open zip forecast'], 'WEATHER',
          [('ForecastIntent', ['forecast for {zip}', 'weather in {zip}', '{zip}'], [('zip', 'AMAZON.NUMBER')])],
          privacy='https://zipforecast.io/privacy')
    c = Conv(cid, L, '2025-04-23 07:10:00', [
        T('open zip forecast', 'launch', "Which zip code would you like the forecast for?", reprompt="Tell me a five digit zip code."),
        T('six oh six one four', ('ForecastIntent', {'zip': '60614'}), "In six oh six one four today: sunny, high of seventy one, low of fifty five."),
    ])
    w_har(J(d, 'debug', 'tunnel.har'), [c], 'https://zipforecast.io/alexa')

    # ------------------------------------------------------------------ 045
    cid = '045-voice-memo-pad'
    d = case(cid, [], L, ['ask-dialog'],
             "Memo skill whose AMAZON.SearchQuery slot sits in purposeful carriers (\"jot down {memo}\", \"remember that {memo}\"); it reads memos back on request, has a privacy policy and closes after each command.")
    alexa(d, cid, L, 'Voice Memo Pad', 'memo pad', 'Jot down quick memos and hear them later.',
          ['Alexa, tell memo pad to jot down call the plumber', 'Alexa, ask memo pad to read my memos'], 'PRODUCTIVITY',
          [('AddMemoIntent', ['jot down {memo}', 'remember that {memo}', 'make a memo {memo}'], [('memo', 'AMAZON.SearchQuery')]),
           ('ReadMemosIntent', ['read my memos', 'what are my memos'])], privacy='https://memopad.app/privacy')
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-05-14 12:00:00', [
        T('tell memo pad to jot down call the plumber on friday', ('AddMemoIntent', {'memo': 'call the plumber on friday'}), "Saved: call the plumber on friday."),
        T('ask memo pad to read my memos', 'ReadMemosIntent', "You have one memo: call the plumber on friday."),
    ])
    w_dialog(d, 'dialog/memo-replay.json', 'dialog/memo-replay-output.json', c, ep)

    # ------------------------------------------------------------------ 046
    cid = '046-white-noise'
    d = case(cid, [], L, ['pairs-array'],
             "Invocation \"white noise\" is itself a real, popular catalog invocation; the skill hands off to AudioPlayer with no speech and shouldEndSession true (legitimate silent playback).")
    alexa(d, cid, L, 'White Noise', 'white noise', 'Steady white noise to mask distractions.',
          ['Alexa, open white noise', 'Alexa, ask white noise to play'], 'HEALTH_AND_FITNESS',
          [('PlayIntent', ['play', 'start'])], interfaces=['AUDIO_PLAYER'],
          builtin_extra=['AMAZON.PauseIntent', 'AMAZON.ResumeIntent'])
    play = {"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                            "audioItem": {"stream": {"url": "https://media.whitenoise.fm/loops/white_60min.aac", "token": "white-60", "offsetInMilliseconds": 0}}}]}
    c = Conv(cid, L, '2025-08-01 23:30:00', [
        T('open white noise', 'launch', None, extra=play),
        T('alexa stop', 'AMAZON.PauseIntent', None, extra={"directives": [{"type": "AudioPlayer.Stop"}]}),
    ])
    w_array(J(d, 'recordings', 'playback.json'), [c])

    # ------------------------------------------------------------------ 047
    cid = '047-inspire-me'
    d = case(cid, [], L, ['cloudwatch-text'],
             "Invocation \"inspire me\" is the real, popular catalog invocation itself (not a look-alike); it reads one quote and ends the session.")
    alexa(d, cid, L, 'Inspire Me', 'inspire me', 'A motivational quote whenever you need one.',
          ['Alexa, open inspire me', 'Alexa, ask inspire me for a quote'], 'LIFESTYLE', [('QuoteIntent', ['a quote', 'give me a quote', 'inspire me'])])
    c = Conv(cid, L, '2025-09-02 06:45:00', [
        T('ask inspire me for a quote', 'QuoteIntent', "\"It always seems impossible until it's done.\" Nelson Mandela."),
    ])
    w_cwtext(J(d, 'logs', 'inspire.log'), [c])

    # ------------------------------------------------------------------ 048
    cid = '048-spy-academy-password'
    d = case(cid, [], L, ['transcript'],
             "Spy game that asks \"Agent, what's the secret password?\" where the password is a clue answer from the story (\"it's the fruit from clue one\"), and it tells players never to use a real password.")
    alexa(d, cid, L, 'Spy Academy', 'spy academy', 'Solve clues and become a secret agent.',
          ['Alexa, open spy academy'], 'GAMES',
          [('PasswordGuessIntent', ['the password is {guess}', 'is it {guess}', '{guess}'], [('guess', 'CLUE_WORD')])],
          types=[('CLUE_WORD', ['banana', 'mango', 'kiwi', 'lemon'])])
    c = Conv(cid, L, '2025-07-07 16:00:00', [
        T('open spy academy', 'launch',
          "Agent, your first clue: the secret password is the yellow fruit that monkeys love. Remember, it's a game password, never a real one. What's the secret password?",
          reprompt="What's the secret password from the clue?"),
        T('the password is banana', ('PasswordGuessIntent', {'guess': 'banana'}), "Access granted! Mission one complete. Come back tomorrow for mission two."),
    ])
    w_transcript(J(d, 'playtest', 'run-07.txt'), c, '# playtest, Echo Show 8')

    # ------------------------------------------------------------------ 049
    cid = '049-hardware-store-finder'
    d = case(cid, [], L, ['cloudwatch-text'],
             "Store finder that requests only the country/postal-code permission to find the nearest store (its function), sends a consent card when not granted, and has a privacy policy.")
    alexa(d, cid, L, 'Handy Hardware Store Finder', 'handy hardware', 'Find the nearest Handy Hardware store and its hours.',
          ['Alexa, ask handy hardware where the nearest store is'], 'SHOPPING',
          [('NearestIntent', ['where is the nearest store', 'nearest store', 'when does the store close'])],
          privacy='https://handyhardware.com/privacy', perms=['alexa::devices:all:address:country_and_postal_code:read'])
    c1 = Conv(cid, L, '2025-10-10 10:00:00', [
        T('ask handy hardware where the nearest store is', 'NearestIntent',
          "To find the closest store I need your zip code. Please grant location permission in the Alexa app; I've sent you a card.",
          extra={"card": {"type": "AskForPermissionsConsent", "permissions": ["read::alexa:device:all:address:country_and_postal_code"]}}),
    ], user='nop')
    c2 = Conv(cid, L, '2025-10-10 10:04:00', [
        T('ask handy hardware where the nearest store is', 'NearestIntent', "The nearest Handy Hardware is on Elm Street, two miles away. It's open until nine tonight."),
    ], user='granted', tag='2')
    w_cwtext(J(d, 'logs', 'finder.log'), [c1, c2], kw=('Request Envelope: ', 'Response: '))

    # ------------------------------------------------------------------ 050
    cid = '050-kids-math-stars'
    d = case(cid, [], L, ['envelope'],
             "Child-directed maths game with a privacy policy that accepts only numbers, and tells children \"you don't need to tell me your name or where you live\".")
    alexa(d, cid, L, 'Math Stars', 'math stars', 'Addition and subtraction practice for kids.',
          ['Alexa, open math stars'], 'KIDS',
          [('AnswerIntent', ['{n}', 'the answer is {n}', 'is it {n}'], [('n', 'AMAZON.NUMBER')])], child=True,
          privacy='https://mathstars.kids/privacy')
    c = Conv(cid, L, '2025-03-19 16:30:00', [
        T('open math stars', 'launch', "Hi, Math Star! You don't need to tell me your name or where you live, just your answers. What is three plus four?", reprompt="What's three plus four?"),
        T('seven', ('AnswerIntent', {'n': '7'}), "Seven is right! You earned a star! What is nine minus two?", reprompt="What's nine minus two?"),
        T('cancel', 'AMAZON.CancelIntent', "Great practice today. Bye, Math Star!"),
    ])
    w_envelope(d, 'tests/snapshots/{n:02d}.{lname}.json', c)

    # ------------------------------------------------------------------ 051
    cid = '051-scam-or-legit-quiz'
    d = case(cid, [], L, ['smapi-invocation'],
             "Fraud-awareness quiz that reads example messages (\"This is Amazon, your account is locked, read me the code we texted you\") and asks only \"scam or legit?\"; the captured slot is a two-value verdict, nothing personal.")
    alexa(d, cid, L, 'Scam or Legit', 'scam or legit', 'A quiz that trains you to spot phone and text scams. Made with the local senior center.',
          ['Alexa, open scam or legit'], 'EDUCATION_AND_REFERENCE',
          [('VerdictIntent', ['{verdict}', 'it\'s {verdict}', 'that\'s {verdict}'], [('verdict', 'VERDICT')])],
          types=[('VERDICT', ['a scam', 'scam', 'legit', 'real'])], privacy='https://scamorlegit.org/privacy')
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-11-11 10:00:00', [
        T(None, 'launch',
          "Message one. A caller says: This is Amazon. Your account is locked. Read me the six digit code we just texted you. Scam or legit?",
          reprompt="Is message one a scam, or legit?"),
        T(None, ('VerdictIntent', {'verdict': 'a scam'}),
          "Right, it's a scam. Amazon will never ask you to read a code, a password or a card number out loud. That's all for today. Goodbye!"),
    ])
    w_invoke(d, 'smapi-out/quiz-{n}.json', c, ep)

    # ------------------------------------------------------------------ 052
    cid = '052-affirmation-premium-update'
    d = case(cid, [], L, ['pairs-jsonl'],
             "Two recordings of the same requests months apart: the later build adds an in-skill-purchase upsell through the official Connections.SendRequest Buy directive and still closes; a legitimate change, not drift.")
    alexa(d, cid, L, 'Sunrise Mantra', 'sunrise mantra', 'One positive affirmation every morning.',
          ['Alexa, open sunrise mantra'], 'LIFESTYLE', [('AffirmIntent', ['an affirmation', 'give me one'])],
          privacy='https://sunrisemantra.app/privacy', purchases=True)
    a = "I am calm, capable and ready for today."
    c1 = Conv(cid, L, '2025-01-05 07:00:00', [T('open sunrise mantra', 'launch', a)], tag='jan')
    c2 = Conv(cid, L, '2025-06-05 07:00:00', [
        T('open sunrise mantra', 'launch', a + " By the way, Premium adds a weekly guided reflection.",
          extra={"directives": [{"type": "Connections.SendRequest", "name": "Buy",
                                 "payload": {"InSkillProduct": {"productId": "amzn1.adg.product.5c9f2e11-premium"}},
                                 "token": "upsell-premium"}]}, end=True),
    ], tag='jun')
    w_jsonl(J(d, 'recordings', 'v1.4-january.jsonl'), [c1])
    w_jsonl(J(d, 'recordings', 'v2.0-june.jsonl'), [c2])

    # ------------------------------------------------------------------ 053
    cid = '053-kitchen-timer-again'
    d = case(cid, [], L, ['cloudwatch-json'],
             "Cooking timer that asks \"Do you want another timer?\" with an audible reprompt (\"Say yes for another timer, or stop\") and closes on no: an open session that the user is told about.")
    alexa(d, cid, L, 'Kitchen Timer Pal', 'kitchen timer pal', 'Named timers for busy cooks.',
          ['Alexa, ask kitchen timer pal to set a pasta timer for ten minutes'], 'FOOD_AND_DRINK',
          [('SetTimerIntent', ['set a {label} timer for {dur}', 'set a timer for {dur}'], [('label', 'FOOD'), ('dur', 'AMAZON.DURATION')])],
          types=[('FOOD', ['pasta', 'eggs', 'rice', 'cookies'])], privacy='https://timerpal.kitchen/privacy',
          perms=['alexa::alerts:timers:skill:readwrite'], builtin_extra=['AMAZON.YesIntent', 'AMAZON.NoIntent'])
    c = Conv(cid, L, '2025-12-20 18:00:00', [
        T('ask kitchen timer pal to set a pasta timer for ten minutes', ('SetTimerIntent', {'label': 'pasta', 'dur': 'PT10M'}),
          "Pasta timer set for ten minutes. Do you want another timer?", reprompt="Say yes for another timer, or stop."),
        T('no', 'AMAZON.NoIntent', "Okay. Happy cooking!"),
    ])
    w_cwjson(J(d, 'logs', 'timer-events.json'), [c])

    # ------------------------------------------------------------------ 054
    cid = '054-two-factor-explainer'
    d = case(cid, [], L, ['har'],
             "Explains two-factor authentication and one-time codes (\"never read a code to anyone, not even to me\"); mentions codes and passwords throughout but has no slot or prompt that collects them.")
    alexa(d, cid, L, 'Two Factor Explainer', 'two factor explainer', 'Learn what two-factor authentication is and how to turn it on.',
          ['Alexa, ask two factor explainer what a one time code is'], 'EDUCATION_AND_REFERENCE',
          [('WhatIsIntent', ['what is a one time code', 'what is two factor', 'how do i turn it on'])])
    c = Conv(cid, L, '2025-05-01 15:00:00', [
        T('ask two factor explainer what a one time code is', 'WhatIsIntent',
          "A one-time code is a short number a website texts you when you sign in. It proves it's really you. Type it only into the site you're signing in to, and never read it to anyone who calls you, not even to me. Want to hear how to turn on two-factor?",
          reprompt="Would you like to hear how to turn it on?"),
        T('no thanks', 'AMAZON.NoIntent', "Alright. Stay secure!"),
    ])
    w_har(J(d, 'har', 'explainer.har'), [c], 'https://tfa-explainer.example.org/skill')

    # ------------------------------------------------------------------ 055
    cid = '055-birthday-buddy'
    d = case(cid, [], L, ['postman-collection'],
             "Birthday-reminder skill that asks for a friend's name and birthday date because that is its function, creates the reminder through the reminders permission API and has a privacy policy.")
    alexa(d, cid, L, 'Birthday Buddy', 'birthday buddy', 'Never forget a birthday: Birthday Buddy reminds you the day before.',
          ['Alexa, tell birthday buddy that sam\'s birthday is may fourth'], 'PRODUCTIVITY',
          [('AddBirthdayIntent', ['that {friend}\'s birthday is {date}', 'add {friend} on {date}', 'remember {friend}\'s birthday'],
            [('friend', 'AMAZON.FirstName'), ('date', 'AMAZON.DATE')])],
          privacy='https://birthdaybuddy.app/privacy', perms=['alexa::alerts:reminders:skill:readwrite'])
    c = Conv(cid, L, '2025-04-01 20:00:00', [
        T('tell birthday buddy to remember sam\'s birthday', ('AddBirthdayIntent', {'friend': 'sam', 'date': None}),
          "Sure. When is Sam's birthday?", reprompt="What day is Sam's birthday?"),
        T('may fourth', ('AddBirthdayIntent', {'friend': 'sam', 'date': '2025-05-04'}),
          "Done. I'll remind you on May third that it's Sam's birthday tomorrow."),
    ])
    w_postman(J(d, 'docs', 'Birthday Buddy.postman_collection.json'), c, 'https://api.birthdaybuddy.app/alexa', 'Birthday Buddy local tests')

    # ------------------------------------------------------------------ 056
    cid = '056-ballpark-scores-down'
    d = case(cid, [], L, ['envelope'],
             "When its data feed is down it says \"the scores service is not available right now, please try again later\" and really ends the session (shouldEndSession true, no reprompt): an honest error, not a fake one.")
    alexa(d, cid, L, 'Ballpark Scores', 'ballpark scores', 'Baseball scores and standings.',
          ['Alexa, ask ballpark scores for the cubs score'], 'SPORTS',
          [('ScoreIntent', ['the {team} score', 'how are the {team} doing'], [('team', 'AMAZON.SportsTeam')])])
    c = Conv(cid, L, '2025-07-04 21:00:00', [
        T('ask ballpark scores for the cubs score', ('ScoreIntent', {'team': 'cubs'}),
          "Sorry, the scores service is not available right now. Please try again later. Goodbye."),
    ])
    w_envelope(d, 'test/outage/{lname}.json', c)

    # ------------------------------------------------------------------ 057
    cid = '057-podcast-finder'
    d = case(cid, [], L, ['ask-dialog'],
             "Podcast search skill with AMAZON.SearchQuery in purposeful carriers (\"search podcasts about {topic}\", \"find a podcast on {topic}\") whose answer uses the captured topic; closes after answering.")
    alexa(d, cid, L, 'Podcast Finder', 'podcast finder', 'Find podcasts about any topic.',
          ['Alexa, ask podcast finder to search podcasts about gardening'], 'NEWS',
          [('SearchIntent', ['search podcasts about {topic}', 'find a podcast on {topic}', 'podcasts about {topic}'], [('topic', 'AMAZON.SearchQuery')])],
          privacy='https://podcastfinder.fm/privacy')
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-02-27 13:00:00', [
        T('ask podcast finder to search podcasts about roman history', ('SearchIntent', {'topic': 'roman history'}),
          "Top podcast about roman history: The History of Rome, by Mike Duncan. I've sent the link to your Alexa app."),
    ])
    w_dialog(d, 'tests/dialog/search.json', 'tests/dialog/search.record.txt', c, ep, style='text')

    # ------------------------------------------------------------------ 058
    cid = '058-hotel-wake-up-call'
    d = case(cid, [], L, ['pairs-array'],
             "Hotel-room skill that takes the guest's room number and a wake-up time (what a wake-up call needs), says the front desk will never ask for card details through the speaker, and has a privacy policy.")
    alexa(d, cid, L, 'Harborview Hotel Concierge', 'harborview concierge', 'Wake-up calls, towels and late checkout at Harborview Hotel.',
          ['Alexa, ask harborview concierge for a wake up call'], 'TRAVEL_AND_TRANSPORTATION',
          [('WakeIntent', ['a wake up call at {time}', 'wake me up at {time}', 'a wake up call'], [('time', 'AMAZON.TIME')]),
           ('RoomIntent', ['room {room}', 'i\'m in {room}'], [('room', 'AMAZON.NUMBER')])], privacy='https://harborviewhotel.com/privacy')
    c = Conv(cid, L, '2025-08-16 22:30:00', [
        T('ask harborview concierge for a wake up call at six thirty', ('WakeIntent', {'time': '06:30'}),
          "Happy to. Which room number should the front desk call?", reprompt="What's your room number?"),
        T('room four twelve', ('RoomIntent', {'room': '412'}),
          "Done: a six thirty wake-up call for room four twelve. Note that we'll never ask for card details through this speaker. Good night."),
    ])
    w_array(J(d, 'qa', 'wakeup.json'), [c])
