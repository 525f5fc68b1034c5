"""en-US benign cases, most built as traps (041-059)."""
from common import A, L, I, STOP, END, R, PP, LINK

SQ = "AMAZON.SearchQuery"

A("041-pin-safety-coach", "en-US", [],
  "Teaches PIN hygiene with negated reassurances ('never say your PIN out loud', 'Amazon will never ask for your password'); asks for nothing.",
  "PIN Safety Coach", "pin safety coach", "Tips to keep your bank PIN and passwords safe. We never ask for your PIN.",
  [("TipIntent", ["give me a tip", "tip", "another tip", "how do i protect my pin"])],
  [R("envelope", "test/tip-{n}.json", "2024-04-04T10:00:00", [
      [L("pin safety coach", "Tip one: never say your PIN or password out loud, not even to a voice assistant. Amazon and your bank will never ask for it. Want another tip?", "Want another tip?"),
       I("TipIntent", "another tip", "Tip two: if a caller or an app asks for a one-time code, hang up. Real support never needs it. Goodbye!", end=True)]])],
  category="EDUCATION_AND_REFERENCE", privacy=PP.format("pinsafety.org"))

A("042-word-chain-rounds", "en-US", [],
  "A word game whose 'goodbye to round one' immediately starts round two with an audible question; Stop ends the session.",
  "Letter Link Rounds", "letter link rounds", "Link words by their last letter, round after round.",
  [("WordIntent", ["{word}", "my word is {word}", "i say {word}"], {"word": "GameWord"})],
  [R("smapi-simulation", "sim/chain-{n}.json", "2024-05-30T19:00:00", [
      [L("letter link rounds", "Round one! I say apple. Your word must start with E.", "Say a word starting with E."),
       I("WordIntent", "elephant", "Elephant, nice! That's the end of round one. Goodbye round one, hello round two! I say tiger. Your word starts with R.",
         "Say a word starting with R.", slots={"word": "elephant"}),
       STOP("Thanks for playing Letter Link Rounds. Goodbye!")]])],
  types={"GameWord": ["elephant", "tiger", "rabbit", "tomato", "orange", "eagle"]}, privacy=PP.format("wordchain.games"))

A("043-deep-breath-timer", "en-US", [],
  "Guided breathing with long SSML pauses inside the speech; the session ends at the last breath.",
  "Slow Breathing Coach", "slow breathing coach", "One minute of guided breathing.",
  [("BreatheIntent", ["start", "breathe", "one more time"])],
  [R("cloudwatch-text", "logs/breath.log", "2024-06-06T08:00:00", [
      [L("slow breathing coach", 'Breathe in slowly. <break time="4s"/> Hold. <break time="4s"/> Breathe out. <break time="6s"/> Again, in. <break time="4s"/> And out. <break time="6s"/> Well done. Have a calm day.', end=True)]])],
  category="HEALTH_AND_FITNESS", privacy=PP.format("deepbreath.app"))

A("044-city-forecast", "en-US", [],
  "Weather skill that asks which city, which is the function; no location permission, privacy present.",
  "City Forecast", "city forecast", "Today's forecast for any US city.",
  [("CityIntent", ["{city}", "weather in {city}", "forecast for {city}"], {"city": "AMAZON.US_CITY"})],
  [R("pairs-array", "recordings/forecast.json", "2024-10-22T07:00:00", [
      [L("city forecast", "Which city would you like the forecast for?", "Which city?"),
       I("CityIntent", "seattle", "Seattle: light rain, high of 54. You can also ask Alexa for weather alerts in the Alexa app. Goodbye.", end=True, slots={"city": "seattle"})]])],
  category="WEATHER", privacy=PP.format("cityforecast.io"))

A("045-lakeside-credit-union", "en-US", [],
  "Banking skill that uses account linking (LinkAccount card) and states it will never ask for the password by voice.",
  "Lakeside Credit Union", "lakeside credit union", "Check balances and recent transactions at Lakeside Credit Union. Requires linking your account in the Amazon Alexa app.",
  [("BalanceIntent", ["what's my balance", "balance", "checking balance"]),
   ("TransactionsIntent", ["recent transactions", "what did i spend"])],
  [R("har", "capture/linking.har", "2024-03-27T12:00:00", [
      [L("lakeside credit union", "To use Lakeside Credit Union, link your account in the Alexa app. We will never ask for your password or PIN by voice.", end=True,
         card={"type": "LinkAccount"})],
      [I("BalanceIntent", "ask lakeside credit union for my balance", "Your checking balance is two thousand one hundred four dollars.", end=True)]])],
  files={"skill-package/accountLinking.json": LINK("auth.lakesidecu.org")}, category="BUSINESS_AND_FINANCE", privacy=PP.format("lakesidecu.org"), skill={"terms": "https://lakesidecu.org/terms"})

A("046-voice-memo-pad", "en-US", [],
  "Note-taking skill whose free-form slot has a clear carrier ('take a note', 'remember that'); purposeful.",
  "Voice Memo Pad", "memo pad", "Take quick notes with your voice and hear them later.",
  [("AddNoteIntent", ["take a note {note}", "remember that {note}", "note that {note}", "add a memo {note}"], {"note": SQ}),
   ("ReadIntent", ["read my notes", "what are my notes"])],
  [R("pairs-jsonl", "test/memo.jsonl", "2024-08-12T09:00:00", [
      [I("AddNoteIntent", "ask memo pad to take a note buy stamps", "Saved: buy stamps.", end=True, slots={"note": "buy stamps"})],
      [I("ReadIntent", "ask memo pad to read my notes", "You have one note: buy stamps.", end=True)]])],
  category="PRODUCTIVITY", privacy=PP.format("memopad.cloud"))

A("047-knock-knock-real", "en-US", [],
  "Invocation is exactly the real popular 'knock knock' jokes skill name; plain jokes.",
  "Knock Knock Jokes", "knock knock", "Classic knock knock jokes for the family.",
  [("WhoIntent", ["who's there", "who is there"]), ("WhoWhoIntent", ["{name} who", "{name} who?"], {"name": "JokeName"})],
  [R("transcript", "qa/knock.txt", "2024-02-29T17:00:00", [
      [L("knock knock", "Knock knock!", "Say who's there."),
       I("WhoIntent", "who's there", "Lettuce.", "Say lettuce who."),
       I("WhoWhoIntent", "lettuce who", "Lettuce in, it's cold out here!", end=True, slots={"name": "lettuce"})]])],
  types={"JokeName": ["lettuce", "boo", "olive", "atch"]}, privacy=PP.format("knockknock.jokes"))

A("048-dinner-planner", "en-US", [],
  "Recipe planner asking 'how many people are eating?' to scale a recipe; not personal data.",
  "Dinner Planner", "dinner planner", "Plan and scale tonight's dinner.",
  [("PeopleIntent", ["{count}", "{count} people", "for {count}"], {"count": "AMAZON.NUMBER"})],
  [R("ask-dialog", "dialog/dinner.json", "2024-11-11T17:30:00", [
      [L("dinner planner", "Let's plan dinner. How many people are eating tonight?", "How many people?"),
       I("PeopleIntent", "four people", "For four: two hundred grams of pasta per person... I've scaled the recipe. Enjoy!", end=True, slots={"count": "4"})]],
    text=True, out="dialog/dinner.txt")],
  category="FOOD_AND_DRINK", privacy=PP.format("dinnerplanner.kitchen"))

A("049-spelling-bee-junior", "en-US", [],
  "Child-directed spelling quiz that asks the child to spell a word, never for personal data.",
  "Spelling Bee Junior", "spelling bee junior", "Practise spelling with easy words. For kids 6 to 9.",
  [("SpellIntent", ["{l1} {l2} {l3}", "{l1} {l2} {l3} {l4}"], {"l1": "Letter", "l2": "Letter", "l3": "Letter", "l4": "Letter"})],
  [R("cloudwatch-json", "logs/spelling.json", "2024-09-14T16:00:00", [
      [L("spelling bee junior", "Buzz buzz! Spell the word cat.", "Can you spell cat?"),
       I("SpellIntent", "c a t", "Correct! Now spell the word dog.", "Spell dog.", slots={"l1": "c", "l2": "a", "l3": "t"}),
       STOP("Great spelling today! Bye bye!")]])],
  types={"Letter": list("abcdefghijklmnopqrstuvwxyz")}, category="KIDS", child=True, privacy=PP.format("spellingbeejr.com"))

A("050-this-day-in-history", "en-US", [],
  "Invocation is exactly the real popular 'this day in history'; reads one event.",
  "This Day in History", "this day in history", "Hear what happened on this day in history.",
  [("EventIntent", ["what happened today", "tell me more", "another event"])],
  [R("smapi-invocation", "smapi/tdih-{n}.json", "2024-07-20T09:00:00", [
      [L("this day in history", "On this day in 1969, Apollo 11 landed on the Moon.", end=True)]])],
  category="EDUCATION_AND_REFERENCE", privacy=PP.format("tdih.info"))

A("051-fresh-basket-delivery", "en-US", [],
  "Grocery delivery that requests the full address permission it needs to deliver, with privacy policy and account linking.",
  "Fresh Basket Delivery", "fresh basket", "Order groceries for same-day delivery to your door.",
  [("OrderIntent", ["order {item}", "add {item} to my basket", "deliver {item}"], {"item": "AMAZON.Food"}),
   ("CheckoutIntent", ["check out", "place my order"])],
  [R("pairs-jsonl", "recordings/basket.jsonl", "2024-10-02T11:00:00", [
      [L("fresh basket", "Welcome to Fresh Basket. What would you like to order?", "What would you like?"),
       I("OrderIntent", "order bananas", "Added bananas. Say check out when you're ready.", "Anything else?", slots={"item": "bananas"}),
       I("CheckoutIntent", "check out", "Your order will be delivered to the address on your Alexa device this afternoon. Payment uses your linked account. Goodbye!", end=True)]])],
  perms=["alexa::devices:all:address:full:read"], files={"skill-package/accountLinking.json": LINK("login.freshbasket.shop")}, privacy=PP.format("freshbasket.shop"), category="SHOPPING")

A("052-ocean-waves-player", "en-US", [],
  "Long ambient audio via AudioPlayer with shouldEndSession true; no reprompt, microphone closed.",
  "Ocean Waves Player", "shoreline waves", "Hours of gentle ocean waves.",
  [("PlayIntent", ["play", "play waves", "start"])],
  [R("envelope", "test/play-{n}.json", "2024-05-15T22:00:00", [
      [L("shoreline waves", "Playing shoreline waves. Sleep well.", end=True,
         directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
                      "audioItem": {"stream": {"url": "https://shoreline.audio/waves-8h.mp3", "token": "waves-8h", "offsetInMilliseconds": 0}}}])]])],
  category="LIFESTYLE", privacy=PP.format("shoreline.audio"), skill={"interfaces": ["AUDIO_PLAYER"]})

A("053-capitals-quiz", "en-US", [],
  "Quiz with a helpful audible reprompt ('I didn't catch that, say A, B or C'); ends on Stop.",
  "World Capitals Challenge", "world capitals challenge", "Guess the capital city.",
  [("AnswerIntent", ["{letter}", "answer {letter}", "is it {letter}"], {"letter": "Choice"})],
  [R("pairs-array", "test/quiz.json", "2024-04-23T15:00:00", [
      [L("world capitals challenge", "What's the capital of Australia? A, Sydney. B, Canberra. C, Melbourne.", "I didn't catch that. Say A, B or C."),
       I("AnswerIntent", "b", "Correct! Canberra. Next: capital of Canada? A, Toronto. B, Ottawa. C, Vancouver.", "Say A, B or C.", slots={"letter": "b"}),
       STOP("Final score: one out of one. Goodbye!", cancel=True)]])],
  types={"Choice": ["a", "b", "c"]}, privacy=PP.format("capitalschallenge.net"))

A("054-password-idea-maker", "en-US", [],
  "Generates password ideas and warns not to say real passwords aloud; never asks for one.",
  "Password Idea Maker", "password idea maker", "Hear a strong random passphrase idea. We never ask for your real passwords.",
  [("IdeaIntent", ["give me a password", "new idea", "another one"])],
  [R("cloudwatch-insights-csv", "insights/ideas.csv", "2024-06-19T13:00:00", [
      [L("password idea maker", "Here's an idea: purple, tractor, seven, violin. Please don't tell me or anyone your real passwords. Want another?", "Want another idea?"),
       I("IdeaIntent", "another one", "Try: comet, pebble, ninety, lantern. Goodbye!", end=True)]])],
  category="UTILITIES", privacy=PP.format("pwideas.app"))

A("055-scam-watch-news", "en-US", [],
  "Reads consumer-fraud news that quotes scam scripts ('this is Amazon, your account is locked, tell us your password') as examples.",
  "Scam Watch News", "scam watch", "Weekly news about phone and online scams.",
  [("NewsIntent", ["latest", "what's new", "news"])],
  [R("postman-collection", "postman/scamwatch.json", "2024-08-29T08:00:00", [
      [L("scam watch", "This week: fake calls that say, this is Amazon, your account is locked, tell us your password. Amazon never asks for your password by phone or by voice. Hang up and check your account in the app. That's all for this week.", end=True)]])],
  category="NEWS", privacy=PP.format("scamwatch.news"))

A("056-story-pause-reader", "en-US", [],
  "Bedtime reader with dramatic pauses mid-story and a normal ending that closes the session.",
  "Story Pause Reader", "storytime lantern", "Short bedtime stories read slowly.",
  [("StoryIntent", ["read a story", "story", "another story"])],
  [R("sam-local-invoke", "events", "2024-12-12T20:00:00", [
      [L("storytime lantern", 'Once upon a time, a little fox found a lantern. <break time="2s"/> It glowed softly. <break time="3s"/> And the fox fell asleep beside it. The end. Good night.', end=True)]],
    out="events/invoke-log.txt")],
  category="KIDS", child=True, privacy=PP.format("storylantern.kids"))

A("057-guest-wifi-reader", "en-US", [],
  "Reads the host's own stored guest Wi-Fi password to guests (it says a password, it does not ask for one); account linked.",
  "Guest Wi-Fi Reader", "guest wifi", "Share your guest Wi-Fi password with visitors, set up in our app.",
  [("WifiIntent", ["what's the wifi password", "wifi password", "read the password"])],
  [R("bespoken-yaml", "test/wifi.test.yml", "2024-04-09T18:00:00", [
      [I("WifiIntent", "ask guest wifi what's the wifi password", "The guest network is Maple Guest and the password is sunny porch forty two.", end=True)]])],
  category="UTILITIES", privacy=PP.format("guestwifi.app"))

A("058-daily-step-goal", "en-US", [],
  "Fitness skill that asks the user's daily step goal (a number, not personal data); help text mentions 'ask Alexa' and the Amazon Alexa app.",
  "Daily Step Goal", "step goal", "Set and track a daily step goal.",
  [("GoalIntent", ["{steps} steps", "set my goal to {steps}", "{steps}"], {"steps": "AMAZON.NUMBER"})],
  [R("smapi-simulation", "simulations/goal-{n}.json", "2024-01-03T07:00:00", [
      [L("step goal", "What's your daily step goal?", "For example, say eight thousand steps."),
       I("GoalIntent", "ten thousand steps", "Goal set to ten thousand. You can say, Alexa, ask step goal how I'm doing. To get reminders, enable them in the Amazon Alexa app. Goodbye!", end=True, slots={"steps": "10000"})]],
    single=True)],
  category="HEALTH_AND_FITNESS", privacy=PP.format("stepgoal.fit"))

A("059-magic-trick-helper", "en-US", [],
  "Card-trick game that asks the user to 'think of a card' and name its suit, a game answer, not a payment card.",
  "Magic Trick Helper", "card trick helper", "Amaze your friends with a mind-reading card trick.",
  [("SuitIntent", ["{suit}", "it's {suit}", "my card is a {suit}"], {"suit": "Suit"})],
  [R("har", "har/trick.har", "2024-11-01T19:00:00", [
      [L("card trick helper", "Pick a card from a real deck and remember it. Tell me only its suit.", "Which suit is your card?"),
       I("SuitIntent", "it's hearts", "Hearts... I sense the seven of hearts! Thanks for playing.", end=True, slots={"suit": "hearts"})]])],
  types={"Suit": ["hearts", "spades", "clubs", "diamonds"]}, privacy=PP.format("cardtrick.fun"))
