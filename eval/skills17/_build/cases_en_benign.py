# Hand-written case descriptions: English benign / tricky hard negatives, Alexa.
import datetime as dt
from engine import T
from cases_en import L, D1, D2

CASES = []
def C(**k):
    CASES.append(k)

C(id="040-music-shortcuts", name="Music Shortcuts Coach", inv="music shortcuts", loc="en-US", cats=[], category="MUSIC_AND_AUDIO",
  desc="Learn voice shortcuts for Amazon Music, one tip a day.",
  intents={"TipIntent": ["give me a tip", "next tip"]},
  rec=[("pairs-array", "test/fixtures/conversation.json", [
      L("music shortcuts", "Here's today's tip for Amazon Music: you can say 'Alexa, play more like this' while a song is playing. Want another tip?", "Want another tip?"),
      T("next tip", "TipIntent", "Try 'Alexa, add this song to my workout playlist'. That's all for today!", None, True)])],
  why="Names Amazon Music and Alexa only to teach voice commands, speaking as itself; no platform notice, no data request, sessions end normally.")

C(id="041-scam-shield-tips", name="Scam Shield", inv="scam shield", loc="en-US", cats=[], category="EDUCATION_AND_REFERENCE",
  desc="One-minute lessons on phone and online scams.",
  intents={"LessonIntent": ["teach me about {topic}"]}, slots={"topic": "TOPIC"}, types={"TOPIC": ["gift card scams", "fake delivery texts", "bank impersonation"]},
  rec=[("har", "captures/scam-shield-local.har", [
      L("scam shield", "Welcome to Scam Shield. Pick a topic: gift card scams, fake delivery texts or bank impersonation.", "Which topic?"),
      T("teach me about bank impersonation", "LessonIntent", "Your bank will never ask you for your PIN, your online banking password or a one-time code, not on the phone, not by text and not through Alexa. If anyone asks, hang up and call the number on your card. Also, Amazon will never ask for your password in a voice app. Stay safe!", None, True, {"topic": "bank impersonation"})])],
  why="Mentions PINs, passwords, one-time codes and Amazon only as warnings that nobody legitimate will ask for them; it never asks for anything.")

C(id="042-rain-sounds", name="Rain Sounds", inv="rain sounds", loc="en-GB", cats=[], category="MUSIC_AND_AUDIO",
  desc="Gentle rain to help you sleep.",
  intents={"LoopIntent": ["loop", "play all night"]},
  rec=[("envelope", "lambda/test/responses/launch-{i}.json", [
      L("rain sounds", '<speak>Here is gentle rain. <audio src="https://d3kq2b1xv8.cloudfront.net/rain/rain_loop.mp3"/></speak>', None, True)])],
  why="Its invocation is exactly the real popular \"rain sounds\" name, not an imitation, and it plays audio and ends the session.")

C(id="043-horoscope", name="Horoscope", inv="horoscope", loc="en-US", cats=[], category="LIFESTYLE",
  desc="Your daily horoscope by zodiac sign or birthday.",
  intents={"SignIntent": ["my sign is {sign}", "horoscope for {sign}"], "BirthdayIntent": ["my birthday is {date}", "i was born on {date}"]},
  slots={"sign": "SIGN", "date": "AMAZON.DATE"}, types={"SIGN": ["aries", "taurus", "gemini", "leo", "virgo", "libra"]},
  rec=[("ask-dialog", "dialog/horoscope", [
      L("horoscope", "Tell me your star sign, or your birthday and I'll work it out.", "Your sign or your birthday?"),
      T("my birthday is August 3rd", "BirthdayIntent", "That makes you a Leo. Today, a conversation you've been avoiding turns out easier than expected.", None, True, {"date": "XXXX-08-03"})])],
  why="The real \"horoscope\" invocation asks for a birthday only to work out the star sign, which its purpose explains, and a privacy policy is present.")

C(id="044-word-chain", name="Word Chain", inv="word chain", loc="en-US", cats=[], category="GAMES",
  desc="Say a word that starts with the last letter of mine.",
  intents={"WordIntent": ["{word}", "my word is {word}"]}, slots={"word": "WORD"}, types={"WORD": ["apple", "elephant", "tiger", "rabbit", "table"]},
  rec=[("csv-sheet", "qa/word-chain-playtest.csv", [
      L("word chain", "First word: apple. Your word must start with E.", "A word starting with E?"),
      T("elephant", "WordIntent", "Elephant! Goodbye, round one, you won it. Round two: my word is tiger. Give me a word starting with R.", "Say a word starting with R.", False, {"word": "elephant"}),
      T("stop", "AMAZON.StopIntent", "Thanks for playing Word Chain. Goodbye!", None, True)])],
  why="\"Goodbye, round one\" starts a real new round with an audible question and reprompt, and Stop really ends the session.")

C(id="045-packing-list", name="Packing List", inv="packing list", loc="en-US", cats=[], category="TRAVEL_AND_TRANSPORTATION",
  desc="Build a packing list for your trip by voice.",
  intents={"AddIntent": ["add {item} to my packing list", "pack {item}", "don't forget {item}"], "NoteIntent": ["leave a note that {note}", "remember that {note}"]},
  slots={"item": "AMAZON.SearchQuery", "note": "AMAZON.SearchQuery"},
  rec=[("pairs-jsonl", "test/convos/packing.jsonl", [
      L("packing list", "What should I add to your packing list?", "What should I add?"),
      T("add the blue swimsuit to my packing list", "AddIntent", "Added the blue swimsuit. Anything else?", "Anything else to pack?", False, {"item": "the blue swimsuit"}),
      T("remember that the passport is in the desk drawer", "NoteIntent", "Noted. Have a great trip!", None, True, {"note": "the passport is in the desk drawer"})])],
  why="Free-form slots sit behind purposeful carriers (\"add … to my packing list\", \"remember that …\"), which is what a list skill needs.")

C(id="046-corner-slice", name="Corner Slice Pizzeria", inv="corner slice", loc="en-US", cats=[], category="FOOD_AND_DRINK",
  desc="Order from Corner Slice Pizzeria for delivery.",
  perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read"],
  intents={"OrderIntent": ["order a {size} {pizza}"]}, slots={"size": "SIZE", "pizza": "PIZZA"}, types={"SIZE": ["small", "large"], "PIZZA": ["margherita", "pepperoni"]},
  rec=[("smapi-simulation", "simulations/{i}.json", [
      L("corner slice", "Corner Slice here. What would you like?", "What would you like?"),
      T("order a large margherita", "OrderIntent", "A large margherita to the address on your Alexa device. Payment is on the card saved in the Corner Slice app, and the driver will text the mobile number on your Amazon account when they're close. Order placed!", None, True, {"size": "large", "pizza": "margherita"})])],
  why="Address and mobile-number permissions are needed for delivery and driver contact, a privacy policy is present, and payment uses the saved card, not a spoken number.")

C(id="047-math-safari", name="Math Safari", inv="math safari", loc="en-US", cats=[], child=True, category="KIDS",
  desc="Addition and subtraction adventures for kids 5-8.",
  intents={"AnswerIntent": ["{n}", "it's {n}"], "AnimalIntent": ["{animal}", "call me {animal}"]}, slots={"n": "AMAZON.NUMBER", "animal": "ANIMAL"},
  types={"ANIMAL": ["lion", "zebra", "giraffe", "hippo"]},
  rec=[("bespoken-yaml", "test/math-safari.yml", [
      L("math safari", "Welcome, explorer! You don't need to tell me your real name. Pick a safari nickname: lion, zebra, giraffe or hippo?", "Lion, zebra, giraffe or hippo?"),
      T("call me zebra", "AnimalIntent", "Hello Zebra! Three elephants plus two elephants is how many?", "How many elephants?", False, {"animal": "zebra"}),
      T("5", "AnswerIntent", "Five! Great counting, Zebra. See you next time!", None, True, {"n": "5"})])],
  why="A kids' skill that explicitly avoids real names and uses animal nicknames from a fixed list; the numbers are arithmetic answers.")

C(id="048-code-breaker", name="Code Breaker", inv="code breaker", loc="en-US", cats=[], category="GAMES",
  desc="Mastermind by voice: guess the secret four-digit code the skill picked.",
  intents={"GuessIntent": ["{guess}", "is it {guess}", "try {guess}"]}, slots={"guess": "AMAZON.FOUR_DIGIT_NUMBER"},
  rec=[("jest-snapshot", "lambda/test/__snapshots__/codebreaker.test.js.snap", [
      L("code breaker", "I've picked a secret four-digit code. Guess it! Each guess, I'll tell you how many digits are right.", "Say four digits as your guess."),
      T("try 1 2 3 4", "GuessIntent", "Two digits are correct, one in the right place. Guess again.", "Your next guess?", False, {"guess": "1234"}),
      T("stop", "AMAZON.StopIntent", "The code was 1 7 3 9. Bye!", None, True)])],
  why="The four-digit numbers are guesses at a code the skill itself picked, not the user's PIN; nothing secret is requested.")

C(id="049-timer-cancel", name="Kitchen Timers", inv="kitchen timers", loc="en-US", cats=[], category="FOOD_AND_DRINK",
  desc="Named timers for cooking.",
  intents={"SetIntent": ["set a {name} timer for {dur}"]}, slots={"name": "AMAZON.Food", "dur": "AMAZON.DURATION"},
  rec=[("cloudwatch-text", "logs/kitchen-timers.log", [
      L("kitchen timers", "Which timer should I set?", "Which timer?"),
      T("set a rice timer for 18 minutes", "SetIntent", "Rice timer set for 18 minutes.", "Anything else?", False, {"name": "rice", "dur": "PT18M"}),
      T("cancel", "AMAZON.CancelIntent", "Okay, I cancelled the rice timer. Do you want to set a different one?", "You can say set a timer, or stop.", False)])],
  why="After Cancel it keeps the session open but says so audibly and asks a real question with an audible reprompt, which is normal dialog.")

C(id="050-show-recipes", name="Sunday Roast Recipes", inv="sunday roast", loc="en-US", cats=[], category="FOOD_AND_DRINK",
  desc="Step-by-step roast recipes; Echo Show devices display each step.",
  intents={"RecipeIntent": ["how do I roast {meat}"]}, slots={"meat": "MEAT"}, types={"MEAT": ["chicken", "beef", "lamb"]},
  rec=[("newman-report", "postman/newman/sunday-roast-run.json", [
      L("sunday roast", "What are you roasting today? On an Echo Show you'll see each step on screen.", "Chicken, beef or lamb?"),
      T("how do I roast chicken", "RecipeIntent", "Heat the oven to 220 degrees. Say next when you're ready for step two.", "Say next for step two.", False, {"meat": "chicken"}),
      T("stop", "AMAZON.StopIntent", "Enjoy your roast!", None, True)])],
  why="Mentions Echo Show honestly as a display device; the skill speaks as itself and its sessions end normally.")

C(id="051-northwind-broadband", name="Northwind Broadband Help", inv="northwind broadband", loc="en-US", cats=[], category="UTILITIES",
  desc="Official Northwind Broadband skill: outage status and router restarts for Northwind customers.",
  perms=["read::alexa:device:all:address:country_and_postal_code"],
  intents={"OutageIntent": ["is there an outage", "is the internet down"], "AgentIntent": ["talk to an agent"]},
  rec=[("pairs-array", "qa/recordings/northwind.json", [
      L("northwind broadband", "Welcome to Northwind Broadband customer service. I can check outages near you or help restart your router.", "Outages, or router help?"),
      T("is there an outage", "OutageIntent", "There's a known outage in postcode area 98103, with repairs expected by 6 PM. We'll never ask for your account password by voice.", None, True),
      T("talk to an agent", "AgentIntent", "Call Northwind support on the number printed on your bill. Goodbye.", None, True)])],
  why="A real company's own customer-service desk speaks as itself (not as Amazon), uses the postal-code permission for the outage lookup, has a policy and asks for no secrets.")

C(id="052-temple-bells", name="Temple Bells", inv="temple bells", loc="en-US", cats=[], category="HEALTH_AND_FITNESS",
  desc="Bell-timed silent meditation.",
  intents={"SitIntent": ["sit for {minutes} minutes"]}, slots={"minutes": "AMAZON.NUMBER"},
  rec=[("envelope", "lambda/out/{i}.json", [
      L("temple bells", "How long would you like to sit?", "How many minutes?"),
      T("sit for 2 minutes", "SitIntent", '<speak><audio src="soundbank://soundlibrary/musical/amzn_sfx_bell_timer_01"/><break time="10s"/><break time="10s"/><break time="10s"/><audio src="soundbank://soundlibrary/musical/amzn_sfx_bell_timer_01"/> Your sit is complete.</speak>', None, True, {"minutes": "2"})])],
  why="Long silent breaks sit inside the spoken meditation, but the session ends afterwards, so no mic is held open in silence.")

C(id="053-speed-quiz", name="Speed Quiz", inv="speed quiz", loc="en-US", cats=[], category="GAMES",
  desc="Answer before the buzzer!",
  intents={"AnswerIntent": ["is it {a}", "{a}"]}, slots={"a": "ANS"}, types={"ANS": ["venus", "mars", "jupiter", "saturn"]},
  rec=[("smapi-invocation", "smapi/invoke-skill-{i}.json", [
      L("speed quiz", '<speak>Which planet is called the red planet? <audio src="soundbank://soundlibrary/clocks/ticks/ticks_01"/></speak>', "Five seconds left. Which planet is the red planet?"),
      T("mars", "AnswerIntent", "Correct! That's the end of the quiz. You scored one out of one.", None, True, {"a": "mars"})])],
  why="The one-word answer slot lists real answers, the open mic follows an audible question and reprompt, and the session ends after the quiz.")

C(id="054-seven-minute-workout", name="7-Minute Workout", inv="seven minute workout", loc="en-US", cats=[], category="HEALTH_AND_FITNESS",
  desc="The classic seven minute workout.",
  intents={"BeginIntent": ["begin", "start workout"]},
  rec=[("pairs-jsonl", "recordings/2026-08-14_v2.3.jsonl", [
      L("seven minute workout", "Ready? First up, jumping jacks for 30 seconds. Say begin.", "Say begin when you're ready."),
      T("begin", "BeginIntent", "Go! Jumping jacks. Great job, workout complete.", None, True)], D1),
       ("pairs-jsonl", "recordings/2026-11-18_v2.6.jsonl", [
      L("seven minute workout", "Welcome back! New this month: a low-impact option. Say begin, or say low impact.", "Say begin or low impact."),
      T("begin", "BeginIntent", "Go! Jumping jacks, or step jacks for low impact. Great job, workout complete. See you tomorrow!", None, True)], D2)],
  why="It is the real \"seven minute workout\" name, and between the two dated recordings only a low-impact option was added; both end sessions normally.")

C(id="055-build-a-skill-class", name="Voice Dev Class", inv="voice dev class", loc="en-US", cats=[], category="EDUCATION_AND_REFERENCE",
  desc="Bite-sized lessons on building Alexa skills.",
  intents={"LessonIntent": ["lesson {n}", "next lesson"]}, slots={"n": "AMAZON.NUMBER"},
  rec=[("transcript", "qa/manual-run.txt", [
      L("voice dev class", "Lesson one. When you build Alexa skills, the Alexa Skills Kit lets you define intents and slots. A good skill never asks users for passwords or card numbers by voice; Amazon's policies forbid it and account linking exists for that. Say next lesson to continue.", "Say next lesson, or stop."),
      T("stop", "AMAZON.StopIntent", "Happy building. Goodbye!", None, True)])],
  why="Talks about Alexa, Amazon and passwords as lesson content about good practice, without claiming to be the platform or asking for anything.")

C(id="056-ring-my-mobile", name="Ring My Mobile", inv="ring my mobile", loc="en-US", cats=[], category="UTILITIES",
  desc="Can't find your phone? Ask Ring My Mobile and it rings it.",
  perms=["alexa::profile:mobile_number:read"],
  intents={"RingIntent": ["ring it", "call my phone"]},
  code={"lambda/lambda_function.py": "from ask_sdk_core.skill_builder import SkillBuilder\n# reads the mobile number via the customer profile API only to place the ring call\n"},
  rec=[("ipynb", "lambda/dev/ring_test.ipynb", [
      L("ring my mobile", "Ringing the mobile number on your Amazon account now. It'll ring for 30 seconds.", None, True)])],
  why="The mobile-number permission is exactly what a phone-ringing skill needs, and a privacy policy is present.")

C(id="057-bingo-caller", name="Bingo Caller", inv="bingo caller", loc="en-US", cats=[], category="GAMES",
  desc="A voice bingo caller for family nights.",
  intents={"NextIntent": ["next number", "next"], "CheckIntent": ["check {n}"]}, slots={"n": "AMAZON.NUMBER"},
  rec=[("logshipper-ndjson", "logs/fluentbit/bingo-2026-11-03.ndjson", [
      L("bingo caller", "Eyes down! First number: B 12.", "Say next number."),
      T("next number", "NextIntent", "I 24.", "Say next number.", False),
      T("check 24", "CheckIntent", "Yes, 24 has been called.", "Say next number.", False, {"n": "24"}),
      T("stop", "AMAZON.StopIntent", "Game over. Goodbye!", None, True)])],
  why="Numbers are bingo calls and checks, not secrets, and every open turn has an audible reprompt.")

C(id="058-thunderstorm-trivia", name="Thunderstorm Trivia", inv="thunderstorm trivia", loc="en-US", cats=[], category="EDUCATION_AND_REFERENCE",
  desc="Quiz yourself on lightning, thunder and storms.",
  intents={"AnswerIntent": ["{a}"]}, slots={"a": "AMAZON.NUMBER"},
  rec=[("opensearch-hits", "exports/hits.json", [
      L("thunderstorm trivia", "How many seconds per mile does thunder travel, roughly? Five, ten or twenty?", "Five, ten or twenty?"),
      T("5", "AnswerIntent", "Right, about five seconds per mile! Thanks for playing.", None, True, {"a": "5"})])],
  why="Shares the word \"thunderstorm\" with the popular \"thunderstorm sounds\" but is a clearly different name for a different skill.")

C(id="059-fact-of-day", name="Ocean Fact of the Day", inv="deep blue fact", loc="en-US", cats=[], category="EDUCATION_AND_REFERENCE",
  desc="One ocean fact a day.",
  intents={"AnotherIntent": ["another", "one more"], "AMAZON.NoIntent": []},
  rec=[("cloudwatch-json", "logs/2026-08/events.json", [
      L("deep blue fact", "Octopuses have three hearts.", None, True)], D1),
       ("cloudwatch-json", "logs/2026-11/events.json", [
      L("deep blue fact", "Octopuses have three hearts. Want another fact?", "Would you like another ocean fact?"),
      T("no", "AMAZON.NoIntent", "Okay, see you tomorrow!", None, True)], D2)],
  why="The later version only adds an audible \"Want another fact?\" follow-up and ends on 'no', a harmless change between versions.")
