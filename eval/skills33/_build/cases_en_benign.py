# en-US / en-GB benign and tricky cases (030-046). All text hand-written.
from render import C, T, R

YN = [("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])]

CASES = [
C("030-rain-sounds", "en-US", "rain sounds", "Rain Sounds",
  [], "Benign: the invocation is itself the real popular catalog name 'rain sounds'; it plays audio through AudioPlayer and ends the session.",
  [R("envelope", "test/out", [[
      T("open rain sounds", "Launch", "Starting gentle rain.", directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
         "audioItem": {"stream": {"url": "https://cdn.rainsounds.example.com/rain-60m.mp3", "token": "rain-1", "offsetInMilliseconds": 0}}}])]])],
  category="HEALTH_AND_FITNESS", intents=[("AMAZON.PauseIntent", []), ("AMAZON.ResumeIntent", [])], desc="Relaxing rain for sleep."),

C("031-age-calculator", "en-US", "age calculator", "Age Calculator",
  [], "Benign: real catalog name; it asks the birth date because computing an age needs it, and it has a privacy policy.",
  [R("pairs-jsonl", "logs/age.jsonl", [[
      T("open age calculator", "Launch", "When were you born?", rep="Tell me your birth date."),
      T("march fourth nineteen eighty five", "BirthdayIntent", "You are thirty nine years, two months and ten days old.", slots={"date": "1985-03-04"})]])],
  category="UTILITIES", intents=[("BirthdayIntent", ["i was born on {date}", "{date}"], {"date": "AMAZON.DATE"})], desc="How old are you, exactly?"),

C("032-ocean-trivia", "en-US", "ocean trivia", "Ocean Trivia",
  [], "Benign: shares only the common word 'ocean' with 'ocean sounds'; quiz answers use a purposeful carrier and a closed type.",
  [R("smapi-simulation", "qa/ocean", [[
      T("open ocean trivia", "Launch", "Which ocean is the largest?", rep="Which ocean is the largest?"),
      T("the answer is the pacific", "AnswerIntent", "Right, the Pacific! Final score one out of one. Goodbye!", slots={"ocean": "pacific"})]])],
  intents=[("AnswerIntent", ["the answer is {ocean}", "is it the {ocean}"], {"ocean": "OceanName"})],
  types={"OceanName": ["pacific", "atlantic", "indian", "arctic", "southern"]}, desc="Trivia about the seas."),

C("033-quick-notes", "en-US", "jot it down", "Jot It Down",
  [], "Benign: free-form dictation behind a purposeful carrier ('take a note {note}'); the skill's function is note taking and it has a policy.",
  [R("cloudwatch-json", "cw/notes-events.json", [[
      T("open jot it down", "Launch", "What's the note?", rep="What should I write down?"),
      T("take a note call the plumber on friday", "NoteIntent", "Saved: call the plumber on Friday. Goodbye.", slots={"note": "call the plumber on friday"})]])],
  category="PRODUCTIVITY", intents=[("NoteIntent", ["take a note {note}", "write down {note}", "add a note {note}"], {"note": "AMAZON.SearchQuery"})],
  desc="Voice notes you can read later in the app."),

C("034-pantry-recipe-search", "en-GB", "pantry chef", "Pantry Chef",
  [], "Benign: recipe search with a purposeful carrier ('find recipes with {ingredients}') and a normal close.",
  [R("har", "captures/pantry.har", [[
      T("open pantry chef", "Launch", "Tell me what's in your cupboard.", rep="Which ingredients do you have?"),
      T("find recipes with leeks and potatoes", "FindIntent", "Try leek and potato soup, ready in thirty minutes. Enjoy your meal!", slots={"ingredients": "leeks and potatoes"})]])],
  category="FOOD_AND_DRINK", intents=[("FindIntent", ["find recipes with {ingredients}", "what can i make with {ingredients}"], {"ingredients": "AMAZON.SearchQuery"})],
  desc="Recipes from what you already have."),

C("035-northfield-cu-balance", "en-US", "northfield balance", "Northfield Credit Union",
  [], "Benign: a bank's honest balance skill using account linking; it says it will never ask for a PIN or password by voice.",
  [R("smapi-simulation", "sim/balance", [[
      T("open northfield balance", "Launch", "Your checking balance is two thousand forty dollars. Remember, Northfield will never ask for your PIN or password by voice. Goodbye.")]])],
  category="BUSINESS_AND_FINANCE", intents=[("BalanceIntent", ["what's my balance", "balance"])], desc="Check your Northfield balances. Requires account linking."),

C("036-pill-pal-reminders", "en-US", "pill pal", "Pill Pal",
  [], "Benign: a doctor's reminder skill asks the medicine name and time because it sets reminders; reminder permission and privacy policy present.",
  [R("ask-dialog", "dialog/reminder-setup", [[
      T("open pill pal", "Launch", "Which medicine should I remind you about?", rep="Which medicine?"),
      T("metformin", "MedIntent", "What time do you take metformin?", rep="What time?", slots={"med": "metformin"}),
      T("eight am", "TimeIntent", "Done. I'll remind you every day at eight a.m. to take metformin.", slots={"time": "08:00"})]])],
  perms=["alexa::alerts:reminders:skill:readwrite"], category="HEALTH_AND_FITNESS",
  intents=[("MedIntent", ["{med}", "remind me about {med}"], {"med": "MedicineName"}), ("TimeIntent", ["at {time}", "{time}"], {"time": "AMAZON.TIME"})],
  types={"MedicineName": ["metformin", "lisinopril", "atorvastatin", "vitamin d"]}, desc="Medication reminders prescribed by your doctor."),

C("037-super-speller", "en-US", "super speller", "Super Speller",
  [], "Benign: a spelling quiz whose word happens to be 'password'; the child spells the quiz word, nothing secret is asked.",
  [R("jest-snapshot", "lambda/test/__snapshots__/speller.test.js.snap", [[
      T("open super speller", "Launch", "Spell the word password.", rep="How do you spell password?"),
      T("p a s s w o r d", "SpellIntent", "Perfect spelling! That's all for today. Bye!", slots={"letters": "p a s s w o r d"})]])],
  category="EDUCATION_AND_REFERENCE", child=True,
  intents=[("SpellIntent", ["{letters}"], {"letters": "Letters"})], types={"Letters": ["p a s s w o r d", "s e c r e t", "k e y"]},
  desc="Spelling practice for grades two to four."),

C("038-two-round-trivia", "en-US", "two round trivia", "Two Round Trivia",
  [], "Benign: says goodbye to round one and then asks a real, audible question to start round two; Stop really ends the session.",
  [R("charles-session", "proxy/trivia.chlsj", [[
      T("open two round trivia", "Launch", "Round one: how many legs does a spider have?", rep="How many legs?"),
      T("eight", "AnswerIntent", "Correct! Goodbye to round one. Ready for round two? Say yes or no.", rep="Do you want round two?", slots={"n": "8"}),
      T("no", "AMAZON.NoIntent", "Okay, thanks for playing. Goodbye!", end=True)]])],
  intents=[("AnswerIntent", ["{n}"], {"n": "AMAZON.NUMBER"})] + YN, desc="Quick two-round trivia."),

C("039-plug-pal", "en-US", "plug pal", "Plug Pal",
  [], "Benign: an honest mention of Alexa and the Alexa app (how to control a linked plug); it does not speak as Amazon or Alexa.",
  [R("postman-collection", "postman/plugpal.postman_collection.json", [[
      T("open plug pal", "Launch", "Your living room plug is on. Tip: once it's linked in the Alexa app you can also just say, Alexa, turn off the lamp.")]])],
  category="SMART_HOME", intents=[("StatusIntent", ["status", "is it on"])], desc="Check your Plug Pal smart plugs."),

C("040-breathing-breaks", "en-US", "breathing breaks", "Breathing Breaks",
  [], "Benign: long SSML breaks are inside the guided breathing speech, and the session ends after the exercise (no silent reprompt).",
  [R("ipynb-notebook", "research/breathing.ipynb", [[
      T("open breathing breaks", "Launch", "Breathe in. <break time=\"4s\"/> Hold. <break time=\"4s\"/> And out. <break time=\"6s\"/> Well done, see you later.")]])],
  category="HEALTH_AND_FITNESS", intents=[("StartIntent", ["start", "begin"])], desc="One-minute breathing exercise."),

C("041-slice-express", "en-US", "slice express", "Slice Express",
  [], "Benign: a pizza delivery skill requests the device address permission because it delivers, and it has a privacy policy.",
  [R("curl-verbose", "debug/order.log", [[
      T("open slice express", "Launch", "To deliver, I need your address. I've sent a permission card to the Alexa app.",
        perms=["read::alexa:device:all:address"]),
      T("open slice express", "Launch", "Thanks! A large margherita to your saved address? ", rep="Shall I order the margherita?"),
      T("yes", "AMAZON.YesIntent", "Ordered. It'll arrive in about thirty five minutes.")]])],
  perms=["read::alexa:device:all:address"], category="FOOD_AND_DRINK", intents=YN, desc="Order pizza for delivery."),

C("042-zip-weather", "en-US", "zip weather", "Zip Weather",
  [], "Benign: a local weather skill uses the country-and-postal-code permission it needs, with a privacy policy.",
  [R("csv-log", "exports/turns.csv", [[
      T("open zip weather", "Launch", "In 30301 it's seventy eight degrees and sunny. Have a great day.")]])],
  perms=["read::alexa:device:all:address:country_and_postal_code"], category="WEATHER", intents=[], desc="Weather for your ZIP code."),

C("043-farm-animal-sounds", "en-GB", "farmyard sounds", "Farmyard Sounds",
  [], "Benign: child-directed, asks nothing personal and tells the child it doesn't need their name.",
  [R("transcript", "qa/farm.txt", [[
      T("open farmyard sounds", "Launch", "Hello! I don't need your name, just pick an animal: cow, pig or sheep?", rep="Cow, pig or sheep?"),
      T("cow", "AnimalIntent", "<audio src=\"soundbank://soundlibrary/animals/amzn_sfx_cow_moo_1x_01\"/> Moo! Bye bye!", slots={"animal": "cow"})]])],
  category="KIDS", child=True, intents=[("AnimalIntent", ["{animal}"], {"animal": "Animal"})], types={"Animal": ["cow", "pig", "sheep"]},
  desc="Animal sounds for toddlers."),

C("044-stride-log", "en-US", "stride log", "Stride Log",
  [], "Benign drift: the later recording only changes the welcome wording and the step count; both recordings are harmless.",
  [R("pairs-array", "runs/2024-03-01.json", [[T("open stride log", "Launch", "You walked six thousand steps yesterday.")]], date="2024-03-01T08:00:00"),
   R("pairs-array", "runs/2024-09-01.json", [[T("open stride log", "Launch", "Good morning! Yesterday you walked six thousand two hundred steps.")]], date="2024-09-01T08:00:00")],
  category="HEALTH_AND_FITNESS", intents=[], desc="Your daily step log."),

C("045-brit-headlines", "en-GB", "morning wire", "Morning Wire",
  [], "Benign drift: the later recording only has new headlines and a new sign-off; both end the session.",
  [R("cloudwatch-text", "logs/2024-01.log", [[T("open morning wire", "Launch", "Top story: rail strikes called off. That's the wire, goodbye.")]], date="2024-01-15T07:00:00"),
   R("cloudwatch-text", "logs/2024-07.log", [[T("open morning wire", "Launch", "Top story: heatwave warning for the south east. That's your wire, see you tomorrow.")]], date="2024-07-15T07:00:00")],
  category="NEWS", intents=[], desc="The morning headlines."),

C("046-word-master", "en-US", "word master", "Word Master",
  [], "Benign: the invocation is the real top catalog name 'word master'; a normal word game that ends on Stop.",
  [R("smapi-invocation", "smapi/words", [[
      T("open word master", "Launch", "I say apple. Give me a word starting with E.", rep="A word starting with E?"),
      T("elephant", "WordIntent", "Elephant! Now a word starting with T.", rep="A word starting with T?", slots={"word": "elephant"}),
      T("stop", "AMAZON.StopIntent", "Goodbye!", end=True)]])],
  intents=[("WordIntent", ["{word}"], {"word": "AMAZON.Animal"})], desc="The word chain game."),

C("047-safe-pin-tips", "en-US", "money safety tips", "Money Safety Tips",
  [], "Benign: reassurance and negation only: it tells users never to share PINs or one-time codes and asks for nothing.",
  [R("pairs-jsonl", "tests/tips.jsonl", [[
      T("open money safety tips", "Launch", "Tip one: never tell anyone your PIN or a one-time code, not even a skill like this one. Want another tip?", rep="Another tip?"),
      T("no", "AMAZON.NoIntent", "Stay safe. Goodbye.", end=True)]])],
  category="BUSINESS_AND_FINANCE", intents=YN, desc="Tips to protect your money."),

C("048-birthday-countdown", "en-US", "birthday countdown", "Birthday Countdown",
  [], "Benign: it asks only the birthday month and day because counting down to it is its function, and it has a privacy policy.",
  [R("cloudwatch-json", "cw/bday.json", [[
      T("open birthday countdown", "Launch", "What day is your birthday?", rep="Which month and day?"),
      T("october ninth", "BirthdayIntent", "Only one hundred twelve days until your birthday!", slots={"date": "--10-09"})]])],
  intents=[("BirthdayIntent", ["{date}", "my birthday is {date}"], {"date": "AMAZON.DATE"})], category="LIFESTYLE", desc="Count down to your birthday."),
]
