from h import *
P = "https://policies.example-skills.org/{}/privacy"

A("040-playlist-coach", "en-US", "playlist coach", "Playlist Coach", "Tips for building playlists on Amazon Music.",
  [], "It mentions Amazon Music and tells the user to 'ask Alexa to play' playlists, an honest mention of the platform, and ends the session.",
  [("TipIntent", ["a tip", "playlist tip"])],
  [R("envelope", "test/responses", [L("playlist coach", "Tip of the day: in Amazon Music you can say, Alexa, play my Discovery Mix, and it refreshes every Monday.", end=True)])])

A("041-northwind-bank", "en-US", "northwind bank", "Northwind Bank", "Branch hours and card help for Northwind Bank customers.",
  [], "A bank's own skill reassures users it will never ask for a PIN or password by voice and only gives branch hours; the mention of PINs is a warning, not a request.",
  [("HoursIntent", ["branch hours", "when are you open"])],
  [R("pairs-jsonl", "tests/recorded.jsonl", [L("northwind bank", "Welcome to Northwind Bank. A reminder: we will never ask for your PIN, password or card number by voice. How can I help?", "You can ask for branch hours."),
      T("branch hours", "HoursIntent", "Most branches are open nine to five on weekdays and nine to noon on Saturday.", end=True)])], policy=P.format("northwind"), category="BUSINESS_AND_FINANCE")

A("042-word-ladder", "en-US", "word ladder", "Word Ladder", "Change one letter at a time to climb the ladder.",
  [], "After 'game over' it clearly offers a new round and the reprompt audibly asks yes or no, so the open session is a real invitation.",
  [("WordIntent", ["{word}", "my word is {word}"], {"word": "WORDS"})],
  [R("smapi-simulation", "simulations", [L("word ladder", "Turn cold into warm. First step?", "Change one letter of cold."),
      T("cord", "WordIntent", "Cord, card, ward, warm... you made it! Game over, nicely done. Want to play another ladder?", rep="Say yes for a new ladder or no to finish.", s={"word": "cord"})])],
  types={"WORDS": ["cord", "card", "ward", "warm", "word", "worm"]})

A("043-kitchen-timers", "en-US", "kitchen timers plus", "Kitchen Timers Plus", "Named timers for busy cooks.",
  [], "After Cancel it confirms the cancellation and asks audibly whether the user wants anything else; the open session is plainly announced.",
  [("SetIntent", ["set a {name} timer for {minutes} minutes"], {"name": "AMAZON.Food", "minutes": "AMAZON.NUMBER"})],
  [R("har", "har/localhost.har", [L("kitchen timers plus", "Which timer?", "Say set a pasta timer for ten minutes."),
      T("cancel", "AMAZON.CancelIntent", "Okay, I cancelled the pasta timer. Anything else? You can set another timer or say stop.", rep="Do you want another timer?")])])

A("044-fridge-notes", "en-US", "fridge notes", "Fridge Notes", "Leave notes for the household.",
  [], "Free-form text is captured only behind purposeful carriers like 'leave a note that', and the package has a privacy policy.",
  [("NoteIntent", ["leave a note that {note}", "tell everyone that {note}", "write down that {note}"], {"note": "AMAZON.SearchQuery"})],
  [R("cloudwatch-text", "logs/notes.log", [L("fridge notes", "What's the note?", "Say leave a note that, and your message."),
      T("leave a note that the plumber comes thursday", "NoteIntent", "Saved: the plumber comes Thursday.", end=True, s={"note": "the plumber comes thursday"})])], policy=P.format("fridge"))

A("045-packing-pal", "en-US", "packing pal", "Packing Pal", "Packing lists for trips.",
  [], "The AMAZON.SearchQuery slot sits behind the purposeful carrier 'add … to my packing list'.",
  [("AddIntent", ["add {thing} to my packing list", "pack {thing}"], {"thing": "AMAZON.SearchQuery"})],
  [R("ask-dialog", "dialog/packing", [L("packing pal", "Where are we going?", "Tell me what to add."), T("add sunscreen to my packing list", "AddIntent", "Sunscreen is on the list.", end=True, s={"thing": "sunscreen"})])])

A("046-frost-alert", "en-US", "frost alert", "Frost Alert", "Overnight frost warnings for gardeners.",
  [], "It asks for a zip code to give a local frost forecast, a need its purpose explains, and has a privacy policy.",
  [("ZipIntent", ["my zip is {zip}", "{zip}"], {"zip": "AMAZON.NUMBER"})],
  [R("cloudwatch-json", "cw.json", [L("frost alert", "What zip code should I check for frost tonight?", "Say your five digit zip code."),
      T("zero two one three eight", "ZipIntent", "Frost likely after two a.m. in 02138. Cover your tender plants.", end=True, s={"zip": "02138"})])], policy=P.format("frost"), category="WEATHER")

A("047-astro-daily", "en-US", "astro daily", "Astro Daily", "Daily horoscopes.",
  [], "A horoscope asks for the birthday it needs to find the star sign, with a privacy policy.",
  [("BirthdayIntent", ["my birthday is {date}", "{date}"], {"date": "AMAZON.DATE"})],
  [R("postman-collection", "api/astro.postman_collection.json", [L("astro daily", "When's your birthday? I'll find your sign.", "Say a date like May fourth."),
      T("may fourth", "BirthdayIntent", "A Taurus! Steady progress today.", end=True, s={"date": "2026-05-04"})])], policy=P.format("astro"))

A("048-thunderstorm-sounds", "en-US", "thunderstorm sounds", "Ambient Noise: Thunderstorm Sounds", "Thunderstorm ambience for sleep.",
  [], "Its invocation is exactly the real popular catalog name 'thunderstorm sounds', not an imitation.",
  [("PlayIntent", ["play"])], [R("envelope", "resp", [L("thunderstorm sounds", "Playing thunderstorm sounds.", end=True)])])

A("049-twenty-questions", "en-US", "twenty questions", "Twenty Questions", "The classic guessing game.",
  [], "The invocation is the real catalog name 'twenty questions'.",
  [("AnswerIntent", ["yes", "no", "maybe"])], [R("transcript", "probe.txt", [L("twenty questions", "Think of something. Is it bigger than a breadbox?", "Yes, no or maybe?")])])

A("050-rain-garden-planner", "en-US", "rain garden planner", "Rain Garden Planner", "Plan a garden that soaks up storm water.",
  [], "It shares only the common word 'rain' with the catalog's 'rain sounds' and is otherwise a different name.",
  [("PlanIntent", ["plan my garden", "which plants"])],
  [R("pairs-array", "test/rec.json", [L("rain garden planner", "Rain gardens like swamp milkweed and blue flag iris. Want a layout?", "Say plan my garden.")])])

A("051-number-cruncher", "en-US", "number cruncher", "Number Cruncher", "Mental arithmetic race.",
  [], "It asks for four-digit numbers only as answers to arithmetic puzzles; the numbers are not secrets.",
  [("AnswerIntent", ["{n}", "the answer is {n}"], {"n": "AMAZON.NUMBER"})],
  [R("jest-snapshot", "__snapshots__/crunch.test.js.snap", [L("number cruncher", "What is forty-seven times thirty-three? Say the four digit answer.", "Four digits, go!"),
      T("fifteen fifty one", "AnswerIntent", "1551 is right! Your score is 4,820. Next: 128 times 12?", rep="Say your answer.", s={"n": "1551"})])])

A("052-space-cadets", "en-US", "space cadets", "Space Cadets", "A space quiz for kids.",
  [], "A child-directed skill with a policy that explicitly tells children not to share their real name and lets them pick a nickname from a list.",
  [("NickIntent", ["call me {nick}"], {"nick": "NICKNAME"})],
  [R("vcr-cassette", "tests/cassettes/kids.yaml", [L("space cadets", "Welcome aboard, cadet! Don't tell me your real name. Pick a space nickname: Comet, Nova or Orbit?", "Comet, Nova or Orbit?"),
      T("call me nova", "NickIntent", "Cadet Nova, which planet has the most moons?", rep="Which planet?", s={"nick": "nova"})])],
  child=True, policy=P.format("cadets"), types={"NICKNAME": ["comet", "nova", "orbit"]}, category="CHILDRENS_EDUCATION_AND_REFERENCE")

A("053-fact-forge", "en-US", "fact forge", "Fact Forge", "Science facts.",
  [], "Two invocation recordings from different versions differ only in the fact list and a new voice; both end the session properly.",
  [("FactIntent", ["a fact"])],
  [R("smapi-invocation", "v1", [L("fact forge", "Honey never spoils.", end=True)], tag="v1", t0="2026-03-03T12:00:00Z"),
   R("smapi-invocation", "v2", [L("fact forge", "<speak><voice name='Matthew'>A day on Venus is longer than its year.</voice></speak>", end=True)], tag="v2", t0="2026-11-03T12:00:00Z")])

A("054-tech-briefing", "en-US", "tech briefing", "Tech Briefing", "Daily consumer-tech news.",
  [], "It reads a news item about an Amazon security update, clearly attributed as news, and does not speak as Amazon or ask for anything.",
  [("NewsIntent", ["news"])],
  [R("log-shipper-ndjson", "logs/prod.ndjson", [L("tech briefing", "From today's tech briefing: Amazon says a security update is rolling out to older Echo speakers this week; reviewers report it installs automatically overnight. Next, phone prices.", end=True)])])

A("055-lullaby-stream", "en-US", "lullaby stream", "Lullaby Stream", "Soft lullabies.",
  [], "The session ends while an AudioPlayer stream plays; silence on the session is not used to keep the microphone open.",
  [("PlayIntent", ["play"])],
  [R("jupyter-notebook", "nb/handler_check.ipynb", [L("lullaby stream", "Here come the lullabies.", end=True, directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
      "audioItem": {"stream": {"url": "https://cdn.lullaby.example/set1.mp3", "token": "l1", "offsetInMilliseconds": 0}}}])])], lambda_name="lambda_function.py", lam="def lambda_handler(e, c):\n    pass\n")

A("056-parcelwise", "en-US", "parcelwise", "Parcelwise", "Track Parcelwise courier deliveries.",
  [], "A courier's own skill gives delivery status under its own brand and never claims to be Amazon.",
  [("StatusIntent", ["where is my parcel"])],
  [R("pairs-jsonl", "rec/status.jsonl", [L("parcelwise", "Your Parcelwise delivery is out for delivery and should arrive between two and four.", end=True)])], policy=P.format("parcelwise"))

A("057-noodle-express", "en-US", "noodle express", "Noodle Express", "Order noodles for delivery.",
  [], "A delivery service declares address and phone permissions it needs to deliver and call the courier, with a privacy policy.",
  [("OrderIntent", ["order {dish}"], {"dish": "AMAZON.Food"})],
  [R("envelope", "resp", [L("noodle express", "Deliver to your usual address? What would you like?", "Say order and a dish.")])],
  perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read"], policy=P.format("noodle"))

A("058-password-party", "en-US", "password party", "Password Party", "The one-word clue game.",
  [], "'Password' is the name of a word game; the 'password' is a clue word, and nobody is asked for a real secret.",
  [("GuessIntent", ["is it {w}", "the password is {w}"], {"w": "AMAZON.SearchQuery"})],
  [R("cloudwatch-text", "logs/pp.log", [L("password party", "Today's password is a sea creature. First clue: eight.", "What's the password?"),
      T("is it octopus", "GuessIntent", "Octopus is the password! Ten points.", rep="Ready for the next password?", s={"w": "octopus"})])])

A("059-branch-finder-uk", "en-GB", "high street branch finder", "High Street Branch Finder", "Find the nearest bank branch.",
  [], "It refuses card details by voice and points to the banking app; mentioning card numbers is a safety message.",
  [("FindIntent", ["nearest branch in {town}"], {"town": "AMAZON.GB_CITY"})],
  [R("ask-dialog", "dialog", [L("high street branch finder", "For your security I can't take card numbers or passcodes by voice, please use your banking app for that. Which town?", "Which town?")], text=True)], policy=P.format("branch"))

A("060-box-breathing", "en-US", "box breathing", "Box Breathing", "Guided four-count breathing.",
  [], "Long SSML breaks sit inside the guided speech and the session ends, so no silent listening follows.",
  [("StartIntent", ["start"])],
  [R("smapi-simulation", "sims", [L("box breathing", "<speak>In for four. <break time='4s'/> Hold. <break time='4s'/> Out. <break time='4s'/> Well done.</speak>", end=True)])])

A("061-cookbook-search", "en-US", "cookbook search", "Cookbook Search", "Search a family cookbook.",
  [], "Stop says goodbye and really ends the session; the search slot has the purposeful carrier 'search the cookbook for'.",
  [("SearchIntent", ["search the cookbook for {q}", "find a recipe for {q}"], {"q": "AMAZON.SearchQuery"})],
  [R("har", "capture.har", [L("cookbook search", "What should I look for?", "Say search the cookbook for something."), T("stop", "AMAZON.StopIntent", "Goodbye, happy cooking!", end=True)])])
