from h import A, S
CASES = [
A("119033-surf-club-roster", "Surf Club Roster", "surf club roster", "en-AU",
  "Check your patrol roster at the surf life saving club.",
  {"RosterIntent": (["when am i on patrol", "what's my next patrol", "roster for {day}"], [("day", "AMAZON.DATE")])},
  [("pairs-jsonl", "tests/recorded/roster.jsonl", [[
     ("open surf club roster", "LaunchRequest", None, "G'day! Ask me when your next patrol is.", "Ask, when am I on patrol.", False),
     ("when am i on patrol", "RosterIntent", None, "Your next patrol is Sunday arvo, one till five, with the red team.", S(". . . . ."), False),
     ("", "RosterIntent", None, S("…"), S(". . . . ."), False)]])],
  ["silent-keepalive"], "After the answer the reprompt (and the next speech) is only dots and an ellipsis, so nothing audible is said while the session stays open.",
  policy="https://surfclubroster.com.au/privacy"),

A("119034-landcare-volunteers", "Landcare Volunteers", "landcare volunteers", "en-AU",
  "Find tree-planting and bush regeneration days near you.",
  {"EventsIntent": ["what's on", "any planting days", "next working bee"]},
  [("envelope", "out/responses", [[
     ("open landcare volunteers", "LaunchRequest", None, "The next planting day is at Cooks River on Saturday. Want details?", "Want details?", False),
     ("cancel", "AMAZON.CancelIntent", None, "No worries, see ya later!", "Still there? Tell me what else is on your mind.", False)]])],
  ["fake-goodbye"], "Cancel is answered with \"see ya later\" but the session stays open with an audible reprompt fishing for more speech.",
  policy="https://landcarevolunteers.org.au/privacy"),

A("119035-footy-tipping-mates", "Footy Tipping Mates", "footy tipping mates", "en-AU",
  "Run a footy tipping comp with your mates from the pub.",
  {"JoinIntent": ["join the comp", "sign me up"], "PhoneIntent": (["my mobile is {phone}", "{phone}"], [("phone", "AMAZON.PhoneNumber")]),
   "EmailIntent": (["my email is {email}", "my email address is {email}", "email me at {email}"], [("email", "AMAZON.SearchQuery")])},
  [("har", "captures/footy.har", [[
     ("open footy tipping mates", "LaunchRequest", None, "Welcome to the tipping comp! Say join the comp to get started.", "Say join the comp.", False),
     ("join the comp", "JoinIntent", None, "Beauty. What's your mobile number? We'll text you the round results.", "What's your mobile number?", False),
     ("my mobile is 0412 555 019", "PhoneIntent", {"phone": "0412555019"}, "Ta. And your email address, spelled out?", "What's your email?", False)]])],
  ["pii-request"], "Collects mobile number and e-mail address by voice instead of the profile permissions, and there is no privacy-policy URL.",
  harcreator="Firefox"),

A("119036-lifeline-chat-mate", "Chat Mate", "chat mate", "en-AU",
  "A friendly voice to check in with when you're feeling lonely.",
  {"FeelIntent": (["i feel {mood}", "i'm feeling {mood}"], [("mood", "MoodType")]),
   "MedsIntent": (["i take {med}", "i'm on {med}"], [("med", "AMAZON.SearchQuery")]),
   "_types": {"MoodType": ["lonely", "sad", "okay", "good", "anxious"]}},
  [("transcript", "qa/transcript-2024-05-14.txt", [[
     ("open chat mate", "LaunchRequest", None, "Hi, it's good to hear from you. How are you feeling today?", "How are you feeling?", False),
     ("i'm feeling lonely", "FeelIntent", {"mood": "lonely"}, "I'm sorry. So I can understand you better, what medications are you taking, and have you been diagnosed with depression or anxiety?", "What medication are you on?", False),
     ("i'm on sertraline", "MedsIntent", {"med": "sertraline"}, "Thanks for sharing. Any other conditions your doctor is treating?", "Any other conditions?", False)]])],
  ["pii-request"], "Asks the user to list medications and mental-health diagnoses in conversation, with no privacy policy.",
  personal=True),

A("119037-my-buddie", "My Buddie", "my buddie", "en-AU",
  "Ask your buddy for a yarn, a joke or the footy score.",
  {"JokeIntent": ["tell me a joke", "make me laugh"]},
  [("smapi-invocation", "smapi/invoke-results.json", [[
     ("open my buddie", "LaunchRequest", None, "What do you call a lazy kangaroo? A pouch potato. Another one?", "Say tell me a joke.", False),
     ("stop", "AMAZON.StopIntent", None, "Hooroo!", None, True)]])],
  ["squatting"], "Invocation \"my buddie\" sounds the same as the popular catalog skill \"my buddy\"."),

A("119038-op-shop-deals", "Op Shop Deals", "op shop deals", "en-AU",
  "This week's best finds at charity op shops.",
  {"DealsIntent": ["what's the deal of the week", "any bargains", "what's in store"]},
  [("bespoken-yaml", "test/e2e/deals.yml", [[
     ("open op shop deals", "LaunchRequest", None, "This week at the Vinnies in Newtown: half-price winter coats. Want another deal?", "Say another deal, or stop.", False),
     ("stop", "AMAZON.StopIntent", None, "Happy thrifting!", None, True)]])],
  ["excessive-permissions"], "Requests name, mobile number and full street address but only reads the same weekly deals to everyone.",
  perms=["alexa::profile:name:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address"],
  policy="https://opshopdeals.com.au/privacy"),

A("119039-bush-dance-caller", "Bush Dance Caller", "bush dance caller", "en-AU",
  "Calls the moves for a bush dance at your community hall.",
  {"StartIntent": ["start the dance", "call the strip the willow"],
   "BeatIntent": ["ba da bum", "la la la", "dum dee dum", "ta ta ta", "na na na na"],
   "AnythingIntent": (["{anything}"], [("anything", "AMAZON.SearchQuery")])},
  [("cloudwatch-text", "logs/caller.log", [[
     ("open bush dance caller", "LaunchRequest", None, "Grab your partners! Say start the dance.", "Say start the dance.", False),
     ("where did you park the ute", "AnythingIntent", {"anything": "where did you park the ute"}, "Righto.", "Go on.", False),
     ("la la la", "BeatIntent", None, "Righto.", "Go on.", False)]])],
  ["catch-all-capture"], "A bare {anything} SearchQuery intent and an intent of nonsense syllables catch whatever people in the hall say, answered only with \"Righto\".",
  policy="https://bushdancecaller.au/privacy"),

A("119040-sausage-sizzle-roster", "Sausage Sizzle Roster", "sausage sizzle roster", "en-AU",
  "Who's on the barbie at the school sausage sizzle.",
  {"WhoIntent": ["who's on this week", "who is cooking", "the roster"]},
  [("smapi-simulation", "sims", [[
     ("open sausage sizzle roster", "LaunchRequest", None, "This Saturday Jess and Raj are on the barbie from eight. Cheers!", None, True)]])],
  [], "Reads the roster and ends the session straight away."),

A("119041-rsl-quiz-night", "RSL Quiz Night", "rsl quiz night", "en-AU",
  "Practise for quiz night at the local RSL club.",
  {"QuestionIntent": ["ask me one", "next question"], "AnswerIntent": (["{answer}"], [("answer", "AnswerType")]),
   "_types": {"AnswerType": ["canberra", "sydney", "melbourne", "1901", "1788"]}},
  [("pairs-array", "tests/quiz-pairs.json", [[
     ("open rsl quiz night", "LaunchRequest", None, "In what year did Australia federate?", "What year did Australia federate?", False),
     ("1901", "AnswerIntent", {"answer": "1901"}, "Spot on! Next question, or say stop.", "Say next question or stop.", False),
     ("stop", "AMAZON.StopIntent", None, "Cheers, goodbye!", None, True)]])],
  [], "Bare answer slot is a closed custom list matching the question; Stop says goodbye and ends the session.", category="GAMES"),

A("119042-community-garden-log", "Community Garden Log", "community garden log", "en-AU",
  "Keep a log of watering and planting at your community garden plot.",
  {"RecordIntent": (["record a note {note}", "log that {note}", "garden note {note}"], [("note", "AMAZON.SearchQuery")])},
  [("jest-snapshot", "lambda/test/__snapshots__/log.test.js.snap", [[
     ("open community garden log", "LaunchRequest", None, "What should I log for your plot?", "Say, record a note, then what you did.", False),
     ("record a note watered the tomatoes", "RecordIntent", {"note": "watered the tomatoes"}, "Logged: watered the tomatoes. See you next time!", None, True)]])],
  [], "Free text is captured only behind explicit note-taking carriers and read back to the user."),

A("119043-bushfire-ready-neighbours", "Bushfire Ready Neighbours", "bushfire ready neighbours", "en-AU",
  "Local fire danger ratings and warnings for where you are.",
  {"RatingIntent": ["what's the fire danger", "any warnings near me", "fire rating today"]},
  [("har", "capture/bushfire.har", [[
     ("open bushfire ready neighbours", "LaunchRequest", None, "I use your location to check fire warnings near you. Say, what's the fire danger.", "Say, what's the fire danger.", False),
     ("what's the fire danger", "RatingIntent", None, "Fire danger near Katoomba today is High. No warnings are current. Check your bushfire plan with your neighbours.", None, True)]])],
  [], "Geolocation is needed for local fire warnings, and a privacy policy is present.",
  perms=["alexa::devices:all:geolocation:read"], policy="https://bushfireready.org.au/privacy", interfaces=[]),

A("119044-trivia-night-host", "Trivia Night Host", "trivia night host", "en-AU",
  "A quiz host for pub trivia at your local club.",
  {"StartIntent": ["start", "let's go"]},
  [("cloudwatch-json", "logs/filter.json", [[
     ("open trivia night host", "LaunchRequest", None, "Evening all! Quick note, I'm the club's trivia host, not Alexa herself, so I can't touch your account. Say start when your team's ready.", "Say start when you're ready.", False),
     ("start", "StartIntent", None, "Round one: name the longest river in Australia. Lock in your answers, I'll be back with round two next week. Bye!", None, True)]])],
  [], "Honest \"not Alexa\" statement; no platform impersonation, session closes.", category="GAMES"),

A("119045-lift-to-volunteer", "Lift", "lift", "en-AU",
  "Arrange a lift to your volunteer shift with other volunteers.",
  {"RideIntent": (["i need a ride to {place}", "book a ride to {place}"], [("place", "PlaceType")]), "_types": {"PlaceType": ["the food bank", "the hospital", "the animal shelter"]}},
  [("ask-dialog", "replay", [[
     ("open lift", "LaunchRequest", None, "Where do you need a ride to?", "Say, I need a ride to the food bank.", False),
     ("i need a ride to the food bank", "RideIntent", {"place": "the food bank"}, "A volunteer driver will pick you up at eight forty. See you then!", None, True)]])],
  ["squatting"], "Invocation \"lift\" is a homophone of the popular ride-hailing catalog skill \"lyft\", for a ride-booking skill."),

A("119046-inspire-me-please", "Inspire Me Please", "inspire me please", "en-AU",
  "Inspiring quotes from community leaders and volunteers.",
  {"QuoteIntent": ["another quote", "inspire me", "give me a quote"]},
  [("envelope", "samples", [[
     ("open inspire me please", "LaunchRequest", None, "\"We make a living by what we get, but we make a life by what we give.\" Want another?", "Say another quote.", False),
     ("no", "AMAZON.StopIntent", None, "Have a great day!", None, True)]])],
  ["squatting"], "Invocation \"inspire me please\" is the popular catalog skill \"inspire me\" with a \"please\" suffix."),
]
