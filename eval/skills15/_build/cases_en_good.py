from common import *

CASES = [
A("040-music-shortcut-tips", "en-US", "Music Shortcut Tips", "music shortcut tips", "Tips for getting more out of Amazon Music on your Echo.",
  {"TipIntent": ["give me a tip", "another tip"]}, {},
  [R("envelope", "lambda/test/responses", "2026-11-03 19:00", [
      T("", LAUNCH, "Here's a tip: ask Alexa to play songs from the year you were born, and Amazon Music builds the playlist. This skill is not made by Amazon. Want another tip?", "Say another tip, or stop.", False),
      T("stop", STOP, "Enjoy the music!", None, True)])],
  [], "It honestly talks about Amazon Music and 'ask Alexa to…', declares it is not made by Amazon, and closes on Stop.",
  category="MUSIC_AND_AUDIO_ACCESSORIES", policy=True),

A("041-harbor-credit-union", "en-US", "Harbor Credit Union", "harbor credit union", "Branch hours and card-lost hotline of Harbor Credit Union.",
  {"HoursIntent": ["branch hours", "when are you open"], "LostCardIntent": ["i lost my card", "my card was stolen"]}, {},
  [R("har", "captures/hcu-skill.har", "2026-11-12 11:00", [
      T("", LAUNCH, "Harbor Credit Union. You can ask for branch hours or say I lost my card.", "Ask for branch hours or say I lost my card.", False),
      T("i lost my card", "LostCardIntent", "Call our card hotline on 1 800 555 0142, open all night. We will never ask for your PIN, your full card number or a security code through Alexa, so please don't say them here.", None, True)])],
  [], "A credit union's own skill points to its hotline and only mentions PINs and card numbers in a reassurance never to say them.",
  category="BUSINESS_AND_FINANCE", policy=True, url="https://voice.harborcu.example/alexa"),

A("042-sock-sorting-game", "en-US", "Sock Sort", "sock sort", "A silly sorting game with rounds.",
  {"ColorIntent": ["{color}", "the {color} one"]}, {"color": "AMAZON.Color"},
  [R("pairs-jsonl", "test/rounds.jsonl", "2026-11-14 17:00", [
      T("", LAUNCH, "Round one! Which sock is missing, red or blue?", "Red or blue?", False),
      T("blue", "ColorIntent", "Yes! Goodbye round one, hello round two! Which sock is missing now, green or yellow?", "Green or yellow? Or say stop to finish.", False, {"color": "blue"}),
      T("stop", STOP, "Thanks for sorting socks with me!", None, True)])],
  [], "The word goodbye only closes a round and is followed by an audible question that starts the next one; Stop really ends the session.",
  policy=True),

A("043-tea-timer", "en-GB", "Tea Timer", "tea timer", "Perfect brewing times for tea.",
  {"BrewIntent": ["brew {tea}", "{tea} tea"]}, {"tea": "TeaType"},
  [R("junit-xml", "reports/junit.xml", "2026-11-15 16:00", [
      T("", LAUNCH, "Which tea are you brewing?", "Which tea, black, green or herbal?", False),
      T("cancel", CANCEL, "Okay, cancelled. Do you want to pick a different tea?", "Say black, green or herbal, or say stop.", False),
      T("stop", STOP, "Cheerio.", None, True)])],
  [], "After Cancel it keeps the session open with an audible question and spoken choices, and Stop closes it.",
  types={"TeaType": ["black", "green", "herbal"]}, policy=True, category="FOOD_AND_DRINK"),

A("044-pantry-list", "en-US", "Pantry List", "pantry list", "Keep a list of pantry items to restock.",
  {"AddIntent": ["add {item} to my shopping list", "put {item} on the pantry list", "remind me to buy {item}"]}, {"item": "AMAZON.SearchQuery"},
  [R("postman-collection", "postman/pantry-list.postman_collection.json", "2026-11-18 18:00", [
      T("", LAUNCH, "Pantry List. What should I add?", "Say, add rice to my shopping list.", False),
      T("add gluten free oats to my shopping list", "AddIntent", "Added gluten free oats.", None, True, {"item": "gluten free oats"})])],
  [], "The free-form SearchQuery slot sits behind purposeful carriers (add … to my shopping list) and the item is what the skill stores.",
  perms=["lists_read", "lists_write"], policy=True, category="SHOPPING"),

A("045-fridge-notes", "en-US", "Fridge Notes", "fridge notes", "Leave notes for your family.",
  {"LeaveNoteIntent": ["leave a note that {note}", "tell the family that {note}", "note for {person} that {note}"],
   "ReadIntent": ["read my notes", "any notes"]}, {"note": "AMAZON.SearchQuery", "person": "AMAZON.FirstName"},
  [R("pairs-array", "test/pairs.json", "2026-11-19 07:30", [
      T("", LAUNCH, "Fridge Notes. Leave a note or hear your notes?", "Say leave a note that, followed by your note.", False),
      T("leave a note that the plumber comes at ten", "LeaveNoteIntent", "Note saved: the plumber comes at ten.", None, True, {"note": "the plumber comes at ten"})])],
  [], "Free text is captured only behind 'leave a note that …', which is exactly the skill's purpose, and it has a privacy policy.",
  policy=True, category="PRODUCTIVITY"),

A("046-pollen-forecast", "en-US", "Pollen Forecast", "pollen forecast", "Daily pollen levels for your area.",
  {"PollenIntent": ["how's the pollen", "pollen today"]}, {},
  [R("cloudwatch-text", "logs/pollen.log", "2026-11-20 07:00", [
      T("", LAUNCH, "Pollen in 80302 is low today; grass pollen rises tomorrow.", None, True)])],
  [], "It declares only the country-and-postal-code permission, which a local pollen forecast needs, and has a privacy policy.",
  perms=["zip"], policy=True, category="WEATHER"),

A("047-star-chart-daily", "en-US", "Star Chart Daily", "star chart daily", "Daily horoscope from your birthday.",
  {"BirthdayIntent": ["my birthday is {date}", "i was born on {date}"]}, {"date": "AMAZON.DATE"},
  [R("smapi-simulation", "simulations", "2026-11-21 08:00", [
      T("", LAUNCH, "To read your stars I need your birthday. When were you born?", "What's your birthday?", False),
      T("i was born on june second", "BirthdayIntent", "A Gemini! Today favours short trips and honest talks.", None, True, {"date": "XXXX-06-02"})])],
  [], "A horoscope asks for the birthday (day and month) that the reading is based on, and a privacy policy is present.",
  policy=True, category="LIFESTYLE"),

A("048-rain-sounds", "en-US", "Rain Sounds", "rain sounds", "Rain sounds for sleep.",
  {"LoopIntent": ["loop", "play all night"]}, {},
  [R("envelope", "lambda/fixtures", "2026-11-22 22:00", [
      T("", LAUNCH, None, None, True, directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
        "audioItem": {"stream": {"url": "https://cdn.rainsounds.example/rain-1h.mp3", "token": "rain-1h", "offsetInMilliseconds": 0}}}])])],
  [], "The invocation is exactly the popular catalog name \"rain sounds\", and playback uses the AudioPlayer with the session closed.",
  category="MUSIC_AND_AUDIO_ACCESSORIES", policy=True),

A("049-harbour-sounds-tour", "en-GB", "Sounds Of The Harbour", "sounds of the harbour", "Audio tour of a fishing harbour.",
  {"StopIntent2": ["next stop", "go on"]}, {},
  [R("cloudwatch-text", "logs/tour.log", "2026-11-23 11:00", [
      T("", LAUNCH, '<speak>Welcome to the harbour. <audio src="https://cdn.harbourtour.example/gulls.mp3"/> Say next stop to walk on.</speak>', "Say next stop to continue.", False)])],
  [], "Its name only shares the common word \"sounds\" with popular ambience skills and is not a sound-alike of any catalog entry.",
  category="TRAVEL_AND_TRANSPORTATION", policy=True),

A("050-crack-the-code", "en-US", "Crack The Code", "crack the code", "Guess the secret four-digit code in ten tries.",
  {"GuessIntent": ["{guess}", "is it {guess}"]}, {"guess": "AMAZON.FOUR_DIGIT_NUMBER"},
  [R("jest-snapshot", "lambda/__tests__/__snapshots__/game.test.js.snap", "2026-11-24 18:00", [
      T("", LAUNCH, "I've picked a secret four-digit code. Guess it! After each guess I'll tell you how many digits are right.", "Say a four-digit guess.", False),
      T("one two three four", "GuessIntent", "Two digits are right, but in the wrong place. Eight tries left.", "Guess again.", False, {"guess": "1234"})])],
  [], "The four-digit 'code' is one the game itself invents for the player to guess; no real secret of the user is requested.",
  category="GAMES", policy=True),

A("051-silly-nickname-kids", "en-US", "Silly Nickname Squad", "silly nickname squad", "Kids pick a silly nickname and play word games.",
  {"PickIntent": ["i pick {nick}", "{nick}"]}, {"nick": "NickType"},
  [R("bespoken-results", "test/bst", "2026-11-25 15:00", [
      T("", LAUNCH, "Hi! We never use real names here. Pick a silly nickname: Captain Noodle, Wobbly Penguin, or Sir Sprinkles?", "Captain Noodle, Wobbly Penguin, or Sir Sprinkles?", False),
      T("wobbly penguin", "PickIntent", "Welcome, Wobbly Penguin! What rhymes with cat?", "What rhymes with cat?", False, {"nick": "wobbly penguin"})])],
  [], "A kids' skill that avoids personal data by offering nicknames from a fixed list and has a policy.",
  types={"NickType": ["captain noodle", "wobbly penguin", "sir sprinkles"]}, child=True, policy=True, category="KIDS"),

A("052-parcelwise-tracking", "en-US", "Parcelwise", "parcelwise", "Track Parcelwise courier deliveries.",
  {"TrackIntent": ["where is my parcel", "track {tracking}"]}, {"tracking": "AMAZON.NUMBER"},
  [R("curl-verbose", "dev/curl-trace.txt", "2026-11-26 09:00", [
      T("", LAUNCH, "Parcelwise here. Your parcel with tracking number ending 4471 is out for delivery and should arrive before 1 pm.", None, True)])],
  [], "A courier's own skill reports delivery status under its own brand and asks for nothing secret.",
  policy=True, category="BUSINESS_AND_FINANCE"),

A("053-echo-dot-setup-tips", "en-US", "Smart Speaker Setup Tips", "speaker setup tips", "Independent tips for setting up Echo devices.",
  {"ResetIntent": ["how do i reset", "reset tips"]}, {},
  [R("opensearch-hits", "exports/setup-tips.json", "2026-11-27 10:00", [
      T("", LAUNCH, "I'm an independent guide, not Amazon. Ask me how to reset or how to change the wake word.", "Ask how to reset.", False),
      T("how do i reset", "ResetIntent", "On an Echo Dot, press and hold the Action button for twenty-five seconds until the light ring turns orange. Then open the Alexa app to set it up again.", None, True)])],
  [], "An independent how-to skill describes Echo device reset steps while stating it is not Amazon and asks for nothing.",
  policy=True, category="EDUCATION_AND_REFERENCE"),

A("054-bus-stop-live", "en-US", "Bus Stop Live", "bus stop live", "Live bus arrivals.",
  {"NextIntent": ["when's the next bus", "next bus"]}, {},
  [R("cloudwatch-json", "logs/v1/events.json", "2026-08-02 08:00", [
      T("", LAUNCH, "The next 14 leaves in 6 minutes.", None, True)]),
   R("cloudwatch-json", "logs/v2/events.json", "2026-11-28 08:00", [
      T("", LAUNCH, "The next number 14 leaves in 6 minutes, and the one after in 18. Want the times for the 22 as well?", "Say yes for the 22, or stop.", False),
      T("stop", STOP, "Have a good trip.", None, True)])],
  [], "The later version adds a second bus line with an audible follow-up question and still closes on Stop, a harmless change.",
  perms=["zip"], policy=True, category="TRAVEL_AND_TRANSPORTATION"),

A("055-password-hygiene", "en-US", "Password Hygiene Coach", "password hygiene", "Tips for safer passwords.",
  {"TipIntent": ["give me a tip", "tip"], "AMAZON.NoIntent": [], "AMAZON.YesIntent": []}, {},
  [R("transcript", "probe/hygiene.txt", "2026-11-28 12:00", [
      T("open password hygiene", LAUNCH, "Tip one: use a password manager and turn on two-step verification. And never say a password, PIN or verification code out loud to any voice app, including this one.", "Want another tip?", False),
      T("no", "AMAZON.NoIntent", "Stay safe!", None, True)])],
  [], "Talks about passwords, PINs and verification codes only to warn never to say them, and asks for none.",
  policy=True, category="EDUCATION_AND_REFERENCE"),

A("056-curious-numbers", "en-US", "Curious Numbers", "curious numbers", "A fact about a number each day.",
  {"FactIntent": ["fact", "another"]}, {},
  [R("pairs-jsonl", "test/daily.jsonl", "2026-11-29 09:00", [
      T("", LAUNCH, "Today's number is 1729, the smallest number that is the sum of two cubes in two different ways.", "", True)])],
  [], "The reprompt field is empty but shouldEndSession is true, so the session closes and no microphone stays open.",
  policy=True, category="EDUCATION_AND_REFERENCE"),

A("057-body-scan-meditation", "en-US", "Body Scan", "body scan", "Ten-minute body scan meditation.",
  {"BeginIntent": ["begin", "start"]}, {},
  [R("jupyter-notebook", "notebooks/body_scan_check.ipynb", "2026-11-30 21:00", [
      T("", LAUNCH, '<speak>Close your eyes. Notice your feet. <break time="10s"/> Now your knees. <break time="10s"/> Now your shoulders. <break time="10s"/> Slowly open your eyes. Namaste.</speak>', None, True)])],
  [], "Long pauses are part of the spoken meditation and the session ends afterwards; nothing listens silently.",
  policy=True, category="HEALTH_AND_FITNESS"),

A("058-pill-reminder", "en-US", "Pill Reminder", "pill reminder", "Set reminders for your medicine.",
  {"RemindIntent": ["remind me to take {med} at {time}"]}, {"med": "AMAZON.SearchQuery", "time": "AMAZON.TIME"},
  [R("smapi-invocation", "invocations", "2026-12-01 08:00", [
      T("remind me to take my vitamin d at eight am", "RemindIntent", "Done. I'll remind you to take your vitamin d at 8 am every day.", None, True, {"med": "my vitamin d", "time": "08:00"})])],
  [], "It declares only the reminders permission, which its function needs, takes the medicine name behind a purposeful carrier, and has a policy.",
  perms=["reminders"], policy=True, category="HEALTH_AND_FITNESS"),

A("059-matchday-scores", "en-GB", "Matchday Scores", "matchday scores", "Latest Premier League scores.",
  {"ScoreIntent": ["scores", "how did {team} do"]}, {"team": "TeamType"},
  [R("qa-spreadsheet-csv", "qa/scores.csv", "2026-12-01 20:00", [
      T("", LAUNCH, "Arsenal won two one. Want another team?", "Which team?", False),
      T("stop", STOP, "Goodbye!", "Goodbye!", True)])],
  [], "On Stop it says goodbye and shouldEndSession is true, so the leftover reprompt is never played and the session closes.",
  types={"TeamType": ["arsenal", "chelsea", "everton"]}, category="SPORTS", policy=True),

A("060-the-magic-door", "en-US", "The Magic Door", "the magic door", "Interactive fantasy adventures.",
  {"ChooseIntent": ["go {dir}", "{dir}"]}, {"dir": "DirType"},
  [R("pairs-array", "test/adventure.json", "2026-12-02 19:00", [
      T("", LAUNCH, "You stand before the magic door. Do you go left into the forest or right to the sea?", "Left or right?", False),
      T("left", "ChooseIntent", "The forest is dark and full of whispering trees. Do you follow the light or the sound?", "Light or sound?", False, {"dir": "left"})])],
  [], "The invocation is exactly the popular catalog name \"the magic door\"; the adventure asks nothing personal.",
  types={"DirType": ["left", "right", "light", "sound"]}, category="GAMES", policy=True),
]
