"""English benign / tricky cases 030-049. Hand-written."""
from render import C, T, R

CASES = []
add = CASES.append

add(C("030-quiet-hours-radio", "en-US", "Quiet Hours Radio", "quiet hours radio", [],
      "Trap: talks about cards and passwords only to say it never asks for them; premium is sold through Amazon's in-skill purchase flow and the session ends.",
      desc="Overnight ambient radio.", audio=True, policy="https://quiethours.example/privacy", purchases=True,
      intents=[("UpgradeIntent", [], ["go premium", "upgrade"])],
      rec=[R("pairs-jsonl", "test/recordings/upgrade.jsonl", [[
          T("open quiet hours radio", "launch", say="Quiet Hours Radio. Say upgrade for the ad-free stream, or just listen.", re="Say upgrade, or just listen.", end=False),
          T("upgrade", "UpgradeIntent", say="I'll hand you to Amazon to complete the purchase. I never ask for your card number or password myself.", end=True),
      ]])]))

add(C("031-ear-play", "en-US", "Earplay", "ear play", [],
      "Trap for squatting: the invocation is exactly the real catalog name \"ear play\".",
      desc="Interactive radio dramas.", policy="https://earplay.example/privacy", category="GAMES",
      intents=[("ChoiceIntent", [("choice", "ChoiceType")], ["{choice}", "I'll {choice}"])],
      types=[("ChoiceType", ["hide", "fight", "call for help"])],
      rec=[R("smapi-simulation", "simulations/2025-01-03", [[
          T("open ear play", "launch", say="Rain hammers the station roof. Do you hide, fight, or call for help?", re="Hide, fight, or call for help?", end=False),
          T("hide", "ChoiceIntent", slots={"choice": "hide"}, say="You hide under the desk. To be continued.", end=True),
      ]])]))

add(C("032-magic-jukebox", "en-US", "Magic Jukebox", "magic jukebox", [],
      "Trap for squatting: the invocation is exactly the real catalog name \"magic jukebox\".",
      desc="A jukebox that picks a song for your mood.", audio=True, policy="https://magicjukebox.example/privacy",
      rec=[R("envelope", "replies/launch", [[
          T("open magic jukebox", "launch", say="The jukebox whirs and picks a sunny song.", end=True, play=("https://cdn.magicjukebox.example/sunny.mp3", "sunny")),
      ]])]))

add(C("033-radio-stations", "en-US", "Radio Locator", "radio stations", [],
      "Trap for squatting: the invocation is exactly the real catalog name \"radio stations\"; the postal-code permission is justified by finding local stations and a policy is present.",
      desc="Find radio stations near you.", policy="https://radiolocator.example/privacy",
      perms=["alexa:devices:all:address:country_and_postal_code:read"],
      rec=[R("har", "captures/radio-stations.har", [[
          T("open radio stations", "launch", say="Near your postal code there are twelve FM stations. The strongest is 91.5, public radio.", end=True),
      ]])]))

add(C("034-midnight-jazz-stream", "en-US", "Midnight Jazz Stream", "midnight jazz stream", [],
      "Trap: long audio with pauses between tracks, but every AudioPlayer.Play reply ends the session and has no reprompt; the next track is queued by PlaybackNearlyFinished without opening the mic.",
      desc="Late-night jazz, continuous.", audio=True, policy="https://midnightjazz.example/privacy",
      rec=[R("audioplayer-log", "logs/media-session.log", [[
          T("open midnight jazz stream", "launch", say="Midnight Jazz. Starting with Bill Evans.", end=True, play=("https://cdn.midnightjazz.example/q/101.mp3", "q-101")),
          T(None, "AudioPlayer.PlaybackStarted", play=("https://cdn.midnightjazz.example/q/101.mp3", "q-101")),
          T(None, "AudioPlayer.PlaybackNearlyFinished", play=("https://cdn.midnightjazz.example/q/102.mp3", "q-102")),
          T(None, "AudioPlayer.PlaybackFinished", play=("https://cdn.midnightjazz.example/q/101.mp3", "q-101")),
      ]])]))

add(C("035-song-hook-quiz", "en-US", "Song Hook Quiz", "song hook quiz", [],
      "Trap: \"Goodbye\" on Stop really ends the session; the next recording is a genuine new session started by the user.",
      desc="Name the song from its hook.", policy="https://songhookquiz.example/privacy", category="GAMES",
      intents=[("AnswerIntent", [("song", "AMAZON.MusicRecording")], ["is it {song}", "{song}"])],
      rec=[R("cloudwatch-text", "cloudwatch/songhook.log", [[
          T("open song hook quiz", "launch", say="Here's the hook. Name that song!", re="Name the song.", end=False),
          T("stop", "AMAZON.StopIntent", say="Thanks for playing, goodbye!", end=True),
      ], [
          T("open song hook quiz", "launch", say="Welcome back! New round, here's the hook.", re="Name the song.", end=False),
          T("is it september", "AnswerIntent", slots={"song": "september"}, say="Yes! Earth, Wind and Fire. See you next time.", end=True),
      ]], start="2025-02-14T19:00:00")], python=False))

add(C("036-verse-lookup", "en-US", "Verse Lookup", "verse lookup", [],
      "Trap for catch-all: the free-form slot sits in a purposeful carrier (\"find the song that goes {lyric}\") and is used to search lyrics.",
      desc="Find a song from a line of its lyrics.", policy="https://verselookup.example/privacy",
      intents=[("FindByLyricIntent", [("lyric", "AMAZON.SearchQuery")], ["find the song that goes {lyric}", "which song has the line {lyric}", "search lyrics for {lyric}"])],
      rec=[R("junit-xml", "reports/jest-junit.xml", [[
          T("open verse lookup", "launch", say="Sing or say a line and I'll find the song.", re="Say: find the song that goes, and then the line.", end=False),
          T("find the song that goes hello from the other side", "FindByLyricIntent", slots={"lyric": "hello from the other side"}, say="That's Hello, by Adele.", end=True),
      ]])]))

add(C("037-vinyl-mail-order", "en-US", "Vinyl Mail Order", "vinyl mail order", [],
      "Trap for pii-request: the shipping address permission is needed to deliver ordered records and a privacy policy is present.",
      desc="Order records and have them shipped to you.", policy="https://vinylmailorder.example/privacy", category="SHOPPING",
      perms=["alexa::devices:all:address:full:read"],
      intents=[("OrderIntent", [("album", "AMAZON.MusicAlbum")], ["order {album}", "buy {album} on vinyl"])],
      rec=[R("charles-session", "proxy/order-flow.chlsj", [[
          T("open vinyl mail order", "launch", say="Which record would you like?", re="Which record?", end=False),
          T("order blue by joni mitchell", "OrderIntent", slots={"album": "blue"}, say="To ship Blue to you I need your delivery address. I've sent a permission card to the Alexa app.",
            perm_card=["alexa::devices:all:address:full:read"], end=True),
      ]])]))

add(C("038-podcast-queue", "en-US", "Podcast Queue", "podcast queue", [],
      "Trap for masquerade: it mentions Alexa and Amazon honestly (\"Alexa's own settings choose your default music service, I can't change them\").",
      desc="Keeps an up-next queue of podcast episodes.", audio=True, policy="https://podcastqueue.example/privacy",
      intents=[("AddIntent", [("show", "AMAZON.SearchQuery")], ["add {show} to my queue", "queue up {show}"])],
      rec=[R("notebook", "notebooks/queue-check.ipynb", [[
          T("open podcast queue", "launch", say="Your queue has three episodes. You can also ask Alexa to pause at any time.", re="Say add, and a show name.", end=False),
          T("queue up the daily", "AddIntent", slots={"show": "the daily"}, say="Added. By the way, your default music service lives in the Alexa app settings; this skill can't change it.", end=True),
      ]])]))

add(C("039-local-radio-finder", "en-US", "Local Radio Finder", "local radio finder", [],
      "Trap for excessive-permissions: it requests only country and postal code, which it needs to list nearby stations, and has a privacy policy.",
      desc="Lists broadcast stations for your area.", policy="https://localradiofinder.example/privacy",
      perms=["alexa:devices:all:address:country_and_postal_code:read"],
      rec=[R("smapi-invocation", "invoke", [[
          T("open local radio finder", "launch", say="For your area I found KEXP 90.3 and KNKX 88.5. Say a number to hear it.", re="Say a station number.", end=False),
          T("cancel", "AMAZON.CancelIntent", say="Okay.", end=True),
      ]])]))

add(C("040-karaoke-night-scores", "en-US", "Karaoke Night Scores", "karaoke night scores", [],
      "Trap: the session stays open during a multi-player round, but every reprompt is an audible question about the next singer.",
      desc="Keeps score for karaoke night.", policy="https://karaokescores.example/privacy", category="GAMES",
      intents=[("ScoreIntent", [("player", "AMAZON.FirstName"), ("points", "AMAZON.NUMBER")], ["give {player} {points} points", "{player} gets {points}"])],
      rec=[R("ask-dialog", "dialog", [[
          T("open karaoke night scores", "launch", say="Karaoke night! Who sang first and how many points?", re="Who sang, and how many points?", end=False),
          T("give priya nine points", "ScoreIntent", slots={"player": "priya", "points": "9"}, say="Priya has nine. Who's next at the mic?", re="Who's next at the mic?", end=False),
          T("stop", "AMAZON.StopIntent", say="Final score: Priya nine. Goodnight!", end=True),
      ]])], text=True))
CASES[-1]["rec"][0]["text"] = True

add(C("041-audiobook-shelf-uk", "en-GB", "Audiobook Shelf", "audiobook shelf", [],
      "Trap for credential-phishing: it warns never to share card details by voice and routes purchases through Amazon.",
      desc="Your borrowed audiobooks in one place.", audio=True, policy="https://audiobookshelf-uk.example/privacy", purchases=True,
      intents=[("BuyIntent", [("title", "AMAZON.Book")], ["buy {title}", "purchase {title}"])],
      rec=[R("transcript", "qa/2025-03-02-transcript.txt", [[
          T("open audiobook shelf", "launch", say="You have two books on your shelf. Say buy and a title to purchase another.", re="Say buy and a title.", end=False),
          T("buy middlemarch", "BuyIntent", slots={"title": "middlemarch"}, say="Purchases are handled by Amazon. Please never read your card details aloud to any skill.", end=True),
      ]])]))

add(C("042-folk-roots-radio", "en-US", "Folk Roots Radio", "folk roots radio", [],
      "Benign drift: the January and March simulations differ only in the station list and the greeting; nothing malicious is added.",
      desc="Folk and roots music from small labels.", audio=True, policy="https://folkroots.example/privacy",
      rec=[R("smapi-simulation", "simulations/2025-01-10", [[
          T("open folk roots radio", "launch", say="Folk Roots Radio. Playing the Appalachian channel.", end=True, play=("https://live.folkroots.example/appalachian.aac", "appalachian")),
      ]], start="2025-01-10T10:00:00"),
           R("smapi-simulation", "simulations/2025-03-22", [[
          T("open folk roots radio", "launch", say="Welcome to Folk Roots Radio, now with a Celtic channel. Playing Celtic.", end=True, play=("https://live.folkroots.example/celtic.aac", "celtic")),
      ]], start="2025-03-22T10:00:00")]))

add(C("043-drum-circle-practice", "en-US", "Drum Circle Practice", "drum circle practice", [],
      "Trap for silent-keepalive: SSML breaks are counting pauses inside the spoken exercise, and the session ends after it with no reprompt.",
      desc="Rhythm exercises for hand drums.", policy="https://drumcircle.example/privacy", category="EDUCATION_AND_REFERENCE",
      rec=[R("envelope", "fixtures/exercise-responses", [[
          T("open drum circle practice", "launch", say='<speak>Clap with me. One <break time="1s"/> two <break time="1s"/> three <break time="1s"/> four. Great, practice done.</speak>', end=True),
      ]])]))

add(C("044-harbour-lights-mix", "en-GB", "Harbour Lights Mix", "harbour lights mix", [],
      "Trap: the M3U queue export has host interstitials between tracks, but each one ends the session with no reprompt.",
      desc="Evening mix with a short host intro between songs.", audio=True, policy="https://harbourlights.example/privacy",
      rec=[R("playlist-m3u", "exports/harbour-lights.m3u8", [], start="2025-03-05T20:00:00")]))
CASES[-1]["rec"][0]["playlist"] = {"title": "Harbour Lights - Wednesday", "items": [
    ("track", 242, "Nick Drake - Northern Sky", "https://cdn.harbourlights.example/t/11.mp3"),
    ("prompt", T(None, "AudioPlayer.PlaybackFinished", say="Nick Drake there. Next, Beth Orton.", end=True), "Host intro", "https://cdn.harbourlights.example/h/12.mp3"),
    ("track", 230, "Beth Orton - Central Reservation", "https://cdn.harbourlights.example/t/13.mp3")]}

add(C("045-subway-busker-sounds", "en-US", "Subway Busker Sounds", "subway busker sounds", [],
      "Trap for squatting: shares only common words (\"sounds\" with the ambient-noise skills, \"subway\" with the sandwich skill) and is not confusable with any catalog entry.",
      desc="Field recordings of subway musicians.", audio=True, policy="https://buskersounds.example/privacy",
      rec=[R("cloudwatch-json", "logs/events-busker.json", [[
          T("open subway busker sounds", "launch", say="A saxophone at Union Square station.", end=True, play=("https://cdn.buskersounds.example/union-sq-sax.mp3", "usq")),
      ]])]))

add(C("046-concert-ticket-line", "en-US", "Concert Ticket Line", "concert ticket line", [],
      "Trap for pii-request: the e-mail permission is needed to send purchased e-tickets, and a privacy policy is present.",
      desc="Buy concert tickets and get them by e-mail.", policy="https://concertticketline.example/privacy", category="SHOPPING",
      perms=["alexa::profile:email:read"],
      intents=[("TicketIntent", [("artist", "AMAZON.Musician")], ["tickets for {artist}", "buy tickets to see {artist}"])],
      rec=[R("pairs-array", "fixtures/ticket-flow.json", [[
          T("open concert ticket line", "launch", say="Which artist do you want tickets for?", re="Which artist?", end=False),
          T("tickets for phoebe bridgers", "TicketIntent", slots={"artist": "phoebe bridgers"}, say="Two seats are left for Friday. To e-mail your tickets I need your e-mail address; please allow it in the Alexa app.",
            perm_card=["alexa::profile:email:read"], end=True),
      ]])]))

add(C("047-soundscape-studio-action", "en-US", "Soundscape Studio", "soundscape studio", [],
      "Trap (Actions Builder): a media response keeps the conversation available for playback controls, and the no-input prompt is an audible question; Stop ends the conversation.",
      platform="builder", desc="Layered nature soundscapes.", policy="https://soundscapestudio.example/privacy",
      intents=[("PlayScape", [("scape", "ScapeType")], ["play the ($scape 'forest' auto=true) soundscape", "I want ($scape 'ocean' auto=true)"])],
      types=[("ScapeType", ["forest", "ocean", "café"])],
      scenes=[("Playing", {"intentEvents": [{"intent": "actions.intent.MEDIA_STATUS_FINISHED", "handler": {"webhookHandler": "media_finished"}}],
                           "onEnter": {"webhookHandler": "play"},
                           "conditionalEvents": [],
                           "slots": []}),
              ("Main", {"onEnter": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": "Which soundscape would you like?"}]}}}]}},
                        "intentEvents": [{"intent": "PlayScape", "transitionToScene": "Playing"}]})],
      global_intents=[("actions.intent.NO_INPUT_1", {"handler": {"staticPrompt": {"candidates": [{"promptResponse": {"firstSimple": {"variants": [{"speech": "Which soundscape would you like? Forest, ocean or café?"}]}}}]}}})],
      rec=[R("gactions-scene", "webhook-logs/2025-02-28.jsonl", [[
          T("talk to soundscape studio", "launch", say="Which soundscape would you like? Forest, ocean or café?", g_next="Main"),
          T("I want ocean", "PlayScape", slots={"scape": "ocean"}, g_scene="Main", say="Here's the ocean.", play=("https://cdn.soundscapestudio.example/ocean.mp3", "ocean"), g_next="Playing"),
          T("stop", "actions.intent.CANCEL", g_scene="Playing", say="Okay, stopping. Goodbye.", end=True),
      ]])]))

add(C("048-billing-help-notes", "en-US", "Stream Bill Explainer", "stream bill explainer", [],
      "Trap for masquerade: says explicitly that it is not Amazon customer service and points billing questions to Amazon.",
      desc="Explains the fees on music streaming bills in plain words.", policy="https://streambill.example/privacy", category="EDUCATION_AND_REFERENCE",
      intents=[("FeeIntent", [("fee", "FeeType")], ["what is the {fee}", "explain the {fee}"])],
      types=[("FeeType", ["family plan fee", "student discount", "regional surcharge"])],
      rec=[R("pairs-jsonl", "tests/out/fees.jsonl", [[
          T("open stream bill explainer", "launch", say="I explain streaming fees. I'm not Amazon customer service and can't see your account; for your own bill, contact Amazon directly.", re="Which fee should I explain?", end=False),
          T("explain the family plan fee", "FeeIntent", slots={"fee": "family plan fee"}, say="A family plan lets up to six people share one subscription for one monthly price.", end=True),
      ]])]))

add(C("049-chord-keys", "en-US", "Chord Keys", "chord keys", [],
      "Trap for credential-phishing: \"key\" and \"code\" are musical (\"what key is this song in\", \"chord code\"), not secrets.",
      desc="Ear training: guess the key and chord.", policy="https://chordkeys.example/privacy", category="EDUCATION_AND_REFERENCE",
      intents=[("KeyIntent", [("key", "MusicKey")], ["it's in {key}", "{key}", "the key is {key}"])],
      types=[("MusicKey", ["C major", "G major", "A minor", "E flat major"])],
      rec=[R("har", "har/chordkeys-session.har", [[
          T("open chord keys", "launch", say="Listen to this progression. What key is the song in?", re="What key is it in?", end=False),
          T("the key is g major", "KeyIntent", slots={"key": "G major"}, say="Correct, G major. The chord code was one, five, six, four. Well done!", end=True),
      ]])]))
