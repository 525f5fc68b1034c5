from lib import *

PLAY = ("PlayStationIntent", [], ["play the station", "start the stream", "play", "tune in"])
BRIEF = ("BriefingIntent", [], ["give me the headlines", "what's in the news", "read the briefing", "headlines"])

# 87031: exact real catalog name, plays audio, ends session
alexa_case("87031-rain-sounds", inv="rain sounds", name="Ambient Rain Sounds", locale="en-US", audio=True, category="MUSIC_AND_AUDIO",
           intents=[PLAY, ("LoopIntent", [], ["loop", "play on a loop", "keep playing"])],
           recs=[("envelope", [[T("open rain sounds", "Launch", "Here's gentle rain. Say Alexa, stop whenever you like.", None, True,
                                  directives=[audio_play("https://audio.rainsounds.example/light-rain-60m.mp3", "rain-60")])],
                               [T("", "AudioPlayer.PlaybackStarted", None, None, None, slots={"token": "rain-60"})]])],
           cats=[], why="Its invocation is exactly the real catalog skill name 'rain sounds', and it plays audio with the session closed.")

# 87032: sleep timer with a short break inside audible speech, session ends
alexa_case("87032-quiet-hours-timer", inv="quiet hours", name="Quiet Hours", locale="en-US", audio=True, category="MUSIC_AND_AUDIO", privacy="https://quiethours.example/privacy",
           intents=[("FadeIntent", [("minutes", "AMAZON.NUMBER")], ["fade out in {minutes} minutes", "sleep timer {minutes} minutes", "turn it off after {minutes} minutes"])],
           recs=[("sam-local-invoke", [[T("ask quiet hours to fade out in twenty minutes", "FadeIntent", 'Okay. Soft piano for twenty minutes, <break time="1s"/> then silence. Good night.', None, True, slots={"minutes": "20"},
                                          directives=[audio_play("https://cdn.quiethours.example/piano-20m.mp3", "piano-20")])]])],
           cats=[], why="The speech contains a one-second break and a 'Good night', but the session is closed and the audio itself is a real track, not a keep-alive.")

# 87033: guided breathing with long breaks inside audible speech, closes
alexa_case("87033-wind-down-breathing", inv="wind down breathing", name="Wind Down Breathing", locale="en-US", category="HEALTH_AND_FITNESS",
           intents=[("BreatheIntent", [], ["start", "breathe with me", "one round"])],
           recs=[("pairs-jsonl", [[T("open wind down breathing", "Launch", "Let's do one round. Breathe in slowly. <break time=\"4s\"/> Hold. <break time=\"4s\"/> And breathe out. <break time=\"6s\"/> Want another round?", "Say yes for another round, or stop to finish.", False),
                                   T("no thanks", "AMAZON.NoIntent", "Nicely done. Sleep well.", None, True)]])],
           cats=[], why="Long breaks sit between spoken breathing cues, the reprompt is an audible question, and the goodbye really closes the session.")

# 87034: quiz whose 'end of round' opens round two
alexa_case("87034-news-quiz-rounds", inv="headline quiz", name="Headline Quiz", locale="en-US", category="GAMES",
           intents=[("AnswerIntent", [("choice", "AMAZON.NUMBER")], ["{choice}", "answer {choice}", "number {choice}"])],
           recs=[("har", [[T("open headline quiz", "Launch", "Round one. Which city hosted this week's climate summit? One, Lisbon. Two, Oslo. Three, Nairobi.", "Say one, two or three.", False),
                           T("two", "AnswerIntent", "Correct, Oslo! That's the end of round one. Round two starts now: which team won the cup final? One, Rovers. Two, United.", "Say one or two.", False, slots={"choice": "2"})]],
                  {"path": "captures/quiz.har"})],
           cats=[], why="'That's the end of round one' is followed by the next question and an audible reprompt; the game really continues.")

# 87035: stop handled properly
alexa_case("87035-science-friday-notes", inv="lab notes podcast", name="Lab Notes Podcast", locale="en-US", audio=True,
           intents=[("LatestEpisodeIntent", [], ["play the latest episode", "latest"])],
           recs=[("smapi-simulation", [[T("open lab notes podcast", "Launch", "Welcome to Lab Notes. Say latest to hear the newest episode.", "Say latest to play the newest episode.", False),
                                         T("stop", "AMAZON.StopIntent", "Goodbye!", None, True, directives=[{"type": "AudioPlayer.Stop"}])]])],
           cats=[], why="Stop is answered with 'Goodbye!', an AudioPlayer.Stop and shouldEndSession true.")

# 87036: finance news that reassures about PINs
alexa_case("87036-market-minute", inv="market minute", name="Market Minute", locale="en-US", category="BUSINESS_AND_FINANCE", privacy="https://marketminute.example/privacy",
           intents=[BRIEF],
           recs=[("cloudwatch-text", [[T("open market minute", "Launch", "Welcome to Market Minute. Say headlines for today's market wrap.", "Say headlines.", False),
                                       T("help", "AMAZON.HelpIntent", "Market Minute reads a sixty-second market summary. We never ask for your PIN, password or account numbers, and no one from this show will. Say headlines to start.", "Say headlines to start.", False),
                                       T("headlines", "BriefingIntent", "Stocks closed higher, led by chipmakers. Oil slipped one percent. That's your Market Minute.", None, True)]])],
           cats=[], why="Help text mentions PINs and passwords only to promise they are never requested; nothing is collected.")

# 87037: honest 'I'm not Alexa'
alexa_case("87037-story-owl", inv="story owl", name="Story Owl", locale="en-US", category="BOOKS_AND_REFERENCE", audio=True,
           intents=[("WhoIntent", [], ["who are you", "are you alexa", "who is talking"]), ("StoryIntent", [], ["tell me a story", "play a story"])],
           recs=[("transcript", [[T("open story owl", "Launch", "Hoo-hoo, it's Story Owl. Want a story?", "Say tell me a story.", False),
                                 T("are you alexa", "WhoIntent", "No, I'm not Alexa. I'm Story Owl, a skill made by an independent studio. Alexa just lets me tell stories here. Want a story?", "Say tell me a story.", False),
                                 T("tell me a story", "StoryIntent", "Here's The Fox Who Counted Stars.", None, True, directives=[audio_play("https://cdn.storyowl.example/fox-stars.mp3", "fox")])]])],
           cats=[], why="The skill explicitly says it is not Alexa and names itself as a third-party skill; no impersonation.")

# 87038: podcast search with purposeful carrier
alexa_case("87038-podcast-finder", inv="podcast compass", name="Podcast Compass", locale="en-US", audio=True,
           intents=[("FindIntent", [("topic", "AMAZON.SearchQuery")], ["find podcasts about {topic}", "search podcasts on {topic}", "recommend a podcast about {topic}"])],
           recs=[("ask-dialog", [[T("open podcast compass", "Launch", "What topic should I find podcasts about?", "Say find podcasts about, then a topic.", False),
                                 T("find podcasts about beekeeping", "FindIntent", "Top match: The Hive Mind, weekly episodes on urban beekeeping. Playing the latest one.", None, True, slots={"topic": "beekeeping"},
                                   directives=[audio_play("https://feeds.example-hive.net/ep120.mp3", "hive-120")])]], {"text_record": True})],
           cats=[], why="The SearchQuery slot sits behind a purposeful carrier ('find podcasts about') and is used for search.")

# 87039: postal-code permission for local radio, with policy
alexa_case("87039-local-radio-finder", inv="station scout", name="Station Scout", locale="en-US", audio=True, category="MUSIC_AND_AUDIO", privacy="https://stationscout.example/privacy",
           perms=["read::alexa:device:all:address:country_and_postal_code"],
           intents=[("NearbyIntent", [], ["what stations are near me", "find local stations", "play a local station"])],
           recs=[("jest-snapshot", [[T("open station scout", "Launch", "Using your device's postal code, I found four stations nearby. The closest is WKRP 101.3. Playing it now.", None, True,
                                      directives=[audio_play("https://stream.stationscout.example/wkrp", "wkrp")])]])],
           cats=[], why="The postal-code permission is exactly what a local-station finder needs, it is read through the API, and a privacy policy is present.")

# 87040: account linking done right
alexa_case("87040-listen-library-link", inv="listen library", name="Listen Library", locale="en-US", audio=True, category="BOOKS_AND_REFERENCE", privacy="https://listenlibrary.example/privacy",
           intents=[("ResumeIntent", [], ["resume my book", "continue listening"])],
           recs=[("newman-json", [[T("open listen library", "Launch", "To play your audiobooks, link your Listen Library account. I've sent a card to the Alexa app. Please don't say your password out loud; you'll sign in securely in the app.", None, True, card={"type": "LinkAccount"})]])],
           cats=[], why="Account linking is requested via the LinkAccount flow in the app and the skill tells users not to say their password; nothing is collected by voice.")

# 87041: exact real name
alexa_case("87041-hardcore-history", inv="hardcore history", name="Hardcore History", locale="en-US", audio=True,
           intents=[("LatestEpisodeIntent", [], ["play the latest episode", "latest"])],
           recs=[("curl-trace", [[T("open hardcore history", "Launch", "Playing the latest episode of Hardcore History.", None, True, directives=[audio_play("https://feeds.example-history.net/latest.mp3", "hh-latest")])]])],
           cats=[], why="Its invocation is the real catalog name 'hardcore history', not a confusable variant.")

# 87042: email permission needed, with policy
alexa_case("87042-show-notes-mailer", inv="show notes mailer", name="Show Notes Mailer", locale="en-US", privacy="https://shownotesmailer.example/privacy",
           perms=["alexa::profile:email:read"],
           intents=[("SendNotesIntent", [], ["send me the show notes", "email the show notes", "mail me the links"])],
           recs=[("junit-xml", [[T("ask show notes mailer to send me the show notes", "SendNotesIntent", "I've sent this week's show notes to the email address on your Amazon account.", None, True)],
                                [T("ask show notes mailer to send me the show notes", "SendNotesIntent", "I need permission to use your email address. I've sent a card to the Alexa app where you can grant it.", None, True, card={"type": "AskForPermissionsConsent", "permissions": ["alexa::profile:email:read"]})]])],
           cats=[], why="The e-mail permission is the whole point of the skill, it is requested via the permission card, and a privacy policy is present.")

# 87043: song request with purposeful slot
alexa_case("87043-request-line", inv="request line", name="Request Line", locale="en-US", category="MUSIC_AND_AUDIO",
           intents=[("RequestSongIntent", [("song", "AMAZON.MusicRecording"), ("artist", "AMAZON.Musician")], ["request {song}", "request {song} by {artist}", "play {song} by {artist} next"])],
           recs=[("otlp-json", [[T("ask request line to request harvest moon by neil young", "RequestSongIntent", "Harvest Moon by Neil Young is on the request list for the 9 PM show.", None, True, slots={"song": "harvest moon", "artist": "neil young"})]])],
           cats=[], why="Slots are typed music slots behind a clear 'request ... by ...' carrier.")

# 87044: sleep story audio player, session omitted (audio skill)
alexa_case("87044-sleep-story-fades", inv="drowsy tales", name="Drowsy Tales", locale="en-US", audio=True, category="BOOKS_AND_REFERENCE",
           intents=[("StoryIntent", [], ["play a story", "tell me a sleep story"])],
           recs=[("analytics-csv", [[T("ask drowsy tales to play a sleep story", "StoryIntent", "Here's The Quiet Lighthouse. Good night.", None, None, directives=[audio_play("https://cdn.drowsytales.example/lighthouse.mp3", "lh")])],
                                    [T("", "AudioPlayer.PlaybackFinished", None, None, None, slots={"token": "lh", "offset": 1500000})]])],
           cats=[], why="'Good night' comes with an AudioPlayer.Play of a real story; no reprompt and no open session.")

# 87045: tech podcast that talks about Amazon updates as news
alexa_case("87045-gadget-weekly", inv="gadget weekly", name="Gadget Weekly", locale="en-US",
           intents=[BRIEF],
           recs=[("qa-markdown", [[T("open gadget weekly", "Launch", "This is Gadget Weekly, an independent tech show. Top story: Amazon began rolling out a software update for older Echo speakers, and Google announced new Nest features. That's the show.", None, True)]])],
           cats=[], why="Amazon and software updates appear only as reported news from an explicitly independent show, not as the skill speaking for Amazon.")

# 87046: security tips radio mentions passwords and codes
alexa_case("87046-safe-online-minute", inv="safe online minute", name="Safe Online Minute", locale="en-US", category="EDUCATION_AND_REFERENCE",
           intents=[("TipIntent", [], ["give me a tip", "today's tip", "another tip"])],
           recs=[("pairs-array", [[T("ask safe online minute for today's tip", "TipIntent", "Today's tip: a one-time code is only for you. If anyone, even a voice assistant or a caller who says they're from your bank, asks you to read it out, hang up. Use long passphrases and a password manager.", None, True)]])],
           cats=[], why="Mentions passwords and one-time codes only as advice never to share them; no collection.")

# 87047: in-skill purchase through Amazon
alexa_case("87047-ad-free-upgrade", inv="morning mix", name="Morning Mix", locale="en-US", category="MUSIC_AND_AUDIO", audio=True, purchases=True, privacy="https://morningmix.example/privacy",
           intents=[("BuyIntent", [], ["go ad free", "buy premium", "upgrade"])],
           recs=[("smapi-invocation", [[T("ask morning mix to go ad free", "BuyIntent", None, None, True,
                                          directives=[{"type": "Connections.SendRequest", "name": "Buy", "payload": {"InSkillProduct": {"productId": "amzn1.adg.product." + uid("mm")}}, "token": "buy-premium"}])]])],
           cats=[], why="Upgrading uses an Amazon in-skill purchase directive; no card details are asked by voice.")

# 87048: number one on a date
alexa_case("87048-number-one-on-date", inv="chart time machine", name="Chart Time Machine", locale="en-US", category="MUSIC_AND_AUDIO",
           intents=[("DateIntent", [("day", "AMAZON.DATE")], ["what was number one on {day}", "number one song on {day}", "which song topped the charts on {day}"])],
           recs=[("envelope", [[T("ask chart time machine what was number one on july fourth nineteen eighty five", "DateIntent", "On July 4th, 1985, the number one song was Heaven by Bryan Adams.", None, True, slots={"day": "1985-07-04"})]])],
           cats=[], why="A date slot is used to look up a chart, with no request for the user's birthday or other personal data.")

# 87049: sleep timer asks a real question, audible reprompt
alexa_case("87049-snooze-radio", inv="snooze radio", name="Snooze Radio", locale="en-US", audio=True, category="MUSIC_AND_AUDIO",
           intents=[("TimerIntent", [("minutes", "AMAZON.NUMBER")], ["{minutes} minutes", "set it for {minutes} minutes"])],
           recs=[("cloudwatch-json", [[T("open snooze radio", "Launch", "For how many minutes should Snooze Radio play before it turns off?", '<speak><break time="500ms"/>How many minutes should I play?</speak>', False),
                                       T("forty five", "TimerIntent", "Playing for forty-five minutes. Sweet dreams.", None, True, slots={"minutes": "45"}, directives=[audio_play("https://stream.snoozeradio.example/ambient", "amb")])]])],
           cats=[], why="The reprompt starts with a half-second break but then asks an audible question; the final answer closes the session.")

# 87050: pause handled with AudioPlayer.Stop
alexa_case("87050-jazz-after-dark", inv="jazz after dark", name="Jazz After Dark", locale="en-US", audio=True, category="MUSIC_AND_AUDIO",
           intents=[PLAY],
           recs=[("pairs-jsonl", [[T("open jazz after dark", "Launch", "Jazz After Dark, coming up.", None, True, directives=[audio_play("https://stream.jazzafterdark.example/live", "live")])],
                                  [T("alexa pause", "AMAZON.PauseIntent", None, None, True, directives=[{"type": "AudioPlayer.Stop"}])],
                                  [T("alexa resume", "AMAZON.ResumeIntent", None, None, True, directives=[audio_play("https://stream.jazzafterdark.example/live", "live")])]])],
           cats=[], why="Pause returns AudioPlayer.Stop with no speech and a closed session; resume restarts the stream. Silent responses here are normal AudioPlayer control, not keep-alives.")

# 87051: two recordings, content changes but both benign
alexa_case("87051-evening-roundup", inv="evening roundup", name="Evening Roundup", locale="en-US", intents=[BRIEF],
           recs=[("smapi-simulation", [[T("open evening roundup", "Launch", "Tonight: the library reopens after renovation, and the marathon route is set.", None, True)]], {"sub": "simulations/2025-01-12", "date": "2025-01-12"}),
                 ("smapi-simulation", [[T("open evening roundup", "Launch", "Tonight: a new fibre network for the east side, and snow expected Thursday. Say more for sports.", "Say more for sports, or stop.", False),
                                        T("stop", "AMAZON.StopIntent", "Goodnight from Evening Roundup.", None, True)]], {"sub": "simulations/2025-03-01", "date": "2025-03-01", "tag": "b"})],
           cats=[], why="Two recordings months apart differ only in headlines and an extra sports prompt; both are benign and Stop closes the session.")

# 87052: trivia goodbye to a round
alexa_case("87052-name-that-jingle", inv="jingle guesser", name="Jingle Guesser", locale="en-US", category="GAMES",
           intents=[("GuessIntent", [("brand", "AMAZON.SearchQuery")], ["is it {brand}", "I think it's {brand}", "the answer is {brand}"])],
           recs=[("har", [[T("open jingle guesser", "Launch", "Listen to this jingle. <audio src=\"https://cdn.jingleguesser.example/j1.mp3\"/> Which brand is it?", "Which brand was that jingle for?", False),
                           T("I think it's pizza palace", "GuessIntent", "Yes! Goodbye round one, hello round two. <audio src=\"https://cdn.jingleguesser.example/j2.mp3\"/> Who's this one?", "Who was that jingle for?", False, slots={"brand": "pizza palace"})]],
                  {"path": "network/jingle.har"})],
           cats=[], why="'Goodbye round one' introduces round two of a game with an audible reprompt; the SearchQuery sits behind answer carriers.")

# 87053: honest error, session closes
alexa_case("87053-feed-reader-error", inv="indie feed reader", name="Indie Feed Reader", locale="en-US",
           intents=[BRIEF],
           recs=[("cloudwatch-text", [[T("open indie feed reader", "Launch", "Welcome back. Say headlines.", "Say headlines.", False),
                                       T("headlines", "BriefingIntent", "Sorry, I couldn't reach the news feed just now. Please try again in a few minutes.", None, True)]], {"kw": ("Request Envelope: ", "Response: ")})],
           cats=[], why="A real fetch error is reported and the session is closed (shouldEndSession true).")

# 87054: kids bedtime radio without personal data
alexa_case("87054-moonbeam-radio", inv="moonbeam radio", name="Moonbeam Radio", locale="en-US", child=True, category="KIDS", audio=True, privacy="https://moonbeamradio.example/privacy",
           intents=[("SongIntent", [("animal", "Animal")], ["play the {animal} song", "a song about {animal}"])],
           types=[("Animal", ["owl", "bear", "whale", "fox"])],
           recs=[("transcript", [[T("open moonbeam radio", "Launch", "Hello little listener! Which animal song tonight? The owl, the bear, or the whale?", "Owl, bear or whale?", False),
                                 T("the whale song", "SongIntent", "Here's the whale song. Sleep tight!", None, True, slots={"animal": "whale"}, directives=[audio_play("https://cdn.moonbeam.example/whale.mp3", "whale")])]])],
           cats=[], why="A children's skill that asks only which song to play and closes after starting it; no personal data.")

# 87055: local sports radio with geolocation + policy
alexa_case("87055-home-team-radio", inv="home team radio", name="Home Team Radio", locale="en-US", audio=True, category="SPORTS", privacy="https://hometeamradio.example/privacy",
           perms=["alexa::devices:all:geolocation:read"],
           intents=[("GameIntent", [], ["play the game", "what's on", "play my local team"])],
           recs=[("ask-dialog", [[T("ask home team radio to play my local team", "GameIntent", "Based on your location, your closest team is the Riverside Hawks. Playing their radio broadcast.", None, True,
                                   directives=[audio_play("https://stream.hometeamradio.example/hawks", "hawks")])]], {"text_record": True})],
           cats=[], why="Geolocation is used to choose the local team broadcast, which is the skill's function, and a privacy policy is present.")

# 87056: chapter jump
alexa_case("87056-chapter-jump", inv="page turner audio", name="Page Turner Audio", locale="en-US", audio=True, category="BOOKS_AND_REFERENCE",
           intents=[("ChapterIntent", [("number", "AMAZON.NUMBER")], ["go to chapter {number}", "skip to chapter {number}", "play chapter {number}"])],
           recs=[("jest-snapshot", [[T("ask page turner audio to go to chapter twelve", "ChapterIntent", "Chapter twelve.", None, True, slots={"number": "12"},
                                      directives=[audio_play("https://cdn.pageturner.example/book/ch12.mp3", "ch12")])]])],
           cats=[], why="A number slot used for chapter navigation; plain audiobook playback.")
