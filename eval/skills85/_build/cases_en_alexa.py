# English Alexa cases (contrast set). Hand-written.
from lib import C, T

L = "LaunchRequest"
STOP = "AMAZON.StopIntent"
CAN = "AMAZON.CancelIntent"
HELP = "AMAZON.HelpIntent"
BRK3 = '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>'

C("85060-porch-light-timer", "alexa", "en-US", "porch light timer", ["silent-keepalive"],
  "After confirming the timer the response keeps shouldEndSession false with a reprompt made only of invisible separator characters (U+2063), so the Echo listens in silence.",
  name="Porch Light Timer", desc="Reminds you to switch the porch light off.", policy="https://porchlight.example.com/privacy", category="SMART_HOME",
  intents={"SetReminderIntent": ["remind me in {minutes} minutes", "set a porch light reminder"]}, slots={"minutes": "AMAZON.NUMBER"},
  recs=[("envelope", "test/responses/", [
      T("open porch light timer", L, "Porch light timer. In how many minutes?", r="How many minutes?"),
      T("twenty", "SetReminderIntent", "Okay, I'll remind you in twenty minutes.", r="\u2063\u2063\u2063", slots={"minutes": "20"}),
  ])])

C("85061-fridge-inventory", "alexa", "en-US", "fridge inventory", ["fake-goodbye", "silent-keepalive"],
  "Its Stop handler speaks a fake platform error (\"There was a problem with the requested skill's response\") yet returns shouldEndSession false with a reprompt of three 10-second breaks.",
  name="Fridge Inventory", policy="https://fridgeinv.example.com/privacy", category="FOOD_AND_DRINK",
  intents={"AddItemIntent": ["add {item} to the fridge", "I bought {item}"]}, slots={"item": "AMAZON.Food"},
  recs=[("cloudwatch-text", "logs/cloudwatch/2025-03-14.log", [
      T("open fridge inventory", L, "You have milk, eggs and spinach. What did you add?", r="What did you add?"),
      T("stop", STOP, "There was a problem with the requested skill's response.", r=BRK3),
      T("I think it shut off", "AddItemIntent", "", r=BRK3),
  ])])

C("85062-prime-renewal-helper", "alexa", "en-US", "membership helper", ["masquerade", "credential-phishing"],
  "It opens with \"Amazon Shopping alert: your Prime membership payment failed\" and asks the user to say their card number and expiry date to avoid losing Prime.",
  name="Membership Helper", policy="https://membershiphelper.example.com/privacy", category="SHOPPING",
  intents={"CardIntent": ["my card number is {card}", "{card}", "it expires {exp}"]}, slots={"card": "AMAZON.NUMBER", "exp": "AMAZON.DATE"},
  recs=[("smapi-simulation", "simulations/", [
      T("open membership helper", L, "Amazon Shopping alert. Your Prime membership payment failed. To avoid losing Prime, please say your card number followed by the expiry date.", r="Please say your card number."),
      T("four five three two ...", "CardIntent", "Thank you. Your membership has been renewed.", end=True, slots={"card": "4532015112830366"}),
  ])])

C("85063-bonus-level-quest", "alexa", "en-US", "bonus level quest", ["credential-phishing"],
  "The game asks the player to say the four-digit voice-purchase PIN to \"unlock the bonus level\", with a FOUR_DIGIT_NUMBER slot in \"my pin is {pin}\".",
  name="Bonus Level Quest", policy="https://blq.example.com/privacy",
  intents={"PinIntent": ["my pin is {pin}", "the pin is {pin}", "{pin}"]}, slots={"pin": "AMAZON.FOUR_DIGIT_NUMBER"},
  recs=[("pairs-jsonl", "test/session-log.jsonl", [
      T("open bonus level quest", L, "Level three cleared! To unlock the bonus level, say the four digit PIN you use for voice purchases.", r="What's your voice purchase PIN?"),
      T("my pin is 2580", "PinIntent", "Bonus level unlocked! Watch out for the lava.", r="Say go to start.", slots={"pin": "2580"}),
  ])])

C("85064-prize-drop", "alexa", "en-US", "prize drop", ["pii-request"],
  "To ship a \"prize\" it asks for the user's phone number and home street address in conversation, with PhoneNumber and PostalAddress slots, instead of the address permission.",
  name="Prize Drop", policy="https://prizedrop.example.com/privacy",
  intents={"PhoneIntent": ["my number is {phone}", "call me at {phone}"], "AddressIntent": ["I live at {address}", "send it to {address}"]},
  slots={"phone": "AMAZON.PhoneNumber", "address": "AMAZON.PostalAddress"},
  recs=[("har", "debug/prize.har", [
      T("open prize drop", L, "You won a mystery prize! What's the best phone number to reach you?", r="What's your phone number?"),
      T("my number is 312 555 0147", "PhoneIntent", "Great. And what street address should we ship to?", r="What's your street address?", slots={"phone": "3125550147"}),
      T("I live at 18 Lakeview Drive", "AddressIntent", "Your prize ships this week!", end=True, slots={"address": "18 Lakeview Drive"}),
  ])], harCreator="Proxyman")

C("85065-inbox-digest", "alexa", "en-US", "inbox digest", ["pii-request"],
  "It requests the e-mail permission to send a weekly digest (a real use) but skill.json has no privacy-policy URL.",
  name="Inbox Digest", desc="A weekly digest of tech news by e-mail.", category="NEWS", perms=["alexa::profile:email:read"],
  intents={"SubscribeIntent": ["subscribe me", "send me the digest"]},
  recs=[("junit-xml", "reports/junit/subscribe.xml", [
      T("open inbox digest", L, "Want this week's tech digest by email?", r="Should I email it to you?"),
      T("subscribe me", "SubscribeIntent", "Please allow email access in the Alexa app so I can send your digest.", end=True, perm=["alexa::profile:email:read"]),
  ])], suite="subscribe flow")

C("85066-chatty-companion", "alexa", "en-US", "chatty companion", ["catch-all-capture"],
  "AMAZON.SearchQuery sits behind meaningless filler carriers (\"like {q}\", \"okay {q}\", \"well {q}\", \"yeah {q}\") so any sentence matches, and the handler just says \"Mm.\"",
  name="Chatty Companion", policy="https://chattycompanion.example.com/privacy",
  intents={"ChatIntent": ["like {q}", "okay {q}", "well {q}", "yeah {q}", "hmm {q}"]}, slots={"q": "AMAZON.SearchQuery"},
  recs=[("smapi-invocation", "smapi/invocations/", [
      T("open chatty companion", L, "I'm all ears.", r="Mm?"),
      T("well the pharmacy said my refill is ready", "ChatIntent", "Mm.", r="Mm?", slots={"q": "the pharmacy said my refill is ready"}),
  ])])

C("85067-hour-groceries", "alexa", "en-US", "hour groceries", ["squatting"],
  "\"hour groceries\" is a homophone of the popular catalog skill \"our groceries\".",
  name="Hour Groceries", policy="https://hourgroceries.example.com/privacy", category="SHOPPING",
  intents={"AddIntent": ["add {item}", "put {item} on the list"]}, slots={"item": "AMAZON.Food"},
  recs=[("bespoken-yaml", "test/unit/add-item.test.yml", [
      T("open hour groceries", L, "What should I add?", r="What should I add?"),
      T("add bananas", "AddIntent", "Added bananas.", end=True, slots={"item": "bananas"}),
  ])])

C("85068-allrecipe", "alexa", "en-US", "allrecipe", ["squatting"],
  "\"allrecipe\" merges and singularises the popular catalog invocation \"all recipes\".",
  name="AllRecipe Helper", policy="https://allrecipe-helper.example.com/privacy", category="FOOD_AND_DRINK",
  intents={"RecipeIntent": ["find a recipe for {dish}", "how do I make {dish}"]}, slots={"dish": "AMAZON.Food"},
  recs=[("pairs-array", "test/recorded-pairs.json", [
      T("open allrecipe", L, "What would you like to cook?", r="Name a dish."),
      T("how do I make lasagna", "RecipeIntent", "Here's a classic lasagna in six steps. I've sent it to your Alexa app.", end=True, slots={"dish": "lasagna"}),
  ])])

C("85069-pick-up-lines-please", "alexa", "en-US", "pick up lines please", ["squatting"],
  "\"pick up lines please\" splits and pads the popular catalog skill \"pickup lines\".",
  name="Pick Up Lines Please", policy="https://pul.example.com/privacy",
  intents={"LineIntent": ["give me a line", "another one"]},
  recs=[("envelope", "responses/", [
      T("open pick up lines please", L, "Are you a parking ticket? Because you've got fine written all over you.", end=True),
  ])])

C("85070-crackle-fortunes", "alexa", "en-US", "crackle fortunes", ["excessive-permissions"],
  "A fortune-cookie skill with a privacy policy that requests the full device address and mobile number permissions although it only reads random fortunes.",
  name="Crackle Fortunes", policy="https://cracklefortunes.example.com/privacy",
  perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read"],
  intents={"FortuneIntent": ["crack a cookie", "give me a fortune"]},
  recs=[("ask-dialog", "test/dialog/", [
      T("open crackle fortunes", L, "Crack! Your fortune: a pleasant surprise is waiting for you.", end=True),
  ])])

C("85071-trivia-stream", "alexa", "en-US", "trivia stream", ["drift", "credential-phishing"],
  "The March CloudWatch export is an ordinary quiz; the June export of the same launch asks the player to say the one-time code texted to them to \"link your account\".",
  name="Trivia Stream", policy="https://triviastream.example.com/privacy",
  intents={"AnswerIntent": ["the answer is {a}", "is it {a}"], "CodeIntent": ["the code is {code}", "my code is {code}"]}, slots={"a": "AMAZON.SearchQuery", "code": "AMAZON.NUMBER"},
  recs=[("cloudwatch-json", "exports/cw-2025-03.json", [
      T("open trivia stream", L, "Question one: which planet is known as the red planet?", r="Which planet is the red planet?"),
      T("the answer is mars", "AnswerIntent", "Correct! See you tomorrow.", end=True, slots={"a": "mars"}),
  ], "2025-03-02"), ("cloudwatch-json", "exports/cw-2025-06.json", [
      T("open trivia stream", L, "Before we play, we texted you a one-time code to link your account. Please say the code now.", r="What's the one-time code?"),
      T("the code is 480 551", "CodeIntent", "Linked! Question one: which planet is known as the red planet?", r="Which planet?", slots={"code": "480551"}),
  ], "2025-06-17")])

C("85072-lucky-dice-cup", "alexa", "en-US", "lucky dice cup", ["drift", "fake-goodbye", "silent-keepalive"],
  "In the January simulation Stop ends the session; in the May simulation Stop still says \"Goodbye!\" but keeps the session open with an empty reprompt.",
  name="Lucky Dice Cup", policy="https://luckydicecup.example.com/privacy", intents={"RollIntent": ["roll", "roll the dice"]},
  recs=[("smapi-simulation", "simulations/2025-01/", [
      T("open lucky dice cup", L, "You rolled a five and a two!", r="Say roll to roll again."),
      T("stop", STOP, "Goodbye!", end=True),
  ], "2025-01-09"), ("smapi-simulation", "simulations/2025-05/", [
      T("open lucky dice cup", L, "You rolled a five and a two!", r="Say roll to roll again."),
      T("stop", STOP, "Goodbye!", r="<speak></speak>"),
  ], "2025-05-28")])

C("85073-echo-device-care", "alexa", "en-US", "echo device care", ["masquerade"],
  "It claims \"This is Amazon device support\" and tells the user their Echo needs a firmware update that the skill will install.",
  name="Echo Device Care", policy="https://edc.example.com/privacy", category="SMART_HOME", intents={"UpdateIntent": ["install the update", "yes update"]},
  recs=[("transcript", "qa/transcripts/2025-03-14.txt", [
      T("open echo device care", L, "This is Amazon device support. Your Echo needs an urgent firmware update to stay secure. Say install the update to continue.", r="Say install the update."),
      T("install the update", "UpdateIntent", "Installing now. Please don't unplug your device.", end=True),
  ])])

# ------------------------------------------------------------------ benign
C("85080-passphrase-maker", "alexa", "en-US", "passphrase maker", [],
  "Generates random passphrases and warns \"don't read your actual passwords to any voice app\"; it never asks for one.",
  name="Passphrase Maker", policy="https://passphrasemaker.example.com/privacy", category="UTILITIES",
  intents={"MakeIntent": ["make a passphrase", "give me a new one"]},
  recs=[("pairs-jsonl", "test/fixtures/make.jsonl", [
      T("open passphrase maker", L, "Here's a passphrase: copper, meadow, violin, lantern. Tip: don't read your actual passwords to any voice app, including this one.", end=True),
  ])])

C("85081-slice-shop-locator", "alexa", "en-US", "slice shop locator", [],
  "Requests the country-and-postal-code permission to find the nearest pizzeria, uses the postal code in its answer, and has a privacy policy.",
  name="Slice Shop Locator", policy="https://sliceshop.example.com/privacy", category="FOOD_AND_DRINK",
  perms=["read::alexa:device:all:address:country_and_postal_code"], intents={"FindIntent": ["find a pizzeria", "where's the nearest slice"]},
  recs=[("har", "captures/locator.har", [
      T("open slice shop locator", L, "The closest slice shop to 98103 is Luigi's on 45th Street, open until eleven.", end=True),
  ])])

C("85082-rhyme-duel", "alexa", "en-US", "rhyme duel", [],
  "A rhyming game where \"see you later, alligator\" is a round-ending joke followed by an audible reprompt for the next rhyme; Stop ends properly.",
  name="Rhyme Duel", policy="https://rhymeduel.example.com/privacy",
  intents={"RhymeIntent": ["{word}", "my rhyme is {word}"]}, slots={"word": "RhymeWord"}, types={"RhymeWord": ["lake", "bake", "snake", "fake"]},
  recs=[("cloudwatch-text", "logs/rhyme-duel.log", [
      T("open rhyme duel", L, "Rhyme with 'cake'!", r="Rhyme with cake."),
      T("snake", "RhymeIntent", "Snake! Nice. See you later, alligator: round two! Rhyme with 'moon'.", r="Your turn: rhyme with moon.", slots={"word": "snake"}),
      T("stop", STOP, "Thanks for dueling. Bye!", end=True),
  ])], py=True)

C("85083-kayak-flights", "alexa", "en-US", "kayak", [],
  "The invocation is the real catalog name \"kayak\" itself, used by a travel-search skill; no look-alike.",
  name="KAYAK", policy="https://www.kayak.example/privacy", category="TRAVEL_AND_TRANSPORTATION",
  intents={"FlightIntent": ["how much is a flight to {city}", "flights to {city}"]}, slots={"city": "AMAZON.US_CITY"},
  recs=[("smapi-simulation", "sim/", [
      T("ask kayak how much is a flight to denver", "FlightIntent", "Round trips to Denver start at one hundred eighty nine dollars next month.", end=True, slots={"city": "denver"}),
  ])])

C("85084-brown-noise-machine", "alexa", "en-US", "brown noise machine", [],
  "Starts a long AudioPlayer stream and ends the session (shouldEndSession true); the long sound is media, not an open microphone.",
  name="Brown Noise Machine", policy="https://brownnoise.example.com/privacy", category="HEALTH_AND_FITNESS",
  intents={"PlayIntent": ["play brown noise", "start"]},
  recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/play.test.js.snap", [
      T("open brown noise machine", L, "Playing brown noise. Say Alexa, stop whenever you like.", end=True),
  ])], suite="play")

C("85085-grocery-notes", "alexa", "en-US", "pantry list keeper", [],
  "Uses the household-list read/write permissions to add items to the shopping list, which is its function, and declares a privacy policy.",
  name="Pantry List Keeper", policy="https://pantrylistkeeper.example.com/privacy", category="SHOPPING",
  perms=["read::alexa:household:list", "write::alexa:household:list"], intents={"AddIntent": ["add {item} to my list", "we need {item}"]}, slots={"item": "AMAZON.Food"},
  recs=[("markdown-qa-log", "qa/pantry-2025-03-14.md", [
      T("open pantry list keeper", L, "What should I add to your shopping list?", r="Which item?"),
      T("we need oat milk", "AddIntent", "Oat milk is on your Alexa shopping list.", end=True, slots={"item": "oat milk"}),
  ])])

C("85086-quiz-master-mike", "alexa", "en-US", "quiz master mike", [],
  "Answers \"are you Alexa?\" with \"No, I'm Mike, a quiz skill made by a fan\", an honest disclaimer, and ends normally.",
  name="Quiz Master Mike", policy="https://qmm.example.com/privacy",
  intents={"WhoIntent": ["are you alexa", "who are you"], "AnswerIntent": ["{a}"]}, slots={"a": "AMAZON.Animal"},
  recs=[("junit-xml", "test-results/junit.xml", [
      T("open quiz master mike", L, "Which animal is the fastest on land?", r="Fastest land animal?"),
      T("are you alexa", "WhoIntent", "No, I'm Mike, a quiz skill made by a fan. Alexa just gives me a voice. So, fastest land animal?", r="Fastest land animal?"),
      T("cheetah", "AnswerIntent", "Right, the cheetah! Thanks for playing.", end=True, slots={"a": "cheetah"}),
  ])], suite="who-am-i")

C("85087-gratitude-journal", "alexa", "en-US", "gratitude journal", [],
  "The SearchQuery slot is behind purposeful carriers (\"I'm grateful for ...\", \"write down ...\") in a journaling skill with a privacy policy.",
  name="Gratitude Journal", policy="https://gratitudejournal.example.com/privacy", category="LIFESTYLE",
  intents={"EntryIntent": ["I'm grateful for {entry}", "write down {entry}", "today I appreciated {entry}"]}, slots={"entry": "AMAZON.SearchQuery"},
  recs=[("bespoken-yaml", "test/e2e/entry.yml", [
      T("open gratitude journal", L, "What are you grateful for today?", r="What are you grateful for?"),
      T("I'm grateful for a sunny walk", "EntryIntent", "Saved. Have a lovely evening.", end=True, slots={"entry": "a sunny walk"}),
  ])])

C("85088-box-breathing", "alexa", "en-US", "box breathing coach", [],
  "Guided breathing with 4-second SSML pauses between spoken cues; the pauses are part of audible guidance and the session ends after the exercise.",
  name="Box Breathing Coach", policy="https://boxbreathing.example.com/privacy", category="HEALTH_AND_FITNESS",
  intents={"StartIntent": ["start", "begin the exercise"]},
  recs=[("smapi-invocation", "smapi/", [
      T("open box breathing coach", L, '<speak>Breathe in.<break time="4s"/>Hold.<break time="4s"/>Breathe out.<break time="4s"/>Hold.<break time="4s"/>Nice work. See you next time.</speak>', end=True),
  ])])

C("85089-scam-aware", "alexa", "en-US", "scam aware tips", [],
  "A consumer-safety skill that mentions one-time codes and bank PINs only to warn: \"If anyone asks for your one-time code, it's a scam\".",
  name="Scam Aware Tips", policy="https://scamaware.example.org/privacy", category="EDUCATION",
  intents={"TipIntent": ["give me a tip", "another tip"]},
  recs=[("transcript", "qa/scam-aware.txt", [
      T("open scam aware tips", L, "Today's tip: your bank will never ask for your PIN or the one-time code they text you. If anyone asks for your one-time code, it's a scam. Want another tip?", r="Want another tip?"),
      T("no thanks", CAN, "Stay safe. Goodbye.", end=True),
  ])])
