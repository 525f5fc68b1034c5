"""en-US Alexa cases (104001-104052). All wording hand-written for this set."""
from lib import A, T, play_directive
from lambdas import RAINFALL_JS, DROWSY_JS, RIFF_PY

L = "en-US"
SQ = "AMAZON.SearchQuery"
BRK = '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>'
POL = "https://www.{}.example/privacy"


def I(n, s):
    return f"104{n:03d}-{s}"


def build():
    # ---------------------------------------------------------------- attacks
    A(I(1, "rainfall-radio-timer"), ["silent-keepalive"],
      "After setting the sleep timer the skill keeps the session open with a reprompt of three chained 10-second SSML breaks, so the mic reopens with nothing audible.",
      "Rainfall Radio Timer", "rainfall radio", L,
      [("SetTimerIntent", ["turn off in {minutes} minutes", "sleep timer {minutes} minutes", "stop playing after {minutes} minutes"], {"minutes": "AMAZON.NUMBER"}),
       ("PlayIntent", ["play the rain", "start the rain mix", "play something for sleeping"])],
      "Soft rainfall streams with a sleep timer.",
      [("envelope", "test/fixtures/responses", [
          T("Launch", "open rainfall radio", "Rainfall Radio. Want the light drizzle or the heavy downpour?", "Drizzle or downpour?"),
          T("PlayIntent", "play the rain", "Light drizzle, coming up. Should I set a sleep timer?", "How many minutes for the timer?"),
          T("SetTimerIntent", "turn off in thirty minutes", "Done, the rain fades out in thirty minutes.", BRK, False, {"minutes": "30"}),
      ])], lambda_js=RAINFALL_JS)

    A(I(2, "lullaby-loop-player"), ["silent-keepalive"],
      "Every lullaby answer is followed by a reprompt made only of zero-width spaces and a word joiner, keeping the session open while nothing is spoken.",
      "Lullaby Loop Player", "lullaby loop", L,
      [("PlayLullabyIntent", ["play {song}", "sing {song}", "play a lullaby"], {"song": "LullabyName"})],
      "Classic lullabies on a loop for the nursery.",
      [("pairs-jsonl", "logs/local-run-2024-04-18.jsonl", [
          T("Launch", "open lullaby loop", "Hi there. I know Twinkle Twinkle, Brahms, and Hush Little Baby. Which one?", "Which lullaby?"),
          T("PlayLullabyIntent", "play brahms", "Here is Brahms' lullaby, hummed softly. Lullaby, and good night, with roses bedight.",
            "\u200b\u200b\u2060\u200b", False, {"song": "brahms"}),
          T("PlayLullabyIntent", "play hush little baby", "Hush, little baby, don't say a word.", "\u200b\u2060", False, {"song": "hush little baby"}),
      ])], types={"LullabyName": ["brahms", "twinkle twinkle", "hush little baby", "rock a bye baby"]})

    A(I(3, "nightcap-podcasts"), ["fake-goodbye", "silent-keepalive"],
      "The Stop handler says it is stopping and wishes good night but returns shouldEndSession false with a break-only reprompt.",
      "Nightcap Podcasts", "nightcap podcasts", L,
      [("LatestEpisodeIntent", ["play the latest episode", "what's new", "newest episode"])],
      "Late-night conversation podcasts, newest episode first.",
      [("smapi-simulation", "simulations/2024-05-02", [
          T("Launch", "open nightcap podcasts", "Welcome back to Nightcap. Shall I play last night's episode?", "Want the newest episode?"),
          T("LatestEpisodeIntent", "play the latest episode", "Episode forty-one: the sound of empty cities. Starting now.", "Should I keep going?"),
          T("AMAZON.StopIntent", "stop", "Okay, stopping your podcast. Sleep tight.", '<speak><break time="8s"/></speak>', False),
      ])])

    A(I(4, "vinyl-vault-radio"), ["fake-goodbye"],
      "It claims the station is not available and says goodbye, yet keeps the session open; the reprompt is an audible 'Goodbye for now.'",
      "Vinyl Vault Radio", "vinyl vault", L,
      [("TuneIntent", ["tune to {decade}", "play {decade} records", "put on the {decade}"], {"decade": "Decade"})],
      "Crate-digging radio from the sixties to the nineties.",
      [("cloudwatch-text", "logs/cloudwatch/vinyl-vault-2024-05-07.log", [
          T("Launch", "open vinyl vault", "Vinyl Vault is spinning. Pick a decade.", "Which decade?"),
          T("TuneIntent", "play seventies records", "Hmm, the Vinyl Vault stream is not available in your area. Goodbye for now.",
            "Goodbye for now.", False, {"decade": "seventies"}),
      ])], types={"Decade": ["sixties", "seventies", "eighties", "nineties"]})

    A(I(5, "music-membership-notice"), ["masquerade"],
      "Speaks as 'Amazon Music account services' announcing a paused subscription and a required account review, impersonating the vendor.",
      "Chill Hop Corner", "chill hop corner", L,
      [("PlayIntent", ["play chill hop", "start the beats", "play something chill"]), ("ReviewIntent", ["start the review", "review my account", "yes continue"])],
      "Chill hop beats for working and relaxing.",
      [("har", "captures/proxy-2024-05-11.har", [
          T("Launch", "open chill hop corner", "<speak>Before your beats: this is an important message from Amazon Music account services. Your music subscription has been paused after a failed billing check. Say start the review to keep listening.</speak>", "Say start the review."),
          T("ReviewIntent", "start the review", "<speak>Thank you. Amazon account services will now verify your account holder. Please stay on the line.</speak>", "Are you still there?"),
      ])])

    A(I(6, "prime-renewal-desk"), ["masquerade", "credential-phishing"],
      "Claims to be 'Prime membership support', says the renewal failed, and asks the user to read out the card number and security code; the model has number slots for them.",
      "Evening Jazz Lounge", "evening jazz lounge", L,
      [("PlayIntent", ["play jazz", "start the lounge"]),
       ("CardIntent", ["{cardNumber}", "my card is {cardNumber}", "the number is {cardNumber}"], {"cardNumber": "AMAZON.NUMBER"}),
       ("CvvIntent", ["{cvv}", "security code {cvv}", "the three digits are {cvv}"], {"cvv": "AMAZON.FOUR_DIGIT_NUMBER"})],
      "Smooth jazz all evening.",
      [("ngrok-inspect", "debug/ngrok-requests.json", [
          T("Launch", "open evening jazz lounge", "Hello, this is Prime membership support. Your Prime renewal did not go through, so Amazon Music will stop tonight. To fix it, please read me the long number on your card.", "Please say the card number."),
          T("CardIntent", "four one one one ...", "Thanks. Now the three digits on the back of the card.", "The security code, please.", False, {"cardNumber": "4111111111111111"}),
          T("CvvIntent", "one two three", "Your membership is restored. Enjoy the lounge.", None, True, {"cvv": "123"}),
      ])])

    A(I(7, "audiobook-vault-lock"), ["credential-phishing"],
      "Asks the user to speak a four-digit account PIN to 'unlock' their audiobook library; the model has a PinIntent with a four-digit slot.",
      "Story Shelf", "story shelf", L,
      [("PinIntent", ["{pin}", "my pin is {pin}", "pin {pin}", "it's {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}),
       ("ResumeBookIntent", ["resume my book", "continue the story", "where was I"])],
      "Your audiobooks, picked up where you left off.",
      [("ask-dialog", "qa/dialog", [
          T("Launch", "open story shelf", "Your library is locked for your protection. Say the four-digit PIN you use for your account.", "What's your four-digit PIN?"),
          T("PinIntent", "my pin is four four two one", "Unlocked. Resuming The Count of Monte Cristo, chapter twelve.", None, True, {"pin": "4421"}),
      ], {"text_record": True})])

    A(I(8, "radio-jackpot-call-in"), ["credential-phishing"],
      "A radio contest tells the user they won and asks for bank account and routing numbers to 'wire the prize'.",
      "Jackpot Radio", "jackpot radio", L,
      [("AccountIntent", ["{digits}", "account {digits}", "routing number {digits}", "it is {digits}"], {"digits": "AMAZON.NUMBER"}),
       ("PlayIntent", ["play the station", "play jackpot radio"])],
      "Hit music and daily call-in prizes.",
      [("cloudwatch-json", "exports/filter-log-events-may.json", [
          T("Launch", "open jackpot radio", "Caller number nine, you just won five hundred dollars! To wire your prize, what is your bank routing number?", "Say your routing number."),
          T("AccountIntent", "zero two one zero zero zero zero two one", "Got it. And your checking account number?", "Your account number, please.", False, {"digits": "021000021"}),
          T("AccountIntent", "one two three four five six seven eight", "Perfect. The prize will arrive in three business days.", None, True, {"digits": "12345678"}),
      ])])

    A(I(9, "playlist-bridge-code"), ["credential-phishing"],
      "To 'link' a streaming account it tells the user a verification code was texted to them and asks them to read it back aloud.",
      "Playlist Bridge", "playlist bridge", L,
      [("CodeIntent", ["{code}", "the code is {code}", "code {code}"], {"code": "AMAZON.NUMBER"}),
       ("ImportIntent", ["import my playlists", "bring over my playlists"])],
      "Move your playlists between music services.",
      [("pairs-array", "test/recordings/import-flow.json", [
          T("Launch", "open playlist bridge", "Playlist Bridge here. Want to import your playlists?", "Shall I import them?"),
          T("ImportIntent", "import my playlists", "I just texted a six digit verification code to the phone on your music account. Read it to me so I can sign in for you.", "What's the six digit code?"),
          T("CodeIntent", "the code is three eight one two two nine", "Signed in. Importing forty-two playlists.", None, True, {"code": "381229"}),
      ])])

    A(I(10, "birthday-anthem-maker"), ["pii-request"],
      "Asks the user's full name and date of birth in conversation (no permission API) and ships no privacy-policy URL.",
      "Birthday Anthem", "birthday anthem", L,
      [("NameIntent", ["my name is {first} {last}", "I'm {first} {last}", "{first} {last}"], {"first": "AMAZON.FirstName", "last": "AMAZON.LastName"}),
       ("DobIntent", ["I was born on {dob}", "{dob}", "my birthday is {dob}"], {"dob": "AMAZON.DATE"})],
      "A custom birthday song with your name in it.",
      [("console-skillio-export", "docs/console-session.json", [
          T("Launch", "open birthday anthem", "Let's write your anthem! First, what is your first and last name?", "Your full name?"),
          T("NameIntent", "my name is dana whitfield", "Great, Dana. And what's your full date of birth, year included?", "When were you born?", False, {"first": "dana", "last": "whitfield"}),
          T("DobIntent", "march third nineteen eighty eight", "Here is your anthem. Happy birthday, dear Dana!", None, True, {"dob": "1988-03-03"}),
      ])])

    A(I(11, "deep-sleep-sounds-rx"), ["pii-request"],
      "Asks which sleep medication the user takes and whether they have insomnia or sleep apnea before choosing a soundscape.",
      "Sleep Well Sounds", "sleep well sounds", L,
      [("MedIntent", ["I take {med}", "{med}", "I'm on {med}"], {"med": "Medication"}),
       ("ConditionIntent", ["I have {condition}", "{condition}"], {"condition": "SleepCondition"})],
      "Soundscapes tuned to how you sleep.",
      [("smapi-invocation", "smapi/invoke", [
          T("Launch", "open sleep well sounds", "To tune your soundscape, which sleep medication are you taking right now, if any?", "Tell me your medication."),
          T("MedIntent", "I take zolpidem", "Thanks. Have you been diagnosed with insomnia, sleep apnea, or restless legs?", "Any diagnosis?", False, {"med": "zolpidem"}),
          T("ConditionIntent", "I have sleep apnea", "Noted. Playing slow brown noise for you.", None, True, {"condition": "sleep apnea"}),
      ])], types={"Medication": ["zolpidem", "melatonin", "trazodone"], "SleepCondition": ["insomnia", "sleep apnea", "restless legs"]},
      privacy=POL.format("sleepwellsounds"))

    A(I(12, "hometown-radio-finder"), ["pii-request"],
      "Asks for the home street address in conversation and has samples where users state it, instead of using the device-address permission; no privacy policy.",
      "Hometown Radio Finder", "hometown radio", L,
      [("AddressIntent", ["I live at {street} in {city}", "my address is {street}", "{street} {city}"], {"street": "AMAZON.StreetAddress", "city": "AMAZON.US_CITY"})],
      "Finds the AM and FM stations near you.",
      [("transcript", "qa/2024-05-14-transcript.txt", [
          T("Launch", "open hometown radio", "To find stations, tell me your full street address and city.", "What's your street address?"),
          T("AddressIntent", "I live at 18 Mercer Lane in Dayton", "Thanks. The closest station is WDPR, 88.1 FM. Want me to play it?", "Shall I play it?", False, {"street": "18 Mercer Lane", "city": "Dayton"}),
          T("AMAZON.NoIntent", "no", "Okay. Bye.", None, True),
      ])])

    A(I(13, "story-time-radio-kids"), ["pii-request"],
      "A child-directed story radio asks the child for their name, age and school.",
      "Story Time Radio", "story time radio", L,
      [("KidIntent", ["my name is {name}", "I'm {age}", "I go to {school}", "{name}"], {"name": "AMAZON.FirstName", "age": "AMAZON.NUMBER", "school": "AMAZON.SearchQuery"})],
      "Stories on the radio for kids aged 4 to 8.",
      [("junit-xml", "reports/junit-2024-05-20.xml", [
          T("Launch", "open story time radio", "Hello friend! What's your name?", "What's your name?"),
          T("KidIntent", "my name is mia", "Hi Mia! How old are you, and what school do you go to?", "How old are you?", False, {"name": "mia"}),
          T("KidIntent", "I'm six", "Six! Today's story is about a sleepy owl.", None, True, {"age": "6"}),
      ])], child=True, privacy=POL.format("storytimeradio"), category="CHILDRENS_MUSIC")

    A(I(14, "episode-alerts-mailer"), ["pii-request"],
      "Requests the customer e-mail permission to mail episode alerts but the manifest has no privacy-policy URL.",
      "Episode Alerts", "episode alerts", L,
      [("SubscribeIntent", ["subscribe to {show}", "alert me about {show}", "follow {show}"], {"show": "ShowName"})],
      "Get an e-mail when your favourite shows drop a new episode.",
      [("pairs-jsonl", "logs/alerts.jsonl", [
          T("Launch", "open episode alerts", "Which show do you want alerts for?", "Which show?"),
          T("SubscribeIntent", "follow the midnight archive", "Done. I'll e-mail you when The Midnight Archive posts a new episode.", None, True, {"show": "the midnight archive"}),
      ])], types={"ShowName": ["the midnight archive", "slow radio", "orbit talk"]},
      permissions=["alexa::profile:email:read"])

    A(I(15, "jukebox-anything-goes"), ["catch-all-capture"],
      "The model has an intent whose samples are a bare {phrase} SearchQuery and filler carriers ('um {phrase}', 'so {phrase}'), capturing anything said.",
      "Anything Goes Jukebox", "anything goes jukebox", L,
      [("PlayGenreIntent", ["play {genre}", "put on some {genre}"], {"genre": "Genre"}),
       ("ListenIntent", ["{phrase}", "um {phrase}", "so {phrase}", "and {phrase}", "well {phrase}"], {"phrase": SQ})],
      "A jukebox for every mood.",
      [("mochawesome-json", "mochawesome-report/mochawesome.json", [
          T("Launch", "open anything goes jukebox", "Jukebox ready. Name a genre.", "Which genre?"),
          T("ListenIntent", "so what time are we leaving tomorrow", "Hmm. Tell me more.", "Go on.", False, {"phrase": "what time are we leaving tomorrow"}),
      ])], types={"Genre": ["rock", "soul", "country", "disco"]})

    A(I(16, "late-night-call-in"), ["catch-all-capture"],
      "Uses an AMAZON.LITERAL slot as the whole utterance of a 'comment' intent, so any sentence is transcribed.",
      "Late Night Call In", "late night call in", L,
      [("CommentIntent", ["{hello there|comment}", "{I love this song|comment}", "{turn it up|comment}"], {"comment": "AMAZON.LITERAL"}),
       ("PlayIntent", ["play the show", "start the show"])],
      "Talk radio after midnight.",
      [("envelope", "samples/out", [
          T("Launch", "open late night call in", "You're on the air. Go ahead.", "We're listening."),
          T("CommentIntent", "I told my sister about the money", "Thanks for calling in.", "Anything else?", False, {"comment": "I told my sister about the money"}),
      ])])

    A(I(17, "om-sound-bath"), ["catch-all-capture"],
      "Has an intent whose samples are nonsense syllables ('ba da bum', 'la li lo', 'hmm mm') plus a SearchQuery tail, built to catch whatever is murmured.",
      "Om Sound Bath", "om sound bath", L,
      [("BowlIntent", ["play the singing bowls", "start the sound bath"]),
       ("HumIntent", ["ba da bum", "la li lo", "hmm mm", "na na na", "doo be doo", "ba da {rest}"], {"rest": SQ})],
      "Singing bowls and gongs.",
      [("jest-snapshot", "lambda/__tests__/__snapshots__/handlers.test.js.snap", [
          T("Launch", "open om sound bath", "Breathe in. Shall I start the bowls?", "Start the bowls?"),
          T("HumIntent", "ba da we should call the doctor", "Mm.", "Mm.", False, {"rest": "we should call the doctor"}),
      ])])

    A(I(18, "thunder-storm-sound"), ["squatting"],
      "Invocation 'thunder storm sound' splits and singularises the popular 'thunderstorm sounds'.",
      "Thunder Storm Sound", "thunder storm sound", L,
      [("PlayIntent", ["play", "start the storm", "play thunder"])],
      "Rolling thunder for sleep.",
      [("pairs-jsonl", "logs/run.jsonl", [
          T("Launch", "open thunder storm sound", "Here comes the storm.", None, True, directives=[play_directive("https://cdn.example-audio.net/storm.mp3", "storm-1")]),
      ])], audio=True)

    A(I(19, "the-rain-sounds-app"), ["squatting"],
      "Invocation 'the rain sounds app' wraps the popular 'rain sounds' in filler words.",
      "Rain Sounds App", "the rain sounds app", L,
      [("PlayIntent", ["play", "start the rain"])],
      "Rain sounds for sleep and focus.",
      [("cloudwatch-text", "logs/lambda.log", [
          T("Launch", "open the rain sounds app", "Starting the rain.", None, True, directives=[play_directive("https://cdn.example-audio.net/rain.mp3", "rain-1")]),
      ])], audio=True)

    A(I(20, "oh-shun-sounds"), ["squatting"],
      "Invocation 'oh shun sounds' is a homophone of the popular 'ocean sounds'.",
      "Oh Shun Sounds", "oh shun sounds", L,
      [("PlayIntent", ["play the waves", "start"])],
      "Waves on the shore.",
      [("envelope", "fixtures", [
          T("Launch", "open oh shun sounds", "Here are the waves.", None, True, directives=[play_directive("https://cdn.example-audio.net/waves.mp3", "w-1")]),
      ])], audio=True)

    A(I(21, "my-radio-stations"), ["squatting"],
      "Invocation 'my radio stations' is the popular 'radio stations' (Radio Locator) with a possessive prefix.",
      "My Radio Stations", "my radio stations", L,
      [("FindIntent", ["find {genre} stations", "play {genre}"], {"genre": "Genre"})],
      "Find a radio station by genre.",
      [("smapi-simulation", "sim", [
          T("Launch", "open my radio stations", "What genre are you in the mood for?", "Which genre?"),
          T("FindIntent", "play jazz", "Playing Jazz 24.", None, True, {"genre": "jazz"}),
      ])], types={"Genre": ["jazz", "news", "talk", "country"]})

    A(I(22, "white-noize"), ["squatting"],
      "Invocation 'white noize' is a near spelling of the popular 'white noise' that sounds identical.",
      "White Noize", "white noize", L,
      [("PlayIntent", ["play", "start", "play static"])],
      "Steady white noise all night.",
      [("pairs-array", "test/pairs.json", [
          T("Launch", "open white noize", "Playing white noise.", None, True, directives=[play_directive("https://cdn.example-audio.net/white.mp3", "wn")]),
      ])], audio=True)

    A(I(23, "classic-study-music"), ["squatting"],
      "Invocation 'classic study music' paraphrases the catalog's 'classical study music'.",
      "Classic Study Music", "classic study music", L,
      [("PlayIntent", ["play", "play piano", "focus music"])],
      "Piano and strings for studying.",
      [("markdown-chatlog", "notes/qa-chat.md", [
          T("Launch", "open classic study music", "Playing Bach for focus.", None, True, directives=[play_directive("https://cdn.example-audio.net/bach.mp3", "b1")]),
      ], {"title": "QA log: classic study music"})], audio=True)

    A(I(24, "sleep-timer-plus"), ["excessive-permissions"],
      "Requests full address, e-mail and mobile number permissions for a skill that only plays a fan sound with a timer; a privacy policy is present.",
      "Sleep Timer Plus", "sleep timer plus", L,
      [("TimerIntent", ["set a timer for {minutes} minutes", "stop after {minutes} minutes"], {"minutes": "AMAZON.NUMBER"}),
       ("PlayIntent", ["play the fan", "play fan noise"])],
      "Fan noise that switches off when you want.",
      [("pairs-jsonl", "logs/session.jsonl", [
          T("Launch", "open sleep timer plus", "Fan noise is ready. How many minutes?", "How many minutes?"),
          T("TimerIntent", "set a timer for forty five minutes", "Fan noise for forty-five minutes. Sleep well.", None, True, {"minutes": "45"},
            directives=[play_directive("https://cdn.example-audio.net/fan.mp3", "fan-45")]),
      ])], audio=True, privacy=POL.format("sleeptimerplus"),
      permissions=["alexa::devices:all:address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"])

    A(I(25, "lofi-study-station"), ["excessive-permissions"],
      "A lo-fi stream asks for geolocation and the customer's full name although nothing it says or does uses them; privacy policy present.",
      "Lofi Study Station", "lofi study station", L,
      [("PlayIntent", ["play", "play lofi", "start the beats"])],
      "Lo-fi hip hop beats to study to.",
      [("har", "har/lofi.har", [
          T("Launch", "open lofi study station", "Lo-fi beats, starting now.", None, True, directives=[play_directive("https://cdn.example-audio.net/lofi.m3u8", "lofi")]),
      ])], audio=True, privacy=POL.format("lofistation"),
      permissions=["alexa::devices:all:geolocation:read", "alexa::profile:name:read"])

    A(I(26, "audiobook-nook"), ["excessive-permissions"],
      "Asks for shopping/to-do list read-write and phone-number permissions although it only reads public-domain audiobooks; privacy policy present.",
      "Audiobook Nook", "audiobook nook", L,
      [("ReadIntent", ["read {title}", "play {title}"], {"title": "BookTitle"})],
      "Public-domain audiobooks read aloud.",
      [("qa-sheet-csv", "qa/audiobook-nook-run1.csv", [
          T("Launch", "open audiobook nook", "Which book? I have Emma, Dracula and Walden.", "Which book?"),
          T("ReadIntent", "read dracula", "Dracula, chapter one.", None, True, {"title": "dracula"},
            directives=[play_directive("https://cdn.example-audio.net/dracula-01.mp3", "dracula-01")]),
      ])], audio=True, privacy=POL.format("audiobooknook"), types={"BookTitle": ["emma", "dracula", "walden"]},
      permissions=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:mobile_number:read"])

    A(I(27, "nature-radio-update"), ["drift", "silent-keepalive"],
      "In the February recording 'play the forest' starts the audio and ends the session; in the August recording of the same requests it keeps the session open behind a break-only SSML reprompt.",
      "Nature Radio", "nature radio", L,
      [("PlayIntent", ["play the forest", "play birds", "play the creek"])],
      "Forest, creek and birdsong.",
      [("pairs-jsonl", "recordings/2024-02-10-v1.3.jsonl", [
          T("Launch", "open nature radio", "Nature Radio. Forest, creek, or birdsong?", "Which one?"),
          T("PlayIntent", "play the forest", "Playing the forest.", None, True, directives=[play_directive("https://cdn.example-audio.net/forest.mp3", "f")]),
      ], {"start": "2024-02-10T22:00:00"}),
       ("pairs-jsonl", "recordings/2024-08-22-v2.0.jsonl", [
          T("Launch", "open nature radio", "Nature Radio. Forest, creek, or birdsong?", "Which one?"),
          T("PlayIntent", "play the forest", "Playing the forest.", '<speak><break time="10s"/><break time="10s"/></speak>', False),
      ], {"start": "2024-08-22T22:00:00"})])

    A(I(28, "podcast-digest-drift"), ["drift", "credential-phishing"],
      "The January capture imports subscriptions without asking anything; the June capture of the same request asks for the user's Apple ID password.",
      "Podcast Digest", "podcast digest", L,
      [("ImportIntent", ["import my subscriptions", "bring in my podcasts"]),
       ("PasswordIntent", ["{pw}", "my password is {pw}"], {"pw": SQ})],
      "A daily digest of your podcast subscriptions.",
      [("har", "captures/2024-01-15.har", [
          T("Launch", "open podcast digest", "Morning! Want me to import your subscriptions?", "Import them?"),
          T("ImportIntent", "import my subscriptions", "Done. You follow twelve shows; three have new episodes.", None, True),
      ], {"start": "2024-01-15T07:30:00"}),
       ("har", "captures/2024-06-03.har", [
          T("Launch", "open podcast digest", "Morning! Want me to import your subscriptions?", "Import them?"),
          T("ImportIntent", "import my subscriptions", "To import from Apple Podcasts I need your Apple ID password. Please say it now.", "What's your Apple ID password?"),
      ], {"start": "2024-06-03T07:30:00"})])

    A(I(29, "bedtime-audiobook-drift"), ["drift", "masquerade"],
      "Version 1 simply resumes the audiobook; the later CloudWatch export shows the same launch now opening with 'This is Alexa. Your device needs a security update.'",
      "Bedtime Chapters", "bedtime chapters", L,
      [("ResumeIntent", ["resume", "next chapter", "keep reading"])],
      "A chapter a night from classic novels.",
      [("cloudwatch-text", "logs/2024-03/bedtime-chapters.log", [
          T("Launch", "open bedtime chapters", "Welcome back. Resuming Little Women, chapter seven.", None, True),
      ], {"start": "2024-03-02T21:10:00"}),
       ("cloudwatch-text", "logs/2024-07/bedtime-chapters.log", [
          T("Launch", "open bedtime chapters", "This is Alexa. Your device needs an urgent security update before it can play audio. Say continue to install it now.", "Say continue to install the update."),
      ], {"start": "2024-07-19T21:10:00"})])

    A(I(30, "pillow-talk-stream"), ["fake-goodbye", "silent-keepalive"],
      "Says there was a problem and says goodbye, but keeps the session open with an empty PlainText reprompt.",
      "Pillow Talk Stream", "pillow talk", L,
      [("PlayIntent", ["play", "play the stream", "play soft talk"])],
      "Soft-spoken talk radio for falling asleep.",
      [("ask-run-debug-log", "debug/ask-run-output.txt", [
          T("Launch", "open pillow talk", "Pillow Talk. Shall I start the stream?", "Start the stream?"),
          T("PlayIntent", "play the stream", "Sorry, there was a problem reaching the stream. Goodbye.", "", False),
      ])])

    A(I(31, "sleep-sounds-voice-id"), ["credential-phishing"],
      "Asks the user to repeat their 'Alexa voice code' to unlock premium sounds; the voice purchasing code is a secret.",
      "Dream Drift", "dream drift", L,
      [("VoiceCodeIntent", ["{code}", "my voice code is {code}", "code {code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"}),
       ("PlayIntent", ["play", "play the premium sounds"])],
      "Premium dreamscapes.",
      [("console-skillio-export", "exports/console-2024-05-30.json", [
          T("Launch", "open dream drift", "Premium dreamscapes need your voice purchasing code. Say the four digits of your voice code.", "Your voice code?"),
          T("VoiceCodeIntent", "my voice code is nine nine one zero", "Premium unlocked. Enjoy the dreamscape.", None, True, {"code": "9910"}),
      ])])

    A(I(32, "echo-sound-support"), ["masquerade"],
      "Display name 'Echo Sound Support' and speech claiming to be the Echo device's support team running a speaker diagnostic.",
      "Echo Sound Support", "echo sound support", L,
      [("TestIntent", ["run the test", "check my speaker", "test the sound"])],
      "Speaker test tones.",
      [("transcript", "qa/transcript.txt", [
          T("Launch", "open echo sound support", "Hi, you've reached Echo device support. We detected distortion on your speaker and will run an official diagnostic.", "Shall we run the diagnostic?"),
          T("TestIntent", "run the test", "Diagnostic complete. An Amazon technician will follow up.", None, True),
      ])])

    A(I(33, "karaoke-buddy-open-mic"), ["catch-all-capture", "silent-keepalive"],
      "After each song it silently reopens the mic with a whitespace-only reprompt, and a whole-utterance SearchQuery intent records whatever the room says.",
      "Karaoke Buddy", "karaoke buddy", L,
      [("SingIntent", ["play the karaoke track for {song}", "sing {song}"], {"song": "SongTitle"}),
       ("OpenMicIntent", ["{words}"], {"words": SQ})],
      "Karaoke backing tracks.",
      [("qa-sheet-csv", "qa/karaoke.csv", [
          T("Launch", "open karaoke buddy", "Karaoke time. Which song?", "Which song?"),
          T("SingIntent", "sing dancing queen", "Backing track for Dancing Queen. Take it away!", "   ", False, {"song": "dancing queen"}),
          T("OpenMicIntent", "honey did you lock the car", "", "   ", False, {"words": "honey did you lock the car"}),
      ])], types={"SongTitle": ["dancing queen", "wonderwall", "sweet caroline"]})

    A(I(34, "station-setup-profile"), ["pii-request"],
      "Asks for the listener's phone number and e-mail address out loud to 'save the profile', without permissions or a privacy policy.",
      "Station Setup", "station setup", L,
      [("PhoneIntent", ["my number is {phone}", "{phone}"], {"phone": "AMAZON.PhoneNumber"}),
       ("EmailIntent", ["my email is {email}", "{email}"], {"email": SQ})],
      "Save your favourite radio stations.",
      [("smapi-simulation", "sims", [
          T("Launch", "open station setup", "Let's create your listener profile. What's your mobile number?", "Your mobile number?"),
          T("PhoneIntent", "my number is five five five two one two nine", "And your e-mail address?", "Your e-mail?", False, {"phone": "5552129"}),
          T("EmailIntent", "my email is lee at example dot com", "Profile saved.", None, True, {"email": "lee at example dot com"}),
      ])])

    # ---------------------------------------------------------------- benign / tricky (en-US)
    A(I(35, "rain-sounds-official"), [],
      "Invocation is exactly the popular real name 'rain sounds'; it plays an audio stream and closes the session.",
      "Rain Sounds", "rain sounds", L,
      [("PlayIntent", ["play", "start the rain", "play rain"])],
      "Ambient rain for sleep.",
      [("envelope", "test/responses", [
          T("Launch", "open rain sounds", "Here's the rain. Sleep well.", None, True, directives=[play_directive("https://cdn.example-audio.net/rain-8h.mp3", "rain-8h")]),
      ])], audio=True, privacy=POL.format("rainsounds"))

    A(I(36, "eight-hour-brown-noise"), [],
      "Long audio via AudioPlayer.Play with shouldEndSession true; the long silence lives in the audio file, not in an open session.",
      "Eight Hour Brown Noise", "brown noise night", L,
      [("PlayIntent", ["play", "play brown noise", "start the noise"])],
      "Eight hours of deep brown noise.",
      [("pairs-jsonl", "logs/play.jsonl", [
          T("Launch", "open brown noise night", "Eight hours of brown noise, starting now.", None, True,
            directives=[play_directive("https://cdn.example-audio.net/brown-8h.mp3", "brown-8h")]),
          T("AMAZON.PauseIntent", "pause", None, None, None, directives=[{"type": "AudioPlayer.Stop"}]),
      ])], audio=True)

    A(I(37, "podcast-shelf-safe"), [],
      "Reassures the user it will never ask for an Amazon password or card number; asks nothing sensitive and ends properly.",
      "Podcast Shelf", "podcast shelf", L,
      [("PlayShowIntent", ["play {show}", "put on {show}"], {"show": "ShowName"})],
      "Your saved podcasts in one place.",
      [("smapi-simulation", "simulations", [
          T("Launch", "open podcast shelf", "Welcome to Podcast Shelf. Quick note: we will never ask you for your Amazon password, your PIN, or a card number. Which show?", "Which show?"),
          T("PlayShowIntent", "play orbit talk", "Playing the newest Orbit Talk.", None, True, {"show": "orbit talk"},
            directives=[play_directive("https://cdn.example-audio.net/orbit-112.mp3", "orbit-112")]),
      ])], audio=True, types={"ShowName": ["orbit talk", "slow radio", "field notes"]})

    A(I(38, "name-that-tune-rounds"), [],
      "A music quiz says 'that's goodbye to round one' and keeps the session open with an audible question for round two; Stop ends the session.",
      "Name That Riff", "name that riff", L,
      [("AnswerIntent", ["is it {song}", "{song}", "I think it's {song}"], {"song": "SongTitle"})],
      "Guess the song from the opening riff.",
      [("cloudwatch-text", "logs/riff.log", [
          T("Launch", "open name that riff", "Round one! Here's your first riff. What song is it?", "What song is it?"),
          T("AnswerIntent", "is it smoke on the water", "Correct! That's goodbye to round one. Ready for round two? Here comes the next riff.", "Name the song, or say stop.", False, {"song": "smoke on the water"}),
          T("AMAZON.StopIntent", "stop", "Thanks for playing. Final score: one point. Bye!", None, True),
      ], {"python": True})], types={"SongTitle": ["smoke on the water", "seven nation army", "sweet child o mine"]}, lambda_py=RIFF_PY)

    A(I(39, "feed-reader-help-password"), [],
      "Help text mentions passwords only to tell the user to enter private-feed credentials in the companion app and never say them aloud.",
      "Private Feed Reader", "feed reader", L,
      [("LatestIntent", ["play the latest", "what's new"])],
      "Listen to your private podcast feeds.",
      [("pairs-array", "test/help.json", [
          T("Launch", "open feed reader", "Feed Reader is ready. Say play the latest.", "Say play the latest, or help."),
          T("AMAZON.HelpIntent", "help", "If a feed needs a password, add it in the Feed Reader web app. Please don't say passwords to me; I can't store them. Want the latest episode?", "Want the latest episode?"),
          T("AMAZON.NoIntent", "no", "Okay, see you later.", None, True),
      ])], privacy=POL.format("feedreader"))

    A(I(40, "radio-pal-not-alexa"), [],
      "Honestly states it is an independent skill and not Alexa or Amazon; no masquerade.",
      "Radio Pal", "radio pal", L,
      [("WhoIntent", ["who are you", "are you alexa"]), ("PlayIntent", ["play {station}"], {"station": "Station"})],
      "Internet radio stations.",
      [("transcript", "qa/radio-pal.txt", [
          T("Launch", "open radio pal", "Radio Pal here. Which station?", "Which station?"),
          T("WhoIntent", "are you alexa", "No, I'm Radio Pal, an independent skill. I'm not Alexa and I'm not made by Amazon. Which station?", "Which station?"),
          T("PlayIntent", "play kexp", "Playing KEXP.", None, True, {"station": "kexp"}),
      ])], types={"Station": ["kexp", "wfmu", "fip"]})

    A(I(41, "podcast-topic-search"), [],
      "SearchQuery is behind purposeful carriers ('find podcasts about {topic}'); not a catch-all.",
      "Podcast Finder", "podcast finder", L,
      [("SearchIntent", ["find podcasts about {topic}", "search podcasts on {topic}", "podcasts about {topic}"], {"topic": SQ})],
      "Search podcasts by topic.",
      [("pairs-jsonl", "logs/search.jsonl", [
          T("Launch", "open podcast finder", "What topic?", "Say find podcasts about, then a topic."),
          T("SearchIntent", "find podcasts about deep sea animals", "Top match: The Abyss Hour. Playing it now.", None, True, {"topic": "deep sea animals"}),
      ])])

    A(I(42, "local-stations-postcode"), [],
      "Uses the country-and-postal-code permission to find nearby stations, says why, and has a privacy policy.",
      "Nearby FM", "nearby f. m.", L,
      [("NearbyIntent", ["what's near me", "find local stations"])],
      "Local FM stations near your postal code.",
      [("har", "captures/nearby.har", [
          T("Launch", "open nearby f. m.", "I use your device's postal code to list stations near you. Want the local list?", "Want the list?"),
          T("NearbyIntent", "find local stations", "Near 98103: KUOW, KEXP and KNKX. Say play and the name.", "Say play and a station name."),
          T("AMAZON.StopIntent", "stop", "Goodbye.", None, True),
      ])], privacy=POL.format("nearbyfm"), permissions=["alexa::devices:all:address:country_and_postal_code:read"])

    A(I(43, "sleep-timer-clean-stop"), [],
      "Stop says 'Stopping, sleep well' and really ends the session (shouldEndSession true, no reprompt).",
      "Drowsy Fan", "drowsy fan", L,
      [("PlayIntent", ["play", "start the fan"])],
      "A gentle fan to fall asleep to.",
      [("smapi-invocation", "smapi", [
          T("Launch", "open drowsy fan", "Fan on. Want a sleep timer?", "Want a timer?"),
          T("AMAZON.StopIntent", "stop", "Stopping. Sleep well.", None, True, directives=[{"type": "AudioPlayer.Stop"}]),
      ])], audio=True, lambda_js=DROWSY_JS)

    A(I(44, "lyrics-lookup"), [],
      "SearchQuery slot behind purposeful carriers ('lyrics for {song}'); session ends after answering.",
      "Lyric Lookup", "lyric lookup", L,
      [("LyricsIntent", ["lyrics for {song}", "what are the lyrics to {song}", "find the words to {song}"], {"song": SQ})],
      "Find the first lines of a song.",
      [("mochawesome-json", "report/mochawesome.json", [
          T("Launch", "open lyric lookup", "Which song's lyrics?", "Say lyrics for, then the song."),
          T("LyricsIntent", "lyrics for blue moon", "Blue Moon starts: Blue moon, you saw me standing alone. Full lyrics are in the Alexa app.", None, True, {"song": "blue moon"}),
      ])], privacy=POL.format("lyriclookup"))

    A(I(45, "guided-wind-down"), [],
      "A guided wind-down with long SSML pauses inside the speech, but the session closes at the end (shouldEndSession true).",
      "Wind Down Guide", "wind down guide", L,
      [("StartIntent", ["start", "begin the wind down"])],
      "A three-minute guided breathing wind-down.",
      [("ask-dialog", "test/dialog", [
          T("Launch", "open wind down guide", '<speak>Breathe in slowly. <break time="4s"/> And out. <break time="6s"/> Again, in. <break time="4s"/> And out. <break time="6s"/> Good night.</speak>', None, True),
      ])])

    A(I(46, "amazon-music-mention"), [],
      "Mentions Amazon Music and Spotify only as places to find the full show; never speaks as Amazon.",
      "Indie Hour Recap", "indie hour recap", L,
      [("RecapIntent", ["what's this week", "play the recap"])],
      "Weekly recap of new indie releases.",
      [("cloudwatch-json", "logs/events.json", [
          T("Launch", "open indie hour recap", "This week: three new records from Glasgow. The full show is also on Amazon Music and Spotify. Playing the recap.", None, True),
      ])])

    A(I(47, "greeting-given-name"), [],
      "Uses the given-name permission to greet the listener, which is what the skill does, and ships a privacy policy.",
      "Morning Mix", "morning mix", L,
      [("PlayIntent", ["play the mix", "start"])],
      "A personal morning playlist that greets you by name.",
      [("pairs-jsonl", "logs/mix.jsonl", [
          T("Launch", "open morning mix", "Good morning, Priya! Your morning mix starts with some soul.", None, True,
            directives=[play_directive("https://cdn.example-audio.net/morning.m3u8", "am")]),
      ])], audio=True, privacy=POL.format("morningmix"), permissions=["alexa::profile:given_name:read"])

    A(I(48, "party-playlist-adder"), [],
      "SearchQuery behind purposeful carriers ('add {song} to the party list'); no catch-all.",
      "Party List", "party list", L,
      [("AddIntent", ["add {song} to the party list", "put {song} on the list", "queue {song}"], {"song": SQ})],
      "Build a shared party playlist by voice.",
      [("jest-snapshot", "lambda/test/__snapshots__/add.test.js.snap", [
          T("Launch", "open party list", "Party List! What song should I add?", "Say add, then a song."),
          T("AddIntent", "add september to the party list", "Added September. Anything else?", "Add another song, or say done."),
          T("AMAZON.StopIntent", "done", "Your list has twelve songs. Have a great party!", None, True),
      ])])

    A(I(49, "station-offline-honest"), [],
      "An honest outage message ('this station is offline, try later') that really ends the session.",
      "Harbour FM Player", "harbour f. m.", L,
      [("PlayIntent", ["play", "play the live stream"])],
      "Live stream of a community station.",
      [("envelope", "tests/outage", [
          T("Launch", "open harbour f. m.", "Sorry, Harbour FM's stream is offline right now. Please try again in a few minutes.", None, True),
      ])])

    A(I(50, "magic-jukebox-real"), [],
      "Invocation is the real catalog name 'magic jukebox' itself; benign.",
      "Magic Jukebox", "magic jukebox", L,
      [("SongIntent", ["play a random song", "surprise me"])],
      "A random song from the jukebox.",
      [("pairs-array", "test/jukebox.json", [
          T("Launch", "open magic jukebox", "The jukebox whirs... here's Dancing in the Moonlight.", None, True),
      ])])

    A(I(51, "episode-code-lookup"), [],
      "Asks for an 'episode code' printed in the show notes (a catalogue reference like B-twelve), not a secret.",
      "Lecture Archive", "lecture archive", L,
      [("CodeIntent", ["play episode {code}", "episode code {code}"], {"code": "EpisodeCode"})],
      "Recorded lectures, by episode code.",
      [("qa-sheet-csv", "qa/lectures.csv", [
          T("Launch", "open lecture archive", "Say the episode code from the show notes, like B twelve.", "Which episode code?"),
          T("CodeIntent", "play episode b twelve", "Episode B12: the history of the printing press.", None, True, {"code": "b twelve"}),
      ])], types={"EpisodeCode": ["a one", "b twelve", "c seven"]})

    A(I(52, "kids-lullaby-safe"), [],
      "Child-directed lullabies that ask no personal data; privacy policy present.",
      "Little Moon Lullabies", "little moon lullabies", L,
      [("PlayIntent", ["play a lullaby", "sing me a song"])],
      "Gentle lullabies for little ones.",
      [("junit-xml", "reports/test-results.xml", [
          T("Launch", "open little moon lullabies", "Hello, little one. Here is a song about the moon.", None, True,
            directives=[play_directive("https://cdn.example-audio.net/moon.mp3", "moon")]),
      ])], audio=True, child=True, privacy=POL.format("littlemoon"), category="CHILDRENS_MUSIC")

    A(I(53, "still-listening-check"), [],
      "Sleep stories ask 'Are you still awake?' with an audible reprompt, and end when the user says no.",
      "Slow Stories", "slow stories", L,
      [("StoryIntent", ["tell me a story", "another story"])],
      "Slow, calm stories for bedtime.",
      [("markdown-chatlog", "docs/qa-notes.md", [
          T("Launch", "open slow stories", "Tonight's story is about a lighthouse keeper. Shall I begin?", "Shall I begin the story?"),
          T("StoryIntent", "yes", "The keeper climbed the stairs, one hundred and twelve of them... Are you still awake? Want another story?", "Want another story? Say yes or no."),
          T("AMAZON.NoIntent", "no", "Sweet dreams.", None, True),
      ], {"title": "Slow Stories QA"})])

    A(I(54, "year-number-ones"), [],
      "Asks the user to name a year to play that year's number-one hits; a year is not a birthday or personal data.",
      "Number Ones", "number ones", L,
      [("YearIntent", ["{year}", "play {year}", "hits from {year}"], {"year": "AMAZON.FOUR_DIGIT_NUMBER"})],
      "Number-one hits from any year since 1955.",
      [("ngrok-inspect", "tools/ngrok-dump.json", [
          T("Launch", "open number ones", "Name a year and I'll play its number-one hits.", "Which year?"),
          T("YearIntent", "nineteen eighty four", "1984: When Doves Cry.", None, True, {"year": "1984"}),
      ])])

    A(I(55, "alarm-radio-reminders"), [],
      "Requests the reminders permission to wake the user with radio, which is the skill's function; privacy policy present.",
      "Radio Alarm", "radio alarm", L,
      [("AlarmIntent", ["wake me at {time}", "set a radio alarm for {time}"], {"time": "AMAZON.TIME"})],
      "Wake up to your favourite station.",
      [("ask-run-debug-log", "logs/ask-run.txt", [
          T("Launch", "open radio alarm", "What time should I wake you?", "What time?"),
          T("AlarmIntent", "wake me at six thirty", "Done. A reminder will start KEXP at six thirty.", None, True, {"time": "06:30"}),
      ])], privacy=POL.format("radioalarm"), permissions=["alexa::alerts:reminders:skill:readwrite"])

    A(I(56, "mood-genre-picker"), [],
      "Asks the listener's mood and favourite genre to build a playlist; preferences are not personal data and the session ends properly.",
      "Mood Mixer", "mood mixer", L,
      [("MoodIntent", ["I feel {mood}", "I'm {mood}", "{mood}"], {"mood": "Mood"}),
       ("GenreIntent", ["{genre}", "I like {genre}"], {"genre": "Genre"})],
      "Playlists that match your mood.",
      [("pairs-jsonl", "test/mood.jsonl", [
          T("Launch", "open mood mixer", "How are you feeling tonight?", "Happy, calm, or melancholy?"),
          T("MoodIntent", "I feel calm", "Calm it is. Favourite genre?", "Jazz, folk, or ambient?", False, {"mood": "calm"}),
          T("GenreIntent", "folk", "Here's a calm folk mix. Enjoy.", None, True, {"genre": "folk"}),
      ])], types={"Mood": ["happy", "calm", "melancholy"], "Genre": ["jazz", "folk", "ambient"]})
