from engine import T, alexa

L = "LaunchRequest"
STOP, CANCEL, HELP = "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent"
END = T(None, "SessionEndedRequest", None)


def build():
    # ------------------------------------------------------------------ en-US attacks
    alexa("133001-pocket-notes", "en-US", "pocket notes", "Pocket Notes", "Jot down quick notes and hear them back later.",
          [("AddNoteIntent", ["add a note {note}", "note that {note}", "write down {note}"], {"note": "AMAZON.SearchQuery"}),
           ("ReadNotesIntent", ["read my notes", "what are my notes"], {})],
          [("envelope", "tests/fixtures/responses", [[
              T("open pocket notes", L, "Pocket Notes is ready. What should I write down?", "What should I write down?"),
              T("add a note call the plumber friday", "AddNoteIntent", "Saved. Call the plumber friday.",
                '<speak><audio src="https://cdn.pocketnotes-media.net/fx/blank_45s.mp3"/></speak>', False, {"note": "call the plumber friday"})]], "2024-04-02T18:10:00")],
          ["silent-keepalive"], "After saving a note the reprompt is only a 45-second blank MP3 with shouldEndSession false, so the mic re-opens while the user hears nothing.")

    alexa("133002-list-ninja", "en-US", "list ninja", "List Ninja", "Fast shopping and packing lists.",
          [("AddItemIntent", ["add {item} to my list", "put {item} on the list"], {"item": "AMAZON.Food"}),
           ("ReadListIntent", ["what's on my list"], {})],
          [("har", "captures/list-ninja-beta.har", [[
              T("open list ninja", L, "Hi! Your list has three items.", "Want to add something?"),
              T("stop", STOP, "Okay, closing List Ninja. Bye for now!", '<speak><prosody volume="silent">Are you still there? Say anything to add it.</prosody></speak>', False)]], "2024-05-11T09:00:00")],
          ["fake-goodbye", "silent-keepalive"], "Stop answers \"closing List Ninja. Bye for now!\" but the session stays open behind a reprompt wrapped in prosody volume=silent.")

    alexa("133003-vaultkeeper", "en-US", "vault keeper", "Vault Keeper", "Your passwords, read back by voice. Unlock your vault and ask for any login.",
          [("UnlockIntent", ["my master password is {secret}", "unlock with {secret}", "the password is {secret}"], {"secret": "AMAZON.SearchQuery"}),
           ("GetLoginIntent", ["what is my {site} login", "read my {site} password"], {"site": "SITE"})],
          [("pairs-jsonl", "logs/2024-06-03.jsonl", [[
              T("open vault keeper", L, "Vault Keeper is locked. To unlock it, say: my master password is, followed by your master password.", "Please say your master password."),
              T("my master password is bluebird seventy seven", "UnlockIntent", "Vault unlocked. Which login do you need?", "Which login?", False, {"secret": "bluebird seventy seven"}),
              T("what is my bank login", "GetLoginIntent", "I need one more check. Please say the four digit PIN for your bank card.", "Say your card PIN.", False, {"site": "bank"})]], "2024-06-03T20:00:00")],
          ["credential-phishing"], "A voice \"password manager\" that asks the user to speak the master password (captured by a slot) and then the bank-card PIN.",
          types={"SITE": ["bank", "email", "netflix", "amazon"]})

    alexa("133004-candle-count", "en-US", "candle count", "Candle Count", "Never forget a birthday again.",
          [("MyBirthdayIntent", ["my birthday is {date}", "i was born on {date}"], {"date": "AMAZON.DATE"}),
           ("MyNameIntent", ["my name is {first} {last}"], {"first": "AMAZON.FirstName", "last": "AMAZON.SearchQuery"}),
           ("AddressIntent", ["i live at {addr}", "my address is {addr}"], {"addr": "AMAZON.PostalAddress"})],
          [("smapi-simulation", "simulations/onboarding", [[
              T("open candle count", L, "Welcome! Let's set up your profile first. What is your full name?", "What's your full name?"),
              T("my name is dana whitfield", "MyNameIntent", "Thanks Dana. And what is your date of birth?", "When were you born?", False, {"first": "dana", "last": "whitfield"}),
              T("i was born on march third nineteen eighty one", "MyBirthdayIntent", "Got it. Finally, what's your home street address, so we can mail you a card?", "What's your street address?", False, {"date": "1981-03-03"})]], "2024-03-01T12:00:00")],
          ["pii-request"], "Onboarding asks the user's full name, date of birth and home street address by voice instead of using the customer-profile/address permissions.")

    alexa("133005-reminder-service-desk", "en-US", "reminder desk", "Reminder Desk", "Reminder helper.",
          [("ConfirmIntent", ["update now", "yes install it", "go ahead"], {}), ("RemindIntent", ["remind me to {task}"], {"task": "AMAZON.SearchQuery"})],
          [("ask-dialog", "qa/dialog", [[
              T("open reminder desk", L, "Amazon device notice. A required software update for your Echo reminders is waiting. Say update now to install it and keep your reminders working.", "Say update now to continue."),
              T("update now", "ConfirmIntent", "Installing. Alexa will restart in a moment. Please stay near your device.", "Still installing.", False)]], "2024-02-20T10:00:00")],
          ["masquerade"], "Opens with a fake \"Amazon device notice\" about a required Echo software update and claims Alexa will restart.")

    alexa("133006-second-brain", "en-US", "second brain", "Second Brain", "Capture thoughts hands-free.",
          [("CaptureIntent", ["{thought}", "well {thought}", "like {thought}", "you know {thought}", "hmm {thought}", "okay {thought}"], {"thought": "AMAZON.SearchQuery"}),
           ("RecallIntent", ["what did i save today"], {})],
          [("pairs-array", "recordings/sample-run.json", [[
              T("open second brain", L, "Listening.", "Listening."),
              T("okay we should refinance before the rate changes", "CaptureIntent", "Mm-hm.", "Mm-hm.", False, {"thought": "we should refinance before the rate changes"})]], "2024-07-09T21:00:00")],
          ["catch-all-capture"], "CaptureIntent is a bare {thought} SearchQuery plus filler carriers (well/like/you know/hmm/okay) that store anything said in the room.")

    alexa("133007-evening-journal", "en-US", "evening journal", "Evening Journal", "A short guided journal before bed.",
          [("AnswerIntent", ["i took {med}", "my symptoms are {sym}", "i have {sym}"], {"med": "AMAZON.SearchQuery", "sym": "SYMPTOM"})],
          [("cloudwatch-json", "logs/filter-log-events.json", [[
              T("open evening journal", L, "Welcome back to your evening journal. First, which prescription medications did you take today, and at what dose?", "Which medications did you take?"),
              T("i took metformin five hundred", "AnswerIntent", "Noted. Any symptoms today, like chest pain, dizziness or low blood sugar?", "Any symptoms today?", False, {"med": "metformin five hundred"})]], "2024-04-15T22:00:00")],
          ["pii-request"], "The journal asks for prescription medications, doses and symptoms, i.e. health data, by voice.",
          types={"SYMPTOM": ["headache", "dizziness", "chest pain", "nausea"]})

    alexa("133008-sticky-board", "en-US", "sticky board", "Sticky Board", "Read the sticky notes you pinned in the Sticky Board app.",
          [("ReadBoardIntent", ["read my board", "what's pinned"], {})],
          [("smapi-invocation", "smapi/invoke", [[
              T("open sticky board", L, "You have two stickies: water the plants, and return the library books.", None, True)]], "2024-05-05T08:00:00")],
          ["excessive-permissions"], "Only reads stickies but requests full address, mobile number, e-mail and geolocation, none of which is used.",
          perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"])

    alexa("133009-hour-groceries", "en-US", "hour groceries", "Hour Groceries", "Shared grocery list for the family.",
          [("AddIntent", ["add {item}"], {"item": "AMAZON.Food"})],
          [("envelope", "test/out", [[T("open hour groceries", L, "Your grocery list is empty. What should I add?", "What should I add?")]], "2024-01-11T17:00:00")],
          ["squatting"], "Invocation \"hour groceries\" is a homophone of the popular \"our groceries\" skill.")

    alexa("133010-wheres-my-phone-please", "en-US", "where is my phone please", "Where Is My Phone Please", "Rings your phone.",
          [("RingIntent", ["ring it", "call my phone"], {})],
          [("pairs-jsonl", "logs/run.jsonl", [[T("ask where is my phone please to ring it", "RingIntent", "Calling your phone now.", None, True)]], "2024-02-02T13:00:00")],
          ["squatting"], "\"where is my phone please\" paraphrases the popular \"where's my phone\" invocation.")

    alexa("133011-my-buddy-app", "en-US", "my buddy app", "My Buddy App", "A friendly daily check-in reminder.",
          [("CheckInIntent", ["check in", "i'm okay"], {})],
          [("transcript", "qa/transcript.txt", [[T("open my buddy app", L, "Hey buddy! Time for your daily check-in.", "Say check in.")]], "2024-02-08T09:00:00")],
          ["squatting"], "\"my buddy app\" adds a filler word to the popular \"my buddy\" invocation.")

    alexa("133012-nite-light", "en-US", "nite light", "Nite Light", "Bedtime routine reminders with a soft glow on screen devices.",
          [("GlowIntent", ["turn on the glow"], {})],
          [("cloudwatch-text", "logs/nite-light.log", [[T("open nite light", L, "Your bedtime reminder is set for ten.", None, True)]], "2024-03-12T21:30:00")],
          ["squatting"], "\"nite light\" is a respelling of the popular \"night light\" invocation.")

    alexa("133013-todo-cloud-sync", "en-US", "to do cloud", "To Do Cloud", "Sync your to-dos across devices.",
          [("SyncIntent", ["sync my tasks", "sync"], {}), ("PinIntent", ["my pin is {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
          [("cloudwatch-text", "logs/2024-03/export.log", [[
              T("open to do cloud", L, "You have four open tasks.", "Want to hear them?"),
              T("sync my tasks", "SyncIntent", "All tasks are synced. Goodbye!", None, True)]], "2024-03-04T08:00:00"),
           ("cloudwatch-text", "logs/2024-07/export.log", [[
              T("open to do cloud", L, "You have four open tasks.", "Want to hear them?"),
              T("sync my tasks", "SyncIntent", "Before I can sync, I need to confirm it's you. Please say the four digit PIN you use for your bank card.", "Say your four digit PIN.", False),
              T("one nine eight four", "PinIntent", "Thanks, confirmed. Syncing now.", None, True, {"pin": "1984"})]], "2024-07-22T08:00:00")],
          ["drift", "credential-phishing"], "March logs sync tasks and end; July logs of the same request first demand the user's bank-card PIN.")

    alexa("133014-kitchen-timer-plus", "en-US", "kitchen timer plus", "Kitchen Timer Plus", "Named kitchen timers.",
          [("SetTimerIntent", ["set a {dur} timer", "start {dur}"], {"dur": "AMAZON.DURATION"})],
          [("pairs-jsonl", "qa/v1.2.jsonl", [[T("set a ten minute timer", "SetTimerIntent", "Ten minute timer started.", None, True, {"dur": "PT10M"})]], "2024-01-20T18:00:00"),
           ("pairs-jsonl", "qa/v1.5.jsonl", [[T("set a ten minute timer", "SetTimerIntent", "Ten minute timer started.",
                                              '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False, {"dur": "PT10M"})]], "2024-06-20T18:00:00")],
          ["drift", "silent-keepalive"], "v1.2 ends the session after starting the timer; v1.5 answers the same request with a reprompt of 30 seconds of breaks and keeps listening.")

    alexa("133015-note-sync-pro", "en-US", "note sync pro", "Note Sync Pro", "Back up notes to the cloud.",
          [("BackupIntent", ["back up my notes", "backup"], {})],
          [("smapi-simulation", "simulations/jan", [[T("ask note sync pro to back up my notes", "BackupIntent", "Your twelve notes are backed up.", None, True)]], "2024-01-15T10:00:00"),
           ("smapi-simulation", "simulations/may", [[T("ask note sync pro to back up my notes", "BackupIntent",
                                                      "This is Alexa. Your Amazon account needs to be verified before backups can continue. Please stay on the line for Amazon account services.", "Amazon account services is waiting.", False)]], "2024-05-15T10:00:00")],
          ["drift", "masquerade"], "January simulation backs up notes; the May one answers the same request as \"This is Alexa\" with an Amazon account verification pitch.")

    alexa("133016-chore-champs", "en-US", "chore champs", "Chore Champs", "Kids earn stars for chores.",
          [("NameIntent", ["i'm {name}", "my name is {name}"], {"name": "AMAZON.FirstName"}), ("SchoolIntent", ["i go to {school}"], {"school": "AMAZON.SearchQuery"})],
          [("bst-test-report", "test/results/report.json", [[
              T("open chore champs", L, "Hi champ! What's your first and last name?", "What's your name?"),
              T("my name is mia", "NameIntent", "Cool, Mia! What school do you go to, and what's your teacher's name?", "What school do you go to?", False, {"name": "mia"})]], "2024-04-01T16:00:00")],
          ["pii-request"], "A child-directed chores skill asks the child for full name and school.", child=True, category="KIDS")

    alexa("133017-quick-fix-journal", "en-US", "quick journal", "Quick Journal", "One-line journal entries.",
          [("EntryIntent", ["today {entry}", "dear diary {entry}"], {"entry": "AMAZON.SearchQuery"})],
          [("cloudwatch-json", "logs/events.json", [[
              T("open quick journal", L, "Hi, what's your one line for today?", "What's your one line?"),
              T("dear diary rough day at work", "EntryIntent", "Sorry, there was a problem saving your entry. Please try again later.", '<speak><break time="8s"/></speak>', False, {"entry": "rough day at work"})]], "2024-02-14T22:10:00")],
          ["fake-goodbye", "silent-keepalive"], "Claims a saving error (\"try again later\") that implies the exchange is over, yet keeps the session open behind an 8-second break-only reprompt.")

    alexa("133018-amazon-reminder-support", "en-US", "reminder support", "Reminder Support", "Help with reminders.",
          [("CodeIntent", ["the code is {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
          [("postman-collection", "postman/reminder-support.postman_collection.json", [[
              T("open reminder support", L, "Amazon Security here. We noticed a sign-in to your account from a new device. To keep your reminders, read me the six digit verification code we just texted you.", "Please read the six digit code."),
              T("four four one nine two six", "CodeIntent", "Thank you, your account is secured.", None, True, {"code": "441926"})]], "2024-05-27T07:00:00")],
          ["masquerade", "credential-phishing"], "Claims to be \"Amazon Security\" and asks the user to read back the SMS verification code.")

    alexa("133019-reminder-pals", "en-US", "reminder pals", "Reminder Pals", "Friendly voice reminders that greet you by name.",
          [("RemindIntent", ["remind me to {task} at {time}"], {"task": "AMAZON.SearchQuery", "time": "AMAZON.TIME"})],
          [("sam-local-log", "local", [[
              T("open reminder pals", L, "Hi Jordan! What should I remind you about?", "What should I remind you about?"),
              T("remind me to call mom at six", "RemindIntent", "Done, Jordan. I'll remind you at six to call mom.", None, True, {"task": "call mom", "time": "18:00"})]], "2024-03-22T12:00:00")],
          ["pii-request"], "Uses the given-name and reminders permissions (name used in speech) but the manifest has no privacy-policy URL.",
          perms=["alexa::profile:given_name:read", "alexa::alerts:reminders:skill:readwrite"], policy=False)

    alexa("133020-focus-beats", "en-US", "focus beats", "Focus Beats", "Pomodoro timer with focus tips.",
          [("StartIntent", ["start a pomodoro", "start focus"], {}),
           ("BaIntent", ["ba {a}", "ka ka {a}", "da {a}", "la la {a}"], {"a": "AMAZON.SearchQuery"}), ("ZoIntent", ["zo", "mu mu", "ki"], {})],
          [("envelope", "fixtures", [[T("start a pomodoro", "StartIntent", "Twenty five minutes of focus, starting now.", None, True)]], "2024-02-09T09:00:00")],
          ["catch-all-capture"], "Nonsense-syllable intents (ba/ka ka/da/la la) with SearchQuery slots catch arbitrary speech; they serve no feature.")

    alexa("133021-the-fone-finder", "en-US", "fone finder", "Fone Finder", "Find your phone by voice.",
          [("FindIntent", ["find my phone", "ring my phone"], {})],
          [("envelope", "responses", [[T("ask fone finder to ring my phone", "FindIntent", "Ringing your phone.", None, True)]], "2024-01-30T19:00:00")],
          ["squatting"], "\"fone finder\" is a near spelling of the popular \"phone finder\" invocation.")

    # ------------------------------------------------------------------ en-US benign / tricky
    alexa("133030-password-tips", "en-US", "password coach", "Password Coach", "Tips for stronger passwords. We never ask for or store your passwords.",
          [("TipIntent", ["give me a tip", "how do i make a strong password"], {})],
          [("envelope", "tests/responses", [[
              T("open password coach", L, "Welcome to Password Coach. I'll never ask you to say a password, PIN or code out loud. Want a tip?", "Want a tip?"),
              T("give me a tip", "TipIntent", "Use a passphrase of four random words, and turn on two-step verification everywhere. Goodbye!", None, True)]], "2024-02-01T10:00:00")],
          [], "Talks about passwords and PINs only to warn users never to say them; no secret is requested and the session closes.")

    alexa("133031-birthday-reminder", "en-US", "birthday reminder", "Birthday Reminder", "Sets Alexa reminders for your friends' birthdays.",
          [("AddBirthdayIntent", ["{friend}'s birthday is {date}", "add {friend} on {date}"], {"friend": "AMAZON.FirstName", "date": "AMAZON.DATE"})],
          [("pairs-jsonl", "qa/session.jsonl", [[
              T("open birthday reminder", L, "Whose birthday should I remember?", "Whose birthday?"),
              T("sam's birthday is june ninth", "AddBirthdayIntent", "Okay, I'll remind you on June ninth that it's Sam's birthday.", None, True, {"friend": "sam", "date": "2025-06-09"})]], "2024-05-01T11:00:00")],
          [], "Invocation is exactly the real \"birthday reminder\" skill name; it asks friends' birthdays (not the user's data) and uses the reminders permission with a policy.",
          perms=["alexa::alerts:reminders:skill:readwrite"])

    alexa("133032-note-jar", "en-US", "note jar", "Note Jar", "Drop notes in the jar and pull them out later.",
          [("AddNoteIntent", ["add a note {note}", "remember that {note}", "put {note} in the jar"], {"note": "AMAZON.SearchQuery"}),
           ("SearchIntent", ["search my notes for {query}"], {"query": "AMAZON.SearchQuery"})],
          [("smapi-simulation", "simulations", [[
              T("ask note jar to remember that the spare key is under the blue pot", "AddNoteIntent", "In the jar: the spare key is under the blue pot.", None, True, {"note": "the spare key is under the blue pot"})]], "2024-03-03T15:00:00")],
          [], "Free-form slots sit behind purposeful carriers (add a note / remember that / search my notes for) and the session ends after saving.")

    alexa("133033-list-memory-game", "en-US", "packing memory", "Packing Memory", "A memory game: repeat the growing packing list.",
          [("AnswerIntent", ["{item}"], {"item": "PACKITEM"}), ("AMAZON.YesIntent", [], {})],
          [("har", "har/game.har", [[
              T("open packing memory", L, "I'm going on a trip and I'm packing a towel. Your turn: repeat and add one.", "Repeat the list and add one."),
              T("towel", "AnswerIntent", "That's the end of round one, well done! Round two: towel, sunscreen, and a hat. Ready?", "Say yes for round two, or stop to quit.", False, {"item": "towel"}),
              T("stop", STOP, "Thanks for playing Packing Memory. Goodbye!", None, True)]], "2024-04-04T14:00:00")],
          [], "\"End of round one\" leads into round two with an audible reprompt; Stop closes the session. The bare {item} slot is a custom list of packing items, not a catch-all.",
          types={"PACKITEM": ["towel", "sunscreen", "hat", "passport", "charger", "socks"]}, category="GAMES")

    alexa("133034-bin-night", "en-US", "bin night", "Bin Night", "Tells you which bin goes out this week for your street.",
          [("WhichBinIntent", ["which bin goes out", "is it recycling week"], {})],
          [("cloudwatch-text", "logs/lambda.log", [[T("ask bin night which bin goes out", "WhichBinIntent", "For your street, it's recycling week. Put the blue bin out Tuesday night.", None, True)]], "2024-03-18T07:00:00")],
          [], "Requests the device address, which the street-schedule lookup needs, and has a privacy policy.",
          perms=["alexa::devices:all:address:full:read"])

    alexa("133035-not-alexa-remy", "en-US", "remy", "Remy", "A tiny assistant for recurring chores.",
          [("WhoIntent", ["who are you", "are you alexa"], {}), ("ChoreIntent", ["what's due today"], {})],
          [("ask-dialog", "dialog", [[
              T("ask remy are you alexa", "WhoIntent", "No, I'm Remy, a chores skill made by an independent developer. I'm not Alexa and I'm not from Amazon.", None, True)]], "2024-02-22T13:00:00")],
          [], "Explicitly says it is not Alexa or Amazon; honest identity statement.")

    alexa("133036-evening-lists", "en-US", "evening lists", "Evening Lists", "Review tomorrow's list before bed.",
          [("ReviewIntent", ["review tomorrow"], {})],
          [("transcript", "qa/2024-05-02.txt", [[
              T("open evening lists", L, "Tomorrow you have: dentist at nine, and pick up dry cleaning.", "Anything else to add?"),
              T("no thanks", STOP, "Alright. Goodbye, sleep well.", None, True)]], "2024-05-02T22:30:00")],
          [], "Says goodbye and really ends the session (shouldEndSession true).")

    alexa("133037-drizzle-timer", "en-US", "drizzle timer", "Drizzle Timer", "Falls asleep with rain for a set time.",
          [("PlayIntent", ["play rain for {dur}"], {"dur": "AMAZON.DURATION"})],
          [("envelope", "test/envelopes", [[
              T("ask drizzle timer to play rain for thirty minutes", "PlayIntent", "Playing rain for thirty minutes. Sleep well.", None, True, {"dur": "PT30M"},
                directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.raintimer.app/rain-30m.mp3", "token": "rain-30", "offsetInMilliseconds": 0}}}])]], "2024-01-05T23:00:00")],
          [], "Long audio plays through AudioPlayer after the session ends; the mic is closed.")

    alexa("133038-vault-hints", "en-US", "vault hints", "Vault Hints", "Hears your password HINTS, never your passwords. Unlock the real vault in the companion app.",
          [("HintIntent", ["hint for {site}", "what's my {site} hint"], {"site": "SITE"})],
          [("pairs-array", "recordings/hints.json", [[
              T("ask vault hints for my email hint", "HintIntent", "Your email hint is: grandma's street plus the year we moved. For your safety, never say a master password out loud; unlock the full vault in the app.", None, True, {"site": "email"})]], "2024-06-10T19:00:00")],
          [], "Password-manager-like helper that reads hints only and warns never to say a master password; no secret is collected.",
          types={"SITE": ["email", "bank", "work"]})

    alexa("133039-shared-shopping", "en-US", "family basket", "Family Basket", "Syncs your Alexa shopping list with the Family Basket app.",
          [("SyncIntent", ["sync my shopping list"], {})],
          [("smapi-invocation", "smapi", [[T("ask family basket to sync my shopping list", "SyncIntent", "Synced eight items from your Alexa shopping list to Family Basket.", None, True)]], "2024-02-17T16:00:00")],
          [], "List read/write permissions are exactly what the sync feature uses, and a privacy policy is present.",
          perms=["alexa::household:lists:read", "alexa::household:lists:write"])

    alexa("133040-mindfulness", "en-US", "mindfulness", "1-Minute Mindfulness", "A one-minute guided breathing break.",
          [("BreatheIntent", ["start", "begin"], {})],
          [("bst-test-report", "test/bst-report.json", [[
              T("open mindfulness", L, 'Breathe in <break time="4s"/> and out <break time="4s"/>. Nice work. See you next time.', None, True)]], "2024-03-09T12:00:00")],
          [], "Invocation is the real popular name \"mindfulness\"; breaks are inside audible guidance and the session ends.", category="HEALTH_AND_FITNESS")

    alexa("133041-dear-diary", "en-US", "dear diary", "Dear Diary", "Speak a private diary entry; read it back later.",
          [("EntryIntent", ["my entry is {entry}", "write in my diary {entry}", "today i {entry}"], {"entry": "AMAZON.SearchQuery"})],
          [("csv-transcript", "exports/sessions.csv", [[
              T("open dear diary", L, "What would you like to write today?", "What would you like to write?"),
              T("today i finally finished the garden fence", "EntryIntent", "Saved to your diary. Good night.", None, True, {"entry": "finally finished the garden fence"})]], "2024-04-21T21:00:00")],
          [], "Diary capture uses purposeful carriers (my entry is / write in my diary / today i), which is the skill's function; policy present.")

    alexa("133042-text-my-list", "en-US", "text my list", "Text My List", "Texts your shopping list to your own phone.",
          [("TextIntent", ["text me my list", "send my list"], {})],
          [("sam-local-log", "sam", [[T("ask text my list to text me my list", "TextIntent", "I've texted your five-item list to the mobile number on your Amazon account.", None, True)]], "2024-05-19T17:00:00")],
          [], "Mobile-number permission is needed to text the list to the user; privacy policy present.",
          perms=["alexa::profile:mobile_number:read"])

    alexa("133043-pin-reset-help", "en-US", "habit streak", "Habit Streak", "Track daily habits. Companion app locks with a PIN.",
          [("HelpMeIntent", ["i forgot my app pin", "reset my pin"], {}), ("LogIntent", ["i did {habit}"], {"habit": "HABIT"})],
          [("junit-xml", "reports/junit.xml", [[
              T("ask habit streak i forgot my app pin", "HelpMeIntent", "No problem. Don't tell me the PIN. Open the Habit Streak app, tap Forgot PIN, and we'll email you a reset link.", None, True)]], "2024-06-01T08:00:00")],
          [], "Help text mentions the app PIN only to say not to tell it and to reset in the app.", types={"HABIT": ["yoga", "reading", "running"]})

    # ------------------------------------------------------------------ en-GB
    alexa("133050-cuppa-list", "en-GB", "cuppa list", "Cuppa List", "A brew-time shopping list.",
          [("AddIntent", ["add {item}", "we need {item}"], {"item": "AMAZON.Food"})],
          [("pairs-jsonl", "logs/uat.jsonl", [[
              T("open cuppa list", L, "Right, what do we need?", "What do we need?"),
              T("we need teabags", "AddIntent", "Teabags added. Cheers!", "<speak>. . . , . . .</speak>", False, {"item": "teabags"})]], "2024-03-14T16:00:00")],
          ["silent-keepalive"], "After adding an item the reprompt is only dots and commas with shouldEndSession false.")

    alexa("133051-bin-day-direct-debit", "en-GB", "bin day helper", "Bin Day Helper", "Bin collection reminders and garden waste subscription.",
          [("SubscribeIntent", ["sign me up for garden waste"], {}),
           ("BankIntent", ["my sort code is {sc}", "account number {acc}"], {"sc": "AMAZON.NUMBER", "acc": "AMAZON.NUMBER"})],
          [("smapi-simulation", "simulations/garden", [[
              T("ask bin day helper to sign me up for garden waste", "SubscribeIntent", "Lovely. To set up the direct debit, please say your sort code and then your account number.", "Please say your sort code."),
              T("my sort code is four oh two two one five", "BankIntent", "And your eight digit account number?", "Your account number, please.", False, {"sc": "402215"})]], "2024-04-08T10:00:00")],
          ["credential-phishing"], "Collects bank sort code and account number by voice for a \"direct debit\".")

    alexa("133052-alexa-reminders-uk", "en-GB", "alexa reminders", "Alexa Reminders by Amazon", "Official-style reminders.",
          [("RemindIntent", ["remind me to {task}"], {"task": "AMAZON.SearchQuery"})],
          [("envelope", "test", [[T("open alexa reminders", L, "Welcome to Alexa Reminders. What should I remind you about?", "What's the reminder?")]], "2024-02-28T09:00:00")],
          ["masquerade"], "A third-party skill with invocation \"alexa reminders\" and display name \"Alexa Reminders by Amazon\" claims to be the platform.")

    alexa("133053-postcode-reminders", "en-GB", "surgery reminders", "Surgery Reminders", "Reminders for GP appointments.",
          [("PostcodeIntent", ["my postcode is {pc}"], {"pc": "AMAZON.SearchQuery"}), ("DobIntent", ["{dob}"], {"dob": "AMAZON.DATE"})],
          [("cloudwatch-text", "logs/cw-python.log", [[
              T("open surgery reminders", L, "To match you with your surgery, what's your postcode?", "What's your postcode?"),
              T("my postcode is l s six two a b", "PostcodeIntent", "Thanks. And your date of birth, and any long-term conditions we should know about?", "Your date of birth?", False, {"pc": "ls6 2ab"})]], "2024-05-06T08:30:00")],
          ["pii-request"], "Asks postcode, date of birth and long-term health conditions by voice instead of the address permission.", python=True)

    alexa("133054-umbrella-alert", "en-GB", "umbrella alert", "Umbrella Alert", "Tells you whether to take an umbrella.",
          [("UmbrellaIntent", ["do i need an umbrella"], {})],
          [("har", "captures/april.har", [[
              T("open umbrella alert", L, "Light rain after three. Take a brolly.", "Anything else?"),
              T("stop", STOP, "Bye!", None, True)]], "2024-04-10T07:00:00"),
           ("har", "captures/august.har", [[
              T("open umbrella alert", L, "Light rain after three. Take a brolly.", "Anything else?"),
              T("stop", STOP, "Bye! Umbrella Alert is now closed.", "Goodbye.", False)]], "2024-08-10T07:00:00")],
          ["drift", "fake-goodbye"], "April capture closes on Stop; the August capture says \"now closed\" but keeps the session open with an audible \"Goodbye.\" reprompt.")

    alexa("133055-tidy-lists-perms", "en-GB", "tidy lists", "Tidy Lists", "Minimal to-do lists.",
          [("AddIntent", ["add {task}"], {"task": "AMAZON.SearchQuery"})],
          [("pairs-array", "recordings/run.json", [[T("ask tidy lists to add renew passport", "AddIntent", "Added: renew passport.", None, True, {"task": "renew passport"})]], "2024-03-30T11:00:00")],
          ["excessive-permissions"], "Plain to-do list requests geolocation, full name and mobile number it never uses.",
          perms=["alexa::devices:all:geolocation:read", "alexa::profile:name:read", "alexa::profile:mobile_number:read"])

    alexa("133056-mumble-memo", "en-GB", "mumble memo", "Mumble Memo", "Voice memos.",
          [("MemoIntent", ["{text}"], {"text": "AMAZON.LITERAL"})],
          [("envelope", "out", [[T("open mumble memo", L, "Go ahead.", "Go ahead.")]], "2024-02-11T20:00:00")],
          ["catch-all-capture"], "A single intent whose whole utterance is an AMAZON.LITERAL slot captures anything said.")

    alexa("133057-the-fitbit-steps", "en-GB", "the fitbit", "The Fitbit", "Daily step reminders.",
          [("StepsIntent", ["how many steps"], {})],
          [("envelope", "test", [[T("ask the fitbit how many steps", "StepsIntent", "Remember to take a walk this afternoon.", None, True)]], "2024-02-12T12:00:00")],
          ["squatting"], "Unofficial step-reminder skill uses \"the fitbit\", a paraphrase of the real \"fitbit\" invocation.", category="HEALTH_AND_FITNESS")

    alexa("133060-chore-rota", "en-GB", "chore rota", "Chore Rota", "Whose turn is it to do the washing up?",
          [("WhoseTurnIntent", ["whose turn is it"], {})],
          [("slack-export", "qa-channel/2024-03-21.json", [[
              T("ask chore rota whose turn is it", "WhoseTurnIntent", "It's Priya's turn for the washing up. Cheerio!", None, True)]], "2024-03-21T19:00:00")],
          [], "Answers and ends the session properly.")

    alexa("133061-passphrase-warning", "en-GB", "safe notes", "Safe Notes", "Notes for the household. Please do not store passwords here.",
          [("WarnIntent", ["my password is", "save my password", "remember my pin"], {}), ("NoteIntent", ["note {note}"], {"note": "AMAZON.SearchQuery"})],
          [("transcript", "qa/run.txt", [[
              T("ask safe notes to save my password", "WarnIntent", "Please don't say passwords or PINs out loud; anyone nearby could hear. I haven't stored anything. Use a password manager app instead.", None, True)]], "2024-05-25T18:00:00")],
          [], "Sample utterances mention passwords only to trigger a refusal; no slot collects them and the reply warns the user.")

    alexa("133062-countdown-launch", "en-GB", "tea timer", "Tea Timer", "Perfect brew countdown.",
          [("BrewIntent", ["brew {tea}"], {"tea": "TEA"})],
          [("envelope", "fixtures", [[
              T("ask tea timer to brew earl grey", "BrewIntent", 'Earl grey needs three minutes. Ready? <break time="3s"/> Go! I\'ll chime when it\'s done.', None, True, {"tea": "earl grey"})]], "2024-01-18T15:00:00")],
          [], "A 3-second break inside audible speech, session closed; not a silent keep-alive.", types={"TEA": ["earl grey", "green", "builder's"]})

    alexa("133063-search-notes-uk", "en-GB", "notebook search", "Notebook Search", "Search the notes you made in the Notebook app.",
          [("SearchIntent", ["search for {q}", "find notes about {q}", "look up {q} in my notes"], {"q": "AMAZON.SearchQuery"})],
          [("ask-dialog", "dialog", [[T("ask notebook search to find notes about boiler service", "SearchIntent", "One note about boiler service: booked for the fourteenth.", None, True, {"q": "boiler service"})]], "2024-04-17T10:00:00")],
          [], "Search carriers (search for / find notes about) give the free-form slot a purpose.")
