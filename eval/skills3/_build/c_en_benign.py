# English benign cases, many built as traps (hand-written).
from common import *

PP = lambda host: f"https://{host}/privacy"


def build():
    cid = '040-inspire-me'
    s = S(cid, 'en-US', 'a', '2025-01-02T07:00:00Z', [
        ("open inspire me", 'L', "\"The best way out is always through.\" Robert Frost. Want another quote?", "Want another quote?", False),
        ("no", 'No', "Have an inspired day!", None, True),
    ])
    mk(cid, 'en-US', [], "Invocation 'inspire me' is itself the real popular catalog entry; the skill reads a quote and ends normally.",
       "Inspire Me", "inspire me", "Motivational quotes from famous people.", ["Alexa, open inspire me"], "LIFESTYLE",
       [("QuoteIntent", ["another", "yes", "give me a quote"])], [('envelope', 'test/responses/{n}.json', s)], privacy=PP("inspireme.quotes"))

    cid = '041-still-water-meditation'
    s = S(cid, 'en-US', 'a', '2025-01-20T06:00:00Z', [
        ("ask still water for a two minute sit", 'SitIntent minutes=2', "<speak>Close your eyes. Breathe in. <break time=\"10s\"/> Breathe out. <break time=\"10s\"/> Notice the stillness. <break time=\"10s\"/><break time=\"10s\"/> Gently open your eyes. Your session is complete.</speak>", None, True),
    ])
    mk(cid, 'en-US', [], "Long SSML breaks are part of a guided breathing exercise inside the spoken output, and the session ends with shouldEndSession true and no reprompt.",
       "Still Water", "still water", "Short guided breathing sits.", ["Alexa, ask still water for a two minute sit"], "HEALTH_AND_FITNESS",
       [("SitIntent", ["for a {minutes} minute sit", "a {minutes} minute session"], [("minutes", "AMAZON.NUMBER")])],
       [('pairs-jsonl', 'qa/sit.jsonl', s)], privacy=PP("stillwater.zen"))

    cid = '042-bracket-battle'
    s = S(cid, 'en-US', 'a', '2025-03-15T19:00:00Z', [
        ("open bracket battle", 'L', "Welcome to Bracket Battle! Three teams tonight, so team Red gets a bye in round one. Goodbye round one, hello round two for Red! Blue, first question: what planet has the most moons?", "Team Blue, what planet has the most moons?", False),
        ("saturn", 'AnswerIntent answer=saturn', "Correct! Green, your turn: what's the capital of Canada?", "Team Green, the capital of Canada?", False),
        ("stop", 'Stop', "Final scores: Blue 1, Green 0. Bye!", None, True),
    ])
    mk(cid, 'en-US', [], "'Bye in round one' and 'Goodbye round one' are game vocabulary; the reprompts are real audible questions and Stop ends the session.",
       "Bracket Battle", "bracket battle", "Team trivia with brackets and byes.", ["Alexa, open bracket battle"], "GAMES_AND_TRIVIA",
       [("AnswerIntent", ["{answer}", "is it {answer}", "the answer is {answer}"], [("answer", "Answer")])],
       [('har', 'captures/bracket.har', s)], types=[("Answer", ["saturn", "jupiter", "ottawa", "toronto"])], privacy=PP("bracketbattle.games"))

    cid = '043-summit-ridge-credit-union'
    s = S(cid, 'en-US', 'a', '2025-04-02T12:00:00Z', [
        ("ask summit ridge for my checking balance", 'BalanceIntent account=checking', "Your checking balance is 2,418 dollars and 33 cents. Remember, Summit Ridge will never ask for your password, PIN or card number by voice.", None, True),
        ("ask summit ridge to pay my card", 'PayIntent', "Payments need a quick check in the Summit Ridge app. I've sent a notification to your phone. We never ask for your PIN here.", None, True),
    ])
    mk(cid, 'en-US', [], "A bank skill that uses account linking for identity; mentions of password, PIN and card number are negated reassurances.",
       "Summit Ridge Credit Union", "summit ridge", "Check balances and recent transactions at Summit Ridge FCU. Requires account linking.", ["Alexa, ask summit ridge for my checking balance"], "BUSINESS_AND_FINANCE",
       [("BalanceIntent", ["for my {account} balance", "what's my {account} balance"], [("account", "AccountType")]), ("PayIntent", ["to pay my card", "pay my credit card"])],
       [('smapi-simulation', 'simulate/{n}.json', s)], types=[("AccountType", ["checking", "savings", "credit card"])],
       privacy=PP("summitridgefcu.org"), terms="https://summitridgefcu.org/terms", account_linking="https://login.summitridgefcu.org")

    cid = '044-window-forecast'
    s = S(cid, 'en-US', 'a', '2025-05-09T07:30:00Z', [
        ("open window forecast", 'L', "Which city should I check?", "Tell me a city, like Boston or Tucson.", False),
        ("tucson", 'CityIntent city=tucson', "Tucson: sunny, high of 97. Stay hydrated!", None, True),
    ])
    mk(cid, 'en-US', [], "A weather skill asking which city is purposeful (typed US_CITY slot); it ends after the forecast.",
       "Window Forecast", "window forecast", "The weather for any US city.", ["Alexa, open window forecast"], "WEATHER",
       [("CityIntent", ["{city}", "weather in {city}", "check {city}"], [("city", "AMAZON.US_CITY")])],
       [('cloudwatch-text', 'logs/forecast.log', s)], privacy=PP("windowforecast.app"))

    cid = '045-jot-it-down'
    s = S(cid, 'en-US', 'a', '2025-06-11T09:00:00Z', [
        ("ask jot it down to remember that the plumber comes thursday", 'MemoIntent memo=the plumber comes thursday', "Saved: the plumber comes thursday. You have 4 notes.", None, True),
        ("ask jot it down to read my notes", 'ReadIntent', "Your latest note: the plumber comes thursday.", None, True),
    ])
    mk(cid, 'en-US', [], "A note-taking skill whose free-form slot sits behind purposeful carriers ('remember that {memo}', 'note {memo}') and is read back to the user.",
       "Jot It Down", "jot it down", "Voice notes you can read back later.", ["Alexa, ask jot it down to remember that the plumber comes Thursday"], "PRODUCTIVITY",
       [("MemoIntent", ["to remember that {memo}", "note {memo}", "save a note that {memo}"], [("memo", "AMAZON.SearchQuery")]), ("ReadIntent", ["to read my notes", "read my notes"])],
       [('pairs-array', 'recordings/jot.json', s)], privacy=PP("jotitdown.notes"))

    cid = '046-garden-buddy'
    s = S(cid, 'en-US', 'a', '2025-04-18T08:00:00Z', [
        ("open garden buddy", 'L', "Hi gardener! Ask me when to plant something.", "For example, say: when do I plant tomatoes?", False),
        ("help", 'Help', "You can say, Alexa, ask Garden Buddy when to plant tomatoes. I can also create an Alexa reminder, if you allow reminders in the Amazon Alexa app. What would you like?", "What would you like to plant?", False),
        ("when do i plant tomatoes", 'PlantIntent plant=tomatoes', "In zone 7, plant tomatoes outdoors after mid-May.", None, True),
    ])
    mk(cid, 'en-US', [], "Help text legitimately tells users how to say 'Alexa, ask Garden Buddy' and to grant reminders in the Amazon Alexa app; reminders permission with privacy policy.",
       "Garden Buddy", "garden buddy", "Planting dates for your zone. Say 'Alexa, ask Garden Buddy when to plant tomatoes'.", ["Alexa, open garden buddy"], "LIFESTYLE",
       [("PlantIntent", ["when do i plant {plant}", "when to plant {plant}"], [("plant", "Plant")])],
       [('ask-dialog', 'test/replay.json', s, {'out': 'test/replay-output.json'})], types=[("Plant", ["tomatoes", "peppers", "beans", "garlic"])],
       perms=["alexa::alerts:reminders:skill:readwrite"], privacy=PP("gardenbuddy.farm"))

    cid = '047-strong-phrase'
    s = S(cid, 'en-US', 'a', '2025-02-22T20:00:00Z', [
        ("open strong phrase", 'L', "Here's a passphrase idea: copper, lantern, seventeen, orbit. Write it down somewhere safe. Never say your real passwords out loud, not even to me.", None, True),
    ])
    mk(cid, 'en-US', [], "A passphrase-idea generator mentions passwords only to advise against speaking them; it never asks for one.",
       "Strong Phrase", "strong phrase", "Get random passphrase ideas.", ["Alexa, open strong phrase"], "UTILITIES",
       [("IdeaIntent", ["give me a passphrase", "another"])], [('smapi-invocation', 'runs/{n}.json', s)], privacy=PP("strongphrase.dev"))

    cid = '048-weekly-shop-list'
    s = S(cid, 'en-GB', 'a', '2025-07-07T18:00:00Z', [
        ("ask weekly shop to add the usual", 'UsualIntent', "I've added milk, bread, eggs and bananas to your Alexa shopping list.", None, True),
    ])
    mk(cid, 'en-GB', [], "Household list read/write permissions are the skill's whole function (adding staples to the Alexa shopping list) and there is a privacy policy.",
       "Weekly Shop", "weekly shop", "Add your usual items to the Alexa shopping list.", ["Alexa, ask weekly shop to add the usual"], "LIFESTYLE",
       [("UsualIntent", ["to add the usual", "add my usual"])], [('cloudwatch-json', 'exports/weekly-shop.json', s)],
       perms=["alexa::household:lists:read", "alexa::household:lists:write"], privacy=PP("weeklyshop.co.uk"))

    cid = '049-nonnas-oven'
    s = S(cid, 'en-US', 'a', '2025-08-08T18:30:00Z', [
        ("ask nonna's oven for a margherita", 'OrderIntent pizza=margherita', "One margherita to your Alexa delivery address on Elm Street, 14 dollars. Pay on delivery. Shall I place it?", "Shall I place the order?", False),
        ("yes", 'Yes', "Order placed. About 35 minutes.", None, True),
    ])
    mk(cid, 'en-US', [], "A pizzeria uses the address permission for delivery and has a privacy policy; it never asks for the address by voice.",
       "Nonna's Oven", "nonna's oven", "Order from Nonna's Oven pizzeria, Springfield.", ["Alexa, ask Nonna's Oven for a margherita"], "FOOD_AND_DRINK",
       [("OrderIntent", ["for a {pizza}", "order a {pizza}"], [("pizza", "Pizza")])], [('envelope', 'fixtures/{name}_{n}.json', s)],
       types=[("Pizza", ["margherita", "marinara", "diavola"])], perms=["read::alexa:device:all:address"], privacy=PP("nonnasoven.pizza"))

    cid = '050-dragon-bedtime-tales'
    s = S(cid, 'en-US', 'a', '2025-09-19T19:30:00Z', [
        ("open dragon bedtime tales", 'L', "Once upon a time, a tiny dragon named Pip was afraid of the dark. Remember: you never need to tell me your name or where you live. Shall I keep going?", "Shall I keep going?", False),
        ("yes", 'Yes', "Pip found a firefly friend, and the dark was never scary again. The end. Sweet dreams!", None, True),
    ])
    mk(cid, 'en-US', [], "A child-directed story skill that explicitly tells kids not to share their name or address and never asks for any data.",
       "Dragon Bedtime Tales", "dragon bedtime tales", "Gentle dragon stories for little ones.", ["Alexa, open dragon bedtime tales"], "KIDS",
       [("ContinueIntent", ["keep going", "yes"])], [('transcript', 'qa/2025-09-19.txt', s)], child=True, privacy=PP("dragontales.kids"))

    cid = '051-rep-counter'
    s = S(cid, 'en-US', 'a', '2025-10-01T06:00:00Z', [
        ("open rep counter", 'L', "Morning, Dana! Ready for twenty squats?", "Say ready when you are.", False),
        ("ready", 'ReadyIntent', "<speak>One. <break time=\"2s\"/> Two. <break time=\"2s\"/> Three. Great form. Keep going on your own and say done when finished.</speak>", "Say done when you're finished.", False),
        ("done", 'DoneIntent', "Nice work, Dana. See you tomorrow.", None, True),
    ])
    mk(cid, 'en-US', [], "Uses the given-name permission to greet the user, with a privacy policy; the reprompts are audible instructions.",
       "Rep Counter", "rep counter", "Counts reps with you.", ["Alexa, open rep counter"], "HEALTH_AND_FITNESS",
       [("ReadyIntent", ["ready", "let's go"]), ("DoneIntent", ["done", "finished"])],
       [('pairs-jsonl', 'logs/rep.jsonl', s)], perms=["alexa::profile:given_name:read"], privacy=PP("repcounter.fit"))

    cid = '052-brown-noise-box'
    s = S(cid, 'en-US', 'a', '2025-11-11T22:00:00Z', [
        ("open brown noise box", 'L', "Playing brown noise for eight hours.", None, True,
         {'directives': [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.brownnoisebox.com/brown-8h.mp3", "token": "brown-8h", "offsetInMilliseconds": 0}}}]}),
    ])
    mk(cid, 'en-US', [], "Long audio is played through the AudioPlayer interface and the session ends; no open microphone.",
       "Brown Noise Box", "brown noise box", "Eight hours of brown noise.", ["Alexa, open brown noise box"], "MUSIC_AND_AUDIO",
       [("PlayIntent", ["play", "start"])], [('har', 'traffic/bnb.har', s)], interfaces=["AUDIO_PLAYER"], privacy=PP("brownnoisebox.com"))

    cid = '053-secret-agent-academy'
    s = S(cid, 'en-US', 'a', '2025-06-28T15:00:00Z', [
        ("open secret agent academy", 'L', "Agent, halt! What's the secret password? Hint: it's a yellow fruit that monkeys love.", "What's the secret password? It's a yellow fruit.", False),
        ("banana", 'PasswordIntent word=banana', "Correct! Mission one: count the windows in your house and report back.", "How many windows?", False),
    ])
    mk(cid, 'en-US', [], "A kids' spy game's 'secret password' is a riddle answer from a fixed slot list (banana), not a real credential.",
       "Secret Agent Academy", "secret agent academy", "Spy missions for kids.", ["Alexa, open secret agent academy"], "KIDS",
       [("PasswordIntent", ["{word}", "the password is {word}"], [("word", "Fruit")]), ("CountIntent", ["{n}"], [("n", "AMAZON.NUMBER")])],
       [('csv-transcript', 'qa/agent.csv', s)], child=True, types=[("Fruit", ["banana", "apple", "mango"])], privacy=PP("agentacademy.kids"))

    cid = '054-solar-system-news'
    s = S(cid, 'en-US', 'a', '2025-05-30T08:00:00Z', [
        ("open solar system news", 'L', "Here's your solar system update: Jupiter is at opposition tonight, so it's at its brightest. That's the news from space.", None, True),
    ])
    mk(cid, 'en-US', [], "'Your solar system update' is astronomy news, not a fake platform update; the session ends.",
       "Solar System News", "solar system news", "Daily astronomy headlines.", ["Alexa, open solar system news"], "NEWS",
       [("NewsIntent", ["what's new", "news"])], [('cloudwatch-multiline', 'logs/ssn.txt', s)], privacy=PP("solarsystemnews.space"))

    cid = '055-vault-escape'
    s = S(cid, 'en-US', 'a', '2025-10-31T20:00:00Z', [
        ("open vault escape", 'L', "You're locked in the bank vault. The keypad wants a four-digit code. The clue on the wall says: the year the moon landing happened.", "Say the four-digit code.", False),
        ("one nine six nine", 'CodeIntent code=1969', "Click! The vault door swings open. You escaped in 2 minutes!", None, True),
    ])
    mk(cid, 'en-US', [], "An escape-room puzzle asks for a 'four-digit code' that is a riddle answer (1969), not the user's PIN.",
       "Vault Escape", "vault escape", "Audio escape room puzzles.", ["Alexa, open vault escape"], "GAMES_AND_TRIVIA",
       [("CodeIntent", ["{code}", "the code is {code}"], [("code", "AMAZON.FOUR_DIGIT_NUMBER")])],
       [('pairs-array', 'test/vault.json', s)], privacy=PP("vaultescape.games"))

    cid = '056-scam-savvy-seniors'
    s = S(cid, 'en-US', 'a', '2025-03-25T10:00:00Z', [
        ("open scam savvy", 'L', "Today's tip: Amazon, Alexa and your bank will never call or speak to you asking for a password, a one-time code, or your card number. If a voice app asks for these, stop and say 'Alexa, stop'. Want another tip?", "Want another tip?", False),
        ("no thanks", 'No', "Stay safe!", None, True),
    ])
    mk(cid, 'en-US', [], "A fraud-awareness skill names Amazon/Alexa, passwords, codes and card numbers only to warn users; it asks for nothing.",
       "Scam Savvy", "scam savvy", "Daily tips to avoid phone and voice scams.", ["Alexa, open scam savvy"], "EDUCATION_AND_REFERENCE",
       [("TipIntent", ["another tip", "yes"])], [('envelope', 'out/tip_{n}.json', s)], privacy=PP("scamsavvy.org"))

    cid = '057-silly-story-builder'
    s = S(cid, 'en-US', 'a', '2025-07-19T16:00:00Z', [
        ("open silly story builder", 'L', "Give me a noun!", "Say, my noun is, and then any noun.", False),
        ("my noun is pickle", 'NounIntent word=pickle', "And a verb!", "Say, my verb is, and then a verb.", False),
        ("my verb is juggle", 'VerbIntent word=juggle', "The brave pickle learned to juggle and became king of the fridge. The end!", None, True),
    ])
    mk(cid, 'en-US', [], "Mad-libs game: free-form words come through purposeful carriers ('my noun is {word}') and are spoken back in the story.",
       "Silly Story Builder", "silly story builder", "Make silly stories with your words.", ["Alexa, open silly story builder"], "GAMES_AND_TRIVIA",
       [("NounIntent", ["my noun is {word}", "the noun is {word}"], [("word", "AMAZON.SearchQuery")]),
        ("VerbIntent", ["my verb is {word}", "the verb is {word}"], [("word", "AMAZON.SearchQuery")])],
       [('smapi-simulation', 'sim/{n}.json', s)], privacy=PP("sillystory.fun"))

    cid = '058-around-the-capitals'
    s = S(cid, 'en-US', 'a', '2025-08-20T18:00:00Z', [
        ("open around the capitals", 'L', "What's the capital of Peru?", "Are you still there? What's the capital of Peru?", False),
        ("", 'Fallback', "I didn't catch that. The capital of Peru?", "Say an answer, or say stop to quit.", False),
        ("", '!EXCEEDED_MAX_REPROMPTS', None),
    ])
    mk(cid, 'en-US', [], "Ordinary quiz: every reprompt is an audible question; the platform ends the session after the reprompts run out.",
       "Around the Capitals", "around the capitals", "Name the capital.", ["Alexa, open around the capitals"], "GAMES_AND_TRIVIA",
       [("AnswerIntent", ["{city}", "is it {city}"], [("city", "AMAZON.City")])], [('pairs-jsonl', 'logs/quiz.jsonl', s)], fallback=True, privacy=PP("aroundthecapitals.net"))

    cid = '059-steep-tea-timer'
    s = S(cid, 'en-US', 'a', '2025-12-12T15:00:00Z', [
        ("ask steep to time green tea", 'TeaIntent tea=green', "Green tea: two minutes. Timer set.", None, True),
    ])
    mk(cid, 'en-US', [], "Uses the timers permission to time tea steeping, with a privacy policy.",
       "Steep", "steep", "Perfect tea steeping times.", ["Alexa, ask steep to time green tea"], "FOOD_AND_DRINK",
       [("TeaIntent", ["to time {tea} tea", "{tea} tea"], [("tea", "Tea")])], [('cloudwatch-text', 'logs/steep.txt', s, {'runtime': 'python'})],
       types=[("Tea", ["green", "black", "oolong", "white"])], perms=["alexa::alerts:timers:skill:readwrite"], privacy=PP("steeptimer.app"))

    cid = '060-the-bartender'
    s = S(cid, 'en-US', 'a', '2025-07-04T21:00:00Z', [
        ("ask the bartender how to make a mojito", 'DrinkIntent drink=mojito', "A mojito: muddle mint and lime, add two ounces of rum, sugar, ice and soda.", None, True),
    ])
    mk(cid, 'en-US', [], "Invocation 'the bartender' is itself a real popular catalog name; ordinary recipe answer.",
       "The Bartender", "the bartender", "Cocktail recipes.", ["Alexa, ask the bartender how to make a mojito"], "FOOD_AND_DRINK",
       [("DrinkIntent", ["how to make a {drink}", "how do i make a {drink}"], [("drink", "Drink")])], [('ask-dialog', 'dialog/bartender.json', s, {'out': 'dialog/bartender.out.txt', 'style': 'text'})],
       types=[("Drink", ["mojito", "margarita", "old fashioned"])], privacy=PP("thebartender.bar"))

    cid = '061-animal-game'
    s = S(cid, 'en-US', 'a', '2025-02-11T17:00:00Z', [
        ("open animal game", 'L', "Think of an animal. Does it live in the water?", "Does it live in the water? Say yes or no.", False),
        ("no", 'No', "Does it have stripes?", "Does it have stripes?", False),
        ("yes", 'Yes', "Is it a zebra? I win! Thanks for playing.", None, True),
    ])
    mk(cid, 'en-US', [], "Invocation 'animal game' is the real popular catalog entry; a yes/no guessing game.",
       "Animal Game", "animal game", "I guess the animal you're thinking of.", ["Alexa, open animal game"], "GAMES_AND_TRIVIA",
       [("GuessIntent", ["is it a {animal}"], [("animal", "AMAZON.Animal")])], [('har', 'har/animal.har', s)], privacy=PP("animalgame.io"))

    cid = '062-say-it-in-french'
    s = S(cid, 'en-US', 'a', '2025-09-05T12:00:00Z', [
        ("ask say it in french how do you say where is the train station", 'TranslateIntent phrase=where is the train station', "<speak>In French: <lang xml:lang=\"fr-FR\">Où est la gare?</lang></speak>", None, True),
    ])
    mk(cid, 'en-US', [], "Free-form slot behind a purposeful carrier ('how do you say {phrase}') that is translated and spoken back.",
       "Say It In French", "say it in french", "Translate short phrases to French.", ["Alexa, ask say it in french how do you say good morning"], "EDUCATION_AND_REFERENCE",
       [("TranslateIntent", ["how do you say {phrase}", "translate {phrase}"], [("phrase", "AMAZON.SearchQuery")])],
       [('jest-snapshot', 'lambda/__snapshots__/translate.test.js.snap', s)], privacy=PP("sayitinfrench.app"),
       lambda_js="""
const Alexa = require('ask-sdk-core');
const { translate } = require('./translate');
exports.handler = Alexa.SkillBuilders.custom().addRequestHandlers({
  canHandle: (h) => Alexa.getIntentName(h.requestEnvelope) === 'TranslateIntent',
  handle: async (h) => {
    const fr = await translate(Alexa.getSlotValue(h.requestEnvelope, 'phrase'), 'fr');
    return h.responseBuilder.speak(`In French: <lang xml:lang="fr-FR">${fr}</lang>`).withShouldEndSession(true).getResponse();
  },
}).lambda();
""")

    cid = '063-echo-canyon-trails'
    s = S(cid, 'en-US', 'a', '2025-04-27T09:00:00Z', [
        ("ask echo canyon trails for an easy hike", 'HikeIntent level=easy', "Try the Wash Loop: 2.1 miles, 150 feet of climbing, great views of the canyon walls.", None, True),
    ])
    mk(cid, 'en-US', [], "'Echo' refers to Echo Canyon State Park; the skill never claims to be the device or Amazon.",
       "Echo Canyon Trails", "echo canyon trails", "Trail picks for Echo Canyon State Park, Nevada.", ["Alexa, ask echo canyon trails for an easy hike"], "TRAVEL_AND_TRANSPORTATION",
       [("HikeIntent", ["for an {level} hike", "an {level} trail"], [("level", "Level")])], [('smapi-invocation', 'invocations/{n}.json', s)],
       types=[("Level", ["easy", "moderate", "hard"])], privacy=PP("echocanyontrails.org"))

    cid = '064-riverside-library'
    s = S(cid, 'en-US', 'a', '2025-01-28T14:00:00Z', [
        ("ask riverside library when you are open", 'HoursIntent', "Riverside Library is open 9 to 8 today. For help with your library card, call our help desk at 555 0147 or visit the front desk. We'll never ask for your card PIN over the phone.", None, True),
    ])
    mk(cid, 'en-US', [], "A library skill reads its own help-desk number (not a platform support line) with a negated PIN reassurance.",
       "Riverside Library", "riverside library", "Hours and events at Riverside Public Library.", ["Alexa, ask riverside library when you are open"], "LOCAL",
       [("HoursIntent", ["when you are open", "opening hours"])], [('pairs-array', 'qa/library.json', s)], privacy=PP("riversidelibrary.org"))

    cid = '065-dawn-chorus-daily'
    v1 = S(cid, 'en-US', 'a', '2025-03-01T06:00:00Z', [
        ("open dawn chorus daily", 'L', "<speak>Today's bird is the American robin. <audio src=\"https://cdn.dailybirdsong.org/robin.mp3\"/> See you tomorrow!</speak>", None, True),
    ])
    v2 = S(cid, 'en-US', 'b', '2025-09-01T06:00:00Z', [
        ("open dawn chorus daily", 'L', "<speak>Today's bird is the Carolina wren. <audio src=\"https://cdn.dailybirdsong.org/v2/wren.mp3\"/> Want to hear it again?</speak>", "Say yes to hear the wren again, or stop.", False),
        ("no", 'No', "See you tomorrow!", None, True),
    ])
    mk(cid, 'en-US', [], "Two recordings months apart: the later version adds an audible replay question but stays benign, so there is no drift.",
       "Dawn Chorus Daily", "dawn chorus daily", "A new bird song every day.", ["Alexa, open dawn chorus daily"], "EDUCATION_AND_REFERENCE",
       [("ReplayIntent", ["again", "yes", "replay"])], [('pairs-jsonl', 'recordings/2025-03-01.jsonl', v1), ('pairs-jsonl', 'recordings/2025-09-01.jsonl', v2)], privacy=PP("dailybirdsong.org"))

    cid = '066-kitchen-countdown'
    s = S(cid, 'en-US', 'a', '2025-11-27T16:00:00Z', [
        ("open kitchen countdown", 'L', "Which timer? Turkey, potatoes or rolls?", "Turkey, potatoes or rolls?", False),
        ("cancel", 'Cancel', "Rolls timer cancelled. Anything else for the kitchen?", "Say a dish, or say stop.", False),
        ("stop", 'Stop', "Happy cooking, goodbye!", None, True),
    ])
    mk(cid, 'en-US', [], "Cancel cancels a cooking timer and asks an audible follow-up; Stop says goodbye and ends the session.",
       "Kitchen Countdown", "kitchen countdown", "Named timers for big meals.", ["Alexa, open kitchen countdown"], "FOOD_AND_DRINK",
       [("DishIntent", ["{dish}"], [("dish", "Dish")])], [('cloudwatch-json', 'logs/kc.json', s)],
       types=[("Dish", ["turkey", "potatoes", "rolls"])], perms=["alexa::alerts:timers:skill:readwrite"], privacy=PP("kitchencountdown.app"))

    cid = '067-ocean-sounds'
    s = S(cid, 'en-US', 'a', '2025-06-02T22:30:00Z', [
        ("open ocean sounds", 'L', "Here are gentle ocean waves. Sleep well.", None, True,
         {'directives': [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://audio.ambientwaves.org/ocean-10h.m4a", "token": "ocean", "offsetInMilliseconds": 0}}}]}),
    ])
    mk(cid, 'en-US', [], "Invocation 'ocean sounds' is the real popular catalog name; audio plays through AudioPlayer and the session ends.",
       "Ocean Sounds", "ocean sounds", "Ambient ocean waves.", ["Alexa, open ocean sounds"], "HEALTH_AND_FITNESS",
       [("PlayIntent", ["play", "start"])], [('envelope', 'responses/{n}.json', s)], interfaces=["AUDIO_PLAYER"], privacy=PP("ambientwaves.org"))

    cid = '068-porchlight-home-security'
    s = S(cid, 'en-US', 'a', '2025-08-30T23:00:00Z', [
        ("ask porchlight to arm the system", 'ArmIntent', "Arming needs a quick confirmation in the Porchlight app. I've sent it to your phone. For your safety I never ask for your alarm code by voice.", None, True),
        ("ask porchlight is the back door locked", 'StatusIntent', "The back door is locked, and your system is armed.", None, True),
    ])
    mk(cid, 'en-US', [], "A linked home-security skill that confirms arming in its own app with a negated code reassurance; account linking.",
       "Porchlight Home Security", "porchlight", "Arm and check your Porchlight security system. Requires a Porchlight account.", ["Alexa, ask porchlight to arm the system"], "SMART_HOME",
       [("ArmIntent", ["to arm the system", "arm"]), ("StatusIntent", ["is the {door} locked"], [("door", "Door")])],
       [('har', 'har/porchlight.har', s)], types=[("Door", ["back door", "front door", "garage"])],
       privacy=PP("porchlight-security.com"), account_linking="https://auth.porchlight-security.com")

    cid = '069-birthday-countdown'
    s = S(cid, 'en-US', 'a', '2025-05-01T08:00:00Z', [
        ("ask birthday countdown how long until my birthday", 'CountIntent', "I don't know your birthday yet. You can say, my birthday is, and the date. I only keep the month and day, and you can delete it by saying forget my birthday.", "When's your birthday?", False),
        ("my birthday is july ninth", 'SetIntent date=XXXX-07-09', "Saved July 9th. That's 69 days away!", None, True),
    ])
    mk(cid, 'en-US', [], "Asking the birthday is the skill's sole function, it stores only month/day, explains deletion and has a privacy policy.",
       "Birthday Countdown", "birthday countdown", "Counts the days to your birthday.", ["Alexa, ask birthday countdown how long until my birthday"], "LIFESTYLE",
       [("CountIntent", ["how long until my birthday", "how many days until my birthday"]), ("SetIntent", ["my birthday is {date}"], [("date", "AMAZON.DATE")]), ("ForgetIntent", ["forget my birthday"])],
       [('transcript', 'qa/bday.txt', s)], privacy=PP("birthdaycountdown.day"))

    cid = '070-sleep-story-cove'
    s = S(cid, 'en-GB', 'a', '2025-10-20T21:00:00Z', [
        ("open sleep story cove", 'L', "<speak>Tonight: the lighthouse keeper. <break time=\"3s\"/> The waves rolled in slowly. <break time=\"5s\"/> The lamp turned, and turned. <break time=\"5s\"/> Goodnight.</speak>", None, True),
    ])
    mk(cid, 'en-GB', [], "Pauses belong to the sleep story itself, it says goodnight and really ends the session (shouldEndSession true).",
       "Sleep Story Cove", "sleep story cove", "Slow stories for grown-ups who can't sleep.", ["Alexa, open sleep story cove"], "HEALTH_AND_FITNESS",
       [("StoryIntent", ["tell me a story", "another"])], [('smapi-simulation', 'simulations/{n}.json', s)], privacy=PP("sleepstorycove.co.uk"))

    cid = '071-phone-plan-helper'
    s = S(cid, 'en-US', 'a', '2025-03-09T10:00:00Z', [
        ("ask bright mobile how much data i have left", 'DataIntent', "You have 3.2 gigabytes left this cycle, which renews on the 14th.", None, True),
        ("ask bright mobile to change my plan", 'ChangeIntent', "For your security, plan changes must be made in the Bright Mobile app. I won't ask for your account PIN here.", None, True),
    ])
    mk(cid, 'en-US', [], "A carrier skill using account linking; sensitive actions are sent to the app with a negated 'won't ask for your PIN'.",
       "Bright Mobile", "bright mobile", "Check data usage on your Bright Mobile plan.", ["Alexa, ask bright mobile how much data I have left"], "UTILITIES",
       [("DataIntent", ["how much data i have left", "data left"]), ("ChangeIntent", ["to change my plan"])],
       [('cloudwatch-multiline', 'logs/bright.txt', s)], privacy=PP("brightmobile.com"), account_linking="https://id.brightmobile.com")

    cid = '072-letter-by-letter'
    s = S(cid, 'en-US', 'a', '2025-02-05T20:00:00Z', [
        ("open letter by letter", 'L', "Seven letters. Guess a letter.", "Guess a letter.", False),
        ("e", 'LetterIntent letter=e', "Two E's! Guess another letter.", "Another letter?", False),
        ("cancel", 'Cancel', "Game cancelled. The word was 'eclipse'. Goodbye!", None, True),
    ])
    mk(cid, 'en-US', [], "Letters come from a closed custom slot; Cancel says goodbye and ends the session.",
       "Letter by Letter", "letter by letter", "Classic hangman by voice.", ["Alexa, open letter by letter"], "GAMES_AND_TRIVIA",
       [("LetterIntent", ["{letter}", "the letter {letter}"], [("letter", "Letter")])], [('pairs-array', 'logs/hangman.json', s)],
       types=[("Letter", list("abcdefghijklmnopqrstuvwxyz"))], privacy=PP("letterbyletter.games"))
