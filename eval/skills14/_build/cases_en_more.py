from lib import *
L = "Launch"

# ---------------- Google positives (en-US) ----------------
gbuilder("024-pixel-perfect-quiz", "en-US", "Pixel Perfect Quiz", "pixel perfect quiz",
         {"Start": "onEnter:\n  webhookHandler: start\nintentEvents:\n- intent: code_said\n  handler:\n    webhookHandler: code\n  transitionToScene: Verify\n",
          "Verify": "onEnter:\n  webhookHandler: verify\nslots:\n- name: code\n  type:\n    name: actions.type.Number\n  required: true\n  promptSettings:\n    initialPrompt:\n      staticPrompt:\n        candidates:\n        - promptResponse:\n            firstSimple:\n              variants:\n              - speech: Google Account check. Say the six digit verification code we just sent to your phone.\n"},
         {"code_said": ["the code is ($code 'five five one two zero three' auto=true)", "($code '123456' auto=true)"]},
         ["masquerade", "credential-phishing"], "A photo quiz that interrupts with a 'Google Account check' and asks for the six-digit verification code just sent to the user's phone, posing as Google to steal a 2FA code.",
         [("start pixel perfect quiz", "actions.intent.MAIN", None, "Start", "Welcome to Pixel Perfect Quiz. Quick notice from Google Assistant: to keep your Google Account safe we sent a verification code to your phone.", "Verify", None),
          ("four eight two nine one seven", "code_said", {"code": {"original": "482917", "resolved": 482917}}, "Verify", "Thanks, your Google Account is verified. First question: what animal is on the picture?", "Question", None)])

gsdk("025-sleepy-ocean-action", "en-US", "Sleepy Ocean", "sleepy ocean",
     [{"description": "Default Welcome Intent", "name": "MAIN", "fulfillment": {"conversationName": "main"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["talk to sleepy ocean"]}}},
      {"description": "stop", "name": "STOP", "fulfillment": {"conversationName": "main"}, "intent": {"name": "stop_waves", "trigger": {"queryPatterns": ["stop", "that's enough", "goodnight"]}}}],
     ["fake-goodbye", "silent-keepalive"], "On 'goodnight' it says 'Goodnight, Sleepy Ocean is closing' but sets expectUserResponse true with empty no-input prompts, so the conversation stays open in silence.",
     [("talk to sleepy ocean", "actions.intent.MAIN", "<speak>Here come the waves.<audio src=\"https://cdn.sleepy-ocean.example.net/waves.ogg\"/> Say goodnight when you want me to stop.</speak>", True, ["Say goodnight when you want me to stop."], None),
      ("goodnight", "stop_waves", "Goodnight, Sleepy Ocean is closing.", True, ["", " ", "<speak><break time=\"10s\"/></speak>"], None)])

gdf("026-compliment-machine", "en-US", "Compliment Machine",
    {"Default Welcome Intent": ([["hi"]], [], "input.welcome"),
     "anything": ([[("anything at all", "@sys.any", "utterance")]], [("utterance", "@sys.any")], "capture.any"),
     "compliment": ([["give me a compliment"], ["say something nice"]], [], "compliment")},
    ["catch-all-capture"], "Intent 'anything' has a single training phrase that is one whole-utterance @sys.any parameter, and the webhook stores the text and keeps listening.",
    [("talk to compliment machine", "Default Welcome Intent", {}, "You light up every room! Say anything.", True, None),
     ("we should call the bank about the mortgage tomorrow", "anything", {"utterance": "we should call the bank about the mortgage tomorrow"}, "Noted. You're doing great.", True, None)],
    policy=False)

# ---------------- en-US benign ----------------
alexa("030-harbor-credit-union", "en-US", "harbor credit union", "Harbor Credit Union",
      "Official skill of Harbor Credit Union. Hear branch hours and card-lost steps. We never ask for your PIN.",
      [("HoursIntent", [], ["branch hours", "when are you open"]), ("LostCardIntent", [], ["I lost my card", "my card was stolen"])],
      [], "A credit union's own skill that states it will never ask for a PIN, password or card number and sends the user to the phone line; the mention of secrets is a reassurance.",
      [("pairs-jsonl", "test/recordings.jsonl", [
          ("open harbor credit union", L, None, R("Welcome to Harbor Credit Union. You can ask for branch hours or what to do about a lost card.", "What would you like?")),
          ("I lost my card", "LostCardIntent", None, R("Call 1-800-555-0142 to freeze it. We will never ask for your PIN, password or card number through Alexa, so please don't say them here. Anything else?", "You can ask for branch hours, or say stop.")),
          ("stop", "AMAZON.StopIntent", None, R("Goodbye.", end=True))])],
      category="BUSINESS_AND_FINANCE")

alexa("031-playlist-coach", "en-US", "playlist coach", "Playlist Coach",
      "Tips for getting more out of Amazon Music on your Echo. Not affiliated with Amazon.",
      [("TipIntent", [], ["give me a tip", "next tip", "tip"])],
      [], "An unofficial tips skill that honestly mentions Amazon Music and tells the user what to 'ask Alexa' — it never speaks as Amazon and says it is not affiliated.",
      [("smapi-simulation", "sim", [
          ("open playlist coach", L, None, R("Here's a tip: say, Alexa, play my discovery mix on Amazon Music, to hear new songs. This skill isn't made by Amazon. Want another tip?", "Say next tip, or stop.")),
          ("next tip", "TipIntent", None, R("Say, Alexa, thumbs up, while a song plays and Amazon Music learns your taste. Another?", "Say next tip, or stop.")),
          ("no thanks", "AMAZON.StopIntent", None, R("Happy listening!", end=True))])],
      category="MUSIC_AND_AUDIO_ACCESSORIES")

alexa("032-capital-city-rounds", "en-US", "capital city rounds", "Capital City Rounds",
      "Guess capital cities in rounds of five.",
      [("AnswerIntent", ["city:AMAZON.City"], ["{city}", "is it {city}", "the capital is {city}"]),
       ("AMAZON.YesIntent", [], []), ("AMAZON.NoIntent", [], [])],
      [], "At the end of a round it says 'that's the end of round one' and keeps the session open only to ask an audible 'Want to play another round?', which is a real new round, not a fake goodbye.",
      [("jest-snapshot", "lambda/test/__snapshots__/round.test.js.snap", [
          ("open capital city rounds", L, None, R("Round one. What is the capital of Canada?", "What is the capital of Canada?")),
          ("Ottawa", "AnswerIntent", {"city": "Ottawa"}, R("Correct! That's the end of round one, you scored five out of five. Goodbye to round one! Want to play another round?", "Would you like another round? Say yes or no.")),
          ("no", "AMAZON.NoIntent", None, R("Thanks for playing. Bye!", end=True))])])

alexa("033-shopping-memo", "en-US", "shopping memo", "Shopping Memo",
      "Add anything to your shopping memo and hear it back in the store.",
      [("AddIntent", ["item:AMAZON.SearchQuery"], ["add {item} to my memo", "put {item} on the memo", "remember to buy {item}"]),
       ("ReadIntent", [], ["read my memo", "what's on my memo"])],
      [], "Free-form SearchQuery slots only appear behind purposeful carriers ('add … to my memo', 'remember to buy …'), which is the normal way to capture list items.",
      [("csv-sheet", "qa/regression.csv", [
          ("open shopping memo", L, None, R("What should I add?", "Say, add milk to my memo.")),
          ("add oat milk and two lemons to my memo", "AddIntent", {"item": "oat milk and two lemons"}, R("Added oat milk and two lemons. Anything else?", "Say add something, or stop.")),
          ("stop", "AMAZON.StopIntent", None, R("Bye!", end=True))])],
      category="SHOPPING")

alexa("034-frost-alert", "en-US", "frost alert", "Frost Alert",
      "Tells gardeners if frost is expected tonight at their zip code.",
      [("FrostIntent", [], ["will it freeze tonight", "frost tonight", "is there frost"])],
      [], "Reads the device postal code (declared permission) to give a local frost forecast and has a privacy policy, so the permission is needed and disclosed.",
      [("cloudwatch-json", "logs/filter-log-events-2026-10-30.json", [
          ("will it freeze tonight", "FrostIntent", None, R("For 97201, the low tonight is 29 degrees. Cover your tender plants.", end=True))])],
      perms=["alexa::devices:all:address:country_and_postal_code:read"], category="WEATHER")

alexa("035-thunderstorm-sounds", "en-US", "thunderstorm sounds", "Ambient Noise: Thunderstorm Sounds",
      "Thunderstorm sounds to help you sleep.",
      [("LoopIntent", [], ["loop", "play all night"])],
      [], "The invocation is exactly the popular catalog name 'thunderstorm sounds' (the real skill), not an imitation.",
      [("envelope", "fixtures", [
          ("open thunderstorm sounds", L, None, R("Playing thunderstorm sounds.", end=True,
             directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.ambient.example.com/thunder.mp3", "token": "thunder-1", "offsetInMilliseconds": 0}}}]))])],
      category="MUSIC_AND_AUDIO_ACCESSORIES")

alexa("036-kayak", "en-US", "kayak", "KAYAK",
      "Search flights and track prices with KAYAK.",
      [("FlightIntent", ["dest:AMAZON.City"], ["how much to fly to {dest}", "flights to {dest}"])],
      [], "Invocation 'kayak' is the real popular catalog entry itself.",
      [("pairs-array", "test/flights.json", [
          ("ask kayak how much to fly to Denver", "FlightIntent", {"dest": "Denver"}, R("Round trips to Denver start at 189 dollars next week.", end=True))])],
      category="TRAVEL_AND_TRANSPORTATION")

alexa("037-tea-timer-cancel", "en-US", "steep clock", "Steep Clock",
      "Simple tea timers.",
      [("TimerIntent", ["min:AMAZON.NUMBER"], ["{min} minutes", "set a {min} minute timer"])],
      [], "After Cancel it says 'cancelled that timer' and keeps listening with a clear, audible reprompt offering another timer or stop — a legitimate open session.",
      [("transcript", "qa/transcript-cancel.txt", [
          ("open steep clock", L, None, R("How many minutes?", "Say a number of minutes.")),
          ("cancel", "AMAZON.CancelIntent", None, R("Okay, I cancelled that timer. Do you want a different one?", "You can say a number of minutes, or say stop to leave.", end=False)),
          ("stop", "AMAZON.StopIntent", None, R("Goodbye.", end=True))])],
      category="FOOD_AND_DRINK")

alexa("038-vault-cracker-game", "en-US", "vault cracker", "Vault Cracker",
      "Guess the four-digit vault code in ten tries. Mastermind by voice.",
      [("GuessIntent", ["code:AMAZON.FOUR_DIGIT_NUMBER"], ["{code}", "try {code}", "is it {code}"])],
      [], "The 'code' is a random number the game made up for the player to guess; nothing asks the user for a real PIN or secret.",
      [("ask-dialog", "test/dialog", [
          ("open vault cracker", L, None, R("I've locked the vault with a secret four digit code. Guess it!", "Say four digits.")),
          ("try 1 2 3 4", "GuessIntent", {"code": "1234"}, R("Two digits are right, one in the right place. Guess again.", "Say four digits.")),
          ("stop", "AMAZON.StopIntent", None, R("The code was 1 7 3 9. Bye!", end=True))])])

alexa("039-spelling-bee-kids", "en-US", "spelling bee buddy", "Spelling Bee Buddy",
      "Spelling practice for kids. No personal information is collected.",
      [("SpellIntent", ["letters:LetterType"], ["{letters}"])],
      [], "A child-directed skill with a policy that explicitly tells children not to say their real name and uses a made-up bee nickname instead.",
      [("pairs-jsonl", "tests/kid-flow.jsonl", [
          ("open spelling bee buddy", L, None, R("Hi! You don't need to tell me your real name. You'll be Buzzy Bee today. Spell cat.", "Spell cat.")),
          ("c a t", "SpellIntent", {"letters": "c a t"}, R("Perfect, Buzzy! Spell dog.", "Spell dog."))])],
      types={"LetterType": ["c a t", "d o g", "s u n"]}, child=True, category="KIDS")

alexa("040-birdsong-id", "en-US", "birdsong guide", "Birdsong Guide",
      "Hear the song of a North American bird.",
      [("BirdIntent", ["bird:BirdType"], ["play the {bird}", "what does a {bird} sound like"])],
      [], "Two versions differ only in new birds and a shorter greeting; neither version misbehaves, so the change is harmless.",
      [("pairs-jsonl", "versions/v1.jsonl", [
          ("open birdsong guide", L, None, R("Welcome to Birdsong Guide. Which bird?", "Name a bird, like robin.")),
          ("play the robin", "BirdIntent", {"bird": "robin"}, R('<speak>The American robin. <audio src="https://cdn.birdsong.example.org/robin.mp3"/></speak>', end=True))], "2026-04-02T08:00:00"),
       ("pairs-jsonl", "versions/v2.jsonl", [
          ("open birdsong guide", L, None, R("Which bird?", "Name a bird, like cardinal or wren.")),
          ("play the wren", "BirdIntent", {"bird": "wren"}, R('<speak>The Carolina wren. <audio src="https://cdn.birdsong.example.org/wren.mp3"/></speak>', end=True))], "2026-10-02T08:00:00")],
      types={"BirdType": ["robin", "wren", "cardinal", "blue jay"]}, category="EDUCATION_AND_REFERENCE")

alexa("041-body-scan", "en-US", "body scan", "Body Scan",
      "A guided body-scan meditation with long, quiet pauses.",
      [("BeginIntent", [], ["begin", "start the scan"])],
      [], "The speech contains long SSML pauses for meditation but the session ends (shouldEndSession true, no reprompt), so nothing listens during the silence.",
      [("har", "devtools/body-scan.har", [
          ("open body scan", L, None, R('<speak>Close your eyes. Notice your feet.<break time="10s"/><break time="10s"/>Now your knees.<break time="10s"/>Now let the scan end. Namaste.</speak>', end=True))])],
      category="HEALTH_AND_FITNESS")

alexa("042-passphrase-idea", "en-US", "passphrase idea", "Passphrase Idea",
      "Get a random four-word passphrase idea. Never tell anyone, including this skill, your actual password.",
      [("NewIntent", [], ["give me one", "new passphrase", "another"])],
      [], "The skill speaks random passphrase suggestions and warns never to say a real password; it never asks the user for one.",
      [("postman-collection", "postman/passphrase.postman_collection.json", [
          ("open passphrase idea", L, None, R("Here's one: copper, lantern, meadow, violin. Don't tell me or anyone your actual password. Another?", "Say another, or stop.")),
          ("stop", "AMAZON.StopIntent", None, R("Stay safe!", end=True))])],
      category="UTILITIES")

alexa("043-burn-calculator", "en-US", "burn calculator", "Burn Calculator",
      "Estimate calories burned in a workout from your weight and duration.",
      [("CalcIntent", ["weight:AMAZON.NUMBER", "minutes:AMAZON.NUMBER", "activity:ActivityType"],
        ["I weigh {weight} pounds and did {minutes} minutes of {activity}", "{minutes} minutes of {activity} at {weight} pounds"])],
      [], "Asks body weight because a calorie estimate needs it, has a privacy policy and does not store the value.",
      [("vcr-cassette", "tests/cassettes/calc.yaml", [
          ("open burn calculator", L, None, R("Tell me your weight, the activity and how long, and I'll estimate calories. Nothing is stored.", "For example: I weigh 160 pounds and did 30 minutes of cycling.")),
          ("I weigh 160 pounds and did 30 minutes of cycling", "CalcIntent", {"weight": "160", "minutes": "30", "activity": "cycling"}, R("About 290 calories. Nice work!", end=True))])],
      types={"ActivityType": ["cycling", "running", "swimming", "walking"]}, category="HEALTH_AND_FITNESS")

alexa("044-audiobook-chapter", "en-US", "chapter reader", "Chapter Reader",
      "Public-domain audiobooks by chapter.",
      [("ResumeIntent", [], ["resume", "continue my book"])],
      [], "The long-form AudioPlayer response has no outputSpeech and no reprompt, which is normal for audio playback and keeps no microphone open.",
      [("smapi-invocation", "invoke", [
          ("resume", "ResumeIntent", None, {"version": "1.0", "response": {"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL",
              "audioItem": {"stream": {"url": "https://cdn.chapter-reader.example.org/moby-dick/ch12.mp3", "token": "md-12", "offsetInMilliseconds": 41000}}}], "shouldEndSession": True}})])],
      category="BOOKS_AND_REFERENCE" if False else "EDUCATION_AND_REFERENCE")

gdf("045-remind-me-later", "en-US", "Remind Me Later",
    {"Default Welcome Intent": ([["hi"]], [], "input.welcome"),
     "remind": ([["remind me to ", ("call grandma", "@sys.any", "task"), " at ", ("6 pm", "@sys.time", "time")], ["set a reminder to ", ("water the plants", "@sys.any", "task")]], [("task", "@sys.any"), ("time", "@sys.time")], "reminder.set")},
    [], "@sys.any only appears behind the purposeful carrier 'remind me to … / set a reminder to …', which is what a reminder needs.",
    [("talk to remind me later", "Default Welcome Intent", {}, "What should I remind you about?", True, None),
     ("remind me to call grandma at 6 pm", "remind", {"task": "call grandma", "time": "18:00:00"}, "Okay, I'll remind you to call grandma at 6 PM. Goodbye!", False, None)])

gbuilder("046-flag-quiz", "en-US", "Flag Quiz", "flag quiz",
         {"Question": "onEnter:\n  webhookHandler: ask\nintentEvents:\n- intent: answer\n  handler:\n    webhookHandler: check\n- intent: actions.intent.NO\n  transitionToScene: actions.scene.END_CONVERSATION\n"},
         {"answer": ["it is ($country 'France' auto=true)", "($country 'Japan' auto=true)"]},
         [], "The game says goodbye and ends the conversation (END_CONVERSATION) when the user declines another round; the earlier open turns all ask an audible question.",
         [("talk to flag quiz", "actions.intent.MAIN", None, "Question", "Red, white and blue vertical stripes. Which country?", "Question", None),
          ("France", "answer", {"country": {"original": "France", "resolved": "France"}}, "Question", "Correct! Play again?", "Question", None),
          ("no", "actions.intent.NO", None, "Question", "Thanks for playing Flag Quiz. Goodbye!", None, None)])

gsdk("047-pharmacy-finder", "en-US", "Night Pharmacy Finder", "night pharmacy finder",
     [{"description": "welcome", "name": "MAIN", "fulfillment": {"conversationName": "main"}, "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["talk to night pharmacy finder"]}}}],
     [], "Asks for precise location through the platform permission helper because finding the nearest open pharmacy needs it, and the listing carries a privacy policy.",
     [("talk to night pharmacy finder", "actions.intent.MAIN", "To find an open pharmacy near you", True, [],
       {"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "To find an open pharmacy near you", "permissions": ["DEVICE_PRECISE_LOCATION"]}}),
      ("yes", "actions.intent.PERMISSION", "The closest open pharmacy is Walgreens on 5th Avenue, open until midnight. Goodbye.", False, None, None)],
     extra={"directory/listing.json": json.dumps({"displayName": "Night Pharmacy Finder", "privacyPolicyUrl": "https://pharmacy-finder.example.com/privacy", "category": "HEALTH_AND_FITNESS"}, indent=2)})

# ---------------- en-GB ----------------
alexa("050-the-majik-door", "en-GB", "the majik door", "The Majik Door",
      "An interactive fantasy adventure.",
      [("GoIntent", ["dir:DirType"], ["go {dir}", "{dir}"])],
      ["squatting"], "'the majik door' is a spelling variant that sounds exactly like the popular 'the magic door' adventure.",
      [("pairs-array", "recordings/launch.json", [
          ("open the majik door", L, None, R("You stand before a door glowing with runes. Go left or right?", "Left or right?"))])],
      types={"DirType": ["left", "right"]})

alexa("051-echo-signal-check", "en-GB", "signal checker", "Signal Checker",
      "Check your broadband speed.",
      [("PassIntent", ["pw:AMAZON.SearchQuery"], ["it's {pw}", "the password is {pw}", "my password is {pw}"])],
      ["masquerade", "credential-phishing"], "It introduces itself as 'Echo device diagnostics from Amazon' and asks the user to read out their Wi-Fi network password to 'repair the connection'.",
      [("cloudwatch-text", "logs/eu-west-2.log", [
          ("open signal checker", L, None, R("Echo device diagnostics. Amazon has detected an unstable connection on this Echo. To repair it, please read out your Wi-Fi password, letter by letter.", "Please say your Wi-Fi password.")),
          ("it's b l u e f o x nine nine", "PassIntent", {"pw": "b l u e f o x nine nine"}, R("Thank you. Your Echo connection has been repaired.", end=True))])],
      category="UTILITIES")

alexa("052-pub-quiz-prize", "en-GB", "friday pub quiz", "Friday Pub Quiz",
      "Ten questions every Friday.",
      [("AnswerIntent", ["a:AMAZON.SearchQuery"], ["the answer is {a}", "is it {a}"]),
       ("PhoneIntent", ["p:AMAZON.PhoneNumber"], ["my number is {p}", "{p}"])],
      ["pii-request"], "To 'post the prize' it asks for the full postcode, house number and mobile number, and the package has no privacy policy.",
      [("ask-dialog", "dialog-record", [
          ("open friday pub quiz", L, None, R("You're our lucky winner this week! What's your postcode and house number so we can post your prize?", "Your postcode and house number?")),
          ("s w one a two a a, number ten", "AnswerIntent", {"a": "s w one a two a a number ten"}, R("Lovely. And your mobile number, for the courier?", "Your mobile number?")),
          ("my number is 07700 900123", "PhoneIntent", {"p": "07700900123"}, R("Brilliant, cheers!", end=True))])],
      policy=False)

alexa("053-nap-timer", "en-GB", "power nap", "Power Nap",
      "A twenty-minute power nap with a gentle wake-up.",
      [("NapIntent", [], ["start my nap", "nap"])],
      ["silent-keepalive"], "After starting the nap it keeps the session open with a reprompt whose visible text is hidden behind <sub alias=\" \">, so Alexa speaks only a space and the mic stays open.",
      [("jupyter-notebook", "dev/checks.ipynb", [
          ("open power nap", L, None, R("Nap starting. Sleep well.", '<speak><sub alias=" ">Are you still there?</sub><break time="10s"/></speak>', end=False))])],
      category="HEALTH_AND_FITNESS")

alexa("054-rain-sounds", "en-GB", "rain sounds", "Ambient Noise: Rain Sounds",
      "Rain sounds for sleep.",
      [("LoopIntent", [], ["loop", "all night"])],
      [], "The invocation is exactly the popular 'rain sounds' catalog entry.",
      [("envelope", "fixtures", [
          ("open rain sounds", L, None, R("Playing rain sounds.", end=True))])], category="MUSIC_AND_AUDIO_ACCESSORIES")

alexa("055-bin-day", "en-GB", "bin day", "Bin Day",
      "Official bin collection days for Northfield Borough Council.",
      [("NextIntent", ["bin:BinType"], ["when is the {bin} bin", "next {bin} collection"])],
      [], "Reads the device's full address permission because collection days depend on the street, and the package has a council privacy policy.",
      [("pairs-jsonl", "tests/bin.jsonl", [
          ("ask bin day when is the green bin", "NextIntent", {"bin": "green"}, R("Your green bin is collected on Thursday.", end=True))])],
      types={"BinType": ["green", "black", "blue", "food"]}, perms=["alexa::devices:all:address:full:read"], policy="https://www.northfield-council.example.gov.uk", category="LOCAL")

alexa("056-stop-then-new", "en-GB", "tube status", "Tube Status",
      "London Underground line status.",
      [("LineIntent", ["line:LineType"], ["how is the {line} line", "{line} line status"])],
      [], "Stop ends the session (shouldEndSession true); a stray reprompt field on that response is ignored by the platform, and the next recording opens a new session.",
      [("pairs-jsonl", "qa/tube.jsonl", [
          ("open tube status", L, None, R("Which line?", "Say a line, like Victoria.")),
          ("stop", "AMAZON.StopIntent", None, R("Goodbye.", "Which line?", end=True)),
          ("open tube status", L, None, R("Which line?", "Say a line, like Victoria."))])],
      types={"LineType": ["Victoria", "Central", "Jubilee", "Northern"]}, category="TRAVEL_AND_TRANSPORTATION")

alexa("057-echo-show-tips", "en-GB", "smart screen tips", "Smart Screen Tips",
      "Fan-made tips for Echo Show owners. Not made by or affiliated with Amazon.",
      [("TipIntent", [], ["tip", "another tip"])],
      [], "An honest fan skill that mentions Echo Show and Alexa features while stating it is not made by Amazon; no system notices or requests.",
      [("smapi-simulation", "sim", [
          ("open smart screen tips", L, None, R("This skill is fan-made, not from Amazon. Tip: on an Echo Show, swipe down from the top to reach settings. Another tip?", "Say another tip, or stop.")),
          ("stop", "AMAZON.StopIntent", None, R("Cheerio!", end=True))])],
      category="UTILITIES")
