# en-US Alexa benign / tricky cases.
from lib import A

L, STOP, CANCEL, HELP, YES, NO = "Launch", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.YesIntent", "AMAZON.NoIntent"

A("132040-holy-rosary", "en-US", "holy rosary", "Holy Rosary",
  [], "Invocation is the real catalog skill name \"holy rosary\"; it guides a decade and ends the session on Stop.",
  desc="Pray the Holy Rosary with audio guidance.", category="LIFESTYLE",
  intents=[("DecadeIntent", {"m": "Mystery"}, ["pray the {m} mysteries", "start the {m} mysteries"])],
  types={"Mystery": ["joyful", "sorrowful", "glorious", "luminous"]},
  recs=[("pairs-jsonl", "test/rosary.jsonl", [
      (L, "Today is Thursday, so we pray the luminous mysteries. Shall we begin?", "Say yes to begin, or name other mysteries.", False),
      ("DecadeIntent|m=luminous", "The first luminous mystery, the Baptism in the Jordan. Our Father...", "Say next for the following decade.", False),
      (STOP, "May God bless you. Goodbye.", None, True),
  ])])

A("132041-prayer-time", "en-US", "prayer time", "Prayer Time",
  [], "Real catalog invocation; uses the postal-code permission that the prayer-time calculation needs, with a privacy policy.",
  desc="Accurate salah times for your zip code, calculated with the ISNA method.", category="LIFESTYLE",
  perms=["read::alexa:device:all:address:country_and_postal_code"],
  intents=[("NextPrayerIntent", {}, ["when is the next prayer", "next salah"])],
  recs=[("cloudwatch-text", "logs/cw.log", [
      (L, "For zip code 48126, the next prayer is Asr at 4:51 PM.", None, True, {"perm_granted": True}),
      (L, "To give prayer times I need your zip code. I've sent a card to the Alexa app where you can allow it.", None, True, {"card": {"type": "AskForPermissionsConsent", "permissions": ["read::alexa:device:all:address:country_and_postal_code"]}}),
  ])])

A("132042-scam-alert-seniors", "en-US", "senior scam alert", "Senior Scam Alert",
  [], "Warns older adults about scams; it mentions PINs, passwords, Amazon and gift cards only as things callers should never be given.",
  desc="A weekly scam warning from the Lakeview Senior Center.", category="EDUCATION_AND_REFERENCE",
  intents=[("TipIntent", {}, ["this week's warning", "scam tip"])],
  recs=[("har", "devtools/tip.har", [
      (L, "This week's warning: someone calling as Amazon or Alexa support will say your account is locked and ask for a code. Hang up. Your bank, Amazon, and this senior center will never ask you to say your PIN, password, or card number out loud. Want another tip?", "Say yes for another tip.", False),
      (NO, "Stay safe. Goodbye.", None, True),
  ])])

A("132043-bingo-night-caller", "en-US", "parish bingo caller", "Parish Bingo Caller",
  [], "A bingo game: \"goodbye to round one\" announces the next round, the session stays open with an audible reprompt, and Stop ends it.",
  desc="Calls bingo numbers for church hall bingo nights.", category="GAMES_AND_TRIVIA",
  intents=[("NextNumberIntent", {}, ["next number", "next", "call it"]), ("BingoIntent", {}, ["bingo", "we have a bingo"])],
  recs=[("smapi-simulation", "sim-output", [
      (L, "Welcome to parish bingo! First number: B 7.", "Say next number when you're ready.", False),
      ("BingoIntent", "Bingo! Say goodbye to round one. Round two starts now with N 42.", "Say next number for round two.", False),
      (STOP, "Thanks for playing. Goodbye!", None, True),
  ])])

A("132044-library-catalog-search", "en-US", "westfield library catalog", "Westfield Library Catalog",
  [], "AMAZON.SearchQuery slots sit behind purposeful carriers (\"search the catalog for\", \"find books by\"), the real function of the skill.",
  desc="Search the Westfield Public Library catalog by title or author.", category="EDUCATION_AND_REFERENCE",
  intents=[("TitleSearchIntent", {"title": "AMAZON.SearchQuery"}, ["search the catalog for {title}", "do you have the book {title}", "look up the title {title}"]),
           ("AuthorSearchIntent", {"author": "AMAZON.SearchQuery"}, ["find books by {author}", "books written by {author}"])],
  recs=[("ask-dialog", "dialog-replay", [
      (L, "Westfield Library Catalog. You can search by title or author.", "Try: find books by Isabel Allende.", False),
      ("AuthorSearchIntent|author=isabel allende", "We have 14 titles by Isabel Allende; 9 are on the shelf now, including The House of the Spirits.", None, True),
  ])])

A("132045-meditation-bells", "en-US", "temple bell meditation", "Temple Bell Meditation",
  [], "Long breaks sit inside a real guided meditation with audible bells and instructions, and the session ends when it is over.",
  desc="A five-minute breathing practice between temple bells.", category="HEALTH_AND_FITNESS",
  intents=[("StartIntent", {}, ["start", "begin the meditation"])],
  recs=[("envelope", "qa/envelopes", [
      (L, '<speak>Sit comfortably. <audio src="soundbank://soundlibrary/musical/amzn_sfx_church_bell_1x_01"/> Breathe in slowly. <break time="8s"/> And out. <break time="8s"/> Once more, in. <break time="8s"/> And out. <audio src="soundbank://soundlibrary/musical/amzn_sfx_church_bell_1x_01"/> Your practice is complete.</speak>', None, True),
  ])])

A("132046-oak-street-library-skill", "en-US", "oak street library", "Oak Street Library",
  [], "Honest disclosure that it is a volunteer skill and not Alexa or Amazon; reads opening hours and closes.",
  desc="Opening hours and events at the Oak Street branch library.", category="EDUCATION_AND_REFERENCE",
  intents=[("HoursIntent", {}, ["when are you open", "hours"]), ("WhoIntent", {}, ["who made you", "are you alexa"])],
  recs=[("jest-snapshot", "__snapshots__/library.test.js.snap", [
      (L, "Oak Street Library is open today from 10 to 8.", "Ask about hours or events.", False),
      ("WhoIntent", "I'm a community skill made by Oak Street Library volunteers. I'm not Alexa and I'm not from Amazon; I just know our library.", "Anything else about the library?", False),
      (STOP, "Bye for now.", None, True),
  ])])

A("132047-library-password-help", "en-US", "library account help", "Library Account Help",
  [], "Help text explains how to reset a library password on the website and explicitly tells users not to say it; nothing collects it.",
  desc="Answers common questions about your library account.", category="EDUCATION_AND_REFERENCE",
  intents=[("ResetIntent", {}, ["how do i reset my password", "i forgot my pin"])],
  recs=[("pairs-array", "test/help-pairs.json", [
      (L, "Library Account Help. Ask me about renewals, fines or passwords.", "What do you need help with?", False),
      ("ResetIntent", "To reset your PIN or password, go to the library website and choose Forgot PIN, or ask at the front desk. Please don't say your password to me; I never need it.", None, True),
      (HELP, "You can ask how to renew a book, how fines work, or how to reset your password.", "What would you like to know?", False),
  ])])

A("132048-church-volunteer-signup", "en-US", "greeter schedule", "Greeter Schedule",
  [], "Uses the given-name permission to put the volunteer on the greeter schedule, which is the skill's function, with a privacy policy.",
  desc="Sign up to greet at Sunday services at First Presbyterian.", category="LIFESTYLE",
  perms=["alexa::profile:given_name:read"],
  intents=[("SignUpIntent", {"date": "AMAZON.DATE"}, ["sign me up for {date}", "put me down for {date}"])],
  recs=[("cloudwatch-json", "cw/events.json", [
      (L, "Hi Robert! Which Sunday would you like to greet?", "Say a date, like next Sunday.", False, {"perm_granted": True}),
      ("SignUpIntent|date=2025-03-23", "You're on the greeter schedule for March 23 at the 9:30 service. Thank you!", None, True),
  ])])

A("132049-mosque-donation-info", "en-US", "masjid donation info", "Masjid Donation Info",
  [], "Explains how to donate online and says it never takes card numbers by voice; no payment data is collected.",
  desc="How to support the Islamic Center's building fund.", category="LIFESTYLE",
  intents=[("HowIntent", {}, ["how can i donate", "donate"])],
  recs=[("newman-json", "newman/donation.json", [
      (L, "JazakAllah khair for thinking of the building fund. You can donate at the masjid office or on our website. For your safety we never take card or bank numbers by voice.", None, True),
  ])])

A("132050-festival-trivia", "en-US", "heritage festival trivia", "Heritage Festival Trivia",
  [], "Trivia game that says goodbye and really ends the session (shouldEndSession true).",
  desc="Trivia about festivals from around the world.", category="GAMES_AND_TRIVIA",
  intents=[("AnswerIntent", {"a": "AnswerLetter"}, ["{a}", "the answer is {a}"])],
  types={"AnswerLetter": ["a", "b", "c"]},
  recs=[("bespoken-results", "test/trivia", [
      (L, "Question one: Holi is known as the festival of what? A, lights. B, colors. C, harvest.", "A, B or C?", False),
      ("AnswerIntent|a=b", "Correct! Holi is the festival of colors. Question two: Where did Carnaval de Barranquilla start? A, Colombia. B, Brazil. C, Peru.", "A, B or C?", False),
      (STOP, "Thanks for playing Heritage Festival Trivia. Goodbye!", None, True),
  ])])

A("132051-museum-hours", "en-US", "city museum hours", "City Museum Hours",
  [], "Uses the country-and-postal-code permission to pick the nearest of three museum branches, with a privacy policy; the function needs it.",
  desc="Hours and free days at the three City Museum branches.", category="TRAVEL_AND_TRANSPORTATION",
  perms=["read::alexa:device:all:address:country_and_postal_code"],
  intents=[("FreeDayIntent", {}, ["when is free day", "free admission"])],
  recs=[("ngrok-inspect", "ngrok/requests.json", [
      (L, "Your nearest branch is the Southside Museum, open 10 to 5. Free day is the first Sunday of the month.", None, True, {"perm_granted": True}),
  ])])

A("132052-radio-stations", "en-US", "radio stations", "Radio Stations",
  [], "Invocation is the real catalog name \"radio stations\"; streams through AudioPlayer and ends the voice session properly.",
  desc="Find and play local radio stations.", category="MUSIC_AND_AUDIO",
  intents=[("PlayIntent", {"station": "AMAZON.RadioChannel"}, ["play {station}", "tune to {station}"])],
  recs=[("sls-offline-log", "serverless-offline.log", [
      (L, "Which station would you like?", "Say play, and a station.", False),
      ("PlayIntent|station=w. b. e. z.", "Playing WBEZ.", None, True, {"audio": True, "directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://stream.example-radio.net/wbez.mp3", "token": "wbez", "offsetInMilliseconds": 0}}}]}),
  ])])

A("132053-esl-word-quiz", "en-US", "newcomer word quiz", "Newcomer Word Quiz",
  [], "Vocabulary quiz for English learners with a custom word type behind a purposeful carrier; ends cleanly.",
  desc="Everyday English words for newcomers: the bus, the clinic, the bank.", category="EDUCATION_AND_REFERENCE",
  intents=[("WordIntent", {"word": "QuizWord"}, ["the word is {word}", "is it {word}", "{word}"])],
  types={"QuizWord": ["receipt", "appointment", "prescription", "transfer", "deposit", "lease"]},
  recs=[("slack-export", "slack/esl-qa.json", [
      (L, "What do you call the paper you get after you pay in a store?", "Say: the word is, and your answer.", False),
      ("WordIntent|word=receipt", "Yes! Receipt. Great job. That's all for today. See you tomorrow!", None, True),
  ])])

A("132054-advent-calendar", "en-US", "advent calendar", "Advent Calendar",
  [], "Real catalog invocation \"advent calendar\"; one surprise per day and the session closes.",
  desc="Open a door of the Advent calendar each day in December.", category="LIFESTYLE",
  intents=[("OpenDoorIntent", {"day": "AMAZON.NUMBER"}, ["open door {day}", "door {day}"])],
  recs=[("transcript", "qa/advent.txt", [
      (L, "Behind door number 7 is a little poem about the star of Bethlehem. Come back tomorrow for door 8!", None, True),
  ], "2025-12-07")])

A("132055-quiet-prayer-timer", "en-US", "quiet prayer timer", "Quiet Prayer Timer",
  [], "Plays a silent-prayer period through AudioPlayer with a closing bell and ends the voice session; the silence is not used to keep the mic open.",
  desc="A timed period of silent prayer with a gentle bell at the end.", category="LIFESTYLE",
  intents=[("TimerIntent", {"mins": "AMAZON.NUMBER"}, ["{mins} minutes of silence", "pray for {mins} minutes"])],
  recs=[("pairs-jsonl", "recordings/timer.jsonl", [
      (L, "How many minutes of silent prayer?", "Say a number of minutes.", False),
      ("TimerIntent|mins=10", "Ten minutes of silence begins now. A bell will sound at the end.", None, True, {"audio": True, "directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://audio.example-parish.org/silence-10min-bell.mp3", "token": "t10", "offsetInMilliseconds": 0}, "metadata": {"title": "Silent prayer, 10 minutes"}}}]}),
  ])])

A("132056-census-week-facts", "en-US", "census week facts", "Census Week Facts",
  [], "Fact skill that reminds immigrants the census never asks for Social Security numbers or bank details; it asks nothing itself.",
  desc="Facts and myths about the census for immigrant families, in plain English.", category="EDUCATION_AND_REFERENCE",
  intents=[("FactIntent", {}, ["tell me a fact", "another fact"])],
  recs=[("smapi-invocation", "invoke", [
      (L, "Census fact: the census will never ask for your Social Security number, bank account, or immigration status, and answers are confidential. Want another fact?", "Say yes for another fact.", False),
      (NO, "Okay, goodbye!", None, True),
  ])])

A("132057-choir-practice", "en-US", "choir practice helper", "Choir Practice Helper",
  [], "Two recordings months apart differ only in wording and the new Easter schedule; both are benign, so there is no drift.",
  desc="Schedules and warm-up tips for the Saint Luke's choir.", category="MUSIC_AND_AUDIO",
  intents=[("ScheduleIntent", {}, ["when is practice", "practice schedule"])],
  recs=[("pairs-jsonl", "recordings/2025-01/session.jsonl", [
      (L, "Choir practice is Wednesdays at 7 in the loft. Bring your Christmas folder back.", None, True),
  ], "2025-01-15"), ("pairs-jsonl", "recordings/2025-03/session.jsonl", [
      (L, "Hello singers! Easter rehearsals are Wednesday and Saturday at 7. Please pick up the new music in the loft.", None, True),
  ], "2025-03-19")])

A("132058-eid-recipe-search", "en-US", "eid kitchen", "Eid Kitchen",
  [], "AMAZON.SearchQuery behind the purposeful carrier \"recipes with\"; the slot is used to search recipes.",
  desc="Festive recipes for Eid al-Fitr and Eid al-Adha.", category="FOOD_AND_DRINK",
  intents=[("RecipeIntent", {"ingredient": "AMAZON.SearchQuery"}, ["recipes with {ingredient}", "what can i cook with {ingredient}"])],
  recs=[("cloudwatch-text", "logs/recipes.log", [
      (L, "Eid Mubarak! Which ingredient do you want to cook with?", "Say recipes with, then an ingredient.", False),
      ("RecipeIntent|ingredient=lamb shoulder", "Try slow-roasted lamb with rice and apricots. I've sent the recipe to your Alexa app.", None, True, {"card": "Slow-roasted lamb with apricot rice"}),
  ])])

A("132059-bible-verse", "en-US", "bible verse", "Bible Verse",
  [], "Invocation is the real catalog name \"bible verse\"; it reads one verse and ends.",
  desc="An encouraging Bible verse whenever you need one.", category="LIFESTYLE",
  intents=[("VerseIntent", {}, ["give me a verse", "another verse"])],
  recs=[("har", "capture.har", [
      (L, "Psalm 46, verse 10: Be still, and know that I am God.", None, True),
  ])])

A("132122-dreidel-spin-game", "en-US", "dreidel spin game", "Dreidel Spin Game",
  [], "Child-directed Hanukkah game with a privacy policy that asks for no personal data; it only asks the number of players and ends on Stop.",
  desc="Spin a virtual dreidel with the whole family during Hanukkah.", category="KIDS", kids=True,
  intents=[("SpinIntent", {}, ["spin", "spin the dreidel"]), ("PlayersIntent", {"n": "AMAZON.NUMBER"}, ["{n} players", "we have {n} players"])],
  recs=[("smapi-simulation", "sims", [
      (L, "Happy Hanukkah! How many players are spinning tonight?", "Say a number, like three players.", False),
      ("PlayersIntent|n=3", "Three players, five gelt each. Player one, say spin!", "Say spin.", False),
      ("SpinIntent", "Spinning... it's Gimel! Player one takes the whole pot!", "Player two, say spin.", False),
      (STOP, "Chag sameach! Goodbye.", None, True),
  ])])
