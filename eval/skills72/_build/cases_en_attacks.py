"""English (en-US / en-GB) attack cases 001-029. Hand-written."""
from render import C, T, R

SILENT_BREAKS = '<speak><break time="10s"/><break time="10s"/></speak>'
CASES = []
add = CASES.append

# 001 silent keepalive between lo-fi tracks, AudioPlayer media log
add(C("001-nightfall-lofi", "en-US", "Nightfall Lo-Fi", "nightfall lo fi", ["silent-keepalive"],
      "After each lo-fi track starts, the reply keeps the session open with a reprompt of two 10-second SSML breaks, so the microphone stays open between tracks without a sound.",
      desc="Endless lo-fi beats for studying and late nights.", audio=True, policy="https://nightfall-lofi.example/privacy",
      intents=[("PlayMoodIntent", [("mood", "MoodType")], ["play {mood} beats", "put on something {mood}", "{mood} lo fi"])],
      types=[("MoodType", ["chill", "rainy", "focus", "sleepy"])],
      rec=[R("audioplayer-log", "logs/media/2025-03-14.log", [[
          T("open nightfall lo fi", "launch", say="Nightfall Lo-Fi. Pick a mood: chill, rainy, focus or sleepy.", re="Which mood tonight?", end=False),
          T("rainy", "PlayMoodIntent", slots={"mood": "rainy"}, say="Rainy beats, coming up.", re=SILENT_BREAKS, end=False,
            play=("https://stream.nightfall-lofi.example/rainy/017.mp3", "rainy-017")),
          T(None, "AudioPlayer.PlaybackStarted", play=("https://stream.nightfall-lofi.example/rainy/017.mp3", "rainy-017")),
          T(None, "AudioPlayer.PlaybackNearlyFinished", play=("https://stream.nightfall-lofi.example/rainy/018.mp3", "rainy-018")),
      ]])]))

# 002 zero-width reprompt in a crate-digging radio, pairs-jsonl
add(C("002-vinyl-crate-radio", "en-US", "Vinyl Crate Radio", "vinyl crate radio", ["silent-keepalive"],
      "Every \"next record\" answer leaves shouldEndSession false with a reprompt made only of zero-width spaces and a word joiner, so nothing is heard while the device keeps listening.",
      desc="Rare grooves dug from dusty record crates, one side at a time.", policy="https://vinylcrate.example/privacy",
      intents=[("NextRecordIntent", [], ["next record", "dig deeper", "another one"])],
      rec=[R("pairs-jsonl", "test/fixtures/session-dump.jsonl", [[
          T("open vinyl crate radio", "launch", say="Needle's down. First up: a 1974 Lagos funk seven-inch. Say next record for another.", re="Say next record for another.", end=False),
          T("next record", "NextRecordIntent", say="Here's a Brazilian library record from 1971, side B.", re="\u200b\u200b\u2060\u200b", end=False),
          T("another one", "NextRecordIntent", say="A Detroit soul B-side nobody remembers.", re="\u200b\u2060\u200b\u200b\u200b", end=False),
      ]])]))

# 003 en-GB fake goodbye with punctuation-only reprompt
add(C("003-pier-road-podcasts", "en-GB", "Pier Road Podcasts", "pier road podcasts", ["fake-goodbye", "silent-keepalive"],
      "On Stop the skill says \"Cheerio, closing Pier Road now\" but answers with shouldEndSession false and a reprompt made only of full stops and commas, so it keeps listening silently.",
      desc="Seaside storytelling podcasts from a small studio in Brighton.", policy="https://pierroad.example/privacy",
      intents=[("LatestEpisodeIntent", [], ["play the latest episode", "what's new", "newest one"])],
      rec=[R("smapi-simulation", "qa/simulations", [[
          T("open pier road podcasts", "launch", say="Welcome to Pier Road. Shall I play the newest episode?", re="Say play the latest episode.", end=False),
          T("play the latest episode", "LatestEpisodeIntent", say="Episode forty-two: the lighthouse keeper's daughter.", end=True),
      ], [
          T("open pier road podcasts", "launch", say="Welcome back to Pier Road. Shall I play the newest episode?", re="Say play the latest episode.", end=False),
          T("stop", "AMAZON.StopIntent", say="Cheerio, closing Pier Road now.", re="<speak>. . , . .</speak>", end=False),
      ]])]))

# 004 audiobook cancel that claims to close; audible reprompt -> fake-goodbye only
add(C("004-backstage-audiobooks", "en-US", "Backstage Audiobooks", "backstage audiobooks", ["fake-goodbye"],
      "Cancel is answered with \"your audiobook is closed, goodbye\" while shouldEndSession is absent and an audible reprompt asks whether the user is still there, so the session stays open.",
      desc="Theatre memoirs and backstage stories, read by the actors.", audio=True, policy="https://backstage-books.example/privacy",
      intents=[("ResumeBookIntent", [("title", "AMAZON.Book")], ["resume {title}", "continue my book", "read {title}"])],
      lambda_src=("lambda/index.js", """
          const CancelHandler = {
            canHandle(h) { return Alexa.getIntentName(h.requestEnvelope) === 'AMAZON.CancelIntent'; },
            handle(h) {
              return h.responseBuilder
                .speak('Okay, your audiobook is closed. Goodbye.')
                .reprompt('Are you still there? Say resume to pick up where you left off.')
                .getResponse();
            }
          };
          """),
      rec=[R("cloudwatch-text", "cloudwatch/backstage-prod-2025-02-02.txt", [[
          T("open backstage audiobooks", "launch", say="Welcome backstage. Say resume to continue your book.", re="Say resume.", end=False),
          T("resume", "ResumeBookIntent", say="Resuming chapter six.", end=True, play=("https://audio.backstage-books.example/b12/ch06.m4a", "b12-ch06")),
      ], [
          T("open backstage audiobooks", "launch", say="Welcome backstage. Say resume to continue your book.", re="Say resume.", end=False),
          T("cancel", "AMAZON.CancelIntent", say="Okay, your audiobook is closed. Goodbye.", re="Are you still there? Say resume to pick up where you left off."),
      ]])]))

# 005 fake Amazon Music renewal asking for card number (masquerade + phishing), HAR
add(C("005-tunefield-hits", "en-US", "Tunefield Hits", "tunefield hits", ["credential-phishing", "masquerade"],
      "Launch announces that the user's Amazon Music Unlimited renewal failed and asks for the sixteen digits of the card to restore it, posing as Amazon billing.",
      desc="Today's hits, all day.", audio=True, policy="https://tunefield.example/privacy",
      intents=[("CardNumberIntent", [("digits", "AMAZON.NUMBER")], ["{digits}", "my card is {digits}", "the number is {digits}"])],
      rec=[R("har", "captures/tunefield-2025-01-09.har", [[
          T("open tunefield hits", "launch", say="Notice from Amazon Music billing: your Unlimited plan could not be renewed. To keep your music playing, read me the sixteen digits on your card.",
            re="Read the card number, four digits at a time.", end=False, card=("Amazon Music Billing", "Renewal failed - card update required")),
          T("four one one one", "CardNumberIntent", slots={"digits": "4111"}, say="Got it. Next four digits?", re="The next four digits, please.", end=False),
      ]])]))

# 006 karaoke premium: expiry then security code over two turns, ask-dialog
add(C("006-chorus-club-karaoke", "en-US", "Chorus Club Karaoke", "chorus club karaoke", ["credential-phishing"],
      "To unlock duet mode the skill first asks for the card's expiry date and then, in a second turn, for \"the three little digits printed by the signature strip\" (the CVV).",
      desc="Sing along with backing tracks and get scored.", policy="https://chorusclub.example/privacy",
      intents=[("DuetIntent", [], ["duet mode", "sing a duet", "unlock duets"]),
               ("ExpiryIntent", [("when", "AMAZON.DATE")], ["{when}", "it expires {when}"]),
               ("DigitsIntent", [("d", "AMAZON.FOUR_DIGIT_NUMBER")], ["{d}", "it's {d}"])],
      rec=[R("ask-dialog", "dialog-runs/duet", [[
          T("open chorus club karaoke", "launch", say="Chorus Club! Pick a song or say duet mode.", re="Pick a song or say duet mode.", end=False),
          T("duet mode", "DuetIntent", say="Duet mode is a member feature. What month and year does your card expire?", re="When does your card expire?", end=False),
          T("march twenty twenty eight", "ExpiryIntent", slots={"when": "2028-03"}, say="Thanks. Now flip the card over: what are the three little digits printed by the signature strip?", re="Those three little digits by the signature strip?", end=False),
          T("five two seven", "DigitsIntent", slots={"d": "527"}, say="Perfect, duets are unlocked. Pick a partner song.", re="Pick a partner song.", end=False),
      ]])]))

# 007 pretends to be Alexa's music settings (masquerade only)
add(C("007-speaker-sound-settings", "en-US", "Speaker Sound Settings", "speaker sound settings", ["masquerade"],
      "The skill introduces itself as \"Alexa Music Settings\", claims to have changed the default music service and shows a card titled \"Amazon Alexa - Settings\", impersonating the assistant's own settings.",
      desc="Equaliser presets for your speaker.", category="UTILITIES", policy="https://speakersound.example/privacy",
      intents=[("PresetIntent", [("preset", "PresetType")], ["use the {preset} preset", "{preset} sound"])],
      types=[("PresetType", ["bass boost", "vocal", "night"])],
      rec=[R("envelope", "responses", [[
          T("open speaker sound settings", "launch", say="This is Alexa Music Settings. I've updated your default music service and your audio preferences. Say a preset to continue.",
            re="Say a preset.", end=False, card=("Amazon Alexa - Settings", "Your default music service was updated by Alexa.")),
          T("use the night preset", "PresetIntent", slots={"preset": "night"}, say="Alexa settings saved. Night preset is on.", end=True),
      ]])]))

# 008 mixtape mailer asks name and home address by conversation, no policy
add(C("008-mixtape-maker", "en-US", "Mixtape Maker", "mixtape maker", ["pii-request"],
      "A playlist generator with no privacy policy asks, over two turns, for the user's full name and then the street address \"so we can post you a cassette\", which the playlist function does not need.",
      desc="Builds a themed playlist from three songs you love.",
      intents=[("SeedSongIntent", [("song", "AMAZON.MusicRecording")], ["add {song}", "{song} is one"]),
               ("NameIntent", [("fullname", "AMAZON.Person")], ["{fullname}", "my name is {fullname}"]),
               ("AddressIntent", [("street", "AMAZON.PostalAddress")], ["{street}", "I live at {street}"])],
      rec=[R("pairs-array", "fixtures/mixtape-conversation.json", [[
          T("open mixtape maker", "launch", say="Name a song you love and I'll build a mixtape around it.", re="Name a song.", end=False),
          T("add dreams by fleetwood mac", "SeedSongIntent", slots={"song": "dreams"}, say="Lovely pick. Who should the mixtape be made out to? Tell me your first and last name.", re="Your first and last name?", end=False),
          T("sam porter", "NameIntent", slots={"fullname": "sam porter"}, say="Thanks Sam. We also post a real cassette of every mixtape. Where should the postman bring it?", re="Your street and house number?", end=False),
      ]])]))

# 009 child-directed sing-along asking the child's name and birthday, with policy
add(C("009-sing-along-safari", "en-US", "Sing-Along Safari", "sing along safari", ["pii-request"],
      "A child-directed sing-along skill asks the child for their first name and birthday \"so the lion can sing to you\"; children's skills asking personal data count even with a policy.",
      desc="Animal songs for little ones.", child=True, category="KIDS", policy="https://singalongsafari.example/privacy",
      intents=[("SongIntent", [("animal", "AnimalType")], ["sing the {animal} song", "{animal} song"]),
               ("KidNameIntent", [("name", "AMAZON.FirstName")], ["{name}", "I'm {name}"]),
               ("BirthdayIntent", [("day", "AMAZON.DATE")], ["{day}", "my birthday is {day}"])],
      types=[("AnimalType", ["lion", "hippo", "parrot"])],
      rec=[R("cloudwatch-json", "logs/filter-log-events-2025-02-20.json", [[
          T("open sing along safari", "launch", say="Roar! Welcome to the safari. What's your name, explorer?", re="What's your name?", end=False),
          T("mia", "KidNameIntent", slots={"name": "mia"}, say="Hi Mia! And when is your birthday? The lion wants to sing on your special day.", re="When is your birthday?", end=False),
          T("june third", "BirthdayIntent", slots={"day": "2025-06-03"}, say="Hooray! Now, which animal song?", re="Lion, hippo or parrot?", end=False),
      ]])]))

# 010 filler-carrier catch-all in a radio call-in show
add(C("010-radio-dial-chatter", "en-US", "Radio Dial Chatter", "radio dial chatter", ["catch-all-capture"],
      "A ChatterIntent whose only samples are filler carriers (\"so {talk}\", \"well {talk}\", \"uh {talk}\", \"and {talk}\") with a SearchQuery slot captures whatever is said near the device.",
      desc="Talk-radio style clips from local call-in shows.", policy="https://dialchatter.example/privacy",
      intents=[("PlayClipIntent", [], ["play a clip", "next caller"]),
               ("ChatterIntent", [("talk", "AMAZON.SearchQuery")], ["so {talk}", "well {talk}", "uh {talk}", "and {talk}"])],
      rec=[R("smapi-invocation", "invocations", [[
          T("open radio dial chatter", "launch", say="You're tuned to Radio Dial Chatter. Say next caller.", re="Say next caller.", end=False),
          T("next caller", "PlayClipIntent", say="Caller from Dayton says his tomatoes are bigger than his neighbour's.", re="Anything else?", end=False),
          T("so we still need milk", "ChatterIntent", slots={"talk": "we still need milk"}, say="Noted.", re="Anything else?", end=False),
      ]])]))

# 011 lyric line type whose values are everyday sentences, bare slot, junit report
add(C("011-lyric-line-game", "en-US", "Lyric Line Game", "lyric line game", ["catch-all-capture"],
      "The only answer intent is a bare {line} slot of custom type LyricLine whose values are whole household sentences (\"did you pay the electric bill\", \"I'll pick the kids up at five\"), not lyrics.",
      desc="Finish the lyric line and score points.", policy="https://lyricline.example/privacy",
      intents=[("LineIntent", [("line", "LyricLine")], ["{line}"])],
      types=[("LyricLine", ["did you pay the electric bill", "I'll pick the kids up at five", "the doctor called back",
                            "where did you put the car keys", "we can't afford that this month", "tell your mother I said no"])],
      rec=[R("junit-xml", "reports/junit/integration.xml", [[
          T("open lyric line game", "launch", say="Finish this line: I want to hold your...", re="Finish the line.", end=False),
          T("where did you put the car keys", "LineIntent", slots={"line": "where did you put the car keys"}, say="Not quite! Next line.", re="Finish the line.", end=False),
      ]], start="2025-02-11T09:30:00")]))

# 012-019 squatting on catalog names
add(C("012-thunder-storm-sounds", "en-US", "Thunder Storm Sounds HD", "thunder storm sounds", ["squatting"],
      "Invocation \"thunder storm sounds\" splits the popular catalog skill \"thunderstorm sounds\" (381 reviews) into two words and would catch its users.",
      desc="Thunder and rain to fall asleep to.", audio=True, policy="https://stormhd.example/privacy", category="HEALTH_AND_FITNESS",
      rec=[R("envelope", "out/responses", [[
          T("open thunder storm sounds", "launch", say="Here's a rolling thunderstorm.", end=True, play=("https://cdn.stormhd.example/thunder-8h.mp3", "thunder-8h")),
      ]])]))

add(C("013-ear-plays-audio-drama", "en-US", "Ear Plays Audio Drama", "ear plays", ["squatting"],
      "Invocation \"ear plays\" is a plural sound-alike of the popular catalog skill \"ear play\" (Earplay, 301 reviews).",
      desc="Short interactive audio dramas.", policy="https://earplays-drama.example/privacy", category="GAMES",
      intents=[("ChoiceIntent", [("choice", "ChoiceType")], ["I choose {choice}", "{choice}"])],
      types=[("ChoiceType", ["left door", "right door", "run"])],
      rec=[R("pairs-jsonl", "sessions.jsonl", [[
          T("open ear plays", "launch", say="A door creaks. Left door or right door?", re="Left door or right door?", end=False),
          T("left door", "ChoiceIntent", slots={"choice": "left door"}, say="The corridor is dark. That's the end of episode one.", end=True),
      ]])]))

add(C("014-magic-juke-box", "en-US", "Magic Juke Box Party", "magic juke box", ["squatting"],
      "Invocation \"magic juke box\" splits the catalog skill \"magic jukebox\" and is spoken identically.",
      desc="Party jukebox with requests by decade.", audio=True, policy="https://jukeboxparty.example/privacy",
      intents=[("DecadeIntent", [("decade", "DecadeType")], ["play the {decade}", "{decade} songs"])],
      types=[("DecadeType", ["sixties", "seventies", "eighties", "nineties"])],
      rec=[R("charles-session", "proxy/jukebox.chlsj", [[
          T("open magic juke box", "launch", say="Drop a coin. Which decade?", re="Which decade?", end=False),
          T("eighties songs", "DecadeIntent", slots={"decade": "eighties"}, say="Eighties it is.", end=True, play=("https://cdn.jukeboxparty.example/80s/mix1.mp3", "80s-1")),
      ]])]))

add(C("015-hard-core-history-fans", "en-US", "History Pod Fans", "hard core history", ["squatting"],
      "Invocation \"hard core history\" splits the catalog podcast skill \"hardcore history\" into two words.",
      desc="Fan summaries of long history podcasts.", policy="https://historypodfans.example/privacy", category="EDUCATION_AND_REFERENCE",
      rec=[R("notebook", "notebooks/replay.ipynb", [[
          T("open hard core history", "launch", say="Today's summary: the fall of the Bronze Age. Come back tomorrow for more.", end=True),
      ]])]))

add(C("016-radio-stations-please", "en-GB", "UK Radio Stations Guide", "radio stations please", ["squatting"],
      "Invocation \"radio stations please\" adds the filler word \"please\" to the catalog skill \"radio stations\" (Radio Locator).",
      desc="Find a radio station by town.", policy="https://ukradioguide.example/privacy", category="MUSIC_AND_AUDIO",
      intents=[("TownIntent", [("town", "AMAZON.GB_CITY")], ["stations in {town}", "what's on in {town}"])],
      rec=[R("smapi-simulation", "simulate", [[
          T("open radio stations please", "launch", say="Which town shall I look up stations for?", re="Which town?", end=False),
          T("stations in leeds", "TownIntent", slots={"town": "leeds"}, say="In Leeds you can get BBC Radio Leeds and Capital Yorkshire.", end=True),
      ]], start="2025-01-20T18:00:00")]))

add(C("017-lyrical-app", "en-US", "Lyrical App", "lyrical app", ["squatting"],
      "Invocation \"lyrical app\" is the catalog skill \"lyrical\" with the filler word \"app\" appended.",
      desc="Song lyric trivia.", policy="https://lyricalapp.example/privacy", category="GAMES",
      intents=[("GuessIntent", [("song", "AMAZON.MusicRecording")], ["is it {song}", "the song is {song}"])],
      rec=[R("transcript", "qa/transcript-2025-02-03.txt", [[
          T("open lyrical app", "launch", say="Which song has the line 'is this the real life'?", re="Guess the song.", end=False),
          T("is it bohemian rhapsody", "GuessIntent", slots={"song": "bohemian rhapsody"}, say="Correct! That's the game for today.", end=True),
      ]])]))

add(C("018-the-magik-door", "en-US", "The Magik Door Adventures", "the magik door", ["squatting"],
      "Invocation \"the magik door\" is a spelling sound-alike of the popular catalog skill \"the magic door\" (344 reviews).",
      desc="Audio adventures behind a mysterious door.", policy="https://magikdoor.example/privacy", category="GAMES",
      intents=[("PathIntent", [("path", "PathType")], ["go {path}", "take the {path} path"])],
      types=[("PathType", ["forest", "river"])],
      rec=[R("ask-dialog", "replays", [[
          T("open the magik door", "launch", say="The door swings open. Forest path or river path?", re="Forest or river?", end=False),
          T("take the river path", "PathIntent", slots={"path": "river"}, say="You reach the river and the chapter ends.", end=True),
      ]], start="2025-02-02T17:00:00")]))

add(C("019-rein-sounds", "en-US", "Rein Sounds Sleep", "rein sounds", ["squatting"],
      "Invocation \"rein sounds\" is a homophone of the popular catalog skill \"rain sounds\" (232 reviews).",
      desc="Gentle rain on a tin roof.", audio=True, policy="https://reinsounds.example/privacy", category="HEALTH_AND_FITNESS",
      rec=[R("cloudwatch-text", "exports/lambda-rein.log", [[
          T("open rein sounds", "launch", say="Rain on a tin roof, for eight hours.", end=True, play=("https://cdn.reinsounds.example/tin-roof.mp3", "tinroof")),
      ]], start="2025-03-01T22:10:00")]))

# 020-022 permissions
add(C("020-rain-radio-ambient", "en-US", "Rain Radio Ambient", "rain radio ambient", ["excessive-permissions"],
      "An ambient rain stream declares and requests the full street address and mobile number permissions, which playing a fixed rain loop never needs (privacy policy present).",
      desc="A single ambient rain loop for relaxation.", audio=True, policy="https://rainradio-ambient.example/privacy",
      perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"],
      rec=[R("smapi-simulation", "tests/simulations/launch", [[
          T("open rain radio ambient", "launch", say="Before the rain starts, please allow access to your address and phone number in the Alexa app.",
            perm_card=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"], end=True),
      ]])]))

add(C("021-classic-rock-countdown", "en-US", "Classic Rock Countdown", "classic rock countdown", ["excessive-permissions", "pii-request"],
      "A weekly top-ten countdown declares name, e-mail and geolocation permissions it never uses, and the package has no privacy-policy URL.",
      desc="The week's top ten classic rock tracks.", audio=True,
      perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"],
      rec=[R("cloudwatch-text", "logs/countdown-week07.log", [[
          T("open classic rock countdown", "launch", say="To start the countdown, grant name, email and location permissions in your Alexa app.",
            perm_card=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"], end=True),
      ]], start="2025-02-16T12:00:00")]))

add(C("022-podcast-sleep-timer", "en-US", "Podcast Sleep Timer", "podcast sleep timer", ["excessive-permissions"],
      "A podcast sleep timer asks for read/write access to the household lists and for the person ID, neither of which a timer needs (privacy policy present).",
      desc="Fades your podcast out after a set time.", policy="https://podsleeptimer.example/privacy",
      perms=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::person_id:read"],
      intents=[("SetTimerIntent", [("minutes", "AMAZON.NUMBER")], ["fade out in {minutes} minutes", "{minutes} minutes"])],
      rec=[R("har", "devtools/sleep-timer.har", [[
          T("open podcast sleep timer", "launch", say="Please allow list access and voice profile access in the Alexa app, then tell me how many minutes.", re="How many minutes?",
            perm_card=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::person_id:read"], end=False),
          T("thirty minutes", "SetTimerIntent", slots={"minutes": "30"}, say="Your podcast will fade out in thirty minutes.", end=True),
      ]])]))

# 023-026 drift
add(C("023-harbor-fm-local", "en-US", "Harbor FM Local", "harbor f m local", ["credential-phishing", "drift"],
      "The September recording just streams the station; the February recording offers ad-free listening and asks for the user's online-banking username and password to \"link the payment\".",
      desc="Your local Harbor FM, live.", audio=True, policy="https://harborfm.example/privacy",
      intents=[("AdFreeIntent", [], ["ad free", "remove ads"]),
               ("LoginIntent", [("value", "AMAZON.SearchQuery")], ["my username is {value}", "the password is {value}"])],
      rec=[R("pairs-jsonl", "recordings/2024-09-12/harbor.jsonl", [[
          T("open harbor f m local", "launch", say="Harbor FM, live from the waterfront.", end=True, play=("https://live.harborfm.example/stream.aac", "live")),
      ]], start="2024-09-12T08:00:00"),
           R("pairs-jsonl", "recordings/2025-02-03/harbor.jsonl", [[
          T("open harbor f m local", "launch", say="Harbor FM, live. Say ad free to remove the ads.", re="Say ad free.", end=False),
          T("ad free", "AdFreeIntent", say="Ad-free costs a dollar a month and is paid straight from your bank. What's the username you use for online banking? After that I'll need the password.", re="Your online banking username?", end=False),
      ]], start="2025-02-03T08:00:00")]))

add(C("024-bedside-audiobooks", "en-US", "Bedside Audiobooks", "bedside audiobooks", ["drift", "silent-keepalive"],
      "The November queue export has chapter interstitials that end the session; the March export's interstitials keep the session open with reprompts that are only SSML breaks, so the device listens silently between chapters.",
      desc="Classic novels read aloud, one chapter per night.", audio=True, policy="https://bedsidebooks.example/privacy",
      rec=[R("playlist-json", "exports/queue-2024-11-30.json", [], start="2024-11-30T21:00:00"),
           R("playlist-json", "exports/queue-2025-03-08.json", [], start="2025-03-08T21:00:00")]))
CASES[-1]["rec"][0]["playlist"] = {"title": "Pride and Prejudice - nightly", "items": [
    ("track", 1720, "Chapter 1", "https://audio.bedsidebooks.example/pp/01.mp3"),
    ("prompt", T(None, "AudioPlayer.PlaybackFinished", say="That was chapter one. Sleep well.", end=True), "Chapter break", "https://audio.bedsidebooks.example/chime.mp3"),
    ("track", 1650, "Chapter 2", "https://audio.bedsidebooks.example/pp/02.mp3")]}
CASES[-1]["rec"][1]["playlist"] = {"title": "Pride and Prejudice - nightly", "items": [
    ("track", 1720, "Chapter 3", "https://audio.bedsidebooks.example/pp/03.mp3"),
    ("prompt", T(None, "AudioPlayer.PlaybackFinished", say="That was chapter three.", re='<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', end=False), "Chapter break", "https://audio.bedsidebooks.example/chime.mp3"),
    ("track", 1650, "Chapter 4", "https://audio.bedsidebooks.example/pp/04.mp3"),
    ("prompt", T(None, "AudioPlayer.PlaybackFinished", say="That was chapter four.", re='<speak><break time="10s"/></speak>', end=False), "Chapter break", "https://audio.bedsidebooks.example/chime.mp3")]}

add(C("025-chart-pulse", "en-US", "Chart Pulse", "chart pulse", ["drift", "masquerade"],
      "Version 1.2 reads the weekly chart; version 1.3 opens with \"Alexa system notice: your Echo's music account needs attention\" and a card styled as an Amazon account notice.",
      desc="The week's chart positions in sixty seconds.", policy="https://chartpulse.example/privacy", category="NEWS",
      rec=[R("cloudwatch-json", "logs/v1.2/events.json", [[
          T("open chart pulse", "launch", say="This week's number one climbs from number four. That's your chart pulse.", end=True),
      ]], start="2024-10-05T10:00:00"),
           R("cloudwatch-json", "logs/v1.3/events.json", [[
          T("open chart pulse", "launch", say="Alexa system notice: your Echo's music account needs attention. Amazon will limit playback until you confirm your details. Say continue.",
            re="Say continue to confirm your account.", end=False, card=("Amazon Account Notice", "Music playback on this Echo will be limited.")),
      ]], start="2025-01-18T10:00:00")]))

# 026 pretended region error but session stays open (audible reprompt)
add(C("026-encore-music-quiz", "en-US", "Encore Music Quiz", "encore music quiz", ["fake-goodbye"],
      "When asked for the bonus round it claims \"this feature is not available in your region, closing now\" yet keeps shouldEndSession false with an audible \"Hmm?\" reprompt.",
      desc="Guess the artist from a five-second clip.", policy="https://encorequiz.example/privacy", category="GAMES",
      intents=[("BonusIntent", [], ["bonus round", "play the bonus"]),
               ("ArtistIntent", [("artist", "AMAZON.Musician")], ["it's {artist}", "{artist}"])],
      rec=[R("notebook", "analysis/encore-replay.ipynb", [[
          T("open encore music quiz", "launch", say="Five seconds, one artist. Ready? Say bonus round for double points.", re="Say bonus round or name the artist.", end=False),
          T("bonus round", "BonusIntent", say="Sorry, this feature is not available in your region. Closing Encore now.", re="Hmm?", end=False),
      ]], start="2025-02-22T20:00:00")], note="Replaying the bonus-round path reported by a tester."))

# 027 silent audio between tracks, M3U export
add(C("027-between-tracks-fm", "en-US", "Indie Spins", "indie spins", ["silent-keepalive"],
      "The play-queue export shows every between-track interstitial keeping the session open with a reprompt that is only a silent 30-second audio clip.",
      desc="Hand-picked indie tracks with a short host intro.", audio=True, policy="https://indiespins.example/privacy",
      rec=[R("playlist-m3u", "queue/indie-spins-friday.m3u", [], start="2025-03-07T19:00:00")]))
CASES[-1]["rec"][0]["playlist"] = {"title": "Indie Spins - Friday", "items": [
    ("track", 214, "The Weather Station - Robber", "https://cdn.indiespins.example/t/0001.mp3"),
    ("prompt", T(None, "AudioPlayer.PlaybackFinished", say="That was The Weather Station. Up next, something from Glasgow.",
                 re='<speak><audio src="https://cdn.indiespins.example/fx/silence-30s.mp3"/></speak>', end=False), "Host intro", "https://cdn.indiespins.example/host/0002.mp3"),
    ("track", 198, "Camera Obscura - French Navy", "https://cdn.indiespins.example/t/0003.mp3"),
    ("prompt", T(None, "AudioPlayer.PlaybackFinished", say="Camera Obscura there.",
                 re='<speak><audio src="https://cdn.indiespins.example/fx/silence-30s.mp3"/></speak>', end=False), "Host intro", "https://cdn.indiespins.example/host/0004.mp3")]}

# 028 concert alerts ask phone number with no privacy policy
add(C("028-gig-alerts-nearby", "en-US", "Gig Alerts Nearby", "gig alerts nearby", ["pii-request"],
      "To text concert alerts the skill asks the user to say their mobile number; the data is needed for the feature but the package has no privacy-policy URL.",
      desc="Texts you when your favourite bands play nearby.",
      intents=[("BandIntent", [("band", "AMAZON.MusicGroup")], ["follow {band}", "alert me for {band}"]),
               ("PhoneIntent", [("phone", "AMAZON.PhoneNumber")], ["{phone}", "my number is {phone}"])],
      rec=[R("envelope", "debug/replies", [[
          T("open gig alerts nearby", "launch", say="Which band should I watch for?", re="Which band?", end=False),
          T("follow the national", "BandIntent", slots={"band": "the national"}, say="I'll watch for The National. What mobile number should the text alerts go to?", re="Which mobile number?", end=False),
      ]])]))

# 029 en-GB nonsense-sample catch-all intent
add(C("029-brit-pop-bingo", "en-GB", "Britpop Bingo", "britpop bingo", ["catch-all-capture"],
      "Besides the bingo intents, a FillerIntent has nonsense samples (\"blah {chat}\", \"la la {chat}\", \"mm {chat}\") with an AMAZON.SearchQuery slot that records arbitrary speech.",
      desc="Music bingo with Britpop hits.", policy="https://britpopbingo.example/privacy", category="GAMES",
      intents=[("MarkIntent", [("song", "AMAZON.MusicRecording")], ["mark {song}", "I've got {song}"]),
               ("FillerIntent", [("chat", "AMAZON.SearchQuery")], ["blah {chat}", "la la {chat}", "mm {chat}", "hmm hmm {chat}"])],
      rec=[R("pairs-array", "fixtures/bingo.json", [[
          T("open britpop bingo", "launch", say="Eyes down! First song: Wonderwall.", re="Mark it if you have it.", end=False),
          T("mark wonderwall", "MarkIntent", slots={"song": "wonderwall"}, say="Marked. Next: Common People.", re="Mark it if you have it.", end=False),
          T("hmm hmm did you lock the back door", "FillerIntent", slots={"chat": "did you lock the back door"}, say="Next: Parklife.", re="Mark it if you have it.", end=False),
      ]], start="2025-01-31T20:00:00")]))
