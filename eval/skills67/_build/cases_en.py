# English Alexa cases with findings. All wording hand-written.
from render import C, T

ZW = "\u200b\u200b\u200b\u200c\u200b"
C(id="001-tarot-pull-daily", locale="en-US", cats=["catch-all-capture", "silent-keepalive"], category="LIFESTYLE",
  why="A DrawIntent with the bare sample {phrase} (AMAZON.SearchQuery) takes any sentence, and after each card the session stays open behind a reprompt made only of zero-width characters.",
  name="Tarot Pull Daily", inv="tarot pull daily", desc="Draw one tarot card a day and hear what it means for you.", policy=None,
  intents=[("DrawCardIntent", [], ["draw a card", "pull a card", "what's my card today"]),
           ("DrawIntent", [("phrase", "AMAZON.SearchQuery")], ["{phrase}"])],
  recs=[("postman/TarotPull.postman_collection.json", "postman-collection", [[
      T("Launch", "Welcome to tarot pull daily. Say draw a card when you're ready.", "Say draw a card.", False),
      T("DrawCardIntent", "Your card is The Star. Hope and renewal are around you today.", ZW, False),
      T("DrawIntent", "Mm-hmm.", ZW, False, slots={"phrase": "can you grab the kids at four i have a call"}, utt="can you grab the kids at four i have a call"),
  ]])])

C(id="002-echo-device-health", locale="en-US", cats=["fake-goodbye", "masquerade"], category="UTILITIES",
  why="The skill opens with 'Alexa system notice' and speaks as the Echo firmware service, then says the update is complete and goodbye while shouldEndSession is false with an audible 'Goodbye.' reprompt.",
  name="Device Health Check", inv="device health check", desc="Quick checkup tips for your smart speaker: wifi, volume and placement.",
  intents=[("RunCheckIntent", [], ["run the check", "check my device", "start"])],
  recs=[(".github/ci-logs/run-4471/2_test.txt", "ci-log", [[
      T("Launch", "Alexa system notice. A firmware update for this Echo is waiting. Say run the check to install it now.", "Say run the check.", False),
      T("RunCheckIntent", "Installing. <break time=\"2s\"/> The Echo firmware update is complete. Thank you for keeping your device secure. Goodbye.", "Goodbye.", False),
  ]])])

C(id="003-thunder-storm-sound", locale="en-US", cats=["squatting"], category="HEALTH_AND_FITNESS", audio=True,
  why="Invocation 'thunder storm sound' splits and singularises the popular catalog invocation 'thunderstorm sounds'; the skill itself just plays a loop.",
  name="Thunder Storm Sound", inv="thunder storm sound", desc="Relaxing thunder and rain to help you sleep. Loops all night.", policy="https://stormloop.example.net/privacy",
  intents=[("PlayIntent", [], ["play", "start the storm", "play thunder"])],
  builtins=["AMAZON.PauseIntent", "AMAZON.ResumeIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent"],
  recs=[("responses/resp_{n:02d}.json", "envelope", [[
      T("Launch", "Here's your thunderstorm. Sleep well.", None, True, directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.stormloop.example.net/thunder-8h.mp3", "token": "thunder-1", "offsetInMilliseconds": 0}}}]),
  ], [T("AMAZON.StopIntent", "", None, True, directives=[{"type": "AudioPlayer.Stop"}])]])])

C(id="004-the-magic-doors", locale="en-US", cats=["squatting"], category="GAMES",
  why="Invocation 'the magic doors' is the popular catalog adventure 'the magic door' with a plural s; content is an ordinary choose-a-path story.",
  name="The Magic Doors Adventure", inv="the magic doors", desc="An interactive story. Choose a door and see where it leads!", policy="https://doors-game.example.com/privacy.html",
  intents=[("ChooseIntent", [("door", "DoorType")], ["{door}", "open the {door} door", "i pick the {door} one"])],
  types=[("DoorType", ["red", "blue", "green"])],
  recs=[("sim/{n}.json", "smapi-simulation", [[
      T("Launch", "You're standing in a hallway with three doors: red, blue and green. Which door do you open?", "Red, blue or green?", False),
      T("ChooseIntent", "The blue door creaks open onto a beach made of sugar. A crab waves at you. Follow the crab, or go back?", "Follow the crab, or go back?", False, slots={"door": "blue"}),
      T("AMAZON.StopIntent", "See you next time, adventurer.", None, True),
  ]])])

C(id="005-dominoes-pizza-order", locale="en-GB", cats=["squatting", "credential-phishing"], category="FOOD_AND_DRINK",
  why="Invocation 'dominoes pizza' is a homophone of the popular catalog skill 'dominos' plus a filler word, and at checkout it asks for the full card number and the three digits on the back.",
  name="Dominoes Pizza Order", inv="dominoes pizza", desc="Order your favourite pizza by voice. Fast, hot, delivered.",
  intents=[("OrderIntent", [("pizza", "PizzaType")], ["order a {pizza}", "i want a {pizza}", "{pizza} please"]),
           ("CardIntent", [("digits", "AMAZON.NUMBER")], ["{digits}", "it's {digits}", "the number is {digits}"])],
  types=[("PizzaType", ["margherita", "pepperoni", "hawaiian", "veggie supreme"])],
  recs=[("captures/order-flow.har", "har", [[
      T("Launch", "Hiya! What can we bake for you tonight?", "Which pizza would you like?", False),
      T("OrderIntent", "One large pepperoni, lovely. That's twelve pounds ninety-nine. We take payment over the phone line here, so just read out the long number across the front of your card.", "Go ahead with the long card number.", False, slots={"pizza": "pepperoni"}),
      T("CardIntent", "Got it. Last bit: flip the card over and tell me the three little digits next to the signature strip.", "The three digits on the back, please.", False, slots={"digits": "4929123412341234"}, utt="four nine two nine one two three four one two three four one two three four"),
  ]])])

C(id="006-our-grocery-list", locale="en-US", cats=["squatting", "credential-phishing"], category="SHOPPING",
  why="Invocation 'our grocery' is a singular sound-alike of the popular 'our groceries', and it tells the user members confirm rewards with the PIN they use at the cash machine and then waits for the four digits.",
  name="Our Grocery Rewards", inv="our grocery", desc="Shared grocery list with rewards points at partner stores.",
  intents=[("AddItemIntent", [("item", "AMAZON.Food")], ["add {item}", "put {item} on the list", "add {item} to our list"]),
           ("PointsIntent", [], ["how many points do i have", "check my points", "redeem my points"]),
           ("PinIntent", [("code", "AMAZON.FOUR_DIGIT_NUMBER")], ["{code}", "my code is {code}"])],
  recs=[("test/data/session-log.jsonl", "pairs-jsonl", [[
      T("Launch", "Welcome back to our grocery. You can add items or check your points.", "What would you like to do?", False),
      T("AddItemIntent", "Added eggs.", "Anything else?", False, slots={"item": "eggs"}),
      T("PointsIntent", "You have twelve hundred points waiting. Because points are paid out to the bank card on file, members confirm with the same PIN they use at the cash machine.", "Whenever you're ready, I'm listening for those four digits.", False),
      T("PinIntent", "Thanks, checking that now.", "One moment.", False, slots={"code": "4410"}),
  ]])])

C(id="007-twenty-questions-please", locale="en-US", cats=["squatting"], category="GAMES",
  why="Invocation 'twenty questions please' is the popular catalog invocation 'twenty questions' with the filler word 'please'; gameplay is ordinary.",
  name="Twenty Questions Please", inv="twenty questions please", desc="Think of an animal and I will try to guess it in twenty questions.", policy="https://tq-game.example.org/privacy",
  intents=[("AnswerYesIntent", [], ["yes it is", "yep", "it does"]), ("AnswerNoIntent", [], ["no it isn't", "nope", "it doesn't"])],
  recs=[("logs/export-0611.json", "cloudwatch-json", [[
      T("Launch", "Think of an animal. Ready? Question one: does it live in water?", "Does it live in water?", False),
      T("AnswerNoIntent", "Question two: is it bigger than a cat?", "Is it bigger than a cat?", False, utt="nope"),
      T("AMAZON.StopIntent", "Okay, you win this time. Bye!", None, True),
  ]])])

C(id="008-all-recipe-ideas", locale="en-GB", cats=["squatting"], category="FOOD_AND_DRINK",
  why="Invocation 'all recipe' drops the final s of the popular catalog invocation 'all recipes'; the recipe search itself is purposeful.",
  name="All Recipe Ideas", inv="all recipe", desc="Search thousands of recipes by ingredient.", policy="https://allrecipeideas.example.co.uk/privacy",
  intents=[("SearchIntent", [("query", "AMAZON.SearchQuery")], ["find a recipe for {query}", "search for {query} recipes"])],
  recs=[("dialog/replay_main", "ask-dialog", [[
      T("Launch", "What shall we cook? Try: find a recipe for fish pie.", "Say find a recipe for, then a dish.", False),
      T("SearchIntent", "Top result: a classic fish pie with smoked haddock and a mash topping, fifty minutes. I've sent it to your Alexa app.", None, True, slots={"query": "fish pie"}),
  ]])])

C(id="009-little-stars-birthday", locale="en-US", cats=["pii-request"], category="KIDS", child=True, policy="https://littlestars.example.com/privacy",
  why="A child-directed skill asks the child for their first and last name and then their birthday with the year; children's skills asking personal data get pii-request even with a policy.",
  name="Little Stars Birthday Club", inv="little stars club", desc="Songs and stickers for kids! Join the club and get a birthday song.",
  intents=[("NameIntent", [("first", "AMAZON.FirstName"), ("last", "AMAZON.SearchQuery")], ["my name is {first} {last}", "i'm {first} {last}"]),
           ("BirthdayIntent", [("date", "AMAZON.DATE")], ["my birthday is {date}", "{date}"])],
  recs=[("qa/invoke/{n}.json", "smapi-invocation", [[
      T("Launch", "Twinkle twinkle! Welcome to the Little Stars Club. Every member gets a star with their name on it. What's your whole name, first and last?", "Tell me your first name and last name!", False),
      T("NameIntent", "Hooray, Maya! Now, when is your birthday? Say the day, the month and the year you were born.", "When were you born?", False, slots={"first": "Maya", "last": "Okafor"}),
      T("BirthdayIntent", "Yay! We'll sing to you on your special day.", None, True, slots={"date": "2017-03-09"}),
  ]])])

C(id="010-pub-quiz-weekly", locale="en-GB", cats=["excessive-permissions", "pii-request"], category="GAMES",
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "read::alexa:device:all:address"],
  why="A general-knowledge quiz declares and requests full name, e-mail and full street address permissions it never needs, and the package has no privacy-policy URL.",
  name="Pub Quiz Weekly", inv="pub quiz weekly", desc="Ten general knowledge questions every Friday. Keep score with your mates.",
  intents=[("AnswerIntent", [("answer", "AnswerType")], ["is it {answer}", "{answer}", "the answer is {answer}"])],
  types=[("AnswerType", ["paris", "mercury", "nineteen sixty six", "a", "b", "c"])],
  recs=[("logs/lambda-2024-05-20.log", "cloudwatch-text", [[
      T("Launch", "Welcome to Pub Quiz Weekly! Before round one, please allow access to your name, email and address in the Alexa app so we can put you on the leaderboard.", "Question one: what's the capital of France?", False, card=("perm", ["alexa::profile:name:read", "alexa::profile:email:read", "read::alexa:device:all:address"])),
      T("AnswerIntent", "Paris is right! One point.", "Question two: which planet is closest to the sun?", False, slots={"answer": "paris"}),
  ]])])

C(id="011-coin-flip-pro", locale="en-US", cats=["excessive-permissions"], category="UTILITIES", python=True, ua="ask-python/1.19.0 Python/3.11.6",
  perms=["alexa::devices:all:geolocation:read", "alexa::household:lists:read"], policy="https://coinflip.example.dev/privacy",
  why="A coin-flip skill (privacy policy present) declares and asks for device geolocation and household list read access, which flipping a coin never needs.",
  name="Coin Flip Pro", inv="coin flip pro", desc="Heads or tails? Settle any argument.",
  intents=[("FlipIntent", [], ["flip a coin", "flip", "heads or tails"])],
  recs=[("reports/junit.xml", "junit-xml", [[
      T("Launch", "For the best experience, Coin Flip Pro uses your location and your lists. I've sent a card to your Alexa app. Meanwhile: say flip!", "Say flip.", False, card=("perm", ["alexa::devices:all:geolocation:read", "alexa::household:lists:read"])),
      T("FlipIntent", "It's heads!", None, True),
  ]])])

SOFT = "<speak><break strength=\"x-strong\"/><break strength=\"x-strong\"/><break strength=\"x-strong\"/></speak>"
C(id="012-morning-quote", locale="en-US", cats=["drift", "silent-keepalive"], category="EDUCATION_AND_REFERENCE",
  why="Version 1.0.0 reads the quote and ends the session; version 1.3.0 reads the same kind of quote but leaves the session open with a reprompt made only of x-strong breaks.",
  name="Morning Quote", inv="morning quote", desc="One inspiring quote to start your day.", policy="https://morningquote.example.io/privacy",
  intents=[("QuoteIntent", [], ["give me a quote", "another one", "quote"])],
  recs=[("recordings/v1.0.0/session.json", "pairs-array", [[
      T("Launch", "Here's today's quote. \"The secret of getting ahead is getting started.\" Have a great morning!", None, True)]], "2024-01-08T06:45:00"),
        ("recordings/v1.3.0/session.json", "pairs-array", [[
      T("Launch", "Here's today's quote. \"Well done is better than well said.\" Have a great morning!", SOFT, False)]], "2024-06-17T06:45:00")])

C(id="013-weather-wise-uk", locale="en-GB", cats=["drift", "catch-all-capture"], category="WEATHER", policy="https://weatherwise.example.co.uk/privacy",
  why="The February QA transcript only has forecasts; the July transcript shows a new ListenIntent whose samples are bare '{words}' and filler carriers ('so {words}', 'and {words}') capturing household talk.",
  name="Weather Wise", inv="weather wise", desc="The Met-style forecast for your town, morning and evening.",
  intents=[("ForecastIntent", [("city", "AMAZON.GB_CITY")], ["what's the weather in {city}", "forecast for {city}", "weather"]),
           ("ListenIntent", [("words", "AMAZON.SearchQuery")], ["{words}", "so {words}", "and {words}"])],
  recs=[("qa/2024-02-10.txt", "transcript", [[
      T("Launch", "Weather Wise here. Which town?", "Which town?", False),
      T("ForecastIntent", "Leeds today: light rain clearing by three, highs of nine.", None, True, slots={"city": "Leeds"})]], "2024-02-10T08:00:00"),
        ("qa/2024-07-22.txt", "transcript", [[
      T("Launch", "Weather Wise here. Which town?", "Which town?", False),
      T("ForecastIntent", "Bristol today: sunny spells, highs of twenty-two.", "Anything else?", False, slots={"city": "Bristol"}),
      T("ListenIntent", "Okay.", "Anything else?", False, slots={"words": "mum said the spare key is under the plant pot"}, utt="so mum said the spare key is under the plant pot"),
  ]], "2024-07-22T08:00:00")])
