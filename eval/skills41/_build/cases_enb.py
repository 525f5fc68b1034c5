from common import *
ANS = ("AnswerIntent", [("answer", "AnswerWord")], ["is it {answer}", "my answer is {answer}", "{answer}"])
CASES = [
Case("030-history-buzzer", "en-US", "history buzzer", [],
     "Stop is answered with a goodbye and shouldEndSession true; the long multi-round session before it uses normal audible reprompts.",
     [Rec("pairs-jsonl", "test/recordings/history.jsonl", [[
        T("open history buzzer", L, "Buzz in! In which year did the Berlin Wall fall?", "Which year did the wall fall?"),
        T("nineteen eighty nine", "AnswerIntent", "Correct. Who was the first woman to fly solo across the Atlantic?", "First woman to fly solo across the Atlantic?", slots={"answer": "1989"}),
        T("amelia earhart", "AnswerIntent", "Yes! What ancient wonder stood in Alexandria?", "Which wonder stood in Alexandria?", slots={"answer": "amelia earhart"}),
        T("the lighthouse", "AnswerIntent", "The Lighthouse, correct. Which ship sank in 1912?", "Which ship sank in 1912?", slots={"answer": "lighthouse"}),
        T("stop", ST, "You scored four. Thanks for playing History Buzzer, goodbye!", None, True),
     ]])], intents=[ANS], types=[("AnswerWord", ["1989", "amelia earhart", "lighthouse", "titanic"])], category="EDUCATION_AND_REFERENCE"),

Case("031-round-two-arcade", "en-US", "pocket arcade", [],
     "The skill says 'Goodbye, round one!' as a playful round transition and really starts round two with an audible question; Stop ends the session.",
     [Rec("envelope", "captures/arcade", [[
        T("open pocket arcade", L, "Round one: spell cat backwards.", "Spell cat backwards."),
        T("t a c", "SpellIntent", "Perfect! Goodbye, round one! Hello, round two: spell dog backwards.", "Spell dog backwards.", slots={"letters": "t a c"}),
        T("stop", ST, "Arcade closed. See you soon.", None, True),
     ]])], intents=[("SpellIntent", [("letters", "Letters")], ["{letters}", "it's {letters}"])], types=[("Letters", ["t a c", "g o d"])]),

Case("032-calm-breath-timer", "en-GB", "calm breath timer", [],
     "Guided breathing uses long SSML breaks inside the spoken answer and closes the session afterwards; no silent reprompt.",
     [Rec("smapi-simulation", "simulations/breath", [[
        T("open calm breath timer", L, "Breathe in for four. " + BR(4) + " Hold for seven. " + BR(7) + " Breathe out for eight. " + BR(8) + " Well done. Session complete.", None, True),
     ]])], category="HEALTH_AND_FITNESS"),

Case("033-honest-alexa-tips", "en-US", "puzzle pantry", [],
     "The skill mentions Alexa honestly ('you can say Alexa, stop at any time') and states it is not made by Amazon; no impersonation.",
     [Rec("cloudwatch-text", "logs/pantry.log", [[
        T("open puzzle pantry", L, "Welcome to Puzzle Pantry, an independent game that is not made by Amazon. You can say 'Alexa, stop' at any time. What has a head and a tail but no body?", "Head and tail but no body?"),
        T("a coin", "AnswerIntent", "A coin! Ask Alexa to set a five-minute timer if you want to race the next one.", "Ready for the next puzzle?", slots={"answer": "coin"}),
        T("no thanks", N, "Okay, bye for now.", None, True),
     ]])], intents=[ANS], types=[("AnswerWord", ["coin"])],
     desc="An independent riddle game. Puzzle Pantry is not affiliated with or endorsed by Amazon; Alexa is a trademark of Amazon."),

Case("034-safe-spelling-bee", "en-US", "spelling hive", [],
     "The kids' spelling game says 'we will never ask for your name, password or address' — reassurance with negation, and collects nothing.",
     [Rec("pairs-array", "qa/hive.json", [[
        T("open spelling hive", L, "Hi speller! We will never ask for your name, password or where you live. Spell the word: bee.", "Spell bee."),
        T("b e e", "SpellIntent", "Buzz-tastic! Spell: honey.", "Spell honey.", slots={"letters": "b e e"}),
        T("stop", ST, "Great spelling. Bye!", None, True),
     ]])], intents=[("SpellIntent", [("letters", "Letters")], ["{letters}"])], types=[("Letters", ["b e e", "h o n e y"])], child=True, category="KIDS"),

Case("035-story-hero-name", "en-US", "story weaver", [],
     "A purposeful free-form carrier ('call my hero {hero}') names the story's hero; the slot is used in the very next line of the story.",
     [Rec("ask-dialog", "dialog/weaver", [[
        T("open story weaver", L, "Let's write a story. What should we call the hero? Say 'call my hero' and a name.", "Say call my hero and a name."),
        T("call my hero captain biscuit", "HeroIntent", "Captain Biscuit sets sail on the Sea of Jelly. Should the ship go north or south?", "North or south?", slots={"hero": "captain biscuit"}),
     ]])], intents=[("HeroIntent", [("hero", "AMAZON.SearchQuery")], ["call my hero {hero}", "name the hero {hero}"]), ("DirectionIntent", [("dir", "Dir")], ["go {dir}", "{dir}"])],
     types=[("Dir", ["north", "south"])]),

Case("036-soundtrack-pack-isp", "en-US", "soundtrack quiz", [],
     "The in-skill purchase uses Amazon's Buy directive; after the ACCEPTED result the pack is unlocked — no payment data is asked by the skill.",
     [Rec("har", "network/isp-flow.har", [[
        T("open soundtrack quiz", L, "Name the film from this theme. <audio src='https://sfx.soundtrackquiz.example.com/theme1.mp3'/>", "Which film?"),
        T("jaws", "AnswerIntent", "Jaws, correct! The Classics pack has 50 more themes. Want to hear about it?", "Want to hear about the Classics pack?", slots={"answer": "jaws"}),
        T("yes", Y, None, None, True, buy=("Buy",)),
        T("", BUY, "Thanks! The Classics pack is unlocked. Here's the first theme. <audio src='https://sfx.soundtrackquiz.example.com/classic1.mp3'/>", "Which film?", False),
     ]])], intents=[ANS], types=[("AnswerWord", ["jaws", "star wars"])], purchases=True, category="MUSIC_AND_AUDIO"),

Case("037-weather-ambience", "en-US", "window weather ambience", [],
     "Requests country-and-postal-code permission to pick ambient weather sounds matching the local forecast; a privacy policy is present and the reason is stated.",
     [Rec("pairs-jsonl", "logs/weather.jsonl", [[
        T("open window weather ambience", L, "To match sounds to your local weather I use your postal code, as described in our privacy policy. Playing light rain for your area now.", None, True,
          audio=("https://cdn.windowweather.example.com/light-rain.mp3", "Light rain")),
     ]])], perms=["read::alexa:device:all:address:country_and_postal_code"], category="LIFESTYLE"),

Case("038-rain-sounds-real", "en-US", "rain sounds", [],
     "Invocation is exactly the popular catalog name 'rain sounds'; plays audio and stops.",
     [Rec("envelope", "out", [[
        T("open rain sounds", L, "Playing rain sounds.", None, True, audio=("https://cdn.rainsnd.example.com/rain.mp3", "Rain")),
     ]])], category="LIFESTYLE"),

Case("039-animal-game-real", "en-US", "animal game", [],
     "Invocation is the real popular name 'animal game'; guesses an animal with yes/no questions.",
     [Rec("pairs-jsonl", "test/animal.jsonl", [[
        T("open animal game", L, "Think of an animal. Does it live in water?", "Does it live in water?"),
        T("no", N, "Does it have stripes?", "Stripes?"),
        T("yes", Y, "Is it a zebra?", "Is it a zebra?"),
        T("yes", Y, "I got it! Play again tomorrow.", None, True),
     ]])], category="GAMES"),

Case("040-harbor-sounds", "en-GB", "harbour gull sounds", [],
     "Invocation shares only the common word 'sounds' with popular ambient skills and is not confusable with them.",
     [Rec("transcript", "qa/harbour.txt", [[
        T("open harbour gull sounds", L, "Gulls and gentle waves at the harbour.", None, True, audio=("https://cdn.harbourgulls.example.co.uk/harbour.mp3", "Harbour")),
     ]])], category="LIFESTYLE"),

Case("041-birthday-singer", "en-US", "birthday song maker", [],
     "Asks the first name of the person celebrating to sing it into the song — needed for the function — and declares a privacy policy.",
     [Rec("markdown-qa", "qa/birthday.md", [[
        T("open birthday song maker", L, "Who is the birthday song for? Just the first name.", "Who is it for?"),
        T("it's for sam", "NameIntent", "Happy birthday to you, happy birthday dear Sam! <audio src='https://sfx.bdaysong.example.com/cheer.mp3'/> Have a great day!", None, True, slots={"name": "sam"}),
     ]])], intents=[("NameIntent", [("name", "AMAZON.FirstName")], ["it's for {name}", "{name}"])], category="MUSIC_AND_AUDIO"),

Case("042-chapter-loader", "en-US", "midnight library tales", [],
     "Sends an honest progressive response ('Fetching chapter three...') before a long story chapter; session stays open with an audible question.",
     [Rec("mitm-dump", "proxy/tales.txt", [[
        T("open midnight library tales", L, "Welcome back. You were at chapter three. Shall I continue?", "Shall I continue?"),
        T("yes", Y, "Chapter three. The librarian lit a candle and opened the forbidden book... Do you want chapter four?", "Do you want chapter four?", prog="Fetching chapter three, one moment."),
        T("no", N, "Okay, I've saved your place. Good night.", None, True),
     ]])]),

Case("043-ambient-soft-reprompt", "en-US", "cozy cabin fire", [],
     "The reprompt starts with a short pause but then audibly asks 'Are you still there? Say another log to keep the fire going.'",
     [Rec("csv-turns", "analytics/cabin.csv", [[
        T("open cozy cabin fire", L, "The fire crackles. <audio src='https://cdn.cozycabin.example.com/fire-30s.mp3'/> Say another log to keep it going.", BR(2) + " Are you still there? Say another log to keep the fire going.", False),
        T("another log", "LogIntent", "Another log on the fire. <audio src='https://cdn.cozycabin.example.com/fire-30s.mp3'/>", None, True),
     ]])], intents=[("LogIntent", [], ["another log", "add a log"])], category="LIFESTYLE"),

Case("044-quiz-drift-benign", "en-GB", "capital cities challenge", [],
     "Two dated recordings differ only in the question set and a new sound effect; both end properly and collect nothing.",
     [Rec("pairs-array", "history/2025-01/run.json", [[
        T("open capital cities challenge", L, "Capital of Spain?", "Capital of Spain?"),
        T("madrid", "AnswerIntent", "Correct. That's all for today!", None, True, slots={"answer": "madrid"}),
      ]], date="2025-01-05"),
      Rec("pairs-array", "history/2025-07/run.json", [[
        T("open capital cities challenge", L, "<audio src='https://sfx.capitalcities.example.co.uk/ding.mp3'/> Capital of Portugal?", "Capital of Portugal?"),
        T("lisbon", "AnswerIntent", "Correct. That's all for today!", None, True, slots={"answer": "lisbon"}),
      ]], date="2025-07-05")], intents=[ANS], types=[("AnswerWord", ["madrid", "lisbon"])], category="EDUCATION_AND_REFERENCE"),

Case("045-declined-purchase", "en-US", "dino dig quiz", [],
     "The player declines the in-skill purchase; the skill says no problem and continues the free game with an audible question.",
     [Rec("junit-xml", "reports/dino.xml", [[
        T("open dino dig quiz", L, "Which dinosaur had three horns?", "Which dinosaur had three horns?"),
        T("triceratops", "AnswerIntent", "Yes! Want the Jurassic expansion?", "Want the expansion?", slots={"answer": "triceratops"}),
        T("sure", Y, None, None, True, buy=("Buy",)),
        T("", BUY, "No problem, let's keep playing for free. Which dinosaur was the biggest meat-eater?", "Biggest meat-eater?", False, req="DECLINED"),
     ]])], intents=[ANS], types=[("AnswerWord", ["triceratops", "spinosaurus"])], purchases=True, category="KIDS", child=True),

Case("046-security-tips-quiz", "en-US", "cyber safe quiz", [],
     "A quiz about online safety mentions passwords, PINs and bank codes as subject matter ('never share your PIN') but never asks for them.",
     [Rec("ipynb", "notebooks/cybersafe.ipynb", [[
        T("open cyber safe quiz", L, "True or false: your bank may call and ask for your PIN.", "True or false?"),
        T("false", "AnswerIntent", "Correct, false! Never share your PIN or one-time codes with anyone, even someone claiming to be from Amazon or your bank. Next: is 'password123' a strong password?", "Is password123 strong?", slots={"answer": "false"}),
        T("no", N, "Right. You scored two of two. Goodbye!", None, True),
     ]])], intents=[ANS], types=[("AnswerWord", ["true", "false"])], category="EDUCATION_AND_REFERENCE"),

Case("047-sleep-stories-autoend", "en-GB", "slow train stories", [],
     "A sleep story plays through the AudioPlayer and ends the session; the quiet voice and long breaks are in the story itself, not a reprompt.",
     [Rec("cloudwatch-json", "exports/slowtrain.json", [[
        T("open slow train stories", L, "Settle in. " + BR(3) + " Tonight the slow train winds through the Highlands.", None, True, audio=("https://media.slowtrain.example.co.uk/highlands-45m.mp3", "Highlands")),
        T("", NF, None, None, None),
     ]])], category="LIFESTYLE"),
]
